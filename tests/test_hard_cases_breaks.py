"""Hard cases, session 45 (2026-12-07): the site's footer under a thematic break after the article (an <hr>, Markdown's
'---', a line of dashes or box-drawing characters), its lines in wordings no rule knows. Every page is of our own
writing; each test failed before the fix it names."""

from __future__ import annotations

from tests.test_hard_cases_more import TW, ZH, blocks, paragraphs
from tests.test_hard_cases_site_rows import text_post

# a footer's lines no rule knows alone, beside one a rule drops ('欢迎转发给身边的朋友', a plea)
UNKNOWN_FOOTER = ["觉得有收获？转给身边也喜欢海洋的朋友吧～", "投稿 / 商务合作请联系编辑部"]
KNOWN_PLEA = "喜欢这篇文章的话，欢迎点赞、转发、关注我们！"


def test_a_footers_lines_under_a_break_go_when_a_rule_knows_one_of_them():
    # HTML: an <hr> after the article, then the footer
    assert blocks(paragraphs(*ZH) + "<hr>" + paragraphs(*UNKNOWN_FOOTER, KNOWN_PLEA)) == ZH
    # Markdown: '---' after the article
    assert text_post("\n\n".join([*ZH, "---", *UNKNOWN_FOOTER, KNOWN_PLEA])) == ZH
    # a line of box-drawing characters or two dashes written as a paragraph
    for rule in ("━━━━━━━━━━", "——", "* * *"):
        assert blocks(paragraphs(*TW, rule, "實體刊物各大書店販售中", "按讚追蹤粉專，每週帶你認識一位職人")) == TW, rule


def test_a_footers_lines_under_a_break_go_when_they_look_as_a_footers_lines_do():
    # no rule knows any of them, but each opens with a pictograph or a mark, or gives an e-mail address
    footer = ["▍本刊每周六出刊，书评投稿请寄 review@example.com", "▍喜欢这期书评？点一下右下角的心，让更多书友看到"]
    assert blocks(paragraphs(*ZH, "━━━━━━━━━━", *footer)) == ZH
    assert text_post("\n\n".join([*ZH, "---", "✈️ 机票加酒店打包价，限时九九九起", "💬 你去过那里吗？"])) == ZH


def test_what_stands_under_a_break_stays_when_it_is_the_authors():
    # no rule knows a line of it and none looks as a footer's: a postscript
    postscript = ["后记：这篇稿子写完的第二天，县里又公布了新的排名。", "感谢县志办的老周提供资料。"]
    assert blocks(paragraphs(*ZH) + "<hr>" + paragraphs(*postscript)) == [*ZH, *postscript]
    # the author's references, with a plea after them: the references stay
    references = ["[1] 某某省统计局，《县域经济发展报告》，2023年。", "[2] 某某县志办，《县志（续编）》。"]
    kept = blocks(paragraphs(*ZH) + "<hr>" + paragraphs(*references, KNOWN_PLEA))
    assert kept[: len(ZH) + 2] == [*ZH, *references]
    # a new section under the break (its heading) is the article's
    section = ["<h2>附：采访手记</h2>", "<p>采访那天下着雨，县城的街上没有几个人。</p>"]
    kept = blocks(paragraphs(*ZH) + "<hr>" + "".join(section) + paragraphs(*UNKNOWN_FOOTER, KNOWN_PLEA))
    assert "采访那天下着雨，县城的街上没有几个人。" in kept
    # a picture's caption under the break is the article's; the footer after it goes
    figure = '<figure><img src="/a.jpg"><figcaption>县城老街的早市</figcaption></figure>'
    assert blocks(paragraphs(*ZH) + "<hr>" + figure + paragraphs(*UNKNOWN_FOOTER, KNOWN_PLEA)) == [
        *ZH,
        "县城老街的早市",
    ]


