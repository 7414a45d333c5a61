"""Parsing in worker processes: one result per file, and a crashing or hanging file is isolated."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from etl.posts import pool
from etl.posts.discover import content_hash
from etl.posts.parse import ParsedPost, Rejected

CRASH_MARK = "CRASH"
HANG_MARK = "HANG"


PARSE_CHUNK = pool._parse_chunk


def _crash_on_marked_file(tasks: list[pool.Task]) -> pool.Batch:
    """Stands in for ``pool._parse_chunk``: the worker dies (like a segfault) on a marked file."""
    if any(CRASH_MARK in source for _, _, source in tasks):
        os._exit(1)
    return PARSE_CHUNK(tasks)


def _hang_on_marked_file(tasks: list[pool.Task]) -> pool.Batch:
    """Stands in for ``pool._parse_chunk``: the worker never finishes a marked file."""
    if any(HANG_MARK in source for _, _, source in tasks):
        time.sleep(60)
    return PARSE_CHUNK(tasks)


def _raise_on_marked_file(tasks: list[pool.Task]) -> pool.Batch:
    """Stands in for ``pool._parse_chunk``: a bug in the parser raises on a marked file."""
    if any(CRASH_MARK in source for _, _, source in tasks):
        raise RuntimeError("boom")
    return PARSE_CHUNK(tasks)


def write_posts(folder: Path, names: list[str]) -> list[pool.Task]:
    folder.mkdir(parents=True, exist_ok=True)
    tasks = []
    for i, name in enumerate(names):
        path = folder / name
        path.write_text(
            f'---\nlayout: post\ntitle: "第{i}篇：渡轮恢复通航"\ndate: 2021-05-28T02:0{i % 10}:00Z\n---\n'
            f"<p>第{i}段：码头货物积压，乘客需预留时间。</p>\n",
            encoding="utf-8",
        )
        tasks.append((str(path), ROOT, name))
    return tasks


ROOT = "posts"


def outcomes(batch: pool.Batch) -> dict[str, tuple[str | None, str]]:
    """source_path -> (content hash, the title when parsed or the error when rejected), one per file."""
    parsed = {
        path: (digest, title)
        for path, digest, title in batch["parsed_posts"].select("source_path", "content_hash", "title").iter_rows()
    }
    rejected = {
        path: (digest, error)
        for path, digest, error in batch["rejected"].select("source_path", "content_hash", "error").iter_rows()
    }
    assert not parsed.keys() & rejected.keys()
    assert pool.files_in(batch) == len(parsed) + len(rejected)  # one row per file
    return {**parsed, **rejected}


def test_parse_file_reads_hashes_and_parses(tmp_path: Path):
    (task,) = write_posts(tmp_path, ["2021-05-28-a.md"])
    path, _, source = task
    digest, outcome = pool.parse_file(path, source)
    assert digest == content_hash(Path(path).read_bytes())
    assert isinstance(outcome, ParsedPost) and outcome.title == "第0篇：渡轮恢复通航"


def test_unreadable_file_is_rejected_without_hash(tmp_path: Path):
    digest, outcome = pool.parse_file(str(tmp_path / "gone.md"), "gone.md")
    assert digest is None
    assert isinstance(outcome, Rejected) and outcome.error.startswith("The file cannot be read")


def test_in_process_parse_reports_progress(tmp_path: Path):
    tasks = write_posts(tmp_path, [f"2021-05-2{i}-p.md" for i in range(3)])
    seen: list[tuple[int, int]] = []
    batch = pool.parse_files(tasks, workers=0, progress=lambda done, total: seen.append((done, total)))
    assert batch["parsed_posts"]["source_path"].to_list() == [t[2] for t in tasks]
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_workers_give_one_result_per_file_equal_to_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pool, "CHUNK_SIZE", 2)  # several chunks, so several workers share the files
    tasks = write_posts(tmp_path, [f"2021-05-{10 + i}-post.md" for i in range(5)])
    tasks.append((str(tmp_path / "missing.md"), ROOT, "missing.md"))
    (tmp_path / "empty.md").write_bytes(b"")
    tasks.append((str(tmp_path / "empty.md"), ROOT, "empty.md"))
    seen: list[tuple[int, int]] = []
    parallel = pool.parse_files(tasks, workers=2, progress=lambda done, total: seen.append((done, total)))
    serial = pool.parse_files(tasks, workers=0)
    assert set(outcomes(parallel)) == {t[2] for t in tasks}
    assert outcomes(parallel) == outcomes(serial)
    for name in parallel:  # the same rows, whichever process parsed them
        order = [c for c in ("source_path", "block", "position", "tag") if c in parallel[name].columns]
        assert parallel[name].sort(order).equals(serial[name].sort(order)), name
    assert seen[-1] == (len(tasks), len(tasks))


def test_a_crashing_file_is_isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pool, "_parse_chunk", _crash_on_marked_file)
    names = [f"2021-05-{10 + i}-post.md" for i in range(6)]
    names[3] = f"2021-05-13-{CRASH_MARK}.md"
    tasks = write_posts(tmp_path, names)
    start = time.perf_counter()
    results = pool.parse_files(tasks, workers=2)
    elapsed = time.perf_counter() - start
    if elapsed > 10:
        pytest.skip(f"starting worker pools took {elapsed:.0f} s on this machine")
    got = outcomes(results)
    assert set(got) == {t[2] for t in tasks}
    crashed = tasks[3][2]
    assert got[crashed][0] is None and "The parser crashed on this file" in got[crashed][1]
    serial = outcomes(pool.parse_files([t for t in tasks if t[2] != crashed], workers=0))
    assert {p: o for p, o in got.items() if p != crashed} == serial


def test_a_hanging_file_is_isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pool, "_parse_chunk", _hang_on_marked_file)
    monkeypatch.setattr(pool, "CHUNK_SECONDS", 1.0)
    monkeypatch.setattr(pool, "FILE_SECONDS", 1.0)
    names = ["2021-05-10-a.md", f"2021-05-11-{HANG_MARK}.md", "2021-05-12-b.md"]
    tasks = write_posts(tmp_path, names)
    start = time.perf_counter()
    results = pool.parse_files(tasks, workers=2)
    elapsed = time.perf_counter() - start
    if elapsed > 15:
        pytest.skip(f"starting worker pools took {elapsed:.0f} s on this machine")
    got = outcomes(results)
    assert set(got) == {t[2] for t in tasks}
    assert results["rejected"]["source_path"].to_list() == [tasks[1][2]]
    assert "ran out of time" in got[tasks[1][2]][1]


def test_a_single_crashing_file_is_isolated_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pool, "_parse_chunk", _crash_on_marked_file)
    (task,) = write_posts(tmp_path, [f"2021-05-28-{CRASH_MARK}.md"])
    batch = pool.parse_files([task], workers=4)  # this process survives
    assert batch["parsed_posts"].is_empty()
    assert batch["rejected"]["source_path"].to_list() == [task[2]] and "crashed" in batch["rejected"]["error"][0]


def test_every_worker_dying_rejects_every_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pool, "_parse_chunk", _crash_on_marked_file)
    monkeypatch.setattr(pool, "CHUNK_SIZE", 2)
    tasks = write_posts(tmp_path, [f"2021-05-1{i}-{CRASH_MARK}.md" for i in range(5)])
    batch = pool.parse_files(tasks, workers=2)
    assert batch["parsed_posts"].is_empty()
    assert sorted(batch["rejected"]["source_path"]) == sorted(t[2] for t in tasks)
    # each says the parser gave up on it: that it crashed, as a rule; on a loaded machine the pool may also report a
    # dying worker as its own failure (one CI run in many did), which says so in the same sentence's frame
    errors = batch["rejected"]["error"].to_list()
    assert all(e.startswith("The parser ") and e.endswith("it was skipped.") for e in errors), errors
    assert any("crashed" in error for error in errors), errors


def test_a_python_error_in_the_parser_is_a_rejection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pool, "_parse_chunk", _raise_on_marked_file)
    tasks = write_posts(tmp_path, ["2021-05-10-a.md", f"2021-05-11-{CRASH_MARK}.md"])
    batch = pool.parse_files(tasks, workers=2)
    assert batch["parsed_posts"]["source_path"].to_list() == [tasks[0][2]]
    assert "The parser failed on this file (RuntimeError: boom)" in outcomes(batch)[tasks[1][2]][1]


def test_default_workers_is_bounded():
    assert 1 <= pool.default_workers() <= 8


def test_with_a_sink_no_batch_outlives_its_handling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Streaming means the pool keeps nothing: each batch is garbage once the sink has handled it."""
    import gc
    import weakref

    monkeypatch.setattr(pool, "CHUNK_SIZE", 2)
    monkeypatch.setattr(pool, "SINK_BATCH", 3)
    tasks = write_posts(tmp_path, [f"2021-05-{10 + i}-post.md" for i in range(8)])
    handled: list[weakref.ref] = []
    alive_when_next_came: list[int] = []
    sizes: list[int] = []

    def sink(batch: pool.Batch) -> None:
        sizes.append(pool.files_in(batch))
        gc.collect()
        alive_when_next_came.append(sum(ref() is not None for ref in handled))
        handled.extend(weakref.ref(frame) for frame in batch.values())

    assert pool.files_in(pool.parse_files(tasks, workers=1, sink=sink)) == 0
    assert sum(sizes) == len(tasks) and set(alive_when_next_came) == {0}
    # chunks of two are gathered into batches of at least three (the last one: what is left)
    assert sizes == [4, 4]


