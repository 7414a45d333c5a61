"""A daily load, on by default."""

import dagster as dg

from .jobs import ingest_job

daily_ingest = dg.ScheduleDefinition(
    name="daily_ingest",
    job=ingest_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Load new and changed posts every day at 06:00 UTC.",
)
