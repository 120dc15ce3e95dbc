"""Reading input: encodings, binary refusal, empty files, saved web pages and huge lines.

Every file is written into ``tmp_path`` by the test and read back as bytes, as the CLI reads it.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from nec_extract.language.text import MAX_SENTENCE_CHARS, split_sentences
from nec_extract.models import Document, Span
from nec_extract.pipeline import extract
from nec_extract.reading.inputs import DecodedText, InputError, decode, is_html, load_text, read_source

# Written for these tests: a non-breaking space, curly quotes, an en and an em dash, a pound sign.
REPORT = (
    "NEC Report – 28 March 2023\n"
    "\n"
    "The National Executive Committee met on Tuesday. Keir Starmer gave the Leader’s report, saying\u00a0“we "
    "are ready” — and the General Secretary reported that membership stood at 400,757 (£5 a month).\n"
    "\n"
    "A motion calling for a review of the complaints process was carried by 22 votes to 12.\n"
)


def load_file(tmp_path: Path, name: str, data: bytes) -> DecodedText:
    path = tmp_path / name
    path.write_bytes(data)
    raw, source = read_source(str(path))
    return load_text(raw, source)


def all_spans(document: Document) -> list[Span]:
    spans: list[Span] = []
    for report in document.reports:
        dates = [*report.dates, *([report.meeting_date] if report.meeting_date else [])]
        spans += [d.span for d in dates]
        spans += [m for s in report.speakers for m in s.mentions]
        spans += [m.evidence for m in report.motions] + [v.evidence for v in report.votes]
        spans += [m.vote.evidence for m in report.motions if m.vote]
        spans += [f.evidence for f in report.membership]
    return spans


def assert_spans_true(document: Document, text: str) -> None:
    for span in all_spans(document):
        assert text[span.start : span.end] == span.text


# --- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (REPORT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8-sig"),
        (REPORT.encode("utf-16"), "utf-16-le"),  # Python writes a BOM, little-endian on this machine
        (codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), "utf-16-be"),
        (REPORT.encode("utf-16-le"), "utf-16-le"),  # no BOM: told by its NUL bytes
        (REPORT.encode("utf-16-be"), "utf-16-be"),
        (REPORT.encode("utf-32"), "utf-32-le"),
        (REPORT.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "utf-32", "cp1252"],
)
def test_each_encoding_round_trips_with_odd_characters_kept(tmp_path: Path, data: bytes, encoding: str) -> None:
    decoded = load_file(tmp_path, "report.txt", data)
    assert decoded == DecodedText(REPORT, encoding, "text")
    assert "\u00a0" in decoded.text and "“we" in decoded.text and "—" in decoded.text


def test_latin1_without_cp1252_only_bytes_is_named_latin1(tmp_path: Path) -> None:
    text = "Café naïve résumé: the Treasurer’s report was £5 short.".replace("’", "'")
    decoded = load_file(tmp_path, "latin.txt", text.encode("latin-1"))
    assert (decoded.text, decoded.encoding) == (text, "iso8859-1")


@pytest.mark.parametrize("text", ["NEC Report – 28 March 2023", "£5", "é", "The General Secretary’s report"])
def test_short_cp1252_files_are_not_misread(tmp_path: Path, text: str) -> None:
    # charset-normalizer alone reads these as cp1125, UTF-16-BE, cp037 and cp1250
    decoded = load_file(tmp_path, "short.txt", text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding in {"cp1252", "iso8859-1"}


def test_a_byte_cp1252_leaves_undefined_is_kept_as_its_latin1_character(tmp_path: Path) -> None:
    data = b"Caf\xe9 \x81 and the \x93report\x94 that followed it at some length."
    decoded = load_file(tmp_path, "odd.txt", data)
    assert decoded.text == "Café \x81 and the “report” that followed it at some length."
    assert decoded.encoding == "cp1252"


def test_utf8_with_stray_cp1252_bytes_keeps_both(tmp_path: Path) -> None:
    data = ("Keir’s report – " * 5).encode("utf-8") + b"and a \x93pasted\x94 quote"
    decoded = load_file(tmp_path, "mixed.txt", data)
    assert decoded.text == "Keir’s report – " * 5 + "and a “pasted” quote"
    assert decoded.encoding == "utf-8+cp1252"


@pytest.mark.parametrize(
    ("valid", "stray"),
    [
        ("NEC Report – 14 March 2023\n\nThe budget was agreed.", b" A \x93pasted\x94 quote and \xa35."),
        ("Union minutes, 3 May: “all agreed”.", b" The caf\xe9 and the na\xefve \x96 and \x85"),
        ("Council group — notes.", b" \x91one\x92 \x91two\x92 \x91three\x92"),
    ],
    ids=["dash-and-strays", "quotes-and-latin1-strays", "one-dash-six-strays"],
)
def test_a_few_utf8_characters_outweigh_more_stray_bytes(tmp_path: Path, valid: str, stray: bytes) -> None:
    """A UTF-8 file with fewer good non-ASCII characters than bad bytes is still UTF-8: read whole as cp1252,
    its dash would become "â€“" and every offset after it would move."""
    decoded = load_file(tmp_path, "mixed.txt", valid.encode("utf-8") + stray)
    assert decoded.text == valid + stray.decode("cp1252")
    assert decoded.encoding == "utf-8+cp1252"
    stray_count = sum(1 for byte in stray if byte > 0x7F)
    assert decoded.notice == f"mostly UTF-8: {stray_count} stray bytes read as cp1252 (encoding utf-8+cp1252)"


def test_a_cp1252_file_is_not_taken_for_utf8_by_a_chance_pair_of_bytes(tmp_path: Path) -> None:
    """In cp1252, "Ä…" is two bytes that happen to be valid UTF-8 (for "ą"): one chance pair among many
    accented letters is not a UTF-8 file."""
    text = "Ärger… über die Grüße für Müller und Schäfer, schön."
    decoded = load_file(tmp_path, "german.txt", text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert decoded.notice is None


def test_non_western_single_byte_text_goes_to_charset_normalizer(tmp_path: Path) -> None:
    text = "Национальный исполнительный комитет собрался во вторник и принял резолюцию. " * 3
    decoded = load_file(tmp_path, "cyrillic.txt", text.encode("cp1251"))
    assert decoded.text == text
    assert decoded.encoding == "cp1251"


def test_document_records_the_encoding(tmp_path: Path) -> None:
    decoded = load_file(tmp_path, "report.txt", REPORT.encode("utf-16"))
    document = extract(decoded.text, "report.txt", encoding=decoded.encoding)
    assert document.encoding == "utf-16-le"
    assert [r.title for r in document.reports] == ["NEC Report – 28 March 2023"]
    assert_spans_true(document, decoded.text)


# --- binary, empty, unreadable ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "described"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (bytes(range(256)) * 4, "NUL"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08 text" * 50, "binary content"),
        (b"\x00\x01" * 3 + b"\x00", "NUL"),  # odd length: not UTF-16
    ],
    ids=["pdf", "docx", "png", "gzip", "all-bytes", "control-bytes", "odd-nul"],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes, described: str) -> None:
    with pytest.raises(InputError) as refused:
        load_file(tmp_path, "report.txt", data)
    assert refused.value.kind == "BinaryFile"
    assert described in refused.value.message


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t\r\n  \n", "\u00a0\n".encode(), codecs.BOM_UTF8, " \n".encode("utf-16")]
)
def test_empty_or_blank_file_is_a_document_with_no_reports(tmp_path: Path, data: bytes) -> None:
    decoded = load_file(tmp_path, "empty.txt", data)
    assert decoded.text.strip() == ""
    document = extract(decoded.text, "empty.txt", encoding=decoded.encoding)
    assert document.reports == []
    assert document.error is None


def test_missing_path_and_directory_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError) as missing:
        read_source(str(tmp_path / "nowhere.txt"))
    assert missing.value.kind == "FileNotFound"
    with pytest.raises(InputError) as folder:
        read_source(str(tmp_path))
    assert folder.value.kind == "IsADirectory"


def test_permission_denied_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(REPORT, encoding="utf-8")
    if os.geteuid() == 0:  # root reads anything: make the read fail as it would for a user

        def denied(self: Path) -> bytes:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", denied)
    else:
        path.chmod(0)
    with pytest.raises(InputError) as refused:
        read_source(str(path))
    assert refused.value.kind == "PermissionDenied"
    assert str(path) in refused.value.message


# --- saved web pages -------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>NEC Report – 28 March 2023 | A Blog</title>
<style>p { color: red }</style><script>var note = "<p>not page text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<!-- a comment that is not text -->
<article><h2 class="entry-title">NEC Report &ndash; 28 March 2023</h2>
<p>The National Executive Committee met on Tuesday. Keir Starmer gave the Leader&rsquo;s report,
   saying the party was ready for the <b>local elections</b> in May.</p>
<ul><li>Membership stood at 400,757.</li><li>The motion was carried by 22 votes to 12.</li></ul>
<p>First line<br>second line</p>
</article><footer>Leave a reply</footer><noscript>Please enable JavaScript</noscript></body></html>
"""


