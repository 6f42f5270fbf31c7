"""Write buffered aggregates from a background thread, so no request waits for the store."""

from __future__ import annotations

import atexit
import os
import threading
from collections.abc import Callable


class BackgroundFlusher:
    """Calls ``flush`` every ``seconds`` from a daemon thread of the current process (started on
    first use, again after a fork) and once more at exit. With ``seconds <= 0`` it flushes inline."""

    def __init__(self, flush: Callable[[], None], seconds: float) -> None:
        self._flush = flush
        self.seconds = seconds
        self._pid: int | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def poke(self) -> None:
        if self.seconds <= 0:
            self._flush()
            return
        if self._pid == os.getpid():
            return
        with self._lock:
            if self._pid == os.getpid():
                return
            self._pid = os.getpid()
            threading.Thread(target=self._run, name="plainsight-flusher", daemon=True).start()
            atexit.register(self._flush)

    def _run(self) -> None:
        while not self._stop.wait(self.seconds):
            self._flush()

    def stop(self) -> None:
        self._stop.set()
