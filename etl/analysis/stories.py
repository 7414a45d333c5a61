"""Stories: articles that carry the same text (a repost, another outlet's copy, the same text
in the other script, a copy with paragraphs cut) share a ``story_id``.

1. Shingle: fold (so a Traditional copy equals its Simplified original), keep letters and
   digits only, take the set of character 5-grams (each as a 64-bit hash of its code points).
2. Candidates: a rensa MinHash of each set (128 permutations) cut into 32 bands of 4;
   articles sharing a band's bucket are candidates (LSH; likely above Jaccard ~0.45). The
   buckets live in ``story_buckets``, so a run sketches only the articles it touched and
   finds their candidates among all articles with one join. A bucket that CROWDED_TEXTS or
   more different texts of one site share is that site's template (a channel's description
   glued to each video's own sentence, in one paragraph): two articles that share one are
   candidates only as copies (the same story text or whole text).
3. Verify each candidate pair on the real 5-gram sets: ``similar`` below. Verified pairs
   are kept in ``story_links``.
4. Group: in each connected component of the links, articles are taken in order of
   publication; the first one not yet placed starts a story and every unplaced article
   linked to it directly joins it. A story never chains A~B~C into one when A and C
   differ: each member is verified-similar to the story's first publication.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import duckdb
import numpy as np
import polars as pl
import rensa

from etl.warehouse import store
from etl.warehouse.few import among, listed

SQL = Path(__file__).parent / "sql"
log = logging.getLogger(__name__)

SHINGLE = 5
NUM_PERM = 128
BANDS, ROWS = 32, 4
SEED = 20261127
MIN_SHINGLES = 30  # shorter texts (a title, a video caption) are their own story
SKETCH_BATCH = 500  # articles whose 5-gram hashes (8 bytes each, ~20 MB per batch) go to rensa at once
MIN_JACCARD = 0.5  # copies with small edits
# A band's bucket shared by this many different story texts (exact copies count once) of one site is the
# site's, not a story's (as a paragraph that five of a site's articles carry is: REPEATED_BLOCK_MIN_ARTICLES).
# Measured on NodeBE4/society's clone: 1,378 videos of one channel, each a sentence of its own before the
# channel's 600-character description in the same paragraph, made one story (976,154 links in all); on oped2
# no bucket holds more than 5 articles, and none of its 116 links is lost at 5, 10 or 20.
CROWDED_TEXTS = 5
MIN_CONTAINMENT, MIN_JACCARD_CONTAINED = 0.8, 0.3  # cut copies: most of the shorter one, a third of the longer

# An article's story text, of search_paragraphs: its folded title and paragraphs, less those that many
# articles of its site carry (derive.py makes the same text for the sketches)
STORY_TEXT = (
    "coalesce(string_agg(folded, chr(10) ORDER BY position) FILTER (WHERE NOT coalesce(site_repeated, false)), '')"
)
WHOLE_TEXT = "string_agg(folded, chr(10) ORDER BY position)"  # all of it, as derive.py's folded


MULTIPLIER = np.uint64(0x100000001B3)  # FNV-1's 64-bit prime, for the polynomial hashes below
NOT_LETTER_OR_DIGIT = r"[^\p{L}\p{N}]+"  # Python's [\W_]+, in Polars' (Rust's) regex syntax


def _hash(columns: list[np.ndarray]) -> np.ndarray:
    """A 64-bit hash of each row of equally long uint64 ``columns``: a polynomial, then splitmix64's mix.

    A function of the values alone (stable across releases and machines, as the buckets stored in
    the warehouse must be), computed by numpy for a whole text or batch at once.
    """
    hashes = np.zeros(len(columns[0]), dtype=np.uint64)
    for column in columns:
        hashes = hashes * MULTIPLIER + column  # wraps modulo 2**64
    hashes = (hashes ^ (hashes >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    hashes = (hashes ^ (hashes >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return hashes ^ (hashes >> np.uint64(31))


def letters_and_digits(texts: list[str]) -> list[str]:
    """Each text without punctuation, spaces and symbols: what its 5-grams are taken from."""
    return pl.Series(texts, dtype=pl.String).str.replace_all(NOT_LETTER_OR_DIGIT, "").to_list()


def shingle_hashes(text: str) -> np.ndarray:
    """The character 5-grams of ``text`` (from ``letters_and_digits``) in order, repeats kept, as
    64-bit hashes of their code points (a Python string per 5-gram cost ~10x more).

    A MinHash over the list equals the MinHash over its set.
    """
    points = np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    count = len(points) - SHINGLE + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint64)
    return _hash([points[k : k + count] for k in range(SHINGLE)])


def shingles(folded: str) -> np.ndarray:
    """The set of character 5-grams of one folded text, punctuation and spaces removed: hashes, sorted, unique."""
    return np.unique(shingle_hashes(letters_and_digits([folded])[0]))


def _long_enough(hashes: np.ndarray) -> bool:
    """At least MIN_SHINGLES distinct 5-grams (the set is made only for short texts)."""
    return hashes.size >= 4 * MIN_SHINGLES or np.unique(hashes).size >= MIN_SHINGLES


def similar(a: np.ndarray, b: np.ndarray) -> tuple[bool, float, float]:
    """Whether two shingle sets (``shingles``) carry the same story, with their Jaccard and containment."""
    small, large = (a, b) if a.size <= b.size else (b, a)
    found = np.searchsorted(large, small)  # both sorted: where each of the smaller set's would be
    shared = int(np.count_nonzero(large[np.minimum(found, large.size - 1)] == small)) if large.size else 0
    jaccard = shared / (a.size + b.size - shared) if a.size or b.size else 0.0
    containment = shared / min(a.size, b.size) if a.size and b.size else 0.0
    same = jaccard >= MIN_JACCARD or (containment >= MIN_CONTAINMENT and jaccard >= MIN_JACCARD_CONTAINED)
    return same, jaccard, containment


def buckets(article_ids: list[str], hashes: list[np.ndarray]) -> pl.DataFrame:
    """LSH buckets (band, bucket, article_id) of the articles' MinHash signatures (of ``shingle_hashes``):
    a band's bucket is a hash of its ROWS values."""
    schema = {"band": pl.Int16, "bucket": pl.Int64, "article_id": pl.String}
    if not hashes:
        return pl.DataFrame(schema=schema)
    offsets = np.cumsum([0, *(h.size for h in hashes)], dtype=np.uint64)
    matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(np.concatenate(hashes), offsets, NUM_PERM, SEED)
    bands = np.array(matrix.to_rows(), dtype=np.uint64).reshape(len(hashes) * BANDS, ROWS)
    return pl.DataFrame(
        {
            "band": np.tile(np.arange(BANDS, dtype=np.int16), len(hashes)),
            "bucket": (_hash(list(bands.T)) >> np.uint64(1)).astype(np.int64),
            "article_id": pl.Series(article_ids, dtype=pl.String).gather(np.repeat(np.arange(len(hashes)), BANDS)),
        },
        schema=schema,
    )


