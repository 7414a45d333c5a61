"""Hard cases, session 33 (2026-12-05): a page's chrome set on lines of one box, portals' and feeds' pages, and the
earlier rounds' gaps that were principles. Every page is of our own writing; each test failed before the fix it
names."""

from __future__ import annotations

from tests.test_hard_cases_more import TW, ZH, blocks, paragraphs


def test_a_post_date_and_a_pager_set_on_lines_of_one_box_each_go_as_their_own_block():
    # an old blog's page: its text in bare lines set apart by <br>; the date with its counts and the pager after it
    # are lines of one run, which the text rules weighed whole and kept
    text = "<br><br>".join(ZH)
    footer = "发表于 2021-05-28 10:00 | 阅读(231) | 评论(4)<br>上一篇：城里的第一个冬天 | 下一篇：没有了"
    assert blocks(f"<body>{text}<br><br>{footer}</body>") == ZH
    assert blocks(f"<div>{paragraphs(*ZH)}<p>{footer}</p></div>") == ZH
    # a line of the article's that ends with a date stays in its paragraph with the line after it
    letter = "此致<br>敬礼<br>王小明 2021年5月28日"
    assert blocks(f"<div>{paragraphs(*ZH)}<p>{letter}</p></div>") == [*ZH, "此致 敬礼 王小明 2021年5月28日"]


def test_a_row_of_a_blogs_own_pages_above_the_text_is_its_menu():
    # '游子的博客 | 文章归档 | 关于': the home page under the blog's name, its archive and its about page
    row = "<a href='/'>游子的博客</a> | <a href='/archive'>文章归档</a> | <a href='/about'>关于</a>"
    assert blocks(f"<body>{row}<br><br>{'<br><br>'.join(TW)}</body>") == TW
    assert blocks(f"<div><p>首頁 | 歸檔 | 關於本站</p>{paragraphs(*TW)}</div>") == TW


def test_a_sentence_explaining_that_the_law_lets_an_author_forbid_reposts_is_the_articles():
    law = (
        "对于报刊之间的转载，法律还规定了法定许可：作品刊登后，除著作权人声明不得转载外，其他报刊可以转载，"
        "但应当支付报酬。网络转载能否适用这一规则，司法实践中的态度并不一致。"
    )
    assert blocks(f"<article>{paragraphs(ZH[0], law, ZH[1])}</article>") == [ZH[0], law, ZH[1]]
    # the site's own declaration is its notice
    notice = "本站郑重声明，未经许可不得转载。"
    assert blocks(f"<article>{paragraphs(*ZH, notice)}</article>") == ZH


def test_keyword_category_and_back_issue_lines_and_a_readers_rating_go():
    lines = [
        "【关键词】加装电梯　老旧小区改造　适老化",
        "分类：财经 / 外贸",
        "往期回顾：《骑行川西的第一天》《第三天：折多山》《第五天：在新都桥看日落》",
    ]
    for line in lines:
        assert blocks(f"<article>{paragraphs(ZH[0], line, *ZH[1:])}</article>") == ZH, line
    rating = "這道食譜好吃嗎？ ★★★★★ （128 人評分）"
    assert blocks(f"<article>{paragraphs(*TW)}<div class='rate'>{rating}</div></article>") == TW
    # a review's own stars, and a list's field named like a category, are the article's
    review = ["口味：★★★★☆", "环境：★★★☆☆"]
    items = "".join(f"<li>{t}</li>" for t in ["课程一：基础防御", "分类：专业"])
    kept = blocks(f"<article>{paragraphs(*ZH[:2], *review)}<ul>{items}</ul>{paragraphs(*ZH[2:])}</article>")
    assert kept == [*ZH[:2], *review, "课程一：基础防御", "分类：专业", *ZH[2:]]


