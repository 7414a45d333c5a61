"""Hard cases, session 49 (2026-12-07): a blog's Org-mode source kept by the feed bot, and the held-out round 90's
pages. Every page is of our own writing; each test of a fix failed before it, and the guards say what stays."""

from __future__ import annotations

from etl.posts import org
from tests.test_hard_cases_more import TW, ZH, paragraphs
from tests.test_hard_cases_scans_and_inserts import assert_rules_take, blocks_titled
from tests.test_hard_cases_site_rows import text_post

ORG_POST = f"""#+TITLE: 山里的夜校
#+AUTHOR: 林青
#+OPTIONS: toc:nil num:nil
#+HUGO_BASE_DIR: ../

* 山里的夜校
:PROPERTIES:
:EXPORT_FILE_NAME: night-school
:CUSTOM_ID: h-1a2b3c
:END:

{ZH[0]}

** TODO 二、县里怎么说 :县城:经济:
SCHEDULED: <2024-05-01 三>

{ZH[1]}

#+BEGIN_QUOTE
{ZH[2]}
#+END_QUOTE

- 排名只看产值和税收
- 森林覆盖率超过百分之七十[fn:1]

| 年份 | 排名 |
|------+------|
| 2023 | 倒数第三 |
| 2024 | 倒数第五 |

更多见[[https://news.example.com/county][县志网]]。

#+BEGIN_SRC python
print("#+NOT_A_KEYWORD: 代码里的一行")
#+END_SRC

# 这是一行注释，导出时不出现

* 脚注
[fn:1] 数字来自县林业局二〇二三年的年报。

# Local Variables:
# org-export-with-toc: nil
# End:
"""


def test_a_blogs_org_mode_source_is_read_as_org_exports_it():
    # keywords, a property drawer, a planning line, comments and Emacs' local variables are settings no reader sees;
    # the headings lose their stars, task state and tags; the quote, list, table, link and footnote stay as text
    kept = text_post(ORG_POST)
    assert ZH[0] in kept and ZH[1] in kept and ZH[2] in kept, kept
    assert "二、县里怎么说" in kept, kept
    assert "森林覆盖率超过百分之七十[1]" in kept and "2024" in kept and "倒数第五" in kept, kept
    assert "更多见县志网。" in kept, kept
    assert any("数字来自县林业局" in t for t in kept), kept
    assert any('print("#+NOT_A_KEYWORD: 代码里的一行")' in t for t in kept), kept  # (a code block's line is code)
    text = "\n".join(kept)
    for setting in ("#+", "toc:nil", "EXPORT_FILE_NAME", ":END:", "SCHEDULED", "注释", "Local Variables", "**"):
        assert setting not in text.replace('print("#+NOT_A_KEYWORD', ""), (setting, kept)


def test_only_orgs_own_block_syntax_makes_a_body_org_source():
    assert org.is_org("#+TITLE: 夜校\n#+DATE: 2024-05-01\n\n正文")
    assert org.is_org("正文\n\n#+BEGIN_QUOTE\n引文\n#+END_QUOTE\n")
    assert org.is_org("* 标题\n:PROPERTIES:\n:ID: x\n:END:\n正文")
    # one keyword-like line, a block never closed, a Markdown list, a time written with colons: not Org
    assert not org.is_org("#+TITLE: 夜校\n\n正文")
    assert not org.is_org("#+BEGIN_QUOTE\n引文")
    assert not org.is_org("* 一\n* 二\n\n正文：10:30 开始")
    # a Markdown text about Org shows its syntax in a fence: it stays Markdown, its sample stays code
    sample = "写 Org 的人这样开头：\n\n```org\n#+TITLE: 标题\n#+DATE: 2024\n```\n\n" + ZH[0]
    kept = text_post(sample)
    assert ZH[0] in kept and any("#+TITLE: 标题" in t for t in kept), kept


def test_a_forum_topic_copied_as_markdown_keeps_its_first_post_and_loses_the_replies_under_its_buttons():
    # Discourse: the poster's head with the board's role and the edit's mark, the post's row of reactions and buttons,
    # replies under a name and a date (one quoting the post in BBCode), the suggested topics as a table
    page = (
        "# 夜校开课通知\n\n阿青_管理员 版主 2024年5月6日 · 已编辑\n\n"
        + "\n\n".join(ZH)
        + "\n\n❤️ 47　　🔗　　🔖　　⋯　　↩ 回复\n\n"
        "**lily_ride**　　5月6日\n\n这个太及时了，昨晚刚好问起 😂\n\n❤️ 3\n\n"
        "**老周**　　5月7日\n\n"
        '[quote="阿青_管理员, post:1, topic:3821"]\n森林覆盖率超过百分之七十\n[/quote]\n\n'
        "那一段晚上没有路灯，新手别去。\n\n❤️ 12\n\n"
        "### 推荐话题\n\n| 话题 | 回复 | 浏览 |\n|---|---|---|\n"
        "| 周末去哪骑？五月路线征集 | 56 | 3.2k |\n| 新手求推荐通勤车 | 41 | 2.7k |\n"
    )
    assert text_post(page) == ["夜校开课通知", *ZH]


