"""Extraction's work grows linearly with a paragraph's length, and a file over the budget is refused.

Speed itself is measured by benchmarks/long_paragraph.py; here only growth is: extracting a
paragraph five times as long must take about five times as long, not twenty-five (which is what
the quadratic steps took). CPU time of this process, so other work on the machine matters less.
"""

from __future__ import annotations

import hashlib
import random
import re
import time

import pytest

from benchmarks import long_paragraph
from generator import text
from generator.extract import extract, furniture, masked_sentences, metadata, quotation_marks, quote_fallbacks
from generator.ingest import ingest
from generator.extract.entities import _Taken, Span
from generator.model import Article, Rejection

from _extract_helpers import data

SMALL, LARGE = 40_000, 200_000  # characters: five times as long
GROWTH_LIMIT = 12  # times as long; linear growth gives ~5, the quadratic steps gave 25 and more


def _extract(content: str):
    encoded = content.encode("utf-8")
    seed = ingest.SeedFile("seeds/long.txt", hashlib.sha256(encoded).hexdigest(), encoded)
    return extract.extract(ingest.read(seed), data())


def _cpu_seconds(content: str) -> float:
    start = time.process_time()
    _extract(content)
    return time.process_time() - start


@pytest.mark.parametrize("kind", long_paragraph.KINDS)
def test_extraction_time_grows_linearly_with_a_paragraphs_length(kind):
    _extract(long_paragraph.article(kind, 2_000, seed=1))  # regular expressions built, modules imported
    small = min(_cpu_seconds(long_paragraph.article(kind, SMALL, seed=seed)) for seed in (2, 3))
    # the least of two runs each: one run can be slowed by the machine's other work (cache, a collection)
    large = min(_cpu_seconds(long_paragraph.article(kind, LARGE, seed=seed)) for seed in (4, 5))
    assert large <= GROWTH_LIMIT * max(small, 0.05), (kind, small, large)  # (a floor: CPU time is coarse)


def _no_work(*args, **kwargs):
    raise AssertionError("a text over the budget is not read")


def test_a_four_megabyte_paragraph_is_refused_naming_the_limit_before_any_work(monkeypatch):
    monkeypatch.setattr(metadata, "extract", _no_work)
    content = long_paragraph.article("realistic", 4_000_000)
    result = _extract(content)
    assert isinstance(result, Rejection)
    assert result.source == "seeds/long.txt"
    found = re.fullmatch(
        r"too much text to extract \(a paragraph of ([\d,]+) characters; the limit is ([\d,]+) in one paragraph\)",
        result.reason,
    )
    assert found, result.reason
    size, limit = (int(group.replace(",", "")) for group in found.groups())
    assert limit == extract.MAX_PARAGRAPH_CHARS < size < len(content)


