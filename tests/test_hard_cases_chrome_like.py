"""Hard cases, rounds 20 and 21 (2026-12-05): pages whose class names mean nothing, and articles that look like the
chrome the parser removes. Every page is of our own writing; each test failed before the fix it names."""

from __future__ import annotations

from etl.posts import boilerplate
from tests.test_hard_cases_more import TW, ZH, blocks, paragraphs

DIGEST_TW = [
    ("離島渡輪早班船提前半小時", "下月起平日首班船六點整開出，票價維持不變。"),
    ("五十年老書店月底熄燈", "房東調漲租金四成，老闆娘決定退休。"),
    ("水庫蓄水率跌破三成", "自來水公司宣布下週起夜間降壓供水，高樓層住戶最先受影響。"),
    ("夜間公車頭一週載客超出預期", "平均每班載客二十多人，議員建議延伸到工業區。"),
    ("漁港避風港擴建通過環評", "最快明年動工，可容納五百艘漁船。"),
    ("長者優惠卡月底前須重新登記", "逾期未登記者將暫停優惠。"),
]


def test_a_digests_linked_headlines_stay_after_its_last_long_summary():
    # the headlines made alike with those before the prose's end are the digest's items, not teasers after it
    items = "".join(
        f'<h3><a href="https://news.example.tw/{i}.html">{head}</a></h3><p>{summary}</p>'
        for i, (head, summary) in enumerate(DIGEST_TW)
    )
    body = f"<div><p>晚安，這裡是今天的晚報，六則新聞帶你看完一天的大小事。</p>{items}<p>今天就到這裡。</p></div>"
    kept = blocks(body)
    assert [head for head, _ in DIGEST_TW if head not in kept] == []
    assert [summary for _, summary in DIGEST_TW if summary not in kept] == []


def test_a_related_list_of_linked_headlines_after_the_article_still_goes():
    related = "".join(
        f'<h3><a href="https://news.example.tw/r{i}.html">{head}</a></h3><p>{summary}</p>'
        for i, (head, summary) in enumerate(DIGEST_TW[:4])
    )
    kept = blocks(f"<div>{paragraphs(*ZH)}<div><h2>延伸閱讀</h2>{related}</div></div>")
    assert kept[: len(ZH)] == ZH
    assert not any(head in kept for head, _ in DIGEST_TW[:4])


def test_a_generated_class_name_that_opens_with_a_rules_word_is_no_word():
    # CSS modules and emotion hash names: '_ad61a' is not an ad slot, '_a2a72' not AddToAny's share bar
    for name in ("_ad61a", "css-ad61ab", "_a2a72", "view-dom-id-ad37235061390d73aa52640bf2803658"):
        assert boilerplate.element_rule_for("div", [name], None) is None, name
    for name in ("ad-slot", "ad2", "ad300x250", "ad_300", "a2a_kit"):
        assert boilerplate.element_rule_for("div", [name], None) is not None, name
    body = f'<div><p>{ZH[0]}</p><div class="_ad61a">{ZH[1]}</div><p class="css-a2a72b">{ZH[2]}</p><p>{ZH[3]}</p></div>'
    assert blocks(body) == ZH


def test_a_sentence_about_a_paywall_or_a_notice_mentions_it_and_stays():
    lines = [
        "剩余30%内容需付费阅读——这行小字，是很多读者对付费墙的第一印象。",
        "开通会员，畅读全站文章，一年一百二十八元，这是他们定的价格。",
        "版权所有，翻印必究——这八个字印在几乎每一本书的版权页上。",
        "「剩餘70%內容，訂閱後可閱讀」——這行字讓不少讀者直接關掉網頁。",
    ]
    for line in lines:
        assert boilerplate.text_rule_for(line) is None, line
    # the notes themselves still go
    for note in (
        "剩余80%内容，订阅后可阅读",
        "开通会员，畅读全站文章",
        "版权所有，翻印必究",
        "本文著作权归作者所有",
        "原创不易，转载请注明出处，这是对作者最基本的尊重。",
    ):
        assert boilerplate.text_rule_for(note) is not None, note


