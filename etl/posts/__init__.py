"""The parsing core: post files to records, with no Dagster import."""

# What a file yields (its blocks, title, dates, links) depends on this code. A release whose parsing or
# extraction changes that output bumps the number; the next run then reads every present file again
# (keeping first_seen_at, changed_at and the deletion history), so the warehouse equals a fresh load.
# Warehouses from before the number was recorded count as version 1.
# 3: menus, teaser cards, lead lists, follow prompts, Big5, full-width colons
# 4: a line break between Chinese characters joins them, long paragraphs split not cut, an indent after <br>
#    starts a paragraph, second copies, pagers and rows of controls dropped, headline-like lead lists,
#    front matter without its closing '---'
# 5: a block's kind on pretty-printed pages, citations kept, a one-paragraph box beside the article, related
#    lists under a label amid the prose, ad slots, sign-in and subscribe boxes, epoch dates past time_t, a page
#    of short lines read in the box of its title, layout cells beside the article's cell, pager lines,
#    takedown notices
PARSER_VERSION = 5
