"""The warehouse tables as Dagster assets: one step parses what changed and publishes all of them."""

import logging
from collections.abc import Iterator
from datetime import timedelta

import dagster as dg

from etl.errors import IngestError
from etl.ingest import IngestReport, ingest
from etl.warehouse import store
from etl.warehouse.checks import CHECKS, REGRESSION_GUARD
from etl.warehouse.schema import ANALYSIS_TABLES

from .recovery import PROCESS_TAG, process_tag
from .resources import NewsArchive

WAREHOUSE_POOL = "duckdb_warehouse"

raw_posts = dg.AssetSpec(
    "raw_posts",
    description="Jekyll posts in the folders named by ETL_POSTS_DIR (clones of archive repositories): every file "
    "under a `_posts/` folder and every dated post file elsewhere (e.g. `archived/<date>/`), with their git history.",
    group_name="posts",
    kinds={"markdown"},
)

TABLE_DESCRIPTIONS = {
    "articles": "One row per article (reposts of one source URL are one article), with history columns.",
    "paragraphs": "Body text blocks of each article in reading order, boilerplate removed.",
    "tags": "Every tag and category of each article.",
    "images": "Images of each article body: source, alt text, caption.",
    "links": "Outbound links in each article body.",
    "post_files": "Manifest of every raw post file seen: content hash, status, article.",
    "rejected_posts": "Files that could not become an article, with the reason.",
    "post_events": "What the git history records for each post file: added, modified, moved, deleted, and when.",
    "search_documents": "The full-text index behind search(): one row per article (vanished ones too), "
    "with postings of Han bigrams in search_pairs and of Latin/digit words in search_postings.",
    "stories": "The story of each live article: reposts and copies across outlets and scripts share a story_id.",
    "story_summary": "One row per story: first publication, first outlet, outlets, size, span.",
}


SYNC_ASSET = "warehouse_sync"
SYNC_DESCRIPTION = (
    "When a run last compared the warehouse with the posts folders and their git HEADs. Every run materializes "
    "it, also one that finds nothing new, so its freshness says whether the warehouse is being kept up to date "
    "(the daily schedule at 06:00 UTC is the heartbeat): late after 25 hours, stale after 49."
)
# The heartbeat: a run compared the warehouse with the posts (the daily schedule guarantees one a day).
SYNC_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(hours=49), warn_window=timedelta(hours=25))
# The tables: a feed bot commits every hour, so days without a new or changed post mean the
# feed, or the clone's `git pull`, has stopped, even while the runs themselves succeed.
TABLE_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(days=7), warn_window=timedelta(days=2))


class IngestConfig(dg.Config):
    full_refresh: bool = False
    """Rebuild the warehouse from scratch instead of loading only what changed."""
    allow_regression: bool = False
    """Publish even when the share of rejected files or empty articles jumps (the posts really changed so)."""
    staged: bool = False
    """Write the files parsed ahead by the `staged_posts` partitions (see etl/defs/partitions.py)."""


@dg.multi_asset(
    name="warehouse_tables",
    specs=[
        dg.AssetSpec(
            table,
            description=TABLE_DESCRIPTIONS[table],
            group_name="warehouse",
            kinds={"duckdb", "polars"},
            deps=[raw_posts],
            freshness_policy=TABLE_FRESHNESS,
        )
        for table in ANALYSIS_TABLES
    ]
    + [
        dg.AssetSpec(
            SYNC_ASSET,
            description=SYNC_DESCRIPTION,
            group_name="warehouse",
            kinds={"duckdb"},
            deps=[raw_posts],
            freshness_policy=SYNC_FRESHNESS,
        )
    ],
    check_specs=[
        dg.AssetCheckSpec(check.name, asset=check.table, description=check.description, blocking=True)
        for check in (*CHECKS, REGRESSION_GUARD)
    ],
    pool=WAREHOUSE_POOL,
    # Every run loads all tables in one transaction; "subset" only lets a run that finds
    # nothing new record nothing, instead of empty materializations.
    can_subset=True,
)
def warehouse_tables(context: dg.AssetExecutionContext, config: IngestConfig, archive: NewsArchive):
    """Parse new and changed posts and publish the warehouse in one transaction."""
    if PROCESS_TAG not in context.run.tags:  # runs launched by the daemon: name their process
        context.instance.add_run_tags(context.run.run_id, process_tag())
    logger = logging.getLogger("etl.ingest")

    def progress(message: str) -> None:
        context.log.info(message)
        logger.info(message)  # shown by `etl ingest` on stderr

    try:
        report = ingest(
            archive.roots(),
            archive.warehouse_path(),
            full_refresh=config.full_refresh,
            progress=progress,
            allow_regression=config.allow_regression,
            staging=archive.staging_path() if config.staged else None,
        )
    except IngestError as error:
        # the sentence first, at the top of the run's log; the traceback stays in the event's cause
        raise dg.Failure(description=str(error)) from error
    context.log.info("\n" + report.summary())
    logging.getLogger("etl.summary").info(report.summary())  # printed by `etl ingest`
    selected = {key.to_user_string() for key in context.selected_asset_keys}
    if SYNC_ASSET in selected:
        yield dg.MaterializeResult(asset_key=SYNC_ASSET, metadata=_sync_metadata(report))
    if not report.published:
        # No new materialization; the checks ran again on the unchanged warehouse and report
        # that real result (a check left without one would show as skipped in the UI).
        context.log.info("Nothing changed since the last publish: no new materialization; checks re-run.")
        for table in ANALYSIS_TABLES:
            yield from _check_results(report, table)
        return
    previews = _previews(report)
    for table in ANALYSIS_TABLES:
        if table not in selected:
            continue
        yield dg.MaterializeResult(
            asset_key=table,
            metadata={
                "dagster/row_count": report.rows.get(table, 0),
                "preview": dg.MetadataValue.md(previews.get(table, "")),
                **(_run_metadata(report) if table in ("articles", "post_files") else {}),
                **(_history_metadata(report) if table == "post_events" else {}),
            },
            check_results=list(_check_results(report, table)),
        )


