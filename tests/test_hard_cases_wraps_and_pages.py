"""Hard cases, session 39 (2026-12-06): text that reached the archive wrapped at a column, e-paper and notice pages,
pages holding more than the post's article. Every page is of our own writing; each test failed before the fix it
names."""

from __future__ import annotations

from tests.test_hard_cases_edges_and_rows import markdown_post
from tests.test_hard_cases_genres_and_machinery import assert_each_is_a_credit
from tests.test_hard_cases_more import TW, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs


def wrapped(text: str, width: int, indent: str = "") -> str:
    """``text`` cut every ``width`` characters with a <br>, as a page pasted from print sets it."""
    text = indent + text
    return "<br>\n".join(text[i : i + width] for i in range(0, len(text), width))


def test_lines_wrapped_at_a_column_join_without_a_space_between_chinese_characters():
    # each paragraph pasted from a fixed-width source: a <br> at every 24th character, mid-word
    for article in (ZH, TW):
        page = "".join(f"<p>{wrapped(text, 24)}</p>" for text in article)
        assert blocks(page) == article
    # an old portal's paragraphs: a full-width indent, then the column; and a feed's <br><br> between paragraphs
    page = "<br><br>".join(wrapped(text, 20, "\u3000\u3000") for text in ZH)
    assert blocks(f"<div>{page}</div>") == ZH


def test_a_two_line_paragraph_takes_the_column_of_the_page_and_a_line_opening_with_a_comma_goes_on():
    page = f"<p>{wrapped(ZH[0], 22)}</p><p>{ZH[1][:22]}<br>{ZH[1][22:]}</p>"
    assert blocks(page) == ZH[:2]
    # no column anywhere: a comma never opens a Chinese line, so the sentence goes on
    cut = ZH[2].index("，")
    assert blocks(f"<p>{ZH[2][:cut]}<br>{ZH[2][cut:]}</p>") == [ZH[2]]


def test_lines_that_only_happen_to_be_alike_stay_lines():
    # (the guard on the rule above, passing before it too) a poem's lines of one length, a list's items after a
    # clause's end, fields, a directory's entries
    poem = ["我把一盏灯留在窗口等你回来，", "夜里的风吹过空空的晒谷场，", "你说远方的城市没有星星，"]
    assert blocks(f"<p>{'<br>'.join(poem)}</p>") == [" ".join(poem)]
    items = [
        "一、自下月起，全市二十三座公园的开放时间延长至晚上十点；",
        "二、各公园管理单位要加强夜间照明、安全巡查和保洁工作；",
        "三、晚上九点半以后，公园内不得使用扩音设备进行活动。",
    ]
    assert blocks(f"<p>{'<br>'.join(items)}</p>") == [" ".join(items)]
    fields = ["累计交通费用：2760 元（460 + 2300）", "累计住宿费用：16600 元（3600 + 13000）", "累计餐饮费用：3680 元"]
    assert blocks(f"<p>{ZH[0]}</p><p>{'<br>'.join(fields)}</p>") == [ZH[0], " ".join(fields)]
    entry = ["▍小川", "城市、交通、读书笔记", "／地铁站名背后的旧地名", "「每一个站名都是一段被折叠的城市史。」"]
    assert blocks(f"<p>{ZH[0]}</p><p>{'<br>'.join(entry)}</p>") == [ZH[0], " ".join(entry)]


def test_a_feeds_cdata_wrapper_left_inside_a_pages_box_is_read_through():
    # HTML reads '<![CDATA[' as a comment up to the first '>': the first paragraph would be lost, ']]>' kept
    page = f'<div class="c-bd"><![CDATA[{ZH[0]}</p><p>{ZH[1]}</p><p>{ZH[2]}]]></div>'
    assert blocks(page) == ZH[:3]
    # a script's own wrapper is the script's
    assert blocks(f"{'<p>' + ZH[0] + '</p>'}<script>//<![CDATA[\nvar a = 1;\n//]]></script>") == ZH[:1]


