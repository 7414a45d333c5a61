-- Postings of one batch of articles (new_search_paragraphs, numbered in new_documents), into the temp
-- table new_postings, keyed by document number: grouping on a number is cheaper than on an article id.
-- The terms of search_terms() in search_macros.sql, written as joins (about twice as fast over
-- a whole archive as the macro's nested lambdas); tests/test_search.py checks they agree.
CREATE OR REPLACE TEMP TABLE new_postings AS
WITH numbered AS (
    SELECT d.doc, p.folded FROM new_search_paragraphs p JOIN new_documents d USING (article_id)
), runs AS (
    SELECT doc, unnest(regexp_extract_all(folded, '[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,}')) AS run
    FROM numbered
), starts AS (
    SELECT doc, run, unnest(range(1, length(run))) AS i FROM runs
), terms AS (
    SELECT doc, substr(run, i, 2) AS term FROM starts
    UNION ALL
    SELECT doc, word FROM (
        SELECT doc, unnest(regexp_extract_all(folded, '[\p{Latin}\p{Greek}\p{Cyrillic}\p{Nd}]+')) AS word
        FROM numbered)
    WHERE length(word) <= 40
)
SELECT term, doc, count(*)::INTEGER AS tf FROM terms GROUP BY ALL;
