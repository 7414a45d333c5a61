"""Incremental loads: edits, deletions, reposts, idempotence, equality with a full load."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from etl.ingest import ingest
from tests.postgen import post_name, post_text, write_posts

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def at(hours: int) -> dt.datetime:
    return T0 + dt.timedelta(hours=hours)


def rows(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def content_signature(warehouse: Path) -> list[tuple]:
    """What an analyst sees of the live articles: url, title, paragraphs, tags."""
    return rows(
        warehouse,
        """
        SELECT a.url, a.title, a.published_at,
               (SELECT string_agg(p.kind || ':' || p.text, '¶' ORDER BY p.position) FROM paragraphs p
                 WHERE p.article_id = a.article_id),
               (SELECT string_agg(t.kind || ':' || t.tag, ',' ORDER BY t.kind, t.tag) FROM tags t
                 WHERE t.article_id = a.article_id)
        FROM articles a WHERE a.deleted_at IS NULL ORDER BY a.article_id
        """,
    )


def test_edit_replaces_content_and_keeps_first_seen(tmp_path: Path, warehouse: Path):
    root = tmp_path / "posts"
    (path,) = write_posts(root, [1])
    ingest([root], warehouse, workers=0, now=at(0))
    path.write_text(post_text(1, body_note="（更正版）"), encoding="utf-8")
    report = ingest([root], warehouse, workers=0, now=at(1))
    assert (report.new, report.changed, report.deleted, report.parsed) == (0, 1, 0, 1)
    (first_seen, updated, deleted), *_ = rows(warehouse, "SELECT first_seen_at, updated_at, deleted_at FROM articles")
    assert (first_seen, updated, deleted) == (at(0), at(1), None)
    texts = [r[0] for r in rows(warehouse, "SELECT text FROM paragraphs ORDER BY position")]
    assert len(texts) == 4 and all("更正版" in t for t in texts)


def test_deleted_article_is_kept_marked_and_comes_back(tmp_path: Path, warehouse: Path):
    root = tmp_path / "posts"
    paths = write_posts(root, range(3))
    ingest([root], warehouse, workers=0, now=at(0))
    saved = paths[0].read_bytes()
    paths[0].unlink()
    report = ingest([root], warehouse, workers=0, now=at(1))
    assert report.deleted == 1
    assert rows(warehouse, "SELECT count(*) FROM current_articles") == [(2,)]
    assert rows(warehouse, "SELECT count(*), min(deleted_at) FROM deleted_articles") == [(1, at(1))]
    # history stays queryable: the vanished article keeps its paragraphs
    assert rows(warehouse, "SELECT count(*) FROM paragraphs JOIN deleted_articles USING (article_id)") == [(4,)]
    assert rows(warehouse, "SELECT status FROM post_files WHERE deleted_at IS NOT NULL") == [("deleted",)]
    paths[0].write_bytes(saved)
    ingest([root], warehouse, workers=0, now=at(2))
    assert rows(warehouse, "SELECT count(*) FROM articles WHERE deleted_at IS NULL") == [(3,)]
    assert rows(warehouse, "SELECT count(*) FROM post_files WHERE status = 'loaded'") == [(3,)]


def test_an_article_its_file_no_longer_gives_keeps_its_last_content(tmp_path: Path, warehouse: Path):
    """A file emptied (rejected now) or given another `from:` URL leaves its old article deleted with its
    paragraphs, tags and search rows, as a removed file's article keeps them."""
    root = tmp_path / "posts"
    emptied, edited, removed = write_posts(root, range(3))
    content = (
        "SELECT a.url, (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.article_id), "
        "(SELECT count(*) FROM tags t WHERE t.article_id = a.article_id) FROM articles a "
    )
    ingest([root], warehouse, workers=0, now=at(0))
    before = rows(warehouse, content + "ORDER BY 1")
    emptied.write_text("", encoding="utf-8")
    edited.write_text(post_text(1, url="https://news.example.com/moved/000001"), encoding="utf-8")
    removed.unlink()
    ingest([root], warehouse, workers=0, now=at(1))
    assert rows(warehouse, content + f"WHERE a.deleted_at = TIMESTAMPTZ '{at(1).isoformat()}' ORDER BY 1") == before
    assert all(paragraphs == 4 and tags > 0 for _, paragraphs, tags in before)
    assert rows(warehouse, "SELECT url FROM articles WHERE deleted_at IS NULL") == [
        ("https://news.example.com/moved/000001",)
    ]
    found = rows(warehouse, "SELECT url FROM search('第0篇第2段') UNION ALL SELECT url FROM search('第1篇第3段')")
    assert sorted(found) == sorted([(before[0][0],), (before[1][0],), ("https://news.example.com/moved/000001",)])
    assert rows(warehouse, "SELECT status FROM post_files ORDER BY source_path") == [
        ("rejected",),
        ("loaded",),
        ("deleted",),
    ]


