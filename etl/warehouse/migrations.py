"""Schema versions of the warehouse, and the steps that upgrade an older one in place.

The warehouse is a research record (``first_seen_at``, deletion history) that cannot be
rebuilt from today's files, so a new release never asks for ``--full-refresh``: the
next run migrates the file in place. Migrations run on the writer's private working
copy (see ``store.WorkingCopy``) in one transaction, before the run's changes and the
checks; the published file is replaced only when all of that succeeded, so the
previous file stays untouched until the migrated one has been checked.

To change the schema: change ``schema.TABLES`` (new columns go at the end of a table,
so that a migrated table and a new one have the same column order), then append a
``Migration`` here whose statements bring a warehouse of the previous version to it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from etl.errors import IngestError
from etl.warehouse import schema


@dataclass(frozen=True)
class Migration:
    version: int  # the version a warehouse has after this step
    description: str
    statements: tuple[str | Callable[[duckdb.DuckDBPyConnection], None], ...]  # SQL, or a step that looks first


POSTINGS_SLICE = 1 << 24


def _schema_4(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 4: fill block_texts; number the search documents and key the postings by that number.

    The postings are converted, not rebuilt from the text (a rebuild takes minutes at 56k
    articles, the conversion ~50 s). A warehouse older than schema 3 had no index: its search
    tables were just created empty with this schema by ``schema.table_statements``.
    """
    # block_texts was just created empty: every article's current blocks (those of its own file)
    con.execute(
        """
        INSERT INTO block_texts
        SELECT DISTINCT a.article_id, a.site, a.deleted_at IS NULL, md5_number(b.text)
        FROM parsed_blocks b JOIN post_files f USING (posts_root, source_path)
        JOIN articles a ON a.article_id = f.article_id AND a.posts_root = f.posts_root AND a.source_path = f.source_path
        """
    )
    columns = {
        row[0]
        for row in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'search_postings'"
        ).fetchall()
    }
    if "article_id" not in columns:
        return
    # new tables of the new schema, filled and renamed (DuckDB cannot add a NOT NULL column in place)
    con.execute(f"CREATE TABLE search_documents_numbered ({schema.TABLES['search_documents']})")
    con.execute(
        "INSERT INTO search_documents_numbered SELECT article_id, terms, "
        "row_number() OVER (ORDER BY article_id)::INTEGER FROM search_documents"
    )
    con.execute(f"CREATE TABLE search_postings_by_doc ({schema.TABLES['search_postings']})")
    # The postings are stored sorted by term: converted a slice of rows at a time, each slice sorted,
    # they stay sorted, and the sort holds a slice, not 107 M rows (7 GB -> 2.5 GB at 10x).
    (rows,) = con.execute("SELECT coalesce(max(rowid) + 1, 0) FROM search_postings").fetchone()
    for start in range(0, rows, POSTINGS_SLICE):
        con.execute(
            "INSERT INTO search_postings_by_doc SELECT p.term, d.doc, p.tf "
            "FROM search_postings p JOIN search_documents_numbered d USING (article_id) "
            "WHERE p.rowid >= $start AND p.rowid < $end ORDER BY p.term, d.doc",
            {"start": start, "end": start + POSTINGS_SLICE},
        )
    for table, new in (
        ("search_documents", "search_documents_numbered"),
        ("search_postings", "search_postings_by_doc"),
    ):
        con.execute(f"DROP TABLE {table}")
        con.execute(f"ALTER TABLE {new} RENAME TO {table}")
    # the stored search() reads the new columns at once, also in a file no run publishes after this
    from etl.analysis import search  # here: the analysis package is not needed to open a warehouse

    search.install_macros(con)


