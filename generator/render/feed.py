"""site/feed.xml: an Atom feed of the articles, newest first."""

from __future__ import annotations

import datetime as dt
import re

from feedgen.feed import FeedGenerator

from ..model import Briefing
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


def atom(briefing: Briefing, title: str, site_url: str) -> bytes:
    site_url = site_url.rstrip("/") + "/"
    generator = FeedGenerator()
    generator.id(site_url)
    generator.title(xml_text(title) or "Briefing")
    generator.link(href=site_url, rel="alternate")
    generator.link(href=site_url + "feed.xml", rel="self")
    generator.language("en")
    newest = next((a.published for a in briefing.articles if a.published), None)
    generator.updated(_stamp(newest))
    # feedgen prepends entries, so add oldest first to write newest first.
    for article in reversed(briefing.articles[:FEED_SIZE]):
        entry = generator.add_entry()
        entry.id(site_url + pages.ARTICLE.url(article.slug))
        entry.title(xml_text(article.title) or "Untitled article")  # feedgen refuses an empty title
        entry.link(href=site_url + pages.ARTICLE.url(article.slug))
        entry.author({"name": xml_text(article.author or article.outlet or "") or "unknown"})
        entry.updated(_stamp(article.published))
        if article.published:
            entry.published(_stamp(article.published))
        entry.summary(xml_text(article.paragraphs[0].text if article.paragraphs else article.title))
    return generator.atom_str(pretty=True)


def _stamp(day: dt.date | None) -> dt.datetime:
    # Deterministic: a feed built twice from the same seeds is byte-identical.
    day = day or dt.date(1970, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
