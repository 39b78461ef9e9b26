"""Who wrote an article, as its head shows it: a byline ("By …", "Von …", "Текст: …"), a label alone on its line
with the writer's name on the next ("Reporter" then "Name"), a Korean reporter's credit ("홍길동 기자 =", the
dateline's "[서울=뉴스1] 홍길동 기자 = …"), a bracketed credit with the writer's role ("(Name: freelance reporter,
Outlet)"), a list of names beside the date stamp, a name before the date stamp on its line ("Name Surname
2025-09-05 06:49"), a name under a divider ("|" then "Name", never one of a list of tags the dividers part), or a
name alone in brackets closing the text ("(Jane Roe)", never a credit: "(Foto Reuters)").

An author is a person's name (two to four words, or a Korean, Chinese or Japanese name), never an outlet, a role
word or a sentence: when unsure, none (a wrong author is worse than none). An editor's label and the name under it
are the page's, never the author. The cues are data: head.yml's byline_labels, byline_roles and editor_labels.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import credits, dates
from .headline import BYLINE
from .knowledge import Knowledge
from .phrases import cached

if TYPE_CHECKING:
    from .head import _Head

# A Korean reporter's name: two to four syllables, the family name maybe spaced off ("김 석").
_KO_NAME = r"(?:[가-힣]{2,4}|[가-힣]\s[가-힣]{1,2})"
# Korean bylines: "이민수 기자", "이민수 기자 minsu@example.co.kr", "[서울=뉴시스] 이민수 기자 =", and a broadcast's
# hand-over to its reporter: "이민수 기자입니다." ("this is reporter X"), "이민수 기자." (the anchor calls the reporter);
# "by" may be glued to the name ("by이민수 기자"), a separator glued to the title before the stamp ("이민수 기자I 2024…",
# "이민수 기자 |"); a bullet may open it ("• 이민수 기자"). The titles are head.yml's korean_reporter_titles.
_KO_BYLINE = (r"^(?:[•·]\s*)?(?:\[[^\]]{{1,30}}\]\s*)?(?:by\s*)?(?P<who>{name}(?:\s*[·,]\s*{name})*)\s*(?:{titles})"
              r"(?:\s*=|\s+\S+@\S+|입니다\.?|\.|\s*[|｜│ㅣI])?$")
# A Korean dateline with its reporter opening the lead: "[서울=뉴스1] 홍길동 기자 = …", "(서울=뉴스1) 홍길동 기자 = …",
# and the paper and its reporter in brackets: "[아시아경제 홍길동 기자] …".
_KO_DATELINE_REPORTER = (r"^(?:[\[(【]\s*[^\])】=\n]{{1,20}}=\s*[^\])】\n]{{1,30}}[\])】]\s*(?P<who>{name})\s*(?:{titles})\s*="
                         r"|\[\s*[^\]\s=]{{2,15}}\s+(?P<paper_who>{name})\s*(?:{titles})\s*\]"
                         # (the paper and its reporter joined by "=": "[헤럴드경제=오상현 기자] …")
                         r"|\[\s*[^\]\s=]{{2,15}}\s*=\s*(?P<joined_who>{name})\s*(?:{titles})\s*\])")
# A byline without "By" (Guardian style): "Justin McCurry in Tokyo and Pjotr Sauer".
_NAME_WORD = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?"
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
_PLACE = r"(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
_NAME_LIST = re.compile(rf"^{_PERSON}{_PLACE}(?:(?:,\s*|\s+and\s+){_PERSON}{_PLACE}){{0,3}}$")
_NAMES_JOINED = re.compile(r"[a-z],\s*[A-Z]|\s+and\s+")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=,|\s+and\s|$)")
# A name alone on its line: two to four words each opening with a capital (any cased script), or a name in Han
# characters, kana or Hangul.
_CASED_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u3040-\u30ff\u4e00-\u9fff・]{2,12}|" + _KO_NAME)
# A name and the date stamp after it on one line: "Имя Фамилия 2025-09-05 06:49:54", "Jane Roe 19.06.2024 10:15".
# (a slash or a bar may stand between them, and the date be written with its month's name: "Jane Roe / June 20, 2024")
_NAME_STAMP = re.compile(r"^(?P<who>[^\d|:/]{4,50}?)(?:\s+|\s*[/|]\s*)(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}"
                         r"|[^\W\d_]{3,9}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\.?\s+[^\W\d_]{3,9}\.?\s+\d{4})"
                         r"(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?)?$")
# A name alone in brackets on the text's last line: "(Jane Roe)", the writer's signature.
_CLOSING_NAME = re.compile(r"^[(（](?P<who>[^()（）\d:：,，]{2,50})[)）]$")
# A byline's label and a dash after it, read as its colon: "Author - Jane Roe"
_LABEL_DASH = re.compile(r"^(\w+)\s+[-–—]\s+(?=\S)")
_NUMERIC_DATE_END = re.compile(r"[\s,|·•]+\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*$")  # "… Jane Roe 19.06.24": its day
# A divider a page shows where a byline's label was: "|" alone on its line, then the writer's name.
_DIVIDERS = frozenset({"|", "｜", "/", "•", "·"})
# A bracketed credit line: "(Name: role, outlet)", "（西村卓也：フリーランス記者、X）".
_BRACKETED = re.compile(r"^[(（](?P<who>[^:：()（）、，,\n]{2,30})[:：]\s*(?P<role>[^()（）\n]{1,60})[)）]$")


def read_byline(line: str, head: _Head, index: int, stamp_at: set[int], previous: str | None, following: str | None,
                knowledge: Knowledge, earlier: str | None = None) -> bool:
    """Whether head line `line` is a byline's (its author, if any, set on `head`): the line is taken out of the text.
    previous, following: the head lines kept around it; earlier: the one before previous."""
    if previous is not None and head.author == line and (label_alone(previous, knowledge) or previous == line):
        return True  # the name under its label, taken with the label; the name repeated under itself
    if _editor_credit(line, previous, following, knowledge):
        return True  # "Editor" then a name, "Redaktur: Name": who edited the piece, never its author
    if head.author is not None:
        return False
    byline = BYLINE.match(line)
    labelled = _labelled_byline(line, knowledge) if byline is None else None
    if labelled and not any(knowledge.outlet_named(w) for w in split_byline(labelled["who"], knowledge)[0].split()):
        byline = labelled  # (an agency's name under the label, "Author: Belga Belga", credits the wire)
    if byline and account_name(split_byline(byline["who"], knowledge)[0], knowledge):
        return True  # "작성자 최고관리자": the site's account that posted the page, no author
    if byline:
        who = byline["who"]
        dated = dates.find(who)  # "by A and The X news desk July 8, 2024 9:56 AM": the byline's stamp on its line
        if dated is not None and dated.start:
            head.published = head.published or dated.date
            who = who[:dated.start].rstrip(" ,|·•-–—")
        head.author, head.byline_outlet = split_byline(who, knowledge)
        return True
    if label_alone(line, knowledge) and following is not None and person_name(following, knowledge):
        head.author = following  # "Reporter" then "Name": the writer; an editor's label is an imprint's
        return True
    korean = korean_byline(line, knowledge)
    if korean:
        head.author = korean
        return True
    bracketed = bracketed_byline(line, knowledge)
    if bracketed:
        head.author = bracketed
        return True
    if previous is not None and previous.strip() in _DIVIDERS and person_name(line, knowledge) \
            and not _listed(earlier, following, knowledge):
        head.author = line.strip()  # "|" then "Name": a byline's divider left without its label
        return True
    beside = any(abs(index - i) == 1 for i in stamp_at) or (
        # (two names or more right under the headline: "Jane Roe, John Doe" under a headline of any script)
        head.title is not None and previous is not None and previous.startswith(head.title) and _NAMES_JOINED.search(line))
    if beside and _NAME_LIST.match(line) and not knowledge.outlet_named(line):
        head.author = re.sub(r",(?=\S)", ", ", _IN_PLACE.sub("", line))  # a name list beside the date stamp is the byline
        return True
    widget = _beside_widget(line, knowledge)
    if widget:
        head.author = widget  # "Name アクセス": the writer, the author box's link to their articles beside the name
        return True
    return False


def _beside_widget(line: str, knowledge: Knowledge) -> str | None:
    """The writer named before an author box's widget label on one line (head.yml's byline_widgets: "Name アクセス",
    "Name 구독"), or None."""
    who, _, label = line.strip().rpartition(" ")
    if not label or label.lower() not in cached("bylines-widgets", knowledge, lambda k: frozenset(
            str(w).lower() for w in credits.head_data(k).get("byline_widgets") or ())):
        return None
    return who.strip() if person_name(who, knowledge) else None


def closing_byline(line: str, knowledge: Knowledge) -> str | None:
    """The writer whose name alone in brackets closes the text ("(Jane Roe)", "（西村卓也）"), or whose byline under its
    label does, maybe with a dash and its date ("Author - Jane Roe 19.06.24"), or None: never a credit's words ("(Foto
    Reuters)", "(Sumber Antara)", "(Editor Rina Wulandari)": a label or an outlet in it)."""
    undated = _NUMERIC_DATE_END.sub("", line) if len(line) <= 100 else ""
    labelled = _labelled_byline(_LABEL_DASH.sub(r"\1: ", undated, count=1), knowledge) if undated else None
    if labelled is not None and person_name(labelled["who"], knowledge):
        return labelled["who"].strip()
    found = _CLOSING_NAME.match(line.strip()) if len(line) <= 60 else None
    if not found or not person_name(found["who"], knowledge):
        return None
    words = found["who"].split()
    if words[0].lower().rstrip(".") in _credit_words(knowledge) \
            or any(knowledge.outlet_named(" ".join(words[at:end])) for at in range(len(words))
                   for end in range(at + 1, len(words) + 1)):
        return None
    return found["who"].strip()