def test_a_break_amid_the_article_leaves_the_prose_after_it():
    # a scene break: the prose under it is long and has no footer's look
    assert blocks(paragraphs(*ZH[:2]) + "<hr>" + paragraphs(*ZH[2:], KNOWN_PLEA)) == ZH


def test_a_trail_to_the_posts_section_goes_beside_the_article():
    # the section and its place as a trail above the headline's lead, with no home page's name
    for trail in ("本地新聞 ／ 列治文", "数码 > 耳机 > 骨传导耳机", "Lifestyle / 生活"):
        assert blocks(paragraphs(trail, *TW)) == TW, trail
        assert text_post("\n\n".join([trail, *ZH])) == ZH, trail
    # amid the article, a line of two names set apart by a slash is the article's (a list's pair of choices)
    assert blocks(paragraphs(*ZH[:2], "城市 / 乡村", *ZH[2:])) == [*ZH[:2], "城市 / 乡村", *ZH[2:]]


def test_a_byline_with_the_posts_section_after_its_time_goes_above_the_article():
    # the writer, the time, then after a bar the section's trail: the post's fields
    stamp = "值友「慢跑的阿康」原创 ｜ 2024-04-26 18:00 ｜ 数码 > 耳机"
    assert text_post("\n\n".join([stamp, *ZH])) == ZH
    # a time and an event after it are a timeline's entry, which stays
    assert blocks(paragraphs(*ZH[:2], "2024-04-26 18:00 县里召开会议", *ZH[2:]))[2] == "2024-04-26 18:00 县里召开会议"


def test_a_row_of_tools_each_with_its_pictograph_goes_beside_the_article():
    row = "📌 收藏这篇，出发前再翻一遍 ｜ 🗺️ 文末附行程地图"
    assert text_post("\n\n".join([row, *ZH])) == ZH
    assert blocks(paragraphs(*ZH, "👍 点个赞 · 💬 留个言")) == ZH
    # one field with a pictograph is a line of the author's ('⚠️ 注意：…'), and stays
    assert blocks(paragraphs(*ZH, "⚠️ 注意：以上数据截至去年年底")) == [*ZH, "⚠️ 注意：以上数据截至去年年底"]


def test_a_poems_and_a_courses_pager_goes():
    for pager in ("◀ 上一首：〈港邊〉　　下一首：〈曬穀場〉 ▶", "上一讲：县域经济的三个指标"):
        assert blocks(paragraphs(*TW, pager)) == TW, pager


def test_a_poems_lines_with_a_refrains_comma_stay_apart():
    # a stanza whose refrain holds a comma: its lines are verse, not prose wrapped at a width, and keep a space between
    poem = "\n\n".join(
        [
            "灶腳的燈是黃的\n鍋裡的粥是黃的\n外婆的手也是黃的\n她說，吃飽才會大",
            "阿公出海的那些年\n風把門吹開又關上\n外婆坐在灶前不講話\n她說，吃飽才會大",
        ]
    )
    assert text_post(poem) == [
        "灶腳的燈是黃的 鍋裡的粥是黃的 外婆的手也是黃的 她說，吃飽才會大",
        "阿公出海的那些年 風把門吹開又關上 外婆坐在灶前不講話 她說，吃飽才會大",
    ]
    # prose wrapped at a short width joins with nothing between its lines
    wrapped = "今年三月，省里公布了\n新一轮的县域经济排名，\n这个位于山区的小县排\n在倒数第五。"
    assert text_post("\n\n".join([wrapped, ZH[1]])) == [
        "今年三月，省里公布了新一轮的县域经济排名，这个位于山区的小县排在倒数第五。",
        ZH[1],
    ]


def test_a_sites_notice_that_its_writers_hold_the_rights_goes():
    notice = "本站刊登之詩作著作權均屬原作者，引用請註明出處並告知本刊編輯部。"
    assert blocks(paragraphs(*TW, notice)) == TW
    # a court's finding of who holds the rights is the article's
    finding = "法院认为，这张照片的著作权归原作者，被告应当赔偿。"
    assert blocks(paragraphs(*ZH, finding)) == [*ZH, finding]


