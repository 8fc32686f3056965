"""The speaker panel's list model: an "all speakers" row, then one row per speaker."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from gui.highlights import ALL_SPEAKERS
from gui.ui_text import group_word, quote_counts


class SpeakerRole(IntEnum):
    KEY = Qt.ItemDataRole.UserRole + 1  # the speaker's canonical name, or ALL_SPEAKERS
    TITLE = Qt.ItemDataRole.UserRole + 2
    DIRECT_COUNT = Qt.ItemDataRole.UserRole + 3
    INDIRECT_COUNT = Qt.ItemDataRole.UserRole + 4
    COLOR = Qt.ItemDataRole.UserRole + 5
    GROUP = Qt.ItemDataRole.UserRole + 6


@dataclass(frozen=True)
class SpeakerRow:
    """One row as shown: names already in the reader's script."""

    key: str
    name: str
    title: str | None
    group: bool
    direct: int
    indirect: int
    color: QColor | None


class SpeakerListModel(QAbstractListModel):
    """Rows of speakers for a QListView; replace them wholesale with ``set_rows``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SpeakerRow] = []

    def set_rows(self, rows: list[SpeakerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, key: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.key == key), -1)

    def key_at(self, row: int) -> str:
        return self._rows[row].key

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return _describe(row)
        return {
            SpeakerRole.KEY: row.key,
            SpeakerRole.TITLE: row.title,
            SpeakerRole.DIRECT_COUNT: row.direct,
            SpeakerRole.INDIRECT_COUNT: row.indirect,
            SpeakerRole.COLOR: row.color,
            SpeakerRole.GROUP: row.group,
        }.get(role)


def _describe(row: SpeakerRow) -> str:
    """The row in words: what a screen reader says and the tooltip shows."""
    parts = [row.name]
    if row.title:
        parts.append(row.title)
    if row.group and row.key != ALL_SPEAKERS:
        parts.append(group_word())
    parts.append(quote_counts(row.direct, row.indirect))
    return " · ".join(parts)
