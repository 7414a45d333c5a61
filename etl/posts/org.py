"""Org-mode source read as the Markdown it would be exported as.

Some blogs are written in Emacs' Org mode and exported by ox-hugo or a Jekyll plugin; a feed bot that takes the
source keeps Org's own syntax in the post. Read as Markdown, its settings ('#+TITLE: …', '#+OPTIONS: toc:nil'),
property drawers (':PROPERTIES:' … ':END:') and comment lines ('# Local Variables:') come out as text, and its
headings ('** 二、…'), quote blocks and links stay marked. ``org_as_markdown`` rewrites the source line by line into
the Markdown that Org's own Markdown export writes, so that one renderer reads both: what Org never exports
(keywords, drawers, comments) goes, and headings, blocks, links, footnotes and tables take Markdown's form.

A body counts as Org source only by Org's block syntax, which Markdown never writes at a line's start: two or more
keyword lines, or a '#+BEGIN_…' block closed by its '#+END_…', or a drawer closed by ':END:'.
"""

from __future__ import annotations

import re
from typing import Final

_KEYWORD: Final = re.compile(r"^[ \t]*#\+([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$")
_BLOCK_BEGIN: Final = re.compile(r"^[ \t]*#\+BEGIN_(\w+)\b(.*)$", re.IGNORECASE)
_BLOCK_END: Final = re.compile(r"^[ \t]*#\+END_(\w+)[ \t]*$", re.IGNORECASE)
_DRAWER: Final = re.compile(r"^[ \t]*:([A-Za-z_][\w-]*):[ \t]*$")
_DRAWER_END: Final = re.compile(r"^[ \t]*:END:[ \t]*$", re.IGNORECASE)
_COMMENT: Final = re.compile(r"^[ \t]*#(?:[ \t]|$)")
_HEADING: Final = re.compile(r"^(\*+)[ \t]+(.*?)$")
# a heading's task state and priority ('TODO [#A] '), and its tags (' :随笔:经济:')
_HEADING_STATE: Final = re.compile(r"^(?:TODO|DONE|NEXT|WAITING|CANCELL?ED)[ \t]+(?:\[#[A-C]\][ \t]+)?")
_HEADING_TAGS: Final = re.compile(r"[ \t]+:(?:[^\s:]+:)+[ \t]*$")
_LINK: Final = re.compile(r"\[\[([^\[\]\n]+)\](?:\[([^\[\]\n]+)\])?\]")
_FOOTNOTE_DEFINITION: Final = re.compile(r"^\[fn:([^\]\s]+)\][ \t]*")
_FOOTNOTE_MARK: Final = re.compile(r"\[fn:([^\]:\s]+)\]")
_TABLE_RULE: Final = re.compile(r"^[ \t]*\|[-+|: \t]*-[-+|: \t]*$")
_TABLE_ROW: Final = re.compile(r"^[ \t]*\|")
_SCHEDULE: Final = re.compile(r"^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):[ \t]")
# the keywords whose value is the text's own: a figure's or table's caption, a name Org shows nowhere
_SHOWN_KEYWORDS: Final = frozenset({"caption"})
_CODE_BLOCKS: Final = frozenset({"src", "example"})
_QUOTE_BLOCKS: Final = frozenset({"quote", "verse"})
_IMAGE_SUFFIXES: Final = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg")


def is_org(text: str) -> bool:
    """Whether a body is Org-mode source: two keyword lines, or a block or a drawer Org closes as it opened."""
    if "#+" not in text and ":END:" not in text and ":end:" not in text:
        return False
    keywords, open_block, open_drawer = 0, None, False
    for line in text.split("\n"):
        if open_drawer:
            if _DRAWER_END.match(line):
                return True
            continue
        if (begin := _BLOCK_BEGIN.match(line)) is not None:
            open_block = begin.group(1).lower()
        elif (end := _BLOCK_END.match(line)) is not None:
            if open_block == end.group(1).lower():
                return True
        elif _KEYWORD.match(line):
            keywords += 1
            if keywords >= 2:
                return True
        elif _DRAWER.match(line) and not _DRAWER_END.match(line):
            open_drawer = True
    return False


def _link(found: re.Match[str]) -> str:
    target, label = found.group(1), found.group(2)
    if target.lower().endswith(_IMAGE_SUFFIXES) and label is None:
        return f"![]({target.removeprefix('file:')})"
    return f"[{label}]({target})" if label else f"<{target}>" if "://" in target else target


def _inline(line: str) -> str:
    if "[[" in line:
        line = _LINK.sub(_link, line)
    if "[fn:" in line:
        line = _FOOTNOTE_MARK.sub(r"[^\1]", line)
    return line


def org_as_markdown(text: str) -> str:
    """``text``, Org-mode source, as Markdown: keywords, drawers, comments and planning lines go; a caption stays
    as a line; headings take '#' marks (their task state and tags go); quote and verse blocks become quotes, source
    and example blocks fences; links, footnotes and tables take Markdown's form."""
    out: list[str] = []
    block: str | None = None
    in_drawer = False
    table_has_rule = False
    for line in text.split("\n"):
        if block is not None:
            if (end := _BLOCK_END.match(line)) is not None and end.group(1).lower() == block:
                out.append("```" if block in _CODE_BLOCKS else "")
                block = None
            elif block in _CODE_BLOCKS:
                out.append(line)
            elif block in _QUOTE_BLOCKS:
                out.append(f"> {_inline(line.strip())}" + ("  " if block == "verse" else ""))
            else:
                out.append(_inline(line))
            continue
        if in_drawer:
            in_drawer = _DRAWER_END.match(line) is None
            continue
        if (begin := _BLOCK_BEGIN.match(line)) is not None:
            block = begin.group(1).lower()
            if block in _CODE_BLOCKS:
                language = begin.group(2).split()
                out.append("```" + (language[0] if block == "src" and language else ""))
            else:
                out.append("")
            continue
        if (keyword := _KEYWORD.match(line)) is not None:
            if keyword.group(1).lower() in _SHOWN_KEYWORDS and keyword.group(2):
                out.append(_inline(keyword.group(2)))
            continue
        if _DRAWER.match(line) is not None:
            in_drawer = _DRAWER_END.match(line) is None
            continue
        if _COMMENT.match(line) is not None or _SCHEDULE.match(line) is not None:
            continue
        if (heading := _HEADING.match(line)) is not None:
            title = _HEADING_TAGS.sub("", _HEADING_STATE.sub("", heading.group(2)))
            out.extend(("", "#" * min(len(heading.group(1)), 6) + " " + _inline(title), ""))
            continue
        if _TABLE_ROW.match(line) is not None:
            if _TABLE_RULE.match(line) is not None:
                if not out or _TABLE_ROW.match(out[-1]) is None:
                    continue  # a rule over the table: Markdown's rule goes under the header row
                line = line.replace("+", "|")
                table_has_rule = True
            elif not table_has_rule and out and _TABLE_ROW.match(out[-1]) is not None:
                # a table with no rule under its first row: Markdown needs one to see a table
                cells = out[-1].strip().strip("|").count("|") + 1
                out.append("|" + "---|" * cells)
                table_has_rule = True
            out.append(_inline(line))
            continue
        table_has_rule = False
        if (definition := _FOOTNOTE_DEFINITION.match(line)) is not None:
            line = f"[^{definition.group(1)}]: " + line[definition.end() :]
        out.append(_inline(line))
    return "\n".join(out)
