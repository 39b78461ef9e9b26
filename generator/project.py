"""Where a project's things are, and the mistakes refused before a build writes anything.

A Project names the folders (seeds, docs, site, data, the state builds keep)
and the MkDocs configuration; `check_paths` refuses a build whose folders are
a mistake, and `one_build_at_a_time` keeps two builds of one project from
interleaving.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import yaml
import yaml_env_tag

from . import cache
from .extract import knowledge
from .model import Notice
from .publish.docs_folder import MANIFEST


@dataclass(frozen=True)
class Project:
    """Where things are. Defaults follow the project layout, run from its root."""

    root: Path
    seeds: Path
    docs: Path
    site: Path
    data: Path
    config: Path

    @classmethod
    def at(cls, root: Path, seeds: Path | None = None, site: Path | None = None, docs: Path | None = None) -> "Project":
        root = root.resolve()
        return cls(
            root=root,
            seeds=(seeds or root / "seeds").resolve(),
            docs=(docs or root / "docs").resolve(),
            site=(site or root / "site").resolve(),
            data=root / "data",
            config=root / "mkdocs.yml",
        )

    @property
    def state(self) -> Path:
        """What earlier builds learnt (cache, slugs, site state); never an output."""
        return self.root / cache.STATE_DIR

    def site_url(self) -> str | None:
        """mkdocs.yml's site_url: where the site is published, which the feed's links and the sitemap need;
        None when it is not set (no address is made up: see notices)."""
        url = self._config().get("site_url")
        return (url.strip() or None) if isinstance(url, str) else None

    def _config(self) -> dict:
        """mkdocs.yml as MkDocs reads it (!ENV and all), or {} when there is none or it is not a table."""
        try:
            config = yaml.load(self.config.read_text("utf-8"), Loader=_ConfigLoader) if self.config.exists() else {}
        except yaml.YAMLError as exc:  # (MkDocs would refuse it too, later: said now, in one line, before anything is written)
            where = getattr(exc, "problem_mark", None)
            line = f" (line {where.line + 1})" if where is not None else ""
            raise Refused(f"{self.config}: not valid YAML{line}: {getattr(exc, 'problem', None) or exc}") from None
        return config if isinstance(config, dict) else {}

    def theme_files(self) -> tuple[Path, ...]:
        """The files of the theme a build reads besides the package's own: the custom_dir and the hooks
        mkdocs.yml names (a one-line hooks file of `briefing new`, an edited override)."""
        config = self._config()
        theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
        named = [theme.get("custom_dir"), *(config.get("hooks") or [])]
        found: list[Path] = []
        for name in (n for n in named if isinstance(n, str)):
            path = self.root / name
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path] if path.is_file() else [])
        return tuple(found)

    def notices(self) -> tuple[Notice, ...]:
        """Warnings about the project's own settings, shown on /report/ and counted by --strict."""
        if self.site_url() is None:
            return (Notice(self.config.name, NO_SITE_URL),)
        return ()


class _ConfigLoader(knowledge.SAFE_LOADER):
    """mkdocs.yml read safely: `!ENV` as MkDocs reads it (site_url may come from the environment); any
    other tag (`!!python/name:...` in Material's emoji settings) as nothing, not refused."""


_ConfigLoader.add_constructor("!ENV", yaml_env_tag.construct_env_tag)  # MkDocs' own reader of !ENV
_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


NO_SITE_URL = (
    "no site_url: feed links are written relative to the feed and the sitemap lists no page; "
    "set site_url in mkdocs.yml to the address the site is published at"
)


class Refused(ValueError):
    """A build that would lose what is published: nothing was written."""


def seeds_missing(seeds: Path) -> str:
    """Why a seeds folder is not one: `--seeds article.md` names a file, which is no folder of articles."""
    return "a file, not a folder of articles (--seeds names the folder)" if seeds.exists() else "no such folder of articles"


