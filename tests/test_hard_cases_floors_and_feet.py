"""Hard cases, session 47 (2026-12-07): a forum thread copied as text and told apart by its floors, a social page's post
and its comments line by line, a footer's lines beside its copyright, a text with a stray tag, notes under a break.
Every page is of our own writing; each test of a fix failed before it, and the guards say what stays."""

from __future__ import annotations

from etl.posts import boilerplate
from tests.test_hard_cases_more import TW, ZH, assert_each_goes, blocks, paragraphs
from tests.test_hard_cases_site_rows import text_post


def test_a_forum_thread_copied_as_text_keeps_the_original_posters_floors_only():
    # each floor: the member's name, rank and level, the words, a signature, the time and the reply button; a reader's
    # floor and a shop's between the poster's were the article's, and so were the heads and the feet
    signature = "——修车不易，且修且珍惜。本人承接本地上门维修，私信勿扰谢谢"
    lines = [
        "进入贴吧",
        "全吧搜索",
        "关注：88,120 贴子：1,203,554",
        "测试",
        "只看楼主",
        "回复",
        "老陈修车",
        "吧务",
        "9",
        *ZH[:2],
        signature,
        "2023-04-01 20:10",
        "回复(4)",
        "夜骑小王",
        "3",
        "前排围观，我家那辆也该换了，楼主太及时了",
        "2023-04-01 20:15",
        "回复",
        "老陈修车",
        "吧务",
        "9",
        "（接上楼）",
        *ZH[2:],
        signature,
        "2023-04-01 20:21",
        "回复(2)",
        "街口电池店",
        "1",
        "换电池找我们，全市上门",
        "2023-04-01 20:40",
        "回复",
        "共2页",
        "发贴请遵守贴吧协议及“七条底线”",
    ]
    assert text_post("\n".join(lines)) == [*ZH[:2], "（接上楼）", *ZH[2:]]


def test_dated_entries_with_a_reply_button_are_no_thread_when_no_member_posts_twice():
    # a list of entries each with its time and its button is a thread only when the opening member posts again
    lines = ["甲", "3", ZH[0], "2023-04-01 20:10", "回复", "乙", "2", ZH[1], "2023-04-01 20:15", "回复"]
    assert ZH[0] in text_post("\n".join(lines)) and ZH[1] in text_post("\n".join(lines))


def test_a_social_pages_post_copied_as_text_loses_its_pictures_words_reactions_and_comments():
    lines = [
        "6月21日下午6:05",
        *TW,
        "相片可能是 3 個人、操場和海洋的圖像",
        "+8",
        "所有心情：",
        "1.2萬",
        "留言",
        "最相關",
        "林小美",
        "哭了……我也是小校畢業的，母校十年前也併校了",
        "3天",
        "回覆",
        "124",
        "海尾村辦公處",
        "謝謝老師這些年的照顧，歡迎常回來！",
        "3天",
        "回覆",
        "58",
        "以林小美的身分留言……",
    ]
    assert text_post("\n".join(lines)) == TW


def test_comments_with_their_date_under_the_name_and_a_reply_button_under_the_words_go():
    lines = [*TW, "", "為此食譜評分", "你可能也喜歡", "・馬拉糕：一個竹蒸籠的週末", "・懶人版楊枝金露", "12則留言"]
    lines += ["Winnie C.", "2025年1月23日", "跟住做第一次就成功！", "回覆", "阿芬", "2025年1月23日"]
    lines += ["粉漿倒入後等半分鐘先放紅豆，就唔會沉得咁快～", "回覆", "載入更多留言"]
    assert text_post("\n".join(lines)) == TW


def test_a_box_of_first_comments_amid_a_thread_goes_from_its_label_to_its_pointer():
    lines = [ZH[0], "收起d", "热门评论", "喵不语：车顶被砸出好几个坑，保险能赔吗", "6-14 17:50 来自 湖北 回复 赞 213"]
    lines += ["江城观察员：这个要看有没有买车损险。", "6-14 17:53 来自 湖北 回复 赞 97", "查看全部128条评论 >", *ZH[1:]]
    lines += ["//@城市骑行者:今天在白沙洲骑车被砸了，头盔救了我"]
    assert text_post("\n".join(lines)) == ZH


