"""Which article a post file gives: the names that keep an article one across moves and reposts.

A post's article is named by its source URL (``parse.article_id_for('url:…')``), or by its path when it has
none. Two cases need the other files of the archive, so they are settled here, in the publish, after the
files and the history are recorded: a post without a URL that the bot moved keeps the name of its first
path (``follow_moves``), and files sharing a URL that carry different articles are told apart
(``split_shared_urls``). Both are decided from the files (and the history) alone, so that a fresh load
names every article as the runs that saw it come did.
"""

from __future__ import annotations

import re

import duckdb
import polars as pl

from etl.posts.frames import KEY as FILE_KEY
from etl.posts.keys import article_id_for, canonical_url, identifies_article
from etl.warehouse import store

MAX_MOVE_HOPS = 64  # moves of one post followed to its last path (a loop of moves stops here)


def follow_moves(con: duckdb.DuckDBPyConnection) -> None:
    """A post without an article URL is named by its path (``parse.article_id_for('path:…')``); when it was
    moved (``_posts/`` -> ``archived/<date>/``, hop by hop), the files parsed in this run at its new path keep
    the name of the path it had first, so that a move is not a deletion and a new article."""
    rows = con.execute(
        f"""
        WITH RECURSIVE back(posts_root, source_path, origin, hops) AS (
            SELECT posts_root, moved_to, source_path, 1 FROM post_files WHERE status = 'moved' AND moved_to IS NOT NULL
            UNION ALL
            SELECT b.posts_root, b.source_path, m.source_path, b.hops + 1
            FROM back b JOIN post_files m ON m.posts_root = b.posts_root AND m.moved_to = b.origin
            WHERE m.status = 'moved' AND b.hops < {MAX_MOVE_HOPS}
        )
        SELECT DISTINCT r.posts_root, r.source_path, r.article_id, arg_max(b.origin, b.hops) OVER (
            PARTITION BY r.posts_root, r.source_path) AS origin
        FROM run_parsed r JOIN back b USING (posts_root, source_path)
        """
    ).fetchall()
    renamed = [
        (root, path, article_id, article_id_for(f"path:{origin}"))
        for root, path, article_id, origin in rows
        if article_id == article_id_for(f"path:{path}")  # named by its path: no article URL
    ]
    if not renamed:
        return
    names = pl.DataFrame(renamed, schema=[*FILE_KEY, "path_id", "article_id"], orient="row")
    store.register(con, "moved_names", names)
    try:
        for table in ("parsed_posts", "run_parsed"):
            con.execute(
                f"""
                UPDATE {table} t SET article_id = m.article_id FROM moved_names m
                WHERE t.posts_root = m.posts_root AND t.source_path = m.source_path AND t.article_id = m.path_id
                """
            )
    finally:
        con.unregister("moved_names")


SAME_STORY_SHARE = 0.5  # of the shorter file's paragraphs found in the other: the same article, reposted or edited
_TITLE_NOISE = re.compile(r"[\W_]+")


def _same_title(a: str | None, b: str | None) -> bool:
    """Titles equal but for case, spaces and punctuation ('Get Off Coal?' and 'Get off Coal')."""
    return _TITLE_NOISE.sub("", (a or "").lower()) == _TITLE_NOISE.sub("", (b or "").lower())


def split_shared_urls(con: duckdb.DuckDBPyConnection) -> None:
    """Files whose `from:` URL is the same are one article (a repost, an edited copy), unless they carry
    different articles: a feed that gives a section's address (``https://site/news/``) for each post.

    Within the files of one URL (present or gone), the first published is the article the URL names;
    a file neither titled as it is nor sharing half of its paragraphs is another article, named by the
    URL and its own path. Decided from the files alone, so a fresh load names them as the runs did.
    """
    touched = con.execute(
        "SELECT DISTINCT url FROM parsed_posts SEMI JOIN run_parsed USING (posts_root, source_path) "
        "WHERE url IS NOT NULL"
    ).fetchall()
    keys = {canonical_url(url) for (url,) in touched if identifies_article(url)}
    if not keys:
        return
    spellings = {url for (url,) in touched} | _url_variants(keys)
    store.register(con, "shared_url_spellings", pl.DataFrame({"url": sorted(spellings)}, schema={"url": pl.String}))
    try:
        rows = con.execute(
            "SELECT posts_root, source_path, article_id, url, title, published_at FROM parsed_posts "
            "SEMI JOIN shared_url_spellings USING (url)"
        ).fetchall()
    finally:
        con.unregister("shared_url_spellings")
    groups: dict[str, list[tuple]] = {}
    for row in rows:
        key = canonical_url(row[3])
        if key in keys:
            groups.setdefault(key, []).append(row)
    shared = {key: files for key, files in groups.items() if len(files) > 1}
    if not shared:
        return
    files = [(root, path) for group in shared.values() for root, path, *_ in group]
    blocks = _block_digests(con, files)
    renamed = []
    for key, group in shared.items():
        group.sort(key=lambda r: (r[5] is None, r[5], r[1], r[0]))  # first published, then by path
        first = group[0]
        for root, path, article_id, _url, title, _published in group:
            same = (
                (root, path) == first[:2]
                or _same_title(title, first[4])
                or _shares_paragraphs(blocks.get((root, path), set()), blocks.get(first[:2], set()))
            )
            wanted = article_id_for(f"url:{key}") if same else article_id_for(f"url:{key}|path:{path}")
            if wanted != article_id:
                renamed.append((root, path, article_id, wanted))
    if not renamed:
        return
    names = pl.DataFrame(renamed, schema=[*FILE_KEY, "old_id", "article_id"], orient="row")
    store.register(con, "split_names", names)
    try:
        con.execute(
            """
            UPDATE parsed_posts t SET article_id = m.article_id FROM split_names m
            WHERE t.posts_root = m.posts_root AND t.source_path = m.source_path AND t.article_id = m.old_id
            """
        )
        # both names are the run's to derive: the article the file leaves, and the one it gives now
        con.execute("INSERT INTO run_parsed SELECT posts_root, source_path, article_id FROM split_names")
        con.execute("INSERT INTO run_parsed SELECT posts_root, source_path, old_id FROM split_names")
    finally:
        con.unregister("split_names")


def _url_variants(keys: set[str]) -> set[str]:
    """The spellings ``canonical_url`` reads as each key: with a trailing slash (fragments are not searched)."""
    return keys | {f"{key}/" for key in keys}


def _block_digests(con: duckdb.DuckDBPyConnection, files: list[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """The md5 of each paragraph of 10 or more characters of ``files``, per file."""
    store.register(con, "shared_url_files", pl.DataFrame(files, schema=FILE_KEY, orient="row"))
    try:
        found = con.execute(
            "SELECT posts_root, source_path, list(DISTINCT md5(text)) FROM parsed_blocks "
            "SEMI JOIN shared_url_files USING (posts_root, source_path) WHERE length(text) >= 10 GROUP BY ALL"
        ).fetchall()
    finally:
        con.unregister("shared_url_files")
    return {(root, path): set(digests) for root, path, digests in found}


def _shares_paragraphs(a: set[str], b: set[str]) -> bool:
    """Whether the shorter of two files' paragraph sets is at least SAME_STORY_SHARE in the other."""
    if not a or not b:
        return False
    return len(a & b) >= SAME_STORY_SHARE * min(len(a), len(b))
