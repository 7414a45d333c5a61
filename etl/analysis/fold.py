"""Folding: one character for each character, so Traditional and Simplified, upper and
lower case, full- and half-width forms compare equal; zero-width characters are deleted.

The map is OpenCC 1.4's ``t2s`` applied to each character alone (phrase rules cannot be
applied one character at a time, and a per-character map is what DuckDB's
``translate()`` can apply in the shell), plus ASCII case and full-width ASCII. Each
character maps to exactly one character, so folded text has the length of the original
without its zero-width characters, and a position found in one is the same position in
the other with those removed (snippets rely on this). Zero-width characters are kept in
the paragraphs as written ("帐\u200b户"); deleting them here lets a search for 帐户 find it.
"""

from __future__ import annotations

import functools
import importlib.metadata
import json
import re
from pathlib import Path

import opencc
import polars as pl

from etl.posts.patterns import ZERO_WIDTH_CHARS

# Han blocks whose characters OpenCC may convert: CJK Unified Ideographs and Extension A,
# compatibility ideographs, and the supplementary-plane extensions.
HAN_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00), (0x20000, 0x2FA20))


def _each_converted(chars: list[str], config: str) -> list[str]:
    """Each character converted alone by OpenCC's ``config``: one call over them all, a line each
    (no phrase spans a line break), ten times faster than a call per character and the same."""
    return opencc.OpenCC(config).convert("\n".join(chars)).split("\n")


# The map and the script sets as computed from the pinned OpenCC, shipped with the package: computing them
# took 0.45 s and ~30 MB (five OpenCC dictionaries) at the start of every run's derivation, however small
# (tests/test_search.py checks the file against OpenCC; after upgrading OpenCC, write it again with
# `python -c 'from etl.analysis.fold import write_shipped; write_shipped()'`).
SHIPPED = Path(__file__).with_name("fold_map.json")


@functools.cache
def _shipped() -> dict[str, str] | None:
    """The shipped map, when it was computed from the OpenCC installed (else None: compute it)."""
    try:
        shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return shipped if shipped.get("opencc") == importlib.metadata.version("opencc") else None


def fold_pairs() -> tuple[str, str]:
    """The fold map as two strings of equal length: ``from_chars[i]`` folds to ``to_chars[i]``."""
    shipped = _shipped()
    return (shipped["from_chars"], shipped["to_chars"]) if shipped else computed_fold_pairs()


@functools.cache
def computed_fold_pairs() -> tuple[str, str]:
    """``fold_pairs`` computed from OpenCC."""
    chars = [chr(code) for start, end in HAN_RANGES for code in range(start, end)]
    mapping: dict[str, str] = {}
    for char, folded in zip(chars, _each_converted(chars, "t2s"), strict=True):
        if len(folded) == 1 and folded != char:
            mapping[char] = folded
    # Taiwan's and Hong Kong's own standard forms that t2s leaves as they are ('著' in 隨著, '衞' in
    # 衞生署, '枱'), unless the character is itself a Simplified form ('么' stays: s2t changes it)
    simplified = {c for c, back in zip(chars, _each_converted(chars, "s2t"), strict=True) if back != c}
    for config in ("tw2s", "hk2s"):
        for char, folded in zip(chars, _each_converted(chars, config), strict=True):
            if len(folded) == 1 and folded != char and char not in mapping and char not in simplified:
                mapping[char] = folded
    for code in range(ord("A"), ord("Z") + 1):
        mapping[chr(code)] = chr(code + 32)
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII: ０-９, Ａ-Ｚ, ａ-ｚ, punctuation
        mapping[chr(code)] = chr(code - 0xFEE0).lower()
    # chains (薴 -> 苧 -> 苎) resolve to their end, so folding twice changes nothing
    for char, target in mapping.items():
        seen = {char}
        while target in mapping and target not in seen:
            seen.add(target)
            target = mapping[target]
        mapping[char] = target
    pairs = sorted((a, b) for a, b in mapping.items() if a != b)
    return "".join(a for a, _ in pairs), "".join(b for _, b in pairs)


def fold_map() -> tuple[str, str]:
    """The whole fold as DuckDB's ``translate(text, from_chars, to_chars)`` takes it: the pairs,
    then the characters it deletes (``from_chars`` is longer by them, and translate() deletes
    the characters of ``from_chars`` that have no counterpart in ``to_chars``)."""
    source, target = fold_pairs()
    return source + ZERO_WIDTH_CHARS, target


@functools.cache
def _table() -> dict[int, int | None]:
    source, target = fold_pairs()
    return str.maketrans(source, target, ZERO_WIDTH_CHARS)