def test_a_posts_counts_one_a_line_are_no_example_the_article_shows():
    # the article's list of times, introduced by its sentence, ran on into the counts under it, and they stayed
    lines = ["这次冰雹的时间线如下：", "16:05 雷暴单体生成", "16:20 东湖开始降雹", "16:50 单体移出城区"]
    lines += ["转发 64", "评论 22", "赞 756", ZH[0]]
    assert text_post("\n".join(lines)) == [*lines[:4], ZH[0]]


def test_a_footers_lines_beside_its_copyright_go_and_a_notices_own_phone_number_stays():
    notice = [*TW, "如有疑問，請洽里辦公處，電話（06）2630-5518。", "新興里里長 林秀鳳 敬啟"]
    footer = [
        "南隅區公所 版權所有　地址：70xxx 南隅區中正路100號　總機：(06)2600-0000",
        "服務時間：週一至週五 08:00-12:00，13:30-17:30",
        "建議使用 Chrome、Edge 最新版本瀏覽，最佳解析度 1280x768",
    ]
    assert text_post("\n".join([*notice, ":::", *footer])) == notice
    assert boilerplate.text_rule_for("建议使用 Chrome 浏览器打开该网站") is None  # (a how-to's step)


def test_a_games_statutory_notices_and_its_channels_row_go():
    assert_each_goes(
        [
            "健康游戏忠告：抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。",
            "适龄提示：本游戏适合16周岁以上用户",
            "官方QQ群：000000000 | 官方微博：@云岭茶镇 | 客服邮箱：kf@tea.example.com",
        ]
    )


def test_a_text_with_a_stray_tag_is_read_as_text_in_its_lines():
    # one '<br />' a copy kept made the whole body HTML: its lines ran together into two paragraphs
    lines = ["临江市图书馆", "首页", "馆情介绍", "读者服务", "数字资源", "您当前位置：首页 > 通知公告 > 阅读推广"]
    lines += [ZH[0], "1.《山那边的灯塔》", "作者：许青禾　索书号：I287.45/1123", f"{ZH[1]}<br />{ZH[2]}"]
    lines += ["加入书架　在线试读　馆藏查询", ZH[3], "【打印】【关闭】"]
    assert text_post("\n".join(lines)) == [
        ZH[0],
        "1.《山那边的灯塔》",
        "作者：许青禾 索书号：I287.45/1123",
        f"{ZH[1]} {ZH[2]}",
        ZH[3],
    ]


def test_a_menu_one_item_a_line_needs_its_home_page_among_them():
    assert text_post("\n".join(["首页", "新闻", "图片", *ZH])) == ZH
    assert text_post("\n".join(["春天", "夏天", "秋天", *ZH]))[:3] == ["春天", "夏天", "秋天"]  # (a poem's words)


def test_notes_under_a_break_that_the_articles_markers_point_to_stay():
    body = paragraphs(f"{ZH[0]}[1]", f"{ZH[1]}[2]", *ZH[2:])
    notes = "<ol><li>据调度室解释，是司机轮流吃午饭。</li><li>参见该县2021年财政决算报告。</li></ol>"
    page = f"<article>{body}<hr>{notes}<p>© 允许规范转载，请注明出处并附上本文链接。</p></article>"
    assert blocks(page)[-2:] == ["据调度室解释，是司机轮流吃午饭。", "参见该县2021年财政决算报告。"]


def test_a_first_line_equal_to_the_title_goes_when_the_pages_chrome_follows_it():
    raw = f"测试\n原创 桐川发布 2023-11-18 20:05 发表于浙江\n点击上方蓝字 关注我们\n{ZH[0]}\n{ZH[1]}"
    assert text_post(raw) == ZH[:2]
    assert text_post(f"测试\n{ZH[0]}") == ["测试", ZH[0]]  # (a reply's first line, its title cut from it)


def test_a_kicker_above_the_headline_goes_with_it():
    page = f'<article><p class="kicker">留学</p><h1>测试</h1>{paragraphs(*ZH)}</article>'
    assert blocks(page) == ZH


