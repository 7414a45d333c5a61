"""News-archive warehouse: Jekyll posts into DuckDB, run by Dagster."""

from etl.memory import return_freed_memory

# Before any module imports Polars, whose allocator reads its settings once (see etl.memory).
return_freed_memory()
