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
