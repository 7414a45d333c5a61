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
