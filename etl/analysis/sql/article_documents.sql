-- One text per article to re-derive: title, then its paragraphs in order, one per line.
SELECT a.article_id, a.deleted_at IS NULL AS live,
       a.title || coalesce(chr(10) || string_agg(p.text, chr(10) ORDER BY p.position), '') AS text
FROM articles a SEMI JOIN analysis_todo USING (article_id)
LEFT JOIN paragraphs p USING (article_id)
GROUP BY a.article_id, a.deleted_at, a.title
