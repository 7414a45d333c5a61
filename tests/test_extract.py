"""Main content of whole pages: one hand-written fixture per principle of ``etl.posts.main_content``.

Every page here is our own writing. Class names are deliberately bland (``box``, ``col``) where a
principle, not a rule, must find the article.
"""

from __future__ import annotations

from etl.posts.body import Body, body_to_blocks, html_to_body, max_nesting

# Four paragraphs of one article, comma-rich as Chinese prose is.
A1 = "县城北边的旧粮仓空了十几年，今年春天，几个从外地回来的年轻人把它租下来，改成了一间书店兼咖啡馆。"
A2 = "开业第一个月，来的人大多是好奇的邻居，有人点一杯茶坐一下午，有人只是进来看看屋顶的木梁，拍几张照片就走。"
A3 = "店主说，书店不赚钱，靠的是周末的市集和暑假的亲子课程，房租虽然便宜，但冬天取暖是一笔不小的开销。"
A4 = "镇上的老人记得，粮仓最热闹的时候是八十年代，每到秋收，卡车排到路口，晒场上铺满了金黄的稻谷。"
ARTICLE = [A1, A2, A3, A4]


def texts(body: Body) -> list[str]:
    return [b.text for b in body.blocks]


def paragraphs(*items: str) -> str:
    return "".join(f"<p>{t}</p>" for t in items)


def link_list(prefix: str, n: int, tag: str = "ul") -> str:
    items = "".join(
        f'<li><a href="https://site.example/{prefix}/{i}">{prefix}第{i}篇文章的标题</a></li>' for i in range(n)
    )
    return f"<{tag}>{items}</{tag}>"


def page(*parts: str) -> str:
    return "<html><head><title>t</title></head><body>" + "".join(parts) + "</body></html>"


def entry_page(entry: str) -> str:
    """A page whose article box ('entry') stands between a menu and a sidebar of linked headlines."""
    return page(
        f'<div class="nav">{link_list("menu", 12)}</div><div class="entry">{entry}</div>'
        f'<div class="side">{link_list("hot", 12)}</div>'
    )


def test_the_box_of_comma_rich_paragraphs_is_the_article_without_any_class_names():
    html = page(
        f'<div class="col">{link_list("menu", 8)}</div>',
        f'<div class="col"><div class="box">{paragraphs(*ARTICLE)}</div></div>',
        '<div class="col"><div class="box"><p>天气：晴</p><p>今日访客 1024</p></div></div>',
    )
    body = html_to_body(html)
    assert texts(body) == ARTICLE
    assert body.method == "dom+main_content"


def test_a_long_list_of_links_scores_nothing_however_long():
    # without link density, the 30 link titles would outweigh the four paragraphs
    related = "".join(
        f'<p><a href="https://site.example/r/{i}">相关报道：{i}号线地铁延误，乘客在站台等候，车站加派人手疏导，'
        f"广播反复提醒乘客改乘公交。</a></p>"
        for i in range(30)
    )
    html = page(f'<div class="box">{paragraphs(*ARTICLE)}</div>', f'<div class="box">{related}</div>')
    assert texts(html_to_body(html)) == ARTICLE


def test_link_lists_after_the_article_ends_are_pruned_but_not_those_amid_the_prose():
    amid = '<ul><li><a href="https://ref.example/1">县志·物产卷</a></li><li><a href="https://ref.example/2">粮站档案</a></li></ul>'
    html = page(f'<div class="box">{paragraphs(A1, A2)}{amid}{paragraphs(A3, A4)}{link_list("more", 6)}</div>')
    body = html_to_body(html)
    assert texts(body) == [A1, A2, "县志·物产卷", "粮站档案", A3, A4]
    assert body.removed.get("prune_link_lists") == 1


def test_a_menu_before_the_article_in_its_table_row_is_pruned():
    # an old table layout: the article's cell holds its lines split by <br>, so the row is the box;
    # the menu cell beside it is links and nothing else, before the article's first prose
    menu = "".join(f'<a href="https://site.example/c/{i}">栏目{i}</a><br>' for i in range(12))
    html = page(
        f'<table><tr><td class="l">{menu}</td><td class="m"><b>旧粮仓变书店</b><hr>',
        "<br><br>".join(ARTICLE),
        "</td></tr></table>",
    )
    body = html_to_body(html)
    assert all("栏目" not in t for t in texts(body)), texts(body)
    assert all(any(a in t for t in texts(body)) for a in ARTICLE)
    assert body.removed.get("prune_link_lists") == 1
    # the same menu under a short label of its own ('栏目导航') is still the menu
    labelled = "<b>栏目导航</b><br>" + "".join(
        f'<a href="https://site.example/c/{i}">栏目{i}</a><br>' for i in range(4)
    )
    html = page(f"<table><tr><td>{labelled}</td><td>", "<br><br>".join(ARTICLE), "</td></tr></table>")
    assert texts(html_to_body(html)) == ARTICLE


def test_a_card_of_another_article_amid_the_prose_is_a_teaser_but_a_citation_is_not():
    # a small box opening with a linked title on its own line, then a summary: another page's card;
    # a paragraph whose first words are a linked source name is the article's own sentence
    card = '<div class="box"><a href="https://site.example/n/5">粮仓书店的冬天怎么过</a><p>店主谈暖气费。</p></div>'
    cited = (
        '<div class="box"><a href="https://ref.example/1">县志</a>记载，粮仓建于一九七八年，曾是全县最大的粮站。</div>'
    )
    html = page(f'<div class="box">{paragraphs(A1, A2)}{card}{cited}{paragraphs(A3, A4)}</div>')
    body = html_to_body(html)
    assert texts(body) == [A1, A2, "县志记载，粮仓建于一九七八年，曾是全县最大的粮站。", A3, A4]
    assert body.removed.get("prune_link_lists") == 1


def test_a_summary_in_bullets_beside_the_article_box_is_the_articles():
    # each point is too short to score as a paragraph, but they are sentences with no link, right
    # above the article's box; a list of links there is not
    points = ["粮仓改成了书店，兼卖咖啡。", "周末市集，撑起了房租。", "冬天取暖，是最大的开销。"]
    summary = "<div><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul></div>"
    html = page(f'<div class="col">{summary}<div class="box">{paragraphs(*ARTICLE)}</div></div>')
    assert texts(html_to_body(html)) == [*points, *ARTICLE]
    menu = f"<div>{link_list('menu', 3)}</div>"
    html = page(f'<div class="col">{menu}<div class="box">{paragraphs(*ARTICLE)}</div></div>')
    assert texts(html_to_body(html)) == ARTICLE
    # headline-like points, no comma, no full stop: still the summary
    points = ["旧粮仓改成了书店兼咖啡馆", "周末市集撑起了房租", "冬天取暖是最大的开销"]
    summary = "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    html = page(f'<div class="col">{summary}<div class="box">{paragraphs(*ARTICLE)}</div></div>')
    assert texts(html_to_body(html)) == [*points, *ARTICLE]
    # a group of single words without links is a keyword group, not a summary
    words = (
        "<ul>"
        + "".join(
            f"<li>{w}</li>"
            for w in [
                "书店",
                "粮仓",
                "咖啡",
                "市集",
                "县城",
                "秋收",
                "稻谷",
                "晒场",
                "卡车",
                "路口",
                "木梁",
                "房租",
                "取暖",
                "亲子",
            ]
        )
        + "</ul>"
    )
    html = page(f'<div class="col">{words}<div class="box">{paragraphs(*ARTICLE)}</div></div>')
    assert texts(html_to_body(html)) == ARTICLE


