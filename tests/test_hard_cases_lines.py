"""Hard cases, session 46 (2026-12-07): paragraphs written one per line (Markdown's hard breaks as a habit, a plain
text's lines under their heading), rows of the page's tools and fields, a comment section copied line by line. Every
page is of our own writing; each test failed before the fix it names."""

from __future__ import annotations

from etl.posts import boilerplate
from tests.test_hard_cases_more import TW, ZH, blocks, paragraphs
from tests.test_hard_cases_site_rows import text_post


def test_a_bots_paragraphs_one_per_line_with_hard_breaks_are_paragraphs_and_its_chrome_lines_go():
    # every line ends in two spaces and no blank line sets them apart: Markdown would make one paragraph of it all, and
    # the trail, the date and the font's size were glued to the article
    lines = [
        "中台灣在地報 > 地方 > 環境",
        "2024/06/12 17:20",
        "字級 小 中 大",
        *TW,
        "延伸閱讀：",
        "‧ 市場改建遲未動工 攤商陳情",
    ]
    assert text_post("".join(f"{line}  \n" for line in lines)) == TW


def test_a_trail_may_open_with_the_sites_name():
    assert blocks(paragraphs("中台灣在地報 > 地方 > 環境", *TW)) == TW


def test_a_notice_that_scripts_are_off_goes():
    notice = "检测到您的浏览器已禁用脚本，部分段落和图片可能无法正常显示。"
    assert blocks(f"<noscript><div>{notice}</div></noscript>" + paragraphs(*ZH)) == ZH
    assert boilerplate.text_rule_for("我的浏览器已禁用脚本，因为这个网站太慢。") is None


def test_a_row_of_tools_after_the_article_goes_when_only_a_dropped_sentence_follows_it():
    row = "👍 赞 36 ｜ ⭐ 收藏 ｜ ↗ 转给同样在熬夜的人"
    assert blocks(paragraphs(*ZH, row, "本文首发于小城故事，转载请后台联系授权。")) == ZH


def test_a_plain_texts_paragraphs_one_per_line_under_their_heading_are_blocks_of_their_own():
    part = "\n".join(["【繁體】", "百年會館重開義學 週末教長者讀寫中文", *TW])
    assert text_post(f"{part}\n\n{ZH[0]}") == ["【繁體】", "百年會館重開義學 週末教長者讀寫中文", *TW, ZH[0]]
    # a paragraph wrapped at a width stays one
    wrapped = "".join(ZH)
    lines = [wrapped[i : i + 30] for i in range(0, len(wrapped), 30)]
    assert text_post("\n".join(lines) + "\n\n" + TW[0]) == ["".join(ZH), TW[0]]


def test_the_article_in_both_scripts_each_under_its_label_stays_whole():
    simplified = ["今年三月，县政府公布了新的人口统计，这个位于山区的小镇人口跌破一万，比十年前少了将近三成。"]
    simplified += ["镇公所的职员说，人口外流的原因主要是工作机会太少，年轻人读完高中就去台北或台中打工，很少再回来。"]
    simplified += ["但也有人认为，统计只算设籍人口，没有算上周末回来的通勤族，镇上的假日市集其实越来越热闹。"]
    page = paragraphs("【繁體】", *TW[:3], "【简体】", *simplified)
    assert blocks(page) == ["【繁體】", *TW[:3], "【简体】", *simplified]


def test_rows_of_reading_tools_and_of_chrome_fields_go():
    for row in (
        "字體：繁｜简　　A- A+　　🖨 列印",
        "A- A+ 列印",
        "Listen · 8 min read · 🔒 This post is free for all subscribers",
        "Open in Telegram · View in browser",
    ):
        assert blocks(paragraphs(row, *ZH)) == ZH, row
    # the sizes alone may be a table's, and places set apart by dots are no chrome
    assert boilerplate.text_rule_for("大 中 小") is None
    assert boilerplate.text_rule_for("北京 · 上海 · 广州") is None


def test_a_line_asked_again_gets_the_same_rule_and_the_lines_asked_stay_bounded():
    # a worker remembers the rules' answer for a short line; whether it is all link text is part of the question
    assert boilerplate.text_rule_for("Facebook", link_only=True) == "drop_share_captions"
    assert boilerplate.text_rule_for("Facebook") is None
    assert boilerplate.text_rule_for("Facebook", link_only=True) == "drop_share_captions"
    assert boilerplate.text_rule_for("A- A+ 列印") == boilerplate.text_rule_for("A- A+ 列印") is not None
    for n in range(boilerplate.RULES_ASKED_SIZE + 10):
        boilerplate.text_rule_for(f"第{n}行")
    assert len(boilerplate._rules_asked) <= boilerplate.RULES_ASKED_SIZE
    long_line = "长" * (boilerplate.RULES_ASKED_MAX_CHARS + 1)
    boilerplate.text_rule_for(long_line)
    assert (long_line, False) not in boilerplate._rules_asked


