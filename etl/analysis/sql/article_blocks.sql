-- The title (position -1) and paragraphs of one batch of the articles to re-derive ($ids),
-- with whether the article is live (only live articles get a story) and whether a paragraph's text is
-- carried by $min_articles or more live articles of the site (site_repeated: left out of the story's
-- text; such a paragraph is in `paragraphs` only when its article has nothing else). The WHERE clause
-- (few.among) lets the scan of paragraphs skip the text of other articles.
WITH batch AS (SELECT unnest($ids::JSON::VARCHAR[]) AS article_id),
blocks AS (
    SELECT article_id, -1 AS position, title AS text, deleted_at IS NULL AS live, site
    FROM articles SEMI JOIN batch USING (article_id)
    UNION ALL
    SELECT p.article_id, p.position, p.text, a.deleted_at IS NULL, a.site
    FROM paragraphs p SEMI JOIN batch USING (article_id) JOIN articles a USING (article_id)
    WHERE {among}
),
-- the batch's texts carried by $min_articles or more live articles of their site: batch_repeated.sql, or
-- the temp table of repeated_texts.sql when a run made it for its many batches
repeated AS ({repeated})
SELECT b.article_id, b.position, b.text, b.live,
       b.position >= 0 AND r.site IS NOT NULL AND length(b.text) >= $min_chars AS site_repeated
FROM blocks b LEFT JOIN repeated r ON r.site = b.site AND r.text_md5 = md5_number(b.text)
ORDER BY article_id, position