def test_asking_whose_the_copyright_is_is_no_notice():
    assert boilerplate.text_rule_for("声明作品的著作权归谁所有。") is None
    assert boilerplate.text_rule_for("這篇稿子的著作權歸誰所有？") is None


def test_a_label_word_titling_the_section_about_it_stays():
    # '版权所有' over the paragraph that speaks of it; a glossary's terms, each over its sentence
    section = f"<div><p>{ZH[0]}</p><h2>版权所有</h2><p>版权所有的意思是，未经许可，别人不能复制这本书。</p><p>{ZH[1]}</p></div>"
    assert "版权所有" in blocks(section)
    terms = [
        ("相关阅读", "文章末尾推荐给读者的其他文章。"),
        ("版权所有", "声明作品的著作权归谁所有。"),
        ("广告", "付费刊登的推销内容。"),
        ("订阅", "读者定期付费或登记，以便持续收到内容。"),
    ]
    glossary = "".join(f"<h3>{term}</h3><p>{meaning}</p>" for term, meaning in terms)
    kept = blocks(f"<div><p>新闻网页上有几个词天天见，却没人解释过。</p>{glossary}</div>")
    assert [t for pair in terms for t in pair if t not in kept] == []
    definitions = "".join(f"<dt>{term}</dt><dd>{meaning}</dd>" for term, meaning in terms)
    kept = blocks(f"<div><p>新闻网页上有几个词天天见，却没人解释过。</p><dl>{definitions}</dl></div>")
    assert [t for pair in terms for t in pair if t not in kept] == []


def test_an_ad_label_over_an_ad_still_goes():
    kept = blocks(
        f'<div><p>{ZH[0]}</p><p>广告</p><p><a href="https://shop.example/x"><img src="x.jpg"></a></p><p>{ZH[1]}</p></div>'
    )
    assert kept == ZH[:2]


HOT = [
    ("菜价连涨三周，记者走访五个市场", "叶菜价格涨幅最大，部分摊主说进货价比上月高了两成。"),
    ("老城区停车难，居民自发拼车", "三个小区的居民在业主群里组织拼车，每天早上七点准时出发。"),
    ("夏季用电高峰提前到来", "供电公司提醒居民错峰使用大功率电器，避免线路过载。"),
    ("中考体育改革方案出台", "新方案增加了游泳和篮球两个选考项目，明年正式实施。"),
]


def test_a_live_blog_of_linked_updates_is_read_under_its_headline_not_the_sidebar_of_teasers():
    updates = [
        ("21:40", "台风中心在城东沿海登陆，全市进入一级戒备"),
        ("20:15", "全市停课停工通知发布"),
        ("19:30", "渡轮全部停航，机场取消晚间航班"),
        ("18:05", "避难所开放名单公布"),
        ("17:00", "气象台升级红色预警"),
    ]
    live = "".join(
        f'<p><strong>{time}</strong> <a href="https://news.example.cn/live/{i}.html">{text}</a></p>'
        for i, (time, text) in enumerate(updates)
    )
    cards = "".join(
        f'<div><h4><a href="https://news.example.cn/hot/{i}.html">{head}</a></h4><p>{summary}</p></div>'
        for i, (head, summary) in enumerate(HOT)
    )
    page = (
        f"<html><body><div><div><h1>直播：台风登陆</h1><div>{live}</div></div>"
        f"<div><h3>热门文章</h3>{cards}</div></div></body></html>"
    )
    kept = blocks(page)
    assert [f"{time} {text}" for time, text in updates] == kept
    assert not any(head in " ".join(kept) for head, _ in HOT)