def test_a_channels_lines_a_media_placeholder_and_a_bracketed_hint_go():
    for line in (
        "Join channel to see more posts",
        "Pinned message",
        "📷 Photo",
        "[图片]",
        "【視頻】",
        "（點擊圖片放大）",
    ):
        assert boilerplate.text_rule_for(line) is not None, line
    assert boilerplate.text_rule_for("照片") is None
    assert boilerplate.text_rule_for("本報所有內容受版權保護，轉載須註明出處。") == "drop_copyright_lines"


def test_comments_copied_with_each_writer_and_time_on_a_line_of_their_own_go():
    comments = [
        "网友评论",
        "32条评论  按热度排序",
        "江南小雨  2小时前",
        "我家楼下那块空地能不能改一下？",
        "回复  赞(18)",
    ]
    comments += ["老王不老  3小时前", "希望别又是铺一片草坪就完事了。", "回复  赞(9)", "查看更多评论 >"]
    assert text_post("\n\n".join(ZH) + "\n\n" + "\n".join(comments)) == ZH
    assert blocks(paragraphs(*ZH, *comments)) == ZH  # (each line a paragraph of its own)


def test_a_plain_texts_header_lines_above_the_article_are_weighed_one_by_one():
    # the site's name, its menu (items apart by wide gaps) and the trail to the section, on lines of one paragraph
    header = "山城小報\n首頁\u3000新聞\u3000副刊\u3000小品\u3000影音\n副刊 › 小品"
    # (the site's name over the menu goes with it, as its first field)
    assert text_post(header + "\n\n" + "\n\n".join(TW)) == TW
    menu = "南灣時報\u3000首頁\u3000即時\u3000地方\u3000評論\u3000副刊\u3000訂閱\n評論 › 讀者來函"
    assert text_post(menu + "\n\n本版言論不代表本報立場\n\n" + "\n\n".join(TW)) == TW
    # a stanza of short lines opening a poem reads as written, its lines apart by a space
    stanza = "一个人把行李\n当成枕头\n另一个人把枕头\n当成远方"
    assert text_post(stanza + "\n\n" + "\n\n".join(ZH))[0] == "一个人把行李 当成枕头 另一个人把枕头 当成远方"


def test_a_bio_under_its_writers_label_and_a_plea_for_independent_journalism_go():
    bio = "林曉晴，城西週報人物版記者，畢業於浸會大學新聞系，曾在社福機構工作五年，關注殘疾人士權益與無障礙政策。"
    plea = "Support independent community journalism. 訂閱城西週報，每月$38，支持我們繼續記錄街坊的故事。"
    assert blocks(paragraphs(*TW, "關於撰稿人", bio, plea)) == TW


def test_series_pointers_an_editors_pick_and_a_feed_cards_controls_go():
    series = "往期回顾：第8篇｜渔村的数字怎么数 · 第7篇｜客家山歌里的节气"
    assert blocks(paragraphs(*ZH, series)) == ZH
    teaser = (
        "上学期，本报记者在图书馆地下书库蹲守了两个月，追踪一本被借阅了六百多次的教材。点击阅读《一本教材的六百个主人》"
    )
    assert blocks(paragraphs(*ZH[:2], "编辑推荐", teaser, *ZH[2:])) == ZH
    # the same pointer in the article's own paragraph, with no label over it, stays
    assert blocks(paragraphs(*ZH[:2], teaser, *ZH[2:])) == [*ZH[:2], teaser, *ZH[2:]]
    assert blocks(paragraphs(*ZH, "举报 | 不感兴趣")) == ZH
    assert blocks(paragraphs("⚠ 本文含交互图表，请在网页版查看完整效果。", *ZH)) == ZH


def test_a_clocks_reading_time_a_chapters_word_count_and_a_novel_sites_tools_go():
    for line in (
        "🕒 約 7 分鐘 ・ 2024/01/08",
        "作者：沈青禾　　本章字數：2,864　　更新時間：2024-02-09 22:00",
        "字體：大 中 小　｜　背景：☀ 🌙　｜　簡體",
    ):
        assert blocks(paragraphs(line, *TW)) == TW, line


