"""Yanlu 言錄: a desktop reader for Chinese news that shows who said what."""

__version__ = "0.1.0"