def test_workers_and_this_process_give_freed_memory_back():
    """Importing etl sets both allocators to give freed memory back, in the settings that spawned
    workers inherit; what a user set in the environment stays (etl.memory)."""
    import subprocess
    import sys

    show = "import etl, os; print(os.environ['_RJEM_MALLOC_CONF'], os.environ['MALLOC_MMAP_THRESHOLD_'])"
    clean = {k: v for k, v in os.environ.items() if k not in ("_RJEM_MALLOC_CONF", "MALLOC_MMAP_THRESHOLD_")}
    fresh = subprocess.run([sys.executable, "-c", show], env=clean, capture_output=True, text=True, check=True)
    assert fresh.stdout.split() == ["dirty_decay_ms:0,muzzy_decay_ms:0", str(1 << 20)]
    mine = {**clean, "_RJEM_MALLOC_CONF": "narenas:1", "MALLOC_MMAP_THRESHOLD_": "65536"}
    kept = subprocess.run([sys.executable, "-c", show], env=mine, capture_output=True, text=True, check=True)
    assert kept.stdout.split() == ["narenas:1", "65536"]


def test_the_resource_tracker_of_the_pools_ends_before_the_publish(tmp_path: Path):
    """A run with worker processes leaves no process beside its publish (multiprocessing's resource
    tracker, ~12 MB, lived to the end of the run), says no word of leaked semaphores, and a second run
    in the same process starts its pool as usual. In a process of its own: another test's pool
    may still be alive in this one, and then the tracker stays, on purpose."""
    import subprocess
    import sys

    from tests.postgen import write_posts

    write_posts(tmp_path / "posts", [1, 2, 3])
    script = f"""
import datetime as dt, os
from pathlib import Path
from multiprocessing import resource_tracker
from etl.ingest import ingest
from etl.warehouse import store
from tests.postgen import write_posts

root, warehouse = Path({str(tmp_path / "posts")!r}), Path({str(tmp_path / "w.duckdb")!r})
seen = []
publish = store.WorkingCopy.publish
def watch(self, *args, **kwargs):
    seen.append(resource_tracker._resource_tracker._fd)
    return publish(self, *args, **kwargs)
store.WorkingCopy.publish = watch
ingest([root], warehouse, workers=1, now=dt.datetime(2026, 12, 2, tzinfo=dt.UTC))
write_posts(root, [4])
report = ingest([root], warehouse, workers=1, now=dt.datetime(2026, 12, 3, tzinfo=dt.UTC))
assert report.parsed == 1 and report.published, report.summary()
print("fds at publish:", seen)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=Path(__file__).parent.parent, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "fds at publish: [None, None]" in done.stdout
    assert "leaked" not in done.stderr and "KeyError" not in done.stderr


def test_the_process_that_writes_the_warehouse_does_not_load_the_parser():
    """Only the workers parse: the parser's rules (a second to load) are not imported by `etl ingest`'s own process."""
    import subprocess
    import sys

    script = (
        "import sys, etl.cli, etl.definitions, etl.ingest, etl.posts.pool; "
        "print(sorted(m for m in ('etl.posts.parse', 'etl.posts.body', 'etl.posts.boilerplate') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
