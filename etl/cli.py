"""``etl``: the command line of the warehouse.

``etl ingest`` runs the Dagster ingest job in this process against the instance in
``DAGSTER_HOME`` (so the run shows in the UI) and prints a one-screen summary.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
INTERRUPTED = "etl ingest interrupted: nothing of this run was published; the warehouse is as the last run left it."
INTERRUPTED_STATUS = 130  # as a shell reports a command ended by Ctrl-C


def _prepare_environment(args: argparse.Namespace) -> None:
    if args.posts_dir:
        os.environ["ETL_POSTS_DIR"] = args.posts_dir
    if args.warehouse:
        os.environ["ETL_WAREHOUSE"] = args.warehouse
    home = os.environ.get("DAGSTER_HOME") or str(CHECKOUT / "dagster_home")
    home_path = Path(home).absolute()  # Dagster requires an absolute path
    os.environ["DAGSTER_HOME"] = str(home_path)
    home_path.mkdir(parents=True, exist_ok=True)
    instance_config = home_path / "dagster.yaml"
    if not instance_config.exists() and (CHECKOUT / "dagster_home" / "dagster.yaml").exists():
        # a new instance gets this project's settings (no telemetry, one writer at a time)
        instance_config.write_text((CHECKOUT / "dagster_home" / "dagster.yaml").read_text())


@contextlib.contextmanager
def _instance_lock() -> Iterator[None]:
    """Two first runs on a new DAGSTER_HOME would both create its SQLite tables: take turns."""
    with open(Path(os.environ["DAGSTER_HOME"]) / ".etl-instance.lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ingest_command(args: argparse.Namespace) -> int:
    _prepare_environment(args)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("etl: %(message)s"))
    summary = logging.getLogger("etl.summary")
    summary.propagate = False
    # one handler each, on this call's streams (a second call in one process replaces the first's)
    for logger, new in ((logging.getLogger("etl"), handler), (summary, logging.StreamHandler(sys.stdout))):
        for old in [h for h in logger.handlers if getattr(h, "etl_cli", False)]:
            logger.removeHandler(old)
        new.etl_cli = True
        logger.addHandler(new)
    logging.getLogger("etl").setLevel(logging.INFO)

    from etl import settings
    from etl.errors import IngestError, check_posts_folders, check_sample_default, explain
    from etl.plan import answer, handing_over, scan
    from etl.posts.discover import split_posts_dirs

    warehouse = Path(settings.warehouse()).absolute()
    try:
        roots = split_posts_dirs(settings.posts_dirs())
        check_posts_folders(roots)
        settings.workers()  # a malformed ETL_WORKERS is said now, not in a worker
        settings.duckdb_memory()  # and a malformed ETL_DUCKDB_MEMORY, before DuckDB blames the warehouse
        if settings.posts_dirs_default():
            check_sample_default(warehouse)
    except (IngestError, ValueError) as error:
        print(f"etl ingest failed: {error}", file=sys.stderr)
        return 1
    files, known = None, None
    skipped: list[tuple[str, str]] = []
    if not args.full_refresh and not args.always_run:
        # Nothing changed: answer in well under a second, without starting a Dagster run.
        try:
            files = scan(roots, skipped)
            known = answer(roots, warehouse, files, skipped)
        except Exception as error:
            print(f"etl ingest failed: {explain(error, warehouse)}", file=sys.stderr)
            return 1
        if known.report is not None:
            print(known.report.summary())
            print("run         none started: nothing changed (use --always-run to record a run anyway)")
            return 0

    import dagster as dg  # imported here: it costs about a second

    from etl.definitions import defs
    from etl.defs.assets import WAREHOUSE_POOL
    from etl.defs.recovery import process_tag, release_abandoned_runs

    run_config = {
        "ops": {
            "warehouse_tables": {
                "config": {"full_refresh": args.full_refresh, "allow_regression": args.allow_regression}
            }
        },
        # the folders and warehouse of this command, whatever the definitions were loaded with
        "resources": {"archive": {"config": {"posts_dir": settings.posts_dirs(), "warehouse": str(warehouse)}}},
        # failures are said in one sentence below; their traces stay in the run's log in the UI
        "loggers": {"console": {"config": {"log_level": "CRITICAL"}}},
    }
    with _instance_lock():
        instance = dg.DagsterInstance.get()
        for run_id in release_abandoned_runs(instance, WAREHOUSE_POOL):
            print(f"etl: run {run_id} had died holding the warehouse pool; marked failed", file=sys.stderr)
        busy = instance.event_log_storage.get_concurrency_info(WAREHOUSE_POOL).active_run_ids
        if busy:
            print(f"etl: waiting for run(s) {', '.join(sorted(busy))} to leave pool {WAREHOUSE_POOL}", file=sys.stderr)
    # the run (in this process) takes the scan just made rather than scanning again
    with instance, handing_over(roots, files, skipped, known) if files is not None else contextlib.nullcontext():
        del files  # the run takes it, and lets it go once planned
        result = defs.resolve_job_def("ingest").execute_in_process(
            instance=instance, run_config=run_config, raise_on_error=False, tags=process_tag()
        )
    if not result.success and _interrupted(result):
        print(f"{INTERRUPTED} (run {result.run_id})", file=sys.stderr)
        return INTERRUPTED_STATUS
    if not result.success:
        reasons = [_failure_sentence(event) for event in result.all_events if event.is_step_failure]
        reason = next((r for r in reasons if r), "see the run's log in the Dagster UI")
        print(f"etl ingest failed: {reason} (run {result.run_id})", file=sys.stderr)
        return 1
    print(f"run         {result.run_id} (dagster_home {os.environ['DAGSTER_HOME']})")
    return 0


def _interrupted(result) -> bool:
    """Whether the run ended because the user pressed Ctrl-C (Dagster turns it into an interruption)."""
    for event in result.all_events:
        data = event.step_failure_data if event.is_step_failure else None
        error = data.error if data is not None else None
        while error is not None:
            if error.cls_name in ("DagsterExecutionInterruptedError", "KeyboardInterrupt", "InterruptException"):
                return True
            error = error.cause
    return any(event.event_type_value == "PIPELINE_CANCELED" for event in result.all_events)


def _failure_sentence(event) -> str | None:
    """The sentence of a failed step: our Failure's description, else the innermost cause."""
    data = event.step_failure_data
    if data is None:
        return None
    if data.user_failure_data is not None and data.user_failure_data.description:
        return data.user_failure_data.description
    error = data.error
    while error is not None and error.cause is not None:
        error = error.cause
    return error.message.strip().splitlines()[0] if error is not None else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="etl", description="Jekyll news archives -> DuckDB warehouse.")
    commands = parser.add_subparsers(dest="command", required=True)
    ingest = commands.add_parser("ingest", help="bring the warehouse up to date with the posts folder(s)")
    ingest.add_argument("--full-refresh", action="store_true", help="rebuild the warehouse from scratch")
    ingest.add_argument("--always-run", action="store_true", help="start a Dagster run even when no post file changed")
    ingest.add_argument(
        "--allow-regression",
        action="store_true",
        help="publish even when the share of rejected files or empty articles jumps against the last publish",
    )
    ingest.add_argument("--posts-dir", help="posts folder(s), ':'-separated (default: $ETL_POSTS_DIR or the sample)")
    ingest.add_argument("--warehouse", help="DuckDB file (default: $ETL_WAREHOUSE or warehouse/news.duckdb)")
    ingest.set_defaults(handler=ingest_command)
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return INTERRUPTED_STATUS


if __name__ == "__main__":
    sys.exit(main())
