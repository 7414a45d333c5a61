"""Hard cases, session 26 (2026-12-05): pages built as web apps (custom elements, shadow roots, a client-rendered
page's state) and Markdown as bots write it. Every page is of our own writing; each test failed before the fix it
names."""

from __future__ import annotations

import datetime as dt
import json

from etl.posts.parse import ParsedPost
from tests.test_hard_cases_damaged_pages import parsed
from tests.test_hard_cases_more import TW, ZH, blocks, paragraphs, post

NAV = "".join(f'<a href="/c/{i}">栏目{i}</a> ' for i in range(10))
FOOT = "<p>© 2021 城东日报 版权所有</p>"


def test_custom_elements_in_a_layout_of_blocks_are_blocks_and_their_names_are_read():
    # a browser shows an unknown element inline until the site's style sheet makes it a block: paragraphs written
    # as '<news-paragraph>' ran into one, with the menu and the sidebar glued on
    quote, subhead = "“深夜的乘客大多很安静。”司机陈师傅说。", "议员建议延伸线路"
    page = (
        f"<html><body><site-nav>{NAV}</site-nav><news-article><news-title>夜间公交</news-title>"
        + "".join(f"<news-paragraph>{t}</news-paragraph>" for t in ZH[:3])
        + f"<news-quote>{quote}</news-quote><news-subhead>{subhead}</news-subhead>"
        + f"<news-paragraph>{ZH[3]}</news-paragraph></news-article>"
        + "<app-comments><h4>留言</h4><x-comment><b>阿德</b><p>我家住十二楼，昨天晚上水压真的很小。</p></x-comment>"
        + "<x-comment><b>小芬</b><p>希望政府赶快想办法，不要每年夏天都这样。</p></x-comment></app-comments>"
        + f"<site-footer>{FOOT}</site-footer></body></html>"
    )
    kept = [b.text for b in parsed(post(page)).blocks]
    assert [t for t in kept if t != "夜间公交"] == [*ZH[:3], quote, subhead, ZH[3]]
    # a custom element inside a sentence stays inline, and amp's own are read by name as before
    inline = f"<div><p>据<source-link>县交通局</source-link>统计，{ZH[0]}</p>{paragraphs(*ZH[1:])}</div>"
    assert blocks(inline)[0] == f"据县交通局统计，{ZH[0]}"


def test_a_declarative_shadow_root_is_shown_in_place_and_only_its_own():
    # '<template shadowrootmode>' is shown where its host is; every <template> had been read as one hidden copy,
    # the related box's shadow root with the article's
    related = "".join(f'<a href="/r/{i}">相关报道第{i}篇的标题</a>' for i in range(4))
    page = (
        f"<html><body><nav>{NAV}</nav><h1>标题</h1>"
        f'<x-article-body><template shadowrootmode="open"><style>p{{margin:1em 0}}</style>{paragraphs(*ZH)}'
        f'</template></x-article-body><x-related><template shadowrootmode="open"><h4>相关</h4>{related}</template>'
        f"</x-related><footer>{FOOT}</footer></body></html>"
    )
    assert [b.text for b in parsed(post(page)).blocks] == ZH


def test_a_client_rendered_pages_state_is_its_copy_of_the_article():
    # a Next.js page shows its lead and '加载中…'; the whole text is in __NEXT_DATA__
    state = {"props": {"pageProps": {"post": {"title": "标题", "body": "\n\n".join(TW)}}}, "page": "/a/[slug]"}
    page = (
        f'<html><body><div id="__next"><div>{NAV}</div><div><h1>标题</h1><p>{TW[0]}</p><div>加载中…</div></div></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>'
        "</body></html>"
    )
    result = parsed(post(page))
    assert [b.text for b in result.blocks] == TW
    assert result.removed.get("read_app_state_copy") == 1
    # the article as a list of blocks in the state, and a page whose state holds other pages' text: not read
    blocks_state = {"article": {"blocks": [{"type": "p", "text": t} for t in ZH]}}
    page = page.replace(json.dumps(state, ensure_ascii=False), json.dumps(blocks_state, ensure_ascii=False))
    assert [b.text for b in parsed(post(page.replace(TW[0], ZH[0]))).blocks] == ZH
    assert [b.text for b in parsed(post(page)).blocks] == [TW[0]]


def assert_rules(chrome: tuple[str, ...], prose: tuple[str, ...]) -> None:
    """Each chrome line a text rule takes, no prose line."""
    from etl.posts import boilerplate

    assert [line for line in chrome if boilerplate.text_rule_for(line) is None] == []
    assert [line for line in prose if boilerplate.text_rule_for(line) is not None] == []


def md_blocks(body: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parsed(post(body), "_posts/2021-05-28-a.md").blocks]


