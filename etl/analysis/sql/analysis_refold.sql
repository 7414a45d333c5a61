-- When only the characters the fold deletes changed ($refold: zero-width ones), the articles whose
-- title or paragraphs hold one of them fold differently: they are re-derived too.
INSERT INTO analysis_todo
SELECT article_id FROM articles WHERE translate(title, $refold, '') <> title
UNION SELECT article_id FROM paragraphs WHERE translate(text, $refold, '') <> text
EXCEPT SELECT article_id FROM analysis_todo;
