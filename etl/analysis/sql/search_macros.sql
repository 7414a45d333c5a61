-- The search() table macro and the term splitter it shares with the indexer.
-- Stored in the warehouse, so the plain DuckDB shell runs them read-only, with no extension.

-- Terms of folded text: every pair of adjacent Han (or kana, hangul) characters, and every run of
-- Latin, Greek, Cyrillic letters or digits (words over 40 characters are URLs or hashes, not terms).
CREATE OR REPLACE MACRO search_terms(folded) AS list_concat(
    flatten(list_transform(
        regexp_extract_all(folded, '[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,}'),
        run -> list_transform(range(1, length(run)), i -> substr(run, i, 2)))),
    list_filter(regexp_extract_all(folded, '[\p{Latin}\p{Greek}\p{Cyrillic}\p{Nd}]+'), word -> length(word) <= 40));

-- The fold the index was built with (t2s, ASCII case, full-width forms), as one translate().
CREATE OR REPLACE MACRO search_fold_text(text) AS
    translate(text, (SELECT from_chars FROM search_fold), (SELECT to_chars FROM search_fold));

-- search('翻牆工具'): articles holding every query term, each whitespace-separated part of the query
-- verbatim (after folding), ranked by BM25 (k1 = 1.2, b = 0.75). Filters: site, since (inclusive),
-- before (exclusive), live_only. Deleted articles are found too: deleted_at says so.
CREATE OR REPLACE MACRO search(query, site := NULL, since := NULL, before := NULL, live_only := false) AS TABLE
WITH q AS (
    SELECT search_fold_text(query) AS folded
), parts AS (
    SELECT list_filter(string_split_regex(trim(q.folded), '\s+'), p -> p <> '') AS parts FROM q
), query_terms AS (
    SELECT DISTINCT unnest(search_terms(q.folded)) AS term FROM q
), corpus AS (
    SELECT count(*) AS n, avg(d.terms) AS avgdl FROM search_documents d
), hits AS (
    SELECT p.term, p.article_id, p.tf FROM search_postings p SEMI JOIN query_terms t ON p.term = t.term
), df AS (
    SELECT h.term, count(*) AS df FROM hits h GROUP BY h.term
), scored AS (
    SELECT h.article_id,
           sum(ln(1 + (c.n - df.df + 0.5) / (df.df + 0.5))
               * h.tf * 2.2 / (h.tf + 1.2 * (0.25 + 0.75 * d.terms / c.avgdl))) AS score
    FROM hits h JOIN df ON df.term = h.term JOIN search_documents d ON d.article_id = h.article_id, corpus c
    GROUP BY h.article_id
    HAVING count(*) = (SELECT count(*) FROM query_terms)
), matched AS (
    SELECT s.article_id, s.score, d.text, strpos(d.folded, parts.parts[1]) AS at, length(parts.parts[1]) AS len
    FROM scored s JOIN search_documents d ON d.article_id = s.article_id, parts
    WHERE list_bool_and(list_transform(parts.parts, p -> contains(d.folded, p)))
)
SELECT a.article_id, a.title, a.published_at, a.site, a.url, round(m.score, 4) AS score,
       regexp_replace(
           CASE WHEN m.at > 41 THEN '…' ELSE '' END
           || substr(m.text, greatest(m.at - 40, 1), least(m.at - 1, 40))
           || '«' || substr(m.text, m.at, m.len) || '»'
           || substr(m.text, m.at + m.len, 60)
           || CASE WHEN m.at + m.len + 60 <= length(m.text) THEN '…' ELSE '' END,
           '\s+', ' ', 'g') AS snippet,
       a.deleted_at
FROM matched m JOIN articles a ON a.article_id = m.article_id
WHERE (site IS NULL OR a.site = site)
  AND (since IS NULL OR a.published_at >= CAST(since AS TIMESTAMPTZ))
  AND (before IS NULL OR a.published_at < CAST(before AS TIMESTAMPTZ))
  AND (NOT live_only OR a.deleted_at IS NULL)
ORDER BY m.score DESC, a.published_at DESC, a.article_id;
