"""Hard cases, session 50 (2026-12-07): a wiki's notes on its own entry, and the held-out round 92's pages. Every
page is of our own writing; each test of a fix failed before it, and the guards say what stays."""

from __future__ import annotations

from etl.posts import boilerplate, main_content
from tests.test_hard_cases_more import TW, ZH, paragraphs
from tests.test_hard_cases_scans_and_inserts import blocks_titled
from tests.test_hard_cases_site_rows import text_post


def test_a_wikis_hatnote_and_maintenance_box_go_and_an_articles_words_about_itself_stay():
    for notice in (
        "本条目介绍的是龙溪镇的古盐井遗址。关于同名村落，请见“龙溪村 (江安县)”。",
        "「盐井」重定向至此。关于其他用法，请见「盐井 (消歧义)」。",
        "關於與「龍溪」同名的其他用法，請見「龍溪 (消歧義)」。",
        "本条目需要补充更多来源。请协助补充可靠来源，无法查证的内容可能会被提出异议而移除。（2018年3月）",
        "此條目没有列出任何参考或来源。（2020年5月）",
    ):
        assert boilerplate.text_rule_for(notice) == "drop_wiki_notices", notice
    for prose in ("本文介绍的是县里的夜校。关于夜校的历史，请见上篇。", "记者发现，这个条目需要更新。", ZH[0]):
        assert boilerplate.text_rule_for(prose) is None, prose
    page = (
        '<div id="content"><h1>龙溪盐井</h1><div class="hatnote">本条目介绍的是龙溪镇的古盐井遗址。关于同名村落，'
        '请见“<a href="/wiki/x">龙溪村</a>”。</div><div class="ambox">本条目<b>需要补充更多来源</b>。请协助补充可靠来源，'
        f"无法查证的内容可能会被提出异议而移除。</div>{paragraphs(*ZH)}</div>"
    )
    assert blocks_titled(page, "龙溪盐井") == ZH


def test_an_embedded_posts_counts_go_and_the_quoted_post_stays():
    # the author introduces the post ('发了这样一条：'), so its quote is shown as the article's; its counts and its
    # link to the platform are the embed's, never an example
    body = (
        f"{ZH[0]}\n\n观察组发了这样一条：\n\n> {ZH[1]}\n>\n> — 临川雨燕观察 (@swifts@masto.example.org)\n>\n"
        "> 🔁 48 · ⭐ 136 · 💬 9 · [在 Mastodon 上查看](https://masto.example.org/@swifts/1)\n\n"
        f"{ZH[2]}\n"
    )
    kept = text_post(body)
    assert kept == [ZH[0], "观察组发了这样一条：", ZH[1], "— 临川雨燕观察 (@swifts@masto.example.org)", ZH[2]], kept
    for link in ("View on Mastodon", "在 X 上查看"):
        assert boilerplate.text_rule_for(link) == "drop_interface_labels", link


def test_a_blogs_webmentions_go_as_its_comments_with_the_replies_under_them():
    body = f"{ZH[0]}\n\n{ZH[1]}\n\n---\n\n**Webmentions**\n\n- **阿树** 回复：去年在东门粮仓也见过，傍晚特别多！\n"
    assert text_post(body) == ZH[:2]
    # the guard: a reader's reply quoted in the article's prose, no label over it
    body = f"{ZH[0]}\n\n- 阿树 回复：去年在东门粮仓也见过。\n\n{ZH[1]}\n"
    assert text_post(body) == [ZH[0], "阿树 回复：去年在东门粮仓也见过。", ZH[1]]


