"""Bodies the fifteenth session added: an institution named by a capitalised description before
its place (rule ``institution_place``), more mass organisations, and a body alone on a header
line in capitals whose place the gazetteer does not know.

Every sentence is ours. Each case asserts the exact set of (label, text) pairs of its passage,
so a stray entity fails as much as a missing one.
"""

from __future__ import annotations

import pytest

from vnreport_miner.extractors import entities as E
from vnreport_miner.pipeline.normalise import normalise_text
from vnreport_miner.pipeline.segment import sentence_spans
from vnreport_miner.records import Document, Options


def _pairs(text: str) -> set[tuple[str, str]]:
    text = normalise_text(text)
    doc = Document(path="t.txt", text=text, raw_text=text)
    doc.sentences = sentence_spans(text)
    out = E.extract(doc, [], Options())
    for m in out:
        assert doc.text[m.start : m.end] == m.text
    return {(m.attrs["label"], m.text) for m in out}


# (passage, the entities it holds)
INSTITUTIONS = [
    (
        "Bệnh viện Đa khoa tỉnh Quảng Ninh tiếp nhận thêm ca bệnh.",
        {("ORG", "Bệnh viện Đa khoa tỉnh Quảng Ninh")},
    ),
    (
        "Năm qua, Đảng bộ Quân sự huyện Lục Ngạn giữ vững trong sạch, vững mạnh.",
        {("ORG", "Đảng bộ Quân sự huyện Lục Ngạn")},
    ),
    (
        "Đài Phát thanh và Truyền hình tỉnh Bắc Giang mở chuyên mục mới.",
        {("ORG", "Đài Phát thanh và Truyền hình tỉnh Bắc Giang")},
    ),
    (
        "Trung tâm Văn hóa, Thông tin và Thể thao huyện Ba Chẽ tổ chức giải việt dã.",
        {("ORG", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Ba Chẽ")},
    ),
    (
        "Làm chủ đầu tư là Ban Quản lý dự án đầu tư xây dựng huyện Quế Sơn.",
        {("ORG", "Ban Quản lý dự án đầu tư xây dựng huyện Quế Sơn")},
    ),
    (
        "Công đoàn Giáo dục huyện Phù Ninh phát động hội thi giáo viên dạy giỏi.",
        {("ORG", "Công đoàn Giáo dục huyện Phù Ninh")},
    ),
    (
        "Phiên họp của Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Tây Ninh "
        "bàn về 4 vụ việc.",
        {("ORG", "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Tây Ninh")},
    ),
    (
        "Văn phòng Đăng ký đất đai chi nhánh huyện Thạnh Hóa cấp giấy chứng nhận.",
        {("ORG", "Văn phòng Đăng ký đất đai chi nhánh huyện Thạnh Hóa")},
    ),
    (
        "Agribank chi nhánh huyện Vĩnh Cửu cho hội viên vay vốn.",
        {("ORG", "Agribank chi nhánh huyện Vĩnh Cửu")},
    ),
    (
        "Hội CCB huyện Mường Chà và Liên minh Hợp tác xã tỉnh Hòa Bình ký kết phối hợp.",
        {("ORG", "Hội CCB huyện Mường Chà"), ("ORG", "Liên minh Hợp tác xã tỉnh Hòa Bình")},
    ),
]

# The description ends at a verb, a committee, a place noun with no name or another body.
NOT_ONE_BODY = [
    (
        "Ban Thường vụ Huyện ủy chỉ đạo Đảng ủy xã Tân Lập rà soát đảng viên.",
        {("ORG", "Đảng ủy xã Tân Lập")},
    ),
    (
        "Hội Cựu chiến binh và Hội Nông dân xã Tân Lập ký kết giao ước thi đua.",
        {("ORG", "Hội Nông dân xã Tân Lập")},
    ),
    (
        "Hội Nông dân, Hội Phụ nữ xã Tân Lập phối hợp tổ chức.",
        {("ORG", "Hội Phụ nữ xã Tân Lập")},
    ),
    (
        "Trung tâm Y tế huyện và Bệnh viện Đa khoa tỉnh Quảng Ninh phối hợp.",
        {("ORG", "Bệnh viện Đa khoa tỉnh Quảng Ninh")},
    ),
    (
        "Trung tâm Chính trị mở lớp cho cán bộ xã Tân Lập.",
        {("LOC", "xã Tân Lập")},
    ),
    (
        "Hội Phụ nữ vận động hội viên xã Tân Lập tham gia.",
        {("LOC", "xã Tân Lập")},
    ),
]


@pytest.mark.parametrize(("text", "want"), INSTITUTIONS + NOT_ONE_BODY)
def test_institution_place(text: str, want: set[tuple[str, str]]) -> None:
    assert _pairs(text) == want


HEADER = (
    "HUYỆN ỦY THIÊN THAI\n"
    "BAN TUYÊN GIÁO\n"
    "*\n"
    "Số 45-BC/BTG\n\n"
    "BÁO CÁO\n"
    "Kết quả công tác tuyên giáo năm 2024\n\n"
    "Năm 2024, công tác tuyên giáo đạt nhiều kết quả.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "HUYỆN ỦY THIÊN THAI",
        "ĐẢNG ỦY PHƯỜNG HÒN GAI MỚI",
        "ỦY BAN NHÂN DÂN HUYỆN LIÊM CHÂU",
        "BAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN GIỒNG KEO",
        "HỘI CCB HUYỆN NẬM CHÀ",
        "CHI BỘ THÔN PHÚ HẠ",
    ],
)
def test_header_body_with_a_place_the_gazetteer_lacks(line: str) -> None:
    text = HEADER.replace("HUYỆN ỦY THIÊN THAI", line)
    assert ("ORG", line) in _pairs(text)


@pytest.mark.parametrize(
    "line",
    [
        "ĐẢNG BỘ TỈNH LẦN THỨ XVII",
        "ĐẢNG BỘ HUYỆN NHIỆM KỲ 2020 - 2025",
        "BÁO CÁO KẾT QUẢ CÔNG TÁC CỦA HUYỆN ỦY XUÂN THIÊN",
    ],
)
def test_header_line_that_names_no_place(line: str) -> None:
    text = HEADER.replace("HUYỆN ỦY THIÊN THAI", line)
    assert not [p for p in _pairs(text) if p[0] == "ORG" and p[1] in line]
