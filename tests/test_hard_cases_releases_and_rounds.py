"""Hard cases, session 52 (2026-12-08): the gaps rounds 94-97 left (a press release's end mark, an affiliate's shop
button, a docs page's icon shortcode, a project's plea for a star) and round 98, written by helpers who saw no code.
Every page is of our own writing; each test failed before the fix it names."""

from __future__ import annotations

from etl.posts import boilerplate
from etl.posts.parse import ParsedPost, parse_post
from tests.test_hard_cases_more import EN, NOW, TW, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs, post
from tests.test_hard_cases_site_rows import text_post

RELEASE_ABOUT = [
    "关于青禾科技",
    "青禾科技成立于2012年，总部位于临川市，专注于农业传感器的研发和制造。",
    "媒体联系人：林小雨 电话：010-5555 0100",
]


def test_a_press_releases_end_mark_bounds_its_about_and_contact_in_text_markdown_and_html():
    for mark in ("###", "# # #", "-30-"):
        assert text_post("\n\n".join([*ZH, mark, *RELEASE_ABOUT])) == ZH, mark
        # (Markdown reads '###' as an empty heading: the mark is a break all the same)
        assert text_post("\n\n".join(["## 新品发布", *ZH, mark, *RELEASE_ABOUT])) == ["新品发布", *ZH], mark
    assert blocks(paragraphs(*ZH, "###", *RELEASE_ABOUT)) == ZH
    # (a heading under the mark is the release's own section, as under any break)
    assert text_post("\n\n".join([*ZH, "###", "## 产品参数", ZH[0]])) == [*ZH, "产品参数", ZH[0]]


def test_an_affiliates_button_naming_its_shop_goes_and_a_sentence_about_shopping_stays():
    assert_each_goes(["👉 去京东查看当前价格", "去京东购买 ¥1999", "前往天猫下单", "在拼多多查看最低价格"])
    for said in ("去北京购买房子的人越来越多。", "她常去京东购买日用品，觉得送货很快。"):
        assert boilerplate.text_rule_for(said) is None, said


def test_a_docs_sites_icon_shortcode_goes_with_its_edit_link():
    page = "\n\n".join(
        ["# 快速开始", "[:material-pencil: Edit this page](https://example.com/edit/docs/start.md)", *ZH]
    )
    assert text_post(page) == ["快速开始", *ZH]
    # (a colon pair that names no icon set stays: '时间 :10-12:' is the writer's)
    assert text_post("\n\n".join(["# 说明", *ZH, "比分定格在 :a-1: 之后"]))[-1] == "比分定格在 :a-1: 之后"


def test_a_projects_plea_for_a_star_goes_and_stars_in_the_news_stay():
    assert_each_goes(
        [
            "⭐ 喜欢墨笺的话，请 Star us on GitHub，这对我们很重要！",
            "如果觉得有用，请给我们一个 Star ⭐",
            "求个 Star ⭐",
            "If this helped, please give us a star on GitHub!",
        ]
    )
    for said in ("Star Wars 上映四十周年，影迷排起长队。", "这颗星星在冬夜里最亮。", "她给这部电影打了四颗星。"):
        assert boilerplate.text_rule_for(said) is None, said


def test_a_forms_button_drawn_in_text_goes_in_its_brackets_only():
    assert_each_goes(["[ 提交 ]", "【确定】 【取消】", "[ Submit ]"])
    assert boilerplate.text_rule_for("提交") is None  # (a step's word alone may be the article's)


def test_a_second_front_matter_a_double_import_left_opening_the_body_goes_with_its_list_items():
    body = "title: 雨水花园\ndate: 2022-09-14 10:20:00\ntags:\n  - 城市\n  - 生态\ncategories: 城市观察\n---\n\n"
    assert text_post(body + "\n\n".join(["## 试点", *ZH])) == ["试点", *ZH]
    # (a line of 'key: value' over a rule in the article's text is not one: it needs two keys)
    assert text_post("说明: 以下为正文\n---\n\n" + "\n\n".join(["## 试点", *ZH]))[0] == "说明: 以下为正文"


