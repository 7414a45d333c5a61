"""Hard cases, session 39 (2026-12-06): text that reached the archive wrapped at a column, e-paper and notice pages,
pages holding more than the post's article. Every page is of our own writing; each test failed before the fix it
names."""

from __future__ import annotations

from tests.test_hard_cases_more import TW, ZH, blocks


def wrapped(text: str, width: int, indent: str = "") -> str:
    """``text`` cut every ``width`` characters with a <br>, as a page pasted from print sets it."""
    text = indent + text
    return "<br>\n".join(text[i : i + width] for i in range(0, len(text), width))


def test_lines_wrapped_at_a_column_join_without_a_space_between_chinese_characters():
    # each paragraph pasted from a fixed-width source: a <br> at every 24th character, mid-word
    for article in (ZH, TW):
        page = "".join(f"<p>{wrapped(text, 24)}</p>" for text in article)
        assert blocks(page) == article
    # an old portal's paragraphs: a full-width indent, then the column; and a feed's <br><br> between paragraphs
    page = "<br><br>".join(wrapped(text, 20, "\u3000\u3000") for text in ZH)
    assert blocks(f"<div>{page}</div>") == ZH


def test_a_two_line_paragraph_takes_the_column_of_the_page_and_a_line_opening_with_a_comma_goes_on():
    page = f"<p>{wrapped(ZH[0], 22)}</p><p>{ZH[1][:22]}<br>{ZH[1][22:]}</p>"
    assert blocks(page) == ZH[:2]
    # no column anywhere: a comma never opens a Chinese line, so the sentence goes on
    cut = ZH[2].index("，")
    assert blocks(f"<p>{ZH[2][:cut]}<br>{ZH[2][cut:]}</p>") == [ZH[2]]


def test_lines_that_only_happen_to_be_alike_stay_lines():
    # (the guard on the rule above, passing before it too) a poem's lines of one length, a list's items after a
    # clause's end, fields, a directory's entries
    poem = ["我把一盏灯留在窗口等你回来，", "夜里的风吹过空空的晒谷场，", "你说远方的城市没有星星，"]
    assert blocks(f"<p>{'<br>'.join(poem)}</p>") == [" ".join(poem)]
    items = [
        "一、自下月起，全市二十三座公园的开放时间延长至晚上十点；",
        "二、各公园管理单位要加强夜间照明、安全巡查和保洁工作；",
        "三、晚上九点半以后，公园内不得使用扩音设备进行活动。",
    ]
    assert blocks(f"<p>{'<br>'.join(items)}</p>") == [" ".join(items)]
    fields = ["累计交通费用：2760 元（460 + 2300）", "累计住宿费用：16600 元（3600 + 13000）", "累计餐饮费用：3680 元"]
    assert blocks(f"<p>{ZH[0]}</p><p>{'<br>'.join(fields)}</p>") == [ZH[0], " ".join(fields)]
    entry = ["▍小川", "城市、交通、读书笔记", "／地铁站名背后的旧地名", "「每一个站名都是一段被折叠的城市史。」"]
    assert blocks(f"<p>{ZH[0]}</p><p>{'<br>'.join(entry)}</p>") == [ZH[0], " ".join(entry)]
