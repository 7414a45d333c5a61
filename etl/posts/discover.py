"""Find the post files under one or more posts folders, safely.

Symbolic links are followed only when their target stays inside the posts folder,
and a directory is never entered twice (so link loops end). Files that cannot be
followed are still reported, so nothing is silently skipped.
"""

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


def posts_folder(root: Path) -> Path:
    """The folder holding the posts: ``root/_posts`` when it exists, else ``root`` itself."""
    return root / "_posts" if (root / "_posts").is_dir() else root


def split_posts_dirs(value: str) -> list[Path]:
    """``ETL_POSTS_DIR`` may name several folders separated by ':'."""
    return [Path(part).expanduser() for part in value.split(":") if part.strip()]


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def discover(root: Path) -> Iterator[PostFile]:
    """Yield every file under the posts folder of ``root``, in a stable order."""
    root = root.resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"The posts folder {root} does not exist or is not a folder.")
    top = posts_folder(root)
    seen_dirs: set[tuple[int, int]] = set()
    stack = [top]
    found: list[PostFile] = []
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in seen_dirs:
            continue
        seen_dirs.add((info.st_dev, info.st_ino))
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            path = Path(entry.path)
            relative = path.relative_to(root).as_posix()
            if entry.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    found.append(
                        PostFile(str(root), relative, entry.path, 0, 0, "It is a broken or looping symbolic link.")
                    )
                    continue
                if not _inside(target, root):
                    found.append(
                        PostFile(
                            str(root),
                            relative,
                            entry.path,
                            0,
                            0,
                            "It is a symbolic link to outside the posts folder, which is never followed.",
                        )
                    )
                    continue
            try:
                if entry.is_dir(follow_symlinks=True):
                    stack.append(path)
                    continue
                if not entry.is_file(follow_symlinks=True):
                    continue  # sockets, fifos, devices: not files a person wrote
                stat = entry.stat(follow_symlinks=True)
            except OSError as error:
                found.append(PostFile(str(root), relative, entry.path, 0, 0, f"It cannot be read ({error.strerror})."))
                continue
            found.append(PostFile(str(root), relative, entry.path, stat.st_size, stat.st_mtime_ns))
    found.sort(key=lambda f: f.source_path)
    yield from found