def test_a_bots_one_line_paragraphs_are_paragraphs_where_wrapped_lines_and_poems_stay_joined():
    # each line a whole sentence of 15 characters or more, no blank line between: Markdown would make one paragraph
    assert [t for _, t in md_blocks("## 小标题\n" + "\n".join(ZH))] == ["小标题", *ZH]
    assert [t for _, t in md_blocks(f"**{TW[0][:4]}**{TW[0][4:]}\n" + "\n".join(TW[1:]))] == TW
    # after a list's item they are paragraphs after the list, not the item's continuation
    kinds = md_blocks("- 时间：5月28日上午\n- 地点：镇中心小学操场\n" + "\n".join(ZH[:2]))
    assert kinds == [("list_item", "时间：5月28日上午"), ("list_item", "地点：镇中心小学操场")] + [
        ("paragraph", t) for t in ZH[:2]
    ]
    # a paragraph wrapped at a width (lines end mid-sentence) and a poem's lines stay one paragraph each
    wrapped = f"{ZH[0][:20]}\n{ZH[0][20:]}\n\n{ZH[1]}"
    assert [t for _, t in md_blocks(wrapped)] == [ZH[0], ZH[1]]
    poem = "海是一样的海\n只是我们都提早醒了\n\n" + ZH[2]
    assert len(md_blocks(poem)) == 2


def test_a_converters_escapes_make_a_body_markdown_and_are_read_away():
    # turndown escapes a number opening a line, '_', '<', '|', and writes a line break as a backslash; with no other
    # Markdown the body was read as plain text and kept every backslash
    body = (
        r"1\. 这间书店开了五十年。"
        + "\n\n"
        + r"2\. 房东把租金调高了四成\_老板娘说撑不下去。"
        + "\n\n"
        + r"强度 \< C20，限重 5 吨\|限速 10 公里。"
    )
    assert [t for _, t in md_blocks(body)] == [
        "1. 这间书店开了五十年。",
        "2. 房东把租金调高了四成_老板娘说撑不下去。",
        "强度 < C20，限重 5 吨|限速 10 公里。",
    ]
    assert [t for _, t in md_blocks(f"{ZH[0]}\\\n{ZH[1]}\n\n{ZH[2]}")] == [f"{ZH[0]} {ZH[1]}", ZH[2]]
    # one '\_' in a plain text (a file's name) does not make it Markdown: its lines stay paragraphs
    plain = f"{ZH[0]}\n见附件 report\\_2021.pdf\n{ZH[1]}"
    assert [t for _, t in md_blocks(plain)] == [ZH[0], "见附件 report\\_2021.pdf", ZH[1]]


def test_emphasis_around_chinese_is_read_where_commonmark_leaves_its_marks():
    body = f"**“重要”**的是{ZH[0]}\n\n__馆里的__{ZH[1]}\n\n_管理员_{ZH[2]}\n\n在***等城市，{ZH[3]}"
    assert [t for _, t in md_blocks(body)] == [
        f"“重要”的是{ZH[0]}",
        f"馆里的{ZH[1]}",
        f"管理员{ZH[2]}",
        f"在***等城市，{ZH[3]}",
    ]
    # escaped marks are the text's own
    assert [t for _, t in md_blocks(f"结论为\\*危桥\\*，{ZH[0]}\n\n__{ZH[1]}__")] == [f"结论为*危桥*，{ZH[0]}", ZH[1]]
    # in an HTML block's neighbourhood too: a body of Markdown with a centred <div> is still Markdown
    body = f'<div align="center">\n\n**城西菜市场延长营业**\n\n</div>\n\n{ZH[0]}\n\n{ZH[1]}\n'
    assert [t for _, t in md_blocks(body)] == ["城西菜市场延长营业", ZH[0], ZH[1]]


def test_a_caption_under_a_markdown_picture_is_its_caption():
    body = f"![老孙](https://img.example.cn/a.jpg)\n*老孙每天凌晨两点开始磨豆子。摄影：李文*\n\n{ZH[0]}\n\n"
    body += f"![](https://img.example.cn/b.jpg)\n<center>新换的电子秤</center>\n\n{ZH[1]}\n\n"
    body += f"![](https://img.example.cn/c.jpg)\n\n图：傍晚的菜市场\n\n{ZH[2]}\n\n![](https://img.example.cn/d.jpg)\n傍晚的菜市场\n\n"
    body += f"![](https://img.example.cn/e.jpg)\n\n{ZH[3]}"
    assert md_blocks(body) == [
        ("caption", "老孙每天凌晨两点开始磨豆子。摄影：李文"),
        ("paragraph", ZH[0]),
        ("caption", "新换的电子秤"),
        ("paragraph", ZH[1]),
        ("caption", "图：傍晚的菜市场"),
        ("paragraph", ZH[2]),
        ("caption", "傍晚的菜市场"),
        ("paragraph", ZH[3]),  # a paragraph after a picture is no caption
    ]
    assert [i.caption for i in parsed(post(body), "_posts/2021-05-28-a.md").images][:2] == [
        "老孙每天凌晨两点开始磨豆子。摄影：李文",
        "新换的电子秤",
    ]


