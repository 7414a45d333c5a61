"""A sensor that asks for one run per batch of changed post files or new commits.

It only lists files (names, sizes, modification times) and reads each clone's HEAD,
never parses: the cursor is a fingerprint of the listing and the HEADs, and the
fingerprint is the run key, so a batch of changes gives one run however often the
sensor ticks. A `git pull` that only moves or deletes posts is noticed by its HEAD.
"""

import hashlib

import dagster as dg

from etl import settings
from etl.plan import up_to_date
from etl.posts.discover import discover
from etl.posts.history import head_commit

from .assets import WAREHOUSE_POOL
from .jobs import ingest_job
from .recovery import release_abandoned_runs
from .resources import NewsArchive


def listing_fingerprint(archive: NewsArchive) -> tuple[str, int]:
    digest = hashlib.blake2b(digest_size=12)
    count = 0
    for root in archive.roots():
        if settings.git_history():
            digest.update(f"{root}\0HEAD\0{head_commit(root)}\n".encode())
        for post in discover(root):
            digest.update(f"{post.posts_root}\0{post.source_path}\0{post.size}\0{post.mtime_ns}\n".encode())
            count += 1
    return digest.hexdigest(), count


@dg.sensor(
    name="new_posts",
    job=ingest_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Starts an ingest run when post files are added, edited or deleted.",
)
def new_posts(context: dg.SensorEvaluationContext, archive: NewsArchive):
    for run_id in release_abandoned_runs(context.instance, WAREHOUSE_POOL):
        context.log.warning(f"Run {run_id} had died holding the warehouse pool; marked it failed.")
    try:
        fingerprint, count = listing_fingerprint(archive)
    except FileNotFoundError as error:
        return dg.SkipReason(str(error))
    if fingerprint == context.cursor:
        return dg.SkipReason(f"No change in {count} post files.")
    if context.cursor is None and up_to_date(archive.roots(), archive.warehouse_path()) is not None:
        # first tick (a new UI, a reset sensor): a warehouse that is already current needs no run
        context.update_cursor(fingerprint)
        return dg.SkipReason(f"The warehouse is already up to date with the {count} post files.")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint, tags={"etl/files": str(count)})
