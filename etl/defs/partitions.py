"""Past one machine: each posts folder parsed in a partition of its own, one writer publishes.

``staged_posts`` is partitioned by posts folder: a partition parses its folder's new and changed
files into Parquet shards beside the warehouse (``etl.staging``). A backfill of all partitions runs
them in parallel (here as separate runs of the local run coordinator; elsewhere each on its own
pod with the Kubernetes executor, given a shared filesystem or object store for the shards); the
`ingest_staged` job then publishes like the `ingest` job, writing the shards instead of parsing
again. Everything else (checks, history, derivation) is the single run's.
"""

import dagster as dg

from etl import settings
from etl.posts.discover import split_posts_dirs
from etl.staging import folder_key, stage_folder

from .assets import raw_posts
from .resources import NewsArchive


def folder_partitions(posts_dirs: str) -> dg.StaticPartitionsDefinition:
    """One partition per posts folder of ``ETL_POSTS_DIR`` (keys from ``staging.folder_key``)."""
    return dg.StaticPartitionsDefinition(sorted({folder_key(root) for root in split_posts_dirs(posts_dirs)}))


def build_staged_posts(partitions: dg.StaticPartitionsDefinition) -> dg.AssetsDefinition:
    @dg.asset(
        name="staged_posts",
        partitions_def=partitions,
        group_name="posts",
        kinds={"parquet", "polars"},
        deps=[raw_posts],
        description="One posts folder's new and changed files, parsed into Parquet shards for the next publish "
        "(`ingest_staged`); partitioned by folder so that folders parse in parallel.",
    )
    def staged_posts(context: dg.AssetExecutionContext, archive: NewsArchive) -> dg.MaterializeResult:
        roots = {folder_key(root): root for root in archive.roots()}
        root = roots.get(context.partition_key)
        if root is None:
            raise dg.Failure(
                description=f"The partition {context.partition_key} names no folder of ETL_POSTS_DIR "
                f"({', '.join(roots) or 'none'}): reload the definitions after changing ETL_POSTS_DIR."
            )
        report = stage_folder(root, archive.warehouse_path(), archive.staging_path(), progress=context.log.info)
        return dg.MaterializeResult(
            metadata={
                "folder": str(root),
                "files_seen": report.files_seen,
                "files_staged": report.staged,
                "files_rejected": report.rejected,
                "shards": report.shards,
            }
        )

    return staged_posts


posts_folders = folder_partitions(settings.posts_dirs())
staged_posts = build_staged_posts(posts_folders)

stage_job = dg.define_asset_job(
    "stage_posts",
    selection=[staged_posts],
    description="Parse one posts folder ahead of the publish (backfill all partitions to parse them in parallel).",
)

ingest_staged_job = dg.define_asset_job(
    "ingest_staged",
    selection=dg.AssetSelection.groups("warehouse"),
    description="Publish the warehouse from the staged shards (files not staged, or changed since, are parsed).",
    executor_def=dg.in_process_executor,
    config={"ops": {"warehouse_tables": {"config": {"staged": True}}}},
)
