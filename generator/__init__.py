"""A static briefing-site generator: a folder of news articles to a MkDocs site."""

__version__ = "0.1.0"