def test_an_answerers_name_and_bio_over_the_answers_tally_go_and_the_question_stays():
    answer = ["为什么老房子的木地板会响？", "匠人老许", "做了二十年木工，现在主要修老房子", "1,206 人赞同了该回答", *ZH]
    assert text_post("\n\n".join(answer)) == ["为什么老房子的木地板会响？", *ZH]
    # (a tally under the article's prose takes nothing above it)
    assert text_post("\n\n".join([*ZH, "1,206 人赞同了该回答"])) == ZH


def test_a_journal_papers_fields_and_its_cite_this_line_go_and_its_abstract_stays():
    assert_each_goes(
        [
            "收稿日期：2023-10-08；修回日期：2023-12-01",
            "中图分类号：TU984.1    文献标志码：A    文章编号：1672-0000(2024)01-0045-06",
            "引用本文：林某, 王某. 老旧社区口袋公园使用特征研究[J]. 城市与环境, 2024(1): 45-50.",
            "Cite this article: Lin, M. (2024). Pocket parks. Urban Studies 4(1): 45-50.",
        ]
    )
    for said in ("摘要：以三个老旧社区为例，分析了口袋公园的使用。", "DOI: 10.1234/abc.2024.01.005"):
        assert boilerplate.text_rule_for(said) is None, said


def test_a_row_of_shop_buttons_a_price_with_its_coupon_and_the_shops_price_note_go():
    assert_each_goes(
        [
            "去京东购买 ¥1999 去京东购买 ¥2299 去天猫购买 ¥1799",
            "到手价 ¥2299 ¥2699 领券减400",
            "价格实时更新，以商城页面为准",
            "（商品价格可能变动，请以购买页为准）",
        ]
    )
    for said in ("油价调整，以发改委公告为准。", "他去北京查看了新房，又去上海查看了旧居。"):
        assert boilerplate.text_rule_for(said) is None, said


def test_a_sellers_card_amid_the_prose_goes_whole_and_a_fact_box_without_price_or_call_stays():
    card = (
        '<div class="c"><img src="/c.jpg" alt=""><div><a href="/x">澜湾府</a><span>在售</span></div>'
        "<div>参考均价 16800 元/㎡</div><div>河西新城滨河路与青禾大道交汇处</div>"
        '<div>售楼处电话：400-000-0000 转 2871</div><a href="/y">预约看房</a> <a href="/z">领取优惠</a></div>'
    )
    assert blocks(paragraphs(*ZH[:2]) + card + "<h3>配套</h3>" + paragraphs(*ZH[2:])) == [*ZH[:2], "配套", *ZH[2:]]
    facts = "<div><div>澜湾府</div><div>开工：2022年3月</div><div>河西新城滨河路与青禾大道交汇处</div></div>"
    assert blocks(paragraphs(*ZH[:2]) + facts + paragraphs(*ZH[2:]))[2] == "澜湾府"


def test_a_recipes_readers_dishes_under_their_label_and_its_score_over_its_label_go():
    dishes = (
        "<h3>大家做的这道菜（418）</h3><div><b>小柚子</b>：按这个方子做的，一家人抢着吃，就是有点偏甜。★★★★☆</div>"
        "<div><b>北方的糖</b>：电饭锅版本太省心了，推荐！★★★★★</div>"
    )
    assert blocks(paragraphs(*ZH) + dishes) == ZH
    assert_each_goes(["4.8综合评分", "综合评分 4.8"], at=0)
    assert boilerplate.text_rule_for("综合评分较去年提高了0.3分") is None


def test_the_pictures_sources_before_a_takedown_notice_go_with_it_and_a_sentence_about_readers_photos_stays():
    assert_each_goes(["图片来源：早起研究所编辑部 / 部分图片由读者投稿，如有侵权请联系删除"])
    assert_each_stays(["这些图片由读者投稿，记录了小城早市的清晨。"])


def test_the_writers_call_to_comment_goes_and_a_sentence_about_the_comments_stays():
    assert_each_goes(
        [
            "你去过哪个小城早市？欢迎在评论区告诉我们。",
            "歡迎在留言區分享你的經驗！",
            "你怎么看？评论区聊聊",
            "Which market do you love? Let us know in the comments!",
        ]
    )
    assert_each_stays(["他在评论区告诉我们，那家店已经关门了。", "评论区分享的故事让人动容。"])


