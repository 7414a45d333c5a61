"""The one entry point the publish calls: search index, script and stories of the touched articles."""

from __future__ import annotations

import logging
import time

import duckdb
import polars as pl

from etl.analysis import search, stories
from etl.analysis.fold import script_of

log = logging.getLogger(__name__)  # under "etl": `etl ingest` shows it


def derive_search_and_stories(con: duckdb.DuckDBPyConnection) -> None:
    """Bring ``search_*``, ``articles.script`` and ``stories``/``story_summary`` up to date.

    Runs inside the publish transaction, after the analysis tables were re-derived for the
    temp tables ``affected`` (articles the run touched) and ``rederive`` (articles whose
    paragraphs changed with a repeated block). Each derived row is a function of the current
    articles alone, so doing this for the touched articles equals a full rebuild.
    """
    started = time.monotonic()
    everything = search.fold_map_changed(con)
    search.install_macros(con)
    con.execute(search.sql("analysis_todo"), {"everything": everything})
    blocks = con.execute(search.sql("article_blocks")).pl()
    search.index_blocks(con, blocks)
    documents = blocks.group_by("article_id", maintain_order=True).agg(pl.col("text").str.join("\n"))
    scripts = pl.DataFrame(
        {"article_id": documents["article_id"], "script": [script_of(text) for text in documents["text"]]},
        schema={"article_id": pl.String, "script": pl.String},
    )
    con.register("new_scripts", scripts)
    try:
        con.execute("UPDATE articles a SET script = s.script FROM new_scripts s WHERE a.article_id = s.article_id")
    finally:
        con.unregister("new_scripts")
    indexed = time.monotonic()
    stories.update_stories(con)
    log.info(
        f"search and script of {len(documents)} articles in {indexed - started:.1f} s, "
        f"stories in {time.monotonic() - indexed:.1f} s"
    )
