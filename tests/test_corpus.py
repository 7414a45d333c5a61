"""The real archives in ../shared/corpus (skipped when absent): accounting, clean text, replay."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from etl.ingest import ingest

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

MARKUP = r"<(p|div|span|a|img|br|script|style)[ >/]|<!--|&nbsp;|&amp;"


def one(con: duckdb.DuckDBPyConnection, sql: str):
    return con.execute(sql).fetchone()[0]


def test_three_archives_every_file_accounted_for_and_text_clean(corpus, tmp_path: Path):
    roots = [corpus(name) for name in ("oped2-2025-02-15", "teahouse-2025-07-02", "society-2026-03-23")]
    warehouse = tmp_path / "news.duckdb"
    report = ingest(roots, warehouse)
    files = sum(1 for root in roots for path in (root / "_posts").rglob("*") if path.is_file())
    assert report.files_seen == files
    assert all(outcome.passed for outcome in report.checks)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert one(con, "SELECT count(*) FROM post_files") == files
        loaded = one(con, "SELECT count(*) FROM post_files WHERE status IN ('loaded', 'duplicate')")
        assert loaded + one(con, "SELECT count(*) FROM rejected_posts") == files
        assert loaded >= 0.99 * files
        assert one(con, "SELECT count(*) FROM articles WHERE published_at IS NULL OR trim(title) = ''") == 0
        with_text = one(con, "SELECT count(DISTINCT article_id) FROM paragraphs") / one(
            con, "SELECT count(*) FROM articles"
        )
        assert with_text >= 0.98
        assert one(con, f"SELECT count(*) FROM paragraphs WHERE regexp_matches(text, '{MARKUP}')") == 0
        repeated = one(
            con,
            """WITH p AS (SELECT text, count(DISTINCT article_id) n FROM paragraphs WHERE length(text) >= 10
                          GROUP BY text)
               SELECT sum(n) FILTER (WHERE n >= 5) / sum(n) FROM p""",
        )
        assert (repeated or 0) < 0.005


def signature(warehouse: Path) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            """SELECT a.url, a.title,
                      (SELECT string_agg(p.text, '¶' ORDER BY p.position) FROM paragraphs p
                        WHERE p.article_id = a.article_id),
                      (SELECT string_agg(t.tag, ',' ORDER BY t.tag) FROM tags t WHERE t.article_id = a.article_id)
               FROM articles a WHERE a.deleted_at IS NULL ORDER BY a.article_id"""
        ).fetchall()


def test_replay_of_oped2_snapshots_equals_full_load(corpus, tmp_path: Path):
    live = tmp_path / "posts"
    replay, full = tmp_path / "replay.duckdb", tmp_path / "full.duckdb"
    for name in ("oped2-2020-12-01", "oped2-2021-01-06", "oped2-2025-02-15"):
        shutil.rmtree(live, ignore_errors=True)
        shutil.copytree(corpus(name) / "_posts", live / "_posts")
        ingest([live], replay)
    assert not ingest([live], replay).published  # a second run changes nothing
    ingest([live], full)
    assert signature(replay) == signature(full)
    with duckdb.connect(str(replay), read_only=True) as con:
        assert one(con, "SELECT count(*) FROM articles WHERE deleted_at IS NOT NULL") == 47
