"""Hard cases, session 42 (2026-12-06): a forum thread scraped whole (Discuz!-, vBulletin-like), whose article is
its first post, the opening floor, however short; the replies under it are the page's. Every page is of our own
writing; each test failed before the fix it names."""

from __future__ import annotations

from tests.test_hard_cases_more import TW, ZH, blocks, menu, paragraphs


def floor(number: int, author: str, stamp: str, body: str) -> str:
    """A Discuz!-like floor: a table whose row holds the author's card (name, avatar, counts) beside the post, its
    time and then its text; under it the floor's reply and report controls."""
    card = (
        f'<td class="pls" rowspan="2"><div class="authi"><a href="/space/{number}">{author}</a></div>'
        f'<div class="avatar"><img src="/avatar/{number}.jpg"></div>'
        f'<dl class="pil"><dt>主题</dt><dd><a href="/t/{number}">{number % 50}</a></dd>'
        f'<dt>帖子</dt><dd><a href="/p/{number}">{number % 700}</a></dd><dt>积分</dt><dd>{number % 900}</dd></dl></td>'
    )
    return (
        f'<div id="post_{number}"><table id="pid{number}" class="plhin"><tr>{card}'
        f'<td class="plc"><div class="pi"><em>发表于 {stamp}</em> | <a href="#">只看该作者</a></div>'
        f'<div class="pct"><table><tr><td class="t_f" id="postmessage_{number}">{body}</td></tr></table></div></td></tr>'
        '<tr><td class="plc"><a class="fastre" href="#">回复</a> <a href="#">引用</a> <a href="#">举报</a></td></tr>'
        "</table></div>"
    )


def thread(*floors: str) -> str:
    return (
        f'<div id="wp">{menu("论坛首页 家居装修 二手交易")}'
        f'<div id="pt"><a href="/">家园论坛</a> &rsaquo; <a href="/f/3">家居装修</a></div>'
        f'<div id="postlist">{"".join(floors)}</div></div>'
    )


QUESTION = ["新房刚装修完三个月，客厅的墙角开始掉皮。", "请问这是腻子的问题还是受潮了？"]
ANSWERS = [
    "墙角掉皮多半是受潮，先看看外墙有没有渗水，尤其是下过大雨以后，墙角的颜色会不会变深，摸上去是不是凉的。",
    "如果外墙没问题，就可能是腻子没干透就刷了漆，或者用的是不耐水的腻子，南方梅雨季节特别容易出这种事。",
    "处理办法是铲到露出水泥层，刷一遍防潮底漆，等干透以后再批耐水腻子，最后再补漆，颜色可能会有一点色差。",
]


def test_a_threads_short_first_post_is_the_article_though_a_reply_is_longer():
    # the question is two short lines; the answers below it are long, comma-rich prose: the thread's first floor is
    # the article all the same, and no reply, author's card or control of the floors is kept
    page = thread(
        floor(3101, "小周装修记", "2014-5-12 20:31", "<br /><br />".join(QUESTION)),
        floor(3102, "老木匠", "2014-5-12 21:05", "<br /><br />".join(ANSWERS)),
        floor(3103, "刷墙师傅", "2014-5-12 22:40", "<br /><br />".join(ANSWERS[1:])),
    )
    assert blocks(page) == QUESTION
    # a vBulletin-like thread in Traditional Chinese: a list of posts, each with its author's box and message
    short = TW[3]

    def item(number: int, author: str, stamp: str, text: str) -> str:
        return (
            f'<li class="postbit" id="post_{number}"><div class="posthead">{stamp}</div>'
            f'<div class="userinfo"><a href="/u/{number}">{author}</a><dl><dt>文章</dt><dd>{number % 300}</dd></dl>'
            f'</div><div class="postbody"><blockquote class="postcontent">{text}</blockquote></div></li>'
        )

    page = (
        f'<div class="body">{menu("首頁 討論區 會員")}<ol id="posts">'
        f"{item(901, '老街人', '2013-03-22 22:40', short)}"
        f"{item(902, '通勤族', '2013-03-22 23:02', '<br /><br />'.join(TW[:3]))}"
        f"{item(903, '鎮民甲', '2013-03-23 08:15', '<br /><br />'.join(TW[1:3]))}</ol></div>"
    )
    assert blocks(page) == [short]


def test_replies_quoting_the_first_post_leave_it_and_not_the_whole_thread():
    # each reply quotes a paragraph of the first post and adds a line: the quotes score as high as the post, and
    # with the first post they are no rivals making the thread one article; the first post is kept once, alone
    def replying(paragraph: str, line: str) -> str:
        return (
            f'<div class="quote"><blockquote><font color="#999">张三 发表于 2016-8-1 09:12</font><br />'
            f"{paragraph}</blockquote></div><br />{line}"
        )

    page = thread(
        floor(5201, "张三", "2016-8-1 09:12", "<br /><br />".join(ZH)),
        floor(5202, "李四", "2016-8-1 10:30", replying(ZH[2], "说得对，排名确实应该把生态算进去。")),
        floor(5203, "王五", "2016-8-1 11:47", replying(ZH[1], "我们县也是这样，厂子都搬走了。")),
        floor(5204, "赵六", "2016-8-1 13:05", replying(ZH[3], "年轻人留不留得下，才是真问题。")),
    )
    assert blocks(page) == ZH


def test_the_first_posts_quote_of_an_earlier_post_stays_with_its_linked_attribution():
    # the first post opens with a quote of another post, its attribution a link back to it ('X 发表于 …'): a
    # quotation the post answers, not a teaser card of another page
    quoted = "楼上说刷漆之前一定要等腻子干透，至少要一个星期。"
    own = ANSWERS[:2]
    body = (
        f'<div class="quote"><blockquote><a href="/redirect?pid=77"><font color="#999">老木匠 发表于 2014-5-10 '
        f"18:22</font></a><br />{quoted}</blockquote></div><br />{'<br /><br />'.join(own)}"
    )
    page = thread(
        floor(6101, "小周装修记", "2014-5-12 20:31", body),
        floor(6102, "路人乙", "2014-5-12 21:00", "学习了，谢谢分享。"),
        floor(6103, "路人丙", "2014-5-12 21:30", "收藏一下，明年装修用得上。"),
    )
    assert blocks(page) == [f"老木匠 发表于 2014-5-10 18:22 {quoted}", *own]
    # a small card opening with another page's linked title amid an article's prose still goes
    card = f'<div class="card"><a href="/p/9"><b>{ZH[0][:12]}</b></a><p>一篇旧文的摘要。</p></div>'
    assert blocks(f'<div class="content">{paragraphs(*TW[:2])}{card}{paragraphs(*TW[2:])}</div>') == TW
