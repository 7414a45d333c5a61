"""Hard cases, session 35 (2026-12-06): news portals' widgets amid the article (polls, ad boxes, pointers to other
stories, a live page's status bar) and the closing lines that bodies of other generators glue to their last
paragraph. Every page is of our own writing; each test failed before the fix it names."""

from __future__ import annotations

from tests.test_hard_cases_edges_and_rows import markdown_post
from tests.test_hard_cases_more import TW, ZH, assert_each_goes, assert_each_stays, blocks, paragraphs


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


def test_exporters_lines_go_a_reading_time_after_a_name_controls_between_zero_width_spaces_a_file_name():
    assert blocks(paragraphs("林深6 min read·Feb 14, 2021", *ZH)) == ZH
    assert blocks(paragraphs(*ZH, "\u200b喜欢\u200b收藏\u200b申请转载")) == ZH
    figure = '<figure><img src="/i/1.png"><figcaption>image.png</figcaption></figure>'
    assert blocks(f"<article>{paragraphs(*ZH[:2])}{figure}{paragraphs(*ZH[2:])}</article>") == ZH
    assert blocks(paragraphs("这篇影评可能有剧透", *ZH)) == ZH
    # a sentence about spoilers is the review's
    said = "他说，这篇影评可能有剧透，但不影响观看。"
    assert blocks(paragraphs(said, *ZH)) == [said, *ZH]


def test_a_byte_order_mark_amid_the_body_is_no_character_of_the_text():
    post = markdown_post("\n\n".join([ZH[0][:10] + "\ufeff" + ZH[0][10:], *ZH[1:]]))
    assert [b.text for b in post.blocks] == ZH


def test_a_letters_signature_after_its_delimiter_goes():
    letter = "\n".join([*TW, "-- ", "本信件由讀者投書系統轉寄", "Sent from my iPad"])
    assert [b.text for b in markdown_post(letter).blocks] == TW
    # a long text after two hyphens is no signature
    story = "\n\n".join([TW[0], "--", *TW[1:]])
    assert [b.text for b in markdown_post(story).blocks] == TW


def test_a_newsletters_and_a_channels_own_lines_go():
    assert_each_goes(
        [
            "在浏览器中阅读本期 | 往期归档",
            "如果你是第一次收到这封邮件，欢迎！你可以点这里订阅，每周五早上送达。",
            "Sent with ❤️ via 信鸽邮件",
            "喜欢的话请一键三连！你的支持是我更新的最大动力～",
            "关注UP主，不错过下一期城市夜晚系列 →【阿景的镜头】",
            "📌 喜歡這支影片的話，記得訂閱頻道並開啟小鈴鐺🔔，才不會錯過下一集！",
            "商务合作请私信，或发邮件至 ajing@video.example",
            "💬 合作邀約：studio@mail.example",
            "扫码关注“北岭新闻网”公众号，获取更多本地资讯。",
            "喜欢就点个“赞”和“在看”吧 ↓",
        ]
    )
    # the same words in the article's sentences stay
    assert_each_stays(
        [
            "我们讨论了商业合作的前景，双方都很满意。",
            "他们在频道里讨论一键三连的意义。",
            "扫码关注的人越来越多了。",
        ]
    )


def test_the_article_again_in_the_other_script_or_run_together_goes_with_the_line_announcing_it():
    simplified = ["六月初，岭后村的早稻进入收割期，村口的晒场上，一台红色的小型收割机正在排队等候调度。", *ZH[1:]]
    traditional = ["六月初，嶺後村的早稻進入收割期，村口的曬場上，一台紅色的小型收割機正在排隊等候調度。"]
    traditional += [
        "縣裡的幹部說，排名靠後的原因主要是工業基礎薄弱，過去幾年招來的幾家企業，有的已經關門，有的搬去了鄰省。"
    ]
    traditional += [
        "但也有人認為，排名只看產值和稅收，沒有算上生態保護的貢獻，這個縣的森林覆蓋率超過百分之七十，是全省最高的。"
    ]
    traditional += ["一位在縣城開了二十年飯館的老闆說，他最關心的不是排名，而是年輕人還願不願意留下來。"]
    page = paragraphs(*simplified) + "<hr><p>以下為繁體中文版本</p>" + paragraphs(*traditional)
    assert blocks(f"<article>{page}</article>") == simplified
    # a plain-text copy with half-width punctuation, its paragraphs run together in one box
    plain = " ".join(text.replace("，", ", ").replace("。", ". ") for text in ZH)
    assert blocks(f"<article>{paragraphs(*ZH)}<div>{plain}</div></article>") == ZH
    # two paragraphs that open alike are both the article's
    alike = ["今年三月，省里公布了新一轮的县域经济排名，这一次排在第一的是邻县。", *ZH[1:]]
    assert blocks(f"<article>{paragraphs(*ZH, *alike[:1])}</article>") == [*ZH, alike[0]]


