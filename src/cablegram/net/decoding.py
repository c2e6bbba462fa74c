"""Undo ``Content-Encoding`` layers while counting decoded bytes, so no response can grow past a limit.

Each layer (``gzip``/``x-gzip``, ``deflate``, ``identity``) decompresses at most ``PIECE`` bytes at a
time and hands them to the next layer, however many layers the server stacked: memory stays at a
few pieces per layer, and decoding stops as soon as the final output passes ``max_bytes``.
Other encodings (``br``, ``zstd``, ``compress``) are refused: cablegram only asks for gzip and deflate.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

PIECE = 64 * 1024
MAX_LAYERS = 4
SUPPORTED = ("gzip", "x-gzip", "deflate", "identity")


class DecodingError(Exception):
    """The body cannot be decoded (unknown encoding, too many layers, corrupt data)."""


class DecodedTooLarge(Exception):
    """The decoded body passed the limit; ``size`` bytes had been decoded when decoding stopped."""

    def __init__(self, size: int):
        super().__init__(size)
        self.size = size


class _ZlibLayer:
    """One gzip or deflate layer; several concatenated gzip members are read in turn."""

    def __init__(self, encoding: str):
        self.encoding = encoding
        self._obj = None if encoding == "deflate" else zlib.decompressobj(16 + zlib.MAX_WBITS)

    def _start_deflate(self, data: bytes) -> None:
        # "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: tell them apart by the header.
        zlib_header = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
        self._obj = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._obj is None:
            self._start_deflate(data)
        try:
            while data:
                out = self._obj.decompress(data, PIECE)
                if out:
                    yield out
                data = self._obj.unconsumed_tail
                if self._obj.eof:
                    data = self._obj.unused_data + data
                    if self.encoding == "deflate" or not data.strip(b"\x00"):
                        return
                    self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)  # the next gzip member
        except zlib.error as exc:
            raise DecodingError(f"corrupt {self.encoding} data ({exc})") from None

    def flush(self) -> Iterator[bytes]:
        if self._obj is None:
            return
        try:
            while True:
                out = self._obj.flush(PIECE)
                if not out:
                    return
                yield out
        except zlib.error as exc:
            raise DecodingError(f"corrupt {self.encoding} data ({exc})") from None


def parse_encodings(header: str | None) -> list[str]:
    """The encodings of a Content-Encoding header, in the order they were applied; DecodingError if unsupported."""
    names = [n.strip().lower() for n in (header or "").split(",") if n.strip()]
    names = [n for n in names if n != "identity"]
    unknown = [n for n in names if n not in SUPPORTED]
    if unknown:
        raise DecodingError(f"unsupported Content-Encoding {', '.join(unknown)}")
    if len(names) > MAX_LAYERS:
        raise DecodingError(f"{len(names)} stacked Content-Encodings (at most {MAX_LAYERS} are decoded)")
    return names


class BoundedDecoder:
    """Decodes a body encoded with ``encodings`` (as applied, outermost last) into at most ``max_bytes``."""

    def __init__(self, encodings: list[str], max_bytes: int):
        self.layers = [_ZlibLayer(e) for e in reversed(encodings)]  # outermost first
        self.max_bytes = max_bytes
        self.size = 0

    def _through(self, pieces: Iterator[bytes], depth: int) -> Iterator[bytes]:
        if depth == len(self.layers):
            yield from pieces
            return
        layer = self.layers[depth]
        for piece in pieces:
            yield from self._through(layer.feed(piece), depth + 1)

    def _count(self, pieces: Iterator[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            self.size += len(piece)
            if self.size > self.max_bytes:
                raise DecodedTooLarge(self.size)
            yield piece

    def feed(self, raw: bytes) -> Iterator[bytes]:
        """Decoded pieces of the next raw chunk; DecodedTooLarge once the total passes the limit."""
        yield from self._count(self._through(iter([raw]), 0))

    def finish(self) -> Iterator[bytes]:
        """Whatever the layers still hold at the end of the body."""
        for depth, layer in enumerate(self.layers):
            yield from self._count(self._through(layer.flush(), depth + 1))
