"""Compare ways of cutting post bodies into paragraphs, on a real snapshot.

Usage (from the checkout)::

    .venv/bin/python benchmarks/extractors.py [--snapshot oped2-2025-02-15] [--corpus DIR]
                                             [--trafilatura-python /tmp/trafvenv/bin/python]

Every variant gets the same input: the post body after the front matter and the feed generator's
header (``read_front_matter`` + ``split_generator_header``), one post at a time, in one process.

a. plain selector: the text of every ``<p>``, ``<li>``, ``<h1>``-``<h6>`` (selectolax/Lexbor);
b. resiliparse ``extract_plain_text(HTMLTree.parse(body), main_content=True)`` split on blank lines;
c. trafilatura ``extract(body, include_comments=False)`` split on lines. trafilatura is not a
   dependency of this project: the variant runs when it can be imported here, or by re-running this
   script with ``--trafilatura-python`` (default ``/tmp/trafvenv/bin/python``), a throwaway venv made
   with ``python3 -m venv /tmp/trafvenv && /tmp/trafvenv/bin/pip install trafilatura lxml_html_clean
   selectolax resiliparse pyyaml markdown-it-py``; otherwise it is skipped;
d. this project's ``etl.posts.body.body_to_blocks`` (one Lexbor parse: element rules, main content
   chosen by ``etl.posts.main_content`` from text, comma and link density and structure, text rules);
e. (d) plus the site-level rule ``etl/ingest.py`` applies at publish (``_derive_paragraphs``): a block
   whose text occurs in >= 5 live articles of the same site is dropped, unless every block of the
   article would go. Site = host of the source URL without ``www.``/``m.``, else the author.

Reported per variant, also on two measures of what the article keeps (when ``../shared`` holds them):
ScrapingHub F1 (the article-extraction benchmark's 181 pages as bodies, scored by
``../shared/tools/extraction_score.py``: 4-token shingles, a CJK character a token; pages with no
output counted) and WordPress recall (the share of the ``.entry-content`` text blocks of the snapshot's
WordPress pages found in the paragraphs, and the share of those pages keeping under 90 %; measured
before the site-level rule). Then: documents per second (extraction only, one core; (e) includes (d)), the share
of posts with at least one paragraph, paragraphs per post, characters kept, and the boilerplate
metric: of all paragraph texts of >= 10 characters, the share, weighted by the number of articles
holding the text, of texts found in >= 5 distinct articles. Articles are counted as the warehouse
counts them: one per canonical source URL (else per file), the newest file winning.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(CHECKOUT))  # so that a throwaway venv without the project installed finds etl

from corpus import DEFAULT_CORPUS, EXTRACTED_CACHE, find_posts  # noqa: E402  (benchmarks/ is on sys.path)

SHARED = CHECKOUT.parent / "shared"
SCORER = SHARED / "tools" / "extraction_score.py"

from etl.posts import body as body_mod  # noqa: E402
from etl.posts.dates import resolve_published_at  # noqa: E402
from etl.posts.frontmatter import FrontMatterError, read_front_matter  # noqa: E402
from etl.posts.parse import URL_FIELDS, canonical_url, decode_post, split_generator_header  # noqa: E402

DEFAULT_TRAFILATURA_PYTHON = Path("/tmp/trafvenv/bin/python")
METRIC_MIN_CHARS = 10
METRIC_MIN_ARTICLES = 5
try:  # the thresholds of the publish-time rule, as the warehouse uses them
    from etl.warehouse.schema import REPEATED_BLOCK_MIN_ARTICLES, REPEATED_BLOCK_MIN_CHARS
except Exception:  # a venv without duckdb (the trafilatura helper) does not need them
    REPEATED_BLOCK_MIN_ARTICLES, REPEATED_BLOCK_MIN_CHARS = 5, 1

_HTTP = re.compile(r"^(https?:)?//\S+$", re.IGNORECASE)
_SITE = re.compile(r"^(?:https?:)?//(?:www\.|m\.)?([^/:?#]+)")
_BULLET = re.compile(r"^(?:[-•*·]|\d+\.)\s+")
_BLANK_LINE = re.compile(r"\n\s*\n")


@dataclass
class Post:
    source_path: str
    body: str
    is_html: bool
    article_key: str
    site: str
    published_at: dt.datetime | None
    too_deep: bool  # nested deeper than the project's guard: raw parsers are not given it


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value if v is not None)
    return body_mod.normalize_text(str(value)) or None


def load_posts(posts_dir: Path) -> tuple[list[Post], int]:
    """Every readable post of the folder (and the number that could not be split)."""
    posts: list[Post] = []
    failed = 0
    now = dt.datetime.now(dt.UTC)
    for path in sorted(p for p in posts_dir.rglob("*") if p.is_file()):
        source_path = "_posts/" + path.relative_to(posts_dir).as_posix()
        try:
            text, _ = decode_post(path.read_bytes())
            front = read_front_matter(text)
        except (ValueError, FrontMatterError):
            failed += 1
            continue
        body, feed_ms, _, link_url = split_generator_header(front.body)
        url = next(
            (u for u in (_text(front.fields.get(name)) for name in URL_FIELDS) if u and _HTTP.match(u)),
            link_url if link_url and _HTTP.match(link_url) else None,
        )
        author = _text(front.fields.get("author"))
        host = _SITE.match(url.lower()).group(1) if url and _SITE.match(url.lower()) else ""
        posts.append(
            Post(
                source_path=source_path,
                body=body,
                is_html=path.suffix.lower() in (".html", ".htm"),
                article_key=f"url:{canonical_url(url)}" if url else f"path:{source_path}",
                site=host or author or str(posts_dir),
                published_at=resolve_published_at(front.fields.get("date"), feed_ms, path.name, now).at,
                too_deep=body_mod.max_nesting(body) > body_mod.MAX_NESTING,
            )
        )
    return posts, failed


def clean(texts: list[str]) -> list[str]:
    """Whitespace collapsed, list bullets removed, empty texts dropped: same footing for all variants."""
    out = []
    for text in texts:
        text = _BULLET.sub("", body_mod.normalize_text(text))
        if text:
            out.append(text)
    return out


# --- the variants -------------------------------------------------------------------------------


def plain_selector(post: Post) -> list[str]:
    from selectolax.lexbor import LexborHTMLParser

    if post.too_deep:
        return []
    tree = LexborHTMLParser(post.body)
    return clean([node.text(deep=True) for node in tree.css("p, li, h1, h2, h3, h4, h5, h6")])


def resiliparse_main(post: Post) -> list[str]:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    if post.too_deep:
        return []
    text = extract_plain_text(HTMLTree.parse(post.body), main_content=True)
    return clean(_BLANK_LINE.split(text))


def trafilatura_extract(post: Post) -> list[str]:
    import trafilatura

    if post.too_deep:
        return []
    text = trafilatura.extract(post.body, include_comments=False)
    return clean(text.split("\n")) if text else []


def project_blocks(post: Post) -> list[str]:
    return [block.text for block in body_mod.body_to_blocks(post.body, post.is_html).blocks]


def winners(posts: list[Post]) -> list[int]:
    """Index of the file that represents each article, as ``_derive_analysis_tables`` ranks them."""
    best: dict[str, int] = {}
    for index, post in enumerate(posts):
        current = best.get(post.article_key)
        if current is None:
            best[post.article_key] = index
            continue
        other = posts[current]
        mine = (post.published_at is not None, post.published_at or dt.datetime.min.replace(tzinfo=dt.UTC))
        theirs = (other.published_at is not None, other.published_at or dt.datetime.min.replace(tzinfo=dt.UTC))
        if (mine, post.source_path) > (theirs, other.source_path):
            best[post.article_key] = index
    return sorted(best.values())


def drop_site_repeats(posts: list[Post], paragraphs: list[list[str]], live: list[int]) -> list[list[str]]:
    """``_derive_paragraphs`` in Python: texts in >= N live articles of a site go, unless all would."""
    counts: Counter[tuple[str, str]] = Counter()
    for index in live:
        for text in set(paragraphs[index]):
            counts[(posts[index].site, text)] += 1
    kept = []
    for post, texts in zip(posts, paragraphs, strict=True):
        flagged = [
            counts[(post.site, t)] >= REPEATED_BLOCK_MIN_ARTICLES and len(t) >= REPEATED_BLOCK_MIN_CHARS for t in texts
        ]
        kept.append(texts if all(flagged) else [t for t, f in zip(texts, flagged, strict=True) if not f])
    return kept


# --- measuring ----------------------------------------------------------------------------------


@dataclass
class Outcome:
    name: str
    seconds: float
    paragraphs: list[list[str]]
    note: str = ""
    bench: list[list[str]] | None = None  # paragraphs of the ScrapingHub pages


def run_variant(
    name: str, extract: Callable[[Post], list[str]], posts: list[Post], bench: list[Post] | None = None
) -> Outcome:
    out = []
    started = time.perf_counter()
    for post in posts:
        out.append(extract(post))
    seconds = time.perf_counter() - started
    return Outcome(name, seconds, out, bench=[extract(post) for post in bench] if bench else None)


def boilerplate_share(paragraphs: list[list[str]], live: list[int]) -> float:
    """Of the (article, text) pairs with texts >= 10 chars, the share whose text is in >= 5 articles."""
    counts: Counter[str] = Counter()
    for index in live:
        counts.update({t for t in paragraphs[index] if len(t) >= METRIC_MIN_CHARS})
    total = sum(counts.values())
    repeated = sum(n for n in counts.values() if n >= METRIC_MIN_ARTICLES)
    return repeated / total if total else 0.0


def load_scorer():
    """The acceptance scorer (``../shared/tools/extraction_score.py``), or None when absent."""
    if not SCORER.is_file():
        return None
    import importlib.util

    spec = importlib.util.spec_from_file_location("extraction_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bench_posts(scorer) -> list[tuple[Post, str]]:
    """The ScrapingHub pages as posts (whole pages as bodies), with the benchmark's article text."""
    import gzip

    truth = json.loads((scorer.BENCH / "ground-truth.json").read_text())
    out = []
    for key, item in truth.items():
        html = gzip.decompress((scorer.BENCH / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        too_deep = body_mod.max_nesting(html) > body_mod.MAX_NESTING
        out.append((Post(key, html, True, key, "bench", None, too_deep), item.get("articleBody", "")))
    return out


def bench_f1(scorer, truths: list[str], paragraphs: list[list[str]]) -> tuple[float, int]:
    """The benchmark's F1 of mean precision and mean recall, and the number of pages with no output."""
    ps, rs, empty = [], [], 0
    for truth, texts in zip(truths, paragraphs, strict=True):
        pred = "\n".join(texts)
        empty += not pred.strip()
        tp, fp, fn = scorer.match(truth, pred)
        if tp + fp > 0:
            ps.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            rs.append(1.0 if fp == fn == 0 else tp / (tp + fn))
    p, r = sum(ps) / max(len(ps), 1), sum(rs) / max(len(rs), 1)
    return (2 * p * r / (p + r) if p + r else 0.0), empty


def wordpress_recall(scorer, posts: list[Post], paragraphs: list[list[str]]) -> tuple[float, float]:
    """Share of the ``.entry-content`` text blocks kept, and share of WordPress pages keeping < 90 %."""
    from selectolax.lexbor import LexborHTMLParser

    found_all = total_all = pages = low = 0
    for post, texts in zip(posts, paragraphs, strict=True):
        if "entry-content" not in post.body:
            continue
        content = LexborHTMLParser(post.body).css_first(".entry-content")
        if content is None:
            continue
        for node in content.css(scorer.NOISE):
            node.decompose()
        kept = scorer.WS.sub("", "".join(texts))
        found = total = 0
        for node in content.css(scorer.BLOCKS):
            if any(inner.mem_id != node.mem_id for inner in node.css(scorer.BLOCKS)):
                continue
            text = scorer.WS.sub("", node.text(separator=" "))
            if len(text) >= 4:
                total += len(text)
                found += len(text) if text in kept else 0
        if total:
            pages += 1
            found_all += found
            total_all += total
            low += found < 0.9 * total
    return found_all / max(total_all, 1), low / max(pages, 1)


def table(
    outcomes: list[Outcome], posts: list[Post], live: list[int], quality: dict[str, tuple[str, str, str, str]]
) -> str:
    rows = [
        "| variant | ScrapingHub F1 | pages empty | WordPress recall | pages < 90 % | docs/s "
        "| posts with >= 1 paragraph | paragraphs / post | text kept (M chars) "
        "| boilerplate: texts in >= 5 articles | note |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    n = len(posts)
    for o in outcomes:
        with_any = sum(1 for p in o.paragraphs if p) / n
        per_post = sum(len(p) for p in o.paragraphs) / n
        chars = sum(len(t) for p in o.paragraphs for t in p) / 1e6
        f1, empty, recall, low = quality.get(o.name, ("—", "—", "—", "—"))
        rows.append(
            f"| {o.name} | {f1} | {empty} | {recall} | {low} | {n / o.seconds:,.0f} | {100 * with_any:.1f} % "
            f"| {per_post:.1f} | {chars:.1f} "
            f"| {100 * boilerplate_share(o.paragraphs, live):.1f} % | {o.note} |"
        )
    return "\n".join(rows)


def trafilatura_in_child(python: Path, posts_dir: Path, snapshot: str) -> Outcome | str:
    """Run variant (c) with another interpreter that has trafilatura; a reason string when it cannot."""
    if not python.exists():
        return f"skipped: trafilatura is not importable here and {python} does not exist"
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out_path = Path(handle.name)
    try:
        command = [str(python), __file__, "--snapshot", snapshot, "--posts-dir", str(posts_dir)]
        command += ["--emit-trafilatura", str(out_path)]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            return f"skipped: {python} failed ({done.stderr.strip().splitlines()[-1:] or done.returncode})"
        data = json.loads(out_path.read_text())
        version = data["version"]
        return Outcome(
            f"c. trafilatura {version}",
            data["seconds"],
            data["paragraphs"],
            note=f"run with {python} (not a dependency)",
            bench=data.get("bench"),
        )
    finally:
        out_path.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--snapshot", default="oped2-2025-02-15", help="snapshot name (default: %(default)s)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of <snapshot>.tar.xz archives")
    parser.add_argument("--posts-dir", type=Path, help="read this _posts folder instead of the snapshot")
    parser.add_argument("--trafilatura-python", type=Path, default=DEFAULT_TRAFILATURA_PYTHON)
    parser.add_argument("--skip-trafilatura", action="store_true")
    parser.add_argument("--emit-trafilatura", type=Path, help=argparse.SUPPRESS)  # the child of variant (c)
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)

    with tempfile.TemporaryDirectory(prefix="etl-extractors-") as scratch:
        posts_dir = args.posts_dir or find_posts(args.snapshot, args.corpus, Path(scratch))
        if posts_dir is None:
            print(
                f"SKIPPED: snapshot {args.snapshot!r} not found (neither {EXTRACTED_CACHE / args.snapshot / '_posts'} "
                f"nor {args.corpus / (args.snapshot + '.tar.xz')} exists)."
            )
            return 0
        started = time.perf_counter()
        posts, failed = load_posts(posts_dir)
        load_seconds = time.perf_counter() - started
        scorer = load_scorer()
        bench_pairs = bench_posts(scorer) if scorer is not None else []
        bench = [post for post, _ in bench_pairs]

        if args.emit_trafilatura:
            import trafilatura

            outcome = run_variant("c", trafilatura_extract, posts, bench)
            payload = {
                "version": trafilatura.__version__,
                "seconds": outcome.seconds,
                "paragraphs": outcome.paragraphs,
                "bench": outcome.bench,
            }
            args.emit_trafilatura.write_text(json.dumps(payload, ensure_ascii=False))
            return 0

        print(f"{len(posts):,} posts read from {posts_dir} in {load_seconds:.1f} s", file=sys.stderr)
        outcomes = []
        for name, extract in (
            ("a. plain selector (p, li, h1-h6)", plain_selector),
            ("b. resiliparse main_content", resiliparse_main),
        ):
            outcomes.append(run_variant(name, extract, posts, bench))
            print(f"{name}: {outcomes[-1].seconds:.1f} s", file=sys.stderr)

        trafilatura_note = ""
        if not args.skip_trafilatura:
            try:
                import trafilatura

                name = f"c. trafilatura {trafilatura.__version__}"
                outcomes.append(run_variant(name, trafilatura_extract, posts, bench))
            except ImportError:
                child = trafilatura_in_child(args.trafilatura_python, posts_dir, args.snapshot)
                if isinstance(child, Outcome):
                    outcomes.append(child)
                else:
                    trafilatura_note = child
            if not trafilatura_note:
                print(f"{outcomes[-1].name}: {outcomes[-1].seconds:.1f} s", file=sys.stderr)
        else:
            trafilatura_note = "skipped (--skip-trafilatura)"

        project = run_variant("d. etl body_to_blocks", project_blocks, posts, bench)
        outcomes.append(project)
        print(f"{project.name}: {project.seconds:.1f} s", file=sys.stderr)

        live = winners(posts)
        started = time.perf_counter()
        site_level = drop_site_repeats(posts, project.paragraphs, live)
        site_seconds = time.perf_counter() - started
        outcomes.append(
            Outcome(
                "e. (d) + site-level repeated-block rule",
                project.seconds + site_seconds,
                site_level,
                note=f"rule itself {site_seconds:.2f} s for the whole snapshot",
                bench=project.bench,
            )
        )
        quality: dict[str, tuple[str, str, str, str]] = {}
        if scorer is not None:
            truths = [truth for _, truth in bench_pairs]
            for o in outcomes:
                f1, empty = bench_f1(scorer, truths, o.bench) if o.bench is not None else (None, None)
                recall, low = wordpress_recall(scorer, posts, o.paragraphs)
                quality[o.name] = (
                    f"{f1:.3f}" if f1 is not None else "—",
                    str(empty) if empty is not None else "—",
                    f"{100 * recall:.1f} %",
                    f"{100 * low:.1f} %",
                )

        deep = sum(p.too_deep for p in posts)
        print(f"\n### Paragraph extraction on {args.snapshot}\n")
        print(table(outcomes, posts, live, quality))
        print()
        print(
            f"- {len(posts):,} posts ({failed} could not be split into front matter and body), "
            f"{len(live):,} distinct articles; {deep} posts nested deeper than {body_mod.MAX_NESTING} levels "
            "(variants a-c get no paragraphs from them, d-e use the project's flat-text fallback)"
        )
        print(
            f"- docs/s: extraction only, one process, one core of {os.cpu_count()}; reading and splitting "
            f"the posts ({load_seconds:.1f} s) is not counted; a-c include collapsing whitespace and list "
            f"bullets (as d does); 1-minute load average at the end: {os.getloadavg()[0]:.1f}"
        )
        print(
            f"- boilerplate: of the distinct texts of >= {METRIC_MIN_CHARS} chars per article, weighted by the number "
            f"of articles holding each, the share held by >= {METRIC_MIN_ARTICLES} distinct articles "
            "(one file per article, as the warehouse keeps it); lower is better only if text kept stays high"
        )
        if trafilatura_note:
            print(f"- c. trafilatura: {trafilatura_note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
