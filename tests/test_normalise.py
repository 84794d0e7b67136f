"""Tests for pipeline.normalise: tone placement, characters, spaces, page furniture."""

from __future__ import annotations

import importlib
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreport_miner.pipeline.normalise_rules import (
    FURNITURE,
    FURNITURE_NEGATIVE,
    IY_KEPT,
    IY_SPELLINGS,
)
from vnreport_miner.records import Document

# the module, not the function re-exported by pipeline/__init__.py
norm = importlib.import_module("vnreport_miner.pipeline.normalise")
normalise_text = norm.normalise_text

BODY = (
    "Đảng ủy xã Hòa Phú có 120 đảng viên, trong đó 35 đồng chí là nữ. "
    "Năm 2023, Đảng bộ kết nạp 12 đảng viên mới, đạt 120% kế hoạch năm."
)
TONES = "\u0300\u0301\u0309\u0303\u0323"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Đảng uỷ xã", "Đảng ủy xã"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("thuỷ lợi", "thủy lợi"),
        ("xã Hoà Phú", "xã Hòa Phú"),
        ("sức khoẻ", "sức khỏe"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("tuỳ theo", "tùy theo"),
        ("Thuỵ Sĩ", "Thụy Sĩ"),
        ("hoá đơn", "hóa đơn"),
        ("hòan thành", "hoàn thành"),  # closed syllable: tone on the last vowel
        ("ngọai giao", "ngoại giao"),
        ("ngòai", "ngoài"),  # three vowels, open: tone in the middle
        ("họăc", "hoặc"),  # a marked vowel takes the tone
        ("thủơ", "thuở"),
        ("ứơc tính", "ước tính"),
        ("lâý ý kiến", "lấy ý kiến"),
        ("qúa trình", "quá trình"),  # the u of "qu" never carries the tone
        ("Qùy Châu", "Quỳ Châu"),
        ("gìa làng", "già làng"),  # nor the i of "gi"
        ("gíup đỡ", "giúp đỡ"),
        ("kià", "kìa"),
    ],
)
def test_normalise_tone_placement(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "quý I năm 2020",
        "Quỳnh Lưu",
        "già làng, giá trị, giữa, giường, giúp",
        "người, được, nhiều, việc, trường, tuổi, khuya, khuỷu tay",
        "hoàn thành, hoạt động, khoảng, ngoài, quyết định, Nguyễn, huỳnh",
        "hòa bình, thủy lợi, khỏe mạnh, ủy ban, của, mùa",
    ],
)
def test_normalise_tone_placement_keeps_right_spellings(text: str) -> None:
    assert normalise_text(text) == text


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _toneless(text: str) -> str:
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONE_MARKS))


def _tones(text: str) -> list[str]:
    return [c for c in unicodedata.normalize("NFD", text) if c in TONE_MARKS]


# underthesea's table contradicts its own style on these two words ("lòa" -> "loà",
# while "hoà" -> "hòa"); we keep the one style.
UNDERTHESEA_EXCEPTIONS = {"lòa", "nòa", "Lòa", "LÒA", "Nòa", "NÒA"}


def test_normalise_agrees_with_underthesea_tone_table() -> None:
    """Every tone move in underthesea's text_normalize table (2 300+ words, three cases)."""
    text_normalizer = pytest.importorskip("underthesea.pipeline.text_normalize.text_normalizer")
    moves = [
        (wrong, right)
        for wrong, right in text_normalizer.token_map.items()
        # tone moves only: same letters, one tone (its other entries fix spelling)
        if _toneless(wrong) == _toneless(right)
        and _tones(wrong) == _tones(right)
        and len(_tones(wrong)) == 1
    ]
    assert len(moves) > 2000
    disagree = [
        (wrong, right, normalise_text(wrong))
        for wrong, right in moves
        # (we also spell "quì" as "quỳ": see IY_SPELLINGS)
        if wrong not in UNDERTHESEA_EXCEPTIONS and normalise_text(wrong) != norm.unify_spelling(right)
    ]
    assert disagree == []
    changed = [
        right
        for _, right in moves
        if right.lower() not in {"loà", "noà"}
        and normalise_text(right) != norm.unify_spelling(right)
    ]
    assert changed == []


