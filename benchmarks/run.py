"""Benchmark: synthetic corpora, full / no-change / one-added builds against a plain `mkdocs build`.

    python benchmarks/run.py                    # 1,000 and 10,000 articles
    python benchmarks/run.py --sizes 1000       # only 1,000
    python benchmarks/run.py --keep             # keep the temporary projects (printed)
    python benchmarks/run.py --sizes 1000 --repeat 3   # each timing the fastest of 3 (noisy machines)

Each build runs in its own process (so peak memory is that build's, MkDocs
included); ratios are printed against the targets of issue 18 with PASS/FAIL.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write_corpus  # noqa: E402
from benchmarks.measure import TreePeak  # noqa: E402

# Issue 18 traded some speed for a simpler pipeline: a cold build within 1.5x a plain `mkdocs build` of the
# same docs at 1,000 articles and 1.6x at 10,000 (issue 6 had asked 1.25x of a build that forked MkDocs' loop).
FULL_TARGET = {1000: 1.5, 10000: 1.6}
TARGETS = {
    "no-change / full": 0.05,
    "one-added / full": 0.15,
}
MEMORY_MB = 600
FULL = "full (cold: no cache, no site)"
WARM = "full site (extraction cached)"


def make_project(folder: Path, size: int) -> Path:
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "data", folder / "data")
    shutil.copytree(ROOT / "docs" / "assets", folder / "docs" / "assets")
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    shutil.copytree(ROOT / "generator", folder / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    # Compiled as an installed package is (pip compiles what it installs; Python caches what it imports),
    # and as MkDocs is: where PYTHONDONTWRITEBYTECODE is set, every build would compile ~7,500 lines (~0.1 s).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder / "generator")], check=True)
    (folder / "seeds").mkdir()
    for seed in sorted((ROOT / "seeds").iterdir()):
        shutil.copy(seed, folder / "seeds" / seed.name)
    write_corpus(folder / "seeds", size - 5)
    return folder


def _run_sampled(label: str, command: list[str], project: Path, **popen) -> tuple[float, TreePeak, str | bytes, str | bytes]:
    """Run `command` in the project, timed from start to exit, its process tree's memory sampled from here
    (so the sampling takes none of its time): (seconds, sampler, stdout, stderr)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=project, **popen)
    sampler = TreePeak(process.pid)
    sampler.start()
    output, errors = process.communicate()
    seconds = time.perf_counter() - start
    sampler.running = False
    sampler.join()
    if process.returncode:
        detail = errors if isinstance(errors, str) else (errors or b"").decode(errors="replace")
        raise SystemExit(f"{label} failed: {(detail or '')[-500:]}")
    return seconds, sampler, output, errors


def briefing_build(project: Path) -> dict:
    """One build, timed like plain MkDocs: the whole command, from starting Python to its exit
    (imports included: an analyst waits for them too); the stages are timed inside it."""
    seconds, sampler, output, _ = _run_sampled(  # stage progress goes to stderr as it happens
        "build", [sys.executable, str(HERE / "measure.py"), str(project)], project, stdout=subprocess.PIPE, text=True
    )
    return {
        **json.loads(output.strip().splitlines()[-1]),
        "seconds": seconds,
        "tree_peak_mb": sampler.peak,
        "at_peak": [f"{'  ' * depth}{mb:.0f} MB" for depth, _, mb in sorted(sampler.at_peak)],
    }


TRASH = ".trash"
MADE: list[Path] = []  # the benchmark's folders, deleted at the end


def set_aside(path: Path) -> None:
    """Move a tree a run left behind (in the project) out of the way, into the project's .trash/, deleted
    after the last timed run. On this machine's disk (ext4 without a journal), an inode deleted in the
    last minute is skipped, one lookup at a time, when a new one is made: deleting a site right before a
    timed run billed that run for it (a cold build's system time went 1.8, 2.7, 3.6 s over three runs
    in a row)."""
    if path.exists():
        trash = path.parent / TRASH
        trash.mkdir(exist_ok=True)
        os.replace(path, trash / f"{len(list(trash.iterdir())):03d}-{path.name}")


