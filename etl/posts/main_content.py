"""Which part of an HTML page is the article: one parse, measured principles, no site's class names.

A whole scraped page holds the article among navigation, bylines, share bars, related-article
lists and comment threads. Readability's idea, re-implemented on our own DOM walk:

1. ``PageMeasure`` walks the parsed tree once. It applies the named element rules of
   ``boilerplate`` and measures every block-level element: characters of text, characters inside
   links, commas (Chinese ，、。； too), paragraphs, images, the first text (a label such as
   '相关阅读'; whether it is a link's). Inline elements are folded into their block's figures.
   An element a class rule matches is measured apart (an *island*) and removed later unless the
   article turns out to be in it.
2. Every paragraph-like element with 25+ characters gives its parent a content score
   (1 + commas + length bonus), its grandparent half of it, older ancestors less: the element
   whose children are many comma-rich paragraphs collects the most. Generic class and id words
   weigh in (``content``/``article`` up, ``comment``/``sidebar`` down), the box of the page's
   first <h1> counts double, and the score is scaled by ``1 - link density``.
3. ``choose_article`` takes the best-scoring element, moves up to an ancestor when separate rivals
   of similar size share it, or when the ancestor adds as much comma-rich, link-poor prose again
   or only paragraphs and boxes that read like the top box (a lead section above the body); never
   past an <article> or the title's box; teasers (boxes opening with another page's linked title,
   not with a linked word of a sentence) do not count. Then it adds siblings that score close to
   it or read as prose.
4. ``prune_link_lists`` removes, inside the chosen elements, boxes that are mostly links once the
   prose has ended, or anywhere when labelled as related reading.

The caller reads the chosen elements into blocks; when nothing scores (short bodies, feed
templates), the whole body is the article.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from etl.posts.boilerplate import (
    AD_LABELS,
    CALL_TO_ACTION,
    FIRM_RULES,
    MORE_WORDS,
    PICTOGRAPHS,
    WRITER_LINE,
    WRITER_NOTE_MAX_CHARS,
    text_rule_for,
)
from etl.posts.patterns import guarded

# Elements whose text never runs into a neighbour's (a paragraph boundary); body.py's DOM walk uses them too.
BLOCK_LEVEL: Final[frozenset[str]] = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "body",
        "html",
        "address",
        "center",
        "details",
        "summary",
        "fieldset",
        "figure",
        "figcaption",
        "hgroup",
        "ol",
        "ul",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "blockquote",
        "pre",
        "hr",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "nav",
        "header",
        "footer",
        "aside",
        "menu",
    ]
)
# Elements scored as one paragraph of their parent.
PARAGRAPH_TAGS: Final = frozenset({"p", "pre", "td", "blockquote"})
# A starting score by tag, as readability does: boxes of prose up, lists and headings down.
TAG_BASE: Final = {
    "div": 5.0,
    "article": 8.0,
    "main": 5.0,
    "section": 3.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "ol": -3.0,
    "ul": -3.0,
    "dl": -3.0,
    "li": -3.0,
    "form": -3.0,
    "address": -3.0,
    "th": -5.0,
    "h1": -5.0,
    "h2": -5.0,
    "h3": -5.0,
    "h4": -5.0,
    "h5": -5.0,
    "h6": -5.0,
}
# Generic words of class and id names (every CMS), not one site's names.
POSITIVE_NAMES: Final = re.compile(r"article|body|content|entry|hentry|main|post|text|blog|story|正文", re.IGNORECASE)
NEGATIVE_NAMES: Final = guarded(
    re.compile(
        r"comment|combx|contact|foot|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|"
        r"sidebar|skyscraper|sponsor|shopping|tags|tool|widget|banner|breadcrumb|author|byline|hidden|nav|menu|recommend",
        re.IGNORECASE,
    )
)
# HTML's nested <article>: 'articles that are in principle related to the contents of the outer
# article' (comments, related posts), not its body.
NESTED_ARTICLE_RULE: Final = "strip_nested_articles"
AD_SLOT_RULE: Final = "strip_ad_slots"
CLASS_WEIGHT: Final = 25.0
SCORE_FLOOR: Final = 10.0  # readability's: a box scoring less is a stray line of the page, not prose
ISLAND_FACTOR: Final = 0.5
TITLE_FACTOR: Final = 2.0
# ...for a box with clauses in it: a headline's banner (its dates, a button) has none, however its class reads
# ('ex-hero-text'), and is no rival of the article's box beside it
TITLE_BOX_MIN_COMMAS: Final = 2
MIN_PARAGRAPH_CHARS: Final = 25
SHORT_RUN_MIN_LINES: Final = 4  # short paragraphs side by side, no link among them: a poem's lines, not a menu
_LISTS: Final = frozenset({"ul", "ol"})
SOURCE_LIST_MIN_LINKS: Final = 3  # a closing list of links to many other sites is the article's sources
SOURCE_LIST_SITE_SHARE: Final = 0.5  # distinct sites per link, at least (a subdomain is its site)
DIGEST_MIN_CARDS: Final = 3  # cards linking to many sites, side by side: a digest's items
KEYWORD_MIN_LINKS: Final = 3  # a closing line of short links: a keyword group
KEYWORD_MAX_CHARS: Final = 8  # a keyword's characters
KEYWORD_LINE_MAX_CHARS: Final = 60
LEAD_ITEM_MIN_CHARS: Final = 8  # a bullet of a summary is a phrase; a keyword is a word or two
PROSE_COMMA_RATE: Final = 0.02  # Chinese prose: a ， or 。 every 15-25 characters; English has a comma every ~100
RELATED_LABEL_MAX_CHARS: Final = 12  # a label alone on its line ('延伸阅读：', 'Related stories')
TEASER_TITLE_MIN_CHARS: Final = 5  # a linked word of a sentence is shorter than a headline
# The label of a box of links to other articles, wherever the box sits in the article; in brackets too ('【相关新闻】'),
# or after the site's own word and a mark ('本網關鍵字》其他人也在看').
RELATED_LABEL: Final = re.compile(
    r"^(?:[^》|｜:：\s]{1,8}[》|｜]\s*)?[【\[［〔]?(?:(?:本文|本篇|文中)(?=相关|相關))?(?:相关|相關|延伸|推荐|推薦|热门|熱門|猜你喜欢|猜你喜歡|喜欢此内容|喜歡此內容|"
    r"(?:大家|其他人|别人|別人)(?:也|都)在看|(?:为|為)(?:你|您)(?:推荐|推薦|精选|精選)|"
    r"(?:小编|小編|编辑|編輯|本站|站长|站長)(?:推荐|推薦|精选|精選)|(?:24\s*小时|24\s*小時|本周|本週|今日|一周|一週)?"
    r"(?:热文|熱文|热搜|熱搜|热榜|熱榜|排行榜|热新闻|熱新聞|(?:热点|熱點)(?:新闻|新聞|文章)?(?=[:：]?$))|更多|你可能|"
    # what others searched for ('大家都在搜：'), the group's latest threads ('最新讨论'), the writer's other posts
    r"(?:大家|其他人)(?:都|还|還)在搜|猜你想(?:买|買|看)|(?:相关|相關|热门|熱門)(?:搜索|搜尋)|(?:最新|相关|相關)(?:讨论|討論)(?=[:：]?$)|"
    r"作者的其他(?:日记|日記|文章|笔记|筆記)|"
    # the site's other items of the kind, alone on the line ('其他停水通知', '其它公告', '其他新闻')
    r"(?:其他|其它)[\u4e00-\u9fff]{0,4}(?:通知|公告|新闻|新聞|文章|消息|报道|報導|活动|活動)(?=[:：]?$)|"
    # what readers read most, alone on the line ('最受欢迎', '最多人看', '阅读排行'; '最受欢迎的职业' heads a section)
    r"(?:最受(?:欢迎|歡迎)|最多(?:阅读|閱讀|人看|人读|人讀|点击|點擊|分享))(?:文章|新闻|新聞)?(?=[:：]?$)|"
    r"(?:本周|本週|本月|今日|每周|每週|24\s*小时|24\s*小時)?(?:阅读|閱讀|点击|點擊|人气|人氣|评论|評論)(?:排行|排名)|"
    # a stream of the site's flashes ('电报', '7×24快讯', '滚动新闻'), alone on the line
    r"(?:(?:7\s*[x×*]\s*24\s*(?:小时|小時)?|实时|實時|即时|即時)?(?:快讯|快訊|电报|電報)|滚动新闻|滾動新聞)(?=[:：]?$)|您可能|阅读更多|閱讀更多|往期|精彩回顾|精彩回顧|即時新聞|即时新闻|最新新聞|最新新闻|"
    r"related|recommended|more (?:stories|news|on|from|in)\b|more\s*[:：]?$|more\b[^.!?]{0,30}\b(?:stories|news|articles|reads)\b|"
    r"read more|read also|also read|see (?:more|also)|don'?t miss|trending|most (?:read|popular|viewed)|top stories|"
    r"you may|you might|further reading|also in this issue|"
    # a notes site's pages that link to this one ('反向链接', '未链接的提及', 'Backlinks'), alone on the line
    r"(?:反向(?:链接|鏈接|連結)|未(?:链接|鏈接|連結)的提及|backlinks|(?:un)?linked mentions|what links here)(?=[:：]?$)|"
    # overseas outlets' labels: Malay and Indonesian, Vietnamese, Tagalog, French, Portuguese, Spanish, German
    r"baca juga|berita (?:berkaitan|terkait)|artikel (?:berkaitan|terkait)|xem thêm|đọc thêm|tin liên quan|bài liên quan|"
    r"kaugnay na balita|basahin din|lire aussi|à lire (?:aussi|également)|sur le même sujet|leia também|veja também|"
    r"notícias relacionadas|lea también|noticias relacionadas|lesen sie auch|mehr zum thema|"
    # where to hear a show: its platforms' links under the label ('收听平台', 'Listen on')
    r"(?:收听|收聽)(?:平台|渠道|管道|方式)|(?:订阅|訂閱)(?:方式|渠道|管道)|listen on|"
    # an edition's other stories ('本期还有', '本期其他文章'), an e-paper's page's ('本版其他文章', '本版新聞', '同版文章'),
    # a series' other parts ('本系列其他報導')
    r"(?:本期|今期|这期|這期|本版|同版|此版|本系列|同系列|此系列|系列)(?:还有|還有|其他|其它|更多|新闻|新聞|文章|导读|導讀|标题|標題)"
    # a writer's other pieces ('鄒明哲的其他文章', 'More from …')
    r"|[^\s，。,]{1,10}的(?:其他|其它|更多)(?:文章|作品|报道|報導|专栏|專欄))",
    re.IGNORECASE,
)
# The label of the article's own apparatus: its notes and the sources it cites ('参考资料', '資料來源',
# 'References'), in both scripts. A list of links under it is the author's citations, not other pages'.
REFERENCES_LABEL: Final = re.compile(
    r"^(?:注释|註釋|注解|註解|脚注|腳註|附注|附註|参考资料|參考資料|参考文献|參考文獻|参考来源|參考來源|资料来源|資料來源|"
    r"数据来源|數據來源|引用来源|引用來源|引文|出处|出處|参考链接|參考鏈接|參考連結|参考阅读|參考閱讀|"
    r"参考书目|參考書目|书目|書目|引用书目|引用書目|主要参考书目|主要參考書目|"
    r"原文(?:链接|鏈接|連結|出处|出處|地址)|"
    # a translation's sources: '本文编译自以下文章', '译自', '整合来源'
    r"[^。！？，,]{0,8}(?:翻译|翻譯|整合|编译|編譯|译自|譯自)[^。！？，,]{0,6}(?:文章|来源|來源|原文|自)|"
    r"references?|sources?|notes|footnotes|endnotes|bibliography|works cited|citations)[:：]?$",
    re.IGNORECASE,
)
TITLE_MATCH_MIN_CHARS: Final = 2  # a heading shorter than this is never taken for the post's title
STORY_MIN_SHARE: Final = (
    0.25  # of the best box's text, that the story under the post's headline holds to be its article
)
HEADLINE_MIN_SHARE: Final = 0.6  # of the post's title, that a heading reading as it holds to be its article's headline
TITLE_PART_MIN_CHARS: Final = 4  # a heading and a title that hold one another, not equal, are both at least this long
_TITLE_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4"})
UNDER_TITLE_MIN_SHARE: Final = 0.1  # of the best box's text, in a box under the page's headline that is an article too
TITLE_BOX_MIN_CHARS: Final = 20  # text besides the title that makes its box more than a heading's wrapper
TEASER_BOX_MAX_CHARS: Final = 120  # a card's title and a line or two; an article's section is longer
_TEASER_BOXES: Final = frozenset({"div", "section", "aside"})
DISCUSSION_MIN_REPLIES: Final = 3
# a comment's reply control on a line of its own, or after the comment's time and before its other controls
# ('2021-05-28 20:15 回复', '5月28日 10:00 回复 赞 1', '3小时前 回复 举报')
# a comment's time as a page says it to its reader: how long ago ('2小时前', '3 hours ago'), or '昨天 22:14'
_AGO_TEXT: Final = (
    r"\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週)前|刚刚|剛剛|\b\d+\s*(?:minutes?|hours?|days?|weeks?)\s+ago\b"
)
_RELATIVE_TIME_TEXT: Final = rf"{_AGO_TEXT}|(?:昨天|前天|今天)\s*\d{{1,2}}:\d{{2}}|\byesterday\b"
COMMENT_TIME: Final[str] = (
    r"(?:(?:\d{4}[-/.年]\s*)?\d{1,2}[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}"
    rf"|{_RELATIVE_TIME_TEXT})"
)
# (spaces within a line only: '\s' would run on across the blank lines of a box's text at every line's start)
_LINE_COMMENT_TIME: Final = COMMENT_TIME.replace(r"\s", r"[ \t]")
# the reply control, then the comment's other controls, each maybe with its count ('回复 赞 1', '回覆(3) 檢舉')
_REPLY_CONTROLS: Final = (
    r"(?:回复|回覆|回應|回应|reply)\s*(?:[(（]?\d+[)）]?)?"
    r"(?:\s*(?:赞|讚|点赞|點讚|支持|反对|反對|举报|舉報|顶|頂|踩|like)\s*(?:[(（]?\d+[)）]?)?)*"
)
_LINE_REPLY_CONTROLS: Final = _REPLY_CONTROLS.replace(r"\s", r"[ \t]")
_REPLY_CONTROL: Final = re.compile(
    rf"^[ \t\u3000]*(?:{_LINE_COMMENT_TIME}[ \t]*)?{_LINE_REPLY_CONTROLS}[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_REPLY_WORDS: Final = ("回复", "回覆", "回應", "回应", "reply", "Reply", "REPLY")
_TIMED_REPLY: Final = re.compile(rf"{COMMENT_TIME}\s*{_REPLY_CONTROLS}", re.IGNORECASE)
MENU_LINK_SHARE: Final = 0.9  # of a box's text in links: a menu, whatever the rest (a stray word, separators)
_WORD_CHAR: Final = re.compile(r"[^\W_]")  # a letter or digit of any script
_COMMAS: Final = re.compile(r"[,，、。；;]")
# an item's number before its text ('1、', '十、'): the enumeration comma after it sets apart no clause
_ORDINAL_MARK: Final = re.compile(r"\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})、")
_SENTENCE_END: Final = re.compile(r"[.。!！?？…”」』\"')）]$")
# a post's words ending with a pictograph after Chinese ('…不用再叫計程車了🙏'): a sentence's end as posts write one
_POST_END: Final = re.compile(f"[\u3400-\u9fff][{PICTOGRAPHS}][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*$")
_EMPTY_INLINE: Final = frozenset({"br", "wbr"})
_LINK_LINES: Final = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})
_POINTER_LINES: Final = _LINK_LINES | {"li", "div"}
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PARAGRAPH_LIKE: Final = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "figure", "table", "hr"}
)
_PRUNABLE: Final = frozenset({"div", "section", "ul", "ol", "dl", "table", "td", "aside", "nav", "form", "center"})


# a web address written out ('typefinder.example/', 'https://example.org/a'): a site's name, never another page's headline
_SITE_ADDRESS: Final = re.compile(
    r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/:?#]\S*)?$", re.IGNORECASE
)


class Measure:
    """What one element holds, measured after the element rules removed their matches.

    A plain class, not a dataclass: this module is compiled (mypyc), where a dataclass's ``__init__``
    stays the interpreted function ``dataclasses`` writes, and one Measure is made per block element."""

    __slots__ = (
        "ad_label",
        "chars",
        "children",
        "commas",
        "direct_chars",
        "direct_commas",
        "has_block_child",
        "head_text",
        "images",
        "island",
        "lead_in_sentence",
        "lead_line_open",
        "lead_link",
        "link_chars",
        "node",
        "ordinals",
        "paragraphs",
        "score",
        "scored",
        "short_chars",
        "short_lines",
        "tag",
        "text_tail",
        "weight",
    )

    def __init__(self, node: LexborNode, tag: str, island: int = 0) -> None:
        self.node = node
        self.tag = tag
        self.chars = 0  # non-whitespace characters of text
        self.link_chars = 0
        self.commas = 0
        self.ordinals = 0  # items' numbers marked with an enumeration comma ('1、'), among ``commas``
        self.direct_chars = 0  # text not inside a block-level child (a run of <br>-separated lines)
        self.direct_commas = 0
        self.short_lines = 0  # paragraph children too short to score alone, with no link (a poem's lines)
        self.short_chars = 0
        self.paragraphs = 0
        self.images = 0
        self.has_block_child = False
        self.score = 0.0
        self.scored = False  # whether the element received paragraph scores
        self.weight = 0.0  # class/id words
        self.text_tail = ""  # the last characters of its text (does it end a sentence?)
        self.head_text = ""  # the start of its text (a label such as '相关阅读')
        self.lead_link: bool | None = None  # whether its first text is a link's (a teaser's linked title)
        self.lead_in_sentence = False  # its opening link runs on into plain text on the same line
        self.lead_line_open = False  # (while measuring) its own text so far is one opening link's line
        self.island = island  # mem_id of the element a class rule matched that holds this one (0: none)
        # it opens with an ad slot's label that an ad rule's class took ('<div class="ad-label">')
        self.ad_label = False
        self.children: list[Measure] = []

    @property
    def opens_with_title_link(self) -> bool:
        """Whether it opens with a linked title (a teaser of another page), not a linked word of a
        sentence ('<a>However</a>, the documents show ...')."""
        if not self.lead_link:
            return False
        if self.lead_in_sentence and _SITE_ADDRESS.match(self.head_text):
            return False  # a sentence opening with a linked web address names a site: '<a>typefinder.example</a> 这个网站…'
        return not self.lead_in_sentence or self.head_chars >= TEASER_TITLE_MIN_CHARS

    @property
    def head_chars(self) -> int:
        """Non-whitespace characters of ``head_text``."""
        return len("".join(self.head_text.split()))

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0

    @property
    def final_score(self) -> float:
        return self.score * (1.0 - self.link_density)


def class_weight(node: LexborNode) -> float:
    """+25 for generic content words in the class or id, -25 for generic chrome words."""
    attrs = node.attributes
    return _name_weight(attrs.get("class")) + _name_weight(attrs.get("id"))


@functools.lru_cache(maxsize=4096)
def _name_weight(value: str | None) -> float:
    if not value:
        return 0.0
    weight = 0.0
    # a utility class says how text looks ('text-white', 'text-lg'), not what the box is
    value = " ".join(n for n in value.split() if not _UTILITY_CLASS.match(n))
    if NEGATIVE_NAMES.search(value):
        weight -= CLASS_WEIGHT
    if POSITIVE_NAMES.search(value):
        weight += CLASS_WEIGHT
    return weight


_UTILITY_CLASS: Final = re.compile(r"(?:[a-z0-9]+:)*-?(?:text|bg|font|leading|border|shadow)-", re.IGNORECASE)


class PageMeasure:
    """One walk over the tree: removals by the element rules, then measures and paragraph scores."""

    def __init__(
        self, removable: Callable[[LexborNode, str], tuple[str, bool] | None], removed: dict[str, int]
    ) -> None:
        self.removable = removable
        self.removed = removed
        self.candidates: list[Measure] = []
        self.islands: list[tuple[Measure, str]] = []  # (element, rule): removed unless it holds the article
        self._stack: list[Measure] = []
        self._island = 0
        self._articles = 0  # <article> elements open around the walk
        self.island_parent: dict[int, int] = {}  # island -> the island holding it (0: none)
        self.island_host: dict[int, Measure | None] = {}  # island -> the element it sits in

    def measure(self, node: LexborNode, tag: str, in_link: bool = False) -> Measure:
        """Measure a block-level element. Inline elements inside it (spans, links, emphasis) are
        folded into its figures rather than measured as boxes of their own: they are never
        candidates, and a Python object per inline element is most of the walk's cost."""
        m = Measure(node, tag, island=self._island)
        self._stack.append(m)
        if tag == "article":
            self._articles += 1
            self._fold(node, m, in_link)
            self._articles -= 1
        else:
            self._fold(node, m, in_link)
        m.text_tail = m.text_tail.rstrip()[-3:]
        if tag == "p":
            m.paragraphs += 1
        self._stack.pop()
        if tag in PARAGRAPH_TAGS or (tag in ("div", "section") and not m.has_block_child):
            if m.chars >= MIN_PARAGRAPH_CHARS:
                self._score_ancestors(1.0 + m.commas + min(m.chars / 100.0, 3.0), start=len(self._stack) - 1)
        elif m.has_block_child and m.direct_chars >= MIN_PARAGRAPH_CHARS:
            # text runs beside block children (lines split by <br>) are paragraphs of this element
            self._score_own_paragraph(m, 1.0 + m.direct_commas + min(m.direct_chars / 100.0, 3.0))
        if m.short_lines >= SHORT_RUN_MIN_LINES and m.short_chars >= MIN_PARAGRAPH_CHARS:
            # a run of short lines is prose too (a poem, a list of sayings): together they are a paragraph, each line a
            # clause of it as a comma sets one apart in prose
            self._score_own_paragraph(m, 1.0 + m.short_lines + min(m.short_chars / 100.0, 3.0))
        return m

    def _score_own_paragraph(self, m: Measure, score: float) -> None:
        """Score ``m`` and its ancestors for a paragraph that is ``m``'s own text, not a child's."""
        self._stack.append(m)
        self._score_ancestors(score, len(self._stack) - 1)
        self._stack.pop()

    def _fold(self, node: LexborNode, m: Measure, in_link: bool) -> None:
        """Add the text under ``node`` to ``m``: its own text and inline elements' directly, block
        elements as measured children."""
        child = node.child
        while child is not None:
            following = child.next
            ctag = child.tag
            if ctag == "-text":
                text = child.text_content or ""
                n = len("".join(text.split())) if text else 0  # non-whitespace characters
                if n:
                    if m.lead_link is None:
                        m.lead_link = m.lead_line_open = in_link
                        m.head_text = text.strip()[:40]
                    elif m.lead_line_open and not in_link:
                        m.lead_in_sentence = True
                        m.lead_line_open = False
                    commas = len(_COMMAS.findall(text))
                    if commas and "、" in text and _ORDINAL_MARK.match(text):
                        m.ordinals += 1
                    m.chars += n
                    m.direct_chars += n
                    m.commas += commas
                    m.direct_commas += commas
                    if in_link:
                        m.link_chars += n
                    m.text_tail = text
            elif ctag in _EMPTY_INLINE:
                m.lead_line_open = False  # a line break after the opening link: a title above its summary
            elif ctag is not None and not ctag.startswith(("-", "_", "!")):
                match = self.removable(child, ctag)
                if match is None and ctag == "article" and self._articles:
                    match = (NESTED_ARTICLE_RULE, True)  # an island: removed unless the article is in it
                if match is not None:
                    rule, by_class = match
                    self.removed[rule] = self.removed.get(rule, 0) + 1
                    if by_class:
                        self._measure_island(child, ctag, rule)
                        if rule == AD_SLOT_RULE and m.lead_link is None and not m.images:
                            label = self.islands[-1][0]
                            m.ad_label = label.chars == label.head_chars and bool(AD_LABELS.match(label.head_text))
                    else:
                        remove_element(child)
                elif ctag in BLOCK_LEVEL:
                    m.lead_line_open = False
                    c = self.measure(child, ctag, in_link)
                    m.children.append(c)
                    m.has_block_child = True
                    if c.chars and c.chars < MIN_PARAGRAPH_CHARS and not c.link_chars and _is_line(c):
                        m.short_lines += 1
                        m.short_chars += c.chars
                    m.chars += c.chars
                    m.link_chars += c.link_chars
                    m.commas += c.commas
                    m.ordinals += c.ordinals
                    m.paragraphs += c.paragraphs
                    m.images += c.images
                    if c.chars:
                        m.text_tail = c.text_tail
                        if m.lead_link is None:
                            m.lead_link, m.lead_in_sentence = c.lead_link, c.lead_in_sentence
                            m.head_text = c.head_text
                elif ctag == "img" or ctag == "amp-img":
                    m.images += 1
                else:
                    self._fold(child, m, in_link or ctag == "a")
            child = following

    def _measure_island(self, node: LexborNode, tag: str, rule: str) -> None:
        """Measure an element a class rule matched apart from the page: its paragraphs score only
        inside it, and it is removed later unless the article is found in it."""
        stack, outer = self._stack, self._island
        self._stack = []
        self._island = node.mem_id
        try:
            measured = self.measure(node, tag)
        finally:
            self._stack = stack
            self._island = outer
        self.islands.append((measured, rule))
        self.island_parent[node.mem_id] = outer
        self.island_host[node.mem_id] = self._stack[-1] if self._stack else None

    def _score_ancestors(self, score: float, start: int) -> None:
        for level in range(5):
            index = start - level
            if index < 0:
                break
            ancestor = self._stack[index]
            if not ancestor.scored:
                ancestor.scored = True
                ancestor.weight = class_weight(ancestor.node)
                ancestor.score = TAG_BASE.get(ancestor.tag, 0.0) + ancestor.weight
                self.candidates.append(ancestor)
            ancestor.score += score / (1 if level == 0 else 2 if level == 1 else level * 3)