def test_reposts_of_one_url_are_one_article_and_newest_wins(tmp_path: Path, warehouse: Path):
    root = tmp_path / "posts"
    (original,) = write_posts(root, [5])
    url = "https://news.example.com/晨光日报/000005"
    repost = root / "_posts" / post_name(9)  # a later day: the same report, its text revised
    newer = post_text(9, body_note="（转载新版）", url=url).replace('title: "第9号', 'title: "第5号')
    repost.write_text(newer, encoding="utf-8")
    ingest([root], warehouse, workers=0)
    assert rows(warehouse, "SELECT count(*), max(file_count) FROM articles") == [(1, 2)]
    assert sorted(rows(warehouse, "SELECT status FROM post_files")) == [("duplicate",), ("loaded",)]
    assert rows(warehouse, "SELECT count(DISTINCT article_id) FROM post_files") == [(1,)]
    assert all("转载新版" in r[0] for r in rows(warehouse, "SELECT text FROM paragraphs"))
    # the newest version goes away: the older one takes over, the article stays live
    repost.unlink()
    ingest([root], warehouse, workers=0)
    assert rows(warehouse, "SELECT count(*) FROM current_articles") == [(1,)]
    assert not any("转载新版" in r[0] for r in rows(warehouse, "SELECT text FROM paragraphs"))
    assert original.exists()


def test_same_archive_under_two_roots_is_loaded_once(tmp_path: Path, warehouse: Path):
    first, second = tmp_path / "a", tmp_path / "b"
    write_posts(first, range(4))
    shutil.copytree(first, second)
    report = ingest([first, second], warehouse, workers=0)
    assert report.files_seen == 8
    assert rows(warehouse, "SELECT count(*) FROM articles") == [(4,)]
    assert rows(warehouse, "SELECT count(*) FROM post_files WHERE article_id IS NOT NULL") == [(8,)]


def test_touched_files_are_hashed_not_parsed(tmp_path: Path, warehouse: Path):
    root = tmp_path / "posts"
    paths = write_posts(root, range(3))
    ingest([root], warehouse, workers=0)
    for path in paths:  # a fresh git clone: same bytes, new mtimes
        path.touch()
    report = ingest([root], warehouse, workers=0)
    assert report.parsed == 0 and report.changed == 0
    assert ingest([root], warehouse, workers=0).published is False


@pytest.mark.parametrize("workers", [0, 2])
def test_replay_of_snapshots_equals_one_full_load(tmp_path: Path, workers: int):
    """Like the oped2 replay: adds and edits, then adds and deletions, then compare."""
    live = tmp_path / "live"
    replay, full = tmp_path / "replay.duckdb", tmp_path / "full.duckdb"
    write_posts(live, range(0, 30))
    ingest([live], replay, workers=workers, now=at(0))
    write_posts(live, range(30, 45))
    for index in (3, 7):
        (live / "_posts" / post_name(index)).write_text(post_text(index, body_note="（修订）"), encoding="utf-8")
    ingest([live], replay, workers=workers, now=at(1))
    write_posts(live, range(45, 60))
    for index in range(10, 15):
        (live / "_posts" / post_name(index)).unlink()
    ingest([live], replay, workers=workers, now=at(2))
    again = ingest([live], replay, workers=workers, now=at(3))
    assert not again.published  # running a step twice changes nothing

    ingest([live], full, workers=workers, now=at(2))
    assert content_signature(replay) == content_signature(full)
    assert rows(replay, "SELECT count(*) FROM articles WHERE deleted_at IS NOT NULL") == [(5,)]
    refreshed = ingest([live], replay, workers=workers, full_refresh=True, now=at(4))
    assert refreshed.full_refresh and content_signature(replay) == content_signature(full)