COMMENTS = [
    ("河东村民", "听说便桥只能过行人和摩托车，那我们拉化肥的拖拉机怎么办，总不能绕二十里路吧。"),
    ("老周", "我在施工队干过，这种小桥其实半年就能修好，关键是钱要到位，审批不要拖。"),
    ("乡村教师", "孩子们上学的路最要紧，便桥两边一定要装护栏，晚上还要有路灯。"),
    ("外地游客", "去年路过这座桥拍过照片，桥头那棵老槐树很漂亮，希望重建的时候能保留下来。"),
]


def test_readers_comments_with_their_time_and_reply_control_at_the_foot_go_however_long():
    # no class names; each comment: the name, the text, then '2021-05-28 10:30 回复 支持'; the thread, longer than
    # the article, under its label in the same box
    thread = "".join(
        f"<div><div>{name} 说：</div><div>{text}</div>"
        f"<div>2021-05-2{i % 2 + 8} 1{i}:3{i} <a href='#'>回复</a> <a href='#'>支持</a></div></div>"
        for i, (name, text) in enumerate(COMMENTS * 2)
    )
    page = (
        f"<html><body><div><div><h1>新桥能否在春耕前通车</h1><div>{paragraphs(*ZH[:2])}</div></div>"
        f"<div><div>网友留言</div>{thread}</div></div></body></html>"
    )
    assert blocks(page) == ZH[:2]
    # the time before the control on one line, glued ('5月28日 10:00回复赞 1')
    glued = thread.replace(" <a href='#'>回复</a> <a href='#'>支持</a>", "回复赞 3").replace("2021-05-2", "5月2")
    assert blocks(page.replace(thread, glued)) == ZH[:2]


def test_an_old_portals_comment_cells_under_their_label_and_a_see_all_link_go():
    cells = "".join(
        f"<tr><td>网友[218.19.*.*] 2008-05-28 1{i}:00<br>{text}</td></tr>" for i, (_, text) in enumerate(COMMENTS)
    )
    page = (
        f"<html><body><table width=760><tr><td><h1>老桥原址重建</h1>{paragraphs(*ZH)}"
        f"<table><tr><td>网友评论（共4条） <a href='/c'>查看全部评论</a></td></tr>{cells}</table></td></tr></table>"
        "</body></html>"
    )
    kept = blocks(page)
    assert kept == ZH


def test_a_poem_shorter_than_the_comments_under_it_is_the_article():
    # the comments, longer than the poem, each with its time and a reply control on one line, below the page's columns
    poem = ["六点的船", "载走了半条街的睡意", "七点的船", "载走了卖鱼人的吆喝", "八点以后", "渡口只剩下风"]
    thread = "".join(
        f'<div class="cm"><b>读者{i}</b><p>{text}</p><span>2021-05-2{i} 20:1{i}</span> <a href="#">回复</a></div>'
        for i, (_, text) in enumerate(COMMENTS)
    )
    side = "".join(
        f'<div><h4><a href="/hot/{i}">{head}</a></h4><p>{summary}</p></div>' for i, (head, summary) in enumerate(HOT)
    )
    page = (
        '<html><body><div class="wrap"><div class="left"><div class="art"><h1>渡口（组诗）</h1>'
        + "".join(f"<p>{line}</p>" for line in poem)
        + f'</div></div><div class="right">{side}</div></div><div class="cmts"><h3>评论</h3>{thread}</div></body></html>'
    )
    assert blocks(page) == poem


def test_a_bibliography_linking_to_one_catalogue_is_the_articles_sources():
    books = [
        "王德明：《山区桥梁六十年》，交通出版社，2009年。",
        "李秀英：《县城的路》，人民出版社，2015年。",
        "陈国华：《渡口与码头》，海洋出版社，2012年。",
    ]
    entries = "".join(f'<li><a href="https://lib.example.org/book/{i}">{book}</a></li>' for i, book in enumerate(books))
    for label in ("参考书目", "參考書目"):
        page = (
            f"<html><body><div><h1>老桥的来历</h1>{paragraphs(*ZH)}<h3>{label}</h3><ul>{entries}</ul></div>"
            "</body></html>"
        )
        kept = blocks(page)
        assert kept[: len(ZH)] == ZH and [b for b in books if b not in kept] == [], label


