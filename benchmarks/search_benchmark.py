"""Index build and query times of search and stories on a loaded warehouse.

    .venv/bin/python benchmarks/search_benchmark.py WAREHOUSE [--scale 10]

WAREHOUSE may be of an earlier schema (it is upgraded). Works on a private copy (kept as
WAREHOUSE.xN): re-derives search, script and stories for
every article (timed step by step), then, with --scale N, makes N copies of every article
and its index rows under new ids (the index of an N times larger archive) and times queries.
--queries-only times the queries on WAREHOUSE as it is.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time
from pathlib import Path

import duckdb

from etl.analysis.derive import derive_search_and_stories
from etl.warehouse import store

QUERIES = ("翻牆工具", "中国", "习近平", "新冠疫情", "香港国安法", "美国总统大选", "VPN", "covid-19", "台湾 选举")


def timed(label: str, action) -> float:
    """Wall and CPU seconds (all threads of this process) of ``action``: on a shared machine the
    CPU time is the steadier figure."""
    started, cpu = time.perf_counter(), time.process_time()
    action()
    seconds = time.perf_counter() - started
    print(f"{label:<40} {seconds:7.2f} s wall {time.process_time() - cpu:7.2f} s CPU")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("warehouse", type=Path)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--queries-only", action="store_true", help="time queries on WAREHOUSE as it is")
    args = parser.parse_args()
    if args.queries_only:
        time_queries(args.warehouse)
        return
    copy = args.warehouse.with_name(args.warehouse.name + f".x{args.scale}")
    shutil.copyfile(args.warehouse, copy)
    con = duckdb.connect(str(copy))
    store.ensure_schema(con)  # a warehouse of an earlier schema is upgraded, as by a run
    con.execute("CREATE TEMP TABLE affected AS SELECT article_id FROM articles")
    con.execute("CREATE TEMP TABLE rederive AS SELECT article_id FROM articles LIMIT 0")
    con.execute("DELETE FROM search_fold")  # everything is re-derived, as on the first run after the upgrade
    con.execute("BEGIN")
    timed("search + script + stories, all articles", lambda: derive_search_and_stories(con))
    con.execute("COMMIT")
    articles, chars = con.execute(
        "SELECT count(DISTINCT article_id), sum(length(folded)) FROM search_paragraphs"
    ).fetchone()
    print(f"{articles} articles, {chars / 1e6:.1f} M characters")
    if args.scale > 1:
        (docs,) = con.execute("SELECT max(doc) FROM search_documents").fetchone()
        for copy_no in range(1, args.scale):
            for table in ("articles", "search_paragraphs", "paragraphs"):
                con.execute(
                    f"INSERT INTO {table} BY NAME SELECT * REPLACE (article_id || '#{copy_no}' AS article_id) "
                    f"FROM {table} WHERE NOT contains(article_id, '#')"
                )
            # a copy's documents are numbered after the originals' (the postings name them by doc)
            con.execute(
                f"INSERT INTO search_documents BY NAME SELECT * REPLACE (article_id || '#{copy_no}' AS article_id, "
                f"doc + {copy_no * docs} AS doc) FROM search_documents WHERE doc <= {docs}"
            )
            for table in ("search_postings", "search_pairs"):
                con.execute(
                    f"INSERT INTO {table} SELECT * REPLACE (doc + {copy_no * docs} AS doc) FROM {table} WHERE doc <= {docs}"
                )
        for table, key in (("search_postings", "term"), ("search_pairs", "pair")):
            con.execute(f"CREATE TABLE p AS SELECT * FROM {table} ORDER BY {key}")
            con.execute(f"DROP TABLE {table}")
            con.execute(f"ALTER TABLE p RENAME TO {table}")
        con.execute("CHECKPOINT")
    con.close()
    size = copy.stat().st_size / 1e6
    print(f"warehouse file {size:.0f} MB")
    print(f"kept as {copy}")
    time_queries(copy)


def time_queries(warehouse: Path) -> None:
    con = duckdb.connect(str(warehouse), read_only=True)
    articles = con.execute("SELECT count(*) FROM search_documents").fetchone()[0]
    print(f"queries over {articles} articles, read-only, median of 3 runs:")
    for query in QUERIES:
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            rows = con.execute("SELECT * FROM search($q)", {"q": query}).fetchall()
            runs.append(time.perf_counter() - started)
        print(f"  {query:<12} {len(rows):6d} rows  {statistics.median(runs) * 1000:7.1f} ms")
    con.close()


if __name__ == "__main__":
    main()
