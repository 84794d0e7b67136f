"""Bare list parts far from their total (``distant_parts`` in figures.yaml).

The sentences are written for these tests, not taken from any report.
"""

from __future__ import annotations

import pytest

from vnreport_miner.extractors import figures
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options


def _parts(text: str) -> list[tuple[str, float, str | None]]:
    doc = process_text(text, options=Options(entities=False))
    return [
        (m.text, m.attrs["value"], m.attrs["unit"])
        for m in sorted(doc.mentions, key=lambda m: m.start)
        if m.type == "quantity" and m.rule == "count_breakdown"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list in the next sentence, after a short lead and a colon
        (
            "Năm qua xử lý 12 đảng viên vi phạm. Xét theo hình thức: nhắc nhở 7, khiển trách 4 "
            "và cảnh cáo 1.",
            [("7", 7, "đảng viên"), ("4", 4, "đảng viên"), ("1", 1, "đảng viên")],
        ),
        # two lists of the same total, one after the other
        (
            "Đã xử lý 15 đồng chí. Về mức độ: nhẹ 10, nặng 5. Về cấp xử lý: cơ sở 9, cấp trên 6.",
            [
                ("10", 10, "đồng chí"),
                ("5", 5, "đồng chí"),
                ("9", 9, "đồng chí"),
                ("6", 6, "đồng chí"),
            ],
        ),
        # the total's noun runs on before the opener
        (
            "Trong năm thành lập 31 câu lạc bộ sở thích của thanh niên vùng cao, bao gồm: "
            "cấp huyện 4, cấp xã 27.",
            [("4", 4, "câu lạc bộ"), ("27", 27, "câu lạc bộ")],
        ),
        # a bulleted list on its own lines, each part with its share
        (
            "Rà soát 40 chi bộ. Kết quả như sau:\n- Loại tốt: 30 (75%);\n- Loại khá: 8 (20%);\n"
            "- Loại yếu: 2 (5%).",
            [("30", 30, "chi bộ"), ("8", 8, "chi bộ"), ("2", 2, "chi bộ")],
        ),
        # parts with no label at all
        (
            "Ba xã cộng lại có 1.200 hộ tham gia (tương ứng 500, 400 và 300).",
            [("500", 500, "hộ"), ("400", 400, "hộ"), ("300", 300, "hộ")],
        ),
        # a part with its share after a comma, but the next label opens with "còn"
        (
            "Hội viên năm nay là 250 người; theo độ tuổi: dưới 35 tuổi có 100, chiếm 40%; "
            "còn lại 150, chiếm 60%.",
            [],  # "còn lại 150": a label opening with a verb is prose (breakdowns.label_stop)
        ),
        # year labels between the parts (dates are no parts)
        (
            "Cả giai đoạn trồng mới 90 ha rừng: năm 2021: 25; năm 2022: 30; năm 2023: 35.",
            [("25", 25, "ha"), ("30", 30, "ha"), ("35", 35, "ha")],
        ),
    ],
)
def test_distant_parts_read(text: str, expected: list[tuple]) -> None:
    assert _parts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the parts do not add up to any count stated before: nothing ties them to it
        "Năm qua xử lý 12 đảng viên. Xét theo hình thức: nhắc nhở 6, khiển trách 4.",
        # the total comes after the list, not before
        "Theo hình thức: nhắc nhở 7, khiển trách 5. Tổng cộng đã xử lý 12 đảng viên.",
        # article numbers of a document, which add up only by chance
        "Sửa đổi 7 nội dung. Cụ thể là Điều 3, 4 của Quy định số 12-QĐ/TU.",
        # a document number, a date and a phone number are no parts
        "Tiếp nhận 32 đơn. Ngày 12/3 chuyển Nghị quyết số 20-NQ/TU, liên hệ 0912 345 678.",
        # a blank line between the total and the list
        "Có 9 tổ chức đảng được kiểm tra.\n\nPhân loại: tốt 5, khá 4.",
        # another count of the same noun stands between the total and the list
        "Kết nạp 20 đảng viên, ít hơn năm trước 5 đảng viên (25 đảng viên), gồm nam 12, nữ 8.",
        # a share that does not fit the total the sum points to: another whole
        "Có 100 người dự thi. Kết quả: đạt 80 (50%), chưa đạt 20 (50%).",
        # a list going on past a count with its own noun: the run stops there
        "Đã cấp 10 thẻ. Phân theo xã: Tân An 4, Tân Bình 3 hộ, Tân Lộc 3.",
        # percents and ratios already read are not parts
        "Đạt 45 điểm. Cụ thể: khu A 20%, khu B 25%, khu C 3/5.",
        # years listed are not parts
        "Tổ chức 4.047 buổi. Các năm 2021, 2022, 2023 và 2024.",
    ],
)
def test_distant_parts_look_alikes(text: str) -> None:
    assert _parts(text) == []


