"""Parse many post files in worker processes, with a bound on each file's cost.

A parser that crashes (a segfault in a C extension) or hangs on one hostile file
must not take the run with it. Files go to a pebble process pool in chunks, each
with a time limit; pebble replaces a worker that dies or overruns. The files of a
chunk that failed are parsed again one by one, each with its own time limit, so
the one file responsible is rejected with the reason and the rest are parsed. Even
a run of one file, or a run where every worker dies, never parses in this process
(unless ``workers == 0``): a real segfault can only cost its own file.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import as_completed

from pebble import ProcessExpired, ProcessPool

from etl.posts import history
from etl.posts.discover import content_hash
from etl.posts.parse import ParsedPost, Rejected, parse_post

CHUNK_SECONDS = 120.0  # a chunk normally takes well under a second
FILE_SECONDS = 60.0  # the largest real post parses in well under a second
CHUNK_SIZE = 32

# Where a post's bytes are: an absolute path, or (repository, blob id) for a version
# that only the git history still holds (a deleted post's last content).
Locator = str | tuple[str, str]
Task = tuple[Locator, str]  # (locator, source_path)
Result = tuple[Locator, str | None, ParsedPost | Rejected]  # (locator, content hash, outcome)


def read_post(locator: Locator) -> bytes:
    if isinstance(locator, tuple):
        return history.read_blob(*locator)
    with open(locator, "rb") as handle:
        return handle.read()


def parse_file(task: Task) -> Result:
    locator, source_path = task
    try:
        raw = read_post(locator)
    except OSError as error:
        return locator, None, Rejected(f"The file cannot be read ({error.strerror or error}).")
    except (KeyError, ValueError, RuntimeError) as error:  # pygit2: a missing or damaged object
        return locator, None, Rejected(f"Its last version cannot be read from the git history ({error}).")
    if history.is_lfs_pointer(raw):
        return (
            locator,
            content_hash(raw),
            Rejected("The file is a Git LFS pointer, not the post: its content is stored outside the repository."),
        )
    return locator, content_hash(raw), parse_post(raw, source_path)


def _parse_chunk(tasks: list[Task]) -> list[Result]:
    return [parse_file(task) for task in tasks]


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _failure(error: BaseException, seconds: float) -> Rejected:
    """Why a worker gave no result for a file, as a sentence."""
    if isinstance(error, FutureTimeout):
        return Rejected(f"The parser ran out of time on this file (over {seconds:.0f} s); it was skipped.")
    if isinstance(error, ProcessExpired):
        return Rejected(
            f"The parser crashed on this file (its process ended with code {error.exitcode}); it was skipped."
        )
    return Rejected(f"The parser failed on this file ({type(error).__name__}: {error}); it was skipped.")


SINK_BATCH = 512  # results handed to a sink at once: one DuckDB insert and commit per batch, not per chunk


class _Collector:
    """Results kept in a list, or handed to ``sink`` in batches of SINK_BATCH so that the caller never
    holds them all (and writes them in few, large inserts: one per 32-file chunk cost ~3 ms a post)."""

    def __init__(self, total: int, sink: Callable[[list[Result]], None] | None, progress) -> None:
        self.total, self.sink, self.progress = total, sink, progress
        self.results: list[Result] = []
        self.done = 0

    def extend(self, batch: list[Result]) -> None:
        self.done += len(batch)
        self.results.extend(batch)
        if self.sink is not None and len(self.results) >= SINK_BATCH:
            self.flush()
        if self.progress:
            self.progress(self.done, self.total)

    def flush(self) -> list[Result]:
        """Hand what is held to the sink (if any); the results, or [] with a sink."""
        if self.sink is not None and self.results:
            self.sink(self.results)
            self.results = []
        return self.results


def parse_files(
    tasks: Iterable[Task],
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    sink: Callable[[list[Result]], None] | None = None,
) -> list[Result]:
    """Parse files, in this process when ``workers == 0``, else in a pool of worker processes.

    With ``sink``, results go to it batch by batch as they come (and an empty list is
    returned), so memory is bounded by the batch size, not by the number of files.
    """
    tasks = list(tasks)
    workers = default_workers() if workers is None else workers
    collector = _Collector(len(tasks), sink, progress)
    if workers == 0:
        for task in tasks:
            collector.extend([parse_file(task)])
        return collector.flush()
    if not tasks:
        return collector.results
    chunks = [tasks[i : i + CHUNK_SIZE] for i in range(0, len(tasks), CHUNK_SIZE)]
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["etl.posts.parse"])
    with ProcessPool(max_workers=min(workers, len(chunks)), context=context) as pool:
        scheduled = {pool.schedule(_parse_chunk, args=(chunk,), timeout=CHUNK_SECONDS): chunk for chunk in chunks}
        retry: list[Task] = []
        for future in as_completed(scheduled):
            chunk = scheduled.pop(future)  # a done future holds its results: keep none of them
            try:
                batch = future.result()
            except Exception:
                retry.extend(chunk)  # one of these files: find it by parsing them one by one
                continue
            collector.extend(batch)
        singles = {pool.schedule(_parse_chunk, args=([task],), timeout=FILE_SECONDS): task for task in retry}
        for future in as_completed(singles):
            locator = singles.pop(future)[0]
            try:
                batch = future.result()
            except Exception as error:
                batch = [(locator, None, _failure(error, FILE_SECONDS))]
            collector.extend(batch)
    return collector.flush()
