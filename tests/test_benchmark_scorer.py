"""The ROUGE-L scorer of ``benchmarks/magic_html_eval.py`` (summary-level, as magic-html's benchmark scores), on
texts of our own writing."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "magic_html_eval", Path(__file__).parent.parent / "benchmarks" / "magic_html_eval.py"
)
assert _SPEC is not None and _SPEC.loader is not None
magic_html_eval = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(magic_html_eval)
TOKENS = magic_html_eval._TOKEN.findall  # (its tokens without jieba: each Han character, each word)

ARTICLE = "县里的渡口停运了。船工们把缆绳收好，准备告别这条河。\n新修的公路通到了村口。"


def test_the_same_text_scores_one_and_no_shared_word_scores_zero():
    assert magic_html_eval.rouge_l(ARTICLE, ARTICLE, TOKENS) == (1.0, 1.0)
    assert magic_html_eval.rouge_l(ARTICLE, "Nothing in common here.", TOKENS) == (0.0, 0.0)
    assert magic_html_eval.rouge_l(ARTICLE, "", TOKENS) == (0.0, 0.0)


def test_a_lost_sentence_costs_recall_and_added_chrome_costs_precision():
    wanted = sum(len(TOKENS(s)) for s in ARTICLE.split("\n"))
    lost = "县里的渡口停运了。船工们把缆绳收好，准备告别这条河。"
    precision, recall = magic_html_eval.rouge_l(ARTICLE, lost, TOKENS)
    assert precision == 1.0 and recall == pytest.approx(len(TOKENS(lost)) / wanted)
    chrome = ARTICLE + "\n分享到微信 返回顶部"
    precision, recall = magic_html_eval.rouge_l(ARTICLE, chrome, TOKENS)
    assert recall == 1.0 and precision == pytest.approx(wanted / (wanted + len(TOKENS("分享到微信 返回顶部"))))


def test_sentences_in_another_order_keep_their_tokens_once():
    swapped = "新修的公路通到了村口。\n县里的渡口停运了。船工们把缆绳收好，准备告别这条河。"
    assert magic_html_eval.rouge_l(ARTICLE, swapped, TOKENS) == (1.0, 1.0)
    # a sentence given twice is counted once
    twice = ARTICLE + "\n新修的公路通到了村口。"
    precision, recall = magic_html_eval.rouge_l(ARTICLE, twice, TOKENS)
    assert recall == 1.0 and precision < 1.0
