"""The one place that knows the warehouse's tables.

Two layers:
- what was read from each file (``post_files``, ``rejected_posts`` and the ``parsed_*``
  tables, keyed by (posts_root, source_path)): written only for files that changed;
- what analysts query (``articles``, ``paragraphs``, ``tags``, ``images``, ``links``),
  derived from the newest file of each article at every publish, so an incremental
  load always equals a full load of the same files.
"""

from __future__ import annotations

FILE_KEY = "posts_root VARCHAR NOT NULL, source_path VARCHAR NOT NULL"

TABLES: dict[str, str] = {
    "post_files": f"""
        {FILE_KEY},
        size BIGINT,
        mtime_ns BIGINT,
        content_hash VARCHAR,
        status VARCHAR NOT NULL,          -- loaded | duplicate | rejected | deleted | moved
        article_id VARCHAR,               -- the article this file is (or was) a version of
        first_seen_at TIMESTAMPTZ NOT NULL,
        changed_at TIMESTAMPTZ NOT NULL,  -- last time its content changed (or it was deleted)
        deleted_at TIMESTAMPTZ,
        first_committed_at TIMESTAMPTZ,   -- (schema 2) when the git history first committed it (or the file it moved from)
        deleted_commit VARCHAR,           -- (schema 2) the commit that deleted or moved it away
        moved_to VARCHAR,                 -- (schema 2) status 'moved': the path it moved to
        PRIMARY KEY (posts_root, source_path)""",
    "rejected_posts": f"""
        {FILE_KEY},
        error VARCHAR NOT NULL,
        content_hash VARCHAR,
        rejected_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (posts_root, source_path)""",
    "parsed_posts": f"""
        {FILE_KEY},
        article_id VARCHAR NOT NULL,
        title VARCHAR NOT NULL,
        title_source VARCHAR NOT NULL,
        published_at TIMESTAMPTZ,
        published_at_source VARCHAR,
        author VARCHAR,
        url VARCHAR,
        layout VARCHAR,
        body_format VARCHAR,
        extraction VARCHAR,
        problems VARCHAR[],
        removed_blocks STRUCT(rule VARCHAR, count INTEGER)[],  -- boilerplate removed, by rule
        content_hash VARCHAR NOT NULL,
        -- (schema 8) set on a clone's earlier version of a file whose version now cannot be read:
        -- the commit that replaced it (the article it gave vanished then)
        superseded_at TIMESTAMPTZ,
        superseded_commit VARCHAR,
        credits VARCHAR[],                -- (schema 11) articles.credits of this file
        PRIMARY KEY (posts_root, source_path)""",
    "parser_state": """
        version INTEGER NOT NULL          -- etl.posts.PARSER_VERSION of the parser that read the files
        """,
    # (schema 9) The scan of the posts folders that the last publish was planned from, as a digest
    # (discover.Listing.fingerprint): a scan with the same digest finds nothing to do, without a plan.
    "scan_state": """
        digest VARCHAR NOT NULL
        """,
    # (schema 8) The views and macros this file holds, by a digest of their statements: they are created again
    # only when those change, since any change to the catalog makes a checkpoint rewrite its metadata
    # (~0.1 s a run at 10x, however small the change of data).
    "installed_definitions": """
        kind VARCHAR NOT NULL,            -- views | search macros
        digest VARCHAR NOT NULL           -- MD5 of the statements that created them
        """,
    "parsed_blocks": f"{FILE_KEY}, block INTEGER NOT NULL, kind VARCHAR NOT NULL, text VARCHAR NOT NULL",
    "parsed_tags": f"{FILE_KEY}, tag VARCHAR NOT NULL, kind VARCHAR NOT NULL",
    "parsed_images": f"{FILE_KEY}, position INTEGER NOT NULL, src VARCHAR NOT NULL, alt VARCHAR, caption VARCHAR",
    "parsed_links": f"{FILE_KEY}, position INTEGER NOT NULL, href VARCHAR NOT NULL, text VARCHAR",
    "articles": """
        article_id VARCHAR PRIMARY KEY,
        posts_root VARCHAR NOT NULL,
        source_path VARCHAR NOT NULL,
        title VARCHAR NOT NULL,
        title_source VARCHAR NOT NULL,
        published_at TIMESTAMPTZ,
        published_at_source VARCHAR,
        author VARCHAR,
        url VARCHAR,
        site VARCHAR,                     -- host of url (no www./m.), else author: the repeated-block scope
        body_format VARCHAR,
        extraction VARCHAR,
        problems VARCHAR[],
        file_count INTEGER NOT NULL,      -- files (reposts, several roots) that are versions of it
        content_hash VARCHAR NOT NULL,
        first_seen_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        deleted_at TIMESTAMPTZ,           -- the deleting commit's time when the git history knows it
        first_committed_at TIMESTAMPTZ,   -- (schema 2) when the archive first committed any of its files
        deleted_commit VARCHAR,
        script VARCHAR,                   -- (schema 3) zh-Hans | zh-Hant | mixed | other (etl.analysis.fold)
        credits VARCHAR[]                 -- (schema 11) bylines, credits and notes of where the text came from,
                                          -- which the extraction took out of the paragraphs ('文／许若晴')
        """,
    "paragraphs": """
        article_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        kind VARCHAR NOT NULL,            -- paragraph | heading | list_item | quote | caption | preformatted | table_cell
        text VARCHAR NOT NULL,
        PRIMARY KEY (article_id, position)""",
    "tags": """
        article_id VARCHAR NOT NULL,
        tag VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,            -- tag | category
        PRIMARY KEY (article_id, tag, kind)""",
    "images": """
        article_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        src VARCHAR NOT NULL,
        alt VARCHAR,
        caption VARCHAR,
        PRIMARY KEY (article_id, position)""",
    "links": """
        article_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        href VARCHAR NOT NULL,
        text VARCHAR,
        PRIMARY KEY (article_id, position)""",
    "boilerplate_blocks": """
        article_id VARCHAR NOT NULL,
        block INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        repeated_in INTEGER NOT NULL,     -- live articles of the same site carrying this exact text
        PRIMARY KEY (article_id, block)""",
    # (schema 4) Each article's current blocks (the blocks of its own file, boilerplate included) by
    # the MD5 of their text: which articles share a (site, text) with a run's articles, and how many
    # live ones carry it, are found from 16-byte numbers instead of reading the text of every parsed
    # block (2.7 M at 10x, ~1 s a run). Kept for the re-derived articles, as paragraphs are.
    "block_texts": """
        article_id VARCHAR NOT NULL,
        site VARCHAR,                     -- articles.site
        live BOOLEAN NOT NULL,            -- articles.deleted_at IS NULL
        text_md5 UHUGEINT NOT NULL        -- md5_number(text) of one of its blocks (one row per article and text)
        """,
    # (schema 2) What the git history of a posts folder records, one row per change of a post file.
    "post_events": f"""
        {FILE_KEY},
        commit_id VARCHAR NOT NULL,
        committed_at TIMESTAMPTZ NOT NULL,
        action VARCHAR NOT NULL,          -- added | modified | moved | deleted
        old_path VARCHAR,                 -- moved: the path before
        content_hash VARCHAR,             -- the file's content after the change (before it, for deleted)
        blob_id VARCHAR,                  -- the git object of that content
        PRIMARY KEY (posts_root, commit_id, source_path)""",
    # (schema 2) How far each posts folder's git history has been read.
    "git_sources": """
        posts_root VARCHAR PRIMARY KEY,
        repository VARCHAR NOT NULL,      -- the work tree the folder belongs to
        head_commit VARCHAR,              -- the last commit read (HEAD at that run)
        commits_read BIGINT NOT NULL,     -- commits read over all runs
        read_at TIMESTAMPTZ NOT NULL,
        note VARCHAR                      -- why the history is partial or was re-read, when it is
        """,
    # (schema 3) Full-text search (etl/analysis/search.py): the fold map the index was built with,
    # each article's title and paragraphs folded (deleted articles too), and the postings of their
    # Han bigrams and Latin/digit words.
    "search_fold": "from_chars VARCHAR NOT NULL, to_chars VARCHAR NOT NULL",
    "search_documents": """
        article_id VARCHAR PRIMARY KEY,
        terms INTEGER NOT NULL,           -- number of terms: the document length of BM25
        doc INTEGER NOT NULL              -- (schema 4) the article's number in search_postings
        """,
    "search_paragraphs": """
        article_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,        -- paragraphs.position; -1 for the title
        folded VARCHAR NOT NULL,          -- the text folded (t2s, case, width): same length, same positions
        site_repeated BOOLEAN             -- (schema 5) carried by REPEATED_BLOCK_MIN_ARTICLES or more live
                                          -- articles of its site: kept (the article has nothing else) but
                                          -- not part of its story's text (a channel's description)
        """,
    # (schema 4) Postings name an article by its search_documents.doc (a third of the size of
    # article ids). A re-indexed article gets a new number and its old one retires: the old postings
    # stay, unseen by search(), until retired documents pass a share of the index and are deleted
    # at once (deleting them run by run read all 107 M postings at 10x: 1-2 s a run).
    "search_postings": """
        term VARCHAR NOT NULL,            -- (schema 6) a Latin, Greek, Cyrillic or digit word; pairs: search_pairs
        doc INTEGER NOT NULL,             -- search_documents.doc, or search_retired.doc
        tf INTEGER NOT NULL               -- occurrences of term in the article
        """,
    # (schema 6) The Han (kana, hangul) bigram postings, a pair of characters as one number (~95 % of the
    # postings): written ~3x faster than as strings, in half the space, and joined on a number.
    "search_pairs": """
        pair BIGINT NOT NULL,             -- unicode(first) * 2097152 + unicode(second): search_pair() spells it
        doc INTEGER NOT NULL,             -- search_documents.doc, or search_retired.doc
        tf INTEGER NOT NULL               -- occurrences of the pair in the article
        """,
    # (schema 7) The distinct words of search_postings, so that search() looks for a query word inside
    # them (phone in iphone15) in ~70,000 rows at 10x, not in every posting (~5 M). A word whose last
    # posting was deleted may stay: it finds nothing.
    "search_words": """
        term VARCHAR NOT NULL             -- a word of search_postings, once
        """,
    "search_retired": """
        doc INTEGER NOT NULL              -- (schema 4) a number whose postings are left to delete
        """,
    # (schema 3) Stories (etl/analysis/stories.py): LSH buckets of each live article's MinHash,
    # verified near-duplicate pairs, and the stories they make.
    "story_buckets": """
        band SMALLINT NOT NULL,
        bucket BIGINT NOT NULL,           -- 63 bits of a hash of the band's MinHash values (band 32: of the
                                          -- whole text; band -1: of the story text, for exact copies)
        article_id VARCHAR NOT NULL""",
    "story_links": """
        article_a VARCHAR NOT NULL,       -- article_a < article_b
        article_b VARCHAR NOT NULL,
        jaccard DOUBLE NOT NULL,          -- of the folded character 5-gram sets
        containment DOUBLE NOT NULL,      -- shared 5-grams / 5-grams of the smaller article
        PRIMARY KEY (article_a, article_b)""",
    "stories": """
        story_id VARCHAR NOT NULL,        -- the article_id of the story's first publication
        article_id VARCHAR PRIMARY KEY""",
    "story_summary": """
        story_id VARCHAR PRIMARY KEY,
        first_published_at TIMESTAMPTZ,
        first_article_id VARCHAR NOT NULL,
        first_site VARCHAR,
        sites VARCHAR[] NOT NULL,         -- outlets that carried it, first publication's first
        outlets INTEGER NOT NULL,
        size INTEGER NOT NULL,            -- articles
        last_published_at TIMESTAMPTZ,
        span INTERVAL                     -- last minus first publication
        """,
}

