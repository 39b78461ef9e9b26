"""Whether a quotation's sentence opens with its subject: a name after at most a title (opens_sentence), two
names joined by "and" whose words the quotation is, both's and neither's alone (joint_subject), or a name whose
speech verb comes before a short phrase it quotes (subject_called_it). Split from quote_fallbacks.py and quotes.py.
"""

from __future__ import annotations

import re

from .entities import Span
from .quote_cues import Cues
from .quote_speakers import PAIRING_KINDS, POSSESSIVE_ENDS, SUBJECT_TITLE_WORDS, Attributor


def joint_subject(attributor: Attributor, masked: str, named: list[Span], hi: int, lo: int = 0, resolved=()) -> bool:
    """Whether two names joined by "and" (two people, or bodies or states) share the sentence's speech verb, right after
    the second ("Scholz and Macron also pledged"), or open the sentence, maybe titled, its verb paired with one of them
    alone ("Mr Kim and Mr Putin signed what they described as “…”")."""
    joint = attributor.cues.joint
    if joint is None:
        return False
    speakers = [s for s in named if s.name and s.kind in PAIRING_KINDS]
    for first, second in zip(speakers, speakers[1:]):
        if (first.kind != "person") != (second.kind != "person") or first.name == second.name \
                or masked.startswith(POSSESSIVE_ENDS, second.end):  # ("Scholz and Macron's spokesman said": his)
            continue
        if joint.fullmatch(masked, first.end, second.start) and attributor.cues.after_name.match(masked, second.end, hi):
            return True
        joined = joint.match(masked, first.end, second.start)
        titles = masked[joined.end():second.start].split() if joined else ()
        if joined and resolved and opens_sentence(masked[lo:first.start]) and all(w[:1].isupper() for w in titles) \
                and all(p.position in (first.start, second.start) for p, _ in resolved):
            return True
    return False


def opens_sentence(before: str) -> bool:
    """Whether the words before a name are at most a title of a few words, no clause of their own (no comma):
    the name opens the sentence, its subject ("Scholz s Macronom označil …", "Fransa Cumhurbaşkanı Emmanuel Macron,
    … açıklamada “…” dedi"), not a name inside a clause about a document ("Указ, підписаний Кімом, …")."""
    return "," not in before and len(before.split()) <= SUBJECT_TITLE_WORDS


# Between a name and its own verb: no clause break, a punctuation mark or a word opening another clause
_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s")
_WORD = re.compile(r"[^\W\d_]+")


def subject_called_it(cues: Cues, masked: str, lo: int, people: list[Span], speaker: str | None, start: int) -> bool:
    """Whether `speaker` is the person opening the sentence at `lo`, a speech verb of theirs after the name and before
    the short phrase quoted at `start` ("Putin počas rokovaní s Kimom označil zmluvu za dokument, ktorý bude „…“": his
    words, though a clause stands between his name and the verb no speech pair reads across). The verb is the only
    one before the phrase, and no clause opens between the name and it: in "Putin visited Pyongyang, and critics
    called it a “…”" (or "… as critics called …", "… a pact that critics called …") the verb is another subject's."""
    first = people[0] if people else None
    if first is None or first.name != speaker or first.start < lo or not opens_sentence(masked[lo:first.start]):
        return False
    verbs = list(cues.verb.finditer(masked, first.end, start))
    if len(verbs) != 1:
        return False  # (none; or a second one is another's: "… called the pact X while critics called it …")
    between = masked[first.end:verbs[0].start()]
    openers = cues.new_subject | cues.complementizers | cues.relatives
    return not _CLAUSE_BREAK.search(between) and not any(w.lower() in openers for w in _WORD.findall(between))