def test_a_listing_of_other_articles_beside_the_article_is_not_its_continuation():
    # each teaser is an <article> with a comma-rich summary: together they score like prose, but a
    # box of compositions is a listing of other articles, not the rest of this one
    teasers = "".join(
        f'<article><h2><a href="https://site.example/n/{i}">市议会通过新规（第{i}则）</a></h2><p>{A3}</p></article>'
        for i in range(4)
    )
    html = page(f"<main><article>{paragraphs(*ARTICLE)}</article><section><h2>最新</h2>{teasers}</section></main>")
    assert texts(html_to_body(html)) == ARTICLE


def test_a_thread_of_comments_with_bland_class_names_is_not_the_article():
    # readers' comments are comma-rich prose; only the reply control under each tells them apart
    comments = "".join(
        f'<div class="it"><b>读者{i}</b><i>3小时前</i><p>{A3}</p><span>回复</span> <span>赞 {i}</span></div>'
        for i in range(4)
    )
    html = page(f'<div class="a1"><h1>粮仓书店</h1>{paragraphs(*ARTICLE)}</div><div class="list2">{comments}</div>')
    assert texts(html_to_body(html)) == ARTICLE  # the headline is the title
    # the thread inside the wrapper of the title and the article's box: the climb does not take it in
    thread = f'<div class="box2"><h3>网友评论</h3>{comments}</div>'
    html = page(f'<div class="wrap"><h1>粮仓书店</h1><div class="text">{paragraphs(*ARTICLE)}</div>{thread}</div>')
    assert texts(html_to_body(html)) == ARTICLE


def test_a_column_beside_the_titled_article_box_is_not_a_section_of_it():
    # the site's description under its own heading, in a column of another class, is comma-rich prose;
    # a section of the article under its own heading shares the article box's class and stays
    about = "本站成立于二〇一〇年，是一个由读者支持的独立媒体，我们关注劳工、环境与地方政治，所有报道都可以自由转载。"
    html = page(
        f'<div class="row"><div class="col-8"><h1>粮仓书店</h1>{paragraphs(A1, A2)}</div>'
        f'<div class="col-4"><h3>关于我们</h3><p>{about}</p></div></div>'
    )
    assert texts(html_to_body(html)) == [A1, A2]
    html = page(
        f'<div class="row"><div class="part"><h1>粮仓书店</h1>{paragraphs(A1, A2)}</div>'
        f'<div class="part"><h2>冬天</h2>{paragraphs(A3, A4)}</div></div>'
    )
    assert texts(html_to_body(html)) == [A1, A2, "冬天", A3, A4]


def test_a_small_box_opening_with_a_linked_word_shorter_than_a_title_is_not_a_card():
    # a linked word of under five characters on its own line ('注', a term) heads the article's note
    note = '<div class="box"><a href="https://ref.example/n">注释</a><p>粮站，指计划经济时期收购和储存粮食的机构。</p></div>'
    html = page(f'<div class="box">{paragraphs(A1, A2)}{note}{paragraphs(A3, A4)}</div>')
    assert texts(html_to_body(html)) == [A1, A2, "注释", "粮站，指计划经济时期收购和储存粮食的机构。", A3, A4]


def test_a_page_of_lines_too_short_to_score_loses_its_sidebar_list_but_no_line():
    # an interview's questions and answers are all shorter than a scored paragraph: no box is
    # chosen; the box around its title holds most of the page's own text and is read, so the list
    # of other pages' links beside it goes (read whole, the list was pruned as a link list)
    lines = ["问：为什么回到县城？", "答：父母年纪大了。", "问：书店能养活自己吗？", "答：还不能，靠市集补贴。"]
    html = page(
        f'<div class="box"><h1>对话书店店主</h1>{paragraphs(*lines)}</div>',
        f'<div class="box"><h3>热门</h3>{link_list("hot", 3)}</div>',
    )
    body = html_to_body(html)
    assert texts(body) == lines
    assert body.removed.get("outside_main_content") == 1  # the box of the list and its label


def test_a_menu_of_links_set_apart_by_bars_before_the_article_is_pruned():
    # the article's text is one <br>-separated run in a bare <div>, so the whole body is the box; the
    # menu before it is links and '|' separators only
    menu = "<div>" + " | ".join(f'<a href="https://site.example/c/{i}">频道{i}</a>' for i in range(8)) + "</div>"
    html = page(menu, "<div>" + "<br><br>".join(ARTICLE) + "</div>")
    body = html_to_body(html)
    assert texts(body) == ARTICLE
    assert body.removed.get("prune_link_lists") == 1


def test_a_list_of_links_that_opens_the_article_with_a_sentence_among_them_stays():
    # the article's own list before its prose (a summary of its parts) has a sentence's commas
    opening = '<ul><li><a href="#a">粮仓的历史，从八十年代说起</a></li><li><a href="#b">书店的账本，和冬天的暖气</a></li></ul>'
    html = page(f'<div class="box">{opening}{paragraphs(*ARTICLE)}</div>')
    assert texts(html_to_body(html))[:2] == ["粮仓的历史，从八十年代说起", "书店的账本，和冬天的暖气"]


def test_linked_headings_after_the_article_are_teasers():
    teasers = "".join(f'<h3><a href="https://site.example/t/{i}">另一篇报道的标题，第{i}篇</a></h3>' for i in range(3))
    html = page(f'<div class="box">{paragraphs(*ARTICLE)}<h3>小结</h3><p>{A1}</p>{teasers}</div>')
    assert texts(html_to_body(html)) == [*ARTICLE, "小结", A1]


def test_three_paragraphs_in_a_row_that_are_each_one_link_after_the_end_are_a_list_of_other_articles():
    more = "".join(f'<p><a href="https://site.example/o/{i}">另一篇报道的标题，第{i}篇</a></p>' for i in range(3))
    report = '<p><a href="https://source.example/a">粮仓改造方案全文</a></p>'
    html = page(f'<div class="box">{paragraphs(*ARTICLE)}<p>延伸阅读：</p>{more}</div>')
    assert texts(html_to_body(html)) == ARTICLE  # the list's own label goes with it
    html = page(f'<div class="box">{paragraphs(*ARTICLE)}{report}</div>')
    assert texts(html_to_body(html)) == [*ARTICLE, "粮仓改造方案全文"]  # one link is no list


def test_a_box_of_links_labelled_as_related_goes_wherever_it_sits():
    for label in ("相关阅读", "Trending News", "More Great Gazette Stories", "More in Local Politics", "More:"):
        related = f'<div class="box"><h4>{label}</h4>{link_list("rel", 3)}</div>'
        html = page(f'<div class="box">{paragraphs(A1, A2)}{related}{paragraphs(A3, A4)}</div>')
        assert texts(html_to_body(html)) == ARTICLE, label


def test_a_page_made_only_of_links_keeps_them():
    html = page('<div class="box"><h2>专题</h2>', link_list("topic", 5), "</div>")
    assert len(texts(html_to_body(html))) == 6


def test_siblings_of_the_article_box_that_read_as_prose_are_kept():
    lead = "编者按：这是本报“小城新事”系列的第三篇，记者在当地走访了两周。"
    html = page(
        f'<div class="wrap"><p>{lead}</p><div class="box">{paragraphs(*ARTICLE)}</div>'
        '<p><a href="https://site.example/next">下一篇</a></p></div>'
    )
    assert texts(html_to_body(html)) == [lead, *ARTICLE]