# Tables analysts query, in the order the UI lists them.
ANALYSIS_TABLES = (
    "articles",
    "paragraphs",
    "tags",
    "images",
    "links",
    "post_files",
    "rejected_posts",
    "post_events",
    "search_documents",
    "stories",
    "story_summary",
)

VIEWS: dict[str, str] = {
    # every posting of the search index with its term as text (schema 6 keeps Han pairs as numbers)
    "search_terms_indexed": """
        SELECT term, doc, tf FROM search_postings
        UNION ALL
        SELECT chr((pair >> 21)::INTEGER) || chr((pair & 2097151)::INTEGER), doc, tf FROM search_pairs""",
    "current_articles": "SELECT * FROM articles WHERE deleted_at IS NULL",
    "deleted_articles": "SELECT * FROM articles WHERE deleted_at IS NOT NULL",
    "daily_counts": """
        SELECT CAST(published_at AT TIME ZONE 'UTC' AS DATE) AS day, t.tag AS outlet, count(*) AS articles
        FROM current_articles a JOIN tags t USING (article_id)
        WHERE t.kind = 'category'
        GROUP BY ALL""",
    "article_versions": """
        SELECT f.article_id, e.committed_at, e.commit_id, e.action, e.source_path, e.old_path, e.content_hash,
               p.title, e.posts_root
        FROM post_events e JOIN post_files f USING (posts_root, source_path)
        LEFT JOIN parsed_posts p ON p.posts_root = e.posts_root AND p.source_path = e.source_path
                                 AND p.content_hash = e.content_hash
        WHERE f.article_id IS NOT NULL""",
    "article_text": """
        SELECT a.article_id, a.title, a.published_at, a.url,
               string_agg(p.text, chr(10) ORDER BY p.position) AS text
        FROM articles a LEFT JOIN paragraphs p USING (article_id)
        GROUP BY ALL""",
    "monthly_counts": """
        SELECT strftime(published_at, '%Y-%m') AS month, t.tag AS outlet, count(*) AS articles
        FROM current_articles a JOIN tags t USING (article_id)
        WHERE t.kind = 'category'
        GROUP BY ALL""",
    "tag_trends": """
        WITH tagged AS (
            SELECT strftime(published_at, '%Y-%m') AS month, t.tag, lower(t.tag) AS tag_key, article_id
            FROM current_articles a JOIN tags t USING (article_id)
            WHERE t.kind = 'tag'),
        monthly AS (SELECT month, tag_key, count(DISTINCT article_id) AS articles FROM tagged GROUP BY ALL),
        spelled AS (SELECT tag_key, mode(tag) AS tag FROM tagged GROUP BY ALL)
        SELECT month, tag, articles,
               coalesce(lag(articles) OVER (PARTITION BY tag_key ORDER BY month), 0) AS previous_month,
               articles - coalesce(lag(articles) OVER (PARTITION BY tag_key ORDER BY month), 0) AS change
        FROM monthly JOIN spelled USING (tag_key)""",
    "vanished_articles": """
        SELECT deleted_at, deleted_commit, published_at, title, site, url,
               date_diff('day', coalesce(first_committed_at, first_seen_at), deleted_at) AS days_in_archive,
               article_id
        FROM articles WHERE deleted_at IS NOT NULL""",
    "suspicious_dates": """
        SELECT article_id, title, published_at, published_at_source, first_committed_at,
               CASE WHEN published_at_source = 'file_name' THEN 'date taken from the file name'
                    WHEN published_at_source = 'front_matter_date_only' THEN 'a date without a time'
                    WHEN first_committed_at IS NOT NULL AND published_at > first_committed_at + INTERVAL 2 DAY
                        THEN 'published after the archive committed it'
                    WHEN list_contains(list_transform(problems, lambda x: x LIKE 'date:%'), true)
                        THEN list_filter(problems, lambda x: x LIKE 'date:%')[1]
               END AS reason
        FROM articles
        WHERE published_at_source IN ('file_name', 'front_matter_date_only')
           OR (first_committed_at IS NOT NULL AND published_at > first_committed_at + INTERVAL 2 DAY)
           OR list_contains(list_transform(problems, lambda x: x LIKE 'date:%'), true)""",
    "multi_outlet_stories": """
        SELECT story_id, first_published_at, first_site, outlets, size, sites
        FROM story_summary WHERE outlets >= 2""",
}

