"""Give back the warehouse pool slot of runs whose process died.

A run killed with SIGKILL (or a machine that lost power) never reports its end, so
Dagster keeps its claim on the ``duckdb_warehouse`` pool and every later run waits
forever. Each run records which process executes it (pid and start time, so a reused
pid is not mistaken for it); before a run and on every sensor tick, runs whose process
is gone are marked failed and their slots freed.
"""

import os
import socket

import dagster as dg

PROCESS_TAG = "etl/process"


def _start_time(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return fields[19].decode()  # field 22 of stat: start time in clock ticks since boot
    except (OSError, IndexError):
        return None


def process_tag() -> dict[str, str]:
    """Tags naming this process uniquely on this host."""
    pid = os.getpid()
    return {PROCESS_TAG: f"{socket.gethostname()}:{pid}:{_start_time(pid)}"}


def _process_gone(tag: str) -> bool:
    host, _, rest = tag.partition(":")
    pid, _, started = rest.partition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False  # another machine's run: not ours to judge
    return _start_time(int(pid)) != started


def release_abandoned_runs(instance: dg.DagsterInstance, pool: str) -> list[str]:
    """Fail the runs holding or awaiting ``pool`` whose process died; free their slots."""
    storage = instance.event_log_storage
    if not storage.supports_global_concurrency_limits:
        return []
    info = storage.get_concurrency_info(pool)
    run_ids = info.active_run_ids | {step.run_id for step in info.pending_steps}
    released = []
    for run_id in sorted(run_ids):
        run = instance.get_run_by_id(run_id)
        if run is not None and not run.is_finished:
            tag = run.tags.get(PROCESS_TAG)
            if tag is None or not _process_gone(tag):
                continue
            instance.report_run_failed(
                run, message="The process executing this run died (killed or crashed); its pool slot was released."
            )
        storage.free_concurrency_slots_for_run(run_id)
        released.append(run_id)
    return released
