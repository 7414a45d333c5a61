"""Whole clones with their git history: adds, edits, moves, deletions, re-adds, rewritten and shallow histories.

Repositories are built with pygit2 (no `git` program needed); each test commits posts of our own writing.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import duckdb
import pygit2
import pytest

from etl.ingest import ingest
from etl.plan import up_to_date
from etl.posts.history import read_history
from tests.conftest import SHARED_CORPUS

T0 = 1_700_000_000  # 2023-11-14


def post(title: str, url: str, text: str = "渡轮恢复通航，码头重新热闹起来。") -> str:
    return (
        f'---\nlayout: post\ntitle: "{title}"\ndate: 2023-11-14T08:00:00.000Z\nauthor: 港口日报\n'
        f"from: {url}\ntags: [ 港口日报 ]\ncategories: [ 港口日报 ]\n---\n<div><p>{text}</p></div>\n"
    )


class Clone:
    """A work tree whose commits are made with pygit2, one commit per call to ``commit``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.repo = pygit2.init_repository(str(path))
        self.time = T0

    def write(self, relative: str, text: str) -> None:
        target = self.path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def move(self, old: str, new: str) -> None:
        (self.path / new).parent.mkdir(parents=True, exist_ok=True)
        (self.path / old).rename(self.path / new)

    def delete(self, relative: str) -> None:
        (self.path / relative).unlink()

    def commit(self, message: str = "feed bot", hours: int = 1) -> str:
        self.time += hours * 3600
        index = self.repo.index
        index.add_all()
        index.write()
        tree = index.write_tree()
        who = pygit2.Signature("feed bot", "bot@example.org", self.time, 0)
        parents = [] if self.repo.head_is_unborn else [self.repo.head.target]
        return str(self.repo.create_commit("HEAD", who, who, message, tree, parents))

    def at(self, commit_hours: int) -> dt.datetime:
        return dt.datetime.fromtimestamp(T0 + commit_hours * 3600, dt.UTC)


