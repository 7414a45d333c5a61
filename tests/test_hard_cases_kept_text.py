"""Hard cases, session 36 (2026-12-06): the article's own text that the page sets where an extractor loses it (in an
ad box left open, in a box of key figures, after its <article> closes, in a <noscript> beside the picture's caption).
Every page is of our own writing; each test failed before the fix it names."""

from __future__ import annotations

from etl.posts.parse import ParsedPost, parse_post
from tests.test_hard_cases_edges_and_rows import markdown_post
from tests.test_hard_cases_more import NOW, TW, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs, post


def test_an_ad_box_left_open_gives_back_the_paragraphs_it_swallowed():
    # no '</div>' after the ad: the parser puts the rest of the article inside the ad's box
    page = (
        '<div class="story">'
        + paragraphs(*TW[:2])
        + '<div class="ad-box"><b>廣告</b><div>冬季保健食品 買二送一'
        + paragraphs(*TW[2:])
    )
    assert blocks(page) == TW
    # an ad box closed in time goes whole, its copy with it, even at the article's end
    closed = '<div class="ad-box"><b>廣告</b><p>冬季保健食品買二送一，限時優惠，即刻選購。</p></div>'
    assert blocks(f'<div class="story">{paragraphs(*TW)}{closed}</div>') == TW
    # one paragraph of copy in an open ad box is the ad's (the article's paragraphs are not in it)
    one = '<div class="ad-box"><b>廣告</b><p>冬季保健食品買二送一，限時優惠，即刻選購。</p>'
    assert blocks(f'<div class="story">{paragraphs(*TW)}{one}') == TW


def test_a_box_of_key_figures_beside_the_article_stays():
    figures = (
        '<div class="key-figures"><div><span class="n">15</span><span>所大學缺額率逾三成</span></div>'
        '<div><span class="n">2.1萬</span><span>個學士班名額未招滿</span></div></div>'
    )
    page = f'<article><h1>標題</h1>{figures}<div class="txt">{paragraphs(*TW)}</div></article>'
    assert blocks(page) == ["15所大學缺額率逾三成", "2.1萬個學士班名額未招滿", *TW]
    after = f'<article><h1>標題</h1><div class="txt">{paragraphs(*TW)}</div>{figures}</article>'
    assert blocks(after) == [*TW, "15所大學缺額率逾三成", "2.1萬個學士班名額未招滿"]
    # a box of counters is no box of figures: a count's label is a word
    counters = '<div class="stats"><div><span>1203</span><span>閱讀</span></div><div><span>56</span><span>留言</span></div></div>'
    page = f'<article><h1>標題</h1>{counters}<div class="txt">{paragraphs(*TW)}</div></article>'
    assert blocks(page) == TW


def test_the_article_continued_after_its_article_element_in_a_box_made_as_its_own():
    page = (
        '<main><article><h1>标题</h1><div class="a-story__body">' + paragraphs(*ZH[:3]) + "</div></article>"
        '<section class="timeline"><h2>事件时间线</h2><ul><li><time>2月1日</time> 一名乘客确诊，邮轮提前返航。</li>'
        "<li><time>2月4日</time> 邮轮抵达港外，全船隔离十四天。</li></ul></section>"
        '<section class="a-story__body a-story__body--cont">' + paragraphs(*ZH[3:]) + "</section>"
        '<aside class="rail"><h3>热门</h3><ol><li><a href="/1">全球航班停飞潮</a></li></ol></aside></main>'
    )
    assert blocks(page) == [
        *ZH[:3],
        "事件时间线",
        "2月1日 一名乘客确诊，邮轮提前返航。",
        "2月4日 邮轮抵达港外，全船隔离十四天。",
        *ZH[3:],
    ]
    # the next story an endless page loaded has a body made alike, in an <article> under a headline of its own
    stream = (
        '<div id="stream"><article class="story"><h1>标题</h1><div class="story-bd">' + paragraphs(*ZH) + "</div>"
        '</article><div class="divider">继续阅读</div><article class="story"><h1>另一篇报道的标题</h1>'
        '<div class="story-bd"><p>这座剧院将在今年秋天关闭大修，预计至少停演五年，许多老员工将离开。</p>'
        "<p>市政府表示，大修完成后剧院将增加无障碍设施和一个儿童剧场。</p></div></article></div>"
    )
    assert blocks(stream) == ZH


