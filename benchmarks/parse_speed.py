"""One post's parse on one core: the compiled parsing core against its Python source, on a real snapshot.

Usage (from the checkout, after ``pip install -e .`` compiled the parser)::

    .venv/bin/python benchmarks/parse_speed.py [--snapshot oped2-2025-02-15] [--corpus DIR] [--passes 3] [--every 1]

Each variant runs in a process of its own (``ETL_PURE_PYTHON=1`` for the source) over the same files,
read into memory first: ``etl.posts.parse.parse_post`` on each file's bytes, best of ``--passes``
passes of CPU time. Both variants' records are hashed and compared: they must be identical. Prints
SKIPPED without the snapshot.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import DEFAULT_CORPUS, find_posts  # benchmarks/ is on sys.path

RUN = r"""
import hashlib, json, pickle, sys, time
from pathlib import Path
import etl.posts
from etl.posts.parse import parse_post
root, passes, every = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".md", ".markdown", ".html"))[::every]
raws = [(p.read_bytes(), "_posts/" + p.relative_to(root).as_posix()) for p in files]
best, digest = None, hashlib.sha256()
for n in range(passes):  # records are dropped as they come, as a worker drops them once in frames
    started = time.process_time()
    for raw, path in raws:
        parse_post(raw, path)
    spent = time.process_time() - started
    best = spent if best is None else min(best, spent)
for raw, path in raws:  # not timed
    digest.update(repr(parse_post(raw, path)).encode())
print(json.dumps({"compiled": etl.posts.running_compiled(), "files": len(raws), "seconds": best,
                  "digest": digest.hexdigest()}))
"""


def run(root: Path, passes: int, every: int, pure: bool) -> dict:
    env = {key: value for key, value in os.environ.items() if key != "ETL_PURE_PYTHON"}
    if pure:
        env["ETL_PURE_PYTHON"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(root), str(passes), str(every)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--snapshot", default="oped2-2025-02-15")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the folder of snapshots")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--every", type=int, default=1, help="parse every n-th file only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = find_posts(args.snapshot, args.corpus, Path(scratch))
        if root is None:
            print(f"SKIPPED: snapshot {args.snapshot} not found in {args.corpus}")
            return 0
        results = {"Python source": run(root, args.passes, args.every, pure=True)}
        results["compiled"] = run(root, args.passes, args.every, pure=False)
    if not results["compiled"]["compiled"]:
        del results["compiled"]
        print("the parser is not compiled here: install the package (pip install -e .) to compare")
    print(f"{args.snapshot}: {results['Python source']['files']} files, best of {args.passes} passes, one core")
    print("| parser | ms a post | posts/s |")
    print("| --- | ---: | ---: |")
    for name, result in results.items():
        per_post = result["seconds"] / max(result["files"], 1)
        print(f"| {name} | {per_post * 1000:.2f} | {1 / per_post:,.0f} |")
    digests = {result["digest"] for result in results.values()}
    print("records identical" if len(digests) == 1 else "RECORDS DIFFER between the source and the compiled parser")
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
