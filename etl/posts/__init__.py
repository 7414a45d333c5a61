"""The parsing core: post files to records, with no Dagster import."""

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from pathlib import Path

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
# 6: undated posts, editor backups and hidden files rejected; YAML 1.2 booleans, anchors; Markdown with inline
#    HTML, emphasis, footnotes, kramdown attributes, Liquid highlight; preformatted lines kept; a quoted or
#    reported copyright notice is prose; scripts and navigation of too-deep bodies dropped
# 7: Liquid raw spans keep their content; code keeps its lines where a tag or Liquid is removed;
#    an <aside> fact box amid the article's paragraphs; fifth round of hard cases (dates, encodings, comments,
#    escaped and noscript bodies, a name's rule word not removing the article's own heading, paragraph or table);
#    sixth round (generator header link forms, Taiwan pages' prompts and counts)
# 8: sections side by side under <body>; seventh round of hard cases (Markdown with setext headings, pipe tables
#    or HTML blocks; copyright sentences of prose; disclaimers, control rows, date-and-source lines, orphan
#    labels; a translation's sources; a page's <h1> as the title)
# 9: eighth round of hard cases: code kept whole (no text rule), a GBK or Big5 line in a UTF-8 post, staff credit
#    lines, prompts with their promise, metadata lines with controls and counts, Hugo's TOML and JSON front matter,
#    kramdown's bold beside punctuation, lazy-loaded and AMP images, QR codes, line-number gutters, a header box's
#    standfirst
# 10: the headline opening a whole page's article is its title, not a paragraph (drop_title_heading); a caption
#     shown whole and cut short; sources kept (a closing list or run of links to many sites); an editor's note
#     boxed before the article; readers' comments, PTT's pushes and footer, author bios, signatures dropped; a box's
#     bare text split at blank lines; copies only in <template> or srcdoc read; a ninth round of page chrome
# 11: a run of short lines with no link scores as prose (a poem's box outweighs a byline); labelled metadata fields
#     with a date ('作者：… 发布时间：… 阅读：…') and a date-and-time line above the text are datelines; a headline in
#     bold type on a whole page is its title; browser and cookie notices; a plain text rule line; an orphan TOC
#     label; WordPress shortcodes and BBCode written out as text; paywall, app, ad and comment-box notices; an
#     unquoted title's ' #hashtag' kept (YAML read it as a comment); cards of pages on many other sites are a digest's
#     items; a closing line of short links to the site's own pages is a keyword group; UTF-16 without a byte order
#     mark read; a merge conflict's first side read
# 12: an app shell's JSON-LD articleBody read; AMP ads and players, Word's pasted settings, icon glyphs, fold links,
#     a player's control bar, the page's counts and own address, comment forms, IP-location datelines go; a Markdown
#     title heading goes, a footnote alone makes Markdown; a CDATA wrapper read through; text in type of size 0
#     goes; a numbered first heading is an item; a 12-hour clock's PM and Taiwan's slashed year read
# 13: a heading over a form's fields or buttons is a widget's (a sign-up, search or poll box), named or not; a
#     line of short paywall notes goes whole; a table of contents (links to the page's own anchors) goes; a box
#     removed between two runs of text still ends the paragraph before it; a related label in brackets ('【相关新闻】');
#     'Topics:' and '话题：' keyword lines; a written date without its day or year ('10:00', 'May 28') is not
#     completed from today (the file name's date is used, and the problem said); a file cut off inside its last
#     character keeps its text without a replacement mark; Markdown with an HTML block is Markdown when its own
#     syntax is links or list items (no heading); a line ending in a full stop is a sentence, not a keyword line
# 14: WordPress's caption shortcode is a figure with its caption and its embed shortcode a link; Hugo's figure
#     shortcode a figure; front matter keys without a space after the colon ('title:…'), a flow list never closed
#     ('tags: [a, b') or unreadable ('[#a, #b]') recovered; a body stored as a JSON string's escapes read; GB18030 or
#     Big5 text read as Latin-1 decoded again; a footnote's back arrow goes; a WeChat header line of names and a
#     date, its English controls go; a real day with a time that is none keeps its day; Chinese numerals, times
#     with units and Java's bracketed zones in dates; tags as mappings, set apart by full-width commas, Jekyll's
#     'tag'; a source line opening or closing the body gives a post without one its URL; an element never closed
#     (a comment, a script, a <noscript> …) no longer takes the rest of the article
# 15: a sentence that reports a notice or a ruling ('法院判决指出，…著作权归…所有') is prose, and a notice is counted
#     by clause; a labelled disclaimer, a rights sentence and '…方可转载' are notices; NUL padding after the text,
#     a byte order mark before the generator's header or in a title; a front matter's address in '<…>', as a
#     Markdown link or without its scheme; dates with a label, a weekday or a note after them, 'CST+0800';
#     tags set apart by '|' or '；'; a timeline's first date; a digest's '详情>>' and a trailing editor's credit;
#     Markdown of reference links only or of hard breaks, kramdown's heading ids, a body escaped twice, a feed item
# 16: UTF-8 text read as GBK or Big5 and saved again read back, what could not be recovered said; a line break after
#     a whole sentence in a box's bare text ends a paragraph; a body of inline Markdown only (HTML's text-level
#     elements, an autolink, a strikethrough), kramdown's markdown="1" blocks and definition lists rendered; a list of
#     one item numbered other than 1 ('1986. …') is a line that keeps its number
# 17: generated class names ('_ad61a', 'css-1q2w3e') are no rule's words; an <aside> competes as a class rule's match;
#     a digest's linked headlines made alike with those before the prose's end stay; readers' comments with their time
#     and reply control at the foot go however long; a live blog of linked updates or a poem under its headline beats a
#     sidebar of teasers or a comment thread; a notice's or a paywall note's words that a sentence speaks of, a label
#     titling the section about it; Tailwind's 'hidden md:block'; text folded at a box's end; an ad label inline or
#     over a linked title; a style sheet pasted as text; a bibliography's labels; an English published/updated line;
#     paragraphs a stray end tag closed out of the article's box; a one-line page with a GBK paragraph, a page as a
#     JSON string, an escaped page inside real tags; C1 controls as Windows-1252; U+2028/U+2029; a cut character
#     reference; a whole page converted to Markdown loses its menu and breadcrumb; tip jars and sign-up boxes; an
#     interview's speaker turns, headings over prose, a Weibo topic opening a sentence; chrome lines in new phrasings
# 18: custom elements ('<news-paragraph>') shown as the blocks or inline parts they are, their names read as classes;
#     declarative shadow roots shown in place; a client-rendered page's state (__NEXT_DATA__) as its article's copy;
#     Markdown: a bot's one-line paragraphs, a converter's escapes, emphasis around Chinese, a picture's caption line;
#     an event's time and a book's editor among their record's fields, chrome the article shows as an example, a data
#     table's cells as values, a forum thread's first post, rivals that are lists of cards or threads, more prompts;
#     a long article's short closing sections in boxes of their own, cards the article introduces, a quoted paywall
#     note, native ads under a bracketed label, a screen reader's caption label, the post's author alone as a line;
#     front matter of other generators (published_at over created_at, timestamp, sub-tables, keywords, 'Name <mail>',
#     decimals and hashtag tags as written, tab indents, an unpadded file-name day); WeChat's <section> paragraphs,
#     Telegram's message box, players' and boards' residue lines
# 19: a standfirst in the headline's box (or a gallery's introduction) between the headline and the body's box; a
#     plea for support around its button amid the prose, a subscription's offer beside a one-paragraph article; a
#     few words and a colon left at the article's end; a language switch, a views glyph's count, keywords closed
#     by a full stop, a paywall note opening its offer's line; a CMS's byline field, an escaped file-name slug; a
#     page's class namespace ('print-…') names no role; a layout table's lone cell is a paragraph; an e-mail
#     edition's own lines, a cut copy's link after its ellipsis, a fold toggle as a heading, teasers under a label;
#     inline text the page's style sheet hides; the siblings' floor measured on the prose's box; data left as text;
#     pandoc's fences and attributes; a printed copy's running heads and feet; a text browser's dump as its page;
#     a twice-cited note's number, admonitions and alerts, a microblog's '网页链接'; a platform's tally of
#     reactions, a post's 'sent from' line, unfold words after an ellipsis; a thread's posts made alike join it;
#     a post's line ending with a pictograph
# 20: an article's box that ends with cards of other stories (each an <article>, or headed by an <h1>) is neither a
#     listing nor another story; a byline with the page's time and a name, counts or fields; a column's disclaimer
#     of its writer's views and a market's 'at your own risk'; a share bar with a copy-link control; a column's
#     name with its issue's number; comments known by a relative time; a box with text of its own is no wrapper of
#     the cards beside it; the headline's box replaces the best box only when it holds an article; a poll's counts,
#     a fold's unread share, an app's prompt, a gallery strip's counters, a platform's disclaimer naming itself; a
#     layout table's row of one cell of bare text reads as a paragraph, and so does WeChat's <section> of bare text;
#     a byline naming the outlet's reporter after the stamp; 'Filed under …' without its colon
# 21: readers' comments in another script than the prose outside them (spam under a Chinese article), or a whole
#     thread of them, are never the article when a box outside them scores as prose; a conversation (experts' essays
#     in boxes a CMS made for comments, with no time each) is read whole, past the <article> of each answer, with
#     the name heading each answer and without the box's 'Comments' label; a paragraph or list item named by a rule
#     through its id alone (Medium's key 'ad6f') is no ad slot
# 22: a dek right above the body (one link-free line of clauses with no full stop) opens the article; a summary in
#     one bullet (sentences, the last one maybe unstopped) is the article's own in the climb to the box of its sections,
#     and a summary in bullets right above the first chosen box opens the article; a list of one item reads as the
#     paragraph it holds (a dek set as a bullet); a sentence opening with a linked web address
#     ('<a>typefinder.example/</a> 这个网站…') is no teaser of another page
# 23: a post's status line on its platform (counts with when, from where or how it was sent: '👁 2.3K · 10:02',
#     '编辑于 … · 赞同 86'; one count with a reaction's name; a recording's length), a client line alone ('发自我的
#     iPhone'), a feed generator's own lines ('Powered by …', '该内容由 … 自动生成'), a control made as a link that
#     leads nowhere ('Translate post' on '#') or back to the post itself ('查看原回答'), the labels of links to
#     pictures ('查看图片': the pictures go to images), a preview cut short above the whole text it previews; lines an
#     article's sentence counts or reads out ('版權頁上有三行字：') are its own, a run of them too while its prose
#     resumes after; '(C)' opening a long clause is a list's third item; Markdown whose only tags are in code spans;
#     a bio of the book's author ('本书作者…') stays; a path to a setting ('设置 › 隐私') is no breadcrumb
# 24: another page's preview card in an article (a link around its title and summary in lines of their own, or ending
#     with its site's bare name) goes unless such cards are most of the post; a Q&A page's question above its longer
#     answer (a box made as the answer's, below the headline) is kept; readers' comments in a box after the article
#     go under a heading no rule knows ('大家都在说 (3)'); two summaries closing with '[详细]' are teasers; an article
#     split across boxes of a sidebar's class is kept; a fact box amid the prose with no link is kept whatever its name;
#     a list of links to document files is the article's attachments; an epigraph beside the text is kept; an English
#     verse's indented line carries on the line before; a byline's mark with a date alone is a byline; a Markdown post
#     whose only HTML is in code is Markdown; Liquid's post_url in a link; words quoted whole and a table's cells are
#     the article's; a front matter key indented by a tab under a line with its value; a file appended to itself; a
#     Markdown link to a script is read as a link (markdown-it left its source as text)
# 25: bylines and credit lines go however written ('文／…', '本报记者 …', '攝影・文字／…') and are kept in
#     articles.credits with the notes of where the text came from ('本文经授权转载自…', 'Originally published at …');
#     a byline names the writer where the feed says 'Anonymous'; a line of the post's own date with its byline under
#     the headline; a page's metadata on <br> lines of one box, line by line; the site's closing notices under their
#     labels ('更正政策：', '【活动预告】', '免责声明' over its section), pleas to follow, share or tip, an app's pitch and a
#     membership offer after the article; bracketed keyword labels, category lines, back-issue titles and readers'
#     ratings; a toggle card named as content no longer outranks the post's own paragraphs; a poem's short lines
#     outrank a one-sentence bio box; a body that is a JSON object is read from its text field; kramdown's contents
#     placeholder in any words
# 26: a repost's source line ('来源：乡土观察', '（来源：青山周报 作者：蒋文）') and its original title at the article's
#     edge go to articles.credits; a credit on the first or last line of a paragraph (a <br>, a Markdown soft break, a
#     plain text's line) is set apart; a row of the post's fields ('作者：… | 发布于 … | 分类：… | 阅读 …'); a related-
#     reading label over bare headlines at the end; a table of contents repeating the sections' headings; bots' notes
#     that they synced or backed up the post; pleas to comment, pointers to more news, an edition's own line, a
#     sponsor's note, a page's view count in 人次, a next page's title, a live page's status row; desks credited whole;
#     a translation's notes and its card of the original's fields at the edge go to credits; a post's licence, an
#     edit-on-GitHub link, a slashed breadcrumb, an update stamp, a tip button; Markdown's task lists, callouts with
#     their titles, Obsidian's embeds and '[TOC]' markers leave no syntax in the text; an old portal's header around
#     the headline (path, date, tools) and its lines of labelled fields with counts or a printed page's address; a
#     disclaimer above the article, a machine's summary, a preview's pointer to the whole text, a player's and a live
#     page's notes; a thread's first floor is the article however short, replies quoting it stay out; a contents list
#     of the page's own anchors; a newsletter's own lines, a blog's tip jar, helpfulness polls, ratings, backlinks, a
#     converter's note, neighbour posts' links with their arrows, a board's notices and buttons in a post, a hat tip,
#     a follow button, a card's bare label, a sponsor's line after a bar, an update notice after the article
# 27: polls amid the article; class and id names in camel case read word by word ('adInArticle'); a related label
#     after the site's word ('本網關鍵字》其他人也在看') and over <br> lines of headlines; a link after an arrow alone
#     ('▶ <a>…</a>'); a live page's status bar, a fold's mask, a picture's download link; bylines in corner brackets, a
#     reporter's closing credit, a source line with a bar; notices and pleas on the last lines of a paragraph; a
#     reading time after a name, controls between zero-width spaces, a picture's file name, a review's spoiler
#     warning, a letter's signature after '-- ', a newsletter's and a video channel's own lines, a business contact;
#     a byte order mark amid the text; the article again in the other script or run together in one box; a heading
#     named 'header-…' stays, and a header's standfirst under its kicker; an app's promotion line; tags linked to
#     their pages, a sign-up form's lines, a closing paragraph of notes one after another, a sponsor's code, affiliate
#     links, a line of channels to follow; a note that the text first ran elsewhere ('本文原载于…') goes to credits; a
#     metered paywall's count, a cookie notice, a row of language names, a quiz's and a poll's lines, a keyword to
#     reply with, a note to enable JavaScript, an old portal's link rows, a translator's credit; the lead pictures'
#     captions above the article's box are the article's, and so is a transcript shown on a click
# 28: the article's paragraphs an ad box left open swallowed, a box of key figures beside the article, the article
#     continued after its <article> in a box made as its own, a <noscript> copy read in its page (the lead picture's
#     caption stays); a picture's credit under each picture goes to credits, once, and so does a credit line with
#     the page's date after it; a player's and an author card's controls glued into one line go; a box a sidebar's
#     or a related list's rule names amid the article's prose, a correction right after its <article>, the text
#     after '</html>' are the article's; closing prompts of feed bodies go; '本文作者：…', an outlet's '／記者 …', a
#     commentator's byline and '本文由作者授權轉載' reach credits; an article's note in its <aside> or <footer>, a
#     chapter's or a live update's <header>, an accordion's questions and answers, a Markdown callout, an editor's
#     comment stay; a drop cap joins its paragraph, decoration hidden from screen readers is read once; a saved page's
#     chrome on lines of its own and more closing lines go
# 29: the article in a state a script assigns ('window.__INITIAL_STATE__=…'), in a state's typed blocks (a caption, a
#     heading; no ad), in a hidden <textarea>; plain text's indented paragraphs between blank lines apart; a paragraph
#     opening with an ad's label of its own, a paywall's label, meter and bracketed note, a site's searches and back
#     issues by bare title go; a keyword label heading a section stays; '记者…报道', '【…讯】' and '文/图 …' are credits;
#     a raw feed item read from its description; a Word export's bold title; feed generators', channels' and mailing
#     lists' lines (rows of accounts and buttons, Blogger's, a digest's, a group's footer, a message's header); a
#     debate's two sides, an article cut in two by an ad, its notes in its footer, its summary in an aside above it, its
#     lead caption in its header are read; the writer's unlabelled bio, a column's blurb and schedule, an outlet's plea
#     for money, letters pages' disclaimers and calls, a line of the post's own category go; a pull quote with its
#     speaker is read once; highlighted code keeps its words; a watermark in type of size 0 and no colour is not read
# 30: the rest an expand button unfolds, a correction after the share bar and tags, a fact box's parts named as it is,
#     a paper's keywords under its abstract, an annotated reading list under a related label are read; Markdown
#     footnotes are read apart from the text (the site's closing lines before them go); pagers, page marks and later
#     pages' headlines, placeholders, listening notes, reading controls, skip links, a show's episode lines, sponsor,
#     search prompts and player, a journal's counts and tools, a PDF's running foot go; overseas outlets' chrome in
#     their languages and in two at once (ads, shares, related labels, bylines after By/Oleh, relative update stamps,
#     bilingual menus, copyright); a show's hands, a drafter, a desk between dashes, an outlet's reporter after the
#     role, translation and repost notes are credits; a plain-text copy of a page loses its masthead and headline
# 31: text wrapped at a column with a <br> at each line's end is joined (no space between Chinese characters), and a
#     line a comma opens goes on from the one before; a feed's CDATA wrapper inside a page's box is read through; a
#     program's text beside the article, an e-paper's masthead, page label, controls and its page's other stories, a
#     notice's card of fields, attachments and site identity, a press release's contacts for reporters go; on a page
#     of several articles under their own headlines, the post's is the one under the headline reading as its title;
#     who checked a piece ('审核/…', '審稿｜…') and a writer's unit before the name are credits; a wire's 'NNNN', a
#     repost's disclaimer after two clauses, prompts written with quotes or brackets, WordPress's '首发于' footer go;
#     the article's pictures in a box of their own right after it are read; an e-paper's name alone goes; a gallery's
#     and a player's controls written as lines go; a box of key facts between an article's header and its text, and
#     the article's pictures in a grid under a label after it, are read; an ad under a marked label ('📢 广告 | …'),
#     '品牌合作', a series' other parts, a 'Buy me a coffee' plea go; reporters' names set apart by spaces are credits;
#     a Q&A site's and a newsletter platform's own lines and a portal's 'spread more information' disclaimer go
# 32: a class written over several lines no longer loses the post; a whole page not in UTF-8 is read in the encoding
#     its <meta> declares; a pop-up made of a <div> with the dialog role goes; readers' comments signed with their
#     time at their foot are no conversation of essays; a name saying how a box prints ('print-full') is no print
#     button, and a box shown only in print is hidden; a newsroom's "see also" label over another article's linked
#     headline goes, in the languages beside Chinese; a linked <h1> reading as the title is the headline; English
#     prose without a comma is prose from 100 characters; an English paywall note of one sentence goes; a fault of
#     the extraction keeps the body's text blocks as they stand ('fallback') instead of rejecting the post
# 33: a Chinese newsroom's pointer to its earlier or related coverage ('此前报道：', '相关阅读：' and one linked headline)
#     goes, as the other languages' "see also" does; a ranked list of links numbered '1、' is no prose; Chinese
#     portals' breadcrumbs under '您所在的位置：', desks credited with spaces ('编辑 某 校对 某'), a repost's source with
#     the outlet's app plea, a pointer to the site's zone, a screen reader's end-of-text note and a gallery's label
#     go, and a WeChat account's asks with their buttons in 【】 or its 'official WeChat' named; one card of a listing
#     of other stories (a linked headline over its summary) is never the article
# 34: the site's stories under a related-reading label, each a linked headline to a page of the site and its
#     summary, go however short the article above them (a flash), in Markdown too; a tag removed from the start
#     of a code line leaves no space there; linked titles over their summaries under such a label go with the summaries,
#     and so do headlines linked to the site running into their summaries ("<a>…</a>——…"); a WeChat account's asks for
#     reactions ('求转发，求在看', '点【在看】试试', '星标我们', '戳“阅读原文”') and its page's comment labels go; a
#     gallery's captions linked to their pictures' pages (a picture and one sentence under it) stay, and so do a
#     slide's caption beside its picture's download button; zero-width characters planted inside a page's own words
#     no longer hide its asks and its source line from the rules; a script's text after the end of the CDATA section
#     that hid it (']]> var _paq = …') goes, and so does an outlet's plea to find its app in the stores
# 35: the lead set above the headline (a standfirst or summary bullets in the headline's box, an editor's note above
#     the box of headline and text) opens the article, and so does a story's own header outside its <article>; who the
#     writer is under the text ('作者为…讲师') and the notes in a list of their own after it stay; a section's label of
#     the headline's tag no longer makes a page several stories; a dated post with a page layout is a post; asks
#     written as sentences in feed bodies, portals' bylines, reading times, tickers, trails and menus left as lines,
#     a channel's export lines, sponsors, sign-up boxes in English, streams of flashes and what readers read most go;
#     a related label and its titles on the lines of one plain-text or Markdown paragraph are read line by line
# 36: markup damage is no chrome: a link left open is closed where its paragraph ends, and the last sentence a stray
#     end tag closed out of the article's box stays; a sentence a converter wrote twice on two lines is read once; a
#     whole blog page flattened to Markdown keeps only its post; readers' comments copied as lines go with their label;
#     rows of controls, counts and pictographs, tool rows with a credit, a site's sections as a line beside the
#     article, a serial's pager, a gazette's running head, licence, source, sign-up and 'posted by' lines go; closing
#     boxes are taken from the end until none is left
# 37: a thematic break (an <hr>, Markdown's '---', a line of dashes, the article's end mark '— END —') after the
#     article bounds the site's footer: its few short lines go when a rule knows one of them or one looks as a footer's
#     (a pictograph first, an e-mail address); rows of menus, trails to the post's section and rows of tools above the
#     article, the writer's accounts after it, a subtitle file's timings, a signature above a list's footer, an ad's
#     copy ending with the mark of its end, and a label glued after any paragraph's last sentence go; a plain text's
#     lines written apart are read line by line when one of them is chrome; a poem's stanza keeps its lines apart
#     when one line holds a comma
# 38: a bot's paragraphs one per line are paragraphs (Markdown's hard breaks at every line's end, a plain text's lines
#     under their heading); a plain text's header lines above the article are weighed one by one, a menu apart by wide
#     gaps read with bars, a masthead its first field; rows of reading tools and rows of fields each a rule drops go;
#     a plain text's entities are read before its lines; copies in both scripts each under its label stay; related
#     titles and comments under a label a rule took go with it; comments in more shapes (writer and time on a line,
#     a place, a reply's mark, a blog's numbered list, English dates); a bio under its writer's label, an editors'
#     pick, a series' pointers, an e-mail zine's boxed masthead, a footer between two rules and a printed page's running
#     foot go; a related list above the comments is looked at again once they went; a letter's sign-off,
#     a figure's caption beside its picture's buttons and a list of key terms named 'keywords' stay
# 39: a forum thread or a social thread copied as text keeps the original poster's posts only (floors told apart by
#     their feet, a time and the reply button, or by their heads, a name and a handle or a floor's number), their
#     heads, feet and signature gone; a page copied line by line is read line by line even with a list's marker in it,
#     and a text with a stray tag as text; a social post's age, counts and comments line by line (name, words, time);
#     a footer's contact rows and fields beside its copyright; notes under a break that the article's markers point
#     to stay; a kicker goes with the headline; a document's sign-off split over two signature boxes stays.
# 40: a forum's numbered floors copied as text are read as the other threads are (the poster's later floors stay);
#     a scanned column's text wrapped at its width with no blank line is joined into paragraphs, its running head
#     gone; a site's line without the indent amid an indented text is a line of its own (a novel site's inserts);
#     the lines above a trail from the home page go with it; a site's copyright after the article opens its footer
#     as a break does; a chat exported as text keeps its one long message; a newspaper's story over its jump leaves
#     the pages between out; a poem between an <article>'s headline and its notes stays; TeX between dollars keeps its
#     backslashes; share buttons one a line, a lone follow button, a mailbox's rules for writing in go.
# 41: Org-mode and AsciiDoc source are read as they render (their settings, drawers and comments gone); an
#     outliner's property lines and backlinks go; a forum topic copied as Markdown keeps its first post, the replies
#     under the post's row of reactions gone, and a thread's floor heads apart by gaps are read; an e-mail reply loses
#     the earlier messages it quotes and its signature above the list's footer; a box of links above and below the
#     article goes, both copies; a heading whose section the rules took goes; a question's text under its headline
#     stays; a reading app's marks, a broadcast's cues, a market's ticker and some forty wordings go.
# 42: reStructuredText (docutils), MediaWiki wikitext (mwparserfromhell), MDX, Quarto and R Markdown, Gemini's gemtext
#     and ASS subtitles are read as the pages they render; a wiki's hatnotes and maintenance boxes, a draft's review
#     marks, a footer's hotlines go; a page with no heading finds its headline in a box holding the title; a
#     programme's next <section> beside the article's stays; a page saved twice keeps one copy when the second is
#     cut; a booking card or a pledge tier goes with its price; text rules read full-width letters and figures.
# 43: a headline's banner with no clause does not win as the title's box; a link closing three paragraphs after their
#     sentence goes; a notes app's links read as their words, its backlinks and property table go; a chat's backup
#     keeps its messages one a block; an issue thread's comments with no label, a forum reply's lines as text, a
#     paper's numbered running head, a feed bot's, an exporter's and a converter's lines, a citation box, a
#     fiction site's plug go; a setext heading of several lines is a paragraph; a notice's attachments after its box
#     stay; a question under the headline is read with its answer below; a text in two scripts side by side keeps
#     both; an e-mail reply quoted from its first line loses the quote; a product or booking card with its price, a
#     serial's writer's note and pager, a docs site's pager and a digest's end mark go.
# 44: a press release's end mark ('###', '-30-') bounds its About and contact; a careless HTML strip's tag remnants,
#     an ad between its label and the mark of its end, an empty comment box, a seller's card amid the prose, a
#     journal paper's fields, a page's title line with its site's name, a social archive's post head, a notes app's
#     %% comments and property table, a platform's attribution under copied text, a recipe's readers' dishes, a
#     journal's mood and music, a blog platform's notes, a live page's status bar and many more lines go; the body
#     beside a hero of the headline and its lead is the article, with the lead picture; a Markdown body written line
#     by line keeps its lines apart, and Markdown links inside an HTML block are read as links.
PARSER_VERSION = 44


