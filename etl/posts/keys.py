"""How a post is known across runs and archives: its article id, and the form of its source URL that finds reposts.

Kept apart from the parser (``etl.posts.parse`` uses them, and so does the warehouse's identity), so that the
process that writes the warehouse need not import the parser's rules: only the workers parse.
"""

from __future__ import annotations

import hashlib


def article_id_for(key: str) -> str:
    """Stable id of an article: a hash of its source URL, or of its path when it has none."""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def identifies_article(url: str) -> bool:
    """A site's home page (no path, no query) is not one article's address: never merge on it."""
    rest = url.split("//", 1)[-1]
    return "/" in rest.rstrip("/") or "?" in rest


def canonical_url(url: str) -> str:
    """The form of a source URL used to recognise reposts: no fragment, no trailing slash."""
    url = url.strip().split("#", 1)[0]
    return url[:-1] if url.endswith("/") and url.count("/") > 3 else url