def test_a_tables_titles_under_a_reading_label_stay_when_they_are_the_articles_books():
    # the guard: the author's own reading list closes the article as a table of books in 《》
    page = (
        "\n\n".join(ZH)
        + "\n\n### 推荐书目\n\n| 书名 | 作者 |\n|---|---|\n| 《山乡巨变》 | 周立波 |\n| 《平凡的世界》 | 路遥 |\n"
    )
    kept = text_post(page)
    assert "《山乡巨变》" in kept and "《平凡的世界》" in kept, kept


def test_a_reply_to_the_post_is_one_block_after_its_head_unless_it_opens_by_quoting_the_post():
    # the guard: a thread's reply head over the poster's own paragraphs at the top is no comments' box
    page = "\n\n".join(["热门", "最新", "匿名", "2025年2月16日 13:40", *ZH, "❤️ 3,106"])
    assert text_post(page)[-len(ZH) :] == ZH


def test_an_email_reply_loses_the_earlier_messages_it_quotes_and_its_signature_above_the_lists_footer():
    # a list archive's reply: who wrote the quote, the nested quote, a line of it quoted again amid the answer, the
    # '-- ' signature above the list's footer rule
    page = (
        "在 2022年9月16日 周五 22:10，林海生 写道：\n> 在 2022年9月15日，小满 写道：\n> > 我整理了一份词表，想问能不能提交？\n>\n"
        "> 口述部分应该没问题，另一部分我拿不准。\n\n"
        f"{ZH[0]}\n\n{ZH[1]}\n\n> > 想问能不能提交？\n\n{ZH[2]}\n\n祝好，\n启明\n\n-- \n周启明 | 词典维护者\n"
        "博客：https://zqm.example.org  PGP: 0x4F2A 91C3\n\n_______________________________________________\n"
        "fangyan-dict 邮件列表\nfangyan-dict@lists.example.org\n订阅设置与退订：https://lists.example.org/mailman/listinfo/x\n"
    )
    kept = text_post(page)
    assert kept[:3] == ZH[:3] and kept[3].startswith("祝好"), kept
    text = "".join(kept)
    for quoted in ("写道", "词表", "拿不准", "想问", "PGP", "周启明"):
        assert quoted not in text, (quoted, kept)
    kept = text_post(
        page.replace(
            "在 2022年9月16日 周五 22:10，林海生 写道：",
            "On Fri, Sep 16, 2022 at 10:10 PM Lin <lin@example.org> wrote:",
        )
    )
    assert kept[:3] == ZH[:3] and not any("拿不准" in t for t in kept), kept


def test_a_quote_a_writer_introduces_stays_and_a_heading_underlined_by_dashes_is_no_signature():
    page = f"{ZH[0]}\n\n她在信里写道：\n\n> 我们等了三年，路还是没有修。\n\n{ZH[1]}\n\n后记\n--\n{ZH[2]}\n"
    kept = text_post(page)
    assert "我们等了三年，路还是没有修。" in kept and ZH[2] in kept and "后记" in kept, kept


def test_a_post_the_article_quotes_on_the_day_it_names_is_no_earlier_message():
    page = f"{ZH[0]}\n\n截至7月2日中午，转发量最大的一条帖子写道：\n\n> @江畔的小李：城北站全淹了！水已经到膝盖了\n\n{ZH[1]}\n"
    kept = text_post(page)
    assert any("城北站全淹了" in t for t in kept) and ZH[1] in kept, kept


def test_a_reading_apps_marks_by_its_paragraphs_and_its_page_hints_go():
    assert_rules_take(
        [
            "126人划线",
            "2,381人划线\u3000\u3000想法 47",
            "——\u3000本章已读 38%\u3000——",
            "轻触屏幕翻页",
            "閱讀進度 100%",
        ],
        ["126人参加", "想法", "他读完了全书的38%。"],
    )
    page = f"{ZH[0]}\n126人划线\n\n{ZH[1]}\n\n——　本章已读 38%　——\n\n轻触屏幕翻页\n\n{ZH[2]}"
    assert text_post(page) == ZH[:3]


