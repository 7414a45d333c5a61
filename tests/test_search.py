"""Full-text search: search('...') in the warehouse, in Python and in the installed DuckDB shell."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pytest

from etl.analysis import fold as fold_module
from etl.analysis.fold import fold, fold_column, fold_map, fold_pairs, script_of
from etl.ingest import ingest
from etl.warehouse import store
from tests.newsgen import write_post

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
DUCKDB_SHELL = Path(sys.executable).parent / "duckdb"

GUIDE = [
    "許多網民依賴翻牆工具突破網絡封鎖，其中VPN最為常見。",
    "專家提醒，選擇翻牆工具時應留意服務商是否保存使用紀錄。",
    "近年來，部分免費VPN被發現暗中收集用戶資料。",
]
CENSORSHIP = [
    "网络审查日益收紧，不少用户被迫寻找新的上网方式。",
    "有人选择翻墙，也有人干脆放弃使用境外网站，转而使用国内替代品。",
    "业内人士认为，这类工具的普及程度很难统计。",
]
PANDEMIC = [
    "The Covid-19 vaccine rollout reached rural clinics in March.",
    "卫生部门表示，第二剂COVID-19疫苗将于四月开始接种。",
]
MARKET = ["夜市摊贩联合请愿，要求延长营业时间至凌晨两点。", "区议会将于下周讨论相关动议。"]


def write_corpus(root: Path) -> None:
    write_post(root, "vpn-guide", "翻牆工具使用指南", GUIDE, site="tw.example.org", day=dt.date(2024, 3, 1))
    write_post(root, "censorship", "网络审查下的日常", CENSORSHIP, site="cn.example.com", day=dt.date(2024, 4, 2))
    write_post(root, "covid", "COVID-19疫苗进入乡村", PANDEMIC, site="cn.example.com", day=dt.date(2024, 5, 3))
    write_post(root, "night-market", "夜市营业时间之争", MARKET, site="hk.example.net", day=dt.date(2024, 6, 4))


@pytest.fixture
def loaded(tmp_path: Path) -> tuple[Path, Path]:
    root, warehouse = tmp_path / "posts", tmp_path / "wh" / "news.duckdb"
    write_corpus(root)
    ingest([root], warehouse, workers=0, now=T0)
    return root, warehouse


def search(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(f"SELECT title, score, snippet, deleted_at FROM {sql}").fetchall()


def titles(warehouse: Path, sql: str) -> list[str]:
    return [row[0] for row in search(warehouse, sql)]


def test_the_shipped_fold_map_is_the_one_opencc_computes(monkeypatch, tmp_path):
    # a run reads the map and the script sets from the package instead of computing them from OpenCC
    assert fold_module._shipped() is not None, "fold_map.json is missing or from another OpenCC: write_shipped()"
    assert fold_pairs() == fold_module.computed_fold_pairs()
    assert fold_module._script_sets() == fold_module.computed_script_sets()
    # from another OpenCC than the one installed, it is not used: the map is computed
    stale = tmp_path / "fold_map.json"
    stale.write_text('{"opencc": "0.1", "from_chars": "x", "to_chars": "y"}', encoding="utf-8")
    monkeypatch.setattr(fold_module, "SHIPPED", stale)
    fold_module._shipped.cache_clear()
    try:
        assert fold_pairs() == fold_module.computed_fold_pairs()
    finally:
        fold_module._shipped.cache_clear()


def test_fold_is_one_character_for_one():
    source, target = fold_pairs()
    assert len(source) == len(target) > 4000
    assert len(set(source)) == len(source)
    assert fold("臺灣總統府翻牆工具 VPN Ｃｏｖｉｄ-１９") == "台湾总统府翻墙工具 vpn covid-19"
    assert fold(fold("薴麵髮")) == fold("薴麵髮")


def test_fold_takes_taiwan_and_hong_kong_forms_too():
    # forms t2s leaves as they are: Taiwan's 著 (隨著), Hong Kong's 衞 (衞生署) and 枱
    assert fold("隨著疫情") == fold("随着疫情") == "随着疫情"
    assert fold("衞生署") == fold("衛生署") == fold("卫生署")
    assert fold("枱面") == fold("台面")
    # a Simplified character is never folded into another (么 in 什么 stays)
    assert fold("什么") == "什么"


def test_fold_deletes_zero_width_characters():
    assert fold("帐\u200b户 a\u2060b\ufeff\u200c\u200d") == "帐户 ab"
    assert fold("in\u00addus\u00adtri\u00adal") == "industrial"  # a soft hyphen shows only at a wrap
    source, target = fold_map()  # as translate() takes it: the deleted characters have no counterpart
    deleted = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
    assert source[: len(target)] == fold_pairs()[0] and source[len(target) :] == deleted


def test_fold_column_folds_as_fold_does():
    source, _ = fold_pairs()
    texts = [
        "臺灣總統府翻牆工具 VPN Ｃｏｖｉｄ-１９",
        "帐\u200b户 a\u2060b\ufeff",
        source,  # every character the map changes, at once
        "",
        "𠮷野家 ① Ⅻ ÀÉ",
    ]
    assert fold_column(pl.Series(texts)).to_list() == [fold(text) for text in texts]


def test_script_counts_letters_as_python_does():
    # numerals that are not digits (①, Ⅻ) count as letters; digits do not: 2 Han of 9 letters is "other"
    assert script_of("中文" + "①②③④⑤⑥⑦") == "other"
    assert script_of("中文" + "1234567") == "zh-Hans"


def test_script():
    assert script_of("政府宣布新的防疫措施，学校将于下周复课。") == "zh-Hans"
    assert script_of("政府宣佈新的防疫措施，學校將於下週復課。") == "zh-Hant"
    assert script_of("政府宣佈新的防疫措施，学校将于下周复课。學校將於下週復課。") == "mixed"
    assert script_of("The government announced new measures today.") == "other"


def test_best_match_first_with_snippet(loaded):
    _, warehouse = loaded
    (best, score, snippet, deleted_at), *rest = search(warehouse, "search('翻牆工具')")
    assert best == "翻牆工具使用指南"
    assert "«翻牆工具»" in snippet and deleted_at is None
    assert all(score >= other[1] for other in rest)
    # the censorship article has 翻墙 and 工具, but not the phrase
    assert "网络审查下的日常" not in titles(warehouse, "search('翻牆工具')")


def test_columns(loaded):
    _, warehouse = loaded
    with duckdb.connect(str(warehouse), read_only=True) as con:
        columns = [d[0] for d in con.execute("SELECT * FROM search('翻牆工具')").description]
    assert columns[:7] == ["article_id", "title", "published_at", "site", "url", "score", "snippet"]


def test_simplified_and_traditional_find_each_other(loaded):
    _, warehouse = loaded
    assert titles(warehouse, "search('翻墙工具')") == ["翻牆工具使用指南"]  # Simplified query, Traditional text
    assert titles(warehouse, "search('網絡審查')") == ["网络审查下的日常"]  # Traditional query, Simplified text
    assert set(titles(warehouse, "search('翻牆')")) == {"翻牆工具使用指南", "网络审查下的日常"}


def test_any_substring_across_words(loaded):
    _, warehouse = loaded
    assert titles(warehouse, "search('具突破網')") == ["翻牆工具使用指南"]  # 工具|突破|網絡
    assert titles(warehouse, "search('摊贩联合请愿')") == ["夜市营业时间之争"]
    assert titles(warehouse, "search('下的日')") == ["网络审查下的日常"]
    assert titles(warehouse, "search('工具突破封鎖')") == []  # not in the text


def test_a_single_character_or_a_symbol_is_found_by_reading_the_text(loaded):
    # no term: the folded text is read, both scripts, ranked by how often it occurs; the snippet marks it
    _, warehouse = loaded
    found = search(warehouse, "search('墙')")
    assert [row[0] for row in found] == ["翻牆工具使用指南", "网络审查下的日常"]  # 牆 twice, 墙 once
    assert found[0][1] > found[1][1] > 0 and "«墙»" in found[0][2].replace("«牆»", "«墙»")
    assert titles(warehouse, "search('疫')") == ["COVID-19疫苗进入乡村"]
    assert titles(warehouse, "search('夜 墙')") == []  # every part, as with terms
    assert titles(warehouse, "search('，')") != [] and titles(warehouse, "search('')") == []


def test_latin_and_digits_case_insensitive(loaded):
    _, warehouse = loaded
    for query in ("vpn", "VPN", "Vpn", "ｖｐｎ"):
        assert titles(warehouse, f"search('{query}')") == ["翻牆工具使用指南"], query
    assert titles(warehouse, "search('covid-19')") == ["COVID-19疫苗进入乡村"]
    assert titles(warehouse, "search('Covid-19 疫苗')") == ["COVID-19疫苗进入乡村"]
    assert titles(warehouse, "search('rural clinics')") == ["COVID-19疫苗进入乡村"]


def test_any_part_of_a_latin_or_digit_word(loaded):
    _, warehouse = loaded
    assert titles(warehouse, "search('ovid')") == ["COVID-19疫苗进入乡村"]  # inside COVID
    assert titles(warehouse, "search('PN')") == ["翻牆工具使用指南"]  # inside VPN
    assert titles(warehouse, "search('ovid-1')") == ["COVID-19疫苗进入乡村"]
    assert titles(warehouse, "search('linic 疫苗')") == ["COVID-19疫苗进入乡村"]
    assert titles(warehouse, "search('ovidx')") == []


def test_a_long_word_is_found_whole_and_in_part(tmp_path: Path):
    """A hash or a compound of 41 to 200 characters is a term (before schema 7 nothing over 40 was); pasted
    data longer than that is not."""
    compound = "Donaudampfschifffahrtselektrizitaetenhauptbetriebswerk"  # 54 letters
    digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"  # 64 characters
    blob = "QUJD" * 60  # 240 characters of base64
    root, warehouse = tmp_path / "posts", tmp_path / "wh" / "news.duckdb"
    paragraphs = [f"报道提到{compound}一词。", f"文件的校验值为{digest}，与官网公布的一致。", f"附件编码{blob}结束。"]
    write_post(root, "long-words", "长词与校验值", paragraphs, site="de.example.org", day=dt.date(2024, 7, 1))
    ingest([root], warehouse, workers=0, now=T0)
    for query in (compound, "elektrizitaeten", f"提到{compound[:9]}", digest, digest[20:44], f"校验值为{digest[:6]}"):
        assert titles(warehouse, f"search('{query}')") == ["长词与校验值"], query
    assert titles(warehouse, "search('QUJDQUJD')") == []


def test_filters(loaded):
    _, warehouse = loaded
    assert titles(warehouse, "search('翻牆', site := 'cn.example.com')") == ["网络审查下的日常"]
    assert titles(warehouse, "search('翻牆', since := '2024-04-01')") == ["网络审查下的日常"]
    assert titles(warehouse, "search('翻牆', before := '2024-04-01')") == ["翻牆工具使用指南"]
    assert titles(warehouse, "search('翻牆', since := '2024-01-01', before := '2024-12-31', site := 'x')") == []
    assert titles(warehouse, "search('翻牆', top := 1)") == titles(warehouse, "search('翻牆')")[:1]
    assert len(titles(warehouse, "search('翻牆', top := NULL)")) == 2


def index_of(warehouse: Path) -> list[list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return [
            con.execute(sql).fetchall()
            for sql in (
                # document numbers are internal: a run numbers new articles after the others
                "SELECT p.term, d.article_id, p.tf FROM search_terms_indexed p JOIN search_documents d USING (doc) ORDER BY ALL",
                "SELECT * FROM search_paragraphs ORDER BY ALL",
                "SELECT article_id, terms FROM search_documents ORDER BY ALL",
                "SELECT count(*), count(DISTINCT doc) FROM search_documents",
                "SELECT article_id, script FROM articles ORDER BY ALL",
            )
        ]


def retract_vpn_guide(root: Path, warehouse: Path) -> None:
    """The guide's text replaced by a retraction, and loaded."""
    write_post(
        root,
        "vpn-guide",
        "翻牆工具使用指南（更正）",
        ["本文已撤下原有內容。"],
        site="tw.example.org",
        day=dt.date(2024, 3, 1),
    )
    ingest([root], warehouse, workers=0, now=T0 + dt.timedelta(hours=1))


