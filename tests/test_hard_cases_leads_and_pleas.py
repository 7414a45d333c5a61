"""Hard cases, session 27 (2026-12-05): an article's lead outside its body's box, pleas for a reader's support,
and the earlier rounds' gaps that were principles. Every page is of our own writing; each test failed before the
fix it names."""

from __future__ import annotations

from tests.test_hard_cases_damaged_pages import parsed
from tests.test_hard_cases_more import TW, ZH, post

NAV = "".join(f'<a href="/c/{i}">栏目{i}</a> ' for i in range(10))
FOOT = "<p>© 2021 城东日报 版权所有</p>"
PEOPLE = "".join(
    f"<div><span>{r}</span><a href='/a/{i}'>作者{i}號</a></div>" for i, r in enumerate(["文字", "設計", "編輯"])
)
PLEA = "我們不設付費牆，報導依靠讀者支持。每月港幣五十元，就能讓記者走更多的路、問更多的問題。"


def kept(page: str) -> list[str]:
    return [b.text for b in parsed(post(page)).blocks]


def test_a_standfirst_in_the_headlines_box_opens_the_article():
    # '<div class="lead"><h1>…</h1><p>standfirst</p></div>', then bylines and a table of contents, then the body's
    # box: the climb from the body stops at the box holding the headline, which left the standfirst out
    standfirst = "離岸風場陸續併網，漁民拿到補償金，但出海的日子越來越少。"
    page = (
        f"<html><body><div>{NAV}</div><div class='wrap'><div class='lead'><h1>風機之後</h1><p>{standfirst}</p></div>"
        f"<div class='people'>{PEOPLE}</div><nav class='toc'><ul><li><a href='#h0'>補償怎麼算</a></li>"
        "<li><a href='#h1'>海還是那片海</a></li></ul></nav>"
        f"<div class='body'>{''.join(f'<p>{t}</p>' for t in TW)}</div></div><footer>{FOOT}</footer></body></html>"
    )
    assert [t for t in kept(page) if t != "風機之後"] == [standfirst, *TW]
    # a gallery's introduction in its own box between the headline and the pictures' captions
    intro = "當遊客散去，夜市的另一段時間才開始。我們記錄了攤商收攤的兩個小時。"
    slides = "".join(
        f"<div class='slide'><img src='https://img.example.tw/{i}.jpg'><div class='counter'>圖 {i + 1}/4</div><p>{t}</p></div>"
        for i, t in enumerate(TW)
    )
    gallery = (
        f"<html><body><div>{NAV}</div><div class='page'><h1>圖輯</h1><div class='intro'><p>{intro}</p></div>"
        f"<div class='gallery'><div class='slides'>{slides}</div><div class='dots'></div></div></div></body></html>"
    )
    assert [t for t in kept(gallery) if t != "圖輯"] == [intro, *TW]


def test_a_plea_for_support_in_a_box_goes_amid_the_prose_and_after_it():
    # '<div><h3>支持我們</h3><p>…</p><a href="/support">我要支持</a></div>': a prompt around a button asking for money
    # the way a subscription box asks; the button alone went, its heading and pitch stayed
    box = f"<div class='m-support'><h3>支持浪潮</h3><p>{PLEA}</p><a class='btn' href='/support'>我要支持</a></div>"
    paras = [f"<p class='para'>{t}</p>" for t in TW]
    after = (
        f"<html><body><article><h1>標題</h1><div class='content'>{''.join(paras)}</div>{box}</article></body></html>"
    )
    amid = (
        f"<html><body><article><h1>標題</h1><div class='content'>{''.join(paras[:2])}{box}{''.join(paras[2:])}</div>"
        "</article></body></html>"
    )
    for page in (after, amid):
        assert [t for t in kept(page) if t != "標題"] == TW
    # the same words in the article's own sentence, with no button, stay
    own = f"<html><body><article><h1>標題</h1><div>{''.join(paras)}<p>{PLEA}</p></div></article></body></html>"
    assert PLEA in kept(own)
    # a button of the other languages' pleas
    english = box.replace("我要支持", "Donate").replace("支持浪潮", "Support our work")
    assert [t for t in kept(after.replace(box, english)) if t != "標題"] == TW
    assert ZH  # (the fixtures' shared texts)