def _is_line(m: Measure) -> bool:
    """A paragraph or a box of text alone, a line of a poem however it is set ('<p>', '<div>', WeChat's
    '<section>'); not a table's cell, which a row of figures has many of."""
    return m.tag in ("p", "blockquote") or (m.tag in ("div", "section") and not m.has_block_child)


def _parents(root: Measure) -> dict[int, Measure]:
    parents: dict[int, Measure] = {}
    stack = [root]
    while stack:
        m = stack.pop()
        for c in m.children:
            parents[id(c)] = m
            stack.append(c)
    return parents


def settle_islands(page: PageMeasure, chosen: list[Measure], page_chars: int) -> None:
    """Remove the elements class rules matched, except those that hold the article: the one the
    article was found in (and those around it), and one inside the article holding more prose than
    the rest of it (a paywalled article's text in a 'paywall' box; a short paywall note still goes).
    Kept too, as the article's own: a box left open that swallowed the article's last paragraphs (its own words
    before them go), a box a region's rule names amid or before the prose or noting the article ('調查說明') and
    its title, and a correction right after the article's box (added to ``chosen``, to be read after it)."""
    keep: set[int] = set()
    if not chosen:  # nothing scored (a short body): a firm rule's match holding most of the text stays
        keep.update(m.node.mem_id for m, _ in page.islands if m.chars > 0.5 * page_chars)
    island = chosen[0].island if chosen else 0
    while island:
        keep.add(island)
        island = page.island_parent.get(island, 0)
    inside = {id(m) for top in chosen for m in _subtree(top)}
    article_chars = sum(m.chars for m in chosen)
    own_boxes: set[int] = set()  # boxes a region's rule named that are the article's own
    island_ids = {m.node.mem_id for m, _ in page.islands}
    for island_measure, rule in page.islands:
        host = page.island_host.get(island_measure.node.mem_id)
        if (
            rule not in FIRM_RULES
            and host is not None
            and id(host) in inside
            and island_measure.chars > article_chars
            and island_measure.link_density < 0.3
        ):
            keep.add(island_measure.node.mem_id)
    for island_measure, rule in page.islands:
        host = page.island_host.get(island_measure.node.mem_id)
        if rule not in FIRM_RULES and host is not None and id(host) in inside:
            swallowed = _swallowed_paragraphs(island_measure, host)
            if swallowed is not None:
                _remove_before(swallowed, island_measure.node)
                keep.add(island_measure.node.mem_id)
            elif rule in REGION_RULES and (
                _box_amid_the_prose(island_measure, host)
                or (2 * host.chars <= article_chars and _titles_its_box(island_measure, host))
                or _notes_the_article(island_measure)
            ):
                own_boxes.add(island_measure.node.mem_id)
        elif rule in REGION_RULES and chosen and _corrects_the_article(island_measure, chosen[-1], island_ids):
            own_boxes.add(island_measure.node.mem_id)
            chosen.append(island_measure)  # (after the article's box: read after it)
        elif rule in REGION_RULES and chosen and _sums_up_the_article(island_measure, chosen[0]):
            own_boxes.add(island_measure.node.mem_id)
            chosen.insert(0, island_measure)  # (before the article's box: read before it)
    for island_measure, rule in page.islands:  # (a kept box's own parts named as it is: its heading, 'sidebar-title')
        parent_island = page.island_parent.get(island_measure.node.mem_id, 0)
        if parent_island in own_boxes and rule in REGION_RULES and not island_measure.link_chars:
            own_boxes.add(island_measure.node.mem_id)
    keep |= own_boxes
    for island_measure, rule in page.islands:
        node_id = island_measure.node.mem_id
        if node_id in keep:
            page.removed[rule] -= 1
            if not page.removed[rule]:
                del page.removed[rule]
        elif page.island_parent.get(node_id, 0) in keep or not page.island_parent.get(node_id, 0):
            remove_element(island_measure.node)  # (one inside a removed island goes with it)


SWALLOWED_MIN_PARAGRAPHS: Final = 2
# the rules that name a region of the page (a sidebar, a box of related reading), not an ad's, a share bar's or a
# prompt's: the article's own box may be named so (a timeline in a 'sidebar', a background in a 'related-box')
REGION_RULES: Final = frozenset({"strip_navigation", "strip_related_articles"})
AMID_MIN_SENTENCES: Final = 2


BOX_TITLE_MAX_CHARS: Final = 20
# a note that corrects or annotates the article, by its label ('更正', '編按：', 'Correction:'), in both scripts
CORRECTION_LABEL: Final = re.compile(
    r"^\s*[【\[(（]?(?:更正(?:啟事|启事|聲明|声明)?|勘誤|勘误|編按|编按|編者按|编者按|編者註|编者注|"
    # a survey's or a data story's method ('調查說明', '数据说明', '研究方法', 'Methodology')
    r"(?:调查|調查|数据|數據|资料|資料|民调|民調|研究|统计|統計)(?:说明|說明|方法)|方法(?:说明|說明)|"
    r"corrections?|clarification|editor['’]s note|methodology|about (?:the|this) (?:data|survey|poll))"
    r"[】\])）]?\s*(?:[:：]|\s|$)",
    re.IGNORECASE,
)
CORRECTION_MAX_CHARS: Final = 300


def _notes_the_article(island: Measure) -> bool:
    """Whether a box inside the article that a region's rule matched (an <aside>, its <footer>) is the article's note: it
    opens with a correction's, an editor's or a method's label and states a sentence, with no link ('調查說明',
    '数据说明', '更正'); or it is the article's notes under their label ('註釋', '参考资料'), sentences whose only links
    lead back to where each is cited ('↩')."""
    if (
        0 < island.chars <= FOOTNOTES_MAX_CHARS
        and island.commas > 0
        and island.link_chars * FOOTNOTE_LINK_SHARE <= island.chars
        and REFERENCES_LABEL.match(island.head_text) is not None
    ):
        return True
    return (
        not island.link_chars
        and 0 < island.chars <= CORRECTION_MAX_CHARS
        and island.commas > 0
        and CORRECTION_LABEL.match(island.head_text) is not None
        and _SENTENCE_END.search(island.text_tail) is not None
    )


FOOTNOTES_MAX_CHARS: Final = 3000
FOOTNOTE_LINK_SHARE: Final = 10  # of the notes' characters, at most one in ten in links (a back reference each)


def _sums_up_the_article(island: Measure, first: Measure) -> bool:
    """Whether a box a region's rule matched, right before the article's box, is its summary in bullets ('<aside
    class="article-keypoints"><h2>本文要点</h2><ul><li>…'): items that state sentences, no link (``_is_lead_list``)."""
    if island.tag in ("nav", "header", "footer", "menu") or not _is_lead_list(island):
        return False
    # right before it, or before the box around it, with only its headline and byline between (short lines)
    node: LexborNode | None = first.node
    for _ in range(SUMMARY_LEVELS):
        if node is None:
            return False
        before = node.prev
        while before is not None and (
            before.tag in ("-text", "_comment")
            or (before.mem_id != island.node.mem_id and len(before.text(deep=True).strip()) <= SUMMARY_GAP_MAX_CHARS)
        ):
            before = before.prev
        if before is not None:
            return before.mem_id == island.node.mem_id
        node = node.parent
    return False


SUMMARY_LEVELS: Final = 3
SUMMARY_GAP_MAX_CHARS: Final = 80  # a headline's, a byline's line between the summary and the article's text


def _corrects_the_article(island: Measure, last: Measure, islands: set[int]) -> bool:
    """Whether a box a region's rule matched, right after the article's box, is a note correcting the article: it opens
    with a correction's or an editor's label and states a sentence, with no link ('<aside><h5>更正</h5><p>本文原稱…，已於
    4月10日更正。</p></aside>' after '</article>'). Boxes the rules take between them (``islands``: the share bar, the
    tags) leave it right after the article."""
    if not _notes_the_article(island):
        return False
    before = island.node.prev
    while before is not None and (before.tag in ("-text", "_comment") or before.mem_id in islands):
        before = before.prev
    if before is None:
        return False
    node: LexborNode | None = last.node
    while node is not None and node.tag not in ("body", "html"):
        if node.mem_id == before.mem_id:
            return True
        node = node.parent
    return False


def _titles_its_box(island: Measure, host: Measure) -> bool:
    """Whether a short label a region's rule matched ('<div class="sidebar-title">名词解释</div>') is the title of a box
    inside the article that states sentences (a glossary, a background): its first element, no link."""
    if island.link_chars or not 0 < island.chars <= BOX_TITLE_MAX_CHARS:
        return False
    first = host.node.child
    while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
        first = first.next
    return first is not None and first.mem_id == island.node.mem_id and _states_sentences(host)


def _states_sentences(box: Measure) -> bool:
    """Whether a box states two or more sentences of its own with no link (paragraphs, items, lines)."""
    sentences = sum(
        1
        for m in _subtree(box)
        if (m.tag in ("p", "li", "dd") or (m.tag == "div" and not m.has_block_child))
        and m.chars >= 10
        and m.commas
        and not m.link_chars
        and _SENTENCE_END.search(m.text_tail) is not None
    )
    return sentences >= AMID_MIN_SENTENCES


def _box_amid_the_prose(island: Measure, host: Measure) -> bool:
    """Whether a box a region's rule matched stands amid the article's prose, inside its box, and is the article's:
    the article's paragraphs come before it and after it, and it states sentences of its own (two or more, with no
    link: a timeline's entries, a background's paragraphs). A sidebar of headlines is links; one of the page's sits
    beside the article, not in its text."""
    if island.link_chars or island.tag in ("nav", "header", "footer", "menu"):
        return False
    # (before the article's first paragraph too, a box of paragraphs of prose: a background or an editor's note)
    states, prose = _states_sentences(island), _opens_with_prose(island)
    if not (states or prose):
        return False
    # a pull quote: a sentence the article says already, set large
    said = "".join(host.node.text(deep=True).split())
    if any(
        said.count("".join(m.node.text(deep=True).split())) >= 2
        for m in _subtree(island)
        if m.tag == "p" and m.chars >= 10
    ):
        return False
    articles = {c.node.mem_id for c in host.children if _holds_prose(c) or any(_holds_prose(x) for x in c.children)}
    before = after = False
    node = island.node.prev
    while node is not None and not before:
        before = node.mem_id in articles
        node = node.prev
    node = island.node.next
    while node is not None and not after:
        after = node.mem_id in articles
        node = node.next
    return after and (before or prose)


def _opens_with_prose(box: Measure) -> bool:
    """Whether a box holds a paragraph of prose of its own (clauses, a sentence's end, no link)."""
    return any(m.tag == "p" and m.commas >= 2 and _holds_prose(m) for m in _subtree(box))


def _swallowed_paragraphs(island: Measure, host: Measure) -> LexborNode | None:
    """The first of the article's paragraphs that a box a class rule matched swallowed, if it did: a box left open
    ('<div class="ad-box">廣告 …' with no '</div>') holds every paragraph after it, to the end of the article's box.
    It is the last thing in its host, and holds two or more paragraphs of prose made as the article's own before it
    (the same tag and class), after its own few words: what comes before the first of them is the box's, the rest the
    article's. A box closed in time has the article's paragraphs after it, or no prose of the article's shape."""
    following = island.node.next
    while following is not None and following.tag == "-text" and not (following.text_content or "").strip():
        following = following.next
    if following is not None:
        return None
    shapes = {(c.tag, c.node.attributes.get("class")) for c in host.children if c.tag == "p" and _holds_prose(c)}
    if not shapes:
        return None
    inner = [
        m
        for m in _subtree(island)
        if m.tag == "p" and _holds_prose(m) and (m.tag, m.node.attributes.get("class")) in shapes
    ]
    if len(inner) < SWALLOWED_MIN_PARAGRAPHS:
        return None
    # (the subtree's order is not the document's: the first is the one the walk down the box meets first)
    found = {m.node.mem_id for m in inner}
    return next(node for node in island.node.traverse() if node.mem_id in found)