def query(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def clone(tmp_path: Path) -> Clone:
    site = Clone(tmp_path / "site")
    site.write("_config.yml", "title: 港口\n")
    site.write("index.md", "---\nlayout: default\n---\n首页\n")
    site.write("_layouts/post.html", "<html>{{ content }}</html>\n")
    site.write("README.md", "# archive\n")
    return site


def test_history_events_moves_and_deletions(clone: Clone, tmp_path: Path):
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.write("_posts/2023-11-14-market.md", post("鱼市开张", "https://port.example.org/a/2"))
    clone.commit()  # hour 1
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航（更新）", "https://port.example.org/a/1"))
    clone.commit()  # hour 2: an edit
    clone.move("_posts/2023-11-14-ferry.md", "archived/2024-03-01/2023-11-14-ferry.md")
    clone.commit()  # hour 3: the bot archives it
    clone.delete("_posts/2023-11-14-market.md")
    clone.commit()  # hour 4: deleted

    found = read_history(clone.path)
    actions = sorted((e[0], e[3]) for e in found.events)
    assert actions == [
        ("_posts/2023-11-14-ferry.md", "added"),
        ("_posts/2023-11-14-ferry.md", "modified"),
        ("_posts/2023-11-14-market.md", "added"),
        ("_posts/2023-11-14-market.md", "deleted"),
        ("archived/2024-03-01/2023-11-14-ferry.md", "moved"),
    ]
    assert found.first_committed["archived/2024-03-01/2023-11-14-ferry.md"] == clone.at(1)
    assert found.gone["_posts/2023-11-14-market.md"].action == "deleted"
    assert found.gone["_posts/2023-11-14-ferry.md"].moved_to == "archived/2024-03-01/2023-11-14-ferry.md"

    warehouse = tmp_path / "wh" / "news.duckdb"
    report = ingest([clone.path], warehouse, workers=0)
    assert report.folders == {"_posts": 0, "archived": 1} or report.folders == {"archived": 1}
    rows = dict(query(warehouse, "SELECT url, deleted_at IS NULL FROM articles"))
    assert rows == {"https://port.example.org/a/1": True, "https://port.example.org/a/2": False}
    (ferry,) = query(
        warehouse,
        "SELECT title, first_committed_at, deleted_at FROM articles WHERE url = 'https://port.example.org/a/1'",
    )
    assert ferry == ("渡轮复航（更新）", clone.at(1), None)
    (market,) = query(
        warehouse,
        "SELECT title, first_committed_at, deleted_at, deleted_commit IS NOT NULL, "
        "(SELECT count(*) FROM paragraphs p WHERE p.article_id = a.article_id) "
        "FROM articles a WHERE url = 'https://port.example.org/a/2'",
    )
    assert market == ("鱼市开张", clone.at(1), clone.at(4), True, 1)  # the vanished post, text and all
    files = dict(query(warehouse, "SELECT source_path, status FROM post_files"))
    assert files == {
        "_posts/2023-11-14-ferry.md": "moved",
        "_posts/2023-11-14-market.md": "deleted",
        "archived/2024-03-01/2023-11-14-ferry.md": "loaded",
    }
    assert query(warehouse, "SELECT count(*) FROM post_files WHERE deleted_at IS NULL") == [(1,)]
    assert query(warehouse, "SELECT count(*) FROM rejected_posts") == [(0,)]  # site pages are not posts
    versions = query(
        warehouse,
        "SELECT action FROM article_versions v JOIN articles a USING (article_id) "
        "WHERE a.url = 'https://port.example.org/a/1' ORDER BY committed_at",
    )
    assert [v[0] for v in versions] == ["added", "modified", "moved"]


def test_incremental_reads_only_new_commits_and_equals_a_direct_load(clone: Clone, tmp_path: Path):
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.commit()
    early = tmp_path / "early.duckdb"
    first = ingest([clone.path], early, workers=0)
    assert first.commits_read == 1
    clone.write("_posts/2023-11-15-market.md", post("鱼市开张", "https://port.example.org/a/2"))
    clone.commit()
    clone.move("_posts/2023-11-14-ferry.md", "archived/2024-03-01/2023-11-14-ferry.md")
    clone.commit()
    clone.delete("_posts/2023-11-15-market.md")
    clone.commit()
    later = ingest([clone.path], early, workers=0)
    assert later.commits_read == 3
    direct = tmp_path / "direct.duckdb"
    ingest([clone.path], direct, workers=0)
    sql = "SELECT url, title, first_committed_at, deleted_at IS NULL, deleted_commit FROM articles ORDER BY url"
    assert query(early, sql) == query(direct, sql)
    events = "SELECT source_path, commit_id, action, old_path FROM post_events ORDER BY ALL"
    assert query(early, events) == query(direct, events)
    # nothing new: no commits read, nothing published
    again = ingest([clone.path], early, workers=0)
    assert again.commits_read == 0 and not again.published


def test_move_keeps_the_article_and_its_first_seen(clone: Clone, tmp_path: Path):
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.commit()
    warehouse = tmp_path / "w.duckdb"
    ingest([clone.path], warehouse, workers=0, now=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    before = query(warehouse, "SELECT article_id, first_seen_at FROM articles")
    clone.move("_posts/2023-11-14-ferry.md", "archived/2024-03-01/2023-11-14-ferry.md")
    clone.commit()
    report = ingest([clone.path], warehouse, workers=0, now=dt.datetime(2024, 3, 1, tzinfo=dt.UTC))
    assert (report.new, report.moved, report.deleted) == (0, 1, 0)
    assert query(warehouse, "SELECT article_id, first_seen_at FROM articles WHERE deleted_at IS NULL") == before
    assert query(warehouse, "SELECT action, old_path FROM post_events WHERE action = 'moved'") == [
        ("moved", "_posts/2023-11-14-ferry.md")
    ]


def test_a_post_moved_twice_keeps_every_path_and_its_first_version(clone: Clone, tmp_path: Path):
    # the bot moves a post into archived/, later into another dated folder; a fresh clone reads it all
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.commit()
    clone.move("_posts/2023-11-14-ferry.md", "archived/a/2023-11-14-ferry.md")
    clone.commit()
    clone.move("archived/a/2023-11-14-ferry.md", "archived/b/2023-11-14-ferry.md")
    clone.commit()
    warehouse = tmp_path / "w.duckdb"
    ingest([clone.path], warehouse, workers=0, now=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    (article,) = query(warehouse, "SELECT article_id FROM articles")
    assert query(warehouse, "SELECT source_path, article_id FROM post_files ORDER BY source_path") == [
        ("_posts/2023-11-14-ferry.md", article[0]),
        ("archived/a/2023-11-14-ferry.md", article[0]),
        ("archived/b/2023-11-14-ferry.md", article[0]),
    ]
    assert [r[0] for r in query(warehouse, "SELECT action FROM article_versions ORDER BY committed_at")] == [
        "added",
        "moved",
        "moved",
    ]


def test_reading_a_clones_posts_folder_alone_says_that_moves_out_of_it_count_as_deletions(clone: Clone, tmp_path: Path):
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.write("_posts/2023-11-15-market.md", post("夜市搬迁", "https://port.example.org/a/2"))
    clone.commit()
    clone.move("_posts/2023-11-14-ferry.md", "archived/2024-03-01/2023-11-14-ferry.md")
    clone.commit()
    report = ingest([clone.path / "_posts"], tmp_path / "w.duckdb", workers=0)
    (note,) = report.history_notes
    assert "1 post(s) left it" in note and "point ETL_POSTS_DIR at the clone" in note
    # read from the clone, the same move is a move, and nothing is said
    report = ingest([clone.path], tmp_path / "w2.duckdb", workers=0)
    assert report.history_notes == []


def test_an_article_a_commit_stops_its_file_giving_vanished_at_that_commit(clone: Clone, tmp_path: Path):
    """A commit that edits a post's `from:` URL (another article now) or empties it (a takedown) is when the
    old article vanished: its deleted_at and deleted_commit, not the run's time, even after a later commit
    deletes the emptied file; it keeps its text."""
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.write("_posts/2023-11-14-pier.md", post("码头改建", "https://port.example.org/a/2", "码头将于明年改建。"))
    clone.commit()
    warehouse = tmp_path / "w.duckdb"
    ingest([clone.path], warehouse, workers=0)
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1-renamed"))
    clone.write("_posts/2023-11-14-pier.md", "")
    edited = clone.commit()
    clone.delete("_posts/2023-11-14-pier.md")
    clone.commit()
    ingest([clone.path], warehouse, workers=0)
    assert query(
        warehouse,
        "SELECT url, deleted_at, deleted_commit, (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.article_id) "
        "FROM articles a WHERE deleted_at IS NOT NULL ORDER BY url",
    ) == [
        ("https://port.example.org/a/1", clone.at(2), edited, 1),
        ("https://port.example.org/a/2", clone.at(2), edited, 1),
    ]


def test_an_emptied_post_keeps_its_article_whenever_the_warehouse_first_saw_it(clone: Clone, tmp_path: Path):
    """A post emptied (then deleted, or left empty) gives its last readable version's article, vanished with the
    emptying commit, whether the warehouse saw that version run by run or loads the clone fresh afterwards."""
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.write("_posts/2023-11-14-pier.md", post("码头改建", "https://port.example.org/a/2", "码头将于明年改建。"))
    clone.write("_posts/2023-11-14-dock.md", post("船坞扩建", "https://port.example.org/a/3", "船坞扩建工程开工。"))
    clone.commit()
    stepwise = tmp_path / "stepwise.duckdb"
    ingest([clone.path], stepwise, workers=0)
    clone.write("_posts/2023-11-14-pier.md", "")
    clone.write("_posts/2023-11-14-dock.md", "\n \n")
    emptied = clone.commit()
    ingest([clone.path], stepwise, workers=0)
    clone.delete("_posts/2023-11-14-pier.md")
    clone.commit()
    ingest([clone.path], stepwise, workers=0)
    fresh = tmp_path / "fresh.duckdb"
    report = ingest([clone.path], fresh, workers=0)
    assert report.read_back == 2
    vanished = (
        "SELECT url, deleted_at, deleted_commit, (SELECT list(text) FROM paragraphs p WHERE p.article_id = a.article_id) "
        "FROM articles a WHERE deleted_at IS NOT NULL ORDER BY url"
    )
    expected = [
        ("https://port.example.org/a/2", clone.at(2), emptied, ["码头将于明年改建。"]),
        ("https://port.example.org/a/3", clone.at(2), emptied, ["船坞扩建工程开工。"]),
    ]
    assert query(fresh, vanished) == query(stepwise, vanished) == expected
    files = "SELECT source_path, status, article_id IS NOT NULL FROM post_files ORDER BY ALL"
    assert query(fresh, files) == query(stepwise, files)
    assert query(fresh, "SELECT source_path FROM rejected_posts") == [("_posts/2023-11-14-dock.md",)]
    assert query(fresh, "SELECT count(*) FROM search('船坞扩建')") == [(1,)]
    # the file readable again: its article is live again, from the file
    clone.write("_posts/2023-11-14-dock.md", post("船坞扩建", "https://port.example.org/a/3", "船坞扩建工程完工。"))
    clone.commit()
    ingest([clone.path], fresh, workers=0)
    assert query(
        fresh,
        "SELECT deleted_at, (SELECT list(text) FROM paragraphs p WHERE p.article_id = a.article_id) "
        "FROM articles a WHERE url LIKE '%/a/3'",
    ) == [(None, ["船坞扩建工程完工。"])]
    assert query(fresh, "SELECT count(*) FROM rejected_posts") == [(0,)]


def test_reading_back_skips_unreadable_versions_and_gives_nothing_when_none_reads(clone: Clone, tmp_path: Path):
    """Two unreadable versions in a row: the one before them gives the article, vanished when the first of them
    came; a file that never read stays a rejection and gives no article."""
    clone.write("_posts/2023-11-14-pier.md", post("码头改建", "https://port.example.org/a/2", "码头将于明年改建。"))
    clone.write("_posts/2023-11-14-stub.md", "")
    clone.commit()
    clone.write("_posts/2023-11-14-pier.md", "")
    first = clone.commit()
    clone.write("_posts/2023-11-14-pier.md", "\n\n")
    clone.write("_posts/2023-11-14-stub.md", " ")
    clone.commit()
    warehouse = tmp_path / "w.duckdb"
    assert ingest([clone.path], warehouse, workers=0).read_back == 1
    assert query(warehouse, "SELECT url, deleted_at, deleted_commit FROM articles") == [
        ("https://port.example.org/a/2", clone.at(2), first)
    ]
    assert query(warehouse, "SELECT source_path, status, article_id IS NULL FROM post_files ORDER BY 1") == [
        ("_posts/2023-11-14-pier.md", "rejected", False),
        ("_posts/2023-11-14-stub.md", "rejected", True),
    ]


def test_re_added_post_is_live_again(clone: Clone, tmp_path: Path):
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.commit()
    clone.delete("_posts/2023-11-14-ferry.md")
    clone.commit()
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.commit()
    warehouse = tmp_path / "w.duckdb"
    ingest([clone.path], warehouse, workers=0)
    assert query(warehouse, "SELECT deleted_at, first_committed_at FROM articles") == [(None, clone.at(1))]


def test_rewritten_history_is_read_again_without_losing_anything(clone: Clone, tmp_path: Path):
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    base = clone.commit()
    clone.write("_posts/2023-11-15-market.md", post("鱼市开张", "https://port.example.org/a/2"))
    clone.commit()
    warehouse = tmp_path / "w.duckdb"
    ingest([clone.path], warehouse, workers=0)
    # force push: the second commit is replaced by another one
    clone.repo.reset(pygit2.Oid(hex=base), pygit2.enums.ResetMode.HARD)
    clone.write("_posts/2023-11-16-school.md", post("新校舍落成", "https://port.example.org/a/3"))
    clone.commit()
    report = ingest([clone.path], warehouse, workers=0)
    assert any("rewritten" in note for note in report.history_notes)
    urls = dict(query(warehouse, "SELECT url, deleted_at IS NULL FROM articles"))
    assert urls == {
        "https://port.example.org/a/1": True,
        "https://port.example.org/a/2": False,  # gone from the folder, still in the warehouse
        "https://port.example.org/a/3": True,
    }
    assert query(warehouse, "SELECT count(DISTINCT commit_id) FROM post_events") == [(3,)]


def test_history_off_and_plain_folders(clone: Clone, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.commit()
    monkeypatch.setenv("ETL_GIT_HISTORY", "0")
    warehouse = tmp_path / "w.duckdb"
    report = ingest([clone.path], warehouse, workers=0)
    assert report.commits_read == 0
    assert query(warehouse, "SELECT count(*), count(first_committed_at) FROM articles") == [(1, 0)]
    assert query(warehouse, "SELECT count(*) FROM post_events") == [(0,)]
    plain = tmp_path / "plain"
    shutil.copytree(clone.path, plain, ignore=shutil.ignore_patterns(".git"))
    monkeypatch.delenv("ETL_GIT_HISTORY")
    assert read_history(plain) is None


def test_repository_without_commits_and_lfs_pointer(tmp_path: Path):
    site = Clone(tmp_path / "empty")
    site.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    site.write(
        "_posts/2023-11-15-photo.md",
        "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2146\nsize 12345\n",
    )
    warehouse = tmp_path / "w.duckdb"
    report = ingest([site.path], warehouse, workers=0)
    assert any("no commits" in note for note in report.history_notes)
    assert query(warehouse, "SELECT count(*) FROM articles") == [(1,)]
    ((error,),) = query(warehouse, "SELECT error FROM rejected_posts")
    assert "Git LFS pointer" in error


def test_missing_object_of_a_deleted_post_is_a_rejection(clone: Clone, tmp_path: Path):
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.write("_posts/2023-11-14-market.md", post("鱼市开张", "https://port.example.org/a/2"))
    clone.commit()
    blob = clone.repo.revparse_single("HEAD:_posts/2023-11-14-market.md").id
    clone.delete("_posts/2023-11-14-market.md")
    clone.commit()
    loose = clone.path / ".git" / "objects" / str(blob)[:2] / str(blob)[2:]
    loose.chmod(0o644)
    loose.unlink()  # a damaged clone: the deleted post's last version is gone
    warehouse = tmp_path / "w.duckdb"
    ingest([clone.path], warehouse, workers=0)
    assert query(warehouse, "SELECT count(*) FROM articles WHERE deleted_at IS NULL") == [(1,)]
    ((path, error),) = query(warehouse, "SELECT source_path, error FROM rejected_posts")
    assert path == "_posts/2023-11-14-market.md" and "git history" in error


def test_posts_folder_rules_in_a_site(clone: Clone):
    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.write("_posts/notes/undated.md", post("无日期", "https://port.example.org/a/9"))
    clone.write("archived/2024-03-01/2023-01-01-old.md", post("旧闻", "https://port.example.org/a/0"))
    clone.write("pages/2023-05-05-dated-page.html", post("页面", "https://port.example.org/a/8"))
    clone.write("_includes/2023-01-01-snippet.md", "不是文章\n")
    clone.write("vendor/bundle/_posts/2020-01-01-theme-sample.md", "不是文章\n")
    clone.write(".github/2023-01-01-workflow.md", "不是文章\n")
    clone.write("archived/notes.md", "不是文章\n")
    clone.commit()
    found = read_history(clone.path)
    assert sorted(e[0] for e in found.events) == [
        "_posts/2023-11-14-ferry.md",
        "_posts/notes/undated.md",
        "archived/2024-03-01/2023-01-01-old.md",
        "pages/2023-05-05-dated-page.html",
    ]


def test_shallow_clone_loads_from_files_with_a_note(clone: Clone, tmp_path: Path):
    if shutil.which("git") is None:
        pytest.skip("making a shallow clone needs the git program")
    for day in (14, 15, 16):
        clone.write(f"_posts/2023-11-{day}-ferry.md", post(f"渡轮{day}", f"https://port.example.org/a/{day}"))
        clone.commit()
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{clone.path}", str(shallow)], check=True)
    warehouse = tmp_path / "w.duckdb"
    report = ingest([shallow], warehouse, workers=0)
    assert any("Shallow clone" in note for note in report.history_notes)
    assert query(warehouse, "SELECT count(*), count(first_committed_at) FROM articles") == [(3, 0)]
    assert up_to_date([shallow], warehouse) is not None  # nothing changed: no run
    # the whole history fetched: the next run reads it, though HEAD is the same commit
    subprocess.run(["git", "-C", str(shallow), "fetch", "-q", "--unshallow"], check=True)
    assert up_to_date([shallow], warehouse) is None
    ingest([shallow], warehouse, workers=0)
    assert query(warehouse, "SELECT count(*), count(first_committed_at) FROM articles") == [(3, 3)]
    assert up_to_date([shallow], warehouse) is not None


@pytest.mark.corpus
@pytest.mark.slow
def test_society_bundle(tmp_path: Path):
    bundle = SHARED_CORPUS / "society-history-2026-03-23.bundle"
    if not bundle.exists():
        pytest.skip(f"{bundle} is absent (the real corpus is only on the team's machines)")
    if shutil.which("git") is None:
        pytest.skip("cloning a bundle needs the git program")
    clone = tmp_path / "society"
    subprocess.run(["git", "clone", "-q", str(bundle), str(clone)], check=True)
    warehouse = tmp_path / "w.duckdb"
    ingest([clone], warehouse)
    assert query(warehouse, "SELECT count(*) FROM post_files WHERE deleted_at IS NULL") == [(15271,)]
    assert query(warehouse, "SELECT count(*) FROM post_events WHERE action = 'moved'") == [(14643,)]
    assert query(warehouse, "SELECT count(*) FROM articles WHERE deleted_at IS NOT NULL") == [(0,)]
    ((share,),) = query(warehouse, "SELECT count(first_committed_at) / count(*) FROM articles")
    assert share >= 0.99


def test_sensor_notices_a_new_commit(clone: Clone, tmp_path: Path):
    import dagster as dg

    from etl.defs.resources import NewsArchive
    from etl.defs.sensors import new_posts

    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.commit()
    archive = NewsArchive(posts_dir=str(clone.path), warehouse=str(tmp_path / "w.duckdb"))
    instance = dg.DagsterInstance.ephemeral()
    first = new_posts(dg.build_sensor_context(cursor=None, resources={"archive": archive}, instance=instance))
    assert isinstance(first, dg.RunRequest)
    # a commit that changes no post file in the work tree (an empty commit) still moves HEAD
    clone.write("README.md", "# archive, renamed\n")
    clone.commit()
    later = new_posts(dg.build_sensor_context(cursor=first.run_key, resources={"archive": archive}, instance=instance))
    assert isinstance(later, dg.RunRequest) and later.run_key != first.run_key


def test_sensor_first_tick_runs_nothing_when_the_warehouse_is_current(clone: Clone, tmp_path: Path):
    import dagster as dg

    from etl.defs.resources import NewsArchive
    from etl.defs.sensors import new_posts

    clone.write("_posts/2023-11-14-ferry.md", post("渡轮复航", "https://port.example.org/a/1"))
    clone.commit()
    warehouse = tmp_path / "w.duckdb"
    ingest([clone.path], warehouse, workers=0)
    archive = NewsArchive(posts_dir=str(clone.path), warehouse=str(warehouse))
    instance = dg.DagsterInstance.ephemeral()
    first = new_posts(dg.build_sensor_context(cursor=None, resources={"archive": archive}, instance=instance))
    assert isinstance(first, dg.SkipReason) and "already up to date" in first.skip_message


def test_history_split_over_processes_equals_one_read(clone: Clone, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from etl.posts import history

    for day in range(10, 16):
        clone.write(f"_posts/2023-11-{day}-news.md", post(f"新闻{day}", f"https://port.example.org/a/{day}"))
        clone.commit()
    clone.move("_posts/2023-11-10-news.md", "archived/2024-01-01/2023-11-10-news.md")
    clone.delete("_posts/2023-11-11-news.md")
    clone.commit()
    clone.write("_posts/2023-11-12-news.md", post("新闻12（更正）", "https://port.example.org/a/12"))
    clone.commit()
    one = tmp_path / "one.duckdb"
    ingest([clone.path], one, workers=0)
    monkeypatch.setattr(history, "MIN_COMMITS_PER_RANGE", 1)  # several ranges, read in two processes
    split = tmp_path / "split.duckdb"
    report = ingest([clone.path], split, workers=2)
    assert report.commits_read == 8
    for sql in (
        "SELECT source_path, commit_id, committed_at, action, old_path, content_hash FROM post_events ORDER BY ALL",
        "SELECT url, title, first_committed_at, deleted_at, deleted_commit FROM articles ORDER BY url",
        "SELECT source_path, status, first_committed_at, deleted_at, moved_to FROM post_files ORDER BY ALL",
    ):
        assert query(one, sql) == query(split, sql)


def test_non_utf8_path_in_history_matches_the_file(tmp_path: Path):
    import os

    site = Clone(tmp_path / "site")
    (site.path / "_posts").mkdir()
    with open(os.fsencode(site.path / "_posts") + b"/2021-01-01-\xff\xfe.md", "w", encoding="utf-8") as handle:
        handle.write(post("旧文件名", "https://port.example.org/a/1"))
    site.commit()
    warehouse = tmp_path / "w.duckdb"
    ingest([site.path], warehouse, workers=0)
    assert query(warehouse, "SELECT source_path, first_committed_at IS NOT NULL FROM post_files") == [
        ("_posts/2021-01-01-\\xff\\xfe.md", True)
    ]


def post_without_url(title: str, text: str = "渡轮恢复通航，码头重新热闹起来。") -> str:
    """A post as jekyll-import's feed importer writes it: no `from:` URL, so its path names its article."""
    return f'---\nlayout: post\ntitle: "{title}"\ndate: 2023-11-14T08:00:00.000Z\n---\n<div><p>{text}</p></div>\n'


def test_a_post_without_url_moved_in_a_clone_stays_one_article(clone: Clone, tmp_path: Path):
    clone.write("_posts/2023-11-14-ferry.md", post_without_url("渡轮复航"))
    clone.commit()
    warehouse = tmp_path / "w.duckdb"
    ingest([clone.path], warehouse, workers=0, now=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    before = query(warehouse, "SELECT article_id, first_seen_at FROM articles")
    clone.move("_posts/2023-11-14-ferry.md", "archived/a/2023-11-14-ferry.md")
    clone.commit()
    ingest([clone.path], warehouse, workers=0, now=dt.datetime(2024, 3, 1, tzinfo=dt.UTC))
    clone.move("archived/a/2023-11-14-ferry.md", "archived/b/2023-11-14-ferry.md")
    clone.commit()
    ingest([clone.path], warehouse, workers=0, now=dt.datetime(2024, 4, 1, tzinfo=dt.UTC))
    # the same article, never deleted, first seen when it was first read; its files all name it
    assert query(warehouse, "SELECT article_id, first_seen_at FROM articles") == before
    assert query(warehouse, "SELECT count(DISTINCT article_id), count(*) FROM post_files") == [(1, 3)]
    # a fresh load of the clone names it as the runs that saw it move did
    fresh = tmp_path / "fresh.duckdb"
    ingest([clone.path], fresh, workers=0)
    assert query(fresh, "SELECT article_id, source_path, deleted_at FROM articles") == [
        (before[0][0], "archived/b/2023-11-14-ferry.md", None)
    ]
