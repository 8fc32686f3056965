"""Loaders: bytes from a file, a page or a book into one article's text, or a clear LoadError."""