def test_a_letters_sign_off_in_a_box_named_as_a_signature_stays():
    letter = paragraphs(*TW) + '<p class="sign">——太平區讀者　賴淑卿</p>'
    assert blocks(f"<blockquote>{letter}</blockquote>") == [*TW, "——太平區讀者 賴淑卿"]


def test_a_bio_label_with_the_writers_name_a_kickers_link_an_app_pitch_and_a_live_entrys_share_go():
    bio = "林子晴，同好會第三屆會長，白天是國小自然科老師，晚上是流星計數志工。"
    assert blocks(paragraphs(*TW) + "<h3>關於作者 林子晴</h3>" + paragraphs(bio)) == TW
    kicker = '<p><a href="/columns/ground-truth">Ground Truth</a></p><h1>测试</h1>'
    assert blocks(kicker + paragraphs(*ZH)) == ZH
    assert blocks(paragraphs(*ZH, "下载南洋晨光报APP，本地新闻第一时间推送！")) == ZH
    assert blocks(paragraphs("分享此条", *ZH)) == ZH


def test_a_menu_apart_by_wide_gaps_above_the_article_goes_in_plain_text_and_markdown():
    menu = "Pacific Wire    Newsroom    Submit a Release    Log in"
    assert text_post("\n\n".join([menu, *ZH])) == ZH
    assert text_post("\n\n".join([menu, "## 小标题", *ZH])) == ["小标题", *ZH]  # (Markdown)
    masthead = "THE MILLBROOK LEDGER\nNews | Sports | Opinion | Obituaries | e-Edition\nSign in | Subscribe"
    assert text_post("\n\n".join([masthead, "## 小标题", *ZH])) == ["小标题", *ZH]
    release = "NEWS PROVIDED BY\nLumenfield Robotics Ltd.\n05 Mar, 2024, 09:00 HKT"
    assert text_post("\n\n".join([release, *ZH])) == ZH
    assert text_post("\n\n".join(["Listen to this article · 5 min", *ZH])) == ZH


def test_an_e_papers_header_of_fields_apart_by_wide_gaps_goes():
    header = "\n".join(
        [
            "北岸日报数字报\u3000\u30002024年06月18日\u3000星期二",
            "第A05版：城市新闻\u3000\u3000【上一版】\u3000【下一版】",
            "放大\u3000缩小\u3000默认\u3000\u3000打印本文\u3000\u3000版面导航",
            "本版责编：刘一鸣\u3000美编：张帆\u3000校对：王可",
        ]
    )
    assert text_post(header + "\n\n" + "\n\n".join(ZH)) == ZH


def test_an_email_zines_masthead_box_notice_and_footer_between_two_rules_go():
    masthead = (
        "+--------------------+\n|   巷 仔 口 電 子 報   |\n|   第 47 期 ‧ 2024 年 4 月號   |\n+--------------------+"
    )
    notice = "如果這封信顯示為亂碼，請點此線上閱讀：https://alley.example/47"
    footer = "\n".join(
        ["-" * 35, "巷仔口電子報由三位志工維護。", "投稿或來信：hello@alley.example", "不想再收到？回覆「退訂」即可。"]
    )
    footer += "\n" + "-" * 35
    assert text_post("\n\n".join([masthead, notice, *TW, footer])) == TW
    # (the paragraph over the closing rule is no setext heading: it ends a sentence; the text is plain)


def test_a_plain_texts_escaped_entities_are_read_before_its_lines_are_weighed():
    # the editors' credit under the last paragraph's line: told apart once '&nbsp;' reads as a space
    assert text_post("\n\n".join(ZH) + "\n（编辑：孟琳&nbsp;&nbsp;审核：刘振东）") == ZH
    assert text_post("\n\n".join([*ZH, "点击查看原文&gt;&gt;"])) == ZH


def test_a_complaint_portals_header_counts_and_related_complaints_go():
    header = "消费观察 | 首页 > 维权 > 正文\n我要投诉\u3000\u3000投诉进度查询\u3000\u3000登录/注册"
    dateline = "2024-01-10 11:26\u3000来源：申城消费报\u3000作者：钱一诺\n阅读 8,642\u3000\u3000已有 312 人觉得有用"
    related = "相关投诉\n· 游泳馆会员卡到期前突然闭馆，退费遥遥无期\n· 早教机构更名换址，课时费找谁退？"
    body = "\n\n".join([header, dateline, *ZH, "👍 有用(312)\u3000\u3000💬 评论(57)\u3000\u3000↗ 分享", related])
    assert text_post(body) == ZH
    # a question of the article's own under its heading stays
    assert boilerplate.text_rule_for("这个方法有用吗？") is None