def test_a_programs_text_left_beside_the_article_goes():
    style = (
        ".art-con p{text-indent:2em;margin:0 0 1em;line-height:1.9}.art-con img{display:block;max-width:100%}"
        "@media (max-width:768px){.art-con p{font-size:16px}}"
    )
    script = (
        '(function(){var s=document.createElement("script");s.src="https://stat.example.com/t.js";'
        'document.getElementsByTagName("head")[0].appendChild(s);})();'
    )
    state = 'window.__STATE__=(function(a,b){return {data:[{title:"县域经济排名",tags:[a,b]}]}}("经济","县城"));'
    tracker = "var _hmt = _hmt || []; (function() { var hm = document.createElement('script'); hm.src = 'x.js'; })();"
    for code in (style, script, state, tracker):
        assert blocks(f"<div>{code}<p>{ZH[0]}</p><p>{ZH[1]}</p></div>\n{code}") == ZH[:2], code
    # a sentence about code, and code in a code block, stay
    said = "这段代码只有一行：var total = price * count; 它把单价和数量相乘。"
    assert blocks(f"<p>{ZH[0]}</p><p>{said}</p><pre>{tracker}</pre>") == [ZH[0], said, tracker]


def test_an_e_papers_masthead_page_label_controls_and_its_pages_other_stories_go():
    chrome = [
        "南岸时报数字版 · 2024年05月06日 · A03 城事",
        "东江都市报数字版 > 2022年08月15日 > 第A06版：民生",
        "第05版：城建",
        "◀ 上一版 下一版 ▶ ｜ 全版瀏覽 ｜ PDF",
        "版面导航",
    ]
    for line in chrome:
        assert blocks(f"<p>{line}</p><p>{ZH[0]}</p><p>{ZH[1]}</p>") == ZH[:2], line
    others = '<p><strong>本版其他文章</strong></p><ul><li><a href="/a/1.html">老街改造进入收尾</a></li>' + (
        '<li><a href="/a/2.html">夜市新增三十个摊位</a></li></ul>'
    )
    assert blocks(f"<p>{ZH[0]}</p><p>{ZH[1]}</p>{others}") == ZH[:2]
    # where it was printed, at the end: the post's credit
    note = "（本文来源：南岸时报数字报 2024年05月06日 A03版）"
    parsed = markdown_post(f"{ZH[0]}\n\n{ZH[1]}\n\n{note}\n")
    assert [b.text for b in parsed.blocks] == ZH[:2] and parsed.credits == [note]
    # prose naming an edition stays
    said = "墙内禁书，或许可以找到电子版"
    assert blocks(f"<p>{ZH[0]}</p><p>{said}</p>") == [ZH[0], said]


def test_a_notices_card_of_fields_its_attachments_and_the_sites_identity_go():
    card = [
        "索引号：11441300007192308P/2024-00071",
        "主题分类：文化、广电、新闻出版",
        "成文日期：2024-06-26",
        "發布單位：農業處",
    ]
    files = ["附件：施工路段示意图.pdf", "附件：新聞照片1.JPG、新聞照片2.JPG", "相关附件"]
    footer = ["主办单位：东溪市人民政府办公室 网站标识码：3306830001", "列印本頁 電郵本頁 返回頁首 重要告示 | 私隱政策"]
    for line in card + files + footer:
        assert blocks(f"<p>{ZH[0]}</p><p>{line}</p><p>{ZH[1]}</p>") == ZH[:2], line
    # the notice's words about them, and a heading that opens with a field's word, stay
    for said in ("发布方式的改变", "附件是我们根据调查整理的名单.pdf。", "主办：青山文化协会"):
        assert blocks(f"<p>{ZH[0]}</p><p>{said}</p>") == [ZH[0], said], said


def test_a_press_releases_contacts_for_reporters_go():
    contacts = [
        ["媒体联系人： 王雨桐 电话：+86 571 0000 1234 邮箱：press@example.com"],
        [
            "媒体联系",
            "林思远 | 品牌公关部 电话：0551-6500 0000 邮箱：pr@example.com",
            "本新闻稿中的前瞻性陈述基于公司当前的预期。",
        ],
        ["傳媒查詢：", "企業傳訊部 何詠珊 電話：+852 2800 0000 電郵：media@example.com.hk"],
        ["媒體聯絡人晨光書店 品牌行銷部 吳佩真電話：(02)2365-0000 分機 21"],
    ]
    for lines in contacts:
        assert blocks(paragraphs(*TW, *lines)) == TW, lines
    # a sentence about reporters' questions stays
    assert_each_stays(["新闻联系人制度实行以来，记者的提问有了固定的去处。"])


