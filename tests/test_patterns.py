"""``patterns.guarded``: a lookahead on a pattern's first characters changes no match, only the speed."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.posts import body, boilerplate, main_content, patterns
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


SEARCHED_ON_EVERY_BLOCK = [
    boilerplate.PAYWALL_NOTE,
    boilerplate.READING_TIME,
    boilerplate._EDITOR_CREDIT,
    # (the gates of the text rules, each searched in most short blocks: 2-3x faster guarded on 346,366 real lines)
    boilerplate._HOME_PAGE,
    boilerplate._COPYRIGHT_HINT,
    boilerplate._PAID_LINKS,
    boilerplate._FIELD_SEPARATOR,
    boilerplate._COUPON,
    boilerplate._DATELINE_EXTRAS,
    boilerplate._ANY_NAME_RULE,
    main_content.NEGATIVE_NAMES,
    body._HEADER_METADATA,
]


def test_the_rules_searched_anywhere_in_a_block_are_guarded():
    for pattern in SEARCHED_ON_EVERY_BLOCK:
        assert pattern.pattern.startswith("(?=["), pattern.pattern[:40]
    assert boilerplate._HOME_PAGE.search("首頁 Home") and not boilerplate._HOME_PAGE.search("homework 回家作业")
    assert boilerplate._COPYRIGHT_HINT.search("版權所有，轉載請註明") and boilerplate._FIELD_SEPARATOR.search(
        "作者 | 日期"
    )
    assert boilerplate.PAYWALL_NOTE.search("订阅后阅读全文") and boilerplate.READING_TIME.search("5 MIN READ")
    assert boilerplate._EDITOR_CREDIT.search("（编辑：王小五）") and not boilerplate.PAYWALL_NOTE.search(
        "他已是会员十年了"
    )


def test_han_classes_outside_ignorecase_have_the_same_members():
    """Over every code point, each class rewritten by ``han_outside_ignorecase`` matches what it matched under the flag."""
    points = "".join(chr(point) for point in range(0x110000) if not 0xD800 <= point < 0xE000)
    for written, caseless in patterns._HAN_CLASSES.items():
        assert patterns.han_outside_ignorecase(written) == caseless
        members = "".join(re.findall(written, points, re.IGNORECASE))
        assert "".join(re.findall(caseless, points, re.IGNORECASE)) == members, written
        assert "".join(re.findall(caseless, points)) == members, written  # (the flag no longer reaches it)


# The credit line as its rule reads (units joined by separators, 'U (S U)*'), to compare with the rule as compiled
_CREDIT_LINE_AS_READ = re.compile(
    rf"^[（(【\[〔]?\s*{boilerplate._OWN_DESK}(?:本文|本篇)?{boilerplate._CREDIT_UNIT}"
    rf"(?:{boilerplate._CREDIT_SEPARATOR}{boilerplate._CREDIT_UNIT})*{boilerplate._CREDIT_END}",
    re.IGNORECASE,
)
_CREDIT_PIECES = [
    *[
        "作者",
        "文",
        "图",
        "编辑",
        "责编",
        "摄影",
        "本报记者",
        "记者",
        "实习记者",
        "驻京记者",
        "本报讯",
        "【南岸时报讯】",
    ],
    *["By", "by", "Oleh", "staff reporter", "综合报道", "本节目由", "出品", "提供", "由", "摄", "報導", "采访整理"],
    *["文/图", "编辑部", "团队", "ảnh", "Bài", "主播", "后期", "片尾曲", "审核", "音频"],
    *["王小五", "林", "欧阳娜娜", "我想了很久", "Jane Doe", "john", "王·某", "《路灯》", "海洋学院", "新桥网", "的人"],
    *[" ", "：", ":", "/", "／", "｜", "|", "，", "、", "·", "&", "—", "（", "）", "(", ")", "【", "】", "〕"],
    *["1100304", "12", "\u3000", "。", "ſ", "K", "İ"],
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_PIECES), min_size=1, max_size=9).map("".join))
def test_the_credit_line_rule_matches_the_lines_it_matches_as_read(line: str):
    assert bool(boilerplate.CREDIT_LINE.match(line)) == bool(_CREDIT_LINE_AS_READ.match(line)), line


def test_the_credit_line_rule_compiles_its_han_classes_outside_ignorecase():
    assert r"[\u3400-\u9fff]" not in boilerplate.CREDIT_LINE.pattern.replace(r"(?-i:[\u3400-\u9fff])", "")
    for line in ("文／童家蔚 圖／蘇立群", "本报记者 吴海生", "By Staff Reporter", "（编辑：王小五）", "Ảnh: Minh Anh"):
        assert boilerplate.CREDIT_LINE.match(line), line
    assert not boilerplate.CREDIT_LINE.match("作者：我想了很久")


COMPILED_MODULES = ("boilerplate", "body", "main_content", "parse", "dates", "frontmatter")


def test_the_compiled_modules_declare_their_patterns_final():
    """mypyc keeps a module's ``Final`` names in C variables and looks every other one up in the module's dict
    at each use: the text rules' ~400 patterns read that way cost an eighth of the rules' time."""
    for name in COMPILED_MODULES:
        tree = ast.parse((Path(patterns.__file__).parent / f"{name}.py").read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and "compile" in ast.unparse(node.value).split("(")[0]:
                raise AssertionError(f"{name}.py:{node.lineno}: {ast.unparse(node.targets[0])} is not declared Final")
            if isinstance(node, ast.AnnAssign) and "compile(" in ast.unparse(node.value or node.annotation)[:40]:
                assert ast.unparse(node.annotation).startswith("Final"), f"{name}.py:{node.lineno}"
