"""Finding post files: _posts or the root, nested folders, links that leave the folder or loop."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from etl.posts.discover import PostFile, content_hash, discover, posts_folder, split_posts_dirs

POST = "---\ntitle: 码头\n---\n渡轮恢复通航。\n"


def write(path: Path, text: str = POST) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def by_path(root: Path) -> dict[str, PostFile]:
    return {f.source_path: f for f in discover(root)}


def test_files_under_posts_folder(tmp_path: Path):
    root = tmp_path / "site"
    write(root / "_posts" / "2021-05-28-ferry.md")
    write(root / "_posts" / "2021" / "06" / "2021-06-01-market.html")
    write(root / "index.md")  # outside _posts: not a post
    write(root / "_config.yml", "title: site\n")
    found = list(discover(root))
    assert [f.source_path for f in found] == ["_posts/2021-05-28-ferry.md", "_posts/2021/06/2021-06-01-market.html"]
    first = found[0]
    assert first.posts_root == str(root.resolve())
    assert first.path == str(root.resolve() / "_posts" / "2021-05-28-ferry.md")
    assert first.size == len(POST.encode()) and first.mtime_ns > 0 and first.problem is None


def test_root_itself_when_there_is_no_posts_folder(tmp_path: Path):
    write(tmp_path / "2021-05-28-ferry.md")
    write(tmp_path / "nested" / "deeper" / "2021-05-29-market.md")
    assert posts_folder(tmp_path) == tmp_path
    assert sorted(by_path(tmp_path)) == ["2021-05-28-ferry.md", "nested/deeper/2021-05-29-market.md"]


def test_source_path_is_relative_and_slash_separated(tmp_path: Path):
    write(tmp_path / "_posts" / "a" / "b" / "c" / "2021-05-28-x.md")
    (found,) = discover(tmp_path)
    assert found.source_path == "_posts/a/b/c/2021-05-28-x.md"
    assert not found.source_path.startswith("/") and "\\" not in found.source_path
    assert Path(found.path).is_absolute() and Path(found.path).read_text(encoding="utf-8") == POST


def test_order_is_stable_and_sorted(tmp_path: Path):
    for name in ("b.md", "a.md", "c/a.md", "B.md", "a0.md"):
        write(tmp_path / "_posts" / name)
    paths = [f.source_path for f in discover(tmp_path)]
    assert paths == sorted(paths)
    assert paths == [f.source_path for f in discover(tmp_path)]


def listing(root: Path) -> tuple[list[str], dict[str, str]]:
    skipped: list[tuple[str, str]] = []
    files = [f.source_path for f in discover(root, skipped)]
    return files, dict(skipped)


def test_symlink_to_a_file_outside_is_reported_not_followed(tmp_path: Path):
    outside = write(tmp_path / "secret" / "passwords.md", "---\ntitle: 不该读\n---\n")
    root = tmp_path / "site"
    write(root / "_posts" / "2021-05-28-ferry.md")
    (root / "_posts" / "2021-05-28-leak.md").symlink_to(outside)
    files, skipped = listing(root)
    assert files == ["_posts/2021-05-28-ferry.md"]
    assert "not followed" in skipped["_posts/2021-05-28-leak.md"]
    assert str(outside) in skipped["_posts/2021-05-28-leak.md"]


def test_symlink_to_a_folder_outside_is_reported_not_entered(tmp_path: Path):
    write(tmp_path / "elsewhere" / "2021-01-01-other.md")
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_posts" / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    files, skipped = listing(root)
    assert files == [] and list(skipped) == ["_posts/linked"]


def test_symlink_inside_the_root_is_not_followed_its_target_is_read(tmp_path: Path):
    write(tmp_path / "_posts" / "drafts" / "2021-05-28-ferry.md")
    (tmp_path / "_posts" / "2021-05-28-alias.md").symlink_to(tmp_path / "_posts" / "drafts" / "2021-05-28-ferry.md")
    files, skipped = listing(tmp_path)
    assert files == ["_posts/drafts/2021-05-28-ferry.md"]  # as `find -type f` counts them
    assert list(skipped) == ["_posts/2021-05-28-alias.md"]


def test_a_pipe_named_as_a_post_is_reported_not_opened(tmp_path: Path):
    write(tmp_path / "_posts" / "2021-05-28-ferry.md")
    os.mkfifo(tmp_path / "_posts" / "2021-05-29-pipe.md")  # opening it would wait forever for a writer
    files, skipped = listing(tmp_path)
    assert files == ["_posts/2021-05-28-ferry.md"]
    assert "not a regular file" in skipped["_posts/2021-05-29-pipe.md"]


def test_symlink_loop_ends(tmp_path: Path):
    posts = tmp_path / "_posts"
    write(posts / "sub" / "2021-05-28-ferry.md")
    (posts / "sub" / "up").symlink_to(posts, target_is_directory=True)  # a folder linking to its parent
    (posts / "sub" / "self").symlink_to(posts / "sub", target_is_directory=True)
    files, skipped = listing(tmp_path)
    assert files == ["_posts/sub/2021-05-28-ferry.md"]
    assert sorted(skipped) == ["_posts/sub/self", "_posts/sub/up"]


def test_broken_and_self_referencing_links_are_reported(tmp_path: Path):
    posts = tmp_path / "_posts"
    write(posts / "2021-05-28-ferry.md")
    (posts / "broken.md").symlink_to(tmp_path / "missing.md")
    (posts / "loop.md").symlink_to(posts / "loop.md")
    files, skipped = listing(tmp_path)
    assert files == ["_posts/2021-05-28-ferry.md"]
    assert sorted(skipped) == ["_posts/broken.md", "_posts/loop.md"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_files_are_skipped(tmp_path: Path):
    write(tmp_path / "_posts" / "2021-05-28-ferry.md")
    os.mkfifo(tmp_path / "_posts" / "pipe.md")
    assert list(by_path(tmp_path)) == ["_posts/2021-05-28-ferry.md"]


def test_missing_root_is_a_clear_error(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="does not exist or is not a folder"):
        list(discover(tmp_path / "nowhere"))
    file = write(tmp_path / "a.md")
    with pytest.raises(FileNotFoundError):
        list(discover(file))


def test_root_given_through_a_symlink(tmp_path: Path):
    write(tmp_path / "real" / "_posts" / "2021-05-28-ferry.md")
    (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)
    (found,) = discover(tmp_path / "alias")
    assert found.source_path == "_posts/2021-05-28-ferry.md" and found.problem is None


def test_split_posts_dirs(tmp_path: Path):
    assert split_posts_dirs(f"{tmp_path}/a:{tmp_path}/b: :") == [tmp_path / "a", tmp_path / "b"]
    assert split_posts_dirs("~/posts") == [Path.home() / "posts"]


def test_content_hash_is_stable_and_content_based():
    assert content_hash(b"abc") == content_hash(b"abc") != content_hash(b"abd")
    assert len(content_hash(b"")) == 32


def test_file_names_that_are_not_utf8_become_printable(tmp_path: Path):
    posts = tmp_path / "_posts"
    posts.mkdir()
    with open(os.fsencode(posts) + b"/2021-01-01-\xff\xfe.md", "w", encoding="utf-8") as handle:
        handle.write(POST)
    (post,) = discover(tmp_path)
    assert post.source_path == "_posts/2021-01-01-\\xff\\xfe.md"
    with open(post.path, encoding="utf-8") as handle:  # the real name still opens the file
        assert handle.read() == POST


def test_a_listing_is_columns_and_its_files_come_in_order_of_path(tmp_path: Path):
    """The scan is a few flat columns (no Python object per file); its files come sorted."""
    from etl.posts.discover import list_posts

    (tmp_path / "_posts").mkdir()
    (tmp_path / "archived" / "2020-05-01").mkdir(parents=True)
    for name in ("_posts/2021-01-02-b.md", "_posts/2021-01-01-a.md", "archived/2020-05-01/2020-05-01-old.md"):
        (tmp_path / name).write_text(POST, encoding="utf-8")
    (tmp_path / "README.md").write_text("not a post", encoding="utf-8")
    listing = list_posts(tmp_path)
    ordered = [
        "_posts/2021-01-01-a.md",
        "_posts/2021-01-02-b.md",
        "archived/2020-05-01/2020-05-01-old.md",
    ]
    paths = [listing.source_path(i) for i in range(listing.height)]
    assert sorted(paths) == ordered
    assert [f.source_path for f in listing.post_files()] == ordered
    assert [f.source_path for f in listing.post_files([paths.index(ordered[2]), paths.index(ordered[0])])] == [
        ordered[0],
        ordered[2],
    ]
    stat = os.stat(tmp_path / "_posts" / "2021-01-01-a.md")
    first = paths.index("_posts/2021-01-01-a.md")
    assert (listing.size[first], listing.mtime_ns[first]) == (stat.st_size, stat.st_mtime_ns)
    assert listing.problem == {} and listing.raw_path == {}
    assert listing.roots == [(str(tmp_path.resolve()), 3)]
    assert dict(listing.folders) == {"_posts": 2, "archived": 1}
    assert sorted(listing.keys()) == [(str(tmp_path.resolve()), path) for path in ordered]
    frame = listing.frame()
    assert frame.columns == ["posts_root", "source_path", "size", "mtime_ns", "problem"]
    assert frame["source_path"].to_list() == paths
    assert frame.row(first) == (str(tmp_path.resolve()), ordered[0], stat.st_size, stat.st_mtime_ns, None)
    assert [f.source_path for f in discover(tmp_path)] == ordered


def test_listings_of_several_folders_keep_their_rows_apart(tmp_path: Path):
    from etl.posts.discover import Listing, list_posts

    write(tmp_path / "a" / "_posts" / "2021-01-02-x.md")
    write(tmp_path / "b" / "_posts" / "2021-01-01-y.md")
    write(tmp_path / "b" / "_posts" / "2021-01-03-z.md", POST + "\n")
    listing = Listing().extend(list_posts(tmp_path / "b")).extend(list_posts(tmp_path / "a"))
    files = listing.post_files()
    assert [(Path(f.posts_root).name, f.source_path) for f in files] == [
        ("b", "_posts/2021-01-01-y.md"),
        ("b", "_posts/2021-01-03-z.md"),
        ("a", "_posts/2021-01-02-x.md"),
    ]
    assert files[2].path == str(tmp_path.resolve() / "a" / "_posts" / "2021-01-02-x.md")
    assert files[1].size == len((POST + "\n").encode())
    frame = listing.frame()
    assert frame.height == 3 and set(frame["posts_root"]) == {str((tmp_path / n).resolve()) for n in "ab"}


def test_a_listing_fingerprint_changes_with_any_file_size_mtime_or_problem(tmp_path: Path):
    from etl.posts.discover import list_posts

    paths = [write(tmp_path / "_posts" / f"2021-01-0{n}-x.md") for n in (1, 2)]
    same = list_posts(tmp_path).fingerprint()
    assert list_posts(tmp_path).fingerprint() == same
    seen = {same}
    os.utime(paths[0], ns=(7, 7))  # another mtime
    seen.add(list_posts(tmp_path).fingerprint())
    paths[0].write_text(POST + "x", encoding="utf-8")  # another size
    os.utime(paths[0], ns=(7, 7))
    seen.add(list_posts(tmp_path).fingerprint())
    write(tmp_path / "_posts" / "2021-01-03-x.md")  # one more file
    seen.add(list_posts(tmp_path).fingerprint())
    paths[1].unlink()  # one file fewer
    seen.add(list_posts(tmp_path).fingerprint())
    assert len(seen) == 5
    listing = list_posts(tmp_path)
    listing.problem[0] = "It cannot be read (Permission denied)."
    assert listing.fingerprint() not in seen


def test_a_file_gone_between_listing_and_stat_is_a_row_with_its_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The folder's files are stat'ed in one pass; when one fails, each is stat'ed alone and the failed
    one is listed with why, the others as usual."""
    from etl.posts import discover as discovery

    paths = [write(tmp_path / "_posts" / f"2021-01-0{n}-x.md") for n in (1, 2, 3)]
    real = discovery._folder_entries

    def folder_entries(folder: str):
        handle, entries = real(folder)
        if folder.endswith("/_posts"):
            paths[1].unlink()  # after the folder was listed, before its files are stat'ed
        return handle, entries

    monkeypatch.setattr(discovery, "_folder_entries", folder_entries)
    files = {f.source_path: f for f in discover(tmp_path)}
    assert files["_posts/2021-01-02-x.md"].problem == "It cannot be read (No such file or directory)."
    assert files["_posts/2021-01-01-x.md"].problem is None
    assert files["_posts/2021-01-03-x.md"].size == paths[2].stat().st_size


def test_a_folder_that_cannot_be_read_is_named_and_the_rest_is_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from etl.posts import discover as discovery

    write(tmp_path / "_posts" / "2021-01-01-a.md")
    write(tmp_path / "_posts" / "locked" / "2021-01-02-b.md")
    real = discovery._folder_entries

    def folder_entries(folder: str):
        if folder.endswith("/locked"):
            raise PermissionError(13, "Permission denied")
        return real(folder)

    monkeypatch.setattr(discovery, "_folder_entries", folder_entries)
    skipped: list[tuple[str, str]] = []
    assert [f.source_path for f in discover(tmp_path, skipped)] == ["_posts/2021-01-01-a.md"]
    assert skipped == [("_posts/locked", "folder cannot be read (Permission denied)")]
