"""Hard cases, session 38 (2026-12-06): genres whose own lines look like chrome, the machinery of pages around an
article, overseas outlets' bilingual chrome. Every page is of our own writing; each test failed before the fix it
names."""

from __future__ import annotations

from tests.test_hard_cases_edges_and_rows import markdown_post
from tests.test_hard_cases_more import HOT_ZH, TW, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs

BOOKS = [
    ("《灯塔看守人的女儿》", "推荐理由：一个关于成长和离别的海岛故事，语言干净，适合初一的孩子在假期里慢慢读。"),
    ("《厨房里的化学课》", "推荐理由：从煮鸡蛋讲到发面，把化学知识藏进一日三餐，理科老师也常拿来当课堂例子。"),
    ("《一条河的一生》", "推荐理由：跟着一条河从源头走到入海口，地理、历史和生态都讲到了，适合全家一起读。"),
    ("《我们班的诗人》", "推荐理由：一位初中老师记录学生写诗的一年，读完会想拿起笔，写写自己身边的小事。"),
    ("《星空下的数学家》", "推荐理由：十二位数学家的小传，不讲公式，只讲他们怎样想问题，怎样面对失败。"),
    ("《老城门》", "推荐理由：一本绘本式的城市史，初三学生拿来写历史小论文很合适，图也画得细。"),
]


def assert_each_is_a_credit(lines: list[str] | tuple[str, ...], at: int | None = None) -> None:
    """Each line, set after the article (or at ``at`` amid it), leaves the text for the post's credits."""
    for line in lines:
        cut = len(ZH) if at is None else at
        parsed = markdown_post(paragraphs(*ZH[:cut], line, *ZH[cut:]))
        assert [b.text for b in parsed.blocks] == ZH and parsed.credits == [line], line


def test_a_related_label_set_between_dashes_goes_with_its_titles():
    # a reading list whose books link to their pages, then the account's back issues under '— 往期书单 —': the
    # dashes are the label's decoration, as stars are
    cards = "".join(
        f'<section style="border:1px solid #e5e5e5"><section style="display:flex"><section style="width:30%">'
        f'<a href="https://mp.example.com/b/{i}"><img data-src="https://img.example.com/{i}.jpg"></a></section>'
        f'<section style="width:70%"><p><a href="https://mp.example.com/b/{i}"><strong>{b}</strong></a></p>'
        f'<p><span style="color:#666">{why}</span></p></section></section></section>'
        for i, (b, why) in enumerate(BOOKS)
    )
    titles = "".join(f'<p><a href="https://mp.example.com/s/{i}">{t}</a></p>' for i, t in enumerate(HOT_ZH))
    article = [ZH[0], *(line for book in BOOKS for line in book), ZH[1]]
    for label in ("— 往期书单 —", "—— 相关阅读 ——", "- 往期回顾 -", "～猜你喜欢～"):
        page = (
            f'<div class="rich_media_content"><p>{ZH[0]}</p>{cards}<p>{ZH[1]}</p>'
            f'<section style="text-align:center"><p><span>{label}</span></p>{titles}</section></div>'
        )
        assert blocks(page) == article, label


def test_a_feed_plugins_footer_row_goes_with_the_related_label_above_it():
    row = (
        "<p><small>&copy; 小川 for <a href='https://blog.example.me'>小川的笔记</a>, 2012. | "
        "<a href='https://blog.example.me/a.html'>永久链接</a> | <a href='https://blog.example.me/a.html#c'>8 条评论</a>"
        " | Post tags: <a href='https://blog.example.me/tag/linux'>Linux</a>, 相册<br/>"
        "<small>Feed enhanced by <a href='https://plugin.example.org/'>Better Feed Plus</a></small></small></p>"
    )
    related = (
        '<p>相关日志</p><ul class="related_post"><li><a href="https://blog.example.me/b.html">旧路由器</a></li></ul>'
    )
    assert blocks(f"{paragraphs(*ZH)}{related}<hr/>{row}") == ZH
    assert_each_goes(["Feed enhanced by Better Feed Plus", "© 2012 小川的笔记 | 永久链接 | 8 条评论"])
    # a sentence after the sign is the article's words about it
    assert_each_stays(["© 这个符号，很多老人并不认识，只当是一个圆圈里的字母。"])


