#!/usr/bin/env python3
"""Prints which top-level modules of redline's library import which: one line per module, and
the cycles among them. Reads `use crate::…` and `crate::…` paths in src/ (excluding main.rs).

    python3 scripts/modules.py            # the graph
    python3 scripts/modules.py --check    # exit 1 if the layering rules are broken
"""
import pathlib
import re
import sys

SRC = pathlib.Path(__file__).resolve().parent.parent / "src"
PATH = re.compile(r"\bcrate::([a-z_]+)")
SUPER = re.compile(r"\bsuper::([a-z_]+)")


def top(file: pathlib.Path) -> str:
    rel = file.relative_to(SRC)
    return rel.parts[0].removesuffix(".rs")


def graph():
    edges = {}
    for file in sorted(SRC.rglob("*.rs")):
        if file.name in ("main.rs", "lib.rs"):
            continue
        here = top(file)
        text = file.read_text()
        # Test modules may reach anywhere; the layering is about the library's own code.
        text = text.split("#[cfg(test)]")[0]
        targets = set(PATH.findall(text))
        if file.parent == SRC:
            # `super::x` in a top-level file names a sibling module.
            targets |= set(SUPER.findall(text))
        edges.setdefault(here, set()).update(t for t in targets if t != here)
    return edges


def cycles(edges):
    found = []
    for a in edges:
        for b in edges[a]:
            if a < b and a in edges.get(b, ()):
                found.append((a, b))
    return found


# Which module may not import which (docs/architecture.md): the rule language knows nothing of
# evaluation, inputs or reports; the shared words know none of the layers above them; nothing in
# the library calls the command line.
def forbidden(edges):
    rules = [("dsl", m) for m in ("eval", "input", "report", "check", "audit")]
    rules += [(low, m) for low in ("vocabulary", "text", "lang")
              for m in ("dsl", "eval", "input", "report", "commands")]
    rules += [(m, "commands") for m in edges if m != "commands"]
    return [(a, b) for a, b in rules if b in edges.get(a, ())]


def main():
    edges = graph()
    for module in sorted(edges):
        print(f"{module:12} → {', '.join(sorted(edges[module])) or '—'}")
    loops = cycles(edges)
    for a, b in loops:
        print(f"cycle: {a} ⇄ {b}")
    broken = forbidden(edges)
    for a, b in broken:
        print(f"forbidden: {a} imports {b}")
    if "--check" in sys.argv and broken:
        sys.exit(1)


main()
