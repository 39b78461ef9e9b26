"""The `briefing` command: parses flags and calls the library, nothing more."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shlex
import sys
from pathlib import Path

import click

from . import build as pipeline
from .ingest import ingest
from .publish import publish
from .model import Rejection


def _project(ctx: click.Context) -> pipeline.Project:
    o = ctx.obj
    return pipeline.Project.at(Path(o["root"]), o["seeds"], o["site"], o["docs"])


def _remember(ctx: click.Context, param: click.Parameter, value: object) -> None:
    """An option given before the command or after it: kept in ctx.obj, shared by both."""
    if value is not None and value is not False:
        ctx.ensure_object(dict)[param.name] = value


_GLOBAL_OPTIONS = (
    click.option("--root", type=click.Path(file_okay=False), expose_value=False, callback=_remember,
                 help="Project root (default: current folder)."),
    click.option("--seeds", type=click.Path(path_type=Path), expose_value=False, callback=_remember,
                 help="Folder of articles (default: ROOT/seeds)."),
    click.option("--site", type=click.Path(path_type=Path), expose_value=False, callback=_remember,
                 help="Output folder (default: ROOT/site)."),
    click.option("--docs", type=click.Path(path_type=Path), expose_value=False, callback=_remember,
                 help="Generated Markdown folder (default: ROOT/docs)."),
    click.option("--strict", is_flag=True, default=None, expose_value=False, callback=_remember,
                 help="Exit non-zero on any refused file or warning."),
    click.option("--engine", type=click.Choice(["mkdocs", "properdocs"]), expose_value=False, callback=_remember,
                 help="What builds site/ from docs/: MkDocs 1.6 (default) or ProperDocs, its continuation."),
)


def global_options(command):
    """The project options, accepted before the command (`briefing --strict build`) and after it
    (`briefing build --strict`)."""
    for option in reversed(_GLOBAL_OPTIONS):
        command = option(command)
    return command


@click.group()
@global_options
@click.pass_context
def main(ctx: click.Context) -> None:
    """Turn a folder of news articles into a briefing site."""
    options = ctx.ensure_object(dict)
    for name, default in (("root", "."), ("seeds", None), ("site", None), ("docs", None), ("strict", False)):
        options.setdefault(name, default)
    if options.get("engine") == "properdocs":
        _use_properdocs()
    if not logging.getLogger("briefing").handlers:  # the library's warnings (a state file discarded...), one line each
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_PrintableFormatter("%(message)s"))
        logging.getLogger("briefing").addHandler(handler)


def _use_properdocs() -> None:
    """ProperDocs in MkDocs' place: its `replacement` module makes every later `import mkdocs...` (ours,
    Material's, the hooks') import ProperDocs; so it must come before anything imports MkDocs."""
    if any(name == "mkdocs" or name.startswith("mkdocs.") for name in sys.modules):
        raise click.UsageError("--engine properdocs must be given before MkDocs is loaded")
    import importlib

    try:
        importlib.import_module("properdocs.replacement")
    except ImportError as exc:
        raise click.UsageError(f"--engine properdocs: ProperDocs is not installed (pip install properdocs): {exc}")


def printable(text: object) -> str:
    """`text` on one line of the terminal: control characters (a newline or ESC in a file's name) shown
    as escapes, so no file can forge or colour a line of the build's output."""
    return ingest.printable(str(text))


class _PrintableFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


def _summary(result: pipeline.Result, strict: bool) -> None:
    for line in _problem_lines(result.summary):
        click.echo(line, err=True)
    click.echo(_counts_line(result))
    if strict and result.problems:
        click.echo(f"--strict: {result.problems} problems", err=True)
        sys.exit(1)


def _problem_lines(summary: pipeline.Summary) -> list[str]:
    """A line for each refused file, duplicate and warning, as the build prints them (on stderr)."""
    return [
        *(printable(f"refused {r.source}: {r.reason}") for r in summary.rejections),
        *(printable(f"duplicate {d.source}: {d.kind} duplicate of {d.duplicate_of}") for d in summary.duplicates),
        *(printable(f"warning {n.source}: {n.message}") for n in summary.notices),
    ]


def _counts_line(result: pipeline.Result) -> str:
    summary = result.summary
    changes = result.changes
    written = f", {len(changes.written)} pages written, {len(changes.removed)} removed" if changes else ""
    if result.site:
        written += f", {result.site.rendered} rendered, {result.site.reused} reused"
    if result.up_to_date:
        written += ", nothing changed since the last build"
    return (
        f"{summary.articles} articles, {len(summary.duplicates)} duplicates, "
        f"{len(summary.rejections)} refused, {len(summary.notices)} warnings{written}"
    )


_ALLOW_EMPTY = click.option(
    "--allow-empty", is_flag=True,
    help="Publish even when none of the site's articles is left (seeds/ empty, or holding none of the files it was made from)."
)


@main.command("build")
@global_options
@_ALLOW_EMPTY
@click.pass_context
def build_command(ctx: click.Context, allow_empty: bool) -> None:
    """Run the whole pipeline: seeds/ -> docs/ -> site/."""
    with _failures_as_one_line():
        result = pipeline.build(_project(ctx), strict=ctx.obj["strict"], allow_empty=allow_empty)
    _summary(result, ctx.obj["strict"])


@main.command("generate")
@global_options
@_ALLOW_EMPTY
@click.pass_context
def generate_command(ctx: click.Context, allow_empty: bool) -> None:
    """Write docs/ only (no MkDocs build)."""
    with _failures_as_one_line():
        result = pipeline.generate(_project(ctx), allow_empty=allow_empty)
    _summary(result, ctx.obj["strict"])


@contextlib.contextmanager
def _failures_as_one_line():
    """A build that cannot go on says why in one line (a missing seeds folder, a full disk, a folder it
    may not write), not in a traceback; the published site is left as it was."""
    try:
        yield
    except (publish.PublishError, ValueError) as exc:
        raise click.ClickException(printable(exc)) from exc
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        raise click.ClickException(printable(f"{where}{exc.strerror or exc} (the site is unchanged)")) from exc


@main.command("check")
@global_options
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.pass_context
def check_command(ctx: click.Context, files: tuple[Path, ...]) -> None:
    """Print what would be extracted from FILES, as JSON, without building."""
    from .extract import extract, knowledge

    project = _project(ctx)
    known = knowledge.load(project.data)
    out = []
    failed = False
    for path in files:
        document = ingest.read_path(path, project.root)
        article = document if isinstance(document, Rejection) else extract.extract(document, known)  # or refused
        if isinstance(article, Rejection):
            failed = True
            out.append({"source": article.source, "rejected": article.reason})
            continue
        out.append(_article_json(article))
        failed = failed or bool(article.notices and ctx.obj["strict"])
    click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    if failed:
        sys.exit(1)


def _article_json(article) -> dict:
    """What `check` prints: the briefing.json record plus what extraction found along the way."""
    from .render import export

    return {
        **export.article_record(article),
        "events": [{"date": e.date, "key": e.key, "text": e.evidence.text} for e in article.events],
        "roster": [{"name": d.name, "role": d.role} for d in article.roster],
        "paragraphs": len(article.paragraphs),
        "warnings": list(article.notices),
    }


@main.command("check-data")
@global_options
@click.option("--json", "as_json", is_flag=True, help="Print the findings and counts as JSON.")
@click.pass_context
def check_data_command(ctx: click.Context, as_json: bool) -> None:
    """Check the story's data files and count what each entry matched in the seeds.

    One line per finding: keys no code reads, broken references and phrases or patterns that cannot be used
    (errors: the exit status is 1), then each topic, fact, named event and person with the number of articles
    it matched (none is no error)."""
    from . import check_data

    report = check_data.check(_project(ctx))
    if as_json:
        click.echo(json.dumps(check_data.as_json(report), ensure_ascii=False, indent=2))
    else:
        for line in check_data.lines(report):
            click.echo(printable(line))
    if report.problems:
        sys.exit(1)


@main.command("new")
@click.argument("folder", type=click.Path(path_type=Path))
def new_command(folder: Path) -> None:
    """Make a new project in FOLDER: mkdocs.yml, the story's data files (commented, with an example filled
    in), an example article in seeds/, the theme's overrides and the site's assets. It builds as it is."""
    from . import new_project

    try:
        made = new_project.make(folder)
    except new_project.NotEmpty as exc:
        click.echo(printable(f"briefing new: {exc}"), err=True)
        sys.exit(2)
    except OSError as exc:
        click.echo(printable(f"briefing new: {exc.filename or folder}: {exc.strerror or exc}"), err=True)
        sys.exit(1)
    click.echo(printable(f"made a new briefing project in {folder}:"))
    width = max(len(path) for path, _ in made)
    for path, what in made:
        click.echo(printable(f"  {path.ljust(width)}  {what}"))
    click.echo(printable(f"next: cd {shlex.quote(str(folder))} && briefing build"))


@main.command("add")
@global_options
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.pass_context
def add_command(ctx: click.Context, files: tuple[Path, ...]) -> None:
    """Validate FILES and copy the readable ones into seeds/ (never overwriting).

    The bytes written are the bytes validated (the file is read once), into a file this command
    creates: a name that exists in any form, a link to nothing included, is never written through
    (O_EXCL | O_NOFOLLOW); another name is chosen instead. The seeds folder is never created through a
    symbolic link to nothing, and a hidden file (".note.txt") is added without its leading dots: the build
    skips hidden files."""
    project = _project(ctx)
    given = ctx.obj.get("seeds") or Path(ctx.obj["root"]) / "seeds"  # as typed: Project.at resolves links
    dangling = ingest.link_to_nothing(given)
    if dangling is not None:
        through = "" if dangling == Path(os.path.abspath(given)) else f" (through {ingest.printable(str(dangling))})"
        click.echo(
            f"briefing add: the seeds folder {ingest.printable(str(given))}{through} is a symbolic link to something "
            "that does not exist; not creating it through the link, nothing added",
            err=True,
        )
        sys.exit(1)
    try:
        project.seeds.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        shown = ingest.printable(str(given))
        click.echo(f"briefing add: cannot make the seeds folder {shown}: {exc.strerror or exc}", err=True)
        sys.exit(1)
    refused = 0
    for path in files:
        shown = ingest.printable(str(path))
        document, data = ingest.read_named(path, project.root)
        if isinstance(document, Rejection):
            refused += 1
            click.echo(f"refused {shown}: {document.reason}", err=True)
            continue
        visible = Path(path.name.lstrip(".") or f"{document.digest[:8]}.txt")  # the build skips hidden files
        alternatives = (f"{visible.stem}-{document.digest[:8]}{n}{visible.suffix}" for n in ("", *range(2, 100)))
        names = (visible.name, *alternatives)
        for name in names:
            target = project.seeds / name
            if os.path.lexists(target):
                try:  # the same bytes under this name already: nothing to add (a link is never read)
                    fd = os.open(target, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
                    with os.fdopen(fd, "rb") as handle:
                        same = handle.read(len(data) + 1) == data
                except OSError:
                    same = False
                if same:
                    click.echo(f"already in seeds: {ingest.printable(name)}")
                    break
                continue
            try:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
            except FileExistsError:  # made since the check above: another name
                continue
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            shown_target = target.relative_to(project.root) if target.is_relative_to(project.root) else target
            hidden = " (without the leading dot: the build skips hidden files)" if visible.name != path.name else ""
            click.echo(f"added {shown} -> {ingest.printable(str(shown_target))}{hidden}")
            break
        else:
            refused += 1
            click.echo(f"refused {shown}: no free name for it in seeds/", err=True)
    if refused:
        sys.exit(1)


@main.command("serve")
@global_options
@click.option("--dev-addr", default="127.0.0.1:8000", help="Address to serve on.")
@click.pass_context
def serve_command(ctx: click.Context, dev_addr: str) -> None:
    """Live preview: rebuild docs/ when seeds/ or data/ change, and serve with MkDocs.

    Prints each build of docs/ as `build` does (its refused files, duplicates and warnings, then its
    counts) and the address it serves on; --strict stops nothing here: a preview goes on serving."""
    from . import serve

    with _failures_as_one_line():
        serve.serve(_project(ctx), dev_addr, _ServeReport().listener())


class _ServeReport:
    """What `briefing serve` prints. A rebuild prints the problem lines that the build before it did not
    (the first build prints them all, as `build` does), so a preview that rebuilds on every save does not
    repeat the same warnings; its counts line says how many there are in all. MkDocs rebuilds once more
    after each regeneration, for the pages it wrote into docs/: a rebuild that wrote nothing and found
    what the one before found prints nothing."""

    def __init__(self) -> None:
        self.shown: set[str] = set()
        self.last: pipeline.Summary | None = None

    def listener(self):
        from .serve import Listener

        return Listener(serving=self.serving, built=self.built, failed=self.failed)

    def built(self, result: pipeline.Result) -> None:
        unchanged = result.changes is not None and not (result.changes.written or result.changes.removed)
        if unchanged and result.summary == self.last:
            return
        self.last = result.summary
        lines = _problem_lines(result.summary)
        for line in lines:
            if line not in self.shown:
                click.echo(line, err=True)
        self.shown = set(lines)
        click.echo(_counts_line(result))

    @staticmethod
    def serving(url: str) -> None:
        click.echo(printable(f"serving on {url} (Ctrl+C to stop)"))

    @staticmethod
    def failed(reason: str) -> None:
        click.echo(printable(f"error: docs/ not regenerated: {reason} (the preview goes on serving)"), err=True)


if __name__ == "__main__":  # pragma: no cover
    main()


def run() -> None:
    """The command line (`briefing`, `python -m generator`)."""
    main(prog_name="briefing")
