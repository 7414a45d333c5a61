"""Parse many post files in worker processes, with a bound on each file's cost.

A parser that crashes (a segfault in a C extension) or hangs on one hostile file
must not take the run with it. Files go to workers in chunks; when a worker dies
or a chunk overruns its time, the chunk is split in halves and retried in a fresh
pool until the one file responsible is found and rejected with a reason.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from etl.posts import history
from etl.posts.discover import content_hash
from etl.posts.parse import ParsedPost, Rejected, parse_post

CHUNK_SECONDS = 60.0  # a chunk normally takes well under a second
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


def parse_files(
    tasks: Iterable[Task],
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Result]:
    """Parse files, in this process when ``workers == 0``, else in a bounded worker pool."""
    tasks = list(tasks)
    workers = default_workers() if workers is None else workers
    if workers == 0 or len(tasks) < 2:
        results = []
        for done, task in enumerate(tasks, 1):
            results.append(parse_file(task))
            if progress:
                progress(done, len(tasks))
        return results
    chunks = [tasks[i : i + CHUNK_SIZE] for i in range(0, len(tasks), CHUNK_SIZE)]
    results: list[Result] = []
    first_round = True
    while chunks:
        failed = _run_round(chunks, workers, results, progress, len(tasks))
        if first_round and not results and len(failed) == len(chunks) > 1:
            # No worker finished anything: the pool itself cannot work here (for example a script
            # without an `if __name__ == "__main__":` guard). Parse in this process instead.
            return parse_files(tasks, workers=0, progress=progress)
        first_round = False
        chunks = []
        for chunk in failed:
            if len(chunk) == 1:
                path, _ = chunk[0]
                results.append(
                    (path, None, Rejected("The parser crashed or ran out of time on this file; it was skipped."))
                )
            else:
                half = len(chunk) // 2
                chunks += [chunk[:half], chunk[half:]]
    return results


def _run_round(
    chunks: list[list[Task]],
    workers: int,
    results: list[Result],
    progress: Callable[[int, int], None] | None,
    total: int,
) -> list[list[Task]]:
    """Run chunks in one pool; return the chunks that did not finish (crash or timeout)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["etl.posts.parse"])
    failed: list[list[Task]] = []
    pool = ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=context)
    try:
        pending = {}
        for index, chunk in enumerate(chunks):
            try:
                pending[pool.submit(_parse_chunk, chunk)] = chunk
            except BrokenProcessPool:  # a worker already died: the rest waits for the next round
                failed += chunks[index:]
                break
        while pending:
            done, _ = wait(pending, timeout=CHUNK_SECONDS, return_when=FIRST_COMPLETED)
            if not done:  # a chunk overran: stop the workers, retry what is left in smaller pieces
                for process in list(getattr(pool, "_processes", {}).values()):
                    process.kill()
                failed += list(pending.values())
                break
            for future in done:
                chunk = pending.pop(future)
                try:
                    results.extend(future.result())
                except BrokenProcessPool:
                    failed.append(chunk)
                    continue
                if progress:
                    progress(len(results), total)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return failed