def test_a_paragraph_whose_first_word_is_a_link_is_prose_not_a_teaser():
    # '<a>然而</a>，...': a linked word of a sentence, not another page's linked title
    lead = '<p><a href="https://ref.example/memo">然而</a>，根据去年泄露的会议纪要，粮站的改建方案早在三年前就已经拟定。</p>'
    html = page(
        f'<div class="col">{link_list("menu", 6)}</div>',
        f'<div class="wrap"><p>{A4}</p>{lead}<div class="box">{paragraphs(A1, A2, A3, A1, A2, A3)}</div></div>',
    )
    kept = texts(html_to_body(html))
    assert kept[:2] == [A4, "然而，根据去年泄露的会议纪要，粮站的改建方案早在三年前就已经拟定。"]


def test_a_lead_section_above_the_body_section_is_the_article_too():
    # an imported post: a summary bullet, a short lead section, then the long body section; beside
    # the top box, each box of comma-rich prose with no links is the same article's
    summary = "<ul><li>粮仓变书店，一个县城的小实验，能走多远？</li></ul>"
    lead = f'<div class="section"><div class="inner">{paragraphs(A4, A3)}</div></div>'
    body = f'<div class="section"><div class="inner">{paragraphs(A1, A2, A3, A4, A1, A2)}</div></div>'
    html = page(f'<div class="col">{link_list("menu", 6)}</div>', f'<div class="entry">{summary}{lead}{body}</div>')
    assert texts(html_to_body(html)) == ["粮仓变书店，一个县城的小实验，能走多远？", A4, A3, A1, A2, A3, A4, A1, A2]


def test_a_lead_section_with_as_many_links_as_the_body_joins_it():
    # a how-to whose every section links its tools: the lead's links are no denser than the body's
    def linked(text: str) -> str:
        return f'<p>{text[:20]}<a href="https://tool.example/{len(text)}">{text[20:30]}</a>{text[30:]}</p>'

    lead = f'<div class="section">{linked(A4)}{linked(A3)}</div>'
    body = f'<div class="section"><div class="pic"></div><div>{"".join(linked(t) for t in ARTICLE * 3)}</div></div>'
    html = page(f'<div class="col">{link_list("menu", 6)}</div>', f'<div class="entry">{lead}{body}</div>')
    assert texts(html_to_body(html)) == [A4, A3, *ARTICLE * 3]


def test_a_box_of_few_commas_beside_the_article_is_not_pulled_in():
    # English-like pages have a comma every ~100 characters: comma rates there prove nothing, so an
    # 'about the company' box beside a press release stays out
    about = '<div class="about"><p>Ascom Road Works is a maker of street lamps based in Lyon and Porto</p></div>'
    prose = "".join(
        f"<p>The council approved the plan on Monday after a long debate about costs and the timetable {i}.</p>"
        for i in range(6)
    )
    html = page(f'<div class="entry"><div class="body">{prose}</div>{about}</div>')
    assert not any("street lamps" in t for t in texts(html_to_body(html)))


def test_an_article_pasted_in_sections_is_taken_whole():
    # the longest section scores best alone; its ancestor adds as much comma-rich prose again
    html = page(
        f'<div class="col">{link_list("menu", 6)}</div>',
        f'<div class="box"><section><div>{paragraphs(A1, A2)}</div></section>'
        f"<section><div><div>{paragraphs(*ARTICLE)}</div></div></section>"
        f"<section><div>{paragraphs(A3, A4)}</div></section></div>",
    )
    assert texts(html_to_body(html)) == [A1, A2, *ARTICLE, A3, A4]


def test_a_short_articles_sections_side_by_side_under_body_are_all_kept_with_their_headings():
    # each section scores under readability's floor of 10 alone; as close rivals of the top box they
    # are the article, and the first section's heading comes with it as the later ones' do
    sections = [
        ("投票结束", "菲律宾总统大选投票于当地时间晚间七点结束，计票工作随即展开。", "初步结果预计将在午夜前公布。"),
        ("停电风波", "北部多个投票站因停电延后关闭，选委会表示将延长投票时间。", "部分选民排队超过四个小时。"),
    ]
    html = "".join(f"<h2>{h}</h2><div><p>{a}</p><p>{b}</p></div>" for h, a, b in sections)
    assert texts(html_to_body(html)) == [t for section in sections for t in section]
    menu = f'<div class="nav">{link_list("menu", 6)}</div>'
    assert texts(html_to_body(menu + html)) == [t for section in sections for t in section]


def test_teasers_of_other_articles_beside_the_article_are_not_merged_into_it():
    teaser = "另一篇文章的摘要，写到了河边的渡口，渡船每天往返六次，船夫姓李，今年已经六十多岁。"
    teasers = "".join(
        f'<article class="card"><h3><a href="/t/{i}">标题{i}</a></h3><p>{teaser}</p></article>' for i in range(4)
    )
    html = page(f'<main><article class="card story">{paragraphs(*ARTICLE, *ARTICLE)}</article>{teasers}</main>')
    kept = texts(html_to_body(html))
    assert teaser not in kept and A1 in kept


def test_the_climb_stops_at_the_article_element():
    # excerpts of other stories below the <article> are comma-rich prose too, but another's
    excerpt = "另一则报道的摘要，写的是港口的夜班公交，末班车推迟到十一点半，工人们不用再打车回家。"
    more = "".join(
        f'<li><article class="more"><header><a href="/m/{i}">标题{i}</a></header><div>{excerpt}</div></article></li>'
        for i in range(4)
    )
    html = page(
        f'<div class="wrap"><article class="story"><div>{paragraphs(*ARTICLE)}</div></article><ul>{more}</ul></div>'
    )
    assert texts(html_to_body(html)) == ARTICLE


def test_the_box_of_the_page_title_outweighs_a_sidebar_of_prose():
    # a two-paragraph article under its <h1>; beside it, an 'about us' box of longer prose
    about = "本报创刊于一九八零年，是港城历史最悠久的地方报纸，坚持独立、客观、公正的办报方针，关注民生，服务市民。"
    html = page(
        f'<div class="wrap"><div class="col"><h1>粮仓书店</h1><div class="box">{paragraphs(A1, A2)}</div></div>'
        f'<div class="col"><div class="box">{paragraphs(about, about, about)}</div></div></div>'
    )
    assert texts(html_to_body(html)) == [A1, A2]


def test_a_class_rule_that_matches_the_box_holding_the_article_gives_way():
    # a blogging platform calls every box a 'widget'; the post is one of them, and nothing outside scores
    html = page(
        f'<div class="widget blog-posts">{paragraphs(*ARTICLE)}</div>',
        '<div class="widget"><h2>关于我</h2><p>住在海边。</p></div>',
    )
    body = html_to_body(html)
    assert texts(body) == ARTICLE
    assert "关于我" not in " ".join(texts(body))


def test_a_box_a_rule_names_paywall_is_kept_when_it_holds_the_article_text_and_removed_when_a_note():
    note = '<div class="paywall"><p>订阅会员即可阅读全文。</p></div>'
    html = page(
        f'<article class="story"><p>{A1}</p><div class="paywall">{paragraphs(A2, A3, A4)}</div>{note}</article>'
    )
    body = html_to_body(html)
    assert texts(body) == ARTICLE
    assert body.removed.get("strip_subscribe_banners") == 1


