"""Regular expressions searched and compiled faster: a lookahead on the characters a match can start with,
and classes of Han characters compiled outside IGNORECASE.

Python's regex engine, searching for an alternation whose branches open with groups, a character
class or '^', tries every branch at every position of the text. When every branch opens with a
literal it skips ahead to the positions holding one of them instead; ``guarded`` gives any pattern
that skip with a leading ``(?=[…])`` of its possible first characters, found from the parsed
pattern. 2-4x faster on the block texts of real pages for the rules searched anywhere in a block
(a paywall note, an editor's credit, a reading time); a pattern whose first characters cannot be
listed (a negated class, '.', an empty match) is returned as it is.

The pattern is read with CPython's own regex parser (``re._parser``, the same on 3.11 and 3.12, which
``pyproject.toml`` allows); tests/test_patterns.py checks on the running Python that a guarded pattern
finds exactly what the pattern finds.

Han characters have no case, yet CPython's compiler folds the case of every code point of a character
class compiled under IGNORECASE (27,000 for ``[\u3400-\u9fff]``), once for each class in the pattern:
the credit-line rule, which repeats such classes in each of its alternatives, took a second to compile
in every process that parsed a post. ``han_outside_ignorecase`` sets these classes in a ``(?-i:…)``
group with the same members (tests/test_patterns.py compares them over every code point).
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_UNI_DIGIT: r"\d",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_UNI_SPACE: r"\s",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_UNI_WORD: r"\w",
}


# Zero-width characters are kept as written (sites put them inside words to dodge keyword filters,
# and some scripts need U+200C/U+200D); they are not spaces. Search folds them away (etl.analysis.fold),
# so "帐\u200b户" is found as 帐户. So is a soft hyphen (U+00AD, shown only where a line wraps:
# 'in\u00addus\u00adtri\u00adal' is found as 'industrial').
ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH = re.compile(f"[{ZERO_WIDTH_CHARS}]")
_NO_ZERO_WIDTH = str.maketrans("", "", ZERO_WIDTH_CHARS)


def has_zero_width(text: str) -> bool:
    """Whether ``text`` holds a zero-width character (``ZERO_WIDTH_CHARS``)."""
    return _ZERO_WIDTH.search(text) is not None


def without_zero_width(text: str) -> str:
    """``text`` without its zero-width characters, as a rule reads it: a site plants them inside its own words
    against keyword filters ('点\u200b击\u200b关\u200b注'), and they are no part of a word."""
    return text.translate(_NO_ZERO_WIDTH)


# Each Han class written in the rules, and the same class outside IGNORECASE: the Latin letters of the second
# gain the four code points that IGNORECASE matches them with ('İ', 'ı', 'ſ', the Kelvin sign 'K').
_HAN_CLASSES = {
    r"[\u3400-\u9fff]": r"(?-i:[\u3400-\u9fff])",
    r"[\u3400-\u9fffA-Za-z]": r"(?-i:[\u3400-\u9fffA-Za-z\u0130\u0131\u017f\u212a])",
}


def han_outside_ignorecase(source: str) -> str:
    """``source`` with its classes of Han characters (``_HAN_CLASSES``) outside IGNORECASE: the same matches under
    that flag, compiled faster."""
    for written, caseless in _HAN_CLASSES.items():
        source = source.replace(written, caseless)
    return source


class _Unknown(Exception):
    """The first characters of a part of the pattern cannot be listed."""


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead on its first characters (same matches), or itself when they cannot be listed."""
    firsts: list[str] = []
    try:
        if _first(sre_parse.parse(pattern.pattern, pattern.flags).data, firsts):
            return pattern  # it can match the empty string: any position may start a match
    except _Unknown:
        return pattern
    try:
        return re.compile(f"(?=[{''.join(sorted(set(firsts)))}])(?:{pattern.pattern})", pattern.flags)
    except re.error:
        return pattern  # global flags at its start ('(?i)…') cannot follow the lookahead


def _first(items: list, firsts: list[str]) -> bool:
    """Add to ``firsts`` (as parts of a character class) what a match of ``items`` can start with; whether
    ``items`` can match the empty string."""
    for op, value in items:
        if op is sre.LITERAL:
            firsts.append(re.escape(chr(value)))
            return False
        if op is sre.IN:
            for kind, part in value:
                if kind is sre.LITERAL:
                    firsts.append(re.escape(chr(part)))
                elif kind is sre.RANGE:
                    firsts.append(f"{re.escape(chr(part[0]))}-{re.escape(chr(part[1]))}")
                elif kind is sre.CATEGORY and part in _CATEGORIES:
                    firsts.append(_CATEGORIES[part])
                else:
                    raise _Unknown  # a negated class or a category without a class escape
            return False
        if op is sre.BRANCH:
            empty = False
            for branch in value[1]:
                empty |= _first(branch, firsts)
            if not empty:
                return False
        elif op is sre.SUBPATTERN:
            if value[1] or value[2]:
                raise _Unknown  # a group's own flags ('(?i:…)'): the lookahead would take the pattern's
            if not _first(value[3], firsts):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _, repeated = value
            if not _first(repeated, firsts) and low > 0:
                return False
        elif op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            raise _Unknown  # '.', a backreference, a conditional: anything may come first
    return True
