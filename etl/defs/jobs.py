"""The ingest job: everything in the warehouse group, run in one process."""

import dagster as dg

ingest_job = dg.define_asset_job(
    "ingest",
    selection=dg.AssetSelection.groups("warehouse"),
    description="Bring the DuckDB warehouse up to date with the posts folders.",
    executor_def=dg.in_process_executor,
)
