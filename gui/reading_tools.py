"""Reading help and quotations to take away, added to the main window in one place:
find (Edit ▸ Find), the reading position per article, copying quotations with their attribution
(article and speaker-list context menus, Edit menu), File ▸ Export (CSV, JSON, Markdown),
File ▸ Print… and Export PDF….

F3 / Shift+F3 keep stepping quotations; Ctrl+G / Ctrl+Shift+G (and Enter / Shift+Enter in the
find bar) step the find matches, so the quotation actions give up Qt's second FindNext key.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from gui.engine.model import Quote
from gui.highlights import ALL_SPEAKERS, selected_quotes
from gui.messages import os_reason
from gui.reading_positions import PositionStore, ReadingPositions

if TYPE_CHECKING:
    from gui.engine.export import Attribution, MarkdownWords
    from gui.find_controller import FindController
    from gui.main_window import MainWindow
    from gui.widgets.find_bar import FindBar

EXPORT_SUFFIXES = {"csv": ".csv", "json": ".json", "md": ".md"}


class ReadingTools(QObject):
    """Builds the find bar, the reading positions and the copy/export/print actions of ``window``."""

    def __init__(self, window: MainWindow) -> None:
        """The parts the first frame shows: the reader's place in the article and the Edit
        menu's title (its entries, the context menus and shortcuts come with ``add_actions``)."""
        super().__init__(window)
        self._window = window
        self._find: FindController | None = None
        self.positions = ReadingPositions(window, PositionStore.beside(window.settings.path))
        self.edit_menu = QMenu(window.menuBar())
        window.menuBar().insertMenu(window.view_menu.menuAction(), self.edit_menu)  # after File
        self._has_actions = False
        self.retranslate()
        window.installEventFilter(self)  # LanguageChange: the words again

    def add_actions(self) -> None:
        """Find, copy, export and print: the menus' entries, their shortcuts, the context menus."""
        if self._has_actions:
            return
        self._has_actions = True
        self._build_actions()
        self._build_menus()
        self.retranslate()
        window = self._window
        view = window.article_view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._article_menu)
        speakers = window.speaker_panel.list
        speakers.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        speakers.customContextMenuRequested.connect(self._speaker_menu)

    @property
    def find(self) -> FindController:
        """The find bar's controller, made (with the bar, under the article) on first use."""
        if self._find is None:
            from gui.find_controller import FindController
            from gui.widgets.find_bar import FindBar

            bar = FindBar(self._window)
            bar.hide()
            self._window.centralWidget().layout().addWidget(bar)
            self._find = FindController(self._window, bar)
        return self._find

    @property
    def find_bar(self) -> FindBar:
        return self.find.bar

    # -- actions and menus -----------------------------------------------------------------

    def _action(self, slot: object, *keys: QKeySequence | QKeySequence.StandardKey) -> QAction:
        action = QAction(self._window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        self._window.addAction(action)  # window-wide shortcuts
        return action

    def _build_actions(self) -> None:
        """The actions; their words are set in ``retranslate`` (and again on a language change)."""
        window = self._window
        # Qt's FindNext is "F3, Ctrl+G" on Linux: F3 stays with the quotations, Ctrl+G goes to find.
        window.next_action.setShortcut(QKeySequence("F3"))
        window.previous_action.setShortcut(QKeySequence("Shift+F3"))
        self.find_action = self._action(lambda: self.find.open(), QKeySequence.StandardKey.Find)
        self.find_next_action = self._action(lambda: self.find.step(1), QKeySequence("Ctrl+G"))
        self.find_previous_action = self._action(lambda: self.find.step(-1), QKeySequence("Ctrl+Shift+G"))
        self.copy_quote_action = self._action(self.copy_current_quote, QKeySequence("Ctrl+Shift+C"))
        self.copy_speaker_action = self._action(self.copy_selected_speaker)
        self.export_actions = {
            fmt: self._action(lambda _checked=False, f=fmt: self.export_dialog(f)) for fmt in EXPORT_SUFFIXES
        }
        self.print_action = self._action(self.print_dialog, QKeySequence.StandardKey.Print)
        self.pdf_action = self._action(self.pdf_dialog)

    def _build_menus(self) -> None:
        window = self._window
        file_menu = window.file_menu
        quit_action = window.quit_action  # new entries go above Quit
        self.export_menu = QMenu(file_menu)
        for action in self.export_actions.values():
            self.export_menu.addAction(action)
        file_menu.insertMenu(quit_action, self.export_menu)
        file_menu.insertAction(quit_action, self.pdf_action)
        file_menu.insertAction(quit_action, self.print_action)
        file_menu.insertSeparator(quit_action)

        for action in (self.find_action, self.find_next_action, self.find_previous_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.copy_quote_action)
        self.edit_menu.addAction(self.copy_speaker_action)
        self.edit_menu.aboutToShow.connect(self._update_copy_actions)
        # And with the selection: a disabled action's shortcut does nothing, so entries turned
        # off while the menu showed must come back on without it.
        window.speaker_selected.connect(lambda _key: self._update_copy_actions())

    def retranslate(self) -> None:
        """Every word of these menus in the current language."""
        self.edit_menu.setTitle(self.tr("&Edit"))
        if not self._has_actions:
            return
        self.find_action.setText(self.tr("&Find…"))
        self.find_next_action.setText(self.tr("Find &Next"))
        self.find_previous_action.setText(self.tr("Find Pre&vious"))
        self.copy_quote_action.setText(self.tr("Copy &Quotation with Attribution"))
        self.copy_speaker_action.setText(self.tr("Copy All of the &Speaker's Quotations"))
        self.export_actions["csv"].setText(self.tr("&CSV (spreadsheet)…"))
        self.export_actions["json"].setText(self.tr("&JSON…"))
        self.export_actions["md"].setText(self.tr("&Markdown…"))
        self.print_action.setText(self.tr("&Print…"))
        self.pdf_action.setText(self.tr("Export P&DF…"))
        self.export_menu.setTitle(self.tr("&Export Speakers and Quotations"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _update_copy_actions(self) -> None:
        window = self._window
        self.copy_quote_action.setEnabled(self._current_quote() is not None)
        speaker = (
            window.reading.analysis.speaker(window.selection) if window.reading and window.selection else None
        )
        self.copy_speaker_action.setEnabled(speaker is not None)
        name = window.reading.display_name(speaker, window.shown_view.variant) if speaker else ""
        self.copy_speaker_action.setText(
            self.tr("Copy All of %s's Quotations") % name
            if name
            else self.tr("Copy All of the Speaker's Quotations")
        )

    # -- copying quotations ------------------------------------------------------------------

    def quotation_text(self, quote: Quote) -> str:
        """“……” ——王建华，某市交通局局长, in the shown script."""
        view = self._window.shown_view
        assert view is not None
        start, end = view.span(quote.start, quote.end)
        from gui.engine.export import attributed_quotation

        return attributed_quotation(
            view.text, start, end, quote.kind == "direct", self._attribution(quote.speaker)
        )

    def speaker_text(self, speaker: str) -> str:
        """All of ``speaker``'s quotations, one a line, then who said them."""
        window = self._window
        view = window.shown_view
        assert window.reading is not None and view is not None
        quotes = window.reading.analysis.quotes_of(speaker)
        spans = [(*view.span(q.start, q.end), q.kind == "direct") for q in quotes]
        from gui.engine.export import speaker_quotations

        return speaker_quotations(view.text, spans, self._attribution(speaker))

    def _attribution(self, speaker_name: str | None) -> Attribution:
        from gui.engine.export import Attribution

        window = self._window
        speaker = window.reading.analysis.speaker(speaker_name) if window.reading and speaker_name else None
        if speaker is None or window.shown_view is None:
            return Attribution(None)
        variant = window.shown_view.variant
        return Attribution(
            window.reading.display_name(speaker, variant), window.reading.display_title(speaker, variant)
        )

    def _current_quote(self) -> Quote | None:
        window = self._window
        if window.reading is None or window.current_quote is None:
            return None
        quotes = selected_quotes(window.reading, window.selection)
        return quotes[window.current_quote] if window.current_quote < len(quotes) else None

    def copy_current_quote(self) -> None:
        quote = self._current_quote()
        if quote is not None:
            self._copy(self.quotation_text(quote))

    def copy_selected_speaker(self) -> None:
        window = self._window
        if window.reading and window.selection and window.reading.analysis.speaker(window.selection):
            self._copy(self.speaker_text(window.selection))

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._window.statusBar().showMessage(self.tr("Copied: %s") % text.splitlines()[0][:60], 4000)

    def _article_menu(self, position: QPoint) -> None:
        menu = self.article_menu_at(position)
        menu.exec(self._window.article_view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def article_menu_at(self, position: QPoint) -> QMenu:
        """The text's usual menu (Copy, Select All), Find and, over a quotation, copying it."""
        window = self._window
        view = window.article_view
        menu = view.createStandardContextMenu(position)
        quote = None
        if window.reading is not None and window.shown_view is not None:
            offset = view.offset_at(position)
            quote = window.reading.quote_at(window.shown_view.offsets.to_source(offset))
        menu.addSeparator()
        menu.addAction(self.find_action)
        if quote is not None:
            menu.addSeparator()
            copy = menu.addAction(self.tr("Copy Quotation with Attribution"))
            copy.triggered.connect(lambda: self._copy(self.quotation_text(quote)))
            self._add_speaker_copy(menu, quote.speaker)
        return menu

    def _speaker_menu(self, position: QPoint) -> None:
        window = self._window
        index = window.speaker_panel.list.indexAt(position)
        key = window.speaker_model.key_at(index.row()) if index.isValid() else None
        if key in (None, ALL_SPEAKERS):
            return
        menu = QMenu(window)
        self._add_speaker_copy(menu, key)
        menu.exec(window.speaker_panel.list.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _add_speaker_copy(self, menu: QMenu, speaker_name: str | None) -> None:
        window = self._window
        speaker = window.reading.analysis.speaker(speaker_name) if window.reading and speaker_name else None
        if speaker is None or window.shown_view is None:
            return
        name = window.reading.display_name(speaker, window.shown_view.variant)
        action = menu.addAction(self.tr("Copy All of %s's Quotations") % name)
        action.triggered.connect(lambda: self._copy(self.speaker_text(speaker.name)))

    # -- export and print --------------------------------------------------------------------

    def _ready(self) -> bool:
        window = self._window
        if window.reading is None or window.shown_view is None:
            return False
        if not window.is_idle():
            window.statusBar().showMessage(
                self.tr("Yanlu is still analysing this article; try again in a moment."), 4000
            )
            return False
        return True

    def _suggested_path(self, suffix: str) -> str:
        window = self._window
        stem = Path(window.source_path).stem if window.source_path else "yanlu"
        folder = Path(window.source_path).parent if window.source_path else Path.home()
        return str(folder / f"{stem}-{window.shown_view.variant.value}{suffix}")

    def export_dialog(self, fmt: str) -> None:
        if not self._ready():
            return
        file_filter = {
            "csv": self.tr("CSV, UTF-8 (*.csv)"),
            "json": self.tr("JSON (*.json)"),
            "md": self.tr("Markdown (*.md)"),
        }[fmt]
        from PySide6.QtWidgets import QFileDialog  # (on first use: PySide builds its enums)

        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export Speakers and Quotations"),
            self._suggested_path(EXPORT_SUFFIXES[fmt]),
            file_filter,
        )
        if path:
            self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str) -> bool:
        """Write the shown article's speakers and quotations to ``path`` in ``fmt`` (csv, json, md)."""
        from gui.export_command import render_article, write_export

        window = self._window
        assert window.reading is not None and window.shown_view is not None
        source = Path(window.source_path).name if window.source_path else ""
        # Markdown quotes with the marks on screen (「」 in 臺灣 and 香港 unless turned off).
        text = render_article(
            window.reading,
            fmt,
            window.shown_view.variant,
            source,
            self._markdown_words(),
            corner_quotes=window.settings.corner_quotes,
        )
        try:
            write_export(text, path, fmt)
        except OSError as error:
            window.message_bar.show_message(
                self.tr("Could not write %s: %s") % (path, os_reason(error))
            )
            return False
        window.statusBar().showMessage(self.tr("Exported to %s") % path, 4000)
        return True

    def _markdown_words(self) -> MarkdownWords:
        """A Markdown export's own words, in the interface's language."""
        from gui.engine.export import MarkdownWords

        return MarkdownWords(
            heading=self.tr("Speakers and quotations"),
            source=self.tr("Source: %s"),
            unknown_speaker=self.tr("Speaker unknown"),
            reported=self.tr("reported"),
            none_found=self.tr("No quotations found."),
        )

    def pdf_dialog(self) -> None:
        if not self._ready():
            return
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export PDF"), self._suggested_path(".pdf"), self.tr("PDF (*.pdf)")
        )
        if path:
            from gui.printing import write_pdf

            try:
                write_pdf(self._window, path)
            except OSError as error:  # a folder gone or read-only: said, as for the other exports
                self._window.message_bar.show_message(
                    self.tr("Could not write %s: %s") % (path, os_reason(error))
                )
                return
            self._window.statusBar().showMessage(self.tr("Exported to %s") % path, 4000)

    def print_dialog(self) -> None:
        if self._ready():
            from gui.printing import print_with_dialog

            print_with_dialog(self._window)