def test_the_rest_an_expand_button_unfolds_is_kept():
    # the control is a <button>, which the page's scripts and widgets went with before the hidden rest was read
    page = (
        f'<article class="tt-article-content">{paragraphs(*ZH[:2])}'
        '<div class="fold-cover"><div class="fold-mask"></div><button class="fold-btn">展开剩余72%</button></div>'
        f'<div class="fold-hidden" style="display:none">{paragraphs(*ZH[2:])}</div></article>'
        '<div class="detail-related"><h3>相关推荐</h3><a href="/n/1">山区种菌菇，一年收入二十万</a></div>'
    )
    assert blocks(page) == ZH
    # a button with other words still goes
    assert blocks(page.replace("展开剩余72%", "分享到微信").replace(' style="display:none"', "")) == ZH


def test_an_articles_pages_their_pagers_marks_and_repeated_headlines_go():
    assert_each_goes(
        ["本文共2页 第1页 第2页", "本文共3页 上一页 1 2 3 下一页", "本文共3页，当前为全文阅读模式 分页阅读"]
    )
    # a copy that joined the pages: each page's headline with its number, the marks where pages began
    parsed = markdown_post(paragraphs(ZH[0], "测试(2)", ZH[1], "— 第3页 —", "测试（3）", *ZH[2:]))
    assert [b.text for b in parsed.blocks] == ZH
    # the pager glued after the last sentence's closing quote
    last = f"{TW[-1]}「以前大家說這裡沒救了。」"
    assert blocks(
        f"{paragraphs(*TW[:-1])}<p>{last} &nbsp; <b>[1]</b> <a href='p2.html'>[2]</a> <a href='p2.html'>下一頁 &gt;&gt;</a></p>"
    ) == [*TW[:-1], last]
    # a page named alone is a reference
    assert_each_stays(["第3页", "详见本书第3页。"])


def test_placeholders_players_notes_and_reading_controls_go():
    assert_each_goes(
        [
            "地图加载中…",
            "图片加载中... 加载失败，点击重试",
            "视频加载失败，请检查网络后重试",
            "点击展开全文 ▼",
            "收听本文 ▶ 00:00 / 04:18 语音播报",
            "🎧 收聽本文（約 5 分鐘）｜ 本文約 1,900 字",
            "本文音频由智能语音合成，如有误读敬请谅解",
            "字号：大 中 小 夜间模式 返回顶部",
            "跳到主要內容區塊",
            "回到頂端",
        ]
    )
    assert_each_stays(["他说图片加载中的时候，网页慢得让人着急。", "夜间模式打开之后，老人说看得更清楚了。"])


def test_a_plain_text_copy_of_a_page_loses_its_headline_and_byline_line():
    lines = ["列印本頁 ｜ 關閉視窗", "测试", "農鄉刊物 2018-10-15 文／溫以寧", *TW, "回到頂端"]
    parsed = markdown_post("\n\n".join(lines) + "\n")
    assert parsed.body_format == "plain_text" or parsed.extraction == "plain_text"
    assert [b.text for b in parsed.blocks] == TW
    assert "農鄉刊物 2018-10-15 文／溫以寧" in parsed.credits
    # a first line that states a sentence is the text, whatever the title
    parsed = markdown_post("\n\n".join(["测试。", *TW]) + "\n")
    assert [b.text for b in parsed.blocks] == ["测试。", *TW]


