-- Postings of one batch of articles (new_search_paragraphs), into the temp table new_postings.
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