# A writer's name in brackets glued after the last sentence of a Japanese text: "…条約は失効する。(小野田雄一)" (a
# Japanese paper's signature). Only where the line holds kana: a Chinese text closes so with a tag ("(综合报道)").
_GLUED_SIGNATURE = re.compile(r"(?<=[。」』])\s*[(（](?P<who>[\u4e00-\u9fff\u30a0-\u30ff・]{3,8})[)）]$")
_KANA = re.compile(r"[\u3040-\u309f]")


def glued_signature(line: str, knowledge: Knowledge) -> tuple[str, str] | None:
    """(the line without it, the writer) for a writer's name in brackets glued after a Japanese text's last
    sentence, or None: never an outlet's or a credit's words ("(共同)", "(写真)")."""
    found = _GLUED_SIGNATURE.search(line)
    if found is None or not _KANA.search(line, 0, found.start()):
        return None
    who = found["who"]
    if knowledge.outlet_named(who) or who.lower() in _credit_words(knowledge) or credits.section_word(who, knowledge):
        return None
    return line[: found.start()].rstrip(), who


def _listed(earlier: str | None, following: str | None, knowledge: Knowledge) -> bool:
    """Whether a name under a divider is one item of a list the dividers part (tags, a breadcrumb: "Tags", "•",
    "Name", "•", "Name"; "Politics", "/", "Name"): another divider follows it, or a name or a section word
    stands before the divider."""
    if following is not None and following.strip() in _DIVIDERS:
        return True
    return earlier is not None and (person_name(earlier, knowledge) or credits.section_word(earlier, knowledge))