def test_a_noscript_copy_is_read_in_its_page_with_the_lead_pictures_caption():
    page = (
        '<div class="post-wrap"><div class="post-hero"><img class="lazy" data-src="/a.jpg" src="data:,">'
        '<noscript><img src="/a.jpg" alt=""></noscript><p class="hero-cap">七十一歲的師傅每天清晨生火，爐火要燒一個多小時。</p>'
        '</div><noscript><div class="post-body-static">' + paragraphs(*TW) + "</div></noscript>"
        '<div class="post-body-js" data-src="/api/body"></div>'
        '<p class="ns-tip">為獲得最佳閱讀體驗，請啟用瀏覽器的 JavaScript 功能。</p></div>'
    )
    assert blocks(page) == ["七十一歲的師傅每天清晨生火，爐火要燒一個多小時。", *TW]


def test_a_pictures_credit_under_each_picture_goes_to_credits_once():
    slides = "".join(
        f'<div class="s"><img src="/i/{n}.jpg"><div class="c">{month}：{said}</div><div class="cr">攝影：蘇蔓</div></div>'
        for n, (month, said) in enumerate(
            [("一月", "河面結了薄冰，一對白鷺站在冰緣等待解凍。"), ("四月", "春汛到來，孩子們在淺灘上撈小魚。")]
        )
    )
    parsed = parse_post(
        post(f"<article>{paragraphs(*TW[:2])}<div>{slides}</div>{paragraphs(*TW[2:])}</article>"),
        "_posts/2021-05-28-a.md",
        now=NOW,
    )
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == [
        *TW[:2],
        "一月：河面結了薄冰，一對白鷺站在冰緣等待解凍。",
        "四月：春汛到來，孩子們在淺灘上撈小魚。",
        *TW[2:],
    ]
    assert parsed.credits == ["攝影：蘇蔓"]
    # a photo desk's credit with the page's date after it
    line = "摄影：卡琳·奥斯特　文字：白崖新闻图片部　2020-02-02"
    assert blocks(f"<article><div>{line}</div>{paragraphs(*ZH)}</article>") == ZH
    # an interviewer's turns are still the interview's ('记者：' speaks more than once)
    turns = [
        "记者：您为什么回到家乡？",
        "张女士：因为父母年纪大了，需要有人照顾。",
        "记者：后悔吗？",
        "张女士：不后悔，这里也有机会。",
    ]
    assert blocks(paragraphs(*ZH[:2], *turns)) == [*ZH[:2], *turns]


def test_a_players_and_an_author_cards_controls_glued_into_one_line_go():
    assert_each_goes(
        [
            "已关注关注重播分享赞关闭观看更多更多退出全屏切换到竖屏全屏退出全屏城南文化已关注分享视频，时长02:48"
            "0/000:00/02:48切换到横屏模式继续播放进度条，百分之0播放00:00/02:48倍速",
            "0.42019.04.27 22:15:31字数 1,326阅读 2,205",
            "总资产12共写了4.6万字获得182个赞共45个粉丝",
        ],
        at=2,
    )
    # prose about the same things stays: it says something besides the words
    assert_each_stays(["他关注分享经济的发展，也常在深夜重播那场比赛。", "阅读与写作的关系"])