def test_lists_and_comments_whose_label_a_rule_took_go_with_it():
    tail = "👍 1.2萬\u3000💬 327\u3000↗ 分享\n➤ 加入晨光新聞LINE好友，掌握地方大小事\n更多晨光新聞報導\n．高雄捷運黃線最新進度出爐\n．夏天到了！台南冰店地圖一次看"
    assert text_post("\n\n".join([*TW, tail])) == TW
    comments = ["留言（188）\u3000最新｜最熱", "Kelvin Chan\u30002小時前\n讀了七年，捨不得。\n👍 56\u3000回覆"]
    comments += ["阿May\u30003小時前\n安記的西多士真係全區最好食\n👍 31\u3000回覆", "查看更多留言 ›"]
    assert text_post("\n\n".join([*TW, "喜歡這篇文章？下載港灣日報 App，即時接收突發新聞推送。", *comments])) == TW


def test_a_figures_caption_beside_its_pictures_buttons_stays():
    # a newsletter platform's picture: its own buttons inside the link were read as a poll's choices, its caption as
    # the poll's question, and the figure went
    buttons = '<div class="image-link-expand"><button type="button">Restack</button><button>View image</button></div>'
    figure = (
        '<div class="captioned-image-container"><figure><a class="image-link" href="https://cdn.example.com/a.jpeg">'
        f'<div><picture><img src="https://cdn.example.com/a.jpeg"></picture>{buttons}</div></a>'
        '<figcaption class="image-caption">学校门口的校名牌，马来文在上，中文在下。</figcaption></figure></div>'
    )
    assert blocks(paragraphs(*ZH[:2]) + figure + paragraphs(*ZH[2:])) == [
        *ZH[:2],
        "学校门口的校名牌，马来文在上，中文在下。",
        *ZH[2:],
    ]


def test_a_list_of_key_terms_named_as_keywords_stays():
    terms = (
        '<dl class="keywords"><dt>关键词一：热失控</dt><dd>指电池内部温度失控上升，最终可能起火。新规要求电池包在5分钟内不得起火。</dd>'
        "<dt>关键词二：身份码</dt><dd>每块电池都将有唯一的身份码，记录生产企业。市民扫码即可查询电池来源。</dd></dl>"
    )
    kept = blocks(paragraphs(*ZH[:2]) + terms + paragraphs(*ZH[2:]))
    assert "关键词二：身份码" in kept and "每块电池都将有唯一的身份码，记录生产企业。市民扫码即可查询电池来源。" in kept
    # a post's tags named so go
    tags = '<ul class="keywords"><li><a href="/tag/a">电动车</a></li><li><a href="/tag/b">新国标</a></li></ul>'
    assert blocks(paragraphs(*ZH) + tags) == ZH


def test_a_blogs_comments_in_a_numbered_list_and_its_footer_lines_go():
    comments = "\n\n".join(
        [
            "### 3 thoughts on “再見，舊書樓”",
            "1. **阿May** says:  \n   2023年5月3日 at 10:12 上午\n\n   我都係中學時去開！好唔捨得。\n\n   [Reply](https://b.example.com/?replytocom=412)",
            "2. **Ken L.** says:  \n   2023年5月3日 at 1:47 下午\n\n   謝謝你寫低佢。\n\n   [Reply](https://b.example.com/?replytocom=415)",
        ]
    )
    assert text_post("\n\n".join([*TW, "### Like this:", "Like Loading...", comments])) == TW
    footer = "Share to Twitter\nLabels: minutes\nNo comments:\nPost a Comment\nNewer Post Older Post Home"
    assert text_post("\n\n".join(["## Minutes", *ZH, footer])) == ["Minutes", *ZH]
    assert boilerplate.text_rule_for("Home") is None


def test_comments_with_where_each_was_posted_from_and_a_reply_mark_go():
    comments = "热门评论（218）\n黔东南小王 贵州 · 3小时前\n这才是真正的体育！\n└ 平寨阿兰：他现在也很厉害的，明年还来！\n查看全部218条评论 >"
    assert text_post("\n\n".join([*ZH, "已有 12.8万 人阅读", comments])) == ZH


def test_a_paragraph_opening_with_a_word_that_starts_as_comments_is_the_articles():
    said = "评论人宋志标在解析这篇讲话的文章中表示：历史研究的正当地位被取代了。"
    assert blocks(paragraphs(*ZH, said)) == [*ZH, said]