def test_a_radio_transcripts_cues_for_music_the_stations_ident_and_the_ads_go_and_its_notes_of_the_room_stay():
    assert_rules_take(
        [
            "［開場音樂］",
            "［台聲：灣畔社區電台，與你同行］",
            "［廣告時間］「金記海味，三代老字號！」",
            "［廣告時間］",
            "[Intro music]",
        ],
        ["[掌聲]", "［笑］", "[音乐] 他说起那一年"],
    )
    page = f"［開場音樂］\n\n{TW[0]}\n\n［過場音樂］\n\n{TW[1]}\n\n［廣告時間］\n「金記海味，三代老字號，年貨一律八折！」\n\n{TW[2]}"
    assert text_post(page) == TW[:3]


def test_a_bbs_posts_colour_codes_without_their_escape_its_signature_and_its_board_buttons_go():
    page = (
        "[同主题阅读] [上一篇] [下一篇] [回复本文] [返回本版]\n\n"
        f"\x1b[1;33m{ZH[0]}\x1b[m\n\n[1;32m一、[m{ZH[1]}\n\n[1;32m二、[m{ZH[2]}\n\n[1;32m三、[m{ZH[3]}\n\n"
        "-- \n世界那么大，我骑车去看看。\n"
        "※ 来源:·荷塘BBS bbs.hetang.example.edu.cn·[FROM: 202.118.66.*]\n"
        "※ 修改:·riverstone 于 Oct  9 22:40:03 2015 修改本文·[FROM: 202.118.66.*]\n\n"
        "[本篇人气: 1533] [回复: 27] [同主题阅读] [上一篇] [下一篇] [回复本文]\n"
    )
    assert text_post(page) == [ZH[0], "一、" + ZH[1], "二、" + ZH[2], "三、" + ZH[3]]
    assert_rules_take(
        ["[同主题阅读] [上一篇] [下一篇]", "【回复: 27】【收藏】【举报】"],
        ["[1] [2] [3]", "【图】【文】", "【腾讯】【网易】【百度】【小米】", "[注1] 他说 [注2] 好 [注3]"],
    )


def test_three_codes_at_least_make_bracketed_letters_a_terminals_colours():
    # the guard: a text that writes one such code, as a sample, keeps it
    kept = text_post(f"{ZH[0]}\n\n终端里用 [1;32m 开启绿色，用 [m 复原。\n")
    assert "终端里用 [1;32m 开启绿色，用 [m 复原。" in kept, kept


def test_a_sites_disclaimer_of_all_its_pages_and_a_weekly_most_read_table_go():
    assert_rules_take(
        ["本站内容仅供参考，具体施工请咨询有资质的电工。", "本網所有資訊僅供參考"],
        ["这份数据仅供参考。", "本站的数据仅供参考吗？他问。"],
    )
    page = (
        "\n\n".join(ZH)
        + "\n\n**本周阅读排行**\n\n| 排名 | 标题 | 阅读 |\n|---|---|---|\n| 1 | 县城新增两条公交线路 | 1.2万 |\n"
        "| 2 | 春节期间县人民医院门诊安排 | 9876 |\n"
    )
    assert text_post(page) == ZH


def test_a_live_pages_notice_of_new_updates_its_followers_and_readers_scores_of_the_post_go():
    assert_rules_take(
        ["有 3 条新动态，点击查看", "已有 12.8万 人关注 · 更新于 11:52", "4.8 顆星（36 則評分）", "★★★★☆ 网友评分 8.6"],
        ["豆瓣评分 8.6", "已有 12.8万 人关注这件事，他说。", "口味：★★★★☆"],
    )


def test_a_jekyll_posts_site_boxes_its_tip_plea_after_a_question_and_its_comment_widgets_note_go():
    # an include named for a box of the site's showed its title as a paragraph ('订阅折腾笔记')
    page = (
        "\n\n".join(ZH) + '\n\n{% include subscribe.html title="订阅折腾笔记" desc="每月一封" %}\n\n---\n\n'
        "觉得有用？可以[请我喝杯咖啡](https://afdian.example.com/tinker) ☕\n\n评论区由 utterances 驱动，需要 GitHub 账号登录。\n"
    )
    assert text_post(page) == ZH
    # the guard: a figure's include keeps its caption, a question in the text its answer
    kept = text_post(
        f'{ZH[0]}\n\n{{% include figure.html image="/img/a.jpg" caption="夜校的黑板" %}}\n\n觉得有用？我们明天再谈。\n'
    )
    assert "夜校的黑板" in kept and "觉得有用？我们明天再谈。" in kept, kept


def test_a_projects_thanks_to_its_contributors_goes_and_the_heading_over_what_the_rules_took_goes_with_it():
    page = (
        "\n\n".join(ZH)
        + "\n\n## Contributors ✨\n\n感谢所有贡献者！本项目遵循 [all-contributors](https://allcontributors.example.org) 规范，"
        "欢迎任何形式的贡献。\n\n---\n\n© 2023 码上公益 · 用 Jekyll 构建\n"
    )
    assert text_post(page) == ZH
    # a staff's credits under their heading, taken by the credit rule, take the heading too
    assert text_post("\n\n".join(ZH) + "\n\n## 鸣谢\n\n整理 | 木木\n\n校对 | 师瑜\n") == ZH


