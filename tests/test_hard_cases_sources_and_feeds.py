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
