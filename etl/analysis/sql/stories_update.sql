-- Write the stories whose membership changed, and the summaries of every story touched.
-- story_scope: the articles regrouped (whole components of the links, see stories._regroup); the
-- stories of all other articles stand. linked_stories: (article_id, story_id) of the scope's
-- articles with verified links; every other live article of the scope is a story of its own.
CREATE OR REPLACE TEMP TABLE desired_stories AS
SELECT coalesce(l.story_id, a.article_id) AS story_id, a.article_id
FROM articles a SEMI JOIN story_scope USING (article_id) LEFT JOIN linked_stories l USING (article_id)
WHERE a.deleted_at IS NULL;

CREATE OR REPLACE TEMP TABLE scoped_stories AS SELECT * FROM stories SEMI JOIN story_scope USING (article_id);

CREATE OR REPLACE TEMP TABLE changed_stories AS
SELECT * FROM (SELECT * FROM desired_stories EXCEPT SELECT * FROM scoped_stories)
UNION ALL SELECT * FROM (SELECT * FROM scoped_stories EXCEPT SELECT * FROM desired_stories);

CREATE OR REPLACE TEMP TABLE touched_stories AS
SELECT story_id FROM changed_stories
UNION SELECT story_id FROM stories SEMI JOIN analysis_todo USING (article_id);

DELETE FROM stories WHERE article_id IN (SELECT article_id FROM changed_stories);
INSERT INTO stories
SELECT * FROM desired_stories SEMI JOIN (SELECT DISTINCT article_id FROM changed_stories) USING (article_id);

DELETE FROM story_summary WHERE story_id IN (SELECT story_id FROM touched_stories);
INSERT INTO story_summary
WITH members AS (
    SELECT s.story_id, a.article_id, a.published_at, a.site
    FROM stories s JOIN articles a USING (article_id)
    WHERE s.story_id IN (SELECT story_id FROM touched_stories)
), outlets AS (
    SELECT story_id, list(site ORDER BY first_at NULLS LAST, site) AS sites, count(*)::INTEGER AS outlets
    FROM (SELECT story_id, site, min(published_at) AS first_at FROM members WHERE site IS NOT NULL GROUP BY ALL)
    GROUP BY story_id
)
SELECT m.story_id, min(m.published_at), any_value(m.story_id), arg_min(m.site, (m.article_id <> m.story_id)::INTEGER),
       coalesce(any_value(o.sites), []), coalesce(any_value(o.outlets), 0), count(*)::INTEGER,
       max(m.published_at), max(m.published_at) - min(m.published_at)
FROM members m LEFT JOIN outlets o USING (story_id)
GROUP BY m.story_id;