def check_paths(project: Project) -> None:
    """Refuse a build whose folders are a mistake, before anything is written: a seeds folder that
    does not exist (a wrong path, never an empty story); a site or docs folder that is, holds or lies
    inside the project's own folders (`--site seeds`, `--site .`, `--docs data`: the build would
    replace or write into them); a site folder that holds something other than a site a build or MkDocs
    made, or lies inside a published one (`--site site/articles`); a docs folder elsewhere that holds
    Markdown files no build wrote."""
    if not project.seeds.is_dir():
        raise Refused(f"{project.seeds}: {seeds_missing(project.seeds)} (nothing was built; the site is unchanged)")
    kept = {
        "the project": project.root, "the articles": project.seeds.resolve(), "the data files": project.data,
        "what builds remember": project.state, "the theme": project.root / "overrides",
        "the code": project.root / "generator",
    }
    if project.state.exists() and not project.state.is_dir():
        raise Refused(f"{project.state}: a file, where builds keep what they remember (a folder): move it away (nothing was built)")
    outputs = {"site": project.site, "docs": project.docs}
    for option, path in outputs.items():
        if path.exists() and not path.is_dir():
            raise Refused(f"--{option} {path}: not a folder (nothing was built)")
        if path == project.root or path in project.root.parents:
            raise Refused(f"--{option} {path}: holds the project itself (nothing was built)")
        for what, folder in kept.items():
            if what != "the project" and (path == folder or folder in path.parents or path in folder.parents):
                raise Refused(f"--{option} {path}: would write over {what} in {folder} (nothing was built)")
    if project.site == project.docs or project.site in project.docs.parents or project.docs in project.site.parents:
        raise Refused(f"--site {project.site} and --docs {project.docs} overlap (nothing was built)")
    # Every section of a built site holds an index.html: `--site site/articles` would pass the check below
    # and replace the published site's articles/ with a site of its own.
    outer = next((folder for folder in project.site.parents if _is_briefing_site(folder)), None)
    if outer is not None:
        raise Refused(f"--site {project.site}: lies inside the published site in {outer} (nothing was built)")
    # A build writes over the pages a docs folder holds: a folder of Markdown no build wrote (`--docs ~/notes`)
    # would lose its index.md. The project's own docs/ is the build's, manifest or not (a first build stopped
    # before it wrote one).
    if project.docs != project.root / "docs" and project.docs.is_dir() and not (project.docs / MANIFEST).exists() \
            and any(path.suffix == ".md" for path in project.docs.iterdir()):
        raise Refused(f"--docs {project.docs}: holds Markdown files no build wrote (no {MANIFEST}): "
                      "not written over (nothing was built)")
    # An index.html alone is no sign of a site to replace: `--site /var/www/html` (a web server's own page
    # beside the rest of what it serves) would be replaced whole.
    if project.site.is_dir() and any(project.site.iterdir()) and not _is_briefing_site(project.site) \
            and not _made_by_mkdocs(project.site):
        raise Refused(f"--site {project.site}: holds files but no site a build made (no briefing.json, no index.html "
                      "MkDocs wrote): not replaced (nothing was built)")


def _is_briefing_site(folder: Path) -> bool:
    """A folder a build published: its start page and its briefing.json, or a briefing.json of its articles alone
    (a site whose index.html was lost is still the build's, and the next build makes it whole)."""
    if not (folder / "briefing.json").is_file():
        return False
    if (folder / "index.html").is_file():
        return True
    document = cache.read_state(folder / "briefing.json", warn=False)
    return isinstance(document, dict) and isinstance(document.get("articles"), list)


_MKDOCS_PAGE = re.compile(rb'<meta name="generator" content="(?:mkdocs|properdocs|zensical)-')


def _made_by_mkdocs(folder: Path) -> bool:
    """A site an engine built (a plain `mkdocs build` writes no briefing.json): its start page says so in
    the generator tag of its head."""
    try:
        with open(folder / "index.html", "rb") as page:
            return bool(_MKDOCS_PAGE.search(page.read(65536)))
    except OSError:
        return False


def published_sources(project: Project) -> list[str]:
    """The files the published site's articles were made from (its briefing.json; none when there is none)."""
    document = cache.read_state(project.site / "briefing.json", warn=False) or {}
    articles = document.get("articles")
    return [str(a.get("source")) for a in articles if isinstance(a, dict)] if isinstance(articles, list) else []


def published_articles(project: Project) -> int:
    """How many articles the published site holds (0 when there is none)."""
    return len(published_sources(project))


def refuse_emptying(project: Project, articles: int, allow_empty: bool) -> None:
    if articles == 0 and not allow_empty and (count := published_articles(project)):
        raise Refused(
            f"{project.seeds} gives no article, and the site holds {count}: not replaced by an empty one "
            "(--allow-empty to do so)"
        )


def refuse_replacing(project: Project, sources: list[str], allow_empty: bool) -> None:
    """A folder of files none of which the published site was made from (a mistyped --seeds: "/etc", a
    downloads folder) would replace every article the site holds with whatever it holds: refused, as an empty
    one is. A file is the same one by its name, wherever the folder is (seeds/ moved or renamed is no mistake)."""
    if not sources or allow_empty:
        return
    published = published_sources(project)
    if published and not {PurePosixPath(s).name for s in sources} & {PurePosixPath(s).name for s in published}:
        raise Refused(
            f"{project.seeds} holds none of the {len(published)} files the site was made from: not replaced by "
            "a site of other files, in case the folder is the wrong one (--allow-empty to do so)"
        )


@contextlib.contextmanager
def one_build_at_a_time(project: Project):
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    project.state.mkdir(parents=True, exist_ok=True)
    with open(project.state / "build.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed, or the process ends
        yield