def _check_results(report: IngestReport, table: str) -> Iterator[dg.AssetCheckResult]:
    """Results of the checks run on the published version (a failing check stops the publish)."""
    for outcome in report.checks:
        if outcome.check.table == table:
            yield dg.AssetCheckResult(
                check_name=outcome.check.name,
                asset_key=table,
                passed=outcome.passed,
                metadata={
                    "failing_rows": outcome.failing_rows,
                    **({"note": outcome.message} if outcome.message else {}),
                },
            )


def _sync_metadata(report: IngestReport) -> dict[str, object]:
    return {
        "files_compared": report.files_seen,
        "changed_files": report.new + report.changed + report.moved + report.deleted,
        "commits_read": report.commits_read,
        "published": report.published,
        "result": "published the changes" if report.published else "nothing new: the warehouse was already current",
    }


def _run_metadata(report: IngestReport) -> dict[str, object]:
    return {
        "summary": dg.MetadataValue.md(_summary_table(report)),
        "files_seen": report.files_seen,
        "files_new": report.new,
        "files_changed": report.changed,
        "files_moved": report.moved,
        "files_deleted": report.deleted,
        "files_unchanged": report.unchanged,
        "files_read_again_by_a_newer_parser": report.reread,
        "files_parsed": report.parsed,
        "files_loaded": report.loaded_now,
        "files_rejected": report.rejected_now,
        "files_per_folder": dg.MetadataValue.json(report.folders),
        "commits_read": report.commits_read,
        "deleted_posts_read_from_git": report.from_history,
        "history_notes": dg.MetadataValue.md("\n".join(f"- {note}" for note in report.history_notes) or "none"),
        "top_rejection_reasons": dg.MetadataValue.md(
            "\n".join(f"- {count} × {reason}" for reason, count in report.top_rejections) or "none"
        ),
        "not_read": dg.MetadataValue.md("\n".join(f"- `{path}`: {why}" for path, why in report.skipped[:20]) or "none"),
        "published": report.published,
        "seconds": round(report.seconds, 2),
        "seconds_per_stage": dg.MetadataValue.json(report.stages),
    }


def _history_metadata(report: IngestReport) -> dict[str, object]:
    """How far each posts folder's git history has been read (git_sources)."""
    with store.reader(store.Path(report.warehouse)) as con:
        if con is None:
            return {}
        rows = con.execute("SELECT posts_root, head_commit, commits_read, note FROM git_sources ORDER BY 1").fetchall()
    lines = [
        f"- `{root}`: last commit `{(head or '')[:12]}`, {commits:,} commits read" for root, head, commits, _ in rows
    ]
    return {
        "last_commit_read": dg.MetadataValue.md("\n".join(lines) or "no folder is a git clone"),
        "commits_read_this_run": report.commits_read,
    }


PREVIEW_COLUMNS = {
    "articles": "left(title, 40) AS title, strftime(published_at, '%Y-%m-%d') AS published, "
    "'[' || coalesce(site, 'source') || '](' || url || ')' AS source",
    "paragraphs": "article_id, position, kind, left(text, 80) AS text",
    "tags": "article_id, kind, tag",
    "images": "article_id, position, src, caption",
    "links": "article_id, position, href, text",
    "post_files": "source_path, status, article_id, content_hash",
    "rejected_posts": "source_path, error",
    "search_documents": "article_id, terms, doc",
    "stories": "story_id, article_id",
    "story_summary": "strftime(first_published_at, '%Y-%m-%d') AS first_published, first_site, outlets, size",
    "post_events": "strftime(committed_at, '%Y-%m-%d %H:%M') AS committed, action, "
    "regexp_extract(source_path, '[^/]+$') AS file, left(commit_id, 10) AS commit",
}


def _summary_table(report: IngestReport) -> str:
    """The run's summary as a two-column Markdown table: it wraps in the UI instead of being clipped."""
    lines = ["| | |", "|---|---|"]
    for line in report.summary().splitlines():
        label, _, value = line.partition(" ")
        lines.append(f"| {label} | {_cell(value.strip())} |")
    return "\n".join(lines)


def _cell(value: object) -> str:
    return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")


def _previews(report: IngestReport) -> dict[str, str]:
    """The first rows of each table as a Markdown table, read from the published warehouse."""
    previews: dict[str, str] = {}
    with store.reader(store.Path(report.warehouse)) as con:
        if con is None:
            return previews
        for table in ANALYSIS_TABLES:
            order = {
                "articles": "published_at DESC",
                "post_events": "committed_at DESC",
                "story_summary": "size DESC, first_published_at",
            }.get(table, "1")
            frame = store.frame(con, f"SELECT {PREVIEW_COLUMNS[table]} FROM {table} ORDER BY {order} LIMIT 5")
            lines = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
            lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in frame.iter_rows()]
            previews[table] = "\n".join(lines)
    return previews
