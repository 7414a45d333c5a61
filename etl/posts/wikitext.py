"""MediaWiki's wikitext read as the Markdown of the page it renders.

A wiki's news (a Wikinews-like site, a community wiki) or a page's edit form copied by a feed bot keeps the wiki's
source: templates ('{{Infobox …}}', '{{cite news|…}}'), references ('<ref>…</ref>'), links ('[[大觀戲院|戲院]]',
'[https://… 公所]'), categories ('[[Category:文化]]'), headings ('== 開館首日 =='), bold in quotes ("'''…'''") and
tables ('{| … |}'). mwparserfromhell parses it (nested templates and tags are a grammar, not line patterns);
``wikitext_as_markdown`` writes its tree as Markdown: what the page shows as text stays (headings, lists, link labels,
tables, bold and italics), what it does not goes (templates, which render as boxes, citations and navigation;
references, whose list the page sets apart; categories; comments; magic words), and a file's caption stays as a line.

A body counts as wikitext only by three kinds of wikitext's syntax, one of them its own (a heading closed by '=='s,
bold in three quotes, a template opening a line), in a body with no Markdown heading unless it has wikitext's.
"""

from __future__ import annotations

import re
from typing import Any, Final

from etl.posts.dialects import split_feed_header

_HEADING: Final = re.compile(r"^(={2,6})[ \t]*[^=\n].*?[ \t]*\1[ \t]*$", re.MULTILINE)
_BOLD: Final = re.compile(r"'''[^'\n]+'''")
_TEMPLATE_LINE: Final = re.compile(r"^\{\{[^{}\n|]{1,60}(?:\||\}\}|$)", re.MULTILINE)
_LINK: Final = re.compile(r"\[\[[^\[\]\n]{1,200}\]\]")
_REF: Final = re.compile(r"<ref[\s>/]", re.IGNORECASE)
_EXTERNAL: Final = re.compile(r"\[https?://[^\s\]]+ [^\]\n]+\]")
_TABLE: Final = re.compile(r"^\{\|", re.MULTILINE)
_MARKDOWN_HEADING: Final = re.compile(r"^#{1,6} \S", re.MULTILINE)
_MAGIC_WORD: Final = re.compile(r"__[A-Z]{4,20}__")
# a link's namespace that shows no text in the article: its categories, its files (their captions aside)
_CATEGORY: Final = re.compile(r"^:?\s*(?:category|分类|分類|類別)\s*:", re.IGNORECASE)
_FILE: Final = re.compile(r"^:?\s*(?:file|image|media|文件|檔案|档案|图像|圖像|圖片|图片)\s*:", re.IGNORECASE)
_FILE_OPTION: Final = re.compile(
    r"^(?:thumb|thumbnail|frame|frameless|border|left|right|center|centre|none|upright(?:=.*)?|\d+(?:x\d+)?px|"
    r"(?:alt|link|page|lang|class)=.*|缩略图|縮圖|左|右|居中|置中)$",
    re.IGNORECASE,
)
_HIDDEN_TAGS: Final = frozenset({"ref", "references", "gallery", "math", "timeline", "templatestyles", "score"})
_LIST_MARKS: Final = {"*": "* ", "#": "1. ", ";": "", ":": ""}


def is_wikitext(text: str) -> bool:
    """Whether a body is wikitext: three kinds of its syntax, one of them wikitext's own."""
    if "[[" not in text and "{{" not in text and "''" not in text and "==" not in text:
        return False
    own = {
        kind
        for kind, pattern in (("heading", _HEADING), ("bold", _BOLD), ("template", _TEMPLATE_LINE), ("table", _TABLE))
        if pattern.search(text)
    }
    shared = {
        kind for kind, pattern in (("link", _LINK), ("ref", _REF), ("external", _EXTERNAL)) if pattern.search(text)
    }
    # (a line opening with '#' is a numbered item in wikitext: a Markdown heading counts against it where the text has
    # no heading of wikitext's)
    return bool(own) and len(own | shared) >= 3 and ("heading" in own or _MARKDOWN_HEADING.search(text) is None)