def _component_of(pairs: list[tuple[str, str]]) -> Callable[[str], str]:
    """Union-find over ``pairs``: the returned function names the connected component of an article."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    return find


def group(first: np.ndarray, second: np.ndarray, articles: int) -> np.ndarray:
    """The story of each of ``articles`` numbered 0, 1 ... in order of publication, from their links
    (``first[i]`` to ``second[i]``): the number of the story's first article, -1 for an article without
    links (see the module docstring, step 4).

    Taking every article of the scope in that order is taking each component's in that order (a
    story never leaves its component), so no components are needed; numbers and two arrays, not
    Python objects per link (250 k links at 10x).
    """
    ends = np.concatenate([first, second]).astype(np.int64)
    others = np.concatenate([second, first]).astype(np.int64)
    by_end = np.argsort(ends, kind="stable")
    neighbours = others[by_end].tolist()
    bounds = np.searchsorted(ends[by_end], np.arange(articles + 1)).tolist()
    story = [-1] * articles
    for article in range(articles):
        low, high = bounds[article], bounds[article + 1]
        if low == high or story[article] != -1:
            continue
        story[article] = article
        for other in neighbours[low:high]:
            if story[other] == -1:
                story[other] = article
    return np.array(story, dtype=np.int64)


def start(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the buckets and links of the articles in ``analysis_todo`` (they are sketched again).

    Their articles and the articles linked to them so far are kept in ``story_seeds``: the
    regroup starts from them (see ``_regroup``).
    """
    con.execute("CREATE OR REPLACE TEMP TABLE story_seeds (article_id VARCHAR)")
    # kept for ``link``: which buckets were templates before this run (see ``_store_buckets``)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE old_story_buckets AS "
        "SELECT * FROM story_buckets WHERE article_id IN (SELECT article_id FROM analysis_todo)"
    )
    con.execute("DELETE FROM story_buckets WHERE article_id IN (SELECT article_id FROM analysis_todo)")
    _unlink(con, "analysis_todo")