def _remove_before(node: LexborNode, top: LexborNode) -> None:
    """Remove everything inside ``top`` that comes before ``node`` in the document."""
    at: LexborNode | None = node
    while at is not None and at.mem_id != top.mem_id:
        before = at.prev
        while before is not None:
            earlier = before.prev
            before.decompose()
            before = earlier
        at = at.parent


def remove_element(node: LexborNode) -> None:
    """Remove an element from the tree. A block set between two runs of text ('…line<br><div class="ad">…</div>
    line…') is emptied, not removed: its place still ends the paragraph before it, as it did on the page,
    instead of gluing the text on either side into one paragraph."""
    if node.tag in BLOCK_LEVEL and _inline_beside(node, forward=False) and _inline_beside(node, forward=True):
        while (child := node.child) is not None:
            child.decompose()
    else:
        node.decompose()


def _inline_beside(node: LexborNode, forward: bool) -> bool:
    """Whether the nearest sibling on one side, past whitespace and comments, is text or an inline element."""
    sibling = node.next if forward else node.prev
    while sibling is not None:
        tag = sibling.tag or ""
        if tag == "-text":
            if (sibling.text_content or "").strip():
                return True
        elif not tag.startswith(("-", "_", "!")):
            return tag not in BLOCK_LEVEL
        sibling = sibling.next if forward else sibling.prev
    return False


def _subtree(m: Measure) -> list[Measure]:
    found, stack = [], [m]
    while stack:
        m = stack.pop()
        found.append(m)
        stack.extend(m.children)
    return found


def choose_article(
    root: Measure,
    candidates: list[Measure],
    islands: list[tuple[Measure, str]],
    conversations: frozenset[int] = frozenset(),
    title_text: str | None = None,
) -> list[Measure]:
    """The elements that make the article, in document order (empty: no element scored). ``conversations``: the boxes
    a comment rule's element lies in that hold a conversation (``holds_a_conversation``), by ``mem_id``.
    ``title_text``: the post's title; a page holding several articles under their own headlines (an endless page, a
    stream, a print-all page) has its article under the one that reads as it, else under its first <h1>."""
    if not candidates:
        return []
    outside = max((m for m in candidates if not m.island), key=lambda m: m.final_score, default=None)
    firm_islands = {island.node.mem_id: island for island, rule in islands if rule in FIRM_RULES}
    firm = set(firm_islands)
    parents = _parents(root)
    title, story = _posts_headline(root, title_text, parents)
    title_box = {id(x) for x in _subtree(parents[id(title)])} if title is not None and id(title) in parents else set()
    if title is not None and title.tag not in _TITLE_HEADINGS:
        # a headline set in a cell or a box of its own (an old portal's '<td><font size=5><b>…'): its box is the
        # nearest one around it with text besides it, the article's table
        around = _box_of_title(title, parents)
        title_box = {id(x) for x in _subtree(around)} if around is not None else title_box
    if story is not None:
        # a page of several articles, each under its own headline (an endless page, a stream, a print-all page of a
        # series): the post's is the one under the headline that reads as its title
        # (when it holds an article's worth of text: a headline's box of only its byline leaves the page's best box
        # the article, a copy keeping the original's own headline over its text)
        inside = {id(x) for x in _subtree(story)}
        within = [m for m in candidates if id(m) in inside]
        best = max(candidates, key=lambda m: m.final_score)
        if any(m.final_score > 0 for m in within) and story.chars >= STORY_MIN_SHARE * best.chars:
            candidates = within

    def rank(m: Measure) -> float:
        # Inside an element a class rule removes, a box competes at a discount unless it holds
        # clearly more text than the best box outside (a blog's post inside a 'widget', an
        # article in a 'content-with-sidebar' wrapper): the rule was wrong about it. Comment
        # threads are long prose too: they always compete at a discount, and not at all against a box
        # outside them that scores as prose when they are the whole thread, or written in another script
        # than that box (spam under a Chinese article).
        titled = id(m) in title_box and m.commas >= TITLE_BOX_MIN_COMMAS
        score = m.final_score * (TITLE_FACTOR if titled else 1.0)
        if not m.island or (m.island not in firm and (outside is None or m.chars >= 2 * outside.chars)):
            return score
        if m.island in firm and outside is not None and outside.final_score >= SCORE_FLOOR and outweighed(m):
            return 0.0
        return ISLAND_FACTOR * score

    text_chars: dict[int, int] = {}  # the text's length of boxes asked about (a whole thread's, once), by mem_id
    shares: dict[int, float] = {}  # Han shares (``_han_share``) of the box outside and of comments, by mem_id
    set_aside: dict[int, bool] = {}  # (rank is asked of a box more than once)

    def share(node: LexborNode) -> float:
        if node.mem_id not in shares:
            shares[node.mem_id] = _han_share(node)
        return shares[node.mem_id]

    def outweighed(m: Measure) -> bool:
        # readers' comments never hold the article when a box outside them scores as prose: the whole thread
        # (not one long comment of it), or a comment in another script than that box (its island: the comment)
        if id(m) not in set_aside:
            island = firm_islands[m.island].node
            set_aside[id(m)] = _holds_the_thread(m, firm_islands, text_chars) or (
                outside is not None and abs(share(island) - share(outside.node)) >= SCRIPT_SHARE_GAP
            )
        return set_aside[id(m)]

    ranked = sorted(candidates, key=rank, reverse=True)
    top = ranked[0]
    if top.final_score <= 0:
        return []
    if _lists_compositions(top) or _card_of_listing(top, parents):
        # a list of other pages' teasers scores as prose (each card's summary is a sentence), and so does one card
        # of it: the article is a box of another kind that scores half as well, when there is one (a digest page
        # has none)
        inside = {id(x) for x in _subtree(top)}
        other = next(
            (
                m
                for m in ranked[1:]
                if m.final_score >= 0.5 * top.final_score
                and id(m) not in inside
                and not any(x is top for x in _subtree(m))
                and not _lists_compositions(m)
                and not _card_of_listing(m, parents)
            ),
            None,
        )
        if other is None and title is not None and id(top) not in title_box:
            # no other box scores (the article's lines are short or linked: a live blog's updates): the box around
            # the page's headline with text of its own, when it is not the list's
            other = _box_of_title(title, parents, top)
        top = other if other is not None else top
    if title is not None and id(top) not in title_box and _is_discussion(top):
        # readers' comments, longer than the article (a poem, a short note): the article is under its headline
        top = _box_of_title(title, parents, top) or top
    elif title is None and _is_discussion(top):
        # with no headline to go by: the best box that neither holds the comments nor is held by them, nor is comments
        inside = {id(x) for x in _subtree(top)}
        top = next(
            (
                m
                for m in ranked[1:]
                if m.final_score > 0
                and id(m) not in inside
                and not any(x is top for x in _subtree(m))
                and not _is_discussion(m)
            ),
            top,
        )
    asked = None
    if id(top) in title_box and QUESTION_END.search(top.text_tail):
        # the headline's box holds a question (a Q&A page's details under it), and a box outside it scores better as
        # prose, neither holding it nor comments: the answer, the article, under the question
        inside = {id(x) for x in _subtree(top)}
        answer = next(
            (
                m
                for m in ranked[1:]
                if m.final_score > top.final_score
                and id(m) not in title_box
                and id(m) not in inside
                and not m.island
                and not any(x is top for x in _subtree(m))
                and not _is_discussion(m)
                and not _lists_compositions(m)
            ),
            None,
        )
        if answer is not None:
            asked, top = top, answer
    if title_box and id(top) not in title_box and _headed_by_a_title(top, title):
        # the best box holds the page's headline in a corner (a wrapper of sidebars and the article), or opens with
        # a headline of its own: another article (the next story an endless page loaded, longer than this one); the
        # article is the best box under the page's headline
        # (one that holds an article: a headline's box with only its byline leaves the best box the article, a copied
        # page's body that keeps the original's own headline)
        under_title = next(
            (
                m
                for m in ranked[1:]
                if id(m) in title_box
                and m.final_score > 0
                and not _lists_compositions(m)
                and m.chars >= UNDER_TITLE_MIN_SHARE * top.chars
            ),
            None,
        )
        if under_title is not None:
            # (unless the headline's box holds only the headline and its lead, and the article's body follows it in
            # a box of its own beside it, scoring far better, no other headline between them)
            top = _body_after_title(top, title_box, ranked, under_title) or under_title
    top, first_post = _first_post(top, parents)
    if (
        top is not root
        and first_post is None  # (a thread's first post is the article, however short)
        and top.weight > 0
        and root.scored
        and 2 * top.chars < root.chars
        and root.final_score > (top.score - top.weight) * (1.0 - top.link_density)
    ):
        # a small box that only its class's name ('kg-toggle-content') lifted above the page's own paragraphs, which
        # sit right under the root (a post's body of bare <p>, a toggle card or a callout among them): the root
        top = root
    best = top  # the box where the prose is, before any climb to a box around it
    for island, _ in islands:
        parents.update(_parents(island))

    def ancestors(m: Measure) -> list[Measure]:
        chain = []
        while id(m) in parents:
            m = parents[id(m)]
            chain.append(m)
        return chain

    # Close rivals of a similar size inside one ancestor: the article is split across boxes;
    # take their ancestor. (Smaller rivals of the same score are teasers of other articles.)
    around_top = set(map(id, ancestors(top)))  # boxes holding the top box are not its rivals
    rivals = [
        m
        for m in ranked[1:6]
        if m is not top  # (the top box may have been replaced by one of them)
        and rank(m) >= 0.75 * rank(top)
        and m.island == top.island
        and (top.opens_with_title_link or not _lists_compositions(m))  # (top a teaser: a listing page)
        and (top.opens_with_title_link or not _card_of_listing(m, parents))  # (nor one card of a listing)
        and not _is_discussion(m)
        and 2 * m.chars >= top.chars
        and id(m) not in around_top
        and id(top) not in set(map(id, ancestors(m)))
        # (in a thread, the replies are no part of the article: its rivals are in the first post)
        and (first_post is None or m is first_post or id(first_post) in set(map(id, ancestors(m))))
    ]
    if len(rivals) >= 2:
        rival_chains = [set(map(id, ancestors(r))) | {id(r)} for r in rivals]
        for ancestor in ancestors(top):
            if ancestor.tag in ("body", "html"):
                break
            if sum(id(ancestor) in chain for chain in rival_chains) >= 2:
                top = ancestor
                break
    elif len(rivals) == 1 and title is not None and _parts_under_one_title(top, rivals[0], parents, title, title_box):
        top = parents[id(top)]
    elif (other_side := _other_side(top, parents)) is not None and _translations_side_by_side(top, other_side, parents):
        top = parents[id(top)]  # (the other script's side scores less beside the headline's: no rival, its twin)
    # An ancestor that scores well too and adds as much prose again is the article, of which the top
    # box was one part (pasted sections, a lead box and a body box).
    below, teasers = top, Measure(top.node, "")  # teasers: boxes that open with a link, not prose
    posts = _Posts()
    for ancestor in ancestors(top):
        # a conversation's responses, boxes made alike, each an essay: one of them is not the whole
        conversation = ancestor.node.mem_id in conversations
        if ancestor.tag in ("body", "html") or (below.tag == "article" and not conversation):
            break  # an <article> is a whole composition: what lies beyond it is another's
        if title is not None and title is not top and any(m is title for m in _subtree(below)):
            break  # the box of the article's title bounds it: beside it are other columns
        discussion = False
        for c in ancestor.children:
            if c is below or not c.chars or (conversation and _alike(c, below)):
                continue
            # teasers and a comment thread beside the box are not more of the article's prose
            thread = not c.opens_with_title_link and (_is_discussion(c) or posts.another(c, below))
            discussion = discussion or thread
            if c.opens_with_title_link or thread or _lists_teasers(c):
                teasers.chars += c.chars
                teasers.link_chars += c.link_chars
                teasers.commas += c.commas
        adds_only_prose = not discussion and _adds_only_prose(ancestor, below, top)
        below = ancestor
        added = ancestor.chars - top.chars - teasers.chars
        if adds_only_prose or (
            added >= 0.5 * top.chars
            and ancestor.link_chars - top.link_chars - teasers.link_chars < 0.25 * added
            and (ancestor.commas - top.commas - teasers.commas) * top.chars >= 0.5 * top.commas * added
        ):
            top = ancestor
            teasers = Measure(top.node, "")
    # An only child stands for its parent (a wrapper around the article box), and so does one under its own head (a
    # chapter's <section>: its <header> with the chapter's heading, then its text)
    while id(top) in parents:
        parent = parents[id(top)]
        if parent.tag in ("body", "html") or not (
            len(parent.children) == 1
            or (
                len(parent.children) == 2
                and parent.children[1] is top
                and parent.children[0].tag == "header"
                and not parent.children[0].link_chars
            )
        ):
            break
        top = parent

    holder = parents.get(id(top))
    if holder is None:
        return [top]
    parent = holder
    # readability's floor of 10 keeps a stray box of a long page out; a sibling scoring three quarters
    # of the top box is as much the article (sections of a short article side by side under <body>)
    # (measured on the box of the prose: a climb to a whole page's wrapper, whose score decays with its depth, would
    # let any stray line beside it in, an archive's or a cache's note about the page)
    score = max(top.final_score, best.final_score)
    threshold = min(max(SCORE_FLOOR, 0.2 * score), 0.75 * score)
    top_class = top.node.attributes.get("class") or ""
    chosen = []
    with_text = [c for c in parent.children if c.chars]
    at = next((i for i, c in enumerate(with_text) if c is top), -1)
    beside_top = {id(c) for c in with_text[max(at - 1, 0) : at + 2]} if at >= 0 else set()
    order = {id(c): i for i, c in enumerate(with_text)}
    holds_title = title is not None and any(m is title for m in _subtree(top))
    title_at = (
        next((i for i, c in enumerate(with_text) if any(m is title for m in _subtree(c))), None)
        if title is not None and parent.tag == "article"
        else None
    )
    for sibling in parent.children:
        if sibling is top:
            chosen.append(sibling)
            continue
        if not sibling.chars:
            if sibling.images and sibling.tag in ("figure", "p", "div", "img"):
                chosen.append(sibling)  # a picture beside the article, kept only when next to it
            continue
        if sibling.opens_with_title_link and not (parent.tag == "article" and sibling.tag == "header"):
            continue  # a box that opens with a link is a teaser of another page
        if (top.tag == "article" and sibling.tag == "article" and not _continues(top, sibling, parent)) or (
            holds_title and _headed_by_a_title(sibling, title)
        ):
            # an <article> is a whole composition, and an article has one headline: beside the one holding the
            # page's title, a box with its own <h1> is another article (the next story an endless page loaded)
            continue
        bonus = 0.2 * top.final_score if top_class and sibling.node.attributes.get("class") == top_class else 0.0
        if sibling.scored and sibling.final_score + bonus >= threshold:
            if not (
                _lists_compositions(sibling)
                or _is_discussion(sibling)
                or posts.another(sibling, top)
                or (holds_title and _is_other_column(sibling, top_class) and not _rivals_the_article(sibling, top))
                or _is_prompt_box(sibling)  # a subscription's offer beside a short article scores as much
            ):
                chosen.append(sibling)
        elif (
            parent.tag == "article"
            and sibling.tag in ("header", "footer")
            and (
                _holds_prose(sibling)
                # (a header's standfirst followed by its byline and links: 'Read in Chinese')
                or (sibling.tag == "header" and any(c.tag == "p" and _holds_prose(c) for c in sibling.children))
            )
        ):
            chosen.append(sibling)  # the article's own header and footer: its standfirst, a correction
        elif (
            parent.tag == "article" and sibling.tag == "aside" and id(sibling) in beside_top and not sibling.link_chars
        ):
            # a box of key facts beside the text in the article's own element (the walk weighs it)
            chosen.append(sibling)
        elif (
            top_class
            and sibling.tag == top.tag
            and sibling.node.attributes.get("class") == top_class
            and sibling.link_density < 0.25
            # (its sentences in a box of its own: a chapter's <section> made as the first, its text under its head)
            and any(_states_a_sentence(c) for c in _subtree(sibling))
            and not (_is_discussion(sibling) or posts.another(sibling, top))
        ):
            chosen.append(sibling)  # a box made as the article's (a thread's shorter posts beside its long one)
        elif _reads_as_paragraph(sibling) and (
            (sibling.chars > 80 and sibling.link_density < 0.25)
            or (
                sibling.link_density == 0
                and sibling.chars >= 10
                and (_SENTENCE_END.search(sibling.text_tail) or _POST_END.search(sibling.text_tail))
            )
        ):
            chosen.append(sibling)
        elif (
            parent.tag == "article"
            and title_at is not None
            and title_at < order[id(sibling)] < at
            and not sibling.link_chars
            and sibling.chars >= max(VERSE_MIN_CHARS, VERSE_MIN_SHARE * top.chars)
        ):
            # between the article's own headline and its text, with no link, a good part of the text's size: the
            # article's (a poem, whose short lines with no mark score as no prose, over the poet's notes); a byline or a
            # writer's card there is small beside the text
            chosen.append(sibling)
        elif id(sibling) in beside_top and _is_lead_list(sibling):
            chosen.append(sibling)  # (a list of one item reads as a paragraph, and may still be the summary)
        elif id(sibling) in beside_top and _is_epigraph(sibling, top):
            chosen.append(sibling)  # a quotation set right beside the article's text: its epigraph
        elif (
            order[id(sibling)]
            and chosen
            and chosen[-1] is with_text[order[id(sibling)] - 1]
            and _is_writer_note(sibling)
        ):
            chosen.append(sibling)  # who the writer is, right under the text ('作者為某大學助理教授'): no full stop
    chosen = _first_section_heading(_fill_gaps(chosen, parent.children), parent.children)
    chosen = _dek_or_summary_before(_prose_box_before(chosen, parent.children), parent.children)
    chosen = _lead_figures_before(chosen, parent.children)
    chosen = _key_figures_beside(chosen, parent.children)
    # pictures count only when they sit beside chosen text
    chosen = _trim_pictures(chosen, top, parent.children)
    if title is not None and any(m is title for m in _subtree(parent)):
        chosen += _paragraphs_closed_out(parent, parents)
    chosen = _standfirst_after_title(chosen, title, parents)
    chosen = _lead_above_title(chosen, title, parents)
    chosen = _notes_after(chosen, root)
    chosen = _continued_after(chosen, best, candidates, parents)
    chosen = _gallery_after(chosen, parents)
    chosen = _attachments_after(chosen, parents)
    if asked is not None and {id(m) for m in _subtree(asked)} & {id(m) for box in chosen for m in _subtree(box)}:
        asked = None  # (the question is in already, or its paragraphs: the standfirst under the headline)
    question = _post_answered(best, chosen, root, title) or asked
    return chosen if question is None else [question, *chosen]


