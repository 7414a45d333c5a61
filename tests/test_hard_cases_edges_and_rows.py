"""Hard cases, session 34 (2026-12-06): what a repost says of its origin at the article's edges, a credit written on
a line of its own under a paragraph, rows of the post's fields, and bots' notes on the copies they made. Every page
is of our own writing; each test failed before the fix it names."""

from __future__ import annotations

from etl.posts.parse import ParsedPost, parse_post
from tests.test_hard_cases_more import NOW, TW, ZH, assert_each_goes, blocks, paragraphs


def markdown_post(body: str, front_field: str = "source: 青山周报") -> ParsedPost:
    """A whole post of ``body`` (Markdown, HTML or plain text) with one more front matter field."""
    front = f'---\nlayout: post\ntitle: "测试"\ndate: 2021-05-28 10:00:00 +0800\n{front_field}\n---\n'
    parsed = parse_post((front + body).encode(), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost), parsed
    return parsed


def test_a_source_line_at_the_articles_edge_is_its_credit_and_amid_the_article_it_stays():
    for line in ["来源：乡土观察（ID：xiangtu_gc）作者：田野", "（来源：青山周报 作者：蒋文）"]:
        for page in [paragraphs(line, *ZH), paragraphs(*ZH, line)]:
            post = markdown_post(page)
            assert [b.text for b in post.blocks] == ZH and post.credits == [line], (line, page)
    # an article's address given as its source is the post's url
    for page in [
        paragraphs("來源：https://news.example.tw/a/1", *TW),
        paragraphs(*TW, "來源：https://news.example.tw/a/1"),
    ]:
        post = markdown_post(page)
        assert [b.text for b in post.blocks] == TW and not post.credits and post.url == "https://news.example.tw/a/1"
    # a chart's source amid the article, and a sentence opening with the word, are the article's
    chart = "来源：县统计局"
    assert blocks(f"<article>{paragraphs(ZH[0], chart, *ZH[1:])}</article>") == [ZH[0], chart, *ZH[1:]]
    said = "来源：利用已发布的图表来计算由于加班而损失的生产力"
    assert blocks(f"<article>{paragraphs(*ZH, said)}</article>") == [*ZH, said]


def test_a_wechat_accounts_note_that_the_post_came_from_it_goes_to_the_credits():
    note = "（本文来自微信公众号：乡土观察（ID：xiangtu_gc），作者：田野）"
    post = markdown_post(paragraphs(*ZH, note))
    assert [b.text for b in post.blocks] == ZH and post.credits == [note]
    # the article saying what it grew from is its own
    own = "本文来自对一本新书的思考，您可以在这里下载这本书。"
    assert blocks(f"<article>{paragraphs(own, *ZH)}</article>") == [own, *ZH]


def test_a_credit_on_the_last_line_of_a_markdown_paragraph_is_set_apart_and_goes():
    # a Markdown paragraph's lines joined by soft breaks: its last line is the post's credit
    body = "\n\n".join(ZH[:3]) + "\n\n" + "供电服务热线：95598\n本文由供电服务中心提供\n"
    post = markdown_post(body)
    assert [b.text for b in post.blocks] == [*ZH[:3], "供电服务热线：95598"]
    assert post.credits == ["本文由供电服务中心提供"]
    # a paragraph wrapped at a width keeps its lines joined
    wrapped = "清晨六点半，青石小学的食堂已经飘出了米饭的香味。学校的炊事员张姐每天\n五点就到，先磨豆浆。"
    assert [b.text for b in markdown_post(wrapped + "\n\n" + ZH[0]).blocks] == [
        "清晨六点半，青石小学的食堂已经飘出了米饭的香味。学校的炊事员张姐每天五点就到，先磨豆浆。",
        ZH[0],
    ]


