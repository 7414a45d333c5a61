"""Hard cases, session 43 (2026-12-07): asks that feeds and other generators put inside an article's body, written
as ordinary sentences with the link inside or none at all. Every page is of our own writing; each test failed
before the fix it names."""

from __future__ import annotations

from tests.test_hard_cases_more import EN, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs


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
