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


def _crash_on_marked_file(tasks: list[pool.Task]) -> list[pool.Result]:
    """Stands in for ``pool._parse_chunk``: the worker dies (like a segfault) on a marked file."""
    if any(CRASH_MARK in source for _, source in tasks):
        os._exit(1)
    return [pool.parse_file(task) for task in tasks]


def _hang_on_marked_file(tasks: list[pool.Task]) -> list[pool.Result]:
    """Stands in for ``pool._parse_chunk``: the worker never finishes a marked file."""
    if any(HANG_MARK in source for _, source in tasks):
        time.sleep(60)
    return [pool.parse_file(task) for task in tasks]


def _raise_on_marked_file(tasks: list[pool.Task]) -> list[pool.Result]:
    """Stands in for ``pool._parse_chunk``: a bug in the parser raises on a marked file."""
    if any(CRASH_MARK in source for _, source in tasks):
        raise RuntimeError("boom")
    return [pool.parse_file(task) for task in tasks]


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
        tasks.append((str(path), name))
    return tasks


def outcomes(results: list[pool.Result]) -> dict[str, tuple[str | None, ParsedPost | Rejected]]:
    return {path: (digest, outcome) for path, digest, outcome in results}


def test_parse_file_reads_hashes_and_parses(tmp_path: Path):
    (task,) = write_posts(tmp_path, ["2021-05-28-a.md"])
    path, digest, outcome = pool.parse_file(task)
    assert path == task[0]
    assert digest == content_hash(Path(path).read_bytes())
    assert isinstance(outcome, ParsedPost) and outcome.title == "第0篇：渡轮恢复通航"


def test_unreadable_file_is_rejected_without_hash(tmp_path: Path):
    _, digest, outcome = pool.parse_file((str(tmp_path / "gone.md"), "gone.md"))
    assert digest is None
    assert isinstance(outcome, Rejected) and outcome.error.startswith("The file cannot be read")


def test_in_process_parse_reports_progress(tmp_path: Path):
    tasks = write_posts(tmp_path, [f"2021-05-2{i}-p.md" for i in range(3)])
    seen: list[tuple[int, int]] = []
    results = pool.parse_files(tasks, workers=0, progress=lambda done, total: seen.append((done, total)))
    assert [r[0] for r in results] == [t[0] for t in tasks]
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_workers_give_one_result_per_file_equal_to_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pool, "CHUNK_SIZE", 2)  # several chunks, so several workers share the files
    tasks = write_posts(tmp_path, [f"2021-05-{10 + i}-post.md" for i in range(5)])
    tasks.append((str(tmp_path / "missing.md"), "missing.md"))
    (tmp_path / "empty.md").write_bytes(b"")
    tasks.append((str(tmp_path / "empty.md"), "empty.md"))
    seen: list[tuple[int, int]] = []
    parallel = pool.parse_files(tasks, workers=2, progress=lambda done, total: seen.append((done, total)))
    serial = pool.parse_files(tasks, workers=0)
    assert len(parallel) == len(tasks)
    assert sorted(r[0] for r in parallel) == sorted(t[0] for t in tasks)
    assert outcomes(parallel) == outcomes(serial)
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
    assert len(results) == len(tasks) and set(got) == {t[0] for t in tasks}
    crashed = tasks[3][0]
    assert got[crashed][0] is None and "The parser crashed on this file" in got[crashed][1].error
    serial = outcomes(pool.parse_files([t for t in tasks if t[0] != crashed], workers=0))
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
    assert len(results) == len(tasks) and set(got) == {t[0] for t in tasks}
    assert isinstance(got[tasks[1][0]][1], Rejected) and "ran out of time" in got[tasks[1][0]][1].error
    for path, _ in (tasks[0], tasks[2]):
        assert isinstance(got[path][1], ParsedPost)


def test_a_single_crashing_file_is_isolated_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pool, "_parse_chunk", _crash_on_marked_file)
    (task,) = write_posts(tmp_path, [f"2021-05-28-{CRASH_MARK}.md"])
    (result,) = pool.parse_files([task], workers=4)  # this process survives
    assert isinstance(result[2], Rejected) and "crashed" in result[2].error


def test_every_worker_dying_rejects_every_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pool, "_parse_chunk", _crash_on_marked_file)
    monkeypatch.setattr(pool, "CHUNK_SIZE", 2)
    tasks = write_posts(tmp_path, [f"2021-05-1{i}-{CRASH_MARK}.md" for i in range(5)])
    results = pool.parse_files(tasks, workers=2)
    assert sorted(r[0] for r in results) == sorted(t[0] for t in tasks)
    assert all(isinstance(r[2], Rejected) and "crashed" in r[2].error for r in results)


def test_a_python_error_in_the_parser_is_a_rejection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pool, "_parse_chunk", _raise_on_marked_file)
    tasks = write_posts(tmp_path, ["2021-05-10-a.md", f"2021-05-11-{CRASH_MARK}.md"])
    got = outcomes(pool.parse_files(tasks, workers=2))
    assert isinstance(got[tasks[0][0]][1], ParsedPost)
    assert "The parser failed on this file (RuntimeError: boom)" in got[tasks[1][0]][1].error


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

    def sink(batch: list[pool.Result]) -> None:
        sizes.append(len(batch))
        gc.collect()
        alive_when_next_came.append(sum(ref() is not None for ref in handled))
        handled.extend(weakref.ref(outcome) for _, _, outcome in batch)

    assert pool.parse_files(tasks, workers=1, sink=sink) == []
    assert len(handled) == len(tasks) and set(alive_when_next_came) == {0}
    # chunks of two are gathered into batches of at least three (the last one: what is left)
    assert sizes == [4, 4]
