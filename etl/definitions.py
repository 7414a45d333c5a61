"""Everything Dagster loads: assets, checks, job, schedule, sensor and resources."""

import dagster as dg

from etl.defs.assets import raw_posts, warehouse_tables
from etl.defs.jobs import ingest_job
from etl.defs.partitions import ingest_staged_job, stage_job, staged_posts
from etl.defs.resources import resources
from etl.defs.schedules import daily_ingest
from etl.defs.sensors import new_posts

defs = dg.Definitions(
    assets=[raw_posts, warehouse_tables, staged_posts],
    jobs=[ingest_job, stage_job, ingest_staged_job],
    schedules=[daily_ingest],
    sensors=[new_posts],
    resources=resources(),
)