def _unlink(con: duckdb.DuckDBPyConnection, articles: str) -> None:
    """Drop the links of the articles listed in the table ``articles``; they and the articles linked to them
    so far join ``story_seeds``, where the regroup starts (see ``_regroup``)."""
    con.execute(
        f"""
        INSERT INTO story_seeds
        SELECT article_id FROM {articles}
        UNION SELECT article_b FROM story_links SEMI JOIN {articles} t ON t.article_id = article_a
        UNION SELECT article_a FROM story_links SEMI JOIN {articles} t ON t.article_id = article_b
        """
    )
    con.execute(
        f"DELETE FROM story_links WHERE article_a IN (SELECT article_id FROM {articles}) "
        f"OR article_b IN (SELECT article_id FROM {articles})"
    )


EXACT_BAND = BANDS  # the band whose bucket is a hash of the whole text (see ``sketch``)
COPY_BAND = -1  # the band whose bucket is a hash of the story text itself: exact copies (see ``link``)


def sketch(article_ids: list[str], story_texts: list[str], whole_texts: list[str]) -> pl.DataFrame:
    """LSH buckets of live articles' folded story texts; texts too short to compare get none.

    An article whose story text leaves out paragraphs its site repeats also gets a bucket in
    EXACT_BAND from its whole text, when that is long enough: copies of one whole post (the same
    article posted again and again by a site) are candidates, verified on their story texts, while
    posts that share only the site's text (a channel's description under other titles) are not.
    """
    parts = []
    for start in range(0, len(article_ids), SKETCH_BATCH):
        end = start + SKETCH_BATCH
        ids, stories, wholes = article_ids[start:end], story_texts[start:end], whole_texts[start:end]
        texts = letters_and_digits(stories)
        batch = [(a, shingle_hashes(t)) for a, t in zip(ids, texts, strict=True)]
        long_enough = [_long_enough(hashes) for _, hashes in batch]
        batch = [item for item, keep in zip(batch, long_enough, strict=True) if keep]
        parts.append(buckets([a for a, _ in batch], [s for _, s in batch]))
        copies = [(a, t) for a, t, keep in zip(ids, texts, long_enough, strict=True) if keep]
        parts.append(_exact_buckets(COPY_BAND, copies))
        cut = [(a, w) for a, t, w in zip(ids, stories, wholes, strict=True) if t != w]
        whole = letters_and_digits([w for _, w in cut])
        exact = [(a, w) for (a, _), w in zip(cut, whole, strict=True) if _long_enough(shingle_hashes(w))]
        parts.append(_exact_buckets(EXACT_BAND, exact))
    return pl.concat(parts) if parts else buckets([], [])


def _exact_buckets(band: int, texts: list[tuple[str, str]]) -> pl.DataFrame:
    """One bucket in ``band`` per (article_id, text): a hash of the text."""
    return pl.DataFrame(
        {
            "band": [band] * len(texts),
            "bucket": [_text_bucket(t) for _, t in texts],
            "article_id": [a for a, _ in texts],
        },
        schema={"band": pl.Int16, "bucket": pl.Int64, "article_id": pl.String},
    )