def test_edit_and_delete_update_the_index(loaded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    root, warehouse = loaded
    retract_vpn_guide(root, warehouse)
    assert titles(warehouse, "search('服務商')") == []
    assert titles(warehouse, "search('撤下')") == ["翻牆工具使用指南（更正）"]
    (root / "_posts" / "2024-04-02-censorship.md").unlink()
    ingest([root], warehouse, workers=0, now=T0 + dt.timedelta(hours=2))
    (found,) = search(warehouse, "search('網絡審查')")
    assert found[0] == "网络审查下的日常" and found[3] is not None  # deleted articles stay findable, marked
    assert titles(warehouse, "search('網絡審查', live_only := true)") == []
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM search_documents").fetchone() == (4,)
        assert con.execute(
            "SELECT count(*) FROM search_terms_indexed WHERE doc NOT IN "
            "(SELECT doc FROM search_documents SEMI JOIN articles USING (article_id))"
        ).fetchone() == (0,)
    # the index kept up run by run equals the index of one load of the same files (less the deleted one)
    fresh = tmp_path / "fresh" / "news.duckdb"
    monkeypatch.setattr("etl.analysis.derive.BATCH", 1)  # one article at a time: batches add up
    ingest([root], fresh, workers=0, now=T0)
    deleted = "(SELECT article_id FROM articles WHERE deleted_at IS NOT NULL)"
    with duckdb.connect(str(warehouse)) as con:
        for table in ("search_postings", "search_pairs"):
            con.execute(
                f"DELETE FROM {table} WHERE doc IN (SELECT doc FROM search_documents WHERE article_id IN {deleted})"
            )
        for table in ("search_paragraphs", "search_documents"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN {deleted}")
        con.execute(f"DELETE FROM articles WHERE article_id IN {deleted}")
    assert index_of(fresh) == index_of(warehouse)


def test_installed_shell_searches_read_only_without_extensions(loaded, tmp_path: Path):
    _, warehouse = loaded
    home = tmp_path / "home"  # no ~/.duckdb/extensions here: nothing can be loaded
    home.mkdir()

    def shell(sql: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(DUCKDB_SHELL), "-readonly", "-csv", str(warehouse), "-c", sql],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "HOME": str(home)},
            check=True,
        )

    shown = shell("SELECT title, snippet FROM search('翻墙工具')")
    assert "翻牆工具使用指南" in shown.stdout
    assert "«翻牆工具»" in shown.stdout
    assert not (home / ".duckdb").exists()
    # nothing but the rows: a deprecation warning (the old '->' lambda) in the output broke CSV files
    dates = shell("SELECT count(*) AS n FROM suspicious_dates")
    for result, header in ((shown, "title,snippet"), (dates, "n")):
        assert "warning" not in (result.stdout + result.stderr).lower()
        assert result.stdout.splitlines()[0] == header