def test_a_line_of_the_posts_own_date_with_its_byline_under_the_headline_goes():
    # the front matter (tests.test_hard_cases_more.post) dates the post 2021-05-28 +08:00 and names 记者 王小明
    for line in [
        "2021年5月28日",
        "王小明　2021-05-28",
        "王小明 · 2021-05-28 · 字数 320",
        "城东日报 2021年05月28日 07:00",
        "文／黃明哲 2021.05.28",
        "作者：老梁 发表时间：2021-5-28 点击：89",
        "May 28, 2021 · 6 min read",
    ]:
        assert blocks(f"<article><h1>测试</h1><p>{line}</p>{paragraphs(*ZH)}</article>") == ZH, line
    # another day, a diary's weather, or a date amid the article are the author's
    for line in ["2021年5月20日", "2021年5月28日 晴", "2021年5月28日 10:02 大坝开闸泄洪"]:
        assert blocks(f"<article><p>{line}</p>{paragraphs(*ZH)}</article>") == [line, *ZH], line


def test_bylines_and_credit_lines_however_written_go():
    for line in [
        "文／童家蔚 圖／蘇立群",
        "文字｜林溪 摄影｜何川",
        "攝影・文字／宋之瑜",
        "作者：容思齐（历史学者）",
        "本报记者 吴海生",
        "記者吳孟哲／台南報導",
        "新桥网记者 覃山 摄",
        "（竹風新聞 記者黃雅婷）",
        "（譯者：張家豪／核稿：李明）1100528",
        "临江融媒出品",
        "本文由供电服务中心提供",
    ]:
        assert blocks(f"<article>{paragraphs(line, *ZH)}</article>") == ZH, line
        assert blocks(f"<article>{paragraphs(*ZH, line)}</article>") == ZH, line
    # a repost's source line names the outlet the text came from; a phrase about reporters, a list of media and a
    # sentence after a role are the article's
    for line in [
        "来源：青山周报",
        "在記者眼中",
        "南港日報記者宋明哲",
        "照片/视频/音频",
        "作者：我想了很久",
        "记者：好的",
    ]:
        assert blocks(f"<article>{paragraphs(ZH[0], line, *ZH[1:])}</article>") == [ZH[0], line, *ZH[1:]], line


def test_a_byline_names_the_writer_when_the_feed_names_none():
    from etl.posts.parse import ParsedPost, parse_post

    def parsed(author: str, body: str) -> ParsedPost:
        front = f"---\ntitle: 测试\ndate: 2021-05-28 10:00:00 +0800\nauthor: {author}\n---\n"
        result = parse_post((front + body).encode(), "_posts/2021-05-28-a.md")
        assert isinstance(result, ParsedPost)
        return result

    byline = f"<p>文/ 林晓岚编辑/周文浩</p>{paragraphs(*ZH)}"
    post = parsed("Anonymous", byline)
    assert post.author == "林晓岚" and [b.text for b in post.blocks] == ZH
    assert "author read from the byline above the article (林晓岚)" in post.problems
    assert parsed("林小雨", byline).author == "林小雨"  # the post's own author stands
    # a photo's credit names no writer; a byline after the prose is not read
    assert parsed("Anonymous", f"<p>图片：何家宁提供</p>{paragraphs(*ZH)}").author == "Anonymous"
    assert parsed("Anonymous", f"{paragraphs(*ZH)}<p>作者：江以宁</p>").author == "Anonymous"


def test_a_toggle_card_named_as_content_does_not_outrank_the_posts_own_paragraphs():
    # a Ghost post's body: bare <p> under the root, and a toggle card whose inner box's class says 'content'; the
    # class's weight lifted the card's one paragraph above the whole post
    prose = [*ZH, "有人会问，为什么不用脚本？主要是工具自带依赖关系，而且可以只运行其中一步，比如只压缩图片。"]
    toggle = (
        "<div class='kg-card kg-toggle-card' data-kg-toggle-state='close'><div class='kg-toggle-heading'>"
        "<h4 class='kg-toggle-heading-text'>为什么不用 CI？</h4></div><div class='kg-toggle-content'>"
        "<p>博客很小，本地构建只要几秒，没必要为它维护一套 CI 配置。</p></div></div>"
    )
    assert blocks(paragraphs(*prose) + toggle) == [
        *prose,
        "为什么不用 CI？",
        "博客很小，本地构建只要几秒，没必要为它维护一套 CI 配置。",
    ]