def test_an_interfaces_label_glued_after_a_paragraphs_last_sentence_goes():
    glued = ZH[1] + "Story continues below ↓"
    assert text_post("\n\n".join([ZH[0], glued, *ZH[2:]])) == ZH
    # a point inside an address ends no sentence: the words after it are the paragraph's
    kept = "2.3 HKmap.live 的推薦"
    assert text_post("\n\n".join([*ZH, kept])) == [*ZH, kept]


def test_an_ads_copy_that_ends_with_the_mark_of_the_ads_end_goes():
    ad = "澳洲回国机票特价 | 悉尼往返上海 AUD 899 起 | 立即查询 >> — End of sponsored content —"
    assert blocks(paragraphs(*ZH[:2], ad, *ZH[2:])) == ZH
    assert blocks(paragraphs(*ZH[:2], "城东家具城周年庆，全场八折（广告结束）", *ZH[2:])) == ZH
    said = "他说，这是广告结束后的第一个镜头。"
    assert blocks(paragraphs(*ZH, said)) == [*ZH, said]


def test_a_row_of_menus_or_a_letters_issue_goes_above_the_article():
    for row in ("新聞公報 ｜ 今日新聞 ｜ 新聞存檔 ｜ 繁 ｜ 简 ｜ English", "拾叶 · 第 112 封 · 散文"):
        assert text_post("\n\n".join([row, *ZH])) == ZH, row
    # a table written as text above the prose: its rows have as many fields, and stay
    table = ["日期 | 地点 | 人数", "5月1日 | 城东 | 300", "5月2日 | 城西 | 120"]
    assert text_post("\n\n".join([*table, *ZH]))[:3] == table


def test_the_articles_end_mark_is_a_break_with_the_sites_lines_under_it():
    tail = [
        "—— 本期完 ——",
        "觉得有点意思？右下角那个按钮按一下，我们会知道的",
        "翻翻旧账",
        "▶ 一个人守着灯塔的第二十一年",
    ]
    assert text_post("\n".join([*ZH, *tail])) == ZH


def test_a_headline_underlined_with_full_width_asterisks_is_the_title():
    body = "\n".join(["發展事務局局長見傳媒談話內容", "＊＊＊＊＊＊＊＊＊＊＊＊", "", "\n\n".join(TW)])
    assert text_post(body) == ["發展事務局局長見傳媒談話內容", *TW]


def test_a_tables_source_naming_an_offices_reply_stays():
    # '回覆' after a date is the office's answer of that day, not a comment's reply button
    source = "資料來源：房屋署2024年6月27日回覆"
    page = paragraphs(TW[0]) + "<table><tr><td>地基</td><td>2023年8月</td></tr></table>" + paragraphs(source, *TW[1:])
    assert source in blocks(page)


def test_a_datelines_font_buttons_go_with_it_above_the_article():
    assert blocks(paragraphs("2024-10-03 11:00　泰國新聞　A+ A-", *TW)) == TW


def test_a_reprint_keyword_notice_and_a_next_opinion_pointer_go():
    assert blocks(paragraphs(*ZH, "本文系格物志原创，转载请在后台回复“转载”。")) == ZH
    assert blocks(paragraphs(*TW, "下一篇評論：公共圖書館延長夜讀 值得嗎？")) == TW


def test_a_follow_prompt_with_its_pictograph_and_its_promise_goes():
    for prompt in ("📲 加入溪城週報 LINE 官方帳號，地方新聞即時推播", "加入溪城週報 LINE 官方帳號，地方新聞即時推播"):
        assert blocks(paragraphs(*TW, prompt)) == TW, prompt
    # a line of the author's opened by a pictograph stays
    assert blocks(paragraphs(*ZH, "⚠️ 注意：以上数据截至去年年底")) == [*ZH, "⚠️ 注意：以上数据截至去年年底"]


