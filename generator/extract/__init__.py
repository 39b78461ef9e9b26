"""Extract: one Document in, one Article (or its Rejection) out.

extract.extract wires the readers of each field together: the head of the
article (metadata.py: title, outlet, author, date, language), people
(entities.py), quotes and their speakers (quotes.py), topics and facts
(phrases.py finds every phrase in one pass), dated events, the roster
a topic asks for and claims. knowledge.py loads data/ into the Knowledge every stage
reads. Nothing here writes a file or knows about other articles.
"""
