"""Stories: reposts and copies (other outlet, other script, a paragraph cut) share a story;
articles on the same topic in other words do not; updates are incremental."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import numpy as np
import opencc
import pytest

from etl.analysis.stories import group, shingles, similar
from etl.ingest import ingest
from tests.newsgen import write_post

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

BRIDGE = [
    "本市东区的跨河大桥昨晚出现明显裂缝，交通部门随即封闭了两条行车道，只允许小型车辆缓慢通过。",
    "据现场工程人员介绍，裂缝位于桥面中段的伸缩缝附近，长度约为三米，暂未发现钢筋外露的情况。",
    "附近居民表示，过去半年来经常听到桥面传出异响，曾多次向区政府反映，但一直没有得到回应。",
    "交通部门发言人在记者会上说，检测团队将连夜进行结构评估，预计本周五之前公布初步结果。",
    "在此期间，公交公司已临时调整六条线路，乘客可通过官方应用程序查询最新的班次与绕行路线。",
]
# the same topic, written anew: shares names and a few words, not text
BRIDGE_OTHER = [
    "东区跨河大桥封闭两条车道一事引发热议，不少司机抱怨早高峰通勤时间增加了一个多小时。",
    "有道路工程学者接受采访时指出，该桥建成已近四十年，伸缩缝老化是同类桥梁的常见问题。",
    "区议员呼吁政府公开历年的桥梁检测报告，并设立专门热线回应居民对安全问题的疑虑。",
    "交通部门则强调，目前桥梁整体结构稳定，封闭车道只是预防措施，市民无需过度担心。",
]
# quotes one paragraph of the story, otherwise about something else
MARKET = [
    "夜市管理处今天公布新的摊位抽签办法，申请人须提交过去一年的营业记录与卫生检查证明。",
    "交通部门发言人在记者会上说，检测团队将连夜进行结构评估，预计本周五之前公布初步结果。",
    "摊贩协会认为新办法对小本经营者不公平，准备在下月的公听会上提出修改意见。",
    "管理处回应称，抽签过程将全程录像并在网上公开，欢迎各界监督。",
]
LIBRARY = [
    "市立图书馆宣布自下月起延长周末开放时间，晚间自习区将开放至十点。",
    "馆方表示，此举是回应学生在考试季对自习座位的强烈需求。",
    "新增的人手将由志愿者和临时雇员承担，预计每年增加开支约二十万元。",
]
TO_TRADITIONAL = opencc.OpenCC("s2t")


def write_story_posts(root: Path) -> None:
    write_post(root, "bridge", "东区大桥出现裂缝 两车道封闭", BRIDGE, site="a.example.com", day=dt.date(2024, 5, 1))
    write_post(root, "bridge-repost", "大桥裂缝：两车道封闭", BRIDGE, site="b.example.com", day=dt.date(2024, 5, 2))
    write_post(
        root,
        "bridge-tw",
        TO_TRADITIONAL.convert("东区大桥出现裂缝"),
        [TO_TRADITIONAL.convert(p) for p in BRIDGE],
        site="tw.example.org",
        day=dt.date(2024, 5, 3),
    )
    write_post(
        root, "bridge-cut", "东区大桥裂缝", BRIDGE[:2] + BRIDGE[3:], site="c.example.com", day=dt.date(2024, 5, 4)
    )
    write_post(root, "bridge-debate", "大桥封路引热议", BRIDGE_OTHER, site="b.example.com", day=dt.date(2024, 5, 5))
    write_post(root, "night-market", "夜市摊位改抽签", MARKET, site="a.example.com", day=dt.date(2024, 5, 6))


def rows(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def stories_by_slug(warehouse: Path) -> dict[str, str]:
    """slug of each live article -> slug of its story's first article."""
    found = rows(
        warehouse,
        """
        SELECT regexp_extract(a.url, '[^/]+$'), regexp_extract(f.url, '[^/]+$')
        FROM stories s JOIN articles a USING (article_id) JOIN articles f ON f.article_id = s.story_id
        """,
    )
    return dict(found)


