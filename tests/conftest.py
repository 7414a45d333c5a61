"""Shared fixtures: the bundled sample posts, temporary warehouses, the real corpus when present."""

from __future__ import annotations

import shutil
import tarfile
from pathlib import Path

import pytest

from etl import settings

PROJECT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = PROJECT.parent / "shared" / "corpus"


@pytest.fixture
def sample_posts(tmp_path: Path) -> Path:
    """A private copy of the bundled sample posts, safe to edit."""
    target = tmp_path / "sample"
    shutil.copytree(settings.SAMPLE_POSTS, target)
    return target


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return tmp_path / "wh" / "news.duckdb"


def corpus_snapshot(name: str, cache: Path) -> Path:
    """Extract ``../shared/corpus/<name>.tar.xz`` once per session; skip when it is absent."""
    archive = SHARED_CORPUS / f"{name}.tar.xz"
    if not archive.exists():
        pytest.skip(f"{archive} is absent (the real corpus is only on the team's machines)")
    target = cache / name
    if not (target / "_posts").is_dir():
        with tarfile.open(archive) as tar:
            tar.extractall(cache, filter="data")
    return target


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    cache = tmp_path_factory.mktemp("corpus")
    return lambda name: corpus_snapshot(name, cache)
