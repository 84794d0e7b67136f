"""A plan's completion said of a subject, with no count of its own before the percent: the
done count and the plan are stated in the sentences before (a fit only, thirty-fourth
session). Passages written by us."""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told

CONFIRMED = [
    ("Chỉ tiêu kết nạp đảng viên năm 2024 của Đảng bộ là 200 đảng viên. Đến nay toàn Đảng bộ "
     "kết nạp được 218 đảng viên. Số đảng viên kết nạp đạt 109% chỉ tiêu.", [200, 218, 109]),
    ("Kế hoạch năm giao cứng hóa 40 km đường giao thông nông thôn. Các xã đã cứng hóa được 46 km. "
     "Kết quả vượt 15% kế hoạch.", [40, 46, 15]),
    ("Toàn huyện hiện có 63 sản phẩm OCOP. Mục tiêu đến năm 2025 có 90 sản phẩm OCOP; như vậy "
     "huyện đã đạt 70% mục tiêu.", [90, 63, 70]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), CONFIRMED)
def test_subject_target_confirmed(text: str, figures: list[float]) -> None:
    assert told(checks_of(text, "target"), "target", "consistent", figures)


SILENT = [
    # the percent fits no pair: nothing is said (the plan may be another)
    "Chỉ tiêu kết nạp đảng viên năm 2024 của Đảng bộ là 200 đảng viên. Đến nay toàn Đảng bộ kết "
    "nạp được 218 đảng viên. Số đảng viên kết nạp đạt 112% chỉ tiêu.",
    # a count of its own before the percent: read by the target module, not here
    "Mục tiêu đến năm 2025 có 90 sản phẩm OCOP. Năm 2024 có thêm 12 sản phẩm được công nhận, "
    "đạt 75% mục tiêu.",
]  # fmt: skip


@pytest.mark.parametrize("text", SILENT)
def test_subject_target_silent(text: str) -> None:
    assert alarms(text) == []
    assert not any(c.verdict == "consistent" for c in checks_of(text, "target"))