def test_a_booking_card_and_a_pledge_tier_amid_the_article_go_whole():
    # a travel blog's tour card between its stops: label, name, price with its stars, button; a crowdfunding page's
    # tiers: price, name, what it gives, its backers
    card = (
        '<div class="card"><p>推荐行程</p><p>牛车水老店寻味半日游（含早餐）</p><p>S$38 起/人 ★4.8（612条评价）</p>'
        '<a class="btn" href="/tours/1">立即预订</a></div>'
    )
    tiers = (
        '<div class="tier"><p>NT$ 500</p><p>小小書友</p><p>感謝函一封，以及書車首航照片明信片一張。</p>'
        "<p>已有 412 人贊助</p></div>"
        '<div class="tier"><p>NT$ 1,500</p><p>一箱書的距離</p><p>您的名字將印在書車內側的感謝牆上。</p>'
        "<p>已有 287 人贊助 ・ 限量 500 份</p></div>"
    )
    page = f"<article><h1>牛车水</h1><p>{ZH[0]}</p>{card}<p>{ZH[1]}</p>{tiers}<p>{ZH[2]}</p></article>"
    assert blocks_titled(page, "牛车水") == ZH[:3]
    # the guard: a price the article states in its sentence, and its heading over it
    page = f"<article><h1>牛车水</h1><p>{ZH[0]}</p><h2>门票</h2><p>成人票 S$38，儿童半价。</p><p>{ZH[1]}</p></article>"
    assert blocks_titled(page, "牛车水") == [ZH[0], "门票", "成人票 S$38，儿童半价。", ZH[1]]


def test_a_projects_and_a_platforms_closing_asks_and_notes_go():
    closing = [
        "📥 立即下载墨记 3.0：Windows · macOS · Linux · Android",
        "⭐ 如果墨记对你有帮助，欢迎到 GitHub 给我们点个 Star，这是对开源项目最好的鼓励。",
        "💬 遇到问题？加入用户交流群（QQ 群 813 204 559），或者到论坛反馈。",
        "喜歡這篇文章嗎？可以請我喝杯咖啡 ☕，或在下方留言告訴我你的冬季山行經驗。",
        "—— 本条由 WeiboRSS 自动生成 · 图片 9 张未显示 · 仅供个人阅读",
        "本文由 阿木 创作，采用 知识共享署名 4.0 国际许可协议进行许可。本站文章除注明转载外均为原创，转载前请务必署名。",
    ]
    body = "\n\n".join([ZH[0], ZH[1], *closing]) + "\n"
    assert text_post(body) == ZH[:2]
    # the guards: advice in the article's words, an invitation that is no ask for the site
    for prose in (
        "可以多关注下本地论坛的讨论，你将能收获更多灵感。",
        "居民可以加入志愿队。",
        "也可以留言告訴我你想知道什麼。",
    ):
        assert not boilerplate.is_reader_plea(prose), prose
    for line in ("♪ @山里的阿禾创作的原声", "原聲 - 阿禾"):
        assert boilerplate.text_rule_for(line) == "drop_interface_labels", line


def test_an_arrow_before_a_link_to_the_previous_post_is_a_pointer_alone():
    body = f"{ZH[0]}\n\n{ZH[1]}\n\n← [墨记 2.9：表格编辑器重写预览](https://a.example.org/blog/2-9/)\n"
    assert text_post(body) == ZH[:2]


def test_a_page_saved_twice_as_text_under_the_wayback_toolbar_keeps_one_whole_copy():
    # the toolbar's lines run together as one paragraph; the second copy lacks the first's caption and is cut off
    toolbar = (
        "The Wayback Machine - https://web.archive.org/web/20190612083015/https://news.example.com/2019/06/knife\n"
        "47 captures\n03 Jun 2019 - 17 Aug 2022\nMAY\tJUN\tJUL\n2018\t2019\t2020\nsuccess\nfail\nAbout this capture\n"
        "COLLECTED BY\nCollection: Common Crawl\nWeb crawl data from Common Crawl.\nTIMESTAMPS\nloading"
    )
    caption = "［圖］陳炳輝在街市樓梯口磨刀四十三年。（何子朗攝）"
    first = [ZH[0], caption, ZH[1], ZH[2], ZH[3]]
    second = ["街市最後一個磨刀佬", "撰文：鄧嘉欣 2019年6月10日", ZH[0], ZH[1], ZH[2][:30]]
    kept = text_post("\n\n".join([toolbar, *first, *second]) + "\n")
    assert kept == first, kept
    # the guard: a passage the article repeats at its end, after prose of its own above the first time, is its own
    assert boilerplate.second_copies([ZH[3], ZH[0], ZH[1], ZH[2], ZH[0], ZH[1]]) == range(0)


