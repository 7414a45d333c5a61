"""Full-text search over articles in plain SQL: BM25 over Han bigrams and Latin/digit words.

Chinese has no spaces, and a word segmenter splits a phrase differently in different
contexts (and mis-segments Traditional text), so the index holds every pair of adjacent
Han characters: any substring of two or more characters is then a conjunction of
bigrams, checked verbatim against the folded paragraphs (``search_paragraphs``; small
strings, so that reading those of a few articles is cheap). Indexing folds in Python; the
``search()`` macro folds the query with ``translate()`` and the same map, stored in
``search_fold``, so the shell folds exactly as indexing did. No extension is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from etl.analysis.fold import fold_column, fold_map
from etl.analysis.pairs import pair_postings
from etl.analysis.words import word_postings
from etl.warehouse import migrations, schema, store
from etl.warehouse.few import among, listed

SQL = Path(__file__).parent / "sql"


def sql(name: str) -> str:
    """The text of ``sql/<name>.sql`` ({among} is ``few.among("p.article_id")``)."""
    return (SQL / f"{name}.sql").read_text(encoding="utf-8").replace("{among}", among("p.article_id"))


def article_blocks(con: duckdb.DuckDBPyConnection, ids: list[str], counted: bool = False) -> pl.DataFrame:
    """Titles and paragraphs of the articles ``ids`` with ``live`` and ``site_repeated`` (``sql/article_blocks.sql``).

    ``counted``: the repeated texts are in the temp table ``repeated_texts`` (``count_repeated_texts``)."""
    parameters = {"ids": listed(ids), "min_chars": schema.REPEATED_BLOCK_MIN_CHARS}
    if counted:
        repeated = "SELECT site, text_md5 FROM repeated_texts"
    else:
        repeated = sql("batch_repeated")
        parameters["min_articles"] = schema.REPEATED_BLOCK_MIN_ARTICLES
    return store.frame(con, sql("article_blocks").replace("{repeated}", repeated), parameters)


def count_repeated_texts(con: duckdb.DuckDBPyConnection) -> None:
    """Count the texts repeated across each site once (``sql/repeated_texts.sql``), for ``article_blocks(...,
    counted=True)``: a run that re-derives many batches would count them again for each batch, reading all
    of ``block_texts`` each time. A temp table that only this run's reads use: not applied to the other slot."""
    store.unlogged(con).execute(sql("repeated_texts"), {"min_articles": schema.REPEATED_BLOCK_MIN_ARTICLES})


def fold_map_changed(con: duckdb.DuckDBPyConnection) -> tuple[bool, str]:
    """How the fold map differs from the one the index was built with; stores the current one.

    ``(True, "")``: the pairs differ (or there is no index yet), every article is re-indexed.
    ``(False, chars)``: only the deleted characters differ, by ``chars``; only texts holding one
    of them fold differently. ``(False, "")``: the same map.
    """
    source, target = fold_map()
    stored = con.execute("SELECT from_chars, to_chars FROM search_fold").fetchall()
    if stored == [(source, target)]:
        return False, ""
    con.execute("DELETE FROM search_fold")
    con.execute("INSERT INTO search_fold VALUES ($source, $target)", {"source": source, "target": target})
    if not stored:
        return True, ""
    (old_source, old_target), pairs = stored[0], len(target)
    if old_target != target or old_source[:pairs] != source[:pairs]:
        return True, ""
    return False, "".join(sorted(set(old_source[pairs:]) ^ set(source[pairs:])))


def install_macros(con: duckdb.DuckDBPyConnection) -> None:
    """Create (or replace) ``search_terms``, ``search_fold_text`` and ``search`` in the warehouse, unless
    the file holds them as they are."""
    migrations.install_once(con, "search macros", [sql("search_macros")])


