"""Tiny helper: split a hand-written text blob into blocks separated by '%%' lines."""


def blocks(blob):
    out = []
    for part in blob.split("\n%%\n"):
        part = part.strip("\n")
        if part.strip():
            out.append(part)
    return out
