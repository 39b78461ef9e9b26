"""Which line of an article's head is its headline.

The lines above the text hold a headline, maybe a standfirst before or after it, and page furniture:
share and menu widgets ("From", "Send to", "menu open"), tickers, section words, crumb trails, skip
links, photo credits. A headline reads as one: a line of a few words to a short sentence, with no
second sentence in it; a line of one or two words stands above the headline only as a label. The
cues per language are in languages/head.yml (section words, patterns of lines that are never a title).
"""

from __future__ import annotations

import re

from . import caption_credits, credits, dates, self_credits, wire_credits
from .head_kicker import han_kicker
from .head_tags import tag_list
from .knowledge import Knowledge
from ..text import sentences

TITLE_MAX_CHARS = 200
HEADLINE_SENTENCE_WORDS = 22  # a one-sentence first line this short is a headline even with a full stop

BYLINE = re.compile(r"^by\s+(?P<who>[^\d].{1,100})$", re.IGNORECASE)

# Capital letters of the cased scripts a dateline's place is written in: Latin with its accents ("PJÖNGJANG",
# "SEÚL", "ŁÓDŹ"), Greek and Cyrillic ("БЕРЛИН", "КИЇВ").
# Every capital letter of the Latin, Greek, Cyrillic and Armenian alphabets (Kazakh "Қ", Uzbek "Ў", Serbian "Ђ",
# Azerbaijani "Ə", Romanian "Ș", Vietnamese "Ấ"), for a character class: a hand-written range missed some
# (each run of consecutive letters written as a range: the same class, in fewer items for the regex compiler
# to read, in each of the many patterns it opens)
def _capitals() -> str:
    spans: list[list[int]] = []
    for code in (*range(0x41, 0x590), *range(0x1E00, 0x1F00)):
        if chr(code).isupper():
            if spans and code == spans[-1][1] + 1:
                spans[-1][1] = code
            else:
                spans.append([code, code])
    return "".join(chr(a) + (f"-{chr(b)}" if b > a else "") for a, b in spans)


CAPITALS = _capitals()

_KICKER = re.compile(r"^(?:[A-Z][A-Z&'-]+(?:\s+[A-Z][A-Z&'-]+){0,2}|opinion|analysis|commentary|editorial|explainer)$")

