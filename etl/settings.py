"""Settings from the environment, read in one place (the contract in DESIGN.md)."""

from __future__ import annotations

import os
import re
from pathlib import Path

SAMPLE_POSTS = Path(__file__).resolve().parent / "sample_posts"
DEFAULT_WAREHOUSE = Path("warehouse") / "news.duckdb"


def posts_dirs() -> str:
    """``ETL_POSTS_DIR``: one or more posts folders separated by ':'; the bundled sample when unset.

    Set but blank (a scheduler's variable that lost its value) is a mistake, not a wish for the sample:
    read against a real warehouse, the sample would mark every article of the archive deleted."""
    value = os.environ.get("ETL_POSTS_DIR")
    if value is None:
        return str(SAMPLE_POSTS)
    if not value.strip(":").strip():
        raise ValueError(
            "ETL_POSTS_DIR is set but empty: give the posts folder(s), separated by ':' "
            "(unset it to read the bundled sample posts)."
        )
    return value


def posts_dirs_default() -> bool:
    """Whether ``ETL_POSTS_DIR`` is unset, so that the bundled sample posts are read."""
    return os.environ.get("ETL_POSTS_DIR") is None


def warehouse() -> str:
    """``ETL_WAREHOUSE``: the DuckDB file; ``warehouse/news.duckdb`` by default."""
    return os.environ.get("ETL_WAREHOUSE") or str(DEFAULT_WAREHOUSE)


def workers() -> int | None:
    """``ETL_WORKERS``: processes that parse posts; None (unset) is one per core, 0 parses in this process."""
    value = os.environ.get("ETL_WORKERS", "").strip()
    if not value:
        return None
    try:
        return max(0, int(value))
    except ValueError:
        raise ValueError(f"ETL_WORKERS must be a whole number (0 parses in the main process), not {value!r}.") from None


def git_history() -> bool:
    """``ETL_GIT_HISTORY``: read a posts folder's git history when it is a clone (default ``1``)."""
    return os.environ.get("ETL_GIT_HISTORY", "1").strip().lower() not in ("0", "false", "no", "off")


def duckdb_memory() -> str | None:
    """``ETL_DUCKDB_MEMORY``: DuckDB's memory limit (e.g. ``2GB``; beyond it, DuckDB spills to disk).

    Unset: a run starts at ``store.START_MEMORY`` (``store.SMALL_RUN_MEMORY`` when it changes few files) and,
    when DuckDB runs out, runs again with twice as much, up to DuckDB's own default (80 % of RAM). Set, it is
    a fixed cap: what cannot spill (the primary-key index of a table being written) must fit in it, and a run
    that hits it fails with a sentence saying so.
    """
    value = os.environ.get("ETL_DUCKDB_MEMORY", "").strip() or None
    if value is not None and not _MEMORY_SIZE.fullmatch(value):
        raise ValueError(
            f"ETL_DUCKDB_MEMORY must be an amount of memory such as 2GB or 512MB (or unset), not {value!r}."
        )
    return value


_MEMORY_SIZE = re.compile(r"\d+(?:\.\d+)?\s*(?:[KMGT]i?B|B|bytes)", re.IGNORECASE)