def test_on_a_page_of_several_articles_the_posts_is_the_one_under_its_title():
    from tests.test_hard_cases_damaged_pages import parsed
    from tests.test_hard_cases_more import post

    def story(headline: str, byline: str, texts: list[str], tag: str = "article", cls: str = "") -> str:
        box = "header" if tag == "article" else "div class='art-hd'"
        head = f"<{box}><h1>{headline}</h1><p>{byline} · 2024-09-03</p></{box.split()[0]}>"
        return f"<{tag} class='{cls}'>{head}{paragraphs(*texts)}</{tag}>"

    def kept(page: str, title: str) -> list[str]:
        return [b.text for b in parsed(post(f"<html><body><main>{page}</main></body></html>", title=title)).blocks]

    mine, other = "山区小县的排名", "离岛长照据点不足"
    # the other, longer article loaded above the post's (an endless page scrolled back), in <article>s or in boxes
    # made alike
    for tag, cls in (("article", ""), ("div", "art")):
        page = story(other, "记者 卓怡君", TW, tag, cls) + story(mine, "记者 王小明", ZH[:2], tag, cls)
        assert kept(page, mine) == ZH[:2], tag
        # and the next article loaded below the post's
        page = story(mine, "记者 王小明", ZH[:2], tag, cls) + story(other, "记者 卓怡君", TW, tag, cls)
        assert kept(page, mine) == ZH[:2], tag


def test_a_schools_credit_line_a_wires_end_mark_and_a_reposts_two_clause_disclaimer_leave_the_text():
    credit = "（文/海洋工程学院 林书瑶 图/刘一鸣 编辑/周晴 审核/孙建国）"
    assert_each_is_a_credit([credit])
    assert blocks(paragraphs(*TW, "NNNN")) == TW
    assert blocks(paragraphs(*TW[:3], f"{TW[3]} NNNN")) == TW
    note = "本文为企业发布的新闻稿，北岭新闻网经授权转载，内容不代表本网立场。"
    assert blocks(paragraphs(note, *ZH)) == ZH
    # a sentence about checking stays
    assert_each_stays(["审核过程很严格，每一篇稿件都要经过三个人。"])


def test_prompts_and_a_feeds_footer_in_chinese_go_once_their_entities_are_read():
    lines = [
        "觉得不错？点个“在看” → 分享给朋友",
        "【下載北嶺新聞APP】第一手在地消息免費推播",
        "掃描QR Code加入港南生活LINE好友",
        "更多環保新聞，請持續鎖定東灣日報。",
        "文章《南岸老街改造完工》首发于北岭新闻网。",
    ]
    assert_each_goes(lines)
    assert_each_stays(["他說請鎖定目標再出手，不然白費力氣。"])


def test_the_articles_pictures_in_a_box_of_their_own_after_it_keep_their_captions():
    captions = ["溪口村的老宅经过修缮后，成为新村民的工作室和民宿。", "陶艺师在工作室里教游客拉坯。"]
    figures = "".join(
        f"<figure><img src='/p/{i}.jpg'><figcaption>{c}</figcaption></figure>" for i, c in enumerate(captions)
    )
    page = (
        "<div class='ep-right'><div class='ep-article'><h1>千年古村迎来新村民</h1><div class='ep-author'>记者 孟雨桐</div>"
        f"<div class='ep-content'>{paragraphs(*ZH)}</div></div>"
        f"<div class='ep-pics'><div class='ep-pics-hd'>本文图片</div>{figures}</div></div>"
    )
    assert blocks(f"<html><body><div class='ep-nav'>第05版：乡村振兴</div>{page}</body></html>") == [*ZH, *captions]
    # the site's galleries under their own label are not the article's, nor are another story's, which lead to it
    assert blocks(f"<html><body>{page.replace('本文图片', '精彩图集')}</body></html>") == ZH
    linked = figures.replace("<figure>", "<figure><a href='/other.html'>").replace("</figure>", "</a></figure>")
    page = page.replace(figures, linked)
    assert blocks(f"<html><body>{page}</body></html>") == ZH


def test_an_e_papers_name_alone_and_a_byline_with_its_roles_after_the_name_leave_the_text():
    for masthead in ("北岭晚报数字报", "中港日報電子報"):
        assert blocks(paragraphs(masthead, *ZH)) == ZH, masthead
    byline = "本报记者 孔令仪 文/图"
    parsed = markdown_post(paragraphs(byline, *ZH))
    assert [b.text for b in parsed.blocks] == ZH and parsed.credits == [byline]
    # a caption naming an e-paper is the picture's
    caption = "老城圖書館閱覽室_東岸電子報"
    assert blocks(f"{paragraphs(*ZH)}<figure><img src='/a.jpg'><figcaption>{caption}</figcaption></figure>") == [
        *ZH,
        caption,
    ]


