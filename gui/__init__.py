"""Yanlu 言錄: a desktop reader for Chinese news that shows who said what."""

from gui.engine import dataclass_code

__version__ = "0.1.0"

dataclass_code.install()  # before any of Yanlu's dataclasses is defined (start-up time)
