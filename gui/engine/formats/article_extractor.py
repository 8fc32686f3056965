"""trafilatura's article extractor, imported without the crawler around it.

``import trafilatura`` runs the package's ``__init__``, which brings in its downloader (urllib3,
certifi), URL tools (courlan, tld), date search (htmldate, dateutil) and charset detection: about
three quarters of its import time, for a page Yanlu already holds in memory as a parsed tree.
So the extraction modules are imported on their own (the package object is made from its spec
without running ``__init__``), and while they import, those four libraries are stand-ins whose
functions import the real library on first call. Yanlu's calls never reach them (no URL, no
date search, a tree rather than bytes), but if one did it would behave exactly as before.

The stand-ins and the half-made package leave ``sys.modules`` as soon as the modules are loaded,
so a later ``import trafilatura`` anywhere in the process gets the whole package (reusing these
modules). If a future trafilatura needs a name the stand-ins lack, the plain import is used.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

# What trafilatura's extraction modules import from the libraries Yanlu never needs.
_STAND_IN_FUNCTIONS = {
    "courlan": (
        "extract_domain", "fix_relative_urls", "get_base_url", "is_valid_url", "normalize_url",
        "validate_url",
    ),
    "htmldate": ("find_date",),
    "charset_normalizer": ("from_bytes",),
}  # fmt: skip
_MODULES = ("trafilatura.core", "trafilatura.baseline", "trafilatura.metadata")

_lock = threading.Lock()
_loaded: types.SimpleNamespace | None = None


def extractor() -> types.SimpleNamespace:
    """bare_extraction, html2txt and the metadata helpers Yanlu uses, imported once.

    Raises ImportError when trafilatura (or one of its own parts, e.g. lxml_html_clean) is missing.
    """
    global _loaded
    with _lock:
        if _loaded is None:
            try:
                modules = _import_alone()
            except (ImportError, AttributeError):  # a newer trafilatura wants more of a stand-in
                modules = _import_whole()
            core, baseline, metadata = modules
            _loaded = types.SimpleNamespace(
                bare_extraction=core.bare_extraction,
                html2txt=baseline.html2txt,
                examine_meta=metadata.examine_meta,
                extract_author=metadata.extract_author,
                extract_meta_json=metadata.extract_meta_json,
                extract_title=metadata.extract_title,
            )
        return _loaded


def _import_whole() -> list[Any]:
    import trafilatura  # noqa: F401  (the package first, so its __init__ runs as usual)

    return [importlib.import_module(name) for name in _MODULES]


def _import_alone() -> list[Any]:
    if "trafilatura" in sys.modules:  # already imported whole: nothing to save
        return _import_whole()
    spec = importlib.util.find_spec("trafilatura")
    if spec is None:
        raise ImportError("No module named 'trafilatura'", name="trafilatura")
    before = set(sys.modules)
    stand_ins = _stand_ins()
    sys.modules.update({name: module for name, module in stand_ins.items() if name not in before})
    sys.modules["trafilatura"] = importlib.util.module_from_spec(spec)  # __init__ not run
    try:
        return [importlib.import_module(name) for name in _MODULES]
    except BaseException:
        for name in set(sys.modules) - before:  # a half import must not stay behind
            if name == "trafilatura" or name.startswith("trafilatura."):
                del sys.modules[name]
        raise
    finally:
        sys.modules.pop("trafilatura", None)
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _stand_ins() -> dict[str, types.ModuleType]:
    modules = {}
    for library, names in _STAND_IN_FUNCTIONS.items():
        module = types.ModuleType(library)
        for name in names:
            setattr(module, name, _calls_real(library, name))
        modules[library] = module
    # trafilatura.utils only tests isinstance() against it; a real response is also caught by its
    # hasattr(…, "data") test, and Yanlu never passes one.
    response = types.ModuleType("urllib3.response")
    response.HTTPResponse = type("HTTPResponse", (), {})
    urllib3 = types.ModuleType("urllib3")
    urllib3.response = response
    modules.update({"urllib3": urllib3, "urllib3.response": response})
    return modules


def _calls_real(library: str, name: str) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(library), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call
