"""One `briefing build` in this process, its stages timed; prints JSON. Used by run.py, which times the
whole process and samples its memory (TreePeak) from outside."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def tree_pss(root: int) -> list[tuple[int, int, float]]:
    """(depth, pid, MB) for this process and all its descendants (workers, Pagefind): PSS, shared pages counted once."""
    tree, todo, out = _children(), [(root, 0)], []
    while todo:
        pid, depth = todo.pop()
        todo += [(child, depth + 1) for child in tree.get(pid, [])]
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    out.append((depth, pid, int(line.split()[1]) / 1024))
        except OSError:
            pass
    return out


def tree_pss_mb(root: int) -> float:
    return sum(mb for _, _, mb in tree_pss(root))


class TreePeak(threading.Thread):
    """Samples the memory of process `pid` and its descendants ten times a second; `peak` is the highest
    sum seen. Run from the process that started the build, so the sampling takes none of the build's time."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0.0
        self.at_peak: list[tuple[int, int, float]] = []  # the processes then: (depth, pid, MB)
        self.running = Path("/proc/self/smaps_rollup").exists()

    def run(self) -> None:
        pid = self.pid
        while self.running:
            processes = tree_pss(pid)
            total = sum(mb for _, _, mb in processes)
            if total > self.peak:
                self.peak, self.at_peak = total, processes
            time.sleep(0.1)


STAGES = {  # module -> (function, label): each timed where it runs (a stage's function that a module lacks is not)
    "generator.ingest.ingest": [("scan", "ingest (scan, hash)")],
    "generator.extraction": [("extract_all", "read + extract (or cache)")],
    "generator.collect.collect": [("collect", "collect")],
    "generator.publish.docs_folder": [("write_docs", "render and write docs")],
    "generator.publish.publish": [("build_site", "mkdocs + search (site)")],
    "generator.publish.search": [("index_search", "of which search index")],
}


class _TimeStages(importlib.abc.MetaPathFinder):
    """Wraps the stage functions of each module of STAGES when the build imports it, so the
    build imports what it imports, when it does (a build with nothing to do imports little)."""

    def __init__(self, timed) -> None:
        self.timed = timed

    def find_spec(self, name, path, target=None):
        if name not in STAGES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        execute = spec.loader.exec_module

        def exec_module(module) -> None:
            execute(module)
            for function, label in STAGES[name]:
                self.timed(module, function, label)

        spec.loader.exec_module = exec_module
        return spec


def main(root: str) -> None:
    sys.path.insert(0, root)  # the project's own copy of the generator package
    stages: dict[str, float] = {}
    log = Path(tempfile.mkstemp(prefix="briefing-stages-")[1])  # stages may run in a forked child: they log here

    def timed(owner, name: str, label: str) -> None:
        real = getattr(owner, name, None)
        if real is None:
            return

        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                seconds = time.perf_counter() - start
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                with open(log, "a", encoding="utf-8") as out:
                    out.write(json.dumps([label, seconds]) + "\n")
                print(f"  .. {label}: {seconds:.2f}s (pid {os.getpid()}, peak so far {peak:.0f} MB)",
                      file=sys.stderr, flush=True)

        setattr(owner, name, wrapper)

    sys.meta_path.insert(0, _TimeStages(timed))
    from generator import build

    result = build.build(build.Project.at(Path(root)))
    for line in log.read_text("utf-8").splitlines():
        label, seconds = json.loads(line)
        stages[label] = stages.get(label, 0.0) + seconds
    log.unlink()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({
        "stages": stages,
        "peak_mb": own / 1024,
        "workers_peak_mb": children / 1024,
        "up_to_date": result.up_to_date,
        "rendered": result.site.rendered if result.site else 0,
        "reused": result.site.reused if result.site else 0,
        "articles": result.summary.articles,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
