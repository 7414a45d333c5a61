"""Hard cases, session 37 (2026-12-06): whole pages whose article must survive intact: its summary in bullets in an
<aside> above it, its lead picture's caption in its <header> or with a credit, a pull quote with its speaker read
once. Every page is of our own writing; each test failed before the fix it names."""

from __future__ import annotations

from tests.test_hard_cases_more import TW, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs

POINTS = [
    "全市已开办社区食堂六十三家，日均就餐约一万一千人次。",
    "每餐实际成本约十八元，老人自付十二元。",
    "约四分之一的食堂仍处于亏损状态。",
]
SUMMARY = (
    '<aside class="article-keypoints"><h2>本文要点</h2><ul>'
    + "".join(f"<li>{t}</li>" for t in POINTS)
    + "</ul></aside>"
)


def test_a_summary_in_bullets_in_an_aside_above_the_article_is_its_own():
    head = '<h1>测试</h1><div class="meta">2025-10-16 · 记者 秦安然</div>'
    inside = f'<html><body><article>{head}{SUMMARY}<div class="body">{paragraphs(*ZH)}</div></article></body></html>'
    assert [t for t in blocks(inside) if t in POINTS or t in ZH] == [*POINTS, *ZH]
    beside = f'<html><body><main>{SUMMARY}<article>{head}<div class="body">{paragraphs(*ZH)}</div></article></main>'
    assert [t for t in blocks(beside + "</body></html>") if t in POINTS or t in ZH] == [*POINTS, *ZH]
    # a list of other pages' headlines above the article is no summary of it
    links = (
        '<aside class="hot"><h2>热门</h2><ul>'
        + "".join(f'<li><a href="/a/{i}">{t}</a></li>' for i, t in enumerate(POINTS))
        + "</ul></aside>"
    )
    assert (
        blocks(f'<html><body><article>{head}{links}<div class="body">{paragraphs(*ZH)}</div></article></body></html>')
        == ZH
    )


def test_the_lead_pictures_caption_in_the_header_or_with_its_credit_is_kept():
    caption = "7月20日，下塘村的居民和志愿者一起清理被淤泥堵死的排水沟。"
    figure = f'<figure class="hero"><img src="/p/1.jpg"><figcaption><span>{caption}</span><span class="cap-credit">记者 郑一帆 摄</span></figcaption></figure>'
    page = (
        f'<html><body><article class="story"><header class="story-header">{figure}<p class="kicker">城事</p><h1>测试</h1>'
        f'<p class="byline">记者 毛思远</p></header><div class="story-text">{paragraphs(*ZH)}</div></article></body></html>'
    )
    kept = blocks(page)
    assert caption in kept and kept[-len(ZH) :] == ZH
    # the same figure above the article's text, its credit taken out by a rule: the caption stays
    credit = figure.replace('class="cap-credit"', 'class="art__credit"')
    beside = f'<html><body><article><h1>测试</h1>{credit}<div class="art__body">{paragraphs(*ZH)}</div></article></body></html>'
    assert caption in blocks(beside)


def test_a_pull_quote_with_its_speaker_is_read_once():
    said = "“船没了，我这双手就不知道该往哪放了。”"
    pull = f'<div class="pullquote"><p>{said}</p><p>—— 吕德顺</p></div>'
    page = f"<article>{paragraphs(*ZH[:2])}{pull}<p>{ZH[2]}</p><p>{said}他说这话的时候，眼睛一直盯着前方。</p><p>{ZH[3]}</p></article>"
    assert blocks(page) == [*ZH[:3], f"{said}他说这话的时候，眼睛一直盯着前方。", ZH[3]]
    inline = '<blockquote class="pq">「與其讓菜爛在地裡，不如大家一起吃。」<cite>──古芸甄</cite></blockquote>'
    page = f"<article>{paragraphs(*TW[:2])}{inline}<p>她說：「與其讓菜爛在地裡，不如大家一起吃。」</p>{paragraphs(*TW[2:])}</article>"
    assert blocks(page) == [*TW[:2], "她說：「與其讓菜爛在地裡，不如大家一起吃。」", *TW[2:]]
    # a section's heading quoting its own paragraph stays, and so does a quotation with no speaker
    heading = f"<article><h2>{said}</h2><p>{said}他说。</p>{paragraphs(*ZH)}</article>"
    assert blocks(heading)[0] == said


def test_platform_lines_around_an_article_go():
    assert_each_goes(
        [
            "本報所有內容受著作權保護，轉載請洽本報資料室。",
            "订阅周言的周一来信",
            "318鼓掌",
            "周末爱爬山的阿鹿已认证5月11日 14:32 来自 手机客户端",
            "💬 评论区由 giscus 驱动，请使用 GitHub 账号登录后评论。",
            "南岸时报深度栏目每周四更新。订阅会员，支持独立报道。",
        ]
    )
    assert_each_stays(["这首歌受著作权保护，法院这样认定。", "他说，这个栏目每周四更新的节奏太慢了。"])
