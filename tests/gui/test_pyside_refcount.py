"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that
returns nothing, and the process aborts after ~5,000 calls (why pyproject pins < 6.12)."""

import sys

from PySide6.QtWidgets import QLabel

CALLS = 20_000


def test_methods_returning_none_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(CALLS):
        label.setText(str(number % 10))  # returns None
    after = sys.getrefcount(None)
    # Other threads may hold a few references at either moment; a leak would be ~20,000.
    assert after > before - 500
    assert label.text() == str((CALLS - 1) % 10)