def test_the_no_change_answer_notices_every_kind_of_change(tmp_path: Path, warehouse: Path):
    """DuckDB compares the scan with the manifest: an unchanged file costs no Python object, and
    each kind of change brings exactly its file to the plan."""
    from etl.plan import scan, up_to_date
    from etl.warehouse import store

    root = tmp_path / "posts"
    paths = write_posts(root, [1, 2, 3])
    ingest([root], warehouse, workers=0, now=at(0))

    def looked_at() -> tuple[list[str], list[str]]:
        """(files of the scan the plan looks at, manifest rows it reads)."""
        listing = scan([root])
        with store.manifest_reader(warehouse) as con:
            look, manifest = store.manifest_against(con, listing)
        return [listing.source_path(i) for i in look], sorted(path for _, path in manifest)

    assert looked_at() == ([], [])
    assert up_to_date([root], warehouse) is not None
    name = lambda path: f"_posts/{path.name}"  # noqa: E731
    changes = [
        # same bytes, new mtime: compared, then hashed by the run
        (lambda: os.utime(paths[0], ns=(1, 1)), ([name(paths[0])], [name(paths[0])])),
        (
            lambda: paths[1].write_text(paths[1].read_text(encoding="utf-8") + "\nmore\n", encoding="utf-8"),
            ([name(paths[1])], [name(paths[1])]),
        ),
        (lambda: paths[2].unlink(), ([], [name(paths[2])])),
        (
            lambda: (root / "_posts" / post_name(9)).write_text(post_text(9), encoding="utf-8"),
            ([f"_posts/{post_name(9)}"], [name(paths[2])]),  # the deleted file stays in the manifest, deleted
        ),
    ]
    for hour, (change, expected) in enumerate(changes, start=1):
        change()
        assert looked_at() == expected
        assert up_to_date([root], warehouse) is None
        ingest([root], warehouse, workers=0, now=at(hour))
        assert up_to_date([root], warehouse) is not None


def test_the_no_change_answer_compares_the_scan_with_the_one_the_last_publish_planned_from(
    tmp_path: Path, warehouse: Path, monkeypatch: pytest.MonkeyPatch
):
    """A scan identical to the one the last publish was planned from (its digest, in scan_state) is
    answered without a plan; any other scan is planned, and only a real change starts a run."""
    from etl import plan
    from etl.warehouse import store

    root = tmp_path / "posts"
    paths = write_posts(root, [1, 2, 3])
    ingest([root], warehouse, workers=0, now=at(0))
    with store.manifest_reader(warehouse) as con:
        assert store.scan_digest(con) == plan.scan([root]).fingerprint()
    planned = []
    real_plan_files = plan.plan_files
    monkeypatch.setattr(plan, "plan_files", lambda *args, **kw: planned.append(1) or real_plan_files(*args, **kw))
    assert plan.up_to_date([root], warehouse) is not None
    assert planned == []
    os.utime(paths[0], ns=(5, 5))  # the same content: the plan says touched, a run records the new mtime
    assert plan.up_to_date([root], warehouse) is None
    assert planned == [1]
    ingest([root], warehouse, workers=0, now=at(1))  # called directly, the run plans (nothing was handed over)
    assert planned == [1, 1]
    assert plan.up_to_date([root], warehouse) is not None
    assert planned == [1, 1]
    with duckdb.connect(str(warehouse)) as con:  # a warehouse without the digest (as before schema 9) is planned
        con.execute("DELETE FROM scan_state")
    assert plan.up_to_date([root], warehouse) is not None
    assert planned == [1, 1, 1]


def test_the_no_change_answer_with_folders_out_of_order_and_a_tab_in_a_name(tmp_path: Path, warehouse: Path):
    """Folders named in any order, and a name holding a tab, are compared file by file."""
    from etl.plan import up_to_date

    second, first = tmp_path / "b-posts", tmp_path / "a-posts"
    write_posts(first, [1, 2])
    paths = write_posts(second, [3])
    (second / "_posts" / "2024-01-05-tab\tin name.md").write_text(post_text(5), encoding="utf-8")
    ingest([second, first], warehouse, workers=0, now=at(0))
    assert up_to_date([second, first], warehouse) is not None
    assert up_to_date([first, second], warehouse) is not None
    (second / "_posts" / "2024-01-05-tab\tin name.md").touch()
    assert up_to_date([second, first], warehouse) is None
    ingest([second, first], warehouse, workers=0, now=at(1))
    assert up_to_date([second, first], warehouse) is not None
    (second / "_posts" / "2024-01-05-tab\tin name.md").unlink()
    assert up_to_date([second, first], warehouse) is None
    ingest([second, first], warehouse, workers=0, now=at(2))
    assert up_to_date([second, first], warehouse) is not None
    paths[0].write_text(paths[0].read_text(encoding="utf-8") + "\nmore\n", encoding="utf-8")
    assert up_to_date([second, first], warehouse) is None


