"""Hard cases, session 43 (2026-12-07): asks that feeds and other generators put inside an article's body, written
as ordinary sentences with the link inside or none at all. Every page is of our own writing; each test failed
before the fix it names."""

from __future__ import annotations

import datetime as dt

from etl.posts.boilerplate import text_rule_for
from etl.posts.parse import ParsedPost, parse_post
from tests.test_hard_cases_more import EN, TW, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs, post

NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def test_asks_amid_the_article_go_whatever_glyph_or_bracket_opens_them():
    # '>>' typed as an arrow, a 【】 around the whole plug, a giveaway as what the follow gives, a handle for tips
    # after a speech balloon, an English app plug after what the app gives: each was kept amid the prose
    assert_each_goes(
        [
            ">> 点击下载古城晚报客户端，看更多老城故事",
            "【加入港聞日報WhatsApp頻道，即時掌握最新消息】",
            "👇👇👇 点击下方链接关注数码小站，抽奖送耳机！",
            "💬 投稿爆料 @kuaixun_tougao_bot",
            "Get breaking news alerts: download our app.",
        ],
        at=2,
    )
    # the same words as the article's report stay
    assert_each_stays(
        [
            "记者点击下载了这款所谓的安全客户端后，手机很快被植入了木马程序。",
            "他在推特上 @了市长，要求公开调查结果。",
            "许多读者下载了这个应用，但很快就卸载了。",
        ]
    )


def test_a_script_pushing_an_ad_slot_goes_when_it_names_the_window():
    # '(window.adsbygoogle = window.adsbygoogle || []).push({});' shown as text (its <script> escaped)
    page = paragraphs(*ZH[:2], "&lt;script&gt;(window.adsbygoogle = window.adsbygoogle || []).push({});&lt;/script&gt;")
    assert blocks(page + paragraphs(*ZH[2:])) == ZH


def test_the_phone_a_microblog_was_sent_from_goes_with_its_model():
    # '来自 iPhone 15 Pro' under a Weibo post: only the bare make went ('来自 iPhone'); a heading naming a maker stays
    assert_each_goes(["来自 iPhone 15 Pro", "来自 HUAWEI Mate 60", "来自小米 14 Ultra"])
    assert_each_stays(["来自华为的消息"])


def test_closing_pleas_written_as_sentences_go():
    # after the article's last paragraph: a subscription naming the letter it sends, a Matters writer's LikeCoin
    # ask, a tip jar after 'if this helped', a letter's 'forward this email', in both scripts
    assert_each_goes(
        [
            "订阅《财经观察》每日早报，每天早上7点送达你的邮箱。",
            "也可以在 LikeCoin 上为我拍手 👏",
            "覺得有用嗎？轉寄給朋友，讓更多人每天三分鐘掌握新聞。",
        ]
    )
    assert_each_goes(
        [
            "If this helped, you can buy me a coffee ☕",
            "Enjoying The Morning Ledger? Forward this email to a friend, or subscribe here.",
        ],
        article=EN,
    )
    # an article's own last sentences about the same acts stay
    assert_each_stays(["我们订阅了《纽约时报》，每天阅读。", "她把这封信转寄给了远在国外的朋友。"])
    assert_each_stays(["If this helped anyone, it was the shopkeeper, who sold out by noon."], article=EN)


