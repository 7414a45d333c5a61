"""Turn a post body (HTML, Markdown or plain text) into text blocks, images and links.

The steps, in order:
1. ``guard_nesting``: bodies nested deeper than MAX_NESTING are not given to an HTML
   parser at all (Lexbor takes minutes on 200,000 nested divs); their text is recovered
   by ``strip_markup_flat``.
2. The body is parsed once (selectolax's Lexbor). Scripts, styles and other non-text
   elements go; ``main_content.PageMeasure`` then walks the tree once, applying the element
   rules of ``boilerplate.ELEMENT_RULES`` (ads, navigation, shares ...) and measuring text,
   link text and commas of every element.
3. ``main_content.choose_article`` picks the elements that hold the article by text
   density, link density and structure; ``prune_link_lists`` drops link lists after the
   article's end. Short bodies and feed templates score as one box: the whole body.
4. ``_Walker`` reads the chosen elements in order and emits one block per paragraph,
   heading, list item, quote, caption, table cell or preformatted block; bare text runs
   separated by ``<br><br>`` or block elements become paragraphs too.
5. Text rules from ``boilerplate.TEXT_RULES`` drop empty, copyright and stray blocks.
"""

from __future__ import annotations

import functools
import html as html_lib
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Final, NamedTuple
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin
from selectolax.lexbor import LexborHTMLParser, LexborNode

from etl.posts import asciidoc, boilerplate, dialects, main_content, org, rst, wikitext
from etl.posts.patterns import ZERO_WIDTH_CHARS, guarded, has_zero_width, without_zero_width

MAX_NESTING: Final = 256  # real posts nest at most ~65 deep; the DOM walk recurses per level
MAX_BLOCK_CHARS: Final = 100_000  # a longer run of text is kept as several blocks (split_long_text)
_PIECE_END: Final = re.compile(r"[。！？!?；;…」』”\s]")  # a sentence's end, or a space

BLOCK_KINDS: Final = {
    "p": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "list_item",
    "dt": "list_item",
    "dd": "list_item",
    "blockquote": "quote",
    "figcaption": "caption",
    "caption": "caption",
    "pre": "preformatted",
    "td": "table_cell",
    "th": "table_cell",
}
# Elements that start a new block (their text never runs into a neighbour's): one list, shared
# with the main-content measure.
BLOCK_TAGS: Final[frozenset[str]] = main_content.BLOCK_LEVEL
VOID_TAGS: Final = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]
)

_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A line break of the source between two East Asian wide characters (Han, kana, bopomofo, CJK and
# full-width punctuation; not Hangul, which spaces its words) joins them without a space, as CSS
# Text 3's segment-break rule renders it: Chinese prose wrapped at a width reads as one line, and
# search finds a phrase across the wrap. A <br> is the author's line break and stays a space.
_WIDE: Final = (
    "\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6\U00020000-\U0003ffff"
)
# (it opens with the line break itself, which the regex engine finds fast, and looks back one character;
# spaces before a line break are dropped first, where there are any)
_WIDE_SEGMENT_BREAK: Final = re.compile(f"\n(?<=[{_WIDE}]\n)[ \t\r\n]*(?=[{_WIDE}])")
_SPACES_BEFORE_BREAK: Final = re.compile(r"[ \t\r]+\n")
# Chinese typesetting opens a paragraph with a full-width indent ('　　', or '&nbsp;&nbsp;' in HTML):
# after a <br>, such an indent starts a new paragraph, as two <br> do (older news pages' layout).
_PARAGRAPH_INDENT: Final = re.compile(r"[ \t\r\n]*(?:\u3000|\u00a0\u00a0|\u2003)")  # full-width, two no-break, em
VERSE_LINE_MAX_CHARS: Final = 60  # a verse's line in Latin letters; a paragraph runs longer
CHROME_LINE_MAX_CHARS: Final = 100  # a line of the page's chrome set apart by <br> (a date and counts, a pager)
_NOT_CHROME_LINES: Final = (None, "drop_empty_blocks", "drop_stray_literals")  # ('None' is a value among a line's data)
# A blank line in a box's bare text (not a paragraph's): the text as its author wrote it, in paragraphs
_BLANK_LINE: Final = re.compile(r"\n[ \t\u3000]*\n")
_BARE_TEXT_BOXES: Final = frozenset({"div", "td", "section", "article", "main", "body"})
LINE_BREAK: Final = "\u2028"  # what a <br> adds to a run of text: whitespace, but not a wrap of the source
# Zero-width characters (``patterns.ZERO_WIDTH_CHARS``) are kept as written; a block of nothing else is empty.
_ZERO_WIDTH: Final = re.compile(f"[{ZERO_WIDTH_CHARS}]+")
_RAW_TEXT_TAGS: Final = frozenset({"script", "style", "textarea", "title", "xmp", "noscript"})
_RAW_TEXT_END: Final = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in _RAW_TEXT_TAGS}
_TAG_TOKEN: Final = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>")
_BLOCK_TAG_TEXT: Final = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|tr|table|pre|figure|figcaption)\b[^>]*>",
    re.IGNORECASE,
)
# a comment's text stops at the next '<!--', so a run of unclosed openers is scanned once, not once each
_ANY_TAG: Final = re.compile(r"<!--(?:(?!<!--).)*?-->|<[^>]{0,2000}>", re.DOTALL)
_HTML_TAG: Final = re.compile(
    r"<(?:p|div|br|span|a|img|h[1-6]|ul|ol|li|dl|dt|dd|table|section|article|figure|blockquote|em|strong|b|i"
    # HTML's text-level elements an author puts in Markdown or plain text ('按 <kbd>Ctrl</kbd>', '0.6<sup>%</sup>')
    r"|kbd|sup|sub|del|ins|mark|small|abbr|cite|u|s)\b[^>]*>",
    re.IGNORECASE,
)
# Markdown markers; link text and URL stop at the next bracket or parenthesis so that a
# long run of '[' or '](' is scanned once, not once per bracket.
_MARKDOWN: Final = re.compile(
    r"^(#{1,6} |[-*+] |> |\d+\. )|\[[^\[\]\n]*\]\([^()\s]+\)|^[ \t]*```"
    # a setext heading (a line of text underlined with '===' or '---'), a table's delimiter row ('|:---|--:|')
    # (no sentence's end above it: '…回覆「退訂」即可。' over a line of dashes is a plain text's rule under a paragraph)
    r"|^[ \t]{0,3}\S[^\n]*[^\s。.]\n[ \t]{0,3}(?:={3,}|-{3,})[ \t]*$"
    r"|^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$"
    r"|^\[\^[^\]\s]+\]:[ \t]"  # a footnote's text ('[^1]: 见县志'), its marker '[^1]' then rendered away
    # a reference link's definition ('[图1]: https://…/a.jpg'), its uses ('![曲线][图1]', '[县志][1]') then links
    r"|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?(?:https?://|/)\S*"
    # two lines in a row ending in Markdown's hard break, a backslash or two spaces (a poem's lines)
    r"|(?:[^\s] {2,}|[^\\\s]\\)\n[^\n]*(?:[^\s] {2,}|[^\\\s]\\)\n"
    # an autolink ('<https://…>') and GitHub's strikethrough ('~~去年是千分之八~~'), which Jekyll's kramdown renders
    r"|<https?://[^\s<>]+>|~~[^~\s](?:[^~\n]*[^~\s])?~~"
    r"|^[^\s:][^\n]*\n:[ \t]+\S"  # a term, then its definition (kramdown's definition list)
    r"|!\[\[[^\[\]\n]+\]\]",  # Obsidian's embed of a picture or a note ('![[火场.png]]')
    re.MULTILINE,
)
# Markdown whose author put a few HTML blocks in it (an ad's <div>, a note), as kramdown allows: a heading or a
# fence of Markdown's own, and paragraphs of bare text after blank lines. A whole page (<html>, <body>) or one
# with preformatted text (whose '# comment' lines are not headings) is HTML.
# (``_has_markdown_block_line``: '^(?:#{1,6}[ \t]+\S|[ \t]*```|\S[^\n]*\n(?:={3,}|-{3,})[ \t]*$)' with MULTILINE, each
# branch looked for by what it must hold, 2.8x faster over whole pages: the engine tried '^' at every character)
_ATX_HEADING: Final = re.compile(r"#{1,6}[ \t]+\S")
_ATX_HEADING_LINE: Final = re.compile(r"\n#{1,6}[ \t]+\S")
_SETEXT_UNDERLINE: Final = re.compile(r"\n(?:={3,}|-{3,})[ \t]*(?=\n|\Z)")
_BARE_PARAGRAPH: Final = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]{0,3}[^\s<]")
_PAGE_OR_CODE_TAG: Final = re.compile(r"<(?:html|body|head|pre|code|textarea|!doctype)\b", re.IGNORECASE)
# removed before measuring (a form can wrap a whole page: ASP.NET, so it waits for the walk's guard)
_NON_CONTENT_SELECTOR: Final = ", ".join(
    sorted(tag for tag in boilerplate.NON_CONTENT_TAGS - {"head", "title", "form"} if not tag.startswith("amp-"))
)
# with an AMP page's own: a tag name Lexbor does not know is hashed at every element the selector tests
_AMP_NON_CONTENT_SELECTOR: Final = ", ".join(sorted(boilerplate.NON_CONTENT_TAGS - {"head", "title", "form"}))
_markdown = (
    MarkdownIt("commonmark", {"html": True})
    .enable("table")
    .enable("strikethrough")
    .use(footnote_plugin)
    .use(deflist_plugin)  # kramdown's definition lists ('便桥' over ': 施工期间临时搭建的桥'): a term, its definition
    # GitHub's task lists ('- [x] 买好车票'): the item's words after a checkbox, which is no text
    .use(tasklists_plugin)
    # TeX between dollars ('$n$', '$$\\frac{365!}{…}$$'): its backslashes are TeX's, no Markdown escapes; a price is no
    # formula ('$5 和 $10': a dollar before a figure closes none)
    .use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=False)
)
# a formula as its author wrote it: inline between its dollars, a display one as its own block of lines
_markdown.add_render_rule(
    "math_inline", lambda _renderer, tokens, idx, *_: html_lib.escape(f"${tokens[idx].content}$", quote=False)
)
_markdown.add_render_rule(
    "math_block", lambda _renderer, tokens, idx, *_: f"<pre>{html_lib.escape(tokens[idx].content.strip())}</pre>\n"
)
_markdown.add_render_rule("footnote_anchor", lambda *args: "")  # the '↩︎' link back from a footnote's text
# every link is read as a link: nothing renders in a browser here, and a refused one ('[打印](javascript:print())',
# markdown-it's guard against scripts) would stay as its Markdown source in the text
_markdown.validateLink = lambda url: True  # type: ignore[method-assign]
# a note cited twice is '[1]' both times, as its author wrote it (the renderer numbers the second citation '[1:1]')
_markdown.add_render_rule("footnote_caption", lambda _renderer, tokens, idx, *_: f"[{tokens[idx].meta['id'] + 1}]")
# '**答：**一开始': CommonMark leaves these asterisks as text (a closing '**' after punctuation must be followed by
# a space or punctuation), kramdown, Jekyll's renderer, makes the word bold. The text keeps no emphasis, so the
# asterisks of such a pair left in the text (not in code) are removed.
# The same rules leave '__馆里的__万册' and '_王阿_姨' as text (an underscore may not open or close inside a word, and
# Chinese has no spaces between words): such a pair around Chinese is removed too.
_UNMATCHED_STRONG: Final = re.compile(r"\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*")
_UNMATCHED_EMPHASIS: Final = re.compile(r"(?<![*_\\])(__|_|\*)(?=[^\s*_])([^*_\n]{0,300}?[^\s*_\\])\1(?![*_])")
_CJK_CHARACTER: Final = re.compile(f"[{_WIDE}“”‘’]")
_WIDE_CHARACTER: Final = re.compile(f"[{_WIDE}]")
# Text pasted from print or a fixed-width source wraps at a column with a <br> at each line's end: a line as wide as
# the column goes on in the next (a word cut at the margin), and one that stops short ends where its writer ended it
# (a list's item, a poem's line). Columns narrower than this are verse or fields, not a wrap.
WRAP_MIN_COLUMNS: Final = 24  # twelve Chinese characters
# punctuation a Chinese line never opens with (kinsoku): after a <br>, the sentence before goes on
_NO_LINE_START: Final = frozenset("，、。；：！？）」』”")
_WIDE_PUNCTUATION: Final = frozenset("，、。；：！？）」』”（「『“《》〈〉【】…—·．～")
# what opens a list's item or a section on a line of its own ('2. ', '（三）', '二、', '•')
_ENUMERATOR: Final = re.compile(
    r"(?:\d{1,3}[.、．)）]|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|[•·●■◆▪-]\s)"
)
_TEXT_BEFORE_A_BREAK: Final = re.compile(r">([^<>]{12,400})<br\b", re.IGNORECASE)
WRAP_MIN_LINES: Final = (
    3  # lines of a page that fill one column, ending inside a word, before the page counts as wrapped
)


def _line_size(text: str) -> tuple[int, int]:
    """A line's width in columns (a Chinese character takes two) and its length in characters."""
    return len(text) + len(_WIDE_CHARACTER.findall(text)), len(text)


def _fills(line: str, part: str, column: tuple[int, int]) -> bool:
    """Whether a line fills a column, no more (to a Latin letter's width), or holds as many characters as its lines (a
    source cut by count): as written, or with its indent ('　　', '&nbsp;&nbsp;'), which may take its place in the column."""
    for width, length in (_line_size(line), _line_size(part.strip(" \t\r\n"))):
        if abs(width - column[0]) <= 1 or abs(length - column[1]) <= 1:
            return True
    return False


def _cut_inside_a_word(line: str) -> bool:
    return bool(_WIDE_CHARACTER.match(line[-1:])) and line[-1] not in _WIDE_PUNCTUATION


def _ends_a_clause(line: str) -> bool:
    return line.rstrip("”」』\"')）")[-1:] in _CLAUSE_ENDING


def _wrap_column_of(source: str) -> tuple[int, int] | None:
    """The column a page's text is wrapped at: the width (or length) most of its lines before a <br> share, when at
    least ``WRAP_MIN_LINES`` of them fill it and end inside a word."""
    widths: Counter[int] = Counter()
    lengths: Counter[int] = Counter()
    openings: set[tuple[int, str]] = set()
    for match in _TEXT_BEFORE_A_BREAK.finditer(source):
        text = normalize_text(html_lib.unescape(match.group(1)))
        # (lines of fields alike, '累计费用：2760 元', fill no column: each line of prose opens otherwise)
        if text and _cut_inside_a_word(text) and (len(text), text[:2]) not in openings:
            openings.add((len(text), text[:2]))
            width, length = _line_size(text)
            widths[width] += 1
            lengths[length] += 1
    best = max(widths.items(), key=lambda item: (item[1], item[0]), default=(0, 0))
    longest = max(lengths.items(), key=lambda item: (item[1], item[0]), default=(0, 0))
    if best[0] >= WRAP_MIN_COLUMNS and best[1] >= WRAP_MIN_LINES:
        return best[0], 10**6
    if 2 * longest[0] >= WRAP_MIN_COLUMNS and longest[1] >= WRAP_MIN_LINES:
        return 10**6, longest[0]
    return None


def _kramdown_strong(state: Any) -> None:
    for token in state.tokens:
        if token.type == "inline" and token.children:
            for child in token.children:
                if child.type != "text":
                    continue
                if "**" in child.content:
                    child.content = _UNMATCHED_STRONG.sub(r"\1", child.content)
                if "_" in child.content or "*" in child.content:
                    child.content = _UNMATCHED_EMPHASIS.sub(_emphasis_around_chinese, child.content)


def _emphasis_around_chinese(m: re.Match[str]) -> str:
    return m[2] if _CJK_CHARACTER.search(m[2]) is not None else m[0]


_markdown.core.ruler.before("text_join", "kramdown_strong", _kramdown_strong)  # (escaped marks stay apart)


def _numbered_line(state: Any) -> None:
    """A list of one item numbered other than 1 ('1986. 那一年…') is a line that opens with a number, a year as
    often as not: the number is the author's text, kept with the line, which is a paragraph."""
    tokens = state.tokens
    for at, token in enumerate(tokens):
        start = token.attrGet("start") if token.type == "ordered_list_open" else None
        if start is None or at + 6 >= len(tokens) or tokens[at + 6].type != "ordered_list_close":
            continue
        item, opening, inline, closing, item_end = tokens[at + 1 : at + 6]
        if (item.type, opening.type, inline.type, closing.type) != (
            "list_item_open",
            "paragraph_open",
            "inline",
            "paragraph_close",
        ):
            continue
        number = f"{start}{token.markup} "
        inline.content = number + inline.content
        if inline.children and inline.children[0].type == "text":
            inline.children[0].content = number + inline.children[0].content
        opening.hidden = closing.hidden = False
        for hidden in (token, item, item_end, tokens[at + 6]):
            hidden.hidden = True
            hidden.type = "text"  # rendered as nothing: an empty text token
            hidden.content = ""


_markdown.core.ruler.push("numbered_line", _numbered_line)


def _setext_lines(state: Any) -> None:
    """A setext heading of several lines (an export's banner of fields over its row of '=', kramdown's headings are one
    line) is a paragraph of those lines: the soft breaks between them stay, and each line is read as a line."""
    tokens = state.tokens
    for at, token in enumerate(tokens[:-2]):
        if token.type != "heading_open" or token.markup not in ("=", "-") or "\n" not in tokens[at + 1].content:
            continue
        for opened in (token, tokens[at + 2]):
            opened.type = opened.type.replace("heading", "paragraph")
            opened.tag = "p"


_markdown.core.ruler.push("setext_lines", _setext_lines)
# Obsidian's embeds, a picture ('![[火场.png]]', '![[图 1.jpg|300]]': a width after the bar) or another note shown in
# this one ('![[决策日志#第二章]]'): the picture is an image, the note no text of this post's
_EMBED: Final = re.compile(r"!\[\[([^\[\]|#\n]+)[^\[\]\n]*\]\]")


def _embed(state: Any, silent: bool) -> bool:
    if not state.src.startswith("![[", state.pos):
        return False
    found = _EMBED.match(state.src, state.pos, state.posMax)
    if found is None:
        return False
    target = found[1].strip()
    if not silent and _IMAGE_ADDRESS.search(target) is not None:
        state.push("html_inline", "", 0).content = f'<img src="{html_lib.escape(target)}" alt="">'
    state.pos = found.end()
    return True


_markdown.inline.ruler.before("image", "embed", _embed)
# A notes app's link to another note ('[[等待|等待这件事]]', '[[卡片盒/厨房格言]]'): the page shows its words, the alias
# after the bar when there is one
_NOTE_LINK: Final = re.compile(
    r"\[\[([^\[\]\n|]{1,80})(?:\|([^\[\]\n]{1,80}))?\]\](?![(\[])"
)  # ('[[1]](#注1)': a link)


def _note_link(state: Any, silent: bool) -> bool:
    if not state.src.startswith("[[", state.pos):
        return False
    found = _NOTE_LINK.match(state.src, state.pos, state.posMax)
    if found is None:
        return False
    if not silent:
        state.push("text", "", 0).content = (found[2] or found[1]).strip()
    state.pos = found.end()
    return True


_markdown.inline.ruler.before("link", "note_link", _note_link)
# Block-level HTML: a body that has any is HTML (the generator's template, a scraped page). One with only
# inline tags (<b>, <a>, <span>, <br>) and Markdown's block syntax is Markdown, as Jekyll renders it.
_BLOCK_LEVEL_TAG: Final = re.compile(
    r"<(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|table|section|article|figure|blockquote|pre|header|footer|main|nav|aside)\b[^>]*>",
    re.IGNORECASE,
)
# Markdown's emphasis, '**兼职**' or '*馆方*': not after an ASCII letter or digit, so that '3*4*5' stays plain.
_EMPHASIS: Final = re.compile(
    r"(?<![*A-Za-z0-9])(?:\*\*[^*\s](?:[^*\n]*[^*\s])?\*\*|\*[^*\s](?:[^*\n]*[^*\s])?\*)(?![*A-Za-z0-9])"
)
# kramdown's attribute lists ('{: .lead}', '{:toc}', after a paragraph or alone on a line) and a table of
# contents marker, kramdown's (a one-item list over '{:toc}', in any words: '* TOC', '1. 目录') or Python-Markdown's,
# Typora's and GitLab's alone on a line ('[TOC]', '[[_TOC_]]'): rendered as attributes or a generated list, never text
_TOC_MARKER: Final = re.compile(
    r"^(?:[ \t]*(?:[*+-]|\d+\.)[ \t]+[^\n]*\n(?=[ \t]*\{:[ \t]*\.?toc[ \t]*\})"
    r"|[ \t]{0,3}(?i:\[TOC\]|\[\[_?TOC_?\]\])[ \t]*$)",
    re.MULTILINE,
)
# A heading's id as kramdown writes it ('## 背景 {#bg}'): the heading's anchor, never its text
_KRAMDOWN_HEADING_ID: Final = re.compile(r"^(#{1,6}[ \t][^\n]*?)[ \t]+\{#[\w-]+\}[ \t]*$", re.MULTILINE)
# An attribute list holds only .classes, #ids, key="values" and references: '{:verbose => true}' (a Ruby
# hash at a line's end in a code block) is not one.
_KRAMDOWN_ATTRIBUTES: Final = re.compile(
    r"""[ \t]*\{:(?:[ \t]*(?:[.#][\w-]+|[\w-]+(?:=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+))?))*[ \t]*\}[ \t]*$""",
    re.MULTILINE,
)
# pandoc's attributes ('{#sec-3 .subhead}', '{.pic width="640"}') after a heading, an image or a bracketed span
# ('[来源：城东晚报]{.source}': the span's text stays), and its fenced divs ('::: {.art-body}', ':::'): markup, as
# kramdown's lists are
_PANDOC_ATTRIBUTE_LIST: Final = r"""\{(?:[ \t]*(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+)))+[ \t]*\}"""
_PANDOC_SPAN: Final = re.compile(rf"\[([^\[\]\n]*)\]{_PANDOC_ATTRIBUTE_LIST}")
# (after a link's or an image's address, and at a heading's end: a line of code ending '(){a=1}' is code)
_PANDOC_AFTER_LINK: Final = re.compile(rf"(\]\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)){_PANDOC_ATTRIBUTE_LIST}")
_PANDOC_AFTER_HEADING: Final = re.compile(
    rf"^(#{{1,6}}[ \t][^\n]*?)[ \t]+{_PANDOC_ATTRIBUTE_LIST}[ \t]*$", re.MULTILINE
)
_PANDOC_FENCE: Final = re.compile(
    rf"^[ \t]*:{{3,}}[ \t]*(?:{_PANDOC_ATTRIBUTE_LIST}|[\w-]+)?[ \t]*:*[ \t]*$", re.MULTILINE
)
# a note box of Markdown's extensions: MkDocs' '!!! note "提示"' over its indented text, GitHub's '> [!NOTE]' and
# Obsidian's callouts ('> [!tip]- 我的理解', of any type, folded or not) opening a quote; the box's title is a line of
# its own, its text the article's, its marker markup
_ADMONITION: Final = re.compile(
    r'^(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+"([^"\n]*)")?[ \t]*\n((?:(?:[ \t]{4}|\t)[^\n]*\n?|[ \t]*\n)*)',
    re.MULTILINE,
)
_ADMONITION_ALERT: Final = re.compile(
    r"^((?:>[ \t]*)+)\[![A-Za-z][\w-]*\][+-]?(?:[ \t]+([^\n]*?))?[ \t]*(?:\n|\Z)", re.MULTILINE
)


def _admonition_unfolded(found: re.Match[str]) -> str:
    body = re.sub(r"^(?:[ \t]{4}|\t)", "", found.group(2), flags=re.MULTILINE)
    title = found.group(1)
    return (f"{title}\n\n" if title else "") + body + "\n"


def _alert_titled(found: re.Match[str]) -> str:
    """A callout's title as a paragraph of its quote, apart from its text ('> 我的理解', '>'); no title, no line."""
    quote, title = found.group(1), found.group(2)
    return f"{quote}{title}\n{quote.rstrip()}\n" if title else ""


# Liquid's output at the start of an address ('![曲线]({{ site.baseurl }}/img/a.png)', 'src="{{ site.url }}/…"'):
# Jekyll writes the site's address there; removed, the path stays a link (a space left in it would not be one)
# Hugo's link to another post of the site ('[去年的报道]({{< ref "2020-07-12-flood.md" >}})'): its page's address, which
# the post's file name stands for
_HUGO_REF: Final = re.compile(r"""(\]\(\s*)\{\{[<%]\s*(?:rel)?ref\s+["']?([^"'\s{}]+)["']?\s*[>%]\}\}""")
# Jekyll's link to another post of the site ('[去年的总结]({% post_url 2020-03-01-report %})'): the post's name stands for it
_LIQUID_POST_URL: Final = re.compile(r"(\]\(\s*)\{%-?\s*(?:post_url|link)\s+([^\s%{}]+)\s*-?%\}")
_LIQUID_IN_ADDRESS: Final = re.compile(r"""(\]\(\s*<?|\b(?:src|href)\s*=\s*["']?)\{\{[^{}\n]*\}\}""", re.IGNORECASE)
# An include given the author's words as parameters ('{% include figure.html image="/a.jpg" caption="粮仓外景" %}'):
# its template shows them, so they are read as what it makes of them, a figure, a quote or a line
_LIQUID_INCLUDE: Final = re.compile(
    r"\{%-?[ \t]*include(?:_relative)?[ \t]+(?P<name>[^\s%]+)((?:[ \t]+[\w-]+[ \t]*=[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s%]+))+)[ \t]*-?%\}"
)
# an include named for a box of the site's ('subscribe.html', 'newsletter-signup.html', 'post_footer.html'): its title
# is the box's ('订阅折腾笔记'), no caption of the article's
_SITE_BOX_INCLUDE: Final = re.compile(
    r"subscri|newsletter|signup|sign-up|footer|header|share|comment|related|author|sidebar|donat|sponsor|follow|cta\b",
    re.IGNORECASE,
)
_INCLUDE_PARAMETER: Final = re.compile(r"([\w-]+)[ \t]*=[ \t]*(?:\"([^\"\n]*)\"|'([^'\n]*)'|([^\s%]+))")
_INCLUDE_IMAGE: Final = ("image", "src", "img", "url", "file", "path")
_INCLUDE_CAPTION: Final = ("caption", "description", "alt", "title")
_INCLUDE_QUOTE: Final = ("quote", "text", "content")
_IMAGE_ADDRESS: Final = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|avif|bmp)(?:[?#]\S*)?$", re.IGNORECASE)


def _include_as_html(match: re.Match[str]) -> str:
    """An include's words as HTML (its figure's image and caption, its quote), or the include as it was."""
    values = {
        m[1].lower(): m[2] if m[2] is not None else m[3] if m[3] is not None else m[4]
        for m in _INCLUDE_PARAMETER.finditer(match[match.re.groups])  # (the parameters: the last group)
    }
    image = next((values[k] for k in _INCLUDE_IMAGE if values.get(k) and _IMAGE_ADDRESS.search(values[k])), None)
    caption = next((values[k] for k in _INCLUDE_CAPTION if values.get(k, "").strip()), None)
    quote = next((values[k] for k in _INCLUDE_QUOTE if values.get(k, "").strip()), None)
    if image is not None:
        figcaption = f"<figcaption>{html_lib.escape(caption)}</figcaption>" if caption else ""
        return f'<figure><img src="{html_lib.escape(image)}" alt="">{figcaption}</figure>'
    if quote is not None:
        return f"<blockquote><p>{html_lib.escape(quote)}</p></blockquote>"
    if "name" in match.re.groupindex and _SITE_BOX_INCLUDE.search(match["name"]):
        return ""  # (a box of the site's: its words are the site's)
    return f"<p>{html_lib.escape(caption)}</p>" if caption else match[0]


# Hugo's figure shortcode ('{{< figure src="/img/a.jpg" caption="粮仓外景" >}}'), in a post brought over from Hugo: its
# parameters are read as an include's are
_HUGO_FIGURE: Final = re.compile(
    r"\{\{[<%][ \t]*figure((?:[ \t]+[\w-]+[ \t]*=[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s%>]+))+)[ \t]*/?[ \t]*[>%]\}\}"
)
# WordPress's caption shortcode as an importer left it ('[caption id="attachment_12" width="640"]<img …> 粮仓外景[/caption]',
# or the older '[caption caption="粮仓外景"]<img …>[/caption]'): WordPress shows a figure, the text after the picture
# its caption. An opening scans only to the next caption code (3,000 characters at most): linear in the page.
_WP_CAPTION: Final = re.compile(
    r"\[caption\b([^\]]{0,500})\]((?:[^\[]|\[(?!/?caption\b)){0,3000}?)\[/caption\]", re.IGNORECASE
)
_PICTURE_END: Final = re.compile(r"<img\b[^>]*>(?:\s*</a>)?", re.IGNORECASE)
_CAPTION_ATTRIBUTE: Final = re.compile(r"""\bcaption\s*=\s*(?:"([^"]*)"|'([^']*)'|&quot;(.*?)&quot;)""", re.IGNORECASE)
# WordPress's embed shortcode ('[embed]https://www.youtube.com/watch?v=…[/embed]'): a player, not words; its address
# is a link of the post
_WP_EMBED: Final = re.compile(r"\[embed\b[^\]]{0,300}\]\s*(https?://[^\s\[\]<>\"]{1,2000})\s*\[/embed\]", re.IGNORECASE)


def _caption_as_figure(match: re.Match[str]) -> str:
    """A caption shortcode as the figure WordPress shows, or as it was when it holds no picture."""
    inner = match[2]
    pictures = list(_PICTURE_END.finditer(inner))
    if not pictures:
        return match[0]
    end = pictures[-1]
    caption = inner[end.end() :].strip()
    if not caption:
        attribute = _CAPTION_ATTRIBUTE.search(match[1])
        caption = next((g for g in attribute.groups() if g is not None), "") if attribute is not None else ""
    figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f"<figure>{inner[: end.end()]}{figcaption}</figure>"


def _wordpress_figures(html: str) -> str:
    """A page's WordPress caption and embed shortcodes as the figures and links WordPress shows."""
    if "[/caption]" in html or "[/CAPTION]" in html:
        html = _WP_CAPTION.sub(_caption_as_figure, html)
    if "[/embed]" in html:
        html = _WP_EMBED.sub(r'<a href="\1"></a>', html)
    if "]\n" in html:
        html = _SHORTCODE_LINE.sub("", html)
    return html


# a shortcode alone on its line ('[gallery ids="91,92" columns="3"]'): a widget WordPress draws there, no text
# (with its attributes, name="value": '[email protected]', Cloudflare's stand-in for an address, is what a page shows)
_SHORTCODE_LINE: Final = re.compile(
    r"""^[ \t]*\[[a-z][\w-]{0,30}(?:\s+[\w-]+\s*=\s*(?:"[^"\]\n]{0,300}"|'[^'\]\n]{0,300}'|[^\s\]]{1,300}))+\s*/?\][ \t]*$""",
    re.MULTILINE,
)


# Liquid's code blocks ('{% highlight python %}…{% endhighlight %}') become Markdown's fenced code
_LIQUID_HIGHLIGHT_OPEN: Final = re.compile(
    r"^[ \t]*\{%-?[ \t]*highlight(?:[ \t]+(\w+))?[^%\n]*%\}[ \t]*\n", re.MULTILINE
)
_LIQUID_HIGHLIGHT_CLOSE: Final = re.compile(r"^[ \t]*\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$", re.MULTILINE)


# Blocks, images and links are named tuples, not frozen dataclasses: this module is compiled
# (mypyc), whose native classes cannot be frozen and pickled, and a tuple is also the cheapest
# immutable record to make a hundred of per page.
class Block(NamedTuple):
    kind: str
    text: str
    link_only: bool = False  # every character of it is the text of a link (a button, a menu entry)
    # and where all its links lead, when they lead to one place: '' nowhere ('#', 'javascript:…': the page's script
    # acts on a click), or an address ('查看原回答' to the post itself)
    leads_to: str | None = None


class Image(NamedTuple):
    src: str
    alt: str | None
    caption: str | None


class Link(NamedTuple):
    href: str
    text: str | None


@dataclass
class Body:
    blocks: list[Block] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    method: str = "dom"  # dom | dom+main_content | flat_text | fallback (``fallback_body``)
    removed: dict[str, int] = field(default_factory=dict)  # rule name -> count
    page_title: str | None = None  # a whole page's first <h1> (or <title>): the post's title when it names none
    cards: list[tuple[int, int]] = field(default_factory=list)  # blocks[start:end] of other pages' link cards
    # the lines of bylines, credits and where the text came from that left the text ('文／许若晴', '本报记者 吴海生',
    # '本文经授权转载自…'), in order: the post keeps them (articles.credits), as the page showed them
    credits: list[str] = field(default_factory=list)
    lead_credits: int = 0  # how many of them, first, stood above the article's prose
    # the short texts of the links that lead to no other page (to the page itself, its script, a relative address)
    control_links: set[str] = field(default_factory=set)

    def count(self, rule: str, n: int = 1) -> None:
        """Count ``n`` blocks (or elements) that ``rule`` removed."""
        self.removed[rule] = self.removed.get(rule, 0) + n


_STATED: Final = main_content.STATES
_COMMA: Final = re.compile(r"[,，、；;]")


_BACK_ARROWS: Final = frozenset("↩↑⇧⤴^ˆ \ufe0e\ufe0f\u00a0")  # (with the variation selectors of '↩︎')


def _is_back_arrow(text: str) -> bool:
    """Whether a link's text is only an arrow back up the page."""
    return 0 < len(text) <= 6 and set(text) <= _BACK_ARROWS and not text.isspace()


_NOTE_NUMBER: Final = re.compile(r"^[\[(（]?\d{1,3}[\])）.]?$")


def _sibling(node: LexborNode, forward: bool) -> LexborNode | None:
    """The next (or previous) sibling that is not whitespace."""
    sibling = node.next if forward else node.prev
    while sibling is not None and sibling.tag == "-text" and not (sibling.text_content or "").strip():
        sibling = sibling.next if forward else sibling.prev
    return sibling


def _is_note_number(node: LexborNode) -> bool:
    """Whether a link into the page is a footnote's own number opening its box, its text in a block after it
    ('<div class="footnote"><a href="#ref-1">1</a><div><p>…</p></div>'): on a line of its own, it says nothing. A
    number inside a sentence is the citation, and stays."""
    if _NOTE_NUMBER.match(node.text(deep=True).strip()) is None or _sibling(node, False) is not None:
        return False
    after = _sibling(node, True)
    return after is not None and (after.tag or "") in BLOCK_TAGS


def _states_a_note(node: LexborNode) -> bool:
    """Whether an element holds a sentence of its own (not a row of links: tags, a byline's profile, shares)."""
    text = node.text(deep=True)
    if _STATED.search(text) is None:
        return False
    linked = sum(len(a.text(deep=True)) for a in node.css("a"))
    return linked < 0.25 * len(text.strip())


EXPLAINED_MIN_SENTENCES: Final = 2


def _explains_in_sentences(node: LexborNode) -> bool:
    """Whether a list holds sentences of its own, two or more, with little of it linked: terms explained, not tags."""
    text = node.text(deep=True)
    return len(_STATED.findall(text)) >= EXPLAINED_MIN_SENTENCES and _states_a_note(node)


CODE_DEPTH: Final = 6  # of the elements around a piece of code's highlighting, where its <pre> or <code> is


def _in_code(node: LexborNode) -> bool:
    """Whether an element is inside a <pre> or a <code>, a few levels up at most."""
    parent = node.parent
    for _ in range(CODE_DEPTH):
        if parent is None:
            return False
        if parent.tag == "pre" or parent.tag == "code":
            return True
        parent = parent.parent
    return False


def _holds_the_articles_notes(node: LexborNode) -> bool:
    """Whether an element opens with the label of an article's notes or sources (``main_content.REFERENCES_LABEL``:
    '註釋', '参考资料') and holds sentences whose only links lead within the page (a note's '↩' back to its mark)."""
    heading = node.css_first("h1, h2, h3, h4, h5, h6, strong, b, p")
    if heading is None or main_content.REFERENCES_LABEL.match(" ".join(heading.text(deep=True).split())) is None:
        return False
    if any(not (a.attributes.get("href") or "#").startswith("#") for a in node.css("a")):
        return False
    return _STATED.search(node.text(deep=True)) is not None


# What an article's run of text is made of: an element between two of them sits amid its prose
_FLOW_TAGS: Final = frozenset({"-text", "p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "pre", "figure"})


FADED_PARAGRAPH_MIN_CHARS: Final = 40


def _faded_last_paragraph(node: LexborNode) -> bool:
    """Whether a paragraph a subscription rule's name matched is the article's own prose: after a paragraph of it, long,
    in clauses, and no words of the paywall's (its notes and offers go by the text rules, whatever their box)."""
    before = _as_flow(_beside(node, forward=False))
    if before is None or before.tag != "p":
        return False
    text = normalize_text(node.text(deep=True))
    return (
        len(text) >= FADED_PARAGRAPH_MIN_CHARS
        and len(_IN_A_CLAUSE.findall(text)) >= 2
        and boilerplate.text_rule_for(text) is None
        and not boilerplate.PAYWALL_NOTE.search(text)
    )


def _amid_prose(node: LexborNode) -> bool:
    """Whether an element sits in a run of the article's text: a paragraph (or a heading, list, quote)
    right before it and right after it, one of them a <p> or bare text. An <aside> there is the
    article's own fact box or note; a sidebar sits beside the article's box, not inside its text."""
    before, after = _as_flow(_beside(node, forward=False)), _as_flow(_beside(node, forward=True))
    if after is None and node.tag == "aside" and before is not None and before.tag == "p":
        return True  # closing the run of the article's text, inside its box
    if before is None or after is None or before.tag not in _FLOW_TAGS or after.tag not in _FLOW_TAGS:
        return False
    return "p" in (before.tag, after.tag) or "-text" in (before.tag, after.tag)


def _as_flow(node: LexborNode | None) -> LexborNode | None:
    """A box wrapping one paragraph and nothing else reads as that paragraph (WeChat and many editors write each
    paragraph in a <section> or a <div> of its own)."""
    if node is None or node.tag not in ("div", "section"):
        return node
    children = [
        c
        for c in node.iter(include_text=True)
        if c.tag != "-comment" and (c.tag != "-text" or (c.text_content or "").strip())
    ]
    # (or its bare text: '<div class="adaptive-text">…</div>' a paragraph a line)
    return children[0] if len(children) == 1 and children[0].tag in ("p", "-text") else node


# The control that unfolds the rest of an article (a mobile page shows its first paragraphs)
_EXPAND_LABEL: Final = re.compile(
    r"\s*(?:点击|點擊)?(?:展开全文|展開全文|展开剩余.{0,12}|展開剩餘.{0,12}|阅读全文|閱讀全文|查看全文|显示全文|顯示全文|"
    r"展开阅读全文|展開閱讀全文|继续阅读|繼續閱讀|read more|continue reading|show more|read the full (?:story|article))"
    r"[\s>»…。.▼▾⌄∨↓⬇︾]*",
    re.IGNORECASE,
)


FOLD_CONTROL_MAX_CLIMB: Final = (
    3  # boxes the folded text may close, with the 'expand' control right after the outermost
)


def _folded_away(node: LexborNode) -> bool:
    """Whether a hidden element is the rest of the article a page folds away: right beside an 'expand'
    control, holding sentences that the page does not also show."""
    beside = [_beside(node, forward=False), _beside(node, forward=True)]
    up = node
    for _ in range(FOLD_CONTROL_MAX_CLIMB):  # the box's last part: the control may follow the box itself
        if beside[-1] is not None or up.parent is None or up.parent.tag in ("body", "html"):
            break
        up = up.parent
        beside.append(_beside(up, forward=True))
    if not any(s is not None and s.tag != "-text" and _is_expand_control(s) for s in beside):
        return False
    return node.css_first("p") is not None and _states_a_note(node) and not _repeated_around(node)


FOLD_BOX_MAX_CHARS: Final = (
    60  # the control's box: its label and an app's line beside it ('打開 App，閱讀完整內容無廣告')
)


def _is_expand_control(node: LexborNode) -> bool:
    """Whether an element is the control that unfolds the rest ('展开全文'), or a small box holding one as a link or a
    button of its own (with a mask and an app's pitch beside it)."""
    text = node.text(deep=True)
    if _EXPAND_LABEL.fullmatch(text):
        return True
    if len(normalize_text(text)) > FOLD_BOX_MAX_CHARS:
        return False
    return any(_EXPAND_LABEL.fullmatch(control.text(deep=True)) for control in node.css("a, button, span"))


TOGGLE_MAX_CHARS: Final = 80


def is_toggle(node: LexborNode) -> bool:
    """Whether an element is the control that opens a folded answer: a button or a line the page makes clickable
    ('aria-expanded', 'aria-controls', 'onclick', <summary>), with a question's or a heading's few words."""
    attrs = node.attributes
    if node.tag != "summary" and not any(key in attrs for key in ("aria-expanded", "aria-controls", "onclick")):
        return False
    return 2 <= len(normalize_text(node.text(deep=True))) <= TOGGLE_MAX_CHARS


# a control's verb ('展开视频文字稿', '查看全文', 'Show transcript'): the toggle is a button, not a question of the text
_TOGGLE_VERB: Final = re.compile(
    r"^\W*(?:展开|展開|收起|显示|顯示|隐藏|隱藏|查看|点击|點擊|阅读|閱讀|show|hide|read|view|expand)", re.I
)


def _opens_an_answer(toggle: LexborNode) -> bool:
    """Whether a toggle with a question's or a heading's words has the answer it opens right after it, hidden and
    stating sentences."""
    if _TOGGLE_VERB.match(toggle.text(deep=True)):
        return False
    after = _beside(toggle, forward=True)
    if after is None or after.tag == "-text":
        return False
    attrs = after.attributes
    hidden = "hidden" in attrs or "display:none" in (attrs.get("style") or "").replace(" ", "")
    return hidden and _states_a_note(after)


def _answers_its_toggle(node: LexborNode) -> bool:
    """Whether a hidden element is the answer an accordion folds under its question: right after its toggle
    (``is_toggle``), holding sentences the page does not also show."""
    before = _beside(node, forward=False)
    return before is not None and is_toggle(before) and _states_a_note(node) and not _repeated_around(node)


def _folded_transcript(node: LexborNode, names: list[str]) -> bool:
    """Whether a hidden element is a video's or a recording's transcript the page shows on a click (its toggle a
    button, which is gone by now): named so, holding sentences the page does not also show."""
    return (
        any("transcript" in name.lower() for name in names)
        and node.css_first("p") is not None
        and _states_a_note(node)
        and not _repeated_around(node)
    )


def _beside(node: LexborNode, forward: bool) -> LexborNode | None:
    """The sibling right before (or after) an element, past blank text and comments."""
    sibling = node.next if forward else node.prev
    while sibling is not None and sibling.tag in ("-text", "-comment") and not (sibling.text_content or "").strip():
        sibling = sibling.next if forward else sibling.prev
    return sibling


# A pull quote's own quotation marks and closing stop ('“…十分钟。”' of '“…十分钟，但对骑手来说…”')
_QUOTE_MARKS: Final = "“”「」『』\"'‘’ 。.，,！!？?…"


def _decorates_a_copy(node: LexborNode, tag: str) -> bool:
    """Whether an element hidden from screen readers is the page's decoration of text it says again: a drop cap
    with its screen-reader copy right after it ('<span aria-hidden>鉛</span><span class="sr-only">鉛</span>'), a pull
    quote of a sentence the article holds."""
    if tag in _INLINE_TEXT_TAGS:
        after = _beside(node, forward=True)
        text = node.text(deep=True).strip()
        return bool(text) and after is not None and after.tag != "-text" and after.text(deep=True).strip() == text
    return tag in ("blockquote", "aside", "div", "p", "figure") and _repeated_around(node)


def _repeated_around(node: LexborNode) -> bool:
    """Whether an element's text is also in the rest of its parent: a pull quote (its quotation marks and
    closing stop aside, as it abridges the sentence), a copy for print."""
    text = " ".join(node.text(deep=True).split())
    around = " ".join((node.parent.text(deep=True) if node.parent is not None else "").split())
    if around.count(text) >= 2:
        return True
    core = text.strip(_QUOTE_MARKS)
    return len(core) >= PULL_QUOTE_MIN_CHARS and around.count(core) >= 2


_TABLE_BOXES: Final = frozenset({"table", "thead", "tbody", "tfoot", "tr", "th"})


_CONTROL_TAGS: Final = frozenset({"input", "button", "select", "textarea"})
_WIDGET_BOXES: Final = frozenset({"div", "section", "aside", "form", "fieldset"})


def _holders_of_controls(removed: list[LexborNode]) -> frozenset[int]:
    """The ``mem_id`` of every element that holds a form control a reader sees (a field, a button) among the
    ``removed`` elements: such a box is a widget (a sign-up or search box), whatever its heading says."""
    return _holders_of(
        node
        for node in removed
        if node.tag in _CONTROL_TAGS and (node.attributes.get("type") or "").lower() != "hidden"
    )


def _holders_of(nodes: Iterable[LexborNode]) -> frozenset[int]:
    """The ``mem_id`` of every ancestor of ``nodes``."""
    holders: set[int] = set()
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in holders:  # stops where an earlier node's climb did
            holders.add(parent.mem_id)
            parent = parent.parent
    return frozenset(holders)


SIGNUP_BOX_MAX_CHARS: Final = 120  # a sign-up box's pitch beside its email field ('订阅周刊，每周五送到你的邮箱。')
_EMAIL_FIELD: Final = re.compile(r"e-?mail|邮箱|郵箱|邮件|郵件", re.IGNORECASE)
# a button asking the reader to pay: to tip the author ('赞赏', '打赏', 'Buy me a coffee'), subscribe or buy
_PAY_BUTTON: Final = re.compile(
    r"\s*(?:赞赏|讚賞|打赏|打賞|赞助|贊助|请我喝咖啡|請我喝咖啡|donate|tip|buy me a coffee|sponsor)(?:作者|支持)?\s*",
    re.IGNORECASE,
)


def _holders_of_sign_ups(removed: list[LexborNode]) -> frozenset[int]:
    """The ``mem_id`` of every element that holds, among the ``removed`` elements, an email field (a newsletter's
    or a subscription's sign-up) or a button asking the reader to pay (a tip jar under a blog's post, '赞赏')."""
    return _holders_of(node for node in removed if _is_sign_up(node))


def _holds_prose_beside(node: LexborNode, holders: frozenset[int]) -> bool:
    """Whether a sign-up's holder is the article around a sign-up box: one child is the sign-up's own box (its
    pitch and its form), another a paragraph of prose ending a sentence that holds no sign-up."""
    own_box = prose = False
    child = node.child
    while child is not None:
        if child.mem_id in holders:
            own_box = own_box or (child.tag != "form" and child.css_first("p, h2, h3, h4") is not None)
        elif child.tag == "p" or child.tag in _WIDGET_BOXES:
            t = normalize_text(child.text(deep=True))
            prose = prose or (len(t) >= 25 and t[-1:] in "。！？.!?”」")
        child = child.next
    return own_box and prose


def _is_sign_up(node: LexborNode) -> bool:
    """An email field, or a button asking to tip, subscribe or buy."""
    if node.tag == "input":
        attrs = node.attributes
        described = " ".join(attrs.get(name) or "" for name in ("type", "name", "id", "placeholder", "aria-label"))
        return _EMAIL_FIELD.search(described) is not None
    if node.tag == "button":
        label = " ".join(node.text(deep=True).split())
        return _PAY_BUTTON.fullmatch(label) is not None or boilerplate.CALL_TO_ACTION.match(label) is not None
    return False


TOC_MARK_CHARS: Final = 3  # characters an item may hold outside its link ('1.', '一、')


def _is_table_of_contents(node: LexborNode) -> bool:
    """Whether a list is a table of contents: two or more links, each to an element of the page itself
    ('#section-2', an id the page holds), and next to no text outside them. Its items repeat the headings the
    article holds; a footnote's list has its notes' words outside the links back to the text, and links to
    anchors the page lacks are no contents of it (an article's own list of its parts, as written)."""
    anchors = node.css("a")
    if len(anchors) < 2:
        return False
    linked = 0
    targets: list[str] = []
    for anchor in anchors:
        href = anchor.attributes.get("href") or ""
        if len(href) < 2 or href[0] != "#":
            return False
        targets.append(unquote(href[1:]))
        linked += len("".join(anchor.text(deep=True).split()))
    if len("".join(node.text(deep=True).split())) - linked > TOC_MARK_CHARS * len(anchors):
        return False
    named = {element.attributes.get("id") for element in node.parser.css("[id]")}
    named.update(element.attributes.get("name") for element in node.parser.css("a[name]"))  # HTML 4's anchors
    return all(target in named for target in targets)


def _only_a_heading(node: LexborNode) -> bool:
    """Whether an element holds one heading (h2-h6) and no other text: a section heading in a box."""
    headings = node.css("h2, h3, h4, h5, h6")
    if len(headings) != 1 or node.css_first("a") is not None:
        return False
    return " ".join(headings[0].text(deep=True).split()) == " ".join(node.text(deep=True).split())


POLL_MIN_CHOICES: Final = 2
POLL_QUESTION_MAX_CHARS: Final = 80  # a question and its turnout ('你認為…的主因是？', '已有 3,482 人參與')


def _holders_of_choices(removed: list[LexborNode]) -> frozenset[int]:
    """The ``mem_id`` of every element that holds two or more choices to click among the ``removed`` elements (radio
    buttons, or buttons; a task list's check boxes are the article's): a poll, if little else is in it."""
    held: Counter[int] = Counter()
    for node in removed:
        if node.tag == "button" and _TOOL_BUTTON.match(node.text(deep=True)):
            continue  # a tool, no choice ('分享此段', '複製段落連結')
        if node.tag == "button" or (node.tag == "input" and (node.attributes.get("type") or "").lower() == "radio"):
            parent = node.parent
            while parent is not None:
                held[parent.mem_id] += 1
                parent = parent.parent
    return frozenset(box for box, count in held.items() if count >= POLL_MIN_CHOICES)


# a button that acts on the page, no choice among answers: share, copy, save or print it
_TOOL_BUTTON: Final = re.compile(
    r"\s*(?:分享|複製|复制|拷贝|拷貝|转发|轉發|收藏|列印|打印|share|copy|print|save)", re.IGNORECASE
)


def _only_a_question(node: LexborNode) -> bool:
    """Whether a box holds, besides its choices' labels, a question's worth of text (and a link to the results). A
    figure's caption is no question: a picture's own buttons ('Restack', 'View image') are no choices, nor a
    gallery's ('‹', '›', '全螢幕瀏覽')."""
    if node.css_first("figcaption") is not None:
        return False
    # (nor a gallery's captions beside its pictures, its buttons to turn them: a poll asks, '？')
    if node.css_first("img") is not None and not any(mark in node.text(deep=True) for mark in "？?"):
        return False
    labels = sum(len("".join(n.text(deep=True).split())) for n in node.css("label, a"))
    return len("".join(node.text(deep=True).split())) - labels <= POLL_QUESTION_MAX_CHARS


def _is_fact_box(node: LexborNode, names: list[str]) -> bool:
    """Whether an aside amid the article's text is its own fact box or note: paragraphs or items that say
    something, named as nothing else (a 'related' list, an ad), and not a pull quote (hidden from screen
    readers, or a sentence the article already holds) nor a heading alone (a promotion's teaser)."""
    if node.attributes.get("aria-hidden") == "true" or node.css_first("p, li") is None:
        return False
    if not _states_a_note(node) or boilerplate.element_rule_for("div", names, None) is not None:
        return False
    return not _repeated_around(node)


def _opens_the_body(node: LexborNode) -> bool:
    """Whether an element sits between the article's header (or headline) and its text, and links nowhere: a box of
    key facts set before the text ('快速了解')."""
    before, after = _beside(node, forward=False), _beside(node, forward=True)
    # (the header may be gone already: the headline and the byline are the post's fields, read apart)
    opens = (
        before.tag in ("header", "h1", "hgroup")
        if before is not None
        else node.parent is not None and node.parent.tag == "article"
    )
    return opens and after is not None and len(after.css("p")) >= FACT_BOX_MIN_ITEMS and node.css_first("a") is None


def _lists_facts(node: LexborNode, names: list[str]) -> bool:
    """Whether a box holds two or more items of text (paragraphs, list items, definitions), named as nothing else (a
    'related' list, an ad): the facts a box before the text sets out ('興建年份 1998年啟用，設計壽命二十年')."""
    items = [item for item in node.css("p, li, dd") if item.text(deep=True).strip()]
    return len(items) >= FACT_BOX_MIN_ITEMS and boilerplate.element_rule_for("div", names, None) is None


# the rules whose names a fact box may carry: it sits aside from the text ('sidebar'), it is related to it ('related-info')
_FACT_BOX_MISNAMES: Final = frozenset({"strip_navigation", "strip_related_articles"})
FACT_BOX_MIN_ITEMS: Final = 2


def _is_unlinked_fact_box(node: LexborNode) -> bool:
    """Whether a box amid the article's paragraphs is its fact box whatever its name: two or more paragraphs or items of
    text (or boxes of text, a title's and a body's) and not one link (a sidebar of other pages and a related list are
    made of links), not a pull quote."""
    if node.css_first("a") is not None or not _amid_prose(node):
        return False
    items = [item for item in node.css("p, li") if item.text(deep=True).strip()]
    if not items and _states_a_note(node):
        items = [child for child in node.iter() if child.text(deep=True).strip()]  # (boxes of text that say something)
    return len(items) >= FACT_BOX_MIN_ITEMS and not _repeated_around(node)


# the rules whose names a paragraph of the article may carry ('banner-quote', 'sidebar-note', 'related-context')
_PLAIN_PARAGRAPH_MISNAMES: Final = _FACT_BOX_MISNAMES | {"strip_ad_slots"}


def _a_plain_paragraph(node: LexborNode, tag: str) -> bool:
    """Whether a box a class rule matched is one paragraph of the article's, named as a banner, a sidebar or a related
    box ('banner-quote', 'related-context'): its bare text states a sentence no text rule takes, with no link, no
    picture or frame (an ad's), said nowhere else on the page (a pull quote's repeat)."""
    if tag not in _WIDGET_BOXES or _as_flow(node) is node or node.css_first("a, img, iframe, video") is not None:
        return False
    text = " ".join(node.text(deep=True).split())
    if _AD_COPY_WORDS.search(text):
        return False  # (an ad's copy says what it is or what it offers: '广告：本店新品八折。')
    return _states_a_note(node) and boilerplate.text_rule_for(text) is None and not _repeated_around(node)


_AD_COPY_WORDS: Final = re.compile(
    r"广告|廣告|推广|推廣|赞助|贊助|优惠|優惠|促销|促銷|折扣|[一二三四五六七八九\d]\s*折|限时|限時|sponsor|advert|promot",
    re.IGNORECASE,
)


def _own_header_with_standfirst(node: LexborNode, names: list[str]) -> bool:
    """Whether an <article>'s named header ('article-header', Ghost's) holds its standfirst: a paragraph
    that says something, under names no rule matches but for the word 'header'.

    A lead picture alone does not keep it: on the benchmark's pages such headers also held a pull quote, the
    byline's labels and a caption the benchmark does not count (F1 0.9700 to 0.9695)."""
    others = [name for name in names if "header" not in name.lower()]
    # (the first paragraph may be its kicker, a word or two above the headline ('深度報導'): the standfirst is under it)
    paragraphs = node.css("p")
    while len(paragraphs) > 1 and _is_kicker(normalize_text(paragraphs[0].text(deep=True))):
        paragraphs = paragraphs[1:]
    return (
        boilerplate.element_rule_for("div", others, None) is None and bool(paragraphs) and _states_a_note(paragraphs[0])
    )


# In an article's own header, what names the post's fields: its byline, date, section and tags
_HEADER_METADATA: Final = guarded(
    re.compile(r"author|byline|meta|date|time|tags?\b|categor|section|info\b", re.IGNORECASE)
)


@functools.lru_cache(maxsize=65536)
def _names_header_metadata(name: str) -> bool:
    """Whether a class or id name is a header's metadata (names repeat across a site's pages: each is
    searched once, not a page's ~100 joined lists each time)."""
    return _HEADER_METADATA.search(name) is not None


def _in_article_header(node: LexborNode) -> bool:
    """Whether an element is inside an <article>'s own header (a <header>, or a box named 'header' around its <h1>)."""
    in_header = False
    parent = node.parent
    while parent is not None:
        if parent.tag == "article":
            return in_header
        if not in_header and (
            parent.tag == "header"
            or (
                parent.tag in ("div", "section")
                and "header" in (parent.attributes.get("class") or "").lower()
                and parent.css_first("h1") is not None
            )
        ):
            in_header = True
        parent = parent.parent
    return False


SECTION_HEADER_MAX_CHARS: Final = 80
# an editor's word on the article ('编者点评：', '編者按：', '编辑短评：'), not a reader's
_EDITORS_WORD: Final = re.compile("编者|編者|编辑点评|編輯點評|编辑短评|編輯短評|小编|小編|本报点评|本報點評")
_EDITORS_LABEL: Final = re.compile(
    r"^\s*[【\[(（]?(?:编者|編者|编辑|編輯|本报|本報|小编|小編)(?:点评|點評|短评|短評|按|注|註|的话|的話|评论|評論)[】\])）]?\s*[:：]"
)
EDITORS_NOTE_MAX_CHARS: Final = 600


def _is_editors_note(node: LexborNode) -> bool:
    """Whether a box opens with an editor's label and states a note, with no link: the article's, whatever its name."""
    text = normalize_text(node.text(deep=True))
    return (
        0 < len(text) <= EDITORS_NOTE_MAX_CHARS
        and _EDITORS_LABEL.match(text) is not None
        and node.css_first("a") is None
        and _states_a_note(node)
    )


def _heads_a_section(node: LexborNode) -> bool:
    """Whether a <header> is the head of a part of the article: inside a <section> or a box whose role is an article's
    (a chapter, a live update), it holds a heading (h2 to h6) with a number or a time beside it, and no link."""
    parent = node.parent
    if parent is None or not (parent.tag == "section" or parent.attributes.get("role") == "article"):
        return False
    if node.css_first("a") is not None or node.css_first("h2, h3, h4, h5, h6") is None:
        return False
    return 0 < len(normalize_text(node.text(deep=True))) <= SECTION_HEADER_MAX_CHARS


AD_BETWEEN_MAX_BLOCKS: Final = 6  # an ad's copy between its label and the mark of its end
# an answer's tally over its text ('1,206 人赞同了该回答'), and the answerer's card above it
_ANSWER_TALLY: Final = re.compile(
    r"\d\s*[万萬]?\s*人(?:赞同|贊同|点赞|點讚|觉得有用|覺得有用)了(?:该|該|这个|這個|此)?回答"
)
ANSWERER_CARD_MAX_LINES: Final = 2
ANSWERER_CARD_MAX_CHARS: Final = 60
PRODUCT_NAME_MAX_CHARS: Final = 40
CARD_HEAD_MAX_LINES: Final = 2  # a card's name over its price, and its label over the name
CARD_BODY_MAX_LINES: Final = 2  # a card's name and what it gives, between its price and its count
CARD_LINE_MAX_CHARS: Final = 80
_TWO_FIELD_KICKER: Final = re.compile(r"[^\s·•｜|。！？，,]{1,8}\s*[·•｜|]\s*[^\s·•｜|。！？，,]{1,8}")


def _is_kicker(text: str) -> bool:
    """A word or two above a headline ('深度報導', 'Local Government'): the section's label."""
    if len(text) <= KICKER_MAX_CHARS:
        return True
    return (
        boilerplate.HAN_CHARACTER.search(text) is None and len(text.split()) <= 3 and len(text) <= 3 * KICKER_MAX_CHARS
    )


def _heads_the_story(node: LexborNode) -> bool:
    """Whether a header holds the page's <h1> as a story's headline: no menu in it, and the <h1> links nowhere (a
    site's header holds its name as a linked <h1>, and its menu)."""
    return node.css_first("h1") is not None and node.css_first("nav") is None and node.css_first("h1 a") is None


def _inside_article(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == "article":
            return True
        parent = parent.parent
    return False


def normalize_text(text: str) -> str:
    """Collapse whitespace, including &nbsp; and full-width spaces (U+3000), to single spaces; a
    line break of the source between two Chinese characters to nothing (``_WIDE_SEGMENT_BREAK``).

    Zero-width characters stay where they are, but text of nothing else is empty; a byte order mark (U+FEFF) amid
    the text goes (files joined, a platform's marks around a mention: no character of the text; preformatted text
    keeps it). No NFKC: it would turn Chinese full-width punctuation (，：) into ASCII.
    """
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    if "\n" in text:
        if " \n" in text or "\t\n" in text or "\r" in text:
            text = _SPACES_BEFORE_BREAK.sub("\n", text)
        text = _WIDE_SEGMENT_BREAK.sub("", text)
    text = " ".join(text.split())  # str.split's whitespace is exactly what \s matches, 6x faster than a sub
    if text and text[0] in ZERO_WIDTH_CHARS and _ZERO_WIDTH.fullmatch(text.replace(" ", "")):
        return ""
    return text


def preformatted_text(text: str) -> str:
    """A preformatted block's text (code, a table of figures in <pre>): its lines and their spacing as
    written, without trailing spaces and blank lines at either end; no-break spaces are spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace(LINE_BREAK, "\n").replace("\xa0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    first = 0
    while first < len(lines) and not lines[first]:
        first += 1
    text = "\n".join(lines[first:])
    return text if normalize_text(text) else ""


def split_long_text(text: str, limit: int = MAX_BLOCK_CHARS) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, each ending at a sentence's end (or a
    space) where one falls in its second half: a page's one giant paragraph is kept whole, in order."""
    pieces: list[str] = []
    while len(text) > limit:
        ends = [m.end() for m in _PIECE_END.finditer(text, limit // 2, limit)]
        cut = ends[-1] if ends else limit
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        pieces.append(text)
    return pieces


def may_nest_deeper(html: str, depth: int) -> bool:
    """False when ``html`` cannot nest more than ``depth`` elements: it has too few '<' that do not open
    a closing tag (each element open at once took one). Two counts in C, where ``max_nesting`` scans
    tag by tag in Python: 4 of 5 posts of oped2 skip that scan."""
    return html.count("<") - html.count("</") > depth


def max_nesting(html: str) -> int:
    """Deepest element nesting, counted on tags alone (no parser), cheaply.

    The text of scripts and styles is skipped: tags written inside JavaScript strings are not
    elements (a page's scripts can hold hundreds of unclosed '<p>').
    """
    depth = deepest = 0
    # No tag can end after the last '>': without this cut, every '<p' with no '>' after it
    # rescans the rest of the text, and a run of them takes quadratic time.
    end = html.rfind(">") + 1
    pos = 0
    while pos < end:
        for match in _TAG_TOKEN.finditer(html, pos, end):
            closing, tag = match.groups()
            tag = tag.lower()
            if tag in VOID_TAGS or html[match.end() - 2] == "/":  # void or self-closing (<path/>)
                continue
            if closing:
                if depth:
                    depth -= 1
                continue
            if tag in _RAW_TEXT_TAGS:  # skip to after its end tag, then scan on
                close = _RAW_TEXT_END[tag].search(html, match.end(), end)
                pos = end if close is None else close.end()
                break
            depth += 1
            if depth > deepest:
                deepest = depth
        else:
            break
    return deepest


# Elements whose content is never the article's, cut out whole by ``strip_markup_flat`` (no parser there)
_FLAT_DROPPED: Final = ("script", "style", "noscript", "template", "nav", "textarea", "select", "svg")


def _without_elements(html: str, tags: tuple[str, ...]) -> tuple[str, int]:
    """``html`` without the elements ``tags`` and what they hold (an unclosed one runs to the end, as
    in a parser), and how many were cut. In document order, each search going on from the last cut:
    linear, and a tag written inside a script is the script's text."""
    opening = re.compile(rf"<({'|'.join(tags)})(?![\w:-])", re.IGNORECASE)
    lower = html.lower()
    kept: list[str] = []
    pos = cuts = 0
    while (found := opening.search(html, pos)) is not None:
        kept.append(html[pos : found.start()])
        close = lower.find(f"</{found.group(1).lower()}", found.end())
        pos = len(html) if close < 0 else (lower.find(">", close) + 1 or len(html))
        cuts += 1
    kept.append(html[pos:])
    return (" ".join(kept), cuts) if cuts else (html, 0)


def strip_markup_flat(html: str, removed: dict[str, int] | None = None) -> list[Block]:
    """Recover text from HTML without a parser: scripts, styles and navigation go with their text
    (counted in ``removed``), block tags split, other tags vanish."""
    html, cut_out = _without_elements(html, _FLAT_DROPPED)
    if cut_out and removed is not None:
        removed["strip_scripts_and_widgets"] = removed.get("strip_scripts_and_widgets", 0) + cut_out
    cut = html.rfind(">") + 1  # no tag ends after the last '>': the regexes need not rescan the rest
    text = _ANY_TAG.sub("", _BLOCK_TAG_TEXT.sub("\n\n", html[:cut])) + html[cut:]
    text = html_lib.unescape(text)
    return [Block("paragraph", t) for t in (normalize_text(p) for p in re.split(r"\n\s*\n", text)) if t]


def _plain_paragraphs(text: str) -> list[str]:
    """A plain text's paragraphs: apart at blank lines, or at line breaks when it has no blank line; when most
    lines open with Chinese typesetting's indent ('　　'), only before those: a line without one is the paragraph
    above wrapped at a width."""
    if re.search(r"\n\s*\n", text.strip()):
        return [paragraph for part in re.split(r"\n\s*\n", text) for paragraph in _at_indents(part, whole=True)]
    return _at_indents(text, whole=False)


def _at_indents(text: str, whole: bool) -> list[str]:
    """``text`` apart before each line that opens with the indent when most lines do (a blank line may set some
    paragraphs apart as well); else whole, or line by line (``whole`` False: a text with no blank line)."""
    lines = text.split("\n")
    indented = sum(1 for line in lines if _PARAGRAPH_INDENT.match(line))
    if indented < 2:
        return [text] if whole else (_rewrapped(lines) or lines)
    if indented < 0.6 * sum(1 for line in lines if line.strip()):
        # (between blank lines, paragraphs that open with the indent and wrap at a width: its first line opens with it)
        first = next(line for line in lines if line.strip())
        if not whole or not _PARAGRAPH_INDENT.match(first):
            return [text] if whole else lines
    paragraphs: list[str] = []
    for line in lines:
        # (a line without the indent after a sentence's end is no wrapped line: a site's words set amid the text)
        if paragraphs and not _PARAGRAPH_INDENT.match(line) and not _ENDS_A_SENTENCE.search(paragraphs[-1]):
            paragraphs[-1] += "\n" + line
        else:
            paragraphs.append(line)
    return paragraphs


# a newspaper's jump: where the story breaks off to another page, and where it goes on there ('（下转第3版）',
# '（上接第1版）'; '转A3版', '接A1版')
_JUMP_TO: Final = re.compile(
    r"[（(]?\s*(?:下转|下轉|转|轉|续见|續見)(?:第)?\s*[A-Z]?\d{1,3}\s*(?:版|页|頁)\s*[）)]?\s*$"
)
_JUMP_FROM: Final = re.compile(r"^\s*[（(]?\s*(?:上接|接|承)(?:第)?\s*[A-Z]?\d{1,3}\s*(?:版|页|頁)\s*[）)]?\s*")


def _over_the_jump(body: Body, blocks: list[Block]) -> list[Block]:
    """A newspaper's story copied over its jump: the blocks between the mark where it breaks off ('（下转第3版）') and the
    mark where it goes on ('（上接第1版）') are the pages' other stories, index and masthead (``strip_related_articles``);
    the marks go too. The blocks as they are when there is no such pair."""
    if not any(("版" in block.text or "页" in block.text or "頁" in block.text) for block in blocks):
        return blocks
    start = next((i for i, block in enumerate(blocks) if _JUMP_TO.search(block.text[-16:])), None)
    if start is None:
        return blocks
    end = next((i for i in range(start + 1, len(blocks)) if _JUMP_FROM.match(blocks[i].text)), None)
    if end is None:
        # the page the story goes on to was not copied: its mark after the last sentence goes alone
        mark = _JUMP_TO.search(blocks[start].text)
        if mark is None or blocks[start].text[mark.start() :].lstrip()[:1] not in "（(":  # (in its brackets only)
            return blocks
        body.count("drop_page_meta")
        story = Block(blocks[start].kind, blocks[start].text[: mark.start()].rstrip(), blocks[start].link_only)
        return [*blocks[:start], story, *blocks[start + 1 :]] if story.text else blocks[:start] + blocks[start + 1 :]
    before, after = blocks[start], blocks[end]
    cut = _JUMP_TO.search(before.text)
    kept_before = [Block(before.kind, before.text[: cut.start()].rstrip())] if cut and cut.start() else []
    rest = _JUMP_FROM.sub("", after.text, count=1)
    kept_after = [Block(after.kind, rest)] if rest.strip() else []
    body.count("strip_related_articles", end - start - 1)
    body.count("drop_page_meta", 2)
    return blocks[:start] + kept_before + kept_after + blocks[end + 1 :]


# a chat's line as its app exports it: the time in brackets or before a dash, then the writer and the words
# ('[2024/12/7 下午8:41:12] 黄秀兰: 好的', '12/7/24, 20:41 - 黄秀兰: 好的'), or the app's own note ('… 退出了群组')
_CHAT_LINE: Final = re.compile(
    r"\u200e?\[?(?:\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})[,，]?\s*"
    r"(?:上午|下午|晚上|凌晨|中午)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\]\s*|\s+-\s+)"
    r"\u200e?(?P<who>[^:：\[\]\n]{1,24}?)(?:\s*[:：]\s*(?P<said>\S.*))?\s*$"
)
CHAT_MIN_LINES: Final = 4


def _chat_lines_set_apart(text: str) -> str:
    """A text holding a chat's lines (``_CHAT_LINE``), four or more, with a blank line before each: each message a
    paragraph of its own (its later lines with it), which Markdown, or plain text's paragraphs, would join with the
    lines around it."""
    if ("[" not in text and " - " not in text) or len(lines := text.split("\n")) < CHAT_MIN_LINES:
        return text
    chat = [bool(_CHAT_LINE.match(line.strip())) for line in lines]
    if sum(chat) < CHAT_MIN_LINES:
        return text
    return "\n".join(
        f"\n{line}" if is_chat and at else line for at, (line, is_chat) in enumerate(zip(lines, chat, strict=True))
    )


def _chat_message(body: Body, blocks: list[Block]) -> list[Block]:
    """A chat exported as text (``_CHAT_LINE``), four lines or more, with no prose above it: the article is its one
    long message (a member's letter to the group), its words without the line's head; the chat around it goes
    (``strip_comment_threads``). The blocks as they are otherwise."""
    heads = [
        i
        for i, block in enumerate(blocks)
        if (block.text[:1] in "[\u200e" or block.text[:1].isdigit()) and _CHAT_LINE.match(block.text.strip())
    ]
    if len(heads) < CHAT_MIN_LINES or any(
        _is_stated_prose(block) and boilerplate.text_rule_for(block.text) is None for block in blocks[: heads[0]]
    ):
        return blocks
    ends = [*heads[1:], len(blocks)]
    sizes = [sum(len(block.text) for block in blocks[at:end]) for at, end in zip(heads, ends, strict=True)]
    longest = max(range(len(heads)), key=sizes.__getitem__)
    others = sorted(sizes[:longest] + sizes[longest + 1 :], reverse=True)
    if sizes[longest] < CHAT_MESSAGE_MIN_CHARS or sizes[longest] < CHAT_MESSAGE_MARGIN * others[0]:
        return blocks  # (no one message stands out: a conversation, not a letter to the group)
    at, end = heads[longest], ends[longest]
    said = _CHAT_LINE.match(blocks[at].text.strip())
    words = [Block(blocks[at].kind, said["said"])] if said is not None and said["said"] else []
    body.count("strip_comment_threads", len(heads) - 1)
    body.count("drop_bylines")
    return blocks[: heads[0]] + words + blocks[at + 1 : end]


CHAT_MESSAGE_MIN_CHARS: Final = 200
CHAT_MESSAGE_MARGIN: Final = 3  # times the next longest message's text


WRAPPED_WIDTH_MIN: Final = 8  # characters of a line of a text wrapped at a width (a narrow column's, a scan's)
WRAPPED_FULL_LINES_MIN: Final = 6  # lines as wide as the width


def _rewrapped(lines: list[str]) -> list[str] | None:
    """The paragraphs of a text with no blank line wrapped at a width (a scanned column's text, a page printed to
    text), its lines joined again: most lines as wide as the width, most of them ending mid-sentence; a line shorter
    than the width ends its paragraph (or is one: a heading, a byline). A line recurring word for word is the page's
    running head or foot amid the text, where a column or a page broke: it goes. None for a text of lines written
    apart (a menu, a list, a poem, a bot's paragraphs one a line)."""
    stripped = [line.strip() for line in lines]
    if sum(1 for line in stripped if len(line) >= WRAPPED_WIDTH_MIN) < WRAPPED_FULL_LINES_MIN:
        return None
    times = Counter(stripped)
    heads = {
        line
        for line, n in times.items()
        if n >= 2 and len(line) >= WRAPPED_WIDTH_MIN and not _ENDS_A_SENTENCE.search(line)
    }
    text = [line for line in stripped if line and line not in heads]
    width = Counter(len(line) for line in text if len(line) >= WRAPPED_WIDTH_MIN).most_common(1)
    if not width:
        return None
    full = [line for line in text if width[0][0] - 1 <= len(line) <= width[0][0]]
    if (
        len(full) < WRAPPED_FULL_LINES_MIN
        or len(full) * 2 < len(text)
        or sum(1 for line in full if not _ENDS_A_SENTENCE.search(line)) * 3 < len(full) * 2
        or _lines_of_verse(text)
    ):
        return None
    paragraphs: list[str] = []
    open_paragraph = False
    for line in text:
        if open_paragraph:  # (a word broken at its hyphen is whole again)
            paragraphs[-1] += ("" if paragraphs[-1][-1] in "-－" else "\n") + line
        else:
            paragraphs.append(line)
        # (as wide as the width, or a mark past it: a typesetter hangs it rather than open a line with it)
        # (or a word broken at its hyphen: '每天早上6-', then '7点，…')
        open_paragraph = (
            width[0][0] - 1 <= len(line) <= width[0][0]
            or (len(line) == width[0][0] + 1 and not line[-1].isalnum())
            or (line[-1] in "-－" and line[-2:-1].isalnum())
        )
    return paragraphs


# a printed page's running head or foot, its page number between dashes beside the document's name after a wide gap
# ('听证实录（整理稿）　　— 2 —　　桐江市发展和改革委员会'), amid the text where the page broke: no line of the text
_PAGE_RUNNING_LINE: Final = re.compile(
    r"^[ \t\u3000]*[^\s][^\n]{0,39}?(?: {2,}|\u3000+)[—–－-]{1,2}[ \t]*\d{1,4}[ \t]*[—–－-]{1,2}"
    r"(?:(?: {2,}|\u3000+)[^\n]{1,40})?[ \t\u3000]*\n",
    re.MULTILINE,
)


# What a careless strip of HTML left of its tags, their '<' gone: a start tag's attributes at a line's start
# ('style="text-indent: 2em;">', 'span style="…">', 'data-v-3f2a1c="" class=para>'), an end tag at a line's edge or
# after a sentence ('/span>合作社…', '…移栽到大田。/p>')
_TAG_REMNANT: Final = re.compile(
    r"^(?:[ \t\u3000\xa0]|&nbsp;)*(?:[a-z][a-z0-9]{0,9}[ \t]+)?"
    r"(?:[a-z][\w:-]{0,30}[ \t]*=[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s>\"']{1,40})[ \t]*){1,8}/?>"
    r"|(?:^(?:[ \t\u3000\xa0]|&nbsp;)*|(?<=[。！？!?”」』）)\s]))/(?:p|span|div|strong|b|i|em|a|font|section|td|tr|li|ul|ol|h[1-6])>",
    re.MULTILINE,
)


def plain_text_blocks(text: str, removed: dict[str, int] | None = None) -> list[Block]:
    """Plain text bodies: paragraphs are separated by blank lines (or by lines, when no blank lines).

    A paragraph that is a related-reading label ('猜你喜欢') over lines of titles (short, no sentence) is
    the site's list of other articles, as its box would be on the page: it goes (counted in ``removed``)."""
    text = _without_signature(text, removed)
    if "—" in text or "-" in text or "－" in text:
        text, heads = _PAGE_RUNNING_LINE.subn("", text)
        if heads and removed is not None:
            removed["drop_datelines"] = removed.get("drop_datelines", 0) + heads
    if "-->" in text:
        text = _without_subtitle_timings(text, removed)
    if ">" in text:
        text, tags = _TAG_REMNANT.subn("", text)
        if tags and removed is not None:
            removed["strip_literal_markup"] = removed.get("strip_literal_markup", 0) + tags
    # a rule drawn in characters ('-----') sets paragraphs apart, and marks a thematic break
    text = _SEPARATOR_LINE.sub(f"\n{_BREAK_MARK}\n", text)
    blocks: list[Block] = []
    for part in _plain_paragraphs(text):
        if part.strip() == _BREAK_MARK:
            blocks.append(Block(THEMATIC_BREAK, ""))
            continue
        part = _without_doubled_lines(boilerplate.without_literal_entities(part), removed)
        if not any(map(_is_stated_prose, blocks)) and _is_boxed_masthead(part):
            if removed is not None:
                removed["drop_page_meta"] = removed.get("drop_page_meta", 0) + 1
            continue
        if _is_related_titles(part):
            if removed is not None:
                removed["strip_related_articles"] = removed.get("strip_related_articles", 0) + 1
            continue
        pieces = None
        if "\n" in part.strip():
            # (a related label and its titles after the part's first lines: '（某網 / 即時新聞）', '相關新聞：', '‧ …')
            pieces = _related_tail([line for line in map(normalize_text, part.split("\n")) if line], set())
            if pieces is None and not any(map(_is_stated_prose, blocks)):
                pieces = _header_lines_apart(part)
            pieces = pieces or _credit_lines_apart(part, soft_breaks=True)
            pieces = pieces or _stanza(part) or _chrome_line_apart(part) or _paragraph_lines_apart(part)
        elif boilerplate.menu_row_fields(part.strip()) and not any(map(_is_stated_prose, blocks)):
            pieces = [_with_bars(part.strip())]  # a menu alone above the article ('Pacific Wire    Newsroom    Log in')
        blocks += [Block("paragraph", piece) for piece in pieces or split_long_text(normalize_text(part))]
    return blocks


_WIDE_GAP: Final = re.compile(r"\S(?: {2,}|\u3000+)\S")


def _menus_with_bars(text: str) -> str:
    """A Markdown text whose lines above its first sentence of prose that are menus, their fields apart by wide gaps
    ('Pacific Wire    Newsroom    Submit a Release    Log in'), have bars between the fields (``_with_bars``)."""
    if _WIDE_GAP.search(text) is None:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        if len(stripped) >= STATED_PROSE_MIN_CHARS and _STATED.search(stripped):
            break
        if _WIDE_GAP.search(stripped) and not line.startswith(("    ", "\t")) and boilerplate.menu_row_fields(stripped):
            lines[i] = _with_bars(stripped)
    return "\n".join(lines)


# a box drawn in characters: its top and bottom edges ('+------+'), its lines between bars ('|  巷仔口電子報  |')
_DRAWN_BOX_EDGE: Final = re.compile(r"[ \t]*\+[-=+]{3,}\+[ \t]*")
_DRAWN_BOX_LINE: Final = re.compile(r"[ \t]*\|([^|\n]*)\|[ \t]*")
BOXED_LINE_MAX_CHARS: Final = 40


def _is_boxed_masthead(part: str) -> bool:
    """Whether a plain text's paragraph is a box drawn in characters of a few short lines with no sentence (a letter's
    name, its issue, when it is sent): its masthead, where ``plain_text_blocks`` finds it above the article."""
    lines = [line.strip() for line in part.split("\n") if line.strip()]
    if len(lines) < 3 or not (_DRAWN_BOX_EDGE.fullmatch(lines[0]) and _DRAWN_BOX_EDGE.fullmatch(lines[-1])):
        return False
    inner = [_DRAWN_BOX_LINE.fullmatch(line) for line in lines[1:-1]]
    return all(
        match is not None and len(match[1].strip()) <= BOXED_LINE_MAX_CHARS and not _SENTENCE_END_MARK.search(match[1])
        for match in inner
    )


def _with_bars(line: str) -> str:
    """A line of a menu's fields set apart by wide gaps, as written, with bars between them: a line's text reads the
    gaps as spaces, and ``boilerplate.menu_row_fields`` the bars as the fields' bounds. (As it is when bars or dots
    set them apart.)"""
    if _WIDE_GAP.search(line) is None:
        return normalize_text(line)
    return " ｜ ".join(normalize_text(field) for field in boilerplate.menu_fields(line))


# a subtitle file's cue: its number and its timing line ('12\n00:00:52,800 --> 00:00:58,100'), or WebVTT's timing alone
_SUBTITLE_TIMING: Final = re.compile(
    r"^[ \t]*(?:\d{1,5}[ \t]*\r?\n[ \t]*)?(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}"
    r"[^\n]*$",
    re.MULTILINE,
)
SUBTITLE_MIN_CUES: Final = 3


def _without_subtitle_timings(text: str, removed: dict[str, int] | None) -> str:
    """A transcript kept as a subtitle file (SRT, WebVTT) without its cues' numbers and timings: the words said are the
    text, each cue a paragraph (three timings or more: one arrow is a sentence's)."""
    cues = len(_SUBTITLE_TIMING.findall(text))
    if cues < SUBTITLE_MIN_CUES:
        return text
    if removed is not None:
        removed["drop_datelines"] = removed.get("drop_datelines", 0) + cues
    return _SUBTITLE_TIMING.sub("", text)


DOUBLED_LINE_MIN_CHARS: Final = 10


def _without_doubled_lines(part: str, removed: dict[str, int] | None) -> str:
    """A paragraph's lines without a sentence written twice in a row ('旅客可通过12306查询。' on two lines): a converter
    that copied each line (a refrain's short lines stay, and a sentence said again after another)."""
    if "\n" not in part.strip():
        return part
    lines = part.split("\n")
    kept = [lines[0]]
    for line in lines[1:]:
        said = line.strip()
        if len(said) >= DOUBLED_LINE_MIN_CHARS and said == kept[-1].strip() and _STATED.search(said):
            if removed is not None:
                removed["drop_repeated_neighbours"] = removed.get("drop_repeated_neighbours", 0) + 1
            continue
        kept.append(line)
    return "\n".join(kept)


STANZA_LINE_MAX_CHARS: Final = 16  # a poem's line: no paragraph wrapped at a width has all its lines this short
_IN_A_CLAUSE: Final = re.compile(r"[，,、；;：:。！？!?.…]")  # (a stanza of modern verse has no punctuation; prose has)


def _stanza(part: str) -> list[str] | None:
    """A poem's stanza as one block, its lines apart by a space (None: the lines are a paragraph wrapped at a width,
    whose line breaks between Chinese characters are no space). A stanza's lines are short all ('一个人把行李',
    '当成枕头'), and joined with nothing between they would run into one another ('…当成枕头另一个人…'); no line of it
    holds a mark of punctuation (prose wrapped short has its commas and stops; a classical poem's couplet has its
    comma and reads as one line)."""
    lines = [line.strip() for line in part.split("\n") if line.strip()]
    if len(lines) < 2 or max(len(line) for line in lines) > STANZA_LINE_MAX_CHARS:
        return None
    if any(_IN_A_CLAUSE.search(line) for line in lines) and not _lines_of_verse(lines):
        return None
    if boilerplate.text_rule_for(normalize_text(part)) is not None:
        return None  # (the lines together are one thing a rule knows: a board post's header, a footer)
    return [" ".join(normalize_text(line) for line in lines)]


FULL_LINE_SHARE: Final = 0.8  # of the widest line, a line at least to fill its width (a ragged English wrap's)


def _chrome_line_apart(part: str) -> list[str] | None:
    """A plain text's paragraph of lines written apart, not wrapped at a width, each line a block of its own when one
    of them, alone, is one the text rules drop ('…二〇二四年八月三日' over '👁 已有 1,204 人閱讀 ｜ 分享到 WhatsApp'):
    the page's chrome glued to the article's last lines or to its other chrome, told apart line by line. None otherwise:
    the lines are read as one paragraph, as written."""
    written = _latin_wraps_joined([line for line in part.split("\n") if normalize_text(line)])
    lines = [normalize_text(line) for line in written]
    if len(lines) < 2 or boilerplate.text_rule_for(normalize_text(part)) is not None:
        return None  # (the lines together are one thing a rule knows: an ad's label over its copy, a mailer's footer)
    if any(_COMMENT_HEAD_ALONE.match(line) for line in lines):
        if main_content.reads_as_comments_label(lines[0]):
            return lines  # the comments under their label, each writer's line over their words: read line by line
        return None  # (a comment's writer and time over its words and its controls: one comment, read whole)
    widest = max(map(len, lines))
    # (most lines fill the width: a paragraph wrapped; a line of fields apart by wide gaps is no prose's)
    filled = [
        len(line) >= FULL_LINE_SHARE * widest and not _WIDE_GAP.search(w)
        for w, line in zip(written, lines, strict=True)
    ]
    if 2 * sum(filled[:-1]) > len(lines) - 1:
        return None
    chrome = False
    for i, line in enumerate(lines):
        if len(line) > CHROME_LINE_MAX_CHARS:
            continue
        if boilerplate.text_rule_for(line) not in _NOT_CHROME_LINES or _GENERATED_SUMMARY_LABEL.match(line):
            chrome = True  # (a machine's summary's label opens lines of its own too: ``_generated_summary``)
        elif (barred := _chrome_fields_barred(written[i])) is not None:
            lines[i], chrome = barred, True
    return lines if chrome else None


_LATIN_WRAP: Final = re.compile(r"[A-Za-z0-9,;:(]$|[a-z]-$")


def _latin_wraps_joined(lines: list[str]) -> list[str]:
    """Lines of Latin prose wrapped at a width joined again: a line ending mid-sentence before one opening with a
    small letter (or a figure, in a line of Latin letters only) goes on in it ('…on the ameliora-' and 'tion of soil…': a
    word broken at its hyphen is whole again)."""
    joined: list[str] = []
    for line in lines:
        stripped = line.strip()
        before = joined[-1].rstrip() if joined else ""
        goes_on = stripped[:1].isascii() and (
            stripped[:1].islower() or (stripped[:1].isdigit() and stripped.isascii() and before.isascii())
        )
        if before and goes_on and _LATIN_WRAP.search(before):
            joined[-1] = (
                before[:-1] + stripped if before[-2:-1].islower() and before.endswith("-") else f"{before} {stripped}"
            )
        else:
            joined.append(line)
    return joined


def _chrome_fields_barred(line: str) -> str | None:
    """A line of fields set apart by wide gaps, each one a rule drops ('第A05版：城市新闻　　【上一版】　【下一版】'),
    with bars between them (``_with_bars``), as its text would lose the gaps; None when it is no such line."""
    if _WIDE_GAP.search(line.strip()) is None:
        return None
    barred = _with_bars(line.strip())
    return barred if boilerplate.text_rule_for(barred) not in _NOT_CHROME_LINES else None


HEADER_LINE_MAX_CHARS: Final = 30
_CLAUSE: Final = re.compile(r"[，,。！？!?；;]")
_FIELD_COLON: Final = re.compile(r"[：:]")


def _header_lines_apart(part: str) -> list[str] | None:
    """A plain text's paragraph above the article's prose whose lines are short names or menus, no clause, one field at
    most ('山城小報', '首頁　新聞　副刊　小品　影音', '副刊 › 小品'): the page's header, each line a block of its own so
    that the rules weigh it alone (the site's name, its menu, the trail to the section), when a menu or a trail is among
    them. None otherwise: a stanza or a card of fields reads as written. A menu's items set apart by wide gaps ('首頁　新聞　副刊')
    are set apart by bars, as ``boilerplate.menu_row_fields`` reads a block's text, and the lines above the menu (the
    site's name) are its first fields."""
    written: list[str] = []
    for line in (line.strip() for line in part.split("\n") if line.strip()):
        if written and (written[-1].endswith(("｜", "|")) or line.startswith(("｜", "|"))):
            written[-1] += line  # (a menu wrapped at a width: '…｜视频' over '｜图片｜…｜登录｜' over '注册')
        else:
            written.append(line)
    lines = [normalize_text(line) for line in written]
    # (a row of fields apart by gaps, '时间：2024-07-12　阅读量：207', is a dateline's, no menu)
    menus = [0 if _FIELD_COLON.search(line) else boilerplate.menu_row_fields(line) for line in written]
    if len(lines) < 2 or any(
        (len(line) > HEADER_LINE_MAX_CHARS and not menu) or _CLAUSE.search(line)
        for line, menu in zip(lines, menus, strict=True)
    ):
        return None
    if sum(1 for line in lines if _FIELD_COLON.search(line)) > 1:
        return None  # (a card of fields: '日期：…', '地點：…')
    if not any(menus) and not any(boilerplate.is_section_trail(line) for line in written):
        return None  # (a stanza's lines: no menu or trail among them)
    if boilerplate.text_rule_for(normalize_text(part)) is not None:
        return None  # (the lines together are one thing a rule knows: the station's name over its menu)
    if len(set(menus)) == 1:
        return lines  # (rows of as many fields: a table's, as text)
    pieces = [_with_bars(w) if menu else line for w, line, menu in zip(written, lines, menus, strict=True)]
    first_menu = next((i for i, menu in enumerate(menus) if menu), 0)
    if any(mark in line for line in lines[:first_menu] for mark in "|｜>＞›»/／"):
        return pieces  # (a trail over the menu is weighed alone)
    # the site's name over its menu ('THE MILLBROOK LEDGER', 'FM 98.6 江城交通广播'): the menu's first field
    return [" ｜ ".join(pieces[: first_menu + 1]), *pieces[first_menu + 1 :]]


LINE_PARAGRAPHS_MIN: Final = 3  # lines read as paragraphs, for lines to be paragraphs (two may be one's lines)


# a line of a log opening with its date and time ('2024-03-16 07:02  外婆：小满', '[2024/3/16 07:02] 我：…')
_STAMPED_LINE: Final = re.compile(rf"^[\[［(（]?(?:{main_content.TIMESTAMP.pattern})")
STAMPED_LINES_MIN: Final = 3


def _stamped_lines(lines: list[str]) -> list[str] | None:
    """A paragraph of three lines or more each opening with its date and time (a chat's export, a log, a timeline
    written with no blank line): each line is a block of its own, as the messages it records. None otherwise."""
    if len(lines) < STAMPED_LINES_MIN or not all(_STAMPED_LINE.match(line) for line in lines):
        return None
    return lines


def _paragraph_lines_apart(part: str) -> list[str] | None:
    """A plain text's paragraph of lines written apart, not wrapped at a width, each line a block of its own when three
    of them or more read as paragraphs (``_is_line_paragraph``: long, ending a sentence; two may be one's lines): a
    bot's paragraphs one per line under their heading ('【繁體】', '百年會館重開義學', '喬治市的…報名。', '會館主席…
    名字。」'), with no blank line between. None when two lines or more fill the width and end mid-sentence: a paragraph
    wrapped at it."""
    lines = [normalize_text(line) for line in part.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 2 or sum(1 for line in lines if _is_line_paragraph(line)) < LINE_PARAGRAPHS_MIN:
        return None
    if _wrapped_at_a_width(lines):
        return None
    if boilerplate.text_rule_for(normalize_text(part)) is not None:
        return None  # (the lines together are one thing a rule knows: a mailer's footer)
    return lines


VERSE_MIN_LINES: Final = 3


def _lines_of_verse(lines: list[str]) -> bool:
    """Whether short lines with a mark of punctuation among them are verse, not prose wrapped at a width: their lengths
    differ (a wrapped paragraph's lines but its last are as long as the width, give or take the mark a typesetter keeps
    off a line's start) or one line alone holds a mark ('她說，吃飽才會大', a refrain's), and no line but the last ends a
    sentence."""
    if len(lines) < VERSE_MIN_LINES or any(_STATED.search(line[-1]) for line in lines[:-1]):
        return False
    if sum(1 for line in lines if _IN_A_CLAUSE.search(line)) == 1:
        return True  # (prose wrapped this short holds a mark every line or two; a refrain's one line does)
    widest = max(len(line) for line in lines[:-1])
    return sum(1 for line in lines[:-1] if len(line) >= widest - 1) * 2 < len(lines) - 1


# an e-mail's signature delimiter, '-- ' alone on its line (RFC 3676): what follows is the sender's signature
_STATION_LINE: Final = re.compile(r"^[ \t]*※", re.MULTILINE)  # (a BBS's footer lines: ``boilerplate.FORUM_FOOTER``)
_SIGNATURE_DELIMITER: Final = re.compile(r"^--[ \t]?\r?$", re.MULTILINE)
SIGNATURE_MAX_LINES: Final = 8


def _without_signature(text: str, removed: dict[str, int] | None, markdown: bool = False) -> str:
    """A plain text without the signature after its last '-- ' line ('Sent from my iPad', a list's unsubscribe
    line), when that is short: a letter's or a board post's closing apparatus, not the article (counted in
    ``removed`` as ``drop_mailing_notices``); and so on up through the '-- ' lines above it while each part is short (a
    writer's own signature above a list's footer, which, too long for a signature, the text rules read)."""
    if "--" not in text:
        return text
    delimiters = list(_SIGNATURE_DELIMITER.finditer(text))
    if markdown:  # (Markdown's '--' under a line of text underlines a heading: a delimiter has a blank line above)
        delimiters = [found for found in delimiters if text[: found.start()].rstrip(" \t").endswith(("\n\n", "\n\r\n"))]
    end = len(text)  # (a part too long for a signature after the last, a list's footer, is the text rules')
    for found in reversed(delimiters):
        # (the signature ends where the list's or the board's footer starts: its rule, '______', or its station's
        # lines, '※ 来源:·荷塘BBS …')
        rule = _SEPARATOR_LINE.search(text, found.end(), end)
        stop = end if rule is None else rule.start()
        station = _STATION_LINE.search(text, found.end(), stop)
        stop = stop if station is None else station.start()
        part = text[found.end() : stop].strip()
        if not part or len(part) > SIGNATURE_MAX_CHARS or part.count("\n") >= SIGNATURE_MAX_LINES:
            if end == len(text) and found is delimiters[-1]:
                end = found.start()
                continue
            break
        if removed is not None:
            removed["drop_mailing_notices"] = removed.get("drop_mailing_notices", 0) + 1
        text = text[: found.start()] + text[stop:]
        end = found.start()
    return text


# the line over an e-mail's quote of an earlier message: when, then who wrote it ('在 2022年9月16日 周五 22:10，林海生
# 写道：', 'On Fri, Sep 16, 2022 at 10:10 PM Lin <lin@example.org> wrote:'), a time of day or an address in it (a
# writer's '截至7月2日中午，转发量最大的一条帖子写道：' introduces what the article quotes)
_QUOTE_ATTRIBUTION_LINE: Final = re.compile(
    r"^[ \t]*(?=[^\n]{0,80}?(?:\d{1,2}:\d{2}|@))(?!>)[^\n]{4,120}?(?:写道|寫道|wrote)[ \t]*[:：][ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*>"
    # (or quoted itself, the quote's first line, as a phone's mail app sets it: '> 2024年3月4日 下午3:20，陳建宏 <…> 寫道：')
    r"|^[ \t]*>[ \t]*(?=[^\n]{0,80}?(?:\d{1,2}:\d{2}|@))[^>\n][^\n]{3,120}?(?:写道|寫道|wrote)[ \t]*[:：][ \t]*\r?\n[ \t]*>",
    re.MULTILINE | re.IGNORECASE,
)
_QUOTED_LINE: Final = re.compile(r"^[ \t]*>[^\n]*(?:\n|$)", re.MULTILINE)


# An outliner's page (Logseq, Obsidian's properties): its properties as lines of 'key:: value' ('tags:: [[城市更新]]',
# 'id:: 6522a1f3-…', 'collapsed:: true'), maybe under a list item's indent; two at least make the page one
_OUTLINER_PROPERTY: Final = re.compile(
    r"^[ \t]*(?:[-*][ \t]+)?[\w\u3400-\u9fff.-]{1,30}::[ \t]+\S[^\n]*\n?", re.MULTILINE
)
OUTLINER_PROPERTIES_MIN: Final = 2
# its references from other pages, under their label to the page's end ('Linked References 3', '已連結的引用')
_BACKLINKS_LABEL: Final = re.compile(
    r"^[ \t#*]*(?:linked references|unlinked references|backlinks|已連結的引用|已链接的引用|反向链接|反向連結|未連結的引用|未链接的引用)"
    r"[ \t*]*\d*[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_WIKI_LINK: Final = re.compile(r"\[\[([^\[\]\n|]{1,80})(?:\|([^\[\]\n]{1,80}))?\]\]")


def _outliner_page_read(text: str, removed: dict[str, int]) -> str:
    """An outliner's page as the page it shows (``drop_page_meta``, counted in ``removed``): its property lines go,
    and its references from other pages under their label; a link to a page ('[[城市更新]]') is its words."""
    if "::" not in text:
        return text
    page, properties = _OUTLINER_PROPERTY.subn("", text)
    if properties < OUTLINER_PROPERTIES_MIN:
        return text
    if (backlinks := _BACKLINKS_LABEL.search(page)) is not None:
        page = page[: backlinks.start()]
        properties += 1
    removed["drop_page_meta"] = removed.get("drop_page_meta", 0) + properties
    return _WIKI_LINK.sub(lambda m: m[2] or m[1], page) if "[[" in page else page


def _without_quoted_messages(text: str, removed: dict[str, int]) -> str:
    """An e-mail reply without the earlier messages it quotes (``drop_quoted_messages``, counted in ``removed``):
    once a line says who wrote the quote under it, every '>' line of the text is theirs, those interleaved with the
    answer too; and that line goes."""
    if ">" not in text or (attribution := _QUOTE_ATTRIBUTION_LINE.search(text)) is None:
        return text
    end = text.index("\n", attribution.start())
    text, quoted = _QUOTED_LINE.subn("", text[: attribution.start()] + text[end + 1 :])
    removed["drop_quoted_messages"] = quoted + 1
    return text


_BREAK_MARK: Final = "\ue000"  # (a private-use character, no space: the separator's place, a part of its own)
_SEPARATOR_LINE: Final = re.compile(r"^[ \t]*([-_=*~—─━·＊＝～═])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)


def _is_related_titles(part: str) -> bool:
    lines = [line.strip() for line in part.strip().split("\n") if line.strip()]
    return (
        len(lines) >= 2
        and main_content.reads_as_related_label(lines[0])
        and all(len(line) <= 40 and not _SENTENCE_END_MARK.search(line) for line in lines[1:])
    )


_SENTENCE_END_MARK: Final = re.compile(r"[。！？!?]")
# the pointer closing another article's teaser ('点击阅读《一本教材的六百个主人》', 'Read more: …')
_TEASER_POINTER_END: Final = re.compile(
    r"(?:(?:点击|點擊|点此|點此)?(?:阅读|閱讀|查看|收看|收聽|收听)(?:全文|原文)?\s*[《「“][^》」”]{1,40}[》」”]|read (?:more|the full story))"
    r"\s*[>》→»]*\s*$",
    re.IGNORECASE,
)


def _is_labelled_teaser(blocks: list[Block], i: int) -> bool:
    """Whether a paragraph is another article's teaser under a related-reading label ('编辑推荐', then a few sentences
    ending in '点击阅读《…》'): the editors' pick set amid or after the article."""
    return (
        i > 0
        and blocks[i].kind == "paragraph"
        and _TEASER_POINTER_END.search(blocks[i].text) is not None
        and main_content.reads_as_related_label(blocks[i - 1].text)
    )


LABELLED_TITLES_ROW_MAX_CHARS: Final = 120


def _is_labelled_titles_row(text: str) -> bool:
    """A related-reading label and the other articles' titles after it on one line, set apart by bars or dots
    ('往期回顾：第8篇｜渔村的数字怎么数 · 第7篇｜客家山歌里的节气'), no sentence among them."""
    if len(text) > LABELLED_TITLES_ROW_MAX_CHARS or _SENTENCE_END_MARK.search(text):
        return False
    parts = _FIELD_COLON.split(text, maxsplit=1)
    if len(parts) != 2 or not main_content.reads_as_related_label(parts[0]):
        return False
    return len(boilerplate.menu_fields(parts[1])) >= 2


# A line of a Markdown body as a bot writes a paragraph: it ends a sentence ('。', '！', '?', then maybe a closing
# quote or bracket, or Markdown's emphasis); the lines that are no paragraph's text open a list, a heading, a quote,
# a table, HTML, a fence, an image or a footnote, or end in a hard line break (two spaces, a backslash)
_ENDS_A_SENTENCE: Final = re.compile(r"[。！？!?…][”」』’\"'）)]*[*_]*\s*\Z")
_NOT_PROSE_LINE: Final = re.compile(r"[ \t]{0,3}(?:[-*+][ \t]|\d{1,3}[.)][ \t]|[#>|<`~!:{]|\[\^)|[ \t]{4}")
_OPENS_A_BLOCK_BEFORE_PROSE: Final = re.compile(
    r"[ \t]{0,3}(?:[-*+][ \t]|\d{1,3}[.)][ \t]|#{1,6}[ \t])"
)  # an item, a heading
_MIN_LINE_PARAGRAPH: Final = 15


def _is_line_paragraph(line: str) -> bool:
    """Whether a line, its hard break aside, reads as a paragraph: 15 characters or more, ending a sentence."""
    text = line.rstrip(" \t\\")
    return len(text.strip()) >= _MIN_LINE_PARAGRAPH and _ENDS_A_SENTENCE.search(text) is not None


def _hard_broken_paragraphs(run: list[str]) -> bool:
    """Whether a run of lines, each but the last ending in Markdown's hard break, is a bot's paragraphs, one per line
    (the break at each line's end written as a habit): at least three of its lines and a third of them read as
    paragraphs (two sentences a writer broke apart are one paragraph's lines). A poem's lines are short or end without
    a sentence's mark; both stay as the lines of one paragraph."""
    if not all(line.endswith(("  ", "\\")) for line in run[:-1]):
        return False
    paragraphs = sum(1 for line in run if _is_line_paragraph(line))
    return paragraphs >= LINE_PARAGRAPHS_MIN and 3 * paragraphs >= len(run)


WRITTEN_IN_LINES_MIN: Final = 8  # lines with text, for a body to be one written line by line
WRITTEN_IN_LINES_BLANKS: Final = 6  # lines with text for each blank line, at least
WRAPPED_LINES_MIN: Final = 3  # lines in a row of one width, for a text wrapped at it
_TABLE_OR_UNDERLINE: Final = re.compile(r"[ \t]*(?:\||(?:={3,}|-{3,})[ \t]*$)")


_LINKED_TEXT: Final = re.compile(r"\[([^\[\]\n]+)\]\([^()\s]*\)")  # a Markdown link: its text is what a page shows


def _written_lines_apart(text: str) -> str:
    """A body copied line by line from a page (its innerText: no blank line between its lines, a list's marker or a
    quote's on a few of them) with a blank line between its lines, so that Markdown reads each line as a block of its
    own, as the page showed it, instead of joining the page's menus, its article and its comments into one paragraph.
    A Markdown text as written has blank lines between its paragraphs, and stays as it is; so do its fences and tables."""
    lines = text.split("\n")
    written = [line.strip() for line in lines if line.strip()]
    blanks = len(lines) - len(written)
    if (
        len(written) < WRITTEN_IN_LINES_MIN
        or blanks * WRITTEN_IN_LINES_BLANKS >= len(written)
        or sum(1 for line in written if len(line) >= _MIN_LINE_PARAGRAPH) < LINE_PARAGRAPHS_MIN
        or "```" in text
        or "~~~" in text
    ):
        return text
    if _wrapped_at_a_width(
        [_LINKED_TEXT.sub(r"\1", line) for line in written]
    ):  # (as shown: a link's address is no width)
        return text
    out: list[str] = []
    for at, line in enumerate(lines):
        out.append(line)
        after = lines[at + 1] if at + 1 < len(lines) else ""
        if (
            line.strip()
            and after.strip()
            # (a rule of dashes under a sentence is a break: a heading ends no sentence)
            and (not _TABLE_OR_UNDERLINE.match(after) or (after.strip()[:1] == "-" and _ENDS_A_SENTENCE.search(line)))
            and not _TABLE_OR_UNDERLINE.match(line)
            and not line.endswith(("  ", "\\"))
        ):
            out.append("")
    return "\n".join(out)


def _wrapped_at_a_width(lines: list[str]) -> bool:
    """Whether lines are paragraphs wrapped at a width, not written one per line: two lines or more that fill the
    widest and end mid-sentence, or three lines in a row of one width, each before the last going on."""
    widest = max(map(len, lines))
    cut = sum(1 for line in lines[:-1] if len(line) >= FULL_LINE_SHARE * widest and not _ENDS_A_SENTENCE.search(line))
    if cut >= 2:
        return True
    run = 1
    for before, line in itertools.pairwise(lines):
        run = (
            run + 1
            if len(line) >= _MIN_LINE_PARAGRAPH
            and abs(len(line) - len(before)) <= 1
            and not _ENDS_A_SENTENCE.search(before)  # (a wrapped line goes on: lines of sentences may match by chance)
            else 1
        )
        if run >= WRAPPED_LINES_MIN:
            return True
    return False


def _lines_as_paragraphs(text: str) -> str:
    """``text`` with a blank line between the lines of a Markdown paragraph when each of them is a paragraph: two
    or more lines of 15 characters or more, each ending a sentence, with nothing else in the paragraph (a bot
    writing one paragraph per line, where Markdown would join them into one). A paragraph wrapped at a width has
    lines that end mid-sentence, a poem's lines end in none or in a hard break: both stay as they are. Such lines
    right after a list's item are paragraphs after the list (CommonMark would fold them into the item), and after a
    heading they are the paragraphs under it."""
    lines = text.split("\n")
    out: list[str] = []
    fence: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if fence is not None or stripped.startswith(("```", "~~~")):
            if fence is None:
                fence = stripped[:3]
            elif stripped.startswith(fence):
                fence = None
            out.append(line)
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip() and _NOT_PROSE_LINE.match(lines[j]) is None:
            j += 1
        run = lines[i:j]
        opens_a_paragraph = (
            i == 0 or not lines[i - 1].strip() or _OPENS_A_BLOCK_BEFORE_PROSE.match(lines[i - 1]) is not None
        )
        if (
            len(run) >= 2
            and opens_a_paragraph
            and (j == len(lines) or not lines[j].strip() or _NOT_PROSE_LINE.match(lines[j]) is not None)
            and (
                all(not item.endswith(("  ", "\\")) and _is_line_paragraph(item) for item in run)
                or _hard_broken_paragraphs(run)
            )
        ):
            if i > 0 and lines[i - 1].strip():
                out.append("")  # after a list's item or a heading
            for item in run:
                out.extend((item.rstrip(" \t\\"), ""))
            out.pop()
            i = j
            continue
        if j > i:
            out.extend(run)
            i = j
        else:
            out.append(line)
            i += 1
    return "\n".join(out)


# A Markdown picture alone on its line, and the line under it that captions it: one set apart as a caption (all in
# emphasis, in <center>, or opening with '图：' or an arrow '▲'), right under it or after a blank line; or a short line
# that is the rest of the picture's own paragraph ('![](a.jpg)' then '傍晚的菜市场')
_MARKDOWN_IMAGE_LINE: Final = re.compile(r"""[ \t]{0,3}!\[([^\]\n]*)\]\(([^()\s]+)(?:[ \t]+"[^"\n]*")?\)[ \t]*""")
_SET_APART_CAPTION: Final = re.compile(
    r"[ \t]{0,3}(?:\*([^*\n]+)\*|_([^_\n]+)_|<center>([^<>\n]+)</center>|((?:[图圖][：:]|[▲△↑]).+?))[ \t]*"
)
_CAPTION_MAX_CHARS: Final = 80
_UNMARKED_CAPTION_MAX_CHARS: Final = 40


def _markdown_figures(text: str) -> str:
    """``text`` with each picture alone on its line and the caption under it written as a <figure>, as a figure with
    its <figcaption> is read."""
    if "![" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        image = _MARKDOWN_IMAGE_LINE.fullmatch(lines[i])
        caption = None
        taken = 0
        if image is not None:
            after = lines[i + 1] if i + 1 < len(lines) else ""
            apart = _SET_APART_CAPTION.fullmatch(after) if "](" not in after else None
            if apart is not None:
                caption, taken = next(g for g in apart.groups() if g), 1
            elif (
                after.strip()
                and len(after.strip()) <= _UNMARKED_CAPTION_MAX_CHARS
                and _NOT_PROSE_LINE.match(after) is None
                and "](" not in after
                and not (lines[i + 2].strip() if i + 2 < len(lines) else "")
            ):
                caption, taken = after.strip(), 1  # the picture's paragraph ends with it
            elif not after.strip() and i + 2 < len(lines):
                apart = _SET_APART_CAPTION.fullmatch(lines[i + 2])
                following = lines[i + 3] if i + 3 < len(lines) else ""
                if apart is not None and not following.strip() and "](" not in lines[i + 2]:
                    caption, taken = next(g for g in apart.groups() if g), 2
        if image is None or caption is None or len(caption) > _CAPTION_MAX_CHARS:
            out.append(lines[i])
            i += 1
            continue
        src, alt = html_lib.escape(image[2]), html_lib.escape(image[1])
        figure = (
            f'<figure><img src="{src}" alt="{alt}"><figcaption>{html_lib.escape(caption.strip())}</figcaption></figure>'
        )
        out.extend(("", figure, ""))
        i += 1 + taken
    return "\n".join(out)


# A block of settings in a Markdown body between two '---' lines (a slide deck's directives, a second front matter):
# two 'key: value' lines at least, every line one or a list's item under its key, keys in Latin letters ('marp: true',
# "footer: '…'", 'tags:' over '  - 城市'); a second front matter a double import left opens the body without its first
# '---'
_SETTINGS_KEY: Final = r"[A-Za-z_][\w-]{0,30}:(?:[ \t][^\n]*)?\n"
_SETTINGS_BLOCK: Final = re.compile(
    rf"(?:^---[ \t]*\n|\A[ \t\n]*){_SETTINGS_KEY}(?:{_SETTINGS_KEY}|[ \t]+-[ \t][^\n]*\n)+---[ \t]*$", re.MULTILINE
)


_FENCE_LINE: Final = re.compile(r"^[ \t]*(?:```|~~~)", re.MULTILINE)


def _unless_in_code(found: re.Match[str], text: str, instead: str = "") -> str:
    """``instead`` of what a pattern found (nothing: a settings block, a notes app's comment), or what it found as it
    was where a code fence holds it (a tutorial's sample, a shell script's '###' line)."""
    return found[0] if len(_FENCE_LINE.findall(text, 0, found.start())) % 2 else instead


# a notes app's comment, which its reader never shows ('%%明年试试加热垫%%', or '%%' lines around a to-do list)
# (an inline code span is matched first, and kept: '`printf("%%d %%s")`')
_NOTE_COMMENT: Final = re.compile(r"(`+)[^`\n]*?\1|%%(?!%)[^`]{0,2000}?%%")
# an icon MkDocs' Material theme draws in place of its shortcode (':material-pencil:', ':fontawesome-brands-github:')
_ICON_SHORTCODE: Final = re.compile(r"(?<![\w:]):(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:(?![\w:])[ \t]?")
# a press release's end mark, before its 'About' and its contact ('###', '# # #')
_PRESS_RELEASE_END: Final = re.compile(r"^[ \t]*#[ \t]?#[ \t]?#[ \t]*$", re.MULTILINE)


def markdown_to_html(text: str) -> str:
    """Markdown (CommonMark, tables, strikethrough, footnotes) as HTML, with kramdown's attribute lists
    removed and Liquid's highlight blocks read as code, as Jekyll would render them."""
    if "toc" in text or "TOC" in text or "Toc" in text:
        text = _TOC_MARKER.sub("", text)
    if "{" in text:
        if "highlight" in text:
            text = boilerplate.replace_spans(
                text,
                _LIQUID_HIGHLIGHT_OPEN,
                _LIQUID_HIGHLIGHT_CLOSE,
                lambda m, code: f"```{m.group(1) or ''}\n{code}```",
            )
        text = _KRAMDOWN_ATTRIBUTES.sub("", text)
        if "{#" in text:
            text = _KRAMDOWN_HEADING_ID.sub(r"\1", text)
        if "]{" in text:
            text = _PANDOC_SPAN.sub(r"\1", text)
        text = _PANDOC_AFTER_HEADING.sub(r"\1", _PANDOC_AFTER_LINK.sub(r"\1", text))
    if "---" in text and ":" in text:
        text = _SETTINGS_BLOCK.sub(lambda m: _unless_in_code(m, text), text)
    if text.count("%%") >= 2:
        text = _NOTE_COMMENT.sub(lambda m: m[0] if m[1] else _unless_in_code(m, text), text)
    if ":" in text and "-" in text:
        text = _ICON_SHORTCODE.sub(lambda m: _unless_in_code(m, text), text)
    if "#" in text:
        # (an empty heading to CommonMark: the end it marks is a break)
        text = _PRESS_RELEASE_END.sub(lambda m: _unless_in_code(m, text, "* * *"), text)
    if ":::" in text:
        text = _PANDOC_FENCE.sub("", text)  # (an empty line: the fence's neighbours are paragraphs apart)
    if "!!!" in text or "[!" in text:
        text = _ADMONITION_ALERT.sub(_alert_titled, _ADMONITION.sub(_admonition_unfolded, text))
    if "markdown=" in text:
        text = _open_markdown_blocks(text)
    html = _markdown.render(text)
    if "](" in html:
        html = _literal_links_read(html)
    return html


# a Markdown link inside an HTML block, which CommonMark passes through as text ('<center>…</center>' over lines of
# '· [父親的腳踏車](https://…)<br>'): read as the link it is, outside code
_LITERAL_MARKDOWN_LINK: Final = re.compile(r"\[([^\[\]<>\n]{1,200})\]\((https?://[^()\s<>\"]{1,2000})\)")
_CODE_SPAN: Final = re.compile(r"(<pre\b.*?</pre>|<code\b.*?</code>)", re.DOTALL | re.IGNORECASE)


def _literal_links_read(html: str) -> str:
    """``html`` with the Markdown links left as text made links, except in code."""
    parts = _CODE_SPAN.split(html)
    for at in range(0, len(parts), 2):  # (the odd parts are code)
        if "](" in parts[at]:
            parts[at] = _LITERAL_MARKDOWN_LINK.sub(r'<a href="\2">\1</a>', parts[at])
    return "".join(parts)


# kramdown reads Markdown inside an HTML block that asks for it ('<div markdown="1">'); CommonMark passes any HTML
# block through raw, so its '**…**' would stay as text
_MARKDOWN_ATTRIBUTE: Final = re.compile(
    r"""(<([a-zA-Z][\w-]*)\b[^<>]*?)\s+markdown\s*=\s*(["']?)(?:1|block|span)\3(?=[\s/>])([^<>]*>)""",
    re.IGNORECASE,
)


def _open_markdown_blocks(text: str) -> str:
    """``text`` with each HTML block that asks kramdown to read Markdown in it ('<div markdown="1">') set apart
    from its content by blank lines, where CommonMark ends an HTML block and reads Markdown again."""
    at = 0
    while (opening := _MARKDOWN_ATTRIBUTE.search(text, at)) is not None:
        tag = opening.group(2)
        closing = _matching_close(text, opening.end(), tag)
        inner_end = len(text) if closing is None else closing.start()
        start = opening.group(1) + opening.group(4)
        text = f"{text[: opening.start()]}{start}\n\n{text[opening.end() : inner_end]}\n\n" + text[inner_end:]
        at = opening.start() + len(start)
    return text


def _matching_close(text: str, at: int, tag: str) -> re.Match[str] | None:
    """The tag that closes an element named ``tag`` opened before ``at``, counting those nested in it."""
    depth = 1
    for found in re.compile(rf"<(/?){re.escape(tag)}\b[^<>]*>", re.IGNORECASE).finditer(text, at):
        depth += -1 if found.group(1) else 1
        if depth == 0:
            return found
    return None


def is_markdown(text: str) -> bool:
    """Whether a body without block-level HTML has Markdown's syntax (block markers, emphasis, or the escapes a
    converter writes)."""
    return _MARKDOWN.search(text) is not None or _EMPHASIS.search(text) is not None or _has_markdown_escapes(text)


# What an HTML-to-Markdown converter (turndown, html2text) escapes so that it stays text: a number opening a line
# ('1\. '), a line break ('\' ending a line), the characters of Markdown's syntax ('\_', '\*', '\<', '\|')
_MARKDOWN_ESCAPE: Final = re.compile(r"^\d{1,3}\\\.[ \t]|\\\n(?=[ \t]*\S)|\\[_*<>|#\[\]`]", re.MULTILINE)


def _has_markdown_escapes(text: str) -> bool:
    """Whether a body has a converter's escapes: a number's or a line break's, or two of the others (one escaped
    underscore may be a file name's or a pattern's)."""
    if "\\" not in text:
        return False
    escapes = [escape[0] for escape in _MARKDOWN_ESCAPE.finditer(text)]
    return len(escapes) >= 2 or any(escape[-1] in ". \t\n" for escape in escapes)


def body_format(text: str, is_html_file: bool) -> str:
    """'html', 'markdown' or 'plain_text': how to read a body."""
    if is_html_file:
        return "html"
    if ("`" in text or "highlight" in text) and looks_like_html(text) and not looks_like_html(_without_code(text)):
        return "markdown"  # its only tags are in code: a Markdown text about HTML ('开头是 `<p>`', a fenced sample)
    if looks_like_html(text):
        end = text.rfind(">") + 1
        if _BLOCK_LEVEL_TAG.search(text, 0, end):
            if _is_markdown_with_html_blocks(text) or ("markdown=" in text and _MARKDOWN_ATTRIBUTE.search(text)):
                return "markdown"  # (an HTML block asking kramdown to read Markdown in it is written for kramdown)
            return "html"
        if is_markdown(text):
            return "markdown"
        return "plain_text" if _is_text_with_stray_tags(text) else "html"
    return "markdown" if is_markdown(text) else "plain_text"


STRAY_TAGS_MIN_LINES: Final = 8
STRAY_TAGS_LINES_PER_TAG: Final = 4


def _is_text_with_stray_tags(text: str) -> bool:
    """Whether a body with inline tags only is a text written in lines, a stray tag or two in it (a '<br />' a copy
    kept): many lines, few tags. HTML's own lines end with its tags ('…<br>'), one or more a line."""
    lines = sum(1 for line in text.split("\n") if line.strip())
    return lines >= STRAY_TAGS_MIN_LINES and STRAY_TAGS_LINES_PER_TAG * len(_HTML_TAG.findall(text)) <= lines


def _has_markdown_block_line(text: str) -> bool:
    """Whether a line is a Markdown heading ('## 背景', or a line underlined by '===' or '---') or opens a fence."""
    if _ATX_HEADING.match(text) is not None or _ATX_HEADING_LINE.search(text) is not None:
        return True
    at = text.find("```")
    while at >= 0:
        if not text[text.rfind("\n", 0, at) + 1 : at].strip(" \t"):
            return True  # only spaces or tabs before it on its line
        # any later '```' on this line has this one before it: look from the next line (each line once)
        next_line = text.find("\n", at)
        at = -1 if next_line < 0 else text.find("```", next_line)
    for underline in _SETEXT_UNDERLINE.finditer(text):
        end = underline.start()
        start = text.rfind("\n", 0, end) + 1
        if start < end and not text[start].isspace() and text[start:end].rstrip()[-1:] not in "。.":
            return True  # the line above starts with a word, and ends with no sentence's end
    return False


# Markdown's own link ('[标题](https://…)') and a list's item lines ('- …', '1. …'): Markdown as much as a heading is
_MARKDOWN_LINK: Final = re.compile(r"\[[^\[\]\n]+\]\((?:https?://|/)[^()\s]*\)")
_LIST_ITEM_LINE: Final = re.compile(r"\n[ \t]{0,3}(?:[-*+]|\d{1,3}\.)[ \t]+\S")


def _is_markdown_with_html_blocks(text: str) -> bool:
    """Markdown with some block-level HTML in it (``_has_markdown_block_line``, or Markdown's links, list items or
    emphasis), as Jekyll renders it."""
    marked = (
        _has_markdown_block_line(text)
        or _MARKDOWN_LINK.search(text) is not None
        or _LIST_ITEM_LINE.search(text) is not None
    )
    if not marked and "**" not in text:
        return False  # (emphasis, looked for last: the costliest search of a page's whole text)
    if len(_BARE_PARAGRAPH.findall(text)) < 2 or _PAGE_OR_CODE_TAG.search(text) is not None:
        return False
    return marked or _EMPHASIS.search(text) is not None


_INLINE_CODE: Final = re.compile(r"(?<!`)`[^`\n]+`(?!`)")  # Markdown's code span on one line ('`<p>`')
# Markdown's fenced code and Liquid's highlight block, whole ('```html\n<nav>…</nav>\n```')
_CODE_SAMPLE: Final = re.compile(
    r"^[ \t]*```[^\n]*\n.*?^[ \t]*```[ \t]*$|^[ \t]*\{%-?[ \t]*highlight\b[^%\n]*%\}.*?\{%-?[ \t]*endhighlight[ \t]*-?%\}",
    re.MULTILINE | re.DOTALL,
)


def _without_code(text: str) -> str:
    """A Markdown text less its code: spans, fenced blocks and Liquid's highlight blocks (the HTML samples it shows)."""
    return _INLINE_CODE.sub("", _CODE_SAMPLE.sub("", text))


def looks_like_html(text: str) -> bool:
    return _HTML_TAG.search(text, 0, text.rfind(">") + 1) is not None  # no tag ends after the last '>'


# ARIA's roles of a box the page shows over itself when a click opens it (a feedback form, a sign-up, another
# page's text in a pop-up): what the <dialog> tag is, written as a <div> (Bootstrap's modals, WordPress's pop-ups)
_DIALOG_ROLES: Final = frozenset({"dialog", "alertdialog"})
# Text in type of size 0 is text no reader sees: a site's watermark words set inside its sentences against copying.
# Only an inline element holding text alone: a box of size 0 around boxes that set their own size is CSS's way
# of closing the gaps between inline blocks, and its content shows.
_INLINE_TEXT_TAGS: Final = frozenset({"span", "font", "i", "em", "b", "strong", "small", "u", "s"})


def _has_zero_font_size(attrs: dict[str, str | None]) -> bool:
    style = attrs.get("style")
    if not style or "font-size" not in style:
        return False
    return _ZERO_FONT_SIZE.search(style) is not None


_SHOWN_FROM_BREAKPOINT: Final = re.compile(
    r"(?:sm|md|lg|xl|2xl):(?:block|inline|inline-block|flex|inline-flex|grid|table|contents)"
)


# A written date in a document's signature ('2021年6月10日', '二〇二一年六月十日', '2021/6/10')
_SIGNED_DATE: Final = re.compile(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
)
SIGNATURE_MAX_CHARS: Final = 120


def _signs_a_document(node: LexborNode) -> bool:
    """Whether a box named as a signature holds a document's: a few lines with a written date, or a letter's sign-off
    after its dash, and no link (a forum member's signature is a motto, a link or a picture under each of their posts)."""
    text = normalize_text(node.text(deep=True))
    # (a line of it may stand in a box of its own, the same as the next: the issuer's name over the date)
    after = node.next
    while after is not None and after.tag == "-text" and not (after.text_content or "").strip():
        after = after.next
    if after is not None and after.tag == node.tag and after.attributes.get("class") == node.attributes.get("class"):
        text = f"{text} {normalize_text(after.text(deep=True))}"
    return (
        len(text) <= SIGNATURE_MAX_CHARS
        and node.css_first("a") is None
        and (
            _SIGNED_DATE.search(text) is not None
            or _SIGN_OFF.match(text) is not None
            or (after is None and _closes_a_quoted_letter(node))
        )
    )


def _closes_a_quoted_letter(node: LexborNode) -> bool:
    """Whether an element closes a letter quoted whole, a reader's to the editor: the last in a <blockquote> that opens
    with the salutation ('编辑同志：', 'Dear editor,')."""
    quote = node.parent
    if quote is None or quote.tag != "blockquote":
        return False
    first = next((child for child in quote.iter() if child.text(deep=True).strip()), None)
    return first is not None and first is not node and first.text(deep=True).strip().endswith(("：", ":", ",", "，"))


# a letter's sign-off after its dash ('——太平區讀者　賴淑卿', '— 一位老讀者'): one line, a name and who they are
_SIGN_OFF: Final = re.compile(r"(?:——|—|－－|--)\s*[^\s—－-][^\n。！？!?]{0,30}$")


NAMESPACE_MIN_NAMES: Final = 5  # class names sharing a first part, for it to be the page's namespace
_CLASS_VALUE: Final = re.compile(r"""\sclass\s*=\s*["']([^"'<>]*)""", re.IGNORECASE)
_FIRST_PART: Final = re.compile(r" ([^\s_-]+)[-_]+[^\s_-]")  # the first name with a part after its first


def class_namespace(html: str) -> str | None:
    """The first part that most of a page's class names share, when they do ('print-wrap', 'print-lead', 'print-foot'
    on a print view; a template's own prefix): the page's namespace, not an element's role. Without it, a rule word
    as a namespace ('print', 'share', 'widget') names every element of the page as the chrome it names. (Counted on
    the class attributes' text at once: a page has hundreds of names.)"""
    names = " " + " ".join(_CLASS_VALUE.findall(html)).lower() + " "
    total = names.count(" ") - 1
    if total < NAMESPACE_MIN_NAMES:
        return None
    # (the page's outermost named box bears it: a page of readers' comments, 'comment-body' a hundred times under
    # its 'site-wrapper', has no namespace)
    first = _FIRST_PART.search(names)
    if first is None:
        return None
    head = first.group(1)
    shared = names.count(f" {head}-") + names.count(f" {head}_")
    return head if shared >= NAMESPACE_MIN_NAMES and 2 * shared > total else None


def _outside_namespace(names: list[str], namespace: str) -> list[str]:
    """Names with the page's namespace made a neutral first part ('print-lead' -> 'ns-lead'): the words after it keep
    their places ('tgme_widget_message_text' has 'widget' in its middle still, where it is no role)."""
    cut = len(namespace)
    return [
        "ns" + name[cut:] if name[:cut].lower() == namespace and name[cut : cut + 1] in ("-", "_") else name
        for name in names
    ]


_STYLE_ELEMENT: Final = re.compile(r"<style\b[^>]*>(.*?)</style>", re.IGNORECASE | re.DOTALL)
_CSS_COMMENT: Final = re.compile(r"/\*.*?\*/", re.DOTALL)
_BRACES: Final = re.compile("[{}]")
_SIMPLE_SELECTOR: Final = re.compile(r"[.#]([A-Za-z_][\w-]*)")
_HIDING_DECLARATION: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_ZERO_FONT_SIZE: Final = re.compile(r"font-size\s*:\s*0(?![.\d])", re.IGNORECASE)
_NO_COLOUR: Final = re.compile(r"(?<![-\w])color\s*:\s*(?:transparent|rgba\([^)]*,\s*0(?:\.0+)?\s*\))", re.IGNORECASE)


def names_a_style_sheet_hides(html: str) -> frozenset[str]:
    """The class and id names the page's own ``<style>`` hides for every screen: a rule at the sheet's top level (not
    inside ``@media print`` or a breakpoint) whose selectors are each one class or id ('.tx-src{display:none}')."""
    hidden: set[str] = set()
    for sheet in _STYLE_ELEMENT.finditer(html):
        css = _CSS_COMMENT.sub("", sheet.group(1))
        depth, start = 0, 0
        for brace in _BRACES.finditer(css):
            i, char = brace.start(), brace.group()
            if char == "{":
                if depth == 0:
                    selectors, start = css[start:i], i + 1
                depth += 1
            elif char == "}" and depth:
                depth -= 1
                if depth == 0:
                    declarations = css[start:i]
                    if "{" not in declarations and (
                        _HIDING_DECLARATION.search(declarations)
                        # type of size 0 in no colour: a watermark strewn in the text ('.hide-wm{font-size:0;color:
                        # transparent}'); size 0 alone is a layout's trick against the gaps between inline boxes
                        or (_ZERO_FONT_SIZE.search(declarations) and _NO_COLOUR.search(declarations))
                    ):
                        parts = [part.strip() for part in selectors.split(",")]
                        matches = [_SIMPLE_SELECTOR.fullmatch(part) for part in parts]
                        if all(matches):
                            hidden.update(m.group(1) for m in matches if m is not None)
                    start = i + 1
    return frozenset(hidden)


def _alone_in_its_row(cell: LexborNode) -> bool:
    """Whether a table cell is its row's only cell: a table of one cell per row lays a page out in rows (an e-mail
    edition, a site of the 2000s); a data table's values stand side by side."""
    row = cell.parent
    if row is None or row.tag != "tr":
        return False
    sibling = row.child
    while sibling is not None:
        if sibling.tag in ("td", "th") and sibling.mem_id != cell.mem_id:
            return False
        sibling = sibling.next
    return True


_KEYED_TAGS: Final = frozenset({"p", "li"})  # paragraphs and list items an editor keys one by one
CONVERSATION_MAX_CLIMB: Final = 3  # from a response's body to the box of the responses


_HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# ('header-anchor-post'; a component's part, 'BarrierFailsafe__header', is the component's: a paywall's)
_HEADER_NAME: Final = re.compile(r"^(?:header|heading)(?:$|[-_\d])", re.IGNORECASE)


def _links_to_itself_only(node: LexborNode) -> bool:
    """Whether a heading holds words of its own and no link but to an anchor in the page ('#为什么不继续用-cron')."""
    links = node.css("a")
    return (
        bool(links)
        and all((link.attributes.get("href") or "").startswith("#") for link in links)
        and bool(normalize_text(node.text(deep=True)).strip(ZERO_WIDTH_CHARS + " #¶"))
    )


def _named_a_header_only(names: list[str], rule: boilerplate.ElementRule) -> bool:
    """Whether the names a navigation rule matches on an element are all a header's ('header-anchor-post')."""
    pattern = rule.name_pattern
    matched = [name for name in names if pattern is not None and pattern.search(name)]
    return bool(matched) and all(_HEADER_NAME.search(name) for name in matched)


def _named_by_its_key_alone(node: LexborNode, names: list[str], rule: boilerplate.ElementRule) -> bool:
    """Whether a paragraph or list item that states a sentence is named by a rule for its id alone: an editor gives
    each paragraph a key (Medium four hex digits, 'ad6f'; others 'p12', 'h.3xk9'), and a key that happens to begin
    with a rule's word ('ad', 'nav') says nothing of the paragraph. An ad slot is a box, not a sentence of prose (one
    may open with a link: '<a>摄影师 林小雨</a>发表了评论，…')."""
    key = node.attributes.get("id")
    if not key or key not in names:
        return False
    text = normalize_text(node.text(deep=True))
    if _STATED.search(text) is None:
        return False
    linked = sum(len(normalize_text(a.text(deep=True))) for a in node.css("a"))
    if 2 * linked >= len(text):
        return False
    others = [name for name in names if name != key]
    return boilerplate.element_rule_for(node.tag or "", others, None, None) is not rule


# where a name written in camel case starts a word ('adInArticle', 'shareBar'): its words read as a hyphen's would.
# (A name opening with a capital is a component's, 'MoonLandingSidebar-dataviz': its words name the thing, not a role.)
_CAMEL_HUMP: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z])")
_CAMEL_WORD: Final = guarded(re.compile(r"(?<![A-Za-z0-9])[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+(?![A-Za-z0-9])"))


def _camel_words(name: str) -> str:
    return _CAMEL_WORD.sub(_hyphenated, name)


def _hyphenated(word: re.Match[str]) -> str:
    return _CAMEL_HUMP.sub("-", word[0])


# Names that say how a box prints, not what it is ('print-full', Bootstrap's 'd-print-block', 'visible-print'): the
# word 'print' in them is no print button. A box shown only in print ('d-none d-print-block', Bootstrap 3's
# 'visible-print-block': a printed copy's citation and address) is hidden on the screen. A box kept out of print
# ('d-print-none', 'no-print') keeps its names: what a site leaves out of the printed article is its chrome.
_PRINT_LAYOUT: Final = re.compile(
    r"d-print-(?!none$)[a-z-]+|visible-print(?:-[a-z-]+)?|print-only|col-print-\d+|"
    r"print-(?:full|block|inline|inline-block|flex|grid|table|show|visible|width|\d+)(?:-[a-z0-9]+)?"
)
# (Bootstrap 3's; PrintFriendly's 'print-only' marks the article it prints, shown on the screen too)
_PRINT_ONLY: Final = re.compile(r"visible-print(?:-[a-z-]+)?")


def _without_print_layout(names: list[str]) -> list[str]:
    """``names`` without those of print layout; 'hidden' added when they show the box only in print."""
    kept = [name for name in names if not _PRINT_LAYOUT.fullmatch(name)]
    if len(kept) == len(names):
        return names
    printed = [name for name in names if _PRINT_LAYOUT.fullmatch(name)]
    if "d-none" in kept or any(_PRINT_ONLY.fullmatch(name) for name in printed):
        kept.append("hidden")
    return kept


# A pointer to another article that a newsroom sets in the run of the text: a label saying "see also" and a colon,
# then the other article's headline as one link, and nothing after it ('VEA TAMBIÉN: <a>…</a>', 'LE PUEDE INTERESAR:
# <a>…</a>', 'READ MORE: <a>…</a>'), in the languages of overseas pages beside Chinese. A label of the author's own
# references ('原文：', 'English version:', '在这里看到完整报告：') names a source the article cites, and stays; so does
# Chinese '延伸阅读：', which authors write too (the text rules weigh it). A newsroom's Chinese labels for its earlier
# or related coverage ('此前报道：', '相关阅读：', '推荐阅读：', '往期回顾：') point the same way.
POINTER_LABEL_MAX_CHARS: Final = 24
POINTER_HEADLINE_MIN_HAN: Final = 8
POINTER_HEADLINE_MIN_WORDS: Final = 4
_POINTER_LABEL: Final = re.compile(
    r"(?:(?:also |you (?:may|might) also )?(?:read|watch)(?: (?:also|more|next))?|(?:also )?see also|related(?: (?:stories|story|articles?|"
    r"coverage|reading|news))?|also|more|don'?t miss|recommended|"
    r"le(?:a|e)(?: (?:también|más))?|vea(?: también)?|mir(?:a|e)|(?:le|te) puede interesar|puedes ver|leer más|"
    r"leia (?:também|mais)|veja (?:também|mais)|saiba mais|(?:à |a )?lire aussi|voir aussi|lire également|"
    r"lesen sie (?:auch|mehr)|lies auch|auch interessant|mehr zum thema|schon gelesen\??|siehe auch|leggi anche|vedi anche|"
    r"czytaj (?:też|także|również)|zobacz (?:też|także)|xem thêm|đọc thêm|baca juga|lees ook|"
    r"(?:此前|早前|先前)(?:报道|報導|報道|报导)|(?:相关|相關)(?:报道|報導|報道|阅读|閱讀|文章)|(?:推荐|推薦)(?:阅读|閱讀)|往期(?:回顾|回顧)|"
    r"另(?:请|請)?(?:参阅|參閱|参见|參見|见|見))"
    r"\s*[:：]",
    re.IGNORECASE,
)
_POINTER_TRAIL: Final = " \t\n\u00a0\u3000»›>→▶"


# a pointer's label at the start of a line ('另请参阅：', 'Read more: '), for a link that holds its label
_POINTER_LEAD: Final = re.compile(r"^[^:：]{1,24}[:：]\s*")


def _lead_of(text: str) -> str:
    found = _POINTER_LEAD.match(text)
    return found[0] if found else ""


def _labels_a_pointer(lead: str, text: str) -> bool:
    """Whether a run is a label (``lead``, its text before its one link) and another article's headline."""
    label = normalize_text(lead)
    if not label or not _POINTER_LABEL.fullmatch(label) or not text.startswith(label):
        return False
    headline = text[len(label) :].strip()
    if "http" in headline or "www." in headline:
        return False  # an address given under its label ('原文链接：https://…'): the source's
    han = len(boilerplate.HAN_CHARACTER.findall(headline))
    return han >= POINTER_HEADLINE_MIN_HAN or (han == 0 and len(headline.split()) >= POINTER_HEADLINE_MIN_WORDS)


def _class_and_id(attrs: dict[str, str | None]) -> list[str]:
    """Class and id names of an element's attributes; an element the page hides
    (``style="display:none"``, the ``hidden`` attribute) also gets the name ``hidden``, which
    ``strip_hidden_elements`` matches."""
    classes = attrs.get("class") or ""
    names = classes.split() if classes.islower() or not classes else [_camel_words(name) for name in classes.split()]
    if "hidden" in names and any(_SHOWN_FROM_BREAKPOINT.fullmatch(name) for name in names):
        names.remove("hidden")  # Tailwind's 'hidden md:block': hidden on phones only, shown on wider screens
    if "print" in classes:
        names = _without_print_layout(names)
    id_name = attrs.get("id")
    if id_name:
        names.append(id_name if id_name.islower() else _camel_words(id_name))
    style = attrs.get("style")
    if (style and _HIDDEN_STYLE.search(style)) or "hidden" in attrs:
        names.append("hidden")
    return names


_DOUBLE_BREAK: Final = re.compile(r"<br\s*/?>(?:\s|&nbsp;|\u00a0|\u3000)*<br\b", re.IGNORECASE)
_SENTENCE_ENDING: Final = frozenset("。！？!?…")
_CLAUSE_ENDING: Final = _SENTENCE_ENDING | frozenset("；;：:")
_CLOSING_QUOTES: Final = frozenset("”」』\"'）)")


# A link that leads nowhere: the page's script acts on a click ('Translate post', '显示更多', '翻譯貼文')
_DEAD_HREF: Final = re.compile(r"\s*(?:#!?/?|javascript:.*)\s*$", re.IGNORECASE | re.DOTALL)
_PICTURE_HREF: Final = re.compile(r"^(?:https?:)?//\S+\.(?:jpe?g|png|gif|webp|avif|bmp)(?:[?#]\S*)?$", re.IGNORECASE)
PICTURE_LABEL_MAX_CHARS: Final = 8  # a picture link's label ('查看图片', 'View image'), per picture
PICTURE_CAPTION_LABEL_MAX_CHARS: Final = (
    4  # a caption's link to its picture in full ('大图', '原图'): longer, it is a caption
)
_DOMAIN_NAME: Final = re.compile(r"[a-z0-9-]\.[a-z]{2,}\b", re.IGNORECASE)
LINK_CONTROL_MAX_CHARS: Final = 16
_LINK_CONTROL_WORDS: Final = 3


def _page_key(address: str) -> str:
    """An address as a page: no scheme, fragment or closing slash ('https://a.example/p/1/#top' -> 'a.example/p/1')."""
    return address.split("#", 1)[0].split("://", 1)[-1].removeprefix("//").rstrip("/").lower()


def drop_links_to_itself(body: Body, url: str) -> None:
    """Drop the controls that lead back to the post itself ('查看原回答', 'Show this thread', '全文' linked to the
    post's own address, the source the front matter names): a link to where the reader already is."""
    own = _page_key(url)
    kept = [
        block
        for block in body.blocks
        if not (block.leads_to and _page_key(block.leads_to) == own and _is_link_control(block.kind, block.text))
    ]
    if len(kept) < len(body.blocks):
        body.count("drop_interface_labels", len(body.blocks) - len(kept))
        body.blocks = kept


def _labels_pictures(kind: str, text: str, pictures: int) -> bool:
    """Whether the text of links to picture files labels them ('查看图片 查看图片', a caption's '大图'): a few
    characters each (a caption's link to its picture may be the caption itself: only a word), no sentence."""
    most = PICTURE_CAPTION_LABEL_MAX_CHARS if kind == "caption" else PICTURE_LABEL_MAX_CHARS
    return 0 < len(text) <= most * pictures and not any(char in _SENTENCE_ENDING for char in text)


def _is_link_control(kind: str, text: str) -> bool:
    """Whether a block that is all the text of links leading nowhere, or back to the post itself, is a control made
    as a link: a few words (up to 16 characters, three Latin words), no sentence. A heading so linked is the
    author's, and so is a web address (a screenshot's source, 'www.news.example', that a platform linked to the
    post)."""
    return (
        kind in ("paragraph", "list_item")
        and 0 < len(text) <= LINK_CONTROL_MAX_CHARS
        and len(text.split()) <= _LINK_CONTROL_WORDS
        and not any(char in _SENTENCE_ENDING for char in text)
        and _DOMAIN_NAME.search(text) is None
    )


def drop_link_cards(body: Body) -> None:
    """Drop other pages' preview cards set in an article (``_is_link_card``) when the article's own text outside them
    is most of the text: a digest whose every item is such a card is the post's content (the cards stay)."""
    if not body.cards:
        return
    in_cards = {i for start, end in body.cards for i in range(start, end)}
    card_chars = sum(len(body.blocks[i].text) for i in in_cards)
    if 2 * card_chars >= sum(len(block.text) for block in body.blocks):
        return
    body.count("drop_link_cards", len(in_cards))
    body.blocks = _without(body.blocks, in_cards)


SPLIT_PARTS_MAX_LINK_SHARE: Final = 0.3  # of the parts' text in links: more, and boxes of one class are lists of links
SPLIT_PART_MIN_SHARE: Final = 0.2  # of the largest part's text, each part's at least
SPLIT_PART_MIN_PAGE_SHARE: Final = (
    0.1  # of the page's text, a part's at least (a small box is no part of a split article)
)

LINK_CARD_MAX_CHARS: Final = 300  # a card's title, summary and site; a longer linked box is more than a preview


def _is_link_card(node: LexborNode, target: str) -> bool:
    """Whether a link is another page's preview card (a platform's link card, a bookmark, an embed): a short box of
    that page's title and summary in lines of their own (two or more blocks inside the link), or ending with the bare
    name of the site it leads to ('…四十年变迁 网页 arch-history.example.cn'). A link around one paragraph, around a
    picture and its caption, or whose words name a site inside a sentence is not one."""
    if node.child is None or (node.child.next is None and node.child.tag == "-text"):
        return False  # (most links: one run of text)
    if target.startswith("#") or _PICTURE_HREF.match(target):
        return False
    text = node.text(deep=True)
    chars = len("".join(text.split()))
    if not chars or chars > LINK_CARD_MAX_CHARS:
        return False
    lines = 0
    for inner in node.traverse(include_text=False):
        if inner is not node and inner.tag in BLOCK_TAGS and (inner.text(deep=False) or "").strip():
            lines += 1
    if lines >= 2:
        return True
    last = ""
    for inner in node.traverse(include_text=True):
        if inner.tag == "-text" and (inner.text_content or "").strip():
            last = (inner.text_content or "").strip()
    return (
        len(last) < chars
        and _BARE_HOST.fullmatch(last) is not None
        and last.lower().removeprefix("www.") in target.lower()
    )


_BARE_HOST: Final = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}", re.IGNORECASE)


def _ends_a_sentence(run: list[str]) -> bool:
    """Whether the text of a run so far ends a sentence ('。', '！」'): its last character that is no space, past
    closing quotes and brackets."""
    for piece in reversed(run):
        for char in reversed(piece):
            if char.isspace() or char in _CLOSING_QUOTES:
                continue
            return char in _SENTENCE_ENDING
    return False


def _break_lines(raw: str) -> list[str]:
    """A run's lines set apart by <br>, each as text, blank ones left out."""
    return [line for line in (normalize_text(part) for part in raw.split(LINE_BREAK)) if line]


def _chrome_lines(lines: list[str]) -> list[str] | None:
    """The lines of a run set apart by <br> when each of them, alone, is one the text rules drop (a post's date and
    counts over 'Prev: … | Next: …'): a page's metadata set on lines of one box, each a block of its own so that each
    goes. None when any line reads otherwise: the block is weighed whole, as written."""
    chrome = 0
    for line in lines:
        if len(line) > CHROME_LINE_MAX_CHARS:
            return None
        rule = boilerplate.text_rule_for(line)
        if rule == "drop_empty_blocks":
            continue  # (a rule line between them, '——————', is no text either way)
        if rule in _NOT_CHROME_LINES:
            return None
        chrome += 1
    return lines if chrome >= 2 else None


# marks a page sets before or between its links ('▶ <a>…</a>', '<a>…</a> | <a>…</a>'): no text of their own
_MARKS_ONLY: Final = re.compile(r"[\s▶►▸➤➜→←⟵⟶«»‹›•·‧●○■□◆◇☆★※|｜]*")
MARKS_MAX_CHARS: Final = 3  # ('▶', '|', '»»')


# the address of a site's page listing a tag's posts ('/tag/productivity', '/tags/读书/', '?tag=…'; a '/topic/' may be an article's)
_TAG_PAGE: Final = re.compile(
    r"/(?:tags?|labels?|keywords?|標籤|标签)/[^/?#]+/?(?:[?#]|$)|[?&](?:tag|tags|keyword)=", re.I
)
TAG_LINK_MAX_CHARS: Final = 30


def _is_tag_link(text: str, target: str) -> bool:
    """Whether a link alone on its line is one of the post's tags: short, no sentence, leading to the tag's page."""
    return len(text) <= TAG_LINK_MAX_CHARS and _TAG_PAGE.search(target) is not None and not _STATED.search(text)


def _related_lines(lines: list[str], targets: set[str]) -> list[str] | None:
    """The lines of a run set apart by <br> when the first is a related-reading label and each of the others a
    headline ('【相關新聞】', '‧颱風農損初估逾十億元', …): a list of other articles written in one box, each line a
    block of its own so that the list's rule (``_related_titles_start``) weighs it. None otherwise, and when the lines
    name web addresses or link to other sites ('推薦網站：' over the sites an author recommends)."""
    if len(lines) < 2 or not main_content.reads_as_related_label(lines[0]):
        return None
    if len({urlsplit(target).hostname for target in targets if target.startswith(("http://", "https://"))}) > 1:
        return None
    return lines if all(_reads_as_a_headline(line) and not _BARE_URL.search(line) for line in lines[1:]) else None


def _related_tail(lines: list[str], targets: set[str]) -> list[str] | None:
    """``_related_lines`` from a paragraph's line on: the lines before it (a source's note, a last sentence) are read
    as written, one block (or line by line when one of them is chrome), and the label and its titles each a block of
    their own."""
    for at, line in enumerate(lines):
        if main_content.reads_as_related_label(line):
            end = len(lines)  # (chrome may close the paragraph after the titles: a share row)
            while end - at > 2 and boilerplate.text_rule_for(lines[end - 1]) not in _NOT_CHROME_LINES:
                end -= 1
            related = _related_lines(lines[at:end], targets)
            if related is None:
                return None
            head = "\n".join(lines[:at])
            # (chrome lines above the label are each weighed alone: a share row, a plea, a copyright notice)
            return ((_chrome_line_apart(head) or [normalize_text(head)]) if at else []) + related + lines[end:]
    return None


_LINE: Final = re.compile(f"[^{LINE_BREAK}]+")
_SOFT_LINE: Final = re.compile(f"[^\n{LINE_BREAK}]+")


_LABELLED_FIELD: Final = re.compile(r"[\u3400-\u9fffA-Za-z ]{1,8}[:：]\s*\S")
_BARE_URL: Final = re.compile(r"https?://\S+")


def _is_credit_on_a_line(line: str) -> bool:
    """Whether a paragraph's line is a credit, a note of where the post came from, or a line the text rules drop (a
    plea to follow, a copyright notice) set under the last sentence with a line break only."""
    return len(line) <= boilerplate.CREDIT_LINE_MAX_CHARS and (
        boilerplate.is_credit_line(line)
        or is_origin_note(line)
        or boilerplate.text_rule_for(line) not in _NOT_CHROME_LINES
    )


def _credit_lines_apart(raw: str, soft_breaks: bool) -> list[str] | None:
    """A paragraph's first or last lines that are credits or notes of where the post came from ('作者：田野',
    '本文由供电服务中心提供', '来源：青山周报'), set apart from its text by a line break only (a Markdown soft
    break, a <br>, a plain text's next line): each a block of its own, so that the rules weigh it alone; the
    paragraph's text between them as written. None when neither edge line is one."""
    found = (_SOFT_LINE if soft_breaks else _LINE).finditer(raw)
    lines = [(line.start(), line.end(), text) for line in found if (text := normalize_text(line[0]))]
    first, last = 0, len(lines)
    while last - first > 1 and _is_credit_on_a_line(lines[last - 1][2]):
        last -= 1
    while last - first > 1 and _is_credit_on_a_line(lines[first][2]):
        first += 1
    if (first == 0 and last == len(lines)) or boilerplate.text_rule_for(normalize_text(raw)) is not None:
        return None  # (a block the rules drop whole, such as a forum post's header, goes whole)
    # a card of fields ('作者：…', '译者：…', '出版社：…': a book's) stays whole, as does a picture's label over its address
    between = [text for _, _, text in lines[first:last]]
    if (len(between) >= 2 and all(_LABELLED_FIELD.match(text) for text in between)) or _BARE_URL.fullmatch(between[0]):
        return None
    written = raw[lines[first][0] : lines[last - 1][1]]
    # (the lines between told apart when one of them is chrome: '第A05版：城市新闻　【上一版】' under the paper's date)
    middle: list[str] | None = None
    if soft_breaks and "\n" in written:
        middle = _chrome_line_apart(written)
    elif soft_breaks and (barred := _chrome_fields_barred(written)) is not None:
        middle = [barred]
    middle = middle or split_long_text(normalize_text(written))
    return [text for _, _, text in lines[:first]] + middle + [text for _, _, text in lines[last:]]


class _Walker:
    """Reads a cleaned DOM in document order into blocks, images and links."""

    def __init__(
        self,
        total_text: int,
        apply_rules: bool = True,
        control_holders: frozenset[int] = frozenset(),
        poll_holders: frozenset[int] = frozenset(),
        source: str = "",
        signup_holders: frozenset[int] = frozenset(),
        namespace: str | None = None,
        hidden_names: frozenset[str] = frozenset(),
        soft_breaks: bool = False,
        authors_markup: bool = False,
        toggles: frozenset[int] = frozenset(),
        editors_words: bool = True,
        decorations: bool = True,
        code: bool = False,
    ) -> None:
        self.body = Body()
        self.code = code  # whether the page has code (<pre>, <code>): its highlighting's spans are no page's parts
        # the markup is the author's (HTML blocks in Markdown): no page around it, an <aside> of prose is a callout
        self.authors_markup = authors_markup
        # whether the page has an editor's word anywhere ('编者点评'): a box of comments may then hold one
        self.editors_words = editors_words
        self.decorations = decorations  # whether the page hides anything from screen readers ('aria-hidden')
        # a line break in the text is the writer's (a Markdown paragraph's soft break), not a wrap of the HTML source
        self.soft_breaks = soft_breaks
        self.apply_rules = apply_rules
        self.hidden_names = hidden_names  # classes and ids the page's style sheet hides (``names_a_style_sheet_hides``)
        self.namespace = namespace  # the first part most of the page's class names share (``class_namespace``)
        self.total_text = max(total_text, 1)
        self.control_holders = control_holders  # elements that held a form control (``_holders_of_controls``)
        self.toggles = toggles  # an accordion's buttons that open an answer: its questions
        self.fact_box_parts: set[int] = set()  # elements inside a fact box the walk kept (``_is_unlinked_fact_box``)
        self.poll_holders = poll_holders  # and those that held two or more choices (``_holders_of_choices``)
        self.signup_holders = signup_holders  # and those that held a sign-up (``_holders_of_sign_ups``)
        self._run: list[str] = []
        self._run_kind = "paragraph"
        # whether the run holds text yet: a pretty-printed page opens a block with a whitespace node
        # ('<h3>\n  <strong>…'), and the block's kind is that of the element its first text is in
        self._run_has_text = False
        self._run_has_plain_text = False  # some text of the run is outside any link
        self._run_lead = ""  # the run's text before its first link (a pointer's label: 'VEA TAMBIÉN:')
        self._run_has_bare_text = False  # some text of the run is right in a box (``_BARE_TEXT_BOXES``), in no element
        self._link_depth = 0
        # where each link the walk is inside leads: its address, or '' nowhere ('#', 'javascript:…': a button)
        self._link_targets: list[str] = []
        self._run_link_targets: set[str] = set()  # where the run's link text leads
        self._pending_br = 0
        self._ended_sentence = False  # the run's text before its pending <br> in a box's bare text ends a sentence
        self.source = source  # the HTML read, for ``_breaks_are_paragraphs``
        self._single_breaks: bool | None = None
        self._wrap_column: tuple[int, int] | None = None  # (``_page_wrap_column``; (0, 0): none)
        # elements known to hold a conversation or not (``main_content.holds_a_conversation``), by mem_id
        self._conversations: dict[int, bool] = {}
        # whether the boxes of one tag and class split the article between them (``_splits_the_article``)
        self._split_parts: dict[str, bool] = {}

    def _breaks_are_paragraphs(self) -> bool:
        """Whether the page sets its paragraphs apart by single <br> (it has no two in a row, which would be its
        paragraphs' mark and make one <br> a line's)."""
        if self._single_breaks is None:
            self._single_breaks = _DOUBLE_BREAK.search(self.source) is None
        return self._single_breaks

    def flush(self) -> None:
        raw = "".join(self._run)
        if LINE_BREAK in raw and self._run_kind != "preformatted":
            raw = self._join_column_wraps(raw)
        text = preformatted_text(raw) if self._run_kind == "preformatted" else normalize_text(raw)
        targets = self._run_link_targets if self._run_has_text and not self._run_has_plain_text else set()
        if (
            targets
            and all(_PICTURE_HREF.match(target) for target in targets)
            and _labels_pictures(self._run_kind, text, len(targets))
        ):
            # the label of links to picture files ('查看图片 查看图片', a caption's '大图'): the pictures, not words
            if self._run_kind != "caption":  # (a figure's own picture is recorded already)
                known = {image.src for image in self.body.images}
                self.body.images += [Image(src, None, None) for src in sorted(targets) if src not in known]
            self.body.count("drop_picture_labels")
            text = ""
        leads_to = next(iter(targets)) if len(targets) == 1 else None
        if self._run_has_plain_text and len(self._run_link_targets) == 1 and _labels_a_pointer(self._run_lead, text):
            self.body.count("drop_interface_labels")  # 'VEA TAMBIÉN: <a>another article's headline</a>'
            text = ""
        pieces = None
        if LINE_BREAK in raw and self._run_kind != "preformatted":
            lines = _break_lines(raw)
            pieces = _chrome_lines(lines) or _related_lines(lines, self._run_link_targets)
        elif self.soft_breaks and self._run_kind == "paragraph" and "\n" in raw.strip():
            undoubled = _without_doubled_lines(raw, self.body.removed)
            if undoubled != raw:
                raw, text = undoubled, normalize_text(undoubled)
            # (the same written as a plain text's or Markdown's lines: '相关推荐' over its titles, each on its line)
            lines = [line for line in (normalize_text(m[0]) for m in _SOFT_LINE.finditer(raw)) if line]
            pieces = _chrome_lines(lines) or _related_tail(lines, self._run_link_targets) or _stamped_lines(lines)
            if pieces is None and not any(map(_is_stated_prose, self.body.blocks)):
                pieces = _header_lines_apart(raw)  # (a masthead over the site's menu, each on its line)
            if pieces is None and self._run_kind == "paragraph":
                pieces = _chrome_line_apart(raw)  # (as a plain text's: a blog's footer lines under the last one)
        if (
            pieces is None
            and self._run_kind == "paragraph"
            and (LINE_BREAK in raw or (self.soft_breaks and "\n" in raw))
        ):
            pieces = _credit_lines_apart(raw, self.soft_breaks)
        for piece in pieces or split_long_text(text):
            self.body.blocks.append(Block(self._run_kind, piece, not self._run_has_plain_text, leads_to))
        self._run = []
        self._run_has_text = False
        self._run_has_plain_text = False
        self._run_lead = ""
        self._run_link_targets = set()
        self._run_has_bare_text = False
        self._pending_br = 0
        self._ended_sentence = False

    def _join_column_wraps(self, raw: str) -> str:
        """A run's text with the <br> that wrap it at a column joined: after a line that fills the column, with nothing
        between where either side is a Chinese character ('建于上世纪<br>八十年代') and a space between Latin words; and
        before a line opening with a comma (no Chinese line does). The column is the run's own when at least two of its
        lines fill it and end inside a word, else the page's (``_page_wrap_column``); a run whose other lines do not
        end a clause is no wrapped paragraph (a poem, fields, a directory's entry), and a line ending a clause before an
        item's number ('；<br>2. ') stays a line."""
        parts = raw.split(LINE_BREAK)
        lines = [normalize_text(part) for part in parts]
        written = [i for i, text in enumerate(lines) if text]
        if len(written) < 2:
            return raw
        inner = written[:-1]  # (the last line of text ends where its writer ended it)
        sizes = [_line_size(lines[i]) for i in inner]
        own = (max(width for width, _ in sizes), max(length for _, length in sizes))
        reaching = [i for i in inner if _fills(lines[i], parts[i], own)]
        if own[0] < WRAP_MIN_COLUMNS or sum(1 for i in reaching if _cut_inside_a_word(lines[i])) < 2:
            column = self._page_wrap_column()
            reaching = [] if column is None else [i for i in inner if _fills(lines[i], parts[i], column)]
        if not all(i in reaching or _ends_a_clause(lines[i]) for i in inner):
            reaching = []  # only a line that opens with a comma goes on from the one before
        joined = parts[0]
        for i in range(1, len(parts)):
            before, after = lines[i - 1], lines[i]
            if not (before and after):
                joined += LINE_BREAK + parts[i]
            elif (after[0] in _NO_LINE_START and _WIDE_CHARACTER.match(before[-1])) or (
                i - 1 in reaching
                and not _LABELLED_FIELD.match(after)
                and not (_ends_a_clause(before) and _ENUMERATOR.match(after))
            ):
                wide = _WIDE_CHARACTER.match(before[-1]) or _WIDE_CHARACTER.match(after[0])
                joined = joined.rstrip() + ("" if wide else " ") + parts[i].lstrip()
            else:
                joined += LINE_BREAK + parts[i]
        return joined

    def _page_wrap_column(self) -> tuple[int, int] | None:
        """The column the page's text is wrapped at, when it is (``_wrap_column_of``), computed once."""
        if self._wrap_column is None:
            self._wrap_column = _wrap_column_of(self.source) or (0, 0)
        return self._wrap_column if self._wrap_column[0] else None

    def _in_a_conversation(self, node: LexborNode) -> bool:
        """Whether an element a comment rule names holds a conversation or is part of one (up to three boxes up)."""
        box: LexborNode | None = node
        for _ in range(CONVERSATION_MAX_CLIMB + 1):
            if box is None:
                return False
            if box.mem_id not in self._conversations:
                self._conversations[box.mem_id] = main_content.holds_a_conversation(box)
            if self._conversations[box.mem_id]:
                return True
            box = box.parent
        return False

    def _labels_a_conversation(self, node: LexborNode) -> bool:
        """Whether a heading is the comments label ('Comments', '网友评论') opening a box that holds a conversation."""
        parent = node.parent
        if parent is None or not self._conversations.get(parent.mem_id, False):
            return False
        first = next((c for c in parent.iter() if c.tag not in ("-text", "-comment")), None)
        return (
            first is not None
            and first.mem_id == node.mem_id
            and main_content.reads_as_comments_label(node.text(deep=True))
        )

    def _small_beside_the_page(self, node: LexborNode) -> bool:
        """Whether an element holds a small share of the page's text (a widget, not the article around it)."""
        return len(normalize_text(node.text(deep=True))) <= 0.5 * self.total_text

    def conversations(self) -> frozenset[int]:
        """The boxes found to hold a conversation (``_in_a_conversation``), by ``mem_id``."""
        return frozenset(box for box, holds in self._conversations.items() if holds)

    def matching_rule(self, node: LexborNode, tag: str) -> tuple[str, bool] | None:
        """The rule removing this element, and whether it matched by class or id name (not by tag)."""
        rule = self.removable(node, tag)
        if rule is None:
            return None
        # an <aside> competes as a class rule's match does: pages misuse it (the article itself in one); a dialog
        # goes as the <dialog> tag does
        by_class = tag not in boilerplate.TAG_RULE_TAGS or tag == "aside"
        return rule, by_class and node.attributes.get("role") not in _DIALOG_ROLES

    def removable(self, node: LexborNode, tag: str) -> str | None:
        attrs = node.attributes
        if tag == "time" and _in_article_header(node):
            return "strip_navigation"  # the header's date: the post's published_at
        if BLOCK_KINDS.get(tag) == "heading" and self._labels_a_conversation(node):
            return "strip_comment_threads"  # 'Comments' over a conversation: the label of the box its CMS made
        # a heading over a form's fields or buttons and nothing else: a search, sign-up or poll box
        if (
            self.control_holders
            and tag in _WIDGET_BOXES
            and node.mem_id in self.control_holders
            and (
                _only_a_heading(node)
                or (node.mem_id in self.poll_holders and _only_a_question(node) and self._small_beside_the_page(node))
            )
        ):
            return "strip_scripts_and_widgets"
        if (tag == "ul" or tag == "ol") and _is_table_of_contents(node):
            return "strip_navigation"  # links to the page's own sections: its table of contents
        if self.signup_holders and tag in _WIDGET_BOXES and node.mem_id in self.signup_holders:
            text = normalize_text(node.text(deep=True))
            if (
                # (words of letters are longer: 'Our best stories, delivered to your inbox every Thursday. …')
                len(text) <= SIGNUP_BOX_MAX_CHARS * (1 if boilerplate.HAN_CHARACTER.search(text) else 2)
                and len(text) <= 0.5 * self.total_text
                and not _holds_prose_beside(node, self.signup_holders)
            ):
                return "strip_subscribe_banners"  # a small box around a sign-up or a tip jar: its pitch, anywhere
        if not attrs and tag not in boilerplate.TAG_RULE_TAGS:
            return None  # no name, no address, no rule for the tag: most elements of a page
        if attrs.get("role") in _DIALOG_ROLES:
            return "strip_scripts_and_widgets"  # a dialog made of a <div>, as the <dialog> tag: a pop-up a click opens
        if self.code and tag in _INLINE_TEXT_TAGS and _in_code(node):
            return None  # code's highlighting ('<span class="token keyword">import</span>', 'hljs-comment'): its words
        if tag == "button" and (node.mem_id in self.toggles or _EXPAND_LABEL.fullmatch(node.text(deep=True))):
            return None  # an accordion's question (the answer it opens is ``_answers_its_toggle``'s), or the control
            # unfolding the article's rest, which marks the hidden rest as the article's (``_folded_away``)
        if self.decorations and attrs.get("aria-hidden") == "true" and _decorates_a_copy(node, tag):
            return "strip_hidden_elements"  # decoration hidden from screen readers, its text said again beside it
        names = _class_and_id(attrs) if tag not in boilerplate.NON_CONTENT_TAGS else []
        # a watermark set in type of size 0 inside a sentence ('旧粮仓<font …>某某网</font>'), or inline text the page's
        # own style sheet hides (a translation's original beside each sentence, characters strewn against copying)
        if tag in _INLINE_TEXT_TAGS and (
            (_has_zero_font_size(attrs) and next(node.iter(), None) is None)
            or (self.hidden_names and any(name in self.hidden_names for name in names))
        ):
            names.append("hidden")
        if self.namespace is not None and names:
            names = _outside_namespace(names, self.namespace)
        if any(_names_header_metadata(name) for name in names) and _in_article_header(node):
            return "strip_navigation"  # the header's byline, date, section or tag links: the post's fields
        href = attrs.get("href") if tag == "a" else None
        if href and href[0] == "#" and (_is_back_arrow(node.text(deep=True)) or _is_note_number(node)):
            return "strip_navigation"  # a footnote's link back to where it is cited ('↩', '^'), kramdown's and others'
        has_text = (lambda: bool(normalize_text(node.text(deep=True)))) if href else None
        rule = boilerplate.element_rule_for(tag, names, href, has_text)
        if rule is None:
            return None
        if (
            tag in _KEYED_TAGS
            and rule.name not in boilerplate.FIRM_RULES
            and _named_by_its_key_alone(node, names, rule)
        ):
            return None  # a paragraph's id is its key ('ad6f': Medium's four hex digits), not its role
        if tag == "header" and _inside_article(node) and (not names or _own_header_with_standfirst(node, names)):
            return None  # an <article>'s own header (HTML's sectioning): its title and standfirst
        if tag == "header" and _heads_the_story(node) and _own_header_with_standfirst(node, names):
            return None  # the same header in a <div> of the article: the page's headline, a standfirst, no menu
        if (
            tag in ("div", "section")
            and node.css_first("h1") is not None
            and (_inside_article(node) or _heads_the_story(node))
            and _own_header_with_standfirst(node, names)
        ):
            return None  # the same header as a <div class="article-header"> around the article's <h1>
        if (
            tag in _HEADING_TAGS
            and rule.name == "strip_navigation"
            and (_named_a_header_only(names, rule) or _links_to_itself_only(node))
        ):
            # a heading named for what it is ('<h3 class="header-anchor-post">'), not a page's header; or one whose
            # only link is its own anchor ('<h2 class="anchorWithStickyNavbar">…<a href="#…">'), as a docs site sets
            return None
        if (
            tag == "footer"
            and _inside_article(node)
            and (not names or all("footer" in name.lower() for name in names))
            and node.css_first("a") is None
            and _states_a_note(node)
        ):
            return None  # an <article>'s own footer that says something: a correction, an editor's note, a data note
        if tag in ("footer", "aside") and _inside_article(node) and _holds_the_articles_notes(node):
            return None  # the article's notes under their label ('註釋'), their links back to where each is cited
        if tag == "header" and _heads_a_section(node):
            return None  # a chapter's or a live update's own header: its heading
        if rule.name == "strip_comment_threads" and self.editors_words and _is_editors_note(node):
            return None  # an editor's comment on the article, in a box named as readers' comments ('编者点评：…')
        if tag == "aside" and self.authors_markup and node.css_first("a") is None and _states_a_note(node):
            return None  # a callout the author wrote in Markdown ('<aside>💡 背景：…</aside>', Notion's)
        if rule.name == "strip_comment_threads" and self._in_a_conversation(node):
            return None  # a conversation's responses, each an essay, set in the boxes a CMS made for comments
        if rule.name == "strip_hidden_elements" and (
            _folded_away(node)
            or _folded_transcript(node, names)
            or _answers_its_toggle(node)
            or node.attributes.get("role") == "tabpanel"
        ):
            # the rest of the article, folded behind an 'expand' control ('展开全文'), or a transcript; a tab's panel,
            # hidden until its tab is chosen (a sidebar's tabs of links go as lists of links do)
            return None
        if rule.name == "strip_subscribe_banners" and tag == "p" and _faded_last_paragraph(node):
            return None  # the article's last visible words, faded at the paywall's edge ('<p class="paywall-fade">')
        if rule.name == "strip_tag_groups" and tag in ("dl", "ul", "ol", "table") and _explains_in_sentences(node):
            return None  # the article's key terms and what each means ('<dl class="keywords">'), not a post's tags
        if rule.name == "strip_forum_signatures" and _signs_a_document(node):
            return None  # a notice's or a letter's signature (落款): who issued it and when, not a member's motto
        if tag == "aside" and (
            (_amid_prose(node) and _is_fact_box(node, names)) or (_opens_the_body(node) and _lists_facts(node, names))
        ):
            return None  # a fact box amid the article's paragraphs, or between its header and its text
        if rule.name in _FACT_BOX_MISNAMES and node.mem_id in self.fact_box_parts:
            return None  # a part of such a box named as it is ('widget-title', 'widget-list' in a 'widget')
        if rule.name in _FACT_BOX_MISNAMES and tag in _WIDGET_BOXES and _is_unlinked_fact_box(node):
            self.fact_box_parts.update(part.mem_id for part in node.traverse(include_text=False))
            return None  # the same, named as a sidebar or a related box ('related-info', 'sidebar'), with no link
        if rule.name not in boilerplate.FIRM_RULES and tag not in boilerplate.TAG_RULE_TAGS:
            # a name's part is not the element's role: 'section-header', 'table-header', 'follow-up', 'share-price'
            if tag in _TABLE_BOXES and node.css_first("th") is not None and node.css_first("a") is None:
                return None  # a data table's part (it has header cells; a layout table has none)
            if _amid_prose(node) and (
                _only_a_heading(node)
                or (tag == "p" and _states_a_note(node))
                or (rule.name in _PLAIN_PARAGRAPH_MISNAMES and _a_plain_paragraph(node, tag))
            ):
                return None  # a section heading or a paragraph in the run of the article's text
        # never let a class-name rule remove the article itself, nor a form wrapping the page (ASP.NET);
        # firm rules (comment threads) are weighed against the article by main_content instead
        if (tag not in boilerplate.NON_CONTENT_TAGS or tag == "form") and rule.name not in boilerplate.FIRM_RULES:
            chars = len(node.text(deep=True))
            if chars > 0.5 * self.total_text or (
                chars >= SPLIT_PART_MIN_PAGE_SHARE * self.total_text and self._splits_the_article(node, tag)
            ):
                return None
        return rule.name

    def _splits_the_article(self, node: LexborNode, tag: str) -> bool:
        """Whether a box is one part of the article split across boxes made alike (one tag and class, the CMS's parts
        of one body between which it set an ad or a sign-up box), that together hold most of the page's text, in
        prose: no one part passes for the article, so the class rule ('sidebar-content') would take it all."""
        box_class = node.attributes.get("class")
        if not box_class or tag not in _WIDGET_BOXES:
            return False
        key = f"{tag} {box_class}"
        if key not in self._split_parts:
            parts = self._page_root(node).css(main_content.made_alike(tag, box_class))
            sizes = [len(part.text(deep=True).strip()) for part in parts]
            text = sum(sizes)
            links = sum(len(link.text(deep=True)) for part in parts for link in part.css("a"))
            self._split_parts[key] = (
                len(parts) >= 2
                and text > 0.5 * self.total_text
                and links < SPLIT_PARTS_MAX_LINK_SHARE * text
                # parts of one text, each a good share of it (a paywall's note beside the box of the text is no part)
                and min(sizes) >= SPLIT_PART_MIN_SHARE * max(sizes)
            )
        return self._split_parts[key]

    @staticmethod
    def _page_root(node: LexborNode) -> LexborNode:
        while node.parent is not None:
            node = node.parent
        return node

    def walk(self, node: LexborNode, kind: str) -> None:
        child = node.child
        while child is not None:
            self.visit(child, kind)
            child = child.next

    def visit(self, node: LexborNode, kind: str) -> None:
        tag = node.tag or ""
        if tag == "-text":
            self._text_node(node, kind)
            return
        if tag in ("-comment", "_comment", "!doctype", "-doctype"):
            return
        rule = self.removable(node, tag) if self.apply_rules else None
        if rule is not None:
            self.body.count(rule)
            return
        if tag == "hr":
            self.flush()  # a thematic break: where the article may end and the footer begin (``_without_tail_under_a_break``)
            self.body.blocks.append(Block(THEMATIC_BREAK, ""))
            return
        if tag == "br":
            self._pending_br += 1
            if (
                self._pending_br == 1
                and node.parent is not None
                and node.parent.tag in _BARE_TEXT_BOXES
                and _ends_a_sentence(self._run)
            ):
                self._ended_sentence = self._breaks_are_paragraphs()
            self._run.append(LINE_BREAK)
            return
        if tag in IMAGE_TAGS:
            self.image(node)
            return
        if tag == "a" and node.attributes.get("href"):
            href = (node.attributes.get("href") or "").strip()
            target = "" if _DEAD_HREF.match(href) else href
            card = bool(target) and _is_link_card(node, target)
            if card:
                self.flush()  # (another page's preview card: its blocks are told apart, ``drop_link_cards``)
                start = len(self.body.blocks)
            self.link(node)
            self._link_depth += 1
            self._link_targets.append(target)
            try:
                self.visit_inside(node, kind)
            finally:
                self._link_depth -= 1
                self._link_targets.pop()
            if card:
                self.flush()
                self.body.cards.append((start, len(self.body.blocks)))
            return
        self.visit_inside(node, kind)

    def _text_node(self, node: LexborNode, kind: str) -> None:
        text = node.text_content or ""
        bare = node.parent is None or node.parent.tag in _BARE_TEXT_BOXES
        if "\n" in text and bare and _BLANK_LINE.search(text):
            # a box's bare text in paragraphs set apart by blank lines (a forum post shown as written, PTT's). At
            # the text's edge, beside an element, a blank line ends a paragraph that is an element alone on its
            # lines (a WordPress post's raw content: a subheading in <strong> between blank lines) or ends a
            # sentence; before a link that goes on with the sentence ('见\n\n<a>报告</a>') it is a space.
            parts = _BLANK_LINE.split(text)
            for i, part in enumerate(parts):
                if i:
                    within = part.strip() and any(earlier.strip() for earlier in parts[:i])
                    if self._run_has_text and (within or not self._run_has_bare_text or _ends_a_sentence(self._run)):
                        self._pending_br = max(self._pending_br, 2)
                    else:
                        self._run.append("\n")  # whitespace, as it was
                self._text(part, kind, bare)
            return
        self._text(text, kind, bare)

    def _text(self, text: str, kind: str, bare: bool = False) -> None:
        if self._pending_br == 1 and (
            self._ended_sentence
            or ((indent := _PARAGRAPH_INDENT.match(text)) and not self._indents_a_verse(text, indent))
        ):
            # a line break, then a paragraph's indent: a new paragraph; and in a box's bare text (no <p> around
            # it), a line break after a whole sentence is where a paragraph ends
            self._pending_br = 2
        if text.strip():
            if self._pending_br >= 2:
                self.flush()
            self._pending_br = 0
            self._ended_sentence = False
            if not self._run_has_text:
                self._run_kind = kind
                self._run_has_text = True
            if not self._link_depth:
                if len(text.strip()) > MARKS_MAX_CHARS or not _MARKS_ONLY.fullmatch(text):
                    self._run_has_plain_text = True  # (not a mark set before a link: '▶ <a>…</a>' is a link alone)
                if not self._run_link_targets:
                    if len(self._run_lead) <= POINTER_LABEL_MAX_CHARS:
                        self._run_lead += text
                elif text.strip(_POINTER_TRAIL):
                    self._run_lead = ""  # words after the link: a sentence that cites it, no pointer
            elif self._link_targets:
                self._run_link_targets.add(self._link_targets[-1])
            if bare:
                self._run_has_bare_text = True
        self._run.append(text)

    def _indents_a_verse(self, text: str, indent: re.Match[str]) -> bool:
        """Whether an indent after a <br> sets a verse's line in (a poem's continued line), not a paragraph's start: a
        line of Latin letters after a short one. Chinese typesetting indents every paragraph; a poem in English
        indents the lines that carry on the one before."""
        first = text[indent.end() :].lstrip()[:1]
        if not (first.isascii() and first.isalpha()):
            return False
        line = "".join(self._run).rstrip().rsplit(LINE_BREAK, 1)[-1].strip()  # (the <br>'s mark ends the run)
        return 0 < len(line) <= VERSE_LINE_MAX_CHARS and line[-1].isascii()

    def visit_inside(self, node: LexborNode, kind: str) -> None:
        tag = node.tag or ""
        if tag in BLOCK_TAGS:
            self.flush()
            inner_kind = BLOCK_KINDS.get(tag, kind if tag not in ("div", "section", "article") else "paragraph")
            if tag == "p" and kind in ("quote", "list_item"):
                inner_kind = kind  # <blockquote><p> (all Markdown quotes) is a quote, <li><p> a list item
            elif tag == "td" and _alone_in_its_row(node):
                inner_kind = "paragraph"  # a layout table's cell (an e-mail's, an old site's): a row, not a value
            if tag == "figure":
                self.figure(node)
            self.walk(node, inner_kind)
            self.flush()
            return
        self.walk(node, kind)

    def image(self, node: LexborNode, caption: str | None = None) -> None:
        attrs = node.attributes
        # a lazy-loading page keeps the picture's address in a data- attribute, a placeholder ('loading.gif') in src
        src = next((attrs[name] for name in LAZY_IMAGE_ATTRIBUTES if attrs.get(name)), None) or attrs.get("src") or ""
        if not src or src.startswith("data:"):  # a responsive picture may name its files only in a srcset
            src = _largest_candidate(attrs.get("data-srcset") or attrs.get("srcset") or "") or src
        if src and not src.startswith("data:"):
            if attrs.get("width") in _PIXEL_SIZES and attrs.get("height") in _PIXEL_SIZES:
                return  # a tracking pixel (a feed's counter, 1 by 1): no picture anyone sees
            alt = normalize_text(attrs.get("alt") or "") or None
            if _QR_CODE.search(src) or (alt and _QR_CODE.search(alt)):
                self.body.count("strip_qr_codes")
                return  # a code to scan (follow the account, pay a tip), not a picture of the article
            self.body.images.append(Image(src.strip(), alt, caption))

    def figure(self, node: LexborNode) -> None:
        caption_node = node.css_first("figcaption")
        caption = normalize_text(caption_node.text(deep=True)) if caption_node is not None else None
        for img in node.css(", ".join(IMAGE_TAGS)):
            self.image(img, caption or None)
            img.decompose()

    def link(self, node: LexborNode) -> None:
        href = (node.attributes.get("href") or "").strip()
        if href.startswith(("http://", "https://", "//")):
            self.body.links.append(Link(href, normalize_text(node.text(deep=True)) or None))
        else:  # (a control's link leads to the page itself or to its script: '#', 'javascript:…')
            text = node.text(deep=True).strip()
            if len(text) <= LINK_TAIL_MAX_CHARS:
                self.body.control_links.add(text)


_PIXEL_SIZES: Final = frozenset({"0", "1", "0px", "1px"})
IMAGE_TAGS: Final = ("img", "amp-img")  # an AMP page's pictures are <amp-img>
_SRCSET_DESCRIPTOR: Final = re.compile(r"^(\d+(?:\.\d+)?)[wx]$")


def _largest_candidate(srcset: str) -> str:
    """The address of a srcset's largest picture ('/a-320.jpg 320w, /a-1024.jpg 1024w'), or ''."""
    best, best_size = "", -1.0
    for candidate in srcset.split(","):
        parts = candidate.split()
        if not parts or parts[0].startswith("data:"):
            continue
        size = _SRCSET_DESCRIPTOR.match(parts[1]) if len(parts) > 1 else None
        value = float(size.group(1)) if size else 1.0
        if value > best_size:
            best, best_size = parts[0], value
    return best


# what names a QR code in a picture's address or description ('qrcode.png', 'qr_code', '二维码', 'erweima')
# (a bare 'qr' is not enough: hashed file names hold it, 'e52bf525ly1g66lrl7jizj21v92ey4qr.jpg')
_QR_CODE: Final = re.compile(r"qr[-_ ]?code|二[维維]码|二[维維]碼|erweima", re.IGNORECASE)
# where lazy-loading scripts (lazysizes, jQuery lazyload, WeChat's, Zhihu's) keep the address until the picture scrolls in
LAZY_IMAGE_ATTRIBUTES: Final = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-actualsrc",
    "data-original-src",
    "data-lazy",
)
ORPHAN_LABEL_MAX_CHARS: Final = 40
ORPHAN_LINE_MAX_CHARS: Final = 8  # a line, not a heading, that only introduces: a few words and a colon ('加跟帖：')
# a label introduces what follows (a colon), names a box of other articles, or offers to show all of a list
_LABEL_END: Final = re.compile(
    r"[:：]\s*$|[(（]\s*(?:全部|更多|all)\s*[)）]\s*$|(?:查看全部|查看更多|see all|view all)\s*[»›>]?\s*$", re.I
)


def _headed_what_went(blocks: list[Block], last: Block) -> bool:
    """Whether the heading left last headed words the rules took: blocks with words stood after it."""
    if last.kind != "heading":
        return False
    at = next((i for i, block in enumerate(blocks) if block is last), None)
    return at is not None and any(boilerplate.has_word(block.text) for block in blocks[at + 1 :])


def _is_orphan_label(block: Block) -> bool:
    """A heading that only labels what came after it (``_LABEL_END``, ``main_content.reads_as_related_label``,
    a comment thread's '網友留言'), or a line of any kind that is only a related-reading label ('往期推荐') or a few
    words and a colon ('加跟帖：'): at the article's end, what it introduced was the page's, and is gone."""
    text = block.text
    if len(text) > ORPHAN_LABEL_MAX_CHARS:
        return False
    if block.kind == "heading":
        return (
            _LABEL_END.search(text) is not None
            or main_content.reads_as_related_label(text)
            or main_content.reads_as_comments_label(text)
        )
    if _COMMA.search(text):
        return False  # a line of the article is a sentence ('更多内容，请参见附录。'); a label is not
    # a few words introducing what came after them ('加跟帖：' over a thread's replies), or a related-reading label
    return (len(text) <= ORPHAN_LINE_MAX_CHARS and text.endswith((":", "："))) or (
        main_content.reads_as_related_label(text) and not _STATED.search(text)
    )


TIMELINE_MIN_ENTRIES: Final = (
    3  # bare dates and times among a body's blocks that make it a timeline, not a page's dateline
)


def is_timeline(blocks: list[Block]) -> bool:
    """Whether the blocks hold a timeline: bare dates and times, each before its event ('2021年5月26日 20:00')."""
    entries = 0
    for block in blocks:
        if len(block.text) <= 40 and boilerplate.is_bare_timestamp(block.text):
            entries += 1
            if entries >= TIMELINE_MIN_ENTRIES:
                return True
    return False


SECTION_TITLE_MAX_CHARS: Final = 8  # '版权所有', '广告': a label's words, as a section's or a glossary's term
_TITLE_LIKE_RULES: Final = frozenset({"drop_copyright_lines", "drop_ad_labels"})


def _titles_a_section(blocks: list[Block], i: int) -> bool:
    """Whether a short heading or list item that reads as a label ('版权所有', '广告') is the title of the section
    after it: the paragraph that follows speaks of its words, or it is one of three or more terms made alike, each
    over a sentence (a glossary). A label over an ad or a notice is the only one of its kind."""
    block = blocks[i]
    if block.kind not in ("heading", "list_item") or len(block.text) > SECTION_TITLE_MAX_CHARS or i + 1 >= len(blocks):
        return False
    after = blocks[i + 1]
    if after.link_only or after.kind == "heading" or not _STATED.search(after.text):
        return False
    if block.text.strip() in after.text:
        return True
    terms = sum(
        1
        for j in range(len(blocks) - 1)
        if j != i
        and blocks[j].kind == block.kind
        and len(blocks[j].text) <= 2 * SECTION_TITLE_MAX_CHARS
        and blocks[j + 1].kind != "heading"
        and _STATED.search(blocks[j + 1].text)
        and not _STATED.search(blocks[j].text)
    )
    return terms >= 2


_CONTROL_LIKE_RULES: Final = frozenset(
    {
        "drop_follow_prompts",
        "drop_interface_labels",
        "drop_share_captions",
        "drop_breadcrumb_lines",
        "drop_stray_literals",
    }
)
# rules for lines that a heading over the article's prose never is: a credit ('路透社'), an end mark ('终')
_HEADING_SAFE_RULES: Final = frozenset(
    # ('关键词：返乡' over a year's review of its words)
    {"drop_interface_labels", "drop_stray_literals", "drop_share_captions", "drop_paywall_notes", "drop_keyword_lines"}
)
# a prompt's words as a heading ('取消订阅', '关注'): over a prompt, the prompt's title; over prose, the section's
_PROMPT_RULES: Final = frozenset({"drop_mailing_notices", "drop_follow_prompts"})
STATED_PROSE_MIN_CHARS: Final = 20
# the toggle of a folded rest, set as its box's heading ('<h4>展開全文</h4>' over the article's last paragraphs): it
# titles no section
_FOLD_CONTROL: Final = re.compile(
    r"^[▼▲↓\s]*(?:(?:展开|展開|阅读|閱讀|查看|显示|顯示)(?:全文|更多)|继续阅读|繼續閱讀|read more|show more|continue reading)"
    r"\s*[>»›▼↓→]*$",
    re.IGNORECASE,
)


HEADLINE_MAX_CHARS: Final = 80


def _beside_the_prose(blocks: list[Block], i: int, kept: list[Block]) -> bool:
    """Whether a block stands before the article's first stated sentence or after its last one (a sentence a text rule
    drops, '本文首发于…，转载请联系授权。', is none of the article's). (A headline asking
    its question, '…还能靠生态翻身吗？', just above the block, reads as a sentence: a byline under it is still above the prose.)"""
    stated = [b for b in kept if _is_stated_prose(b)]
    under_the_headline = (
        len(stated) == 1
        and stated[0] is kept[-1]
        and len(stated[0].text) <= HEADLINE_MAX_CHARS
        and not stated[0].text.rstrip().endswith(("。", "."))
    )
    return (
        not stated
        or under_the_headline
        or not any(
            _is_stated_prose(b) and boilerplate.text_rule_for(b.text, b.link_only) is None for b in blocks[i + 1 :]
        )
    )


# a platform's name and the account there ('📘 Facebook：山小徑的步道筆記', 'Instagram: @hilltrails', '微博：@山小径')
_ACCOUNT_LINE: Final = re.compile(
    r"^\W{0,3}\s*(facebook|fb|instagram|ig|youtube|twitter|x|threads|line|telegram|tg|mastodon|bluesky|linkedin|github"
    r"|podcast|微博|微信|微信公众号|微信公眾號|公众号|公眾號|小红书|小紅書|抖音|b站|bilibili|知乎|豆瓣|粉专|粉專|臉書|脸书)"
    r"\s*[:：]\s*@?[^\s。！？，,；;]{1,30}(?:\s[^\s。！？，,；;]{1,20}){0,3}$",
    re.IGNORECASE,
)


# how a forum marks the thread's original poster beside their name ('樓主', '原PO'); the labels before a floor's time
_POSTER_MARK: Final = r"(?:楼主|樓主|层主|層主|原PO|作者|博主|UP主)"
_FLOOR_TIME_LABEL: Final = r"(?:发表于|發表於|发表在|發表在|回复于|回覆於|时间|時間)"


def _account_lines(blocks: list[Block]) -> set[int]:
    """Positions of the writer's or the site's accounts listed after the article's prose, one platform a line, two or
    more platforms in a row ('📘 Facebook：…', '📸 Instagram：@…'). One such line alone may be the article's."""
    last = max((i for i, block in enumerate(blocks) if _is_stated_prose(block)), default=None)
    if last is None:
        return set()
    found: set[int] = set()
    run: list[tuple[int, str]] = []
    for i in range(last + 1, len(blocks) + 1):
        matched = _ACCOUNT_LINE.match(blocks[i].text) if i < len(blocks) else None
        if matched is not None:
            run.append((i, matched[1].lower()))
            continue
        if len({platform for _, platform in run}) >= 2:
            found.update(at for at, _ in run)
        run = []
    return found


def _is_menu_row_above(blocks: list[Block], i: int, kept: list[Block]) -> bool:
    """Whether a block is a row of a page's menus or tools (``boilerplate.menu_row_fields``) above the article's first
    stated sentence, not a table's row over rows of as many fields."""
    fields = boilerplate.menu_row_fields(blocks[i].text)
    if not fields or any(map(_is_stated_prose, kept)):
        return False
    return not any(
        boilerplate.menu_row_fields(blocks[j].text) == fields and boilerplate.text_rule_for(blocks[j].text) is None
        for j in (i - 1, i + 1)
        if 0 <= j < len(blocks)
    )  # (a row a rule drops beside it is chrome too, no table's: a dateline's fields)


def _is_stated_prose(block: Block) -> bool:
    return block.kind == "paragraph" and len(block.text) >= STATED_PROSE_MIN_CHARS and bool(_STATED.search(block.text))


def _heads_prose(blocks: list[Block], i: int) -> bool:
    """Whether the block after a heading is a paragraph of the article's prose."""
    return i + 1 < len(blocks) and _is_stated_prose(blocks[i + 1])


_QUESTION_TURN: Final = ("问：", "問：", "Q：", "Q:")


_PICTURE_ROLES: Final = frozenset(
    {"摄影", "攝影", "摄", "攝", "图", "圖", "图片", "圖片", "照片", "插图", "插圖", "视频", "視頻"}
)


def _speaks_in_an_interview(blocks: list[Block], i: int, kept: list[Block]) -> bool:
    """Whether a line of a role and a few words ('主编：读者') is a speaker's turn: amid the article's prose, in a
    body of question turns ('问：…') or where the same role speaks again. The desk's credits open or close an
    article, once, and do not interrupt it."""
    text = blocks[i].text
    role, colon, _ = text.partition("：")
    if not colon or role.strip() in _PICTURE_ROLES or not any(_is_stated_prose(b) for b in kept):
        return False  # (a picture's credit under each picture is a credit each time: no one speaks through a lens)
    if not any(b.kind == "paragraph" and _STATED.search(b.text) for b in blocks[i + 1 :]):
        return False
    turns = sum(1 for b in blocks if b.text.startswith(role + "："))
    return turns >= 2 or any(b.text.startswith(_QUESTION_TURN) for j, b in enumerate(blocks) if j != i)


# a writer's byline alone ('文| 孫欣然', '作者：林间'): amid the prose, one of several, it heads a section of a compilation
_SECTION_BYLINE: Final = re.compile(r"^\W*(?:文字|文|作者|撰文)\s*[:：/／｜|]\s*[^:：/／｜|]{1,16}$")


def _amid_the_prose(blocks: list[Block], i: int, kept: list[Block]) -> bool:
    """Whether a writer's byline stands between the prose, one of two or more such bylines (a compilation's sections;
    one byline after a dek is the post's)."""
    return (
        sum(1 for b in blocks if _SECTION_BYLINE.match(b.text)) >= 2
        and any(_is_stated_prose(b) for b in kept)
        and any(_is_stated_prose(b) for b in blocks[i + 1 :])
    )


# Rules for a word alone that labels a page's part ('广告', '分享', '更多'): in a table among other cells, a value
_LONE_LABEL_RULES: Final = frozenset({"drop_ad_labels", "drop_share_captions", "drop_interface_labels"})


def _in_a_grid_of_cells(blocks: list[Block], i: int) -> bool:
    """Whether a table's cell stands between two other cells: a value of a data table, not a layout table's label
    beside its boxes (whose text is paragraphs)."""
    return (
        blocks[i].kind == "table_cell"
        and 0 < i < len(blocks) - 1
        and blocks[i - 1].kind == "table_cell"
        and blocks[i + 1].kind == "table_cell"
    )


# Rules for a labelled line ('时间：…', '主编：…') that a record of the article's own has as one of its fields
_FIELD_LIKE_RULES: Final = frozenset({"drop_datelines", "drop_staff_credits"})
# a label and its value, the label a few characters ('地点：城西社区图书馆', '出版社：城东出版社')
_LABELLED_LINE: Final = re.compile(r"([\w\u3400-\u9fff]{1,8})\s*[:：]\s*\S")
# labels of a page's own metadata and its desk's credits: beside them a date or a role is the page's too
_PAGE_FIELD_LABELS: Final = re.compile(
    r"(?:作者|来源|來源|出处|出處|原文|原标|原標|记者|記者|通讯员|通訊員|编辑|編輯|责编|責編|主编|主編|审核|審核|校对|校對|"
    r"摄影|攝影|撰文|文字|图片|圖片|监制|監製|制作|製作|统筹|統籌|发布|發布|發佈|更新|时间|時間|日期|阅读|閱讀|浏览|瀏覽|"
    r"点击|點擊|字数|字數|标签|標籤|关键词|關鍵詞|分类|分類|栏目|欄目|频道|頻道|字号|字號|链接|鏈接|連結)"
)


def _among_record_fields(blocks: list[Block], i: int, both_sides: bool) -> bool:
    """Whether a labelled line ('时间：2021年6月5日 14:00', '主编：陈德明') stands beside a labelled line of another kind
    than a page's metadata or credits ('地点：…', '出版社：…', '定价：…'): the fields of an event, a book or a product
    the article presents, which its date or its editor is one of. A role is the record's only between two of its
    fields: the desk's credit after a document's last line ('书记员：杨柳', then '责任编辑：李晓') closes the page."""
    if _LABELLED_LINE.match(blocks[i].text) is None:
        return False
    beside = [_is_record_field(blocks, j) for j in (i - 1, i + 1)]
    return all(beside) if both_sides else any(beside)


_FIELD_CLAUSE: Final = re.compile(r"[，,；;]")
_FIELD_SENTENCE_END: Final = re.compile(r"[。！？!?]$")


def _is_record_field(blocks: list[Block], j: int) -> bool:
    if not 0 <= j < len(blocks) or len(blocks[j].text) > 60 or blocks[j].link_only or blocks[j].kind == "heading":
        return False  # (a headline with a colon, '泉州两日慢游指南：古城、寺庙和一碗面线糊', is no field)
    field = _LABELLED_LINE.match(blocks[j].text)
    return (
        field is not None
        and _PAGE_FIELD_LABELS.search(field[1]) is None
        # (a value of clauses that ends a sentence is a caption or a paragraph: '一月：河面結了薄冰，白鷺在冰緣等待。')
        and not (_FIELD_CLAUSE.search(blocks[j].text, field.end()) and _FIELD_SENTENCE_END.search(blocks[j].text))
        and boilerplate.text_rule_for(blocks[j].text) is None
    )


# An author showing a line as an example: introducing it ('都会在文末加上这样一句话：', '格式一般是这样的：', '结尾那几行
# 固定的话：'), or speaking of it right after ('这句话最早…', '這八個字…', '这一排按钮…')
_INTRODUCES_AN_EXAMPLE: Final = re.compile(
    r"(?:这样|這樣|如下|以下|下面|一句|一行|几句|幾句|几行|幾行|一排|这些|這些|这么|這麼"
    # a count of what it shows ('有三行字：', '两个字：', '四條簡訊：'), or the words that read it out ('印着：', '依次是：')
    r"|[一二两兩三四五六七八九十几幾\d]+\s*(?:句|行|个字|個字|条|條|项|項|首|段|则|則|张|張|封|样|樣)"
    r"|印着|印著|写着|寫著|写的是|寫的是|依次是|分别是|分別是)[^：:。！？]{0,12}[：:]\s*\Z"
)
SHOWN_RUN_MAX: Final = 10  # short lines after an introducing sentence that it shows, one paragraph each
_COUNT_LINE: Final = re.compile(
    r"^\s*(?:转发|轉發|评论|評論|赞|讚|点赞|點讚|分享|收藏|回复|回覆|在看|喜欢|喜歡)\s*[:：]?\s*\d[\d,.]*\s*[万萬kK]?\s*$"
)
_SPEAKS_OF_IT: Final = re.compile(
    r"[“「]?(?:这|這)(?:句话|句話|一句|句|行字|一行|几行|幾行|[一二两兩三四五六七八九十]+[个個]?字|一排|两行|兩行|段话|段話|些话|些話"
    r"|句声明|句聲明|行小字|串数字|串數字|个编号|個編號)"
)


SPEAKS_OF_IT_WITHIN: Final = 16  # characters: in the next sentence's opening clause ('点赞功能上线以后，这句话…')


def _shown_as_an_example(blocks: list[Block], i: int) -> bool:
    """Whether a line a rule matches is one the article shows: it (or the run of quotes or list items it is in) comes
    right after the author's words introducing it, or right before a paragraph whose opening speaks of it. A page's chrome
    is never introduced by the article's sentence, nor discussed by the next one."""
    kind = blocks[i].kind
    start = end = i
    if _COUNT_LINE.match(blocks[i].text) or boilerplate.is_post_counts(blocks[i].text):
        return False  # a post's counts ('转发 64', '🔁 48 · ⭐ 136'): a page shows them, no article does
    if kind in ("quote", "list_item"):
        while start > 0 and blocks[start - 1].kind == kind:
            start -= 1
        while end + 1 < len(blocks) and blocks[end + 1].kind == kind:
            end += 1
    elif kind == "paragraph" and not _is_stated_prose(blocks[i]):
        # a run of short lines, one paragraph each ('民國二十五年五月初版', '版權所有 翻印必究', '定價大洋四角'), that
        # the article's prose resumes after: lines after the last of the article are the page's, whatever came before
        while (
            i - start < SHOWN_RUN_MAX
            and start > 0
            and blocks[start - 1].kind == kind
            and not _is_stated_prose(blocks[start - 1])
            and not blocks[start - 1].text.rstrip().endswith(("：", ":"))
            and not _COUNT_LINE.match(blocks[start - 1].text)
        ):
            start -= 1
        if start < i:
            while end - start < SHOWN_RUN_MAX and end + 1 < len(blocks) and not _is_stated_prose(blocks[end + 1]):
                end += 1
            if end + 1 >= len(blocks) or not _is_stated_prose(blocks[end + 1]):
                return False
    before = blocks[start - 1] if start > 0 else None
    if (
        before is not None
        and before.kind == "paragraph"
        and not before.link_only
        and _INTRODUCES_AN_EXAMPLE.search(before.text) is not None
        and boilerplate.text_rule_for(before.text) is None
    ):
        return True
    after = blocks[end + 1] if end + 1 < len(blocks) else None
    return (
        after is not None
        and after.kind == "paragraph"
        and _SPEAKS_OF_IT.search(after.text, 0, SPEAKS_OF_IT_WITHIN) is not None
    )


# a question set as one: a heading asking, or a line labelled as the question ('Q4：…？', '问：…？')
_QUESTION_LABEL: Final = re.compile(r"(?:Q\s*\d*|问|問|提问|提問)\s*\d*\s*[:：.、]", re.IGNORECASE)


def _asks(block: Block) -> bool:
    text = block.text.rstrip()
    return text.endswith(("？", "?")) and (block.kind == "heading" or _QUESTION_LABEL.match(text) is not None)


INTRODUCED_LIST_MIN_ITEMS: Final = 3


def _in_introduced_list(blocks: list[Block], i: int) -> bool:
    """Whether a list item is one of a list the article introduces with a colon ('步骤如下：', '会弹出一排选项：')
    whose items are mostly not a page's controls: the author's steps or the options they describe, each kept."""
    start = i
    while start > 0 and blocks[start - 1].kind == "list_item":
        start -= 1
    end = i
    while end + 1 < len(blocks) and blocks[end + 1].kind == "list_item":
        end += 1
    if start == 0 or end - start + 1 < INTRODUCED_LIST_MIN_ITEMS:
        return False
    if not blocks[start - 1].text.rstrip().endswith(("：", ":")) or blocks[start - 1].link_only:
        return False
    items = blocks[start : end + 1]
    controls = sum(1 for item in items if boilerplate.text_rule_for(item.text, item.link_only) is not None)
    return 2 * controls < len(items)


_QUOTE_PAIRS: Final = {"“": "”", "「": "」", "『": "』", '"': '"'}


def _wholly_quoted(text: str) -> bool:
    """Whether a line is words in quotation marks and nothing else ('“剩余 70% 内容付费阅读”'), one quotation: chrome
    is never set in quotation marks; a quotation of it is the author's."""
    text = text.strip()
    close = _QUOTE_PAIRS.get(text[:1])
    return close is not None and len(text) > 2 and text.endswith(close) and close not in text[1:-1]


def _the_articles_own(rule: str, blocks: list[Block], i: int, kept: list[Block]) -> bool:
    """Whether a line that a text rule matches is the article's by where it stands: the rules judge a line alone,
    and these lines read as chrome only out of their place."""
    block = blocks[i]
    # words quoted whole ('“订阅后可阅读全文”' in an article that studies such notes): the page itself says none
    if _wholly_quoted(block.text):
        return True
    if rule in _TITLE_LIKE_RULES and _titles_a_section(blocks, i):
        return True  # a section's title or a glossary's term, not a notice or a label
    if (
        rule in _HEADING_SAFE_RULES
        and block.kind == "heading"
        and _heads_prose(blocks, i)
        and not _FOLD_CONTROL.match(block.text)
    ):
        return True  # a heading over the article's prose ('路透社' over its section, '终' over the last one)
    if (
        rule in _PROMPT_RULES
        and block.kind == "heading"
        and _heads_prose(blocks, i)
        and boilerplate.text_rule_for(blocks[i + 1].text) is None
    ):
        return True  # a section's title over prose that is no prompt itself ('取消订阅' over how hard it is to cancel)
    if rule == "drop_keyword_lines" and _PAPER_KEYWORDS.match(block.text) and _after_an_abstract(blocks, i):
        return True  # a paper's keywords under its abstract ('关键词：城中村；租赁市场', 'Keywords: …'): its apparatus
    if rule == "drop_staff_credits" and _speaks_in_an_interview(blocks, i, kept):
        return True  # between an interview's questions a role and a name is an answer ('主编：读者')
    if rule == "drop_staff_credits" and _SECTION_BYLINE.match(block.text) and _amid_the_prose(blocks, i, kept):
        return True  # a section's writer amid a compilation's prose ('文| 孫欣然' over her part)
    if (
        rule in _LONE_LABEL_RULES
        or rule == "drop_keyword_lines"
        or (rule == "drop_empty_blocks" and block.text.strip())
    ) and _in_a_grid_of_cells(blocks, i):
        return (
            True  # a table's value ('广告' in a row of a revenue table, '分享' over a column of counts, '—' for none)
        )
    if rule in _CONTROL_LIKE_RULES and rule != "drop_breadcrumb_lines" and i and _asks(blocks[i - 1]):
        return True  # the answer to the question above it ('Q4：怎樣收到通知？', then '請追蹤交通局粉絲專頁…')
    if rule in _FIELD_LIKE_RULES and _among_record_fields(blocks, i, both_sides=rule == "drop_staff_credits"):
        return True  # an event's '时间：…' beside its '地点：…', a book's '主编：…' beside its '出版社：…'
    if (
        rule != "drop_empty_blocks"
        and boilerplate.has_word(block.text)
        and not boilerplate.PRINTED_FOOT.match(block.text)
        and _shown_as_an_example(blocks, i)
    ):
        return True  # a line the article introduces ('加上这样一句话：') or speaks of after it ('这句话…')
    # a step or an option of the author's own list ('打开公众号：', then '点击关注')
    return rule in _CONTROL_LIKE_RULES and block.kind == "list_item" and _in_introduced_list(blocks, i)


# a paper's keyword label ('关键词：', '【關鍵詞】', 'Key words:'), not a site's tags ('标签：')
_PAPER_KEYWORDS: Final = re.compile(
    r"^\W{0,2}(?:关键词|關鍵詞|关键字|關鍵字|主题词|主題詞|key\s*words?)\s*[】\]〗]?\s*[:：]?", re.IGNORECASE
)
# an abstract's label, opening its paragraph or heading it ('摘要：…', '【摘要】', 'Abstract')
_ABSTRACT: Final = re.compile(
    r"^\W{0,2}(?:中文|英文|论文|論文|本文|研究)?(?:摘\s*要|内容提要|內容提要|提要|abstract|summary)\s*[】\]〗*]*\s*(?:[:：]|\s|$)",
    re.IGNORECASE,
)
ABSTRACT_WITHIN: Final = 3  # blocks above the keywords: the abstract's heading, its paragraph, its English one


def _after_an_abstract(blocks: list[Block], i: int) -> bool:
    """Whether the blocks right above a line are a paper's abstract (its label opening one of them)."""
    return any(_ABSTRACT.match(blocks[at].text) for at in range(max(i - ABSTRACT_WITHIN, 0), i))


RUNNING_HEAD_MAX_CHARS: Final = 100
DATED_HEAD_MIN_PAGES: Final = 3
_NOT_A_WORD: Final = re.compile(r"[\W_]+")
_YEAR_AND_MONTH: Final = re.compile(r"(?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月|[-/.]\s*\d{1,2}(?!\d))")
RUNNING_HEAD_MIN_WORDS: Final = 6  # characters after its date and time: the title, the site's name
_DATE_AND_TIME: Final = re.compile(
    r"^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?:\s*(?:上午|下午|[AP]M)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?)?\s*",
    re.IGNORECASE,
)


_PAGE_NUMBER_BESIDE: Final = re.compile(r"^(\d{1,4})\s+(?=\S)|(?<=\S)\s+(\d{1,4})$")
NUMBERED_HEAD_MIN_CHARS: Final = 16  # the head's words besides its number ('Step 1', '第 1 步' are a list's)


def _running_heads(blocks: list[Block], read: list[Block]) -> set[str]:
    """Lines that open with a date (and time), or end with the issue, and recur word for word in one article: a printed
    copy's running head on each of its pages ('2021/5/28 上午10:32 老小区加装电梯 - 城东晚报', '某市人民政府公报 2024年第
    3期'), not the article's (its dates head events that differ; a refrain has no issue); or a line with a date anywhere
    in it and no clause, printed three times among the blocks ``read`` ('…学术研讨会论文集 2023年11月 · 杭州')."""
    seen: set[str] = set()
    heads: set[str] = set()
    # lines with a date in them, no clause: a running head when three pages print it, by their words (the first page's
    # may be read with other marks between its fields)
    dated: dict[str, list[str]] = {}
    for block in read:  # (counted in all the blocks read: a rule may have taken one page's)
        text = block.text
        if (
            len(text) <= RUNNING_HEAD_MAX_CHARS
            and _YEAR_AND_MONTH.search(text)
            and not _COMMA.search(text)
            and not _STATED.search(text)
        ):
            dated.setdefault(_NOT_A_WORD.sub("", text), []).append(text)
    for texts in dated.values():
        if len(texts) >= DATED_HEAD_MIN_PAGES:
            heads.update(texts)  # ('第十二届华东茶学学术研讨会论文集 2023年11月 · 杭州' atop each page of a paper)
    # or the same words with the page's number beside them, three pages or more ('RIVERWORK WORKING PAPERS · No. 12 ·
    # DRAFT – DO NOT CITE 2', '… 3', '… 4'), the numbers rising
    numbered: dict[str, list[tuple[str, str]]] = {}
    for block in read:
        if len(block.text) <= RUNNING_HEAD_MAX_CHARS and (page := _PAGE_NUMBER_BESIDE.search(block.text)) is not None:
            words = _NOT_A_WORD.sub("", block.text[: page.start()] + block.text[page.end() :])
            if len(words) >= NUMBERED_HEAD_MIN_CHARS and "。" not in block.text:
                numbered.setdefault(words, []).append((block.text, page[1] or page[2]))
    for pages in numbered.values():
        numbers = [int(number) for _, number in pages]
        if len(pages) >= DATED_HEAD_MIN_PAGES and numbers == sorted(set(numbers)):
            heads.update(text for text, _ in pages)  # (the pages' numbers rise: 'Lunar Orbiter 3', '… 1' are names)
    for block in blocks:
        text = block.text
        if len(text) > RUNNING_HEAD_MAX_CHARS or not (text[:1].isdigit() or text[-1:] in _ISSUE_ENDS):
            continue
        start = _DATE_AND_TIME.match(text)
        if start is not None and len(text) - start.end() < RUNNING_HEAD_MIN_WORDS:
            continue
        if start is None:  # (or the periodical's name and its issue: '某市人民政府公报 2024年第3期')
            issue = _ISSUE_AT_END.search(text)
            if issue is None or issue.start() < RUNNING_HEAD_MIN_WORDS or _COMMA.search(text) or _STATED.search(text):
                continue
        if text in seen:
            heads.add(text)
        seen.add(text)
    return heads


_ISSUE_ENDS: Final = frozenset("期号號刊")
_ISSUE_AT_END: Final = re.compile(f"(?:{boilerplate.ISSUE_FIELD.pattern})$", re.IGNORECASE)  # (a periodical's issue)
LEAD_REPEAT_WINDOW: Final = 4  # blocks after the opening one where the page's description may recur as the lead


# a forum floor's foot copied as text: its time, then its reply button, maybe with its count ('2022-10-09 21:20',
# '回复(6)'); the member's head above the words: their name, their role, their level
_REPLY_BUTTON: Final = re.compile(r"(?:回复|回覆|reply)(?:\s*[(（]\d+[)）])?", re.IGNORECASE)
_MEMBER_RANK: Final = re.compile(
    r"\d{1,3}|吧务|吧務|楼主|樓主|版主|管理员|管理員|(?:lv|level)\.?\s*\d{1,3}", re.IGNORECASE
)
FLOORS_MIN: Final = 2
FLOOR_NAME_MAX_CHARS: Final = 20


# a floor's head as a thread copied as text writes it: the floor, its member, its time ('楼主 | 小满不吃香菜 | 2024-03-02 09:48',
# '沙发 | 路过的猫 | 2024-03-02 10:11', '3楼 | momo | …'), and the row of controls closing the floor ('回复 举报 只看楼主')
_FLOOR_HEAD: Final = re.compile(
    r"(?P<floor>楼主|樓主|沙发|沙發|板凳|地板|\d{1,4}\s*[楼樓#])\s*[|｜]\s*(?P<name>[^|｜\n]{1,30}?)\s*[|｜]\s*"
    rf"(?:{main_content.TIMESTAMP.pattern})(?::\d{{2}})?\s*"
)
_OPENING_FLOOR: Final = frozenset({"楼主", "樓主"})
_FLOOR_CONTROLS_AFTER: Final = re.compile(
    r"(?:\s*(?:回复|回覆|引用|举报|舉報|只看楼主|只看樓主|支持|反对|反對)(?:\s*[(（]\d+[)）])?){2,}\s*$"
)


def _floors_under_their_heads(body: Body, blocks: list[Block]) -> list[Block]:
    """A thread copied as text, each floor a paragraph opening with its head (``_FLOOR_HEAD``), the original poster's
    first: their floors are the article, without their heads and their rows of controls; the others' floors are
    replies (``strip_comment_threads``), with what follows the last of them (its 'load more', its related questions).
    The blocks as they are when no such thread is there."""
    starts = [i for i, block in enumerate(blocks) if _FLOOR_HEAD.match(block.text)]
    if len(starts) < FLOORS_MIN:
        return blocks
    first = _FLOOR_HEAD.match(blocks[starts[0]].text)
    if first is None or first["floor"] not in _OPENING_FLOOR:
        return blocks
    poster = first["name"].strip()
    kept = blocks[: starts[0]]
    for start, end in zip(starts, [*starts[1:], len(blocks)], strict=True):
        head = _FLOOR_HEAD.match(blocks[start].text)
        if head is None or (head["name"].strip() != poster and head["floor"] not in _OPENING_FLOOR):
            body.count("strip_comment_threads", end - start)
            continue
        words = [blocks[start]._replace(text=blocks[start].text[head.end() :]), *blocks[start + 1 : end]]
        last = words[-1]
        words[-1] = last._replace(text=_FLOOR_CONTROLS_AFTER.sub("", last.text))
        kept += [word for word in words if word.text.strip()]
    return kept


def _original_posters_floors(body: Body, blocks: list[Block]) -> list[Block]:
    """A forum thread copied as text, its floors told apart by their feet (a time, then the reply button): the
    original poster's floors are the article (the first floor's member's, without their heads and feet), the others'
    floors are replies (``strip_comment_threads``). The blocks as they are when no such thread is there."""
    feet = [
        i
        for i in range(len(blocks) - 1)
        if _REPLY_BUTTON.fullmatch(blocks[i + 1].text.strip()) and boilerplate.is_bare_timestamp(blocks[i].text)
    ]
    if len(feet) < FLOORS_MIN:
        return blocks
    floors = [range(0 if n == 0 else feet[n - 1] + 2, foot) for n, foot in enumerate(feet)]
    heads = [_floor_head(blocks, floor, first=n == 0) for n, floor in enumerate(floors)]
    if any(head is None for head in heads):
        return blocks
    poster = blocks[heads[0][0]].text.strip() if heads[0] else ""
    if sum(1 for head in heads if head and blocks[head[0]].text.strip() == poster) < FLOORS_MIN:
        return blocks  # (the member who opened it posts again: a thread, no list of dated entries)
    # the poster's signature: the line that ends each of their floors, word for word ('——装修不易，且装且珍惜。…')
    ends = Counter(
        blocks[floor.stop - 1].text
        for floor, head in zip(floors, heads, strict=True)
        if head and blocks[head[0]].text.strip() == poster
    )
    signature = next((text for text, times in ends.items() if times >= FLOORS_MIN), None)
    kept: list[Block] = []
    for n, floor in enumerate(floors):
        head = heads[n] or []
        if blocks[head[0]].text.strip() != poster:
            body.count("strip_comment_threads", feet[n] + 2 - floor.start)
            continue
        words = [blocks[i] for i in floor if i not in head]
        if words and words[-1].text == signature:
            words.pop()
            body.count("drop_forum_footers")
        kept += words
        body.count("drop_forum_footers", len(head) + 2)
    after = feet[-1] + 2
    return kept + blocks[after:]


# a social thread's post head copied as text: the writer's name, then their handle on a line of its own ('林间馆员',
# '@lin_lib@shuzi.example.social'), maybe the post's date under it
_HANDLE_LINE: Final = re.compile(r"@([\w.\-]{2,60})(?:@[\w.\-]{2,60})?")


class _PostHead(NamedTuple):
    at: int  # where the head stands
    size: int  # its lines
    who: str  # the writer, casefolded
    marked: bool  # the forum marks them as the thread's original poster ('樓主')
    opens: bool  # the head numbers the thread's first floor ('1樓 …', '#1 …')
    said: str  # the post's words on the head's line, after it ('' when none)


def _original_posters_posts(body: Body, blocks: list[Block]) -> list[Block]:
    """A social thread or a forum's thread copied as text, its posts told apart by their heads (a name, then the handle;
    or a floor's number, the writer and the time on one line): the original poster's posts are the article, without
    their heads, unless one answers a reader ('@…'); the others' are replies (``strip_comment_threads``), and the
    page's lines above the first post are its header. The blocks as they are when no such thread is there."""
    heads = [head for i in range(len(blocks)) if (head := _post_head(blocks, i)) is not None]
    if len(heads) < FLOORS_MIN:
        return blocks
    first = heads[0]
    # (the poster is the first post's writer, or the one the forum marks as such: '#4 樓主 渡海小薯 · …')
    marked = next((head.who for head in heads if head.marked), None)
    if marked is None and any(_is_stated_prose(block) for block in blocks[: first.at]):
        # (the first floor's head went with the page's lines: the poster is who posts most, twice at least)
        marked = Counter(head.who for head in heads).most_common(1)[0][0]
    poster = marked or first.who
    # (twice at least, unless the first head went or numbers the thread's first floor: the replies follow it)
    if sum(1 for head in heads if head.who == poster) < FLOORS_MIN - (first.who != poster or first.opens):
        return blocks
    kept: list[Block] = []
    if first.who != poster:
        kept += blocks[: first.at]  # (the first post's head went with the page's lines: its words stand above)
    elif any(_is_stated_prose(block) for block in blocks[: first.at]):
        return blocks  # (an article above the thread it quotes)
    else:
        body.count("drop_site_link_lines", first.at)
    for n, head in enumerate(heads):
        end = heads[n + 1].at if n + 1 < len(heads) else len(blocks)
        words = head.at + head.size
        while words < end and (
            boilerplate.is_bare_timestamp(blocks[words].text)
            or boilerplate.POST_AGE.fullmatch(blocks[words].text.strip())
        ):
            words += 1  # (the post's date or its age under its head)
        opening = head.said or (blocks[words].text if words < end else "")
        if head.who != poster or _answers_a_reader(opening):
            body.count("strip_comment_threads", end - head.at)
            continue
        body.count("drop_bylines", words - head.at)
        said = head.said.lstrip(" |·•")
        if said and boilerplate.text_rule_for(said) is None:
            kept.append(Block(blocks[head.at].kind, said))
        kept += blocks[words:end]
    return kept


# a forum floor's head on one line: its number, the poster's mark, the writer and the time ('#4 樓主 渡海小薯 ·
# 2023/06/04 00:02', '#2 飛機欖 · 2023/06/03 23:15')
_FLOOR_HEAD_LINE: Final = re.compile(
    rf"[#＃](?P<number>\d{{1,5}})\s+(?:(?P<marked>{_POSTER_MARK})\s+)?(?P<who>[^\s·•|（(]{{1,20}}?)"
    # (the poster's mark after the name: '阿哲的工具箱（樓主）'; the time after a dot or a gap; a line of the post may
    # follow, glued to the head where no line break was kept: '#2 大安水電行 2021-08-03 23:02 ┃ 引用 …')
    rf"(?:[（(](?P<op_after>{_POSTER_MARK})[）)])?(?:\s*[·•|]\s*|\s+)"
    r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?P<said_after>\s+\S.*)?"
    # (or a floor, the writer and the labelled time, a reply's words maybe after it: '4楼 老放映员周 时间：2016-04-03
    # 21:05:33', '1樓 樓主：阿康 發表於 2024-6-12 17:20', '#2楼 山羊仔 发表于 2024-6-12 18:03 多謝分享！')
    rf"|[#＃]?\s*(?P<floor>\d{{1,5}})\s*(?:楼|樓|F)\s*(?:(?P<op>{_POSTER_MARK})\s*[:：]?\s*)?"
    rf"(?P<writer>[^\s·•|：:]{{1,20}})\s+{_FLOOR_TIME_LABEL}\s*[:：]?\s*"
    r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?P<said>\s+\S.*)?"
)


# a post that opens by quoting a member it answers ('┃ 引用 新手屋主小林：可以私訊嗎？'); the poster quoting their own
# earlier article says whence ('引用自 阿哲 於 2020-06-11 發表的〈…〉')
_QUOTES_A_MEMBER: Final = re.compile(
    r"[┃│|>]?\s*(?:引用|回复|回覆|quote)(?!自)\s*[^\s：:]{1,20}\s*[：:]", re.IGNORECASE
)


def _answers_a_reader(text: str) -> bool:
    """Whether a post's words open by answering a reader: their handle ('@…'), or a quote of what they wrote."""
    text = text.lstrip()
    return text.startswith(("@", "＠")) or _QUOTES_A_MEMBER.match(text) is not None


def _heads_a_floor(blocks: list[Block], i: int) -> bool:
    """Whether a line is the head of a forum's floor ('#4樓 Mandy 發表於 …') in a thread of two such floors at least:
    ``_original_posters_posts`` tells the floors apart by them, the poster's from the replies."""
    if i + 1 >= len(blocks) or _post_head(blocks, i) is None:
        return False
    return any(j != i and _post_head(blocks, j) is not None for j in range(len(blocks) - 1))


def _post_head(blocks: list[Block], i: int) -> _PostHead | None:
    """The head of a post in a thread at ``i`` (``_PostHead``); None when there is none."""
    text = blocks[i].text.strip()
    floor = _FLOOR_HEAD_LINE.fullmatch(text) if text[:1] in "#＃" or text[:1].isdigit() else None
    if floor is not None:
        return _PostHead(
            i,
            1,
            (floor["who"] or floor["writer"]).casefold(),
            bool(floor["marked"] or floor["op"] or floor["op_after"]),
            int(floor["number"] or floor["floor"]) == 1,
            (floor["said"] or floor["said_after"] or "").strip(),
        )
    after = blocks[i + 1].text.lstrip() if i + 1 < len(blocks) else ""
    handle = _HANDLE_LINE.fullmatch(after.rstrip()) if after[:1] == "@" else None
    if handle is not None and _COMMENT_NAME_LINE.fullmatch(text):
        return _PostHead(i, 2, handle.group(1).casefold(), False, False, "")
    return None


def _floor_head(blocks: list[Block], floor: range, first: bool) -> list[int] | None:
    """Where a floor's member's head stands in it: their name on a short line before the words, their role and their
    level after it on lines of their own ('老周修房子', '吧务', '10'); None when the floor has no such head. The first
    floor has the page's header above it: its head is the one right above the words."""
    # (the words: the first long line or sentence, or the floor's last line, a short reply)
    words = next((i for i in floor if len(blocks[i].text) > FLOOR_NAME_MAX_CHARS or _is_stated_prose(blocks[i])), None)
    if words is None:
        words = floor.stop - 1
    candidates = [
        i
        for i in range(floor.start, words)
        if not _REPLY_BUTTON.fullmatch(blocks[i].text.strip()) and not _MEMBER_RANK.fullmatch(blocks[i].text.strip())
    ]
    name = next(iter(candidates), None)
    if first:  # (the last name over its rank line: the page's header and the thread's title come before it)
        name = next(
            (
                i
                for i in range(floor.stop - 2, floor.start - 1, -1)
                if _MEMBER_RANK.fullmatch(blocks[i + 1].text.strip())
                and _COMMENT_NAME_LINE.fullmatch(blocks[i].text.strip())
            ),
            candidates[-1] if candidates else None,
        )
    if name is None or not _COMMENT_NAME_LINE.fullmatch(blocks[name].text.strip()):
        return None
    head = [name]  # (the name first)
    above = name - 1
    while above >= floor.start and _REPLY_BUTTON.fullmatch(blocks[above].text.strip()):
        head.append(above)  # (the reply button of the page's toolbar above the first floor)
        above -= 1
    at = name + 1
    while at < floor.stop - 1 and _MEMBER_RANK.fullmatch(blocks[at].text.strip()):
        head.append(at)
        at += 1
    return head


def _repeated_after_the_headline(blocks: list[Block], i: int) -> bool:
    """Whether the article's opening quote recurs word for word a heading later (a converter put the page's
    description, its first paragraph, above the headline as a quote; the article then opens with it)."""
    text = blocks[i].text
    if i or blocks[i].kind != "quote" or len(text) < boilerplate.REPEATED_NEIGHBOUR_MIN_CHARS:
        return False  # (set apart as a quote: a section that begins by repeating the lead is the author's)
    after = blocks[i + 1 : i + 1 + LEAD_REPEAT_WINDOW]
    at = next((j for j, block in enumerate(after) if block.text == text), -1)
    return at > 0 and any(block.kind == "heading" for block in after[:at])


_CAP_NAMES: Final = ("cap", "initial", "drop", "first")
# the words of a page that sets a drop cap (substrings, scanned fast; 'initial-scale' is a viewport's, not a cap)
_DROP_CAP_WORDS: Final = (
    "dropcap",
    "drop-cap",
    "drop_cap",
    "DropCap",
    "dropCap",
    'initial"',
    "initial ",
    "first-letter",
    "float:left",
    "float: left",
    'cap"',
)


def _lead_figures_out_of_headers(root: LexborNode) -> None:
    """Set an article's lead picture with its caption, which its <header> holds beside the headline and byline, right
    after the header: the header goes as the page's (its title and byline are the post's fields), the caption is the
    article's."""
    for figure in reversed(root.css("article header figure")):  # (each set right after: in their order)
        header = figure.parent
        while header is not None and header.tag != "header":
            header = header.parent
        if header is None or figure.css_first("figcaption") is None:
            continue
        header.insert_after(figure)
        figure.decompose()


def _join_drop_caps(root: LexborNode) -> None:
    """Put a drop cap set in a box of its own before its paragraph back into the paragraph
    ('<span class="initial">攤</span><p>位夾在…'): a letter alone, named as a cap (or floated), right before a <p>."""
    for cap in root.css("span, b, strong, font, big"):
        letter = cap.text(deep=True).strip()
        if len(letter) != 1 or not letter.isalpha():
            continue
        names = " ".join(_class_and_id(cap.attributes)).lower()
        if not any(word in names for word in _CAP_NAMES) and "float" not in (cap.attributes.get("style") or ""):
            continue
        after = _beside(cap, forward=True)
        if after is None or after.tag != "p" or after.child is None:
            continue
        after.child.insert_before(letter)
        cap.decompose()


# the marks a table's cell may hold as its value: ticks and crosses, stars, circles, dashes for none
_TABLE_MARK: Final = re.compile(r"[✓✔☑✗✘✕✖×☒○●◎◯△▲▽▼☆★◇◆□■—–\-－~～/／?？√]{1,5}")


# a block that is a quote in BBCode, whole ('[quote="阿青, post:1"]…[/quote]'): a quote, once its codes go
_BBCODE_QUOTE: Final = re.compile(r"\s*\[quote(?:=[^\]]{0,300})?\].*\[/quote\]\s*", re.IGNORECASE | re.DOTALL)


# A box of the page's links set above and below the article word for word (a series' list of parts, a menu): three
# short lines at least, a link among them, one copy before the article's first sentence and one after three quarters
# of its sentences' text at least (the page's comments may follow it). An article repeats runs of its own lines amid its
# text (a chart's labels, a poem's refrain, a list it sums up again), never around it so; an event's times, set at
# its top and again in its details, are no links.
REPEATED_BOX_MIN_BLOCKS: Final = 3
REPEATED_BOX_LINE_MAX_CHARS: Final = 40


def _boxes_above_and_below(blocks: list[Block]) -> set[int]:
    """Positions of both copies of such a box (``drop_repeated_boxes``)."""
    short = [len(block.text) <= REPEATED_BOX_LINE_MAX_CHARS for block in blocks]
    if sum(short) < 2 * REPEATED_BOX_MIN_BLOCKS:
        return set()
    prose = [i for i, block in enumerate(blocks) if _is_stated_prose(block)]
    if not prose:
        return set()
    size = REPEATED_BOX_MIN_BLOCKS
    above = {
        tuple(block.text for block in blocks[i : i + size]): i
        for i in range(prose[0] - size + 1)
        if all(short[i : i + size])
    }
    found: set[int] = set()
    # (after three quarters of the prose's text: readers' comments after the article are short)
    total, so_far, start = sum(len(blocks[i].text) for i in prose), 0, prose[-1]
    for at in prose:
        so_far += len(blocks[at].text)
        if 4 * so_far >= 3 * total:
            start = at
            break
    for i in range(start + 1, len(blocks) - size + 1):
        run = tuple(block.text for block in blocks[i : i + size])
        if all(short[i : i + size]) and run in above and any(block.link_only for block in blocks[i : i + size]):
            found.update(range(above[run], above[run] + size), range(i, i + size))
    return found


LINK_TAIL_MAX_CHARS: Final = 8
LINK_TAIL_MIN_BLOCKS: Final = 3


def _without_repeated_link_tails(body: Body) -> None:
    """A link of the page closing three or more of the article's paragraphs right after their last sentence, word for
    word (a law database's '法宝联想' after each article, '查看原帖' after each item of a digest): a control the site sets
    after each, no word of the text. It goes from each (``strip_repeated_link_tails``); the paragraphs stay."""
    links = [link.text for link in body.links if link.text and len(link.text) <= LINK_TAIL_MAX_CHARS]
    tails = {
        text
        for text in (*links, *body.control_links)
        if boilerplate.has_word(text) and not _SENTENCE_END_MARK.search(text)
    }
    if not tails:
        return
    closed: dict[str, list[int]] = {}
    endings = tuple(tails)
    for i, block in enumerate(body.blocks):
        if block.kind == "preformatted" or not block.text.endswith(endings):
            continue
        for tail in tails:
            if block.text.endswith(tail) and _ENDS_A_SENTENCE.search(block.text[: -len(tail)].rstrip()):
                closed.setdefault(tail, []).append(i)
    for tail, at in closed.items():
        if len(at) < LINK_TAIL_MIN_BLOCKS:
            continue
        for i in at:
            block = body.blocks[i]
            body.blocks[i] = block._replace(text=block.text[: -len(tail)].rstrip())
        body.count("strip_repeated_link_tails", len(at))


def _apply_text_rules(body: Body) -> None:
    _without_repeated_link_tails(body)
    body.blocks = _chat_message(body, body.blocks)
    boxes = _boxes_above_and_below(body.blocks)
    if boxes:
        body.count("drop_repeated_boxes", len(boxes))
        body.blocks = _without(body.blocks, boxes)
    kept: list[Block] = []
    timeline: bool | None = None  # looked at once, when a bare date opens the article
    first_under: Block | None = None  # the first block kept under the last thematic break
    chrome_under = 0  # the blocks a rule dropped under it
    under_a_break = False
    # the kept block before the last related-reading label a rule dropped (None: the label opened the text), and
    # whether there was one: the titles under it are still the list's
    after_related: tuple[Block | None] | None = None
    after_comments: tuple[Block | None] | None = None  # (the same for the comments' label)
    price_before: tuple[int, int] | None = None  # a price line a rule dropped: where, and how many blocks were kept
    ad_opened: int | None = None  # how many blocks were kept when an ad's opening label was dropped
    for i, block in enumerate(body.blocks):
        if _is_a_break(block):
            if any(not _is_a_break(after) for after in body.blocks[i + 1 :]):  # (a closing rule bounds nothing)
                under_a_break, first_under, chrome_under = True, None, 0
            if block.kind == THEMATIC_BREAK:
                continue  # (a line of dashes written as text is an empty block too, and counted so)
        keep_lines = block.kind == "preformatted"  # code: its lines and spaces stay
        for name, rewrite in (
            ("strip_literal_markup", boilerplate.strip_literal_markup),
            ("strip_liquid_tags", boilerplate.strip_liquid_tags),
            ("strip_shortcodes", boilerplate.strip_shortcodes),
            ("strip_screen_reader_labels", boilerplate.strip_screen_reader_labels),
        ):
            text = rewrite(block.text, keep_lines)
            if text != block.text:
                if name != "strip_liquid_tags" or "{%" in block.text or "{{" in block.text:
                    body.count(name)
                quoted = name == "strip_shortcodes" and _BBCODE_QUOTE.fullmatch(block.text) is not None
                block = Block("quote" if quoted else block.kind, text, block.link_only)
        if not keep_lines and boilerplate.may_hold_residue(block.text):
            for name, rewrite in (
                ("strip_office_residue", boilerplate.strip_office_residue),
                ("strip_icon_glyphs", boilerplate.strip_icon_glyphs),
                ("strip_fold_links", boilerplate.strip_fold_links),
                ("strip_edit_links", boilerplate.strip_edit_links),
                ("strip_more_links", boilerplate.strip_more_links),
                ("strip_trailing_credits", boilerplate.strip_trailing_credits),
            ):
                text = rewrite(block.text, keep_lines)
                if text != block.text:
                    body.count(name)
                    block = Block(block.kind, text, block.link_only)
        if keep_lines:  # code is the author's, verbatim: a notice or a label in it is an example, not chrome
            rule = None if boilerplate.has_word(block.text) else "drop_empty_blocks"
            if rule is None and boilerplate.is_line_number_gutter(block.text):
                rule = "drop_line_numbers"
        else:
            rule = boilerplate.text_rule_for(block.text, block.link_only)
            if rule == "drop_empty_blocks" and block.kind == "table_cell" and _TABLE_MARK.fullmatch(block.text.strip()):
                rule = None  # a table's mark is its cell's value ('✔', '✘', '—': yes, no, none)

            if rule is None and block.kind == "paragraph" and boilerplate.is_category_line(block.text):
                rule = "drop_keyword_lines"
            if rule is None and block.leads_to == "" and _is_link_control(block.kind, block.text):
                rule = "drop_interface_labels"  # a control made as a link that leads nowhere ('Translate post')
            if rule is None and block.link_only and _labels_a_pointer(_lead_of(block.text), block.text):
                rule = "drop_interface_labels"  # the label inside the link ('<a>另请参阅：古籍修复师…</a>')
            if (
                rule is None
                and block.kind == "paragraph"
                and block.link_only
                and block.leads_to
                and _is_tag_link(block.text, block.leads_to)
            ):
                rule = "drop_keyword_lines"  # a tag alone on its line, linked to the site's page of the tag
            if rule is not None and _the_articles_own(rule, body.blocks, i, kept):
                rule = None
            elif rule is None and not kept and _repeated_after_the_headline(body.blocks, i):
                rule = "drop_repeated_neighbours"  # the page's description above the headline, then the lead itself
            elif (
                rule is None
                and boilerplate.is_byline_stamp(block.text)
                and _beside_the_prose(body.blocks, i, kept)
                and not _heads_a_floor(body.blocks, i)
            ):
                rule = "drop_datelines"  # a byline with the page's time, above or below the article
            elif rule is None and boilerplate.is_section_menu(block.text) and _beside_the_prose(body.blocks, i, kept):
                rule = "drop_site_link_lines"  # the site's sections as a line, above or below the article
            elif (
                rule is None
                and block.kind == "paragraph"
                and block.text.strip().lower() in _FOLLOW_BUTTONS
                and not any(map(_is_stated_prose, kept))
                and len(_run_of_lines(body.blocks, i, _MENU_ITEM)) < MENU_RUN_MIN_LINES
            ):
                # the button beside the writer's name above the article ('关注'), not a menu's tab ('熱門 最新 追蹤')
                rule = "drop_follow_prompts"
            elif (
                rule is None
                and len(block.text) <= PLATFORM_LINE_MAX_CHARS
                and _in_a_column_of_platforms(body.blocks, i)
            ):
                rule = "drop_share_captions"  # the share buttons copied one a line ('微信', '微博', 'QQ空间')
            elif rule is None and block.kind == "paragraph" and _is_menu_row_above(body.blocks, i, kept):
                rule = "drop_site_link_lines"  # the page's row of menus or tools above the article
            elif rule is None and boilerplate.is_pictograph_row(block.text) and _beside_the_prose(body.blocks, i, kept):
                rule = "drop_interface_labels"  # a row of tools and hints, each with its pictograph, by the article
            elif (
                rule is None
                and block.kind == "paragraph"
                and boilerplate.is_section_trail(block.text)
                and not any(map(_is_stated_prose, kept))
            ):
                rule = "drop_site_link_lines"  # the site's trail to the post's section, above the article
            elif rule is None and block.kind == "paragraph" and _is_labelled_titles_row(block.text):
                rule = "strip_related_articles"  # '往期回顾：第8篇｜渔村的数字怎么数 · 第7篇｜…'
            elif rule is None and _is_menu_item_line(body.blocks, i) and not any(map(_is_stated_prose, kept)):
                rule = "drop_site_link_lines"  # the site's menu written one item a line above the article
            elif rule is None and _is_footer_field_between(body.blocks, i, kept):
                rule = "drop_page_meta"  # '服務時間：…' between the footer's copyright and its browser advice
            elif rule is None and _is_labelled_teaser(body.blocks, i):
                rule = "strip_related_articles"  # '编辑推荐' over another article's teaser and its pointer
                if kept and kept[-1] is body.blocks[i - 1]:
                    kept.pop()  # (its label with it)
                    body.count(rule)
        if (
            rule is None
            and block.kind == "paragraph"
            and boilerplate.POST_AGE.fullmatch(block.text.strip())
            and not any(map(_is_stated_prose, kept))
        ):
            rule = "drop_datelines"  # a social post's age above its words ('5 小時'), its writer's handle over it
            if kept and kept[-1] is body.blocks[i - 1] and _COMMENT_NAME_LINE.fullmatch(kept[-1].text.strip()):
                kept.pop()
                body.count("drop_bylines")
        elif (
            rule is None
            and boilerplate.is_bare_timestamp(block.text)
            # (under the headline and the source's note only: '红旗影剧院的最后一场电影', '2018-04-22 11:10')
            and all(
                b.kind == "heading" or is_origin_note(b.text) or (at == 0 and _reads_as_a_headline(b.text))
                for at, b in enumerate(kept)
            )
        ):
            if timeline is None:
                timeline = is_timeline(body.blocks)
            if not timeline:  # the first entry of a timeline that opens the article is the article's
                rule = "drop_datelines"  # the page's date and time above the article; published_at holds it
        elif (
            rule is None
            and kept
            and not (block.kind == kept[-1].kind == "table_cell")  # (a row's cells may say the same: '✔', '✔')
            and boilerplate.repeats_neighbour(block.text, kept[-1].text)
        ):
            rule = "drop_repeated_neighbours"
            if kept[-1].kind == "quote" and block.kind == "paragraph" and len(block.text) >= len(kept[-1].text):
                kept[-1] = block  # a pull quote set before its paragraph: the paragraph is the text, in its place
        elif rule is None and kept and boilerplate.collapsed_copy(block.text, kept[-1].text):
            rule = "drop_collapsed_copies"
            kept[-1] = Block(kept[-1].kind, boilerplate.without_toggle(kept[-1].text), kept[-1].link_only)
        elif rule is None and kept and boilerplate.collapsed_copy(kept[-1].text, block.text):
            rule = "drop_collapsed_copies"  # the cut copy came first: the whole one takes its place
            kept[-1] = Block(block.kind, boilerplate.without_toggle(block.text), block.link_only)
        if rule is None:
            kept.append(block)
            if under_a_break and first_under is None:
                first_under = block
        else:
            body.count(rule)
            if rule == "drop_breadcrumb_lines" and kept and not any(map(_is_stated_prose, kept)):
                # the page's trail from its home page opens the article: the lines above it are the page's header
                # and its sidebars ('常見問答分類', '戶籍登記（12）', '熱門問答' over the other questions)
                body.count("drop_site_link_lines", len(kept))
                kept.clear()
            if (
                rule == "drop_interface_labels"
                and _ANSWER_TALLY.search(block.text)
                and not any(_is_stated_prose(b) and not main_content.QUESTION_END.search(b.text) for b in kept)
            ):
                # a Q&A site's answer opens with its tally: the lines above it are the answerer's name and bio
                # ('匠人老许', '做了二十年木工，现在主要修老房子', '1,206 人赞同了该回答'); the question over them stays
                card = 0
                while (
                    card < min(len(kept), ANSWERER_CARD_MAX_LINES)
                    and kept[-1 - card].kind == "paragraph"
                    and len(kept[-1 - card].text) <= ANSWERER_CARD_MAX_CHARS
                    and not main_content.QUESTION_END.search(kept[-1 - card].text)
                ):
                    card += 1
                if card:
                    body.count("drop_author_bios", card)
                    del kept[len(kept) - card :]
            if rule == "drop_ad_labels" and boilerplate.AD_LABELS.match(block.text.strip()):
                ad_opened = len(kept)
            elif (
                rule == "drop_ad_labels"
                and ad_opened is not None
                and boilerplate.AD_END_MARK.fullmatch(block.text.strip())
            ):
                # an ad set in the text between its label and the mark of its end ('—— 广告 ——', its copy, '—— 广告结束
                # ——'): what stands between goes with them
                if 0 < len(kept) - ad_opened <= AD_BETWEEN_MAX_BLOCKS and all(
                    b.kind != "heading" for b in kept[ad_opened:]
                ):
                    body.count(rule, len(kept) - ad_opened)
                    del kept[ad_opened:]
                ad_opened = None
            if rule == "drop_ad_labels" and boilerplate.PRICE_LINE.fullmatch(block.text.strip()):
                # a product card's name over its price ('童途 小学生双肩包 带胸扣 15L', '¥159'), and its label over the
                # name ('推荐行程', '热卖')
                for above in range(i - 1, max(i - 1 - CARD_HEAD_MAX_LINES, -1), -1):
                    if not (
                        kept
                        and kept[-1] is body.blocks[above]
                        and kept[-1].kind == "paragraph"
                        and len(kept[-1].text) <= PRODUCT_NAME_MAX_CHARS
                        and not _STATED.search(kept[-1].text)
                    ):
                        break
                    kept.pop()
                    body.count(rule)
                price_before = (i, len(kept))
            elif (
                rule == "drop_ad_labels" and price_before is not None and i - price_before[0] <= CARD_BODY_MAX_LINES + 1
            ):
                # a card that opens with its price, then its name and what it gives, then its count ('NT$ 500',
                # '小小書友', '感謝函一封…', '已有 412 人贊助'): the lines between are the card's
                between = kept[price_before[1] :]
                if len(between) == i - price_before[0] - 1 and all(
                    b.kind == "paragraph" and len(b.text) <= CARD_LINE_MAX_CHARS for b in between
                ):
                    del kept[price_before[1] :]
                    body.count(rule, len(between))
                price_before = None
            if under_a_break and rule != "drop_empty_blocks":
                chrome_under += 1
            if (
                (rule == "drop_copyright_lines" or (rule == "drop_interface_labels" and _PAGE_TOOLS.search(block.text)))
                and not under_a_break
                and any(map(_is_stated_prose, kept))
            ):
                # the site's copyright after the article opens its footer, as a break would: the few short lines
                # under it beside the footer's others are the same footer's (a tip box, the writer's card); so does
                # the page's row of tools under the article ('［回上一頁］　［列印］': the office's address and hours)
                under_a_break, first_under, chrome_under = True, None, 1
            if rule != "drop_empty_blocks" and main_content.reads_as_related_label(block.text):
                after_related = (kept[-1] if kept else None,)
            if rule != "drop_empty_blocks" and _labels_comments(block.text):
                after_comments = (kept[-1] if kept else None,)
            elif (
                after_comments is None
                and rule == "drop_interface_labels"
                and any(map(_is_stated_prose, kept))
                and boilerplate.is_status_line(block.text)
            ):
                # the post's counts and buttons close it, as a label would its comments: those under them need none
                after_comments = (kept[-1],)
            elif (
                _ALL_COMMENTS_POINTER.match(block.text)
                and (at := _after(kept, after_comments)) is not None
                and at < len(kept)
                and all(_COMMENT_LINE.match(b.text) for b in kept[at:])
            ):
                # a box of the post's first comments amid a thread, from its label to its pointer to all of them
                body.count("strip_comment_threads", len(kept) - at)
                del kept[at:]
            if rule == "drop_staff_credits" and block.text not in body.credits:  # (under each picture: one credit)
                body.credits.append(block.text)
                if body.lead_credits == len(body.credits) - 1 and not any(map(_is_stated_prose, kept)):
                    body.lead_credits += 1  # (a byline above the article names the writer where the post names none)
    heads = _running_heads(kept, body.blocks)
    if heads:
        before = len(kept)
        kept = [block for block in kept if block.text not in heads]
        body.count("drop_datelines", before - len(kept))
    kept = _over_the_jump(body, kept)
    kept = _original_posters_floors(body, kept)
    kept = _original_posters_posts(body, kept)
    kept = _floors_under_their_heads(body, kept)
    copies = boilerplate.second_copies([block.text for block in kept])
    if copies:
        body.count("drop_second_copies", len(copies))
        kept = kept[: copies.start] + kept[copies.stop :]
    pulled = _pull_quotes(kept)
    if pulled:
        body.count("drop_repeated_neighbours", len(pulled))
        kept = _without(kept, pulled)
    cut = [i for i in range(len(kept) - 1) if kept[i].text.endswith(_ELLIPSES) and _cut_copy_of_what_follows(kept, i)]
    if cut:
        body.count("drop_collapsed_copies", len(cut))
        kept = _without(kept, set(cut))
    titles = _related_titles_start(kept)
    label_at = _after(kept, after_related)
    if titles is None and label_at is not None and _titles_after_a_dropped_label(kept, label_at):
        titles = label_at
    if titles is not None:
        body.count("strip_related_articles", len(kept) - titles)
        kept = kept[:titles]
    contents = _contents_lines(kept) | _anchor_contents(kept)
    if contents:
        body.count("drop_orphan_headings", len(contents))
        kept = _without(kept, contents)
    # A label with nothing after it headed what was removed ('相关链接：', 'You may also like:', '…的最新日記（全部）'):
    # it ends no article. A section heading where an excerpt was cut ('2. 山区的夜校') is the article's own.
    orphans = 0
    while len(kept) > 1 and _is_orphan_label(kept[-1]) and any(b.kind != "heading" for b in kept[:-1]):
        kept.pop()
        orphans += 1
    if orphans:
        body.count("drop_orphan_headings", orphans)
    # a table of contents' label whose list of links went: the first section's heading follows it
    # (or a contents label over the text itself: its list of links was pruned)
    toc = [
        i
        for i in range(len(kept) - 1)
        if (kept[i + 1].kind == "heading" and _is_toc_label(kept[i].text))
        or (_is_stated_prose(kept[i + 1]) and _CONTENTS_LABEL.match(kept[i].text))
    ]
    if toc:
        body.count("drop_orphan_headings", len(toc))
        kept = _without(kept, set(toc))
    counters = _slide_counters(kept)
    if counters:
        body.count("drop_gallery_counters", len(counters))
        kept = _without(kept, counters)
    accounts = _account_lines(kept)
    if accounts:
        body.count("drop_follow_prompts", len(accounts))
        kept = _without(kept, accounts)
    # a repost's note of where it came from above the article ('本文經授權轉載自《…》', '来源：乡土观察'): the post's credit
    # (several: '原标题：…' over '来源：…'; the headline repeated may stand between them and the prose)
    # (the headline may stand above them, a page's copy as text: '红旗影剧院的最后一场电影' over '来源：临水融媒')
    first = int(
        len(kept) > 2
        and not is_origin_note(kept[0].text)
        and _reads_as_a_headline(kept[0].text)
        and is_origin_note(kept[1].text)
    )
    notes = next((i for i, block in enumerate(kept) if i >= first and not is_origin_note(block.text)), len(kept))
    if notes > first and any(_is_stated_prose(block) for block in kept[notes : notes + 2]):
        body.credits[body.lead_credits : body.lead_credits] = [block.text for block in kept[first:notes]]
        body.lead_credits += notes - first
        body.count("drop_closing_notices", notes - first)
        kept = kept[:first] + kept[notes:]
    opening = [
        i
        for i in range(min(len(kept), OPENING_NOTICE_SPAN))
        if kept[i].kind == "paragraph" and boilerplate.OPENING_NOTICE.match(kept[i].text)
    ]
    if opening and not any(_is_stated_prose(block) for block in kept[: opening[0]]):
        body.count("drop_closing_notices")
        del kept[opening[0]]  # the site's disclaimer above the article
    summary = _generated_summary(kept)
    if summary:
        body.count("drop_generated_summaries", len(summary))
        kept = _without(kept, summary)
    properties = _property_table(kept) | _citation_box(kept)
    if properties:
        body.count("drop_page_meta", len(properties))
        kept = _without(kept, properties)
    cards = _sales_cards(kept)
    if cards:
        body.count("drop_ad_labels", len(cards))
        kept = _without(kept, cards)
    for at, block in enumerate(kept[:-1]):  # (the last block's: ``_chrome_after_the_end``)
        glued = _glued_label_start(block.text) if block.kind == "paragraph" else None
        if glued is not None:
            body.count("drop_interface_labels")
            kept[at] = Block(block.kind, block.text[:glued].rstrip(), block.link_only, block.leads_to)
    tail = _chrome_after_the_end(kept[-1].text) if kept else None
    if tail is not None:
        rule, start = tail
        body.count(rule)
        last = kept[-1]
        kept[-1] = Block(last.kind, last.text[:start].rstrip(), last.link_only, last.leads_to)
    closed = _without_closing_boxes(body, kept, after_comments)
    if first_under is not None:
        closed = _without_tail_under_a_break(body, kept, closed, first_under, chrome_under)
    # a heading whose section the rules took whole ('## Contributors ✨' over a project's thanks) is an orphan too; a
    # section heading where an excerpt was cut has nothing after it, and stays
    while (
        len(closed) > 1 and _headed_what_went(body.blocks, closed[-1]) and any(b.kind != "heading" for b in closed[:-1])
    ):
        closed.pop()
        body.count("drop_orphan_headings")
    body.blocks = closed


THEMATIC_BREAK: Final = "break"  # the kind of the walker's mark for an <hr>, which no block of the body keeps
# a line of rule characters set as a paragraph ('━━━━━━', '——', '* * *', '~~~~~~')
_RULE_LINE: Final = re.compile(r"\s*(?:[—━─═]\s*){2,}|\s*(?:[-–―＝=_~～*＊·•◆◇❖✦]\s*){3,}")
RULE_LINE_MAX_CHARS: Final = 80


def _is_rule_line_or_end_mark(text: str) -> bool:
    """A line of rule characters, or the article's end mark ('— END —', '—— 本期完 ——', '（完）'): a break either way."""
    return len(text) <= RULE_LINE_MAX_CHARS and (
        _RULE_LINE.fullmatch(text) is not None or (len(text) <= 20 and boilerplate.END_ORNAMENT.match(text) is not None)
    )


UNDER_A_BREAK_MAX_BLOCKS: Final = 5
UNDER_A_BREAK_MAX_CHARS: Final = 160  # each
UNDER_A_BREAK_SHARE: Final = 3  # the lines under the break hold at most a third as much text as the article above it
# a source's or a note's mark: the author's references under a rule ('[1] …', '参考资料：', '注：'), which stay, and
# the author's afterword
_REFERENCE_MARK: Final = re.compile(
    r"^\W{0,2}(?:\[\d{1,3}\]|［\d{1,3}］|[(（]\d{1,3}[)）]|参考|參考|注释|註釋|注[:：]|註[:：]|资料来源|資料來源"
    # (or the translator's, the writer's, the editor's own words after the text: '譯後記：…', '后记', '编者按：')
    r"|译后记|譯後記|译者注|譯者註|译者按|譯者按|后记|後記|附记|附記|补记|補記|编后|編後|编者按|編者按|作者按"
    r"|references?\b|sources?\b|notes?\b|bibliography)",
    re.IGNORECASE,
)


def _is_a_break(block: Block) -> bool:
    """Whether a block is a thematic break: an <hr>, or a rule line or an end mark written as a paragraph."""
    return block.kind == THEMATIC_BREAK or (block.kind == "paragraph" and _is_rule_line_or_end_mark(block.text))


MENU_ITEM_MAX_CHARS: Final = 8
MENU_RUN_MIN_LINES: Final = 3
_MENU_ITEM: Final = re.compile(r"[^\W\d_]{2,8}")  # a bare word or two, no mark, no figure
_HOME_ITEMS: Final = frozenset({"首页", "首頁", "主页", "主頁", "网站首页", "網站首頁", "home"})


def _run_of_lines(blocks: list[Block], i: int, pattern: re.Pattern[str]) -> range:
    """The paragraphs in a row around ``i`` that are each a line ``pattern`` matches whole (empty if ``i``'s isn't)."""

    def item(at: int) -> bool:
        return blocks[at].kind == "paragraph" and pattern.fullmatch(blocks[at].text.strip()) is not None

    if not item(i):
        return range(i, i)
    start = i
    while start > 0 and item(start - 1):
        start -= 1
    end = i + 1
    while end < len(blocks) and item(end):
        end += 1
    return range(start, end)


def _is_menu_item_line(blocks: list[Block], i: int) -> bool:
    """Whether a short bare word on its line is one of a site's menu written one item a line: three such lines in a row
    or more, the home page's among them ('首页', '馆情介绍', '读者服务', …)."""
    run = _run_of_lines(blocks, i, _MENU_ITEM)
    return len(run) >= MENU_RUN_MIN_LINES and any(blocks[at].text.strip().lower() in _HOME_ITEMS for at in run)


PLATFORM_LINE_MAX_CHARS: Final = 12
# the follow button alone on its line, as a page copied as text has it beside the writer's name
_FOLLOW_BUTTONS: Final = frozenset({"关注", "關注", "+关注", "+ 关注", "+關注", "追蹤", "追踪", "follow", "+ follow"})


def _in_a_column_of_platforms(blocks: list[Block], i: int) -> bool:
    """Whether a platform's name alone on its line is one of the page's share buttons written one a line: three such
    lines in a row or more ('微信', '微博', 'QQ空间'); one alone may be a how-to's section."""
    return len(_run_of_lines(blocks, i, boilerplate.PLATFORM_NAMES)) >= boilerplate.PLATFORM_ROW_MIN_NAMES


# a footer's field ('服務時間：週一至週五 08:00-17:30'): a label, then its value, no sentence
_FIELD_LINE: Final = re.compile(r"^[^\s：:。！？!?]{2,8}\s*[:：]\s*[^。！？!?]{1,60}$")
_FOOTER_RULES: Final = frozenset({"drop_copyright_lines", "drop_page_meta"})


def _is_footer_field_between(blocks: list[Block], i: int, kept: list[Block]) -> bool:
    """Whether a field line after the article ('服務時間：…', '會址：… 電話：…') sits, with the field lines beside it,
    between a line the rules dropped and the site's footer (its copyright, its fields, its advice on browsers): the
    same footer's."""
    if not (
        blocks[i].kind == "paragraph"
        and 0 < i < len(blocks) - 1
        and _FIELD_LINE.match(blocks[i].text.strip()) is not None
        and bool(kept)
        and kept[-1] is not blocks[i - 1]
        and any(map(_is_stated_prose, kept))
    ):
        return False
    after = i + 1
    while after < len(blocks) - 1 and _FIELD_LINE.match(blocks[after].text.strip()) is not None:
        after += 1
    return boilerplate.text_rule_for(blocks[after].text, blocks[after].link_only) in _FOOTER_RULES


_PAGE_TOOLS: Final = re.compile(
    r"列印|打印|回上一?[頁页]|返回上一?[頁页]|(?:關閉|关闭)(?:視窗|窗口)|print (?:this )?page", re.IGNORECASE
)


def _without_tail_under_a_break(
    body: Body, before: list[Block], after: list[Block], first: Block, chrome: int
) -> list[Block]:
    """The blocks without the site's lines under the last thematic break after the article (an <hr>, a line of dashes):
    when a rule dropped one of the lines under it as the site's (a plea, a notice, a follow prompt), the few short
    lines beside it in wordings no rule knows are the same footer's ('觉得有收获？转给身边的朋友吧～', '投稿 / 商务合作：
    …'). The article's prose must stand above the break; a heading or a note's or a source's mark under it is the
    author's (a section, the references), and so is a long line."""
    at = next((i for i, block in enumerate(after) if block is first), None)
    if at is None or at == 0:
        return after
    below = next(i for i, block in enumerate(before) if block is first)
    chrome += (len(before) - below) - (len(after) - at)  # (what the closing rules took from under the break)
    if any(block.kind == "heading" for block in after[at:]):
        return after  # a section of the article's own under the break
    # (a figure's caption, a quotation or a table under the break is the author's: the footer starts after them)
    at += max((i + 1 for i, block in enumerate(after[at:]) if block.kind not in _FOOTER_KINDS), default=0)
    tail = after[at:]
    if _are_the_notes_of(tail, after[:at]):
        return after
    chrome += sum(map(_reads_as_a_footer_line, tail))
    if (
        chrome < 1
        or not tail
        or len(tail) > UNDER_A_BREAK_MAX_BLOCKS
        or any(len(block.text) > UNDER_A_BREAK_MAX_CHARS or _REFERENCE_MARK.match(block.text) for block in tail)
        or sum(map(_is_stated_prose, tail)) > 1  # (the article's last scene, told in sentences)
        or UNDER_A_BREAK_SHARE * sum(len(block.text) for block in tail) > sum(len(block.text) for block in after[:at])
        or not any(_is_stated_prose(block) for block in after[:at])
    ):
        return after
    body.count("drop_closing_notices", len(tail))
    body.credits += [block.text for block in tail if is_origin_note(block.text)]
    return after[:at]


_FOOTER_KINDS: Final = frozenset({"paragraph", "list_item"})
_NOTE_MARKER: Final = re.compile(r"\[(\d{1,2})\]|[（(]注?(\d{1,2})[)）]|([¹²³⁴⁵⁶⁷⁸⁹])")


def _are_the_notes_of(tail: list[Block], above: list[Block]) -> bool:
    """Whether the items of a list under the break are the notes the article's markers point to ('…靠财政补贴维持[2]'
    over a list of two): as many markers above as items below, or more."""
    items = sum(1 for block in tail if block.kind == "list_item")
    if not items or items < len(tail) - 1:
        return False
    markers = {next(filter(None, found.groups())) for block in above for found in _NOTE_MARKER.finditer(block.text)}
    return len(markers) >= items


# a footer's line by its look: a pictograph or a mark before its words ('📬 每月一封…', '▍本刊每周六出刊')
_FOOTER_LINE_OPENER: Final = re.compile(f"[{boilerplate.PICTOGRAPHS}\u25a0-\u25ff\u2580-\u259f\u2190-\u21ff▷▶►▸▌▍┃]")


def _reads_as_a_footer_line(block: Block) -> bool:
    """Whether a line under a break looks as a site's footer's lines do: opened by a pictograph or a mark, or giving an
    e-mail address or a number to call (``_CONTACT_DETAIL``)."""
    return _FOOTER_LINE_OPENER.match(block.text.lstrip()) is not None or _CONTACT_DETAIL.search(block.text) is not None


def _without_closing_boxes(
    body: Body, kept: list[Block], after_comments: tuple[Block | None] | None = None
) -> list[Block]:
    """The blocks without what the site set after the article, taken from the end one kind at a time until none is
    left: its notices and pleas, its list of other articles' titles under their label, readers' comments, the author's
    box, a release's press contacts (a blog's closing plea may stand above its writer's 'about me', a notice below the
    comments, a related list above them)."""
    while True:
        end = len(kept)
        notices = closing_notices_start(kept)
        if notices < len(kept):
            body.count("drop_closing_notices", len(kept) - notices)
            body.credits += [b.text for b in kept[notices:] if is_origin_note(b.text)]
            kept = kept[:notices]
        titles = _related_titles_start(kept)  # (the site's headlines above its notes or its comments, which went)
        if titles is not None:
            body.count("strip_related_articles", len(kept) - titles)
            kept = kept[:titles]
        comments = _comments_section(kept, _after(kept, after_comments))
        if comments is not None:
            body.count("strip_comment_threads", comments[1] - comments[0])
            kept = kept[: comments[0]] + kept[comments[1] :]
            continue
        for rule, start in (
            ("drop_author_bios", _author_bio_start(kept)),
            ("drop_press_contacts", _press_contacts_start(kept)),
        ):
            if start is not None:
                body.count(rule, len(kept) - start)
                kept = kept[:start]
                break
        if len(kept) == end:
            return kept


PULL_QUOTE_MIN_CHARS: Final = 12
PULL_QUOTE_MAX_CHARS: Final = 120
PULL_QUOTE_SPEAKER_CHARS: Final = 17  # the speaker's mark and name after it ('──古芸甄')
_PULL_QUOTE_OPENERS: Final = frozenset('“「『"')
# the speaker under a pull quote ('—— 吕德顺', '──古芸甄')
_QUOTE_ATTRIBUTION: Final = re.compile(r"^[—─–\-―]{1,4}\s*[^\s，。,.！？!?]{1,12}$")
_SPEAKER_AFTER: Final = re.compile(r"(?<=[”」』\"。！？])\s*[—─–\-―]{1,4}\s*[^\s，。,.！？!?—─]{1,12}$")


def _pull_quotes(blocks: list[Block]) -> set[int]:
    """A quotation set large apart from the text with its speaker (a pull quote: '“…”' over '—— 吕德顺', or '「…」──古芸甄'),
    that a paragraph of the article says whole: read once, in its paragraph, the speaker's line with it."""
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if (
            block.kind not in ("paragraph", "quote")
            or len(block.text) > PULL_QUOTE_MAX_CHARS + PULL_QUOTE_SPEAKER_CHARS
        ):
            continue  # (a section's heading quoting its own paragraph, '「你知道他为什么…」', is the article's)
        if block.kind != "quote" and block.text[:1] not in _PULL_QUOTE_OPENERS:
            continue
        text = _SPEAKER_AFTER.sub("", block.text)  # (the speaker in the quote's own box: '「…」──古芸甄')
        speaker = len(text) < len(block.text) or (
            i + 1 < len(blocks) and _QUOTE_ATTRIBUTION.match(blocks[i + 1].text) is not None
        )
        if not speaker or not (PULL_QUOTE_MIN_CHARS <= len(text) <= PULL_QUOTE_MAX_CHARS):
            continue
        if any(j != i and len(other.text) > len(text) and text in other.text for j, other in enumerate(blocks)):
            found.add(i)
            if len(text) == len(block.text):
                found.add(i + 1)  # the speaker's line under it
    return found


GLUED_LABEL_MAX_CHARS: Final = 30
# (a point ends an English sentence before a space only: 'HKmap.live 的推薦' is an address's; a credit's colon or slash
# is a picture's credit, 'REUTERS/Brendan McDermid', which the caption keeps)
_GLUED_LABEL: Final = re.compile(
    r"(?:(?<=[。！？!?])|(?<=[。！？!?.][”」』\"'’])|(?<=\.)(?=\s))\s*([^。！？!?”」』.:：/]{2,30})$"
)


def _glued_label_start(text: str) -> int | None:
    """Where an interface's label glued after a paragraph's last sentence starts ('…是最有力的证据。Story continues below
    ↓': an ad slot's, its box lost), or None. A paragraph ending a sentence has none."""
    if not text or text[-1] in _SENTENCE_CLOSERS:
        return None
    found = _GLUED_LABEL.search(text, max(len(text) - GLUED_LABEL_MAX_CHARS - 2, 0))
    if found is None or boilerplate.text_rule_for(found[1]) != "drop_interface_labels":
        return None
    return found.start()


_SENTENCE_CLOSERS: Final = "。！？!?.”」』\"'’)）"


def _chrome_after_the_end(text: str) -> tuple[str, int] | None:
    """What the page glued after the last block's last sentence, its rule and where it starts: a preview's pointer or a
    feed's 'Continue reading' (``_TEASER_END``), a control a rule names ('…。返回搜阅，查看更多'), a paywall's note in
    brackets ('……【以下内容为会员专享，订阅后阅读全文】')."""
    found = _TEASER_END.search(text)
    if found is not None:
        return "drop_interface_labels", found.start()
    if text.endswith("NNNN") and (found := _WIRE_END_MARK.search(text)) is not None:
        return "drop_stray_literals", found.start()  # a wire's end mark after the release's time ('…18時30分 NNNN')
    found = _CONTROL_AFTER_THE_END.search(text)
    if found is not None and boilerplate.text_rule_for(found[1]) == "drop_interface_labels":
        return "drop_interface_labels", found.start(1)
    if found is not None and boilerplate.is_pager_line(found[1]):
        return "drop_adjacent_post_links", found.start(1)  # the article's pager ('…。」 [1] [2] [3] 下一頁 >>')
    found = _BRACKETED_END.search(text)
    if found is not None and boilerplate.PAYWALL_NOTE.search(found[1]):
        return "drop_paywall_notes", found.start()
    return None


def _without(blocks: list[Block], positions: set[int]) -> list[Block]:
    return [block for i, block in enumerate(blocks) if i not in positions]


RELATED_TITLE_MAX_CHARS: Final = 40
_TITLE_ENDING: Final = re.compile(r"[。！？!?.…；;]\s*[”」』\"')）]*$")


_TITLE_KINDS: Final = frozenset({"paragraph", "list_item", "table_cell"})


def _related_titles_start(blocks: list[Block]) -> int | None:
    """Where the site's list of other articles written as plain lines starts (its links lost): a related-reading
    label alone on its line ('延伸閱讀', '相关阅读：') after the article's prose, then only headlines to the end (lines,
    list items or a table's cells), each short, ending no sentence, not a book's title in 《》 (the author's own reading list). None when there is none."""
    end = len(blocks)
    at = end - 1
    # (in a table's cells too: a forum's suggested topics with their counts of replies and views)
    while (
        at > 0
        and blocks[at].kind in _TITLE_KINDS
        and _reads_as_a_headline(blocks[at].text, blocks[at].kind == "list_item")
    ):
        at -= 1
    if at == end - 1 or at < 1 or not main_content.reads_as_related_label(blocks[at].text):
        return None
    return at if any(_is_stated_prose(block) for block in blocks[:at]) else None


_BULLETED: Final = re.compile(r"\s*[·•‧●▪■◆]\s*\S")


def _after(blocks: list[Block], anchor: tuple[Block | None] | None) -> int | None:
    """Where a dropped label stood among ``blocks``: after the block it followed (found by identity), or first; None
    when there was none or that block is gone since."""
    if anchor is None:
        return None
    if anchor[0] is None:
        return 0
    return next((i + 1 for i, block in enumerate(blocks) if block is anchor[0]), None)


def _titles_after_a_dropped_label(blocks: list[Block], at: int) -> bool:
    """Whether the blocks from ``at`` to the end are headlines only, after the article's prose: the list under a
    related-reading label a rule dropped as chrome ('更多晨光新聞報導' over '．高雄捷運黃線最新進度出爐')."""
    return (
        0 < at < len(blocks)
        and all(b.kind in ("paragraph", "list_item") and _reads_as_a_headline(b.text) for b in blocks[at:])
        and any(_is_stated_prose(block) for block in blocks[:at])
    )


def _reads_as_a_headline(text: str, item: bool = False) -> bool:
    """Whether a line reads as another article's headline: short, ending no sentence (a bulleted one may ask its
    question, '· 早教机构更名换址，课时费找谁退？', and so may a list's ``item``), no book's title, no label."""
    return (
        len(text) <= RELATED_TITLE_MAX_CHARS
        and (
            _TITLE_ENDING.search(text) is None
            or ((item or _BULLETED.match(text) is not None) and main_content.QUESTION_END.search(text) is not None)
        )
        and not text.lstrip().startswith(("《", "<", "〈"))
        and not main_content.reads_as_related_label(text)
    )


CONTENTS_LINE_MAX_CHARS: Final = 40


def _anchor_contents(blocks: list[Block]) -> set[int]:
    """Positions of a table of contents made of links to the page's own anchors ('[为什么要买 NAS？](#why)'): a run of
    two or more blocks each only a link to '#…' and no clause, with its label above it ('本文目录'). The sections are the
    text."""
    found: set[int] = set()
    at = 0
    while at < len(blocks):
        end = at
        while (
            end < len(blocks)
            and blocks[end].link_only
            and (blocks[end].leads_to or "").startswith("#")
            # (a summary of the parts in sentences is the article's; a section's number is no clause: '一、调研背景 1')
            and not _COMMA.search(_SECTION_NUMBER.sub("", blocks[end].text.strip(), count=1))
        ):
            end += 1
        if end - at >= 2:
            found.update(range(at, end))
            if at > 0 and _is_toc_label(blocks[at - 1].text):
                found.add(at - 1)
        at = max(end, at + 1)
    return found


def _contents_lines(blocks: list[Block]) -> set[int]:
    """Positions of a table of contents written as lines (its links lost): a run of two or more short lines above the
    article's sections that repeat, in order, the headings of those sections, maybe under a label ('本期目录')."""
    headings = [block.text for block in blocks if block.kind == "heading"]
    if len(headings) < 2:
        return set()
    for start, block in enumerate(blocks):
        if block.kind == "heading":
            return set()  # the contents come before the first section
        if block.text != headings[0] or len(block.text) > CONTENTS_LINE_MAX_CHARS:
            continue
        run = 0
        while start + run < len(blocks) and run < len(headings) and blocks[start + run].text == headings[run]:
            if blocks[start + run].kind == "heading":
                break
            run += 1
        if run >= 2:
            found = set(range(start, start + run))
            if start > 0 and _is_toc_label(blocks[start - 1].text):
                found.add(start - 1)
            return found
    return set()


OPENING_NOTICE_SPAN: Final = 3  # of the first blocks
# a preview's pointer to the whole text after its cut ('…顾客不仅没有投诉……点击查看全文 >'): the cut stays, the pointer goes
_WIRE_END_MARK: Final = re.compile(r"(?<=\S)\s+NNNN$")
_TEASER_END: Final = re.compile(
    r"(?<=[.…])\s*(?:点击|點擊)?(?:查看|阅读|閱讀|展开|展開)(?:全文|全部|更多)\s*[>›»]*\s*$"
    # (a feed's 'Continue reading →' after the last sentence; a microblog's fold with its icon's letter: '…通行。展开全文c')
    r"|(?<=[.…。！？!?])[\s\u200b]*(?:continue reading|keep reading|read more|繼續閱讀|继续阅读)\s*[→»›>…]*\s*$"
    r"|(?<=[.…。！？!?])[\s\u200b]*(?:展开全文|展開全文)c?\s*$",
    re.IGNORECASE,
)
# what follows the last sentence's end, short: a control glued to it when a rule names it so
_CONTROL_AFTER_THE_END: Final = re.compile(
    r"(?:(?<=[。！？!?])|(?<=[。！？!?][”」』\"'’]))\s*([^。！？!?”」』]{2,30})$"
)
# or the paywall's note in brackets after the cut ('……【以下内容为会员专享，订阅后阅读全文】')
_BRACKETED_END: Final = re.compile(r"(?<=[.…。：:！？!?])\s*[【\[]([^【】\[\]]{4,40})[】\]]\s*$")
# A summary a machine wrote above the article ('AI摘要' over its bullets, '以上内容由AI生成，仅供参考'): not the article
_GENERATED_SUMMARY_LABEL: Final = re.compile(
    r"^(?:ai|人工智能|智能|机器|機器)\s*(?:摘要|总结|總結|导读|導讀|概要|速览|速覽)(?:\s*beta)?\s*[:：]?$",
    re.IGNORECASE,
)
_GENERATED_NOTE: Final = re.compile(
    r"(?:由|经|經)\s*(?:ai|人工智能|大模型|机器|機器)\s*(?:生成|撰写|撰寫|总结|總結)"
    r"|^\W{0,2}(?:ai|人工智能|大模型)\s*(?:生成|撰写|撰寫|总结|總結)",  # ('AI生成，仅供参考', under the summary's label)
    re.IGNORECASE,
)
GENERATED_SUMMARY_MAX_BLOCKS: Final = 8
GENERATED_NOTE_MAX_CHARS: Final = 60


# a page's own properties as a notes app exports them, in a table of two columns above the text ('状态 | 已发布', '创建时间
# | 2024年4月10日', 'Last edited time | …'), maybe under its head ('属性 | 值', 'Property | Value')
_PROPERTY_NAME: Final = re.compile(
    r"(?:状态|狀態|标签|標籤|类别|類別|分类|分類|创建时间|創建時間|建立时间|建立時間|创建日期|創建日期|创建者|創建者|作者|最后编辑时间|最後編輯時間"
    r"|最后编辑者|最後編輯者|更新时间|更新時間|修改时间|修改時間|日期|属性|屬性|值|链接|鏈接|来源|來源"
    r"|负责人|負責人|优先级|優先級|类型|類型"
    r"|(?:review )?status|tags?|categor(?:y|ies)|created(?: time| by| at)?|last edited(?: time| by)?|author|date|property|value"
    r"|url|source|owner|assignee|reviewer|priority|type)",
    re.IGNORECASE,
)
PROPERTY_ROWS_MIN: Final = 3
PROPERTY_VALUE_MAX_CHARS: Final = 80


def _property_table(blocks: list[Block]) -> set[int]:
    """Positions of a table of the page's properties above its text (``_PROPERTY_NAME`` in each row's first cell, three
    rows or more, two cells a row), with no prose before it: the page's metadata as a notes app exports it."""
    start = next((i for i, block in enumerate(blocks) if block.kind == "table_cell"), None)
    if start is None or any(_is_stated_prose(block) for block in blocks[:start]):
        return set()
    end = start
    while end < len(blocks) and blocks[end].kind == "table_cell":
        end += 1
    cells = [block.text.strip() for block in blocks[start:end]]
    if len(cells) < PROPERTY_ROWS_MIN:
        return set()
    # each row a name and its value; a value a rule took (a date) leaves a name beside the next name
    names = [at for at, cell in enumerate(cells) if _PROPERTY_NAME.fullmatch(cell)]
    if len(names) < PROPERTY_ROWS_MIN or names[0] != 0:
        return set()
    if any(b - a > 2 for a, b in itertools.pairwise([*names, len(cells)])):
        return set()  # (two values in a row: a table of the article's own)
    if any(len(cells[at]) > PROPERTY_VALUE_MAX_CHARS for at in range(len(cells)) if at not in names):
        return set()
    return set(range(start, end))


# A seller's card set amid the article ('澜湾府 在售', '参考均价 16800 元/㎡', an address, '售楼处电话：400-…', '预约看房'):
# short lines, no sentence, among them two of a price by its unit, a number to call and the card's buttons
SALES_CARD_MIN_LINES: Final = 3
SALES_CARD_MAX_LINES: Final = 8
SALES_CARD_LINE_MAX_CHARS: Final = 40
_CARD_PRICE: Final = re.compile(
    r"\d[\d,.]*\s*(?:万|萬)?\s*(?:元|块|塊)\s*(?:/|每)\s*(?:㎡|平方米|平米|平|m²|月|晚|人|位|套|间|間)"
    r"|均价|均價|总价|總價|[¥￥]\s*\d"
)
_CARD_PHONE: Final = re.compile(
    r"(?:电话|電話|热线|熱線|咨询|諮詢|tel|phone)\s*[：:]?\s*\+?\d[\d -]{6,}|\b[48]00[- ]?\d{3}[- ]?\d{4}",
    re.IGNORECASE,
)
_CARD_BUTTON: Final = re.compile(
    r"(?:(?:预约|預約)(?:看房|试驾|試駕|参观|參觀|体验|體驗|到店)?|(?:领取|領取)(?:优惠|優惠|礼包|禮包)|(?:在线|在線|立即|免费|免費)(?:咨询|諮詢)"
    r"|立即(?:报名|報名|购买|購買|预订|預訂)|(?:查看|获取|獲取)(?:底价|底價|报价|報價|户型|戶型)|(?:一键|一鍵)(?:导航|導航|拨打|撥打)"
    r"|[\s|｜·/])+"
)


def _sales_cards(blocks: list[Block]) -> set[int]:
    """Positions of the seller's cards amid the article's prose (``_CARD_PRICE``, ``_CARD_PHONE``, ``_CARD_BUTTON``)."""
    cards: set[int] = set()
    at = 0
    while at < len(blocks):
        end = at
        while (
            end < len(blocks)
            and blocks[end].kind == "paragraph"
            and len(blocks[end].text) <= SALES_CARD_LINE_MAX_CHARS
            and not _is_stated_prose(blocks[end])
        ):
            end += 1
        if SALES_CARD_MIN_LINES <= end - at <= SALES_CARD_MAX_LINES and end < len(blocks):
            lines = [block.text for block in blocks[at:end]]
            kinds = (
                any(_CARD_PRICE.search(line) for line in lines)
                + any(_CARD_PHONE.search(line) for line in lines)
                + any(_CARD_BUTTON.fullmatch(line) for line in lines)
            )
            if kinds >= 2 and any(map(_is_stated_prose, blocks[:at])) and any(map(_is_stated_prose, blocks[end:])):
                cards.update(range(at, end))
        at = end + 1
    return cards


# a page's box telling how to cite it: its label, then the citation, with when it was read or the page's own code
# ('引用本篇', '《滨江市历史建筑保护办法》，法规库引证码：BJ.L.123456，访问日期：2024年3月5日。', 'Cite this article')
_CITATION_LABEL: Final = re.compile(
    r"(?:引用本篇|引用本文|引用此文|引用本页|引用本頁|如何引用(?:本文|本篇)?|引用格式|建议引用|建議引用|推荐引用|推薦引用"
    r"|cite this (?:article|page|post|entry)|how to cite(?: this (?:article|page))?|suggested citation)\s*[:：]?",
    re.IGNORECASE,
)
_CITATION_MARK: Final = re.compile(
    r"访问日期|訪問日期|访问时间|訪問時間|引证码|引證碼|retrieved|accessed|doi\s*[:：]", re.IGNORECASE
)
CITATION_MAX_BLOCKS: Final = 3


def _citation_box(blocks: list[Block]) -> set[int]:
    """Positions of a box telling how to cite the page, after the article: its label (``_CITATION_LABEL``) and the
    citations under it, each holding when it was read or the page's code (``_CITATION_MARK``)."""
    for at, block in enumerate(blocks):
        if not _CITATION_LABEL.fullmatch(block.text.strip()) or not any(map(_is_stated_prose, blocks[:at])):
            continue
        end = at + 1
        while end < min(len(blocks), at + 1 + CITATION_MAX_BLOCKS) and _CITATION_MARK.search(blocks[end].text):
            end += 1
        if end > at + 1:
            return set(range(at, end))
    return set()


def _generated_summary(blocks: list[Block]) -> set[int]:
    """Positions of a machine-written summary above the article: its label ('AI摘要'), then its lines up to the note
    that a machine wrote them ('以上内容由AI生成'), or its list's items when there is no note."""
    for at, block in enumerate(blocks[:GENERATED_SUMMARY_MAX_BLOCKS]):
        if not _GENERATED_SUMMARY_LABEL.match(block.text):
            continue
        span = range(at + 1, min(at + 1 + GENERATED_SUMMARY_MAX_BLOCKS, len(blocks)))
        for end in span:
            if len(blocks[end].text) <= GENERATED_NOTE_MAX_CHARS and _GENERATED_NOTE.search(blocks[end].text):
                return set(range(at, end + 1))
        items = at + 1
        while items < len(blocks) and blocks[items].kind == "list_item":
            items += 1
        return set(range(at, items))
    return set()


_CUT_END: Final = re.compile(r"\s*(?:\.{3}|…+)\s*$")
_ELLIPSES: Final = ("…", "...")
CUT_COPY_LOOKAHEAD: Final = 4  # blocks after a preview that may hold the start of its whole text


def _cut_copy_of_what_follows(blocks: list[Block], i: int) -> bool:
    """Whether a block is a preview cut short ('…一边提醒…', its fold link gone) of the text the blocks after it give
    whole: a feed's cut copy above the whole post (``drop_collapsed_copies``, which takes it after the whole too)."""
    text = blocks[i].text
    end = _CUT_END.search(text, max(len(text) - 8, 0))
    if end is None:
        return False
    shown = "".join(text[: end.start()].split())
    if len(shown) < boilerplate.REPEATED_NEIGHBOUR_MIN_CHARS:
        return False
    following = ""
    for block in blocks[i + 1 : i + 1 + CUT_COPY_LOOKAHEAD]:
        following += "".join(block.text.split())
        if len(following) >= len(shown):
            break
    return following.startswith(shown)


# a table of contents' label ('本文目录', 'Contents'), or a reading guide's ('导读') over the same list
_CONTENTS_LABEL: Final = re.compile(
    r"^(?:文章|本文|内容|內容|本期|本周|本週)?目\s*(?:录|錄)\s*[:：]?$|^(?:table of )?contents\s*:?$", re.IGNORECASE
)
_GUIDE_LABEL: Final = re.compile(r"^(?:文章|本文|内容|內容|本期)?(?:导读|導讀)\s*[:：]?$")


def _is_toc_label(text: str) -> bool:
    return _CONTENTS_LABEL.match(text) is not None or _GUIDE_LABEL.match(text) is not None


# The label of a box about the post's author, alone or before the bio ('作者简介：王某，自由撰稿人…')
_AUTHOR_BIO_LABEL: Final = re.compile(
    r"^[【\[]?(?:作者|作者的|译者|譯者)(?:简介|簡介|介绍|介紹|小传|小傳)[】\]]?\s*(?:[:：]|$)"
    # (a serial's writer talking to the readers after the chapter: '作者有話說：今天加班到很晚，更新遲了…')
    r"|^[【\[]?(?:作者有话说|作者有話說|作者的话|作者的話)[】\]]?\s*(?:[:：]|$)"
    # (the writer's name may follow: '關於作者 林子晴')
    r"|^(?:关于|關於)(?:作者|本文作者|译者|譯者|我|撰稿人|撰文者|笔者|筆者|记者|記者)\s*(?:[:：]|$|\s+[^\s。！？，,：:]{1,12}$)"
    r"|^about (?:the )?(?:author|writer|reporter|contributor)s?\s*(?:[:：]|$)|^about me\s*(?:[:：]|$)"
    # (a blog platform's card under the post: 'Written by 林修' over the writer's blurb)
    r"|^(?:#{1,6}\s*)?written by\s+\S.{0,30}$",
    re.IGNORECASE,
)
AUTHOR_BIO_MAX_BLOCKS: Final = 3  # the label's line and a short bio after it
AUTHOR_BIO_MAX_CHARS: Final = 300  # each
CLOSING_NOTICE_SECTION_MAX: Final = 4  # blocks under a notice's heading that closes the page ('免责声明' over its text)


_SLIDE_COUNTER: Final = re.compile(r"\s*(\d{1,2})\s*[/／]\s*(\d{1,2})\s*")


def _slide_counters(blocks: list[Block]) -> set[int]:
    """Positions of a slideshow's bare counters ('1 / 4' … '4 / 4'): two or more lines of only 'n / m' with the same
    m and different n, none over m. One '3/4' alone may be a date or a share; a table's cells are its values."""
    by_total: dict[str, list[tuple[int, int]]] = {}
    for i, block in enumerate(blocks):
        if block.kind in ("paragraph", "caption", "list_item") and len(block.text) <= 9:
            match = _SLIDE_COUNTER.fullmatch(block.text)
            if match is not None and 0 < int(match[1]) <= int(match[2]):
                by_total.setdefault(match[2], []).append((i, int(match[1])))
    return {
        i
        for found in by_total.values()
        if len(found) >= 2 and len({n for _, n in found}) == len(found)
        for i, _ in found
    }


def is_origin_note(text: str) -> bool:
    """Whether a block says where the post came from: a repost's or a translation's note ('本文经授权转载自…', '本文译自
    …'), its source line ('来源：乡土观察', ``boilerplate.is_source_line``) or its card of the original's fields ('原文：…
    作者：… 译者：…', ``boilerplate.is_origin_card``). At the article's edge it is the post's credit. (Zero-width
    characters are no part of it: '\u200b（来源：青山日报）'.)"""
    if has_zero_width(text):  # (and inside its words: '来\u200b源：南岸时报')
        text = without_zero_width(text).strip()
    return (
        boilerplate.FIRST_PUBLISHED_NOTE.match(text) is not None
        or _ORIGINAL_LINK.match(text) is not None
        or boilerplate.is_source_line(text)
        or boilerplate.is_origin_card(text)
    )


# the original's address under its label, or the label alone, its link lost ('原文链接：https://…', '閱讀原文', 'Source: https://…')
_ORIGINAL_LINK: Final = re.compile(
    r"^\W{0,2}(?:(?:原文|原帖|原文章|原始)(?:链接|鏈接|連結|连结|地址|网址|網址|出处|出處)|(?:阅读|閱讀|查看)原文)\W{0,2}\s*"
    r"(?:[:：]\s*(?:https?://\S+)?)?$|^(?:source|original(?: article| post| link)?|via)\s*:\s*https?://\S+$",
    re.IGNORECASE,
)
# the site's note of when it last changed the post, with what to do if it is stale ('本文最後更新於 2021-05-28，若內容或
# 圖片失效，請留言回饋。')
_UPDATE_NOTICE: Final = re.compile(
    r"^(?:本文|本页|本頁|此文)(?:最后|最後)(?:更新|修改|编辑|編輯)(?:于|於)\s*\d{4}\s*[-/.年]"
)


def _is_closing_note(text: str) -> bool:
    return not _wholly_quoted(text) and (  # (words quoted whole are the author's: an article studying such notes)
        boilerplate.CLOSING_NOTICE.match(text) is not None
        or is_origin_note(text)
        or boilerplate.is_reader_plea(text)
        or _UPDATE_NOTICE.match(text) is not None
        or _only_notices(text)
        or _related_titles_line(text)
    )


_LABEL_AND_REST: Final = re.compile(r"^\W{0,2}([^：:。！？]{2,6})[：:]\s*([^：:]+)$")
RELATED_LINE_MAX_CHARS: Final = 120
# the labels that only ever head the site's other stories ('推荐网站：' may be the author's)
_RELATED_LINE_LABEL: Final = re.compile(
    r"(?:相关|相關|延伸|更多|往期|热门|熱門)(?:阅读|閱讀|新闻|新聞|报道|報導|文章|推荐|推薦)|(?:推荐|推薦)(?:阅读|閱讀|文章)"
    # the site's hot searches ('全站熱搜：台北美食 日本自由行')
    r"|(?:全站)?(?:热搜|熱搜)|(?:热门|熱門)(?:搜索|搜尋|关键词|關鍵詞|關鍵字|标签|標籤)"
)


def _related_titles_line(text: str) -> bool:
    """A related-reading label and the headlines after it on one line, no sentence among them ('相关阅读：南岸地铁14号线
    首通车 沿线共享单车怎么停？电动自行车新国标实施一周年调查'): after the article, the site's list of its other stories.
    Books by their titles are the author's reading list ('延伸阅读：《红楼梦》、《水浒传》'), an address a source."""
    if len(text) > RELATED_LINE_MAX_CHARS:
        return False
    latin = _LATIN_RELATED_LINE.match(text)
    if latin is not None:  # ('Related: Port strike enters its third day'; 'See also: the survey, 2020.' is a source)
        return not any(mark in latin["rest"] for mark in (", ", ". ", "http")) and not latin["rest"].endswith(".")
    found = _LABEL_AND_REST.match(text)
    if found is None or _RELATED_LINE_LABEL.fullmatch(found[1].strip()) is None:
        return False
    return not any(mark in found[2] for mark in ("。", "，", "《", "http"))


_LATIN_RELATED_LINE: Final = re.compile(
    r"^\W{0,2}(?:related(?: articles?| stories| story| news| reading| coverage)?|read (?:more|also)|also read|more on this"
    r"(?: story)?|recommended(?: reading)?|you may also like)\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)


# a note that others reported too ('本报记者方敏对本文亦有贡献', 'Jane Doe contributed reporting.')
_CONTRIBUTED: Final = re.compile(
    r"^[^。！？]{2,30}(?:对本文|對本文)(?:亦|也)?有(?:贡献|貢獻)|^[^.!?]{2,60} contributed (?:reporting|research)\b"
)
NOTICES_MAX_CHARS: Final = 200


def _only_notices(text: str) -> bool:
    """Whether a closing paragraph is only the site's notes written one after another, each a sentence a rule drops
    alone ('本报记者方敏对本文亦有贡献。未经授权，禁止转载。更多新闻请下载南岸时报客户端。'), two or more."""
    if len(text) > NOTICES_MAX_CHARS:
        return False
    # (a bracket closing the notes is no sentence of theirs: '（本欄歡迎讀者投稿，…。來函內容…不代表本報立場。）')
    # (or notes in brackets one after another, then a link's words: '（来源：环球网）（编辑：陈晨）点击进入专题：…')
    return any(
        len(notes) >= 2 and all(map(_is_a_note, notes))
        for notes in (
            [sentence.strip() for sentence in splitter.findall(text) if boilerplate.has_word(sentence)]
            for splitter in (boilerplate.SENTENCE, _BRACKETED_OR_SENTENCE)
        )
    )


_BRACKETED_OR_SENTENCE: Final = re.compile(r"[（(][^（()）]{1,40}[）)]|[^。！？!?\n（(]+[。！？!?]*|[（(]")


def _is_a_note(sentence: str) -> bool:
    return (
        _CONTRIBUTED.match(sentence) is not None
        or is_origin_note(sentence)
        or boilerplate.is_credit_line(sentence.rstrip("。.!！"))
        or boilerplate.text_rule_for(sentence) not in _NOT_CHROME_LINES
        or boilerplate.is_reader_plea(sentence)
    )


def closing_notices_start(blocks: list[Block]) -> int:
    """Where the site's own notes after the article start: its notices under their labels (``boilerplate.
    CLOSING_NOTICE``: '更正政策：…', '【活动预告】…', '投資警語：…'), where the post was first published
    (``FIRST_PUBLISHED_NOTE``), pleas to the reader to follow, share or tip (``is_reader_plea``), or a short section
    under a notice's heading ('免责声明'); len(blocks) when there are none. The article's prose must come before them."""
    start = len(blocks)
    while start > 1 and blocks[start - 1].kind != "heading" and _is_closing_note(blocks[start - 1].text):
        start -= 1
    for at in range(max(start - 1 - CLOSING_NOTICE_SECTION_MAX, 1), start):
        if blocks[at].kind == "heading" and boilerplate.CLOSING_NOTICE_HEADING.match(blocks[at].text):
            start = at
            break
    return start if any(_is_stated_prose(b) for b in blocks[:start]) else len(blocks)


# The label of a press release's contacts for reporters ('媒体联系人：', '新聞聯絡人', '傳媒查詢：', 'Media contact')
_PRESS_CONTACTS_LABEL: Final = re.compile(
    r"^[【\[]?(?:媒体|媒體|新闻|新聞|传媒|傳媒)(?:联系人|聯繫人|聯絡人|联络人|联系|聯繫|聯絡|联络|查询|查詢|垂询|垂詢|咨询|諮詢)"
    r"(?:方式|窗口|電話|电话)?[】\]]?(?:\s*[:：]|\s|$)|^(?:media|press) (?:contacts?|enquiries|inquiries)\b"
    r"|^for (?:media|press) (?:enquiries|inquiries)",
    re.IGNORECASE,
)
_PRESS_CONTACTS_GLUED: Final = re.compile(
    r"^(?:媒体|媒體|新闻|新聞|传媒|傳媒)(?:联系人|聯繫人|聯絡人|联络人|联系|聯繫|聯絡|联络|查询|查詢)"
)
_CONTACT_DETAIL: Final = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+|(?:电话|電話|手机|手機|tel|phone)\s*[:：]?\s*[(+]?\d", re.IGNORECASE
)
PRESS_CONTACTS_MAX_BLOCKS: Final = 4  # the label and a few people's names, numbers and addresses
PRESS_CONTACTS_MAX_CHARS: Final = 240  # each


def _press_contacts_start(blocks: list[Block]) -> int | None:
    """Where a press release's closing contacts for reporters start (``drop_press_contacts``): their label, no sentence,
    in the last few blocks, each short (names, numbers, addresses; the release's fine print after them)."""
    for i in range(len(blocks) - 1, max(len(blocks) - 1 - PRESS_CONTACTS_MAX_BLOCKS, 0), -1):
        text = blocks[i].text
        if len(text) > PRESS_CONTACTS_MAX_CHARS:
            return None
        # (or the label glued to the first contact, as a plain-text copy joins them: '媒體聯絡人晨光書店 … 電話：…')
        labelled = _PRESS_CONTACTS_LABEL.match(text) is not None or (
            _PRESS_CONTACTS_GLUED.match(text) is not None and _CONTACT_DETAIL.search(text) is not None
        )
        if labelled and not any(mark in text for mark in "。！？"):
            return i
    return None


COMMENTS_TAIL_MAX_BLOCKS: Final = 40
COMMENT_PROMPT_MAX_CHARS: Final = 40
# (a name in Latin letters may have its words: 'Kelvin Chan')
# (a name in Han characters may go on in Latin letters: '阿澄 Chen')
_COMMENT_NAME: Final = (
    r"(?:[A-Za-z][\w'’.\-]*(?: [A-Za-z][\w'’.\-]*){1,2}|[^\s：:，。！？,.!?「」“”]{1,30}(?<=[\u3400-\u9fff]) [A-Za-z][\w.\-]{0,20}"
    r"|[^\s：:，。！？,.!?「」“”]{1,30})"
)
# a comment as a line: its writer's name, then a colon or its time, then the words ('山月：写得真好。', '读书人小赵
# 2024-03-06 10:12 写得好', '江南小雨 2小时前我家楼下…')
# (WordPress: '小棉 說： 2023年5月15日 …'; a reply to the post or to another reader: '阿树 回复：…', '阿树 回复 小林：…')
_SAYS: Final = (
    r"(?:\s*(?:說|说|says|said|wrote|commented(?:\s+on)?|写道|寫道|(?:回复|回覆|replied)(?:\s+@?[^\s：:，。]{1,20})?))?"
)
# (where the writer posted from may come before the time: '黔东南小王 贵州 · 3小时前')
_COMMENT_PLACE: Final = r"(?:\s+[\u3400-\u9fff]{2,6}\s*[·•・])?"
# (a date in English words, its time after it: 'April 19, 2024 at 9:44 pm', after a dot: 'hamdad_kc · April 19, …')
_WORDED_COMMENT_TIME: Final = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?"
)
# when the comment was posted, after the writer's name: a place and a dot maybe, then the time, as a page says it
_COMMENT_WHEN: Final = (
    # (or a tracker's: '李婷 在 大约 2 年 之前添加', Redmine's words for when a note was added)
    r"(?:\s+在\s*(?:大约|大約)?\s*\d+\s*(?:年|个月|個月|天|小时|小時|分钟|分鐘)\s*(?:之前|前)(?:添加|更新|回复|回覆)|"
    rf"{_COMMENT_PLACE}(?:\s+|\s*[·•|]\s*)(?:{main_content.COMMENT_TIME}|{_WORDED_COMMENT_TIME})"
    r"(?:\s*(?:at\s*)?\d{1,2}:\d{2}(?:\s*(?:[ap]\.?m\.?|上午|下午))?)?)"  # (WordPress's: '2023年5月3日 at 10:12 上午')
)
# (after the time, its zone and the likes it had, and the original poster's mark before it: V2EX's '2 townhall_wen OP
# 2023-11-02 21:25:02 +08:00 ❤️ 12')
_COMMENT_AFTER_TIME: Final = r"(?:\s*[+-]\d{2}:?\d{2})?(?:\s*(?:❤️|❤|♥|👍)\s*\d+)?"
# (an old guestbook's masked address after an anonymous writer: '匿名网友（61.153.*.*）')
_MASKED_ADDRESS: Final = r"(?:\s*[（(]\s*\d{1,3}(?:\.(?:\d{1,3}|\*)){1,3}\s*[)）])?"
_COMMENT_HEAD: Final = (
    rf"{_COMMENT_NAME}{_MASKED_ADDRESS}(?:\s+OP)?{_SAYS}(?:[：:]|{_COMMENT_WHEN}{_COMMENT_AFTER_TIME})\s*\S"
)
# (a reply's mark: '└ 平寨阿兰：…'; a floor's number: '1    kevin2020    2023-11-02 21:20:31 +08:00')
_COMMENT_LINE: Final = re.compile(f"^(?:[└↳┗]\\s*|\\d{{1,5}}\\s+(?=\\S))?{_COMMENT_HEAD}", re.IGNORECASE)
# a comment's writer and time on a line of their own, its words on the next ('江南小雨  2小时前')
_COMMENT_HEAD_ALONE: Final = re.compile(
    # (the poster's mark after the name, where it was posted from after the time: '松果 楼主 2023-11-19 22:03:10 浙江')
    rf"^{_COMMENT_NAME}(?:\s+{_POSTER_MARK})?{_SAYS}(?:\s*[：:])?{_COMMENT_WHEN}(?:\s+[\u4e00-\u9fff]{{2,6}})?"
    # (a tracker's role of the writer after the time: 'qiu-dev commented on Feb 6, 2024 · Maintainer')
    r"(?:\s*[·•]\s*(?:maintainer|author|member|contributor|owner|collaborator|edited))*\s*$",
    re.IGNORECASE,  # ('阿May says: 2023年5月3日 at 10:12 上午')
)
_ORDER_WORDS: Final = r"(?:最新|最热|最熱|热门|熱門)"  # the tabs that order comments
# the comments' label with what opens them glued after it, as a plain-text copy joins lines: the first comment
# ('网友评论：清风徐来：…'), their count or their order ('网友评论 32条评论 按热度排序江南小雨 2小时前…')
_AFTER_COMMENTS_LABEL: Final = re.compile(
    r"\s*(?:(?:已有|共)?\d+\s*(?:条|條|则|則)(?:评论|評論|留言)|按(?:热度|熱度|时间|時間|最新|最热|最熱)排序"
    # (the order's tabs: '留言（188）　最新｜最熱')
    rf"|{_ORDER_WORDS}(?:\s*[|｜/]\s*{_ORDER_WORDS})+\s*$"
    rf"|{_COMMENT_HEAD})",
    re.IGNORECASE,
)

# a line of the comment form: what it asks and its fields ('發表迴響', '名稱 * 電子郵件 * [ ] 在瀏覽器中儲存…')
_COMMENT_PROMPT: Final = re.compile(
    r"评论|評論|留言|回复|回覆|回应|回應|迴響|回响|回響|登录|登錄|登入|电子邮件|電子郵件|邮箱|郵箱|必填"
    r"|^(?:我也|我来|我來)?(?:说两句|說兩句|说几句|說幾句)$|抢沙发|搶沙發|发表看法|發表看法"
    # (the form's own fields, each on its line: '名稱 *', 'Website')
    r"|^(?:名稱|名称|昵称|暱稱|姓名|网站|網站|网址|網址)\s*\*?$"
    r"|comment|reply|e-?mail|log ?in|sign ?in|^(?:name|website)\s*\*?$",
    re.IGNORECASE,
)


def _is_comment_prompt(text: str) -> bool:
    """A short line that asks to comment or log in, or a field of the comment form, not a sentence of clauses."""
    return (
        len(text) <= COMMENT_PROMPT_MAX_CHARS
        and _COMMENT_PROMPT.search(text) is not None
        and not (_COMMA.search(text) and _STATED.search(text))
    )


COMMENTS_LABEL_MAX_CHARS: Final = 14  # ('热门评论（218）', '网友评论：')


def _glued_comments_label(text: str) -> bool:
    """Whether a line opens with the comments' label and goes on with their count, their order or the first comment
    glued after it, as a plain-text copy joins lines (the longest such label: '热门评论（218）黔东南小王 贵州 · …')."""
    for at in range(min(COMMENTS_LABEL_MAX_CHARS, len(text) - 1), 0, -1):
        bounded = text[at - 1] in "）)：:" or text[at].isspace()  # ('评论人宋志标…' is no label: a word goes on)
        if bounded and main_content.reads_as_comments_label(text[:at]) and _AFTER_COMMENTS_LABEL.match(text, at):
            return True
    return False


def _labels_comments(text: str) -> bool:
    """Whether a line is the comments' label, maybe with their count or order glued after it."""
    return main_content.reads_as_comments_label(text) or _glued_comments_label(text)


def _comments_section(blocks: list[Block], label_at: int | None = None) -> tuple[int, int] | None:
    """Where readers' comments copied as lines close the article (``strip_comment_threads``, as their box is in a
    page): the comments' label ('网友评论：', '### 讀者留言（3）'), maybe with the first comments glued after it, then
    only comments ('山月：写得真好。', or a writer and time on a line over the words), short lines that ask to comment or
    log in, and links; one comment at least, and the article's text before the label. The article's notes may follow them (Markdown sets its footnotes at the
    end). Lines of the article quoting people are amid its prose or headings. ``label_at``: where the label stood
    that a rule took."""
    # (in a list's items: a blog's numbered comments); comments under their heads with no label may start before where
    # the labelled search begins (at the second of them), or after (their label above them): the first start
    found = [
        section
        for section in (_comments_before(blocks, len(blocks), label_at), _unlabelled_comments(blocks))
        if section is not None
    ]
    if found:
        return min(found)
    end = len(blocks)
    while end and blocks[end - 1].kind == "list_item":
        end -= 1
    return _comments_before(blocks, end, label_at) if end < len(blocks) else None


UNLABELLED_COMMENTS_MIN: Final = 2


def _unlabelled_comments(blocks: list[Block]) -> tuple[int, int] | None:
    """Comments with no label closing the article, each under its writer and time on a line of their own ('qiu-dev
    commented on Feb 6, 2024', then the words): two of them at least, nothing else after the first, prose before it."""
    tail = range(max(len(blocks) - COMMENTS_TAIL_MAX_BLOCKS, 0), len(blocks))
    heads = [i for i in tail if _COMMENT_HEAD_ALONE.match(blocks[i].text)]
    if len(heads) < UNLABELLED_COMMENTS_MIN or not any(map(_is_stated_prose, blocks[: heads[0]])):
        return None
    return (heads[0], len(blocks)) if _only_comments(blocks[heads[0] :], False) else None


def _comments_before(blocks: list[Block], end: int, label_at: int | None) -> tuple[int, int] | None:
    """``_comments_section`` ending at ``end``."""
    for i in range(end - 1, max(end - 1 - COMMENTS_TAIL_MAX_BLOCKS, 0), -1):
        text = blocks[i].text
        if len(text) > main_content.COMMENT_MAX_CHARS or (
            blocks[i].kind == "heading"
            and not main_content.reads_as_comments_label(text)
            and not _is_comment_prompt(text)
        ):
            break

        # ('回覆' under a comment's words is its control, no label; the tab that orders them stands for it)
        alone = (
            main_content.reads_as_comments_label(text) and not _COMMENT_FOOT.fullmatch(text.strip())
        ) or _COMMENT_ORDER_TAB.fullmatch(text.strip()) is not None
        glued = not alone and _glued_comments_label(text)
        labelled = alone or glued
        if (
            not labelled
            and i + 1 < end  # (counts closing the page are the post's: the comments may stand above them)
            and not _BARE_COUNT.fullmatch(blocks[i + 1].text.strip())
            and _BARE_COUNT.fullmatch(text.strip())
            and _BARE_COUNT.fullmatch(blocks[i - 1].text.strip())
        ):
            # a social post's counts, one a line, close it: the comments under them have no label ('2.3 萬', '1,187')
            start = i - 1
            while start > 0 and _BARE_COUNT.fullmatch(blocks[start - 1].text.strip()):
                start -= 1
            if _only_comments(blocks[i + 1 : end], False) and any(map(_is_stated_prose, blocks[:start])):
                return start, end
            return None
        if not labelled and not (
            blocks[i - 1].kind == "heading" and main_content.reads_as_comments_label(blocks[i - 1].text)
        ):
            continue
        start = i if labelled else i - 1
        rest = blocks[start + 1 : end]
        # (or an empty box: its label, and under it only the lines that ask to comment, '我也说两句')
        if not _only_comments(rest, glued) and not (alone and all(_is_comment_prompt(b.text) for b in rest)):
            return None
        if start > 0 and main_content.reads_as_comments_label(blocks[start - 1].text):
            start -= 1  # (the label over the comments' count: '网友评论', '32条评论 按热度排序')
        while start > 0 and _COMMENT_ORDER_TAB.fullmatch(blocks[start - 1].text.strip()):
            start -= 1  # (the other tabs that order them: '默认' beside '最新')
        while start > 0 and _REACTIONS_COUNT.fullmatch(blocks[start - 1].text.strip()):
            start -= 1  # (the post's count of reactions above its comments: '+8', '1.2萬')
        if any(b.kind != "heading" for b in blocks[:start]):  # (a poem's lines state nothing)
            return start, end
        return None
    # (its label taken by a rule: the comments after where it stood)
    if label_at is not None and 0 < label_at < end and _only_comments(blocks[label_at:end], False):
        return (label_at, end) if any(map(_is_stated_prose, blocks[:label_at])) else None
    return None


def _only_comments(blocks: list[Block], said: bool) -> bool:
    """Whether blocks are readers' comments only, one at least (``said``: one was glued to their label): comments
    ('山月：写得真好。'), a writer and time on a line over the words, short lines that ask to comment or log in, links."""
    after_a_head = False  # (the block after a comment's head on its own line is the comment's words)
    named = worded = False  # (a social page's: the writer's name alone, the words, then the time under them)
    for block in blocks:
        if _COMMENT_HEAD_ALONE.match(block.text):
            said = after_a_head = True
            named = worded = False
            continue
        bare = block.text.strip().strip(
            ZERO_WIDTH_CHARS
        )  # (a platform's buttons behind a zero-width space: '\u200b回复')
        if _FLOOR_LABEL.fullmatch(bare) or _TRACKER_EVENT.fullmatch(bare):
            continue  # (a comment's floor over its writer: 'B1', '#3', '12楼'; a tracker's event between them)
        if _COMMENT_FOOT.fullmatch(bare) or _COMMENT_FOOT_ROW.fullmatch(bare):
            said = said or worded  # (the time under a name and words: '林美惠', '哭了……', '3天', '回覆', '124')
            named = worded = False
            continue
        if named and not worded:
            if (
                boilerplate.is_bare_date(bare)
                or boilerplate.is_bare_timestamp(bare)
                or _POSTER_MARK_LINE.fullmatch(bare)
            ):
                continue  # (its date or the writer's mark under the name: 'Winnie C.', '2025年1月23日'; '作者')
            worded = True
            continue
        if _COMMENT_NAME_LINE.fullmatch(bare) and not after_a_head:
            named = True
            continue
        if _COMMENT_LINE.match(block.text):
            said = True
        elif not (block.link_only or _is_comment_prompt(block.text) or after_a_head):
            return False
        # (a comment that opens by quoting the post goes on under the quote: its words are the next block)
        after_a_head = after_a_head and block.kind == "quote"  # (BBCode's '[quote]' too: ``_BBCODE_QUOTE``)
    return said


# an issue tracker's event between its comments ('qiu-dev closed this as completed in #485 on Feb 10, 2024', 'bot added
# the bug label 3 days ago')
_TRACKER_EVENT: Final = re.compile(
    r"[\w.\-]{1,39}\s+(?:closed|reopened|locked|unlocked|pinned|unpinned|labeled|unlabeled|added|removed|assigned|unassigned"
    r"|referenced|mentioned|linked|merged|changed the title|marked|transferred)\b[^。！？\n]{0,100}",
    re.IGNORECASE,
)
_COUNT: Final = r"\d[\d,.]*\s*[萬万kK]?"  # a count as a platform prints it ('124', '1.2萬', '2.3 萬')
_BARE_COUNT: Final = re.compile(_COUNT)
_ALL_COMMENTS_POINTER: Final = re.compile(
    r"^\W{0,2}(?:查看|显示|顯示)(?:全部|所有|更多)\s*\d[\d,]*\s*(?:个|個|条|條|则|則)?(?:评论|評論|留言)|^view all \d[\d,]* comments",
    re.IGNORECASE,
)
# (and the photos its grid does not show: '+8')
_REACTIONS_COUNT: Final = re.compile(r"\d[\d,.]*\s*[萬万kK]|\+\d{1,3}")
# what a social page sets under a comment's words, each on its line: its time ('3天', '2 小時', '5h'), its controls
# ('回覆', '讚'), its count of likes ('124', '1.2萬')
_COMMENT_FOOT: Final = re.compile(
    rf"(?:{boilerplate.POST_AGE.pattern})前?|剛剛|刚刚|just now|回覆|回复|讚|赞|like|reply|{_COUNT}", re.IGNORECASE
)
_POSTER_MARK_LINE: Final = re.compile(_POSTER_MARK)
# the tabs that order the comments ('默认', '最新', '最热'), standing where their label would
_COMMENT_ORDER_TAB: Final = re.compile(
    rf"默认|默認|{_ORDER_WORDS}|最相关|最相關|按热度|按熱度|按时间|按時間|top|newest|oldest", re.I
)
_FLOOR_LABEL: Final = re.compile(r"[Bb#＃]\d{1,5}|\d{1,5}\s*(?:楼|樓|F)")
# (or a row of them: '愛心 612 · 回覆')
_COMMENT_FOOT_ROW: Final = re.compile(
    r"(?:(?:愛心|爱心|讚|赞|like|回覆|回复|reply)\s*\d*)(?:\s*[·•|｜]?\s*(?:愛心|爱心|讚|赞|like|回覆|回复|reply)\s*\d*)+"
    # (or its day and where it was written: '10-14 浙江', '03-09 · 山东')
    r"|\d{1,2}-\d{1,2}(?:\s*[·•]?\s*[\u4e00-\u9fff]{2,6})?",
    re.IGNORECASE,
)
_COMMENT_NAME_LINE: Final = re.compile(
    # (maybe with the pictographs a writer sets after their name: '鄭家朗 🚂')
    rf"[^\s。！？!?，,：:]{{2,12}}(?:\s+{_POSTER_MARK}|\s*[{boilerplate.PICTOGRAPHS}]+)?"
    r"|[A-Za-z][\w'’.\-]*(?: [A-Za-z][\w'’.\-]*){1,2}"
)


def _author_bio_start(blocks: list[Block]) -> int | None:
    """Where the article's closing box about its author starts (``drop_author_bios``): a bio label ('作者简介：',
    'About the author') in the last few blocks, all short, with the article's own text before it."""
    for i in range(len(blocks) - 1, max(len(blocks) - 1 - AUTHOR_BIO_MAX_BLOCKS, 0), -1):
        if len(blocks[i].text) > AUTHOR_BIO_MAX_CHARS:
            return None
        if _AUTHOR_BIO_LABEL.match(blocks[i].text):
            return None if _about_the_articles_subject(blocks, i) else i
    return None


# the name a bio opens with ('陈德明，1948年生于…', '陳德明（1948－），…'), after its label on the same line or not
_BIO_NAME: Final = re.compile(
    r"(?:[^：:]{0,8}[：:]\s*)?(?:(本书|本書|该书|該書|原书|原書)?作者\s*)?([\u4e00-\u9fff]{2,4})\s*[，,（(：:]"
    # or a name in Latin letters before its verb ('Mara Lind grew up …'): its surname is what prose repeats
    r"|(?:[A-Z][a-z]+\s+)+([A-Z][a-z]+)\s+[a-z]"
)
SUBJECT_NAME_MIN_MENTIONS: Final = 2


def _about_the_articles_subject(blocks: list[Block], label: int) -> bool:
    """Whether the bio under a label is of the person the article is about, not of its writer: the name it opens with
    recurs in the article's own prose (twice or more), as a writer's own name does not, or it names the book's author
    ('本书作者…')."""
    for at in range(label, min(label + 2, len(blocks))):
        text = blocks[at].text
        if at == label:  # the label's own words are no name ('关于作者：' then the bio)
            text = _AUTHOR_BIO_LABEL.sub("", text, count=1).strip()
        name = _BIO_NAME.match(text)
        if name is not None:
            if name[1]:
                return True  # the book's author ('本书作者周海生，…'): a review's note on whom it reviews
            prose = [b.text for b in blocks[:label] if b.kind == "paragraph" and len(b.text) >= STATED_PROSE_MIN_CHARS]
            return sum(paragraph.count(name[2] or name[3]) for paragraph in prose) >= SUBJECT_NAME_MIN_MENTIONS
    return False


# Elements that take the rest of a page when never closed: the parser reads what follows a comment, a script, a
# style, a title or a text area as their text, and our rules drop a <noscript>, <select> or <template> whole
_SWALLOWING: Final = frozenset({"-comment", "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
                         "noscript", "select", "template"})  # fmt: skip
_SWALLOWED_TEXT: Final = frozenset(
    {"-comment", "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"}
)


def _last_node(node: LexborNode) -> LexborNode:
    while node.last_child is not None:
        node = node.last_child
    return node


def _close_swallowing_element(tree: LexborHTMLParser, html: str) -> str | None:
    """``html`` with an element that was never closed (a comment's '<!--', a '<script>', a '<noscript>' …) closed
    before the first paragraph or box it swallowed, when the page's last node is inside one and what it holds reads
    as the page's own markup (a paragraph's or a box's tags); None when the page has no such element. A browser
    shows nothing after it, but the post's file holds the article: the article is what the archive keeps."""
    candidates = [tree.root] if tree.root is not None else []
    if tree.root is not None and tree.body is not None and tree.body.child is None:
        # a <title> or <style> never closed took the whole body into the head, a comment before it all of it
        candidates += [node for node in (tree.head, tree.root.prev) if node is not None]
    for start in candidates:
        node: LexborNode | None = _last_node(start)
        while node is not None and node.tag not in _SWALLOWING:
            node = node.parent
        if node is None:
            continue
        tag = node.tag or ""
        if ("-->" if tag == "-comment" else f"</{tag}") in html[-200:].lower():
            continue  # closed: the page ends with it (a closing script is the common case)
        if tag in _SWALLOWED_TEXT:
            held = (node.html or "") if tag == "-comment" else node.text(deep=True)
            if _BLOCK_TAG_TEXT.search(held) is None:
                continue
        elif node.css_first("p, div, h1, h2, h3, li, table, section, article") is None:
            continue
        return _closed_before_its_first_box(html, "!--" if tag == "-comment" else tag)
    return None


def _closed_before_its_first_box(html: str, tag: str) -> str | None:
    """``html`` with its last ``<tag`` (or '<!--') closed before the first block tag after it, when no closing
    tag follows it; None when one does, or no block tag follows."""
    opener = re.compile("<!--" if tag == "!--" else rf"<{tag}\b[^>]*>", re.IGNORECASE)
    openers = list(opener.finditer(html))
    if not openers:
        return None
    last = openers[-1]
    closer = "-->" if tag == "!--" else f"</{tag}>"
    if re.compile("-->" if tag == "!--" else rf"</{tag}\s*>", re.IGNORECASE).search(html, last.end()):
        return None
    box = _BLOCK_TAG_TEXT.search(html, last.end())
    if box is None:
        return None
    return f"{html[: box.start()]}{closer}{html[box.start() :]}"


_LINK_TAG: Final = re.compile(r"<(/?)a\b[^<>]*>", re.IGNORECASE)  # (no "<" inside: linear on "<a <a <a")
_BOX_EDGE: Final = re.compile(
    r"</?(?:p|div|li|ul|ol|dl|dd|dt|h[1-6]|table|tr|td|th|section|article|blockquote|figure|header|footer)\b",
    re.IGNORECASE,
)


def _links_closed(html: str) -> str:
    """``html`` with each link never closed ('<a href="…">另一篇报道</p><p>…') closed where its paragraph or box ends:
    an HTML parser opens it again in every paragraph after it, and the article would read as a list of links. A link
    whose closing tag comes before the next link's opening is left as written (a card's link around its boxes)."""
    tags = list(_LINK_TAG.finditer(html))
    out: list[str] = []
    last = 0
    for i, tag in enumerate(tags):
        if tag[1] or (i + 1 < len(tags) and tags[i + 1][1]):
            continue  # a closing tag, or an opening one closed before the next link
        end = tags[i + 1].start() if i + 1 < len(tags) else len(html)
        edge = _BOX_EDGE.search(html, tag.end(), end)
        if edge is not None:
            out += [html[last : edge.start()], "</a>"]
            last = edge.start()
    return "".join(out) + html[last:] if out else html


# A character reference to a control character ('&#2' where a file was cut, '&#x1b;'): no text shows one, and
# decode_post removed those written as characters before the parse could make them again
_CONTROL_REFERENCE: Final = re.compile(
    r"&#(?:0*(?:[1-8]|1[4-9]|2[0-9]|3[01]|127)(?![0-9])|[xX]0*(?:[1-8eEfF]|1[0-9a-fA-F]|7[fF])(?![0-9a-fA-F]));?"
)


# A custom element's tag ('<news-paragraph>', '</app-comments>'): a name with a hyphen. AMP's own ('amp-img',
# 'amp-ad') are read by name elsewhere.
_CUSTOM_ELEMENT_START: Final = re.compile(r"<[a-zA-Z][a-zA-Z0-9]*-")
_CUSTOM_ELEMENT_TAG: Final = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*-[a-zA-Z0-9-]*)(?=[\s/>])([^>]*)>")
_CLASS_ATTRIBUTE: Final = re.compile(r"""(?<![\w-])class\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_SHADOW_ROOT_TEMPLATE: Final = re.compile(r"<template\b[^>]*\bshadowroot(?:mode)?\s*=[^>]*>", re.IGNORECASE)
_TEMPLATE_TAG: Final = re.compile(r"<(/?)template\b[^>]*>", re.IGNORECASE)


def _shadow_roots_shown(html: str) -> str:
    """``html`` with each declarative shadow root (``<template shadowrootmode="open">``) a <div>: a browser shows
    what it holds in place of its host's own children, where another <template> shows nothing."""
    parts: list[str] = []
    opened: list[bool] = []  # for each <template> open, whether it is a shadow root
    position = 0
    for tag in _TEMPLATE_TAG.finditer(html):
        if not tag[1]:
            shadow = _SHADOW_ROOT_TEMPLATE.fullmatch(tag[0]) is not None
            opened.append(shadow)
            if shadow:
                parts.append(html[position : tag.start()])
                parts.append("<div>")
                position = tag.end()
        elif opened and opened.pop():
            parts.append(html[position : tag.start()])
            parts.append("</div>")
            position = tag.end()
    return "".join(parts) + html[position:] if parts else html


def _custom_elements_named(html: str, tree: LexborHTMLParser) -> str | None:
    """``html`` with its custom elements (a name with a hyphen, AMP's aside) written as the <div> or <span> they
    are shown as, named by a class of their own name, or None when it has none.

    A browser shows an element it does not know inline, as a <span>, until the site's style sheet or script makes it
    a block; a page of web components writes its paragraphs as '<news-paragraph>' and its comments as
    '<app-comments>'. One is a block when it holds a block (or a custom element that is one), or when it stands in
    a run of its own kind with text in each ('<news-paragraph>…</news-paragraph><news-paragraph>…'), as blocks
    stand. Its name is the author's name for the part, as a class is: the class rules read it."""
    names = {m[2].lower() for m in _CUSTOM_ELEMENT_TAG.finditer(html) if not m[1]}
    names = {name for name in names if not name.startswith("amp-")}
    if not names:
        return None
    blocks: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name in names - blocks:
            if any(_shown_as_block(node, blocks) for node in tree.css(name)):
                blocks.add(name)
                changed = True

    def rewrite(m: re.Match[str]) -> str:
        name = m[2].lower()
        if name not in names:
            return m[0]
        tag = "div" if name in blocks else "span"
        if m[1]:
            return f"</{tag}>"
        attributes = m[3]
        own = _CLASS_ATTRIBUTE.search(attributes)
        if own is None:
            return f'<{tag} class="{name}"{attributes}>'
        value = own[1] if own[1] is not None else own[2] if own[2] is not None else own[3]
        named = f'class="{name} {value}"'
        return f"<{tag}{attributes[: own.start()]}{named}{attributes[own.end() :]}>"

    return _CUSTOM_ELEMENT_TAG.sub(rewrite, html)


def _shown_as_block(node: LexborNode, blocks: set[str]) -> bool:
    """Whether a custom element holds a block; or, with text of its own, stands beside another of its kind with
    text, or beside a block in a parent with no bare text (a part of a layout of blocks, not of a sentence)."""
    for child in node.iter():
        tag = child.tag or ""
        if tag in BLOCK_TAGS or tag in blocks:
            return True
    if not (node.text(deep=True) or "").strip():
        return False
    parent = node.parent
    if parent is not None and any(
        child.tag == "-text" and (child.text_content or "").strip() for child in parent.iter(include_text=True)
    ):
        return False  # inline in a line of text
    for sibling in (_beside(node, forward=True), _beside(node, forward=False)):
        if sibling is None:
            continue
        tag = sibling.tag or ""
        if tag in BLOCK_TAGS or tag in blocks:
            return True
        if tag == node.tag and (sibling.text(deep=True) or "").strip():
            return True
    return False


def html_to_body(html: str, main_content_only: bool = True, title: str | None = None) -> Body:
    """Blocks, images and links of an HTML body's main content, boilerplate removed.

    ``title`` (the post's own, from its front matter) tells the page's title heading when it is no <h1>.

    ``main_content_only=False`` reads the whole body (the named rules still apply): Markdown is the
    author's own text, with no page around it, and a closing list of sources is part of it.
    """
    if may_nest_deeper(html, MAX_NESTING) and max_nesting(html) > MAX_NESTING:
        body = Body(method="flat_text")
        body.blocks = strip_markup_flat(html, body.removed)
        body.removed["guard_nesting"] = 1
        _apply_text_rules(body)
        return body
    if "&#" in html:
        html = _CONTROL_REFERENCE.sub("", html)
    if "shadowroot" in html or "SHADOWROOT" in html:
        html = _shadow_roots_shown(html)
    if html.count("</a>") + html.count("</A>") < html.count("<a ") + html.count("<A "):
        html = _links_closed(html)
    tree = LexborHTMLParser(html)
    if _CUSTOM_ELEMENT_START.search(html):
        named = _custom_elements_named(html, tree)
        if named is not None:
            html = named
            tree = LexborHTMLParser(html)
    page_removed: dict[str, int] = {}
    closed = _close_swallowing_element(tree, html)
    if closed is not None:  # the rest of the page was inside an element never closed: read again, closed
        tree = LexborHTMLParser(closed)
        page_removed["close_unclosed_elements"] = 1
    root = tree.body or tree.root
    if root is None:
        return Body()
    if any(word in html for word in _DROP_CAP_WORDS):
        _join_drop_caps(root)
    if "figcaption" in html and ("<header" in html or "<HEADER" in html):
        _lead_figures_out_of_headers(root)
    scripts = root.css(_AMP_NON_CONTENT_SELECTOR if "<amp-" in html else _NON_CONTENT_SELECTOR)
    # an accordion's question is its toggle's text: it stays, with the answer it opens (``_answers_its_toggle``)
    toggles = frozenset(n.mem_id for n in scripts if n.tag == "button" and is_toggle(n) and _opens_an_answer(n))
    if toggles:
        scripts = [n for n in scripts if n.mem_id not in toggles]
    # a button that unfolds the article's rest ('展开剩余72%') stays until the walk: it marks the hidden rest as the
    # article's (``_folded_away``); its words are an interface's, which the text rules drop
    scripts = [n for n in scripts if n.tag != "button" or not _EXPAND_LABEL.fullmatch(n.text(deep=True))]
    holders = polls = signups = frozenset[int]()
    if scripts:
        page_removed["strip_scripts_and_widgets"] = len(scripts)
        holders = _holders_of_controls(scripts)
        polls = _holders_of_choices(scripts)
        signups = _holders_of_sign_ups(scripts)
        for node in scripts:
            node.decompose()
    # the guard of class rules compares with the page's readable text (scripts can be most of a page)
    rules = _Walker(
        total_text=len(root.text(deep=True)),
        control_holders=holders,
        toggles=toggles,
        poll_holders=polls,
        signup_holders=signups,
        namespace=class_namespace(html),
        hidden_names=names_a_style_sheet_hides(html) if "<style" in html or "<STYLE" in html else frozenset(),
        authors_markup=not main_content_only,
        editors_words=_EDITORS_WORD.search(html) is not None,
        decorations="aria-hidden" in html,
        code="<pre" in html or "<code" in html or "<PRE" in html or "<CODE" in html,
    )
    page = main_content.PageMeasure(rules.matching_rule, page_removed)
    measured = page.measure(root, root.tag or "body")
    chosen = (
        main_content.choose_article(measured, page.candidates, page.islands, rules.conversations(), title)
        if main_content_only
        else []
    )
    page_title = _page_title(tree, measured) if main_content_only and title is None else None
    main_content.settle_islands(page, chosen, measured.chars)
    walker = _Walker(total_text=1, apply_rules=False, source=html, soft_breaks=not main_content_only)
    walker.body.removed = page.removed
    if chosen and not (len(chosen) == 1 and chosen[0] is measured):
        main_content.prune_link_lists(chosen, walker.body.removed, rules.conversations())
        for m in chosen:
            walker.visit(m.node, "paragraph")
            walker.flush()
        for node in _loose_sentences_after(chosen[-1].node):
            walker.visit(node, "paragraph")
        walker.flush()
        if measured.chars > sum(m.chars for m in chosen):
            walker.body.method = "dom+main_content"
            left_out = measured.paragraphs - sum(m.paragraphs for m in chosen)
            walker.body.removed["outside_main_content"] = max(left_out, 1)
    if all(block.kind == THEMATIC_BREAK for block in walker.body.blocks):
        # short bodies (nothing scored) and pages whose chosen box holds no block: the whole body
        walker = _Walker(total_text=1, apply_rules=False, source=html, soft_breaks=not main_content_only)
        walker.body.removed = page.removed
        scope = main_content.title_box(measured, title) if main_content_only else None
        if scope is not None:
            # no box scored: the box around the page's title, when it holds most of the page's own text
            main_content.prune_link_lists([scope], walker.body.removed)
            walker.visit(scope.node, "paragraph")
            if measured.chars > scope.chars:
                walker.body.method = "dom+main_content"
                walker.body.removed["outside_main_content"] = max(measured.paragraphs - scope.paragraphs, 1)
        elif main_content_only:
            # no box scored (lines too short to score) or none held a block: the whole body, but not
            # its menus and its lists of other pages' links
            main_content.prune_link_lists([measured], walker.body.removed)
            walker.walk(root, "paragraph")
        else:
            main_content.prune_labelled_link_lists(measured, walker.body.removed)
            walker.walk(root, "paragraph")
        walker.flush()
    body = walker.body
    body.page_title = page_title
    drop_link_cards(body)
    _apply_text_rules(body)
    if main_content_only and len(body.blocks) > 1:
        drop_title_heading(body, tree, measured, title)
    return body


_INLINE_TAGS: Final = frozenset({"font", "span", "b", "strong", "i", "em", "u", "small", "big", "sup", "sub"})


def _loose_sentences_after(box: LexborNode) -> list[LexborNode]:
    """The text loose right after the article's box, before any other element (its words and inline tags, no link):
    the article's last sentence, which a stray end tag closed out of the box ('…功能。</div>旅客如有疑问，可拨打
    12306客服电话咨询。'); none unless it ends a sentence."""
    nodes: list[LexborNode] = []
    node = box.next
    while node is not None and (node.tag == "-text" or (node.tag in _INLINE_TAGS and node.css_first("a") is None)):
        nodes.append(node)
        node = node.next
    text = "".join(n.text(deep=True) for n in nodes).strip()
    return nodes if text and _STATED.search(text[-1]) else []


def drop_title_heading(body: Body, tree: LexborHTMLParser, measured: main_content.Measure, title: str | None) -> None:
    """The article's headline opening its blocks is its title, which ``articles.title`` holds: not a paragraph.

    The opening heading is the headline when it reads as the post's own title (from its front matter), as the
    page's ``<title>`` or ``og:title`` (or is most of one: they add the site's name; or holds most of it: a
    headline may add the column's or the author's name, 'VOA：时事大家谈：…'), or is the page's only
    ``<h1>``. A section heading opening an excerpt is none of them (a short one a title may hold) and stays.
    A headline in bold type rather than a heading: ``_drop_bold_headline``.
    """
    heading = "".join(body.blocks[0].text.split()).casefold()
    own_title = "".join((title or "").split()).casefold()
    if (
        body.blocks[0].kind != "heading"
        and len(body.blocks) > 2
        and body.blocks[1].kind == "heading"
        and (
            len(heading) <= KICKER_MAX_CHARS
            or (body.blocks[0].link_only and _is_kicker(body.blocks[0].text))
            or _TWO_FIELD_KICKER.fullmatch(body.blocks[0].text.strip())
            is not None  # ('选购指南 · 母婴亲子', '專欄｜慢慢吃')
        )
        and not _STATED.search(heading)
        and "".join(body.blocks[1].text.split()).casefold() == own_title
    ):
        # a kicker above the headline ('評論', the section's label): the headline that articles.title holds
        del body.blocks[1]
        body.count("drop_title_heading")
        # the kicker too: a link to the column's or the section's page ('Ground Truth'), or the section's name alone
        del body.blocks[0]
        body.count("drop_site_link_lines")
        return
    if (
        own_title
        and body.blocks[0].kind != "heading"
        and len(body.blocks) > 3
        and body.blocks[1].kind != "heading"
        and body.blocks[2].kind == "heading"
        and "".join(body.blocks[2].text.split()).casefold() == own_title
    ):
        # the headline under its kicker and its standfirst, both set above it in the article's header
        del body.blocks[2]
        body.count("drop_title_heading")
        return
    if body.blocks[0].kind != "heading":
        _drop_bold_headline(body, tree, heading, own_title)
        return
    # (a malformed head can leave its <title> in the body, its <meta> removed with the page's scripts)
    folded = [own_title, *_page_titles(tree.root)]
    # a numbered heading holding the title is a list's first item ('1. 粮仓书店'): the headline only when equal
    numbered = _SECTION_NUMBER.match(heading) is not None
    said = any(name and (heading == name or (not numbered and _holds_most(heading, name))) for name in folded)
    if not said:
        h1 = main_content.first_title(measured)
        said = (
            h1 is not None
            and "".join(h1.node.text(deep=True).split()).casefold() == heading
            and len(tree.css("h1")) == 1
        )
    if said:
        _drop_headline(body)


KICKER_MAX_CHARS: Final = 8


def _holds_most(heading: str, name: str) -> bool:
    """Whether a heading and a title hold one another, the part at least half the whole ('VOA：时事大家谈：…')."""
    return (len(heading) >= max(main_content.TITLE_PART_MIN_CHARS, len(name) / 2) and heading in name) or (
        len(name) >= max(main_content.TITLE_PART_MIN_CHARS, len(heading) / 2) and name in heading
    )


_SECTION_NUMBER: Final = re.compile(
    r"^(?:\d{1,2}[.、．)）]|[（(]?[一二三四五六七八九十]{1,3}[、.．)）]|第[一二三四五六七八九十\d]{1,3}[章节節部])"
)


def _drop_bold_headline(body: Body, tree: LexborHTMLParser, line: str, title: str) -> None:
    """A headline in bold type rather than a heading (an old table layout's ``<font><b>``): a first line equal to
    the page's ``<title>`` or ``og:title``, or opening it before the site's name ('…_地方新闻_某某网'), or equal to the
    post's own title and set in bold or centred type of its own (a Word export's title paragraph, with no <title>). A
    microblog's page title holds its text after its author's name, and that text stays. Only on a whole page: a
    feed's fragment has no head, and a reply's title is its first line cut out of the text. The head alone is
    read, which costs nothing on posts opening with no title. A line that only opens the post's own title is not its
    headline ('岚川市临江区人民法院' over a judgment titled '岚川市临江区人民法院：…判决书'): the court's, the column's name."""
    opens_the_title = bool(title) and line != title and title.startswith(line)
    for name in _page_titles(tree.head):
        if name == line or (
            len(line) >= main_content.TITLE_PART_MIN_CHARS
            and not opens_the_title
            and name.startswith(line)
            and name[len(line) : len(line) + 1] in _SITE_SEPARATORS
        ):
            _drop_headline(body)
            return
    head = tree.head
    whole_page = head is not None and head.child is not None
    # (a feed's fragment too, its first line the title set centred: '<p style="text-align:center">')
    if line == title and len(body.blocks) > 1 and (_set_apart(tree, line) if whole_page else _centred(tree, line)):
        _drop_headline(body)


def _set_apart(tree: LexborHTMLParser, line: str) -> bool:
    """Whether the page sets ``line`` (whitespace removed, case folded) in bold or centred type of its own."""
    return any(
        "".join(node.text(deep=True).split()).casefold() == line
        for node in tree.css("b, strong, center, font, [align=center]")
    ) or _centred(tree, line)


_CENTRED_STYLE: Final = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)


def _centred(tree: LexborHTMLParser, line: str) -> bool:
    """Whether the page sets ``line`` in centred type of its own (``<center>``, ``align``, a style's text-align)."""
    return any(
        "".join(node.text(deep=True).split()).casefold() == line
        and (node.tag == "center" or node.attributes.get("align") == "center"
             or _CENTRED_STYLE.search(node.attributes.get("style") or "") is not None)
        for node in tree.css("center, [align=center], [style*=center]")
    )  # fmt: skip


_SITE_SEPARATORS: Final = frozenset("_|-–—｜·•:：")  # between a page title's headline and the site's name


def _page_titles(root: LexborNode | None) -> list[str]:
    """The page's ``<title>`` and ``og:title`` found under ``root``, their whitespace removed and case folded."""
    names: list[str] = []
    if root is None:
        return names
    for selector, attribute in (("title", ""), ('meta[property="og:title"]', "content")):
        node = root.css_first(selector)
        if node is not None:
            text = (node.attributes.get(attribute) or "") if attribute else node.text(deep=True)
            names.append("".join(text.split()).casefold())
    return names


def _drop_markdown_title(body: Body, title: str | None, plain: bool = False) -> None:
    """A Markdown post opening with its own title as a heading ('# 粮仓书店' under 'title: 粮仓书店'): Jekyll's
    layout prints the title above it, and ``articles.title`` holds it. Only a heading equal to the title (spaces
    and case aside): a line in plain type may be a reply's first line its title was cut from, and stays.

    ``plain``: a body of plain text, which has no headings: a line equal to the title that ends no sentence (a page's
    copy as text: '夜市摊主转型直播带货 一晚卖出三百斤小龙虾' under its chrome's lines, which the rules took) is the
    headline."""
    if len(body.blocks) < 2 or not title:
        return
    wanted = {_title_key(title), _title_key(_TITLE_PREFIX.sub("", title))}

    def is_headline(block: Block) -> bool:
        if plain:
            return _title_key(block.text) in wanted and not _TITLE_ENDING.search(block.text)
        return block.kind == "heading" and _title_key(block.text) in wanted

    if is_headline(body.blocks[0]):
        _drop_headline(body)
        return
    # after a bot's short lines above it ('> 来源：城东日报'), the title as a heading once more; or, in a whole page
    # flattened to Markdown, after the site's name, its menus and its sidebars' lists, none of them prose
    for at in range(1, min(len(body.blocks) - 1, MARKDOWN_PAGE_HEADER_WITHIN)):
        above = body.blocks[at - 1]
        if _is_stated_prose(above) if plain else len(above.text) >= STATED_PROSE_MIN_CHARS:
            return  # (in plain text a masthead may be long: 'Vancouver Chinese News' beside its name)
        if at >= MARKDOWN_TITLE_WITHIN and (plain or not any(b.kind == "list_item" for b in body.blocks[:at])):
            return
        if is_headline(body.blocks[at]):
            del body.blocks[at]
            body.count("drop_title_heading")
            if plain or at >= MARKDOWN_TITLE_WITHIN:  # a page's header above its headline: the masthead, its menus
                body.count("drop_page_meta", at)
                del body.blocks[:at]
            return


MARKDOWN_TITLE_WITHIN: Final = 4  # blocks
MARKDOWN_PAGE_HEADER_WITHIN: Final = 40  # blocks of a page's header and sidebars above the headline, as Markdown
# a bot's tag before a post's title ('[城东日报] …', '【转载】…'), which the body's heading leaves out
_TITLE_PREFIX: Final = re.compile(r"^\s*(?:\[[^\[\]]{1,20}\]|【[^【】]{1,20}】)\s*")


def _title_key(text: str) -> str:
    return "".join(text.split()).casefold()


def _drop_headline(body: Body) -> None:
    if body.page_title is not None:  # a post naming no title: its headline, not <title> with the site's name
        body.page_title = body.blocks[0].text
    body.blocks = body.blocks[1:]
    body.count("drop_title_heading")


def _page_title(tree: LexborHTMLParser, measured: main_content.Measure) -> str | None:
    """The page's own title: its first <h1>, else its <title> element."""
    heading = main_content.first_title(measured)
    node = heading.node if heading is not None else tree.css_first("head > title")
    text = normalize_text(node.text(deep=True)) if node is not None else ""
    return text or None


# A body stored as a JSON string's content, never decoded ('\\u4eca\\u5e74…', '<p>…</p>\\n<p>…</p>'): a scraper
# that wrote the string as it was served. Its escapes stand for what they name.
_JSON_ESCAPE: Final = re.compile(r"\\(?:u([0-9a-fA-F]{4})|([\"\\/bfnrt]))")
_JSON_UNICODE_ESCAPE: Final = re.compile(r"\\u[0-9a-fA-F]{4}")
_JSON_LINE_BREAK: Final = re.compile(r"\\n(?![a-z])")  # not TeX's \\nabla or \\neq
_JSON_SIMPLE: Final = {'"': '"', "\\": "\\", "/": "/", "b": "", "f": "", "n": "\n", "r": "", "t": "\t"}
_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")


def _json_escapes_read(text: str) -> str | None:
    """``text`` with its JSON escapes read, when it is a JSON string's content: more escaped line breaks than
    real ones, or more escaped characters than real ones beyond ASCII (two or more either way), in what the page
    shows (its scripts hold JSON of their own). A post that shows an escape or two amid real lines and
    characters (code in an article) is None: left as written."""
    if "\\" not in text or (
        "\\n" not in text and "\\u" not in text and "<\\/" not in text
    ):  # (one character: 10x faster)
        return None
    shown = text
    if "<script" in text or "<style" in text or "<SCRIPT" in text or "<STYLE" in text:
        shown = _without_elements(text, ("script", "style"))[0]
    lines = len(_JSON_LINE_BREAK.findall(shown)) if "\\n" in shown else 0
    # an end tag escaped as JSON writes it ('<\/p>') is never HTML: more of them than real end tags
    closing = shown.count("<\\/")
    json_closing = closing >= 2 and closing > shown.count("</")
    if not json_closing and not (lines >= 2 and lines > shown.count("\n") + 1):
        escaped = len(_JSON_UNICODE_ESCAPE.findall(shown)) if "\\u" in shown else 0
        if not (escaped >= 2 and escaped > len(_NON_ASCII.findall(shown))):
            return None
    decoded = _JSON_ESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else _JSON_SIMPLE[m[2]], text)
    # a character beyond the Basic Multilingual Plane is escaped as two halves ('\\ud83d\\ude00'): joined
    return decoded.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def body_to_blocks(text: str, is_html_file: bool, title: str | None = None) -> Body:
    """Dispatch on the body's format: HTML, Markdown or plain text."""
    if not text.strip():
        return Body()
    escaped = _json_escapes_read(text)
    if escaped is not None:
        body = body_to_blocks(escaped, is_html_file, title)
        body.removed["read_json_escapes"] = 1
        return body
    protected = boilerplate.protect_liquid_raw(text)
    body = _format_to_blocks(protected, is_html_file, title)
    if title and len(body.blocks) > 2:
        _drop_later_pages_titles(body, title)
    if protected is not text:  # a raw span's braces in a link's or an image's text (blocks have theirs back)
        body.links = [Link(link.href, _with_braces(link.text)) for link in body.links]
        body.images = [Image(i.src, _with_braces(i.alt), _with_braces(i.caption)) for i in body.images]
    return body


_FALLBACK_BLOCKS: Final = "p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, td, dd, dt"


def fallback_body(text: str) -> Body:
    """Every text block of a body that the extraction failed on (a fault met on a page nobody foresaw), as the page
    holds it, chrome and all: the post keeps its text rather than being lost. An HTML body's innermost paragraphs,
    headings, list items, quotes, captions and cells, without scripts and styles; any other body's paragraphs set
    apart by blank lines."""
    body = Body(method="fallback")
    tree = LexborHTMLParser(text)
    if tree.css_first(_FALLBACK_BLOCKS) is not None:
        for node in tree.css("script, style, noscript, template"):
            node.decompose()
        for node in tree.css(_FALLBACK_BLOCKS):
            # (the innermost: a list item's paragraph once; Lexbor's selection from a node includes the node)
            if all(inner.mem_id == node.mem_id for inner in node.css(_FALLBACK_BLOCKS)):
                line = normalize_text(node.text(deep=True, separator=" "))
                if line:
                    body.blocks.append(Block(BLOCK_KINDS.get(node.tag or "", "paragraph"), line))
    else:
        body.blocks = [
            Block("paragraph", line) for part in re.split(r"\n\s*\n", text) if (line := normalize_text(part))
        ]
    return body


# a later page's headline in a copy that joined an article's pages: its title and the page's number ('…(2)', '（3）')
_PAGE_NUMBER_AFTER_TITLE: Final = re.compile(r"\s*(?:[(（]\s*(\d{1,2})\s*[)）]|[-－—]\s*第?\s*(\d{1,2})\s*[页頁]?)\s*")


def _drop_later_pages_titles(body: Body, title: str) -> None:
    """Drop the headlines of an article's later pages that a copy of all its pages repeats amid the text: the post's own
    title with the page's number after it ('一位邮递员的三十年(2)'), page 2 or later."""
    own = "".join(title.split())
    found = {
        i
        for i, block in enumerate(body.blocks)
        if block.text.startswith(own[:4])
        and "".join(block.text.split()).startswith(own)
        and (number := _PAGE_NUMBER_AFTER_TITLE.fullmatch("".join(block.text.split())[len(own) :])) is not None
        and int(number[1] or number[2]) >= 2
    }
    if found:
        body.blocks = [block for i, block in enumerate(body.blocks) if i not in found]
        body.count("drop_title_heading", len(found))


def _or_hidden_copy(body: Body, text: str, title: str | None) -> Body:
    """A page whose script writes the article (an app shell: '加载中…') and whose only copy is one the page does
    not show: in <noscript>, in a <template> for the script to stamp, in an iframe's ``srcdoc`` (its HTML
    escaped in the attribute), in the ``articleBody`` of its schema.org data (JSON-LD, the publisher's own
    statement of the article's text), or in the state a client-rendered page is built from (Next.js's
    __NEXT_DATA__). That copy, when it holds twice the text the page shows without scripts (and, from the page's
    state, holds the longest block it shows)."""
    for name, markers, read in _HIDDEN_COPIES:
        if not any(marker in text for marker in markers):
            continue  # (a page's <noscript> tracking pixels need no search for templates and srcdoc)
        copy = _copy_if_more(body, read(text), title, text if name == "read_noscript_copy" else None)
        if copy is not None and name == "read_app_state_copy" and not _holds_what_is_shown(copy, body):
            copy = None  # a page's data holds much besides its article: the copy must be of the text shown
        if copy is not None:
            copy.removed[name] = 1
            return copy
    return body


def _holds_what_is_shown(copy: Body, body: Body) -> bool:
    """Whether ``copy`` holds the longest block of what the page shows, when it shows a sentence."""
    shown = max((b.text for b in body.blocks), key=len, default="")
    return len(shown) < 15 or any(shown in b.text for b in copy.blocks)


def _copy_if_more(body: Body, inner: str, title: str | None, unwrapped_in: str | None = None) -> Body | None:
    """The body read from the hidden copy ``inner`` when it holds twice the text shown; ``unwrapped_in``: the page
    whose <noscript> elements hold it, read whole with their contents in place (as a browser without scripts shows
    it: the lead picture's caption above the article stays)."""
    shown = sum(len(b.text) for b in body.blocks)
    if len(inner) < 100 or len(inner) < 2 * shown:
        return None
    if unwrapped_in is not None:
        inner = _NOSCRIPT_CLOSE.sub("", _NOSCRIPT_OPEN.sub("", unwrapped_in))
    copy = html_to_body(inner, title=title)
    if sum(len(b.text) for b in copy.blocks) < max(2 * shown, 50):
        return None
    return copy


def _with_braces(text: str | None) -> str | None:
    return boilerplate.strip_liquid_tags(text) if text else text


# '{% comment %}…{% endcomment %}' (Liquid) and '{::comment}…{:/comment}' (kramdown): an author's note to self
_TEMPLATE_COMMENTS: Final = (
    (re.compile(r"\{%-?[ \t]*comment[ \t]*-?%\}"), re.compile(r"\{%-?[ \t]*endcomment[ \t]*-?%\}")),
    (re.compile(r"\{::comment\}"), re.compile(r"\{:/(?:comment)?\}")),
)


def _without_template_comments(text: str) -> str:
    for opener, closer in _TEMPLATE_COMMENTS:
        text = boilerplate.replace_spans(text, opener, closer, lambda _, __: "")
    return text


# kramdown's other extensions: '{::nomarkdown}…{:/nomarkdown}' shows what it holds, '{::options … /}' nothing
_KRAMDOWN_EXTENSION: Final = re.compile(r"\{::nomarkdown\}|\{:/nomarkdown\}|\{:/\}|\{::options[^{}\n]*/\}")
_CUT_TAG_AT_END: Final = re.compile(r"</?\s*\Z")
_CDATA_START: Final = re.compile(r"\s*<!\[CDATA\[")
# a feed's wrapper left inside a page's box ('<div class="c-bd"><![CDATA[　　東灣市議會…]]></div>'): HTML reads it as
# a comment up to the first '>', which would hide the text; a script's or a style's wrapper is theirs
_CDATA_IN_A_BOX: Final = re.compile(
    r"(<(?!script|style)[a-z][a-z0-9]*\b[^>]*>\s*)<!\[CDATA\[(.*?)\]\]>", re.DOTALL | re.IGNORECASE
)
_CDATA_WRAPPER: Final = re.compile(r"\A\s*<!\[CDATA\[(.*?)(?:\]\]>\s*)?\Z", re.DOTALL)  # (code's CDATA stays)
# A whole feed item kept as the body (its <title>, its <description> summary, then the article in <content:encoded>):
# the article is the content; the summary repeats its start. An item with no content element holds the article in
# its <description> (RSS) or <content> or <summary> (Atom); its link, id, creator and dates are the feed's fields.
_FEED_ITEM_START: Final = re.compile(
    r"\s*(?:<\?xml[^>]*\?>\s*)?<(?:item|entry|title|description|content:encoded)\b", re.IGNORECASE
)
_FEED_ITEM_CONTENTS: Final = tuple(
    re.compile(rf"<{name}(?:\s[^>]*)?>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</{name}>", re.DOTALL | re.IGNORECASE)
    for name in ("content:encoded", "content", "description", "summary")
)
_FEED_ITEM_MARKERS: Final = ("content:encoded", "<item", "<entry", "<ITEM", "<ENTRY")


def _feed_item_content(text: str) -> str:
    """The article a whole feed item holds (``_FEED_ITEM_CONTENTS``, the first that holds any), or the item as it is."""
    for pattern in _FEED_ITEM_CONTENTS:
        content = pattern.search(text)
        if content is not None and content.group(1).strip():
            return content.group(1)
    return text


# An HTML comment: Markdown passes it to the page, where no one sees it (an editor's note, a draft paragraph)
_HTML_COMMENT_OPEN: Final = re.compile(r"<!--")
_HTML_COMMENT_CLOSE: Final = re.compile(r"-->")


# Block tags written out escaped ('&lt;p&gt;'): a body a scraper stored as escaped HTML
_ESCAPED_BLOCK_TAG: Final = re.compile(
    r"&lt;(?:p|div|br|h[1-6]|li|ul|ol|table|blockquote|section)\b[^&]{0,200}?&gt;", re.I
)
_NOSCRIPT_OPEN: Final = re.compile(r"<(?:noscript|NOSCRIPT)\b[^>]*>")
_NOSCRIPT_CLOSE: Final = re.compile(r"</(?:noscript|NOSCRIPT)\s*>")
_TEMPLATE_OPEN: Final = re.compile(r"<(?:template|TEMPLATE)\b[^>]*>")
_TEMPLATE_CLOSE: Final = re.compile(r"</(?:template|TEMPLATE)\s*>")
_TEXTAREA_OPEN: Final = re.compile(r"<(?:textarea|TEXTAREA)\b[^>]*>")
_TEXTAREA_CLOSE: Final = re.compile(r"</(?:textarea|TEXTAREA)\s*>")
_SRCDOC: Final = re.compile(r"""\bsrcdoc\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _contents(text: str, opener: re.Pattern[str], closer: re.Pattern[str]) -> list[str]:
    """What each element ``opener`` … ``closer`` holds (``boilerplate.spans``: in one pass)."""
    return [text[start.end() : inner_end] for start, inner_end, _ in boilerplate.spans(text, opener, closer)]


_JSON_LD_OPEN: Final = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>", re.IGNORECASE)
_SCRIPT_CLOSE: Final = re.compile(r"</script\s*>", re.IGNORECASE)


def _json_nodes(text: str, opener: re.Pattern[str], marker: str | None = None) -> Iterable[Any]:
    """Every value of the JSON in the page's scripts that ``opener`` opens (holding ``marker``, when given), depth
    first; a script that is no JSON is passed over."""
    for script in _contents(text, opener, _SCRIPT_CLOSE):
        if marker is not None and marker not in script:
            continue
        try:
            data = json.loads(script, strict=False)  # (raw line breaks in strings, as pages write them)
        except ValueError:
            continue
        yield from _depth_first(data)


def _depth_first(data: Any) -> Iterable[Any]:
    stack = [data]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _articles_in_json_ld(text: str) -> str:
    """The longest ``articleBody`` of the page's JSON-LD scripts, as HTML: its paragraphs (blank lines or line
    breaks apart) in <p>, or the HTML a publisher put there."""
    found = [
        item["articleBody"]
        for item in _json_nodes(text, _JSON_LD_OPEN, "articleBody")
        if isinstance(item, dict) and isinstance(item.get("articleBody"), str)
    ]
    return _as_html_article(max(found, key=len)) if found else ""


def _as_html_article(article: str) -> str:
    """An article's text from a page's data as HTML: the HTML a publisher put there, or its paragraphs (blank
    lines or line breaks apart) in <p>."""
    if looks_like_html(article):
        return article
    return "".join(f"<p>{html_lib.escape(part)}</p>" for part in _plain_paragraphs(article) if part.strip())


# The state a client-rendered page is built from, as JSON in a script: Next.js's __NEXT_DATA__, Nuxt's and others'
# 'application/json' scripts
_APP_STATE_OPEN: Final = re.compile(r"<script\b[^>]*(?:application/json|__NEXT_DATA__)[^>]*>", re.IGNORECASE)
_SENTENCE_END: Final = re.compile(r"[。！？；，.!?;,]")
_SCRIPT_OPEN: Final = re.compile(r"<script\b[^>]*>", re.IGNORECASE)
_STATE_ASSIGNMENT: Final = re.compile(r"\b(?:window\.)?__[A-Z][A-Z0-9_]*_STATE__\s*=\s*(?=[{\[])")


def _article_in_app_state(text: str) -> str:
    """The longest text of a client-rendered page's state as HTML: one string (the article's HTML, or its text with
    line breaks), or a list of strings or of records with a string (the article's paragraphs as blocks), when most
    of them read as prose (a list of titles and names does not)."""
    best, best_chars = "", 0
    for item in _app_state_nodes(text):
        if isinstance(item, list):
            parts = [part for part in map(_record_as_html, item) if part]
            texts = [_ANY_TAG.sub("", part) for part in parts]
            prose = sum(1 for part in texts if _SENTENCE_END.search(part))
            chars = sum(map(len, texts))
            if len(parts) >= 2 and 2 * prose > len(parts) and chars > best_chars:
                best, best_chars = "".join(parts), chars
        elif isinstance(item, str) and len(item) > best_chars and _SENTENCE_END.search(item):
            best, best_chars = _as_html_article(item), len(item)
    return best


def _app_state_nodes(text: str) -> Iterable[Any]:
    """Every value of a client-rendered page's state: its JSON scripts (``_APP_STATE_OPEN``), and the object a script
    assigns to a global of the page ('window.__INITIAL_STATE__={…};', Redux's and Vuex's form), depth first."""
    yield from _json_nodes(text, _APP_STATE_OPEN)
    if "_STATE__" not in text:
        return
    for script in _contents(text, _SCRIPT_OPEN, _SCRIPT_CLOSE):
        match = _STATE_ASSIGNMENT.search(script) if "_STATE__" in script else None
        if match is None:
            continue
        try:
            data, _ = json.JSONDecoder(strict=False).raw_decode(script, match.end())
        except ValueError:
            continue
        yield from _depth_first(data)


# A block of the article as a record of the page's state, by its type ('{"type": "heading", "text": …}'): its text
# is named as such; a picture's is its caption, never its address; an ad's or a list of other articles' is none
_RECORD_TYPE_KEYS: Final = ("type", "kind", "blockType", "block_type", "__typename", "_type")
_RECORD_TEXT_KEYS: Final = ("text", "content", "html", "body", "value", "caption", "alt")
_RECORD_SKIPPED: Final = re.compile(r"ad|ads|advert|advertisement|sponsor|sponsored|promo|related|recommend\w*", re.I)
_RECORD_TAGS: Final = (
    (re.compile(r"heading|header|h[1-6]|subhead\w*|title", re.I), "h2"),
    (re.compile(r"quote|blockquote|pullquote|pull_quote", re.I), "blockquote"),
    (re.compile(r"image|img|figure|photo|picture|caption", re.I), "figcaption"),
)
_WEB_ADDRESS_VALUE: Final = re.compile(r"^(?:https?:)?//\S+$|^/\S*$")


def _record_as_html(item: Any) -> str:
    """One block of an article listed in a page's state, as HTML: a string is a paragraph; a record's text under the
    key its type names it by (``_RECORD_TEXT_KEYS``), else its longest string that is no web address nor its type,
    in the element of its type (``_RECORD_TAGS``)."""
    if isinstance(item, str):
        return _as_html_article(item.strip()) if item.strip() else ""
    if not isinstance(item, dict):
        return ""
    kind = next((item[key] for key in _RECORD_TYPE_KEYS if isinstance(item.get(key), str)), "")
    if kind and _RECORD_SKIPPED.fullmatch(kind):
        return ""
    text = next(
        (
            value.strip()
            for key in _RECORD_TEXT_KEYS
            if isinstance(value := item.get(key), str) and value.strip() and not _WEB_ADDRESS_VALUE.match(value)
        ),
        "",
    )
    if not text:
        values = [
            value.strip()
            for key, value in item.items()
            if isinstance(value, str) and key not in _RECORD_TYPE_KEYS and not _WEB_ADDRESS_VALUE.match(value.strip())
        ]
        text = max(values, key=len, default="")
    if not text:
        return ""
    tag = next((tag for pattern, tag in _RECORD_TAGS if kind and pattern.fullmatch(kind)), "p")
    inner = text if looks_like_html(text) else html_lib.escape(text)
    if tag == "figcaption":
        return f"<figure><figcaption>{inner}</figcaption></figure>"
    return f"<{tag}>{inner}</{tag}>"


# Each copy's markers (lower or upper case, as pages write tags) and its reader; a pattern without IGNORECASE
# opens with a literal '<', which the regex engine skips to (case-insensitive, it tries every character of the page)
_HIDDEN_COPIES: Final = (
    (
        "read_noscript_copy",
        ("<noscript", "<NOSCRIPT"),
        lambda text: "\n".join(_contents(text, _NOSCRIPT_OPEN, _NOSCRIPT_CLOSE)),
    ),
    (
        "read_template_copy",
        ("<template", "<TEMPLATE"),
        lambda text: "\n".join(_contents(text, _TEMPLATE_OPEN, _TEMPLATE_CLOSE)),
    ),
    (
        "read_srcdoc_copy",
        ("srcdoc",),
        lambda text: "\n".join(html_lib.unescape(m[1] or m[2]) for m in _SRCDOC.finditer(text)),
    ),
    ("read_json_ld_copy", ('"articleBody"',), _articles_in_json_ld),
    ("read_app_state_copy", ("__NEXT_DATA__", "application/json", "_STATE__"), _article_in_app_state),
    # an editor's source of the article in a hidden form field ('<textarea style="display:none">&lt;p&gt;…'): what a
    # text area holds is text, its markup escaped
    (
        "read_textarea_copy",
        ("<textarea", "<TEXTAREA"),
        lambda text: "\n".join(html_lib.unescape(inner) for inner in _contents(text, _TEXTAREA_OPEN, _TEXTAREA_CLOSE)),
    ),
)
_HIDDEN_COPY_MARKERS: Final = tuple(marker for _, markers, _ in _HIDDEN_COPIES for marker in markers)


ESCAPED_PAGE_MIN_TAGS: Final = 2  # escaped block tags for a body of text to be an escaped page
ESCAPED_PAGE_IN_HTML_MIN_TAGS: Final = 3  # and inside real tags, more of them than of the real ones


def _escaped_page_read(text: str, among_html: bool) -> str | None:
    """The page a body holds escaped, unescaped (twice when it was escaped twice), or None. ``among_html``: the
    body has real tags too (a feed generator's wrapper, an RSS item's entity-escaped content), and the escaped
    block tags must outnumber them (an article that shows a tag or two in its text has far more real ones)."""
    least = ESCAPED_PAGE_IN_HTML_MIN_TAGS if among_html else ESCAPED_PAGE_MIN_TAGS
    probe = text
    if "&amp;lt;" in probe:
        once = html_lib.unescape(probe)
        if len(_ESCAPED_BLOCK_TAG.findall(once)) >= least:
            probe = once
    escaped = len(_ESCAPED_BLOCK_TAG.findall(probe)) if "&lt;" in probe else 0
    if escaped < least or (among_html and escaped <= len(_BLOCK_LEVEL_TAG.findall(probe))):
        return None
    return html_lib.unescape(probe)


# A text browser's dump of a page (lynx -dump, w3m): its links numbered in the text ('[5]首页') and listed at the end
# under 'References' ('   5. https://…'): the page's text with its links, to be read as the page it is
_DUMP_REFERENCES: Final = re.compile(
    r"\n[ \t]*(?:References|参考链接|參考連結)[ \t]*\n((?:[ \t]*\n|[ \t]*\d{1,4}\.[ \t]+\S+[ \t]*\n?)+)\s*$"
)
_DUMP_REFERENCE: Final = re.compile(r"^[ \t]+(\d{1,4})\.[ \t]+(\S+)[ \t]*$", re.MULTILINE)  # (numbers set right)
_DUMP_LINK: Final = re.compile(r"\[(\d{1,4})\]([^\s\[\]]*)")
_DUMP_IMAGE: Final = re.compile(r"\[(?:IMG|INLINE|圖片|图片)\][ \t]*")
_DUMP_BULLET: Final = re.compile(r"^[ \t]*(?:[*+•o]|\d{1,3}\.)[ \t]+")
DUMP_MIN_LINKS: Final = 3
DUMP_SHORT_LINE: Final = 40


def text_browser_page(text: str, title: str | None = None) -> str | None:
    """The HTML of a text browser's dump of a page: its numbered links as links to the addresses of its
    'References' list, its paragraphs (blocks of lines between blank lines) as paragraphs, its bulleted lines as a
    list, a line that is the post's ``title`` as its headline; None when the text is no such dump (three numbered
    links at least, each listed). The page is then read as any page: its menus and lists of other pages go."""
    wanted = "".join((title or "").split())
    found = _DUMP_REFERENCES.search(text)
    if found is None:
        return None
    addresses = {int(n): url for n, url in _DUMP_REFERENCE.findall(found.group(1))}
    page = text[: found.start()]
    # links with words (a footnote's marker before a full stop, '[1]。', is none)
    linked_words = sum(
        int(link.group(1)) in addresses and boilerplate.has_word(link.group(2)) for link in _DUMP_LINK.finditer(page)
    )
    if len(addresses) < DUMP_MIN_LINKS or linked_words < DUMP_MIN_LINKS:
        return None

    def linked(line: str) -> str:
        out, at = [], 0
        for link in _DUMP_LINK.finditer(line):
            out.append(html_lib.escape(line[at : link.start()]))
            href = addresses.get(int(link.group(1)))
            words = html_lib.escape(link.group(2))
            out.append(f'<a href="{html_lib.escape(href, quote=True)}">{words}</a>' if href and words else words)
            at = link.end()
        out.append(html_lib.escape(line[at:]))
        return "".join(out)

    parts = []
    for block in re.split(r"\n[ \t]*\n", page):
        lines = [_DUMP_IMAGE.sub("", line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if wanted and len(lines) == 1 and "".join(lines[0].split()) == wanted:
            parts.append(f"<h1>{html_lib.escape(lines[0])}</h1>")
        elif all(_DUMP_BULLET.match(line) for line in lines):
            items = "".join(f"<li>{linked(_DUMP_BULLET.sub('', line))}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        else:
            # short lines are lines of their own (a byline, a pager); a paragraph wraps at the dump's width
            short = len(lines) > 1 and all(len(line) < DUMP_SHORT_LINE for line in lines)
            inner = "".join(f"<p>{linked(line)}</p>" for line in lines) if short else "\n".join(map(linked, lines))
            # (a line of links and separators only is a row of links, a box as a page has it: a menu, a footer's)
            bare = _DUMP_LINK.sub("", "".join(lines))
            parts.append(f"<div>{inner}</div>" if short or not boilerplate.has_word(bare) else f"<p>{inner}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


_PAGE_END: Final = re.compile(r"</html\s*>", re.IGNORECASE)
_TAGS: Final = re.compile(r"<[^>]*>")
AFTER_PAGE_MIN_CHARS: Final = 20


def _page_and_after(text: str) -> tuple[str, str]:
    """A whole page and what a scraper or an importer wrote after its '</html>' when that holds sentences (the rest of
    the article, fetched apart): a parser would put it at the end of the page's body, far from the article's box."""
    at = max(text.rfind("</html"), text.rfind("</HTML"))
    end = _PAGE_END.match(text, at) if at >= 0 else None
    if end is None:
        return text, ""
    after = text[end.end() :]
    words = "".join(html_lib.unescape(_TAGS.sub("", after)).split())
    if len(words) < AFTER_PAGE_MIN_CHARS or not _SENTENCE_END.search(words):
        return text, ""
    return text[: end.end()], after


def _add_part_after_the_page(body: Body, part: Body) -> None:
    """Add the blocks read after the page's end to its body, those the page does not hold already."""
    _append_part(body, part)
    body.count("read_text_after_the_page")


_FOOTNOTES_SEPARATOR: Final = '<hr class="footnotes-sep" />'


def _append_part(body: Body, part: Body) -> None:
    held = {block.text for block in body.blocks}
    body.blocks += [block for block in part.blocks if block.text not in held]
    body.images += part.images
    body.links += part.links
    body.credits += [credit for credit in part.credits if credit not in body.credits]
    for rule, n in part.removed.items():
        body.count(rule, n)


def _format_to_blocks(text: str, is_html_file: bool, title: str | None) -> Body:
    if "{{" in text:
        if "{{<" in text or "{{%" in text:
            text = _HUGO_FIGURE.sub(_include_as_html, text)
            text = _HUGO_REF.sub(r"\1\2", text)
        text = _LIQUID_IN_ADDRESS.sub(r"\1", text)
    if "post_url" in text or "{% link" in text:
        text = _LIQUID_POST_URL.sub(r"\1\2", text)
    liquid, kramdown = "{%" in text, "{:" in text
    if liquid and "include" in text:
        text = _LIQUID_INCLUDE.sub(_include_as_html, text)
    if (liquid or kramdown) and "comment" in text:  # what Liquid and kramdown never show: a note
        text = _without_template_comments(text)
    if kramdown and ("{::" in text or "{:/" in text):
        text = _KRAMDOWN_EXTENSION.sub("", text)
    if any(marker in text[:2000] for marker in _FEED_ITEM_MARKERS) and _FEED_ITEM_START.match(text):
        text = _feed_item_content(text)  # (a tutorial's example of one is in its text: the body opens otherwise)
    if _CDATA_START.match(text):  # a feed item's text stored with its wrapper: its content is the body
        text = _CDATA_WRAPPER.sub(r"\1", text)
    elif "<![CDATA[" in text:
        text = _CDATA_IN_A_BOX.sub(r"\1\2", text)
    if not is_html_file and "[1]" in text and ("References" in text or "参考链接" in text or "參考連結" in text):
        dump = text_browser_page(text, title)
        if dump is not None:  # a text browser's dump of a whole page: read as the page
            body = html_to_body(dump, title=title)
            body.method = "text_browser_dump"
            body.removed["read_text_browser_dump"] = 1
            return body
    # a page of HTML is no source in another markup, whatever its scripts' templates write ('{{ message }}')
    markup_source = not is_html_file and not _html_page(text)
    if markup_source:
        read = text
        if dialects.is_mdx(text) or dialects.is_quarto(text):
            text = dialects.as_markdown(text)  # (MDX's and Quarto's Markdown: their statements and chunks' code go)
        elif "=>" in text and dialects.is_gemtext(text):
            text = dialects.gemtext_as_markdown(text)
        elif wikitext.is_wikitext(text):
            text = wikitext.wikitext_as_markdown(text)
        elif "[Script Info]" in text and dialects.is_subtitles(text):
            text = dialects.subtitles_as_text(text)
        if text is not read:  # (what a dialect became is weighed again: its components are boxes of HTML now)
            markup_source = not _html_page(text)
    if markup_source and (source := _markup_source_rendered(text)) is not None:
        text, kind = source
    else:
        kind = body_format(text, is_html_file)
    if kind != "html" and "<!--" in text:
        text = boilerplate.replace_spans(text, _HTML_COMMENT_OPEN, _HTML_COMMENT_CLOSE, lambda _, __: "")
        kind = body_format(text, is_html_file)
    if "&lt;" in text or "&amp;lt;" in text:
        # the page as its scraper stored it, escaped (maybe twice: a feed's copy of a feed); inside a wrapper of
        # real tags too (the generator's <div>, a .html post), when its escaped tags outnumber the real ones
        page = _escaped_page_read(text, among_html=kind == "html")
        if page is not None:
            text, kind = page, "html"
    if kind == "html":
        if text[-40:].rstrip().endswith(("<", "</")):  # a file cut off as a tag opened: the parser keeps '</' as text
            text = _CUT_TAG_AT_END.sub("", text)
        page, after = _page_and_after(text)
        body = html_to_body(_wordpress_figures(page), title=title)
        if any(marker in page for marker in _HIDDEN_COPY_MARKERS):
            body = _or_hidden_copy(body, page, title)
        if after:
            _add_part_after_the_page(body, html_to_body(after, title=title))
        return body
    text = _chat_lines_set_apart(text)
    removed: dict[str, int] = {}  # (what the text's own rules took before its blocks were read)
    text = _without_quoted_messages(text, removed)
    text = _outliner_page_read(text, removed)
    if kind == "markdown":
        if "--" in text:
            text = _without_signature(text, removed, markdown=True)
        markdown = _markdown_figures(_lines_as_paragraphs(_menus_with_bars(_written_lines_apart(text))))
        # the footnotes the renderer sets after the text are read apart: the site's closing lines before them (a
        # repost's note, a promo) are the text's last, where the rules look for them
        text_part, _, notes = _wordpress_figures(markdown_to_html(markdown)).partition(_FOOTNOTES_SEPARATOR)
        body = html_to_body(text_part, main_content_only=False)
        if notes:
            _append_part(body, html_to_body(notes, main_content_only=False))
        body.method = "markdown"
        for rule, n in removed.items():
            body.count(rule, n)
        _drop_markdown_title(body, title)
        if "drop_title_heading" not in body.removed:
            _drop_plain_title(body, text, title)
        if body.blocks or body.images or body.removed:
            return body
        # markdown-it drops what is nested deeper than its limit (20 quote or list levels):
        # rather than lose the text, read it as plain text.
    body = Body(method="plain_text", removed=removed)
    body.blocks = plain_text_blocks(text, body.removed)
    _apply_text_rules(body)
    _drop_plain_title(body, text, title)
    return body


# The markup sources read as the Markdown they render as: how each is told, and its reader
_MARKUP_SOURCES: Final[tuple[tuple[Callable[[str], bool], Callable[[str], str], str], ...]] = (
    (org.is_org, org.org_as_markdown, "markdown"),
    (asciidoc.is_asciidoc, asciidoc.asciidoc_as_markdown, "markdown"),
    (rst.is_rst, rst.rst_as_html, "html"),
)


def _html_page(text: str) -> bool:
    """Whether a body is a page of HTML, with block-level tags (reST's own raw HTML in '.. raw:: html' aside)."""
    outside_raw = rst.without_raw_blocks(text) if ".. raw::" in text else text
    return looks_like_html(outside_raw) and _BLOCK_LEVEL_TAG.search(outside_raw) is not None


def _markup_source_rendered(text: str) -> tuple[str, str] | None:
    """Org-mode, AsciiDoc or reStructuredText source as the Markdown or HTML it renders as (``org``, ``asciidoc``,
    ``rst``), with that kind's name; None for any other body. Each is told by its own block syntax (in a body that is
    no HTML page: ``_html_page``), outside the code samples a Markdown text shows."""
    for is_source, rendered, kind in _MARKUP_SOURCES:
        if is_source(text) and (("```" not in text and "highlight" not in text) or is_source(_without_code(text))):
            return rendered(text), kind
    return None


def _drop_plain_title(body: Body, text: str, title: str | None) -> None:
    """A page copied as text (or as Markdown with no heading), its headline in plain type under the chrome's lines
    (``_drop_markdown_title``'s ``plain``); a first line equal to the title is a reply's text, its title cut from it,
    unless the page's chrome follows it (a copied page's headline over its byline: '原创 某号 2023-11-18 20:05')."""
    if not title:
        return
    first, _, rest = text.lstrip().partition("\n")
    if _title_key(first) != _title_key(title):
        _drop_markdown_title(body, title, plain=True)
        return
    second = _title_key(rest.lstrip().partition("\n")[0])
    if second and not any(second in _title_key(block.text) for block in body.blocks[:2]):
        _drop_markdown_title(body, title, plain=True)  # (the line under it went: the page's chrome)
