"""A banner above the article for problems the reader should know about (bad file, huge file).

Unlike a dialog it never blocks: the previous article stays readable underneath.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from gui.widgets.retranslating import Retranslating


class MessageBar(Retranslating, QFrame):
    """A dismissable one-line message with an optional action button.

    Signals:
        action_triggered(): the reader pressed the action button.
    """

    action_triggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        # Messages quote file names, and a file may be named "<img src=…>": never rich text.
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.action_button.clicked.connect(self.action_triggered)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._retranslate()
        self.setStyleSheet(
            "#messageBar { background: palette(tooltip-base); color: palette(tooltip-text);"
            " border: 1px solid palette(mid); border-radius: 4px; }"
        )
        self.hide()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Message"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss"))

    def show_message(self, text: str, action: str | None = None) -> None:
        """Show ``text`` (plain text, shown as it is); with ``action``, a button that emits
        ``action_triggered``."""
        self.label.setText(text)
        self.action_button.setVisible(action is not None)
        self.action_button.setText(action or "")
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
