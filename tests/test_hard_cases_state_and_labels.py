"""Hard cases, session 37 (2026-12-06): an article kept only in a page's state or a hidden form field, plain text set
in indented paragraphs, and the labels a portal sets on its ads, paywalls and searches. Every page is of our own
writing; each test failed before the fix it names."""

from __future__ import annotations

import html
import json

from tests.test_hard_cases_edges_and_rows import markdown_post
from tests.test_hard_cases_more import TW, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs

SHELL = '<html><body><div id="app"><header><a href="/">南岸时报</a></header><div class="loading">{}</div></div>{}</body></html>'


def test_an_article_in_a_state_a_script_assigns_is_read():
    # 'window.__INITIAL_STATE__={…};' (Redux, Vuex): no JSON script, the object assigned to a global of the page
    state = {
        "user": {"isLogin": False},
        "article": {"title": "标题", "content": paragraphs(*ZH)},
        "relatedNews": [{"title": "燃气价格联动机制明年起实施"}, {"title": "老旧小区加装电梯再提速"}],
    }
    script = f"<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};(function(){{}}());</script>"
    assert blocks(SHELL.format("页面加载中……如长时间无响应，请刷新重试", script)) == ZH
    # a page whose script assigns no state, or whose state holds no article, keeps what it shows
    shown = SHELL.format(paragraphs(*ZH), "<script>window.__INITIAL_STATE__={};</script>")
    assert blocks(shown) == ZH