def test_a_heading_named_for_being_one_stays_and_a_headers_kicker_does_not_hide_its_standfirst():
    heading = '<h3 class="header-anchor-post">平台为什么要卖菜</h3>'
    assert blocks(f"<article>{paragraphs(*ZH[:2])}{heading}{paragraphs(*ZH[2:])}</article>") == [
        *ZH[:2],
        "平台为什么要卖菜",
        *ZH[2:],
    ]
    dek = "上游水庫攔下了泥沙，下游的土地開始一點一點還給海。"
    header = f'<header class="lf-hd"><p class="k">深度報導</p><h1>河口的消失</h1><p class="d">{dek}</p></header>'
    assert dek in blocks(f"<article>{header}{paragraphs(*TW)}</article>")


def test_an_apps_promotion_and_a_pointer_after_a_pin_go():
    promo = "不用抽 不用搶 現在用APP看新聞 保證天天中獎 <a href='/app'>點我下載APP</a>"
    assert blocks(f"<article>{paragraphs(*TW)}<p>{promo}</p></article>") == TW
    said = "他说，点击下载客户端后，手机就卡住了。"
    assert blocks(paragraphs(*ZH, said)) == [*ZH, said]
    pointer = '<p>📌 延伸閱讀：<a href="/n/3">同票抽籤怎麼抽？一次看懂規定</a></p>'
    assert blocks(f"<article>{paragraphs(*TW[:2])}{pointer}{paragraphs(*TW[2:])}</article>") == TW


def test_an_exports_footer_goes_tags_linked_to_their_pages_and_a_sign_up_forms_lines():
    footer = [
        '<p><a href="https://blog.example.com/tag/productivity?source=post">Productivity</a></p>',
        '<p><a href="https://blog.example.com/newsletters/slow">Sign up for 慢半拍周报</a></p>',
        "<p>By signing up, you will create an account if you don’t already have one. Review our privacy policy.</p>",
        "<p>Get this newsletter</p>",
        "<p>Check your inbox</p>",
        "<p>The site sent you an email at to complete your subscription.</p>",
    ]
    assert blocks(paragraphs(*ZH) + "".join(footer)) == ZH
    # a link to another page in the article's words stays
    linked = '<p><a href="https://blog.example.com/2020/09/notes">一个月的实验记录</a></p>'
    assert blocks(paragraphs(*ZH) + linked)[-1] == "一个月的实验记录"


def test_a_closing_paragraph_of_notes_one_after_another_goes():
    notes = "本报记者方敏对本文亦有贡献。未经授权，禁止转载。更多新闻请下载南岸时报客户端。"
    assert blocks(paragraphs(*ZH, notes)) == ZH
    # a closing paragraph with one sentence of the article's stays whole
    own = "他说，明天还要早起。未经授权，禁止转载。"
    assert blocks(paragraphs(*ZH, own)) == [*ZH, own]


def test_a_shows_sponsor_code_affiliate_links_and_its_channels_go():
    assert_each_goes(
        [
            "📣 本集贊助：本集由「好眠枕頭」贊助播出，輸入折扣碼 XIANGKOU 享全館八五折。",
            "🔔 追蹤我們：Instagram @xiangkou.radio ｜ Facebook 粉絲專頁「巷口電台」",
            "🛒 本集使用的工具清單（含聯盟連結）：https://link.example/tools",
        ],
        TW,
    )
    assert_each_stays(["他们发现，很多商家的优惠码被滥用了。", "追踪我们的调查：三年前的那场火灾"])