def _credit_words(knowledge: Knowledge) -> frozenset[str]:
    """Words that open a credit, never a writer's name: head.yml's byline, editor, photo and source labels."""
    return cached("bylines-credit-words", knowledge, lambda k: frozenset(
        str(w).lower() for key in ("byline_labels", "editor_labels", "photo_labels", "source_labels")
        for w in credits.head_data(k).get(key) or () if " " not in str(w)))


def name_before_stamp(line: str, knowledge: Knowledge) -> str | None:
    """The writer a stamp line names before its date ("Имя Фамилия 2025-09-05 06:49:54"), or None."""
    stamped = _NAME_STAMP.match(line.strip()) if len(line) <= 80 else None
    return stamped["who"] if stamped and person_name(stamped["who"], knowledge) else None


def korean_byline(text: str, knowledge: Knowledge) -> str | None:
    """The reporter a Korean byline names ("이민수 기자", "김 석 기자=", "이민수 기자입니다.", "by이민수 기자",
    "이민수 기자I" before its stamp), or None."""
    found = _korean(knowledge, "byline", _KO_BYLINE).match(text.strip())
    return found["who"] if found else None


def lead_reporter(lines: list[str], knowledge: Knowledge) -> str | None:
    """The reporter a Korean dateline names at the lead's start ("[서울=뉴스1] 홍길동 기자 = …", "[아시아경제 홍길동
    기자] …"), or None."""
    pattern = _korean(knowledge, "dateline", _KO_DATELINE_REPORTER)
    for line in lines:
        found = pattern.match(line)
        if found:
            return found["who"] or found["paper_who"] or found["joined_who"]
    return None