VERSE_MIN_CHARS: Final = 20  # a box between an <article>'s headline and its text, kept though it scores as no prose
VERSE_MIN_SHARE: Final = 0.25  # of the text's size, for such a box
GALLERY_LABEL_MAX_CHARS: Final = 12  # the label over an article's pictures ('本文图片', 'Photos')


def _box_after(chosen: list[Measure], parents: dict[int, Measure]) -> Measure | None:
    """The first box with text or a picture after the article's last box, beside it or beside the box around it (an
    article's box of header and text); None at the page's end."""
    if not chosen:
        return None
    node = chosen[-1]
    for _ in range(2):
        parent = parents.get(id(node))
        if parent is None or parent.tag in ("body", "html"):
            return None
        at = next((i for i, child in enumerate(parent.children) if child is node), len(parent.children))
        box = next((m for m in parent.children[at + 1 :] if m.chars or m.images), None)
        if box is not None:
            return box
        node = parent
    return None


def _attachments_after(chosen: list[Measure], parents: dict[int, Measure]) -> list[Measure]:
    """Add the article's attachments set right after its box ('附件1：报名申请表.docx' beyond the notice's text, its
    links to files): its own apparatus, as in its box (``_links_documents``)."""
    box = _box_after(chosen, parents)
    return chosen if box is None or box.island or not _links_documents(box) else [*chosen, box]


def _gallery_after(chosen: list[Measure], parents: dict[int, Measure]) -> list[Measure]:
    """Add the article's pictures set right after its text in a box of their own ('本文图片' over figures and their
    captions, next to the article's box or to the box around it): figures with captions and no link, maybe a short
    label first (left out). Another story's pictures lead to it; a page's other boxes hold more than figures."""
    box = _box_after(chosen, parents)
    if box is None or box.link_chars:
        return chosen
    parts = [m for m in box.children if m.chars or m.images]
    label = parts[:1] if parts and parts[0].tag != "figure" and parts[0].chars <= GALLERY_LABEL_MAX_CHARS else []
    if len(parts) == len(label) + 1 and parts[-1].tag != "figure":
        parts = label + [m for m in parts[-1].children if m.chars or m.images]  # (the figures in a grid's box)
    figures = [m for m in parts if m.tag == "figure" and m.images and m.chars]
    if not figures or len(label) + len(figures) != len(parts):
        return chosen
    if label and not _GALLERY_LABEL.match("".join(label[0].node.text(deep=True).split())):
        return chosen  # (the site's galleries under their own label: '精彩图集')
    return chosen + figures


# the label of the article's own pictures: bare or naming the article ('本文图片', '圖片', 'Photos'), not the site's
_GALLERY_LABEL: Final = re.compile(
    r"^(?:本文|本篇|文中|本报道|本報導)?(?:图片|圖片|照片|相片|组图|組圖|图集|圖集|图辑|圖輯|附图|附圖|相册|相冊|相簿|"
    r"相片集|照片集|photos?|images?|gallery)[:：]?$",
    re.IGNORECASE,
)


def _continued_after(
    chosen: list[Measure], best: Measure, candidates: list[Measure], parents: dict[int, Measure]
) -> list[Measure]:
    """Add the article's text that continues after the chosen boxes in a box made as its own: one whose class names
    include every name of the box the prose was found in ('a-story__body' and 'a-story__body a-story__body--cont'),
    stating sentences with few links, after a box the page set between them (a timeline, a picture), outside the
    article's element (a template that closes its <article> before the rest of the text). Not when a headline stands
    in between or in it: then it is another article (the next story an endless page loaded); nor beside an article
    that no <article> closed (a box made alike in another column is an 'about us')."""
    best_class = best.node.attributes.get("class")
    if not best_class or not chosen:
        return chosen
    names = set(best_class.split())
    last = chosen[-1]
    inside = {id(x) for m in chosen for x in _subtree(m)}
    chain = [last]
    while id(chain[-1]) in parents:
        chain.append(parents[id(chain[-1])])
    around = {id(m): i for i, m in enumerate(chain)}
    for m in candidates:
        if (
            id(m) in inside
            or id(m) in around
            or m.island != best.island
            or not names <= set((m.node.attributes.get("class") or "").split())
            or m.link_density >= 0.25
            or not any(_states_a_sentence(c) for c in m.children)
            or _is_discussion(m)
            or _lists_compositions(m)
            or first_title(m) is not None
        ):
            continue
        # the lowest box holding both, and the boxes under it between the two
        up, below, composed = m, m, m.tag == "article"
        while id(up) not in around and id(up) in parents:
            below, up = up, parents[id(up)]
            composed = composed or below.tag == "article"
        if id(up) not in around or composed or first_title(below) is not None:
            continue  # (in an <article> of its own, or under a headline of its own: another composition)
        at = around[id(up)]
        if not any(box.tag == "article" for box in chain[:at]):
            continue  # (the text did not end with its <article>: a box made alike beside it is another column's)
        from_last = chain[at - 1]
        children = up.children
        i, j = _index_of(children, from_last), _index_of(children, below)
        if i < 0 or j <= i:
            continue  # before the article: not its continuation
        between = [c for c in children[i + 1 : j] if c.chars]
        if any(c.opens_with_title_link or c.link_chars >= 0.5 * c.chars or first_title(c) is not None for c in between):
            continue
        return [*chosen, *between, m]
    return chosen


def made_alike(tag: str, box_class: str) -> str:
    """A CSS selector for the elements of one tag and exactly one class attribute, the value written as a CSS
    string: a class value may hold quotes, backslashes or line breaks (a pretty-printed attribute), which a
    selector cannot hold as they are (Lexbor refuses it, and the whole post would be lost)."""
    value = "".join(
        _CSS_STRING_ESCAPES.get(c) or (f"\\{ord(c):x} " if c < " " or c == "\x7f" else c) for c in box_class
    )
    # (a tag may be namespaced, 'o:p', or hold other punctuation: each such character escaped)
    name = "".join(c if c.isalnum() or c in "-_" else f"\\{c}" for c in tag)
    return f'{name}[class="{value}"]'


_CSS_STRING_ESCAPES: Final = {'"': '\\"', "\\": "\\\\"}


def _index_of(boxes: list[Measure], box: Measure) -> int:
    return next((i for i, c in enumerate(boxes) if c is box), -1)


def _post_answered(best: Measure, chosen: list[Measure], root: Measure, title: Measure | None) -> Measure | None:
    """The post that the article answers: the first box on the page made as the one holding the article's prose
    (the same tag and class), above it and below the page's headline, in prose (a Q&A page's question, whose answer
    is longer; a thread's first post, when a reply is its longest). Nothing when the first such box is the article's."""
    box_class = best.node.attributes.get("class")
    if not box_class:
        return None
    if len(root.node.css(made_alike(best.tag, box_class))) < 2:
        return None  # (no other box made so: most pages; the selector runs in the parser's C code)
    inside = {id(m) for box in chosen for m in _subtree(box)}
    below_title = title is None
    stack = [root]
    while stack:
        m = stack.pop()
        if id(m) in inside:
            return None  # the article's own box comes first
        if m is title:
            below_title = True
        elif m.tag == best.tag and m.node.attributes.get("class") == box_class:
            answered = below_title and m.island == best.island and _holds_prose(m) and not _is_discussion(m)
            return m if answered else None
        stack.extend(reversed(m.children))
    return None


CLOSED_OUT_MIN_CHARS: Final = (
    40  # of prose in the paragraphs found after the headline's box, one alone at least this long
)
CLOSED_OUT_MAX_CLIMB: Final = 3


def _holds_the_thread(m: Measure, firm_islands: dict[int, Measure], text_chars: dict[int, int]) -> bool:
    """Whether a box in a comment thread holds most of the thread (the outermost box a firm rule names): all of its
    comments, not one long comment or response among them (a conversation's experts each answer in a 'comment').
    ``text_chars``: the text's length of the boxes already asked about, by ``mem_id``."""
    outermost: LexborNode | None = None
    node: LexborNode | None = m.node
    while node is not None:
        if node.mem_id in firm_islands:
            outermost = node
        node = node.parent
    if outermost is None:
        return False
    for box in (m.node, outermost):
        if box.mem_id not in text_chars:
            text_chars[box.mem_id] = len(box.text(deep=True))
    return 2 * text_chars[m.node.mem_id] >= text_chars[outermost.mem_id]


SCRIPT_SHARE_GAP: Final = 0.6  # of Han characters among the letters: two texts this far apart are in two scripts
_HAN: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LETTER: Final = re.compile(r"[^\W\d_]")


def _han_share(node: LexborNode) -> float:
    """The share of Han characters among the letters of an element's text (0 with no letters)."""
    text = node.text(deep=True)
    letters = len(_LETTER.findall(text))
    return len(_HAN.findall(text)) / letters if letters else 0.0


def _paragraphs_closed_out(box: Measure, parents: dict[int, Measure]) -> list[Measure]:
    """Paragraphs of prose right after the box of the article's headline, before any other box: the rest of the
    article, which a stray end tag ('</div></div>' after its second paragraph) closed out of its box."""
    after: list[Measure] = []
    for _ in range(CLOSED_OUT_MAX_CLIMB):  # (closed out of its wrappers too: the climb passes boxes it ends)
        outer = parents.get(id(box))
        if outer is None:
            return []
        siblings = outer.children
        at = next((i for i, c in enumerate(siblings) if c is box), len(siblings))
        after = [c for c in siblings[at + 1 :] if c.chars]
        if after or outer.tag in ("body", "html"):
            break
        box = outer
    found: list[Measure] = []
    for sibling in after:
        if found and _is_writer_note(sibling):
            found.append(sibling)  # who the writer is, under the last paragraph: no full stop
            break
        if (
            sibling.tag != "p"
            or sibling.link_density > 0
            or sibling.has_block_child
            or not _SENTENCE_END.search(sibling.text_tail)
        ):
            break
        found.append(sibling)
    if len(found) >= 2 or (found and found[0].chars >= CLOSED_OUT_MIN_CHARS):
        return found
    return []


def _is_writer_note(box: Measure) -> bool:
    """A short line of no link that says who the writer is (``boilerplate.WRITER_LINE``: '作者为某财经大学商学院讲师')."""
    return (
        not box.link_chars
        and box.chars <= WRITER_NOTE_MAX_CHARS
        and _reads_as_paragraph(box)
        and WRITER_LINE.fullmatch("".join(box.node.text(deep=True).split())) is not None
    )


_LINE_BOXES: Final = frozenset({"td", "div", "section"})  # boxes that hold a paragraph's text when no block is inside
STANDFIRST_MAX_CLIMB: Final = 3  # from the headline to the box holding it and the article's first box
STANDFIRST_MAX_PARAGRAPHS: Final = 2
STANDFIRST_MAX_CHARS: Final = 300


_SUBTITLE_TAGS: Final = frozenset({"h2", "h3", "h4"})


def _standfirst_after_title(chosen: list[Measure], title: Measure | None, parents: dict[int, Measure]) -> list[Measure]:
    """Add the paragraphs of prose between the page's headline and the first chosen box, inside the nearest box
    holding both (a standfirst in the headline's own box, '<div class="lead"><h1>…</h1><p>…</p></div>', then the
    body's box; a gallery's introduction before its pictures): they open the article. A byline, a table of
    contents or a credit between them is no prose; more than a standfirst's few lines is another box's text."""
    if title is None or not chosen or any(m is title for c in chosen for m in _subtree(c)):
        return chosen
    first = chosen[0]
    box = title
    for _ in range(STANDFIRST_MAX_CLIMB):
        box = parents.get(id(box))  # type: ignore[assignment]
        if box is None or box.tag in ("body", "html"):
            return chosen
        if any(m is first for m in _subtree(box)):
            break
    else:
        return chosen
    found: list[Measure] = []
    after_title = False
    stack = [box]
    while stack:  # the box's elements in document order, up to the article's first box
        m = stack.pop()
        if m is first:
            break
        if m is title:
            after_title = True
        elif (m.island or m.opens_with_title_link) and (after_title or not any(t is title for t in _subtree(m))):
            continue  # (a box that opens with a link and holds the headline is the headline's: a topic's tags above it)
        elif after_title and m.images and m.link_chars and m.chars <= CARD_BOX_MAX_CHARS:
            continue  # a card: a picture, a link and a few words (the columnist's, with '查看作者全部文章')
        elif (
            after_title
            and (m.tag == "p" or (m.tag in _LINE_BOXES and not m.has_block_child))
            and (
                _holds_prose(m)
                or (
                    found
                    and found[-1].tag == m.tag
                    and parents.get(id(found[-1])) is parents.get(id(m))
                    and _states_a_short_sentence(m)
                )
            )
        ):
            # a paragraph, whatever its tag (a layout table's row: '<tr><td><b>…</b></td></tr>'); after one, its
            # sibling of the same tag may be one short sentence ('<div>希望获得的帮助：是否需要驱虫，要不要去医院检查。</div>')
            found.append(m)
        elif after_title and not found and m.tag in _SUBTITLE_TAGS and (_holds_prose(m) or _states_a_short_sentence(m)):
            found.append(m)  # a subtitle set as a heading under the headline, in a sentence: the dek
        elif after_title and m.tag == "figure" and _holds_lead_figures(m):
            found.append(m)  # the lead picture under the headline and its lead, with its caption of clauses
        elif after_title and not found and _is_field_box(m):
            found.append(m)  # the facts the article presents, as labelled lines ('展期：…', '地点：…', '票价：…')
        else:
            stack.extend(reversed(m.children))
    # (a lead picture's caption and a box of facts are no standfirst's length)
    text = [m for m in found if m.tag != "figure" and not _is_field_box(m)]
    if not text and any(m.tag != "figure" for m in found):
        return found + chosen  # (the facts alone, the standfirst's place empty)
    if not text or len(text) > STANDFIRST_MAX_PARAGRAPHS or sum(m.chars for m in text) > STANDFIRST_MAX_CHARS:
        return chosen
    return found + chosen


CARD_BOX_MAX_CHARS: Final = 120
FIELD_BOX_MIN_LINES: Final = 2
FIELD_BOX_MAX_CHARS: Final = 300
_FIELD_LINE: Final = re.compile(r"^\s*[^\s：:，,。]{1,6}\s*[：:]\s*\S")


def _is_field_box(m: Measure) -> bool:
    """Whether a box holds only labelled lines, two or more, no link ('展期：…', '地点：…'): facts set apart. (A byline's
    fields are such lines too: the text rules take them, and an event's fields beside them stay.)"""
    if m.link_chars or not m.chars or m.chars > FIELD_BOX_MAX_CHARS or not m.has_block_child or m.direct_chars:
        return False
    lines = [c for c in m.children if c.chars]
    return len(lines) >= FIELD_BOX_MIN_LINES and all(
        not c.has_block_child and _FIELD_LINE.match(c.node.text(deep=True)) is not None for c in lines
    )


LEAD_ABOVE_MAX_BOXES: Final = 3
LEAD_ABOVE_MAX_CHARS: Final = 600


def _lead_above_title(chosen: list[Measure], title: Measure | None, parents: dict[int, Measure]) -> list[Measure]:
    """Add the boxes of prose set right above the page's headline inside the boxes around it: a standfirst or summary
    bullets in the headline's own box, an editor's note above the box of headline and text ('编者按：…'). Walked from
    the headline back, climbing a few boxes but never to the page's top level (where a site's ticker or banner sits
    above every article), they stop at the first box of another kind (a menu, breadcrumbs, a rule's box, a box of
    several paragraphs: other stories' teasers under their label)."""
    if title is None or not chosen or any(m is title for c in chosen for m in _subtree(c)):
        return chosen
    found: list[Measure] = []
    box = title
    for _ in range(STANDFIRST_MAX_CLIMB):
        parent = parents.get(id(box))
        if parent is None or parent.tag in ("body", "html"):
            break
        before = parent.children[: next(i for i, c in enumerate(parent.children) if c is box)]
        for sibling in reversed(before):
            if not sibling.chars:
                continue
            if sibling.island or not (
                (_reads_as_paragraph(sibling) and _holds_prose(sibling))
                or _is_lead_list(sibling)
                or _labelled_lead_list(sibling)
            ):
                return _with_lead(chosen, found)
            found.insert(0, sibling)
        box = parent
    return _with_lead(chosen, found)


NOTE_ITEM_MIN_CHARS: Final = 8  # a note's average length ('同上，第12页。')


def _notes_after(chosen: list[Measure], root: Measure) -> list[Measure]:
    """Add the article's notes set in a list of their own somewhere after it (a page's '<ol class="footnotes">' beyond
    an ad and the editor's line): the first list after the article with as many items as the notes its text cites
    by number in superscript ('<sup>1</sup>', '<sup>[2]</sup>', numbered from 1), of few links and of no rule's box."""
    cited: set[int] = set()
    for box in chosen:
        for sup in box.node.css("sup"):
            number = sup.text(deep=True).strip().strip("[]()（）")
            if number.isascii() and number.isdigit() and len(number) <= 3:  # ('①' is a digit int() cannot read)
                cited.add(int(number))
    if not cited or cited != set(range(1, max(cited) + 1)):
        return chosen
    if any(
        m.tag in ("ol", "ul") and sum(1 for c in m.children if c.tag == "li" and c.chars) == len(cited)
        for box in chosen
        for m in _subtree(box)
    ):
        return chosen  # (the notes are in the article's own box already)
    last, passed = chosen[-1], False
    stack = [root]
    while stack:  # the page's boxes in document order, from the article's last box on
        m = stack.pop()
        if m is last:
            passed = True
            continue
        if passed and m.tag in ("ol", "ul"):
            items = [c for c in m.children if c.tag == "li" and c.chars]
            if (
                len(items) == len(cited)
                and not m.island
                and m.link_density < 0.5
                and m.chars >= NOTE_ITEM_MIN_CHARS * len(items)
                and not any(c.opens_with_title_link for c in items)
            ):
                return [*chosen, m]
            continue
        stack.extend(reversed(m.children))
    return chosen


def _labelled_lead_list(box: Measure) -> bool:
    """A box of a short label over summary bullets ('核心提示' over its points)."""
    kids = [c for c in box.children if c.chars]
    return (
        len(kids) == 2 and not kids[0].link_chars and kids[0].chars <= KICKER_LABEL_MAX_CHARS and _is_lead_list(kids[1])
    )


KICKER_LABEL_MAX_CHARS: Final = 8


def _with_lead(chosen: list[Measure], found: list[Measure]) -> list[Measure]:
    """``found`` (boxes above the headline) before ``chosen``, unless they are more than a lead's few boxes."""
    if not found or len(found) > LEAD_ABOVE_MAX_BOXES or sum(m.chars for m in found) > LEAD_ABOVE_MAX_CHARS:
        return chosen
    return found + chosen


