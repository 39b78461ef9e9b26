"""Synthetic corpora for the benchmark and the incremental tests.

Articles look like the seeds: a headline, a byline or dateline, 3-6 KB of
paragraphs. Each mixes a few paragraphs taken from the real seeds (so topics,
people, quotes and dates are found) with generated sentences (so no two are
near duplicates), across outlets, dates, authors and three languages.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

OUTLETS = ("Reuters", "Associated Press", "BBC News", "The Guardian", "NK News", "The Korea Herald", "Yonhap News Agency",
           "Al Jazeera", "The Korea Times", "NPR", "Anadolu Agency", "Kommersant", "TASS", "Hankyoreh", "Regional Ledger")
FIRST = ("Anna", "Min-jun", "Sergei", "Laura", "Ji-woo", "David", "Olga", "Hyun", "Mark", "Elena", "Tom", "Soo-ah")
LAST = ("Kim", "Petrova", "Smith", "Park", "Ivanov", "Lee", "Brown", "Choi", "Volkova", "Garcia", "Jung", "Novak")
SUBJECTS = ("The treaty", "The summit", "Moscow", "Pyongyang", "Seoul", "Washington", "The agreement", "Analysts",
            "Officials", "The delegation", "Diplomats", "The partnership", "Beijing", "Tokyo", "The defence ministry")
VERBS = ("raised questions about", "was seen as a response to", "could reshape", "drew criticism over",
         "signalled a shift in", "prompted talks on", "was welcomed as", "complicates", "tests", "underlines")
OBJECTS = ("regional security", "the sanctions regime", "military cooperation", "arms transfers", "energy supplies",
           "border trade", "the Korean peninsula", "the war in Ukraine", "the United Nations Security Council",
           "technology exchange", "food aid", "shipping routes", "the 1961 alliance", "labour migration")
TAILS = ("according to people familiar with the matter", "in a statement on Thursday", "experts said",
         "officials told reporters", "as markets watched closely", "amid growing concern in the region",
         "after weeks of speculation", "in remarks broadcast on state television")
TOPIC_WORDS = ("pipeline", "railway", "harbour", "satellite", "fertiliser", "tourism", "academy", "orchestra", "fishery",
               "hospital", "bridge", "airline", "university", "coal", "grain", "textile", "software", "museum")
HEADLINE = ("{s} {v} {o}", "{o}: what the {w} deal means", "Inside the {w} talks between Moscow and Pyongyang",
            "{s} weighs {o} after summit", "Why {o} matters now", "{w} plan {v} {o}")
RUSSIAN = ("Москва и Пхеньян обсудили сотрудничество в сфере {w}.", "Эксперты считают, что договор изменит {o}.",
           "Президент Владимир Путин заявил о новом этапе отношений.", "Переговоры продолжались несколько часов.")
KOREAN = ("북한과 러시아는 {w} 분야 협력을 논의했다.", "전문가들은 이번 조약이 지역 안보에 영향을 줄 것이라고 말했다.",
          "김정은 위원장은 푸틴 대통령과 회담했다.", "회담은 평양에서 열렸다.")


def seed_paragraphs(seeds: Path = ROOT / "seeds") -> list[str]:
    out = []
    for path in sorted(seeds.glob("*")):
        text = path.read_text("utf-8", errors="replace")
        out += [p.strip() for p in text.splitlines() if len(p.strip()) > 120]
    return out


def _sentence(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} and the {rng.choice(TOPIC_WORDS)} sector, {rng.choice(TAILS)}"
    if rng.random() < 0.3:
        s += f", said {name} of the {rng.choice(LAST)} Institute"
    return s + f" ({rng.randrange(10**6)})."


def article(number: int, rng: random.Random, pool: list[str]) -> tuple[str, str]:
    """(file name, text) of one synthetic article."""
    language = rng.choices(("en", "ru", "ko"), (0.9, 0.05, 0.05))[0]
    day = dt.date(2024, 6, 19) + dt.timedelta(days=rng.randrange(-200, 300))
    outlet = rng.choice(OUTLETS)
    word = rng.choice(TOPIC_WORDS)
    if language == "en":
        title = rng.choice(HEADLINE).format(s=rng.choice(SUBJECTS), v=rng.choice(VERBS), o=rng.choice(OBJECTS), w=word)
        title = f"{title[0].upper()}{title[1:]} ({number})"
        lines = [title, "", f"By {rng.choice(FIRST)} {rng.choice(LAST)}, {outlet}", "", day.strftime("%B %d, %Y"), ""]
        size = rng.randrange(3000, 6000)
        body: list[str] = []
        while sum(len(p) for p in body) < size:
            if rng.random() < 0.35 and pool:
                body.append(rng.choice(pool))
            else:
                body.append(" ".join(_sentence(rng) for _ in range(rng.randrange(2, 5))))
    else:
        phrases = RUSSIAN if language == "ru" else KOREAN
        title = (f"Договор и {word}: новости № {number}" if language == "ru" else f"북러 조약과 {word} 소식 {number}호")
        lines = [title, "", day.isoformat(), ""]
        body = [" ".join(rng.choice(phrases).format(w=word, o="регион") + f" ({rng.randrange(10**6)})"
                         for _ in range(rng.randrange(4, 9))) for _ in range(rng.randrange(8, 16))]
    text = "\n".join(lines) + "\n" + "\n\n".join(body) + "\n"
    return f"synthetic-{number:05d}.txt", text


def write_corpus(folder: Path, count: int, *, seed: int = 7, start: int = 0, seeds: Path = ROOT / "seeds") -> list[Path]:
    """Write `count` synthetic articles into folder, mixing in paragraphs of the articles in `seeds` (the
    project's; the tests pass their own story's); the same seed gives the same files."""
    rng = random.Random(seed * 1_000_003 + start)
    pool = seed_paragraphs(seeds)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        name, text = article(number, rng, pool)
        path = folder / name
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths
