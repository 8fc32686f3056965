"""Files shipped with Yanlu (the bundled article, the icon), found with importlib.resources, and
the installed version."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable  # importing it costs start-up ~2 ms

BUNDLED_ARTICLE = "article.txt"
APP_ICON = "yanlu.svg"


def resource(name: str) -> Traversable:
    """A bundled file, whether Yanlu is installed or run from a source checkout."""
    try:
        root = resources.files("gui.resources")  # installed: resources/ ships as gui.resources
    except ModuleNotFoundError:
        root = resources.files("gui").parent / "resources"  # source checkout: resources/ beside gui/
    return root / name


def bundled_article_text() -> str:
    return resource(BUNDLED_ARTICLE).read_text(encoding="utf-8")


def installed_version() -> str:
    """Yanlu's version as installed ("" for a source checkout that was never installed). Asked
    only when shown: importlib.metadata costs ~25 ms, which start-up need not pay."""
    from importlib import metadata

    try:
        return metadata.version("yanlu")
    except metadata.PackageNotFoundError:
        return ""