def test_a_box_named_as_a_sidebar_or_related_reading_amid_the_articles_prose_is_the_articles():
    timeline = (
        '<div class="sidebar timeline-box"><h3>舊港碼頭大事記</h3><ol><li>1936年　倉庫群興建完成，堆放稻米與蔗糖。</li>'
        "<li>1992年　最後一家船運公司遷出，倉庫閒置。</li></ol></div>"
    )
    page = f'<div class="story-wrap"><div class="txt">{paragraphs(*TW[:2])}</div>{timeline}<div class="txt">{paragraphs(*TW[2:])}</div></div>'
    assert blocks(page) == [
        *TW[:2],
        "舊港碼頭大事記",
        "1936年 倉庫群興建完成，堆放稻米與蔗糖。",
        "1992年 最後一家船運公司遷出，倉庫閒置。",
        *TW[2:],
    ]
    background = (
        '<div class="related-box"><h4>相关背景</h4><p>岸电，是指船舶靠港期间停止使用船上发电机，改由岸上电网供电。</p>'
        "<p>目前，港口共有泊位二十六个，首批改造的是六个泊位。</p></div>"
    )
    page = f'<div class="con-left"><div class="t">{paragraphs(*ZH[:2])}</div>{background}<div class="t">{paragraphs(*ZH[2:])}</div></div>'
    kept = blocks(page)
    assert "岸电，是指船舶靠港期间停止使用船上发电机，改由岸上电网供电。" in kept and kept[-1] == ZH[-1]
    # a box of headlines there is still a related list, and one after the prose still goes
    links = '<div class="related-box"><h4>相关新闻</h4><ul><li><a href="/1">港口开通第三条远洋航线</a></li><li><a href="/2">新能源集卡投入运营</a></li></ul></div>'
    assert (
        blocks(
            f'<div class="con-left"><div class="t">{paragraphs(*ZH[:2])}</div>{links}<div class="t">{paragraphs(*ZH[2:])}</div></div>'
        )
        == ZH
    )
    assert blocks(f'<div class="con-left"><div class="t">{paragraphs(*ZH)}</div>{background}</div>') == ZH
    # a glossary box's title named as a sidebar's
    glossary = (
        '<div class="sidebar fr"><div class="sidebar-title">名词解释</div><p><b>碳普惠：</b>对个人的减排行为进行量化，并给予激励。</p>'
        "<p><b>减排量：</b>与开车相比少排放的二氧化碳，以千克计。</p></div>"
    )
    assert "名词解释" in blocks(f'<div class="a-content">{paragraphs(*ZH[:2])}{glossary}{paragraphs(*ZH[2:])}</div>')


def test_prose_that_speaks_of_a_notices_or_a_prompts_words_stays():
    assert_each_stays(
        [
            "标签：这两个字后面，往往跟着一个人的一生。",
            "All rights reserved 的意思是保留一切權利，不代表別人不能引用。",
            "Copyright © 2019–2024，这种写法最常见。",
            "版权所有四个字，不写也是你的。",
            "关注一个公众号只要一秒，取关也只要一秒。",
        ]
    )
    # the notices and prompts themselves still go
    assert_each_goes(
        [
            "长按下方二维码关注，不定期更新",
            "本文为作者原创，转载请在后台留言获取授权。",
            "版权所有，翻印必究",
            "欢迎关注我们的公众号",
        ]
    )
    # a prompt's words as a section's heading over prose stay
    page = f"{paragraphs(*ZH[:2])}<h2>取消订阅</h2>{paragraphs(*ZH[2:])}"
    assert blocks(page) == [*ZH[:2], "取消订阅", *ZH[2:]]


BIRDS_PAGE = (
    "<html>"
    "\n"
    '<head><meta charset="utf-8"><title>湿地观鸟季开幕 首日记录到十七种候鸟 - 西河日报</title></head>'
    "\n"
    "<body>"
    "\n"
    '<div class="nav"><a>西河日报</a> <a>生态</a> <a>城市</a> <a>图片</a></div>'
    "\n"
    '<div class="article">'
    "\n"
    "<h1>湿地观鸟季开幕 首日记录到十七种候鸟</h1>"
    "\n"
    '<div class="info">2020-11-15\u3000西河日报\u3000记者 仇思远</div>'
    "\n"
    '<div class="content">'
    "\n"
    "<p>一年一度的西湾湿地观鸟季今天开幕。当天上午，观鸟志愿者在湿地核心区记录到候鸟十七种、两千余只，其中包括国家二级保护动物小天鹅。</p>"
    "\n"
    "<p>湿地管理处介绍，今年入秋以来气温偏高，部分候鸟抵达时间比往年晚了一周左右，但总体数量与去年基本持平。</p>"
    "\n"
    "</div>"
    "\n"
    "</div>"
    "\n"
    '<div class="footer">西河日报 版权所有</div>'
    "\n"
    "</body>"
    "\n"
    "</html>"
    "\n"
    "<p>为减少对鸟类的干扰，今年观鸟季首次实行预约制，每天限流五百人，游客需在指定观鸟屋内观察，不得进入滩涂。</p>"
    "\n"
    "<p>管理处还在湿地入口设置了免费望远镜租借点，并安排志愿者讲解候鸟的识别方法。</p>"
    "\n"
    "<p>观鸟季将持续到明年二月底。管理处提醒，观鸟时请勿投喂、惊扰鸟类，不要使用闪光灯拍照。</p>"
    "\n"
)