def _text(code: Any) -> str:
    """A parsed wikitext's nodes as Markdown."""
    from mwparserfromhell import nodes

    out: list[str] = []
    for node in code.nodes:
        if isinstance(node, nodes.Text):
            out.append(str(node))
        elif isinstance(node, nodes.Heading):
            out.append(f"\n\n{'#' * node.level} {_text(node.title).strip()}\n\n")
        elif isinstance(node, nodes.Wikilink):
            out.append(_link_text(node))
        elif isinstance(node, nodes.ExternalLink):
            out.append(_text(node.title) if node.title else str(node.url))
        elif isinstance(node, nodes.HTMLEntity):
            out.append(node.normalize())
        elif isinstance(node, nodes.Tag):
            out.append(_tag_text(node))
        # templates, comments, arguments: nothing the article shows as its text
    return "".join(out)


def _link_text(link: Any) -> str:
    title = str(link.title).strip()
    if _CATEGORY.match(title):
        return ""
    if _FILE.match(title):  # a file: its caption, the last part that is no option, as a line of its own
        parts = [str(part).strip() for part in str(link.text or "").split("|")]
        caption = next((part for part in reversed(parts) if part and not _FILE_OPTION.match(part)), "")
        return f"\n\n{caption}\n\n" if caption else ""
    return _text(link.text) if link.text else title.lstrip(":").split("#")[0] or title


def _tag_text(tag: Any) -> str:
    name = str(tag.tag).strip().lower()
    markup = tag.wiki_markup
    if name in _HIDDEN_TAGS:
        return ""
    if markup in ("'''", "''"):
        inner = _text(tag.contents) if tag.contents else ""
        mark = "**" if markup == "'''" else "*"
        return f"{mark}{inner.strip()}{mark}" if inner.strip() else ""
    if markup in _LIST_MARKS:
        return _LIST_MARKS[markup]
    if name == "table":
        return _table(tag)
    if name == "br":
        return "\n"
    if name == "hr":
        return "\n\n---\n\n"
    return _text(tag.contents) if tag.contents else ""


def _table(tag: Any) -> str:
    """A table as a Markdown table: its rows' cells in order, the first row its head (its cells may stand before the
    first row's mark, '! 乡镇 !! 排名' right under '{|')."""
    from mwparserfromhell import nodes

    def cells(code: Any) -> list[str]:
        return [
            " ".join(_text(node.contents).split()).replace("|", "\\|") if node.contents else ""
            for node in code.nodes
            if isinstance(node, nodes.Tag) and str(node.tag).lower() in ("td", "th")
        ]

    rows = [cells(tag.contents)] if tag.contents else []
    for node in tag.contents.nodes if tag.contents else []:
        if isinstance(node, nodes.Tag) and str(node.tag).lower() == "tr" and node.contents:
            rows.append(cells(node.contents))
    rows = [row for row in rows if row]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    return "\n\n" + "\n".join([lines[0], "|" + "---|" * width, *lines[1:]]) + "\n\n"


def wikitext_as_markdown(text: str) -> str:
    """``text``, wikitext, as Markdown (see the module's note); as it is when the parser cannot read it."""
    import mwparserfromhell

    header, source = split_feed_header(text)
    try:
        code = mwparserfromhell.parse(_MAGIC_WORD.sub("", source))
    except Exception:  # (its parser's errors on malformed source: the text stays as written)
        return text
    return header + re.sub(r"\n{3,}", "\n\n", _without_empty_sections(_text(code)))


_MARKDOWN_HEADING_LINE: Final = re.compile(r"^(#{1,6}) ")


def _without_empty_sections(markdown: str) -> str:
    """The Markdown without headings whose section shows nothing (its references' list, its sources' templates)."""
    lines = markdown.split("\n")
    kept: list[str] = []
    for at, line in enumerate(lines):
        heading = _MARKDOWN_HEADING_LINE.match(line)
        if heading is not None:
            level = len(heading[1])
            rest = lines[at + 1 :]
            end = next(
                (
                    n
                    for n, after in enumerate(rest)
                    if (h := _MARKDOWN_HEADING_LINE.match(after)) and len(h[1]) <= level
                ),
                len(rest),
            )
            if not any(after.strip() for after in rest[:end]):
                continue
        kept.append(line)
    return "\n".join(kept)
