-- Index one batch of articles (new_search_paragraphs: their folded titles and paragraphs). Each
-- article gets a new document number, after every number in use or retired (search.start_index
-- retired its old one); batches come in order of article_id, so the numbers are those of one
-- numbering of the whole run. Then the batch's postings (search_postings_batch.sql) are written.
CREATE OR REPLACE TEMP TABLE new_documents AS
WITH top AS (
    SELECT greatest((SELECT max(doc) FROM search_documents), (SELECT max(doc) FROM search_retired), 0) AS doc
)
SELECT article_id, ((SELECT doc FROM top) + row_number() OVER (ORDER BY article_id))::INTEGER AS doc
FROM (SELECT DISTINCT article_id FROM new_search_paragraphs);
{postings}
INSERT INTO search_documents
SELECT d.article_id, coalesce(n.terms, 0)::INTEGER, d.doc
FROM new_documents d LEFT JOIN (SELECT doc, sum(tf) AS terms FROM new_postings GROUP BY doc) n USING (doc);
-- sorted by term within the batch, so that a query reads few row groups of each batch (zone maps)
INSERT INTO search_postings SELECT term, doc, tf FROM new_postings ORDER BY term, doc;
DROP TABLE new_postings;
DROP TABLE new_documents;
