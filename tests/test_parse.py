"""One post file to one article record, or to a rejection a person can read."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from etl.posts import parse
from etl.posts.body import Block, Image, Link
from etl.posts.parse import (
    ParsedPost,
    Rejected,
    article_id_for,
    canonical_url,
    decode_post,
    parse_post,
    resolve_merge_conflicts,
    split_generator_header,
)

NOW = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
URL = "https://harbour.example.org/news/2021/05/28/ferry-resumes"
P1 = "受强风影响停航三天的离岛渡轮今早恢复服务，首班船比平日晚了四十分钟开出。"
P2 = "码头职员表示，积压的货物预计要到周末才能全部运走，乘客应预留更多时间。"
P3 = "有街坊说，停航期间岛上的鲜奶和蔬菜几乎断货，小店只能靠存货撑着。"


def seed_post(
    title: str = '"离岛渡轮恢复通航 码头货物积压"',
    front_extra: str = "",
    body_html: str | None = None,
    link: str | None = f"[离岛渡轮恢复通航]({URL})",
    url: str = URL,
) -> str:
    """A post in the feed generator's template, with our own text."""
    body_html = (
        body_html
        if body_html is not None
        else (
            f'<div><p>{P1}</p><div class="dfp-ad-imu1"></div><p>{P2}</p>'
            f'<figure><img src="https://harbour.example.org/img/ferry.jpg" alt="渡轮靠岸"><figcaption>渡轮靠岸</figcaption></figure>'
            f'<p>{P3}<a href="https://weather.example.org/warnings">天气警告</a></p></div>'
        )
    )
    front = "layout: post\n"
    if title is not None:
        front += f"title: {title}\n"
    front += f"date: 2021-05-28T02:02:00.000Z\nauthor: 海峡通讯社\nfrom: {url}\ntags: [ 海峡通讯社 ]\n"
    front += f"comments: True\ncategories: [ 海峡通讯社 ]\n{front_extra}"
    header = "<!--1622167320000-->\n" + (f"{link}\n------\n\n" if link is not None else "\n")
    return f"---\n{front}---\n{header}{body_html}\n"


def parsed(text: str | bytes, path: str = "_posts/2021-05-28-ferry-resumes.md") -> ParsedPost:
    raw = text.encode() if isinstance(text, str) else text
    result = parse_post(raw, path, NOW)
    assert isinstance(result, ParsedPost), result
    return result


def rejected(raw: bytes, path: str = "_posts/2021-05-28-x.md") -> str:
    result = parse_post(raw, path, NOW)
    assert isinstance(result, Rejected), result
    assert result.error[0].isupper() and result.error.endswith("."), result.error  # a sentence
    return result.error


def test_seed_shaped_post_gives_every_field():
    post = parsed(seed_post())
    assert post.article_key == f"url:{URL}"
    assert post.article_id == article_id_for(f"url:{URL}")
    assert post.title == "离岛渡轮恢复通航 码头货物积压"
    assert post.title_source == "front_matter"
    assert post.published_at == dt.datetime(2021, 5, 28, 2, 2, tzinfo=dt.UTC)
    assert post.published_at_source == "front_matter"
    assert post.author == "海峡通讯社"
    assert post.url == URL
    assert post.layout == "post"
    assert post.body_format == "html"
    assert post.extraction == "dom"
    assert post.problems == []
    assert post.blocks == [
        Block("paragraph", P1),
        Block("paragraph", P2),
        Block("caption", "渡轮靠岸"),
        Block("paragraph", P3 + "天气警告"),
    ]
    assert post.images == [Image("https://harbour.example.org/img/ferry.jpg", "渡轮靠岸", "渡轮靠岸")]
    assert post.links == [Link("https://weather.example.org/warnings", "天气警告")]
    assert post.tags == [("海峡通讯社", "tag"), ("海峡通讯社", "category")]
    assert post.removed == {"strip_ad_slots": 1}


def test_generator_header_never_reaches_the_blocks():
    post = parsed(seed_post())
    for block in post.blocks:
        assert "<!--" not in block.text and "](" not in block.text and "------" not in block.text
        assert block.text != "离岛渡轮恢复通航"


