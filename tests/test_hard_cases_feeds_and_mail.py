"""Hard cases, session 37 (2026-12-06): what feed generators, channels and mailing lists put around a post (a
platform's row of buttons and accounts, Blogger's and a microblog's lines, a list server's digest and a group's
footer). Every page is of our own writing; each test failed before the fix it names."""

from __future__ import annotations

from tests.test_hard_cases_edges_and_rows import markdown_post
from tests.test_hard_cases_more import TW, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs


def test_a_platforms_row_of_accounts_and_buttons_goes():
    assert_each_goes(
        [
            "🔗 東灣快訊頻道 ｜ 📮 投稿爆料 @eastbay_tips_bot ｜ 💬 討論群 @eastbay_chat",
            "我的其他作品 ｜ @松间 ｜ 追踪 · 赞赏 · 评论",
            "推荐给好友 | 收藏本文 | 订阅北岭新闻网教育频道",
        ],
        article=TW,
    )
    # a row of names, or of an event's fields, is the article's
    assert_each_stays(["北岭 | 南岸 | 东湾", "主办：青山读书会 | 时间：5月28日 | 地点：县图书馆"])


def test_blogger_microblog_and_newsletter_lines_go():
    assert_each_goes(
        [
            "張貼者： 阿凱 於 下午10:40",
            "以電子郵件傳送這篇文章BlogThis！分享至 Twitter分享至 Facebook",
            "L西岚晚报的微博视频",
            "Share 島嶼觀察",
            "∙ Paid",
            "本文已同步发布到分布式网络，永久链接：ipfs://bafyreigx3k2m",
        ]
    )
    assert_each_stays(["张贴者说，他在下午十点前后看到了那条消息。"])


def test_a_feeds_continue_reading_and_a_microblogs_fold_leave_the_last_paragraph():
    for tail in (' <a href="https://news.example.com/a">Continue reading <span>→</span></a>', "\u200b\u200b展开全文c"):
        assert blocks(paragraphs(*ZH[:-1]) + f"<p>{ZH[-1]}{tail}</p>") == ZH, tail


def test_a_list_servers_digest_and_a_groups_footer_go():
    digest = [
        "Send Members mailing list submissions to members@lists.example.org",
        "To subscribe or unsubscribe via the World Wide Web, visit http://lists.example.org/mailman/listinfo/members "
        "or, via email, send a message with subject or body 'help' to members-request@lists.example.org",
        'When replying, please edit your Subject line so it is more specific than "Re: Contents of Members digest..."',
        "Today's Topics:",
        "Members mailing list members@lists.example.org http://lists.example.org/mailman/listinfo/members",
        "End of Members Digest, Vol 58, Issue 9",
        '-- You received this message because you are subscribed to the Google Groups "青山街坊" group. To '
        "unsubscribe from this group and stop receiving emails from it, send an email to qingshan+unsubscribe@example.com.",
        "---------- Forwarded message --------- From: 市园林局信访办 <xinfang@example.gov.cn> Date: 2016年9月12日 "
        "Subject: 关于青山路古槐树的答复 To: 青山路街坊代表",
        "Message: 1 Date: Sun, 24 Nov 2013 23:05:41 +0800 From: 葉明澄 <mingcheng@example.org> To: "
        "members@lists.example.org Subject: 十一月例會紀錄",
    ]
    assert_each_goes(digest, article=TW)
    # a letter that quotes who wrote it and when is the article's
    assert_each_stays(["来信的发件人是园林局信访办，日期是九月十二日，主题只有一句话：古树保住了。"])


def test_a_channels_forwarded_from_line_is_a_credit():
    parsed = markdown_post(paragraphs(ZH[0], "Forwarded From 北嶺天氣觀察", *ZH[1:]))
    assert [b.text for b in parsed.blocks] == ZH
    assert parsed.credits == ["Forwarded From 北嶺天氣觀察"]