def test_a_columnists_card_under_the_headline_is_no_standfirst():
    card = (
        '<div class="c"><img src="/z.jpg" alt=""><div><div>郑逸</div><div>城市规划师，特约专栏作者</div>'
        "<div>长期关注步行友好与社区公共空间，著有《街角的尺度》。</div>"
        '<a href="/columnist/z">查看作者全部文章（48）</a></div></div>'
    )
    page = f'<div class="w"><h1>测试</h1>{card}<div class="t">{paragraphs(*ZH)}</div></div>'
    assert blocks(page) == ZH


def test_a_guides_author_field_with_its_stamp_and_counts_goes():
    assert_each_goes(
        ["攻略作者：小鹿在路上 更新于 2024-05-30 7.8万人看过 收藏 4,120", "作者：小鹿在路上 阅读 1,203"], at=0
    )
    assert boilerplate.text_rule_for("作者：林间 这篇文章写了三年") is None
    # (under a headline with a colon, which is no field of a record beside it)
    head = "<h1>泉州两日慢游指南：古城、寺庙和一碗面线糊</h1><div><span>攻略作者：小鹿在路上</span> <span>更新于 2024-05-30</span>"
    assert blocks(f"<article>{head} <span>7.8万人看过</span></div>{paragraphs(*ZH)}</article>") == ZH


def test_what_a_careless_strip_of_html_left_of_its_tags_goes_from_a_plain_text():
    lines = [
        'style="text-align: center;">' + ZH[0],
        "&nbsp;&nbsp;class=para>" + ZH[1],
        'span style="font-size:16px; color: rgb(51, 51, 51);">' + ZH[2],
        "/span>" + ZH[3] + "/p>",
    ]
    assert text_post("\n".join(lines)) == ZH
    # (an attribute written in a sentence is the writer's: no tag's end follows it)
    assert text_post("\n\n".join([*ZH, "他把 class=para 改成了别的写法。"]))[-1] == "他把 class=para 改成了别的写法。"


def test_a_markdown_body_written_line_by_line_keeps_its_lines_apart_and_a_rule_under_a_sentence_is_a_break():
    lines = ["# 修表铺", ZH[0], "## 生意", ZH[1], "> 表走不走，是表的事；人记不记得，是人的事。", ZH[2], ZH[3], "---"]
    lines += ["喜欢这篇文章？点个“在看”再走吧", "关注公众号「巷口笔记」，每周三更新"]
    quote = "表走不走，是表的事；人记不记得，是人的事。"
    assert text_post("\n".join(lines)) == ["修表铺", ZH[0], "生意", ZH[1], quote, *ZH[2:]]


def test_an_ad_between_its_label_and_the_mark_of_its_end_goes_whole():
    ad = [
        "—— 广告 ——",
        "**春日焕新季｜全屋定制限时 7 折起**",
        "扫码预约免费上门量尺，前 100 名再送智能门锁一把。",
        "—— 广告结束 ——",
    ]
    assert text_post("\n\n".join([ZH[0], ZH[1], *ad, "## 发酵", ZH[2], ZH[3]])) == [ZH[0], ZH[1], "发酵", ZH[2], ZH[3]]
    # (a heading between them is the article's: the label was a word of its text)
    kept = text_post("\n\n".join([ZH[0], "—— 广告 ——", "## 发酵", ZH[1], "—— 广告结束 ——", ZH[2], ZH[3]]))
    assert "发酵" in kept


def test_an_empty_comment_box_closing_a_text_goes_and_an_app_pitch_to_open_it_too():
    lines = [*ZH, "打开江城新闻客户端，观看完整视频回放", "网友评论（218）", "我也说两句"]
    assert text_post("\n\n".join(lines)) == ZH


def test_a_wires_editor_credit_and_date_code_after_the_last_sentence_go():
    assert text_post("\n\n".join([*ZH[:3], ZH[3] + "（編輯：蕭雅文）1130105"])) == ZH


def test_a_help_centres_question_whether_it_solved_the_problem_goes_with_its_counted_answers():
    assert_each_goes(["以上内容是否解决了您的问题？　有帮助（126）　没帮助（9）", "以上内容是否解决了您的问题？"])


