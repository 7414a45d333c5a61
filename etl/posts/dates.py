"""Find the instant a post was published, and say where that instant came from.

Order of trust: the front matter ``date`` field, then the generator's feed
timestamp comment (``<!--1622167320000-->``, ms since epoch), then the
``YYYY-MM-DD`` prefix of the file name. A value that cannot be read, or that
is implausible, is skipped with a note and the next source is used.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zoneinfo
from dataclasses import dataclass
from typing import Final

from dateutil import parser as dateutil_parser

UTC: Final = dt.UTC
EARLIEST_PLAUSIBLE: Final = dt.datetime(1990, 1, 1, tzinfo=UTC)  # before the web had news sites
FUTURE_SLACK: Final = dt.timedelta(days=2)

_ISO: Final = re.compile(
    r"^(?P<date>\d{4}-\d{1,2}-\d{1,2})"
    r"(?:[T ]+(?P<time>\d{1,2}:\d{2}(?::\d{2})?)(?:[.,](?P<frac>\d+))?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?$",
    re.IGNORECASE,
)
# '2021年5月28日 10:02', '2021年5月28日 星期五 下午 3 点 20 分', Taiwan's '民國110年5月28日' (year 110 of the
# Republic: 2021)
_CHINESE_DATE: Final = re.compile(
    r"^(?:中華|中华)?(民國|民国)?\s*(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]\s*"
    r"(?:[（(]?(?:星期|周|週|禮拜|礼拜)[一二三四五六日天][）)]?\s*)?"
    r"(?:(上午|早上|凌晨|中午|下午|晚上)?\s*(\d{1,2})\s*[:：时時點点]\s*(?:(\d{1,2})\s*分?)?)?"
)
# A half of the day and a 12-hour time in an otherwise written-out date: '2021-03-04 下午3:20'
_HALF_DAY_TIME: Final = re.compile(
    r"(上午|早上|凌晨|中午|下午|晚上)\s*(\d{1,2})\s*[:：时時點点]\s*(\d{1,2})?\s*分?(?:\s*[:：]\s*(\d{1,2})\s*秒?)?"
)
# what a scraper keeps around a date: its label ('發布時間：', 'Published:'), a weekday anywhere ('10:02 星期五'),
# a note in brackets after it ('(更新：2021-05-28 09:00)', '（已編輯）')
_DATE_LABEL: Final = re.compile(r"^[^\d\s〇○零一二三四五六七八九]{1,12}?[：:]\s*(?=\S)")
_WEEKDAY: Final = re.compile(r"[（(]?(?:星期|周|週|禮拜|礼拜)[一二三四五六日天][）)]?")
_NOTE_AFTER: Final = re.compile(
    r"\s*[（(\[【][^（()）\]】]*[\u3400-\u9fff][^（()）\]】]*[）)\]】]\s*$|\s*[（(]\s*updated?\b[^()]*[)]\s*$",
    re.IGNORECASE,
)
# Java's zoned date-time names its zone in brackets after the offset ('2021-05-28T10:00:00+08:00[Asia/Shanghai]')
_BRACKETED_ZONE: Final = re.compile(r"(?<=[\dZz])\[[A-Za-z_]+(?:/[A-Za-z_+-]+)*\]$")
# a time written with its units ('15時15分', '15时15分30秒', '15点15分')
_WORDED_TIME: Final = re.compile(r"(\d{1,2})\s*[时時点點]\s*(\d{1,2})\s*分(?:\s*(\d{1,2})\s*秒)?")
# a date in Chinese numerals ('二〇二一年五月二十八日'): the year digit by digit, month and day as numbers
_NUMERALS: Final = {char: value for value, char in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
_NUMERAL_DATE: Final = re.compile(
    r"^([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号號]"
)


def _numeral(text: str) -> int:
    """'五' 5, '十' 10, '十二' 12, '二十八' 28, '三十一' 31."""
    tens, _, ones = text.rpartition("十")
    if "十" not in text:
        return _NUMERALS[text]
    return (_NUMERALS[tens] if tens else 1) * 10 + (_NUMERALS[ones] if ones else 0)


# 'GMT+0800', 'UTC+8', 'CST+0800' (JavaScript's and people's way): dateutil reads 'GMT+h' as POSIX does, the sign
# reversed; the offset written after a zone's name is the one meant
_NAMED_OFFSET: Final = re.compile(
    r"\b(?:GMT|UTC|[A-Z]{2,4}(?=[+-]\d))\s*([+-])(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE
)
# Taiwan's year of the Republic with slashes ('110/05/28 14:30'): no archive's post is from the year 110
_ROC_SLASHED: Final = re.compile(r"^(1[0-4]\d)/(\d{1,2})/(\d{1,2})\b")
# an IANA zone ('Asia/Shanghai') after the time
_IANA_ZONE: Final = re.compile(r"\s+([A-Z][A-Za-z_]+(?:/[A-Za-z_+-]+)+)\s*$")
ROC_YEAR_OFFSET: Final = 1911  # 民國 1 is 1912
_AFTERNOON: Final = frozenset({"下午", "晚上"})
# Time zone abbreviations that name one offset. 'CST' (China or US Central) and 'IST' do not; like a time
# without a zone, they are read as UTC.
_ZONE_ABBREVIATIONS: Final = {
    "HKT": 8 * 3600, "SGT": 8 * 3600, "JST": 9 * 3600, "KST": 9 * 3600,
    "EST": -5 * 3600, "EDT": -4 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
    "MST": -7 * 3600, "MDT": -6 * 3600, "CET": 3600, "CEST": 2 * 3600, "BST": 3600,
}  # fmt: skip
# American newsrooms' 'ET' and 'PT': the zone's offset on that day (EDT in May)
_ZONE_NAMES: Final[dict[str, int | dt.tzinfo]] = {
    **_ZONE_ABBREVIATIONS,
    "ET": zoneinfo.ZoneInfo("America/New_York"),
    "PT": zoneinfo.ZoneInfo("America/Los_Angeles"),
}
# an English label without a colon ('Updated 3:15 p.m. ET, May 28, 2021', 'Published May 28, 2021 2:02pm GMT')
_ENGLISH_LABEL: Final = re.compile(r"^(?:(?:last\s+)?updated|(?:first\s+)?published|posted)(?:\s+(?:on|at))?\s+", re.I)
_DOTTED_HALF: Final = re.compile(r"\b([ap])\.m\.", re.IGNORECASE)  # 'p.m.' as dateutil reads it, 'pm'
# A zone's name after the time: '(China Standard Time)', or an abbreviation after a numeric offset ('+0800 CST');
# not a 12-hour clock's 'PM' ('May 28, 2021 10:00 PM' is 22:00). (An abbreviation that names one offset is
# dateutil's to read: '10:00 HKT' is 02:00 UTC.)
_ZONE_NAME_AFTER: Final = re.compile(
    rf"\s*\([A-Za-z ]+\)\s*$|(?<=\d)\s+(?!(?:AM|PM|{'|'.join(_ZONE_NAMES)})\s*$)[A-Z]{{2,5}}\s*$"
)
# a zone named in Chinese, before or after the date, maybe in brackets ('北京时间2021年5月28日', '10:00（香港時間）')
_CHINESE_ZONES: Final = {
    "北京": 8, "香港": 8, "台北": 8, "臺北": 8, "台灣": 8, "台湾": 8, "臺灣": 8, "澳門": 8, "澳门": 8,
    "新加坡": 8, "東京": 9, "东京": 9, "日本": 9, "首爾": 9, "首尔": 9,
}  # fmt: skip
_CHINESE_ZONE: Final = re.compile(rf"[（(]?\s*({'|'.join(_CHINESE_ZONES)})(?:时间|時間)\s*[）)]?")
FILE_NAME_DATE: Final = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-")  # (Jekyll reads 2021-5-8- as a date too)


@dataclass(frozen=True)
class Published:
    at: dt.datetime | None
    source: str | None  # front_matter | front_matter_date_only | feed_timestamp | file_name
    problem: str | None = None  # why a higher-priority source was skipped


def _offset(tz: str | None) -> dt.timezone:
    if not tz or tz.upper() in {"Z", "UTC", "GMT"}:
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def parse_date_text(text: str) -> tuple[dt.datetime, bool]:
    """Parse a date string as written by Jekyll feed generators.

    Returns (aware datetime, date_only). Naive times are taken as UTC. Raises
    ValueError with a readable message when the text is not a date.
    """
    match = _ISO.match(_BRACKETED_ZONE.sub("", text.strip()))
    if match is None:
        raise ValueError(f"the date {text.strip()[:60]!r} is not in a format we read")
    year, month, day = (int(x) for x in match["date"].split("-"))
    hour = minute = second = micro = 0
    if match["time"]:
        parts = [int(x) for x in match["time"].split(":")]
        hour, minute = parts[0], parts[1]
        second = parts[2] if len(parts) > 2 else 0
        micro = int((match["frac"] or "0")[:6].ljust(6, "0"))
    try:
        value = dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=_offset(match["tz"]))
    except ValueError as error:  # datetime says only 'day is out of range for month'
        try:
            day_only = dt.datetime(year, month, day, tzinfo=UTC)
        except ValueError:
            raise ValueError(f"the date {text.strip()[:60]!r} is not a real date ({error})") from None
        raise _TimeInvalid(f"the time of {text.strip()[:60]!r} is not a real time ({error})", day_only) from None
    return value.astimezone(UTC), not match["time"]


class _TimeInvalid(ValueError):
    """A real day with a time that is none ('2021-05-28 25:61:00'): the day is still the post's."""

    def __init__(self, message: str, day: dt.datetime) -> None:
        super().__init__(message)
        self.day = day


