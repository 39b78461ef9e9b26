"""Publish: Pages in, docs/ and then site/ out; the only stage that writes outputs.

publish.write_docs writes the pages that changed into docs/; publish.build_site
runs MkDocs (in shares through the process pool, mkdocs_shares.py; only the
pages that changed, incremental.py) into a staging folder, adds Pagefind's
search index (search.py) and swaps the new site in whole.
"""
