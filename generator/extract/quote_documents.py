"""The cues of languages/quotes.yml about documents, compiled onto a Cues (quote_cues.py): a quoted document's name
("Treaty on …", "…에 관한 조약"), a document's provision quoted ("the treaty provides for “…”", "“…,” the treaty says",
"Der Vertrag sieht „…“ vor", "条约第四条规定：「…」", "「…」と明記"), and a quotation its sentence says is written in a
document ("«…», – йдеться в угоді", "В статье 4 сказано: «…»", "조약 제4조에는 '…'"): a treaty's words, nobody's
speech (quote_sentences.provision_quoted). Kept apart from quote_cues.py, which reads every other cue.
"""

from __future__ import annotations

import re

from .lazy_patterns import LazyPattern, lazy
from .phrases import by_language, cached, is_hangul
from .quote_patterns import HANGUL_LETTERS, alternation, bounded_words
from ..text import spaceless


CONTENT_WORDS = 8  # words between a Korean quotation's ending and the document noun it is the content of
_KO_PARTICLES = "을|를|이|가|은|는|의|에|에는|에서|으로|로|과|와|도"  # what may close that noun ("조약을", never "법원")


def document_cues(cues, data: dict) -> None:
    """Set the document patterns of `cues` from `data` (the quotes.yml section)."""
    documents = data.get("documents") or {}
    words = [w.lower() for w in by_language(documents.get("words"))]
    links = [w.lower() for w in documents.get("links") or ()]
    cues.document_links = frozenset(links)
    cues.document_head = lazy(
        rf"^(?:the\s+|le\s+|la\s+|l['’]|der\s+|die\s+|das\s+)?(?:{alternation(words)})\s+(?:{alternation(links)})(?!\w)",
        re.IGNORECASE,
    )
    # A quotation right after an article ("ratifiziert das „Umfassende Partnerschaftsabkommen …“") is a noun's
    # name: a document's, when it holds a document word or a partnership stem (quotation_marks.find_quoted)
    articles = [w.lower() for w in by_language(documents.get("articles"))]
    cues.articles = frozenset(articles)  # (also what opens a title between a verb and its speaker: quote_speakers.py)
    cues.indefinite_articles = frozenset(w.lower() for w in by_language(data.get("indefinite_articles")))
    cues.article_before = lazy(rf"(?<![\w'’])(?:{alternation(articles)})\s*$", re.IGNORECASE) if articles else None
    works = [w.lower() for w in by_language(data.get("work_nouns"))]  # ("статье Путина «…»": quote_furniture.py)
    cues.title_small_words = frozenset(w.lower() for w in by_language(data.get("title_small_words")))  # (a work's title)
    cues.work_before = lazy(rf"(?:{bounded_words(works)})[\s:]*\W?\s*$", re.IGNORECASE) if works else None
    cues.document_word = lazy(rf"(?<!\w)(?:{alternation(words)})", re.IGNORECASE)
    # ... anywhere for a Chinese or Japanese one, which no space sets off ("ロ朝新条約「…」")
    cjk_words = [w for w in words if spaceless(w) and not is_hangul(w)]
    cues.document_word_anywhere = lazy(rf"(?<!\w)(?:{alternation(words)})(?!\w)|{alternation(cjk_words) if cjk_words else '(?!x)x'}",
                                       re.IGNORECASE)
    # A document's provision: one of its verbs with a document or a part of one shortly before it (quote_sentences.py)
    provisions = data.get("provisions") or {}
    verbs = [w.lower() for w in by_language(provisions.get("verbs"))]
    cjk_verbs = [w for w in verbs if spaceless(w) and not is_hangul(w)]  # (no space marks where a word starts)
    verbs = [w for w in verbs if w not in cjk_verbs]
    tails = [w.lower() for w in provisions.get("compound_tails") or ()]
    part = bounded_words(words + [w.lower() for w in provisions.get("words") or ()]) + (
        rf"|(?<!\w)\w+(?:{alternation(tails)})(?!\w)" if tails else "")
    verb = rf"(?<!\w)(?:{alternation(verbs)})(?!\w)" if verbs else r"(?!x)x"
    cues.provision = lazy(rf"(?:{part})(?:[^.!?;]|\.(?=\s?\d)){{0,80}}?{verb}", re.IGNORECASE) if verbs else None
    # ... the same two right after the quotation, either way round ("“…,” the treaty says", "« … », stipule l'article 4")
    cues.provision_after = lazy(
        rf"[\s,.:;!?–—)»”\"'’-]*(?:(?:[\w'’-]+\s+){{0,4}}?(?:{part})(?:\s+[\w'’.-]+){{0,4}}?\s+{verb}"
        rf"|{verb}\s+(?:[\w'’-]+\s+){{0,2}}?(?:\w+['’])?(?:{part}))", re.IGNORECASE) if verbs else None
    # ... a German verb before it whose particle closes its clause after it ("Der Vertrag sieht „…“ vor"), a participle after it
    split = {str(v).lower(): str(p).lower() for group in (provisions.get("split_verbs") or {}).values() for v, p in group.items()}
    cues.split_verb = lazy(rf"(?:{part})[^.!?;]{{0,80}}?(?<!\w)(?:{alternation(split)})(?!\w)", re.IGNORECASE) if split else None
    cues.particle = _closes(set(split.values()))
    cues.closing = _closes(w.lower() for w in by_language(provisions.get("closing")))
    cues.part = lazy(part, re.IGNORECASE)
    alone = by_language(provisions.get("closing_alone"))
    cues.closing_alone = lazy(rf"[\s」』”\"]*(?:{alternation(alone)})") if alone else None
    cjk_closing = by_language(provisions.get("cjk_closing"))
    cues.cjk_closing = lazy(rf"[\s」』”\"]*(?:{alternation(cjk_closing)})") if cjk_closing else None
    in_which = [w.lower() for w in by_language(provisions.get("in_which"))]
    cues.in_which = lazy(rf"(?:{part})\s*,?\s+(?:{alternation(in_which)})(?!\w)((?:\s+[\w'’-]+){{0,5}})\s*\W?$",
                               re.IGNORECASE) if in_which else None
    # ... and a quotation its sentence says is written in one ("«…», – йдеться в угоді", "В статье 4 сказано: «…»")
    said_in = [w.lower() for w in by_language(provisions.get("said_in"))]
    numbers = [w.lower() for w in provisions.get("numbered") or ()]  # ("статье 4", "Artikel 4")
    located = rf"(?:\w+['’])?(?:{alternation(w.lower() for w in provisions.get('located') or ())}" + (
        rf"|(?:{alternation(numbers)})\.?\s*\d+" if numbers else "") + r")(?!\w)"
    gap = r"(?:\s+|(?<=['’]))(?:\w+\s+){0,2}"  # (at most two words; none after an elided article: "nell'accordo")
    cues.said_in = lazy(rf"(?<!\w)(?:{alternation(said_in)}){gap}{located}",
                              re.IGNORECASE) if said_in else None
    split_in = [phrase.rsplit(" ", 1) for phrase in said_in if " " in phrase]
    cues.located_said = lazy(
        rf"(?<!\w)(?:{alternation(p for _, p in split_in)}){gap}{located}(?:[\s,]+[\w'’-]+){{0,3}}?"
        rf"[\s,:]+(?:{alternation(v for v, _ in split_in)})(?!\w)", re.IGNORECASE) if split_in else None
    # Only a Korean name ends in its document word; an English quotation may end "... the treaty".
    tail = [w for w in words if is_hangul(w)]
    stems = [w.lower() for w in documents.get("short_names") or ()]
    # (a Chinese or Japanese stem anywhere: no space marks where its word starts)
    cjk_stems = [w for w in stems if not is_hangul(w) and spaceless(w)]
    stems = [w for w in stems if w not in cjk_stems]
    cues.short_name = lazy(
        rf"(?<!\w)(?:{alternation(stems) or '(?!x)x'})" + (f"|{alternation(cjk_stems)}" if cjk_stems else ""),
        re.IGNORECASE)
    clause = documents.get("korean_clause_numbers") or {}
    numbered = rf"(?:\s*(?:{alternation(clause.get('before') or ())})?\s*\d+\s*(?:{alternation(clause['after'])}))*" \
        if clause.get("after") else ""
    cues.document_tail = lazy(rf"(?:{alternation(tail) or '(?!x)x'}){numbered}\s*(?:\([^()]*\))?$")
    endings = [w for w in by_language(provisions.get("content_endings")) if is_hangul(w)]
    # (the noun a few words on, past its modifiers: "“…”는 북러 포괄적 전략적 동반자 관계에 관한 조약을")
    cues.content_of_document = lazy(
        rf"[”\"’'」』]?\s*(?:{alternation(endings)})\s+(?:[{HANGUL_LETTERS}\w·-]+\s+){{0,{CONTENT_WORDS}}}?"
        rf"(?:{alternation(tail)})(?:{_KO_PARTICLES})?(?![{HANGUL_LETTERS}])") if endings and tail else None
    nouns = [w for w in by_language(provisions.get("content_nouns")) if is_hangul(w)]
    topics = [w for w in by_language(provisions.get("document_topic_particles")) if is_hangul(w)]
    verbs = [w for w in by_language(provisions.get("content_verbs")) if is_hangul(w)]
    cues.content_noun = lazy(rf"[”\"’'」』″]?\s*(?:{alternation(endings)})\s+(?:{alternation(nouns)})(?:이|가|은|는|도)?\s*"
                             rf"(?:{alternation(verbs)})") if endings and nouns and verbs else None  # "'…'는 내용이 적혔다"
    cues.document_topic = lazy(rf"(?:{alternation(tail)}){numbered}\s*(?:{alternation(topics)})(?![{HANGUL_LETTERS}])") \
        if tail and topics else None  # "조약에는", "4조에는"
    # A numbered article of a document named ("Article 4 of the treaty", "статья 4 в нем", "제4조", "第4条"): a paragraph of
    # nothing but a quotation right after the paragraph naming it, nobody said to speak, is that article's text
    cues.numbered_article = lazy(
        (rf"(?<!\w)(?:{alternation(numbers)})\.?\s*\d+(?!\d)|" if numbers else "")
        + (rf"(?:{alternation(clause['before'])})\s*\d+\s*(?:{alternation(clause['after'])})|" if clause.get("before") else "")
        + cjk_number_of(documents), re.IGNORECASE)
    particles = by_language(provisions.get("clause_located"))
    # (a bare number is an article's only right after a document word: "조약 4조에는"; "3조" alone is also three trillion)
    named_before = alternation(w for w in tail if len(w) > 1)
    # ... or right before the quotation it holds ("또 3조에서 '…'", read with the quotation masked as Q): no sum of money
    # is followed so
    located = alternation(p for p in particles if is_hangul(p))
    cues.clause_located = lazy(
        rf"(?:(?<![{HANGUL_LETTERS}])(?:{alternation(clause['before'])})" + (rf"|(?:{named_before})\s*" if named_before else "") +
        rf"|(?<![\w.,])(?=\d+\s*(?:{alternation(clause['after'])})(?:{located})\s*Q)"
        rf")\s*\d+\s*(?:{alternation(clause['after'])}){numbered}(?:{located})"
        rf"(?![{HANGUL_LETTERS}])") if particles and clause.get("before") else None
    # ... a Chinese or Japanese one: "第4条では「…」", "条约第四条规定：「…」"
    cjk = documents.get("cjk_clause_numbers") or {}
    cjk_number = cjk_number_of(documents)
    cjk_particles = [p for p in particles if not is_hangul(p)]
    cues.cjk_clause_located = lazy(rf"{cjk_number}(?:\s*{cjk_number})*(?:{alternation(cjk_particles)})") \
        if cjk_particles and cjk.get("before") else None
    cjk_words = [w for w in words if spaceless(w) and not is_hangul(w)]
    cues.cjk_part = lazy(rf"{alternation(cjk_words) or '(?!x)x'}|{cjk_number}")
    cues.cjk_provision = lazy(rf"(?:{alternation(cjk_words) or '(?!x)x'}|{cjk_number})[^.!?;。！？；]{{0,30}}?"
                                    rf"(?:{alternation(cjk_verbs)})") if cjk_verbs else None
    # ... but a Korean sentence names its topic ("이번 조약은 … 조약"): a name does not.
    cues.korean_topic = lazy(r"[\uac00-\ud7a3](?:은|는)(?!\S)")
    # A Chinese or Japanese name ends in its document word too, and holds "on …" (关于, に関する) or a
    # partnership stem; speech may end in "treaty" ("…史上最全面的国家间条约").
    cjk_tail = [w for w in words if not is_hangul(w) and spaceless(w)]
    cues.cjk_document_tail = lazy(rf"(?:{alternation(cjk_tail) or '(?!x)x'})\s*$")
    cues.cjk_name_link = lazy(alternation(documents.get("cjk_name_links") or ()) or r"(?!x)x")
    cues.cjk_clause = lazy(alternation(by_language(documents.get("cjk_clause_words"))) or r"(?!x)x")


def cjk_number_of(documents: dict) -> str:
    """A Chinese or Japanese article's number ("第4条", "第四条": documents' cjk_clause_numbers), as a pattern."""
    cjk = documents.get("cjk_clause_numbers") or {}
    return rf"(?:{alternation(cjk['before'])})\s*[\d一二三四五六七八九十百]+\s*(?:{alternation(cjk['after'])})" \
        if cjk.get("before") and cjk.get("after") else r"(?!x)x"


def _closes(words) -> LazyPattern | None:
    """What closes the clause of a quotation with one of `words` (its start matched at the quotation's end)."""
    words = alternation(words)
    return lazy(rf"[^.!?;]{{0,60}}?(?<!\w)(?:{words})(?=\s*(?:[.,;:!?)]|$))", re.IGNORECASE) if words else None


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
