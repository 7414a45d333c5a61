"""Write posts with chosen titles and paragraphs (our own writing), for search and story tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def write_post(
    root: Path,
    slug: str,
    title: str,
    paragraphs: list[str],
    site: str = "news.example.com",
    day: dt.date = dt.date(2024, 3, 1),
) -> Path:
    """A post in the feed generator's template, from ``https://<site>/<slug>``."""
    folder = root / "_posts"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{day:%Y-%m-%d}-{slug}.md"
    body = "".join(f"<p>{text}</p>\n" for text in paragraphs)
    path.write_text(
        "---\n"
        "layout: post\n"
        f'title: "{title}"\n'
        f"date: {day:%Y-%m-%d}T08:00:00.000Z\n"
        f"author: {site}\n"
        f"from: https://{site}/{slug}\n"
        f"tags: [ {site} ]\n"
        f"categories: [ {site} ]\n"
        "---\n"
        f"<div>\n{body}</div>\n",
        encoding="utf-8",
    )
    return path
