"""The cues of languages/quotes.yml about documents, compiled onto a Cues (quote_cues.py): a quoted document's name
("Treaty on …", "…에 관한 조약"), a document's provision quoted ("the treaty provides for “…”"), and a quotation its
sentence says is written in a document ("«…», – йдеться в угоді", "조약 제4조에는 '…'"): a treaty's words, nobody's
speech. Kept apart from quote_cues.py, which reads every other cue.
"""

from __future__ import annotations

import re

from .phrases import by_language, cached, is_hangul
from .quote_patterns import HANGUL_LETTERS, alternation, bounded_words
from ..text import spaceless


def document_cues(cues, data: dict) -> None:
    """Set the document patterns of `cues` from `data` (the quotes.yml section)."""
    documents = data.get("documents") or {}
    words = [w.lower() for w in by_language(documents.get("words"))]
    links = [w.lower() for w in documents.get("links") or ()]
    cues.document_links = frozenset(links)
    cues.document_head = re.compile(
        rf"^(?:the\s+|le\s+|la\s+|l['’]|der\s+|die\s+|das\s+)?(?:{alternation(words)})\s+(?:{alternation(links)})(?!\w)",
        re.IGNORECASE,
    )
    # A quotation right after an article ("ratifiziert das „Umfassende Partnerschaftsabkommen …“") is a noun's
    # name: a document's, when it holds a document word or a partnership stem (quotation_marks.find_quoted)
    articles = [w.lower() for w in by_language(documents.get("articles"))]
    cues.articles = frozenset(articles)  # (also what opens a title between a verb and its speaker: quote_speakers.py)
    cues.indefinite_articles = frozenset(w.lower() for w in by_language(data.get("indefinite_articles")))
    cues.article_before = re.compile(rf"(?<![\w'’])(?:{alternation(articles)})\s*$", re.IGNORECASE) if articles else None
    works = [w.lower() for w in by_language(data.get("work_nouns"))]  # ("статье Путина «…»": quote_furniture.py)
    cues.work_before = re.compile(rf"(?:{bounded_words(works)})[\s:]*\W?\s*$", re.IGNORECASE) if works else None
    cues.document_word = re.compile(rf"(?<!\w)(?:{alternation(words)})", re.IGNORECASE)
    # A document's provision: one of its verbs with a document or a part of one shortly before it (quote_sentences.py)
    provisions = data.get("provisions") or {}
    verbs = [w.lower() for w in by_language(provisions.get("verbs"))]
    parts = words + [w.lower() for w in provisions.get("words") or ()]
    cues.provision = re.compile(rf"(?:{bounded_words(parts)})(?:[^.!?;]|\.(?=\s?\d)){{0,80}}?(?<!\w)(?:{alternation(verbs)})(?!\w)",
                                re.IGNORECASE) if verbs else None
    said_in = [w.lower() for w in by_language(provisions.get("said_in"))]
    located = [w.lower() for w in provisions.get("located") or ()]
    cues.said_in = re.compile(rf"(?<!\w)(?:{alternation(said_in)})\s+(?:\w+\s+){{0,2}}(?:{alternation(located)})(?!\w)",
                              re.IGNORECASE) if said_in else None
    # Only a Korean name ends in its document word; an English quotation may end "... the treaty".
    tail = [w for w in words if is_hangul(w)]
    stems = [w.lower() for w in documents.get("short_names") or ()]
    # (a Chinese or Japanese stem anywhere: no space marks where its word starts)
    cjk_stems = [w for w in stems if not is_hangul(w) and spaceless(w)]
    stems = [w for w in stems if w not in cjk_stems]
    cues.short_name = re.compile(
        rf"(?<!\w)(?:{alternation(stems) or '(?!x)x'})" + (f"|{alternation(cjk_stems)}" if cjk_stems else ""),
        re.IGNORECASE)
    clause = documents.get("korean_clause_numbers") or {}
    numbered = rf"(?:\s*(?:{alternation(clause.get('before') or ())})?\s*\d+\s*(?:{alternation(clause['after'])}))*" \
        if clause.get("after") else ""
    cues.document_tail = re.compile(rf"(?:{alternation(tail) or '(?!x)x'}){numbered}\s*(?:\([^()]*\))?$")
    particles = by_language(provisions.get("clause_located"))
    cues.clause_located = re.compile(
        rf"(?<![{HANGUL_LETTERS}])(?:{alternation(clause['before'])})\s*\d+\s*(?:{alternation(clause['after'])})"
        rf"{numbered}(?:{alternation(particles)})(?![{HANGUL_LETTERS}])") if particles and clause.get("before") else None
    # ... but a Korean sentence names its topic ("이번 조약은 … 조약"): a name does not.
    cues.korean_topic = re.compile(r"[\uac00-\ud7a3](?:은|는)(?!\S)")
    # A Chinese or Japanese name ends in its document word too, and holds "on …" (关于, に関する) or a
    # partnership stem; speech may end in "treaty" ("…史上最全面的国家间条约").
    cjk_tail = [w for w in words if not is_hangul(w) and spaceless(w)]
    cues.cjk_document_tail = re.compile(rf"(?:{alternation(cjk_tail) or '(?!x)x'})\s*$")
    cues.cjk_name_link = re.compile(alternation(documents.get("cjk_name_links") or ()) or r"(?!x)x")
    cues.cjk_clause = re.compile(alternation(by_language(documents.get("cjk_clause_words"))) or r"(?!x)x")


def story_document(knowledge, sentence: str) -> str | None:
    """What the site calls the story's document (story.yml's `document`, "the treaty") for a quotation `sentence` says
    is written in a document, or None when the sentence names another one (story.yml's `other_documents`: "the 1961
    treaty", "조소 동맹조약 제1조에는 '…'"): that document's words, which the story's may not hold."""
    name = knowledge.section("story.yml").get("document") or None
    other = cached("story-other-documents", knowledge, _other_documents) if name else None
    return None if name is None or other is not None and other.search(sentence) else name


def _other_documents(knowledge) -> re.Pattern[str] | None:
    phrases = [w.lower() for w in by_language(knowledge.section("story.yml").get("other_documents"))]
    cjk = [w for w in phrases if spaceless(w) and not is_hangul(w)]  # (anywhere: no space marks where a word starts)
    return re.compile(bounded_words(w for w in phrases if w not in cjk) + (f"|{alternation(cjk)}" if cjk else ""),
                      re.IGNORECASE) if phrases else None
