"""Markdown's extensions as GitHub, Obsidian and kramdown render them: a task list's boxes, a callout's title, an
embedded picture or note, a table of contents' marker. Their syntax is markup, never the article's text. Every page
is of our own writing; each test failed before the fix it names."""

from __future__ import annotations

from etl.posts.parse import ParsedPost
from tests.test_hard_cases_edges_and_rows import markdown_post as post_of
from tests.test_hard_cases_more import TW, ZH


def markdown_post(body: str) -> ParsedPost:
    return post_of(body, "author: 方晓禾")


def kinds_and_texts(post: ParsedPost) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in post.blocks]


def test_a_task_lists_items_keep_their_words_without_the_box():
    page = f"{ZH[0]}\n\n- [x] 买好回老家的车票\n- [ ] 订酒店\n- [X] 給爸媽帶茶葉\n\n{ZH[1]}\n"
    assert kinds_and_texts(markdown_post(page)) == [
        ("paragraph", ZH[0]),
        ("list_item", "买好回老家的车票"),
        ("list_item", "订酒店"),
        ("list_item", "給爸媽帶茶葉"),
        ("paragraph", ZH[1]),
    ]
    # a bracket the author wrote at an item's start is no box ('[注]' is a note mark)
    assert [b.text for b in markdown_post(f"{ZH[0]}\n\n- [注] 数字为估算\n- 其余来自县志\n").blocks] == [
        ZH[0],
        "[注] 数字为估算",
        "其余来自县志",
    ]


def test_a_callouts_title_and_its_text_are_blocks_of_their_own_without_its_marker():
    page = (
        f"{ZH[0]}\n\n> [!note] 我的理解\n> 直觉不是魔法，是压缩过的经验。\n\n"
        f"> [!TIP]\n> 先估算数据量，再乘以三。\n\n> [!warning]- 折叠的提醒\n> {TW[0]}\n\n{ZH[1]}\n"
    )
    assert [b.text for b in markdown_post(page).blocks] == [
        ZH[0],
        "我的理解",
        "直觉不是魔法，是压缩过的经验。",
        "先估算数据量，再乘以三。",
        "折叠的提醒",
        TW[0],
        ZH[1],
    ]
    # a quote opening with the author's own '[!]' is quoted as written
    said = "[!] 这句话原文如此"
    assert [b.text for b in markdown_post(f"{ZH[0]}\n\n> {said}\n\n{ZH[1]}\n").blocks] == [ZH[0], said, ZH[1]]


def test_an_embedded_picture_is_an_image_and_an_embedded_note_is_not_text():
    page = (
        f"{ZH[0]}\n\n![[消防队长 对比.png]]\n\n{ZH[1]}\n\n![[决策日志]]\n\n"
        f"{ZH[2]}\n\n![[chart.jpg|300]] ![[读书笔记#第二章]]\n\n{ZH[3]}\n"
    )
    post = markdown_post(page)
    assert [b.text for b in post.blocks] == ZH
    assert [image.src for image in post.images] == ["消防队长 对比.png", "chart.jpg"]
    # in code it is the code's text
    code = markdown_post(f"{ZH[0]}\n\n    ![[图.png]]\n\n{ZH[1]}\n")
    assert [b.text for b in code.blocks] == [ZH[0], "![[图.png]]", ZH[1]]


def test_a_table_of_contents_marker_alone_on_its_line_is_not_text():
    for marker in ["[TOC]", "[[TOC]]", "[toc]", "[[_TOC_]]", "{:toc}"]:
        post = markdown_post(f"{marker}\n\n## 一、缘起\n\n{ZH[0]}\n\n## 二、经过\n\n{ZH[1]}\n")
        assert [b.text for b in post.blocks] == ["一、缘起", ZH[0], "二、经过", ZH[1]], marker
    # in a sentence it is the sentence's
    said = "在编辑器里输入 [TOC] 就能生成目录。"
    assert [b.text for b in markdown_post(f"{ZH[0]}\n\n{said}\n").blocks] == [ZH[0], said]
