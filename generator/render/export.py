"""site/briefing.json: the whole briefing as one document a program can read."""

from __future__ import annotations

import io
import json
import re
from typing import TextIO

from ..model import Added, Article, Briefing, named_outlets
from . import pages


# Half of a UTF-16 surrogate pair: JSON escapes control characters itself, but a lone half
# cannot be encoded as UTF-8, and the writer would refuse the whole document over it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def article_record(a: Article) -> dict:
    """One article as briefing.json and `briefing check` show it."""
    return {
        "id": a.id,
        "path": pages.ARTICLE.url(a.slug),
        "source": a.source,
        "title": a.title,
        "outlet": a.outlet,
        "author": a.author,
        "published": a.published.isoformat() if a.published else None,
        "language": a.language,
        "encoding": a.encoding,
        "topics": [hit.topic for hit in a.topics],
        "people": sorted({m.name for m in a.people if m.kind == "person"}),
        # (of those, the people its byline and credits name, not its text: writers, photographers, editors)
        "credited": [{"name": m.name, "role": m.credit} for m in a.people if m.credit],
        # (written_in: the document whose text the words are, speaker null: "the treaty")
        "quotes": [{"speaker": q.speaker, "text": q.text, "via": q.via, "written_in": q.written_in} for q in a.quotes],
        "facts": sorted({f.fact for f in a.facts}),
    }


def added_record(record: Added | None) -> dict:
    """What the build that first gave an article its page fixed (collect/added.py): its id in the feed and
    that build's date (a build without .briefing/ takes them back from here, as it takes the slugs)."""
    return {"feed_id": record.feed_id, "added": record.day.isoformat()} if record else {}


def briefing_document(briefing: Briefing) -> dict:
    """The whole document at once (see `write`, which makes the same bytes without holding it)."""
    return {name: list(records) for name, records in _sections(briefing)}


def _sections(briefing: Briefing):
    """(key, records) of the document in order; each section's records made as they are asked for."""
    records = {record.slug: record for record in briefing.added}
    document = {
        "articles": (article_record(a) | added_record(records.get(a.slug)) for a in briefing.articles),
        "duplicates": [{"source": d.source, "duplicate_of": d.duplicate_of, "kind": d.kind} for d in briefing.duplicates],
        "rejected": [{"source": r.source, "reason": r.reason} for r in briefing.rejections],
        "warnings": [{"source": n.source, "message": n.message} for n in briefing.notices],
        "topics": [
            {"slug": t.slug, "title": t.title, "path": pages.TOPIC.url(t.slug), "articles": list(t.articles)} for t in briefing.topics
        ],
        "people": [
            {"name": p.name, "aliases": list(p.aliases), "path": pages.PERSON.url(p.slug), "articles": list(p.articles), "roles": list(p.roles)}
            for p in briefing.people
        ],
        "timeline": [
            {"date": e.date, "event": e.event, "articles": list(e.articles), "anchor": e.anchor, "path": pages.timeline_page(e)}
            for e in briefing.timeline
        ],
        # the roster a topic asks for, under the topic's slug (the first story's travellers); none without one
        **{slug: [{"name": d.name, "role": d.role, "articles": list(d.articles)} for d in briefing.roster]
           for slug in briefing.roster_topics},
        "moved": [{"from": old, "to": new, "path": pages.ARTICLE.url(old)} for old, new in briefing.moved],
        "candidate_facts": [
            {"text": c.text, "outlets": list(c.outlets), "articles": [aid for aid, _ in c.evidence]}
            for c in briefing.candidate_facts
        ],
        "facts": [
            {"id": f.id, "title": f.title, "outlets": named_outlets(f.outlets), "articles": list(f.articles), "conflict": f.conflict}
            for f in briefing.facts
        ],
    }
    return document.items()


def write(briefing: Briefing, out: TextIO) -> None:
    """briefing.json into `out`, record by record: the bytes of json.dumps(briefing_document(briefing),
    ensure_ascii=False, indent=2) and a newline, without the whole document (at 10,000 articles, ~130 MB
    of dicts and strings at once: the build's peak) ever held."""
    sections = list(_sections(briefing))
    out.write("{")
    for number, (name, records) in enumerate(sections):
        out.write(f"\n  {json.dumps(name, ensure_ascii=False)}: [")
        empty = True
        for record in records:
            out.write("\n    " if empty else ",\n    ")
            _write_text(out, json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n    "))
            empty = False
        out.write("]" if empty else "\n  ]")
        out.write("," if number < len(sections) - 1 else "")
    out.write("\n}\n")


def _write_text(out: TextIO, text: str) -> None:
    """out.write(text); if `out` cannot encode a lone surrogate half in it, with U+FFFD in its place.
    (An encoding writer refuses before writing anything, so nothing is written twice.)"""
    try:
        out.write(text)
    except UnicodeEncodeError:
        out.write(_SURROGATE.sub("\ufffd", text))


def to_json(briefing: Briefing) -> str:
    text = io.StringIO()
    write(briefing, text)
    return text.getvalue()
