"""View ▸ Article's Script: the reader tells Yanlu which script the article is written in.

Yanlu finds the script from the text, which is right for news; a short or mixed text (a list
of words, a page quoting both scripts: 狸猫 狸貓) can fool any detector, and Traditional text
taken for Simplified is then "converted" where it should be left alone. The choice belongs to
one article, or one book over its chapters: opening another file goes back to detecting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from gui.main_window import MainWindow

# Menu entry → the script it gives (None: found from the text).
CHOICES: tuple[bool | None, ...] = (None, False, True)


class SourceScriptMenu(QObject):
    """The View menu's "Article's Script" submenu of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.menu = QMenu(window.view_menu)
        window.view_menu.insertMenu(window.encoding_menu.menuAction(), self.menu)
        group = QActionGroup(self)  # exclusive: one script at a time
        self.actions: dict[bool | None, QAction] = {}
        for choice in CHOICES:
            action = QAction(self.menu)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=choice: window.set_script_given(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[choice] = action
        self.actions[None].setChecked(True)
        self._retranslate()
        window.article_shown.connect(self._show_choice)
        window.variant_changed.connect(self._show_choice)
        window.worker.signals.view_ready.connect(self._show_choice)  # a view made: the script is known
        window.installEventFilter(self)  # LanguageChange

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("Article's Sc&ript"))
        self.menu.setToolTip(
            self.tr("Which script the article is written in; Yanlu finds it, and you can overrule it.")
        )
        self.actions[False].setText(self.tr("&Simplified"))
        self.actions[True].setText(self.tr("&Traditional"))
        self._show_choice()

    def _show_choice(self, *_: object) -> None:
        """Tick the article's choice; "Detect" says what it found, once a view has found out."""
        reading = self._window.reading
        given = reading.script_given if reading is not None else None
        self.actions[given].setChecked(True)
        found = reading.traditional if reading is not None and given is None else None
        if found is None:
            text = self.tr("&Detect from the Text")
        elif found:
            text = self.tr("&Detect from the Text (found: Traditional)")
        else:
            text = self.tr("&Detect from the Text (found: Simplified)")
        self.actions[None].setText(text)
