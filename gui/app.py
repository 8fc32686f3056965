"""Start-up of the reader window: application, fonts, settings, the first article."""

from __future__ import annotations

import gc
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

import gui.feature_scan  # noqa: F401  (first of Qt: spares PySide's scan of every later import)
from gui.bundled import APP_ICON, bundled_article_text, resource
from gui.cli import ReaderOptions
from gui.engine.formats.file_names import printable
from gui.engine.reading import Reading
from gui.fonts import CjkFonts, load_cjk_fonts
from gui.highlights import ALL_SPEAKERS
from gui.language import install_language, resolve
from gui.main_window import MainWindow
from gui.messages import translated
from gui.settings import Settings
from gui.speaker_colors import dark_palette, is_dark

_SCREENSHOT_TIMEOUT_MS = 60_000
SCREENSHOT_SIZE = (1180, 780)
_SIGNAL_POLL_MS = 200
_COLLECTION_AT_LATEST_MS = 10_000  # the collector, paused for start-up, is back by then unpainted
_REMAINING_PARTS_AT_LATEST_MS = 1_000  # the window's shortcuts, painted or not (see MainWindow)
# Benchmarks (tests/benchmarks/bench_reader.py) set these to quit right after the article's first
# paint, or after the first paint of the speaker list filled by the analysis.
EXIT_AFTER_FIRST_PAINT = "YANLU_EXIT_AFTER_FIRST_PAINT"
EXIT_AFTER_SPEAKERS = "YANLU_EXIT_AFTER_SPEAKERS"


def create_application(color_scheme: str | None = None) -> QApplication:
    """The QApplication, named before anything asks Qt for the user's folders."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Yanlu")
    app.setApplicationName("Yanlu")
    if color_scheme:
        force_color_scheme(app, dark=color_scheme == "dark")
    return app


def force_color_scheme(app: QApplication, dark: bool) -> None:
    """Ask the platform for a scheme; where it cannot follow (offscreen, some desktops) set a palette."""
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    if is_dark(app.palette()) != dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else app.style().standardPalette())


def use_cjk_ui_font(app: QApplication, fonts: CjkFonts) -> None:
    """Let menus and the speaker panel draw Han with the CJK font when the UI font lacks it."""
    ui_font = QFont(app.font())
    cjk = fonts.font_for_ui()
    if cjk:
        ui_font.setFamilies([ui_font.family(), cjk])
        fonts.use_regular_weight(ui_font)
        app.setFont(ui_font)


def build_window(settings: Settings | None = None, first_frame_only: bool = False) -> MainWindow:
    """A window with the CJK fonts in place (also what the tests drive); ``first_frame_only``:
    see ``MainWindow``."""
    app = QApplication.instance()
    fonts = load_cjk_fonts()
    use_cjk_ui_font(app, fonts)
    settings = settings or Settings.open()
    install_language(resolve(settings.language))
    icon = QIcon(str(resource(APP_ICON)))  # drawn when first asked for, at the size asked
    window = MainWindow(settings, fonts, icon, first_frame_only)
    if settings.problem:
        window.message_bar.show_message(translated(settings.problem))
    # A failed save later: said once, in the interface's language.
    settings.on_problem = lambda message: window.message_bar.show_message(translated(message))
    return window


def open_first_article(window: MainWindow, file: str | None) -> bool:
    """Open ``file``, else the last article, else the bundled one; False when ``file`` failed."""
    if file:
        opened = window.open_file(file)  # None: still loading, the bundled article meanwhile
        if opened is not True:
            window.show_reading(Reading.parse(bundled_article_text()))
        return opened is not False
    last = window.settings.last_article
    if last and Path(last).is_file() and window.open_file(last) is True:
        return True
    if window.reading is None:
        window.show_reading(Reading.parse(bundled_article_text()))
    return True


def run_reader(options: ReaderOptions) -> int:
    app = create_application(options.color_scheme)
    # What the first frame does not show is made right after it (a picture or a PDF: at once).
    progressive = not (options.screenshot or options.pdf)
    window = build_window(first_frame_only=progressive)
    if options.variant is not None:
        window.set_variant(options.variant, remember=False)  # a one-off choice, not a new default
    window.remember_window = not (options.screenshot or options.pdf)
    opened = open_first_article(window, options.file)
    if not opened and (options.screenshot or options.pdf):
        print(f"yanlu: {printable(options.file)}: {window.message_bar.text()}", file=sys.stderr)
        return _close_for_error(window)
    if os.environ.get(EXIT_AFTER_SPEAKERS) == "1" and os.environ.get(EXIT_AFTER_FIRST_PAINT) != "1":
        exit_after_speakers(app, window)
    if options.screenshot:
        window.resize(*SCREENSHOT_SIZE)  # the same picture whatever size the window was left at
    window.take_ready_analysis()
    if progressive:
        viewport = window.article_view.viewport()
        viewport.installEventFilter(_OnFirstPaint(window, window.add_remaining_parts))
        QTimer.singleShot(_REMAINING_PARTS_AT_LATEST_MS, window, window.add_remaining_parts)
    if not gc.isenabled():  # paused by gui/cli.py for the start-up
        window.article_view.viewport().installEventFilter(_OnFirstPaint(window, _resume_collection))
        # (and at the latest after a while: a window the desktop keeps unmapped never paints)
        QTimer.singleShot(_COLLECTION_AT_LATEST_MS, window, _resume_collection)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1":
        # (Installed last, so called first: the time is taken before what follows the paint.)
        window.article_view.viewport().installEventFilter(_FirstPaintExit(app, window))
    if not options.pdf:
        window.show()
    if options.speaker or options.screenshot or options.pdf:
        wait_until_ready(window)
    if options.speaker in ("*", "all"):
        window.select_speaker(ALL_SPEAKERS)
    elif options.speaker:
        speaker = window.reading.find_speaker(options.speaker) if window.reading else None
        if speaker is None:
            names = ", ".join(s.name for s in window.reading.analysis.speakers) if window.reading else ""
            print(
                f"yanlu: no speaker named {printable(repr(options.speaker))} in this article "
                f"(speakers: {names or 'none'})",
                file=sys.stderr,
            )
            return _close_for_error(window)
        window.select_speaker(speaker.name)
    if options.screenshot:
        return save_screenshot(app, window, options.screenshot)
    if options.pdf:
        return save_pdf(window, options.pdf)
    close_on_signals(window)
    return app.exec()


def exit_after_speakers(app: QApplication, window: MainWindow) -> None:
    """Quit once the speaker list shows the analysis of the article opened (start-up benchmark).
    A file that takes long to load shows the bundled article meanwhile: its speakers are not the
    file's (they made a 3.2 M-character file look listed in 3 s)."""
    speakers = window.speaker_panel.list.viewport()

    def on_ready() -> None:
        if not window.loading:
            speakers.installEventFilter(_FirstPaintExit(app, window, "speakers listed"))

    window.reading_ready.connect(on_ready)


