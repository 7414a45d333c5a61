"""Data-quality checks on the warehouse, run on the working copy before it is published.

Each check is a query counting offending rows; zero means it passes. The Dagster layer
reports them as blocking asset checks; ``etl ingest`` refuses to publish when one fails.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from etl.posts.dates import EARLIEST_PLAUSIBLE, FUTURE_SLACK


@dataclass(frozen=True)
class Check:
    name: str
    table: str  # the asset (table) it belongs to
    description: str
    sql: str  # counts offending rows


CHECKS: tuple[Check, ...] = (
    Check(
        "unique_article_ids",
        "articles",
        "article_id is unique",
        "SELECT count(*) - count(DISTINCT article_id) FROM articles",
    ),
    Check(
        "titles_not_empty",
        "articles",
        "every article has a non-empty title",
        "SELECT count(*) FROM articles WHERE coalesce(trim(title), '') = ''",
    ),
    Check(
        "published_at_plausible",
        "articles",
        f"published_at is set, not in the future and not before {EARLIEST_PLAUSIBLE:%Y}",
        f"SELECT count(*) FROM articles WHERE deleted_at IS NULL AND (published_at IS NULL "
        f"OR published_at > now() + INTERVAL {FUTURE_SLACK.days} DAY "
        f"OR published_at < TIMESTAMPTZ '{EARLIEST_PLAUSIBLE.isoformat()}')",
    ),
    Check(
        "unique_paragraph_positions",
        "paragraphs",
        "(article_id, position) is unique",
        "SELECT count(*) - count(DISTINCT (article_id, position)) FROM paragraphs",
    ),
    Check(
        "paragraphs_belong_to_articles",
        "paragraphs",
        "every paragraph belongs to an article",
        "SELECT count(*) FROM paragraphs p ANTI JOIN articles a USING (article_id)",
    ),
    Check(
        "tags_belong_to_articles",
        "tags",
        "every tag belongs to an article",
        "SELECT count(*) FROM tags t ANTI JOIN articles a USING (article_id)",
    ),
    Check(
        "every_file_accounted_for",
        "post_files",
        "every file seen is an article (or a duplicate of one), rejected with a reason, deleted, or moved away",
        """SELECT count(*) FROM post_files f WHERE NOT (
                 (f.status IN ('loaded', 'duplicate') AND f.article_id IN (SELECT article_id FROM articles))
              OR (f.status = 'rejected' AND (f.posts_root, f.source_path) IN (SELECT posts_root, source_path FROM rejected_posts))
              OR f.status IN ('deleted', 'moved'))""",
    ),
)


@dataclass(frozen=True)
class CheckOutcome:
    check: Check
    failing_rows: int

    @property
    def passed(self) -> bool:
        return self.failing_rows == 0


def run_checks(con: duckdb.DuckDBPyConnection) -> list[CheckOutcome]:
    return [CheckOutcome(check, con.execute(check.sql).fetchone()[0]) for check in CHECKS]