def test_a_section_heading_where_an_excerpt_was_cut_stays():
    # the guard: nothing stood after it, so nothing under it was taken
    assert text_post("\n\n".join(ZH) + "\n\n## 二、县里的回应\n") == [*ZH, "二、县里的回应"]


SERIES_BOX = (
    "> **本系列：從零開始養一缸水草**\n> 1. [缸子、燈和底床怎麼選](https://w.example.com/a1)\n"
    "> 2. [開缸第一個月：藻類大爆發](https://w.example.com/a2)\n> 3. 二氧化碳要不要加？（本篇）\n"
    "> 4. [修剪與造景](https://w.example.com/a4)\n"
)


def test_a_series_box_of_links_above_and_below_the_post_goes_and_so_do_comments_under_a_name_half_in_latin():
    page = (
        f"{SERIES_BOX}\n"
        + "\n\n".join(TW + ZH)
        + f"\n\n---\n\n{SERIES_BOX}\n❤️ 128　🦄 14　🔖 37\n\n**熱門留言（9）**\n\n"
        "**魚缸新手小林** · 8月19日\n請問發酵式大概多久要換一次？\n\n**阿澄 Chen** · 8月19日\n夏天大概兩週，冬天可以撐到三週。\n"
    )
    assert text_post(page) == TW + ZH


def test_lines_repeated_amid_the_article_or_without_a_link_stay():
    # the guards: an event's times at its top and again in its details; a list the article sums up again
    times = "4月25日 20:00（加州时间）\n\n4月26日 11:00（北京时间）\n\n线上沙龙\n\n"
    kept = text_post(times + "\n\n".join(ZH) + "\n\n" + times)
    assert kept.count("4月25日 20:00（加州时间）") == 2, kept
    items = "- 识别车牌；\n- 在黑暗中发现任何人；\n- 使用面部识别技术识别任何人。\n\n"
    kept = text_post(f"{ZH[0]}\n\n{items}{ZH[1]}\n\n{items}{ZH[2]}\n\n{ZH[3]}")
    assert kept.count("识别车牌；") == 2, kept


ASCIIDOC_POST = f"""= 山里的夜校
林青 <lin@example.org>
v1.0, 2024-05-01
:toc: left
:imagesdir: ../assets
:description: 周报第12期

// 编辑备注：第二段的数字请再核对
{ZH[0]}

== 县里怎么说

NOTE: {ZH[1]}

.各乡镇排名
[cols="1,1",options="header"]
|===
|乡镇 |排名
|城关镇 |倒数第三
|北坡乡 |倒数第五
|===

[quote, 县长 许文雄]
____
{ZH[2]}
____

* 排名只看产值和税收
* 森林覆盖率超过百分之七十footnote:[数字来自县林业局的年报。]

更多见 https://news.example.com/county[县志网]。

[source,python]
----
print("== 不是标题")
----

'''

include::../partials/footer.adoc[]
"""


def test_a_blogs_asciidoc_source_is_read_as_it_renders():
    kept = text_post(ASCIIDOC_POST)
    assert kept[:2] == ["山里的夜校", ZH[0]] and ZH[1] in kept and ZH[2] in kept and "县里怎么说" in kept, kept
    assert "各乡镇排名" in kept and "北坡乡" in kept and "倒数第五" in kept, kept
    assert "—— 县长 许文雄" in kept and "排名只看产值和税收" in kept and "更多见 县志网。" in kept, kept
    assert any("数字来自县林业局的年报" in t for t in kept) and 'print("== 不是标题")' in kept, kept
    text = "\n".join(kept)
    for setting in ("林青", "v1.0", "toc", "imagesdir", "周报第12期", "编辑备注", "|===", "include::", "____", "NOTE"):
        assert setting not in text, (setting, kept)


def test_only_three_kinds_of_asciidocs_block_syntax_make_a_body_asciidoc():
    from etl.posts import asciidoc

    assert asciidoc.is_asciidoc(ASCIIDOC_POST)
    # Markdown with a '==' in a sentence, a line of underscores, a time with colons: not AsciiDoc
    assert not asciidoc.is_asciidoc(f"{ZH[0]}\n\na == b 时成立\n\n____\n\n会议 10:30 开始\n")
    assert not asciidoc.is_asciidoc("// 注释\n\n== 标题\n\n正文")  # (two kinds only)