# The modules below are compiled to C by mypyc when the package is installed (pyproject.toml): the
# compiled file (``body.cpython-311-x86_64-linux-gnu.so``) sits beside its source and Python imports it
# first. A source edited after the install would then be shadowed by the old compiled module, so a
# compiled module older than its source is not used: the source is, with a warning to reinstall.
# ETL_PURE_PYTHON=1 runs the source always (profilers, debuggers).
COMPILED_MODULES = ("main_content", "body", "boilerplate", "parse", "frontmatter", "dates")


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules' sources, before the finder that would take their compiled files.
    All of them or none: compiled modules call one another's native classes directly."""

    def find_spec(self, fullname, path=None, target=None):
        package, _, name = fullname.rpartition(".")
        if package != __name__ or name not in COMPILED_MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, _HERE / f"{name}.py")


def _compiled_files() -> dict[str, Path]:
    """The compiled file of each compiled module present (none before the package is installed)."""
    return {
        name: compiled
        for name in COMPILED_MODULES
        for compiled in _HERE.glob(f"{name}.*")
        if compiled.name.removeprefix(name) in importlib.machinery.EXTENSION_SUFFIXES
    }


def stale_compiled_modules() -> list[str]:
    """Sources edited after their compiled module was built, in a checkout (an installed wheel's files
    are unpacked in no set order, and nobody edits them)."""
    if not (_HERE.parent.parent / "pyproject.toml").exists():
        return []
    return sorted(
        name
        for name, compiled in _compiled_files().items()
        if (_HERE / f"{name}.py").stat().st_mtime > compiled.stat().st_mtime
    )


def running_compiled() -> bool:
    """Whether the parser runs the compiled modules (False: their Python source)."""
    return not any(isinstance(finder, _SourceFinder) for finder in sys.meta_path) and bool(_compiled_files())


_HERE = Path(__file__).resolve().parent
_stale = stale_compiled_modules()
if os.environ.get("ETL_PURE_PYTHON") == "1" or _stale:
    if _stale and os.environ.get("ETL_PURE_PYTHON") != "1":
        warnings.warn(
            f"etl.posts: {', '.join(f'{name}.py' for name in _stale)} changed after the parser was compiled; "
            "running the Python source (slower). Reinstall to compile it again: pip install -e .",
            stacklevel=2,
        )
    sys.meta_path.insert(0, _SourceFinder())