# A dateline prefix a title made from the lead must not keep: "(서울=뉴스1) 기자 =", "SEOUL (AFP) –",
# "БЕРЛИН, 19 июня. /ТАСС/.", a wire's credit alone ("(AFP) – "), a place and a date before the credit
# ("Seoul, June 19 (IANS) ", "Madrid, 19 jun (EFE).- "), a bracketed credit ("[モスクワ 15日 ロイター] - ").
# A lead opening with its place and a full stop, a dateline as Spanish and Latin American papers print it ("Nueva
# York. Rusia vetó ayer …", "Moscú. El Kremlin …"): no title's words. (Four letters or more: "Mr. Smith" is no place.)
PLACE_STOP = re.compile(rf"^[{CAPITALS}][^\W\d_]{{3,}}(?:\s(?:[^\W\d_]{{1,3}}\s)?[{CAPITALS}][^\W\d_]+){{0,2}}\.\s+(?=[{CAPITALS}])")
LEAD_DATELINE = re.compile(
    # a place, a day and its month, a dash and the agency with a full stop: "Москва, 25 апреля – ИА РУСКОР. ",
    # "ТОКИО, 5 сен – ПРАЙМ. ", "Kyiv, June 5 - Ukrinform. " (each of the agency's words capitalised), or none: "Pyongyang, June 19 – "
    r"^(?:[^\W\d_][^,.!?()\n]{1,30},\s*(?:[0-9]{1,2}\.?\s+[^\W\d_]{3,12}|[^\W\d_]{3,12}\.?\s+[0-9]{1,2})\.?(?:,?\s*[0-9]{4})?\s*(?:--|—|–|-)\s*"
    rf"(?:[{CAPITALS}][\w.-]*(?:\s[{CAPITALS}][\w.-]*){{0,2}}\.\s+|(?<=\s)(?=[{CAPITALS}]))"
    r"|[(\[][^)\]=]{0,30}=[^)\]]{1,30}[)\]]\s*(?:=\s*)?(?:[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*)?"
    rf"|[{CAPITALS}][{CAPITALS} .'’-]{{2,40}}(?:,[^.()/–—]{{1,40}}?)?"
    r"(?:\s*\([^)]{1,30}\)\s*(?:--|—|–|-)?|\.?\s*/[^/]{1,20}/\.?|\s+(?:--|—|–|-))\s+"
    r"|\([^()\d]{2,30}\)\s*(?:--|—|–|-|:)\s*"
    # a place written in title case before the credit: "Paris (dpa-AFX) - ", "Seoul (AFP) — "
    rf"|[{CAPITALS}][^\W\d_]+(?:[ -][{CAPITALS}][^\W\d_]+){{0,2}}\s*\([^()\d]{{2,30}}\)\s*(?:--|—|–|-|:)\s*"
    r"|[^\W\d_][^,.!?()\n]{1,30},(?=[^(]{1,24}\d)(?:\s+[^\s(),]{1,12}){1,3}\s*\([^()]{2,30}\)\s*(?:\.?-|--|—|–|:)?\s*"
    r"|[\[［【][^\]］】]{1,30}[\]］】]\s*(?:[-–—]\s*)?"
    # (or the outlet's own report, a space after it: "参考消息网7月11日报道 据…")
    r"|[\u4e00-\u9fff]{2,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|電|讯|訊|(?:报道|報道)(?=\s))\s*"
    # a place, its site's name (letters in capitals or a web address) and a dash, or what a misread encoding left of it:
    # "MOSKOW, situsberita.co.id – ", "Jakarta, IDM – " (a separator of no Latin letter: "Jakarta, AS dan …" is text)
    rf"|[{CAPITALS}][^\W\d_]+(?:\s[{CAPITALS}][^\W\d_]+)?,\s+(?:[A-Z]{{2,6}}|[\w-]+(?:\.[\w-]+)+)\s+"
    rf"[^\sA-Za-z0-9\u00c0-\u024f]{{1,3}}\s+(?=[{CAPITALS}])"
    # a place and a day with the wire's dispatch word in brackets: "(首尔12日综合电)", "（北京6月19日电）", "《X社17日專訊》"
    r"|[(（《][\u4e00-\u9fff]{2,8}?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日[\u4e00-\u9fff]{0,3}?(?:电|電|讯|訊)[)）》]\s*"
    # a place, a day and its month with no comma, the agency in brackets and a dash: "Pchjongjang 19. júna (TASR) - ",
    # "Moskau 19. Juni (APA) – "
    rf"|[{CAPITALS}][^\W\d_]+(?:[ -][{CAPITALS}][^\W\d_]+){{0,2}}\s+(?:[0-9]{{1,2}}\.?\s+[^\W\d_]{{3,12}}|[^\W\d_]{{3,12}}\.?\s+[0-9]{{1,2}})\.?\s*\([^()\d]{{2,30}}\)\s*(?:--|—|–|-|:)\s*"
    # a place in title case, a day and its month (maybe cut short) and a full stop, no credit: "Pyongyang, 19 giu. Al
    # via …", "Moskau, 19. Juni. Der …" (a wire's dateline as Italian and German agencies print it)
    rf"|[{CAPITALS}][^\W\d_]+(?:[ -][{CAPITALS}][^\W\d_]+){{0,2}},\s*(?:[0-9]{{1,2}}\.?\s+[^\W\d_]{{3,12}}|[^\W\d_]{{3,12}}\s+[0-9]{{1,2}})\.\s+(?=[{CAPITALS}])"
    # a place alone in brackets before the sentence: "(Seoul) Der russische Präsident …", "(Moskau) Der …"
    rf"|\([{CAPITALS}][^\W\d_]+(?:[ -][{CAPITALS}][^\W\d_]+){{0,2}}\)\s+(?=[{CAPITALS}][^\W\d_])"
    # a place and a full date: "Moscú, 5 de diciembre de 2024.- ", "Москва, 5 декабря 2024 г. — "
    r"|[^\W\d_][^,.!?()\n]{1,30},\s*[0-9]{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?\s+(?:de\s+)?(?:19|20)[0-9]{2}(?:\s*г\.)?\s*\.?\s*(?:--|—|–|-)\s*"
    # a weekday or place and a day with its month before a danda: "रविवार, 10 नवंबर। " (a vowel sign is no letter to \w)
    r"|[^\W\d_][^,.!?()\n।]{1,20},\s*[0-9]{1,2}\s+[^\s\d,.।]{2,15}\s*।\s*"
    # a place and a bracketed credit alone on the lead's first line: "موسكو(وكالات)", "Seoul (AFP)" (a place is
    # three words at most and quotes nothing: '북·러조약 … "4일부터 효력 발생"(종합)' is a headline and its tag)
    r"|(?=[^()\n]{2,31}\()[^\W\d_][^()\n.!?\"“”«»„\s]*(?:\s+[^()\n.!?\"“”«»„\s]+){0,2}\s*\([^()\d]{2,30}\)\s*$)"
)

