"""Split a post into front matter and body, and read the front matter safely.

Feed generators write YAML by string concatenation: values are unquoted, so an
``author: Agency: Reporter`` line is invalid YAML. We load the block with a safe
loader that refuses aliases (no alias bombs) and never constructs tagged objects;
when that fails we recover the fields line by line instead of rejecting the post.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any, Final

import yaml

_SafeLoader: Final = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BOOL_TAG: Final = "tag:yaml.org,2002:bool"
_INT_TAG: Final = "tag:yaml.org,2002:int"
_FLOAT_TAG: Final = "tag:yaml.org,2002:float"


# The safe loader with YAML 1.2's booleans: only true/false. YAML 1.1 also reads yes/no/on/off as booleans,
# which made a title 'yes' the text 'True' and an author 'No' 'False'. Made with type(): this module is
# compiled (mypyc), and a compiled subclass of the loader cannot take class attributes.
_FrontMatterLoader: Any = type("_FrontMatterLoader", (_SafeLoader,), {})
_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag not in (_BOOL_TAG, _INT_TAG, _FLOAT_TAG)]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}
_FrontMatterLoader.add_implicit_resolver(_BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
# YAML 1.1's numbers less its base 60 ('3:0' is 180, a score; '1:30' is 90, a time) and its binary and octal
# forms ('0755' is 493); YAML 1.2 reads none of them as numbers
_FrontMatterLoader.add_implicit_resolver(
    _INT_TAG, re.compile(r"^(?:[-+]?(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+)$"), list("-+0123456789")
)
_FrontMatterLoader.add_implicit_resolver(
    _FLOAT_TAG,
    re.compile(
        r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)


def _float_or_text(loader: Any, node: Any) -> float | str:
    """A decimal as YAML reads it, unless reading it as a number would change what was written: a title '1.10' or
    a tag '3.10' (a version, a date's day) stays '1.10', not 1.1."""
    number: float = loader.construct_yaml_float(node)
    written = str(node.value)
    plain = "." in written and not any(c in written for c in "eE_")
    return written if plain and math.isfinite(number) and repr(number) != written.lstrip("+") else number


_FrontMatterLoader.add_constructor(_FLOAT_TAG, _float_or_text)

FENCE: Final = re.compile(r"^---[ \t]*$", re.MULTILINE)
CLOSING_FENCE: Final = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)  # YAML's document end '...' too
# 'key: value', or 'key：value' with the full-width colon of a Chinese input method (YAML rejects it)
_FIELD_LINE: Final = re.compile(r"^([A-Za-z_][\w.-]*)[ \t]*(?::(?:[ \t]+(.*)|[ \t]*)|：[ \t]*(.*))$")
# 'key:value', the space after the colon left out (YAML reads the line as one string): a field only when the
# block is recovered line by line, and not an address ('http://…', which a folded value may wrap onto a line)
_UNSPACED_FIELD_LINE: Final = re.compile(r"^([A-Za-z_][\w.-]*):(?!//)(\S.*)$")
_LIST_ITEM: Final = re.compile(r"^[ \t]+-[ \t]+(.*)$|^-[ \t]+(.*)$")


class FrontMatterError(ValueError):
    """The post cannot be split into front matter and body; the message is for people."""


@dataclass
class FrontMatter:
    fields: dict[str, Any]
    body: str
    recovered: list[str] = field(default_factory=list)  # keys recovered line by line
    uncommented: list[str] = field(default_factory=list)  # text values kept past a ' #' YAML read as a comment
    unclosed: bool = False  # no '---' closed it where it ended: it ended at a blank line before text
    repeated: bool = False  # the body opened with a second copy of it (an exporter's slip), now removed
    added: bool = False  # the body opened with a second block of other fields (another tool's), now read too
    doubled: bool = False  # the whole file followed itself (its front matter again, then the same body): read once


