"""The one entry point the publish calls: search index, script and stories of the touched articles."""

from __future__ import annotations

import logging
import time

import duckdb
import polars as pl

from etl.analysis import search, stories
from etl.analysis.fold import script_column

log = logging.getLogger(__name__)  # under "etl": `etl ingest` shows it

BATCH = 1000  # articles read, folded, indexed and sketched at a time: memory does not grow with the archive


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
    sketches = []
    for start in range(0, len(todo), BATCH):
        blocks = search.article_blocks(con, todo[start : start + BATCH])
        folded = search.index_batch(con, blocks)
        documents = folded.group_by("article_id", maintain_order=True).agg(
            pl.col("text").str.join("\n"),
            pl.col("folded").str.join("\n"),
            pl.col("folded").filter(~pl.col("site_repeated")).str.join("\n").alias("story_text"),
            pl.col("live").first(),
        )
        _update_scripts(con, documents)
        live = documents.filter(pl.col("live"))
        sketches.append(
            stories.sketch(live["article_id"].to_list(), live["story_text"].to_list(), live["folded"].to_list())
        )
    search.finish_index(con)
    indexed = time.monotonic()
    stories.link(con, pl.concat(sketches) if sketches else stories.sketch([], [], []))
    log.info(
        f"search and script of {len(todo)} articles in {indexed - started:.1f} s, "
        f"stories in {time.monotonic() - indexed:.1f} s"
    )


def _update_scripts(con: duckdb.DuckDBPyConnection, documents: pl.DataFrame) -> None:
    scripts = pl.DataFrame(
        {"article_id": documents["article_id"], "script": script_column(documents["text"])},
        schema={"article_id": pl.String, "script": pl.String},
    )
    con.register("new_scripts", scripts)
    try:
        con.execute("UPDATE articles a SET script = s.script FROM new_scripts s WHERE a.article_id = s.article_id")
    finally:
        con.unregister("new_scripts")
