"""Hard cases, session 28 (2026-12-05): real articles wrapped in page templates of other sites, written by us (the
harness that found them put 800 archived articles into 24 templates of our own words and compared each with the
article read bare). Every page is of our own writing; each test failed before the fix it names."""

from __future__ import annotations

from tests.test_hard_cases_damaged_pages import parsed
from tests.test_hard_cases_more import TW, ZH, post

NAV = "".join(f'<a class="css-1cd7ru" href="/c/{i}">栏目{i}</a>' for i in range(9))
HOT = "".join(
    f'<div class="css-r5y1mo"><span>{i}</span><a href="/a/{i}">热榜上的第{i}条新闻标题</a></div>' for i in range(7)
)


def kept(page: str) -> list[str]:
    return [b.text for b in parsed(post(page, title="山区小县的排名")).blocks]


def card(i: int) -> str:
    return (
        f"<article class='hero-card'><a href='/a/{i}'><h1 class='ui-h2'>另一篇报道的标题第{i}号</h1></a>"
        f"<a href='/a/{i}'><div class='ui-summary'>这是另一篇报道的一句摘要，讲的是别的县的事情。</div></a>"
        "<div class='caption'><span><time>Oct 12</time><span class='dot'></span></span></div></article>"
    )


def test_an_article_ending_with_cards_of_other_stories_is_not_a_listing():
    # a copied page's body ends with two cards of other stories, each an <article> whose headline is an <h1>: the
    # article's box held two <article>s (read as a listing of compositions) and an <h1> of its own (read as the next
    # story of an endless page), and the page kept only its byline line under the headline
    body = "".join(f"<p>{t}</p>" for t in ZH + TW + ZH)
    page = (
        f"<html><body><div class='css-q8n2vd'>{NAV}</div><div class='css-1x9k2a'><div class='css-7hq2lm'>{HOT}</div>"
        "<div class='css-0p3kzd'><div class='css-w1d9ha'><h1 class='css-17gq9ra'>山区小县的排名</h1>"
        "<div class='css-b0r4mt'><span>林小雨</span><span>2021年5月28日 10:02</span><span>阅读 1.2万</span></div></div>"
        f"<div class='css-6u0tmw'><div class='css-1qx4ad'>{body}<section class='stream-section'>{card(1)}{card(2)}</section>"
        "</div></div></div></div></body></html>"
    )
    assert [t for t in kept(page) if t in ZH + TW] == ZH + TW + ZH
    # with a standfirst in the headline's box, which scores: the cards' <h1> had made the article's box another
    # story's (the next one an endless page loads opens with its headline), and the standfirst was all that was kept
    lead = (
        "<p class='css-9zk1aa'>排名背后，是一个山区小县二十年来在工业、生态与人口之间的选择，以及每一种选择的代价。</p>"
    )
    with_lead = page.replace("</h1>", "</h1>" + lead, 1)
    standfirst = lead[len("<p class='css-9zk1aa'>") : -len("</p>")]
    assert [t for t in kept(with_lead) if t in [standfirst, *ZH, *TW]] == [standfirst, *ZH, *TW, *ZH]


def around(line: str, tag: str = "div") -> str:
    body = "".join(f"<p>{t}</p>" for t in ZH)
    return (
        f"<html><body><h1>山区小县的排名</h1><div class='c'><{tag} class='x'>{line}</{tag}>{body}</div></body></html>"
    )


def test_a_byline_with_the_time_goes_whatever_names_it_holds():
    # a name (not the post's author), the page's date and time, and counts, controls or labelled fields around them:
    # the byline rules knew a date with a label or a source, not a name glued to a stamp by the page's spans
    bylines = [
        "<span>林小雨</span><span>2021年5月28日 10:02</span><span>阅读 1.2万</span>",
        "<span>林小雨</span><span>2021年5月28日 10:02</span><span>1.8万阅读</span>",
        "<span>林小雨</span><span>2021年5月28日 10:02</span>",
        "林小雨 · 2021年5月28日 10:02 · 12 comments",
        "By 林小雨 · Staff Writer · Updated 2021年5月28日 10:02",
        "2021年5月28日 10:02 来源：江南在线 作者：林小雨 【字号 大 中 小】【打印】【关闭】",
        "文 / 林小雨 2021年5月28日 10:02 观潮周刊2021年第20期",
        "2021年5月28日 10:02 街谈网 编辑：林小雨 阅读 23581 评论 5",
        "时间：2021年5月28日 10:02来源：育才教育资讯网作者：林小雨点击：2671",
        "<span>林小雨</span><span>2021年5月28日 10:02</span><span>澜视原创</span>",  # the outlet's mark of its own piece
        "2021年5月28日 10:02 · 镜像新闻记者 林小雨",  # the stamp, then the outlet's reporter
    ]
    for line in bylines:
        assert kept(around(line)) == ZH, line
    # under a headline set as a plain box and asking a question (which reads as a sentence of the article)
    asking = "<div class='hd1'>山区小县的排名连年下滑，还能靠生态翻身吗？</div><div class='mt'>林小雨 · 2021年5月28日 10:02 · 12 comments</div>"
    page = f"<html><body><div class='cl'>{asking}<div class='txt'>{''.join(f'<p>{t}</p>' for t in ZH)}</div></div></body></html>"
    assert kept(page)[-len(ZH) - 1 :] == ["山区小县的排名连年下滑，还能靠生态翻身吗？", *ZH]
    # a timeline's entry (the stamp, then the event), a diary's date and weather: the article's;
    # and so is a repost's line citing its source, with the original's time
    for line in [
        "2021年5月28日 10:02 大坝开闸泄洪",
        "2021年5月25日 08:30 晴",
        "來源：林小雨 城東手記 2022-04-14 08:05 (連結可能失效)",
    ]:
        assert line in kept(around(line, "p")), line


