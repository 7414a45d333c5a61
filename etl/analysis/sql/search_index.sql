-- Re-index the articles in analysis_todo, whose title and paragraphs, folded in Python (fold.py),
-- search_postings_batch.sql has turned into new_postings, batch by batch. Articles no longer
-- present simply lose their document. Each indexed article gets a new document number, after every
-- number in use or retired; its old number retires (search.finish_index deletes retired postings in bulk).
INSERT INTO search_retired SELECT doc FROM search_documents SEMI JOIN analysis_todo USING (article_id);
DELETE FROM search_documents WHERE article_id IN (SELECT article_id FROM analysis_todo);
INSERT INTO search_documents
WITH indexed AS (
    SELECT d.article_id, coalesce(n.terms, 0)::INTEGER AS terms
    FROM (SELECT DISTINCT article_id FROM search_paragraphs SEMI JOIN analysis_todo USING (article_id)) d
    LEFT JOIN (SELECT article_id, sum(tf) AS terms FROM new_postings GROUP BY article_id) n USING (article_id)
), top AS (
    SELECT greatest((SELECT max(doc) FROM search_documents), (SELECT max(doc) FROM search_retired), 0) AS doc
)
SELECT article_id, terms, ((SELECT doc FROM top) + row_number() OVER (ORDER BY article_id))::INTEGER
FROM indexed;
-- sorted by term, so that a query reads only the row groups of its terms (zone maps)
INSERT INTO search_postings
SELECT n.term, d.doc, n.tf FROM new_postings n JOIN search_documents d USING (article_id) ORDER BY n.term, d.doc;
DROP TABLE new_postings;