def _states_a_sentence(m: Measure) -> bool:
    """A paragraph that ends a sentence, with no link (a byline's 'By admin - 2018-09-16' ends none)."""
    return m.tag == "p" and m.chars >= 10 and not m.link_chars and _SENTENCE_END.search(m.text_tail) is not None


def _holds_prose(box: Measure) -> bool:
    """A box of sentences, not of links: a standfirst, an editor's note (a byline or a row of tags is not)."""
    return (
        box.chars >= MIN_PARAGRAPH_CHARS
        and box.link_density < 0.25
        and (box.commas > 0 or box.chars >= PROSE_WITHOUT_COMMAS_MIN_CHARS)
        and _SENTENCE_END.search(box.text_tail) is not None
    )


SHORT_SENTENCE_MIN_CHARS: Final = 8


def _states_a_short_sentence(box: Measure) -> bool:
    """A short box of words, not of links, that ends a sentence."""
    return (
        box.chars >= SHORT_SENTENCE_MIN_CHARS
        and box.link_density < 0.25
        and _SENTENCE_END.search(box.text_tail) is not None
    )


# Chinese prose is rarely a sentence without a comma; English often is ('How does one know which to use in that

# context?'): a box this long that ends a sentence is prose without one
PROSE_WITHOUT_COMMAS_MIN_CHARS: Final = 100


def _reads_as_paragraph(box: Measure) -> bool:
    """Whether a box is one paragraph: a <p>, a quote, a <div> of bare text, or a box whose text is all
    in one such paragraph (a <div class="note"><p>…</p></div> around an editor's note, a correction,
    a lead paragraph set apart by an ad): a wrapper adds no text, so it reads as what it wraps."""
    while box.tag in ("div", "section", "tr", "td", "ul", "ol", "li") and box.has_block_child and not box.direct_chars:
        inner = [c for c in box.children if c.chars]
        if len(inner) != 1:
            return False
        box = inner[0]
    # (a layout table's row of one cell of bare text is a paragraph too: an old site's article, a row a paragraph; so
    # is a list of one item, a paragraph set as a bullet)
    return box.tag in ("p", "blockquote", "pre") or (
        box.tag in ("div", "td", "section", "li") and not box.has_block_child
    )


def _lists_compositions(box: Measure) -> bool:
    """Whether a box holds two or more <article> elements that make most of its text, or lists teasers
    (``_lists_teasers``): a listing of other compositions (teasers with their summaries), never the rest of this
    one. (A long article that ends with cards of other stories, each an <article>, is not a listing.)"""
    if _lists_teasers(box):
        return True
    if len(box.node.css("article")) < 2:
        return False
    found, stack = [], list(box.children)
    while stack:
        m = stack.pop()
        if m.tag == "article":
            found.append(m)
        else:
            stack.extend(m.children)
    return len(found) >= 2 and sum(m.chars for m in found) >= TEASER_SHARE * box.chars


def _card_of_listing(box: Measure, parents: dict[int, Measure]) -> bool:
    """Whether a box is one card of a listing of other pages' teasers: a small box opening with a linked title on a
    line of its own (``_is_teaser_box``), in a box that, past wrappers of one child, lists such cards
    (``_lists_teasers``)."""
    if not _is_teaser_box(box):
        return False
    up = parents.get(id(box))
    while up is not None and not up.direct_chars and sum(1 for c in up.children if c.chars) == 1:
        up = parents.get(id(up))  # (a card's wrappers: '<li><div class="card">…</div></li>')
    return up is not None and _lists_teasers(up)


def _lists_teasers(box: Measure) -> bool:
    """Whether a box holds three or more cards that each open with a link and make most of its text (a sidebar
    of headlines with their summaries, under wrappers of one child each)."""
    inner = box
    while (only := [c for c in inner.children if c.chars]) and len(only) == 1 and not inner.direct_chars:
        inner = only[0]  # (a column's wrappers around its list; a box with text of its own beside it is no wrapper)
    cards = [c for c in inner.children if c.chars and c.opens_with_title_link]
    if len(cards) >= TEASER_MIN_CARDS and sum(c.chars for c in cards) >= TEASER_SHARE * inner.chars:
        return True
    # or two or more summaries that each close with a link to read the rest ('……运营补贴。<a>[详细]</a>')
    summaries = [c for c in inner.children if c.chars and not c.opens_with_title_link and _closes_with_more_link(c)]
    return len(summaries) >= 2 and sum(c.chars for c in summaries + cards) >= TEASER_SHARE * inner.chars


def _closes_with_more_link(m: Measure) -> bool:
    """Whether a box's text closes with a link to read the rest elsewhere ('[详细]', '全文>>', 'Read more'): a
    teaser's summary. (A note's number links to the page's own foot: '#fn1'.)"""
    last = m.node.last_child
    while last is not None and last.tag in ("-text", "-comment") and not (last.text_content or "").strip():
        last = last.prev
    if last is None or last.tag != "a":
        return False
    href = (last.attributes.get("href") or "").strip()
    return (
        bool(href)
        and not href.startswith(("#", "javascript:"))
        and _MORE_LINK.fullmatch(last.text().strip()) is not None
    )


_MORE_LINK: Final = re.compile(rf"[\[【(（]?\s*(?:{MORE_WORDS})\s*(?:>>|»|›|→)?\s*[\]】)）]?", re.IGNORECASE)

TEASER_MIN_CARDS: Final = 3
TEASER_SHARE: Final = 0.6


def _is_discussion(box: Measure) -> bool:
    """Whether a box is a thread of readers' comments whose class names do not say so: a 'reply'
    control repeated under each of several comments, or a comments label as its heading. Comments are prose (often
    longer than the article), so only their controls and their label tell them apart."""
    first = next((c for c in box.children if c.chars), None)
    if (
        first is not None
        and first is not box
        and first.chars <= RELATED_LABEL_MAX_CHARS
        and reads_as_comments_label(first.node.text(deep=True))
    ):
        return True  # (or its heading says so: '最近的留言' over the comments)
    text = box.node.text(separator="\n")
    if not any(word in text for word in _REPLY_WORDS):
        return False
    return len(_REPLY_CONTROL.findall(text)) >= DISCUSSION_MIN_REPLIES


def _first_post(box: Measure, parents: dict[int, Measure]) -> tuple[Measure, Measure | None]:
    """The first post, when a box holds a thread of them (``_Posts.another``: three or more units made alike,
    each with its own timestamp), or is one of them or inside one, a reply (a long answer outscores a short
    question): the first post's body (``_post_body``), or the box when it is inside the first post; else the box
    itself. The thread's first post is the article, whatever its length. Second, the first post (None: no thread)."""
    m: Measure | None = box
    while m is not None:
        first = _thread_opener(m)
        if first is not None:
            inside = box is not first and any(x is box for x in _subtree(first))
            return (box if inside else _post_body(first)), first
        m = parents.get(id(m))
    return box, None


def _post_body(post: Measure) -> Measure:
    """A post's body: the one box inside it holding all of its sentences, past its head (its time), its author's
    card (name, avatar, counts) and its controls, which hold none; not past a line of the post's own text beside it
    (a paragraph with no comma). The post itself when no box does (a post with no comma)."""
    while post.commas:
        inner = next((c for c in post.children if c.commas == post.commas), None)
        if inner is None or any(
            c is not inner and c.chars and (_is_line(c) or c.tag in _HEADINGS) and not _posted_at(c)
            for c in post.children
        ):
            break
        post = inner
    return post


def _posted_at(line: Measure) -> bool:
    """A line that is a post's time, with what stands beside it in its head ('#1', '发表于 2014-5-12 20:31')."""
    return not line.commas and TIMESTAMP.search(line.node.text(deep=True)) is not None


def _thread_opener(box: Measure) -> Measure | None:
    """A thread's first post, when a box holds a thread of posts (``_Posts.another``)."""
    posts = _Posts()
    for first in box.children:
        if first.chars and _NUMBERED_ID.fullmatch(first.node.attributes.get("id") or ""):
            replies = [c for c in box.children if c is not first and c.chars and posts.another(c, first)]
            return first if len(replies) >= DISCUSSION_MIN_REPLIES - 1 else None
    return None


class _Posts:
    """Tells the posts of a thread apart from the article (its first post); each box's head is read once."""

    def __init__(self) -> None:
        self.timed: dict[int, bool] = {}

    def another(self, box: Measure, unit: Measure) -> bool:
        """Whether a box is another post of a thread: made like the unit holding the article (the same tag and
        class, ids numbered alike: 'post_1001', 'post_1002'), and both open with their own timestamp (a floor's
        '發表於 2013-3-22 22:40'). Replies that are prose and have no reply controls (a forum's floors) are so
        told from the first post, the article; an article's numbered sections carry no timestamp each."""
        if not _alike(box, unit):
            return False
        box_id = _NUMBERED_ID.fullmatch(box.node.attributes.get("id") or "")
        unit_id = _NUMBERED_ID.fullmatch(unit.node.attributes.get("id") or "")
        if box_id is None or unit_id is None or box_id.group(1) != unit_id.group(1):
            return False
        return self._timed(unit) and self._timed(box)

    def _timed(self, box: Measure) -> bool:
        if id(box) not in self.timed:
            head = box.node.text(separator=" ")[:POST_HEAD_CHARS]
            self.timed[id(box)] = TIMESTAMP.search(head) is not None
        return self.timed[id(box)]


POST_HEAD_CHARS: Final = 200  # a post's head: its author, rank and counts, its floor, its time
_NUMBERED_ID: Final = re.compile(r"(\D*?)[-_]?\d+")
TIMESTAMP: Final[re.Pattern[str]] = re.compile(r"\d{4}[-/.年]\s*\d{1,2}[-/.月]\s*\d{1,2}日?\s*\d{1,2}:\d{2}")


def _is_other_column(box: Measure, top_class: str) -> bool:
    """Beside a box that holds the article's title, a box of another class that opens with a heading
    of its own ('關於我們' over the site's description): another column of the page, not a section
    of the article (those share the article box's class, or have none)."""
    box_class = box.node.attributes.get("class") or ""
    first = next((c for c in box.children if c.chars), None)
    # the heading may open a box of its own inside the column ('<div class="side"><div class="about"><h3>…')
    while first is not None and first.tag in ("div", "section", "aside") and not first.direct_chars:
        first = next((c for c in first.children if c.chars), None)
    return bool(top_class and box_class and box_class != top_class and first is not None and first.tag in _HEADINGS)


_STOP_INSIDE: Final = re.compile(r"[。！？!?]\s*\S")  # a sentence ended with more text after it


COLUMN_RIVAL_SHARE: Final = 0.75  # of the article box's score, for a box beside it with its own heading to be its part
RIVAL_LINK_DENSITY: Final = 0.1


def _rivals_the_article(box: Measure, top: Measure) -> bool:
    """Whether a box beside the article's, under a heading of its own, is the article's next <section> as the article's
    is one, scoring nearly as well with almost no link (a programme's list of films under the curator's note): not a
    column of the page, which is short beside the article, mostly links, or a grid's column."""
    return (
        box.tag == top.tag == "section"  # (sections of one document; a grid's columns are <div>s: 'col-8', 'col-4')
        and box.final_score >= COLUMN_RIVAL_SHARE * top.final_score
        and box.link_density < RIVAL_LINK_DENSITY
    )


def _is_epigraph(box: Measure, top: Measure) -> bool:
    """A quotation (<blockquote>) of words, not links, beside the article's box, that the article does not repeat (a
    pull quote does): its epigraph, or a quote it opens or closes with."""
    if box.tag != "blockquote" or box.chars < MIN_EPIGRAPH_CHARS or box.link_chars:
        return False
    quoted = "".join(box.node.text(deep=True).split())
    return quoted not in "".join(top.node.text(deep=True).split())


MIN_EPIGRAPH_CHARS: Final = 10


def _is_lead_list(box: Measure) -> bool:
    """A box of list items, no link among them, right above or below the article's box: its summary
    in bullets ('要点：…'), too short a line each to score as paragraphs. The items are sentences, or
    headline-like lines of 8+ characters each (a list of single words is a keyword group)."""
    if box.link_chars or box.chars < MIN_PARAGRAPH_CHARS:
        return False
    lists = [c for c in [box, *box.children] if c.tag in ("ul", "ol")]
    if not lists:
        return False
    if box.commas >= PROSE_COMMA_RATE * box.chars and _SENTENCE_END.search(box.text_tail):
        return True
    items = [i for m in lists for i in m.children if i.tag == "li"]
    if len(items) == 1:  # a summary in one bullet: its sentences, though its last one may go unstopped
        return box.commas >= PROSE_COMMA_RATE * box.chars and _STOP_INSIDE.search(box.node.text()) is not None
    return len(items) >= 2 and min(i.chars for i in items) >= LEAD_ITEM_MIN_CHARS


def _fill_gaps(chosen: list[Measure], siblings: list[Measure]) -> list[Measure]:
    """Add what sits between two chosen boxes and is not made of links (a section heading, a short
    line between the article's paragraphs): inside the article's span, it is the article's."""
    picked = {id(m) for m in chosen}
    indexes = [i for i, m in enumerate(siblings) if id(m) in picked and m.chars]
    if len(indexes) < 2:
        return chosen
    return [
        m
        for i, m in enumerate(siblings)
        if id(m) in picked
        or (indexes[0] < i < indexes[-1] and m.chars and not m.opens_with_title_link and m.link_chars < 0.5 * m.chars)
    ]


def _prose_box_before(chosen: list[Measure], siblings: list[Measure]) -> list[Measure]:
    """Add the box right before the first chosen one when it is a box of paragraphs of prose (an editor's note
    or a lead set apart in a box of its own): it opens the article. Only before: after the article, a box of
    prose is an author's biography or a notice."""
    box = _box_before(chosen, siblings)
    if box is None or box.tag not in ("div", "section") or box.direct_chars:
        return chosen
    inner = [c for c in box.children if c.chars]
    if len(inner) < 2 or not all(c.tag in ("p", "blockquote") and _holds_prose(c) for c in inner):
        return chosen
    return _with(chosen, siblings, box)


LEAD_CAPTION_MIN_CHARS: Final = 10
LEAD_CAPTION_MAX_CHARS: Final = 150


def _lead_figures_before(chosen: list[Measure], siblings: list[Measure]) -> list[Measure]:
    """Add the box right before the first chosen one when it holds only the article's lead pictures with their
    captions (a <figure>, a carousel of them): captions of clauses, no link. A picture's credit alone ('圖／…') is no
    caption to keep, and a teaser's card has a link."""
    while (box := _box_before(chosen, siblings)) is not None and _holds_lead_figures(box):
        chosen = _with(chosen, siblings, box)  # (and the one before it: a carousel's figures side by side)
    return chosen


def _holds_lead_figures(box: Measure) -> bool:
    if box.link_chars or box.direct_chars or box.chars < LEAD_CAPTION_MIN_CHARS:
        return False
    if box.images and box.tag != "figure" and box.chars <= LEAD_CAPTION_MAX_CHARS:
        # a picture with one line under it, in a box of their own ('<div><img><p>…</p></div>'): its caption
        lines = [c for c in box.children if c.chars]
        if len(lines) == 1 and _is_line(lines[0]) and not box.node.css_first("figure"):
            return _CAPTION_CLAUSE.search(lines[0].node.text(deep=True)) is not None
    figures = [box.node] if box.tag == "figure" else box.node.css("figure")
    if not figures or any(figure.css_first("figcaption") is None for figure in figures):
        return False
    captions = "".join("".join(figure.text(deep=True).split()) for figure in figures)
    # (text beside the figures is a box of something else; a credit a rule takes out of a caption is no text beside)
    return box.chars <= len(captions) and _CAPTION_CLAUSE.search(captions) is not None


KEY_FIGURE_MIN_ITEMS: Final = 2
KEY_FIGURE_MAX_CHARS: Final = 40
# a figure, then what it counts ('15 所大學缺額率逾三成', '2.1萬 個名額未招滿', '7成 受訪者…'): the number first, as a box of
# key figures sets it in large type over its label; a counter's label is a word ('1.2万 阅读'), not a clause
_KEY_FIGURE: Final = re.compile(r"^[0-9０-９][0-9０-９.,，．%％]*\D{4,}$")


def _key_figures_beside(chosen: list[Measure], siblings: list[Measure]) -> list[Measure]:
    """Add the box right before the first chosen one or right after the last when it is a box of the article's key
    figures: two or more short items, each a number and what it counts, no link. They are the article's data set
    apart in large type, not the page's."""
    box = _box_before(chosen, siblings)
    if box is not None and _holds_key_figures(box):
        chosen = _with(chosen, siblings, box)
    with_text = [m for m in siblings if m.chars]
    picked = {id(m) for m in chosen}
    last = max((i for i, m in enumerate(with_text) if id(m) in picked), default=-1)
    if 0 <= last < len(with_text) - 1 and _holds_key_figures(with_text[last + 1]):
        chosen = _with(chosen, siblings, with_text[last + 1])
    return chosen


def _holds_key_figures(box: Measure) -> bool:
    if box.link_chars or box.direct_chars or not box.has_block_child:
        return False
    items = [c for c in box.children if c.chars]
    while len(items) == 1 and items[0].has_block_child and not items[0].direct_chars:
        items = [c for c in items[0].children if c.chars]  # (a list inside the box)
    return len(items) >= KEY_FIGURE_MIN_ITEMS and all(
        c.chars <= KEY_FIGURE_MAX_CHARS and _KEY_FIGURE.match("".join(c.node.text(deep=True).split())) is not None
        for c in items
    )


_CAPTION_CLAUSE: Final = re.compile(
    r"[，,。、；;]|[a-z]\.(?:\s|[A-Z]|$)"
)  # (an English caption's sentence: '…on Tuesday night.')
DEK_MIN_CHARS: Final = 10
# a line that opens with a short label and a colon, a slash or a bar names something ('作者：', '来源：', '文/', '文｜',
# 'Photo:'), and so does 'By …': a byline, a credit
_LABELLED_LINE: Final = re.compile(r"^\S{1,6}\s*[:：/／|｜]|^by\s", re.IGNORECASE)
# a date in full, a time, or a year after a comma ('2021年5月28日，星期五', 'Posted on May 27, 2015 by Admin', 'Monday,
# November 18, 2019 8:22AM'): the page's date line
_DATED_LINE: Final = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}|[,，]\s*(?:1[89]|20)\d\d\b"
)


def _dek_or_summary_before(chosen: list[Measure], siblings: list[Measure]) -> list[Measure]:
    """Add the paragraph right before the first chosen box when it is the article's dek: one line of clauses with no
    link, set above the body without a full stop ('旧粮仓改成的书店开了一年，邻居们从好奇到常来，店主却还在…'),
    too short to score and ending no sentence, so the paragraph rules pass it by. A labelled line ('作者：…，…',
    '来源：…') is a byline or a credit, a line with no comma a caption, a dated one the page's date line. A summary
    in bullets (``_is_lead_list``) right there opens it too, wherever the body's best box is."""
    box = _box_before(chosen, siblings)
    if box is not None and _is_lead_list(box):
        return _with(chosen, siblings, box)
    if (
        box is None
        or box.link_chars
        or not box.commas
        or box.chars < DEK_MIN_CHARS
        or _LABELLED_LINE.match(box.head_text)
        or not _reads_as_paragraph(box)
        or _DATED_LINE.search(box.node.text()) is not None
    ):
        return chosen
    return _with(chosen, siblings, box)


