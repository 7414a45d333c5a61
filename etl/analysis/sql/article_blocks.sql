-- The title (position -1) and paragraphs of one batch of the articles to re-derive ($ids),
-- with whether the article is live (only live articles get a story). The WHERE clause (few.among)
-- lets the scan of paragraphs skip the text of other articles.
WITH batch AS (SELECT unnest($ids::JSON::VARCHAR[]) AS article_id)
SELECT article_id, -1 AS position, title AS text, deleted_at IS NULL AS live FROM articles SEMI JOIN batch USING (article_id)
UNION ALL
SELECT p.article_id, p.position, p.text, a.deleted_at IS NULL
FROM paragraphs p SEMI JOIN batch USING (article_id) JOIN articles a USING (article_id)
WHERE {among}
ORDER BY article_id, position
