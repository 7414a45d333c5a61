"""Score the parser on trafilatura's own evaluation set: 990 whole web pages nobody on the team chose.

Usage (from the checkout)::

    git clone --depth 1 https://github.com/adbar/trafilatura /tmp/trafilatura
    .venv/bin/python benchmarks/trafilatura_eval.py /tmp/trafilatura [--titles] [--failures N]

The set (``tests/evaldata.json`` with the pages in ``tests/eval/`` and ``tests/cache/``) comes from trafilatura's
repository: news, blogs, shops, forums and official pages, mostly German, with English, French, Spanish, Polish,
Chinese and other languages among them. Each page has a few strings its main text must hold ("with") and a few of
its chrome it must not ("without"). It is read here as an archive would hold it: the page's bytes under a front
matter (a placeholder title, or with ``--titles`` the page's own headline where the set gives it, and the page's
address as ``from:``), parsed by ``etl.posts.parse.parse_post``; the kept paragraphs are joined by line breaks and
scored as trafilatura's ``tests/eval_common.py`` scores any extractor: a "with" string found (whitespace folded)
is a true positive, a "without" string found a false positive. Its published table (``docs/evaluation.rst``, 2026-08-04)
gives trafilatura 2.2.0 F1 0.924 (precision 0.906, recall 0.943), magic-html 0.889, readability-lxml 0.826,
resiliparse 0.811; the set was built alongside trafilatura, so read those as its home ground.

Nothing of the set is copied into this repository; the pages stay in the clone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

from etl.posts.parse import ParsedPost, parse_post

NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _page(tests: Path, name: str) -> Path:
    for folder in ("cache", "eval"):
        path = tests / folder / name
        if path.is_file():
            return path
    raise SystemExit(f"{name}: not in {tests}/cache or {tests}/eval: is this a trafilatura checkout?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkout", type=Path, help="a clone of github.com/adbar/trafilatura")
    parser.add_argument("--titles", action="store_true", help="give each post the page's headline as its title")
    parser.add_argument("--failures", type=int, default=0, help="list this many pages with the most misses")
    args = parser.parse_args()
    tests = args.checkout / "tests"
    if not (tests / "evaldata.json").is_file():
        sys.exit(f"no tests/evaldata.json in {args.checkout}: clone github.com/adbar/trafilatura there")
    data = json.loads((tests / "evaldata.json").read_text(encoding="utf-8"))
    tp = fp = fn = tn = rejected = 0
    misses: list[tuple[int, str, list[str]]] = []
    started = time.perf_counter()
    for number, url in enumerate(sorted(data)):
        item = data[url]
        title = item.get("title") if args.titles else None
        front = (
            f"---\nlayout: post\ntitle: {json.dumps(title or f'page {number}', ensure_ascii=False)}\n"
            f"date: 2020-01-01T00:00:00.000Z\nfrom: {json.dumps(url)}\n---\n"
        )
        raw = front.encode() + _page(tests, item["file"]).read_bytes()
        post = parse_post(raw, f"_posts/2020-01-01-page-{number}.md", now=NOW)
        if not isinstance(post, ParsedPost):
            rejected += 1
        text = _folded("\n".join(b.text for b in post.blocks)) if isinstance(post, ParsedPost) else ""
        found = [w for w in item["with"] if _folded(w) in text]
        kept = [w for w in item["without"] if _folded(w) in text]
        tp, fn = tp + len(found), fn + len(item["with"]) - len(found)
        fp, tn = fp + len(kept), tn + len(item["without"]) - len(kept)
        wrong = [f"missed: {w}" for w in item["with"] if w not in found] + [f"kept: {w}" for w in kept]
        if wrong:
            misses.append((len(wrong), item["file"], wrong))
    seconds = time.perf_counter() - started
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(
        f"{len(data)} pages ({rejected} rejected), {tp + fn} text and {fp + tn} boilerplate segments, {seconds:.0f} s"
    )
    print(
        f"precision {precision:.3f}  recall {recall:.3f}  accuracy {(tp + tn) / (tp + tn + fp + fn):.3f}  "
        f"F1 {2 * tp / (2 * tp + fp + fn):.3f}"
    )
    for _, name, wrong in sorted(misses, key=lambda m: -m[0])[: args.failures]:
        print(f"\n{name}")
        for line in wrong:
            print(f"  {line[:110]}")


if __name__ == "__main__":
    main()