def test_an_outlets_masthead_with_its_latin_name_goes_above_the_article():
    raw = (
        "---\ntitle: 测试\ndate: 2024-10-17T10:05:00.000Z\nauthor: 中港時報\n---\n\n"
        + "中港時報 ZHONGGANG TIMES\n▶ 觀看議會直播回放（01:12:40）\n2024-10-17 18:05　記者 郭庭妤／中港報導　｜　👁 5,820\n\n"
        + "\n\n".join(TW)
    )
    from etl.posts.parse import ParsedPost, parse_post
    from tests.test_hard_cases_more import NOW

    parsed = parse_post(raw.encode(), "_posts/2024-10-17-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == TW


def test_more_chrome_lines_go():
    assert_each_goes(
        [
            "Get the Courier in your inbox. Our free morning newsletter brings you the local headlines at 6 a.m. Sign up",
            "每週五把一本好書的書評寄到你的信箱，不收費。立即訂閱",
            "Westbrook Primary School PTA is a registered charity (no. 0000000). Powered by Blogger.",
            "本站由 Hexo 强力驱动",
            "小县观察 + 关注",
            "本專欄每日刊出 ｜ 訂閱「歷史上的今天」每日推播",
            "📌 延伸閱讀：2023台中城市公開賽回顧：老將再度封王",
            "2-19 21:40 来自 iPhone 15 Pro 已编辑",
            "【好物】卡瓦依 立式二手钢琴 原装进口 专业调律上门¥12,800去购买",
            "想第一时间掌握补选动态？请Like我们的脸书专页，或加入赤道日报WhatsApp频道。",
            "觉得有用就点个赞吧，你的支持是我们更新的动力。",
            "海量资讯、精准解读，尽在新潮财经APP",
            "在瀏覽器中開啟",
            "PDF下载 (1.8 MB) HTML全文 导出引用 E-mail Alert",
            "浏览量：1,203 下载量：388 被引次数：2",
            "直播中 最后更新：2月4日 20:06",
            "本文最后更新于 123 天前，其中的信息可能已经有所发展或是发生改变。",
        ]
    )


def test_lines_like_chrome_in_an_articles_words_stay():
    for said in (
        "这份电子报已有两万人订阅。我们很高兴。",
        "我花了¥12,800去购买",
        "Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%.",
        "这个网站由市场驱动",
        "全书共300页",
    ):
        assert boilerplate.text_rule_for(said) is None, said


def test_a_forum_threads_comments_label_with_its_area_word_is_a_comments_label():
    comments = [
        "棋友阿凱：第七輪那盤我在現場！全場都站起來了 — 2024/07/22 21:03",
        "小卒過河：26...hxg6 真的是好棋 — 2024/07/23 08:40",
    ]
    page = paragraphs(*TW, "留言區") + "".join(f"<blockquote><p>{c}</p></blockquote>" for c in comments)
    assert blocks(page) == TW


def test_a_documents_sign_off_split_over_two_boxes_named_as_signatures_stays():
    # the issuer's name and the date each in a box named 'sign': the name alone read as a forum member's signature
    page = (
        paragraphs(*ZH, "特此公告。")
        + '<p class="sign">瓯江市鹿湾区人民法院</p>\n<p class="sign">二〇二五年六月十二日</p>'
    )
    assert blocks(page)[-2:] == ["瓯江市鹿湾区人民法院", "二〇二五年六月十二日"]


def test_a_social_post_copied_as_text_keeps_its_words_only():
    lines = ["登入", "使用 Instagram 帳號繼續", "首頁", "搜尋", "動態", "yuting.walks", "5 小時", *TW, "翻譯"]
    lines += ["2.3 萬", "1,187", "486", "jiaxin_0812", "這種時候就覺得這個城市還是很溫暖", "3 小時", "alan.bus.fan"]
    lines += ["307 早班有兩位司機都戴帽子，可以打去客運公司的客服留言表揚", "2 小時", "登入以查看更多回覆"]
    assert text_post("\n".join(lines)) == TW


def test_a_thread_of_posts_under_their_writers_handles_keeps_the_original_posters():
    lines = ["shuzi.example.social", "一个给图书馆员和书虫的中文实例", "登录", "创建账户"]
    lines += ["林间馆员", "@lin_lib@shuzi.example.social", "2021年8月2日 17:30", ZH[0], "回复 14 · 转嘟 312 · 喜欢 540"]
    lines += ["林间馆员", "@lin_lib", ZH[1], "回复 3 · 转嘟 96 · 喜欢 201"]
    lines += [
        "纸上苔藓",
        "@moss@yuedu.example.net",
        "@lin_lib 辛苦了！请问地方志里有没有孤本？",
        "回复 1 · 转嘟 0 · 喜欢 12",
    ]
    lines += ["林间馆员", "@lin_lib", ZH[2], "回复 2 · 转嘟 130 · 喜欢 288"]
    assert text_post("\n".join(lines)) == ZH[:3]


def test_a_forums_floors_by_number_keep_the_marked_posters_words_but_not_their_answers_to_readers():
    lines = ["#1 樓主 渡海小薯 · 2023/06/03 23:12", TW[0], "#2 飛機欖 · 2023/06/03 23:15", "留名等續集"]
    lines += ["#3 唔知叫乜好 · 2023/06/03 23:20", "真係，我喺鐵路站做過都係咁", "#4 樓主 渡海小薯 · 2023/06/04 00:02"]
    lines += [
        "續",
        TW[1],
        "#5 討厭落雨天 · 2023/06/04 00:31",
        "係咪真㗎，好似電影咁",
        "#6 樓主 渡海小薯 · 2023/06/04 00:48",
    ]
    lines += ["@討厭落雨天 係真嘅，連個橙嘅牌子都記得", "#7 樓主 渡海小薯 · 2023/06/04 11:37", TW[2]]
    assert text_post("\n".join(lines)) == [TW[0], "續", TW[1], TW[2]]


def test_a_page_copied_line_by_line_with_a_numbered_list_keeps_its_lines_apart():
    # a '1. ' line made the body Markdown, and Markdown joined the page's menus, the article and its comments into
    # one paragraph
    lines = [
        "Dcard",
        "搜尋",
        "熱門",
        "最新",
        TW[0],
        "我改了哪些東西",
        "1. 裝了行動支付，阿嬤一開始很反對。",
        "2. 把帳從紙本改成試算表。",
    ]
    lines += [TW[1], TW[2], "共 241 則留言", "熱門留言", "B1", "國立某大學", "2025年2月16日 13:52"]
    lines += ["看完眼眶濕濕的，我阿公的碾米廠也是這樣收掉的", "愛心 612 · 回覆", "B2", "原PO", "2025年2月16日 14:05"]
    lines += ["補充一下，很多人私訊問店在哪裡", "愛心 288 · 回覆"]
    got = text_post("\n".join(lines))
    assert got[got.index(TW[0]) :] == [
        TW[0],
        "我改了哪些東西",
        "裝了行動支付，阿嬤一開始很反對。",
        "把帳從紙本改成試算表。",
        *TW[1:3],
    ]


def test_a_notes_comments_with_their_day_and_place_under_the_words_go_with_the_counts_after_them():
    lines = [
        *ZH,
        "编辑于 10-14 福建",
        "共 147 条评论",
        "八月的柚子",
        "面线糊店是在钟楼左手边那家吗？想去",
        "10-14 浙江",
    ]
    lines += [
        "回复 赞 23",
        "阿棠在路上 作者",
        "是的！门口有个蓝色塑料棚",
        "10-14 福建",
        "回复 赞 9",
        "- 展开 144 条回复 -",
    ]
    lines += ["说点什么...", "2.1万", "1.3万", "147", "大家都在搜：", "泉州三天两晚攻略", "西街附近民宿推荐"]
    assert text_post("\n".join(lines)) == ZH


def test_a_footers_contact_rows_above_its_copyright_go():
    notice = [*TW, "南灣街坊福利會理事會　同人敬告", "二〇二一年十一月五日"]
    footer = [
        "返回列表",
        "會址：香港南灣道示例大廈地下　電話：0000 1234　傳真：0000 5678",
        "電郵：info@kaifong.example.org.hk",
    ]
    footer += ["版權所有 © 南灣街坊福利會　本網站最佳瀏覽解像度 1024x768"]
    assert text_post("\n".join([*notice, *footer])) == [*TW, "南灣街坊福利會理事會 同人敬告", "二〇二一年十一月五日"]


def test_still_more_chrome_lines_go():
    assert_each_goes(
        [
            "2025-11-05 16:30:12 字号",
            "收听新闻00:00 / 01:12",
            "收聽 - 04:32 史特拉斯堡市民重返伊爾河下載",
            "全年24期纸刊送到家，另赠电子刊全年畅读，现在订阅立减60元。",
            "本文刊载于《坐标》2025年第7期 ｜ 查看本期目录",
            "回应请先 登录",
            "写下你的评论...",
            "訂閱 2.4萬",
            "本逐字稿由系統自動產生並經人工校對",
            "↑ 回到目錄",
            "小组成员 38,201 人",
            "口袋公园命名方案申报表.docx（28KB）　下载次数：689",
            "這封信顯示不正常嗎？在瀏覽器中開啟",
            "本站文章皆為作者原創，轉載請來信洽詢。",
            "此问答对您是否有帮助？",
            "投月票（本月 1,203） ｜ 加入書架 ｜ 打賞作者",
            "往期回顾 · 取消订阅 · 上海市徐汇区某某路100号",
            "已有 2,341 人分享此文",
            "【小区加装电梯的“最后一公里”】 https://t.example.cn/Xk9Qa2 点击链接查看全文，或复制到浏览器打开",
        ]
    )


def test_a_step_that_names_a_site_beside_a_label_word_stays():
    assert boilerplate.text_rule_for("登录 Twilio.com") is None
    assert boilerplate.text_rule_for("Photo: Getty Images") is None  # (a caption's credit, in English, stays)


def test_comments_under_the_tabs_that_order_them_go_with_their_zero_width_buttons():
    lines = [*ZH, "默认", "最新", "小满种瓜", "说到心坎里了，我爸去年就是转弯侧翻", "03-09 · 山东", "\u200b回复"]
    lines += [
        "\u200b112",
        "洪七",
        "作者",
        "@小满种瓜 老人骑三轮转弯一定要先减速",
        "03-09 · 安徽",
        "\u200b回复",
        "\u200b46",
    ]
    lines += ["展开其余 83 条评论"]
    assert text_post("\n".join(lines)) == ZH


def test_a_heading_whose_only_link_is_its_own_anchor_stays_though_its_class_names_a_navbar():
    heading = '<h2 class="anchor anchorWithStickyNavbar_x1">为什么不继续用 cron<a href="#why" class="hash-link">\u200b</a></h2>'
    page = f"<article>{paragraphs(ZH[0])}{heading}{paragraphs(*ZH[1:])}</article>"
    assert [text.strip("\u200b") for text in blocks(page)] == [ZH[0], "为什么不继续用 cron", *ZH[1:]]


def test_a_gallerys_captions_stay_beside_its_counters_and_buttons():
    slides = "".join(
        f'<div class="slide"><span class="counter">{n} / 2</span><img src="/{n}.jpg" alt=""><p class="cap">{cap}</p></div>'
        for n, cap in ((1, "水獺媽媽叼著寶寶在巢箱內移動。"), (2, "保育員為寶寶量體重。"))
    )
    controls = "<div><button>‹</button><button>›</button><button>全螢幕瀏覽</button></div>"
    page = paragraphs(TW[0]) + f'<div class="photo-gallery">{slides}{controls}</div>' + paragraphs(*TW[1:])
    assert blocks(page) == [TW[0], "水獺媽媽叼著寶寶在巢箱內移動。", "保育員為寶寶量體重。", *TW[1:]]


def test_a_product_cards_name_price_and_button_go_and_a_disclosure_goes_with_the_copyright():
    page = paragraphs(ZH[0], "童途 小学生双肩包 带胸扣 15L", "券后价 ¥159 ¥199", "去看看", *ZH[1:])
    page += paragraphs("本文由某某编辑部原创，未经授权禁止转载。文中商品链接可能带有推广性质，不影响编辑评价。")
    assert blocks(page) == ZH


def test_a_kicker_of_two_fields_above_the_headline_goes_with_it():
    page = f"<article><p>选购指南 · 母婴亲子</p><h1>测试</h1>{paragraphs(*ZH)}</article>"
    assert blocks(page) == ZH


def test_a_thread_with_pictographs_in_names_long_handles_and_short_ages_keeps_the_posters_posts():
    lines = ["鄭家朗 🚂", "@tramlover.bsky.example.social", "3h", TW[0], "Everybody can reply", "21 quotes"]
    lines += [
        "鄭家朗 🚂",
        "@tramlover.bsky.example.social",
        "3h",
        TW[1],
        "月台上的貓 🐈",
        "@platformcat.bsky.example.social",
    ]
    lines += ["2h", "我也有一張溪洲仔的硬紙票！是小時候跟外婆去鳳林買的"]
    assert text_post("\n".join(lines)) == TW[:2]


def test_a_serial_over_a_forums_floors_keeps_the_poster_who_posts_most():
    lines = ["（一）", *ZH[:2], "2楼 路过的猫猫 时间：2016-04-02 22:31:40 沙发！前排占座，搬好小板凳"]
    lines += ["4楼 老放映员周 时间：2016-04-03 21:05:33", "（二）", ZH[2], "5楼 山城小马 时间：2016-04-03 21:30:02"]
    lines += [
        "这句写得太好了，我们村那时候也是放完电影管饭",
        "7楼 老放映员周 时间：2016-04-05 23:48:10",
        "（三）",
        ZH[3],
    ]
    assert text_post("\n".join(lines)) == ["（一）", *ZH[:2], "（二）", ZH[2], "（三）", ZH[3]]


def test_a_bbs_posts_header_and_its_named_signature_go():
    lines = ["› 看板 Hiking", "看板 Hiking", "標題 [心得] 霧鹿池三天兩夜", "時間 Sun Oct 20 21:37:11 2024", *TW]
    lines += ["這裡是懶雲的簽名檔：山不會跑，人會。"]
    assert text_post("\n".join(lines)) == TW


def test_a_letters_iphone_line_and_its_confidentiality_footer_go():
    lines = [
        *TW,
        "從我的 iPhone 傳送",
        "林志豪｜業務二部 經理 分機 2231 本電子郵件及其附件可能含有機密或受法律保護之資訊。",
    ]
    assert text_post("\n\n".join(lines)) == TW


def test_a_workspace_pages_properties_and_its_comments_go():
    lines = ["Created: 2024年9月2日 14:20 Created by: 周小禾 Last edited time: 2024年9月5日 09:03", "", *ZH, ""]
    lines += ["Untitled Database", "", "Comments", "", "周小禾 Sep 5 数据已经和仓库台账核对过了 @马骁"]
    assert text_post("\n".join(lines)) == ZH


def test_an_embeds_fallback_and_an_entrys_upload_button_go():
    assert_each_goes(["在 Instagram 查看這則貼文", "上传视频", "View this post on Instagram"])


def test_a_platforms_tip_box_and_its_pointers_after_the_article_go():
    assert_each_goes(["看更多晨星日報相關新聞", "编辑上传视频收藏赞 (37)举报播报", "小礼物走一走，来简书关注我"])
    for plea in ("还没有人赞赏，支持一下", "你的鼓励将是我创作的最大动力"):
        assert blocks(paragraphs(*ZH, plea)) == ZH, plea


def test_a_blog_platforms_written_by_card_a_players_speed_and_an_original_address_line_go():
    card = ["## Written by 陳以恆", "香港出生，台北修理人。寫關於手作、慢下來的東西與這座城市。"]
    assert text_post("\n\n".join([*TW, *card])) == TW
    assert_each_goes(["倍速", "原始網址：濱港鎮鳥類保護區周邊 即日起禁放煙火"])


def test_a_numbered_threads_poster_keeps_their_later_floors_and_their_heads_controls_go():
    # floors numbered under a labelled time, the poster's first one with the page's controls on its head's line: the
    # poster's own third floor is the article's too (it went with the replies), the controls are no words of theirs
    lines = [
        "1樓 樓主：阿康行山 發表於 2024-6-12 17:20 | 只看該作者",
        *TW[:2],
        "#2樓 山羊仔 發表於 2024-6-12 18:03 多謝分享！想問營地有冇得租帳篷？",
        "#3樓 阿康行山 發表於 2024-6-12 18:30",
        *TW[2:],
        "#4樓 Mandy_hiker 發表於 2024-6-12 18:40",
        "上年行過，第二日真係好靚。",
    ]
    assert text_post("\n\n".join(lines)) == TW
    # one floor of the poster's and the replies: the first floor alone is the article
    assert text_post("\n\n".join([lines[0], *TW, lines[-2], "同意，我都想去。"])) == TW
