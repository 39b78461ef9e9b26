"""Ingest: the seeds folder in, SeedFiles (names and content digests) and Documents out.

ingest.scan lists every seed file with its digest, or a Rejection saying why
not; ingest.read decodes one (encoding.py) and reads its format (readers.py:
text, Markdown, HTML with the metadata it declares) into a Document.
"""
