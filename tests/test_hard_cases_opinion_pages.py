"""Hard cases, session 37 (2026-12-06): opinion pages (a debate's two sides, an op-ed's notes in its footer, the
writer's bio without a label, a column's standing blurb, the writer's line in brackets). Every page is of our own
writing; each test failed before the fix it names."""

from __future__ import annotations

from tests.test_hard_cases_edges_and_rows import markdown_post
from tests.test_hard_cases_more import TW, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs


def test_a_debates_two_sides_under_one_headline_are_both_read():
    sides = "".join(
        f'<article class="debate-side debate-side--{side}"><div class="side-label">{label}</div><h2>{head}</h2>'
        f"{paragraphs(*text)}</article>"
        for side, label, head, text in (
            ("pro", "正方", "三成佣金正在掏空小店", TW[:2]),
            ("con", "反方", "價格管制只會把成本轉嫁顧客", TW[2:]),
        )
    )
    page = (
        '<html><body><nav><a href="/">首頁</a> <a href="/opinion">評論</a></nav><div class="debate">'
        f'<h1>正反方：應否立法規管外賣平台抽佣上限？</h1><div class="debate-cols">{sides}</div></div></body></html>'
    )
    kept = blocks(page)
    assert [t for t in kept if t in TW] == TW
    # the next story an endless page loads, with a headline of its own, is another article
    story = f'<article class="story"><h1>测试</h1>{paragraphs(*TW)}</article>'
    other = f'<article class="story"><h1>另一則新聞的標題</h1>{paragraphs(*ZH)}</article>'
    assert blocks(f"<html><body>{story}{other}</body></html>") == TW


def test_an_articles_notes_in_its_footer_under_their_label_stay():
    notes = (
        '<footer class="footnotes"><h3>註釋</h3><ol>'
        '<li id="fn1">資料來源為主管機關網站公布之核定計畫清單，整理期間為2019年至2022年6月。<a href="#fnref1">↩</a></li>'
        '<li id="fn2">筆者走訪的十二處基地中，有五處在補助結束後縮減開放時間。<a href="#fnref2">↩</a></li></ol></footer>'
    )
    page = f'<html><body><article><h1>標題</h1><div class="e-content">{paragraphs(*TW)}</div>{notes}</article>'
    kept = blocks(page + '<footer class="site-foot">© 2022 公共圳溝</footer></body></html>')
    assert kept[: len(TW)] == TW
    assert "註釋" in kept and any("整理期間為2019年至2022年6月" in t for t in kept)
    # a footer of links to other pages is no notes of the article's
    related = '<footer><h3>參考資料</h3><a href="https://other.example.com/a">另一篇文章</a></footer>'
    assert blocks(f"<html><body><article>{paragraphs(*TW)}{related}</article></body></html>") == TW


def test_the_writers_bio_without_a_label_goes():
    # the last block opening with the post's author's name ('记者 王小明' in front matter: 王小明) and what a bio says
    for bio in (
        "王小明，1984年生於花蓮，曾任地方報社記者八年，著有散文集《海風吹過的巷子》。",
        "王小明經濟學博士，現職大學講師。",
    ):
        parsed = markdown_post(paragraphs(*ZH) + f"<hr><p>{bio}</p>", front_field='author: "王小明"')
        assert [b.text for b in parsed.blocks] == ZH, bio
    # an article about its writer's subject names them throughout: a closing line on them stays
    about = ["王小明今年六十八岁，在老城墙根下摆了四十一年修表摊。", *ZH[1:]]
    last = "王小明，1956年生于县城，十九岁开始学修表。"
    parsed = markdown_post(paragraphs(*about, last), front_field='author: "王小明"')
    assert [b.text for b in parsed.blocks] == [*about, last]


