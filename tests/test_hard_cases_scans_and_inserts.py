"""Hard cases, session 48 (2026-12-07): a scanned column's text wrapped at its width with no blank line, a site's words
set amid a text indented by paragraphs, a novel site's inserts, a printed page's desk, share buttons one a line. Every
page is of our own writing; each test of a fix failed before it, and the guards say what stays."""

from __future__ import annotations

from etl.posts import boilerplate
from etl.posts.parse import ParsedPost, parse_post
from tests.test_hard_cases_more import NOW, TW, ZH, blocks, paragraphs, post
from tests.test_hard_cases_site_rows import text_post


def assert_rules_take(go: list[str], stay: list[str]) -> None:
    """Each line of ``go`` is one a text rule drops; each of ``stay`` is one none does."""
    for line in go:
        assert boilerplate.text_rule_for(line) is not None, line
    for line in stay:
        assert boilerplate.text_rule_for(line) is None, line


def blocks_titled(body: str, title: str) -> list[str]:
    parsed = parse_post(post(body, title=title), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    return [b.text for b in parsed.blocks]


def wrapped(text: str, width: int) -> list[str]:
    return [text[at : at + width] for at in range(0, len(text), width)]


def test_a_scanned_columns_text_wrapped_at_its_width_is_joined_into_paragraphs_and_its_running_head_goes():
    # no blank line anywhere, lines of twelve characters, the paper's running head repeated where each column broke:
    # each line was a block of its own, and the running head stood amid a sentence
    head = "东江晚报  2019年8月12日 星期一  A07  城事"
    lines = ["山里的夜校：", "灯一直亮到十点"]
    for n, paragraph in enumerate(ZH[:3]):
        lines += wrapped(paragraph, 12)
        if n < 2:
            lines.insert(len(lines) - 2, head)
    kept = text_post("\n".join(lines))
    assert kept[:2] == ["山里的夜校：", "灯一直亮到十点"]
    assert "".join(kept[2:]) == "".join(ZH[:3]), kept  # (where a paragraph ends a full line, the next joins it)
    assert all(any(paragraph[:30] in t for t in kept) for paragraph in ZH[:3]), kept  # (joined across lines)
    assert not any("东江晚报" in t for t in kept)


def test_a_word_broken_at_its_hyphen_at_a_lines_end_joins_the_next_line():
    lines = [*wrapped(ZH[0], 12), "每天早上6-", *wrapped("7点，总有几个拍照的年轻人站在门口，老人也不赶他们走。", 12)]
    kept = text_post("\n".join(lines))
    assert any("每天早上6-7点，总有几个拍照的年轻人" in t for t in kept), kept


def test_lines_written_apart_stay_apart_with_no_blank_line_between_them():
    # a menu, a poem, a bot's paragraphs one a line: no width, or lines that end their sentences
    poem = ["山那边是海吗", "我问过母亲", "母亲说不是", "山那边还是山", "山那边还有人", "人那边是灯火"]
    assert text_post("\n".join(poem)) == poem
    assert text_post("\n".join(ZH)) == ZH


def test_a_sites_words_without_the_indent_amid_a_text_indented_by_paragraphs_are_lines_of_their_own():
    # a novel site's inserts after a paragraph's end, where the indent rule had glued them to the paragraph above
    text = "\n".join(
        [
            "\u3000\u3000" + ZH[0],
            "\u3000\u3000" + ZH[1],
            "（本章未完，请点击下一页继续阅读）",
            "第七十三章 末班车上的旧雨伞（第2/2页）",
            "\u3000\u3000" + ZH[2],
            "最新章节请到书海小站阅读，本站免费无弹窗，更新最快！",
            "\u3000\u3000" + ZH[3],
            "喜欢晚班地铁请大家收藏：（www.shuhai.example.com）晚班地铁书海小站更新速度最快。",
        ]
    )
    assert text_post(text) == ZH
    # a line without the indent after a line cut mid-sentence is that paragraph's, wrapped
    wrapped_text = "\u3000\u3000" + ZH[0][:20] + "\n" + ZH[0][20:] + "\n\u3000\u3000" + ZH[1]
    assert text_post(wrapped_text) == ZH[:2]


def test_a_novel_sites_asks_and_a_split_pages_notes_go():
    assert_rules_take(
        [
            "天才一秒记住本站地址：www.shuhai.example.com",
            "（本章未完，请点击下一页继续阅读）",
            "第七十三章 末班车上的旧雨伞（第2/2页）",
            "最新章节请到书海小站阅读，本站免费无弹窗，更新最快！",
            "喜欢晚班地铁请大家收藏：（www.shuhai.example.com）晚班地铁书海小站更新速度最快。",
        ],
        [
            "（本章完）",
            "第七十三章 末班车上的旧雨伞",
            "她说这本书她读了三页，第2页最好看。",
        ],
    )


def test_a_printed_pages_desk_credited_with_spaces_goes():
    for line in ("本版编辑 陈一鸣  美编 何佳  校对 王芳", "本版编辑 陈一鸣", "美编 何佳"):
        assert boilerplate.text_rule_for(line) == "drop_staff_credits", line


def test_share_buttons_one_a_line_go_and_one_platforms_name_alone_stays():
    lines = ["分享到：", "微信", "微博", "QQ空间", *ZH]
    assert text_post("\n".join(lines)) == ZH
    how_to = ["微信", ZH[0], "微博", ZH[1]]
    assert text_post("\n\n".join(how_to)) == how_to


def test_more_chrome_lines_go():
    assert_rules_take(
        [
            "邮件显示不正常？在浏览器中查看 ( https://slowbus.example.com/p/n7?utm_source=email )",
            "热门划线",
            "【轉載須知】本文由譯林小站志願者翻譯，僅供學習交流，嚴禁用於任何商業用途。",
            "本期制作：阿柚 / 老葛 后期：小满 封面摄影：老葛",
            "主办单位：青溪县生态环境分局 地址：青溪县滨江路18号 联系电话：0000-6612345",
        ],
        [
            "这些资料仅供学习参考。",
            "他说，主办单位：青溪县生态环境分局，地址在滨江路。",
            "那一段话后来成了热门划线，被两万人标了出来。",
        ],
    )


def test_a_trail_with_a_publications_name_or_a_books_parts_goes_above_the_article():
    for trail in ("《青禾报》 / 教程 / 正文", "溪洲鄉志 › 第五篇 交通志 › 第三節 渡口 （原書頁 412–415）"):
        assert boilerplate.is_section_trail(trail), trail
        assert blocks(paragraphs(trail, *ZH)) == ZH, trail
    assert not boilerplate.is_section_trail("他在书里写道：第五篇 交通志 › 渡口的故事讲了很多年。")


def test_an_outlets_plea_that_its_news_needs_the_readers_money_goes_after_the_article():
    plea = "在地新聞需要你的支持。每月一百元，讓我們繼續走進每一個村莊。"
    assert blocks(paragraphs(*TW, plea)) == TW
    said = "社工說，災區的孩子需要你的支持。每月一百元，讓他們繼續上學。"
    assert said in blocks(paragraphs(*TW, said))


def test_a_mailboxs_rules_for_writing_in_go_under_their_heading_with_its_buttons():
    rules = (
        "<h4>写信须知</h4><ol><li>来信人应如实反映情况，不得捏造、歪曲事实，不得诬告、陷害他人。</li>"
        "<li>涉及诉讼、仲裁、行政复议等法定途径的事项，请依法通过相应途径办理。</li>"
        "<li>市长信箱不受理匿名信件，来信人的个人信息将依法予以保护。</li></ol>"
        "<p><a href='/write'>我要写信</a> <a href='/query'>信件查询</a></p>"
    )
    assert blocks(paragraphs(*ZH) + rules) == ZH


def test_a_translators_afterword_under_the_end_mark_stays_beside_the_sites_lines():
    afterword = "譯後記：翻譯這篇文章時，我特地查了一下，那條路線在今年春天已經減為每天上下行各四班。"
    notice = "【轉載須知】本文由譯林小站志願者翻譯，僅供學習交流，嚴禁用於任何商業用途。"
    kept = text_post("\n\n".join([*TW, "（全文完）", afterword, "點讚 36　　收藏　　舉報", notice]))
    assert kept == [*TW, afterword]


def test_the_lines_above_a_trail_from_the_home_page_go_with_it_and_it_answers_no_question():
    # a government page copied as text: its sidebar's categories and other questions above the trail to the article;
    # the trail after a question was kept as that question's answer, and the sidebar with it
    lines = [
        "常見問答分類",
        "戶籍登記（12）",
        "國民身分證（6）",
        "熱門問答",
        "Q：出生登記要帶哪些證件？",
        "Q：結婚登記可以跨所辦理嗎？",
        "首頁 > 便民服務 > 常見問答 > 國民身分證",
        *TW,
    ]
    assert text_post("\n\n".join(lines)) == TW


def test_a_pages_view_count_its_accessibility_mark_and_a_players_fallback_go():
    assert_rules_take(
        [
            "本網站已通過無障礙 AA 等級檢測",
            "瀏覽人次：1,203,447",
            "如无法播放，请升级浏览器或下载“江城+”客户端观看",
            "下一个视频 自动连播 ⏵ 【城里乡间】凌晨四点的豆腐坊 03:58 【城里乡间】给水库看了二十年大坝的人 05:12",
        ],
        [
            "本站通过无障碍检测的过程很长。",
            "瀏覽人次：去年的兩倍",
            "如无法播放，他说，那就再录一次。",
            "下一个视频 我们会去看看那座大坝，时间是 10:00",
        ],
    )


def test_a_platforms_tip_box_and_the_writers_card_under_its_copyright_go():
    # a blogging platform's page copied as text: under its copyright and its statement, the tip box quoting itself,
    # the writer's name and motto, the collections; and the follow button beside the writer's name above the text
    lines = [
        "关注",
        *ZH,
        "© 著作权归作者所有,转载或内容合作请联系作者",
        '"小礼物走一走，来简书关注我"',
        "赞赏支持",
        "还没有人赞赏，支持一下",
        "林间小满",
        "病房里的人间烟火，我都记在这里。",
        "被以下专题收入，发现更多相似内容",
    ]
    assert text_post("\n\n".join(lines)) == ZH
    # words quoted whole amid the article's prose are the article's: it studies them
    quoted = [ZH[0], '"小礼物走一走，来简书关注我"', "这句话每天出现在几十万篇文章的末尾，很少有人注意它的语气。"]
    assert text_post("\n\n".join(quoted)) == quoted


def test_a_poem_of_short_lines_between_its_headline_and_the_poets_notes_stays():
    # each line in a span of its own, no mark: the poem scored as no prose, and only the notes under it came out
    poem = (
        "<div class='poem'><div class='stanza'><span class='line'>海把自己</span>\n<span class='line'>折成一張薄紙</span>\n"
        "<span class='line'>收進</span>\n<span class='line'>更遠的抽屜</span></div><div class='stanza'>"
        "<span class='line'>我們赤腳走下去</span>\n<span class='line'>踩過昨天的浪</span>\n<span class='line'>踩過</span>\n"
        "<span class='line'>一整個夏天</span>\n<span class='line'>沒說出口的話</span></div><div class='stanza'>"
        "<span class='line'>螃蟹比我先懂得</span>\n<span class='line'>該橫著走</span>\n<span class='line'>父親說</span>\n"
        "<span class='line'>潮水會回來的</span>\n<span class='line'>它只是把名字還給沙</span></div></div>"
    )
    page = (
        "<html><body><header><nav><a href='/'>首頁</a> <a href='/issues'>期刊</a> <a href='/poets'>詩人</a></nav></header>"
        "<main><article><h1>退潮以後</h1><p class='poet'>沈予澄</p>"
        + poem
        + "<section class='note'><h2>創作札記</h2>"
        + paragraphs(*TW[:2])
        + "</section><nav><a href='/p/1'>← 上一首：〈給十七歲的信〉</a></nav></article></main><aside><h3>本期目錄</h3><ul>"
        "<li>給十七歲的信／鍾岱</li><li>霧中的渡輪／林以樵</li><li>夜班公車／高聿</li></ul></aside></body></html>"
    )
    kept = blocks_titled(page, "退潮以後")
    assert any("海把自己" in t and "更遠的抽屜" in t for t in kept), kept
    assert any("我們赤腳走下去" in t for t in kept) and TW[0] in kept
    assert not any("霧中的渡輪" in t for t in kept)
    # a byline between the headline and the text is no poem: small beside the text
    byline = "<div class='art-info'><span>江城晚报</span> <span>记者 方晓 实习生 何雨桐</span></div>"
    page = f"<main><article><h1>高铁新站</h1>{byline}<div class='art-body'>{paragraphs(*ZH)}</div></article></main>"
    assert "记者 方晓" not in " ".join(blocks_titled(page, "高铁新站"))


def test_a_paragraph_with_its_buttons_to_share_it_is_no_poll():
    # each paragraph in a section with two buttons: two 'choices' and a short text read as a poll's question
    tools = "<div class='para-tools'><button>分享此段</button><button>複製段落連結</button><a href='#p1'>#</a></div>"
    question = "從你家出門，要走多久才能買到一瓶水？"
    page = "".join(f"<section class='para'><p>{text}</p>{tools}</section>" for text in [*TW[:2], question, *TW[2:]])
    assert blocks(f"<article><h1>超商密度地圖</h1>{page}</article>") == [*TW[:2], question, *TW[2:]]
    # a poll still goes: its question, its choices
    poll = "<div class='box'><p>你認為超商該不該24小時營業？</p><button>該</button><button>不該</button></div>"
    assert blocks(f"<article>{paragraphs(*TW)}{poll}</article>") == TW


def test_a_quoted_letters_sign_off_named_as_a_signature_stays():
    letter = (
        "<blockquote class='letter'><p>编辑同志：</p><p>我在城南租了一套两居室，和房东签了三年合同，去年九月入住，"
        "今年的租金三月已经交了。</p><p class='sign'>读者 周女士</p></blockquote>"
    )
    assert "读者 周女士" in blocks(f"<article>{paragraphs(*ZH[:2])}{letter}{paragraphs(*ZH[2:])}</article>")
    # a forum member's signature under their post still goes
    post_ = f"<div class='post'>{paragraphs(*ZH)}<div class='sign'>签名：修车不易，且修且珍惜</div></div>"
    assert blocks(post_) == ZH


def test_a_chat_exported_as_text_keeps_its_one_long_message():
    # a group's chat as the app exports it, pasted as a reader's letter: one member's long message is the article
    head = "[2024/12/7 下午9:02:37] 陈永福: "
    lines = [
        "此群组中的消息已进行端到端加密。点按了解更多。",
        "[2024/12/7 下午8:41:12] 黄秀兰: 陈老师今晚会发长文，大家先别刷屏哦",
        "[2024/12/7 下午8:43:05] \u200e阿Ken 通过邀请链接加入了群组",
        "[2024/12/7 下午8:45:51] 林亚妹: 好的 🙏",
        head + ZH[0],
        "",
        *"\n\n".join(ZH[1:]).split("\n"),
        "[2024/12/7 下午9:05:10] 黄秀兰: 👍👍感谢陈老师，收支表今晚十点发",
        "[2024/12/7 下午9:07:02] 李志强: \u200e此消息已删除",
        "[2024/12/7 下午9:11:30] \u200e张美玲 退出了群组",
    ]
    assert text_post("\n".join(lines)) == ZH
    # a conversation, no message standing out: the lines stay
    talk = [
        f"[2024/12/7 下午9:0{n}:00] {who}: {text}" for n, (who, text) in enumerate(zip("甲乙甲乙", ZH, strict=True))
    ]
    assert len(text_post("\n".join(talk))) == 4


def test_a_formula_between_dollars_keeps_its_backslashes_and_a_price_stays_a_price():
    body = "\n\n".join(
        [
            "# 生日悖论",
            ZH[0],
            "当房间里有 $n$ 个人时，所有人生日都不相同的概率是：",
            "$$\n\\frac{365!}{365^n\\,(365-n)!}\n$$",
            "门票是 $5 和 $10 两种，**学生**半价。",
        ]
    )
    kept = text_post(body)
    assert "\\frac{365!}{365^n\\,(365-n)!}" in kept, kept
    assert "当房间里有 $n$ 个人时，所有人生日都不相同的概率是：" in kept
    assert "门票是 $5 和 $10 两种，学生半价。" in kept


def test_a_doc_sites_and_a_shows_controls_go():
    assert_rules_take(
        [
            "在 GitHub 上编辑此页",
            "Edit this page on GitHub",
            "回到页面顶部",
            "举报本节目",
            "登录 GitHub 以发表评论",
            "下載逐字稿（PDF）",
            "本讲义采用 CC BY-NC-SA 4.0 许可发布",
            "📌 已置顶 · 公告",
            "创建 5月6日 最后回复 5月9日 回复 23 浏览 1.8k 用户 17 链接 2",
            "此主题在最后一次回复后 30 天自动关闭。不再允许新回复。",
            "发布日期：2022-11-08 信息来源：质量发展科 浏览次数：652 【字体：大 中 小】",
        ],
        [
            "他在 GitHub 上编辑此页，然后提交。",
            "请下载全文阅读。",
            "讲义里采用了很多例子。",
            "置顶的帖子很多。",
        ],
    )


def test_a_newspapers_story_over_its_jump_leaves_the_pages_other_stories_out():
    lines = [
        ZH[0],
        ZH[1] + "（下转第3版）",
        "全市老旧小区今年新增充电桩1200个",
        "本报讯（记者 马骁）4月8日，市城管局发布消息，今年全市将在老旧小区新增电动自行车集中充电桩1200个。",
        "今日导读",
        "3版　城郊小学开出“种地课”（续）",
        "江北日报　2021年4月9日　星期五　第3版　要闻",
        "（上接第1版）" + ZH[2],
        ZH[3],
    ]
    assert text_post("\n\n".join(lines)) == ZH
    # a jump with no continuation on the copy: the story as it stands, without the mark of a page it was not copied
    # with (session 52: the mark is the page's, no word of the story)
    assert text_post("\n\n".join([ZH[0], ZH[1] + "（下转第3版）"])) == ZH[:2]


def test_a_row_of_a_players_and_a_downloads_controls_each_with_its_mark_goes():
    # '▶' opens a player's control as an emoji does; a copy narrows the row's wide gaps to one space
    assert boilerplate.is_pictograph_row("▶ 试听原始录音（02:47） ⬇ 下载简谱 PDF（需登录）")
    assert not boilerplate.is_pictograph_row("他说 ▶ 这是重点")
    row = "▶ 试听原始录音（02:47）　　⬇ 下载简谱 PDF（需登录）"
    assert text_post("\n\n".join([row, *ZH])) == ZH
