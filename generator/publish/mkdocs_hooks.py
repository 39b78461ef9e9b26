"""MkDocs hooks: the site's name, description and language come from the story (data/story.yml), the
navigation from the table of page kinds (pages.py) and the story's topics; `briefing serve`'s work around
each build (serve.py).

Listed in mkdocs.yml so that a plain `mkdocs build` gives the same site as
`briefing build`. The nav never lists every article: index pages do that.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path

import yaml

# Material's tooltips set innerHTML from title attributes (the logo's site name, the coverage chart's outlet
# names, any title Material cuts short on a phone and copies into one): article text there would be markup.
UNSAFE_FEATURE = "content.tooltips"


def navigation(data_dir: Path) -> list:
    # (a build's own plan asks MkDocs' on_config before MkDocs does: the large topics.yml is parsed once for both)
    return copy.deepcopy(_navigation((data_dir / "topics.yml").read_text("utf-8")))


@functools.lru_cache(maxsize=4)
def _navigation(topics: str) -> list:
    from generator.extract import story_shapes
    from generator.extract.knowledge import SAFE_LOADER  # libyaml's loader where there is one: topics.yml is big
    from generator.render.pages import navigation as of_topics

    content = yaml.load(topics, Loader=SAFE_LOADER) or {}
    # the topics the build made pages of: without those it left out (a topic without a title, knowledge.load)
    sections = {"topics.yml": content if isinstance(content, dict) else {}}
    return of_topics(story_shapes.usable(sections, story_shapes.check(sections))["topics.yml"].get("topics") or [])


def story(data_dir: Path) -> dict:
    from generator.extract.knowledge import SAFE_LOADER

    path = data_dir / "story.yml"
    content = yaml.load(path.read_text("utf-8"), Loader=SAFE_LOADER) if path.exists() else None
    return content if isinstance(content, dict) else {}


def on_config(config, **kwargs):
    data_dir = Path(config["config_file_path"]).parent / "data"
    about = story(data_dir)
    # mkdocs.yml's site_name is a placeholder MkDocs requires; the story names its own site
    for key in ("site_name", "site_description"):
        if isinstance(about.get(key), str) and about[key].strip():
            config[key] = " ".join(about[key].split())
    from generator.collect.story_data import has_labels

    # Material's labels and <html lang>; a language the theme has no labels for is named by check-data and the
    # build's warnings, and mkdocs.yml's stays
    if has_labels(about.get("language"), config["theme"].dirs):
        config["theme"]["language"] = about["language"]
    features = config["theme"].get("features") or []
    if UNSAFE_FEATURE in features:  # a project made when mkdocs.yml still listed it
        features[:] = [f for f in features if f != UNSAFE_FEATURE]
    if not config.get("nav") and (data_dir / "topics.yml").exists():
        config["nav"] = navigation(data_dir)
    return config


def on_pre_build(config, **kwargs):
    from generator.serve import regenerate_if_serving

    regenerate_if_serving()


def on_post_build(config, **kwargs):
    from generator.serve import index_if_serving

    index_if_serving(Path(config["site_dir"]))


def on_serve(server, *, config, builder, **kwargs):
    from generator.serve import announce_if_serving

    announce_if_serving(server.url)
    return server