def test_a_correction_after_the_share_bar_and_tags_inside_the_article_stays():
    page = (
        f'<article class="story"><h1>测试</h1><div class="story-body">{paragraphs(*TW)}</div>'
        '<div class="story-share"><a class="fb">Facebook</a><a class="line">LINE</a><a class="copy">複製連結</a></div>'
        '<ul class="story-tags"><li><a>#老街</a></li><li><a>#違建</a></li></ul>'
        '<aside class="story-correction"><h4>更正啟事</h4><p>本報六月十日報導稱「已拆除八十二戶」，經工務局確認應為'
        "「六十二戶」。特此更正，並向讀者致歉。</p></aside></article>"
        '<section class="more-news"><h2>延伸閱讀</h2><ul><li><a href="/n/1">老街停車格將縮減</a></li></ul></section>'
    )
    assert blocks(page) == [
        *TW,
        "更正啟事",
        "本報六月十日報導稱「已拆除八十二戶」，經工務局確認應為「六十二戶」。特此更正，並向讀者致歉。",
    ]


def test_a_line_that_only_opens_the_title_is_no_headline():
    # a judgment titled '<court>：<case>' opens with the court's name in bold, centred, as judgments are set
    title = "岚川市临江区人民法院：某小区物业费纠纷一审判决书"
    page = (
        f"<html><head><title>{title} | 青山周报</title></head><body><div class='doc'>"
        f"<p style='text-align:center'><strong>岚川市临江区人民法院</strong></p>"
        f"<p style='text-align:center'>民事判决书</p>{paragraphs(*ZH)}</div></body></html>"
    )
    parsed = markdown_post(page, f"title: {title}")
    assert [b.text for b in parsed.blocks][:2] == ["岚川市临江区人民法院", "民事判决书"]


def test_a_feed_fragments_centred_first_line_equal_to_the_title_is_its_headline():
    assert blocks(f'<div><p style="text-align:center">测试</p>{paragraphs(*ZH)}</div>') == ZH
    # in plain type it is a reply's first line, its title cut from it
    assert blocks(f"<div><p>测试</p>{paragraphs(*ZH)}</div>") == ["测试", *ZH]


def test_bylines_with_an_outlets_reporter_or_desk_after_the_role_are_credits():
    assert_each_is_a_credit(("文／东河观察记者 马骁 摄影／胡安琪", "文／东河观察数据组"), at=1)
    assert_each_stays(["文／记者说的话，不一定都对。"])


def test_prompts_for_reach_older_updates_an_app_and_letters_go():
    assert_each_goes(
        [
            "点击“在看”，让更多人看到",
            "加载更早内容",
            "打开南岸时报APP，第一时间获取台风最新消息 立即打开",
            "※ 本欄歡迎讀者投書，文責由作者自負，不代表本報立場。來稿請寄 opinion@example.tw，字數以八百字為限。",
        ]
    )


def test_overseas_outlets_ads_shares_and_related_labels_in_their_languages_go():
    assert_each_goes(["Iklan", "Quảng cáo", "Publicité", "Anzeige", "Publicidade", "Kongsi 分享", "Chia sẻ"])
    # a label in two languages, one after the other
    assert_each_goes(["Story continues below advertisement 廣告後繼續閱讀", "Continue reading below 下文繼續"])
    titles = "".join(f'<p><a href="https://news.example.my/n/{i}">{t}</a></p>' for i, t in enumerate(HOT_ZH))
    for label in ("Baca Juga", "Xem thêm", "Lire aussi", "Notícias relacionadas", "相关新闻 Related News"):
        assert (
            blocks(
                f"<article>{paragraphs(*ZH[:2])}<p><strong>{label}</strong></p>{titles}{paragraphs(*ZH[2:])}</article>"
            )
            == ZH
        ), label
    # a heading in two languages is the article's
    assert_each_stays(["不只是华人的市集 Not just a Chinese market", "对于WhatsApp", "永生之城插画 by Alex Sager"])