def test_scoped_reads_and_their_join_fallback_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A run reads the rows of its few articles with a list filter (etl/warehouse/few.py), and with
    the join past FEW articles: both give the same tables."""
    from etl.warehouse import few

    default = few.FEW

    live = tmp_path / "live"
    write_posts(live, range(0, 12))
    tables = (
        "SELECT * FROM paragraphs ORDER BY ALL",
        "SELECT * FROM boilerplate_blocks ORDER BY ALL",
        "SELECT * FROM search_paragraphs ORDER BY ALL",
        "SELECT article_id, terms FROM search_documents ORDER BY ALL",
        "SELECT * FROM stories ORDER BY ALL",
    )
    found = {}
    for limit in (default, 0):
        monkeypatch.setattr(few, "FEW", limit)
        warehouse = tmp_path / f"few{limit}.duckdb"
        ingest([live], warehouse, workers=0, now=at(0))
        (live / "_posts" / post_name(3)).write_text(post_text(3, body_note="（修订）"), encoding="utf-8")
        (live / "_posts" / post_name(5)).unlink()
        write_posts(live, [20])
        ingest([live], warehouse, workers=0, now=at(1))
        found[limit] = [rows(warehouse, sql) for sql in tables]
        write_posts(live, [3, 5])  # back as they were, for the next pass
        (live / "_posts" / post_name(20)).unlink()
    assert found[default] == found[0]


def six_posts_sharing(tmp_path: Path, block: str, slug: str) -> tuple[Path, Path]:
    """Six posts of one site (``<slug>.example.com``), each with its own text and ``block``, loaded."""
    from tests.newsgen import write_post

    live = tmp_path / "live"
    for i in range(6):
        write_post(
            live,
            f"{slug}{i}",
            f"街坊消息{i}",
            [f"第{i}则消息的正文，说的是第{i}件事。", block],
            site=f"{slug}.example.com",
        )
    replay = tmp_path / "replay.duckdb"
    ingest([live], replay, workers=0, now=at(0))
    return live, replay


def test_repeated_blocks_follow_the_count_through_block_texts(tmp_path: Path):
    """A signature in 5+ live articles of a site is boilerplate; when deletions bring it under 5,
    the other articles carrying it (found through block_texts, not by reading every block) show it
    again, as a full load does; block_texts always holds every article's current blocks."""
    from etl.ingest import ARTICLE_BLOCKS

    signature = "东区社区报每周三出版一期，每期八版，内容涵盖街坊生活。"
    live, replay = six_posts_sharing(tmp_path, signature, "s")
    shown = "SELECT count(*) FROM paragraphs WHERE text = '" + signature + "'"
    assert rows(replay, shown) == [(0,)]
    for i in (0, 1):
        (live / "_posts" / f"2024-03-01-s{i}.md").unlink()
    ingest([live], replay, workers=0, now=at(1))
    assert rows(replay, shown) == [(6,)]  # the deleted articles keep their text, shown in full too
    full = tmp_path / "full.duckdb"
    ingest([live], full, workers=0, now=at(1))
    live_only = "SEMI JOIN (SELECT article_id FROM articles WHERE deleted_at IS NULL) USING (article_id) ORDER BY ALL"
    for table in ("paragraphs", "boilerplate_blocks", "block_texts"):
        assert rows(replay, f"SELECT * FROM {table} {live_only}") == rows(full, f"SELECT * FROM {table} {live_only}")
    assert rows(replay, "SELECT * FROM block_texts ORDER BY ALL") == rows(
        replay,
        f"SELECT DISTINCT a.article_id, a.site, a.deleted_at IS NULL, md5_number(b.text) FROM {ARTICLE_BLOCKS} "
        "ORDER BY ALL",
    )


