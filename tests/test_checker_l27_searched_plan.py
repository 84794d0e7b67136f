"""A result judged against a plan found by search (the main target reading: a bare "đạt/vượt …%
kế hoạch" with no figure of the plan beside it), twenty-seventh session, our own passages.

The plan found earlier is the result's only when nothing between them revises it ("điều chỉnh",
"giao lại", "giao bổ sung") and the result's sentence does not open on a part of the plan's
whole before naming the plan's item again ("Khu vực nông thôn, khối lượng rác … 36.300 tấn").
Either leaves the percent of another plan: unverifiable, not an alarm. A time lead ("Đến hết
tháng 11, …"), a lead that only repeats the item ("- Thu nhập: …") and a lead that does not name
the item again keep the older reading's verdict.

Each row: (text, expected target verdict or None for no inconsistent verdict of any kind,
figures as stated: plan, result, percent).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

CASES = [
    # a plan revised between the plan and the result
    (
        "Kế hoạch năm 2025 của huyện: trồng mới rừng tập trung 1.500 ha; tỷ lệ che phủ rừng đạt "
        "58%.\n\nQuý III, do thiếu cây giống, Ủy ban nhân dân huyện điều chỉnh chỉ tiêu trồng rừng "
        "cho các xã vùng cao.\n\nCả năm, toàn huyện trồng mới rừng tập trung 1.380 ha, đạt 101,5% "
        "kế hoạch.",
        None,
        [],
    ),
    (
        "Chỉ tiêu năm 2024: giải quyết việc làm mới cho 4.200 lao động.\n\nTháng 8, tỉnh giao bổ "
        "sung chỉ tiêu cho huyện do mở thêm cụm công nghiệp.\n\nKết quả, đã giải quyết việc làm "
        "mới cho 4.750 lao động, bằng 98,2% kế hoạch.",
        None,
        [],
    ),
    # the same passage without the revision: the slip is told
    (
        "Kế hoạch năm 2025 của huyện: trồng mới rừng tập trung 1.500 ha; tỷ lệ che phủ rừng đạt "
        "58%.\n\nCả năm, toàn huyện trồng mới rừng tập trung 1.380 ha, đạt 101,5% kế hoạch.",
        "inconsistent",
        [1500, 1380, 101.5],
    ),
    # a part of the whole named before the plan's item
    (
        "Chỉ tiêu giao năm 2024: doanh thu du lịch trên địa bàn huyện đạt 650 tỷ đồng.\n\nKhu du "
        "lịch sinh thái hồ Núi Một, doanh thu du lịch trên địa bàn đạt 210 tỷ đồng, vượt 8% so với "
        "kế hoạch.",
        None,
        [],
    ),
    (
        "Kế hoạch năm 2024: tổng diện tích gieo trồng cây hằng năm 18.500 ha.\n\nVùng bãi ven "
        "sông, tổng diện tích gieo trồng cây hằng năm đạt 4.300 ha, bằng 104% kế hoạch.",
        None,
        [],
    ),
    # a time lead narrows nothing: the slip is told
    (
        "Kế hoạch năm 2024 đặt ra xây dựng mới 40 km kênh mương nội đồng được kiên cố hóa.\n\n"
        "Đến hết tháng 11, các hợp tác xã đã hoàn thành 33,6 km, đạt 86,5% kế hoạch.",
        "inconsistent",
        [40, 33.6, 86.5],
    ),
    # the same with the percent right
    (
        "Kế hoạch năm 2024 đặt ra xây dựng mới 40 km kênh mương nội đồng được kiên cố hóa.\n\n"
        "Đến hết tháng 11, các hợp tác xã đã hoàn thành 33,6 km, đạt 84% kế hoạch.",
        "consistent",
        [40, 33.6, 84],
    ),
    # a topic label that repeats the plan's own item: the slip is told
    (
        "Mục tiêu năm 2024 của xã: thu nhập bình quân đầu người 72 triệu đồng; tỷ lệ hộ nghèo dưới "
        "2%.\n\n- Thu nhập: thu nhập bình quân đầu người năm 2024 ước đạt 75,6 triệu đồng, vượt 7,5% "
        "so với mục tiêu.",
        "inconsistent",
        [72, 75.6, 7.5],
    ),
    # a lead that does not name the plan's item again: the slip is told
    (
        "Chỉ tiêu kết nạp đảng viên năm 2024 Huyện ủy giao cho Đảng bộ là 150 đảng viên.\n\nVới sự "
        "vào cuộc quyết liệt của các chi bộ, toàn Đảng bộ đã kết nạp 162 đảng viên, đạt 112% chỉ "
        "tiêu.",
        "inconsistent",
        [150, 162, 112],
    ),
]


@pytest.mark.parametrize(("text", "verdict", "figures"), CASES)
def test_searched_plan(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        return
    assert told(checks_of(text), "target", verdict, figures), [
        (c.kind, c.verdict, c.figures, c.why) for c in checks_of(text)
    ]
    if verdict == "consistent":
        assert alarms(text) == []


def test_guarded_rows_say_unverifiable() -> None:
    """The guards leave the row as unverifiable with its arithmetic, not drop it."""
    text = CASES[0][0]
    rows = told(checks_of(text), "target", "unverifiable", [1500, 1380, 101.5])
    assert rows and "1380/1500" in rows[0].why
