"""Stage 1 - ingest: read a file of any supported format into a :class:`Document`.

Formats: .txt/.md (UTF-8 with or without BOM, UTF-16, Windows-1258, TCVN3, VNI),
.html/.htm (main text only), .docx (paragraphs and tables), .pdf (text layer).
A file that cannot be read raises :class:`IngestError` with a code; the runner turns
it into an ``error`` row and the batch goes on. ``raw_text`` is the decoded text with
its line structure (paragraphs separated by a blank line); ``normalise`` does the rest.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from ..errors import IngestError
from ..records import Document
from .legacy_encodings import DECODERS

if TYPE_CHECKING:  # bs4 is imported lazily: only HTML files need it
    from bs4 import BeautifulSoup, Tag

SUFFIX_FORMAT = {
    ".txt": "txt",
    ".md": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}


def doc_id_for(data: bytes) -> str:
    """Stable id from the content: the same bytes give the same id anywhere."""
    return hashlib.sha1(data).hexdigest()[:16]


# ---------------------------------------------------------------------------
# Text encodings

# Words nearly every Vietnamese report uses; a right decoding is full of them.
_COMMON_WORDS = re.compile(
    r"(?<!\w)(?:của|và|đảng|những|được|trong|các|người|năm|có|là|cho|với|đã|không|này"
    r"|một|công tác|tỉnh|huyện|xã|chi bộ|cán bộ|thực hiện|nhân dân)(?!\w)",
    re.IGNORECASE,
)
# Letters only Vietnamese uses (a wrong decoding scatters "µ", "¸", "Ç", "ø" instead).
_VIET_LETTER = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
# Signs of a wrong decoding: symbols from the Latin-1 block, stray combining marks,
# C0/C1 controls and replacement characters.
_JUNK = re.compile(
    "[\u00a1-\u00bf\u00d7\u00f7\u00d0\u00de\u00f0\u00fe\u0300-\u036f\u0080-\u009f\ufffd\x00-\x08\x0e-\x1f]"
)
_SNIFF = 65_536  # score candidates on the first 64 kB: enough words, bounded cost
_BINARY_MAGIC = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"\xd0\xcf\x11\xe0",
    b"MZ",
)
_CONTROL_SET = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_CONTROL_DELETE = dict.fromkeys(_CONTROL_SET)  # the same set, for str.translate
# Something normalise keeps: not space, control or format (zero-width, soft hyphen) characters.
_HAS_TEXT = regex.compile(r"[^\s\p{Cc}\p{Cf}]")


def _score(text: str) -> float:
    """How Vietnamese a decoding looks: common words and Vietnamese letters, minus junk.

    Negative when it is not plausible at all: a longer text with none of the common words
    (TCVN3 turns almost any high byte into a letter, so letters alone prove nothing).
    """
    words = len(_COMMON_WORDS.findall(text))
    letters = len(_VIET_LETTER.findall(text))
    junk = len(_JUNK.findall(text))
    if words == 0 and (len(text) > 300 or junk):
        return -1.0
    return 10 * words + letters - 5 * junk


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit at every other byte (ASCII in UTF-16)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _check_binary(data: bytes) -> None:
    if data.startswith(_BINARY_MAGIC):
        raise IngestError(
            "binary file (looks like a PDF, Office, image or archive file); check the file type",
            "E102",
        )
    sample = data[:_SNIFF]
    # counting by deleting them (bytes.translate) is C speed; findall built a list
    controls = len(sample) - len(sample.translate(None, _CONTROL_SET))
    if b"\x00" in sample or controls > 0.1 * len(sample):
        raise IngestError("binary file: it holds NUL or control bytes, not text", "E102")


def _check_decoded(text: str) -> None:
    """The control-character test of :func:`_check_binary`, on text decoded from UTF-16
    (where NUL bytes are normal, so the bytes cannot be tested)."""
    sample = text[:_SNIFF]
    controls = len(sample) - len(sample.translate(_CONTROL_DELETE))
    if "\x00" in sample or controls > 0.1 * len(sample):
        raise IngestError("binary file: it holds NUL or control characters, not text", "E102")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode plain-text bytes; returns (text, encoding name).

    Order: BOM (UTF-8, UTF-16); UTF-16 without BOM (NUL pattern); strict UTF-8; then the
    best-scoring of Windows-1258, TCVN3, VNI (and UTF-8 with a few bad bytes); then
    charset-normalizer. E.g. b"\\xa7\\xb6ng" -> ("Đảng", "tcvn3").
    """
    if data.startswith(codecs.BOM_UTF8):
        _check_binary(data[3:])  # a mark in front does not make binary bytes text
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise IngestError(
                "the file starts with a UTF-8 mark but is not valid UTF-8", "E103"
            ) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(
                "the file starts with a UTF-16 mark but is not valid UTF-16", "E103"
            ) from exc
        _check_decoded(text)
        return text, "utf-16"
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: the binary check below will say so
        else:
            _check_decoded(text)
            return text, "utf-16"
    _check_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _guess_legacy(data)