def test_tailwinds_hidden_below_a_breakpoint_is_shown_and_plain_hidden_is_not():
    stand = "夜市摊位下月起实行轮换制，每个摊主一年最多经营十个月。"
    shown = f'<div><h1>标题</h1><p class="hidden md:block text-lg">{stand}</p>{paragraphs(*ZH)}</div>'
    assert blocks(shown) == [stand, *ZH]
    hidden = shown.replace("hidden md:block", "hidden")
    assert blocks(hidden) == ZH


def test_a_licence_line_with_its_public_security_record_goes():
    for line in ("京ICP备12345678号-1 京公网安备 11010502000001号", "沪ICP证080021号 沪公网安备31010602000012号"):
        assert boilerplate.text_rule_for(line) == "drop_copyright_lines", line


def test_the_rest_of_an_article_folded_at_the_end_of_its_box_with_the_control_after_the_box_stays():
    page = (
        f'<html><body><div><h1>长者食堂</h1><div><p>{ZH[0]}</p><p>{ZH[1]}</p><div style="display:none">'
        f'<p>{ZH[2]}</p><p>{ZH[3]}</p></div></div><div><a href="#">展开全文</a></div></div></body></html>'
    )
    assert blocks(page) == ZH


def test_an_ad_label_inline_or_over_a_linked_title_takes_the_offer_with_it():
    inline = (
        '<div class="rounded border p-4"><span class="text-xs">推广</span><a href="https://shop.example/x">'
        '<img src="x.jpg"><p class="text-sm">夏日清凉特惠，空调低至五折，限时抢购</p></a></div>'
    )
    titled = (
        '<div class="mt-6 border"><div class="text-xs">贊助內容</div><a href="https://shop.example/y">'
        "家用淨水器夏季優惠，現在預約到府安裝免運費</a><p>三道濾芯，每天喝到乾淨好水，限量兩百組，把握機會。</p></div>"
    )
    for ad in (inline, titled):
        page = f"<html><body><div><h1>标题</h1><p>{ZH[0]}</p><p>{ZH[1]}</p>{ad}<p>{ZH[2]}</p><p>{ZH[3]}</p></div></body></html>"
        assert blocks(page) == ZH, ad


def test_an_article_a_page_put_in_an_aside_is_still_found():
    teasers = "".join(
        f'<div><h4><a href="/hot/{i}">{head}</a></h4><p>{summary}</p></div>'
        for i, (head, summary) in enumerate(HOT * 2)
    )
    page = (
        f"<html><body><main><h3>大家都在看</h3>{teasers}</main>"
        f"<aside><h1>老城区第一家长者食堂开张</h1><p>2021-05-28 10:00</p>{paragraphs(*ZH)}</aside></body></html>"
    )
    kept = blocks(page)
    assert kept[-len(ZH) :] == ZH and not any(head in kept for head, _ in HOT)
    # a sidebar <aside> beside the article still goes
    side = f"<html><body><main><h1>标题</h1>{paragraphs(*ZH)}</main><aside><h3>大家都在看</h3>{teasers}</aside></body></html>"
    assert blocks(side) == ZH


def test_a_small_box_around_an_email_field_is_a_sign_up_wherever_it_sits():
    pitch = "订阅《城东书评》周刊，每周五把新书推荐送到你的邮箱。"
    box = (
        f'<div class="box"><p>{pitch}</p><form action="/s"><input type="email" placeholder="你的邮箱">'
        "<button>订阅</button></form></div>"
    )
    page = f"<html><body><div><h1>书评</h1><p>{ZH[0]}</p><p>{ZH[1]}</p>{box}<p>{ZH[2]}</p><p>{ZH[3]}</p></div></body></html>"
    assert blocks(page) == ZH
    # a comment form's email field in a box of the article's own text does not take the text
    own = f'<html><body><div><h1>书评</h1>{paragraphs(*ZH)}<form><input name="email"><textarea></textarea></form></div></body></html>'
    assert blocks(own) == ZH


