"""Score the parser on magic-html's benchmark: 158 article pages and 103 forum threads, a third of them Chinese.

Usage (from the checkout)::

    git clone --depth 1 https://github.com/opendatalab/magic-html /tmp/magic-html
    .venv/bin/python benchmarks/magic_html_eval.py /tmp/magic-html [--set article|forum] [--failures N]

The set (``benchmark/data/{article,forum}/base.json`` with the pages in ``htmls/``) comes from magic-html's
repository: news and blog pages from head sites in many languages (57 of the 158 articles are Chinese: portals,
Hong Kong's Yahoo, youth.cn, toutiao, zh.wikipedia) and forum threads, each with its main text written out by hand.
A page is read here as an archive would hold it: its bytes under a front matter (a placeholder title, the page's
address as ``from:``), parsed by ``etl.posts.parse.parse_post``; the kept paragraphs, joined by line breaks, are
scored as magic-html's ``benchmark/evaluate_articles.py`` scores any extractor: ROUGE-L at the summary level (the
reference's sentences against the extraction's, the union of their longest common subsequences, each token counted
once), precision and recall averaged over the pages, F1 of the two averages. Sentences are split at their ends and
at line breaks (magic-html uses LTP's splitter); tokens are jieba's words when jieba is installed (as magic-html
counts them), else each Han character and each run of letters or digits.

Its published table (README, "benchmark report") gives, for the articles: magic-html F1 0.929, trafilatura with its
fallbacks 0.879, trafilatura 0.871, readability-lxml 0.864, GNE 0.715. Scored by this script with jieba on this
machine (2026-12-06), trafilatura 2.3.1 (fallbacks on) gives 0.882 on the articles (0.904 on the Chinese ones) and
0.728 on the forums. magic-html was tuned on its own set: read its figure as its home ground.

Nothing of the set is copied into this repository; the pages stay in the clone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from etl.posts.parse import ParsedPost, parse_post

NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
_SENTENCE_BREAK = re.compile(r"(?<=[。！？!?；;])|\n+|(?<=[.?!])\s+")
_TOKEN = re.compile(r"[\u3400-\u9fff]|[^\W_]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
CHINESE_SHARE = 0.3  # of a reference's characters: a Chinese page


def _tokenizer() -> tuple[str, Callable[[str], list[str]]]:
    try:
        import jieba  # type: ignore[import-not-found]
    except ImportError:
        return "characters", _TOKEN.findall
    jieba.setLogLevel(60)
    return "jieba", lambda text: [word for word in jieba.lcut(text) if word.strip()]


def _sentences(text: str, tokens: Callable[[str], list[str]]) -> list[list[str]]:
    found = (tokens(part.strip()) for part in _SENTENCE_BREAK.split(text) if part and part.strip())
    return [sentence for sentence in found if sentence]


def _lcs_positions(a: list[str], b: list[str]) -> set[int]:
    """Positions in ``a`` of one longest common subsequence of ``a`` and ``b``."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, token in enumerate(a):
        row, below = table[i], table[i + 1]
        for j, other in enumerate(b):
            below[j + 1] = row[j] + 1 if token == other else max(below[j], row[j + 1])
    positions, i, j = set(), len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            positions.add(i - 1)
            i, j = i - 1, j - 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return positions


def rouge_l(reference: str, extracted: str, tokens: Callable[[str], list[str]]) -> tuple[float, float]:
    """Summary-level ROUGE-L precision and recall of ``extracted`` against ``reference``."""
    if reference == extracted:
        return 1.0, 1.0
    wanted, got = _sentences(reference, tokens), _sentences(extracted, tokens)
    wanted_count, got_count = sum(map(len, wanted)), sum(map(len, got))
    if not wanted_count or not got_count:
        return 0.0, 0.0
    left_wanted = Counter(token for sentence in wanted for token in sentence)
    left_got = Counter(token for sentence in got for token in sentence)
    hits = 0
    for sentence in wanted:
        union: set[int] = set()
        words = set(sentence)
        for other in got:
            if words.intersection(other):
                union |= _lcs_positions(sentence, other)
        for position in sorted(union):
            token = sentence[position]
            if left_wanted[token] > 0 and left_got[token] > 0:
                hits += 1
                left_wanted[token] -= 1
                left_got[token] -= 1
    return hits / got_count, hits / wanted_count


def _extract(page: bytes, number: int, url: str) -> str:
    front = f'---\nlayout: post\ntitle: "page {number}"\ndate: 2020-01-01T00:00:00.000Z\nfrom: {json.dumps(url)}\n---\n'
    post = parse_post(front.encode() + page, f"_posts/2020-01-01-page-{number}.md", now=NOW)
    return "\n".join(block.text for block in post.blocks) if isinstance(post, ParsedPost) else ""


def _report(label: str, scores: list[tuple[float, float]]) -> str:
    if not scores:
        return f"{label:8} no pages"
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{label:8} {len(scores):4} pages  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkout", type=Path, help="a clone of github.com/opendatalab/magic-html")
    parser.add_argument("--set", choices=("article", "forum"), default="article", help="which of its two sets")
    parser.add_argument("--failures", type=int, default=0, help="list this many pages with the lowest F1")
    args = parser.parse_args()
    folder = args.checkout / "benchmark" / "data" / args.set
    if not (folder / "base.json").is_file():
        sys.exit(f"no benchmark/data/{args.set}/base.json in {args.checkout}: clone github.com/opendatalab/magic-html")
    data = json.loads((folder / "base.json").read_text(encoding="utf-8"))
    kind, tokens = _tokenizer()
    rows: list[tuple[str, bool, float, float]] = []
    started = time.perf_counter()
    for number, key in enumerate(sorted(data)):
        item = data[key]
        extracted = _extract((folder / "htmls" / f"{key}.html").read_bytes(), number, item["url"])
        precision, recall = rouge_l(item["content"], extracted, tokens)
        chinese = len(_HAN.findall(item["content"])) > CHINESE_SHARE * max(1, len(item["content"]))
        rows.append((item["url"], chinese, precision, recall))
    print(f"magic-html's {args.set} set, ROUGE-L over {kind}, {time.perf_counter() - started:.0f} s")
    print(_report("all", [(p, r) for _, _, p, r in rows]))
    print(_report("Chinese", [(p, r) for _, zh, p, r in rows if zh]))
    print(_report("others", [(p, r) for _, zh, p, r in rows if not zh]))
    worst = sorted(rows, key=lambda row: 2 * row[2] * row[3] / (row[2] + row[3]) if row[2] + row[3] else 0.0)
    for url, _, precision, recall in worst[: args.failures]:
        print(f"  precision {precision:.2f} recall {recall:.2f}  {url[:100]}")


if __name__ == "__main__":
    main()
