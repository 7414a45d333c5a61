-- Index one batch of articles (new_search_paragraphs: their folded titles and paragraphs, whose
-- postings search_postings_batch.sql has just put in new_postings). Each article gets a new document
-- number, after every number in use or retired (search.start_index retired its old one); batches come
-- in order of article_id, so the numbers are those of one numbering of the whole run.
INSERT INTO search_documents
WITH indexed AS (
    SELECT d.article_id, coalesce(n.terms, 0)::INTEGER AS terms
    FROM (SELECT DISTINCT article_id FROM new_search_paragraphs) d
    LEFT JOIN (SELECT article_id, sum(tf) AS terms FROM new_postings GROUP BY article_id) n USING (article_id)
), top AS (
    SELECT greatest((SELECT max(doc) FROM search_documents), (SELECT max(doc) FROM search_retired), 0) AS doc
)
SELECT article_id, terms, ((SELECT doc FROM top) + row_number() OVER (ORDER BY article_id))::INTEGER
FROM indexed;
-- sorted by term within the batch, so that a query reads few row groups of each batch (zone maps)
INSERT INTO search_postings
SELECT n.term, d.doc, n.tf FROM new_postings n JOIN search_documents d USING (article_id) ORDER BY n.term, d.doc;
DROP TABLE new_postings;
