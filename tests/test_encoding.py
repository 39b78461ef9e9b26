"""generator.ingest.encoding: every fixture decodes to the right text with the right codec, or is refused."""

from __future__ import annotations

import codecs
import importlib.util
from pathlib import Path

import pytest
import yaml

from generator.ingest.encoding import DecodeError, binary_kind, decode, has_mojibake, repair_mojibake

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
EXPECTED = yaml.safe_load((FIXTURES / "expected.yml").read_text(encoding="utf-8"))
SEED = (ROOT / "tests" / "fixtures" / "story" / "seeds" / "003_9e64af0b13b60c81.txt").read_text(encoding="utf-8")
MOJIBAKE = ("â€", "Ã", "\ufffd", "Ð", "ì¸")

DECODED = sorted(name for name, want in EXPECTED.items() if "encoding" in want)
REFUSED_BY_DECODE = sorted(
    name
    for name, want in EXPECTED.items()
    if any(want.get("rejected", "").startswith(r) for r in ("empty", "binary", "undecodable"))
)


def _bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.mark.parametrize("name", DECODED)
def test_fixture_decodes_with_the_expected_codec(name: str) -> None:
    want = EXPECTED[name]
    decoded = decode(_bytes(name))
    assert decoded.encoding == want["encoding"]
    for text in want.get("decoded_contains", ()):
        assert text in decoded.text, (name, text)
    for text in want.get("decoded_excludes", ()):
        assert text not in decoded.text, (name, text)
    assert "\r" not in decoded.text
    assert not decoded.text.startswith("\ufeff")
    for marker in MOJIBAKE:
        assert marker not in decoded.text, (name, marker)


@pytest.mark.parametrize("name", REFUSED_BY_DECODE)
def test_fixture_is_refused_with_its_reason(name: str) -> None:
    with pytest.raises(DecodeError) as refused:
        decode(_bytes(name))
    assert EXPECTED[name]["rejected"] in refused.value.reason


def test_every_fixture_has_an_expectation_and_every_expectation_a_fixture() -> None:
    on_disk = {p.name for p in FIXTURES.iterdir()} - {"expected.yml"}
    assert on_disk == set(EXPECTED)


def test_fixture_script_reproduces_the_committed_bytes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_ingest_fixtures", FIXTURES.parent / "make_ingest_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path in module.write(tmp_path):
        assert path.read_bytes() == (FIXTURES / path.name).read_bytes(), path.name


# ---------------------------------------------------------------- large files
@pytest.mark.parametrize(
    ("codec", "needle"),
    [("utf-8", "“defensive”"), ("cp1252", "“defensive”"), ("euc_kr", "상호 지원"), ("koi8_r", "взаимной помощи")],
)
def test_two_megabyte_file_decodes(tmp_path: Path, codec: str, needle: str) -> None:
    paragraph = {
        "euc_kr": "푸틴 대통령과 김정은 위원장이 평양에서 상호 지원 조약에 서명했다.\n",
        "koi8_r": "Путин и Ким Чен Ын подписали в Пхеньяне договор о взаимной помощи.\n",
    }.get(codec, SEED)
    text = paragraph * (2_100_000 // len(paragraph.encode(codec)) + 1)
    path = tmp_path / "large_2mb_article.txt"
    path.write_bytes(text.encode(codec))
    assert path.stat().st_size > 2_000_000
    decoded = decode(path.read_bytes())
    assert decoded.encoding == codec
    assert needle in decoded.text
    assert decoded.text.count("\n") == text.count("\n")


def test_size_limit_is_a_refusal_with_the_sizes() -> None:
    with pytest.raises(DecodeError, match=r"file too large \(2 KB; the limit is 1 KB\)"):
        decode(b"a" * 2048, max_bytes=1024)


# ---------------------------------------------------------------- the chain
@pytest.mark.parametrize(
    ("data", "codec"),
    [
        (codecs.BOM_UTF32_LE + "Пхеньян treaty".encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + "Пхеньян treaty".encode("utf-32-be"), "utf-32-be"),
        ("Pyongyang — treaty text\n".encode("utf-16-be"), "utf-16-be"),
        ("naïve façade résumé of the treaty".encode("cp1252"), "cp1252"),
        ("Café “quoted” — text".encode("cp1252"), "cp1252"),
        ("© 2024 Reuters".encode("cp1252"), "cp1252"),
        ("Владимир Путин прибыл в Пхеньян".encode("koi8_r"), "koi8_r"),
        ("Владимир Путин прибыл в Пхеньян".encode("cp1251"), "cp1251"),
        ("김정은 국무위원장이 평양에서 푸틴 대통령을 맞았다".encode("euc_kr"), "euc_kr"),
        ("Zażółć gęślą jaźń, powiedział Putin".encode("cp1250"), "cp1250"),
    ],
)
def test_short_texts_get_the_right_codec(data: bytes, codec: str) -> None:
    decoded = decode(data)
    assert decoded.encoding == codec
    assert decoded.text == data.decode(codec).removeprefix("\ufeff")


def test_line_ends_are_normalised_and_text_is_nfc() -> None:
    decoded = decode("Cafe\u0301\r\nline two\rline three\n".encode("utf-8"))
    assert decoded.text == "Café\nline two\nline three\n"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF document"),
        (b"\x1f\x8b\x08\x00" + bytes(20), "gzip archive"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04", "7-Zip archive"),
        (b"Rar!\x1a\x07\x01\x00", "RAR archive"),
        (b"\x7fELF\x02\x01\x01" + bytes(9), "ELF executable"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "Windows executable"),
    ],
)
def test_magic_numbers_name_the_format(data: bytes, kind: str) -> None:
    assert binary_kind(data) == kind
    with pytest.raises(DecodeError, match=rf"binary file \({kind}\)"):
        decode(data + b"Putin and Kim" * 10)


@pytest.mark.parametrize("text", ["ID3 tags are metadata in audio files.", "MZ is a prefix.", "BZh, he said."])
def test_text_that_starts_like_a_magic_number_is_still_text(text: str) -> None:
    assert decode(text.encode()).text == text


def test_control_characters_are_refused() -> None:
    with pytest.raises(DecodeError, match="undecodable text .*control characters"):
        decode(b"Putin\x01\x02\x03\x04\x05 and\x06\x07\x08 Kim\x0e\x0f\x10\x11")


def test_mojibake_repair_only_changes_what_round_trips() -> None:
    assert repair_mojibake("Putinâ€™s â€œallianceâ€\x9d") == "Putin’s “alliance”"
    assert repair_mojibake("CafÃ© in SeoulÃ") == "Café in SeoulÃ"
    for fine in ("Café — über", "Ålesund, Øresund, «Ü»", "À bientôt", "Пхеньян", "평양"):
        assert not has_mojibake(fine) or repair_mojibake(fine) == fine
