"""Publication instants: the front matter date, the feed timestamp, the file name, in that order."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from etl.posts.dates import EARLIEST_PLAUSIBLE, Published, parse_date_text, resolve_published_at
from etl.posts.parse import ParsedPost, Rejected, parse_post

UTC = dt.UTC
NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
FEED_MS = 1622167320000  # 2021-05-28T02:02:00Z
FEED_AT = dt.datetime(2021, 5, 28, 2, 2, tzinfo=UTC)


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected", "date_only"),
    [
        ("2014-08-28T14:12:07+02:00", at(2014, 8, 28, 12, 12, 7), False),
        ("2019-11-05T13:00:00.000Z", at(2019, 11, 5, 13), False),
        ("2019-11-05T13:00:00Z", at(2019, 11, 5, 13), False),
        ("2019-11-05T13:00:00.250z", dt.datetime(2019, 11, 5, 13, 0, 0, 250000, tzinfo=UTC), False),
        ("2020-03-31 17:24:41.000000000 +08:00", at(2020, 3, 31, 9, 24, 41), False),
        ("2020-03-31 17:24:41 +0800", at(2020, 3, 31, 9, 24, 41), False),
        ("2020-03-31 17:24:41 -0530", at(2020, 3, 31, 22, 54, 41), False),
        ("2020-03-31 17:24 +08", at(2020, 3, 31, 9, 24), False),
        ("2020-03-31 17:24:41 UTC", at(2020, 3, 31, 17, 24, 41), False),
        ("2020-03-31 17:24:41", at(2020, 3, 31, 17, 24, 41), False),  # naive: taken as UTC
        ("2020-3-1", at(2020, 3, 1), True),
        ("  2020-03-31  ", at(2020, 3, 31), True),
    ],
)
def test_parse_date_text(text: str, expected: dt.datetime, date_only: bool):
    value, only = parse_date_text(text)
    assert value == expected
    assert value.tzinfo == UTC
    assert only is date_only


@pytest.mark.parametrize("text", ["garbage", "昨天", "31/03/2020", "2020-03-31T", "20200331"])
def test_parse_date_text_rejects_other_formats(text: str):
    with pytest.raises(ValueError, match="not in a format we read"):
        parse_date_text(text)


@pytest.mark.parametrize("text", ["2020-02-30", "2021-13-01", "2020-02-30T10:00:00Z"])
def test_parse_date_text_rejects_impossible_dates_readably(text: str):
    with pytest.raises(ValueError, match=f"the date '{text}' is not a real date"):
        parse_date_text(text)


def test_a_real_day_with_a_time_that_is_none_keeps_its_day():
    # '25:61' is no time, but the day is the post's: before, the file name's day (a month off here) was taken
    with pytest.raises(ValueError, match="the time of '2020-03-31T25:00:00Z' is not a real time"):
        parse_date_text("2020-03-31T25:00:00Z")
    published = resolve_published_at("2021-05-28 25:61:00", None, "2021-04-30-x.md", NOW)
    assert (published.at, published.source) == (dt.datetime(2021, 5, 28, tzinfo=dt.UTC), "front_matter_date_only")
    assert published.problem is not None and published.problem.endswith("its day kept")
    # a feed's timestamp, when there is one, says the time too
    feed = resolve_published_at("2021-05-28 25:61:00", 1622167320000, "2021-04-30-x.md", NOW)
    assert (feed.at, feed.source) == (dt.datetime(2021, 5, 28, 2, 2, tzinfo=dt.UTC), "feed_timestamp")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("二〇二一年五月二十八日", dt.datetime(2021, 5, 28)),  # Chinese numerals
        ("二零二一年十二月三十一日", dt.datetime(2021, 12, 31)),
        ("二○二一年十月一日 上午10:00", dt.datetime(2021, 10, 1, 10)),
        ("2021/05/28 15時15分", dt.datetime(2021, 5, 28, 15, 15)),  # a time written with its units
        ("2021-05-28 15点15分30秒", dt.datetime(2021, 5, 28, 15, 15, 30)),
        ("2021-05-28T18:00:00+08:00[Asia/Shanghai]", dt.datetime(2021, 5, 28, 10)),  # Java's zoned date-time
    ],
)
def test_dates_in_chinese_numerals_times_with_units_and_bracketed_zones_are_read(value: str, expected: dt.datetime):
    published = resolve_published_at(value, None, "2021-04-30-x.md", NOW)
    assert published.at == expected.replace(tzinfo=dt.UTC) and published.problem is None


def test_pyyaml_datetime_with_nanoseconds_and_offset():
    value = yaml.safe_load("date: 2020-03-31 17:24:41.000000000 +08:00")["date"]
    assert isinstance(value, dt.datetime)
    published = resolve_published_at(value, None, "x.md", NOW)
    assert published == Published(at(2020, 3, 31, 9, 24, 41), "front_matter")


def test_naive_datetime_and_plain_date_from_yaml():
    naive = resolve_published_at(dt.datetime(2020, 3, 31, 17, 24), None, "x.md", NOW)
    assert naive == Published(at(2020, 3, 31, 17, 24), "front_matter")
    day = resolve_published_at(dt.date(2020, 3, 31), None, "x.md", NOW)
    assert day == Published(at(2020, 3, 31), "front_matter_date_only")


def test_missing_date_falls_back_to_feed_timestamp_then_file_name():
    assert resolve_published_at(None, FEED_MS, "2021-05-01-x.md", NOW) == Published(FEED_AT, "feed_timestamp")
    assert resolve_published_at("", None, "2021-05-01-x.md", NOW) == Published(at(2021, 5, 1), "file_name")
    nothing = resolve_published_at(None, None, "about.md", NOW)
    assert nothing.at is None and nothing.source is None
    assert "no usable date" in nothing.problem


def test_garbage_date_falls_back_with_a_problem():
    published = resolve_published_at("下周三", FEED_MS, "2021-05-01-x.md", NOW)
    assert published.at == FEED_AT and published.source == "feed_timestamp"
    assert "'下周三' is not in a format we read" in published.problem
    published = resolve_published_at("garbage", None, "2021-05-01-x.md", NOW)
    assert published.source == "file_name"
    assert "garbage" in published.problem


def test_non_date_value_is_a_problem():
    published = resolve_published_at(["2021"], None, "2021-05-01-x.md", NOW)
    assert published.source == "file_name"
    assert "holds a list" in published.problem
    published = resolve_published_at(12345, None, "2021-05-01-x.md", NOW)  # 1970 as epoch seconds
    assert published.source == "file_name" and "before 1990" in published.problem


@pytest.mark.parametrize(
    "value",
    [
        1622167320,  # epoch seconds
        1622167320000,  # epoch milliseconds
        "1622167320",
        "Fri, 28 May 2021 02:02:00 +0000",  # RFC 2822, as RSS importers write it
        "May 28, 2021 2:02 AM",
        "2021年5月28日 02:02",
        "2021年5月28日 凌晨2:02",
        "2021年5月28日 上午2點02",
        "民國110年5月28日 02:02",  # Taiwan's calendar: year 110 of the Republic
        "May 28, 2021 10:02 AM HKT",  # a zone abbreviation that names one offset
        "2021-05-28 10:02 HKT",  # after a 24-hour time too
        "Fri, 28 May 2021 11:02:00 JST",
        "2021年5月28日 10:02 北京时间",  # a zone named in Chinese, after the time or before the date
        "北京时间2021年5月28日上午10点02分",
        "2021-05-28 10:02（香港時間）",
        "2021-05-27 22:02 EDT",
        "May 27, 2021 10:02 p.m. ET",  # an American newsroom's zone, the offset of its day (EDT)
        "Updated 7:02 p.m. PT, May 27, 2021",  # an English label without a colon
        "Published May 28, 2021 2:02am GMT",
    ],
)
def test_other_written_dates_are_read(value):
    published = resolve_published_at(value, None, "2021-05-01-x.md", NOW)
    assert published.at == dt.datetime(2021, 5, 28, 2, 2, tzinfo=dt.UTC)
    assert published.source == "front_matter"


@pytest.mark.parametrize(
    ("value", "hour", "minute"),
    [("2021年5月28日 下午3:20", 15, 20), ("2021年5月28日 晚上10點05", 22, 5), ("2021年5月28日 中午12:30", 12, 30),
     ("2021年5月28日 中午1:05", 13, 5), ("2021年5月28日 上午12:10", 0, 10)],
)  # fmt: skip
def test_chinese_afternoon_and_morning_times(value: str, hour: int, minute: int):
    published = resolve_published_at(value, None, "2021-05-01-x.md", NOW)
    assert published.at == dt.datetime(2021, 5, 28, hour, minute, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "value", ["May 28, 2021 10:02 PM", "2021-05-28 10:02 PM", "28 May 2021 10:02 pm", "110/05/28 22:02"]
)
def test_an_afternoon_in_a_12_hour_clock_and_taiwans_slashed_year_are_read(value: str):
    # 'PM' after the time was taken for a zone's abbreviation and dropped: 22:02 read as 10:02
    published = resolve_published_at(value, None, "2021-05-01-x.md", NOW)
    assert published.at == dt.datetime(2021, 5, 28, 22, 2, tzinfo=dt.UTC)
    assert published.source == "front_matter"


def test_an_ambiguous_zone_abbreviation_is_read_as_utc_without_a_warning(recwarn: pytest.WarningsRecorder):
    # 'CST' is China's or the US Central zone: like a time without a zone, it is read as UTC
    published = resolve_published_at("May 28, 2021 2:02 AM CST", None, "2021-05-01-x.md", NOW)
    assert published.at == dt.datetime(2021, 5, 28, 2, 2, tzinfo=dt.UTC)
    assert not recwarn.list


def test_chinese_date_without_time_is_date_only():
    published = resolve_published_at("2021年5月28日", None, "2021-05-01-x.md", NOW)
    assert published.at == dt.datetime(2021, 5, 28, tzinfo=dt.UTC)
    assert published.source == "front_matter_date_only"


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("2099-01-01", "in the future"),
        ("2024-06-04T00:00:00Z", "in the future"),
        ("1989-12-31", "before 1990"),
        ("1970-01-01T00:00:00Z", "before 1990"),
    ],
)
def test_implausible_dates_are_skipped(value: str, why: str):
    published = resolve_published_at(value, None, "2021-05-01-x.md", NOW)
    assert published.source == "file_name"
    assert published.at == at(2021, 5, 1)
    assert why in published.problem


def test_a_little_in_the_future_is_tolerated_and_1990_is_plausible():
    tomorrow = resolve_published_at("2024-06-02T12:00:00Z", None, "x.md", NOW)
    assert tomorrow == Published(at(2024, 6, 2, 12), "front_matter")
    first = resolve_published_at(EARLIEST_PLAUSIBLE.isoformat(), None, "x.md", NOW)
    assert first.at == EARLIEST_PLAUSIBLE


def test_implausible_feed_timestamps_fall_through_to_the_file_name():
    future = resolve_published_at(None, 99_999_999_999_999, "2021-05-01-x.md", NOW)
    assert future.source == "file_name"
    assert "feed timestamp" in future.problem and "future" in future.problem
    old = resolve_published_at(None, 100_000_000, "2021-05-01-x.md", NOW)  # 1970-01-02
    assert old.source == "file_name"
    assert "before 1990" in old.problem


def test_implausible_or_impossible_file_name_dates():
    published = resolve_published_at(None, None, "2021-02-30-x.md", NOW)
    assert published.at is None
    assert "'2021-02-30' is not a real day" in published.problem
    published = resolve_published_at(None, None, "1980-01-01-x.md", NOW)
    assert published.at is None
    assert "file name" in published.problem


def test_default_now_is_the_current_time():
    assert resolve_published_at("2999-01-01", None, "x.md").at is None
    assert resolve_published_at("2001-01-01", None, "x.md").source == "front_matter_date_only"


# --- through parse_post ----------------------------------------------------------------------


def parsed(front: str, body: str = "<p>正文。</p>\n", name: str = "2021-05-01-x.md") -> ParsedPost:
    result = parse_post(f"---\nlayout: post\ntitle: t\n{front}\n---\n{body}".encode(), name, NOW)
    assert isinstance(result, ParsedPost), result
    return result


@pytest.mark.parametrize(
    ("front", "expected", "source"),
    [
        ("date: 2014-08-28T14:12:07+02:00", at(2014, 8, 28, 12, 12, 7), "front_matter"),
        ("date: 2019-11-05T13:00:00.000Z", at(2019, 11, 5, 13), "front_matter"),
        ("date: 2020-03-31 17:24:41.000000000 +08:00", at(2020, 3, 31, 9, 24, 41), "front_matter"),
        ('date: "2020-03-31 17:24:41.000000000 +08:00"', at(2020, 3, 31, 9, 24, 41), "front_matter"),
        ("date: 2020-03-31 17:24:41 +0800", at(2020, 3, 31, 9, 24, 41), "front_matter"),
        ("date: 2020-03-31", at(2020, 3, 31), "front_matter_date_only"),
        ("", FEED_AT, "feed_timestamp"),
    ],
)
def test_published_at_source_through_parse_post(front: str, expected: dt.datetime, source: str):
    result = parsed(front, f"<!--{FEED_MS}-->\n<p>正文。</p>\n")
    assert result.published_at == expected
    assert result.published_at_source == source
    assert not any(p.startswith("date:") for p in result.problems)


def test_file_name_date_and_problem_through_parse_post():
    result = parsed("date: 2099-09-09")
    assert result.published_at == at(2021, 5, 1)
    assert result.published_at_source == "file_name"
    assert "date: the date 2099-09-09 is in the future" in result.problems


def test_post_without_any_date_is_rejected_with_the_reason():
    result = parse_post("---\ntitle: About the ferry\n---\n<p>正文。</p>\n".encode(), "_posts/about-the-ferry.md")
    assert isinstance(result, Rejected)
    assert "has no date" in result.error and "no usable date" in result.error and "YYYY-MM-DD-" in result.error


@pytest.mark.parametrize(
    ("front", "expected", "source"),
    [
        # JavaScript's Date.toString() and people's 'UTC+8': the offset east of Greenwich, not POSIX's reversed sign
        ("date: Thu Mar 04 2021 10:00:00 GMT+0800", at(2021, 3, 4, 2), "front_matter"),
        ('date: "Thu Mar 04 2021 10:00:00 GMT+0800 (China Standard Time)"', at(2021, 3, 4, 2), "front_matter"),
        ("date: 2021-03-04 10:00:00 UTC+8", at(2021, 3, 4, 2), "front_matter"),
        ("date: 2021-06-01 10:00 GMT-5", at(2021, 6, 1, 15), "front_matter"),
        ("date: 2021-03-04 10:00:00 +0800 CST", at(2021, 3, 4, 2), "front_matter"),
        ("date: 2021-03-04 08:00:00 Asia/Shanghai", at(2021, 3, 4), "front_matter"),
        # a weekday, a half of the day and spaced Chinese hours and minutes keep the time
        ("date: 2021年3月4日 星期四 20:30", at(2021, 3, 4, 20, 30), "front_matter"),
        ("date: 2021年3月4日 下午 3 点 20 分", at(2021, 3, 4, 15, 20), "front_matter"),
        ("date: 2021-03-04 下午3:20", at(2021, 3, 4, 15, 20), "front_matter"),
        # YYYYMMDD, as a number or text, is a calendar date, not seconds since 1970 (which would be 1970-08-22)
        ("date: 20210304", at(2021, 3, 4), "front_matter_date_only"),
        ("date: '20210304103000'", at(2021, 3, 4, 10, 30), "front_matter"),
        # another zone's name before the offset written out: the offset is the one meant
        ("date: 2021-05-28 10:00:00 CST+0800", at(2021, 5, 28, 2), "front_matter"),
        # what a scraper keeps around a date: a weekday after the time, a label, a note in brackets; a half of
        # the day before a time with seconds
        ("date: 2021-05-28 10:02:33 星期五", at(2021, 5, 28, 10, 2, 33), "front_matter"),
        ("date: 2021/05/28 下午 03:20:00", at(2021, 5, 28, 15, 20), "front_matter"),
        ("date: 2021-05-27 10:00 (更新：2021-05-28 09:00)", at(2021, 5, 27, 10), "front_matter"),
        ("date: 發布時間：2021-05-28 10:00", at(2021, 5, 28, 10), "front_matter"),
    ],
)
def test_written_out_dates_of_other_generators(front: str, expected: dt.datetime, source: str):
    result = parsed(front)
    assert (result.published_at, result.published_at_source) == (expected, source)
    assert not any(p.startswith("date:") for p in result.problems)


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ('date: "10:00"', "the date '10:00' names no day, only a time"),
        ("date: 下午3点", "the date '下午3点' names no day, only a time"),
        ("date: May 28", "the date 'May 28' names no year"),
        ("date: May 2021", "the date 'May 2021' names no day"),
    ],
)
def test_a_written_date_missing_its_day_or_year_is_not_filled_in_from_today(front: str, problem: str):
    # a date reader fills what a text leaves out from the day it runs: a post of 2021 would move each run
    result = parsed(front)
    assert (result.published_at, result.published_at_source) == (at(2021, 5, 1), "file_name")
    assert f"date: {problem}" in result.problems