def test_a_questions_text_under_its_headline_in_a_box_opened_by_its_topics_tags_opens_the_answer():
    # the question's box opens with links (its topics), read as another story's linked title: its text went
    page = (
        '<div class="QuestionPage"><div class="QuestionHeader"><div class="topics"><a href="/t/1">装修</a>'
        '<a href="/t/2">防潮</a></div><h1>一楼老房子墙根返潮发霉，刷防水涂料有用吗？</h1>'
        f'<div class="detail"><p>{ZH[0]}</p></div></div><div class="AnswerList"><div class="Answer">'
        f'<div class="AuthorInfo"><a href="/people/z">老周</a></div><div class="RichContent">{paragraphs(*ZH[1:])}</div>'
        "</div></div></div>"
    )
    assert blocks_titled(page, "一楼老房子墙根返潮发霉，刷防水涂料有用吗？") == ZH


def test_an_outliners_page_loses_its_property_lines_and_the_references_from_other_pages():
    page = (
        "title:: 山里的夜校\ntags:: [[县城]], [[夜校]]\npublic:: true\n\n"
        f"- {ZH[0]}\n- ## 县里怎么说\n  id:: 6522a1f3-7c4e-4a8b-9b1d-03e2f1c0a111\n\t- {ZH[1]}\n\t  collapsed:: true\n"
        f"\t- 见[[县志]]：{ZH[2]}\n\n---\n\n**Linked References** 2\n\n- [[2023-10-21]]\n\t- 下次记得带广角镜头。\n"
    )
    assert text_post(page) == [ZH[0], "县里怎么说", ZH[1], f"见县志：{ZH[2]}"]


def test_a_word_and_two_colons_in_a_sentence_are_no_property():
    # the guard: one such line is the text's (a rule of grammar, a label written with two colons)
    kept = text_post(f"{ZH[0]}\n\n注意:: 这一行是作者写的。\n\n{ZH[1]}")
    assert "注意:: 这一行是作者写的。" in kept, kept


def test_a_forum_thread_copied_as_text_with_floor_heads_set_apart_by_gaps_keeps_the_posters_first_floor():
    # the heads' name and time apart by a gap, no dot; the member's card and the first line of a reply glued under
    # them; the poster's later floor answers a member by quoting them; the signature under its label between rules
    page = (
        "[心得] 頂樓漏水第二年：換工法之後的結果\n瀏覽 12,804｜回覆 47｜只看樓主｜列印\n\n"
        "#1　樓主　阿哲的工具箱　　2021-08-03 22:15\n會員等級：資深會員｜發文 1,328｜註冊 2013-04\n\n"
        + "\n\n".join(TW)
        + "\n\n───── 簽名檔 ─────\n工具多到老婆想把我趕出去｜我的修繕記錄：homefix.example.com/u/azhe\n────────────────\n\n"
        "#2　大安水電行　　2021-08-03 23:02\n┃ 引用 阿哲的工具箱：結果撐不到一年。\n彈性水泥本來就不適合大面積曝曬。\n\n"
        "#3　新手屋主小林　　2021-08-04 08:41\n請問PU防水是哪一家做的？\n\n"
        "#4　阿哲的工具箱（樓主）　　2021-08-04 09:10\n┃ 引用 新手屋主小林：可以私訊嗎？\n已私訊，不過板規不能公開推薦廠商。\n"
    )
    assert text_post(page) == [
        "[心得] 頂樓漏水第二年：換工法之後的結果",
        *TW,
    ]  # (the thread's title: the post's is '测试')
    assert_rules_take(["會員等級：資深會員｜發文 1,328｜註冊 2013-04"], ["他的會員等級：資深會員，發文一千多篇。"])


def test_a_maps_a_players_and_a_readers_controls_a_files_download_link_and_a_readers_rating_with_its_count_go():
    assert_rules_take(
        [
            "读者评分 4.6 / 5（128条评价）",
            "在地图中打开",
            "温馨提示：按 ← 键返回上一章",
            "按→键进入下一章",
            "视频加载失败，请点击重试",
            "在 Mastodon 上查看",
            "Download notice (PDF, 118 KB)",
            "下載公告（PDF，118KB）",
        ],
        ["他在地图上查看了路线。", "我们在 Mastodon 上查看了那条帖子，发现它已被删除。", "下载量一周内超过两万次。"],
    )


def test_a_slide_decks_settings_block_and_a_columns_support_note_go():
    deck = (
        "---\nmarp: true\ntheme: gaia\nfooter: '城南社区观察小组 ｜ 引用数据请注明来源'\n---\n\n# 骑手驿站，骑手用了吗？\n\n"
        + "\n\n".join(ZH)
    )
    assert text_post(deck) == ["骑手驿站，骑手用了吗？", *ZH]
    # the guard: a rule, then a line of the text with a colon, then a rule, is no settings block
    kept = text_post(f"{ZH[0]}\n\n---\n\n时间: 2024年1月\n\n---\n\n{ZH[1]}")
    assert "时间: 2024年1月" in kept, kept
    assert_rules_take(
        ["本文由“青少年科学实践”专栏支持", "本节目由城市基金会支持播出。"], ["本文由他的团队支持完成，历时三年。"]
    )


