"""Front matter: splitting, safe YAML, line-by-line recovery of the generator's unquoted values."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import time

import pytest

from etl.posts.frontmatter import FrontMatterError, read_front_matter, recover_unquoted_values, split_front_matter
from etl.posts.parse import ParsedPost, Rejected, parse_post

BODY = "<p>渡轮码头今早恢复通航，首班船比平日晚了四十分钟。</p>\n"


def post(front: str, body: str = BODY) -> bytes:
    return f"---\n{front}\n---\n{body}".encode()


# --- splitting -------------------------------------------------------------------------------


def test_split_returns_block_and_body():
    block, body = split_front_matter("---\ntitle: 码头\nlayout: post\n---\n\n\n正文第一行\n---\n正文第二行\n")
    assert block == "title: 码头\nlayout: post"
    # leading blank lines go, a later '---' line belongs to the body
    assert body == "正文第一行\n---\n正文第二行\n"


def test_split_accepts_trailing_spaces_on_fences():
    block, body = split_front_matter("---  \ntitle: x\n--- \t\nbody")
    assert block == "title: x"
    assert body == "body"


def test_no_front_matter_is_an_error_naming_the_first_line():
    with pytest.raises(FrontMatterError, match="no front matter") as caught:
        split_front_matter("渡轮恢复通航\n第二行")
    assert "渡轮恢复通航" in str(caught.value)


def test_unclosed_front_matter_is_an_error():
    with pytest.raises(FrontMatterError, match="never closed"):
        split_front_matter("---\ntitle: x\nauthor: y\n正文没有结束线")


def test_front_matter_missing_its_closing_fence_ends_at_the_blank_line_before_the_text():
    # a later '---' (a Markdown rule in the body) is not the front matter's end: no line is lost
    text = "---\ntitle: 新规\ndate: 2021-03-05\n\n第一段。\n\n第二段。\n\n---\n\n第三段。\n"
    front = read_front_matter(text)
    assert front.fields == {"title": "新规", "date": dt.date(2021, 3, 5)} and front.unclosed
    assert front.body == "第一段。\n\n第二段。\n\n---\n\n第三段。\n"
    # no '---' at all after it: the post is read, not rejected, and says why
    result = parse_post(
        "---\ntitle: 新规\ndate: 2021-03-05\n\n正文。\n".encode(),
        "2021-03-05-x.md",
    )
    assert isinstance(result, ParsedPost) and result.title == "新规"
    assert [b.text for b in result.blocks] == ["正文。"]
    assert any("not closed" in p for p in result.problems)
    # a field after the blank line is still front matter (YAML allows blank lines)
    assert not read_front_matter("---\ntitle: 新规\n\ndate: 2021-03-05\n---\n正文").unclosed


def test_first_line_that_is_not_a_fence_is_an_error():
    with pytest.raises(FrontMatterError, match="not a front matter fence"):
        split_front_matter("--- title: x\n---\nbody")


def test_empty_front_matter_gives_no_fields():
    front = read_front_matter("---\n---\n正文")
    assert front.fields == {} and front.body == "正文" and front.recovered == []
    front = read_front_matter("---\n# only a comment\n---\n正文")
    assert front.fields == {} and front.body == "正文"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"no fence at all\n", "no front matter"),
        (b"---\ntitle: x\nnever closed\n", "never closed"),
    ],
)
def test_parse_post_rejects_split_errors_with_the_reason(raw: bytes, expected: str):
    result = parse_post(raw, "2021-05-28-x.md")
    assert isinstance(result, Rejected)
    assert expected in result.error


def test_bom_before_the_fence_is_ignored():
    raw = b"\xef\xbb\xbf" + post('title: "带签名的文件"\nlayout: post')
    result = parse_post(raw, "2021-05-28-bom.md")
    assert isinstance(result, ParsedPost)
    assert result.title == "带签名的文件"
    assert result.layout == "post"
    assert not result.title.startswith("\ufeff")


def test_crlf_line_endings_are_read():
    text = (
        '---\r\nlayout: post\r\ntitle: "换行符测试"\r\ntags: [ 甲, 乙 ]\r\n---\r\n第一段文字。\r\n\r\n第二段文字。\r\n'
    )
    result = parse_post(text.encode(), "2021-05-28-crlf.md")
    assert isinstance(result, ParsedPost)
    assert result.title == "换行符测试"
    assert result.tags == [("甲", "tag"), ("乙", "tag")]
    assert [b.text for b in result.blocks] == ["第一段文字。", "第二段文字。"]
    assert all("\r" not in b.text for b in result.blocks)


# --- non-mapping YAML ------------------------------------------------------------------------


@pytest.mark.parametrize(("front", "kind"), [("- 甲\n- 乙", "list"), ("只是一句话", "str"), ("42", "int")])
def test_front_matter_that_is_not_a_mapping_is_rejected(front: str, kind: str):
    with pytest.raises(FrontMatterError, match=f"YAML {kind}, not a mapping"):
        read_front_matter(f"---\n{front}\n---\nbody")
    result = parse_post(post(front), "2021-05-28-x.md")
    assert isinstance(result, Rejected)
    assert "not a mapping" in result.error


# --- recovery of unquoted values -------------------------------------------------------------


def test_unquoted_author_with_colon_is_recovered_whole():
    front = read_front_matter(
        "---\nlayout: post\ntitle: 渡轮恢复通航\nauthor: 海峡通讯社: 记者 林晓\ntags: [ 海峡通讯社 ]\n---\nbody"
    )
    assert front.fields["author"] == "海峡通讯社: 记者 林晓"
    assert front.fields["title"] == "渡轮恢复通航"
    assert front.fields["layout"] == "post"
    assert front.fields["tags"] == ["海峡通讯社"]
    assert front.recovered == ["author", "layout", "tags", "title"]
    assert front.body == "body"


def test_recovered_post_keeps_every_field_and_notes_the_recovery():
    raw = post(
        'layout: post\ntitle: "他说\\"明天见\\""\ndate: 2021-05-28 10:02:00 +08:00\n'
        "author: 海峡通讯社: 记者 林晓\nfrom: https://news.example.org/a/1\ntags: [ 海峡通讯社, 交通 ]"
    )
    result = parse_post(raw, "2021-05-28-ferry.md")
    assert isinstance(result, ParsedPost)
    assert result.author == "海峡通讯社: 记者 林晓"
    assert result.title == '他说"明天见"'
    assert result.url == "https://news.example.org/a/1"
    assert result.published_at_source == "front_matter"
    assert result.published_at.isoformat() == "2021-05-28T02:02:00+00:00"
    assert result.tags == [("海峡通讯社", "tag"), ("交通", "tag")]
    assert "front matter recovered line by line (invalid YAML)" in result.problems


def test_recovery_reads_block_lists_folded_lines_and_skips_comments():
    fields = recover_unquoted_values(
        "title: 第一行\n  续写的第二行\n# 注释: 不是字段\ntags:\n  - 甲\n  - 乙\ncategories:\n- 丙\nauthor: 社: 人\nempty:"
    )
    assert fields == {
        "title": "第一行 续写的第二行",
        "tags": ["甲", "乙"],
        "categories": ["丙"],
        "author": "社: 人",
        "empty": None,
    }


def test_a_key_written_with_a_full_width_colon_is_recovered():
    # a Chinese input method's '：' after a key: YAML rejects the block, the line is still a field
    front = read_front_matter("---\ntitle：渡轮恢复通航\nauthor： 林晓\ndate: 2021-05-28\n---\nbody")
    assert front.fields["title"] == "渡轮恢复通航"
    assert front.fields["author"] == "林晓"
    # a full-width colon inside a value is the value's
    assert recover_unquoted_values("title: 公告：渡轮停航") == {"title": "公告：渡轮停航"}


def test_front_matter_written_with_full_width_colons_only_is_recovered():
    # every key with '：': YAML reads the block as one plain string, without an error
    front = read_front_matter("---\ntitle：垃圾分類新規\ndate：2021-03-05\nauthor：王明\n---\n<p>正文</p>")
    assert front.fields == {"title": "垃圾分類新規", "date": "2021-03-05", "author": "王明"}
    assert front.recovered == ["author", "date", "title"]
    result = parse_post(post("title：垃圾分類新規\ndate：2021-03-05\nauthor：王明"), "2021-03-05-x.md")
    assert isinstance(result, ParsedPost) and result.title == "垃圾分類新規" and result.author == "王明"


def test_a_key_written_without_a_space_after_its_colon_is_recovered():
    # 'title:渡轮恢复通航': YAML reads such lines as one string (the post was rejected), or as the value of the
    # field above them (the post's title was 'x date:2021-03-05 author:王明')
    for front in (
        "title:渡轮恢复通航\ndate:2021-03-05\nauthor:王明",
        "title: 渡轮恢复通航\ndate:2021-03-05\nauthor:王明",
    ):
        result = parse_post(post(front), "2021-05-28-x.md")
        assert isinstance(result, ParsedPost), front
        assert (result.title, result.author, result.published_at.date()) == (
            "渡轮恢复通航",
            "王明",
            dt.date(2021, 3, 5),
        )
    # an address in a folded value stays the value's, not a field 'https'
    assert recover_unquoted_values("from: 见\nhttps://news.example.com/a: b") == {
        "from": "见 https://news.example.com/a: b"
    }


def test_a_list_never_closed_keeps_its_items_without_the_bracket():
    result = parse_post(post("title: 渡轮: 恢复通航\ntags: [交通, 民生"), "2021-05-28-x.md")
    assert isinstance(result, ParsedPost) and [tag for tag, _ in result.tags] == ["交通", "民生"]


def test_a_list_yaml_cannot_read_keeps_its_items():
    # '#' cannot open YAML's plain item, nor can an item be empty: the block was recovered with '[#交通' as a tag
    for tags in ("[#交通, #民生]", "[交通, , null, 民生]", "['交通', \"民生\"] x"):
        result = parse_post(post(f"title: 渡轮\ntags: {tags}"), "2021-05-28-x.md")
        assert isinstance(result, ParsedPost), tags
        if tags.endswith("]"):
            assert [tag for tag, _ in result.tags] == ["交通", "民生"], tags


def test_tags_as_mappings_with_full_width_commas_or_as_booleans_are_read_as_written():
    front = (
        "title: 渡轮\ntags:\n  - name: 交通\n    slug: jiaotong\n  - name: 民生\ncategories: [新闻，本地]\ntag: [true]"
    )
    result = parse_post(post(front), "2021-05-28-x.md")
    assert isinstance(result, ParsedPost)
    assert result.tags == [("交通", "tag"), ("民生", "tag"), ("新闻", "category"), ("本地", "category")]
    result = parse_post(post("title: 渡轮\ntag: [true, 2021]"), "2021-05-28-x.md")
    assert [tag for tag, _ in result.tags] == ["true", "2021"]  # Jekyll's 'tag', YAML's true as written


def test_front_matter_that_is_one_sentence_is_rejected():
    with pytest.raises(FrontMatterError, match="YAML str, not a mapping"):
        read_front_matter("---\n这不是字段，只是一句话\n---\nbody")


def test_front_matter_that_is_neither_yaml_nor_lines_is_rejected():
    with pytest.raises(FrontMatterError, match="neither valid YAML"):
        read_front_matter("---\n: : :\n  - [unclosed\n---\nbody")


# --- tags and categories ---------------------------------------------------------------------


def test_flow_list_tags_with_spaces():
    front = read_front_matter("---\ntags: [ 街坊论坛, 社区 ]\ncategories: [ 评论 ]\n---\n")
    assert front.fields["tags"] == ["街坊论坛", "社区"]
    assert front.fields["categories"] == ["评论"]


def test_plain_string_tags_and_categories_are_split_like_jekyll():
    result = parse_post(post("layout: post\ntitle: t\ntags: 街坊 社区,新闻、交通\ncategories: 评论"), "2021-05-28-x.md")
    assert isinstance(result, ParsedPost)
    assert result.tags == [
        ("街坊", "tag"),
        ("社区", "tag"),
        ("新闻", "tag"),
        ("交通", "tag"),
        ("评论", "category"),
    ]


def test_singular_category_and_duplicate_and_nested_terms():
    result = parse_post(post("title: t\ntags: [ 甲, 甲, [嵌套], 2021 ]\ncategory: 评论"), "2021-05-28-x.md")
    assert isinstance(result, ParsedPost)
    # a nested list is flattened, as Jekyll flattens it (Hexo writes nested categories so)
    assert result.tags == [("甲", "tag"), ("嵌套", "tag"), ("2021", "tag"), ("评论", "category")]


# --- hostile YAML ----------------------------------------------------------------------------

PYTHON_TAGS = [
    'title: !!python/object/apply:os.system ["echo hi"]',
    'tags: !!python/object/apply:os.system ["echo hi"]',
    'title: !!python/object/apply:subprocess.check_output [["echo", "hi"]]',
    "title: !!python/name:os.system",
    'title: !!python/object/new:os.system ["echo hi"]',
    'tags: [ !!python/object/apply:os.system ["echo hi"] ]',
    '!!python/object/apply:os.system ["echo hi"]: x',
]


@pytest.mark.parametrize("line", PYTHON_TAGS)
def test_python_yaml_tags_are_never_executed(line: str, monkeypatch: pytest.MonkeyPatch):
    calls: list[object] = []

    def record(*args: object, **kwargs: object) -> int:
        calls.append(args)
        raise AssertionError("a YAML tag ran a command")

    monkeypatch.setattr(os, "system", record)
    monkeypatch.setattr(subprocess, "check_output", record)
    monkeypatch.setattr(subprocess, "Popen", record)
    result = parse_post(post(f"layout: post\n{line}\ndate: 2021-05-28"), "2021-05-28-tag.md")
    assert calls == []
    # the post is not lost: it is read (the value kept as plain text) or rejected with a reason
    if isinstance(result, Rejected):
        assert result.error
    else:
        assert result.blocks[0].text == "渡轮码头今早恢复通航，首班船比平日晚了四十分钟。"
        assert isinstance(result.title, str)
        assert all(isinstance(tag, str) for tag, _ in result.tags)


def test_python_tag_title_is_kept_as_text():
    result = parse_post(post('layout: post\ntitle: !!python/object/apply:os.system ["echo hi"]'), "2021-05-28-x.md")
    assert isinstance(result, ParsedPost)
    assert result.title == '!!python/object/apply:os.system ["echo hi"]'
    assert "front matter recovered line by line (invalid YAML)" in result.problems


BILLION_LAUGHS = "\n".join(
    [
        'a: &a ["哈","哈","哈","哈","哈","哈","哈","哈","哈"]',
        *(f"{c}: &{c} [{','.join([f'*{p}'] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi", strict=True)),
        "title: 炸弹",
    ]
)


def test_alias_bomb_is_refused_quickly_without_expanding():
    start = time.perf_counter()
    front = read_front_matter(f"---\n{BILLION_LAUGHS}\n---\nbody")
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0
    # the aliases inside lists were not expanded: every value is the short text written in the file
    assert front.fields["title"] == "炸弹"
    assert all(item == "*h" for item in front.fields["i"])  # the list's items as written, none an alias expanded
    assert sum(len(str(v)) for v in front.fields.values()) < 2 * len(BILLION_LAUGHS)
    assert front.recovered  # YAML itself refused the block


def test_alias_bomb_post_is_read_or_rejected_fast():
    start = time.perf_counter()
    result = parse_post(post(f"layout: post\n{BILLION_LAUGHS}"), "2021-05-28-bomb.md")
    assert time.perf_counter() - start < 2.0
    assert isinstance(result, ParsedPost)
    assert result.title == "炸弹"


def test_alias_bomb_as_a_list_is_rejected():
    block = "\n".join(["- &a [哈, 哈, 哈]", "- &b [*a, *a, *a]", "- &c [*b, *b, *b]", "- [*c, *c, *c]"])
    start = time.perf_counter()
    result = parse_post(post(block), "2021-05-28-bomb.md")
    assert time.perf_counter() - start < 1.0
    assert isinstance(result, Rejected)
    assert "no field can be read" in result.error


def test_an_anchor_is_read_and_an_alias_of_a_flat_value_resolved():
    front = read_front_matter("---\nsource: &s https://news.example.org/x\nfrom: *s\n---\n")
    assert front.fields == {"source": "https://news.example.org/x", "from": "https://news.example.org/x"}
    assert front.recovered == ["from", "source"]
    listed = read_front_matter("---\nauthor: &who 林晓\ntags: &t [港口, 渡轮]\ncategories: *t\nby: *who\n---\n")
    assert listed.fields == {"author": "林晓", "tags": ["港口", "渡轮"], "categories": ["港口", "渡轮"], "by": "林晓"}
    unknown = read_front_matter("---\ntitle: 标题\nfrom: *nowhere\n---\n")
    assert unknown.fields["from"] == "*nowhere"  # an alias of nothing read is kept as written


def test_yaml_1_1_booleans_in_text_fields_stay_text():
    front = read_front_matter("---\ntitle: yes\nauthor: No\nsubtitle: off\ncomments: True\npublished: false\n---\n")
    assert front.fields == {"title": "yes", "author": "No", "subtitle": "off", "comments": True, "published": False}


def test_unescaped_quotes_inside_a_quoted_title_lose_only_the_outer_pair():
    front = read_front_matter('---\ntitle: "市长说"绝不加税"引发质疑"\nauthor: \'林\'晓\'\n---\n')
    assert front.fields["title"] == '市长说"绝不加税"引发质疑'
    assert front.fields["author"] == "林'晓"


def test_blank_lines_before_the_fence_and_yaml_document_end_are_read():
    front = read_front_matter('\n\n---\ntitle: "空行之后"\n...\n<p>正文</p>\n')
    assert front.fields == {"title": "空行之后"}
    assert front.body == "<p>正文</p>\n"


def test_yaml_1_1_base_60_and_octal_numbers_stay_text():
    # '3:0' (a score) was 180 and '0755' was 493 under YAML 1.1; YAML 1.2 reads neither as a number
    front = read_front_matter("---\ntitle: 3:0\nsubtitle: 1:30\ncode: 0755\nviews: 12\nratio: 1.5\n---\n")
    assert front.fields == {"title": "3:0", "subtitle": "1:30", "code": "0755", "views": 12, "ratio": 1.5}


def test_other_generators_people_and_terms():
    def post(front: str) -> ParsedPost:
        result = parse_post(f"---\ntitle: 桥\ndate: 2021-04-12\n{front}\n---\n<p>正文。</p>\n".encode(), "_posts/x.md")
        assert isinstance(result, ParsedPost), result
        return result

    assert post("author:\n  name: 林晓\n  url: https://example.cn/lx").author == "林晓"  # a mapping: its name
    assert post('authors: ["林晓", "陈文"]').author == "林晓, 陈文"  # Hugo's authors
    assert post("author:\n  - name: 林晓\n  - name: 陈文").author == "林晓, 陈文"
    # Hexo's nested categories: each one a category
    hexo = post("categories:\n- [游记, 华东]\n- 随笔\ntags:\n- 登山")
    assert hexo.tags == [("登山", "tag"), ("游记", "category"), ("华东", "category"), ("随笔", "category")]


def test_an_unquoted_title_opening_with_a_character_reference_is_no_yaml_anchor():
    result = parse_post(
        "---\ntitle: &#8220;双减&#8221; 一周年：课外班去哪儿了\ndate: 2022-07-24\n---\n<p>正文。</p>\n".encode(),
        "_posts/x.md",
    )
    assert isinstance(result, ParsedPost) and result.title == "“双减” 一周年：课外班去哪儿了"


# --- other generators' front matter ------------------------------------------------------------


def test_other_exporters_date_fields_and_a_mapping_of_tags_are_read():
    # no 'date:', but an exporter's own name for it; 'published: true' is Jekyll's yes, no date
    for field in ["published: 2022-03-03", "created: 2022-03-03 00:00", "publish_date: '2022-03-03'"]:
        post_ = parse_post(f"---\ntitle: 春雨\n{field}\n---\n{BODY}".encode(), "_posts/2022-01-01-x.md")
        assert isinstance(post_, ParsedPost) and post_.published_at == dt.datetime(2022, 3, 3, tzinfo=dt.UTC), field
        assert post_.problems == [], field
    yes = parse_post(f"---\ntitle: 春雨\npublished: true\n---\n{BODY}".encode(), "_posts/2022-01-01-x.md")
    assert isinstance(yes, ParsedPost) and yes.published_at == dt.datetime(2022, 1, 1, tzinfo=dt.UTC)
    assert yes.problems == []
    # a CMS's tags as a mapping of ids to names: the names ('{a:' was a tag)
    mapped = parse_post(
        f"---\ntitle: 春雨\ndate: 2022-03-03\ntags: {{12: 随笔, 13: 春天}}\n---\n{BODY}".encode(), "_posts/x.md"
    )
    assert isinstance(mapped, ParsedPost) and [tag for tag, _ in mapped.tags] == ["随笔", "春天"]


def test_a_post_keeping_its_text_in_the_front_matter_with_an_empty_body_is_read_from_there():
    for field, value in [
        ("content", '"<p>春雨落在屋檐上。</p><p>第二段。</p>"'),
        ("body", "|\n  春雨落在屋檐上。\n\n  第二段。"),
    ]:
        post_ = parse_post(f"---\ntitle: 春雨\ndate: 2022-03-03\n{field}: {value}\n---\n\n".encode(), "_posts/x.md")
        assert isinstance(post_, ParsedPost) and [b.text for b in post_.blocks] == ["春雨落在屋檐上。", "第二段。"]
        assert f"text read from the front matter's '{field}' (the body is empty)" in post_.problems
    # a feed item that stored only its summary: the summary is the post's text; a body, when there is one, wins
    summary = parse_post("---\ntitle: 春雨\ndate: 2022-03-03\nsummary: 春雨落在屋檐上。\n---\n".encode(), "_posts/x.md")
    assert isinstance(summary, ParsedPost) and [b.text for b in summary.blocks] == ["春雨落在屋檐上。"]
    both = parse_post(f"---\ntitle: 春雨\ndate: 2022-03-03\nsummary: 摘要\n---\n{BODY}".encode(), "_posts/x.md")
    assert isinstance(both, ParsedPost) and "摘要" not in [b.text for b in both.blocks]


def test_a_body_that_is_an_api_answer_in_json_is_read_from_its_text_field():
    # a feed bot that saved its source's JSON object as the body: the text is its 'content' (or 'data': {'body'})
    record = '{"id": 88123, "title": "春雨", "content": "<p>春雨落在屋檐上。</p><p>第二段。</p>", "comments": 12}'
    nested = '{"code": 0, "data": {"id": 7, "body": "春雨落在屋檐上。\\n\\n第二段。"}}'
    for body, field in [(record, "content"), (nested, "body")]:
        post_ = parse_post(f"---\ntitle: 春雨\ndate: 2022-03-03\n---\n{body}\n".encode(), "_posts/x.md")
        assert isinstance(post_, ParsedPost) and [b.text for b in post_.blocks] == ["春雨落在屋檐上。", "第二段。"]
        assert f"the body is a JSON object: text read from its '{field}'" in post_.problems
    # prose in braces is read as written
    post_ = parse_post("---\ntitle: 春雨\ndate: 2022-03-03\n---\n{春雨落在屋檐上。}\n".encode(), "_posts/x.md")
    assert isinstance(post_, ParsedPost) and [b.text for b in post_.blocks] == ["{春雨落在屋檐上。}"]


def test_hugo_toml_and_json_front_matter_are_read():
    # a post exported from Hugo: TOML between '+++' lines, or a JSON object first, with Hugo's key names
    toml = (
        '+++\ntitle = "春雨"\npublishDate = 2022-03-03T08:30:00+08:00\nauthor = "柳溪"\n'
        'tags = ["随笔", "春天"]\ncanonicalURL = "https://blog.example.net/spring-rain/"\n+++\n\n' + BODY
    )
    post_ = parse_post(toml.encode(), "_posts/2022-03-03-spring-rain.md")
    assert isinstance(post_, ParsedPost)
    assert (post_.title, post_.author, post_.url) == ("春雨", "柳溪", "https://blog.example.net/spring-rain/")
    assert post_.published_at == dt.datetime(2022, 3, 3, 0, 30, tzinfo=dt.UTC)
    assert [tag for tag, _ in post_.tags] == ["随笔", "春天"]
    json_post = '{\n  "title": "小暑",\n  "date": "2020-07-07T09:00:00+08:00",\n  "tags": ["节气"]\n}\n\n' + BODY
    post_ = parse_post(json_post.encode(), "_posts/2020-07-07-xiaoshu.md")
    assert isinstance(post_, ParsedPost) and post_.title == "小暑" and post_.body_format == "html"
    assert post_.published_at == dt.datetime(2020, 7, 7, 1, 0, tzinfo=dt.UTC)
    broken = parse_post(b'+++\ntitle = "no closing quote\n+++\n' + BODY.encode(), "_posts/2022-03-03-x.md")
    assert isinstance(broken, Rejected) and "TOML" in broken.error


def test_a_hashtag_in_an_unquoted_title_is_the_titles_not_a_comment():
    front = read_front_matter("---\ntitle: 我们的 #MeToo 时刻\nauthor: #编辑部\nlayout: post # the site's\n---\n正文")
    assert front.fields["title"] == "我们的 #MeToo 时刻"
    assert front.fields["author"] == "#编辑部"
    assert front.fields["layout"] == "post"  # a setting's comment is YAML's
    assert front.uncommented == ["title", "author"]
    # quoted, or with no space before the '#', YAML has it right already
    front = read_front_matter('---\ntitle: "引号里的 # 号"\nsubtitle: C# 入门\n---\n正文')
    assert front.fields == {"title": "引号里的 # 号", "subtitle": "C# 入门"} and front.uncommented == []


def test_a_closing_fence_glued_to_the_first_words_of_the_body_still_closes_the_front_matter():
    # the line break after the closing '---' lost: it was rejected as never closed, the post's text with it
    raw = f"---\ntitle: 春雨\ndate: 2022-03-03\n---{BODY}".encode()
    post_ = parse_post(raw, "_posts/2022-03-03-x.md")
    assert isinstance(post_, ParsedPost) and post_.title == "春雨"
    assert post_.published_at == dt.datetime(2022, 3, 3, tzinfo=dt.UTC) and post_.blocks
    assert any("not closed by a '---' line" in p for p in post_.problems)
    # a title given as YAML's binary is its text, not b'…'
    binary = parse_post(f"---\ntitle: !!binary 5pil6Zuo\ndate: 2022-03-03\n---\n{BODY}".encode(), "_posts/x.md")
    assert isinstance(binary, ParsedPost) and binary.title == "春雨"


def test_a_key_indented_by_a_tab_under_a_line_with_its_value_is_a_key_of_its_own():
    # YAML would read '\tauthor: …' as the date's continued line ('… +0800 author: 许宜蓁'), losing the author and
    # the date; under a key with no value on its line, an indented key is a nested mapping's and stays so
    front = read_front_matter(
        '---\ntitle: "老街"\ndate: 2021-05-28 10:00:00 +0800\n\tauthor: 许宜蓁\ntags: [社区]\n---\n正文'
    )
    assert front.fields["author"] == "许宜蓁"
    assert str(front.fields["date"]).startswith("2021-05-28 10:00:00")
    nested = read_front_matter("---\ntitle: 老街\nimage:\n  path: /a.jpg\n---\n正文")
    assert nested.fields["image"] == {"path": "/a.jpg"}


def test_a_file_appended_to_itself_is_read_once():
    one = '---\ntitle: "老街"\ndate: 2021-05-28 10:00:00 +0800\n---\n<p>老街的照相馆开了四十年。</p>\n<p>店主说他不打算关门。</p>\n'
    front = read_front_matter(one + one)
    assert front.doubled and front.body.count("照相馆") == 1
    parsed = parse_post((one + one).encode(), "_posts/2021-05-28-a.md")
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == ["老街的照相馆开了四十年。", "店主说他不打算关门。"]
    assert any("written twice" in problem for problem in parsed.problems)
    # the same fields again before other text are not a copy of the file (a later version appended stays)
    other = one + one.replace("不打算关门", "下个月关门")
    assert not read_front_matter(other).doubled