def test_a_states_list_of_typed_blocks_is_read_by_type():
    # each record's text under the key its type names it by: a picture's caption, never its address; a heading as a
    # heading; an ad's record is none of the article's
    records = [
        {"type": "paragraph", "text": TW[0]},
        {"type": "image", "src": "https://img.example.tw/museum/2023/night.jpg", "caption": "美術館中庭的夜間演出。"},
        {"type": "heading", "level": 2, "text": "門票不變"},
        {"type": "paragraph", "text": TW[1]},
        {"type": "quote", "text": TW[2]},
        {"type": "ad", "text": "【贊助】港灣銀行藝文卡 看展享優惠"},
        {"type": "paragraph", "text": TW[3]},
    ]
    state = {"props": {"pageProps": {"article": {"slug": "night", "blocks": records}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>'
    parsed = markdown_post(SHELL.format("", script))
    assert [(b.kind, b.text) for b in parsed.blocks] == [
        ("paragraph", TW[0]),
        ("caption", "美術館中庭的夜間演出。"),
        ("heading", "門票不變"),
        ("paragraph", TW[1]),
        ("quote", TW[2]),
        ("paragraph", TW[3]),
    ]


def test_an_article_only_in_a_hidden_text_area_is_read():
    # an editor's source of the article, its markup escaped in a hidden form field; the page shows a placeholder
    area = f'<textarea id="post-raw" style="display:none">{html.escape(paragraphs(*ZH))}</textarea>'
    assert blocks(SHELL.format("正文加载中…", area)) == ZH
    # a comment form's text area beside an article the page shows is no copy of it
    form = '<form><textarea name="comment" placeholder="说点什么吧"></textarea><button>发表</button></form>'
    assert blocks(f"<article>{paragraphs(*ZH)}</article>{form}") == ZH


def test_indented_paragraphs_between_blank_lines_are_apart():
    # plain text whose paragraphs open with the full-width indent, wrapped at a width, a blank line around a group
    wrapped = "\n".join(f"\u3000\u3000{t[:12]}\n{t[12:]}" for t in ZH)
    parsed = markdown_post(f"南岸时报 地方版\n\n{wrapped}\n\n\u3000\u3000（责任编辑：容菲）\n")
    assert [b.text for b in parsed.blocks][-len(ZH) :] == ZH
    # a group of lines with no indent stays one paragraph, as before
    assert [b.text for b in markdown_post(f"{ZH[0][:12]}\n{ZH[0][12:]}\n\n{ZH[1]}\n").blocks] == ZH[:2]


def test_a_paragraph_opening_with_an_ad_label_of_its_own_goes():
    # the label set apart in an element, then an offer (no full stop): a native ad among the paragraphs
    for label, offer in (
        ("推广", "春耕好帮手：新款家用微耕机直降八百元，点击领取限时优惠券 &gt;&gt;"),
        ("赞助", '秋冬囤货季：自热火锅整箱低至9.9元，宿舍必备，<a href="https://promo.example.cn/r">点此领券</a>'),
    ):
        ad = f'<p class="c-x9"><span class="c-t">{label}</span>{offer}</p>'
        assert blocks(f"<article>{paragraphs(*ZH[:2])}{ad}{paragraphs(*ZH[2:])}</article>") == ZH, label
    # a glossary's term in bold before its colon, and a sentence on advertising, are the article's
    term = "<p><b>广告</b>：为推销商品或服务而付费刊登的信息。</p>"
    said = "<p><span>推广</span>新品种的工作在三个乡镇同时展开，农技员挨家挨户上门讲解。</p>"
    kept = blocks(f"<article>{paragraphs(*ZH[:2])}{term}{said}{paragraphs(*ZH[2:])}</article>")
    assert "广告：为推销商品或服务而付费刊登的信息。" in kept
    assert "推广新品种的工作在三个乡镇同时展开，农技员挨家挨户上门讲解。" in kept


def test_a_portals_paywall_labels_and_meter_go():
    assert_each_goes(
        [
            "【會員限定】",
            "本文为您本月第 3 篇免费文章。免费额度用完后，需订阅后阅读全文。了解订阅方案 ›",
        ],
        article=TW,
    )
    # the paywall's note in brackets at the end of the last free paragraph, after the cut
    cut = "真正让他犹豫要不要继续干下去的，是另一件事：……"
    assert blocks(paragraphs(*ZH, f"{cut}【以下内容为会员专享，订阅后阅读全文】")) == [*ZH, cut]
    # prose on the meter stays
    assert_each_stays(["不少读者反映，本月第三篇免费文章读完之后，网站就要求订阅。"])


def test_a_sites_searches_and_back_issues_by_bare_title_go():
    assert_each_goes(
        [
            "大家都在搜：兰溪天气 兰溪二手房 兰溪中考 兰溪招聘",
            "往期推荐：<br>县城夜市十大必吃<br>端午的粽子，你站咸派还是甜派？",
        ]
    )
    assert_each_stays(["往期节目里，我们聊过县城的夜市，这一期继续说说它的早点摊。"])


def test_a_keyword_label_as_a_sections_heading_stays():
    # a year's review under its words ('关键词：返乡'): headings over prose, not a keyword group
    page = "".join(f"<h2>关键词：{word}</h2><p>{t}</p>" for word, t in zip(("返乡", "夜市", "书店"), ZH, strict=False))
    assert blocks(f"<article>{page}</article>") == [
        item for word, t in zip(("返乡", "夜市", "书店"), ZH, strict=False) for item in (f"关键词：{word}", t)
    ]
    # the keyword group after the article still goes
    assert blocks(f"<article>{paragraphs(*ZH)}<p>关键词：返乡 夜市 书店</p></article>") == ZH


def test_bylines_of_a_reporters_report_and_of_words_and_pictures_are_credits():
    for line in ("【南岸时报讯】记者祝晴川报道", "【記者鍾秀蘭報導】", "文/图 鲍星野", "圖／文 鮑星野"):
        parsed = markdown_post(paragraphs(line, *ZH))
        assert [b.text for b in parsed.blocks] == ZH, line
        assert parsed.credits == [line], line
    # a sentence about a reporter's report is the article's
    said = "记者祝晴川报道了这件事之后，区里很快做出了回应。"
    assert [b.text for b in markdown_post(paragraphs(*ZH, said)).blocks] == [*ZH, said]


def test_a_columns_disclaimer_and_a_plain_pointer_to_more_stories_go():
    assert_each_goes(["※本文為作者個人意見，不代表本網站立場。", "点击查看更多市井故事"])


def test_a_small_box_whose_ad_label_an_ad_class_names_goes_with_its_picture_and_copy():
    # '<div class="ad-label">广告</div>' goes by its class first: the box left with a linked picture and a line of copy
    # floated into the article's cell is still the ad
    ad = (
        '<div style="float:right"><div class="ad-label">广告</div><a href="https://ad.example.cn/c?id=7">'
        '<img src="/ad/k.jpg" alt="整体厨房"></a><p>整体厨房春季焕新，全城免费上门量尺</p></div>'
    )
    assert blocks(f'<div class="content"><table><tr><td>{ad}{paragraphs(*ZH)}</td></tr></table></div>') == ZH
    # a picture and its caption after an empty ad slot are the article's
    figure = '<div><div class="ad-slot"></div><img src="/p/1.jpg"><p>县城东门的米粉店。</p></div>'
    assert "县城东门的米粉店。" in blocks(
        f'<div class="content">{paragraphs(*ZH[:2])}{figure}{paragraphs(*ZH[2:])}</div>'
    )


def test_a_feed_item_with_no_content_element_is_read_from_its_description():
    # a raw RSS item (with its XML prolog): the article in <description>, the link, id, creator and dates around it
    item = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<item>\n<title>标题</title>\n'
        "<link>https://news.example.com/2022/06/07/a</link>\n"
        '<guid isPermaLink="false">news-220607-01</guid>\n<dc:creator>北岸週報環境組</dc:creator>\n'
        "<pubDate>Tue, 07 Jun 2022 09:30:00 +0800</pubDate>\n"
        f"<description><![CDATA[{paragraphs(*TW)}]]></description>\n"
        "<comments>https://news.example.com/2022/06/07/a#comments</comments>\n</item>\n"
    )
    assert blocks(item) == TW
    # an Atom entry: its content escaped, or its summary
    entry = (
        "<entry><title>标题</title><id>tag:news.example.com,2022:a</id><updated>2022-06-07T09:30:00+08:00</updated>"
        f'<content type="html">{html.escape(paragraphs(*ZH))}</content></entry>'
    )
    assert blocks(entry) == ZH
    assert blocks(entry.replace('content type="html"', "summary").replace("</content>", "</summary>")) == ZH


def test_a_word_exports_title_paragraph_is_the_posts_title():
    # a centred paragraph in bold that says the post's title, on a whole page with no <title>: the headline
    head = '<html><head><meta name="Generator" content="Microsoft Word 15"></head><body>'
    title = "<p class=MsoNormal align=center><b><span>测 试</span></b></p>"  # (the post's title is '测试')
    parsed = markdown_post(f"{head}{title}{paragraphs(*ZH)}</body></html>")
    assert [b.text for b in parsed.blocks] == ZH
    # the same line in plain type stays (a reply's title is its first line cut out of the text)
    plain = markdown_post(f"{head}<p>测试</p>{paragraphs(*ZH)}</body></html>")
    assert [b.text for b in plain.blocks] == ["测试", *ZH]


def test_a_watermark_the_style_sheet_sets_in_type_of_size_0_and_no_colour_is_not_read():
    style = "<style>.hide-wm{font-size:0;color:transparent}.row{font-size:0}</style>"
    mark = '<span class="hide-wm">本文来源茗山新闻网</span>'
    page = f"<html><head>{style}</head><body><article><p>{ZH[0]}{mark}{ZH[1]}</p>{paragraphs(*ZH[2:])}</article>"
    assert blocks(page + "</body></html>") == [ZH[0] + ZH[1], *ZH[2:]]
    # size 0 alone is a layout's trick (its boxes set their own size): their text stays
    row = f'<div class="row"><span class="cell">{ZH[0]}</span></div>'
    assert (
        blocks(f"<html><head>{style}</head><body><article>{row}{paragraphs(*ZH[1:])}</article></body></html>")[0]
        == ZH[0]
    )
