"""Hard cases, round 23 (2026-12-05): damage a crawler, a converter or a bot does to whole pages. Every page is of our
own writing; each test failed before the fix it names."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json

from etl.posts.parse import ParsedPost, parse_post
from tests.test_hard_cases_more import TW, ZH, blocks, paragraphs, post

NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
MENU = "".join(f'<a href="/c/{i}">栏目{i}</a> ' for i in range(12))
HOT = "".join(f'<li><a href="/hot/{i}">热门文章第{i}篇的标题在这里</a></li>' for i in range(8))


def page(article: list[str]) -> str:
    return (
        f"<html><body><div class='top'>{MENU}</div><div class='wrap'><div class='main'><h1>标题</h1>"
        f"{paragraphs(*article)}</div><div class='side'><h3>热门文章</h3><ul>{HOT}</ul></div></div>"
        "<div class='foot'>© 2021 城东日报 版权所有</div></body></html>"
    )


def parsed(raw: bytes, name: str = "_posts/2021-05-28-a.html") -> ParsedPost:
    result = parse_post(raw, name, now=NOW)
    assert isinstance(result, ParsedPost), result
    return result


def test_a_page_on_one_line_with_one_paragraph_in_gbk_is_read_and_noted():
    front = post("").decode()
    html = page(ZH)
    i = html.index(ZH[1])
    raw = front.encode() + html[:i].encode() + ZH[1].encode("gbk") + html[i + len(ZH[1]) :].encode()
    result = parsed(raw)
    assert [b.text for b in result.blocks] == ZH
    assert any("GB" in problem for problem in result.problems)


def test_a_page_stored_as_a_json_string_with_its_chinese_as_written_is_read():
    body = json.dumps(page(TW), ensure_ascii=False)[1:-1]  # '<\/p>' is how JSON writers escape end tags
    body = body.replace("</", "<\\/")
    assert blocks(body) == TW


def test_an_escaped_page_inside_a_wrapper_of_real_tags_is_read_as_html():
    escaped = html_lib.escape(page(ZH), quote=False)
    for body in (escaped, f"<div>\n{escaped}\n</div>", f"<div>{html_lib.escape(escaped, quote=False)}</div>"):
        assert blocks(body) == ZH
    # an article that shows a tag or two in its text is not read as markup (three paragraphs stay three)
    code = f"<div>{paragraphs(*ZH[:2])}<p>段落写作 &lt;p&gt;…&lt;/p&gt;，标题写作 &lt;h2&gt;。</p></div>"
    kept = blocks(code)
    assert len(kept) == 3 and kept[:2] == ZH[:2]


def test_windows_1252_quotes_read_as_control_codes_and_a_terminals_colour_codes_are_repaired():
    text = f"他说\x93机器做的豆腐没有石磨的香\x94。{ZH[0]}"
    result = parsed(post(f"<div><p>{text}</p><p>{ZH[1]}\x1b[0m</p></div>"), "_posts/2021-05-28-a.md")
    assert [b.text for b in result.blocks] == [f"他说“机器做的豆腐没有石磨的香”。{ZH[0]}", ZH[1]]
    assert any("Windows-1252" in problem for problem in result.problems)


def test_paragraphs_a_stray_end_tag_closed_out_of_the_article_box_stay():
    def portal(content: str) -> str:
        related = "".join(f"<li><a href='/r/{i}.html'>相关文章第{i}篇的标题</a></li>" for i in range(5))
        return (
            f"<html><body><div class='top'>{MENU}</div><div class='wrap'><div class='left'>"
            "<div class='article'><h1>标题</h1><div class='info'>2021-05-28 10:00 来源：城东日报</div>"
            f"<div class='content'>{content}</div><div class='share'>分享到：<a href='#'>微信</a></div>"
            f"<div class='related'><h3>相关阅读</h3><ul>{related}</ul></div></div></div>"
            f"<div class='right'><h3>热门文章</h3><ul>{HOT}</ul></div></div></body></html>"
        )

    for stray in ("</div></div>", "</div></div></div>"):
        html = portal(paragraphs(*ZH[:2]) + stray + paragraphs(*ZH[2:]))
        kept = blocks(html)
        assert kept[-len(ZH) :] == ZH, stray
    # a bare line of the page after the article's box is not drawn in
    html = portal(paragraphs(*ZH)).replace(
        "<div class='right'>", "<p>网友评论 <a href='/c'>查看全部</a></p><div class='right'>"
    )
    assert blocks(html)[-len(ZH) :] == ZH


def test_a_file_cut_inside_a_character_reference_drops_it_and_says_so():
    result = parsed(post(f"<div><p>{ZH[0]}</p><p>市府文化局表示，會協&#2001"), "_posts/2021-05-28-a.md")
    assert [b.text for b in result.blocks] == [ZH[0], "市府文化局表示，會協"]
    assert any("character reference" in problem for problem in result.problems)


def test_unicode_line_and_paragraph_separators_break_lines_and_paragraphs():
    text = f"{ZH[0]}\u2029{ZH[1][:10]}\u2028{ZH[1][10:]}\u2029{ZH[2]}"
    result = parsed(post(text), "_posts/2021-05-28-a.md")
    assert [b.text for b in result.blocks] == [ZH[0], ZH[1], ZH[2]]


def test_a_whole_page_converted_to_markdown_loses_its_menu_breadcrumb_and_comments_label():
    menu = "\n".join(f"* [栏目{i}](/c/{i})" for i in range(1, 11))
    row = " | ".join(f"[{w}](/c/{w})" for w in ("即時", "政治", "社會", "地方", "國際"))
    body = f"{menu}\n\n{row}\n\n首页 > 城市 > 正文\n\n# 标题\n\n" + "\n\n".join(ZH) + "\n\n## 網友留言\n"
    assert blocks(body) == ["标题", *ZH]  # (the post's title is "测试": this heading is a section's)
    # the article's own list of links before its first paragraph, with longer titles, stays
    sources = "\n".join(
        f"* [{t}](https://s{i}.example.org/)"
        for i, t in enumerate(("县统计年鉴2020", "省交通厅公告第12号", "村民访谈记录"))
    )
    assert blocks(f"{sources}\n\n" + "\n\n".join(ZH))[:3] == ["县统计年鉴2020", "省交通厅公告第12号", "村民访谈记录"]


def test_a_tag_cut_off_at_the_end_of_a_text_body_is_no_text():
    from etl.posts.body import body_to_blocks

    for text, kept in (("<p", []), ("他说<p", ["他说"]), ("x <div", ["x"])):
        assert [b.text for b in body_to_blocks(text, False).blocks] == kept, text