def test_a_poems_short_lines_outrank_a_one_sentence_bio_box_beside_it():
    # a WeChat page: the poem's lines in one section, the poet's bio (one sentence with commas) in another
    lines = [
        "父亲站在地头",
        "像一把旧镰刀",
        "五月的风从南边来",
        "把麦浪推到他脚下",
        "他不说话",
        "只是弯腰掐下一穗",
        "在掌心里搓",
    ]
    page = (
        f"<section style='text-align:center'>{paragraphs(*lines)}</section><section style='background:#f7f7f7'>"
        "<p>作者简介</p><p>柳岸，本名刘安，1978年生，中学语文教师，业余写诗。</p></section>"
    )
    assert blocks(page)[: len(lines)] == lines


def test_the_sites_own_notices_after_the_article_go_under_their_labels_and_a_correction_stays():
    notices = [
        "更正政策：本报致力于准确报道。如发现本站报道存在事实错误，请发送邮件至 fix@example.cn，我们会在核实后更正。",
        "【活动预告】本刊年度论坛将于6月18日举行。届时，二十余位专家将围绕城市更新展开讨论，现在报名可享早鸟价。",
        "我们正在招聘：编辑部招聘全职编辑一名，要求热爱城市历史，有两年以上采编经验。有意者请将简历发送至邮箱。",
        "投資警語：本文僅供參考，不構成任何投資建議。基金經金管會核准，惟不表示絕無風險，投資人應自行判斷。",
    ]
    for notice in notices:
        assert blocks(f"<article>{paragraphs(*ZH, notice)}</article>") == ZH, notice
    disclaimer = "如本文内容涉及版权问题，请权利人在作品发布之日起三十日内与本站联系，本站将在核实后删除相关内容。"
    assert blocks(f"<article>{paragraphs(*ZH)}<h3>免责声明</h3>{paragraphs(disclaimer)}</article>") == ZH
    # a correction is the article's; so is a notice's label amid the prose (the article speaks of it)
    correction = "更正：本文初版误将水库建成年份写为1975年，应为1957年，特此更正。"
    assert blocks(f"<article>{paragraphs(*ZH, correction)}</article>") == [*ZH, correction]
    assert blocks(f"<article>{paragraphs(ZH[0], notices[0], *ZH[1:])}</article>") == [ZH[0], notices[0], *ZH[1:]]


def test_an_apps_pitch_and_a_membership_offer_go():
    pitch = "下载岭南快讯客户端，第一时间获取本地新闻、天气和便民信息，还能参与每日签到抽奖。"
    paywall = "這是一篇會員專屬文章。你已閱讀了前三段，加入前哨財經會員，即可閱讀完整報導與每週產業分析。"
    assert blocks(f"<article>{paragraphs(*ZH, pitch)}</article>") == ZH
    assert blocks(f"<article>{paragraphs(*TW, paywall)}<a class='join'>加入會員，首月只要 1 元</a></article>") == TW
    # a report of an app's downloads is prose
    report = "下载这款应用的用户在一年里增长了三倍，开发者说，主要是靠口碑。"
    assert blocks(f"<article>{paragraphs(report, *ZH)}</article>") == [report, *ZH]


