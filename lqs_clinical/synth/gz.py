"""The one way the synthetic writers make a ``.csv.gz``: byte-for-byte reproducible."""

from __future__ import annotations

import gzip
from typing import BinaryIO


def reproducible_gzip(raw: BinaryIO, compresslevel: int = 9) -> gzip.GzipFile:
    """A gzip writer over ``raw`` with mtime 0 and no file name in its header.

    ``gzip.open`` stamps the write time and the file name into the header, so the same seed would write
    different bytes a second later; the bundle hashes its input files, and tests compare two writes.
    """
    return gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=compresslevel)