def _korean(knowledge: Knowledge, kind: str, shape: str) -> re.Pattern[str]:
    """A Korean byline's pattern with head.yml's korean_reporter_titles ("기자", "특파원") filled in."""
    return cached(f"bylines-korean-{kind}", knowledge, lambda k: re.compile(shape.format(
        name=_KO_NAME, titles="|".join(map(re.escape, (str(w) for w in credits.head_data(k).get("korean_reporter_titles")
                                                       or ("기자",)))))))


def _editor_credit(line: str, previous: str | None, following: str | None, knowledge: Knowledge) -> bool:
    """Whether `line` is an editor's credit (head.yml's editor_labels): the label alone before a name, the name
    under the label, or the label and a name after a colon on one line."""
    editors = _editor_labels(knowledge)
    label, colon, name = line.strip().partition(":") if ":" in line else line.strip().partition("：")
    if colon and label.strip().lower() in editors:
        return person_name(name, knowledge)
    if line.strip().lower() in editors:
        return following is not None and person_name(following, knowledge)
    return previous is not None and previous.strip().rstrip(":：").strip().lower() in editors and person_name(line, knowledge)


def label_alone(line: str, knowledge: Knowledge) -> bool:
    """Whether `line` is a byline's label alone ("Reporter", "Penulis:", "Автор"): the name is on the next line."""
    return line.strip().rstrip(":：").strip().lower() in _labels(knowledge)


def person_name(text: str, knowledge: Knowledge) -> bool:
    """Whether `text` reads as a person's name alone: two to four capitalised words, or a CJK or Korean name; never
    an outlet's name, a label or a section word."""
    text = text.strip()
    if not text or len(text) > 50 or knowledge.outlet_named(text) or credits.section_word(text, knowledge):
        return False
    if _CJK_NAME.fullmatch(text):
        return True
    words = text.split()
    return 2 <= len(words) <= 4 and all(_CASED_WORD.fullmatch(w) and w[:1].isupper() for w in words) \
        and not any(w.lower().rstrip(":") in _labels(knowledge) for w in words)


def bracketed_byline(line: str, knowledge: Knowledge) -> str | None:
    """The writer a whole bracketed line credits with a writer's role (head.yml's byline_roles: "(西村卓也:フリーランス記者、
    X)", "(Jane Roe: freelance journalist, X)"), or None: a photo's credit in brackets names no role."""
    found = _BRACKETED.match(line.strip()) if len(line) <= 100 else None
    if found is None or not person_name(found["who"], knowledge):
        return None
    role = found["role"].lower()
    return found["who"].strip() if any(word in role for word in _roles(knowledge)) else None


def account_name(who: str, knowledge: Knowledge) -> bool:
    """Whether `who` is a site's account name (head.yml's account_names: "최고관리자", "admin"), never an author."""
    names = cached("bylines-account-names", knowledge, lambda k: frozenset(
        str(w).lower() for w in credits.head_data(k).get("account_names") or ()))
    return who.strip(" .:：").lower() in names


def _labels(knowledge: Knowledge) -> frozenset[str]:
    return cached("bylines-labels", knowledge, lambda k: frozenset(
        str(w).lower() for w in credits.head_data(k).get("byline_labels") or ("by",)))


