"""Hard cases, session 26 (2026-12-05): pages built as web apps (custom elements, shadow roots, a client-rendered
page's state) and Markdown as bots write it. Every page is of our own writing; each test failed before the fix it
names."""

from __future__ import annotations

import json

from tests.test_hard_cases_damaged_pages import parsed
from tests.test_hard_cases_more import TW, ZH, blocks, paragraphs, post

NAV = "".join(f'<a href="/c/{i}">栏目{i}</a> ' for i in range(10))
FOOT = "<p>© 2021 城东日报 版权所有</p>"


def test_custom_elements_in_a_layout_of_blocks_are_blocks_and_their_names_are_read():
    # a browser shows an unknown element inline until the site's style sheet makes it a block: paragraphs written
    # as '<news-paragraph>' ran into one, with the menu and the sidebar glued on
    quote, subhead = "“深夜的乘客大多很安静。”司机陈师傅说。", "议员建议延伸线路"
    page = (
        f"<html><body><site-nav>{NAV}</site-nav><news-article><news-title>夜间公交</news-title>"
        + "".join(f"<news-paragraph>{t}</news-paragraph>" for t in ZH[:3])
        + f"<news-quote>{quote}</news-quote><news-subhead>{subhead}</news-subhead>"
        + f"<news-paragraph>{ZH[3]}</news-paragraph></news-article>"
        + "<app-comments><h4>留言</h4><x-comment><b>阿德</b><p>我家住十二楼，昨天晚上水压真的很小。</p></x-comment>"
        + "<x-comment><b>小芬</b><p>希望政府赶快想办法，不要每年夏天都这样。</p></x-comment></app-comments>"
        + f"<site-footer>{FOOT}</site-footer></body></html>"
    )
    kept = [b.text for b in parsed(post(page)).blocks]
    assert [t for t in kept if t != "夜间公交"] == [*ZH[:3], quote, subhead, ZH[3]]
    # a custom element inside a sentence stays inline, and amp's own are read by name as before
    inline = f"<div><p>据<source-link>县交通局</source-link>统计，{ZH[0]}</p>{paragraphs(*ZH[1:])}</div>"
    assert blocks(inline)[0] == f"据县交通局统计，{ZH[0]}"


def test_a_declarative_shadow_root_is_shown_in_place_and_only_its_own():
    # '<template shadowrootmode>' is shown where its host is; every <template> had been read as one hidden copy,
    # the related box's shadow root with the article's
    related = "".join(f'<a href="/r/{i}">相关报道第{i}篇的标题</a>' for i in range(4))
    page = (
        f"<html><body><nav>{NAV}</nav><h1>标题</h1>"
        f'<x-article-body><template shadowrootmode="open"><style>p{{margin:1em 0}}</style>{paragraphs(*ZH)}'
        f'</template></x-article-body><x-related><template shadowrootmode="open"><h4>相关</h4>{related}</template>'
        f"</x-related><footer>{FOOT}</footer></body></html>"
    )
    assert [b.text for b in parsed(post(page)).blocks] == ZH


def test_a_client_rendered_pages_state_is_its_copy_of_the_article():
    # a Next.js page shows its lead and '加载中…'; the whole text is in __NEXT_DATA__
    state = {"props": {"pageProps": {"post": {"title": "标题", "body": "\n\n".join(TW)}}}, "page": "/a/[slug]"}
    page = (
        f'<html><body><div id="__next"><div>{NAV}</div><div><h1>标题</h1><p>{TW[0]}</p><div>加载中…</div></div></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>'
        "</body></html>"
    )
    result = parsed(post(page))
    assert [b.text for b in result.blocks] == TW
    assert result.removed.get("read_app_state_copy") == 1
    # the article as a list of blocks in the state, and a page whose state holds other pages' text: not read
    blocks_state = {"article": {"blocks": [{"type": "p", "text": t} for t in ZH]}}
    page = page.replace(json.dumps(state, ensure_ascii=False), json.dumps(blocks_state, ensure_ascii=False))
    assert [b.text for b in parsed(post(page.replace(TW[0], ZH[0]))).blocks] == ZH
    assert [b.text for b in parsed(post(page)).blocks] == [TW[0]]


def md_blocks(body: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parsed(post(body), "_posts/2021-05-28-a.md").blocks]