def test_the_articles_text_after_the_pages_end_is_read():
    parsed = parse_post(
        post(BIRDS_PAGE, title="湿地观鸟季开幕 首日记录到十七种候鸟"), "_posts/2020-11-15-a.md", now=NOW
    )
    assert isinstance(parsed, ParsedPost)
    kept = [b.text for b in parsed.blocks]
    assert (
        len(kept) == 5
        and kept[0].startswith("一年一度的西湾湿地观鸟季今天开幕")
        and kept[-1].startswith("观鸟季将持续到明年二月底")
    )
    # a tracking pixel or a blank line after the page adds nothing
    assert blocks(f"<html><body><div>{paragraphs(*ZH)}</div></body></html>\n<img src='/px.gif'>\n") == ZH


def test_a_correction_right_after_the_article_element_is_the_articles():
    note = "本文原稱申請期間至八月底止，經建設處確認應為九月底，已於4月10日更正。"
    page = (
        f'<div class="col-main"><article class="story"><h1>標題</h1><div class="story-body">{paragraphs(*TW)}</div>'
        f'</article><aside class="story-aside"><h5>更正</h5><p>{note}</p></aside>'
        '<div class="story-related"><h3>相關報導</h3><ul><li><a href="/1">危老重建獎勵再延長三年</a></li></ul></div></div>'
    )
    assert blocks(page) == [*TW, "更正", note]
    # an aside of the site's after the article still goes
    other = '<aside class="story-aside"><h5>熱門</h5><p>本週最多人閱讀的報導，一次看完，不必再找。</p></aside>'
    assert blocks(page.replace(f'<aside class="story-aside"><h5>更正</h5><p>{note}</p></aside>', other)) == TW


def test_a_background_box_named_as_a_sidebar_before_the_articles_text_is_the_articles():
    background = "永济桥位于老街东端，为三孔石拱桥，现存桥体为清代重修，近年来桥面石板松动，两侧栏板多处开裂。"
    page = (
        f'<td class="main"><div class="bgbox sidebar-note"><p><b>背景</b></p><p>{background}</p></div>'
        f'<div id="zoom">{paragraphs(*ZH)}</div></td>'
    )
    assert blocks(f"<table><tr>{page}</tr></table>") == ["背景", background, *ZH]


def test_closing_prompts_of_feed_bodies_go_and_their_credits_reach_credits():
    assert_each_goes(
        [
            "📱 下載東灣日報App，隨時掌握第一手新聞 👉 立即下載",
            "👍 按讚追蹤東灣日報粉絲專頁，科技新聞不漏接",
            "扫码关注青山周报公众号，获取更多深度报道",
            "长按识别二维码 · 获取更多民生新闻",
            "📮 訂閱我們的電子報每週五寄出，免費訂閱，隨時可取消。",
            "喜欢这篇文章？点击下方“赞赏”按钮支持作者",
            "▶ 看更多影音報導，請訂閱西嶺週刊 YouTube 頻道",
            "扫一扫，关注北岭新闻网微信公众号",
            "本网站所刊载信息，不代表北岭新闻网观点。刊用本网站稿件，务经书面授权。",
            "本刊文章版權屬作者所有，轉載請先取得同意。",
            "点击加载下一页",
            "喜欢就点个“在看”吧 ❤",
            "展开全文 ∨",
            "评分：★★★★☆（126人评价）",
        ]
    )
    for credit in [
        "東海新聞網／記者 甘佩如",
        "南岸时报评论员 岑一舟",
        "本文作者：岚山笔记",
        "本文由作者授權轉載，原文刊於西河筆記個人網站。",
    ]:
        parsed = parse_post(post(paragraphs(*ZH, credit)), "_posts/2021-05-28-a.md", now=NOW)
        assert isinstance(parsed, ParsedPost)
        assert [b.text for b in parsed.blocks] == ZH and parsed.credits == [credit], credit