def test_comment_threads_never_hold_the_article_however_long():
    comment = "网友留言：我小时候也在这个粮仓旁边玩过，那时候墙上还刷着标语，夏天特别凉快，真怀念。"
    html = page(
        f'<div class="box">{paragraphs(A1, A2)}</div>', f'<div class="comments">{paragraphs(*[comment] * 8)}</div>'
    )
    assert texts(html_to_body(html)) == [A1, A2]
    # fifty comments of bare paragraphs, with no name or time of their own, each in a box or not: the thread as a
    # whole never outweighs the article beside it, however many comments it holds
    comments = [comment.replace("真怀念", f"真怀念第{i}年的夏天") for i in range(50)]
    for thread in (paragraphs(*comments), "".join(f'<div class="c"><p>{c}</p></div>' for c in comments)):
        html = page(f'<div class="box">{paragraphs(A1, A2)}</div>', f'<div class="comments">{thread}</div>')
        assert texts(html_to_body(html)) == [A1, A2]


def test_a_comment_in_another_script_than_the_article_is_never_the_article_however_long():
    # spam posted under a Chinese article: one 'comment' of English lines fifty times the article's length
    spam = "Stamped concrete, pavers, patios and driveways, free estimates, call today, licensed and insured crews."
    nested = f'<div class="comment"><div class="comment-text"><div class="body">{paragraphs(*[spam] * 200)}</div></div></div>'
    thread = f'<div id="comments"><div class="comment"><p>{spam}</p></div><div class="indented">{nested}</div></div>'
    html = page(f'<div class="node"><div class="field-body">{paragraphs(*ARTICLE)}</div>{thread}</div>')
    assert texts(html_to_body(html)) == ARTICLE
    # the same script on both sides: a conversation whose experts' responses, in boxes named as comments, are the
    # page's text under a short introduction, as before
    intro = "We asked three scholars how the new rules will change the work of foreign reporters in the country."
    response = (
        "The rules, which take effect next month, require every bureau to register its local staff, and the first "
        "effects, as several editors told me, are already visible in how stories are assigned and checked."
    )
    html = page(f'<div class="node"><p>{intro}</p><div class="comment-list">{paragraphs(*[response] * 12)}</div></div>')
    assert texts(html_to_body(html))[-1] == response


def _essay(author: int) -> list[str]:
    """Five paragraphs of one expert's answer (over 1,000 characters), each naming its author's number."""
    return [
        f"Respondent {author} writes that the first thing to understand about the new rules is their timing, "
        f"which, in paragraph {i}, she ties to the budget cycle, the reshuffle of the ministries, and the calendar "
        "of the coming trade talks, none of which the official announcement mentioned."
        for i in range(5)
    ]


def test_a_conversations_responses_in_comment_boxes_are_its_text_whole():
    # a magazine's conversation: a short introduction, then each expert's essay in a box its CMS made for comments
    intro = "We asked our contributors: what will the new rules for foreign reporters change in the coming year?"
    responses = "".join(
        f'<article class="comment"><h3><a href="/people/{n}">Respondent {n}</a></h3>'
        f'<div class="comment-body">{paragraphs(*_essay(n))}</div></article>'
        for n in range(4)
    )
    html = page(
        f'<div class="main"><div class="content"><p>{intro}</p></div>'
        f'<div class="comment-wrapper" id="comments"><h2>Comments</h2>{responses}</div></div>'
    )
    kept = texts(html_to_body(html))
    assert intro in kept
    assert all(paragraph in kept for n in range(4) for paragraph in _essay(n))
    assert "Comments" not in kept  # the label of the box its CMS made
    assert all(f"Respondent {n}" in kept for n in range(4))  # who speaks: the linked name heading each answer
    # readers' comments as long, each with its name and time, stay out of the article beside them
    comments = "".join(
        f'<article class="comment"><div class="meta">Reader {n} · 2021-05-28 10:0{n}</div>'
        f'<div class="comment-body">{paragraphs(*_essay(n))}</div></article>'
        for n in range(4)
    )
    html = page(
        f'<div class="main"><div class="content">{paragraphs(*ARTICLE)}</div>'
        f'<div class="comment-wrapper" id="comments">{comments}</div></div>'
    )
    assert texts(html_to_body(html)) == ARTICLE


def test_a_paragraphs_key_that_begins_with_a_rules_word_is_not_its_role():
    # an editor keys each paragraph with four hex digits: 'ad6f' and 'nav1' happen to begin with rule words
    keyed = "".join(
        f'<p class="graf" id="{key}">{text}</p>'
        for key, text in zip(("3b1e", "ad6f", "c07a", "nav1"), ARTICLE, strict=True)
    )
    assert texts(html_to_body(page(f'<div class="section">{keyed}</div>'))) == ARTICLE
    # a keyed paragraph may open with a link, and a list item is keyed as well
    cited = (
        '<p id="ad19"><a href="https://photo.example/lin">摄影师林小雨</a>看过照片后说，阴影说明照片是清晨拍的。</p>'
    )
    item = '<ul><li id="ad00">每天换一条路线回家，留意身后同一个人是否反复出现。</li></ul>'
    kept = texts(html_to_body(page(f'<div class="section">{paragraphs(A1, A2)}{cited}{item}<p>{A3}</p></div>')))
    assert kept == [
        A1,
        A2,
        "摄影师林小雨看过照片后说，阴影说明照片是清晨拍的。",
        "每天换一条路线回家，留意身后同一个人是否反复出现。",
        A3,
    ]
    # a box keyed as an ad slot still goes, and so does a paragraph whose class says what it is
    slot = (
        '<div id="ad1"><p>广告：本店新品八折。</p></div><p class="ad-line" id="c07a">赞助商：城南书店，欢迎光临。</p>'
    )
    assert texts(html_to_body(page(f'<div class="section">{paragraphs(*ARTICLE)}{slot}</div>'))) == ARTICLE


def test_a_form_wrapping_the_whole_page_is_layout_not_a_widget():
    html = page(f'<form id="aspnetForm" method="post"><div class="box">{paragraphs(*ARTICLE)}</div></form>')
    assert texts(html_to_body(html)) == ARTICLE


def test_scripts_do_not_count_as_the_page_text_that_guards_class_rules():
    # the article holds most of the readable text, so its 'tag-ad' class cannot remove it
    script = "<script>" + "var slot = 'ad';" * 2000 + "</script>"
    html = page(f'<div class="post tag-ad">{paragraphs(*ARTICLE)}</div>{script}<div class="box"><p>页脚</p></div>')
    assert texts(html_to_body(html)) == ARTICLE


def test_nesting_is_counted_outside_scripts():
    script = "<script>var t = '" + "<div>" * 600 + "';</script>"
    assert max_nesting(f"<div><p>正文</p></div>{script}") == 2
    assert texts(html_to_body(page(script, paragraphs(*ARTICLE)))) == ARTICLE


def test_short_bodies_and_feed_templates_are_read_whole():
    ad = '<section id="imu"><div id="dfp-ad-imu1"></div></section>'
    feed = f'<div>{paragraphs(A1, A2)}{ad}<p>{A3}</p><div id="innity-in-post"></div></div>'
    assert texts(html_to_body(feed)) == [A1, A2, A3]
    assert texts(html_to_body("<p>短讯：今晚停电。</p>")) == ["短讯：今晚停电。"]
    assert texts(html_to_body("第一段。<br><br>第二段。")) == ["第一段。", "第二段。"]


