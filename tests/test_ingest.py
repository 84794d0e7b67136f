"""Tests for pipeline.ingest and pipeline.legacy_encodings: formats, encodings, bad input."""

from __future__ import annotations

import codecs
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from vnreport_miner.errors import IngestError
from vnreport_miner.pipeline.ingest import (
    SUFFIX_FORMAT,
    doc_id_for,
    html_to_text,
    pdf_lines_to_text,
    read_document,
)
from vnreport_miner.pipeline.legacy_encodings import (
    DECODERS,
    ENCODERS,
    TCVN3_DECODE,
    VIETNAMESE_LETTERS,
    encode_tcvn3,
    encode_vni,
)

# Sentences written for these tests (no curly quotes: TCVN3 has no byte for them).
REPORT = (
    "BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2023\n\n"
    "Đảng ủy xã Hòa Phú có 120 đảng viên, trong đó 35 đồng chí là nữ. "
    "Trong năm, các chi bộ đã tổ chức sinh hoạt chuyên đề đều đặn và được đảng viên đồng tình.\n\n"
    "Nhiệm kỳ 2020-2025, Đảng bộ phấn đấu kết nạp từ 15 đảng viên trở lên mỗi năm; "
    "những người được kết nạp đều qua lớp bồi dưỡng nhận thức về Đảng.\n\n"
    "Ủy ban Kiểm tra Đảng ủy đã kiểm tra 4 tổ chức đảng, giám sát 12 đồng chí cấp ủy viên.\n"
)
DOCX_TABLE = [
    ["Chi bộ", "Đảng viên", "Nữ"],
    ["Thôn Phú Lộc", "40", "12"],
    ["Thôn Hòa Bình", "35", "9"],
]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _read(path: Path, max_bytes: int = 20_000_000):
    return read_document(path, path.parent, max_bytes)


# ---------------------------------------------------------------------------
# encodings