def _from_front_matter(value: object) -> tuple[dt.datetime, bool]:
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC), False
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=UTC), True
    if isinstance(value, bool):
        raise ValueError(f"the date field is {value}, not a date")
    if isinstance(value, (int, float)):
        compact = _compact_date(str(value)) if isinstance(value, int) else None
        return compact if compact is not None else (_from_epoch(value), False)
    if isinstance(value, str):
        try:
            return parse_date_text(value)
        except ValueError as first:
            try:
                return _parse_other_date_text(value)
            except _PartMissing as missing:
                raise missing from None
            except ValueError:
                raise first from None
    raise ValueError(f"the date field holds a {type(value).__name__}, not a date")


def _from_epoch(value: float) -> dt.datetime:
    """Seconds since 1970, or milliseconds when the number is too large for seconds."""
    seconds = value / 1000 if abs(value) >= 1e11 else value
    try:
        return dt.datetime.fromtimestamp(seconds, UTC)
    except OSError as error:  # beyond the C library's time_t (about 1e17 s): the OS says so, not datetime
        raise ValueError(f"the date field {value} is no time in seconds or milliseconds since 1970") from error


class _PartMissing(ValueError):
    """A written date without its year, month or day ('10:00', 'May 28'): a reader would have filled it in from today."""


# Two defaults for what a written date leaves out: where the two readings differ, the text did not say.
_FILLED: Final = (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2))