def _guess_legacy(data: bytes) -> tuple[str, str]:
    sample = data[:_SNIFF]
    best: tuple[float, str] | None = None
    for name, decode in DECODERS.items():
        try:
            score = _score(decode(sample))
        except UnicodeDecodeError:
            continue  # e.g. a byte Windows-1258 leaves undefined
        if best is None or score > best[0]:
            best = (score, name)
    # Mostly UTF-8 with a few bad bytes (a pasted fragment): keep it UTF-8 if it wins.
    loose = sample.decode("utf-8", errors="replace")
    if loose.count("\ufffd") <= max(3, len(loose) // 1000):
        score = _score(loose)
        if best is None or score > best[0]:
            best = (score, "utf-8-loose")
    if best is not None and best[0] > 0:
        name = best[1]
        if name == "utf-8-loose":
            return data.decode("utf-8", errors="replace"), "utf-8"
        return DECODERS[name](data), name
    return _charset_normalizer(data)


def _charset_normalizer(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported lazily: rarely needed

    match = from_bytes(data[:_SNIFF]).best()
    if match is not None and match.encoding:
        try:
            text = data.decode(match.encoding)
        except (UnicodeDecodeError, LookupError):
            text = ""
        if text.strip() and len(_JUNK.findall(text)) <= 0.05 * len(text):
            return text, codecs.lookup(match.encoding).name
    raise IngestError(
        "text encoding not recognised (tried UTF-8, UTF-16, Windows-1258, TCVN3, VNI); "
        "save the file as UTF-8",
        "E103",
    )


# ---------------------------------------------------------------------------
# HTML

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_LEGACY_ALIASES = {
    "tcvn": "tcvn3",
    "tcvn3": "tcvn3",
    "tcvn-3": "tcvn3",
    "tcvn5712": "tcvn3",
    "tcvn-5712": "tcvn3",
    "tcvn5712-1": "tcvn3",
    "vn3": "tcvn3",
    "abc": "tcvn3",
    "vni": "vni",
    "vni-windows": "vni",
    "vni-win": "vni",
    "windows-1258": "cp1258",
    "cp1258": "cp1258",
    "x-cp1258": "cp1258",
}
# Pages typed in .VnTime/VNI fonts declared a Western charset; the bytes are legacy Vietnamese.
_WESTERN = {"latin_1", "iso8859-1", "cp1252", "ascii"}

# Whole elements that never hold article text.
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "nav",
    "header",
    "footer",
    "aside",
    "menu",
    "head",
    "object",
)
# class/id words of menus, sidebars, share bars, counters, related-news boxes.
_DROP_ATTR = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|header|sidebar|side-bar|widget|related"
    r"|tin-?lien-?quan|tinlienquan|tin-?khac|other-?news|share|social|sharing|comment|comments"
    r"|banner|ads?|advert|counter|thong-?ke|statistic|visitors?|pagination|pager|paging|tags?"
    r"|toolbar|print|copyright)(?:$|[\s_-])",
    re.IGNORECASE,
)
_RELATED_HEADING = re.compile(
    r"\s*(?:Tin cùng chuyên mục|Tin liên quan|Các tin khác|Tin khác|Bài viết liên quan|Tin bài liên quan"
    r"|Bài liên quan|Các bài (?:viết )?khác|Tin mới hơn|Tin cũ hơn|Tin đã đưa|Xem thêm)\s*:?\s*",
    re.IGNORECASE,
)
_MAIN_ATTR = re.compile(
    r"(?:article|content|detail|post-?body|entry|news-?body|noi-?dung|noidung|chi-?tiet)",
    re.IGNORECASE,
)
_PARAGRAPH_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 blockquote ul ol dl table pre article section figure figcaption".split()
)
_LINE_TAGS = frozenset("div li dt dd tr br hr caption address center main".split())
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")