def test_a_copyright_line_after_a_subscribe_offer_does_not_make_the_offer_part_of_the_article():
    # style attributes only: the paywall's box (its note, the offer, the button, the sign-in line), then the footer
    paywall = (
        '<div style="text-align:center;padding:20px"><p style="font-size:18px">剩餘 60% 內容，訂閱後閱讀</p>'
        '<p style="font-size:13px">訂閱全站方案，每月只要 99 元，首月免費</p><a style="color:#fff" href="/plan">立即訂閱</a>'
        '<p style="font-size:12px">已經是訂戶？<a href="/login">登入</a></p></div>'
    )
    menu = "".join(
        f'<a href="/{i}/">{w}</a> '
        for i, w in enumerate(["首頁", "即時", "政治", "社會", "生活", "國際", "兩岸", "財經"])
    )
    footer = (
        '<p><a href="/about">關於我們</a> | <a href="/contact">聯絡我們</a> | <a href="/ads">廣告刊登</a></p>'
        "<p>© 2021 城市日報 版權所有，未經授權不得轉載</p>"
    )
    page = (
        f'<html><body><div style="max-width:720px"><div style="display:flex">{menu}</div><h1>漁港</h1>'
        f'<div style="font-size:13px">2021.05.28 10:00　撰文：陳怡君</div>{paragraphs(*TW[:2])}'
        f'<div style="height:80px"></div>{paywall}<div style="background:#222">{footer}</div></div></body></html>'
    )
    kept = blocks(page)  # (the byline and date line may stay: bylines are kept by design)
    assert kept[-2:] == TW[:2] and not any("訂閱" in k or "版權" in k for k in kept)


def test_a_marquee_ticker_is_no_part_of_the_article():
    page = (
        "<html><body><marquee>最新消息：捷運新路線年底通車 ★ 颱風假明起可線上申請</marquee>"
        f"<div><h1>夜間公車</h1>{paragraphs(*ZH)}</div></body></html>"
    )
    assert blocks(page) == ZH


def test_a_row_of_counts_beside_the_controls_goes():
    for row in ("128 分享收藏阅读 3.2万", "128 分享 收藏 阅读 3.2万", "阅读 1203 评论 5 点赞 38"):
        assert boilerplate.text_rule_for(row) is not None, row
    assert boilerplate.text_rule_for("他分享了128张照片，收藏了其中三张。") is None


def test_a_novel_sites_ask_to_bookmark_it_goes_and_a_sentence_about_collecting_stays():
    assert boilerplate.text_rule_for("喜欢本书请收藏本站，方便下次阅读。") == "drop_follow_prompts"
    assert boilerplate.text_rule_for("喜歡本書請加入書籤") == "drop_follow_prompts"
    assert boilerplate.text_rule_for("我很喜欢收藏邮票，家里有三大本。") is None


def test_the_steps_of_a_list_the_article_introduces_stay_though_one_reads_as_a_control():
    steps = ["打开微信，搜索“城东早报”", "进入公众号主页", "点击关注", "在设置里打开消息提醒"]
    page = (
        f"<html><body><div><h1>手把手教你订阅早报</h1><p>{ZH[0]}</p><p>步骤如下：</p>"
        + "<ol>"
        + "".join(f"<li>{step}</li>" for step in steps)
        + f"</ol><p>{ZH[1]}</p></div></body></html>"
    )
    assert blocks(page) == [ZH[0], "步骤如下：", *steps, ZH[1]]
    # a page's row of controls as a list, under no lead-in, still goes
    controls = "".join(f"<li>{word}</li>" for word in ("分享", "收藏", "点赞"))
    page = f"<html><body><div><h1>标题</h1>{paragraphs(*ZH)}<ul>{controls}</ul></div></body></html>"
    assert blocks(page) == ZH