def test_split_generator_header():
    body, ms, text, url = split_generator_header(f"<!--1622167320000-->\n[标题]({URL})\n------\n\n<p>正文</p>")
    assert (body, ms, text, url) == ("\n<p>正文</p>", 1622167320000, "标题", URL)
    # a link line without the timestamp is only the header when a rule follows it
    body, ms, text, url = split_generator_header(f"[标题]({URL})\n=====\n正文")
    assert (body, ms, text, url) == ("正文", None, "标题", URL)
    body, ms, text, url = split_generator_header(f"[一个链接]({URL})\n正文")
    assert (ms, text, url) == (None, None, None) and body.startswith("[一个链接]")


def test_title_with_escaped_quotes_is_unescaped():
    post = parsed(seed_post(title='"船长说\\"明天照常开船\\"：乘客松一口气"'))
    assert post.title == '船长说"明天照常开船"：乘客松一口气'
    single = parsed(seed_post(title="'街坊的''最后一班船'''"))
    assert single.title == "街坊的'最后一班船'"


def test_title_with_escaped_quotes_in_recovered_front_matter():
    text = seed_post(title='"船长说\\"明天照常开船\\""', front_extra="source: 海峡通讯社: 记者 林晓\n")
    post = parsed(text)
    assert post.title == '船长说"明天照常开船"'
    assert "front matter recovered line by line (invalid YAML)" in post.problems


def test_title_falls_back_to_the_generator_link():
    post = parsed(seed_post(title=None))
    assert (post.title, post.title_source) == ("离岛渡轮恢复通航", "generator_link")


def test_title_falls_back_to_the_first_heading_then_the_file_name():
    post = parsed(seed_post(title=None, link=None, body_html=f"<p>{P1}</p><h2>码头的早晨</h2><p>{P2}</p>"))
    assert (post.title, post.title_source) == ("码头的早晨", "first_heading")
    post = parsed(seed_post(title='""', link=None, body_html=f"<p>{P1}</p>"))
    assert (post.title, post.title_source) == ("ferry resumes", "file_name")
    # a headline opening the article is its title, not a paragraph, and not its first section's heading either
    body = f"<h1>离岛渡轮恢复通航</h1><p>{P1}</p><h2>码头的早晨</h2><p>{P2}</p>"
    post = parsed(seed_post(title=None, link=None, body_html=body))
    assert (post.title, post.title_source) == ("离岛渡轮恢复通航", "first_heading")
    assert [b.text for b in post.blocks] == [P1, "码头的早晨", P2]


def test_non_string_title_becomes_text():
    assert parsed(seed_post(title="2021")).title == "2021"


def test_body_without_text_keeps_the_linked_title_as_a_heading():
    for body_html in ("", "<div></div>", '<div><div class="dfp-ad-imu2"></div></div>'):
        post = parsed(seed_post(body_html=body_html))
        assert post.blocks == [Block("heading", "离岛渡轮恢复通航")]


@pytest.mark.parametrize("layout", ["default", "page", "Home", "archive"])
def test_pages_are_rejected_with_their_layout(layout: str):
    # a page: no date of its own, or an address of its own
    undated = seed_post().replace("layout: post", f"layout: {layout}").replace("date: 2021-05-28T02:02:00.000Z\n", "")
    addressed = seed_post().replace("layout: post", f"layout: {layout}\npermalink: /about/")
    for page in (undated, addressed):
        assert rejected(page.encode()) == f"The file is a page with layout '{layout}', not a post."


def test_a_dated_post_written_with_a_page_layout_is_still_a_post():
    # Jekyll files everything under _posts/ as a post; a post with its own date given the site's plain layout
    # ('layout: default') was rejected as a page and its article lost
    post = parsed(seed_post().replace("layout: post", "layout: default"))
    assert post.title == "离岛渡轮恢复通航 码头货物积压" and post.blocks


def test_unpublished_post_is_kept_with_a_problem():
    for flag in ("false", "no", "Off"):
        post = parsed(seed_post(front_extra=f"published: {flag}\n"))
        assert "marked published: false" in post.problems
    assert "marked published: false" not in parsed(seed_post(front_extra="published: yes\n")).problems