def test_bylines_stamps_menus_and_notes_in_two_languages_go():
    assert_each_is_a_credit(("By 陶雨桐", "By Staff Reporter", "Oleh 古城日报记者", "Bài: 黄文明"), at=0)
    assert_each_goes(
        [
            "Updated 3 hours ago 3小時前更新",
            "09/11/2026 · Actualizado às 17:45 更新",
            "首頁 Home ｜ 本地 Local ｜ 加國 Canada ｜ 國際 World",
            "Trang chủ 首页 / Cộng đồng 华社",
            "Bản quyền thuộc về 堤岸华报 © 2026",
        ]
    )
    # (a photo essay's caption is its picture's credit: it stays with the pictures, as the page shows it)
    assert_each_stays(["By the way", "什么是 Homebrew", "他在3小时前离开了家。", "Photo: Henrik Lund/Harbour Pictures"])
    notes = [
        "本文由AI辅助翻译，并经编辑审校。This article was translated with AI assistance and reviewed by our editors.",
        "本文同步刊登於《海外週報》第412期。This essay also appears in issue 412 of the Overseas Weekly.",
    ]
    assert_each_is_a_credit(notes)


def test_a_page_copied_as_text_loses_its_masthead_headline_and_closing_related_titles():
    lines = [
        "狮城日报 Lion City Daily",
        "本地 Local",
        "测试",
        *ZH,
        "相关新闻 Related News",
        "- 裕廊湖区新公园明年开放\n- 东西线部分车站周末提早关闭",
        "Subscribe 订阅电子报 | Follow us on Facebook & Instagram",
        "© 2026 Lion City Daily 狮城日报. All rights reserved.",
    ]
    parsed = markdown_post("\n\n".join(lines) + "\n")
    assert [b.text for b in parsed.blocks] == ZH


def test_closing_pointers_letters_addresses_and_account_news_go_after_the_article():
    assert_each_goes(
        [
            "👉 更多年菜食譜，請看東灣日報「好食專區」 📱 下載東灣日報App，天天領取市場優惠券",
            "📮 讀者來信請寄：letters@example.tw 🔔 訂閱西嶺週刊，每週一出刊",
            "本文不构成任何收费建议。点击右上角分享给家人，一起看懂电费账单。",
            "📢 東灣日報LINE官方帳號上線了！加入好友，通車資訊第一手掌握",
        ]
    )
    # an essay's last words that only look like them stay
    assert_each_stays(["更多的时候，请看他的眼睛。", "新的公众号上线了。我们很高兴，也有点害怕。"])


def test_a_desks_credit_between_dashes_an_interviews_credit_and_a_writers_repost_note_are_credits():
    assert_each_is_a_credit(
        (
            "— 南岸时报评论部 出品 —",
            "（采访整理：本网记者 苗青）",
            "本文作者系“小城书事”公众号主理人，文章经授权转载。",
        )
    )


def test_the_sites_closing_lines_before_markdown_footnotes_go_and_the_notes_stay():
    body = (
        f"{ZH[0]}[^1]\n\n{ZH[1]}\n\n本文原載於《海與史》季刊第 33 期。\n\n长按二维码关注我们，获取更多深度调查。\n\n"
        "[^1]: 该海图原件现藏于某海事博物馆，编号 C-1868-044。\n"
    )
    parsed = markdown_post(body)
    assert [b.text for b in parsed.blocks] == [f"{ZH[0]}[1]", ZH[1], "该海图原件现藏于某海事博物馆，编号 C-1868-044。"]
    assert parsed.credits == ["本文原載於《海與史》季刊第 33 期。"]


def test_a_columns_tag_and_schedule_before_its_ask_is_the_ask():
    assert_each_goes(["【双语阅读】每周更新，关注东湾日报公众号，回复“双语”获取往期合集。"])


def test_a_blog_platforms_tip_jar_under_the_post_goes():
    assert_each_goes(["小礼物走一走，来拾字集关注我", "赞赏支持还没有人赞赏，支持一下"])


