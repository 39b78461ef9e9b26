"""The people and organisations an article names, with their roles: what extraction keeps of them.

Takes an article's paragraphs and the knowledge; gives a Mention per name (its kind, the forms the text
writes it in, the roles beside it), in order of first mention, from the spans EntityIndex finds and the
people discovery finds; find_people keeps the people alone.
"""

from __future__ import annotations

from .entities import EntityIndex, Span
from .knowledge import Knowledge
from ..model import Mention, Paragraph


def find_mentions(paragraphs: tuple[Paragraph, ...], knowledge: Knowledge) -> tuple[Mention, ...]:
    """People (known and discovered) and organisations named in the article, in order of first mention."""
    index = EntityIndex.from_knowledge(knowledge)
    written: dict[str, str] = {}
    # (a known outlet's name is no person's, whatever its shape: "Agence France-Presse reports that …")
    discovered = [(name, role) for name, role in index.discoverer.discover(paragraphs, written)
                  if knowledge.outlet_named(name) is None]
    annotated = index.annotate(paragraphs, [name for name, _ in discovered], written)
    forms: dict[str, list[str]] = {}
    roles: dict[str, list[str]] = {}
    kinds: dict[str, tuple[str, bool]] = {}
    seen_roles: dict[str, set[str]] = {}  # per name, its roles lower-cased
    for paragraph, spans in zip(paragraphs, annotated):
        # a descriptor right before a name ("Президент Франции Эмманюэль Макрон") is its role, not a fence
        fences = [s.kind == "person" and not s.descriptor for s in spans]
        floors = _floors(spans, fences)
        ceilings = _ceilings(spans, fences)
        for i, span in enumerate(spans):
            if span.kind == "place" or span.descriptor:
                continue
            kinds.setdefault(span.name, (span.kind, span.known))
            forms.setdefault(span.name, [])
            if span.form not in forms[span.name]:
                forms[span.name].append(span.form)
            if span.kind == "person":
                owner = _owner(span.form, index)
                for role in (None if owner == "genitive" else index.role_before(paragraph.text, span.start, floors[i]),
                             None if owner else index.role_after(paragraph.text, span.end, ceilings[i])):
                    if role and role.lower() not in seen_roles.setdefault(span.name, set()):
                        seen_roles[span.name].add(role.lower())
                        roles.setdefault(span.name, []).append(role)
    for name, role in discovered:
        if role and role.lower() not in seen_roles.setdefault(name, set()):
            seen_roles[name].add(role.lower())
            roles.setdefault(name, []).insert(0, role)
    return tuple(
        Mention(name=name, kind=kinds[name][0], forms=tuple(forms[name]), roles=tuple(roles.get(name, ())),
                known=kinds[name][1])
        for name in forms
    )


def _owner(form: str, index: EntityIndex) -> str | None:
    """How a name is written as the owner of what stands beside it: "possessive" ("Putin's adviser": the role after
    it is another's), "genitive" (German "einen Berater Putins", a known name with the genitive's "s" after the noun
    it owns: the role before it is another's), or None."""
    if form.endswith(("'s", "’s")):
        return "possessive"
    return "genitive" if form.endswith("s") and form[:-1] in index.forms else None


def _floors(spans: list[Span], fences: list[bool]) -> list[int]:
    """Per span, the furthest end of the fencing spans before it in the list (0 when none)."""
    out, furthest = [], 0
    for span, fence in zip(spans, fences):
        out.append(furthest)
        if fence:
            furthest = max(furthest, span.end)
    return out


def _ceilings(spans: list[Span], fences: list[bool]) -> list[int | None]:
    """Per span, the start of the next fencing span after it in the list (None when none)."""
    out: list[int | None] = []
    following: int | None = None
    for span, fence in zip(reversed(spans), reversed(fences)):
        out.append(following)
        if fence:
            following = span.start
    return out[::-1]


def find_people(paragraphs: tuple[Paragraph, ...], knowledge: Knowledge, title: str | None = None,
                pictured: tuple[str, ...] = ()) -> tuple[Mention, ...]:
    """Only the people among `find_mentions`: never places or organisations. A person the headline
    names is named by the article too ("Макрон и Шольц подписали ..." above a list of delegates), and so is one
    a photo's caption of names alone does (`pictured`: "Владимир Путин / Ким Чен Ын", no text of the article)."""
    if title:
        paragraphs = (Paragraph("title", title), *paragraphs)
    paragraphs = (*paragraphs, *(Paragraph(f"pictured-{n}", line) for n, line in enumerate(pictured)))
    return tuple(m for m in find_mentions(paragraphs, knowledge) if m.kind == "person")
