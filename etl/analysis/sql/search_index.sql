-- Index one batch of articles (search.write_batch registers them): new_search_paragraphs (their folded
-- titles and paragraphs), new_documents (article_id, doc: a new number each; pairs: how many Han bigrams
-- it holds) and new_pair_postings (those bigrams as numbers, counted per document by
-- etl/analysis/pairs.py, in order of pair). The Latin, Greek, Cyrillic and digit words of search_terms()
-- (sql/search_macros.sql) are counted here.
CREATE OR REPLACE TEMP TABLE new_word_postings AS
SELECT word AS term, doc, count(*)::INTEGER AS tf
FROM (
    SELECT d.doc, unnest(regexp_extract_all(p.folded, '[\p{Latin}\p{Greek}\p{Cyrillic}\p{Nd}]+')) AS word
    FROM new_search_paragraphs p JOIN new_documents d USING (article_id)
)
WHERE length(word) <= 40
GROUP BY ALL;
INSERT INTO search_documents
SELECT d.article_id, (d.pairs + coalesce(w.terms, 0))::INTEGER, d.doc
FROM new_documents d LEFT JOIN (SELECT doc, sum(tf) AS terms FROM new_word_postings GROUP BY doc) w USING (doc);
-- Each sorted by term, so that a query reads few row groups of each batch (zone maps); the pairs come
-- sorted (by their number: first code point, then second).
INSERT INTO search_postings SELECT term, doc, tf FROM new_word_postings ORDER BY term, doc;
INSERT INTO search_pairs SELECT pair, doc, tf FROM new_pair_postings;
DROP TABLE new_word_postings;
