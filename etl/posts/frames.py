"""Parsed posts as Polars frames, one per table of what was read from each file."""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

from etl.posts.rejected import Rejected

if TYPE_CHECKING:
    from etl.posts.parse import ParsedPost

KEY = {"posts_root": pl.String, "source_path": pl.String}

SCHEMAS: dict[str, dict[str, pl.DataType]] = {
    "parsed_posts": {
        **KEY,
        "article_id": pl.String,
        "title": pl.String,
        "title_source": pl.String,
        "published_at": pl.Datetime("us", "UTC"),
        "published_at_source": pl.String,
        "author": pl.String,
        "url": pl.String,
        "layout": pl.String,
        "body_format": pl.String,
        "extraction": pl.String,
        "problems": pl.List(pl.String),
        "credits": pl.List(pl.String),
        "removed_blocks": pl.List(pl.Struct({"rule": pl.String, "count": pl.Int32})),
        "content_hash": pl.String,
    },
    "parsed_blocks": {**KEY, "block": pl.Int32, "kind": pl.String, "text": pl.String},
    "parsed_tags": {**KEY, "tag": pl.String, "kind": pl.String},
    "parsed_images": {**KEY, "position": pl.Int32, "src": pl.String, "alt": pl.String, "caption": pl.String},
    "parsed_links": {**KEY, "position": pl.Int32, "href": pl.String, "text": pl.String},
    "rejected": {**KEY, "error": pl.String, "content_hash": pl.String},
}


def to_frames(outcomes: list[tuple[str, str, str | None, ParsedPost | Rejected]]) -> dict[str, pl.DataFrame]:
    """Frames from (posts_root, source_path, content_hash, outcome) tuples."""
    rows: dict[str, list[tuple]] = {name: [] for name in SCHEMAS}
    for root, path, digest, outcome in outcomes:
        if isinstance(outcome, Rejected):
            rows["rejected"].append((root, path, outcome.error, digest))
            continue
        post = outcome
        rows["parsed_posts"].append(
            (
                root,
                path,
                post.article_id,
                post.title,
                post.title_source,
                post.published_at,
                post.published_at_source,
                post.author,
                post.url,
                post.layout,
                post.body_format,
                post.extraction,
                post.problems,
                post.credits,
                [{"rule": k, "count": v} for k, v in sorted(post.removed.items())],
                digest,
            )
        )
        rows["parsed_blocks"] += [(root, path, i, b.kind, b.text) for i, b in enumerate(post.blocks)]
        rows["parsed_tags"] += [(root, path, tag, kind) for tag, kind in post.tags]
        rows["parsed_images"] += [(root, path, i, im.src, im.alt, im.caption) for i, im in enumerate(post.images)]
        rows["parsed_links"] += [(root, path, i, ln.href, ln.text) for i, ln in enumerate(post.links)]
    return {name: pl.DataFrame(rows[name], schema=schema, orient="row") for name, schema in SCHEMAS.items()}
