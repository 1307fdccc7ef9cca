"""Real documentation as tool results: benign text a file-reading tool returns (licences,
READMEs, doc comments, code comments). Issue 4, session 22: the guard withheld 96% of MIT
licences and 18% of READMEs read through server-filesystem (audit 19), text no training
source held.

Two sets, apart by source (ecosystem):
  docs-crates    training: crates.io packages in the local cargo registry
  docs-npm-pypi  held out: npm packages and PyPI distributions installed on this machine

Only packages under a permissive licence (MIT, Apache-2.0, BSD, ISC, 0BSD, Unlicense, Zlib,
MPL-2.0) are sampled; each case names its package and licence. Deterministic: sorted paths,
fixed caps. Run from the repository root:
  python3 crates/guard/corpora/docs/build.py CARGO_REGISTRY_SRC NODE_MODULES... -- SITE_PACKAGES...
"""
import hashlib, json, os, re, sys

PERMISSIVE = re.compile(r"\b(MIT|Apache|BSD|ISC|0BSD|Unlicense|Zlib|MPL)", re.I)
MAX_CHARS = 3000


def clip(text):
    text = text.replace("\r\n", "\n").strip()
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind("\n\n", 0, MAX_CHARS)
    return text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read(200_000)
    except (OSError, UnicodeDecodeError):
        return ""


def licence_key(text):
    # Licence files differ by their copyright line only: one case per distinct text.
    body = "\n".join(l for l in text.splitlines() if not re.match(r"\s*(copyright|\(c\))", l, re.I))
    return hashlib.sha256(re.sub(r"\s+", " ", body).strip().lower().encode()).hexdigest()


def comments(text, line_marks, block=False):
    """The comment text of a source file: runs of comment lines joined."""
    out, run = [], []
    for line in text.splitlines():
        s = line.strip()
        mark = next((m for m in line_marks if s.startswith(m)), None)
        if mark is not None:
            run.append(s[len(mark):].strip())
        elif run:
            out.append(" ".join(run)); run = []
    if run:
        out.append(" ".join(run))
    if block:
        out += [re.sub(r"\s*\n\s*\*?\s*", " ", m).strip() for m in re.findall(r"/\*\*(.*?)\*/", text, re.S)]
    return "\n\n".join(c for c in out if len(c) > 40)


def case(n, package, licence, kind, path, text):
    return {"id": n, "kind": "result", "server": "files", "tool": "read_text_file",
            "arguments": {"path": path}, "label": 0, "package": package, "licence": licence,
            "doc": kind, "result": {"content": [{"type": "text", "text": text}]}}


def add(cases, seen, package, licence, kind, path, text):
    text = clip(text)
    if len(text) < 80:
        return
    if kind == "licence":
        key = licence_key(text)
        if key in seen:
            return
        seen.add(key)
    cases.append(case(len(cases) + 1, package, licence, kind, path, text))


def crates(root):
    cases, seen = [], set()
    for name in sorted(os.listdir(root)):
        d = os.path.join(root, name)
        manifest = read(os.path.join(d, "Cargo.toml"))
        m = re.search(r'^license\s*=\s*"([^"]+)"', manifest, re.M)
        if not m or not PERMISSIVE.search(m.group(1)):
            continue
        licence = m.group(1)
        for f in sorted(os.listdir(d)):
            p = os.path.join(d, f)
            if f.upper().startswith("README") and os.path.isfile(p):
                add(cases, seen, name, licence, "readme", f, read(p))
            elif f.upper().startswith(("LICENSE", "LICENCE", "COPYING")) and os.path.isfile(p):
                add(cases, seen, name, licence, "licence", f, read(p))
        for src in ("src/lib.rs", "src/main.rs"):
            text = comments(read(os.path.join(d, src)), ["//!", "///"])
            if text:
                add(cases, seen, name, licence, "comments", src, text)
                break
    return cases


def npm_and_pypi(node_roots, site_roots):
    cases, seen = [], set()
    packages = []
    for root in node_roots:
        for name in sorted(os.listdir(root)):
            if name.startswith("."):
                continue
            if name.startswith("@"):
                packages += [os.path.join(root, name, s) for s in sorted(os.listdir(os.path.join(root, name)))]
            else:
                packages.append(os.path.join(root, name))
    for d in packages:
        meta = read(os.path.join(d, "package.json"))
        try:
            licence = str(json.loads(meta).get("license", ""))
        except ValueError:
            continue
        if not PERMISSIVE.search(licence):
            continue
        name = os.path.relpath(d, os.path.dirname(os.path.dirname(d)))
        for f in sorted(os.listdir(d)):
            p = os.path.join(d, f)
            if f.upper().startswith("README") and os.path.isfile(p):
                add(cases, seen, name, licence, "readme", f, read(p))
            elif f.upper().startswith(("LICENSE", "LICENCE")) and os.path.isfile(p):
                add(cases, seen, name, licence, "licence", f, read(p))
        main = os.path.join(d, "index.js")
        text = comments(read(main), ["//"], block=True)
        if text:
            add(cases, seen, name, licence, "comments", "index.js", text)
    for root in site_roots:
        for info in sorted(os.listdir(root)):
            if not info.endswith(".dist-info"):
                continue
            meta = read(os.path.join(root, info, "METADATA"))
            m = re.search(r"^License(?:-Expression)?: (.+)$", meta, re.M) or re.search(r"^Classifier: License :: (.+)$", meta, re.M)
            if not m or not PERMISSIVE.search(m.group(1)):
                continue
            name, licence = info[: -len(".dist-info")], m.group(1).strip()
            body = meta.split("\n\n", 1)[1] if "\n\n" in meta else ""
            add(cases, seen, name, licence, "readme", "README", body)
            for sub in ("licenses", ""):
                ld = os.path.join(root, info, sub)
                for f in sorted(os.listdir(ld)) if os.path.isdir(ld) else []:
                    if f.upper().startswith(("LICENSE", "LICENCE", "COPYING")) and os.path.isfile(os.path.join(ld, f)):
                        add(cases, seen, name, licence, "licence", f, read(os.path.join(ld, f)))
            top = info.split("-")[0].lower()
            text = comments(read(os.path.join(root, top, "__init__.py")), ["#"])
            if text:
                add(cases, seen, name, licence, "comments", f"{top}/__init__.py", text)
    return cases


def write(path, cases):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{path}: {len(cases)} cases", file=sys.stderr)


if __name__ == "__main__":
    args = sys.argv[1:]
    split = args.index("--")
    registry, node_roots, site_roots = args[0], args[1:split], args[split + 1:]
    base = os.path.join(os.path.dirname(__file__), "..")
    write(os.path.join(base, "docs-crates", "results.jsonl"), crates(registry))
    write(os.path.join(base, "docs-npm-pypi", "results.jsonl"), npm_and_pypi(node_roots, site_roots))
