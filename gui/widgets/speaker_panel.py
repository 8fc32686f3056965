"""The side panel listing who speaks in the article, with buttons to step through quotations."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.speaker_model import SpeakerListModel, SpeakerRole
from gui.ui_text import count_legend, group_word
from gui.widgets.retranslating import Retranslating

_PADDING = 8
_SWATCH = 12


class SpeakerPanel(Retranslating, QDockWidget):
    """A dock with the speaker list and previous/next buttons.

    Signals:
        speaker_clicked(str): a row was clicked (the speaker's key, or "*" for all speakers).
        speaker_focused(str): the keyboard moved the list's current row to this speaker.
        step_requested(int): -1 for the previous quotation, +1 for the next.
    """

    speaker_clicked = Signal(str)
    speaker_focused = Signal(str)
    step_requested = Signal(int)

    def __init__(self, model: SpeakerListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selecting = False  # true while the window sets the row (no echo back)
        self._by_keyboard = False  # the list's last input was a key (a click selects by itself)
        self.setObjectName("speakerPanel")  # saveState()/restoreState() find the dock by this name
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.list = QListView(body)
        self.list.setObjectName("speakerList")
        self.list.setModel(model)
        self.list.setItemDelegate(SpeakerDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Mouse clicks and Return/Space only: ``activated`` would fire as well as ``clicked`` on
        # desktops that activate on a single click, and a second toggle would undo the first.
        self.list.clicked.connect(lambda index: self.speaker_clicked.emit(model.key_at(index.row())))
        # Arrow keys move the current row: the highlights follow it, as a click would.
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.installEventFilter(self)
        self.list.viewport().installEventFilter(self)
        self.legend = QLabel(body)
        self.legend.setObjectName("speakerLegend")
        self.legend.setWordWrap(True)
        self.legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = self.legend.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.legend.setFont(small)
        # While the analysis is pending (or found nobody) the empty list says so.
        self.status = QLabel(body)
        self.status.setObjectName("speakerPanelStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status.hide()
        self._state = ""  # "finding", "none" or "" (speakers listed)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.legend)
        layout.addLayout(self._step_row(body))
        self.setWidget(body)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Speakers"))
        # The title bar's own buttons are Qt's: named once at creation, so name them again here.
        for name, text in (("qt_dockwidget_closebutton", "Close"), ("qt_dockwidget_floatbutton", "Float")):
            button = self.findChild(QAbstractButton, name)
            if button is not None:
                button.setAccessibleName(QCoreApplication.translate("QDockWidget", text))
        self.toggleViewAction().setText(self.tr("&Speakers Panel"))
        self.list.setAccessibleName(self.tr("Speakers in this article"))
        self.legend.setText(count_legend())
        self.previous_button.setText(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("Previous quotation (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous quotation"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next quotation (F3)"))
        self.next_button.setAccessibleName(self.tr("Next quotation"))
        self._show_state()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._by_keyboard and not self._selecting and current.isValid():
            self.speaker_focused.emit(self.list.model().key_at(current.row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self._by_keyboard = True
        elif event.type() == QEvent.Type.MouseButtonPress:
            self._by_keyboard = False
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and self.list.currentIndex().isValid()
        ):
            self.speaker_clicked.emit(self.list.model().key_at(self.list.currentIndex().row()))
            return True
        return super().eventFilter(watched, event)

    def _step_row(self, body: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = QToolButton(body)
        self.next_button = QToolButton(body)
        self.position_label = QLabel(body)
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button.clicked.connect(lambda: self.step_requested.emit(-1))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(1))
        row.addWidget(self.previous_button)
        row.addWidget(self.position_label, 1)
        row.addWidget(self.next_button)
        return row

    def select_row(self, row: int) -> None:
        """Show ``row`` as selected (-1: none) without emitting ``speaker_clicked``."""
        model = self.list.model()
        self._selecting = True
        try:
            if row < 0:
                # The current row stays (unselected): Space or Return selects it again, and the
                # arrow keys go on from it, as they would had the list kept the keyboard's place.
                self.list.clearSelection()
                return
            index = model.index(row, 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
        finally:
            self._selecting = False

    def set_finding(self, finding: bool, found_any: bool = True) -> None:
        """Say "finding speakers…" while the analysis is pending, and that there are none when
        it found nobody."""
        self._state = "finding" if finding else "" if found_any else "none"
        self._show_state()

    def _show_state(self) -> None:
        texts = {"finding": self.tr("Finding speakers…"), "none": self.tr("No speakers in this text.")}
        self.status.setText(texts.get(self._state, ""))
        self.status.setVisible(bool(self._state))
        self.list.setAccessibleDescription(self.status.text())

    def set_position(self, text: str, can_step: bool) -> None:
        self.position_label.setText(text)
        self.previous_button.setEnabled(can_step)
        self.next_button.setEnabled(can_step)


class SpeakerDelegate(QStyledItemDelegate):
    """Paints a row: colour swatch, name (bold) over title (muted), quotation count on the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        lines = 2 if index.data(SpeakerRole.TITLE) or index.data(SpeakerRole.GROUP) else 1
        return QSize(200, metrics.height() * lines + metrics.leading() + 2 * _PADDING)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the style draws the row; the names are painted below, bold over the title

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # The row's background, selection and focus as the style draws them. Nothing here names
        # QStyle or reads option.state: either makes PySide build QStyle's Python enums (~8 ms,
        # on the way to the window's first paint).
        super().paint(painter, option, index)
        self.initStyleOption(option, index)
        view = option.widget
        selection = view.selectionModel() if isinstance(view, QAbstractItemView) else None
        selected = selection is not None and selection.isSelected(index)  # the view's State_Selected
        palette: QPalette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        rect = option.rect.adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        self._paint_swatch(painter, rect, index.data(SpeakerRole.COLOR), text_color, selected)
        count_width = self._paint_count(painter, rect, index, option.font, text_color)
        text_rect = rect.adjusted(_SWATCH + _PADDING, 0, -count_width - _PADDING, 0)
        self._paint_names(painter, text_rect, index, option.font, text_color, palette, selected)
        painter.restore()

    def _paint_swatch(
        self, painter: QPainter, rect: QRect, color: QColor | None, outline: QColor, selected: bool
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = rect.top() + (QFontMetrics(painter.font()).height() - _SWATCH) // 2
        swatch = QRect(rect.left(), top, _SWATCH, _SWATCH)
        if color is None:  # "all speakers": a ring in the text colour
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            # On a selected row the ring takes the selected text's colour, so a swatch of the
            # selection's own hue (blue on blue) still stands out.
            painter.setPen(QPen(outline if selected else color.darker(130), 2 if selected else 1))
            painter.setBrush(color)
        painter.drawEllipse(swatch)

    def _paint_count(
        self,
        painter: QPainter,
        rect: QRect,
        index: QModelIndex | QPersistentModelIndex,
        font: QFont,
        color: QColor,
    ) -> int:
        direct = index.data(SpeakerRole.DIRECT_COUNT) or 0
        indirect = index.data(SpeakerRole.INDIRECT_COUNT) or 0
        text = f"{direct}" + (f" + {indirect}" if indirect else "")  # explained by the panel's legend
        painter.setFont(font)
        painter.setPen(color)
        width = QFontMetrics(font).horizontalAdvance(text)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), text)
        return width

    def _paint_names(
        self,
        painter: QPainter,
        rect: QRect,
        index: QModelIndex | QPersistentModelIndex,
        font: QFont,
        color: QColor,
        palette: QPalette,
        selected: bool,
    ) -> None:
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.setFont(bold)
        painter.setPen(color)
        painter.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
        )
        title = index.data(SpeakerRole.TITLE)
        if index.data(SpeakerRole.GROUP):
            title = " · ".join(filter(None, [group_word(), title]))
        if title:
            muted = color if selected else palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setFont(font)
            painter.setPen(muted)
            title_rect = rect.adjusted(0, metrics.height(), 0, 0)
            painter.drawText(
                title_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
            )
