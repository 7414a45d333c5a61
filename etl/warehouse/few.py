"""Reading the rows of a few articles out of a big table without reading the whole table.

DuckDB turns ``article_id IN (SELECT ...)`` or a join with a small table into a hash join that
reads every row of the big table, text included: 0.6-0.8 s for ``paragraphs`` or
``search_paragraphs`` (2.7 M rows) at 10x, whatever the run changed. ``list_contains`` of a
list parameter is pushed into the table scan instead, which then reads the other columns only
for the rows that match (0.07 s for 30 articles). It compares each row with every listed value,
so past ``FEW`` values the join is faster again; ``among`` keeps the join's condition for those.

A list goes to DuckDB as one JSON string (``listed``), read with ``$param::JSON::VARCHAR[]``:
binding a Python list costs ~0.1 ms per value (DuckDB's binding tries to import pandas for each),
0.27 s for 2,000 article ids; the JSON string costs microseconds and keeps any character.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

FEW = 500  # measured at 10x: list_contains and the join cost the same at ~1,000 ids


def among(column: str, param: str = "ids") -> str:
    """SQL true for the rows whose ``column`` is in the list parameter ``$param`` (``listed``) when it is short,
    and for every row when it is long: add it to (never use it instead of) the exact condition."""
    return f"(len(${param}::JSON::VARCHAR[]) > {FEW} OR list_contains(${param}::JSON::VARCHAR[], {column}))"


def listed(values: Iterable[str]) -> str:
    """``values`` as a list parameter: one JSON string, read in SQL as ``$param::JSON::VARCHAR[]``."""
    return json.dumps(list(values), ensure_ascii=False)
