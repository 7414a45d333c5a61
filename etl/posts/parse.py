"""From the bytes of one post file to one article record, or a rejection with a reason.

``parse_post`` never raises for bad input: every problem becomes a ``Rejected``
whose ``error`` is a sentence a person understands.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import html as html_lib
import json
import re
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Final

from etl.posts import body as body_mod
from etl.posts import boilerplate
from etl.posts.boilerplate import strip_literal_markup
from etl.posts.dates import resolve_published_at
from etl.posts.frontmatter import FrontMatterError, read_front_matter
from etl.posts.keys import article_id_for, canonical_url, identifies_article
from etl.posts.rejected import Rejected

MAX_POST_BYTES = 16 * 1024 * 1024
POST_SUFFIXES: Final = (".md", ".markdown", ".mkd", ".mkdn", ".mdown", ".html", ".htm", ".textile", ".txt")
# Layouts that mark a page (index, about, archive ...) rather than an article.
PAGE_LAYOUTS: Final = frozenset(
    [
        "default",
        "page",
        "home",
        "index",
        "archive",
        "archives",
        "category",
        "categories",
        "tag",
        "tags",
        "redirect",
        "none",
        "null",
        "search",
        "about",
        "compress",
        "feed",
        "sitemap",
        "404",
    ]
)
URL_FIELDS: Final = (
    "from",
    "source_url",
    "source",
    "original_url",
    "original_link",
    "original",
    "canonical_url",
    "canonicalurl",  # Hugo's canonicalURL (keys are read in lower case)
    "canonical_link",  # Medium's export
    "canonicallink",
    "source_link",
    "link",
    "url",
    # jekyll-import's: the post's address on the blog it came from
    "blogger_orig_url",
    "tumblr_url",
    "wordpress_url",
)
# a person as feeds write one ('李文 <liwen@example.cn>'): the name, without the mail
_EMAIL_AFTER_NAME: Final = re.compile(r"\s*[<(（]\s*[^\s<>()（）@]+@[^\s<>()（）]+\s*[>)）]\s*$")
# Hugo's [params], Zola's [taxonomies] and [extra] tables: the post's fields, one level down
SUB_TABLES: Final = ("params", "taxonomies", "extra")
# Who wrote it: Jekyll's author(s), Ghost's primary_author, a feed's creator, a news CMS's byline
AUTHOR_FIELDS: Final = ("author", "authors", "primary_author", "creator", "byline")
# Where a post with an empty body keeps its text: the body itself (a CMS's field), else its summary, the only text
# a feed item stored that way has
BODY_FIELDS: Final = ("content", "body", "text", "html", "summary", "description", "excerpt")
# Hugo's publishDate, Astro's pubDate, Ghost's published_at, other exporters' names when there is no date, in the order
# of what they mean: publication first, creation last; 'published' only with a date as its value (Jekyll's
# 'published: false' says whether to publish)
DATE_FIELDS: Final = (
    "date",
    "publishdate",
    "pubdate",
    "publish_date",
    "pub_date",
    "published_at",
    "publishedat",  # (Ghost's and others' publishedAt, keys read in lower case)
    "date_published",
    "published",
    "publish_time",
    "timestamp",
    # when it was written, not published: only when no field says when it was published
    "created",
    "created_at",
)

_BINARY_MAGIC: Final = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
)
STRAY_NULS: Final = 4  # up to this many NUL bytes are stray damage in a text file, even a short one, not binary


def _windows_1252_byte(error: UnicodeError) -> tuple[str, int]:
    """A byte UTF-8 cannot decode, read as Windows-1252 (a curly quote pasted from a Windows editor)."""
    assert isinstance(error, UnicodeDecodeError)
    return bytes(error.object[error.start : error.start + 1]).decode("cp1252", errors="replace"), error.start + 1


codecs.register_error("etl-windows-1252", _windows_1252_byte)
# the letters that UTF-8's lead bytes of Chinese (E4-E9), punctuation (E2, EF) and Latin (C2, C3) become: one
# of them must be there (a quick test; the pattern below is 80 µs a post)
_MOJIBAKE_LEADS: Final = "ÂÃâäåæçèéï"
# UTF-8 read as Windows-1252 and written out again as UTF-8 ('新闻' as 'æ–°é—»'): a lead byte's letter
# followed by a continuation byte's, three times or more
_MOJIBAKE: Final = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# The generator writes <!--ms--> (sometimes <!--NaN--> when it had no time), then [title](url) and a rule.
_FEED_TIMESTAMP: Final = re.compile(r"\A\s*<!--[ \t]*(\d{9,14}|NaN|null|undefined|)[ \t]*-->[ \t]*\n?")
_RULE_LINE: Final = re.compile(r"[ \t]*[-=]{3,}[ \t]*(?:\n|\Z)")
_HTTP: Final = re.compile(r"^(https?:)?//\S+$", re.IGNORECASE)


@dataclass
class ParsedPost:
    article_key: str
    article_id: str
    title: str
    title_source: str
    published_at: dt.datetime | None
    published_at_source: str | None
    author: str | None
    url: str | None
    layout: str | None
    body_format: str
    extraction: str
    problems: list[str]
    blocks: list[body_mod.Block]
    # bylines, credits and notes of where the text came from, which the extraction took out of the text
    credits: list[str]
    images: list[body_mod.Image]
    links: list[body_mod.Link]
    tags: list[tuple[str, str]]  # (tag, kind) with kind 'tag' or 'category'
    removed: dict[str, int] = field(default_factory=dict)


# Chinese posts not in UTF-8 are in one of the legacy national encodings: GB18030 (a superset of GBK and
# GB2312) or Big5 (big5hkscs: Big5 with Hong Kong's characters). Big5 bytes almost always decode as
# GB18030 too, to nonsense ('高雄港務' -> '蔼动翠'); charset-normalizer tells them apart by how the decoded
# text reads, so the choice is measured rather than guessed.
# Posts in Latin script saved by Windows tools come in Windows-1252 ('café', “quotes”): the third candidate,
# weighed the same way (its Latin letters read as text where GB18030 would make Han nonsense of them).
LEGACY_ENCODINGS: Final = ["gb18030", "big5hkscs", "cp1252"]
LEGACY_CHINESE: Final = LEGACY_ENCODINGS[:2]  # a Chinese paragraph pasted into a UTF-8 post
_ENCODING_NAMES: Final = {"gb18030": "GB18030", "big5hkscs": "Big5", "cp1252": "Windows-1252"}


def _codec(name: str) -> str:
    """The codec of an encoding's name in ``_ENCODING_NAMES`` ('Big5': big5hkscs)."""
    return next((code for code, named in _ENCODING_NAMES.items() if named == name), name)


def _decode_legacy_chinese(raw: bytes, encodings: list[str] = LEGACY_ENCODINGS) -> tuple[str, str] | None:
    """(text, encoding's name) of a Chinese post in a legacy encoding; None if it decodes as neither."""
    import charset_normalizer  # here: only posts that are not UTF-8 need it

    best = charset_normalizer.from_bytes(raw, cp_isolation=encodings).best()
    if best is None:
        return None
    return str(best), _ENCODING_NAMES.get(best.encoding, best.encoding)


