"""Reading the rows of a few articles out of a big table without reading the whole table.

DuckDB turns ``article_id IN (SELECT ...)`` or a join with a small table into a hash join that
reads every row of the big table, text included: 0.6-0.8 s for ``paragraphs`` or
``search_paragraphs`` (2.7 M rows) at 10x, whatever the run changed. ``list_contains`` of a
list parameter is pushed into the table scan instead, which then reads the other columns only
for the rows that match (0.07 s for 30 articles). It compares each row with every listed value,
so past ``FEW`` values the join is faster again; ``among`` keeps the join's condition for those.
"""

from __future__ import annotations

FEW = 500  # measured at 10x: list_contains and the join cost the same at ~1,000 ids


def among(column: str, param: str = "ids") -> str:
    """SQL true for the rows whose ``column`` is in the list parameter ``$param`` when it is short,
    and for every row when it is long: add it to (never use it instead of) the exact condition."""
    return f"(len(${param}::VARCHAR[]) > {FEW} OR list_contains(${param}::VARCHAR[], {column}))"