def test_a_bots_one_line_paragraphs_are_paragraphs_where_wrapped_lines_and_poems_stay_joined():
    # each line a whole sentence of 15 characters or more, no blank line between: Markdown would make one paragraph
    assert [t for _, t in md_blocks("## 小标题\n" + "\n".join(ZH))] == ["小标题", *ZH]
    assert [t for _, t in md_blocks(f"**{TW[0][:4]}**{TW[0][4:]}\n" + "\n".join(TW[1:]))] == TW
    # after a list's item they are paragraphs after the list, not the item's continuation
    kinds = md_blocks("- 时间：5月28日上午\n- 地点：镇中心小学操场\n" + "\n".join(ZH[:2]))
    assert kinds == [("list_item", "时间：5月28日上午"), ("list_item", "地点：镇中心小学操场")] + [
        ("paragraph", t) for t in ZH[:2]
    ]
    # a paragraph wrapped at a width (lines end mid-sentence) and a poem's lines stay one paragraph each
    wrapped = f"{ZH[0][:20]}\n{ZH[0][20:]}\n\n{ZH[1]}"
    assert [t for _, t in md_blocks(wrapped)] == [ZH[0], ZH[1]]
    poem = "海是一样的海\n只是我们都提早醒了\n\n" + ZH[2]
    assert len(md_blocks(poem)) == 2


def test_a_converters_escapes_make_a_body_markdown_and_are_read_away():
    # turndown escapes a number opening a line, '_', '<', '|', and writes a line break as a backslash; with no other
    # Markdown the body was read as plain text and kept every backslash
    body = (
        r"1\. 这间书店开了五十年。"
        + "\n\n"
        + r"2\. 房东把租金调高了四成\_老板娘说撑不下去。"
        + "\n\n"
        + r"强度 \< C20，限重 5 吨\|限速 10 公里。"
    )
    assert [t for _, t in md_blocks(body)] == [
        "1. 这间书店开了五十年。",
        "2. 房东把租金调高了四成_老板娘说撑不下去。",
        "强度 < C20，限重 5 吨|限速 10 公里。",
    ]
    assert [t for _, t in md_blocks(f"{ZH[0]}\\\n{ZH[1]}\n\n{ZH[2]}")] == [f"{ZH[0]} {ZH[1]}", ZH[2]]
    # one '\_' in a plain text (a file's name) does not make it Markdown: its lines stay paragraphs
    plain = f"{ZH[0]}\n见附件 report\\_2021.pdf\n{ZH[1]}"
    assert [t for _, t in md_blocks(plain)] == [ZH[0], "见附件 report\\_2021.pdf", ZH[1]]


def test_emphasis_around_chinese_is_read_where_commonmark_leaves_its_marks():
    body = f"**“重要”**的是{ZH[0]}\n\n__馆里的__{ZH[1]}\n\n_管理员_{ZH[2]}\n\n在***等城市，{ZH[3]}"
    assert [t for _, t in md_blocks(body)] == [
        f"“重要”的是{ZH[0]}",
        f"馆里的{ZH[1]}",
        f"管理员{ZH[2]}",
        f"在***等城市，{ZH[3]}",
    ]
    # escaped marks are the text's own
    assert [t for _, t in md_blocks(f"结论为\\*危桥\\*，{ZH[0]}\n\n__{ZH[1]}__")] == [f"结论为*危桥*，{ZH[0]}", ZH[1]]
    # in an HTML block's neighbourhood too: a body of Markdown with a centred <div> is still Markdown
    body = f'<div align="center">\n\n**城西菜市场延长营业**\n\n</div>\n\n{ZH[0]}\n\n{ZH[1]}\n'
    assert [t for _, t in md_blocks(body)] == ["城西菜市场延长营业", ZH[0], ZH[1]]


def test_a_caption_under_a_markdown_picture_is_its_caption():
    body = f"![老孙](https://img.example.cn/a.jpg)\n*老孙每天凌晨两点开始磨豆子。摄影：李文*\n\n{ZH[0]}\n\n"
    body += f"![](https://img.example.cn/b.jpg)\n<center>新换的电子秤</center>\n\n{ZH[1]}\n\n"
    body += f"![](https://img.example.cn/c.jpg)\n\n图：傍晚的菜市场\n\n{ZH[2]}\n\n![](https://img.example.cn/d.jpg)\n傍晚的菜市场\n\n"
    body += f"![](https://img.example.cn/e.jpg)\n\n{ZH[3]}"
    assert md_blocks(body) == [
        ("caption", "老孙每天凌晨两点开始磨豆子。摄影：李文"),
        ("paragraph", ZH[0]),
        ("caption", "新换的电子秤"),
        ("paragraph", ZH[1]),
        ("caption", "图：傍晚的菜市场"),
        ("paragraph", ZH[2]),
        ("caption", "傍晚的菜市场"),
        ("paragraph", ZH[3]),  # a paragraph after a picture is no caption
    ]
    assert [i.caption for i in parsed(post(body), "_posts/2021-05-28-a.md").images][:2] == [
        "老孙每天凌晨两点开始磨豆子。摄影：李文",
        "新换的电子秤",
    ]
