"""``patterns.guarded``: a lookahead on a pattern's first characters changes no match, only the speed."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.posts import boilerplate
from etl.posts.patterns import guarded

PATTERNS = [
    r"(?:订阅|登录)[^。]{0,4}(?:阅读|看)|^\s*已是会员",
    r"[（(【\[]\s*(?:编辑|編輯)\s*[:：]|责编\s*[:：]",
    r"\d+\s*分钟|\b\d+\s*min(?:ute)?s?\s+read\b",
    r"(?:a|b)?c|x*y",
    r"(?=ab)a|(?<=z)b|\bq",
]


def test_a_pattern_gets_a_lookahead_on_its_first_characters():
    guard = guarded(re.compile(r"(?:订阅|登录)后|^\s*已是|\d+分"))
    assert guard.pattern.startswith("(?=[") and guard.search("请先登录后阅读") and not guard.search("欢迎阅读")
    case = guarded(re.compile(r"(?:sign|log) in", re.IGNORECASE))
    assert case.flags & re.IGNORECASE and case.search("Please LOG IN")


def test_patterns_whose_first_characters_cannot_be_listed_are_left_as_they_are():
    for source in (r"[^。]+读", r".x", r"a*", r"(?:x|)y?", r"(?i:ab)c", r"(?i)ab"):
        pattern = re.compile(source)
        assert guarded(pattern) is pattern, source


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="订阅登录后已是会员阅读看。 编辑（(【[:：责编12分钟minuteread abcxyzq", max_size=30))
def test_a_guarded_pattern_finds_what_the_pattern_finds(text: str):
    for source in PATTERNS:
        for flags in (0, re.IGNORECASE):
            pattern = re.compile(source, flags)
            found, fast = pattern.search(text), guarded(pattern).search(text)
            assert (found and found.span()) == (fast and fast.span()), (source, text)


def test_the_rules_searched_anywhere_in_a_block_are_guarded():
    for pattern in (boilerplate.PAYWALL_NOTE, boilerplate.READING_TIME, boilerplate._EDITOR_CREDIT):
        assert pattern.pattern.startswith("(?=["), pattern.pattern[:40]
    assert boilerplate.PAYWALL_NOTE.search("订阅后阅读全文") and boilerplate.READING_TIME.search("5 MIN READ")
    assert boilerplate._EDITOR_CREDIT.search("（编辑：王小五）") and not boilerplate.PAYWALL_NOTE.search(
        "他已是会员十年了"
    )