def test_pleas_to_follow_share_or_tip_after_the_article_go_and_the_articles_own_asking_words_stay():
    for plea in [
        "关注青禾城事，发现身边的小城故事。",
        "分享、点赞、在看，给我们一个三连吧！",
        "如果喜欢这篇文章，请我喝杯咖啡。",
        "☕ 喜歡我們的音樂？請我們喝杯咖啡",
        "Like this post? Buy me a coffee.",
        "Subscribe to the newsletter for more stories like this one.",
    ]:
        assert blocks(f"<article>{paragraphs(*ZH, plea)}</article>") == ZH, plea
    # words of asking amid a sentence, or a sentence that reports, close the article as its own
    for line in ["我们将继续关注石溪河的情况。", "關注團體正收集居民簽名，計劃下月遞交請願信。", "Subscriber Town"]:
        assert blocks(f"<article>{paragraphs(*ZH, line)}</article>") == [*ZH, line], line
    # amid the article, a plea is the author's
    plea = "如果喜欢这篇文章，请我喝杯咖啡。"
    assert blocks(f"<article>{paragraphs(ZH[0], plea, *ZH[1:])}</article>") == [ZH[0], plea, *ZH[1:]]


def test_a_note_of_where_the_post_was_first_published_leaves_the_text_for_its_credits():
    from etl.posts.parse import ParsedPost, parse_post

    for note in [
        "本文经授权转载自城东独立媒体，原标题：旧粮仓",
        "本文首發於《別字》第二十三期",
        "Originally published on Harbor Notes.",
    ]:
        front = "---\ntitle: 旧粮仓\ndate: 2021-05-01 10:00:00 +0800\n---\n"
        post = parse_post((front + paragraphs(*ZH, note)).encode(), "_posts/2021-05-01-a.md")
        assert isinstance(post, ParsedPost) and [b.text for b in post.blocks] == ZH and post.credits == [note], note


def test_a_reposts_note_above_the_article_a_slideshows_counters_and_a_published_on_byline_go():
    note = "本文經授權轉載自《小日子經濟學》（原文標題：〈從一碗牛肉麵看懂通膨〉）"
    assert blocks(f"<article>{paragraphs(note, *TW)}</article>") == TW
    slides = "".join(f"<li><img src='/g/{i}.jpg'><span>{i + 1} / 3</span><p>{t}</p></li>" for i, t in enumerate(ZH[1:]))
    page = f"<article>{paragraphs(ZH[0])}<ul class='slides'>{slides}</ul><a class='fs'>全螢幕觀看</a></article>"
    assert blocks(page) == ZH
    # one '3/4' alone is the article's (a share, a date)
    assert blocks(f"<article>{paragraphs(*ZH[:2], '3/4', *ZH[2:])}</article>") == [*ZH[:2], "3/4", *ZH[2:]]
    assert blocks(f"<article><h1>测试</h1><p>刊登於 2021-05-28</p>{paragraphs(*ZH)}</article>") == ZH


def test_pleas_opening_with_a_symbol_a_condition_or_more_news_go_after_the_article():
    for plea in [
        "📮 订阅本周报：点此订阅｜📱 关注微博：@科技早知道",
        "If my notes helped you plan your move, consider supporting the blog. Every coffee keeps this site ad-free.",
        "更多资讯请关注交通服务热线微博、微信公众号。",
    ]:
        assert blocks(f"<article>{paragraphs(*ZH, plea)}</article>") == ZH, plea
    for line in ["关注点：房价和利率。", "If the vote passes, subscribers will pay more.", "更多的人开始关注这件事。"]:
        assert blocks(f"<article>{paragraphs(*ZH, line)}</article>") == [*ZH, line], line


def test_a_sections_byline_amid_a_compilations_prose_stays_and_a_photo_credit_there_goes():
    # three writers' short pieces in one post, each under its writer's byline: who wrote what follows
    page = (
        f"<article><p>文| 孫欣然</p>{paragraphs(*ZH[:2])}<p>文| 陸怡然</p>{paragraphs(*ZH[2:])}"
        f"<p>攝影｜天天</p>{paragraphs(*TW[:1])}</article>"
    )
    assert blocks(page) == [*ZH[:2], "文| 陸怡然", *ZH[2:], *TW[:1]]
    # one byline after a dek is the post's
    dek = "一个山区小县的经济排名，为什么连续三年往下掉，县里的干部和居民又怎么看？"
    assert blocks(f"<article>{paragraphs(dek, '作者：林间', *ZH)}</article>") == [dek, *ZH]