def _box_before(chosen: list[Measure], siblings: list[Measure]) -> Measure | None:
    """The sibling with text right before the first chosen box, if any."""
    with_text = [m for m in siblings if m.chars]
    picked = {id(m) for m in chosen}
    first = next((i for i, m in enumerate(with_text) if id(m) in picked), 0)
    return with_text[first - 1] if first else None


def _with(chosen: list[Measure], siblings: list[Measure], box: Measure) -> list[Measure]:
    """The chosen boxes and one more, in the siblings' order."""
    picked = {id(m) for m in chosen}
    return [m for m in siblings if m is box or id(m) in picked]


def _first_section_heading(chosen: list[Measure], siblings: list[Measure]) -> list[Measure]:
    """Add the heading right before the first chosen box when a heading of the same level opens a
    later chosen section: the article is a run of sections, and its first one has its heading too."""
    heading = _box_before(chosen, siblings)
    if heading is None or heading.tag not in _HEADINGS or heading.tag == "h1" or heading.link_chars:
        return chosen
    if not any(m.tag == heading.tag for m in chosen):
        return chosen
    return _with(chosen, siblings, heading)


def _adds_only_prose(ancestor: Measure, below: Measure, top: Measure) -> bool:
    """Whether, beside the box it holds, an ancestor holds only paragraphs and boxes of prose like
    the top box's (as comma-rich, few links), mostly prose: the article's text continues around its
    inner box (a lead section above the body section, sections pasted one inside the next), so the
    ancestor is the article."""
    chars = link_chars = prose_chars = 0
    for c in ancestor.children:
        if c is below or not c.chars:
            continue
        if c.opens_with_title_link:
            return False  # a teaser of another page
        if c.tag in _PARAGRAPH_LIKE or (c.tag == "div" and not c.has_block_child):
            prose = _is_prose(c) and c.commas > 0 and c.tag not in _HEADINGS and c.tag != "figure"
        elif c.tag in ("div", "section") and (_reads_like(c, top) or _own_section(c)):
            prose = True
        elif c.tag in ("div", "section") and _is_lead_list(c):
            prose = False  # the article's summary in bullets: its own, though no paragraph
        else:
            return False
        chars += c.chars
        link_chars += c.link_chars
        if prose:
            prose_chars += c.chars
    return 2 * prose_chars >= chars > 0 and link_chars < 0.25 * chars


def _own_section(box: Measure) -> bool:
    """Whether a box is a section of the article's own shapes, whether it scored or not: its heading first, then
    paragraphs and lists with no link, the last ending a sentence (a short closing section, '结语' over two paragraphs,
    a timeline's '大事记' over its list, scores under a long part's floor)."""
    parts = [c for c in box.children if c.chars]
    return (
        len(parts) >= 2
        and not box.link_chars
        and parts[0].tag in _HEADINGS
        and parts[-1].tag in ("p", "ul", "ol")
        and all(c.tag in _PARAGRAPH_LIKE for c in parts)
        and _FULL_STOP.search(box.text_tail) is not None
    )


_FULL_STOP: Final = re.compile(r"[.。!！?？…][”」』\"']?$")


def _reads_like(box: Measure, top: Measure) -> bool:
    """Whether a box of paragraphs is prose like the top box's: it scored, its links are under a
    quarter of its text (next to none when the top box has next to none), and its commas come at
    least half as often (the commas of a page with no comma-rich prose prove nothing: then no box
    reads like it)."""
    return (
        box.scored
        and box.link_density < (0.25 if top.link_density >= 0.1 else 0.1)
        and top.commas >= PROSE_COMMA_RATE * top.chars
        and box.commas * top.chars >= 0.5 * top.commas * box.chars
    )


def _first(root: Measure, test: Callable[[Measure], bool]) -> Measure | None:
    """The first box in document order (``root`` included) that passes ``test``."""
    stack = [root]
    while stack:
        m = stack.pop()
        if test(m):
            return m
        stack.extend(reversed(m.children))
    return None


def first_title(root: Measure) -> Measure | None:
    """The page's first <h1> with text (the article's title, on an article page)."""
    return _first(root, lambda m: m.tag == "h1" and bool(m.chars))


def _posts_headline(
    root: Measure, title_text: str | None, parents: dict[int, Measure]
) -> tuple[Measure | None, Measure | None]:
    """The page's headline of the post's article, and the box of its story when the page holds other headlines like
    it (``_story_of``). The headline is the first <h1>, unless another heading reads as the post's title
    (``_reads_as_the_post``) and the first does not: an <h1>, linked or not, or a heading of a story of its own (a
    section's <h2> may repeat the title) that is no link (a teaser's headline is one)."""
    first = first_title(root)
    if first is not None and _reads_as_the_post(first, title_text):
        named = first
    else:
        found = _heading_reading(root, title_text)
        if first is None and found is None:
            return _box_reading(root, title_text), None  # (a page with no heading: its headline set in a box)
        # (a linked <h1> is the post's own headline linked to its address, as a blog's theme writes it)
        linked = found is not None and found.tag != "h1" and 2 * found.link_chars >= found.chars
        if found is None or linked or not _reads_as_the_post(found, title_text):
            return first, None
        named = found
    story = _story_of(named, root, parents)
    if named.tag != "h1" and story is None:
        return first, None
    return named, story


_BOX_TITLE_TAGS: Final = frozenset({"td", "div", "p", "center"})  # (boxes are measured; a <b> in one is its text)


def _box_reading(root: Measure, title_text: str | None) -> Measure | None:
    """On a page with no heading, the first box whose whole text, no link of it, is the post's title: its headline
    set as a box's text (an old portal's '<td><font size=5><b>…</b></font></td>')."""
    wanted = "".join((title_text or "").split())
    if len(wanted) < TITLE_PART_MIN_CHARS:
        return None
    return _first(
        root,
        lambda m: (
            m.tag in _BOX_TITLE_TAGS
            and m.chars == len(wanted)
            and not m.link_chars
            and "".join(m.node.text(deep=True).split()) == wanted
        ),
    )


def _reads_as_the_post(heading: Measure, title_text: str | None) -> bool:
    """Whether a heading reads as the post's title, most of it (``_heading_reading``, ``HEADLINE_MIN_SHARE``)."""
    wanted = len("".join((title_text or "").split()))
    return (
        bool(wanted)
        and heading.chars >= HEADLINE_MIN_SHARE * wanted
        and _heading_reading(heading, title_text) is heading
    )


def _story_of(title: Measure, root: Measure, parents: dict[int, Measure]) -> Measure | None:
    """When the page holds other headlines like the post's (of its tag, at least half as long), the largest box around
    the post's headline holding none of them: its story among the page's others. None on a page of one headline."""
    # (a heading under half as long as the headline is a section's label, '相关视频' over a list, no story's headline)
    others = [m for m in _subtree(root) if m.tag == title.tag and 2 * m.chars >= title.chars and m is not title]
    if not others:
        return None
    holding: set[int] = set()  # the boxes holding another headline
    for m in others:
        while id(m) in parents:
            m = parents[id(m)]
            holding.add(id(m))
    box = title
    while id(box) in parents and id(parents[id(box)]) not in holding:
        box = parents[id(box)]
    return box if box is not title and box.chars - title.chars >= TITLE_BOX_MIN_CHARS else None


BODY_AFTER_TITLE_FACTOR: Final = 2.0  # times the score of the headline's box, for the box after it to be the body


def _body_after_title(top: Measure, title_box: set[int], ranked: list[Measure], under_title: Measure) -> Measure | None:
    """The box of the article's body right after the headline's box inside ``top`` (a hero of the headline, its lead
    and byline, then the body beside it): the first in the page's order that scores as prose far better than the
    headline's box, with no heading between them (a next story's)."""
    order: dict[int, int] = {}  # each box's place in the page's order
    headings: list[int] = []
    stack = [top]
    while stack:
        box = stack.pop()
        if box.tag in _TITLE_HEADINGS and box.chars:
            headings.append(len(order))
        order[id(box)] = len(order)
        stack.extend(reversed(box.children))
    title_end = max((at for key, at in order.items() if key in title_box), default=None)
    if title_end is None:
        return None
    found = [
        m
        for m in ranked
        if id(m) in order
        and order[id(m)] > title_end
        and not m.island
        and m.final_score > BODY_AFTER_TITLE_FACTOR * under_title.final_score
        and not any(title_end < at < order[id(m)] for at in headings)
        and not _lists_compositions(m)
        and not _is_discussion(m)
    ]
    return min(found, key=lambda m: order[id(m)], default=None)


def _headed_by_a_title(box: Measure, title: Measure | None) -> bool:
    """Whether ``box`` holds the page's headline ``title``, or opens with an <h1> of its own: one before the first
    half of its text. (A teaser card of another story that marks its headline as <h1>, at the end of an article,
    does not make the article another.)"""
    if title is not None and title.tag not in _TITLE_HEADINGS and any(m is title for m in _subtree(box)):
        return True  # (the headline set in a box of its own: ``_box_reading``)
    heading = first_title(box)
    if heading is None or heading is title:
        return heading is not None
    parents, on_path, m = _parents(box), set(), heading
    while m is not box:
        on_path.add(id(m))
        m = parents[id(m)]
    before = 0
    while m is not heading:
        for child in m.children:
            if id(child) in on_path:
                m = child
                break
            before += child.chars
    return 2 * before < box.chars


def title_box(root: Measure, title_text: str | None = None) -> Measure | None:
    """When no box scores (the article's lines are all too short: a poem, a table, an interview), the box
    around the page's title that holds the article: the nearest ancestor of the title heading (the first
    <h1>, else the first heading that reads as the post's title ``title_text``) with text of its own
    besides the title, if that box holds at least half of the page's text outside links.

    Read whole, such a page brought in a sidebar or a footer bigger than the article, which the pruning
    of link lists keeps when it is most of the page. A page whose title box holds little (a link index
    under its heading, a feed template without <h1>) is still read whole.
    """
    title = first_title(root) or _heading_reading(root, title_text)
    if title is None:
        return None
    box = _box_of_title(title, _parents(root))
    if box is None or box is root:
        return None
    unlinked = root.chars - root.link_chars
    return box if unlinked and 2 * (box.chars - box.link_chars) >= unlinked else None


def _box_of_title(title: Measure, parents: dict[int, Measure], away_from: Measure | None = None) -> Measure | None:
    """The nearest box around the headline holding text of its own besides it, unless that box holds ``away_from``
    or is the whole page."""
    box = title
    while id(box) in parents:
        box = parents[id(box)]
        if box.tag in ("body", "html") or (away_from is not None and any(m is away_from for m in _subtree(box))):
            return None
        if box.chars - title.chars >= TITLE_BOX_MIN_CHARS:
            return box
    return None


def _heading_reading(root: Measure, title_text: str | None) -> Measure | None:
    """The first heading whose text is the post's title (spaces aside), or holds it, or is held by it
    (a site may shorten a title, or add its name): a blog's <h2> or <h3> post title."""
    wanted = "".join((title_text or "").split())
    if len(wanted) < TITLE_MATCH_MIN_CHARS:
        return None

    def reads_as_title(m: Measure) -> bool:
        if m.tag not in _TITLE_HEADINGS or m.chars < TITLE_MATCH_MIN_CHARS:
            return False
        text = "".join(m.node.text(deep=True).split())
        return text == wanted or (
            min(len(text), len(wanted)) >= TITLE_PART_MIN_CHARS and (text in wanted or wanted in text)
        )

    return _first(root, reads_as_title)


def _trim_pictures(chosen: list[Measure], top: Measure, siblings: list[Measure]) -> list[Measure]:
    """Chosen boxes from the first to the last with text, plus a picture right before or after them
    (an article's lead image sits just above its body)."""
    start = chosen.index(top)
    first, last = start, start
    for i, m in enumerate(chosen):
        if m.chars:
            first = min(first, i)
            last = max(last, i)
    order = {id(m): i for i, m in enumerate(siblings)}

    def next_to(picture: Measure, box: Measure) -> bool:
        between = siblings[min(order[id(picture)], order[id(box)]) + 1 : max(order[id(picture)], order[id(box)])]
        return all(not m.chars and not m.images for m in between)

    if first > 0 and next_to(chosen[first - 1], chosen[first]):
        first -= 1
    if last + 1 < len(chosen) and next_to(chosen[last + 1], chosen[last]):
        last += 1
    return chosen[first : last + 1]


THREAD_LEAVES_MIN_CHARS: Final = (
    50  # of the article's own text left beside what goes apart (readers' comments, labelled lists)
)


def prune_link_lists(
    chosen: list[Measure], removed: dict[str, int], conversations: frozenset[int] = frozenset()
) -> None:
    """Inside the article: remove boxes made mostly of links with few sentences, where the article
    has ended (related-article lists, keyword groups, page lists after the last paragraph) or
    where their class or id says they are chrome, and boxes of nothing but links before it has
    begun (a menu in the article's table row). A list of links amid the prose is the article's,
    and so are the links of a page that is nothing but links (a collection's index), and the linked name heading
    each answer of a conversation (``conversations``, as ``choose_article`` takes them)."""
    article_chars = sum(m.chars for m in chosen)
    found: list[Measure] = []
    apart: list[Measure] = []
    after_prose = False
    for m, trailing, leading in zip(chosen, _trailing_flags(chosen), _leading_flags(chosen), strict=True):
        _find_link_lists(m, article_chars, trailing, found, leading, apart, False, conversations, after_prose)
        after_prose = after_prose or _states_prose(m)
    # readers' comments and the site's stories under their label go however long, when the article keeps text of its own
    apart_chars = sum(m.chars for m in apart)
    if apart and article_chars - apart_chars >= THREAD_LEAVES_MIN_CHARS:
        found += apart
        article_chars -= apart_chars
    if article_chars - sum(m.chars for m in found if m not in apart) < 0.3 * article_chars:
        # (most of the box would go: the lists were the article's, but for comments and a labelled list of others)
        found = [
            m
            for m in found
            if any(m is t for t in apart)
            or (_labelled_list_of_others(m) and article_chars - m.chars >= THREAD_LEAVES_MIN_CHARS)
        ]
    for m in found:
        remove_element(m.node)
    if found:
        removed["prune_link_lists"] = removed.get("prune_link_lists", 0) + len(found)


def _trailing_flags(boxes: list[Measure]) -> list[bool]:
    """For each box: whether no prose follows it among the boxes after it (a page's copyright line is none)."""
    flags, prose_after = [], False
    for m in reversed(boxes):
        flags.append(not prose_after)
        prose_after = prose_after or (_is_prose(m) and not _is_site_notice(m))
    return flags[::-1]


_NOTICE_HINTS: Final = ("©", "版权", "版權", "opyright", "ICP")
SITE_NOTICE_MAX_CHARS: Final = 200


def _is_site_notice(m: Measure) -> bool:
    """A box holding only a site's copyright or licence line ('© 2021 城市日報 版權所有，未經授權不得轉載')."""
    if m.chars > SITE_NOTICE_MAX_CHARS:
        return False
    text = " ".join(m.node.text(deep=True).split())
    return any(hint in text for hint in _NOTICE_HINTS) and text_rule_for(text) == "drop_copyright_lines"


def _leading_flags(boxes: list[Measure]) -> list[bool]:
    """For each box: whether no prose comes before it among the boxes before it."""
    flags, prose_before = [], False
    for m in boxes:
        flags.append(not prose_before)
        prose_before = prose_before or _is_prose(m)
    return flags


def prune_labelled_link_lists(root: Measure, removed: dict[str, int]) -> None:
    """In a body that is all article (Markdown): remove only what says it is another article's,
    a list of links under a related-reading label and a related-reading pointer. An unlabelled
    closing list of links is the author's sources and stays. Before its first prose, a menu of short links
    (a whole page converted to Markdown: html2text's and turndown's bullets, a row set apart by '|') is the page's."""
    found: list[Measure] = []
    for c in root.children:
        if not c.chars:
            continue
        if _is_prose(c):
            break
        if _is_short_link_menu(c):
            found.append(c)
    _find_labelled_link_lists(root, found)
    for m in found:
        remove_element(m.node)
    if found:
        removed["prune_link_lists"] = removed.get("prune_link_lists", 0) + len(found)


MENU_LINK_MAX_CHARS: Final = 8  # a menu's entry: a section's name ('国际', '財經', 'Opinion')
MENU_MIN_LINKS: Final = 3


def _is_short_link_menu(m: Measure) -> bool:
    """Three or more short links and nothing else but separators: a site's menu, whatever its markup."""
    if m.commas or not m.link_chars or m.tag not in ("ul", "ol", "p", "div"):
        return False
    links = m.node.css("a")
    if len(links) < MENU_MIN_LINKS or any(len("".join(a.text(deep=True).split())) > MENU_LINK_MAX_CHARS for a in links):
        return False
    return _links_and_separators(m)


def _find_labelled_link_lists(m: Measure, found: list[Measure]) -> None:
    previous: Measure | None = None
    in_run = False  # c follows a label and nothing but links since: one link a paragraph ('往期推荐' on WeChat)
    for c in m.children:
        if not c.chars:
            continue
        if _is_related_pointer(c):
            found.append(c)
            in_run = False
        elif in_run and c.link_density > 0.5:
            found.append(c)
        elif previous is not None and _is_related_label(previous) and c.link_density > 0.5 and not _annotated(c):
            found += [previous, c]
            in_run = True
        elif previous is not None and _teasers_under_label(c, previous):
            found += [previous, c]
        else:
            _find_labelled_link_lists(c, found)
            in_run = False
        previous = c


ANNOTATION_MIN_CHARS: Final = 8


def _annotated(m: Measure) -> bool:
    """Whether a list's items say what each link is, in words of their own outside it ('[《深夜的公共空间》](…)，一本关于城市
    夜间公共设施的研究'): the author's reading list, which a site's list of its headlines never does."""
    items = [c for c in m.children if c.chars]
    return len(items) >= 2 and any(c.link_chars and c.chars - c.link_chars >= ANNOTATION_MIN_CHARS for c in items)


