"""A posts folder full of damage, loaded end to end: nothing lost, nothing leaked, every file explained."""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.ingest import ingest
from tests.postgen import post_text

GOOD = post_text(1)


def build_damaged_archive(root: Path, outside: Path) -> dict[str, str | None]:
    """Write the files; return name -> a word expected in its rejection (None: it must load)."""
    posts = root / "_posts"
    posts.mkdir(parents=True)
    outside.write_text("---\ntitle: 机密\n---\n<p>不应出现在仓库里的机密文字</p>\n", encoding="utf-8")
    cases: dict[str, tuple[bytes, str | None]] = {
        "2022-01-01-good.md": (GOOD.encode(), None),
        "2022-01-02-empty.md": (b"", "empty"),
        "2022-01-03-spaces.md": (b"   \n\n", "whitespace"),
        "2022-01-04-image.md": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
        "2022-01-05-latin1.md": (b"---\ntitle: x\n---\n" + bytes(range(128, 256)) * 20, "UTF-8"),
        "2022-01-06-unclosed.md": (b"---\ntitle: never closed\nthe body under it\n", "never closed"),
        "2022-01-07-list.md": (b"---\n- a\n- b\n---\n<p>body</p>\n", "mapping"),
        "2022-01-08-page.md": (b"---\nlayout: page\ntitle: About\n---\n<p>about us</p>\n", "layout"),
        "2022-01-09-no-front-matter.md": ("只有正文，没有前言。".encode(), "no front matter"),
        "2022-01-10-python-tag.md": (
            b'---\ntitle: !!python/object/apply:os.system ["touch /tmp/etl-pwned"]\n---\n<p>\xe6\xad\xa3\xe6\x96\x87</p>\n',
            None,
        ),
        "2022-01-11-alias-bomb.md": (
            b"---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            b"title: bomb\n---\n<p>\xe6\xad\xa3\xe6\x96\x87</p>\n",
            None,
        ),
        "2022-01-12-garbage-date.md": (GOOD.replace("date: 2022-01-01T08:00:00.000Z", "date: 去年某天").encode(), None),
        "2022-01-13-nuls.md": (GOOD.encode().replace(b"<p>", b"<p>\x00", 1), None),
        "2022-01-14-deep.md": (
            (
                "---\ntitle: 深层嵌套\n---\n" + "<div>" * 200_000 + "<p>埋在最深处的段落</p>" + "</div>" * 200_000
            ).encode(),
            None,
        ),
        "2022-01-15-crlf-bom.md": (
            b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode().replace(b"000001", b"000015"),
            None,
        ),
        "2022-01-16-unquoted.md": (
            GOOD.replace("author: 晨光日报", "author: 晨光通讯社: 记者 王某").replace("000001", "000016").encode(),
            None,
        ),
    }
    for name, (data, _) in cases.items():
        (posts / name).write_bytes(data)
    (posts / "2022-01-20-leak.md").symlink_to(outside)
    (posts / "loop").symlink_to(posts, target_is_directory=True)
    return {name: why for name, (_, why) in cases.items()}


def test_damaged_archive_loads_every_good_file_and_explains_every_bad_one(tmp_path: Path):
    root, outside = tmp_path / "archive", tmp_path / "secret.md"
    expected = build_damaged_archive(root, outside)
    warehouse = tmp_path / "news.duckdb"
    report = ingest([root], warehouse, workers=2)
    assert report.published and all(c.passed for c in report.checks)
    assert sorted(path for path, _ in report.skipped) == ["_posts/2022-01-20-leak.md", "_posts/loop"]
    assert not Path("/tmp/etl-pwned").exists()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        files = dict(con.execute("SELECT source_path, status FROM post_files").fetchall())
        errors = dict(con.execute("SELECT source_path, error FROM rejected_posts").fetchall())
        everything = " ".join(
            row[0] for row in con.execute("SELECT text FROM paragraphs UNION ALL SELECT title FROM articles").fetchall()
        )
        deep = con.execute(
            "SELECT string_agg(text, ' ') FROM paragraphs JOIN articles USING (article_id) WHERE title = '深层嵌套'"
        ).fetchone()[0]
    assert set(files) == {f"_posts/{name}" for name in expected}  # every regular file, no link
    for name, why in expected.items():
        key = f"_posts/{name}"
        if why is None:
            assert files[key] in ("loaded", "duplicate"), (name, errors.get(key))
        else:
            assert files[key] == "rejected" and why.lower() in errors[key].lower(), (name, errors.get(key))
            assert errors[key].endswith("."), errors[key]  # a sentence
    assert "机密" not in everything
    assert "埋在最深处的段落" in deep
