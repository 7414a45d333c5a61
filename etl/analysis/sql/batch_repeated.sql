-- (inside article_blocks.sql) The texts of the batch's paragraphs carried by $min_articles or more live
-- articles of their site, as (site, text_md5).
SELECT t.site, t.text_md5
FROM block_texts t SEMI JOIN (SELECT DISTINCT site, md5_number(text) AS text_md5 FROM blocks WHERE position >= 0) w
    ON w.site = t.site AND w.text_md5 = t.text_md5
WHERE t.live
GROUP BY ALL
HAVING count(DISTINCT t.article_id) >= $min_articles
