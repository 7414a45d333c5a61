"""Property tests: whatever the bytes, parsing ends in a record or a reason, never an exception."""

from __future__ import annotations

import datetime as dt
import re

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from etl.posts.body import body_to_blocks
from etl.posts.parse import ParsedPost, Rejected, parse_post

NOW = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# markup left in a paragraph: a <p> or <div> tag (a name such as "p0" is another element's, or text) or a comment
FORBIDDEN = re.compile(r"<(?:p|div)(?:[\s>/]|$)|<!--", re.IGNORECASE)

# Pieces of markup, front matter and Chinese text, so generated inputs look like the hard cases.
FRAGMENTS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='share-buttons'>",
        '<div id="dfp-ad-imu1">',
        "</div>",
        "<br>",
        "<br><br>",
        "<!--",
        "-->",
        "<!--1622167320000-->",
        "&lt;p&gt;",
        "&amp;lt;div&amp;gt;",
        "&nbsp;",
        "&amp;",
        "<a href='https://a.example.org/x'>",
        "</a>",
        "<img src='https://a.example.org/i.jpg' alt='图'>",
        "<blockquote>",
        "<li>",
        "<h2>",
        "<script>",
        "</script>",
        "<figure><figcaption>",
        "## ",
        "- ",
        "> ",
        "[链接](https://a.example.org/)",
        "```",
        "\n",
        "\n\n",
        "---\n",
        "title: ",
        "date: 2020-03-31 17:24:41 +08:00\n",
        "author: 社: 人\n",
        "tags: [ 甲, 乙 ]\n",
        "&a ",
        "*a ",
        "null",
        "分享到微博",
        "版权所有",
        "渡轮恢复通航，",
        "码头货物积压。",
        "\u3000",
        "\x00",
        "\r\n",
    ]
)
MARKUP_TEXT = st.one_of(st.lists(FRAGMENTS | st.text(max_size=8), max_size=40).map("".join), st.text(max_size=300))


def check_outcome(result: object) -> None:
    assert isinstance(result, (ParsedPost, Rejected))
    if isinstance(result, Rejected):
        assert isinstance(result.error, str) and result.error.strip()
        assert "could not be parsed" not in result.error, result.error  # an unexpected exception
    else:
        assert isinstance(result.title, str) and result.title
        for block in result.blocks:
            assert block.text and not FORBIDDEN.search(block.text), block


@PROPERTY
@given(st.binary(max_size=2000))
def test_parse_post_never_raises_on_arbitrary_bytes(raw: bytes):
    check_outcome(parse_post(raw, "_posts/2021-05-28-x.md", NOW))


@PROPERTY
@given(MARKUP_TEXT, st.sampled_from(["2021-05-28-x.md", "2021-05-28-x.html", "x.txt"]))
def test_parse_post_never_raises_on_markup_like_text(text: str, name: str):
    check_outcome(parse_post(text.encode("utf-8", "surrogatepass"), name, NOW))


@PROPERTY
@given(st.text(max_size=300), MARKUP_TEXT)
# (the generator's title link, a tag in its text and no body: the title shows as it would, with no tag)
@example(front="", body="<!--1622167320000-->[<p>[链接](https://a.example.org/)")
def test_arbitrary_front_matter_text_between_fences_never_raises(front: str, body: str):
    raw = f"---\n{front}\n---\n{body}".encode("utf-8", "surrogatepass")
    check_outcome(parse_post(raw, "_posts/2021-05-28-x.md", NOW))


YAML_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=20)
    | st.dates()
    | st.datetimes()
    | st.datetimes(timezones=st.just(dt.UTC)),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)
KEYS = st.sampled_from(["title", "date", "author", "from", "tags", "categories", "category", "layout", "published"])


@PROPERTY
@given(st.dictionaries(KEYS | st.text(max_size=8), YAML_VALUES, max_size=8), MARKUP_TEXT)
def test_arbitrary_front_matter_mappings_never_raise(fields: dict, body: str):
    front = yaml.safe_dump(fields, allow_unicode=True)
    check_outcome(parse_post(f"---\n{front}---\n{body}".encode("utf-8", "surrogatepass"), "x.md", NOW))


@PROPERTY
@given(MARKUP_TEXT, st.booleans())
def test_body_to_blocks_never_raises_nor_emits_markup(text: str, is_html: bool):
    body = body_to_blocks(text, is_html)
    for block in body.blocks:
        if block.kind == "preformatted":  # code keeps its lines and its indents, no trailing space or blank edge line
            lines = block.text.split("\n")
            assert block.text.strip() and lines == [line.rstrip() for line in lines] and lines[0] and lines[-1], block
        else:
            assert block.text and block.text == block.text.strip()
        assert not FORBIDDEN.search(block.text), block