SENTENCE_PUNCT = (".", "!", "?", "…", ".\"", ".”", ".'", "。", "！", "？", "।")  # (Hindi ends a sentence with a danda)

LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_INNER_SENTENCE_END = re.compile(r"[.!?。！？।](?=\s+\S)")
_CJK_INNER_END = re.compile(r"[。！？](?=\S)")  # Chinese and Japanese put no space after a sentence
HAN_KANA = _HAN_KANA = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
KOREAN_SENTENCE_END = re.compile(r"(?<=[다요까])[.](?=\s+\S)")


def looks_like_title(line: str) -> bool:
    """Whether a line is shaped as a headline: not too long, not a date or a byline, one sentence."""
    words = _word_count(line)
    if (len(line) > TITLE_MAX_CHARS or words > 30) and not dated_event_title(line):
        return False
    if dates.date_line(line) or BYLINE.match(line):
        return False
    if not line.endswith(SENTENCE_PUNCT):
        return True
    if _KOREAN_FINAL.search(line) or _CJK_INNER_END.search(line) or (
        _INNER_SENTENCE_END.search(line) and (len(sentences(line)) > 1 or KOREAN_SENTENCE_END.search(line))
    ):
        return False  # two sentences are a paragraph (asked of the sentence splitter only when it may be)
    return words <= 12


LONG_TITLE_CHARS = 300
LONG_TITLE_WORDS = 40
_CLOSING_PLACE_DATE = re.compile(r"\((?P<inside>[^()]{6,60})\)$")


def dated_event_title(line: str) -> bool:
    """An official record's long title closed by its place and date in brackets, no sentence in it ("Statement by the
    Minister … at the end of the second round of talks (Harbourton, 12 July 2025)"): a headline past the usual length."""
    found = _CLOSING_PLACE_DATE.search(line) if len(line) <= LONG_TITLE_CHARS else None
    return found is not None and _word_count(line) <= LONG_TITLE_WORDS and not _INNER_SENTENCE_END.search(line) \
        and dates.find(found["inside"]) is not None


_ADDRESS_ALONE = re.compile(r"[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,6}")
def _word_count(line: str) -> int:
    """Words, a Han or kana pair counted as one (Chinese and Japanese put no spaces between words)."""
    return len(line.split()) + len(_HAN_KANA.findall(line)) // 2 if not line.isascii() else len(line.split())


