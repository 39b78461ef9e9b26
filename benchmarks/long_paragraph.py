"""Extraction time by paragraph size: one-paragraph articles of 100 KB to 4 MB.

Work per file must grow linearly with a paragraph's length (PRODUCT.md, "Bad input"),
and a file too big to extract is refused with a reason instead of holding the build.
This prints, for each size and kind of text, the seconds `extract.extract` takes and
whether the file was extracted or refused:

    python3 -m benchmarks.long_paragraph                 # realistic text, 100 KB .. 4 MB
    python3 -m benchmarks.long_paragraph --kind all      # the pathological kinds too
    python3 -m benchmarks.long_paragraph --sizes 250000,1000000,4000000 --profile
    python3 -m benchmarks.long_paragraph --no-limit      # extract even what the budget refuses

Kinds: "realistic" (English sentences naming people from data/entities.yml, quotes
with speech verbs, dates, Russian sentences), "nopunct" (the same words with no
sentence punctuation), "quotes" (only quotation marks), "digits" (only digits and
dots), "capitals" (only capitalised words), "openers" (quotation marks and brackets never closed),
"dots" (only full stops), "brackets" ("[AP photo" again and again, never closed), "nested" ('said "' again
and again: straight marks each opening a quotation inside the one before, none closed), "speech" ('the minister
said: "' again and again: one sentence of descriptors, speech verbs and quotations), "subjects" ('Kim said ' again
and again: one sentence of names and speech verbs), "outlets" (agencies of data/outlets.yml named again and again:
"TASS reported. (Reuters) …"), "roles", "roles_ru", "roles_ko" (a delegation list of thousands of role-and-name
items, in English, Russian and Korean), "short_paragraphs" (thousands of one-sentence paragraphs parted by blank
lines: the size is the article's, not one paragraph's), "wrapped_lines" (one paragraph hard-wrapped at 60
characters), "said_quotes" (thousands of quotations each followed by "he said"), "dates" and "datelines"
(thousands of dates; of wire datelines "MOSCOW, June 19 (Reuters) -"), "new_names" (thousands of people no data
file knows, each named once: "Kim Dhagni said."), "ko_quoted_phrases" (Korean sentences each quoting a short
phrase: '김정은 위원장은 "조약은 평화적이다"라고 말했다.') and "zh_wire_quotes" (Chinese wire datelines and quotations
with no statement named before them).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (100_000, 200_000, 400_000, 1_000_000, 4_000_000)
KINDS = ("realistic", "nopunct", "quotes", "digits", "capitals", "openers", "dots", "brackets", "nested", "speech", "subjects",
         "outlets", "roles", "roles_ru", "roles_ko", "short_paragraphs", "wrapped_lines", "said_quotes", "dates",
         "datelines", "editor_notes", "new_names", "ko_quoted_phrases", "zh_wire_quotes")

PEOPLE = ("Vladimir Putin", "Kim Jong-un", "Sergei Lavrov", "Choe Son Hui", "Antony Blinken", "Yoon Suk Yeol",
          "Putin", "Kim", "the Russian president", "the North Korean leader")
SPEECH = ("said", "told reporters", "declared", "stressed", "added", "noted")
SENTENCES = (
    "{p} met {q} in Pyongyang on {d} to sign a comprehensive strategic partnership treaty.",
    "\u201cThis is a unique document that brings our relations to a new level,\u201d {p} {v}.",
    "{p} {v} that the treaty includes mutual assistance in case of aggression against one of the parties.",
    "\u201cWe will support Russia fully,\u201d {v} {p} at the ceremony, according to state media.",
    "Analysts said the agreement could reshape regional security and the sanctions regime.",
    "The summit follows talks held in the Russian Far East in September 2023, a year earlier.",
    "A delegation led by {p} arrived on {d}, and talks continued until {d2}.",
    "Officials from Seoul and Washington raised concerns over arms transfers and technology exchange.",
    "\u00abМы будем и дальше развивать сотрудничество\u00bb, \u2014 заявил {r} {d}.",
    "Москва и Пхеньян обсудили сотрудничество в сфере энергетики и транспорта.",
    "Президент Владимир Путин прибыл в Пхеньян с государственным визитом.",
)
RUSSIAN_PEOPLE = ("Владимир Путин", "Сергей Лавров", "Ким Чен Ын", "Путин")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def realistic(size: int, seed: int = 16) -> str:
    """One paragraph of `size` characters of sentences like the seeds' (the last one cut)."""
    rng = random.Random(seed)
    parts, length = [], 0
    while length < size:
        day = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2025)}"
        sentence = rng.choice(SENTENCES).format(
            p=rng.choice(PEOPLE), q=rng.choice(PEOPLE), v=rng.choice(SPEECH), d=day,
            d2=f"{rng.randint(1, 28)} {rng.choice(MONTHS)}", r=rng.choice(RUSSIAN_PEOPLE))
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)[:size].strip()