def test_a_note_that_the_text_first_ran_elsewhere_goes_to_the_credits_and_a_poem_said_to_have_run_stays():
    for note in ["本文原載於《海與史》季刊第 33 期。", "本文原载于《长桥评论》英文版，中文版由本刊编译。"]:
        post = markdown_post(paragraphs(*ZH, note))
        assert [b.text for b in post.blocks] == ZH and post.credits == [note], note
    poem = "这首诗原载于1936年的《新诗》月刊。"
    assert blocks(paragraphs(*ZH, poem)) == [*ZH, poem]


def test_a_sites_meter_cookie_notice_language_row_and_a_quizs_lines_go():
    assert_each_goes(
        [
            "您本月还可免费阅读 2 篇文章。",
            "我们使用Cookie来提供更好的阅读体验。继续浏览即表示您同意我们的Cookie政策。 [接受]",
            "本網站使用 Cookie 以提升您的瀏覽體驗。繼續使用即表示您同意我們的隱私權政策。 我知道了",
            "繁 | 简 | English | Deutsch",
            "收聽本文 06:45",
            "共 5,882 票",
            "投票將於 3 天後截止",
            "已有 1,092 人参加测验",
            "查看答案",
            "回复“双语”获取往期合集",
            "喜歡這篇文章嗎？歡迎訂閱我們的電子報，每月收到「地圖裡的爭議」系列新文。",
            "请启用浏览器的 JavaScript 功能以获得完整体验。",
        ],
        at=2,
    )
    assert_each_stays(["研究发现，使用cookie的网站中，只有三成在用户同意前不写入cookie。"])


def test_an_old_portals_rows_and_notes_after_the_article_go():
    assert_each_goes(
        [
            "列印 轉寄好友 回新聞列表",
            "相关链接：全省乡邮员表彰大会召开",
            "点击下方“阅读原文”，报名参加免费急救公益课。",
            "（本專題圖文由合作單位提供，未經同意請勿轉載。）",
        ]
    )
    # a translation's byline with its translator goes to the credits
    post = markdown_post(paragraphs("文／诺拉·费希尔 译／周远帆", *ZH))
    assert [b.text for b in post.blocks] == ZH and post.credits == ["文／诺拉·费希尔 译／周远帆"]


def test_the_lead_pictures_captions_above_the_articles_box_are_the_articles():
    figure = '<figure><img src="/p/{0}.jpg"><figcaption>{1}</figcaption></figure>'
    first, second = "果農趁著放晴，全家動員下田搶收文旦。", "被強風吹落的文旦堆在果園角落，只能低價賣給加工廠。"
    carousel = f"<amp-carousel>{figure.format(1, first)}{figure.format(2, second)}</amp-carousel>"
    page = f'<div class="w"><h1>颱風過後</h1>{carousel}<div class="b">{paragraphs(*TW)}</div></div>'
    assert blocks(page) == [first, second, *TW]
    # a teaser's card above the article, linked, is another page's
    card = f'<figure><a href="/n/2"><img src="/p/3.jpg"><figcaption>{second}</figcaption></a></figure>'
    assert blocks(f'<div class="w"><h1>颱風過後</h1>{card}<div class="b">{paragraphs(*TW)}</div></div>') == TW


def test_a_transcript_the_page_shows_on_a_click_is_the_article():
    transcript = f'<div class="video-transcript" style="display:none">{paragraphs(*ZH[1:])}</div>'
    page = f'<div class="v"><h1>视频</h1><p>{ZH[0]}</p><button>展开视频文字稿</button>{transcript}</div>'
    assert blocks(page) == ZH
    # hidden text of another name stays hidden
    hidden = f'<div class="print-only" style="display:none">{paragraphs("此页仅供打印，请勿转发给他人使用，谢谢合作。")}</div>'
    assert blocks(f"<article>{paragraphs(*ZH)}{hidden}</article>") == ZH
