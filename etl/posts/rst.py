"""reStructuredText source read as the HTML that docutils renders it as.

Some blogs are written in reStructuredText (Pelican's and Sphinx's markup) and a feed bot that takes the source keeps
reST's own syntax in the post. Read as Markdown, its explicit markup ('.. note::', '.. image:: …', '.. 編輯備註'),
its bibliographic fields (':author: …'), section adornments ('=====') and links ('`官網 <https://…>`_') come out as
text or as marks. docutils is reST's reference implementation: ``rst_as_html`` has it parse the source into its
document tree, takes from the tree what a rendered page never shows as the article's text (comments, the
bibliographic fields and a field list at its start that a page shows as metadata (Pelican's ':slug:'), a generated table of contents, link targets, substitution
definitions, docutils' own error reports) and the English label over a plain admonition ('Note'), and writes the
rest as HTML, which the HTML reader then reads as a feed template's clean body. Reading and including files and
running raw code are turned off: a post's text never reaches outside itself.

A body counts as reST only by three kinds of reST's syntax at least, one of them its explicit markup ('.. ' lines)
or its inline links, in a body that writes no Markdown link, image, heading or code fence.
"""

from __future__ import annotations

import re
from typing import Any, Final

from etl.posts.dialects import split_feed_header

_DIRECTIVE: Final = re.compile(r"^[ \t]*\.\. (?:\|[^|\n]+\| )?[A-Za-z][\w:+.-]*::(?:[ \t]|$)", re.MULTILINE)
_EXPLICIT: Final = re.compile(r"^\.\. (?:_[^:\n]+:|\[[#*\w-]+\]|\|[^|\n]+\||[^\s.:])", re.MULTILINE)
_FIELD: Final = re.compile(r"^:[A-Za-z][\w -]{0,30}:(?:[ \t]+\S|[ \t]*$)", re.MULTILINE)
_INLINE_LINK: Final = re.compile(r"`[^`\n]+ <[^>\n]+>`__?")
_ROLE_OR_LITERAL: Final = re.compile(r":[a-z][\w-]*:`[^`\n]+`|``[^`\n]+``|`[^`\n]+`_\b")
_LITERAL_MARKER: Final = re.compile(r"::[ \t]*\n[ \t]*\n[ \t]+\S")
_GRID_TABLE: Final = re.compile(r"^\+(?:[-=]{3,}\+){2,}[ \t]*$", re.MULTILINE)
# a section's adornment of a character that Markdown's setext headings do not use, or an overline and underline
_ADORNMENT: Final = re.compile(
    r"^([~^\"'`#*+:._])\1{2,}[ \t]*\n[^\n]+\n\1{3,}[ \t]*$|^[^\s\n][^\n]*\n([~^\"'`#*+:._])\2{2,}[ \t]*$"
    r"|^([=-])\3{2,}[ \t]*\n[^\n]+\n\3{3,}[ \t]*$",
    re.MULTILINE,
)
_MARKDOWN: Final = re.compile(r"\]\((?:https?:|/|#|\.)|!\[|^#{1,6} |^```", re.MULTILINE)
_CAPTION_PARAGRAPH: Final = re.compile(r"<figcaption>\s*<p>(.*?)</p>", re.DOTALL)

_SETTINGS: Final = {
    "report_level": 5,  # no error reports in the text
    "halt_level": 5,  # never stop on a malformed construct: render what can be read
    "warning_stream": False,
    "file_insertion_enabled": False,  # '.. include:: /etc/passwd' reads nothing
    "raw_enabled": True,  # '.. raw:: html' is the post's own markup
    "_disable_config": True,
    "input_encoding": "unicode",
    "output_encoding": "unicode",
    "syntax_highlight": "none",
    "embed_stylesheet": False,
    "stylesheet_path": "",
    "toc_backlinks": "none",
    "footnote_backlinks": False,
    "language_code": "en",  # the field names that docutils reads as bibliographic are English in practice
}


_RAW_BLOCK: Final = re.compile(r"^\.\. raw::[^\n]*\n(?:[ \t]*\n|[ \t]+[^\n]*\n?)*", re.MULTILINE)


