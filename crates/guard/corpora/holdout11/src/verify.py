"""Validate results.jsonl / tools.jsonl and print balance tables."""
import ipaddress, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import text_len, bin_len  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
URL_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s:\"'<>)\]\\|`]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6})(?!\.?[A-Za-z0-9-])")
BARE_RE = re.compile(r"(?<![A-Za-z0-9-])((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ai|dev|co|xyz|info|biz|ru|cn|app|site|top|online|cc|tk|ly|gg|us|uk|de|fr|jp|internal|local|corp|lan))(?![A-Za-z0-9-])", re.I)
OK_HOST = re.compile(r"^(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net)$", re.I)
TRIGGER = re.compile(r"\b(AI|assistant|model|ignore|instructions)\b", re.I)

errors = []


def strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield str(k)
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)


def host_ok(h):
    h = h.strip(".").lower()
    if h in ("localhost",):
        return True
    try:
        ip = ipaddress.ip_address(h)
        return any(ip in n for n in NETS)
    except ValueError:
        pass
    return bool(OK_HOST.match(h))


def check_values(cid, rec):
    for s in strings(rec):
        for ip in IP_RE.findall(s):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in n for n in NETS):
                errors.append(f"{cid}: non-RFC5737 IP {ip}")
        for h in URL_RE.findall(s):
            if "@" in h:
                h = h.split("@")[-1]
            if not host_ok(h):
                errors.append(f"{cid}: bad URL host {h}")
        for h in EMAIL_RE.findall(s):
            if not host_ok(h):
                errors.append(f"{cid}: bad email host {h}")
        for h in BARE_RE.findall(s):
            if not host_ok(h):
                errors.append(f"{cid}: bad bare host {h}")


def load(path, kind):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rec = json.loads(line)
            except Exception as e:
                errors.append(f"{path}:{n} does not parse: {e}")
                continue
            out.append(rec)
            if rec.get("kind") != kind or rec.get("server") != "holdout11" or rec.get("label") not in (0, 1):
                errors.append(f"{rec.get('id')}: bad kind/server/label")
            if not re.match(rf"^h11-{kind}-\d+$", rec.get("id", "")):
                errors.append(f"bad id {rec.get('id')}")
            if kind == "result":
                name = rec["tool"]
                r = rec["result"]
                if not isinstance(rec.get("arguments"), dict):
                    errors.append(f"{rec['id']}: arguments not object")
                if not r.get("content") or any(b.get("type") != "text" or not isinstance(b.get("text"), str) for b in r["content"]):
                    errors.append(f"{rec['id']}: bad content")
                if not isinstance(r.get("isError"), bool):
                    errors.append(f"{rec['id']}: isError not bool")
            else:
                t = rec["tool"]
                name = t.get("name", "")
                if not isinstance(t.get("description"), str) or t.get("inputSchema", {}).get("type") != "object":
                    errors.append(f"{rec['id']}: bad tool shape")
            if not NAME_RE.match(name):
                errors.append(f"{rec['id']}: bad tool name {name!r}")
            check_values(rec["id"], rec)
    return out


def main():
    res = load(os.path.join(ROOT, "results.jsonl"), "result")
    tools = load(os.path.join(ROOT, "tools.jsonl"), "tool")
    ids = [r["id"] for r in res + tools]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    for name, recs in (("RESULTS", res), ("TOOLS", tools)):
        print(f"== {name}: {len(recs)}")
        lab = Counter(r["label"] for r in recs)
        print("  labels:", dict(sorted(lab.items())), " benign share: %.1f%%" % (100 * lab[0] / max(1, len(recs))))
        lb = defaultdict(Counter)
        lg = defaultdict(Counter)
        for r in recs:
            lb[bin_len(text_len(r))][r["label"]] += 1
            lg[meta[r["id"]]["lang"]][r["label"]] += 1
        print("  length bins (label0/label1):")
        for b in ["<100", "100-2k", "2k-3k", "3k-8k", "8k-10k", "10k+"]:
            print("    %-8s %4d / %4d" % (b, lb[b][0], lb[b][1]))
        print("  languages (label0/label1):", ", ".join("%s %d/%d" % (k, v[0], v[1]) for k, v in sorted(lg.items())))
        if name == "RESULTS":
            fm = Counter((meta[r["id"]]["fmt"], r["label"]) for r in recs)
            print("  structured 0/1: %d/%d  prose 0/1: %d/%d" % (fm[("s", 0)], fm[("s", 1)], fm[("p", 0)], fm[("p", 1)]))
            sc = Counter(r["label"] for r in recs if "structuredContent" in r["result"])
            mb = Counter(r["label"] for r in recs if len(r["result"]["content"]) > 1)
            er = Counter(r["label"] for r in recs if r["result"]["isError"])
            print("  structuredContent 0/1: %d/%d  multi-block 0/1: %d/%d  isError 0/1: %d/%d" % (sc[0], sc[1], mb[0], mb[1], er[0], er[1]))
            atk = [r for r in recs if r["label"] == 1]
            plain = sum(1 for r in atk if not TRIGGER.search(json.dumps(r["result"], ensure_ascii=False)))
            print("  attacks without AI/assistant/model/ignore/instructions anywhere in result: %d of %d" % (plain, len(atk)))
        else:
            an = Counter(r["label"] for r in recs if "annotations" in r["tool"])
            os_ = Counter(r["label"] for r in recs if "outputSchema" in r["tool"])
            print("  annotations 0/1: %d/%d  outputSchema 0/1: %d/%d" % (an[0], an[1], os_[0], os_[1]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:200]:
            print("  ", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