def test_a_site_wide_block_re_derives_other_articles_only_when_it_crosses_the_threshold(tmp_path: Path):
    """Editing one post of a site whose footer is in every post, or adding one more such post, leaves the
    other posts' paragraphs and index alone (only their boilerplate count changes); the tables still
    equal a full load."""
    from tests.newsgen import write_post

    footer = "本站文章欢迎转载，请注明出处并附上原文链接，谢谢合作。"
    live, replay = six_posts_sharing(tmp_path, footer, "f")
    docs = "SELECT article_id, doc FROM search_documents ORDER BY ALL"
    before = dict(rows(replay, docs))
    write_post(live, "f0", "街坊消息0", ["第0则消息改过的正文。", footer], site="f.example.com")  # same footer
    write_post(live, "f6", "街坊消息6", ["第6则消息的正文。", footer], site="f.example.com")  # one more carrier
    ingest([live], replay, workers=0, now=at(1))
    after = dict(rows(replay, docs))
    unchanged = [a for a in before if after.get(a) == before[a]]
    assert len(unchanged) == 5  # f1..f5 were not re-derived nor re-indexed
    assert rows(replay, "SELECT DISTINCT repeated_in FROM boilerplate_blocks") == [(7,)]
    full = tmp_path / "full.duckdb"
    ingest([live], full, workers=0, now=at(1))
    for table in ("paragraphs", "boilerplate_blocks", "block_texts"):
        assert rows(replay, f"SELECT * FROM {table} ORDER BY ALL") == rows(full, f"SELECT * FROM {table} ORDER BY ALL")


def test_a_short_repeated_block_inside_the_article_is_the_authors_and_follows_its_neighbours(tmp_path: Path):
    """A section heading every post of a site has ('结论') between the article's own paragraphs stays; the same
    short text at the article's edge, or beside another repeated block, is the template's. When a neighbour
    becomes repeated in a later run, the heading goes there too, as a full load of the same posts shows."""
    from tests.newsgen import write_post

    live = tmp_path / "live"
    credit = "图：本报设计部"  # short, at the end: the site's
    for i in range(6):
        own = [f"第{i}篇的开头，讲第{i}件事的来龙去脉。", "结论", f"第{i}篇的结论，说清楚第{i}件事的影响。", credit]
        write_post(live, f"c{i}", f"街坊消息{i}", own, site="c.example.com")
    replay = tmp_path / "replay.duckdb"
    ingest([live], replay, workers=0, now=at(0))
    count = "SELECT count(*) FROM paragraphs WHERE text = $text"
    assert rows(replay, count.replace("$text", "'结论'")) == [(6,)]
    assert rows(replay, count.replace("$text", f"'{credit}'")) == [(0,)]
    # five posts now open their conclusion with the same sentence: the heading sits beside a repeated block
    shared = "以上就是本周的街坊消息。"
    for i in range(5):
        own = [f"第{i}篇的开头，讲第{i}件事的来龙去脉。", "结论", shared, f"第{i}篇的结论。", credit]
        write_post(live, f"c{i}", f"街坊消息{i}", own, site="c.example.com")
    ingest([live], replay, workers=0, now=at(1))
    assert rows(replay, count.replace("$text", "'结论'")) == [(1,)]  # only c5's, between its own paragraphs
    full = tmp_path / "full.duckdb"
    ingest([live], full, workers=0, now=at(1))
    for table in ("paragraphs", "boilerplate_blocks"):
        assert rows(replay, f"SELECT * FROM {table} ORDER BY ALL") == rows(full, f"SELECT * FROM {table} ORDER BY ALL")