def start_index(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the index rows of the articles in ``analysis_todo``: their paragraphs and documents go, and
    their document numbers retire (their postings are deleted in bulk, see ``finish_index``).

    When most of the index retires at once (a whole archive read again: its folder moved, the fold map
    changed), the postings that stay are copied into new tables instead: deleting ~100 M postings at 10x
    held their row versions in memory (a 2.5 GB peak), copying the few kept ones holds a buffer."""
    con.execute("DELETE FROM search_paragraphs WHERE article_id IN (SELECT article_id FROM analysis_todo)")
    con.execute(
        "INSERT INTO search_retired SELECT doc FROM search_documents SEMI JOIN analysis_todo USING (article_id)"
    )
    con.execute("DELETE FROM search_documents WHERE article_id IN (SELECT article_id FROM analysis_todo)")
    retired, indexed = con.execute(
        "SELECT (SELECT count(*) FROM search_retired), (SELECT count(*) FROM search_documents)"
    ).fetchone()
    if retired > indexed:
        _keep_current_postings(con)


def _keep_current_postings(con: duckdb.DuckDBPyConnection) -> None:
    """Replace the postings tables by copies holding only the current documents' postings (in their order)."""
    for table in ("search_postings", "search_pairs"):
        con.execute(f"CREATE TABLE {table}_kept ({schema.TABLES[table]})")
        con.execute(f"INSERT INTO {table}_kept SELECT * FROM {table} WHERE doc IN (SELECT doc FROM search_documents)")
        con.execute(f"DROP TABLE {table}")
        con.execute(f"ALTER TABLE {table}_kept RENAME TO {table}")
    _retired_postings_gone(con)


def _retired_postings_gone(con: duckdb.DuckDBPyConnection) -> None:
    """Once the retired documents' postings are gone: drop the words no posting holds, forget the retired numbers."""
    con.execute("DELETE FROM search_words WHERE term NOT IN (SELECT term FROM search_postings)")
    con.execute("DELETE FROM search_retired")


def next_document(con: duckdb.DuckDBPyConnection) -> int:
    """The first number after every document number in use or retired."""
    (top,) = con.execute(
        "SELECT greatest((SELECT max(doc) FROM search_documents), (SELECT max(doc) FROM search_retired), 0)"
    ).fetchone()
    return top + 1


@dataclass(frozen=True)
class IndexBatch:
    """One batch of articles ready to index: ``folded`` (its blocks with their folded text), ``documents``
    (article_id, number within the batch, terms held), ``pairs`` (its Han bigrams' postings) and
    ``words`` (its Latin, Greek, Cyrillic and digit words' postings)."""

    folded: pl.DataFrame
    documents: pl.DataFrame
    pairs: pl.DataFrame
    words: pl.DataFrame


def prepare_batch(blocks: pl.DataFrame) -> IndexBatch:
    """Fold one batch of ``blocks`` (article_id, position, text, site_repeated; ordered by article_id) and
    count its terms. Reads no table, so it runs beside the writes of the previous batch."""
    folded = blocks.with_columns(fold_column(blocks["text"]).alias("folded"))
    owner = folded["article_id"].rle_id().cast(pl.Int32)  # 0, 1, 2 ... in order of article_id
    pairs = pl.DataFrame(pair_postings(folded["folded"].to_list(), owner.to_numpy()))
    words = word_postings(folded["folded"], owner)
    held = pl.concat([pairs.select("document", "tf"), words.select("document", "tf")])
    documents = (
        folded.select("article_id", owner.alias("document"))
        .unique("article_id", maintain_order=True)
        .join(held.group_by("document").agg(pl.col("tf").sum().alias("terms")), on="document", how="left")
        .with_columns(pl.col("terms").fill_null(0).cast(pl.Int32))
    )
    return IndexBatch(folded, documents, pairs, words)


def write_batch(con: duckdb.DuckDBPyConnection, batch: IndexBatch, first_document: int) -> None:
    """Index a prepared batch, its articles numbered from ``first_document`` (``next_document``) in order.

    A batch at a time, each batch's postings sorted by term as they are written: sorting a whole
    archive's postings at once held them all (100 M rows at 10x) and cost a third of the index's time.
    Articles of the run not in any batch (gone) simply have no document any more.
    """
    doc = (pl.col("document") + first_document).cast(pl.Int32).alias("doc")
    registered = {
        "new_search_paragraphs": batch.folded.select("article_id", "position", "folded", "site_repeated"),
        "new_documents": batch.documents.select("article_id", "terms", doc),
        "new_pair_postings": batch.pairs.select("pair", doc, "tf"),
        "new_word_postings": batch.words.select("term", doc, "tf"),
    }
    for name, frame in registered.items():
        store.register(con, name, frame)
    try:
        con.execute(
            "INSERT INTO search_paragraphs SELECT article_id, position, folded, site_repeated FROM new_search_paragraphs"
        )
        con.execute(sql("search_index"))
    finally:
        for name in registered:
            con.unregister(name)


RETIRED_SHARE = 0.1  # retired documents, as a share of the indexed ones, whose postings are deleted at once


def finish_index(con: duckdb.DuckDBPyConnection, first_document: int) -> None:
    """List the words of the documents numbered from ``first_document`` (this run's) in ``search_words``;
    delete the postings of retired documents once they pass RETIRED_SHARE of the index.

    The words are listed once per run, not per batch (0.07 s a batch), from this run's postings: their
    document numbers are the highest, so the scan skips the row groups of earlier runs.

    The old postings of re-indexed articles stay until then (``search()`` joins postings to the
    current documents): the delete reads every posting, so it is done once for many runs (~every
    500 runs of 10 edits at 56k articles).
    """
    con.execute(
        "INSERT INTO search_words SELECT DISTINCT term FROM search_postings WHERE doc >= $first "
        "AND term NOT IN (SELECT term FROM search_words) ORDER BY term",
        {"first": first_document},
    )
    retired, indexed = con.execute(
        "SELECT (SELECT count(*) FROM search_retired), (SELECT count(*) FROM search_documents)"
    ).fetchone()
    if retired > RETIRED_SHARE * indexed:
        (postings,) = con.execute(
            "SELECT (SELECT count(*) FROM search_postings SEMI JOIN search_retired USING (doc)) "
            "+ (SELECT count(*) FROM search_pairs SEMI JOIN search_retired USING (doc))"
        ).fetchone()
        store.reserve_memory(con, postings)  # ~100 M rows when a 10x archive is indexed again whole
        for table in ("search_postings", "search_pairs"):
            con.execute(f"DELETE FROM {table} WHERE doc IN (SELECT doc FROM search_retired)")
        _retired_postings_gone(con)