# What each view answers, for `SELECT * FROM duckdb_views()` and the shell's `.schema` readers.
VIEW_COMMENTS: dict[str, str] = {
    "current_articles": "Articles still in the archive (not deleted).",
    "deleted_articles": "Articles whose every file vanished, with deleted_at and deleted_commit.",
    "daily_counts": "Articles per day and outlet (category).",
    "article_versions": "Every commit that added, edited, moved or deleted one of an article's files.",
    "article_text": "One text per article: its paragraphs joined.",
    "monthly_counts": "Articles per month and outlet (category).",
    "tag_trends": "Articles per month and tag (tags differing only in case counted as one, under their most used "
    "spelling), with the change against the month before: which tags rise.",
    "vanished_articles": "Posts that vanished from the archive: when, by which commit, after how many days.",
    "suspicious_dates": "Articles whose publication date is a guess or contradicts the archive's history.",
    "multi_outlet_stories": "Stories carried by two or more outlets (see story_summary).",
}

# A block repeated verbatim in this many live articles of one site is a signature, a
# series banner or a subscribe plea, not article text (the repeated-line rule of web
# corpus cleaning). It is kept in boilerplate_blocks, not shown in paragraphs.
REPEATED_BLOCK_MIN_ARTICLES = 5
REPEATED_BLOCK_MIN_CHARS = 1
# A page's template repeats around the article, not inside it: a short repeated block between two blocks of the
# article's own (a section heading '最后' or '结论', a label '注：', a series' '欢迎回来！') is the author's. Measured on
# oped2-2025-02-15: 262 such headings and 876 such lines had gone from the articles' middles.
REPEATED_BLOCK_OWN_MAX_CHARS = 10


def table_statements() -> list[str]:
    return [f"CREATE TABLE IF NOT EXISTS {name} ({columns})" for name, columns in TABLES.items()]


def view_statements() -> list[str]:
    statements = [f"CREATE OR REPLACE VIEW {name} AS {sql}" for name, sql in VIEWS.items()]
    statements += [
        "COMMENT ON VIEW {} IS '{}'".format(name, text.replace("'", "''")) for name, text in VIEW_COMMENTS.items()
    ]
    return statements