def test_a_gallerys_and_a_players_controls_written_as_lines_go():
    controls = [
        "（点击图片查看大图）",
        "第3张 / 共5张",
        "2 / 4下載高清圖",
        "◀ 上一張1／4下一張 ▶查看原圖",
        "1234顯示全部縮圖",
        "▼ 展開文字版",
        "自動播放開▶ 播放清單（12）",
        "影片無法播放，請稍後再試。",
        "向上滑動閱讀完整報導",
        "下载青山周报APP，快讯第一时间推送",
    ]
    assert_each_goes(controls, TW)
    # a date alone, a year alone and a sentence with the words stay
    for said in ("12/15", "2024", "他把图片放大后看得更清楚了。"):
        assert blocks(paragraphs(*ZH, said)) == [*ZH, said], said


def test_a_box_of_key_facts_between_the_articles_header_and_its_text_stays():
    facts = ["1998年啟用，設計壽命二十年", "每日九百公噸，服務三個行政區"]
    box = (
        "<aside class='story__factbox'><h2>快速了解</h2><dl>"
        + "".join(f"<dt>項目{i}</dt><dd>{fact}</dd>" for i, fact in enumerate(facts))
        + "</dl></aside>"
    )
    page = (
        "<html><body><article class='story'><header><h1>一座焚化廠的延役爭議</h1><p>記者 蕭語彤</p></header>"
        f"{box}<div class='story__body'>{paragraphs(*TW)}</div></article>"
        "<aside class='side'><h3>熱門</h3><ul><li><a href='/a/1'>本周天氣轉涼</a></li></ul></aside></body></html>"
    )
    kept = blocks(page)
    assert all(fact in " ".join(kept) for fact in facts) and kept[-4:] == TW
    # a box of links there is the site's
    linked = box.replace("<dd>", "<dd><a href='/other'>").replace("</dd>", "</a></dd>")
    assert blocks(page.replace(box, linked)) == TW


def test_the_articles_pictures_in_a_grid_under_a_label_after_it_keep_their_captions():
    captions = ["周師傅用小刀削傘骨，一支傘骨要削十多分鐘。", "工場牆上掛滿了待修的雨傘。"]
    figures = "".join(
        f"<figure><img src='/p/{i}.jpg'><figcaption>{c}</figcaption></figure>" for i, c in enumerate(captions)
    )
    page = (
        f"<html><body><article class='story'><h1>走進最後的手工製傘街</h1><div class='story-body'>{paragraphs(*TW)}</div>"
        f"<section class='story-gallery'><h3>相片集</h3><div class='gallery-grid'>{figures}</div></section>"
        "</article></body></html>"
    )
    assert blocks(page) == [*TW, *captions]


def test_ads_under_a_marked_label_a_series_list_sponsored_boxes_and_a_coffee_plea_go_and_names_apart_are_credits():
    ads = [
        "📢 广告 | 南岭文旅年卡限时发售，一卡畅游全市32个景区，点击购买",
        "*广告* · 东岭媒体学院春季班招生中：数据新闻、视频叙事、播客制作三大方向，点击报名",
        "品牌合作",
    ]
    for line in ads:
        assert blocks(paragraphs(*ZH[:2], line, *ZH[2:])) == ZH, line
    series = '<p>本系列其他報導</p><ul><li><a href="/s/1">（一）老街的早晨</a></li><li><a href="/s/3">（三）夜市的燈</a></li></ul>'
    assert blocks(f"<div>{paragraphs(*TW)}{series}</div>") == TW
    plea = "如果你喜歡這類解釋性文章，歡迎 Buy me a coffee ☕ 支持我繼續寫。"
    assert blocks(paragraphs(*TW, plea)) == TW
    credit = "（本报记者 曹晴川 孙立）"
    assert_each_is_a_credit([credit])
    # a sentence about advertising stays
    assert_each_stays(["广告业的变化很快，记者采访了三位从业者。"])


def test_a_qa_sites_and_a_newsletter_platforms_own_lines_and_a_portals_disclaimer_go():
    lines = [
        "Asked 2 years ago Viewed 8k times",
        "Not the answer you're looking for? Browse other questions tagged python asyncio or ask your own question.",
        "This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.",
        "3 個回答",
        "已採納",
        "檢舉 Report",
        "Start Writing",
        "Get the app",
        "郑重声明：星桥财经发布此信息目的在于传播更多信息，与本站立场无关。",
    ]
    assert_each_goes(lines)
    assert_each_stays(["He asked a question yesterday and viewed the answers twice."])