def test_normalise_agrees_with_underthesea_text_normalize() -> None:
    underthesea = pytest.importorskip("underthesea")
    words = (
        "Đảng uỷ xã Hoà Phú chỉ đạo công tác thuỷ lợi , chăm lo sức khoẻ nhân dân , tuỳ điều kiện "
        "từng thôn ; quý I năm 2020 , Uỷ ban nhân dân xã hoàn thành 95 % kế hoạch"
    )
    # the one difference: we join a percent sign to its number ("95 %" -> "95%")
    assert normalise_text(words) == underthesea.text_normalize(words).replace("95 %", "95%")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [tuple(e.split(" -> ")) for _, examples in IY_SPELLINGS for e in examples],
)
def test_normalise_one_spelling_of_i_and_y(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize("word", IY_KEPT)
def test_normalise_i_spellings_kept(word: str) -> None:
    assert normalise_text(word) == word


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("đạt 93,5 % kế hoạch", "đạt 93,5% kế hoạch"),
        ("tăng 5  % so với", "tăng 5% so với"),
        ("chiếm 40\u00a0%", "chiếm 40%"),
        ("mức % còn lại", "mức % còn lại"),  # no number before it: kept
        # a decimal point before a percent is a decimal comma (a thousands group has 3 digits)
        ("đạt 93.5%.", "đạt 93,5%."),
        ("tăng 7.86 %", "tăng 7,86%"),
        ("giảm 0.8 điểm phần trăm", "giảm 0,8 điểm phần trăm"),
        ("ngày 23.5.2016", "ngày 23.5.2016"),  # a date
        ("1.234%", "1.234%"),  # a thousands group
        ("công nghiệp 4.0", "công nghiệp 4.0"),  # no percent
        ("phiên bản v2.5%", "phiên bản v2.5%"),  # glued to a word
    ],
)
def test_normalise_joins_percent_sign(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("giai đoạn 2016–2020", "giai đoạn 2016-2020"),  # en dash
        ("kinh tế — xã hội", "kinh tế - xã hội"),  # em dash
        ("nhiệt độ −5 độ", "nhiệt độ -5 độ"),  # minus sign
        ("Mác‐Lênin", "Mác-Lênin"),  # hyphen U+2010
        ("ÐẢNG BỘ ðảng viên", "ĐẢNG BỘ đảng viên"),  # eth look-alikes
        ("Đảng vіên", "Đảng viên"),  # Cyrillic і inside a Latin word
        ("Москва", "Москва"),  # an all-Cyrillic word stays
        ("“Tăng cường xây dựng Đảng”", "“Tăng cường xây dựng Đảng”"),  # curly quotes kept
        ('"Nghị quyết 04"', '"Nghị quyết 04"'),  # straight quotes kept
        ("«Tăng cường»", "“Tăng cường”"),  # rare quotes join the curly pair
        ("chi\u00adbộ", "chibộ"),  # soft hyphen dropped
        ("Đảng\u200bbộ", "Đảngbộ"),  # zero-width space dropped
        ("Hòa\u0301", "Hòá"),  # NFC composes what it can, nothing is stripped
        ("Đa\u0309ng bô\u0323", "Đảng bộ"),  # decomposed input is composed
    ],
)
def test_normalise_characters(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Đảng bộ  có\t120\u00a0đảng viên", "Đảng bộ có 120 đảng viên"),
        ("  Dòng một.  \n   Dòng hai.   ", "Dòng một.\nDòng hai."),
        ("Đoạn một.\r\n\r\n\r\n\r\nĐoạn hai.", "Đoạn một.\n\nĐoạn hai."),
        ("Một.\rHai.", "Một.\nHai."),
        ("Một.\n \n \n \nHai.", "Một.\n\nHai."),
        ("\n\n  Một.  \n\n", "Một."),
    ],
)
def test_normalise_spaces_and_lines(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    ("name", "example"),
    [(rule.name, example) for rule in FURNITURE for example in rule.examples],
)
def test_normalise_furniture_dropped_in_trailing_position(name: str, example: str) -> None:
    assert normalise_text(f"{BODY}\n\n{example}") == BODY, name


@pytest.mark.parametrize(
    ("name", "example"),
    [
        (rule.name, example)
        for rule in FURNITURE
        if rule.where == "line"
        for example in rule.examples
    ],
)
def test_normalise_furniture_line_rules_drop_whole_lines_anywhere(name: str, example: str) -> None:
    assert normalise_text(f"{BODY}\n{example}\n{BODY}") == f"{BODY}\n{BODY}", name


def test_normalise_furniture_trailing_block() -> None:
    page = "\n".join(
        [
            BODY,
            "",
            "Bài, ảnh: Minh Anh",
            "",
            "Phản hồi",
            "Các tin khác",
            "1 2 3 4 5 ...",
            "Thống kê truy cập",
            "  • Đang online: 10",
            "  • Hôm nay: 171",
            "  • Tất cả: 760341",
        ]
    )
    assert normalise_text(page) == f"{BODY}\n\nBài, ảnh: Minh Anh"


