"""Hard cases, session 49 (2026-12-07): a blog's Org-mode source kept by the feed bot, and the held-out round 90's
pages. Every page is of our own writing; each test of a fix failed before it, and the guards say what stays."""

from __future__ import annotations

from etl.posts import org
from tests.test_hard_cases_more import ZH
from tests.test_hard_cases_site_rows import text_post

ORG_POST = f"""#+TITLE: 山里的夜校
#+AUTHOR: 林青
#+OPTIONS: toc:nil num:nil
#+HUGO_BASE_DIR: ../

* 山里的夜校
:PROPERTIES:
:EXPORT_FILE_NAME: night-school
:CUSTOM_ID: h-1a2b3c
:END:

{ZH[0]}

** TODO 二、县里怎么说 :县城:经济:
SCHEDULED: <2024-05-01 三>

{ZH[1]}

#+BEGIN_QUOTE
{ZH[2]}
#+END_QUOTE

- 排名只看产值和税收
- 森林覆盖率超过百分之七十[fn:1]

| 年份 | 排名 |
|------+------|
| 2023 | 倒数第三 |
| 2024 | 倒数第五 |

更多见[[https://news.example.com/county][县志网]]。

#+BEGIN_SRC python
print("#+NOT_A_KEYWORD: 代码里的一行")
#+END_SRC

# 这是一行注释，导出时不出现

* 脚注
[fn:1] 数字来自县林业局二〇二三年的年报。

# Local Variables:
# org-export-with-toc: nil
# End:
"""


def test_a_blogs_org_mode_source_is_read_as_org_exports_it():
    # keywords, a property drawer, a planning line, comments and Emacs' local variables are settings no reader sees;
    # the headings lose their stars, task state and tags; the quote, list, table, link and footnote stay as text
    kept = text_post(ORG_POST)
    assert ZH[0] in kept and ZH[1] in kept and ZH[2] in kept, kept
    assert "二、县里怎么说" in kept, kept
    assert "森林覆盖率超过百分之七十[1]" in kept and "2024" in kept and "倒数第五" in kept, kept
    assert "更多见县志网。" in kept, kept
    assert any("数字来自县林业局" in t for t in kept), kept
    assert any('print("#+NOT_A_KEYWORD: 代码里的一行")' in t for t in kept), kept  # (a code block's line is code)
    text = "\n".join(kept)
    for setting in ("#+", "toc:nil", "EXPORT_FILE_NAME", ":END:", "SCHEDULED", "注释", "Local Variables", "**"):
        assert setting not in text.replace('print("#+NOT_A_KEYWORD', ""), (setting, kept)


def test_only_orgs_own_block_syntax_makes_a_body_org_source():
    assert org.is_org("#+TITLE: 夜校\n#+DATE: 2024-05-01\n\n正文")
    assert org.is_org("正文\n\n#+BEGIN_QUOTE\n引文\n#+END_QUOTE\n")
    assert org.is_org("* 标题\n:PROPERTIES:\n:ID: x\n:END:\n正文")
    # one keyword-like line, a block never closed, a Markdown list, a time written with colons: not Org
    assert not org.is_org("#+TITLE: 夜校\n\n正文")
    assert not org.is_org("#+BEGIN_QUOTE\n引文")
    assert not org.is_org("* 一\n* 二\n\n正文：10:30 开始")
    # a Markdown text about Org shows its syntax in a fence: it stays Markdown, its sample stays code
    sample = "写 Org 的人这样开头：\n\n```org\n#+TITLE: 标题\n#+DATE: 2024\n```\n\n" + ZH[0]
    kept = text_post(sample)
    assert ZH[0] in kept and any("#+TITLE: 标题" in t for t in kept), kept


def test_a_forum_topic_copied_as_markdown_keeps_its_first_post_and_loses_the_replies_under_its_buttons():
    # Discourse: the poster's head with the board's role and the edit's mark, the post's row of reactions and buttons,
    # replies under a name and a date (one quoting the post in BBCode), the suggested topics as a table
    page = (
        "# 夜校开课通知\n\n阿青_管理员 版主 2024年5月6日 · 已编辑\n\n"
        + "\n\n".join(ZH)
        + "\n\n❤️ 47　　🔗　　🔖　　⋯　　↩ 回复\n\n"
        "**lily_ride**　　5月6日\n\n这个太及时了，昨晚刚好问起 😂\n\n❤️ 3\n\n"
        "**老周**　　5月7日\n\n"
        '[quote="阿青_管理员, post:1, topic:3821"]\n森林覆盖率超过百分之七十\n[/quote]\n\n'
        "那一段晚上没有路灯，新手别去。\n\n❤️ 12\n\n"
        "### 推荐话题\n\n| 话题 | 回复 | 浏览 |\n|---|---|---|\n"
        "| 周末去哪骑？五月路线征集 | 56 | 3.2k |\n| 新手求推荐通勤车 | 41 | 2.7k |\n"
    )
    assert text_post(page) == ["夜校开课通知", *ZH]


def test_a_tables_titles_under_a_reading_label_stay_when_they_are_the_articles_books():
    # the guard: the author's own reading list closes the article as a table of books in 《》
    page = (
        "\n\n".join(ZH)
        + "\n\n### 推荐书目\n\n| 书名 | 作者 |\n|---|---|\n| 《山乡巨变》 | 周立波 |\n| 《平凡的世界》 | 路遥 |\n"
    )
    kept = text_post(page)
    assert "《山乡巨变》" in kept and "《平凡的世界》" in kept, kept


def test_a_reply_to_the_post_is_one_block_after_its_head_unless_it_opens_by_quoting_the_post():
    # the guard: a thread's reply head over the poster's own paragraphs at the top is no comments' box
    page = "\n\n".join(["热门", "最新", "匿名", "2025年2月16日 13:40", *ZH, "❤️ 3,106"])
    assert text_post(page)[-len(ZH) :] == ZH