def plain_mkdocs(project: Path) -> tuple[float, float]:
    """Seconds and peak memory (MB) of `mkdocs build` of the same docs/, timed and sampled as a build is."""
    target = Path(tempfile.mkdtemp(prefix="plain-site-", dir=project))
    seconds, sampler, _, _ = _run_sampled(
        "plain mkdocs build", [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(target)],
        project, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    set_aside(target)
    return seconds, sampler.peak


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


RESULTS_SHOWN = 5  # Pagefind's UI loads the fragments of the first five results


def search_sizes(site: Path) -> dict:
    """Pagefind's index: all of it, and what a reader's browser loads for one one-word search.

    A search loads shards.js, the main shard's entry file, Pagefind's script,
    UI and WebAssembly, then from every shard its entry file, its language
    metadata file and the index chunk holding the word (each shard's biggest
    chunk is counted: an upper bound), and one fragment per result shown (the
    mean fragment size is counted).
    """
    root = site / "pagefind"
    shards = sorted(p for p in root.iterdir() if p.is_dir())
    files = [p for p in root.rglob("*") if p.is_file()]
    kb = lambda paths: sum(p.stat().st_size for p in paths) / 1e3  # noqa: E731
    main = root / "main"
    loader = [root / "shards.js"] + [main / name for name in ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css")]
    loader += list(main.glob("wasm.*.pagefind"))[:1]
    per_shard = [shard / "pagefind-entry.json" for shard in shards]
    per_shard += [meta for shard in shards for meta in list(shard.glob("pagefind.*.pf_meta"))[:1]]
    chunks = [max((p.stat().st_size for p in (shard / "index").glob("*.pf_index")), default=0) for shard in shards]
    fragments = [p.stat().st_size for p in root.glob("*/fragment/*.pf_fragment")]
    shown = min(RESULTS_SHOWN, len(fragments))
    out = {
        "total_mb": kb(files) / 1e3,
        "files": len(files),
        "shards": len(shards),
        "indexed_pages": len(fragments),
        "loader_kb": kb(loader),
        "meta_kb": kb(per_shard),
        "chunk_kb": sum(chunks) / 1e3,
        "fragments_kb": (sum(fragments) / len(fragments) * shown / 1e3) if fragments else 0.0,
    }
    out["one_search_kb"] = out["loader_kb"] + out["meta_kb"] + out["chunk_kb"] + out["fragments_kb"]
    return out


def reset_cold(project: Path) -> None:
    """Back to a project that was never built: no cache, no site, docs/ holding only its assets."""
    for name in ("site", ".briefing", "docs"):
        set_aside(project / name)
    shutil.copytree(ROOT / "docs" / "assets", project / "docs" / "assets")


def bench(size: int, full_only: bool = False, repeat: int = 1) -> dict:
    folder = Path(tempfile.mkdtemp(prefix=f"briefing-bench-{size}-"))
    MADE.append(folder)
    project = make_project(folder, size)
    print(f"\n== {size} articles ({size_mb(project / 'seeds'):.1f} MB of seeds) in {folder}", flush=True)
    runs: dict[str, dict] = {}

    def timed(name: str, before=None, after=None) -> None:
        """The fastest of `repeat` runs (each after `before()`, and followed by `after()`): on a shared
        machine the minimum is the least disturbed; peak memory is the highest seen."""
        tries = []
        for attempt in range(repeat):
            if before is not None and (attempt or name != FULL):
                before(attempt)
            tries.append(briefing_build(project))
            if after is not None:
                after()
        run = min(tries, key=lambda r: r["seconds"])
        for key in ("tree_peak_mb", "peak_mb", "workers_peak_mb"):
            run[key] = max(t[key] for t in tries)
        if repeat > 1:
            run["all_seconds"] = [t["seconds"] for t in tries]
        runs[name] = run
        print(f"{name:34s} {run['seconds']:8.2f}s  peak {run['tree_peak_mb']:6.0f} MB all processes"
              f" (main {run['peak_mb']:.0f} MB, largest child {run['workers_peak_mb']:.0f} MB)"
              f"  rendered {run['rendered']}, reused {run['reused']}", flush=True)
        if run.get("all_seconds"):
            print(f"{'':34s} fastest of {', '.join(f'{x:.2f}s' for x in run['all_seconds'])}", flush=True)
        if run.get("at_peak"):
            print(f"{'':34s} at the peak (process, its children indented): {', '.join(run['at_peak'])}", flush=True)
        if run["stages"]:
            print(f"{'':34s} " + ", ".join(f"{k} {v:.2f}s" for k, v in run["stages"].items()), flush=True)

    plains: list[tuple[float, float]] = []  # each right after a full build: the two are compared under the same load
    timed(FULL, lambda attempt: reset_cold(project), lambda: plains.append(plain_mkdocs(project)))
    if not full_only:
        timed("no-change rebuild")

        def add_one(attempt: int) -> None:
            write_corpus(project / "seeds", 1, seed=99 + attempt, start=size + 1 + attempt)

        timed("one-added rebuild", add_one)

        def drop_site(attempt: int) -> None:
            set_aside(project / "site")
            shutil.rmtree(project / ".briefing" / "store" / "site")  # the record of the last good site

        timed(WARM, drop_site)
    plain = min(seconds for seconds, _ in plains)
    print(f"{'plain mkdocs build':34s} {plain:8.2f}s  peak {max(mb for _, mb in plains):6.0f} MB" + (
          f"  (fastest of {', '.join(f'{x:.2f}s' for x, _ in plains)}; each run right after a full build)"
          if repeat > 1 else ""))
    search = search_sizes(project / "site")
    print(f"site {size_mb(project / 'site'):.1f} MB; search index (site/pagefind) {search['total_mb']:.1f} MB in"
          f" {search['files']} files and {search['shards']} shards, {search['indexed_pages']} pages; one search"
          f" downloads about {search['one_search_kb']:.0f} KB ({search['loader_kb']:.0f} KB of Pagefind's code,"
          f" {search['meta_kb']:.0f} KB of shard entry and metadata files, {search['chunk_kb']:.0f} KB of index"
          f" chunks at most, {search['fragments_kb']:.0f} KB for {RESULTS_SHOWN} result fragments)")
    full = runs[FULL]["seconds"]
    ratios = {"full / plain mkdocs": full / plain}
    if not full_only:
        ratios["full site (extraction cached) / plain mkdocs"] = runs[WARM]["seconds"] / plain
        ratios["no-change / full"] = runs["no-change rebuild"]["seconds"] / full
        ratios["one-added / full"] = runs["one-added rebuild"]["seconds"] / full
    for name, value in ratios.items():
        target = TARGETS.get(name) or FULL_TARGET.get(size, 1.5)
        verdict = "PASS" if value <= target else "FAIL"
        print(f"  {name:46s} {value:6.3f}  (target <= {target})  {verdict}")
    peak = max(max(r["tree_peak_mb"], r["peak_mb"], r["workers_peak_mb"]) for r in runs.values())
    print(f"  {'peak memory, all processes (MB)':46s} {peak:6.0f}  (target < {MEMORY_MB})  {'PASS' if peak < MEMORY_MB else 'FAIL'}")
    return {"size": size, "runs": runs, "plain": plain, "ratios": ratios, "peak_mb": peak, "search": search}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    parser.add_argument("--full-only", type=int, default=0, metavar="N",
                        help="for sizes of at least N, time only the cold full build and plain MkDocs")
    parser.add_argument("--repeat", type=int, default=1, metavar="R",
                        help="run every timed build (and plain MkDocs) R times and keep the fastest (default 1)")
    args = parser.parse_args()
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            bench(size, full_only=bool(args.full_only) and size >= args.full_only, repeat=max(1, args.repeat))
    finally:  # after the last timed run (see set_aside), or a failed one
        for folder in MADE:
            shutil.rmtree(folder if not args.keep else folder / TRASH, ignore_errors=True)


if __name__ == "__main__":
    main()