def test_markdown_is_the_authors_text_and_keeps_its_closing_list_of_sources():
    sources = "\n".join(f"- [资料{i}：县志物产卷](https://ref.example/{i})" for i in range(4))
    body = body_to_blocks(f"{A1}\n\n{A2}\n\n参考资料：\n\n{sources}\n", is_html_file=False)
    assert body.method == "markdown"
    assert texts(body)[-4:] == [f"资料{i}：县志物产卷" for i in range(4)]


def test_the_lead_picture_just_above_the_body_box_stays():
    # the page's title sits outside the <article>; the picture is the article's first box
    html = page(
        '<div id="main"><h1>粮仓书店</h1><article class="node">'
        '<div class="img"><img src="https://site.example/lead.jpg" alt="粮仓改成的书店"></div>'
        f'<div class="body">{paragraphs(*ARTICLE)}</div></article>'
        '<div class="share"><a href="https://share.example/1">分享</a></div></div>'
    )
    body = html_to_body(html)
    assert texts(body)[-4:] == ARTICLE
    assert [image.src for image in body.images] == ["https://site.example/lead.jpg"]


def test_an_articles_own_header_keeps_its_standfirst_but_the_page_header_goes():
    standfirst = "这是一篇关于县城书店的报道：几个年轻人租下旧粮仓，开了一间书店兼咖啡馆，经营一年，冷暖自知。"
    html = page(
        '<header><a href="https://site.example/">县城日报</a> <a href="https://site.example/news">新闻</a></header>',
        f"<article><header><p>{standfirst}</p></header>{paragraphs(*ARTICLE)}</article>",
    )
    assert texts(html_to_body(html)) == [standfirst, *ARTICLE]


def test_a_box_named_header_around_the_articles_title_keeps_its_standfirst_not_its_byline_or_date():
    # <div class="article-header"> is the same header as <header>: its standfirst is the article's; the
    # byline, date and section links in it are the post's fields (author, published_at, tags)
    standfirst = "县城的旧粮仓改成了书店，几个年轻人经营了一年，冷暖自知。"
    html = page(
        '<header class="site-header"><a href="https://site.example/">县城日报</a></header>',
        '<article><div class="article-header"><div class="article-section"><a href="/c/1">文化</a></div>'
        f'<h1>粮仓书店</h1><p class="article-lead">{standfirst}</p>'
        '<div class="article-author">本报记者 周某 发自县城</div><time>2021-10-05</time></div>'
        f'<div class="article-content">{paragraphs(*ARTICLE)}</div></article>',
    )
    assert texts(html_to_body(html)) == [standfirst, *ARTICLE]


def test_a_fact_box_amid_the_articles_paragraphs_is_kept_but_not_a_pull_quote_or_a_sidebar():
    fact = "粮仓建于一九五八年，二〇一九年停用，产权归县供销社。"
    teaser = "你身边的书店还好吗？"
    html = page(
        '<aside class="sidebar"><h3>热门</h3><p>订阅我们的电子报，每周五准时送达。</p></aside>',
        f"<article><p>{A1}</p><p>{A2}</p>",
        f'<aside class="factbox"><h3>背景</h3><p>{fact}</p></aside>',
        f"<p>{A3}</p>",
        f'<aside class="pullquote"><p>{A2}</p></aside>',  # a sentence the article holds, set large
        f'<aside aria-hidden="true"><p>{A3[:20]}……</p></aside>',  # hidden from screen readers: decoration
        f'<aside class="touts"><h2>{teaser}</h2></aside>',  # a heading alone: a promotion's teaser
        f'<aside class="related"><p>延伸阅读：县城的最后一家电影院。</p></aside><p>{A4}</p></article>',
    )
    assert texts(html_to_body(html)) == [A1, A2, "背景", fact, A3, A4]


# Other posts of the site, each a paragraph of comma-rich prose as long as the article's.
OTHER_POSTS = [
    "河口的渡船停了三年，今年夏天又开了，船票两块钱，船老大说，坐船的多是去对岸赶集的老人，年轻人都开车绕大桥。",
    "老街的裁缝铺换了第三代店主，门口的缝纫机还在，墙上挂着几十年来的量衣尺，熟客来改裤脚，顺便聊上半个钟头。",
    "山上的茶园今年雨水多，春茶晚了十天，采茶工从邻县请来，按斤计价，一天下来，手快的能挣两百多块。",
    "菜市场搬进新楼以后，摊位按号抽签，卖豆腐的夫妻抽到二楼角落，生意少了一半，他们正在想办法搬回一楼。",
]


def test_articles_nested_in_an_article_are_its_related_posts_not_its_body():
    # HTML's nested <article> holds the outer article's comments or related posts: here a box of four
    # other posts, with more prose between them than the article has, must not join it
    related = "".join(f'<article class="item"><p>{t}</p></article>' for t in OTHER_POSTS)
    html = page(
        '<div class="col">',
        f'<article class="post"><h1>旧粮仓里的书店</h1><p>{A1}{A2}</p></article>',
        f'<article class="post"><h3>你可能也会喜欢</h3>{related}</article>',
        "</div>",
    )
    body = html_to_body(html)
    assert texts(body) == [A1 + A2]
    assert body.removed.get("strip_nested_articles") == 4


def test_paragraphs_around_the_inner_box_of_nested_sections_are_the_article():
    # an editor pasted the article in sections, each inside the next: the first paragraphs sit outside
    # the box holding most of the text, beside nothing but paragraphs; the column of links stays out
    more = [
        "书店的第二层原本是晒谷的阁楼，如今摆了二十张旧课桌，周末有人来自习，也有退休教师来教孩子下棋。",
        "去年冬天，屋顶漏雨，店主在网上发起众筹，三天就凑够了修缮的钱，捐款的人里有不少是当年粮站的职工。",
        "镇政府打算把粮仓周边划为文化街区，店主担心租金上涨，但也希望更多年轻人愿意回到镇上开店。",
        "到了晚上，书店的灯是整条街最亮的，放学的孩子在门口等父母，店主就让他们进来坐着看绘本。",
        "有人问店主会不会离开，她说，只要粮仓还在，书店就在，等攒够了钱，她想把晒场也修成一个小剧场。",
    ]
    inner = f'<div class="box">{paragraphs(A2)}<div class="box">{paragraphs(A3, A4, *more)}</div></div>'
    html = page(
        f'<div class="col">{link_list("menu", 8)}</div>',
        f'<div class="col"><div class="sec">{paragraphs(A1)}{inner}</div></div>',
    )
    assert texts(html_to_body(html)) == [A1, A2, A3, A4, *more]


def test_a_line_labelled_as_related_reading_that_is_mostly_a_link_goes_wherever_it_sits():
    pointer = '<p>延伸阅读：<a href="https://site.example/p/9">《镇上最后一家照相馆》</a></p>'
    english = '<p>Read more: <a href="https://site.example/p/10">The last photo studio in town</a></p>'
    prose = "<p>更多的人是在周末来，店主说，平日里只有几个熟客。</p>"
    html = page(f'<div class="box">{paragraphs(A1, A2)}{pointer}{prose}{english}{paragraphs(A3, A4)}</div>')
    body = html_to_body(html)
    assert texts(body) == [A1, A2, "更多的人是在周末来，店主说，平日里只有几个熟客。", A3, A4]
    assert body.removed.get("prune_link_lists") == 2
    # a web address under the label cites a source ('更多：<a>https://…</a>'): it stays
    source = '<p>更多资料：<a href="https://archive.example.org/report">https://archive.example.org/report</a></p>'
    html = page(f'<div class="box">{paragraphs(A1, A2)}{source}{paragraphs(A3, A4)}</div>')
    assert texts(html_to_body(html)) == [A1, A2, "更多资料：https://archive.example.org/report", A3, A4]