def test_a_columns_disclaimers_and_share_bar_go():
    lines = [
        "风险提示：本文所提及的观点仅代表个人意见，所涉标的不作推荐，据此买卖，风险自负。",
        "Editor's note: The views expressed in this essay are the author's own.",
        "WhatsApp Facebook Telegram 複製連結",  # a bar of platforms and a copy-link control, 31 characters
        "城市手记 · 第47期",  # the column's name and the number
        "責任編輯：王曉東 審覈：陳立",  # the desk's credits as OpenCC writes 审核 in Traditional script
        "Filed under Towns, People",  # a blog's categories, without the colon
    ]
    for line in lines:
        assert kept(around(line, "p")) == ZH, line
    # the writer's own sentence about risk, and a copy-link step in a how-to, stay
    for line in ["我不推荐任何股票，买卖之前请自己想清楚。", "第二步，点右上角的复制链接，再发给家人。"]:
        assert line in kept(around(line, "p")), line


def test_comments_with_relative_times_beside_a_short_article_go():
    # a short article's column, then a column of readers' comments under their label, each a name and a time as the
    # page says it to its reader ('2小时前', '昨天 22:14'): comments were known by a date with a time only
    comments = "".join(
        f"<div><div><b>{name}</b> <span>{when}</span></div><div>{words}</div></div>"
        for name, when, words in [
            ("晚风", "2小时前", "写得很扎实，但我觉得第三部分对执行难度的估计还是偏乐观了。"),
            ("老周在路上", "5小时前", "这类讨论太需要了，希望编辑部再约一篇持不同意见的稿子。"),
            ("kiki_li", "昨天 22:14", "收藏了，准备转给我们读书会的朋友们一起讨论。"),
        ]
    )
    page = (
        f"<html><body><div>{NAV}</div><div><div><h1>山区小县的排名</h1><div>林小雨 ｜ 2021年5月28日 10:02</div>"
        f"<div>{{}}</div></div><div><h3>读者评论（3）</h3>{comments}"
        "<form><textarea></textarea><button>发表评论</button></form></div></div></body></html>"
    )
    # a video's description as its archive has it: a line of plain text with its tags and links
    described = "这一集去了山区小县，聊排名背后的生态账 #县城 #排名 上集链接:https://video.example.com/v/a1"
    assert kept(page.replace("{}", described)) == [described]
    assert kept(page.replace("{}", f"<p>{ZH[0]}</p><p>{ZH[3]}</p>")) == [ZH[0], ZH[3]]


def test_plain_text_beside_a_box_of_linked_cards_is_the_article_not_a_listing():
    # an article of bare text (a copy's description, no <p>) in its box, a related box of three linked cards inserted
    # mid-way: the box was taken for a wrapper of the cards (its own text not counted) and so for a listing of other
    # stories, and only the byline under the headline was kept
    cards = "".join(
        f"<a class='css-kx72mp' href='/a/{i}'><div class='css-d0w3ar'>另一篇报道的标题{i}</div>"
        f"<div class='css-9tq1ls'>这是另一篇报道的一句摘要，讲的是别的县的事情。</div></a>"
        for i in range(3)
    )
    text = "".join(ZH[:2])
    page = (
        f"<html><body><div>{NAV}</div><div class='css-yy3kmd'><div class='css-n6t0ea'><h1>山区小县的排名</h1>"
        "<div class='css-3b2mfj'><span>林小雨</span><span>2021年5月28日 10:02</span><span>澜视原创</span></div></div>"
        f"<div class='css-r0a4zc'>{text}<div class='css-4nq8xe'><div class='css-1v0ayh'>相关阅读</div>{cards}</div>"
        "</div></div></body></html>"
    )
    assert kept(page) == [text]