def test_an_events_time_and_a_books_editor_are_fields_of_their_record():
    # '时间：…' beside '地点：…' is the event's time, not the page's dateline; '主编：…' between a book's fields is the
    # book's editor, not the desk's credit
    event = ["时间：2021年6月5日 14:00", "地点：城西社区图书馆二楼阅览室", "费用：免费"]
    assert blocks(f"<div>{paragraphs(ZH[0], *event, ZH[1])}</div>") == [ZH[0], *event, ZH[1]]
    book = ["书名：《老街一百年》", "主编：陈德明", "出版社：城东出版社", "定价：58元"]
    assert blocks(f"<div>{paragraphs(*book, *ZH[:2])}</div>") == [*book, *ZH[:2]]
    # the page's own: a dateline beside its source, the desk's credit after a document's last line
    assert (
        blocks(f"<div>{paragraphs('时间：2021-05-28 10:00', '来源：城东日报', *ZH[:2])}</div>")[0]
        != "时间：2021-05-28 10:00"
    )
    kept = blocks(f"<div>{paragraphs(*ZH[:2], '审判员：何志明', '书记员：杨柳', '责任编辑：李晓')}</div>")
    assert "书记员：杨柳" in kept and "责任编辑：李晓" not in kept


def test_a_chrome_line_the_article_shows_as_its_example_is_the_articles():
    # introduced by the author's sentence ('…加上这样一句话：'), or spoken of right after ('这句话…'): quoted, listed or plain
    quoted = (
        "<div><p>很多网站转载文章时，都会在文末加上这样一句话：</p><blockquote><p>本文仅代表作者个人观点，不代表本平台立场。</p>"
        "</blockquote><p>律师认为，这句声明并不能免除平台的审查义务。</p></div>"
    )
    assert "本文仅代表作者个人观点，不代表本平台立场。" in blocks(quoted)
    spoken = f"<div><p>{ZH[0]}</p><blockquote><p>点击上方蓝字关注我们</p></blockquote><p>这句话最早出现在2014年前后。</p></div>"
    assert "点击上方蓝字关注我们" in blocks(spoken)
    listed = (
        "<div><p>我每天发文章前要检查的，还有结尾那几行固定的话：</p><ul><li>点击上方蓝字关注我们</li><li>喜欢就点个赞吧</li>"
        f"<li>转载请注明出处</li></ul><p>{ZH[1]}</p></div>"
    )
    assert blocks(listed)[1:4] == ["点击上方蓝字关注我们", "喜欢就点个赞吧", "转载请注明出处"]
    # the same lines as the page's chrome still go, and a label ending in a colon introduces nothing
    assert blocks(f"<div>{paragraphs(*ZH[:2])}<p>版权声明：</p><p>转载请注明出处</p></div>")[:2] == ZH[:2]
    assert "转载请注明出处" not in blocks(f"<div>{paragraphs(*ZH[:2])}<p>版权声明：</p><p>转载请注明出处</p></div>")
    assert "点击上方蓝字关注我们" not in blocks(f"<div><p>点击上方蓝字关注我们</p>{paragraphs(*ZH)}</div>")


def test_a_fold_control_with_an_arrow_after_its_label_is_a_control():
    # '點擊展開全文 ▼': the folded paragraphs are the article's, the control goes
    page = (
        f'<html><body><div class="main"><h1>标题</h1><div class="article-content"><p>{TW[0]}</p>'
        f'<div class="more-content" style="display:none">{paragraphs(*TW[1:])}</div></div>'
        '<div class="expand-btn">點擊展開全文 ▼</div></div></body></html>'
    )
    assert [b.text for b in parsed(post(page)).blocks] == TW


PICKS = [
    (
        "一个修鞋匠的四十年",
        "从十八岁在百货大楼门口摆摊，到如今在地铁站旁守着一间小铺，老周说自己这辈子只会做这一件事。",
    ),
    ("夜班公交上的城市", "我们跟着末班车跑了一整夜，遇到了刚下手术台的医生、收摊的烧烤老板和赶早班火车的学生。"),
    ("老厂房里的新书店", "一家开在纺织厂旧车间里的书店，用当年的纺纱机做书架，周末常常挤满了来拍照的年轻人。"),
]
PICKS_BOX = (
    '<div class="box2"><h3>编辑精选</h3>'
    + "".join(
        f'<div class="item"><h4><a href="/f/{i}.html">{t}</a></h4><p>{s}</p></div>' for i, (t, s) in enumerate(PICKS)
    )
    + "</div>"
)