def _utf16_without_bom(raw: bytes) -> str | None:
    """A UTF-16 file with no byte order mark: its ASCII characters (the front matter's keys and fences) leave a NUL
    in every other byte, nearly always the same one of each pair; None when it is not that, or does not decode."""
    head = raw[:512]
    for encoding, high, low in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        zeros = high.count(0)  # (a CJK character may have a NUL low byte: '一' is U+4E00)
        if zeros >= 0.3 * len(high) and low.count(0) <= 0.1 * zeros and len(raw) % 2 == 0:
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            return text if text.lstrip().startswith(("---", "+++", "{")) else None  # a post's front matter opens it
    return None


# C0 controls that are no whitespace (str.split takes \x0b, \x0c and \x1c-\x1f as spaces), and DEL
_CONTROL_CHARACTER: Final = re.compile("[\x01-\x08\x0e-\x1b\x7f]")
_CONTROL_BYTES: Final = bytes([*range(0x01, 0x09), *range(0x0E, 0x1C), 0x7F])
_CUT_REFERENCE: Final = re.compile(r"&#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6})\s*\Z")
_TERMINAL_ESCAPE: Final = re.compile("\x1b\\[[0-9;]*[A-Za-z]")
# a terminal's colour codes whose escape character a copy lost ('[1;32m二、[m'): three of them at least
_BARE_COLOUR_CODE: Final = re.compile(r"\[(?:[0-9]{1,3}(?:;[0-9]{1,3})*)?m")
BARE_COLOUR_CODES_MIN: Final = 3
_C1_CONTROL: Final = re.compile("[\x80-\x9f]")
_C1_BYTES: Final = re.compile(b"\xc2[\x80-\x9f]")  # their UTF-8 (the bytes are searched 10x faster than the text)
# the C1 code points that Windows-1252 gives a character ('\x93' is '“'); its five undefined ones are dropped
_WINDOWS_1252_C1: Final = {
    chr(byte): char
    for byte in range(0x80, 0xA0)
    if (char := bytes([byte]).decode("cp1252", errors="replace")) != "\ufffd"
}


def _is_text_before_padding(raw: bytes) -> bool:
    """Whether the bytes before a run of NULs read as a text file of one byte per character or UTF-8 (a UTF-16
    file holds NULs all through, and its last character's high byte can be one)."""
    return raw[:8192].count(b"\x00") <= STRAY_NULS and not raw.startswith(_BINARY_MAGIC)


def decode_post(raw: bytes) -> tuple[str, list[str]]:
    """Bytes to text with ``\\n`` line endings. Raises ValueError with a readable reason."""
    problems: list[str] = []
    if not raw.strip():
        raise ValueError("The file is empty." if not raw else "The file holds only whitespace.")
    utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff"))
    unpadded = raw.rstrip(b"\x00")
    if not utf16 and len(raw) - len(unpadded) >= 2 and unpadded.strip() and _is_text_before_padding(unpadded):
        # a file of text followed by NULs: the tail a crash or a stopped copy leaves in a file made to its full
        # size first; the text is whole
        problems.append(f"{len(raw) - len(unpadded)} NUL bytes of padding after the text removed")
        raw = unpadded
    nuls = raw[:8192].count(b"\x00")
    unmarked = None if utf16 or not nuls or raw.startswith(_BINARY_MAGIC) else _utf16_without_bom(raw)
    if unmarked is not None:
        text = unmarked
        problems.append("decoded as UTF-16 (no byte order mark)")
    elif not utf16 and (raw.startswith(_BINARY_MAGIC) or nuls > max(STRAY_NULS, 0.01 * min(len(raw), 8192))):
        raise ValueError("The file is binary (an image, archive or other non-text data), not a text post.")
    elif utf16:
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ValueError(
                f"The file starts with a UTF-16 byte order mark but is not valid UTF-16 ({error.reason})."
            ) from None
        problems.append("decoded as UTF-16")
    else:
        if b"\x00" in raw:
            raw = raw.replace(b"\x00", b"")
            problems.append("NUL bytes removed")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            if error.reason == "unexpected end of data" and error.end == len(raw):
                # cut off inside its last character (a copy or download that stopped): the bytes before are the
                # text; the lead bytes of a character never finished are nothing
                raw = raw[: error.start]
                text = raw.decode("utf-8-sig")
                cut = error.end - error.start
                problems.append(
                    f"the file ends inside a character (cut off): its last {cut} byte{'s' * (cut > 1)} dropped"
                )
            else:
                text = _decode_damaged(raw, error, problems)
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Unicode's own line and paragraph separators, as a word processor writes them
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2029", "\n\n").replace("\u2028", "\n")
    if "&#" in text[-16:]:
        reference = _CUT_REFERENCE.search(text)
        if reference is not None:  # a file cut off inside a character reference ('…會協&#2001'): not the character
            text = text[: reference.start()]
            problems.append(
                f"the file ends inside a character reference (cut off): '{reference.group().strip()}' dropped"
            )
    # a DOS end-of-file mark (^Z), a backspace: no text shows them (looked for in the bytes first, 5x faster)
    if len(raw.translate(None, _CONTROL_BYTES)) != len(raw) and _CONTROL_CHARACTER.search(text):
        text = _TERMINAL_ESCAPE.sub("\x1b", text)  # a terminal's colour codes ('\x1b[0m') go whole
        controls = len(_CONTROL_CHARACTER.findall(text))
        text = _CONTROL_CHARACTER.sub("", text)
        problems.append(f"{controls} control character{'s' if controls > 1 else ''} removed")
    if "[m" in text or "[0m" in text or "[1;" in text:
        uncoloured, codes = _BARE_COLOUR_CODE.subn("", text)
        if codes >= BARE_COLOUR_CODES_MIN:
            text = uncoloured
            problems.append(f"{codes} terminal colour code{'s' if codes > 1 else ''} without their escape removed")
    # (a mark of the Latin-1 letters À-ÿ in the bytes first: a search of the text is 10x slower than one of a byte)
    if b"\xc3" in raw and raw.count(b"\xc3") >= MOJIBAKE_MIN_LETTERS and _LATIN1_RUN.search(text) is not None:
        runs = _legacy_runs_read_as_latin1(text)
        if runs is not None:
            text, count, encoding = runs
            problems.append(
                f"{count} run{'s' if count > 1 else ''} of {encoding} text read as Latin-1 ('½ñÄê' for '今年') repaired"
            )
    if any(lead in text for lead in _MOJIBAKE_LEADS) and len(_MOJIBAKE.findall(text)) >= 3:
        import ftfy  # 80 ms to import, for one post in thousands

        fixed = ftfy.fix_encoding(text)  # ftfy changes only what it is sure was encoded twice
        if fixed != text:
            text = fixed
            problems.append("text encoded as UTF-8 twice ('æ–°é—»' for '新闻') repaired")
    if any(marker in text for marker in _MISREAD_QUICK):
        misread = _utf8_read_as_legacy(text)
        if misread is not None:
            text, passages, encoding, lost = misread
            problems.append(
                f"{passages} passage{'s' if passages > 1 else ''} of UTF-8 text read as {encoding} and saved again "
                f"('{_MISREAD_EXAMPLES[encoding]}' for '今年') repaired"
                + (f"; {lost} character{'s' * (lost > 1)} could not be recovered (shown as '\ufffd')" if lost else "")
            )
    # (after the repairs of text encoded twice, which read these as the bytes they were)
    # Windows-1252's quotes and dashes read as Latin-1, then saved as UTF-8: C1 controls ('\x93…\x94' for '“…”')
    if b"\xc2" in raw and _C1_BYTES.search(raw) is not None and _C1_CONTROL.search(text) is not None:
        count = len(_C1_CONTROL.findall(text))
        text = _C1_CONTROL.sub(lambda m: _WINDOWS_1252_C1.get(m[0], ""), text)
        problems.append(f"{count} Windows-1252 character{'s' if count > 1 else ''} read as control codes repaired")
    return text, problems


