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
        # the primary key enforces it on every insert: counting 2.7 M pairs again took 0.7 s a run at 10x
        "SELECT (count(*) = 0)::INTEGER FROM duckdb_constraints() WHERE table_name = 'paragraphs' "
        "AND constraint_type = 'PRIMARY KEY' AND constraint_column_names = ['article_id', 'position']",
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
    Check(
        "search_covers_every_article",
        "search_documents",
        "every article, vanished ones too, is in the search index",
        "SELECT count(*) FROM articles a ANTI JOIN search_documents d USING (article_id)",
    ),
    Check(
        "one_story_per_live_article",
        "stories",
        "every live article belongs to exactly one story",
        "SELECT count(*) FROM current_articles a "
        "WHERE (SELECT count(*) FROM stories s WHERE s.article_id = a.article_id) <> 1",
    ),
)


# Not a query: compares the run's result with the previous published state (see ``guard_regressions``).
REGRESSION_GUARD = Check(
    "no_jump_in_rejected_or_empty",
    "post_files",
    "the share of rejected files and of live articles without paragraphs did not jump against the previous "
    "publish (a parser bug must not empty the warehouse)",
    "",
)
# A jump is this many percentage points more, affecting at least this many files or articles.
JUMP_POINTS = 10.0
JUMP_MIN_COUNT = 20

STATE_SQL = """
SELECT (SELECT count(*) FROM post_files WHERE deleted_at IS NULL AND status <> 'deleted'),
       (SELECT count(*) FROM post_files WHERE deleted_at IS NULL AND status = 'rejected'),
       (SELECT count(*) FROM articles WHERE deleted_at IS NULL),
       (SELECT count(*) FROM articles a WHERE deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_id = a.article_id AND p.position = 0))"""


@dataclass(frozen=True)
class CheckOutcome:
    check: Check
    failing_rows: int
    message: str = ""

    @property
    def passed(self) -> bool:
        return self.failing_rows == 0


def run_checks(con: duckdb.DuckDBPyConnection) -> list[CheckOutcome]:
    return [CheckOutcome(check, con.execute(check.sql).fetchone()[0]) for check in CHECKS]


def warehouse_state(con: duckdb.DuckDBPyConnection) -> tuple[int, int, int, int]:
    """(live files, rejected live files, live articles, live articles without paragraphs)."""
    return con.execute(STATE_SQL).fetchone()


def guard_regressions(before: tuple[int, int, int, int], after: tuple[int, int, int, int]) -> CheckOutcome:
    """Fail when rejected files or empty articles jump against the previous publish.

    A first load has nothing to compare with and passes: a damaged archive is reported
    through ``rejected_posts``, not refused.
    """
    problems, failing = [], 0
    for what, (total_0, bad_0), (total_1, bad_1) in (
        ("rejected files", before[:2], after[:2]),
        ("live articles without paragraphs", before[2:], after[2:]),
    ):
        if not total_0 or not total_1:
            continue
        share_0, share_1 = 100 * bad_0 / total_0, 100 * bad_1 / total_1
        if share_1 - share_0 > JUMP_POINTS and bad_1 - bad_0 >= JUMP_MIN_COUNT:
            failing += bad_1 - bad_0
            problems.append(
                f"{what} rose from {share_0:.1f}% ({bad_0:,} of {total_0:,}) to {share_1:.1f}% ({bad_1:,} of {total_1:,})"
            )
    return CheckOutcome(REGRESSION_GUARD, failing, "; ".join(problems))
