"""Does the cost of a run follow the archive's size or the change's? One table, at 1x and Nx.

Usage (from the checkout)::

    .venv/bin/python benchmarks/scale_benchmark.py [--snapshot oped2-2025-02-15] [--scales 1,10]
                                                   [--corpus DIR] [--floor PATH] [--keep]

For each scale N the snapshot's posts are copied N times (every copy under another file name and
with another source URL, so that each is an article of its own), then, each as a separate
``etl ingest`` process with a fresh ``DAGSTER_HOME``:

1. full load on an empty warehouse (both workers);
2. ``etl ingest`` with nothing changed;
3. 10 files edited, 10 added, 10 deleted (``ingest_benchmark.edit_add_delete``), ``etl ingest``.

Wall time is measured around the process; peak RSS is the sum over the whole process tree
(workers included), sampled from ``/proc`` every 50 ms. With ``--floor`` (default:
``../shared/tools/floor_extract.py`` when present) the extraction floor of the same posts is timed
too (read, C YAML, resiliparse main content, one process), the yardstick of issue 8. The table ends
with the ratios the targets are stated in.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import CHECKOUT, DEFAULT_CORPUS, find_posts  # benchmarks/ is on sys.path
from ingest_benchmark import EDITS, TreeRssSampler, edit_add_delete, fresh_setup, run_ingest

_FROM = re.compile(rb"^(from:[ \t]*\S+)", re.MULTILINE)


def scaled_copy(source: Path, target: Path, times: int) -> int:
    """Copy every post ``times`` times under distinct names, copies after the first with a distinct URL."""
    target.mkdir(parents=True)
    made = 0
    for path in sorted(source.iterdir()):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        for copy in range(times):
            body = raw if copy == 0 else _FROM.sub(rb"\1?copy=%d" % copy, raw, count=1)
            name = path.name if copy == 0 else f"{path.name[:11]}c{copy}-{path.name[11:]}"
            (target / name).write_bytes(body)
            made += 1
    return made


def time_floor(floor: Path, posts_root: Path) -> tuple[float, float] | None:
    """Wall seconds and peak MB of the extraction floor on ``posts_root``, when the tool is there."""
    if not floor.exists():
        return None
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(floor), str(posts_root)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    with TreeRssSampler(process.pid) as sampler:
        process.wait()
    return time.perf_counter() - started, sampler.peak_bytes / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--snapshot", default="oped2-2025-02-15")
    parser.add_argument("--scales", default="1,10", help="comma-separated copies per post (default: %(default)s)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--floor", type=Path, default=CHECKOUT.parent / "shared" / "tools" / "floor_extract.py")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    args = parser.parse_args(argv)
    scales = [int(part) for part in args.scales.split(",")]
    scratch = Path(tempfile.mkdtemp(prefix="etl-scale-bench-"))
    rows = []
    try:
        source = find_posts(args.snapshot, args.corpus, scratch)
        if source is None:
            print(f"SKIPPED: snapshot {args.snapshot!r} not found (see benchmarks/corpus.py)")
            return 0
        for scale in scales:
            root = scratch / f"x{scale}"
            posts = scaled_copy(source, root / "_posts", scale)
            warehouse, env = fresh_setup(root, root)
            print(f"{scale}x: {posts:,} posts in {root}", file=sys.stderr)
            floor = time_floor(args.floor, root)
            full = run_ingest(f"{scale}x full", [], env, root, warehouse)
            print(f"  full load {full.wall_s:.1f} s, {full.peak_tree_rss_mb:.0f} MB", file=sys.stderr)
            same = run_ingest(f"{scale}x no change", [], env, root, warehouse)
            edit_add_delete(root / "_posts")
            change = run_ingest(f"{scale}x change", [], env, root, warehouse)
            print(f"  no change {same.wall_s:.2f} s, change {change.wall_s:.1f} s", file=sys.stderr)
            failed = [r.name for r in (full, same, change) if r.exit_code != 0]
            rows.append((scale, posts, floor, full, same, change, failed))
            shutil.rmtree(root)  # the next scale needs the disk more
    finally:
        if args.keep:
            print(f"kept {scratch}", file=sys.stderr)
        else:
            shutil.rmtree(scratch, ignore_errors=True)

    print(f"\n### `etl ingest` at {', '.join(f'{s}x' for s in scales)} of {args.snapshot}\n")
    print(
        "| scale | posts | extraction floor s | full load s | full load / floor | peak MB (tree) | no change s "
        f"| {EDITS}+{EDITS}+{EDITS} change s | change peak MB | failed |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for scale, posts, floor, full, same, change, failed in rows:
        floor_s = f"{floor[0]:.1f}" if floor else "n/a"
        ratio = f"{full.wall_s / floor[0]:.2f}" if floor else "n/a"
        print(
            f"| {scale}x | {posts:,} | {floor_s} | {full.wall_s:.1f} | {ratio} | {full.peak_tree_rss_mb:,.0f} "
            f"| {same.wall_s:.2f} | {change.wall_s:.2f} | {change.peak_tree_rss_mb:,.0f} | {', '.join(failed) or '-'} |"
        )
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(
            f"\n- change at {last[0]}x / at {first[0]}x: {last[5].wall_s:.2f} / {first[5].wall_s:.2f} s = "
            f"{last[5].wall_s / first[5].wall_s:.2f} (target <= 1.3); full load {last[0]}x / {first[0]}x: "
            f"{last[3].wall_s / first[3].wall_s:.1f} (linear: {last[0] / first[0]:.0f})"
        )
    print(
        f"- machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"1-minute load average at the end {os.getloadavg()[0]:.1f}"
    )
    return 0 if all(not row[-1] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
