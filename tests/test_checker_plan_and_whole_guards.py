"""Alarms of older target, share and change readings that white-box reviews 85 (targets) and 86
(shares) drew on consistent passages, in our own words: each raised an `inconsistent` verdict at
the session's earlier code and must raise none now.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

_OPTS = Options(entities=False)

SILENT = [
    # the plan names a part told before it (protection forest), so its rate is the part's
    "Toàn huyện trồng mới 620 ha rừng, trong đó 140 ha rừng phòng hộ. Kế hoạch tỉnh giao trồng rừng phòng hộ là 125 ha, như vậy đạt 112%.",
    # a part carried over from the year before is outside the year's plan
    "Tổng vốn đầu tư công giải ngân năm 2024 là 88,4 tỷ đồng, trong đó vốn năm 2023 kéo dài sang 10,4 tỷ đồng. Riêng kế hoạch vốn năm 2024 là 78 tỷ đồng, như vậy đã đạt 100%.",
    # a change ('tăng 0,9%') is not the rate compared with the target
    "Tỷ lệ che phủ rừng năm 2024 đạt 61,2%, tăng 0,9%, vượt chỉ tiêu Nghị quyết Đại hội (61%).",
    # a scope opens the achievement ('Các xã vùng cao'): the district's target is not theirs
    "Chỉ tiêu kết nạp năm 2024 của toàn huyện là 180 đảng viên. Các xã vùng cao kết nạp 45 đảng viên, đạt 90% chỉ tiêu được giao; các xã còn lại kết nạp 141 đảng viên.",
    # 'đạt 100%' after a part whose clause names the plan is the plan's rate
    "Kế hoạch cứng hóa 48 km đường giao thông nông thôn năm 2024; các xã còn làm thêm 9 km từ nguồn xã hội hóa. Tổng chiều dài đường được cứng hóa là 57 km, trong đó phần thuộc kế hoạch đã hoàn thành 48 km, đạt 100%.",
    # the bracket after a target clause is the target, not last year's level
    "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân giảm còn 11,6%, giảm 0,9% so với năm 2023, đạt chỉ tiêu kế hoạch (dưới 12%).",
    # the percent names a sub-count told with the whole ('diện tích đất trồng lúa')
    "Xã có 1.860 ha đất nông nghiệp, trong đó 1.120 ha đất trồng lúa. Diện tích lúa chất lượng cao là 812 ha, chiếm 72,5% diện tích đất trồng lúa.",
    # a group away is told with the whole: the share may be of the rest
    "Đảng bộ có 372 đảng viên, trong đó 41 đồng chí đi làm ăn xa. Số đảng viên đang sinh hoạt tại địa phương tham gia học tập nghị quyết là 315 đồng chí, chiếm 95,2%.",
    # two parallel counts: the share may be of their sum
    "Năm 2024, các chi bộ thôn kết nạp 21 đảng viên, các chi bộ trường học kết nạp 7 đảng viên. Số đảng viên nữ được kết nạp là 12 đồng chí, chiếm 42,9%.",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_alarm_on_a_part_plan_or_another_whole(text: str) -> None:
    got = [c for c in process_text(text, options=_OPTS).checks if c.verdict == "inconsistent"]
    assert not got, [(c.kind, c.figures, c.why) for c in got]


def test_a_plan_that_names_no_part_is_the_heads() -> None:
    """ "4,86 tỷ đồng, chia ra: …. Kế hoạch … là 4 tỷ đồng, như vậy đạt 112,5%": the plan names no
    part, so the rate is of the whole and 4,86/4 = 121,5% is an alarm."""
    text = (
        "Quỹ cấp huyện và cấp xã trong năm đã tiếp nhận 5,4 tỷ đồng, chia ra: cấp huyện 2,1 tỷ "
        "đồng, các xã, thị trấn 3,3 tỷ đồng. Kế hoạch Ban Thường trực giao là 5 tỷ đồng, như vậy "
        "kết quả đạt 104%."
    )
    got = [c for c in process_text(text, options=_OPTS).checks if c.kind == "target"]
    assert [c.verdict for c in got] == ["inconsistent"], [(c.verdict, c.why) for c in got]
