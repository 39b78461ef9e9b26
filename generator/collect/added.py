"""What the build that first gave an article its page fixes for good: its id in the feed and that build's date.

The feed (render/feed.py) needs, for every article,
- an id that never changes (Atom, RFC 4287 4.2.6): a name-based UUID (RFC 4122, version 5) of the slug
  the article was first given. It names neither a host nor site_url, so moving the site or setting
  site_url later changes no id; and it is remembered, so a slug replaced later (settle_slugs: one made
  from junk) keeps the id it had;
- a real date: its own publication date when extraction found one, else the date of the build that
  first gave it a page (`build_date`: SOURCE_DATE_EPOCH pins it, as for the citation lines). That is
  the day the site first published it, never 1970 and never a guess at when it was written.

These records are kept with the slugs (slugs.SlugRegistry, .briefing/slugs.json) and in briefing.json
(`feed_id`, `added`), from which a build without .briefing/ takes them back as it takes the slugs.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Mapping

from ..model import Added, Article

# The namespace of every id this tool gives (made once, at random): changing it would change every id
# of every feed ever published.
NAMESPACE = uuid.UUID("014fbdc5-06c4-4476-b08f-9ffbf58f299b")


def build_date() -> dt.date:
    """The date of this build (UTC); SOURCE_DATE_EPOCH pins it (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return moment.date()


def article_feed_id(slug: str) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, 'article/' + slug)}"


def story_feed_id(story: Mapping) -> str:
    """The feed's own id, from the story it follows (story.yml): its `id` when one is written there, which
    keeps the id when the story is retitled, else its title."""
    name = story.get("id") or story.get("title") or "Briefing"
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, 'story/' + str(name))}"


def settle(
    articles: tuple[Article, ...], given: Mapping[str, str], remembered: Mapping[str, Added], day: dt.date
) -> tuple[Added, ...]:
    """A record for each article, its slug settled (collect.settle_slugs), by slug: the one remembered for
    the slug it was given before (`given`: source -> slug; `remembered`: slug -> record), now under its
    slug; for an article no build gave a page, a new one of `day`. (A slug given by a build that kept no
    record, before there were any, makes the id, and `day` is the first build that records it.)"""
    out = []
    for article in articles:
        before = given.get(article.source)
        record = remembered.get(before) if before else None
        if record is None:
            record = Added(article.slug, article_feed_id(before or article.slug), day)
        elif record.slug != article.slug:
            record = Added(article.slug, record.feed_id, record.day)
        out.append(record)
    return tuple(sorted(out, key=lambda record: record.slug))