def skip_in_head(line: str, knowledge: Knowledge) -> bool:
    """Head lines that are furniture: a section word, a crumb trail, a skip link, a photo credit, an imprint's label."""
    if credits.section_word(line, knowledge) or credits.photo_credit(line, knowledge) or credits.category_line(line, knowledge):
        return True
    pattern = credits.joined(knowledge, "not_title_patterns")
    return pattern is not None and len(line) <= 300 and pattern.match(line) is not None or imprint_label(line, knowledge)


def wrapped_headline(line: str, knowledge: Knowledge) -> str | None:
    """The headline a content farm's sentence wraps ("نعرض لكم زوارنا أهم وأحدث تفاصيل خبر X في المقال التالي": "we
    show you, our visitors, the latest details of the news X in the following article"; languages/head.yml's
    headline_wrappers, group "title"), or None: the wrapper's words are the site's, no headline's or lead's."""
    if len(line) > 2 * TITLE_MAX_CHARS:
        return None
    for pattern in credits.compiled(knowledge, "headline_wrappers"):
        found = pattern.match(line)
        if found is not None:
            return found["title"].strip()
    return None


def imprint_label(line: str, knowledge: Knowledge) -> bool:
    """Whether `line` is an imprint's label ("رئيس التحرير", "Editor-in-chief: …"), with its name after a colon or not."""
    pattern = credits.joined(knowledge, "imprint_labels")
    return pattern is not None and len(line) <= 80 and pattern.match(line) is not None



def headline_choice(line: str, position: int, kept, rest: list[str], body: list[str], lead: bool,
                    knowledge: Knowledge) -> str | None:
    """What a head line above the headline is: "title", "furniture" (a widget's or menu's words, a
    currency ticker: dropped), "kicker" (a section label: skipped), or None (the article's text).

    kept: the head lines left as (index, line) with this one at `position`; rest: the lines after the
    head; body: the lines already taken for text; lead: whether the line is known to be the lead's."""
    following = kept[position + 1 :]
    if body:  # a standfirst above the headline: one sentence, then a line shaped as a headline (a line opening with
        # an agency's dateline, "据新华社北京7月13日电 …", is the lead: the short line below it is a subheading)
        return "title" if position <= 2 and _standfirst(body[0]) and headline_shape(line, knowledge) and (following or rest) \
            and wire_credits.credit_in(body[0][:STANDFIRST_CREDIT_CHARS], knowledge) is None else None
    if following and _tagged(following[0][1], knowledge) and not _tagged(line, knowledge) and not _short(line):
        return None  # a deck above a headline closed by its wire's version tag ("… (종합)"): the text's, not the title
    if _KICKER.match(line) and following and looks_like_title(following[0][1]):
        return "kicker"  # "ANALYSIS" above the headline: a section label
    if lead or wire_credits.credit_in(line, knowledge) is not None or not LEAD_DATELINE.sub("", line, count=1).strip():
        return None  # the lead's text, or its dateline alone on a line ("موسكو(وكالات)")
    if _THREE_LETTERS.search(line) is None:
        return "furniture"  # "$41.31 €42.99", "|": no headline is without letters
    if _ADDRESS_ALONE.fullmatch(line):
        return "furniture"  # "Top.Mail.Ru": a counter's widget (a site's own masthead was read before)
    if tag_list(line, knowledge) and _headline_follows(following, knowledge):
        return "furniture"  # (a title-case headline of capitalised words alone has no headline below it)  # "Эмманюэль Макрон Олаф Шольц … Берлин МИД общество политика"
    if _NUMBERED.match(line) and _numbered_beside(kept, position):
        return "furniture"  # "1. Главная страница", "2. Новости": a crumb trail or menu, an item a line
    if _LABEL.match(line):
        return "furniture"  # "通版阅读请点击:", "발행일:": a label introduces what follows (below the headline, a list)
    if len(line) <= SHORT_LINE_CHARS and _short(line) and _headline_follows(following, knowledge):
        return "furniture"  # "From", "Send to", "menu open", "새소식" above the headline
    if _one_word_label(line):
        return "furniture"  # "이슈브리프", "Exklusiv": a series' or section's label with the text, not a headline, below it
    shaped = self_credits.untagged(line, knowledge)  # ("[영상] …": a story's kind tagged before its headline is no dateline)
    if looks_like_title(shaped) or _one_sentence_headline(shaped, following, rest) or _question_after(shaped, following, rest):
        return "kicker" if han_kicker(line, [text for _, text in following] + rest[:2]) else "title"
    return None