def _text_bucket(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little") >> 1


def _story_texts(con: duckdb.DuckDBPyConnection, ids: list[str], whole: bool = True) -> pl.DataFrame:
    """(article_id, text, whole): the story text (``STORY_TEXT``) and the whole folded text of each of
    the articles ``ids`` (without ``whole`` when not asked)."""
    columns = f"{STORY_TEXT} AS text, {WHOLE_TEXT} AS whole" if whole else f"{STORY_TEXT} AS text"
    return store.frame(
        con,
        f"SELECT article_id, {columns} FROM search_paragraphs "
        f"WHERE article_id IN (SELECT unnest($ids::JSON::VARCHAR[])) AND {among('article_id')} GROUP BY article_id",
        {"ids": listed(ids)},
    )


def rebuild(con: duckdb.DuckDBPyConnection, batch: int = 1000) -> None:
    """Sketch, link and group every article again from the story texts in ``search_paragraphs``.

    For a warehouse whose buckets were made with another hash or whose story texts changed (an
    upgrade): the same as the derivation of a run that touched every article, without re-indexing.
    """
    con.execute("CREATE OR REPLACE TEMP TABLE analysis_todo AS SELECT article_id FROM articles")
    start(con)
    ids = [
        row[0] for row in con.execute("SELECT article_id FROM articles WHERE deleted_at IS NULL ORDER BY 1").fetchall()
    ]
    sketches = []
    for first in range(0, len(ids), batch):
        texts = _story_texts(con, ids[first : first + batch])
        sketches.append(sketch(texts["article_id"].to_list(), texts["text"].to_list(), texts["whole"].to_list()))
    link(con, pl.concat(sketches) if sketches else sketch([], [], []))


def link(con: duckdb.DuckDBPyConnection, new_buckets: pl.DataFrame) -> None:
    """Store the new buckets, verify the candidate pairs they make, store the links, regroup stories."""
    started = time.monotonic()
    store.register(con, "new_story_buckets", new_buckets)
    try:
        crowded, relinked = _store_buckets(con)
    finally:
        con.unregister("new_story_buckets")
    store.register(con, "crowded_story_buckets", crowded)
    try:
        con.execute(
            """
            CREATE OR REPLACE TEMP TABLE story_candidates AS
            SELECT least(n.article_id, o.article_id) AS article_a, greatest(n.article_id, o.article_id) AS article_b,
                   bool_or(n.band = $copy) AS copy
            FROM linking_story_buckets n JOIN story_buckets o USING (band, bucket)
            LEFT JOIN (SELECT band, bucket, true AS crowded FROM crowded_story_buckets) c USING (band, bucket)
            WHERE n.article_id <> o.article_id
            GROUP BY ALL
            -- two texts that both carry their site's template are one story only as copies
            HAVING bool_or(n.band IN ($copy, $exact)) OR NOT bool_or(coalesce(c.crowded, false))
            """,
            {"copy": COPY_BAND, "exact": EXACT_BAND},
        )
    finally:
        con.unregister("crowded_story_buckets")
    # Exact copies (the same story text, by a 63-bit hash) are linked here, without their sets or any
    # Python object per pair (merged clones of one archive are mostly such copies). An article sketched
    # before COPY_BAND existed has no such bucket: its copies are verified below, as equal texts.
    (candidates, copies) = con.execute("SELECT count(*), count(*) FILTER (WHERE copy) FROM story_candidates").fetchone()
    con.execute("INSERT INTO story_links SELECT article_a, article_b, 1.0, 1.0 FROM story_candidates WHERE copy")
    pairs = con.execute("SELECT article_a, article_b FROM story_candidates WHERE NOT copy").fetchall()
    sizes = dict(
        con.execute(
            "SELECT article_id, sum(length(folded))::BIGINT FROM search_paragraphs "
            f"WHERE article_id IN (SELECT unnest($ids::JSON::VARCHAR[])) AND {among('article_id')} GROUP BY article_id",
            {"ids": listed(sorted({x for pair in pairs for x in pair}))},
        ).fetchall()
    )
    verified = [link for chunk in _chunks(pairs, sizes) for link in _verify(con, chunk)]
    log.info(
        f"stories: {new_buckets['article_id'].n_unique()} articles sketched"
        + (
            f" ({relinked} others linked again: a site's template bucket crossed {CROWDED_TEXTS} texts)"
            if relinked
            else ""
        )
        + f", {candidates} candidate pairs, {copies + len(verified)} verified, {copies} of them exact copies, "
        f"{crowded.height} template buckets left out ({time.monotonic() - started:.1f} s)"
    )
    store.register(
        con,
        "new_story_links",
        pl.DataFrame(
            verified,
            schema={"article_a": pl.String, "article_b": pl.String, "jaccard": pl.Float64, "containment": pl.Float64},
            orient="row",
        ),
    )
    try:
        con.execute("INSERT INTO story_links SELECT * FROM new_story_links")
    finally:
        con.unregister("new_story_links")
    _regroup(con)


def _crowded(con: duckdb.DuckDBPyConnection, buckets_table: str, *, also: str | None = None) -> pl.DataFrame:
    """(band, bucket) of the buckets in ``buckets_table`` that CROWDED_TEXTS or more different story texts of
    one site share, counted over ``story_buckets`` (and the rows of ``also``, an article's buckets before
    this run). A text is its COPY_BAND bucket; an article without one counts as a text of its own."""
    rows = "story_buckets" if also is None else f"(SELECT * FROM story_buckets UNION ALL SELECT * FROM {also})"
    return store.frame(
        con,
        f"""
        WITH member AS (SELECT DISTINCT b.band, b.bucket, b.article_id FROM {rows} b SEMI JOIN {buckets_table} USING (band, bucket)),
        text AS (SELECT DISTINCT article_id, bucket AS text FROM {rows} t
                 WHERE band = $copy_band AND article_id IN (SELECT article_id FROM member))
        SELECT DISTINCT band, bucket FROM (
            SELECT m.band, m.bucket, a.site, count(DISTINCT coalesce(t.text, hash(m.article_id))) AS texts
            FROM member m LEFT JOIN articles a USING (article_id) LEFT JOIN text t USING (article_id)
            GROUP BY ALL
        ) WHERE texts >= $crowded_texts
        """,
        {"copy_band": COPY_BAND, "crowded_texts": CROWDED_TEXTS},
    )


def _store_buckets(con: duckdb.DuckDBPyConnection) -> tuple[pl.DataFrame, int]:
    """Add ``new_story_buckets`` to ``story_buckets`` and list in ``linking_story_buckets`` the buckets that
    candidates come from: the new ones, and those of the articles to link again (``story_relink``).

    Those are the members of a bucket this run made a template or stopped being one: their links go and
    are found again, and their components regrouped, so that a run gives the stories a full load of the
    same posts gives. Returns the template buckets among those of ``linking_story_buckets`` (see
    ``_crowded``) and how many articles are linked again."""
    lsh_only = {"last": BANDS - 1}
    con.execute(
        "CREATE OR REPLACE TEMP TABLE touched_story_buckets AS SELECT DISTINCT band, bucket FROM "
        "(SELECT band, bucket FROM old_story_buckets UNION ALL SELECT band, bucket FROM new_story_buckets) "
        "WHERE band BETWEEN 0 AND $last",
        lsh_only,
    )
    before = _crowded(con, "touched_story_buckets", also="old_story_buckets")
    con.execute("INSERT INTO story_buckets SELECT * FROM new_story_buckets")
    crowded = _crowded(con, "touched_story_buckets")
    keys = ["band", "bucket"]
    changed = pl.concat([before.join(crowded, on=keys, how="anti"), crowded.join(before, on=keys, how="anti")])
    store.register(con, "changed_story_buckets", changed)
    try:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE story_relink AS SELECT DISTINCT article_id FROM story_buckets "
            "SEMI JOIN changed_story_buckets USING (band, bucket) "
            "WHERE article_id NOT IN (SELECT article_id FROM analysis_todo)"
        )
    finally:
        con.unregister("changed_story_buckets")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE linking_story_buckets AS SELECT * FROM new_story_buckets "
        "UNION ALL SELECT * FROM story_buckets WHERE article_id IN (SELECT article_id FROM story_relink)"
    )
    (relinked,) = con.execute("SELECT count(*) FROM story_relink").fetchone()
    if not relinked:
        return crowded, 0
    _unlink(con, "story_relink")
    # the relinked articles' other buckets, which this run did not touch
    con.execute(
        "CREATE OR REPLACE TEMP TABLE relink_story_buckets AS SELECT DISTINCT band, bucket FROM story_buckets "
        "ANTI JOIN touched_story_buckets USING (band, bucket) "
        "WHERE article_id IN (SELECT article_id FROM story_relink) AND band BETWEEN 0 AND $last",
        lsh_only,
    )
    return pl.concat([crowded, _crowded(con, "relink_story_buckets")]), relinked


