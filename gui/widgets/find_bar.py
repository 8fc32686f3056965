"""The find bar under the article, like a browser's: query, "3 / 17", previous/next, where to look.

Thin: it shows what the find controller tells it and emits what the reader asks for.
Enter / Shift+Enter step through the matches, Esc closes (even though Esc also clears the
quotation highlights window-wide: the bar claims the key while it has the focus).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from gui.widgets.retranslating import Retranslating

WHOLE_ARTICLE = ""  # scope key: everywhere
ALL_QUOTATIONS = "*"  # scope key: inside any quotation (the same key as "all speakers")


class FindBar(Retranslating, QWidget):
    """Query field, match count, previous/next buttons, a scope box and a close button.

    Signals:
        query_changed(str): the text to find changed.
        step_requested(int): go to the next (+1) or previous (-1) match.
        scope_changed(str): where to look: WHOLE_ARTICLE, ALL_QUOTATIONS or a speaker's key.
        closed(): the reader closed the bar.
    """

    query_changed = Signal(str)
    step_requested = Signal(int)
    scope_changed = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)

        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(180)
        self.field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(70)
        self.previous_button = self._button(QStyle.StandardPixmap.SP_ArrowUp)
        self.next_button = self._button(QStyle.StandardPixmap.SP_ArrowDown)
        self.scope_box = QComboBox(self)
        self.scope_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.close_button = self._button(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        self.close_button.setAutoRaise(True)
        for widget in (
            self.field,
            self.count_label,
            self.previous_button,
            self.next_button,
            self.scope_box,
            self.close_button,
        ):
            layout.addWidget(widget)
        self._speakers: list[tuple[str, str]] = []
        self._matches = (0, 0)
        self._retranslate()

        self.field.textChanged.connect(self.query_changed)
        self.previous_button.clicked.connect(lambda: self.step_requested.emit(-1))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(1))
        self.scope_box.activated.connect(lambda _index: self.scope_changed.emit(self.scope()))
        self.close_button.clicked.connect(self.close_bar)
        for widget in (self.field, self.scope_box, self.previous_button, self.next_button):
            widget.installEventFilter(self)

    def _button(self, icon: QStyle.StandardPixmap) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self.style().standardIcon(icon))
        return button

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Find in article"))
        self.field.setPlaceholderText(self.tr("Find in any script (协 finds 協)"))
        self.field.setAccessibleName(self.tr("Text to find"))
        self.count_label.setAccessibleName(self.tr("Matches"))
        self.scope_box.setAccessibleName(self.tr("Where to look"))
        self.scope_box.setToolTip(
            self.tr("Look in the whole article, in quotations only, or in one speaker's")
        )
        for button, tip in (
            (self.previous_button, self.tr("Previous match (Shift+Enter, Ctrl+Shift+G)")),
            (self.next_button, self.tr("Next match (Enter, Ctrl+G)")),
            (self.close_button, self.tr("Close the find bar (Esc)")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)  # icon-only: say what it does
        self.set_scopes(self._speakers)
        self.set_count(*self._matches)

    # -- what the controller sets -----------------------------------------------------------

    def open_bar(self, text: str | None = None) -> None:
        """Show the bar with the focus in the field (``text`` replaces the query when given)."""
        if text:
            self.field.setText(text)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def query(self) -> str:
        return self.field.text()

    def set_count(self, current: int, total: int) -> None:
        """Show "3 / 17" (``current`` counts from 1), or that nothing matched."""
        self._matches = (current, total)
        if not self.field.text():
            text = ""
        elif total == 0:
            text = self.tr("No matches")
        else:
            text = f"{current} / {total}"
        self.count_label.setText(text)
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)

    def set_scopes(self, speakers: list[tuple[str, str]]) -> None:
        """Offer the whole article, all quotations and each (key, shown name) speaker; the chosen
        scope stays chosen when its key is still offered."""
        self._speakers = speakers
        current = self.scope()
        self.scope_box.clear()
        self.scope_box.addItem(self.tr("Whole article"), WHOLE_ARTICLE)
        self.scope_box.addItem(self.tr("In quotations"), ALL_QUOTATIONS)
        for key, name in speakers:
            self.scope_box.addItem(self.tr("Said by %s") % name, key)
        index = self.scope_box.findData(current)
        self.scope_box.setCurrentIndex(max(0, index))

    def scope(self) -> str:
        data = self.scope_box.currentData()
        return data if isinstance(data, str) else WHOLE_ARTICLE

    def set_scope(self, key: str) -> None:
        index = self.scope_box.findData(key)
        if index >= 0 and index != self.scope_box.currentIndex():
            self.scope_box.setCurrentIndex(index)
            self.scope_changed.emit(key)

    # -- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                event.accept()  # ours, not the window's "clear highlights"
                return True
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if watched is self.field and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.step_requested.emit(-1 if backwards else 1)
                return True
        return super().eventFilter(watched, event)