def test_a_few_words_and_a_colon_end_no_article():
    # an old board's '加跟帖：' over its replies, whose list went: the label is left alone at the article's end
    replies = "".join(
        f"<li><a href='/t/{i}.html'>回帖{i}</a> <i>網友{i}</i> (0 bytes) 2021-05-28</li>" for i in range(3)
    )
    page = (
        f"<html><body><table><tr><td><b>標題</b><hr>{'<br><br>'.join(TW)}<hr><ul><li>加跟帖：</li>{replies}</ul>"
        "</td></tr></table></body></html>"
    )
    assert [t for t in kept(page) if t != "標題"] == TW
    # a longer line ending in a colon is a sentence of the article's (whatever it introduced is lost, not it)
    last = "以下是這次會議的完整紀錄："
    page = f"<html><body><div>{''.join(f'<p>{t}</p>' for t in [*TW, last])}</div></body></html>"
    assert kept(page)[-1] == last


def test_chrome_lines_of_other_forms():
    from tests.test_hard_cases_web_apps_and_markdown import assert_rules

    assert_rules(
        (
            "选择语言版本简体 | 繁體",  # a switch between the site's scripts
            "简体中文 | 繁體中文 | English",
            "👁 5.6K · 2021-05-28 10:00",  # a channel's views and the post's time
            "本文关键词：社区食堂，老人助餐，城北街道。",  # keywords closed by a full stop
            "標籤：騎樓、老街、都市更新。",
            "剩餘62%內容，訂閱《城東觀察》數位版即可解鎖全文，首月只要新台幣九十九元，隨時可以取消。",
        ),
        (
            "中文",
            "Tag board: 在 Twitter、Facebook 上搜索主题标签。",
            "关键词：这个词在本文中指的是一种很长的说法。",
            "她说她喜欢简体字也喜欢繁體字。",
            "读者调查显示，剩余的订户里有一半会续订，报社打算把首月价格降到九十九元。",
        ),
    )


def test_a_subscriptions_offer_beside_a_one_paragraph_article_goes():
    # the offer's box (its heading, its price, its button) scores as much as a flash of one paragraph: it had joined
    # the article as a sibling, and inside the article's box it was more than half of the text, which no pruning takes
    flash = (
        "城東消防站今天上午走進濱江小學，給兩百多名三年級學生上了一堂消防體驗課，孩子們輪流試穿消防服、學著使用滅火器。"
    )
    offer = (
        "<div class='pay-card'><h3>訂閱《城東觀察》數位版</h3>"
        "<p>首月只需一元，之後每月十八元，隨時可以取消。訂閱後可暢讀全部付費報導，並查閱十年來的報紙資料庫。</p>"
        "<a class='btn' href='/pay/plan'>1元開通</a></div>"
    )
    beside = f"<html><body><div>{NAV}</div><div class='main'><h1>標題</h1><div class='text'><p>{flash}</p></div>{offer}"
    inside = f"<html><body><div>{NAV}</div><div class='main'><h1>標題</h1><div class='text'><p>{flash}</p>{offer}</div>"
    for page in (beside, inside):
        assert [t for t in kept(page + f"</div><footer>{FOOT}</footer></body></html>") if t != "標題"] == [flash]


def test_a_cms_byline_field_names_the_author_and_an_escaped_file_name_gives_words():
    body = "\n\n".join(ZH)
    raw = f"---\ntitle: 夜市\ndate: 2021-05-28T10:00:00+08:00\nbyline: 李文\n---\n{body}\n".encode()
    assert parsed(raw, "_posts/2021-05-28-a.md").author == "李文"
    # no title in the front matter: the file name's slug, written as its address's escapes, read as its words
    untitled = f"---\ndate: 2021-05-28\n---\n{body}\n".encode()
    assert parsed(untitled, "_posts/2021-05-28-%E5%A4%9C%E5%B8%82.md").title == "夜市"
    # escapes that are no UTF-8 stay as written
    assert parsed(untitled, "_posts/2021-05-28-%FF%FE.md").title == "%FF%FE"


