"""Build the bundled sample corpus (``corpus/``) and its gold from annotated sources.

    .venv/bin/python scripts/build_corpus.py          # (re)write corpus/ and scripts/corpus_src/
    .venv/bin/python scripts/build_corpus.py --check  # fail if corpus/ is out of date

Each report is written once, with inline marks, in ``scripts/corpus_ann/<stem>.ann``
(syntax in ``gold_tool.py``). From it this script makes:

- the plain text: ``corpus/<stem>.txt`` for the UTF-8 text reports, or
  ``scripts/corpus_src/<stem>.txt`` for the reports shipped in another format;
- the report itself in its format (.html page, .docx with a table, .pdf via fpdf2,
  TCVN3-encoded .txt via ``vnreport_miner.pipeline.legacy_encodings``);
- ``corpus/<stem>.gold.jsonl`` in the format of ../shared/gold (GUIDELINES.md), whose
  offsets index into the plain text (for .txt: the file read as UTF-8; for the other
  formats: ``scripts/corpus_src/<stem>.txt``, the text the ingest stage should recover).

Every gold line is validated (``text == plain[start:end]``) before anything is written.
fpdf2 is a dev-only dependency (``pip install fpdf2``), needed only for the .pdf.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import sys
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from gold_tool import build, uncovered_numbers  # noqa: E402

ANN = HERE / "corpus_ann"
SRC = HERE / "corpus_src"
CORPUS = ROOT / "corpus"

# stem -> format of the report in corpus/
REPORTS: dict[str, str] = {
    "ha_giang_xoa_thon_trang_dang_vien": "txt",
    "son_la_moc_chau_sinh_hoat_chi_bo": "txt",
    "ca_mau_khanh_binh_tay_nong_thon_moi": "txt",
    "quang_tri_huong_hoa_sap_xep_bo_may": "html",
    "bac_kan_so_ket_chi_thi_28": "docx",
    "kon_tum_kon_plong_giam_ngheo": "pdf",
    "yen_bai_mu_cang_chai_tcvn3": "tcvn3",
}
EXT = {"txt": ".txt", "html": ".html", "docx": ".docx", "pdf": ".pdf", "tcvn3": ".txt"}
FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)


def paragraphs(plain: str) -> list[tuple[int, str]]:
    """Blank-line separated blocks with their start offset in ``plain``."""
    out, pos = [], 0
    for block in plain.split("\n\n"):
        if block.strip():
            out.append((pos, block))
        pos += len(block) + 2
    return out


# ------------------------------------------------------------------ HTML

RELATED = [
    ("Cam Lộ kết nạp 95 đảng viên trong năm 2020", "cam-lo-ket-nap-dang-vien"),
    ("Gio Linh: 100% chi bộ thôn sinh hoạt chuyên đề hằng quý", "gio-linh-sinh-hoat-chuyen-de"),
    ("Đakrông nâng cao chất lượng đội ngũ bí thư chi bộ", "dakrong-bi-thu-chi-bo"),
    ("Vĩnh Linh sơ kết 3 năm thực hiện Nghị quyết 18-NQ/TW", "vinh-linh-so-ket-nghi-quyet-18"),
]


def render_html(plain: str, title_date: str) -> bytes:
    blocks = [b for _, b in paragraphs(plain)]
    title, date, body = blocks[0], blocks[1], blocks[2:]
    author = body.pop()
    e = html.escape
    parts = []
    for b in body:
        # short lines without a full stop are section headings
        if len(b) < 80 and not b.rstrip().endswith("."):
            parts.append(f"      <h2>{e(b)}</h2>")
        else:
            parts.append(f"      <p>{e(b)}</p>")
    related = "\n".join(
        f'        <li><a href="/tin-tuc/{slug}.html">{e(t)}</a></li>' for t, slug in RELATED
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>{e(title)} - Báo Quảng Trị điện tử</title>
  <meta name="description" content="{e(title)}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Báo Quảng Trị</a>
    <div class="today">Thứ Hai, {e(title_date)}</div>
  </header>
  <nav class="main-menu">
    <ul>
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/chinh-tri">Chính trị</a></li>
      <li><a href="/xay-dung-dang">Xây dựng Đảng</a></li>
      <li><a href="/kinh-te">Kinh tế</a></li>
      <li><a href="/xa-hoi">Xã hội</a></li>
      <li><a href="/quoc-phong-an-ninh">Quốc phòng - An ninh</a></li>
      <li><a href="/van-hoa">Văn hóa</a></li>
    </ul>
  </nav>
  <div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/xay-dung-dang">Xây dựng Đảng</a></div>
  <main class="container">
    <article class="news-detail">
      <h1 class="title">{e(title)}</h1>
      <p class="date">{e(date)}</p>
{chr(10).join(parts)}
      <p class="author"><strong>{e(author)}</strong></p>
    </article>
    <div class="share">Chia sẻ: <a href="#">Facebook</a> | <a href="#">Zalo</a> | <a href="#">In bài</a></div>
    <aside class="related">
      <h3>Tin cùng chuyên mục</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <div class="counter">Lượt truy cập: 12.345 | Đang online: 87</div>
    <p>Cơ quan của Đảng bộ tỉnh Quảng Trị. Giấy phép số 06/GP-BTTTT ngày 10-1-2019.</p>
    <p>Địa chỉ: 128 Hùng Vương, TP Đông Hà, tỉnh Quảng Trị. Điện thoại: 0233 3852 467.</p>
    <p>&copy; Bản quyền thuộc Báo Quảng Trị. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  </footer>
</body>
</html>
"""
    return page.encode("utf-8")