def test_a_front_matter_shown_in_a_code_fence_stays_as_code():
    kept = text_post(f"{ZH[0]}\n\n```\n---\ntitle: 校园电台第12期\nauthor: 林可\n---\n```\n\n{ZH[1]}")
    assert any("author: 林可" in t for t in kept), kept


def test_a_government_pages_disclosure_record_goes():
    assert_rules_take(
        [
            "索引号：113307XX0025514M/2023-00412　　公开方式：主动公开　　公开时限：自作出决定之日起7个工作日内",
            "公开方式：主动公开",
        ],
        ["公开方式由各部门自行决定，不得拖延。"],
    )


def test_a_markets_ticker_and_its_delayed_quotes_note_go_and_the_articles_figures_stay():
    assert_rules_take(
        [
            "上证指数 3,068.46 +0.74% 深证成指 9,626.38 +1.39% 创业板指 1,872.05 +1.52%",
            "行情数据延迟15分钟，仅供参考，不作为交易依据。",
        ],
        ["上证指数 3,068.46 +0.74%", "上证指数收报3,068.46点，涨0.74%。", "行情延迟了几分钟，交易员们很着急。"],
    )


RST_POST = f"""<!--1714786200000-->
[山里的夜校](https://blog.example.org/night-school)
------

==========
山里的夜校
==========

:date: 2024-05-01 20:00
:tags: 县城, 夜校
:slug: night-school
:summary: 一所夜校的十年

.. contents:: 目录

.. 编辑备注：配图下周补上

{ZH[0]}

县里怎么说
==========

{ZH[1]}

.. note::

   排名只看产值和税收。

    {ZH[2]}

    -- 县长 许文雄

.. list-table:: 各乡镇排名
   :header-rows: 1

   * - 乡镇
     - 排名
   * - 北坡乡
     - 倒数第五

.. figure:: https://blog.example.org/img/school.jpg

   夜校的教室在村委会二楼。

森林覆盖率超过百分之七十 [#]_ ，更多见 `县志网 <https://news.example.com/county>`_ 。示例::

    print("== 不是标题")

.. [#] 数字来自县林业局的年报。

.. raw:: html

   <div class="post-nav"><a href="/water-tower.html">上一篇：旧水塔会不会拆</a></div>

.. _县志网: https://news.example.com/county
.. |logo| image:: https://blog.example.org/logo.png
.. include:: /etc/passwd
"""


def test_a_blogs_restructuredtext_source_is_read_as_docutils_renders_it():
    # Pelican's source kept by the feed bot: its fields, comments, generated contents, link targets and
    # substitutions never show; an include reads no file; the admonition keeps its text without its label; its raw
    # HTML (a pager) makes it no HTML page
    kept = text_post(RST_POST)
    # (its headline, the title over the bot's link to it, is the title's)
    assert kept[:3] == [ZH[0], "县里怎么说", ZH[1]] and ZH[2] in kept and "山里的夜校" not in kept, kept
    assert "排名只看产值和税收。" in kept and any("县长 许文雄" in t for t in kept), kept
    assert "各乡镇排名" in kept and "北坡乡" in kept and "倒数第五" in kept and "夜校的教室在村委会二楼。" in kept, kept
    assert "森林覆盖率超过百分之七十 [1] ，更多见 县志网 。示例:" in kept and 'print("== 不是标题")' in kept, kept
    assert "[1] 数字来自县林业局的年报。" in kept, kept
    text = "\n".join(kept)
    for hidden in (
        "night-school",
        "一所夜校的十年",
        "目录",
        "编辑备注",
        "Note",
        "注意",
        "root:",
        "logo",
        ".. ",
        "上一篇",
    ):
        assert hidden not in text, (hidden, kept)


def test_only_three_kinds_of_rsts_syntax_with_its_explicit_markup_or_links_make_a_body_rst():
    from etl.posts import rst

    assert rst.is_rst(RST_POST)
    # Markdown that quotes a directive in prose, or writes Markdown's links: not reST
    assert not rst.is_rst(f"{ZH[0]}\n\n写 ``.. note::`` 就行\n\n标题\n~~~~\n")  # (two kinds only)
    assert not rst.is_rst(RST_POST.replace("示例::", "见 [县志网](https://a.example.com/)::"))
    assert not rst.is_rst(f"{ZH[0]}\n\n.. 一行省略号开头的字\n\n{ZH[1]}\n")