def _html_encoding(data: bytes) -> tuple[str, str]:
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data)
    found = _META_CHARSET.search(data[:4096])
    if found:
        label = found.group(1).decode("ascii", "replace").lower()
        if label in _LEGACY_ALIASES:
            name = _LEGACY_ALIASES[label]
            try:
                return DECODERS[name](data), name
            except UnicodeDecodeError:
                pass
        else:
            try:
                name = codecs.lookup(label).name
            except LookupError:
                name = ""
            if name == "utf-8":
                try:
                    return data.decode("utf-8"), "utf-8"
                except UnicodeDecodeError:
                    pass  # mislabelled: detect below
            elif name and name not in _WESTERN:
                try:
                    return data.decode(name), name
                except UnicodeDecodeError:
                    pass
    return decode_text(data)  # no (usable) label, or a Western label on Vietnamese bytes


def _is_related_heading(tag: Tag) -> bool:
    from bs4 import Tag

    if not isinstance(tag, Tag) or tag.name in ("body", "html", "[document]"):
        return False
    text = tag.get_text(" ", strip=True)
    return len(text) <= 40 and _RELATED_HEADING.fullmatch(text) is not None


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Main text of an HTML page and its title (``<h1>`` or ``<title>``).

    Drops scripts, menus, sidebars, share bars, visitor counters, footers and related-news
    blocks ("Tin cùng chuyên mục" and what follows it in its box). Paragraph-level blocks
    are separated by a blank line, ``<div>``/``<li>``/``<br>`` break the line, table
    cells are joined by " | ". E.g. ``<p>Đảng bộ có 120 đảng viên.</p>`` -> the sentence.
    """
    from bs4 import BeautifulSoup, Comment, NavigableString, Tag

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # bs4 warns about markup that looks like a path/URL
        soup = BeautifulSoup(markup, "lxml")
    title_tag = soup.find("h1") or soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or tag.attrs is None:
            continue
        words = " ".join([*tag.get("class", []), tag.get("id") or ""])
        if words.strip() and _DROP_ATTR.search(words) and not _MAIN_ATTR.search(words):
            tag.decompose()
    # Related-news heading: climb to the outermost element holding only the heading,
    # then drop it and everything after it in its parent box.
    for heading in soup.find_all(_is_related_heading):
        if heading.decomposed:
            continue
        node = heading
        while (
            isinstance(node.parent, Tag)
            and node.parent.name not in ("body", "html", "article", "main")
            and node.parent.get_text(" ", strip=True) == node.get_text(" ", strip=True)
        ):
            node = node.parent
        for sibling in list(node.find_next_siblings()):
            sibling.decompose()
        node.decompose()
    root = _main_container(soup) or soup.body or soup
    if (
        title
        and title_tag is not None
        and title_tag.name == "h1"
        and title not in root.get_text(" ")
    ):
        title_first = title + "\n\n"
    else:
        title_first = ""
    parts: list[str] = []
    _render(root, parts, NavigableString, Tag)
    text = _BREAK_RUN.sub(_break, "".join(parts)).strip()
    return title_first + text, title


def _main_container(soup: BeautifulSoup) -> Tag | None:
    """The element that holds the article: itemprop=articleBody, a single <article>,
    <main>, or a content-like block holding most of the page's paragraph text."""
    found = soup.find(attrs={"itemprop": "articleBody"})
    if found is not None:
        return found  # type: ignore[return-value]
    articles = soup.find_all("article")
    if len(articles) == 1:
        return articles[0]
    main = soup.find("main")
    if main is not None:
        return main
    total = sum(len(p.get_text()) for p in soup.find_all("p"))
    best, best_len = None, 0
    for tag in soup.find_all(["div", "section", "td"]):
        words = " ".join([*tag.get("class", []), tag.get("id") or ""])
        if not _MAIN_ATTR.search(words):
            continue
        size = sum(len(p.get_text()) for p in tag.find_all("p"))
        if size > best_len or (size == best_len and best is not None and tag in best.descendants):
            best, best_len = tag, size
    if best is not None and total and best_len >= 0.6 * total:
        return best
    return None