def _schema_5(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 5: search_paragraphs.site_repeated; story buckets from 5-grams hashed by their code points.

    The flag is computed for every paragraph from block_texts, then every story is derived again
    (sketches, links, groups): a channel description kept in thousands of a site's posts no longer
    makes them one story. The search index stands.
    """
    from etl.analysis import search, stories  # here: the analysis package is not needed to open a warehouse
    from etl.warehouse import store  # here: store imports this module

    con.execute("ALTER TABLE search_paragraphs ADD COLUMN IF NOT EXISTS site_repeated BOOLEAN")
    ids = [row[0] for row in con.execute("SELECT DISTINCT article_id FROM search_paragraphs ORDER BY 1").fetchall()]
    for start in range(0, len(ids), 1000):  # the flag as a run derives it (search.article_blocks)
        flags = search.article_blocks(con, ids[start : start + 1000]).select("article_id", "position", "site_repeated")
        store.register(con, "new_flags", flags)
        try:
            con.execute(
                "UPDATE search_paragraphs sp SET site_repeated = f.site_repeated FROM new_flags f "
                "WHERE sp.article_id = f.article_id AND sp.position = f.position"
            )
        finally:
            con.unregister("new_flags")
    con.execute("UPDATE search_paragraphs SET site_repeated = false WHERE site_repeated IS NULL")
    stories.rebuild(con)


def _schema_6(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 6: the Han pair postings move to ``search_pairs``, each pair as a number; ``search_postings``
    keeps the words. Converted, not rebuilt; a slice of rows at a time, each slice sorted by pair."""
    from etl.analysis import search  # here: the analysis package is not needed to open a warehouse

    search.install_macros(con)  # search_pair(), and search() reading both tables
    # from the first row id: rows a step of this same transaction wrote (schema 4) are numbered from 2**55
    first, end = con.execute(
        "SELECT coalesce(min(rowid), 0), coalesce(max(rowid) + 1, 0) FROM search_postings"
    ).fetchone()
    for start in range(first, end, POSTINGS_SLICE):
        con.execute(
            "INSERT INTO search_pairs SELECT pair, doc, tf FROM ("
            "SELECT search_pair(term) AS pair, doc, tf FROM search_postings WHERE rowid >= $start AND rowid < $end"
            ") WHERE pair IS NOT NULL ORDER BY pair, doc",
            {"start": start, "end": start + POSTINGS_SLICE},
        )
    con.execute(f"CREATE TABLE search_postings_of_words ({schema.TABLES['search_postings']})")
    # in the order they were (sorted by term within each batch)
    con.execute("INSERT INTO search_postings_of_words SELECT * FROM search_postings WHERE search_pair(term) IS NULL")
    con.execute("DROP TABLE search_postings")
    con.execute("ALTER TABLE search_postings_of_words RENAME TO search_postings")


def _schema_7(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 7: ``search_words`` lists the words of ``search_postings`` once, and search() finds a query word
    inside them; words of 41 to 200 characters (a hash, a wallet address, a compound) are terms too. They
    are added to every document's index from its folded text, not re-indexed: the shorter words stand."""
    from etl.analysis import search, words  # here: the analysis package is not needed to open a warehouse

    search.install_macros(con)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE long_word_postings AS
        SELECT word AS term, doc, count(*)::INTEGER AS tf
        FROM (SELECT d.doc, unnest(regexp_extract_all(p.folded, '{words.WORD_CLASS}+')) AS word
              FROM search_paragraphs p JOIN search_documents d USING (article_id))
        WHERE length(word) > {OLD_MAX_WORD} AND length(word) <= {words.MAX_WORD}
        GROUP BY ALL
        """
    )
    con.execute(
        "UPDATE search_documents d SET terms = d.terms + w.n FROM "
        "(SELECT doc, sum(tf)::INTEGER AS n FROM long_word_postings GROUP BY doc) w WHERE d.doc = w.doc"
    )
    con.execute("INSERT INTO search_postings SELECT term, doc, tf FROM long_word_postings ORDER BY term, doc")
    con.execute("DROP TABLE long_word_postings")
    con.execute("INSERT INTO search_words SELECT DISTINCT term FROM search_postings ORDER BY term")


OLD_MAX_WORD = 40  # the longest word indexed before schema 7


def _schema_10(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 10: two articles that share a site's template bucket (CROWDED_TEXTS different texts of one site
    in one LSH bucket) are one story only as copies; every story is derived again (no new column or table)."""
    from etl.analysis import stories  # here: the analysis package is not needed to open a warehouse

    stories.rebuild(con)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        2,
        "git history: post_events, git_sources; first commit and deleting commit of files and articles",
        (
            # new tables are created from schema.TABLES by ensure_tables
            "ALTER TABLE post_files ADD COLUMN IF NOT EXISTS first_committed_at TIMESTAMPTZ",
            "ALTER TABLE post_files ADD COLUMN IF NOT EXISTS deleted_commit VARCHAR",
            "ALTER TABLE post_files ADD COLUMN IF NOT EXISTS moved_to VARCHAR",
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS first_committed_at TIMESTAMPTZ",
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS deleted_commit VARCHAR",
        ),
    ),
    Migration(
        3,
        "search and stories: articles.script; search_* and story_* tables, the search() macro",
        (
            # The new tables are created empty from schema.TABLES; the first publish after the upgrade
            # finds search_fold empty and derives search, stories and script for every article.
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS script VARCHAR",
        ),
    ),
    Migration(
        4,
        "search_documents.doc numbers the articles, search_postings (term, doc, tf) name them by it; "
        "search_retired; block_texts",
        (_schema_4,),
    ),
    Migration(
        5,
        "search_paragraphs.site_repeated (a site's repeated text is not part of a story); story_buckets from "
        "5-grams hashed by their code points (numpy); every story derived again",
        (_schema_5,),
    ),
    Migration(
        6,
        "search_pairs: the Han bigram postings, each pair as a number; search_postings keeps the words",
        (_schema_6,),
    ),
    Migration(
        7,
        "search_words: the distinct words of search_postings; search() finds a part of a word (phone in iphone15); "
        "words of 41 to 200 characters are terms too",
        (_schema_7,),
    ),
    Migration(
        8,
        "parsed_posts.superseded_at and superseded_commit: in a clone, a file whose version cannot be read gives "
        "the article of its last readable version, vanished when that version was replaced; installed_definitions: "
        "views and macros are created again only when their statements change",
        (
            "ALTER TABLE parsed_posts ADD COLUMN IF NOT EXISTS superseded_at TIMESTAMPTZ",
            "ALTER TABLE parsed_posts ADD COLUMN IF NOT EXISTS superseded_commit VARCHAR",
        ),
    ),
    Migration(
        9,
        "scan_state: the digest of the scan the last publish was planned from (a no-change run at 10x answers "
        "without comparing 56,850 files with the manifest)",
        (),  # the new table is created empty from schema.TABLES: the next publish fills it
    ),
    Migration(
        10,
        "stories: a site's template glued to each post (a channel's description after each video's own sentence) "
        "no longer makes its posts one story; every story derived again",
        (_schema_10,),
    ),
    Migration(
        11,
        "articles.credits and parsed_posts.credits: the bylines, credits and notes of where the text came from that "
        "the extraction took out of the paragraphs (filled as the files are read again: PARSER_VERSION 25)",
        (
            "ALTER TABLE parsed_posts ADD COLUMN IF NOT EXISTS credits VARCHAR[]",
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS credits VARCHAR[]",
        ),
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
# Before versioning (the releases up to November 2026) a warehouse had post_files but no
# schema_migrations table: that is version 1.
UNVERSIONED = 1

VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    description VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL)"""


class WarehouseTooNew(IngestError):
    """The warehouse was written by a newer release than this one."""


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {
        row[0]
        for row in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()
    }


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version of the warehouse open on ``con``: 0 for an empty file."""
    tables = _tables(con)
    if "schema_migrations" in tables:
        return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]
    return UNVERSIONED if "post_files" in tables else 0


