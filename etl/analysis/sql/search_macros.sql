-- The search() table macro and the term splitter it shares with the indexer.
-- Stored in the warehouse, so the plain DuckDB shell runs them read-only, with no extension.

-- Terms of folded text: every pair of adjacent Han (or kana, hangul) characters, and every run of
-- Latin, Greek, Cyrillic letters or digits up to 200 characters (a hash, a wallet address, a German compound
-- is a word, while a longer run is data pasted into the text, such as base64, and no term).
CREATE OR REPLACE MACRO search_terms(folded) AS list_concat(
    flatten(list_transform(
        regexp_extract_all(folded, '[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,}'),
        lambda run: list_transform(range(1, length(run)), lambda i: substr(run, i, 2)))),
    list_filter(regexp_extract_all(folded, '[\p{Latin}\p{Greek}\p{Cyrillic}\p{Nd}]+'), lambda word: length(word) <= 200));

-- A pair of search_terms() (two Han, kana or hangul characters) as the number search_pairs keeps it
-- (etl/analysis/pairs.py), or NULL for a word.
CREATE OR REPLACE MACRO search_pair(term) AS
    CASE WHEN regexp_full_match(term, '[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2}')
         THEN unicode(term)::BIGINT * 2097152 + unicode(substr(term, 2)) END;

-- The fold the index was built with (t2s, ASCII case, full-width forms), as one translate(); the
-- characters of from_chars past the length of to_chars (zero-width ones) are deleted.
CREATE OR REPLACE MACRO search_fold_text(text) AS
    translate(text, (SELECT from_chars FROM search_fold), (SELECT to_chars FROM search_fold));

-- Text without the characters the fold deletes: a position in folded text is the same position here.
CREATE OR REPLACE MACRO search_visible(text) AS
    translate(text, (SELECT substr(from_chars, length(to_chars) + 1) FROM search_fold), '');