SIDE_NEWS = [
    (
        "城北污水处理厂通水试运行",
        "这座日处理能力五万吨的污水处理厂建在工业园东侧，试运行期间每两小时检测一次出水水质。",
    ),
    ("老城区三条背街小巷完成改造", "改造后的巷子铺上了透水砖，埋设了雨水管，沿街的二十多户居民还在门前种上了月季。"),
    ("市一中新校区明年秋季招生", "新校区位于南湖片区，设计规模为六十个教学班，学校表示首年将招收高一新生十二个班。"),
    (
        "暑期公益游泳培训开始报名",
        "今年共有十四个场馆参与公益培训，每期十天，报名采取线上预约的方式，每个孩子限报一期。",
    ),
    ("环城绿道西段向市民开放", "西段全长七点八公里，沿途设有四个驿站和两处观景平台，夜间照明开放到晚上十点。"),
    ("菜篮子价格监测周报", "本周猪肉价格比上周下降百分之三，叶菜类受降雨影响小幅上涨，鸡蛋价格保持平稳。"),
]
COMMENTS = [
    ("老街坊", "我家就住在桥的北头，那个路口早就该整治了，每天早上货车一辆接一辆，电动车根本挤不过去。"),
    ("城东打工人", "说句公道话，司机也不容易，钢管没捆好是装车的问题，不能全怪开车的人，护栏也该查一查。"),
    ("小鱼", "早上送孩子上学路过，看见交警已经在指挥了，绕滨江路多花了十五分钟，幸好没有人受伤。"),
    ("一只猫", "这座桥修了快三十年了，当年通车的时候全城的人都跑去看，现在天天堵，真希望新桥快点建起来。"),
    ("路人甲", "建议媒体跟进一下，侧翻的原因到底是超载还是车速太快，不能每次都是一句正在调查就没有下文。"),
]


def test_a_one_sentence_article_is_not_joined_by_the_lists_and_comments_that_rival_it():
    # the close rivals of the best box (an article split across boxes) had counted a sidebar of summaries, a box of
    # picks, a comment thread, and the best box itself when it had been replaced: the page's wrapper was taken whole
    sentence = "截至今晚八点，北引桥事故现场已清理完毕，双向车道全部恢复通行。"
    side = "".join(
        f'<div class="item"><h4><a href="/n/{i}.html">{t}</a></h4><p>{x}</p></div>'
        for i, (t, x) in enumerate(SIDE_NEWS)
    )
    comments = "".join(
        f'<div class="c-item"><div class="c-user"><a href="/u/{i}">{who}</a><span>2021-05-28 1{i}:0{i}</span></div>'
        f'<div class="c-text">{words}</div><div class="c-act"><a href="#">回复</a> <a href="#">赞({i})</a></div></div>'
        for i, (who, words) in enumerate(COMMENTS)
    )
    page = (
        f'<html><body><div class="wrap"><div class="art"><h1>北引桥恢复通行</h1><div class="art-txt"><p>{sentence}</p>'
        f'</div></div><div class="nav">{NAV}</div><div class="right-col"><div class="side-news"><h3>本地要闻</h3>{side}'
        f'</div></div>{PICKS_BOX}<div class="pl-wrap"><h3>大家都在说</h3>{comments}</div></div>'
        f'<div class="foot">{FOOT}</div></body></html>'
    )
    assert [b.text for b in parsed(post(page)).blocks] == [sentence]