# a closing fence with the body's first words on its line
_GLUED_FENCE: Final = re.compile(r"^---[ \t]*(?=[^\s-])", re.MULTILINE)


def _end_without_fence(lines: list[str]) -> int | None:
    """The first body line of front matter whose closing '---' is missing: after at least one field, the first
    line that is neither a field, a list item, an indented continuation nor a comment (YAML allows no such line
    in a mapping), when a blank line comes before it or it opens with an HTML tag ('<p>…' right under the last
    field). None when every line reads as a field."""
    fields = 0
    for i, line in enumerate(lines):
        if not line.strip() or line.lstrip().startswith("#") or line[0].isspace():
            continue
        if _FIELD_LINE.match(line) or _LIST_ITEM.match(line):
            fields += 1
            continue
        after_blank = i > 0 and not lines[i - 1].strip()
        return i if fields and (after_blank or _HTML_LINE.match(line)) else None
    return None


_HTML_LINE: Final = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9-]*[\s/>]|!--)")  # a line opening with a tag or a comment


def split_front_matter(text: str) -> tuple[str, str]:
    """Return (front matter text, body) of a post whose first line is ``---``.

    Blank lines before the opening fence are tolerated (Jekyll is stricter; nothing is lost).
    Front matter whose closing fence is missing ends at a blank line before body text
    (``_end_without_fence``); the text up to a later '---' (a Markdown rule) is the body's.
    """
    block, body, _ = _split(text)
    return block, body


def _split(text: str) -> tuple[str, str, bool]:
    if text[:1].isspace():
        text = text.lstrip(" \t\n")
    if not text.startswith("---"):
        first = text.lstrip()[:40].splitlines()[0] if text.strip() else ""
        raise FrontMatterError(
            f"The file has no front matter: a Jekyll post starts with a '---' line, this one starts with {first!r}."
        )
    opening = FENCE.match(text)
    if opening is None:
        raise FrontMatterError("The first line starts with '---' but is not a front matter fence.")
    closing = CLOSING_FENCE.search(text, opening.end())
    end = closing.start() if closing is not None else len(text)
    lines = text[opening.end() : end].strip("\n").split("\n")
    cut = _end_without_fence(lines)
    if cut is not None:
        rest = "\n".join(lines[cut:])
        body = rest if closing is None else rest + "\n\n" + text[closing.start() :]
        return "\n".join(lines[:cut]).rstrip("\n"), body, True
    if closing is None:
        # '---县城北边…': the line break after the fence lost (no blank line before it, or the cut above had taken it)
        glued = _GLUED_FENCE.search(text, opening.end())
        if glued is not None:
            return text[opening.end() : glued.start()].strip("\n"), text[glued.end() :], True
        raise FrontMatterError("The front matter opened on line 1 is never closed by a second '---' line.")
    return text[opening.end() : closing.start()].strip("\n"), text[closing.end() :].lstrip("\n"), False