def test_normalise_furniture_related_list_cut() -> None:
    page = f"{BODY}\n\n{BODY}\n\nTin cùng chuyên mục\nHuyện A tổng kết công tác\nXã B kết nạp đảng viên"
    assert normalise_text(page) == f"{BODY}\n\n{BODY}"


def test_normalise_furniture_related_heading_before_paragraphs_is_kept() -> None:
    page = f"{BODY}\n\nTin liên quan\n{BODY} {BODY} {BODY}"
    assert "Tin liên quan" in normalise_text(page)


@pytest.mark.parametrize("sentence", FURNITURE_NEGATIVE)
def test_normalise_furniture_never_cuts_article_sentences(sentence: str) -> None:
    assert normalise_text(f"{BODY}\n{sentence}\n{BODY}") == f"{BODY}\n{sentence}\n{BODY}"
    assert normalise_text(f"{BODY}\n{sentence}") == f"{BODY}\n{sentence}"


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY} Các đồng chí chia sẻ kinh nghiệm.",
        f"{BODY}\nChia sẻ tại hội nghị, đồng chí Bí thư nêu 1 2 3 việc cần làm.",
        f"{BODY}\nTổ 1 2 3 4 5 có 40 đảng viên.",
    ],
)
def test_normalise_furniture_words_mid_sentence_kept(text: str) -> None:
    assert normalise_text(text) == text


def test_normalise_sets_title() -> None:
    doc = normalise(Document(path="a.txt", raw_text="  Đảng bộ xã Hoà Phú \n\nNội dung."))
    assert doc.title == "Đảng bộ xã Hòa Phú"
    assert doc.text == "Đảng bộ xã Hòa Phú\n\nNội dung."


def normalise(doc: Document) -> Document:
    return norm.normalise(doc)


# ---------------------------------------------------------------------------
# properties

_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_VOWELS = "aăâeêioôơuưy"
_TONED = [unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in TONES]
_ALPHABET = list(_LETTERS + _LETTERS.upper()) + _TONED + [t.upper() for t in _TONED]
_TEXT = st.text(
    alphabet=st.sampled_from([*_ALPHABET, " ", " ", "\n", ",", ".", "\t", "\u00a0", "–"]),
    max_size=300,
)
_FURNITURE_BITS = [e for rule in FURNITURE for e in rule.examples] + ["1 2 3", "Chia sẻ"]
_PAGE = st.lists(st.one_of(_TEXT, st.sampled_from(_FURNITURE_BITS)), max_size=8).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(_PAGE)
def test_normalise_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


def _skeleton(text: str) -> str:
    """Base letters only: tones, vowel marks and all spacing dropped."""
    nfd = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    # a tab between table cells becomes " | ": the bar is spacing too
    return "".join(
        c for c in nfd if not unicodedata.combining(c) and not c.isspace() and c != "|"
    ).replace("–", "-")


