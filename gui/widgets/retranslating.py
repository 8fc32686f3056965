"""A mixin for widgets whose words change with the interface language."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Calls ``_retranslate`` when Qt announces a new language (a translator was installed).

    Put it before the Qt class: ``class ScriptBar(Retranslating, QWidget)``.
    """

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # type: ignore[misc]
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _retranslate(self) -> None:
        raise NotImplementedError