def test_query_terms_are_the_indexed_terms(loaded):
    """search_terms() (the query side) and search_index.sql (the index side) split text alike."""
    _, warehouse = loaded
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for article_id, folded in con.execute(
            "SELECT article_id, string_agg(folded, chr(10)) FROM search_paragraphs GROUP BY article_id"
        ).fetchall():
            from_macro = con.execute(
                "SELECT term, count(*) FROM (SELECT unnest(search_terms($f)) AS term) GROUP BY ALL ORDER BY ALL",
                {"f": folded},
            ).fetchall()
            indexed = con.execute(
                "SELECT term, tf FROM search_terms_indexed JOIN search_documents USING (doc) WHERE article_id = $id "
                "ORDER BY ALL",
                {"id": article_id},
            ).fetchall()
            assert from_macro == indexed


def test_upgraded_warehouse_is_indexed_whole(tmp_path: Path, sample_posts: Path):
    """The first publish after the upgrade to schema 3 derives search, script and stories for every article."""
    from tests.test_migrations import released_warehouse

    warehouse = released_warehouse(tmp_path, 1)
    (sample_posts / "_posts" / "2021-05-28-vaccine-booking-queue.md").unlink()  # a change, so that a run publishes
    ingest([sample_posts], warehouse, workers=0, now=T0)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        indexed, articles = con.execute(
            "SELECT (SELECT count(*) FROM search_documents), (SELECT count(*) FROM articles)"
        ).fetchone()
        assert indexed == articles
        assert con.execute("SELECT count(*) FROM articles WHERE script IS NULL").fetchone() == (0,)
        assert con.execute(
            "SELECT count(*) FROM articles WHERE deleted_at IS NULL AND article_id NOT IN (SELECT article_id FROM stories)"
        ).fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM search('疫苗')").fetchone()[0] >= 1


