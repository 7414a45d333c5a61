"""Hard cases of page shapes the extraction had not met: each a whole post file of our own writing.

Every page here is invented (text, site, class names of several CMSs); each test failed before the
fix it names. Fidelity: every block of the article's own text kept, whole and in order, and nothing
of the page around it.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json

from etl.posts.parse import ParsedPost, parse_post

NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)

# an article in Simplified Chinese: four comma-rich paragraphs
ZH = [
    "今年三月，省里公布了新一轮的县域经济排名，这个位于山区的小县排在倒数第五，比去年又下降了两位。",
    "县里的干部说，排名靠后的原因主要是工业基础薄弱，过去几年招来的几家企业，有的已经关门，有的搬去了邻省。",
    "但也有人认为，排名只看产值和税收，没有算上生态保护的贡献，这个县的森林覆盖率超过百分之七十，是全省最高的。",
    "一位在县城开了二十年饭馆的老板说，他最关心的不是排名，而是年轻人还愿不愿意留下来。",
]
# and one in Traditional Chinese
TW = [
    "今年三月，縣政府公布了新的人口統計，這個位於山區的小鎮人口跌破一萬，比十年前少了將近三成。",
    "鎮公所的職員說，人口外流的原因主要是工作機會太少，年輕人讀完高中就去台北或台中打工，很少再回來。",
    "但也有人認為，統計只算設籍人口，沒有算上週末回來的通勤族，鎮上的假日市集其實越來越熱鬧。",
    "一位在老街開了三十年雜貨店的老闆說，他最擔心的不是數字，而是店要傳給誰。",
]
EN = [
    "The county's population fell below ten thousand this spring, the lowest count since records began "
    "in 1950, according to figures released by the provincial statistics office.",
    "Officials blame the decline on a lack of jobs, saying that young people leave for the coastal cities "
    "after finishing school and rarely return, except for the New Year holiday.",
    "A shopkeeper who has sold hardware on the main street for thirty years said he worried less about the "
    "numbers than about who would take over his store.",
]
HOT_ZH = ["城中村改造进入第二阶段，居民关心补偿标准", "暴雨过后，老城区排水系统再受考验", "一家百年老字号的转型之路"]
HOT_TW = ["颱風過後，東部鐵路搶修進度曝光", "老街店家聯手推動無塑生活", "青年返鄉務農的第五年"]
HOT_EN = ["Markets rally as rates hold", "Storm closes mountain roads", "The last ferry of the season"]


def paragraphs(*items: str) -> str:
    return "".join(f"<p>{t}</p>" for t in items)


def links(titles: list[str], tag: str = "ul") -> str:
    items = "".join(f'<li><a href="https://news.example.com/p/{i}">{t}</a></li>' for i, t in enumerate(titles))
    return f"<{tag}>{items}</{tag}>"


def menu(words: str) -> str:
    return '<div class="site-nav">' + links(words.split()) + "</div>"


def post(body: str, title: str = "测试") -> bytes:
    front = (
        f'---\nlayout: post\ntitle: "{title}"\ndate: 2021-05-28 10:00:00 +0800\nauthor: "记者 王小明"\n'
        'from: "https://news.example.com/2021/05/28/a.html"\ntags: [社会]\n---\n'
    )
    return (front + body).encode()


def blocks(body: str) -> list[str]:
    parsed = parse_post(post(body), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    return [b.text for b in parsed.blocks]


def assert_each_goes(
    lines: list[str], article: list[str] = ZH, at: int | None = None, in_article: bool = False
) -> None:
    """Each line, set after the article's paragraphs (or at ``at`` amid them), goes and leaves the article whole."""
    for line in lines:
        cut = len(article) if at is None else at
        page = paragraphs(*article[:cut], line, *article[cut:])
        assert blocks(f"<article>{page}</article>" if in_article else page) == article, line


def assert_each_stays(sentences: list[str], article: list[str] = ZH) -> None:
    """Each sentence, set after the article's paragraphs, is the article's."""
    for said in sentences:
        assert blocks(paragraphs(*article, said)) == [*article, said], said


def test_the_articles_references_under_their_label_stay_in_both_scripts_and_english():
    # a list of links after the prose's end is otherwise pruned as another pages' list; under a
    # label naming the article's notes or sources it is the author's citations
    refs_zh = ["某省2020年国民经济和社会发展统计公报", "山区县域经济发展的困境与出路", "生态补偿机制十年回顾"]
    notes = ["[1] 数据来自该省统计局2020年公报。", "[2] 森林覆盖率为县林业局提供的数字，未经独立核实。"]
    page = (
        f'<div class="page">{menu("首页 国内 国际 财经 评论")}<div class="article-wrap"><h1>倒数第五的县</h1>'
        f'<div class="article-body">{paragraphs(*ZH)}<h3>注释</h3>{paragraphs(*notes)}'
        f"<h3>参考资料</h3>{links(refs_zh, 'ol')}</div></div>"
        f'<div class="aside-box"><h3>热门文章</h3>{links(HOT_ZH)}</div></div>'
    )
    assert blocks(page) == [*ZH, "注释", *notes, "参考资料", *refs_zh]

    refs_tw = ["內政部戶政司人口統計月報", "國家發展委員會中華民國人口推估", "鄉鎮人口外流研究報告"]
    page = (
        f'<div id="main">{menu("首頁 政治 社會 國際")}<div class="news-content"><h1>人口跌破一萬的小鎮</h1>'
        f"{paragraphs(*TW)}<p>參考資料：</p>{links(refs_tw)}</div>"
        f'<div class="col-right"><h3>熱門</h3>{links(HOT_TW)}</div></div>'
    )
    assert blocks(page) == [*TW, "參考資料：", *refs_tw]

    refs_en = ["Provincial Statistical Yearbook 2020", "Rural depopulation in mountain counties"]
    page = (
        f'<div class="site"><div class="story-body"><h1>A county shrinks</h1>{paragraphs(*EN)}'
        f'<div class="refs"><h2>References</h2>{links(refs_en, "ol")}</div></div>'
        f'<div class="rail"><h3>Most read</h3>{links(HOT_EN)}</div></div>'
    )
    assert blocks(page) == [*EN, "References", *refs_en]
    # without the label, the same closing list is still another pages' list
    page = page.replace("<h2>References</h2>", "")
    assert blocks(page) == EN


def test_a_box_wrapping_one_paragraph_beside_the_article_reads_as_that_paragraph():
    # an editor's note and a correction (article text), each in a <div> around one <p>; a bare <p>
    # there was kept, the same line wrapped in a box was not
    note = "编者按：这是本报“县城观察”系列的第一篇。"
    correction = "更正：本文初版误将饭馆老板的从业年限写为三十年，应为二十年。"
    page = (
        f'<div class="page">{menu("首页 国内 国际 财经 评论")}<div class="article-wrap">'
        f'<div class="editor-note"><p>{note}</p></div><div class="article-body">{paragraphs(*ZH)}</div>'
        f'<div class="note"><p>{correction}</p></div></div>'
        f'<div class="aside-box"><h3>热门文章</h3>{links(HOT_ZH)}</div></div>'
    )
    assert blocks(page) == [note, *ZH, correction]
    # the article's lead paragraph, set apart from its body by an ad slot
    page = (
        f'<div id="main">{menu("首頁 政治 社會 國際")}<div class="detail"><h1>人口跌破一萬的小鎮</h1>'
        f'<div class="lead-txt"><p>{TW[0]}</p></div><div class="inarticle-x"><p>廣告</p></div>'
        f'<div class="main-txt">{paragraphs(*TW[1:], *ZH)}</div></div>'
        f'<div class="col-right"><h3>熱門</h3>{links(HOT_TW)}</div></div>'
    )
    assert blocks(page) == [*TW, *ZH]


def test_a_list_of_other_articles_under_a_related_label_goes_amid_the_prose_too():
    # three linked titles as paragraphs, and a <ul> of them, each under its label between two
    # paragraphs of the article: before, only after the prose's end were they pruned
    run = "".join(f'<p><a href="https://news.example.com/n/{i}">{t}</a></p>' for i, t in enumerate(HOT_ZH))
    page = (
        f'<div class="page">{menu("首页 国内 国际 财经 评论")}<div class="article-wrap"><h1>县</h1>'
        f'<div class="article-body">{paragraphs(*ZH[:2])}<p>相关报道：</p>{run}{paragraphs(*ZH[2:])}</div></div></div>'
    )
    assert blocks(page) == ZH
    page = (
        f'<div id="main">{menu("首頁 政治 社會 國際")}<div class="news-content"><h1>小鎮</h1>'
        f"{paragraphs(*TW[:2])}<h4>延伸閱讀</h4>{links(HOT_TW)}{paragraphs(*TW[2:])}</div></div>"
    )
    assert blocks(page) == TW
    # a list the article introduces in a sentence of its own stays
    sources = ["县志·物产卷", "粮站档案", "林业局年报"]
    page = page.replace("<h4>延伸閱讀</h4>", "<p>記者查閱了以下資料：</p>").replace(links(HOT_TW), links(sources))
    assert blocks(page) == [*TW[:2], "記者查閱了以下資料：", *sources, *TW[2:]]


def test_a_pretty_printed_pages_blocks_keep_their_own_kind():
    # a page written out by an HTML pretty-printer opens each element with a whitespace node before
    # its first inline element; the block took the kind of the block before it (a heading after a
    # list was a list item, every paragraph after it too)
    page = (
        '<div class="article-body">\n <ul>\n  <li>\n   <b>要点</b>：排名又降了两位\n  </li>\n </ul>\n'
        " <h3>\n  <strong>\n   一、排名\n  </strong>\n </h3>\n"
        f" <p>\n  <em>然而</em>，{ZH[0]}\n </p>\n"
        f" <blockquote>\n  <p>\n   <span>{ZH[1]}</span>\n  </p>\n </blockquote>\n</div>"
    )
    parsed = parse_post(post(page), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.kind for b in parsed.blocks] == ["list_item", "heading", "paragraph", "quote"]


def test_the_sign_in_line_under_a_paywall_note_goes_in_both_scripts():
    # 'Already a subscriber? Log in' was dropped, its Chinese forms were not
    for note, way_in in (
        ("订阅后阅读全文", "已是会员？登录"),
        ("本文為付費內容，訂閱後即可閱讀全文。", "已有帳號？請登入"),
    ):
        page = (
            f'<div class="article-body">{paragraphs(*ZH[:2])}<div class="locked"><p>{note}</p>'
            f'<p><a href="https://news.example.com/login">{way_in}</a></p></div></div>'
        )
        assert blocks(page) == ZH[:2]
    # a member's sentence is prose
    lines = ["他已是会员十年了。", "她已有帳號，登入後卻發現存款不見了。"]
    assert blocks(f"<div>{paragraphs(*ZH[:2], *lines)}</div>") == [*ZH[:2], *lines]


def test_a_small_box_opening_with_an_ad_label_goes_with_its_offer():
    # a sponsored offer amid the article in a box of bland class: the label line alone was dropped
    # (drop_ad_labels) and the brand's linked offer stayed as a paragraph of the article
    for label, offer, text in (
        ("贊助內容", "夏日旅遊季，全台飯店限時八折，立即預訂享早鳥優惠！", TW),
        ("广告", "新款电动车限时补贴三千元，到店试驾再送好礼。", ZH),
        ("- Advertisement -", "Save 30% on your first month of fresh meal kits.", EN),
    ):
        ad = f'<div class="box-x"><p><strong>{label}</strong></p><p><a href="https://brand.example.com/p">{offer}</a></p></div>'
        page = (
            f'<div id="main"><div class="news-content">{paragraphs(*text[:2])}{ad}{paragraphs(*text[2:])}</div></div>'
        )
        assert blocks(page) == text
    # a short section of the article under a heading that is the word stays: it is not made of links
    # (the heading alone is still read as a label by drop_ad_labels)
    section = f"<div><h3>广告</h3>{paragraphs(*ZH[2:])}</div>"
    assert blocks(f'<div class="post-text">{paragraphs(*ZH[:2])}{section}</div>') == ZH


def test_a_column_beside_a_short_article_is_left_out_when_its_heading_opens_an_inner_box():
    # two sentences of news; beside them a column of the site's own prose ('關於本站', '公告'), each
    # under a heading inside a box of its own, scores close to the short article
    short = [
        "市气象台今天上午发布消息，受冷空气影响，本周末全市将有一次明显降温过程，最低气温可能降至零下五度。",
        "气象部门提醒市民注意防寒保暖，出行注意安全。",
    ]
    side = (
        f'<div class="side"><div class="about"><h3>关于本站</h3>{paragraphs(*ZH[:2])}</div>'
        f'<div class="notice"><h3>公告</h3>{paragraphs(ZH[2])}</div></div>'
    )
    page = (
        f'<div class="page">{menu("首页 国内 国际")}<div class="main"><h1>本周末将明显降温</h1>'
        f'<div class="txt">{paragraphs(*short)}</div></div>{side}</div>'
    )
    assert blocks(page) == short
    # a second part of the article in a box of the same class is still the article's
    page = (
        f'<div class="page"><div class="main"><h1>本周末将明显降温</h1>{paragraphs(*short)}</div>'
        f'<div class="main"><div class="part"><h3>各区县</h3>{paragraphs(*ZH)}</div></div></div>'
    )
    assert blocks(page) == [*short, "各区县", *ZH]


