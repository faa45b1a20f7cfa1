"""Extractors: plain functions from a parsed spaCy ``Doc`` to mentions, statements and their attributes."""
