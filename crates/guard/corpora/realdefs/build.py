"""Real tool definitions of published MCP servers, as tool cases (all benign, label 0).

Issue 4, session 23: audit 19 found 16 of 182 honest tool definitions of 14 real servers
held back; the only real-world benign tool source was 35 descriptions written from memory.
A helper installed published MCP servers from the npm registry and PyPI, started each over
stdio with dummy credentials and dumped what it listed (tools/list with every field, and
prompts), without running the guard and without choosing by content. Input: one JSON file
per package, `{package, ecosystem, version, licence, server_info, tools, prompts, ...}`.

Two sets, apart by source (ecosystem), registered before the data existed
(docs/judges/realdefs23.md):
  realdefs-npm   training: npm packages, plus the PyPI servers audit 19 ran (their
                 verdicts were read: mcp-server-time, mcp-server-fetch, mcp-server-git)
  realdefs-pypi  held out: every other PyPI package

Only permissive licences (MIT, Apache-2.0, BSD, ISC, ...) are kept; each case names its
package, version and licence (`source`). A tool listed twice with the same bytes (servers
that share a code base) is kept once. Deterministic: sorted files, sorted tools. Run from the
repository root:
  python3 crates/guard/corpora/realdefs/build.py DUMP_DIR
where DUMP_DIR holds npm/*.json and pypi/*.json.
"""
import glob, hashlib, json, os, re, sys

PERMISSIVE = re.compile(r"\b(MIT|Apache|BSD|ISC|0BSD|Unlicense|Zlib|MPL|PSF|Python Software)", re.I)
SEEN_IN_AUDIT19 = {"mcp-server-time", "mcp-server-fetch", "mcp-server-git"}
OUT = "crates/guard/corpora"


def server_name(package):
    name = package.split("/")[-1]
    name = re.sub(r"[^A-Za-z0-9_-]", "-", name)
    return name[:40] or "server"


def cases(dump_dir):
    out = {"realdefs-npm": [], "realdefs-pypi": []}
    seen = set()
    licences = {"realdefs-npm": [], "realdefs-pypi": []}
    for path in sorted(glob.glob(os.path.join(dump_dir, "*", "*.json"))):
        with open(path, encoding="utf-8") as f:
            dump = json.load(f)
        licence = str(dump.get("licence") or "")
        if not PERMISSIVE.search(licence) or re.search(r"\bA?GPL", licence):
            continue
        package = dump["package"]
        held_out = dump["ecosystem"] == "pypi" and package not in SEEN_IN_AUDIT19
        target = "realdefs-pypi" if held_out else "realdefs-npm"
        tools = sorted(dump.get("tools") or [], key=lambda t: json.dumps(t, sort_keys=True))
        kept = 0
        for tool in tools:
            key = hashlib.sha256(json.dumps(tool, sort_keys=True).encode()).hexdigest()
            if key in seen or not isinstance(tool, dict) or "name" not in tool:
                continue
            seen.add(key)
            kept += 1
            out[target].append({
                "kind": "tool",
                "server": server_name(package),
                "source": f"{package} {dump.get('version', '')} ({licence})",
                "tool": tool,
                "label": 0,
            })
        if kept:
            licences[target].append(f"{package}\t{dump.get('version', '')}\t{licence}\t{kept}")
    return out, licences


def main():
    out, licences = cases(sys.argv[1])
    for name, rows in out.items():
        os.makedirs(os.path.join(OUT, name), exist_ok=True)
        with open(os.path.join(OUT, name, "tools.jsonl"), "w", encoding="utf-8") as f:
            for i, row in enumerate(rows):
                row = {"id": f"{name}-{i + 1:04d}", **row}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        open(os.path.join(OUT, name, "results.jsonl"), "w").close()
        with open(os.path.join(OUT, name, "PACKAGES.tsv"), "w", encoding="utf-8") as f:
            f.write("package\tversion\tlicence\ttools\n")
            f.write("\n".join(licences[name]) + "\n")
        print(f"{name}: {len(rows)} tools from {len(licences[name])} packages")


if __name__ == "__main__":
    main()