def test_an_article_over_the_budget_in_all_is_refused_naming_the_limit(monkeypatch):
    monkeypatch.setattr(metadata, "extract", _no_work)
    paragraph = long_paragraph.realistic(10_000)
    content = "A long report\n" + "\n".join([paragraph] * (extract.MAX_TEXT_CHARS // len(paragraph) + 1))
    result = _extract(content)
    assert isinstance(result, Rejection)
    found = re.fullmatch(r"too much text to extract \(([\d,]+) characters; the limit is ([\d,]+)\)", result.reason)
    assert found, result.reason
    size, limit = (int(group.replace(",", "")) for group in found.groups())
    assert limit == extract.MAX_TEXT_CHARS < size <= len(content)


def test_the_budget_counts_characters_so_a_file_gets_the_same_outcome_everywhere(monkeypatch):
    monkeypatch.setattr(extract, "MAX_PARAGRAPH_CHARS", 5_000)
    monkeypatch.setattr(extract, "MAX_TEXT_CHARS", 12_000)
    body = long_paragraph.realistic(20_000)
    at_limit = "A report\n" + body[:5_000]
    assert isinstance(_extract(at_limit), Article)
    over = _extract(at_limit + "x")
    assert isinstance(over, Rejection)
    assert over.reason == "too much text to extract (a paragraph of 5,001 characters; the limit is 5,000 in one paragraph)"
    assert _extract(at_limit + "x") == over
    two = "A report\n" + body[:5_000] + "\n" + body[5_000:10_000]
    assert isinstance(_extract(two), Article)  # 10,009 characters, in paragraphs under the limit
    three = _extract(two + "\n" + body[10_000:12_000])
    assert isinstance(three, Rejection)
    assert re.fullmatch(r"too much text to extract \(12,0\d\d characters; the limit is 12,000\)", three.reason), three


def test_a_long_report_under_the_budget_is_extracted():
    # ~300 KB, 100 paragraphs parted by blank lines: each is cut off mid-word, so one that goes on in lower case
    # would otherwise be read as the wrapped line of the one before (wrapped_lines) and joined to it
    report = "\n\n".join(long_paragraph.realistic(3_000, seed) for seed in range(100))
    article = _extract("A long report on the summit\n" + report)
    assert isinstance(article, Article)
    assert len(article.paragraphs) == 100
    assert "Vladimir Putin" in {m.name for m in article.people}
    assert article.quotes and article.events


@pytest.mark.parametrize(
    "body",
    ["\u201c" * 150_000, "\u00ab" * 150_000, "\u2018" * 150_000, "'" * 150_000, "[" * 150_000,
     "1.2.3.45." * 15_000, "." * 150_000, "Kim Putin Moscow " * 9_000, "(" * 150_000 + ")"],
    ids=["opening-quotes", "guillemets", "single-quotes", "apostrophes", "brackets", "digits-and-dots", "dots",
         "capitalised", "parentheses"],
)
def test_a_paragraph_of_nothing_but_one_mark_is_extracted(body):
    assert isinstance(_extract("A strange file\n" + body), Article)


def test_a_line_longer_than_any_furniture_is_article_text_and_not_tried_against_the_rules():
    caption = "Photo: Vladimir Putin and Kim Jong Un at the signing ceremony in Pyongyang."
    long_line = caption + " More words follow here." * 60
    cleaned = furniture.strip([caption, long_line], data())
    assert cleaned.removed == (caption,)
    assert cleaned.lines == (long_line,)


# ------------------------------------------------- the faster ways find the same
_ONE_ALTERNATION = re.compile(
    # (“ also closes “ and " at a word's end: languages/quotes.yml word_end; ” closes " too, and opens at a word's
    # start: word_start)
    r"\"(?P<d>[^\"”“]+)(?:[\"”]|(?<=[^\W_])“(?![^\W\d_]))|”(?<![^\W_]”)(?=[^\W\d_])(?P<e>[^”“]+)[”“]|“(?P<c>[^”\"“]+)(?:[”\"]|(?<=[^\W_])“(?![^\W\d_]))|«(?P<g>[^»]+)»|»(?P<r>[^«»]+)«"
    r"|‘(?<!\w‘)(?P<s>.+?)’(?![^\W\uac00-\ud7a3])|'(?<![\w']')(?P<a>[^']+?)'(?![^\W\uac00-\ud7a3]|')"
)


def test_quotations_tried_mark_by_mark_are_those_one_alternation_finds():
    rng = random.Random(16)
    alphabet = ["\"", "“", "”", "«", "»", "‘", "’", "'", " ", "a", "b", "s", "말", "."]
    for _ in range(3_000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        # (the groups of the marks the language data holds are named by mark_table: compared by their spans)
        expected = [(m.span(), m.group(m.lastgroup)) for m in _ONE_ALTERNATION.finditer(sample)]
        assert [(m.span(), m.group(m.lastgroup)) for m in quotation_marks._quotations(sample)] == expected, sample


def _sentences_as_before(paragraph: str) -> list[str]:
    """text.sentences as it was written before it was made linear: the reference."""
    end = re.compile(r"""([.!?…]+["'”’»)\]]*)(\s+)(?=["'“‘«(\[]?[^\s])""")
    out, start = [], 0
    for match in end.finditer(paragraph):
        candidate = paragraph[start:match.end(1)]
        stripped = candidate.rstrip("\"'”’»)]")
        if stripped.endswith("."):
            cut = len(stripped) - 1
            while cut > 0 and not (stripped[cut - 1].isspace() or stripped[cut - 1] in "(\"“"):
                cut -= 1
            word = stripped[cut:-1].lower()
            if word in text._ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        following = match.end()
        while following < len(paragraph) and paragraph[following] in "\"'“‘«([":
            following += 1
        if paragraph[following:following + 1].islower():
            continue
        if candidate.strip():
            out.append(candidate.strip())
        start = match.end()
    rest = paragraph[start:].strip()
    return [part for sentence in (out + [rest] if rest else out) for part in _glued_as_before(sentence)]


def _glued_as_before(sentence: str) -> list[str]:
    """A stop glued to the next sentence ("stampa.La"), read character by character: a lower-case word of three letters
    or more that is no abbreviation (or a year) before it, a capital and a lower-case letter after it."""
    parts, start = [], 0
    for at in range(1, len(sentence) - 2):
        if sentence[at] not in ".!?" or not (sentence[at + 1].isupper() and sentence[at + 2].islower()):
            continue
        cut = at
        while cut > start and sentence[cut - 1].isalnum():
            cut -= 1
        word = sentence[cut:at]
        tail = re.match(r"\w+\.[^\W\d_]{2,}", sentence[at + 1:])
        if ((len(word) >= 3 and word.isalpha() and word.islower() and word not in text._ABBREVIATIONS)
                or (len(word) == 4 and word.isdigit())) and not tail:
            parts.append(sentence[start:at + 1])
            start = at + 1
    return parts + [sentence[start:]] if parts else [sentence]


def test_sentences_split_as_before_on_abbreviations_runs_of_stops_and_closing_marks():
    rng = random.Random(5)
    words = ["Mr.", "U.S.", "e.g.", "N.", "word", "Word", "approx.", "x.", "...", "!?", "”", "»", ")", "\"", "(",
             "“Quote", "longerword.", "a", "B.", "Prof.", "etc.", "3.5", "."]
    for _ in range(3_000):
        sample = "".join(rng.choice(words) + rng.choice([" ", "", "  "]) for _ in range(rng.randint(0, 25)))
        assert text.sentences(sample) == _sentences_as_before(sample), sample


def test_a_quotations_closing_stops_are_found_as_the_pattern_found_them():
    pattern = re.compile(r"[.!?…]+(?: ?[\"”»’'])?$")  # (French sets the closing mark after a space: "… mutuels. »")
    rng = random.Random(9)
    for _ in range(3_000):
        sample = "".join(rng.choice(".!?…\"”»’'ab ") for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(sample))
        found = pattern.search(sample, start, len(sample))
        assert masked_sentences._end_punct_start(sample, start, len(sample)) == (found.start() if found else len(sample)), sample


def test_nearest_speaker_is_the_one_min_by_distance_picks():
    rng = random.Random(3)
    for _ in range(3_000):
        pairs = sorted((rng.randint(0, 60), rng.choice("ABC")) for _ in range(rng.randint(1, 6)))
        start = rng.randint(0, 60)
        quote = quotation_marks.Quoted(start, start + rng.randint(1, 20), "q")
        expected = min(pairs, key=lambda p: quote_fallbacks._distance(p[0], quote))[1]
        assert quote_fallbacks._nearest(pairs, [p for p, _ in pairs], quote) == expected, (pairs, quote)


def test_overlap_with_found_names_is_decided_by_position_as_by_comparing_each():
    rng = random.Random(4)
    for _ in range(2_000):
        spans = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(0, 50)
            spans.append(Span(a, a + rng.randint(1, 15), "x", "x", "person"))
        taken = _Taken(spans)
        start = rng.randint(0, 60)
        end = start + rng.randint(1, 10)
        assert taken.overlaps(start, end) == any(s.start < end and start < s.end for s in spans)
