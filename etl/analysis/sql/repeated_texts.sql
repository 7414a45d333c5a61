-- The texts carried by $min_articles or more live articles of a site, as (site, text_md5): what
-- article_blocks.sql counts batch by batch, counted once for a run that re-derives many articles. Each
-- batch's count read every row of block_texts, so a whole archive's derive read it once per batch of
-- 250 articles: 226 times at 10x (reading the batches took 58 s, 34 s with one count of 0.6 s).
CREATE OR REPLACE TEMP TABLE repeated_texts AS
SELECT site, text_md5
FROM block_texts
WHERE live
GROUP BY ALL
HAVING count(DISTINCT article_id) >= $min_articles
