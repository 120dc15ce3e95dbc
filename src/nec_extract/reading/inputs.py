"""Reading input files: bytes to text with the encoding recorded, binary files refused, saved web
pages turned into the plain text that every offset indexes.

Encodings are tried from the most certain to the least: a byte order mark, UTF-16 without one (its
NUL bytes give it away), strict UTF-8, UTF-8 with a few stray bytes (kept as UTF-8, the stray bytes
read as cp1252, and said in a notice), then the legacy single-byte encodings. Short English files in
cp1252 fool charset-normalizer (it reads ``NEC Report – 28 March`` as cp1125 and ``£5`` as UTF-16),
so cp1252 / Latin-1 is taken when it decodes to plausible Western text, and charset-normalizer is
asked only about the rest.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

InputFormat = Literal["text", "html"]


class InputError(Exception):
    """A file that cannot be turned into text; ``kind`` names the error for records and messages."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class DecodedText:
    """The text extraction runs on (offsets index it), how its bytes were decoded, and its format.

    ``notice`` says, in a sentence for the user, a decision worth knowing (a UTF-8 file with stray bytes).
    """

    text: str
    encoding: str
    input_format: InputFormat = "text"
    notice: str | None = None


def read_source(path: str) -> tuple[bytes, str]:
    """The raw bytes of a path, or of standard input for ``-``; raises InputError."""
    import sys

    from nec_extract.reading.discover import shown_name

    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    file = Path(path)
    shown = shown_name(path)
    try:
        return file.read_bytes(), shown
    except FileNotFoundError:
        raise InputError("FileNotFound", f"no such file: {shown}") from None
    except IsADirectoryError:
        raise InputError("IsADirectory", f"is a directory: {shown}") from None
    except PermissionError:
        raise InputError("PermissionDenied", f"permission denied: {shown}") from None
    except OSError as error:
        raise InputError("ReadError", f"cannot read {shown}: {error.strerror or error}") from None


def load_text(data: bytes, name: str) -> DecodedText:
    """The text to extract from: decoded, and converted to plain text when it is a saved web page
    (an ``.html``/``.htm`` name, or HTML markup at its start). Raises InputError for refused input."""
    decoded = decode(data)
    if not is_html(name, decoded.text):
        return decoded
    return DecodedText(html_to_text(decoded.text), decoded.encoding, "html", decoded.notice)


# ---------------------------------------------------------------------------------------------
# bytes to text

# (mark, codec of what follows it, name recorded); in this order: the UTF-32 LE mark starts with UTF-16 LE's.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

_FILE_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (.zip, .docx, .odt)"),
    (b"PK\x05\x06", "a ZIP archive (.zip, .docx, .odt)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable"),
)

SNIFF_BYTES = 8192
# Share of control characters (other than layout whitespace) above which decoded text is binary.
MAX_CONTROL_SHARE = 0.05
# A cp1252 reading is Western text when at most this share of its letters is non-ASCII, or when it
# has too few letters to tell (then English, this tool's language, is the better bet).
MAX_NON_ASCII_LETTER_SHARE = 0.3
MIN_LETTERS_TO_JUDGE = 20

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_STRAY_BYTE = re.compile("[\udc80-\udcff]")  # how surrogateescape shows a byte that is not UTF-8
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# bytes that are printable characters in cp1252 but controls in Latin-1
_CP1252_ONLY_BYTE = re.compile(rb"[\x80-\x9f]")


def decode(data: bytes) -> DecodedText:
    """Decode bytes to text and name the encoding used; raises InputError for binary data."""
    _refuse_known_binary(data)
    decoded = _decode_text(data)
    if _control_share(decoded.text) > MAX_CONTROL_SHARE:
        raise InputError("BinaryFile", "binary content, not text")
    return decoded


def _decode_text(data: bytes) -> DecodedText:
    if not data:
        return DecodedText("", "utf-8")
    for mark, codec, label in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _strict(data[len(mark) :], codec, label)
    if b"\x00" in data[:SNIFF_BYTES]:
        utf16 = _utf16_without_mark(data)
        if utf16 is None:
            raise InputError("BinaryFile", "binary content (NUL bytes), not text")
        return _strict(data, utf16, label=utf16)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _utf8_with_stray_bytes(data)
    return _decode_legacy(data)


def _strict(data: bytes, codec: str, label: str) -> DecodedText:
    try:
        return DecodedText(data.decode(codec), label)
    except UnicodeDecodeError as error:
        raise InputError("UndecodableFile", f"not valid {label} at byte {error.start}") from None


def _refuse_known_binary(data: bytes) -> None:
    for signature, description in _FILE_SIGNATURES:
        if data.startswith(signature):
            raise InputError("BinaryFile", f"binary content ({description}), not text")


