"""Bodies the fifteenth session added: an institution named by a capitalised description before
its place (rule ``institution_place``), more mass organisations, and a body alone on a header
line in capitals whose place the gazetteer does not know.

Every sentence is ours. Each case asserts the exact set of (label, text) pairs of its passage,
so a stray entity fails as much as a missing one.
"""

from __future__ import annotations

import pytest
from test_entities_review import _pairs  # the same reading: (label, text) of each entity

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
        "Trạm Y tế xã Đồn Đạc đạt chuẩn quốc gia về y tế xã.",
        {("ORG", "Trạm Y tế xã Đồn Đạc")},
    ),
    (
        "Ngân hàng Nông nghiệp và Phát triển nông thôn huyện Chiêm Hóa cho 800 hộ vay.",
        {("ORG", "Ngân hàng Nông nghiệp và Phát triển nông thôn huyện Chiêm Hóa")},
    ),
    (
        "Trung tâm Bảo trợ xã hội tỉnh Nghệ An tiếp nhận 12 trẻ em.",
        {("ORG", "Trung tâm Bảo trợ xã hội tỉnh Nghệ An")},
    ),
    (
        "Đài Truyền thanh - Truyền hình huyện Ba Chẽ phát sóng hằng ngày.",
        {("ORG", "Đài Truyền thanh - Truyền hình huyện Ba Chẽ")},
    ),
    (
        "Hội CCB huyện Mường Chà và Liên minh Hợp tác xã tỉnh Hòa Bình ký kết phối hợp.",
        {("ORG", "Hội CCB huyện Mường Chà"), ("ORG", "Liên minh Hợp tác xã tỉnh Hòa Bình")},
    ),
]

# The description ends at a verb, a committee, a place noun with no name, a person's name or
# another body; a facility named like an institution is none.
NOT_ONE_BODY = [
    (
        "Hạt Kiểm lâm kiểm tra rừng bản Huổi Lóng, phát hiện 2 vụ phá rừng.",
        {("LOC", "bản Huổi Lóng")},
    ),
    (
        "Ban Chỉ đạo yêu cầu xã Yên Lập hoàn thành trước ngày 30-6.",
        {("LOC", "xã Yên Lập")},
    ),
    (
        "Theo Bí thư Chi bộ Vàng A Dơ bản Huổi Lóng, cả bản có 36 hộ.",
        {("PER", "Vàng A Dơ"), ("LOC", "bản Huổi Lóng")},
    ),
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


@pytest.mark.parametrize(
    "text",
    [
        "Trạm Bơm Cầu Gáo xã Quỳnh Hưng tưới cho 300 ha lúa.",  # a facility
        "Đài Tưởng niệm liệt sĩ xã Thanh Lâm được tu bổ.",
        "Ban Tuyên giáo huy động đoàn viên xã Yên Lập tham gia.",
        "Trung tâm Chính trị tổ chức lớp học cho xã Yên Lập.",
    ],
)
def test_no_institution_read(text: str) -> None:
    assert not [p for p in _pairs(text) if p[0] == "ORG"]


HEADER = (
    "{line}\n"
    "BAN TUYÊN GIÁO\n"
    "*\n"
    "Số 45-BC/BTG\n\n"
    "BÁO CÁO\n"
    "Kết quả công tác tuyên giáo năm 2024\n\n"
    "Năm 2024, công tác tuyên giáo ở {place} đạt nhiều kết quả.\n"
)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("HUYỆN ỦY THIÊN THAI", "huyện Thiên Thai"),
        ("ĐẢNG ỦY PHƯỜNG HÒN GAI MỚI", "phường Hòn Gai Mới"),
        ("ỦY BAN NHÂN DÂN HUYỆN LIÊM CHÂU", "huyện Liêm Châu"),
        ("BAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN GIỒNG KEO", "huyện Giồng Keo"),
        ("HỘI CCB HUYỆN NẬM CHÀ", "huyện Nậm Chà"),
        ("CHI BỘ THÔN PHÚ HẠ", "thôn Phú Hạ"),
    ],
)
def test_header_body_with_a_place_the_gazetteer_lacks(line: str, place: str) -> None:
    assert ("ORG", line) in _pairs(HEADER.format(line=line, place=place))


@pytest.mark.parametrize(
    "line",
    [
        "ĐẢNG BỘ TỈNH LẦN THỨ XVII",
        "ĐẢNG BỘ HUYỆN NHIỆM KỲ 2020 - 2025",
        "BÁO CÁO KẾT QUẢ CÔNG TÁC CỦA HUYỆN ỦY XUÂN THIÊN",
        # a title, a stamp, a verb: words the report never writes as a place's name
        "ĐẢNG BỘ HUYỆN VỮNG MẠNH TOÀN DIỆN",
        "HUYỆN ỦY DỰ THẢO",
        "HUYỆN ỦY LÃNH ĐẠO",
        "ĐẢNG BỘ XÃ TRONG NĂM QUA",
    ],
)
def test_header_line_that_names_no_place(line: str) -> None:
    text = HEADER.format(line=line, place="huyện Xuân Thiên") + "Huyện ủy lãnh đạo toàn diện.\n"
    assert not [p for p in _pairs(text) if p[0] == "ORG" and p[1] in line]


def test_header_body_whose_place_the_report_never_names_is_left() -> None:
    """An unknown place in a header is read only when the report names it elsewhere."""
    text = HEADER.format(line="HUYỆN ỦY THIÊN THAI", place="địa phương")
    assert ("ORG", "HUYỆN ỦY THIÊN THAI") not in _pairs(text)


def test_header_in_capitals_followed_on_its_line_by_a_title_case_word() -> None:
    """A PDF or DOCX reader may join a header's cells on one line: the capitals run stops before
    the title-case word ("Ba Chẽ, ngày …", "Số 20-BC/ĐU") and the body in it is read."""
    text = (
        "ĐẢNG BỘ TỈNH QUẢNG NINH HUYỆN ỦY BA CHẼ Ba Chẽ, ngày 15 tháng 12 năm 2024\n"
        "ĐẢNG ỦY XÃ ĐỒN ĐẠC Số 20-BC/ĐU\n\n"
        "Năm 2024, huyện Ba Chẽ phát triển.\n"
    )
    got = _pairs(text)
    assert {("ORG", "HUYỆN ỦY BA CHẼ"), ("ORG", "ĐẢNG ỦY XÃ ĐỒN ĐẠC")} <= got
