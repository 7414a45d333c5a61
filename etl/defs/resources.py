"""Where the posts are and where the warehouse goes, as a Dagster resource."""

from pathlib import Path

import dagster as dg

from etl import settings
from etl.posts.discover import split_posts_dirs


class NewsArchive(dg.ConfigurableResource):
    """The posts folder(s) (``ETL_POSTS_DIR``) and the DuckDB warehouse (``ETL_WAREHOUSE``).

    The warehouse is written by publishing a private working copy (see
    ``etl.warehouse.store``), not through ``DuckDBResource``, whose read-write connection
    would wait ~100 s and fail whenever a DuckDB shell has the file open.
    """

    posts_dir: str = settings.posts_dirs()
    warehouse: str = settings.warehouse()

    def roots(self) -> list[Path]:
        return split_posts_dirs(self.posts_dir)

    def warehouse_path(self) -> Path:
        return Path(self.warehouse).absolute()

    def staging_path(self) -> Path:
        """Where partitions leave parsed shards for the publish (``etl.staging``)."""
        return self.warehouse_path().parent / f".{self.warehouse_path().name}.staging"


def resources() -> dict[str, dg.ConfigurableResource]:
    # Read the environment when definitions load, so `etl ingest` and `dagster dev` agree.
    return {"archive": NewsArchive(posts_dir=settings.posts_dirs(), warehouse=settings.warehouse())}
