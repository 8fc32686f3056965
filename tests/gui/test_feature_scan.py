"""PySide6's per-module feature scan is spared at start-up, and Qt's API is unchanged by it."""

import sys

import pytest
from PySide6.QtCore import QObject

from gui.feature_scan import spare_feature_scans


@pytest.fixture
def feature_hook():
    hook = sys.modules.get("shibokensupport.feature")
    if not isinstance(getattr(hook, "pyside_feature_dict", None), dict):
        pytest.skip("this PySide6 keeps no feature table to enter modules in")
    return hook


def test_yanlu_modules_imported_after_qt_are_not_read_for_features(feature_hook, monkeypatch):
    scanned: list[str] = []
    monkeypatch.setattr(feature_hook, "_mod_uses_pyside", lambda module: scanned.append(module.__name__))
    for name in ("gui.engine.find", "gui.engine.speech.evaluation", "gui.widgets"):
        feature_hook.pyside_feature_dict.pop(name, None)  # as if never imported since Qt came
    spare_feature_scans()
    for name in ("gui.engine.find", "gui.engine.speech.evaluation", "gui.widgets"):
        __import__(name, fromlist=["__name__"])  # (``from name import …``: the path the hook wraps)
    assert [name for name in scanned if name.startswith("gui")] == []


def test_without_spared_scans_the_hook_reads_the_module(feature_hook, monkeypatch):
    # The check above can fail: with the table entry gone, the hook asks again.
    scanned: list[str] = []
    monkeypatch.setattr(feature_hook, "_mod_uses_pyside", lambda module: scanned.append(module.__name__))
    feature_hook.pyside_feature_dict.pop("gui.engine.find", None)
    __import__("gui.engine.find", fromlist=["__name__"])
    assert scanned == ["gui.engine.find"]


def test_qt_keeps_its_own_method_names():
    # No feature is selected: snake_case and true_property stay off for Yanlu's modules.
    item = QObject()
    item.setObjectName("speaker list")
    assert item.objectName() == "speaker list"
    assert not hasattr(item, "object_name")