# Break markers while rendering (never in page text): paragraph, line, <br>.
_PARA, _LINE, _BR = "\x1d", "\x1e", "\x1f"
_BREAK_RUN = re.compile("[ ]*[\x1d\x1e\x1f][\x1d\x1e\x1f ]*")


def _break(match: re.Match[str]) -> str:
    run = match.group()
    return "\n\n" if _PARA in run or run.count(_BR) >= 2 else "\n"


def _render(node: Tag, out: list[str], string_type: type, tag_type: type) -> None:
    for child in node.children:
        if isinstance(child, string_type):
            out.append(_HTML_SPACE.sub(" ", str(child).translate(_NO_MARKERS)))
            continue
        if not isinstance(child, tag_type):
            continue
        name = child.name
        if name == "br":
            out.append(_BR)
        elif name == "tr":
            cells = [
                c.get_text(" ", strip=True) for c in child.find_all(["td", "th"], recursive=False)
            ]
            out.append(_LINE + " | ".join(c for c in cells if c) + _LINE)
        else:
            mark = _PARA if name in _PARAGRAPH_TAGS else _LINE if name in _LINE_TAGS else ""
            out.append(mark)
            _render(child, out, string_type, tag_type)
            out.append(mark)


_NO_MARKERS = str.maketrans("", "", _PARA + _LINE + _BR)


# ---------------------------------------------------------------------------
# PDF

_SENTENCE_END = tuple('.!?:;…”")')
_BULLET = re.compile(r"^(?:[-+•*–]\s|\(?\d{1,2}[.)]\s|[a-zđ]\)\s|[IVX]{1,5}\.\s)")
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?$")


def pdf_lines_to_text(lines: list[str]) -> str:
    """Join the lines of a PDF page into paragraphs.

    A line joins the one before it with a space unless the one before ends a sentence and
    is short (the last line of a paragraph), the line starts a list item, or a blank line
    separates them. A line ending in "-" right after a letter or digit joins without a
    space ("2015-" + "2020" -> "2015-2020"). E.g. ["Đảng bộ tỉnh có 625", "tổ chức cơ sở."]
    -> "Đảng bộ tỉnh có 625 tổ chức cơ sở."
    """
    lines = [line.strip() for line in lines]
    widths = sorted(len(line) for line in lines if line)
    if not widths:
        return ""
    full = widths[int(0.8 * (len(widths) - 1))]  # a typical full line
    paragraphs: list[str] = []
    current = ""
    previous = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current, previous = "", ""
            continue
        if not current:
            current = line
        elif (
            _BULLET.match(line)
            or (previous.endswith(_SENTENCE_END) and len(previous) < 0.85 * full)
            or (len(previous) < 0.6 * full and line[:1].isupper() and not previous.endswith(","))
        ):
            paragraphs.append(current)
            current = line
        elif current.endswith("-") and len(current) > 1 and current[-2].isalnum():
            current += line
        else:
            current += " " + line
        previous = line
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def pdf_to_text(path: Path) -> str:
    """Text layer of a PDF, page by page; page numbers alone on a line are dropped."""
    # pypdf reports damage through the logging module too; the user gets our E105 instead
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        from pypdf import PdfReader

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(str(path))
            if reader.is_encrypted:
                reader.decrypt("")
            pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many types on a damaged file
        raise IngestError(f"corrupt or unreadable PDF ({type(exc).__name__})", "E105") from exc
    texts = []
    for page in pages:
        lines = [line for line in page.split("\n") if not _PAGE_NUMBER.match(line.strip())]
        texts.append(pdf_lines_to_text(lines))
    # A paragraph that runs over a page break: join when the page ends mid-sentence.
    out = ""
    for text in texts:
        if not text:
            continue
        if out and not out.endswith(_SENTENCE_END) and text[:1].islower():
            out += " " + text
        else:
            out += ("\n\n" if out else "") + text
    if not out.strip():
        raise IngestError("the PDF has no text layer (a scan?): run OCR first", "E101")
    return out


