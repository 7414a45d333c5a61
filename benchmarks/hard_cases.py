"""Held-out hard cases kept as a regression benchmark: pages and text bodies of our own writing, each with the strings
its article must keep and the page's strings it must drop.

Usage (from the checkout)::

    .venv/bin/python benchmarks/hard_cases.py [-v] [ROUND ...]

Each round folder under ``benchmarks/hard_cases/`` (``r94`` …) holds ``NAME.md`` (a post: front matter, then a whole
scraped page, a fragment, Markdown or text) and ``NAME.json`` (``{"keep": [...], "drop": [...], "note": "..."}``).
Helpers who saw none of the parser's code wrote each round, after the fixes of the round before it (rounds 94 to
97 in the fifty-first session, 2026-12-07; 98 to 101 in the fifty-second, 2026-12-08); a round's first score is its
held-out score, recorded in docs/journal/hard-cases.md. A check passes when a keep string is in the post's
paragraphs and a drop string is not (whitespace aside). Not every check passes: the cases that still fail are the
README's "Known gaps". Prints one line a round, and with ``-v`` each failing check.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.posts.parse import ParsedPost, parse_post  # noqa: E402

CASES = Path(__file__).resolve().parent / "hard_cases"
_SPACE = re.compile(r"\s+")


def score(case: Path) -> tuple[int, list[str]]:
    """The passing checks of one case, and the failing ones named."""
    spec = json.loads(case.with_suffix(".json").read_text(encoding="utf-8"))
    parsed = parse_post(case.read_bytes(), f"_posts/{case.name}")
    text = _SPACE.sub("", "\n".join(b.text for b in parsed.blocks)) if isinstance(parsed, ParsedPost) else ""
    failed = [f"KEEP {s}" for s in spec["keep"] if _SPACE.sub("", s) not in text]
    failed += [f"DROP {s}" for s in spec["drop"] if _SPACE.sub("", s) in text]
    return len(spec["keep"]) + len(spec["drop"]) - len(failed), failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="*", help="round folders to score (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="name each failing check")
    args = parser.parse_args()
    rounds = [CASES / name for name in args.rounds] or sorted(
        (p for p in CASES.iterdir() if p.is_dir()),
        key=lambda p: int(p.name.lstrip("r")),  # (r94 before r100)
    )
    for folder in rounds:
        passed = total = 0
        for case in sorted(folder.glob("*.md")):
            ok, failed = score(case)
            passed, total = passed + ok, total + ok + len(failed)
            if args.verbose and failed:
                print(f"  {case.stem}: " + "; ".join(failed))
        print(f"{folder.name}: {passed}/{total} checks pass")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
