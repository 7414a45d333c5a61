"""The git history of a posts folder: when each post was first committed, edited, moved and deleted.

Users load a clone of an archive's repository; its history holds what the files alone
cannot say: when the feed bot first committed a post, every edit, every move out of
``_posts/`` into ``archived/<date>/``, and every post deleted since (its last version is
still among the repository's objects). This module reads that history with libgit2
(pygit2 ships it in its wheel, so no ``git`` program is needed), plain Python, no Dagster.

Speed: libgit2's own tree diff costs ~4 ms a commit on an archive whose ``_posts/`` holds
thousands of files (55 s for society's 12,906 commits), because it walks every entry of a
changed folder. Here a folder's raw tree object is split into its entries by one regular
expression and two folders are compared as sets of raw entries: C speed, only changed
names are decoded, and unchanged subfolders are never opened.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from etl.posts.discover import (
    POST_FOLDER,
    content_hash,
    is_post_path,
    posts_root_key,
    printable_path,
    reads_whole,
    skips_folder,
)

pygit2: ModuleType | None = None  # imported by _git() on first use


def _git() -> ModuleType | None:
    """pygit2, imported on first use; None without it (a broken install: folders load from their files).

    It costs ~10 MB and ~0.1 s in each process that imports it, and only a clone's runs use it: a run
    of a plain folder, and its parse workers, never load it. A plain import (importlib's LazyLoader is
    not thread-safe before Python 3.12, and a clone's history is read from a thread).
    """
    global pygit2
    if pygit2 is None:
        try:
            import pygit2 as module
        except ImportError:  # pragma: no cover
            return None
        pygit2 = module
    return pygit2


# One tree entry: "<mode> <name>\0<20-byte object id>"
ENTRY = re.compile(rb"[0-7]+ [^\0]*\0.{20}", re.S)
ENTRY_PARTS = re.compile(rb"([0-7]+) ([^\0]*)\0(.{20})", re.S)
TREE_MODE = b"40000"
BLOB_MODES = (b"100644", b"100755", b"100664")
SUBMODULE_MODE = b"160000"
LFS_POINTER = b"version https://git-lfs.github.com/spec/"


@dataclass(frozen=True)
class Gone:
    """A post path that is no longer in the work tree's history at HEAD."""

    action: str  # deleted | moved
    committed_at: dt.datetime
    commit_id: str
    blob_id: str  # its last content
    content_hash: str | None
    moved_to: str | None = None


@dataclass
class History:
    """What one read of a posts folder's history found (only new commits on later runs)."""

    posts_root: str
    repository: str
    head_commit: str | None = None
    commits_read: int = 0
    # (source_path, commit_id, committed_at, action, old_path, content_hash, blob_id)
    events: list[tuple] = field(default_factory=list)
    first_committed: dict[str, dt.datetime] = field(default_factory=dict)  # every path this read touched
    gone: dict[str, Gone] = field(default_factory=dict)  # paths deleted or moved away, not back since
    note: str | None = None  # why the history is partial, or was re-read
    full: bool = True  # read from the first commit (not only commits after the last run's HEAD)
    previous_commit: str | None = None  # the last commit read by earlier runs

    @property
    def has_news(self) -> bool:
        """Something for the warehouse: new commits, or a folder whose history was never recorded."""
        return self.commits_read > 0 or self.head_commit != self.previous_commit


def _open(root: Path) -> tuple[pygit2.Repository, str] | None:
    """The repository whose work tree holds ``root``, and ``root``'s path inside it."""
    if _git() is None:
        return None
    found = pygit2.discover_repository(str(root))
    if found is None:
        return None
    repo = pygit2.Repository(found)
    if repo.is_bare or repo.workdir is None:
        return None
    workdir = Path(repo.workdir).resolve()
    try:
        prefix = root.resolve().relative_to(workdir).as_posix()
    except ValueError:
        return None
    return repo, "" if prefix == "." else prefix


SHALLOW = "shallow:"  # before the HEAD recorded for a shallow clone: once unshallowed, the history is read whole


def head_commit(root: Path) -> str | None:
    """HEAD of the repository holding ``root`` (None for a plain folder): cheap, for the no-change test.
    A shallow clone's is marked (``SHALLOW``), so that fetching its whole history is a change."""
    try:
        opened = _open(root)
        if opened is None or opened[0].head_is_unborn:
            return None
        return (SHALLOW if opened[0].is_shallow else "") + str(opened[0].head.target)
    except Exception:  # a damaged repository is reported by read_history
        return None


def heads_moved(roots: list[Path], known_heads: dict[str, str | None]) -> bool:
    """Whether any posts folder's HEAD differs from the last commit read (``posts_root`` -> commit)."""
    return any(head_commit(root) != known_heads.get(posts_root_key(root)) for root in roots)


def _decode(name: bytes) -> str:
    try:
        return name.decode("utf-8")
    except UnicodeDecodeError:
        return printable_path(os.fsdecode(name))


def _when(commit) -> dt.datetime:
    return dt.datetime.fromtimestamp(commit.commit_time, dt.UTC)


ENTRY_MODES = (b"100644 ", b"100755 ", b"100664 ", b"40000 ", b"120000 ", b"160000 ")
BLOCK = 4096


def _common_prefix(a: bytes, b: bytes, limit: int) -> int:
    """Length of the common prefix of ``a`` and ``b`` (at most ``limit``): block by block, then by halves."""
    i = 0
    while i + BLOCK <= limit and a[i : i + BLOCK] == b[i : i + BLOCK]:
        i += BLOCK
    lo, hi = i, min(i + BLOCK, limit)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[i:mid] == b[i:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: bytes, b: bytes, limit: int) -> int:
    la, lb = len(a), len(b)
    i = 0
    while i + BLOCK <= limit and a[la - i - BLOCK : la - i] == b[lb - i - BLOCK : lb - i]:
        i += BLOCK
    lo, hi = i, min(i + BLOCK, limit)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[la - mid : la - i] == b[lb - mid : lb - i]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _entry_start_before(data: bytes, p: int) -> int:
    """The last entry start at or before ``p``: right after a name's NUL and its 20-byte id, at a mode."""
    end = p - 20
    while end > 0:
        q = data.rfind(b"\0", 0, end)
        if q < 0:
            break
        if data.startswith(ENTRY_MODES, q + 21):
            return q + 21
        end = q
    return 0


def _entry_start_after(data: bytes, p: int) -> int:
    """The first entry start at or after ``p`` (or the end of ``data``)."""
    q = data.find(b"\0", max(p - 21, 0))
    while q >= 0:
        start = q + 21
        if start == len(data) or (start >= p and data.startswith(ENTRY_MODES, start)):
            return start
        q = data.find(b"\0", q + 1)
    return len(data)


class _TreeReader:
    """Compares two versions of a folder by the raw entries that differ (see the module docstring).

    Consecutive versions of a big folder share long runs of identical bytes at both ends
    (posts are named by date, so new ones sort last and archived ones first): those are
    skipped by comparing bytes, and only the entries between are split and compared.
    """

    def __init__(self, repo) -> None:
        self.repo = repo
        self.cache: dict = {}
        self.hashes: dict = {}
        self.submodules: set[str] = set()

    def raw(self, oid) -> bytes:
        got = self.cache.get(oid)
        if got is None:
            got = self.repo.read(oid)[1]
            if len(self.cache) > 64:
                self.cache.clear()
            self.cache[oid] = got
        return got

    def changed_entries(self, old, new) -> tuple[set[bytes], set[bytes]]:
        """(entries only in ``old``, entries only in ``new``)."""
        a = self.raw(old) if old is not None else b""
        b = self.raw(new) if new is not None else b""
        if not a or not b:
            return set(ENTRY.findall(a)), set(ENTRY.findall(b))
        limit = min(len(a), len(b))
        start = _entry_start_before(a, _common_prefix(a, b, limit))
        tail = _common_suffix(a, b, limit - start)
        end_a = _entry_start_after(a, len(a) - tail)
        end_b = end_a - len(a) + len(b)
        before = set(ENTRY.findall(a, start, end_a))
        after = set(ENTRY.findall(b, start, end_b))
        return before - after, after - before

    def content_hash(self, oid) -> str | None:
        """Our content hash of a blob; None when the object is missing (a damaged clone)."""
        if oid not in self.hashes:
            try:
                self.hashes[oid] = content_hash(self.repo[oid].data)
            except (KeyError, pygit2.GitError):
                self.hashes[oid] = None
        return self.hashes[oid]

    def diff(self, old, new, prefix: str, in_posts: bool) -> Iterator[tuple[str, str, object, object]]:
        """(path, change, old blob id, new blob id) for each post file that differs, change A|M|D."""
        if old == new:
            return
        changed: dict[bytes, list] = {}
        for side, raw_entries in enumerate(self.changed_entries(old, new)):
            for raw in raw_entries:
                mode, name, sha = ENTRY_PARTS.fullmatch(raw).groups()
                changed.setdefault(name, [None, None])[side] = (mode, pygit2.Oid(raw=sha))
        for raw_name, (was, now) in sorted(changed.items()):
            name = _decode(raw_name)
            path = prefix + name
            was_tree = was is not None and was[0] == TREE_MODE
            now_tree = now is not None and now[0] == TREE_MODE
            if (was_tree or now_tree) and not skips_folder(name):
                yield from self.diff(
                    was[1] if was_tree else None,
                    now[1] if now_tree else None,
                    path + "/",
                    in_posts or name == POST_FOLDER,
                )
            was_blob = was is not None and was[0] in BLOB_MODES
            now_blob = now is not None and now[0] in BLOB_MODES
            if SUBMODULE_MODE in (was and was[0], now and now[0]):
                self.submodules.add(path)
            if not (was_blob or now_blob) or not (in_posts or is_post_path(path)):
                continue
            if was_blob and now_blob:
                if was[1] != now[1]:
                    yield path, "M", was[1], now[1]
            elif now_blob:
                yield path, "A", None, now[1]
            else:
                yield path, "D", was[1], None


def _subtree(commit, prefix: str):
    if not prefix:
        return commit.tree_id
    try:
        entry = commit.tree[prefix]
    except KeyError:
        return None
    return entry.id if entry.type_str == "tree" else None


def read_history(
    root: Path,
    last_commit: str | None = None,
    known_first: dict[str, dt.datetime] | None = None,
    map_ranges: Callable | None = None,
    parts: int = 1,
) -> History | None:
    """Read the commits of ``root``'s repository after ``last_commit`` (all of them when None).

    ``known_first``: first_committed_at of paths from earlier reads, so that a post moved
    in a new commit keeps the time its lineage was first committed. ``map_ranges`` and
    ``parts``: the commits are split into ``parts`` ranges diffed by ``map_ranges`` (an
    executor's ``map``, to use several processes). Returns None when ``root`` is not in a
    git work tree. Problems (a shallow clone, missing objects, a repository without
    commits) give a History with a ``note`` and no events: the folder loads from its files.
    """
    root = root.resolve()
    try:
        opened = _open(root)
    except Exception as error:  # pygit2.GitError and friends: a damaged .git
        return History(
            posts_root_key(root), str(root), note=f"The git repository cannot be opened ({error}); loaded from files."
        )
    if opened is None:
        return None
    repo, prefix = opened
    history = History(posts_root_key(root), printable_path(repo.path), previous_commit=last_commit)
    if repo.head_is_unborn:
        history.note = "The git repository has no commits yet; loaded from files."
        return history
    head = repo.head.target
    history.head_commit = str(head)
    if repo.is_shallow:
        history.head_commit = SHALLOW + str(head)
        history.note = (
            "Shallow clone: its history is partial, so posts were loaded from their files only "
            "(`git fetch --unshallow`, and the next run reads the whole history)."
        )
        return history
    first = dict(known_first or {})
    if last_commit is not None and last_commit.startswith(SHALLOW):
        last_commit, first = None, {}  # unshallowed since: read from the first commit
    if last_commit is not None:
        if last_commit == str(head):
            history.full = False
            return history
        try:
            reachable = repo.descendant_of(head, pygit2.Oid(hex=last_commit))
        except (pygit2.GitError, KeyError, ValueError):
            reachable = False
        if reachable:
            history.full = False
        else:
            history.note = (
                f"The history was rewritten (commit {last_commit[:12]} is no longer an ancestor of HEAD): "
                "read again from the first commit; nothing already in the warehouse was removed."
            )
            last_commit = None
            first = {}
    try:
        # Newest first: packs store the newest version of a folder whole and older ones as deltas
        # from it, so this order reads trees about twice as fast; events are recorded oldest first.
        walker = repo.walk(head, pygit2.enums.SortMode.TOPOLOGICAL)
        walker.simplify_first_parent()
        if last_commit is not None:
            walker.hide(pygit2.Oid(hex=last_commit))
        ids = [str(commit.id) for commit in walker]
        history.commits_read = len(ids)
        parts = max(1, min(parts, len(ids) // MIN_COMMITS_PER_RANGE))
        size = -(-len(ids) // parts) if ids else 1
        ranges = [(repo.path, prefix, reads_whole(root), ids[i : i + size]) for i in range(0, len(ids), size)]
        diffed: list[tuple] = []
        submodules: set[str] = set()
        for commits, found in (map_ranges or map)(diff_range, ranges):
            diffed += commits
            submodules |= found
        for commit_id, when, changes in reversed(diffed):
            _record(commit_id, when, changes, first, history)
        if submodules:
            shown = ", ".join(sorted(submodules)[:3])
            history.note = f"Submodules are not read ({shown}); their posts, if any, are not in the warehouse."
    except Exception as error:  # missing or damaged objects, or the process reading a range died
        history.events.clear()
        history.gone.clear()
        history.first_committed.clear()
        history.note = (
            f"The git history could not be read ({error or type(error).__name__}): objects are missing or "
            "damaged; posts were loaded from their files only."
        )
    if history.note is None and prefix.rsplit("/", 1)[-1] == POST_FOLDER:
        deleted = sum(gone.action == "deleted" for gone in history.gone.values())
        if deleted:
            # the diff sees only this folder: a post the bot moved out of it looks deleted
            history.note = (
                f"This is the {POST_FOLDER}/ folder of a clone: {deleted} post(s) left it, which here count as "
                f"deleted even if the bot only moved them (into archived/); point ETL_POSTS_DIR at the clone "
                f"({printable_path(repo.workdir)}) to follow moves."
            )
    return history


MIN_COMMITS_PER_RANGE = 500


def diff_range(job: tuple[str, str, bool, list[str]]) -> tuple[list[tuple], set[str]]:
    """The changed post files of each commit in a range (newest first), against its first parent.

    Returns [(commit id, time, [(path, A|M|D, old blob, new blob, content hash)])] for the
    commits that change a post, and the submodules met. Runs in any process.
    """
    repository, prefix, whole, ids = job
    repo = _repository(repository)
    trees = _TreeReader(repo)
    out: list[tuple] = []
    known_tree, known_id = None, None  # the subtree of the commit reached next (the parent)
    for commit_id in ids:
        commit = repo[pygit2.Oid(hex=commit_id)]
        after = known_tree if commit.id == known_id else _subtree(commit, prefix)
        parent_id = commit.parent_ids[0] if commit.parent_ids else None
        before = _subtree(repo[parent_id], prefix) if parent_id is not None else None
        known_tree, known_id = before, parent_id
        changes = [
            (path, change, old and str(old), new and str(new), trees.content_hash(new if new is not None else old))
            for path, change, old, new in trees.diff(before, after, "", whole)
        ]
        if changes:
            out.append((commit_id, _when(commit), changes))
    return out, trees.submodules


def _record(commit_id: str, when: dt.datetime, changes: list, first: dict, history: History) -> None:
    """Turn one commit's changed paths into events, pairing deletions with additions as moves."""
    added = [(path, new) for path, change, _, new, _ in changes if change == "A"]
    deleted = {path: old for path, change, old, _, _ in changes if change == "D"}
    by_blob: dict = {}
    by_name: dict[str, list[str]] = {}
    for path, old in deleted.items():
        by_blob.setdefault(old, []).append(path)
        by_name.setdefault(path.rsplit("/", 1)[-1], []).append(path)
    moves: dict[str, str] = {}  # new path -> old path
    for path, new in added:  # the same content under a new path first, then the same file name
        for old_path in by_blob.get(new, []):
            if old_path not in moves.values():
                moves[path] = old_path
                break
    for path, _ in added:
        if path not in moves:
            for old_path in by_name.get(path.rsplit("/", 1)[-1], []):
                if old_path not in moves.values():
                    moves[path] = old_path
                    break
    moved_from = set(moves.values())
    for path, change, old, new, digest in changes:
        if change == "D" and path in moved_from:
            continue
        blob = new if new is not None else old
        action = {"A": "added", "M": "modified", "D": "deleted"}[change]
        old_path = moves.get(path)
        if old_path is not None:
            action = "moved"
            lineage = [t for t in (first.get(path), first.get(old_path)) if t is not None]
            first[path] = min(lineage) if lineage else when
            history.first_committed[path] = first[path]
            history.gone[old_path] = Gone("moved", when, commit_id, deleted[old_path], digest, moved_to=path)
            if old_path in first:
                history.first_committed[old_path] = first[old_path]
            history.gone.pop(path, None)
        elif action == "added":
            first.setdefault(path, when)
            history.first_committed[path] = first[path]
            history.gone.pop(path, None)
        elif action == "deleted":
            history.gone[path] = Gone("deleted", when, commit_id, old, digest)
            if path in first:
                history.first_committed[path] = first[path]
        else:
            first.setdefault(path, when)
            history.first_committed.setdefault(path, first[path])
        history.events.append((path, commit_id, when, action, old_path, digest, blob))


def read_blob(repository: str, blob_id: str) -> bytes:
    """A post's content from the repository's objects (a deleted post's last version)."""
    try:
        return _repository(repository)[pygit2.Oid(hex=blob_id)].data
    except KeyError:
        raise KeyError(f"object {blob_id[:12]} is missing from {repository}") from None
    except pygit2.GitError as error:
        raise KeyError(f"object {blob_id[:12]}: {error}") from None


_REPOSITORIES: dict[str, object] = {}


def _repository(path: str):
    repo = _REPOSITORIES.get(path)
    if repo is None:
        repo = _REPOSITORIES[path] = _git().Repository(path)
    return repo


def is_lfs_pointer(raw: bytes) -> bool:
    """A Git LFS pointer stands in for a file whose content is stored elsewhere."""
    return raw.startswith(LFS_POINTER)
