"""Markdown as MDX and Quarto write it, and Gemini's gemtext, read as the Markdown of the page they render.

Blogs built with Next.js or Astro write posts in MDX: Markdown with JavaScript modules' statements ('import Callout
from …', 'export const metadata = {…}') and JSX components ('<Callout type="info">…</Callout>', '<Chart … />'). Data
blogs write in Quarto or R Markdown: Markdown with executable code chunks ('```{r}' with '#| echo: false') and Pandoc's
fenced divs ('::: {.callout-note}' … ':::'). A feed bot that takes the source keeps all of it, and read as plain
Markdown the statements and the chunks' code come out as the article's text, and a component's text stays glued
inside its tags. ``as_markdown`` rewrites such a source line by line into what the rendered page shows: a statement
goes, a component or a fenced div becomes a box named for it ('<div class="subscribe-box">') around its Markdown, so
that the page's rules weigh it as they weigh a page's boxes (a subscription box, a list of related posts); a chunk
shows its code unless its options hide it ('include: false', 'echo: false'), and its figure's caption.

A Gemini capsule's page (gemtext, mirrored by a web portal) writes each link on a line of its own ('=> gemini://…
回到首頁') and each line of text as a paragraph; ``gemtext_as_markdown`` writes those as Markdown's links and
paragraphs (its headings, lists, quotes and preformatted blocks are Markdown's already).

A subtitle file in Advanced SubStation Alpha ('.ass': a '[Script Info]' section, styles, then its events) shows only
its dialogue lines' text on the screen: ``subtitles_as_text`` keeps those, each a paragraph, without their override
tags ('{\\fad(500,500)}'), and drops the script's settings, styles, comments and the editors' comment events.

A body is read so only by its dialect's syntax, which Markdown does not write at a line's start: a module statement
with a component, or three component lines; an executable chunk's fence, or a fenced div closed by its ':::'; two
link lines of gemtext; a subtitle script's '[Script Info]' section and three dialogue events.
"""

from __future__ import annotations

import re
from typing import Final

# the feed bot's lines over a body: its time stamp, the title as a Markdown link and the rule under it
_FEED_HEADER: Final = re.compile(
    r"\A\ufeff?(?:[ \t]*<!--[^\n]*-->[ \t]*\r?\n)?(?:\s*\[[^\n]*\]\([^\n]*\)[ \t]*\r?\n-{3,}[ \t]*\r?\n)?(?:[ \t]*\r?\n)*"
)


def split_feed_header(text: str) -> tuple[str, str]:
    """The feed bot's lines over a body (its time stamp, the title as a Markdown link and the rule under it), and the
    body under them: a source in another markup reads them as its own syntax ('------' is a rule in wikitext)."""
    header = _FEED_HEADER.match(text)
    return (text[: header.end()], text[header.end() :]) if header else ("", text)


