-- Re-index the articles in analysis_todo: their title and paragraphs, folded in Python (fold.py),
-- are in new_search_paragraphs; articles no longer present simply lose their rows.
DELETE FROM search_postings WHERE article_id IN (SELECT article_id FROM analysis_todo);
DELETE FROM search_documents WHERE article_id IN (SELECT article_id FROM analysis_todo);
DELETE FROM search_paragraphs WHERE article_id IN (SELECT article_id FROM analysis_todo);
INSERT INTO search_paragraphs SELECT article_id, position, folded FROM new_search_paragraphs;
-- The terms of search_terms() in search_macros.sql, written as joins (about twice as fast over
-- a whole archive as the macro's nested lambdas); tests/test_search.py checks they agree.
CREATE OR REPLACE TEMP TABLE new_postings AS
WITH runs AS (
    SELECT article_id, unnest(regexp_extract_all(folded, '[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,}')) AS run
    FROM new_search_paragraphs
), starts AS (
    SELECT article_id, run, unnest(range(1, length(run))) AS i FROM runs
), terms AS (
    SELECT article_id, substr(run, i, 2) AS term FROM starts
    UNION ALL
    SELECT article_id, word FROM (
        SELECT article_id, unnest(regexp_extract_all(folded, '[\p{Latin}\p{Greek}\p{Cyrillic}\p{Nd}]+')) AS word
        FROM new_search_paragraphs)
    WHERE length(word) <= 40
)
SELECT term, article_id, count(*)::INTEGER AS tf FROM terms GROUP BY ALL;
INSERT INTO search_documents
SELECT d.article_id, coalesce(n.terms, 0)::INTEGER
FROM (SELECT DISTINCT article_id FROM new_search_paragraphs) d
LEFT JOIN (SELECT article_id, sum(tf) AS terms FROM new_postings GROUP BY article_id) n USING (article_id);
-- sorted by term, so that a query reads only the row groups of its terms (zone maps)
INSERT INTO search_postings SELECT term, article_id, tf FROM new_postings ORDER BY term;
DROP TABLE new_postings;