def test_a_heading_between_two_parts_of_the_article_is_the_articles():
    # the article's box holds most of the text; its first paragraphs and a section heading sit beside it
    body_box = f'<div class="box">{paragraphs(A3, A4, *OTHER_POSTS)}</div>'
    related = f'<div class="box">{link_list("rel", 5)}</div>'
    html = page(f'<div class="col">{paragraphs(A1)}<h2>粮仓的来历</h2>{paragraphs(A2)}{body_box}{related}</div>')
    assert texts(html_to_body(html)) == [A1, "粮仓的来历", A2, A3, A4, *OTHER_POSTS]


def test_a_caption_beside_the_article_box_is_not_prose_that_widens_it():
    # the prose climb needs paragraphs: a picture's caption above the box does not make its parent
    # the article (it would bring in whatever else the parent holds); the caption itself, the lead picture's, is
    # the article's
    words = "粮仓外景，摄于今年春天的一个早晨，远处是去年才修好的环镇公路。"
    caption = f"<figure><img src='https://img.example/a.jpg'><figcaption>{words}</figcaption></figure>"
    html = page(
        f'<div class="col"><div class="sec">{caption}<div class="box">{paragraphs(*ARTICLE, *OTHER_POSTS)}</div></div></div>'
    )
    assert texts(html_to_body(html)) == [words, *ARTICLE, *OTHER_POSTS]


def test_a_forum_threads_first_post_is_the_article_and_its_floors_are_replies():
    # Discuz-like: posts made alike (ids post_1001, post_1002 …), each opening with its author and timestamp;
    # the replies are prose and carry no lone reply controls, so only their make tells them from the article
    def post(number: int, floor: str, when: str, text: str) -> str:
        return (
            f'<div id="post_{number}"><table><tr><td class="pls">会员{number}</td><td class="plc">'
            f'<div class="pi"><strong>{floor}</strong> 发表于 {when}</div><div class="t_f">{text}</div></td></tr></table></div>'
        )

    replies = ["写得真好，我们村口也有一口这样的井，夏天大家都去那里乘凉。", "看哭了，想起了小时候奶奶做的饭。"]
    html = page(
        '<div id="postlist">'
        + post(1001, "楼主", "2013-3-22 22:15", "<br>".join(ARTICLE))
        + post(1002, "沙发", "2013-3-22 22:40", replies[0])
        + post(1003, "板凳", "2013-3-23 08:05", replies[1])
        + post(1004, "地板", "2013-3-23 09:15", "谢谢大家。")
        + "</div>"
    )
    kept = "\n".join(texts(html_to_body(html)))
    assert all(text in kept for text in ARTICLE)
    assert not any(reply in kept for reply in replies)
    # an article's numbered sections, made alike but without a timestamp each, stay one article
    sections = "".join(f'<div id="sec-{i}"><p>{text}</p></div>' for i, text in enumerate(ARTICLE, 1))
    assert texts(html_to_body(page(f'<div id="story">{sections}</div>'))) == ARTICLE


def test_the_headline_opening_the_article_is_its_title_not_a_paragraph():
    # the headline is the article's title (articles.title holds it); the page's <title> adds the site's name
    def with_title(title: str, *parts: str) -> str:
        return f"<html><head><title>{title}</title></head><body>{''.join(parts)}</body></html>"

    headline = "旧粮仓改成书店一年：冷暖自知"
    article = f"<article><h1>{headline}</h1>{paragraphs(*ARTICLE)}</article>"
    assert texts(html_to_body(with_title(f"{headline} - 县城日报", article))) == ARTICLE
    # the post's own title names it, or the page's only <h1> is it
    assert texts(html_to_body(page(article), title=headline)) == ARTICLE
    assert texts(html_to_body(page(article))) == ARTICLE
    # a section heading opening an excerpt is none of them, even when the title holds a short one
    section = f"<article><h2>冷暖自知</h2>{paragraphs(*ARTICLE)}</article>"
    assert texts(html_to_body(with_title(headline, section), title=headline)) == ["冷暖自知", *ARTICLE]
    # a headline may hold the title with the column's or the author's name
    html = with_title(headline, f"<article><h2>专访：{headline}</h2>{paragraphs(*ARTICLE)}</article>")
    assert texts(html_to_body(html, title=headline)) == ARTICLE
    # nor is an <h1> on a page of several <h1> sections that names no title
    sections = f"<article><h1>春天</h1>{paragraphs(A1, A2)}<h1>秋天</h1>{paragraphs(A3, A4)}</article>"
    assert texts(html_to_body(page(sections)))[0] == "春天"


def test_an_editors_note_in_a_box_of_its_own_before_the_article_opens_it():
    # the note's box holds two paragraphs, so it reads as no single paragraph beside the article's box (the
    # <section>, its parent full of links); right before the article's first paragraph, it opens the article
    note = [
        "编者按：县城的书店开了又关，关了又开，这一篇是我们“小城生活”系列的第三篇，记者在那里住了一个星期。",
        "文中的店主请求隐去全名，我们尊重她的意愿，文中的细节经过她本人的核对。",
    ]
    more = [A1 + A2, A3 + A4, A2 + A3, A4 + A1, A1 + A3, A2 + A4, A3 + A1, A4 + A2]
    html = page(
        f'<div class="content">{link_list("meta", 12)}<div class="note">{paragraphs(*note)}</div><hr>'
        f'{paragraphs(A1, A2)}<section class="rest">{paragraphs(*more)}</section>{link_list("tag", 12)}</div>'
    )
    assert texts(html_to_body(html)) == [*note, A1, A2, *more]


def test_a_closing_list_of_links_to_as_many_other_sites_is_the_articles_sources():
    # after the prose, a list of links to the site's own pages is a list of other articles; one whose links
    # lead to as many sites (a law's text, a report, a paper) is what the article cites, with no label
    hosts = ["un.example.org", "court.example.gov", "journal.example.edu", "ngo.example.net"]
    titles = ["联合国人权宣言第十二条", "宪法法院判决书全文", "数据保护研究论文", "数字权利组织年度报告"]
    sources = "".join(
        f'<li><a href="https://{h}/doc/{i}">{t}</a></li>' for i, (h, t) in enumerate(zip(hosts, titles, strict=True))
    )
    html = page(f'<div class="box">{paragraphs(*ARTICLE)}<ul>{sources}</ul></div>')
    assert texts(html_to_body(html)) == [*ARTICLE, *titles]
    own = "".join(f'<li><a href="https://site.example/p/{i}">{t}</a></li>' for i, t in enumerate(titles))
    html = page(f'<div class="box">{paragraphs(*ARTICLE)}<ul>{own}</ul></div>')
    assert texts(html_to_body(html)) == ARTICLE
    # the same written as a paragraph a link, line by line
    lines = "".join(
        f'<p><a href="https://{h}/doc/{i}">{t}</a></p>' for i, (h, t) in enumerate(zip(hosts, titles, strict=True))
    )
    assert texts(html_to_body(page(f'<div class="box">{paragraphs(*ARTICLE)}{lines}</div>'))) == [*ARTICLE, *titles]
    # a portal's sections are one site: its list of other articles is no list of sources
    sections = ["news", "finance", "sports", "ent"]
    portal = "".join(
        f'<li><a href="https://{h}.portal.com.cn/p/{i}">{t}</a></li>'
        for i, (h, t) in enumerate(zip(sections, titles, strict=True))
    )
    html = page(f'<div class="box">{paragraphs(*ARTICLE)}<ul>{portal}</ul></div>')
    assert texts(html_to_body(html)) == ARTICLE
    # under a related-reading label, links elsewhere are still other articles
    html = page(f'<div class="box">{paragraphs(*ARTICLE)}<h4>相关阅读</h4><ul>{sources}</ul></div>')
    assert texts(html_to_body(html)) == ARTICLE


