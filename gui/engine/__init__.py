"""The text engine: article parsing, script conversion, quotation and speaker analysis.

Nothing in this package imports Qt, so it is fast to test headless and usable from the
command line (``yanlu analyze``).
"""