# ------------------------------------------------------------------ DOCX


def render_docx(plain: str) -> bytes:
    from docx import Document
    from docx.shared import Pt

    d = Document()
    cp = d.core_properties
    cp.author = "Ban Tổ chức Tỉnh ủy Bắc Kạn"
    cp.title = plain.split("\n", 1)[0]
    cp.created = cp.modified = FIXED_TIME
    cp.last_modified_by = "vnreport-miner"
    cp.revision = 1
    style = d.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    blocks = [b for _, b in paragraphs(plain)]
    d.add_heading(blocks[0], level=1)
    for b in blocks[1:]:
        lines = b.split("\n")
        if all("\t" in ln for ln in lines):
            rows = [ln.split("\t") for ln in lines]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = cell
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            continue
        if len(b) < 80 and not b.rstrip().endswith((".", ":")) and "," not in b[:20]:
            p = d.add_paragraph()
            p.add_run(b).bold = True
            continue
        d.add_paragraph(b)
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip_times(buf.getvalue())


def _fixed_zip_times(data: bytes) -> bytes:
    """Rewrite the zip with fixed entry times so the .docx is byte-reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            ni.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(ni, src.read(info.filename))
    return out.getvalue()


# ------------------------------------------------------------------ PDF

FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
]


def _font(name: str) -> str:
    for d in FONT_DIRS:
        if (d / name).exists():
            return str(d / name)
    raise SystemExit(f"font {name} not found: apt-get install -y fonts-dejavu-core")


def render_pdf(plain: str, gold: list[dict[str, Any]]) -> bytes:
    """A4 text PDF. Lines are broken by hand at spaces outside every gold span (checks
    aside), so each figure, date and name stays on one line of the text layer."""
    from fpdf import FPDF

    protected = [(g["start"], g["end"]) for g in gold if g["type"] != "check"]

    def breakable(pos: int) -> bool:
        return not any(s < pos < e for s, e in protected)

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_TIME.replace(tzinfo=dt.UTC))
    pdf.set_title(plain.split("\n", 1)[0])
    pdf.set_author("Báo Kon Tum")
    pdf.add_font("DejaVu", "", _font("DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", _font("DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)

    def footer() -> None:
        pdf.set_y(-12)
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(0, 5, f"Báo Kon Tum - Trang {pdf.page_no()}", align="C")

    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    blocks = paragraphs(plain)
    for idx, (start, block) in enumerate(blocks):
        heading = idx == 0 or (len(block) < 80 and not block.rstrip().endswith("."))
        size, style, lh = (15, "B", 8) if idx == 0 else (11, "B", 6) if heading else (11, "", 6)
        pdf.set_font("DejaVu", style, size)
        for line_off, line in _lines(block, start):
            for ls, le in _wrap(line, line_off, width, pdf.get_string_width, breakable):
                pdf.cell(width, lh, plain[ls:le], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def _lines(block: str, start: int) -> list[tuple[int, str]]:
    out, pos = [], start
    for ln in block.split("\n"):
        out.append((pos, ln))
        pos += len(ln) + 1
    return out


def _wrap(line: str, off: int, width: float, measure, breakable) -> list[tuple[int, int]]:
    spans, i, n = [], 0, len(line)
    while i < n:
        if measure(line[i:]) <= width:
            spans.append((off + i, off + n))
            break
        best = None
        first = None
        for j in range(i + 1, n):
            if line[j] != " " or not breakable(off + j):
                continue
            if first is None:
                first = j
            if measure(line[i:j]) <= width:
                best = j
            else:
                break
        cut = best or first or n
        spans.append((off + i, off + cut))
        i = cut + 1
    return spans


# ------------------------------------------------------------------ TCVN3


def render_tcvn3(plain: str) -> bytes:
    try:
        from vnreport_miner.pipeline.legacy_encodings import encode_tcvn3
    except ImportError as exc:  # pragma: no cover - the encoder ships with the package
        raise SystemExit(f"TCVN3 encoder not available: {exc}") from exc
    data = encode_tcvn3(plain.replace("\n", "\r\n"))  # a DOS-era file: CRLF lines
    return data


# ------------------------------------------------------------------ main


def build_all(verbose: bool = False) -> dict[Path, bytes]:
    """Everything this script writes, as {path: bytes}."""
    files: dict[Path, bytes] = {}
    for stem, fmt in REPORTS.items():
        name = stem + EXT[fmt]
        plain, gold = build(ANN / f"{stem}.ann", name)
        if verbose:
            for pos, ctx in uncovered_numbers(plain, gold):
                print(f"  {name}: number not annotated at {pos}: {ctx!r}")
        gold_buf = io.StringIO()
        write_gold_to(gold_buf, gold)
        files[CORPUS / f"{stem}.gold.jsonl"] = gold_buf.getvalue().encode("utf-8")
        text_bytes = plain.encode("utf-8")
        if fmt == "txt":
            files[CORPUS / name] = text_bytes
            continue
        files[SRC / f"{stem}.txt"] = text_bytes
        if fmt == "html":
            files[CORPUS / name] = render_html(
                plain, gold[1]["text"] if gold[1]["type"] == "date" else ""
            )
        elif fmt == "docx":
            files[CORPUS / name] = render_docx(plain)
        elif fmt == "pdf":
            files[CORPUS / name] = render_pdf(plain, gold)
        elif fmt == "tcvn3":
            files[CORPUS / name] = render_tcvn3(plain)
    return files


def write_gold_to(buf: io.StringIO, gold: list[dict[str, Any]]) -> None:
    import json

    for g in gold:
        buf.write(json.dumps(g, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--check", action="store_true", help="only report files that differ (PDF/DOCX ignored)"
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="list numbers no gold line covers")
    args = ap.parse_args()
    files = build_all(args.verbose)
    stale = []
    for path, data in files.items():
        if args.check:
            if path.suffix in {".pdf", ".docx"}:
                continue
            if not path.exists() or path.read_bytes() != data:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    if args.check:
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)}")
        return 1 if stale else 0
    n_gold = sum(1 for p in files if p.name.endswith(".gold.jsonl"))
    print(
        f"wrote {len(files)} files ({n_gold} reports with gold) into corpus/ and scripts/corpus_src/"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