MDX_POST = f"""import {{ Callout }} from '@/components/Callout'
import SubscribeBox from '@/components/SubscribeBox'
import {{
  Chart,
}} from '@/components/Chart'

export const metadata = {{
  title: '山里的夜校',
  readingTime: '7 分钟',
}}

{ZH[0]}

## 县里怎么说

<Callout type="info">
**什么是县域排名？** {ZH[1]}
</Callout>

<Chart src="/data/rank.csv" height={{320}} />

{{/* 编辑备注：图表下周更新 */}}

{ZH[2]}

<SubscribeBox>
订阅《山里周报》，每周五收到一封关于县城生活的信。
</SubscribeBox>

<RelatedPosts
  slugs={{["a", "b"]}}
>
- [另一篇文章的标题](/blog/a)
- [又一篇文章的标题](/blog/b)
</RelatedPosts>
"""


def test_a_blogs_mdx_source_loses_its_statements_and_its_components_boxes_are_weighed_as_a_pages():
    kept = text_post(MDX_POST)
    assert kept == [ZH[0], "县里怎么说", f"什么是县域排名？ {ZH[1]}", ZH[2]], kept


QUARTO_POST = f"""```{{r}}
#| label: setup
#| include: false
library(tidyverse)
```

{ZH[0]}

::: {{.callout-note}}
## 数据说明
{ZH[1]}
:::

```{{r}}
#| fig-cap: "各时段发布的公告数"
#| echo: false
ggplot(rank, aes(hour)) + geom_bar()
```

```{{python}}
print("shown")
```

| 县 | 排名 |
|---|---|
| 北坡 | 5 |

: 数据来源：县统计局 {{#tbl-rank}}

## 结语 {{#sec-end}}

{ZH[2]}
"""


def test_a_data_blogs_quarto_source_shows_what_its_chunks_options_show():
    kept = text_post(QUARTO_POST)
    assert kept[:4] == [ZH[0], "数据说明", ZH[1], "各时段发布的公告数"], kept
    assert 'print("shown")' in kept and "北坡" in kept and "数据来源：县统计局" in kept and "结语" in kept, kept
    text = "\n".join(kept)
    for hidden in ("library", "ggplot", "#|", ":::", "{#"):
        assert hidden not in text, (hidden, kept)


def test_only_a_dialects_own_syntax_makes_a_body_mdx_or_quarto():
    from etl.posts import dialects

    assert dialects.is_mdx(MDX_POST) and dialects.is_quarto(QUARTO_POST)
    # a sentence about imports, one component named in prose, a code sample of MDX: Markdown
    assert not dialects.is_mdx(f"{ZH[0]}\n\nimport 关税的影响\n\n<Note>\n")
    assert not dialects.is_mdx(f"{ZH[0]}\n\n```mdx\nimport A from 'a'\n<A>\n</A>\n```\n")
    assert not dialects.is_quarto(f"{ZH[0]}\n\n:::\n\n{ZH[1]}\n")
    # an old page's tags written in capitals, each on its line: HTML's
    assert not dialects.is_mdx(f"<TABLE width=778>\n<TR>\n<TD>\n{ZH[0]}\n</TD>\n</TR>\n</TABLE>\n")


GEMTEXT_POST = f"""Proxied content from gemini://tidepool.example.org/gemlog/night-school.gmi (external content)

Gemini request details:
  Original URL: gemini://tidepool.example.org/gemlog/night-school.gmi
  Status code: Success (20)
  Capsule response time: 412 milliseconds

=> gemini://tidepool.example.org/ 🏠 回到潮間帶首頁
=> gemini://tidepool.example.org/gemlog/ 📓 全部日誌

# 山里的夜校

2024-07-21 ・ 約 1,100 字

{ZH[0]}
{ZH[1]}

* 排名只看产值和税收
> {ZH[2]}

```价目
品项   1998年   2024年
汽水   15元     25元
```

=> gemini://tidepool.example.org/gemlog/2021-ferry.gmi 三年前渡轮停驶那次，我也写过夜校
"""


def test_a_gemini_capsules_page_reads_its_lines_as_paragraphs_and_its_links_as_links():
    kept = text_post(GEMTEXT_POST)
    assert kept[:5] == ["山里的夜校", ZH[0], ZH[1], "排名只看产值和税收", ZH[2]], kept
    assert "品项   1998年   2024年\n汽水   15元     25元" in kept, kept
    text = "\n".join(kept)
    for chrome in ("Proxied", "Capsule", "回到", "全部日誌", "1,100", "=>"):
        assert chrome not in text, (chrome, kept)