def _parse_other_date_text(text: str) -> tuple[dt.datetime, bool]:
    """Epoch numbers, Chinese dates (2021年5月28日 10:02), RFC 2822 (RSS importers) and other
    written-out dates, as a last resort."""
    text = written = text.strip()
    if text.isdigit():
        compact = _compact_date(text)
        return compact if compact is not None else (_from_epoch(int(text)), False)
    zone: dt.tzinfo | None = None
    named = _CHINESE_ZONE.search(text) if "时间" in text or "時間" in text else None
    if named is not None:
        zone = dt.timezone(dt.timedelta(hours=_CHINESE_ZONES[named[1]]))
        text = f"{text[: named.start()]} {text[named.end() :]}"
    text = _NOTE_AFTER.sub("", _WEEKDAY.sub(" ", _DATE_LABEL.sub("", text.strip()))).strip()
    if text[:1].isalpha() and text.isascii():
        text = _DOTTED_HALF.sub(r"\1m", _ENGLISH_LABEL.sub("", text))
    text = _ROC_SLASHED.sub(lambda m: f"{int(m[1]) + ROC_YEAR_OFFSET}/{m[2]}/{m[3]}", text)
    numerals = _NUMERAL_DATE.match(text)
    if numerals is not None:  # '二〇二一年五月二十八日'
        digits = "".join(str(_NUMERALS[char]) for char in numerals[1])
        text = f"{digits}年{_numeral(numerals[2])}月{_numeral(numerals[3])}日{text[numerals.end() :]}"
    chinese = _CHINESE_DATE.match(text)
    if chinese:
        roc, year, month, day, half, hour, minute = chinese.groups()
        year = int(year) + (ROC_YEAR_OFFSET if roc else 0)
        value = dt.datetime(year, int(month), int(day), _hour_of_day(half, hour), int(minute or 0), tzinfo=zone or UTC)
        return value.astimezone(UTC), hour is None
    iana = _IANA_ZONE.search(text)
    if iana is not None:
        try:
            zone = zoneinfo.ZoneInfo(iana[1])
            text = text[: iana.start()]
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    text = _HALF_DAY_TIME.sub(
        lambda m: f" {_hour_of_day(m[1], m[2]):02d}:{int(m[3] or 0):02d}:{int(m[4] or 0):02d} ", text
    )
    text = _WORDED_TIME.sub(lambda m: f" {m[1]}:{int(m[2]):02d}:{int(m[3] or 0):02d} ", text)
    text = _NAMED_OFFSET.sub(lambda m: f" {m[1]}{int(m[2]):02d}:{m[3] or '00'}", text)
    text = _ZONE_NAME_AFTER.sub("", text).strip()
    try:
        with warnings.catch_warnings():  # an unknown zone ('CST') is read as UTC, not warned about per post
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            value = dateutil_parser.parse(text, tzinfos=_ZONE_NAMES, default=_FILLED[0])
            again = dateutil_parser.parse(text, tzinfos=_ZONE_NAMES, default=_FILLED[1])
    except (ValueError, OverflowError, dateutil_parser.ParserError):
        raise ValueError(f"the date {text[:60]!r} is not in a format we read") from None
    if value.date() != again.date():  # dateutil filled in what the text lacks (from today, by default)
        if value.day != again.day and value.month != again.month and value.year != again.year:
            missing = "day, only a time"
        else:
            missing = "year" if value.year != again.year else "month" if value.month != again.month else "day"
        raise _PartMissing(f"the date {written[:60]!r} names no {missing}")
    aware = value if value.tzinfo else value.replace(tzinfo=zone or UTC)
    return aware.astimezone(UTC), False


