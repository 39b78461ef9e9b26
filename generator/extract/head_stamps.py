"""Date stamps among an article's first lines, and what the words and labels beside a date say.

Takes the head's first lines (with the article's language and the knowledge); gives each line as
(text, None), or a stamp as (text, date), cutting a label and its date glued to other text ("date
2024-06-19 In a significant…") out as a line of its own. What a stamp tells is noted on the head: the
published date (after a published label), the update date, and an outlet or byline beside the date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from . import bylines, credits, dates, furniture, promotions, self_credits
from .head_dates import labelled_month_dateline
from .head_glued import glued_dateline
from .head_site import relative_stamp
from .headline import HAN_KANA, LETTER_WORD, headline_after_stamp, wrapped_headline
from .knowledge import Knowledge
from .phrases import cached, trie_pattern
from .wire_credits import credit_in

if TYPE_CHECKING:
    from .head import _Head

# an image's width between the outlet's name and the date of a page's share line ("Headline - Outlet, 1920, 27.06.2024")
_IMAGE_WIDTH = re.compile(r"(?<=[^\W\d_]),\s*[0-9]{3,4},\s*$")
TEXT_END = (".", "!", "?", "。", "！", "？")
_HAN_KANA_RUN = re.compile("[\u3040-\u30ff\u4e00-\u9fff]{10,}")
SHORT_STAMP_CHARS = 100  # a stamp line with a two-digit year is short (label, date, time, a view count)
# (Japanese writes a weekday in brackets and the time in its own characters: "2025年4月28日(月)20時47分")
_TIME_HEAD = re.compile(
    r"^[\s|·•,/\-–—]*(?:[(（][月火水木金土日][)）]\s*)?"
    r"(?:(?:at\s+)?[0-9]{1,2}[:.h][0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?|uhr)?\s*(?:[A-Z]{2,4}\b)?[\s|·•,/\-–—]*"
    r"|[0-9]{1,2}\s*時\s*[0-9]{1,2}\s*分\s*)?"
)


def _labels(knowledge: Knowledge) -> tuple[re.Pattern[str], ...]:
    """(published label, update label) at the end of the text before a date, and a published label
    with only a year and month at the start of a line."""
    def build(k: Knowledge) -> tuple[re.Pattern[str], ...]:
        data = credits.head_data(k)
        def pattern(key: str, default: tuple[str, ...]) -> re.Pattern[str]:
            words = sorted((str(w) for w in data.get(key) or default), key=len, reverse=True)
            return re.compile(r"(?:^|[\s|·•(\[])(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:：]?\s*$", re.IGNORECASE)
        words = sorted((str(w) for w in data.get("published_labels") or ("published",)), key=len, reverse=True)
        month = re.compile(
            r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:：]?\s*(?:19|20)[0-9]{2}[-./][0-9]{1,2}(?![-./]?[0-9])\s*",
            re.IGNORECASE,
        )
        glued = re.compile(r"(?<=[^\W\d_])(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:：]\s*$", re.IGNORECASE)
        return pattern("published_labels", ("published",)), pattern("update_labels", ("updated",)), month, glued
    return cached("head-labels", knowledge, build)


def _glued_label(before: str, glued: re.Pattern[str]) -> re.Match[str] | None:
    """A published label glued to the word before it, its line break lost ("İHAOluşturulma Tarihi: Kasım 10,
    2024"): written with a capital after the other word's last letter, and a colon after it."""
    found = glued.search(before)
    if found is None:
        return None
    first = before[found.start() : found.start() + 2]
    return found if len(first) == 2 and first[0].isupper() and first[1].islower() else None


def unglue(lines: list[str], language: str, head: _Head, knowledge: Knowledge) -> list[tuple[str, dt.date | None]]:
    """Each head line as (text, None), or a stamp as (text, date); a label and its date glued to other
    text ("date 2024-06-19 In a significant…", "Kicker Headline Stand: 19.06.2024 14:27 Uhr") are cut
    out and the text around them kept as lines of their own."""
    published_label, update_label, month_label, glued_label = _labels(knowledge)
    out: list[tuple[str, dt.date | None]] = []
    unstuck = list(_unstuck(lines, knowledge))
    for at, line in enumerate(unstuck):
        line = wrapped_headline(line, knowledge) or line
        relative = relative_stamp(line, knowledge)
        if relative is not None:  # "Site • gisteren, 09:15 Headline": a stamp of no date, the headline after it
            line, site = relative
            head.named_outlet = head.named_outlet or site
            if not line:
                continue
        partial = month_label.match(line)
        if partial:  # "date 2024-06 La Corée du Nord…": a label with only a month, glued to the lead
            label, line = partial.group(0), line[partial.end() :].strip()
            # (the dateline glued to it, or opening the next line under a kicker: "date 2024-06 Kicker" / "Roma, 19 giu. (X) –")
            head.published = head.published or labelled_month_dateline(label, line, language) or (
                labelled_month_dateline(label, unstuck[at + 1], language) if at + 1 < len(unstuck) else None)
            if len(LETTER_WORD.findall(line)) < 4 or furniture.strip([line], knowledge).removed:
                # (or to an update tag: "date 2024-06 (Neu: …)", or to a wire credit: "Von: APA/dpa/Reuters")
                # (or to a dateline that names its agency: "date 2024-06 Baku, 19 June, AGENCY")
                head.named_outlet = (head.named_outlet or self_credits.labelled_credit(line, knowledge)
                                     or credit_in(line, knowledge))
                continue
        found = dates.find_all(line[:300], language, limit=2, calendars=True) if len(line) <= 2000 else []
        if not found and len(line) <= SHORT_STAMP_CHARS:
            short = dates.SHORT_YEAR.search(line)  # "작성일24-06-19 09:42": a two-digit year after a label
            if short is not None and published_label.search(line[: short.start()]):
                stated = dates.find_short_year(line[short.start() :], language)
                if stated is not None:
                    found = [dates.Found(stated.date, short.start(), short.start() + stated.end)]
        if not found and len(line) <= SHORT_STAMP_CHARS:
            alone = dates.date_line(line)  # a line that is a date in another language than the text's ("4 Giugno 2025")
            if alone is not None:
                found = [dates.Found(alone, 0, len(line))]
        if not found:
            out.append((line, None))
            continue
        first = found[0]
        before, after = line[: first.start], line[first.end :]
        before = _IMAGE_WIDTH.sub("", before)  # "Headline - Outlet, 1920, 27.06.2024": a share line's image width
        if _POST_SIGNATURE.search(before) and not _own_post(unstuck, at):
            out.append((line, None))  # "— Name (@handle) October 27, 2025": an embedded post's signature, no stamp
            continue
        after_words = dates.leftover_words(after)
        if (update := update_label.search(before)) is not None:
            head.updated = head.updated or first.date
            credit = before[: update.start()]
            if "|" in credit:  # "Reuters | Seoul | Updated: 19-06-2024 15:25 IST | Created: …": the agency and place
                head.named_outlet = head.named_outlet or credits.piped_credit(credit, knowledge)
            if credit.strip() or len(after_words) >= 4:
                out.append((line, None))  # an update stamp inside text: leave the text alone
            continue
        label = published_label.search(before) or _glued_label(before, glued_label)
        label_after = None if label else _label_after(knowledge).match(after)
        if label_after:  # "時事通信 外信部2025年04月28日09時36分配信": the label after the date
            after = after[label_after.end() :]
        # "조선일보 2024. 7. 16. 00:10 러·북 …": a known outlet alone before the date that opens a scraped line is
        # its credit, as a label would be
        credit = None if label or len(before) > 40 else credits.known_outlet(before.strip(" |·•-–—"), knowledge)
        if not (label or label_after or credit) and before.strip() and not _after_stamp(after):
            # "<headline> NHK 2025年3月22日 5時35分": a known outlet's name and its date close the headline's line
            credit = _desk_credit(before.strip(" |·•-–—"), knowledge)[1]
        if label or label_after or credit:
            head.published = head.published or first.date
            kept_before = before[: label.start()].strip(" |·•-–—") if label else before.strip(" |·•-–—")
            kept_before, desk = _desk_credit(kept_before, knowledge)
            kept_before = kept_before.rstrip(" |·•-–—:")  # ("Headline – DW – 19.06.2024": the dash before the name)
            if desk:  # "<headline> 時事通信 外信部": the outlet and its desk end the headline's line
                head.named_outlet = head.named_outlet or desk
                if len(LETTER_WORD.findall(kept_before)) >= 2 and head.stamped_title is None:
                    head.stamped_title = len(out)  # the page's headline, its credit and date printed on its line
            credited = credits.named_beside_date(kept_before.split(), knowledge) if len(kept_before) <= 40 else None
            if credited:  # "İHA" before the label: the agency's credit line, glued to the stamp
                head.named_outlet = head.named_outlet or credited
            elif len(LETTER_WORD.findall(kept_before)) >= 2:
                out.append((kept_before, None))
            out.append(("", first.date))
            tail = _after_stamp(after)
            again = dates.find(tail[:120], language)
            if again is not None and len(dates.leftover_words(dates.without_date(tail))) <= 4:
                continue  # "date 2024-06-20 General News of Thursday, 20 June 2024": the stamp again
            masthead = credits.masthead(tail, knowledge) if 1 < len(tail) <= 60 else None
            promoted = promotions.promotion(tail, knowledge) if masthead is None else (False, None)
            if masthead:  # "date 2025-09-05 МЕДИАГРУППА «ЗВЕЗДА»": the site's masthead after its stamp
                head.named_outlet = head.named_outlet or masthead
            elif promoted[0]:  # "date 2025-09-03 NEW You can now listen to Fox News articles!": furniture
                head.named_outlet = head.named_outlet or promoted[1]
            elif wrapped := wrapped_headline(tail, knowledge):  # "date … <a farm's words> Headline <its words>"
                out.append((wrapped, None))  # (the headline, not the lead)
            elif len(LETTER_WORD.findall(tail)) >= 4:
                if not headline_after_stamp(tail, own_line=at < len(unstuck) - 1):
                    head.lead_at.add(len(out))  # the text after a label line is the lead, not a headline
                    if headline_after_stamp(tail, alone=at < len(unstuck) - 1):
                        head.title_lead.add(len(out))  # one short sentence alone: the whole of it titles the text too
                out.append((tail, None))
            continue
        if len(found) > 1:
            between = line[first.end : found[1].start]
            update = update_label.search(between)
            if update is not None:  # "11 novembre 2024 à 23:55, mis à jour le 12 novembre 2024": one stamp
                head.updated = head.updated or found[1].date
                after_words = dates.leftover_words(between[: update.start()] + " " + line[found[1].end :])
        words = dates.leftover_words(before) + after_words
        plain = _widgets_off(line, knowledge)
        if any(link.start() <= first.start < link.end() for link in _LINK.finditer(line)):
            plain = line  # a date inside a web address ("…/2025/03/12/….html") is the address's, no stamp
        elif plain != line and len(found) == 1:  # a byline's link to its author's page, a share widget's label
            words = dates.leftover_words(_widgets_off(before, knowledge)) + dates.leftover_words(_widgets_off(after, knowledge))
        newsroom = _credit_after(after, knowledge)
        if _stamp_shaped(plain, words, knowledge) or newsroom:
            # (a portal's credit of its source before the stamp: "information fournie par X • 21/06/2024 à 12:17")
            head.named_outlet = head.named_outlet or newsroom or (credit_in(before, knowledge) if len(before) <= 60 else None)
            head.author = head.author or bylines.name_before_stamp(line, knowledge)  # "Имя Фамилия 2025-09-05 06:49"
            _stamp_words(words, head, knowledge)
            if "|" in line:  # "Global | okezone | Kamis, 20 Juni 2024 - 08:19": section, site and date
                head.named_outlet = head.named_outlet or credits.piped_credit(line, knowledge)
            out.append((line, first.date))  # a stamp line, maybe with a weekday, place or outlet beside it
            continue
        out.append((line, None))
    return out


# The signature closing an embedded social post: its author's handle in brackets, then the post's date.
_POST_SIGNATURE = re.compile(r"\(@\w{1,30}\)\s*$")
OWN_POST_WORDS = 6  # the opening words a site's post of its own story shares with the lead


def _own_post(lines: list[str], at: int) -> bool:
    """Whether the post signed on line `at` repeats the head's first line (the lead) in its opening words: the site's
    own post of this story, dated with it; a post quoted from another account ("Putin met X …" in another language
    under a lead of its own) is dated as that post."""
    if at < 2:
        return False
    post, lead = (LETTER_WORD.findall(lines[i].lower())[:OWN_POST_WORDS] for i in (at - 1, 0))
    return len(lead) == OWN_POST_WORDS and post == lead


# A numeric date and its time glued to the lead's first word, the line break lost: "19.06.2024 | 17:43Власти …"
_STAMP_GLUED = re.compile(
    r"^((?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})\s*[|·,]?\s*\d{1,2}:\d{2})(?=[^\W\d_])"
)
# A stamp printed twice, glued: "Published On 3 Sep 20253 Sep 2025" (a page's date for screens and for print)
_STAMP_TWICE = re.compile(r"(.*?\s)?(?P<stamp>\S.{5,40}?)(?P=stamp)")


# A stamp cut by bars, its date last, then a dash and the lead: "Place | Agency | Wednesday 17/06/2025 - Lead …"
_PIPED_STAMP_GLUED = re.compile(r"^(?P<stamp>[^|\n]{1,60}(?:\|[^|\n]{1,40}){1,3}?)\s+[-–—]\s+(?=[^\W\d_])")


def _piped_stamp(line: str, knowledge: Knowledge) -> re.Match[str] | None:
    """A stamp of bar-cut parts glued to the lead, one part a known outlet and the last a date ("Place | Agency |
    date - Lead"): its group "stamp", and the lead from its end; or None."""
    found = _PIPED_STAMP_GLUED.match(line) if "|" in line[:160] else None
    if found is None:
        return None
    rest, last = found["stamp"].rsplit("|", 1)
    if dates.find(last) is None or credits.piped_credit(rest, knowledge) is None:
        return None
    return found


def _unstuck(lines: list[str], knowledge: Knowledge):
    """The head's lines, a stamp glued to the lead cut off as a line of its own, a stamp printed twice once."""
    for line in lines:
        piped = _piped_stamp(line, knowledge)
        if piped is not None:
            yield piped["stamp"]
            yield line[piped.end():]
            continue
        glued = _STAMP_GLUED.match(line)
        if glued is not None:
            yield glued.group(1)
            yield line[glued.end():]
            continue
        zoned = _zone_glued(line, knowledge) or glued_dateline(line, knowledge)  # (or a headline run into its dateline)
        if zoned:
            yield line[:zoned]
            yield line[zoned:]
            continue
        twice = _STAMP_TWICE.fullmatch(line.strip()) if len(line) <= 100 else None
        if twice is not None and any(c.isdigit() for c in twice["stamp"]):
            yield (twice.group(1) or "") + twice["stamp"]
            continue
        yield line


STAMP_DATELINE_SCAN = 120  # a stamp run into the dateline stands at the line's start


def _zone_glued(line: str, knowledge: Knowledge) -> int:
    """Where the dateline starts when a stamp runs into it, its line break lost ("Kompas dunia | 20 Juni 2024, 08:50
    WIBPYONGYANG, X -", "20 Juni 2024, 08:50 WIB PYONGYANG, X -"): after a date, its time and maybe a zone of
    head.yml's time_zones, when a wire credit follows or the zone is glued to a letter; else 0. (A zone's capitals
    run into a place's: only a listed zone tells where one ends.)"""
    def build(k: Knowledge) -> re.Pattern[str]:
        zones = sorted((str(z) for z in credits.head_data(k).get("time_zones") or ()), key=len, reverse=True)
        return re.compile(r"(?<![0-9])[0-9]{1,2}[:.][0-9]{2}(?:\s*(?-i:(?P<zone>" + ("|".join(map(re.escape, zones)) or "(?!x)x")
                          + r")))?(?P<gap>[\s,|·•–—-]*)(?=[^\W\d_])")
    found = cached("head-zone-glued", knowledge, build).search(line[:STAMP_DATELINE_SCAN])
    if found is None or dates.find(line[: found.start()]) is None:
        return 0  # (a time with no date before it is no stamp)
    if found["zone"] and not found["gap"]:
        return found.end()
    return found.end() if credit_in(line[found.end() :], knowledge) is not None else 0


def _label_after(knowledge: Knowledge) -> re.Pattern[str]:
    """A published label written after the date and its time ("…28日09時36分配信", "… 10:30 发布")."""
    def build(k: Knowledge) -> re.Pattern[str]:
        words = sorted((str(w) for w in credits.head_data(k).get("published_labels_after") or ()), key=len, reverse=True)
        return re.compile(r"^\s*(?:[(（][^()（）]{1,3}[)）]\s*)?(?:[0-9]{1,2}\s*[:：時时]\s*[0-9]{2}\s*分?\s*)?(?:"
                          + ("|".join(map(re.escape, words)) or "(?!x)x")
                          + r")(?![^\W\d_])")
    return cached("head-label-after", knowledge, build)


DESK_CREDIT_WORDS = 3  # an outlet's name before its desk: a word or a few
GLUED_HEADLINE_CHARS = 8  # a headline the name is glued to, alone on its line ("AFP時事" is one name, no headline)


def _desk_credit(text: str, knowledge: Knowledge) -> tuple[str, str | None]:
    """(the text before, the outlet) when `text` ends with a known outlet's name and, maybe, its desk (head.yml's
    desk_words: "… 時事通信 外信部"); else (text, None)."""
    words = text.split()
    desks = cached("head-desk-words", knowledge, lambda k: frozenset(str(w) for w in credits.head_data(k).get("desk_words") or ()))
    end = len(words) - 1 if words and words[-1] in desks else len(words)
    for size in range(min(DESK_CREDIT_WORDS, end - 1), 0, -1):  # (a word at least is left before: the headline; the
        # longest name first: "By Thomson Reuters" is credited to "Thomson Reuters", not "Reuters" after "By Thomson")
        known = credits.known_outlet(" ".join(words[end - size : end]), knowledge)
        if known:
            return " ".join(words[: end - size]), known
    last = words[end - 1] if end else ""
    if HAN_KANA.search(last) and not credits.known_outlet(last, knowledge) and (end > 1 or len(last) > GLUED_HEADLINE_CHARS):
        for start in range(1, len(last) - 1):  # "…参戦」時事通信": Japanese glues the name to the headline
            known = knowledge.outlet_named(words[end - 1][start:])
            if known:
                return " ".join([*words[: end - 1], words[end - 1][:start]]), known
    return text, None


def _stamp_shaped(line: str, words: list[str], knowledge: Knowledge) -> bool:
    """Whether a line with a date is a stamp: short, a few words beside the date (a byline's name and
    label count as one: "Natasha Kumar By Natasha Kumar Jun20,2024"), no sentence's end. A run of Han or
    kana characters is a clause, not a word (Chinese and Japanese put no spaces between words)."""
    if not words:
        return True
    if len(line) > 80 or line.rstrip().endswith(TEXT_END) or any(_HAN_KANA_RUN.search(w) for w in words):
        return False
    if len(words) <= 4:
        return True
    labels = byline_labels(knowledge)
    return len(words) <= 8 and any(w.lower() in labels for w in words[1:]) and all(w[:1].isupper() or w.lower() in labels for w in words)


_LINK = re.compile(r"\s*(?:https?://|www\.)\S+")


def _widgets_off(text: str, knowledge: Knowledge) -> str:
    """`text` less the web addresses in it (a byline's link to its author's page) and a share widget's label at its
    end (head.yml's share_labels: "… 17:01 Para compartilhar:"): what the stamp line says without them."""
    share = cached("head-share-label", knowledge, lambda k: re.compile(
        r"(?:^|\s)(?:" + trie_pattern(str(w) for w in credits.head_data(k).get("share_labels") or ()) + r")\s*[:：]?\s*$",
        re.IGNORECASE))
    # (and a reading-time widget closing it: "… July 8, 2024 9:56 AM 2 min read", head.yml's reading_time_words)
    reading = cached("head-reading-time", knowledge, lambda k: re.compile(
        r"\s*[·•|]?\s*\d{1,3}\s*(?:" + trie_pattern(str(w) for w in credits.head_data(k).get("reading_time_words") or ())
        + r")\s*$", re.IGNORECASE))
    return reading.sub("", share.sub("", _LINK.sub("", text))).strip()


def _credit_after(after: str, knowledge: Knowledge) -> str | None:
    """The outlet when the words after a date (its time aside) are a newsroom's credit alone ("12 novembre 2024
    16:17 La Redazione de l'Osservatorio"): the line is a stamp however many words the credit takes."""
    tail = _after_stamp(after)
    if not 0 < len(tail) <= 60 or tail.endswith(TEXT_END):
        return None
    # (a known outlet's name alone after the stamp credits it: "2025年4月28日(月)20時47分 読売新聞"; so does one
    # before a bar and its reporter's name: "19. 06. 2024. Agency | Reporter Name")
    named, bar, _ = tail.partition("|")
    named = named.strip(" .•·-–—") if bar else tail
    return credit_in(tail, knowledge) or (credits.known_outlet(named, knowledge) if len(named) <= CREDIT_ALONE_CHARS else None) \
        or self_credits.name_with_initials(tail)  # ("… 12:50 — Общественная служба новостей — ОСН")


CREDIT_ALONE_CHARS = 30


def byline_labels(knowledge: Knowledge) -> frozenset[str]:
    return cached("head-byline-labels", knowledge, lambda k: frozenset(
        str(w).lower() for w in credits.head_data(k).get("byline_labels") or ("by",)
    ))


def _stamp_words(words: list[str], head: _Head, knowledge: Knowledge) -> None:
    """What the words beside a date on a stamp line name: an outlet ("Парламентская газета, 15.10.2024"),
    a source ("2024-06-19 10:30 来源：新华社") or a byline ("June 20, 2024 - 11:01 By Yonhap",
    "Author:Reuters 2024-06-21 02:50")."""
    if not words:
        return
    named = credits.named_beside_date(words, knowledge)
    if named:
        head.named_outlet = head.named_outlet or named
        return
    if len(words) > 1 and credits.source_label(knowledge).match(words[0] + ":"):
        # "2024-06-19 10:30 来源：新华社": a known name only (the words beside a date lost its numbers: "Bayern 2
        # Nachrichten" read "Bayern Nachrichten", a name of no outlet)
        named = credits.known_outlet(" ".join(words[1:]), knowledge)
        head.named_outlet = head.named_outlet or named
        return
    labels = byline_labels(knowledge)
    for cut in (1, 2):  # a label of one word or two ("written by")
        if len(words) > cut and " ".join(words[:cut]).lower() in labels:
            who = " ".join(words[cut:])
            named = knowledge.outlet_named(who)
            if named:
                head.byline_outlet = head.byline_outlet or named
            elif head.author is None and credits.implausible_outlet(who, knowledge) is None and who[:1].isupper() \
                    and not bylines.account_name(who, knowledge):
                head.author = who
            return
    korean = bylines.korean_byline(" ".join(words), knowledge)
    if korean and head.author is None:
        head.author = korean  # "2024-06-19 김 석 기자": a Korean reporter's byline beside the date


def _after_stamp(after: str) -> str:
    """The text after a labelled date, less the time that belongs to the stamp."""
    return _TIME_HEAD.sub("", after, count=1).strip()