def test_a_columns_header_a_days_pager_a_players_length_and_a_promotions_button_go():
    header = "府城日報｜專欄｜歷史上的今天\n2024-01-22\u3000編輯部\n往期：5月19日｜5月18日｜5月17日｜更多 »"
    assert text_post("\n\n".join([header, *TW, "◀ 5月19日\u3000\u3000\u3000\u3000\u30005月21日 ▶"])) == TW
    for line in (
        "🎧 听全文 04:32",
        "🔔 高考志愿一键测 输入分数，3秒看能上哪些大学 → 立即体验",
        "觀看議會直播回放",
        "查看全部 312 个回答",
    ):
        assert blocks(paragraphs(line, *ZH)) == ZH, line
    assert boilerplate.text_rule_for("他在家觀看直播回放。") is None


def test_a_menu_wrapped_at_a_width_and_a_fields_row_under_the_headline_are_read_as_they_are():
    menu = "首页｜要闻｜本地｜财经｜文体｜评论｜视频\n｜图片｜专题｜数字报｜客户端下载｜登录｜\n注册\n当前位置：首页＞本地新闻＞县区"
    assert text_post("\n\n".join([menu, *ZH])) == ZH
    # a row of fields apart by gaps under the headline is a dateline's, no menu with the headline as its first field
    top = "上塘村2024年第二季度村级财务收支公开\n时间：2024-07-12\u3000阅读量：207\u3000来源：上塘村村务监督委员会"
    assert text_post("\n\n".join([top, *ZH]))[-len(ZH) :] == ZH
    assert "上塘村2024年第二季度村级财务收支公开 ｜ 时间：2024-07-12" not in " ".join(
        text_post("\n\n".join([top, *ZH]))
    )


def test_english_comments_with_a_worded_date_after_a_dot_go():
    comments = (
        "### Comments (4)\n\n**hamdad_kc** · April 19, 2024 at 9:44 pm  \nPicked it up on my receiver on day 3!\n\n"
    )
    comments += "**Margie T.** · April 20, 2024 at 7:02 am  \nSo proud of these students."
    assert text_post("\n\n".join(["## The launch", *ZH, comments])) == ["The launch", *ZH]


def test_a_related_list_above_the_comments_and_a_notification_prompt_go():
    # (the related list stood above the comments: once the comments and the footer went, nothing looked at it again)
    top = "[開啟通知，第一時間掌握重要新聞]\u3000允許\u3000稍後"
    tail = (
        "分享到 LINE\u3000分享到 Facebook\u3000複製連結\n"
        "👍 讚 128\u3000💬 留言 14\u3000🔖 收藏\n"
        "\n"
        "延伸閱讀\n"
        "▸ 詐騙簡訊新手法 假冒電信公司催繳 民眾當心\n"
        "▸ 銀髮族學手機 社大開課一位難求\n"
        "▸ 手機螢幕時間太長？醫師：先從睡前一小時做起\n"
        "\n"
        "留言（14）\n"
        "登入後即可留言\n"
        "阿芬：我媽也是這樣！！今天回家馬上幫她關\n"
        "Kevin Wu：推第二點，購物App真的很吵\n"
        "\n"
        "下載北島日報App，看更多在地新聞\n"
        "關於我們｜廣告刊登｜隱私權政策｜服務條款\n"
        "© 2024 北島日報 版權所有\n"
    )
    assert text_post("\n\n".join([top, *TW, tail])) == TW


def test_a_printed_pages_running_foot_amid_a_speech_and_a_bracketed_subscribe_button_go():
    speech = "消费者代表：我住的是九十年代的老小区，一家五口，三代人。按方案一，\n"
    speech += "听证实录（整理稿）\u3000\u3000— 2 —\u3000\u3000桐江市发展和改革委员会\n我们家每月多交十来块钱，能接受。"
    assert text_post("\n\n".join([*ZH, speech])) == [
        *ZH,
        "消费者代表：我住的是九十年代的老小区，一家五口，三代人。按方案一，我们家每月多交十来块钱，能接受。",
    ]
    assert (
        blocks(paragraphs(*TW) + "<blockquote>訂閱溪南週報數位版 首月只要1元，隨時可取消 ［立即訂閱］</blockquote>")
        == TW
    )
    # a line of the text with dashes in it is no page's foot
    said = "比分是 3 - 2 - 1，主队险胜。"
    assert said in text_post("\n\n".join([*ZH, said]))