def test_a_sections_label_of_the_headlines_tag_does_not_make_the_page_several_stories():
    # a video page: the headline (an <h3>) over the player, the summary in a box after it, and '相关视频' and
    # '更多新闻' as <h3> labels of lists; read as other stories' headlines, they made the player's box the story, and
    # the summary was lost
    page = (
        '<div class="nav_top"><a>首页</a> <a>新闻</a> <a>体育</a> <a>综艺</a></div>'
        '<div class="playingVideo"><div class="video-title"><h3>[视频]航拍：油菜花海铺满梯田</h3></div>'
        '<div class="player"><div class="player-error">您的浏览器版本过低，无法播放视频，请升级浏览器或下载客户端。</div></div>'
        "<div><span>播放量：12.3万</span> <span>来源：央视新闻客户端</span> <span>2024年04月03日 16:00</span> "
        "<a>分享到</a></div></div>"
        f'<div class="cnt_bd">{paragraphs(*ZH[:2])}</div>'
        '<div class="related"><h3>相关视频</h3><ul><li>春耕时节 田间地头农事忙</li><li>樱花盛开 游客踏青赏春</li></ul></div>'
        '<div class="more"><h3>更多新闻</h3><ul><li>多地发布踏青赏花出行提示</li></ul></div>'
    )
    raw = post(page, title="航拍：油菜花海铺满梯田")
    parsed = parse_post(raw, "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == ZH[:2]


def test_the_articles_own_header_outside_an_article_element_keeps_its_standfirst():
    # '<div class="l-article"><header><h1>…</h1><p class="lead">…</p><div class="byline">…</div></header>…': the
    # header was removed as the page's, with the standfirst in it (kept only inside an <article>)
    lead = "过去五年，东京出现了十余家中文独立书店。它们的店主大多是近年移居日本的中国人，顾客也是。"
    page = (
        '<header class="site-header"><a class="logo">某传媒</a><nav><a>最新</a><a>深度</a><a>评论</a></nav></header>'
        '<div class="l-article"><header class="article-header"><h1>在东京开中文书店的人</h1>'
        f'<p class="lead">{lead}</p><div class="byline">记者 苏芮 发自东京 | 2024-03-14</div></header>'
        f'<div class="article-body">{paragraphs(*ZH)}</div></div>'
    )
    assert blocks(page) == [lead, *ZH]


def test_portal_lines_around_the_article_go():
    # round 74 (portals in both scripts): the byline with where it was posted from, a reading time beside the date
    # (a weekday and the part of the day between date and time), a 'continue reading' cue above an ad, a portal's
    # word on its partners' stories, a show's pitch, a line ending on an arrow at a button, a ticker of quotes
    assert_each_goes(["半岛晨报2024-03-07 11:30发布于辽宁"], at=0)
    assert_each_goes(["民視新聞網 2024年4月19日 週五 下午2:00 1 分鐘 (閱讀時間)"], at=0)
    assert_each_goes(["发布于 2024-04-12 · 阅读约 4 分钟 · 标签：骑行"], at=0)
    assert_each_goes(["請繼續往下閱讀..."], at=2)
    assert_each_goes(
        [
            "本網站內容由合作夥伴提供，Yahoo奇摩不負任何責任。",
            "中央社「一手新聞」Podcast 每天帶你快速掌握國內外大事",
            "【某某寵物雲】找到你身邊的毛孩好朋友，加入寵物雲粉絲團→點我",
            "文章相关股票：东方财富 15.23 +1.2% 同花顺 140.50 -0.4%",
        ]
    )
    # the article's own sentences with those words stay
    assert_each_stays(
        [
            "他阅读约 4 分钟就看完了全部材料。",
            "腾讯股价收于380.2港元，上涨2.1%。",
            "这档播客每天带你了解世界，上线一年已有十万听众。",
            "资料由气象局提供，本报不负责任。",
            "他请我继续往下读。",
        ]
    )


def test_the_lead_set_above_the_headline_opens_the_article():
    # round 76: a standfirst in the headline's box before the <h1>, an editor's note above the box of headline and
    # text, summary bullets under their label before the <h1>; each was lost with the page's chrome
    lead = (
        "夜里十一点以后从市中心回家难，是不少上夜班市民的共同烦恼。市交通部门宣布，三条夜间公交线路将于下月起试运行。"
    )
    note = "编者按：在连锁书店与网络书城的夹击下，城市里的独立旧书店一家接一家熄灯。本报记者在一家书店里待了一个月。"
    points = ["新版药品目录自1月1日起正式执行", "新增126种药品，其中罕见病用药占比较高", "谈判药品平均降价超过六成"]
    crumbs = '<div class="crumbs"><a href="/">某晚报</a> &gt; <a href="/local">本地新闻</a> &gt; 正文</div>'
    body = f'<div class="art-body">{paragraphs(*ZH)}</div>'
    standfirst = f'{crumbs}<div class="art-head"><div class="lead-summary">{lead}</div><h1>夜间公交</h1></div>{body}'
    assert blocks(standfirst) == [lead, *ZH]
    editors = (
        f'{crumbs}<main><div class="editor-note">{note}</div><div class="story"><h1>旧书店</h1>{body}</div></main>'
    )
    assert blocks(editors) == [note, *ZH]
    bullets = "".join(f"<li>{p}</li>" for p in points)
    summary = (
        f'{crumbs}<div class="head"><div class="tips"><p>核心提示</p><ul>{bullets}</ul></div><h1>医保</h1></div>{body}'
    )
    assert blocks(summary) == ["核心提示", *points, *ZH]
    # other stories' teasers under their label above the headline's box stay out, and so does a bar at the page's
    # top level above every article
    teasers = '<div class="picks"><h2>编辑推荐</h2>' + paragraphs(
        "为什么年轻人开始重新爱上公园？周末的公园里，越来越多的年轻人带着帐篷、咖啡和书，一坐就是一下午。",
        "菜市场里的设计师：一位设计师花了一年时间，为老菜市场重新设计了所有的招牌和价签。",
    )
    assert blocks(f'<div class="layout">{teasers}</div><div class="box"><h1>裁缝</h1>{body}</div></div>') == ZH
    bar = '<div class="bar"><p>【快讯】今晨本市东郊发生三级地震，震源深度十公里，暂无人员伤亡报告。</p></div>'
    assert blocks(f'{bar}<div class="wrap"><h1>县</h1>{body}</div>') == ZH


def test_who_the_writer_is_under_the_text_stays_without_a_full_stop():
    # round 76: '作者为…讲师' after the paragraphs a stray </article> closed out, and in a box of its own right under
    # the body: the line ends no sentence, and it was lost with the page's chrome
    bio = "作者为某财经大学商学院讲师"
    closed_out = f"<main><article><h1>老字号</h1>{paragraphs(*ZH[:2])}</article>{paragraphs(*ZH[2:], bio)}</main>"
    assert blocks(closed_out) == [*ZH, bio]
    boxed = f'<div class="article"><h1>县</h1><div class="body">{paragraphs(*ZH)}</div><div class="x">{bio}</div></div>'
    assert blocks(boxed + '<div class="share">分享：<a>Facebook</a> <a>WhatsApp</a></div>') == [*ZH, bio]
    # a line naming someone else stays out
    other = '<div class="x">编辑为某某，校对为某某</div>'
    assert blocks(f'<div class="article"><h1>县</h1><div class="body">{paragraphs(*ZH)}</div>{other}</div>') == ZH


def test_the_articles_notes_in_a_list_of_their_own_after_it_stay():
    # round 76: '<ol class="footnotes">' at the page's level, after an ad and the editor's line, its items cited in
    # the text as <sup>1</sup> and <sup>2</sup>: lost with the page's chrome
    notes = ["参见某市住房公积金管理中心2023年12月发布的公告。", "据某省财政厅2024年一季度新闻发布会介绍。"]
    text = [ZH[0], ZH[1] + "<sup>1</sup>", ZH[2] + "<sup>2</sup>", ZH[3]]
    page = (
        f'<div class="article"><h1>县</h1><div class="main">{paragraphs(*text)}</div></div>'
        '<div class="banner-ad"><a href="/ad">开户有礼 新客理财年化收益高至3.5%</a><span>广告</span></div>'
        '<div class="editor">责任编辑：韩雪</div>'
        f'<ol class="footnotes">{"".join(f"<li>{n}</li>" for n in notes)}</ol>'
        '<ol class="hot"><li><a href="/a/1">热门文章之一的标题</a></li><li><a href="/a/2">热门文章之二的标题</a></li></ol>'
    )
    assert blocks(page) == [ZH[0], ZH[1] + "1", ZH[2] + "2", ZH[3], *notes]


def test_an_english_sign_up_box_inside_the_article_goes():
    # round 76: an <aside> with its heading, its pitch and an email field amid an English article: its pitch, longer in
    # words of letters, passed the sign-up box's length and was kept as the article's note; without its form (a feed
    # drops it) the heading and the pitch go by their words
    signup = (
        '<aside class="newsletter-signup"><h3>Get the Tide Line newsletter</h3>'
        "<p>Our reporters' best coastal stories, delivered to your inbox every Thursday. Free, and you can "
        'unsubscribe anytime.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form>'
        "</aside>"
    )
    page = f"<article><h1>Ports</h1>{paragraphs(*EN[:2])}{signup}{paragraphs(*EN[2:])}</article>"
    assert blocks(page) == EN
    assert_each_goes(["Get the Tide Line newsletter", "The week in science, delivered to your inbox."], article=EN)
    assert_each_stays(
        ["The newsletter was delivered to your inbox by mistake, the company said in a statement on Friday."],
        article=EN,
    )


def test_the_stories_header_outside_its_article_element_keeps_its_dek_and_drops_its_byline_parts():
    # round 76: '<div class="article-header"><p class="kicker">…</p><p class="dek">…</p><h1>…</h1><p class="byline">…'
    # before '<article>': the header was removed as the page's, with the dek (a Latin kicker is longer than a Chinese
    # one); the headline under kicker and dek is the title; a byline's label and the writer's role left alone go
    dek = "Members said they needed more data on how many homes are listed full-time before capping permits."
    page = (
        '<div id="masthead"><a href="/">Harbor Times</a> <a href="/local">Local</a> <a href="/biz">Business</a></div>'
        '<div class="article-header"><p class="kicker">Local Government</p>'
        f'<p class="dek">{dek}</p><h1>测试</h1><p>By</p><p>Opinion Columnist</p></div>'
        f'<article class="article-body">{paragraphs(*EN)}</article>'
    )
    assert blocks(page) == ["Local Government", dek, *EN]


def test_a_date_and_time_over_the_outlets_name_ending_in_net_is_the_byline():
    # '2024年04月16日 14:40 商业观察网' above the article: an outlet named '…网' was read as an event after a time
    assert_each_goes(["2024年04月16日 14:40 商业观察网"], at=0)
    assert_each_stays(["2024-01-15 17:32 上网的人数达到高峰，随后逐渐回落。"])


def test_what_readers_read_most_under_its_label_goes_whatever_its_links():
    # round 74: '最受欢迎' and '热新闻' over lists of headlines that lost their links, after the article; the same
    # words heading the article's own section stay
    for label in ("最受欢迎", "热新闻", "一周热点", "阅读排行"):
        hot = f'<div class="side"><h3>{label}</h3><ul><li>美联储维持利率不变</li><li>日本樱花季提前到来</li><li>新冠疫苗新一轮接种开始</li></ul></div>'
        assert blocks(f'<div class="article"><h1>县</h1>{paragraphs(*ZH)}</div>{hot}') == ZH, label
    section = "<h2>最受欢迎的职业</h2><ul><li>护士，缺口最大。</li><li>电工，收入最高。</li></ul>"
    assert blocks(f"<article><h1>县</h1>{paragraphs(*ZH[:2])}{section}{paragraphs(*ZH[2:])}</article>") == [
        *ZH[:2],
        "最受欢迎的职业",
        "护士，缺口最大。",
        "电工，收入最高。",
        *ZH[2:],
    ]


def test_a_closing_statement_with_an_ask_to_follow_the_outlets_wechat_goes():
    # '本文系某网独家稿件，…不得转载，…。关注某网微信guanchacn，每日阅读趣味文章。': the follow ask (an account on
    # WeChat, no '公众号') kept the two notices in the text
    statement = (
        "本文系某某网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，否则将追究法律责任。"
        "关注某某网微信moumou，每日阅读趣味文章。"
    )
    text = [
        "几乎每个新闻网站的页面底部，都写着同一句话：“版权所有，未经授权不得转载。”",
        "可现实中，转载几乎无处不在。这句话到底有没有法律效力？",
        "说到底，尊重版权，靠的不是页脚的那一行字。",
    ]
    page = (
        f'<div class="article"><h1>县</h1><div class="all-txt">{paragraphs(*text)}</div>'
        f'<div class="statement">{statement}</div><div class="editor">责任编辑：李某</div></div>'
    )
    assert blocks(page) == text
    assert text_rule_for("关注某某网微信moumou，每日阅读趣味文章。") == "drop_follow_prompts"
    assert_each_goes(["请关注我们的微信"])
    assert_each_stays(["他关注了对方的微信，每天聊天。"])


def test_a_county_sites_menu_and_trail_left_as_lines_by_unclosed_boxes_go():
    # round 74: a page whose <div>s never close: the menu came out as one line of its words and the trail with '>>'
    assert_each_goes(
        ["网站首页 新闻中心 政务公开 乡镇动态 视频点播 专题专栏", "当前位置：网站首页 >> 新闻中心 >> 本地新闻"], at=0
    )
    assert_each_stays(["首页是一个网站的门面，非常重要，设计时要让读者一眼看到最新的内容。"])


def test_controls_and_pointers_after_a_mark_go():
    # round 77 (bodies converted to text): a control after a mark ('>> 点击查看更多…', '🔊 听新闻', a live page's
    # refresh controls), the neighbour posts' line after an arrow, an ask to follow with a keyword to reply with
    assert_each_goes(
        [
            ">> 点击查看更多本地新闻",
            "🔊 听新闻",
            "🔴 直播中 自动刷新已开启 [关闭自动刷新]",
            "关注公众号「数码老爸」，回复“长辈”获取图文版",
            "« 上一篇：老街的冬天",
        ]
    )
    assert_each_goes(["← Previous post: How we fixed the boiler | Next post: Spring garden notes →"], article=EN)
    assert_each_stays(["直播中的主播说了一句话，引来上万条评论。"])


def test_a_related_label_over_its_titles_on_the_lines_of_a_markdown_paragraph_goes():
    # round 77: '相关推荐' and two titles, each on its own line of one Markdown paragraph: read as one paragraph, the
    # Chinese lines ran together ('相关推荐平潭旅游攻略：…本地天气：…') and the list's rule could not see them
    picture = "![](https://img.example.com/a.jpg)\n游客在海边拍摄。\n\n"
    raw = post(picture + "\n\n".join(ZH) + "\n\n相关推荐\n平潭旅游攻略：五一去哪儿看海\n本地天气：未来三天晴到多云\n")
    parsed = parse_post(raw, "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks][-len(ZH) :] == ZH
    # a hard-wrapped paragraph of the article reads as one, as written
    wrapped = post(
        "\n\n".join(ZH[:3])
        + "\n\n一位在县城开了二十年饭馆的老板说，\n他最关心的不是排名，\n而是年轻人还愿不愿意留下来。\n"
    )
    parsed = parse_post(wrapped, "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == ZH


def test_a_related_label_and_its_titles_after_a_source_note_in_a_plain_text_paragraph_go():
    # round 77: a plain-text post whose last paragraph is the source's note, '相關新聞：', its titles and a share row,
    # each on its line: read as one paragraph, the titles stayed with the note
    tail = "（某某網 / 即時新聞）\n相關新聞：\n‧ 寒冷天氣警告生效　多區低於十度\n‧ 天文台：下周回暖\n分享：Facebook｜WhatsApp｜Email"
    raw = (
        "---\ntitle: 天文台發寒冷天氣警告\ndate: 2024-01-22 16:45:00.000000000 +08:00\ncategories: rss\n---\n"
        + "\n\n".join(TW)
        + "\n\n"
        + tail
        + "\n"
    ).encode()
    parsed = parse_post(raw, "_posts/2024-01-22-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    texts = [b.text for b in parsed.blocks]
    assert texts[: len(TW)] == TW and not any("寒冷天氣警告生效" in t or "天文台：下周回暖" in t for t in texts)


def test_a_shows_sponsor_where_to_listen_a_microblogs_controls_and_a_signature_go():
    # round 77: lines of text bodies (a podcast's notes, a video's description, a microblog, a board post)
    assert_each_goes(
        [
            "本期节目由「山野咖啡」支持播出，听友下单输入口令 MANMAN 立减20元。",
            "本视频由「极光保暖骑行手套」赞助播出，点击下方链接领取专属优惠券：https://s.example.cn/aurora2024",
            "收听方式：小宇宙 / Apple Podcasts / 喜马拉雅，搜索「慢慢说」即可订阅。",
            "收起全文d",
            "查看图片 查看图片 查看图片",
            "签名：装修是一场修行，且行且珍惜。",
        ]
    )
    assert_each_stays(["他的节目由电台支持播出，收听率很高。", "签名仪式于周五举行，双方代表都将出席。"])


def test_a_channels_export_lines_and_a_letters_forward_plea_go():
    # round 77: a channel's export header and its forward header, asks to join it or discuss, a letter's 'Forwarded
    # this email?', an English 'Read more:' pointer, a blog's 'back to the home page · RSS'
    assert_each_goes(["财经速递频道, [14.03.24 09:42]", "返回首页 · RSS"], at=0)
    assert_each_goes(
        [
            "Forwarded from World Wire Brief",
            "Join @worldwirebrief",
            "Discuss: @wwb_chat",
            "Forwarded this email? Subscribe here",
            "Read more: Downtown parking rates to rise in March",
        ],
        article=EN,
    )
    # an address or a handle in the text stays
    assert_each_stays(["chatily@trhoyahjrzy", "他转发自己的旧文，引来争论。"])
    assert_each_stays(["Read more: the committee's full report runs to 400 pages, and few have."], article=EN)


def test_notes_cited_with_circled_numbers_do_not_fail_the_post():
    # round 78: '<sup>①</sup>' is a digit to str.isdigit and none to int(): the notes' rule failed, and the post was
    # rejected
    text = [ZH[0] + "<sup>①</sup>", *ZH[1:]]
    page = f'<div class="article"><h1>县</h1><div class="main">{paragraphs(*text)}</div></div><ol><li>注一的说明文字。</li></ol>'
    parsed = parse_post(post(page), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost) and parsed.extraction != "fallback"
    assert [b.text for b in parsed.blocks][1:] == ZH[1:]


def test_notes_already_in_the_articles_box_bring_no_other_list_after_it():
    notes = ["参见某市住房公积金管理中心2023年12月发布的公告。", "据某省财政厅2024年一季度新闻发布会介绍。"]
    text = [ZH[0], ZH[1] + "<sup>1</sup>", ZH[2] + "<sup>2</sup>", ZH[3]]
    own = f"<ol>{''.join(f'<li>{n}</li>' for n in notes)}</ol>"
    side = "<ol><li>城南旧事书店开张，老读者排队入场。</li><li>江边步道改造完工，夜跑的人多了起来。</li></ol>"
    page = f'<div class="article"><h1>县</h1><div class="main">{paragraphs(*text)}{own}</div></div><div class="x">{side}</div>'
    assert blocks(page) == [ZH[0], ZH[1] + "1", ZH[2] + "2", ZH[3], *notes]