# --- rejections and decoding -----------------------------------------------------------------


def test_empty_file():
    assert rejected(b"") == "The file is empty."


def test_whitespace_only_file():
    assert rejected(b" \n\t\r\n  ") == "The file holds only whitespace."


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"PK\x03\x04\x14\x00\x00\x00",
        b"---\ntitle: x\n---\n" + b"\x00" * 64 + b"text",
        b"just text " + b"\x00\x01\x02\x00" * 50,
    ],
)
def test_binary_files_are_rejected(raw: bytes):
    assert "binary" in rejected(raw)


def test_mostly_undecodable_file_is_rejected():
    error = rejected(b"---\ntitle: x\n---\n" + bytes([0x80, 0xFF, 0xC3, 0x28]) * 300)
    assert error.startswith("The file is not valid UTF-8 text:")
    assert "the first at byte 17" in error


def test_a_few_stray_nul_bytes_are_removed_and_noted():
    text = seed_post()
    raw = text.encode()
    cut = len(text[:200].encode())
    post = parsed(raw[:cut] + b"\x00\x00" + raw[cut:-10] + b"\x00" + raw[-10:])
    assert "NUL bytes removed" in post.problems
    assert post.blocks == parsed(text).blocks
    short = parsed(b"---\ntitle: \xe7\x9f\xad\n---\n\xe7\x9f\xad\xe6\x96\x87\x00\n")  # a short post, one NUL
    assert short.blocks == [Block("paragraph", "短文")]
    assert short.problems == ["NUL bytes removed"]


def test_gb18030_post_is_decoded():
    post = parsed(seed_post().encode("gb18030"))
    assert post.title == "离岛渡轮恢复通航 码头货物积压"
    assert post.blocks[0] == Block("paragraph", P1)
    assert post.problems == ["decoded as GB18030, not UTF-8"]


def test_big5_post_is_decoded_as_big5_not_as_gb18030_nonsense():
    # Big5 bytes are valid GB18030 too: '高雄港務' would read '蔼动翠'
    title = "高雄港貨櫃量前十月成長"
    text = "高雄港務公司昨天表示，今年前十個月的貨櫃裝卸量較去年同期成長百分之八，主要受惠於東南亞航線的轉運需求。"
    post = parsed(f'---\ntitle: "{title}"\ndate: 2019-11-05\n---\n<p>{text}</p>\n'.encode("big5"))
    assert post.title == title
    assert post.blocks == [Block("paragraph", text)]
    assert post.problems == ["decoded as Big5, not UTF-8"]


def test_utf8_post_with_a_paragraph_pasted_in_a_legacy_encoding_keeps_every_paragraph():
    # one paragraph copied from an old GBK (or Big5) page into a UTF-8 post: the post is not rejected,
    # each line is read in the encoding it decodes in
    for encoding, name, pasted in [
        ("gb18030", "GB18030", "老板说，只要还有人上楼来照相，这家照相馆就一直开下去。"),
        ("big5", "Big5", "老闆說，只要還有人上樓來照相，這家照相館就一直開下去。"),
    ]:
        raw = (
            f'---\ntitle: "县城照相馆"\ndate: 2015-03-12\n---\n<p>{P1}</p>\n'.encode()
            + f"<p>{pasted}</p>\n".encode(encoding)
            + f"<p>{P2}</p>\n".encode()
        )
        post = parsed(raw)
        assert post.blocks == [Block("paragraph", P1), Block("paragraph", pasted), Block("paragraph", P2)], name
        assert post.problems == [f"1 line that is not UTF-8 decoded as {name}"]


def test_utf8_with_one_broken_character_stays_utf8():
    # these short texts with a character cut in two also decode as GB18030, to nonsense
    for before, after in [("平恢）明渡河", ""), ("市平渡货后头明", "人"), ("了潮多后（传", "。）"), (P1, P2)]:
        raw = b"---\ntitle: x\n---\n" + before.encode() + b"\xe6\xb8" + after.encode() + b"\n"
        decoded, problems = decode_post(raw)
        assert decoded == f"---\ntitle: x\n---\n{before}\ufffd{after}\n", before
        assert problems == ["1 undecodable bytes replaced"]


