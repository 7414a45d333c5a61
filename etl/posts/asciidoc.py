"""AsciiDoc source read as the Markdown it would be rendered as.

Jekyll renders AsciiDoc through jekyll-asciidoc, and some feed bots keep a post's AsciiDoc source as its body. Read
as Markdown, its document attributes (':toc: left', ':imagesdir: …'), its comments ('// 編輯備註：…'), conditionals and
include directives come out as text, and its tables ('|===') and quote blocks ('____') as lines of marks.
``asciidoc_as_markdown`` rewrites the source line by line into Markdown, as ``org`` does for Org mode, so that one
renderer reads both: what AsciiDoc never renders goes, and sections, lists, blocks, tables, links and footnotes take
Markdown's form. An admonition ('NOTE: …') keeps its text; a block's title ('.各村供水時段') stays as a line.

A body counts as AsciiDoc only by three kinds of AsciiDoc's block syntax at least (document attributes, section
titles written with '=', a delimited table, quote, listing or comment block, an admonition, a block attribute line,
a directive, a comment line), which Markdown and plain text do not write at a line's start.
"""

from __future__ import annotations

import re
from typing import Final

_ATTRIBUTE: Final = re.compile(r"^:!?[\w][\w-]*!?:(?:[ \t].*)?$")
_SECTION: Final = re.compile(r"^(={1,6})[ \t]+(\S.*?)(?:[ \t]+=+)?[ \t]*$")
_DIRECTIVE: Final = re.compile(r"^(?:ifdef|ifndef|ifeval|endif|include|toc)::[^\[\n]*\[[^\]\n]*\][ \t]*$")
_COMMENT_LINE: Final = re.compile(r"^//(?:[ \t]|$)(?!/)")
_BLOCK_ATTRIBUTES: Final = re.compile(r"^\[([^\[\]\n]*)\][ \t]*$")
_BLOCK_TITLE: Final = re.compile(r"^\.([^\s.].*)$")
_ADMONITION: Final = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+(.*)$")
_TABLE_DELIMITER: Final = re.compile(r"^[|!,:]===[ \t]*$")
_QUOTE_DELIMITER: Final = re.compile(r"^_{4,}[ \t]*$")
_LISTING_DELIMITER: Final = re.compile(r"^(?:-{4,}|\.{4,})[ \t]*$")
_COMMENT_DELIMITER: Final = re.compile(r"^/{4,}[ \t]*$")
_SIDEBAR_DELIMITER: Final = re.compile(r"^(?:\*{4,}|={4,}|\+{4,})[ \t]*$")
_BREAK: Final = re.compile(r"^(?:'{3,}|<<<)[ \t]*$")
_UNORDERED: Final = re.compile(r"^([*\-]{1,5})[ \t]+(\S.*)$")
_ORDERED: Final = re.compile(r"^(\.{1,5})[ \t]+(\S.*)$")
_IMAGE_BLOCK: Final = re.compile(r"^image::([^\[\s]+)\[([^\]]*)\][ \t]*$")
_LINK: Final = re.compile(r"(?:link:)?((?:https?|mailto):[^\s\[\]]+)\[([^\]]*)\]")
_INLINE_IMAGE: Final = re.compile(r"image:([^\s\[:][^\s\[]*)\[([^\]]*)\]")
_FOOTNOTE: Final = re.compile(r"footnote:(?:[\w-]+)?\[([^\]]*)\]")
# a block attribute line AsciiDoc's own names open ('[quote, 鄉長]', '[source,python]', '[cols="1,2"]', '[.small]')
_KNOWN_ATTRIBUTES: Final = re.compile(
    r"^\[(?:\.|#|quote|verse|source|listing|literal|sidebar|example|cols|options|role=|id=|NOTE|TIP|WARNING|IMPORTANT|"
    r"CAUTION)[^\[\]\n]*\][ \t]*$"
)
_CELL_START: Final = re.compile(r"(?:^|[ \t])\|")
_COLUMNS: Final = re.compile(r"""cols\s*=\s*["']?([^"'\]]+)""")


HEADER_SEARCH_LINES: Final = 6  # the document's title opens it, under a feed bot's few lines maybe


def is_asciidoc(text: str) -> bool:
    """Whether a body is AsciiDoc source: three kinds of its block syntax at least."""
    if "\n:" not in text and "==" not in text and "|===" not in text and "____" not in text:
        return False
    kinds: set[str] = set()
    attributes = 0
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if _ATTRIBUTE.match(line):
            attributes += 1
            if attributes >= 2:
                kinds.add("attributes")
        elif _SECTION.match(line) and not line.startswith("= "):
            kinds.add("section")
        elif _TABLE_DELIMITER.match(line):
            kinds.add("table")
        elif _QUOTE_DELIMITER.match(line) or _COMMENT_DELIMITER.match(line):
            kinds.add("block")
        elif _ADMONITION.match(line):
            kinds.add("admonition")
        elif _DIRECTIVE.match(line):
            kinds.add("directive")
        elif _COMMENT_LINE.match(line):
            kinds.add("comment")
        elif _KNOWN_ATTRIBUTES.match(line):
            kinds.add("attribute list")
        if len(kinds) >= 3:
            return True
    return False


def _inline(line: str, notes: list[str]) -> str:
    if ":" in line:
        line = _INLINE_IMAGE.sub(lambda m: f"![{m[2]}]({m[1]})", line)
        line = _LINK.sub(lambda m: f"[{m[2] or m[1]}]({m[1]})", line)
        if "footnote:" in line:

            def note(found: re.Match[str]) -> str:
                notes.append(found[1])
                return f"[^{len(notes)}]"

            line = _FOOTNOTE.sub(note, line)
    return line