def test_a_fact_box_amid_paragraphs_each_wrapped_in_a_section_stays():
    fact = [
        "听证会小知识",
        "价格听证会由价格主管部门组织，代表包括消费者、经营者和专家学者。",
        "听证意见不具有强制效力。",
    ]
    sections = ["".join(f"<section><p>{text}</p></section>" for text in part) for part in (ZH[:2], ZH[2:])]
    hot = "".join(f'<p><a href="/h/{i}">{head}</a></p>' for i, (head, _) in enumerate(HOT))
    page = (
        f"<html><body><nav>{''.join(f'<a href=/{i}>栏目{i}</a>' for i in range(8))}</nav><div><h1>居民用水价格听证会</h1>"
        f"{sections[0]}<aside><h4>{fact[0]}</h4><p>{fact[1]}</p><p>{fact[2]}</p></aside>{sections[1]}</div>"
        f"<aside><h3>热点排行</h3>{hot}</aside></body></html>"
    )
    assert blocks(page) == [*ZH[:2], *fact, *ZH[2:]]


def test_a_blogs_tip_jar_and_end_line_and_a_wechat_ask_with_a_word_to_the_reader_go():
    tip = '<div class="reward-container"><div>坚持原创分享，您的支持是我继续写下去的动力！</div><button>赞赏</button></div>'
    end = "<div>-------------本文结束感谢您的阅读-------------</div>"
    page = f"<html><body><div><h1>标题</h1>{paragraphs(*ZH)}{end}{tip}<p>点个在看，你最好看</p></div></body></html>"
    assert blocks(page) == ZH


def test_a_credits_row_set_apart_by_bars_goes():
    assert boilerplate.text_rule_for("文字｜李文　图片｜王五　编辑｜赵六　审核｜钱七") == "drop_staff_credits"
    assert boilerplate.text_rule_for("文字：李文") == "drop_staff_credits"  # a byline alone too (session 33)


def test_role_labels_amid_an_interview_are_answers_not_the_desks_credits():
    page = (
        f"<div><p>{ZH[0]}</p><p>问：你们编辑部最常听谁的意见？</p><p>主编：读者</p><p>问：编辑部开会吵不吵？</p>"
        f"<p>主编：经常吵</p><p>{ZH[1]}</p><p>责任编辑：王小明</p></div>"
    )
    assert blocks(page) == [
        ZH[0],
        "问：你们编辑部最常听谁的意见？",
        "主编：读者",
        "问：编辑部开会吵不吵？",
        "主编：经常吵",
        ZH[1],
    ]


def test_a_heading_over_the_articles_prose_is_no_credit_end_mark_or_licence_line():
    sections = [("路透社", ZH[0]), ("ICP备案怎么办", ZH[1]), ("终", ZH[2])]
    page = "<div>" + "".join(f"<h3>{head}</h3><p>{text}</p>" for head, text in sections) + "</div>"
    assert blocks(page) == [t for pair in sections for t in pair]
    # the same words alone still go: a licence line, an end mark
    assert boilerplate.text_rule_for("京ICP备12345678号") == "drop_copyright_lines"
    assert blocks(f"<div>{paragraphs(*ZH)}<p>终</p></div>") == ZH


def test_an_end_key_in_a_list_the_article_introduces_stays():
    keys = ["Home", "End", "Page Up", "Page Down"]
    page = (
        f"<div><p>{ZH[0]}</p><p>常用的翻页键有这几个：</p><ul>" + "".join(f"<li>{k}</li>" for k in keys) + "</ul></div>"
    )
    assert blocks(page) == [ZH[0], "常用的翻页键有这几个：", *keys]


