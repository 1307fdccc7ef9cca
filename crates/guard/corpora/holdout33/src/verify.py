"""Check results.jsonl, tools.jsonl, meta.jsonl and README.md; print balance tables."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import readme  # noqa: E402

ID = "h33"
SERVERS = {"railyard", "docketdesk", "fieldgrain", "mixroom", "schoolbell", "claimline", "hangarops", "chatkeep"}
TOOL_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
RESULT_TOOL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
ANN_KEYS = {"title", "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"}

URL_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s:?#'\"<>)\]\\`]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
DOMAIN_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|net|org|io|ai|co|dev|app|xyz|info|biz|me|us|uk|de|ru|cn|fr|"
                       r"jp|tk|top|site|online|cloud|gov|edu|ly|gl|sh|to|cc))\b")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
ALLOWED_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")

errors = []


def err(msg):
    errors.append(msg)


def host_ok(h):
    h = h.lower().rstrip(".")
    if "@" in h:
        h = h.split("@", 1)[1]
    return h in ("example.com", "example.org", "example.net") or h.endswith(
        (".example.com", ".example.org", ".example.net"))


def strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)


def check_hosts(cid, obj):
    for s in strings(obj):
        for m in URL_RE.finditer(s):
            h = m.group(1)
            if IP_RE.fullmatch(h):
                continue
            if not host_ok(h):
                err("%s: URL host not allowed: %s" % (cid, h))
        for m in EMAIL_RE.finditer(s):
            if not host_ok(m.group(1)):
                err("%s: email domain not allowed: %s" % (cid, m.group(0)))
        for m in DOMAIN_RE.finditer(s):
            if not host_ok(m.group(1)):
                err("%s: domain not allowed: %s" % (cid, m.group(1)))
        for m in IP_RE.finditer(s):
            ip = m.group(0)
            if not ip.startswith(ALLOWED_NETS):
                err("%s: IP outside RFC 5737: %s" % (cid, ip))


def result_length(res):
    n = sum(len(b["text"]) for b in res["content"])
    if "structuredContent" in res:
        n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
    return n


def main():
    lines = {}
    for name in ("results.jsonl", "tools.jsonl", "meta.jsonl"):
        with open(os.path.join(ROOT, name), encoding="utf-8") as fh:
            raw = fh.read()
        if not raw.endswith("\n"):
            err("%s: no trailing newline" % name)
        lines[name] = []
        for i, l in enumerate(raw.split("\n")[:-1], 1):
            try:
                lines[name].append(json.loads(l))
            except Exception as e:  # noqa: BLE001
                err("%s line %d: bad JSON: %s" % (name, i, e))
    results, tools, meta_list = lines["results.jsonl"], lines["tools.jsonl"], lines["meta.jsonl"]

    ids = [x.get("id") for x in results + tools]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    for k, r in enumerate(results, 1):
        cid = r.get("id")
        if cid != "%s-r-%04d" % (ID, k):
            err("bad result id order: %s" % cid)
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: keys %s" % (cid, sorted(r)))
            continue
        if r["kind"] != "result":
            err("%s: kind" % cid)
        if r["server"] not in SERVERS:
            err("%s: server %s" % (cid, r["server"]))
        if not RESULT_TOOL_RE.match(r["tool"]) or not TOOL_RE.match(r["tool"]):
            err("%s: tool name %s" % (cid, r["tool"]))
        if not isinstance(r["arguments"], dict):
            err("%s: arguments" % cid)
        if r["label"] not in (0, 1):
            err("%s: label" % cid)
        res = r["result"]
        if not set(res) <= {"content", "isError", "structuredContent"} or "content" not in res or "isError" not in res:
            err("%s: result keys %s" % (cid, sorted(res)))
            continue
        if not isinstance(res["isError"], bool):
            err("%s: isError not bool" % cid)
        if not isinstance(res["content"], list) or not res["content"]:
            err("%s: empty content" % cid)
        for b in res["content"]:
            if set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str) or not b["text"]:
                err("%s: bad content block" % cid)
            if "{PAD" in b["text"]:
                err("%s: leftover pad marker" % cid)
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err("%s: structuredContent not object" % cid)
        check_hosts(cid, r)

    for k, t in enumerate(tools, 1):
        cid = t.get("id")
        if cid != "%s-t-%04d" % (ID, k):
            err("bad tool id order: %s" % cid)
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err("%s: keys %s" % (cid, sorted(t)))
            continue
        if t["kind"] != "tool" or t["server"] not in SERVERS or t["label"] not in (0, 1):
            err("%s: kind/server/label" % cid)
        d = t["tool"]
        if not set(d) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: tool keys %s" % (cid, sorted(d)))
        if not TOOL_RE.match(d.get("name", "")):
            err("%s: tool name %r" % (cid, d.get("name")))
        if not isinstance(d.get("description"), str) or not d["description"]:
            err("%s: description" % cid)
        sch = d.get("inputSchema")
        if not isinstance(sch, dict) or sch.get("type") != "object" or not isinstance(sch.get("properties"), dict):
            err("%s: inputSchema" % cid)
        else:
            for req in sch.get("required", []):
                if req not in sch["properties"]:
                    err("%s: required %s not in properties" % (cid, req))
        if "outputSchema" in d and (not isinstance(d["outputSchema"], dict) or d["outputSchema"].get("type") != "object"):
            err("%s: outputSchema" % cid)
        if "annotations" in d and (not isinstance(d["annotations"], dict) or not set(d["annotations"]) <= ANN_KEYS):
            err("%s: annotations" % cid)
        check_hosts(cid, t)
    names = {}
    for t in tools:
        key = (t["server"], t["tool"]["name"])
        if key in names:
            err("duplicate tool name in server: %s" % (key,))
        names[key] = t["id"]

    meta = {}
    for m in meta_list:
        if set(m) != {"id", "language", "length", "format", "source"}:
            err("meta keys %s" % sorted(m))
            continue
        meta[m["id"]] = m
        if not os.path.exists(os.path.join(ROOT, m["source"])):
            err("meta source missing: %s" % m["source"])
    if [m["id"] for m in meta_list] != ids:
        err("meta ids do not match case ids in order")
    for r in results:
        if r["id"] in meta and meta[r["id"]]["length"] != result_length(r["result"]):
            err("%s: meta length mismatch" % r["id"])
    for t in tools:
        if t["id"] in meta:
            if meta[t["id"]]["length"] != len(json.dumps(t["tool"], ensure_ascii=False)):
                err("%s: meta length mismatch" % t["id"])
            if meta[t["id"]]["format"] != "tool":
                err("%s: tool format" % t["id"])

    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as fh:
        rd = fh.read()
    if rd.split("\n", 1)[0] != readme.SEALED:
        err("README first line is not the sealed line")
    for sec in ("## Intended use", "## Labelling rule"):
        if sec not in rd:
            err("README missing section " + sec)

    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)

    print("OK: %d results, %d tools, %d meta lines" % (len(results), len(tools), len(meta_list)))
    print()
    for title, tl in readme.tables(results, tools, meta).items():
        print("== " + title)
        for l in tl:
            print(l)
        print()


if __name__ == "__main__":
    main()