VERIFY_CHARACTERS = 10_000_000  # text whose shingle sets are held at once while verifying (~200 MB at most)


def _chunks(pairs: list[tuple[str, str]], sizes: dict[str, int]) -> list[list[tuple[str, str]]]:
    """Candidate pairs in chunks whose articles hold at most ~VERIFY_CHARACTERS of text (``sizes``).

    Pairs are taken component by component of the candidate graph, so copies of one story
    (which pair with each other) land in one chunk and each article's set is made once or twice.
    """
    if sum(sizes.values()) <= VERIFY_CHARACTERS:
        return [pairs] if pairs else []
    find = _component_of(pairs)
    by_component: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair in pairs:
        by_component[find(pair[0])].append(pair)
    ordered = [pair for component in by_component.values() for pair in component]
    chunks: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    members: set[str] = set()
    held = 0
    for pair in ordered:
        new = [x for x in pair if x not in members]
        grow = sum(sizes.get(x, 0) for x in new)
        if current and held + grow > VERIFY_CHARACTERS:
            chunks.append(current)
            current, members, held = [], set(), 0
            new, grow = list(pair), sum(sizes.get(x, 0) for x in pair)
        current.append(pair)
        members.update(new)
        held += grow
    if current:
        chunks.append(current)
    return chunks