def test_in_html_only_a_br_sets_a_credit_apart_and_a_card_of_fields_stays_whole():
    # a line of the HTML source is no line of the text: '本文经授权转载自' then its link is one sentence
    note = '本文经授权转载自\n<a href="https://indie.example.hk/">城东独立媒体</a>'
    post = markdown_post(f"<article><p>{note}</p>{paragraphs(*ZH)}</article>")
    assert [b.text for b in post.blocks] == ZH and post.credits == ["本文经授权转载自城东独立媒体"]
    # after a <br> a credit is a line of its own
    assert blocks(f"<article>{paragraphs(*ZH[:3])}<p>{ZH[3]}<br>作者：林间</p></article>") == ZH
    # a book's card under a review: its author and translator are its fields, not the post's credit
    card = "作者：陈德明<br>译者：何川<br>出版时间：2017 年 3 月<br>出版社：城东大学出版社"
    kept = blocks(f"<article>{paragraphs(*ZH[:2])}<p>{card}</p>{paragraphs(*ZH[2:])}</article>")
    assert kept == [*ZH[:2], "作者：陈德明 译者：何川 出版时间：2017 年 3 月 出版社：城东大学出版社", *ZH[2:]]


def test_a_row_of_the_posts_fields_goes_and_its_byline_names_the_writer():
    row = "作者：青藤 | 发布于 2021-05-28 | 分类：果树 | 阅读 1,203"
    front = '---\nlayout: post\ntitle: "测试"\ndate: 2021-05-28 10:00:00 +0800\n---\n'
    post = parse_post((front + paragraphs(row, *TW)).encode(), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(post, ParsedPost) and [b.text for b in post.blocks] == TW
    assert post.credits == [row] and post.author == "青藤"
    assert blocks(f"<article>{paragraphs(*ZH, '发布于 2021-05-28 | 分类：果树 | 阅读 1,203')}</article>") == ZH
    # a microblog's repost line: who it was forwarded from, when, with what
    forwarded = "— 转发自 @市气象台 · 2021-05-28 06:35 · 来自 微博 weibo.com"
    assert blocks(f"<article>{paragraphs(*ZH, forwarded)}</article>") == ZH
    # words set apart by bars are the article's when any of them reads as its own
    for line in ["苹果 | 香蕉", "上午 | 县城的菜市场最热闹"]:
        assert blocks(f"<article>{paragraphs(*ZH[:2], line, *ZH[2:])}</article>") == [*ZH[:2], line, *ZH[2:]]


def test_a_bots_note_that_it_synced_or_backed_up_the_post_goes():
    for note in ["本文由 RSS to Markdown 机器人自动同步，图片可能无法显示。查看原文", "由 weibo-to-md 自动备份"]:
        assert blocks(f"<article>{paragraphs(*ZH, note)}</article>") == ZH, note
    # a sentence of the article about such a thing is prose
    own = "由于用户点击了自动翻译，该邮件中包含的登录地址就泄漏了。"
    assert blocks(f"<article>{paragraphs(*ZH, own)}</article>") == [*ZH, own]


def test_a_related_reading_label_over_bare_headlines_at_the_end_goes_and_a_reading_list_of_books_stays():
    titles = ["高雄港第七貨櫃中心啟用", "貨櫃車司機：一天只能跑兩趟"]
    for label in ["延伸閱讀", "相关阅读："]:
        assert blocks(f"<article>{paragraphs(*TW, label, *titles)}</article>") == TW, label
    # the author's own list of books under the label, and a line of the article after it, stay
    books = ["《小城故事》", "《县域经济十讲》"]
    assert blocks(f"<article>{paragraphs(*ZH, '延伸阅读：', *books)}</article>") == [*ZH, "延伸阅读：", *books]
    tail = ["延伸阅读", "小城故事", "这本书讲的是一个县城三十年的变化。"]
    assert blocks(f"<article>{paragraphs(*ZH, *tail)}</article>") == [*ZH, *tail]


def test_a_table_of_contents_repeating_the_sections_headings_goes():
    sections = ["一、老城区停车新规下月实施", "二、江北夜市搬迁到哪里"]
    page = paragraphs("本期目录", *sections) + "".join(
        f"<h2>{h}</h2><p>{t}</p>" for h, t in zip(sections, ZH[:2], strict=True)
    )
    post = markdown_post(f"<article>{page}</article>")
    assert [b.text for b in post.blocks] == [sections[0], ZH[0], sections[1], ZH[1]]
    # one line naming the first section is the article's lead, not contents
    lead = paragraphs(sections[0]) + "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in zip(sections, ZH[:2], strict=True))
    assert [b.text for b in markdown_post(f"<article>{lead}</article>").blocks] == [
        sections[0],
        sections[0],
        ZH[0],
        sections[1],
        ZH[1],
    ]


def test_pleas_to_comment_and_pointers_to_more_news_and_an_editions_own_line_go_after_the_article():
    assert_each_goes(
        [
            "您喜欢用什么工具整理笔记？欢迎留言讨论。",
            "☆ 更多新聞請見中台灣時報網站 ☆",
            "你正在阅读的是《山城通讯》，每周五发送。取消订阅 · 在浏览器中查看",
            "本网讯 责编：吴静",
        ],
        in_article=True,
    )
    # a letters column inviting more letters is its own close
    close = "欢迎读者继续来信讨论，来信请注明所在区域，编辑部保留删节权。"
    assert blocks(f"<article>{paragraphs(*ZH, close)}</article>") == [*ZH, close]


def test_a_run_of_origin_notes_above_the_article_goes_to_the_credits_past_a_repeated_headline():
    notes = ["原标题：七旬老人坚持一年记录菜价", "来源：微信公众号“栗子街坊”"]
    post = markdown_post(f"<article>{paragraphs(*notes, *ZH)}</article>")
    assert [b.text for b in post.blocks] == ZH and post.credits == notes
    note = "本文转载自：南洋商业观察 查看原文"
    post = markdown_post(f"<article>{paragraphs(note, '东南亚电商市场迎来新一轮价格战', *ZH)}</article>")
    assert [b.text for b in post.blocks] == ["东南亚电商市场迎来新一轮价格战", *ZH] and post.credits == [note]
    for note in ["本文原以英文发表，以下为中文译文。", "（本文来自理财周报网）"]:
        post = markdown_post(f"<article>{paragraphs(*ZH, note)}</article>")
        assert [b.text for b in post.blocks] == ZH and post.credits == [note], note


def test_a_desk_credited_whole_and_a_byline_row_with_its_date_go():
    for line in ["文字：栗子街坊编辑部 | 图片：受访者提供", "记者 伍嘉言／旧金山报道 ｜ May 28, 2021"]:
        assert blocks(f"<article>{paragraphs(*ZH, line)}</article>") == ZH, line
        assert blocks(f"<article>{paragraphs(line, *ZH)}</article>") == ZH, line


def test_a_sponsors_note_a_pages_view_count_a_next_page_pointer_and_a_live_pages_status_go():
    lines = [
        "（本新聞由山海觀光協會贊助刊登）",
        "發布日期：2021/05/28 瀏覽人次：418",
        "下一頁：〈放映機停下來之後〉",
        "阅读下一篇 ›",
        "正在更新 · 最后更新 16:20 · 自动刷新",
    ]
    for line in lines:
        assert blocks(f"<article>{paragraphs(*TW, line)}</article>") == TW, line
    # the article saying who paid for what is its own
    own = "本次活动由山海观光协会赞助，共有两百名学生参加。"
    assert blocks(f"<article>{paragraphs(*ZH, own)}</article>") == [*ZH, own]


def test_a_translations_notes_and_its_card_of_the_original_go_to_the_credits():
    notes = [
        "本文译自日本美食杂志《旬味》2020 年冬季号，经编辑部授权。",
        "本文为 Sam Ortiz《Why Maintainers Burn Out》的中文翻译版本，英文原版见这里。",
        "（本文由叶青翻译，仅代表原作者观点。）",
        "Translated with permission. Read the original in English →",
        "原文：Alone in a New City｜作者：Ruth Sandoval｜译者：潘一禾",
    ]
    for note in notes:
        for page in [paragraphs(note, *ZH), paragraphs(*ZH, note)]:
            post = markdown_post(page)
            assert [b.text for b in post.blocks] == ZH and post.credits == [note], note
    # a Markdown quote of the original's fields, its lines joined
    card = "> **原文**：*Nostalgia for Times We Never Lived*\n> **作者**：Hannah Okafor\n> **译者**：苏禾\n\n"
    assert [b.text for b in markdown_post(card + "\n\n".join(ZH)).blocks] == ZH
    # a book's card in a review, a sentence about a translator, are the article's
    book = "作者：吴国光 译者：王柯 出版时间：2017 年 3 月 出版社：城东大学出版社"
    assert blocks(f"<article>{paragraphs(book, *ZH)}</article>") == [book, *ZH]
    own = "由他翻译的小说在当地很受欢迎。"
    assert blocks(f"<article>{paragraphs(own, *ZH)}</article>") == [own, *ZH]


def test_a_blogs_licence_edit_link_breadcrumb_update_stamp_and_tip_button_go():
    assert_each_goes(
        [
            "本作品采用知识共享署名-非商业性使用 4.0 国际许可协议进行许可。转载请联系作者获得授权。",
            "All photos © 陳以樂. 未經授權請勿轉載。",
            "Edit this page on GitHub",
            "本文最后更新于 2021-06-01",
            "赏",
            "题图来源：Unsplash",
            "主播：阿闲 ｜ 后期：老陈 ｜ 封面：小棠",
            "有問題歡迎在下方留言，我看到會回覆 👇",
            "Forward this to a friend who might enjoy it →",
        ],
        in_article=True,
    )
    assert blocks(f"<article>{paragraphs('首页 / 碎碎念 / 正文', *ZH)}</article>") == ZH
    # the article on licences is its own
    own = "维基百科的文字采用知识共享署名许可协议，这让我们可以自由引用。"
    assert blocks(f"<article>{paragraphs(*ZH, own)}</article>") == [*ZH, own]


def test_an_old_portals_header_around_the_headline_and_its_lines_of_fields_go():
    title = "觀塘街市大樓展開翻新 六十檔戶暫遷"
    front = f'---\nlayout: post\ntitle: "{title}"\ndate: 2009-07-15 10:00:00 +0800\n---\n'
    header = f"港聞 > 正文 {title} 2009年07月15日（星期三） 字體大小：A A A 列印 | 電郵 | 轉寄好友"
    post = parse_post((front + paragraphs(header, *TW)).encode(), "_posts/2009-07-15-a.md", now=NOW)
    assert isinstance(post, ParsedPost) and [b.text for b in post.blocks] == TW
    # a line of the article naming the headline in a sentence stays
    said = f"{title}，2009年7月15日起分兩期進行。"
    post = parse_post((front + paragraphs(said, *TW)).encode(), "_posts/2009-07-15-a.md", now=NOW)
    assert isinstance(post, ParsedPost) and [b.text for b in post.blocks] == [said, *TW]
    for line in [
        "来源：县广播电视台 时间：2009年10月12日 【字号 大 中 小】",
        "编辑：王蕾 点击次数：2097",
        "作者：教导处 文章来源：本站原创 点击数：416 更新时间：2011-6-2",
        "本文网址：http://www.county.example.cn/news/2012/0514/4412.html 打印时间：2012-05-16 09:22:41",
        "2012-05-28 17:05:33 东湖新闻网 摄影：吕昊 文字：齐佳",
        "第 128 期｜2023 年 6 月號",
    ]:
        assert blocks(f"<article>{paragraphs(line, *ZH)}</article>") == ZH, line
    # a date alone above the article is the page's only when it is the post's own ('1945年8月15日' opens a history)
    assert blocks(f"<article>{paragraphs('2021-05-28', *TW)}</article>") == TW
    assert blocks(f"<article>{paragraphs('1945年8月15日', *TW)}</article>") == ["1945年8月15日", *TW]


def test_an_aggregators_disclaimers_a_machines_summary_and_a_previews_pointer_go():
    disclaimer = "免责声明：本文内容来源于网络公开资料，仅供参考，不构成任何建议。"
    assert blocks(f"<article>{paragraphs(disclaimer, *ZH)}</article>") == ZH
    ours = "本文来自城事观察号，不代表快看资讯立场，转载请联系原作者。"
    assert blocks(f"<article>{paragraphs(*ZH, ours)}</article>") == ZH
    items = "".join(f"<li>{t}</li>" for t in ["四项手续整合为一件事", "办理时间缩短为三个工作日"])
    summary = f"<p>AI摘要 Beta</p><ul>{items}</ul><p>以上内容由AI生成，仅供参考</p>"
    assert blocks(f"<article>{summary}{paragraphs(*ZH)}</article>") == ZH
    cut = ZH[3][:-1] + "……点击查看全文 >"
    assert blocks(f"<article>{paragraphs(*ZH[:3], cut)}</article>") == [*ZH[:3], ZH[3][:-1] + "……"]
    for line in [
        "网络不给力，点击重试",
        "00:00 / 18:42下载音频 在 Spotify 收听",
        "本報將持續更新，請重新整理頁面查看最新消息。",
    ]:
        assert blocks(f"<article>{paragraphs(*TW, line)}</article>") == TW, line
    # a report compiled from several sources credits no one: '綜合報導' goes
    assert blocks(f"<article>{paragraphs('綜合報導', *TW)}</article>") == TW


def test_a_table_of_contents_of_the_pages_own_anchors_goes_with_its_label():
    toc = "".join(f'<li><a href="#s{i}">{t}</a></li>' for i, t in enumerate(["为什么要买 NAS？", "硬盘选购要点"]))
    page = f"<article><p>本文目录</p><ul>{toc}</ul>{paragraphs(*ZH)}</article>"
    assert [b.text for b in markdown_post(page).blocks] == ZH
    # a list of links to other pages is weighed as before; one link to an anchor is a line of the article
    one = '<p><a href="#notes">见文末注释</a></p>'
    assert [b.text for b in markdown_post(f"<article>{paragraphs(*ZH)}{one}</article>").blocks] == [*ZH, "见文末注释"]


def test_a_newsletters_own_lines_a_blogs_tip_jar_and_widgets_go():
    assert_each_goes(
        [
            "本電子報由 社區好報志工團 發送．取消訂閱．更新訂閱資料",
            "本简报由每日简报编辑部整理，内容仅供参考，以原始报道为准。",
            "如果你是被转发读到这封邮件的，点此订阅。",
            "如果你喜欢这篇文章，欢迎通过 RSS 订阅本博客，或者关注我的公众号「巷口书简」。",
            "坚持原创技术分享，您的支持将鼓励我继续创作！",
            "Was this helpful? 👍 👎",
            "★★★★☆ 4.6（88 則評分）",
            "Backlinks: 决策日志 · 2021 书单 · 写作复盘",
            "本文转换自网页，原始排版已简化。",
        ],
        in_article=True,
    )
    pager = '<p><a href="/p/1">← 读《呼兰河传》</a></p><p><a href="/p/3">读《朝花夕拾》 →</a></p>'
    assert blocks(f"<article>{paragraphs(*ZH)}{pager}</article>") == ZH


def test_a_boards_notices_and_buttons_inside_the_first_post_go():
    assert_each_goes(
        [
            "游客，如果您要查看本帖隐藏内容请回复",
            "热心市民小刘 楼主",
            "[本帖已被管理员加入精华]",
            "复制代码",
            "※ 来源:·青石社区 bbs.example·[FROM: 10.0.0.*]",
            "引用:",
        ],
        at=2,
        in_article=True,
    )
    # a sentence naming the thread's opener is the post's
    own = "他是楼主，也是这个小区业主群的群主。"
    assert blocks(f"<article>{paragraphs(*ZH, own)}</article>") == [*ZH, own]


def test_a_link_blogs_hat_tip_a_follow_button_a_bare_label_a_sponsors_line_and_an_update_notice_go():
    for line in [
        "via @小鹿读书",
        "Grace Lin · Follow",
        "文章作者：",
        "本文共 1024 個字數，平均閱讀時長 ≈ 3分鐘",
        "赞助 ｜ 「简历诊所」一对一简历修改，资深 HR 帮你看，本周报名立减五十元。",
        "本文最後更新於 2021-05-28，若內容或圖片失效，請留言回饋。",
    ]:
        assert blocks(f"<article>{paragraphs(*TW, line)}</article>") == TW, line
    bio = ["译者简介：", "宋知鱼，日语译者，业余研究日本饮食文化。"]
    assert blocks(f"<article>{paragraphs(*ZH, *bio)}</article>") == ZH
    # two names set apart by a dot, a sentence on a sponsor, are the article's
    for own in ["王小明 · 李四", "本次活动的赞助商是一家本地书店。"]:
        assert blocks(f"<article>{paragraphs(*ZH, own)}</article>") == [*ZH, own], own
