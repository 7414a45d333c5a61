"""Parsing one posts folder ahead of the run that publishes: what a partition of the ingest does.

When one machine's cores are not enough, each posts folder can be parsed on its own (a Dagster
partition per folder: in parallel runs here, on other machines with the Kubernetes executor),
while one writer publishes. ``stage_folder`` plans a folder against the published warehouse
and parses its new and changed files into Parquet shards, batch by batch, under
``<staging>/<folder key>/``; ``ingest(..., staging=...)`` then writes those shards instead of
parsing the files again, for every file whose size and mtime are still what was staged (any
other file is parsed as usual). The shards are the same frames a run writes (``posts.frames``),
so a staged run gives the same tables as a single one.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from etl.plan import plan_files, scan
from etl.posts.discover import PostFile, posts_root_key
from etl.posts.frames import SCHEMAS
from etl.posts.pool import Batch, parse_files
from etl.warehouse import store

FILES = "staged_files"  # (posts_root, source_path, size, mtime_ns) of the files of a shard
FILES_SCHEMA = {"posts_root": pl.String, "source_path": pl.String, "size": pl.Int64, "mtime_ns": pl.Int64}
DONE = "DONE"  # written last: a folder without it was not staged to the end and is ignored


def folder_key(root: Path) -> str:
    """A short, stable name for a posts folder (a partition key, a staging folder)."""
    key = posts_root_key(root)
    return f"{Path(key).name or 'root'}-{hashlib.blake2b(key.encode(), digest_size=4).hexdigest()}"


@dataclass
class StageReport:
    folder: str
    files_seen: int
    staged: int  # files parsed into shards
    rejected: int
    shards: int


def stage_folder(
    root: Path,
    warehouse: Path,
    staging: Path,
    workers: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> StageReport:
    """Parse the new and changed files of ``root`` (against the published ``warehouse``) into shards."""
    say = progress or (lambda message: None)
    target = staging / folder_key(root)
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    files = scan([root])
    with store.manifest_reader(warehouse) as con:  # other folders' files are not this plan's: only to_parse is used
        plan = plan_files(files, con)
    wanted = {(f.posts_root, f.source_path): f for f in plan.to_parse}
    shards = 0
    rejected = 0

    def write(frames: Batch) -> None:
        nonlocal shards, rejected
        rejected += frames["rejected"].height
        staged = [
            wanted[key]
            for name in ("parsed_posts", "rejected")
            for key in frames[name].select("posts_root", "source_path").iter_rows()
        ]
        frames = {
            **frames,
            FILES: pl.DataFrame(
                [(f.posts_root, f.source_path, f.size, f.mtime_ns) for f in staged], schema=FILES_SCHEMA, orient="row"
            ),
        }
        for name, frame in frames.items():
            frame.write_parquet(target / f"{shards:05d}-{name}.parquet")
        shards += 1
        say(f"{folder_key(root)}: staged {shards} shard(s)")

    parse_files([(f.path, f.posts_root, f.source_path) for f in plan.to_parse], workers=workers, sink=write)
    (target / DONE).write_text(f"{len(plan.to_parse)}\n")
    return StageReport(folder_key(root), files.height, len(plan.to_parse), rejected, shards)


class StagedPosts:
    """The shards of the posts folders staged under ``staging`` (those staged to the end)."""

    def __init__(self, staging: Path, roots: list[Path]) -> None:
        self.folders = [staging / folder_key(root) for root in roots if (staging / folder_key(root) / DONE).exists()]

    def clear(self) -> None:
        """Remove the shards once published (a later run must not take them for current)."""
        for folder in self.folders:
            shutil.rmtree(folder, ignore_errors=True)

    def usable(self, files: list[PostFile]) -> set[tuple[str, str]]:
        """Keys of ``files`` staged with the size and mtime they have now."""
        current = {(f.posts_root, f.source_path): (f.size, f.mtime_ns) for f in files}
        usable = set()
        for folder in self.folders:
            for shard in sorted(folder.glob(f"*-{FILES}.parquet")):
                for root, path, size, mtime in pl.read_parquet(shard).iter_rows():
                    if current.get((root, path)) == (size, mtime):
                        usable.add((root, path))
        return usable

    def batches(self, keys: set[tuple[str, str]]) -> Iterator[dict[str, pl.DataFrame]]:
        """The frames of each shard, restricted to ``keys``: one shard in memory at a time."""
        wanted = pl.DataFrame(list(keys), schema={"posts_root": pl.String, "source_path": pl.String}, orient="row")
        for folder in self.folders:
            for shard in sorted(folder.glob(f"*-{FILES}.parquet")):
                prefix = shard.name[: -len(f"-{FILES}.parquet")]
                frames = {
                    name: pl.read_parquet(folder / f"{prefix}-{name}.parquet").join(
                        wanted, on=["posts_root", "source_path"], how="semi"
                    )
                    for name in SCHEMAS
                }
                if frames["parsed_posts"].height or frames["rejected"].height:
                    yield frames