def _tagged(line: str, knowledge: Knowledge) -> bool:
    """Whether `line` ends with a wire's version tag (head.yml's headline_tags: "(종합)", "(종합2보)")."""
    pattern = credits.joined(knowledge, "headline_tags")
    return pattern is not None and pattern.search(line) is not None


_NUMBERED = re.compile(r"^\s*[0-9]{1,2}[.)]\s+\S")


def _numbered_beside(kept, position: int) -> bool:
    """Whether a numbered line has a numbered neighbour among the head lines (a list of menu items)."""
    return any(
        _NUMBERED.match(kept[other][1]) for other in (position - 1, position + 1) if 0 <= other < len(kept)
    )


QUESTION_WORDS = 10  # ("Что именно говорится в новом договоре между КНДР и Россией?": Russian needs no articles, yet nine)
_LAST_QUESTION = re.compile(r"(?<=[.!?])\s+(?P<question>[^.!?]{3,60}[?？])$")


def _question_after(line: str, following, rest: list[str]) -> bool:
    """A first line of a short headline sentence and a short question after it ("… ratyfikował traktat.
    Co zakłada dokument?", "… signs the treaty. What does it say?"): the whole line is the headline."""
    found = _LAST_QUESTION.search(line) if len(line) <= TITLE_MAX_CHARS else None
    if found is None or len(found["question"].split()) > QUESTION_WORDS:
        return False
    return _one_sentence_headline(line[: found.start()], following, rest) and not line.startswith(found["question"])


_LABEL = re.compile(r"^[^:：\n]{1,40}[:：]$")
STANDFIRST_WORDS = 45
STANDFIRST_CREDIT_CHARS = 40  # a dateline's credit opens the line
SHORT_LINE_LETTERS = 12
SHORT_LINE_CHARS = 40  # no line longer is short (a test before the words are counted)
_THREE_LETTERS = re.compile(r"[^\W\d_](?:[\W\d_]*[^\W\d_]){2}")
HEADLINE_SCAN = 6  # lines after a short one searched for the headline it stands above


def _short(line: str) -> bool:
    """A line of one or two words and few letters: a widget's, menu's or section's label, seldom a
    headline (a Han or kana character counts as two letters: those scripts say more in one)."""
    words = LETTER_WORD.findall(line)
    if len(words) >= 3:
        return False
    letters = sum(len(w) for w in words) + len(_HAN_KANA.findall(line))
    return letters < SHORT_LINE_LETTERS


HEADLINE_AFTER_STAMP_WORDS = 16


def headline_after_stamp(text: str, alone: bool = False, own_line: bool = False) -> bool:
    """Whether the text glued after a labelled date ("date 2024-10-15 Scholz proposes to ratify …") is the
    headline rather than the lead: a short line with no sentence's end and no dateline, as headlines are
    (a lead after the label runs on: "date 2024-06-19 In a significant breakthrough, … signed … . The …").
    `alone`: the text is its line's whole rest, with more lines below; then one short sentence with its full stop,
    a paragraph of its own above the text, is the headline too (as a first line of that shape is). `own_line`: the
    text is its line's whole rest, with more lines below: with no sentence's end it may run as long as a headline
    of its own line does ("date 2025-08-13 <a headline of 17 words>" / the lead)."""
    limit = HEADLINE_SENTENCE_WORDS if own_line and not text.rstrip().endswith(SENTENCE_PUNCT) else HEADLINE_AFTER_STAMP_WORDS
    if _word_count(text) > limit:
        return False
    if alone and _one_sentence_headline(text, (), ["(more)"]):
        return True
    return (
        not text.rstrip().endswith(SENTENCE_PUNCT)
        and looks_like_title(text)
        and LEAD_DATELINE.match(text) is None
    )


