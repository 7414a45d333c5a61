"""Write synthetic posts in the feed generator's template (our own filler text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

SENTENCES = (
    "市议会今日就老城区改造方案进行第二轮辩论，多名议员要求公开交通影响评估。",
    "街坊代表在会后表示，希望政府先安置受影响的小商户，再谈拆迁时间表。",
    "规划部门回应称，方案仍在咨询阶段，最终版本将在年底前提交审议。",
    "有学者指出，类似项目在其他城市曾因补偿标准不一引发长期争议。",
    "记者走访发现，区内不少老字号店铺已贴出暂停营业的告示。",
)


def post_text(index: int, outlet: str = "晨光日报", body_note: str = "", url: str | None = None) -> str:
    day = dt.datetime(2022, 1, 1, 8, 0, tzinfo=dt.UTC) + dt.timedelta(hours=7 * index)
    url = url or f"https://news.example.com/{outlet}/{index:06d}"
    paragraphs = "".join(
        f"<p>{SENTENCES[(index + k) % len(SENTENCES)]}（第{index}篇第{k}段）{body_note}</p>" for k in range(4)
    )
    return (
        "---\n"
        "layout: post\n"
        f'title: "第{index}号报道：老城区改造再起争议"\n'
        f"date: {day:%Y-%m-%dT%H:%M:%S}.000Z\n"
        f"author: {outlet}\n"
        f"from: {url}\n"
        f"tags: [ {outlet} ]\n"
        f"categories: [ {outlet} ]\n"
        "---\n"
        f"<!--{int(day.timestamp() * 1000)}-->\n"
        f"[第{index}号报道](https://news.example.com/{outlet}/{index:06d})\n"
        "------\n\n"
        f'<div>\n{paragraphs}<div id="dfp-ad-imu{index}"></div>\n</div>\n'
    )


def post_name(index: int) -> str:
    day = dt.date(2022, 1, 1) + dt.timedelta(days=(7 * index) // 24)
    return f"{day:%Y-%m-%d}-report-{index:06d}.md"


def write_posts(root: Path, indexes: range | list[int], **kwargs: str) -> list[Path]:
    folder = root / "_posts"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in indexes:
        path = folder / post_name(index)
        path.write_text(post_text(index, **kwargs), encoding="utf-8")
        paths.append(path)
    return paths