def test_a_saved_pages_chrome_on_lines_of_its_own_goes():
    assert_each_goes(
        [
            "西窗评论 > 教育 > 正文",
            "::: 首頁 > 最新消息 > 公告事項",
            "欢迎光临 山野户外论坛 (http://bbs.shanye-forum.example.cn/) Powered by Discuz! X3.1",
            "回上頁 更多文化新聞",
            "查看更多教育报道",
            "發布單位：社會課 發布日期：93/10/15 瀏覽人次：562",
            "瀏覽人次:3127 最後更新:2017-08-31 回上頁 回首頁",
            "[ 本帖最后由 走走停停的阿木 于 2013-10-10 08:12 编辑 ]",
            "本文由 偏鄉閱讀計畫 發佈於 2018-05-02，標籤：書車、閱讀推廣。",
            "🎧 收听本文：小宇宙 ｜ Apple Podcasts ｜ 时长 31:20",
            "🎧 本集收聽：Apple Podcasts ｜ Spotify ｜ KKBOX ｜ SoundOn",
            "这是 Google 对 http://www.example.cn/life/n441879.shtml 的缓存。 这是该网页在 2016年3月17日 03:12:00 GMT 的快照。",
            "完整版本 纯文字版本 查看源代码",
            "Wayback Machine https://www.example.com.tw/news/2015/0505/a31.html Go 13 captures 05 May 2015 - 12 Jun 2016",
            "熱門點閱： 1、海岸公路今起夜間封閉施工 2、端午連假 國道疏運措施一次看 3、夏季電價上路 用電大戶怎麼省",
            "延伸閱讀：〈阿嬤的裁縫車〉、〈那年的柑仔店〉",
            "每週一早上，把值得細讀的海洋與土地故事送到你的信箱。立即訂閱",
        ]
    )
    # a programme's production staff reach credits
    parsed = parse_post(
        post(paragraphs(*ZH, "本期制作：远声播客｜剪辑：阿木｜封面设计：小北")), "_posts/2021-05-28-a.md", now=NOW
    )
    assert isinstance(parsed, ParsedPost) and parsed.credits == ["本期制作：远声播客｜剪辑：阿木｜封面设计：小北"]
    # the same words in prose, and a book list the author recommends, stay
    assert_each_stays(
        [
            "他在发布日期前一天才知道消息。",
            "延伸阅读：《红楼梦》、《水浒传》",
            "资料来源：国家统计局2020年公报，经作者整理。",
        ]
    )


def test_the_articles_notes_and_its_sections_heads_in_boxes_a_region_rule_names_stay():
    method = "本調查以網路問卷進行，共回收有效樣本一千二百一十六份，抽樣誤差為正負二點八個百分點。"
    aside = f'<aside class="methodology"><h3>調查說明</h3><p>{method}</p></aside>'
    assert blocks(f"<article><h1>標題</h1><div>{paragraphs(*TW)}</div>{aside}</article>") == [*TW, "調查說明", method]
    footer = f'<footer class="data-article__footer"><h2>數據說明</h2><p>{method}</p></footer>'
    assert blocks(f"<article><h1>標題</h1><div>{paragraphs(*TW)}</div>{footer}</article>") == [*TW, "數據說明", method]
    # a chapter's own header with its number and heading, in each <section>
    chapters = "".join(
        f'<section class="ch"><header><span class="num">0{n}</span><h2>{head}</h2></header><div class="t">{paragraphs(*part)}</div></section>'
        for n, (head, part) in enumerate([("海水變成鹽", TW[:2]), ("從三百戶到三戶", TW[2:])], start=1)
    )
    assert blocks(f'<header class="site"><a href="/">週刊</a></header>{chapters}') == [
        "01",
        "海水變成鹽",
        *TW[:2],
        "02",
        "從三百戶到三戶",
        *TW[2:],
    ]


def test_an_editors_note_in_a_comment_box_and_a_callout_in_markdown_stay():
    note = "编者点评：“最后一百米”看起来是骑手和保安之间的事，其实考验的是城市管理的细致程度。"
    assert blocks(
        f'<div class="article-content">{paragraphs(*ZH[:2])}<div class="comment"><p>{note}</p></div>{paragraphs(*ZH[2:])}</div>'
    ) == [
        *ZH[:2],
        note,
        *ZH[2:],
    ]
    callout = "💡 背景：按照规定，义务教育阶段学校应提供课后服务，结束时间原则上不早于当地正常下班时间。"
    parsed = markdown_post(f"{ZH[0]}\n\n<aside>\n{callout}\n\n</aside>\n\n{ZH[1]}\n")
    assert [b.text for b in parsed.blocks] == [ZH[0], callout, ZH[1]]