# UTF-8 text that a tool read as GBK or Big5 and saved again: each Chinese character's three bytes become one and a
# half characters of the other encoding ('今年' as '浠婂勾'), bytes no pair makes U+FFFD. Characters of that misreading
# nearly absent from real text (measured: ~4% of a misread text, at most 2 in any of 11,689 real files and benchmark
# pages): a line is misread when they are 2% of its characters beyond ASCII, three or more.
_MISREAD_MARKERS: Final = {"gb18030": "涓锛殑鐨紝浠銆鍙鍏杩鏄鍥鍦鍒", "big5hkscs": "銝嚗鈭隞餈雿摰憭霂蝏霈"}
_MISREAD_QUICK: Final = ("锛", "鐨", "銆", "涓", "銝", "嚗", "隞")  # the commonest (the comma, 的, 。; 。, ，, 今)
_MISREAD_EXAMPLES: Final = {"GB18030": "浠婂勾", "Big5": "隞�撟�"}
MISREAD_MIN_MARKERS: Final = 3
_MISREAD_SHARE: Final = 0.02
_REPLACEMENTS: Final = re.compile("\ufffd+")


def _utf8_read_as_legacy(text: str) -> tuple[str, int, str, int] | None:
    """(text, runs, encoding's name, characters lost) with the runs of UTF-8 text read as GB18030 or Big5 (and
    saved again) encoded back and read as UTF-8; None when no run is. A run of characters beyond ASCII (a
    Chinese character's bytes are never ASCII, and an ASCII letter a misread pair took comes back with it) is
    misread when the misreading's marks are in it (``_MISREAD_MARKERS``); once one is, a run with fewer (a short
    title) is when its bytes read back as more characters than gaps. Bytes the misreading made U+FFFD are lost:
    a character they were part of becomes one U+FFFD."""
    counts = {code: sum(text.count(char) for char in chars) for code, chars in _MISREAD_MARKERS.items()}
    encoding = max(counts, key=counts.__getitem__)
    if counts[encoding] < MISREAD_MIN_MARKERS:
        return None
    marked = False
    read_back: list[tuple[re.Match[str], str, int]] = []  # (run, its text read back, its gaps)
    for run in _BEYOND_ASCII.finditer(text):
        fixed, gaps = _read_back(run[0], encoding)
        marks = sum(run[0].count(char) for char in _MISREAD_MARKERS[encoding])
        if marks >= max(MISREAD_MIN_MARKERS, _MISREAD_SHARE * len(run[0])):
            marked = True
        elif len(fixed) - gaps < max(1, 2 * gaps):
            continue
        read_back.append((run, fixed, gaps))
    if not marked:
        return None
    pieces: list[str] = []
    done = 0
    for run, fixed, _ in read_back:
        pieces += [text[done : run.start()], fixed]
        done = run.end()
    lost = sum(gaps for _, _, gaps in read_back)
    return "".join(pieces) + text[done:], len(read_back), _ENCODING_NAMES[encoding], lost


_BEYOND_ASCII: Final = re.compile("[^\x00-\x7f]+")


def _read_back(line: str, encoding: str) -> tuple[str, int]:
    """(``line`` encoded back in ``encoding`` and read as UTF-8, its gaps): a U+FFFD of the misreading (or a
    character the encoding has not) is a lost byte, and each run of bytes UTF-8 cannot read one U+FFFD."""
    data = bytearray()
    for char in line:
        if char == "\ufffd":
            data += b"\xff"  # a byte no UTF-8 has
            continue
        try:
            data += char.encode(encoding)
        except UnicodeEncodeError:
            data += b"\xff"
    return _REPLACEMENTS.subn("\ufffd", data.decode("utf-8", errors="replace"))


# A whole page saved as it was served keeps its own encoding and says which: <meta charset="iso-8859-2">, or
# <meta http-equiv="Content-Type" content="text/html; charset=gbk">. Browsers read the names as the WHATWG
# Encoding Standard does, in which a few mean a larger encoding than Python's codec of that name.
_DECLARED_CHARSET: Final = re.compile(
    rb"<meta\b[^>]{0,200}?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE
)
_WHATWG_CHARSETS: Final = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "shift_jis": "cp932",
    "euc-kr": "cp949",
}


def _in_declared_charset(raw: bytes) -> tuple[str, str] | None:
    """(text, the charset's name) of a file that is not UTF-8 and decodes whole in the encoding its page
    declares (a page saved as served: Polish in ISO-8859-2, Chinese in GBK); None when it declares none, or
    UTF-8, or the bytes do not decode in it."""
    found = _DECLARED_CHARSET.search(raw, 0, 65536)
    if found is None:
        return None
    name = found.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(_WHATWG_CHARSETS.get(name, name)).name
    except LookupError:
        return None
    if codec.startswith(("utf-8", "utf-16", "utf-32")):
        return None
    try:
        return raw.decode(codec), name.upper()
    except UnicodeDecodeError:
        return None