@pytest.fixture
def loaded(tmp_path: Path) -> tuple[Path, Path]:
    root, warehouse = tmp_path / "posts", tmp_path / "wh" / "news.duckdb"
    write_story_posts(root)
    ingest([root], warehouse, workers=0, now=T0)
    return root, warehouse


def test_similar_on_shingles():
    original = shingles("".join(BRIDGE))
    assert similar(original, shingles("".join(BRIDGE[:2] + BRIDGE[3:])))[0]
    assert not similar(original, shingles("".join(BRIDGE_OTHER)))[0]
    assert not similar(original, shingles("".join(MARKET)))[0]


def links(*pairs: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    return np.array([a for a, _ in pairs], dtype=np.int32), np.array([b for _, b in pairs], dtype=np.int32)


def test_group_does_not_chain():
    # articles 0, 1, 2 in order of publication: 1 is a copy of 0, 2 a copy of 1's other half: 2 is not 0's story
    assert group(*links((0, 1), (1, 2)), 3).tolist() == [0, 0, 2]
    assert group(*links((0, 1), (1, 2), (0, 2)), 3).tolist() == [0, 0, 0]
    # the order is the articles' numbers, whichever end of a link they are; unlinked articles have none
    assert group(*links((2, 1), (3, 1)), 5).tolist() == [-1, 1, 1, 1, -1]
    assert group(*links(), 2).tolist() == [-1, -1]


def test_copies_share_a_story_and_near_misses_do_not(loaded):
    _, warehouse = loaded
    assert stories_by_slug(warehouse) == {
        "bridge": "bridge",
        "bridge-repost": "bridge",
        "bridge-tw": "bridge",  # the other script
        "bridge-cut": "bridge",  # a paragraph cut
        "bridge-debate": "bridge-debate",  # same topic, other text
        "night-market": "night-market",  # quotes one paragraph
    }
    ((first_site, sites, outlets, size, span),) = rows(
        warehouse,
        "SELECT first_site, sites, outlets, size, span FROM story_summary WHERE size > 1",
    )
    assert (first_site, sites, outlets, size) == (
        "a.example.com",
        ["a.example.com", "b.example.com", "tw.example.org", "c.example.com"],
        4,
        4,
    )
    assert span == dt.timedelta(days=3)
    assert rows(warehouse, "SELECT count(*) FROM story_summary") == [(3,)]
    assert rows(warehouse, "SELECT script, count(*) FROM articles GROUP BY 1 ORDER BY 1") == [
        ("zh-Hans", 5),
        ("zh-Hant", 1),
    ]


def test_edits_and_deletions_update_stories(loaded, tmp_path: Path):
    root, warehouse = loaded
    # the cut copy is rewritten into other text, the repost is deleted
    write_post(root, "bridge-cut", "图书馆延长开放", LIBRARY, site="c.example.com", day=dt.date(2024, 5, 4))
    (root / "_posts" / "2024-05-02-bridge-repost.md").unlink()
    ingest([root], warehouse, workers=0, now=T0 + dt.timedelta(hours=1))
    found = stories_by_slug(warehouse)
    assert found["bridge-tw"] == "bridge" and found["bridge-cut"] == "bridge-cut"
    assert "bridge-repost" not in found  # deleted: no longer a live article
    assert rows(warehouse, "SELECT size, outlets, sites FROM story_summary WHERE size > 1") == [
        (2, 2, ["a.example.com", "tw.example.org"])
    ]
    assert rows(
        warehouse,
        "SELECT count(*) FROM story_summary WHERE story_id NOT IN (SELECT story_id FROM stories)",
    ) == [(0,)]
    # the same files loaded at once give the same stories and summaries
    fresh = tmp_path / "fresh" / "news.duckdb"
    ingest([root], fresh, workers=0, now=T0)
    summary = "SELECT story_id, first_site, sites, outlets, size, span FROM story_summary ORDER BY ALL"
    assert rows(fresh, "SELECT * FROM stories ORDER BY ALL") == rows(warehouse, "SELECT * FROM stories ORDER BY ALL")
    assert rows(fresh, summary) == rows(warehouse, summary)
    # the edit back joins the story again
    write_post(
        root, "bridge-cut", "东区大桥裂缝", BRIDGE[:2] + BRIDGE[3:], site="c.example.com", day=dt.date(2024, 5, 4)
    )
    ingest([root], warehouse, workers=0, now=T0 + dt.timedelta(hours=2))
    assert stories_by_slug(warehouse)["bridge-cut"] == "bridge"


def test_every_live_article_has_one_story(loaded):
    _, warehouse = loaded
    assert rows(
        warehouse,
        """
        SELECT count(*) FROM articles a
        WHERE a.deleted_at IS NULL AND (SELECT count(*) FROM stories s WHERE s.article_id = a.article_id) <> 1
        """,
    ) == [(0,)]


def test_batches_and_verification_chunks_add_up(loaded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Text read one article at a time and pairs verified two articles at a time: the same stories."""
    root, warehouse = loaded
    monkeypatch.setattr("etl.analysis.derive.BATCH", 1)
    monkeypatch.setattr("etl.analysis.stories.VERIFY_CHARACTERS", 1)  # two articles at a time
    small = tmp_path / "small" / "news.duckdb"
    ingest([root], small, workers=0, now=T0)
    for sql in ("SELECT * FROM stories ORDER BY ALL", "SELECT * FROM story_links ORDER BY ALL"):
        assert rows(small, sql) == rows(warehouse, sql)


def test_exact_copies_linked_in_sql_equal_the_verified_ones(loaded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Exact copies are linked by their COPY_BAND bucket without their sets; a warehouse sketched without
    that band (before it existed) verifies them in Python: the same links and stories."""
    from etl.analysis import stories

    root, warehouse = loaded
    ((copies,),) = rows(warehouse, "SELECT count(*) FROM story_buckets WHERE band = -1")
    assert copies >= 2  # the bridge and its repost at least
    exact = stories._exact_buckets
    monkeypatch.setattr(stories, "_exact_buckets", lambda band, texts: exact(band, [] if band < 0 else texts))
    older = tmp_path / "older" / "news.duckdb"
    ingest([root], older, workers=0, now=T0)
    assert rows(older, "SELECT count(*) FROM story_buckets WHERE band = -1") == [(0,)]
    for sql in ("SELECT * FROM stories ORDER BY ALL", "SELECT * FROM story_links ORDER BY ALL"):
        assert rows(older, sql) == rows(warehouse, sql)


def test_verification_chunks_hold_each_pair_once_and_few_articles(monkeypatch: pytest.MonkeyPatch):
    from etl.analysis import stories

    monkeypatch.setattr(stories, "VERIFY_CHARACTERS", 400)
    # three stories of copies (every copy a candidate of every other) and a chain
    pairs = [(f"{s}{i}", f"{s}{j}") for s in "abc" for i in range(4) for j in range(i + 1, 4)]
    pairs += [("x1", "x2"), ("x2", "x3"), ("x3", "x4"), ("x4", "x5")]
    chunks = stories._chunks(pairs, {x: 100 for pair in pairs for x in pair})  # 100 characters each
    assert sorted(p for chunk in chunks for p in chunk) == sorted(pairs)
    assert all(len({x for p in chunk for x in p}) <= 4 for chunk in chunks)
    # one story's copies are verified together
    assert any({x for p in chunk for x in p} == {"a0", "a1", "a2", "a3"} for chunk in chunks)


def test_regroup_reads_only_the_touched_components_and_equals_a_full_regroup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A hub copy (the story and the debate in one post) links two texts that are not alike; when
    it goes, its component falls apart into pieces that hold no touched article. Stories that the
    run did not touch (the library's) are not grouped again, and the result equals a full load."""
    from etl.analysis import stories

    # The hub shares about half of its 5-grams with each part: LSH with bands of 4 finds such a pair
    # with probability ~0.87. This test is about the regroup: bands of one make every such pair a candidate.
    monkeypatch.setattr(stories, "BANDS", stories.NUM_PERM)
    monkeypatch.setattr(stories, "ROWS", 1)
    root, warehouse = tmp_path / "posts", tmp_path / "wh" / "news.duckdb"
    write_post(root, "hub", "大桥与热议", BRIDGE + BRIDGE_OTHER, site="h.example.com", day=dt.date(2024, 4, 30))
    write_post(root, "bridge", "东区大桥出现裂缝", BRIDGE, site="a.example.com", day=dt.date(2024, 5, 1))
    write_post(root, "debate", "大桥封路引热议", BRIDGE_OTHER, site="b.example.com", day=dt.date(2024, 5, 2))
    write_post(root, "debate-repost", "热议", BRIDGE_OTHER, site="c.example.com", day=dt.date(2024, 5, 3))
    write_post(root, "library", "图书馆延长开放", LIBRARY, site="a.example.com", day=dt.date(2024, 5, 4))
    write_post(root, "library-repost", "图书馆", LIBRARY, site="b.example.com", day=dt.date(2024, 5, 5))
    ingest([root], warehouse, workers=0, now=T0)
    assert stories_by_slug(warehouse) == {
        "hub": "hub",
        "bridge": "hub",
        "debate": "hub",
        "debate-repost": "hub",
        "library": "library",
        "library-repost": "library",
    }
    grouped: list[str] = []
    closure = stories._linked_closure

    def spy(con, seeds_table):
        scope = closure(con, seeds_table)
        grouped.extend(scope)
        return scope

    monkeypatch.setattr(stories, "_linked_closure", spy)
    (root / "_posts" / "2024-04-30-hub.md").unlink()
    ingest([root], warehouse, workers=0, now=T0 + dt.timedelta(hours=1))
    assert stories_by_slug(warehouse) == {
        "bridge": "bridge",
        "debate": "debate",
        "debate-repost": "debate",
        "library": "library",
        "library-repost": "library",
    }
    slugs = dict(rows(warehouse, "SELECT article_id, regexp_extract(url, '[^/]+$') FROM articles"))
    # the hub (gone) and its former neighbours' components, not the library's story
    assert {slugs[x] for x in grouped} == {"hub", "bridge", "debate", "debate-repost"}
    fresh = tmp_path / "fresh" / "news.duckdb"
    ingest([root], fresh, workers=0, now=T0)
    summary = "SELECT story_id, first_site, sites, outlets, size, span FROM story_summary ORDER BY ALL"
    assert rows(fresh, "SELECT * FROM stories ORDER BY ALL") == rows(warehouse, "SELECT * FROM stories ORDER BY ALL")
    assert rows(fresh, summary) == rows(warehouse, summary)


CHANNEL = (
    "大家好，欢迎来到老街纪录频道！我们用镜头记录城市里正在消失的老手艺和老街坊，"
    "希望这些影像能为后人留下一份真实的参考。喜欢的话请订阅频道并留言告诉我们你的故事。"
)


def test_a_sites_repeated_text_is_not_a_story_until_it_is_rare(tmp_path: Path):
    """Videos of one channel whose only paragraph is the channel's description: a text that five or more
    of a site's live articles carry is the site's, not a story (thousands of such posts made one
    story of millions of links). Kept in their paragraphs, left out of their story text. When deletions
    make it rare, the posts left carrying it do share a story, as a full load of them says."""
    root, warehouse = tmp_path / "posts", tmp_path / "wh" / "news.duckdb"
    titles = [
        "修鞋匠的最后一天",
        "铜器街的敲打声",
        "竹编老人的早市",
        "弹棉花的夫妻档",
        "磨刀人走街串巷",
        "老茶馆的清晨",
    ]
    for i, title in enumerate(titles):
        write_post(root, f"video-{i}", title, [CHANNEL], site="v.example.com", day=dt.date(2024, 6, 1 + i))
    ingest([root], warehouse, workers=0, now=T0)
    assert rows(warehouse, f"SELECT count(*) FROM paragraphs WHERE text = '{CHANNEL}'") == [(6,)]
    assert rows(warehouse, "SELECT count(*) FROM story_links") == [(0,)]
    assert set(stories_by_slug(warehouse).items()) == {(f"video-{i}", f"video-{i}") for i in range(6)}

    # a whole post posted six times by one site (under other addresses) is one story all the same
    for i in range(6):
        write_post(
            root, f"repost-{i}", "老街纪录：修鞋匠的最后一天", BRIDGE, site="r.example.com", day=dt.date(2024, 7, 1 + i)
        )
    ingest([root], warehouse, workers=0, now=T0 + dt.timedelta(minutes=30))
    assert {story for slug, story in stories_by_slug(warehouse).items() if slug.startswith("repost")} == {"repost-0"}
    assert set(stories_by_slug(warehouse).items()) >= {(f"video-{i}", f"video-{i}") for i in range(6)}

    for i in (4, 5):
        (root / "_posts" / f"2024-06-0{1 + i}-video-{i}.md").unlink()
    ingest([root], warehouse, workers=0, now=T0 + dt.timedelta(hours=1))
    videos = {slug: story for slug, story in stories_by_slug(warehouse).items() if slug.startswith("video")}
    assert set(videos.values()) == {"video-0"}  # four copies of one text: a story
    fresh = tmp_path / "fresh" / "news.duckdb"
    ingest([root], fresh, workers=0, now=T0)
    assert stories_by_slug(fresh) == stories_by_slug(warehouse)


def test_a_derive_of_many_batches_counts_the_repeated_texts_once_with_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A run that re-derives more than COUNT_ONCE_BATCHES batches counts the texts repeated across a site once
    (a temp table) instead of batch by batch (each count read all of block_texts: quadratic in the archive),
    and derives exactly what the batch-by-batch count does."""
    from etl.analysis import derive, search
    from tests.newsgen import write_post

    root = tmp_path / "posts"
    channel = "本频道由读者资助，欢迎订阅我们的每周通讯，获取更多深度报道。"
    for n in range(9):  # one site's channel description under each of its posts: repeated across the site
        paragraphs = [f"第{n}篇报道：市议会就第{n}项预算案展开辩论，议员们各执一词。", "会议将于下周继续。", channel]
        write_post(root, f"council-{n}", f"市议会辩论之{n}", paragraphs, site="city.example.com")
    for n in range(5):  # video posts with the description alone: kept in their paragraphs, flagged repeated
        write_post(root, f"video-{n}", f"视频：街头采访之{n}", [channel], site="city.example.com")
    for n in range(3):
        write_post(
            root, f"harbour-{n}", f"港口见闻之{n}", [f"第{n}艘货轮靠岸，码头工人连夜卸货。"], site="port.example.net"
        )
    monkeypatch.setattr(derive, "BATCH", 2)
    counted = []
    original = search.count_repeated_texts
    monkeypatch.setattr(search, "count_repeated_texts", lambda con: counted.append(1) or original(con))

    def derived(warehouse: Path) -> list[list[tuple]]:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            return [
                con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
                for table in ("search_paragraphs", "search_documents", "stories", "story_summary")
            ]

    once = tmp_path / "once" / "news.duckdb"
    ingest([root], once, workers=0, now=T0)
    assert counted == [1]
    monkeypatch.setattr(derive, "COUNT_ONCE_BATCHES", 10**9)
    each = tmp_path / "each" / "news.duckdb"
    ingest([root], each, workers=0, now=T0)
    assert counted == [1]  # batch by batch this time
    assert derived(once) == derived(each)
    with duckdb.connect(str(once), read_only=True) as con:
        flagged = con.execute("SELECT count(*) FROM search_paragraphs WHERE site_repeated").fetchone()[0]
    assert flagged == 5  # the description, where it is all a post holds


def test_a_sites_template_glued_to_each_post_is_not_a_story_and_runs_equal_a_full_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A feed that strips line breaks glues a channel's description to each video's own sentence, in one
    paragraph: the site-level paragraph rule cannot see it, and every video was 'the same story'. A band's
    bucket that CROWDED_TEXTS different texts of one site share makes no candidates; when a run pushes a
    bucket over that line (or deletions bring it under), the articles in it are linked again, so every run
    ends with the stories a full load of the same posts gives."""
    from etl.analysis import stories

    # Each band's bucket of the description holds the videos whose four minima all fall in it (~60 % of
    # them here): with the line at 3 texts, twelve videos crowd every such bucket and two do not.
    monkeypatch.setattr(stories, "CROWDED_TEXTS", 3)
    root, warehouse = tmp_path / "posts", tmp_path / "wh" / "news.duckdb"
    openings = [
        "今天去城西看修鞋匠收摊，他做了四十年",
        "铜器街的师傅一天要敲打上万下",
        "竹编老人凌晨四点就去早市占位置",
        "弹棉花的夫妻档一年只回一次老家",
        "磨刀人推着车走遍了半个老城区",
        "老茶馆清晨六点已经坐满了熟客",
        "裁缝铺的剪刀传了三代人没换过",
        "糖画摊前的孩子们排起了长队",
        "补锅匠说如今一个月接不到十单",
        "剃头挑子的炉火从来没有熄过",
        "刻章的老先生眼睛还像年轻时一样",
        "卖麦芽糖的铜锣声又在巷口响起",
    ]

    def text(i: int) -> str:
        return f"{openings[i]}。{CHANNEL}{LIBRARY[0]}"  # one paragraph: the line breaks were lost upstream

    def video(i: int) -> None:
        write_post(root, f"video-{i}", openings[i][:8], [text(i)], site="v.example.com", day=dt.date(2024, 6, 1 + i))

    def same_as_a_full_load(now: dt.datetime) -> dict[str, str]:
        ingest([root], warehouse, workers=0, now=now)
        fresh = tmp_path / f"fresh-{now:%H%M}" / "news.duckdb"
        ingest([root], fresh, workers=0, now=T0)
        assert stories_by_slug(fresh) == stories_by_slug(warehouse)
        return stories_by_slug(warehouse)

    video(0), video(1)  # under the line: two videos of one channel are linked by what they share
    assert same_as_a_full_load(T0) == {"video-0": "video-0", "video-1": "video-0"}

    for i in range(2, 12):  # twelve texts: the shared buckets are the site's template, every video its own
        video(i)
    assert same_as_a_full_load(T0 + dt.timedelta(hours=1)) == {f"video-{i}": f"video-{i}" for i in range(12)}
    assert rows(warehouse, "SELECT count(*) FROM story_links") == [(0,)]

    # a video posted again under another address is its story still (an exact copy, whatever the crowd)
    write_post(root, "video-0-again", openings[0][:8], [text(0)], site="v.example.com", day=dt.date(2024, 7, 1))
    assert same_as_a_full_load(T0 + dt.timedelta(hours=2))["video-0-again"] == "video-0"

    for i in range(2, 12):  # two texts left (the copy counts once): under the line, linked again
        (root / "_posts" / f"2024-06-{1 + i:02d}-video-{i}.md").unlink()
    assert set(same_as_a_full_load(T0 + dt.timedelta(hours=3)).values()) == {"video-0"}
