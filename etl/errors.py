"""Failures of a run as one plain sentence: what went wrong and the way out.

``etl ingest`` prints the sentence as its last line, and the Dagster run shows it at the
top of its log. Every sentence names the cause (not the op that failed) and what to do.
"""

from __future__ import annotations

import errno
import re
import shutil
from pathlib import Path

from etl import settings


class IngestError(RuntimeError):
    """A run failed for a reason a person can act on; ``str()`` is the sentence."""


class PostsFolderError(IngestError):
    """A posts folder is missing, unreadable or named twice."""


def check_sample_default(warehouse: Path) -> None:
    """Refuse to read the bundled sample posts (ETL_POSTS_DIR unset) into a warehouse that holds other
    folders' posts: every one of them would be marked deleted (a scheduler that lost the variable)."""
    from etl.warehouse import store

    sample = str(settings.SAMPLE_POSTS.resolve())
    with store.manifest_reader(warehouse) as con:
        if con is None:
            return
        try:
            held = con.execute(
                "SELECT posts_root, count(*) FROM post_files WHERE status <> 'deleted' GROUP BY ALL ORDER BY 1"
            ).fetchall()
        except Exception:  # duckdb.Error: a file of another shape; the run itself says what is wrong
            return
    others = [(root, files) for root, files in held if str(Path(root).resolve()) != sample]
    if others:
        named = ", ".join(f"{root} ({files:,} files)" for root, files in others[:3])
        raise PostsFolderError(
            f"ETL_POSTS_DIR is not set, so the bundled sample posts would be read, and the posts of {named} in "
            f"{warehouse} marked deleted: set ETL_POSTS_DIR (or --posts-dir) to the archive's folder(s)."
        )


def check_posts_folders(roots: list[Path]) -> None:
    """Refuse, with a sentence, folders that do not exist, cannot be read, or are named twice."""
    seen: dict[Path, Path] = {}
    for root in roots:
        resolved = root.expanduser().resolve()
        if not resolved.is_dir():
            raise PostsFolderError(
                f"The posts folder {root} does not exist or is not a folder: check ETL_POSTS_DIR (or --posts-dir)."
            )
        try:
            next(iter(resolved.iterdir()), None)
        except PermissionError:
            raise PostsFolderError(
                f"The posts folder {root} cannot be read (permission denied): give this user read access to it."
            ) from None
        if resolved in seen:
            raise PostsFolderError(
                f"The posts folder {resolved} is named twice in ETL_POSTS_DIR ({seen[resolved]} and {root}): "
                "name each folder once."
            )
        seen[resolved] = root


def _is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return True
    return "No space left on device" in str(error) or "not enough space" in str(error).lower()


def _is_read_only(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return True
    text = str(error)
    return "Read-only file system" in text or "Permission denied" in text


def explain(error: BaseException, warehouse: Path) -> str:
    """The sentence for a failure while bringing ``warehouse`` up to date."""
    if isinstance(error, IngestError):
        return str(error)
    folder = warehouse.parent
    if _is_disk_full(error):
        size = warehouse.stat().st_size if warehouse.exists() else 0
        free = shutil.disk_usage(folder).free if folder.exists() else 0
        need = max(size * 2, 64 * 2**20)  # a working copy of the warehouse, and room for it to grow
        return (
            f"Not published: the disk holding {folder} is full ({free / 2**20:,.0f} MB free; a publish needs about "
            f"{need / 2**20:,.0f} MB for its working copy). Free some space or point ETL_WAREHOUSE at another disk; "
            "the previous warehouse is untouched."
        )
    if _is_read_only(error):
        return (
            f"Not published: the warehouse folder {folder} cannot be written ({_first_line(error)}). "
            "Point ETL_WAREHOUSE at a writable place; the previous warehouse is untouched."
        )
    if out_of_memory(error):
        limit = settings.duckdb_memory()
        return (
            f"Not published: DuckDB ran out of memory ({_first_line(error)}). "
            + (
                f"Raise ETL_DUCKDB_MEMORY (now {limit}) or unset it (DuckDB then takes up to 80 % of RAM); "
                if limit
                else "Free memory on this machine or set ETL_DUCKDB_MEMORY lower so that DuckDB spills to disk; "
            )
            + "the previous warehouse is untouched."
        )
    if isinstance(error, OSError) and error.filename:
        return f"{error.strerror or _first_line(error)}: {error.filename}. Check ETL_WAREHOUSE and ETL_POSTS_DIR."
    return f"{type(error).__name__}: {_first_line(error)}"


def out_of_memory(error: BaseException) -> bool:
    """DuckDB ran out of memory (in a statement, or in a commit that could not allocate a block)."""
    return re.search(r"could not allocate block|failed to pin block|Out of Memory", str(error)) is not None


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]
