"""The Han bigram postings of a batch of folded texts, counted with numpy on code points.

Every pair of adjacent characters of the class that ``search_terms()`` pairs (Han, kana,
Hangul: ``PAIRED_CLASS``) is a term. Counting them per document in DuckDB meant cutting
runs out with a regular expression, one substring per pair and a GROUP BY on ~10 M
strings at 5,600 articles (~60 % of a full load's derivation). Here each pair is one
64-bit number (first code point, second code point, document in the batch), and one sort
of those numbers gives the postings already in term order: sorting by code points is
sorting by UTF-8 bytes, DuckDB's order of the strings. The warehouse keeps each pair as
its number, ``first * 2**21 + second`` (``search_pairs``; ``search_pair()`` in the shell).

Which characters pair is what DuckDB's own regular-expression engine says (``PAIRED_RANGES``,
checked against it by a test over every code point), so this side and the shell's
``search_terms()`` cannot disagree about a character; ``tests/test_search.py`` also checks the
two sides term for term.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np
import polars as pl

# The class of search_terms() in sql/search_macros.sql, one character of it.
PAIRED_CLASS = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
CODE_POINTS = 0x110000
_BITS = 21  # a code point fits in 21 bits
MAX_DOCUMENTS = 1 << (64 - 2 * _BITS)  # documents one call can number: 4,194,304


# The code points PAIRED_CLASS matches in DuckDB 1.5.5 (RE2's Unicode tables), first and last of each run.
# Written out rather than asked of DuckDB at run time (a scan of 1.1 M code points: 0.1 s and ~20 MB
# per run); tests/test_search.py asks DuckDB and compares, so an upgrade that moves a class is caught.
PAIRED_RANGES = (
    (0x1100, 0x11FF),
    (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5),
    (0x3005, 0x3005),
    (0x3007, 0x3007),
    (0x3021, 0x3029),
    (0x302E, 0x302F),
    (0x3038, 0x303B),
    (0x3041, 0x3096),
    (0x309D, 0x309F),
    (0x30A1, 0x30FA),
    (0x30FD, 0x30FF),
    (0x3131, 0x318E),
    (0x31F0, 0x321E),
    (0x3260, 0x327E),
    (0x32D0, 0x32FE),
    (0x3300, 0x3357),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA960, 0xA97C),
    (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6),
    (0xD7CB, 0xD7FB),
    (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9),
    (0xFF66, 0xFF6F),
    (0xFF71, 0xFF9D),
    (0xFFA0, 0xFFBE),
    (0xFFC2, 0xFFC7),
    (0xFFCA, 0xFFCF),
    (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC),
    (0x16FE2, 0x16FE3),
    (0x16FF0, 0x16FF1),
    (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE),
    (0x1B000, 0x1B122),
    (0x1B132, 0x1B132),
    (0x1B150, 0x1B152),
    (0x1B155, 0x1B155),
    (0x1B164, 0x1B167),
    (0x1F200, 0x1F200),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B739),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A),
    (0x31350, 0x323AF),
)


@functools.cache
def paired() -> np.ndarray:
    """A table of every code point: True where ``PAIRED_CLASS`` matches it (``PAIRED_RANGES``)."""
    table = np.zeros(CODE_POINTS, dtype=bool)
    for first, last in PAIRED_RANGES:
        table[first : last + 1] = True
    return table


def pair_postings(texts: list[str], documents: Sequence[int] | np.ndarray) -> dict[str, np.ndarray]:
    """The Han bigram postings of ``texts``, each text belonging to ``documents[i]`` (0 to
    MAX_DOCUMENTS - 1; a document may own several texts, which are never joined into one).

    Returns equal-length arrays ``pair`` (the term: first code point * 2**21 + second), ``document``
    and ``tf`` (occurrences in the document), sorted by pair, then document.
    """
    if len(texts) != len(documents):
        raise ValueError(f"{len(texts)} texts but {len(documents)} documents")
    empty = {
        "pair": np.zeros(0, dtype=np.int64),
        "document": np.zeros(0, dtype=np.int32),
        "tf": np.zeros(0, dtype=np.int32),
    }
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
        "pair": (unique >> np.uint64(64 - 2 * _BITS)).astype(np.int64),
        "document": (unique & np.uint64(MAX_DOCUMENTS - 1)).astype(np.int32),
        "tf": counts.astype(np.int32),
    }
