"""Hard cases, session 44 (2026-12-07): what a page sets around the article as rows and lines (tool rows, section
menus, licence and source lines, readers' comments copied as lines), in HTML, plain text and Markdown. Every page is
of our own writing; each test failed before the fix it names."""

from __future__ import annotations

import datetime as dt

from etl.posts.boilerplate import text_rule_for
from etl.posts.parse import ParsedPost, parse_post
from tests.test_hard_cases_more import EN, TW, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs

NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def text_post(body: str) -> list[str]:
    """The blocks of a post whose body is plain text or Markdown, as an RSS importer writes it."""
    raw = f"---\ntitle: 测试\ndate: 2024-01-22 16:45:00.000000000 +08:00\ncategories: rss\n---\n\n{body}"
    parsed = parse_post(raw.encode(), "_posts/2024-01-22-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    return [b.text for b in parsed.blocks]


def test_a_pages_tool_rows_go_with_its_fields_and_one_credit_line_among_them():
    # a government page's tools beside its fields ('回上一頁' was not known, only '回上頁'); a footer row of controls
    # with the desk's credit among them; a live page's refresh button and its hint
    assert_each_goes(
        [
            "友善列印 回上一頁 瀏覽人次：3,482 更新日期：113-03-06",
            "本页面内容由城南新闻编辑部整理发布 · 意见反馈 · 返回首页",
            "返回顶部 | 刷新",
            "刷新页面查看最新动态",
        ]
    )
    # a sentence among the controls is the article's; so is a report of a refresh
    assert_each_stays(["关闭 · 打印 · 市民们说，这个页面太难用了。", "他刷新页面后，才看到了最新的通知。"])


def test_a_sites_sections_as_a_line_go_above_or_below_the_article():
    menu = "港聞 | 要聞 | 經濟 | 娛樂 | 體育 | 副刊 | 專欄"
    assert blocks(paragraphs(menu, *TW)) == TW
    assert text_post("\n\n".join([menu, *TW, "Home | News | Sport | Culture"])) == TW
    # amid the article, a row of names is the article's (a plain-text table's header row)
    assert blocks(paragraphs(*TW[:2], "指標 | 數值 | 同比 | 環比", *TW[2:])) == [
        *TW[:2],
        "指標 | 數值 | 同比 | 環比",
        *TW[2:],
    ]


def test_readers_comments_copied_as_lines_go_with_their_label():
    # plain text: the label with the first comment glued to it, more comments, the form's prompt
    poem = ["窗外的雨下了一夜\n我把灯关了\n又打开", "想起你说\n南方的雨是会说话的", "二〇二一年四月 于杭州"]
    tail = ["网友评论：\n清风徐来：喜欢最后一句。\n山月：写得真好。", "发表评论  [登录后才能评论]"]
    kept = text_post("\n\n".join([*poem, *tail]))
    assert kept[-1] == "二〇二一年四月 于杭州" and not any("评论" in text for text in kept)
    # Markdown: the label as a heading with its count, comments by bold names, the link to more of them
    body = "\n\n".join(
        [*ZH, "### 网友评论（12）", "**车友8821**：价格还行，就看质量了。", "**老李开车**：跑长途是真的香。"]
    )
    assert text_post(body + "\n\n[查看更多评论](https://auto.example.com/c/1)") == ZH
    # an article's own section of what people said, with its prose after the quotes, stays whole
    said = [
        "网友评论",
        "市民王女士：终于不用排队了。",
        "不过，也有市民担心新系统的隐私保护问题，有关部门回应将加强监管。",
    ]
    assert text_post("\n\n".join([*ZH, *said])) == [*ZH, *said]


def test_a_blogs_closing_plea_above_its_writers_about_me_goes_and_so_does_that_box():
    # the plea and the hot searches stood above '關於我', which no rule took, so neither went
    body = "\n\n".join(
        [
            *TW,
            "喜歡這篇文章嗎？請幫我按個讚 ❤️，也歡迎分享給朋友！",
            "全站熱搜：台北美食 日本自由行 宜蘭民宿",
            "關於我：一個喜歡到處走走的上班族，週末不是在路上，就是在準備上路。",
        ]
    )
    assert text_post(body) == TW


def test_licence_source_and_submission_lines_after_the_article_go():
    assert_each_goes(
        [
            "本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。转载请注明出处！",
            "原文链接：https://city.example.com/story/2023/0816/5510.html",
            "※ 本文為作者意見，不代表本報立場。歡迎投書，來稿請寄 opinion@example.com.tw",
        ]
    )
    assert text_rule_for("本站文章除註明外，皆採用 創用CC 姓名標示 4.0 授權。") == "drop_copyright_lines"
    assert_each_stays(["他按了个赞，又把原文链接发给了同事。"])


def test_app_pitches_with_a_slogan_or_what_to_watch_go():
    assert_each_goes(["下载城南体育APP，观看全场回放", "扫码下载城南财经APP 实时行情随心看"])
    assert_each_stays(["下载该应用后，观看人数增加了三成。"])


def test_english_sign_up_and_related_lines_in_a_bilingual_post_go():
    assert_each_goes(
        ["Get the day's top stories delivered to your inbox. Sign up", "Related: Port strike enters its third day"],
        article=EN,
    )
    # a source after 'See also' is a sentence with its details
    assert_each_stays(["See also: the survey by the ministry, published in 2020."], article=EN)


def test_comments_with_their_time_after_the_name_go_and_the_articles_footnotes_after_them_stay():
    # Markdown: the footnotes' definitions are set at the end, after the comments section; each comment's head is
    # its writer and its time, no colon
    body = "\n\n".join(
        [
            "老街的最后一家修表铺上个月关了门。[^1]",
            "店主说，如今来修表的人一年不到十个。",
            "[^1]: 铺子开在老街东口，已有四十年。",
            "## 评论 (2)",
            "**读书人小赵** 2024-03-06 10:12\n写得好，尤其是最后一段。\n[回复] [赞 5]",
            "**Lumen** 2024-03-06 13:40\n这个角度很新鲜。",
            "发表评论 | 登录后才能评论",
        ]
    )
    kept = text_post(body)
    assert kept[-1] == "铺子开在老街东口，已有四十年。" and not any("评论" in t or "Lumen" in t for t in kept)
    # plain text: the label, the count and the order glued to the comments on one line
    glued = "网友评论 32条评论 按热度排序江南小雨 2小时前我家楼下那块空地能不能改一下？回复 赞(18)"
    assert text_post("\n\n".join([*ZH, glued])) == ZH


def test_notes_in_brackets_one_after_another_with_a_topic_link_go():
    assert_each_goes(["（来源：环球网）（编辑：陈晨）点击进入专题：2024赏樱季"])
    # a sentence with a bracket in it is the article's
    assert_each_stays(["（记者手记）这是我第三次来到这个村子，村口的老槐树还在。"])


def test_a_sentence_a_converter_wrote_twice_on_two_lines_is_read_once():
    doubled = "\n\n".join(f"{line}\n{line}" for line in ZH[:2])
    assert text_post(doubled + "\n\n" + "\n\n".join(ZH[2:])) == ZH
    # Markdown's soft breaks: the same
    assert text_post(f"**{ZH[0]}**\n\n{ZH[1]}\n{ZH[1]}") == ZH[:2]
    # a refrain's short lines and a sentence said again after another stay
    verse = "回来吧\n回来吧\n山那边的人"
    assert text_post(f"{ZH[0]}\n\n{verse}") == [ZH[0], "回来吧 回来吧 山那边的人"]


def test_a_letters_footer_a_channels_join_line_a_write_to_us_button_and_a_plain_share_row_go():
    assert_each_goes(
        [
            "You are receiving this because you signed up at thehousingweek.example. Unsubscribe · Update your "
            "preferences The Housing Week, 123 Market St, Suite 400, Anytown",
            "👉 Join @worldwirebrief for real-time alerts",
            "Forwarded this email? Subscribe here for more.",
        ],
        article=EN,
    )
    assert_each_goes(["点击「写信」按钮给专栏作者留言", "微信　微博　豆瓣"])
    assert_each_stays(["Join us in mourning the loss of a great teacher."], article=EN)
    assert text_rule_for("微信") is None  # one platform's name may be a how-to's section


def test_a_link_left_open_does_not_make_the_rest_of_the_article_a_list_of_links():
    # '延伸阅读：<a …>title</p>' with no '</a>': the parser opens the link again in every paragraph after it
    open_link = (
        '<p><strong>延伸阅读：</strong><a href="https://news.example.com/2024/03/02/x.html">老年助餐点覆盖全部社区'
        " 六十岁以上再打八折</p>"
    )
    rest = [
        "在附近上班的小何说，以前午饭基本靠外卖，一顿要三十多元。",
        "运营方介绍，食堂每天中午供应约一千二百份餐食，菜品每周更换。",
        "街道办表示，如果试点效果良好，年内将推广这一模式。",
        "目前食堂只对园区员工和周边居民开放。",
    ]
    kept = blocks(f"<div>{paragraphs(*ZH[:2])}{open_link}{paragraphs(*rest)}<p>关注我们：微博 @城南都市报</p></div>")
    assert kept[:2] == ZH[:2] and kept[-len(rest) :] == rest
    # a card's link around its boxes, closed, is left as written
    card = '<a href="/x"><div><h3>另一篇</h3><p>摘要</p></div></a>'
    assert blocks(f"<div>{paragraphs(*ZH)}</div><div>{card}{card.replace('/x', '/y')}</div>") == ZH


def test_the_last_sentence_closed_out_of_the_articles_box_by_a_stray_end_tag_stays():
    page = f"<div>{paragraphs(*ZH)}</div>旅客如有疑问，可拨打客服电话咨询。\n<p><a href='/more'>点击查看更多精彩内容 &gt;&gt;</a></p>"
    assert blocks(page) == [*ZH, "旅客如有疑问，可拨打客服电话咨询。"]
    # words that end no sentence there are no part of it
    assert blocks(f"<div>{paragraphs(*ZH)}</div>上一篇 下一篇") == ZH


def test_rows_of_controls_and_counts_with_their_pictographs_go_and_rows_of_figures_stay():
    assert_each_goes(
        [
            "💬 36条段评 ✏️ 214人划线",
            "👍 点赞　⭐ 收藏　↗️ 分享　｜　阅读 8,066",
            "全部评论（419） 最热 ｜ 最新",
            "城南酒业 SH600000 1,512.30 -23.70 (-1.54%) 去交易",
            "以上内容对您有帮助吗？ 有帮助 没帮助 ｜ 我要纠错",
        ]
    )
    # figures alone, a pictograph over a word, a company and its price: a table's row, a heading, a sentence's
    for line in ("2020 | 2021 | 2022", "📌 重点", "🍎 苹果 🍌 香蕉", "城南酒业 1512.30", "营收 1,231亿元 增长 16.9%"):
        assert text_rule_for(line) is None, line


def test_a_serials_pager_its_page_its_submission_address_and_its_editor_go_line_by_line():
    # the lines of one plain-text paragraph, each chrome once known: the instalments before and after, the series'
    # page, and the submission address beside the page's editor across a wide gap
    tail = (
        "◀ 上一期：老街往事（十一）· 理发店　｜　下一期：老街往事（十三）· 豆腐坊 ▶\n"
        "点击查看《老街往事》全部连载\n"
        "投稿邮箱：fukan@example.com　　本版责编：周宁"
    )
    assert text_post("\n\n".join([*ZH, "（未完待续）", tail])) == [*ZH, "（未完待续）"]


def test_a_printed_gazettes_running_head_with_its_issue_goes_on_every_page():
    head = "城南市人民政府公报 2024年第3期"
    assert text_post("\n\n".join([head, ZH[0], ZH[1], head, ZH[2], ZH[3]])) == ZH
    # a refrain recurs with no issue: the article's
    refrain = "山还是那座山"
    assert text_post("\n\n".join([refrain, ZH[0], refrain, ZH[1]])) == [refrain, ZH[0], refrain, ZH[1]]


def test_notes_of_the_platform_around_a_post_go():
    assert_each_goes(
        [
            "💡 本文已收录于专栏《Linux 从入门到放弃》，订阅专栏可解锁全部 42 篇文章",
            "AI朗读 ▶ 00:00 / 03:15 倍速 1.0x",
            "本文由AI朗读生成语音，仅供参考。扫码关注“城南文化”公众号",
            "加入早报 Telegram 频道，获取第一手新闻 👉 t.me/example",
        ]
    )
    assert_each_goes(["Posted by 阿彬吃四方 | August 3, 2024 | Food, Perak"], at=0)
    assert_each_stays(["本文收录于专栏的第三章，讨论了这个问题。", "他说可以访问 example.com 查询。"])


def test_a_see_also_pointer_to_another_article_amid_the_prose_goes():
    pointer = '<p>另请参阅：<a href="https://news.example.com/2024/01/02/a.html">古籍修复师：与时间赛跑的人</a></p>'
    assert blocks(f"<div>{paragraphs(*ZH[:2])}{pointer}{paragraphs(*ZH[2:])}</div>") == ZH


def test_a_whole_blog_page_flattened_to_markdown_keeps_only_its_post():
    # the site's name and tagline, its menus and sidebars' lists above the post's own title as a heading; the
    # comments under a count, a WordPress 'says' head, the reply form's heading and fields after it
    title = "在深水埗找一顆紐扣"
    page = "\n\n".join(
        [
            "[跳至主要內容](#main)",
            "# 布邊筆記",
            "縫縫補補的日子",
            "## 分類",
            "- 手作 (42)\n- 散步 (17)",
            "## 最新文章",
            "- 在深水埗找一顆紐扣\n- 舊衣改造：把襯衫變成圍裙",
            f"# {title}",
            *TW,
            "## 3 則留言",
            "小棉 說： 2023年5月15日 上午9:12 看得我也想去基隆街逛逛！",
            "## 發表迴響",
            "名稱 * 電子郵件 * [ ] 在瀏覽器中儲存我的名稱和電子郵件",
        ]
    )
    raw = f'---\ntitle: "{title}"\ndate: 2023-05-14 22:40:00 +0800\ncategories: rss\n---\n\n{page}'
    parsed = parse_post(raw.encode(), "_posts/2023-05-14-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == TW
    # a short note above the title heading, no menu's list: the author's, kept as before
    raw = (
        f'---\ntitle: "{title}"\ndate: 2023-05-14 22:40:00 +0800\ncategories: rss\n---\n\n> 写于旧城\n\n# {title}\n\n'
        + ("\n\n".join(TW))
    )
    parsed = parse_post(raw.encode(), "_posts/2023-05-14-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost) and [b.text for b in parsed.blocks] == ["写于旧城", *TW]


def test_a_pictures_and_a_frames_controls_and_a_columns_form_to_ask_go():
    assert_each_goes(
        [
            "查看原圖 下載桌布",
            "Watch on YouTube",
            "点击加载地图 · 地图数据 ©城南地图",
            "我要提问",
            "已有 18,420 位读者在这里提问",
        ]
    )
    assert_each_stays(["已有3000人报名参加了比赛，创下历届之最。"])


def test_trails_with_full_width_arrows_or_slashes_a_labelled_share_row_and_a_sites_footer_go():
    assert_each_goes(["辟谣首页 ＞ 本地辟谣 ＞ 民生", "Home / 生活指南 / 租房"], at=0)
    assert_each_goes(
        ["分享到：微信 ｜ 朋友圈 ｜ 微博", "本平台由市委网信办主办 ｜ 技术支持：城南信息中心", "主辦單位：城南基金會"]
    )
    assert_each_stays(["本网由他主办这件事，很少有人知道。"])
    assert text_rule_for("home / away") is None


def test_a_tables_marks_are_its_cells_values():
    # a tick, a cross, a dash: the cell's value, never an empty block (the last '✔' of a row was dropped)
    table = "| 功能 | 免费版 | 付费版 |\n| --- | --- | --- |\n| 离线 | ✘ | ✔ |\n| 同步 | — | ✔ |"
    kept = text_post(f"{ZH[0]}\n\n{table}")
    assert kept == [ZH[0], "功能", "免费版", "付费版", "离线", "✘", "✔", "同步", "—", "✔"]


def test_a_mailers_header_and_footer_a_series_line_an_app_pitch_and_a_listed_ask_go():
    assert_each_goes(
        [
            "寄件者：城南中學 <no-reply@eclass.example.edu.hk> 收件者：全體中四級家長主旨：致家長通告（第24號）",
            "此電郵由系統自動發出，請勿直接回覆。",
            "📱 下載「城南天氣」App，接收信號改變即時推送",
            "▌在看、转发、点赞，三连支持一下数据君吧~",
        ]
    )
    assert_each_goes(["【数读】第 112 期 ｜ 每周一用数据看城市"], at=0)
    assert_each_goes(
        ["Confidentiality: This email and any attachments are intended solely for the addressee."], article=EN
    )
    assert_each_stays(["下载某应用，结果被骗了五千元。", "分享、收藏这两个按钮的位置变了，用户很不习惯。"])


def test_a_questions_second_field_under_the_headline_stays_however_short():
    # a Q&A page: the question's box holds the headline, a meta line and two fields; the answer's box is the article.
    # The second field, one short sentence, was left out of the standfirst (too short for prose) and lost
    answer = [
        "您好，根据您的描述，孩子白天精神、食欲都好，单纯夜间磨牙，不必急着驱虫。",
        "磨牙和肠道寄生虫之间并没有确切的对应关系，没有明确依据就吃驱虫药，反而可能带来不必要的副作用。",
        "如果磨牙持续超过三个月、早上说牙疼或者牙齿有明显磨损，可以到儿童口腔科检查一下。",
        "祝孩子健康。",
    ]
    page = (
        '<div class="hd"><a>找医生</a><a>问医生</a><a>查药品</a><a>挂号</a></div><div class="wrap"><div class="qbox">'
        '<h1>孩子夜里总是磨牙，是肚子里有虫吗？</h1><div class="qmeta">患者：女　5岁　｜　2024-06-12 17:03 提问</div>'
        '<div class="qdesc"><span class="lab">病情描述：</span>孩子最近一个月几乎每天晚上都磨牙，白天精神和胃口都正常。</div>'
        '<div class="qask"><span class="lab">希望获得的帮助：</span>是否需要驱虫，要不要去医院检查。</div></div>'
        '<div class="abox"><div class="doc"><span>孙医生</span> <span>主治医师</span> <a>+ 关注</a></div>'
        f'<div class="atext">{paragraphs(*answer)}</div><div class="abtn"><a>有用(412)</a><a>没用</a></div></div>'
        '<div class="simq"><h3>相似问题</h3><ul><li><a>小孩晚上睡觉磨牙是缺钙吗</a><span>126个回答</span></li>'
        "<li><a>宝宝磨牙需要戴牙套吗</a><span>48个回答</span></li></ul></div></div>"
    )
    kept = blocks(page)
    assert "希望获得的帮助：是否需要驱虫，要不要去医院检查。" in kept and kept[-len(answer) :] == answer


def test_asks_to_star_the_account_or_scan_its_code_with_what_it_gives_after_a_space_go():
    assert_each_goes(
        [
            "想第一时间看到比分和赛程？把“城南体育周报”设为星标★，每周一份本地草根足球战报。",
            "▼ 长按下方二维码 了解更多校园动态 ▼",
        ]
    )
    assert_each_stays(["他把这个文件夹设为星标，方便以后查找，这个习惯保持了很多年。"])
