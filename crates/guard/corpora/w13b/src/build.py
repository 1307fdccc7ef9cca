"""Collect hand-written cases, pad lengths, shuffle (fixed seed), assign ids, write jsonl. Deterministic."""
import glob, importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from common import PAD, pad_rows  # noqa: E402

ID, SERVER, SEED = "w13b", "w13b", 13013


def collect(prefix, attr):
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        for c in getattr(mod, attr):
            c = dict(c)
            c["source"] = os.path.basename(path)
            cases.append(c)
    return cases


def place(text, rows):
    body = "\n".join(rows)
    if PAD in text:
        if not rows:
            return text.replace(PAD + "\n", "").replace("\n" + PAD, "").replace(PAD, "")
        return text.replace(PAD, body, 1)
    return text + ("\n" + body if rows else "")


def main():
    rng = random.Random(SEED)
    results = collect("results", "RESULTS")
    tools = collect("tools", "TOOLS")
    rng.shuffle(results)
    rng.shuffle(tools)
    # length targets, drawn separately per label
    targets = {}
    for lab in (0, 1):
        idx = [k for k, c in enumerate(results) if c["label"] == lab]
        marked = [k for k in idx if PAD in results[k]["text"]]
        n = len(idx)
        xl = rng.sample(marked, round(0.02 * n))
        rest = [k for k in marked if k not in xl]
        lg = rng.sample(rest, round(0.07 * n))
        for k in idx:
            if k in xl:
                targets[k] = rng.randint(10000, 25000)
            elif k in lg:
                targets[k] = rng.randint(3000, 8000)
            else:
                targets[k] = rng.randint(100, 2000)
    manifest = {}
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for k, c in enumerate(results):
            cid = f"{ID}-r-{k + 1:04d}"
            base = c["text"].replace(PAD, "")
            extra = sum(len(x) for x in c["blocks"])
            need = targets[k] - len(base) - extra
            # structured formats without a marker are left at their natural length (appending would break them)
            fixed = PAD not in c["text"] and c["fmt"] in ("json", "ical", "html", "xml", "yaml")
            rows = pad_rows(c["pad"], need, rng) if need > 0 and not fixed else []
            text = place(c["text"], rows)
            content = [{"type": "text", "text": text}] + [{"type": "text", "text": x} for x in c["blocks"]]
            res = {"content": content, "isError": bool(c["err"])}
            if c["sc"] is not None:
                res["structuredContent"] = c["sc"]
            line = {"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"],
                    "arguments": c["arguments"], "result": res, "label": c["label"]}
            f.write(json.dumps(line, ensure_ascii=False, sort_keys=False) + "\n")
            manifest[cid] = {"lang": c["lang"], "fmt": c["fmt"], "source": c["source"], "label": c["label"]}
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for k, c in enumerate(tools):
            cid = f"{ID}-t-{k + 1:04d}"
            line = {"id": cid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
            manifest[cid] = {"lang": "en", "fmt": "tool", "source": c["source"], "label": c["label"]}
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=0, sort_keys=True)
    print(f"wrote {len(results)} results, {len(tools)} tools")


if __name__ == "__main__":
    main()
