"""Every rule that removes something from a post body, in one place.

Element rules match on tag names or on single class / id names (``share-buttons``,
``dfp-ad-imu1``), never on substrings of words, and they never remove an element
that holds most of the text of the page (WordPress puts ``tag-society`` on the
article itself). Text rules drop whole blocks after extraction.
"""

from __future__ import annotations

import functools
import html
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from etl.posts.patterns import guarded, han_outside_ignorecase, has_zero_width, without_zero_width

# Tags whose content is never article text.
NON_CONTENT_TAGS: Final = frozenset(
    [
        "script",
        "style",
        "noscript",
        "rt",  # a ruby annotation's reading ('银(yín)行'): the text is the base characters, 银行
        "rp",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "noembed",  # what a browser without plugins showed (none today does)
        "annotation",  # a MathML formula's source (TeX) beside the formula
        "annotation-xml",
        "link",
        "meta",
        "form",
        "input",
        "button",
        "select",
        "textarea",
        "option",
        "label",
        "dialog",
        "map",
        "area",
        "audio",
        "video",
        "source",
        "track",
        "head",
        "title",
        # an AMP page's ads, trackers, notices and players (their fallback text is no article's)
        "amp-ad",
        "amp-embed",
        "amp-sticky-ad",
        "amp-auto-ads",
        "amp-analytics",
        "amp-pixel",
        "amp-consent",
        "amp-user-notification",
        "amp-sidebar",
        "amp-iframe",
        "amp-video",
        "amp-youtube",
        "amp-social-share",
        "amp-state",
        "amp-script",
    ]
)


@dataclass(frozen=True)
class ElementRule:
    name: str
    why: str
    tags: frozenset[str] = frozenset()
    name_pattern: re.Pattern[str] | None = None  # matched against each class name and the id
    href_pattern: re.Pattern[str] | None = None  # for links that are banners, not citations


def _exact(*names: str) -> re.Pattern[str]:
    """A pattern matching a class/id name that is exactly one of ``names``."""
    return re.compile(rf"^(?:{'|'.join(names)})$", re.IGNORECASE)


def _names(*words: str) -> re.Pattern[str]:
    """A pattern matching a class/id name made of one of ``words`` joined by - or _ to others."""
    alternatives = "|".join(words)
    return re.compile(rf"(?:^|[-_])(?:{alternatives})(?:$|[-_\d])", re.IGNORECASE)


def _names_edge(*words: str) -> str:
    """A name with one of the words as its first or last part ('widget-area', 'sidebar-widget'), not inside it
    (Telegram's 'tgme_widget_message_text' is the message)."""
    alternatives = "|".join(words)
    return rf"(?:^(?:{alternatives})(?:$|[-_\d])|[-_](?:{alternatives})$)"


ELEMENT_RULES: Final[tuple[ElementRule, ...]] = (
    ElementRule(
        "strip_scripts_and_widgets",
        "scripts, styles, forms, embedded players and other non-text elements, and the box of a form's fields "
        "or buttons whose only text is its heading (a search, sign-up or poll box)",
        tags=NON_CONTENT_TAGS,
    ),
    ElementRule(
        "strip_hidden_elements",
        "elements the page itself hides from readers (screen-reader labels, metadata spans, display:none)",
        name_pattern=_exact(
            "hidden",
            "element-hidden",
            "element-invisible",
            "screen-reader-text",
            "sr-only",
            "visually-hidden",
            "rdf-meta",
            "display-none",
        ),
    ),
    ElementRule(
        "strip_navigation",
        "site navigation, menus, breadcrumbs, pagination, page headers and footers, sidebars",
        tags=frozenset({"nav", "header", "footer", "aside", "menu", "marquee"}),
        name_pattern=re.compile(
            _names(
                "nav",
                "navbar",
                "navigation",
                "menu",
                "breadcrumbs?",
                "pagination",
                "pager",
                "sidebar",
                "site-header",
                "site-footer",
                "masthead",
                "footer",
                "header",
                "toolbar",
                "skip-link",
            ).pattern
            + "|"
            + _names_edge("widget"),
            re.IGNORECASE,
        ),
    ),
    ElementRule(
        "strip_ad_slots",
        "advertising slots (DFP/GPT ad units, sponsored boxes, in-post ad containers)",
        name_pattern=_names(
            "ad",
            "ads",
            "adv",
            "advert",
            "advertisement",
            "adsbygoogle",
            "adslot",
            "dfp",
            "gpt",
            "imu",
            "innity",
            "sponsor",
            "sponsored",
            "promo",
            "promotion",
            "banner",
        ),
        href_pattern=re.compile(r"doubleclick\.net|googleadservices|/adclick|[/.]adserver|[?&]adid=", re.IGNORECASE),
    ),
    ElementRule(
        "strip_subscribe_banners",
        "subscribe, newsletter, donation and paywall prompts, and links to subscription offers",
        name_pattern=_names(
            "subscribe",
            "subscription",
            "newsletter",
            "paywall",
            "signup",
            "sign-up",
            "freemium",
            "donate",
            "donation",
            "membership",
            "support-appeal",
            "support-us",
            "contributions-epic",
            "cta",
        ),
        href_pattern=re.compile(r"subscri|/promotions?/|utm_campaign=|/donate|newsletter", re.IGNORECASE),
    ),
    ElementRule(
        "strip_cookie_notices",
        "cookie and consent banners ('This website uses cookies', '本网站使用 Cookie')",
        name_pattern=_names("cookie", "cookies", "cookie-notice", "cookie-banner", "consent", "gdpr"),
    ),
    ElementRule(
        "strip_share_blocks",
        "share and follow buttons, social embeds, print/email links",
        name_pattern=_names(
            "share",
            "shares",
            "sharing",
            "sharedaddy",
            "social",
            "addthis",
            "sns",
            "follow",
            "like-button",
            "print",
            "email-link",
            "a2a",
            "jp-sharing",
        ),
    ),
    ElementRule(
        "strip_related_articles",
        "related-article lists, recommendations, carousels and 'read more' boxes",
        name_pattern=_names(
            "related",
            "relatedposts",
            "jp-relatedposts",
            "recommend",
            "recommended",
            "recommendations",
            "more-stories",
            "read-more",
            "readmore",
            "carousel",
            "you-may-like",
            "popular",
            "trending",
            "most-read",
            "next-post",
            "prev-post",
            "post-navigation",
            "nav-links",
        ),
    ),
    ElementRule(
        "strip_tag_groups",
        "keyword and tag link groups, category links, bylines and 'submitted on' lines",
        name_pattern=_names(
            "tags",
            "tag-links",
            "tagcloud",
            "tag-cloud",
            "keywords",
            "keyword",
            "cat-links",
            "categories",
            "entry-meta",
            "post-meta",
            "article-meta",
            "meta",
            "byline",
            "submitted",
            "posted-on",
            "published-on",
            "word-count",
            "reading-time",
            "author-info",
            "author-bio",
            "field-name-author",
        ),
    ),
    ElementRule(
        "strip_nested_articles",
        "an <article> inside another <article>: HTML's form for the outer article's comments and related "
        "posts; main_content applies it by structure, and keeps it when the article turns out to be in it",
    ),
    ElementRule(
        "strip_comment_threads",
        "reader comment threads and comment forms",
        # and the pinyin and short names of Chinese sites: pinglun (评论), gentie (跟帖), liuyan (留言), cmt
        name_pattern=_names(
            "comment",
            "comments",
            "commentlist",
            "disqus",
            "respond",
            "discussion",
            "discuss",
            "replies",
            "pinglun",
            "gentie",
            "liuyan",
            "cmt",
        ),
    ),
    ElementRule(
        "strip_forum_signatures",
        "a forum member's signature under each of their posts (Discuz's 'sign', vBulletin's 'signature')",
        name_pattern=_names(
            "signature", "signatures", "sign", "post-signature", "postsign", "usersig", "user-signature"
        ),
    ),
    ElementRule(
        "strip_image_credits",
        "photo credits and image-source lines (the caption itself is kept in images)",
        name_pattern=_names(
            "photo-credit", "image-credit", "credit", "credits", "image-source", "field-name-field-image-source"
        ),
    ),
)

# Class rules whose match is never taken back because it holds much text: a comment thread is long
# prose, and can be longer than the article it follows.
FIRM_RULES: Final = frozenset({"strip_comment_threads", "strip_hidden_elements"})

# Tags that element rules remove by name alone (the other rules match class and id names).
TAG_RULE_TAGS: Final = frozenset(tag for rule in ELEMENT_RULES for tag in rule.tags)

# Block texts that are boilerplate wherever they appear.
# 'Unauthorised' alone is a word of prose ('未经授权的访问'), and so is a copyright owner ('版权所有者'):
# a notice reserves the rights or forbids reproduction.
COPYRIGHT: Final = re.compile(
    r"(版权所有(?![者人权])|版權所有(?![者人權])|不得转载|不得轉載|禁止转载|禁止轉載|严禁转载|嚴禁轉載|(?:转载|轉載)(?:请|請|须|須|需|必须|必須)(?:注明|註明)(?:(?:出处|出處|来源|來源)\s*[:：][^。！？]{1,60}$)?|"
    r"禁止搬运|禁止搬運|严禁搬运|嚴禁搬運|谢绝转载|謝絕轉載|请勿转载|請勿轉載|违者必究|違者必究|"
    # (in the languages beside Chinese on overseas outlets' pages)
    r"bản quyền thuộc về|hak cipta terpelihara|direitos reservados|tous droits réservés|derechos reservados|"
    r"alle rechte vorbehalten|"
    r"(?:著作权|著作權|版权|版權)(?:归|歸)(?!谁|誰|何人|什么人|什麼人)[^。！？，,]{0,12}所有|"
    # a platform's disclaimer: '该文观点仅代表作者本人，…平台仅提供信息存储空间服务', '不代表本站立场'
    r"(?:观点|觀點)(?:仅|僅)代表作者|(?:仅|僅)代表(?:该|該)?作者(?:或机构|或機構)?(?:本人|个人|個人)?(?:的)?(?:观点|觀點|立场|立場)|"
    r"^\W{0,2}(?:[^\W\d_]{2,6}[：:]\s*)?(?:[^。！？，,]{0,16}[，,]\s*){0,2}"
    r"(?:本文|文章|该文|該文|此文|以上|文中|内容|內容|新闻稿|新聞稿|稿件)[^。！？]{0,10}不代表本(?:网站|網站|站|网|網|平台|报|報|刊|号|號)(?:的)?"
    r"(?:立场|立場|观点|觀點)|(?:仅|僅)提供信息存[储儲]空[间間]服[务務]|"
    # ('…发布此信息目的在于传播更多信息，与本站立场无关')
    r"(?:目的在于|目的在於|旨在)(?:传播|傳播)更多信息|[与與]本(?:站|网|網|报|報|刊)(?:立场|立場)(?:无关|無關)|"
    # (the platform by its name: '本文由云帆资讯号作者上传发布，不代表云帆资讯立场')
    # a portal's terms ('刊用本网站稿件，务经书面授权'), rights held by the writers ('本刊文章版權屬作者所有')
    r"(?:刊用|转载|轉載)本(?:网站|網站|站)稿件|(?:本网站|本網站|本站)所?(?:刊载|刊載|发布|發布|转载|轉載)(?:的)?(?:信息|資訊|资讯|内容|內容|文章)"
    r"[，,]\s*(?:均)?不代表[^。！？，,]{1,12}(?:观点|觀點|立场|立場)|(?:务|務)(?:经|經)(?:书面|書面)(?:授权|授權)|(?:著作权|著作權|版权|版權)(?:均|皆)?(?:属|屬|归|歸)(?:作者|原作者)(?:所有)?|(?:图文|圖文)?(?:版权|版權)(?:属|屬)[^。！？，,|｜]{1,16}所有|"
    r"(?:转载|轉載)(?:请|請)先(?:取得|征得|徵得)(?:同意|授权|授權)|"
    # where to ask for a reprint ('本報所有內容受著作權保護，轉載請洽本報資料室')
    r"(?:转载|轉載)(?:请|請)(?:洽|联系|聯繫|聯絡|联络)(?:本|我)|(?:转载|轉載)(?:请|請)(?:来信|來信)(?:洽询|洽詢|联系|聯繫|告知)?|(?:本报|本報|本网|本網|本站|本刊)所有(?:内容|內容)受(?:著作权|著作權|版权|版權)(?:法)?(?:保护|保護)|"
    # a blog platform's terms of reuse ('本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明')
    r"(?:转载|轉載)(?:请|請)(?:附上|附|保留|标明|標明)[^。！？]{0,12}(?:出处|出處|链接|鏈接|連結|来源|來源|声明|聲明)|"
    r"(?:上传|上傳)(?:并|並)?(?:发布|發布|發佈)[，,]\s*不代表[^。！？，,]{1,12}(?:立场|立場|观点|觀點)|"
    # a column's or a letter's views disowned by the outlet ('本欄文章為作者個人意見，不代表本刊立場', '文责自负，不代表本报立场',
    # '來函內容不代表本刊立場'); '他的看法不代表政府立场' reports
    # (opening its sentence, after a clause at most: a repost's note before it, '本文经授权转载自…，文中观点不代表本网立场', is
    # the post's credit)
    r"(?:^|[。！？!?]\s*)\W{0,2}(?:(?:本欄|本栏|本刊|本報|本报|本站|本網|本网)[^。！？!?，,]{0,10}[，,]\s*)?[^。！？!?，,]{0,8}?"
    r"(?:(?:纯属|純屬|仅代表|僅代表|为|為|系)?(?:作者)?(?:个人|個人|本人)?(?:意見|意见|观点|觀點|看法|言論|言论)|自负|自負|内容|內容)"
    r"(?:[^。！？不]{0,8}?[，,])?\s*(?:并|並|亦|也|均|皆)?不代表"
    r"(?:本|[^。！？，,]{1,10}(?:网|網|报|報|刊|台|站|平台|媒体|媒體))[^。！？，,]{0,4}(?:立场|立場|观点|觀點)|"
    # ('本文来自城事观察号，不代表快看资讯立场')
    r"^(?:本文|文章|内容|內容)(?:来自|來自|系|由)[^。！？]{1,20}[，,]\s*不代表[^。！？，,]{1,12}(?:立场|立場|观点|觀點)|"
    # a portal's word on its partners' stories ('本網站內容由合作夥伴提供，Yahoo奇摩不負任何責任')
    r"^(?:本網站|本网站|本站|本平台|本頻道|本频道)?(?:內容|内容|文章|新聞|新闻)由[^。！？，,]{1,16}提供[，,]\s*[^。！？，,]{0,16}"
    r"(?:不負|不负|不承擔|不承担)[^。！？，,]{0,8}(?:責任|责任)|"
    # 'without permission' forbids only with a prohibition ('未经授权，请勿转载') or a threat ('未经许可转载，违者必究'):
    # '未经许可转载他人作品仍可能构成侵权' states the law, '未经许可转载了…' reports a deed
    r"未[经經][^。！？]{0,12}(?:授权|授權|许可|許可|同意)[^。！？]{0,12}"
    r"(?:(?:不得|请勿|請勿|勿|严禁|嚴禁|禁止|不可|不准|不準|不许|不許)[^。！？]{0,6}"
    r"(?:转载|轉載|复制|複製|摘编|摘編|翻印|转贴|轉貼|重制|重製)"
    r"|(?:转载|轉載|复制|複製|摘编|摘編|翻印|转贴|轉貼|重制|重製)[，,、\s]*(?:必究|违者|違者|将追究|將追究|追究))|"
    # a repost's permission asked for ('如需转载，请联系…'); a platform's storage disclaimer without 空间, in English too
    r"(?:如需|如要|如欲|若需|若要|如有意愿|如有意願)(?:转载|轉載)[^。！？]{0,6}[，,]?\s*(?:请|請)|(?:方可|才可|始可)(?:转载|轉載)|"
    r"(?:仅|僅)提供信息(?:存[储儲]|发布|發布)(?:空[间間])?(?:(?:平台)?服[务務]|平台)|only provides? information storage services?|"
    # a republished article's closing takedown notice: '部分图片来源网络，如有侵权请联系删除'
    r"(?:如有|若有|如涉及|若涉及)侵[权權][^。！？“”「」\"]{0,12}(?:删除|刪除)[。！!～~☆★]?\s*$|"
    # its short form at a clause's end ('▲ 图片来源网络，侵删')
    r"[，,]\s*侵[删刪][。！!～~]?\s*$|"
    # a licence the post is published under ('本作品采用知识共享署名 4.0 国际许可协议进行许可'), pictures' rights ('All
    # photos © 某某')
    # (the theme's footer: '本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议')
    r"(?:本|此)(?:作品|文章|文|站|网站|網站|博客|部落格|blog|讲义|講義|笔记|筆記|课件|課件|教程|页面|頁面|维基|維基|文档|文檔)"
    # ('本文由 阿木 创作，采用 知识共享署名 4.0 国际许可协议进行许可')
    r"(?:由[^。！？，,]{1,12}(?:创作|創作|撰写|撰寫|原创|原創|发布|發布|发表|發表|编写|編寫)[，,]\s*)?[^。！？，,]{0,6}"
    r"(?:(?:除|除非)[^。！？，,]{1,8}?(?:外|以外)[，,]\s*(?:均|皆|都)?)?(?:采用|採用|使用|依|遵循|遵守|基于|基於|適用|适用)"
    r"[^。！？]{0,12}(?:知识共享|知識共享|创作共用|創作共用|創用\s*CC|CC\s*BY)[^。！？]{0,40}(?:许可|許可|授权|授權|协议|協議)|"
    r"this (?:work|post|article|blog|site) is licensed under|"
    r"^(?:all )?(?:photos?|images?|pictures?|图片|圖片|照片)\s*(?:©|\(c\))|"
    # a repost's permission, asked of the account ('转载请联系后台授权')
    r"(?:转载|轉載)(?:请|請)(?:在)?(?:后台|後台)?(?:联系|聯繫|聯絡|联络|留言)[^。！？，,]{0,8}(?:授权|授權|后台|後台)|"
    # (or a keyword to send the account: '转载请在后台回复“转载”')
    r"(?:转载|轉載)(?:请|請)(?:在|于|於)?(?:后台|後台)(?:回复|回覆|留言)|"
    # the business desk's contact ('商务合作请联系：微信 …', '商務合作請洽：ad@…')
    r"^[\W📩📧✉]{0,3}(?:商[务務]合作|广告合作|廣告合作|合作邀[约約]|商[业業]合作)[^。！？]{0,12}"
    r"(?:请联系|請聯繫|請聯絡|请添加|請添加|请洽|請洽|联系|聯繫|私信|私訊|(?:请|請)?来信|(?:请|請)?來信|[:：]\s*[\w.\-]+@)"
    r"[^。！？]{0,40}$|"
    # a portal's disclaimer of a wire copy ('…出于传递更多信息之目的，并不意味着赞同其观点或证实其描述')
    r"(?:传递|傳遞)更多信息之目的|并不意味着赞同其观点|並不意味著贊同其觀點|"
    # a copy shared for study only, not for sale ('本文由…志願者翻譯，僅供學習交流，嚴禁用於任何商業用途')
    r"(?:仅|僅)供(?:学习|學習)(?:交流|研究|参考|參考|之用)?[^。！？]{0,4}[，,；;]?\s*(?:严禁|嚴禁|禁止|请勿|請勿|不得)"
    r"(?:用于|用於|作为|作為|作)?(?:任何)?(?:商业|商業)|"
    # a market's risk warning ('市场有风险，投资需谨慎', '…所涉标的不作推荐，据此买卖，风险自负')
    r"市场有风险[，,]\s*投资需谨慎|市場有風險[，,]\s*投資需謹慎|不构成(?:任何)?投资建议|不構成(?:任何)?投資建議|"
    r"(?:据此|據此)(?:买卖|買賣|操作|投资|投資)[，,]?\s*(?:风险自负|風險自負)|"
    # a quotes widget's note ('行情数据延迟15分钟，仅供参考，不作为交易依据')
    r"行情(?:数据|數據|报价|報價)?(?:延迟|延遲|延时|延時)\s*\d{1,2}\s*分(?:钟|鐘)(?:[，,]\s*(?:仅|僅)供(?:参考|參考))?"
    r"(?:[，,]\s*(?:不作为|不作為|不构成|不構成)[^。！？]{0,12})?|"
    # a site's disclaimer of all its pages ('本站内容仅供参考，具体施工请咨询有资质的电工')
    r"(?:本站|本网|本網|本平台|本号|本號)(?:所有|全部)?(?:内容|內容|文章|信息|資訊|资讯)(?:均)?(?:仅|僅)供(?:参考|參考)"
    r"(?:[，,][^。！？，,]{0,16}(?:请|請)(?:咨询|諮詢|以)[^。！？]{0,20})?|"
    # a booking widget's note on its prices ('价格仅供参考，以预订页面为准')
    r"(?:价格|價格|报价|報價|房价|房價)(?:仅|僅)供(?:参考|參考)[，,]\s*(?:请|請)?以[^。！？]{1,20}(?:为准|為準)|"
    # a compiler's note that its copy is for reference, the official text the authority ('本篇法规由法规库编辑整理，仅供参考，
    # 请以政府公报发布的文本为准')
    r"由[^。！？，,]{1,16}整理[，,]\s*(?:仅|僅)供(?:参考|參考)[，,]\s*(?:请|請)?以[^。！？]{1,30}(?:为准|為準)|"
    # an excerpt's permission ('本文节选自《河湾纪事》（…），经出版社授权发布。'); a platform's disclaimer of what its users
    # wrote ('以上内容由投诉用户提供，平台不对其真实性负责')
    r"(?:本文|本篇)?(?:节选|節選|摘编|摘編|选摘|選摘)自\s*[《「][^》」]{1,30}[》」][^。！？]{0,40}(?:经|經)[^。！？]{1,20}(?:授权|授權)|"
    r"(?:平台|本站|本网|本網|本平台)不(?:对|對)其(?:真实性|真實性|准确性|準確性|内容|內容)(?:负责|負責)|"
    # a column's disclaimer of its writer's views ('本文观点仅代表个人意见', 'The views expressed are the author's own')
    r"(?:观点|觀點)(?:仅|僅)代表(?:作者)?(?:个人|個人|本人)|"
    r"views expressed (?:in this [a-z]+ |here )?are (?:solely |entirely )?(?:the author'?s'? own|those of the author)|"
    # the site's licence and report lines ('粤ICP备12345678号', '网络举报电话：12377', '新闻报料：021-…')
    r"^\W{0,2}[\u3400-\u9fff]{0,2}ICP[备備证證][^。！？\d]{0,8}\d[^。！？]{0,20}号?(?:\s*[\u3400-\u9fff]{0,2}公网安备\s*\d{6,20}号?)?\s*$|"
    r"^\W{0,2}[\u3400-\u9fff]{0,2}公网安备\s*\d{6,20}号?\s*$|^\W{0,2}(?:违法和不良信息|違法和不良信息|網絡|网络)?举报(?:电话|電話|邮箱|郵箱)\s*[:：]|"
    r"^\W{0,2}[^。！？，,\s]{0,6}(?:报料|報料|爆料)(?:电话|電話|热线|熱線|邮箱|郵箱)?\s*[:：]\s*[\d\-－@]|"
    # the desk's contacts ('投稿邮箱：tougao@…', '新闻热线：0571-…', '欢迎投稿，投稿请发至 news@…')
    r"^\W{0,2}(?:投稿|新闻|新聞)(?:邮箱|郵箱|信箱|热线|熱線|电话|電話)\s*[:：]\s*[\w.\-－@]+\s*$|"
    r"^\W{0,2}(?:欢迎|歡迎)投稿[，,]?\s*(?:投稿)?(?:请|請)?(?:发至|發至|发送至|發送至|寄至|发到|發到)\s*[\w.\-]+@[\w.\-]+\s*$|"
    # an exclusive licence, asked to be asked for ('本文为作者独家授权本站发表，转载请联系授权')
    r"(?:独家|獨家)授[权權](?:本站|本网|本網|本平台|本号|本號|本刊|本报|本報)[^。！？]{0,8}(?:发表|發表|刊登|首发|首發)|"
    # (English: 'Copyright © 2021 …', 'Copyright 2021', 'Copyright Harbour Media'; 'Copyright lawyers say…' is prose)
    r"all rights reserved|^\s*(©|\(c\)|copyright\s*(?:©|\(c\)|@|\d{4}|by\b|(?-i:[A-Z])|$)))",
    re.IGNORECASE,
)
# A character or word every notice COPYRIGHT names holds, searched in the lower-cased text: far cheaper than
# COPYRIGHT's search (its branches anchored by '^' leave the engine no first character to look for), and
# most paragraphs hold none. Every branch opens with one literal character, matched case-sensitively: the
# engine then skips to the next position holding one of those characters instead of trying each branch at
# every position (9x faster than with '[转轉]载' and IGNORECASE, which defeat that).
# tests/test_body.py checks a notice of each branch of COPYRIGHT against it.
_COPYRIGHT_HINT: Final = guarded(
    re.compile(
        r"版[权權]|转载|轉载|轉載|供[学學]|搬[运運]|必究|著作|代表|存[储儲]|未[经經]|提供信息|更多信息|不[负負]|不承[担擔]|立[场場][无無][关關]|侵[权權删刪]|传[递遞]|傳[递遞]|赞同其|贊同其|"
        r"商[务務]合作|广告合作|廣告合作|合作邀[约約]|商[业業]合作|供[参參]考|行情|不[对對]其|"
        r"举报|舉報|报料|報料|谨慎|謹慎|投[资資][建議议]|授[权權]|爆料|投稿|热线|熱線|©|rights|\(c\)|copyright|storage|icp|"
        r"[据據]此|views expressed|知识共享|知識共享|创作共用|創作共用|創用|creative commons|cc by|"
        r"bản quyền|hak cipta|direitos|droits|derechos|rechte"
    )
)
SIGNATURE_LINE: Final = re.compile(
    r"(?:个性|個性)?(?:签名|簽名)(?:档|檔)?\s*[:：]\s*\S"
    # (or its label between rules, the signature after it: '───── 簽名檔 ───── 工具多到老婆想把我趕出去｜…')
    r"|[─━—\-=_~]{3,}\s*(?:个性|個性)?(?:签名|簽名)(?:档|檔)?\s*[─━—\-=_~]{3,}"
)
STRAY_LITERALS: Final = frozenset({"null", "undefined", "none", "nan", "[object object]", "true", "false"})
# a BBS post's footer: '--', then its station line, its address, an edit or a repost note, each after a '※'
FORUM_FOOTER: Final = re.compile(
    r"^(?:--\s*)?※\s*(?:發信站|发信站|文章網址|文章网址|編輯|编辑|修改|轉錄者|转录者|轉錄至|转录至|Origin|来源|來源)\s*[:：]",
    re.IGNORECASE,
)
# a forum's one-line reply: a reaction mark ('推', '噓', '→'), an id, a colon, the reply, its time (maybe after an IP)
_REPLY_MARKS: Final = frozenset("推噓嘘→")
REPLY_LINE: Final = re.compile(
    r"^(?:推|噓|嘘|→)\s*[A-Za-z0-9_.\-]{2,16}\s*[:：].{0,120}?\s*(?:\d{1,3}(?:\.\d{1,3}){3}\s+)?"
    r"\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*$"
)
# a microblog's comment: a name, a colon, the words, then their time and the controls to answer them
# ('网友甲：终于等到了！5月28日 10:05回复赞', '林某：同意 2021-05-28 10:05 来自iPhone 回复 3')
MICROBLOG_REPLY: Final = re.compile(
    r"^[^\s：:]{1,20}\s*[:：].{1,200}?\s*(?:\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|今天|昨天|"
    r"\d{1,2}\s*(?:分钟|分鐘|小时|小時)前)(?:\s*\d{1,2}:\d{2}|\s)\s*(?:来自|來自)?[^\s]{0,20}\s*(?:回复|回覆)"
    r"\s*(?:赞|讚|\d+|举报|舉報|\s)*$"
)  # (its time or a space before the control: '資料來源：房屋署6月27日回覆' is the office's answer of that day)
# a BBS post's header as text: its author, board, title and time ('作者 nightowl (夜貓子) 看板 Bus 標題 … 時間 Fri May
# 28 10:00:00 2021'; SMTH's '发信人: …, 信区: … 标  题: … 发信站: …')
BBS_HEADER: Final = re.compile(
    r"^(?:作者|发信人|發信人)\s*[:：]?\s+\S.{0,60}?(?:看板|信区|信區)\s*[:：]?\s*\S.{0,40}?"
    r"(?:標\s*題|标\s*题)\s*[:：]?\s*.{1,120}?(?:時\s*間|时\s*间|發信站|发信站)\s*[:：]?\s*.{0,80}$"
)
# an ad script's call shown as text ('(adsbygoogle = window.adsbygoogle || []).push({});')
AD_SCRIPT_LINE: Final = re.compile(
    r"^[\s(]*(?:window\.)?adsbygoogle\s*=\s*window\.adsbygoogle\s*\|\|\s*\[\]\)?\.push\([^)]*\);?\s*$", re.I
)
# a republished WeChat article's closing ornament: '- END -', '—— END ——', '▪ END ▪'
# (and a wire story's '（完）', '(全文完)')
# A style sheet's rules and nothing else: selectors, then braces of 'property: value' declarations (lowercase
# properties, as CSS writes them: 'tamper{TCP:seq:corrupt}' in a paragraph about a tool's syntax is not one).
# Each rule atomic: a long run of rules that fails at its end is not tried again split another way.
_CSS_DECLARATION: Final = r"-?[a-z][a-z-]*\s*:[^{}:;]*(?::[^{};]*)?"
STYLE_SHEET_TEXT: Final = re.compile(
    rf"(?>\s*[A-Za-z0-9_.#*:\[\]=\"'>+~,()@ -]{{1,200}}\{{\s*(?:{_CSS_DECLARATION};\s*)*{_CSS_DECLARATION};?\s*\}})+\s*"
)


END_ORNAMENT: Final = re.compile(
    # (a press release's '###', '# # #' or '-30-', which ends the release before its 'About' and its contact)
    r"^\s*NNNN\s*$|^\s*(?:#\s?#\s?#|-\s?30\s?-)\s*$"
    r"|^[\s\-—–_=·•▪*.~]*(?:the\s+)?end[\s\-—–_=·•▪*.~]*$|^[\s(（\[【\-—–_=·•▪*~]*(?:完|全文完|本文完|本期完|本篇完|终|終|"
    r"(?:快讯|快訊|直播|简报|簡報)(?:结束|結束)|"
    r"(?:本文|全文|正文)(?:已|已经|已經)?(?:结束|結束)(?:[，,]?\s*(?:感谢|感謝|谢谢|謝謝)(?:您的|你的)?(?:阅读|閱讀|观看|觀看)"
    # (and the key a screen reader's user presses next: '正文已结束，您可以按alt+4进行评论')
    r"|[，,]\s*(?:您|你)?(?:可以|可)?按\s*[a-z]{2,5}\s*[+＋]\s*\w[^。！？]{0,12})?)[\s)）\]】\-—–_=·•▪*~]*$",
    re.IGNORECASE,
)
# A line of the page's own data, nothing else on it: its counts ('阅读 10万+', '1,203 次阅读', '瀏覽次數：1,203',
# '已有 12 人点赞', '本文共2360字，阅读约需6分钟', '字数：2360'), its own address ('本文链接：https://…', '永久链接：…';
# a repost's '原文链接：…' names its source and stays), the collection it is filed in ('收录于合集 #县城观察 12个')
_COUNT: Final = r"[\d,.]+\s*(?:万|萬|w|k)?\+?"
_PRINTED_FOOT: Final = r"https?://\S+\s+\d{1,3}\s*/\s*\d{1,3}"
# where a printout broke its pages: no line an article shows, wherever the break falls (after '…守则只有三条：')
PRINTED_FOOT: Final = re.compile(rf"^\s*{_PRINTED_FOOT}\s*$")
PAGE_META: Final = re.compile(
    rf"^[\s(（\[【]*(?:{_COUNT}\s*(?:次|人)?(?:阅读|閱讀|浏览|瀏覽|观看|觀看|点击|點擊)"
    r"|(?:阅读|閱讀|浏览|瀏覽|观看|觀看|点击|點擊|点阅|點閱|人气|人氣)(?:次数|次數|数|數|量)?\s*[:：]?\s*"
    rf"{_COUNT}(?:\s*次)?"
    r"|(?:已有|共有)\s*[\d,]+\s*人(?:点赞|點讚|点讚|按讚|按赞|赞过|讚過|喜欢|喜歡|阅读|閱讀|收藏|参与|參與)(?:过|過)?"
    # a poll's count ('投票 · 已有 2,318 人参与', '共 1,046 人參與投票')
    r"|(?:投票\s*[·•|｜]?\s*)?(?:已有|共有|共)\s*[\d,]+\s*人(?:参与|參與)(?:了)?(?:投票)?"
    r"|(?:本文|全文)(?:共|约|約)?\s*[\d,]+\s*字[，,]?\s*(?:(?:预计|預計)?(?:阅读|閱讀)(?:约需|約需|需要|需|约|約|大约|大約)?\s*\d+\s*(?:分钟|分鐘))?"
    r"|(?:本文)?(?:字数|字數)\s*[:：]\s*[\d,]+(?:[，,]\s*(?:阅读|閱讀)(?:时长|時長|时间|時間)?(?:大约|大約|约|約)?\s*\d+\s*(?:分钟|分鐘))?"
    r"|(?:[^。！？:：]{0,20}[，,]\s*)?(?:(?:本文|本页|本頁)(?:永久)?(?:链接|鏈接|連結|地址|网址|網址)|永久链接|永久鏈接|永久連結|固定链接|固定連結)"
    r"\s*[:：]\s*(?:https?|ipfs|ipns)://\S+"
    r"|(?:收录于|收錄於)(?:合集|话题|話題)(?:\s*[#＃]\S+)*(?:\s*\d+\s*[个個]?)?"
    r"|(?:收录于|收錄於)(?:专栏|專欄)\s*[·•:：]?\s*[^。！？，,]{1,20}"
    r"|(?:本文|全文)(?:共|共有)\s*\d+\s*[页頁]"  # a paged article's count of its pages
    # a printed page's foot: the article's address and the page's number ('https://…/a.html 2/3')
    rf"|{_PRINTED_FOOT}"
    # a PDF's running foot and page number, left in its text ('北屿理工大学学报 第 4 页 共 11 页', '—3—', '- 12 -')
    r"|(?:[^。！？，,\d]{1,24}\s+)?第\s*\d{1,4}\s*[页頁]\s*[，,/／]?\s*共\s*\d{1,4}\s*[页頁]|[—\-–－]\s*\d{1,4}\s*[—\-–－]"
    # an edition's number and date ('第 128 期 · 2021年5月28日', 'Issue #128 · 2021-05-28'), after its column's name
    # ('城市手记 · 第47期')
    r"|(?:[^\s·•|｜。，,！？]{1,12}\s*[·•|｜]\s*)?(?:第\s*\d+\s*期|issue\s*(?:no\.?\s*|#)?\d+)(?:\s*[·•|｜/,，]?\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}))?"
    # a channel's views after their glyph, with the post's time ('👁 5.6K · 2021-05-28 10:00')
    rf"|(?:👁|👀)\ufe0f?\s*{_COUNT}(?:\s*[·•|]\s*(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    r"|via\s+@\w+))?"
    r")[\s)）\]】。]*$",
    re.IGNORECASE,
)


def _may_be_notice_field(text: str) -> bool:
    """A quick test before ``NOTICE_FIELDS`` and ``ATTACHMENT_LINE``: a field's colon, a header cell's few characters, a
    site's identity, a file's kind."""
    return (
        ":" in text
        or "：" in text
        or len(text) <= 8
        or "ICP" in text
        or "案" in text
        or "识码" in text
        or "識碼" in text
        or "." in text
    )


# A Q&A site's or a forum's own lines: when a question was asked and how often viewed ('Asked 2 years ago Viewed 8k
# times'), its count of answers ('3 個回答'), its pointer to other questions, a topic's closing notice
QA_SITE_LINE_MAX_CHARS: Final = 240
_QA_WHEN: Final = (
    r"(?:asked|modified|active|viewed|edited|answered)\s+(?:\d[\d.,]*\s*[km]?\s+times|(?:\d+|a|an|one)\s+"
    r"(?:second|minute|hour|day|week|month|year)s?\s+ago|today|yesterday)"
)
QA_SITE_LINE: Final = re.compile(
    rf"^\s*{_QA_WHEN}(?:\s*[·•|]?\s*{_QA_WHEN})*\s*$|^\s*\d[\d,]*\s*(?:个|個)(?:回答|答案)\s*$"
    r"|^\s*not the answer you'?re looking for\?|^\s*this topic was automatically closed\b"
    # (a forum's topic closing itself, its map of counts, its pin: '此主题在最后一次回复后 30 天自动关闭。', '创建 5月6日
    # 最后回复 5月9日 回复 23 浏览 1.8k', '📌 已置顶 · 公告')
    r"|^\s*(?:此|本|该|該)(?:主题|主題|话题|話題|帖子)[^。！？]{0,24}(?:自动|自動)(?:关闭|關閉)"
    r"|^\s*(?:创建|建立)\s*\S{1,12}\s+(?:最后回复|最後回覆|最新回复|最新回覆)\s*\S{1,12}(?:\s+\S{1,4}\s*[\d.,]+\s*[kKwW万萬]?){1,6}\s*$"
    r"|^\W{0,3}\s*(?:已置顶|已置頂|置顶|置頂)(?:\s*[·•|｜]\s*\S{1,6})?\s*$",
    re.IGNORECASE,
)
# A government notice's card of fields, each alone on its line or together ('索引号：11441300007192308P/2024-00071',
# '主题分类：文化、广电', '发文字号：岭文〔2024〕33号', '成文日期：2024-06-26', '發布單位：農業處'), its site's own identity
# ('主办单位：… 网站标识码：3306830001'): the page's catalogue, not the notice's words
NOTICE_FIELD_MAX_CHARS: Final = 120
_NOTICE_FIELD: Final = (
    r"(?:信息)?索引[号號]|(?:发文|發文)(?:字[号號]|机关|機關|单位|單位)|文[号號]|(?:主题|主題|内容|內容|体裁|體裁)分[类類]|"
    r"成文日期|(?:发布|發布|公开|公開)(?:机构|機構|单位|單位|日期|时间|時間|方式|范围|範圍)|(?:公开|公開)(?:责任|責任)(?:部门|部門)|"
    r"(?:更新|有效)(?:日期|时间|時間)|有效性"
)
# (the site's identity: '主办单位：… 承办：… 网站标识码：…', '…ICP备12345678号')
_SITE_IDENTITY: Final = (
    r"(?:网站|網站)(?:标识码|標識碼)|ICP\s*(?:备|備|证|證)|公网安备|公網安備|(?:备案|備案)(?:号|號|编号|編號)"
)
# (a label alone, a table's header cell, only where it cannot be a word of prose: '索引号', not '发布日期')
_NOTICE_HEADER: Final = (
    r"(?:信息)?索引[号號]|(?:发文|發文)字[号號]|(?:主题|主題)分[类類]|成文日期|(?:公开|公開)(?:责任|責任)(?:部门|部門)"
)
NOTICE_FIELDS: Final = re.compile(
    rf"^\s*(?:(?:{_NOTICE_FIELD})\s*[:：]\s*[^。！？：:]{{0,40}}?\s*)+$|^\s*(?:{_NOTICE_HEADER})\s*[:：]?\s*$"
    rf"|^[^。！？!?]{{0,80}}(?:{_SITE_IDENTITY})[^。！？!?]{{0,40}}?\d{{4,}}[^。！？!?]{{0,20}}$"  # (with its number)
)
# A line offering files to download: its label, then file names with their kind ('附件：施工路段示意图.pdf', '附件：新聞照片
# 1.JPG、新聞照片2.JPG', '相关附件'), sizes and links maybe; the notice's words about an attachment are a sentence
_FILE_NAME: Final = r"[^\s、，,；;]{1,60}\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|7z|jpe?g|png|gif|wps|et|txt|csv)"
ATTACHMENT_LINE: Final = re.compile(
    rf"^\s*(?:(?:相关|相關)?附件\d*\s*[:：]?\s*(?:\d+\s*[.、．]\s*)?{_FILE_NAME}(?:\s*[(（][^()（）]{{0,20}}[)）])?"
    rf"(?:\s*[、，,；;]?\s*(?:\d+\s*[.、．]\s*)?{_FILE_NAME}(?:\s*[(（][^()（）]{{0,20}}[)）])?)*"
    r"|(?:相关|相關)附件|附件(?:下载|下載)|(?:点击|點擊)(?:下载|下載)|(?:附件)?(?:名称|名稱)\s*(?:下载|下載))\s*[:：]?\s*$",
    re.IGNORECASE,
)
# An e-paper's lines about its pages, nothing else on them: the masthead with the date and the page ('南岸时报数字版 ·
# 2024年05月06日 · A03 城事', '东江都市报数字版 > 2022年08月15日 > 第A06版：民生'), the page's label ('第05版：城建'), its
# controls ('◀ 上一版 下一版 ▶ ｜ 全版瀏覽 ｜ PDF', '版面导航')
_EDITION: Final = r"[^\s·•|｜>＞›»/／:：，,。！？]{0,16}\s?(?:数字版|数字报|數字報|數位版|数位版|电子版|電子版|电子报|電子報|报纸|報紙)"
_PAGE_MARK: Final = r"(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2}\s*版?)(?:\s*[:：]?\s*[^\s。，,！？·•|｜]{1,8})?"
_EDITION_DATE: Final = (
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|週|周)[一二三四五六日天])?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
)
_PAGE_CONTROL: Final = r"[◀▶◁▷<>«»‹›]?\s*(?:上一版|下一版|上一期|下一期|全版(?:浏览|瀏覽)|版面(?:导航|導航|概览|概覽)|PDF\s*版?|本版PDF|放大|缩小|縮小|往期(?:回顾|回顧|查询|查詢))\s*[◀▶◁▷<>«»‹›]?"
_EDITION_PART: Final = rf"(?:{_EDITION}|{_PAGE_MARK}|{_EDITION_DATE}|{_PAGE_CONTROL})"
EDITION_DETAILS: Final = re.compile(
    rf"(?:{_EDITION_DATE}|{_PAGE_MARK})(?:\s*[·•|｜,，]?\s*(?:{_EDITION_DATE}|{_PAGE_MARK}))*"
)
# (an e-paper's name alone: '北岭晚报数字报', '中港日報電子報')
_EDITION_MASTHEAD: Final = r"[^\s·•|｜>＞›»/／:：，,。！？_]{1,14}(?:报|報|刊|闻|聞)\s?(?:数字报|數字報|电子报|電子報|数字版|數字版|數位版|数位版|电子版|電子版)"
_EDITION_SEPARATOR: Final = r"\s*[·•|｜>＞›»/／]?\s*"
EDITION_PAGE_LINE: Final = (
    re.compile(  # (the edition's name with its date or page; a page's label or its controls alone)
        rf"^\s*[(（]?(?:{_EDITION_PART}(?:{_EDITION_SEPARATOR}{_EDITION_PART})+|{_PAGE_MARK}|{_EDITION_MASTHEAD}"
        rf"|{_PAGE_CONTROL}(?:{_EDITION_SEPARATOR}{_PAGE_CONTROL})*)\s*[)）]?\s*$",
        re.IGNORECASE,
    )
)
# An e-mail edition's own lines, whole: where to read it otherwise, why it came, how to leave the list
MAILING_NOTICE_MAX_CHARS: Final = 120
# a letter's footer, from why the reader gets it to the sender's postal address ('You are receiving this because you
# signed up at … Unsubscribe · Update your preferences The Housing Week, 123 Market St, …')
MAILING_FOOTER: Final = re.compile(
    r"^\s*you(?:'re|’re| are) receiving this(?: email| newsletter| message)? because\b"
    # a mailer's own note and its confidentiality clause ('-- 此電郵由系統自動發出，請勿直接回覆。', 'Confidentiality: This
    # email and any attachments are intended solely for the addressee.')
    r"|^\W{0,3}(?:此|本)(?:电邮|電郵|邮件|郵件|信件|讯息|訊息)(?:由|为|為|是)(?:系统|系統)(?:自动|自動)(?:发出|發出|发送|發送|寄出|生成)"
    r"|^\W{0,3}(?:confidentiality(?: notice)?\s*:\s*)?this (?:e-?mail|message)(?: and any attachments)? (?:is|are) (?:confidential|intended solely)",
    re.I,
)
MAILING_FOOTER_MAX_CHARS: Final = 300
_MAIL: Final = r"(?:邮件|郵件|电子报|電子報|邮件通讯|本期|本邮件|本郵件|这封信|這封信|此信|本信)"
MAILING_NOTICE: Final = re.compile(
    # '邮件显示不正常？在浏览器中查看', '在網頁上閱讀本期', 'View (this email) in (your) browser'
    rf"^\s*(?:{_MAIL}[^。！？]{{0,10}}[？?，,]\s*)?(?:请|請|点此|點此|点击|點擊)?(?:在|用)(?:浏览器|瀏覽器|网页|網頁)(?:中|上)?"
    r"(?:查看|檢視|阅读|閱讀|打开|打開|开启|開啟)(?:本期|本邮件|本郵件|完整版)?\s*[>»›]?"
    # (beside the archive's link: '在浏览器中阅读本期 | 往期归档'; or its address after it: '… ( https://… )')
    r"(?:\s*[|｜·•]\s*(?:往期归档|往期歸檔|往期回顾|往期回顧|往期|过往期刊|過往期刊))?"
    r"(?:\s*[(（<]?\s*https?://\S+?\s*[)）>]?)?\s*$"
    # '如果這封信顯示為亂碼，請點此線上閱讀：…', '如電郵未能正常顯示，請按此於瀏覽器開啟': the letter's own copy on the web
    r"|^\W{0,3}(?:如果|如|若)(?:这封|這封|本|此)?(?:信|邮件|郵件|电邮|電郵|电子报|電子報)[^。！？]{0,12}(?:乱码|亂碼|不正常|未能正常|无法|無法)"
    r"[^。！？]{0,8}[，,]\s*(?:请|請)(?:点此|點此|按此|点击|點擊)[^。！？]{0,12}(?:阅读|閱讀|查看|開啟|开启|浏览|瀏覽)"
    # '如果你是第一次收到这封邮件，欢迎！…': the letter greeting a new reader, with the way to subscribe
    r"|^\s*(?:如果|若)(?:你|您)是第一次(?:收到|读到|讀到|看到)(?:这|這|本)(?:封|期)?(?:邮件|郵件|电子报|電子報|信|周刊|週刊|通讯|通訊)"
    # a sign-up form's fine print and its steps ('By signing up, you will create an account…', 'Get this newsletter',
    # 'Check your inbox', '… sent you an email to complete your subscription', '订阅即表示同意…')
    r"|^\s*(?:get|receive|subscribe to) (?:this|the|our)(?: [\w'’&-]+){0,4} newsletter\.?\s*$"
    r"|^\s*check your (?:inbox|email)[.!]?\s*$"
    r"|^\s*(?:was this )?forwarded (?:this|to you)(?: email| newsletter)?\?\s*(?:subscribe|sign up)(?: here)?(?: for (?:more|free))?[.!]?\s*$"
    # a newsletter's pitch: what it sends, to the reader's inbox ('Our best stories, delivered to your inbox every Thursday.')
    r"|^[^.!?]{0,80}\b(?:delivered|sent|straight) (?:right )?(?:to|into) your inbox"
    r"(?:,?\s+(?:every|each|daily|weekly|twice|once)\b|[.!]?\s*(?:(?:sign up|subscribe)(?: now| here| today)?[.!]?\s*)?$)"
    r"|^[^.!?]{0,40}sent you an email (?:at [^.!?]{0,40})?\s*to (?:complete|confirm|verify|finish) your (?:subscription|sign ?-?up)"
    r"|^\s*(?:点击|點擊)?(?:订阅|訂閱)即(?:表示|代表)(?:您|你)?(?:同意|已阅读|已閱讀)"
    # 'Sent with ❤️ via 信鸽邮件', 'Sent via Mailer': the sending service's line
    r"|^\s*sent (?:with \S{1,3} )?(?:via|by|using|from) [^\s!?][^!?。]{0,30}$"
    r"|^\s*view (?:this email |it |this issue )?(?:in|on) (?:your |a )?(?:browser|the web)\s*$"
    # 'Having trouble reading this? Open it on the web'
    r"|^\s*having trouble (?:reading|viewing|seeing) this(?: email)?\?\s*(?:open|view|read) it (?:on the web|in (?:your |a )?browser)\.?\s*$"
    # 'Manage your subscription', the list's own control, maybe with the sender's address after it
    r"|^\s*manage (?:your )?(?:subscription|preferences)\s*(?:[|｜·•][^。！？!?]{0,80})?$"
    # '您收到这封邮件，是因为您订阅了…', 'You received this email because you subscribed…'
    r"|^\s*(?:您|你)(?:之所以)?(?:收到|會收到|会收到)(?:这|這|此|本)(?:封)?(?:邮件|郵件|电子报|電子報|信)"
    r"|^[\s\-—]*you(?:'re| are)? receiv(?:ed|ing) this (?:email|e-mail|newsletter|message) because"
    # a list server's digest (Mailman's): its list of topics
    r"|^\s*today'?s topics\s*:?\s*$"
    # '你正在阅读的是《山城通讯》', '退订请回复“TD”', '本電子報由 社區好報志工團 發送', '本简报由每日简报编辑部整理，…'
    r"|^\s*本?(?:电子报|電子報|邮件|郵件|简报|簡報|周报|週報|通讯|通訊|newsletter)由\s*[^\s，。,][^，。,]{0,20}?\s*"
    r"(?:发送|發送|寄送|整理|编辑|編輯|编写|編寫|制作|製作)"
    r"|^\s*(?:你|您)正在(?:阅读|閱讀)(?:的是)?《[^《》]{1,20}》|^\s*(?:退订|退訂)(?:请|請)(?:回复|回覆)"
    # '退订 | 管理订阅偏好 …', '取消訂閱', 'Unsubscribe | Manage preferences' (a row of the list's controls, the address after)
    r"|^\s*(?:退订|退訂|取消订阅|取消訂閱|unsubscribe)(?:本邮件|本郵件|本刊)?\s*(?:$|[|｜·•]\s*(?:管理|更新|修改)?"
    r"(?:订阅|訂閱)?(?:偏好|设置|設定|选项|選項)|\s*[|｜·•]\s*(?:manage|update) (?:your )?(?:preferences|subscription))",
    re.IGNORECASE,
)
# the page's call for letters, with its terms ('本欄歡迎讀者投稿，字數以八百字為限…', '歡迎讀者來函，來函請電郵至 …')
SUBMISSION_CALL: Final = re.compile(
    r"^[\s（(【\[]*(?:本欄|本栏|本刊|本報|本报|本版)?(?:歡迎|欢迎)(?:讀者|读者|各界)?(?:投稿|來函|来函|來稿|来稿|賜稿|赐稿)[，,]"
    r"[^。！？]{0,80}(?:字|電郵|电邮|郵寄|邮寄|寄至|寄到|@|姓名|聯絡|联络|联系|聯繫)[^。！？]{0,40}[。！]?\s*$"
)
SUBMISSION_CALL_MAX_CHARS: Final = 140
# an account recommended with its motto ('关注河西城事 · 读懂一座城', '推荐关注 ↑↑↑ 基层医疗那些事儿，说给你听。'), or to look up
# by its name ('微信搜索“青山书评”（qingshanbooks）：…')
ACCOUNT_PROMPT: Final = re.compile(
    r"^(?:(?:关注|關注)[^\s·•|｜，,。！？]{2,12}\s*[·•|｜]\s*[^。！？·•|｜]{2,16}$"
    r"|(?:推荐关注|推薦關注)\s*[↑↓⬆⬇👆👇]*\s*[^。！？]{0,30}[。！]?$"
    r"|\W{0,3}(?:微信|wechat)\s*(?:搜索|搜尋|搜一搜)\s*[“「\"『][^”」\"』]{1,20}[”」\"』])",
    re.IGNORECASE,
)
# An op-ed's line on who its writer is, in brackets ('（作者是某区域政策研究所的研究员）', '（作者系本市作家协会会员，中学语文
# 教师）', '（作者為執業律師）')
_WRITER_IS: Final = r"(?:本文)?(?:作者|筆者|笔者)\s*(?:是|系|為|为|乃|現為|现为|現任|现任|曾任|任)"
WRITER_NOTE: Final = re.compile(rf"^[（(]\s*{_WRITER_IS}[^()（）]{{2,80}}[)）]$")
# the same line without its brackets, under the text ('作者为某财经大学商学院讲师'): the article's (``main_content``)
WRITER_LINE: Final = re.compile(rf"[（(]?\s*{_WRITER_IS}[^()（）。！？!?]{{2,80}}[)）]?[。.]?")
WRITER_NOTE_MAX_CHARS: Final = 100
# A column's blurb: its name, then that it is the outlet's column and when it runs, in one sentence
COLUMN_BLURB: Final = re.compile(
    r"^[【\[《「〈]?[^】\]》」〉。，,]{2,14}[】\]》」〉]?\s*(?:(?:是|為|为|系)(?=[^。]{0,60}(?:專欄|专栏))"
    r"(?=[^。]{0,60}(?:逢|每)(?:星期|週|周|月|日|天)[^。]{0,6}(?:刊出|刊登|推出|更新|出刊|見報|见报))"
    # ('南岸时报深度栏目每周四更新。': a column and when it runs, alone)
    r"|[^。，,\s]{0,10}(?:栏目|欄目|专栏|專欄)(?:逢|每)(?:星期|週|周)[一二三四五六日天\d]?(?:更新|刊出|见报|見報|出刊)[。！]?$"
    # ('《椰风随笔》逢星期二见报，由本报特约作者轮流执笔', its name in brackets and when it runs)
    r"|(?<=[】\]》」〉])\s*(?:逢|每)(?:星期|週|周)[^。，,]{0,4}(?:刊出|刊登|出刊|見報|见报)[，,][^。]{0,24}(?:執筆|执笔|撰寫|撰写|輪流|轮流))"
    # a paid column's note that the post is in it ('💡 本文已收录于专栏《…》，订阅专栏可解锁全部 42 篇文章')
    r"|^\W{0,3}\s*(?:本文|本篇|此文)?已?(?:收录|收錄)(?:于|於|在|至|进|進)\s*[^。！？，,]{0,12}(?:专栏|專欄)"
    r"(?:\s*[《「“][^》」”]{1,30}[》」”])?\s*(?:[，,。！!]|$)"
)
COLUMN_BLURB_MAX_CHARS: Final = 120
# a series' name and issue over its post, with its motto ('【数读】第 112 期 ｜ 每周一用数据看城市')
SERIES_LINE: Final = re.compile(r"^[【\[][^】\]]{1,10}[】\]]\s*第\s*\d{1,4}\s*期(?:\s*[|｜·•]\s*[^。！？!?]{1,24})?$")
SERIES_LINE_MAX_CHARS: Final = 50


# A group's footer under each message, its sentences in one block ('-- You received this message because you are subscribed
# to the Google Groups "…" group. To unsubscribe from this group…'), and a message's header fields forwarded or
# digested with it ('---------- Forwarded message --------- From: … Date: … Subject: … To: …')
GROUP_FOOTER: Final = re.compile(
    r"^[\s\-—]*(?:you(?:'re| are)? receiv(?:ed|ing) this (?:email|e-mail|message) because you are subscribed to"
    r"|to unsubscribe from this group|to view this discussion on the web"
    # a list server's digest (Mailman's): where to post, how to leave, how to reply, its end, its footer
    r"|send [^\n]{1,60}? mailing list submissions to|to subscribe or unsubscribe via the world wide web"
    r"|when replying, please edit your subject line|end of [^\n]{1,60}? digest\b"
    r"|[^\n]{1,40}? mailing list\s+\S+@\S+(?:\s+https?://\S+)?\s*$)",
    re.IGNORECASE,
)
GROUP_FOOTER_MAX_CHARS: Final = 500
_MAIL_HEADER_FIELD: Final = re.compile(
    # (the Chinese names glued to the field before them, as a copy joins the lines: '…全體家長主旨：…')
    r"(?:(?:^|[\s\-—])(?:from|date|sent|subject|to|cc|message-id)|发件人|寄件者|寄件人|收件人|收件者|抄送|副本|日期|发送时间"
    r"|傳送時間|主题|主題|主旨)\s*[:：]",
    re.IGNORECASE,
)
_MAIL_SENDER_FIELD: Final = re.compile(r"(?:^|[\s\-—])(?:from|发件人|寄件者|寄件人)\s*[:：]", re.IGNORECASE)
MAIL_HEADER_MAX_CHARS: Final = 400
MAIL_HEADER_MIN_FIELDS: Final = 3


def is_mail_header(text: str) -> bool:
    """Whether a block is a message's header: its sender's field and two more (a date, a subject, a recipient), a
    forwarded message's or a digest's ('Message: 1 Date: … From: … Subject: …')."""
    fields = _MAIL_HEADER_FIELD.findall(text)
    return len(fields) >= MAIL_HEADER_MIN_FIELDS and _MAIL_SENDER_FIELD.search(text) is not None


# A feed generator's or a bridge's own line about the item it made ('Powered by Rivulet v2.3', 'Generated by … · Report
# a problem', '该内容由 溪流 自动生成，仅供个人订阅使用。', '本条目由溪流转换为 Markdown，…', '—— 本条目经 桥中桥 二次转发 ——');
# a sentence about such lines ('订阅里那些“Powered by”开头的小字') is prose
GENERATOR_NOTICE_MAX_CHARS: Final = 80
# the platform's credit ending a footer's line, after a sentence of the footer's own
POWERED_FOOTER_MAX_CHARS: Final = 160
_POWERED_BY_TAIL: Final = re.compile(
    r"^(?:[^.。!！?？]*[.。!！?？)）]){1,2}\s*(?:proudly\s+)?powered by\s+[^\s!?.。][^!?.。]{0,30}?(?:!(?:\s*[\w.]{1,10})?)?[.。]?\s*$",
    re.IGNORECASE,
)
# how a transcript or a schedule was made, and what rules over it: the speech as given, the recording
_TRANSCRIPT_NOTE: Final = re.compile(
    r"(?:以|请以|請以)(?:(?:实际|實際)(?:发言|發言|讲话|講話|播出|演讲|演講)|音频|音頻|录音|錄音|视频|視頻|影片)(?:为准|為準)"
    r"|check against delivery"
    r"|(?:现场|現場)?(?:速记|速記|记录|記錄)[，,]?\s*未(?:经|經)(?:本人|发言人|發言人)?(?:审阅|審閱|审定|審定|核实|核實)"
    r"|(?:根据|根據)(?:录音|錄音|速记|速記)整理[，,]\s*未(?:经|經)[^。！？，,]{0,6}(?:审阅|審閱|审定|審定)"
    r"|(?:语音识别|語音識別|机器转写|機器轉寫|自动转写|自動轉寫)(?:生成|转写|轉寫|整理)"
    r"|(?:逐字稿|字幕|文字稿|文稿)由(?:系统|系統|ai|机器|機器)?(?:自动|自動)(?:产生|產生|生成)",
    re.IGNORECASE,
)
GENERATOR_NOTICE: Final = re.compile(
    # (after the forum's welcome on a printed thread: '欢迎光临 某论坛 (http://…) Powered by Discuz! X3.1')
    r"^(?:欢迎光临|歡迎光臨)\s*[^\s(（]{1,20}\s*(?:[(（]https?://[^\s)）]+[)）])?\s*powered by \S{1,20}(?:\s+\S{1,10})?$|"
    # ('Feed enhanced by Better Feed Plus': a feed plugin's line)
    r"^[—\-–\s]*(?:(?:(?:proudly\s+|feed\s+|rss\s+)?(?:powered|generated|enhanced|hosting provided|hosted) (?:by|with|on)"
    r"|(?:published|built) with|made with(?=\s+(?-i:[A-Z])))\s+"
    r"[^\s!?][^!?]{0,30}?"
    r"(?:!(?:\s*[\w.]{1,10})?)?"  # ('Powered by Discuz! X3.1')
    r"(?:\s*[·|｜]\s*[^·|｜!?]{1,24})?[.。]?\s*$"
    # ('本文由 RSS to Markdown 机器人自动同步', '由 weibo-to-md 自动备份')
    r"|(?:(?:该|該|本|此)(?:内容|內容|条目|條目|条|條|则|則|摘要|页面|頁面|页|頁|消息|訊息|说明|說明|文章|文件|文|帖|贴|貼)?"
    r"(?:由|经|經)\s*|由\s+)"
    r"[^\s，。,][^，。,]{0,39}?\s*"
    r"(?:(?:自动|自動)(?:生成|产生|產生|抓取|转换|轉換|转发|轉發|整理|翻译|翻譯|摘要|同步|备份|備份|存档|存檔|搬运|搬運)"
    r"|二次(?:转发|轉發)|(?:抓取|爬取|采集|採集|存档|存檔)(?:于|於)|(?:同步|搬运|搬運|镜像|鏡像)(?:自|于|於)"
    r"|(?:转换|轉換)(?:为|為|成)\s*(?:markdown|rss|纯文本|純文字|html))"
    # ('本文件由 Microsoft Word 文档经 pandoc 3.1.9 转换，格式可能存在偏差': the tool that converted it)
    r"|(?:本文件|本文|本页|本頁|此文)由[^，。,]{1,30}?(?:经|經|用|使用|通过|通過)\s*[^，。,\s]{1,20}(?:\s*[\d.]+)?\s*"
    r"(?:转换|轉換|导出|導出)"
    # an editor's note on a digest it made ('以上快讯由编辑部综合整理，不构成投资建议。')
    r"|以上(?:快讯|快訊|内容|內容|信息|資訊|资讯|消息)由[^，。,]{1,16}?(?:综合|綜合)?(?:整理|编辑|編輯|编译|編譯)(?:[，,][^。！？]{0,20})?[。.]?$"
    # a notes app's export note ('此笔记由印象笔记导出', 'Exported from Evernote on 2024-03-02')
    r"|(?:该|該|本|此)(?:笔记|筆記|文档|文檔|页面|頁面|文件|笔记本|筆記本)(?:由|经|經)\s*[^，。,]{1,20}?\s*(?:导出|導出|剪藏)[。.]?\s*$"
    r"|exported (?:from|with|by|using) [\w .\-]{1,30}?(?:(?: on|,)\s*[\w ,\-/:]{4,24})?\.?$"
    # a feed bot's head and its settings ('订阅源更新：陶然随笔（第 214 条）', '同步规则：全文', '每 6 小时检查一次更新')
    r"|(?:订阅源|訂閱源|rss|feed)\s*(?:更新|推送|update)\s*[:：]\s*[^。！？]{1,30}$"
    r"|(?:订阅源|訂閱源|rss\s*源|feed)\s*[:：]\s*\S{1,80}$"
    r"|(?:如需|如要|若要|若需)(?:停止|取消|暂停|暫停)(?:同步|推送|订阅|訂閱|抓取)[^。！？]{0,30}(?:设置|設置|設定|移除|退订|退訂)[^。！？]{0,12}[。.]?$"
    r"|(?:同步|抓取|转发|轉發)(?:规则|規則|范围|範圍|模式)\s*[:：]\s*[^。！？，,]{1,12}$"
    r"|每\s*\d{1,3}\s*(?:分钟|分鐘|小时|小時|天)\s*(?:检查|檢查|抓取|同步|拉取)一次(?:更新)?[。.]?$"
    # '本文转换自网页，原始排版已简化': a converter's note on its copy
    r"|(?:本文|本条目|本條目|此文)(?:由[^，。,]{1,20})?(?:转换|轉換)自"
    # ('本文由「拾页」网页剪藏插件保存，仅供个人阅读')
    r"|(?:本文|此文|本页|本頁)由[^，。,]{1,20}(?:剪藏|插件|外掛|扩展|擴充功能)[^，。,]{0,6}(?:保存|儲存|存档|存檔)"
    # '来自 RSSHub 微博转换': the bridge that converted the item, alone on its line
    r"|(?:来自|來自)\s*[^\s，。,]{1,20}(?:\s*[^\s，。,]{1,12})?\s*(?:转换|轉換|自动生成|自動生成|自动抓取|自動抓取)\s*$"
    # '本站由 Hexo 强力驱动': the site's engine
    r"|\W{0,3}(?:本站|本网站|本網站|本博客|本部落格)由\s*[^\s，。,]{1,20}\s*(?:强力|強力)?(?:驱动|驅動)[。.]?\s*$"
    # (a tracker's or a wiki's engine: '由 Redmine 提供支持', 'Powered by Redmine' in Chinese)
    r"|由\s*[A-Za-z][\w .-]{1,20}\s*(?:提供支持|提供支援|驱动|驅動|生成|构建|構建)[。.]?\s*$)",
    re.IGNORECASE,
)
# a byline's reading time ('王小五 5 分钟阅读 2021年5月28日', '5 min read', '閱讀時間 3 分鐘')
READING_TIME: Final = guarded(
    re.compile(
        r"\d+\s*(?:分钟|分鐘)\s*(?:阅读|閱讀|读完|讀完)(?![\u3400-\u9fff])|(?:阅读|閱讀)(?:时间|時間|时长|時長)\s*[:：]?\s*(?:约|約|≈|~|～)?\s*\d+|"
        # ('阅读约 4 分钟', '1 分鐘 (閱讀時間)')
        r"(?:阅读|閱讀)(?:约|約|需|需要)\s*\d+\s*(?:分钟|分鐘)|\d+\s*(?:分钟|分鐘)\s*[(（]\s*(?:阅读时间|閱讀時間)\s*[)）]|"
        r"(?<![0-9A-Za-z])\d+\s*min(?:ute)?s?\s+read\b|reading time\s*[:：]?\s*(?:about\s*)?\d+\s*min|"
        r"(?:预计|預計)(?:阅读|閱讀)(?:时间|時間)?\s*[:：]?\s*(?:约|約)?\s*\d+\s*(?:分钟|分鐘)|"  # (after a name written close: '林深6 min read')
        # (after a clock, the reading time alone: '🕒 約 7 分鐘')
        r"[🕒🕐🕑🕓🕔🕕🕖🕗🕘🕙🕚🕛⏱⏰⌚]\ufe0f?\s*(?:约|約)?\s*\d+\s*(?:分钟|分鐘|min(?:ute)?s?)(?![\u3400-\u9fff])",
        re.IGNORECASE,
    )
)
_SHARE_ACTIONS: Final = (
    r"分享到?|分享至|轉發到?|转发到?|转发给|轉發給|转寄给|轉寄給|列印|打印|email|e-mail|电邮|電郵|邮件|郵件|print|"
    r"share(?: this)?(?: on| via| to)?|forward(?: this)?(?: email)?(?: to)?|tweet|"
    r"点赞|點讚|赞|讚|收藏|推荐给|推薦給|"
    # (Malay, Indonesian, Vietnamese, Portuguese, French, Spanish, German)
    r"kongsi|bagikan|chia sẻ|partilhar|compartilhar|partager|compartir|teilen|"
    # (Blogger's row under a post: '以電子郵件傳送這篇文章BlogThis！分享至 Twitter')
    r"以電子郵件傳送這篇文章|以电子邮件发送这篇文章|通过电子邮件发送此帖子|透過電子郵件傳送這篇文章|blogthis[!！]?|email this"
)
_COPY_LINK: Final = (
    r"复制链接|複製連結|複製鏈接|复制网址|複製網址|copy link"  # alone, an interface label; after platforms, the bar's
)
_SHARE_TARGETS: Final = (
    r"facebook|twitter|臉書|脸书|推特|微博|微信|朋友圈|whatsapp|telegram|line|linkedin|reddit|pinterest|plurk|噗浪|wechat|zalo|"
    r"qq空间|qq空間|qq|google\+|豆瓣|douban|知乎|本文|此文|文章|this article|this story|this post|朋友|好友|a friend"
)
# A caption is made of share actions, platform names and counts only ('分享到微博', 'Share on
# Facebook', '赞 (12)'); a sentence that merely starts with one ('微信支付宕机两小时。',
# '赞成18票') is text.
SHARE_CAPTIONS: Final = re.compile(
    rf"^(?:{_SHARE_ACTIONS}|{_SHARE_TARGETS})"
    rf"(?:[\s:：,，、|/·]*(?:{_SHARE_ACTIONS}|{_SHARE_TARGETS}|{_COPY_LINK}|[(（]?\d+[)）]?))*[\s:：]*$",
    re.IGNORECASE,
)

SHARE_CAPTION_MAX_CHARS: Final = (
    60  # a bar of four platforms and a copy-link control ('WhatsApp Facebook Telegram 複製連結')
)
# Platform names alone, with no share action or count: 'Facebook', 'Telegram：', '微博 / 微信'.
PLATFORM_NAMES: Final = re.compile(
    rf"^(?:{_SHARE_TARGETS})(?:[\s:：,，、|/·]*(?:{_SHARE_TARGETS}))*[\s:：]*$", re.IGNORECASE
)

PLATFORM_ROW_MIN_NAMES: Final = 3
_ROW_GAP: Final = re.compile(r"[\s|｜·•/]+")


_SHARE_LEAD: Final = re.compile(
    r"^\W{0,2}(?:分享到|分享至|分享|转发到|轉發到|share(?: (?:on|to|via))?)\s*[:：]\s*", re.IGNORECASE
)


def _is_platform_row(text: str) -> bool:
    """Platforms' names alone set apart by spaces or bars: three or more ('微信　微博　豆瓣'), or one or more after a
    share label ('分享到：微信 ｜ 朋友圈', 'Share on: WeChat'): the share buttons left as text (one name alone may be a
    how-to's section, names in a list with '、' a sentence's)."""
    lead = _SHARE_LEAD.match(text)
    names = [name for name in _ROW_GAP.split(text[lead.end() if lead else 0 :].strip().rstrip(":：")) if name]
    return len(names) >= (1 if lead else PLATFORM_ROW_MIN_NAMES) and all(PLATFORM_NAMES.match(name) for name in names)


@dataclass(frozen=True)
class TextRule:
    name: str
    why: str


TEXT_RULES: Final[tuple[TextRule, ...]] = (
    TextRule(
        "strip_literal_markup",
        "HTML written out as text (escaped tags, comments, double-escaped entities), "
        "left by scrapers that escaped a page; the tags go, the words stay",
    ),
    TextRule(
        "strip_liquid_tags",
        "Jekyll template code left in a post ({% include ad.html %}, {{ site.url }}): the site's, not the article's",
    ),
    TextRule(
        "strip_shortcodes",
        "WordPress shortcodes and forum BBCode written out as text by an importer ('[caption id=…]…[/caption]', "
        "'[embed]…[/embed]', '[b]…[/b]', '[url=…]…[/url]'): the codes go, their words stay, an [img]'s address goes; "
        "a bracketed word of the text ('[sic]', a note's '[i]') stays",
    ),
    TextRule(
        "strip_screen_reader_labels",
        "the label a page writes for screen readers before a picture's caption ('图像加注文字，…', 'Image caption,'): it "
        "goes, the caption stays",
    ),
    TextRule(
        "strip_office_residue",
        "Word's document settings and style sheet pasted as text ('Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN "
        "X-NONE', '/* Style Definitions */ table.MsoNormalTable {…}'): they go, the paragraph after them stays",
    ),
    TextRule(
        "strip_icon_glyphs",
        "an icon font's glyph (a private-use character beside no Latin letter, '\\ue600 1.2万'); one touching a "
        "Latin word (a PDF's stand-in for a letter, 'Chlupat\\ue7b3') stays",
    ),
    TextRule(
        "strip_fold_links",
        "a microblog's fold link closing its cut text ('……展开全文c', its ellipsis stays) or its whole text ('收起全文')",
    ),
    TextRule("strip_edit_links", "a wiki's edit link after a section heading ('历史[编辑]', 'History [edit]')"),
    TextRule(
        "strip_repeated_link_tails",
        "a link of the page closing three or more paragraphs after their last sentence ('…制定本办法。法宝联想')",
    ),
    TextRule("strip_more_links", "a digest item's link to the whole story closing its sentence ('…恢复。详情>>')"),
    TextRule(
        "strip_trailing_credits",
        "the desk editor's bracketed credit after the last sentence of a block ('…不会离开。（责任编辑：王某）'), "
        "or a caption's bracketed hint to enlarge its picture ('（點擊圖片放大）')",
    ),
    TextRule("drop_empty_blocks", "blocks with no letter or digit (spacers, &nbsp;, lone punctuation)"),
    TextRule(
        "drop_stray_literals",
        "literal 'null', 'undefined' and the like left by a template, a closing '- END -' ornament, a JSON object "
        "left as text (a page's structured data, the article a second time in its articleBody) and another program's "
        "record of fields ('id: 3f2a… parent_id: … created_time: … source_url: …', a notes app's export)",
    ),
    TextRule(
        "drop_style_sheet_text",
        "a block that is only a style sheet's rules ('p.p1 {margin: 0.0px; font: 12.0px Times} span.s1 {…}'): a "
        "Mac editor's styles pasted as text with the article; CSS in a code block stays",
    ),
    TextRule(
        "drop_press_contacts",
        "a press release's closing contacts for reporters under their label ('媒体联系人：', '新聞聯絡人', '傳媒查詢：', "
        "'Media contact'): in the last four blocks, each short and no sentence",
    ),
    TextRule(
        "drop_script_text",
        "a block that is a program's text shown as words (a page's scripts, a tracking call, a framework's state, its "
        "structured data, style rules under '@media'): it opens as code does, code's punctuation is dense in it and "
        "hardly a Chinese character; code in a code block stays",
    ),
    TextRule(
        "drop_copyright_lines",
        "copyright and 'do not republish' lines; a sentence that quotes such a notice ('“本站内容禁止转载”的声明…') "
        "or reports a copying ('未经许可转载了…') is prose",
    ),
    TextRule(
        "drop_closing_notices",
        "the site's own notices after the article under their labels ('更正政策：…', '投資警語：…', '【活动预告】…', "
        "'我们正在招聘：…'), or a short section under a notice's heading ('免责声明'); pleas to follow, share or tip; at "
        "the article's top or end, where it came from ('本文经授权转载自…', '来源：乡土观察', '本文译自…', '原文：… 译者：…'), "
        "kept in articles.credits; a correction ('更正：…') stays",
    ),
    TextRule(
        "drop_generated_summaries",
        "a summary a machine wrote above the article: its label ('AI摘要') and its lines up to the note that a machine "
        "wrote them ('以上内容由AI生成，仅供参考'), or its list's items",
    ),
    TextRule(
        "drop_orphan_headings",
        "a label that ends the article with nothing after it ('相关链接：', 'You may also like:'): the heading of "
        "a box that was removed",
    ),
    TextRule(
        "drop_title_heading",
        "the headline opening a whole page's article: its title (articles.title), read as the post's own title, "
        "most of the page's <title> or og:title, or the page's only <h1>; a section heading opening an excerpt stays",
    ),
    TextRule(
        "drop_mailing_notices",
        "an e-mail edition's own lines: a link to view it in a browser, why the reader received it, how to leave the "
        "list and the sender's address ('邮件显示不正常？在浏览器中查看', '您收到这封邮件，是因为您订阅了…', "
        "'退订 | 管理订阅偏好', 'Unsubscribe'); a sentence about unsubscribing ('有人退订是因为搬走了') is prose",
    ),
    TextRule(
        "drop_repeated_boxes",
        "a box of the page's set above and below the article word for word, three short lines at least (a series' "
        "list of its parts, a menu), both copies; a page carrying the whole article twice keeps it once "
        "(drop_second_copies)",
    ),
    TextRule(
        "drop_broadcast_cues",
        "a radio or podcast transcript's cues for what is no speech, in brackets on a line: music, the station's "
        "ident, an ad break with the ads read under it ('［開場音樂］', '［台聲：…］', '［廣告時間］'); a note of the "
        "room ('[掌聲]', '[笑]') is the transcript's and stays",
    ),
    TextRule(
        "drop_quoted_messages",
        "in an e-mail's reply, the earlier messages it quotes: the line that says who wrote them ('在 2022年9月16日 "
        "周五 22:10，林海生 写道：', 'On Fri, 16 Sep 2022, Lin wrote:') and every '>' line of the reply; a quote in a "
        "text that opens with no such line is the author's",
    ),
    TextRule(
        "drop_generator_notices",
        "a feed generator's or a bridge's own lines about the item it made ('Powered by Rivulet v2.3', "
        "'该内容由 溪流 自动生成，仅供个人订阅使用。', '本条目由溪流转换为 Markdown…'); a sentence about such lines "
        "('订阅里那些“Powered by”开头的小字') is prose",
    ),
    TextRule(
        "drop_link_cards",
        "another page's preview card set in the article, a link around that page's title and summary in lines of "
        "their own or ending with the bare name of its site (a platform's link card, a bookmark card, an embedded "
        "post); a link around one paragraph, or around a picture and its caption, stays",
    ),
    TextRule(
        "drop_picture_labels",
        "a block that is only the labels of links to picture files ('查看图片 查看图片', a caption's '大图') or a picture's "
        "file name under it ('image.png', an export's): the pictures go to images, the labels go; a caption linked to "
        "its picture in full stays",
    ),
    TextRule("drop_share_captions", "short captions of share buttons ('分享到微博', 'Share on Facebook')"),
    TextRule(
        "drop_paywall_notes",
        "short paywall and sign-in notes ('订阅后阅读全文', 'Subscribe to continue reading') that lost their box",
    ),
    TextRule(
        "drop_follow_prompts",
        "a line asking readers to follow the channel, like the post or open the original "
        "('点击上方蓝字关注我们', '喜欢就点个在看吧', '阅读原文', '加入LINE好友', 'Follow us on Twitter')",
    ),
    TextRule(
        "drop_site_link_lines",
        "a footer's row of the site's own pages that lost its links ('關於我們 | 隱私權政策 | 著作權聲明', "
        "'About | Contact | Privacy')",
    ),
    TextRule(
        "drop_wiki_notices",
        "a wiki's notes on the entry itself: a hatnote pointing to the name's other entries ('本条目介绍的是…。关于…，"
        "请见…', '“…”重定向至此'), a maintenance box ('本条目需要补充更多来源。请协助…', '此條目没有列出任何参考或来源'); "
        "an article saying '本文' of itself stays",
    ),
    TextRule(
        "drop_review_notes",
        "a word processor's review marks exported with a draft: its comments under their marks ('批注 [周1]: …', "
        "'Comment [JZ1]: …'), its tracked changes ('已删除: 大约', '格式已更改: 字体…') and the export's own header "
        "('修订模式导出', '文件名：….docx 最后修改：…'); a sentence about a draft's comments is prose",
    ),
    TextRule("drop_gallery_counters", "slideshow counters ('Image 1 of 5', '图 2/8', '第3/12张')"),
    TextRule(
        "drop_interface_labels",
        "a lone word of the page's controls ('Close', 'Caption', '展开全文', '返回顶部', '上一页'), or a row of them "
        "('打印本页 关闭窗口', '【打印】【关闭】'), or a button that is a link alone ('立即订阅', 'Subscribe now')",
    ),
    TextRule(
        "drop_adjacent_post_links",
        "the site's pager to the previous and next post ('上一篇：…', '下一則：…', 'Next article: …', '« Vol.22 | Vol.24 »'), "
        "or its back issues by title ('往期回顾：《…》《…》')",
    ),
    TextRule("drop_ad_labels", "the label of an ad slot left alone ('广告', 'Advertisement', 'Sponsored links')"),
    TextRule(
        "drop_line_numbers",
        "a code block of line numbers only ('1', '2', '3' one per line): the gutter a highlighter (Hexo, "
        "Pygments) sets beside the code, in a cell or a <pre> of its own",
    ),
    TextRule(
        "drop_staff_credits",
        "a line of bylines and credits only ('责任编辑：张某', '（編輯：某某某）1100304', '文／童家蔚 圖／蘇立群', "
        "'本报记者 吴海生', '攝影・文字／宋之瑜'): an interview's '记者：' question, and a repost's source line "
        "('来源：某某日报'), stay",
    ),
    TextRule(
        "drop_page_meta",
        "a line of the page's own data only: its counts ('阅读 10万+', '已有 12 人点赞', '本文共2360字，阅读约需6分钟'), "
        "its own address ('本文链接：https://…'; a repost's '原文链接' names its source and stays), the collection "
        "it is filed in ('收录于合集 #县城观察')",
    ),
    TextRule(
        "drop_breadcrumb_lines",
        "a breadcrumb as a line of text ('首页 > 城市 > 正文', '您的位置：首页 › 新闻'): the page's place in the site, which "
        "a page converted to Markdown or text keeps",
    ),
    TextRule("drop_keyword_lines", "keyword and tag lines ('标签：渔市 港口', 'Tags: harbour, winter', '#渔市 #港口')"),
    TextRule(
        "drop_datelines",
        "a line saying only when the page was published or updated ('Updated 5:27 am CST, Wednesday, November 20, "
        "2019', '发布时间：2020-01-19 08:00'), or a byline with the reading time ('王小五 5 分钟阅读 2021年5月28日', "
        "'5 min read'): the post's date is published_at; a bare date (a timeline's entry) stays",
    ),
    TextRule(
        "drop_repeated_neighbours",
        "a block of 20+ characters identical to the block right before it: one text shown twice by the page "
        "(a slideshow's caption for each slide, a box and its copy for another screen size)",
    ),
    TextRule(
        "drop_bylines",
        "a line that is only the post's author's name above the article's first paragraph (a forum post's member "
        "panel, a blog's author card): articles.author holds it",
    ),
    TextRule(
        "drop_author_bios",
        "the article's closing note about its author: a bio label ('作者简介：', '关于作者', 'About the author') in its "
        "last three blocks, all short, and what follows it; or, with no label, one of its last two blocks opening with "
        "the post's own author's name and what a bio says ('葉秋明，1984年生於花蓮，曾任…'), a name the article never uses",
    ),
    TextRule(
        "drop_column_blurbs",
        "a column's standing blurb about itself, above or below each of its pieces ('【街角經濟學】是本報逢星期三刊出的"
        "專欄，由三位經濟學者輪流執筆…'): the column's name, that it is the outlet's column, and when it runs",
    ),
    TextRule(
        "drop_forum_footers",
        "a BBS post's footer after its '--' line: the station line ('※ 發信站: 批踢踢實業坊(ptt.cc), 來自: …'), the "
        "post's address, an edit note ('※ 編輯: …')",
    ),
    TextRule(
        "drop_reply_lines",
        "a reader's one-line reply under a forum post: a reaction mark, the reader's id, a colon, the reply and its "
        "time ('推 reader: 说得对 05/28 10:02', PTT's pushes)",
    ),
    TextRule(
        "drop_collapsed_copies",
        "a caption or summary shown again cut short ('… more', '…展开') or with its 'less' / '收起' toggle, right "
        "after the whole text: one copy stays, without its toggle",
    ),
    TextRule(
        "drop_second_copies",
        "a run of two or more blocks repeating, in order, a run earlier in the article, the two making up 80 % of "
        "its text or more: the page's second copy of the article (for phones, for print); a chorus, a line of "
        "code or a caption repeated stays",
    ),
)
REPEATED_NEIGHBOUR_MIN_CHARS: Final = 20  # a short line may repeat on purpose (a refrain, a separator)
SECOND_COPY_MIN_SHARE: Final = 0.8  # of the article's text in the two copies, for a repeat to be a second copy
COPY_GAP_MAX_BLOCKS: Final = 2  # blocks of the first copy a second may lack in a row (a caption, an ad's line)
COPY_HEAD_MAX_BLOCKS: Final = 2  # a closing copy's headline and byline above it
COPY_HEAD_MAX_CHARS: Final = 60
_PAYWALL_ACCESS: Final = (
    r"订阅|訂閱|登录|登錄|登入|付费|付費|购买|購買|开通|開通|成为会员|成為會員|加入会员|加入會員|解锁|解鎖|赞助|贊助"
)
_PAYWALL_READ: Final = r"阅读|閱讀|查看|观看|觀看|看(?=全|完)|解锁|解鎖"  # a bare 看 is any seeing
_PAYWALL_REST: Final = r"全文|(?:全部|完整)(?:内容|內容|文章|版)|更多|本文|剩余|剩餘"
_PAYWALL_MEMBERS: Final = r"会员|會員|订户|訂戶|付费会员|付費會員|付费用户|付費用戶"
PAYWALL_NOTE: Final = guarded(
    re.compile(
        # a way in, then reading the rest: '订阅后阅读全文', '登入後繼續閱讀', '成為會員，免費閱讀全文'
        rf"(?:{_PAYWALL_ACCESS})[^。！？]{{0,8}}(?:(?:继续|繼續)(?:{_PAYWALL_READ})|(?:{_PAYWALL_READ})[^。！？]{{0,4}}(?:{_PAYWALL_REST}))"
        # for members only: '僅限會員閱讀', '訂戶專享內容', '以下內容為付費會員限定'
        rf"|(?:仅限|僅限|只限)(?:{_PAYWALL_MEMBERS})"
        rf"|(?:{_PAYWALL_MEMBERS})(?:专享|專享|专属|專屬|限定|独享|獨享)(?:内容|內容|文章|阅读|閱讀|[\s】\]）)]*$)"
        # the way in for those who have one, alone on its line: '已是会员？登录', '已有帳號？請登入' (as 'Already a
        # subscriber? Log in'); '他已是会员十年了' is prose
        rf"|^\s*(?:已是|已经是|已經是|已有)(?:{_PAYWALL_MEMBERS}|用户|用戶|账号|帳號|账户|帳戶)[\s?？,，。]*"
        r"(?:请|請|点此|點此|立即)?(?:登录|登錄|登入)\s*$"
        r"|(?:subscribe|sign in|log in|register)\b.{0,20}\b(?:continue|keep) reading"
        # a metered paywall's count ('您本月还可免费阅读 2 篇文章', 'You have 2 free articles left')
        r"|(?:本月|这个月|這個月|本周|本週)?(?:还可|還可|还能|還能|尚可|剩余|剩餘|仅剩|僅剩)(?:免费|免費)?(?:阅读|閱讀)\s*\d+\s*篇"
        # ('本文为您本月第 3 篇免费文章', and the way to the plans under it: '了解订阅方案 ›')
        r"|^\s*(?:本文|本篇|这|這)(?:是|为|為)(?:您|你)(?:本月|本周|本週|今天|今日)(?:的)?第\s*\d+\s*篇(?:免费|免費)"
        r"|^\s*(?:了解|查看|选择|選擇)(?:订阅|訂閱|会员|會員)(?:方案|计划|計劃|选项|選項|权益|權益)\s*[›>»]*\s*$"
        r"|you have \d+ free (?:articles?|stories|reads?) (?:left|remaining)"
        r"|to (?:continue|keep) reading|(?:for|to) subscribers only|subscribers?-only"
        r"|subscribe to (?:read|access|unlock)|(?:sign|log) in to (?:read|continue)|already a subscriber"
        # ('To view the full story, please subscribe…', 'Subscribe now to our e-edition for the full story.')
        r"|(?:view|read|access|unlock) the (?:full|whole|entire) (?:story|article)\b.{0,12}\bsubscribe"
        r"|subscribe\b.{0,40}\bfor the (?:full|whole|entire) (?:story|article)"
        r"|(?:free )?articles? limit|reached your (?:free )?(?:article|story) limit"
        # the rest is paid for: '剩余80%内容，订阅后可阅读', '此内容为付费内容', '开通VIP，畅读全站文章', '您已阅读3篇免费文章'
        rf"|(?:{_PAYWALL_ACCESS})[^。！？，,]{{0,6}}(?:{_PAYWALL_READ})\s*$|^\s*(?:付费|付費)(?:阅读|閱讀)\s*$"
        r"|(?:剩余|剩餘|还剩|還剩|余下|餘下)\s*\d{1,3}\s*%\s*(?:的)?(?:内容|內容)"
        r"|^\s*(?:此|本)(?:内容|內容|文|文章|篇)?(?:为|為|是)[^。！？，,\s]{0,6}(?:付费|付費|会员|會員|vip)(?:专享|專享)?"
        r"(?:内容|內容|文章)(?:[，,。]|\s*$)"
        # '订阅某某通，即刻获取全部文章'
        r"|(?:订阅|訂閱|开通|開通)[^。！？，,]{0,8}[，,]\s*(?:即刻|立即|马上|馬上|即可)?(?:获取|獲取|解锁|解鎖|畅读|暢讀)(?:全部|全文|所有)"
        r"|(?:开通|開通|升级|升級|成为|成為)\s*(?:vip|会员|會員)[，,\s]*(?:畅读|暢讀|免费读|免費讀|解锁|解鎖|阅读|閱讀)"
        r"|^\s*(?:您|你)(?:本月)?已(?:经|經)?(?:阅读|閱讀|读|讀)(?:了|完|过|過)?\s*(?:本月|本周|本週|今天|今日)?(?:的)?\s*\d+\s*篇"
        r"(?:免费|免費)"
        # '成为FT中文网会员，继续阅读': the outlet's name between the way in and the members
        r"|(?:成为|成為|加入)[^。！？，,]{0,10}(?:会员|會員|订户|訂戶)[，,\s]*(?:即可|才能|就能)?"
        r"(?:(?:继续|繼續)(?:阅读|閱讀)|(?:阅读|閱讀)(?:全文|完整|全部))"
        # the offer alone on its line, a price to join: '加入會員，首月只要 1 元', '订阅，每月仅需 9 元'
        r"|^\s*(?:加入|成为|成為|订阅|訂閱|开通|開通)[^。！？，,]{0,10}[，,]\s*(?:首月|首年|每月|每年|月付|年付|只要|仅需|僅需)"
        r"[^。！？]{0,12}\d[^。！？]{0,6}$",
        re.IGNORECASE,
    )
)
# The whole line is the prompt: '点击上方的图标切换模式' (an instruction in a how-to) asks nothing of the kind.
# what the prompt promises, after it ('，第一时间获取更新', '，获取更多开发者故事', '”，让更多家长看到')
_PROMPT_BENEFIT: Final = (
    r"(?:[”」\"'】]?(?:\s*[，,！!·•]\s*|\s+)(?:加入|进群|進群|第一时间|第一時間|不定期更新|定期更新|持续更新|持續更新|及时|及時|获取|獲取|不错过|不錯過|了解|瞭解|看|让更多|讓更多|每日|每天|每周|每週|每月|收到|报名|報名|领取|領取|购买|購買|即时|即時|掌握|抽奖|抽獎|送|赢|贏|回复|回覆"
    # or a word to the reader who does it ('点个在看，你最好看')
    r"|你最|您最|你也|谢谢|謝謝|感谢|感謝|你们的支持|你們的支持|您的支持|你的支持)[^。！？]{0,15})?"
)
FOLLOW_PROMPT_MAX_CHARS: Final = 60
# A pitch for the outlet's app: download it, then what it gives ('下载岭南快讯客户端，第一时间获取本地新闻…'); '下载这款应用的用户
# 增长了三倍' reports, with no comma and no promise after the app
APP_PITCH: Final = re.compile(
    # (after a question to the reader: '喜歡這篇文章？下載…App，…')
    r"^[📱📲👉▶►]*\s*(?:(?:喜欢|喜歡|觉得|覺得)[^。！？?]{0,10}[？?]\s*)?"
    r"[【\[]?(?:扫码|掃碼|扫描二维码|掃描二維碼)?(?:下载|下載|安装|安裝|打开|打開)[^。！？，,]{0,14}(?:客户端|客戶端|app|應用程式|应用|應用)"
    r"(?:[，,]\s*(?:[^。！？!?，,]{0,6}(?:第一时间|第一時間)|即时|即時|实时|實時|随时|隨時|每天|每日|即可|就能|还能|還能|获取|獲取|阅读|閱讀|看遍|查看|畅读|暢讀|收看|收听|收聽|观看|觀看"
    # (or any short benefit closing the line: '📱 下載「某某天氣」App，接收信號改變即時推送')
    r"|[^。！？!?，,]{2,16}$)"
    # (or its slogan after a space, no sentence: '扫码下载某某财经APP 实时行情随心看')
    r"|\s+[^。！？，,\s]{2,12}$)"
    # its slogan, then the app where it all is ('海量资讯、精准解读，尽在某某财经APP')
    r"|^[^。！？!?]{2,30}[，,]\s*(?:尽在|盡在|都在|就在)\s*[「“《]?[^。！？!?，,]{1,16}?[」”》]?\s*(?:客户端|客戶端|app|應用程式)[。！!]?$",
    re.IGNORECASE,
)
APP_PITCH_MAX_CHARS: Final = 120
# a line of an app's promotion around its button ('不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP'): the call to
# download it, in the imperative, on a line with no sentence's stop
APP_CALL: Final = re.compile(
    r"(?:點我|点我|点此|點此|点击|點擊|立即|马上|馬上|免費|免费|趕快|赶快|快來|快来)(?:下载|下載|安装|安裝)\s*(?:app|客户端|客戶端)"
    # (a program's download for each system: '📥 立即下载墨记 3.0：Windows · macOS · Linux · Android')
    r"|^\W{0,3}(?:立即|马上|馬上|免费|免費|点击|點擊)?(?:下载|下載)[^。！？!?]{0,20}[:：]\s*"
    r"(?:(?:windows|macos|mac|linux|android|ios|iphone|ipad|web)\s*(?:[·•|/｜,，、]\s*|$)){2,}$",
    re.IGNORECASE,
)
# the same plea as a sentence of its own ('更多新闻请下载南岸时报客户端。', '(本文来自南岸时报，更多原创资讯请下载“南岸时报”APP)')
APP_PLEA: Final = re.compile(
    r"^[（(]?(?:(?:本文|本篇)?(?:来自|來自)[^。！？，,]{1,12}[，,]\s*)?"  # (after where the post came from: '(本文来自某某新闻，…)')
    r"(?:更多[^。！？，,]{0,8}[，,]?\s*)?(?:请|請|欢迎|歡迎)(?:下载|下載|安装|安裝)[^。！？，,]{0,12}(?:app|客户端|客戶端|應用程式)[。！!]?[)）]?$",
    re.IGNORECASE,
)
APP_CALL_MAX_CHARS: Final = 80
# and where to find it ('立即前往各大应用商店搜索“北岭新闻”下载体验。', '在App Store或安卓应用市场搜索“某某”即可下载')
APP_STORE_SEARCH: Final = re.compile(
    r"^(?:立即|马上|馬上|请|請|欢迎|歡迎)?(?:前往|到|在)?\s*(?:各大)?(?:手机|手機)?(?:应用商店|應用商店|应用市场|應用市場"
    r"|app\s*store|google\s*play)(?:\s*(?:或|和|及|、)\s*[^。！？，,]{1,16}?)?\s*(?:搜索|搜尋|搜寻)\s*[“「\"]?[^”」\"。！？，,]{1,16}[”」\"]?"
    r"\s*[，,]?\s*(?:即可)?(?:下载|下載|安装|安裝)(?:体验|體驗|使用)?[。！!]?$",
    re.IGNORECASE,
)
# and what it names, in brackets ('扫描二维码关注（公众号：县城书店）')
_PROMPT_END: Final = rf"{_PROMPT_BENEFIT}(?:\s*[（(][^（()）。！？]{{1,20}}[）)])?[\s。.！!~～…:：“”\"'「」《》【】\[\]吧呀哦噢↓👇⬇▼▽❤♥💗💕🙏😊\ufe0f]*$"
FOLLOW_PROMPT: Final = re.compile(
    # (after a clause naming who made the page: '本文由某站整理，点击订阅…')
    # (or after a question to the reader: '喜歡米粒的文字嗎？請按讚追蹤粉絲專頁')
    # (or after the box's label: '📮 投稿与合作：关注“数码前哨”公众号，…')
    r"^[▸►▶▲△▼▽•·※↑↓👆👇👉☞➤➜→📌📢📣🔔✅⭐🌟👍📱📮💌📩💬❤\ufe0f>»【\[]*\s*(?:(?:本文|本篇|本期)[^。！？，,]{0,16}[，,]\s*)?"
    r"(?:(?:投稿|合作|联系|聯繫|聯絡|商务|商務|读者|讀者)[^。！？，,：:]{0,6}[：:]\s*)?"
    r"(?:(?:喜欢|喜歡|觉得|覺得)(?:的话|的話|[^。！？]{1,16}(?:吗|嗎|的话|的話)?[？?，,])\s*)?(?:"
    # a video channel's asks ('请一键三连', '關注UP主', '記得訂閱頻道並開啟小鈴鐺')
    r"(?:请|請|记得|記得|欢迎|歡迎)?(?:一键三连|一鍵三連|(?:关注|關注)\s*up\s*主|(?:订阅|訂閱)(?:我的|我们的|我們的|本)?(?:频道|頻道)"
    r"|(?:开启|開啟|打开|打開)(?:小铃铛|小鈴鐺))[^。！？]{0,30}|"
    r"(?:追蹤|追踪|關注|关注|訂閱|订阅|(?:设为|設為)?(?:星标|星標))(?:我們|我们)|加入好友|"
    # (the writer's column or channel: '歡迎追蹤我的方格子專欄，每週二更新。')
    r"(?:欢迎|歡迎|请|請)?(?:追蹤|追踪|關注|关注|訂閱|订阅)(?:我的|我們的|我们的|本)[^。！？，,]{0,10}"
    r"(?:专栏|專欄|频道|頻道|公众号|公眾號|帐号|帳號|账号|粉丝页|粉絲頁|粉專|主页|主頁)|"
    # '长按识别二维码': the instruction under a code to scan (the code itself is strip_qr_codes')
    r"(?:长按|長按|扫描|掃描|扫码|掃碼|微信扫描|微信掃描)(?:识别|識別)?(?:图中|圖中|上方|下方|上图|上圖|下图|下圖)?(?:的)?"
    r"(?:二维码|二維碼|小程序码|小程序碼)|"
    r"(?:点击|點擊|戳)(?:上方|下方|上面|下面|顶部|頂部|底部)?[^。！？]{0,12}(?:关注|關注|订阅|訂閱|星标|星標|置顶|置頂)[^。！？，,]{0,6}"
    r"|(?:微信)?(?:长按|長按|扫描|掃描|扫码|掃碼|扫一扫|掃一掃)[^。！？]{0,12}(?:关注|關注|追蹤|追踪|订阅|訂閱|加入我们|加入我們)"
    r"(?:[^。！？，,]{0,12}(?:公众号|公眾號|视频号|視頻號|频道|頻道|官方微信|微信号|微信號)|[^。！？，,]{0,6}"
    r"|[“「\"][^。！？，,”」\"]{1,12}[”」\"](?:公众号|公眾號|视频号|視頻號|频道|頻道)?)"
    # ('关注“青山周报数据组”，获取本文完整代码和数据': an account named in quotes, then what it gives)
    r"|(?:欢迎|歡迎|请|請)?(?:关注|關注|追蹤|追踪|订阅|訂閱)[“「\"][^”」\"]{1,20}[”」\"](?:公众号|公眾號|视频号|視頻號)?"
    # '扫一扫在手机打开当前页', '微信扫一扫，分享到朋友圈': a page's QR code for reading or sharing it on a phone
    r"|(?:用|使用)?(?:手机|手機)?(?:微信)?(?:扫一扫|掃一掃|扫描二维码|掃描二維碼|扫码|掃碼)[，,\s]*(?:在|用)?(?:手机|手機)?"
    r"(?:上)?(?:打开|打開|阅读|閱讀|浏览|瀏覽|查看|分享)(?:到|至)?(?:当前页|當前頁|本页|本頁|本文|此页|此頁|文章|朋友圈|微信)?"
    r"|[^。！？：:]{0,10}(?:点个|點個|点一下|點一下|点亮|點亮|按个|按個)[^。！？，,]{0,3}[“「\"【]?(?:在看|赞|讚|好看|星标|星標|追更)"
    r"(?:[”」\"】]?\s*[→>»]?\s*(?:分享|转发|轉發)(?:给|給)?(?:朋友|好友|更多人)?)?"
    # (two of them: '点个“赞”和“在看”吧')
    r"(?:[”」\"】]?\s*(?:和|与|與|、|或|跟)\s*[“「\"【]?(?:在看|赞|讚|好看|星标|星標|分享|转发|轉發))?"
    r"|[^。！？：:]{0,10}(?:点|點|按)[“\"「【](?:在看|赞|讚|好看)[”\"」】](?:试试|試試)?"
    r"|(?:点击|點擊|轻触|輕觸|点|點|戳)?(?:这里|這裡|下方|左下角)?[“\"「]?(?:阅读原文|閱讀原文|查看原文)[”\"」]?(?:\s*[>》»]+)?"
    r"(?:[，,]?\s*(?:查看|了解|获取|獲取|阅读|閱讀))?[^。！？，,]{0,6}"
    # '加入LINE好友', '追蹤我們的IG', '歡迎訂閱YouTube頻道': a channel named after the act
    # '更多精彩内容，请关注我们的微信公众号', '一手掌握經濟脈動 點我訂閱自由財經Youtube頻道': a promise in front
    r"|(?:看更多[^。！？，,]{0,6}[!！，,]?\s*|更多(?:精彩)?(?:内容|內容|资讯|資訊|文章|好文)?[!！，,]\s*|[^。！？，,\s]{2,10}\s+)?"
    # (not an account in general: '关注一个公众号只要一秒')
    r"(?:欢迎|歡迎|请|請|點我|点我|点此|點此|点击|點擊)?(?:加入|追蹤|追踪|訂閱|订阅|關注|关注|按讚|按赞)"
    r"(?!一个|一個|某个|某個|几个|幾個|多少|别人|別人)[^。！？]{0,12}"
    r"(?:line|ig|instagram|fb|facebook|臉書|脸书|youtube|頻道|频道|粉絲專頁|粉丝专页|粉專|粉专|telegram|電報|电报|whatsapp|微信|wechat|"
    r"推特|twitter|公众号|公眾號|粉絲團|粉丝团)[^。！？]{0,12}"
    # '喜欢本书请收藏本站，方便下次阅读': a novel site's ask to bookmark it
    r"|(?:喜欢|喜歡)(?:本书|本書|本站|本文|本小说|本小說|这本书|這本書)?[的]?(?:朋友|读者|讀者)?[，,\s]*(?:请|請)?"
    r"(?:收藏本站|收藏本页|收藏本頁|加入书签|加入書籤|收藏[^。！？，,]{0,4}(?:网址|網址|本站))[^。！？]{0,16}"
    # (or the book named: '喜欢晚班地铁请大家收藏：（www.…）晚班地铁书海小站更新速度最快。'), its address to remember
    # ('天才一秒记住本站地址：www.…'), its promise ('最新章节请到书海小站阅读，本站免费无弹窗，更新最快！')
    r"|(?:喜欢|喜歡)[^。！？，,\s]{1,20}(?:请|請)大家收藏[^。！？]{0,60}(?:[。！!]?[^。！？]{0,30}更新(?:速度)?最快)?"
    r"|(?:天才)?一秒(?:记住|記住)[^。！？，,]{0,8}(?:地址|网址|網址)[^。！？]{0,80}"
    r"|(?:最新章节|最新章節)(?:请到|請到|请上|請上)[^。！？，,]{1,20}(?:阅读|閱讀)[，,]?[^。！？]{0,30}"
    # '訂閱電子報' as plain text (a converted scrape loses the button's link)
    r"|(?:立即|马上|馬上|免費|免费|欢迎|歡迎)?(?:订阅|訂閱)(?:我们的|我們的|本站|本報|本报|[^。！？，,\s]{1,8})?"
    r"(?:电子报|電子報|newsletter|周报|週報|来信|來信|通讯|通訊)"
    # (and when it comes, what it costs: '訂閱我們的電子報每週五寄出，免費訂閱，隨時可取消。')
    r"(?:[^。！？]{0,8}(?:寄出|发送|發送|送达|送達)[，,][^。！？]{0,16})?"
    # two asks or more for the reader's reactions, nothing else ('求转发，求在看', '点分享，点点赞，点在看')
    r"|(?:(?:点|點|求|记得|記得|顺手|順手)?\s*(?:个|個)?\s*(?:分享|点赞|點讚|点点赞|點點讚|赞|讚|在看|转发|轉發|收藏)"
    r"[，,、\s]*){2,}"
    # a WeChat account's keyword to reply with ('回复“双语”获取往期合集')
    r"|(?:后台|後台)?(?:回复|回覆)\s*[“\"「][^”\"」]{1,10}[”\"」]\s*(?:获取|獲取|查看|领取|領取|即可)[^。！？]{0,16}"
    # 'DW中文有Instagram！欢迎搜寻dw.chinese': the outlet is on a network, then the ask
    r"|[^。！？]{0,12}(?:有|在)(?:instagram|ig|facebook|fb|line|telegram|youtube|twitter|推特|脸书|臉書)[了啦]?[！!，,]\s*"
    r"(?:欢迎|歡迎|快来|快來)?(?:搜寻|搜尋|搜索|关注|關注|追蹤|追踪|订阅|訂閱|加入)[^。！？，,]{0,24}"
    # '扫码下载新浪财经APP，看更多精彩内容', '下载客户端 独家抢先看', '打开APP，阅读体验更佳': an app's download prompt
    # (an instruction, '打开 Signal 应用程序', '安装桌面客户端', promises nothing)
    r"|(?:扫码|掃碼|扫描二维码|掃描二維碼|点击|點擊|立即|马上|馬上)?(?:下载|下載|打开|打開|开启|開啟)[^。！？]{0,12}"
    r"(?:客户端|客戶端|(?<![a-z])app)[，,\s]*(?:快讯|快訊|新闻|新聞|消息|资讯|資訊)?"
    r"(?:看|查看|阅读|閱讀|获取|獲取|独家|獨家|更多|体验|體驗|抢先|搶先|精彩|随时|隨時|第一时间|第一時間)[^。！？]{0,16}"
    r"|(?:扫码|掃碼|扫描二维码|掃描二維碼)(?:下载|下載)[^。！？，,]{0,8}(?:客户端|客戶端|(?<![a-z])app)"
    # '更多環保新聞，請持續鎖定東灣日報': a sign-off asking to stay tuned to the outlet
    r"|(?:更多[^。！？，,]{0,10}[，,]\s*)?(?:请|請)(?:持续|持續|继续|繼續)?(?:锁定|鎖定)[^。！？，,]{1,16}"
    # '掃描QR Code加入港南生活LINE好友', '扫码加入读者群': a code to scan, then the group or account to join
    r"|(?:扫描|掃描|扫码|掃碼|扫一扫|掃一掃)\s*(?:qr\s*code|二维码|二維碼)?\s*(?:加入|追蹤|追踪|关注|關注|加)[^。！？，,]{0,16}"
    r"(?:line|好友|群|社群|频道|頻道|公众号|公眾號)"
    # '【下載北嶺新聞APP】第一手在地消息免費推播': the download in brackets, then what it promises
    r"|[【\[](?:立即)?(?:下载|下載)[^】\]]{0,12}(?<![a-z])app[】\]][^。！？]{0,24}"
    r"|更多精彩[，,]?\s*(?:请|請)?(?:下载|下載|打开|打開)[^。！？，,]{0,8}(?:客户端|客戶端|(?<![a-z])app)"
    # '打开网易新闻 查看精彩图片': an app's placeholder where a picture or a video of the page was
    r"|(?:打开|打開)[^。！？，,\s]{1,8}[，,\s]*(?:查看|观看|觀看|看)(?:更多)?(?:精彩|更多|高清)?(?:图片|圖片|视频|視頻)"
    # 'APP内打开，查看高清大图': the same, the app first
    r"|(?<![a-z])(?:app|客户端|客戶端)\s*(?:内|內|中)?(?:打开|打開)[，,\s]*(?:查看|观看|觀看|看)(?:高清)?(?:大图|大圖|图片|圖片|视频|視頻)"
    # '不用抽 不用搶 現在用APP看新聞': the promise in front, then 'now (use) the app' as the command
    r"|[^。！？]{0,12}(?:现在|現在|马上|馬上|立即|快来|快來)(?:就)?(?:用|下载|下載|打开|打開|安装|安裝)\s*(?<![a-z])app"
    r"(?:\s*(?:看|阅读|閱讀|收看)[^。！？]{0,8})?"
    # '分享、点赞、在看，一键三连': a row of the reader's acts and nothing else
    r"|(?:分享|点赞|點讚|按讚|在看|转发|轉發|收藏|关注|關注)(?:[、，,/和与與及\s]+(?:分享|点赞|點讚|按讚|在看|转发|轉發|收藏|关注|關注))+"
    r"(?:[，,\s]*(?:一键三连|一鍵三連))?"
    # '点击“在看”，让更多人看到': an act asked for the reach it gives
    r"|(?:点击|點擊|点个|點個|点一下|點一下|点|點)\s*[“\"「]?(?:在看|赞|讚|分享|转发|轉發)[”\"」]?[，,]?\s*"
    r"(?:让|讓)(?:更多人|更多的人|更多朋友)(?:看到|看見|读到|讀到)[^。！？]{0,6}"
    # '喜欢的朋友记得点赞关注哦～': asked of the reader ('remember to', 'welcome to'), the acts run together
    r"|[^。！？：:]{0,10}(?:记得|記得|别忘了|別忘了|欢迎|歡迎)(?:给我们|給我們|给我|給我)?"
    r"(?:分享|点赞|點讚|按讚|在看|转发|轉發|收藏|关注|關注)(?:[、，,/和与與及\s]*(?:分享|点赞|點讚|按讚|在看|转发|轉發|收藏|关注|關注))*"
    r"(?:[，,\s]*(?:一键三连|一鍵三連))?"
    # '喜欢这篇文章的话，记得点个赞吧', '记得订阅频道，打开小铃铛，每周五更新': asked, with a condition on liking it before
    # and the channel's bell or its schedule after
    r"|[^。！？：:]{0,12}(?:记得|記得|别忘了|別忘了)(?:点个赞|點個讚|点赞|點讚|订阅|訂閱|关注|關注|一键三连|一鍵三連)[^。！？，,]{0,6}"
    r"(?:[，,]\s*(?:打开|打開|开启|開啟)(?:小铃铛|小鈴鐺)[^。！？，,]{0,4})?(?:[，,]\s*(?:每周|每週|每天|每日)[^。！？，,]{1,6}(?:更新|见|見))?"
    # '喜欢这篇文章？欢迎订阅我的 Newsletter': asked of a reader who liked it
    r"|(?:喜欢|喜歡|觉得|覺得)[^。！？]{0,10}[？?，,]\s*(?:欢迎|歡迎|请|請|不妨|记得|記得)?[^。！？]{0,6}"
    r"(?:订阅|訂閱|关注|關注|分享|转发|轉發|点赞|點讚|赞赏|讚賞|打赏|打賞)[^。！？]{0,20}"
    # '分享、点赞、在看，给我们一点鼓励吧': the acts, then what they would give
    r"|(?:分享|点赞|點讚|在看|转发|轉發|收藏)(?:[、/\s]+(?:分享|点赞|點讚|在看|转发|轉發|收藏))+[，,]\s*[^。！？]{0,10}(?:鼓励|鼓勵|支持)"
    # a call for submissions with its address ('欢迎投稿：tougao@…')
    r"|(?:欢迎|歡迎)?(?:投稿|来稿|來稿)(?:请|請)?(?:发至|發至|寄至|寄到|发到|發到|寄|至)?(?:邮箱|郵箱|信箱)?\s*[:：]?\s*\S+@[\w.-]+"
    # (and its limit: '來稿請寄 …@…，字數以八百字為限')
    r"(?:[，,]\s*(?:字数|字數|篇幅|全文)[^。！？]{0,12})?"
    # ('本刊園地公開，歡迎投稿')
    r"|(?:本刊|本报|本報|本版|本站)?(?:园地公开|園地公開)[，,]?\s*(?:欢迎|歡迎)(?:投稿|来稿|來稿|赐稿|賜稿)"
    r"|follow us(?: on [\w ]{1,20})?|like and subscribe"
    # ('搜尋「南灣聲波」即可收聽', '欢迎在小宇宙、Apple Podcasts 搜索订阅', '点击上方蓝字关注我们', '加入听友群，请加微信 …')
    r"|(?:欢迎|歡迎)?(?:在[^。！？]{1,30})?(?:搜索|搜尋|搜寻)\s*[「“\"《]?[^」”\"》。！？]{0,12}[」”\"》]?\s*"
    r"(?:就能|即可|就可以|便能|并|並)?(?:订阅|訂閱|收听|收聽|关注|關注|找到)(?:我们|我們)?"
    r"|(?:点击|點擊)(?:上方|上面)(?:蓝字|藍字)(?:[，,]?\s*(?:关注|關注)(?:我们|我們)?)?"
    r"|(?:加入|进入|進入)(?:听友|聽友|读者|讀者|粉丝|粉絲)群[^。！？]{0,24}"
    r"|follow\s*[^。！？，,]{0,6}\s*(?:ig|instagram|fb|facebook|twitter|youtube|threads)\s*[:：]?\s*@?[\w.]{0,30}"
    # '收听方式：小宇宙 / Apple Podcasts，搜索「慢慢说」即可订阅。': where to hear or subscribe, after its label
    r"|(?:收听|收聽|订阅|訂閱)(?:方式|平台|渠道|管道)\s*[:：][^。！？]{1,80}"
    # '中央社「一手新聞」Podcast 每天帶你快速掌握國內外大事': the outlet's show or letter, pitched to the reader
    r"|[^。！？，,]{0,20}(?:podcast|播客|電子報|电子报|newsletter)\s*[，,]?\s*(?:每天|每日|每週|每周|每晚|每早|天天)\s*"
    r"(?:帶你|带你|陪你|為你|为你)[^。！？，,]{0,20}"
    # '找到你身邊的毛孩好朋友，加入寵物雲粉絲團→點我': whatever the line offers, it ends pointing at a button to click
    r"|[^。！？]{0,50}(?:→|➜|➡|👉|>>|»)\s*(?:點我|点我|點此|点此|點這裡|点这里|按此|按這裡|按这里|請點|请点|click here)"
    # 'Get breaking news alerts: download our app': what the app gives, then the ask
    r"|(?:[^.!?:：]{1,40}[:：]\s*)?(?:download|get|install) (?:our|the)(?: [\w-]+){0,3} app\b"
    # '💬 投稿爆料 @kuaixun_tougao_bot': where to write to the channel, its handle alone after the ask
    r"|(?:(?:投稿|爆料|联系|聯繫|聯絡|合作|商务|商務|讨论|討論|交流|客服|反馈|反饋)[^\s@。！？，,]{0,6}\s*[:：]?\s*"
    r"|(?:tips?|contact|join|discuss(?:ion)?|chat)(?:\s*[:：]\s*|\s+))@[\w.]{2,30}"
    rf"){_PROMPT_END}",
    re.IGNORECASE,
)
# The pages a site's footer names: a row of them, at least two, is the footer's, not the article's.
_SITE_PAGES: Final = re.compile(
    r"关于我们|關於我們|关于(?:本站|我)?|關於(?:本站|我)?|(?:文章)?(?:归档|歸檔|存档|存檔)|首页|首頁|主页|主頁|home|archives?|"
    r"联系我们|聯絡我們|聯繫我們|隐私(?:权)?(?:政策|声明|条款)|隱私(?:權)?(?:政策|聲明|條款)|"
    r"版权声明|版權聲明|著作权声明|著作權聲明|服务条款|服務條款|使用条款|使用條款|免责声明|免責聲明|网站地图|網站地圖|"
    r"广告服务|廣告服務|广告合作|廣告合作|加入我们|加入我們|人才招聘|人才招募|意见反馈|意見反饋|"
    r"帮助(?:文档|文件|中心)?|幫助(?:文件|中心)?|常见问题|常見問題|faq|api|help(?: center)?|"
    r"about(?: us)?|contact(?: us)?|privacy(?: policy)?|terms(?: of (?:use|service))?|sitemap|advertise|careers",
    re.IGNORECASE,
)
_ROW_SEPARATORS: Final = "|｜•·"
_ROW_SEPARATOR: Final = re.compile(rf"\s*[{_ROW_SEPARATORS}]\s*")


def is_site_link_line(text: str) -> bool:
    """Three or more items set apart by '|' (or '·'), two or more of them pages of the site itself."""
    if not any(separator in text for separator in _ROW_SEPARATORS):
        return False
    items = [item for item in _ROW_SEPARATOR.split(text.strip()) if item]
    # (each item a page's name: a sentence that quotes such a row, '页脚只有“关于我们 | 联系我们”四个链接', is prose)
    return (
        len(items) >= 3
        and sum(_SITE_PAGES.fullmatch(item) is not None for item in items) >= 2
        and not any(len(item) > SITE_LINK_ITEM_MAX_CHARS or _QUOTING.search(item) for item in items)
    )


SITE_LINK_ITEM_MAX_CHARS: Final = 30
SECTION_MENU_MIN_ITEMS: Final = 4
_SECTION_NAME: Final = re.compile(r"[\u3400-\u9fff]{1,5}|[A-Za-z][A-Za-z&'’.\-]{1,15}")
_MENU_BAR: Final = re.compile(r"\s*[|｜]\s*")


_BAR_AFTER_STAMP: Final = re.compile(r"\s*[|｜·•]")
SECTION_TRAIL_MAX_ITEMS: Final = 4
_TRAIL_SEPARATOR: Final = re.compile(r"\s*[/／>＞›»]\s*")
_TRAIL_NAME: Final = re.compile(
    r"[\u3400-\u9fff]{1,5}|[A-Za-z][A-Za-z&'’\-]{1,15}"  # (no point: 'example.com/faces')
    # (a publication's name in its marks, a book's part by its number: '《青禾报》 / 教程', '鄉志 › 第五篇 交通志')
    r"|《[^《》\s]{1,12}》|第[一二三四五六七八九十百\d]{1,4}[篇章节節卷部编編]\s?[\u3400-\u9fff]{1,6}"
)
# (the printed pages the part was on, after the trail: '（原書頁 412–415）')
_TRAIL_PAGE_NOTE: Final = re.compile(
    r"\s*[（(](?:原书|原書|原刊|原文)?[页頁]\s*\d{1,4}(?:\s*[-–—~～]\s*\d{1,4})?[)）]$"
)
_TRAIL_SITE_NAME: Final = re.compile(
    r"[\u3400-\u9fff]{6,8}"
)  # the trail's first name, the site's ('中台灣在地報 > 地方')


def is_section_trail(text: str) -> bool:
    """Two to four names of a word each set apart by a slash or an arrow ('本地新聞 ／ 列治文', '数码 > 耳机 > 骨传导耳机'),
    the first maybe the site's: the site's trail to the post's section, with no home page's name (``BREADCRUMB`` knows those). Where it stands decides
    (``body``): above the article, not amid it or after it (a list's 'Disassemblers/Decompilers')."""
    if len(text) > 40 or not any(mark in text for mark in "/／>＞›»"):
        return False
    items = _TRAIL_SEPARATOR.split(_TRAIL_PAGE_NOTE.sub("", text.strip()))
    return (
        2 <= len(items) <= SECTION_TRAIL_MAX_ITEMS
        and (_TRAIL_NAME.fullmatch(items[0]) is not None or _TRAIL_SITE_NAME.fullmatch(items[0]) is not None)
        and all(_TRAIL_NAME.fullmatch(item) for item in items[1:])
    )


def is_section_menu(text: str) -> bool:
    """Four or more names of a word each set apart by '|' ('港聞 | 要聞 | 經濟 | 娛樂 | 體育'): the site's sections as
    a line. (A row of a table copied as text has its figures; ``body`` drops the line only beside the article.)"""
    if "|" not in text and "｜" not in text:
        return False
    items = _MENU_BAR.split(text.strip())
    return len(items) >= SECTION_MENU_MIN_ITEMS and all(_SECTION_NAME.fullmatch(item) for item in items)


# A bilingual site's menu or breadcrumb: each item a section's name in Chinese and in another language ('首頁 Home ｜
# 本地 Local ｜ 加國 Canada', 'Trang chủ 首页 / Cộng đồng 华社'), the home page's among them
_LETTERS: Final = r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff&'’.\-]*"
_BILINGUAL_ITEM: Final = re.compile(
    rf"[\u3400-\u9fff]{{1,6}}\s*{_LETTERS}(?:\s{_LETTERS}){{0,2}}|{_LETTERS}(?:\s{_LETTERS}){{0,2}}\s*[\u3400-\u9fff]{{1,6}}"
)
_HOME_PAGE: Final = guarded(
    re.compile(
        r"(?:首页|首頁|主页|主頁|(?<![A-Za-z])(?:home|trang chủ|beranda|utama|accueil|início|inicio|startseite)(?![A-Za-z]))",
        re.IGNORECASE,
    )
)
_MENU_SEPARATOR: Final = re.compile(r"\s*[|｜•·/／›»>]\s*")


def is_bilingual_menu(text: str) -> bool:
    """Whether a line is a bilingual site's menu or breadcrumb (``_BILINGUAL_ITEM``): two items or more, each a name
    in two languages, the home page's first; or a lone home page's ('首頁 Home')."""
    if _HOME_PAGE.search(text) is None:
        return False  # (a quick test: most lines name no home page)
    items = [item for item in _MENU_SEPARATOR.split(text.strip()) if item]
    if not items or not all(_BILINGUAL_ITEM.fullmatch(item) for item in items):
        return False
    if len(items) == 1:  # both its words the home page's
        return len(_HOME_PAGE.findall(items[0])) == 2
    return _HOME_PAGE.search(items[0]) is not None


# where a show is heard or a channel followed, before the row of its platforms ('收听：A | B | C', 'Listen on: A · B')
_LISTENING_LABEL: Final = re.compile(
    r"(?:(?:在|于|於)?(?:以下|下列)?(?:平台|渠道|管道)?(?:收听|收聽|订阅|訂閱|收看)(?:平台|渠道|管道|方式)?"
    r"|(?:listen|subscribe|watch|follow)(?: to us| to the show)? (?:on|at|via)|available on|find us on)\s*[:：]\s*",
    re.IGNORECASE,
)


def is_listening_row(text: str) -> bool:
    """A label of where to listen or subscribe, then a row of two or more names set apart by '|' or '·' ('收听：Apple
    Podcasts | Spotify | 小宇宙'): a show's list of its platforms. Each item a name, no sentence."""
    label = _LISTENING_LABEL.match(text.strip())
    if label is None:
        return False
    items = [item for item in _ROW_SEPARATOR.split(text.strip()[label.end() :]) if item]
    return len(items) >= 2 and not any(
        len(item) > SITE_LINK_ITEM_MAX_CHARS or _QUOTING.search(item) or _CLAUSE_MARKS.search(item) for item in items
    )


_QUOTING: Final = re.compile("[，“”「」]")


# 'Image 1 of 5', '图 3/8', '第2/5张'; a bare '3/12' may be a date and stays
# a rating widget's stars and count ('评分：★★★★☆（126人评价）', 'Rating: ★★★★★ (32 reviews)')
RATING_LINE: Final = re.compile(
    r"^(?:评分|評分|评价|評價|rating|[^\s：:★☆]{0,4}(?:等级|等級|星级|星級))?\s*[:：]?\s*[★☆⭐✩✰]{3,5}\s*(?:\d(?:\.\d)?\s*(?:分|/\s*5)?)?\s*"
    r"(?:[（(]?\s*\d[\d,]*\s*(?:人|位)?(?:评价|評價|评分|評分|參與|参与|reviews?|ratings?|votes?)\s*[）)]?)?$",
    re.IGNORECASE,
)
GALLERY_CONTROLS_MAX_CHARS: Final = 60
# a chat app's note atop a chat it exports: its messages are encrypted end to end, and where to learn more
_CHAT_APP_NOTE: Final = re.compile(
    r"\u200e?(?:此群组中的|此群組中的|此聊天中的|此對話中的|此对话中的)?(?:消息|訊息|讯息)(?:和通话|和通話|及通话|及通話)?"
    r"(?:已|均已|都已)(?:进行|進行|经过|經過)?(?:端到端|端對端|点对点|點對點)加密[。.]?[^。！？]{0,24}[。.]?$"
    r"|\u200e?messages (?:and calls )?are end-to-end encrypted\b[^!?]{0,120}$",
    re.IGNORECASE,
)
# a player's queue of the next videos: its label, maybe its autoplay switch, titles with their lengths, no sentence
NEXT_VIDEOS_MAX_CHARS: Final = 200
_NEXT_VIDEOS: Final = re.compile(
    r"(?:下一个|下一個|下一则|下一則|下一支)(?:视频|視頻|影片|节目|節目)\s*(?:[:：]|\s)"
    r"(?:\s*(?:自动连播|自動連播|自动播放|自動播放)\s*\W?)?"
    r"(?:\s*[^。！？，,\s][^。！？，,]{0,40}?\s+\d{1,2}:\d{2}(?::\d{2})?)+\s*$"
)
GALLERY_COUNTER: Final = re.compile(
    r"^(?:(?:image|photo|picture|slide)s?\s*\d{1,3}\s*(?:of|/)|\d{1,3}\s+of|(?:图集|圖集|图片?|圖片?|第)\s*\d{1,3}\s*[/／])"
    r"\s*\d{1,3}\s*(?:张|張|页|頁)?$"
    # the strip's counter with its link to the whole set ('1 / 8 查看全部 8 张'), or the link alone
    r"|^(?:\d{1,3}\s*[/／]\s*\d{1,3}\s*)?(?:查看全部|查看全部图片|查看全部圖片|共)\s*\d{1,3}\s*(?:张|張)(?:图片|圖片)?$"
    # a platform's words for a picture it describes by itself ('相片可能是 3 個人、操場和海洋的圖像', 'May be an image of …')
    r"|^(?:相片|照片|圖像|图像|图片|圖片)可能是[^。！？!?]{1,60}$|^may be (?:an? )?(?:image|photo|graphic|illustration)\b[^.!?]{0,80}$",
    re.IGNORECASE,
)
# A wiki's notes on the entry itself (drop_wiki_notices): a hatnote to the name's other entries, a maintenance box
WIKI_NOTICE_MAX_CHARS: Final = 200
_WIKI_NOTICE_HINTS: Final = ("条目", "條目", "词条", "詞條", "页面", "頁面", "关于", "關於", "向")  # (one in each form)
_WIKI_ENTRY: Final = r"(?:本|此|這個|这个)(?:条目|條目|词条|詞條|页面|頁面|列表|章节|章節|段落)"
_SEE: Final = r"(?:请见|請見|请参见|請參見|请参阅|請參閱|参见|參見|参阅|參閱|见|見)"
WIKI_NOTICE: Final = re.compile(
    rf"^(?:{_WIKI_ENTRY}(?:所?(?:介绍|介紹|讲述|講述|描述|论述|論述)的是|是(?:关于|關於))[^。\n]{{1,60}}。"
    rf"\s*(?:(?:关于|關於|有关|有關|如要|若要|如需|其他)[^。\n]{{0,60}}?{_SEE}"
    rf"|[^。\n]{{0,40}}(?:的其他(?:用法|含义|含義|意思|同名)))"
    rf"|[「“\"]?[^」”\"\n。]{{1,30}}[」”\"]?\s*(?:重定向至此|重新導向至此|重定向到此|重定向到这里|重新導向到這裡)"
    rf"|(?:关于|關於)[^。\n]{{1,40}}的(?:其他(?:用法|含义|含義|意思)|同名[^。\n]{{0,10}})[，,]?\s*{_SEE}"
    rf"|{_WIKI_ENTRY}(?:需要|需|没有列出|沒有列出|存在以下问题|存在以下問題|包含过多|包含過多|可参照|可參照|的语调|的語調"
    rf"|的内容需要|的內容需要|的中立性|的客观性|的客觀性|或章节|或章節)[^\n]{{0,150}}"
    rf"(?:请协助|請協助|来源|來源|参考|參考|扩充|擴充|更新|改善|讨论页|討論頁|维基|維基|清理|翻译|翻譯|存疑|争议|爭議))"
)
# A gallery's or a player's controls written as a line: its buttons ('上一張', '查看原圖', '下載高清圖', '顯示全部縮圖',
# '展開文字版', '自動播放', '播放清單'), its counters ('第3张 / 共5张', '2 / 4'), arrows and counts, and nothing else
_GALLERY_WORD: Final = (
    r"(?:上一|下一)(?:张|張|组|組|页|頁)|查看(?:原|大|高清)?(?:图|圖)|高清大(?:图|圖)|(?:下载|下載)(?:高清|原)(?:图|圖)|"
    r"放大(?:图片|圖片)|(?:显示|顯示)?全部(?:缩图|縮圖)|(?:缩略图|縮略圖)|(?:点击|點擊)(?:图片|圖片)可?(?:查看|看)(?:大|原)(?:图|圖)|"
    r"(?:展开|展開)文字版|(?:自动|自動)播放|播放(?:清单|清單|幻灯片|幻燈片)|全屏|全(?:萤|螢)幕|"
    r"向上(?:滑动|滑動)(?:阅读|閱讀)完整(?:报道|報導)|(?:影片|视频|視頻)(?:无法|無法)播放(?:[，,]\s*(?:请|請)(?:稍后|稍後)再(?:试|試))?|"
    # (a gallery's entry and end: '[进入高清图集]　[原图下载]　共8张', '图集结束　重新播放　返回图片频道')
    r"(?:进入|進入)(?:高清)?(?:图集|圖集)|(?:原图|原圖)(?:下载|下載)|共\s*\d{1,3}\s*(?:张|張)|(?:图集|圖集)(?:结束|結束)|重新播放"
    r"|(?:返回|回到)(?:图片|圖片|图集|圖集)(?:频道|頻道|首页|首頁)"
)
_GALLERY_COUNT: Final = r"第\s*\d{1,3}\s*(?:张|張)\s*[/／]\s*共\s*\d{1,3}\s*(?:张|張)|\d{1,3}\s*[/／]\s*\d{1,3}"
_GALLERY_TOKEN: Final = rf"(?:{_GALLERY_WORD}|{_GALLERY_COUNT}|[(（]?\d{{1,3}}[)）]|[开開关關]|\d{{1,4}})"
_GALLERY_MARKS: Final = r"[\s◀▶◁▷‹›<>«»▼▲↓↑|｜·•:：()（）。\[\]【】]*"
_GALLERY_CHARS: Final = frozenset(
    "张張组組页頁图圖播屏幕滑版"
)  # (one of them is in every control's word: a quick test first)
GALLERY_CONTROLS: Final = re.compile(
    rf"^(?=.*(?:{_GALLERY_WORD}|第\s*\d{{1,3}}\s*(?:张|張)\s*[/／]\s*共)){_GALLERY_MARKS}{_GALLERY_TOKEN}(?:{_GALLERY_MARKS}{_GALLERY_TOKEN})*{_GALLERY_MARKS}$"
)
_INTERFACE_WORDS: Final = (
    # a Q&A site's badges, labels and controls ('已採納', '提問者', '檢舉 Report', 'Start Writing', 'Get the app')
    r"已采纳|已採納|提问者|提問者|回答者|(?:检举|檢舉|举报|舉報)(?:\s*report)?|start writing|get the app|添加评论|添加評論|查看结果|查看結果|联系客服|聯繫客服|"
    # a review site's reading marks and its spoiler note ('想读 · 在读 · 读过', '这篇书评可能有关键情节透露')
    r"想读|想讀|在读|在讀|读过|讀過|(?:这篇|這篇|本篇)?(?:书评|書評|影评|影評)?可能有(?:关键|關鍵)?(?:情节|情節|剧情|劇情)透露|"
    # (a reading platform's label over the passage its readers marked most: '热门划线', 'Top highlight')
    r"热门划线|熱門劃線|top highlight|金句摘录|金句摘錄|生成金句海报|生成金句海報|subscribe now|"
    # (WeChat's prompt under a mini program's card: '微信扫一扫使用小程序')
    r"(?:微信)?(?:扫一扫|掃一掃)(?:使用|打开|打開)(?:小程序|小程式)|"
    # (a form's button drawn in text, in its brackets: '[ 提交 ]', '【确定】', '[ Submit ]')
    r"[\[【［]\s*(?:提交|確認|确认|确定|確定|取消|重置|发送|發送|投票|submit|send|cancel|reset|vote)\s*[\]】］]|"
    # (a map's, a player's and a reader's controls: '在地图中打开', '视频加载失败，请点击重试', '温馨提示：按 ← 键返回上一章', and
    # a link to the post on its platform alone on its line: '在 Mastodon 上查看')
    r"在(?:地图|地圖)(?:中|上)(?:打开|打開|查看)|(?:查看|打开|打開)(?:地图|地圖)|open in (?:google )?maps?|view (?:on|in) (?:a )?map|"
    r"(?:视频|視頻|影片|音频|音頻|图片|圖片)(?:加载|加載|載入|载入)(?:失败|失敗)[，,]?\s*(?:请|請)?(?:点击|點擊|轻触|輕觸)?(?:重试|重試)?|"
    r"(?:温馨提示|溫馨提示|提示)?[:：]?\s*(?:按|使用)\s*[←→]?\s*(?:键|鍵|方向键|方向鍵)?\s*(?:返回|进入|進入|翻到|回到)?"
    r"(?:上一章|下一章|目录|目錄|上一页|下一頁|下一页|上一頁)|"
    r"在\s*[A-Za-z][\w.]{0,20}\s*上(?:查看|觀看|观看|打开|打開)|"
    # (a site's accessibility and elder-friendly modes, and its download of the text: '无障碍浏览', '关怀版', '下载本文')
    r"(?:无障碍|無障礙)(?:浏览|瀏覽|模式|阅读|閱讀)|(?:长者|長者|老年|适老|適老)(?:模式|版)|(?:关怀|關懷)(?:版|模式)|"
    r"(?:下载|下載)(?:本文|全文|此文)(?:\s*[(（]?(?:pdf|word|docx?)[)）]?)?|"
    # (a short video's sound: '♪ @山里的阿禾创作的原声', '原聲 - 阿禾')
    r"[♪♫🎵🎶]?\s*@?[^\s@]{1,20}\s*(?:创作的原声|創作的原聲)|[♪♫🎵🎶]?\s*(?:原声|原聲)\s*[-–—]\s*@?[^\s]{1,20}|"
    r"view (?:(?:this |the )?(?:post|toot|tweet|thread) )?on [a-z][\w.]{0,20}|"
    # (a tracker's other formats of the page: '也可以下载为：Atom | PDF', 'Also available in: Atom PDF')
    r"(?:也可以下载为|也可以下載為|也可以導出為|也可以导出为|also available in)\s*[:：]\s*(?:(?:atom|pdf|csv|txt|html|rss)\s*[|｜/]?\s*){1,5}|"
    # (a live page's notice of what came since it loaded: '有 3 条新动态，点击查看')
    r"有\s*\d{1,4}\s*(?:条|條|则|則)新(?:动态|動態|消息|更新|内容|內容|留言|评论|評論)(?:[，,]?\s*(?:点击|點擊|轻触|輕觸)(?:查看|刷新|加载|載入))?|"
    # (its marks by a paragraph and its page's hints: '126人划线', '想法 47', '—— 本章已读 38% ——', '轻触屏幕翻页')
    r"\d[\d,.]*\s*[万萬kK]?\s*人(?:划线|劃線|标注|標註)|想法\s*\d[\d,]*|\d[\d,]*\s*(?:条|條)想法|"
    r"[—–\-]*\s*(?:本章|全书|全書)?(?:已读|已讀|阅读进度|閱讀進度)\s*[:：]?\s*\d{1,3}(?:\.\d+)?\s*%\s*[—–\-]*|"
    r"(?:轻触|輕觸|轻点|輕點|点击|點擊)(?:屏幕|螢幕)(?:两侧|兩側|左右)?(?:翻页|翻頁)|(?:左右)?(?:滑动|滑動)(?:翻页|翻頁)|"
    r"tap to turn (?:the )?pages?|"
    # a player that reads the article aloud, a live page's controls ('听新闻', '直播中', '自动刷新已开启', '关闭自动刷新')
    r"(?:收)?听新闻|(?:收)?聽新聞|听全文|聽全文|收听|收聽|直播中|"
    # (a site's prompt to allow its notifications, with its buttons: '[開啟通知，第一時間掌握重要新聞]　允許　稍後')
    r"(?:开启|開啟|打开|打開)(?:推送|推播)?通知[，,][^\]】。！？]{0,20}|允许|允許|稍后|稍後|"
    # (a Q&A site's way to the other answers: '查看全部 312 个回答')
    # (or to all the comments: '查看全部128条评论 >')
    r"(?:查看|显示|顯示)(?:全部|所有|更多)\s*\d[\d,]*\s*(?:个|個|条|條|则|則)?(?:回答|答案|评论|評論|留言|回复|回覆)|"
    # a forum's own words around a thread ('进入贴吧', '只看楼主', '只看該作者', '吧务', '该楼层疑似违规已被系统折叠', '贴吧投诉')
    r"(?:进入|進入)(?:贴吧|貼吧|本吧)|全吧搜索|只看(?:楼主|樓主|该作者|該作者|此人)|吧务|吧務|吧主推荐|吧主推薦|(?:贴吧|貼吧)投诉|(?:贴吧|貼吧)投訴|停止浏览|停止瀏覽|"
    r"(?:发表|發表)(?:回复|回覆)|尾页|尾頁|共\s*\d{1,4}\s*[页頁]|(?:该|該)(?:楼层|樓層)(?:疑似违规|疑似違規)?已被(?:系统|系統)?(?:折叠|折疊)|(?:隐藏|隱藏|查看)此(?:楼|樓)|"
    r"(?:发贴|发帖|發帖|發貼)(?:请|請)遵守[^。！？]{0,30}|"
    # a social page's own words under a post: its reactions, the order of its comments, the box to comment as oneself
    # ('所有心情：', '最相關', '以林美惠的身分留言……')
    r"(?:所有心情|all reactions)\s*[:：]?|最相關|最相关|most relevant|"
    r"(?:以|用)\s*\S{1,20}\s*的身[分份](?:留言|回覆|回复|發表|发表)[.…。]*|comment as \S{1,30}[.…]*|"
    # a comment box's placeholder and its gate ('写下你的评论...', '发一条友善的评论', '说点什么...', '回应请先 登录')
    r"(?:写下|寫下|发表|發表|发一条|發一條|留下)(?:你的|您的|一条|一條)?[^。！？\s]{0,4}(?:评论|評論|留言|回应|回應)[.…。]*|"
    r"(?:说点|說點)(?:什么|什麼)[.…。]*|(?:评论|評論|回应|回應|留言)(?:请|請)先\s*(?:登录|登錄|登入)|"
    # (the way back to the contents: '↑ 回到目錄'; the regulator's hotline in a footer: '违法不良信息举报电话：12377')
    r"(?:回到|返回)(?:目录|目錄|页首|頁首|页面顶部|頁面頂部|页面顶端|頁面頂端)|(?:违法|違法)和?不良(?:信息|資訊)举报(?:电话|中心|邮箱)?(?:\s*[:：]\s*[\d\-]{3,15})?|"
    # a wiki's or a doc site's way to its source ('在 GitHub 上编辑此页', 'Edit this page on GitHub'), the report of a
    # show ('举报本节目'), the way in to comment ('登录 GitHub 以发表评论'), a file to download ('下載逐字稿（PDF）')
    r"(?:在\s*\S{1,12}\s*上)?(?:编辑|編輯|修改)(?:此页|此頁|本页|本頁|这一页|這一頁)(?:\s*(?:on|于|於)\s*\S{1,12})?|"
    r"edit this page(?: on \S{1,12})?|(?:举报|舉報|检举|檢舉)(?:本|此|这个|這個)(?:节目|節目|视频|視頻|影片|内容|內容|页面|頁面)|"
    r"(?:登录|登錄|登入)\s*[A-Za-z][\w.\-]{0,15}\s*(?:以|后|後|即可)?\s*(?:发表|發表|参与|參與)?(?:评论|評論|留言|讨论|討論)|"
    r"(?:下载|下載)(?:逐字稿|文字稿|讲义|講義|简谱|簡譜|全文|附件|字幕)\s*(?:[（(]?\s*(?:pdf|docx?|srt|txt)\s*[）)]?)?|"
    # an embedded post's fallback ('在 Instagram 查看這則貼文', 'View this post on Instagram'); an entry's upload button
    r"(?:在|於)\s*(?:instagram|facebook|threads|twitter|youtube|ig|x)\s*上?(?:查看|檢視|观看|觀看)(?:這則|这则|此)?(?:貼文|帖子|贴文|影片|视频)|"
    r"view this (?:post|video) on \w+|上传(?:视频|图片|照片)|上傳(?:影片|圖片|照片)|untitled (?:database|page)|"
    r"get notion free|made with notion|"
    # (a thread's own words under a post: 'Everybody can reply', '21 quotes', 'Repost')
    r"(?:everybody|anyone|everyone) can reply|\d[\d,.]*[km]?\s+(?:quotes?|reposts?|likes?|replies|boosts?)|reposts?|"
    # a social site's gate and its tools ('登入', '使用 Instagram 帳號繼續', '翻譯', 'See translation')
    r"(?:使用|用)\s*\S{1,20}\s*(?:帳號|账号|帳戶|账户)(?:繼續|继续|登入|登录|登錄)|continue with \w{2,20}|"
    r"(?:查看)?(?:翻譯|翻译)|see translation|translate|"
    # (the way to a comment's replies: '展开 144 条回复'; a footer's licences: '营业执照', '网络文化经营许可证')
    r"(?:展开|展開|查看)(?:全部|其余|其餘)?\s*\d[\d,]*\s*(?:条|條)(?:回复|回覆|评论|評論)\s*-?|"
    # (a site's footer links, one a line: '帮助中心', '联系我们', '网络谣言举报', '知乎隐私保护指引'; its app: '下载知乎App')
    # ('联系我们', '隐私' with words before it may head the article's own section)
    r"(?:帮助|幫助|客服)中心|网站地图|網站地圖|(?:用户|用戶|服务|服務)(?:协议|協議|条款|條款)|使用(?:条款|條款)|"
    r"(?:举报|舉報)(?:中心|专区|專區)|(?:网络谣言|網路謠言|涉未成年人?)(?:举报|舉報)|"
    r"(?:隐私|隱私)(?:权|權)?(?:保护|保護)?(?:政策|指引|声明|聲明)|(?:下载|下載)\s*[\w\u4e00-\u9fff]{1,10}?\s*(?:app|客户端|客戶端)|"
    r"营业执照|營業執照|(?:网络文化经营|網路文化經營|互联网药品信息服务|網際網路藥品資訊服務|增值电信业务经营|增值電信業務經營|"
    r"广播电视节目制作经营|廣播電視節目製作經營|信息网络传播视听节目)(?:许可证|許可證|资格证书|資格證書)(?:\s*[:：]?\s*[\w\-（）()]{0,24})?|"
    # (a channel's button with its count: '訂閱 2.4萬')
    r"(?:订阅|訂閱|subscribe)\s*\d[\d,.]*\s*[万萬kKmM]|"
    # (a feedback widget's question: '此问答对您是否有帮助？', 'Was this helpful?')
    r"(?:此|本|这篇|這篇|这个|這個)(?:问答|問答|文章|页面|頁面|内容|內容|回答|信息|資訊)?(?:对您|對您|对你|對你)(?:是否)?有(?:帮助|幫助)(?:吗|嗎)?[？?]?|"
    r"was this (?:article |page |answer )?helpful\??|"
    # (a shop's button beside a recipe, a serial's buttons beside a chapter: '加入购物清单', '投月票（本月 1,203）', '打賞作者')
    r"加入(?:购物|購物)(?:清单|清單|车|車)|投(?:月票|推荐票|推薦票)(?:\s*[(（][^()（）]{0,12}[)）])?|(?:打赏|打賞)作者|"
    # (a player's speed control: '倍速'; where a portal's copy came from, by the original's title: '原始網址：…')
    r"倍速|(?:原始網址|原始网址|原文網址|原文网址)\s*[:：][^。！？]{1,60}|"
    # (a pointer to more of the outlet's news: '看更多晨星日報相關新聞'; a wiki's read-aloud button: '播报')
    r"(?:看|查看|閱讀|阅读)更多[^。！？，,\s]{0,12}?(?:相關|相关)?(?:新聞|新闻|報導|报道|文章)|播报|播報|"
    # (a periodical's way to the issue's contents: '查看本期目录')
    r"(?:查看)?本期(?:目录|目錄)|"
    # (a rating's prompt: '為此食譜評分', 'Rate this recipe')
    r"(?:为|為)(?:此|本|这篇|這篇|这个|這個)?(?:食谱|食譜|文章|篇文章|菜谱|菜譜)?(?:评分|評分)|rate this (?:recipe|article|post)|"
    # a journal's tools beside a paper ('PDF下载 (1.8 MB)', 'HTML全文', '导出引用', 'E-mail Alert')
    r"pdf\s*(?:下载|下載|download)(?:\s*[(（][\d.]+\s*[kmg]b[)）])?|html\s*全文|(?:导出|導出)引用|e-?mail alert|export citation|"
    # (a link to download a file, its kind and size after it: 'Download notice (PDF, 118 KB)', '下載公告（PDF，118KB）')
    r"(?:download|下载|下載)\s*[^()（）\n]{0,40}?[(（]\s*(?:pdf|docx?|xlsx?|pptx?|odt|zip)\s*[,，、]?\s*[\d.]+\s*[kmg]b\s*[)）]|"
    # (a library's or a bookshop's buttons under a book: '加入书架', '在线试读', '馆藏查询')
    r"(?:加入|放入)(?:书架|書架|书单|書單)|(?:在线|線上|在線|免费|免費)?试读|(?:在线|線上|在線|免费|免費)?試讀|(?:馆藏|館藏)(?:查询|查詢)|"
    # (a pointer to the video of the event: '觀看議會直播回放')
    r"(?:观看|觀看|收看)[^。！？，,\s]{0,6}?(?:直播)?(?:回放|重播|录像|錄影)|(?:观看|觀看|播放)(?:完整)?(?:影片|视频|視頻)|"
    r"watch (?:the )?(?:full )?video|"
    # a microblog's controls left as text ('收起全文d': its icon's letter after it; '网页链接', '查看图片' for a link and a
    # picture)
    r"(?:收起|展开|展開)(?:全文)?[a-z]?|网页链接|網頁鏈接|查看图片|查看圖片|返回首页|返回首頁|回到首页|回到首頁|rss|(?:关闭|關閉|开启|開啟)?(?:自动|自動)刷新(?:已开启|已開啟|已关闭|已關閉)?|"
    # WeChat's own, under an article copied with its page ('精选留言', '写留言', '喜欢作者', '作者已设置关注后才可以留言')
    # (and an app's button left as text: '點我下載')
    r"(?:点我|點我)(?:下载|下載)|"
    r"(?:精选|精選|写|寫)留言|(?:喜欢|喜歡)作者|作者已(?:设置|設置)(?:关注|關注)(?:后|後)才可以留言|"
    # a government page's tools ('電郵本頁', '重要告示', '私隱政策', '查看原始版本' under a wire's release)
    r"(?:电邮|電郵|电邮|分享|转发|轉發)(?:本页|本頁|此页|此頁)|重要告示|(?:私隐|私隱|隐私|隱私)(?:政策|声明|聲明)|"
    r"(?:查看|檢視|阅读|閱讀)(?:原始|原文)版本|"
    r"close|caption|expand|collapse|next|previous|prev|back to top|skip to content|menu|search|loading\.*|print|"
    r"edit (?:this page )?on github|在\s*github\s*上(?:编辑|編輯|查看)|post navigation|赏|賞|"
    r"member-only story|preview channel|powered by telegram|view in telegram|continue reading|print this (?:page|article)|"
    r"(?:发表评论|發表評論|评论|評論)?(?:请|請)先(?:登录|登錄|登入)|"
    r"(?:无法正常显示|無法正常顯示|显示不正常|顯示不正常)[？?]?\s*(?:请|請)?(?:点此|點此|点击这里|點擊這裡|点这里|點這裡)(?:在)?"
    r"(?:浏览器|瀏覽器)(?:中)?(?:阅读|閱讀|查看|打开|打開)|view (?:this email )?in (?:your )?browser|"
    r"[（(]?(?:未完|待续|待續)[，,]?\s*(?:请看|請看|请见|請見|见|見|接)?(?:下一?页|下一?頁|下期|下篇)[）)]?|"
    r"📌?\s*(?:置顶|置頂)|[—\-–\s]*(?:本次|本场|本場)?直播已(?:结束|結束)[—\-–\s]*|★?\s*最佳(?:解答|答案|回答)|"
    r"(?:展开|展開)(?:完整|全部)[\u3400-\u9fff]{1,6}|"
    # a page's refresh and feedback buttons and a government page's tools ('刷新', '意見回饋', '友善列印', '回上一頁'),
    # and a live page's hint to refresh ('刷新页面查看最新动态')
    r"刷新|重新整理|(?:意见|意見|问题|問題)(?:反馈|反饋|回饋|回馈)|友善列印|(?:回|返回)上一?(?:页|頁)|"
    r"(?:请|請)?(?:刷新|重新整理)(?:页面|頁面|网页|網頁)?(?:以)?(?:查看|获取|獲取|看)(?:最新)?(?:动态|動態|消息|内容|內容|进展|進展)|"
    r"回到页首|回到頁首|返回页首|返回頁首|(?:全屏|全螢幕|全萤幕|全屏幕)(?:观看|觀看|查看|播放|模式)?|(?:view )?full ?screen|"
    # a page's feedback poll ('Was this page helpful? Yes / No', '本文对你有帮助吗？ 有帮助 没帮助')
    r"was this (?:page|article|answer|post) helpful\??(?:\s*yes\s*[/|]?\s*no)?|"
    r"(?:本文|这篇文章|這篇文章|本页|本頁|以上内容|以上內容|此内容|此內容|本回答|此回答)(?:对你|對你|对您|對您)?有(?:帮助|幫助)(?:吗|嗎)[？?]?"
    r"(?:\s*有(?:帮助|幫助)\s*[/|]?\s*(?:没|沒)(?:帮助|幫助))?|"
    r"选择语言版本|選擇語言版本|选择语言|選擇語言|加跟帖|上一帖|下一帖|返回论坛|返回論壇|发新帖|發新帖|"
    r"返回[\u3400-\u9fff]{0,8}(?:列表|目录|目錄)|"
    # a column's form to ask, with how many asked ('我要提问', '已有 18,420 位读者在这里提问')
    r"我要(?:提问|提問|爆料|咨询|諮詢)|(?:已有|共有)\s*[\d,]+\s*(?:位|名|人)(?:读者|讀者|网友|網友|用户|用戶)?"
    r"[^。！？，,]{0,8}(?:提问|提問|参与|參與|报名|報名|订阅|訂閱)(?:过|過|了)?|"
    r"关闭|關閉|展开|展開|展开全文|展開全文|收起|返回顶部|返回頂部|回到顶部|回到頂部|上一页|上一頁|下一页|下一頁|小程序|"
    # (an app shell's placeholder for the article: '页面加载中……如长时间无响应，请刷新重试', '內容載入中，請稍候…')
    r"(?:页面|頁面|正文|内容|內容|文章)?(?:正在(?:加载|加載|载入|載入)中?|(?:加载|加載|载入|載入)中)[.…。]*"
    r"(?:[，,]?\s*(?:如长时间无响应|如長時間無回應|如長時間沒有回應)?[，,]?\s*(?:请|請)(?:刷新|重新整理|重试|重試|稍候|稍等)"
    r"(?:页面|頁面)?(?:重试|重試)?[.…。]*)?|"
    # a player loading ('视频加载中，请稍候...')
    r"(?:视频|視頻|影片|音频|音頻|播放器)(?:正在)?(?:加载|加載|载入|載入)中?(?:[，,]?\s*(?:请稍候|請稍候))?[.…。]*|(?:点击|點擊)?(?:加载|加載|载入|載入)(?:更多|更早|以前|历史|歷史|下一页|下一頁)(?:的)?(?:内容|內容|消息|动态|動態|更新)?|"
    r"(?:请|請)稍(?:候|等)[.…。]*|"
    r"没有更多了|沒有更多了|(?:已经|已經)?到底了|上滑查看下一篇|(?:阅读|閱讀|查看)(?:下一篇|上一篇)|正在更新|自动刷新|自動刷新|"
    r"(?:was this (?:page |post |article )?(?:helpful|useful)\??|(?:这篇|這篇|本篇)?(?:文章)?(?:对你|對你|对您|對您)有(?:帮助|幫助)(?:吗|嗎)[？?]?)"
    r"(?:\s*[👍👎]+)*|[🖨🖶]?\s*(?:列印|打印)(?:食譜|食谱|本文|此文|文章|本页|本頁)?\s*[|｜]?|"
    # a player's and a live page's notes ('网络不给力，点击重试', '本報將持續更新，請重新整理頁面查看最新消息。')
    r"(?:网络|網絡|網路)不(?:给力|給力)[，,]?\s*(?:点击|點擊)?(?:重试|重試)|"
    r"(?:本报|本報|本网|本網|本台|本站)?(?:将|將)持(?:续|續)更新[，,。]?\s*(?:请|請)?(?:刷新|重新整理|重新载入|重新載入)"
    r"(?:页面|頁面)?(?:查看|以)?[^。！？]{0,8}[…。.]*|"
    # a fold's count of what is left ('剩余 58% 未读'), a poll's promise of its results ('投票后可查看结果详情')
    r"(?:展开|展開)(?:剩余|剩餘)\s*\d{1,3}\s*%|(?:剩余|剩餘|还剩|還剩)\s*\d{1,3}\s*%\s*(?:未读|未讀)(?:[，,\s]*(?:立即|点击|點擊)?(?:打开|打開|展开|展開|继续阅读|繼續閱讀|阅读全文|閱讀全文))?|(?:投票|参与|參與)(?:后|後)(?:可)?(?:查看|看到)(?:投票)?(?:结果|結果)(?:详情|詳情)?|"
    # a scroll cue ('往下滑继续阅读', '向下滑動看更多', '▼ 继续阅读 ▼')
    # ('請繼續往下閱讀...' above an ad amid the article)
    r"(?:往下|向下)滑(?:动|動)?(?:[，,]?\s*(?:继续阅读|繼續閱讀|查看更多|看更多|查看全文|继续|繼續))?|继续阅读|繼續閱讀|"
    r"(?:请|請)?(?:继续|繼續)(?:往下|向下)(?:阅读|閱讀|看)[.。…]*|聆听文章|聆聽文章|(?:收听|收聽)本文(?:\s*\d{1,2}:\d{2})?|朗读全文|朗讀全文|"
    r"语音播报|語音播報|ai\s*朗读|ai\s*朗讀|(?:本文|本篇)?(?:语音|語音|音频|音頻)?由\s*ai\s*(?:朗读|朗讀|合成|生成)[^。！？]{0,16}[。]?|(?:点击|點擊)查看全文|查看原文|显示原文|顯示原文|隐藏原文|隱藏原文|show original|(?:点击|點擊)(?:进入|進入)专题[^。！？]{0,20}|"
    r"(?:点击|點擊|點我|点我)?(?:查看|看)更多(?:精彩)?(?:内容|內容)?|"
    # a series' page ('点击查看《老街往事》全部连载')
    r"(?:点击|點擊)?(?:查看|阅读|閱讀)\s*[《「“]?[^。！？，,《》「」“”]{0,16}[》」”]?\s*(?:全部|所有|更多|往期)"
    r"(?:连载|連載|文章|期数|期數|作品|章节|章節|集数|集數)|阅读全文|閱讀全文|(?:点击|點擊)(?:展开|展開)(?:全文|阅读|閱讀)?|"
    # a journal's page: its counts and its tools ('604下载', '3被引', '瀏覽次數 2,204', '导出PPT', '加入書架', 'PDF下载')
    r"\d[\d,]*\s*(?:次)?(?:下载|下載|被引|引用)|(?:被引|下载|下載|浏览次数|瀏覽次數|全文下载|全文下載|下载次数|下載次數)\s*[:：]?\s*\d[\d,]*|"
    r"\d+\s*altmetric|altmetric(?:\s*\d+)?|加入书架|加入書架|email本文|email this|引用本文|导出引用|匯出引用|"
    r"(?:导出|導出|匯出)(?:ppt|表格|excel|pdf|图片|圖片)(?:\s*[(（][^)）]{1,10}[)）])?|(?:pdf(?:版本|全文)?\s*(?:下载|下載)|(?:下载|下載)\s*pdf)|"
    # a show's sponsor ('本集節目由「安居房屋」贊助播出')
    r"(?:本集|本期|本节目|本節目)(?:节目|節目)?由\s*[「“]?[^」”。！？]{1,16}[」”]?\s*(?:赞助|贊助|冠名)(?:播出|播出的)?|"
    # a show's page ('展开全部 Shownotes', '复制文字稿', '【收听完整节目】', PowerPress's 'Play in new window | Download')
    r"(?:展开|展開)(?:更多|全部)(?:\s*shownotes|\s*节目笔记|\s*節目筆記)?|(?:复制|複製)(?:全文|文字稿|逐字稿)|"
    r"[【\[]?(?:收听|收聽|观看|觀看)完整(?:节目|節目|音频|音頻|视频|視頻)[】\]]?|play in new window|"
    r"download\s*\(duration:?\s*[\d:]+(?:\s*[—–-]\s*[\d.]+\s*[mk]b)?\)|"
    # a picture's, a map's or a player's placeholder and its retry ('图片加载中...', '视频加载失败，请检查网络后重试')
    r"(?:图片|圖片|视频|視頻|影片|地图|地圖|音频|音頻|图表|圖表|评论|評論)?(?:正在)?(?:加载|加載|载入|載入)(?:中|失败|失敗)"
    r"[.…。]*(?:[，,]?\s*(?:(?:请|請)(?:检查|檢查)(?:网络|網絡|網路)(?:后|後)?)?(?:点击|點擊)?(?:重试|重試)[.…。]*)?|"
    # a listening version's length, a synthetic voice's note ('🎧 收聽本文（約 5 分鐘）', '本文音频由智能语音合成，如有误读敬请谅解')
    r"[🎧🔊]?\s*(?:收听|收聽|聆听|聆聽)本文\s*[（(]?\s*(?:约|約)?\s*\d{1,3}\s*(?:分钟|分鐘|min)\s*[）)]?|"
    r"(?:本文)?(?:音频|音頻|语音|語音)(?:由|为|為|系)[^，。,]{0,12}(?:合成|生成|朗读|朗讀)"
    r"(?:[，,]\s*(?:如有|若有)(?:误读|誤讀|错误|錯誤)[^。！？]{0,8})?[。.]?|"
    # the page's reading modes and type sizes ('字号：大 中 小 夜间模式'), its way back up ('回到頂端'), its skip link
    r"字[号號]\s*[:：]?\s*(?:[大中小]\s*){2,3}|(?:夜间|夜間|日间|日間|护眼|護眼)模式|(?:回到|返回)(?:顶端|頂端|最上方)|"
    r"(?:跳到|跳至|跳过|跳過|略过|略過)(?:主要|主)?(?:内容|內容|正文)(?:区块|區塊|区|區)?|"
    # ('查看更多教育报道', '更多文化新聞', '回上頁')
    r"(?:点击|點擊)?(?:查看|看)?更多[\u3400-\u9fff]{0,4}(?:报道|報導|新闻|新聞|文章|资讯|資訊|故事)|回上(?:页|頁)|回首(?:页|頁)|"
    r"(?:返回|回到)上一(?:页|頁)|"
    r"(?:点击)?查看(?:大图|原图)|(?:點擊)?查看(?:大圖|原圖)|(?:高清)?(?:图集|圖集)|(?:下载|下載)(?:原图|原圖|高清图|高清圖|大图|大圖)|视频加载中\.*|影片載入中\.*|"
    r"(?:打开|打開|下载|下載)\s*app(?:\s*(?:阅读全文|閱讀全文|查看|观看|觀看))?|app\s*(?:内|內)(?:打开|打開)|"
    # an old news page's tools under the article: print it, close the window, back to the list
    r"(?:打印|列印|关闭|關閉|收藏)(?:本页|本頁|此页|此頁|本文|窗口|視窗|视窗)?|"
    r"返回(?:首页|首頁|列表|上一页|上一頁|专题|專題)|(?:回|返回)(?:新聞|新闻|文章)列表|(?:轉寄|转寄|寄給|寄给)(?:好友|朋友)|返回[^\s，,。！？]{1,8}[，,]?\s*查看更多|加入收藏|"
    r"看更多(?:相關|相关)?(?:新聞|新闻|內容|内容|文章|報導|报道)?[!！]?|"
    # a review's warning before its text ('这篇影评可能有剧透')
    r"(?:这篇|這篇|本篇|本文)?(?:影评|影評|书评|書評|剧评|劇評|评论|評論|文章)?(?:可能)?(?:有|含有|包含|涉及)(?:关键|關鍵)?(?:剧透|劇透)|"
    r"this (?:review|post|article) (?:may )?contains? spoilers|"
    # a live page's status bar: its state, its audience, its order ('直播中 · 已有 12.6万 人观看 · 按时间正序 | 倒序'), and a
    # poll's turnout ('已有 3,482 人參與')
    r"直播中|文字直播|图文直播|圖文直播|live|(?:自动|自動)更新|"
    r"(?:已有|共)\s*\d[\d,.]*\s*[万萬]?\s*人(?:观看|觀看|参与|參與|投票|围观|圍觀|参加|參加|作答|阅读|閱讀)(?:测验|測驗|投票)?|"
    # ('已有 312 人觉得有用', '128 people found this helpful')
    r"(?:已有|共)?\s*\d[\d,.]*\s*[万萬]?\s*(?:人|位)(?:觉得|覺得|认为|認為)(?:有用|有帮助|有幫助)|\d[\d,]*\s+(?:people|readers) found this (?:helpful|useful)|"
    # a poll's and a quiz's own lines ('共 5,882 票', '投票將於 3 天後截止', '查看答案')
    r"共\s*\d[\d,.]*\s*[万萬]?\s*票|投票(?:将|將)(?:于|於)\s*\d+\s*(?:天|小时|小時|日)\s*(?:后|後)(?:截止|结束|結束)|(?:查看|显示|顯示)(?:答案|解析)|(?:按)?(?:时间|時間)?(?:正序|倒序)|"
    # a WeChat page's own chrome, as a scrape keeps it ('预览时标签不可点', '继续滑动看下一个', '知道了')
    r"预览时标签不可点|預覽時標籤不可點|复制链接|複製連結|复制网址|複製網址|链接已复制|連結已複製|已复制|已複製|"
    r"分享(?:此|本|这|這)(?:条|條|则|則)|"  # (a live page's entry: '分享此条')
    r"二维码|二維碼|微信扫码|微信掃碼|[+＋]\s*(?:关注|關注|追蹤|follow)|已关注|已關注|已追蹤|用户登录|用戶登錄|會員登入|会员登录|"
    r"(?:点击|點擊|点|點|轻触|輕觸|轻点|輕點)(?:(?:图片|圖片|小图|小圖)(?:可)?(?:放大(?:检视|檢視|查看)?|查看大图|查看大圖|看大图|看大圖)?"
    r"|查看大图|查看大圖)|"
    # a translation widget's credit ('由 Google 提供技術支援', 'Powered by Google Translate')
    r"(?:由\s*)?google\s*(?:提供技術支援|提供技术支持)|powered by google(?: translate)?|"
    r"(?:继续|繼續|向上)滑动看下一个|(?:繼續|向上)滑動看下一個|知道了|"
    r"scan to follow|got it|scan with (?:weixin|wechat)(?: to use this mini program)?|cancel|allow|"
    r"我要(?:反馈|反饋|举报|舉報|纠错|糾錯)|保存到相册|保存到相冊|"
    # a comment box's labels and counts ('热门评论', '发表评论', '已有 12 条评论'); a bare '评论' may head a section
    r"(?:热门|熱門|最新|全部|精彩)(?:评论|評論|留言)|(?:查看|展开|展開)(?:更多|全部)(?:评论|評論|留言|回复|回覆)|"
    r"(?:发表|發表|我要|写|寫)(?:评论|評論|留言)|(?:登录|登錄|登入)后?(?:参与|參與|发表|發表)(?:评论|評論|讨论|討論)|"
    r"(?:已有|共)?\s*\d+\s*(?:条|條|则|則)(?:评论|評論|留言)|"
    # a reaction or count under a post ('讚 23 ｜ 哈 5', '留言 12', '点赞 23 · 在看 5'), a font-size control
    r"[♥❤♡]?\s*(?:讚|赞|哈|哇|嗚|呜|怒|推|噓|嘘|留言|評論|评论|回應|回应|點讚|点赞|按讚|按赞|在看|分享|收藏|轉發|转发|"
    r"喜欢|喜歡|閱讀|阅读|瀏覽|浏览|赞同|贊同|阅读量|閱讀量|浏览量|瀏覽量|浏览数|瀏覽數|likes?|comments?|shares?|views?)"
    r"\s*[:：]?\s*[(（]?\d[\d,.]*\s*[萬万kw]?[)）]?|\d[\d,.]*\s*[萬万kw]?\s*(?:阅读|閱讀|浏览|瀏覽|views?)|"
    r"(?:字[号號級级]|字体|字體)(?:大小)?\s*[:：]?\s*(?:[\[【]?\s*(?:[大中小]\s*){2,3}[\]】]?|A\s*[-+－＋]\s*A\s*[-+－＋])|"
    r"[大中小]字[号號体體]|"
    # a forum post's floor label ('楼主', '5#'); not '沙发', '板凳' (the 2nd and 3rd floors' names): words in a list
    r"楼主|樓主|\d{1,4}\s*[#楼樓]|"
    # bare pager and picture tools in a row of controls ('上一篇 下一篇 关闭窗口', '查看原图 全屏浏览 下载图片'),
    # a feedback button, a font-size control, a tip jar, the pointer to the article's other language
    r"上一篇|下一篇|上一則|下一則|上一条|下一条|上一條|下一條|上一张|下一张|上一張|下一張|"
    r"(?:文字|字体|字體)大小|赞赏|讚賞|打赏|打賞|"
    # a blog platform's tip jar under the post ('"小礼物走一走，来简书关注我"', '赞赏支持还没有人赞赏，支持一下')
    r"[\"“]?小礼物走一走[，,]\s*来[^。！？!?\"”]{1,12}关注我[\"”]?|(?:赞赏|讚賞)支持(?:(?:还没有人|還沒有人)(?:赞赏|讚賞)[，,]\s*支持一下)?|"
    r"(?:点击|點擊)?(?:查看|阅读|閱讀|浏览|瀏覽)?(?:本文|此文)(?:的)?(?:英文|中文|英語|英语|简体|簡體|繁体|繁體)(?:版|原文)[。.]?|"
    r"read (?:this (?:article |story )?)?in (?:chinese|english|simplified chinese|traditional chinese)"
)
# A link alone that asks to be clicked ('點擊睇圖輯 ▶ …', '点击查看视频', 'Click here for the gallery'): a pointer
# to another page, not a sentence of the article
CLICK_POINTER: Final = re.compile(r"^(?:点击|點擊|点此|點此|按此|按這裡|按这里|click here)", re.IGNORECASE)
# a linked line an arrow marks ('►颱風剛走又有熱帶擾動？'): a pointer to another story (as plain text, a bullet)
_POINTER_ARROWS: Final = frozenset("►▶▸➤➜→»←«‹")
# The same pointer as plain text where its form says so: after an arrow or in brackets ('▼点击阅读原文', '【點擊進入
# 房屋問題專題】'), or a label pointing to more of the site's
# reports ('看更多風傳媒報導：…'; an author's own '延伸阅读：《…》' stays, as 7 real posts have it)
MARKED_POINTER: Final = re.compile(
    r"^(?:[▼▲►▶▸→👉☞⬇↓]+\s*(?:点击|點擊|点此|點此|按此)"
    r"|[【\[]\s*(?:点击|點擊|点此|點此|按此)[^】\]]{0,30}[】\]]\s*$"
    r"|看更多[^：:，。,]{0,10}[：:]\s*\S"
    # ('相关链接：全省乡邮员表彰大会召开', '相關新聞：…'; an author's '延伸阅读：《…》' stays)
    r"|(?:相关|相關)(?:链接|鏈接|連結|新闻|新聞|报道|報導)\s*[：:]\s*[^《\s][^。！？]{0,38}$"
    # where the site has more on it ('相关资讯请关注：渡口专区', '更多报道请访问：县城观察')
    r"|(?:相关|相關|更多)(?:资讯|資訊|新闻|新聞|内容|內容|报道|報導|文章)(?:请|請)(?:关注|關注|访问|訪問|进入|進入|查看)\s*[:：]\s*[^。！？，,]{1,20}$"
    # a pointer to a keyword's page ('点阅【菜市场】相关文章。', '點閱【夜間公車】相關文章')
    r"|(?:点阅|點閱|查看|阅读|閱讀|更多)?[【\[][^】\]]{1,20}[】\]]\s*(?:相关|相關)(?:文章|新闻|新聞|报导|報導|报道|報道)[。.]?\s*$)"
)
# a picture's file name shown under it ('image.png', '微信图片_20210528.jpg'): an editor's or an export's, no words
PICTURE_FILE_NAME: Final = re.compile(
    r"[^\s/\\<>，。！？、；：“”‘’「」（）]{1,60}\.(?:png|jpe?g|gif|webp|bmp|svg|heic|avif)", re.IGNORECASE
)
# a site's notice that it uses cookies, with the reader's consent asked or assumed ('本網站使用 Cookie 以提升您的瀏覽體驗。繼續使用
# 即表示您同意我們的隱私權政策。 我知道了')
COOKIE_NOTICE: Final = re.compile(
    r"^\W{0,3}(?:本网站|本網站|本站|我们|我們|this (?:web)?site|we)\s*(?:使用|採用|采用|uses?)\s*cookies?(?![a-z]).{0,100}?"
    r"(?:即表示|即代表|(?:您|你)(?:同意|接受)|我知道了|接受|accept|agree|consent|got it)",
    re.IGNORECASE,
)
COOKIE_NOTICE_MAX_CHARS: Final = 200
_PICTURE_SUFFIXES: Final = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg", ".heic", ".avif")
# A social network's embed, shown as its fallback text where its script did not run
EMBED_FALLBACK: Final = re.compile(
    r"^(?:view this (?:post|profile|video) on instagram|a (?:post|video|photo) shared by .{1,60}"
    r"|view (?:this )?(?:post|video) on (?:facebook|tiktok|threads)"
    # a video's and a map's frame before its script runs ('Watch on YouTube', '点击加载地图 · 地图数据 ©某某地图')
    r"|watch (?:this video )?on youtube|在\s*youtube\s*上(?:观看|觀看)"
    r"|(?:点击|點擊)?(?:加载|加載|载入|載入|显示|顯示|查看)(?:互动|互動)?(?:地图|地圖)"
    r"(?:\s*[·|｜]\s*(?:地图数据|地圖資料|地图|地圖|map data)\s*(?:©|\(c\))\s*\S{1,20})?"
    # a channel's page around its message ('View in Telegram', 'Join channel', 'Pinned message', 'If you have Telegram,
    # you can view and join … right away.', '12 345 subscribers')
    r"|news provided by\s+[^!?\n]{1,80}"  # (a newswire's release: its issuer and time)
    r"|(?:view|open) in telegram|join (?:the )?channel(?: to see more(?: posts)?)?|pinned message|if you have telegram, you can (?:view|contact|join)[^.]{0,80} right away\.?"
    # a newsletter platform's note of who may read the post ('This post is free for all subscribers', 'This post is for
    # paid subscribers')
    r"|this (?:post|issue|episode) is (?:free )?for (?:all |paid |premium )?(?:subscribers|members)\.?"
    # a comment plugin's text where its script did not run ('Please enable JavaScript to view the comments powered
    # by Disqus.', 'Facebook Comments Plugin', '3 Comments', 'Sort by Top', 'Add a comment...')
    r"|please enable javascript to view the comments(?: powered by [\w ]{1,20})?\.?|comments powered by disqus\.?"
    r"|facebook comments plugin|\d{1,5} comments?|sort by (?:top|newest|oldest)|add a comment(?:\.{3}|…)?"
    r"|(?:请|請)?(?:启用|啟用|开启|開啟)\s*javascript[^。]{0,20}(?:评论|評論|留言)[^。]{0,10}[。]?"
    # ('请启用浏览器的 JavaScript 功能以获得最佳体验', '为获得最佳阅读体验，请启用…', 'Please enable JavaScript')
    r"|(?:(?:为|為)了?(?:获得|獲得|得到)?[^，,。]{0,10}(?:体验|體驗)[，,]\s*)?(?:请|請|您需要|你需要)?(?:启用|啟用|开启|開啟|允许|允許)(?:您的|你的)?(?:浏览器|瀏覽器)?(?:的)?\s*javascript\s*(?:功能)?[^。！!]{0,24}[。！!]?"
    r"|(?:please )?(?:enable|turn on) javascript[^.!]{0,40}[.!]?"
    # a <noscript> notice that scripts are off ('检测到您的浏览器已禁用脚本，部分段落…可能无法正常显示。', 'JavaScript is
    # disabled in your browser. Some …')
    r"|(?:(?:系统)?(?:检测|檢測|偵測)到)?(?:您的|你的)?(?:浏览器|瀏覽器)(?:已|已经|已經)?(?:禁用|停用|关闭|關閉|未启用|未啟用)(?:了)?"
    r"\s*(?:javascript|脚本|腳本|js)[^。！!]{0,40}[。！!]?"
    r"|(?:it (?:looks|seems) like |we(?:'ve| have) detected that )?javascript is (?:disabled|turned off)[^.!]{0,60}[.!]?"
    # a note that the page's charts or maps work only on the site ('本文含交互图表，请在网页版查看完整效果。')
    r"|(?:本文|文中|此文)(?:含有?|包含|有)(?:交互|互动|互動|动态|動態)[^。！!，,]{0,6}[，,]\s*(?:请|請|建议|建議)?(?:在|至|到|前往)?"
    r"(?:网页版|網頁版|电脑版|電腦版|桌面版|电脑|電腦|浏览器|瀏覽器)[^。！!]{0,16}[。！!]?"
    r"|\d[\d\s,.]*[km]?\s+(?:subscribers|members|followers)(?:,\s*\d[\d\s,.]*[km]?\s+online)?"
    # a platform's author card and its controls ('Written by Jane Doe', 'Follow', 'Listen'), a site's pointer to
    # its standards ('Why you can trust SCMP')
    r"|written by [\w .'\-]{1,40}|follow|listen|why you can trust [\w .'\-]{1,30}"
    # (the reader's account and the player's length: 'Sign in', 'Subscribe', 'Listen to this article · 5 min')
    r"|sign in|log in|sign out|log out|my account|subscribe"
    # a blog's pager and comment form (Blogger's: 'Newer Post Older Post Home', 'Post a Comment', 'No comments:',
    # 'Subscribe to: Post Comments (Atom)')
    r"|newer posts?(?:\s*older posts?)?(?:\s*home)?|older posts?(?:\s*home)?|post a comment|no comments\s*:?"
    r"|subscribe to\s*:\s*posts?(?: comments)?\s*\(atom\)"
    r"|like loading(?:\.{3}|…)?|like this\s*:"  # (WordPress's like button and its label)
    r"|listen to this (?:article|story)\s*[·•|]\s*\d{1,3}\s*min(?:ute)?s?"
    r"|(?:跳过|跳過)\s*\S{1,12}\s*(?:帖子|贴文|貼文|内容|內容|视频|視頻)|\S{1,12}\s*(?:帖子|贴文|貼文)(?:结束|結束)"
    r"|skip (?:\S+ ){0,2}(?:post|content|video)|end of (?:\S+ ){0,2}(?:post|content|video)"
    # the fallback of a share button with no script ('请使用浏览器的分享功能分享到微信等', '打开微信，点击底部的“发现”…')
    r"|(?:请|請)?使用浏览器的分享功能[^。]{0,12}|(?:打开|打開)微信[，,]\s*(?:点击|點擊)底部的?[“\"]?(?:发现|發現)[^。]{0,40}[。]?"
    # a notice about the reader's browser or the site's cookies ('您的浏览器版本过低，请升级…', 'Your browser does not
    # support the video tag.', '本网站使用Cookie以提升您的浏览体验…')
    r"|(?:您的|你的|当前|當前|您当前的|您當前的|您使用的)(?:浏览器|瀏覽器)(?:版本)?(?:过低|過低|太旧|太舊|不支持|不支援)[^。！!]{0,40}[。！!]?"
    r"|your (?:web )?browser (?:does not|doesn't|is not|isn't) (?:support|supported|up to date)[^.!]{0,50}[.!]?"
    # (or its scripts turned off: '提示：您的浏览器已禁用JavaScript，部分功能可能无法使用。', 'Please enable JavaScript')
    r"|(?:提示[:：]\s*)?(?:您的|你的|当前|當前)?(?:浏览器|瀏覽器)(?:已)?(?:禁用|关闭|關閉|未启用|未啟用|不支持|不支援)(?:了)?\s*javascript[^。！!]{0,30}[。！!]?"
    r"|(?:please )?(?:enable|turn on) javascript[^.!]{0,50}[.!]?|javascript is (?:disabled|turned off)[^.!]{0,50}[.!]?"
    r"|(?:本网站|本網站|本站|我们|我們|this (?:web)?site|we)\s*(?:使用|uses?)\s*cookies?\s*(?:以|来|來|to|for|[，,])[^。.!]{0,60}[。.!]?"
    # the comment box's rules ('文明上网理性发言，请遵守新闻评论服务协议', '网友评论仅供其表达个人看法，并不表明…')
    r"|(?:文明上网|文明上網)[，,\s]*(?:理性发言|理性發言)[^。！!]{0,30}[。！!]?"
    r"|(?:网友|網友|用户|用戶|读者|讀者)(?:评论|評論|留言)(?:仅|僅)(?:供其|代表其)[^。]{0,60}[。]?"
    # a blog's comment form and entry footer that lost their boxes ('Leave a Reply Cancel reply', 'Your email address
    # will not be published.', '你的邮箱不会被公开。必填项已用 * 标注', '还没有评论，快来抢沙发吧！', 'This entry was posted
    # in … Bookmark the permalink.', 'Posted in … | Leave a comment', 'Like this: Like Loading...')
    r"|leave a (?:reply|comment)(?:\s*(?:cancel reply|to .{1,40}))?|cancel reply"
    r"|your email address will not be published\.?(?:\s*required fields are marked\s*\*)?"
    r"|(?:你|您)的(?:电子)?(?:邮箱|郵箱|email)(?:地址)?不会被公开。?(?:\s*必填项已用\s*\*\s*标注)?"
    r"|(?:暂无|暫無|还没有|還沒有|目前没有|目前沒有)(?:评论|評論|留言)[^。！!]{0,12}[。！!]?|(?:快来|快來)?(?:抢沙发|搶沙發)[！!]?"
    r"|this entry was posted (?:in|on) .{1,100}bookmark the permalink\.?"
    r"|posted in .{1,60}\|\s*(?:tagged .{1,80}\|\s*)?(?:leave a comment|\d+ comments?)|filed under(?::\s*\S.{0,40}|\s+[^.!?。！？]{1,40})"
    r"|like this:\s*like(?:\s*loading\.{0,3})?|(?:proudly\s+)?powered by wordpress\.?"
    # a news site's newsletter box, ad and audio controls, caption labels, that lost their boxes
    r"|story continues below (?:this )?advertisement|continue reading the main story|advertisement\s*[-–—]\s*scroll to continue"
    r"|(?:the )?(?:story|article|text) continues below|continue reading below"
    r"|(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\w+ )?newsletters?\.?|click here to subscribe\.?|sign up here\.?"
    r"|get the latest (?:news|stories|headlines)[^.!]{0,40}(?:inbox|email)\.?|enter your email(?: address)?\.?"
    r"|thanks? (?:you )?for signing up[.!]?|by signing up,? you agree to[^.]{0,80}\.?"
    r"|listen to (?:this )?article|copy link|show comments|(?:image|media|video) source,\s*[^,.]{1,40}"
    r"|(?:image|media|video) caption,?"
    r"|our standards:\s*the thomson reuters trust principles\.?"
    # WeChat's notice where a mini program was ('微信扫一扫可打开此内容，使用完整服务'); its control row: WECHAT_CONTROLS
    r"|微信扫一扫可打开此内容[^。]{0,20}"
    # a cross-poster's footer ('Posted via IFTTT', 'via Buffer')
    r"|(?:posted |shared |sent )?(?:via|from|by) (?:ifttt|buffer|hootsuite|dlvr\.it|zapier|twitterfeed)\.?)$",
    re.IGNORECASE,
)
# A picture's credit left alone on its line ('Getty Images', '图片来源：路透社', 'AFP / 某某'): the agency's name only
PHOTO_CREDIT: Final = re.compile(
    r"^[（(]?(?:(?:(?:图片|圖片|图像|圖像|照片|image|photo|picture)\s*(?:来源|來源|提供|source|credit)|图源|圖源|图|圖)"
    r"\s*[:：,，/／]?\s*)?"
    r"(?:getty images|reuters|afp|epa|ap photo|pa media|shutterstock|alamy|路透社?|法新社|美联社|美聯社|欧新社|歐新社"
    r"|视觉中国|視覺中國|东方ic|東方ic)(?:\s*(?:/|via)\s*[^/]{1,30})?[）)]?$",
    re.IGNORECASE,
)
# A feed's footer after each item ('The post 《…》 appeared first on 某站.', Yoast's '文章…最先出现在…。', Medium's '… was
# originally published in … on Medium, where people are continuing the conversation…'): the feed's, never the post's
FEED_FOOTER: Final = re.compile(
    r"^(?:the post .{1,200}? appeared first on .{1,80}"
    r"|(?:文章|本文)\s*.{1,200}?\s*最先(?:出现|出現|发表|發表|发布|發布)(?:在|于|於)\s*.{1,80}"
    # (WordPress's in Chinese: '文章《…》首发于某站。')
    r"|(?:文章|本文)\s*《[^《》]{1,120}》\s*(?:首发|首發)(?:在|于|於)\s*[^，,。！？]{1,40}"
    r"|.{1,200}? was originally published in .{1,80}? on medium, where people are continuing the conversation"
    r" by highlighting and responding to this story)[.。]?$",
    re.IGNORECASE,
)
FEED_FOOTER_MAX_CHARS: Final = 400


def _may_be_feed_footer(text: str) -> bool:
    """A quick test before the pattern's lazy scan (0.2 s over the 320,000 blocks of the real files)."""
    return (
        "first on" in text
        or "最先出" in text
        or "最先发" in text
        or "最先發" in text
        or "首发" in text
        or "首發" in text
        or "Medium" in text
    )


# WeChat's controls, scraped as a line ('：，，，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏')
WECHAT_CONTROLS: Final = re.compile(
    r"^[：:，,。.\s]*[^。！？]{0,20}轻点两下取消赞[^。！？]{0,6}轻点两下取消在看[^。！？]{0,20}$"
)
# Words that are a control only beside another control ('分享 反馈 打印', '字号 分享到') or as a link: alone on
# its line, '举报' or '分享' may be an article's section heading.
_CONTROL_WORDS: Final = (
    r"分享到?|反馈|反饋|意见反馈|意見反饋|纠错|糾錯|举报|舉報|投诉|投訴|字[号號]|全屏(?:浏览|瀏覽|观看|觀看|查看)?|"
    r"不感兴趣|不感興趣|"  # (a feed's card: why it was shown)
    r"忽略主题|忽略主題|"  # (a forum topic's button: V2EX's)
    # (a blog's links to its home and its whole log: '回到潮間帶首頁', '全部日誌')
    r"(?:回到|返回)[^\s，。！？,]{1,10}?(?:首页|首頁|主页|主頁)|(?:全部|所有)(?:日誌|日志|文章|日記|日记|貼文|贴文)|"
    r"转发|轉發|评论|評論|留言|回应|回應|回复|回覆|赞|讚|[♥❤♡]|喜欢|喜歡|收藏|在看|添加评论|添加評論|申请转载|申請轉載|我要(?:举报|舉報|评论|評論|纠错|糾錯)|\+1|"
    r"(?:下载|下載|保存)(?:图片|圖片|原图|原圖|桌布|壁纸|壁紙)|查看原(?:图|圖)|"
    # a video player's control bar ('播放 00:00 / 02:31 倍速 高清 全屏')
    r"播放|暂停|暫停|重播|倍速|清晰度|高清|标清|標清|超清|静音|靜音|音量|画中画|畫中畫|\d(?:\.\d{1,2})?\s*[x×]|"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|"
    # an audio player's download ('下载音频 00:00/00:00')
    r"(?:下载|下載)(?:音频|音頻|视频|視頻|影片)"
)
# a button: a link alone that asks to subscribe, sign in or buy ('立即订阅', 'Subscribe now'); as plain
# text the same word may be a how-to's heading, so only link-only blocks
CALL_TO_ACTION: Final = re.compile(
    r"^(?:(?:[¥￥$]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:元|块|塊))\s*)?(?:立即|马上|馬上|现在|現在|免费|免費)?\s*"
    r"(?:订阅|訂閱|登录|登錄|登入|注册|註冊|购买|購買|试读|試讀|试用|試用|开通|開通|(?:成为|成為|加入)(?=会员|會員)"
    r"|下载|下載|打开|打開|开启|開啟)"
    # (with the way in beside it: '立即成为会员 登录'; an app's button: '立即打开', '下载 App')
    r"(?:本报|本報|本刊|本站|会员|會員|全文|\s*app|客户端|客戶端)?(?:\s+(?:登录|登錄|登入|注册|註冊))?$"
    # a reader's money asked for otherwise: to support, sponsor or donate ('我要支持', '支持我們', 'Donate')
    r"|^(?:我要|立即|马上|馬上|现在|現在)?(?:支持|赞助|贊助|捐款|捐助)(?:我们|我們|本站|本报|本報|本刊|作者)?$"
    # (or to become one who does: '成為贊助者', '加入会员')
    r"|^(?:我要|立即|马上|馬上)?(?:成为|成為|加入)(?:赞助者|贊助者|赞助人|贊助人|支持者|付费会员|付費會員|会员|會員)$"
    r"|^(?:subscribe|sign up|sign in|log in|buy|donate|support us)(?: now| today)?$",
    re.IGNORECASE,
)
_SIGN_UP_FOR: Final = re.compile(r"(?:sign up|subscribe) (?:for|to) \S", re.IGNORECASE)
# a sign-up form's fine print ('By signing up, you will create a Medium account if you don't already have one. …')
SIGNUP_FINE_PRINT: Final = re.compile(
    r"by (?:signing up|subscribing|clicking (?:subscribe|sign up)),? you (?:will|agree|acknowledge|consent|accept)",
    re.IGNORECASE,
)
SIGNUP_FINE_PRINT_MAX_CHARS: Final = 300
# urged at once ('立即订阅', 'Subscribe now'), the call is a button as plain text too (a button with no link)
_URGED: Final = re.compile(  # (or for a price)
    r"^(?:立即|马上|馬上|现在|現在|[¥￥$]\s*\d|\d+(?:\.\d+)?\s*(?:元|块|塊))|(?:now|today)$", re.IGNORECASE
)
# one label, or a row of them ('打印本页 关闭窗口', '【打印】|【关闭】'), each maybe in brackets, in 30 characters; a row of
# English labels runs longer ('Scan to Follow Got It Scan with Weixin to use this Mini Program Cancel Allow': 75)
INTERFACE_ROW_MAX_CHARS: Final = 80
_INTERFACE_WORD: Final = (
    # (after a mark: '>> 点击查看更多', '🔊 听新闻', '🔴 直播中')
    rf"(?:>>|[▲▼►▶▸↓↑↻⟳»👉🔊🔴📢🎧])*\ufe0f?\s*[【\[]?(?:{_INTERFACE_WORDS})[】\]]?(?:\s*[>»›▸►▼↓↑→∨⌄˅]+)?"  # ('查看更多评论 >')
    # (a player's length after its control: '🎧 听全文 04:32', '（01:12:40）', '收聽 - 04:32', '收听新闻00:00 / 01:12')
    r"(?:\s*[-–—]?\s*[(（]?\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?[)）]?)?"
)
INTERFACE_LABELS: Final = re.compile(
    rf"^{_INTERFACE_WORD}(?:[\s|｜/·]*{_INTERFACE_WORD})*$",
    re.IGNORECASE,
)
# words that are a control only in a row of controls ('收藏 忽略主题 Tweet Facebook 感谢': a forum topic's thanks)
_ROW_ONLY_CONTROLS: Final = r"感谢|感謝|tweet|facebook"
_ANY_CONTROL: Final = rf"[▶►▸]?\s*[【\[]?(?:{_INTERFACE_WORDS}|{_CONTROL_WORDS}|{_ROW_ONLY_CONTROLS})[】\]]?"  # (a player's '▶ 00:00 / 04:18')
# a control with its count before or after it ('128 分享', '阅读 3.2万'); a row of them, counts and all
_CONTROL_COUNT: Final = r"[(（]?\d+(?:\.\d+)?\s*[万萬kKwW]?\+?[)）]?"  # ('赞(14)')
# (a review's votes: '有用(312)', '没用 3')
_COUNTED: Final = (
    rf"(?:{_CONTROL_COUNT}\s*)?(?:{_ANY_CONTROL}|阅读|閱讀|浏览|瀏覽|点赞|點讚|有用|没用|沒用)(?:\s*{_CONTROL_COUNT})?"
)
CONTROL_ROW: Final = re.compile(
    rf"^{_ANY_CONTROL}(?:[\s|｜/·]*{_ANY_CONTROL})+$|^{_COUNTED}(?:[\s|｜/·]*{_COUNTED})+$", re.IGNORECASE
)
# A row of a page's controls and counts with its pictographs ('💬 36条段评 ✏️ 214人划线', '👍 点赞 ⭐ 收藏 ↗️ 分享 ｜ 阅读
# 8,066', '全部评论（419） 最热 ｜ 最新'), or a quote card's figures with its button ('某某酒业 SH600000 1,512.30 -23.70
# (-1.54%) 去交易'): tokens each a control, a count, a pictograph or a ticker, no sentence
COUNTS_ROW_MAX_CHARS: Final = 60
_PICTOGRAPHS: Final = "[\U0001f300-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2190-\u21ff\u25b6\u25c0\ufe0f\u200d]"
_ROW_TOKEN_GAP: Final = re.compile(rf"(?:{_PICTOGRAPHS})+|[\s|｜·•/]+")
_HAS_PICTOGRAPH: Final = re.compile(_PICTOGRAPHS)
_COUNT_TOKEN: Final = re.compile(
    r"[(（]?[-+]?\d[\d,.]*%?[)）]?[万萬kKwW]?\+?(?:(?:条|條|人|次|个|個|则|則)[\u4e00-\u9fff]{1,3})?"
)
_TICKER_TOKEN: Final = re.compile(r"(?:SH|SZ|HK|BJ|US)?\d{5,6}|[A-Z]{1,5}\.[A-Z]{1,2}|(?:SH|SZ|HK)[A-Z0-9]{1,6}")
# the row's own words besides the controls' (a list's order, a quote card's button, a poll's answers)
_ROW_WORDS: Final = re.compile(
    r"最热|最熱|最新|最早|热门|熱門|按热度|按熱度|按时间|按時間|去交易|加自选|加自選|立即交易|有帮助|有幫助|没帮助|沒幫助",
    re.IGNORECASE,
)
_COUNTS_ROW_CONTROL: Final = re.compile(rf"{_COUNTED}|{_ROW_WORDS.pattern}", re.IGNORECASE)
_FIGURE_COMMA: Final = re.compile(r"(?<=\d),(?=\d)")  # ('8,066': a figure's, no clause's)


MENU_ROW_MIN_FIELDS: Final = 3
MENU_ROW_FIELD_MAX_CHARS: Final = 24
MENU_ROW_MEAN_MAX_CHARS: Final = 14


def menu_fields(text: str) -> list[str]:
    """A line's fields, set apart by bars, dots or wide gaps."""
    return [field for field in _FIELD_SEPARATOR.split(text.strip()) if field]


def menu_row_fields(text: str) -> int:
    """How many fields a line is a row of, set apart by bars, dots or wide gaps, when it reads as a page's row of
    menus, tools or a letter's issue ('新聞公報 ｜ 今日新聞 ｜ 新聞存檔 ｜ 繁 ｜ 简', '拾叶 · 第 112 封 · 散文'): three or
    more, each short (fourteen characters on average), no sentence among them; else 0. Where it stands decides (``body``):
    above the article, and not over rows of the same fields (a table's, written as text)."""
    if len(text) > PAGE_FIELDS_MAX_CHARS or _SENTENCE_PUNCTUATION.search(text):
        return 0
    fields = menu_fields(text)
    if len(fields) < MENU_ROW_MIN_FIELDS or any(len(field) > MENU_ROW_FIELD_MAX_CHARS for field in fields):
        return 0
    return len(fields) if sum(map(len, fields)) <= MENU_ROW_MEAN_MAX_CHARS * len(fields) else 0


PICTOGRAPH_ROW_MAX_CHARS: Final = 80
_OPENS_WITH_PICTOGRAPH: Final = re.compile(rf"\s*{_PICTOGRAPHS}")
_LEADING_PICTOGRAPHS: Final = re.compile(rf"^\s*(?:{_PICTOGRAPHS})+\s*")


def is_pictograph_row(text: str) -> bool:
    """Whether a line is a row of two fields or more set apart by bars, dots or wide gaps, each opened by a pictograph
    ('📌 收藏这篇，出发前再翻一遍 ｜ 🗺️ 文末附行程地图'): a page's row of tools and hints. Where it stands decides (``body``):
    beside the article."""
    if len(text) > PICTOGRAPH_ROW_MAX_CHARS or _HAS_PICTOGRAPH.search(text) is None:
        return False
    fields = [field for field in _PICTOGRAPH_FIELD_GAP.split(text.strip()) if field]
    return len(fields) >= 2 and all(_OPENS_WITH_PICTOGRAPH.match(field) for field in fields)


def is_counts_row(text: str) -> bool:
    """Whether a short line with no sentence is a row of controls and counts (``_ROW_CONTROL``, ``_COUNT_TOKEN``):
    with a pictograph or a control among them, and a count or two controls; a quote card may name its company once,
    beside two figures and its button. A row of years or figures alone is a table's and stays (and a count's colon,
    '阅读：8066', is a clause's mark here: such fields are ``_field_row_rule``'s)."""
    if len(text) > COUNTS_ROW_MAX_CHARS or _CLAUSE_MARKS.search(_FIGURE_COMMA.sub("", text)):
        return False
    if " " not in text.strip() and "\u3000" not in text and _HAS_PICTOGRAPH.search(text) is None:
        return False  # (one token and no pictograph: no row)

    tokens = [token for token in _ROW_TOKEN_GAP.split(text.strip()) if token]
    if len(tokens) < 2 and not (tokens and _HAS_PICTOGRAPH.search(text)):
        return False
    controls = counts = 0
    names: list[str] = []
    for token in tokens:
        if _COUNT_TOKEN.fullmatch(token) or _TICKER_TOKEN.fullmatch(token):
            counts += 1
        elif _COUNTS_ROW_CONTROL.fullmatch(token):
            controls += 1
        else:
            names.append(token)
    if names and not (len(names) == 1 and len(names[0]) <= 8 and controls and counts >= 2):
        return False
    return (controls > 0 or _HAS_PICTOGRAPH.search(text) is not None) and (counts > 0 or controls >= 2)


_TRAILING_ADDRESS: Final = re.compile(
    r"\s*[👉→➡:：]*\ufe0f?\s*(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?\s*$", re.IGNORECASE
)
# a switch between the site's scripts or languages ('简体 | 繁體', '选择语言版本 简体 繁體 English'): two names or more
_LANGUAGE_NAME: Final = (
    r"(?:简体|簡體|繁體|繁体|正體|正体)(?:中文|版)?|中文|english|日本語|한국어|français|español|deutsch|简|簡|繁|en|zh"
)
# A page's reading tools in a row: the font's size, the script, print or mail, the page's light ('字體：繁｜简　A- A+　🖨
# 列印', '字體：大 中 小　｜　背景：☀ 🌙　｜　簡體'), each token one of them, a label maybe before
_READING_TOOL_LABEL: Final = re.compile(
    r"^(?:字[体體号號級级型]|文字|字|语言|語言|版本|背景|主题|主題|模式)(?:大小)?[:：]"
)
_READING_TOOLS: Final = (
    (
        "font",
        re.compile(
            r"A[-+－＋]|[-+－＋]A|A{1,3}|[大中小]|(?:放大|缩小|縮小|重設|重设|默认|默認)(?:字体|字體)?", re.IGNORECASE
        ),
    ),
    ("script", re.compile(r"繁|简|簡|繁體|繁体|简体|簡體|正體|正体|中文|English|EN|中", re.IGNORECASE)),
    (
        "tool",
        re.compile(
            r"(?:友善)?(?:列印|打印|print)(?:本文|本頁|本页|此文)?|(?:电邮|電郵|email|e-mail|转寄|轉寄)|(?:朗读|朗讀|聆听|聆聽)",
            re.I,
        ),
    ),
    ("theme", re.compile(r"(?:夜间|夜間|日间|日間|护眼|護眼)(?:模式)?")),  # (its pictographs, '☀ 🌙', part the tokens)
)
READING_TOOLS_MIN_TOKENS: Final = 3


# where a copy of a chat or a feed had a picture, a video or a sticker, its kind in brackets or after its pictograph
# ('📷 Photo', '[图片]', '【視頻】', '🎬 Video')
MEDIA_PLACEHOLDER: Final = re.compile(
    rf"(?:[\[【(（]\s*(?:{_PICTOGRAPHS}\s*)*|(?:{_PICTOGRAPHS}\s*)+)"
    r"(?:photos?|pictures?|images?|videos?|gif|stickers?|图片|圖片|照片|视频|視頻|影片|动图|動圖|表情|贴图|貼圖)"
    r"(?:\s*[\]】)）])?",
    re.IGNORECASE,
)


def is_reading_tools_row(text: str) -> bool:
    """Whether a short line is a row of the page's reading tools (``_READING_TOOLS``) of two kinds or more: three
    tokens or more, each one of them ('大 中 小' alone may be a table's column of sizes)."""
    tokens = [_READING_TOOL_LABEL.sub("", token) for token in _ROW_TOKEN_GAP.split(text.strip())]
    tokens = [token for token in tokens if token]
    if len(tokens) < READING_TOOLS_MIN_TOKENS:
        return False
    kinds = [next((kind for kind, pattern in _READING_TOOLS if pattern.fullmatch(token)), None) for token in tokens]
    tools = set(kinds) - {None}
    if not tools or (len(tools) < 2 and None not in kinds):
        return False
    # each other token another control ('版面导航', '分享'): asked last, the whole rule chain for each
    return all(
        _text_rule_for(token, False) is not None for token, kind in zip(tokens, kinds, strict=True) if kind is None
    )


LANGUAGE_SWITCH: Final = re.compile(
    r"^(?:(?:选择|選擇|切换|切換)?(?:语言|語言|語系)(?:版本)?\s*[:：]?\s*|language\s*:?\s*)?"
    rf"(?:{_LANGUAGE_NAME})(?:\s*[|｜/／·•]?\s*(?:{_LANGUAGE_NAME}))+$",
    re.IGNORECASE,
)
# A player's, a platform's or an author card's controls and counts glued into one run of text by a page that lost its
# markup ('已关注关注重播分享赞关闭…退出全屏切换到竖屏全屏…00:00/02:48倍速', '2019.04.27 22:15:31字数 1,326阅读 2,205',
# '总资产12共写了4.6万字获得182个赞共45个粉丝'): the interface's words cover nearly all of it, and no sentence ends in it
_PLAYER_AND_CARD_WORDS: Final = (
    r"已关注|已關注|取消关注|取消關注|关注|關注|观看更多|觀看更多|更多|退出全屏|"
    r"切换到(?:竖屏|横屏)(?:全屏|模式)?|切換到(?:豎屏|橫屏)(?:全屏|模式)?|继续播放|繼續播放|进度条|進度條|百分之\d+|"
    r"时长|時長|分享视频|分享視頻|倍速播放中|(?:视频|視頻)(?:加载|加載)失败|(?:视频|視頻)(?:加載|加载)失敗|"
    r"您的(?:浏览器|瀏覽器)不(?:支持|支援)|字数|字數|阅读|閱讀|浏览|瀏覽|原创|原創|知道了|取消|允许|允許|"
    r"总资产|總資產|共写了|共寫了|万字|萬字|获得|獲得|个赞|個讚|个粉丝|個粉絲|粉丝|粉絲|共|"
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?|\d[\d,]*(?:\.\d+)?[万萬kKwW]?|[\s/|｜·,，:：()（）]+"
)
_GLUED_CONTROL: Final = re.compile(rf"{_PLAYER_AND_CARD_WORDS}|{_CONTROL_WORDS}|{_INTERFACE_WORDS}", re.IGNORECASE)
_GLUED_MARKERS: Final = (
    "关注",
    "關注",
    "分享",
    "赞",
    "讚",
    "全屏",
    "播放",
    "阅读",
    "閱讀",
    "字数",
    "字數",
    "粉丝",
    "粉絲",
)
GLUED_CONTROLS_MIN_CHARS: Final = 12
GLUED_CONTROLS_MAX_CHARS: Final = 300
GLUED_CONTROLS_LEFT_SHARE: Final = 0.2  # of the text's characters, not the interface's: an account's name, a stray word
GLUED_CONTROLS_MIN_WORDS: Final = 2


def is_glued_controls(text: str) -> bool:
    """Whether a line is an interface's controls and counts glued together (``_PLAYER_AND_CARD_WORDS``), with no
    sentence in it."""
    if "。" in text or "！" in text or "？" in text or not any(marker in text for marker in _GLUED_MARKERS):
        return False
    words = 0
    for match in _GLUED_CONTROL.finditer(text):
        if not match[0].strip(" /|｜·,，:：()（）0123456789.-"):
            continue  # (a count, a time or a separator between the words)
        words += 1
    if words < GLUED_CONTROLS_MIN_WORDS:
        return False
    left = _GLUED_CONTROL.sub("", text)
    return len("".join(left.split())) <= GLUED_CONTROLS_LEFT_SHARE * len("".join(text.split()))


CONTROL_WORD: Final = re.compile(rf"^[【\[]?(?:{_CONTROL_WORDS})[】\]]?$", re.IGNORECASE)
_AD_WORDS = r"广告|廣告|赞助内容|贊助內容|赞助商提供|贊助商提供|赞助|贊助|推广|推廣|品牌合作|商业合作|商業合作|合作推广|合作推廣|advert|advertisement|advertising|ad|ads(?: by google)?|sponsored(?: links| content)?|"
# (overseas outlets' labels: Malay, Vietnamese, French, Spanish, Portuguese, German, Italian, Thai, Tagalog)
_AD_WORDS += r"iklan|quảng cáo|publicité|publicidad|publicidade|anzeige|werbung|pubblicità|โฆษณา|patalastas"
# in brackets or between dashes too ('（廣告）', '【广告】', '- Advertisement -'), or two labels ('廣告 AD')
_AD_DECORATION: Final = (
    r"[\s(（\[【〔<《)）\]】〕>》\-—–·・|/*_]"  # (a Markdown label's emphasis left as text: '*广告*')
)
# an empty slot's placeholder too ('广告加载中…', 'Advertisement loading')
_AD_LOADING: Final = r"(?:\s*(?:加载中|加載中|载入中|載入中|loading)[.…。]*)?"
AD_LABELS: Final = re.compile(
    rf"^{_AD_DECORATION}*(?:{_AD_WORDS})(?:{_AD_DECORATION}+(?:{_AD_WORDS}))*{_AD_LOADING}{_AD_DECORATION}*$",
    re.IGNORECASE,
)
# An ad's copy written as a paragraph, its label in brackets opening or closing it ('（广告）城东家具城周年庆…', '[推广]
# …', '…限时八折。（广告）')
NATIVE_AD_MAX_CHARS: Final = 200
# (the episode's sponsor too: '【本期赞助】')
_BRACKETED_AD: Final = (
    r"[（(\[【〔]\s*(?:(?:本期|本集|本节目|本節目)(?=赞助|贊助))?(?:广告|廣告|推广|推廣|赞助|贊助)\s*[）)\]】〕]"
)
NATIVE_AD_HEAD: Final = re.compile(
    rf"{_BRACKETED_AD}\s*\S"
    # the label inline before a short offer that is no sentence ('Sponsored 澎湖跳島三日遊 早鳥優惠每人折千元')
    r"|(?:sponsored|advertisement)\s*[:：|｜·]?\s*[^\s，。！？,.;；:：]{2,}(?:\s+[^\s，。！？,.;；:：]+){0,4}$"
    r"|(?:广告|廣告|推广|推廣|赞助|贊助)(?:\s+|\s*[:：|｜·]\s*)[^\s，。！？,.;；:：]{2,}(?:\s+[^\s，。！？,.;；:：]+){0,4}$"
    # (set apart from its copy by a bar, the label heads any copy: '赞助 ｜ 「简历诊所」一对一简历修改，…')
    r"|(?:广告|廣告|推广|推廣|赞助|贊助|sponsored|sponsor)[*_]*\s*[|｜·•]\s*\S"
    # (any copy between the label and the shop's button: '▍广告　晨光牌保温饭盒，…，点击购买 >>')
    r"|(?:广告|廣告|推广|推廣)[*_]*[\s\u3000]+\S[^\n]{0,120}?(?:点击|點擊|立即|马上|馬上)?(?:购买|購買|下单|下單|抢购|搶購)"
    r"\s*(?:>>|》|→|>|›)?\s*$",
    re.IGNORECASE,
)
_AD_HEAD_MARKS: Final = "📢📣🔔▶►▍▌•·*_ \t"
# (or the end of the ad's span, marked as its start was: '… 立即查询 >> — End of sponsored content —', '…（广告结束）')
_AD_END: Final = (
    r"[—\-–=*·\s\[【(（]*(?:end of (?:the )?(?:sponsored content|sponsored post|advertisement|advertising|promotion)"
    r"|(?:广告|廣告|推广|推廣)\s*(?:结束|結束))[—\-–=*·\s\]】)）]*"
)
# the mark of an ad's end alone on its line, which closes the span its label opened ('—— 广告结束 ——')
AD_END_MARK: Final = re.compile(_AD_END, re.IGNORECASE)
NATIVE_AD_TAIL: Final = re.compile(rf"\S\s*(?:{_BRACKETED_AD}|{_AD_END})$", re.IGNORECASE)
NATIVE_AD_TAIL_CHARS: Final = 40
# the note that a sponsor paid for the story ('（本新聞由山海觀光協會贊助刊登）', '本文由某某品牌赞助播出')
SPONSOR_NOTE: Final = re.compile(
    r"^[（(【\[]?\s*(?:本(?:新闻|新聞|文|篇|内容|內容|报道|報導|节目|節目|专题|專題|版)|此(?:文|内容|內容))"
    r"(?:由|获|獲)[^。！？，,]{1,24}(?:赞助|贊助|冠名)(?:刊登|刊出|播出|发布|發布|提供|制作|製作)?\s*[)）】\]]?[。.]?$"
    # (or a column's, a programme's or a fund's support: '本文由“青少年科学实践”专栏支持')
    r"|^[（(【\[]?\s*本(?:文|篇|节目|節目|专题|專題|报道|報導)(?:由|获|獲)[^。！？，,]{1,24}(?:专栏|專欄|栏目|欄目|计划|計劃|项目|項目|基金会?|基金會)"
    r"[”」\"]?\s*(?:支持|资助|資助)(?:刊登|刊出|播出|发布|發布|制作|製作)?\s*[)）】\]]?[。.]?$"
)


# a promotion's button after an arrow closing its line ('→ 立即体验', '👉 马上领取'), no sentence before it
CALL_TO_ACTION_MAX_CHARS: Final = 80
_ACTION: Final = (
    r"(?:立即|马上|馬上|现在|現在|免费|免費|点击|點擊)(?:体验|體驗|下载|下載|报名|報名|购买|購買|领取|領取|试用|試用"
    r"|预约|預約|参与|參與|抢购|搶購|测试|測試|查询|查詢|开通|開通|订阅|訂閱)"
)
# (or the button in brackets: '…首月只要1元，隨時可取消 ［立即訂閱］')
CALL_TO_ACTION_TAIL: Final = re.compile(
    rf"(?:(?:[→👉»]|>>?)\s*{_ACTION}\s*[!！>»]*|[［\[【]\s*{_ACTION}\s*[］\]】])\s*$"
)
_STATED_MID: Final = re.compile(r"[。！？!?](?=.)")  # (a sentence's end before the line's own end)


# a sponsor's pitch with its code ('輸入折扣碼 XIANGKOU 享全館八五折', 'use promo code CITY20'), or a list of links
# the post earns from ('本集使用的工具清單（含聯盟連結）'): an ad in the article's place
AD_COPY: Final = re.compile(
    r"(?:优惠码|優惠碼|折扣码|折扣碼|折价码|折價碼|兑换码|兌換碼|coupon code|promo code|discount code)\s*[:：]?\s*[「“\"]?[A-Z0-9]{3,}"
    r"|(?:含|内含|內含|包含|均为|均為|皆為|皆为)(?:联盟|聯盟|推广|推廣|分润|分潤|返利|佣金)(?:链接|連結|連接)|affiliate links?\b",
    re.IGNORECASE,
)
AD_COPY_MAX_CHARS: Final = 120
# (the words each of them needs, looked for first: most blocks have none)
_AD_COPY_WORD: Final = guarded(re.compile(r"[码碼链連]|code|affiliate", re.IGNORECASE))
_FOLLOW_WORD: Final = guarded(re.compile(r"[追關关訂订]|follow", re.IGNORECASE))
# a line of the channels to follow, after the ask ('追蹤我們：Instagram @… ｜ Facebook 粉絲專頁「巷口電台」')
FOLLOW_LINKS: Final = re.compile(
    r"^\W{0,3}(?:追蹤|追踪|關注|关注|訂閱|订阅|follow)\s*(?:我們|我们|us)\s*[:：]\s*[^。！？]{0,60}?"
    r"(?:instagram|facebook|ig\b|fb\b|line\b|youtube|twitter|threads|微博|公众号|公眾號|粉絲專頁|粉丝专页|小红书|小紅書|抖音)",
    re.IGNORECASE,
)


def _is_native_ad(text: str) -> bool:
    """A block that is an ad's copy under or after its label (``NATIVE_AD_HEAD``, ``NATIVE_AD_TAIL``): looked for at
    the block's two ends only, and only when it holds an ad word."""
    if not ("广" in text or "廣" in text or "赞" in text or "贊" in text or ("本" in text[:4] and "支持" in text[-8:])):
        lowered = f"{text[:16]} {text[-NATIVE_AD_TAIL_CHARS:]}".lower()
        if "sponsored" not in lowered and "advertis" not in lowered and "promotion" not in lowered:
            return False
    stripped = text.strip().lstrip(_AD_HEAD_MARKS)  # (a mark before the label: '📢 广告 | …', '*广告* · …')
    return (
        NATIVE_AD_HEAD.match(stripped) is not None
        or NATIVE_AD_TAIL.search(stripped[-NATIVE_AD_TAIL_CHARS:]) is not None
        or SPONSOR_NOTE.match(stripped) is not None
    )


# A label, then a short list of words: a keyword group that lost its class name ('标签：…', 'Topics: …').
# Two or more hashtags and nothing else ('#时局 #BRI #protest'): the same group, written as hashtags.
# (a tag is short and no sentence: Weibo's '#话题#' closes its tag, and what follows it is the post's text)
_HASHTAG: Final = r"[#＃][^\s#＃，,。；;：:]{1,30}"
HASHTAG_LINE: Final = re.compile(rf"^(?:(?:{_HASHTAG}[#＃]\s*)+|(?:{_HASHTAG}\s*){{2,}})$")
KEYWORD_LINE: Final = re.compile(
    r"^(?:文章|相关|相關|本文)?(?:(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字|主题词|主題詞|tags?|keywords?)(?:\s*[:：]\s*|\s+)"
    r"|(?:backlinks|反向链接|反向鏈接|linked mentions)\s*[:：]\s*"
    # the label in brackets ('【关键词】…')
    r"|[【\[〖]\s*(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字|主题词|主題詞|tags?|keywords?)\s*[】\]〗]\s*[:：]?\s*"
    r"|(?:话题|話題|topics?)\s*[:：]\s*"
    r"|labels?\s*:\s*"  # (Blogger's: 'Labels: minutes')
    # a site's searches ('大家都在搜：兰溪天气 兰溪二手房'; not '热搜：…', which may open a sentence)
    r"|(?:大家都在搜|热门搜索|熱門搜尋|热门搜寻|热搜词|熱搜詞|相关搜索|相關搜尋|相关搜寻|猜你想搜|热门标签|熱門標籤|热词|熱詞|热门词|熱門詞|热点词|熱點詞)\s*[:：]\s*)\S",
    re.IGNORECASE,
)
# The section a post is filed in ('分类：财经 / 外贸', 'Filed under: Travel'): a keyword line as a paragraph of its own
# (in a list, '分类：专业' is a field of the article's items)
CATEGORY_LINE: Final = re.compile(
    r"^(?:文章)?(?:分类|分類|栏目|欄目|categor(?:y|ies)|filed under)\s*[:：]\s*\S", re.IGNORECASE
)


# The label of a site's own notice opening a paragraph ('更正政策：…', '投資警語：…', '【活动预告】…', '我们正在招聘：…'),
# or a heading of that name alone ('免责声明'): the site speaking of itself after the article, not the article. (A
# correction, '更正：…', is the article's.)
_NOTICE_LABEL: Final = (
    r"免责声明|免責聲明|特别声明|特別聲明|版权声明|版權聲明|重要声明|重要聲明|声明|聲明|风险提示|風險提示|风险警示|風險警示|"
    r"投资警语|投資警語|更正政策|编辑准则|編輯準則|编辑方针|編輯方針|活动预告|活動預告|活动报名|活動報名|"
    r"(?:我们|我們)?正在招聘|招聘|诚聘|誠聘|征稿启事|徵稿啟事|征稿|徵稿|投稿须知|投稿須知|订阅须知|訂閱須知|读者须知|讀者須知|"
    # (the rules for writing in: '写信须知' under a mayor's mailbox, '留言须知' over a comment box)
    r"写信须知|寫信須知|来信须知|來信須知|留言须知|留言須知|评论须知|評論須知|发帖须知|發帖須知|提问须知|提問須知|"
    r"关于我们|關於我們|关于本站|關於本站|本站简介|本站簡介|网站简介|網站簡介|本站公告|联系我们|聯繫我們|聯絡我們"
)
CLOSING_NOTICE: Final = re.compile(
    rf"^\s*(?:[【\[]\s*(?:{_NOTICE_LABEL})\s*[】\]]\s*[:：]?|(?:{_NOTICE_LABEL})\s*[:：])\s*\S"
)
# the site's notices that may open the page too, above the article ('免责声明：本文内容来源于网络公开资料，仅供参考…')
OPENING_NOTICE: Final = re.compile(
    r"^\s*[【\[]?\s*(?:免责声明|免責聲明|风险提示|風險提示|风险警示|風險警示|投资警语|投資警語|特别声明|特別聲明)\s*[】\]]?\s*[:：]\s*\S"
)
# (a heading in English too: 'Disclaimer' over the site's notice; a line 'Disclaimer: …' may be an editor's disclosure)
CLOSING_NOTICE_HEADING: Final = re.compile(
    rf"^\s*[【\[]?\s*(?:{_NOTICE_LABEL}|[Dd]isclaimer|DISCLAIMER)\s*[】\]]?\s*[:：]?\s*$"
)


# Where the post was first published or copied from, said of the post itself ('本文最初发布于…', '本文首發於…',
# '本文经授权转载自微信公众号…', 'Originally published at …', 'Continue reading on Medium »'): the post's note on
# its own history, at its top or its end
FIRST_PUBLISHED_NOTE: Final = re.compile(
    r"^[\s*_（(\[【>—–-]*(?:本文|此文|这篇文章|這篇文章|原文|文章)?[^。！？，,]{0,8}?"
    r"(?:(?:最初|首先|最早|首)(?:发布|發布|发表|發表|发|發|刊登|刊载|刊載|出现|出現)(?:于|於|在)"
    r"|(?:经|經)?(?:授权|授權)?(?:同步|转载|轉載|转自|轉自|转发|轉發|搬运|搬運)(?:自(?!己)|于|於)"  # ('他转发自己的旧文')
    r"|(?:同步|转载|轉載)(?:到|至|在)|同步(?:刊登|刊出|发表|發表|发布|發布|刊载|刊載)(?:于|於|在))"
    # ('本文原载于《长桥评论》英文版', '本文原刊於…'; '这首诗原载于…' is the article's)
    # ('本文由作者授權轉載', '本文经作者授权发布')
    r"|^[\s*_（(\[【>—–-]*(?:本文|此文|本篇)(?:经|經|由)[^。！？，,]{0,10}(?:授权|授權)(?:转载|轉載|刊登|刊出|发布|發布)"
    # (who the writer is first: '本文作者系“小城书事”公众号主理人，文章经授权转载。')
    r"|^[\s*_（(\[【>]*(?:本文)?作者(?:系|为|為|是)[^。！？]{2,40}[，,]\s*(?:本文|文章|此文)(?:已)?(?:经|經)(?:作者)?(?:授权|授權)"
    r"(?:转载|轉載|发布|發布)"
    r"|^[\s*_（(\[【>]*(?:本文|此文|本篇|这篇文章|這篇文章)?原(?:载|載|刊|刊载|刊載|发|發|发表|發表|刊登)(?:(?:于|於|在)|(?=\s*《))"
    # ('原文刊载于《基层治理评论》2021年第3期')
    r"|^[\s*_（(\[【>]*原文(?:刊载|刊載|发表|發表|刊登|首发|首發)(?:于|於|在)"
    # ('本文刊载于《坐标》2025年第7期': the issue it was printed in)
    r"|^[\s*_（(\[【>]*(?:本文|此文|本篇)(?:刊载|刊載|刊登|刊发|刊發|发表|發表)(?:于|於|在)\s*《[^《》]{1,20}》[^。！？，,]{0,16}[)）]?\s*[。.]?$"
    # ('本文来自微信公众号：…', '（本文来自理财周报网）', '本文节选自《…》一书')
    r"|^[\s*_（(\[【>]*(?:本文|此文|本篇)\s*(?:(?:来自|來自)\s*(?=微信|公众号|公眾號|[:：《「“]"
    r"|[^\s，。,]{2,12}(?:网|網|报|報|社|刊|杂志|雜誌|平台|频道|頻道)\s*[)）]?\s*$"
    # (its writer after it: '（本文来自南岸时报，作者：许晴）')
    r"|[^\s，。,]{2,12}(?:网|網|报|報|社|刊|杂志|雜誌|平台|频道|頻道)[，,]\s*(?:作者|记者|記者|文|编辑|編輯)\s*[:：]\s*"
    r"[^\s，。,()（）]{1,12}\s*[)）]?\s*$)|选自|選自|摘编自|摘編自|节选自|節選自)"
    # a translation's note of the language it was written in ('本文原以英文发表'), a repost's original title
    r"|^[\s*_（(\[【>]*(?:本文|此文|原文)(?:原|最初)?以[\u3400-\u9fff]{1,4}(?:发表|發表|刊登|刊出|写成|寫成|撰写|撰寫)"
    r"|^[\s*_（(\[【>]*(?:原标题|原標題|原文标题|原文標題|原题|原題)\s*(?:[:：]|为|為)"
    # a translation's note of its original and its translator ('本文译自…', '本文为…的中文翻译版本', '（本文由叶青翻译，仅代表
    # 原作者观点。）', '本文经原作者授权翻译', 'Translated with permission.', 'Original: …')
    r"|^[\s*_（(\[【>]*(?:本文|此文|本篇|全文)?(?:译自|譯自|翻译自|翻譯自|编译自|編譯自|节译自|節譯自)"
    r"|^[\s*_（(\[【>]*(?:本文|此文|本篇)(?:为|為|是)[^。！？]{0,60}?(?:翻译|翻譯|译文|譯文|译本|譯本|中译|中譯)"
    r"|^[\s*_（(\[【>]*(?:本文|此文|本篇)(?:由|经|經)[^。！？，,]{1,16}?(?:翻译|翻譯|编译|編譯)(?:[，,。）)]|\s*$)"
    r"|^[\s*_(\[>]*(?:(?:原文\s*)?original(?: article| text| post| essay)?\s*[:：]|translated (?:with permission|by|from)\b"
    r"|interview conducted (?:by|via|over)\b)"
    r"|^[\s*_(\[]*(?:this (?:post|article|piece|essay|story) (?:was |is )?(?:originally|first) (?:published|posted|appeared)"
    # ('This essay also appears in issue 412 of …', 'This article was translated with AI assistance')
    r"|this (?:post|article|piece|essay|story) (?:also )?appears? in\b"
    r"|this (?:post|article|piece|essay|story) (?:was|has been) (?:machine[- ])?translated (?:with|by|using|from)\b"
    r"|originally (?:published|posted) (?:at|on|in)|first (?:published|posted) (?:at|on|in)|cross-?posted (?:from|to|on)"
    r"|continue reading on \S)",
    re.IGNORECASE,
)
# A sentence that asks the reader to act for the outlet or the writer: it opens with the ask (maybe after a polite word
# or an 'if you liked it'): follow, subscribe, like, share, scan, join, tip ('关注青禾城事，发现身边的小城故事', '欢迎在评论区
# 留言分享', '如果喜欢，请我喝杯咖啡', 'Like this post? Buy me a coffee'). Words of asking amid a sentence are the
# article's ('我们将继续关注石溪河的情况', '结果订阅收入反而上升了').
_PLEA_VERB: Final = (
    # ('请关注我们的后续报道' asks the reader to watch the news, as the article's own close)
    r"(?:(?:关注|關注)(?![^。！？，,]{0,5}(?:后续|後續|进展|進展|报道|報導|动态|動態|事态|事態))|追蹤|订阅|訂閱|点赞|點讚|點贊|点个|點個|按(?:个|個)?(?:赞|讚|贊)|转发|轉發|转寄|轉寄|分享|扫码|掃碼|扫描|掃描|长按|長按|加入|进群|進群|"
    r"赞赏|讚賞|打赏|打賞|请我|請我|請我們|请我们|请作者|請作者|支持|一键三连|一鍵三連|捐助|捐款|資助|资助|贊助|赞助|(?i:buy (?:me|us) a coffee)"
    r"|(?i:star (?:us|this (?:repo|project))|give us a star)|(?:点|點)(?:个|個)?(?:星|star)"
    r"|(?i:like|follow)(?=\s*(?:我们|我們|本|[\u4e00-\u9fff]{0,6}(?:专页|專頁|粉丝页|粉絲頁))))"
)
# an outlet telling its readers it lives on their money, in the sentences around its ask ('街燈傳媒是一間由讀者支持的獨立媒
# 體', '我們沒有大財團支持，也不設付費牆', '每月一百元，就能讓我們繼續…'): part of the plea
_FUNDED_BY_READERS: Final = re.compile(
    r"(?:由|靠)(?:读者|讀者|你们|你們|您|大家)[^。！？!?]{0,6}(?:支持|资助|資助|赞助|贊助|捐助|捐款|订阅|訂閱)"
    r"|(?:不接受|没有|沒有|不依赖|不依賴|不设|不設)[^。！？!?]{0,8}(?:资助|資助|财团|財團|广告|廣告|置入|业配|業配|付费墙|付費牆)"
    r"|(?:小额|小額)(?:捐款|赞助|贊助)|(?:每月|每個月|每个月)[^。！？!?]{0,6}(?:元|块|塊)[^。！？!?]{0,4}"
    r"(?:就能|便能|即可|就可以|[，,]\s*(?:让|讓)(?:我们|我們))"
    r"|(?:写作|寫作|原创|原創|码字|碼字)不易"
)
_PLEA_SENTENCE: Final = re.compile(
    # (after a question had: '有問題歡迎在下方留言')
    r"^[^\w]*(?:更多[^。！？!?，,]{0,6}?[，,]?\s*)?(?:有(?:任何)?(?:问题|問題|疑问|疑問|想法|建议|建議)[，,]?\s*)?"
    # (after what the plea's writers are: '我們是一群志工譯者，歡迎透過小額贊助支持我們…', or what writing costs them)
    r"(?:(?:我们|我們)[^。！？!?，,]{1,16}[，,]\s*|[^。！？!?，,]{0,4}不易[，,！!]\s*)?"
    # (or joined by 就: '觉得有用就点个赞吧')
    # (or after its question: '觉得有用？可以请我喝杯咖啡')
    r"(?:(?:(?:如果|若是|若|喜欢|喜歡|觉得|覺得)[^。！？!?]{0,16}(?:[，,？?]\s*|就)(?:(?:欢迎|歡迎|请|請|可以|不妨)[^。！？!?，,]{0,8}?)?)"
    r"|(?:欢迎|歡迎|请|請|记得|記得|别忘了|別忘了|不妨|快来|快來|顺手|順手|动动手指|動動手指|(?:也)?可以(?=请|請))[^。！？!?，,]{0,8}?)"
    rf"(?:点此|點此|点击|點擊|按此)?(?:{_PLEA_VERB}|投稿|投书|投書|留言)"
    # (the news itself in need of the reader: '在地新聞需要你的支持。')
    r"|^[^\w]*[^。！？!?，,]{0,6}(?:新闻|新聞|媒体|媒體|报道|報導|我们|我們|本站|本台|本刊|记者|記者)[^。！？!?，,]{0,4}"
    r"需要(?:你|您|大家|各位|读者|讀者)(?:的)?(?:支持|资助|資助|赞助|贊助)"
    # a tip jar's plea ('坚持原创技术分享，您的支持将鼓励我继续创作！')
    r"|^[^\w]*(?:坚持原创[^。！？!?，,]{0,8}[，,]\s*)?(?:您|你)的(?:支持|打赏|打賞|赞赏|讚賞|鼓励|鼓勵)(?:将|將|会|會)?(?:鼓励|鼓勵|是)"
    # a project's thanks to its contributors, by the all-contributors convention ('感谢所有贡献者！本项目遵循
    # all-contributors 规范，欢迎任何形式的贡献。', 'This project follows the all-contributors specification.')
    r"|^[^\w]*(?:(?:感谢|感謝)所有(?:贡献者|貢獻者)[！!]?\s*)?(?:本项目|本項目|this project)\s*(?:遵循|遵守|follows)"
    r"[^。！？!?]{0,8}all-contributors"
    # a platform's tip box ('小礼物走一走，来简书关注我', '还没有人赞赏，支持一下')
    r"|^[^\w]*(?:小礼物走一走|小禮物走一走|(?:还|還)没有人(?:赞赏|讚賞)|(?:还|還)沒有人(?:赞赏|讚賞))"
    # the account starred, so its posts come first ('把“某某体育周报”设为星标★，…')
    r"|^[^\w]*把\s*[“「\"《]?[^。！？!?，,]{1,20}?[”」\"》]?\s*(?:设为|設為|设成|設成|标为|標為)(?:星标|星標)"
    # the reactions asked for, listed ('在看、转发、点赞，三连支持一下数据君吧~')
    r"|^[^\w]*(?:在看|转发|轉發|点赞|點讚|分享|收藏|关注|關注)(?:[、,，/\s]+(?:在看|转发|轉發|点赞|點讚|分享|收藏|关注|關注)){1,4}"
    r"(?:[，,！!~～]|$)"
    # more news elsewhere: the site's pointer to itself ('☆ 更多新聞請見中台灣時報網站 ☆')
    r"|^[^\w]*更多(?:新闻|新聞|资讯|資訊|内容|內容|精彩|文章|报道|報導)[^。！？!?，,]{0,4}?(?:请|請)?"
    r"(?:见|見|看|上|到|浏览|瀏覽|访问|訪問|登入|登录|登錄|点击|點擊)"
    # ('更多年菜食譜，請看東灣日報「好食專區」'): more of anything, then where to read it, asked
    r"|^[^\w]*更多[^。！？!?，,]{1,10}[，,]\s*(?:请|請)(?:见|見|看|上|到|浏览|瀏覽|访问|訪問|点击|點擊|关注|關注|下载|下載)"
    r"(?=[^。！？!?]{0,20}(?:网|網|报|報|刊|台|专区|專區|专栏|專欄|频道|頻道|app|客户端|客戶端|公众号|公眾號|官网|官網|站))"
    # a project's asks: a star for its repository, its users' group ('如果墨记对你有帮助，欢迎到 GitHub 给我们点个 Star',
    # '加入用户交流群（QQ 群 813 204 559），或者到论坛反馈。')
    r"|^[^\w]*[^。！？!?]{0,30}(?:给|給)(?:我们|我們|本项目|本項目|项目|項目|仓库|倉庫)?(?:点|點)(?:个|個|一个|一個)?\s*star"
    r"|^[^\w]*(?:欢迎|歡迎)?加入[^。！？!?，,]{0,12}(?:交流群|用户群|用戶群|读者群|讀者群|粉丝群|粉絲群|qq\s*群|微信群|群组|群組"
    r"|discord|telegram\s*(?:群|频道|頻道))"
    # a letters page's address ('讀者來信請寄：…')
    r"|^[^\w]*(?:读者来信|讀者來信|来稿|來稿|投稿|投书|投書)(?:请|請)(?:寄|寄至|寄到|发至|發至|投)"
    # the ask alone, short as a command is, then a comma, an exclamation or nothing ('关注青禾城事，…', '扫码加入周末亲子群'):
    # '關注團體正收集居民簽名' reports, '分享会将于周六举行。' names a talk
    # (after the column's tag and its schedule: '【双语阅读】每周更新，关注东湾日报公众号，…')
    rf"|^[^\w]*(?:【[^】]{{1,10}}】\s*)?(?:每[周週天日月][^。！？!?，,]{{0,6}}[，,]\s*)?"
    rf"(?:立即|马上|馬上)?(?:(?:点击|點擊)(?:右上角|右下角|下方|左下角))?{_PLEA_VERB}(?![会會](?![员員])|[者度量数數率权權人点點])"
    # (the publication named: '订阅《财经观察》每日早报，每天早上7点送达你的邮箱。')
    r"(?:(?:我们的|我們的)?[《“「][^》”」]{1,20}[》”」])?[^。！？!?，,:：|｜]{0,8}(?:[，,！!~～:：|｜]|吧|$)"
    # a platform's way to reward the writer ('也可以在 LikeCoin 上为我拍手', '欢迎给作者充电')
    r"|^[^\w]*也?(?:可以|欢迎|歡迎|请|請)?(?:在\s*[^。！？!?，,]{1,12}?\s*上)?\s*(?:为|為|给|給)(?:我|我们|我們|作者|本文)"
    r"(?:拍手|按讚|按赞|点赞|點讚|打赏|打賞|充电|充電)"
    # ('成為田頭贊助人'): the button's words, to join those who pay
    r"|^[^\w]*(?:立即|马上|馬上)?(?:成为|成為)[^。！？!?，,]{1,8}(?:赞助人|贊助人|支持者|会员|會員|订户|訂戶)[！!]?$"
    # (after a question to the reader: 'Enjoy local news like this? Subscribe to …')
    r"|^[^\w]*(?:if [^.!?]{0,60},\s*|(?:enjoy|like|liked|love|loved)[^.!?]{0,40}\?\s*)?(?:please\s+|you can\s+|you could\s+|feel free to\s+)?(?:(?:consider\s+)?"
    r"(?:subscribing|supporting)|subscribe|follow (?:me|us)|share (?:this|it)|buy (?:me|us) a coffee|support (?:the|this|my|our|independent|local)"
    r"|leave a comment|star (?:it|the|my)|clap|sign up|mint this|collect this|forward (?:this|it)(?: email| newsletter| issue| post| letter)? to"
    r"|join (?:@\w+|our (?:channel|group|community|newsletter)))\b"
    # the button to press to write to the writer ('点击「写信」按钮给专栏作者留言')
    r"|^[^\w]*(?:点击|點擊)[^。！？!?，,]{0,12}(?:按钮|按鈕|这里|這裡|此处|此處|下方)[^。！？!?，,]{0,10}(?:留言|写信|寫信|投稿|来信|來信)",
    re.IGNORECASE,
)
SENTENCE: Final = re.compile(r"[^。！？!?\n]+[。！？!?]*")
READER_PLEA_MAX_CHARS: Final = 200
PLEA_QUESTION_MAX_CHARS: Final = 20  # a short question before the ask is its ('喜歡我們的音樂？', 'Like this post?')


_OUTLET_SPEAKS: Final = re.compile(r"我们|我們|本报|本報|本台|本刊|本站")
# the outlet's news of its own new account before the ask to join it ('東灣日報LINE官方帳號上線了！加入好友，…')
_ACCOUNT_LAUNCHED: Final = re.compile(
    r"(?:帐号|帳號|账号|频道|頻道|公众号|公眾號|群组|群組|社群|app|APP|小程序)(?:正式)?(?:上线|上線|开通|開通|开张|開張)(?:了|啦|囉)?"
)


def is_reader_plea(text: str) -> bool:
    """Whether a short block is mostly sentences that ask the reader to act (``_PLEA_SENTENCE``), a short question
    before one of them counted with it: a closing plea for the outlet (``body`` weighs it only after the article's
    last prose)."""
    text = text.strip()
    if len(text) > READER_PLEA_MAX_CHARS:
        return False
    sentences = [sentence.group().strip() for sentence in SENTENCE.finditer(text)]
    asks = [_PLEA_SENTENCE.match(sentence) is not None for sentence in sentences]
    if not any(asks) and not (
        # (the outlet in the first person, living on its readers' money, in two sentences: the ask is implied,
        # '每月一百元，就能讓我們繼續…')
        _OUTLET_SPEAKS.search(text) and sum(1 for sentence in sentences if _FUNDED_BY_READERS.search(sentence)) >= 2
    ):
        return False
    asking = 0
    for i, sentence in enumerate(sentences):
        question = sentence.endswith(("？", "?")) and len(sentence) <= PLEA_QUESTION_MAX_CHARS * (
            2 if sentence.isascii() else 1  # (words of letters are longer: 'Enjoying The Morning Ledger?')
        )
        announces = _ACCOUNT_LAUNCHED.search(sentence) is not None and i + 1 < len(sentences) and asks[i + 1]
        if (
            asks[i]
            or (question and i + 1 < len(sentences) and asks[i + 1])
            or announces
            or _FUNDED_BY_READERS.search(sentence)
        ):
            asking += len(sentence)
    return 5 * asking >= 3 * len("".join(sentences))


def is_category_line(text: str) -> bool:
    return len(text) <= 200 and CATEGORY_LINE.match(text) is not None and _lists_keywords(text)


# A line of the publication's back issues by their titles alone ('往期回顾：《…》《…》'), their links lost
BACK_ISSUES_LINE: Final = re.compile(
    r"^[【\[]?(?:往期|往期回顾|往期回顧|往期推荐|往期推薦|往期精选|往期精選|往期文章|往期阅读|往期閱讀|精彩回顾|精彩回顧)"
    r"[】\]]?\s*(?:[:：]?\s*(?:《[^《》]{1,40}》[\s、，,|｜/／]*){1,}"
    # (titles bare, after the label's colon, each on its line: '往期推荐： 县城夜市十大必吃 端午的粽子，你站咸派还是甜派？')
    r"|[:：]\s*(?:[^\s。《》]{2,40}(?:\s+|$)){1,8})$"
)
# Readers' rating of the post ('這道食譜好吃嗎？ ★★★★★ （128 人評分）', '4.6/5 (212 ratings)'): its count of raters
# tells it from a review's own stars ('口味：★★★★☆')
RATING_WIDGET: Final = re.compile(
    r"^(?:[^。！？!?]{0,30}[？?]\s*)?(?:[★☆✩✭⭐]{3,}\s*)?(?:\d(?:\.\d)?\s*(?:/\s*5|分|顆星|颗星)?\s*)?"
    r"[（(]?\s*(?:共\s*)?\d[\d,]*\s*(?:人|位|则|則|条|條|个|個)?\s*(?:评分|評分|打分|评价|評價|votes?|ratings?)\s*[)）]?$"
    # (or the readers' score after its label: '★★★★☆ 网友评分 8.6')
    r"|^(?:[★☆✩✭⭐]{3,}\s*)?(?:网友|網友|读者|讀者|用户|用戶|综合|綜合|平均)(?:评分|評分)\s*[:：]?\s*\d{1,2}(?:\.\d)?\s*"
    r"(?:分|/\s*10|/\s*5)?(?:\s*[（(]\s*\d[\d,]*\s*(?:人|位|条|條|则|則|个|個)?\s*(?:评价|評價|评分|評分|ratings?)\s*[)）])?$"
    # (or before it, as a widget sets its figure over its label: '4.8 综合评分')
    r"|^\d{1,2}(?:\.\d)?\s*分?\s*(?:网友|網友|读者|讀者|用户|用戶|综合|綜合|平均)(?:评分|評分)$",
    re.IGNORECASE,
)

_MONTHS: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH: Final = rf"(?:{'|'.join(_MONTHS)})[a-z]*\.?"
_WEEKDAY: Final = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*"
# the site's pager: '上一篇：…', 'Next article: …' ('Next: the vote' is prose: English needs the noun)
ADJACENT_POST_LINK: Final = re.compile(
    r"^[←→«‹<◀◁\s]*(?:(?:上一篇|下一篇|上一則|下一則|上一条|下一条|上一條|下一條|前一篇|后一篇|後一篇|上一页|下一页|上一頁|下一頁"
    r"|上一期|下一期|上一集|下一集|上一章|下一章|上一回|下一回|上一首|下一首|上一节|下一节|上一節|下一節|上一讲|下一讲|上一講|下一講)"
    r"(?:\s*(?:文章|新闻|新聞|评论|評論|报道|報導))?|(?:previous|next|prev)\s+(?:post|article|story|entry))\s*[:：]",
    re.IGNORECASE,
)
# an article's own pager, split over pages: '第1页 2 3 下一页', '上一頁 [1] [2] [3] 下一頁', '« Prev 1 2 Next »'
_PAGE_WORD: Final = (
    r"上一?[页頁]|下一?[页頁]|首[页頁]|尾[页頁]|末[页頁]|(?:本文|本篇|全文)?[第共]\s*\d+\s*[页頁]|"
    # (a serial's chapters, its contents between them: '上一章 ｜ 目錄 ｜ 下一章')
    r"上一[章节節回集]|下一[章节節回集]|(?<=[|｜\s])(?:目录|目錄)(?=[|｜\s])|"
    # the page's choice of reading it whole or by pages ('分页阅读', '当前为全文阅读模式')
    r"(?:(?:当前|當前)(?:为|為|是)?)?(?:(?:阅读|閱讀|显示|顯示)?全文|[分单單][页頁])(?:阅读|閱讀)?(?:模式)?|"
    r"previous|prev|next|first|last"
)
_PAGER_TOKEN: Final = re.compile(rf"(?:{_PAGE_WORD}|\d+)", re.IGNORECASE)
PAGER_LINE: Final = re.compile(
    rf"^(?:[\s\[\]【】()（）|｜·.…<>«»‹›/／，,]*(?:{_PAGE_WORD}|\d+))+[\s\[\]【】()（）|｜·.…<>«»‹›/／]*$",
    re.IGNORECASE,
)
_PAGER_WORD: Final = re.compile(_PAGE_WORD, re.IGNORECASE)
# a scraped page's mark where the next page began, between dashes ('— 第2页 —'): '第2页' alone is a reference
_PAGE_BREAK_MARK: Final = re.compile(r"[—\-–─=~～\s]*[—\-–─=~～]\s*第\s*\d+\s*[页頁]\s*[—\-–─=~～][—\-–─=~～\s]*")


# the previous and next post's names between the arrows that lead to them ('« Vol.22 | Vol.24 »', '‹ 第三集 · 第五集 ›')
# (or the days before and after, apart by a gap: '◀ 5月19日　　5月21日 ▶')
_ARROW_PAGER: Final = re.compile(
    r"[«‹←◀◁]\s*[^|｜·«»‹›←→◀◁▶▷。！？]{1,30}?(?:\s*[|｜·]\s*|\s+)[^|｜·«»‹›←→◀◁▶▷。！？]{1,30}?\s*[»›→▶▷]"
)


# a text split over pages: the page's heading with its count, the note that the text goes on on the next page
# ('第七十三章 末班车上的旧雨伞（第2/2页）', '（本章未完，请点击下一页继续阅读）')
_SPLIT_PAGE_NOTE: Final = re.compile(
    r"[^。！？!?]{0,40}?\s*[（(]第\s*\d{1,3}\s*[/／]\s*\d{1,3}\s*[页頁][）)]"
    r"|[（(]?(?:本章|本文|本篇|本节|本節)(?:未完|没完|沒完)[，,]?\s*(?:请|請)?(?:点击|點擊|翻到|翻至)?下一?[页頁]"
    r"(?:继续|繼續)?(?:阅读|閱讀)?[）)]?"
)


def is_pager_line(text: str) -> bool:
    """Whether a line is only an article's page links: page numbers and the words of moving between
    pages, two or more ('第3页' alone, a page reference, stays)."""
    return (
        (bool(PAGER_LINE.match(text) and _PAGER_WORD.search(text)) and len(_PAGER_TOKEN.findall(text)) >= 2)
        or _PAGE_BREAK_MARK.fullmatch(text) is not None
        or (("页" in text or "頁" in text) and _SPLIT_PAGE_NOTE.fullmatch(text.strip()) is not None)
    )


_DATE: Final = (
    rf"(?:\d{{4}}[-/.年]\s*\d{{1,2}}[-/.月]\s*\d{{1,2}}日?|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})"
)
_TIME: Final = r"(?:(?:at\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)"
# a stamp relative to now ('3 hours ago', '3小時前', Malay '2 jam lalu', Vietnamese '2 giờ trước'), and the words
# that say what it stamps ('Updated', '更新', 'Dikemas kini', 'Actualizado às')
_AGO: Final = (
    r"(?:\d{1,3}|an?|one)\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|\d{1,3}\s*(?:分钟|分鐘|小时|小時|天|周|週|个月|個月)前"
    r"|\d{1,3}\s*(?:minit|jam|hari|minggu|bulan)\s+(?:yang\s+)?lalu|\d{1,3}\s*(?:phút|giờ|ngày|tuần|tháng)\s+trước"
)
_UPDATED_WORD: Final = (
    r"updated|published|posted|更新|發布|发布|發佈|dikemas\s*kini|diperbarui|cập nhật|actualizado|atualizado|mis à jour"
    r"|aktualisiert"
)
_STAMPED: Final = rf"(?:(?:{_UPDATED_WORD})(?:\s+(?:às|at|um|à|lúc|pada))?\s*(?:{_UPDATED_WORD})?\s*[:：]?\s*)?"
RELATIVE_STAMP_MAX_CHARS: Final = 60
# A show's episode line: its number with its date or its length ('EP.31 | 2022-12-20 | 37分钟', 'S1E09 | 2021-02-05',
# '第九十集｜2022年11月5日', '⏱ 44 分鐘'): the page's, as a dateline is
_EPISODE: Final = r"(?:ep\.?\s*\d{1,4}|s\d{1,2}\s*ep?\s*\d{1,3}|vol\.?\s*\d{1,4}|第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*[期集回]|特辑|特輯|番外)"
_SHOW_LENGTH: Final = (
    r"[⏱🕒⌚]?\s*(?:时长|時長)?\s*[:：]?\s*(?:\d{1,2}\s*(?:小时|小時|h)\s*)?\d{1,3}\s*(?:分钟|分鐘|分|min(?:utes)?)"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
)
# the fields beside the number: its date, its length, who hosts it ('主播：阿禾')
_EPISODE_FIELD: Final = (
    rf"(?:[🗓📅]?\s*{_DATE}|{_SHOW_LENGTH}|{_EPISODE}|(?:主播|主持|主持人|host)\s*[:：]\s*[^|｜\s]{{1,16}})"
)
_EPISODE_MARK: Final = re.compile(_EPISODE, re.IGNORECASE)
EPISODE_STAMP: Final = re.compile(
    rf"^\W*(?:{_EPISODE_FIELD})(?:\s*[|｜·・/]\s*(?:{_EPISODE_FIELD}))+\s*$|^[⏱🕒⌚]\s*\d{{1,3}}\s*(?:分钟|分鐘|min)\s*$",
    re.IGNORECASE,
)
RELATIVE_STAMP: Final = re.compile(
    rf"^{_STAMPED}(?:{_AGO})(?:\s*(?:{_UPDATED_WORD}))?(?:\s*[|｜·]?\s*{_STAMPED}(?:{_AGO})(?:\s*(?:{_UPDATED_WORD}))?)*$",
    re.IGNORECASE,
)
# where the post came from, after its date ('来源：澎湃新闻', '来自 iPhone')
_SOURCE: Final = r"(?:来源|來源|来自|來自|source)\s*[:：]?\s*[^\s。！？，,][^。！？，,]{0,20}"
# a forum's or a blog platform's controls beside the post's date ('发表于 … | 只看该作者', '· 5 min read')
_DATE_CONTROLS: Final = r"(?:只看该作者|只看該作者|倒序浏览|倒序瀏覽|阅读模式|閱讀模式|电梯直达|電梯直達)"
# A label (or a bullet: Medium's '·Mar 10, 2021'), then only a date and a time in any order (a weekday, a time
# zone), maybe a forum's controls after them; or a forum's note of an edit ('本帖最后由 张三 于 2021-3-8 10:20 编辑').
DATELINE: Final = re.compile(
    r"^(?:(?:(?:last )?updated|last update|created|(?:first )?published|posted|modified|(?:原文|原帖)?(?:发布时间|發布時間|發佈時間)|发布于|發布於|發佈於|更新时间|更新時間|"
    r"发稿时间|發稿時間|抓取时间|抓取時間|采集时间|採集時間|同步时间|同步時間|创建时间|創建時間|建立时间|建立時間|"
    r"(?:本文|本页|本頁)?(?:最后|最後)(?:更新|修改|编辑|編輯)(?:于|於)?|"
    r"更新于|更新於|发表于|發表於|发表时间|發表時間|编辑于|編輯於|修改于|修改於|日期|[·•])(?:\s*(?:on|at)\b)?\s*[:：]?\s*"
    # (after its label the date may have no year: '最后更新：2月4日 20:06')
    rf"(?:{_WEEKDAY})?(?:{_DATE}|\d{{1,2}}月\d{{1,2}}日(?=\s*\d{{1,2}}:\d{{2}}))?[\s,\-–—]*{_TIME}?[\s,]*"
    # the time first ('10:00am, 28 May, 2021'), and an update's stamp after the first ('… Updated: 11:30am, …')
    rf"(?:{_WEEKDAY})?{_DATE}?(?:\s*[|｜·•]\s*{_DATE_CONTROLS})*"
    rf"(?:[\s|｜·•]*(?:(?:last )?updated|更新|modified)\s*[:：]?\s*{_TIME}?[\s,]*(?:{_WEEKDAY})?{_DATE}[\s,]*{_TIME}?)?"
    # and where it was posted from ('发布于 2021-05-28 17:42 来自 iPhone 客户端', '… · via 微言 for Android')
    rf"(?:[\s|｜·•]*(?:{_SOURCE}|via\s+[^\s。！？，,][^。！？，,]{{0,20}}))?"
    rf"|本帖最[后後]由.{{1,30}}?[于於]\s*{_DATE}\s*{_TIME}?\s*[编編][辑輯]"
    # the date, then where the post came from ('2021-11-02 07:31 来源：澎湃新闻', a microblog's '1月28日 22:41 来自 iPhone')
    rf"|(?:{_DATE}|\d{{1,2}}月\d{{1,2}}日)\s*{_TIME}?\s*{_SOURCE})\s*$",
    re.IGNORECASE,
)
_HAS_DIGIT: Final = re.compile(r"\d")
# the client a post was sent from, alone on its line ('来自 微言网页版', '—— 來自 微言 iPhone 用戶端', '发自我的iPhone',
# 'Sent from my iPhone'): a platform's or a mail program's signature, not the author's words
SENT_FROM_CLIENT: Final = re.compile(
    r"^[—\-–\s]*(?:来自|來自|发自|發自|sent from|sent via)\s*(?:我的|my\s+)?[^\s。！？，,]?[^。！？，,]{0,20}?"
    r"(?:客户端|客戶端|用户端|用戶端|网页版|網頁版|手机版|手機版|\bapp"
    # (a phone's make, then its model in letters and digits: '来自 iPhone 15 Pro', '来自 HUAWEI Mate 60')
    r"|(?:iphone|ipad|android|安卓|huawei|华为|華為|xiaomi|小米|redmi|红米|紅米|oppo|vivo|honor|荣耀|榮耀|oneplus|一加|"
    r"samsung|三星|galaxy|pixel)(?:\s*[a-z0-9+]{1,10}){0,3})\s*$"
    # (Traditional iOS's: '從我的 iPhone 傳送')
    r"|^[—\-–\s]*(?:從|从)我的\s*(?:iphone|ipad|android|手機|手机)\s*(?:傳送|传送|發送|发送)\s*$",
    re.IGNORECASE,
)
# a letter's confidentiality clause, in its footer after the sender's name and numbers
_CONFIDENTIALITY_CLAUSE: Final = re.compile(
    r"本(?:電子郵件|电子邮件|郵件|邮件|電郵|电邮)(?:及其?附件)?(?:可能)?(?:含有|包含|載有|载有)[^。]{0,24}(?:機密|机密|保密)"
)
# a channel's export: its name, then the message's time in brackets ('财经速递频道, [14.03.24 09:42]')
TELEGRAM_STAMP: Final = re.compile(r"[^,，\[\]]{1,30}[,，]\s*\[\d{1,2}\.\d{1,2}\.\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\]$")
# a forwarded message's header ('Forwarded from World Wire Brief', '转发自 某频道')
FORWARDED_FROM: Final = re.compile(
    r"(?:forwarded from|转发自(?!己)|轉發自(?!己))\s*[^\s。！？.!?，,:：][^。！？.!?，,:：]{0,40}$", re.I
)
# another story pointed to by its headline after 'Read more:' ('Read more: Downtown parking rates to rise in March')
READ_MORE_POINTER: Final = re.compile(r"(?:read more|read also|also read)\s*:\s*[^.!?。！？]{5,100}[?？]?$", re.I)
# where the platform says the writer posted from ('・IP 属地浙江', 'IP屬地：台灣'), shown since 2022
_IP_LOCATION: Final = r"[・·|｜\s]*IP\s*(?:属地|屬地|归属地|歸屬地)\s*[:：]?\s*[^\s・·|｜]{1,8}"
IP_LOCATION_LINE: Final = re.compile(rf"^{_IP_LOCATION}$", re.IGNORECASE)
# What a page's line of metadata holds beside its date and source: a font-size control ('字号：A-A+', '字体：[大 中
# 小]'), a view count ('浏览次数：1086'), an update stamp ('（3/4 15:20 更新）'), the writer's IP location
_DATELINE_EXTRAS: Final = guarded(
    re.compile(
        r"[\[【]?\s*(?:字[号號体體]|字級|字级)(?:大小)?\s*[:：]?\s*(?:[\[【]?\s*(?:[大中小]\s*){2,3}[\]】]?|A\s*[-+－＋]\s*A\s*[-+－＋])"
        # (the font's buttons alone: 'A+ A-', 'A- A A+')
        r"|A\s*[+＋]\s+A\s*[-－](?!\w)|A\s*[-－]\s+(?:A\s+)?A\s*[+＋](?!\w)"
        r"|(?:浏览|瀏覽|阅读|閱讀|点击|點擊)(?:次数|次數|人次|量|数|數)\s*[:：]?\s*\d[\d,]*|(?:人气|人氣)\s*[:：]?\s*\d[\d,]*"
        r"|(?:👁\ufe0f?|👀)\s*[:：]?\s*\d[\d,.]*\s*[万萬kK]?"  # (the views as an eye and a number: '👁 5,820')
        r"|(?:🔴\s*)?(?:直播中|正在直播)(?=\s)"  # (a live page's mark before its stamp: '直播中 最后更新：2月4日 20:06')
        r"|\s(?:字号|字號|字級|字级|字体|字體)\s*$"  # (the font's button, its sizes drawn: '2025-11-05 16:30:12 字号')
        r"|(?:本章|全文|本文|本篇)(?:字数|字數)\s*[:：]?\s*\d[\d,]*\s*字?"  # (a serial's chapter: '本章字數：2,864')
        r"|(?:全文|本文|本篇)?(?:共|约|約|共约|共約)\s*\d[\d,]*\s*字(?![\u3400-\u9fff])"  # (a post's length: '約 1,100 字')
        r"|(?:标签|標籤)\s*[:：]\s*\S{1,20}(?:\s+\S{1,20}){0,4}\s*$"
        rf"|[（(]\s*(?:\d{{1,2}}/\d{{1,2}}\s*)?{_TIME}?\s*(?:更新|updated)\s*[)）]"
        # ('Actualizado às 17:45 更新', 'Updated 2 days ago')
        rf"|(?:{_UPDATED_WORD})(?:\s+(?:às|at|um|à|lúc|pada))?\s*(?:{_UPDATED_WORD})?\s*[:：]?\s*(?:{_TIME}|{_AGO})"
        r"(?:\s*(?:更新|發布|发布))?(?<=\S)"
        rf"|{_AGO}"
        rf"|{_IP_LOCATION}",
        re.IGNORECASE,
    )
)
# after the extras: a date and time, maybe labelled, maybe with the source ('发布时间：2022-01-20 10:00 来源：市统计局')
_DATE_AND_SOURCE: Final = re.compile(
    r"^(?:(?:发布时间|發布時間|發佈時間|发表时间|發表時間|更新时间|更新時間|发布日期|發布日期|發佈日期|更新日期|日期|时间|時間"
    r"|(?:本文|本页|本頁)?(?:最后|最後)?(?:发布|發布|發佈|发表|發表|编辑|編輯|更新|修改)(?:于|於))\s*[:：]?\s*)?"
    rf"{_DATE}\s*{_TIME}?\s*(?:{_SOURCE})?\s*$",
    re.IGNORECASE,
)


# A page's metadata field: a label, a colon, a short value ('作者：林间', '阅读：1203', '发布时间：2023-12-20 10:00')
_META_FIELD: Final = re.compile(
    r"(?:(?:攻略|游记|遊記|专栏|專欄|本文|特约|特約|笔记|筆記|图文|圖文)?作者|(?:文章|新闻|新聞|稿件)?(?:来源|來源)|出处|出處|发布时间|發布時間|發佈時間|发表时间|發表時間|更新时间|更新時間|"
    r"发布日期|發布日期|發佈日期|更新日期|时间|時間|日期|本文网址|本文網址|本文链接|本文連結|打印时间|打印時間|列印時間|"
    r"编辑|編輯|责任编辑|責任編輯|(?:阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣)(?:次数|次數|人次|量|数|數)?|字号|字號"
    r"|(?:下载|下載|被引|引用)(?:次数|次數|量|数|數))"
    # (a Latin name with its initial: 'Kevin Z.')
    rf"\s*[:：]\s*(?:(?P<date>{_DATE})\s*{_TIME}?|https?://[^\s|｜]+|(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]*\.?){{1,2}})(?=\s|$)"
    r"|[^\s:：|｜]{1,20})",
    re.IGNORECASE,
)
_FIELD_SEPARATORS: Final = " |｜/·•・‧\u3000"


# A video player's residue as text: its loading note with the clip's length ('视频加载中，请稍候...02:31'), its clock
# ('00:00 / 08:42'), its count of plays ('12.6万次播放', with the day after it)
_CLOCK: Final = r"\d{1,2}:\d{2}(?::\d{2})?"
_PLAYER_LINE: Final = re.compile(
    rf"(?:视频|視頻|影片)?(?:加载中|加載中|载入中|載入中)[，,]?\s*(?:请稍候|請稍候)?[.…。]*\s*{_CLOCK}$"
    rf"|{_CLOCK}\s*/\s*{_CLOCK}"
    r"(?:\s*(?:下载音频|下載音頻|下载|下載|在\s*\S{1,12}\s*(?:收听|收聽)|播放|暂停|暫停|倍速|\d(?:\.\d)?x))*$"
    r"|[\d.,]+\s*[万萬千kKwW]?\s*次(?:播放|观看|觀看)\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2})?$"
    # (the player's button, its length, the recording's title and its download: '收聽 - 04:32 市民重返伊爾河下載')
    rf"|(?:收听|收聽|播放|listen)\s*[-–—:：]?\s*{_CLOCK}\s+[^。！？!?]{{1,40}}$",
    re.IGNORECASE,
)
# A newsletter platform's pitch closing a post ('Thanks for reading 城东周记! Subscribe for free to receive new posts and
# support my work.')
_NEWSLETTER_PITCH: Final = re.compile(
    r"(?:感谢|感謝)(?:阅读|閱讀)[^。！？!]{1,20}[！!。]\s*(?:免费|免費)?(?:订阅|訂閱)[^。！？]{0,20}[。！]?$|"
    r"(?:thanks for reading\b[^!?.。！？]{0,60}[!?.。！？]\s*)?subscribe (?:for free |now )?to (?:receive|get) new posts\b.*$",
    re.IGNORECASE,
)
# A WeChat account's card as a page shows it: '微信号 chengdong_jf', '功能介绍 记录城东的人和事'
_ACCOUNT_CARD_LINE: Final = re.compile(
    r"(?:微信号|微信號)\s*[:：]?\s*[A-Za-z][-_A-Za-z0-9]{5,19}$|(?:功能介绍|功能介紹)(?:\s*[:：]\s*|\s+)\S.{0,40}$"
)
# A forum post's parts around its text: its head ('楼主 发表于 2021-05-28 10:15 | 只看该作者', '3楼 發表於 …'), its member's
# counts ('帖子 126 积分 380'), its row of controls ('回复 支持 反对', '引用 举报'): two or more of them, or with a date
_FORUM_CONTROL: Final = (
    r"(?:回复|回覆|引用|举报|舉報|支持|反对|反對|只看该作者|只看該作者|倒序浏览|倒序瀏覽|评分|評分|收藏|分享|编辑|編輯|使用道具|TOP)"
    r"(?:\s*[(（]\d+[)）])?"  # (with its count: '支持(12)')
)
_FORUM_COUNT: Final = r"(?:帖子|贴子|貼子|主题|主題|积分|積分|精华|精華|金钱|金錢|威望|贡献|貢獻|回帖|发帖|發帖|经验|經驗|关注|關注)\s*[:：]?\s*\d[\d,]*"
# an edit's mark on a post ('edited 14:20', '已編輯')
_EDIT_MARK: Final = re.compile(rf"(?:edited|已编辑|已編輯|编辑过|編輯過)(?:\s*{_TIME})?", re.IGNORECASE)
_BOARD_ROLE: Final = r"版主|管理员|管理員|站长|站長|moderator|admin|staff"
_MEMBER_FIELD: Final = (
    r"(?:(?:會員等級|会员等级|等級|等级|用戶組|用户组|頭銜|头衔)\s*[:：]\s*[^｜|·•\s]{1,8}"
    rf"|{_FORUM_COUNT}|(?:發文|发文|文章)\s*[:：]?\s*\d[\d,]*|(?:註冊|注册)(?:時間|时间|日期)?\s*[:：]?\s*\d{{4}}[-/.]\d{{1,2}}(?:[-/.]\d{{1,2}})?)"
)
_FORUM_POST_PARTS: Final = re.compile(
    rf"(?:楼主|樓主|沙发|沙發|板凳|地板|\d+\s*[楼樓#]|[^\s，。,]{{1,16}}\s+)?\s*(?:发表于|發表於)\s*{_DATE}\s*{_TIME}?"
    rf"(?:\s*[|｜]?\s*{_FORUM_CONTROL})*(?:\s*(?:沙发|沙發|板凳|地板|\d+\s*[楼樓#]))?\s*$"
    # a post's ratings: their head, the raters and their reasons under it ('评分 参与人数 3 经验 +6 收起 理由')
    r"|(?:评分|評分)\s+(?:参与人数|參與人數)\s*\d+[\s\S]{0,160}$"
    rf"|{_FORUM_CONTROL}(?:[\s|｜/·]+{_FORUM_CONTROL})+\s*$"
    rf"|{_FORUM_COUNT}(?:\s+{_FORUM_COUNT})+\s*$"
    # a member's card as a row of fields ('會員等級：資深會員｜發文 1,328｜註冊 2013-04')
    rf"|{_MEMBER_FIELD}(?:\s*[|｜·•]\s*{_MEMBER_FIELD})+\s*$"
    # an old board's post head ('送交者: 阿明 於 2021-05-28 10:02:11 已讀 1986 次') and its follow-ups ('好文 abc (0 bytes)')
    rf"|(?:送交者|发信人|發信人)\s*[:：].{{1,60}}?(?:于|於)\s*{_DATE}\s*{_TIME}?\s*(?:已读|已讀)\s*\d+\s*次\s*$"
    rf"|.{{1,60}}\s[(（]\s*\d+\s*bytes\s*[)）]\s*(?:{_DATE})?\s*$"
    # a member's name with the floor's mark ('热心市民小刘 楼主'), the board's notices in a post ('游客，如果您要查看本帖
    # 隐藏内容请回复', '[本帖已被管理员加入精华]'), a code box's button ('复制代码'), a quote's bare label ('引用:')
    r"|[^\s，。,]{1,16}\s+(?:楼主|樓主)\s*$"
    # (or with the board's role and the post's date, maybe its edit's mark: '阿杰 版主 2024年5月6日 · 已编辑')
    rf"|[^\s，。,]{{1,20}}\s+(?:{_BOARD_ROLE})\s+{_DATE}\s*{_TIME}?(?:\s*[·•|]?\s*{_EDIT_MARK.pattern})?\s*$"
    r"|(?:游客|遊客)?[，,]?\s*(?:如果|若)?(?:您|你)?要?(?:查看|瀏覽|浏览)本帖(?:隐藏|隱藏)(?:内容|內容)\s*(?:请|請)?(?:回复|回覆|登录|登錄)?\s*$"
    r"|[\[【]?本帖(?:已被|被)[^\]】]{0,12}(?:加入精华|設為精華|设为精华|加入精華|置顶|置頂|高亮|锁定|鎖定|关闭|關閉|移动|移動)[^\]】]{0,6}[\]】]?\s*$"
    r"|(?:复制代码|複製代碼|复制代碼)\s*$|(?:引用|quote)\s*[:：]\s*$"
)


def _is_dateline(text: str) -> bool:
    """``DATELINE``, or a line of the page's metadata: a date (and source) with a control, a count or an update
    stamp; or labelled fields only, a date among them ('作者：林间 发布时间：2023-12-20 阅读：1203')."""
    if DATELINE.match(text):
        return True
    if _HAS_DIGIT.search(text[-1:]):
        head = text
        for _ in range(
            TRAILING_COUNTS_MAX
        ):  # (the post's date, then its counts of likes and comments: 'Jun 3, 2024 18 4')
            if (count := _TRAILING_COUNT.search(head)) is None:
                break
            head = head[: count.start()]
            if is_bare_date(head):
                return True
    core, extras = _DATELINE_EXTRAS.subn(" ", text)
    if extras > 0:
        bare = " ".join(core.split()).strip(_FIELD_SEPARATORS)
        if _DATE_AND_SOURCE.match(bare) is not None or (bare and DATELINE.match(bare) is not None):
            return True
    fields = list(_META_FIELD.finditer(text))
    if not fields:
        return False
    core = _META_FIELD.sub(" ", text)
    if extras > 0:
        core = _DATELINE_EXTRAS.sub(" ", core)  # (the fields, then a font-size control: '… 【字号 大 中 小】')
    core = " ".join(core.split()).strip(_FIELD_SEPARATORS)
    if core:
        # (or the fields, then the post's stamp and counts: '攻略作者：某某 更新于 2024-05-30 7.8万人看过 收藏 4,120')
        return _DATE_AND_SOURCE.match(core) is not None or is_status_line(core)
    # fields only: one of them must have a date as its value ('日期：即日至2022年1月2日' is an event's), or a count
    # beside another ('编辑：王蕾 点击次数：2097')
    return any(field.group("date") for field in fields) or (
        len(fields) >= 2 and any(_COUNT_FIELD.match(field.group()) for field in fields)
    )


_TRAILING_COUNT: Final = re.compile(r"\s+\d[\d,.]*\s*[kK万萬]?\s*$")
TRAILING_COUNTS_MAX: Final = 3


STAMPED_CREDITS_MAX_CHARS: Final = 90
_STAMP_BEFORE_CREDITS: Final = re.compile(
    # (or the outlet first: '農鄉刊物 2018-10-15 文／溫以寧')
    rf"^(?:[\u3400-\u9fffA-Za-z]{{2,12}}\s+)?{_DATE}\s*{_TIME}?\s+(?:[\u3400-\u9fffA-Za-z]{{2,12}}\s+)?(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# and the same after them ('摄影：卡琳 文字：图片部 2020-02-02')
STAMP_WITHIN_CHARS: Final = 16  # the date opens the line, maybe after the outlet's name
_CREDITS_BEFORE_STAMP: Final = re.compile(rf"^(?P<rest>\S.*?)\s+{_DATE}\s*{_TIME}?$", re.IGNORECASE)
_COUNT_FIELD: Final = re.compile(
    r"(?:(?:阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣)(?:次数|次數|人次|量|数|數)?|(?:下载|下載|被引|引用)(?:次数|次數|量|数|數))"
    r"\s*[:：]\s*\d[\d,]*$"
)


# A byline as a page prints it: a name or an outlet, the post's date and time, and its counts, controls or labelled
# fields ('林小雨 · 2021年5月28日 10:02 · 12 comments', 'By 林小雨 · Staff Writer · Updated 2021年5月28日 10:02',
# '2021年5月28日 10:02 街谈网 编辑：林小雨 阅读 23581 评论 5'): besides them, a name or two and nothing else
BYLINE_STAMP_MAX_CHARS: Final = 70
# (a weekday and the part of the day may stand between: '2024年4月19日 週五 下午2:00')
_STAMP: Final = re.compile(
    rf"{_DATE}[\s,]*(?:{_WEEKDAY}|(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]\s*)?(?:上午|下午|晚上|中午|凌晨)?\s*{_TIME}",
    re.IGNORECASE,
)
_COUNTED_THINGS: Final = (
    r"阅读|閱讀|浏览|瀏覽|观看|觀看|点击|點擊|评论|評論|回复|回覆|点赞|點讚|comments?|views?|reads?|likes?"
)
_BYLINE_PARTS: Final = re.compile(
    rf"{_COUNT}\s*(?:次|人|条|條)?\s*(?:{_COUNTED_THINGS})|(?:{_COUNTED_THINGS})\s*[:：]?\s*{_COUNT}"
    r"|【[^】]{1,12}】|\[[^\]]{1,12}\]|\b(?:by|updated|published|posted)\b|^\s*[文图圖](?=\s*[/／|｜:：])"
    r"|(?:发布于|發布於|發佈於)(?=\s*[\u3400-\u9fff]{2,6}\s*$)"  # (where it was posted from: '… 11:30发布于辽宁')
    rf"|{_AGO}|^\s*oleh\b|\bdikemas\s*kini\b"
    r"|原创|原創|独家|獨家|首发|首發"  # (an outlet's mark of its own piece: '澜视原创')
    r"|记者|記者|通讯员|通訊員|\b(?:staff )?(?:reporter|correspondent)\b",  # ('镜像新闻记者 林小雨')
    re.IGNORECASE,
)
_BYLINE_SEPARATORS: Final = re.compile(r"[\s|｜/／·•,，:：\-–—]+")
# what makes a line a byline for certain: who wrote or shot it opening it ('文｜', '图/', 'By '), or a reporter's title
# anywhere in it ('本报记者 葛青', '2021-05-28 某报记者 闵捷')
# (or the desk that wrote it: '2024-05-20　編輯部')
_BYLINE_MARK: Final = re.compile(
    r"^\s*(?:[文图圖]\s*[/／|｜:：]|by\s|oleh\s)|记者|記者|通讯员|通訊員|(?:编辑部|編輯部|编辑室|編輯室)\s*$",
    re.IGNORECASE,
)
_DATE_ALONE: Final = re.compile(_DATE, re.IGNORECASE)
_BY: Final = re.compile(r"\s*(?:by|oleh)\s", re.IGNORECASE)
_CITES_A_SOURCE: Final = re.compile(
    r"^\W{0,2}(?:来源|來源|出处|出處|转自|轉自|转载自|轉載自|原文|source)\s*[:：]", re.IGNORECASE
)
BYLINE_NAME_MAX_CHARS: Final = 16  # a name, an outlet's, a column's ('观潮周刊2021年第20期')
BYLINE_NAMES_MAX: Final = 3


def is_byline_stamp(text: str) -> bool:
    """Whether a line reads as a byline with the page's date and time: once the time stamp, counts ('阅读 1.2万'),
    controls ('【打印】'), labelled fields ('编辑：林小雨') and words of bylines ('By', 'Updated') are set aside, at most
    three names are left; with nothing but a stamp beside them, they come before it (a name, then the time: a
    timeline's '10:02 地震发生' is an event). Where it stands decides (``body``): amid the prose, such a line heads
    a dated entry."""
    if len(text) > BYLINE_STAMP_MAX_CHARS or _CITES_A_SOURCE.match(text):
        return False  # (a repost's line opening with its source, '來源：林小雨 城東手記 2022-04-14 08:05', cites it)
    if ":" in text:
        stamp = _STAMP.search(text)
        if stamp is None and _BY.match(text):
            # (a label's colon elsewhere: '… | 16 Nov 2026 | Dikemas kini 更新: 2 jam lalu')
            stamp = _DATE_ALONE.search(text)
    elif _BYLINE_MARK.search(text):
        stamp = _DATE_ALONE.search(text)  # a byline's mark, then the date without its time ('文｜许一帆 2021-05-28')
    else:
        return False
    if stamp is None or _SENTENCE_PUNCTUATION.search(text):
        return False
    after = text[stamp.end() :]
    if _BAR_AFTER_STAMP.match(after) and is_section_trail(after.strip(_FIELD_SEPARATORS)):
        # the post's section after a bar ('… ｜ 数码 > 耳机'): a field of the byline's
        return is_byline_stamp(text[: stamp.end()])
    before = text[: stamp.start()]
    rest, parts = _BYLINE_PARTS.subn(" ", f"{before} {text[stamp.end() :]}")
    rest, fields = _META_FIELD.subn(" ", rest)
    rest, extras = _DATELINE_EXTRAS.subn(" ", rest)
    names = [name for name in _BYLINE_SEPARATORS.split(rest) if name]
    if len(names) > BYLINE_NAMES_MAX or any(len(name) > BYLINE_NAME_MAX_CHARS for name in names):
        return False
    if parts or fields or extras:
        return True
    # a name, then the stamp (a stamp alone is a timeline's entry or a table's cell); or the stamp, then an outlet
    # named by what it is ('2024-01-15 17:32 柳湾融媒'): an event after a time is no desk
    if len(names) == 1 and not before.strip(_FIELD_SEPARATORS) and _OUTLET_BY_KIND.fullmatch(names[0]):
        return True
    return bool(names) and not text[stamp.end() :].strip(_FIELD_SEPARATORS)


_OUTLET_BY_KIND: Final = re.compile(
    r"[\u3400-\u9fff]{2,10}(?:融媒|日报|日報|晚报|晚報|时报|時報|新闻网|新聞網|新闻|新聞|时讯|時訊|传媒|傳媒|数据组|數據組|"
    r"编辑部|編輯部|客户端|客戶端|电视台|電視台|广播|廣播|网|網|周刊|週刊|杂志|雜誌)"
)


_BARE_TIMESTAMP: Final = re.compile(
    # (a social page's day with no year: '6月21日下午6:05')
    rf"^[\s(（\[【]*(?:{_DATE}|\d{{1,2}}月\d{{1,2}}日)[\s,]*(?:{_WEEKDAY}|(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]\s*)?"
    r"(?:上午|下午|晚上|中午|凌晨)?"
    r"\d{1,2}:\d{2}(?::\d{2})?[\s)）\]】]*$",
    re.IGNORECASE,
)


# the same after a few words set apart by spaces, with no label's colon or sentence's punctuation: a post's header
# line of names ('原创 王小明 县城观察 2021-05-28 10:00': a WeChat post's mark, author and account)
_NAMED_TIMESTAMP: Final = re.compile(
    r"^(?:[^\s\d:：,，。！？!?;；][^\s:：,，。！？!?;；]{0,11}\s+){1,4}" + _BARE_TIMESTAMP.pattern.removeprefix("^"),
    re.IGNORECASE,
)


_POSTED_FROM: Final = re.compile(r"(?<=\d)\s*(?:发表于|發表於|IP属地[:：]?|IP屬地[:：]?)\s*[\u4e00-\u9fff]{2,8}$")


# A date in any of its common writings, its parts captured: '2021-05-28', '2021/5/28', '2021.05.28', '2021年5月28日',
# 'May 28, 2021', '28 May 2021'
_MONTH_NAME: Final = f"({'|'.join(_MONTHS)})[a-z]*\\.?"  # (captured: _written_day reads it)
_WRITTEN_DATE: Final = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    rf"|\b{_MONTH_NAME}\s+(\d{{1,2}}),?\s+(\d{{4}})|\b(\d{{1,2}})\s+{_MONTH_NAME},?\s+(\d{{4}})",
    re.IGNORECASE,
)
_DAY_TIME: Final = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
# a story's length beside its byline ('字数 320', '全文约2300字', '1,200 words')
_LENGTH: Final = re.compile(r"(?:字数|字數|全文(?:约|約)?|共)\s*[:：]?\s*\d[\d,]*\s*字?|\d[\d,]*\s*(?:字|words)", re.I)
DATED_BYLINE_MAX_CHARS: Final = 60
_PUBLISHED_ON: Final = re.compile(
    r"(?:刊登|刊出|发布|發布|發佈|发表|發表|更新|出版)(?:于|於)?|published(?: on)?|posted(?: on)?", re.I
)
_HAN_OR_LATIN: Final = re.compile(r"[\u3400-\u9fffA-Za-z]")


def _written_day(match: re.Match[str]) -> tuple[int, int, int] | None:
    if match.group(1):
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    elif match.group(4):
        year, month, day = int(match.group(6)), _MONTHS.index(match.group(4).lower()) + 1, int(match.group(5))
    else:
        year, month, day = int(match.group(9)), _MONTHS.index(match.group(8).lower()) + 1, int(match.group(7))
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


HEADLINE_HEADER_MAX_EXTRA_CHARS: Final = 100


def is_headline_header(text: str, title: str) -> bool:
    """Whether a block is the page's header around the post's headline: the title whole, with a date and the page's
    short chrome around it ('港聞 > 正文 觀塘街市大樓展開翻新 2009年07月15日（星期三） 字體大小：A A A 列印 | 電郵'), no
    sentence outside the title. The title and the date are the post's fields already."""
    at = text.find(title)
    if at < 0 or len(title) < HEADLINE_HEADER_MIN_TITLE or len(text) > len(title) + HEADLINE_HEADER_MAX_EXTRA_CHARS:
        return False
    rest = f"{text[:at]} {text[at + len(title) :]}"
    return _WRITTEN_DATE.search(rest) is not None and not _SENTENCE_PUNCTUATION.search(rest)


HEADLINE_HEADER_MIN_TITLE: Final = 4


def is_dated_byline(text: str, days: frozenset[tuple[int, int, int]], names: tuple[str, ...]) -> bool:
    """Whether a short line is the post's own date with nothing but its byline around it: the post's names (its
    author, its outlet), a time of day, counts ('字数 320', '阅读 1.2万'), labelled fields ('作者：…') and a byline's
    words ('文／', '记者'), set apart by separators ('林未晞　2021-05-28', '顾闻 · 2021-05-28 · 字数 320'). ``days``:
    the days the post's date may be written as (its zone unknown, the day before or after too). Any other word is
    the author's ('2021年5月28日 晴', a diary's weather, stays)."""
    if len(text) > DATED_BYLINE_MAX_CHARS or _SENTENCE_PUNCTUATION.search(text):
        return False
    match = _WRITTEN_DATE.search(text)
    if match is None or _written_day(match) not in days:
        return False
    before, after = text[: match.start()], text[match.end() :]
    for name in names:
        before, after = before.replace(name, " "), after.replace(name, " ")
    after, times = _DAY_TIME.subn(" ", after)
    if times and _HAN_OR_LATIN.search(_META_FIELD.sub(" ", _LENGTH.sub(" ", _BYLINE_PARTS.sub(" ", after)))):
        return False  # a timeline's entry: the stamp, then the event ('2021年5月28日 10:02 大坝开闸泄洪')
    rest = f"{before} {after}"
    rest = _META_FIELD.sub(" ", _LENGTH.sub(" ", _BYLINE_PARTS.sub(" ", _DATELINE_EXTRAS.sub(" ", rest))))
    rest = _PUBLISHED_ON.sub(" ", rest)
    # (a byline's mark, once the name before it is gone)
    rest = _BYLINE_MARK.sub(" ", _BYLINE_PARTS.sub(" ", rest.strip()))
    left = [word for word in _BYLINE_SEPARATORS.split(rest.replace("\u3000", " ").strip("()（） ")) if word]
    # one name the post does not give is a byline's when a byline's mark says so ('文／黃明哲 2021.05.28'), or before
    # the date and the time of day ('城东日报 2021年05月28日 07:00'): a page's stamp
    return not left or (
        len(left) == 1
        and len(left[0]) <= BYLINE_NAME_MAX_CHARS
        and (times > 0 or _BYLINE_MARK.search(text) is not None)
    )


_WEEKDAY_AFTER: Final = r"(?:\s*[（(]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][)）]?)?"
_BARE_DATE: Final = re.compile(rf"\s*(?:{_WRITTEN_DATE.pattern}){_WEEKDAY_AFTER}\s*", re.IGNORECASE)


def is_bare_date(text: str) -> bool:
    """A date and nothing else ('2023-11-20', '2021年5月28日（星期五）'): the page's date when it opens the article."""
    return len(text) <= 30 and _BARE_DATE.fullmatch(text) is not None


_TIME_ZONE_AFTER: Final = re.compile(
    r"(?<=\d)\s*[（(]?\s*(?:北京时间|北京時間|香港时间|香港時間|台北时间|台北時間|HKT|CST|UTC|GMT|EST|EDT|PST|PDT)"
    r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\s*[）)]?\s*$"
)


# (a place, a province's or a city's name: no word of a sentence in it)
_PLACE_AFTER_TIME: Final = re.compile(
    r"(?<=\d:\d\d)\s+(?![^\s]*[我你他她们們的了是在到去来來出发發吃看说說])[\u4e00-\u9fff]{2,3}\s*$"
)


def is_bare_timestamp(text: str) -> bool:
    """A date with its time of day and nothing else ('2024/10/04 15:20'), or after a few names ('原创 王小明 县城观察
    2021-05-28 10:00'): a page's dateline when it opens the article (unless the article is a timeline of such
    entries: ``body.is_timeline``)."""
    if len(text) > 60:
        return False
    if (
        not text[-1:].isdigit()
        and (zone := _TIME_ZONE_AFTER.search(text) or _PLACE_AFTER_TIME.search(text)) is not None
    ):
        text = text[
            : zone.start()
        ]  # (its zone after it: '2024年4月25日 下午5:30（北京时间）'; its place: '… 21:30:12 北京')
    if not text[-1:].isdigit():
        if "表" not in text and "IP" not in text:
            return False
        place = _POSTED_FROM.search(text)  # (with where it was posted from: '… 10:00 发表于浙江')
        if place is None:
            return False
        text = text[: place.start()]
    if _BARE_TIMESTAMP.match(text) is not None:
        return len(text) <= 40
    return _NAMED_TIMESTAMP.match(text) is not None


_EDITOR_ROLES: Final = (
    r"责任编辑|責任編輯|责编|責編|网编|網編|值班编辑|值班編輯|美编|美編|审核|審核|審覈|"  # (審覈: OpenCC's form)
    r"终审|終審|监制|監製|主编|主編|编审|編審|核稿编辑|核稿編輯"
)
# the desk's other hands, credited beside its editor ('责任编辑：王某 | 版面编辑：李某')
_DESK_ROLES: Final = (
    r"图片编辑|圖片編輯|版面编辑|版面編輯|视频编辑|視頻編輯|影音编辑|影音編輯|文字编辑|文字編輯|美术编辑|美術編輯|"
    r"排版|校稿|摄像|攝像|剪辑|剪輯|剪接|文字|图片|圖片|视觉|視覺|撰文|文|圖文|图文"
)
# a translation's '校对：…' or '编译：…' alone credits a volunteer of the post, not the desk: only beside an editor
_STAFF_ROLES: Final = rf"{_EDITOR_ROLES}|{_DESK_ROLES}|(?:本期|本集)?(?:制作|製作)|剪辑|剪輯|剪接|封面设计|封面設計|封面摄影|封面攝影|后期|後期|混音|配乐|配樂|本文来源|本文來源|编辑|編輯|校对|校對|审校|審校|编译|編譯|作者|来源|來源|记者|記者|实习记者|實習記者|实习生|實習生|通讯员|通訊員|摄影|攝影|制图|製圖|策划|策劃|统筹|統籌"
_DESK_CODE: Final = r"(?:[_ ][A-Z]{1,4}\d{1,6})?"  # a desk's code after the names ('_NE0011', ' PF031')
_STAFF_NAMES: Final = r"[\u3400-\u9fff·•]{1,6}(?:\s*[、，,/／]\s*[\u3400-\u9fff·•]{1,6}){0,5}"
# Each credit a role, a colon and one to six names (and a desk's code); around them brackets,
# the desk's '【纠错】' control, a date code ('1100304'). A desk editor's role must be there, or a bracketed '（編輯：…）'
# (a byline alone, '记者：王某', is ``CREDIT_LINE``'s; '记者：好的' is a question).
# the outlet's own story ('本网讯 责编：吴静'), or named in brackets ('【南岸时报讯】记者…')
_OWN_DESK: Final = (
    r"(?:(?:本[报報网網台刊站]|[【\[][\u3400-\u9fff]{2,10}?(?:报|報|网|網|台|社|新闻|新聞))(?:讯|訊)[】\]]?\s*)?"
)
STAFF_CREDITS: Final = re.compile(
    rf"^[\s【\[（(]*(?:纠错|糾錯|纠错】|糾錯】)?[\s【\[（(]*{_OWN_DESK}"
    rf"(?:(?:本版|本期|本刊|本栏|本欄)?(?:{_STAFF_ROLES})\s*[:：/／｜|]\s*(?:{_STAFF_NAMES})?{_DESK_CODE}[\s】\]）)|｜]*){{1,6}}\d{{0,8}}\s*$"
)
# A byline or a credit line and nothing else, however its roles are written: '文／童家蔚 圖／蘇立群', '文字｜林溪 摄影｜何川',
# '攝影・文字／宋之瑜', '作者：容思齐（历史学者）', '本报记者 吴海生', '記者吳孟哲／台南報導', '新桥网记者 覃山 摄',
# '（竹風新聞 記者黃雅婷）', '临江融媒出品', '本文由供电服务中心提供'. Names are short: a sentence after a role ('作者：我想
# 了很久') is no credit. A repost's source line ('来源：某某日报') stays: it names the outlet the text came from, which
# no other field holds. (A wire story's '(Reporting by …; Editing by …)' is its text, as the ScrapingHub benchmark
# reads it.)
_CREDIT_ROLE: Final = (
    r"文字|文图|文圖|图文|圖文|文\s*[/／]\s*[图圖]|[图圖]\s*[/／]\s*文|撰文|撰稿|采写|採寫|口述|整理|作者|译者|譯者|翻译|翻譯|编译|編譯|校对|校對|审校|審校|核稿|"
    # (a printed page's desk: '本版编辑 陈一鸣  美编 何佳')
    r"本版编辑|本版編輯|版面编辑|版面編輯|"
    r"编辑|編輯|责编|責編|美编|美編|排版|出品|监制|監製|策划|策劃|统筹|統籌|主编|主編|视觉|視覺|设计|設計|插画|插畫|"
    r"制图|製圖|摄影|攝影|摄像|攝像|视频|視頻|影片|图片|圖片|照片|图片来源|圖片來源|"
    # a cover picture's and a podcast's hands ('题图来源：Unsplash', '主播：阿闲 ｜ 后期：老陈 ｜ 封面：小棠')
    r"题图来源|題圖來源|题图|題圖|头图|頭圖|封面图|封面圖|封面|配图|配圖|主播|后期|後期|剪辑|剪輯|剪接|配音|录音|錄音|采访|採訪|"
    # (Vietnamese bylines: 'Bài: …', 'Ảnh: …', 'Tin: …'; an English 'Photo: …' stays with its picture's caption, which
    # photo essays' captions are)
    r"ảnh|bài|tin|采访整理|採訪整理|"
    # a show's hands ('主持：…', '片頭：《晨霧》', '后期制作：…', '本期主播：…')
    r"(?:本期)?(?:主持人|主持|主讲|主講)|混音|背景音乐|背景音樂|片头音乐|片頭音樂|片尾曲|片头曲|片頭曲|片头|片頭|片尾|音乐|音樂|"
    r"配乐|配樂|拍摄|拍攝|后期制作|後期製作|后制|後製|制作|製作|文字整理|制作人|製作人|声音设计|聲音設計|执笔人|執筆人|执笔|執筆|"
    # who checked it before it went out ('审核/孙建国', '终审：…'), as a school's or an office's news pages credit
    r"审核|審核|初审|初審|复审|複審|终审|終審|审稿|審稿|审定|審定|"
    # (a reader who sent it in: '投稿人：小禾')
    r"投稿人|投稿者|供稿人|供稿"
)
# roles that credit a person with only a space before the name ('作者 江慧敏'); other words so spaced are a heading's
_SPACED_ROLES: Final = r"(?:作者|撰文|撰稿|摄影|攝影|译者|譯者|翻译|翻譯|编辑|編輯|文字|图片|圖片|照片|责编|責編|美编|美編|采写|採寫|校对|校對|审校|審校|[/／][图圖文])"
# roles joined ('攝影・文字', '文／圖：'; a '/' joins only roles that a colon or a bar then closes: '照片/视频/音频' is a
# list of words)
_ONE_ROLE: Final = rf"(?:{_CREDIT_ROLE}|[文图圖译譯](?=\s*[:：/／｜|・·、&]))"
_CREDIT_ROLES: Final = rf"{_ONE_ROLE}(?:\s*[・·、&]\s*{_ONE_ROLE}|\s*[/／]\s*{_ONE_ROLE}(?=\s*[:：｜|]))*"
# a reporter, maybe of an outlet named by what it is ('本报记者', '界外新闻记者', '新桥网记者', '竹風新聞 記者'): a
# phrase about reporters ('在記者眼中', '外籍驻中国记者同样艰难') names no outlet
_REPORTER: Final = (
    r"(?:(?:本|(?![^\s]*[的在向以及多名和与與被把对對从從将將])[\u3400-\u9fffA-Za-z]{0,8}"
    r"(?:报|報|网|網|台|社|新闻|新聞|频道|頻道|刊|媒体|媒體|电视|電視|周刊|週刊|日报|日報))\s*[／/]?\s*)?"
    r"(?:实习|實習|特约|特約|驻[\u3400-\u9fff]{1,4}|駐[\u3400-\u9fff]{1,4})?(?:记者|記者|通讯员|通訊員|评论员|評論員)"
)
# a name: two to five Han characters with none of a sentence's common words ('作者：我想了很久' is a sentence), the
# fewest that let the line read as credits ('林晓岚编辑/周文浩' is two), or one to three capitalised words
_CREDIT_NAME: Final = (
    rf"(?:(?!(?:{_CREDIT_ROLE}|音频|音頻)(?![\u3400-\u9fff]))"  # (a role's or a medium's word is no name: '照片/视频/音频')
    r"(?![\u3400-\u9fff]{0,4}[我你您他她它们們的了是很在不也亦都就这這那么麼吗嗎呢吧啊说說想要会會没沒和与與及或])"
    r"[\u3400-\u9fff]{2,5}?(?:·[\u3400-\u9fff]{1,5})?|[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,2})"
)
# or a desk or a team credited whole ('栗子街坊编辑部', '城市数据团队')
_CREDIT_DESK: Final = r"[\u3400-\u9fffA-Za-z]{1,10}(?:编辑部|編輯部|图片部|圖片部|摄影部|攝影部|新闻部|新聞部|编译部|編譯部|视觉部|視覺部|工作室|团队|團隊|小组|小組|报道组|報導組|课题组|課題組|数据组|數據組|评论部|評論部|实验室|實驗室|音频部|音頻部)"
# the unit a person writes for, before the name ('文/海洋工程学院 林书瑶')
_CREDIT_AFFILIATION: Final = (
    r"[\u3400-\u9fff]{2,12}(?:学院|學院|大学|大學|中心|学校|學校|研究所|研究院|医院|醫院|办公室|辦公室|委员会|委員會|"
    r"学生会|學生會|宣传部|宣傳部|新闻中心|新聞中心)\s+"
)
# (names set apart by a space after a reporter's role: '本报记者 曹晴川 孙立', two or three characters each)
_SPACED_NAME: Final = (
    rf"\s+(?!(?:{_CREDIT_ROLE})(?![\u3400-\u9fff]))"
    r"(?![\u3400-\u9fff]{0,2}[我你您他她它们們的了是很在不也亦都就这這那么麼吗嗎呢吧啊说說想要会會没沒和与與及或天午晚日月年])"
    rf"[\u3400-\u9fff]{{2,3}}(?=\s*[)）]?\s*$|\s+[\u3400-\u9fff]{{2,3}}\s*[)）]?\s*$)"
)
_CREDIT_NAMES: Final = (
    rf"(?:(?:{_CREDIT_DESK}|(?:{_CREDIT_AFFILIATION})?{_CREDIT_NAME})(?:\s*[、/／&]\s*{_CREDIT_NAME}|{_SPACED_NAME}){{0,3}}"
    # (a piece of music by its title, maybe with its maker: '片尾曲：《路灯》—— 夜行乐队')
    r"|《[^《》]{1,20}》(?:\s*[—–\-－]{1,2}\s*[^\s，。,|｜（(]{1,12})?)(?:\s*[（(][^()（）]{1,14}[)）])?"
)
_CREDIT_OUTLET: Final = r"[\u3400-\u9fffA-Za-z]{2,16}"
_CREDIT_UNIT: Final = (
    rf"(?:{_CREDIT_ROLES}\s*(?:[:：/／｜|，,]|(?<={_SPACED_ROLES})\s)\s*(?:(?<=源[:：])\s*{_CREDIT_OUTLET}|{_CREDIT_NAMES})"
    # (a writer after 'By', in English or Malay: 'By 陶雨桐', 'By Staff Reporter', 'Oleh 古城日报记者')
    rf"|(?:by|oleh)\s+(?=(?-i:[A-Z\u3400-\u9fff]))(?:[\u3400-\u9fffA-Za-z]{{2,10}}(?:记者|記者)|(?:staff|special) (?:reporter|writer|correspondent)|{_CREDIT_NAMES})"
    # (the role, then the reporter of an outlet and the name: '文／东河观察记者 马骁')
    rf"|{_CREDIT_ROLES}\s*[:：/／｜|]\s*[\u3400-\u9fffA-Za-z]{{0,8}}?(?:记者|記者|通讯员|通訊員)\s*{_CREDIT_NAMES}"
    # (a reporter's name written close after the role is a byline's only with a place's report or a photo's mark after
    # it, or in brackets: '南港日報記者宋明哲' may be a line of the story)
    rf"|{_REPORTER}(?:\s*[:：/／｜|]\s*|\s+|(?=[^（(]*[)）]\s*\d*$))?{_CREDIT_NAMES}"
    rf"(?:\s*[/／]\s*[\u3400-\u9fff]{{2,6}}(?:报道|報導|报导|報道|电|電)|\s*(?:摄|攝))"
    rf"|{_REPORTER}(?:\s*[:：/／｜|]\s*|\s+|(?=[^（(]*[)）]\s*\d*$)){_CREDIT_NAMES}"
    rf"|{_REPORTER}\s*{_CREDIT_NAMES}\s*(?:报道|報導|报导|報道)(?=\s*[)）】\]〕]?\s*$)"
    rf"|{_CREDIT_NAMES}\s*(?:摄|攝)"
    # (the roles after the name: '本报记者 孔令仪 文/图')
    rf"|(?:{_REPORTER}\s*)?{_CREDIT_NAMES}\s+(?:文\s*[/／]\s*[图圖]|[图圖]\s*[/／]\s*文)"
    # (or with what the reporter did after the name: '本报记者 葛文静 采访整理')
    rf"|{_REPORTER}(?:\s*[:：/／｜|]\s*|\s+)?{_CREDIT_NAMES}\s*(?:采访整理|採訪整理|整理|采写|採寫)"
    r"|(?:[\u3400-\u9fff]{0,10}?(?:记者|記者)\s*)?(?:综合报道|綜合報導|综合报导|綜合報道)"
    # (who made the show: '本节目由「夜读社」出品', '本節目由南岸時報音頻部製作')
    rf"|(?:本节目|本節目|本期节目|本期節目|本集|本期|节目|節目)由\s*[「“《]?{_CREDIT_OUTLET}[」”》]?\s*(?:制作|製作|出品|联合出品|聯合出品|录制|錄製)"
    rf"|(?:本文|图片|圖片|照片|视频|視頻)?由{_CREDIT_OUTLET}(?:提供|供图|供圖)|(?:{_CREDIT_DESK}|{_CREDIT_NAME}(?:融媒|工作室|团队|團隊)?)\s*出品)"
)
_CREDIT_SEPARATOR: Final = rf"(?:\s*[|｜·・;；,，/／\s]\s*|(?={_CREDIT_ROLE}))"
_CREDIT_END: Final = r"\s*[)）】\]〕]?\s*\d{0,8}$"
# Units, each followed by a separator or by the line's end: the units joined by separators ('U (S U)*'), with the unit
# written once (it can match no end of line), which halves what the pattern takes to compile
CREDIT_LINE: Final = re.compile(
    han_outside_ignorecase(
        rf"^[（(【\[〔]?\s*{_OWN_DESK}(?:本文|本篇)?"
        rf"(?:{_CREDIT_UNIT}(?:{_CREDIT_SEPARATOR}(?!{_CREDIT_END})|(?={_CREDIT_END})))+{_CREDIT_END}"
    ),
    re.IGNORECASE,
)
CREDIT_LINE_MAX_CHARS: Final = 60
_CREDIT_DASHES: Final = "—–─-"


# the writer's credit in a byline ('文／许若晴 （城东独立媒体）', '作者：林间', '本报记者 吴海生'): the names after the role
_WRITER_CREDIT: Final = re.compile(
    rf"(?:^|[\s|｜(（【\[])(?:文字|文|撰文|撰稿|采写|採寫|(?:本文)?作者|{_REPORTER})\s*[:：/／｜|，,]?\s*"
    r"(?P<names>[\u3400-\u9fff·]{2,12}(?:\s*[、&]\s*[\u3400-\u9fff·]{2,8}){0,3}"
    r"|[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,2}(?:\s*(?:[、&/／]|and)\s*[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,2}){0,3})",
    re.IGNORECASE,
)
_A_ROLE: Final = re.compile(_CREDIT_ROLE)


def credited_writer(text: str) -> str | None:
    """The writer's names a credit line gives (``CREDIT_LINE``), or None when it credits only others (photos, an
    editor)."""
    match = _WRITER_CREDIT.search(text)
    if match is None:
        return None
    names = match.group("names")
    role = _A_ROLE.search(names, 2)  # the next credit written close ('林晓岚编辑/周文浩')
    return (names[: role.start()] if role else names).strip() or None


def is_credit_line(text: str) -> bool:
    """Whether a line is only bylines and credits (``CREDIT_LINE``), no sentence; between dashes too ('— 某报评论部 出品 —')."""
    if text[:1] in _CREDIT_DASHES:
        text = text.strip(_CREDIT_DASHES + " ")
    return (
        len(text) <= CREDIT_LINE_MAX_CHARS
        and not _SENTENCE_PUNCTUATION.search(text)
        and bool(CREDIT_LINE.match(text.strip()))
    )


# A repost's line naming where its text came from ('来源：乡土观察（ID：xiangtu_gc）', '（来源：青山周报 作者：蒋文）',
# '转载自：某某网', '來源：https://…'): the outlet (maybe its account's id in brackets) or its address, maybe credits
# after it, no sentence. Amid the article such a line names a chart's or a quotation's source and stays; at the
# article's edge (``body``) it is the post's credit.
_SOURCE_LABEL: Final = r"(?:文章|本文|稿件|内容|內容|消息|新闻|新聞)?(?:来源|來源|出处|出處)|转自|轉自|转载自|轉載自|稿源|source|nguồn|sumber|fonte"
SOURCE_LINE: Final = re.compile(
    rf"^[（(【\[]?\s*(?:{_SOURCE_LABEL})\s*[:：|｜]\s*"
    r"(?:https?://\S+|(?:《[^《》]{1,20}》|[^\s。！？!?，,；;：:（()）\[\]【】《》]{1,16})(?:\s*[（(][^()（）]{1,24}[)）])?)"
    r"(?P<rest>.*?)\s*[)）】\]]?\s*$",
    re.IGNORECASE,
)


def is_source_line(text: str) -> bool:
    """Whether a line only names where a repost came from (``SOURCE_LINE``), with credits after it or nothing."""
    text = text.strip()
    if len(text) > CREDIT_LINE_MAX_CHARS or _SENTENCE_PUNCTUATION.search(text):
        return False
    match = SOURCE_LINE.match(text)
    if match is None:
        return False
    rest = match["rest"].strip(" |｜·・,，;；/／")
    # (or the date and the page it was printed on: '（本文来源：南岸时报 2024年05月06日 A03版）')
    return not rest or is_credit_line(rest) or EDITION_DETAILS.fullmatch(rest) is not None


# A card of where a translation or a repost came from, its fields labelled ('原文：… 作者：… 发表于：… 译者：…', '来源：江畔晨报
# 抓取时间：…', 'Original: … | Author: … | Translated by: …'): at the article's edge (``body``) the post's credit. A field
# naming the original or the source must be among them: a book's card in a review ('作者：… 出版社：…') is the article's.
_ORIGIN_CARD_LABEL: Final = (
    r"原文|原文标题|原文標題|原标题|原標題|原文链接|原文連結|原文地址|原文網址|原文作者|原作者|原作|原载|原載|来源|來源|出处|出處|"
    r"发表于|發表於|发布于|發布於|刊登于|刊登於|首发|首發|抓取时间|抓取時間|获取时间|獲取時間|转载自|轉載自|作者|译者|譯者|翻译|翻譯|"
    r"校对|校對|编辑|編輯|链接|鏈接|連結|标题|標題|日期|时间|時間|original|source|author|translat(?:ed by|or|ion)|published(?: in| on| by)?"
)
# (lines joined where a Markdown quote's soft breaks were: '…原文链接抓取时间：…', '…2019 年 10 月译者：苏禾')
_GLUED_CARD_LABEL: Final = r"抓取时间|抓取時間|获取时间|獲取時間|原文链接|原文連結|发表于|發表於|译者|譯者"
_CARD_FIELD: Final = re.compile(
    rf"(?:(?:^|(?<=[\s|｜·•/]))(?:{_ORIGIN_CARD_LABEL})|(?<=[\u3400-\u9fff])(?:{_GLUED_CARD_LABEL}))\s*[:：]",
    re.IGNORECASE,
)
_ORIGIN_LABEL: Final = re.compile(
    r"^(?:原文|原文标题|原文標題|原标题|原標題|原文链接|原文連結|原文地址|原文網址|原载|原載|来源|來源|出处|出處|发表于|發表於|"
    r"刊登于|刊登於|首发|首發|抓取时间|抓取時間|获取时间|獲取時間|转载自|轉載自|original|source)",
    re.IGNORECASE,
)
ORIGIN_CARD_MAX_CHARS: Final = 300
ORIGIN_CARD_VALUE_MAX_CHARS: Final = 80


def is_origin_card(text: str) -> bool:
    """Whether a block is only the labelled fields of a post's origin (``_ORIGIN_CARD_LABEL``), two or more, one of them
    naming the original or the source, each value short and no sentence."""
    text = text.strip()
    if len(text) > ORIGIN_CARD_MAX_CHARS or ("：" not in text and ":" not in text):
        return False
    fields = list(_CARD_FIELD.finditer(text))
    if len(fields) < 2 or fields[0].start() != 0:
        return False
    if not any(_ORIGIN_LABEL.match(field[0]) for field in fields):
        return False
    ends = [field.start() for field in fields[1:]] + [len(text)]
    for field, end in zip(fields, ends, strict=True):
        value = text[field.end() : end].strip(" |｜·•/")
        if not value or len(value) > ORIGIN_CARD_VALUE_MAX_CHARS or _SENTENCE_PUNCTUATION.search(value):
            return False
    return True


_EDITOR_CREDIT: Final = guarded(
    re.compile(
        rf"(?:{_EDITOR_ROLES})\s*[:：/／｜|]|[（(【\[]\s*(?:编辑|編輯)\s*[:：]"
        # (a programme's production staff: '本期制作：…｜剪辑：…｜封面设计：…')
        r"|(?:剪辑|剪輯|剪接|封面设计|封面設計|监制|監製|后期|後期|混音)\s*[:：/／｜|]"
    )
)

_HAS_WORD: Final = re.compile(r"\w")
_SENTENCE_PUNCTUATION: Final = re.compile(
    r"[。！？!?]|\.(?:\s|$)"
)  # a full stop ends a sentence at the end of a line too
_HTML_TAG_NAMES: Final = (
    "a|abbr|address|article|aside|audio|b|big|blockquote|body|br|button|canvas|caption|center|cite|code|col|"
    "colgroup|dd|del|details|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|"
    "iframe|img|input|ins|label|li|link|main|meta|nav|noscript|object|ol|option|p|param|picture|pre|s|script|"
    "section|select|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|textarea|tfoot|th|"
    "thead|title|tr|tt|u|ul|video|wbr"
)
# Tags of HTML's own elements (and namespaced ones such as Word's <o:p>), complete or cut off before
# their '>' (or with '<' inside attributes). Other words in angle brackets are the author's: a
# placeholder ('kill <process ID>'), a tag of the XML a tutorial explains ('<coordinates>').
_LITERAL_TAG: Final = re.compile(
    # a comment's text stops at the next '<!--', so a run of unclosed openers is scanned once, not once each
    rf"<!--(?:(?!<!--).)*?-->|<!--|-->|<!DOCTYPE[^<>]*>"
    rf"|</?(?:{_HTML_TAG_NAMES}|[a-zA-Z]+:[a-zA-Z]+)(?=[\s/>])[^<>]{{0,500}}>"
    # (a tag cut off at the end of the text, '…<p', too)
    rf"|</?(?:{_HTML_TAG_NAMES})(?=[\s/>]|\Z)[^>\u3000-\u9fff\uff00-\uffef]{{0,500}}>?",  # stops at Chinese text
    re.DOTALL | re.IGNORECASE,
)
_LITERAL_ENTITY: Final = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def without_literal_entities(text: str) -> str:
    """``text`` with the entities that survived as text read ('&nbsp;', '&gt;&gt;'; escaped twice or thrice too)."""
    for _ in range(3):  # double- and triple-escaped entities
        if "&" not in text or not _LITERAL_ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


def strip_literal_markup(text: str, keep_lines: bool = False) -> str:
    """Remove tags and entities that survived as text (the source had them escaped). ``keep_lines``: a
    preformatted text's lines and spaces stay (an HTML sample in code loses its tags too: the warehouse's
    paragraphs hold no markup, which its users' and its checks' queries rely on)."""
    if "<" not in text and "&" not in text:
        return text
    text = without_literal_entities(text)
    if "<" in text:
        # (a space where a tag stood, so no words run together; none at a line's start, which is a code line's indent)
        text = _LITERAL_TAG.sub(_tag_space if keep_lines else " ", text)
    return _tidy(text, keep_lines)


def _tag_space(tag: re.Match[str]) -> str:
    return "" if tag.start() == 0 or tag.string[tag.start() - 1] == "\n" else " "


def _tidy(text: str, keep_lines: bool) -> str:
    """Whitespace collapsed to single spaces; or, for a preformatted text, lines without trailing spaces."""
    if keep_lines:
        return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    return " ".join(text.split())


_LIQUID: Final = re.compile(r"\{%-?[^%]{0,500}?-?%\}|\{\{-?[^{}]{0,500}?-?\}\}")
# '{% raw %}…{% endraw %}': Liquid writes its content out as it is, '{{ page.title }}' included
_LIQUID_RAW_OPEN: Final = re.compile(r"\{%-?[ \t]*raw[ \t]*-?%\}")
_LIQUID_RAW_CLOSE: Final = re.compile(r"\{%-?[ \t]*endraw[ \t]*-?%\}")
# The braces of a raw span's content, out of the Liquid rule's reach until it has run: Unicode noncharacters,
# which no text carries (icon fonts' private-use characters do occur in scraped pages).
_RAW_BRACES: Final = str.maketrans("{}", "\ufdd0\ufdd1")
_BRACES: Final = str.maketrans("\ufdd0\ufdd1", "{}")


def protect_liquid_raw(text: str) -> str:
    """The body with each Liquid raw span's tags removed and its braces set apart (``strip_liquid_tags``
    puts them back), as Jekyll renders it: its Liquid first, then Markdown or HTML."""
    if "{%" not in text or "raw" not in text:
        return text
    return replace_spans(text, _LIQUID_RAW_OPEN, _LIQUID_RAW_CLOSE, lambda _, inner: inner.translate(_RAW_BRACES))


def spans(text: str, opener: re.Pattern[str], closer: re.Pattern[str]) -> list[tuple[re.Match[str], int, int]]:
    """Each span from ``opener`` to the next ``closer``: the opener's match, where what it holds ends, where the
    closer ends. In one pass: an opener with no closer after it ends the search (no later one has a closer either),
    where a pattern '<open>(.*?)<close>' would scan to the end once per opener (20,000 unclosed ones: 20 s or more)."""
    found: list[tuple[re.Match[str], int, int]] = []
    position = 0
    while (start := opener.search(text, position)) is not None:
        end = closer.search(text, start.end())
        if end is None:
            break
        found.append((start, end.start(), end.end()))
        position = end.end()
    return found


def replace_spans(
    text: str, opener: re.Pattern[str], closer: re.Pattern[str], replace: Callable[[re.Match[str], str], str]
) -> str:
    """``text`` with each of its ``spans`` replaced by ``replace`` of the opener's match and what the span holds."""
    parts: list[str] = []
    position = 0
    for start, inner_end, end in spans(text, opener, closer):
        parts.append(text[position : start.start()])
        parts.append(replace(start, text[start.end() : inner_end]))
        position = end
    return "".join(parts) + text[position:] if parts else text


def strip_liquid_tags(text: str, keep_lines: bool = False) -> str:
    """Remove Liquid tags and output markup (Jekyll's template language) from a text; the content of a raw
    span (``protect_liquid_raw``) stays as written. ``keep_lines``: a preformatted text's lines and spaces."""
    if "{%" in text or "{{" in text:
        text = _tidy(_LIQUID.sub("" if keep_lines else " ", text), keep_lines)
    if "\ufdd0" in text or "\ufdd1" in text:
        text = text.translate(_BRACES)
    return text


# Codes that come in pairs ('[b]…[/b]'), or open with attributes ('[caption id="1" width="600"]', '[url=…]'); a
# closing code ('[/caption]') is never prose. A bare '[i]' or '[b]' with no closing code is the text's own.
_SHORTCODE_CLOSE: Final = re.compile(r"\[/([a-z][\w-]{0,30})\]", re.IGNORECASE)
SHORTCODE_MAX_NAMES: Final = 12  # codes of a post's markup: a handful ('[b]', '[url]', '[quote]'); more is not markup


@functools.lru_cache(maxsize=64)
def _shortcode_pair(names: frozenset[str]) -> re.Pattern[str]:
    """A pair of codes of one of ``names`` and what is between them. An opening scans only to the next opening of
    its name (and 2,000 characters at most): a damaged text of many codes costs its length."""
    alternatives = "|".join(re.escape(name) for name in sorted(names))
    return re.compile(rf"\[({alternatives})\]((?:(?!\[\1\]).){{0,2000}}?)\[/\1\]", re.IGNORECASE | re.DOTALL)


_SHORTCODE_IMAGE: Final = re.compile(r"\[img(?:[\s=][^\]]{0,300})?\][^\[\]]{0,1000}\[/img\]", re.IGNORECASE)
_SHORTCODE_OPEN: Final = re.compile(
    r"\[[a-z][\w-]{0,30}(?:\s+[\w-]+\s*=\s*(?:\"[^\"\]]{0,300}\"|'[^'\]]{0,300}'|[^\s\]]{1,300}))+\s*/?\]"
    # (a quoted value may hold spaces: Discourse's quote of a post, '[quote="阿杰, post:1, topic:3821"]')
    r"|\[(?:url|color|colour|size|font|email|quote|align|img)=(?:[^\]\s\"]{1,300}|\"[^\"\]]{1,300}\")\]",
    re.IGNORECASE,
)


def strip_shortcodes(text: str, keep_lines: bool = False) -> str:
    """Remove WordPress shortcodes and BBCode written out as text; their words stay (``strip_shortcodes``).
    Code (``keep_lines``) keeps them: a post about shortcodes shows them in its examples."""
    if keep_lines or "[" not in text or "]" not in text:
        return text
    before = text
    text = _SHORTCODE_IMAGE.sub("", text)
    names = frozenset(match.group(1).lower() for match in _SHORTCODE_CLOSE.finditer(text))
    if names and len(names) <= SHORTCODE_MAX_NAMES:
        pair = _shortcode_pair(names)
        for _ in range(3):  # codes nested in codes
            inner = pair.sub(r"\2", text)
            if inner == text:
                break
            text = inner
    text = _SHORTCODE_CLOSE.sub("", _SHORTCODE_OPEN.sub("", text))
    return text if text == before else _tidy(text, keep_lines)


# What a word processor pasted with the text: Word's document settings and style sheet, left as text where a
# sanitizer removed the conditional comment around them ('Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE
# MicrosoftInternetExplorer4', '/* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; …}')
_OFFICE_RESIDUE: Final = re.compile(
    r"\bNormal\s+0(?:\s+[\d.]+\s*(?:磅|pt)?)*(?:\s+(?:false|true)){2,}(?:\s+(?:[A-Z]{2}-[A-Z]{2}|X-NONE))*"
    r"(?:\s+MicrosoftInternetExplorer4)?"
    r"|/\*\s*Style Definitions\s*\*/(?:\s*[\w.#:\\*-]+\s*\{[^{}]*\})+"
    r"|\bst1\\?:\*\s*\{\s*behavior\s*:\s*url\(#ieooui\)\s*\}"
    r"|\bMicrosoftInternetExplorer4\b"
)


# A screen reader's label a page writes before a picture's caption, hidden from sight ('图像加注文字，…', BBC's)
_SCREEN_READER_LABEL: Final = re.compile(
    r"^(?:图像加注文字|圖像加註文字|圖像加注文字|视频加注文字|視頻加註文字|影片加註文字|Image caption|Media caption)\s*[，,:：]\s*",
    re.IGNORECASE,
)


def strip_screen_reader_labels(text: str, keep_lines: bool = False) -> str:
    """Remove the label a page writes for screen readers before a caption (``strip_screen_reader_labels``)."""
    if keep_lines or not text.startswith(("图像", "圖像", "视频", "視頻", "影片", "Image", "image", "Media", "media")):
        return text
    return _SCREEN_READER_LABEL.sub("", text, count=1)


def may_hold_residue(text: str) -> bool:
    """Whether a block may hold what ``strip_office_residue``, ``strip_icon_glyphs``, ``strip_fold_links``,
    ``strip_edit_links``, ``strip_more_links`` or ``strip_trailing_credits`` remove: one cheap look for the rules
    most blocks never need."""
    return (
        not text.isprintable()
        or "全文" in text[-8:]
        or text.endswith(("]", ">", "»", "›", "→", "＞", "）", ")", "】", *_WEB_LINK_LABELS))
        or text[-7:].isdigit()  # (a wire's date code after its editor's credit: '（編輯：某某）1130105')
        or "…" in text[-FOLD_LINK_MAX_CHARS:]
        or ".." in text[-FOLD_LINK_MAX_CHARS:]
        or "Normal" in text
        or "Style Definitions" in text
    )


def strip_office_residue(text: str, keep_lines: bool = False) -> str:
    """Remove Word's settings and style sheet pasted as text before a paragraph (``strip_office_residue``); code
    (``keep_lines``) keeps them."""
    if keep_lines or not ("Normal" in text or "Style Definitions" in text):
        return text
    stripped = _OFFICE_RESIDUE.sub(" ", text)
    return text if stripped == text else _tidy(stripped, keep_lines)


# An icon font's glyph: a private-use character beside no Latin letter ('\ue600 1.2万', '…过来。\ue602'). Touching
# a Latin word it stands for a letter a PDF's font had no code for ('Bénassy\ue011Quéré', 'Chlupat\ue7b3，') and stays.
_LATIN: Final = "A-Za-z\u00c0-\u024f"
_ICON_GLYPHS: Final = re.compile(rf"(?<![{_LATIN}\ue000-\uf8ff])[\ue000-\uf8ff]+(?![{_LATIN}\ue000-\uf8ff])")
_HAS_PRIVATE_USE: Final = re.compile(r"[\ue000-\uf8ff]")


def strip_icon_glyphs(text: str, keep_lines: bool = False) -> str:
    """Remove icon fonts' glyphs from a block's text (``strip_icon_glyphs``); code keeps them."""
    if keep_lines or text.isprintable() or _HAS_PRIVATE_USE.search(text) is None:  # (a private-use character is not)
        return text
    stripped = _ICON_GLYPHS.sub("", text)
    return text if stripped == text else _tidy(stripped, keep_lines)


# A microblog's fold link after its cut text's ellipsis, which stays to say the text was cut ('……展开全文c': the letter
# is the arrow of its icon font), a feed's cut copy's link to the rest ('……阅读全文>>', '… Continue reading →'), or
# '收起全文' after the whole text
_FOLD_LINK: Final = re.compile(
    r"(?:(?<=\.\.)|(?<=…)|(?<=⋯))\s*[\[【(（]?\s*(?:展开全文|展開全文|全文|阅读全文|閱讀全文|查看全文|继续阅读|繼續閱讀|展开|展開|更多"
    r"|read more|continue reading|read the full (?:story|article))\s*[\]】)）]?\s*(?:>>|»|›|>|→|＞＞|[a-z])?$"
    r"|\s*收起全文\s*[a-z]?$",
    re.IGNORECASE,
)


# A wiki's edit link after a section's heading ('历史[编辑]', 'History[edit]', '歷史[編輯原始碼]')
_EDIT_LINK: Final = re.compile(r"\s*\[\s*(?:编辑|編輯|edit|编辑源代码|編輯原始碼|编辑源码|修改)\s*\]$", re.IGNORECASE)


def strip_edit_links(text: str, keep_lines: bool = False) -> str:
    """Remove a wiki's edit link closing a block (``strip_edit_links``); code keeps it, and so does a block that is
    nothing else."""
    if keep_lines or not text.endswith("]"):
        return text
    return _EDIT_LINK.sub("", text) or text


# A digest item's link to the whole story after its sentence ('…预计明天恢复。详情>>', '… Read more »')
# the words of a link to the rest of a story ('详情', '阅读全文', 'Read more')
MORE_WORDS: Final = r"详细|詳細|详情|詳情|更多|全文|阅读全文|閱讀全文|查看全文|查看详情|查看詳情|阅读更多|閱讀更多|read more|more|continue reading"
_MORE_LINK: Final = re.compile(rf"(?<=[。！？!?.」”』）)])\s*(?:{MORE_WORDS})\s*(?:>>|»|›|>|→|＞＞)\s*$", re.IGNORECASE)


# the desk editor's bracketed credit after a block's last sentence, on the same line or after a <br>
_TRAILING_CREDIT: Final = re.compile(
    rf"(?<=[。！？!?」”』])\s*[（(【\[]\s*(?:{_EDITOR_ROLES}|编辑|編輯)\s*[:：]\s*{_STAFF_NAMES}{_DESK_CODE}"
    r"\s*[）)】\]]\s*(?:\d{7,8}\s*)?$"  # (and the wire's date code after it: '（編輯：某某）1130105')
    # (or a caption's hint to enlarge its picture: '…為活動作準備。（點擊圖片放大）')
    r"|(?<=[。！？!?」”』])\s*[（(]\s*(?:点击|點擊|点|點)(?:图片|圖片|图|圖)可?(?:放大|(?:查看|看)(?:大|原)(?:图|圖))\s*[）)]\s*$"
)


def strip_trailing_credits(text: str, keep_lines: bool = False) -> str:
    """Remove the desk editor's bracketed credit closing a block's text (``strip_trailing_credits``); code keeps it."""
    if keep_lines or not (text.endswith(("）", ")", "】", "]")) or text[-7:].isdigit()):
        return text
    return _TRAILING_CREDIT.sub("", text)


# a microblog's label for a web address after a sentence ('…石磨的香。网页链接'): the link's stand-in, never a word
_WEB_LINK_LABELS: Final = ("网页链接", "網頁鏈接", "網頁連結")
_WEB_LINK_LABEL: Final = re.compile(rf"(?<=[。！？!?」”』）)])\s*(?:{'|'.join(_WEB_LINK_LABELS)})$")


def strip_more_links(text: str, keep_lines: bool = False) -> str:
    """Remove a link to the whole story closing a block's sentence, or a microblog's label for a web address there
    (``strip_more_links``); code keeps it."""
    if keep_lines:
        return text
    if text.endswith(_WEB_LINK_LABELS):
        return _WEB_LINK_LABEL.sub("", text)
    if not text.endswith((">", "»", "›", "→", "＞")):
        return text
    return _MORE_LINK.sub("", text)


FOLD_LINK_MAX_CHARS: Final = 30  # the ellipsis and the link after it ('… Continue reading →')


def strip_fold_links(text: str, keep_lines: bool = False) -> str:
    """Remove a fold link closing a block ('…展开全文', '……阅读全文>>', '收起全文') (``strip_fold_links``); code keeps it."""
    tail = text[-FOLD_LINK_MAX_CHARS:]
    if keep_lines or ("…" not in tail and ".." not in tail and "⋯" not in tail and "收起全文" not in tail):
        return text
    return _FOLD_LINK.sub("", text)


_OPENING_QUOTES: Final = "“「『‘"
_CLOSING_QUOTES: Final = "”」』’"


# (an English sentence ends with a full stop before a space: 'All rights reserved. Those three words were…')
_SENTENCE_SPAN: Final = re.compile(r"(?:[^。！？!?.]|\.(?!\s|$))+(?:[。！？!?]+|\.+(?=\s|$))?\s*")
# a clause of a Chinese sentence (English notices are counted by sentence: '© Name, Place' is one credit)
_CLAUSE_SPAN: Final = re.compile(r"[^，；;：:。！？!?]+[，；;：:。！？!?]*")
# a footer's contact, beside its copyright ('… 版權所有　地址：70xxx 中正路100號　總機：(06)2600-0000'): its label
_CONTACT_LABEL_END: Final = re.compile(
    r"(?:地址|住址|总机|總機|电话|電話|传真|傳真|电邮|電郵|邮箱|郵箱|信箱|e-?mail|客服|服务时间|服務時間|办公时间|辦公時間)\s*[:：]\s*$",
    re.IGNORECASE,
)


# '(C)' opening a clause of six words or more (its stop at the end, or ten words or more) that names no rights, year or
# owner's mark: a list's third item
THIRD_ITEM_MIN_WORDS: Final = 10
_THIRD_ITEM: Final = re.compile(r"^\s*\(c\)\s+(?:[^\s©]+\s+){5}", re.IGNORECASE)
_NOTICE_WORDS: Final = re.compile(r"rights|copyright|©|\b\d{4}\b|\binc\b|ltd|版权|版權", re.IGNORECASE)


_CJK_SENTENCE_END: Final = re.compile(r"[。！？]")


def _is_copyright_notice(text: str) -> bool:
    """A copyright or 'do not republish' notice (``COPYRIGHT``) that the text states, not one it quotes or
    reports: a match after more opening than closing quotes (or an odd number of ASCII '"') is inside a
    quotation, and one after a verb of saying in its sentence ('法院判决指出，…著作权归摄影师所有') is reported.

    The notice must be most of the text, counted by clause: a paragraph of the post's own sentences that ends
    with one ('…讲述一座老电影院的兴衰。欢迎分享，严禁转载！') is the author's, and so is a sentence whose other
    clauses tell a story ('根据协议，合作网站不得转载该小说的任何章节，否则须承担违约责任')."""
    if not _COPYRIGHT_HINT.search(text.lower()) or _STATUTE_ARTICLE.match(text) or MENTIONED.search(text):
        return False  # (an article of a law or a rule quoted in full, '第四條　館藏資料之著作權歸…', states the law)
    if text.lstrip()[:1] == "©" and not _CJK_SENTENCE_END.search(text):
        return True  # a footer's row that opens with the sign ('© 小川 for 小川的笔记, 2012. | 永久链接 | 8 条评论')
    if (
        _THIRD_ITEM.match(text)
        and (text.rstrip()[-1:] in ".;:,。；：，" or len(text.split()) >= THIRD_ITEM_MIN_WORDS)
        and not _NOTICE_WORDS.search(text)
    ):
        return False  # a list's third item, '(C) The rider has run a courier business of her own …' after '(A) …'
    stated = []
    for match in COPYRIGHT.finditer(text):
        before = text[: match.start()]
        opened = sum(before.count(q) for q in _OPENING_QUOTES) - sum(before.count(q) for q in _CLOSING_QUOTES)
        its_sentence = before[max(before.rfind(mark) for mark in "。！？!?") + 1 :]
        # (the site's own words of saying are its notice's: '本网所有转载内容均注明来源，如有侵权请联系删除')
        if (
            opened <= 0
            and before.count('"') % 2 == 0
            and (not _REPORTED_BY.search(its_sentence) or _SITE_ITSELF.search(its_sentence))
        ):
            stated.append((match.start(), match.end()))
    if not stated:
        return False
    notice = 0
    for sentence in _SENTENCE_SPAN.finditer(text):
        if not any(start < sentence.end() and sentence.start() < end for start, end in stated):
            # (a sentence about rights, or one of the site's notes each clause of it: a disclosure of paid links)
            if _ABOUT_RIGHTS.search(sentence.group()) or all(
                _NOTICE_CLAUSE.search(clause.group()) for clause in _CLAUSE_SPAN.finditer(sentence.group())
            ):
                notice += len(sentence.group())
            continue
        labelled = False  # (the clause before ended with a contact's label: this is its value)
        for clause in _CLAUSE_SPAN.finditer(sentence.group()):
            at = sentence.start() + clause.start()
            if (
                labelled
                or any(start < at + len(clause.group()) and at < end for start, end in stated)
                or _ABOUT_RIGHTS.search(clause.group())
                or _NOTICE_CLAUSE.search(clause.group())
            ):
                notice += len(clause.group())
            labelled = _CONTACT_LABEL_END.search(clause.group()) is not None
    return 2 * notice > len(text.strip())


# A notice's or a label's words that the sentence goes on to speak of: mentioned, not shown ('版权所有，翻印必究——这
# 八个字印在…', '剩余30%内容需付费阅读——这行小字，是…', '…畅读全站文章，这是他们定的价格。')
MENTIONED: Final = re.compile(
    # the words spoken of right after them ('版权所有四个字，…', 'All rights reserved 的意思是…')
    r"^[^，,。]{2,40}?(?:[一二三四五六七八九十两兩\d]{1,3}\s*(?:个|個)字|的意思是|的意思|意思是|指的是)|"
    r"(?:——|—|，|,|」|”|』)\s*(?:这|這)(?:行|句|段|些|种写法|種寫法|种格式|種格式|几个字|幾個字|[一二三四五六七八九十两兩\d]{1,3}\s*(?:个|個)?字"
    # '…，这是他们定的价格': who set it (a notice's own '，这是对作者的尊重' is the notice's)
    r"|是(?:他们|她们|他們|她們|他|她|它|我们|我們|该|該|平台|网站|網站|报社|報社))"
)
# A quotation in a sentence ('…一句话是“订阅后阅读全文”。'): the note quoted, with the sentence's own words around it
_QUOTATION: Final = re.compile(r"“[^“”]{1,40}”|「[^「」]{1,40}」|『[^『』]{1,40}』|\"[^\"]{1,40}\"")
QUOTING_WORDS_MIN_CHARS: Final = 6


def _quotes_a_note(text: str) -> bool:
    """Whether a line quotes a note rather than being one: without its quotations it still has words of its own, and
    no note."""
    if not _QUOTATION.search(text):
        return False
    rest = _QUOTATION.sub("", text)
    return len(_HAN_OR_WORD.findall(rest)) >= QUOTING_WORDS_MIN_CHARS and PAYWALL_NOTE.search(rest) is None


_HAN_OR_WORD: Final = re.compile(r"[\u3400-\u9fff]|[A-Za-z]+")


# The site's home, then two or more places set apart by '>' ('首页 > 城市 > 正文'); a label before it ('当前位置：',
# '您所在的位置：', '位置：')
BREADCRUMB_MAX_CHARS: Final = 60
BREADCRUMB: Final = re.compile(
    r"^(?::::\s*)?(?:(?:当前|當前|您当前|您當前|你当前|你當前|您的|你的|您现在的|您現在的|您所在的|你所在的|您当前所在的|您當前所在的|所在|目前)?位置\s*[:：]\s*)?"
    r"(?:[^\s|｜>›»。！？，,]{1,12}\s*[|｜]\s*)?"  # (the site's name and a bar before it: '消费观察 | 首页 > 维权')
    r"(?:[\u3400-\u9fff]{0,4}(?:首页|首頁)|主页|主頁|home)(?:\s*(?:>>?|[›»→＞])\s*[^\s>›»→＞。！？，,]{1,12}){1,5}"
    r"\s*(?:>>?|[›»＞])?$"
    # (with slashes: 'Home / 生活指南 / 租房')
    r"|^(?:[\u3400-\u9fff]{0,4}(?:首页|首頁)|主页|主頁|home)(?:\s*[/／]\s*[^\s/／。！？，,]{1,12}){2,4}$"
    # the site's menu left as one line of its words, the home page first ('网站首页 新闻中心 政务公开 乡镇动态')
    r"|^(?:首页|首頁|主页|主頁|网站首页|網站首頁)(?:\s+[^\s。！？，,：:>›»]{2,6}){3,12}$"
    # with slashes, to the post itself ('首页 / 碎碎念 / 正文')
    r"|^(?:首页|首頁|主页|主頁|home)(?:\s+/\s+[^\s/。！？，,]{1,12}){1,4}\s+/\s+(?:正文|文章|post|article)$"
    # ('西窗评论 > 教育 > 正文': the site, its section, then the article itself)
    r"|^[^\s>›»。！？，,]{1,12}(?:\s*>\s*[^\s>›»。！？，,]{1,12}){1,4}\s*>\s*(?:正文|内文|內文|文章|本文)$"
    # without the home page: three or more arrows of a trail (not '>', which prose uses) between short section
    # names, the page's own title maybe last ('城东论坛 › 生活 › 业主之家 › 我们楼装电梯的全过程')
    # (an app's or a program's path to a setting, which how-tos show, opens with its settings: '设置 › 隐私 › 定位服务')
    r"|^(?!(?:设置|設置|設定|设定|系统设置|系統設定|偏好设置|偏好設定|控制面板|settings|preferences|control panel)\s*[›»])"
    r"[^\s>›»。！？，,]{1,12}(?:\s*[›»]\s*[^\s>›»。！？，,]{1,12}){2,5}(?:\s*[›»]\s*[^>›»。！？]{1,40})?\s*[›»]?$"
    # (two arrows, the post's title last, a question maybe: '装修论坛 » 旧房改造 » 老房子换电线，到底要不要全部开槽？')
    r"|^(?!(?:设置|設置|設定|设定|系统设置|系統設定|偏好设置|偏好設定|控制面板|settings|preferences|control panel)\s*[›»])"
    r"[^\s>›»。！？，,]{1,12}\s*[›»]\s*[^\s>›»。！？，,]{1,12}\s*[›»]\s*[^>›»。]{8,40}?[？?]?$",
    re.IGNORECASE,
)
# (or a document's numbered clause: '3.1 本公司对…享有著作权，版权所有，受法律保护。')
_STATUTE_ARTICLE: Final = re.compile(
    r"^\s*(?:第\s*[一二三四五六七八九十百零〇\d]{1,6}\s*[条條款]|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s)"
)
# the other sentences of a notice speak of the same ('本文为作者原创。', '如需转载请联系…')
_ABOUT_RIGHTS: Final = re.compile(
    r"转载|轉載|授权|授權|原创|原創|版权|版權|著作权|著作權|知识产权|知識產權|侵权|侵權|出处|出處|"
    r"copyright|rights|permission|reproduc|redistribut|republish|may not be (?:published|broadcast|copied)",
    re.IGNORECASE,
)
# and the other clauses of a notice's sentence: of the text or the site itself ('以上内容为平台用户上传并发布'),
# where its pictures came from ('部分图片来源网络'), or its label ('声明：')
_NOTICE_CLAUSE: Final = re.compile(
    # (and the disclosure of paid links beside it: '文中商品链接可能带有推广性质，不影响编辑评价')
    r"(?:链接|鏈接|連結)[^。！？，,]{0,8}(?:推广|推廣|佣金|返利|分润|分潤)|不影响编辑|不影響編輯|"
    r"(?:本专题|本專題|图文|圖文|本篇)[^。！？，,]{0,8}由[^。！？，,]{1,16}提供|本文|本站|本网|本網|本平台|以上内容|以上內容|(?:来源|來源|来自|來自)(?:于|於)?(?:网络|網絡|網路|互联网|互聯網)|"
    r"(?:欢迎|歡迎)[^。！？，,；;]{0,12}(?:转发|轉發|分享|转贴|轉貼|转传|轉傳)|"
    # (the pictures' sources before the takedown notice: '图片来源：某编辑部 / 部分图片由读者投稿')
    r"(?:^\W{0,2}(?:部分)?(?:图片|圖片|配图|配圖|图源|圖源)(?:来源|來源|来自|來自)|(?:部分)?(?:图片|圖片|配图|配圖)(?:由|来自|來自)"
    r"[^。！？，,]{1,16}(?:投稿|提供|拍摄|拍攝))[^。！？，,]{0,30}[，,]?\s*$|"
    r"不代表[^。！？，,]{0,12}(?:观点|觀點|立场|立場)|"
    r"^\W{0,2}[^\W\d_]{1,6}[：:]\s*$"
)
_SITE_ITSELF: Final = re.compile(r"本网|本網|本站|本平台|本报|本報|本刊|本号|本號")
# a verb of saying before a notice's words in its sentence: the sentence reports what someone said or ruled
# (not followed by a colon, which makes it a notice's label: '特别提醒：…')
_REPORTED_BY: Final = re.compile(
    r"(?:指出|表示|强调|強調|认为|認為|认定|認定|提醒|注明|註明|写道|寫道|提到|警告|呼吁|呼籲|裁定|判决|判決|"
    r"发出公告|發出公告|发布公告|發布公告|公告称|公告稱|声明称|聲明稱|透露|坦言|回应|回應|宣布|宣佈|"
    # another's declaration ('除著作权人声明不得转载外'); the site's own ('本站郑重声明，…') is its notice
    r"(?<!本[站网網报報刊号號台])(?<![郑鄭]重)(?<!特[别別])(?<!免[责責])(?<!版[权權])(?<!重要)(?:声明|聲明)(?![\s:：，,])|"
    r"(?<![小解])说|(?<![小解])說)(?![：:明])"
)


def is_line_number_gutter(text: str) -> bool:
    """Whether a preformatted text is only consecutive line numbers from 1, one per line (two or more)."""
    lines = text.split()
    return len(lines) >= 2 and lines == [str(number) for number in range(1, len(lines) + 1)]


# how a program's text opens: a function called at once, a variable set, the window's or the document's property, a
# JSON value, a style rule or an at-rule
SCRIPT_OPENING: Final = re.compile(
    # (maybe after the end of a CDATA section or a comment that hid it: ']]> var _paq = …', '//]]> -->')
    r"\s*(?:(?://\s*)?\]\]>\s*|-->\s*|<!--\s*|(?://\s*)?<!\[CDATA\[\s*)*"
    r"(?:[(!]\s*function\b|(?:var|let|const)\s+[\w$]+\s*=|function\s*[\w$]*\s*\(|(?:window|document|self)\.[\w$]+"
    r"|[{\[]\s*[\"{\[]|@(?:media|import|font-face|keyframes|charset)\b|[.#]?[A-Za-z][\w.#:\[\]=\"' >+~,-]{0,120}\{\s*[a-z-]+\s*:)"
)
SCRIPT_TEXT_MIN_CHARS: Final = 30
SCRIPT_PUNCTUATION_MIN_SHARE: Final = 0.08  # '{', '}', '(', ')', ';', '=', '[', ']', ':' of all its characters
SCRIPT_HAN_MAX_SHARE: Final = 0.15  # (a page's state names its article in Chinese: '{title:"南灣動物園…"}')


def _is_script_text(text: str) -> bool:
    """Whether a block is a program's text: code's punctuation dense in it, and hardly a Chinese character."""
    punctuation = sum(text.count(mark) for mark in "{}();=[]:")
    han = len(HAN_CHARACTER.findall(text))
    return punctuation >= SCRIPT_PUNCTUATION_MIN_SHARE * len(text) and han <= SCRIPT_HAN_MAX_SHARE * len(text)


def _is_json_object(text: str) -> bool:
    """Whether a block is a JSON object (a page's structured data shown as text)."""
    try:
        return isinstance(json.loads(text), dict)
    except (ValueError, RecursionError):
        return False


RECORD_MIN_FIELDS: Final = 5  # 'key: value' pairs in one block, most keys a program's identifiers ('parent_id')
_FIELD_KEY: Final = re.compile(r"(?:^|\s)([a-z][a-z0-9]*(?:_[a-z0-9]+)*_?):(?=\s|$)")


def _is_record_of_fields(text: str) -> bool:
    """Whether a block is a program's record of fields, one after another ('id: … parent_id: … created_time: …'): five
    or more keys written as identifiers, most of them compound ('source_url'), and no sentence of Chinese."""
    keys = _FIELD_KEY.findall(text)
    return (
        len(keys) >= RECORD_MIN_FIELDS
        and 2 * sum("_" in key for key in keys) >= len(keys)
        and not any(mark in text for mark in "。！？")
    )


TALLY_MAX_CHARS: Final = 60
TALLY_LABEL_MAX_CHARS: Final = 4  # a reaction's word ('有用', '弹幕', '則留言'); a word of letters up to 10 ('Reposts')
_TALLY_COUNT: Final = re.compile(r"[(（]?\d[\d,]*(?:\.\d+)?\s*(?:万|萬|亿|億|[wWkKM])?\+?[)）]?")
_TALLY_SEPARATORS: Final = re.compile(r"[\s·•|｜/]+")
_CLAUSE_MARKS: Final = re.compile(r"[，。；！？,;!?：:、]")
_THOUSANDS: Final = re.compile(r"(?<=\d),(?=\d{3})")
_REACTION: Final = re.compile(  # a reaction's name, maybe after its measure word ('則留言', '個讚') or before its count's
    r"(?:[人个個则則条條次])?(?:赞|讚|贊|赞同|贊同|点赞|點讚|评论|評論|留言|转发|轉發|分享|收藏|喜欢|喜歡|不喜欢|不喜歡|播放|"
    r"弹幕|彈幕|硬币|硬幣|投币|有用|没用|沒用|回应|回應|阅读|閱讀|浏览|瀏覽|观看|觀看|在看|关注者|關注者|被浏览|被瀏覽|"
    r"likes?|replies|reply|reposts?|retweets?|comments?|shares?|views?|claps?|upvotes?|followers?)"
    # (and what was reacted to: '412 人赞同了该回答', '36 人收藏了這篇文章')
    r"(?:了(?:该|該|这个|這個|这篇|這篇|此)?(?:回答|文章|想法|视频|視頻|影片|贴文|貼文|帖子|动态|動態))?",
    re.IGNORECASE,
)
PICTOGRAPHS: Final = (
    "\u2600-\u27bf\U0001f000-\U0001faff"  # the ranges of emoji and pictographs (a character class's body)
)
_PICTOGRAPH_MARKS: Final = re.compile(f"[\u25b6{PICTOGRAPHS}\u2b50-\u2b55\ufe0f\u200d\u20e3]")


def is_post_counts(text: str) -> bool:
    """Whether a line is a post's tally of reactions (``_is_tally``), maybe with the link to the post on its platform
    after it ('🔁 48 · ⭐ 136 · 💬 9 · 在 Mastodon 上查看'): what a page shows under an embedded post, no article."""
    if _is_tally(text):
        return True
    head, dot, link = text.rpartition("·")
    return bool(dot) and _is_tally(head.strip(" ·|")) and _text_rule_for(link.strip(), False) is not None


def _is_tally(text: str) -> bool:
    """Whether a line is a platform's tally of reactions: numbers only, each with a short label or a pictograph
    ('👍 2,031 💬 145 🔁 88', '播放 3.4万 · 弹幕 212', '3 則留言 · 27 個讚', '3 Replies 11 Reposts'), two counts or
    one with a pictograph, and no clause. An author's figures come in sentences ('一斤两块五，十二块钱两荤一素')."""
    if _HAS_DIGIT.search(text) is None or _CLAUSE_MARKS.search(_THOUSANDS.sub("", text)):
        return False  # (a count opens with a decimal digit, which is what \d finds)
    counts = _TALLY_COUNT.findall(text)
    labels = [label for label in _TALLY_SEPARATORS.split(_TALLY_COUNT.sub(" ", text)) if label]
    if not counts or not labels or len(labels) > len(counts) + 1:
        return False
    pictographs = [not _PICTOGRAPH_MARKS.sub("", label) for label in labels]
    if all(pictographs):  # ('👍 2,031 💬 145', '▶ 1.2万'): one count is enough
        return True
    # else reactions by name among them, two counts or more ('金牌 38 银牌 32' is a score, '6.奇虎360浏览器' a heading)
    return (
        len(counts) >= 2
        and any(_REACTION.fullmatch(label) for label in labels)
        and all(
            pictograph
            or (label.isascii() and label.isalpha() and len(label) <= 10)
            or (len(label) <= TALLY_LABEL_MAX_CHARS and not label.isascii() and not any(c.isdigit() for c in label))
            for label, pictograph in zip(labels, pictographs, strict=True)
        )
    )


_STATUS_SEPARATORS: Final = re.compile(r"\s*[·•|｜]\s*")
_SENTENCE_MARKS: Final = re.compile(r"[，。；！？,;!?、]")
# the parts of a post's status line besides its counts and times: an edit's mark (_EDIT_MARK), where it
# was sent from ('來自 微言 Android 用戶端', 'via …'), who may see it ('公开'), a link to the post on its platform
_SENT_FROM: Final = re.compile(rf"{_SOURCE}|via\s+[^\s。！？，,][^。！？，,]{{0,20}}", re.IGNORECASE)
_VISIBILITY: Final = re.compile(r"公开|公開|仅粉丝可见|僅粉絲可見|public|unlisted|followers[- ]only", re.IGNORECASE)
_SEE_ON_PLATFORM: Final = re.compile(
    r"在\s*[^\s，。]{1,12}\s*上?(?:查看|觀看|观看|打开|打開)|view (?:it |this post )?on [\w.]{1,20}"
    r"|原始消息|原消息|原始貼文|原始帖子|original (?:post|message)",
    re.IGNORECASE,
)
_TIME_ALONE: Final = re.compile(_TIME, re.IGNORECASE)
# a date with what happened then ('2021-05-28 发布'), a recording's length ('时长 58:12', '视频时长 21:47')
_DATE_DONE: Final = re.compile(rf"{_DATE}\s*{_TIME}?\s*(?:发布|發布|發佈|更新|编辑|編輯|上传|上傳|投稿)", re.IGNORECASE)
_DURATION: Final = re.compile(
    r"(?:视频|視頻|影片|音频|音頻|节目|節目)?(?:时长|時長|片长|片長)\s*[:：]?\s*\d{1,2}:\d{2}(?::\d{2})?"
)


# how many follow, read or watch the page ('已有 12.8万 人关注', '3,204人看过')
_PEOPLE_COUNT: Final = re.compile(
    r"(?:已有|共|累计|累計)?\s*\d[\d.,]*\s*[万萬kK]?\s*人(?:关注|關注|订阅|訂閱|围观|圍觀|参与|參與|阅读|閱讀|看过|看過|在看|浏览|瀏覽)"
)


def _is_one_count(text: str) -> bool:
    """One count with a reaction's name or a pictograph ('1,284 個讚', '赞同 86', '👁 3401 views', '12 回应')."""
    counts = _TALLY_COUNT.findall(text)
    labels = [label for label in _TALLY_SEPARATORS.split(_TALLY_COUNT.sub(" ", text)) if label]
    return (
        len(counts) == 1
        and 1 <= len(labels) <= 2
        and all(not _PICTOGRAPH_MARKS.sub("", label) or _REACTION.fullmatch(label) for label in labels)
    )


def _status_part(part: str) -> str | None:
    """What one part of a status line is: 'count', 'time' or 'other' (where from, who sees it, a control)."""
    if _HAS_DIGIT.search(part) and (
        _is_tally(part)
        or _is_one_count(part)
        or _DURATION.fullmatch(part)
        or PAGE_META.match(part)
        or _PEOPLE_COUNT.fullmatch(part)
    ):
        return "count"  # (or the page's own count, '觀看次數：3,204次')
    if (
        DATELINE.match(part)
        or _DATE_AND_SOURCE.match(part)
        or _TIME_ALONE.fullmatch(part)
        or _DATE_DONE.fullmatch(part)
        or _EDIT_MARK.fullmatch(part)
    ):
        return "time"
    if (
        _SENT_FROM.fullmatch(part)
        or _VISIBILITY.fullmatch(part)
        or _SEE_ON_PLATFORM.fullmatch(part)
        or CONTROL_WORD.match(part)
        or INTERFACE_LABELS.match(part)
        or _is_row_of_marks(part)
    ):
        return "other"
    return None


# a post's buttons drawn as marks with no count: share, bookmark, more, reply ('🔗 🔖 ⋯ ↩ 回复')
_BUTTON_MARKS: Final = re.compile(r"[\u2026\u22ef\u21a9\u21aa\u2934\u2935\u2190-\u2193\s]+")


def _is_row_of_marks(part: str) -> bool:
    """Whether a part of a status line is its buttons drawn as marks, maybe the reply's word last ('🔗 🔖 ⋯ ↩ 回复')."""
    marks = _BUTTON_MARKS.sub("", _PICTOGRAPH_MARKS.sub("", part)).strip()
    return len(marks) < len(part.strip()) and (not marks or CONTROL_WORD.match(marks) is not None)


def _status_kinds(part: str) -> list[str] | None:
    """The kinds of a part, or of its two halves where no mark divides them ('👍 56 💬 8 發表於 2021-05-28')."""
    kind = _status_part(part)
    if kind:
        return [kind]
    words = part.split()
    for cut in range(1, len(words)):
        head = _status_part(" ".join(words[:cut]))
        if head is None:
            continue
        tail = _status_part(" ".join(words[cut:]))
        if tail is not None:
            return [head, tail]
    return None


def is_status_line(text: str) -> bool:
    """Whether a line is a post's status on its platform: its counts with when, from where or how it was sent
    ('👍 2,031 💬 145 🔁 88 來自 微言 Android 用戶端', '编辑于 2021-05-28 08:40 · 赞同 86', '👁 2.3K · 10:02', '已編輯 ·
    👁 980', '🔁 12 ⭐ 48 · 公开'), or one count with a reaction's name alone ('1,284 個讚'). Every part must be one of
    these, a count among them: an author's sentence has clauses, and words these parts do not hold."""
    if _HAS_DIGIT.search(text) is None or _SENTENCE_MARKS.search(_THOUSANDS.sub("", text)):
        return False
    kinds: list[str] = []
    for part in _STATUS_SEPARATORS.split(text.strip()):
        if part:
            part_kinds = _status_kinds(part)
            if part_kinds is None:
                return False
            kinds += part_kinds
    return "count" in kinds and (
        len(kinds) >= 2 or _is_one_count(text) or _DURATION.fullmatch(text.strip()) is not None
    )


def has_word(text: str) -> bool:
    """Whether a text holds a letter or digit of any script (a block without one is empty)."""
    return _HAS_WORD.search(text) is not None


# a note in a Latin script takes twice the characters of one in Chinese ('To view the full story, please subscribe to
# the Valley Times.'): one sentence about subscribing, no longer than this
LATIN_PAYWALL_NOTE_MAX_CHARS: Final = 80
_LATIN_SENTENCE_END: Final = re.compile(r"[.!?]\s+\S")  # a sentence's end with another after it
PAYWALL_NOTES_MAX_CHARS: Final = (
    160  # a few notes on one line ('… for subscribers only. Subscribe now to continue reading.')
)
_NOTE_END_CHARS: Final = "。！？!?."
_NOTE_END: Final = re.compile(f"[{_NOTE_END_CHARS}]+")  # one class: the engine skips to its characters


PAYWALL_OFFER_MAX_CHARS: Final = (
    90  # a note and its offer on one line ('剩餘62%內容，訂閱…即可解鎖全文，首月只要九十九元')
)


def _opens_with_paywall_note(text: str) -> bool:
    """Whether a line opens with a paywall note and goes on with its offer in the same sentence (the price, 'cancel at
    any time'): a line of prose that speaks of a paywall opens with its own subject ('读者说，订阅后阅读全文…')."""
    found = PAYWALL_NOTE.match(text.lstrip(" 【[（(*※▶►")[:40])  # (at the line's start only: one try, not a scan)
    return (
        found is not None
        and not MENTIONED.search(text)
        and not _quotes_a_note(text)
        and text.count("。") + text.count("！") <= 1
    )


def _only_paywall_notes(text: str) -> bool:
    """Whether every sentence of a line is a paywall note of its own (each as short as one): English says in
    two sentences of 30-40 characters what Chinese says in one line of 15. The sentences' lengths are looked at
    before any is searched (the paywall pattern is costly, and most lines of this size are prose)."""
    text = text.strip()
    if not any(mark in text[:41] for mark in _NOTE_END_CHARS):
        return False  # the first sentence is longer than a note (most lines of prose)
    sentences, start = [], 0
    for end in _NOTE_END.finditer(text):
        stop = end.end()
        if text[stop - 1] == "." and stop < len(text) and not text[stop].isspace():
            continue  # a point inside a word or number ('U.S.', '3.5')
        sentences.append(text[start:stop].strip())
        if len(sentences[-1]) > 40:
            return False  # (a sentence longer than a note: no need to read on)
        start = stop
    sentences.append(text[start:].strip())
    sentences = [sentence for sentence in sentences if sentence]
    return (
        len(sentences) >= 2
        and all(len(sentence) <= 40 for sentence in sentences)
        and all(PAYWALL_NOTE.search(sentence) for sentence in sentences)
    )


# A card of the page's metadata ('【档案卡】 标题：… 作者：… 发表日期：… 来源：… 版权说明：…'): labelled fields, three of them
# or more naming a post's own (its title, author, source, date, address), no field the article's own words would
# label (a profile's '姓名：… 年龄：…' has none of these)
_CARD_LABEL: Final = re.compile(r"(?:^|[\s】\]|｜])([^\s：:【\[]{1,6})\s*[:：]")
_POST_FIELD_LABELS: Final = frozenset(
    [
        "标题",
        "標題",
        "题目",
        "題目",
        "作者",
        "来源",
        "來源",
        "出处",
        "出處",
        "发表日期",
        "發表日期",
        "发布日期",
        "發布日期",
        "发布时间",
        "發布時間",
        "发表时间",
        "發表時間",
        "日期",
        "原文链接",
        "原文鏈接",
        "原文網址",
        "原文网址",
        "链接",
        "鏈接",
        "网址",
        "網址",
        "版权说明",
        "版權說明",
        "责任编辑",
        "責任編輯",
        "编辑",
        "編輯",
    ]
)
CARD_MIN_FIELDS: Final = 4


def _is_metadata_card(text: str) -> bool:
    """Whether a block is a card of the page's metadata (``_CARD_LABEL``, ``_POST_FIELD_LABELS``)."""
    if text.count("：") + text.count(":") < CARD_MIN_FIELDS:
        return False
    labels = [match.group(1) for match in _CARD_LABEL.finditer(text)]
    return len(labels) >= CARD_MIN_FIELDS and len(set(labels) & _POST_FIELD_LABELS) >= 3


PROMISE_MAX_CHARS: Final = 12
POLL_LINE_MAX_CHARS: Final = 120
# (each choice a word or two apart, as a form sets them: '○ 支持 ○ 反對'; '分為○支持和○反對兩欄' is a sentence)
_POLL_CHOICES: Final = re.compile(r"(?:[○◯□☐◎◉●]\s*[^\s○◯□☐◎◉●，。！？\[［]{1,10}(?=\s|[\[［]|$)\s*){2,}")


def _follows_with_a_promise(text: str) -> bool:
    """A follow prompt with what it promises after its comma, no sentence ('加入溪城週報 LINE 官方帳號，地方新聞即時推播')."""
    head, comma, promise = text.rpartition("，")
    return (
        bool(comma)
        and 2 <= len(promise) <= PROMISE_MAX_CHARS
        and _SENTENCE_PUNCTUATION.search(promise) is None
        and FOLLOW_PROMPT.match(head) is not None
    )


# A site's own lines ('分享到微信', its footer's) come back page after page, and the rules are a function of the line
# alone: a worker asks them once for each short line it meets (a fifth of the rules' time on a real archive)
RULES_ASKED_MAX_CHARS: Final = 200
RULES_ASKED_SIZE: Final = 8192
_rules_asked: dict[tuple[str, bool], str | None] = {}


def text_rule_for(text: str, link_only: bool = False) -> str | None:
    """Name of the text rule that drops this block, or None to keep it (``_text_rule_for_line``)."""
    if len(text) > RULES_ASKED_MAX_CHARS:
        return _text_rule_for_line(text, link_only)
    key = (text, link_only)
    if key in _rules_asked:
        return _rules_asked[key]
    rule = _text_rule_for_line(text, link_only)
    if len(_rules_asked) >= RULES_ASKED_SIZE:
        _rules_asked.clear()  # (a bound, not a policy: a site's lines come back soon after they first came)
    _rules_asked[key] = rule
    return rule


def _text_rule_for_line(text: str, link_only: bool) -> str | None:
    """Name of the text rule that drops this block, or None to keep it.

    ``link_only``: the block is all link text. A platform's bare name ('Facebook', '微信') is a share
    or follow button only then; written as plain text it is a word, often a how-to's section title.

    Zero-width characters are read as spaces (set between controls, '\u200b喜欢\u200b收藏\u200b申请转载': no
    character of theirs), then, when no rule drops the block so, as nothing: a site plants them inside its
    own words against keyword filters ('点\u200b击\u200b关\u200b注，…'), and they are no part of a word.
    """
    if not has_word(text):
        return "drop_empty_blocks"
    if not text.isascii() and _FULL_WIDTH_LETTER.search(text):
        # full-width letters and digits are the same words ('字号：Ａ＋　Ａ－', 'ＰＤＦ下载', '２０２３－０９－２７　０８：３０'):
        # read as the rules write them
        text = _FULL_WIDTH_TIME_MARK.sub(
            lambda mark: ":" if mark[0] == "：" else ".", text.translate(_FULL_WIDTH_LETTERS)
        )
    if has_zero_width(text):
        spaced = text.replace("\u200b", " ").replace("\u2060", " ")
        return _text_rule_for(spaced, link_only) or _text_rule_for(without_zero_width(text), link_only)
    # the line's words, a pictograph before them or an arrow after them aside ('📲 加入…LINE 官方帳號', 'Story continues
    # below ↓') and out of the brackets around them, when no rule names the line as written
    bare = _LEADING_PICTOGRAPHS.sub("", text.rstrip().rstrip(_POINTERS_DOWN + _POINTERS_ON + " "), count=1)
    if bare != text.strip() and has_word(bare):
        rule = _text_rule_for(text, link_only) or _text_rule_for(bare, link_only)
    else:
        rule = _text_rule_for(text, link_only)
    enclosed = None if rule is not None else _ENCLOSED_LINE.fullmatch(bare)
    if enclosed is not None and has_word(enclosed[1]):
        # a hint in brackets ('（點擊圖片放大）'); a date so written amid the article is its own note of when (an
        # embedded video's '(Published Monday, Nov. 18, 2019)')
        rule = _text_rule_for(enclosed[1], link_only)
        rule = None if rule == "drop_datelines" else rule
    return rule or _chrome_fields_rule(text, link_only)


_FULL_WIDTH_LETTER: Final = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# full-width digits and letters, and the signs written with them ('Ａ＋', '２０２３－０９－２７'), as ASCII; full-width
# punctuation stays, as the rules write it
_FULL_WIDTH_LETTERS: Final = {
    **{code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)},
    **{code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)},
    **{code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)},
    0xFF0B: ord("+"),
    0xFF0D: ord("-"),
}
_FULL_WIDTH_TIME_MARK: Final = re.compile(r"(?<=\d)[：．](?=\d)")  # ('０８：３０', '３．５')
CHROME_FIELDS_MAX_CHARS: Final = 100
_FIELD_MARK: Final = re.compile(
    r"[|｜\u3000]|[ )）】\]][·•・] "
)  # (after a closing bracket too: '（第 214 条）· 原文…')


def _chrome_fields_rule(text: str, link_only: bool) -> str | None:
    """The rule that drops each field of a short line of fields set apart by bars or dots ('Listen · 8 min read · 🔒
    This post is free for all subscribers'), when each field alone is one a rule drops: the page's chrome in a row,
    told apart field by field. None when any field reads otherwise."""
    if len(text) > CHROME_FIELDS_MAX_CHARS or _FIELD_MARK.search(text) is None:
        return None
    fields = [field for field in _FIELD_SEPARATOR.split(text.strip()) if field]
    if len(fields) < 2:
        return None
    rules = [text_rule_for(field, link_only) for field in fields]
    if any(rule in (None, "drop_stray_literals") for rule in rules):
        return None
    return next((rule for rule in rules if rule != "drop_empty_blocks"), None)


_POINTERS_DOWN: Final = "↓⬇▼▽👇⤵\ufe0f"
_POINTERS_ON: Final = "›»→"  # (a button's arrow: '去购买 ›')
_ENCLOSED_LINE: Final = re.compile(r"\s*[（(【\[]\s*([^（()）【】\[\]]+?)\s*[）)】\]]\s*")


# A broadcast's cue for what is no speech, in brackets on its line: music, the station's ident, an ad break
# ('［開場音樂］', '[台聲：灣畔社區電台，與你同行]', '【广告时间】'); a transcript's own notes of the room ('[掌聲]') stay
# (after the transcript's time stamp, in round brackets too: '[00:12:36]（廣告）好鄰居寵物用品…', '[00:13:10]（台呼）FM97.3…')
_BROADCAST_CUE: Final = re.compile(
    r"\s*(?:[［\[(（]?\d{1,2}:\d{2}(?::\d{2})?[］\])）]?\s*)?[［\[【〔(（]\s*"
    r"(?:(?:開場|开场|過場|过场|片頭|片头|片尾|結束|结束|背景|進場|进场|轉場|转场)?(?:音樂|音乐|配樂|配乐)"
    r"(?:[起止]|漸[入出弱]|渐[入出弱])?|(?P<ad>廣告|广告)(?:時間|时间)?|(?P<ident>台聲|台声|台呼|台徽)(?:\s*[:：][^］\]】〕\n]{0,40})?"
    r"|jingle|(?:intro |outro |theme )?music|(?P<break>ad break|commercial break))\s*[］\]】〕)）]",
    re.IGNORECASE,
)


IDENT_MAX_CHARS: Final = 60


def _broadcast_cue(text: str) -> bool:
    """Whether a block is a broadcast's cue on its line, or an ad break's with the ads read under it."""
    cue = _BROADCAST_CUE.match(text)
    if cue is None:
        return False
    ad = cue["ad"] is not None or cue["break"] is not None
    if ad and AD_LABELS.match(text.strip()) is not None:
        return False  # (an ad's label alone, in two languages too, is ``AD_LABELS``': '【广告】 AD')
    # (an ad's or the station's ident read after its cue: '（台呼）FM97.3，海灣之聲…')
    return ad or (cue["ident"] is not None and len(text) <= IDENT_MAX_CHARS) or not text[cue.end() :].strip()


# A row of a page's buttons and counts each in brackets, three or more, each a few words with no clause ('[同主题阅读]
# [上一篇] [下一篇] [回复本文]', '[本篇人气: 1533] [回复: 27]'); notes' numbers alone ('[1] [2] [3]') are the text's
BRACKETED_ROW_MAX_CHARS: Final = 120
BRACKETED_ROW_MIN_ITEMS: Final = 3
_BRACKETED_ITEM: Final = re.compile(r"\s*[\[【［]\s*([^\[\]【】［］。！？，,；;\n]{1,12}?)\s*[\]】］]\s*")


def _is_bracketed_row(text: str) -> bool:
    """Whether a line is such a row: its items in brackets, one of them at least a count or a control a rule drops
    (names in brackets, '【腾讯】【网易】【百度】', are the text's)."""
    items: list[str] = []
    at = 0
    while at < len(text):
        item = _BRACKETED_ITEM.match(text, at)
        if item is None or item[1].isdigit():
            return False
        items.append(item[1])
        at = item.end()
    return len(items) >= BRACKETED_ROW_MIN_ITEMS and any(
        _HAS_DIGIT.search(item) or _text_rule_for(item, False) is not None for item in items
    )


# A market's ticker: three quotes at least, each a name, its figure and its change, and nothing else on the line (a
# quote or two in a row is an article's figures)
_QUOTE_ITEM: Final = r"[^\s\d%+\-−]{2,12}\s*\d[\d,]*(?:\.\d+)?\s*[+\-−]\d+(?:\.\d+)?%"
QUOTES_TICKER: Final = re.compile(rf"{_QUOTE_ITEM}(?:\s+{_QUOTE_ITEM}){{2,}}")
QUOTES_TICKER_MAX_CHARS: Final = 240


# A rating and its counts of people, as a review or recipe site shows them under the title ('4.8（1,203人评分） 2,871 人做过
# 这道菜', '★★★★☆ 8.1 3.2万人评价 | 1.5万人想看'): the numbers of people who rated, made, watched or read it, no clause
_RATERS_COUNT: Final = (
    r"[(（]?\s*(?:已有|共有|共)?\s*\d[\d,.]*\s*[万萬kK]?\+?\s*人\s*(?:评分|評分|评价|評價|打分|做过|做過|看过|看過|想看|读过|讀過|想读|想讀|在读|在讀"
    r"|收藏|参与|參與|推荐|推薦|觉得有用|覺得有用|去过|去過|想去)(?:这道菜|這道菜|此书|此書|这本书|這本書|此片|这部片|這部片)?\s*[)）]?"
)
RATERS_ROW_MAX_CHARS: Final = 60
RATERS_ROW: Final = re.compile(
    rf"(?:[★☆⭐]+\s*)?(?:\d(?:\.\d)?\s*分?\s*)?{_RATERS_COUNT}(?:\s*[|｜·/]?\s*{_RATERS_COUNT})*", re.IGNORECASE
)


# A link to the page's file or its source, alone (with its size): '下载 .ipynb', '下载原始 Word 版本（.docx，248 KB）', 'Download
# PDF (1.2 MB)', '在 GitHub 上查看源文件', 'View on GitHub'
FILE_LINK_MAX_CHARS: Final = 50
FILE_LINK: Final = re.compile(
    r"(?:点击|點擊)?(?:下载|下載|download)\s*[^。！？，,\n]{0,12}?(?:\.|(?<![A-Za-z]))"
    r"(?:ipynb|pdf|docx?|xlsx?|pptx?|zip|rar|epub|mobi|mp3|mp4|csv|word|excel)(?![A-Za-z])\s*(?:版本|版|文件|檔案|档案|格式|file)?"
    r"\s*(?:[(（][^()（）]{0,24}[)）])?"
    r"|(?:在\s*)?github\s*上?\s*(?:查看|打开|打開)\s*(?:源文件|源代码|源代碼|源码|源碼|原始码|原始碼|仓库|倉庫)?"
    r"|view (?:the )?(?:source |it |this (?:notebook|page|file) )?on github",
    re.IGNORECASE,
)
# A page's licence for its own code or text, alone on its line ('此笔记本的代码以 MIT 许可发布。', '本文采用 CC BY-NC 4.0 协议'):
# a sentence about a project's licence names the project
LICENCE_LINE_MAX_CHARS: Final = 50
LICENCE_LINE: Final = re.compile(
    r"(?:本|此)[^。！？，,]{0,10}(?:以|采用|採用|遵循|基于|基於|使用)\s*"
    r"(?:MIT|Apache|GPL|LGPL|AGPL|BSD|MPL|CC|知识共享|知識共享|創用)[\w .\-]{0,16}?\s*(?:许可|許可|协议|協議|授权|授權)(?:证|證|条款|條款)?"
    r"(?:\s*(?:发布|發布|釋出|授权|授權|开源|開源|进行许可|進行許可))?[。.]?",
    re.IGNORECASE,
)


# An export's or a backup's own lines around the messages it copied: its banner, its fields, its count, its note that it
# made the copy ('======== 聊天记录导出 ========', '导出工具：聊天备份助手 v3.2.1', '导出时间：2024-03-17 19:58', '会话对象：外婆', '共 24
# 条消息', '—— 以上内容由「聊天备份助手」生成 ——')
EXPORT_LINE_MAX_CHARS: Final = 80
EXPORT_LINE: Final = re.compile(
    r"(?:导出|導出|备份|備份)(?:工具|软件|軟體|时间|時間|日期|设备|設備|账号|帳號|版本)\s*[:：].{1,60}"
    r"|(?:会话|會話|聊天|对话|對話)(?:对象|對象|名称|名稱)\s*[:：].{1,20}"
    r"|共\s*\d+\s*(?:条|條)(?:消息|訊息|记录|記錄|聊天记录|聊天記錄)(?:\s*[(（][^()（）]{0,30}[)）])?"
    r"|[=\-~*#]{3,}\s*(?:聊天|对话|對話|消息|訊息)(?:记录|記錄)(?:导出|導出|备份|備份)?\s*[=\-~*#]{3,}"
    r"|\W{0,3}以上(?:内容|內容|记录|記錄|消息|訊息)?由\s*[^，。,]{1,20}?\s*(?:自动|自動)?(?:生成|导出|導出|备份|備份)\s*\W{0,3}",
)
# a free tool's pitch to upgrade, under its copy ('升级专业版可导出语音转文字…', '立即升级：https://…')
UPGRADE_PITCH: Final = re.compile(
    r"(?:立即)?(?:升级|升級)(?:到|至)?(?:专业版|專業版|高级版|高級版|pro|vip|会员|會員)[^。！？]{0,40}|(?:立即)(?:升级|升級)\s*[:：]?\s*\S{0,60}",
    re.IGNORECASE,
)


# A line of only a contact's label and an address ('Contact: papers@riverwork.example.org', '联系邮箱：news@example.com'; a
# bare '邮箱：…' may be a speaker's, in the article), or
# the stamp a library prints on a copy it served ('Downloaded from riverwork-papers.example.org on 21 Sep 2023', 'This
# content downloaded from 10.1.2.3 on Mon, 01 Jan 2024 08:00:00 UTC')
CONTACT_OR_STAMP_MAX_CHARS: Final = 120
CONTACT_OR_STAMP: Final = re.compile(
    r"(?:contact(?: us)?|联系邮箱|聯絡信箱|联系方式|聯絡方式|联系我们|聯絡我們|联络邮箱|聯絡郵箱)\s*[:：]\s*"
    r"[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|(?:this (?:content|item|article|pdf) )?(?:was )?(?:downloaded|retrieved) (?:from|via) \S+(?: (?:on|at) [^.。!?]{4,40})?\.?"
    r"|(?:本文|此文|本文件)?(?:下载|下載)(?:自|于|於)\s*\S+(?:\s*[（(]?[^。！？]{0,24}[)）]?)?",
    re.IGNORECASE,
)


# A page's question whether it helped, with its answers as buttons ('以上内容是否对您有帮助？ 是 否', '翻译质量如何？ 👍 很有
# 帮助　👎 需要改进', 'Was this page helpful? Yes No')
FEEDBACK_WIDGET_MAX_CHARS: Final = 60
_FEEDBACK_ANSWERS: Final = (
    rf"(?:\s*(?:{_PICTOGRAPHS})*\s*(?:是|否|有|没有|沒有|很有(?:帮助|幫助)|有(?:帮助|幫助)|没(?:帮助|幫助)|沒(?:幫助|帮助)"
    r"|需要改进|需要改進|一般|满意|滿意|不满意|不滿意|已解决|已解決|未解决|未解決|yes|no|[(（]?\d+[)）]?)(?:\s*[(（]\d+[)）])?)"
)
FEEDBACK_WIDGET: Final = re.compile(
    r"(?:(?:以上|本文|此文|这篇|這篇|本页|本頁)?(?:内容|內容|文章|回答|答案|解答)?(?:是否)?(?:对|對)(?:您|你)有(?:帮助|幫助)(?:吗|嗎)?"
    r"|[^。！？?]{0,8}(?:质量|質量|品质|品質)(?:如何|怎么样|怎麼樣)|was this (?:page |article |answer )?helpful"
    rf"|did (?:this|you find this) (?:help|helpful)[^?]{{0,12}})\s*[？?]{_FEEDBACK_ANSWERS}+"
    # (a help centre's asks even alone: '以上内容是否解决了您的问题？')
    r"|(?:以上|本文|此文|本页|本頁)?(?:内容|內容|回答|答案|解答)?(?:是否)?(?:解决|解決)了?(?:您|你)的(?:问题|問題)(?:吗|嗎)?\s*[？?]"
    rf"{_FEEDBACK_ANSWERS}*",
    re.IGNORECASE,
)


# A column's or a series' label with the piece's number in it ('【家书专栏】第 47 封', '城市漫步系列 第 12 期')
SERIES_LABEL_MAX_CHARS: Final = 40
SERIES_LABEL: Final = re.compile(
    r"[【\[]?[^【】\[\]\s]{1,10}(?:专栏|專欄|栏目|欄目|系列|连载|連載)[】\]]?\s*"
    r"第\s*[\d一二三四五六七八九十百]{1,4}\s*(?:期|封|篇|回|集|讲|講|章|话|話)"
)
# a channel's message foot: its views, its time, its edit mark ('👁 864  📅 13:05  ✏️ edited')
MESSAGE_FOOT_MAX_CHARS: Final = 40
MESSAGE_FOOT: Final = re.compile(
    r"(?:👁\ufe0f?\s*[\d.,]+\s*[KkMm万萬]?\s*)(?:📅\ufe0f?\s*)?(?:\d{1,2}:\d{2})?(?:\s*✏\ufe0f?\s*(?:edited|已编辑|已編輯))?"
    r"|(?:📅\ufe0f?\s*)?\d{1,2}:\d{2}\s*✏\ufe0f?\s*(?:edited|已编辑|已編輯)",
    re.IGNORECASE,
)
# a show's pointer to its replay on an app or a station's site ('【节目结束】本期节目回放请在“城市之声”App搜索“城市夜话”。')
REPLAY_POINTER_MAX_CHARS: Final = 80
REPLAY_POINTER: Final = re.compile(
    r"(?:[【\[][^】\]]{1,8}[】\]]\s*)?(?:本期|本集)?(?:节目|節目)?(?:回放|重温|重溫|回听|回聽|完整版)(?:请|請)?(?:在|到|于|於|可在)"
    r"[^。！？]{1,30}(?:搜索|搜尋|收听|收聽|收看|观看|觀看|点播|點播)[^。！？]{0,20}[。.]?"
)


# a documentation site's pager, the neighbouring pages' names after its words ('Previous 安装指南 Next 配置参考')
DOCS_PAGER_MAX_CHARS: Final = 80
DOCS_PAGER: Final = re.compile(
    r"(?![^\n]*(?:[。！？!?]|\.(?:\s|$)))(?-i:Previous|Prev|上一页|上一頁|上一篇)\s*[:：]?\s*\S[^|｜\s]{0,20}(?:\s\S+){0,3}?\s+(?-i:Next|下一页|下一頁|下一篇)\s*[:：]?\s*"
    r"\S[^|｜\s]{0,20}(?:\s\S+){0,3}"
)


# a booking widget's label, maybe with where ('预订酒店 · 西街附近')
BOOKING_LABEL_MAX_CHARS: Final = 30
BOOKING_LABEL: Final = re.compile(
    r"(?:预订|預訂|预定|預定)(?:酒店|民宿|住宿|机票|機票|门票|門票|车票|車票)(?:\s*[·•|｜]\s*[^。！？，,]{1,12})?"
)


# A site's notes of its own: a wire's standards ('Our Standards: The Harbour Wire Trust Principles.'), a platform's warning
# against fraud ('招聘汇安全提示：求职过程中如遇到收取费用、扣押证件等情况，请立即举报。'), a live page's desk still at work
# ('东港新闻网全媒体报道组持续更新')
SITE_NOTE_MAX_CHARS: Final = 100
SITE_NOTE: Final = re.compile(
    r"our standards\s*:\s*the [^.]{1,40} (?:trust )?principles\.?"
    r"|[^。！？，,]{0,8}(?:安全提示|风险提示|風險提示|防骗提示|防騙提示)\s*[:：][^。！？]{0,60}"
    r"(?:举报|舉報|谨防|謹防|诈骗|詐騙|受骗|受騙|报警|報警)[^。！？]{0,20}[。！!]?"
    r"|[^。！？，,\s]{2,20}(?:报道组|報導組|报道团队|報導團隊|新闻中心|新聞中心|编辑部|編輯部)(?:将)?(?:持续|持續)(?:更新|报道|報導)中?",
    re.IGNORECASE,
)


# A press release's label for when it may be printed, in either language or both ('即时发布 / FOR IMMEDIATE RELEASE')
_RELEASE_WORDS: Final = r"(?:供)?(?:即时|即時)(?:发布|發布|發佈|发稿|發稿)|for immediate release|immediate release|embargoed until[^/|｜]{0,30}"
RELEASE_LABEL_MAX_CHARS: Final = 40
RELEASE_LABEL: Final = re.compile(rf"(?:{_RELEASE_WORDS})(?:\s*[/|｜]\s*(?:{_RELEASE_WORDS}))?", re.IGNORECASE)


# An issue tracker's line under the issue's title: its state, who opened it and when, its comments ('Open · lanxi-dev
# opened this issue on Feb 6, 2024 · 5 comments')
ISSUE_STATUS_MAX_CHARS: Final = 120
ISSUE_STATUS: Final = re.compile(
    r"(?:(?:open|closed|merged|draft)\s*[·•]?\s*)?[\w.\-]{1,39}\s+(?:opened|created) this (?:issue|pull request|discussion)"
    r"\b[^。！？\n]{0,80}",
    re.IGNORECASE,
)


# A news lead's credit alone on its line, its text in the paragraphs under it ('本报讯（记者 周启明）', '东江新闻网讯（记者 周启明
# 通讯员 李文）', '新华社北京3月5日电（记者 王某）'); glued to the lead's first sentence it is the lead's
WIRE_LEAD_LINE_MAX_CHARS: Final = 60
WIRE_LEAD_LINE: Final = re.compile(
    r"[^\s，。,！？]{1,20}(?:讯|訊|电|電)\s*[（(]\s*(?:记者|記者|通讯员|通訊員|特约记者|特約記者|实习生|實習生|见习记者|見習記者)"
    r"[^（()）。！？]{1,40}[）)]"
)


# A serial fiction site's lines amid a chapter: its plea to remember its address ('一秒记住【书阁 www.…】，精彩小说无弹窗免费
# 阅读！', '请记住本书首发域名：…'), and its keys to turn the page ('提示：按 ← 键返回上一章，按 → 键进入下一章')
READER_SITE_LINE_MAX_CHARS: Final = 100
READER_SITE_LINE: Final = re.compile(
    r"(?:一秒|请|請)(?:记住|記住)\s*(?:[【\[]|www\.|(?:本站|本书|本書|本小说|本小說)[^。！？，,]{0,6}(?:网址|網址|域名))"
    r"|按\s*[←→↑↓]?\s*(?:键|鍵)\s*(?:返回|进入|進入|翻到|回到)?(?:上一|下一|目录|目錄|书页|書頁)"
    r"|(?:上一章|下一章|上一頁|下一頁|上一页|下一页)[^。！？]{0,6}(?:键|鍵)",
    re.IGNORECASE,
)


# A serial fiction site's chrome around a chapter as whole lines: its pager ('上一章　|　返回目录　|　下一章'), its row of
# controls ('投推荐票　　章节报错　　加入书签'), its plea to shelve the book ('喜欢这本书的朋友请点击加入书架，方便下次阅读。') and its
# addresses ('本站最新网址：book.example.cn　手机用户请访问 m.book.example.cn')
_CHAPTER_CONTROL: Final = (
    r"上一章|下一章|上一页|下一页|上一頁|下一頁|返回目录|返回目錄|目录|目錄|返回书页|返回書頁|书页|書頁|章节目录|章節目錄|章节报错|章節報錯"
    r"|加入书签|加入書籤|加入书架|加入書架|投推荐票|投推薦票|投月票|推荐本书|推薦本書|打赏作者|打賞作者"
)
FICTION_SITE_LINE_MAX_CHARS: Final = 120
FICTION_SITE_LINE: Final = re.compile(
    rf"(?:{_CHAPTER_CONTROL})(?:[\s|｜/·•]*(?:{_CHAPTER_CONTROL})){{1,8}}"
    r"|(?:喜欢|喜歡)[^。！？]{0,12}(?:的朋友|的读者|的讀者)?[，,]?\s*(?:请|請)?(?:点击|點擊)?(?:加入书架|加入書架|收藏本站|收藏本书|收藏本書"
    r"|投推荐票|投推薦票)[^。！？]{0,20}[。！!]?"
    r"|(?:(?:本站|本书|本書)(?:最新|永久|备用|備用)?|最新|永久|备用|備用)(?:网址|網址|域名)\s*[:：]\s*\S{4,60}"
    r"(?:\s*(?:手机用户|手機用戶)?(?:请|請)?(?:访问|訪問)\s*[:：]?\s*\S{4,60})?",
    re.IGNORECASE,
)


# A page's pointers and prompts as whole lines: to all of its reviews ('查看全部 156 条点评 >'), to its other works ('更多
# 林河乐队的歌曲 >>'), back to its home ('返回帮助中心首页'), to help when the answer did not ('还没解决？　在线咨询 >'), to
# read it on a phone ('手机扫码，随时看歌词'); an app's mark under what was shared from it ('— 来自「一页日记」的分享 —'); a
# source's line with its plea for corrections ('歌词来源：乐声歌词网 整理　如有错误欢迎纠错')
_POINTER_END: Final = r"\s*(?:>>|»|›|>|→|＞＞?)?"
PAGE_POINTER_MAX_CHARS: Final = 60
PAGE_POINTER: Final = re.compile(
    rf"(?:查看|显示|顯示)(?:全部|所有|更多)\s*\d[\d,]*\s*(?:个|個|条|條|则|則)?(?:评论|評論|点评|點評|回复|回覆|留言|回答|评价|評價){_POINTER_END}"
    rf"|更多[^。！？，,\s]{{1,16}}?(?:的)?(?:歌曲|文章|作品|视频|視頻|新闻|新聞|内容|內容|小说|小說|菜谱|菜譜){_POINTER_END}"
    rf"|返回[^。！？，,\s]{{0,8}}(?:首页|首頁|主页|主頁){_POINTER_END}"
    rf"|(?:还没|還沒|仍未|没有|沒有)(?:解决|解決)[？?]\s*(?:在线咨询|在線諮詢|联系客服|聯繫客服|人工客服){_POINTER_END}"
    r"|(?:手机|手機)?(?:扫码|掃碼|扫一扫|掃一掃)[，,]?\s*(?:随时|隨時)?(?:看|阅读|閱讀|收听|收聽)[^。！？，,\s]{1,8}"
    r"|[—\-–\s]*(?:来自|來自)\s*[「“《]?[^」”》\s]{1,12}[」”》]?\s*的分享[—\-–\s]*"
    r"|(?:[^。！？\n]{0,12}(?:来源|來源)\s*[:：][^。！？\n]{1,30}?\s+)(?:如有|若有)(?:错误|錯誤|错漏|錯漏|疏漏)[，,]?\s*"
    r"(?:欢迎|歡迎|请|請)?(?:纠错|糾錯|指正|反馈|反饋)[。！!]?"
)


# An e-reader's clipping's head over the passage ('- 标注 | 位置 123-125 | 添加于 2023年10月5日 星期四 21:14:02', '- 您在位置 #123-125
# 的标注 | 添加于 …', '- Your Highlight on Location 123-125 | Added on …')
CLIPPING_HEAD_MAX_CHARS: Final = 100
CLIPPING_HEAD: Final = re.compile(
    r"[-\s]*(?:(?:标注|標註|笔记|筆記|书签|書籤)\s*[|｜]\s*(?:位置|第)\s*#?\s*\d+(?:\s*-\s*\d+)?\s*(?:页|頁)?"
    r"|您在(?:第\s*\d+\s*(?:页|頁)\s*)?(?:[（(]?位置\s*#?\s*\d+(?:\s*-\s*\d+)?[)）]?)?的(?:标注|標註|笔记|筆記|书签|書籤)"
    r"|your (?:highlight|note|bookmark) (?:on|at) (?:page \d+ \| )?location \d+(?:-\d+)?)"
    r"(?:\s*[|｜]\s*(?:添加于|添加於|added on)\s*[^|｜\n]{4,40})?",
    re.IGNORECASE,
)


# A newsletter's or a show's sponsor with its offer ('本周刊由 云栈托管 赞助，新用户首月免费，点此了解。'); a community's group
# numbers ('官方QQ群：123456789（已满） / 987654321')
SPONSOR_READ_MAX_CHARS: Final = 80
SPONSOR_READ: Final = re.compile(
    r"本(?:周刊|週刊|期|刊|通讯|通訊|简报|簡報|节目|節目|视频|視頻|集)(?:由|获|獲)[^。！？，,]{1,20}(?:赞助|贊助|冠名)[^。！？]{0,40}[。.!！]?"
)
# A journal paper's fields over or under its text, alone or in a row ('收稿日期：2023-10-08；修回日期：2023-12-01',
# '中图分类号：TU984.1    文献标志码：A    文章编号：1672-0000(2024)01-0045-06'), and the line that says how to cite it
# ('引用本文：某某. 题名[J]. 刊名, 2024(1): 45-50.', 'Cite this article: …')
_PAPER_FIELD: Final = (
    r"(?:收稿日期|修回日期|接受日期|录用日期|錄用日期|接收日期|网络出版日期|網絡出版日期|在线出版日期|在線出版日期|中图分类号|中圖分類號"
    r"|文献标志码|文獻標誌碼|文献标识码|文獻標識碼|文章编号|文章編號|doi)\s*[：:]\s*[^\s；;：:，,]{1,40}"
)
PAPER_FIELDS_MAX_CHARS: Final = 160
PAPER_FIELDS: Final = re.compile(
    rf"(?!doi\s*[：:][^；;]*$)(?:{_PAPER_FIELD})(?:\s*[；;，,]?\s*(?:{_PAPER_FIELD}))*[。.；;]?", re.IGNORECASE
)
CITE_THIS_MAX_CHARS: Final = 240
CITE_THIS: Final = re.compile(
    r"(?:本文)?(?:引用本文|引用格式|引用本文格式|本文引用格式|引文格式|引用方式)\s*[：:][^\n]{10,}"
    r"|(?:cite\s+this\s+(?:article|paper)|how\s+to\s+cite(?:\s+this\s+(?:article|paper))?)\s*[：:][^\n]{10,}",
    re.IGNORECASE,
)
# The writer's call to comment closing the post, maybe after a question to the reader ('你去过哪个小城早市？欢迎在评论区
# 告诉我们。', '歡迎在留言區分享你的經驗！', 'Let us know in the comments!')
COMMENT_CALL_MAX_CHARS: Final = 80
COMMENT_CALL: Final = re.compile(
    r"(?:[^。！？!?]{2,40}[？?]\s*(?:(?:欢迎|歡迎|快来|快來|不妨|可以|记得|記得|请|請)\s*)?|(?:欢迎|歡迎|快来|快來|不妨|记得|記得|请|請)\s*)"
    r"(?:大家|你们|你們|各位)?(?:在|到)?"
    r"(?:评论区|評論區|留言区|留言區|留言板|评论里|評論裡|留言里|留言裡)(?:留言)?"
    r"(?:告诉|告訴|分享|聊聊|说说|說說|讨论|討論|交流|留言|晒出|曬出)(?:一下)?(?:我们|我們|我|大家)?[^。！？!?，,]{0,12}[。！!~～😊👇\s]*"
    r"|(?:[^.!?]{2,60}\?\s*)?(?:let\s+(?:us|me)\s+know|tell\s+(?:us|me)(?:\s+about\s+it)?)\s+in\s+the\s+comments[^.!?]{0,30}[.!]*",
    re.IGNORECASE,
)
# A page's title as its <title> reads, copied above the text: the headline, then the site's name after an underscore
# ('某市中考体育改革方案出炉 新增游泳选考项目_临川新闻网', '…_教育频道_某某网'); a caption's short words before its
# source ('國史館台北閱覽室_某某電子報') are no headline
PAGE_TITLE_LINE_MAX_CHARS: Final = 120
PAGE_TITLE_LINE: Final = re.compile(
    r"[^\n_]{12,100}?(?:\s*_\s*[\u3400-\u9fffA-Za-z0-9·]{1,16}?(?:网|網|新闻|新聞|日报|日報|报|報|频道|頻道|在线|在線|官网|官網|门户|門戶"
    r"|客户端|客戶端|资讯|資訊|论坛|論壇)){1,3}"
)
# A live page's bar over its updates: its counts of people, its refresh and its order ('参与人数 18.2万', '自动刷新：每30秒',
# '倒序 / 正序'), its spans glued as a page's text joins them
_LIVE_STATUS_ITEM: Final = (
    r"(?:参与人数|參與人數|在线人数|在線人數|观看人数|觀看人數|围观人数|圍觀人數|直播间人数|直播間人數|热度|熱度)\s*[:：]?\s*[\d.,]+\s*[万萬]?\+?"
    r"|[\d.,]+\s*[万萬]?\+?\s*人(?:参与|參與|在看|在线|在線|围观|圍觀|观看|觀看)"
    r"|(?:自动刷新|自動刷新)\s*[:：]?\s*(?:每\s*\d+\s*(?:秒|分钟|分鐘)|开|開|关|關|on|off)?"
    r"|(?:倒序|正序|最新在上|最早在上)(?:\s*[/|｜]\s*(?:倒序|正序|最新在上|最早在上))?|暂停刷新|暫停刷新|手动刷新|手動刷新"
    r"|[\[【]\s*(?:刷新|手动刷新|手動刷新)\s*[\]】]"
)
LIVE_STATUS_MAX_CHARS: Final = 80
LIVE_STATUS: Final = re.compile(rf"(?:{_LIVE_STATUS_ITEM})(?:\s*[|｜·/]?\s*(?:{_LIVE_STATUS_ITEM}))+", re.IGNORECASE)
# A social post's head as an archive writes it: who boosted it ('🔁 Boosted by 小魚乾 @xiaoyugan@pingdong.example'), the
# writer's name with their handle and the post's time and audience ('阿淺 @aqian@mastodon.example.tw 2024-02-11 22:04 ·
# 🌐 公開', '林小雨 @linxy · 2024年5月28日')
_HANDLE: Final = r"@[\w.]{1,30}(?:@[\w.-]+\.[a-z]{2,})?"
SOCIAL_HEAD_MAX_CHARS: Final = 100
SOCIAL_HEAD: Final = re.compile(
    rf"[\W_]{{0,3}}(?:boosted|reblogged|retweeted|reposted|shared)\s+by\s+[^\n@]{{0,30}}(?:{_HANDLE})?"
    rf"|[\W_]{{0,3}}[^\s@][^\n@]{{0,20}}?\s*{_HANDLE}\s*[·•]?\s*(?:{_DATE}\s*(?:{_TIME})?)"
    r"(?:\s*[·•]\s*\W{0,3}\s*(?:公開|公开|不公開|不公开|public|unlisted|followers(?:[- ]only)?|僅限跟隨者|仅关注者))?",
    re.IGNORECASE,
)
# The attribution a platform appends to text copied from it: its author, its address, the platform and the rights
# ('作者：某某 链接：https://… 来源：语雀 著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。')
COPY_ATTRIBUTION_MAX_CHARS: Final = 320
COPY_ATTRIBUTION: Final = re.compile(
    r"(?:作者\s*[:：]\s*\S{1,30}\s*)?(?:链接|鏈接|連結)\s*[:：]\s*https?://\S+\s*(?:来源|來源)\s*[:：]\s*\S{1,20}?\s*"
    r"(?:著作权|著作權)(?:归|歸)(?:作者|原作者)所有[。.]?[^\n]{0,80}"
)
# A journal's fields under its entry ('Current mood: nostalgic', 'Current music: …', '當前心情：…', '正在聽：…')
JOURNAL_FIELD_MAX_CHARS: Final = 80
JOURNAL_FIELD: Final = re.compile(
    r"(?:current\s+(?:mood|music|location)|now\s+playing|listening\s+to|当前心情|當前心情|正在听|正在聽)\s*[:：]\s*[^\n。！？]{1,60}",
    re.IGNORECASE,
)
# A blog platform's notes under a post, one a line ('paperkite liked this', 'inkandrice reblogged this from lanternfish',
# 'tramlines said: …', 'harbourlights posted this'): a handle, lowercase, and what it did
REACTION_NOTE_MAX_CHARS: Final = 200
REACTION_NOTE: Final = re.compile(
    r"[a-z0-9][a-z0-9_.-]{1,39}\s+(?:liked\s+this|reblogged\s+this(?:\s+from\s+[a-z0-9][a-z0-9_.-]{1,39})?|posted\s+this"
    r"|(?:said|replied)\s*:\s*[^\n]{1,160})"
)
# An open project's plea for a star on its code host ('⭐ 喜欢的话，请 Star us on GitHub，这对我们很重要！', '求个 Star ⭐',
# 'If this helped, please give us a star on GitHub!'): the ask, maybe after what it is for, and why it matters
STAR_PLEA_MAX_CHARS: Final = 100
STAR_PLEA: Final = re.compile(
    r"[\W_]{0,4}(?:(?:如果|喜欢|喜歡|觉得|覺得|if\s+you|if\s+this)[^。！？!?]{0,30}?[，,]\s*)?"
    r"(?:(?:请|請|欢迎|歡迎|麻烦|麻煩|不妨|记得|記得)\s*|please\s+|do\s+)?"
    r"(?:star\s+(?:us|it|this\s+(?:project|repo(?:sitory)?)|the\s+(?:project|repo(?:sitory)?))"
    r"|give\s+(?:us|it|the\s+(?:project|repo))\s+an?\s+(?:star|⭐)|(?:给|給)[^。！？，,\s]{0,10}\s*(?:点|點|一)?(?:个|個)?\s*"
    r"(?:star|⭐|🌟|小星星)|(?:点|點|求)(?:个|個|一个|一個)?\s*(?:star|⭐|🌟|小星星))"
    r"[^。！？!?，,]{0,30}?[。！!~～⭐🌟\s]*(?:[，,]\s*(?:这|這)(?:对|對)(?:我们|我們|我)(?:很|非常|真的很)重要[。！!]*"
    r"|[，,]\s*(?:谢谢|謝謝|感谢|感謝)[^。！？!?]{0,10}[。！!]*)?",
    re.IGNORECASE,
)
GROUP_NUMBER_LINE_MAX_CHARS: Final = 80
GROUP_NUMBER_LINE: Final = re.compile(
    r"(?:官方|玩家|读者|讀者|粉丝|粉絲|交流)?(?:QQ|Q|微信|TG|telegram)\s*(?:交流)?群\s*(?:号|號)?\s*[:：]\s*\d{5,12}"
    r"(?:\s*[（(][^)）]{1,6}[)）])?(?:\s*[/／、,，]\s*\d{5,12}(?:\s*[（(][^)）]{1,6}[)）])?)*",
    re.IGNORECASE,
)


# Lines that are one thing each, whole (``_text_rule_for``): the longest such line, the words one of which it must hold
# (none: any), its pattern, the rule that drops it
WHOLE_LINE_RULES: Final[tuple[tuple[int, tuple[str, ...], re.Pattern[str], str], ...]] = (
    (FILE_LINK_MAX_CHARS, ("下", "ownload", "ithub", "itHub"), FILE_LINK, "drop_interface_labels"),
    (LICENCE_LINE_MAX_CHARS, ("许可", "許可", "协议", "協議", "授"), LICENCE_LINE, "drop_copyright_lines"),
    (EXPORT_LINE_MAX_CHARS, ("出", "份", "象", "条", "條"), EXPORT_LINE, "drop_page_meta"),
    (EXPORT_LINE_MAX_CHARS, ("升级", "升級"), UPGRADE_PITCH, "drop_ad_labels"),
    (WIRE_LEAD_LINE_MAX_CHARS, ("讯", "訊", "电", "電"), WIRE_LEAD_LINE, "drop_staff_credits"),
    (CONTACT_OR_STAMP_MAX_CHARS, ("@", "ownload", "etrieved", "载", "載"), CONTACT_OR_STAMP, "drop_page_meta"),
    (FEEDBACK_WIDGET_MAX_CHARS, ("?", "？"), FEEDBACK_WIDGET, "drop_interface_labels"),
    (BOOKING_LABEL_MAX_CHARS, ("预", "預"), BOOKING_LABEL, "drop_ad_labels"),
    (DOCS_PAGER_MAX_CHARS, ("rev", "上一"), DOCS_PAGER, "drop_adjacent_post_links"),
    (SITE_NOTE_MAX_CHARS, (), SITE_NOTE, "drop_page_meta"),
    (SERIES_LABEL_MAX_CHARS, ("第",), SERIES_LABEL, "drop_page_meta"),
    (MESSAGE_FOOT_MAX_CHARS, ("👁", "✏"), MESSAGE_FOOT, "drop_interface_labels"),
    (REPLAY_POINTER_MAX_CHARS, ("回", "重", "完整版"), REPLAY_POINTER, "drop_follow_prompts"),
    (RELEASE_LABEL_MAX_CHARS, (), RELEASE_LABEL, "drop_page_meta"),
    (ISSUE_STATUS_MAX_CHARS, (" this ",), ISSUE_STATUS, "drop_page_meta"),
    (CLIPPING_HEAD_MAX_CHARS, ("位置", "ocation", "您在"), CLIPPING_HEAD, "drop_page_meta"),
    (SPONSOR_READ_MAX_CHARS, ("赞助", "贊助", "冠名"), SPONSOR_READ, "drop_ad_labels"),
    (GROUP_NUMBER_LINE_MAX_CHARS, ("群",), GROUP_NUMBER_LINE, "drop_page_meta"),
    (
        PAPER_FIELDS_MAX_CHARS,
        ("日期", "分类号", "分類號", "码", "碼", "文章编号", "文章編號"),
        PAPER_FIELDS,
        "drop_page_meta",
    ),
    (CITE_THIS_MAX_CHARS, ("引", "ite "), CITE_THIS, "drop_page_meta"),
    (COMMENT_CALL_MAX_CHARS, ("评论", "評論", "留言", "omments"), COMMENT_CALL, "drop_follow_prompts"),
    (PAGE_TITLE_LINE_MAX_CHARS, ("_",), PAGE_TITLE_LINE, "drop_page_meta"),
    (LIVE_STATUS_MAX_CHARS, ("刷新", "参与", "參與", "人数", "人數", "序"), LIVE_STATUS, "drop_interface_labels"),
    (SOCIAL_HEAD_MAX_CHARS, ("@",), SOCIAL_HEAD, "drop_datelines"),
    (COPY_ATTRIBUTION_MAX_CHARS, ("著作",), COPY_ATTRIBUTION, "drop_copyright_lines"),
    (JOURNAL_FIELD_MAX_CHARS, ("urrent", "ow playing", "istening", "心情", "正在"), JOURNAL_FIELD, "drop_page_meta"),
    (REACTION_NOTE_MAX_CHARS, (" this", "said", "replied"), REACTION_NOTE, "drop_reply_lines"),
    (
        FICTION_SITE_LINE_MAX_CHARS,
        ("章", "页", "頁", "书", "書", "票", "址", "域名"),
        FICTION_SITE_LINE,
        "drop_site_link_lines",
    ),
    (
        PAGE_POINTER_MAX_CHARS,
        ("查看", "显示", "顯示", "更多", "返回", "解决", "解決", "扫", "掃", "分享", "如有", "若有"),
        PAGE_POINTER,
        "drop_interface_labels",
    ),
    (STAR_PLEA_MAX_CHARS, ("star", "Star", "STAR", "⭐", "🌟", "星星"), STAR_PLEA, "drop_follow_prompts"),
)


def _text_rule_for(text: str, link_only: bool) -> str | None:
    if text.lstrip()[:1] in "［[【〔(（" and _broadcast_cue(text):
        return "drop_broadcast_cues"
    if (
        text.strip().lower() in STRAY_LITERALS
        or ((len(text) <= 20 or (len(text) <= 60 and ("结束" in text or "結束" in text))) and END_ORNAMENT.match(text))
        or (len(text) <= 80 and "adsbygoogle" in text.lower() and AD_SCRIPT_LINE.match(text))
        or (text[:1] == "{" and text.rstrip()[-1:] == "}" and _is_json_object(text))
        or (text.count(": ") >= RECORD_MIN_FIELDS and _is_record_of_fields(text))
    ):
        return "drop_stray_literals"
    if "{" in text and "}" in text and STYLE_SHEET_TEXT.fullmatch(text):
        return "drop_style_sheet_text"
    if len(text) >= SCRIPT_TEXT_MIN_CHARS and SCRIPT_OPENING.match(text) and _is_script_text(text):
        return "drop_script_text"
    if len(text) <= 200 and _is_copyright_notice(text):
        return "drop_copyright_lines"
    if len(text) <= MAILING_NOTICE_MAX_CHARS and MAILING_NOTICE.match(text):  # (each of its forms opens the line)
        return "drop_mailing_notices"
    if len(text) <= MAILING_FOOTER_MAX_CHARS and (
        MAILING_FOOTER.match(text) or ("密" in text and _CONFIDENTIALITY_CLAUSE.search(text))
    ):
        return "drop_mailing_notices"
    if len(text) <= GENERATOR_NOTICE_MAX_CHARS and _TRANSCRIPT_NOTE.search(text) and len(_NOTE_END.findall(text)) <= 1:
        # a transcript's note ('以實際發言為準 Check against delivery', '由语音识别生成')
        return "drop_generator_notices"
    if len(text) <= GENERATOR_NOTICE_MAX_CHARS and GENERATOR_NOTICE.match(text):
        return "drop_generator_notices"
    if len(text) <= POWERED_FOOTER_MAX_CHARS and "owered" in text and _POWERED_BY_TAIL.search(text):
        # a footer's line with the platform's credit after it ('… is a registered charity (no. 1234). Powered by Blogger.')
        return "drop_generator_notices"
    if (
        len(text) <= SHARE_CAPTION_MAX_CHARS
        and SHARE_CAPTIONS.match(text.strip())
        and (link_only or not PLATFORM_NAMES.match(text.strip()))
    ) or (len(text) <= SHARE_CAPTION_MAX_CHARS and _is_platform_row(text)):
        return "drop_share_captions"
    if (
        (
            len(text) <= 40
            or (
                len(text) <= LATIN_PAYWALL_NOTE_MAX_CHARS
                and max(text) < "\u2e80"
                and "subscri" in text.lower()
                and _LATIN_SENTENCE_END.search(text.strip()) is None
            )
        )
        and PAYWALL_NOTE.search(text)
        and not MENTIONED.search(text)
        and not _quotes_a_note(text)
    ):
        return "drop_paywall_notes"
    if len(text) <= PAYWALL_NOTES_MAX_CHARS and _only_paywall_notes(text):
        return "drop_paywall_notes"
    if len(text) <= PAYWALL_OFFER_MAX_CHARS and _opens_with_paywall_note(text):
        return "drop_paywall_notes"
    if len(text) <= TALLY_MAX_CHARS and _is_tally(text):
        return "drop_interface_labels"  # the platform's counts of reactions ('👍 2,031 💬 145', '有用 128 没用 7')
    if (
        len(text) <= 30
        # (a longer row: English labels, or four controls and more apart: 'PDF下载 (1.8 MB) HTML全文 导出引用 E-mail Alert')
        or (len(text) <= INTERFACE_ROW_MAX_CHARS and (text.replace("—", "-").isascii() or text.strip().count(" ") >= 3))
    ) and (
        INTERFACE_LABELS.match(text.strip())
        or CONTROL_ROW.match(text.strip())
        or (link_only and CONTROL_WORD.match(text.strip()))
    ):
        return "drop_interface_labels"  # before the prompts: '打開APP閱讀全文' is the page's control
    if GLUED_CONTROLS_MIN_CHARS <= len(text) <= GLUED_CONTROLS_MAX_CHARS and is_glued_controls(text):
        return "drop_interface_labels"
    if len(text) <= 60 and (
        # (a neighbour post's title with its arrow before or after it: '← 读《呼兰河传》', '读《朝花夕拾》 →')
        (
            link_only
            and (
                CLICK_POINTER.match(text.strip())
                or text.strip()[:1] in _POINTER_ARROWS
                or text.strip()[-1:] in _POINTER_ARROWS
            )
        )
        or (len(text) <= 40 and MARKED_POINTER.match(text.strip()))
    ):
        return "drop_interface_labels"
    if len(text) <= COOKIE_NOTICE_MAX_CHARS and "ookie" in text and COOKIE_NOTICE.search(text):
        return "drop_interface_labels"
    if (
        len(text) <= 80
        and text.rstrip().lower().endswith(_PICTURE_SUFFIXES)
        and PICTURE_FILE_NAME.fullmatch(text.strip())
    ):
        return "drop_picture_labels"
    if len(text) <= 16 and MEDIA_PLACEHOLDER.fullmatch(text.strip()):
        return "drop_picture_labels"
    if len(text) <= 100 and EMBED_FALLBACK.match(text.strip()):
        return "drop_interface_labels"
    if len(text) <= 60 and (LANGUAGE_SWITCH.match(text.strip()) or is_reading_tools_row(text)):
        return "drop_interface_labels"
    if len(text) <= FEED_FOOTER_MAX_CHARS and _may_be_feed_footer(text) and FEED_FOOTER.match(text.strip()):
        return "drop_interface_labels"
    if len(text) <= 40 and PHOTO_CREDIT.match(text.strip()):
        return "drop_interface_labels"
    if len(text) <= 100 and "轻点两下取消赞" in text and WECHAT_CONTROLS.match(text):
        return "drop_interface_labels"
    if len(text) <= FOLLOW_PROMPT_MAX_CHARS and (
        FOLLOW_PROMPT.match(text.strip())
        # (with the address to go to after it: '加入早报 Telegram 频道，获取第一手新闻 👉 t.me/example')
        or (_TRAILING_ADDRESS.search(text) and FOLLOW_PROMPT.match(_TRAILING_ADDRESS.sub("", text.strip())))
        or _follows_with_a_promise(text.strip())
    ):
        return "drop_follow_prompts"
    if len(text) <= APP_PITCH_MAX_CHARS and APP_PITCH.match(text.strip()):
        return "drop_follow_prompts"
    if (
        len(text) <= APP_CALL_MAX_CHARS
        and ("下载" in text or "下載" in text or "安装" in text or "安裝" in text)
        and (
            (APP_CALL.search(text) and "。" not in text)
            or APP_PLEA.match(text.strip())
            or APP_STORE_SEARCH.match(text.strip())
        )
    ):
        return "drop_follow_prompts"
    stripped = text.strip()
    for max_chars, hints, line, named in WHOLE_LINE_RULES:  # (each only where its words are: most lines have none)
        if len(text) <= max_chars and (not hints or any(hint in text for hint in hints)) and line.fullmatch(stripped):
            return named
    if (
        len(text) <= READER_SITE_LINE_MAX_CHARS
        and ("记住" in text or "記住" in text or "键" in text or "鍵" in text)
        and READER_SITE_LINE.search(text)
    ):
        return "drop_site_link_lines"  # a fiction site's plug and its keys ('一秒记住【书阁 …】', '按 ← 键返回上一章')
    if len(text) <= 200 and is_site_link_line(text):
        return "drop_site_link_lines"
    if len(text) <= 200 and is_bilingual_menu(text):
        return "drop_site_link_lines"
    if len(text) <= 200 and is_listening_row(text):
        return "drop_follow_prompts"
    if len(text) <= 300 and "※" in text[:8] and FORUM_FOOTER.match(text.strip()):
        return "drop_forum_footers"
    if len(text) <= 160 and ("签" in text[:16] or "簽" in text[:16]) and SIGNATURE_LINE.match(text.strip()):
        return "drop_forum_footers"  # a member's signature under a board post, labelled ('签名：装修是一场修行')
    if len(text) <= 200 and text.lstrip()[:1] in _REPLY_MARKS and REPLY_LINE.match(text.strip()):
        return "drop_reply_lines"
    if len(text) <= 300 and ("回复" in text or "回覆" in text) and MICROBLOG_REPLY.match(text.strip()):
        return "drop_reply_lines"
    if len(text) <= 400 and text.lstrip()[:1] in "作发發" and BBS_HEADER.match(text.strip()):
        return "drop_page_meta"
    if len(text) <= 400 and _is_metadata_card(text):
        return "drop_page_meta"
    if len(text) <= SITE_FOOTER_MAX_CHARS and SITE_FOOTER.match(text.strip()):
        return "drop_page_meta"
    if len(text) <= PAGE_FIELDS_MAX_CHARS and ("：" in text or ":" in text) and _only_page_fields(text.strip()):
        return "drop_page_meta"
    # (each pattern below only where its words are: most lines have none of them)
    if len(text) <= 80 and ("本" in text[:6]) and _FORUM_EDIT_NOTE.match(text.strip()):
        return "drop_datelines"  # (in brackets as Discuz writes it; bare, the dateline rules know it)
    if len(text) <= 120 and "由" in text[:8] and POST_RECORD_LINE.match(text.strip()):
        return "drop_page_meta"
    if len(text) <= 120 and ("收" in text or "聆" in text or "isten" in text) and PODCAST_PLATFORMS.match(text.strip()):
        return "drop_follow_prompts"
    if (
        # (the Wayback Machine's toolbar with the page's long address in it: longer)
        (len(text) <= 300 or (len(text) <= ARCHIVE_TOOLBAR_MAX_CHARS and "wayback machine" in text[:40].lower()))
        and (
            "oogle" in text
            or "完整版本" in text
            or "提示" in text
            or "ayback" in text
            or "快照" in text
            or "emini" in text
        )
        and ARCHIVE_BANNER.match(text.strip())
    ):
        return "drop_interface_labels"
    if (
        len(text) <= 200
        and text.lstrip(_HEADLINE_LABEL_MARKS)[:2] in _HEADLINE_LABEL_STARTS
        and (HEADLINES_LINE.match(text.strip()) or ONE_HEADLINE_LINE.match(text.strip()))
    ):
        return "drop_site_link_lines"
    if len(text) <= 80 and ("订阅" in text[-6:] or "訂閱" in text[-6:]) and INBOX_PITCH.match(text.strip()):
        return "drop_mailing_notices"
    if (
        len(text) <= NEWSLETTER_BOX_MAX_CHARS
        and text.rstrip(" .!！")[-1:].lower() in _BUTTON_ENDS
        and NEWSLETTER_BOX_BUTTON.search(text)
        and _NEWSLETTER_WORD.search(text)
    ):
        return "drop_mailing_notices"  # a newsletter's box: its pitch, then its button
    if len(text) <= RATERS_ROW_MAX_CHARS and "人" in text and RATERS_ROW.fullmatch(text.strip()):
        return "drop_interface_labels"  # a rating with its raters, the people who made it ('4.8（1,203人评分）')
    if len(text) <= 40 and ("★" in text or "☆" in text or "⭐" in text) and RATING_LINE.match(text.strip()):
        return "drop_interface_labels"
    if len(text) <= POLL_LINE_MAX_CHARS and ("投票" in text or "vote" in text.lower()) and _POLL_CHOICES.search(text):
        return "drop_interface_labels"  # a poll's question, choices and button ('○ 支持 ○ 反對 ○ 無意見［投票］')
    if len(text) <= 120 and ("加密" in text or "encrypted" in text) and _CHAT_APP_NOTE.match(text.strip()):
        return "drop_interface_labels"  # a chat app's note atop its export ('此群组中的消息已进行端到端加密。…')
    if len(text) <= NEXT_VIDEOS_MAX_CHARS and "下一" in text[:6] and _NEXT_VIDEOS.match(text.strip()):
        return "drop_gallery_counters"  # a player's queue ('下一个视频 自动连播 ⏵ 【城里乡间】凌晨四点的豆腐坊 03:58')
    if len(text) <= 30 and GALLERY_COUNTER.match(text.strip()):
        return "drop_gallery_counters"
    if len(text) <= MEDIAWIKI_LINE_MAX_CHARS and MEDIAWIKI_LINE.match(text.strip()):
        return "drop_interface_labels"
    if len(text) <= REVIEW_NOTE_MAX_CHARS and REVIEW_NOTE.match(text.strip()):
        return "drop_review_notes"
    if (
        len(text) <= HOTLINES_MAX_CHARS
        and ("线" in text or "線" in text or "撥" in text or "拨" in text)
        and is_hotlines_row(text)
    ):
        return "drop_page_meta"
    if (
        len(text) <= WIKI_NOTICE_MAX_CHARS
        and any(hint in text for hint in _WIKI_NOTICE_HINTS)
        and WIKI_NOTICE.match(text.strip())
    ):
        return "drop_wiki_notices"
    if len(text) <= GALLERY_CONTROLS_MAX_CHARS and not _GALLERY_CHARS.isdisjoint(text) and GALLERY_CONTROLS.match(text):
        return "drop_gallery_counters"
    if len(text) <= 16 and CALL_TO_ACTION.match(text.strip()) and (link_only or _URGED.match(text.strip())):
        return "drop_interface_labels"
    if link_only and len(text) <= 50 and _SIGN_UP_FOR.match(text.strip()):
        return "drop_mailing_notices"  # a newsletter's button naming it ('Sign up for 慢半拍周报')
    if (
        len(text) <= SIGNUP_FINE_PRINT_MAX_CHARS
        and text.lstrip()[:3].lower() == "by "
        and SIGNUP_FINE_PRINT.match(text.strip())
    ):
        return "drop_mailing_notices"
    if len(text) <= AD_COPY_MAX_CHARS and _AD_COPY_WORD.search(text) and AD_COPY.search(text):
        return "drop_ad_labels"
    if len(text) <= AD_COPY_MAX_CHARS and _FOLLOW_WORD.search(text, 0, 8) and FOLLOW_LINKS.match(text):
        return "drop_follow_prompts"
    if len(text) <= NATIVE_AD_MAX_CHARS and _is_native_ad(text):
        return "drop_ad_labels"  # an ad's copy written as a paragraph under its bracketed label ('（广告）…')
    if len(text) <= CALL_TO_ACTION_MAX_CHARS and CALL_TO_ACTION_TAIL.search(text) and not _STATED_MID.search(text):
        return "drop_ad_labels"  # a promotion's line ending with its button ('…3秒看能上哪些大学 → 立即体验')
    if len(text) <= SPONSOR_LINE_MAX_CHARS and ("由" in text[:8]) and SPONSOR_LINE.match(text.strip()):
        return "drop_ad_labels"  # a show's sponsor, with its offer ('本期节目由「某某」支持播出，…输入口令 … 立减20元')
    if len(text) <= 30 and AD_LABELS.match(text.strip()):
        return "drop_ad_labels"
    if len(text) <= COMMERCE_LINE_MAX_CHARS and _is_commerce_line(text.strip()):
        return "drop_ad_labels"  # a shop's button, its card's counts, a coupon, a disclosure of paid links
    if len(text) <= WIDGET_LINE_MAX_CHARS and "。" not in text and _is_widget_line(text.strip()):
        return "drop_interface_labels"
    if len(text) <= 30 and BYLINE_PART_ALONE.match(text.strip()):
        # (the writer's role is a credit; the label alone says nothing)
        return "drop_interface_labels" if text.strip().lower().rstrip(":") == "by" else "drop_staff_credits"
    if len(text) <= 80 and _EDITOR_CREDIT.search(text) and STAFF_CREDITS.match(text):
        return "drop_staff_credits"
    if len(text) <= CREDIT_LINE_MAX_CHARS and is_credit_line(text):
        return "drop_staff_credits"
    if (
        len(text) <= SUBSCRIPTION_OFFER_MAX_CHARS
        and ("订" in text or "訂" in text or "续" in text or "續" in text)
        and (_SUBSCRIPTION_OFFER.search(text))
    ):
        return "drop_ad_labels"  # a periodical's offer to subscribe ('…全年畅读，现在订阅立减60元。')
    if len(text) <= STAMPED_CREDITS_MAX_CHARS and (
        _HAS_DIGIT.search(text[:STAMP_WITHIN_CHARS]) is not None or text.rstrip()[-1:].isdigit()
    ):
        stamped = _STAMP_BEFORE_CREDITS.match(text.strip()) or _CREDITS_BEFORE_STAMP.match(text.strip())
        if stamped is not None and is_credit_line(stamped["rest"]):
            return (
                "drop_staff_credits"  # the page's time and outlet before its credits ('2012-05-28 17:05 某网 摄影：…')
            )
    if len(text) <= RELATIVE_STAMP_MAX_CHARS and _HAS_DIGIT.search(text) and RELATIVE_STAMP.match(text.strip()):
        return "drop_datelines"  # ('Updated 3 hours ago 3小時前更新')
    if (
        len(text) <= RELATIVE_STAMP_MAX_CHARS
        and _HAS_DIGIT.search(text)
        and EPISODE_STAMP.match(text.strip())
        and (_EPISODE_MARK.search(text) or "⏱" in text)
    ):
        return "drop_datelines"
    if len(text) <= 100 and (
        (ADJACENT_POST_LINK.match(text) and not text.rstrip().endswith("。"))
        or is_pager_line(text)
        or _ARROW_PAGER.fullmatch(text.strip())
    ):
        return "drop_adjacent_post_links"  # (a title follows the label; a sentence does not: '上一篇：我们讲了…。')
    if (
        (
            len(text) <= 90
            and _HAS_DIGIT.search(text)
            and ((len(text) <= 60 and _is_dateline(text)) or DATELINE.match(text))
        )
        or (len(text) <= 160 and "http" in text and _is_dateline(text))
    ):  # (a printed page's address and time)  # (two stamps, published and updated, in words: 'Published: 10:00am, 28 May, 2021 Updated: …')
        return "drop_datelines"
    if (
        len(text) <= BREADCRUMB_MAX_CHARS
        and (
            ">" in text
            or "＞" in text
            or "›" in text
            or "»" in text
            or " / " in text
            or "→" in text
            or "首" in text[:3]
        )
        and BREADCRUMB.match(text.strip())
    ):
        return "drop_breadcrumb_lines"
    if len(text) <= 60 and READING_TIME.search(text) and not _SENTENCE_PUNCTUATION.search(text):
        return "drop_datelines"
    if len(text) <= 20 and "IP" in text and IP_LOCATION_LINE.match(text):
        return "drop_datelines"
    if len(text) <= 40 and SENT_FROM_CLIENT.match(text):
        return "drop_datelines"
    if len(text) <= 60 and "[" in text and TELEGRAM_STAMP.match(text.strip()):
        return "drop_datelines"  # a channel's export header: its name and the message's time
    if len(text) <= 60 and FORWARDED_FROM.match(text.strip()):
        return "drop_staff_credits"  # where a channel's message was forwarded from
    if len(text) <= 120 and READ_MORE_POINTER.match(text.strip()):
        return "drop_site_link_lines"
    if len(text) <= 80 and (
        PAGE_META.match(text) or (("版" in text or "报" in text or "報" in text) and EDITION_PAGE_LINE.match(text))
    ):
        return "drop_page_meta"
    if len(text) <= QA_SITE_LINE_MAX_CHARS and QA_SITE_LINE.match(text):
        return "drop_page_meta"
    if (
        len(text) <= NOTICE_FIELD_MAX_CHARS
        and _may_be_notice_field(text)
        and (NOTICE_FIELDS.match(text) or ATTACHMENT_LINE.match(text))
    ):
        return "drop_page_meta"
    if len(text) <= 60 and _PLAYER_LINE.match(text.strip()):
        return "drop_interface_labels"  # a video player's loading note, its clock or its count of plays
    if len(text) <= 200 and _NEWSLETTER_PITCH.match(text.strip()):
        return "drop_follow_prompts"  # a newsletter platform's pitch ('Thanks for reading …! Subscribe for free …')
    if len(text) <= 60 and _ACCOUNT_CARD_LINE.match(text.strip()):
        return "drop_page_meta"  # a WeChat account's card: its id and its blurb
    if len(text) <= 80 and _FORUM_POST_PARTS.match(text.strip()):
        return "drop_page_meta"  # a forum post's head, its member's counts or its row of controls
    # a site's keyword list can be long, but never holds a sentence
    if len(text) <= 300 and HASHTAG_LINE.match(text):
        return "drop_keyword_lines"
    if len(text) <= 300 and KEYWORD_LINE.match(text) and _lists_keywords(text):
        return "drop_keyword_lines"
    if (
        len(text) <= 200
        and ("《" in text or "期" in text[:4] or "回" in text[:4])
        and BACK_ISSUES_LINE.match(text.strip())
    ):
        return "drop_adjacent_post_links"
    if len(text) <= QUOTES_TICKER_MAX_CHARS and "%" in text and QUOTES_TICKER.fullmatch(text.strip()):
        return "drop_interface_labels"  # a market's ticker of quotes ('上证指数 3,068.46 +0.74% 深证成指 9,626.38 +1.39% …')
    if len(text) <= TALLY_MAX_CHARS and _HAS_DIGIT.search(text) and RATING_WIDGET.match(text.strip()):
        return "drop_interface_labels"
    if len(text) <= BRACKETED_ROW_MAX_CHARS and text.lstrip()[:1] in "[【［" and _is_bracketed_row(text):
        return "drop_interface_labels"  # a board's buttons and counts in brackets ('[上一篇] [下一篇] [回复: 27]')
    if len(text) <= TALLY_MAX_CHARS and is_status_line(text):
        return "drop_interface_labels"  # the platform's counts with the post's status ('👁 2.3K · 10:02', '1,284 個讚')
    if len(text) <= FIELD_ROW_MAX_CHARS and _FIELD_SEPARATOR.search(text) and (row := _field_row_rule(text)):
        return row
    if (
        len(text) <= SHARE_SHEET_MAX_CHARS
        and ("已有" in text or "http" in text or text.rstrip()[-1:] in _COUNT_ENDS)
        and _SHARE_SHEET.match(text.strip())
    ):
        return "drop_share_captions"  # what a phone's share sheet copies, and the count of shares ('已有 2,341 人分享此文')
    if text.lstrip()[:2] == "//" and _REPOST_CHAIN.match(text.strip()):
        return "drop_share_captions"  # a microblog's chain of reposts, each with its words ('//@江城小事:转发微博')
    if len(text) <= 40 and _HAT_TIP.match(text.strip()):
        return "drop_staff_credits"  # a link-blog's credit to where it found the item ('via @小鹿读书')
    if (
        len(text) <= GAMING_NOTICE_MAX_CHARS
        and text.lstrip("【[")[:2] in _GAMING_NOTICE_OPENINGS
        and _GAMING_NOTICE.match(text.strip())
    ):
        return "drop_copyright_lines"  # a game's statutory notices ('健康游戏忠告：…', '适龄提示：本游戏适合16周岁以上用户')
    if len(text) <= 100 and "." in text and _FILE_WITH_SIZE.fullmatch(text.strip()):
        return "drop_page_meta"  # a file to download, its size and its count of downloads ('申报表.docx（28KB） 下载次数：689')
    if len(text) <= 300 and ("Created" in text or "edited" in text) and len(_WORKSPACE_PROPERTY.findall(text)) >= 2:
        return "drop_page_meta"  # a workspace page's properties ('Created: … Created by: … Last edited time: …')
    if len(text) <= 120 and text.lstrip(" ›>»")[:2] in _BBS_HEADER_LABELS and _BBS_HEADER_FIELD.match(text.strip()):
        return "drop_page_meta"  # a BBS post's header as its web view prints it ('看板 Hiking', '時間 Sun Oct 20 …')
    if len(text) <= 120 and ("簽名檔" in text or "签名档" in text) and _SIGNATURE_FILE.match(text.strip()):
        return "drop_forum_footers"  # a member's signature, named as such ('這裡是懶雲的簽名檔：山不會跑，人會。')
    if len(text) <= 24 and ("于" in text or "於" in text) and _POST_EDIT_STAMP.match(text.strip()):
        return "drop_datelines"  # a note's stamp with no year and where it was posted ('编辑于 10-14 福建')
    if len(text) <= 12 and text.strip().lower() in LOGIN_LINES:
        return "drop_interface_labels"  # the page's way in, alone on its line ('登入'; '登录 Twilio.com' is a step)
    if len(text) <= STALE_NOTICE_MAX_CHARS and ("前" in text or "ago" in text) and _STALE_NOTICE.match(text.strip()):
        return "drop_page_meta"  # a blog theme's warning on an old post ('本文最后更新于 123 天前，其中的信息可能…')
    if (
        len(text) <= BROWSER_ADVICE_MAX_CHARS
        and _BROWSER_ADVICE_WORD.search(text)
        and _BROWSER_ADVICE.match(text.strip())
    ):
        return "drop_page_meta"  # the site's advice on how to view it ('建議使用 Chrome 最新版本瀏覽，最佳解析度 1280x768')
    if len(text) <= 40 and (
        _FOLLOW_BUTTON_ROW.match(text.strip())
        or (text.lstrip()[:1] in "订訂本" and _PUSH_OR_SCHEDULE.match(text.strip()))
    ):
        return "drop_follow_prompts"  # a writer's name with the platform's follow button ('Grace Lin · Follow')
    if len(text) <= 12 and _BARE_FIELD_LABEL.match(text.strip()):
        return "drop_page_meta"  # a card's label whose value went ('文章作者：')
    if (
        len(text) <= SUBMISSION_CALL_MAX_CHARS
        and ("歡迎" in text[:8] or "欢迎" in text[:8])
        and SUBMISSION_CALL.match(text)
    ):
        return "drop_follow_prompts"
    if (
        len(text) <= 60
        and ("关注" in text[:4] or "關注" in text[:4] or "搜" in text[:8])
        and ACCOUNT_PROMPT.match(text.strip())
    ):
        return "drop_follow_prompts"
    if len(text) <= WRITER_NOTE_MAX_CHARS and text.lstrip()[:1] in "（(" and WRITER_NOTE.match(text.strip()):
        return "drop_staff_credits"  # who the writer is, in brackets under an op-ed ('（作者是某研究所的研究员）')
    if (
        len(text) <= COLUMN_BLURB_MAX_CHARS
        and ("專欄" in text or "专栏" in text or "逢" in text or "每" in text)
        and COLUMN_BLURB.match(text.strip())
    ) or (len(text) <= SERIES_LINE_MAX_CHARS and "期" in text and SERIES_LINE.match(text.strip())):
        return "drop_column_blurbs"
    if len(text) <= GROUP_FOOTER_MAX_CHARS and GROUP_FOOTER.match(text):
        return "drop_mailing_notices"
    if len(text) <= MAIL_HEADER_MAX_CHARS and (":" in text or "：" in text) and is_mail_header(text):
        return "drop_page_meta"
    if len(text) <= PLATFORM_CHROME_MAX_CHARS and _PLATFORM_CHROME_LINE.match(text.strip()):
        return "drop_interface_labels"
    if len(text) <= BILINGUAL_LINE_MAX_CHARS and HAN_CHARACTER.search(text) and _LATIN_WORD.search(text):
        rule = _bilingual_rule(text, link_only)
        if rule is not None:
            return rule
    if is_counts_row(text):  # (last: a row another rule names, '阅读 10万+', keeps that rule's name)
        return "drop_interface_labels"
    return None


PLATFORM_CHROME_MAX_CHARS: Final = 80
# Commerce in a review or a buying guide: the shop's buttons and cards, coupons, and the site's disclosure of paid links
COMMERCE_LINE_MAX_CHARS: Final = 160
_PRICE: Final = r"[¥￥$]\s*[\d,]+(?:\.\d+)?|[\d,]+(?:\.\d+)?\s*元"
# a button ('去购买', '查看最低價', '在东橙商城查看 ¥2,399', '点击购买：三人帐篷 ¥329 https://…', '👉 去购买（东橙商城 ¥369）')
BUY_BUTTON: Final = re.compile(
    r"^[\W_]{0,4}(?:(?:去|前往|立即|马上|馬上|点击|點擊|一键|一鍵)(?:购买|購買|抢购|搶購|下单|下單|购齐|購齊|预订|預訂|预定|預定|订购|訂購)"
    r"|(?:购买|購買|抢购|搶購)(?:链接|連結|鏈接)?|(?:查看|看)(?:最新|最低)?(?:价格|價格)|查看最低[价價]|领券|領券"
    r"|(?:全部)?加入(?:购物车|購物車)|全网比价|全網比價|(?:在|去|到|前往)\s*[^\s，。,；;：:]{1,10}?\s*(?:查看|看看|购买|購買|下单|下單)"
    r"(?:(?:当前|當前|最新|最低|实时|實時)?(?:价格|價格|售价|售價))?|去看看)"
    # (then only its shop and price in brackets, or after a colon the product's name, its price, its address)
    rf"(?:\s*[(（][^()（）]{{1,20}}[)）])?(?:\s*[:：]\s*[^。！？，,；;]{{0,30}}?)?\s*(?:{_PRICE})?\s*(?:https?://\S+)?\s*$",
    re.IGNORECASE,
)
# a product card's price alone on its line, maybe after a coupon's ('券后价 ¥239 ¥299', '¥159')
# (or a booking's and a pledge's: 'S$38 起/人 ★4.8（612条评价）', 'S$65 起/人 · 可免费取消', 'NT$ 500')
_CURRENCY: Final = r"(?:[¥￥]|(?:NT|HK|S|US|A|C|MOP|RM)\s?\$)"
PRICE_LINE: Final = re.compile(
    r"(?:券后价?|券後價?|到手价|到手價|优惠价|優惠價|售价|售價|现价|現價|原价|原價)?\s*[:：]?\s*"
    rf"(?:{_CURRENCY}\s*\d[\d,]*(?:\.\d+)?\s*){{1,2}}(?:起)?(?:\s*/\s*(?:人|位|晚|次|張|张|份|月|年))?"
    r"(?:\s*(?:领券|領券)\s*立?(?:减|減)\s*\d+\s*元?)?"
    r"(?:\s*[·•|｜]?\s*(?:可?免费取消|可?免費取消|限量\s*\d+\s*份|★+☆*\s*\d(?:\.\d)?(?:\s*[（(][\d,.]+\s*[万萬]?\+?\s*(?:条|條|則|则)?"
    r"(?:评价|評價|评论|評論)[)）])?))*"
)
# a product's card: its name, its price, its button ('【好物】卡瓦依 立式钢琴 原装进口¥12,800去购买'), no sentence
_PRICED_CARD: Final = re.compile(
    rf"^(?![^¥￥$]*[我你他她们們了])[^。！？!?]{{2,60}}?\s*(?:{_PRICE})\s*起?\s*(?:去|立即|马上|馬上|前往)?"
    r"(?:购买|購買|抢购|搶購|下单|下單|预订|預訂|预定|預定)\s*[>›»]?\s*$",
    re.IGNORECASE,
)
# a shop's card: its name, its stars, its sales and reviews ('萬家購物｜★4.6（412則評價）', '蓝猫超市 ｜ 已售5万+')
_SHOP_FIELD: Final = re.compile(
    r"★+☆*\s*\d?(?:\.\d)?(?:\s*[（(]?[\d,.]+\s*[万萬]?\+?\s*(?:条|條|則|则)?(?:评价|評價|评论|評論)[)）]?)?|☆+"
    r"|(?:月销|月銷|已售|销量|銷量)\s*[\d,.]+\s*[万萬]?\+?|好评率\s*\d+%|[\d,.]+\s*[万萬]?\+?\s*(?:条|條|則|则)(?:评价|評價)"
    # (a pledge's or a booking's: '已有 412 人贊助', '限量 500 份', '剩 12 位')
    r"|已有\s*[\d,]+\s*(?:人|位)(?:贊助|赞助|支持|购买|購買|预订|預訂|报名|報名)|限量\s*[\d,]+\s*(?:份|位|組|组)"
    r"|(?:历史低价|歷史低價|最低价|最低價)\s*(?:[¥￥$]\s*[\d,.]+)?|比[价價]\s*\d+\s*家"
)
# a coupon or a deal ('满300减30优惠券', '领券立减80元', '本週限時 85 折', '粉丝专属优惠码 XIAO15', '输入口令「…」再折20元')
_COUPON: Final = guarded(
    re.compile(
        r"满\s*\d+\s*元?\s*减\s*\d+|滿\s*\d+\s*元?\s*減\s*\d+|立减\s*\d+|立減\s*\d+|(?:领取|領取)?(?:优惠券|優惠券|折价券|折價券)"
        r"|(?:领券|領券)\s*立?(?:减|減)\s*\d+|(?:优惠|優惠|折扣)[码碼]|口令|(?:限时|限時)\s*(?:优惠|優惠|福利|特价|特價|折扣|\d{1,2}\s*折)"
        r"|(?:下单|下單)?(?:享|打)\s*(?:[九八七六五]|\d{1,2})\s*折"
    )
)
# the site's disclosure of paid links ('本文含聯盟行銷連結', '若您透過文中連結購買，我們可能獲得分潤')
_PAID_LINKS: Final = guarded(
    re.compile(
        r"(?:推广|推廣|聯盟行銷|联盟营销|联盟推广|聯盟|联盟|合作推廣|合作推广)(?:链接|連結|鏈接)|联盟推广|聯盟行銷"
        r"|(?:链接|連結|鏈接)[^。！？]{0,16}(?:佣金|分润|分潤)|(?:来自|來自)合作(?:电商|電商)|由合作(?:伙伴|夥伴)提供"
    )
)
# (the page speaking of itself: '本文', '文中', '我們', its cards and buttons; a report on such links speaks of others')
_SELF: Final = re.compile(
    r"本文|文中|本站|本頁|本页|我们|我們|以上|书单|書單|商品|价格资讯|價格資訊|价格信息|價格信息|按钮|按鈕"
)


# a row of buy buttons, one a shop ('去京东购买 ¥1999 去天猫购买 ¥1799')
_BUY_TOKEN: Final = re.compile(
    rf"(?:去|前往|在|到)\s*[^\s，。,；;：:¥￥$]{{1,10}}?\s*(?:购买|購買|下单|下單|查看|抢购|搶購)\s*(?:{_PRICE})?"
)
_BUY_ROW_REST: Final = re.compile(r"[\s|｜·/•]*")
# the shop's note on its prices ('价格实时更新，以商城页面为准', '（商品价格可能变动，请以购买页为准）')
_PRICE_NOTICE: Final = re.compile(
    r"[（(]?(?:商品|实时|實時)?(?:价格|價格|售价|售價)(?:信息|資訊|资讯)?(?:可能|或)?(?:实时|實時|随时|隨時|会|會|有|存在)?"
    r"(?:更新|变动|變動|波动|波動|调整|調整)[^。！？，,]{0,8}[，,；;]?\s*(?:请|請|一切|均|最终|最終)?以[^。！？，,]{1,16}(?:为准|為準)"
    r"[。.！!]?[）)]?"
)


def _is_commerce_line(text: str) -> bool:
    """Whether a line is commerce around a review's text (``BUY_BUTTON``, a shop's card of ``_SHOP_FIELD``, a coupon, a
    disclosure of paid links), no sentence of the article's: a price the article states is in a sentence of its own."""
    if BUY_BUTTON.match(text) or (
        ("¥" in text or "￥" in text or "$" in text or "元" in text)
        and (_PRICED_CARD.match(text) or PRICE_LINE.fullmatch(text.strip()))
    ):
        return True
    if len(_BUY_TOKEN.findall(text)) >= 2 and _BUY_ROW_REST.fullmatch(_BUY_TOKEN.sub("", text)):
        return True
    if ("价" in text or "價" in text) and _PRICE_NOTICE.fullmatch(text):
        return True
    if _PAID_LINKS.search(text):
        sentences = [sentence.strip() for sentence in SENTENCE.findall(text) if has_word(sentence)]
        if all(_PAID_LINKS.search(sentence) and _SELF.search(sentence) for sentence in sentences):
            return True  # (each sentence of it speaks of the page's paid links)
    if _SENTENCE_PUNCTUATION.search(text) or len(text) > COUPON_LINE_MAX_CHARS:
        return False
    if _COUPON.search(text):
        return True
    fields = [item for item in _SHOP_FIELD_SEPARATOR.split(text) if item]
    return any(_SHOP_FIELD.fullmatch(item) for item in fields) and all(
        _SHOP_FIELD.fullmatch(item) or len(item) <= SHOP_NAME_MAX_CHARS for item in fields
    )


COUPON_LINE_MAX_CHARS: Final = 60
_SHOP_FIELD_SEPARATOR: Final = re.compile(r"\s*[|｜·・]\s*")
# A page's live widget written as a line: its label ('【即時行情】', '📈 台股即時', '🌤 今日天氣', '🔥 熱搜榜') and its figures
WIDGET_LINE_MAX_CHARS: Final = 120
WIDGET_LABEL: Final = re.compile(
    r"^(?P<mark>[\W_]{0,3}[【\[]?)\s*(?P<when>即时|即時|实时|實時|今日|今天|最新|本周|本週)?\s*"
    r"(?P<what>行情|汇率|匯率|台股|港股|美股|大盘|大盤|股市|天气|天氣|热搜|熱搜|乐透开奖|樂透開獎|开奖|開獎|路况|路況|油价|油價|金价|金價"
    r"|基金净值|基金淨值)\s*(?P<kind>即时|即時|换算器|換算器|换算|換算|速查|榜|快讯|快訊)?\s*[】\]]?"
)


def _is_widget_line(text: str) -> bool:
    """Whether a line is a page's live widget (``WIDGET_LABEL``): its label with figures after it, or a label that only
    a widget has ('汇率换算器', '熱搜榜'). The label alone may head the article's own section ('今日天氣')."""
    if "%" in text and _QUOTES_RUN.fullmatch(text):
        return True
    found = WIDGET_LABEL.match(text)
    if found is None or not (found["mark"].strip() or found["when"] or found["kind"]):
        return False  # (a bare word and its figures may be the article's line: '天气 28度')
    rest = text[found.end() :]
    if found["kind"] and not rest.strip():
        return True
    figures = _THOUSANDS.sub("", rest)  # ('20,877.13': a figure's comma is no clause's)
    return bool(rest.strip()) and _HAS_DIGIT.search(rest) is not None and not _WIDGET_CLAUSE.search(figures)


_WIDGET_CLAUSE: Final = re.compile(r"[，。；！？,;!?、]")
# a byline's parts left alone when its name (a link) went: its label, the writer's role ('By', 'Opinion Columnist')
BYLINE_PART_ALONE: Final = re.compile(
    r"(?:by:?|(?:opinion|staff|contributing|senior|guest|special)\s+(?:columnist|writer|reporter|correspondent|contributor))$",
    re.IGNORECASE,
)
# a show's or a video's sponsor named at its end ('本期节目由「山野咖啡」支持播出', '本视频由某某赞助播出')
SPONSOR_LINE: Final = re.compile(
    r"(?:本期|本集|本视频|本視頻|本节目|本節目|本片)(?:节目|節目|视频|視頻)?由[^。！？，,]{1,24}"
    r"(?:赞助|贊助|支持|冠名|特约|特約|独家赞助|獨家贊助)(?:播出|播放|呈现|呈現|推出)"
)
SPONSOR_LINE_MAX_CHARS: Final = 120
# a ticker of quotes, two or more, each a name, its price and its change, maybe under a label ('文章相关股票：东方财富
# 15.23 +1.2% 同花顺 140.50 -0.4%')
_QUOTES_RUN: Final = re.compile(
    r"(?:[^：:。！？，,]{1,10}[：:]\s*)?(?:[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9.&]{1,11}\s*[¥$￥]?\d[\d,]*(?:\.\d+)?\s*"
    r"[(（]?[+\-−]\d+(?:\.\d+)?%[)）]?\s*){2,}"
)
SHOP_NAME_MAX_CHARS: Final = 12
BILINGUAL_LINE_MAX_CHARS: Final = 80
BILINGUAL_OTHER_HALF_MAX_CHARS: Final = 16
HAN_CHARACTER: Final = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD: Final = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]{2}")
# a line in two halves, one Chinese, one in letters ('Story continues below advertisement 廣告後繼續閱讀')
_HAN_HALF: Final = re.compile(r"[\u3400-\u9fff][^A-Za-z\u00c0-\u024f\u1e00-\u1eff]*")
_LATIN_HALF: Final = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff][^\u3400-\u9fff]*")
_BILINGUAL_LINE: Final = re.compile(
    rf"\W*(?:{_HAN_HALF.pattern}{_LATIN_HALF.pattern}|{_LATIN_HALF.pattern}{_HAN_HALF.pattern})"
)


def _bilingual_rule(text: str, link_only: bool) -> str | None:
    """The rule for a line of chrome written in two languages, one after the other: one half a line a rule drops, the
    other short, stating no sentence ('Continue reading below 下文繼續', 'Story continues below advertisement
    廣告後繼續閱讀')."""
    if _SENTENCE_PUNCTUATION.search(text) or ":" in text or "：" in text or not _BILINGUAL_LINE.fullmatch(text.strip()):
        return None  # (a label's colon: its value the other half, '李翊云 图源：Alamy')
    han = "".join(_HAN_HALF.findall(text)).strip()
    latin = text.replace(han, " ").strip() if han in text else ""
    if not latin:
        return None
    for half, other in ((latin, han), (han, latin)):
        if _DOTTED_NAME.search(other):
            continue  # (a site or a file the line names is no translation of a label: '登录 Twilio.com', a step)
        rule = text_rule_for(half, link_only)
        if rule in _BILINGUAL_RULES and len(other) <= BILINGUAL_OTHER_HALF_MAX_CHARS:
            return rule
    return None


_DOTTED_NAME: Final = re.compile(r"\w\.[A-Za-z]{2,}")
# the page's own lines, which a site writes in both its languages; not a credit or a platform's name, which a caption or
# a sentence holds beside its own words ('永生之城插画 by Alex Sager', '对于WhatsApp')
_BILINGUAL_RULES: Final = frozenset({"drop_interface_labels", "drop_ad_labels", "drop_follow_prompts", "drop_mailing_notices",
                              "drop_datelines", "drop_copyright_lines", "drop_paywall_notes"})  # fmt: skip
# A platform's own line under or over a post: Blogger's 'Posted by … at …' ('張貼者： 阿凱 於 下午10:40'), a microblog's
# video card ('L西岚晚报的微博视频'), a newsletter's share button with its name ('Share 島嶼觀察') and a paid post's mark
# ('∙ Paid')
_PLATFORM_CHROME_LINE: Final = re.compile(
    r"^(?:(?:張貼者|张贴者|發表者|发表者|posted by)\s*[:：]?\s*[^\s。！？，,][^。！？，,]{0,20}?\s+(?:於|于|at|on)\s+[^。！？]{1,30}"
    # (a blog theme's entry line: 'Posted by 阿彬 | August 3, 2024 | Food, Perak')
    r"|(?:posted|written|published) (?:by|on)\s+[^|｜。！？]{1,30}(?:\s*[|｜·•]\s*[^|｜。！？]{1,40}){1,3}"
    r"|L?\s*[^\s。！？，,]{1,20}的(?:微博视频|微博視頻|秒拍视频|秒拍視頻)"
    r"|share\s+[^\s。！？.,!?][^。！？.,!?]{0,20}|[∙·•]\s*(?:paid|付费|付費)"
    # a post's claps ('318鼓掌'), an embedded microblog post's head ('阿鹿已认证5月11日 14:32 来自 手机客户端')
    r"|\d[\d,.]*\s*[kKwW万萬]?\s*(?:鼓掌|次鼓掌|claps?)"
    r"|[^\s。！？，,]{1,20}(?:已认证|已認證)?\s*\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}\s*(?:来自|來自)\s*[^\s。！？，,]{1,12}"
    # (its time as the old page wrote it, the client and the edit mark: '2-19 21:40 来自 iPhone 15 Pro 已编辑')
    r"|(?:\d{2,4}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*(?:来自|來自)\s*[^。！？，,]{1,20}?(?:\s*(?:已编辑|已編輯))?"
    # a comments widget's note ('评论区由 giscus 驱动，请使用 GitHub 账号登录后评论。')
    r"|\W{0,3}(?:评论区|評論區|评论系统|評論系統|留言区|留言區|留言板)[^。！？，,]{0,4}由\s*[\w .\-]{1,20}?\s*(?:驱动|驅動|提供|支持)"
    r"(?:[，,]\s*(?:请|請|需要|須要|需|须|須)[^。！？]{0,24}(?:登录|登錄|登入)[^。！？]{0,8})?[。.]?)$",
    re.IGNORECASE,
)


# A government or portal page's fields of the notice ('發布單位：社會課 發布日期：93/10/15 瀏覽人次：562', '瀏覽人次:3127
# 最後更新:2017-08-31 回上頁 回首頁'): two fields or more, or one beside the page's way back, and nothing else
_PAGE_FIELD: Final = re.compile(
    r"(?:发布|發布|發佈|公告|刊登|上架)(?:单位|單位|日期|时间|時間|机关|機關)|(?:浏览|瀏覽|点阅|點閱|点击|點擊)(?:人次|次数|次數)"
    r"|(?:最后|最後)?(?:更新|修改)(?:日期|时间|時間)?|资料来源|資料來源|承办人|承辦人|联络电话|聯絡電話"
    r"|(?:信息|資訊|信息)(?:来源|來源)"
    # (a government's disclosure record: '索引号：…　公开方式：主动公开　公开时限：…')
    r"|索引号|索引號|(?:公开|公開)(?:方式|时限|時限|范围|範圍)|主题分类|主題分類"
)
_PAGE_FIELD_ITEM: Final = re.compile(
    rf"(?:{_PAGE_FIELD.pattern})\s*[:：]\s*[^\s:：]{{1,30}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    r"|(?:回|返回)上一?(?:页|頁)|回首(?:页|頁)|(?:友善)?(?:列印|打印)|[|｜\s]+"
    # (the text's size to choose: '【字体：大 中 小】')
    r"|[【\[]?(?:字体|字體|字号|字號)\s*[:：]\s*(?:[大中小]|[AＡ][+＋\-－])(?:\s*(?:[大中小]|[AＡ][+＋\-－])){1,2}\s*[】\]]?"
)
PAGE_FIELDS_MAX_CHARS: Final = 100
_VIEW_COUNT_FIELD: Final = re.compile(
    r"(?:浏览|瀏覽|点阅|點閱|点击|點擊)(?:人次|次数|次數)\s*[:：]\s*\d[\d,]*\s*(?:次|人次)?"
)


# A site's footer line of who runs it ('本平台由市委网信办主办', '技术支持：某某信息中心', '主辦單位：某某基金會')
SITE_FOOTER: Final = re.compile(
    r"^(?:本(?:平台|网站|網站|站|网|網)由)[^。！？，,]{1,20}(?:主办|主辦|主管|承办|承辦|运营|運營|维护|維護)$"
    r"|^(?:技术支持|技術支持|(?:主办|主辦|承办|承辦|协办|協辦|主管|运营|運營|指导|指導)单位|(?:主办|主辦|承办|承辦|协办|協辦|主管|运营|運營|指导|指導)單位"
    r"|网站维护|網站維護)\s*[:：]\s*[^。！？，,]{1,24}$"
    # (its accessibility mark: '本網站已通過無障礙 AA 等級檢測', '通过AAA级无障碍网页检测')
    r"|^(?:本(?:网站|網站|站|网|網)|本平台)?(?:已)?(?:通过|通過)[^。！？，,]{0,12}(?:无障碍|無障礙)[^。！？，,]{0,16}(?:检测|檢測|认证|認證|标章|標章)[。.]?$"
    # (and its other fields after it: '主办单位：某某分局 地址：滨江路18号 联系电话：0000-6612345')
    r"|^(?:主办|主辦|承办|承辦|主管)(?:单位|單位)\s*[:：]\s*[^。！？，,：:\s]{1,24}"
    r"(?:\s+[^。！？，,：:\s]{2,6}\s*[:：]\s*[^。！？，,：:\s]{1,30}){1,4}$"
)
SITE_FOOTER_MAX_CHARS: Final = 60


def _only_page_fields(text: str) -> bool:

    fields = len(re.findall(rf"(?:{_PAGE_FIELD.pattern})\s*[:：]", text))
    if not fields or not _PAGE_FIELD.search(text):
        return False
    if _PAGE_FIELD_ITEM.sub("", text):
        return False
    # (or the page's count of its readers alone: '瀏覽人次：1,203,447')
    return (
        fields >= 2
        or bool(re.search(r"回上|返回上|回首|列印|打印", text))
        or _VIEW_COUNT_FIELD.fullmatch(text) is not None
    )


# A podcast's platforms to listen on ('🎧 收听本文：小宇宙 ｜ Apple Podcasts ｜ 时长 31:20', '本集收聽：Spotify ｜ KKBOX')
_PODCAST_PLATFORM: Final = (
    r"小宇宙|apple\s*podcasts?|苹果播客|蘋果播客|spotify|kkbox|soundon|firstory|喜马拉雅|喜馬拉雅|网易云音乐|網易雲音樂"
    r"|google\s*podcasts?|youtube(?:\s*music)?|overcast|pocket\s*casts|castbox|荔枝|蜻蜓\s*fm|qq\s*音乐|QQ\s*音樂|podcast\s*addict"
)
PODCAST_PLATFORMS: Final = re.compile(
    r"^[🎧🎙📻▶►\s]*(?:(?:收听|收聽|聆听|聆聽)(?:本文|本集|节目|節目)?|本集收听|本集收聽|(?:收听|收聽)平台|listen on|在这里收听|在這裡收聽)"
    rf"\s*[:：]?\s*(?:{_PODCAST_PLATFORM})(?:\s*[|｜/、,，·]\s*(?:{_PODCAST_PLATFORM}))*"
    r"(?:\s*[|｜/·]\s*(?:时长|時長|長度)\s*[:：]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    re.IGNORECASE,
)
# MediaWiki's own lines around a page or its edit form ('跳至導覽　跳至搜尋', '正在編輯 …', '警告：您沒有登入。…',
# '編輯摘要（…）：', '儲存變更　顯示預覽　顯示變更', '此頁面使用的模板：', 'Template:Date（檢視原始碼）')
MEDIAWIKI_LINE_MAX_CHARS: Final = 200
MEDIAWIKI_LINE: Final = re.compile(
    r"^(?:跳至導覽\s*跳至搜尋|跳转到导航\s*跳转到搜索|跳到导航\s*跳到搜索|jump to navigation\s*jump to search"
    r"|(?:正在編輯|正在编辑)\s+\S.{0,80}"
    r"|警告\s*[:：]\s*(?:您|你)(?:沒有登入|没有登录|尚未登入|尚未登录)[。.].{0,160}"
    r"|(?:防垃圾訊息檢查|防垃圾信息检查).{0,30}"
    r"|(?:編輯摘要|编辑摘要)(?:[（(][^）)]{0,30}[）)])?\s*[:：]?"
    r"|[□☐]\s*(?:這是一個小修改|这是一个小修改).{0,30}"
    r"|(?:儲存變更|保存更改|發布變更|发布更改)\s*(?:顯示預覽|显示预览).{0,60}"
    r"|(?:請注意|请注意)[，,]\s*(?:您|你)(?:對|对)本站的所有(?:貢獻|贡献).{0,80}"
    r"|(?:此頁面使用的模板|此页面使用的模板)\s*[:：]?"
    r"|template\s*:\s*[^\n（(]{1,40}(?:\s*[（(](?:檢視原始碼|查看源代码|查看原始碼|半保護|半保护|保護|保护)[）)])+)$",
    re.IGNORECASE,
)
# A draft's review marks exported as text (drop_review_notes)
REVIEW_NOTE_MAX_CHARS: Final = 200
REVIEW_NOTE: Final = re.compile(
    r"^(?:(?:批注|批註|注释|註釋|comment)\s*\[[^\[\]\n]{1,12}\]\s*[:：]"
    r"|(?:已删除|已刪除|已插入|格式已更改|已设置格式|已設定格式|deleted|inserted|formatted)\s*[:：]"
    r"|[【\[]?[^。！？\n]{0,30}(?:修订模式|修訂模式|审阅模式|審閱模式)(?:导出|導出|打印|列印)\b.{0,10}"
    r"|(?:文件名|檔案名稱|文件名称)\s*[:：]\s*\S{1,60}\.(?:docx?|wps|odt|pages)\b.{0,80})",
    re.IGNORECASE,
)
# A footer's row of the outlet's or the office's hotlines, two or more, nothing else ('本报新闻热线：96117　广告热线：
# 8802 3456', '緊急求助請撥 999　｜　非緊急查詢熱線：2527 0000'); one number an article gives is in its sentence
HOTLINES_MAX_CHARS: Final = 120
_HOTLINE: Final = re.compile(
    r"(?:本报|本報|本台|本刊|本网|本網)?[\u4e00-\u9fff]{0,6}(?:热线|熱線|电话|電話)\s*[:：]?\s*[\d()（）+\-–\s]{3,20}"
    r"|[\u4e00-\u9fff]{0,6}(?:请拨|請撥|请致电|請致電)\s*[\d\-\s]{3,16}"
)


def is_hotlines_row(text: str) -> bool:
    """Whether a line is only a row of hotlines (``_HOTLINE``), two or more apart by gaps or bars."""
    fields = [field for field in _FIELD_SEPARATOR.split(text.strip()) if field]
    return len(fields) >= 2 and all(_HOTLINE.fullmatch(field) for field in fields)


ARCHIVE_TOOLBAR_MAX_CHARS: Final = 800
# A cached or archived copy's banner saved with the page as text (Google's cache, the Wayback Machine's toolbar)
ARCHIVE_BANNER: Final = re.compile(
    r"^(?:这是\s*google\s*对\s*\S+\s*的缓存|這是\s*google\s*對\s*\S+\s*的(?:快取|緩存)"
    r"|完整版本\s*纯文字版本\s*查看源代码|完整版本\s*純文字版本\s*(?:檢視|查看)原始碼"
    r"|提示[:：]\s*要在此页面上快速找到您的搜索字词|提示[:：]\s*要在此頁面上快速找到您的搜尋字詞"
    r"|wayback machine\s+https?://\S+\s+go\b"
    # (its toolbar as text: 'The Wayback Machine - https://web.archive.org/web/2019…/https://… 47 captures …')
    r"|(?:the )?wayback machine\s*-\s*https?://web\.archive\.org/\S+"
    r"|\d[\d,]*\s+captures?\s+\d{1,2}\s+[a-z]{3}\s+\d{4}\s*-\s*\d{1,2}\s+[a-z]{3}\s+\d{4}"
    r"|about this capture\b"
    # (a search engine's snapshot: '百度快照 您查询的关键词是：…', '（本快照仅为网络故障时的索引，不代表被搜索网站的即时页面…）')
    r"|百度快照|[（(]?\s*本快照仅为网络故障时的索引|您查询的关键词是\s*[:：]"
    # (a web portal's note over a Gemini capsule's page it mirrors: 'Proxied content from gemini://…', 'This content has
    # been proxied by …', 'Gemini request details: …')
    r"|proxied content from \S+|this content has been proxied by\b|gemini request details\s*:)",
    re.IGNORECASE,
)
# A labelled line of numbered headlines ('熱門點閱： 1、海岸公路今起夜間封閉施工 2、端午連假…'), or of titles in brackets
# ('延伸閱讀：〈阿嬤的裁縫車〉、〈那年的柑仔店〉'): the site's other stories on one line
_HEADLINES_LABEL: Final = (
    r"(?:热门|熱門)(?:点阅|點閱|新闻|新聞|文章|推荐|推薦|排行)?|(?:延伸|相关|相關|推荐|推薦)(?:阅读|閱讀|新闻|新聞|文章)|"
    r"(?:最新|即时|即時)(?:新闻|新聞|消息)|(?:点阅|點閱)排行|排行榜"
)
HEADLINES_LINE: Final = re.compile(
    rf"^(?:{_HEADLINES_LABEL})\s*[:：]?\s*(?:(?:\d{{1,2}}\s*[、.．)）]\s*[^\d。！？]{{4,40}}?\s*){{2,}}"
    rf"|(?:[〈「][^〉」]{{1,40}}[〉」]\s*[、，,\s]?\s*)+)$"  # (an article's title in 〈〉; a book's in 《》 may be the author's)
)
# one headline after the label of the site's other stories ('熱門新聞：南港鎮災後重建經費核定 下週撥款'); not after '最新消息：',
# which a live report's update opens with
ONE_HEADLINE_LINE: Final = re.compile(
    r"^(?:[📌👉▶►➤•·🔗📖📰]\ufe0f?\s*)?(?:热门|熱門|推荐|推薦|相关|相關|延伸)(?:新闻|新聞|文章|阅读|閱讀|推荐|推薦|报道|報導)[:：]\s*"
    # (a headline may have its own colon: '2023公開賽回顧：老將再度封王')
    r"(?:[^。！？，,:：《》、]{4,30}|[^。！？，,:：《》、]{2,30}[:：]\s*[^。！？，,:：《》、]{2,30})$"
)
_HEADLINE_LABEL_MARKS: Final = " 📌👉▶►➤•·🔗📖📰\ufe0f"
_HEADLINE_LABEL_STARTS: Final = frozenset(
    ["热门", "熱門", "延伸", "相关", "相關", "推荐", "推薦", "最新", "即时", "即時", "点阅", "點閱", "排行"]
)
# A blog's line of the post's own record ('本文由 偏鄉閱讀計畫 發佈於 2018-05-02，標籤：書車、閱讀推廣。')
POST_RECORD_LINE: Final = re.compile(
    r"^(?:本文|此文|本篇)由\s*\S[^，。,]{0,20}?\s*(?:发布|發布|發佈|发表|發表|张贴|張貼)(?:于|於)\s*"
    r"\d{4}[-/.年]\s*\d{1,2}[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2})?(?:[，,]\s*(?:标签|標籤|分类|分類)\s*[:：][^。]{1,40})?[。.]?$"
)
# A newsletter's pitch with its button glued after it ('…把值得細讀的故事送到你的信箱。立即訂閱')
INBOX_PITCH: Final = re.compile(
    r"^[^。！？]{0,40}(?:送到|寄到|发到|發到|送进|送進)(?:你|您)的(?:信箱|邮箱|郵箱|收件匣|收件箱)[。！!]?\s*"
    r"(?:立即|马上|馬上|免费|免費)?(?:订阅|訂閱)$"
)
# A newsletter's sign-up box read as one block: what the letter brings, then its bare button after the last sentence
# ('Get the Courier in your inbox. Our free morning newsletter brings you … Sign up', '每週五把好書寄給你。立即訂閱')
NEWSLETTER_BOX_MAX_CHARS: Final = 200
_BUTTON_ENDS: Final = frozenset("pnewy阅閱入")  # (the last letter of a button's words: 'Sign up', 'Subscribe', '订阅')
NEWSLETTER_BOX_BUTTON: Final = re.compile(
    r"[.!。！]\s*(?:sign (?:me )?up|subscribe|join|(?:立即|马上|馬上|免费|免費|现在|現在)?(?:订阅|訂閱|加入))"
    r"(?: now| here| today| for free| free)?\s*[.!！]?\s*$",
    re.IGNORECASE,
)
_NEWSLETTER_WORD: Final = re.compile(
    r"newsletter|inbox|电子报|電子報|邮箱|郵箱|信箱|收件匣|收件箱|周报|週報|早报|早報|晚报|晚報|通讯|通訊|简报|簡報",
    re.I,
)
# (a Discuz thread's note of its last edit: '[ 本帖最后由 某某 于 2013-10-10 08:12 编辑 ]')
_FORUM_EDIT_NOTE: Final = re.compile(
    r"^[\[【]?\s*本(?:帖|贴|貼)最(?:后|後)由\s*\S{1,30}\s*(?:于|於)\s*[\d\-/ :]{8,20}\s*(?:编辑|編輯)\s*[\]】]?$"
)


# a social post's age alone on its line ('5 小時', '3 天'): its time above its words, a comment's under them
POST_AGE: Final = re.compile(r"\d{1,3}\s*(?:秒|分鐘|分钟|小時|小时|天|週|周|個月|个月|年)|\d{1,3}\s?[smhdwy]")
SHARE_SHEET_MAX_CHARS: Final = 160
_COUNT_ENDS: Final = frozenset("人0123456789文篇")
_SHARE_SHEET: Final = re.compile(
    r"已有\s*\d[\d,]*\s*[万萬]?\s*人(?:分享|转发|轉發|阅读|閱讀|点赞|點讚|收藏|看过|看過|支持|参与|參與)了?(?:此文|本文|这篇|這篇|此项目|本项目)?$"
    # (a page's count of its people: '支持者 2,913 人', '小组成员 38,201 人')
    r"|(?:支持者|小组成员|小組成員|成员|成員|粉丝|粉絲|订阅者|訂閱者|关注者|關注者)\s*[:：]?\s*\d[\d,]*\s*[万萬]?\s*人?$"
    # ('【标题】 https://t.example.cn/x 点击链接查看全文，或复制到浏览器打开')
    r"|[^。！？]{0,80}https?://\S+\s*(?:点击|點擊)(?:链接|連結|鏈接)(?:查看|阅读|閱讀)(?:全文|原文)[^。！？]{0,20}$"
)
_REPOST_CHAIN: Final = re.compile(r"^//\s*@[^:：\s]{1,30}\s*[:：]")
# (and a channel's mark on a message it passes on: 'Forwarded From 北嶺天氣觀察', 'Forwarded from @channel')
_HAT_TIP: Final = re.compile(
    r"^(?:via|h/t|hat tip|forwarded from)\s*[:：]?\s*@?[\w\u3400-\u9fff.\-]{1,30}$", re.IGNORECASE
)
_FOLLOW_BUTTON_ROW: Final = re.compile(
    # (or its plus: '小县观察 + 关注')
    r"^[^\s·•|｜。！？，,][^·•|｜。！？，,+＋]{0,28}\s*(?:[·•|｜]|[+＋])\s*(?:follow|关注|關注|追蹤|追踪|订阅|訂閱)$",
    re.IGNORECASE,
)
BROWSER_ADVICE_MAX_CHARS: Final = 80
_BROWSER_ADVICE_WORD: Final = re.compile(r"浏览|瀏覽|观看|觀看|解析|解像|分辨|viewed", re.IGNORECASE)
SUBSCRIPTION_OFFER_MAX_CHARS: Final = 100
_SUBSCRIPTION_OFFER: Final = re.compile(
    r"(?:订阅|訂閱|订购|訂購|续订|續訂)(?:即|就)?(?:立减|立減|可减|可減|减|減|享|送|赠|贈)\s*\d+\s*(?:元|块|塊|折)"
    r"(?=[^。！？]*[。！!]?\s*$)"
)
_WORKSPACE_PROPERTY: Final = re.compile(
    r"(?:^|\s)(?:Created(?: by| time)?|Last edited(?: time| by)?|Tags|Status|Owner|Assignee|Date created)\s*:\s*\S"
)
_BBS_HEADER_LABELS: Final = frozenset({"看板", "返回", "標題", "标题", "時間", "时间", "作者"})
_BBS_HEADER_FIELD: Final = re.compile(
    r"[›>»]?\s*(?:看板\s+[\w\-]{2,20}|返回看板"
    r"|(?:標題|标题)\s+(?:(?:Re|Fw)\s*:\s*)?\[[^\]]{1,6}\]\s*\S.*"
    r"|(?:時間|时间)\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s+\d{4}"
    r"|(?:作者|作者)\s+[\w\-]{2,20}\s*(?:\([^()]{0,20}\))?)$"
)
_SIGNATURE_FILE: Final = re.compile(r"(?:這裡是|这里是)?\S{0,12}?(?:簽名檔|签名档)\s*[:：]")
_POST_EDIT_STAMP: Final = re.compile(
    r"(?:编辑于|編輯於|编辑於|发布于|發布於|發佈於|发表于|發表於)\s*\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?(?:\s+[\u4e00-\u9fff]{2,6})?$"
)
LOGIN_LINES: Final = frozenset(
    {"登入", "登录", "登錄", "注册", "註冊", "登录/注册", "登入/註冊", "註冊 / 登入", "log in", "sign in"}
)
STALE_NOTICE_MAX_CHARS: Final = 120
_STALE_NOTICE: Final = re.compile(
    r"^(?:本文|这篇文章|這篇文章|文章)(?:最后|最後)?(?:更新|编辑|編輯|修改|发布|發布|發佈)(?:于|於)\s*\d[\d,]*\s*(?:天|个月|個月|年)(?:前|以前)"
    r"(?:[，,。]?\s*(?:其中的|文中的|部分)?(?:信息|資訊|资讯|内容|內容)[^。！？]{0,30}[。.]?)?$"
    r"|^this (?:post|article) was (?:last )?(?:updated|published|modified) \d[\d,]* (?:days|months|years) ago\b[^!?]{0,80}$",
    re.IGNORECASE,
)
GAMING_NOTICE_MAX_CHARS: Final = 120
_GAMING_NOTICE_OPENINGS: Final = frozenset({"健康", "适龄", "適齡", "抵制"})
_GAMING_NOTICE: Final = re.compile(
    r"^[【\[]?(?:健康游戏忠告|健康遊戲忠告|适龄提示|適齡提示)[】\]]?\s*[:：]?"
    r"|^抵制不良(?:游戏|遊戲)[，,]\s*拒(?:绝|絕)盗版(?:游戏|遊戲)"
)
_BROWSER_ADVICE: Final = re.compile(
    r"^(?:本站|本网站|本網站)?(?:建议|建議|推荐|推薦|请|請)(?:使用|以|用)(?=[^。！？]*(?:最佳|以上版本|最新版本|解析度|解像度|分辨率))"
    r"[^。！？]{0,40}(?:浏览|瀏覽|观看|觀看)[^。！？]{0,30}$"
    r"|^(?:本站|本网站|本網站)?(?:最佳)(?:瀏覽)?(?:解析度|解像度|分辨率|浏览效果|瀏覽效果)[^。！？]{0,30}$"
    r"|^(?:this site is )?best viewed (?:with|in|at)\b[^.!?]{0,60}$"
    # (a player's, where it cannot play: '如无法播放，请升级浏览器或下载“江城+”客户端观看')
    r"|^(?:如|若|如果)?(?:视频|視頻|影片|节目|節目)?(?:无法|無法|不能)(?:正常)?播放[，,]\s*(?:请|請)"
    r"[^。！？]{0,40}(?:浏览器|瀏覽器|客户端|客戶端|app)[^。！？]{0,12}$",
    re.IGNORECASE,
)
# a column's push to subscribe to, or its schedule ('訂閱「歷史上的今天」每日推播', '本專欄每日刊出', '本栏目逢周三更新')
_PUSH_OR_SCHEDULE: Final = re.compile(
    r"^(?:订阅|訂閱)\s*[「《“]?[^」》”。！？，,]{0,20}[」》”]?\s*的?(?:每日|每天|每周|每週)?(?:推播|推送|电子报|電子報|通知)$"
    r"|^本(?:专栏|專欄|栏目|欄目|节目|節目|刊|报|報)(?:逢|每)(?:日|天|周.?|週.?|星期.|月.{0,3})(?:刊出|刊登|更新|出刊|推出|播出|见报|見報)[。.]?$"
)
_BARE_FIELD_LABEL: Final = re.compile(
    r"^(?:文章作者|本文作者|文章链接|文章鏈接|文章連結|本文链接|本文連結|版权声明|版權聲明|许可协议|許可協議)\s*[:：]$"
)


FIELD_ROW_MAX_CHARS: Final = 120
# a periodical's issue ('第 128 期', '2023 年 6 月號', 'Vol. 12', 'No. 128')
ISSUE_FIELD: Final = re.compile(
    r"\s*(?:第\s*\d{1,4}\s*(?:期|号|號)|\d{4}\s*年\s*\d{1,2}\s*月(?:号|號|刊)?|(?:vol|no|issue)\.?\s*\d{1,4})\s*", re.I
)
_POSTED_VIA: Final = re.compile(
    r"^(?:来自|來自|发自|發自|via)\s*[^\s。！？，,][^。！？，,]{0,20}$", re.IGNORECASE
)  # ('来自 微博')
_FIELD_SEPARATOR: Final = guarded(
    re.compile(r"\s*[|｜]\s*|(?:\s+|(?<=[)）】\]]))[·•・]\s+|\s*\u3000\s*|\s{2,}")
)  # (or a wide gap)
# (or a space before the next field's pictograph, as a copy narrows the gaps of a row of tools: '▶ 试听 ⬇ 下载')
_PICTOGRAPH_FIELD_GAP: Final = re.compile(rf"{_FIELD_SEPARATOR.pattern}|\s+(?={_PICTOGRAPHS})")


def _field_row_rule(text: str) -> str | None:
    """The rule for a row of the post's fields set apart by bars or dots ('作者：青藤 | 发布于 2021-05-28 | 分类：果树 |
    阅读 1,203'), each field alone one the text rules drop or a category's label: a credit's rule when a field credits
    someone (the row is the post's credit), else the page's metadata. None when any field reads otherwise."""
    fields = [field for field in _FIELD_SEPARATOR.split(text.strip()) if field]
    if len(fields) < 2:
        return None
    credits = False
    named = chrome = 0
    for field in fields:
        if (
            _ACCOUNT_FIELD.match(field)
            or _CHANNEL_FIELD.match(field)
            or _POSTAL_ADDRESS.fullmatch(field.strip())
            or _FILE_WITH_SIZE.fullmatch(field.strip())
            or _ROW_CONTROL.fullmatch(field.strip())
            or PLATFORM_NAMES.match(field.strip())
            or _SITE_PAGES.fullmatch(field.strip())
        ):
            # an account to write to or join ('📮 投稿爆料 @tips_bot'), a button ('追踪', '赞赏'), a platform to share to
            chrome += 1
            continue
        if CATEGORY_LINE.match(field) and len(field) <= 30 and _lists_keywords(field):
            continue
        if FIRST_PUBLISHED_NOTE.match(field) or is_source_line(field):
            credits = True  # where the post came from ('转发自 @市气象台 · 06:35 · 来自 微博')
            continue
        if is_bare_timestamp(field) or _POSTED_VIA.match(field) or is_bare_date(field) or ISSUE_FIELD.fullmatch(field):
            continue
        rule = text_rule_for(field)
        if rule is None or rule == "drop_stray_literals":
            if (
                len(fields) >= 3
                and not named
                and len(field) <= ROW_NAME_MAX_CHARS
                and not _ROW_NAME_BREAK.search(field)
            ):
                named += 1  # one name among them: the channel's or the writer's, a link's label ('我的其他作品')
                continue
            return None
        credits = credits or rule == "drop_staff_credits"
        chrome += 1
    if named and chrome < 2:
        return None
    return "drop_staff_credits" if credits else "drop_page_meta"


# a row's field that is an account: its handle, maybe after a glyph and what to do there ('💬 討論群 @eastbay_chat')
_ACCOUNT_FIELD: Final = re.compile(r"^\W{0,3}\s*[^\s@。！？，,]{0,8}\s*@[\w.]{2,30}$")
# (or a file to download with its size: '申报表.docx（28KB）')
_FILE_WITH_SIZE: Final = re.compile(
    rf"{_FILE_NAME}\s*[(（]\s*\d[\d.,]*\s*[KMG]i?B\s*[)）](?:\s*(?:下载次数|下載次數|下载|下載)\s*[:：]?\s*\d[\d,]*)?",
    re.IGNORECASE,
)
# (or the sender's postal address, a mailer's: '上海市徐汇区某某路100号')
_POSTAL_ADDRESS: Final = re.compile(
    r"[\u4e00-\u9fff]{2,8}(?:省|市|縣|县)[\u4e00-\u9fff\d]{0,16}?(?:路|街|道|巷|弄|大道)\s*\d{1,5}\s*(?:号|號)(?:[\u4e00-\u9fff\d\-]{0,12})?"
)
# (or a channel to reach the site by: '官方QQ群：000000000', '客服邮箱：kf@…', '官方微博：@云岭茶镇')
_CHANNEL_FIELD: Final = re.compile(
    r"^\s*(?:官方)?(?:qq群|qq|微信群|微信公众号|微信公眾號|公众号|公眾號|微博|b站|抖音|discord|telegram|tg群|line(?=\s*[:：@]))"
    r"|^\s*(?:客服|官方|联系|聯絡|联络|商务|商務)(?:邮箱|郵箱|信箱|电话|電話|热线|熱線|qq)",
    re.IGNORECASE,
)
_ROW_CONTROL: Final = re.compile(
    r"追踪|追蹤|关注|關注|赞赏|讚賞|打赏|打賞|评论|評論|留言|回复|回覆|转发|轉發|收藏|举报|舉報"
)
ROW_NAME_MAX_CHARS: Final = 20  # (a desk's credit among a footer's controls: '本页面内容由城南新闻编辑部整理发布')
_ROW_NAME_BREAK: Final = re.compile(r"[。！？!?，,：:；;\d]")


KEYWORD_MAX_CHARS: Final = 12  # one keyword of a labelled line ('社区食堂')
# a clause's words ('我们选了三个', '这两个字后面，往往…'), not a keyword's
_CLAUSE_WORDS: Final = re.compile("[我你他她们們是了这這]|往往")
_KEYWORD_SEPARATORS: Final = re.compile(r"\s*[，,、；;/|｜]\s*")


def _lists_keywords(text: str) -> bool:
    """Whether a labelled line ('关键词：…') holds keywords, not a sentence: no sentence's punctuation, or only a full stop
    closing a list of short items ('本文关键词：社区食堂，老人助餐，城北街道。')."""
    if not _SENTENCE_PUNCTUATION.search(text):
        return True
    body = text.rstrip().rstrip("。.")
    if _SENTENCE_PUNCTUATION.search(body):
        return False
    items = _KEYWORD_SEPARATORS.split(re.split(r"[:：]", body, maxsplit=1)[-1].strip())
    return (
        len(items) >= 2
        and all(len(item) <= KEYWORD_MAX_CHARS for item in items)
        and not any(_CLAUSE_WORDS.search(item) for item in items)
    )


# the fold map of search (OpenCC's t2s, one character for one), shipped with the package: a copy of the article in the
# other script reads the same through it
_FOLD_MAP: Final = Path(__file__).resolve().parent.parent / "analysis" / "fold_map.json"
_NOT_A_WORD: Final = re.compile(r"[\W_]+")
_NOT_A_LINES_WORD: Final = guarded(re.compile(r"[^\w\n]+|_+"))


@functools.cache
def _fold_map() -> tuple[dict[int, int], frozenset[str], frozenset[str]]:
    """The fold's table, and the characters only Traditional and only Simplified text writes."""
    try:
        shipped = json.loads(_FOLD_MAP.read_text(encoding="utf-8"))
        table = str.maketrans(shipped["from_chars"], shipped["to_chars"])
        return table, frozenset(shipped["traditional"]), frozenset(shipped["simplified"])
    except (OSError, ValueError, KeyError):
        return {}, frozenset(), frozenset()


def _fold_table() -> dict[int, int]:
    return _fold_map()[0]


def _copy_key(text: str) -> str:
    """A block's words as a copy of it may write them: in the other script, with other punctuation and spacing."""
    return _NOT_A_WORD.sub("", text.translate(_fold_table()))


# the line announcing the copy in the other script ('以下為繁體中文版本', '繁體版：')
_OTHER_VERSION: Final = re.compile(
    r"^[（(【\[]?(?:以下|下面|下文)?(?:为|為|是)?(?:本文的?)?(?:繁体|繁體|简体|簡體|正體|正体)(?:中文)?(?:版本|版)?(?:全文)?[)）】\]]?[:：]?$"
)


def second_copies(texts: list[str]) -> range:
    """Positions of the blocks of the article's second copy (``drop_second_copies``): one run of
    blocks repeating, in order, a run earlier in the article, the two runs making up most of its
    text (the same article in two boxes, for two screen sizes, or again in the other script or with other
    punctuation, with the line announcing it; both stay when each is under its script's label). A chorus, a repeated line of code, products described alike, a caption
    shown twice: the author's, kept."""
    found = _second_copy(texts, texts)
    if not found and _may_hold_a_copy(texts):
        keys = [_copy_key(text) for text in texts]
        found = _second_copy(keys, texts) or _copy_in_one_block(keys)
    if found and found.start > 0 and _OTHER_VERSION.match(texts[found.start - 1].strip()):
        if any(_OTHER_VERSION.match(text.strip()) for text in texts[: found.start - 1]):
            return range(0)  # each copy under its script's label ('【繁體】', '【简体】'): the page prints both
        return range(found.start - 1, found.stop)
    return found


COPY_HEAD_CHARS: Final = 12  # of a block's words, enough to tell a copy's first block from others


def _may_hold_a_copy(texts: list[str]) -> bool:
    """Whether the article may hold a copy in other characters: a block opening with the words of an earlier one, as
    a copy's key reads them, and the block after each opening alike too (a copy's first two blocks), or the block
    long enough to be the copy run together. Most articles have neither (a pull quote repeats one sentence), and the
    keys of all their text are not computed."""
    long_enough = [i for i, text in enumerate(texts) if len(text) >= 20]
    # (the openings in one pass, a line each: as written, then folded when the text writes in both scripts)
    opened = "\n".join(texts[i][: 2 * COPY_HEAD_CHARS].replace("\n", " ") for i in long_enough)
    total = sum(len(text) for text in texts)
    if _opens_a_copy(_NOT_A_LINES_WORD.sub("", opened).split("\n"), [len(texts[i]) for i in long_enough], total):
        return True
    _, traditional, simplified = _fold_map()
    if traditional.isdisjoint(opened) or simplified.isdisjoint(opened):
        return False
    folded = _NOT_A_LINES_WORD.sub("", opened.translate(_fold_table())).split("\n")
    return _opens_a_copy(folded, [len(texts[i]) for i in long_enough], total)


def _opens_a_copy(lines: list[str], lengths: list[int], total: int) -> bool:
    heads = [line[:COPY_HEAD_CHARS] if len(line) >= COPY_HEAD_CHARS else None for line in lines]
    first: dict[str, int] = {}
    for i, head in enumerate(heads):
        if head is None:
            continue
        j = first.setdefault(head, i)
        if j == i:
            continue
        if (i + 1 < len(heads) and heads[i + 1] is not None and heads[i + 1] == heads[j + 1]) or (
            2 * lengths[i] >= COPY_TAIL_MIN_SHARE * total
        ):
            return True
    return False


COPY_TAIL_MIN_SHARE: Final = (
    0.6  # of the text in one block run together (a copy is 0.4 of it or more; punctuation differs)
)


def _copy_in_one_block(keys: list[str]) -> range:
    """A block that is a run of the blocks before it written as one (a plain-text copy with its paragraphs run
    together), the two making up most of the article."""
    total = sum(len(key) for key in keys)
    for i, key in enumerate(keys):
        if 2 * len(key) < SECOND_COPY_MIN_SHARE * total:
            continue
        for j in range(i - 1):
            if not keys[j] or not key.startswith(keys[j]):
                continue
            joined, k = keys[j], j + 1
            while k < i and len(joined) < len(key) and key.startswith(joined + keys[k]):
                joined += keys[k]
                k += 1
            if joined == key and k - j >= 2:
                return range(i, i + 1)
    return range(0)


def _second_copy(texts: list[str], shown: list[str]) -> range:
    """``second_copies`` over ``texts`` (the blocks, or their keys), ``shown`` the blocks as written."""
    total = sum(len(t) for t in texts)
    first: dict[str, int] = {}
    for i, text in enumerate(texts):
        j = first.setdefault(text, i)
        if j == i or len(text) < REPEATED_NEIGHBOUR_MIN_CHARS:
            continue
        end, at = i, j  # (at: the block of the first copy that the copy's block at end repeats)
        cut = False
        while end < len(texts) and at < i:
            if texts[end] == texts[at]:
                end, at = end + 1, at + 1
                continue
            # a block of the first copy that the second lacks (a picture's caption, an ad's line)
            found = next(
                (a for a in range(at + 1, min(at + 1 + COPY_GAP_MAX_BLOCKS, i)) if texts[a] == texts[end]), None
            )
            if found is not None:
                at = found
                continue
            if (
                end == len(texts) - 1
                and len(texts[end]) >= REPEATED_NEIGHBOUR_MIN_CHARS
                and texts[at].startswith(texts[end])
            ):
                end, cut = end + 1, True  # the copy cut off in its last block: the page saved twice, not whole
            break
        # (the blocks of the first copy that the second did not repeat before it ended)
        unrepeated = shown[at:i]
        while j > 0 and j + end - i < i and texts[i - 1] == texts[j - 1]:
            i, j = i - 1, j - 1  # the short lines (a heading) the copy starts with
        if end == len(texts):
            # a copy closing the text: the short lines right above it are its own headline and byline
            for _ in range(COPY_HEAD_MAX_BLOCKS):
                if (
                    i - 1 <= j
                    or len(shown[i - 1]) > COPY_HEAD_MAX_CHARS
                    or _SENTENCE_PUNCTUATION.search(shown[i - 1])
                    or _OTHER_VERSION.match(shown[i - 1].strip())  # (a label over it: its script's, weighed after)
                ):
                    break
                i -= 1
        copy = sum(len(texts[k]) for k in range(i, end))
        # (or the whole text again from its start to its end, or cut off: the page saved twice)
        whole_again = end == len(texts) and _only_heads(shown[:j]) and (cut or _only_heads(unrepeated))
        if end - i >= 2 and (2 * copy >= SECOND_COPY_MIN_SHARE * total or whole_again):
            return range(i, end)
        # only the first repeat is tried: the second copy starts where the repeating does
        return range(0)
    return range(0)


def _only_heads(texts: list[str]) -> bool:
    """Whether blocks are only short lines, no sentence (a headline, a byline, a page's menu above an article)."""
    return all(len(text) <= COPY_HEAD_MAX_CHARS and not _SENTENCE_PUNCTUATION.search(text) for text in texts)


def repeats_neighbour(text: str, previous: str) -> bool:
    """Whether a block only repeats the block before it (``drop_repeated_neighbours``)."""
    return len(text) >= REPEATED_NEIGHBOUR_MIN_CHARS and text == previous


# A collapsible text's toggles: the preview ends '… more' / '...展开', the whole text ' less' / '收起'
_COLLAPSED_END: Final = re.compile(
    r"\s*(?:\.{3}|…)\s*(?:more|read more|展开|展开全文|展開|展開全文|阅读全文|閱讀全文)\s*$", re.I
)
_EXPANDED_END: Final = re.compile(r"\s+(?:less|show less)$|\s*(?:收起|收合)$", re.I)


_TOGGLE_LAST: Final = frozenset(
    "es开開文起合"
)  # the last character of a toggle's word ('more', 'less', '展开', '收起', …)
TOGGLE_TAIL_CHARS: Final = 24  # a toggle and its ellipsis are within a block's last characters


def without_toggle(text: str) -> str:
    """A collapsible text without its 'less' / '收起' toggle."""
    if text[-1:].lower() not in _TOGGLE_LAST:
        return text
    tail = text[-TOGGLE_TAIL_CHARS:]
    return text[: len(text) - len(tail)] + _EXPANDED_END.sub("", tail)


def collapsed_copy(text: str, previous: str) -> bool:
    """Whether a block is the block before it again, collapsed ('… more') or with its toggle ('less'): a caption
    or summary a page shows twice, whole and cut short (``drop_collapsed_copies``)."""
    # one of the two ends with a toggle's word, or neither is a copy: a check of the last character first (the
    # patterns anchored at the end would try every position of every paragraph)
    if text[-1:].lower() not in _TOGGLE_LAST and previous[-1:].lower() not in _TOGGLE_LAST:
        return False
    whole = without_toggle(previous)
    if len(whole) < REPEATED_NEIGHBOUR_MIN_CHARS:
        return False
    cut = _COLLAPSED_END.search(text, max(len(text) - TOGGLE_TAIL_CHARS, 0))
    if cut is not None:
        shown = text[: cut.start()]
        return len(shown) >= REPEATED_NEIGHBOUR_MIN_CHARS and whole.startswith(shown)
    return text != previous and without_toggle(text) == whole


_NAME_PARTS: Final = re.compile(r"([-_])")
_AD_SIZE: Final = re.compile(r"[a-z]*\d+x\d+", re.IGNORECASE)  # 'ad300x250': a slot's size, not a hash


def _without_hashes(name: str) -> str:
    """A class or id name less its parts that a build tool generated (CSS modules' '_ad61a', emotion's
    'css-1q2w3e'): five or more letters and digits alternating at least twice are no word, though a rule's
    word may open them by chance ('ad' in 'ad61a', 'a2a' in 'a2a72')."""
    parts = _NAME_PARTS.split(name)
    for i, part in enumerate(parts):
        if len(part) >= 5 and part.isalnum() and part.isascii() and _AD_SIZE.fullmatch(part) is None:
            turns = sum(1 for a, b in itertools.pairwise(part) if a.isdigit() != b.isdigit())
            if turns >= 2:
                parts[i] = ""
    return "".join(parts)


def element_rule_for(
    tag: str, class_and_id: list[str], href: str | None, has_text: Callable[[], bool] | None = None
) -> ElementRule | None:
    """The first element rule matching an element, or None.

    A link is matched by its address only when it has no text of its own (``has_text``, asked only of a link
    whose address matches: a banner wrapping an image); a link inside a sentence is a citation and stays.
    """
    rule = _rule_for_names(tag, tuple(class_and_id))
    if rule is None and href and _ANY_HREF_RULE.search(href) is not None:
        rule = next((r for r in ELEMENT_RULES if r.href_pattern is not None and r.href_pattern.search(href)), None)
        if rule is not None and has_text is not None and has_text():
            return None
    return rule


def _rule_for_names(tag: str, class_and_id: tuple[str, ...]) -> ElementRule | None:
    """The first rule (in ELEMENT_RULES order) matching the tag or any one of the names."""
    first = _rule_index_for_tag(tag)
    for name in class_and_id:
        first = min(first, _rule_index_for_name(name))
    return ELEMENT_RULES[first] if first < len(ELEMENT_RULES) else None


@functools.lru_cache(maxsize=256)
def _rule_index_for_tag(tag: str) -> int:
    return next((i for i, rule in enumerate(ELEMENT_RULES) if tag in rule.tags), len(ELEMENT_RULES))


_ANY_NAME_RULE: Final = guarded(
    re.compile(
        "|".join(f"(?:{rule.name_pattern.pattern})" for rule in ELEMENT_RULES if rule.name_pattern is not None),
        re.IGNORECASE,
    )
)


# most links' addresses match no rule: one search of them all (case-insensitive, so it finds at least what
# each rule finds) before asking rule by rule
_ANY_HREF_RULE: Final = guarded(
    re.compile(
        "|".join(f"(?:{rule.href_pattern.pattern})" for rule in ELEMENT_RULES if rule.href_pattern is not None),
        re.IGNORECASE,
    )
)


# class names repeat across pages far more than whole class lists do (post-1234 is in every list)
@functools.lru_cache(maxsize=65536)
def _rule_index_for_name(name: str) -> int:
    if _ANY_NAME_RULE.search(name) is None:
        return len(ELEMENT_RULES)  # most names match no rule: one search instead of one per rule
    name = _without_hashes(name)
    return next(
        (i for i, rule in enumerate(ELEMENT_RULES) if rule.name_pattern is not None and rule.name_pattern.search(name)),
        len(ELEMENT_RULES),
    )
