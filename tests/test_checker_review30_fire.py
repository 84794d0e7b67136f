"""Should-fire shapes of the thirtieth, white-box review (the day's list-parts rule and the
checker's handling of list items): each passage holds one planted inconsistency the checker
finds; its 125 clean look-alikes are kept silent in tests/battery/battery_zi.jsonl. The
planted error is in the comment above each passage."""

from __future__ import annotations

import pytest

from vnreport_miner.evaluate import _figures_share
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

CASES = [
    # 6/29 = 20.7%
    (
        "Năm 2023, Đảng bộ huyện kỷ luật 29 đảng viên. Theo hình thức: khiển trách 17, cảnh cáo 8, cách chức 1, khai trừ 3, trong đó 6 đảng viên là cấp ủy viên, chiếm 24,1%.",
        "share",
        [6, 29, 24.1],
    ),
    # 52/124 = 41.9%
    (
        "Năm 2023, toàn huyện kết nạp 124 đảng viên. Phân theo khối: nông thôn 70, doanh nghiệp 30, cơ quan 24; trong đó nữ 52 đảng viên, chiếm 45,9%.",
        "share",
        [52, 124, 45.9],
    ),
    # 17/40 = 42.5%
    (
        "Năm 2023, 40 chi bộ được xếp loại: tốt 30, khá 8, yếu 2; trong đó 17 chi bộ nông thôn, chiếm 45,5%.",
        "share",
        [17, 40, 45.5],
    ),
    # 19/87 = 21.8%
    (
        "Năm 2023, Hội Nông dân xã kết nạp 87 hội viên mới. Phân theo chi hội: thôn Đông 35, thôn Đoài 28, thôn Trung 24; trong đó 19 hội viên là thanh niên, chiếm 25,8%.",
        "share",
        [19, 87, 25.8],
    ),
    # 1508/3650 = 41.3%
    (
        "Toàn huyện có 3.650 đảng viên. Theo trình độ chuyên môn: đại học 1.420, cao đẳng 630, trung cấp 1.600; trong đó 1.508 đảng viên nữ, chiếm 45,3%.",
        "share",
        [1508, 3650, 45.3],
    ),
    # a fall from 12 to 17
    (
        "Năm 2023, Đảng bộ huyện kỷ luật 29 đảng viên. Theo hình thức: khiển trách 17, cảnh cáo 8, cách chức 1, khai trừ 3. Số bị khiển trách giảm từ 12 đảng viên năm 2022 xuống 17 đảng viên năm 2023.",
        "change",
        [12, 17],
    ),
    # 13/33 = 39.4%
    (
        "Toàn huyện có 33 hợp tác xã nông nghiệp. Phân theo xã: Kim Sơn 14, Vân Sơn 11 và Hòa Lạc 8, trong đó 13 hợp tác xã hoạt động khá, chiếm 42,4%.",
        "share",
        [13, 33, 42.4],
    ),
    # 47/186 = 25.3%
    (
        "Năm 2023, huyện có 186 đồng chí trong quy hoạch (cấp huyện 31, cấp cơ sở 155); trong đó nữ 47 đồng chí, chiếm 27,3%.",
        "share",
        [47, 186, 27.3],
    ),
    # 1064/2419 = 44%
    (
        "Năm 2023, toàn tỉnh kết nạp 2.419 đảng viên (kể cả 35 đảng viên ở các đảng bộ trực thuộc Trung ương), trong đó nữ 1.064 đảng viên, chiếm 47%.",
        "share",
        [1064, 2419, 47],
    ),
]


@pytest.mark.parametrize(("text", "kind", "figures"), CASES)
def test_review30_shape_fires(text: str, kind: str, figures: list[float]) -> None:
    checks = process_text(text, options=Options(entities=False)).checks
    bad = [c for c in checks if c.verdict == "inconsistent"]
    assert any(c.kind == kind and _figures_share(figures, c.figures) for c in bad), [
        (c.kind, c.verdict, c.why) for c in checks
    ]
    assert all(c.kind == kind for c in bad)