def other_clause(cues: Cues, masked: str, lo: int, start: int, resolved, speaker: str | None, named: list[Span]) -> bool:
    """Whether the quotation at `start` stands in a clause a contrast opener ("while", "tandis que", "тогда как")
    opens after `speaker`'s speech pair, with a speech verb of its own and no name or pronoun of the speaker in it:
    in 'Putin said “…”, while critics called it “…”' the second quotation is the critics' words, not Putin's."""
    if cues.contrast is None or speaker is None:
        return False
    opener = None
    for opener in cues.contrast.finditer(masked, lo, start):
        pass
    if opener is None or not any(name == speaker and pair.position < opener.start() for pair, name in resolved):
        return False
    clause = _WORD.findall(masked[opener.end():start])
    if clause and clause[0].lower() in cues.new_subject or any(
            s.name == speaker and opener.end() <= s.start < start for s in named):
        return False  # ("…, while he called it “…”", "…, whereas Putin called it …": the speaker's own)
    if cues.spaced_pronoun.search(masked, opener.start(), start) or cues.inversion.search(masked, opener.end(), start):
        return False  # ("…, whereas the old pact, he said, “…”", "alors que le texte, a-t-il dit, « … »")
    verb = cues.verb.search(masked, opener.end(), start)
    if verb is None:
        return False
    # a subject of its own before the verb: "while critics called it"; none ("while adding that", Italian "mentre ha
    # aggiunto", Spanish "mientras que añadió") is the speaker's subject dropped, the speaker going on
    return any(w.lower() not in cues.auxiliaries for w in _WORD.findall(masked[opener.end():verb.start()]))


_VERB_FINAL_REACH = 3  # words between a quoted phrase and the speech verb that closes its sentence


def subject_closes_it(cues: Cues, masked: str, lo: int, hi: int, people: list[Span], speaker: str | None, end: int) -> bool:
    """Whether `speaker` is the person opening the sentence at `lo`, and a speech verb ends it a few words after the
    short phrase quoted up to `end` ('Kim, … ilişkilerin "yenilmez ve ebedi" hale geldiğini belirtti.'): a verb-final
    sentence's subject and verb, the phrase the object of its clause, with no clause break between and no other person
    in the sentence: 'Putin, Kim'in ilişkileri "sarsılmaz ve kalıcı" olarak nitelendirdiğini söyledi' (Putin said
    that Kim called them so) quotes Kim's phrase, not Putin's."""
    first = people[0] if people else None
    if first is None or first.name != speaker or first.start < lo or not opens_sentence(masked[lo:first.start]):
        return False
    if any(s.name != speaker for s in people):
        return False
    verbs = list(cues.verb.finditer(masked, end, hi))
    if len(verbs) != 1 or masked[verbs[0].end():hi].strip(" .!?\n"):
        return False  # (no verb, or one not closing the sentence)
    between = masked[end:verbs[0].start()]
    return len(_WORD.findall(between)) <= _VERB_FINAL_REACH and not _CLAUSE_BREAK.search(between)


def object_of_relative(cues: Cues, masked: str, start: int, named: list[Span], speaker: str | None) -> bool:
    """Whether `speaker`'s name, the last one before the quotation at `start`, stands right before a relative pronoun
    the speech verb after it takes as its object, a pronoun its subject ("M. Poutine, qu'il a qualifié de « … »",
    "Putin, whom he called “…”"): the name is whom the words describe; another person speaks them."""
    before = [s for s in named if s.end <= start]
    last = before[-1] if before else None
    return cues.object_relative is not None and last is not None and last.name == speaker \
        and cues.object_relative.match(masked, last.end, start) is not None


def owner_after(cues: Cues, masked: str, end: int, named: list[Span], speaker: str | None) -> bool:
    """Whether `speaker`'s name comes right after the quotation ending at `end`, joined to it as the owner of what the
    words describe ("le soutien « constant et inébranlable » de la Corée du Nord"): not who says them."""
    after = next((s for s in named if s.start >= end), None)
    return cues.owner_after is not None and after is not None and after.name == speaker \
        and cues.owner_after.match(masked, end, after.start) is not None


def epithet_speaker(cues: Cues, masked: str, quote, named: list[Span], speaker: str | None, sentence_speaker: str | None):
    """Who says a quoted epithet whose speaker was read as `speaker`: not the name a relative pronoun makes the object
    of the speech verb ("M. Poutine, qu'il a qualifié de « … »": the sentence's speaker, `sentence_speaker`), nor the
    owner joined after it ("le soutien « … » de la Corée du Nord": nobody named)."""
    if object_of_relative(cues, masked, quote.start, named, speaker):
        return sentence_speaker if sentence_speaker != speaker else None
    if quote.fragment and owner_after(cues, masked, quote.end, named, speaker):
        return None
    return speaker
