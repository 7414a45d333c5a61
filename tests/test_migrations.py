"""Upgrading warehouses written by earlier releases in place: nothing users keep is lost."""

from __future__ import annotations

import datetime as dt
import gzip
import shutil
from pathlib import Path

import duckdb
import pytest

from etl.analysis import search
from etl.ingest import ingest
from etl.warehouse import migrations, store

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def released_warehouse(tmp_path: Path, version: int) -> Path:
    """A copy of the warehouse that the release with schema ``version`` wrote for the sample posts."""
    target = tmp_path / "wh" / "news.duckdb"
    target.parent.mkdir(parents=True)
    with gzip.open(FIXTURES / f"warehouse-schema{version}.duckdb.gz") as source, open(target, "wb") as out:
        shutil.copyfileobj(source, out)
    return target


def rows(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_schema1_warehouse_is_upgraded_in_place(tmp_path: Path, sample_posts: Path):
    warehouse = released_warehouse(tmp_path, 1)
    kept = "SELECT article_id, first_seen_at, title FROM articles ORDER BY article_id"
    before = rows(warehouse, kept)
    assert len(before) == 15
    con = duckdb.connect(str(warehouse), read_only=True)
    assert migrations.schema_version(con) == 1
    con.close()
    # the fixture's posts folder was the checkout's sample: same files, another root
    report = ingest([sample_posts], warehouse, workers=0, now=dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
    assert report.published
    con = duckdb.connect(str(warehouse), read_only=True)
    assert migrations.schema_version(con) == migrations.SCHEMA_VERSION
    columns = {
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'"
        ).fetchall()
    }
    assert {"first_committed_at", "deleted_commit"} <= columns
    assert con.execute("SELECT count(*) FROM post_events").fetchone() == (0,)
    con.close()
    # the old root's articles are kept (as deleted), with their first_seen_at
    after = {r[0]: r for r in rows(warehouse, kept)}
    for article_id, first_seen_at, title in before:
        assert after[article_id][1] == first_seen_at and after[article_id][2] == title


def test_upgrade_keeps_history_when_the_same_folder_is_loaded(tmp_path: Path):
    warehouse = released_warehouse(tmp_path, 1)
    ((root,),) = rows(warehouse, "SELECT DISTINCT posts_root FROM post_files")
    if not Path(root).is_dir():
        pytest.skip(f"the fixture was written for posts in {root}")
    before = rows(warehouse, "SELECT article_id, first_seen_at, deleted_at FROM articles ORDER BY 1")
    ingest([Path(root)], warehouse, workers=0)
    after = {r[0]: r for r in rows(warehouse, "SELECT article_id, first_seen_at, deleted_at FROM articles")}
    assert all(after[r[0]] == r for r in before)  # (posts added to the sample since are new articles)


def test_newer_warehouse_is_refused_with_a_sentence(tmp_path: Path, sample_posts: Path):
    warehouse = tmp_path / "news.duckdb"
    ingest([sample_posts], warehouse, workers=0)
    con = duckdb.connect(str(warehouse))
    con.execute("INSERT INTO schema_migrations VALUES (999, 'from the future', now())")
    con.close()
    (sample_posts / "_posts" / "2024-01-01-new.md").write_text("---\ntitle: 新\n---\n正文。\n", encoding="utf-8")
    with pytest.raises(migrations.WarehouseTooNew, match="newer release"):
        ingest([sample_posts], warehouse, workers=0)
    assert not list(warehouse.parent.glob(f".{warehouse.name}.*.work"))
    assert store.read_manifest(warehouse)  # the published file is untouched


def test_new_warehouse_records_its_version(tmp_path: Path, sample_posts: Path):
    warehouse = tmp_path / "news.duckdb"
    ingest([sample_posts], warehouse, workers=0)
    assert rows(warehouse, "SELECT max(version) FROM schema_migrations") == [(migrations.SCHEMA_VERSION,)]


def test_an_older_warehouse_is_upgraded_by_the_next_run_even_when_no_post_changed(tmp_path: Path):
    from etl import settings
    from etl.plan import up_to_date

    warehouse = released_warehouse(tmp_path, 1)
    ((root,),) = rows(warehouse, "SELECT DISTINCT posts_root FROM post_files")
    if not Path(root).is_dir():
        pytest.skip(f"the fixture was written for posts in {root}")
    assert up_to_date([settings.SAMPLE_POSTS], warehouse) is None  # not current: it must be migrated
    report = ingest([Path(root)], warehouse, workers=0, allow_regression=True)
    assert report.published
    assert rows(warehouse, "SELECT max(version) FROM schema_migrations") == [(migrations.SCHEMA_VERSION,)]
    assert rows(warehouse, "SELECT count(*) FROM search_documents") == rows(warehouse, "SELECT count(*) FROM articles")


def test_schema3_search_index_is_converted_in_place_and_answers_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Schema 4 keys the postings by a document number: the index is converted, not rebuilt, and
    search() answers exactly as before, in the file as the migration leaves it."""
    warehouse = released_warehouse(tmp_path, 3)
    monkeypatch.setattr(migrations, "POSTINGS_SLICE", 500)  # converted in slices, still sorted by term
    queries = ("疫苗", "部门", "市民 表示", "公屋抽籤", "二十", "一个月")
    answers = "SELECT * FROM search($q, top := NULL) ORDER BY score DESC, published_at DESC, article_id"
    postings = "SELECT p.term, d.article_id, p.tf FROM {table} p JOIN search_documents d USING ({key})"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert migrations.schema_version(con) == 3
        before = {q: con.execute(answers, {"q": q}).fetchall() for q in queries}
        indexed = con.execute(postings.format(table="search_postings", key="article_id") + " ORDER BY ALL").fetchall()
        old_buckets = set(con.execute("SELECT * FROM story_buckets").fetchall())
        old_stories = con.execute("SELECT * FROM stories ORDER BY ALL").fetchall()
    assert sum(len(found) for found in before.values()) > 5 and len(indexed) > 1000
    with duckdb.connect(str(warehouse)) as con:
        assert [m.version for m in migrations.migrate(con)] == [4, 5, 6, 7, 8, 9, 10, 11]
        assert {r[0] for r in con.execute("DESCRIBE search_postings").fetchall()} == {"term", "doc", "tf"}
        assert con.execute("SELECT count(DISTINCT doc) = count(*) FROM search_documents").fetchone() == (True,)
        assert (
            con.execute(postings.format(table="search_terms_indexed", key="doc") + " ORDER BY ALL").fetchall()
            == indexed
        )
        for table, key in (("search_postings", "term"), ("search_pairs", "pair")):
            keys = [row[0] for row in con.execute(f"SELECT {key} FROM {table}").fetchall()]
            assert keys == sorted(keys)
        assert {q: con.execute(answers, {"q": q}).fetchall() for q in queries} == before
        # schema 5: every article sketched again with the new 5-gram hash; the sample's stories come out the same
        new_buckets = set(con.execute("SELECT * FROM story_buckets").fetchall())
        assert {a for _, _, a in new_buckets} == {a for _, _, a in old_buckets} and not new_buckets & old_buckets
        # the same MinHash bands as before, and now each sketched article's exact-copy bucket (band -1)
        assert len({b for b in new_buckets if b[0] != -1}) == len(old_buckets)
        assert len({a for band, _, a in new_buckets if band == -1}) == len({b for b in new_buckets if b[0] == -1})
        assert con.execute("SELECT * FROM stories ORDER BY ALL").fetchall() == old_stories
        assert con.execute("SELECT count(*) FROM search_paragraphs WHERE site_repeated IS NULL").fetchone() == (0,)


def test_schema5_pair_postings_become_numbers_and_search_answers_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Schema 6 moves the Han pair postings to search_pairs as numbers (converted in slices, not rebuilt):
    the same postings, each table in order, and search() answers exactly as before."""
    warehouse = released_warehouse(tmp_path, 5)
    monkeypatch.setattr(migrations, "POSTINGS_SLICE", 500)
    queries = ("疫苗", "部门", "市民 表示", "公屋抽籤", "二十", "一个月", "covid-19", "2021")
    answers = "SELECT * FROM search($q, top := NULL) ORDER BY score DESC, published_at DESC, article_id"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert migrations.schema_version(con) == 5
        before = {q: con.execute(answers, {"q": q}).fetchall() for q in queries}
        indexed = con.execute("SELECT term, doc, tf FROM search_postings ORDER BY ALL").fetchall()
    assert sum(len(found) for found in before.values()) > 5 and len(indexed) > 1000
    with duckdb.connect(str(warehouse)) as con:
        assert [m.version for m in migrations.migrate(con)] == [6, 7, 8, 9, 10, 11]
        assert con.execute("SELECT term, doc, tf FROM search_terms_indexed ORDER BY ALL").fetchall() == indexed
        words = [row[0] for row in con.execute("SELECT term FROM search_postings").fetchall()]
        assert words == sorted(words) and all(len(w) > 2 or w.isascii() for w in words)  # no pair is left
        pairs = [row[0] for row in con.execute("SELECT pair FROM search_pairs").fetchall()]
        assert pairs == sorted(pairs) and len(pairs) + len(words) == len(indexed)
        assert {q: con.execute(answers, {"q": q}).fetchall() for q in queries} == before


def test_schema6_words_are_listed_once_and_a_part_of_a_word_is_found(tmp_path: Path, sample_posts: Path):
    """Schema 7 lists the words of search_postings in search_words; search() then finds a query word inside
    an indexed word, and later runs keep the list up to date."""
    warehouse = released_warehouse(tmp_path, 6)
    hash_word = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"  # 64 characters: no term before
    with duckdb.connect(str(warehouse)) as con:
        (article_id, doc, terms) = con.execute("SELECT article_id, doc, terms FROM search_documents LIMIT 1").fetchone()
        con.execute(
            "INSERT INTO search_paragraphs VALUES ($a, 999, $t, false)", {"a": article_id, "t": f"校验值 {hash_word}。"}
        )
        assert con.execute("SELECT count(*) FROM search($w)", {"w": hash_word[10:30]}).fetchone() == (0,)
        assert [m.version for m in migrations.migrate(con)] == [7, 8, 9, 10, 11]
        # a word of 41 to 200 characters is a term now: added to the index of the document holding it
        assert con.execute("SELECT article_id FROM search($w)", {"w": hash_word[10:30]}).fetchall() == [(article_id,)]
        assert con.execute("SELECT terms FROM search_documents WHERE doc = $d", {"d": doc}).fetchone() == (terms + 1,)
        words = con.execute("SELECT term FROM search_words").fetchall()
        assert words == con.execute("SELECT DISTINCT term FROM search_postings ORDER BY term").fetchall()
        (word,) = con.execute(
            "SELECT term FROM search_words WHERE length(term) >= 6 AND NOT regexp_matches(term, '^[0-9]+$') "
            "ORDER BY term LIMIT 1"
        ).fetchone()
        whole = con.execute("SELECT article_id FROM search($w, top := NULL) ORDER BY 1", {"w": word}).fetchall()
        inside = con.execute("SELECT article_id FROM search($w, top := NULL) ORDER BY 1", {"w": word[1:-1]}).fetchall()
        assert whole and set(whole) <= set(inside)
    posts = tmp_path / "posts"
    shutil.copytree(sample_posts, posts)
    (posts / "_posts" / "2026-12-01-new-word.md").write_text(
        "---\ntitle: 新词\ndate: 2026-12-01\n---\n<p>Zyxwvutsr 是一个只在这里出现的词。</p>\n", encoding="utf-8"
    )
    ingest([posts], warehouse, workers=0, now=dt.datetime(2026, 12, 2, tzinfo=dt.UTC))
    assert rows(warehouse, "SELECT count(*) FROM search_words WHERE term = 'zyxwvutsr'") == [(1,)]
    assert rows(warehouse, "SELECT title FROM search('xwvut')") == [("新词",)]


def test_views_and_macros_are_created_again_only_when_their_statements_change(tmp_path: Path):
    """Replacing a view with itself changes the catalog, which every checkpoint then rewrites: a current file
    keeps its views and macros; changed statements (a new release) replace them."""
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrations.migrate(con)
    assert con.execute("SELECT kind FROM installed_definitions ORDER BY kind").fetchall() == [("views",)]
    oids = "SELECT view_name, view_oid FROM duckdb_views() WHERE NOT internal ORDER BY 1"
    created = con.execute(oids).fetchall()
    statements = ["CREATE OR REPLACE VIEW probe AS SELECT 1 AS one"]
    assert migrations.install_once(con, "probe", statements)
    assert not migrations.install_once(con, "probe", statements)
    assert migrations.install_once(con, "probe", ["CREATE OR REPLACE VIEW probe AS SELECT 2 AS one"])
    assert con.execute("SELECT one FROM probe").fetchall() == [(2,)]
    assert migrations.migrate(con) == []  # current: nothing to run, and the views are the same objects
    assert [row for row in con.execute(oids).fetchall() if row[0] != "probe"] == created
    macros = [search.sql("search_macros")]
    assert migrations.install_once(con, "search macros", macros)
    assert not migrations.install_once(con, "search macros", macros)  # every macro is found as created
    con.execute("DROP VIEW current_articles")  # a user dropped one: the next writer puts it back
    migrations.migrate(con)
    assert con.execute("SELECT count(*) FROM current_articles").fetchone() == (0,)
    con.close()


def test_schema7_warehouse_gains_the_read_back_columns_and_keeps_its_rows(tmp_path: Path, sample_posts: Path):
    """Schema 8 adds parsed_posts.superseded_at and superseded_commit (empty: no version was read back) and
    records the views and macros it holds; every article and paragraph stays as it was."""
    warehouse = released_warehouse(tmp_path, 7)
    kept = (
        "SELECT a.article_id, a.first_seen_at, a.title, count(p.position) "
        "FROM articles a LEFT JOIN paragraphs p USING (article_id) GROUP BY ALL ORDER BY 1"
    )
    before = rows(warehouse, kept)
    assert len(before) > 10
    with duckdb.connect(str(warehouse)) as con:
        assert [m.version for m in migrations.migrate(con)] == [8, 9, 10, 11]
        assert con.execute("SELECT count(*) > 0, count(superseded_at) FROM parsed_posts").fetchone() == (True, 0)
        assert con.execute("SELECT kind FROM installed_definitions").fetchall() == [("views",)]
    ingest([sample_posts], warehouse, workers=0, now=dt.datetime(2026, 12, 3, tzinfo=dt.UTC))
    # (the run reads every file again when this release reads posts differently: the paragraphs are a fresh load's)
    fresh = tmp_path / "fresh" / "news.duckdb"
    ingest([sample_posts], fresh, workers=0, now=dt.datetime(2026, 12, 3, tzinfo=dt.UTC))
    counts = dict((row[0], row[3]) for row in rows(fresh, kept))
    assert rows(warehouse, kept) == [(*row[:3], counts[row[0]]) for row in before]
    assert rows(warehouse, "SELECT kind FROM installed_definitions ORDER BY 1") == [("search macros",), ("views",)]


def test_schema8_warehouse_gains_scan_state_and_the_next_publish_fills_it(tmp_path: Path, sample_posts: Path):
    """Schema 9 adds scan_state, empty until a publish records the scan it was planned from; every article
    stays as it was, and the no-change answer then needs no plan."""
    from etl import plan

    warehouse = released_warehouse(tmp_path, 8)
    kept = "SELECT article_id, first_seen_at, title FROM articles ORDER BY 1"
    before = rows(warehouse, kept)
    assert len(before) > 10
    with duckdb.connect(str(warehouse)) as con:
        assert [m.version for m in migrations.migrate(con)] == [9, 10, 11]
        assert con.execute("SELECT count(*) FROM scan_state").fetchone() == (0,)
    ingest([sample_posts], warehouse, workers=0, now=dt.datetime(2026, 12, 4, tzinfo=dt.UTC))
    assert rows(warehouse, kept) == before
    assert rows(warehouse, "SELECT digest FROM scan_state") == [(plan.scan([sample_posts]).fingerprint(),)]
    assert plan.up_to_date([sample_posts], warehouse) is not None


def test_schema9_warehouse_derives_every_story_again(tmp_path: Path, sample_posts: Path):
    """Schema 10 leaves a site's template out of stories: every story is derived again, so a link the old
    rule made (here one planted between two unrelated articles) goes, and the stories are a fresh load's."""
    warehouse = released_warehouse(tmp_path, 9)
    first, second = (row[0] for row in rows(warehouse, "SELECT article_id FROM articles ORDER BY 1 LIMIT 2"))
    with duckdb.connect(str(warehouse)) as con:
        con.execute("DELETE FROM story_links WHERE article_a = $a AND article_b = $b", {"a": first, "b": second})
        con.execute("INSERT INTO story_links VALUES ($a, $b, 0.9, 0.9)", {"a": first, "b": second})
        con.execute("UPDATE stories SET story_id = $a WHERE article_id = $b", {"a": first, "b": second})
        assert [m.version for m in migrations.migrate(con)] == [10, 11]
        assert con.execute(
            "SELECT count(*) FROM story_links WHERE article_a = $a AND article_b = $b", {"a": first, "b": second}
        ).fetchone() == (0,)
    fresh = tmp_path / "fresh" / "news.duckdb"
    ingest([sample_posts], fresh, workers=0, now=dt.datetime(2026, 12, 4, tzinfo=dt.UTC))
    # (a release that reads posts differently reads every file again at the next run: then the stories are a fresh
    # load's, whatever the parse changed)
    ingest([sample_posts], warehouse, workers=0, now=dt.datetime(2026, 12, 4, tzinfo=dt.UTC))
    for table in ("story_links", "stories", "story_summary"):
        assert rows(warehouse, f"SELECT * FROM {table} ORDER BY ALL") == rows(
            fresh, f"SELECT * FROM {table} ORDER BY ALL"
        )


def test_schema10_warehouse_gains_credits_filled_by_the_next_run(tmp_path: Path, sample_posts: Path):
    """Schema 11 adds the credits the extraction took out of the text; the release reads posts differently
    (PARSER_VERSION 25), so the next run reads every file again and fills them for every article."""
    warehouse = released_warehouse(tmp_path, 10)
    with duckdb.connect(str(warehouse)) as con:
        assert [m.version for m in migrations.migrate(con)] == [11]
        assert con.execute("SELECT count(*) FROM articles WHERE credits IS NOT NULL").fetchone() == (0,)
    ingest([sample_posts], warehouse, workers=0, now=dt.datetime(2026, 12, 6, tzinfo=dt.UTC))
    assert rows(warehouse, "SELECT count(*) FROM articles WHERE deleted_at IS NULL AND credits IS NULL") == [(0,)]
    fresh = tmp_path / "fresh" / "news.duckdb"
    ingest([sample_posts], fresh, workers=0, now=dt.datetime(2026, 12, 6, tzinfo=dt.UTC))
    live = "SELECT title, author, credits FROM articles WHERE deleted_at IS NULL ORDER BY ALL"
    assert rows(warehouse, live) == rows(fresh, live)
