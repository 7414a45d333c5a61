"""The one entry point the publish calls: search index, script and stories of the touched articles."""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import duckdb
import polars as pl

from etl import memory
from etl.analysis import search, stories
from etl.analysis.fold import script_column
from etl.warehouse import store

log = logging.getLogger(__name__)  # under "etl": `etl ingest` shows it

BATCH = 250  # articles read, folded, indexed and sketched at a time: memory does not grow with the archive
# Past this many batches, the texts repeated across a site are counted once for the run, not batch by batch
# (each count reads all of block_texts: a whole 10x archive's 226 batches took 58 s to read, 34 s with one count).
COUNT_ONCE_BATCHES = 2


def derive_search_and_stories(con: duckdb.DuckDBPyConnection) -> None:
    """Bring ``search_*``, ``articles.script`` and ``stories``/``story_summary`` up to date.

    Runs in the publish, on the private working copy, after the analysis tables were re-derived for the
    temp tables ``affected`` (articles the run touched) and ``rederive`` (articles whose
    paragraphs changed with a repeated block). Each derived row is a function of the current
    articles alone, so doing this for the touched articles equals a full rebuild. The text
    is read once, a batch of articles at a time, for the index, the script and the sketches.
    """
    started = time.monotonic()
    everything, refold = search.fold_map_changed(con)
    search.install_macros(con)
    con.execute(search.sql("analysis_todo"), {"everything": everything})
    if refold:
        con.execute(search.sql("analysis_refold"), {"refold": refold})
    todo = [row[0] for row in con.execute("SELECT article_id FROM analysis_todo ORDER BY article_id").fetchall()]
    search.start_index(con)
    stories.start(con)
    first_document = next_document = search.next_document(con)
    counted = len(todo) > COUNT_ONCE_BATCHES * BATCH
    if counted:
        search.count_repeated_texts(con)
    sketches: list[pl.DataFrame] = []
    # Two stages: a helper thread folds, counts and sketches a batch (Polars, numpy and rensa let go of
    # the GIL) while this thread reads the next batch and writes the previous one (so does DuckDB).
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="derive") as helper:
        ahead: Future[_Derived] | None = None
        for start in range(0, len(todo), BATCH):
            blocks = search.article_blocks(con, todo[start : start + BATCH], counted)
            prepared, ahead = ahead, helper.submit(_derive_batch, blocks)
            if prepared is not None:
                next_document = _write_batch(con, prepared.result(), next_document, sketches)
        if ahead is not None:
            _write_batch(con, ahead.result(), next_document, sketches)
    search.finish_index(con, first_document)
    memory.trim()
    indexed = time.monotonic()
    stories.link(con, pl.concat(sketches) if sketches else stories.sketch([], [], []))
    log.info(
        f"search and script of {len(todo)} articles in {indexed - started:.1f} s, "
        f"stories in {time.monotonic() - indexed:.1f} s"
    )


@dataclass(frozen=True)
class _Derived:
    index: search.IndexBatch
    scripts: pl.DataFrame  # article_id, script
    sketch: pl.DataFrame  # the live articles' story buckets


def _derive_batch(blocks: pl.DataFrame) -> _Derived:
    """Everything of one batch that needs no table: its index rows, scripts and story sketches."""
    index = search.prepare_batch(blocks)
    documents = index.folded.group_by("article_id", maintain_order=True).agg(
        pl.col("text").str.join("\n"),
        pl.col("folded").str.join("\n"),
        pl.col("folded").filter(~pl.col("site_repeated")).str.join("\n").alias("story_text"),
        pl.col("live").first(),
    )
    scripts = pl.DataFrame(
        {"article_id": documents["article_id"], "script": script_column(documents["text"])},
        schema={"article_id": pl.String, "script": pl.String},
    )
    live = documents.filter(pl.col("live"))
    sketch = stories.sketch(live["article_id"].to_list(), live["story_text"].to_list(), live["folded"].to_list())
    return _Derived(index, scripts, sketch)


def _write_batch(
    con: duckdb.DuckDBPyConnection, derived: _Derived, next_document: int, sketches: list[pl.DataFrame]
) -> int:
    """Write one derived batch; the document number after its own."""
    search.write_batch(con, derived.index, next_document)
    store.register(con, "new_scripts", derived.scripts)
    try:
        con.execute("UPDATE articles a SET script = s.script FROM new_scripts s WHERE a.article_id = s.article_id")
    finally:
        con.unregister("new_scripts")
    sketches.append(derived.sketch)
    return next_document + derived.index.documents.height