def test_a_weibo_topic_opening_a_sentence_keeps_the_sentence_and_a_line_of_tags_goes():
    first = "#话题#入夏以来，城西的菜市场把营业时间延长到晚上九点，不少摊主说傍晚的生意比早上还好。"
    assert boilerplate.text_rule_for(first) is None
    assert boilerplate.text_rule_for("#MeToo的策略和它截然不同，前者鼓励个人叙事。#MeToo也是如此。") is None
    for tags in ("#菜市场# #夜经济#", "#城西菜市场#", "#元朗 #保家衛國？ #恐怖襲擊？", "#时局 #BRI #protest"):
        assert boilerplate.text_rule_for(tags) == "drop_keyword_lines", tags


CHROME_LINES = [
    "▲ 图片来源网络，侵删",
    "（图源：视觉中国）",
    "图/视觉中国",
    "往下滑继续阅读",
    "▼ 继续阅读 ▼",
    "戳上方蓝字“城东观察”关注我们",
    "↑ 點擊上方「城東觀察」關注我們",
    "覺得不錯就按個讚吧！",
    "觉得好看，请点“在看”",
    "商务合作请联系：微信 cdgc2021",
    "商務合作請洽：ad@example.tw",
    "本文系城东观察原创，转载请联系授权。",
    "文｜李文　责编｜王晓",
    "撰文：李文　编辑：王晓　审核：赵刚",
    "文｜李文",
]
AUTHORS_LINES = [
    "她往下滑了滑手机屏幕，又看了一遍那条消息。",
    "他说继续阅读是一种习惯。",
    "她点了赞。",
    "12、转推和点赞",
    "点开他的主页关注了他",
    "侵删这个词是什么意思？",
]


def test_chrome_lines_in_new_phrasings_go_and_the_authors_near_misses_stay():
    assert [line for line in CHROME_LINES if boilerplate.text_rule_for(line) is None] == []
    assert [line for line in AUTHORS_LINES if boilerplate.text_rule_for(line) is not None] == []


def test_lines_a_sentence_counts_or_reads_out_are_the_articles_own():
    # round 34: an introduction that counts what it shows ('有三行字：', '四条短信：') or reads it out ('印着：'),
    # then short lines one paragraph each, chrome's words among them; a printout's page foot after it is not shown
    colophon = ["民國二十五年五月初版", "版權所有 翻印必究", "定價大洋四角"]
    body = paragraphs(TW[0], "書的最後一頁還算完整，版權頁上有三行字：", *colophon, TW[1])
    assert blocks(body) == [TW[0], "書的最後一頁還算完整，版權頁上有三行字：", *colophon, TW[1]]
    sign = ["本店谢绝拍照", "如有侵权请联系删除"]
    body = paragraphs(ZH[0], "老板在门口立了块牌子，上面印着：", *sign, ZH[1])
    assert blocks(body) == [ZH[0], "老板在门口立了块牌子，上面印着：", *sign, ZH[1]]
    # the page's credit after the last shown line, where no prose of the article resumes, is the page's
    shown = ["回顾 | 旧粮站的夏天", "城东书影丨老理发店的最后一天"]
    assert blocks(paragraphs(ZH[0], "点击下面的两行文字可以跳转：", *shown, "责任编辑：林晓岚")) == [
        ZH[0],
        "点击下面的两行文字可以跳转：",
        *shown,
    ]
    foot = "https://news.example.org/forest/1.html 3/5"
    assert blocks(paragraphs(ZH[0], "护林队给学生的守则只有三条：", foot, ZH[1])) == [
        ZH[0],
        "护林队给学生的守则只有三条：",
        ZH[1],
    ]


def test_a_settings_path_a_how_to_shows_is_no_breadcrumb():
    # round 34: an app's path to a setting opens with its settings; a forum's trail of sections is still a trail
    assert boilerplate.text_rule_for("设置 › 隐私 › 定位服务") is None
    assert boilerplate.text_rule_for("Settings › Privacy › Location Services") is None
    assert boilerplate.text_rule_for("城东论坛 › 生活 › 业主之家 › 我们楼装电梯的全过程") == "drop_breadcrumb_lines"
