"""The head of an article in every language the story is reported in (issue 17, round 4): national agencies
and papers by the spellings each language writes them in, wire credits in each language's dateline shape,
"Source:" lines, a site naming its own correspondent in the lead, and the head's dates (other scripts' digits,
month names). Each family is checked with the lines that must not name an outlet: a photo credit, and "X
reported" / "according to X" / "citing X", which name a source. Inputs are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import closing_credits, credits, dates, metadata, promotions
from generator.model import Declared

MORE = "The rest of the text is another paragraph about the meeting, long enough to be read as text."


def outlet_of(lead: str, language: str, known, *after: str) -> str | None:
    text = "\n\n".join(["A headline about the meeting of the two leaders", lead, MORE, *after])
    return metadata.extract(text, Declared(language=language), known).outlet


# ------------------------------------------------------------------ datelines and credits
@pytest.mark.parametrize(
    "language, lead, outlet",
    [
        ("tr", "ANKARA (AA) - Rusya Devlet Başkanı ile Kuzey Kore lideri anlaşma imzaladı.", "Anadolu Agency"),
        ("tr", "MOSKOVA (İHA) - İki lider anlaşma imzaladı ve ortak bildiri yayımladı.", "İhlas Haber Ajansı"),
        ("id", "Jakarta (ANTARA) - Kedua pemimpin menandatangani pakta di ibu kota.", "Antara"),
        ("id", "TEMPO.CO, Jakarta - Kedua pemimpin menandatangani pakta di ibu kota.", "Tempo.co"),
        ("id", "JAKARTA, KOMPAS.com - Kedua pemimpin menandatangani pakta di ibu kota.", "Kompas"),
        ("ms", "KUALA LUMPUR, 20 Jun (Bernama) -- Kedua-dua pemimpin memeterai perjanjian.", "Bernama"),
        ("sr", "ПЈОНГЈАНГ /Танјуг/ - Два лидера су потписала споразум у главном граду.", "Tanjug"),
        ("hr", "ZAGREB, 20. lipnja (Hina) - Dvojica čelnika potpisala su sporazum u glavnom gradu.", "Hina"),
        ("bs", "SARAJEVO, 20. juna (FENA) - Dvojica lidera potpisala su sporazum u glavnom gradu.", "FENA"),
        ("bg", "София, 20 юни (БТА) - Двамата лидери подписаха споразумение в столицата.", "BTA"),
        ("it", "(AGI) - Roma, 20 giu. - I due leader hanno firmato un accordo nella capitale.", "AGI"),
        ("it", "Roma, 20 giu. (askanews) - I due leader hanno firmato un accordo nella capitale.", "Askanews"),
        ("ar", "القاهرة (رويترز) - وقع الزعيمان اتفاقا في العاصمة بعد محادثات طويلة.", "Reuters"),
        ("ar", "الكويت - 20 - 6 (كونا) -- وقع الزعيمان اتفاقا في العاصمة بعد محادثات طويلة.", "KUNA"),
        ("ar", "بيروت - أ ف ب: وقع الزعيمان اتفاقا في العاصمة بعد محادثات طويلة.", "AFP"),
        ("hi", "नई दिल्ली, 20 जून (आईएएनएस)। दोनों नेताओं ने राजधानी में समझौते पर हस्ताक्षर किए।", "IANS"),
        ("zh", "中新网北京6月20日电 两国领导人在首都签署协议并举行会谈。", "China News Service"),
        ("zh", "【环球时报报道】两国领导人在首都签署协议并举行会谈。", "Global Times"),
        ("ja", "【ソウル時事】両首脳は20日、首都で協定に署名した。", "Jiji Press"),
        ("ru", "КАЗАНЬ, 20 июн — РИА Новости. Два лидера подписали соглашение в столице.", "RIA Novosti"),
    ],
)
def test_a_dateline_credits_the_wire_in_each_languages_shape(language, lead, outlet, known):
    assert outlet_of(lead, language, known) == outlet


@pytest.mark.parametrize(
    "language, line, outlet",
    [
        ("tr", "Kaynak: Anadolu Ajansı", "Anadolu Agency"),
        ("id", "Sumber: ANTARA", "Antara"),
        ("sr", "Izvor: Tanjug", "Tanjug"),
        ("sr", "Извор: Танјуг", "Tanjug"),
        ("cs", "Zdroj: ČTK", "ČTK"),
        ("nl", "Bron: ANP", "ANP"),
        ("vi", "Nguồn: TTXVN", "Vietnam News Agency"),
        ("ar", "المصدر: وكالة الأناضول", "Anadolu Agency"),
        ("fa", "منبع: ایسنا", "ISNA"),
        ("hi", "स्रोत: एएनआई", "ANI"),
        ("uk", "Джерело: Укрінформ", "Ukrinform"),
        ("bg", "Източник: БТА", "BTA"),
    ],
)
def test_a_source_line_names_the_outlet_in_each_language(language, line, outlet, known):
    assert outlet_of("Two leaders signed an agreement in the capital on Thursday.", language, known, line) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Przywódcy spotkali się w stolicy i podpisali umowę. Rozmowy trwały dwa dni. (PAP)", "PAP"),
        ("Oba lídři se setkali v hlavním městě. Jednání trvala dva dny. ČTK", "ČTK"),
        ("両首脳は首都で会談した。協力の強化を確認した。（共同）", "Kyodo News"),  # no space after 。
        ("两国领导人举行会谈。双方签署了协议。（来源：新华社）", "Xinhua"),
    ],
)
def test_a_credit_closing_the_last_paragraph_names_the_outlet(line, outlet, known):
    assert closing_credits.closing_credit(line, known) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Two leaders shake hands in front of the palace. (Reuters)",  # a one-sentence caption: a photo's credit
        "The leaders met in the capital. Talks lasted two days. Reuters",  # a picture agency alone
        "The talks lasted two days and ended with a (short) statement",
        "两国领导人在广场合影。（新华社）",  # a one-sentence caption
        "两国领导人举行会谈。双方签署了协议。（完）",  # "the end": no agency
    ],
)
def test_a_captions_agency_or_a_bracket_in_the_text_is_no_closing_credit(line, known):
    assert closing_credits.closing_credit(line, known) is None


# ------------------------------------------------------------------ a site naming its own correspondent
@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Лидеры подписали договор в столице, передает корреспондент РИА Новости.", "RIA Novosti"),
        ("Про це повідомляє кореспондент Укрінформу з місця подій.", "Ukrinform"),
        ("Двамата лидери се срещнаха в столицата, съобщи кореспондентът на БТА.", "BTA"),
        ("AA muhabirinin aldığı bilgiye göre, iki lider başkentte görüştü.", "Anadolu Agency"),
        ("Anadolu Ajansı muhabirine konuşan yetkili anlaşmayı değerlendirdi.", "Anadolu Agency"),
        ("Menurut koresponden ANTARA di Moskow, kedua pemimpin bertemu di ibu kota.", "Antara"),
        ("Theo phóng viên TTXVN tại Moskva, hai nhà lãnh đạo đã gặp nhau tại thủ đô.", "Vietnam News Agency"),
        ("به گزارش خبرنگار ایرنا، دو رهبر در پایتخت دیدار کردند.", "IRNA"),
        ("وقال مراسل الجزيرة إن الزعيمين التقيا في العاصمة.", "Al Jazeera"),
        ("新华社记者20日从外交部获悉，两国领导人举行会谈。", "Xinhua"),
    ],
)
def test_a_lead_naming_its_own_correspondent_names_the_outlet(line, outlet, known):
    assert promotions.correspondent(line, known) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Лидеры подписали договор в столице, передает РИА Новости.",  # "X reports": a source
        "Лидеры подписали договор, сказал корреспонденту ТАСС источник.",  # told another outlet's reporter
        "Лідери підписали угоду, передає Укрінформ.",
        "Rus haber ajansı TASS'ın aktardığına göre iki lider görüştü.",
        "Kedua pemimpin bertemu di ibu kota, seperti dilansir dari Reuters.",
        "Theo hãng thông tấn Yonhap, hai nhà lãnh đạo đã gặp nhau.",
        "به گزارش رویترز، دو رهبر در پایتخت دیدار کردند.",
        "وذكرت وكالة رويترز أن الزعيمين التقيا في العاصمة.",
        "据新华社记者报道，两国领导人举行会谈。",
        "調印後の共同記者会見で両首脳は協力を確認した。",  # a joint press conference, not Kyodo
    ],
)
def test_a_source_the_lead_cites_is_not_the_outlet(line, known):
    assert promotions.correspondent(line, known) is None


@pytest.mark.parametrize(
    "language, line",
    [
        ("tr", "Fotoğraf: AA"),
        ("id", "Gambar: ANTARA"),
        ("ar", "الصورة: رويترز"),
        ("vi", "Ảnh: Reuters"),
        ("hi", "फोटो: पीटीआई"),
    ],
)
def test_a_photo_credit_in_any_language_is_not_the_outlet(language, line, known):
    assert outlet_of("Two leaders signed an agreement in the capital on Thursday.", language, known, line) is None


@pytest.mark.parametrize("line", ["العربية", "Politika", "Вести", "Danas", "DIE WELT", "FR", "Bild", "Tempo"])
def test_a_menu_or_section_word_alone_is_no_masthead(line, known):
    assert credits.masthead(line, known) is None


# ------------------------------------------------------------------ dates of the head
@pytest.mark.parametrize(
    "text, language",
    [
        ("20 Haziran 2024 Perşembe 14:30", "tr"),
        ("Kamis, 20 Juni 2024 14:30 WIB", "id"),
        ("20 Jun 2024", "ms"),
        ("20.06.2024 г.", "bg"),
        ("الخميس ٢٠ يونيو ٢٠٢٤", "ar"),
        ("الخميس 20 يونيو/حزيران 2024", "ar"),
        ("20 حزيران 2024", "ar"),
        ("۲۰ ژوئن ۲۰۲۴", "fa"),
        ("20 जून 2024", "hi"),
        ("Thứ năm, ngày 20 tháng 6 năm 2024", "vi"),
        ("20. jun 2024.", "sr"),
        ("20. juna 2024.", "bs"),
        ("20. јуна 2024. године", "sr"),
        ("20. lipnja 2024.", "hr"),
        ("20. června 2024", "cs"),
        ("20 juni 2024", "nl"),
        ("20 червня 2024", "uk"),
        ("２０２４年６月２０日", "ja"),
    ],
)
def test_the_heads_date_is_read_in_each_language(text, language):
    found = dates.find(text, language)
    assert found is not None and found.date == dt.date(2024, 6, 20)


@pytest.mark.parametrize("line", ["20 Haziran 2024 Perşembe 14:30", "Kamis, 20 Juni 2024 14:30 WIB", "الخميس ٢٠ يونيو ٢٠٢٤"])
def test_a_stamp_line_with_its_weekday_is_a_date_line_without_its_language(line):
    assert dates.date_line(line) == dt.date(2024, 6, 20)


def test_a_month_word_two_languages_read_differently_is_left_to_the_language():
    # Croatian "listopada" is October, Polish November: only the article's language says which
    assert dates.find("20. listopada 2024.", "hr").date == dt.date(2024, 10, 20)
    assert dates.find("20 listopada 2024", "pl").date == dt.date(2024, 11, 20)
