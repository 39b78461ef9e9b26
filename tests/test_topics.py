import pytest

from generator.topics import assign_topics

from _extract_helpers import data, paras


def topics(*texts):
    return {h.topic: [e.text for e in h.evidence] for h in assign_topics(paras(*texts), data())}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The UN sanctions remain in force.", {"sanctions"}),
        ("Новые санкциями обсуждали в Москве.", {"sanctions"}),  # Cyrillic stem
        ("안보리 제재를 재검토해야 한다.", {"sanctions"}),  # Hangul anywhere
        ("The treaty provides mutual assistance.", {"mutual-defense"}),
        ("They recalled the Korean War.", {"history"}),
        ("The sanctionsless world.", set()),  # Latin phrases are whole words
        ("The foreign minister joined the delegation.", {"delegation"}),
        ("Nothing relevant here.", set()),
        # one weak delegation phrase is a passing mention; a strong one is enough alone
        ("North Korea's foreign minister visited Moscow last week.", set()),
        ("Putin was accompanied by his health minister.", {"delegation"}),
        ("이번 방북에는 외무장관 등이 수행했다.", {"delegation"}),
    ],
)
def test_topic_phrases_per_language(text, expected):
    assert set(topics(text)) == expected


def test_evidence_is_unique_and_in_text_order():
    result = topics("Sanctions were discussed. The alliance grew.", "Sanctions were discussed. New sanctions came.")
    assert result["sanctions"] == ["Sanctions were discussed.", "New sanctions came."]
    assert result["mutual-defense"] == ["The alliance grew."]


def test_topics_follow_data_file_order():
    hits = assign_topics(paras("The Korean War ended. UN sanctions grew. Mutual assistance was promised."), data())
    order = [t.slug for t in data().topics]
    assert [h.topic for h in hits] == sorted((h.topic for h in hits), key=order.index)
