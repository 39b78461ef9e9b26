"""Extract: one decoded Document to one Article.

Each field comes from its own module (metadata, topics, entities, quotes,
events, delegation, facts); this module only wires them together.
"""

from __future__ import annotations

from . import delegation, entities, events, facts, metadata, quotes, topics
from .knowledge import Knowledge
from .model import Article, Document, Paragraph
from .text import anchor, slugify

# To make every cached article be extracted again, bump cache.EXTRACTOR_VERSION (an edit of the
# extraction code does it already: the code's hash is part of the cache key).


def extract(document: Document, knowledge: Knowledge) -> Article:
    meta = metadata.extract(document.text, document.declared, knowledge)
    paragraphs = make_paragraphs(meta.body)
    people = entities.find_people(paragraphs, knowledge)
    slug = article_slug(meta.title, meta.published, document.digest)
    return Article(
        id=slug,
        slug=slug,
        source=document.source,
        digest=document.digest,
        encoding=document.encoding,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        published=meta.published,
        language=meta.language,
        paragraphs=paragraphs,
        topics=topics.assign_topics(paragraphs, knowledge),
        people=people,
        quotes=quotes.find_quotes(paragraphs, people, knowledge),
        events=events.find_events(paragraphs, meta.published, knowledge),
        delegation=delegation.find_delegation(paragraphs, people, knowledge),
        facts=facts.find_facts(paragraphs, knowledge),
        url=document.declared.url,
        tags=document.declared.tags,
        notices=document.notes + meta.notices,
    )


def make_paragraphs(lines: tuple[str, ...]) -> tuple[Paragraph, ...]:
    """Paragraphs with anchors derived from their text; a repeated paragraph gets a suffix."""
    seen: dict[str, int] = {}
    out = []
    for line in lines:
        base = anchor("p", line)
        seen[base] = seen.get(base, 0) + 1
        out.append(Paragraph(base if seen[base] == 1 else f"{base}-{seen[base]}", line))
    return tuple(out)


def article_slug(title: str, published, content_digest: str) -> str:
    """Slug from the article itself (date and title), so other articles cannot change it."""
    words = slugify(title, max_length=60) or f"article-{content_digest[:8]}"
    return f"{published.isoformat()}-{words}" if published else words