def test_a_columns_blurb_and_the_writers_line_in_brackets_go():
    assert_each_goes(
        [
            "【街角經濟學】是本報逢星期三刊出的專欄，由三位經濟學者輪流執筆，以淺白語言解讀日常生活中的經濟現象。",
            "【島嶼筆記】是北嶺新聞網與在地寫作者合作的專欄，每週一刊出，邀請住在各地的作者記錄日常風景。",
        ],
        article=TW,
    )
    for line in ("（作者是某区域政策研究所的城市与环境研究员）", "（作者系本市作家协会会员，中学语文教师）"):
        parsed = markdown_post(paragraphs(*ZH, line))
        assert [b.text for b in parsed.blocks] == ZH, line
        assert parsed.credits == [line], line
    assert_each_stays(["这个专栏是本报逢星期三刊出的，可它今年已经停了三个月，读者来信问它什么时候回来。"])


def test_an_outlets_plea_for_its_readers_money_goes_at_the_articles_end():
    assert_each_goes(
        [
            "燈柱新聞是一個由讀者資助的獨立媒體，這篇報道花了我們兩個月時間追蹤。我們沒有大財團支持，也不設付費牆。"
            "如果你願意，每月一百元，就能讓我們繼續做這樣的報道。",
            "写作不易，如果这篇文章让你有所触动，欢迎点个“在看”，或者赞赏支持一下作者。你们的每一份鼓励，都是我们坚持原创的动力。",
            "如果觉得文章对你有帮助，可以请我喝杯茶～",
            "成為田頭贊助人",
            "微信搜索“青山书评”（qingshanbooks）：重申阅读的力量。",
        ],
        article=TW,
    )
    # a report on a reader-funded outlet, in the third person, is the article's
    assert_each_stays(["這家媒體由讀者資助，不接受政府資助。創辦人說，每月一百元的贊助者已經超過三千人。"])


def test_a_kicker_above_the_headline_leaves_the_headline_to_the_title():
    # (the kicker, the section's name, goes with it since session 47: the post's tags hold its section)
    page = f"<article><p>評論</p><h1>测试</h1>{paragraphs(*TW)}</article>"
    assert blocks(page) == TW


def test_a_plea_above_the_writers_card_goes_with_the_card():
    card = '<div class="author-card"><p>王小明</p><p>前地區報記者，現為自由撰稿人，關注社區規劃與公共空間。</p></div>'
    plea = "<p>街燈傳媒是一間由讀者支持的獨立媒體。我們不接受政府資助。如果你認同地方新聞的價值，請考慮每月捐助一杯咖啡的錢。</p>"
    parsed = markdown_post(f"<article>{paragraphs(*ZH)}{plea}{card}</article>", front_field='author: "王小明"')
    assert [b.text for b in parsed.blocks] == ZH


def test_a_columns_and_a_letters_pages_disclaimers_and_calls_for_letters_go():
    assert_each_goes(
        [
            "本欄文章為作者個人意見，不代表本刊立場。",
            "本栏文章纯属作者个人观点，文责自负，不代表本报立场。",
            "※本欄刊載之文章，僅代表作者個人意見，不代表北嶺新聞網立場。",
            "歡迎讀者來函，來函請電郵至 letters@observer.example.mo，須附真實姓名及聯絡電話（刊登時可用筆名）。",
            "（本欄歡迎讀者投稿，字數以八百字為限，來稿請附真實姓名及聯絡方法。來函內容純屬作者個人意見，不代表本報立場。）",
            "《椰风随笔》逢星期二见报，由本报特约作者轮流执笔。",
        ],
        article=TW,
    )
    # a view reported is the article's
    assert_each_stays(["他的看法不代表政府立场，市政府随后发表声明澄清。"])


def test_a_line_of_the_posts_own_category_above_the_article_is_its_section():
    parsed = markdown_post(paragraphs("讀者來函", *TW), front_field="categories: [讀者來函]")
    assert [b.text for b in parsed.blocks] == TW
    assert [b.text for b in markdown_post(paragraphs("讀者來函", *TW)).blocks] == ["讀者來函", *TW]


def test_a_writers_other_pieces_under_their_label_go():
    other = '<h3>鄒明哲的其他文章</h3><ul><li><a href="/a/1">核廢料最終處置場，為何三十年選不出來</a></li><li><a href="/a/2">屋頂型太陽能的推廣瓶頸</a></li></ul>'
    assert blocks(f"<article>{paragraphs(*TW)}{other}</article>") == TW
