"""The main window: article in the middle, speakers on the right, scripts in the toolbar."""

from __future__ import annotations

import os
from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QResizeEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QProgressBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gui.bundled import installed_version
from gui.engine.formats.file_names import printable, short_name, shortened
from gui.engine.model import Quote
from gui.engine.reading import Reading
from gui.engine.scripts.quotation_style import REGIONAL_CORNER_QUOTES, with_corner_quotes
from gui.engine.scripts.script_variants import ScriptView, Variant
from gui.fonts import CjkFonts
from gui.highlights import ALL_SPEAKERS, HighlightPlan, selected_quotes
from gui.language import ENDONYMS, LANGUAGES, install_language, resolve
from gui.reading_worker import ENGINE_DIED_TWICE, ReadingWorker
from gui.settings import DEFAULT_FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE, Settings
from gui.speaker_colors import SpeakerPalette
from gui.speaker_model import SpeakerListModel, SpeakerRow
from gui.ui_text import (
    all_speakers,
    app_name,
    current_quote_status,
    quote_counts,
    quote_description,
    selection_status,
    speaker_count,
    unknown_speaker,
    variant_description,
    variant_label,
)
from gui.widgets.article_view import ArticleView
from gui.widgets.message_bar import MessageBar
from gui.widgets.script_bar import ScriptBar
from gui.widgets.speaker_panel import SpeakerPanel

if TYPE_CHECKING:
    from gui.document_opener import DocumentOpener

_PANEL_SHARE = 3  # the speaker panel takes at most a third of the window's width
_PANEL_MIN_WIDTH = 160
# Views of texts up to this size are made on the spot when not ready yet (a few milliseconds);
# longer texts wait for the background worker.
SMALL_TEXT = 60_000