def test_retired_postings_are_unseen_and_deleted_in_bulk(loaded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A re-indexed article gets a new document number; its old postings stay, unseen by search(),
    until the retired numbers pass RETIRED_SHARE of the index (a run does not read every posting)."""
    from etl.analysis import search as search_module

    root, warehouse = loaded
    retired_postings = "SELECT count(*) FROM search_terms_indexed WHERE doc IN (SELECT doc FROM search_retired)"
    monkeypatch.setattr(search_module, "RETIRED_SHARE", 1.0)
    retract_vpn_guide(root, warehouse)
    assert rows_of(warehouse, retired_postings)[0][0] > 10  # the old text's postings are still there
    assert titles(warehouse, "search('服務商')") == []  # and not found
    assert titles(warehouse, "search('撤下')") == ["翻牆工具使用指南（更正）"]
    fresh = tmp_path / "fresh" / "news.duckdb"
    ingest([root], fresh, workers=0, now=T0)
    for query in ("search('翻牆')", "search('中国')", "search('vpn')", "search('工具 指南')"):
        assert search(fresh, query) == search(warehouse, query)
    assert index_of(fresh) == index_of(warehouse)
    monkeypatch.setattr(search_module, "RETIRED_SHARE", 0.0)
    write_post(root, "vpn-guide", "翻牆工具使用指南", ["又改了一次。"], site="tw.example.org", day=dt.date(2024, 3, 1))
    ingest([root], warehouse, workers=0, now=T0 + dt.timedelta(hours=2))
    assert rows_of(warehouse, "SELECT count(*) FROM search_retired") == [(0,)]
    assert rows_of(
        warehouse, "SELECT count(*) FROM search_terms_indexed WHERE doc NOT IN (SELECT doc FROM search_documents)"
    ) == [(0,)]


def test_an_index_read_again_whole_keeps_only_its_current_postings(
    loaded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """When most documents retire in one run (the posts folder moved: every article is read again), the
    postings of the documents that stay are copied into new tables, not the retired ones deleted."""
    from etl.analysis import search as search_module

    root, warehouse = loaded
    (root / "_posts" / "2024-04-02-censorship.md").unlink()  # a deleted article keeps its document
    ingest([root], warehouse, workers=0, now=T0 + dt.timedelta(hours=1))
    before = index_of(warehouse)
    monkeypatch.setattr(search_module, "RETIRED_SHARE", 1e9)  # the bulk delete of finish_index never runs
    moved = tmp_path / "moved"
    root.rename(moved)
    ingest([moved], warehouse, workers=0, now=T0 + dt.timedelta(hours=2))
    assert rows_of(warehouse, "SELECT count(*) FROM search_retired") == [(0,)]
    assert rows_of(
        warehouse, "SELECT count(*) FROM search_terms_indexed WHERE doc NOT IN (SELECT doc FROM search_documents)"
    ) == [(0,)]
    assert index_of(warehouse) == before  # the same articles, text and postings, under new numbers
    (found,) = search(warehouse, "search('網絡審查')")
    assert found[0] == "网络审查下的日常" and found[3] is not None
    assert titles(warehouse, "search('翻牆', live_only := true)") == ["翻牆工具使用指南"]
    with duckdb.connect(str(warehouse), read_only=True) as con:  # the tables as the schema declares them
        assert con.execute(
            "SELECT table_name, count(*) FILTER (is_nullable = 'NO') FROM information_schema.columns "
            "WHERE table_name IN ('search_postings', 'search_pairs') GROUP BY ALL ORDER BY ALL"
        ).fetchall() == [("search_pairs", 3), ("search_postings", 3)]


def rows_of(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


# Sites write zero-width characters inside words (to slip past keyword filters, or by accident).
HIDDEN = ["有網民把帳\u200b戶名稱拆開，以躲避關鍵字過濾。", "過濾系統看不見這些字元。"]


def test_zero_width_characters_are_kept_in_the_text_and_searched_through(loaded):
    root, warehouse = loaded
    write_post(root, "hidden", "隱\u200b形字元", HIDDEN, site="tw.example.org", day=dt.date(2024, 7, 1))
    ingest([root], warehouse, workers=0, now=T0 + dt.timedelta(hours=1))
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute(
            "SELECT text FROM paragraphs JOIN articles USING (article_id) WHERE title = '隱\u200b形字元' ORDER BY position"
        ).fetchall() == [(text,) for text in HIDDEN]
    for query in ("帐户", "帳戶名稱", "帳\u200b戶", "隐形"):
        assert titles(warehouse, f"search('{query}')") == ["隱\u200b形字元"], query
    (_, _, snippet, _), *_ = search(warehouse, "search('帐户')")
    assert "«帳戶»" in snippet  # the positions found in folded text hold in the shown text


def test_a_fold_map_that_deletes_other_characters_re_derives_only_the_articles_holding_them(loaded):
    """A warehouse indexed before zero-width characters were folded away: only articles that hold
    one are re-indexed on the next publish, not the whole archive."""
    root, warehouse = loaded
    write_post(root, "hidden", "隱形字元", HIDDEN, site="tw.example.org", day=dt.date(2024, 7, 1))
    ingest([root], warehouse, workers=0, now=T0 + dt.timedelta(hours=1))
    old_source, old_target = fold_pairs()
    with duckdb.connect(str(warehouse)) as con:
        # the older release's map deleted nothing, so its folded text kept the character
        con.execute("UPDATE search_fold SET from_chars = $s, to_chars = $t", {"s": old_source, "t": old_target})
        con.execute(
            "UPDATE search_paragraphs SET folded = replace(folded, '帐户', '帐\u200b户') WHERE contains(folded, '帐户')"
        )
        documents_before = dict(con.execute("SELECT article_id, doc FROM search_documents").fetchall())
        hidden = con.execute("SELECT article_id FROM articles WHERE title = '隱形字元'").fetchone()[0]
    assert titles(warehouse, "search('帳戶名稱')") == []
    (root / "_posts" / "2024-06-04-night-market.md").unlink()  # an unrelated change, so that a run publishes
    ingest([root], warehouse, workers=0, now=T0 + dt.timedelta(hours=2))
    assert titles(warehouse, "search('帳戶名稱')") == ["隱形字元"]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        documents_after = dict(con.execute("SELECT article_id, doc FROM search_documents").fetchall())
        assert con.execute("SELECT from_chars, to_chars FROM search_fold").fetchone() == fold_map()
        night_market = con.execute("SELECT article_id FROM articles WHERE deleted_at IS NOT NULL").fetchone()[0]
    renumbered = {a for a in documents_before if documents_after.get(a) != documents_before[a]}
    assert renumbered == {hidden, night_market}  # re-indexed: the article with the character, the deleted one


PAIR_TEXTS = [
    "翻牆工具翻牆",  # a repeated pair
    "工具",  # the same document again: counted with the first text, never joined to it
    "ひらがなとカタカナ、한국어 문장",  # kana and Hangul pair too; punctuation and spaces break a run
    "𠀀𠀁𠀂 and 々々",  # supplementary-plane Han, and the iteration mark
    "VPN 2024 covid-19",  # words are not pairs
]


def terms_in_the_shell(select: str, where: str, texts: list[str], documents: list[int]) -> pl.DataFrame:
    """The terms of ``texts`` as the shell's search_terms() and search_pair() give them (sql/search_macros.sql)."""
    with duckdb.connect() as con:
        macros = (Path(__file__).parents[1] / "etl/analysis/sql/search_macros.sql").read_text().split(";")
        con.execute(";".join(macros[:2]))  # search_terms() and search_pair()
        return store.frame(
            con,
            f"SELECT {select} FROM (SELECT document, unnest(search_terms(text)) AS term "
            f"FROM (SELECT unnest($t) AS text, unnest($d) AS document)) WHERE {where}",
            {"t": texts, "d": documents},
        )


def test_pair_postings_count_what_search_terms_pairs():
    """The numpy bigrams (etl/analysis/pairs.py) are search_terms()' Han terms as search_pair() numbers
    them, per document and in order of pair."""
    from etl.analysis.pairs import pair_postings

    documents = [0, 0, 1, 2, 3]
    got = pl.DataFrame(pair_postings(PAIR_TEXTS, documents))
    expected = terms_in_the_shell(
        "search_pair(term) AS pair, document, count(*)::INTEGER AS tf, any_value(term) AS term",
        "search_pair(term) IS NOT NULL GROUP BY ALL ORDER BY pair, document",
        PAIR_TEXTS,
        documents,
    )
    assert got.select(pl.all().cast(pl.Int64)).rows() == expected.drop("term").select(pl.all().cast(pl.Int64)).rows()
    assert expected["term"].to_list() == sorted(expected["term"].to_list())  # pair order is term order
    counted = dict(zip(zip(expected["term"], expected["document"], strict=True), expected["tf"], strict=True))
    assert counted[("工具", 0)] == 2
    assert counted[("牆工", 0)] == 1  # "…翻牆" + "工具" of the next text is no pair
    assert {("𠀀𠀁", 2), ("ひら", 1), ("한국", 1), ("々々", 2)} <= set(counted)


def test_paired_ranges_are_duckdbs_own_class():
    """PAIRED_RANGES (pairs.py) is every code point DuckDB's regular expressions put in PAIRED_CLASS."""
    from etl.analysis.pairs import CODE_POINTS, PAIRED_CLASS, paired

    with duckdb.connect() as con:
        (codes,) = con.execute(
            "SELECT list(i ORDER BY i) FROM range(1, $n) t(i) "
            "WHERE (i < 55296 OR i > 57343) AND regexp_matches(chr(i::INTEGER), $class)",  # no surrogates
            {"n": CODE_POINTS, "class": PAIRED_CLASS},
        ).fetchone()
    assert paired().nonzero()[0].tolist() == codes


WORD_TEXTS = [
    "vpn VPN vpn 2024年covid-19疫苗",  # a repeated word; case is the fold's business, not the splitter's
    "vpn",  # the same document again: counted with the first text, never joined to it
    "ελληνικά και русский текст, ½ ² ٣٤ ०१",  # Greek, Cyrillic; Arabic-Indic and Devanagari digits are Nd
    "https" + "x" * 36 + " " + "y" * 41 + " " + "z" * 201,  # 41 characters: a term; 201: none
    "émigré Ærøskøbing ﬁ",  # Latin beyond ASCII, a ligature
]


def test_word_postings_count_what_search_terms_splits():
    """The Polars words (etl/analysis/words.py) are search_terms()' words, per document and in DuckDB's
    order of strings."""
    from etl.analysis.words import word_postings

    documents = [0, 0, 1, 2, 3]
    got = word_postings(pl.Series(WORD_TEXTS), pl.Series(documents, dtype=pl.Int32))
    expected = terms_in_the_shell(
        "term, document, count(*)::INTEGER AS tf",
        "search_pair(term) IS NULL GROUP BY ALL ORDER BY term, document",
        WORD_TEXTS,
        documents,
    ).rows()
    assert got.select("term", pl.col("document").cast(pl.Int64), "tf").rows() == expected
    counted = {(term, document): tf for term, document, tf in expected}
    assert counted[("vpn", 0)] == 3 and counted[("2024", 0)] == 1 and ("y" * 41, 2) in counted
    assert ("z" * 201, 2) not in counted


def test_word_ranges_are_duckdbs_own_class():
    """WORD_RANGES (words.py) is every code point DuckDB's regular expressions put in WORD_CLASS, and the
    pattern Polars runs matches exactly those."""
    from etl.analysis.words import WORD_CLASS, WORD_PATTERN, WORD_RANGES

    with duckdb.connect() as con:
        (codes,) = con.execute(
            "SELECT list(i ORDER BY i) FROM range(1, 1114112) t(i) "
            "WHERE (i < 55296 OR i > 57343) AND regexp_matches(chr(i::INTEGER), $class)",  # no surrogates
            {"class": WORD_CLASS},
        ).fetchone()
    assert [c for first, last in WORD_RANGES for c in range(first, last + 1)] == codes
    everything = pl.Series([chr(c) for c in range(1, 0x110000) if not 0xD800 <= c <= 0xDFFF])
    assert [ord(ch) for ch in everything.filter(everything.str.contains(f"^{WORD_PATTERN}$"))] == codes
