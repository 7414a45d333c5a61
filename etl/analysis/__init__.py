"""Derived analysis of the articles: folding Chinese scripts, full-text search, stories.

Plain Python and SQL with no Dagster import. ``derive_search_and_stories`` is called at
the end of every publish, for the articles that run touched.
"""

from etl.analysis.derive import derive_search_and_stories

__all__ = ["derive_search_and_stories"]
