"""site/feed.xml: an Atom feed of the articles, newest first."""

from __future__ import annotations

import datetime as dt
import re

from feedgen.feed import FeedGenerator

from ..collect import added
from ..model import Article, Briefing
from . import pages

FEED_SIZE = 50

# What XML 1.0 cannot hold (C0 controls but tab and line ends, lone surrogates, U+FFFE,
# U+FFFF): lxml refuses the whole feed over one such character ("All strings must be XML
# compatible"). Ingest removes control characters, but one that slips through must cost
# the feed that character, not the build its site.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Text without the characters XML 1.0 cannot hold; a form feed or vertical tab, which
    separate words, becomes a space."""
    if _NOT_XML.search(text) is None:
        return text
    return _NOT_XML.sub("", text.replace("\f", " ").replace("\v", " "))


def atom(
    briefing: Briefing, title: str, site_url: str | None = None, *, feed_id: str | None = None, today: dt.date | None = None
) -> bytes:
    """The feed of the FEED_SIZE newest articles, newest first.

    Ids never change (collect/added.py): each entry's is its article's `feed_id`, the feed's own is
    `feed_id` (made from the story: added.story_feed_id) or else made from the title; neither names a host.
    Links: absolute on `site_url`, where the site is published; without one, relative to the feed itself
    (site/feed.xml is at the site's root, so they resolve wherever the site is served), never a made-up
    host. Every entry has a real date: its article's own, or for an undated article the date of the
    build that first gave it a page (its Added record); `today` (the build's date) stands in only for
    an article with no record (a briefing not made by collect) and for the date of a feed of nothing."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    today = today or added.build_date()
    records = {record.slug: record for record in briefing.added}

    def day(article: Article) -> dt.date:
        record = records.get(article.slug)
        return article.published or (record.day if record else today)

    # Newest first by the date each entry shows (an undated article just added is news); a stable sort,
    # so articles of one day keep the briefing's order.
    newest = sorted(((day(a), a) for a in briefing.articles), key=lambda pair: pair[0], reverse=True)[:FEED_SIZE]
    generator = FeedGenerator()
    generator.id(feed_id or added.story_feed_id({"title": title}))
    generator.title(xml_text(title) or "Briefing")
    generator.link(href=base or "./", rel="alternate")
    generator.link(href=base + "feed.xml", rel="self")
    generator.language("en")
    generator.updated(_stamp(newest[0][0] if newest else today))
    # feedgen prepends entries, so add oldest first to write newest first.
    for when, article in reversed(newest):
        record = records.get(article.slug)
        entry = generator.add_entry()
        entry.id(record.feed_id if record else added.article_feed_id(article.slug))
        entry.title(xml_text(article.title) or "Untitled article")  # feedgen refuses an empty title
        entry.link(href=base + pages.ARTICLE.url(article.slug))
        entry.author({"name": xml_text(article.author or article.outlet or "") or "unknown"})
        entry.updated(_stamp(when))
        entry.published(_stamp(when))
        entry.summary(xml_text(article.paragraphs[0].text if article.paragraphs else article.title))
    return generator.atom_str(pretty=True)


def _stamp(day: dt.date) -> dt.datetime:
    # Midnight UTC of the day: deterministic, a feed built twice from the same seeds is byte-identical.
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