def without_raw_blocks(text: str) -> str:
    """``text`` without its raw directives' content ('.. raw:: html' and the indented lines under it)."""
    return _RAW_BLOCK.sub("", text)


_KINDS: Final = (
    ("explicit markup", _DIRECTIVE),
    ("explicit markup", _EXPLICIT),
    ("link", _INLINE_LINK),
    ("inline markup", _ROLE_OR_LITERAL),
    ("literal block", _LITERAL_MARKER),
    ("table", _GRID_TABLE),
    ("section", _ADORNMENT),
)


def _kinds(text: str) -> set[str]:
    found = {kind for kind, pattern in _KINDS if pattern.search(text)}
    if len(_FIELD.findall(text)) >= 2:
        found.add("fields")
    return found


def is_rst(text: str) -> bool:
    """Whether a body is reST source: three kinds of its syntax, one of them its explicit markup or its inline
    links, and no Markdown link, image, heading or code fence."""
    if ".. " not in text and "`_" not in text:
        return False
    _, source = split_feed_header(text)
    if _MARKDOWN.search(source) is not None:
        return False
    kinds = _kinds(source)
    return len(kinds) >= 3 and bool(kinds & {"explicit markup", "link"})


def _pruned(document: Any) -> None:
    """What a rendered page never shows as the article's text goes from docutils' tree (see the module's note)."""
    from docutils import nodes

    hidden = (nodes.comment, nodes.system_message, nodes.docinfo, nodes.substitution_definition, nodes.target)
    for node in list(document.findall(lambda node: isinstance(node, hidden))):
        if isinstance(node, nodes.target) and node.children:  # an inline target ('_`術語`') is text
            continue
        if node.parent is not None:
            node.parent.remove(node)
    first = next((child for child in document.children if not isinstance(child, (nodes.title, nodes.subtitle))), None)
    if isinstance(first, nodes.field_list):  # a document's own fields ('.. :date:', ':tags:', ':slug:'): metadata
        document.remove(first)
    for node in list(document.findall(nodes.topic)):
        if "contents" in node["classes"] and node.parent is not None:
            node.parent.remove(node)
    for entry in list(document.findall(nodes.entry)):  # a table cell of one paragraph is that text, as HTML writes it
        if len(entry.children) == 1 and isinstance(entry.children[0], nodes.paragraph):
            entry.children[0].replace_self(entry.children[0].children)
    for note in list(document.findall(nodes.footnote)):  # a footnote: its label opens its text ('[1] 館長於…')
        label = next((child for child in note.children if isinstance(child, nodes.label)), None)
        paragraphs = [child for child in note.children if isinstance(child, nodes.paragraph)]
        if label is not None and paragraphs and note.parent is not None:
            paragraphs[0].insert(0, nodes.Text(f"[{label.astext()}] "))
            note.replace_self(nodes.container("", *(child for child in note.children if child is not label)))
    for node in list(document.findall(nodes.Admonition)):
        # a plain admonition's label is the writer's ('Note', '注意'); its text is the article's
        if not isinstance(node, nodes.admonition) and node.parent is not None:
            node.replace_self(nodes.container("", *node.children))


def rst_as_html(text: str) -> str:
    """``text``, reST source, as HTML (see the module's note), under the feed bot's lines that stood over it."""
    from docutils.core import publish_doctree, publish_from_doctree

    header, source = split_feed_header(text)
    document = publish_doctree(source, settings_overrides=_SETTINGS)
    _pruned(document)
    page = publish_from_doctree(document, writer="html5", settings_overrides=_SETTINGS)
    page = page.decode("utf-8") if isinstance(page, bytes) else page
    start, end = page.find("<main"), page.rfind("</main>")
    if start >= 0 and end > start:
        page = page[page.index(">", start) + 1 : end]
    # no page's chrome stands around the source: an aside is its footnotes, its sidebars and its admonitions
    page = page.replace("<aside", "<div").replace("</aside>", "</div>")
    if "<figcaption>" in page:  # a figure's caption is its own line, not a paragraph in it
        page = _CAPTION_PARAGRAPH.sub(r"<figcaption>\1", page)
    return f"{header}\n<div>\n{page}\n</div>\n"
