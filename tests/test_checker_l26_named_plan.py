"""A count against the plan the report set out earlier under the same name (twenty-sixth
session), our own passages: the targets listed first ("… các chỉ tiêu chủ yếu: …; tổng vốn đầu tư
toàn xã hội 5 năm đạt 19.200 tỷ đồng; …"), the result judged later with no figure of the plan
("… ước đạt 21.450 tỷ đồng, vượt 14,2% so với chỉ tiêu Nghị quyết").

Each row: (text, expected target verdict or None for no inconsistent verdict of any kind,
figures as stated: plan, result, percent).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

CASES = [
    (
        "Nghị quyết Đại hội Đảng bộ huyện lần thứ XI đề ra các chỉ tiêu chủ yếu: tốc độ tăng giá trị sản xuất bình quân 9-10%/năm; tổng vốn đầu tư toàn xã hội 5 năm đạt 19.200 tỷ đồng; thu nhập bình quân đầu người đến năm 2025 đạt 95 triệu đồng.\n\nKết quả: giá trị sản xuất tăng bình quân 9,4%/năm. Tổng vốn đầu tư toàn xã hội 5 năm ước đạt 21.450 tỷ đồng, vượt 14,2% so với chỉ tiêu Nghị quyết.",
        "inconsistent",
        [19200, 21450, 14.2],
    ),
    (
        "Nghị quyết Đại hội Đảng bộ huyện lần thứ XI đề ra các chỉ tiêu chủ yếu: tốc độ tăng giá trị sản xuất bình quân 9-10%/năm; tổng vốn đầu tư toàn xã hội 5 năm đạt 19.200 tỷ đồng; thu nhập bình quân đầu người đến năm 2025 đạt 95 triệu đồng.\n\nKết quả: giá trị sản xuất tăng bình quân 9,4%/năm. Tổng vốn đầu tư toàn xã hội 5 năm ước đạt 21.450 tỷ đồng, vượt 11,7% so với chỉ tiêu Nghị quyết.",
        "consistent",
        [19200, 21450, 11.7],
    ),
    (
        "Mục tiêu của Chương trình đến năm 2025: cứng hóa 120 km đường giao thông nông thôn; nâng cấp 40 km đường trục xã; hỗ trợ 300 hộ nghèo làm nhà ở.\n\nSau 4 năm thực hiện, toàn huyện đã cứng hóa 112 km đường giao thông nông thôn, đạt 95,3% mục tiêu.",
        "inconsistent",
        [120, 112, 95.3],
    ),
    (
        "Mục tiêu của Chương trình đến năm 2025: cứng hóa 120 km đường giao thông nông thôn; xây mới 45 phòng học kiên cố; hỗ trợ 300 hộ nghèo làm nhà ở.\n\nSau 4 năm thực hiện, toàn huyện đã cứng hóa 112 km đường giao thông nông thôn, đạt 93,3% mục tiêu.",
        "consistent",
        [120, 112, 93.3],
    ),
    # the result of another year than the plan's
    (
        "Mục tiêu năm 2025: cứng hóa 120 km đường giao thông nông thôn; xây mới 45 phòng học kiên cố.\n\nNăm 2024, huyện đã cứng hóa 112 km đường giao thông nông thôn, đạt 95,3% kế hoạch.",
        None,
        [],
    ),
    # two plans named by the same words: which one is meant is unsaid
    (
        "Mục tiêu giai đoạn 1: cứng hóa 60 km đường giao thông nông thôn. Mục tiêu giai đoạn 2: cứng hóa 120 km đường giao thông nông thôn.\n\nĐến nay đã cứng hóa 112 km đường giao thông nông thôn, đạt 95,3% kế hoạch.",
        None,
        [],
    ),
    # other words: the villages' roads are no plan named here
    (
        "Mục tiêu của Chương trình đến năm 2025: cứng hóa 120 km đường giao thông nông thôn; nâng cấp 40 km đường trục xã; xây mới 45 phòng học kiên cố.\n\nCác xã đã cứng hóa 112 km đường trục thôn, đạt 95,3% kế hoạch.",
        None,
        [],
    ),
    # "đến nay": the years elapsed are unknown, the percent may be of an interim plan
    (
        "Mục tiêu của Chương trình đến năm 2025: cứng hóa 120 km đường giao thông nông thôn; "
        "nâng cấp 40 km đường trục xã.\n\nĐến nay, toàn huyện đã cứng hóa 112 km đường giao thông "
        "nông thôn, đạt 95,3% mục tiêu.",
        None,
        [],
    ),
]


@pytest.mark.parametrize("text,verdict,figures", CASES)
def test_named_plan(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        return
    checks = checks_of(text, "target")
    assert told(checks, "target", verdict, figures), [(c.verdict, c.figures, c.why) for c in checks]
    if verdict == "consistent":
        assert alarms(text) == []
