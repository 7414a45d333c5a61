"""Find the post files under one or more posts folders, safely (symbolic links are not followed)."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple


class PostFile(NamedTuple):  # a tuple: a scan makes one per file (56,850 at 10x), a frozen dataclass costs 2x
    posts_root: str  # the configured folder, absolute
    source_path: str  # relative to posts_root, '/'-separated, e.g. _posts/2021-05-28-x.md
    path: Any  # absolute path to read (str); a deleted post's last version: (repository, blob id)
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


# Jekyll's folders that never hold posts (plus any hidden folder, which Jekyll skips too).
NON_POST_FOLDERS = frozenset(
    ["_layouts", "_includes", "_sass", "_data", "_site", "assets", "node_modules", "vendor", ".git"]
)
POST_FOLDER = "_posts"
# A dated post file outside _posts/: YYYY-MM-DD-title.md|markdown|html
DATED_POST = re.compile(r"^\d{4}-\d{2}-\d{2}-.+\.(?:md|markdown|html)$", re.IGNORECASE)


def posts_folder(root: Path) -> Path:
    """The folder holding the posts: ``root/_posts`` when it exists, else ``root`` itself."""
    return root / POST_FOLDER if (root / POST_FOLDER).is_dir() else root


def posts_root_key(root: Path) -> str:
    """How a posts folder is named in the warehouse (``posts_root``): absolute, resolved, printable."""
    return printable_path(str(root.resolve()))


def skips_folder(name: str) -> bool:
    """Folders never walked for posts: Jekyll's non-post folders and hidden ones."""
    return name in NON_POST_FOLDERS or name.startswith(".")


def is_post_path(source_path: str, whole: bool = False) -> bool:
    """Whether a file (``/``-separated, relative to its posts folder) is a post.

    Every file under a ``_posts/`` folder at any depth is a post, and so is a dated
    post file (``YYYY-MM-DD-*.md|markdown|html``) anywhere else, outside Jekyll's
    non-post folders. ``whole``: the posts folder is itself a ``_posts/`` folder, read whole.
    """
    *folders, name = source_path.split("/")
    if any(skips_folder(folder) for folder in folders):
        return False
    return whole or POST_FOLDER in folders or DATED_POST.match(name) is not None


def reads_whole(root: Path) -> bool:
    """A posts folder that is itself a ``_posts/`` folder is read whole."""
    return root.name == POST_FOLDER


def split_posts_dirs(value: str) -> list[Path]:
    """``ETL_POSTS_DIR`` may name several folders separated by ':'."""
    return [Path(part).expanduser() for part in value.split(":") if part.strip()]


def discover(root: Path, skipped: list[tuple[str, str]] | None = None) -> Iterator[PostFile]:
    """Yield every post file under ``root`` (see ``is_post_path``), in a stable order.

    Symbolic links are never followed (as Jekyll's safe mode and ``find -type f``): a link
    leaving the folder must not leak other files into the warehouse, a link inside it only
    repeats a file that is read anyway, and no link loop can hang a run. Each one that
    could have held or been a post is appended to ``skipped`` as (source_path, reason).
    """
    root = root.resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"The posts folder {root} does not exist or is not a folder.")
    whole = reads_whole(root)
    key = posts_root_key(root)
    prefix = len(str(root)) + 1  # paths are joined as strings: Path objects cost more than the stat
    stack: list[tuple[str, bool]] = [(str(root), whole)]  # (folder, inside a _posts folder)
    found: list[PostFile] = []
    while stack:
        folder, in_posts = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as error:
            if skipped is not None:
                skipped.append((printable_path(folder[prefix:] or "."), f"folder cannot be read ({error.strerror})"))
            continue
        for entry in entries:
            relative = printable_path(entry.path[prefix:])
            try:
                if in_posts and entry.is_file(follow_symlinks=False):  # the common case, first
                    stat = entry.stat(follow_symlinks=False)
                    found.append(PostFile(key, relative, entry.path, stat.st_size, stat.st_mtime_ns))
                    continue
                if entry.is_symlink():
                    if skipped is not None and (in_posts or is_post_path(relative) or entry.is_dir()):
                        skipped.append(
                            (relative, f"symbolic link to {printable_path(os.readlink(entry.path))}, not followed")
                        )
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if not skips_folder(entry.name):
                        stack.append((entry.path, in_posts or entry.name == POST_FOLDER))
                    continue
                if not (in_posts or is_post_path(relative)):
                    continue  # site pages, layouts, scripts, README: not posts
                if not entry.is_file(follow_symlinks=False):
                    continue  # sockets, fifos, devices: not files a person wrote
                stat = entry.stat(follow_symlinks=False)
            except OSError as error:
                found.append(PostFile(key, relative, entry.path, 0, 0, f"It cannot be read ({error.strerror})."))
                continue
            found.append(PostFile(key, relative, entry.path, stat.st_size, stat.st_mtime_ns))
    found.sort(key=lambda f: f.source_path)
    yield from found


def top_folder(source_path: str) -> str:
    """The top-level folder a post came from (``_posts``, ``archived``, ...), for summaries."""
    head, sep, _ = source_path.partition("/")
    return head if sep else "."