def _decode_damaged(raw: bytes, error: UnicodeDecodeError, problems: list[str]) -> str:
    """Text of a file that is not valid UTF-8 (``error`` its first bad byte): UTF-8 with a few stray bytes,
    with Windows-1252 quotes, with lines in a legacy Chinese encoding, or a legacy encoding throughout; each
    said in ``problems``. Raises ValueError when it is none of these."""
    offset = error.start
    replaced = raw.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    non_ascii = len(raw.translate(None, bytes(range(128))))
    # UTF-8 with a stray bad byte (a character cut in two) is still UTF-8: a short
    # Chinese post often also decodes as GB18030, to nonsense.
    mostly_utf8 = bad <= max(3, len(raw) // 1000) and bad * 10 < non_ascii
    # a Windows editor's curly quotes or dashes, each alone where a character would be (a character cut in two
    # is not one), however few the file's other characters beyond ASCII
    mixed = _utf8_with_windows_1252_punctuation(raw)
    if mixed is None and not mostly_utf8 and bad * 10 < non_ascii:
        mixed = _utf8_with_windows_1252(raw, replaced)
    # each reading tried only when none before it read the file
    read = mostly_utf8 or mixed is not None
    lines = None if read else _utf8_with_legacy_lines(raw)
    read = read or lines is not None
    declared = None if read else _in_declared_charset(raw)
    read = read or declared is not None
    legacy = None if read else _decode_legacy_chinese(raw)
    if mixed is not None:
        text = mixed
        problems.append(f"{bad} bytes that are not UTF-8 read as Windows-1252 (curly quotes, dashes)")
    elif lines is not None:
        text, count, encoding = lines
        problems.append(
            f"{count} line{'s' if count > 1 else ''} that {'are' if count > 1 else 'is'} not UTF-8 decoded as {encoding}"
        )
    elif declared is not None:
        text, charset = declared
        problems.append(f"decoded as {charset}, the encoding its page declares, not UTF-8")
    elif legacy is not None:
        text, encoding = legacy
        problems.append(f"decoded as {encoding}, not UTF-8")
    else:
        if bad > max(3, len(raw) // 1000):
            raise ValueError(
                f"The file is not valid UTF-8 text: {bad} undecodable bytes, the first at byte {offset}."
            ) from None
        text = raw.decode("utf-8-sig", errors="replace")
        problems.append(f"{bad} undecodable bytes replaced")
    return text


def _utf8_with_windows_1252(raw: bytes, replaced: str) -> str | None:
    """A UTF-8 file with some Windows-1252 bytes in it (quotes and dashes of a Windows editor), when every
    byte that is not UTF-8 is one of Windows-1252's printable ones (0x80-0x9F and Latin letters). ``replaced``:
    the file read as UTF-8 with its bad bytes replaced."""
    text = raw.decode("utf-8-sig", errors="etl-windows-1252")
    if "\ufffd" in text:
        return None
    # a run of Latin-1 letters that the UTF-8 reading does not have is a legacy Chinese line ('¦ÑÁ' is Big5's 老)
    made = len(_LATIN1_RUN.findall(text)) - len(_LATIN1_RUN.findall(replaced))
    return None if made > 0 else text


# Windows-1252's punctuation: the ellipsis, the bullet, curly quotes, the dashes (0x85, 0x91-0x97)
_WINDOWS_1252_PUNCTUATION: Final = frozenset([0x85, *range(0x91, 0x98)])


def _utf8_with_windows_1252_punctuation(raw: bytes) -> str | None:
    """A UTF-8 file whose few bad bytes are each one of Windows-1252's punctuation (``_WINDOWS_1252_PUNCTUATION``)
    standing alone, read so; None when a bad byte is anything else (a character cut in two is a lead byte, or
    two or three bytes)."""
    pieces: list[str] = []
    done = 0
    while True:
        try:
            pieces.append(raw[done:].decode("utf-8"))
            return "".join(pieces)
        except UnicodeDecodeError as error:
            at = done + error.start
            if error.end - error.start != 1 or raw[at] not in _WINDOWS_1252_PUNCTUATION:
                return None
            pieces += [raw[done:at].decode("utf-8"), raw[at : at + 1].decode("cp1252")]
            done = at + 1


_LATIN1_RUN: Final = re.compile("[\u00a0-\u00ff]{3,}")
# Windows-1252's characters for the bytes 0x80-0x9F, back to those bytes (the others of them are Latin-1's own)
_WINDOWS_1252_BYTES: Final = {
    ord(bytes([byte]).decode("cp1252")): byte
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_ASCII: Final = frozenset(map(chr, range(128)))
MOJIBAKE_MIN_LETTERS: Final = 8  # of Latin-1's letters À-ÿ in a file (UTF-8's lead byte 0xC3) for a look at its runs
_LATIN1_SHARE: Final = 0.3  # of a run's visible characters, at least, for the run to be legacy bytes read as Latin-1
# a run of a line made of characters that each stand for one byte read as Latin-1 or Windows-1252
_BYTE_RUN: Final = re.compile(f"[\\x00-\\x09\\x0b-\\xff{''.join(map(chr, _WINDOWS_1252_BYTES))}]+")


def _as_read_bytes(run: str) -> bytes:
    """The bytes a run of ``_BYTE_RUN`` was read from as Latin-1 or Windows-1252."""
    try:
        return run.encode("latin-1")
    except UnicodeEncodeError:
        return bytes(code if code < 0x100 else _WINDOWS_1252_BYTES[code] for code in map(ord, run))


def _legacy_runs_read_as_latin1(text: str) -> tuple[str, int, str] | None:
    """(text, runs, encoding's name) with the runs of GB18030 or Big5 text that a tool read as Latin-1 (or
    Windows-1252) and saved as UTF-8 ('½ñÄêÈýÔÂ' for '今年三月') decoded again. A run of a line (between characters
    that are no such byte) qualifies when it is made of them (a third of it or more, 6 or more) and its bytes
    decode in one legacy encoding, whole, to Chinese text; European words ('café', 'Müller') are a few letters
    among ASCII and fail both. None when no run does."""
    found: list[tuple[re.Match[str], bytes]] = []
    for run in _BYTE_RUN.finditer(text):
        part = run[0]
        high = len(part) - len(part.encode("ascii", "ignore"))
        if (
            high >= 6
            and high >= _LATIN1_SHARE * (len(part) - part.count(" "))
            and _LATIN1_RUN.search(part)
            and len(set(part) - _ASCII) >= 4  # not one mark repeated ('······', no-break spaces)
        ):
            found.append((run, _as_read_bytes(part)))
    if not found:
        return None
    legacy = _decode_legacy_chinese(b"\n".join(raw for _, raw in found), LEGACY_CHINESE)
    if legacy is None:
        return None
    encoding = _codec(legacy[1])
    pieces: list[str] = []
    done = repaired = 0
    for run, raw in found:
        try:
            decoded = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        beyond = [char for char in decoded if ord(char) > 127]
        han = sum(1 for char in beyond if "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef")
        if beyond and han >= 0.9 * len(beyond):
            pieces += [text[done : run.start()], decoded]
            done = run.end()
            repaired += 1
    return ("".join(pieces) + text[done:], repaired, legacy[1]) if repaired else None


MIXED_MIN_UTF8_CHARS: Final = (
    20  # characters beyond ASCII in a file's UTF-8 lines, for it to be UTF-8 with legacy lines
)


def _front_matter_end(lines: list[bytes]) -> int:
    """The index of the line closing a '---' front matter opening ``lines``, or -1."""
    if not lines or lines[0].lstrip(b"\xef\xbb\xbf").strip() != b"---":
        return -1
    return next((number for number in range(1, len(lines)) if lines[number].strip() in (b"---", b"...")), -1)


_TAG_START: Final = re.compile(rb"(?=<)")


def _utf8_or_none(part: bytes) -> str | None:
    try:
        return part.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _utf8_with_legacy_lines(raw: bytes) -> tuple[str, int, str] | None:
    """(text, lines, encoding's name) of a UTF-8 file with whole lines in a legacy Chinese encoding (a paragraph
    pasted from an old GBK page): each line in the encoding it decodes in, so the post keeps every paragraph; a
    line that mixes the two (a page written on one line) is read in its parts between tags.
    None unless the UTF-8 lines hold MIXED_MIN_UTF8_CHARS characters beyond ASCII (a legacy file's lines are
    almost never valid UTF-8, but an ASCII line is both) and the other lines decode as one legacy encoding."""
    lines = raw.splitlines(keepends=True)
    pieces: list[bytes] = []  # lines, and the parts between tags of a line that mixes the two (a page on one line)
    texts: list[str | None] = []
    utf8_chars = 0
    front_end = _front_matter_end(lines)
    in_front_only = True  # every line beyond ASCII that is UTF-8 is in the front matter, every other after it
    for number, line in enumerate(lines):
        parts: list[tuple[bytes, str | None]]
        try:
            parts = [(line, line.decode("utf-8"))]
        except UnicodeDecodeError:
            parts = [(part, _utf8_or_none(part)) for part in _TAG_START.split(line)] if number > front_end else []
            parts = parts if any(text is not None and not text.isascii() for _, text in parts) else [(line, None)]
        for part, text in parts:
            pieces.append(part)
            texts.append(text)
            if text is None:
                in_front_only = in_front_only and number > front_end
                continue
            chars = sum(1 for char in text if ord(char) > 127)
            utf8_chars += chars
            in_front_only = in_front_only and (chars == 0 or number < front_end)
    # (a bot that wrote its front matter in UTF-8 and pasted the page's GBK text under it: a title of four characters)
    if utf8_chars < MIXED_MIN_UTF8_CHARS and not (in_front_only and utf8_chars and front_end > 0):
        return None
    bad = [piece for piece, text in zip(pieces, texts, strict=True) if text is None]
    legacy = _decode_legacy_chinese(b"".join(bad), LEGACY_CHINESE)
    if legacy is None:
        return None
    encoding = _codec(legacy[1])
    try:
        decoded = iter([line.decode(encoding) for line in bad])
    except (UnicodeDecodeError, LookupError):
        return None
    return "".join(text if text is not None else next(decoded) for text in texts), len(bad), legacy[1]


_FOLLOW: Final = ("关注", "關注", "订阅", "訂閱", "追蹤", "追踪")
FOLLOW_AUTHOR_TAIL: Final = 3  # of the last blocks, where the account's prompt closes a post


def _drop_follow_the_author(body: body_mod.Body, author: str) -> None:
    """A line near the end that asks to follow the post's own author, an account ('关注城东街坊' under its code to
    scan): the account's prompt, not the article's (as ``drop_follow_prompts`` names)."""
    name = author.strip("“”「」\"' ")
    for at in range(len(body.blocks) - 1, max(len(body.blocks) - 1 - FOLLOW_AUTHOR_TAIL, 0), -1):
        text = body.blocks[at].text.strip(" 。！!~～“”「」\"'")
        if (
            len(text) <= len(name) + 6
            and text.startswith(_FOLLOW)
            and text[2:].strip(" “”「」\"'：:") in (name, f"{name}公众号")
        ):
            del body.blocks[at]
            body.count("drop_follow_prompts")


SECTION_LABEL_MAX_CHARS: Final = 12


def _drop_section_label(body: body_mod.Body, terms: list[str]) -> None:
    """The page's section above the article, a line that is only one of the post's own categories or tags ('讀者來函'
    over a letter filed under it): a kicker, which ``tags`` holds."""
    first = "".join(body.blocks[0].text.split())
    if len(first) <= SECTION_LABEL_MAX_CHARS and any(first == "".join(term.split()) for term in terms):
        del body.blocks[0]
        body.count("drop_keyword_lines")


AUTHOR_BIO_TAIL: Final = 2  # of the last blocks, where a closing note on the writer sits
AUTHOR_BIO_MAX_CHARS: Final = 200
BIO_NAME_GLUED_WITHIN: Final = 8  # characters after a name run into its bio ('麥嘉朗經濟學博士，…': a card's bold name)
# what a note on a writer says of them: birth, posts held, work, books, where they are from
_BIO_WORDS: Final = re.compile(
    r"生於|生于|出生|曾任|現任|现任|現為|现为|現職|现职|現於|现于|著有|畢業|毕业|任職|任职|工作者|研究員|研究员|作家|撰稿人|記者|记者|"
    r"教師|教师|講師|讲师|教授|博士|碩士|硕士|學者|学者|專欄|专栏|護士|护士|醫師|医师|律師|律师|[\u3400-\u9fff]人[，,、]"
)


def _drop_author_bio(body: body_mod.Body, author: str) -> None:
    """A closing note on the post's own writer with no label ('葉秋明，1984年生於花蓮，曾任…', under a rule or in an author
    box): one of the last blocks, short, opening with the writer's name and what a bio says of them (``_BIO_WORDS``), a
    name the article's own text never uses (an article about a person names them throughout)."""
    name = author.strip("“”「」\"' ")
    if len(name) < 2:
        return
    for at in range(len(body.blocks) - 1, max(len(body.blocks) - 1 - AUTHOR_BIO_TAIL, 0), -1):
        text = body.blocks[at].text.lstrip("*_（( ")
        span = 1
        if at + 1 < len(body.blocks) and text == name:  # (the card's name on a line of its own, the bio under it)
            text, span = f"{name}，{body.blocks[at + 1].text}", 2
        if (
            len(text) <= AUTHOR_BIO_MAX_CHARS
            and text.startswith(name)
            and (
                text[len(name) : len(name) + 1] in _AFTER_BIO_NAME
                or _BIO_WORDS.search(text, len(name), len(name) + BIO_NAME_GLUED_WITHIN) is not None
            )
            and _BIO_WORDS.search(text, len(name)) is not None
            and not any(name in block.text for block in body.blocks[:at])
        ):
            body.count("drop_author_bios", span)
            del body.blocks[at : at + span]
            # the site's closing notes the bio had stood after (a plea for support above the author's card)
            notices = body_mod.closing_notices_start(body.blocks)
            if notices < len(body.blocks):
                body.count("drop_closing_notices", len(body.blocks) - notices)
                body.credits += [b.text for b in body.blocks[notices:] if body_mod.is_origin_note(b.text)]
                del body.blocks[notices:]
            return


_AFTER_BIO_NAME: Final = frozenset("，, \u3000：:（(")


def _drop_author_name_line(body: body_mod.Body, author: str) -> None:
    """A line that is only the post's author's name above the article's first paragraph (a forum post's member panel,
    a blog's author card): the post's byline, which ``articles.author`` holds."""
    name = author.strip("“”「」\"' ")
    for at, block in enumerate(body.blocks):
        text = block.text.strip()
        # (or the outlet's masthead: its name, then the same in Latin letters: '中港時報 ZHONGGANG TIMES')
        if (text == name or (text.startswith(name) and _LATIN_NAME.match(text, len(name)))) and at + 1 < len(
            body.blocks
        ):
            del body.blocks[at]
            body.count("drop_bylines")
            return
        if block.kind == "paragraph" and len(block.text) >= body_mod.STATED_PROSE_MIN_CHARS:
            return


_LATIN_NAME: Final = re.compile(r"\s*[|｜·]?\s*[A-Za-z][A-Za-z.&'’ -]{1,40}$")
# what a feed writes where it knows no writer
PLACEHOLDER_AUTHORS: Final = frozenset(
    {
        "anonymous",
        "anon",
        "admin",
        "administrator",
        "unknown",
        "guest",
        "none",
        "匿名",
        "佚名",
        "未知",
        "管理员",
        "管理員",
    }
)
# where a post names its outlet, beside its author
OUTLET_FIELDS: Final = ("source", "publisher", "site_name", "outlet", "media", "press")
DATED_BYLINE_SPAN: Final = 3  # of the first blocks, where a page's byline and date sit


def _drop_dated_byline(body: body_mod.Body, published: dt.datetime, names: tuple[str, ...], title: str | None) -> None:
    """A line among the first ones that holds the post's own date with only its byline around it ('林未晞　2021-05-28',
    '2021年05月28日 07:00　江城晚报', the headline, then '文／黃明哲 2021.05.28'): the page's byline, which
    ``articles.published_at`` and ``author`` hold (``boilerplate.is_dated_byline``)."""
    if body_mod.is_timeline(body.blocks):
        return  # the first entries of a timeline that opens the article are its own
    day = published.date()
    days = frozenset((d.year, d.month, d.day) for d in (day - dt.timedelta(days=1), day, day + dt.timedelta(days=1)))
    for at, block in enumerate(body.blocks[:DATED_BYLINE_SPAN]):
        text = block.text
        if title and text.startswith(title) and len(text) > len(title):
            text = text[len(title) :]  # the headline and its byline, lines of one box
        if block.kind in ("paragraph", "heading") and boilerplate.is_dated_byline(text.strip(), days, names):
            body.credits.insert(0, block.text)
            body.lead_credits += 1
            del body.blocks[at]
            body.count("drop_bylines")
            return
        if title and block.kind in ("paragraph", "heading") and boilerplate.is_headline_header(block.text, title):
            del body.blocks[at]  # the headline amid the page's header of path, date and tools
            body.count("drop_datelines")
            return
        if block.kind == "paragraph" and len(block.text) >= body_mod.STATED_PROSE_MIN_CHARS:
            return


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):  # YAML's '!!binary' tag
        value = value.decode("utf-8", errors="replace")
    if isinstance(value, dict):  # a person as a mapping ({name: 林晓, url: …}): the name
        value = next((value[k] for k in ("name", "title", "display_name", "id") if value.get(k)), None)
        if value is None or isinstance(value, dict):
            return None
    if isinstance(value, (list, tuple)):
        named = (_as_text(v) if isinstance(v, dict) else v for v in value)
        value = ", ".join(str(v) for v in named if v is not None)
    text = body_mod.normalize_text(str(value))
    return text or None


def _as_display_text(value: Any) -> str | None:
    """Titles and bylines: feeds leave entities (&#8220;) and tags (<em>) in them."""
    text = _as_text(value)
    if text and "\ufeff" in text:  # a byte order mark pasted with the text: no character a title shows
        text = text.replace("\ufeff", "")
    return (strip_literal_markup(text) or None) if text else None


def _date_field(fields: dict[str, Any]) -> object:
    """The front matter's date: ``date`` when set (an unreadable one is reported), else the first other field of
    ``DATE_FIELDS`` whose value may be a date (not a yes or no, as 'published: true' is; digits in a text)."""
    for name in DATE_FIELDS:
        value = fields.get(name)
        if not value or (isinstance(value, bool) and name != "date"):
            continue
        if name == "date" or not isinstance(value, str) or any(c.isdigit() for c in value):
            return value
    return None


def _terms(value: Any) -> list[str]:
    """Tags/categories as Jekyll reads them: a list, or a string split on spaces and commas."""
    if value is None:
        return []
    if isinstance(value, dict):  # a mapping ('tags: {a: 书店}', a CMS's id to name): its names
        value = list(value.values())
    if isinstance(value, str) and "&" in value:  # a feed's entities ('&#22478;&#24066;', '交通&amp;出行'): the text
        value = html_lib.unescape(value)
    items = value if isinstance(value, (list, tuple)) else _TERM_SEPARATORS.split(str(value))
    terms: list[str] = []
    for item in items:
        if isinstance(item, (list, tuple)):  # Hexo's nested categories ('- [游记, 华东]'): each a term
            terms.extend(t for t in _terms(list(item)) if t not in terms)
            continue
        if isinstance(item, dict):  # a CMS's term as a mapping ('- name: 书店' with its slug): its name
            named = next((item[k] for k in ("name", "title", "label", "slug") if isinstance(item.get(k), str)), None)
            if named is None and len(item) == 1:  # a term with ': ' in it ('[城市: 西区]'), which YAML made a mapping
                ((key, value),) = item.items()
                named = f"{key}: {value}" if isinstance(key, str) and isinstance(value, (str, int)) else None
            item = named
        if isinstance(item, bool):  # YAML's true, as written (str() would say 'True')
            item = "true" if item else "false"
        if isinstance(item, str) and "&" in item:
            item = html_lib.unescape(item)
        if isinstance(item, str) and _LIST_ITEM_SEPARATORS.search(item):  # one item of a list holding several
            terms.extend(t for t in _terms(_LIST_ITEM_SEPARATORS.split(item)) if t not in terms)
            continue
        text = body_mod.normalize_text(str(item)) if item is not None else ""
        text = text.lstrip("#＃").strip() if text[:1] in ("#", "＃") else text  # '#书店' is the tag 书店
        if text and text not in terms and not _ONLY_PUNCTUATION.match(text):  # not a lone '/' between terms
            terms.append(text)
    return terms


# between the terms of a string: spaces, commas, and the other marks people list with ('香港|房屋', '教育；乡村')
_TERM_SEPARATORS: Final = re.compile(r"[\s,，、;；|｜]+")
# between the terms in one item of a list (a space there is part of a term: '- 香港 房屋' stays one)
_LIST_ITEM_SEPARATORS: Final = re.compile(r"[，；;|｜]")
# a term of punctuation alone (an emoji is a tag: '🔥')
_ONLY_PUNCTUATION: Final = re.compile(r"^[\s/／\\\-–—_.。·・:：!！?？'\"“”‘’()（）\[\]【】]+$")


_PERCENT_ESCAPE: Final = re.compile("%[0-9A-Fa-f]{2}")


def _title_from_file_name(file_name: str) -> str:
    stem = file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if "%" in stem and _PERCENT_ESCAPE.search(stem):
        # a slug written as its address's escapes ('2021-05-28-%E5%A4%9C%E5%B8%82.md'): its words, when they are text
        with contextlib.suppress(UnicodeDecodeError):
            stem = urllib.parse.unquote(stem, errors="strict")
    return body_mod.normalize_text(re.sub(r"^\d{4}-\d{1,2}-\d{1,2}-", "", stem).replace("-", " ")) or stem


def _json_record_text(body: str) -> tuple[str, str] | None:
    """(field, text) of a body that is one JSON object holding the post's text in a field of BODY_FIELDS' names
    (at the top or one level down, '{"data": {"content": …}}'); None for any other body."""
    text = body.strip()
    if not text.endswith("}"):
        return None
    try:
        record = json.loads(text)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    for where in (record, *(value for value in record.values() if isinstance(value, dict))):
        for name in BODY_FIELDS:
            value = where.get(name)
            if isinstance(value, str) and value.strip():
                return name, value
    return None


def split_generator_header(body: str, title: str | None = None) -> tuple[str, int | None, str | None, str | None]:
    """Remove the feed generator's header: ``<!--ms-->``, ``[title](url)`` and a ``------`` rule. Without the
    comment or the rule, a first line linking the post's own ``title`` to a web address is the same header."""
    feed_ms = link_text = link_url = None
    body = body.lstrip("\ufeff")  # a byte order mark where the body starts (files joined, or written twice)
    match = _FEED_TIMESTAMP.match(body)
    has_comment = match is not None
    if match:
        feed_ms = int(match.group(1)) if match.group(1).isdigit() else None
        body = body[match.end() :]
    link = _markdown_link_line(body)
    if link is not None:
        text, url, end = link
        rule = _RULE_LINE.match(body, end)
        titled = title is not None and _HTTP.match(url) is not None and body_mod.normalize_text(text) == title
        if has_comment or rule or titled:
            link_text, link_url = text, url
            body = body[rule.end() if rule else end :]
    return body, feed_ms, link_text, link_url


# a front matter's address in another writing: '<https://…>', a Markdown link, or no scheme ('news.example.cn/a.html')
_BARE_HOST: Final = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?/\S*$", re.IGNORECASE)


def _web_address(value: str | None) -> str | None:
    """A front matter field's web address, as written or in another common writing of one (None: not one)."""
    if not value:
        return None
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1].strip()
    if "&" in value and ";" in value:  # an address escaped for HTML ('?id=1523&amp;page=1')
        value = html_lib.unescape(value)
    if value.startswith(("http://", "https://")) and any(char.isspace() for char in value):
        # an address folded over two lines (YAML makes the break a space: at a '/', '?', '&' or '=', it is the
        # fold's) or with a space in its path (a browser sends it as %20)
        value = "%20".join(_FOLD_AT_SEPARATOR.sub(r"\1", value).split())
    link = _markdown_link_line(value)
    if link is not None and link[2] == len(value):  # the whole value is one link: its address
        value = link[1]
    if _HTTP.match(value):
        return value
    return f"https://{value}" if _BARE_HOST.match(value) else None


_FOLD_AT_SEPARATOR: Final = re.compile(r"\s*([/?&=])\s*")
# A line that names where the post was copied from, at the body's start or end ('原文链接：https://…', 'Source: …'):
# another generator's header or footer
_SOURCE_LINE: Final = re.compile(
    r"^[>\s【\[]*(?:原文链接|原文連結|原文地址|原文網址|原文连接|原文|文章来源|文章來源|本文链接|本文連結|本文来源|本文來源|"
    r"来源|來源|出处|出處|source|original(?: link| article| url)?|via|link)\s*[】\]]?\s*[:：]\s*(.+?)\s*$",
    re.IGNORECASE,
)


def _source_line_url(body: body_mod.Body) -> str | None:
    """The web address of a source line opening or closing the body, which then leaves the blocks: the address
    written out, or the link whose text the line shows ('原文地址：<a href=…>标题</a>'), when it names one article
    (not a site's home page). None when there is none."""
    for index in (0, len(body.blocks) - 1):
        url = _named_article(body, body.blocks[index].text)
        if url is not None:
            del body.blocks[index]
            return url
    # the line may have left the text for the post's credits already (a repost's source line at the article's edge)
    for index, credit in enumerate(body.credits):
        url = _named_article(body, credit)
        if url is not None:
            del body.credits[index]
            body.lead_credits -= index < body.lead_credits
            return url
    return None


def _named_article(body: body_mod.Body, line: str) -> str | None:
    match = _SOURCE_LINE.match(line)
    if match is None:
        return None
    named = match[1]
    url = named if _HTTP.match(named) else None
    if url is None:
        url = next((link.href for link in body.links if link.text == named and _HTTP.match(link.href)), None)
    # an outlet's home page ('来源：<a href="https://news.example.com/">新闻网</a>') is no article's address
    return url if url is not None and identifies_article(url) else None


def _markdown_link_line(body: str) -> tuple[str, str, int] | None:
    """``[text](url)`` alone on the first non-blank line: (text, url, end of line); the url may be empty,
    in angle brackets or followed by a link title (CommonMark's forms)."""
    start = len(body) - len(body.lstrip())
    newline = body.find("\n", start)
    end = len(body) if newline < 0 else newline + 1
    line = body[start:end].rstrip()
    if not (line.startswith("[") and line.endswith(")")):
        return None
    middle = line.rfind("](")
    if middle <= 0:
        return None
    url = line[middle + 2 : -1].strip()
    if url.startswith("<") and ">" in url:  # '[t](<https://…>)'
        url = url[1 : url.index(">")]
    elif any(c.isspace() for c in url):
        url, _, tooltip = url.partition(" ")  # '[t](https://… "t")': a link's title after its address
        tip = tooltip.strip()
        if len(tip) < 2 or tip[0] not in "\"'(" or tip[-1] not in "\"')":
            return None
    # Markdown's escapes in the text ('竹北\\[快訊\\]'); an empty address keeps the text: '[标题]()'
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>])", r"\1", line[1:middle])
    return text, url, end