def test_a_transcripts_ad_and_ident_after_their_time_stamps_go_and_the_rooms_notes_stay():
    for cue in (
        "[00:12:36]（廣告）好鄰居寵物用品，夏季涼感墊買二送一，全台門市同步開賣！",
        "[00:13:10]（台呼）FM97.3，海灣之聲，陪你走過每一個午後。",
        "（音樂）",
    ):
        assert boilerplate.text_rule_for(cue) == "drop_broadcast_cues", cue
    for said in ("[00:14:02] 小雲：好，回來了。", "（笑）", "[掌聲]"):
        assert boilerplate.text_rule_for(said) is None, said


def test_a_search_engines_snapshot_banner_and_full_width_controls_go():
    body = (
        "百度快照\n您查询的关键词是：夜校 年轻人 。如果打开速度慢，可以尝试快速版。\n"
        "（本快照仅为网络故障时的索引，不代表被搜索网站的即时页面。）\n\n"
        "２０２３－０９－２７　０８：３０　来源：泾河日报　记者　孟雨桐\n字号：Ａ＋　Ａ－\n\n"
        f"{ZH[0]}\n\n{ZH[1]}\n\n--\n本条目由 FeedBot 抓取于 2023-09-28 21:10，原文链接已失效。\n"
    )
    assert text_post(body) == ZH[:2]
    # the guard: a sentence written in full-width figures is the article's
    assert boilerplate.text_rule_for("９月２６日上午１０点，３０００个名额两分钟就被抢光。") is None


def test_a_galleries_entry_and_end_controls_go():
    for line in ("[进入高清图集]　[原图下载]　共8张", "图集结束　重新播放　返回图片频道"):
        assert boilerplate.text_rule_for(line) == "drop_gallery_counters", line
    assert boilerplate.text_rule_for("全书共8张图，都是作者自己拍的。") is None


def test_a_papers_text_from_a_pdf_loses_its_running_head_and_keeps_its_wrapped_english_abstract_whole():
    head = "第十二届华东茶学学术研讨会论文集                              2023年11月 · 杭州"
    abstract = (
        "Abstract: To evaluate the effect of biochar on the ameliora-\ntion of soil acidification in tea plantations, "
        "a three-year\nfield experiment was conducted with four rates. Application of 10\nt/hm2 biochar raised pH "
        "and increased tea yield by\n11.3%.\nKeywords: biochar; tea plantation; soil acidification"
    )
    body = "\n\n".join([head, ZH[0], abstract, head, ZH[1], head, ZH[2]]) + "\n"
    kept = text_post(body)
    assert [t for t in kept if t in ZH] == ZH[:3] and not any("论文集" in t for t in kept), kept
    english = next(t for t in kept if t.startswith("Abstract"))
    assert "yield by 11.3%." in english and "Keywords: biochar; tea plantation; soil acidification" in kept, kept
    # the guard: a dated line the article repeats twice (a timeline's month) stays
    body = "\n\n".join(["2023年11月 · 杭州", ZH[0], "2023年11月 · 杭州", ZH[1]]) + "\n"
    assert text_post(body).count("2023年11月 · 杭州") == 2