OUTLET_SENTENCES = ("TASS reported.", "TASS said.", "(Reuters)", "Yonhap reported.", "According to KCNA,",
                    "(AP)", "RIA Novosti said.", "the Korea Herald reported.", "— ТАСС.", "연합뉴스는 보도했다.",
                    "Source: Reuters.", "By Anadolu Agency.", "The Associated Press said.", "BBC News reported.",
                    "The New York Times said.", "NK News reported.")
ROLE_ITEMS = {
    "roles": ("Defence Minister Andrei Belousov", "Foreign Minister Sergei Lavrov", "Deputy Prime Minister Alexander Novak",
              "Energy Minister Sergei Tsivilev", "presidential aide Yuri Ushakov", "Health Minister Mikhail Murashko"),
    "roles_ru": ("министр обороны Андрей Белоусов", "министр иностранных дел Сергей Лавров",
                 "вице-премьер Александр Новак", "помощник президента Юрий Ушаков", "министр здравоохранения Михаил Мурашко"),
    "roles_ko": ("안드레이 벨로우소프 국방장관", "세르게이 라브로프 외무장관", "알렉산드르 노바크 부총리",
                 "유리 우샤코프 대통령 보좌관", "미하일 무라시코 보건장관"),
}
ROLE_OPENERS = {"roles": "Putin was accompanied by ", "roles_ru": "В составе делегации ",
                "roles_ko": "푸틴 대통령의 방북에는 "}


def _repeat(parts, size: int, seed: int, sep: str = " ") -> str:
    rng = random.Random(seed)
    out, length = [], 0
    while length < size:
        part = rng.choice(parts)
        out.append(part)
        length += len(part) + len(sep)
    return sep.join(out)[:size].strip()