def test_utf16_with_bom_is_decoded():
    post = parsed(seed_post().encode("utf-16"))
    assert post.title == "离岛渡轮恢复通航 码头货物积压"
    assert "decoded as UTF-16" in post.problems


def test_utf16_without_a_bom_is_decoded_and_binary_with_nuls_is_not():
    for encoding in ("utf-16-le", "utf-16-be"):
        post = parsed(seed_post(body_html=f"<p>一{P1}</p>").encode(encoding))
        assert post.title == "离岛渡轮恢复通航 码头货物积压" and post.blocks[0].text == f"一{P1}"
        assert post.problems == ["decoded as UTF-16 (no byte order mark)"]
    assert "binary" in rejected(b"\x00\x01" * 300)


def test_over_size_file_is_rejected(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(parse, "MAX_POST_BYTES", 1024)
    error = rejected(seed_post(body_html=f"<p>{P1 * 20}</p>").encode())
    assert "over the" in error and "limit for one post" in error
    assert parsed(b"---\ntitle: x\n---\nshort").title == "x"


def test_missing_front_matter_is_rejected():
    assert "no front matter" in rejected(f"<p>{P1}</p>".encode())


# --- identity --------------------------------------------------------------------------------


def test_same_url_gives_the_same_article_id_whatever_the_path():
    first = parsed(seed_post(), "_posts/2021-05-28-ferry.md")
    repost = parsed(seed_post(url=URL + "/#comments", title='"转载：渡轮复航"'), "_posts/2021-05-29-repost.md")
    assert first.article_id == repost.article_id
    assert first.article_key == repost.article_key == f"url:{URL}"


def test_different_paths_without_url_give_different_ids():
    text = seed_post(url="海峡通讯社", link=None)
    a = parsed(text, "_posts/2021-05-28-a.md")
    b = parsed(text, "_posts/2021-05-28-b.md")
    assert a.url is None and b.url is None
    assert a.article_key == "path:_posts/2021-05-28-a.md"
    assert a.article_id != b.article_id
    assert a.article_id == parsed(text, "_posts/2021-05-28-a.md").article_id


def test_url_comes_from_the_link_when_the_front_matter_has_none():
    post = parsed(seed_post(url="海峡通讯社"))
    assert post.url == URL


def test_canonical_url():
    assert canonical_url(" https://a.example.org/x/#top ") == "https://a.example.org/x"
    assert canonical_url("https://a.example.org/") == "https://a.example.org/"


# --- hostile headers -------------------------------------------------------------------------


def test_long_generator_link_line_is_linear():
    for line in ("[" + "](" * 100_000, "[" * 200_000, "[a](" + "(" * 200_000):
        start = time.perf_counter()
        result = parse_post(f"---\ntitle: t\n---\n<!--1622167320000-->\n{line}\n".encode(), "x.md", NOW)
        assert time.perf_counter() - start < 2.0
        assert isinstance(result, ParsedPost)


def test_title_entities_and_tags_are_resolved():
    post = parse_post(
        '---\ntitle: "&#8220;引号&#8221; &amp; <em>强调</em>"\n---\n<p>正文</p>\n'.encode(), "_posts/2021-01-01-a.md"
    )
    assert isinstance(post, ParsedPost) and post.title == "“引号” & 强调"


def test_a_home_page_url_does_not_merge_different_posts():
    one = parse_post(b"---\ntitle: a\nfrom: https://www.example.com/\n---\n<p>x</p>\n", "_posts/2021-01-01-a.md")
    two = parse_post(b"---\ntitle: b\nfrom: https://www.example.com/\n---\n<p>y</p>\n", "_posts/2021-01-02-b.md")
    assert isinstance(one, ParsedPost) and isinstance(two, ParsedPost)
    assert one.article_id != two.article_id and one.url == two.url == "https://www.example.com/"


def test_generator_header_with_nan_timestamp_and_parenthesised_url_is_removed():
    raw = '---\ntitle: "维基"\n---\n<!--NaN-->\n[维基](https://zh.example.org/wiki/A_(B))\n------\n\n<div><p>正文段落</p></div>\n'
    post = parse_post(raw.encode(), "_posts/2021-06-03-wiki.md")
    assert isinstance(post, ParsedPost)
    assert [b.text for b in post.blocks] == ["正文段落"]
    assert post.url == "https://zh.example.org/wiki/A_(B)" and post.published_at_source == "file_name"


def test_capitalised_front_matter_keys_are_read():
    raw = "---\nTitle: 大写键名\nDate: 2021-05-28T02:02:00Z\nTags: [ 评论 ]\n---\n<p>正文</p>\n".encode()
    post = parse_post(raw, "_posts/2021-01-01-a.md")
    assert isinstance(post, ParsedPost)
    assert post.title == "大写键名" and post.published_at_source == "front_matter"
    assert post.tags == [("评论", "tag")]


@pytest.mark.parametrize(
    "name", ["2021-05-28-ferry-resumes.md~", ".2021-05-28-ferry-resumes.md.swp", "#2021-05-28-x.md#"]
)
def test_editor_backup_and_hidden_files_are_rejected_not_read_as_second_articles(name: str):
    error = rejected(seed_post().encode(), f"_posts/{name}")
    assert "backup or hidden file" in error and "Jekyll" in error


def test_windows_1252_post_is_decoded_not_replaced_or_rejected():
    text = (
        '---\nlayout: post\ntitle: "Café opens"\ndate: 2021-05-28T02:02:00.000Z\nauthor: Harbour Wire\n---\n'
        "<p>The new café – on Main Street – was called “unfair” by rivals; its owner said it’s a fresh start.</p>\n"
    )
    post = parsed(text.encode("cp1252"))
    assert post.title == "Café opens"
    assert post.blocks[0].text.startswith("The new café – on Main Street – was called “unfair”")
    assert "decoded as Windows-1252, not UTF-8" in post.problems


def test_a_git_merge_conflict_left_in_a_post_reads_its_first_side_and_says_so():
    raw = seed_post(
        body_html=f"<p>{P1}</p>\n<<<<<<< HEAD\n<p>{P2}</p>\n=======\n<p>{P2}又改过</p>\n>>>>>>> origin/main\n"
    )
    post = parsed(raw.encode())
    assert [b.text for b in post.blocks] == [P1, P2]
    assert post.problems == [
        "1 git merge conflict left in the file: the first side (HEAD) read, the other (origin/main) left out"
    ]
    # in the front matter too
    text = seed_post().replace("title:", "<<<<<<< HEAD\ntitle:", 1)
    title_line = next(line for line in text.split("\n") if line.startswith("title:"))
    text = text.replace(title_line, f"{title_line}\n=======\ntitle: 另一个标题\n>>>>>>> 3f2a1b", 1)
    assert parsed(text.encode()).title == "离岛渡轮恢复通航 码头货物积压"
    # a tutorial showing the markers in code keeps them
    shown = "```\n<<<<<<< HEAD\n我的改动\n=======\n别人的改动\n>>>>>>> main\n```\n"
    post = parsed(f"---\ntitle: 如何解决冲突\ndate: 2021-05-28\n---\n{shown}".encode())
    assert "<<<<<<< HEAD" in post.blocks[0].text and post.problems == []


def test_a_file_of_unclosed_conflict_markers_is_resolved_in_linear_time():
    # one pass over the lines: a regex scanning to the end for every opener took 27 s on these 200 KB
    markers = "<<<<<<< HEAD\n" * 20_000 + "=======\n" * 10_000
    start = time.perf_counter()
    text, conflicts, _ = resolve_merge_conflicts(markers)
    assert time.perf_counter() - start < 2.0  # ~0.01 s here
    assert (text, conflicts) == (markers, 0)  # never closed: no conflict, the text as written


def test_a_git_lfs_pointer_is_rejected_with_the_way_out():
    pointer = b"version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2146\nsize 12345\n"
    assert "git lfs pull" in rejected(pointer)


@pytest.mark.parametrize(
    "body",
    [
        "原文链接：https://news.example.com/2021/a.html\n\n{0}\n\n{1}",  # another generator's header line
        "> 原文地址：[渡轮恢复通航](https://news.example.com/2021/a.html)\n\n{0}\n\n{1}",
        "{0}\n\n{1}\n\nSource: https://news.example.com/2021/a.html",  # or its footer line
        '<p>{0}</p><p>{1}</p><p>原文：<a href="https://news.example.com/2021/a.html">渡轮恢复通航</a></p>',
        "[渡轮恢复通航](https://news.example.com/2021/a.html)\n\n{0}\n\n{1}",  # the post's title, linked
        "[渡轮恢复通航](https://news.example.com/2021/a.html)\n<p>{0}</p><p>{1}</p>",
    ],
)
def test_a_source_line_opening_or_closing_the_body_is_the_posts_address(body: str):
    texts = ["渡轮码头今早恢复通航，首班船比平日晚了四十分钟。", "港务局说，航道清淤已经完成。"]
    raw = f"---\ntitle: 渡轮恢复通航\ndate: 2021-05-28\n---\n{body.format(*texts)}".encode()
    parsed = parse_post(raw, "_posts/2021-05-28-x.md")
    assert isinstance(parsed, ParsedPost)
    assert parsed.url == "https://news.example.com/2021/a.html"
    assert [b.text for b in parsed.blocks] == texts


def test_a_source_line_naming_an_outlet_or_beside_the_front_matters_address_is_kept_as_a_credit():
    # (session 34: a repost's source line at the article's edge leaves the text for the post's credits)
    texts = ["渡轮码头今早恢复通航，首班船比平日晚了四十分钟。", "港务局说，航道清淤已经完成。"]
    outlet = '<p>来源：<a href="https://news.example.com/">新闻网</a></p>'
    for front, body, line in (
        ("", outlet, "来源：新闻网"),
        ("from: https://news.example.com/2021/a.html\n", "<p>原文链接：https://mirror.example.org/a</p>", None),
    ):
        raw = f"---\ntitle: 渡轮恢复通航\ndate: 2021-05-28\n{front}---\n<p>{texts[0]}</p><p>{texts[1]}</p>{body}"
        parsed = parse_post(raw.encode(), "_posts/2021-05-28-x.md")
        assert isinstance(parsed, ParsedPost)
        assert parsed.url == (front[6:].strip() or None)
        assert [b.text for b in parsed.blocks] + parsed.credits == [
            *texts,
            line or "原文链接：https://mirror.example.org/a",
        ]


@pytest.mark.parametrize(
    ("written", "url"),
    [
        ("<https://news.example.com/2021/05/28/a.html>", "https://news.example.com/2021/05/28/a.html"),
        ("'[原文](https://news.example.com/2021/05/28/a.html)'", "https://news.example.com/2021/05/28/a.html"),
        ("news.example.com/2021/05/28/a.html", "https://news.example.com/2021/05/28/a.html"),
        ("新华社", None),
        ("3.5/5", None),
    ],
)
def test_a_front_matters_address_in_another_writing_is_read(written, url):
    # an address in angle brackets, as a Markdown link, or without its scheme was no url (the key fell back to the path)
    post = f'---\nlayout: post\ntitle: "t"\ndate: 2021-05-28T02:02:00.000Z\nfrom: {written}\n---\n<p>正文。</p>\n'
    assert parsed(post).url == url


@pytest.mark.parametrize(
    ("written", "tags"),
    [
        ("tags: 香港|房屋|劏房", ["香港", "房屋", "劏房"]),
        ("tags: 教育；乡村；留守儿童", ["教育", "乡村", "留守儿童"]),
        ("categories: 港聞 / 社會", ["港聞", "社會"]),
        ("tags: [香港｜房屋, 乡村]", ["香港", "房屋", "乡村"]),
        ("tags: [香港 房屋]", ["香港 房屋"]),
        ("tags: [🔥, C++, /]", ["🔥", "C++"]),
    ],
)
def test_tags_listed_with_other_separators_are_each_a_tag(written, tags):
    post = f'---\nlayout: post\ntitle: "t"\ndate: 2021-05-28T02:02:00.000Z\n{written}\n---\n<p>正文。</p>\n'
    assert [tag for tag, _ in parsed(post).tags] == tags