def _editor_labels(knowledge: Knowledge) -> frozenset[str]:
    return cached("bylines-editor-labels", knowledge, lambda k: frozenset(
        str(w).lower() for w in credits.head_data(k).get("editor_labels") or ()))


def _roles(knowledge: Knowledge) -> tuple[str, ...]:
    return cached("head-byline-roles", knowledge, lambda k: tuple(
        str(w).lower() for w in credits.head_data(k).get("byline_roles") or ()))


def _labelled_byline(line: str, knowledge: Knowledge) -> re.Match[str] | None:
    """A byline under another language's label (head.yml's byline_labels: "Von Lena Vogt, Stadtanzeiger",
    "Par Marie Dupont", "Текст: Имя Фамилия"): the label (maybe with a colon), then a name of two or three
    capitalised words, maybe an outlet after a comma; a sentence that opens with the label ("Von den 60 Fahrern …",
    "Par ailleurs, …") is none."""
    def build(k: Knowledge) -> re.Pattern[str]:
        labels = sorted(_labels(k) - {"by"}, key=len, reverse=True)
        word = r"(?-i:[^\W\d_a-z][^\W\d_]*(?:[-'’][^\W\d_]+)?)"
        name = rf"{word}(?:\s+{word}){{0,2}}"  # (one name alone too: "Por Florencia")
        # (a dash may open the line, and two or three names share it: "- von A B und C D")
        return re.compile(rf"^(?:[-–—•]\s*)?(?:{'|'.join(map(re.escape, labels)) or '(?!x)x'})(?:\s*[:：])?\s+(?P<who>{name}"
                          rf"(?:\s+(?-i:und|and|et|y|e|i|и|та|ve|dan)\s+{name}|,\s*{name}(?=\s+(?-i:und|and|et|y|e|i|и|та|ve|dan)\s)){{0,2}}"
                          r"(?:\s*(?:,|\||–|—)\s*[^.!?\n]{2,60})?)\s*$", re.IGNORECASE)
    found = cached("head-labelled-byline", knowledge, build).match(line) if len(line) <= 100 else None
    if found is not None and len(re.split(r"[\s,|–—]+", found["who"].strip())) == 1 \
            and len(line[:found.start("who")].strip(" -–—•:：")) < 3:
        return None  # one name after a two-letter label is a surname's particle and the surname: "Di Maio", "De Gaulle"
    return found


def split_byline(who: str, knowledge: Knowledge) -> tuple[str, str | None]:
    # (a writer's post before their name, a few words ending in a byline role: "North Asia correspondent James Oaten")
    who = cached("bylines-role-before-name", knowledge, lambda k: re.compile(
        rf"^(?:[^\W\d_][\w.-]*\s+){{0,4}}?(?:{'|'.join(map(re.escape, _roles(k)))})\s+(?=(?-i:[A-Z])\w+\s+(?-i:[A-Z]))",
        re.IGNORECASE)).sub("", who.strip(" ."))
    desk = _NEWS_DESK.search(who)  # "Jane Doe and The Harbour Gazette news desk": the writer and the site's desk
    if desk is not None:
        return who[: desk.start()].strip(), desk["site"]
    names, comma, outlet = who.rpartition(",")  # "A, B and C, CNN": the writers listed, then their outlet
    if comma and _NAMES_JOINED.search(names) and _NAME_LIST.match(names.strip()) and not person_name(outlet, knowledge):
        return re.sub(r",(?=\S)", ", ", names.strip()), outlet.strip() or None
    for separator in (",", " | ", " - ", " for ", " — "):
        if separator in who:
            name, _, outlet = who.partition(separator)
            return name.strip(), outlet.strip() or None
    return who, who  # "By Anadolu Agency": a wire byline names the outlet itself


_NEWS_DESK = re.compile(r"\s+and\s+(?P<site>(?:The\s+)?[A-Z][\w.-]{1,20}(?:\s[A-Z][\w.-]{1,20}){0,3})\s+news\s+desk\b.*$")