def _utf16_without_mark(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when NUL bytes fall on every other byte, as in UTF-16 of Latin text."""
    sample = data[:SNIFF_BYTES]
    half = max(len(sample) // 2, 1)
    zeros_even = sample[0::2].count(0) / half
    zeros_odd = sample[1::2].count(0) / half
    if len(data) % 2 or min(zeros_even, zeros_odd) > 0.05 or max(zeros_even, zeros_odd) < 0.3:
        return None
    return "utf-16-le" if zeros_odd > zeros_even else "utf-16-be"


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes (a pasted cp1252 quote): at least as many valid multi-byte sequences
    as invalid bytes, or valid sequences that are mostly characters Western text uses (dashes, curly
    quotes, accented letters: what cp1252 can write). In a file really written in cp1252 such sequences
    arise only from text that was already misread ("â€“"), so even one of them tells UTF-8; the chance
    pairs of a cp1252 file ("ß“") read as characters from other scripts."""
    read = data.decode("utf-8", errors="replace")
    invalid = read.count("\ufffd")
    valid = [char for char in _NON_ASCII.findall(read) if char != "\ufffd"]
    western = sum(1 for char in valid if _cp1252_can_write(char))
    return bool(valid) and (len(valid) >= invalid or 2 * western >= len(valid))


def _cp1252_can_write(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _utf8_with_stray_bytes(data: bytes) -> DecodedText:
    """The UTF-8 reading, each stray byte read as its cp1252 character; the decision said in ``notice``."""
    text = data.decode("utf-8", errors=_CP1252_FALLBACK)
    stray = len(_STRAY_BYTE.findall(data.decode("utf-8", errors="surrogateescape")))
    label = "utf-8+cp1252"
    notice = f"mostly UTF-8: {stray} stray byte{'s' if stray != 1 else ''} read as cp1252 (encoding {label})"
    return DecodedText(text, label, notice=notice)


def _cp1252_or_latin1(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = error.object[error.start : error.end]
    return "".join(_single_byte_char(byte) for byte in stray), error.end


def _single_byte_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


_CP1252_FALLBACK = "nec_extract.cp1252_fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_or_latin1)


def _decode_legacy(data: bytes) -> DecodedText:
    """cp1252 (or Latin-1, when no byte needs cp1252) for Western text; else charset-normalizer."""
    text = data.decode("cp1252", errors=_CP1252_FALLBACK)  # the 5 bytes cp1252 leaves undefined: Latin-1
    if _looks_western(text):
        uses_cp1252_only_bytes = _CP1252_ONLY_BYTE.search(data) is not None
        return DecodedText(text, "cp1252" if uses_cp1252_only_bytes else "iso8859-1")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("UndecodableFile", "cannot detect a text encoding")
    return DecodedText(str(best), codecs.lookup(best.encoding).name)


def _looks_western(text: str) -> bool:
    """Mostly ASCII letters, as English (or French, German…) read in the right code page is."""
    ascii_text = text.encode("ascii", errors="ignore")
    ascii_letters = len(ascii_text) - len(ascii_text.translate(None, _ASCII_LETTERS))
    non_ascii_letters = sum(1 for char in _NON_ASCII.findall(text) if char.isalpha())  # few in Western text
    letters = ascii_letters + non_ascii_letters
    return letters < MIN_LETTERS_TO_JUDGE or non_ascii_letters / letters <= MAX_NON_ASCII_LETTER_SHARE


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


# ---------------------------------------------------------------------------------------------
# saved web pages

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_START = re.compile(
    # a comment never spans "-->", and comments once matched are not given back: no backtracking blow-up
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:(?!-->).)*-->\s*)*+<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_ANY_TAG = re.compile(r"<[A-Za-z!/]")
# block elements html-text does not start a line for
_NEWLINE_TAGS = frozenset({"section", "address", "center", "summary", "caption"})
# characters lxml refuses in a text node (a browser shows none of them)
_NOT_XML_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# elements whose content a reader does not see as page text
_DROPPED_TAGS = ("head", "noscript", "template")


def is_html(name: str, text: str) -> bool:
    """A saved web page: named ``.html``/``.htm`` and holding a tag, or starting with HTML markup."""
    start = text[:SNIFF_BYTES]
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        return bool(_ANY_TAG.search(start))
    return bool(_HTML_START.match(start))


def html_to_text(markup: str) -> str:
    """The page's visible text as paragraphs separated by blank lines (html-text's layout): scripts,
    styles, comments and the ``<head>`` (whose title repeats the headline) are left out."""
    import html_text

    tree = html_text.parse_html(_NOT_XML_CHAR.sub(" ", markup))
    for tag in _DROPPED_TAGS:
        for element in list(tree.iter(tag)):
            element.drop_tree()
    with contextlib.suppress(AssertionError):  # an lxml cleaner bug on some trees: convert them uncleaned
        tree = html_text.cleaner.clean_html(tree)
    return html_text.etree_to_text(
        tree,
        newline_tags=html_text.NEWLINE_TAGS | _NEWLINE_TAGS,
        double_newline_tags=html_text.DOUBLE_NEWLINE_TAGS - {"title"},
    )