def _close_for_error(window: MainWindow) -> int:
    """Close the window on a command-line error (status 2) before the process ends, so the
    engine's late answers are not delivered to a window being torn down."""
    window.remember_window = False
    window.close()
    return 2


def close_on_signals(window: MainWindow) -> None:
    """Ctrl+C in the terminal, or a polite kill, closes the window as its close button would:
    settings saved, the engine process ended, no traceback."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: window.close())
    # Python runs signal handlers only between bytecodes: a timer gives it the chance while Qt waits.
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)
    ticker.start(_SIGNAL_POLL_MS)


def _resume_collection() -> None:
    """Collect garbage again; what start-up made lasts as long as the window, and is frozen."""
    if gc.isenabled():
        return  # (resumed already: freezing again would keep later garbage for good)
    gc.freeze()
    gc.enable()


class _OnFirstPaint(QObject):
    """Calls ``callback`` once the watched widget's first paint is done."""

    def __init__(self, parent: QObject, callback: Callable[[], None]) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after this paint (and the window's flush)
        return False


class _FirstPaintExit(QObject):
    """Once the watched widget has painted, print when that was and quit (start-up benchmark)."""

    def __init__(self, app: QApplication, parent: QObject, what: str = "first paint") -> None:
        super().__init__(parent)
        self._app = app
        self._what = what

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)  # runs once this paint (and the window's flush) is done
        return False

    def _report(self) -> None:
        print(
            f"yanlu: {self._what} {_ms_since_process_start():.1f} ms after process start "
            f"(epoch {time.time():.6f}) cpu {time.process_time() * 1000:.1f} ms",
            flush=True,
        )
        self._app.quit()


def _ms_since_process_start() -> float:
    """Wall time since this process started (Linux /proc, 10 ms resolution); NaN elsewhere."""
    try:
        start_ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return float("nan")


def wait_until_ready(window: MainWindow, timeout_ms: int = _SCREENSHOT_TIMEOUT_MS) -> None:
    """Run the event loop until the background analysis and conversions are done."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    deadline = QTimer()
    deadline.setSingleShot(True)

    def check() -> None:
        if window.is_idle():
            loop.quit()

    timer.timeout.connect(check)
    deadline.timeout.connect(loop.quit)
    timer.start()
    deadline.start(timeout_ms)
    loop.exec()
    timer.stop()


def save_pdf(window: MainWindow, path: str) -> int:
    """``yanlu FILE --pdf OUT.pdf``: print the article as shown to a PDF and exit."""
    from gui.printing import write_pdf

    try:
        pages = write_pdf(window, path)
    except OSError as error:
        print(f"yanlu: could not write the PDF to {path}: {error.strerror or error}", file=sys.stderr)
        return 2
    print(f"yanlu: {path}: {pages} page(s)", file=sys.stderr)
    window.close()
    return 0


def save_screenshot(app: QGuiApplication, window: MainWindow, path: str) -> int:
    for _ in range(5):
        app.processEvents()
    if not window.grab().save(path, "PNG"):
        print(f"yanlu: could not write the screenshot to {path}", file=sys.stderr)
        return 2
    window.close()
    return 0
