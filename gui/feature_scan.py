"""PySide6, imported with its per-module feature scan marked done (start-up time).

Once QtCore is loaded, PySide6 wraps ``__import__``: the first time any module is imported after
that (``import os`` included, though long loaded), its ``__feature__`` hook reads the module's whole
source (``inspect.getsource``) to learn whether it mentions PySide6, so that a module may select
``from __feature__ import snake_case, true_property`` for itself. Yanlu selects no feature, so
every module runs with the default selection whatever the scan finds, and the ~100 scans of the
window's start cost 12–19 ms (2026-11-28, PySide6 6.11). Entering the modules already loaded, and
Yanlu's own, in PySide's table gives the same selections without reading a line: -1 ("no
switching") for what was loaded before Qt, the default 0 for Yanlu's modules. The table is
PySide's internal ``pyside_feature_dict``; a version without it is left alone.
"""

from __future__ import annotations

import os
import sys

import PySide6.QtCore  # noqa: F401  (installs the import hook whose scans are spared below)

PACKAGE = "gui"


def spare_feature_scans() -> int:
    """Enter the loaded modules and Yanlu's own in PySide's feature table; how many were new."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    before = len(table)
    for name in list(sys.modules):
        table.setdefault(name, -1)
    for name in _own_modules():
        table.setdefault(name, 0)
    return len(table) - before


def _own_modules() -> list[str]:
    """The dotted names of every module file in Yanlu's package, without importing any."""
    root = os.path.dirname(os.path.abspath(__file__))
    names: list[str] = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [sub for sub in subfolders if not sub.startswith(("__", "."))]
        package = PACKAGE + folder[len(root) :].replace(os.sep, ".")
        names.extend(
            package if file == "__init__.py" else f"{package}.{file[:-3]}"
            for file in files
            if file.endswith(".py")
        )
    return names


spare_feature_scans()
