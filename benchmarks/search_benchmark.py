"""Index build and query times of search and stories on a loaded warehouse.

    .venv/bin/python benchmarks/search_benchmark.py WAREHOUSE [--scale 10]

Works on a private copy: re-derives search, script and stories for every article (timed
step by step), then, with --scale N, makes N copies of every article's index rows and
stories under new ids (the index of an N times larger archive) and times queries.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time
from pathlib import Path

import duckdb

from etl.analysis import search, stories
from etl.analysis.derive import derive_search_and_stories

QUERIES = ("翻牆工具", "中国", "习近平", "新冠疫情", "香港国安法", "美国总统大选", "VPN", "covid-19", "台湾 选举")


def timed(label: str, action) -> float:
    started = time.perf_counter()
    action()
    seconds = time.perf_counter() - started
    print(f"{label:<40} {seconds:7.2f} s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("warehouse", type=Path)
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    copy = args.warehouse.with_name(args.warehouse.name + ".bench")
    shutil.copyfile(args.warehouse, copy)
    con = duckdb.connect(str(copy))
    articles, chars = con.execute("SELECT count(*), sum(length(text)) FROM search_documents").fetchone()
    print(f"{articles} articles, {chars / 1e6:.1f} M characters")
    con.execute("CREATE TEMP TABLE affected AS SELECT article_id FROM articles")
    con.execute("CREATE TEMP TABLE rederive AS SELECT article_id FROM articles LIMIT 0")
    con.execute("DELETE FROM search_fold")  # everything is re-derived, as on the first run after the upgrade
    con.execute("BEGIN")
    timed("search + script + stories, all articles", lambda: derive_search_and_stories(con))
    con.execute("COMMIT")
    con.execute("DELETE FROM search_fold")
    con.execute("BEGIN")
    search.fold_map_changed(con)
    con.execute(search.sql("analysis_todo"), {"everything": True})
    documents = con.execute(search.sql("article_documents")).pl()
    timed("  search index only", lambda: search.index_documents(con, documents))
    timed("  stories only", lambda: stories.update_stories(con))
    con.execute("COMMIT")
    if args.scale > 1:
        for copy_no in range(1, args.scale):
            suffix = f"'#{copy_no}'"
            con.execute(
                f"INSERT INTO articles BY NAME SELECT * REPLACE (article_id || {suffix} AS article_id) FROM articles WHERE NOT contains(article_id, '#')"
            )
            con.execute(
                f"INSERT INTO search_documents SELECT article_id || {suffix}, text, folded, terms FROM search_documents WHERE NOT contains(article_id, '#')"
            )
            con.execute(
                f"INSERT INTO search_postings SELECT term, article_id || {suffix}, tf FROM search_postings WHERE NOT contains(article_id, '#')"
            )
        con.execute("CREATE TABLE p AS SELECT * FROM search_postings ORDER BY term, article_id")
        con.execute("DROP TABLE search_postings")
        con.execute("ALTER TABLE p RENAME TO search_postings")
        con.execute("CHECKPOINT")
    con.close()
    print(f"queries at scale {args.scale} ({args.scale * articles} articles), read-only, 3 runs each:")
    con = duckdb.connect(str(copy), read_only=True)
    for query in QUERIES:
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            rows = con.execute("SELECT * FROM search($q)", {"q": query}).fetchall()
            runs.append(time.perf_counter() - started)
        print(f"  {query:<12} {len(rows):6d} rows  median {statistics.median(runs) * 1000:7.1f} ms")
    con.close()
    copy.unlink()


if __name__ == "__main__":
    main()