def test_a_pages_title_line_with_its_sites_name_and_the_sites_own_notice_go():
    assert_each_goes(["临川市中考体育改革方案出炉 新增游泳选考项目_临川新闻网"], at=0)
    assert_each_goes(["网站声明：本网所有转载内容均注明来源，如有侵权请联系删除"])
    assert boilerplate.text_rule_for("他在声明中注明，如有侵权请联系删除。") is None
    assert boilerplate.text_rule_for("文件名是 report_2024_新闻网.docx") is None


def test_a_newspapers_jump_mark_goes_when_the_page_it_points_to_was_not_copied():
    assert text_post("\n\n".join([*ZH[:3], ZH[3] + "（下转第4版）"])) == ZH


def test_the_body_beside_a_hero_of_the_headline_and_its_lead_is_the_article_with_the_lead():
    # the headline's box holds the headline, a lead of clauses, the byline and share links; the body follows it in a
    # box of its own, and a wrapper named as the content holds both with an aside (it outscored the body, and the
    # headline's box was taken for the article)
    lead = "夜班公交时隔五年重新开进老港区，两条线路将在三月一日恢复，沿途经过火车站、医院和夜市。"
    page = (
        '<div id="content" class="article-wrap"><div class="hero"><div class="inner"><a href="/city/">城市 · 交通</a>'
        "<h1>测试</h1>"
        f'<p class="lede">{lead}</p><div class="by">记者 <a href="/a/1">林某</a> | 2024-02-21</div>'
        '<div class="share"><a href="#">分享到微博</a> <a href="#">复制链接</a></div></div></div>'
        f'<div class="article-body">{paragraphs(*ZH)}</div>'
        '<div class="aside"><h3>订阅早报</h3><form><input type="email"><button>订阅</button></form></div></div>'
    )
    assert blocks(page) == [lead, *ZH]


def test_a_row_of_hot_words_between_paragraphs_goes():
    row = '<div>热词：<a href="/t/1">便民服务</a><a href="/t/2">物业管理</a><a href="/t/3">智慧社区</a></div>'
    assert blocks(paragraphs(*ZH[:2]) + row + paragraphs(*ZH[2:])) == ZH
    assert boilerplate.text_rule_for("热词：今年最火的词是躺平，年轻人说它代表了一种态度。") is None


def test_a_live_pages_bar_of_counts_refresh_and_order_goes():
    assert_each_goes(["参与人数 18.2万自动刷新：每30秒倒序 / 正序", "自动刷新：每30秒 暂停刷新"], at=0)
    assert boilerplate.text_rule_for("共有3万人参与投票，结果显示多数支持。") is None


def test_a_pull_quotes_label_and_its_poster_button_go_and_the_quote_stays():
    quote = "孩子走出去，比我走出去更要紧。"
    box = f'<blockquote><span>金句摘录</span><p>{quote}</p><a href="javascript:;">生成金句海报</a></blockquote>'
    assert blocks(paragraphs(*ZH[:2]) + box + paragraphs(*ZH[2:])) == [*ZH[:2], quote, *ZH[2:]]


def test_the_lead_picture_beside_the_headlines_box_stays_with_its_english_caption():
    lead = (
        "When the last ferry crews clock off at half past midnight on March 1, they will no longer walk forty "
        "minutes to a taxi rank: two night bus routes through the old port, cut five years ago, are coming back."
    )
    caption = "A test run passes the old customs house on Tuesday night."
    page = (
        '<div id="content" class="article-wrap"><div class="hero"><div class="inner"><h1>Night buses return</h1>'
        f'<p class="lede">{lead}</p><div class="by">By <a href="/a/1">Lin Mei</a></div></div>'
        f'<figure><img src="/n.jpg" alt=""><figcaption>{caption} Photo: Herald</figcaption></figure></div>'
        f'<div class="article-body">{paragraphs(*EN)}</div></div>'
    )
    parsed = parse_post(post(page, title="Night buses return"), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks][:2] == [lead, f"{caption} Photo: Herald"]
    assert [b.text for b in parsed.blocks][2:] == EN


