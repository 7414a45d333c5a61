"""Hard cases, session 50 (2026-12-07): a wiki's notes on its own entry, and the held-out round 92's pages. Every
page is of our own writing; each test of a fix failed before it, and the guards say what stays."""

from __future__ import annotations

from etl.posts import boilerplate
from tests.test_hard_cases_more import ZH, paragraphs
from tests.test_hard_cases_scans_and_inserts import blocks_titled


def test_a_wikis_hatnote_and_maintenance_box_go_and_an_articles_words_about_itself_stay():
    for notice in (
        "本条目介绍的是龙溪镇的古盐井遗址。关于同名村落，请见“龙溪村 (江安县)”。",
        "「盐井」重定向至此。关于其他用法，请见「盐井 (消歧义)」。",
        "關於與「龍溪」同名的其他用法，請見「龍溪 (消歧義)」。",
        "本条目需要补充更多来源。请协助补充可靠来源，无法查证的内容可能会被提出异议而移除。（2018年3月）",
        "此條目没有列出任何参考或来源。（2020年5月）",
    ):
        assert boilerplate.text_rule_for(notice) == "drop_wiki_notices", notice
    for prose in ("本文介绍的是县里的夜校。关于夜校的历史，请见上篇。", "记者发现，这个条目需要更新。", ZH[0]):
        assert boilerplate.text_rule_for(prose) is None, prose
    page = (
        '<div id="content"><h1>龙溪盐井</h1><div class="hatnote">本条目介绍的是龙溪镇的古盐井遗址。关于同名村落，'
        '请见“<a href="/wiki/x">龙溪村</a>”。</div><div class="ambox">本条目<b>需要补充更多来源</b>。请协助补充可靠来源，'
        f"无法查证的内容可能会被提出异议而移除。</div>{paragraphs(*ZH)}</div>"
    )
    assert blocks_titled(page, "龙溪盐井") == ZH