class MainWindow(QMainWindow):
    """The reader. Owns its views and wires them in ``_connect``.

    Signals:
        variant_changed(str): the article is now shown in this script (a ``Variant`` value).
        speaker_selected(str): this speaker is selected ("*" for all, "" for none).
        reading_ready(): the analysis of the current article is shown.
        article_shown(): another article (or chapter) is on screen, at its top.
        about_to_display(str): this script is about to be laid out (the view's layout can be set).
    """

    variant_changed = Signal(str)
    about_to_display = Signal(str)
    speaker_selected = Signal(str)
    reading_ready = Signal()
    article_shown = Signal()

    def __init__(
        self, settings: Settings, fonts: CjkFonts, icon: QIcon | None = None, first_frame_only: bool = False
    ) -> None:
        """``first_frame_only``: what the first frame does not show waits for ``add_remaining_parts``
        (start-up calls it once the window has painted)."""
        super().__init__()
        self.setObjectName("mainWindow")
        if icon is not None:
            self.setWindowIcon(icon)
        self.setAcceptDrops(True)
        self.settings = settings
        self.fonts = fonts
        self.reading: Reading | None = None
        self.variant = settings.variant
        self.selection: str | None = None
        self.current_quote: int | None = None
        self.source_path: str | None = None
        self._shown: ScriptView | None = None
        self._pending_variant: Variant | None = None
        self._job = 0
        self._busy = False
        self._analysed = False  # the shown reading's analysis has arrived (or came with it)
        self.remember_window = True  # false for screenshots: they must not change the user's layout
        self._colors = SpeakerPalette(0, self.palette())
        self._counted: tuple[object, Counter[tuple[str | None, str]]] = (None, Counter())
        self._opener: DocumentOpener | None = None
        self._build()
        self._build_menus()
        self._retranslate()
        self._connect()
        self._add_reading_tools()
        if any(settings.pinyin_shown(variant) for variant in Variant):
            self._add_reading_help()  # the first layout leaves the pinyin its room
        self._first_use: _FirstUse | None = None
        if first_frame_only:
            self._first_use = _FirstUse(self)
        else:
            self.add_remaining_parts()
        self._set_can_step("", False)  # nothing to step through before an analysis arrives
        self._restore_window()

    def add_remaining_parts(self) -> None:
        """What the first frame does not show: the entries of the Edit menu and their shortcuts,
        the context menus, pinyin and the dictionary, the article's script (View menu). At
        start-up they are made right after the first paint (~7 ms sooner on screen); a second
        call does nothing."""
        if self._first_use is not None:
            self._first_use.stop()
            self._first_use = None
        self.reading_tools.add_actions()
        if not hasattr(self, "reading_help"):
            self._add_reading_help()
        if not hasattr(self, "source_script_menu"):
            self._add_source_script_menu()

    # -- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        self.worker = ReadingWorker(self)
        self.article_view = ArticleView(self)
        self.message_bar = MessageBar(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.article_view, 1)
        self.setCentralWidget(central)

        self.speaker_model = SpeakerListModel(self)
        self.speaker_panel = SpeakerPanel(self.speaker_model, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.speaker_panel)
        self.resizeDocks([self.speaker_panel], [300], Qt.Orientation.Horizontal)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.script_bar = ScriptBar(self.toolbar)
        self.script_bar.set_variant(self.variant)
        self.chapter_box = QComboBox(self.toolbar)
        self.chapter_box.setMinimumContentsLength(12)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator: conversion time is not known ahead
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.speaker_label = QLabel(self)
        self.speaker_label.setObjectName("speakerStatus")
        self.speaker_label.setTextFormat(Qt.TextFormat.PlainText)  # names come from the article
        self.statusBar().addWidget(self.speaker_label, 1)

    def _build_menus(self) -> None:
        """Menus and actions; their words are set in ``_retranslate`` (and again on a language change)."""
        self.file_menu = self.menuBar().addMenu("")
        self.open_action = self._action(QKeySequence.StandardKey.Open, self.choose_file)
        self.paste_action = self._action(QKeySequence("Ctrl+Shift+V"), self.paste_article)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        self.file_menu.addAction(self.paste_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = self.menuBar().addMenu("")
        self.variant_actions: dict[Variant, QAction] = {}
        for number, variant in enumerate(Variant, start=1):
            action = self._action(
                QKeySequence(f"Ctrl+{number}"), lambda _checked=False, v=variant: self.set_variant(v)
            )
            self.view_menu.addAction(action)
            self.variant_actions[variant] = action
        self.view_menu.addSeparator()
        self.taiwan_phrases_action = self.view_menu.addAction("")
        self.taiwan_phrases_action.setCheckable(True)
        self.taiwan_phrases_action.setChecked(self.settings.taiwan_phrases)
        self.corner_quotes_action = self.view_menu.addAction("")
        self.corner_quotes_action.setCheckable(True)
        self.corner_quotes_action.setChecked(self.settings.corner_quotes)
        self.encoding_menu = self.view_menu.addMenu("")
        self.encoding_menu.setEnabled(False)  # filled and enabled when a file is opened
        self.view_menu.addSeparator()
        self.zoom_in_action = self._action(QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(1))
        # Ctrl+= as well: on most keyboards "+" needs Shift, and Ctrl+= is what people press.
        self.zoom_in_action.setShortcuts([*self.zoom_in_action.shortcuts(), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(-1))
        self.zoom_reset_action = self._action(QKeySequence("Ctrl+0"), self.reset_zoom)
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.speaker_panel.toggleViewAction())
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("", *LANGUAGES):
            action = self.language_menu.addAction(ENDONYMS.get(code, ""))
            action.setCheckable(True)
            action.setChecked(code == self.settings.language)
            self.language_group.addAction(action)
            self.language_actions[code] = action
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))

        self.quote_menu = self.menuBar().addMenu("")
        self.next_action = self._action(QKeySequence.StandardKey.FindNext, lambda: self.step_quote(1))
        self.previous_action = self._action(
            QKeySequence.StandardKey.FindPrevious, lambda: self.step_quote(-1)
        )
        self.all_action = self._action(
            QKeySequence("Ctrl+Shift+A"), lambda: self.select_speaker(ALL_SPEAKERS)
        )
        self.clear_action = self._action(QKeySequence("Esc"), lambda: self.select_speaker(None))
        for action in (self.next_action, self.previous_action, self.all_action, self.clear_action):
            self.quote_menu.addAction(action)

        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = self._action(QKeySequence.StandardKey.HelpContents, self.show_shortcuts)
        self.about_action = self._action(QKeySequence(), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

        # Previous/next live in the panel (and the Quotations menu): the toolbar keeps to files and scripts.
        self.toolbar.addAction(self.open_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.script_bar)
        self._chapter_action = self.toolbar.addWidget(self.chapter_box)
        self._chapter_action.setVisible(False)

    def _retranslate(self) -> None:
        """Every word of the window in the current language (Qt sends LanguageChange on a switch)."""
        QGuiApplication.setApplicationDisplayName(app_name())
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.chapter_box.setAccessibleName(self.tr("Chapter"))
        self.progress.setAccessibleName(self.tr("Working"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open…"))
        self.paste_action.setText(self.tr("P&aste as Article"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        for variant, action in self.variant_actions.items():
            action.setText(variant_description(variant))
        self.taiwan_phrases_action.setText(self.tr("Taiwan &Vocabulary in the Taiwan View"))
        self.taiwan_phrases_action.setToolTip(
            self.tr(
                "Also swap mainland words for Taiwan ones (software, optimise). Off by default: "
                "it changes the wording of the news source."
            )
        )
        self.corner_quotes_action.setText(self.tr("&Corner Quotation Marks in Taiwan and Hong Kong"))
        self.corner_quotes_action.setToolTip(
            self.tr(
                "Show corner brackets, the quotation marks used in Taiwan and Hong Kong, in those two views."
            )
        )
        self.encoding_menu.setTitle(self.tr("Reopen with &Encoding"))
        self.zoom_in_action.setText(self.tr("Zoom &In"))
        self.zoom_out_action.setText(self.tr("Zoom &Out"))
        self.zoom_reset_action.setText(self.tr("&Actual Size"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[""].setText(self.tr("System Language"))
        self.quote_menu.setTitle(self.tr("&Quotations"))
        self.next_action.setText(self.tr("&Next Quotation"))
        self.previous_action.setText(self.tr("&Previous Quotation"))
        self.all_action.setText(self.tr("Show &All Speakers"))
        self.clear_action.setText(self.tr("&Clear Highlights"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard Shortcuts"))
        self.about_action.setText(self.tr("&About Yanlu"))
        self._update_title()
        if self.reading is not None:
            self._refresh_speaker_names()
            self._announce_selection()

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work while the focus is anywhere in the window
        return action

    def _connect(self) -> None:
        """All wiring between the window's parts, in one place."""
        self.script_bar.variant_changed.connect(lambda value: self.set_variant(Variant(value)))
        self.speaker_panel.speaker_clicked.connect(self._on_speaker_clicked)
        self.speaker_panel.speaker_focused.connect(self.select_speaker)
        self.article_view.zoom_requested.connect(self.zoom)
        self.speaker_panel.step_requested.connect(self.step_quote)
        self.article_view.clicked_at.connect(self._on_text_clicked)
        self.article_view.set_tooltip_provider(self._tooltip_at)
        self.taiwan_phrases_action.toggled.connect(self.set_taiwan_phrases)
        self.corner_quotes_action.toggled.connect(self.set_corner_quotes)
        self.worker.signals.analysed.connect(self._on_analysed)
        self.worker.signals.view_ready.connect(self._on_view_ready)
        self.worker.signals.failed.connect(self._on_failed)
        self.chapter_box.activated.connect(self._on_chapter_chosen)
        self.message_bar.action_triggered.connect(self._on_message_action)

    def _add_reading_tools(self) -> None:
        """Find, reading positions, quotations to take away, print (built in gui/reading_tools.py)."""
        from gui.reading_tools import ReadingTools

        self.reading_tools = ReadingTools(self)

    def _add_reading_help(self) -> None:
        """Pinyin over the text and the dictionary popup (built in gui/reading_help.py)."""
        from gui.reading_help import ReadingHelp

        self.reading_help = ReadingHelp(self)

    def _add_source_script_menu(self) -> None:
        """View ▸ Article's Script: the reader can overrule the detected script (gui/source_script.py)."""
        from gui.source_script import SourceScriptMenu

        self.source_script_menu = SourceScriptMenu(self)  # (it ticks the shown article's script)

    def _restore_window(self) -> None:
        geometry, state = self.settings.geometry(), self.settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 780)
        if state is not None:
            self.restoreState(state)

    # -- showing an article ----------------------------------------------------------------------

    def show_reading(self, reading: Reading, path: str | None = None) -> None:
        """Show a parsed article now; its analysis and other scripts follow in the background."""
        reading.taiwan_phrases = self.settings.taiwan_phrases
        self.reading = reading
        self.source_path = path
        self.selection, self.current_quote = None, None
        self._pending_variant = None
        self._shown = None  # a new article opens at its top, not at the last one's place
        self.statusBar().clearMessage()
        self._analysed = bool(reading.analysis.quotes or reading.analysis.speakers)
        self.speaker_panel.set_finding(not self._analysed)
        self._update_title()
        self._refresh_speakers()
        # The engine starts on the other core before the text is laid out here (a book's first
        # layout takes ~0.2 s): its analysis and views are that much sooner.
        self._start_work(analyse=not self._analysed)
        self._display(self.variant if self._view_available(self.variant) else Variant.ORIGINAL)
        if self._shown is not None and self._shown.variant is not self.variant:
            self._pending_variant = self.variant
        self.article_shown.emit()

    def take_ready_analysis(self) -> bool:
        """Show the speakers now if the engine has already analysed the article (at start-up,
        before the window first paints: the text and its speakers appear together)."""
        return self.worker.take_ready_analysis()

    @property
    def shown_view(self) -> ScriptView | None:
        """The script view on screen (offsets of the article view's text)."""
        return self._shown

    def _start_work(self, analyse: bool) -> None:
        assert self.reading is not None
        self.progress.show()
        self._busy = True
        # Sent at once, first paint or not: the engine process works on the other core, and it
        # was started with the application, so it is usually ready for the text by now.
        # The wanted script first; the original is cheap but still made there, off the UI thread.
        order = [self.variant, *(v for v in Variant if v is not self.variant)]
        self._job = self.worker.start(self.reading, order, analyse)

    def _view_available(self, variant: Variant) -> bool:
        assert self.reading is not None
        small = len(self.reading.text) <= SMALL_TEXT
        return variant is Variant.ORIGINAL or small or self.reading.has_view(variant)

    def _display(self, variant: Variant) -> None:
        """Put the article in ``variant`` on screen, keeping the reader's place and highlights."""
        assert self.reading is not None
        view = self.reading.display_view(variant)
        if self.settings.corner_quotes and variant in REGIONAL_CORNER_QUOTES:
            view = with_corner_quotes(view)  # one mark for one: every offset stays as it was
        place = None
        if self._shown is not None and self._shown.text:
            place = self._shown.offsets.to_source(self.article_view.first_visible_offset())
        article = self.reading.article
        self.about_to_display.emit(variant.value)
        self.article_view.show_text(
            view.text,
            view.offsets.to_view(article.title_end),
            view.offsets.to_view(article.footer_start),
            self.fonts.font_for(variant, self.settings.font_size, view.text),
            [view.span(start, end) for start, end in article.headings],
        )
        self._shown = view
        if place:
            self.article_view.scroll_to_top(view.offsets.to_view(place))
        self._use_names_font(variant)
        self._refresh_speaker_names()
        self._refresh_highlights()
        self.script_bar.set_variant(variant)
        self._update_title()
        self._announce_selection()  # the status bar names the speaker in the new script
        if self._opener is not None:
            self._opener.retitle_chapters(variant)
        self.variant_changed.emit(variant.value)

    def redisplay(self) -> None:
        """Lay the shown article out again, keeping the reader's place and the highlights."""
        if self.reading is not None and self._shown is not None:
            self._display(self._shown.variant)

    def _use_names_font(self, variant: Variant) -> None:
        """Names in the panel and status bar drawn with the script's regional letterforms."""
        regional = self.fonts.font_for(variant, self.font().pointSizeF()).family()
        font = QFont(self.font())
        families = font.families() or [font.family()]
        if regional:
            # Latin from the interface font, Han from the script's own cut (黄 in SC, 黃 in TC).
            font.setFamilies([families[0], regional, *(f for f in families[1:] if f != regional)])
            self.fonts.use_regular_weight(font)
        for widget in (self.speaker_panel.list, self.speaker_label):
            widget.setFont(font)

    def set_variant(self, variant: Variant, remember: bool = True) -> None:
        """Switch the script; ``remember`` keeps it for next time (a command-line choice does not)."""
        self.variant = variant
        if remember:
            self.settings.variant = variant
        self.script_bar.set_variant(variant)
        if self.reading is None:
            return
        if self._view_available(variant):
            self._pending_variant = None
            self.statusBar().clearMessage()
            self._display(variant)
            return
        self._pending_variant = variant
        self.statusBar().showMessage(self.tr("Converting to %1…").replace("%1", variant_label(variant)))
        if not self._busy:  # a running job makes every script, this one included
            self._start_work(analyse=not self._analysed)

    def set_taiwan_phrases(self, enabled: bool) -> None:
        self.settings.taiwan_phrases = enabled
        if self.reading is None:
            return
        self.reading.taiwan_phrases = enabled
        # Views made with the other setting are useless now: start over (the analysis is kept).
        self._start_work(analyse=not self._analysed)
        self.set_variant(self.variant)

    def set_script_given(self, traditional: bool | None) -> None:
        """The reader says which script the article is in (None: Yanlu finds it from the text)."""
        if self.reading is None or self.reading.script_given == traditional:
            return
        self.reading.set_script_given(traditional)
        # Every converted view depends on it: made anew, the reader's place kept (the analysis stays).
        self._start_work(analyse=not self._analysed)
        if self._shown is None or self._shown.variant is not Variant.ORIGINAL:
            self.set_variant(self.variant, remember=False)  # 原文 is the same in any script: kept

    def set_corner_quotes(self, enabled: bool) -> None:
        """「」『』 in the Taiwan and Hong Kong views (their own convention), or “”‘’ as elsewhere."""
        self.settings.corner_quotes = enabled
        if self.reading is not None and self._shown is not None:
            self._display(self._shown.variant)

    def zoom(self, steps: int) -> None:
        """Make the reading font ``steps`` points larger (negative: smaller); remembered."""
        self._set_font_size(self.settings.font_size + steps)

    def reset_zoom(self) -> None:
        self._set_font_size(DEFAULT_FONT_SIZE)

    def _set_font_size(self, size: float) -> None:
        size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))
        if size == self.settings.font_size:
            return
        self.settings.font_size = size
        if self.reading is not None and self._shown is not None:
            self._display(self._shown.variant)

    def set_language(self, language: str) -> None:
        """Switch the interface language ("" follows the system); remembered for next time."""
        self.settings.language = language
        self.language_actions.get(language, self.language_actions[""]).setChecked(True)
        install_language(resolve(language))  # Qt sends LanguageChange to every widget

    def show_shortcuts(self) -> None:
        rows = [
            (
                action.text().replace("&", ""),
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for action in self.actions()
            if not action.shortcut().isEmpty() and action.text()
        ]
        table = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>" for name, keys in rows)
        from PySide6.QtWidgets import QMessageBox  # (dialogs on first use: PySide builds their enums)

        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard Shortcuts"), "", parent=self)
        box.setObjectName("shortcutsDialog")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table>{table}</table>")
        box.open()

    def about_text(self) -> str:
        return "<p><b>{}</b> {}</p><p>{}</p><p>{}</p><p>{}</p><p>{}</p>".format(
            app_name(),
            installed_version(),
            self.tr("A reader for Chinese news that shows who said what."),
            self.tr(
                "Script conversion uses OpenCC's dictionaries (Apache License 2.0). When no Chinese "
                "font is installed, Yanlu shows the bundled Noto Sans CJK (SIL Open Font License 1.1)."
            ),
            self.tr(
                "The dictionary is CC-CEDICT by MDBG and its contributors (Creative Commons "
                "Attribution-ShareAlike 4.0, cc-cedict.org). Pinyin readings come from pypinyin (MIT)."
            ),
            self.tr("Built with Qt for Python (PySide6, LGPL 3)."),
        )

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Yanlu"), self.about_text())

    # -- speakers and highlights -------------------------------------------------------------------

    def _refresh_speakers(self) -> None:
        assert self.reading is not None
        # Made when first shown: for a book's hundreds of speakers they held the window ~0.15 s here.
        self._colors = SpeakerPalette(len(self.reading.analysis.speakers), self.palette())
        self._refresh_speaker_names()

    def _refresh_speaker_names(self) -> None:
        if self.reading is None:
            return
        variant = self._shown.variant if self._shown else Variant.ORIGINAL
        analysis = self.reading.analysis
        rows = []
        if analysis.speakers:
            direct = sum(q.kind == "direct" for q in analysis.quotes)
            rows.append(
                SpeakerRow(
                    ALL_SPEAKERS,
                    all_speakers(),
                    None,
                    False,
                    direct,
                    len(analysis.quotes) - direct,
                    None,
                )
            )
        counts = self._quote_counts()
        for index, speaker in enumerate(analysis.speakers):
            rows.append(
                SpeakerRow(
                    speaker.name,
                    self.reading.display_name(speaker, variant),
                    self.reading.display_title(speaker, variant),
                    speaker.group,
                    counts.get((speaker.name, "direct"), 0),
                    counts.get((speaker.name, "indirect"), 0),
                    self._colors.swatch(index) if index < len(self._colors) else None,
                )
            )
        self.speaker_model.set_rows(rows)
        self.speaker_panel.select_row(self.speaker_model.row_of(self.selection) if self.selection else -1)

    def _quote_counts(self) -> Counter[tuple[str | None, str]]:
        """How many quotations of each kind each speaker has: counted once per analysis (a book
        has hundreds of speakers and thousands of quotations)."""
        assert self.reading is not None
        analysis = self.reading.analysis
        if self._counted[0] is not analysis:
            self._counted = (analysis, Counter((q.speaker, q.kind) for q in analysis.quotes))
        return self._counted[1]

    def _on_speaker_clicked(self, key: str) -> None:
        self.select_speaker(None if key == self.selection else key)

    def select_speaker(self, key: str | None, reveal: bool = True) -> None:
        """Highlight ``key``'s quotations (``ALL_SPEAKERS`` for everyone, None to clear)."""
        if self.reading is None:
            return
        self.selection = key or None
        quotes = selected_quotes(self.reading, self.selection)
        self.current_quote = 0 if quotes else None
        self.speaker_panel.select_row(self.speaker_model.row_of(key) if key else -1)
        self._refresh_highlights()
        if reveal and quotes:
            self._reveal_current()
        self._announce_selection()
        self.speaker_selected.emit(self.selection or "")

    def step_quote(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) quotation of the selection, wrapping round."""
        if self.reading is None:
            return
        if not self.selection:
            self.select_speaker(ALL_SPEAKERS)
            return
        quotes = selected_quotes(self.reading, self.selection)
        if not quotes:
            return
        self.current_quote = ((self.current_quote or 0) + delta) % len(quotes)
        self._refresh_highlights()
        self._reveal_current()
        self._announce_selection()

    def _reveal_current(self) -> None:
        assert self.reading is not None and self._shown is not None
        quotes = selected_quotes(self.reading, self.selection)
        if self.current_quote is not None and quotes:
            quote = quotes[self.current_quote]
            self.article_view.reveal(*self._shown.span(quote.start, quote.end))

    def _refresh_highlights(self) -> None:
        if self.reading is None or self._shown is None:
            return
        plan = HighlightPlan(self.reading, self._shown, self.selection, self.current_quote)
        if not plan:
            self.article_view.set_highlights(None)
            return
        formats: dict[tuple[int, bool, bool], QTextCharFormat] = {}

        def spans(start: int, end: int) -> list[tuple[int, int, QTextCharFormat]]:
            """Asked by the view for the part of the text on screen (a book has thousands)."""
            placed = []
            for h in plan.between(start, end):
                key = (h.speaker_index, h.indirect, h.current)
                if key not in formats:
                    formats[key] = self._highlight_format(*key)
                placed.append((h.start, h.end, formats[key]))
            return placed

        self.article_view.set_highlights(spans)

    def _highlight_format(self, speaker_index: int, indirect: bool, current: bool) -> QTextCharFormat:
        char_format = QTextCharFormat()
        colors = self._colors[speaker_index] if 0 <= speaker_index < len(self._colors) else None
        if colors is None:  # words the text gives to no one it names: grey, lighter when reported
            background = QColor(128, 128, 128, 35 if indirect else 60)
        else:
            background = colors.indirect if indirect else colors.direct
        char_format.setBackground(background)
        if indirect:
            # Indirect speech is lighter and underlined: the difference is not carried by colour alone.
            char_format.setFontUnderline(True)
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            if colors:
                char_format.setUnderlineColor(colors.swatch)
        if current:
            char_format.setFontUnderline(True)
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            char_format.setUnderlineColor(self.palette().color(self.palette().ColorRole.Text))
        return char_format

    def _announce_selection(self) -> None:
        """The status bar, the panel's position and what a screen reader hears about the selection."""
        if self.reading is None or not self.selection:
            count = len(self.reading.analysis.speakers) if self.reading else 0
            self.speaker_label.setText(speaker_count(count) if count else "")
            # Nothing selected: F3 would select every speaker, so it can step once there are quotations.
            self._set_can_step("", bool(self.reading and self.reading.analysis.quotes))
            self._announce_current("")
            return
        quotes = selected_quotes(self.reading, self.selection)
        direct = sum(q.kind == "direct" for q in quotes)
        name = all_speakers()
        speaker = self.reading.analysis.speaker(self.selection)
        if speaker is not None:
            name = self.reading.display_name(
                speaker, self._shown.variant if self._shown else Variant.ORIGINAL
            )
        counts = quote_counts(direct, len(quotes) - direct)
        position = f"{(self.current_quote or 0) + 1} / {len(quotes)}" if quotes else ""
        where = position
        if position and speaker is None:
            # Under "all speakers" the colour says whose quotation this is; say it in words too.
            where += " · " + self._quote_tooltip(quotes[self.current_quote or 0])
        self.speaker_label.setText(selection_status(name, counts, where))
        self._set_can_step(position, len(quotes) > 1)
        current = ""
        if quotes and self.current_quote is not None:
            quote = quotes[self.current_quote]
            current = current_quote_status(self.current_quote + 1, len(quotes), self._quote_tooltip(quote))
        self._announce_current(current)

    def _set_can_step(self, position: str, can_step: bool) -> None:
        """The panel's position and ◀ ▶, and the menu's next/previous: enabled only when there
        is something to step through."""
        self.speaker_panel.set_position(position, can_step)
        self.next_action.setEnabled(can_step)
        self.previous_action.setEnabled(can_step)

    def _announce_current(self, description: str) -> None:
        """Tell assistive technology which quotation is current and whose it is."""
        view = self.article_view
        if view.accessibleDescription() == description:
            return
        view.setAccessibleDescription(description)
        # Imported here: PySide builds a class and its enums on first use (QAccessible's: ~2 ms of
        # start-up, where nothing is announced yet).
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.DescriptionChanged))
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.speaker_label, QAccessible.Event.NameChanged)
            )

    def _tooltip_at(self, view_offset: int) -> str | None:
        """Who said the quotation under the pointer, with their title."""
        if self.reading is None or self._shown is None:
            return None
        quote = self.reading.quote_at(self._shown.offsets.to_source(view_offset))
        return self._quote_tooltip(quote) if quote is not None else None

    def _quote_tooltip(self, quote: Quote) -> str:
        assert self.reading is not None and self._shown is not None
        speaker = self.reading.analysis.speaker(quote.speaker) if quote.speaker else None
        if speaker is None:
            return unknown_speaker()
        variant = self._shown.variant
        title = self.reading.display_title(speaker, variant)
        who = self.reading.display_name(speaker, variant) + (f" · {title}" if title else "")
        return quote_description(who, quote.kind == "indirect")

    def _on_text_clicked(self, view_offset: int) -> None:
        if self.reading is None or self._shown is None:
            return
        quote = self.reading.quote_at(self._shown.offsets.to_source(view_offset))
        if quote is None or quote.speaker is None:
            return
        self.select_speaker(quote.speaker, reveal=False)
        quotes = selected_quotes(self.reading, self.selection)
        self.current_quote = quotes.index(quote)
        self._refresh_highlights()
        self._announce_selection()

    # -- background work ---------------------------------------------------------------------------

    def _on_analysed(self, job: int) -> None:
        if job != self._job or self.reading is None:
            return
        self._analysed = True
        self.speaker_panel.set_finding(False, found_any=bool(self.reading.analysis.speakers))
        self._refresh_speakers()
        if self._shown is not None and self._shown.variant is Variant.ORIGINAL:
            # The original's text does not depend on the analysis: no need to lay a book out again.
            self._refresh_highlights()
        else:
            self._display(self._shown.variant if self._shown else self.variant)
        self._announce_selection()
        self.reading_ready.emit()

    def _on_view_ready(self, job: int, value: str) -> None:
        if job != self._job:
            return
        variant = Variant(value)
        if variant is self._pending_variant:
            self._pending_variant = None
            self.statusBar().clearMessage()
            self._display(variant)
        if all(self.reading is not None and self.reading.has_view(v) for v in Variant):
            self._busy = False
            self.progress.hide()

    def _on_failed(self, job: int, message: str) -> None:
        if job == self._job:
            self._busy = False
            self._pending_variant = None
            self.speaker_panel.set_finding(False)
            self.statusBar().clearMessage()
            self.progress.hide()
            if message == ENGINE_DIED_TWICE:
                text = self.tr(
                    "Yanlu could not analyse this text: its analysis process stopped twice while "
                    "working on it (the text may be too large for this computer's memory)."
                )
            else:  # an engine bug: its exception, which only a developer reads
                text = self.tr("Yanlu could not analyse this text: %1").replace("%1", message)
            self.message_bar.show_message(text)

    # -- files -------------------------------------------------------------------------------------

    def _update_title(self) -> None:
        """The article's title in the script shown, the file's name (escaped) and Yanlu's."""
        title = ""
        if self.reading is not None:
            title = self.reading.article.title
            if self._shown is not None:
                title = self._shown.text[: self._shown.offsets.to_view(self.reading.article.title_end)]
        name = short_name(self.source_path) if self.source_path else ""
        parts = [part for part in (title.strip(), name) if part]
        self.setWindowTitle(" — ".join([*parts, app_name()]))

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Article"),
            "",
            self.tr("Articles (*.txt *.md *.html *.htm *.epub);;All files (*)"),
        )
        if path:
            self.open_file(path)

    @property
    def opener(self) -> DocumentOpener:
        """The file opener, made (and its format readers imported) on first use."""
        if self._opener is None:
            from gui.document_opener import DocumentOpener

            self._opener = DocumentOpener(self)
        return self._opener

    def open_file(self, path: str, encoding: str | None = None, allow_large: bool = False) -> bool | None:
        """Open ``path``; on failure say why in the message bar and keep the current article.
        None: still loading in the background (progress and Cancel in the message bar)."""
        return self.opener.open_file(path, encoding, allow_large)

    def paste_article(self) -> None:
        self.opener.open_pasted_text(QGuiApplication.clipboard().text())

    def show_chapter_box(self, visible: bool) -> None:
        self._chapter_action.setVisible(visible)

    def _fill_recent_menu(self) -> None:
        import html  # here: its table of entities costs start-up ~1.5 ms

        self.recent_menu.clear()
        paths = self.settings.recent_files()
        names = Counter(short_name(path) for path in paths)
        for path in paths:
            label = short_name(path)
            if names[label] > 1:  # two notes.md from different folders: say which is which
                label += f" — {short_name(os.path.dirname(path))}"
            action = self.recent_menu.addAction(label.replace("&", "&&"))
            action.setToolTip(f"<p>{html.escape(printable(path))}</p>")
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if not self.recent_menu.actions():
            # A placeholder rather than a disabled menu: a disabled menu is never asked to show again.
            self.recent_menu.addAction(self.tr("(no recent files)")).setEnabled(False)

    def _on_chapter_chosen(self, index: int) -> None:
        self.opener.show_chapter(index)

    def _on_message_action(self) -> None:
        self.opener.run_message_action()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        local = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if local:
            self.open_file(local[0])
        elif mime.hasUrls():
            # A link from a browser: Yanlu never fetches, and the address is no article to read.
            address = shortened(mime.urls()[0].toDisplayString())
            self.message_bar.show_message(
                self.tr("Yanlu does not fetch web pages: save “%1” in your browser and open that file.")
                .replace("%1", address)
            )
        elif mime.hasText():
            self.opener.open_pasted_text(mime.text())
        event.acceptProposedAction()

    @property
    def loading(self) -> bool:
        """True while a file is loading in the background (the article shown is the last one)."""
        return self._opener is not None and self._opener.loading

    def is_idle(self) -> bool:
        """True when no analysis or conversion is pending for the shown article."""
        return (
            self.reading is not None and self._pending_variant is None and not self._busy and not self.loading
        )

    # -- lifecycle ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.reading is not None:
            self._refresh_speakers()  # follow the system's light/dark scheme
            self._refresh_highlights()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A small window keeps most of its width for the article.
        self.speaker_panel.setMaximumWidth(max(_PANEL_MIN_WIDTH, self.width() // _PANEL_SHARE))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.worker.cancel()
        if self.remember_window:
            self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        super().closeEvent(event)


class _FirstUse(QObject):
    """Until the parts a window built for its first frame lacks are made, a shortcut pressed or a
    menu opened makes them first (the first second of a start-up: Ctrl+F, F3, Ctrl+P must not be
    lost, nor a menu open without its entries). Qt asks the focus widget and then the window
    whether to override the keys before it looks them up: the actions are there in time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._menus = (window.file_menu, window.view_menu, window.reading_tools.edit_menu)
        window.installEventFilter(self)
        for menu in self._menus:
            menu.aboutToShow.connect(window.add_remaining_parts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            self._window.add_remaining_parts()
        return False

    def stop(self) -> None:
        self._window.removeEventFilter(self)
        for menu in self._menus:
            menu.aboutToShow.disconnect(self._window.add_remaining_parts)
        self.deleteLater()