def pathological(kind: str, size: int, seed: int = 16) -> str:
    if kind == "outlets":
        return _repeat(OUTLET_SENTENCES, size, seed)
    if kind in ROLE_ITEMS:
        return ROLE_OPENERS[kind] + _repeat(ROLE_ITEMS[kind], size, seed, ", ")
    if kind == "short_paragraphs":
        return _repeat(("Talks began.", "Lavrov spoke.", "Belousov said.", "Shoigu arrived.", "Choe left."), size, seed,
                       "\n\n")  # (surnames only: the article names nobody in full)
    if kind == "wrapped_lines":
        words = realistic(size, seed).split(" ")
        lines, line = [], ""
        for word in words:
            if len(line) + len(word) > 60:
                lines.append(line)
                line = ""
            line = f"{line} {word}" if line else word
        return "\n".join(lines + [line])
    if kind == "said_quotes":
        return _repeat(("\u201cWe will win,\u201d he said.", "\u201cThe treaty is historic,\u201d said Putin.",
                        "\"We agree,\" Lavrov said.", "\u00abМы едины\u00bb, \u2014 сказал он."), size, seed)
    if kind == "dates":
        rng = random.Random(seed)
        return _repeat([f"{d} {m} {y}," for d in (1, 19, 28) for m in MONTHS for y in (2023, 2024)]
                       + ["2024-06-19,", "19.06.2024,", "2024년 6월 19일,", "19 июня 2024 года,"], size, rng.randint(0, 99))
    if kind == "datelines":
        return _repeat(("MOSCOW, June 19 (Reuters) -", "PYONGYANG, June 19 (AP) —", "SEOUL, June 20 (Yonhap) --",
                        "МОСКВА, 19 июня. /ТАСС/.", "Seoul, 19 June 2024 (AFP) -"), size, seed)
    if kind == "new_names":  # every name new to the article: work per name must not grow with their number
        rng = random.Random(seed)
        letters = "abcdefghijklmnop"
        out, length = [], 0
        while length < size:
            out.append(f"Kim {rng.choice(letters).upper()}{''.join(rng.choice(letters) for _ in range(5))} said.")
            length += len(out[-1]) + 1
        return " ".join(out)[:size]
    if kind == "ko_quoted_phrases":
        return _repeat(('김정은 위원장은 "조약은 평화적이다"라고 말했다.', "푸틴 대통령은 “협력을 강화하겠다”고 밝혔다."), size, seed)
    if kind == "zh_wire_quotes":
        return "金正恩说：“条约具有历史意义”。" + _repeat(("2024年6月19日“条约具有历史意义”新华社平壤6月19日电。",), size, seed, "")
    if kind == "editor_notes":  # one quotation of brackets never closed, each with an editor's mark (quote_cues.editor_note)
        return "\u00ab" + ("(так - Ред " * (size // 11 + 1))[:size - 2] + "\u00bb"
    if kind == "nopunct":
        return "".join(ch for ch in realistic(size, seed) if ch not in ".,!?;:\u201c\u201d\u00ab\u00bb\u2014")
    if kind == "quotes":
        return ("\u201c\u201d\"\u00ab\u00bb'" * (size // 6 + 1))[:size]
    if kind == "openers":  # opening marks that are never closed, then a few words
        return ("\u00ab\u2018 [(\u201c a b c d e f " * (size // 22 + 1))[:size]
    if kind == "dots":
        return "." * size
    if kind == "nested":  # straight marks after a space and before a word: each opens a quotation inside the last
        return ('said "' * (size // 6 + 1))[:size]
    if kind == "speech":
        return ('the minister said: "' * (size // 20 + 1))[:size]
    if kind == "subjects":
        return ("Kim said " * (size // 9 + 1))[:size]
    if kind == "brackets":  # what captions are found by ("[... photo]"), never closed
        return ("[AP photo " * (size // 10 + 1))[:size]
    if kind == "digits":
        return ("1.2.3.45.6789." * (size // 14 + 1))[:size]
    if kind == "capitals":
        rng = random.Random(seed)
        words = ("Moscow", "Kim", "Putin", "Treaty", "Summit", "North", "Korea", "Russia", "The", "Leader")
        out, length = [], 0
        while length < size:
            word = rng.choice(words)
            out.append(word)
            length += len(word) + 1
        return " ".join(out)
    raise ValueError(kind)


def article(kind: str, size: int, seed: int = 16) -> str:
    """A title line, then one paragraph of `size` characters of `kind` (a seed varies the words)."""
    body = realistic(size, seed) if kind == "realistic" else pathological(kind, size, seed)
    return f"A long report on the summit {seed}\n{body}\n"


def extract_text(content: str, known=None):
    """Extraction of one .txt seed holding `content`, as a build does it (ingest.read, then extract)."""
    from generator.extract import extract, knowledge
    from generator.ingest import ingest

    known = known or knowledge.load(ROOT / "data")
    data = content.encode("utf-8")
    seed = ingest.SeedFile("seeds/long.txt", hashlib.sha256(data).hexdigest(), data)
    document = ingest.read(seed)
    return extract.extract(document, known) if not hasattr(document, "reason") else document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="paragraph sizes in characters")
    parser.add_argument("--kind", default="realistic", help=f"{', '.join(KINDS)} or all")
    parser.add_argument("--profile", action="store_true", help="print the top functions by cumulative time")
    parser.add_argument("--no-limit", action="store_true", help="extract texts over extract.MAX_TEXT_CHARS too")
    args = parser.parse_args()
    from generator.extract import extract, knowledge

    if args.no_limit:
        extract.MAX_TEXT_CHARS = extract.MAX_PARAGRAPH_CHARS = 1 << 62

    known = knowledge.load(ROOT / "data")
    extract_text("Warm up\nPutin met Kim on 19 June 2024.\n", known)  # regular expressions built once
    kinds = KINDS if args.kind == "all" else (args.kind,)
    for kind in kinds:
        for size in map(int, args.sizes.split(",")):
            content = article(kind, size)
            if args.profile:
                import cProfile
                import pstats

                profiler = cProfile.Profile()
                profiler.enable()
            start = time.perf_counter()
            result = extract_text(content, known)
            seconds = time.perf_counter() - start
            outcome = f"refused: {result.reason}" if hasattr(result, "reason") else (
                f"{len(result.people)} people, {len(result.quotes)} quotes, {len(result.events)} events")
            print(f"{kind:10} {size:>9,} chars  {seconds:8.2f} s  {outcome}", flush=True)
            if args.profile:
                profiler.disable()
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
