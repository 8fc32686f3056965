"""Shared fixtures: the labelled corpus and the bundled article."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# Every Qt test runs without a display; set before pytest-qt creates the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus" / "tuning"


def load_labelled(name: str) -> dict:
    return json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


def labelled_names() -> list[str]:
    return sorted(path.stem for path in CORPUS.glob("*.json"))


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return load_labelled("seed-henan-cppcc")


@pytest.fixture(scope="session")
def bundled_raw() -> str:
    from gui.bundled import bundled_article_text

    return bundled_article_text()
