-- The articles whose search documents, script and stories this publish re-derives: those the run
-- touched (`affected`) and those whose paragraphs changed because a repeated block did (`rederive`),
-- or every article when the index was built with another fold map (first run after the upgrade).
CREATE OR REPLACE TEMP TABLE analysis_todo AS
SELECT article_id FROM affected
UNION SELECT article_id FROM rederive
UNION SELECT article_id FROM articles WHERE $everything;