def fold(text: str) -> str:
    """``text`` with every character folded and zero-width characters deleted."""
    return text.translate(_table())


@functools.cache
def _replacements() -> tuple[list[str], list[str]]:
    source, target = fold_pairs()
    return list(source + ZERO_WIDTH_CHARS), list(target) + [""] * len(ZERO_WIDTH_CHARS)


def fold_column(texts: pl.Series) -> pl.Series:
    """``fold`` of each text of a column, in Polars (Aho-Corasick over single characters, so the
    same as one character at a time; ~5x faster than ``str.translate`` in a Python loop)."""
    return texts.str.replace_many(*_replacements())


def _script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Characters that mark Traditional text, and characters that mark Simplified text."""
    shipped = _shipped()
    if shipped:
        return frozenset(shipped["traditional"]), frozenset(shipped["simplified"])
    return computed_script_sets()


@functools.cache
def computed_script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """``_script_sets`` computed from OpenCC."""
    source, target = computed_fold_pairs()
    sources_of: dict[str, int] = {}
    for char in target:
        sources_of[char] = sources_of.get(char, 0) + 1
    traditional = frozenset(c for c in source if HAN.fullmatch(c)) - set(target)
    # A fold target is Simplified evidence unless several characters fold to it: 台 (臺, 颱, 檯),
    # 干 (乾, 幹), 里 (裏, 裡) are also ordinary Traditional characters.
    # A variant that folds to a common character (倶 -> 具) does not make that character Simplified:
    # only targets that OpenCC's s2t would change back count.
    s2t = opencc.OpenCC("s2t")
    simplified = frozenset(
        c for c, n in sources_of.items() if n == 1 and HAN.fullmatch(c) and s2t.convert(c) != c
    ) - set(source)
    return traditional, simplified


HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+")
HAN_CLASS = r"[\x{3400}-\x{4dbf}\x{4e00}-\x{9fff}\x{f900}-\x{faff}\x{20000}-\x{2fa1f}]"  # HAN, in Rust's syntax
LETTER_CLASS = r"[\p{L}\p{Nl}\p{No}]"  # a letter as Python's [^\W\d_]: letters, and numerals that are not digits

SCRIPTS = ("zh-Hans", "zh-Hant", "mixed", "other")


SAMPLE = 3000  # characters of an article that decide its script: plenty of evidence, bounded cost


def script_of(text: str) -> str:
    """``zh-Hant`` or ``zh-Hans`` when (nearly) all script-specific characters are of one kind,
    ``mixed`` when both kinds are common, ``other`` for text that is not mostly Chinese.

    Text of Chinese characters that read the same in both scripts is ``zh-Hans``. Only the
    first ``SAMPLE`` characters are read.
    """
    return script_column(pl.Series([text], dtype=pl.String))[0]


def script_column(texts: pl.Series) -> pl.Series:
    """``script_of`` each text of a column: the characters are counted by Polars' regex engine."""
    traditional, simplified = _script_classes()
    sample = pl.col("text").str.slice(0, SAMPLE)
    trad, simp = pl.col("trad"), pl.col("simp")
    return (
        pl.DataFrame({"text": texts}, schema={"text": pl.String})
        .with_columns(
            han=sample.str.count_matches(HAN_CLASS),
            letters=sample.str.count_matches(LETTER_CLASS),
            trad=sample.str.count_matches(traditional),
            simp=sample.str.count_matches(simplified),
        )
        .select(
            pl.when((pl.col("han") == 0) | (pl.col("han") < 0.3 * pl.col("letters")))
            .then(pl.lit("other"))
            .when(trad <= 0.15 * (trad + simp))
            .then(pl.lit("zh-Hans"))
            .when(simp <= 0.15 * (trad + simp))
            .then(pl.lit("zh-Hant"))
            .otherwise(pl.lit("mixed"))
            .alias("script")
        )
        .to_series()
    )


@functools.cache
def _script_classes() -> tuple[str, str]:
    """``_script_sets`` as two regex character classes."""
    return tuple("[" + "".join(sorted(chars)) + "]" for chars in _script_sets())


def write_shipped() -> None:
    """Write ``SHIPPED`` from the OpenCC installed (after upgrading it)."""
    source, target = computed_fold_pairs()
    traditional, simplified = computed_script_sets()
    shipped = {
        "opencc": importlib.metadata.version("opencc"),
        "from_chars": source,
        "to_chars": target,
        "traditional": "".join(sorted(traditional)),
        "simplified": "".join(sorted(simplified)),
    }
    SHIPPED.write_text(json.dumps(shipped, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