def test_a_cut_copys_link_to_the_rest_goes_and_its_ellipsis_stays():
    # a feed's cut copy ends its last paragraph with an ellipsis and a link to the rest, in any of its wordings
    from etl.posts import boilerplate

    cut = "图书馆表示，试行期为三个月，期满后将根据……"
    for link in ("阅读全文", "阅读全文>>", "[继续阅读]", "繼續閱讀 →"):
        assert boilerplate.strip_fold_links(cut + link) == cut
    assert boilerplate.strip_fold_links("The council said … Continue reading →") == "The council said …"
    # without the ellipsis the words are the sentence's own
    assert boilerplate.strip_fold_links("他说继续阅读") == "他说继续阅读"
    # the toggle of a folded rest set as its box's heading titles no section
    rest = "".join(f"<p>{t}</p>" for t in TW[2:])
    page = f"<html><body><article><h1>標題</h1><p>{TW[0]}</p><p>{TW[1]}</p><section><h4>展開全文</h4>{rest}</section>"
    assert [t for t in kept(page + "</article></body></html>") if t != "標題"] == TW


def test_a_rule_word_that_is_the_pages_namespace_names_no_element():
    # a print view names every box 'print-…': its standfirst, '<p class="print-lead">', had gone as a print button
    lead = "一部電梯，十一輪簽字，三次改圖：一個老社區加裝電梯的帳本。"
    page = (
        "<html><body><div class='print-wrap'><div class='print-logo'>城東觀察</div>"
        "<div class='print-tools'><a href='javascript:print()'>列印</a></div><h1>標題</h1>"
        f"<p class='print-lead'>{lead}</p><div class='print-meta'>2021-05-28</div>"
        f"<div class='print-body'>{''.join(f'<p>{t}</p>' for t in TW)}</div>"
        "<div class='print-foot'>© 2021 城東觀察</div></div></body></html>"
    )
    assert [t for t in kept(page) if t != "標題"] == [lead, *TW]
    from etl.posts.body import class_namespace

    assert class_namespace(page) == "print"
    # a page of readers' comments under the site's own wrapper has no namespace, whatever its share of names
    comments = "".join("<div class='comment-body'><p class='comment-text'>好文</p></div>" for _ in range(9))
    assert class_namespace(f"<div class='site-wrap'><div class='site-main'>{comments}</div></div>") is None


def test_an_email_edition_keeps_its_article_and_loses_the_mailings_lines():
    # a newsletter laid out as a table of one cell per row: its cells are paragraphs, not a data table's values; the
    # standfirst in a row of its own opens the article; the mailing's rows (view in a browser, the issue, forward,
    # the edition's other stories, why you got it, how to leave) go
    def row(cell: str) -> str:
        return f"<tr><td style='padding:0 32px'>{cell}</td></tr>"

    lead = "一部電梯，十一輪簽字，三次改圖。一個老社區的加裝電梯帳本。"
    others = "".join(
        row(f"<a href='/e/{i}'>另一則新聞的標題第{i}號</a><br><span>這是本期另一則新聞的摘要，說的是別的事。</span>")
        for i in range(2)
    )
    rows = [
        row("郵件顯示不正常？<a href='https://mail.example.tw/v/1'>在瀏覽器中檢視</a>"),
        row("第 128 期 · 2021年5月28日"),
        row("<h1>老社區加裝電梯</h1>"),
        row(f"<b>{lead}</b>"),
        *(row(t) for t in TW),
        row("<a href='https://mail.example.tw/f/1'>轉寄給朋友</a>"),
        row("<h2>本期還有</h2>"),
        others,
        row(
            "您收到這封郵件，是因為您訂閱了城東晚報的週五來信。<br><a href='https://mail.example.tw/u'>退訂</a> | "
            "<a href='https://mail.example.tw/p'>管理訂閱偏好</a><br>城東晚報社 · 建設路100號"
        ),
    ]
    page = f"<html><body><table width='600'>{''.join(rows)}</table></body></html>"
    result = parsed(post(page))
    assert [b.text for b in result.blocks if b.text != "老社區加裝電梯"] == [lead, *TW]
    assert {b.kind for b in result.blocks} == {"paragraph"}
    # a data table's cells stay values
    table = "<table><tr><td>十噸以下</td><td>三十萬元</td></tr><tr><td>二十噸以上</td><td>八十萬元</td></tr></table>"
    assert {b.kind for b in parsed(post(f"<div><p>{TW[0]}</p>{table}<p>{TW[1]}</p></div>")).blocks} == {
        "paragraph",
        "table_cell",
    }
