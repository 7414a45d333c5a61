"""Where the benchmarks find the real archives: the acceptance tool's extracted cache, else ../shared/corpus."""

from __future__ import annotations

import sys
import tarfile
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = CHECKOUT.parent / "shared" / "corpus"
EXTRACTED_CACHE = Path.home() / ".cache" / "etl-accept"


def find_posts(snapshot: str, corpus: Path, scratch: Path) -> Path | None:
    """The snapshot's ``_posts`` folder: the extracted cache, else extract the archive into ``scratch``."""
    cached = EXTRACTED_CACHE / snapshot / "_posts"
    if cached.is_dir() and any(cached.iterdir()):
        return cached
    archive = corpus / f"{snapshot}.tar.xz"
    if not archive.is_file():
        return None
    target = scratch / "extracted"
    print(f"extracting {archive} ...", file=sys.stderr)
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    found = target / snapshot / "_posts"
    if found.is_dir():
        return found
    candidates = sorted(target.glob("**/_posts"))
    return candidates[0] if candidates else None