def test_a_forum_topics_numbered_replies_and_a_trackers_notes_go_with_their_pages_rows():
    # a V2EX-like topic copied as text: its buttons, its count of replies with the last one's time, numbered replies
    # with each writer's time, zone and likes, the reply box's hint and the site's footer
    replies = (
        "  收藏    忽略主题    Tweet    Facebook    感谢  \n152 条回复  •  2023-11-05 14:02:33 +08:00\n\n"
        "1    kevin2020    2023-11-02 21:20:31 +08:00    ❤️ 12\n县城的网速稳定吗？停电多不多？\n\n"
        "2    townhall_wen    OP    2023-11-02 21:25:02 +08:00\n@kevin2020 网速没问题，停电一年两三次。\n\n"
        "添加一条新回复\n请尽量让自己的回复能够对别人有帮助\n\n关于  ·  帮助文档  ·  API  ·  FAQ  ·  我们的愿景\n"
    )
    assert text_post("\n\n".join(ZH[:3]) + "\n\n" + replies) == ZH[:3]
    # a tracker's news with its notes under their label, each writer 'added' so long ago, and its footer
    notes = (
        "评论\n李婷 在 大约 2 年 之前添加\n周六能不能延长到下午一点？\n赵刚 在 大约 2 年 之前添加\n支持预约。\n\n"
        "添加评论\n\n也可以下载为：Atom | PDF\n由 Redmine 提供支持\n"
    )
    assert text_post("\n\n".join(ZH[:3]) + "\n\n" + notes) == ZH[:3]
    assert boilerplate.text_rule_for("感谢") is None  # (a word of the forum's row alone is the text's)


def test_a_drafts_review_marks_exported_with_it_go():
    body = (
        "【清样 v3】第2版 社区新闻 - 修订模式导出\n文件名：0506-长者食堂-清样v3.docx　最后修改：周晓雯　2023/5/5 18:42\n\n"
        f"{ZH[0]}\n\n{ZH[1]}\n\n（全文完）\n\n批注 [周1]: 开业日期请和街道办再核对一下。\n批注 [刘2]: 价格发稿前确认。\n"
        "已删除: 大约\n已插入: 正好\n格式已更改: 字体: (中文) 宋体, 小四\n"
    )
    assert text_post(body) == ZH[:2]
    assert boilerplate.text_rule_for("编辑在批注里写道：价格要再核实。") is None


def test_an_old_portals_article_in_a_cell_under_its_headline_cell_leaves_the_other_columns():
    # no heading on the page: the headline is a cell's bold text; the left column's notices and the picture news
    # under the article are prose of their own, and the row holding all columns scored best
    notices = "<TR><TD><FONT size=2>因机房线路改造，本站将于6月25日零时至6时暂停访问，其间论坛发帖、留言功能同时关闭，给您带来不便，敬请谅解。<BR><BR>欢迎广大网友踊跃投稿，来稿请注明真实姓名和联系电话，稿件一经采用即付稿酬。</FONT></TD></TR>"
    article = "<BR><BR>".join(f"　　{t}" for t in ZH)
    page = (
        "<HTML><BODY><TABLE width=778><TR><TD width=180 vAlign=top><TABLE>"
        f"<TR><TD><B>本站公告</B></TD></TR>{notices}</TABLE></TD><TD width=590 vAlign=top><TABLE>"
        "<TR><TD align=center><FONT size=5><B>山区小县的排名又降了两位</B></FONT></TD></TR>"
        "<TR><TD align=center><FONT size=2>发布时间：2016-6-18 9:12:33　来源：桐安日报</FONT></TD></TR>"
        f"<TR><TD><FONT size=3>{article}</FONT></TD></TR></TABLE>"
        "<TABLE><TR><TD><B>图片新闻</B></TD></TR><TR><TD><FONT size=2>端午前夕，老街的粽子铺门前排起长队，一家开了三十年的"
        "老店每天要包两千多个粽子。<BR><BR>昨日傍晚，一场雷阵雨过后，城西湿地公园上空出现双彩虹，不少市民驻足拍照。"
        "</FONT></TD></TR></TABLE></TD></TR></TABLE></BODY></HTML>"
    )
    assert blocks_titled(page, "山区小县的排名又降了两位") == ZH