def _find_link_lists(
    m: Measure,
    article_chars: int,
    trailing: bool,
    found: list[Measure],
    leading: bool = False,
    apart: list[Measure] | None = None,
    introduced: bool = False,
    conversations: frozenset[int] = frozenset(),
    after_prose: bool = False,
) -> None:
    """Find the link lists (and readers' comments) inside one box of the article. ``after_prose``: the article's
    prose came before the box, outside it."""
    children = m.children
    # an answer of a conversation opens with its author's name (a linked heading, a photo): who speaks, not a link list
    speaker = None
    if conversations and (parent := m.node.parent) is not None and parent.mem_id in conversations:
        speaker = next((c for c in children if c.chars), None)
    if trailing:
        comments = _closing_comments(children, after_prose)
        if comments:
            # readers' comments after the article, with their label
            (apart if apart is not None else found).extend(comments)
            taken = {id(c) for c in comments}
            children = [c for c in children if id(c) not in taken]
    in_runs = _link_line_runs(children)
    labelled = _labelled_runs(children, in_runs)
    in_runs = _unless_sources(children, in_runs, labelled)
    # cards of pages on many other sites, three or more, are what the article presents (a digest of reading, a
    # book list), not the site's own other articles
    cards = [c for c in children if c.chars and c.lead_link and not c.lead_in_sentence]
    cited = len(cards) >= DIGEST_MIN_CARDS and _links_elsewhere(cards)
    trailing_flags = _trailing_flags(children)
    sections = _linked_sections(children, trailing_flags)
    previous: Measure | None = None
    shown = introduced  # cards after the author's sentence introducing them ('…这几本书值得一读：') are its own list
    said = after_prose  # a sentence of the article came before (a brief's one paragraph is one)
    for c, c_trailing, c_leading, in_run, in_labelled_run in zip(
        children, trailing_flags, _leading_flags(children), in_runs, labelled, strict=True
    ):
        c_trailing = c_trailing and trailing
        c_leading = c_leading and leading
        after_intro = previous is not None and _introduces(previous)
        if c.chars and after_intro:
            shown = True
        elif c.chars and shown and not introduced and not _is_teaser_box(c):
            shown = False
        if c is speaker and c.chars <= SPEAKER_MAX_CHARS:
            pass  # the name heading an answer of a conversation
        elif c.chars and c_trailing and said and _labelled_list_of_others(c):
            # the site's cards under their label after the article, whatever their links and however short the article
            # (a brief over its site's stories): they go whatever their share of the text (``prune_link_lists``)
            found.append(c)
        elif c.chars and c_trailing and said and previous is not None and _teasers_under_label(c, previous):
            # the same as a list of its own under the label: its stories' summaries may be longer than the brief
            # above them, so with its label it goes apart, as readers' comments do (``prune_link_lists``)
            (apart if apart is not None else found).extend([previous, c])
        elif (
            c.chars
            and said
            and in_labelled_run
            and not cited
            and (in_run or _opens_with_title_line(c) or _opens_with_site_link(c) or _is_teaser_summary(c))
        ):
            # the same written as lines under the label, a linked title each, maybe each over its summary (a summary
            # only between two titles, or after the last of two or more: ``_labelled_runs``), after the article or
            # set in it
            goes = apart if apart is not None else found
            if previous is not None and _is_related_label(previous) and previous not in goes:
                goes.append(previous)
            goes.append(c)
        elif c.chars and _is_linked_picture_caption(c):
            pass  # a picture and its caption linked to the picture's page: a photo story's text, no headline
        elif c.chars and (_cites_sources(c, previous) or _links_documents(c)):
            pass  # the article's notes and references, or its attachments: its own apparatus, however many links
        elif sections and id(c) in sections:
            pass  # a digest's linked headline over its summary, as its items before the prose's end are
        elif c.tag in _LISTS and c_trailing and not _under_related_label(c, previous) and _links_elsewhere([c]):
            # a closing list of links to many other sites: the sources it cites, not the site's other pages (a
            # related-reading line in it still goes)
            _find_link_lists(c, article_chars, c_trailing, found, c_leading, apart, False, conversations, after_prose)
        elif c.chars and (
            _is_prompt_box(c)  # (however short the article beside it: a flash over a subscription's offer)
            or (
                2 * c.chars < article_chars
                and (
                    _is_link_list(c, c_trailing)
                    or (c_leading and _is_menu(c))
                    or (_is_teaser_box(c) and not cited and not shown)
                    or _is_labelled_ad(c)
                    or _is_labelled_ad_line(c)
                    or (in_run and (c_trailing or in_labelled_run))
                    or (in_labelled_run and _opens_with_title_line(c) and not cited)
                    or (_under_related_label(c, previous) and 2 * c.link_chars > c.chars)
                    or _is_related_pointer(c)
                    or _is_layout_column(c, m, article_chars)
                )
            )
        ):
            if previous is not None and _is_related_label(previous) and previous not in found:
                found.append(previous)  # the list's own label ('延伸阅读：' above it) goes with it
            found.append(c)
        else:
            _find_link_lists(
                c, article_chars, c_trailing, found, c_leading, apart, after_intro, conversations, after_prose
            )
        if c.chars:
            previous = c
            after_prose = after_prose or _states_prose(c)
            said = said or (c.commas > 0 and c.link_density < 0.5)


def _introduces(m: Measure) -> bool:
    """Whether a paragraph is the author's sentence introducing what follows ('我挑了几篇旧文，值得一读：'): it ends
    with a colon, longer than a label and no related-reading one ('延伸阅读：')."""
    return (
        m.text_tail.endswith((":", "："))
        and m.tag == "p"
        and m.chars > RELATED_LABEL_MAX_CHARS
        and not m.link_chars
        and not reads_as_related_label(m.head_text)
    )


LINKED_SECTIONS_MIN: Final = 2  # a digest's linked headlines over their summaries, before the prose's end


def _linked_sections(children: list[Measure], trailing: list[bool]) -> set[int]:
    """The linked headings that head a section of the article: each over a paragraph of its own text, made alike
    with two or more such headings before the prose's end (a digest of headlines and summaries whose last
    summaries are short). Headings made alike are one run: a related list's all come after the end."""
    if len(children) < 2 * LINKED_SECTIONS_MIN:
        return set()
    heads: dict[tuple[str, str | None], list[int]] = {}
    for i, c in enumerate(children[:-1]):
        if c.tag in _HEADINGS and c.chars and c.link_density > 0.7:
            after = children[i + 1]
            if after.tag == "p" and after.chars and after.link_density < 0.3:
                heads.setdefault((c.tag, c.node.attributes.get("class")), []).append(i)
    sections: set[int] = set()
    if not heads:
        return sections
    for run in heads.values():
        if sum(1 for i in run if not trailing[i]) >= LINKED_SECTIONS_MIN:
            sections.update(id(children[i]) for i in run)
    return sections


_TEXT_LINES: Final = frozenset({"p", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6"})
_RELATIVE_TIME: Final = re.compile(_RELATIVE_TIME_TEXT, re.IGNORECASE)
COMMENT_MIN_UNITS: Final = 3  # comments in a row, made alike, for a thread
COMMENT_MAX_CHARS: Final = 500  # a comment is short; a live blog's entry or a section may be longer
CONVERSATION_MIN_CHARS: Final = 1000  # a response in a conversation is an essay of its own
CONVERSATION_MIN_UNITS: Final = 2  # essays made alike (two experts answering one question make a conversation)
SPEAKER_MAX_CHARS: Final = 100  # an answer's head: its author's name and title
COMMENT_HEAD_CHARS: Final = 80  # a comment's head: its author's name, then its time
COMMENT_NAME_MAX_CHARS: Final = 30
_COMMENTS_LABEL: Final = re.compile(
    r"^(?:网友|網友|读者|讀者|用户|用戶|热门|熱門|最新|全部|精彩|最赞|最讚|最近的?|近期)?"
    r"(?:评论|評論|留言|回复|回覆|回应|回應|讨论|討論|comments?|responses?|webmentions?|trackbacks?|pingbacks?)"
    r"(?:区|區|板)?\s*(?:[(（]\s*(?:共|已有)?\d+\s*(?:条|條|则|則)?\s*[)）])?\s*[:：]?(?:查看全部评论|查看全部評論|查看更多|更多评论|更多評論)?$"
    r"|^(?:已有|共)?\s*\d+\s*(?:条|條|则|則)(?:评论|評論|留言|回复|回覆)(?:[•·|].{0,40})?$|^\d+\s*comments?$"
    # (a recipe's readers' dishes, their photos with their words: '大家做的这道菜（418）', '网友晒图')
    r"|^(?:大家|网友|網友|用户|用戶)(?:做的|的)?(?:这道菜|這道菜|作品|晒图|曬圖)(?:[(（]\s*\d[\d,]*\s*[)）])?[:：]?$"
    # WordPress's heading over them ('3 thoughts on “…”', 'One response to “…”'), read with its spaces gone
    r"|^(?:\d+|one|two|three|four|five)(?:thoughts?|responses?|comments?|replies)(?:on|to)[“\"«「『].{1,120}[”\"»」』]$",
    re.IGNORECASE,
)


def _continues(top: Measure, sibling: Measure, parent: Measure) -> bool:
    """Whether a second <article> beside the article's is its continuation, cut off by what was set between them (an
    ad, which the rules took): made as one kind (the first class name), with no heading of its own and nothing read
    between them (the next story an endless page loads has its headline, and a divider's 'continue reading' above)."""
    if not _same_kind(top, sibling) or sibling.node.css_first("h1, h2, h3, header") is not None:
        return False
    low, high = sorted((parent.children.index(top), parent.children.index(sibling)))
    return all(not c.chars for c in parent.children[low + 1 : high])


def _parts_under_one_title(
    top: Measure, rival: Measure, parents: dict[int, Measure], title: Measure, title_box: set[int]
) -> bool:
    """Whether two boxes of a size are parts of one composition under the page's headline: made as one kind (their
    tag and first class name: a debate's two sides, 'debate-side--pro' and 'debate-side--con'), side by side in a
    box under the headline, neither holding it (the next story an endless page loads holds a headline of its own)."""
    parent = parents.get(id(top))
    if parent is None or parents.get(id(rival)) is not parent or id(parent) not in title_box:
        return False
    return (
        top.tag == rival.tag
        and _same_kind(top, rival)
        and not any(m is title for m in (*_subtree(top), *_subtree(rival)))
    )


def _other_side(top: Measure, parents: dict[int, Measure]) -> Measure | None:
    """The one other box with text beside a box in its parent, or None."""
    parent = parents.get(id(top))
    sides = [c for c in parent.children if c is not top and c.chars] if parent is not None else []
    return sides[0] if len(sides) == 1 else None


def _translations_side_by_side(top: Measure, rival: Measure, parents: dict[int, Measure]) -> bool:
    """Whether two boxes side by side in one box are one text in two scripts (a press release in Chinese and in
    Portuguese, each under its own headline): the same tag, as many paragraphs give or take one, two or more each,
    and one in Han characters, the other in letters."""
    parent = parents.get(id(top))
    return (
        parent is not None
        and parents.get(id(rival)) is parent
        and top.tag == rival.tag
        and min(top.paragraphs, rival.paragraphs) >= TRANSLATION_MIN_PARAGRAPHS
        and abs(top.paragraphs - rival.paragraphs) <= 1
        and abs(_han_share(top.node) - _han_share(rival.node)) >= SCRIPT_SHARE_GAP
    )


TRANSLATION_MIN_PARAGRAPHS: Final = 2


def _same_kind(a: Measure, b: Measure) -> bool:
    """Whether two boxes are made as one kind: the same first class name ('debate-side', its modifiers aside)."""
    first = [(m.node.attributes.get("class") or "").split()[:1] for m in (a, b)]
    return bool(first[0]) and first[0] == first[1]


def _alike(a: Measure, b: Measure) -> bool:
    """Made alike: the same tag and class (a thread's posts, a list's comments)."""
    return a.tag == b.tag and a.node.attributes.get("class") == b.node.attributes.get("class")


def _comment(m: Measure) -> bool:
    """A reader's comment: a box (not a paragraph: an article quoting a chat log writes it in paragraphs) whose text
    is a block of its own after its head, short, the head a name and then a date with a time ('网友甲 2021-05-28
    10:00 …'). A live blog's entry opens with its time and no name; a timeline's line is one run of text."""
    if not m.chars or m.chars > COMMENT_MAX_CHARS or m.tag in _TEXT_LINES or not m.has_block_child:
        return False  # (its text in a block of its own, apart from the name and time: a timeline's line is one)
    head = m.node.text(separator=" ")[:COMMENT_HEAD_CHARS]
    stamp = TIMESTAMP.search(head) or _RELATIVE_TIME.search(head)
    if stamp is not None and 0 < len(head[: stamp.start()].strip()) <= COMMENT_NAME_MAX_CHARS:
        return True
    # or the time at its foot, with the reply control ('5月28日 10:00 回复 赞 1' under the comment)
    parts = [c for c in m.children if c.chars]
    foot = " ".join(parts[-1].node.text(deep=True).split()) if len(parts) >= 2 else ""
    return _TIMED_REPLY.fullmatch(foot) is not None


def holds_a_conversation(box: LexborNode) -> bool:
    """Whether a box holds a conversation: two or more elements made alike (tag and class), most of them essays
    (CONVERSATION_MIN_CHARS of text or more) with no time in their heads, making most of its text, as a magazine's
    experts each answer one question in a box its CMS made for comments. Readers' comments are short, and each
    says when it was posted."""
    groups: dict[tuple[str, str], list[LexborNode]] = {}
    for child in box.iter():
        if child.tag not in ("-text", "-comment"):
            groups.setdefault((child.tag or "", child.attributes.get("class") or ""), []).append(child)
    # (text measured only for runs of alike boxes: a thread's replies nested a level each would be read again at each)
    measured = [
        [(unit, len(unit.text(deep=True).strip())) for unit in group]
        for group in groups.values()
        if len(group) >= CONVERSATION_MIN_UNITS
    ]
    units = max(measured, key=lambda group: sum(chars for _, chars in group), default=[])
    essays = [unit for unit, chars in units if chars >= CONVERSATION_MIN_CHARS]
    if len(essays) < CONVERSATION_MIN_UNITS or 2 * len(essays) < len(units):
        return False
    if 2 * sum(chars for _, chars in units) < len(box.text(deep=True).strip()):
        return False
    for unit in essays:
        text = unit.text(separator=" ")
        head, tail = text[:POST_HEAD_CHARS], text[-POST_HEAD_CHARS:]
        if TIMESTAMP.search(head) or _TIMED_HEAD.search(head) or _POSTED_AT.search(head) or _POSTED_AT.search(tail):
            return False
    return True


# a comment's time as a blog writes it at its head or its foot, the year and the time of day side by side
# ('Comment by … — 17.07, 2011 @ 13:04', 'May 3, 2012 at 4:05 pm', 'am 17. Juli 2011 um 13:04 Uhr', '13:04, 17 July 2011')
_POSTED_AT: Final = re.compile(
    r"(?<!\d)(?:19|20)\d{2}[^\d\n]{1,12}\d{1,2}:\d{2}(?!\d)|(?<!\d)\d{1,2}:\d{2}[^\d\n]{1,6}\d{1,2}\D{1,12}(?:19|20)\d{2}(?!\d)"
)
# a comment's time as its head says it: a date with its time, or how long ago (not a date alone, nor 'yesterday',
# which an essay's first sentence may say)
_TIMED_HEAD: Final = re.compile(_AGO_TEXT, re.IGNORECASE)


def _states_prose(m: Measure) -> bool:
    """Prose of the article: a box of sentences, not of links (two commas or more)."""
    return _is_prose(m) and m.commas >= 2


def _closing_comments(children: list[Measure], after_prose: bool = False) -> list[Measure]:
    """The readers' comments closing a box of the article: a run of three or more boxes made alike (one tag and
    class) that are each a comment (``_comment``), or one list of them, with nothing of prose after it; with the
    label right before it ('网友评论', '读者留言（5）', 'Comments'). Comments are prose, so no density tells them.
    With no prose and no label before it, the run is a thread, and its first post is the article (a forum's)."""
    with_text = [c for c in children if c.chars]
    end = len(with_text)
    while end and not _is_prose(with_text[end - 1]):
        end -= 1
    if not end:
        return []
    last = with_text[end - 1]
    start = end - 1
    while start and _alike(with_text[start - 1], last):
        start -= 1
    if end - start >= COMMENT_MIN_UNITS:
        run = with_text[start:end]
        if not all(_comment(c) for c in run):
            return []
        labelled = start and _COMMENTS_LABEL.match("".join(with_text[start - 1].node.text(deep=True).split()))
        if not labelled and not after_prose and not any(_states_prose(c) for c in with_text[:start]):
            # no prose before the run: a thread's page, whose first post is the one the others reply to
            run = run[1:]
            start += 1
            if len(run) < COMMENT_MIN_UNITS - 1:
                return []
    else:
        inner = [c for c in last.children if c.chars]
        inner_label = bool(inner) and _COMMENTS_LABEL.match("".join(inner[0].node.text(deep=True).split()))
        if inner_label:
            inner = inner[1:]  # the thread's label inside its box ('网友留言')
        if len(inner) < COMMENT_MIN_UNITS or not all(_alike(c, inner[0]) and _comment(c) for c in inner):
            return []
        start, run = end - 1, [last]
        labelled = inner_label or (
            start and _COMMENTS_LABEL.match("".join(with_text[start - 1].node.text(deep=True).split()))
        )
        if not labelled and not after_prose and not any(_states_prose(c) for c in with_text[:start]):
            return []  # a thread's box: read inside it, its first post kept
    if start and (
        _COMMENTS_LABEL.match("".join(with_text[start - 1].node.text(deep=True).split()))
        or (start == 1 and _is_heading_line(with_text[0]))  # the thread's own heading, in words no rule knows
    ):
        run = [with_text[start - 1], *run]
    return run  # (prune_link_lists keeps a box when what it would take is most of the article: a thread's page)


def _is_heading_line(m: Measure) -> bool:
    """A short line of plain text that ends no sentence: a heading over what follows it ('大家都在说 (3)')."""
    return 0 < m.chars <= RELATED_LABEL_MAX_CHARS and not m.link_chars and STATES.search(m.head_text) is None


QUESTION_END: Final[re.Pattern[str]] = re.compile(
    r"[？?]\s*[”」』\"')）]*\s*$"
)  # a line that asks (its closing quote or bracket after)
STATES: Final[re.Pattern[str]] = re.compile(r"[。！？!?]|\.(?:\s|$)")  # a sentence's end (not a count in brackets)


def _is_layout_column(cell: Measure, row: Measure, article_chars: int) -> bool:
    """A cell of the table row whose other cell holds the article (half of its text, in sentences),
    itself without a sentence: a column of the page's layout (a navigation column with its contact
    lines, a forum post's panel of its author's name, avatar and counts), not more of the article."""
    if row.tag != "tr" or cell.tag not in ("td", "th") or cell.commas:
        return False
    return any(c is not cell and c.tag == "td" and 2 * c.chars >= article_chars and c.commas >= 2 for c in row.children)


LABELLED_LIST_MIN_ITEMS: Final = 2


def _labelled_list_of_others(m: Measure) -> bool:
    """Whether a box opens with a related-reading label and holds two or more items made alike after it, whatever their
    links ('更多图片故事' over the cards of other stories, their links lost in the copy): the site's list, after the prose."""
    kids = [c for c in m.children if c.chars]
    if len(kids) <= LABELLED_LIST_MIN_ITEMS or not _is_related_label(kids[0]):
        return False
    return all(_alike(kids[1], c) for c in kids[2:])


def _teasers_under_label(m: Measure, previous: Measure | None) -> bool:
    """Whether a list right under a related-reading label holds two or more items that each open with a link to
    a page of the site itself (a path, no address of another site: '相关阅读' over '<li><a href="/2022/08/02/…">桥面
    铺装工程下周启动</a> 南江二桥通车已满十五年，…'): the site's other stories, however long their summaries. A
    reading list under the label links to the books' and reports' own sites, with the author's words on each."""
    if m.tag not in _LISTS or not _under_related_label(m, previous):
        return False
    items = [c for c in m.children if c.chars]
    if len(items) < LABELLED_LIST_MIN_ITEMS or not all(c.lead_link for c in items):
        return False
    return all(_SITE_PATH.match(a.attributes.get("href") or "") for a in m.node.css("a"))


# a link to a page of the site itself: a path ('/2022/08/02/x/', '../x.html', 'x.html'), no scheme, host or anchor
_SITE_PATH: Final = re.compile(r"(?:/(?!/)|\.\.?/|[^/:#?\s]+(?:/|\.html?\b))")


def _is_related_label(m: Measure) -> bool:
    """A short line that only says 'related reading' ('延伸阅读：', 'Read more'): a list's label."""
    return m.chars == m.head_chars and reads_as_related_label(m.head_text)


def reads_as_comments_label(text: str) -> bool:
    """A line that is only the label of readers' comments ('网友评论', '讀者留言（5）', 'Comments')."""
    return _COMMENTS_LABEL.match("".join(text.split())) is not None


_DECORATION: Final = "☆★◆◇●○■□▲△▼▽※✦✧♦◎❖📌📍👉▶►▸▌▍┃—–－-─━~～·• \u3000"  # marks set around a label ('— 往期书单 —')


def reads_as_related_label(text: str) -> bool:
    """A line that is only the label of a box of other articles ('猜你喜欢', '延伸阅读：', '☆延伸閱讀☆'), or that label
    in two languages ('相关新闻 Related News', 'Berita Berkaitan 相关新闻')."""
    words = text.strip(_DECORATION).split()
    chars = sum(len(word) for word in words)
    han = _HAN.search(text) is not None
    limit = RELATED_LABEL_MAX_CHARS if han else 2 * RELATED_LABEL_MAX_CHARS  # words of letters are longer
    if chars <= limit and RELATED_LABEL.match(" ".join(words)) is not None:
        return True
    if not han or chars > 3 * RELATED_LABEL_MAX_CHARS:
        return False
    parts = [part.strip(_DECORATION + "/｜|:：") for part in _HAN_OR_NOT.findall(text.strip(_DECORATION))]
    parts = [part for part in parts if part]
    return len(parts) == 2 and all(reads_as_related_label(part) for part in parts)


_HAN_OR_NOT: Final = re.compile(r"[\u3400-\u9fff]+[^A-Za-z\u00c0-\u024f\u1e00-\u1eff]*|[^\u3400-\u9fff]+")


def _is_references_label(m: Measure) -> bool:
    """A short line that only names the article's notes or sources ('参考资料：', '資料來源', 'References')."""
    head = "".join(m.head_text.split())
    return m.chars <= RELATED_LABEL_MAX_CHARS and m.chars == len(head) and bool(REFERENCES_LABEL.match(head))


def _cites_sources(m: Measure, previous: Measure | None) -> bool:
    """Whether a box is the article's list of notes or references: under a references label, or
    opening with one ('<div><h3>參考資料</h3><ul>…'). Its links are the sources the author cites,
    which a list of links after the prose's end otherwise looks like."""
    if previous is not None and _is_references_label(previous):
        return True
    first = next((c for c in m.children if c.chars), None)
    return first is not None and first is not m and _is_references_label(first)


_DOCUMENT_HREF: Final = re.compile(
    r"[^?#]+\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|zip|rar|7z|epub)(?:[?#]\S*)?", re.IGNORECASE
)
_DOCUMENT_NAME: Final = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|zip|rar|7z|epub)\s*$|^\s*附件\s*\d{0,2}\s*[:：]", re.IGNORECASE
)


