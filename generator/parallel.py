"""The one way the build runs work in parallel: a pool of worker processes.

A stage that has many independent pieces of work (extraction: one per new
article; MkDocs: one share of the pages per worker) hands them to `run`,
which gives back each piece's result in order. Workers are forked where the
platform can fork, so what the stage built before calling (the data files'
patterns, imported libraries) is inherited, not built again in each worker;
elsewhere they are spawned. One core, or fewer pieces than `at_least`: the
work is done here, one piece after another, with the same results.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

Shared = TypeVar("Shared")
Item = TypeVar("Item")
Result = TypeVar("Result")

MAX_WORKERS = 8

_SHARED: object = None  # what `run` was given as `shared`, in each worker


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def workers_for(pieces: int) -> int:
    return max(1, min(cores(), MAX_WORKERS, pieces))


def run(
    function: Callable[[Shared, Item], Result],
    items: Sequence[Item],
    shared: Shared,
    *,
    at_least: int = 2,
    chunksize: int = 1,
) -> Iterator[Result]:
    """function(shared, item) for each item, yielded in the items' order; in worker processes when there
    are at least `at_least` items and (unless `at_least` is 1) a second core to run them on. Worker
    processes start on the work at once, so the caller may do something else before it reads the results.

    `function` is a module-level function (a worker finds it by name); `shared` is given to every call
    (inherited by forked workers, pickled once per worker otherwise). An exception in a call is raised
    here, when its result is reached."""
    workers = workers_for(len(items))
    if len(items) < at_least or (workers < 2 and at_least > 1):
        return (function(shared, item) for item in items)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin" else "spawn"
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_remember, initargs=(shared,))
    return _results(pool, pool.map(_call, [function] * len(items), items, chunksize=chunksize))


def _results(pool: ProcessPoolExecutor, results: Iterator[Result]) -> Iterator[Result]:
    with pool:  # shut down once the results are read (or the reader stops)
        try:
            yield from results
        except BrokenProcessPool as exc:  # an OSError, which the command line reports in one line
            raise ChildProcessError("a worker process ended abruptly (killed, or out of memory)") from exc


def _remember(shared: object) -> None:
    global _SHARED
    _SHARED = shared


def _call(function: Callable[[object, object], object], item: object) -> object:
    return function(_SHARED, item)


def apart(function: Callable[[Shared, None], Result], shared: Shared) -> Result:
    """function(shared, None) in a worker process of its own, whose memory goes back to the system when it
    ends: for stages that build something big and hand on only a small result."""
    (result,) = run(function, [None], shared, at_least=1)  # read to the end: the process is then waited for
    return result