_FENCE: Final = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_CHUNK: Final = re.compile(r"^[ \t]*(`{3,})\s*\{\s*(r|R|python|julia|ojs|bash|sql|sh)\b[ \t,]*([^}]*)\}\s*$")
_CHUNK_OPTION: Final = re.compile(r"^\s*#\|\s*([\w.-]+)\s*:\s*(.*?)\s*$")
_HEADER_OPTION: Final = re.compile(r"([\w.-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^,\s]+)")
_DIV_OPEN: Final = re.compile(r"^(:{3,})[ \t]*(?:\{([^}]*)\}|([\w-]+))[ \t]*(?::{3,})?[ \t]*$")
_DIV_CLOSE: Final = re.compile(r"^:{3,}[ \t]*$")
_STATEMENT: Final = re.compile(
    r"^(?:import\s+(?:[\w*{][^'\"\n]*?\s+from\s+)?['\"][^'\"\n]+['\"];?\s*$|import\s*\{\s*$"
    r"|export\s+(?:const|let|var|default|function|async|class)\b)"
)
# a component's name is written in PascalCase ('Callout', 'SubscribeBox', 'UI.Card'); an old page's tags in capitals
# ('<TABLE width=778>') are HTML's
_COMPONENT: Final = r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*(?:\.[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*)*"
_COMPONENT_OPEN: Final = re.compile(rf"^[ \t]*<({_COMPONENT})((?:\s[^<>]*)?)>[ \t]*$")
_COMPONENT_CLOSE: Final = re.compile(rf"^[ \t]*</({_COMPONENT})>[ \t]*$")
_COMPONENT_ALONE: Final = re.compile(rf"^[ \t]*<({_COMPONENT})(?:\s[^<>]*)?/>[ \t]*$")
_COMPONENT_START: Final = re.compile(rf"^[ \t]*<({_COMPONENT})(?:\s|$)")  # (its attributes going on over lines)
_JSX_COMMENT: Final = re.compile(r"\{/\*.*?\*/\}", re.DOTALL)
_ID_ATTRIBUTE: Final = re.compile(r"[ \t]*\{#[\w:.-]+[^{}\n]*\}[ \t]*$")  # Pandoc's '{#sec-intro}' after a heading
_TABLE_CAPTION: Final = re.compile(r"^:[ \t]+(\S.*)$")  # Pandoc's caption under a table (': 資料來源：…')
_CLASS_NAME: Final = re.compile(r"\.([\w-]+)")
_HIDING: Final = frozenset({"false", "FALSE", "F", "no"})


def is_mdx(text: str) -> bool:
    """Whether a body is MDX: a module statement and a component line, or three component lines."""
    if "<" not in text and "import" not in text and "export" not in text:
        return False
    statements = components = 0
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        elif fenced:
            continue
        elif _STATEMENT.match(line):
            statements += 1
        elif _COMPONENT_OPEN.match(line) or _COMPONENT_CLOSE.match(line) or _COMPONENT_ALONE.match(line):
            components += 1
        if (statements and components) or components >= 3:
            return True
    return False


def is_quarto(text: str) -> bool:
    """Whether a body is Quarto or R Markdown: an executable chunk's fence, or a fenced div closed by its ':::'."""
    if "```{" not in text and ":::" not in text:
        return False
    opened = False
    for line in text.split("\n"):
        if _CHUNK.match(line):
            return True
        if _DIV_OPEN.match(line):
            opened = True
        elif opened and _DIV_CLOSE.match(line):
            return True
    return False


def _kebab(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name.replace(".", "-")).lower()


def _chunk(header: str, lines: list[str]) -> list[str]:
    """A code chunk as the page shows it: nothing with 'include: false', its figure's caption without its code with
    'echo: false', else its code."""
    # (R Markdown's options in the fence's header, 'fig.cap=…'; Quarto's in '#|' lines, 'fig-cap: …': one name)
    options = {name.replace(".", "-"): value.strip("\"'") for name, value in _HEADER_OPTION.findall(header)}
    code = []
    for line in lines:
        option = _CHUNK_OPTION.match(line)
        if option is not None:
            options[option[1].replace(".", "-")] = option[2].strip("\"'")
        else:
            code.append(line)
    if options.get("include") in _HIDING:
        return []
    caption = options.get("fig-cap")
    shown = [] if options.get("echo") in _HIDING else ["", "```", *code, "```"]
    return [*shown, *(["", caption] if caption else []), ""]


def as_markdown(text: str) -> str:
    """``text``, MDX or Quarto source, as the Markdown of the page it renders (see the module's note)."""
    if "{/*" in text:
        text = _JSX_COMMENT.sub("", text)
    lines = text.split("\n")
    out: list[str] = []
    divs = 0  # Pandoc's fenced divs open
    fence: str | None = None  # the fence of a code block being copied
    at = 0
    while at < len(lines):
        line = lines[at]
        at += 1
        if fence is not None:
            out.append(line)
            if line.strip().startswith(fence):
                fence = None
            continue
        chunk = _CHUNK.match(line)
        if chunk is not None:
            end = next((n for n in range(at, len(lines)) if lines[n].strip().startswith(chunk[1])), len(lines))
            out.extend(_chunk(chunk[3], lines[at:end]))
            at = end + 1
            continue
        opened = _FENCE.match(line)
        if opened is not None:
            fence = opened[1]
            out.append(line)
            continue
        if _STATEMENT.match(line):
            # a module's statement, over its lines until its brackets close ('export const metadata = {' … '}')
            depth = sum(line.count(c) for c in "{([") - sum(line.count(c) for c in "})]")
            while depth > 0 and at < len(lines):
                depth += sum(lines[at].count(c) for c in "{([") - sum(lines[at].count(c) for c in "})]")
                at += 1
            continue
        if (div := _DIV_OPEN.match(line)) is not None and not _DIV_CLOSE.match(line):
            classes = _CLASS_NAME.findall(div[2] or "") or ([div[3]] if div[3] else [])
            out.extend((f'<div class="{" ".join(classes)}">', ""))
            divs += 1
            continue
        if divs and _DIV_CLOSE.match(line):
            out.extend(("", "</div>"))
            divs -= 1
            continue
        if (component := _COMPONENT_OPEN.match(line)) is not None and not line.rstrip().endswith("/>"):
            out.extend((f'<div class="{_kebab(component[1])}">', ""))
            continue
        if _COMPONENT_CLOSE.match(line):
            out.extend(("", "</div>"))
            continue
        if _COMPONENT_ALONE.match(line):
            continue  # a chart, a player, an embed: drawn by its script
        if (started := _COMPONENT_START.match(line)) is not None and ">" not in line:
            while at < len(lines) and ">" not in lines[at]:  # its attributes over lines, to its end
                at += 1
            closing = lines[at] if at < len(lines) else ""
            at += 1
            if not closing.rstrip().endswith("/>"):
                out.extend((f'<div class="{_kebab(started[1])}">', ""))
            continue
        caption = _TABLE_CAPTION.match(line)
        if caption is not None and next((w for w in reversed(out) if w.strip()), "").lstrip().startswith("|"):
            out.extend(("", _ID_ATTRIBUTE.sub("", caption[1])))
            continue
        if line.startswith("#") and "{#" in line:
            line = _ID_ATTRIBUTE.sub("", line)
        out.append(line)
    return "\n".join(out)


_GEMTEXT_LINK: Final = re.compile(r"^=>[ \t]*(\S+)(?:[ \t]+(.*?))?[ \t]*$")
_GEMTEXT_BLOCK_LINE: Final = re.compile(r"^(?:#{1,3}[ \t]|\*[ \t]|>)")
GEMTEXT_MIN_LINKS: Final = 2


def is_gemtext(text: str) -> bool:
    """Whether a body is gemtext: two link lines ('=> gemini://… 標籤') at least."""
    return text.count("\n=>") + text.startswith("=>") >= GEMTEXT_MIN_LINKS and (
        sum(1 for line in text.split("\n") if _GEMTEXT_LINK.match(line)) >= GEMTEXT_MIN_LINKS
    )


def gemtext_as_markdown(text: str) -> str:
    """``text``, gemtext, as Markdown: a link line as a link alone in its paragraph, each line of text a paragraph;
    the preformatted blocks' lines as they are."""
    out: list[str] = []
    preformatted = False
    text_before = False  # (the line before was text: an indented line under it goes on with it)
    for line in text.split("\n"):
        if not line.strip() or _GEMTEXT_BLOCK_LINE.match(line) or line.startswith(("=>", "```")):
            text_before = False
        if line.startswith("```"):
            preformatted = not preformatted
            out.append(line)
            continue
        if preformatted:
            out.append(line)
            continue
        link = _GEMTEXT_LINK.match(line)
        if link is not None:
            label = (link[2] or link[1]).replace("[", "\\[").replace("]", "\\]")
            out.extend(("", f"[{label}](<{link[1]}>)", ""))
        elif line.strip() and not _GEMTEXT_BLOCK_LINE.match(line):
            if line[:1] in " \t" and text_before:
                out.insert(len(out) - 1, line.strip())  # (an indented line under a line of text: its part)
            else:
                out.extend(("", line.strip(), ""))  # (a line is a paragraph: no line of gemtext wraps into the next)
            text_before = True
            continue
        else:
            out.append(line)
    return "\n".join(out)


_SUBTITLE_SECTION: Final = re.compile(
    r"^\ufeff?\[(?:Script Info|V4\+? Styles|Events|Fonts|Graphics)\][ \t]*$", re.MULTILINE
)
_DIALOGUE: Final = re.compile(r"^Dialogue:[ \t]*(?:[^,\n]*,){9}(.*)$")
_OVERRIDE: Final = re.compile(r"\{[^{}\n]*\}")
SUBTITLE_MIN_DIALOGUES: Final = 3


def is_subtitles(text: str) -> bool:
    """Whether a body is an ASS subtitle script: its '[Script Info]' section and three dialogue events."""
    return "[Script Info]" in text and text.count("\nDialogue:") >= SUBTITLE_MIN_DIALOGUES


def subtitles_as_text(text: str) -> str:
    """``text``, a subtitle script (with what stood above it), as the lines its video shows, each a paragraph."""
    out: list[str] = []
    in_script = False
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if _SUBTITLE_SECTION.match(line):
            in_script = True
            continue
        if not in_script:
            out.append(line)  # (the page's lines above the script: its own rules weigh them)
            continue
        dialogue = _DIALOGUE.match(line)
        if dialogue is not None:
            shown = _OVERRIDE.sub("", dialogue[1]).replace("\\N", "\n").replace("\\n", "\n").replace("\\h", " ")
            out.extend(("", shown.strip(), ""))
    return "\n".join(out)
