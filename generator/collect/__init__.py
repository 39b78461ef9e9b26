"""Collect: the Articles in, the Briefing out.

collect.collect folds duplicates (dedupe.py: exact, near and contained
copies), gives each person one name, builds the topics, fact ledger, quote
groups, timeline and candidate facts; history.py says what changed since the
last published build.
"""