def test_only_two_link_lines_make_a_body_gemtext():
    from etl.posts import dialects

    assert dialects.is_gemtext(GEMTEXT_POST)
    assert not dialects.is_gemtext(f"{ZH[0]}\n\n=> 见下文\n\n{ZH[1]}\n")  # (an arrow in a text: one line)
    assert not dialects.is_gemtext(f"{ZH[0]}\n\n推导：a => b，b => c\n")


WIKI_POST = f"""<!--1647236880000-->
[山里的夜校](https://wiki.example.org/w/index.php?title=山里的夜校&action=edit)
------

正在编辑 山里的夜校
跳转到导航　跳转到搜索
{{{{date|2022年3月14日}}}}
{{{{Infobox 地方新闻
|地点 = 北坡乡
|类别 = {{{{tag|文化}}}}
}}}}
'''【本站北坡讯】'''{ZH[0]}<ref>{{{{cite news|title=县域经济排名|publisher=省统计局}}}}</ref>

== 县里怎么说 ==
{ZH[1]}见[[县志|县志网]]与[https://news.example.com/county 县新闻网]。
* 排名只看产值和税收
# 森林覆盖率超过百分之七十
[[File:school.jpg|thumb|right|200px|夜校的教室在村委会二楼。]]

{{| class="wikitable"
! 乡镇 !! 排名
|-
| 北坡乡 || 倒数第五
|}}

<!-- 编辑备注：下周补图 -->
== 参考资料 ==
<references />

__NOTOC__
[[Category:县城]]
[[分类:教育]]
"""


def test_a_wikis_source_reads_as_its_page_and_its_edit_form_goes():
    kept = text_post(WIKI_POST)
    assert kept[:3] == [f"【本站北坡讯】{ZH[0]}", "县里怎么说", f"{ZH[1]}见县志网与县新闻网。"], kept
    assert "排名只看产值和税收" in kept and "森林覆盖率超过百分之七十" in kept and "夜校的教室在村委会二楼。" in kept, (
        kept
    )
    assert "北坡乡" in kept and "倒数第五" in kept and "乡镇" in kept, kept
    text = "\n".join(kept)
    for hidden in (
        "{{",
        "Infobox",
        "cite",
        "省统计局",
        "Category",
        "分类",
        "编辑备注",
        "NOTOC",
        "参考资料",
        "正在编辑",
        "跳转",
    ):
        assert hidden not in text, (hidden, kept)


def test_only_three_kinds_of_wikitexts_syntax_with_one_of_its_own_make_a_body_wikitext():
    from etl.posts import wikitext

    assert wikitext.is_wikitext(WIKI_POST)
    # an outliner's links under a Markdown heading, with a reference tag; a formula with '==': not wikitext
    assert not wikitext.is_wikitext(
        f"# 标题\n\n{ZH[0]}见[[县志]]<ref>县志</ref>\n\n**粗体** 与 [链接](https://a.example.com/)\n"
    )
    assert not wikitext.is_wikitext(f"{ZH[0]}\n\n若 a == b 则成立\n\n见[[县志]]\n")


ASS_POST = f"""[Script Info]
; Script generated by Aegisub 3.2.2
Title: 山里的夜校
ScriptType: v4.00+
PlayResX: 1920

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour
Style: Default,方正黑体_GBK,64,&H00FFFFFF

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:07.20,0:00:11.80,Narr,旁白,0,0,0,,{{\\fad(500,500)}}{ZH[0]}
Dialogue: 0,0:00:12.00,0:00:16.40,Default,老周,0,0,0,,{ZH[1]}
Comment: 0,0:00:39.00,0:00:41.00,Default,,0,0,0,,校对：这里要不要加注释？
Dialogue: 0,0:00:41.20,0:00:46.80,Narr,旁白,0,0,0,,{{\\i1}}（笑）{{\\i0}}{ZH[2]}
"""


def test_a_subtitle_scripts_dialogue_is_read_and_its_settings_styles_and_comments_go():
    from etl.posts import dialects

    assert text_post(ASS_POST) == [ZH[0], ZH[1], f"（笑）{ZH[2]}"]
    assert not dialects.is_subtitles(f"{ZH[0]}\n\n[Script Info] 是字幕文件的第一节。\n\nDialogue: 一行\n")


def test_a_page_of_html_is_never_read_as_a_markup_source_whatever_its_templates_write():
    # a scraped page whose scripts' templates and a wiki-like link read as three kinds of wikitext's syntax
    page = (
        "<div class='app'>\n{{ site.title }}\n<p>"
        + ZH[0]
        + "见[[县志]]。</p>\n== 目录 ==\n<p>'''粗体'''"
        + ZH[1]
        + "</p></div>"
    )
    kept = text_post(page)
    assert any(ZH[0] in t for t in kept) and any(ZH[1] in t for t in kept), kept
