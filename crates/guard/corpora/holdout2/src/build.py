import json, random
from collections import Counter
import common
import r_benign1, r_benign2, r_benign3, r_attack1, r_attack2, r_extra, t_benign, t_poison
rng = random.Random(20261206)
res = list(common.RESULTS); rng.shuffle(res)
tools = list(common.TOOLS); rng.shuffle(tools)
texts = [r["text"] for r in res]; assert len(set(texts)) == len(texts), "dup result text"
names = [t["name"] for t in tools]
dupn = [n for n,c in Counter(names).items() if c>1]
print("dup tool names:", dupn)
with open("../results.jsonl","w") as f:
    for i,r in enumerate(res,1):
        f.write(json.dumps({"id": f"h2-result-{i}", "kind": "result", "server": "holdout2", "tool": r["tool"], "arguments": r["arguments"],
            "result": {"content": [{"type": "text", "text": r["text"]}], "isError": r["isError"]}, "label": r["label"]}, ensure_ascii=False)+"\n")
with open("../tools.jsonl","w") as f:
    for i,t in enumerate(tools,1):
        f.write(json.dumps({"id": f"h2-tool-{i}", "kind": "tool", "server": "holdout2",
            "tool": {"name": t["name"], "description": t["description"], "inputSchema": t["inputSchema"]}, "label": t["label"]}, ensure_ascii=False)+"\n")