-- search('翻牆工具'): articles holding every query term and each whitespace-separated part of the query
-- verbatim (after folding), ranked by BM25 (k1 = 1.2, b = 0.75), the best `top` of them (NULL: all).
-- Filters: site, since (inclusive), before (exclusive), live_only. Deleted articles are found too:
-- deleted_at says so.
CREATE OR REPLACE MACRO search(query, site := NULL, since := NULL, before := NULL, live_only := false, top := 100)
AS TABLE
WITH q AS (
    SELECT search_fold_text(query) AS folded
), parts AS (
    SELECT list_filter(string_split_regex(trim(q.folded), '\s+'), lambda p: p <> '') AS parts FROM q
), query_terms AS (
    SELECT DISTINCT unnest(search_terms(q.folded)) AS term FROM q
), corpus AS (
    SELECT count(*) AS n, avg(d.terms) AS avgdl FROM search_documents d
), query_pairs AS (
    SELECT term, search_pair(term) AS pair FROM query_terms WHERE search_pair(term) IS NOT NULL
), query_words AS (
    -- a word of the query is found inside the indexed words holding it (phone in iphone15, http in https),
    -- so any part of a word is found too
    SELECT t.term, w.term AS word
    FROM search_words w JOIN query_terms t ON contains(w.term, t.term) WHERE search_pair(t.term) IS NULL
), hits AS (
    -- joined to the current documents: the postings of retired numbers (search_retired) are not seen;
    -- a query word's term frequency is that of the words holding it together
    SELECT t.term, d.article_id, d.terms, sum(p.tf) AS tf
    FROM search_postings p JOIN query_words t ON p.term = t.word JOIN search_documents d ON d.doc = p.doc
    GROUP BY t.term, d.article_id, d.terms
    UNION ALL
    SELECT t.term, d.article_id, d.terms, p.tf
    FROM search_pairs p JOIN query_pairs t ON p.pair = t.pair JOIN search_documents d ON d.doc = p.doc
), df AS (
    SELECT h.term, count(*) AS df FROM hits h GROUP BY h.term
), scored AS (
    SELECT h.article_id,
           sum(ln(1 + (c.n - df.df + 0.5) / (df.df + 0.5))
               * h.tf * 2.2 / (h.tf + 1.2 * (0.25 + 0.75 * h.terms / c.avgdl))) AS score
    FROM hits h JOIN df ON df.term = h.term, corpus c
    GROUP BY h.article_id
    HAVING count(*) = (SELECT count(*) FROM query_terms)
), scanned AS (
    -- A query with no term at all (one Han character, '疫'; a symbol, 'C++' folds to words, '&' does not) is
    -- looked up in every folded block, and scored by BM25 over how often its parts occur. The first test reads
    -- the query literal, so DuckDB drops this branch for every other query; the second is for a literal whose
    -- terms only its folding makes (a zero-width character between two Han ones).
    SELECT sp.article_id,
           sum(list_sum(list_transform(parts.parts,
               lambda x: (length(sp.folded) - length(replace(sp.folded, x, ''))) // length(x)))) AS tf,
           bit_or(list_sum(list_transform(range(len(parts.parts)),
               lambda i: CASE WHEN contains(sp.folded, parts.parts[i + 1]) THEN 1 << i ELSE 0 END))) AS held
    FROM search_paragraphs sp, parts
    WHERE len(search_terms(query)) = 0 AND len(parts.parts) > 0 AND (SELECT count(*) FROM query_terms) = 0
    GROUP BY sp.article_id, parts.parts
    HAVING held = (1 << len(parts.parts)) - 1
), scanned_scored AS (
    SELECT s.article_id,
           ln(1 + (c.n - f.df + 0.5) / (f.df + 0.5)) * s.tf * 2.2 / (s.tf + 1.2 * (0.25 + 0.75 * d.terms / c.avgdl)) AS score
    FROM scanned s JOIN search_documents d ON d.article_id = s.article_id, corpus c,
         (SELECT count(*) AS df FROM scanned) f
), found AS (
    -- A query whose parts are each one whole term (中国, vpn) is answered by the postings alone; other
    -- parts (covid-19, 翻墙工具) are looked up in the folded paragraphs, since their terms may occur
    -- apart. The test reads the query literal, not the folded one, so DuckDB drops the branch not
    -- taken (folding maps a term to a term: Han to Han, letters to letters).
    SELECT s.article_id, s.score FROM scored s
    WHERE list_bool_and(list_transform(string_split_regex(trim(query), '\s+'), lambda p: p = '' OR search_terms(p) = [p]))
    UNION ALL
    SELECT s.article_id, s.score
    FROM scored s JOIN search_paragraphs sp ON sp.article_id = s.article_id, parts
    WHERE NOT list_bool_and(list_transform(string_split_regex(trim(query), '\s+'), lambda p: p = '' OR search_terms(p) = [p]))
    GROUP BY s.article_id, s.score, parts.parts
    -- bit i: some paragraph holds part i
    HAVING bit_or(list_sum(list_transform(range(len(parts.parts)),
                                          lambda i: CASE WHEN contains(sp.folded, parts.parts[i + 1]) THEN 1 << i ELSE 0 END)))
           = (1 << len(parts.parts)) - 1
    UNION ALL
    SELECT article_id, score FROM scanned_scored
), best AS (
    SELECT f.article_id, f.score, a.title, a.published_at, a.site, a.url, a.deleted_at,
           (SELECT parts.parts[1] FROM parts) AS first_part
    FROM found f JOIN articles a ON a.article_id = f.article_id
    WHERE (site IS NULL OR a.site = site)
      AND (since IS NULL OR a.published_at >= CAST(since AS TIMESTAMPTZ))
      AND (before IS NULL OR a.published_at < CAST(before AS TIMESTAMPTZ))
      AND (NOT live_only OR a.deleted_at IS NULL)
    ORDER BY f.score DESC, a.published_at DESC, f.article_id
    LIMIT coalesce(top, 9223372036854775807)
), first_hit AS (
    -- the first block (title, then paragraphs) holding the query's first part
    SELECT sp.article_id, sp.position, strpos(sp.folded, b.first_part) AS at, length(b.first_part) AS len
    FROM best b JOIN search_paragraphs sp ON sp.article_id = b.article_id AND contains(sp.folded, b.first_part)
    QUALIFY row_number() OVER (PARTITION BY sp.article_id ORDER BY sp.position) = 1
), shown AS (
    SELECT b.* EXCLUDE (first_part), h.at, h.len, search_visible(CASE WHEN h.position = -1 THEN b.title ELSE p.text END) AS text
    FROM best b LEFT JOIN first_hit h ON h.article_id = b.article_id
    LEFT JOIN paragraphs p ON p.article_id = h.article_id AND p.position = h.position
)
SELECT m.article_id, m.title, m.published_at, m.site, m.url, round(m.score, 4) AS score,
       regexp_replace(
           CASE WHEN m.at > 41 THEN '…' ELSE '' END
           || substr(m.text, greatest(m.at - 40, 1), least(m.at - 1, 40))
           || '«' || substr(m.text, m.at, m.len) || '»'
           || substr(m.text, m.at + m.len, 60)
           || CASE WHEN m.at + m.len + 60 <= length(m.text) THEN '…' ELSE '' END,
           '\s+', ' ', 'g') AS snippet,
       m.deleted_at
FROM shown m
ORDER BY m.score DESC, m.published_at DESC, m.article_id;