ENCODINGS: list[tuple[str, Callable[[str], bytes], str]] = [
    ("utf-8", lambda t: t.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    ("utf-16 with BOM", lambda t: t.encode("utf-16"), "utf-16"),
    ("utf-16-le without BOM", lambda t: t.encode("utf-16-le"), "utf-16"),
    ("utf-16-be without BOM", lambda t: t.encode("utf-16-be"), "utf-16"),
    ("windows-1258", ENCODERS["cp1258"], "cp1258"),
    ("tcvn3", ENCODERS["tcvn3"], "tcvn3"),
    ("vni", ENCODERS["vni"], "vni"),
]


@pytest.mark.parametrize(("label", "encode", "name"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_ingest_text_encoding_round_trip(
    tmp_path: Path, label: str, encode: Callable[[str], bytes], name: str
) -> None:
    doc = _read(_write(tmp_path, "bao_cao.txt", encode(REPORT)))
    assert doc.raw_text == REPORT, label
    assert doc.encoding == name
    assert doc.format == "txt"


@pytest.mark.parametrize("name", sorted(ENCODERS))
def test_legacy_encodings_round_trip_every_letter(name: str) -> None:
    letters = "".join(VIETNAMESE_LETTERS)
    assert len(VIETNAMESE_LETTERS) == 146  # 12 vowels x 6 tones x 2 cases + đ Đ
    text = f"{letters} {letters.lower()} {letters.upper()} 0123456789 ,.;:?!()%/-"
    assert DECODERS[name](ENCODERS[name](text)) == text


@pytest.mark.parametrize(
    ("name", "text", "data"),
    [
        ("tcvn3", "Đảng ủy", b"\xa7\xb6ng \xf1y"),
        ("tcvn3", "Hòa Phú", b"H\xdfa Ph\xf3"),
        ("vni", "Đảng ủy", b"\xd1a\xfbng u\xfby"),
        ("vni", "ước", b"\xf6\xf4\xf9c"),
        ("vni", "Ấp", b"A\xc1p"),
        ("cp1258", "Đảng", b"\xd0a\xd2ng"),
    ],
)
def test_legacy_encodings_known_bytes(name: str, text: str, data: bytes) -> None:
    assert ENCODERS[name](text) == data
    assert DECODERS[name](data) == text


@pytest.mark.parametrize(
    ("encode", "char"),
    [(encode_tcvn3, "“"), (encode_tcvn3, "µ"), (encode_vni, "ø"), (encode_vni, "€")],
)
def test_legacy_encodings_refuse_unencodable(encode: Callable[[str], bytes], char: str) -> None:
    if char == "€":  # Windows-1252 punctuation is part of VNI-Windows
        assert DECODERS["vni"](encode(char)) == char
        return
    with pytest.raises(UnicodeEncodeError):
        encode(f"Đảng {char}")


def test_legacy_encodings_tcvn3_table_matches_iconv() -> None:
    if shutil.which("iconv") is None:
        pytest.skip("iconv is not installed")
    data = bytes(sorted(TCVN3_DECODE))
    run = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data, capture_output=True
    )
    if run.returncode:
        pytest.skip("this iconv has no TCVN5712-1")
    assert run.stdout.decode("utf-8") == "".join(TCVN3_DECODE[b] for b in sorted(TCVN3_DECODE))


# ---------------------------------------------------------------------------
# HTML

PAGE = """<!DOCTYPE html><html><head>{meta}<title>Báo tỉnh - Tin xây dựng Đảng</title>
<style>.menu {{ color: red }}</style><script>var tracking = "của và đảng";</script></head>
<body><div class="top-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/ts">Thời sự</a></li></ul></div>
<nav><a href="/ct">Chính trị</a> | <a href="/kt">Kinh tế</a></nav>
<div class="wrapper"><div class="content-detail">
<h1>Đảng bộ xã Hòa Phú nâng cao chất lượng sinh hoạt chi bộ</h1>
<p>Đảng ủy xã Hòa Phú có 120 đảng viên, trong đó 35 đồng chí là nữ.</p>
<p>Năm 2023, xã kết nạp 12 đảng viên mới,<br>đạt 120% kế hoạch.</p>
<table><tr><th>Chi bộ</th><th>Đảng viên</th></tr><tr><td>Thôn Phú Lộc</td><td>40</td></tr></table>
<div class="share-tools">Chia sẻ Facebook Zalo</div>
<h3>Tin cùng chuyên mục</h3><ul><li><a href="/1">Huyện Đông tổng kết công tác kiểm tra</a></li>
<li><a href="/2">Xã Tây kết nạp đảng viên trẻ</a></li></ul>
</div>
<div class="sidebar"><h3>Tin liên quan</h3><p>Một bài khác của chuyên mục.</p></div></div>
<div id="thong-ke">Lượt truy cập: 123456</div>
<footer><p>Bản quyền thuộc Báo tỉnh</p></footer></body></html>"""
ARTICLE = (
    "Đảng bộ xã Hòa Phú nâng cao chất lượng sinh hoạt chi bộ\n\n"
    "Đảng ủy xã Hòa Phú có 120 đảng viên, trong đó 35 đồng chí là nữ.\n\n"
    "Năm 2023, xã kết nạp 12 đảng viên mới,\nđạt 120% kế hoạch.\n\n"
    "Chi bộ | Đảng viên\nThôn Phú Lộc | 40"
)


@pytest.mark.parametrize(
    ("meta", "encode", "name"),
    [
        ('<meta charset="utf-8">', lambda t: t.encode("utf-8"), "utf-8"),
        ("", lambda t: t.encode("utf-8"), "utf-8"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
            ENCODERS["cp1258"],
            "cp1258",
        ),
        (
            '<meta charset="iso-8859-1">',
            ENCODERS["tcvn3"],
            "tcvn3",
        ),  # .VnTime page labelled Western
        ("", ENCODERS["vni"], "vni"),
    ],
)
def test_ingest_html_main_text_only(
    tmp_path: Path, meta: str, encode: Callable[[str], bytes], name: str
) -> None:
    doc = _read(_write(tmp_path, "tin.html", encode(PAGE.format(meta=meta))))
    assert doc.raw_text == ARTICLE
    assert doc.encoding == name
    assert doc.format == "html"
    assert doc.title == "Đảng bộ xã Hòa Phú nâng cao chất lượng sinh hoạt chi bộ"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Một.</p><p>Hai.</p>", "Một.\n\nHai."),
        ("<div>Một.</div><div>Hai.</div>", "Một.\nHai."),
        ("<p>Một<br>hai</p><p>Ba<br><br>bốn</p>", "Một\nhai\n\nBa\n\nbốn"),
        ("<ul><li>Thôn 1</li><li>Thôn 2</li></ul>", "Thôn 1\nThôn 2"),
        ("<p>Đảng   bộ\n  có <b>120</b> đảng viên.</p>", "Đảng bộ có 120 đảng viên."),
        (
            "<article><p>Bài chính.</p></article><div class='related'><p>Tin khác.</p></div>",
            "Bài chính.",
        ),
    ],
)
def test_ingest_html_blocks(markup: str, expected: str) -> None:
    assert html_to_text(f"<html><body>{markup}</body></html>")[0] == expected


# ---------------------------------------------------------------------------
# DOCX and PDF