def _load_yaml(text: str) -> Any:
    # Refuse anchors and aliases before composing: feeds never use them, alias bombs do. Each needs an '&' or a
    # '*', so a block without either is parsed once.
    if "&" in text or "*" in text:
        for event in yaml.parse(text, Loader=_SafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise yaml.YAMLError("YAML anchors and aliases are not allowed in front matter")
    return yaml.load(text, Loader=_FrontMatterLoader)


def _scalar_or_text(raw: str) -> Any:
    """Read one recovered value: YAML for lists and quoted strings, else the text itself."""
    value = raw.strip()
    if not value:
        return None
    if value[0] in "[\"'{":
        try:
            loaded = _load_yaml(value)
        except yaml.YAMLError:
            # quotes inside a quoted value, unescaped ('"he said "no" today"'): the outer pair is YAML's
            if len(value) > 1 and value[0] in "\"'" and value[-1] == value[0]:
                inner = value[1:-1]
                return inner.replace('\\"', '"') if value[0] == '"' else inner.replace("''", "'")
            # a list YAML cannot read ('[#社会, #经济]', '[a, , b]') or never closed ('[社会, 经济'): its items
            if value[0] == "[" and (value[-1] == "]" or "]" not in value):
                items = (item.strip().strip("\"'").strip() for item in value[1:].removesuffix("]").split(","))
                return [item for item in items if item and item not in ("null", "~")]
            return value
        if isinstance(loaded, (list, str, int, float)) or loaded is None:
            return loaded
    return value


# '&who 张三'; not a character reference ('&#8220;双减&#8221; 一周年': a title from a feed) or an entity
_ANCHOR: Final = re.compile(r"^&(?![#\w]+;)([^\s\[\]{},]+)[ \t]+(.*)$")
_ALIAS: Final = re.compile(r"^\*([^\s\[\]{},]+)[ \t]*$")


def _anchored_value(raw: str, anchors: dict[str, Any]) -> Any:
    """A recovered value with YAML's anchor ('&who 张三': remembered) or alias ('*who': what it names)
    read, not kept as text. Aliases name flat values recovered before: no alias can expand."""
    alias = _ALIAS.match(raw.strip())
    if alias and alias.group(1) in anchors:
        named = anchors[alias.group(1)]
        return list(named) if isinstance(named, list) else named
    anchor = _ANCHOR.match(raw.strip())
    if anchor is None:
        return _scalar_or_text(raw)
    value = _scalar_or_text(anchor.group(2))
    anchors[anchor.group(1)] = list(value) if isinstance(value, list) else value
    return value


def recover_unquoted_values(text: str) -> dict[str, Any]:
    """Read ``key: value`` lines one by one, keeping each value as written.

    Used when YAML rejects the block (typically an unquoted value containing ': ').
    Indented ``- item`` lines after an empty value become a list.
    """
    fields: dict[str, Any] = {}
    anchors: dict[str, Any] = {}
    last_key: str | None = None
    for line in text.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _FIELD_LINE.match(line) or _UNSPACED_FIELD_LINE.match(line)
        if match and not line[0].isspace():
            last_key = match.group(1)
            fields[last_key] = _anchored_value(match.group(2) or match.group(3) or "", anchors)
            continue
        item = _LIST_ITEM.match(line)
        if item and last_key is not None:
            current = fields.get(last_key)
            values = current if isinstance(current, list) else ([] if current is None else [current])
            values.append(_scalar_or_text(item.group(1) or item.group(2) or ""))
            fields[last_key] = values
        elif last_key is not None and isinstance(fields.get(last_key), str):
            fields[last_key] = f"{fields[last_key]} {line.strip()}"  # folded continuation line
    return fields


def read_front_matter(text: str) -> FrontMatter:
    """Split ``text`` (already decoded, ``\\n`` line endings) and read its fields."""
    other = _hugo_front_matter(text)
    if other is not None:
        return other
    block, body, unclosed = _split(text)
    front = _read_block(block, body)
    front.unclosed = unclosed
    if front.fields and body.lstrip("\n").startswith("---"):
        _drop_repeated_block(front)
    if block and not unclosed:
        _drop_second_copy_of_the_file(front, block)
    return front


def _drop_second_copy_of_the_file(front: FrontMatter, block: str) -> None:
    """Read a file appended to itself once: its front matter again on lines of its own in the body, then the body
    again (a bot that wrote the post twice into one file). Only an exact copy of the block counts, and only when
    what follows it is the body again; a Markdown rule between two lines of fields is none."""
    again = front.body.find(f"\n---\n{block}\n---")
    if again < 0:
        return
    first, rest = front.body[:again], front.body[again + len(block) + 9 :]
    if "".join(first.split()) == "".join(rest.split()):
        front.body = first
        front.doubled = True


_TOML_FENCE: Final = re.compile(r"^\+\+\+[ \t]*$", re.MULTILINE)


def _hugo_front_matter(text: str) -> FrontMatter | None:
    """The fields of a post exported from Hugo with its front matter in TOML (between '+++' lines) or JSON (an
    object first): Jekyll would not publish it, but an archive that gathered posts from several generators holds
    it, and its article is all there. None when the text opens with neither."""
    start = text.lstrip(" \t\n")
    if start.startswith("+++"):
        opening = _TOML_FENCE.match(start)
        closing = _TOML_FENCE.search(start, opening.end()) if opening is not None else None
        if opening is None or closing is None:
            return None
        try:
            fields = tomllib.loads(start[opening.end() : closing.start()])
        except tomllib.TOMLDecodeError as error:
            raise FrontMatterError(
                f"The front matter is TOML (between '+++' lines) but cannot be read: {error}."
            ) from None
        return FrontMatter(fields=fields, body=start[closing.end() :].lstrip("\n"))
    if start.startswith("{"):
        try:
            fields, end = json.JSONDecoder().raw_decode(start)
        except json.JSONDecodeError:
            return None
        if isinstance(fields, dict) and fields:
            return FrontMatter(fields=fields, body=start[end:].lstrip("\n"))
    return None


def _drop_repeated_block(front: FrontMatter) -> None:
    """Remove a second front matter at the start of the body: a closed block of fields, two or more of
    them the first block's (an exporter that wrote the header twice), or two or more fields a post's front
    matter has and the first block lacks (a second tool added its own: read too, the first block's values
    first). A Markdown rule above text is none, nor a line between two rules ('注意: 本周停水')."""
    try:
        block, rest, unclosed = _split(front.body.lstrip("\n"))
        again = _read_block(block, rest) if not unclosed else None
    except FrontMatterError:
        return
    if again is None:
        return
    keys = {str(key).lower() for key in again.fields}
    if len(set(again.fields) & set(front.fields)) >= 2 or (len(keys) >= 2 and keys <= _POST_FIELDS):
        front.body = rest
        front.added = not set(again.fields) <= set(front.fields)
        front.repeated = not front.added
        front.fields = {**again.fields, **front.fields}


# the fields of a post's front matter that a second block, added by another tool, may carry
_POST_FIELDS: Final = frozenset(
    {
        "layout",
        "title",
        "date",
        "author",
        "authors",
        "tags",
        "tag",
        "categories",
        "category",
        "from",
        "source",
        "source_url",
        "original_url",
        "url",
        "link",
        "canonical_url",
        "permalink",
        "excerpt",
        "description",
        "summary",
        "lang",
        "comments",
        "published",
        "updated",
        "modified",
        "image",
        "cover",
    }
)


_UNREADABLE: Final = object()
_LEADING_TABS: Final = re.compile(r"^[ \t]*\t[ \t]*", re.MULTILINE)


def _with_tabs_as_spaces(block: str) -> Any:
    """The block read again with the tabs that indent its lines as two spaces each (YAML allows no tab there; an
    editor's Tab key puts one), or ``_UNREADABLE``."""
    if "\t" not in block:
        return _UNREADABLE
    spaced = _LEADING_TABS.sub(lambda m: m.group(0).replace("\t", "  "), block)
    try:
        return _load_yaml(spaced)
    except (yaml.YAMLError, ValueError, RecursionError):
        return _UNREADABLE


# a key indented by a tab under a line that has its value ('date: …' then '\tauthor: …'): YAML reads the key into the
# value above as its continued line; an editor's Tab put it there, under no mapping it could belong to
_TAB_INDENTED_KEY: Final = re.compile(r"^([\w-]+:[ \t]*[^\s#].*\n)\t+(?=[A-Za-z_][\w-]*:(?:[ \t]|$))", re.MULTILINE)


def _read_block(block: str, body: str) -> FrontMatter:
    if not block.strip():
        return FrontMatter(fields={}, body=body)
    if "\n\t" in block:
        while (dedented := _TAB_INDENTED_KEY.sub(r"\1", block)) != block:
            block = dedented
    try:
        loaded = _load_yaml(block)
    except (yaml.YAMLError, ValueError, RecursionError):
        loaded = _with_tabs_as_spaces(block)
    if loaded is _UNREADABLE:
        fields = recover_unquoted_values(block)
        if not fields:
            raise FrontMatterError(
                "The front matter is neither valid YAML nor 'key: value' lines, so no field can be read."
            ) from None
        return FrontMatter(fields=fields, body=body, recovered=sorted(fields))
    if loaded is None:
        return FrontMatter(fields={}, body=body)
    if not isinstance(loaded, dict):
        # 'title：…' lines alone (full-width colons throughout) are one plain YAML string, not an error
        fields = recover_unquoted_values(block)
        if fields:
            return FrontMatter(fields=fields, body=body, recovered=sorted(fields))
        raise FrontMatterError(
            f"The front matter is a YAML {type(loaded).__name__}, not a mapping of 'key: value' fields."
        )
    fields = {str(k): v for k, v in loaded.items()}
    return FrontMatter(fields=fields, body=body, uncommented=_values_cut_at_a_hash(block, fields))


_HASH_IN_VALUE: Final = re.compile(r"(?:^|[ \t])#")
_TEXT_KEYS: Final = frozenset(
    {"title", "subtitle", "author", "description", "summary", "excerpt"}
)  # words, not settings


def _values_cut_at_a_hash(block: str, fields: dict[str, Any]) -> list[str]:
    """Unquoted values that YAML cut at a ' #' as if a comment began there ('title: #MeToo 一年后' read as
    nothing, 'title: 我们的 #MeToo 时刻' as '我们的'): a feed generator writes titles unquoted, and a hashtag
    in one is the title's. Each such value is set to its text as written; returns their keys."""
    kept: list[str] = []
    if "#" not in block:
        return kept
    for line in block.split("\n"):
        match = _FIELD_LINE.match(line)
        if match is None or line[0].isspace():
            continue
        raw = (match.group(2) or match.group(3) or "").strip()
        key = match.group(1)
        if key not in _TEXT_KEYS or not raw or raw[0] in "\"'[{|>&*!" or not _HASH_IN_VALUE.search(raw):
            continue
        value = fields.get(key)
        if (value is None or isinstance(value, str)) and value != raw:
            fields[key] = raw
            kept.append(key)
    kept += _hashtags_read_as_comments(block, fields)
    return kept


_TERM_KEYS: Final = frozenset({"tags", "tag", "categories", "category", "keywords"})
_LIST_ITEM_LINE: Final = re.compile(r"^[ \t]*-[ \t]+(.*?)[ \t]*$")


def _hashtags_read_as_comments(block: str, fields: dict[str, Any]) -> list[str]:
    """Tags written as hashtags that YAML read as comments ('tags: #城市 #民生', or list items '- #城市'): nothing, or
    a list of nulls. Each such field gets its hashtags as written; returns their keys."""
    kept: list[str] = []
    lines = block.split("\n")
    for at, line in enumerate(lines):
        match = _FIELD_LINE.match(line)
        if match is None or line[0].isspace() or match.group(1) not in _TERM_KEYS:
            continue
        key, raw = match.group(1), (match.group(2) or match.group(3) or "").strip()
        value = fields.get(key)
        if raw.startswith("#") and value is None:
            fields[key] = raw
            kept.append(key)
        elif not raw and isinstance(value, list) and None in value:
            items = []
            for item_line in lines[at + 1 :]:
                item = _LIST_ITEM_LINE.match(item_line)
                if item is None:
                    break
                items.append(item.group(1))
            if len(items) == len(value):
                fields[key] = [text if old is None else old for text, old in zip(items, value, strict=True)]
                kept.append(key)
    return kept
