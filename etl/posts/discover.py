"""Find the post files under one or more posts folders, safely (symbolic links are not followed)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PostFile:
    posts_root: str  # the configured folder, absolute
    source_path: str  # relative to posts_root, '/'-separated, e.g. _posts/2021-05-28-x.md
    path: str  # absolute path to read
    size: int
    mtime_ns: int
    problem: str | None = None  # set when the file must not be read (e.g. a link leaving the folder)


def content_hash(raw: bytes) -> str:
    """Identity of a file's content (BLAKE2b, 128 bits)."""
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def printable_path(path: str) -> str:
    """A file name as text: bytes that are not UTF-8 (old archives) are shown as \\xNN escapes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def posts_folder(root: Path) -> Path:
    """The folder holding the posts: ``root/_posts`` when it exists, else ``root`` itself."""
    return root / "_posts" if (root / "_posts").is_dir() else root


def split_posts_dirs(value: str) -> list[Path]:
    """``ETL_POSTS_DIR`` may name several folders separated by ':'."""
    return [Path(part).expanduser() for part in value.split(":") if part.strip()]


def discover(root: Path, skipped: list[tuple[str, str]] | None = None) -> Iterator[PostFile]:
    """Yield every regular file under the posts folder of ``root``, in a stable order.

    Symbolic links are never followed (as Jekyll's safe mode and ``find -type f``): a link
    leaving the folder must not leak other files into the warehouse, a link inside it only
    repeats a file that is read anyway, and no link loop can hang a run. Each one skipped
    is appended to ``skipped`` as (source_path, reason) so the run can report it.
    """
    root = root.resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"The posts folder {root} does not exist or is not a folder.")
    stack = [posts_folder(root)]
    found: list[PostFile] = []
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as error:
            if skipped is not None:
                skipped.append(
                    (printable_path(folder.relative_to(root).as_posix()), f"folder cannot be read ({error.strerror})")
                )
            continue
        for entry in entries:
            relative = printable_path(Path(entry.path).relative_to(root).as_posix())
            try:
                if entry.is_symlink():
                    if skipped is not None:
                        skipped.append(
                            (relative, f"symbolic link to {printable_path(os.readlink(entry.path))}, not followed")
                        )
                    continue
                if entry.is_dir(follow_symlinks=False):
                    stack.append(Path(entry.path))
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue  # sockets, fifos, devices: not files a person wrote
                stat = entry.stat(follow_symlinks=False)
            except OSError as error:
                found.append(
                    PostFile(
                        printable_path(str(root)), relative, entry.path, 0, 0, f"It cannot be read ({error.strerror})."
                    )
                )
                continue
            found.append(PostFile(printable_path(str(root)), relative, entry.path, stat.st_size, stat.st_mtime_ns))
    found.sort(key=lambda f: f.source_path)
    yield from found