_CREATED = re.compile(r"CREATE\s+OR\s+REPLACE\s+(VIEW|MACRO)\s+(\w+)", re.IGNORECASE)


def _all_present(con: duckdb.DuckDBPyConnection, statements: list[str]) -> bool:
    """Whether every view and macro that ``statements`` create is in the file (a user may have dropped one)."""
    wanted = {name.lower() for statement in statements for _, name in _CREATED.findall(statement)}
    present = con.execute(
        """
        SELECT lower(view_name) FROM duckdb_views() WHERE database_name = current_database() AND NOT internal
        UNION SELECT lower(function_name) FROM duckdb_functions()
        WHERE database_name = current_database() AND function_type IN ('macro', 'table_macro')
        """
    ).fetchall()
    return wanted <= {row[0] for row in present}


def install_once(con: duckdb.DuckDBPyConnection, kind: str, statements: list[str], again: bool = False) -> bool:
    """Run ``statements`` (views, macros: CREATE OR REPLACE) unless the file holds what they create already,
    or ``again``; returns whether they ran. A change to the catalog, even the same view replaced, makes the
    next checkpoint rewrite the catalog's metadata (0.1 s at 10x, each run)."""
    digest = hashlib.md5("\n".join(statements).encode()).hexdigest()
    held = con.execute("SELECT digest FROM installed_definitions WHERE kind = $kind", {"kind": kind}).fetchall()
    if held == [(digest,)] and not again and _all_present(con, statements):
        return False
    for statement in statements:
        con.execute(statement)
    con.execute("DELETE FROM installed_definitions WHERE kind = $kind", {"kind": kind})
    con.execute("INSERT INTO installed_definitions VALUES ($kind, $digest)", {"kind": kind, "digest": digest})
    return True


def migrate(con: duckdb.DuckDBPyConnection, now: dt.datetime | None = None) -> list[Migration]:
    """Bring the warehouse on ``con`` to ``SCHEMA_VERSION``; return the steps applied.

    A new file gets the current schema at once. An older one runs each later step in
    order, in one transaction. A newer one is refused with a sentence saying so.
    """
    now = now or dt.datetime.now(dt.UTC)
    version = schema_version(con)
    if version > SCHEMA_VERSION:
        raise WarehouseTooNew(
            f"The warehouse has schema version {version}, written by a newer release of this project "
            f"(this one knows versions up to {SCHEMA_VERSION}): upgrade the project, or point ETL_WAREHOUSE elsewhere."
        )
    steps = [m for m in MIGRATIONS if m.version > version] if version else []
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(VERSION_TABLE)
        for statement in schema.table_statements():
            con.execute(statement)
        for step in steps:
            for statement in step.statements:
                if callable(statement):
                    statement(con)
                else:
                    con.execute(statement)
        install_once(con, "views", schema.view_statements(), again=bool(steps) or not version)
        recorded = [MIGRATIONS[-1]] if not version else steps
        for step in recorded:
            con.execute(
                "INSERT INTO schema_migrations VALUES ($version, $description, $now) ON CONFLICT DO NOTHING",
                {"version": step.version, "description": step.description, "now": now},
            )
        if not version:
            con.execute(
                "INSERT INTO schema_migrations VALUES (1, 'tables of the first release', $now) ON CONFLICT DO NOTHING",
                {"now": now},
            )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return steps
