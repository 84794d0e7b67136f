"""Alarms of older readings that white-box reviews 81 (restatements) and 82 (lists and tables)
drew on consistent passages, in our own words: each raised an `inconsistent` verdict at the
session's earlier code and must raise none now.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

_OPTS = Options(entities=False)

SILENT = [
    # a movement told between the two statements (two new tổ)
    "Đầu năm, xã có 63 tổ hợp tác sản xuất. Năm nay, xã thành lập thêm hai tổ ở thôn vùng cao. Đến nay, 65 tổ hợp tác sản xuất nói trên đều hoạt động hiệu quả.",
    # two areas (nông thôn / đô thị) with look-alike counts
    "Ở khu vực nông thôn, 2.316 hộ đã dùng nước sạch theo quy chuẩn. Ở khu vực đô thị, 2.361 hộ đã dùng nước sạch theo quy chuẩn.",
    # two areas with look-alike rates
    "Các xã vùng cao, tỷ lệ trẻ đi học đúng độ tuổi đạt 87,4%. Các xã vùng thấp, tỷ lệ trẻ đi học đúng độ tuổi đạt 78,4%.",
    # men and women with look-alike counts
    "Số lao động nam được đào tạo nghề trong năm là 1.542 người. Số lao động nữ được đào tạo nghề trong năm là 1.524 người.",
    # half a year, then the whole year
    "Sáu tháng đầu năm, Đảng bộ kết nạp 41 đảng viên mới. Trong quý IV, các chi bộ tích cực tạo nguồn. Như vậy, cả năm Đảng bộ đã kết nạp 44 đảng viên mới.",
    # a table of the communes with the most, over the district's total
    "Năm 2024, toàn huyện có 412 hộ thoát nghèo. Các xã có số hộ thoát nghèo nhiều nhất:\n| Xã | Số hộ thoát nghèo |\n| Xã Tân Lập | 96 |\n| Xã Hòa Bình | 87 |\n| Xã Đông Phú | 79 |\n| Toàn huyện | 412 |",
    # a heading's number ('khóa thứ 5') is no row
    "Lớp bồi dưỡng đối tượng kết nạp Đảng khóa thứ 5\nHọc viên khối xã 48 người\nHọc viên khối trường học 17 người\nTổng số 65 người",
    # a note under the total says it counts more
    "Kết quả giao quân năm 2024:\nXã Phú Mỹ 24 thanh niên\nXã Phú Thọ 19 thanh niên\nTổng cộng 55 thanh niên\nSố liệu tổng cộng gồm cả 12 thanh niên nhập ngũ vào Công an nhân dân.",
    # 'một số xã': some items, not all
    "Năm 2024 toàn huyện có 300 hộ thoát nghèo, trong đó một số xã có số hộ thoát nghèo cao:\n- Xã Tân An: 96 hộ;\n- Xã Tân Phú: 88 hộ;\n- Xã Tân Hòa: 81 hộ.",
    # items of an item ('+' under '-') are no items of the list
    "Bộ phận một cửa tiếp nhận 92 hồ sơ, cụ thể:\n- Hồ sơ đất đai: 58 hồ sơ;\n+ Cấp mới: 51 hồ sơ;\n+ Cấp đổi: 7 hồ sơ;\n- Hồ sơ hộ tịch: 34 hồ sơ.",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_alarm_on_another_set_or_a_partial_list(text: str) -> None:
    got = [c for c in process_text(text, options=_OPTS).checks if c.verdict == "inconsistent"]
    assert not got, [(c.kind, c.figures, c.why) for c in got]


def test_a_list_that_misses_its_total_still_alarms() -> None:
    """The same bullets with no "một số": a breakdown of the 300 that misses it by 35."""
    text = (
        "Năm 2024 toàn huyện có 300 hộ thoát nghèo, cụ thể:\n- Xã Tân An: 96 hộ;\n"
        "- Xã Tân Phú: 88 hộ;\n- Xã Tân Hòa: 81 hộ."
    )
    got = [c for c in process_text(text, options=_OPTS).checks if c.kind == "part_whole"]
    assert [c.verdict for c in got] == ["inconsistent"], [(c.verdict, c.why) for c in got]


def test_nested_items_leave_the_outer_list_summed() -> None:
    """ "- 58 (+ 51, + 7); - 34" of 92: the outer items make the total."""
    text = (
        "Bộ phận một cửa tiếp nhận 92 hồ sơ, cụ thể:\n- Hồ sơ đất đai: 58 hồ sơ;\n"
        "+ Cấp mới: 51 hồ sơ;\n+ Cấp đổi: 7 hồ sơ;\n- Hồ sơ hộ tịch: 34 hồ sơ."
    )
    got = [c for c in process_text(text, options=_OPTS).checks if c.kind == "part_whole"]
    assert ("consistent", [92, 58, 34]) in [(c.verdict, c.figures) for c in got]