def test_a_social_archives_boost_line_and_post_head_go():
    assert_each_goes(
        [
            "🔁 Boosted by 小魚乾 @xiaoyugan@pingdong.example",
            "阿淺 @aqian@mastodon.example.tw 2024-02-11 22:04 · 🌐 公開",
            "林小雨 @linxy · 2024年5月28日",
        ],
        at=0,
    )
    for said in ("请发邮件到 lin@example.com 联系我们", "他在 @某某 的帖子下回复说 2024年5月28日 会到场"):
        assert boilerplate.text_rule_for(said) is None, said


def test_a_notes_apps_comments_go_inline_and_around_lines():
    body = "\n\n".join(
        ["## 育苗", ZH[0] + "%%明年试试加热垫%%", "%%\nTODO：\n- 补上施肥时间表\n%%", ZH[1], ZH[2], ZH[3]]
    )
    assert text_post(body) == ["育苗", *ZH]


def test_a_platforms_attribution_under_copied_text_goes():
    quote = (
        "> 作者：行政组小周  \n> 链接：https://www.yuque.example/xz/week-one  \n> 来源：语雀  \n"
        "> 著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"
    )
    assert text_post("\n\n".join(["## 第一周", *ZH, quote])) == ["第一周", *ZH]


def test_a_newsletters_date_with_its_counts_its_subscribe_button_and_a_byline_of_latin_names_go():
    assert_each_goes(["Jun 3, 2024 18 4", "Subscribe now", "作者：Kevin Z. ｜ 编辑：阿哲 ｜ 2024-04-09"], at=0)
    assert boilerplate.text_rule_for("2024年3月 12 家企业") is None


def test_markdown_links_inside_an_html_block_are_read_as_links_and_a_writers_column_plea_goes():
    body = (
        "<center>修錶的人</center><br>\n" + "<br><br>\n".join(TW) + "<br><br>\n"
        "歡迎追蹤我的方格子專欄，每週二更新。<br><br>\n延伸閱讀：<br>\n"
        "· [父親的腳踏車](https://example.cc/a/1)<br>\n· [阿嬤的縫紉機](https://example.cc/a/2)<br>"
    )
    kept = text_post("## 修錶\n\n" + body)
    assert "](" not in "".join(kept) and "歡迎追蹤我的方格子專欄，每週二更新。" not in kept
    assert kept[-len(TW) :] == TW
    # (in code, a link written as text stays as written)
    assert text_post("## 語法\n\n" + "\n\n".join(TW) + "\n\n```\n[文字](https://example.cc/a/1)\n```")[-1] == (
        "[文字](https://example.cc/a/1)"
    )


def test_wechats_prompt_under_a_mini_programs_card_goes():
    assert_each_goes(["微信扫一扫使用小程序"])


def test_a_journals_mood_and_music_fields_go():
    assert_each_goes(["Current mood: nostalgic", "Current music: 收音機裡那首不知道名字的歌", "正在听：一首老歌"])


def test_a_blog_platforms_notes_under_the_post_go_and_a_sentence_quoting_someone_stays():
    notes = [
        "paperkite liked this",
        "inkandrice reblogged this from lanternfish",
        "tramlines said: the bit about the single stroke is going to stay with me",
        "harbourlights posted this",
    ]
    assert blocks(paragraphs(*EN) + "<ol>" + "".join(f"<li>{n}</li>" for n in notes) + "</ol>") == EN
    assert boilerplate.text_rule_for("The mayor said: we will rebuild.") is None


def test_a_notes_apps_property_table_goes_when_a_rule_took_some_of_its_values():
    rows = [("Created", "@March 5, 2024 4:12 PM"), ("Tags", "Retro-2023 园艺组内部"), ("Owner", "Mei Lin")]
    rows += [("Review status", "Ready for review")]
    table = "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"
    assert blocks(f"<header><h1>测试</h1>{table}</header>" + paragraphs(*ZH)) == ZH
    # (a table of the article's own, its first column no property's name, stays)
    own = "<table><tr><th>作物</th><td>箱数</td></tr><tr><th>番茄</th><td>4</td></tr><tr><th>辣椒</th><td>3</td></tr></table>"
    assert blocks(own + paragraphs(*ZH))[:2] == ["作物", "箱数"]