def _links_documents(m: Measure) -> bool:
    """Whether every link of a box leads to a document file ('附件：' over '2013年调查报告（PDF）'): the article's
    attachments. Lists of other articles lead to pages."""
    if not m.link_chars:
        return False
    links = m.node.css("a")
    # (or whose words name a file: a CMS's download address, '/download.jsp?…', under '附件1：申请表.docx')
    return bool(links) and all(
        _DOCUMENT_HREF.fullmatch((a.attributes.get("href") or "").strip()) or _DOCUMENT_NAME.search(a.text(deep=True))
        for a in links
    )


def _links_elsewhere(boxes: list[Measure]) -> bool:
    """Whether the boxes' links (three or more) lead to many sites, half as many as links or more: sources the
    article cites (a law's text, a paper, a tool's page). A site's lists of its own other articles all lead home."""
    sites = [
        _site(urlsplit(href).hostname or "")
        for m in boxes
        for a in m.node.css("a[href]")
        if (href := a.attributes.get("href") or "").startswith(("http://", "https://"))
    ]
    return len(sites) >= SOURCE_LIST_MIN_LINKS and len(set(sites)) >= SOURCE_LIST_SITE_SHARE * len(sites)


_SECOND_LEVEL: Final = frozenset({"com", "co", "org", "net", "gov", "edu", "ac", "or", "ne", "go"})


def _site(host: str) -> str:
    """A host's site, its subdomains aside: news.sina.com.cn and finance.sina.com.cn are one (a portal's
    sections), as are a.example.org and b.example.org."""
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


_WEB_ADDRESS: Final = re.compile(r"(?:https?://|www\.)\S+$", re.I)


def _under_related_label(m: Measure, previous: Measure | None) -> bool:
    """Whether a box of lines (a list, a box; not a line, which a run of linked lines under the label
    needs) sits right under a related-reading label ('相关阅读：' over a <ul> of titles)."""
    return m.tag in _PRUNABLE and previous is not None and _is_related_label(previous)


def _is_related_pointer(m: Measure) -> bool:
    """A line labelled as related reading whose text is mostly a link ('Read more: <a>another
    story</a>', '延伸阅读：<a>《另一篇》</a>'): a pointer to another article, wherever it sits. A web address
    under the label ('More: <a>https://…</a>') cites a source: it stays."""
    return (
        m.tag in _POINTER_LINES
        and m.chars < 200
        and 2 * m.link_chars >= m.chars
        and bool(RELATED_LABEL.match(m.head_text.lstrip(_DECORATION)))
        and _WEB_ADDRESS.match("".join(m.node.text(deep=True).split())[m.head_chars :].lstrip(":：")) is None
    )


def _is_link_line(m: Measure) -> bool:
    return m.tag in _LINK_LINES and m.chars < 150 and m.link_chars >= 0.9 * m.chars > 0


def _link_line_runs(boxes: list[Measure]) -> list[bool]:
    """For each box: whether it is one of 3+ paragraphs in a row that are each one link (a list of
    other articles written as paragraphs)."""
    flags = [False] * len(boxes)
    start = 0
    while start < len(boxes):
        end = start
        while end < len(boxes) and _is_link_line(boxes[end]):
            end += 1
        if end - start >= 3:
            flags[start:end] = [True] * (end - start)
        start = end + 1 if end == start else end
    return flags


def _unless_sources(boxes: list[Measure], in_runs: list[bool], labelled: list[bool]) -> list[bool]:
    """``in_runs`` less the unlabelled runs of one-link paragraphs whose links lead to many other sites: the
    sources an article lists line by line (``_links_elsewhere``), not a site's other articles."""
    flags = list(in_runs)
    start = 0
    while start < len(boxes):
        if not flags[start] or labelled[start]:
            start += 1
            continue
        end = start
        while end < len(boxes) and flags[end] and not labelled[end]:
            end += 1
        if _links_elsewhere(boxes[start:end]):
            flags[start:end] = [False] * (end - start)
        start = end
    return flags


def _labelled_runs(boxes: list[Measure], in_runs: list[bool]) -> list[bool]:
    """For each box: whether it is in a run of one-link paragraphs right under a related-reading label
    ('相关报道：' over three linked titles): a list of other articles wherever it sits, amid the prose
    too, as a box of links so labelled is."""
    flags = [False] * len(boxes)
    label = False  # the last box with text was a related-reading label, or in a run under one
    titles = 0  # linked titles in the run so far
    summary: int | None = None  # a paragraph after the run's last title, its summary if another title follows
    for i, m in enumerate(boxes):
        if not m.chars:
            continue
        # (a teaser, its linked title over its summary, as one-link lines: '本期还有' over an edition's other stories)
        if label and (in_runs[i] or _opens_with_title_line(m) or _opens_with_site_link(m)):
            flags[i] = True
            titles += 1
            if summary is not None:
                flags[summary] = True  # (between two titles: the first one's summary)
            summary = None
            continue
        if label and titles and summary is None and _is_teaser_summary(m):
            summary = i  # (the run goes on if a title follows)
            continue
        label, titles, summary = _is_related_label(m), 0, None
    if summary is not None and titles >= TEASER_PAIRS_MIN:
        flags[summary] = True  # the last story's summary, at the end of the box
    return flags


TEASER_PAIRS_MIN: Final = 2  # linked titles over summaries under a label, for the last summary to be a story's too
TEASER_SUMMARY_MAX_CHARS: Final = 200


_SENTENCE_STOPS: Final = ("。", "！", "？", "!", "?")


def _is_linked_picture_caption(m: Measure) -> bool:
    """Whether a box is a picture and one line under it that is a sentence, clause and stop ('<a><img><p>清晨五点，城墙根下的
    第一盏灯亮起。</p></a>'), all of it a link to the picture's page: a gallery's caption. A teaser's picture has a
    headline under it, which ends no sentence, or a headline over a summary (two lines)."""
    return (
        m.images >= 1
        and m.chars <= CAPTION_MAX_CHARS
        and m.link_chars >= 0.9 * m.chars
        and m.commas >= 2  # (a clause's comma and the stop)
        and m.text_tail.endswith(_SENTENCE_STOPS)
        and _one_line(m)
    )


def _one_line(m: Measure) -> bool:
    """Whether all of a box's text is one block, however deep it is wrapped."""
    while True:
        lines = [c for c in m.children if c.chars]
        if not lines:
            return True
        if len(lines) > 1 or lines[0].chars != m.chars:
            return False
        m = lines[0]


CAPTION_MAX_CHARS: Final = 200


def _opens_with_site_link(m: Measure) -> bool:
    """Whether a short paragraph opens with a linked headline to a page of the site and runs on into its summary
    ('<a href="/wh/20230420/55012.html">老馆将改建为少儿图书馆</a>——新馆启用后，…'): a story of the site's, under its
    label. A book's or a source's link running on into the author's note leads to another site."""
    if not m.lead_link or m.head_chars < TEASER_TITLE_MIN_CHARS or m.chars > TEASER_SUMMARY_MAX_CHARS:
        return False
    first = m.node.css_first("a[href]")
    return first is not None and _SITE_PATH.match(first.attributes.get("href") or "") is not None


def _is_teaser_summary(m: Measure) -> bool:
    """A paragraph that may be a story's summary under its linked title: no link, no longer than a summary."""
    return m.tag in _POINTER_LINES and not m.link_chars and m.chars <= TEASER_SUMMARY_MAX_CHARS


def _opens_with_title_line(m: Measure) -> bool:
    """Whether a box opens with a linked title on a line of its own (a teaser: the title, then its summary), not a
    link running on into a sentence ('<a>《粮站往事》</a>：讲这座粮站…', the author's note on a book)."""
    return bool(m.lead_link) and not m.lead_in_sentence and m.head_chars >= TEASER_TITLE_MIN_CHARS


def _is_prose(m: Measure) -> bool:
    return m.chars >= MIN_PARAGRAPH_CHARS and m.link_density < 0.5


def _is_small_box(m: Measure) -> bool:
    """A box of a few lines (a card, an ad slot, a prompt), shorter than a section of an article."""
    return m.tag in _TEASER_BOXES and m.has_block_child and m.chars < TEASER_BOX_MAX_CHARS


def _is_teaser_box(m: Measure) -> bool:
    """A small box that opens with a linked title on a line of its own, then a line or two: another
    page's card set amid the prose ('<a>title</a><p>summary</p>'), a source's byline card. A link that
    runs on into the sentence ('<a>海峡日报</a>称，…') is the article's own citation; a linked line of a name and a
    time of day ('溪边老钓 发表于 2011-9-3 22:10') is a quoted post's attribution, no headline."""
    return (
        _is_small_box(m)
        and bool(m.lead_link)
        and not m.lead_in_sentence  # the title on a line of its own, not a linked source name
        and m.head_chars >= TEASER_TITLE_MIN_CHARS
        and TIMESTAMP.search(m.head_text) is None
    )


def _is_labelled_ad(m: Measure) -> bool:
    """A small box whose first line is an ad slot's label alone ('廣告', '贊助內容', 'Advertisement') and
    then the ad, a brand's linked offer or picture: the label names the box, of which drop_ad_labels
    would take the label only. (A short section of the article under a heading that is the word is
    not made of links.)"""
    if not _is_small_box(m):
        return False
    if m.ad_label:  # (its label went with the ad rule's class: '<div class="ad-label">广告</div>')
        return bool(m.images) or 2 * m.link_chars >= m.chars
    parts = [c for c in m.children if c.chars]
    first = parts[0] if parts else None
    if first is not None and first.chars == first.head_chars and AD_LABELS.match(first.head_text):
        label_chars, offer = first.chars, parts[1] if len(parts) > 1 else None
        after = first.node.next
        while after is not None and after.tag in ("-text", "-comment") and not (after.text_content or "").strip():
            after = after.next
        if after is not None and after.tag == "a":
            return True  # the label, then the offer's link ('贊助內容', then a linked title and its blurb)
    elif m.head_chars and AD_LABELS.match(
        m.head_text
    ):  # the label inline, before the offer's box ('<span>推广</span>')
        label_chars, offer = m.head_chars, first
    else:
        return False
    # the offer is a link or a picture, or opens with a linked title (its blurb after it)
    return (
        bool(m.images)
        or 2 * m.link_chars >= m.chars - label_chars
        or (offer is not None and offer.link_density > 0.7 and offer.chars < m.chars - label_chars)
    )


LABELLED_AD_LINE_MAX_CHARS: Final = 200


def _is_labelled_ad_line(m: Measure) -> bool:
    """A paragraph opening with an ad's label set apart in an element of its own ('<p><span>推广</span>春耕好帮手：…
    点击领取优惠券</p>'): a native ad among the paragraphs. Its copy is an offer, not a sentence stated and closed
    (a glossary's '<b>广告</b>：…' is followed by a colon, a paragraph on advertising by a full stop)."""
    if m.has_block_child or not m.chars or m.chars > LABELLED_AD_LINE_MAX_CHARS or not AD_LABELS.match(m.head_text):
        return False
    first = m.node.child
    while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
        first = first.next
    if first is None or first.tag == "-text":
        return False  # the label is the paragraph's own text ('推广新技术…' opens a sentence)
    rest = "".join(m.node.text(deep=True).split())[len("".join(m.head_text.split())) :]
    return bool(rest) and rest[0] not in ":：" and "。" not in rest


def _is_prompt_box(m: Measure) -> bool:
    """A small box whose link is a button asking to subscribe, sign up, buy or support ('立即订阅', '我要支持',
    'Subscribe now'): after the article's end or amid its prose, the box is the prompt around the button (a
    newsletter's pitch, a book's offer, a plea for support), of which drop_interface_labels would take the
    button only."""
    if not _is_small_box(m) or not m.link_chars:
        return False
    asks = [text for a in m.node.css("a") if CALL_TO_ACTION.match(text := " ".join(a.text(deep=True).split()))]
    if m.images and all(_BARE_DOWNLOAD.match(text) for text in asks):
        return False  # a picture's own button ('圖 2／5', the picture, its caption, '查看原圖 下載'): no plea
    return bool(asks)


_BARE_DOWNLOAD: Final = re.compile(r"(?:下载|下載|download)$", re.IGNORECASE)


def _is_menu(m: Measure) -> bool:
    """A box of links and nothing else, not a sentence among them (a site's menu of sections, its links
    perhaps set apart by '|' or '>'): before the article's first prose, it is the page's navigation,
    not the article's own list."""
    if m.tag not in _PRUNABLE or m.commas or not m.link_chars:
        return False
    return _links_and_separators(m)


def _links_and_separators(m: Measure) -> bool:
    """Links and nothing else (a stray word, separators: '|', '>')."""
    return m.link_chars >= MENU_LINK_SHARE * m.chars or (
        2 * m.link_chars >= m.chars and _only_separators_outside_links(m.node)
    )


# a short label before a menu's links ('栏目导航', '本站导航：', 'Sections:')
_MENU_LABEL: Final = re.compile(r"\s*(\w{1,8})\s*[:：]?", re.UNICODE)


def _only_separators_outside_links(node: LexborNode) -> bool:
    """Whether the text outside the links of ``node`` has no letter or digit (only '|', '>', '·'), but
    for a short label opening a menu of three or more links ('栏目导航', 'Sections:')."""
    text = node.text(deep=True)
    rest = text
    links = node.css("a")
    for link in links:
        rest = rest.replace(link.text(deep=True), "", 1)
    label = _MENU_LABEL.match(rest)
    if label and len(links) >= 3 and text.lstrip().startswith(label.group(1)):
        rest = rest[label.end() :]
    return _WORD_CHAR.search(rest) is None


def _is_keyword_links(m: Measure) -> bool:
    """A line of three or more short links to the site's own pages and nothing else (its keyword group that lost
    its label and class: '<p><a>书店</a> <a>县城</a> <a>创业</a></p>'); links to many other sites are sources."""
    links = m.node.css("a[href]")
    return (
        len(links) >= KEYWORD_MIN_LINKS
        and all(len("".join(a.text(deep=True).split())) <= KEYWORD_MAX_CHARS for a in links)
        and not _links_elsewhere([m])
    )


def _is_link_list(m: Measure, trailing: bool) -> bool:
    density = m.link_density
    if m.tag in _LINK_LINES:  # a linked title after the end (a teaser); a paragraph needs a run of them
        if m.tag == "p":  # or to be a line of keywords
            return trailing and density > 0.9 and m.chars < KEYWORD_LINE_MAX_CHARS and _is_keyword_links(m)
        return trailing and density > 0.7 and m.chars < 100
    if m.tag not in _PRUNABLE:
        return False
    if density <= 0.2 or m.commas - m.ordinals >= 10:
        return False  # prose, perhaps with links (a ranked list's numbers, '1、<a>…</a>', are no clauses)
    weight = m.weight if m.scored else class_weight(m.node)
    return weight < 0 or (trailing and density > 0.5) or bool(RELATED_LABEL.match(m.head_text))