def test_the_writers_accounts_listed_after_the_article_go():
    accounts = ["📘 Facebook：山小徑的步道筆記", "📸 Instagram：@shanxiaojing", "▶️ YouTube：山小徑 Trail Notes"]
    assert text_post("\n\n".join([*TW, "\n".join(f"- {line}" for line in accounts)])) == TW
    # one platform's account alone is the article's (where a council posts its notices)
    assert text_post("\n\n".join([*TW, "Facebook：某某鎮公所"])) == [*TW, "Facebook：某某鎮公所"]


def test_a_transcript_kept_as_a_subtitle_file_reads_without_its_timings():
    cues = [
        ("00:00:00,800 --> 00:00:04,300", "校長、各位師長、各位家長，大家午安。"),
        ("00:00:04,300 --> 00:00:09,100", "二十二年前，我也坐在你們現在坐的位置。"),
        ("00:00:09,100 --> 00:00:13,600", "那天我心裡只有一個念頭：趕快出去。"),
    ]
    srt = "\n\n".join(f"{n}\n{timing}\n{said}" for n, (timing, said) in enumerate(cues, 1))
    assert text_post(srt) == [said for _, said in cues]


def test_a_writers_signature_above_a_lists_footer_goes():
    letter = "\n\n".join(ZH)
    signature = '-- \n林小川 | 校友会秘书长 (Class of 1998)\nTel: +1 (604) 555-0123\n"代码会过时，同学情不会。"\nSent from my iPhone'
    footer = (
        '-- \nYou received this message because you are subscribed to the Google Groups "alumni" group.\n'
        "To unsubscribe from this group and stop receiving emails from it, send an email to "
        "alumni+unsubscribe@groups.example.com."
    )
    assert text_post("\n\n".join([letter, signature, footer])) == ZH


def test_a_plain_texts_chrome_line_glued_to_the_articles_last_lines_goes_apart():
    # the letter's date, then the page's row of counts and share targets on the next line, no blank line between
    tail = "二〇二四年八月三日\n👁 已有 1,204 人閱讀 ｜ 分享到 WhatsApp ｜ Facebook ｜ 複製連結"
    assert text_post("\n\n".join([*TW, tail])) == [*TW, "二〇二四年八月三日"]
    # an ad's label over its copy goes whole, as one thing a rule knows
    assert text_post("\n\n".join([*TW[:2], "[廣告]\n網上開戶即送港幣 200 元超市禮券｜條款及細則適用", *TW[2:]])) == TW
    # a paragraph wrapped at a width stays one paragraph
    wrapped = "今年三月，縣政府公布了新的人口統計，這個位\n於山區的小鎮人口跌破一萬，比十年前少了將近\n三成。分享"
    assert text_post("\n\n".join([wrapped, *TW[1:]]))[0].startswith("今年三月，縣政府公布了新的人口統計，這個位於山區")


def test_a_pictures_tap_hint_and_a_translation_widgets_credit_go():
    for label in ("輕觸圖片可放大檢視", "由 Google 提供技術支援"):
        assert blocks(paragraphs(*TW[:2], label, *TW[2:])) == TW, label


def test_a_videos_credits_glued_as_lines_go_to_the_credits():
    # the crew's lines under a video description, one a line: each a credit ('剪接' is the editing in Taiwan and Hong Kong)
    body = "\n\n".join(["\n".join(ZH[:2]), "拍摄：陈立\n剪接：黄雨桐"])
    assert text_post(body) == ["".join(ZH[:2])]


def test_a_tabs_hidden_panels_are_the_articles_text():
    tabs = (
        '<div class="tabs"><div role="tablist"><button role="tab" aria-controls="p1">一</button>'
        '<button role="tab" aria-controls="p2">二</button></div>'
        f'<div role="tabpanel" id="p1"><p>{TW[1]}</p></div>'
        f'<div role="tabpanel" id="p2" hidden style="display:none"><p>{TW[2]}</p></div></div>'
    )
    assert blocks(paragraphs(TW[0]) + tabs + paragraphs(TW[3])) == TW