def _one_word_label(line: str) -> bool:
    """A line of a single short word ("이슈브리프", "Analyse"): a label, even with no headline under it (a headline of
    Chinese or Japanese, written without spaces, says enough in its characters not to be short)."""
    return len(line.split()) == 1 and len(LETTER_WORD.findall(line)) == 1 and _short(line)


# A print text's pointer to another page closing a paragraph: "▶관련기사 9면", "(Seite 3)", "→ S. 4", "(см. стр. 2)"
_CROSS_REFERENCE = re.compile(
    r"(?:[▶►→>]\s*(?:관련\s?기사|関連記事|相关报道|相關報導)?\s*\d{1,3}\s*(?:면|面|版|ページ)"
    r"|[▶►→(（]\s*(?:see |siehe |voir |ver |vedi |см\.\s?|див\.\s?|patrz )?"
    r"(?:page|p\.|pages|seite|s\.|página|pág\.|pagina|pag\.|стр\.|с\.|strona|str\.)\s?\d{1,3}[)）]?)\s*$",
    re.IGNORECASE,
)


def headline_shape(line: str, knowledge: Knowledge) -> bool:
    """A line a reader takes for a headline without doubt: three words or more, no sentence end (nor a
    pointer to another page, which ends a print text's paragraph), no quotation running past a title's length."""
    from .lead_quotes import opens_long_quote  # (that module imports this one)
    return (
        not line.rstrip().endswith(SENTENCE_PUNCT)
        and not opens_long_quote(line)  # ("«…», — подчеркнул лидер": a statement quoted, the text's)
        and _CROSS_REFERENCE.search(line[-40:]) is None
        and not _short(line)
        and looks_like_title(line)
        and not skip_in_head(line, knowledge)
        and credits.masthead(line, knowledge) is None
    )


HEADING_WORDS = 6  # a heading that names the story, not a subhead of two or three words ("Protest des Westens")


def heading_after_lead(lines: list[str], knowledge: Knowledge) -> str | None:
    """The heading a page shows only after its first paragraph, when none stands above it ("El presidente de
    Rusia … ha dado a conocer …" then "Scholz y Macron: Un Nuevo Tratado …"): a line of a headline's shape
    and six words or more between the lead's running text and more text. None when there is no such line."""
    if len(lines) < 3:
        return None
    lead, heading = lines[0], lines[1]
    if not lead.rstrip().endswith(SENTENCE_PUNCT) or _standfirst(lead):
        return None  # (one short sentence above a headline is its standfirst: headline_choice reads that)
    if len(heading.split()) < HEADING_WORDS or not headline_shape(heading, knowledge) or _INNER_SENTENCE_END.search(heading) \
            or heading.lstrip()[:1] in _BULLETS or caption_credits.caption_before_credit(heading, knowledge) is not None:
        return None  # (two sentences, a list's item, a photo's caption with its credit: the text's, no heading)
    # A heading's own shape, which a sentence of the text that lost its full stop lacks: two parts about a colon
    # ("Amicizia e cooperazione: il nuovo trattato …") or its long words capitalised ("Un Nuevo Tratado de …").
    long_words = [w for w in LETTER_WORD.findall(heading) if len(w) >= 4]
    if ": " not in heading and not (long_words and all(w[0].isupper() for w in long_words)):
        return None
    if _capitals_only(heading) and any(_capitals_only(line) for line in lines[2 : 2 + SUBHEAD_SCAN]):
        return None  # the first of the text's subheads in capitals ("\"OUR CLOSEST FRIEND\"" … "TIES TODAY"): no headline
    return heading


