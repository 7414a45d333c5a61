"""The parsing core compiled (mypyc, at install) reads every file exactly as its Python source does.

The compiled modules are the same source, so they can only differ where the compiler's semantics
do (a value that breaks a type annotation raises instead of passing through, a native class pickles
differently): each post of the sample and each hand-built page of the extraction tests is parsed
both ways and the records compared whole. A source edited after the install must not be shadowed
by its old compiled module.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import etl.posts
from etl import settings
from tests import test_extract_score

compiled = pytest.mark.skipif(
    not etl.posts.running_compiled(),
    reason="the parser runs its Python source here: install the package (pip install -e .) to compile it",
)

# Parses the posts named on stdin (one JSON list of [path, text]) and prints each record as JSON.
DUMP = r"""
import dataclasses, datetime, json, sys
import etl.posts
from etl.posts.parse import parse_post

def plain(x):
    if hasattr(x, "__dataclass_fields__"):
        return {name: plain(getattr(x, name)) for name in x.__dataclass_fields__}
    if isinstance(x, tuple) and hasattr(x, "_fields"):
        return {name: plain(getattr(x, name)) for name in x._fields}
    if isinstance(x, (list, tuple)):
        return [plain(v) for v in x]
    if isinstance(x, dict):
        return {str(k): plain(v) for k, v in x.items()}
    if isinstance(x, (datetime.datetime, datetime.date)):
        return x.isoformat()
    return x if x is None or isinstance(x, (str, int, float, bool)) else repr(x)

posts = json.load(sys.stdin)
now = datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)
print(json.dumps({"compiled": etl.posts.running_compiled(),
                  "records": [plain(parse_post(text.encode(), path, now=now)) for path, text in posts]},
                 ensure_ascii=False, sort_keys=True))
"""


def _inputs() -> list[tuple[str, str]]:
    posts = [
        (path.relative_to(settings.SAMPLE_POSTS).as_posix(), path.read_text(encoding="utf-8"))
        for path in sorted(settings.SAMPLE_POSTS.rglob("*"))
        if path.is_file() and path.name != "README.md"
    ]
    front = '---\nlayout: post\ntitle: "渔市的冬天"\ndate: 2021-01-02T03:04:05+08:00\n---\n'
    pages = [
        (f"_posts/2021-01-02-{name}.html", front + html)
        for name, (html, *_) in sorted(test_extract_score.PAGES.items())
    ]
    return posts + pages


def _parse(posts: list[tuple[str, str]], pure: bool) -> dict:
    env = {key: value for key, value in os.environ.items() if key != "ETL_PURE_PYTHON"}
    if pure:
        env["ETL_PURE_PYTHON"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", DUMP], input=json.dumps(posts), capture_output=True, text=True, env=env, check=True
    )
    return json.loads(done.stdout)


@compiled
def test_the_compiled_parser_reads_every_post_and_page_as_its_source_does():
    posts = _inputs()
    native, source = _parse(posts, pure=False), _parse(posts, pure=True)
    assert native["compiled"] and not source["compiled"]
    assert len(native["records"]) == len(posts) > 20
    for (path, _), got, want in zip(posts, native["records"], source["records"], strict=True):
        assert got == want, path


@compiled
def test_a_source_edited_after_the_install_runs_as_source_with_a_warning(tmp_path):
    # a copy of the package's checkout layout, so that the real sources' times are left alone
    package = Path(etl.posts.__file__).parent
    shutil.copytree(package.parent, tmp_path / "etl", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "pyproject.toml").write_text("")
    edited = tmp_path / "etl" / "posts" / "body.py"
    later = time.time() + 10
    os.utime(edited, (later, later))
    check = (
        "import warnings; warnings.simplefilter('always')\n"
        "import etl.posts, etl.posts.body as body\n"
        "print(etl.posts.running_compiled(), body.__file__.endswith('.py'), etl.posts.stale_compiled_modules())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    env.pop("ETL_PURE_PYTHON", None)
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, env=env, cwd=tmp_path, check=True
    )
    assert done.stdout.split() == ["False", "True", "['body']"]
    assert "body.py changed after the parser was compiled" in done.stderr
    assert "pip install -e ." in done.stderr


def test_the_source_runs_when_asked_even_where_it_is_compiled():
    env = {**os.environ, "ETL_PURE_PYTHON": "1"}
    check = "import etl.posts, etl.posts.main_content as m; print(etl.posts.running_compiled(), m.__file__)"
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env, check=True)
    running, path = done.stdout.split()
    assert running == "False" and path.endswith("main_content.py")