def test_ingest_docx_paragraphs_and_table(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Đảng ủy xã Hòa Phú có 120 đảng viên, trong đó 35 đồng chí là nữ.")
    table = document.add_table(rows=len(DOCX_TABLE), cols=3)
    for r, row in enumerate(DOCX_TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("")
    document.add_paragraph("Năm 2023 kết nạp 12 đảng viên.")
    path = tmp_path / "bao_cao.docx"
    document.save(str(path))
    doc = _read(path)
    assert doc.raw_text == (
        "Đảng ủy xã Hòa Phú có 120 đảng viên, trong đó 35 đồng chí là nữ.\n\n"
        "Chi bộ | Đảng viên | Nữ\nThôn Phú Lộc | 40 | 12\nThôn Hòa Bình | 35 | 9\n\n"
        "Năm 2023 kết nạp 12 đảng viên."
    )
    assert doc.format == "docx"


def _font() -> Path:
    for candidate in (
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
        Path("/Library/Fonts/DejaVuSans.ttf"),
    ):
        if candidate.is_file():
            return candidate
    pytest.skip("no DejaVuSans.ttf (a font with Vietnamese letters) on this system")


def test_ingest_pdf_paragraphs(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (dev extra) builds the test PDF")
    font = _font()
    first = (
        "Đảng ủy xã Hòa Phú có 120 đảng viên, trong đó 35 đồng chí là nữ. Trong năm 2023, "
        "các chi bộ đã tổ chức sinh hoạt chuyên đề đều đặn hằng tháng, nội dung bám sát nhiệm vụ "
        "chính trị của địa phương và được đảng viên đồng tình."
    )
    second = "Nhiệm kỳ 2020-2025, Đảng bộ phấn đấu kết nạp từ 15 đảng viên trở lên mỗi năm."
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=11)
    pdf.multi_cell(0, 6, first)
    pdf.ln(4)
    pdf.multi_cell(0, 6, second)
    path = tmp_path / "bao_cao.pdf"
    pdf.output(str(path))
    doc = _read(path)
    assert doc.raw_text == f"{first}\n\n{second}"
    assert doc.format == "pdf"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Đảng bộ tỉnh có 625 tổ chức cơ sở đảng với", "40.240 đảng viên."],
            "Đảng bộ tỉnh có 625 tổ chức cơ sở đảng với 40.240 đảng viên.",
        ),
        (["Nhiệm kỳ 2015-", "2020 đã hoàn thành."], "Nhiệm kỳ 2015-2020 đã hoàn thành."),
        (["Đoạn một kết thúc.", "", "Đoạn hai."], "Đoạn một kết thúc.\n\nĐoạn hai."),
        (
            [
                "Các giải pháp chính trong nhiệm kỳ tới gồm có như sau:",
                "- Củng cố chi bộ;",
                "- Phát triển đảng viên.",
            ],
            "Các giải pháp chính trong nhiệm kỳ tới gồm có như sau:\n\n- Củng cố chi bộ;\n\n- Phát triển đảng viên.",
        ),
    ],
)
def test_ingest_pdf_lines_joined(lines: list[str], expected: str) -> None:
    assert pdf_lines_to_text(lines) == expected


# ---------------------------------------------------------------------------
# bad input

BAD: list[tuple[str, str, bytes, str]] = [
    ("binary junk", "x.txt", bytes(range(256)) * 8, "E102"),
    ("zip renamed .txt", "x.txt", b"PK\x03\x04" + b"\x00" * 200, "E102"),
    ("empty", "x.txt", b"", "E101"),
    ("whitespace", "x.txt", b"  \n\t\r\n  ", "E101"),
    ("whitespace in UTF-16", "x.txt", "   \n  ".encode("utf-16"), "E101"),
    ("undecodable", "x.txt", bytes(range(0x80, 0x100)) * 16, "E103"),
    ("corrupt PDF", "x.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage", "E105"),
    ("not a PDF", "x.pdf", "Đảng bộ".encode(), "E105"),
    ("corrupt DOCX", "x.docx", b"PK\x03\x04garbage-not-a-zip", "E106"),
    ("not a DOCX", "x.docx", "Đảng bộ".encode(), "E106"),
    ("empty HTML", "x.html", b"<html><body><script>var a = 1;</script></body></html>", "E101"),
    ("unsupported suffix", "x.rtf", "Đảng bộ".encode(), "E107"),
    ("no suffix", "README", "Đảng bộ".encode(), "E107"),
]


@pytest.mark.parametrize(("label", "name", "data", "code"), BAD, ids=[b[0] for b in BAD])
def test_ingest_bad_input_codes(
    tmp_path: Path, label: str, name: str, data: bytes, code: str
) -> None:
    with pytest.raises(IngestError) as info:
        _read(_write(tmp_path, name, data))
    assert info.value.code == code, label
    assert len(str(info.value)) < 160  # short, for a researcher


def test_ingest_oversize_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, "lon.txt", REPORT.encode("utf-8"))

    def no_read(self: Path) -> bytes:
        raise AssertionError("the whole file was read before the size check")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    with pytest.raises(IngestError) as info:
        _read(path, max_bytes=100)
    assert info.value.code == "E104"


def test_ingest_doc_id_and_path(tmp_path: Path) -> None:
    sub = tmp_path / "tinh" / "2023"
    sub.mkdir(parents=True)
    path = _write(sub, "bao_cao.md", REPORT.encode("utf-8"))
    doc = read_document(path, tmp_path)
    assert doc.path == "tinh/2023/bao_cao.md"
    assert doc.doc_id == doc_id_for(REPORT.encode("utf-8")) and len(doc.doc_id) == 16
    assert doc.format == "md"
    assert set(SUFFIX_FORMAT.values()) == {"txt", "md", "html", "docx", "pdf"}


def test_ingest_seeds_decode(shared_dir: Path) -> None:
    for path in sorted((shared_dir / "seeds").glob("*.txt")):
        doc = read_document(path, path.parent)
        assert doc.encoding == "utf-8"
        assert doc.raw_text == path.read_text(encoding="utf-8")
