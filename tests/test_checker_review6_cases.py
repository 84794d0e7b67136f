"""Sixth white-box review: the look-alikes that once raised a false alarm, in new wording, next
to the true inconsistencies of the same shape that must still be found.

Each silent case names why its figures are no contradiction: another body, place or subset
for the earlier level; a flow for a stock; a rate gap restated as a percent; a yearly goal
against the year's own plan; a percent of another whole; list items that overlap or nest;
grades that leave the exempt out; a third group after two sides; another actor ("cũng").
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

SILENT = [
    # another body's earlier level
    "Năm 2022, Hội Nông dân xã có 980 hội viên. Năm 2023, Hội Phụ nữ xã có 1.150 hội viên, "
    "tăng 45 hội viên so với năm 2022.",
    # the province's rate before, the district's now
    "Năm 2022, tỷ lệ trẻ em suy dinh dưỡng toàn tỉnh là 14,2%. Năm 2023, tỷ lệ trẻ em suy dinh "
    "dưỡng của huyện còn 11,8%, giảm 0,9 điểm phần trăm so với năm 2022.",
    # a yearly flow (admissions) is no earlier stock
    "Năm 2020, Đảng bộ huyện kết nạp 112 đảng viên. Năm 2023, Đảng bộ huyện có 3.905 đảng viên, "
    "tăng 340 đảng viên so với năm 2020.",
    # a subset ("đảng viên nữ") as the earlier level
    "Đầu nhiệm kỳ, Đảng bộ xã có 96 đảng viên nữ. Đến nay, Đảng bộ xã có 402 đảng viên, tăng "
    "37 đảng viên so với đầu nhiệm kỳ.",
    # the percent restates the fall of the rate in points
    "Tỷ lệ hộ cận nghèo giảm từ 7,4% xuống 5,1%. Số hộ cận nghèo giảm từ 960 hộ xuống 662 hộ, "
    "giảm 298 hộ, tương đương 2,3%.",
    # the percent names its own base
    "Năm 2024, số hộ nghèo của xã giảm từ 410 hộ xuống 286 hộ, giảm 124 hộ, tương đương giảm "
    "4,1% tổng số hộ của xã.",
    # a standing yearly goal against the year's own plan
    "Chỉ tiêu mỗi năm làm mới 20 km đường giao thông nông thôn. Năm 2024, huyện làm mới 26 km, "
    "đạt 104% kế hoạch năm.",
    # a percent of another whole, named without "số"
    "Đảng bộ có 980 đảng viên; trong đó đảng viên là giáo viên 215 đồng chí, chiếm 85% giáo viên "
    "toàn huyện; đảng viên nữ 392 đồng chí, chiếm 40%.",
    # a nested item ("riêng") inside a colon list
    "Năm 2024, xã giải quyết việc làm cho 520 lao động: làm việc trong tỉnh 300 người, riêng tại "
    "khu công nghiệp 140 người, đi làm ngoài tỉnh 160 người, xuất khẩu lao động 60 người.",
    # reasons for poverty overlap: one household has several
    "Toàn xã có 210 hộ nghèo. Cụ thể: thiếu vốn sản xuất 120 hộ, thiếu đất sản xuất 85 hộ, không "
    "có lao động 40 hộ.",
    # grades that leave the not-yet-graded out
    "Kết quả xếp loại chất lượng đảng viên năm 2024: hoàn thành xuất sắc nhiệm vụ 14,1%, hoàn "
    "thành tốt nhiệm vụ 78,3%, hoàn thành nhiệm vụ 5,2%; số còn lại chưa xếp loại do mới kết nạp.",
    # a third group after the two sides
    "Ban Chấp hành Đảng bộ xã có 15 đồng chí, trong đó 10 đồng chí tái cử và 3 đồng chí lần đầu "
    "tham gia; 2 đồng chí còn lại được điều động từ nơi khác về.",
    # another actor, "cũng"
    "Năm 2024, Hội Nông dân huyện hỗ trợ sửa chữa 136 nhà ở cho hội viên khó khăn. Hội Cựu chiến "
    "binh huyện cũng hỗ trợ sửa chữa 163 nhà ở cho hội viên khó khăn.",
]

FOUND = [
    # the same body both times: 1.610 - 1.420 = 190, not 170
    (
        "Đầu nhiệm kỳ, Hội Nông dân xã có 1.420 hội viên. Đến nay, Hội Nông dân xã có 1.610 hội "
        "viên, tăng 170 hội viên so với đầu nhiệm kỳ.",
        [1420, 1610, 170],
    ),
    # the same place both times: 98,4 - 96,1 = 2,3 points, not 1,3
    (
        "Năm 2022, tỷ lệ hộ dùng điện lưới của huyện đạt 96,1%. Năm 2023, tỷ lệ hộ dùng điện lưới "
        "của huyện đạt 98,4%, tăng 1,3 điểm phần trăm so với năm 2022.",
        [96.1, 98.4, 1.3],
    ),
    # a colon list with nothing nested: 300 + 160 + 80 = 540, not 520
    (
        "Năm 2024, xã giải quyết việc làm cho 520 lao động: làm việc trong tỉnh 300 người, đi làm "
        "ngoài tỉnh 160 người, xuất khẩu lao động 80 người.",
        [520, 300, 160, 80],
    ),
    # an attribute after the two sides closes nothing: 11 + 3 = 14, not 15
    (
        "Ban Chấp hành Đảng bộ xã có 15 đồng chí, trong đó 11 đồng chí tái cử và 3 đồng chí lần đầu "
        "tham gia; có 4 đồng chí nữ.",
        [15, 11, 3],
    ),
    # school levels do not overlap: 18 + 22 + 15 = 55 > 52
    (
        "Toàn huyện có 52 trường học. Cụ thể: mầm non 18 trường, tiểu học 22 trường, trung học cơ "
        "sở 15 trường.",
        [52, 18, 22, 15],
    ),
    # a percent of the count's own fall: 105/420 = 25%, not 20%
    (
        "Số hộ nghèo của xã giảm từ 420 hộ xuống 315 hộ, giảm 105 hộ, tương đương giảm 20%.",
        [420, 315, 20],
    ),
]


def _inconsistent(text: str) -> list:
    doc = process_text(text, options=Options(entities=False))
    return [c for c in doc.checks if c.verdict == "inconsistent"]


@pytest.mark.parametrize("text", SILENT)
def test_look_alike_raises_no_alarm(text: str) -> None:
    assert _inconsistent(text) == []


@pytest.mark.parametrize(("text", "figures"), FOUND)
def test_true_inconsistency_of_the_same_shape_is_found(text: str, figures: list[float]) -> None:
    got = _inconsistent(text)
    assert any(all(x in c.figures for x in figures) for c in got), [(c.figures, c.why) for c in got]