# ---------------------------------------------------------------------------
# DOCX


def docx_to_text(path: Path) -> str:
    """Paragraphs and tables of a DOCX in document order; a table row is one line with
    its cells joined by " | " (merged cells once). E.g. a row "Xã | 120 | 35"."""
    try:
        import docx
        from docx.table import Table

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = docx.Document(str(path))
            blocks: list[str] = []
            for item in document.iter_inner_content():
                if isinstance(item, Table):
                    rows = []
                    for row in item.rows:
                        cells: list[str] = []
                        seen: set[int] = set()
                        for cell in row.cells:
                            if id(cell._tc) in seen:  # a merged cell repeats
                                continue
                            seen.add(id(cell._tc))
                            cells.append(" ".join(cell.text.split()))
                        if any(cells):
                            rows.append(" | ".join(cells))
                    if rows:
                        blocks.append("\n".join(rows))
                elif item.text.strip():
                    blocks.append(item.text.replace("\n", " ").strip())
    except Exception as exc:  # zip, XML and python-docx errors all mean a damaged file
        raise IngestError(f"corrupt or unreadable DOCX ({type(exc).__name__})", "E106") from exc
    return "\n\n".join(blocks)


# ---------------------------------------------------------------------------


def read_document(path: Path, root: Path, max_bytes: int = 20_000_000) -> Document:
    """Read ``path`` (under ``root``) into a Document with ``raw_text`` set.

    >>> doc = read_document(Path("corpus/dien_bien.txt"), Path("corpus"))  # doctest: +SKIP
    >>> doc.encoding, doc.raw_text[:7]  # doctest: +SKIP
    ('utf-8', 'Đảng bộ')
    """
    rel = path.relative_to(root).as_posix() if path != root else path.name
    fmt = SUFFIX_FORMAT.get(path.suffix.lower())
    doc = Document(path=rel, format=fmt or path.suffix.lower().lstrip("."))
    if fmt is None:
        raise IngestError(
            f"unsupported file type {path.suffix or '(none)'!r}: use .txt, .md, .html, .docx or .pdf",
            "E107",
        )
    size = path.stat().st_size  # before reading: a huge file must not be loaded
    if size > max_bytes:
        raise IngestError(
            f"file is {size:,} bytes, over the {max_bytes:,} limit (see --max-bytes)", "E104"
        )
    if size == 0:
        raise IngestError("the file is empty", "E101")
    data = path.read_bytes()
    doc.doc_id = doc_id_for(data)
    if fmt in ("txt", "md"):
        doc.raw_text, doc.encoding = decode_text(data)
    elif fmt == "html":
        markup, doc.encoding = _html_encoding(data)
        doc.raw_text, doc.title = html_to_text(markup)
    elif fmt == "pdf":
        if not data.startswith(b"%PDF"):
            raise IngestError("corrupt or unreadable PDF (no %PDF header)", "E105")
        doc.raw_text = pdf_to_text(path)
    else:  # docx
        if not data.startswith(b"PK"):
            raise IngestError("corrupt or unreadable DOCX (not a zip package)", "E106")
        doc.raw_text = docx_to_text(path)
    if not _HAS_TEXT.search(doc.raw_text):  # only spaces, controls or zero-width marks
        raise IngestError("the file holds no text", "E101")
    return doc