def parse_post(raw: bytes, source_path: str, now: dt.datetime | None = None) -> ParsedPost | Rejected:
    """Parse one post file. ``source_path`` is relative to its posts folder, '/'-separated."""
    try:
        return _parse(raw, source_path, now)
    except RecursionError:
        return Rejected("The post is nested too deeply to read.")
    except MemoryError:
        return Rejected("The post is too large to read in memory.")
    except ValueError as error:
        return Rejected(str(error))
    except Exception as error:
        return Rejected(f"The post could not be parsed ({type(error).__name__}: {str(error)[:200]}).")


LFS_POINTER: Final = "version https://git-lfs.github.com/spec/"


def resolve_merge_conflicts(text: str) -> tuple[str, int, str]:
    """The text with each merge conflict git left in it (a merge that failed, committed anyway: '<<<<<<< HEAD',
    one side, an optional '||||||| base' part, '=======', the other side, '>>>>>>> origin/main', each marker at
    a line's start) replaced by its first side (HEAD's); the number of conflicts and the other sides' names.
    Both sides are versions of the one post: reading both would repeat its paragraphs. Markers inside a code
    block or ``<pre>`` are an example the post shows, and stay; so does a conflict never closed. One pass over
    the lines: a damaged file of markers costs its length."""
    out: list[str] = []
    names: list[str] = []
    conflict: list[str] = []  # the current conflict's lines as written, restored if it never closes
    first_side: list[str] = []
    state = ""  # "" outside a conflict; "first", "base" or "other" inside one
    fenced, pre = False, 0
    for line in text.split("\n"):
        if not state:
            opens = line.startswith(("<<<<<<< ", "<<<<<<<\t")) or line.rstrip() == "<<<<<<<"
            if opens and not fenced and pre <= 0:
                state, conflict, first_side = "first", [line], []
                continue
            if line.lstrip().startswith(("```", "~~~")):
                fenced = not fenced
            if "<pre" in line or "</pre" in line:
                pre += line.count("<pre") - line.count("</pre")
            out.append(line)
            continue
        conflict.append(line)
        if state == "first":
            if line.startswith("|||||||"):
                state = "base"
            elif line.rstrip() == "=======":
                state = "other"
            else:
                first_side.append(line)
        elif state == "base":
            if line.rstrip() == "=======":
                state = "other"
        elif line.startswith(">>>>>>>"):
            names.append(line[7:].strip())
            out += first_side
            state = ""
    if state:
        out += conflict
    return "\n".join(out), len(names), ", ".join(sorted(set(filter(None, names))))