def test_an_epoch_date_beyond_the_c_librarys_range_falls_back_to_the_file_name():
    # found by the property tests: 6.8e16 seconds is past time_t, and the OS raised OSError where
    # datetime raises ValueError for a year out of range; the post was rejected as unparseable
    raw = b"---\ntitle: t\ndate: 67768036191676796000\n---\n<p>" + ZH[0].encode() + b"</p>"
    parsed = parse_post(raw, "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert parsed.published_at == dt.datetime(2021, 5, 28, tzinfo=dt.UTC)
    assert any("date" in problem for problem in parsed.problems)


def test_a_small_box_after_the_article_around_a_subscribe_button_is_the_prompt():
    # a newsletter's pitch in a box of bland class: the button alone was dropped (a link-only call to
    # action), its heading and pitch stayed as the article's last paragraphs
    for text, pitch in (
        (ZH, "<h3>订阅我们的早报</h3><p>每天早上七点，把昨天最重要的新闻送到你的邮箱。</p>"),
        (EN, "<h3>The Morning Brief</h3><p>Our best stories in your inbox every weekday.</p>"),
    ):
        button = '<a href="https://news.example.com/nl">Sign up</a>' if text is EN else '<a href="/nl">立即订阅</a>'
        page = f'<div class="article-body">{paragraphs(*text)}<div class="nlbox">{pitch}{button}</div></div>'
        assert blocks(page) == text
    # a closing box whose link is no button (the report the article cites) is the article's
    report = (
        '<div class="src"><p>文中提到的调查报告全文可在下方查阅。</p>'
        '<a href="https://weekly.example.com/report.pdf">山区县域调查报告全文（PDF）</a></div>'
    )
    assert blocks(f'<div class="article-body">{paragraphs(*ZH)}{report}</div>') == [
        *ZH,
        "文中提到的调查报告全文可在下方查阅。",
        "山区县域调查报告全文（PDF）",
    ]
    # (the original's note and its address there are the post's credit, as anywhere after the article)
    source = '<div class="src"><p>本文原载于《县城周刊》。</p><a href="https://weekly.example.com/1">原文地址</a></div>'
    assert blocks(f'<div class="article-body">{paragraphs(*ZH)}{source}</div>') == ZH


def test_a_page_of_short_lines_is_read_in_its_title_box_not_with_a_bigger_sidebar():
    # a table of figures under one short line: nothing scores, so the whole page was read, and the
    # site's footer line came in with the article (a sidebar bigger than the article's box, too)
    rows = [("东城区", "1.2万", "+4.1%"), ("西城区", "0.9万", "+2.7%"), ("河口镇", "0.3万", "-3.1%")]
    table = (
        "<table><tr><th>地区</th><th>新增就业</th><th>增幅</th></tr>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
        + "</table>"
    )
    side = "".join(
        f'<div class="item"><h4><a href="https://news.example.com/p/{i}">{t}</a></h4><span>编辑推荐</span></div>'
        for i, t in enumerate(HOT_ZH)
    )
    page = (
        f'<div class="wrap">{menu("首页 国内 国际 财经")}<div class="main-col"><h1>各区县新增就业一览</h1>'
        f"<p>市人社局公布了一季度数据：</p>{table}<p>注：数据为初步统计。</p></div>"
        f'<div class="right-col"><h3>热点</h3>{side}</div><div class="foot">本站所有文章仅供参考</div></div>'
    )
    cells = ["地区", "新增就业", "增幅", *[cell for row in rows for cell in row]]
    assert blocks(page) == ["市人社局公布了一季度数据：", *cells, "注：数据为初步统计。"]
    # a page of links under its heading (an index, no text of its own besides) is still read whole
    index = f'<div class="wrap"><div class="head"><h1>本周专题</h1></div><div class="list">{links(HOT_ZH)}</div></div>'
    assert blocks(index) == HOT_ZH


def test_a_poem_under_a_heading_that_reads_as_the_posts_title_is_read_in_that_headings_box():
    # every line too short to score, the title an <h2> (no <h1> on the page), two sidebar lists under
    # headings of their own and a footer with a line of prose: read whole, the first sidebar list stayed
    # (not trailing: the footer's prose follows it); the heading that reads as the post's title marks
    # the article's box
    poem = ["雨落在山上", "也落在城裡", "阿公說", "這是好年冬", "稻子會長高", "孩子會回來"]
    side = "".join(f'<div class="side-box"><h3>{label}</h3>{links(HOT_TW)}</div>' for label in ("最新文章", "熱門排行"))
    page = (
        f'<div id="wrap">{menu("首頁 生活 文學 投稿")}<div id="content"><div class="article"><h2>好年冬</h2>'
        f'{paragraphs(*poem)}<p>（作者為花蓮的國小老師）</p></div></div><div id="side">{side}</div>'
        '<div class="foot"><p><a href="/about">關於我們</a> | <a href="/privacy">隱私權政策</a></p>'
        "<p>© 2021 某某新聞 版權所有，未經授權不得轉載</p></div></div>"
    )
    raw = post(page, title="好年冬")
    parsed = parse_post(raw, "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == poem  # its title is the title
    assert parsed.credits == ["（作者為花蓮的國小老師）"]  # (the writer's line in brackets: a credit, since session 37)
    # under another title, no heading marks the box, but the run of short lines does: the heading is then a
    # heading of the text, the sidebars still go
    other = parse_post(post(page, title="另一首詩"), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(other, ParsedPost)
    assert [b.text for b in other.blocks] == ["好年冬", *poem]


def test_a_cell_without_a_sentence_beside_the_articles_cell_is_a_column_of_the_layout():
    # an old portal's table row: a navigation column with its contact lines beside the article's cell
    column = (
        '<td width="180" valign="top"><b>栏目导航</b><br><a href="/c/1">本地新闻</a><br><a href="/c/2">社会万象</a>'
        "<br><b>联系方式</b><br>电话：010-12345678<br>邮箱：news@example.com</td>"
    )
    page = (
        f'<table width="960"><tr>{column}<td valign="top"><h2>倒数第五的县</h2>{"<br><br>".join(ZH)}</td></tr></table>'
    )
    assert blocks(page) == ["倒数第五的县", *ZH]
    # a forum thread: the first post's row holds its author's panel (name, avatar, counts) beside its text
    panel = (
        '<td class="pls"><a href="/u/7">用戶七</a><img src="/a/7.jpg"><dl><dt>帖子</dt><dd><a href="/p">259</a></dd>'
        '<dt>積分</dt><dd>840</dd></dl><a href="/pm/7">發消息</a></td>'
    )
    reply = "我也住在那附近，建議你買一台電動機車，二十公里充一次電就夠了，比等公車可靠多了。"
    page = (
        f'<div class="wp">{menu("首頁 論壇 本地生活")}<div id="postlist"><h1>人口跌破一萬的小鎮</h1>'
        f'<div id="post_1"><table><tr>{panel}<td class="plc">{paragraphs(*TW)}</td></tr></table></div>'
        f'<div id="post_2"><table><tr>{panel}<td class="plc"><p>{reply}</p></td></tr></table></div></div></div>'
    )
    assert blocks(page) == TW


def test_the_articles_own_pager_line_goes_and_a_qr_code_follow_prompt_in_traditional_chinese():
    # an article split over pages ends with its page links in a paragraph of its own box; a republished
    # article's "long-press the QR code and follow us" line reads '追蹤' in Taiwan
    pager = '<p>上一頁 [1] <a href="?p=2">[2]</a> <a href="?p=3">[3]</a> <a href="?p=2">下一頁</a></p>'
    page = (
        f'<div class="wrap">{menu("首頁 政治 社會 國際")}<div class="content">'
        f"{paragraphs(*TW)}{pager}<p>長按識別QR Code 追蹤我們</p></div></div>"
    )
    assert blocks(page) == TW
    pager = '<div>第1页 <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">下一页</a></div>'
    assert blocks(f'<div class="content">{paragraphs(*ZH)}{pager}</div>') == ZH
    # a page reference alone is a line of the article
    assert blocks(f'<div class="content">{paragraphs(*ZH)}<p>（见原书第3页）</p><p>第3页</p></div>')[-1] == "第3页"


def test_a_republished_articles_takedown_notice_goes_in_both_scripts():
    # a WeChat-style repost closes with "some pictures from the web; write to us to have them removed";
    # its source line above the article and its editor's credit go to the post's credits (session 33: bylines and
    # credits are the page's, as its dateline is; session 34: so is a repost's source line at the article's edge)
    for notice in ("部分图片来源网络，如有侵权请联系删除", "圖片來源網路，若有侵權請聯繫我們刪除"):
        page = f'<div class="rich_media_content"><p>来源：某某日报</p>{paragraphs(*ZH)}<p>编辑：王五</p><p>{notice}</p></div>'
        assert blocks(page) == ZH
    # a sentence about such a notice is prose
    line = "记者注意到，不少公众号在文末写上“如有侵权请联系删除”，以为这样就能免责，律师说这并不成立。"
    assert blocks(f"<div>{paragraphs(*ZH, line)}</div>")[-1] == line


def test_an_articles_own_header_standfirst_and_footer_note_stay_and_its_tag_footer_goes():
    # HTML's sectioning: an <article>'s <header> holds its title and standfirst, its <footer> its notes;
    # a footer that is a row of tag links is the page's, not the article's
    lead = "改造让街道焕然一新，却也赶走了原本住在这里的老人。"
    fix = "更正：本文早前版本把搬离户数误写为两百户，现已更正。"
    for body_text, lead_text, fix_text in (
        (ZH, lead, fix),
        (
            TW,
            "改造讓街道煥然一新，卻也趕走了原本住在這裡的老人。",
            "更正：本文早前版本把人口數誤寫為一千人，現已更正。",
        ),
    ):
        page = (
            f'<div class="page">{menu("首页 国内 国际 财经 评论")}<article><header><h1>旧城改造的代价</h1>'
            f'<p>{lead_text}</p></header><div class="body">{paragraphs(*body_text)}</div>'
            f"<footer><p>{fix_text}</p></footer>"
            f"<footer>{links(['城市', '住房', '老人'])}</footer></article>"
            f'<div class="aside-box"><h3>热门文章</h3>{links(HOT_ZH)}</div></div>'
        )
        got = blocks(page)
        assert lead_text in got and fix_text in got
        assert got.index(lead_text) < got.index(body_text[0]) < got.index(fix_text)
        assert all(t in got for t in body_text)
        assert not any(t in got for t in ["城市", "住房", *HOT_ZH])


# A fifth round (2026-12-03): other platforms' and generators' shapes.


def test_em_space_indents_after_line_breaks_start_paragraphs():
    body = "<div>" + "".join(f"&emsp;&emsp;{t}<br>" for t in ZH) + "</div>"
    assert blocks(body) == ZH


def test_ruby_readings_are_not_read_into_the_text():
    body = f"<p>{ZH[0]}</p><p>他第一次去<ruby>银<rp>(</rp><rt>yín</rt><rp>)</rp>行<rt>háng</rt></ruby>开户。</p>"
    assert blocks(body) == [ZH[0], "他第一次去银行开户。"]


def test_a_definition_list_in_markdown_is_html_and_keeps_its_items():
    body = f"{ZH[0]}\n\n<dl>\n<dt>1998年</dt>\n<dd>工厂改制。</dd>\n<dt>2005年</dt>\n<dd>厂区出让。</dd>\n</dl>\n\n{ZH[1]}\n"
    assert blocks(body) == [ZH[0], "1998年", "工厂改制。", "2005年", "厂区出让。", ZH[1]]


def test_an_html_comment_in_a_text_post_is_not_published():
    # Markdown passes a comment to the page, where no one sees it: an editor's note, a draft paragraph
    body = f"{ZH[0]}\n\n<!--\n编辑备注：第三段的数字还没核实，先不要发。\n\n{ZH[2]}\n-->\n\n{ZH[1]}\n"
    assert blocks(body) == [ZH[0], ZH[1]]


def test_a_run_of_linked_titles_under_a_past_issues_label_goes():
    titles = "".join(f"[{t}](https://mp.weixin.qq.com/s/{i})\n\n" for i, t in enumerate(HOT_ZH))
    body = f"{ZH[0]}\n\n{ZH[1]}\n\n往期推荐\n\n{titles}分享、点赞、在看，一键三连\n"
    assert blocks(body) == [ZH[0], ZH[1]]


def test_an_apps_download_prompt_goes_but_an_instruction_to_open_an_app_stays():
    body = paragraphs(ZH[0], "打开 Signal 应用程序，点按右上角的设置。", ZH[1]) + (
        '<div class="qr"><p>扫码下载新浪财经APP，看更多精彩内容</p></div>'
        '<div class="bar"><a href="/app">下载客户端</a> <span>独家抢先看</span></div>'
        "<p>不用抽 不用搶 現在用APP看新聞</p>"
    )
    assert blocks(body) == [ZH[0], "打开 Signal 应用程序，点按右上角的设置。", ZH[1]]
    # 'now, the app' is the command; an app named in a sentence is not
    said = "他说现在用app看新闻的人越来越多，报纸卖不动了。"
    assert blocks(paragraphs(ZH[0], said, ZH[1])) == [ZH[0], said, ZH[1]]


def test_a_utf8_post_with_windows_1252_quotes_is_read_not_rejected():
    body = "".join(f"<p>他说：\x93{t}\x94</p>" for t in ZH[:3])  # curly quotes pasted from a Windows editor
    raw = post("").decode().encode("utf-8") + body.encode("utf-8").replace(b"\xc2\x93", b"\x93").replace(
        b"\xc2\x94", b"\x94"
    )
    parsed = parse_post(raw, "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost), parsed
    assert [b.text for b in parsed.blocks] == [f"他说：“{t}”" for t in ZH[:3]]
    assert any("Windows-1252" in p for p in parsed.problems)


def test_text_encoded_as_utf8_twice_is_repaired():
    # as a scraper does it: each byte as Windows-1252, the five it leaves undefined as Latin-1's controls
    twice = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in paragraphs(*ZH[:2]).encode("utf-8"))
    parsed = parse_post(post(twice), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost) and [b.text for b in parsed.blocks] == ZH[:2]
    assert any("twice" in p for p in parsed.problems)


def test_front_matter_written_twice_is_not_body_text():
    front = '---\nlayout: post\ntitle: "测试"\ndate: 2021-05-28 10:00:00 +0800\n---\n'
    parsed = parse_post((front + front + "\n".join(ZH[:2])).encode(), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost) and [b.text for b in parsed.blocks] == ZH[:2]
    # a Markdown rule above the text is no front matter
    ruled = blocks(f"---\n\n{ZH[0]}\n\n---\n\n{ZH[1]}\n")
    assert ruled == ZH[:2]


def test_a_body_stored_as_escaped_html_is_read_as_html():
    escaped = paragraphs(*ZH[:3]).replace("<", "&lt;").replace(">", "&gt;")
    assert blocks(escaped) == ZH[:3]


def test_an_app_shells_article_is_read_from_its_noscript_copy():
    body = (
        '<div id="app"><div class="loading">加载中...</div></div>'
        f"<noscript><div class='ssr'><h1>测试</h1>{paragraphs(*ZH)}</div></noscript>"
        '<script>window.__STATE__={"id":1}</script>'
    )
    assert blocks(body) == ZH  # its headline is its title, as on any page
    # a noscript of a tracking pixel leaves the page as it is
    assert blocks(paragraphs(*ZH) + '<noscript><img src="https://px.example.com/t.gif"></noscript>') == ZH


def test_a_rule_word_in_a_name_does_not_remove_the_articles_own_heading_paragraph_or_data_table():
    # 'section-header', 'share-price', 'table-header', and a paragraph whose generated id is 'a2a2'
    # (AddToAny's share prefix) or whose class holds 'ad': the article's own parts, by their place and shape
    table = (
        '<table class="share-price"><tr class="table-header"><th>日期</th><th>收盘价</th></tr>'
        "<tr><td>4月6日</td><td>13.56</td></tr></table>"
    )
    body = (
        f'<div class="content"><p>{ZH[0]}</p><div class="section-header"><h2>二、改了什么</h2></div>'
        f'<p>{ZH[1]}</p><p class="graf" id="a2a2">下面来演示这一调查。</p><p>{ZH[2]}</p>{table}<p>{ZH[3]}</p>'
        '<div class="share-bar"><a href="https://x.example/share">分享到微博</a></div></div>'
    )
    assert blocks(body) == [
        ZH[0],
        "二、改了什么",
        ZH[1],
        "下面来演示这一调查。",
        ZH[2],
        "日期",
        "收盘价",
        "4月6日",
        "13.56",
        ZH[3],
    ]


def test_a_draft_is_read_and_says_it_is_one():
    parsed = parse_post(post(paragraphs(*ZH[:2])), "_drafts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost) and [b.text for b in parsed.blocks] == ZH[:2]
    assert any(p.startswith("a draft") for p in parsed.problems)


def test_the_rest_of_an_article_folded_behind_an_expand_control_is_kept():
    body = (
        f'<div class="m-content"><p>{ZH[0]}</p><p>{ZH[1]}</p>'
        f'<div class="unfold-field" style="display: none;"><p>{ZH[2]}</p><p>{ZH[3]}</p></div>'
        '<div class="unfold-btn"><a href="javascript:;">展开全文</a></div></div>'
        # hidden text with no control beside it stays hidden: a copy for print, a screen reader's label
        '<div style="display:none"><p>打印版：本文共四段。</p></div>'
    )
    assert blocks(body) == ZH


def test_a_named_article_header_keeps_its_standfirst():
    # Ghost's Casper theme: <header class="article-header"> with the title and the standfirst
    standfirst = "一个社区图书馆如何在没有预算的情况下运转了整整五年。"
    body = (
        '<article class="article post"><header class="article-header gh-canvas"><h1>没有预算的图书馆</h1>'
        f'<p class="article-excerpt">{standfirst}</p></header>'
        f'<section class="gh-content">{paragraphs(*ZH)}</section></article>'
    )
    assert blocks(body) == [standfirst, *ZH]


# A sixth round (2026-12-03): Taiwan and Hong Kong news pages, generator headers, chromeless exports.


def test_generator_header_links_in_commonmarks_other_forms():
    def header(line: str) -> ParsedPost:
        raw = f"---\nlayout: post\ndate: 2022-05-02\n---\n<!--1651449600000-->\n{line}\n------\n\n{paragraphs(*TW[:2])}"
        parsed = parse_post(raw.encode(), "_posts/2022-05-02-x.md", now=NOW)
        assert isinstance(parsed, ParsedPost) and [b.text for b in parsed.blocks] == TW[:2]
        return parsed

    for line in (
        '[竹北將建運動中心](https://x.example/a/1 "竹北將建運動中心")',
        "[竹北將建運動中心](<https://x.example/a/1>)",
    ):
        assert (header(line).title, header(line).url) == ("竹北將建運動中心", "https://x.example/a/1")
    assert header("[竹北\\[快訊\\]將建運動中心](https://x.example/a/1)").title == "竹北[快訊]將建運動中心"
    empty = header("[緬甸軍政府釋放數百名囚犯]()")
    assert (empty.title, empty.url) == ("緬甸軍政府釋放數百名囚犯", None)


def test_taiwan_pages_prompts_reactions_and_a_live_news_box_go():
    live = (
        "<div><strong>即時新聞</strong>"
        + "".join(f'<p><a href="/n/{i}">{t}</a></p>' for i, t in enumerate(HOT_TW))
        + "</div>"
    )
    body = (
        f"<div class='text'><p>{TW[0]}</p><p>{TW[1]}</p>{live}<p>{TW[2]}</p><p>{TW[3]}</p>"
        "<p>看更多！請加入自由時報粉絲團</p><p>按讚加入《自由時報》粉絲團，即時新聞不漏接</p><p>看更多相關新聞</p>"
        "<p>讚 23 ｜ 哈 5 ｜ 哇 1 ｜ 嗚 0 ｜ 怒 2</p><p>留言 12</p><p>字級 小 中 大</p><p>訂閱電子報</p></div>"
    )
    assert blocks(body) == TW
    assert blocks(f"{ZH[0]}\n\n{ZH[1]}\n\n点赞 23 · 在看 5 · 评论 12\n\n字号：大 中 小\n") == ZH[:2]


def parsed_text(body: str, path: str = "_posts/2021-05-28-a.md", front: str = "") -> ParsedPost:
    raw = f"---\nlayout: post\ndate: 2021-05-28 10:00:00 +0800\n{front}---\n{body}"
    parsed = parse_post(raw.encode(), path, now=NOW)
    assert isinstance(parsed, ParsedPost), parsed
    return parsed


def test_a_paragraph_that_states_the_law_of_copying_is_prose_and_one_ending_with_a_notice_stays_whole():
    law = "“如有侵权请联系删除”并不能免除转载者的责任，王律师说，未经许可转载他人作品仍然可能构成侵权。"
    described = "今天发布纪录片第十二集，讲述一座老电影院的兴衰，解密不为人知的放映员故事。欢迎分享，严禁转载！"
    assert blocks(paragraphs(ZH[0], law, described, ZH[1])) == [ZH[0], law, described, ZH[1]]
    for notice in (
        "未经授权，请勿转载",
        "未经许可转载，违者必究。",
        "本文为原创，版权所有，未经授权不得转载。",
        "本文为作者原创。未经授权，请勿转载。如需转载请联系邮箱 editor@example.com。",
    ):
        assert blocks(paragraphs(ZH[0], notice)) == [ZH[0]]
    # a platform's disclaimer and a repost's terms ('著作权归作者所有'), but not a sentence about a paper's stand
    disclaimers = [
        "该文观点仅代表作者本人，本平台仅提供信息存储空间服务。",
        "（本文首发于本号，禁止搬运，违者必究）",
        "文中观点不代表本网立场",
        "作者：林间小路 来源：某书 著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
    ]
    stand = "他说：这不代表本报的立场是对的，我们仍在调查。"
    assert blocks(paragraphs(ZH[0], stand, *disclaimers)) == [ZH[0], stand]


def test_markdown_is_read_as_markdown_with_setext_headings_a_pipe_table_or_html_blocks_in_it():
    setext = parsed_text(f"一个骑手的一天\n==============\n\n{ZH[0]}\n\n无接触配送\n----------\n\n{ZH[1]}\n")
    assert [(b.kind, b.text) for b in setext.blocks] == [
        ("heading", "一个骑手的一天"),
        ("paragraph", ZH[0]),
        ("heading", "无接触配送"),
        ("paragraph", ZH[1]),
    ]
    table = parsed_text(f"{ZH[0]}\n\n| 区 | 数量 |\n|:---|---:|\n| 东城区 | 12 |\n")
    assert [b.text for b in table.blocks if b.kind == "table_cell"] == ["区", "数量", "东城区", "12"]
    mixed = parsed_text(
        f'{ZH[0]}\n\n<div class="ad-slot"><a href="https://ads.example.com/1">【广告】咖啡机低至五折</a></div>\n\n'
        f'{ZH[1]}\n\n<div class="note">\n<p>注：销量数据由店主提供。</p>\n</div>\n\n## 外卖比堂食多\n\n{ZH[2]}\n'
    )
    assert [(b.kind, b.text) for b in mixed.blocks] == [
        ("paragraph", ZH[0]),
        ("paragraph", ZH[1]),
        ("paragraph", "注：销量数据由店主提供。"),
        ("heading", "外卖比堂食多"),
        ("paragraph", ZH[2]),
    ]
    # a page with preformatted text stays HTML: its '# comment' lines are no headings
    page = f"<div>{paragraphs(ZH[0], ZH[1])}<pre>\n# 安装\npip install x\n</pre></div>\n\n一行说明。"
    assert parsed_text(page).body_format == "html"


def test_liquid_output_at_the_start_of_an_image_address_leaves_the_image():
    parsed = parsed_text(f"{ZH[0]}\n\n![温度曲线]({{{{ site.baseurl }}}}/assets/img/temp.png)\n\n{ZH[1]}\n")
    assert [b.text for b in parsed.blocks] == ZH[:2]
    assert [(i.src, i.alt) for i in parsed.images] == [("/assets/img/temp.png", "温度曲线")]


def test_a_date_of_the_republic_written_in_full_and_a_page_title_for_a_post_without_one():
    parsed = parsed_text(ZH[0], path="_posts/2021-03-05-x.md", front="date: 中華民國110年03月04日 14:30\n")
    assert parsed.published_at.date() == dt.date(2021, 3, 4)
    page = (
        f"<html><head><title>页面标题 - 某新闻</title></head><body>{menu('首页 国内 国际 财经 评论')}"
        f'<div class="hd"><h1>南方多地迎来强降雨</h1></div><div class="bd">{paragraphs(*ZH)}</div></body></html>'
    )
    raw = f"---\nlayout: post\ndate: 2021-06-12\n---\n{page}".encode()
    titled = parse_post(raw, "_posts/2021-06-12-qq-rain.html", now=NOW)
    assert isinstance(titled, ParsedPost) and (titled.title, titled.title_source) == (
        "南方多地迎来强降雨",
        "first_heading",
    )
    raw = f"---\nlayout: post\ndate: 2021-06-12\n---\n<html><head><title>只有标题</title></head><body>{paragraphs(*ZH)}</body></html>"
    assert parse_post(raw.encode(), "_posts/2021-06-12-x.html", now=NOW).title == "只有标题"


def test_a_post_without_a_body_says_so():
    assert parsed_text("").problems == ["no body: the post has only its front matter"]


def test_rows_of_page_controls_go_but_a_control_word_alone_may_be_a_section_heading():
    body = paragraphs(ZH[0], ZH[1]) + (
        "<p>上一篇 下一篇 关闭窗口 打印本页</p><p>查看原图 全屏浏览 下载图片</p><p>分享 反馈 打印</p>"
        "<p>文字大小</p><p>点击查看本文英文版。</p><p>赞赏</p>"
        '<blockquote class="instagram-media"><p><a href="https://www.instagram.com/p/x/">View this post on Instagram</a></p>'
        '<p><a href="https://www.instagram.com/p/x/">A post shared by 河流的尽头 (@river_end)</a></p></blockquote>'
        '<p><a href="/gallery/12">點擊睇圖輯 ▶ 新車廂率先睇（12圖）</a></p>'
    )
    assert blocks(body) == ZH[:2]
    sections = f"<h4>发问</h4>{paragraphs(ZH[0])}<h4>举报</h4>{paragraphs(ZH[1])}"
    assert blocks(sections) == ["发问", ZH[0], "举报", ZH[1]]


def test_meta_lines_of_date_and_source_and_a_readers_prompt_go():
    body = (
        "<p>发表时间： 25/04/2022 - 08:40</p><p>日期 27.09.2021</p><p>2021-11-02 07:31 来源：澎湃新闻</p>"
        f"<p>1月28日 22:41 来自 iPhone 12</p>{paragraphs(*ZH[:2])}<p>喜欢的朋友记得点赞关注哦～</p>"
    )
    assert blocks(body) == ZH[:2]


def test_a_label_left_with_nothing_after_it_goes_but_a_cut_articles_next_section_heading_stays():
    assert blocks(paragraphs(*ZH[:2]) + "<h3>不要错过：</h3>") == ZH[:2]
    assert blocks(paragraphs(*ZH[:2]) + "<h3>阿桐的最新日记 · · · · · ·（全部）</h3>") == ZH[:2]
    assert blocks(paragraphs(*ZH[:2]) + "<h3>2. 山区的夜校</h3>") == [*ZH[:2], "2. 山区的夜校"]


def test_a_translations_list_of_sources_is_its_citations():
    sources = ["Night Schools of the Hill Counties", "A Ferry Town After the Bridge", "Counting Rain in the Delta"]
    page = (
        f'<div class="page">{menu("首页 国内 国际 财经 评论")}<div class="article-body">{paragraphs(*ZH)}'
        f"<h2>本文编译自以下文章：</h2>{links(sources)}</div></div>"
    )
    assert blocks(page) == [*ZH, "本文编译自以下文章：", *sources]


def test_a_plain_text_list_of_related_titles_under_its_label_goes():
    body = f"{ZH[0]}\n\n{ZH[1]}\n\n猜你喜欢\n渔民转产培训班开班\n海边民宿旺季提前到来\n"
    assert blocks(body) == ZH[:2]


def test_an_abridged_pull_quote_is_not_kept_twice_and_a_wire_storys_end_mark_goes():
    said = "“表面上只是把十二分钟改成十分钟，但对骑手来说，意味着每一单都要闯更多的黄灯。”他说。"
    page = (
        f'<div class="article-body">{paragraphs(ZH[0], said)}'
        '<aside class="pullquote"><p>“表面上只是把十二分钟改成十分钟。”</p></aside>'
        f"{paragraphs(ZH[1], ZH[2])}<p>（完）</p></div>"
    )
    assert blocks(page) == [ZH[0], said, ZH[1], ZH[2]]


def test_an_article_only_in_a_template_or_an_iframes_srcdoc_is_read_from_there():
    # the page shows nothing until a script stamps the <template>, or the article is an iframe's srcdoc
    assert blocks(f'<div id="app"></div><template id="post"><article>{paragraphs(*ZH)}</article></template>') == ZH
    escaped = html_lib.escape(paragraphs(*ZH))
    assert blocks(f'<div class="frame"><iframe srcdoc="{escaped}"></iframe></div>') == ZH
    # a page that shows its article keeps it, whatever its templates hold
    page = f"<article>{paragraphs(*ZH)}</article><template><p>{ZH[0]}</p></template>"
    assert blocks(page) == ZH


def test_an_app_shell_whose_only_copy_is_its_json_ld_article_body_is_read_from_there():
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "测试",
        "articleBody": "\n\n".join(ZH),
    }
    script = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    shell = f'<html><head>{script}</head><body><div id="root"><div class="loading">加载中…</div></div></body></html>'
    assert blocks(shell) == ZH
    # a graph of items, the article's body in HTML, a raw line break inside a string as pages write them
    graph = {"@graph": [{"@type": "WebSite", "name": "某某网"}, {"@type": "Article", "articleBody": paragraphs(*ZH)}]}
    raw = json.dumps(graph, ensure_ascii=False).replace("。", "。\n", 1)
    assert blocks(f'<html><head><script type="application/ld+json">{raw}</script></head><body></body></html>') == ZH
    # a page that shows its article keeps its own blocks, whatever its data says (a summary, or the same text)
    summary = json.dumps({"articleBody": ZH[0] + "……"}, ensure_ascii=False)
    page = f'<script type="application/ld+json">{summary}</script><article>{paragraphs(*ZH)}</article>'
    assert blocks(page) == ZH
    broken = '<script type="application/ld+json">{"articleBody": "未闭合</script>'
    assert blocks(broken + paragraphs(*ZH[:2])) == ZH[:2]


def test_an_amp_pages_ads_and_players_leave_no_fallback_text():
    page = (
        f"<article>{paragraphs(ZH[0])}"
        '<amp-ad width="300" height="250" type="adsense"><div fallback>广告加载失败</div></amp-ad>'
        f'<amp-img src="https://news.example.com/a.jpg" width="4" height="3" alt="县城"></amp-img>{paragraphs(ZH[1])}'
        '<amp-video src="v.mp4"><div fallback>您的浏览器不支持播放此视频</div></amp-video>'
        '<amp-sidebar id="menu"><a href="/">首页</a><a href="/news">新闻</a></amp-sidebar>'
        f"{paragraphs(*ZH[2:])}</article>"
    )
    assert blocks(page) == ZH


def test_a_markdown_post_opening_with_its_title_as_a_heading_does_not_keep_it_as_text():
    body = f"# 测试\n\n{ZH[0]}\n\n## 县城的夜\n\n{ZH[1]}\n"
    parsed = parse_post(post(body), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost) and parsed.title == "测试"
    assert [(b.kind, b.text) for b in parsed.blocks] == [
        ("paragraph", ZH[0]),
        ("heading", "县城的夜"),
        ("paragraph", ZH[1]),
    ]
    # another heading first stays; so does a first line in plain type equal to the title (a reply's title is its text)
    assert blocks(f"# 县城的夜\n\n{ZH[0]}\n") == ["县城的夜", ZH[0]]
    assert blocks(f"测试\n\n{ZH[0]}\n") == ["测试", ZH[0]]


def test_a_markdown_body_whose_only_syntax_is_a_footnote_renders_it():
    body = f"{ZH[0]}[^1]\n\n{ZH[1]}\n\n[^1]: 数据来自该省统计局2020年公报。\n"
    assert blocks(body) == [ZH[0] + "[1]", ZH[1], "数据来自该省统计局2020年公报。"]


def test_a_pages_qr_prompt_to_read_or_share_it_on_a_phone_goes():
    for prompt in ["扫一扫在手机打开当前页", "微信扫一扫，分享到朋友圈", "用手机扫描二维码打开本页", "掃一掃 分享本文"]:
        assert blocks(paragraphs(*ZH[:2], prompt)) == ZH[:2], prompt
    said = "请用微信扫一扫下方二维码，打开页面后填写报名表，工作人员将在三个工作日内联系您。"
    assert blocks(paragraphs(*ZH[:2], said)) == [*ZH[:2], said]
    assert blocks(paragraphs(*ZH[:2], "主题词：取暖 补贴")) == ZH[:2]


def test_word_processor_settings_pasted_as_text_go_and_the_paragraph_after_them_stays():
    settings = "Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE MicrosoftInternetExplorer4"
    styles = (
        "/* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0; "
        'mso-style-parent:""; font-size:10.5pt; font-family:"Times New Roman";}'
    )
    assert blocks(paragraphs(ZH[0], settings, styles, *ZH[1:3])) == ZH[:3]
    assert blocks(paragraphs(f"{settings} {styles} {ZH[0]}", ZH[1])) == ZH[:2]
    # prose about Word keeps its words, and code keeps the settings it shows
    said = "把稿子从Word粘贴进后台时，常会带进“Normal 0”之类的设置，编辑要逐段检查。"
    assert blocks(paragraphs(said, ZH[0])) == [said, ZH[0]]
    assert blocks(f"<pre>{settings}</pre>{paragraphs(ZH[0])}") == [settings, ZH[0]]


def test_icon_font_glyphs_leave_the_text_and_a_pdfs_stand_in_for_a_letter_stays():
    icons = f"<p>{ZH[0]}<i class='icon'>\ue602</i></p><p><i>\ue600</i> 转发 <i>\ue601</i> 评论</p><p>{ZH[1]}</p>"
    assert blocks(icons) == ZH[:2]
    cited = "货币贬值的历史见 (Bénassy\ue011Quéré，2016) 与 (Chlupat\ue7b3，2016)。"
    assert blocks(paragraphs(ZH[0], cited)) == [ZH[0], cited]


def test_a_microblogs_fold_link_and_a_video_players_control_bar_go():
    cut = ZH[0][:30] + "..."
    assert blocks(paragraphs(cut + "展开全文c", ZH[1])) == [cut, ZH[1]]
    assert blocks(paragraphs(ZH[0] + " 收起全文d", ZH[1])) == ZH[:2]
    assert blocks(paragraphs(ZH[0], "读完全文")) == [ZH[0], "读完全文"]  # no ellipsis before it: the text's own
    player = '<div class="player"><span>播放</span><span>00:00 / 02:31</span><span>倍速</span><span>高清</span></div>'
    assert blocks(player + paragraphs(*ZH[:2])) == ZH[:2]


def test_a_body_stored_in_its_feeds_cdata_wrapper_is_read_without_it():
    assert blocks(f"<![CDATA[\n{ZH[0]}\n\n{ZH[1]}\n]]>") == ZH[:2]
    assert blocks(f"<![CDATA[{paragraphs(*ZH[:2])}]]>") == ZH[:2]
    # CDATA shown in code is the code's
    code = "<![CDATA[ x < y ]]>"
    assert blocks(f"{ZH[0]}\n\n```xml\n{code}\n```\n") == [ZH[0], code]


def test_a_posts_time_and_the_place_the_platform_says_it_came_from_go_and_a_sentence_about_it_stays():
    for line in ["发布于 2023-04-02 21:16・IP 属地浙江", "编辑于 2024-01-05 · IP 屬地台灣", "IP属地：广东"]:
        assert blocks(paragraphs(*ZH[:2], line)) == ZH[:2], line
    said = "他的IP属地显示在浙江，但他说自己从未去过那里。"
    assert blocks(paragraphs(*ZH[:2], said)) == [*ZH[:2], said]


def test_a_line_of_the_pages_own_counts_or_address_goes_and_sentences_with_the_same_words_stay():
    for line in [
        "1,203 次阅读",
        "瀏覽次數：1,203",
        "本文永久链接: https://news.example.com/a.html",
        "本文連結：https://news.example.com/a.html",
        "收錄於合集",
        "已有 12 人按讚",
        "投稿信箱：opinion@example.com",
    ]:
        assert blocks(paragraphs(*ZH[:2], line)) == ZH[:2], line
    said = [
        "阅读量突破10万，这篇文章在县城引起了轰动。",
        "本文共分三部分，第一部分讲县城书店的历史。",
        "链接：https://news.example.com/report.pdf",  # a link the author cites
        "原文链接：https://news.example.com/a.html",  # a repost's source
        "（未完待续）",
    ]
    assert blocks(paragraphs(ZH[0], *said)) == [ZH[0], *said]


def test_watermark_words_in_type_of_size_zero_leave_the_sentence_and_a_zero_size_box_around_text_shows():
    marked = "县城北边的旧粮仓<font style='font-size:0px;color:#fff'>某某网</font>空了十几年。"
    hidden = "面积约十平方米，<span style='font-size: 0'>copyright example.com</span>只放得下三个书架。"
    assert blocks(paragraphs(marked, hidden, ZH[0])) == [
        "县城北边的旧粮仓空了十几年。",
        "面积约十平方米，只放得下三个书架。",
        ZH[0],
    ]
    # CSS closes the gaps between inline blocks with a box of size 0 whose children set their own size
    gapless = f'<div style="font-size:0"><span style="font-size:16px">{ZH[1]}</span></div>'
    small = '面积<span style="font-size:0.8em">约</span>十平方米。'
    assert blocks(paragraphs(ZH[0]) + gapless + paragraphs(small)) == [ZH[0], ZH[1], "面积约十平方米。"]


def test_a_listicles_first_numbered_heading_holding_the_title_is_its_first_item_not_the_headline():
    page = f'<div class="post"><h3>1. 县城的夜</h3>{paragraphs(ZH[0])}<h3>2. 山里的路</h3>{paragraphs(ZH[1])}</div>'
    parsed = parse_post(post(page, title="县城的夜"), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == ["1. 县城的夜", ZH[0], "2. 山里的路", ZH[1]]
    # the headline itself goes, numbered or not, when it is the title
    headline = f'<div class="post"><h1>县城的夜</h1>{paragraphs(*ZH[:2])}</div>'
    assert [b.text for b in parse_post(post(headline, title="县城的夜"), "_posts/a.md", now=NOW).blocks] == ZH[:2]


def test_a_utf8_front_matter_over_a_body_pasted_in_a_legacy_encoding_is_read_both_ways():
    front = "---\ntitle: 县城\ndate: 2021-05-28\n---\n".encode()
    for encoding, texts in (("gb18030", ZH[:2]), ("big5", TW[:2])):
        for bom in (b"", b"\xef\xbb\xbf"):
            parsed = parse_post(bom + front + paragraphs(*texts).encode(encoding), "_posts/2021-05-28-a.md", now=NOW)
            assert isinstance(parsed, ParsedPost), parsed  # it was rejected: 'not valid UTF-8 text'
            assert parsed.title == "县城" and [b.text for b in parsed.blocks] == texts
            assert any("not UTF-8 decoded as" in p for p in parsed.problems)


def test_control_characters_and_a_tag_cut_off_at_the_files_end_leave_no_trace_in_the_text():
    raw = post(f"<p>{ZH[0]}\x1a</p><p>\x08{ZH[1]}</p>\x1a")
    parsed = parse_post(raw, "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost) and [b.text for b in parsed.blocks] == ZH[:2]
    assert "3 control characters removed" in parsed.problems
    assert blocks(paragraphs(*ZH[:2]) + f"<p>{ZH[2]}</") == ZH[:3]
    assert blocks(paragraphs("比较 a < b 与 c > d 的结果。")) == ["比较 a < b 与 c > d 的结果。"]


def test_a_liquid_includes_words_are_read_as_what_its_template_shows():
    # Jekyll renders '{% include figure.html image=… caption=… %}' as a figure: its caption is the author's text
    figure = '{% include figure.html image="/img/a.jpg" caption="县城的夜市，摄于2021年5月。" %}'
    parsed = parse_post(post(f"{ZH[0]}\n\n{figure}\n\n{ZH[1]}\n"), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [(b.kind, b.text) for b in parsed.blocks] == [
        ("paragraph", ZH[0]),
        ("caption", "县城的夜市，摄于2021年5月。"),
        ("paragraph", ZH[1]),
    ]
    assert [(i.src, i.caption) for i in parsed.images] == [("/img/a.jpg", "县城的夜市，摄于2021年5月。")]
    quote = "{% include quote.html text='排名只看产值和税收。' author='县里的干部' %}"
    assert blocks(f"{ZH[0]}\n\n{quote}\n") == [ZH[0], "排名只看产值和税收。"]
    # an include with no words of the author's (a table of contents, an ad slot) leaves nothing
    assert blocks(f'{ZH[0]}\n\n{{% include toc.html %}}\n\n{{% include ad.html slot="123" %}}\n') == [ZH[0]]


def test_liquid_and_kramdown_comments_are_notes_no_one_sees_and_nomarkdown_shows_what_it_holds():
    liquid = f"{ZH[0]}\n\n{{% comment %}}\n待核实：店主的年龄\n{{% endcomment %}}\n\n{ZH[1]}\n"
    kramdown = f"{ZH[0]}\n\n{{::comment}}\n草稿：这段以后再写\n{{:/comment}}\n\n{ZH[1]}\n"
    assert blocks(liquid) == ZH[:2] and blocks(kramdown) == ZH[:2]
    assert blocks(f"{ZH[0]}\n\n{{::nomarkdown}}<p>{ZH[1]}</p>{{:/nomarkdown}}\n") == ZH[:2]
    # a comment shown inside a raw span is the post's example of one
    shown = "{% raw %}{% comment %}示例{% endcomment %}{% endraw %}"
    assert blocks(f"{shown}\n\n{ZH[0]}\n") == ["{% comment %}示例{% endcomment %}", ZH[0]]


def test_a_picture_named_only_in_its_srcset_is_recorded_at_its_largest():
    page = (
        f"<p>{ZH[0]}</p>"
        '<img srcset="/i/s-320.jpg 320w, /i/s-1024.jpg 1024w, /i/s-640.jpg 640w" alt="夜市">'
        '<img src="data:image/gif;base64,R0lGOD" data-srcset="/i/d.jpg 1x, /i/d@2x.jpg 2x">'
        '<img src="/i/plain.jpg" srcset="/i/plain-2x.jpg 2x">'
        f"<p>{ZH[1]}</p>"
    )
    parsed = parse_post(post(page), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [i.src for i in parsed.images] == ["/i/s-1024.jpg", "/i/d@2x.jpg", "/i/plain.jpg"]  # the first two were lost


def test_a_wikis_edit_link_after_a_section_heading_goes_and_a_bracket_in_the_text_stays():
    page = (
        f'<div class="mw-parser-output"><p>{ZH[0]}</p>'
        '<h2><span class="mw-headline">历史</span><span class="mw-editsection">[<a href="?action=edit">编辑</a>]</span></h2>'
        f"<p>{ZH[1]}</p><h2>版本 [edit]</h2><p>{ZH[2]}</p><h3>数据[1]</h3><p>{ZH[3]}</p></div>"
    )
    assert blocks(page) == [ZH[0], "历史", ZH[1], "版本", ZH[2], "数据[1]", ZH[3]]


def test_a_news_sites_english_controls_go_and_sentences_with_their_words_stay():
    for line in ["Continue reading the main story", "Thanks for signing up!", "Copy link", "Image caption,"]:
        assert blocks(paragraphs(*EN[:2], line)) == EN[:2], line
    said = [
        "The image source was a Getty Images photographer, she said.",
        "He asked me to copy link after link into the spreadsheet.",
        "She did the reporting by herself; editing by others came later.",
        "(Reporting by Jane Doe; Editing by John Smith)",  # a wire story's credits: its text, as the benchmark reads it
        "他说：“轻点两下取消赞”这个设计很别扭，用户经常误触。",
    ]
    assert blocks(paragraphs(EN[0], *said)) == [EN[0], *said]


def amid(texts: list[str], box: str, tag: str = "div") -> str:
    """``box`` between the first two and the other paragraphs of ``texts``, in one ``tag``."""
    return f"<{tag}>{paragraphs(*texts[:2])}{box}{paragraphs(*texts[2:])}</{tag}>"


def test_a_sign_up_box_amid_the_article_goes_with_its_heading_but_a_named_section_heading_stays():
    """A class rule's box amid the prose that holds only a heading is a section heading ('section-header'),
    unless the heading sat over a form's fields or buttons: then it is the box's, a widget's."""
    signup = (
        '<div class="newsletter-signup"><h3>Sign up for our daily briefing</h3>'
        '<form><input type="email" name="email"><button>Subscribe</button></form></div>'
    )
    assert blocks(f"<article>{paragraphs(*EN[:2])}{signup}{paragraphs(EN[2])}</article>") == EN
    section = '<div class="section-header"><h2>排名之外</h2></div>'
    assert blocks(amid(ZH, section)) == [*ZH[:2], "排名之外", *ZH[2:]]


def test_a_heading_over_a_search_or_poll_box_goes_in_both_scripts_but_not_over_hidden_fields():
    search = '<div class="box"><h3>站内搜索</h3><input type="text" name="q"><button>搜索</button></div>'
    assert blocks(amid(ZH, search)) == ZH
    poll = (
        "<div><h3>你覺得小鎮會消失嗎？</h3><label><input type='radio' name='v'>會</label>"
        "<label><input type='radio' name='v'>不會</label><button>投票</button></div>"
    )
    assert blocks(amid(TW, poll)) == TW
    # a page's hidden state field (ASP.NET) is no widget: the section heading beside it stays
    hidden = '<div><h3>人口之外</h3><input type="hidden" name="__VIEWSTATE" value="x"></div>'
    assert blocks(amid(TW, hidden)) == [*TW[:2], "人口之外", *TW[2:]]


def test_a_line_of_short_paywall_notes_goes_and_a_sentence_about_a_paywall_stays():
    for notes in [
        "This article is for subscribers only. Subscribe now to continue reading.",
        "Already a subscriber? Log in to continue reading.",
    ]:
        assert blocks(paragraphs(*EN, notes)) == EN, notes
    said = [
        "The paper moved its best stories behind a paywall, for subscribers only. Readers left.",
        "Content for subscribers only. That was the rule of the paper for many years.",
    ]
    assert blocks(paragraphs(EN[0], *said)) == [EN[0], *said]


def test_a_table_of_contents_goes_with_its_label_but_a_list_of_footnotes_stays():
    toc = (
        '<div class="toc"><p>目录</p><ol><li><a href="#s1">一、排名</a></li>'
        '<li>2. <a href="#s2">二、原因</a><ul><li><a href="#s2-1">老板的话</a></li></ul></li></ol></div>'
    )
    article = (
        f'<h2 id="s1">一、排名</h2>{paragraphs(*ZH[:2])}<h2 id="s2">二、原因</h2><p id="s2-1">{ZH[2]}</p><p>{ZH[3]}</p>'
    )
    assert blocks(f"<article>{toc}{article}</article>") == ["一、排名", *ZH[:2], "二、原因", *ZH[2:]]
    notes = (
        '<ol class="notes"><li>数据来自县统计局二〇二〇年年报。<a href="#r1">↩</a></li>'
        '<li>排名只计算了工业和税收两项。<a href="#r2">↩</a></li></ol>'
    )
    kept = blocks(f"<article>{paragraphs(*ZH)}{notes}</article>")
    assert kept[:4] == ZH and len(kept) == 6
    assert kept[4].startswith("数据来自县统计局二〇二〇年年报。") and kept[5].startswith("排名只计算了工业和税收两项。")


def test_a_box_removed_between_two_lines_of_text_still_ends_the_first_paragraph():
    # the ad box by its name (removed after the measure), the menu by its tag (removed while measuring)
    for box in [
        '<div class="gg"><a href="https://ad.doubleclick.net/x">广告</a></div>',
        "<nav><a href='/'>首页</a></nav>",
    ]:
        page = '<div class="content">' + "<br><br>".join(ZH[:2]) + box + "<br><br>".join(ZH[2:]) + "</div>"
        assert blocks(page) == ZH, box
    # a box removed between two blocks leaves nothing in their place
    assert (
        blocks(f'<div class="content">{paragraphs(*ZH[:2])}<div class="gg">广告</div>{paragraphs(*ZH[2:])}</div>') == ZH
    )


def test_a_pointer_to_another_article_under_a_bracketed_label_goes_amid_the_prose():
    pointer = '<p><a href="https://news.example.com/1">【相关新闻】暴雨过后，老城区排水系统再受考验</a></p>'
    assert blocks(f'<div class="content">{paragraphs(*ZH[:2])}{pointer}{paragraphs(*ZH[2:])}</div>') == ZH
    # a bracketed lead-in of the article's own sentence is no label ('【本报讯】…')
    own = "【本报讯】" + ZH[0]
    assert blocks(f'<div class="content">{paragraphs(own, *ZH[1:])}</div>') == [own, *ZH[1:]]


def test_a_table_of_contents_of_html4_anchors_or_encoded_names_goes_too():
    toc = '<ul><li><a href="#%E6%8E%92%E5%90%8D">排名</a></li><li><a href="#why">原因</a></li></ul>'
    article = f'<h2 id="排名">排名</h2>{paragraphs(*ZH[:2])}<h2><a name="why"></a>原因</h2>{paragraphs(*ZH[2:])}'
    assert blocks(f"<article>{toc}{article}</article>") == ["排名", *ZH[:2], "原因", *ZH[2:]]


def test_a_topics_line_is_a_keyword_group_but_a_sentence_about_topics_stays():
    for line in ["Topics: Economy, China", "话题：县城经济 人口", "話題：人口、南投"]:
        assert blocks(paragraphs(*ZH, line)) == ZH, line
    said = [
        "Topics covered in the hearing ranged widely, from taxes to schools.",
        "话题一：县城的年轻人为什么留不下来？",
        # a sentence's full stop at the line's end is a sentence's, as one before a space is
        "Topic: the vote was close.",
        "Tags are what the editors add last.",
    ]
    assert blocks(paragraphs(ZH[0], *said)) == [ZH[0], *said]


def test_a_file_cut_off_inside_its_last_character_keeps_its_text_without_a_replacement_mark():
    raw = post(paragraphs(ZH[0]) + "<p>县里的干部")[:-2]  # '部' is three bytes: one is left
    parsed = parse_post(raw, "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == [ZH[0], "县里的干"]
    assert "the file ends inside a character (cut off): its last 1 byte dropped" in parsed.problems


def test_markdown_with_an_html_block_is_read_as_markdown_when_its_only_syntax_is_links_or_a_list():
    body = (
        f'{ZH[0]}\n\n<div class="note">编者注：文中数字来自县统计局。</div>\n\n{ZH[1]}\n\n'
        "- [县志](https://archive.example.org/xianzhi)里的人口记录\n- 统计局的[年报](https://stats.example.org/2020)\n\n"
        f"{ZH[2]}\n"
    )
    kept = blocks(body)
    assert kept == [ZH[0], "编者注：文中数字来自县统计局。", ZH[1], "县志里的人口记录", "统计局的年报", ZH[2]]
    assert not any(mark in text for text in kept for mark in ("](", "- ["))


def test_wordpress_caption_and_embed_shortcodes_are_a_figure_and_a_link_in_html_and_markdown():
    # jekyll-import leaves WordPress's shortcodes in the body: the text after the picture is its caption (it was a
    # paragraph of the article, the picture without one), an embed's address is a player (it was a paragraph)
    picture = '<a href="https://news.example.com/a.jpg"><img class="wp-image-12" src="https://news.example.com/a.jpg" alt="" /></a>'
    video = "https://video.example.com/watch?v=abc123"
    html_body = (
        f'{paragraphs(ZH[0])}\n[caption id="attachment_12" align="aligncenter" width="640"]{picture} 县城的主街，摄于五月[/caption]\n'
        f"{paragraphs(ZH[1])}\n[embed]{video}[/embed]\n{paragraphs(ZH[2])}\n"
        f'[caption id="attachment_13" caption="老街的杂货店"]<img src="https://news.example.com/b.jpg">[/caption]\n'
    )
    markdown_body = (
        f'{ZH[0]}\n\n[caption id="attachment_12" width="300"]![](https://news.example.com/a.jpg) 县城的主街，摄于五月[/caption]\n\n'
        f"{ZH[1]}\n\n[embed]{video}[/embed]\n\n{ZH[2]}\n"
    )
    for body in (html_body, markdown_body):
        parsed = parse_post(post(body), "_posts/2021-05-28-a.md", now=NOW)
        assert isinstance(parsed, ParsedPost)
        kept = [(b.kind, b.text) for b in parsed.blocks]
        assert kept[:4] == [
            ("paragraph", ZH[0]),
            ("caption", "县城的主街，摄于五月"),
            ("paragraph", ZH[1]),
            ("paragraph", ZH[2]),
        ]
        assert (parsed.images[0].src, parsed.images[0].caption) == (
            "https://news.example.com/a.jpg",
            "县城的主街，摄于五月",
        )
        assert video in [link.href for link in parsed.links]
    parsed = parse_post(post(html_body), "_posts/2021-05-28-a.md", now=NOW)
    assert (parsed.images[1].src, parsed.images[1].caption) == ("https://news.example.com/b.jpg", "老街的杂货店")
    # a caption code around no picture is a code written out: its words stay, the codes go
    assert blocks(paragraphs(ZH[0], '[caption id="attachment_14"]图片已删除[/caption]')) == [ZH[0], "图片已删除"]


def test_hugos_figure_shortcode_is_a_figure():
    body = f'{ZH[0]}\n\n{{{{< figure src="/img/a.jpg" caption="县城的主街" >}}}}\n\n{ZH[1]}\n\n{{{{< youtube abc123 >}}}}\n\n{ZH[2]}\n'
    parsed = parse_post(post(body), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [(b.kind, b.text) for b in parsed.blocks] == [
        ("paragraph", ZH[0]),
        ("caption", "县城的主街"),
        ("paragraph", ZH[1]),
        ("paragraph", ZH[2]),
    ]
    assert [(i.src, i.caption) for i in parsed.images] == [("/img/a.jpg", "县城的主街")]


def _as_legacy_mojibake(text: str, encoding: str) -> str:
    """``text`` in ``encoding``, read byte by byte as Windows-1252 (Latin-1 for the bytes it leaves undefined)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode(encoding))


def test_gbk_or_big5_text_read_as_latin1_is_repaired_and_european_words_are_not():
    # a tool read a GB18030 (or Big5) page as Latin-1 and saved it as UTF-8: '½ñÄêÈýÔÂ' for '今年三月'
    for texts, encoding, name in ((ZH, "gb18030", "GB18030"), (TW, "big5hkscs", "Big5")):
        damaged = _as_legacy_mojibake(paragraphs(*texts[:2]), encoding)
        parsed = parse_post(post(damaged + paragraphs(texts[2])), "_posts/2021-05-28-a.md", now=NOW)
        assert isinstance(parsed, ParsedPost) and [b.text for b in parsed.blocks] == texts[:3], name
        assert f"1 run of {name} text read as Latin-1 ('½ñÄê' for '今年') repaired" in parsed.problems
    european = ["Le café de la gare a fermé ses portes après trente années.", "Herr Müller aß Spätzle in Köln."]
    # nor one mark repeated: an ellipsis of middle dots, an indent of no-break spaces before a dash
    marks = ["然后回家高高兴兴地炒起了土豆丝······", "\u00a0\u00a0\u00a0\u00a0\u00a0——布莱希特"]
    parsed = parse_post(post(paragraphs(*european, *marks, ZH[0])), "_posts/2021-05-28-a.md", now=NOW)
    assert [b.text for b in parsed.blocks] == [*european, marks[0], "——布莱希特", ZH[0]] and not parsed.problems


def test_utf8_text_read_as_gbk_or_big5_and_saved_again_is_read_back_and_its_losses_said():
    # a tool read a UTF-8 page as GBK and saved it as UTF-8: '浠婂勾' for '今年'; bytes no GBK pair makes became
    # U+FFFD there, so the characters they belonged to are lost for good
    misread = [t.encode("utf-8").decode("gbk", errors="replace") for t in ZH[:2]]
    assert all("锛" in m and "\ufffd" in m for m in misread)
    title = "县城".encode().decode("gbk", errors="replace")  # a short line: marked by no comma or 的
    parsed = parse_post(post(paragraphs(*misread, ZH[2]), title=title), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert parsed.title == "县城"
    texts = [b.text for b in parsed.blocks]
    assert texts[2] == ZH[2]  # a paragraph of UTF-8 text beside the misread ones stays as it was
    for text, original in zip(texts[:2], ZH, strict=False):
        kept = text.split("\ufffd")
        assert len(kept) > 1 and all(part in original for part in kept)
        assert sum(map(len, kept)) >= 0.85 * len(original)
    assert any(p.startswith("3 passages of UTF-8 text read as GB18030 and saved again") for p in parsed.problems)
    assert any("could not be recovered" in p for p in parsed.problems)
    # Big5 pairs fewer bytes: most of the text is lost, and the warehouse says so rather than keeping the nonsense
    big5 = TW[0].encode("utf-8").decode("big5", errors="replace")
    parsed = parse_post(post(paragraphs(big5)), "_posts/2021-05-28-a.md", now=NOW)
    assert any("read as Big5 and saved again" in p for p in parsed.problems)
    assert not set(parsed.blocks[0].text) & set("銝嚗鈭隞") if parsed.blocks else True
    # real text with a rare character the misreading makes ('涓涓细流') is not touched
    rare = "山谷里涓涓细流，汇成了这条河，河边的村子世代靠它灌溉。"
    parsed = parse_post(post(paragraphs(rare, *ZH[:2])), "_posts/2021-05-28-a.md", now=NOW)
    assert [b.text for b in parsed.blocks] == [rare, *ZH[:2]] and not parsed.problems


def test_a_body_stored_as_a_json_strings_escapes_is_read():
    # a scraper wrote the string as it was served: '\u4eca\u5e74…', '<p>…</p>\n<p>…</p>' with the escapes as text
    as_json = json.dumps(paragraphs(*ZH[:2]) + "\n" + paragraphs(ZH[2]))[1:-1]
    assert "\\u4eca" in as_json and "\\n" in as_json
    assert blocks(as_json) == ZH[:3]
    lines_only = json.dumps(paragraphs(*ZH[:3]).replace("</p>", "</p>\n"), ensure_ascii=False)[1:-1]
    assert blocks(lines_only) == ZH[:3]
    assert blocks(f"{ZH[0]}\\n\\n{ZH[1]}\\n\\n{ZH[2]}") == ZH[:3]  # plain text
    # a page whose script holds its state as JSON is read as it is
    state = json.dumps({"body": paragraphs(*ZH) + "\n" * 5})
    assert blocks(f"<script>window.state = {state};</script>" + paragraphs(*ZH[:2], "路径写作 C:\\new\\table。")) == [
        *ZH[:2],
        "路径写作 C:\\new\\table。",
    ]
    # an escape or two that an article shows (code, a path) amid its real lines stay as written
    shown = ["在 Python 里，换行写作 \\n，制表符写作 \\t。", '例如 print("a\\nb") 会打印两行。']
    assert blocks(f"{ZH[0]}\n\n{shown[0]}\n\n{shown[1]}\n") == [ZH[0], *shown]
    assert (
        blocks(paragraphs(ZH[0], "公式 $\\nabla \\cdot E$ 与 $a \\neq b$ 见下。", ZH[1]))[1]
        == "公式 $\\nabla \\cdot E$ 与 $a \\neq b$ 见下。"
    )


def test_a_footnotes_link_back_to_its_citation_leaves_no_arrow():
    cited = f'<p>{ZH[0]}<sup id="fnref:1"><a href="#fn:1" class="footnote">1</a></sup></p>{paragraphs(ZH[1])}'
    for back in ("&#8617;", "↩︎", "^", "↑"):
        notes = f'<div class="footnotes"><ol><li id="fn:1"><p>数据来自县统计局。 <a href="#fnref:1">{back}</a></p></li></ol></div>'
        assert blocks(cited + notes) == [ZH[0] + "1", ZH[1], "数据来自县统计局。"], back
    # a note's own number opening its box, its text in a block after it (Substack's form): no line of its own
    numbered = (
        '<div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a>'
        '<div class="footnote-content"><p>数据来自县统计局。</p></div></div>'
    )
    assert blocks(cited + numbered) == [ZH[0] + "1", ZH[1], "数据来自县统计局。"]
    # a link into the page whose text says something stays, and so does a number that a sentence goes on after
    assert blocks(paragraphs(ZH[0], '见<a href="#fn:1">注释一</a>。')) == [ZH[0], "见注释一。"]
    assert blocks(paragraphs(ZH[0]) + '<div><a href="#t2">2</a> 号表格见下。<p>表格</p></div>') == [
        ZH[0],
        "2 号表格见下。",
        "表格",
    ]


def test_a_wechat_posts_header_line_of_names_and_its_english_controls_go():
    header = "原创 王小明 县城观察 2021-05-28 10:00"
    controls = "Scan to Follow Got It Scan with Weixin to use this Mini Program Cancel Allow"
    assert blocks(paragraphs(header, *ZH, controls)) == ZH
    assert blocks(paragraphs("Scan to Follow", *ZH, "Got It")) == ZH
    # the same line amid the text is the article's (a dated entry), and so is a sentence that opens with names
    dated = ["县城观察 2021-05-28 10:00", "王小明说，会议 2021-05-28 10:00 开始。"]
    assert blocks(paragraphs(ZH[0], dated[0], ZH[1])) == [ZH[0], dated[0], ZH[1]]
    assert blocks(paragraphs(dated[1], *ZH[:2])) == [dated[1], *ZH[:2]]
    # a sentence with English control words is prose
    said = "Cancel the vote, allow the count, and scan the list again."
    assert blocks(paragraphs(ZH[0], said)) == [ZH[0], said]


def test_an_element_never_closed_does_not_take_the_rest_of_the_article():
    # a '<!--' or '<script>' with no end read everything after it as its text, a '<noscript>' or '<select>' held
    # it for a rule that drops them whole: the rest of the article was lost without a word
    for opener in ("<!-- 广告位开始 ", "<script>var slot = 1;", "<style>.ad{display:none}", "<textarea>", "<noscript>",
                   "<select><option>全部", '<iframe src="https://ads.example.com/slot">'):  # fmt: skip
        parsed = parse_post(post(paragraphs(ZH[0]) + opener + paragraphs(*ZH[1:])), "_posts/2021-05-28-a.md", now=NOW)
        assert isinstance(parsed, ParsedPost)
        assert [b.text for b in parsed.blocks] == ZH, opener
        assert parsed.removed.get("close_unclosed_elements") == 1, opener
    for opener in ("<!-- 广告位开始 ", "<title>倒数第五的县", "<style>p{margin:0}"):  # before all of it
        assert blocks(opener + paragraphs(*ZH)) == ZH, opener
    # closed, they are what they were: a script that writes markup, a comment that keeps an old paragraph
    written = "<script>document.write('<div class=\"ad\"><p>广告</p></div>');</script>"
    kept_out = "<!-- <p>旧的一段，已删去。</p> -->"
    assert blocks(paragraphs(*ZH[:2]) + kept_out + paragraphs(*ZH[2:]) + written) == ZH


def test_news_that_reports_a_notice_or_a_ruling_is_prose_not_a_notice():
    # a sentence with a notice's words is a notice only when it states one: reported by a verb of saying
    # ('法院判决指出，…著作权归摄影师所有'), or a clause among others that tell a story, it is the article's
    reported = [
        "社群平台昨晚發出公告，禁止轉載未經核實的災情訊息，並刪除了兩百多則相關貼文。",
        "地方法院判決指出，該批照片的著作權歸攝影師所有，報社未經同意使用屬於侵權。",
        "多家出版社的聯合聲明則認為，謝絕轉載的要求並不能排除合理使用的情形。",
        "监管部门周五再次提醒，市场有风险，投资需谨慎，不要盲目跟风炒作所谓的概念股。",
        "一家券商的分析师在报告末尾注明，相关内容不构成投资建议，但这份报告仍在股民群里被大量转发。",
        "根据双方此前签订的协议，合作网站在三个月内不得转载该小说的任何章节，否则须承担违约责任。",
        "他说，版权所有权的归属问题其实在一审时就已经厘清，二审争议的焦点是赔偿数额。",
    ]
    for line in reported:
        assert blocks(paragraphs(ZH[0], line, ZH[1])) == [ZH[0], line, ZH[1]], line
    # the notices themselves still go: a label before them, a rights sentence before the prohibition, a
    # request to be asked first
    notices = [
        "免責聲明：本文內容來自平台創作者，不代表本網的觀點和立場。",
        "某某网所刊载内容之知识产权为某某传媒及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。",
        "如有意愿转载，请发邮件至 rights@example.com，获得书面确认及授权后，方可转载。",
        "特别提醒：本文版权归作者所有，未经授权不得转载。",
        "声明：以上内容为平台用户上传并发布，本平台仅提供信息存储服务。",
        "※ 歡迎用「轉貼」或「分享」的方式轉傳文章連結；未經授權，請勿複製轉貼文章內容",
        "特别声明 本文为某某号作者上传并发布，仅代表该作者观点，不代表某某新闻的观点或立场，某某新闻仅提供信息发布平台。",
    ]
    for line in notices:
        assert blocks(paragraphs(*ZH, line)) == ZH, line


def test_a_byte_order_mark_before_the_generators_header_or_in_the_title_is_no_text():
    # a body whose first character is U+FEFF (two files joined, a header written by another tool)
    header = "\ufeff<!--1622167320000-->\n[老街积水](https://news.example.com/2021/05/28/b.html)\n------\n\n"
    front = '---\nlayout: post\ntitle: "\ufeff老街积水"\ndate: 2021-05-28 10:00:00 +0800\n---\n'
    parsed = parse_post((front + header + paragraphs(*ZH)).encode(), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == ZH
    assert parsed.url == "https://news.example.com/2021/05/28/b.html"
    assert parsed.title == "老街积水"


def test_a_post_padded_with_nuls_after_its_text_loads_whole():
    # a crash or a stopped copy leaves a file made to its full size first with NULs after the text
    raw = post(paragraphs(*ZH)) + b"\x00" * 600
    parsed = parse_post(raw, "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost), parsed
    assert [b.text for b in parsed.blocks] == ZH
    assert any("600 NUL bytes of padding" in problem for problem in parsed.problems)
    # NULs all through are still a binary file
    rejected = parse_post(b"\x00\x01" * 3000 + post(paragraphs(*ZH)), "_posts/2021-05-28-a.md", now=NOW)
    assert not isinstance(rejected, ParsedPost)


def test_a_paywall_box_a_players_text_and_marked_pointers_go():
    # a paywall's notes naming the outlet ('本文为某某付费内容'), its offer and a button with no link
    box = (
        '<div class="cons-pay-tip"><p>本文为某某付费内容，您可以阅读前面部分。</p><p>订阅某某通，即刻获取全部某某网文章</p>'
        '<a class="btn">立即订阅</a></div>'
    )
    assert blocks(paragraphs(*ZH[:2]) + box) == ZH[:2]
    # a player's loading message and an audio player's row; WeChat's and portals' pointers set apart by their form
    for line in ("视频加载中，请稍候...", "下载音频 00:00/00:00", "▼点击阅读原文，查看更多", "【點擊進入房屋問題專題】",
                 "看更多某某新聞報導：候選人政見總整理", "+1 收藏 我要举报"):  # fmt: skip
        assert blocks(paragraphs(ZH[0], line, *ZH[1:])) == ZH, line
    # the desk's other hands credited beside its editor, and a desk's code after the name
    for line in ("责任编辑：李某 图片编辑：张某", "责任编辑：王某 | 版面编辑：李某", "[责任编辑：李某 PF031]"):
        assert blocks(paragraphs(*ZH, line)) == ZH, line
    # the same words in sentences stay
    said = ["他点击阅读原文后才发现，这篇报道写的是另一座县城。", "看更多的书，是她给自己定下的新年目标。"]
    assert blocks(paragraphs(ZH[0], *said)) == [ZH[0], *said]


def test_a_digests_link_to_the_whole_story_leaves_its_items_sentence():
    items = ["两条公交线路因积水临时改道，预计明天恢复。", "图书馆周末延长开放时间至晚上九点。"]
    digest = "<ul>" + "".join(f'<li>{t}<a href="/a/{i}">详情&gt;&gt;</a></li>' for i, t in enumerate(items)) + "</ul>"
    assert blocks(paragraphs(ZH[0]) + digest) == [ZH[0], *items]
    # an arrow that is the sentence's own stays ('从 A 到 B >'), and so does a comparison
    kept = "今年的增速是 3.5%，去年是 2.1%，前年 > 4%"
    assert blocks(paragraphs(ZH[0], kept)) == [ZH[0], kept]


def test_a_timeline_that_opens_the_article_keeps_its_first_entrys_date():
    # a bare date and time above the text is the page's dateline; the first of a timeline's entries is the article's
    entries = ["2021年5月26日 20:00", "气象台发布暴雨黄色预警。", "2021年5月27日 06:00", "预警升级为红色，中小学停课。",
               "2021年5月28日 10:00", "积水开始消退，清淤随即展开。"]  # fmt: skip
    assert blocks(paragraphs(*entries)) == entries
    assert blocks(paragraphs("2021年5月26日 20:00", *ZH)) == ZH
    # the desk editor's credit after a <br> in the last paragraph goes, the sentence stays
    assert blocks(paragraphs(*ZH[:3]) + f"<p>{ZH[3]}<br>（责任编辑：王某）</p>") == ZH


def test_markdown_of_reference_links_kramdown_heading_ids_and_twice_escaped_html_is_read():
    # a Markdown body whose only syntax is reference links: read as plain text, it kept '[县志][1]' and its definitions
    body = f"{ZH[0]}\n\n![老桥][photo]\n\n{ZH[1]}见[县志][1]。\n\n[photo]: https://img.example.com/a.jpg\n[1]: https://example.com/xz\n"
    parsed = parse_post(post(body), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == [ZH[0], f"{ZH[1]}见县志。"]
    assert [i.src for i in parsed.images] == ["https://img.example.com/a.jpg"]
    # kramdown's id after a heading is its anchor
    assert blocks(f"## 背景 {{#bg}}\n\n{ZH[0]}\n\n## 经过\n\n{ZH[1]}\n") == ["背景", ZH[0], "经过", ZH[1]]
    # a body escaped twice (a feed's copy of a feed) keeps its paragraphs apart
    twice = "".join(f"&amp;lt;p&amp;gt;{t}&amp;lt;/p&amp;gt;" for t in ZH)
    assert blocks(twice) == ZH


def test_a_whole_feed_item_gives_its_content_once_and_a_markdown_poem_keeps_its_lines_apart():
    # an RSS <item> kept as the body: its escaped summary repeated the first paragraph, glued to it
    summary = html_lib.escape(f"<p>{ZH[0]}</p>")
    item = (
        f"<item><title>县城</title><description>{summary}</description>"
        f"<content:encoded><![CDATA[{paragraphs(*ZH)}]]></content:encoded></item>"
    )
    assert blocks(item) == ZH
    # a tutorial's example of an item, in its text, is the tutorial's
    example = "<pre><code>&lt;content:encoded&gt;正文&lt;/content:encoded&gt;</code></pre>"
    code = "```\n<content:encoded>正文</content:encoded>\n```"
    # (code keeps its words; its tags go, as paragraphs hold no markup)
    assert [t.strip() for t in blocks(paragraphs(ZH[0]) + example)] == [ZH[0], "正文"]
    markdown = [t.strip() for t in blocks(f"{ZH[0]}\n\n{code}\n\n{ZH[1]}\n")]
    assert markdown[0] == ZH[0] and markdown[-1] == ZH[1] and len(markdown) == 3
    # hard breaks (two spaces, a backslash) make a body Markdown: a poem's lines were glued, its backslash kept
    poem = "夜市收摊的时候  \n灯一盏一盏地灭了  \n只有豆腐摊的蒸汽\\\n还在往天上走\n\n" + ZH[0] + "\n"
    assert blocks(poem) == ["夜市收摊的时候 灯一盏一盏地灭了 只有豆腐摊的蒸汽 还在往天上走", ZH[0]]


def kinds(body: str) -> list[tuple[str, str]]:
    parsed = parse_post(post(body), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    return [(b.kind, b.text) for b in parsed.blocks]


def test_a_line_break_after_a_whole_sentence_in_bare_text_ends_a_paragraph():
    # a feed body of one line, its paragraphs set apart by single <br> and no <p>: each line a paragraph
    assert blocks("<br>".join(ZH)) == ZH
    assert blocks("<br>\n".join(TW) + "\n") == TW
    assert blocks(f'<div class="content">{"<br>".join(ZH[:3])}</div>') == ZH[:3]
    # inside a paragraph a <br> is the author's line break: the paragraph stays one (a poem, an address)
    assert blocks(f"<p>{ZH[0]}<br>{ZH[1]}</p>") == [f"{ZH[0]} {ZH[1]}"]
    # and between lines that end no sentence (a poem in bare text), a line break is a space
    assert blocks("夜市收摊的时候<br>灯一盏一盏地灭了<br>只有豆腐摊的蒸汽") == [
        "夜市收摊的时候 灯一盏一盏地灭了 只有豆腐摊的蒸汽"
    ]
    # a quoted sentence ends one too ('……。」')
    said = "他说：「店要传给谁，我还没想好。」"
    assert blocks(f"{said}<br>{ZH[3]}") == [said, ZH[3]]


def test_markdown_of_inline_syntax_only_is_rendered_not_kept_as_text():
    # a body whose only markup is HTML's text-level elements, an autolink or a strikethrough: Jekyll renders it
    assert blocks(f"{ZH[0]}\n\n按 <kbd>Ctrl</kbd>+<kbd>F</kbd> 搜索“县城”即可。\n") == [
        ZH[0],
        "按 Ctrl+F 搜索“县城”即可。",
    ]
    assert blocks(f"{ZH[0]}\n\n公告见 <https://gov.example.cn/notice>。\n") == [
        ZH[0],
        "公告见 https://gov.example.cn/notice。",
    ]
    assert blocks(f"{ZH[0]}\n\n费率~~去年是千分之八~~今年是千分之六。\n") == [
        ZH[0],
        "费率去年是千分之八今年是千分之六。",
    ]
    assert blocks(f"{ZH[0]}\n\n费率为 0.6<sup>%</sup>，比去年低。\n") == [ZH[0], "费率为 0.6%，比去年低。"]


def test_kramdowns_markdown_in_html_blocks_and_definition_lists_and_a_numbered_line():
    # '<div markdown="1">': kramdown reads the Markdown in it
    body = f'{TW[0]}\n\n<div markdown="1">\n{TW[1]}\n\n**{TW[2]}**\n</div>\n\n<div class="note">{TW[3]}</div>\n'
    assert blocks(body) == TW
    # a definition list: the term and its definition, each a block
    body = f"{ZH[0]}\n\n县域经济\n: 以县为单位的经济。\n\n覆盖率\n: 森林面积占土地面积的比例。\n\n{ZH[1]}\n"
    assert kinds(body) == [
        ("paragraph", ZH[0]),
        ("list_item", "县域经济"),
        ("list_item", "以县为单位的经济。"),
        ("list_item", "覆盖率"),
        ("list_item", "森林面积占土地面积的比例。"),
        ("paragraph", ZH[1]),
    ]
    # a line opening with a year and a period is a one-item list numbered 1986 to CommonMark: the year is text
    assert kinds(f"{ZH[0]}\n\n1986. 那一年县里通了公路。\n\n{ZH[1]}\n") == [
        ("paragraph", ZH[0]),
        ("paragraph", "1986. 那一年县里通了公路。"),
        ("paragraph", ZH[1]),
    ]
    # a list numbered from 3 (the rest of a list an aside broke) stays a list
    assert kinds("## 要点\n\n3. 第三点。\n4. 第四点。\n") == [
        ("heading", "要点"),
        ("list_item", "第三点。"),
        ("list_item", "第四点。"),
    ]


def test_plain_text_whose_paragraphs_open_with_an_indent_keeps_a_wrapped_line_in_its_paragraph():
    # no blank lines, each paragraph opening with '　　'; one wrapped at a width mid-word ('不|少')
    wrapped = f"　　{TW[0]}\n　　{TW[1][:20]}\n{TW[1][20:]}\n　　{TW[2]}\n　　{TW[3]}\n"
    assert blocks(wrapped) == TW
    # lines with no indent at all are each a paragraph, as before
    assert blocks("\n".join(TW) + "\n") == TW


def test_a_control_character_made_by_a_character_reference_goes():
    # a file cut inside '&#2…', and an escape character written as a reference: no text shows either
    assert blocks(paragraphs(*ZH[:2]) + f"<p>{ZH[2][:10]}&#2") == [*ZH[:2], ZH[2][:10]]
    assert blocks(f"<p>{ZH[0]}&#x1b;</p><p>第二行&#27;字</p>") == [ZH[0], "第二行字"]
    assert blocks("<p>甲&#12288;乙&#8203;丙</p>") == ["甲 乙\u200b丙"]  # not the wide space, nor zero-width


def test_hugos_params_table_gives_the_source_address():
    raw = (
        '+++\ntitle = "夜间公交上路"\ndate = 2021-05-28T10:00:00+08:00\n[params]\n'
        '  source = "https://bus.example.cn/2021/05/28/a.html"\n+++\n' + paragraphs(*ZH[:2])
    )
    parsed = parse_post(raw.encode(), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost) and parsed.url == "https://bus.example.cn/2021/05/28/a.html"


def test_an_accounts_scan_and_follow_prompts_go_and_a_story_about_following_stays():
    page = (
        paragraphs(*ZH) + '<p><img src="https://img.example.cn/qrcode.jpg"></p><p>长按识别二维码</p><p>关注城东街坊</p>'
    )
    parsed = parse_post(
        post(page).replace("记者 王小明".encode(), "城东街坊".encode()), "_posts/2021-05-28-a.md", now=NOW
    )
    assert isinstance(parsed, ParsedPost) and [b.text for b in parsed.blocks] == ZH
    # following someone else, or the author in a sentence, is the article's
    kept = ["关注城东街坊的老人们", "关注林老师", "扫描二维码时要注意核对收款人的名字，他说。"]
    parsed = parse_post(post(paragraphs(*ZH[:2], *kept)), "_posts/2021-05-28-a.md", now=NOW)
    assert [b.text for b in parsed.blocks] == [*ZH[:2], *kept]
    # a credit clause before a prompt to subscribe
    assert blocks(paragraphs(*ZH[:2], "本文由某某网整理，点击订阅每日通讯，获取精选。")) == ZH[:2]


def test_a_channels_page_lines_and_a_pointer_to_a_keyword_page_go():
    telegram = [
        "View in Telegram",
        "12 345 subscribers",
        "If you have Telegram, you can view and join 城市交通快讯 right away.",
    ]
    assert blocks(paragraphs(*ZH[:2], *telegram)) == ZH[:2]
    assert blocks(paragraphs(*ZH[:2], "点阅【菜市场】相关文章。")) == ZH[:2]
    assert blocks(paragraphs(*TW[:2], "點閱【夜間公車】相關文章")) == TW[:2]
    # the dateline's count may have no colon, and its keywords follow it
    assert blocks(paragraphs("2021-05-28 10:00 PM 人气 356 标签: 菜市场", *ZH[:2])) == ZH[:2]
    # a sentence about related articles is prose
    prose = "记者查阅了【县志】相关文章，发现这座桥在一九六五年就修过一次。"
    assert blocks(paragraphs(*ZH[:2], prose)) == [*ZH[:2], prose]


def test_a_microblogs_comment_lines_go_and_quoted_speech_stays():
    comments = [
        "网友甲：终于等到了！5月28日 10:05回复赞",
        "网友乙：能不能周末也开到晚上八点？2021-05-28 10:12 来自iPhone 回复 3",
        "查看更多评论 >",
    ]
    assert blocks(paragraphs(*ZH, *comments)) == ZH
    said = "王阿姨说：图书馆五月二十八日十点开门，欢迎大家来。"
    reply = "街道办回复：五月二十八日起延长开放时间。"
    assert blocks(paragraphs(*ZH[:2], said, reply)) == [*ZH[:2], said, reply]


def test_a_bbs_posts_header_as_plain_text_goes():
    header = "作者  nightowl (夜猫子)\n看板  Bus\n标题  [心得] 搭了一周夜间公交\n时间  Fri May 28 10:00:00 2021"
    assert blocks(f"{header}\n\n{ZH[0]}\n\n{ZH[1]}\n") == ZH[:2]
    smth = "发信人: nightowl (夜猫子), 信区: Bus\n标  题: 搭了一周夜间公交\n发信站: 青石社区 (Fri May 28 10:00:00 2021), 站内"
    assert blocks(f"{smth}\n\n{ZH[0]}\n\n{ZH[1]}\n") == ZH[:2]


def test_a_card_of_the_pages_metadata_goes_and_a_profile_card_stays():
    card = (
        "<p>【档案卡】<br>标题：县里老桥重建<br>作者：本报记者<br>发表日期：2021.5.28<br>来源：某县融媒体<br>"
        "主题归类：基础设施<br>版权说明：该作品版权归原作者所有。</p>"
    )
    assert blocks(card + paragraphs(*ZH[:2])) == ZH[:2]
    profile = "姓名：林某 年龄：四十五岁 职业：乡村教师 教龄：二十年 籍贯：本县"
    assert blocks(paragraphs(profile, *ZH[:2])) == [profile, *ZH[:2]]


def test_a_wordpress_posts_raw_content_keeps_paragraphs_set_apart_by_blank_lines_around_inline_elements():
    # jekyll-import writes WordPress's post_content as stored: no <p>, blank lines between paragraphs, a subheading
    # in <strong>, a picture or the 'more' marker alone on its line
    body = (
        f'{TW[0]}\n\n<strong>租金調高四成</strong>\n\n{TW[1]}\n\n<span id="more-88"></span>\n\n{TW[2]}\n\n'
        f'<img src="https://img.example.tw/a.jpg" alt="">\n\n[gallery ids="91,92" columns="2"]\n\n'
        f"<em>——老顧客回來了</em>\n\n{TW[3]}\n"
    )
    assert blocks(body) == [TW[0], "租金調高四成", TW[1], TW[2], "——老顧客回來了", TW[3]]
    # a bracketed line with no attributes is text a page shows (Cloudflare's stand-in for an address)
    assert blocks(f"{ZH[0]}\n\n联系\n[email protected]\n即可。\n") == [ZH[0], "联系 [email protected] 即可。"]
    # inside a paragraph of its own, an inline element and the text around it stay one paragraph
    assert blocks(f"<p>{ZH[0]}<strong>{ZH[1]}</strong></p>\n\n<p>{ZH[2]}</p>") == [ZH[0] + ZH[1], ZH[2]]


def test_importers_address_fields_give_the_url():
    for key in ("blogger_orig_url", "tumblr_url", "wordpress_url"):
        parsed = parsed_text(
            paragraphs(*ZH[:2]), front=f"title: 县城\n{key}: https://blog.example.com/2021/05/a.html\n"
        )
        assert parsed.url == "https://blog.example.com/2021/05/a.html", key


def test_windows_1252_quotes_in_a_chinese_post_are_read_so():
    # one pair of curly quotes from a Windows editor in a UTF-8 post: few bad bytes, each alone
    raw = post(paragraphs(f"老闆娘說：\x93{TW[0]}\x94", TW[1]))  # U+0093 and U+0094, each then made its byte
    raw = raw.replace("\x93".encode(), b"\x93").replace("\x94".encode(), b"\x94")
    parsed = parse_post(raw, "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost)
    assert [b.text for b in parsed.blocks] == [f"老闆娘說：“{TW[0]}”", TW[1]]
    assert parsed.problems == ["2 bytes that are not UTF-8 read as Windows-1252 (curly quotes, dashes)"]
    # a character cut in two is no quote: replaced, as before
    cut = post(paragraphs(TW[0], TW[1])).replace(TW[1][:1].encode(), TW[1][:1].encode()[:2], 1)
    parsed = parse_post(cut, "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost) and any("undecodable" in p for p in parsed.problems)


def test_a_feeds_footer_and_tracking_pixel_go():
    footers = [
        "The post 县城的夜市 appeared first on 城市观察.",
        "文章 县城的夜市 最先出现在 城市观察。",
        "县城的夜市 was originally published in 城市观察 on Medium, where people are continuing the conversation "
        "by highlighting and responding to this story.",
    ]
    for footer in footers:
        page = paragraphs(*ZH[:2]) + f'<p>{footer}</p><img src="https://feeds.example.com/~r/a/1" height="1" width="1">'
        parsed = parse_post(post(page), "_posts/2021-05-28-a.md", now=NOW)
        assert [b.text for b in parsed.blocks] == ZH[:2] and parsed.images == [], footer
    # a sentence about a post that appeared first somewhere is prose
    prose = "这篇报道最先出现在县广播站的节目里，后来才登上报纸。"
    assert blocks(paragraphs(*ZH[:2], prose)) == [*ZH[:2], prose]


def test_front_matter_never_closed_before_an_html_body_and_a_second_block_of_other_fields():
    raw = f"---\nlayout: post\ntitle: 渡轮早班提前\ndate: 2021-05-28 10:00:00 +0800\n{paragraphs(*ZH[:2])}\n"
    parsed = parse_post(raw.encode(), "_posts/2021-05-28-a.md", now=NOW)
    assert isinstance(parsed, ParsedPost) and parsed.title == "渡轮早班提前"
    assert [b.text for b in parsed.blocks] == ZH[:2] and any("not closed" in p for p in parsed.problems)
    # a second tool's block after the first: its fields read, the first's values first
    raw = (
        "---\nlayout: post\ntitle: 防汛演练提前\ndate: 2021-05-28 10:00:00 +0800\n---\n"
        "---\nauthor: 刘记者\nsource_url: https://zhen.example.cn/2021/05/28/drill.html\ntitle: 另一个标题\n---\n\n"
        + "\n\n".join(ZH[:2])
    )
    parsed = parse_post(raw.encode(), "_posts/2021-05-28-a.md", now=NOW)
    assert (parsed.title, parsed.author, parsed.url) == (
        "防汛演练提前",
        "刘记者",
        "https://zhen.example.cn/2021/05/28/drill.html",
    )
    assert [b.text for b in parsed.blocks] == ZH[:2]
    # a line between two rules at the body's start is the article's ('注意: 本周停水'), not a block of fields
    raw = "---\nlayout: post\ntitle: 停水\ndate: 2021-05-28\n---\n---\n注意: 本周停水\n---\n\n" + ZH[0]
    parsed = parse_post(raw.encode(), "_posts/2021-05-28-a.md", now=NOW)
    assert any("本周停水" in b.text for b in parsed.blocks)


def test_paywall_counters_comment_plugin_text_math_sources_and_hugo_references():
    notes = [
        "您已阅读完本月5篇免费文章。成为某某网会员，继续阅读。",
        "立即成为会员 登录",
        "本文完整版在爱发电发布，赞助后即可阅读全文。",
    ]
    assert blocks(paragraphs(*ZH[:2], *notes)) == ZH[:2]
    plugin = [
        "Please enable JavaScript to view the comments powered by Disqus.",
        "3 Comments",
        "Sort by Top",
        "Add a comment...",
        "Facebook Comments Plugin",
    ]
    assert blocks(paragraphs(*ZH[:2], *plugin)) == ZH[:2]
    formula = (
        '<p>借阅率的算法是 <math><semantics><mi>r</mi><annotation encoding="application/x-tex">r = \\frac{b}{n}'
        "</annotation></semantics></math>，其中 b 是借出册数。</p><noembed>此处为嵌入的水位图</noembed>"
    )
    assert blocks(paragraphs(ZH[0]) + formula) == [ZH[0], "借阅率的算法是 r，其中 b 是借出册数。"]
    # Hugo's reference to another post in a Markdown link: the link's text stays, as a link
    body = f'{ZH[0]}\n\n详见[去年的报道]({{{{< ref "2020-07-12-flood.md" >}}}})。\n'
    assert blocks(body) == [ZH[0], "详见去年的报道。"]


def test_arrow_pointers_network_promotions_newsletter_prompts_and_bare_photo_credits_go():
    chrome = [
        '<p><a href="https://www.example.tw/news/1"><strong>►漁民出海前必看 最新海象一次整理</strong></a></p>',
        "<p>某台中文有Instagram！欢迎搜寻mou.chinese，看更多深度报导！</p>",
        '<p><a href="https://www.example.sg/newsletter">订阅某某早报电子报，每日新闻直送邮箱</a></p>',
        "<p>Getty Images</p>",
        "<p>AFP/Getty Images</p>",
        "<p>图片来源：视觉中国</p>",
    ]
    assert blocks(paragraphs(*TW[:2]) + "".join(chrome) + paragraphs(TW[2])) == TW[:3]
    # a bullet the author marks with an arrow, not a link, stays; so does a sentence naming an agency
    kept = ["►第一，先把水桶装满。", "路透社的摄影记者当天也在现场，拍下了整条老街被淹的画面。"]
    assert blocks(paragraphs(*TW[:2], *kept)) == [*TW[:2], *kept]


def test_the_next_story_an_endless_page_loaded_is_not_added_to_the_article():
    # two sibling <article>s (with or without a class), or a box with its own <h1>: the one under the page's
    # headline is the article, even when the next story is four times as long
    nav = menu("首页 国内 国际 财经 评论 体育 文化 科技")
    for cls in (" class='post'", ""):
        page = (
            f"<div class='page'>{nav}<article{cls}><h1>夜间公交上路</h1>{paragraphs(*TW[:2])}</article>"
            f"<article{cls}><h1>避风港扩建 渔民盼明年动工</h1><time>2021-05-29</time>{paragraphs(*ZH, *TW[2:])}"
            "</article></div>"
        )
        parsed = parse_post(post(page, title="夜间公交上路"), "_posts/2021-05-28-a.md", now=NOW)
        assert [b.text for b in parsed.blocks] == TW[:2], cls
    page = (
        f"<div class='page'>{nav}<div class='story'><h1>夜间公交上路</h1>{paragraphs(*TW[:2])}</div>"
        f"<div class='story'><h1>避风港扩建</h1>{paragraphs(*ZH)}</div></div>"
    )
    parsed = parse_post(post(page, title="夜间公交上路"), "_posts/2021-05-28-a.md", now=NOW)
    assert [b.text for b in parsed.blocks] == TW[:2]


def test_a_sidebar_of_headlines_with_their_summaries_is_not_the_article():
    heads = ["县城新开三家咖啡馆", "高考期间禁鸣喇叭", "城南公园改造完工", "夏季用电高峰将至", "乡村振兴培训班开班",
             "老年大学秋季招生", "县医院新增儿科夜诊", "城北菜市场改建方案公示"]  # fmt: skip
    cards = "".join(
        f"<div class='it'><a href='/s/{i}.html'>{h}</a><p>{h}，记者从有关部门获悉，相关工作正在有序推进之中。</p></div>"
        for i, h in enumerate(heads)
    )
    page = f"<div class='wrap'><div class='left'><div class='con'>{paragraphs(*ZH[:3])}</div></div>"
    page += f"<div class='right'><div class='sl'>{cards}</div></div></div>"
    assert blocks(page) == ZH[:3]


def test_sentences_that_look_like_a_footer_row_a_pager_or_a_notice_are_the_articles():
    quoted = (
        "记者打开首页发现，页脚只有“关于我们 | 联系我们 | 隐私政策 | 网站地图”四个链接，点进“联系我们”，只有一个邮箱。"
    )
    series = ["上一篇：我们讲了老桥六十年的历史，这一篇讲新桥怎么建。", "下一篇：我们会去便桥的工地看看。"]
    statute = [
        "第三條 本館開放時間為每日上午九時至下午五時。",
        "第四條 館藏資料之著作權歸原著作人所有，本館保留出借之權利。",
    ]
    assert blocks(paragraphs(ZH[0], quoted, *series, *statute)) == [ZH[0], quoted, *series, *statute]
    # the site's own rows and pager still go
    assert blocks(paragraphs(*ZH[:2], "关于我们 | 联系我们 | 隐私政策 | 网站地图", "上一篇：县城的夜市")) == ZH[:2]


def test_front_matter_addresses_and_tags_written_with_entities_or_spaces():
    front = (
        'title: 水价\nfrom: "https://news.example.cn/show.php?id=1523&amp;page=1"\n'
        'tags: "&#22478;&#24066; 交通&amp;出行 民生&nbsp;"\n'
    )
    parsed = parsed_text(paragraphs(*ZH[:2]), front=front)
    assert parsed.url == "https://news.example.cn/show.php?id=1523&page=1"
    assert [t for t, _ in parsed.tags] == ["城市", "交通&出行", "民生"]
    folded = parsed_text(
        paragraphs(*ZH[:2]), front='title: 水价\nfrom: "https://news.example.cn/2021/05/\n  water.html"\n'
    )
    assert folded.url == "https://news.example.cn/2021/05/water.html"
    spaced = parsed_text(
        paragraphs(*ZH[:2]), front='title: 水价\nfrom: "https://news.example.cn/2021/water price.html"\n'
    )
    assert spaced.url == "https://news.example.cn/2021/water%20price.html"


def test_a_comment_box_named_discuss_or_liuyan_goes_however_long():
    comments = "".join(f"<p>网友{i}：{t}</p>" for i, t in enumerate([*ZH, *TW]))
    for name in ("discuss", "liuyan"):
        page = f"<h1>县城</h1><div class='content'>{paragraphs(*ZH[:2])}</div><div class='{name}'><h4>留言</h4>{comments}</div>"
        parsed = parse_post(post(page, title="县城"), "_posts/2021-05-28-a.md", now=NOW)
        assert [b.text for b in parsed.blocks] == ZH[:2], name


def test_english_prose_about_copyright_stays_and_english_notices_go():
    prose = [
        "Copyright in the ferry's famous logo passed to the city in 1998, when the old company was wound up.",
        "All rights reserved. Those three words were once required by a treaty for a work to be protected.",
        "Copyright lawyers say the line is harmless but misleading, because it suggests protection depends on it.",
    ]
    notices = [
        "Copyright © 2021 Harbour Media. All rights reserved.",
        "Copyright @ 2019 The Example Daily.",
        "© 2019 Example Press. All Rights Reserved. This material may not be published, broadcast or redistributed.",
    ]
    assert blocks(paragraphs(*EN[:1], *prose, *notices)) == [EN[0], *prose]
    # a statute's third item opens with '(C)': an enumerator, not the copyright sign
    items = [
        "(A) The rider picks which orders to take and when to switch the app on.",
        "(B) Carrying parcels is not what the platform itself sells to its customers.",
        "(C) The rider has run a small courier business of her own for years and takes orders from other firms too",
    ]
    assert blocks(paragraphs(*EN[:1], *items, "(c) 2021 Harbour Media")) == [EN[0], *items]


def test_an_english_pages_standfirst_support_appeal_and_author_card():
    page = (
        "<article><header><h1>Heat wave</h1><p class='summary'>The city has recorded its longest run of hot days, "
        "and labor groups want a mandatory rest break.</p><p class='byline'>By Jane Doe</p>"
        "<p><a href='https://cn.example.com/a'>Read in Chinese</a></p></header>"
        f"<section>{paragraphs(*EN[:2])}<aside class='support-appeal'><p>We have a small favour to ask. Please support "
        f"us from as little as $1.</p></aside>{paragraphs(EN[2])}</section></article>"
        "<div class='card'><p>Written by Jane Doe</p><p>312 Followers</p><p>Follow</p><p>Listen</p>"
        "<p><a href='/standards'>Why you can trust Example Post</a></p></div>"
    )
    parsed = parse_post(post(page, title="Heat wave"), "_posts/2021-05-28-a.md", now=NOW)
    assert [b.text for b in parsed.blocks] == [
        "The city has recorded its longest run of hot days, and labor groups want a mandatory rest break.",
        *EN,
    ]


def test_another_pages_link_card_amid_the_prose_goes_and_a_digest_of_cards_stays():
    # a platform's preview card of another page: a link around its title and summary in lines of their own, or
    # ending with the bare name of the site it leads to (the lines would otherwise read as paragraphs)
    boxed = (
        "<a class='link-card' href='https://notes.example.org/smr'><div>两种硬盘记录方式的区别</div>"
        "<div>为什么同样容量的硬盘，有的越写越慢？</div><div>notes.example.org</div></a>"
    )
    inline = (
        "<a class='LinkCard' href='https://link.example.com/?target=https%3A//arch.example.cn/stairs'><span>"
        "<span>住宅规范四十年</span><span><span>网页</span>arch.example.cn</span></span></a>"
    )
    for card in (boxed, inline):
        assert blocks(f"<article>{paragraphs(*ZH[:2])}{card}{paragraphs(*ZH[2:])}</article>") == ZH
    # a digest whose items are all such cards: the cards are the post
    cards = "".join(
        f"<a href='https://essays.example.net/{i}'><h3>{t}</h3><p>{t}，一篇长文的开头几句。</p></a>"
        for i, t in enumerate(HOT_ZH)
    )
    kept = blocks(f"<div><p>本周推荐：</p>{cards}</div>")
    assert all(t in kept for t in HOT_ZH), kept
    # a link around a picture and its caption, and a linked sentence that names a site, are the article's
    figure = (
        "<a href='https://img.example.org/photo/3'><figure><img src='https://img.example.org/3.jpg'>"
        "<figcaption>县城的老街，摄于清晨。</figcaption></figure></a>"
    )
    named = "<p><a href='https://data.example.gov/report'>统计局的报告全文见 data.example.gov</a></p>"
    kept = blocks(f"<article>{paragraphs(*ZH[:2])}{figure}{named}{paragraphs(*ZH[2:])}</article>")
    assert "县城的老街，摄于清晨。" in kept and "统计局的报告全文见 data.example.gov" in kept


def test_a_question_above_its_longer_answer_is_kept_with_it():
    # a Q&A page: the question's box and the answers' are made alike (one class); the answer is the longer, so it
    # is found first, and the question it answers is the article's opening
    question = "我家的面包第二天外皮就软了，放在塑料袋里保存，是哪里做错了？"
    answer = [
        "问题出在塑料袋上。面包芯的水分一夜之间往外走，塑料袋把水汽困在外皮上，外皮自然就软了。",
        "建议切面朝下放在木板上，或者装进纸袋。已经变软的话，放进热烤箱烤五分钟，外皮又会变脆。",
    ]
    page = (
        f"<div id='question'><div class='votes'>24</div><div class='post-body'><p>{question}</p></div>"
        "<div class='menu'><a>分享</a> <a>关注</a></div></div>"
        "<div id='answers'><h2>2 个回答</h2><div class='answer'><div class='votes'>41</div>"
        f"<div class='post-body'>{paragraphs(*answer)}</div><div class='menu'><a>分享</a></div></div></div>"
    )
    assert blocks(page) == [question, *answer]


def test_readers_comments_in_a_box_after_the_article_go_under_a_label_no_rule_knows():
    # each comment a name and a time, then its text, then its likes; the article's prose is in the box before, so
    # the run is readers' comments (not a thread whose first post is the article), and its heading goes with it
    comments = "".join(
        f"<div class='x-item'><span class='nm'>{name}</span><span class='tm'>2021-05-28 1{i}:20</span>"
        f"<div class='tx'>{text}</div><span class='zan'>赞 {i + 3}</span></div>"
        for i, (name, text) in enumerate(
            [
                ("阿梨", "每天只做一件事的办法我也试过，坚持了一个月，确实轻松了很多。"),
                ("北窗下", "我们这种一天要回几十封邮件的，还是离不开清单。"),
                ("小满", "写在纸上比写在手机里更有仪式感，也更容易坚持。"),
            ]
        )
    )
    page = (
        f"<div class='wrap'><div class='body'>{paragraphs(*ZH[:2])}</div>"
        f"<div class='section-x'><div class='section-x-hd'>大家都在说 <span>(3)</span></div>{comments}</div></div>"
    )
    assert blocks(page) == ZH[:2]


def test_summaries_that_close_with_a_link_to_read_the_rest_are_another_pages_teasers():
    # a portal's column beside the article, boxes of one class: two summaries each closing with '[详细]' to
    # another page are teasers, however much they read as sentences; a note's number linking to the foot is not
    teasers = "".join(
        f"<p>{t}，市里的有关部门日前对此作出了说明。<a href='/city/2021/{i}.html'>[详细]</a></p>"
        for i, t in enumerate(HOT_ZH[:2])
    )
    page = (
        f"<div class='wrap'><div class='box'><h1>倒数第五的县</h1>{paragraphs(*ZH)}</div>"
        f"<div class='box'><h3>编辑推荐</h3>{teasers}</div></div>"
    )
    assert blocks(page) == ZH


def test_an_article_split_across_boxes_of_a_sidebars_class_is_kept_whole():
    # the CMS puts each part of the body in a box whose class names a sidebar, with an ad and a sign-up box between
    # them: no one part holds half of the page's text, yet together they are the article
    page = (
        f"<div class='layout'><h1>倒数第五的县</h1><div class='sidebar-content part'>{paragraphs(*ZH[:2])}</div>"
        "<div class='ad-slot'><span>广告</span><a href='https://ad.example.cn/c'>夏季以旧换新，最高补贴八百元</a></div>"
        f"<div class='sidebar-content part'>{paragraphs(*ZH[2:])}</div></div>"
        f"<div class='side'><div class='sidebar-content'><h4>精选</h4>{links(HOT_ZH, 'div')}</div></div>"
    )
    assert blocks(page) == ZH


def test_a_bylines_mark_and_a_date_without_its_time_above_the_article_is_a_byline():
    kept = blocks(f"<div class='art'><p>文｜许一帆　2021-05-28</p>{paragraphs(*ZH)}</div>")
    assert kept == ZH
    # the date first, then the paper's reporter
    assert blocks(f"<div class='art'><p>2021-05-28 古城晚报记者 闵捷</p>{paragraphs(*ZH)}</div>") == ZH
    # a name and a date closing a letter is its signature (落款), the author's
    letter = [*ZH[:3], "王小明 2021年5月28日"]
    assert blocks(f"<div class='art'>{paragraphs(*letter)}</div>") == letter


def test_a_fact_box_amid_the_prose_named_as_a_sidebar_or_a_related_box_is_kept_when_it_has_no_link():
    facts = ["九百位常住居民", "每天四班渡轮，每班四十分钟", "一家杂货店，每周营业六天"]
    for box in (
        f"<aside class='sidebar'><h4>数字</h4><ul>{''.join(f'<li>{t}</li>' for t in facts)}</ul></aside>",
        f"<div class='related-info box'><h4>背景资料</h4>{paragraphs(*facts)}</div>",
    ):
        kept = blocks(f"<article>{paragraphs(*ZH[:2])}{box}{paragraphs(*ZH[2:])}</article>")
        assert kept == [*ZH[:2], *(["数字"] if "aside" in box else ["背景资料"]), *facts, *ZH[2:]], kept
    # with links, the box amid the prose is the related list it is named as
    related = f"<div class='related-info box'><h4>相关报道</h4>{links(HOT_ZH, 'ul')}</div>"
    assert blocks(f"<article>{paragraphs(*ZH[:2])}{related}{paragraphs(*ZH[2:])}</article>") == ZH


def test_a_closing_list_of_links_to_document_files_is_the_articles_attachments():
    files = ["2013年建筑调查报告（PDF）", "2021年保护计划草案（PDF）"]
    items = "".join(f"<li><a href='/files/doc-{i}.pdf'>{t}</a></li>" for i, t in enumerate(files))
    kept = blocks(f"<div class='node-body'>{paragraphs(*ZH)}<p>附件：</p><ul>{items}</ul></div>")
    assert kept == [*ZH, "附件：", *files]
    # a closing list of links to the site's other pages is still its related list
    assert blocks(f"<div class='node-body'>{paragraphs(*ZH)}{links(HOT_ZH)}</div>") == ZH


def test_an_english_poems_indented_lines_carry_on_the_line_before_and_its_epigraph_is_kept():
    # a verse's continued line is set in with no-break spaces after its <br>; Chinese typesetting's indent after a
    # <br> starts a paragraph (test_body), but a short line of Latin letters before it makes it a verse's
    nb = "&nbsp;" * 4
    stanzas = [
        f"One rubber band, the color of old teeth,<br>{nb}stretched past its promise.",
        f"A battery that might be dead.<br>A battery that might not.<br>{nb}I keep them both, to be fair.",
    ]
    page = (
        "<article class='poem'><h1>Inventory</h1><p class='poet'>by Odile Fenn</p><blockquote class='epigraph'>"
        "<p>“Everything you keep is a small argument with time.”</p><p>— overheard at a yard sale</p></blockquote>"
        f"<div class='poem-body'>{paragraphs(*stanzas)}<p>I close the drawer.<br>It closes slowly.</p></div></article>"
        "<div class='note'><p>Odile Fenn lives near a river.</p></div>"
    )
    assert blocks(page) == [
        "“Everything you keep is a small argument with time.”",
        "— overheard at a yard sale",
        "One rubber band, the color of old teeth, stretched past its promise.",
        "A battery that might be dead. A battery that might not. I keep them both, to be fair.",
        "I close the drawer. It closes slowly.",
    ]


def test_a_subtitle_set_as_a_heading_under_the_headline_opens_the_article():
    dek = "一个山区小县的经济排名，为什么连续三年往下掉，县里的干部和居民又怎么看？"
    page = (
        f"<div class='top'>{menu('首页 国内 国际 财经')}</div><div class='story'><div class='lead'><h1>倒数第五的县</h1>"
        f"<h3>排名背后，{dek}</h3><p class='meta'>2021-05-28</p></div><div class='text'>{paragraphs(*ZH)}</div></div>"
    )
    assert blocks(page) == [f"排名背后，{dek}", *ZH]
