-- Re-index the articles in analysis_todo, whose title and paragraphs, folded in Python (fold.py),
-- search_postings_batch.sql has turned into new_postings, batch by batch. Articles no longer
-- present simply lose their rows.
DELETE FROM search_postings WHERE article_id IN (SELECT article_id FROM analysis_todo);
DELETE FROM search_documents WHERE article_id IN (SELECT article_id FROM analysis_todo);
INSERT INTO search_documents
SELECT d.article_id, coalesce(n.terms, 0)::INTEGER
FROM (SELECT DISTINCT article_id FROM search_paragraphs SEMI JOIN analysis_todo USING (article_id)) d
LEFT JOIN (SELECT article_id, sum(tf) AS terms FROM new_postings GROUP BY article_id) n USING (article_id);
-- sorted by term, so that a query reads only the row groups of its terms (zone maps)
INSERT INTO search_postings SELECT term, article_id, tf FROM new_postings ORDER BY term;
DROP TABLE new_postings;
