"""The segmented control that switches the article's script in one click."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from gui.engine.scripts.script_variants import Variant
from gui.ui_text import variant_description, variant_label
from gui.widgets.retranslating import Retranslating


class ScriptBar(Retranslating, QWidget):
    """One checkable button per script, exactly one checked (Ctrl+1…Ctrl+5 are the View menu's).

    Signals:
        variant_changed(str): the reader picked a script (a ``Variant`` value).
    """

    variant_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[Variant, QToolButton] = {}
        for number, variant in enumerate(Variant, start=1):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setObjectName(f"script_{variant.value}")
            button.setProperty("shortcut_number", number)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self._group.addButton(button)
            self._buttons[variant] = button
            layout.addWidget(button)
            button.clicked.connect(lambda _checked=False, v=variant: self.variant_changed.emit(v.value))
        self.setStyleSheet(_SEGMENTED_STYLE)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Script"))
        for variant, button in self._buttons.items():
            button.setText(variant_label(variant))
            button.setToolTip(f"{variant_description(variant)}  (Ctrl+{button.property('shortcut_number')})")
            button.setAccessibleName(variant_description(variant))

    def button(self, variant: Variant) -> QToolButton:
        return self._buttons[variant]

    def set_variant(self, variant: Variant) -> None:
        """Show ``variant`` as chosen without announcing it."""
        self._buttons[variant].setChecked(True)

    def variant(self) -> Variant:
        return next(v for v, b in self._buttons.items() if b.isChecked())


# Joined buttons with the checked one filled from the palette's highlight: readable in both schemes.
_SEGMENTED_STYLE = """
QToolButton {
    padding: 4px 12px;
    border: 1px solid palette(mid);
    border-left-width: 0px;
    background: palette(button);
    color: palette(button-text);
}
QToolButton:first { border-left-width: 1px; border-top-left-radius: 6px; border-bottom-left-radius: 6px; }
QToolButton:last { border-top-right-radius: 6px; border-bottom-right-radius: 6px; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }
QToolButton:hover:!checked { background: palette(midlight); }
"""