def heading_below_stamp(line: str, knowledge: Knowledge) -> bool:
    """Whether a line right below a date stamp, under text that opens the page, is the article's heading: a headline's
    shape (no sentence end) and six words or more (a subhead's two or three, or a caption's credit, are none)."""
    return len(line.split()) >= HEADING_WORDS and headline_shape(line, knowledge) \
        and caption_credits.caption_before_credit(line, knowledge) is None


SUBHEAD_SCAN = 8  # lines after a heading in capitals searched for another one (the text's subheads)


def _capitals_only(line: str) -> bool:
    """A line of three words or more whose letters are all capitals (a subhead's style, "RUSSIA - KOREA TIES")."""
    words = LETTER_WORD.findall(line)
    return len(words) >= 3 and all(w.isupper() for w in words) and len(line) <= TITLE_MAX_CHARS


_BULLETS = frozenset("◆◇■□●○•▶►▪☐◦-–—*·")


def _headline_follows(following, knowledge: Knowledge) -> bool:
    """Whether a full headline comes within the next lines, with only short or furniture lines between (lines
    without letters, a calendar widget's day numbers, are not counted)."""
    scanned = 0
    for _, line in following[: HEADLINE_SCAN * 3]:
        if _THREE_LETTERS.search(line) is None:
            continue
        scanned += 1
        if scanned > HEADLINE_SCAN:
            return False
        if _short(line) or skip_in_head(line, knowledge) or credits.masthead(line, knowledge) is not None:
            continue  # (a site's masthead line stands between the menu and the headline too)
        # (a byline after a bullet, "•, by Jane Doe", and a photo's caption with its credit are no headline)
        return headline_shape(line, knowledge) and not BYLINE.match(line.lstrip("•·|,;-–— ")) \
            and caption_credits.caption_before_credit(line, knowledge) is None
    return False


def _standfirst(line: str) -> bool:
    """One sentence of a standfirst's length (the deck some pages put above the headline)."""
    return len(line.split()) <= STANDFIRST_WORDS and not _INNER_SENTENCE_END.search(line)


def _one_sentence_headline(line: str, following, rest: list[str]) -> bool:
    """A first line of one short sentence ending in a full stop, with more text after it, is a headline
    (but not one that ends quoting five words or more after words of its own: a lead reporting what was said)."""
    has_more = bool(following) or bool(rest)
    return (
        has_more
        and _word_count(line) <= HEADLINE_SENTENCE_WORDS
        and not _INNER_SENTENCE_END.search(line)
        and not _KOREAN_FINAL.search(line)
        and not LEAD_DATELINE.match(line)
        and not _ENDS_QUOTING.search(line)
    )


# A sentence ending in a quotation of five words or more, closed by its mark and a full stop ('أفادت الوكالة بأن "…".')
_ENDS_QUOTING = re.compile(r"\S\s+[\"“«„](?:[^\"“”«»„\s]+\s+){4,}[^\"“”«»„]*[\"”»“]\s*[.]\s*$")


# A Korean sentence ending in a final verb ending and a full stop ("…서명했다.", "…마친 겁니다.") is the
# text's: Korean headlines end in a noun, a quotation or "…", never so.
_KOREAN_FINAL = re.compile(r"[다요][.]\s*$")


WIDGET_CHARS = 40  # a share link, a search box's label: a few words


def widgets(lines: list[str]) -> bool:
    """Whether `lines` (between a page's title and the headline repeated above the article) are all a
    widget's few words, none a sentence."""
    return bool(lines) and all(
        len(line) <= WIDGET_CHARS and not line.rstrip().endswith(SENTENCE_PUNCT) for line in lines
    )