def _parse(raw: bytes, source_path: str, now: dt.datetime | None) -> ParsedPost | Rejected:
    file_name = source_path.rsplit("/", 1)[-1]
    if file_name.endswith("~") or file_name.startswith((".", "#")):
        # an editor's backup or lock file ('x.md~', '.x.md.swp', '#x.md#'): Jekyll never publishes it, and
        # reading it would make a second article of the post it copies
        return Rejected("The file is an editor's backup or hidden file, which Jekyll does not publish.")
    if len(raw) > MAX_POST_BYTES:
        return Rejected(
            f"The file is {len(raw) / 1e6:.1f} MB, over the {MAX_POST_BYTES // 2**20} MiB limit for one post."
        )
    text, problems = decode_post(raw)
    if text.startswith(LFS_POINTER):
        return Rejected(
            "The file is a Git LFS pointer, not the post: the clone never fetched its content (run 'git lfs pull' "
            "in the clone, then ingest again)."
        )
    if "<<<<<<<" in text:
        text, conflicts, other = resolve_merge_conflicts(text)
        if conflicts:
            problems.append(
                f"{conflicts} git merge conflict{'s' if conflicts > 1 else ''} left in the file: the first side "
                f"(HEAD) read, the other ({other or 'unnamed'}) left out"
            )
    try:
        front = read_front_matter(text)
    except FrontMatterError as error:
        return Rejected(str(error))
    if front.recovered:
        problems.append("front matter recovered line by line (invalid YAML)")
    if front.uncommented:
        problems.append(f"{', '.join(front.uncommented)} kept whole past a ' #' that YAML reads as a comment")
    if front.unclosed:
        problems.append("front matter not closed by a '---' line: it ends where the text starts")
    if front.repeated:
        problems.append("front matter written twice: the copy at the start of the body removed")
    if front.doubled:
        problems.append("the whole file written twice (its front matter and body again): read once")
    if front.added:
        problems.append(
            "a second front matter block at the start of the body read with the first (the first's values first)"
        )
    # Jekyll's keys are lower case; importers sometimes write `Title:` or `Date:`. The exact key wins.
    fields = {key.strip().lower(): value for key, value in front.fields.items()}
    fields.update({key: value for key, value in front.fields.items() if key in fields})
    for table in SUB_TABLES:  # Hugo's [params], Zola's [taxonomies] and [extra]: the post's fields, one level down
        nested = fields.get(table)
        if isinstance(nested, dict):
            for key, value in nested.items():
                fields.setdefault(str(key).strip().lower(), value)
    layout = _as_text(fields.get("layout"))
    # (a page layout on a file with its own date and no address of its own is a post all the same: Jekyll files
    # everything under _posts/ as a post, whatever its layout; an about or archive page has no date)
    if layout and layout.lower() in PAGE_LAYOUTS and (fields.get("date") is None or fields.get("permalink")):
        return Rejected(f"The file is a page with layout '{layout}', not a post.")
    published_flag = fields.get("published")
    # Jekyll reads its front matter as YAML 1.1, where 'no' and 'off' are false too
    if published_flag is False or (isinstance(published_flag, str) and published_flag.lower() in ("no", "off")):
        problems.append("marked published: false")
    if "/_drafts/" in f"/{source_path}":
        problems.append("a draft (in _drafts/): Jekyll publishes it only with --drafts")

    front_title = _as_display_text(fields.get("title"))
    body_text, feed_ms, link_text, link_url = split_generator_header(front.body, front_title)
    # before the body: a post rejected for want of a date is not extracted for nothing
    published = resolve_published_at(_date_field(fields), feed_ms, file_name, now)
    if published.at is None:
        # Jekyll files no post without a date; an undated article would also fail the publish's date check
        return Rejected(
            f"The post has no date ({published.problem}): give it a `date:` in the front matter or a file "
            "name that starts with YYYY-MM-DD-."
        )
    if published.problem:
        problems.append(f"date: {published.problem}")

    is_html = file_name.lower().endswith((".html", ".htm"))
    if not body_text.strip():
        body_field = next(
            (name for name in BODY_FIELDS if isinstance(fields.get(name), str) and fields[name].strip()), None
        )
        if body_field is not None:  # a CMS or exporter that keeps the text in the front matter, the body left empty
            body_text = fields[body_field]
            problems.append(f"text read from the front matter's '{body_field}' (the body is empty)")
    elif body_text.lstrip().startswith("{"):
        record = _json_record_text(body_text)
        if record is not None:  # a feed bot that saved its source's API answer: the text is one of its fields
            body_text = record[1]
            problems.append(f"the body is a JSON object: text read from its '{record[0]}'")
    try:
        body = body_mod.body_to_blocks(body_text, is_html, front_title or link_text)
    except (RecursionError, MemoryError):
        raise  # (parse_post says what they mean; a ValueError here is a rule's fault like any other)
    except Exception as error:  # a fault of the extraction on a page nobody foresaw: the post keeps its text
        body = body_mod.fallback_body(body_text)
        problems.append(
            f"the extraction failed on this body ({type(error).__name__}: {str(error)[:120]}): every text block of it"
            " is kept as the page holds it, chrome and all"
        )

    url = None
    # Hugo keeps a site's own fields under 'params' ([params] in TOML): the source address may be there
    params = fields.get("params")
    for where in (fields, params) if isinstance(params, dict) else (fields,):
        for name in URL_FIELDS:
            url = _web_address(_as_text(where.get(name)))
            if url:
                break
        if url:
            break
    url = url or (link_url if link_url and _HTTP.match(link_url) else None)
    if url is None and body.blocks:
        url = _source_line_url(body)
    if url is not None:
        body_mod.drop_links_to_itself(body, url)

    title, title_source = front_title, "front_matter"
    if not title:
        title, title_source = _as_display_text(link_text), "generator_link"
    if not title:
        # the headline, when drop_title_heading took it from the blocks (their first heading is a section's then)
        heading = (
            None
            if "drop_title_heading" in body.removed
            else next((b.text for b in body.blocks if b.kind == "heading"), None)
        )
        title, title_source = heading or body.page_title, "first_heading"
    if not title:
        title, title_source = _title_from_file_name(file_name), "file_name"

    shown_link_text = _as_display_text(link_text) if link_text else None
    if not body.blocks and shown_link_text and boilerplate.has_word(shown_link_text):
        # The generator's linked title is all a post without a body shows (video posts), as a title shows it.
        body.blocks = [body_mod.Block("heading", body_mod.normalize_text(shown_link_text))]

    if not body.blocks and not body.images:
        problems.append(
            "no body: the post has only its front matter"
            if not body_text.strip()
            else "no article text: everything in the body was read as the page's boilerplate"
        )

    tags = [(t, "tag") for t in _terms(fields.get("tags") or fields.get("tag"))]
    tags += [(c, "category") for c in _terms(fields.get("categories") or fields.get("category"))]
    if not tags:  # an exporter's keywords (Medium's, a CMS's) where the post names no tag or category
        tags = [(k, "tag") for k in _terms(fields.get("keywords"))]
    if tags and len(body.blocks) > 2:
        _drop_section_label(body, [name for name, _ in tags])

    author = _as_display_text(next((fields[k] for k in AUTHOR_FIELDS if fields.get(k)), None))
    if author and "@" in author:  # 'Name <mail>', as feeds write a person: the name (one person, not two)
        author = _EMAIL_AFTER_NAME.sub("", author) or author
    if author is None or author.strip().lower() in PLACEHOLDER_AUTHORS:
        # a feed that names no writer ('author: Anonymous'): the byline above the article, which left the text, does
        writer = next(filter(None, map(boilerplate.credited_writer, body.credits[: body.lead_credits])), None)
        if writer:
            author = writer
            problems.append(f"author read from the byline above the article ({writer})")
    if author and body.blocks and len(body.blocks) > 1:
        _drop_follow_the_author(body, author)
        _drop_author_name_line(body, author)
        _drop_author_bio(body, author)
    if len(body.blocks) > 1:
        outlets = (_as_text(fields.get(name)) for name in OUTLET_FIELDS)
        names = [author or "", *(name for name in outlets if name and not _HTTP.match(name))]
        # each name alone too: '记者 王小明' signs '王小明 2021-05-28'
        names = [part for name in names for part in (*name.split(","), *name.split()) if len(part.strip()) >= 2]
        names = [name.strip() for name in names]
        _drop_dated_byline(body, published.at, tuple(sorted(names, key=len, reverse=True)), title)

    key = f"url:{canonical_url(url)}" if url and identifies_article(url) else f"path:{source_path}"
    return ParsedPost(
        article_key=key,
        article_id=article_id_for(key),
        title=title,
        title_source=title_source,
        published_at=published.at,
        published_at_source=published.source,
        author=author,
        url=url,
        layout=layout,
        body_format="html" if is_html or body.method.startswith(("dom", "flat")) else body.method,
        extraction=body.method,
        problems=problems,
        blocks=body.blocks,
        credits=body.credits,
        images=body.images,
        links=body.links,
        tags=tags,
        removed=body.removed,
    )
