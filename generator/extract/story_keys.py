"""The keys the code reads in each story file: at the top, and in each entry of its lists.

A key no code reads is a mistake the build would never mention (`phrase:` for `phrases:`, a topic's
`min_sentence`): story_data.py names it. The tables are what the modules named beside each key read;
tests/test_check_data.py keeps them honest (every key the code reads while building the seeds is here, and
the tool's language files, the base of five of these sections, use no other).
"""

from __future__ import annotations

from dataclasses import dataclass

# Each section's keys at the top. A section is the story's file laid over the tool's language file of the same
# section (extract/knowledge.py), so the story may add to any list the language file holds.
TOP: dict[str, frozenset[str]] = {
    # render.py (title, summary), publish/mkdocs_hooks.py (site_name, site_description, language: the site's),
    # collect/added.py (id: the feed's id), extract/events.py (language: a timeline entry's), extract/quotes.py (document:
    # what the words its articles quote from the story's document are shown as written in)
    "story.yml": frozenset({"site_name", "site_description", "language", "title", "summary", "id", "document",
                            "other_documents"}),
    # extract/knowledge.py (topics), extract/topics.py (ignore_inside, in_passing)
    "topics.yml": frozenset({"topics", "ignore_inside", "in_passing"}),
    # extract/facts.py (facts), extract/topics.py (ignore_inside: names whose words count for no fact either)
    "facts.yml": frozenset({"facts", "ignore_inside"}),
    # extract/events.py (events, developments, skip_paragraphs, number_words, dateline_words),
    # extract/datespans.py (months, weekdays, future_marks, day_marks): languages/timeline.yml is this section's base; the
    # tool's own date_orders, month_forms and day_names are read by extract/dates.py (and its months by text.py,
    # where a sentence ends), its calendars by extract/calendars.py, from the language file alone
    "events.yml": frozenset({
        "events", "developments", "months", "weekdays", "skip_paragraphs", "number_words", "dateline_words",
        "decade_marks", "reference_before", "reference_right_before", "founding_words", "founding_auxiliaries", "reference_after",
        "document_words", "document_links", "plan_words", "sentence_openers", "range_joins",
        "day_marks", "last_year_after", "date_orders", "month_forms", "day_names", "calendars", "future_marks", "caption_sentences",
    }),
    # extract/entities.py and the name readers (names.py, roles.py, discovery.py): languages/names.yml is its base
    "entities.yml": frozenset({
        "entities", "name_shapes", "korean_south_spelling", "name_endings", "surname_cases", "role_words", "role_modifiers", "rank_words", "not_name_words",
        "inverted_speech", "speech_verbs", "compound_roles", "courtesy_titles", "titles_after_name",
        "written_on_endings",
    }),
    "outlets.yml": frozenset({"outlets"}),  # extract/knowledge.py
    # extract/quote_cues.py and the quote readers: languages/quotes.yml is its base; offices and descriptors
    # (who speaks for whom) are the story's; quotation_marks, extract/mark_table.py's, the language file's alone
    "quotes.yml": frozenset({
        "offices", "descriptors", "speech_verbs", "inverted_speech", "passive_speech", "said_so",
        "block_quote_first_person", "letter_voice", "addressee_words", "complementizers", "prepositions_before_name", "place_prepositions",
        "cjk_prepositions_before_name", "cjk_postpositions_after_name", "capitalised_nouns", "caseless_speech_openers",
        "relay_phrases", "source_cues", "korean_home_bodies", "korean_home_marks", "korean_home_after", "opening_subordinators", "editor_note_marks", "body_voices", "body_voice_articles", "body_voices_after", "body_voice_marks", "relative_pronouns", "subject_relatives", "negation_before_verb", "not_prepositions", "object_relatives", "owner_words",
        "absolute_prepositions", "title_words", "title_small_words", "work_nouns", "negation_after", "comma_closes_dash_speech", "postpositions_after_name", "participles", "pronouns", "organisation_pronouns", "subject_in_verb",
        "subject_in_verb_opening", "conjunctions", "new_subject_words", "contrast_openers", "object_pronouns", "auxiliaries", "pronouns_before_verb_only", "descriptor_adjectives",
        "organisation_descriptors", "citing", "hereinafter", "joint_words", "statements", "impersonal_speech", "message_words",
        "cjk_speech", "cjk_subject_dropped", "cjk_pronouns", "cjk_pronouns_opening", "cjk_subject_marks", "cjk_topic_marks", "cjk_topic_titles",
        "cjk_organisation_descriptors", "reported_speech", "transcript_labels", "korean_speech", "korean_quotative", "korean_reported_speech", "korean_non_subject",
        "cjk_person_titles", "cjk_name_adverbs", "cjk_not_in_names", "korean_reported_endings",
        "documents", "provisions", "quotation_marks", "indefinite_articles", "inscriptions", "language_groups", "continuing_adverbs",
        "programme_verbs", "programme_phrases", "role_nouns_in_english",
    }),
    # extract/roster.py and roster_*.py: read only when a topic asks for a roster
    "roster.yml": frozenset({
        "cues", "participating", "not_cues", "describing", "led_by", "list_end", "list_and", "roles", "role_endings", "shared_roles",
        "portfolios",
        "leader_roles", "countries", "posting", "before_principal", "visit", "accompanying", "agent_words", "list_opening",
        "pronouns", "subject_marks", "object_marks", "sides", "going_along", "other_time",
    }),
    # extract/head.py, credits.py, promotions.py, headline.py and the other head readers: languages/head.yml
    "head.yml": frozenset({
        "section_words", "headline_words", "published_labels", "counter_words", "byline_labels", "byline_roles",
        "editor_labels", "update_labels", "korean_reporter_titles", "byline_widgets", "account_names",
        "not_title_patterns", "imprint_labels", "photo_credit_patterns", "caption_credit_patterns",
        "archive_photo_words", "photo_positions", "one_letter_words", "reading_time_words", "source_labels", "credit_patterns", "closing_credit_patterns", "correspondent_words",
        "correspondent_patterns", "promo_patterns", "contributor_patterns", "name_case_endings", "credit_labels",
        "agency_words", "nationality_before_outlet", "picture_agencies", "credit_filler_words", "staff_credits", "time_zones", "published_labels_after", "desk_words",
        "headline_wrappers", "ticker_labels", "share_labels", "continuing_openers", "photo_labels", "language_variants",
        "lead_openers", "caption_openers", "relative_days", "relative_time_joins", "headline_tags", "lead_day_openers",
        "edition_words", "title_abbreviations",
    }),
    # extract/knowledge.py (drop, outlet), furniture.py, credits.py, self_credits.py: languages/furniture.yml
    "furniture.yml": frozenset({
        "drop", "outlet", "glued_marks", "not_outlet_sites", "edition_subdomains", "script_markers", "related_teasers", "line_prefixes", "stamp_prefixes", "inline_marks", "caption_joiners", "glued", "self_credit",
        "text_end",
    }),
}