def test_the_articles_last_lines_faded_at_a_paywalls_edge_stay():
    faded = "不過，業者也有自己的盤算。一位串流平台的行銷主管私下透露，漲價之後雖然有用戶流失，但留下來的用戶貢獻更多，"
    overlay = '<div class="paywall-overlay"><div>這是一篇會員專屬報導，您已閱讀 30%</div><a>立即加入會員</a></div>'
    page = paragraphs(*TW) + f'<p class="paywall-fade">{faded}</p>' + overlay
    assert blocks(page) == [*TW, faded]


def test_a_stations_row_of_tools_with_a_longer_first_field_goes_above_the_article():
    row = "FM 98.6 江城交通广播 ▶ 收听直播 ｜ 📱 下载“听江城”APP ｜ 节目表 ｜ 主持人"
    assert text_post("\n\n".join([row, *ZH])) == ZH


def test_a_polls_question_and_choices_go():
    poll = "你怎麼看？海灣區應否在海濱長廊加設單車徑？ ○ 支持 ○ 反對 ○ 無意見［投票］ 查看結果（已有 1,206 人投票）"
    assert blocks(paragraphs(*TW, poll)) == TW
    said = "他說，這次投票分為○支持和○反對兩欄。"
    assert blocks(paragraphs(*TW, said)) == [*TW, said]


def test_a_machines_summary_glued_to_its_label_and_note_goes():
    summary = "AI摘要\n县医院夜间儿科运行一月，接诊量超两千人次，缓解了家长夜间就医难题。\nAI生成，仅供参考"
    assert text_post("\n\n".join([summary, *ZH])) == ZH


def test_a_transcripts_note_on_how_it_was_made_goes():
    for note in (
        "（以實際發言為準 Check against delivery）",
        "本文字稿由语音识别生成并经编辑整理，如与音频有出入，请以音频为准。",
    ):
        assert blocks(paragraphs(note, *TW)) == TW, note
    said = "局长昨日发表讲话。发言稿全文刊登如下，以实际发言为准。"
    assert blocks(paragraphs(*ZH, said)) == [*ZH, said]


def test_a_forum_threads_replies_copied_as_text_go_after_its_first_post():
    body = "\n\n".join(
        [
            "1樓 樓主：阿康行山 發表於 2024-6-12 17:20",
            *TW,
            "#2樓 山羊仔 發表於 2024-6-12 18:03\n多謝分享！想問營地有冇得租帳篷？",
            "#3樓 Mandy_hiker 發表於 2024-6-12 18:40\n上年行過，第二日真係好靚。",
        ]
    )
    assert text_post(body) == TW


def test_a_sites_disclaimer_section_and_its_footer_row_go():
    body = "\n\n".join(
        [
            *TW,
            "## Disclaimer",
            "本站所刊載之文章僅供一般資訊參考，不構成任何法律意見。讀者如有具體法律問題，應諮詢執業律師。",
            "---",
            "[訂閱電子報](https://example.org.tw/subscribe) · [聯絡我們](https://example.org.tw/contact) · © 2024 某某評論",
        ]
    )
    assert text_post(body) == TW
    # the article's own section on disclaimers stays, under its own heading
    own = "\n\n".join([*TW[:2], "## 免責聲明的歷史", *TW[2:]])
    assert "免責聲明的歷史" in text_post(own)


def test_an_editors_disclosure_labelled_disclaimer_stays():
    disclosure = (
        "Disclaimer: This letter was co-organized by the center that publishes this magazine. Neither the author "
        "of this essay nor the magazine's editors were involved."
    )
    assert blocks(paragraphs(*TW, disclosure)) == [*TW, disclosure]
