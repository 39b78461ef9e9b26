"""The phrase index every topic, fact and event is matched with: its boundary rules and where it says phrases are."""

import pytest

from generator.extract.phrases import PhraseIndex, split_sentences


@pytest.mark.parametrize(
    ("phrases", "text", "found"),
    [
        (["sanction"], "New sanctions were announced.", set()),  # a Latin phrase is a whole word
        (["sanction*"], "New sanctions were announced.", {"sanction*"}),  # unless it is a stem
        (["санкци"], "Под санкциями уже десять лет.", {"санкци"}),  # Cyrillic phrases are stems
        (["не"], "Они невероятно спешили.", set()),  # ... but a very short word stands alone
        (["제재"], "대북제재를 강화했다", {"제재"}),  # Hangul matches inside a word (particles attach)
        (["制裁"], "対北制裁を強化", {"制裁"}),
        (["สนับสนุน"], "จะให้การสนับสนุนกองทัพ", {"สนับสนุน"}),  # so does Thai (no spaces between its words)
        (["mutual"], "MUTUAL-assistance", {"mutual"}),  # folded: case, and a hyphen is a boundary
        (["mutual defense", "mutual defense treaty"], "a mutual defense treaty", {"mutual defense", "mutual defense treaty"}),
        (["defense treaty", "mutual defense"], "a mutual defense treaty", {"defense treaty", "mutual defense"}),
        (["north korea"], "North Korea’s leader", {"north korea"}),  # a curly apostrophe after it
        (["pact"], "impact", set()),
        (["रक्षा"], "यह सुरक्षा समझौता है", set()),  # a vowel sign before it belongs to the word: "security"
        (["रक्षा"], "आपसी रक्षा समझौता", {"रक्षा"}),  # "defence"
        (["imza töreni*"], "İmza töreninin ardından konuştular.", {"imza töreni*"}),  # Turkish dotted capital I
        # a "*" after any word of a phrase makes that word a stem, the words still side by side
        (["специальн* военн* операц*"], "в ходе специальной военной операции", {"специальн* военн* операц*"}),
        (["специальн* военн* операц*"], "специальной, а не военной операции", set()),
        (["operacj* wojskow*"], "poparcie dla operacji wojskowej", {"operacj* wojskow*"}),
        (["operacj* wojskow*"], "operacji i wojskowej", set()),
        (["ceremoniál* podpisu"], "Po ceremoniálu podpisu smlouvy", {"ceremoniál* podpisu"}),
        (["ceremoniál* podpisu"], "Po ceremoniálu podpisujícím", set()),  # a last word without "*" is whole
        (["северн* коре*"], "поддержка Северной Кореи", {"северн* коре*"}),
        (["северн* коре*"], "Южной Кореи и северного соседа", set()),
    ],
)
def test_phrases_found_by_their_boundary_rules(phrases, text, found):
    assert PhraseIndex(phrases).find(text) == found


def test_folding_keeps_the_length_of_a_turkish_dotted_capital():
    from generator.extract.phrases import fold

    assert fold("İmza İki") == "imza iki"


def test_a_phrase_found_in_every_word_form_and_not_in_another_lexeme():
    index = PhraseIndex(["союз"], forms=True)
    assert index.find("Страны заключили договор о союзе.") == {"союз"}
    assert index.find("Страны стали союзниками.") == frozenset()


def test_spans_take_the_longest_phrase_at_a_place_and_go_on_after_it():
    index = PhraseIndex(["treaty", "treaty of friendship", "friendship"])
    text = "The Treaty of Friendship of 1961 and a friendship treaty."
    spans = index.spans(text)
    assert [text[a:b] for a, b in spans] == ["Treaty of Friendship", "friendship", "treaty"]


def test_a_span_of_a_phrase_with_stems_inside_covers_its_last_word():
    index = PhraseIndex(["специальн* военн* операц*"], forms=True)
    text = "В ходе специальной военной операции."
    assert [text[a:b] for a, b in index.spans(text)] == ["специальной военной операции"]


def test_spans_keep_word_boundaries():
    index = PhraseIndex(["pact"])
    text = "The impact of the pact."
    assert [text[a:b] for a, b in index.spans(text)] == ["pact"]
    assert index.spans(text)[0][0] == text.rindex("pact")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Mr. Putin arrived. He met Kim.", ["Mr. Putin arrived.", "He met Kim."]),
        ("यह समझौता है। उन्होंने कहा कि यह ऐतिहासिक है।", ["यह समझौता है।", "उन्होंने कहा कि यह ऐतिहासिक है।"]),
        ("هل هذا تحالف؟ قال بوتين إنه دفاعي.", ["هل هذا تحالف؟", "قال بوتين إنه دفاعي."]),
        ("条約が公開された。第4条では「遅滞なく援助する。」としている。", ["条約が公開された。", "第4条では「遅滞なく援助する。」としている。"]),
        ("普京说：“这是历史性的。”他补充说条约是防御性的！双方同意。", ["普京说：“这是历史性的。”他补充说条约是防御性的！", "双方同意。"]),
    ],
)
def test_sentences_end_at_the_full_stops_of_each_script(paragraph, expected):
    assert split_sentences(paragraph) == tuple(expected)


def test_arabic_short_vowels_written_now_and_then_count_for_nothing():
    # "ووُقعت" (and it was signed) with a damma is "ووقعت"; a phrase written with a tanween finds the bare word
    index = PhraseIndex(["ووقع*", "شكرًا"])
    assert index.find("ووُقعت الوثيقة في العاصمة") == {"ووقع*"}
    assert index.find("قال شكرا للجميع") == {"شكرًا"}
    assert index.find("شكرًا") == {"شكرًا"} and index.spans("قال شكرًا") == [(4, 9)]
    assert index.find("توقيع الوثيقة") == frozenset()