@dataclass(frozen=True)
class Entries:
    """A list of entries in a story file: what an entry is called in a finding, its keys, the keys it must
    have (the code reads them as `entry["key"]`), and the key naming it ("" when none does)."""

    called: str
    keys: frozenset[str]
    required: tuple[str, ...]
    name: str


ENTRIES: dict[tuple[str, str], Entries] = {
    # extract/knowledge.py (slug, title, description, phrases, sections), extract/topics.py (the rest)
    ("topics.yml", "topics"): Entries("topic", frozenset({
        "slug", "title", "description", "phrases", "sections", "strong", "weak", "requires", "min_phrases",
        "min_sentences", "strong_with", "shown_by_facts", "uncarried_by_facts", "passing_with", "despite_passing",
    }), ("slug", "title"), "slug"),
    ("facts.yml", "facts"): Entries(  # extract/facts.py
        "fact", frozenset({"id", "title", "topics", "patterns", "unless", "conflicts", "alternatives", "nearby", "refuted_by"}),
        ("id", "title"), "id",
    ),
    ("events.yml", "events"): Entries("event", frozenset({"key", "title", "date", "phrases", "names", "unless", "shown_by_facts"}), ("key", "title", "date"), "key"),
    # extract/entities.py (credits.py reads name, aliases, short and kind too)
    ("entities.yml", "entities"): Entries(
        "entity", frozenset({"name", "kind", "roles", "aliases", "short", "descriptors", "default", "agency"}), ("name",), "name",
    ),
    ("outlets.yml", "outlets"): Entries("outlet", frozenset({"name", "aliases", "domains", "slogans"}), ("name",), "name"),  # extract/knowledge.py
}

# Entries inside a fact (extract/facts.py): further wordings, the conflicting wordings outlets use, and wordings of
# the fact's opposite.
FACT_PARTS: dict[str, Entries] = {
    "alternatives": Entries("alternative", frozenset({"patterns", "unless", "also_unless"}), (), ""),
    "refuted_by": Entries("refutation", frozenset({"patterns", "unless"}), (), ""),
    "conflicts": Entries("conflict", frozenset({"label", "phrases"}), ("label",), "label"),
}

ENTITY_KINDS = frozenset({"person", "organisation", "place"})  # extract/entities.py, mentions.py: the kinds told apart

# Lists of regular expressions (each compiled with re.IGNORECASE where it is read): (section, key, key inside).
PATTERN_LISTS: tuple[tuple[str, str, str | None], ...] = (
    ("furniture.yml", "drop", None), ("furniture.yml", "outlet", None),  # extract/knowledge.py
    ("furniture.yml", "self_credit", "promotion_patterns"),  # extract/self_credits.py
    ("furniture.yml", "text_end", None), ("furniture.yml", "line_prefixes", None), ("furniture.yml", "stamp_prefixes", None),  # furniture.py
    ("furniture.yml", "related_teasers", "label_patterns"), ("furniture.yml", "inline_marks", None),  # furniture.py
    ("events.yml", "skip_paragraphs", None), ("events.yml", "caption_sentences", None),  # extract/events.py, event_cues.py
    *(("head.yml", key, None) for key in sorted(TOP["head.yml"]) if key.endswith("_patterns")),  # extract/credits.py
)