def test_a_copy_keeping_the_originals_headline_is_the_article():
    # the page's headline box holds only the headline and the byline; the body's box opens with the original's own
    # <h1> (another wording): read as the next story of an endless page, the article gave way to the byline
    body = "".join(f"<p>{t}</p>" for t in ZH + TW + ZH)
    page = (
        f"<html><body><div>{NAV}</div><div class='sc-EHOje'><div class='sc-bZQynM'><h1>山区小县的排名</h1>"
        "<div class='sc-htoDjs'>2021年5月28日 10:02 · 镜像新闻记者 林小雨</div></div>"
        f"<div class='sc-bdVaJa'><h1 class='lede'>排名之外的小县</h1>{body}</div></div></body></html>"
    )
    assert [t for t in kept(page) if t in ZH + TW] == ZH + TW + ZH


def test_chrome_between_the_halves_of_an_article_goes():
    # what sites insert mid-article, each line a widget's own words, with the article around it kept whole
    chrome = [
        "<div class='poll'><div class='opts'><button>支持</button><button>反对</button></div>"
        "<div class='meta'>投票 · 已有 2,318 人参与</div><div class='tip'>投票后可查看结果详情</div></div>",
        "<div class='poll'><span>共 1,046 人參與投票</span></div>",
        "<div class='app'><span>開啟港灣時事App，閱讀體驗更佳</span><span>立即開啟</span></div>",
        "<div class='fold'><span>剩余 58% 未读</span><a href='/app'>立即打开</a></div>",
        "<div class='strip'><div><span>图集</span><span>1/8</span></div><img src='/g/1.jpg'>"
        "<div><span>1 / 8</span><a href='/g'>查看全部 8 张</a></div></div>",
        "<div class='gallery'><img src='/g/1.jpg'><span>Photos 1/6</span></div>",
    ]
    for widget in chrome:
        first, second = "".join(f"<p>{t}</p>" for t in ZH[:2]), "".join(f"<p>{t}</p>" for t in ZH[2:])
        page = f"<html><body><h1>山区小县的排名</h1><div class='c'>{first}{widget}{second}</div></body></html>"
        assert kept(page) == ZH, widget
    # a platform's disclaimer naming itself, after the article
    notice = "<p>本文由云帆资讯号作者上传发布，不代表云帆资讯立场。</p>"
    page = f"<html><body><h1>山区小县的排名</h1><div class='c'>{''.join(f'<p>{t}</p>' for t in ZH)}{notice}</div></body></html>"
    assert kept(page) == ZH
    # the same words in the article's sentences stay
    said = "这次评选共 1,046 人参与投票，结果下周公布。"
    page = f"<html><body><h1>山区小县的排名</h1><div class='c'><p>{ZH[0]}</p><p>{said}</p><p>{ZH[1]}</p></div></body></html>"
    assert kept(page) == [ZH[0], said, ZH[1]]


def test_a_layout_tables_rows_of_one_paragraph_each_are_the_article():
    # an old site's article set as a table, each paragraph a row of one cell: the row with the longest text (a quote)
    # was the article and the rows beside it, each below the siblings' floor, were no paragraphs to the reader
    quote = "".join(TW * 4)
    rows = "".join(f"<tr><td>{t}</td></tr>" for t in ZH[:2])
    rows += f"<tr><td><blockquote>{quote}</blockquote></td></tr>"
    rows += "".join(f"<tr><td>{t}</td></tr>" for t in ZH[2:])
    page = f"<html><body><div>{NAV}</div><div class='article-body'><table><tbody>{rows}</tbody></table></div></body></html>"
    assert kept(page) == [*ZH[:2], quote, *ZH[2:]]


def test_wechat_sections_of_bare_text_beside_the_articles_best_box_are_paragraphs():
    # WeChat writes each paragraph as '<section><span>…</span></section>'; beside a box holding most of the article
    # (a copy's preview section), the lead's paragraphs so written were below the siblings' floor and were not read as
    # paragraphs, and the article lost its opening
    lead = "".join(f"<section style='margin:0 8px'><span style='font-size:15px'>{t}</span></section>" for t in ZH)
    preview = "".join(f"<p>{t}</p>" for t in TW * 6)
    page = (
        f"<html><body><div>{NAV}</div><div class='article-body'>{lead}"
        f"<section class='entry-content preview'>{preview}</section></div></body></html>"
    )
    assert kept(page) == [*ZH, *(TW * 6)]
