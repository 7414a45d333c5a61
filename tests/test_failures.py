"""Every failure of a run ends in one sentence with the way out; the published warehouse is untouched."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from etl import cli
from etl.errors import IngestError
from etl.ingest import ingest
from etl.warehouse import store


def run_cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, posts: str, capsys) -> tuple[int, str]:
    monkeypatch.setenv("ETL_POSTS_DIR", posts)
    monkeypatch.setenv("ETL_WAREHOUSE", str(tmp_path / "wh" / "news.duckdb"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    code = cli.main(["ingest"])
    return code, capsys.readouterr().err.strip().splitlines()[-1]


def test_missing_folder_is_one_sentence(monkeypatch, tmp_path: Path, capsys):
    code, last = run_cli(monkeypatch, tmp_path, str(tmp_path / "nowhere"), capsys)
    assert code == 1
    assert "does not exist or is not a folder" in last and "ETL_POSTS_DIR" in last


def test_folder_named_twice_is_one_sentence(monkeypatch, tmp_path: Path, sample_posts: Path, capsys):
    code, last = run_cli(monkeypatch, tmp_path, f"{sample_posts}:{sample_posts}/", capsys)
    assert code == 1 and "named twice" in last and "name each folder once" in last


def test_bad_workers_setting(monkeypatch, tmp_path: Path, sample_posts: Path, capsys):
    monkeypatch.setenv("ETL_WORKERS", "two")
    code, last = run_cli(monkeypatch, tmp_path, str(sample_posts), capsys)
    assert code == 1 and "ETL_WORKERS must be a whole number" in last


def test_bad_memory_setting_names_the_setting_not_the_warehouse(
    monkeypatch, tmp_path: Path, sample_posts: Path, capsys
):
    monkeypatch.setenv("ETL_DUCKDB_MEMORY", "lots")
    code, last = run_cli(monkeypatch, tmp_path, str(sample_posts), capsys)
    assert code == 1 and "ETL_DUCKDB_MEMORY must be an amount of memory" in last and "full-refresh" not in last


def test_a_blank_posts_setting_or_the_sample_default_never_marks_an_archive_deleted(
    monkeypatch, tmp_path: Path, sample_posts: Path, capsys
):
    warehouse = tmp_path / "wh" / "news.duckdb"
    ingest([sample_posts], warehouse, workers=0)  # a copy of the sample: another folder than the bundled one
    before = warehouse.read_bytes()
    code, last = run_cli(monkeypatch, tmp_path, "", capsys)
    assert code == 1 and "ETL_POSTS_DIR is set but empty" in last
    monkeypatch.delenv("ETL_POSTS_DIR")
    assert cli.main(["ingest"]) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert "ETL_POSTS_DIR is not set" in last and str(sample_posts) in last
    assert warehouse.read_bytes() == before


def test_failure_inside_the_run_reaches_the_cli_as_its_sentence(monkeypatch, tmp_path: Path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ETL_POSTS_DIR", str(Path(__file__).resolve().parent.parent / "etl" / "sample_posts"))
    monkeypatch.setenv("ETL_WAREHOUSE", str(blocker / "news.duckdb"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    assert cli.main(["ingest"]) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("etl ingest failed: ") and "DagsterExecutionStepExecutionError" not in last
    assert str(blocker) in last


def test_disk_full_during_publish(monkeypatch, tmp_path: Path, sample_posts: Path):
    warehouse = tmp_path / "wh" / "news.duckdb"
    ingest([sample_posts], warehouse, workers=0)
    before = warehouse.read_bytes()
    (sample_posts / "_posts" / "2024-02-02-new.md").write_text("---\ntitle: 新\n---\n正文。\n", encoding="utf-8")

    def full(self):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store.WorkingCopy, "publish", full)
    with pytest.raises(IngestError, match=r"disk holding .* is full .* needs about .* MB"):
        ingest([sample_posts], warehouse, workers=0)
    assert warehouse.read_bytes() == before
    assert [p.name for p in warehouse.parent.iterdir() if ".work" in p.name] == []


def test_a_parser_regression_is_not_published(monkeypatch, tmp_path: Path):
    from etl.posts import pool
    from etl.posts.parse import Rejected

    posts = tmp_path / "posts" / "_posts"
    posts.mkdir(parents=True)
    for n in range(40):
        (posts / f"2024-01-{n % 28 + 1:02d}-p{n}.md").write_text(
            f"---\ntitle: 第{n}篇\nfrom: https://news.example.org/{n}\n---\n<p>第{n}篇的正文，写得很长。</p>\n",
            encoding="utf-8",
        )
    warehouse = tmp_path / "wh" / "news.duckdb"
    ingest([posts.parent], warehouse, workers=0)
    before = warehouse.read_bytes()
    for path in posts.iterdir():  # every post edited, and a parser that now rejects everything
        path.write_text(path.read_text(encoding="utf-8") + "<p>补充。</p>\n", encoding="utf-8")
    monkeypatch.setattr(pool, "parse_post", lambda raw, source_path: Rejected("a bug"))
    with pytest.raises(IngestError, match=r"rejected files rose from 0\.0% \(0 of 40\) to 100\.0% \(40 of 40\)"):
        ingest([posts.parent], warehouse, workers=0)
    assert warehouse.read_bytes() == before
    report = ingest([posts.parent], warehouse, workers=0, allow_regression=True)
    assert report.published


def test_folders_no_longer_listed_are_said(tmp_path: Path, sample_posts: Path):
    warehouse = tmp_path / "wh" / "news.duckdb"
    ingest([sample_posts], warehouse, workers=0)
    other = tmp_path / "other" / "_posts"
    other.mkdir(parents=True)
    (other / "2024-03-03-x.md").write_text("---\ntitle: 另一个档案\n---\n正文。\n", encoding="utf-8")
    report = ingest([other.parent], warehouse, workers=0, allow_regression=True)
    assert report.unlisted == {str(sample_posts.resolve()): 17}
    assert "a folder no longer in ETL_POSTS_DIR, are now marked deleted" in report.summary()


def test_ctrl_c_is_one_line_and_status_130(monkeypatch, capsys):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "ingest_command", interrupted)
    assert cli.main(["ingest"]) == cli.INTERRUPTED_STATUS
    assert capsys.readouterr().err.strip() == cli.INTERRUPTED


def test_parse_workers_leave_ctrl_c_to_the_parent():
    import signal

    from etl.posts import pool

    before = signal.getsignal(signal.SIGINT)
    try:
        pool._leave_interrupts_to_the_parent()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)
