"""site/feed.xml: an Atom feed of the articles, newest first."""

from __future__ import annotations

import datetime as dt

from feedgen.feed import FeedGenerator

from .model import Briefing

FEED_SIZE = 50


def atom(briefing: Briefing, title: str, site_url: str) -> bytes:
    site_url = site_url.rstrip("/") + "/"
    generator = FeedGenerator()
    generator.id(site_url)
    generator.title(title)
    generator.link(href=site_url, rel="alternate")
    generator.link(href=site_url + "feed.xml", rel="self")
    generator.language("en")
    newest = next((a.published for a in briefing.articles if a.published), None)
    generator.updated(_stamp(newest))
    # feedgen prepends entries, so add oldest first to write newest first.
    for article in reversed(briefing.articles[:FEED_SIZE]):
        entry = generator.add_entry()
        entry.id(site_url + article.path)
        entry.title(article.title)
        entry.link(href=site_url + article.path)
        entry.author({"name": article.author or article.outlet or "unknown"})
        entry.updated(_stamp(article.published))
        if article.published:
            entry.published(_stamp(article.published))
        entry.summary(article.paragraphs[0].text if article.paragraphs else article.title)
    return generator.atom_str(pretty=True)


def _stamp(day: dt.date | None) -> dt.datetime:
    # Deterministic: a feed built twice from the same seeds is byte-identical.
    day = day or dt.date(1970, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