@pytest.mark.parametrize("max_age", [30.0, -1.0])
def test_etl_ingest_scans_the_folders_once_and_its_run_sees_the_change(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, warehouse: Path, max_age: float
):
    """The CLI's no-change answer scans; the run it then starts in this process takes that scan
    (unless it started too late to trust it) instead of reading every entry again."""
    from etl import cli, plan

    root = tmp_path / "posts"
    paths = write_posts(root, [1, 2, 3])
    ingest([root], warehouse, workers=0, now=at(0))
    added = "<p>街坊代表追加说明：补偿方案将分三期公布，首期在下月。</p>"
    paths[0].write_text(
        paths[0].read_text(encoding="utf-8").replace("</p><div", f"</p>{added}<div", 1), encoding="utf-8"
    )
    scans, plans = [], []
    real_list_posts, real_plan_files = plan.list_posts, plan.plan_files
    monkeypatch.setattr(plan, "list_posts", lambda *args: scans.append(args[0]) or real_list_posts(*args))
    monkeypatch.setattr(plan, "plan_files", lambda *args, **kw: plans.append(1) or real_plan_files(*args, **kw))
    monkeypatch.setattr(plan, "HANDED_SCAN_MAX_AGE", max_age)
    monkeypatch.setenv("ETL_POSTS_DIR", str(root))
    monkeypatch.setenv("ETL_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    monkeypatch.setenv("ETL_WORKERS", "0")
    assert cli.main(["ingest"]) == 0
    assert len(scans) == (1 if max_age > 0 else 2)
    assert len(plans) == (1 if max_age > 0 else 2)  # the run takes the plan made with the scan
    assert plan._handed is None and plan._handed_plan is None  # nothing is left for a later run in this process
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM paragraphs WHERE text LIKE '街坊代表追加说明%'").fetchone() == (1,)


def test_a_plan_handed_to_the_run_is_not_used_once_another_run_has_published(tmp_path: Path, warehouse: Path):
    """The plan `etl ingest` made is the run's only while the warehouse it was planned against is still the
    one published: a run that waited for another one plans again."""
    from etl import plan
    from etl.warehouse import store

    root = tmp_path / "posts"
    paths = write_posts(root, [1, 2, 3])
    ingest([root], warehouse, workers=0, now=at(0))
    paths[1].unlink()
    files = plan.scan([root], [])
    known = plan.answer([root], warehouse, files, [])
    assert known.report is None and known.plan is not None and known.plan.deleted
    with plan.handing_over([root], files, [], known):
        taken = plan.scan([root], [])
        assert taken is files
        assert plan.plan_run(taken, None, warehouse) is known.plan

    ingest([root], warehouse, workers=0, now=at(1))  # another run publishes the deletion first
    with plan.handing_over([root], files, [], known):
        taken = plan.scan([root], [])
        with store.manifest_reader(warehouse) as con:
            again = plan.plan_run(taken, con, warehouse)
    assert again is not known.plan and not again.has_changes


def test_a_release_that_parses_differently_reads_every_file_again_and_keeps_the_history(
    sample_posts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from etl import ingest as ingest_module
    from etl import plan
    from etl.posts import PARSER_VERSION, pool
    from etl.posts.parse import ParsedPost

    def older_parse(raw: bytes, source_path: str):  # an older release: each post's first block only
        post = parse_post(raw, source_path)
        if isinstance(post, ParsedPost):
            post.blocks = post.blocks[:1]
        return post

    parse_post = pool.parse_post
    warehouse = tmp_path / "w" / "news.duckdb"
    with monkeypatch.context() as older:  # the parser is compiled: replaced where the pool calls it
        older.setattr(pool, "parse_post", older_parse)
        ingest([sample_posts], warehouse, workers=0, now=at(0))
    before = content_signature(warehouse)
    files_before = rows(warehouse, "SELECT source_path, first_seen_at, changed_at FROM post_files ORDER BY 1")
    assert plan.up_to_date([sample_posts], warehouse) is not None  # same release: nothing to do

    newer = PARSER_VERSION + 1  # this release reads posts differently
    monkeypatch.setattr(ingest_module, "PARSER_VERSION", newer)
    monkeypatch.setattr(plan, "PARSER_VERSION", newer)
    assert plan.up_to_date([sample_posts], warehouse) is None  # the CLI starts a run
    report = ingest([sample_posts], warehouse, workers=0, now=at(1))
    assert report.reread == len(files_before) and report.parsed == len(files_before)
    assert report.new == report.changed == 0
    assert "read again" in report.summary()
    assert rows(warehouse, "SELECT source_path, first_seen_at, changed_at FROM post_files ORDER BY 1") == files_before
    fresh = tmp_path / "fresh" / "news.duckdb"
    ingest([sample_posts], fresh, workers=0, now=at(1))
    assert content_signature(warehouse) == content_signature(fresh) != before
    assert rows(warehouse, "SELECT version FROM parser_state") == [(newer,)]
    assert ingest([sample_posts], warehouse, workers=0, now=at(2)).parsed == 0  # once only


def test_a_post_without_url_moved_in_a_plain_folder_stays_one_article(tmp_path: Path):
    # no clone, so no history: the same name and the same bytes gone from _posts/ and come in archived/
    # in one run are a move (a feed bot archiving old posts), not a deletion and a new article
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    text = '---\nlayout: post\ntitle: "无来源的帖子"\ndate: 2023-11-14T08:00:00.000Z\n---\n<p>渡轮恢复通航。</p>\n'
    (site / "_posts" / "2023-11-14-ferry.md").write_text(text, encoding="utf-8")
    (site / "_posts" / "2023-11-15-other.md").write_text(text.replace("渡轮", "码头"), encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    ingest([site], warehouse, workers=0, now=at(0))
    before = rows(warehouse, "SELECT article_id, first_seen_at FROM articles ORDER BY source_path")
    (site / "archived" / "2024-01-01").mkdir(parents=True)
    (site / "_posts" / "2023-11-14-ferry.md").rename(site / "archived" / "2024-01-01" / "2023-11-14-ferry.md")
    report = ingest([site], warehouse, workers=0, now=at(5))
    assert (report.new, report.changed, report.moved, report.deleted) == (0, 0, 1, 0)
    assert "0 new, 0 changed, 1 moved, 0 deleted" in report.summary()
    assert rows(warehouse, "SELECT article_id, first_seen_at, deleted_at FROM articles ORDER BY source_path") == [
        (*before[1], None),
        (*before[0], None),
    ]
    assert rows(warehouse, "SELECT source_path, status, moved_to FROM post_files ORDER BY source_path") == [
        ("_posts/2023-11-14-ferry.md", "moved", "archived/2024-01-01/2023-11-14-ferry.md"),
        ("_posts/2023-11-15-other.md", "loaded", None),
        ("archived/2024-01-01/2023-11-14-ferry.md", "loaded", None),
    ]


def _post_at(url: str, title: str, day: int, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'---\nlayout: post\ntitle: "{title}"\ndate: 2021-06-{day:02d}T08:00:00Z\nfrom: {url}\n---\n<div>{body}</div>\n'
    )


ELECTION = ["本届区议会选举投票率创下新高，达到百分之七十一。", "新当选的议员下周宣誓就职，任期四年。"]
LIBRARY = ["耗资三亿元的新图书馆今天举行动工仪式，预计两年后落成。", "馆方说新馆将设有二十四小时自习室。"]


def test_posts_sharing_a_section_url_stay_separate_articles_and_reposts_still_merge(tmp_path: Path):
    section, story = "https://local.example.com/news/", "https://local.example.com/news/2021/0607-vote"
    posts = tmp_path / "site" / "_posts"
    posts.mkdir(parents=True)
    # a feed giving its section's address for every post: two articles, not one
    (posts / "2021-06-07-vote.md").write_text(_post_at(section, "区议会选举结果出炉", 7, ELECTION), encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    ingest([posts.parent], warehouse, workers=0, now=at(0))
    (first,) = rows(warehouse, "SELECT article_id FROM articles")
    (posts / "2021-06-08-library.md").write_text(_post_at(section, "新图书馆动工", 8, LIBRARY), encoding="utf-8")
    # the same story posted twice, once with an edited headline: one article
    (posts / "2021-06-07-story.md").write_text(_post_at(story, "投票率创新高", 7, ELECTION), encoding="utf-8")
    (posts / "2021-06-09-story-again.md").write_text(
        _post_at(story, "区议会投票率创下新高", 9, [*ELECTION, "更新：点票已经结束。"]), encoding="utf-8"
    )
    ingest([posts.parent], warehouse, workers=0, now=at(5))
    got = rows(warehouse, "SELECT title, deleted_at FROM articles ORDER BY title")
    assert got == [("区议会投票率创下新高", None), ("区议会选举结果出炉", None), ("新图书馆动工", None)]
    assert rows(warehouse, "SELECT article_id FROM articles WHERE title = '区议会选举结果出炉'") == [first]
    assert rows(warehouse, "SELECT status, count(*) FROM post_files GROUP BY ALL ORDER BY 1") == [
        ("duplicate", 1),
        ("loaded", 3),
    ]
    assert any("图书馆" in t for (t,) in rows(warehouse, "SELECT text FROM paragraphs"))
    # a fresh load gives the same articles under the same names
    fresh = tmp_path / "fresh.duckdb"
    ingest([posts.parent], fresh, workers=0, now=at(5))
    named = "SELECT article_id, title FROM articles ORDER BY article_id"
    assert rows(fresh, named) == rows(warehouse, named)
    assert content_signature(fresh) == content_signature(warehouse)