def test_an_accordions_questions_and_the_answers_it_folds_stay():
    qa = [
        ("問一：什麼是全國歸戶？", "過去非自住房屋以縣市為單位計算戶數，新制改為全國合併計算。"),
        ("問二：稅率會提高多少？", "非自住房屋的稅率由各地方政府訂定，持有越多戶，稅率越高。"),
    ]
    buttons = "".join(
        f'<button aria-controls="q{n}" aria-expanded="false">{q}</button><div id="q{n}" hidden><p>{a}</p></div>'
        for n, (q, a) in enumerate(qa)
    )
    clicks = "".join(
        f'<div class="q" onclick="tg(this)">{q}</div><div class="a" style="display:none">{a}</div>' for q, a in qa
    )
    for accordion in [buttons, clicks]:
        page = (
            f'<div class="content">{paragraphs(*TW[:2])}<div class="faq">{accordion}</div>{paragraphs(*TW[2:])}</div>'
        )
        assert blocks(page) == [*TW[:2], *(line for pair in qa for line in pair), *TW[2:]], accordion
    # a control that shows a transcript is a button, not a question
    shown = '<button aria-expanded="false">展開文字稿</button><div hidden><p>旁白：凌晨四點，海上的濃霧開始向山坡移動。</p></div>'
    assert "展開文字稿" not in blocks(f'<div class="content">{paragraphs(*TW)}{shown}</div>')


def test_decoration_hidden_from_screen_readers_is_not_read_twice_and_a_drop_cap_joins_its_paragraph():
    cap = f'<p><span class="dropcap" aria-hidden="true">今</span><span class="u-sr-only">今</span>{TW[0][1:]}</p>'
    assert blocks(f"<article>{cap}{paragraphs(*TW[1:])}</article>") == TW
    pull = f'<blockquote class="pull-quote" aria-hidden="true">{TW[1]}</blockquote>'
    assert blocks(f"<article>{paragraphs(*TW[:2])}{pull}{paragraphs(*TW[2:])}</article>") == TW
    initial = f'<div class="opening"><span class="initial">{TW[0][0]}</span><p>{TW[0][1:]}</p></div>'
    assert blocks(f"<article>{initial}{paragraphs(*TW[1:])}</article>") == TW
    # a numeral alone on its line, unnamed, numbers a section and stays apart
    assert blocks(f"<article><p>一</p>{paragraphs(*TW)}</article>")[:2] == ["一", TW[0]]


def test_the_closing_lines_of_markdown_and_plain_text_bodies_and_a_live_pages_labels_go():
    assert_each_goes(
        [
            "▲ 按讚追蹤東灣日報粉絲專頁，掌握地方大小事",
            "评论（0） 发表评论请先登录",
            "👉 关注“青山周报数据组”，获取本文完整代码和数据",
            "转载请注明出处：南山笔记 » 河堤上的早市",
            "熱門新聞：南港鎮災後重建經費核定 下週撥款",
            "本文由「拾页」网页剪藏插件保存，仅供个人阅读",
            "無法正常顯示？請點此在瀏覽器中閱讀",
            "分享 ｜ 留言 ｜ ♥ 128",
            "感謝閱讀河岸通訊！免費訂閱，每週二收到新文章。",
            "📩 合作邀約請來信 hello@haifeng-radio.example.tw",
            "本文圖文版權屬南灣文史工作室所有｜歡迎追蹤我們的粉絲專頁",
            "（未完，请看下一页）",
            "📌 置頂",
            "— 本次直播已結束 —",
            "★ 最佳解答",
            "展開完整排名表",
        ]
    )
    assert_each_stays(
        [
            "最新消息：警方已逮捕嫌犯",
            "他留言说很喜欢这篇文章。",
            "他说转载请注明出处是基本礼貌。",
            "展开全部讨论之前，先看数据。",
        ]
    )


def test_a_plain_text_poems_stanza_keeps_its_lines_apart():
    poem = "候车室\n\n一个人把行李\n当成枕头\n另一个人把枕头\n当成行李\n\n本刊園地公開，歡迎投稿\n"
    parsed = parse_post(post(poem), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == ["候车室", "一个人把行李 当成枕头 另一个人把枕头 当成行李"]
    # prose wrapped short still joins with nothing between (its commas and stops say it is prose)
    wrapped = parse_post(post(f"气象台已\n发布红色预警。\n\n{ZH[0]}\n"), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(wrapped, ParsedPost) and wrapped.blocks[0].text == "气象台已发布红色预警。"
