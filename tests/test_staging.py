"""Parsing posts folders ahead (a partition per folder), then one writer: the same tables as one run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

from etl.ingest import ingest
from etl.staging import stage_folder
from tests.postgen import write_posts

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
TABLES = ("articles", "paragraphs", "tags", "images", "links", "post_files", "rejected_posts", "stories")


def tables(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES}


def test_staged_folders_then_one_writer_equal_one_run(tmp_path: Path, sample_posts: Path):
    generated = tmp_path / "generated"
    write_posts(generated, range(30))
    (generated / "_posts" / "2022-02-02-broken.md").write_text("---\ntitle: [unclosed\n---\nbody\n", encoding="utf-8")
    roots = [sample_posts, generated]
    single = tmp_path / "single" / "news.duckdb"
    ingest(roots, single, workers=0, now=NOW)

    staged = tmp_path / "staged" / "news.duckdb"
    staging = tmp_path / "staging"
    reports = [stage_folder(root, staged, staging, workers=1) for root in roots]
    assert [r.staged for r in reports] == [r.files_seen for r in reports]  # empty warehouse: every file
    report = ingest(roots, staged, workers=0, now=NOW, staging=staging)
    assert report.parsed == sum(r.staged for r in reports)
    assert tables(staged) == tables(single)


def test_a_file_changed_after_staging_is_parsed_again(tmp_path: Path):
    root = tmp_path / "posts"
    paths = write_posts(root, range(5))
    warehouse = tmp_path / "wh" / "news.duckdb"
    ingest([root], warehouse, workers=0, now=NOW)
    paths[0].write_text(paths[0].read_text(encoding="utf-8") + "\n<p>Staged edit.</p>\n", encoding="utf-8")
    staging = tmp_path / "staging"
    assert stage_folder(root, warehouse, staging, workers=0).staged == 1  # only what changed
    paths[0].write_text(paths[0].read_text(encoding="utf-8") + "\n<p>Edit after staging.</p>\n", encoding="utf-8")
    ingest([root], warehouse, workers=0, now=NOW, staging=staging)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        texts = [r[0] for r in con.execute("SELECT text FROM paragraphs WHERE text LIKE '%staging%'").fetchall()]
    assert texts == ["Edit after staging."]


def test_partitions_through_dagster_give_the_same_tables_as_the_ingest_job(tmp_path: Path, sample_posts: Path):
    import dagster as dg

    from etl.defs.assets import warehouse_tables
    from etl.defs.partitions import build_staged_posts, folder_partitions
    from etl.defs.resources import NewsArchive

    generated = tmp_path / "generated"
    write_posts(generated, range(12))
    posts_dir = f"{sample_posts}:{generated}"
    single = tmp_path / "single" / "news.duckdb"
    staged = tmp_path / "staged" / "news.duckdb"
    partitions = folder_partitions(posts_dir)
    staged_posts = build_staged_posts(partitions)
    assert len(partitions.get_partition_keys()) == 2
    with dg.instance_for_test() as instance:
        archive = NewsArchive(posts_dir=posts_dir, warehouse=str(single))
        assert dg.materialize([warehouse_tables], resources={"archive": archive}, instance=instance).success
        archive = NewsArchive(posts_dir=posts_dir, warehouse=str(staged))
        for key in partitions.get_partition_keys():
            result = dg.materialize(
                [staged_posts], partition_key=key, resources={"archive": archive}, instance=instance
            )
            assert result.success
        assert (archive.staging_path()).is_dir()
        result = dg.materialize(
            [warehouse_tables],
            resources={"archive": archive},
            instance=instance,
            run_config={"ops": {"warehouse_tables": {"config": {"staged": True}}}},
        )
        assert result.success
    assert not any(archive.staging_path().iterdir())  # the shards are gone once published
    same = {t: rows for t, rows in tables(staged).items() if t not in ("articles", "post_files", "rejected_posts")}
    assert same == {t: rows for t, rows in tables(single).items() if t in same}
    with duckdb.connect(str(staged), read_only=True) as a, duckdb.connect(str(single), read_only=True) as b:
        query = "SELECT article_id, posts_root, source_path, title, url FROM articles ORDER BY ALL"
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