def test_a_documents_numbered_clause_on_its_rights_stays():
    assert_each_stays(["3.1 本公司对本软件及其界面设计、图标、文档享有著作权，版权所有，受法律保护。"])


def test_a_fiction_sites_pager_controls_shelf_plea_and_addresses_go_and_the_novels_words_stay():
    assert_each_goes(
        [
            "上一章　|　返回目录　|　下一章",
            "投推荐票　　章节报错　　加入书签",
            "喜欢这本书的朋友请点击加入书架，方便下次阅读。",
            "本站最新网址：book.example.cn　手机用户请访问 m.book.example.cn",
        ]
    )
    for said in ("他翻到目录，又翻回上一章。", "网址：www.example.gov.cn"):
        assert boilerplate.text_rule_for(said) is None, said


def test_a_pages_pointers_and_prompts_go_and_sentences_with_their_words_stay():
    assert_each_goes(
        [
            "查看全部 156 条点评 >",
            "还没解决？　在线咨询 >",
            "返回帮助中心首页",
            "歌词来源：乐声歌词网 整理　如有错误欢迎纠错",
            "手机扫码，随时看歌词",
            "更多林河乐队的歌曲 >>",
            "直播间人数：12.3万　　[刷新]",
            "— 来自「一页日记」的分享 —",
        ]
    )
    for said in ("更多的是一种无奈", "他返回首页，重新搜索了一遍。", "如有错误，欢迎指正。", "这是来自朋友的分享"):
        assert boilerplate.text_rule_for(said) is None, said


def test_a_box_of_the_exhibitions_facts_between_the_headline_and_the_text_stays():
    facts = "".join(f"<p>{f}</p>" for f in ("展期：2024年3月16日至6月30日", "地点：二号楼三层第五展厅", "票价：30元"))
    page = f'<main><section><div class="tag">特展</div><h1>测试</h1><div class="facts">{facts}</div>'
    page += f'<div class="text">{paragraphs(*ZH)}</div></section></main>'
    assert blocks(page) == ["展期：2024年3月16日至6月30日", "地点：二号楼三层第五展厅", "票价：30元", *ZH]


def test_the_articles_paragraphs_in_boxes_named_as_banners_sidebars_or_related_stay_and_an_ad_amid_them_goes():
    quote = "“我们不是在卖电，我们是在学着一起做一件事。”"
    note = "类似的合作模式在欧洲一些乡村已经运行了几十年，但在国内还不多见。"
    box = '<div class="sidebar-explainer"><div class="sidebar-title">什么是“余电上网”？</div>'
    box += '<div class="sidebar-body">家庭光伏发的电先供自家使用，用不完的部分输入公共电网。</div></div>'
    text = [f'<div class="adaptive-text">{t}</div>' for t in ZH]
    page = "<div>" + text[0] + f'<div class="banner-quote">{quote}</div>' + text[1] + box + text[2]
    page += f'<div class="related-context">{note}</div>' + text[3] + "</div>"
    assert blocks(page) == [
        ZH[0],
        quote,
        ZH[1],
        "什么是“余电上网”？",
        "家庭光伏发的电先供自家使用，用不完的部分输入公共电网。",
        ZH[2],
        note,
        ZH[3],
    ]
    ad = '<div class="ad-banner">广告：青禾奶粉限时八折，<a href="https://shop.example.com">立即购买</a>！</div>'
    assert blocks("<div>" + text[0] + text[1] + ad + text[2] + text[3] + "</div>") == ZH


def test_markdowns_rewrites_of_end_marks_icons_and_note_comments_leave_code_as_written():
    code = '###\n:material-pencil:\nprintf "%%d items %%s"'
    kept = text_post("\n\n".join(["## 脚本", ZH[0], f"```bash\n{code}\n```", 'printf 用 `"%%d %%s"` 打印。']))
    assert kept == ["脚本", ZH[0], code, 'printf 用 "%%d %%s" 打印。']
    assert boilerplate.text_rule_for("作者：this is all about 2024-04-09") is None  # (a Latin name is capitalised)