def test_distant_parts_need_a_total_before() -> None:
    # the same list with no count before it yields no parts of a total: counts with unit null
    doc = process_text(
        "Theo hình thức: nhắc nhở 7, khiển trách 5.", options=Options(entities=False)
    )
    got = [(m.text, m.rule, m.attrs["unit"]) for m in doc.mentions if m.type in figures.ASSIGNS]
    assert got == [("7", figures.BARE_LIST, None), ("5", figures.BARE_LIST, None)]


def test_distant_parts_rules_loaded() -> None:
    r = figures.rules()
    assert r.part_window > 0 and r.part_label_words > 0
    assert r.part_gap.fullmatch(", cảnh cáo ")
    assert r.part_gap.fullmatch(";\n- Hoàn thành tốt nhiệm vụ: ")
    assert r.part_gap.fullmatch(" và ")
    assert r.part_gap.fullmatch(". Theo ") is None  # a sentence end


@pytest.mark.parametrize(
    "text",
    [
        # a header of the list's own that names its own measure: a chance sum is no breakdown
        "Năm 2024 xã hỗ trợ 100 hộ làm nhà. Cơ cấu nguồn vốn (%): ngân sách 45, xã hội hóa 35, "
        "nhân dân 20.",
        "Huyện có 60 chi bộ. Số tổ dân phố theo phường: Tân An 25, Hòa Bình 20, Lạc Sơn 15.",
        "Đảng bộ có 300 đảng viên. Số lượt đảng viên dự học theo quý: quý I 120, quý II 100, "
        "quý III 80.",
        "Có 270 người dự thi. Điểm trung bình của ba khối: nông thôn 92, cơ quan 90, trường "
        "học 88.",
        "Năm 2023 xã hỗ trợ 90 hộ nghèo. Mức hỗ trợ (triệu đồng/hộ): làm nhà 40, sửa nhà 30, "
        "nước sạch 20.",
    ],
)
def test_distant_parts_header_of_its_own_measure(text: str) -> None:
    assert _parts(text) == []


def test_distant_parts_header_by_place_is_read() -> None:
    # "theo xã" names the dimension of the split, not another count
    text = "Năm 2023 kết nạp 58 hội viên. Theo xã: Tân An 26, Hòa Bình 19, Lạc Sơn 13."
    assert [v for _, v, _ in _parts(text)] == [26, 19, 13]


def _units(text: str) -> list[tuple[str, str | None]]:
    doc = process_text(text, options=Options(entities=False))
    return [(m.text, m.attrs["unit"]) for m in doc.mentions if m.type == "quantity"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next item's label after a comma is no second noun of a list of units
        (
            "Có 3.450 người, trong đó lao động nam 1.800 người, lao động nữ 1.650 người.",
            [("3.450 người", "người"), ("1.800 người", "người"), ("1.650 người", "người")],
        ),
        (
            "Lao động là 3.450 người, trong đó lao động nông nghiệp 2.100 người, lao động phi "
            "nông nghiệp 1.350 người.",
            [("3.450 người", "người"), ("2.100 người", "người"), ("1.350 người", "người")],
        ),
        # a list of units followed by a clause keeps its nouns
        (
            "Toàn huyện sáp nhập 38 thôn, khu phố để thành lập 17 thôn, khu phố mới.",
            [("38 thôn, khu phố", "thôn, khu phố"), ("17 thôn, khu phố", "thôn, khu phố")],
        ),
        (
            "Huyện có 12 xã, thị trấn với 45.000 dân.",
            [("12 xã, thị trấn", "xã, thị trấn"), ("45.000 dân", "dân")],
        ),
    ],
)
def test_next_item_label_is_no_list_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert _units(text) == expected
