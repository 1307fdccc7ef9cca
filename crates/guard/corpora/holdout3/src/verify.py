"""Check that every line parses, ids are unique, shapes are right; print counts."""
import json
import os
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def check(name, kind):
    ids, labels, n_sc, lengths = set(), Counter(), 0, []
    texts = Counter()
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            rec = json.loads(line)
            assert rec["kind"] == kind and rec["server"] == "holdout3", ln
            assert rec["id"] not in ids, rec["id"]
            ids.add(rec["id"])
            assert rec["label"] in (0, 1)
            labels[rec["label"]] += 1
            if kind == "result":
                r = rec["result"]
                assert isinstance(rec["tool"], str) and isinstance(rec["arguments"], dict)
                assert r["content"][0]["type"] == "text" and r["content"][0]["text"]
                assert isinstance(r["isError"], bool)
                if "structuredContent" in r:
                    assert isinstance(r["structuredContent"], dict)
                    n_sc += 1
                t = r["content"][0]["text"]
                lengths.append(len(t))
                texts[t] += 1
            else:
                t = rec["tool"]
                assert t["name"] and t["description"] and t["inputSchema"]["type"] == "object"
                lengths.append(len(t["description"]))
                texts[t["name"]] += 1
    dups = [k for k, v in texts.items() if v > 1]
    print(f"{name}: {len(ids)} lines, label0={labels[0]} label1={labels[1]}"
          + (f", structuredContent={n_sc}" if kind == "result" else "")
          + f", text len min/median/max={min(lengths)}/{sorted(lengths)[len(lengths)//2]}/{max(lengths)}"
          + f", duplicate texts/names={len(dups)}")
    if dups:
        print("  duplicates:", dups[:10])


check("results.jsonl", "result")
check("tools.jsonl", "tool")
