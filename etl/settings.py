"""Settings from the environment, read in one place (the contract in DESIGN.md)."""

from __future__ import annotations

import os
from pathlib import Path

SAMPLE_POSTS = Path(__file__).resolve().parent / "sample_posts"
DEFAULT_WAREHOUSE = Path("warehouse") / "news.duckdb"


def posts_dirs() -> str:
    """``ETL_POSTS_DIR``: one or more posts folders separated by ':'; the bundled sample by default."""
    return os.environ.get("ETL_POSTS_DIR") or str(SAMPLE_POSTS)


def warehouse() -> str:
    """``ETL_WAREHOUSE``: the DuckDB file; ``warehouse/news.duckdb`` by default."""
    return os.environ.get("ETL_WAREHOUSE") or str(DEFAULT_WAREHOUSE)
