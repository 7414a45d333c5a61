"""Hard cases, session 35 (2026-12-06): news portals' widgets amid the article (polls, ad boxes, pointers to other
stories, a live page's status bar) and the closing lines that bodies of other generators glue to their last
paragraph. Every page is of our own writing; each test failed before the fix it names."""

from __future__ import annotations

from tests.test_hard_cases_edges_and_rows import markdown_post
from tests.test_hard_cases_more import TW, ZH, blocks, paragraphs


def test_a_poll_amid_the_article_goes_with_its_question_and_turnout():
    radios = (
        '<div class="poll-box"><div>你家有長輩需要長期照顧嗎？</div>'
        '<label><input type="radio">有，由家人輪流照顧</label><label><input type="radio">目前沒有</label>'
        "<button>投票</button> <a>查看結果</a></div>"
    )
    buttons = (
        '<div class="c-q1"><p>你認為投票率偏低的主因是？</p><button>選期太短</button><button>對政治冷感</button>'
        "<p>已有 3,482 人參與</p></div>"
    )
    for widget in [radios, buttons]:
        assert blocks(f"<article>{paragraphs(*TW[:2])}{widget}{paragraphs(*TW[2:])}</article>") == TW, widget
    # a task list's check boxes are the article's
    tasks = (
        '<ul><li><input type="checkbox" disabled> 備好證件</li><li><input type="checkbox" disabled> 預約時段</li></ul>'
    )
    assert blocks(f"<article>{paragraphs(*TW[:2])}{tasks}{paragraphs(*TW[2:])}</article>") == [
        *TW[:2],
        "備好證件",
        "預約時段",
        *TW[2:],
    ]


def test_an_ad_box_named_in_camel_case_goes():
    ad = '<div class="adInArticle"><div class="adLabel">廣告</div><div class="adBody">暑假親子遊 門票買一送一</div></div>'
    assert blocks(f"<article>{paragraphs(*TW[:2])}{ad}{paragraphs(*TW[2:])}</article>") == TW
    # a word that only ends like a role's is no role ('MoonLandingSidebar' is a chart's name, not a sidebar)
    chart = '<div class="g-MoonLandingSidebar-dataviz"><p>每條彩色線都代表一項自 1973 年以來的探測任務。</p></div>'
    assert blocks(f"<article>{paragraphs(*TW[:2])}{chart}{paragraphs(*TW[2:])}</article>") == [
        *TW[:2],
        "每條彩色線都代表一項自 1973 年以來的探測任務。",
        *TW[2:],
    ]


def test_other_stories_amid_the_article_go_after_an_arrow_or_under_a_label_with_the_sites_word():
    arrow = '<p>▶ <a href="/news/life/20250110/tickets">台鐵春節車票第二波開搶 熱門時段秒殺</a></p>'
    assert blocks(f"<article>{paragraphs(*ZH[:2])}{arrow}{paragraphs(*ZH[2:])}</article>") == ZH
    labelled = (
        '<div class="more"><p>本網關鍵字》其他人也在看</p><ul><li><a href="/n/1">偏鄉醫師人力缺口 公費生下鄉期滿流失</a></li>'
        '<li><a href="/n/2">澎北跨海大橋夜間封閉檢修</a></li></ul></div>'
    )
    assert blocks(f"<article>{paragraphs(*TW[:2])}{labelled}{paragraphs(*TW[2:])}</article>") == TW
    # the label and its links written as lines of one box
    lines = '<b>【相關新聞】</b><br><a href="news.php?id=1">‧颱風農損初估逾十億元</a><br><a href="news.php?id=2">‧雞蛋也開始缺貨</a><br>'
    assert blocks("<div>" + "<br><br>".join(TW) + "<br><br>" + lines + "</div>") == TW
    # an author's recommended sites under the same kind of label stay
    sites = '推薦網站：<br><a href="https://tools.example.org/">tools.example.org</a><br><a href="https://guide.example.net/">安全指南</a>'
    assert "推薦網站：" in " ".join(blocks("<div>" + "<br><br>".join(TW) + "<br><br>" + sites + "</div>"))


def test_a_live_pages_status_bar_a_fold_mask_and_a_download_link_go():
    status = '<div class="live-status"><span>直播中</span> · 已有 12.6万 人观看 · <a>按时间正序</a> | <a>倒序</a></div>'
    assert blocks(f"<article>{status}{paragraphs(*ZH)}</article>") == ZH
    mask = '<div class="x-m"><span>展开剩余72%</span></div>'
    assert blocks(f"<article>{paragraphs(*ZH[:2])}{mask}{paragraphs(*ZH[2:])}</article>") == ZH
    slide = (
        '<figure><img src="/p/1.jpg"><figcaption>主燈每半小時會有一次噴水燈光秀。</figcaption></figure><p>下載原圖</p>'
    )
    assert blocks(f"<article>{paragraphs(*TW[:2])}{slide}{paragraphs(*TW[2:])}</article>") == [
        *TW[:2],
        "主燈每半小時會有一次噴水燈光秀。",
        *TW[2:],
    ]


def test_a_byline_in_corner_brackets_and_a_reporters_closing_credit_go_to_the_credits():
    post = markdown_post(f"<p>〔記者范政勳／東灣報導〕<br>{TW[0]}</p>" + paragraphs(*TW[1:]))
    assert [b.text for b in post.blocks] == TW and post.credits == ["〔記者范政勳／東灣報導〕"]
    post = markdown_post(paragraphs(*ZH, "（本报记者 葛文静 采访整理）"))
    assert [b.text for b in post.blocks] == ZH and post.credits == ["（本报记者 葛文静 采访整理）"]
    # a source line with a bar for its colon, at the article's edge
    post = markdown_post(paragraphs("来源 | 县域医疗观察", *ZH))
    assert [b.text for b in post.blocks] == ZH and post.credits == ["来源 | 县域医疗观察"]


def test_closing_lines_glued_to_the_last_paragraph_by_line_breaks_go():
    tail = "——————<br>本文版权归东岸教育观察所有，欢迎个人转发到朋友圈，媒体转载请联系授权。<br>投稿邮箱：tougao@dongan.example<br>↓↓↓ 长按关注我们 ↓↓↓"
    assert blocks("<div>" + "<br><br>".join(ZH) + "<br><br>" + tail + "</div>") == ZH
    # a plea set under the article's last line by one break: the line goes, the article's note before it stays
    award = "（本文獲第三屆南岸散文獎佳作）"
    body = (
        "<div>" + "<br><br>".join(TW) + f"<br><br>{award}<br>喜歡米粒的文字嗎？請按讚追蹤粉絲專頁「米粒的小日子」</div>"
    )
    assert blocks(body) == [*TW, award]
    # a notice asking to be asked for a repost's permission
    assert blocks(paragraphs(*ZH, "本文为南岸时报原创，转载请后台联系授权")) == ZH
