"""Reading input files: bytes to text with the encoding recorded; binary files refused."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path


class InputError(Exception):
    """A file that cannot be turned into text; ``kind`` names the error for records and messages."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def read_source(path: str) -> tuple[bytes, str]:
    """The raw bytes of a path, or of standard input for ``-``; raises InputError."""
    import sys

    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    file = Path(path)
    try:
        return file.read_bytes(), path
    except FileNotFoundError:
        raise InputError("FileNotFound", f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError("IsADirectory", f"is a directory: {path}") from None
    except PermissionError:
        raise InputError("PermissionDenied", f"permission denied: {path}") from None
    except OSError as error:
        raise InputError("ReadError", f"cannot read {path}: {error.strerror or error}") from None


def decode(data: bytes) -> DecodedText:
    """Decode bytes: a BOM wins, then strict UTF-8, then charset-normalizer's best guess."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return DecodedText(data.decode(name), name)
    if b"\x00" in data[:4096] and not _looks_like_utf16(data):
        raise InputError("BinaryFile", "binary content, not text")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("UndecodableFile", "cannot detect a text encoding")
    text = str(best)
    if _control_share(text) > 0.05:
        raise InputError("BinaryFile", "binary content, not text")
    return DecodedText(text, best.encoding)


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = max(len(sample) // 2, 1)
    return max(zeros_even, zeros_odd) / half > 0.3 and min(zeros_even, zeros_odd) / half < 0.05


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / len(text)
