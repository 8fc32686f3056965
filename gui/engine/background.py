"""Work started on a thread once, however many times it is asked for (a library's import, an index)."""

from __future__ import annotations

import threading
from collections.abc import Callable


class StartOnce:
    """``start()`` runs ``target`` on a daemon thread the first time; later calls do nothing."""

    def __init__(self, target: Callable[[], None], name: str) -> None:
        self._target, self._name = target, name
        self._lock = threading.Lock()
        self._started = False

    def start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._target, name=self._name, daemon=True).start()
