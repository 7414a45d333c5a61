"""Schema versions of the warehouse, and the steps that upgrade an older one in place.

The warehouse is a research record (``first_seen_at``, deletion history) that cannot be
rebuilt from today's files, so a new release never asks for ``--full-refresh``: the
next run migrates the file in place. Migrations run on the writer's private working
copy (see ``store.WorkingCopy``) in one transaction, before the run's changes and the
checks; the published file is replaced only when all of that succeeded, so the
previous file stays untouched until the migrated one has been checked.

To change the schema: change ``schema.TABLES`` (new columns go at the end of a table,
so that a migrated table and a new one have the same column order), then append a
``Migration`` here whose statements bring a warehouse of the previous version to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from etl.errors import IngestError
from etl.warehouse import schema


@dataclass(frozen=True)
class Migration:
    version: int  # the version a warehouse has after this step
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        2,
        "git history: post_events, git_sources; first commit and deleting commit of files and articles",
        (
            # new tables are created from schema.TABLES by ensure_tables
            "ALTER TABLE post_files ADD COLUMN IF NOT EXISTS first_committed_at TIMESTAMPTZ",
            "ALTER TABLE post_files ADD COLUMN IF NOT EXISTS deleted_commit VARCHAR",
            "ALTER TABLE post_files ADD COLUMN IF NOT EXISTS moved_to VARCHAR",
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS first_committed_at TIMESTAMPTZ",
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS deleted_commit VARCHAR",
        ),
    ),
    Migration(
        3,
        "search and stories: articles.script; search_* and story_* tables, the search() macro",
        (
            # The new tables are created empty from schema.TABLES; the first publish after the upgrade
            # finds search_fold empty and derives search, stories and script for every article.
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS script VARCHAR",
        ),
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
# Before versioning (the releases up to November 2026) a warehouse had post_files but no
# schema_migrations table: that is version 1.
UNVERSIONED = 1

VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    description VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL)"""


class WarehouseTooNew(IngestError):
    """The warehouse was written by a newer release than this one."""


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {
        row[0]
        for row in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()
    }


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version of the warehouse open on ``con``: 0 for an empty file."""
    tables = _tables(con)
    if "schema_migrations" in tables:
        return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]
    return UNVERSIONED if "post_files" in tables else 0


def migrate(con: duckdb.DuckDBPyConnection, now: dt.datetime | None = None) -> list[Migration]:
    """Bring the warehouse on ``con`` to ``SCHEMA_VERSION``; return the steps applied.

    A new file gets the current schema at once. An older one runs each later step in
    order, in one transaction. A newer one is refused with a sentence saying so.
    """
    now = now or dt.datetime.now(dt.UTC)
    version = schema_version(con)
    if version > SCHEMA_VERSION:
        raise WarehouseTooNew(
            f"The warehouse has schema version {version}, written by a newer release of this project "
            f"(this one knows versions up to {SCHEMA_VERSION}): upgrade the project, or point ETL_WAREHOUSE elsewhere."
        )
    steps = [m for m in MIGRATIONS if m.version > version] if version else []
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(VERSION_TABLE)
        for statement in schema.table_statements():
            con.execute(statement)
        for step in steps:
            for statement in step.statements:
                con.execute(statement)
        for statement in schema.view_statements():
            con.execute(statement)
        recorded = [MIGRATIONS[-1]] if not version else steps
        for step in recorded:
            con.execute(
                "INSERT INTO schema_migrations VALUES ($version, $description, $now) ON CONFLICT DO NOTHING",
                {"version": step.version, "description": step.description, "now": now},
            )
        if not version:
            con.execute(
                "INSERT INTO schema_migrations VALUES (1, 'tables of the first release', $now) ON CONFLICT DO NOTHING",
                {"now": now},
            )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return steps
