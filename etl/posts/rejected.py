"""What a post file gives when it cannot become an article.

Kept apart from the parser (``etl.posts.parse`` returns it, and so does the pool for a file it could not
read or parse), so that the process that writes the warehouse need not import the parser's rules.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Rejected:
    """``error``: why, in a sentence a person understands."""

    error: str