def test_a_shows_episode_lines_hands_platforms_and_controls_go():
    assert_each_goes(
        [
            "EP.17 | 2021-09-30 | 37分钟 | 主播：阿禾",
            "🗓 2023/05/30 ｜ ⏱ 44 分鐘 ｜ S2EP14",
            "搜尋「南灣聲波」即可收聽",
            "欢迎在小宇宙、Apple Podcasts 搜索订阅",
            "点击上方蓝字",
            "本集節目由「安居房屋」贊助播出",
            "展开全部 Shownotes",
            "复制文字稿",
            "Play in new window | Download (Duration: 48:12 — 44.1MB)",
            "Hosted on Fireside",
        ]
    )
    assert_each_is_a_credit(
        (
            "主持：蔡小涵｜採訪：蔡小涵、阿駿｜後製：阿駿",
            "片尾：《回家的路》－ 晚風樂隊（經授權使用）",
            "本节目由「夜读社」出品",
        )
    )
    # a date and a length with no episode's number, a sentence on music, stay
    assert_each_stays(["2021-09-30 | 37分钟", "音乐：我最喜欢的声音是雨。"])


def test_a_shows_reading_list_with_its_own_words_stays_under_a_related_label():
    body = (
        f"{ZH[0]}\n\n## 延伸阅读\n\n* [《深夜的公共空间》](https://books.example/night)，一本关于城市夜间公共设施的研究\n"
        f"* [区图书馆二十四小时开放三年报告](https://lib.example/report)\n\n{ZH[1]}\n"
    )
    parsed = markdown_post(body)
    assert "《深夜的公共空间》，一本关于城市夜间公共设施的研究" in [b.text for b in parsed.blocks]


def test_a_papers_keywords_under_its_abstract_stay_and_a_journals_counts_and_tools_go():
    for abstract, keywords in (
        ("摘要：本文以三个县为例，讨论城中村租赁市场的变化。", "关键词：城中村；租赁市场；住房保障"),
        ("**内容提要**\u3000近年来，各地积极培育新乡贤参与乡村治理。", "**关键词**\u3000新乡贤\u3000乡村治理"),
    ):
        parsed = markdown_post(f"{abstract}\n\n{keywords}\n\n{ZH[0]}\n\n{ZH[1]}\n")
        assert len(parsed.blocks) == 4, keywords
    # a site's tags are no paper's keywords
    assert_each_goes(["关键词：城中村 租赁 住房", "604下载", "瀏覽次數 2,204｜全文下載 611｜加入書架｜Email本文｜列印"])
    assert_each_goes(["查看大图 | 下载原图 | 导出PPT", "导出表格(Excel)"])
    assert_each_stays(["他下载了3次。"])


def test_a_fact_box_amid_the_prose_keeps_its_parts_named_as_it_is():
    box = (
        '<div class="widget widget-table"><div class="widget-title">累積雨量前五名測站</div>'
        '<ul class="widget-list"><li>南霧山（山區）1,286毫米</li><li>大坪頂（山區）1,027毫米</li></ul></div>'
    )
    page = f'<div class="entry-content">{paragraphs(*TW[:2])}{box}{paragraphs(*TW[2:])}</div>'
    assert blocks(page) == [
        *TW[:2],
        "累積雨量前五名測站",
        "南霧山（山區）1,286毫米",
        "大坪頂（山區）1,027毫米",
        *TW[2:],
    ]


def test_a_pdfs_running_foot_and_page_numbers_a_drafters_credit_and_a_line_of_related_titles_go():
    assert_each_goes(["北屿理工大学学报 第 4 页 共 11 页", "—3—"], at=2)
    assert_each_is_a_credit(["执笔人：彭书语"])
    assert_each_goes(["相关阅读：南岸地铁14号线首通车 沿线共享单车怎么停？电动自行车新国标实施一周年调查"])
    # the author's own recommendation with its words stays
    assert_each_stays(["推荐一本书：对当今的宣传有一个很好的分析《宣传模型》在这里下载：https://example.org/book"])


