"""Worker processes: a function mapped over inputs in input order, streamed, with three promises.

- A worker that dies (out of memory, a crash in native code) costs only the input it was given.
- Workers never outlive the process that started them, however it ends (even by SIGKILL): each watches
  its parent and exits when the parent is gone; the forkserver and the resource tracker follow once the
  workers are gone, because they stay only while someone holds their pipes.
- Workers never run the parent's main script again, so ``run(..., jobs=2)`` works in a plain script with
  no ``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import sys
import threading
import types
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from multiprocessing.connection import wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

Input = TypeVar("Input")
Output = TypeVar("Output")

IN_FLIGHT_PER_WORKER = 2


def ordered_map(
    function: Callable[[Input], Output],
    inputs: Iterator[Input],
    jobs: int,
    *,
    warm_up: Callable[[], None],
    crashed: Callable[[Input], Output],
    preload: Sequence[str] = (),
) -> Iterator[Output]:
    """``function`` over ``inputs`` in ``jobs`` worker processes, results in input order.

    At most ``2 * jobs`` inputs are in flight, so memory does not grow with the number of inputs. Each
    worker runs ``warm_up`` once before its first input; the forkserver imports the ``preload`` modules
    once for all workers. An input whose worker died gets ``crashed(input)``. Closing the iterator early
    stops the workers at once.
    """
    pool = _new_pool(jobs, warm_up, preload)
    pending: deque[tuple[Input, Future[Output]]] = deque()
    finished = False
    try:
        while True:
            for item in itertools.islice(inputs, max(IN_FLIGHT_PER_WORKER * jobs - len(pending), 0)):
                pending.append((item, _submit(pool, function, item)))
            if not pending:
                break
            item, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                # a worker died: find the culprit by running every input that was in flight on its own,
                # then go on with a fresh pool
                survivors = [item, *(queued for queued, _ in pending)]
                pending.clear()
                _stop(pool)
                yield from (_run_alone(function, queued, warm_up, crashed, preload) for queued in survivors)
                pool = _new_pool(jobs, warm_up, preload)
                continue
            yield result
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _stop(pool)


def _run_alone(
    function: Callable[[Input], Output],
    item: Input,
    warm_up: Callable[[], None],
    crashed: Callable[[Input], Output],
    preload: Sequence[str],
) -> Output:
    pool = _new_pool(1, warm_up, preload)
    try:
        return _submit(pool, function, item).result()
    except BrokenProcessPool:
        return crashed(item)
    finally:
        _stop(pool)


def _submit(pool: ProcessPoolExecutor, function: Callable[[Input], Output], item: Input) -> Future[Output]:
    """``pool.submit``, which may start a worker: a signal that ends the command waits until the new worker
    is registered in the pool, so that stopping the pool stops it too (a worker left half-started would
    fail on the pool's released semaphores, with a traceback). A pool a worker's death has already broken
    refuses the input: its future then holds that error, so the input is run again on its own like every
    other input in flight, instead of the error ending the whole run."""
    with _ending_signals_deferred():
        try:
            return pool.submit(function, item)
        except BrokenProcessPool as broken:
            refused: Future[Output] = Future()
            refused.set_exception(broken)
            return refused


@contextmanager
def _ending_signals_deferred() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():  # only the main thread receives them
        yield
        return
    pending: list[int] = []
    previous = {signum: signal.signal(signum, lambda signum, frame: pending.append(signum)) for signum in _ENDING}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        for signum in pending:
            signal.raise_signal(signum)  # now handled as it would have been


_ENDING = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop at once: end the workers, then drop queued inputs (used on Ctrl-C, a signal, after a crash).

    The workers go first: shutting the pool down releases the queues' semaphores, and a worker still
    starting up (reading them) would fail with a traceback if they were gone before it."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
    pool.shutdown(wait=False, cancel_futures=True)


def _new_pool(jobs: int, warm_up: Callable[[], None], preload: Sequence[str]) -> ProcessPoolExecutor:
    context: BaseContext
    # forkserver: workers never inherit the parent's threads (a progress bar's) or its open files, and
    # the server imports the preload modules once, so each worker only runs its warm-up
    if sys.platform != "win32":
        context = _WorkerContext()
        context.set_forkserver_preload(list(preload))
        forkserver.ensure_running()  # the slow part (the server imports spaCy), while Ctrl-C still acts at once
    else:  # Windows: spawned workers, which do import the parent's script (it needs the __main__ guard)
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_started, initargs=(warm_up,))


def _worker_started(warm_up: Callable[[], None]) -> None:
    """A new worker leaves Ctrl-C to its parent, starts watching it, then warms up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    warm_up()


def _exit_with_parent() -> None:
    """End this worker as soon as the process that asked for it is gone, however that process ended.

    The kernel's parent-death signal (prctl PR_SET_PDEATHSIG) does not fit a forkserver pool: a worker's
    parent in the kernel's eyes is the forkserver, which stays alive as long as any worker does. So the
    worker watches multiprocessing's own parent sentinel instead: a pipe whose write end only the parent
    holds, which reads as closed the moment the parent is gone (exit, crash or SIGKILL alike).
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        wait([sentinel])
        os._exit(1)  # nobody is left to want this worker's results

    threading.Thread(target=watch, name="nec-extract-parent-watch", daemon=True).start()


@contextmanager
def _parent_script_hidden() -> Iterator[None]:
    """While a worker is being started, the parent's ``__main__`` looks like an interactive session's.

    multiprocessing tells each new process where the parent's main script is, and the process runs that
    script again (as ``__mp_main__``) before its first task, so that functions defined in the script can be
    unpickled. Workers here only ever run this package's functions, so they need nothing from the script,
    and running it again would start the user's whole batch once more inside each worker.
    """
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


if sys.platform != "win32":
    from multiprocessing import forkserver
    from multiprocessing.context import ForkServerContext, ForkServerProcess

    class _WorkerProcess(ForkServerProcess):
        """A forkserver process started without the parent's main script."""

        @staticmethod
        def _Popen(process_obj: BaseProcess) -> Any:
            forkserver.ensure_running()  # running already (see _new_pool): only checks, before hiding __main__
            with _parent_script_hidden():
                return ForkServerProcess._Popen(process_obj)

    class _WorkerContext(ForkServerContext):
        Process = _WorkerProcess