def _verify(con: duckdb.DuckDBPyConnection, pairs: list[tuple[str, str]]) -> list[tuple[str, str, float, float]]:
    """The pairs whose real 5-gram sets carry the same story, with Jaccard and containment.

    Two equal texts need no sets (exact copies mostly come linked by ``COPY_BAND``; this catches those
    of articles sketched before it): Jaccard and containment are 1. Other articles' sets are made
    once, when first needed.
    """
    folded = _story_texts(con, sorted({x for pair in pairs for x in pair}), whole=False).select(
        "article_id",
        pl.col("text").str.replace_all(NOT_LETTER_OR_DIGIT, ""),  # letters_and_digits, in place
    )
    texts = dict(zip(folded["article_id"].to_list(), folded["text"].to_list(), strict=True))
    del folded
    sets: dict[str, np.ndarray] = {}

    def set_of(article_id: str) -> np.ndarray:
        if article_id not in sets:
            sets[article_id] = np.unique(shingle_hashes(texts[article_id]))
        return sets[article_id]

    verified = []
    for a, b in pairs:
        if texts[a] == texts[b] and len(texts[a]) >= SHINGLE:
            verified.append((a, b, 1.0, 1.0))
            continue
        same, jaccard, containment = similar(set_of(a), set_of(b))
        if same:
            verified.append((a, b, jaccard, containment))
    return verified


def _regroup(con: duckdb.DuckDBPyConnection) -> None:
    """Group again the connected components of the links that hold a seed, and write only the
    stories whose membership changed.

    Links are only ever removed or added at touched articles, so a component without a seed
    (a touched article or one linked to it before this run) has the same links, members and
    publication dates as before: its stories stand. A component that lost a touched article
    may fall apart, but each piece holds one of the touched article's former neighbours,
    hence a seed. The component grouped is a function of the links alone, so this equals
    grouping every link again (reading all links and grouping in Python took 2 s at 56k articles).
    """
    scope = _linked_closure(con, "story_seeds")
    # numbered in the order stories take their articles: publication, then article_id
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE story_scope AS
        SELECT article_id, (row_number() OVER (ORDER BY published_at IS NULL, published_at, article_id) - 1)::INTEGER AS n
        FROM articles WHERE article_id IN (SELECT unnest($ids::JSON::VARCHAR[]))
        """,
        {"ids": listed(sorted(scope))},
    )
    links = con.execute(
        "SELECT a.n AS first, b.n AS second FROM story_links "
        "JOIN story_scope a ON a.article_id = article_a JOIN story_scope b ON b.article_id = article_b"
    ).fetchnumpy()
    names = store.frame(con, "SELECT article_id FROM story_scope ORDER BY n").to_series()
    story = group(links["first"], links["second"], len(names))
    linked = story >= 0
    store.register(
        con,
        "linked_stories",
        pl.DataFrame({"article_id": names.filter(linked), "story_id": names.gather(story[linked])}),
    )
    try:
        con.execute((SQL / "stories_update.sql").read_text(encoding="utf-8"))
    finally:
        con.unregister("linked_stories")


def _linked_closure(con: duckdb.DuckDBPyConnection, seeds_table: str) -> set[str]:
    """The articles of ``seeds_table`` and every article reachable from them over ``story_links``.

    Breadth first, one join per step: components are small (the copies of one text), so a
    few steps over the links table, not a read of all of it into Python.
    """
    found = {row[0] for row in con.execute(f"SELECT DISTINCT article_id FROM {seeds_table}").fetchall()}
    frontier = sorted(found)
    while frontier:
        reached = con.execute(
            """
            WITH f AS (SELECT unnest($ids::JSON::VARCHAR[]) AS article_id)
            SELECT article_b FROM story_links SEMI JOIN f ON f.article_id = article_a
            UNION SELECT article_a FROM story_links SEMI JOIN f ON f.article_id = article_b
            """,
            {"ids": listed(frontier)},
        ).fetchall()
        frontier = sorted({row[0] for row in reached} - found)
        found.update(frontier)
    return found
