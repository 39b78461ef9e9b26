"""A document's words: a quotation its sentence says is written in the story's document ("the treaty provides for
“…”", "«…», — говорится в договоре", "조약 제3조에는 '…'") is nobody's speech, and the site says whose text it is
(story.yml's `document`: "Text of the treaty") instead of "Unattributed". Its anchor stays the one it had."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml

from _extract_helpers import STORY, data, paras
from generator import build
from generator.collect.quote_groups import group_quotes
from generator.extract import knowledge
from generator.extract.mentions import find_mentions
from generator.extract.quotes import find_quotes
from generator.model import Quote
from generator.text import anchor
from tests.conftest import make_project


def _quotes(text: str, language: str, known=None) -> list[tuple[str | None, str | None, str]]:
    known = known or data()
    p = paras(text)
    return [(q.speaker, q.written_in, q.text) for q in find_quotes(p, find_mentions(p, known), known, language=language)]


@pytest.mark.parametrize("language, text, quoted", [
    # a document's provision before the quotation
    ("en", 'The fisheries agreement signed on Tuesday provides for "joint patrols of the fishing grounds in every season".',
     "joint patrols of the fishing grounds in every season"),
    ("en", 'Article 3 of the treaty reads: "Each side shall open its ports to the fishing fleet of the other."',
     "Each side shall open its ports to the fishing fleet of the other."),
    # the document called so ("Il documento prevede “…”", "the document stipulates")
    ("it", 'Accordo firmato tra i due Paesi. Il documento prevede "la pesca comune nelle acque di entrambi i Paesi".',
     "la pesca comune nelle acque di entrambi i Paesi"),
    ("en", 'The document stipulates "joint patrols of the fishing grounds in every season".',
     "joint patrols of the fishing grounds in every season"),
    # the sentence says the words are written in the document
    ("en", 'As stated in the treaty, "each side shall open its ports to the fishing fleet of the other."',
     "each side shall open its ports to the fishing fleet of the other."),
    ("ru", "ТАСС сообщил о подписании. «Стороны совместно охраняют рыбные ресурсы в своих водах», — говорится в договоре.",
     "Стороны совместно охраняют рыбные ресурсы в своих водах"),
    ("ru", "Договор предусматривает, что «стороны совместно охраняют рыбные ресурсы в своих водах».",
     "стороны совместно охраняют рыбные ресурсы в своих водах"),
    ("uk", "«Сторони спільно охороняють рибні ресурси у своїх водах», – йдеться в угоді.",
     "Сторони спільно охороняють рибні ресурси у своїх водах"),
    # the article abbreviated with a full stop before its number ("art. 4 stanowi"): one sentence, not two
    ("pl", "Zgodnie z opublikowanym dokumentem art. 4 stanowi, że strony „wspólnie chronią zasoby rybne na swoich wodach”.",
     "wspólnie chronią zasoby rybne na swoich wodach"),
    ("it", "Secondo il testo pubblicato, l'art. 3 stabilisce che le parti “proteggono insieme le risorse ittiche delle loro acque”.",
     "proteggono insieme le risorse ittiche delle loro acque"),
    # Korean: the numbered article glued to its particle, or the document opening the sentence, an agency before it
    ("ko", "조약 제3조에는 \"쌍방은 어업 자원을 함께 보호한다\"는 내용이 담겼다.", "쌍방은 어업 자원을 함께 보호한다"),
    ("ko", "조선중앙통신은 협정 전문을 보도했다. 협정은 제2조에서 \"쌍방은 어업 자원을 함께 보호한다\"고 규정했다.",
     "쌍방은 어업 자원을 함께 보호한다"),
    # the participle of the document's name ("Договор …, предусматривающий …")
    ("ru", "Подписано соглашение о рыболовстве, предусматривающее совместную охрану вод в случае, «если одна из сторон "
           "откроет свои порты для флота другой».", "если одна из сторон откроет свои порты для флота другой"),
    # Korean: the quotation made the content of a document named a few words on by its ending ("“…”는 … 협정을")
    ("ko", "조선중앙통신은 20일 \"쌍방은 어업 자원을 함께 보호한다\"는 두 나라 어업 협력에 관한 협정을 공개했다.",
     "쌍방은 어업 자원을 함께 보호한다"),
    # Korean: the content ("내용") of the document the sentence is about ("협정에는 '…'는 내용이 적혔다")
    ("ko", "두 항구는 지난 6월 이 협정을 체결했다. 협정에는 '어느 한쪽 어선이 피해를 입으면 다른 쪽이 지체 없이 돕는다'는 내용이 적혔다.",
     "어느 한쪽 어선이 피해를 입으면 다른 쪽이 지체 없이 돕는다"),
])
def test_a_quotation_written_in_the_document_is_the_document_s_text(language, text, quoted):
    assert _quotes(text, language) == [(None, "the treaty", quoted)]


@pytest.mark.parametrize("language, text, expected", [
    # someone the sentence names says the words: theirs, whatever they are about
    ("en", 'Lavrov said the treaty "provides for joint patrols of the fishing grounds in every season".',
     [("Sergey Lavrov", None, "provides for joint patrols of the fishing grounds in every season")]),
    ("ru", "«Наши страны продолжат работу над новым соглашением о рыболовстве», — отметил Лавров.",
     [("Sergey Lavrov", None, "Наши страны продолжат работу над новым соглашением о рыболовстве")]),
    # an agency's own report, no document saying it
    ("en", '"The fishing fleet will sail in the autumn," TASS reported.',
     [("TASS", None, "The fishing fleet will sail in the autumn")]),
    # (Korean: the content its speaker stressed, the document only its subject: "“…”이라는 내용을 강조했다")
    ("ko", '라브로프 장관은 협정에 대해 "어업 협력은 앞으로도 계속될 것"이라는 내용을 강조했다.',
     [("Sergey Lavrov", None, "어업 협력은 앞으로도 계속될 것")]),
    # (Korean: the content of an analysis someone unnamed gave, a numbered article the paragraph before: "“…”이라는
    # 내용의 분석을 내놨다" is speech, not what the document holds)
    ("ko", "어업 협정 제3조는 공동 조업을 규정했다.\n\n이에 대해 한 전문가는 \"사실상 공동 어장 개방 조항\"이라는 내용의 분석을 내놨다.",
     [(None, None, "사실상 공동 어장 개방 조항")]),
    # (Korean: the content of a stance, no document: "“…”이라는 입장을 밝혔다")
    ("ko", '라브로프 장관은 "어업 협력은 앞으로도 계속될 것"이라는 입장을 밝혔다.',
     [("Sergey Lavrov", None, "어업 협력은 앞으로도 계속될 것")]),
])
def test_words_someone_speaks_are_no_document_s(language, text, expected):
    assert _quotes(text, language) == expected


@pytest.mark.parametrize("language, text, quoted", [
    ("en", "Article 3 of the fisheries agreement could be read as a joint patrol clause.\n\n"
           '"Each side shall open its ports to the fishing fleet of the other in every season."',
     "Each side shall open its ports to the fishing fleet of the other in every season."),
    ("ru", "Текст соглашения опубликован. И статья 3 в нем содержит норму о совместной охране вод.\n\n"
           "«Стороны совместно охраняют рыбные ресурсы в своих водах и открывают друг другу порты».",
     "Стороны совместно охраняют рыбные ресурсы в своих водах и открывают друг другу порты"),
    # ... or with only "it said" after it, no organisation named that "it" could stand for
    ("en", "Article 3 of the fisheries agreement could be read as a joint patrol clause.\n\n"
           '"Each side shall open its ports to the fishing fleet of the other in every season," it said.',
     "Each side shall open its ports to the fishing fleet of the other in every season"),
    # ... or the content ("내용") a Korean sentence after it quotes, nobody named saying it
    ("ko", "어업 협정은 모두 12조로 이뤄져 있다.\n\n그 중에 제3조가 가장 핵심이다.\n\n"
           '두 항구 중 한 곳이 "어선이 피해를 입는 경우 다른 항구는 지체 없이 모든 수단으로 돕는다"는 내용인데, 예전 협정과 비슷하다.',
     "어선이 피해를 입는 경우 다른 항구는 지체 없이 모든 수단으로 돕는다"),
])
def test_a_quotation_alone_after_a_paragraph_naming_a_numbered_article_is_its_text(language, text, quoted):
    assert _quotes(text, language) == [(None, "the treaty", quoted)]


def test_a_quotation_alone_after_a_speaker_and_an_article_stays_the_speaker_s():
    text = ('Lavrov said on Tuesday that Article 3 would be kept: "The ports stay open to the fishing fleet."\n\n'
            '"We see no reason to close the fishing grounds to anyone in the coming season."')
    assert [(speaker, written_in) for speaker, written_in, _ in _quotes(text, "en")] == [("Sergey Lavrov", None)] * 2


@pytest.mark.parametrize("said_by, expected", [
    ("sottolinea l'agenzia Kcna.", "KCNA"),
    ("ha detto Lavrov.", "Sergey Lavrov"),
])
def test_a_document_s_words_a_wrapped_line_then_says_someone_spoke_are_theirs_alone(said_by, expected):
    # a hard-wrapped sentence: its first line puts the words in the treaty, its next names who said so
    text = f'Il trattato firmato oggi prevede "assistenza reciproca in caso di aggressione armata"\n\ncontro una delle parti, {said_by}'
    assert _quotes(text, "it") == [(expected, None, "assistenza reciproca in caso di aggressione armata")]


def test_a_story_that_names_no_document_leaves_its_words_unattributed(tmp_path):
    shutil.copytree(STORY / "data", tmp_path / "data")
    story = tmp_path / "data" / "story.yml"
    values = yaml.safe_load(story.read_text("utf-8"))
    assert values.pop("document") == "the treaty"
    story.write_text(yaml.safe_dump(values, allow_unicode=True), "utf-8")
    text = "«Сторони спільно охороняють рибні ресурси у своїх водах», – йдеться в угоді."
    assert _quotes(text, "uk", knowledge.load(tmp_path / "data")) == [
        (None, None, "Сторони спільно охороняють рибні ресурси у своїх водах")]


def test_a_document_s_words_never_join_a_person_s_and_keep_the_anchor_of_words_nobody_spoke():
    words = "Each side shall open its ports to the fishing fleet of the other"
    document = Quote(text=words, speaker=None, anchor="p-1", written_in="the treaty")
    spoken = Quote(text=words, speaker="Sergey Lavrov", anchor="p-2")
    unsaid = Quote(text=words + ".", speaker=None, anchor="p-3")
    groups = group_quotes([("a", document), ("b", spoken), ("c", unsaid)])
    assert [(g.speaker, g.written_in, sorted(a for a, _ in g.variants)) for g in groups] == [
        ("Sergey Lavrov", None, ["b"]), (None, "the treaty", ["a", "c"])]
    # (the anchor is the speaker's and the words': the same as before the document was known)
    assert groups[1].anchor == anchor("q", f" {words}")
    alone = group_quotes([("c", unsaid)])
    assert alone[0].written_in is None and alone[0].anchor == anchor("q", f" {words}.")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("written-in"), seeds=[])
    (project.seeds / "treaty-text.txt").write_text(
        "Treaty text published\n\nJune 21, 2024\n\n"
        "Putin and Kim signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday.\n\n"
        "The treaty provides for \"immediate military and other help with every means at hand\" if either side is attacked.\n\n"
        "Lavrov said: \"Our fleets will sail together from the autumn on.\"\n", "utf-8")
    build.build(project)
    return project


WORDS = "immediate military and other help with every means at hand"


def test_the_quotes_page_shows_the_document_s_words_under_its_own_heading(built):
    page = (built.docs / "quotes.md").read_text("utf-8")
    assert "## Text of the treaty" in page and "## No speaker identified" not in page
    section = page[page.index("## Text of the treaty"):]
    assert f"*Text of the treaty*: “{WORDS}”" in section and 'data-speaker="Text of the treaty"' in section
    assert page.index("## Sergey Lavrov") < page.index("## Text of the treaty")
    # (the quote's anchor: the one it had when it stood under "No speaker identified")
    assert f"{{: #{anchor('q', ' ' + WORDS)} .quote }}" in section


def test_a_topic_page_shows_the_document_s_words_as_its_text(built):
    page = (built.docs / "topics" / "mutual-defense.md").read_text("utf-8")
    assert f"*Text of the treaty*: “{WORDS}”" in page and "*Unattributed*" not in page


def test_briefing_json_names_the_document_and_keeps_speaker_null(built):
    document = json.loads((built.site / "briefing.json").read_text("utf-8"))
    (article,) = document["articles"]
    assert {(q["speaker"], q["written_in"]) for q in article["quotes"]} == {(None, "the treaty"), ("Sergey Lavrov", None)}


def test_the_document_s_name_is_escaped_like_any_value(tmp_path):
    project = make_project(tmp_path, seeds=[])
    story = project.data / "story.yml"
    story.write_text(story.read_text("utf-8").replace("document: the treaty", 'document: "the <b>[pact](x)</b>"'), "utf-8")
    (project.seeds / "pact.txt").write_text(
        "Pact text published\n\nJune 21, 2024\n\n"
        "The pact signed on Tuesday provides for \"joint patrols of the fishing grounds in every season\".\n", "utf-8")
    build.generate(project)
    page = (project.docs / "quotes.md").read_text("utf-8")
    assert "<b>" not in page and "[pact](x)" not in page
    assert r"## Text of the &lt;b&gt;\[pact\]\(x\)&lt;/b&gt;" in page


@pytest.mark.parametrize("language, text", [
    ("en", 'Article 3 of the 1961 treaty read: "Each side shall open its ports to the fishing fleet of the other."'),
    ("ko", '옛 조약 제1조에는 "체약일방이 무력침공을 당하는 경우에 체약 상대방은 지체없이 원조를 제공한다"고 명시됐었다.'),
    ("ru", "«Стороны совместно охраняют рыбные ресурсы в своих водах», — говорилось в советском договоре."),
    ("uk", "«Сторони спільно охороняють рибні ресурси у своїх водах», – йдеться в договорі 1961 року."),
])
def test_words_quoted_from_another_document_are_not_shown_as_the_storys(language, text):
    # story.yml's other_documents: the sentence names an earlier treaty, whose words the story's may not hold
    assert [(speaker, written) for speaker, written, _ in _quotes(text, language)] == [(None, None)]


@pytest.mark.parametrize("language, text, quoted", [
    # a German verb whose particle closes the clause after the quotation, "sieht vor" before it, a compound's document,
    # a participle closing it, a relative clause about the document, "it says in the treaty" the other way round
    ("de", "Der Vertrag sieht „gegenseitige Hilfe mit allen verfügbaren Mitteln“ vor.",
     "gegenseitige Hilfe mit allen verfügbaren Mitteln"),
    ("de", "Artikel 4 sieht vor, dass die Seiten „einander unverzüglich mit allen Mitteln beistehen“.",
     "einander unverzüglich mit allen Mitteln beistehen"),
    ("de", "Das Fischereiabkommen verpflichtet beide Seiten zu „gemeinsamen Streifen in allen Jahreszeiten“.",
     "gemeinsamen Streifen in allen Jahreszeiten"),
    ("de", "In Artikel 4 ist „unverzügliche Hilfe mit allen verfügbaren Mitteln“ vorgesehen.",
     "unverzügliche Hilfe mit allen verfügbaren Mitteln"),
    ("de", "Die Staaten unterzeichneten ein Abkommen, in dem sie sich „Hilfe im Falle eines Angriffs von außen“ zusichern.",
     "Hilfe im Falle eines Angriffs von außen"),
    ("de", "Im Vertrag heißt es: „Die Seiten leisten einander unverzüglich Hilfe mit allen Mitteln.“",
     "Die Seiten leisten einander unverzüglich Hilfe mit allen Mitteln."),
    # Chinese: a document word or a numbered article before its verb of stipulating
    ("zh", "条约第四条规定：「一方遭到武装侵略时，另一方应立即提供军事援助」。", "一方遭到武装侵略时，另一方应立即提供军事援助"),
    ("zh", "《渔业协定》規定，“双方共同保护渔业资源并定期交换信息”。", "双方共同保护渔业资源并定期交换信息"),
    # Japanese: a numbered article as the topic, a document's verb after the quotation, "stated in writing" alone
    ("ja", "協定の第2条では「双方は漁業資源を共同で保護する」としている。", "双方は漁業資源を共同で保護する"),
    ("ja", "協定は「双方は漁業資源を共同で保護する」と規定している。", "双方は漁業資源を共同で保護する"),
    ("ja", "両国は漁業協定に署名した。攻撃を受けた場合に「直ちに軍事的な援助を提供する」などと明記された。",
     "直ちに軍事的な援助を提供する"),
    # Russian: the article (or the treaty) first, then "it says"; the document's obligation; "the document provides"
    ("ru", "В статье 4 договора говорится: «Стороны незамедлительно оказывают друг другу помощь всеми средствами».",
     "Стороны незамедлительно оказывают друг другу помощь всеми средствами"),
    ("ru", "В пункте 3 подписанного документа сказано, что «стороны совместно охраняют рыбные ресурсы».",
     "стороны совместно охраняют рыбные ресурсы"),
    ("ru", "В договоре подчеркивается, что стороны действуют в целях «прочного мира и безопасности в регионе».",
     "прочного мира и безопасности в регионе"),
    ("ru", "Также в документе есть обязательство оказать «военную и иную помощь всеми имеющимися средствами».",
     "военную и иную помощь всеми имеющимися средствами"),
    ("ru", "Документ предусматривает «незамедлительное оказание военной и иной помощи всеми средствами».",
     "незамедлительное оказание военной и иной помощи всеми средствами"),
    ("uk", "У статті 4 угоди зазначено: «Сторони негайно надають одна одній допомогу всіма засобами».",
     "Сторони негайно надають одна одній допомогу всіма засобами"),
    # Korean: a bare article number right after the document's word
    ("ko", "조약 3조에는 \"쌍방은 어업 자원을 함께 보호한다\"는 내용이 담겼다.", "쌍방은 어업 자원을 함께 보호한다"),
    # the document and its verb right after the quotation, either way round
    ("en", "“Each side shall open its ports to the fleet of the other,” the treaty says.",
     "Each side shall open its ports to the fleet of the other"),
    ("fr", "« Chaque partie ouvre ses ports à la flotte de l'autre », stipule l'article 3.",
     "Chaque partie ouvre ses ports à la flotte de l'autre"),
    ("it", "«Ciascuna parte apre i propri porti alla flotta dell'altra», recita l'articolo 3.",
     "Ciascuna parte apre i propri porti alla flotta dell'altra"),
    ("en", "The two leaders signed an agreement under which both sides pledge “joint patrols of the fishing grounds in every season”.",
     "joint patrols of the fishing grounds in every season"),
    # "it reads in the treaty", in more languages
    ("es", "En el tratado se lee: «Cada parte abrirá sus puertos a la flota de la otra».", "Cada parte abrirá sus puertos a la flota de la otra"),
    ("pt", "Lê-se no tratado: «Cada parte abre os seus portos à frota da outra».", "Cada parte abre os seus portos à frota da outra"),
    ("it", "«Ciascuna parte apre i propri porti alla flotta dell'altra», si legge nell'accordo firmato ieri.",
     "Ciascuna parte apre i propri porti alla flotta dell'altra"),
    ("pl", "„Każda ze stron otwiera swoje porty dla floty drugiej strony” – czytamy w traktacie.",
     "Każda ze stron otwiera swoje porty dla floty drugiej strony"),
    ("nl", "\"Elke partij opent haar havens voor de vloot van de ander,\" staat in het verdrag.",
     "Elke partij opent haar havens voor de vloot van de ander"),
    ("vi", "Văn bản có một điều khoản nêu rõ \"mỗi bên mở cảng cho đội tàu của bên kia khi cần\".",
     "mỗi bên mở cảng cho đội tàu của bên kia khi cần"),
    ("id", "Pasal 4 perjanjian itu berbunyi: \"Setiap pihak membuka pelabuhannya bagi armada pihak lain.\"",
     "Setiap pihak membuka pelabuhannya bagi armada pihak lain."),
])
def test_more_wordings_that_put_a_quotation_in_the_document(language, text, quoted):
    assert _quotes(text, language) == [(None, "the treaty", quoted)]


@pytest.mark.parametrize("language, text, expected", [
    # a person who says the words beside the document's ("Putin said the treaty provides …"), or defines something so
    ("zh", "条约第四条规定：「一方遭到武装侵略时，另一方应立即提供军事援助」。普京表示，条约规定双方将“互相提供一切必要的援助”。",
     [(None, "the treaty"), ("Vladimir Putin", None)]),
    ("ja", "第4条は「一方が攻撃を受けた場合、他方は直ちに援助を提供する」と規定している。プーチン大統領は条約を「新たな段階の始まりだ」と規定した。",
     [(None, "the treaty"), (None, None)]),
    ("en", "Experts said the treaty, in which Putin sees “a new era for both nations”, was a turning point. "
           "“Each side shall open its ports to the fleet of the other,” the treaty says.",
     [("Vladimir Putin", None), (None, "the treaty")]),
    ("de", "Der Vertrag sieht „gegenseitige Hilfe mit allen verfügbaren Mitteln“ vor. "
           "Putin stellte den Vertrag als „einen Durchbruch für beide Völker“ vor.",
     [(None, "the treaty"), (None, None)]),
    # a newspaper's article (no number) is no treaty's ("статья" is both)
    ("ru", "В статье 4 договора говорится: «Стороны незамедлительно оказывают друг другу помощь всеми средствами». "
           "В статье для корейской газеты говорится: «Мы будем вместе развивать торговлю и туризм».",
     [(None, "the treaty"), (None, None)]),
    # another document: an earlier treaty, a constitution (story.yml's other_documents)
    ("de", "Im Vertrag heißt es: „Die Seiten leisten einander unverzüglich Hilfe mit allen Mitteln“. "
           "Im Vertrag von 1961 heißt es: „Die Seiten leisten einander Hilfe gegen jeden Angreifer“.",
     [(None, "the treaty"), (None, None)]),
    ("ru", "В статье 4 договора говорится: «Стороны незамедлительно оказывают друг другу помощь всеми средствами». "
           "«Каждый гражданин имеет право на защиту своих вод», — говорится в статье 3 конституции.",
     [(None, "the treaty"), (None, None)]),
    ("it", "«Ciascuna parte apre i propri porti alla flotta dell'altra», recita l'articolo 3. "
           "«Ciascuna parte difende le coste dell'altra», recita l'articolo 2 del trattato del 1961.",
     [(None, "the treaty"), (None, None)]),
    ("ja", "協定は「双方は漁業資源を共同で保護する」と規定している。北朝鮮と旧ソ連の旧条約には「一方が攻撃されれば他方は直ちに援助する」と明記されていた。"
           "憲法には「南の国は第一の敵対国である」と明記された。",
     [(None, "the treaty"), (None, None), (None, None)]),
])
def test_a_document_s_words_beside_speech_and_other_documents_words(language, text, expected):
    assert [(speaker, written) for speaker, written, _ in _quotes(text, language)] == expected


def test_it_said_after_an_article_stays_the_organisation_s_that_spoke():
    # "it" stands for the agency named just before, not for the article the paragraph before names
    text = ("TASS reported that Article 3 of the fisheries agreement could be read as a joint patrol clause.\n\n"
            '"The fishing fleet of each side will sail from the ports of the other side in autumn," it said.')
    assert [(speaker, written_in) for speaker, written_in, _ in _quotes(text, "en")] == [("TASS", None)]


def test_it_said_after_a_body_named_beside_an_article_is_no_document_s():
    # the paragraph before opens with a body that speaks of the article, not with the article: "it" is that body
    text = ("The port authority on Thursday declined to comment directly on Article 3 of the fisheries agreement.\n\n"
            '"We hope both fleets will keep to the rules of the fishing grounds," it said.')
    assert [written_in for _, written_in, _ in _quotes(text, "en")] == [None]