def test_the_closing_note_about_the_author_is_no_part_of_the_article():
    bio = "王某，自由撰稿人，长期关注县城的文化生活，著有散文集《粮仓》，现居省城。"
    pages = [
        page(f'<div class="post">{paragraphs(*ARTICLE)}</div><div class="box"><h4>关于作者</h4><p>{bio}</p></div>'),
        page(f'<div class="post">{paragraphs(*ARTICLE)}<p>作者简介：{bio}</p></div>'),
        page(
            f'<div class="post">{paragraphs(*ARTICLE)}<div class="box"><strong>作者介绍</strong><p>{bio}</p></div></div>'
        ),
    ]
    for html in pages:
        assert texts(html_to_body(html)) == ARTICLE
    # a book's summary is not its author's bio, and a long closing section about the author is the article's
    summary = "简介：这本散文集写的是县城的旧粮仓，和在那里开书店的年轻人。"
    assert texts(html_to_body(page(f'<div class="post">{paragraphs(*ARTICLE, summary)}</div>'))) == [*ARTICLE, summary]
    section = ["关于作者", *ARTICLE]
    html = page(f'<div class="post">{paragraphs(A1, A2)}<h3>关于作者</h3>{paragraphs(*ARTICLE)}</div>')
    assert texts(html_to_body(html)) == [A1, A2, *section]


def test_readers_comments_closing_the_articles_box_are_not_the_article():
    # each a name, then a date and time, then a line of prose, in boxes made alike: no reply control, no
    # class name that says so
    said = [
        "说得好，县城确实需要这样的书店，希望能坚持下去。",
        "我小时候也常去类似的地方，现在都没了，很可惜。",
        "房租太贵是根本原因，政府应该给点补贴。",
        "周末带孩子去过一次，咖啡不错，书有点少。",
    ]
    items = "".join(
        f'<li><span class="n">网友{i}</span><span class="t">2021-05-28 1{i}:00</span><p>{t}</p></li>'
        for i, t in enumerate(said)
    )
    boxes = "".join(
        f'<div class="c"><b>网友{i}</b> <i>2021-05-28 1{i}:00</i><p>{t}</p></div>' for i, t in enumerate(said)
    )
    for html in (
        page(f'<div class="a">{paragraphs(*ARTICLE)}<div class="c2"><h3>网友评论</h3><ul>{items}</ul></div></div>'),
        page(f'<div class="a">{paragraphs(*ARTICLE)}<ul>{items}</ul></div>'),
        page(f'<div class="a">{paragraphs(*ARTICLE)}<h4>读者留言（4）</h4>{boxes}</div>'),
    ):
        assert texts(html_to_body(html)) == ARTICLE
    # a chat log the article quotes, a paragraph a message, is the article's
    log = [f"群友{i} 2021-05-28 1{i}:00 {t}" for i, t in enumerate(said)]
    html = page(f'<div class="a"><div class="body">{paragraphs(*ARTICLE)}</div>{paragraphs(*log)}</div>')
    assert texts(html_to_body(html)) == [*ARTICLE, *log]
    # and so is a timeline in a list, a line an event
    events = "".join(f"<li>{line}</li>" for line in log)
    html = page(f'<div class="a"><div class="body">{paragraphs(*ARTICLE)}</div><ul>{events}</ul></div>')
    assert texts(html_to_body(html)) == [*ARTICLE, *log]
    # a live blog's entries open with their time, no name before it: the article
    entries = [f"2021-05-28 1{i}:00 {t}" for i, t in enumerate(ARTICLE)]
    html = page(f'<div class="a"><p>{A2}</p>{"".join(f"<div class=e><p>{e}</p></div>" for e in entries)}</div>')
    assert texts(html_to_body(html)) == [A2, *entries]


def test_a_run_of_short_lines_is_prose_that_outweighs_a_byline_beside_it():
    # each line of a poem is too short to score alone; the line of a byline, a date and a count beside the poem's
    # box is long enough: the run of short lines with no link among them scores as the poem's box's paragraph
    poem = ["北方的雪", "落在父亲的肩上", "他不说话", "只是把炉火拨旺", "我在南方的雨里", "想起那年冬天"]
    html = page(
        '<div class="col"><div class="head"><h1>雪</h1><span>作者：林间 发布时间：2023-12-20 阅读：1203</span></div>',
        f'<div class="box">{paragraphs(*poem)}</div></div>',
        f'<div class="col2">{link_list("hot", 6)}</div>',
    )
    assert texts(html_to_body(html)) == poem
    # set as lines of <div>s, the same
    lines = "".join(f"<div>{line}</div>" for line in poem)
    html = page(
        '<div class="col"><div class="head"><h1>雪</h1><span>作者：林间 发布时间：2023-12-20 阅读：1203</span></div>',
        f'<div class="box">{lines}</div></div>',
        f'<div class="col2">{link_list("hot", 6)}</div>',
    )
    assert texts(html_to_body(html)) == poem
    # a menu of short linked lines is no run of prose
    menu = "".join(f'<p><a href="/s/{i}">栏目{i}</a></p>' for i in range(8))
    html = page(f'<div class="nav">{menu}</div>', f'<div class="box">{paragraphs(*ARTICLE)}</div>')
    assert texts(html_to_body(html)) == ARTICLE


def test_a_headline_in_bold_type_opening_the_pages_title_is_the_title_on_a_whole_page_only():
    headline = "小镇邮局的最后一天"
    cell = (
        f"<table><tr><td><font><b>{headline}</b></font></td></tr><tr><td>{'<br><br>'.join(ARTICLE)}</td></tr></table>"
    )
    html = f"<html><head><title>{headline}_地方新闻</title></head><body>{cell}</body></html>"
    assert texts(html_to_body(html, title=headline)) == ARTICLE
    # a feed's fragment: a reply's title is its first line, cut out of the text, which stays
    fragment = f"<div><p>你是对的！</p><p>{A1}</p></div>"
    assert texts(html_to_body(fragment, title="你是对的！")) == ["你是对的！", A1]
    # a microblog's page: its title holds the text after the author's name; the text stays
    said = "今天去了县城的旧粮仓书店"
    post = f"<html><head><title>林间：“{said}” - 某某微博</title></head><body><p>{said}</p><p>{A1}</p></body></html>"
    assert texts(html_to_body(post, title=said)) == [said, A1]


