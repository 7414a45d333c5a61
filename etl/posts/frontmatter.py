"""Split a post into front matter and body, and read the front matter safely.

Feed generators write YAML by string concatenation: values are unquoted, so an
``author: Agency: Reporter`` line is invalid YAML. We load the block with a safe
loader that refuses aliases (no alias bombs) and never constructs tagged objects;
when that fails we recover the fields line by line instead of rejecting the post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)
CLOSING_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)  # YAML's document end '...' too
# 'key: value', or 'key：value' with the full-width colon of a Chinese input method (YAML rejects it)
_FIELD_LINE = re.compile(r"^([A-Za-z_][\w.-]*)[ \t]*(?::(?:[ \t]+(.*)|[ \t]*)|：[ \t]*(.*))$")
_LIST_ITEM = re.compile(r"^[ \t]+-[ \t]+(.*)$|^-[ \t]+(.*)$")


class FrontMatterError(ValueError):
    """The post cannot be split into front matter and body; the message is for people."""


@dataclass
class FrontMatter:
    fields: dict[str, Any]
    body: str
    recovered: list[str] = field(default_factory=list)  # keys recovered line by line


def split_front_matter(text: str) -> tuple[str, str]:
    """Return (front matter text, body) of a post whose first line is ``---``.

    Blank lines before the opening fence are tolerated (Jekyll is stricter; nothing is lost).
    """
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
    if closing is None:
        raise FrontMatterError("The front matter opened on line 1 is never closed by a second '---' line.")
    return text[opening.end() : closing.start()].strip("\n"), text[closing.end() :].lstrip("\n")


def _load_yaml(text: str) -> Any:
    # Refuse anchors and aliases before composing: feeds never use them, alias bombs do.
    for event in yaml.parse(text, Loader=_SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.YAMLError("YAML anchors and aliases are not allowed in front matter")
    return yaml.load(text, Loader=_SafeLoader)


def _scalar_or_text(raw: str) -> Any:
    """Read one recovered value: YAML for lists and quoted strings, else the text itself."""
    value = raw.strip()
    if not value:
        return None
    if value[0] in "[\"'{":
        try:
            loaded = _load_yaml(value)
        except yaml.YAMLError:
            return value
        if isinstance(loaded, (list, str, int, float)) or loaded is None:
            return loaded
    return value


def recover_unquoted_values(text: str) -> dict[str, Any]:
    """Read ``key: value`` lines one by one, keeping each value as written.

    Used when YAML rejects the block (typically an unquoted value containing ': ').
    Indented ``- item`` lines after an empty value become a list.
    """
    fields: dict[str, Any] = {}
    last_key: str | None = None
    for line in text.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _FIELD_LINE.match(line)
        if match and not line[0].isspace():
            last_key = match.group(1)
            fields[last_key] = _scalar_or_text(match.group(2) or match.group(3) or "")
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
    block, body = split_front_matter(text)
    if not block.strip():
        return FrontMatter(fields={}, body=body)
    try:
        loaded = _load_yaml(block)
    except (yaml.YAMLError, ValueError, RecursionError):
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
    return FrontMatter(fields={str(k): v for k, v in loaded.items()}, body=body)
