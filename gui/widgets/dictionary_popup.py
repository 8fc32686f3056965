"""The dictionary popup: the word under the pointer with its readings and English glosses.

Like the Zhongwen extension's: a small panel beside the word that never takes the focus (the
reader keeps scrolling and selecting), shows the word found there, then shorter words that start
at the pointer, and closes on Esc, on a click elsewhere or when the pointer leaves. It floats
inside the main window rather than in a window of its own: nothing for a window manager to
place, raise or focus, and it is always drawn with the window.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from gui.widgets.retranslating import Retranslating

if TYPE_CHECKING:  # the dictionary itself loads on first use, not with the window
    from gui.engine.dictionary import Entry, Lookup

_MAX_WIDTH_EM = 26  # wide enough for a gloss line, narrow enough to stay beside the word
_MAX_GLOSSES = 6  # per entry; the rest is "…"


class DictionaryPopup(Retranslating, QFrame):
    """Shows one :class:`Lookup`; Esc (or :meth:`dismiss`) closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dictionaryPopup")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.label = QLabel(self)
        self.label.setObjectName("dictionaryEntries")
        self.label.setTextFormat(Qt.TextFormat.RichText)  # built here, every value escaped
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout.addWidget(self.label)
        self.lookup: Lookup | None = None
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Dictionary"))

    def show_lookup(
        self,
        lookup: Lookup,
        anchor: QRect,
        headword_font: QFont,
        traditional_first: bool,
        note: str | None = None,
    ) -> None:
        """Show ``lookup`` beside ``anchor`` (the word's rectangle, in the parent's coordinates).

        ``headword_font`` draws the popup (the reading font of the script shown, at the size of
        the interface's text; headwords are larger);
        ``traditional_first`` puts the Traditional form first when the text's own form is neither;
        ``note`` (who said the quotation the word is in) closes the popup.
        """
        self.lookup = lookup
        # The reading font throughout (it draws Latin too): the bundled font's weight axis is set
        # on the QFont, which a family named in the markup would lose (and draw Thin).
        self.label.setFont(headword_font)
        em = headword_font.pointSizeF()
        self.label.setText(_entries_html(lookup, em, traditional_first, note))
        width = int(em * _MAX_WIDTH_EM * self.logicalDpiY() / 72)
        self.label.setMaximumWidth(width)
        self.adjustSize()
        self.move(_placement(anchor, self.size(), self.parentWidget().rect()))
        self.show()
        self.raise_()
        QApplication.instance().installEventFilter(self)

    def plain_text(self) -> str:
        """What the popup says, without markup (for tests and screen readers)."""
        document = QTextDocument()
        document.setHtml(self.label.text())
        return document.toPlainText()

    def dismiss(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.lookup = None
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc closes the popup before any window shortcut (Clear Highlights) sees it."""
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and self.isVisible():
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.dismiss()
                return True
        elif kind == QEvent.Type.ApplicationDeactivate:
            self.dismiss()
        return False


def headwords(entry: Entry, word: str, traditional_first: bool) -> tuple[str, str | None]:
    """The entry's form as the text writes it first, then the other form when it differs."""
    if entry.traditional == entry.simplified:
        return entry.traditional, None
    if word == entry.simplified or (word != entry.traditional and not traditional_first):
        return entry.simplified, entry.traditional
    return entry.traditional, entry.simplified


def _entries_html(lookup: Lookup, em: float, traditional_first: bool, note: str | None) -> str:
    parts = []
    for entry in lookup.entries:
        word = lookup.word if lookup.word in (entry.traditional, entry.simplified) else ""
        first, second = headwords(entry, word or lookup.word, traditional_first)
        other = f" <span style='font-size:{em * 1.3:.0f}pt'>{html.escape(second)}</span>" if second else ""
        glosses = [html.escape(_gloss(g, traditional_first)) for g in entry.glosses if g][:_MAX_GLOSSES]
        if len(entry.glosses) > _MAX_GLOSSES:
            glosses.append("…")
        parts.append(
            f"<p style='margin:0 0 6px 0'>"
            f"<span style='font-size:{em * 2:.0f}pt'>{html.escape(first)}</span>{other}"
            f"&nbsp;&nbsp;<b>{html.escape(entry.pinyin)}</b><br>{'; '.join(glosses)}</p>"
        )
    if note:
        parts.append(f"<p style='margin:4px 0 0 0'><i>{html.escape(note)}</i></p>")
    return "".join(parts)


_CROSS_REFERENCE = re.compile(r"([^\s|\[\],;]+)\|([^\s|\[\],;]+)(?=\[)")


def _gloss(gloss: str, traditional_first: bool) -> str:
    """A gloss with its cross-references in one script: 個|个[gè] → 个[gè] in 简体, 個[gè] else."""
    return _CROSS_REFERENCE.sub(lambda m: m.group(1) if traditional_first else m.group(2), gloss)


def _placement(anchor: QRect, size: QSize, area: QRect) -> QPoint:
    """Below the word, or above it when there is no room below; never past ``area``'s sides."""
    x = max(area.left(), min(anchor.left(), area.right() - size.width()))
    y = anchor.bottom() + 6
    if y + size.height() > area.bottom():
        y = max(area.top(), anchor.top() - 6 - size.height())
    return QPoint(x, y)
