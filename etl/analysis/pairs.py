"""The Han bigram postings of a batch of folded texts, counted with numpy on code points.

Every pair of adjacent characters of the class that ``search_terms()`` pairs (Han, kana,
Hangul: ``PAIRED_CLASS``) is a term. Counting them per document in DuckDB meant cutting
runs out with a regular expression, one substring per pair and a GROUP BY on ~10 M
strings at 5,600 articles (~60 % of a full load's derivation). Here each pair is one
64-bit number (first code point, second code point, document in the batch), and one sort
of those numbers gives the postings already in term order: sorting by code points is
sorting by UTF-8 bytes, DuckDB's order of the strings. DuckDB spells the terms
(``chr(first) || chr(second)``) as it inserts them.

Which characters pair is read from DuckDB's own regular-expression engine once per
process, so this side and the shell's ``search_terms()`` cannot disagree about a
character (``tests/test_search.py`` checks the two sides term for term).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import duckdb
import numpy as np
import polars as pl

# The class of search_terms() in sql/search_macros.sql, one character of it.
PAIRED_CLASS = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
CODE_POINTS = 0x110000
SURROGATES = (0xD800, 0xDFFF)  # not characters: DuckDB's chr() refuses them, and no text holds one
_BITS = 21  # a code point fits in 21 bits
_CODE_MASK = (1 << _BITS) - 1
MAX_DOCUMENTS = 1 << (64 - 2 * _BITS)  # documents one call can number: 4,194,304


@functools.cache
def paired() -> np.ndarray:
    """A table of every code point: True where ``PAIRED_CLASS`` (DuckDB's RE2) matches it."""
    with duckdb.connect() as con:
        (codes,) = con.execute(
            "SELECT coalesce(list(i), []) FROM range(1, $n) t(i) "
            "WHERE (i < $lo OR i > $hi) AND regexp_matches(chr(i::INTEGER), $class)",
            {"n": CODE_POINTS, "lo": SURROGATES[0], "hi": SURROGATES[1], "class": PAIRED_CLASS},
        ).fetchone()
    table = np.zeros(CODE_POINTS, dtype=bool)
    table[np.asarray(codes, dtype=np.int64)] = True
    return table


def pair_postings(texts: list[str], documents: Sequence[int] | np.ndarray) -> dict[str, np.ndarray]:
    """The Han bigram postings of ``texts``, each text belonging to ``documents[i]`` (0 to
    MAX_DOCUMENTS - 1; a document may own several texts, which are never joined into one).

    Returns equal-length arrays ``first``, ``second`` (the term's two code points), ``document``
    and ``tf`` (occurrences in the document), sorted by term, then document.
    """
    if len(texts) != len(documents):
        raise ValueError(f"{len(texts)} texts but {len(documents)} documents")
    empty = {name: np.zeros(0, dtype=np.int32) for name in ("first", "second", "document", "tf")}
    if not texts:
        return empty
    owners = np.asarray(documents, dtype=np.int64)
    if owners.min() < 0 or owners.max() >= MAX_DOCUMENTS:
        raise ValueError(f"document numbers must lie in [0, {MAX_DOCUMENTS})")
    # NUL between texts: not a paired character, so no pair spans two texts
    codes = np.frombuffer("\x00".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    marked = paired()[codes]
    starts = np.flatnonzero(marked[:-1] & marked[1:])
    if starts.size == 0:
        return empty
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
    owner = np.repeat(owners.astype(np.uint64), lengths)[starts]
    wide = codes.astype(np.uint64)
    keys = (wide[starts] << np.uint64(64 - _BITS)) | (wide[starts + 1] << np.uint64(64 - 2 * _BITS)) | owner
    keys = pl.Series(keys).sort().to_numpy()  # Polars' sort: ~3x numpy's here, on two cores
    firsts = np.concatenate(([0], np.flatnonzero(keys[1:] != keys[:-1]) + 1))
    unique = keys[firsts]
    counts = np.diff(np.concatenate((firsts, [keys.size])))
    return {
        "first": (unique >> np.uint64(64 - _BITS)).astype(np.int32),
        "second": ((unique >> np.uint64(64 - 2 * _BITS)) & np.uint64(_CODE_MASK)).astype(np.int32),
        "document": (unique & np.uint64(MAX_DOCUMENTS - 1)).astype(np.int32),
        "tf": counts.astype(np.int32),
    }