def test_html_page_becomes_paragraphs_of_plain_text(tmp_path: Path) -> None:
    decoded = load_file(tmp_path, "page.html", PAGE.encode("utf-8"))
    assert decoded.input_format == "html"
    assert decoded.encoding == "utf-8"
    assert decoded.text == (
        "Home | About\n\n"
        "NEC Report – 28 March 2023\n\n"
        "The National Executive Committee met on Tuesday. Keir Starmer gave the Leader’s report, saying the "
        "party was ready for the local elections in May.\n\n"
        "Membership stood at 400,757.\nThe motion was carried by 22 votes to 12.\n\n"
        "First line\nsecond line\n\n"
        "Leave a reply"
    )


def test_html_page_extracts_with_true_spans(tmp_path: Path) -> None:
    decoded = load_file(tmp_path, "page.htm", PAGE.encode("cp1252", errors="strict"))
    assert (decoded.input_format, decoded.encoding) == ("html", "cp1252")
    document = extract(decoded.text, "page.htm", encoding=decoded.encoding)
    assert [r.title for r in document.reports] == ["NEC Report – 28 March 2023"]
    assert_spans_true(document, decoded.text)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("page.html", "<p>A paragraph</p>", True),
        ("PAGE.HTM", "<div>x</div>", True),
        ("page.txt", "<!doctype html><html><body>x</body></html>", True),
        ("-", "  <?xml version='1.0'?>\n<!-- saved --><html><p>x</p></html>", True),
        ("page.txt", "<body>x</body>", True),
        ("-", "<!--a-->" * 1_000 + "<html>", True),
        ("-", "<!--a-->" * 1_000 + "x", False),  # once took exponential time to say no
        ("page.html", "Plain text saved with the wrong name, no markup.", False),
        ("report.txt", "The motion said <p> tags and <html> were banned.", False),
        ("report.txt", REPORT, False),
    ],
)
def test_html_is_told_by_name_and_by_content(name: str, text: str, expected: bool) -> None:
    assert is_html(name, text) is expected


def test_plain_text_named_html_is_kept_as_text(tmp_path: Path) -> None:
    decoded = load_file(tmp_path, "report.html", REPORT.encode("utf-8"))
    assert decoded == DecodedText(REPORT, "utf-8", "text")


# --- huge lines ----------------------------------------------------------------------------------


def test_five_megabyte_line_decodes_and_splits_into_bounded_sentences(tmp_path: Path) -> None:
    line = "the committee discussed the matter at length without any punctuation " * 73_000
    decoded = load_file(tmp_path, "huge.txt", line.encode("utf-8"))
    assert len(decoded.text) > 5_000_000
    sentences = split_sentences(decoded.text)
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE_CHARS
    assert "".join(s.text for s in sentences).replace(" ", "") == decoded.text.replace(" ", "")


def test_long_line_without_punctuation_extracts_with_true_spans() -> None:
    text = "NEC Report – 28 March 2023\n" + "members voted 22 to 12 and membership was 400757 " * 2_000
    document = extract(text, "long.txt")
    assert len(document.reports) == 1
    assert_spans_true(document, text)


def test_decode_is_the_text_half_of_load_text() -> None:
    assert decode(PAGE.encode("utf-8")) == DecodedText(PAGE, "utf-8", "text")
