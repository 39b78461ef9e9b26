"""An editor's note in brackets inside a quotation ("(так називають в РФ війну проти України. - Ред.)", "(Anm. d. Red.:
…)") is the page's words, not the speaker's: the quote is shown without it. Brackets the speaker's words hold ("(СВО)",
"(Red Army)") stay."""

import pytest

from _extract_helpers import data, paras
from generator.extract.mentions import find_mentions
from generator.extract.quotes import find_quotes


def _quotes(text: str, language: str) -> list[tuple[str | None, str]]:
    p = paras(text)
    return [(q.speaker, q.text) for q in find_quotes(p, find_mentions(p, data()), data(), language=language)]


@pytest.mark.parametrize("language, text, quoted", [
    ("uk", "«Ми цінуємо підтримку рибальської операції (так називають у РФ промисел у чужих водах. - Ред.) з боку КНДР», - сказав Путін.",
     "Ми цінуємо підтримку рибальської операції з боку КНДР"),
    ("ru", "«Мы ценим поддержку рыболовной операции (так в РФ называют промысел, прим. ред.) со стороны КНДР», — сказал Путин.",
     "Мы ценим поддержку рыболовной операции со стороны КНДР"),
    ("de", "„Wir schätzen die Unterstützung der Fischereiaktion (Anm. d. Red.: gemeint ist der Fang vor Rajin) sehr“, sagte Putin.",
     "Wir schätzen die Unterstützung der Fischereiaktion sehr"),
    ("en", '"We value the support for the fishing operation [Editor\'s note: the catch off Rajin] very much," Putin said.',
     "We value the support for the fishing operation very much"),
])
def test_an_editors_note_inside_a_quotation_is_left_out(language, text, quoted):
    assert _quotes(text, language) == [("Vladimir Putin", quoted)]


@pytest.mark.parametrize("language, text, quoted", [
    ("ru", "«Мы ценим поддержку специальной рыболовной операции (СРО) со стороны КНДР», — сказал Путин.",
     "Мы ценим поддержку специальной рыболовной операции (СРО) со стороны КНДР"),
    ("en", '"The fleets that fought beside the Red Army (Red Army units) sail again," Putin said.',
     "The fleets that fought beside the Red Army (Red Army units) sail again"),
])
def test_the_speakers_own_brackets_stay(language, text, quoted):
    assert _quotes(text, language) == [("Vladimir Putin", quoted)]