def test_cards_of_pages_on_many_other_sites_are_a_digests_items_not_teasers():
    items = [
        ("《街道的生命》", "作者用十年时间走访了二十座城市的老街，记录街道如何塑造邻里关系。"),
        ("《菜市场里的中国》", "从菜价、摊位到砍价的方式，一个菜市场能看到一座城市的脾气。"),
        ("《一座桥的五十年》", "一座桥的兴建和拆除，牵动着两岸居民几十年的生活。"),
        ("《城市夜班的人们》", "写给所有在城市夜里工作的人：出租车司机、护士、保安和外卖员。"),
    ]

    def cards(href: str) -> str:
        return "".join(
            f'<div class="item"><h3><a href="{href.format(i)}">{t}</a></h3><p>{s}</p></div>'
            for i, (t, s) in enumerate(items)
        )

    intro = ["每周书单：本期推荐四本关于城市的书，每本都配了一句话的介绍，供读者参考。", A1, A2]
    digest = page(f'<div class="post">{paragraphs(*intro)}{cards("https://press{}.example/book")}</div>')
    assert texts(html_to_body(digest)) == [*intro, *[x for item in items for x in item]]
    # the same cards leading to the site's own pages are its other articles
    own = page(f'<div class="post">{paragraphs(*ARTICLE)}{cards("/news/{}.html")}</div>')
    assert texts(html_to_body(own)) == ARTICLE


def test_a_closing_line_of_short_links_to_the_sites_own_pages_is_its_keyword_group():
    keywords = "<p><a href='/tag/1'>书店</a> <a href='/tag/2'>县城</a> <a href='/tag/3'>创业</a></p>"
    assert texts(html_to_body(page(f'<div class="c">{paragraphs(*ARTICLE)}{keywords}</div>'))) == ARTICLE
    # to many other sites, they are the article's sources; amid the text, the article's own line
    sources = "<p><a href='https://a.example/1'>维基</a> <a href='https://b.example/2'>年鉴</a> <a href='https://c.example/3'>县志</a></p>"
    body = html_to_body(page(f'<div class="c">{paragraphs(*ARTICLE)}{sources}</div>'))
    assert texts(body) == [*ARTICLE, "维基 年鉴 县志"]
    body = html_to_body(page(f'<div class="c">{paragraphs(A1, A2)}{keywords}{paragraphs(A3, A4)}</div>'))
    assert texts(body) == [A1, A2, "书店 县城 创业", A3, A4]


def test_a_dek_above_the_body_opens_the_article_though_it_ends_no_sentence():
    # a dek is one line of clauses with no full stop, too short to score: beside the body's box it reads as no
    # paragraph, yet right above the article it is the article's; a byline, a date line or a caption there is not
    dek = "旧粮仓改成的书店开了一年，邻居们从好奇到常来，店主却还在为冬天的取暖费发愁"
    more = [A1 + A2, A3 + A4, A2 + A3, A4 + A1]

    def with_line(line: str) -> str:
        return entry_page(
            f'<p class="desc">{line}</p><div class="pic"><img src="https://site.example/1.jpg"></div>'
            f'<section class="body">{paragraphs(*more)}</section><div class="tools">{link_list("share", 4)}</div>'
        )

    assert texts(html_to_body(with_line(dek))) == [dek, *more]
    # the same dek set as a list of one item, a paragraph in a bullet
    bullet = with_line(dek).replace(
        f'<p class="desc">{dek}</p>', f'<div class="sec"><ul><li><em>{dek}</em></li></ul></div>'
    )
    assert texts(html_to_body(bullet)) == [dek, *more]
    for line in (
        "作者：林小雨，王大明，本报记者",  # bylines
        "文/本报记者 林小雨，王大明",
        "By Jane Doe, Staff Writer",
        "Posted on May 27, 2015 by Admin",  # date lines
        "2021年5月28日，星期五",
        "县城北边的旧粮仓改成了书店兼咖啡馆",  # a caption
    ):
        assert texts(html_to_body(with_line(line))) == more, line


def test_a_summary_in_one_bullet_above_the_sections_joins_the_climb_to_the_article():
    # Medium's importer sets the article in sections: a one-bullet summary (sentences, its last one unstopped), a
    # picture, a short opening section, then the long body section; the climb from the body section to the box of
    # all of them is taken, since the bullet is the article's summary, not another page's link or a widget
    lead = "旧粮仓改成的书店开了一年。邻居们从好奇到常来，店主却还在为冬天的取暖费发愁"
    opening = ["这是我们“小城生活”系列的第三篇，记者在那里住了一个星期。", "店主请求隐去全名，我们尊重她的意愿。"]
    more = [A1 + A2, A3 + A4, A2 + A3, A4 + A1, A1 + A3, A2 + A4]
    html = entry_page(
        f'<div class="sec"><ul><li><em>{lead}</em></li></ul></div>'
        '<div class="sec wide"><img src="https://site.example/1.jpg"></div>'
        f'<div class="sec">{paragraphs(*opening)}</div><div class="sec wide">{paragraphs(*more)}</div>'
    )
    assert texts(html_to_body(html)) == [lead, *opening, *more]


def test_a_sentence_opening_with_a_linked_web_address_is_no_teaser_of_another_page():
    # a box that opens with a linked headline is another page's teaser; a linked web address that runs on into a
    # sentence names a site ('exts.example/ 这个网站…'), so the box is the article's closing section
    more = [a + b for a in ARTICLE for b in ARTICLE if a != b]  # twelve paragraphs: the body section outscores the box
    tip = (
        '<a href="https://exts.example/">exts.example/</a> 这个网站能帮你查到某个扩展名对应的程序，查不到的也可以留言。'
    )
    closing = (
        "下次我们再介绍几个查文件格式的工具，也会讲讲怎样从文件的元数据里找到作者、时间和修改记录，"
        "以及为什么有些元数据在上传到社交网站以后就被抹掉了，欢迎继续关注，也欢迎把你常用的工具告诉我们，"
        "我们会在下一篇里一一试用，再把试用的结果写出来。"
    )
    html = entry_page(
        f'{paragraphs(A1)}<div class="sec">{paragraphs(*more)}</div><div>{paragraphs(tip, closing)}</div>'
    )
    tip_text = "exts.example/ 这个网站能帮你查到某个扩展名对应的程序，查不到的也可以留言。"
    assert texts(html_to_body(html)) == [A1, *more, tip_text, closing]


def test_a_summary_in_bullets_right_above_the_first_chosen_box_opens_the_article():
    # the summary need not sit beside the body's best box: above a one-line opening paragraph that the sibling rules
    # took, it is still the first thing the article says
    lead = "旧粮仓改成的书店开了一年。邻居们从好奇到常来，店主却还在为冬天的取暖费发愁"
    opening = "这是小城生活的第三篇。"
    more = [a + b for a in ARTICLE for b in ARTICLE if a != b]
    html = entry_page(
        f'<div class="sec"><ul><li><em>{lead}</em></li></ul></div><div>{opening}</div>'
        f'<div class="sec wide">{paragraphs(*more)}</div><div class="tools">{link_list("share", 4)}</div>'
    )
    assert texts(html_to_body(html)) == [lead, opening, *more]


def test_a_summary_in_one_bullet_right_below_the_body_box_stays_though_it_reads_as_a_paragraph():
    # a list of one item reads as the paragraph it holds; one too short to pass as a paragraph beside the body's box
    # is still weighed as the summary in bullets there
    points = "旧粮仓改成书店一年了。邻居常来，取暖费仍让店主发愁"
    more = [a + b for a in ARTICLE for b in ARTICLE if a != b]
    html = entry_page(
        f'<div class="sec">{paragraphs(*more)}</div><div class="sec"><ul><li>{points}</li></ul></div>'
        f'<div class="tools">{link_list("share", 4)}</div>'
    )
    assert texts(html_to_body(html)) == [*more, points]
