"""generator.parallel: the one way the build runs work in parallel."""

from __future__ import annotations

import os

import pytest

from generator import parallel


def _square_and_pid(shared: int, item: int | None) -> tuple[int, int]:
    return (item or 0) ** 2 + shared, os.getpid()


def _fail_on_three(shared: None, item: int) -> int:
    if item == 3:
        raise ValueError("three")
    return item


def _die(shared: None, item: int) -> int:
    os._exit(3)  # a worker killed part way


@pytest.fixture(autouse=True)
def two_cores(monkeypatch):
    monkeypatch.setattr(parallel, "cores", lambda: 2)


def test_results_come_in_the_items_order_from_worker_processes():
    found = list(parallel.run(_square_and_pid, list(range(20)), 1))
    assert [value for value, _ in found] == [n * n + 1 for n in range(20)]
    assert os.getpid() not in {pid for _, pid in found}


def test_fewer_items_than_at_least_are_done_here():
    found = list(parallel.run(_square_and_pid, [1, 2], 0, at_least=3))
    assert found == [(1, os.getpid()), (4, os.getpid())]


def test_an_error_in_a_worker_is_raised_here():
    with pytest.raises(ValueError, match="three"):
        list(parallel.run(_fail_on_three, [1, 2, 3, 4], None))


def test_a_worker_that_dies_is_an_error_the_command_line_reports_in_one_line():
    with pytest.raises(ChildProcessError, match="ended abruptly"):
        list(parallel.run(_die, [1, 2], None))


def test_apart_runs_in_a_process_of_its_own():
    value, pid = parallel.apart(_square_and_pid, 5)
    assert value == 5 and pid != os.getpid()