def test_a_programmes_list_beside_the_curators_note_is_the_articles_and_a_sidebar_column_is_not():
    films = "".join(
        f'<div class="film"><h3>《{name}》</h3><p class="film-meta">台灣｜2016｜導演：許晴嵐｜88分鐘</p><p>{text}</p></div>'
        for name, text in (("七美的燈塔", TW[1]), ("潮間帶", TW[2]), ("冬天的碼頭", ZH[1]), ("南方澳的夏天", ZH[2]))
    )
    page = (
        '<div class="program-page"><section class="program-intro"><h1>十月專題｜海邊的人</h1>'
        f'<p>{TW[0]}</p><p>{TW[3]}</p></section><section class="program-list"><h2>放映片單</h2>{films}</section>'
        '<section class="about-box"><h3>關於我們</h3><p>港町光影是一間老戲院。</p></section></div>'
    )
    kept = blocks_titled(page, "十月專題｜海邊的人")
    assert kept[:3] == [TW[0], TW[3], "放映片單"] and TW[1] in kept and TW[2] in kept and "《潮間帶》" in kept, kept
    assert "港町光影是一間老戲院。" not in kept and "關於我們" not in kept, kept


def test_a_sites_accessibility_modes_text_download_and_a_graded_rating_go():
    for line in ("无障碍浏览", "長者模式", "下载本文", "作文等级：★★★★☆"):
        assert boilerplate.text_rule_for(line) == "drop_interface_labels", line
    for word in ("无障碍", "口味：★★★★☆"):  # (a heading of an article on access; a review's own score)
        assert boilerplate.text_rule_for(word) is None, word


def test_the_pages_row_of_tools_under_a_notice_opens_the_footer_with_the_offices_address_and_hours():
    body = (
        f"{TW[0]}\n\n{TW[1]}\n\n{TW[2]}\n\n{TW[3]}\n\n如有疑問，請洽電力公司南溪服務所，電話：(05)552-3301。\n\n［回上一頁］　［列印］　［友善列印］\n"
        "南溪鄉公所　地址：南溪鄉中正路100號　總機：(05)552-1000\n上班時間：週一至週五 8:00-12:00、13:30-17:30\n"
    )
    assert text_post(body) == [*TW[:4], "如有疑問，請洽電力公司南溪服務所，電話：(05)552-3301。"]


def test_a_footers_row_of_hotlines_goes_and_a_notices_own_number_stays():
    for row in ("本报新闻热线：96117　广告热线：8802 3456", "緊急求助請撥 999　｜　非緊急查詢熱線：2527 0000"):
        assert boilerplate.text_rule_for(row) == "drop_page_meta", row
    for own in ("查詢熱線：2527 1234", "請致電 2860 4417 或 2860 4418 與特別調查組陳督察聯絡。"):
        assert boilerplate.text_rule_for(own) is None, own


def test_a_grids_column_of_teasers_beside_a_short_article_stays_out():
    items = "".join(f'<div class="item"><h4>另一篇报道第{i}号</h4><p>{t}</p></div>' for i, t in enumerate(TW[1:4]))
    page = (
        f'<div class="row"><div class="col-8"><h1>图书馆延长夜间开放时间</h1><p>{ZH[0]}</p><p>{ZH[1]}</p></div>'
        f'<div class="col-4"><h3>本周文化要闻</h3>{items}</div></div>'
    )
    assert blocks_titled(page, "图书馆延长夜间开放时间") == ZH[:2]


def test_the_sites_other_notices_under_their_label_go():
    items = (
        ("/t/1", "关于11月10日城东工业园区临时停水的通知", "2024-11-08"),
        ("/t/2", "关于凤栖路阀门更换降压供水的通知", "2024-11-05"),
        ("/t/3", "关于老城区二次供水设施清洗的通知", "2024-10-30"),
    )
    others = "".join(f'<li><a href="{href}">{title}</a><span>{day}</span></li>' for href, title, day in items)
    page = (
        f"<div class='sw-main'><div class='notice'><h1>停水通知</h1>{paragraphs(*ZH)}"
        "<p class='sign'>客户服务中心<br>2024年11月12日</p></div>"
        f"<div class='other-notices'><h3>其他停水通知</h3><ul>{others}</ul></div></div>"
    )
    assert blocks_titled(page, "停水通知") == [*ZH, "客户服务中心 2024年11月12日"]
    for label in ("其他停水通知", "其它公告", "其他新闻："):  # (the site's other items of the kind: a related label)
        assert main_content.reads_as_related_label(label), label
    assert not main_content.reads_as_related_label("其他通知事项如下")
