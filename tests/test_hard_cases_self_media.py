"""Hard cases, session 37 (2026-12-06): self-media and blog platforms' pages (highlighted code, a blog platform's terms
of reuse, an article cut in two by an ad). Every page is of our own writing; each test failed before the fix it
names."""

from __future__ import annotations

from tests.test_hard_cases_edges_and_rows import markdown_post
from tests.test_hard_cases_more import TW, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs


def test_highlighted_codes_words_are_kept():
    # a highlighter's spans are named for what they mark ('token keyword', 'hljs-comment'): the rules that take a
    # page's keyword groups and comments took the code's words
    code = (
        '<pre><code class="language-python"><span class="token keyword">import</span> os\n'
        '<span class="hljs-comment"># 按日期重命名</span>\n<span class="token keyword">from</span> PIL '
        '<span class="token keyword">import</span> Image\nok = <span class="token boolean">True</span></code></pre>'
    )
    kept = blocks(f"<article>{paragraphs(*ZH[:2])}{code}{paragraphs(*ZH[2:])}</article>")
    assert "import os\n# 按日期重命名\nfrom PIL import Image\nok = True" in kept
    # outside code the same names still take a page's comments
    comments = '<div class="hljs-comment"><p>路人甲：写得真好，学到了。</p></div>'
    assert blocks(f"<article>{paragraphs(*ZH)}{comments}</article>") == ZH


def test_a_blog_platforms_terms_of_reuse_go():
    assert_each_goes(
        ["版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。"], at=0
    )


def test_an_article_cut_in_two_by_an_ad_is_read_whole():
    # two <article> boxes made alike, an ad between them that the rules take, the headline above both
    page = (
        '<html><body><header><h1 class="title">测试</h1></header>'
        f'<article class="article-body js-body">{paragraphs(*TW[:2])}</article>'
        '<div class="ad-wrap"><span class="ad-tag">广告</span><a href="https://ad.example.com/x">冬季取暖神器</a></div>'
        f'<article class="article-body js-body-2">{paragraphs(*TW[2:])}</article></body></html>'
    )
    assert blocks(page) == TW
    # the next story an endless page loads, under a divider that is read, is another's
    other = page.replace(
        '<div class="ad-wrap"><span class="ad-tag">广告</span><a href="https://ad.example.com/x">冬季取暖神器</a></div>',
        '<div class="divider"><span>继续阅读下一篇</span></div>',
    )
    assert blocks(other) == TW[:2]


def test_a_portals_control_glued_to_the_last_sentence_and_a_source_with_its_writer_go():
    assert blocks(paragraphs(*ZH[:-1], f"{ZH[-1]}返回搜阅，查看更多")) == ZH
    # a last sentence's own words after its end stay
    assert blocks(paragraphs(*ZH[:-1], f"{ZH[-1]}谢谢大家")) == [*ZH[:-1], f"{ZH[-1]}谢谢大家"]
    parsed = markdown_post(paragraphs(*ZH, "（本文来自南岸时报，作者：许晴）"))
    assert [b.text for b in parsed.blocks] == ZH
    assert parsed.credits == ["（本文来自南岸时报，作者：许晴）"]


def test_an_accounts_recommendation_its_group_and_a_mini_programs_label_go():
    assert_each_goes(
        [
            "关注河西城事 · 读懂一座城",
            "推荐关注 ↑↑↑ 基层医疗那些事儿，说给你听。",
            "长按识别二维码，加入读者交流群",
            "小程序",
        ]
    )
    assert blocks(paragraphs(*ZH, "关注这个问题的人越来越多。")) == [*ZH, "关注这个问题的人越来越多。"]


def test_a_wechat_accounts_closing_asks_and_its_pages_labels_go_and_sentences_like_them_stay():
    assert_each_goes(
        [
            "点【在看】试试",
            "戳“阅读原文”，查看更多",
            "点击“阅读原文”，查看完整报告",
            "星标我们，第一时间收到推送",
            "求转发，求在看",
            "点分享，点点赞，点在看",
            "精选留言",
            "写留言",
            "喜欢作者",
            "作者已设置关注后才可以留言",
        ]
    )
    assert_each_stays(["他每天在群里求转发、求在看，粉丝却一个也没有涨。", "他求转发，求在看，求关注，后来删号了。"])


def test_zero_width_characters_planted_inside_a_pages_words_do_not_hide_its_asks_or_its_source_line():
    # a site sets U+200B between the characters of its own words against keyword filters: the rules read them
    # without it, and the article's text keeps them as written (search folds them)
    ask, source = (
        "点\u200b击\u200b关\u200b注，第\u200b一\u200b时\u200b间\u200b获\u200b取\u200b资\u200b讯",
        "来\u200b源：南岸时报 作\u200b者：覃小雨",
    )
    parsed = markdown_post(paragraphs(source, *ZH, ask))
    assert [b.text for b in parsed.blocks] == ZH and parsed.credits == [source]
    # (a soft hyphen as well: any of the invisible characters, not only U+200B)
    assert_each_goes(["点\u00ad击\u00ad关\u00ad注，第一时间获取资讯"])


def test_an_outlets_plea_to_find_its_app_in_the_stores_goes_and_a_report_of_such_a_search_stays():
    assert_each_goes(
        ["立即前往各大应用商店搜索“北岭新闻”下载体验。", "在App Store或安卓应用市场搜索“北岭新闻”即可下载", "點我下載"]
    )
    assert_each_stays(["记者在应用商店搜索“防疫”，下载量最高的三款应用都要求实名。"])
