-- The title (position -1) and paragraphs of each article to re-derive.
SELECT article_id, -1 AS position, title AS text FROM articles SEMI JOIN analysis_todo USING (article_id)
UNION ALL
SELECT article_id, position, text FROM paragraphs SEMI JOIN analysis_todo USING (article_id)
ORDER BY article_id, position
