"""One timed `briefing build` in this process, stage by stage; prints JSON. Used by run.py."""

from __future__ import annotations

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
    """Samples the process tree's memory ten times a second; `peak` is the highest sum seen."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0.0
        self.at_peak: list[tuple[int, int, float]] = []  # the processes then: (depth, pid, MB)
        self.running = Path("/proc/self/smaps_rollup").exists()

    def run(self) -> None:
        pid = os.getpid()
        while self.running:
            processes = tree_pss(pid)
            total = sum(mb for _, _, mb in processes)
            if total > self.peak:
                self.peak, self.at_peak = total, processes
            time.sleep(0.1)


def main(root: str) -> None:
    sys.path.insert(0, root)  # the project's own copy of the generator package
    from generator import build, collect, ingest, publish, render

    stages: dict[str, float] = {}
    log = Path(tempfile.mkstemp(prefix="briefing-stages-")[1])  # stages may run in a forked child: they log here

    def timed(owner, name: str, label: str) -> None:
        real = getattr(owner, name)

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

    timed(ingest, "scan", "ingest (scan, hash)")
    timed(build, "extract_all", "read + extract (or cache)")
    timed(collect, "collect", "collect")
    timed(render, "render", "render (and write docs)")
    timed(publish, "write_docs", "write docs")
    timed(build, "in_child", "docs and exports (in a child)")
    timed(publish, "build_site", "mkdocs + search (site)")
    timed(publish, "index_search", "of which search index")
    sampler = TreePeak()
    sampler.start()
    start = time.perf_counter()
    result = build.build(build.Project.at(Path(root)))
    total = time.perf_counter() - start
    sampler.running = False
    for line in log.read_text("utf-8").splitlines():
        label, seconds = json.loads(line)
        stages[label] = stages.get(label, 0.0) + seconds
    log.unlink()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({
        "seconds": total,
        "stages": stages,
        "peak_mb": own / 1024,
        "workers_peak_mb": children / 1024,
        "tree_peak_mb": sampler.peak,
        "at_peak": [f"{'  ' * depth}{mb:.0f} MB" for depth, _, mb in sorted(sampler.at_peak)],
        "up_to_date": result.up_to_date,
        "rendered": result.site.rendered if result.site else 0,
        "reused": result.site.reused if result.site else 0,
        "articles": result.summary.articles,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