def test_a_stamp_then_an_outlet_by_its_kind_and_a_labelled_follow_prompt_go():
    assert_each_goes(["2024-01-15 17:32 柳湾融媒", "📮 投稿与合作：关注“数码前哨”公众号，后台回复“合作”"], at=0)
    # a time, then what happened, is a timeline's entry
    assert_each_stays(["2024-01-15 17:32 地震发生"])


def test_a_short_poem_beside_longer_comments_under_their_label_is_the_article():
    poem = ["麥子還沒熟透", "就先學會了低頭", "田埂上的母親說", "不要滿，滿了就要溢出來"]
    comments = (
        "<div><h3>最近的留言</h3><div><b>遠方的信</b>：每次讀到這一句都會想起外婆，她總說做人留三分，吃飯七分飽，話不要說滿。"
        "小時候聽不懂，現在懂了。</div><div><b>青田</b>：最後兩行寫得好，那種帶著家鄉的話走進城市的感覺，很多離鄉的人"
        "都會有共鳴。</div></div>"
    )
    page = f"<div><div><div>{paragraphs(*poem)}</div></div>{comments}</div>"
    assert blocks(page) == poem


def test_a_labelled_list_of_other_stories_goes_after_a_short_article_whatever_its_links():
    cards = "".join(
        f'<div class="g-item"><img src="/g/{i}.jpg"><h4>{t}</h4><p>{t}，街坊们说，以后不知道该去找谁了，店主还在犹豫。</p></div>'
        for i, t in enumerate(HOT_ZH)
    )
    page = (
        f'<div class="photo-page"><h1>测试</h1><div class="photo-body">{paragraphs(*ZH[:2])}</div>'
        f'<div class="gallery-more"><h2>更多图片故事</h2>{cards}</div></div>'
    )
    assert blocks(page) == ZH[:2]


def test_the_rest_behind_a_fold_box_with_its_link_and_an_apps_line_is_kept():
    page = (
        f'<article class="m-article"><div class="m-body is-folded">{paragraphs(*TW[:2])}</div>'
        '<div class="m-fold"><div class="m-fold__mask"></div><a href="javascript:void(0)">繼續閱讀</a>'
        '<p class="m-fold__tip">打開東灣日報 App，閱讀完整內容無廣告</p></div>'
        f'<div class="m-rest" style="display:none">{paragraphs(*TW[2:])}</div></article>'
    )
    assert blocks(page) == TW


def test_a_reviews_shop_buttons_cards_coupons_and_paid_link_disclosures_go():
    assert_each_goes(
        [
            "去购买",
            "点击购买：三人双层防雨帐篷 ¥329 https://u.example.cn/a/tent01",
            "👉 去购买（东橙商城 ¥369）",
            "在东橙商城查看 ¥2,399",
            "萬家購物｜★4.6（412則評價）",
            "蓝猫超市 ｜ 已售5万+",
            "领券立减80元",
            "本週限時 85 折",
            "本文含聯盟行銷連結",
            "若您透過文中連結購買，我們可能獲得分潤。",
        ]
    )
    # the article's own words on buying, prices and such links stay
    assert_each_stays(
        [
            "这台相机售价 2,399 元，在东橙商城可以买到。",
            "购买历史",
            "抢购和抛售",
            "从八折定价转为竞价发行",
            "很多博主通过推广链接赚取佣金。",
            "在Venmo应用程序中查看的目标用户的社交关系视图",
        ]
    )


def test_a_pages_live_widgets_written_as_lines_go():
    assert_each_goes(
        [
            "【即時行情】加權指數 20,877.13 ▲0.61%｜美元兌台幣 32.06",
            "🔥 熱搜榜 ｜ 1. 學測五標 ｜ 2. 寒流再襲",
            "🌤 今日天氣 北部 12-17°C 陰有短暫雨",
            "汇率换算器",
        ]
    )
    # a widget's word heading the article's section, or opening its sentence, stays
    assert_each_stays(
        ["今日天氣", "行情显示，今天上证指数收于3,012点，涨幅0.3%。", "比分：東灣海鷗 3：1 西港藍鯨", "天气 28度"]
    )