def _hour_of_day(half: str | None, hour: str | None) -> int:
    """A 12-hour clock's hour with its half of the day ('下午 3' is 15), or a 24-hour clock's."""
    hour_of_day = int(hour or 0) % 12 if half else int(hour or 0)
    if half in _AFTERNOON or (half == "中午" and hour_of_day < 11):
        hour_of_day += 12
    return hour_of_day


def _compact_date(digits: str) -> tuple[dt.datetime, bool] | None:
    """'20210304' or '20210304103000' (YYYYMMDD[hhmm[ss]]): as seconds since 1970 they would fall in 1970-73
    or centuries ahead, never a plausible date, so a real calendar date reads as one."""
    if len(digits) not in (8, 12, 14) or not 1990 <= int(digits[:4]) <= 2100:
        return None
    month, day, hour, minute, second = (int(digits[i : i + 2] or 0) for i in range(4, 14, 2))
    try:
        return dt.datetime(int(digits[:4]), month, day, hour, minute, second, tzinfo=UTC), len(digits) == 8
    except ValueError:
        return None


def _plausible(value: dt.datetime, now: dt.datetime) -> str | None:
    if value < EARLIEST_PLAUSIBLE:
        return f"the date {value:%Y-%m-%d} is before {EARLIEST_PLAUSIBLE:%Y}"
    if value > now + FUTURE_SLACK:
        return f"the date {value:%Y-%m-%d} is in the future"
    return None


def resolve_published_at(
    front_matter_date: object,
    feed_timestamp_ms: int | None,
    file_name: str,
    now: dt.datetime | None = None,
) -> Published:
    """Pick the publication instant from the available sources, most trusted first."""
    now = now or dt.datetime.now(UTC)
    problems: list[str] = []
    day_only = None  # the front matter's day, when its time of day is no real time
    if front_matter_date is not None and front_matter_date != "":
        try:
            value, date_only = _from_front_matter(front_matter_date)
            issue = _plausible(value, now)
            if issue is None:
                source = "front_matter_date_only" if date_only else "front_matter"
                return Published(value, source)
            problems.append(issue)
        except _TimeInvalid as invalid:  # (its own name: mypyc types a name once per function)
            problems.append(str(invalid))
            day_only = invalid.day if _plausible(invalid.day, now) is None else None
        except (ValueError, OverflowError) as error:
            problems.append(str(error))
    if feed_timestamp_ms is not None:
        try:
            value = dt.datetime.fromtimestamp(feed_timestamp_ms / 1000, UTC)
            issue = _plausible(value, now)
            if issue is None:
                return Published(value, "feed_timestamp", "; ".join(problems) or None)
            problems.append(f"feed timestamp: {issue}")
        except (ValueError, OverflowError, OSError):
            problems.append(f"the feed timestamp {feed_timestamp_ms} is out of range")
    if day_only is not None:
        return Published(day_only, "front_matter_date_only", "; ".join([*problems, "its day kept"]))
    match = FILE_NAME_DATE.match(file_name)
    if match:
        try:
            year, month, day = (int(x) for x in match.groups())
            value = dt.datetime(year, month, day, tzinfo=UTC)
            issue = _plausible(value, now)
            if issue is None:
                return Published(value, "file_name", "; ".join(problems) or None)
            problems.append(f"file name: {issue}")
        except ValueError:
            problems.append(f"the file name date {match.group(0)[:-1]!r} is not a real day")
    problems.append("no usable date in the front matter, feed timestamp or file name")
    return Published(None, None, "; ".join(problems))
