-- Index one batch of articles (search.write_batch registers them): new_search_paragraphs (their folded
-- titles and paragraphs), new_documents (article_id, terms: how many terms it holds, doc: a new number
-- each), new_pair_postings (its Han bigrams as numbers, counted per document by etl/analysis/pairs.py,
-- in order of pair) and new_word_postings (its Latin, Greek, Cyrillic and digit words, counted by
-- etl/analysis/words.py, in order of term). Each postings table keeps a batch sorted by term, so that a
-- query reads few row groups of each batch (zone maps).
INSERT INTO search_documents SELECT article_id, terms, doc FROM new_documents;
INSERT INTO search_postings SELECT term, doc, tf FROM new_word_postings;
INSERT INTO search_pairs SELECT pair, doc, tf FROM new_pair_postings;