def _table(rows: list[str], columns: int | None) -> list[str]:
    """A delimited table's lines as a Markdown table: its cells in order, so many to a row."""
    cells: list[str] = []
    first_line_cells = 0  # (with no columns set, the first line's cells are the table's width)
    for line in rows:
        if not line.strip():
            continue
        parts = [part.strip() for part in _CELL_START.split(line)]
        parts = parts[1:] if parts and not parts[0] else parts
        first_line_cells = first_line_cells or len(parts)
        cells.extend(part.replace("|", "\\|") for part in parts)
    if not cells:
        return []
    width = columns or first_line_cells or 1
    out: list[str] = []
    for at in range(0, len(cells), width):
        row = cells[at : at + width]
        row += [""] * (width - len(row))
        out.append("| " + " | ".join(row) + " |")
        if at == 0:
            out.append("|" + "---|" * width)
    return ["", *out, ""]


def _delimited(lines: list[str], at: int, opening: str) -> tuple[list[str], int]:
    """A delimited block's lines from ``at`` to the line that closes it (the same delimiter as ``opening``, as
    AsciiDoc requires), and where reading goes on after it."""
    end = next((n for n in range(at, len(lines)) if lines[n].strip() == opening.strip()), len(lines))
    return lines[at:end], end + 1


def asciidoc_as_markdown(text: str) -> str:
    """``text``, AsciiDoc source, as Markdown (see the module's note)."""
    out: list[str] = []
    notes: list[str] = []
    lines = [line.rstrip("\r") for line in text.split("\n")]
    attributes: str | None = None  # the block attribute line over the next block ('[quote, 鄉長 許文雄]')
    at = 0
    title = next((n for n, line in enumerate(lines[:HEADER_SEARCH_LINES]) if line.startswith("= ")), None)
    if title is not None:
        # the document's header: its title, then its author's and its revision's lines, and its attributes, up to
        # the first blank line; only the title shows (a feed bot's lines may stand above it)
        out.extend(lines[:title])
        out.append("# " + lines[title][2:].strip())
        at = title + 1
        while at < len(lines) and lines[at].strip():
            at += 1
    while at < len(lines):
        line = lines[at]
        at += 1
        if _COMMENT_DELIMITER.match(line):  # a comment block: to its closing delimiter
            _, at = _delimited(lines, at, line)
            continue
        if _ATTRIBUTE.match(line) or _DIRECTIVE.match(line) or _COMMENT_LINE.match(line):
            continue
        if (found := _BLOCK_ATTRIBUTES.match(line)) is not None:
            attributes = found[1]
            continue
        if _TABLE_DELIMITER.match(line):
            rows, at = _delimited(lines, at, line)
            spec = _COLUMNS.search(attributes or "")
            columns = None
            if spec is not None:
                parts = [part for part in spec[1].split(",") if part.strip()]
                columns = (
                    len(parts) if len(parts) > 1 else int(parts[0]) if parts and parts[0].strip().isdigit() else None
                )
            out.extend(_inline(row, notes) for row in _table(rows, columns))
            attributes = None
            continue
        if _QUOTE_DELIMITER.match(line):
            quoted, at = _delimited(lines, at, line)
            out.append("")
            out.extend(f"> {_inline(q, notes)}" for q in quoted)
            who = [part.strip() for part in (attributes or "").split(",")[1:] if part.strip()]
            if attributes and attributes.split(",")[0].strip() in ("quote", "verse") and who:
                out.append(">")
                out.append("> —— " + "，".join(who))
            out.append("")
            attributes = None
            continue
        if _LISTING_DELIMITER.match(line) or _SIDEBAR_DELIMITER.match(line):
            listing = _LISTING_DELIMITER.match(line) is not None
            body, at = _delimited(lines, at, line)
            if listing:
                language = (attributes or "").split(",")[1].strip() if (attributes or "").startswith("source,") else ""
                out.extend(["", "```" + language, *body, "```", ""])
            else:  # a sidebar or an example: its text is the article's
                out.extend(["", *(_inline(b, notes) for b in body), ""])
            attributes = None
            continue
        attributes = None if line.strip() else attributes
        if not line.strip():
            out.append("")
            continue
        if _BREAK.match(line):
            out.extend(("", "---" if line.startswith("'") else "", ""))
            continue
        if (section := _SECTION.match(line)) is not None:
            out.extend(("", "#" * len(section[1]) + " " + _inline(section[2], notes), ""))
            continue
        if (image := _IMAGE_BLOCK.match(line)) is not None:
            out.extend(("", f"![{image[2].split(',')[0]}]({image[1]})", ""))
            continue
        if (admonition := _ADMONITION.match(line)) is not None:
            out.append(_inline(admonition[1], notes))
            continue
        if (block_title := _BLOCK_TITLE.match(line)) is not None and not line.startswith(".."):
            out.extend(("", _inline(block_title[1], notes), ""))
            continue
        if (item := _UNORDERED.match(line)) is not None and not line.startswith("--"):
            out.append("  " * (len(item[1]) - 1) + "- " + _inline(item[2], notes))
            continue
        if (item := _ORDERED.match(line)) is not None:
            out.append("   " * (len(item[1]) - 1) + "1. " + _inline(item[2], notes))
            continue
        if line.endswith(" +"):  # a hard line break
            line = line[:-2] + "  "
        out.append(_inline(line, notes))
    if notes:
        out.append("")
        out.extend(f"[^{n}]: {note}" for n, note in enumerate(notes, 1))
    return "\n".join(out)
