"""Time ``etl ingest`` on a whole archive clone, with and without its git history.

Usage (from the checkout)::

    .venv/bin/python benchmarks/history_benchmark.py [--bundle ../shared/corpus/society-history-2026-03-23.bundle]

The bundle is cloned into a temporary folder (this needs the ``git`` program; the project itself
does not). Each run is a separate ``etl ingest`` process on a new warehouse and ``DAGSTER_HOME``:

a. the clone's files only (``ETL_GIT_HISTORY=0``): the plain load of the same HEAD files;
b. the clone with its history (the default): every commit read, moves and deletions recorded;
c. after a pull of three commits (a post added, one moved into ``archived/``, one deleted),
   on the warehouse of (b): only the new commits are read;
d. nothing changed.

Prints one Markdown table (wall seconds, ratio to the plain load) and the summary's timings.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import CHECKOUT, DEFAULT_CORPUS  # benchmarks/ is on sys.path

ETL = CHECKOUT / ".venv" / "bin" / "etl"


def run(posts: Path, warehouse: Path, home: Path, history: bool) -> tuple[float, str]:
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(CHECKOUT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    env = {
        **os.environ,
        "ETL_POSTS_DIR": str(posts),
        "ETL_WAREHOUSE": str(warehouse),
        "DAGSTER_HOME": str(home),
        "ETL_GIT_HISTORY": "1" if history else "0",
    }
    started = time.monotonic()
    done = subprocess.run([str(ETL), "ingest"], env=env, capture_output=True, text=True)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        sys.exit(f"etl ingest failed:\n{done.stderr[-3000:]}")
    timings = next((line for line in done.stdout.splitlines() if line.startswith("timings")), "")
    return seconds, timings


def pull(clone: Path) -> None:
    """Three commits as the feed bot makes them: an added post, an archived one, a deleted one."""
    git = ["git", "-C", str(clone), "-c", "user.name=bench", "-c", "user.email=bench@example.org"]
    posts = sorted((clone / "_posts").iterdir())
    new = clone / "_posts" / "2026-03-24-benchmark.md"
    new.write_text("---\ntitle: 基准测试\ndate: 2026-03-24\nfrom: https://example.org/bench\n---\n正文。\n")
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "add"], check=True)
    archived = clone / "archived" / "2026-03-24"
    archived.mkdir(parents=True, exist_ok=True)
    subprocess.run([*git, "mv", str(posts[0]), str(archived / posts[0].name)], check=True)
    subprocess.run([*git, "commit", "-qm", "archive"], check=True)
    subprocess.run([*git, "rm", "-q", str(posts[1])], check=True)
    subprocess.run([*git, "commit", "-qm", "delete"], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=DEFAULT_CORPUS / "society-history-2026-03-23.bundle")
    args = parser.parse_args()
    if not args.bundle.is_file() or shutil.which("git") is None:
        print(f"SKIPPED: needs {args.bundle} and the git program")
        return
    with tempfile.TemporaryDirectory(prefix="history-bench-") as scratch:
        scratch = Path(scratch)
        clone = scratch / "clone"
        subprocess.run(["git", "clone", "-q", str(args.bundle), str(clone)], check=True)
        commits = subprocess.run(
            ["git", "-C", str(clone), "rev-list", "--first-parent", "--count", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        rows = []
        plain, plain_timings = run(clone, scratch / "plain.duckdb", scratch / "home-a", history=False)
        rows.append(("a. files only (`ETL_GIT_HISTORY=0`)", plain, plain_timings))
        full, full_timings = run(clone, scratch / "history.duckdb", scratch / "home-b", history=True)
        rows.append((f"b. with history ({commits} first-parent commits)", full, full_timings))
        pull(clone)
        later, later_timings = run(clone, scratch / "history.duckdb", scratch / "home-b", history=True)
        rows.append(("c. after a pull of 3 commits", later, later_timings))
        same, _ = run(clone, scratch / "history.duckdb", scratch / "home-b", history=True)
        rows.append(("d. nothing changed", same, ""))
    print(f"clone of {args.bundle.name}; {platform.node()}, {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}")
    print("\n| run | wall s | / files only | stages |\n| --- | ---: | ---: | --- |")
    for name, seconds, timings in rows:
        print(f"| {name} | {seconds:.1f} | {seconds / plain:.2f} | {timings.removeprefix('timings').strip()} |")


if __name__ == "__main__":
    main()
