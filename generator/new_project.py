"""`briefing new DIR`: a project for a new story, which builds as it is.

What a project needs besides its story: mkdocs.yml, the theme's overrides (overrides/) and the site's own CSS
and scripts (docs/assets/). They are shipped in the package (generator/skeleton/, package data; in this
repository they are links to the project's own files, so there is one copy of each) with the story's
skeleton: data/ (each file commented, an invented example filled in) and seeds/ (one example article the
example data matches). mkdocs.yml's hooks are a path relative to the project, where no generator/ folder is:
the new project's hooks file is one line importing the installed package's (publish/mkdocs_hooks.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

SKELETON = Path(__file__).resolve().parent / "skeleton"
HOOKS_FILE = "briefing_hooks.py"
# mkdocs.yml's hooks entry in this repository, and what a new project lists instead
REPOSITORY_HOOKS = "  - generator/publish/mkdocs_hooks.py\n"
PROJECT_HOOKS = f"  - {HOOKS_FILE}  # the installed package's hooks (generator/publish/mkdocs_hooks.py)\n"

HOOKS = '''"""MkDocs hooks of this briefing (listed in mkdocs.yml): the installed package's own, which name the site
from data/story.yml, make the menu from data/topics.yml and serve `briefing serve`."""

from generator.publish.mkdocs_hooks import *  # noqa: F401,F403
'''

GITIGNORE = """# Made by `briefing build`: the site, the generated pages (docs/assets/ is the project's), what builds remember.
/site/
/.site-*
/docs/*
!/docs/assets/
/.briefing/
"""

# What is made, in the order it is listed, and what each is.
MADE = (
    ("mkdocs.yml", "the site's settings: set site_url to the address it is published at"),
    (HOOKS_FILE, "MkDocs' way into the briefing (the installed package's hooks)"),
    ("data/", "the story: story.yml, topics.yml, facts.yml, events.yml, entities.yml, outlets.yml, commented"),
    ("seeds/", "one example article the example data matches: replace it with the story's articles"),
    ("overrides/", "the theme's overrides (the search box, the feed's link, the page's title)"),
    ("docs/assets/", "the site's CSS and scripts"),
    (".gitignore", "what builds make, kept out of version control"),
)


class NotEmpty(ValueError):
    """The folder holds something: nothing was written."""


def make(target: Path) -> tuple[tuple[str, str], ...]:
    """Write a new project into `target` (made when missing; refused when it holds anything) and give what
    was made: (path in the project, what it is)."""
    if target.exists() and not target.is_dir():
        raise NotEmpty(f"{target} exists and is not a folder: nothing was made")
    if target.is_dir() and any(target.iterdir()):
        raise NotEmpty(f"{target} exists and is not empty: nothing was made (give a new or empty folder)")
    settings = (SKELETON / "mkdocs.yml").read_text("utf-8")
    if settings.count(REPOSITORY_HOOKS) != 1:  # the repository's mkdocs.yml changed its hooks: say so, not half a project
        raise RuntimeError(f"{SKELETON / 'mkdocs.yml'}: no hooks entry {REPOSITORY_HOOKS.strip()!r} to replace")
    target.mkdir(parents=True, exist_ok=True)
    (target / "mkdocs.yml").write_text(settings.replace(REPOSITORY_HOOKS, PROJECT_HOOKS), "utf-8")
    (target / HOOKS_FILE).write_text(HOOKS, "utf-8")
    (target / ".gitignore").write_text(GITIGNORE, "utf-8")
    for source, destination in (("data", "data"), ("seeds", "seeds"), ("overrides", "overrides"), ("assets", "docs/assets")):
        shutil.copytree(SKELETON / source, target / destination, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    return MADE