def _line_signature(line: str) -> tuple[str, list[str]]:
    return _skeleton(line), sorted(c for c in unicodedata.normalize("NFD", line) if c in TONES)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_normalise_keeps_base_letters(text: str) -> None:
    """Never strips an accent or changes a letter: only tones move, spaces and dashes change (and
    the i/y spelling of the syllables in ``IY_SPELLINGS``).

    Whole lines may go (page furniture such as "Ý kiến bạn đọc"), so the kept lines must be
    the input's lines, in order, each with the same base letters and the same tones.
    """
    out = normalise_text(text)
    kept = [_line_signature(x) for x in out.split("\n") if _skeleton(x)]
    # (the i/y spelling of a few syllables is unified too: "tỉ lệ" -> "tỷ lệ"; and a sentence
    # wrapped over lines is joined, so a kept line is one source line or several in a row)
    source = [_line_signature(norm.unify_spelling(x)) for x in text.split("\n") if _skeleton(x)]
    i = 0
    for k in kept:
        found = False
        while i < len(source) and not found:
            skel, tones = source[i]
            j = i + 1
            while skel != k[0] and j < len(source) and len(skel) < len(k[0]):
                skel += source[j][0]
                tones = tones + source[j][1]
                j += 1
            if skel == k[0] and sorted(tones) == k[1]:
                found = True
                i = j
            else:
                i += 1
        assert found, k


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xã Tân Lập\t120\t96\t80,0%", "Xã Tân Lập | 120 | 96 | 80,0%"),  # a table row
        ("Đơn vị \t Kế hoạch\t Thực hiện", "Đơn vị | Kế hoạch | Thực hiện"),
        ("Có\t5 xã", "Có 5 xã"),  # one tab in prose: a space
        ("\tThụt lề\tmột dòng", "Thụt lề một dòng"),  # indentation is not a cell
    ],
)
def test_normalise_table_tabs_become_cell_bars(text: str, expected: str) -> None:
    assert normalise_text(text) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a sentence wrapped over lines: joined (one character for one)
        ("Đảng bộ có 625 tổ chức\ncơ sở đảng.", "Đảng bộ có 625 tổ chức cơ sở đảng."),
        ("giải ngân 3.481 tỷ đồng;\ncó 11 chủ đầu tư chậm", "giải ngân 3.481 tỷ đồng; có 11 chủ đầu tư chậm"),
        # kept: a sentence ends, a heading in capitals, a list item, a table row, a capital
        ("Năm 2024 đạt 93,5%.\nnăm 2025 …", "Năm 2024 đạt 93,5%.\nnăm 2025 …"),
        ("BÁO CÁO CHÍNH TRỊ\ncủa Ban Chấp hành", "BÁO CÁO CHÍNH TRỊ\ncủa Ban Chấp hành"),
        ("2. Công tác xây dựng Đảng\na) Chính trị, tư tưởng", "2. Công tác xây dựng Đảng\na) Chính trị, tư tưởng"),
        ("Xã Tân Lập | 120 | 96\nthôn Bản Mế | 40 | 31", "Xã Tân Lập | 120 | 96\nthôn Bản Mế | 40 | 31"),
        ("Kết quả đánh giá\nĐảng bộ có 40 chi bộ", "Kết quả đánh giá\nĐảng bộ có 40 chi bộ"),
    ],
)
def test_normalise_joins_a_wrapped_sentence(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


_REPORT = (
    "Năm 2024, Đảng bộ huyện có 52 tổ chức cơ sở đảng với 4.105 đảng viên. Kết quả đánh giá, xếp "
    "loại: 38 tổ chức hoàn thành tốt nhiệm vụ, 11 tổ chức hoàn thành nhiệm vụ, 2 tổ chức không hoàn "
    "thành nhiệm vụ. Trong năm kết nạp 186 đảng viên, đạt 103,3% chỉ tiêu (180 đảng viên); số hộ "
    "nghèo giảm từ 1.240 hộ xuống còn 986 hộ, giảm 254 hộ. Đến nay 1.349/1.443 thôn, tổ dân phố có "
    "chi bộ, đạt 93,5%; Huyện ủy đã kiểm tra 14 tổ chức đảng và 27 đảng viên."
)


@pytest.mark.parametrize("width", [60, 72, 90, 110])
def test_a_report_wrapped_at_a_width_reads_as_written(width: int) -> None:
    """A report wrapped at a fixed width (a PDF-to-text file) gives the checks of its paragraph."""
    import textwrap

    from checkhelp import checks_of

    def rows(text: str) -> list[tuple]:
        return sorted((c.kind, c.verdict, tuple(c.figures)) for c in checks_of(text))

    paragraphs = [_REPORT] * 3  # a text needs ten lines or more to show its width
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in paragraphs)
    assert rows(wrapped) == rows("\n\n".join(paragraphs))
    assert rows(_REPORT)  # the paragraph has checks to lose


_BRACKETED = (
    "Năm 2024, Đảng bộ huyện kết nạp 186 đảng viên, đạt 103,3% chỉ tiêu (180 đảng viên); hỗ trợ "
    "xây mới, sửa chữa 412 căn nhà cho hộ nghèo, đạt 82,4% kế hoạch (500 căn); số người tham gia "
    "bảo hiểm xã hội tự nguyện có 42.716 người, đạt 108,4% kế hoạch (40.100 người), tăng 9.830 "
    "người so với cuối năm 2023 (32.886 người). Trong đó “hộ cận nghèo” có 1.240 hộ (chiếm 6,2%) "
    "và 1.349/1.443 thôn (93,5%) có chi bộ."
)


@pytest.mark.parametrize("width", [50, 64, 80, 96])
def test_a_wrapped_line_opening_on_a_bracket_or_quote_is_joined(width: int) -> None:
    """In a wrapped text, a line may open on "(500 căn)" or a quote: joined like a word."""
    import textwrap

    paragraphs = [_BRACKETED] * 3
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in paragraphs)
    assert normalise_text(wrapped) == normalise_text("\n\n".join(paragraphs))


def test_a_footnote_mark_opening_a_line_is_kept() -> None:
    """A wrapped text's footnotes "(1) …", "(*) …" stay lines of their own."""
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(p, 64) for p in [_BRACKETED] * 3)
    notes = "(1) Gồm 12 chi bộ nông thôn và 4 chi bộ trường học.\n(*) Số liệu ước đến ngày 15/12."
    out = normalise_text(wrapped + "\n" + notes)
    assert out.endswith("có chi bộ.\n" + notes)