def test_a_data_tables_cells_are_values_not_labels():
    # '广告' and '推广' in a revenue table's rows, '讚' and '分享' over columns of counts, '—' for no value
    rows = [("年份", "广告", "推广", "发行"), ("2019", "120", "—", "300"), ("2020", "95", "40", "280")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    kept = blocks(f"<div>{paragraphs(*ZH[:2])}{table}{paragraphs(*ZH[2:])}</div>")
    assert kept == [*ZH[:2], *[c for r in rows for c in r], *ZH[2:]]
    # a lone label between paragraphs still goes
    assert "广告" not in blocks(f"<div>{paragraphs(*ZH[:2])}<p>广告</p>{paragraphs(*ZH[2:])}</div>")


def test_more_phrasings_of_prompts_disclaimers_and_pagers():

    assert_rules(
        chrome=(
            "记得订阅频道，打开小铃铛，每周五更新！",
            "喜欢这篇文章的话，记得点个赞吧！",
            "免責聲明：本新聞稿由發布單位提供，內容不代表本網立場。",
            "第 1 頁／共 3 頁 下一頁 ›",
        ),
        prose=("记得带伞，明天有雨。", "他说，这篇文章的内容不代表本报的立场，这是常识。", "1/3"),
    )


def test_a_forum_threads_first_post_is_the_article_and_its_replies_go():
    # floors made alike, each with its member's panel, its time and its controls: with no prose before them the run is
    # a thread, and its first post the one the others reply to (it had gone with the replies, the page left empty)
    def floor(n: int, who: str, texts: list[str]) -> str:
        return (
            f"<div id='post_{1000 + n}' class='plhin'><table><tr><td class='pls'><div class='authi'><a>{who}</a></div>"
            f"<div>帖子 12{n} 积分 38{n}</div></td><td class='plc'><div class='pi'><strong>{n}楼</strong> "
            f"<em>发表于 2021-05-28 1{n}:15</em> | 只看该作者</div><div class='t_f'>{paragraphs(*texts)}</div>"
            "<div class='po'>回复 支持 反对</div></td></tr></table></div>"
        )

    replies = [
        "我们楼也在签字，一楼的邻居一直不同意，看了你的经验很有帮助。",
        "补贴是怎么申请的？街道说要先有设计方案才能报，是这样吗？",
        "支持楼主，老人上下楼太难了，希望我们楼明年也能装上电梯。",
    ]
    page = (
        "<html><body><div class='wrap'><div class='left'><h1>我们楼装电梯的全过程</h1><div id='postlist'>"
        + floor(1, "桥头老周", ZH)
        + "".join(floor(n + 2, f"邻居{n}", [text]) for n, text in enumerate(replies))
        + "</div><div class='pgs'>1 2 3 下一页</div></div></div></body></html>"
    )
    kept = [b.text for b in parsed(post(page)).blocks]
    assert [t for t in kept if t in ZH] == ZH
    assert not any(reply in kept for reply in replies)
    assert not any(
        t in kept for t in ("帖子 121 积分 381", "回复 支持 反对", "1楼 发表于 2021-05-28 11:15 | 只看该作者")
    )


def test_a_bio_of_the_person_the_article_is_about_stays_and_the_writers_goes():
    about = [
        "上周六，七十三岁的陈德明带着新书《老街一百年》，给街坊们讲了一下午老街的故事。",
        "这本书他写了三年，陈德明说，每个周末他都拎着录音笔去老街，找老人聊天。",
    ]
    bio = "陈德明，1948年生于城东老街，退休中学语文教师，著有《码头旧事》。"
    assert blocks(f"<div>{paragraphs(*about)}<h3>关于作者</h3><p>{bio}</p></div>") == [*about, "关于作者", bio]
    writer = "李文，城东日报记者，关注城市更新与社区生活。"
    assert blocks(f"<div>{paragraphs(*about)}<h3>关于作者</h3><p>{writer}</p></div>") == about
    # round 34: the label on a line of its own is no name; a review's note on the book's author ('本书作者…'); a bio
    # in Latin letters whose surname the prose repeats
    review = [
        "《潮水退去以后》写的是一个渔村三十年的变迁，以一位代课老师为线索。",
        "缺点也很明显，后半部分节奏太快，几个人物的结局一笔带过。",
    ]
    novelist = "本书作者周海生，1962年生于渔村，当过二十年乡村教师，这是他的第一部长篇小说。"
    assert blocks(f"<div>{paragraphs(*review, '关于作者：', novelist)}</div>") == [*review, "关于作者：", novelist]
    english = [
        "Salt Year follows one family through a decade on the island, and Lind writes its work with real care.",
        "Lind is less sure with the town, whose people stay sketches, but the farm chapters are the best in years.",
    ]
    lind = "Mara Lind grew up on a salt farm on the island and worked there until she was thirty."
    assert blocks(f"<div>{paragraphs(*english, 'About the author', lind)}</div>") == [
        *english,
        "About the author",
        lind,
    ]


def test_an_answer_under_a_question_a_documents_signature_and_a_forums_trail():
    faq = (
        "<div><h3>Q4：怎樣收到停駛通知？</h3><p>請按讚並追蹤交通局粉絲專頁，停駛消息會第一時間公布。</p>"
        + paragraphs(*TW)
        + "</div>"
    )
    assert "請按讚並追蹤交通局粉絲專頁，停駛消息會第一時間公布。" in blocks(faq)
    # a box named as a signature holding who issued a notice and when is the notice's (落款), not a member's motto
    notice = (
        f'<html><body><div class="nav">{NAV}</div><div class="main"><h1>通知</h1><div class="content">'
        f'{paragraphs(*ZH)}<div class="sign"><p>城东区发展和改革局</p><p>2021年6月10日</p></div></div></div></body></html>'
    )
    kept = [b.text for b in parsed(post(notice)).blocks]
    assert kept[-2:] == ["城东区发展和改革局", "2021年6月10日"]
    from etl.posts import boilerplate

    assert boilerplate.text_rule_for("城东论坛 › 生活 › 业主之家 › 我们楼装电梯的全过程") is not None
    assert boilerplate.text_rule_for("他说：价格 › 成本 › 利润，这是顺序。") is None


def test_a_line_of_only_the_posts_author_above_the_article_is_its_byline():
    front = '---\ntitle: "标题"\ndate: 2021-05-28 10:00:00 +0800\nauthor: 胡平\n---\n'
    result = parsed(f"{front}<div><p>胡平</p>{paragraphs(*ZH)}<p>胡平</p></div>".encode(), "_posts/2021-05-28-a.md")
    assert [b.text for b in result.blocks] == [*ZH, "胡平"]  # (the name at the end may sign it: it stays)


def test_a_markdown_bots_title_after_its_source_line_and_without_its_tag():
    def kept(title: str, body: str) -> list[str]:
        front = f'---\ntitle: "{title}"\ndate: 2021-05-28 10:00:00 +0800\n---\n'
        return [b.text for b in parsed(f"{front}{body}".encode(), "_posts/2021-05-28-a.md").blocks]

    # (the source line above it goes to the post's credits, session 34)
    assert kept("夜间公交上路", "> 来源：城东日报\n\n# 夜间公交上路\n\n" + "\n\n".join(ZH)) == ZH
    assert kept("[城东日报] 夜间公交上路", "## 夜间公交上路\n\n" + "\n\n".join(ZH)) == ZH
    # a heading of that name below the article's first paragraph is a section's
    assert "夜间公交上路" in kept("夜间公交上路", f"{ZH[0]}\n\n## 夜间公交上路\n\n{ZH[1]}")


def test_a_wechat_pages_header_card_and_prompts_with_a_pointing_hand():
    from etl.posts import boilerplate

    assert boilerplate.is_bare_timestamp("原创 李文 城东街坊 2021-05-28 10:00 发表于浙江")
    assert_rules(
        chrome=(
            "微信号 chengdongjiefang",
            "功能介绍 记录城东的人和事",
            "👉 加入LINE好友，新聞不漏接",
            "Follow 我哋 IG：@sspnews",
        ),
        prose=("功能介绍里写着一句话，让人印象深刻。", "他在微信号上发了一条消息。", "Follow the money, he said."),
    )


def long_part(n: int) -> list[str]:
    places = ["老街", "码头", "粮站", "渡口", "菜场", "书店", "祠堂", "水井"]
    return [
        f"第{i + 1}次走访{places[i % 8]}时，居民们说起了{places[(i + 3) % 8]}的旧事，有人记得{1950 + i}年的大水。"
        for i in range(n)
    ]


def test_a_long_articles_short_closing_sections_in_boxes_of_their_own_stay():
    # one big part outweighs the short sections after it: boxes of a heading and a paragraph or two under the big
    # part's floor had been left out ('二、管', '三、等', '结语')
    main = long_part(32)
    parts = [
        ("二、管", ["街道办说，第三阶段的修缮明年开工，老井会保留下来。", "居委会把修缮的账目贴在了巷口的公告栏上。"]),
        ("三、等", ["许长根说，他只希望巷口那棵槐树别被砍掉。"]),
        ("结语", ["这一次，巷子里的人没有再吵。"]),
    ]
    body = (
        f"<div><div class='lead'>{paragraphs(*ZH[:2])}</div><div class='body-main'><h2>一、修</h2>{paragraphs(*main)}</div>"
        + "".join(f"<div class='part-{n}'><h2>{h}</h2>{paragraphs(*ps)}</div>" for n, (h, ps) in enumerate(parts))
        + "</div>"
    )
    kept = blocks(body)
    assert kept[-7:] == [text for heading, ps in parts for text in (heading, *ps)]
    assert all(text in kept for text in main)


def test_cards_the_article_introduces_are_its_own_reading_list():
    intro = "采访的两年里，我们反复翻看本报过去的几篇报道，按发表时间排列如下，每篇后面是我们重读时的想法："
    cards = "".join(
        f'<div class="item"><h4><a href="/{2015 + i}/0{i + 1}/{i}.html">{t}</a></h4><p>{c}</p></div>'
        for i, (t, c) in enumerate(
            [
                ("老井还能用吗", "那时我们以为老井会被填掉。"),
                ("槐树巷的早市", "早市后来搬走了，这篇成了记录。"),
                ("修缮方案公示", "方案改了三稿，这是第一稿。"),
            ]
        )
    )
    kept = blocks(
        f"<div>{paragraphs(*ZH[:2])}<p>{intro}</p><div class='reading'>{cards}</div>{paragraphs(*ZH[2:])}</div>"
    )
    assert "老井还能用吗" in kept and "方案改了三稿，这是第一稿。" in kept
    # the same cards under a related-reading label go
    related = blocks(f"<div>{paragraphs(*ZH)}<p>延伸阅读：</p><div class='reading'>{cards}</div></div>")
    assert "老井还能用吗" not in related


def test_a_pull_quote_before_its_paragraph_leaves_the_paragraph_as_a_paragraph():
    quote = "修缮最难的，从来不是房子本身，而是住在房子里的那些人的心思。"
    kinds = md_blocks(f"> {quote}\n\n{quote}\n\n{ZH[0]}")
    assert kinds == [("paragraph", quote), ("paragraph", ZH[0])]


def test_an_article_about_paywalls_keeps_its_quotes_and_headings_while_notes_and_native_ads_go():
    from etl.posts import boilerplate

    quoted = "读者最常截图吐槽的一句话是“订阅后阅读全文”。"
    assert boilerplate.text_rule_for(quoted) is None
    assert boilerplate.text_rule_for("订阅后阅读全文") is not None
    assert blocks(f"<div>{paragraphs(*ZH[:2])}<h2>付费阅读</h2>{paragraphs(*ZH[2:])}</div>")[2] == "付费阅读"
    for line in (
        "（广告）城东家具城周年庆，全场限时八折。",
        "全场限时八折，欢迎选购。（廣告）",
        "Sponsored 澎湖跳島三日遊 早鳥優惠每人折千元",
        "贊助",
        "1元开通",
        "☆延伸閱讀☆",
        "本文共2页",
    ):
        rule = boilerplate.text_rule_for(line) or ("label" if main_content_label(line) else None)
        assert rule is not None, line
    for line in (
        "报纸的收入主要来自广告（约六成）和发行。",
        "3 註冊",
        "开通了地铁",
        "广告主的困境",
        "Sponsored by the city, it drew crowds.",
    ):
        assert boilerplate.text_rule_for(line) is None, line


def main_content_label(text: str) -> bool:
    from etl.posts import main_content

    return main_content.reads_as_related_label(text)


def front_matter_post(front: str, name: str = "_posts/2021-05-28-a.md") -> ParsedPost:
    return parsed(f"{front}\n{ZH[0]}\n\n{ZH[1]}\n".encode(), name)


def test_other_generators_front_matter_keys_give_the_right_instant_author_url_and_tags():
    # Ghost: published_at is the publication, created_at the draft's (a day before); primary_author's name
    ghost = front_matter_post(
        '---\ntitle: "t"\ncreated_at: 2021-05-27T12:00:00.000Z\npublished_at: 2021-05-28T02:00:00.000Z\n'
        "primary_author:\n  name: 李文\n  slug: liwen\n---"
    )
    assert ghost.published_at == dt.datetime(2021, 5, 28, 2, tzinfo=dt.UTC) and ghost.author == "李文"
    # Medium: canonical_link and keywords; an author written with their mail
    medium = front_matter_post(
        "---\ntitle: t\ndate: '2021-05-28T02:00:00.000Z'\nkeywords: [城市, 菜市场]\n"
        "canonical_link: https://news.example.cn/a.html\nauthor: 李文 <liwen@example.cn>\n---"
    )
    assert (medium.url, medium.author) == ("https://news.example.cn/a.html", "李文")
    assert [t for t, _ in medium.tags] == ["城市", "菜市场"]
    # Hugo's [params] and Zola's [taxonomies] and [extra]
    zola = front_matter_post(
        '+++\ntitle = "t"\ndate = 2021-05-28T10:00:00+08:00\n[taxonomies]\ntags = ["城市", "民生"]\n[extra]\n'
        'author = "李文"\nsource = "https://news.example.cn/z.html"\n+++'
    )
    assert (zola.author, zola.url, [t for t, _ in zola.tags]) == (
        "李文",
        "https://news.example.cn/z.html",
        ["城市", "民生"],
    )


def test_front_matter_values_as_written_hashtag_tags_and_an_unpadded_file_date():
    assert front_matter_post("---\ntitle: 1.10\ndate: 2021-05-28\ntags: [3.10, 城市: 西区]\n---").title == "1.10"
    post_tags = front_matter_post("---\ntitle: t\ndate: 2021-05-28\ntags: [3.10, 城市: 西区]\n---").tags
    assert [t for t, _ in post_tags] == ["3.10", "城市: 西区"]
    for tags in ("tags: #城市 #民生", "tags:\n  - #城市\n  - #民生"):
        assert [t for t, _ in front_matter_post(f"---\ntitle: t\ndate: 2021-05-28\n{tags}\n---").tags] == [
            "城市",
            "民生",
        ]
    tabbed = front_matter_post("---\ntitle: t\ndate: 2021-05-28\nauthor:\n\tname: 李文\n---")
    assert tabbed.author == "李文"
    unpadded = front_matter_post("---\ntitle: t\n---", "_posts/2021-5-8-a.md")
    assert unpadded.published_at == dt.datetime(2021, 5, 8, tzinfo=dt.UTC)


def test_wechats_section_paragraphs_score_and_a_widget_in_a_names_middle_is_no_widget():
    # WeChat writes each paragraph as a <section>: they never scored, and a mirror's two-paragraph note won
    note = (
        "<div class='mirror-note'><p>本文由镜像站自动存档，原文可能已被删除，存档时间以页面为准，仅供研究使用。</p>"
        "<p>如需引用，请注明原始出处与存档时间，谢谢各位读者的理解与支持。</p></div>"
    )
    wechat = (
        f"<html><body>{note}<div id='js_content'>"
        + "".join(f"<section>{t}</section>" for t in ZH)
        + "</div></body></html>"
    )
    assert [t for t in (b.text for b in parsed(post(wechat)).blocks) if t in ZH] == ZH
    # Telegram's message box ('tgme_widget_message_text') is the message, not a sidebar widget
    telegram = (
        f"<html><body><div class='tgme_header'>{NAV}</div><div class='tgme_widget_message_wrap'>"
        f"<div class='tgme_widget_message_text'>{'<br>'.join(ZH)}</div></div><div class='sidebar-widget'>{NAV}</div>"
        "</body></html>"
    )
    assert [b.text for b in parsed(post(telegram)).blocks] == ZH


def test_a_fact_box_closing_the_articles_text_inside_its_box_stays():
    fact = "<aside><h4>小资料</h4><p>北引桥建成于1995年，全长约八百米，是城东唯一一座跨江大桥。</p></aside>"
    page = (
        f"<html><body><div class='nav'>{NAV}</div><article><h1>标题</h1>{paragraphs(*ZH)}{fact}</article>"
        f"<div class='foot'>{FOOT}</div></body></html>"
    )
    assert "北引桥建成于1995年，全长约八百米，是城东唯一一座跨江大桥。" in [b.text for b in parsed(post(page)).blocks]


def test_players_telegrams_boards_and_newsletters_residue_lines():
    from etl.posts import boilerplate

    assert_rules(
        chrome=(
            "00:00 / 08:42",
            "12.6万次播放2021-05-28",
            "视频加载中，请稍候...02:31",
            "选择语言版本",
            "Preview channel",
            "Thanks for reading 城东周记! Subscribe for free to receive new posts and support my work.",
            "[上一帖] [返回論壇] [發新帖] [下一帖]",
            "送交者: slowrider 於 2021-05-28 10:02:11 已讀 1986 次",
            "好文，收藏 abc (0 bytes) 2021-05-28",
        ),
        prose=("他在10:30 / 11:00之间到达。", "这段视频有12万次播放，超出预期。"),
    )
    assert boilerplate.strip_screen_reader_labels("视频加注文字，记者走访长者食堂") == "记者走访长者食堂"


def test_a_markdown_post_whose_only_html_is_in_a_highlight_block_is_markdown_and_keeps_its_sample():
    # Liquid's highlight block (or a fenced block) showing HTML: the post is Markdown about HTML, and the sample is code,
    # not the page's navigation (read as HTML, the sample's <nav> went, and the post with it)
    body = (
        '面包屑是一串链接，所以要用列表来写，并给导航区域加上标签。\n\n{% highlight html %}\n<nav aria-label="面包屑">\n'
        '  <ol>\n    <li><a href="/">首页</a></li>\n    <li><a href="/guides/">指南</a></li>\n  </ol>\n</nav>\n'
        "{% endhighlight %}\n\n分隔符应该写在样式表里，而不是写在文字里，这样读屏软件就不会在每个链接之间念出“斜杠”。\n"
    )
    kept = blocks(body)
    assert kept[0].startswith("面包屑是一串链接") and kept[-1].startswith("分隔符应该写在样式表里")
    assert len(kept) == 3 and "首页" in kept[1] and "指南" in kept[1]


def test_a_link_to_another_post_by_liquids_post_url_keeps_its_words():
    body = f"{ZH[0]}\n\n上一篇观测报告见[去年的总结]({{% post_url 2020-03-01-winter-report %}})。\n"
    assert blocks(body) == [ZH[0], "上一篇观测报告见去年的总结。"]


def test_notes_quoted_whole_and_hashtags_in_a_tables_cells_are_the_articles():
    # an article studying paywall wordings quotes them, each in quotation marks: quoted words are the author's
    quoted = ["“剩余 70% 内容付费阅读”", "“订阅后可阅读全文”"]
    assert blocks(f"<article>{paragraphs(*ZH[:2])}<blockquote>{paragraphs(*quoted)}</blockquote></article>") == [
        *ZH[:2],
        *quoted,
    ]
    # a table of the hashtags an article counts: each tag is a cell of its row
    rows = "".join(f"<tr><td>{tag}</td><td>{n}</td></tr>" for tag, n in [("#打工人#", "12.4万"), ("#内卷#", "9.8万")])
    kept = blocks(f"<article>{paragraphs(*ZH[:2])}<table><tr><th>话题</th><th>帖子数</th></tr>{rows}</table></article>")
    assert "#打工人#" in kept and "#内卷#" in kept, kept


def test_a_markdown_link_to_a_script_is_read_as_a_link_not_left_as_its_source():
    # markdown-it refuses 'javascript:' addresses and leaves '[…](…)' as text; read as a link, the control is a label
    body = f"{ZH[0]}\n\n## 排名之外\n\n{ZH[1]}\n\n[Print this page](javascript:window.print()) · Back to top\n"
    assert blocks(body) == [ZH[0], "排名之外", ZH[1]]
