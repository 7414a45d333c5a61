"""Time ``etl ingest`` on a real snapshot: full load, no change, touched, small edit, full refresh.

Usage (from the checkout)::

    .venv/bin/python benchmarks/ingest_benchmark.py [--snapshot oped2-2025-02-15] [--corpus DIR]
                                                   [--write-json PATH] [--keep]

Everything happens in a temporary folder: the posts are copied there, the warehouse is written
there and Dagster records its runs in a fresh ``DAGSTER_HOME`` (with a copy of this checkout's
``dagster_home/dagster.yaml``). Each run is a separate ``etl ingest`` process:

a. full load on an empty warehouse;
b. ``etl ingest`` again with nothing changed;
c. after touching every file's mtime without changing content (what a fresh ``git clone`` does);
d. after editing 10 files, adding 10 (copies under new names, with a changed ``from:`` URL) and
   deleting 10;
e. ``etl ingest --full-refresh``.

Wall time is measured around the subprocess. Peak RSS is reported twice: the largest single
process (``/usr/bin/time -v``, or ``getrusage(RUSAGE_CHILDREN)`` in a wrapper process when GNU time
is absent), and the sum over the process tree (parser workers included), sampled from ``/proc``
every 50 ms. Posts are read from ``~/.cache/etl-accept/<snapshot>/_posts`` when present, else
extracted from ``<corpus>/<snapshot>.tar.xz``; the benchmark is skipped when neither exists.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from corpus import CHECKOUT, DEFAULT_CORPUS, EXTRACTED_CACHE, find_posts  # benchmarks/ is on sys.path

GNU_TIME = Path("/usr/bin/time")
EDITS = 10  # files edited, added and deleted in scenario (d)

# A wrapper that runs the command and reports the largest RSS among its waited-for descendants.
RUSAGE_WRAPPER = (
    "import json, resource, subprocess, sys\n"
    "rc = subprocess.call(sys.argv[2:])\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "open(sys.argv[1], 'w').write(json.dumps({'maxrss_kb': usage.ru_maxrss}))\n"
    "sys.exit(rc)\n"
)


@dataclass
class RunResult:
    name: str
    command: str
    wall_s: float
    peak_rss_mb: float | None  # largest single process
    peak_tree_rss_mb: float | None  # sum over the process tree, sampled
    warehouse_mb: float
    exit_code: int
    load_before: float  # 1-minute load average when the run started (other work on the machine)
    files_line: str  # the "files ..." line of the etl summary
    result_line: str  # the "result ..." or "run ..." line


def etl_command() -> list[str]:
    script = CHECKOUT / ".venv" / "bin" / "etl"
    if script.exists():
        return [str(script)]
    found = shutil.which("etl")
    if found:
        return [found]
    return [sys.executable, "-m", "etl.cli"]


class TreeRssSampler:
    """Peak of the summed RSS of a process and all its descendants, read from /proc."""

    def __init__(self, root_pid: int, interval: float = 0.05) -> None:
        self.root_pid = root_pid
        self.interval = interval
        self.peak_bytes = 0
        self.available = Path("/proc/self/statm").exists()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._page = os.sysconf("SC_PAGE_SIZE") if self.available else 4096

    def __enter__(self) -> TreeRssSampler:
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self.available:
            self._thread.join()

    def _sample(self) -> int:
        children: dict[int, list[int]] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    stat = handle.read()
            except OSError:
                continue
            # the command name may hold spaces and parentheses: fields resume after the last ')'
            fields = stat[stat.rfind(b")") + 2 :].split()
            children.setdefault(int(fields[1]), []).append(int(entry.name))
        total, stack = 0, [self.root_pid]
        while stack:
            pid = stack.pop()
            try:
                with open(f"/proc/{pid}/statm", "rb") as handle:
                    total += int(handle.read().split()[1]) * self._page
            except (OSError, IndexError, ValueError):
                pass
            stack.extend(children.get(pid, []))
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_bytes = max(self.peak_bytes, self._sample())
            self._stop.wait(self.interval)


def run_ingest(name: str, args: list[str], env: dict[str, str], cwd: Path, warehouse: Path) -> RunResult:
    rss_file = cwd / f"rss-{name}.txt"
    if GNU_TIME.exists():
        command = [str(GNU_TIME), "-v", "-o", str(rss_file), *etl_command(), "ingest", *args]
    else:
        command = [sys.executable, "-c", RUSAGE_WRAPPER, str(rss_file), *etl_command(), "ingest", *args]
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeRssSampler(process.pid) as sampler:
        stdout, stderr = process.communicate()
    wall = time.perf_counter() - started
    if process.returncode != 0:
        print(f"--- {name}: etl ingest exited {process.returncode}\n{stdout}\n{stderr}", file=sys.stderr)
    peak_kb = None
    if rss_file.exists():
        text = rss_file.read_text()
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
        if match:
            peak_kb = int(match.group(1))
        elif text.strip().startswith("{"):
            peak_kb = json.loads(text)["maxrss_kb"]
    lines = stdout.splitlines()
    files_line = next((line for line in lines if line.startswith("files ")), "")
    result_line = next((line for line in lines if line.startswith("result ")), "")
    return RunResult(
        name=name,
        command="etl ingest" + "".join(f" {a}" for a in args),
        wall_s=wall,
        peak_rss_mb=peak_kb / 1024 if peak_kb is not None else None,
        peak_tree_rss_mb=sampler.peak_bytes / 2**20 if sampler.available else None,
        warehouse_mb=warehouse.stat().st_size / 2**20 if warehouse.exists() else 0.0,
        exit_code=process.returncode,
        load_before=load_before,
        files_line=" ".join(files_line.split()[1:]),
        result_line=" ".join(result_line.split()[1:]),
    )


def fresh_setup(folder: Path, posts_root: Path) -> tuple[Path, dict[str, str]]:
    """A new DAGSTER_HOME and warehouse path under ``folder``, and the environment of ``etl ingest`` for them."""
    home = folder / "dagster_home"
    home.mkdir()
    shutil.copy(CHECKOUT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    warehouse = folder / "warehouse" / "news.duckdb"
    warehouse.parent.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("ETL_", "DAGSTER_"))},
        "DAGSTER_HOME": str(home),
        "ETL_POSTS_DIR": str(posts_root),
        "ETL_WAREHOUSE": str(warehouse),
    }
    return warehouse, env


def touch_all(posts: Path) -> int:
    """Give every file a new mtime, content unchanged (as a fresh ``git clone`` does)."""
    now = time.time_ns()
    count = 0
    for path in sorted(posts.rglob("*")):
        if path.is_file():
            count += 1
            os.utime(path, ns=(now + count, now + count))
    return count


_FROM_LINE = re.compile(rb"^from:[ \t]*(\S+)[ \t]*$", re.MULTILINE)


def edit_add_delete(posts: Path, seed: int = 20250215) -> dict[str, list[str]]:
    """Edit ``EDITS`` files, add ``EDITS`` copies with new names and new URLs, delete ``EDITS``."""
    files = sorted(p for p in posts.iterdir() if p.is_file() and p.suffix == ".md")
    with_url = [p for p in files if _FROM_LINE.search(p.read_bytes()[:4096])]
    rng = random.Random(seed)
    chosen = rng.sample(with_url, 3 * EDITS)
    edited, sources, deleted = chosen[:EDITS], chosen[EDITS : 2 * EDITS], chosen[2 * EDITS :]
    for number, path in enumerate(edited):
        raw = path.read_bytes()
        path.write_bytes(raw.rstrip(b"\n") + f"\n\n<p>Benchmark edit {number}: one more paragraph.</p>\n".encode())
    added = []
    for number, path in enumerate(sources):
        raw = path.read_bytes()
        url_match = _FROM_LINE.search(raw)
        assert url_match is not None
        new_url = url_match.group(1) + f"?benchmark-copy={number}".encode()
        raw = raw[: url_match.start(1)] + new_url + raw[url_match.end(1) :]
        target = path.with_name(f"{path.stem}-benchmark-copy-{number}{path.suffix}")
        target.write_bytes(raw)
        added.append(target.name)
    for path in deleted:
        path.unlink()
    return {"edited": [p.name for p in edited], "added": added, "deleted": [p.name for p in deleted]}


def fmt(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def markdown_table(results: list[RunResult]) -> str:
    rows = [
        "| run | command | wall s | peak RSS, largest process (MB) | peak RSS, process tree (MB) | warehouse (MB) | load avg | files (from the etl summary) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in results:
        status = r.files_line or "(no summary)"
        if r.exit_code != 0:
            status = f"FAILED (exit {r.exit_code})"
        rows.append(
            f"| {r.name} | `{r.command}` | {r.wall_s:.2f} | {fmt(r.peak_rss_mb, 0)} | {fmt(r.peak_tree_rss_mb, 0)} "
            f"| {r.warehouse_mb:.1f} | {r.load_before:.1f} | {status} |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--snapshot", default="oped2-2025-02-15", help="snapshot name (default: %(default)s)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of <snapshot>.tar.xz archives")
    parser.add_argument("--write-json", type=Path, help="also write the results as JSON to this file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # the table, not interleaved with progress on stderr

    scratch = Path(tempfile.mkdtemp(prefix="etl-ingest-bench-"))
    try:
        source = find_posts(args.snapshot, args.corpus, scratch)
        if source is None:
            print(
                f"SKIPPED: snapshot {args.snapshot!r} not found (neither {EXTRACTED_CACHE / args.snapshot / '_posts'} "
                f"nor {args.corpus / (args.snapshot + '.tar.xz')} exists)."
            )
            return 0
        root = scratch / "posts"
        posts = root / "_posts"
        shutil.copytree(source, posts)
        file_count = sum(1 for p in posts.rglob("*") if p.is_file())
        raw_mb = sum(p.stat().st_size for p in posts.rglob("*") if p.is_file()) / 2**20
        warehouse, env = fresh_setup(scratch, root)
        print(
            f"snapshot {args.snapshot}: {file_count:,} files, {raw_mb:.0f} MB, copied from {source} to {posts}",
            file=sys.stderr,
        )

        results: list[RunResult] = []

        def run(name: str, *extra: str) -> None:
            result = run_ingest(name, list(extra), env, scratch, warehouse)
            print(f"{name}: {result.wall_s:.2f} s, {result.files_line}", file=sys.stderr)
            results.append(result)

        run("a. full load, empty warehouse")
        run("b. no change")
        touched = touch_all(posts)
        run(f"c. all {touched:,} mtimes touched, content unchanged")
        changes = edit_add_delete(posts)
        run(f"d. {EDITS} edited, {EDITS} added, {EDITS} deleted")
        run("e. full refresh", "--full-refresh")

        full, unchanged = results[0].wall_s, results[1].wall_s
        ratio = unchanged / full if full else float("nan")
        print(f"\n### `etl ingest` on {args.snapshot} ({file_count:,} files, {raw_mb:.0f} MB)\n")
        print(markdown_table(results))
        print()
        print(
            f"- no-change / full-load wall time: {unchanged:.2f} s / {full:.2f} s = {ratio:.3f} ({1 / ratio:.0f}x faster)"
        )
        print(f"- warehouse file after the full refresh: {results[-1].warehouse_mb:.1f} MB")
        print(
            f"- machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"RSS via {'/usr/bin/time -v' if GNU_TIME.exists() else 'getrusage(RUSAGE_CHILDREN)'}; "
            "process-tree RSS sampled from /proc every 50 ms; 'load avg' is the 1-minute load average "
            "when the run started (above the CPU count, other work was competing)"
        )
        if args.write_json:
            payload = {
                "snapshot": args.snapshot,
                "files": file_count,
                "raw_mb": raw_mb,
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "no_change_over_full": ratio,
                "warehouse_mb": results[-1].warehouse_mb,
                "changes": changes,
                "runs": [asdict(r) for r in results],
            }
            args.write_json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
            print(f"\nwrote {args.write_json}", file=sys.stderr)
        return 0 if all(r.exit_code == 0 for r in results) else 1
    finally:
        if args.keep:
            print(f"kept {scratch}", file=sys.stderr)
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
