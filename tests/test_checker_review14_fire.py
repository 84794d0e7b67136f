"""The shapes of the day's new rules written by a white-box reviewer to make sure they still
fire (the fourteenth review: all 173 of its clean look-alikes are kept silent in battery_s).
Each passage holds one inconsistency; the arithmetic is in the comment above it."""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

CASES = [
    # 24/247 (total 247) = 9.72% -> rounds to 9.7%, not 11.3%
    (
        "Năm 2023, cấp ủy các cấp thi hành kỷ luật 247 đảng viên, gồm: khiển trách 156, cảnh cáo 54, cách chức 13, khai trừ 24. Riêng hình thức khai trừ chiếm 11,3% tổng số đảng viên bị kỷ luật.",
        "share",
        [24, 247, 11.3],
    ),
    # 2/40 (total 40) = 5% -> rounds to 5%, not 6%
    (
        "Toàn Đảng bộ có 40 chi bộ được xếp loại: trong sạch, vững mạnh 30, khá 8, yếu 2. Loại yếu chiếm 6% tổng số chi bộ.",
        "share",
        [2, 40, 6],
    ),
    # (6 + 20 = 26)/30 (graded 6 + 20 + 3 + 1) = 86.67% -> rounds to 86.7%, not 88.7%
    (
        "Năm 2023 có 6 chi bộ hoàn thành xuất sắc nhiệm vụ, 20 chi bộ hoàn thành tốt nhiệm vụ, 3 chi bộ hoàn thành nhiệm vụ và 1 chi bộ không hoàn thành nhiệm vụ; tỷ lệ hoàn thành tốt nhiệm vụ trở lên đạt 88,7%.",
        "share",
        [6, 20, 30, 88.7],
    ),
    # 1342/11846 (total 11846 hội viên, named by 'trong tổng số') = 11.33% -> rounds to 11.3%, not 12.5%
    (
        "Hội Nông dân huyện có 11.846 hội viên, tăng 1.127 hội viên so với đầu nhiệm kỳ (10.719 hội viên). Trong tổng số hội viên, nữ có 3.968 người (33,5%); người dân tộc thiểu số 1.342 người, chiếm 12,5%.",
        "share",
        [1342, 11846, 12.5],
    ),
    # 1402/4126 (total 4126 đồng chí, the level just reached) = 33.98% -> rounds to 34%, not 36.2%
    (
        "Tổng số đảng viên tăng từ 3.872 đồng chí (cuối năm 2021) lên 4.126 đồng chí, tăng 254 đồng chí; đảng viên nữ 1.402 đồng chí, chiếm 36,2%.",
        "share",
        [1402, 4126, 36.2],
    ),
    # 40 + 30 + 15 = 85 đảng viên ≠ 90 stated (difference 5)
    (
        "Năm 2023 kiểm tra 30 tổ chức đảng và 90 đảng viên. Trong 90 đảng viên được kiểm tra: cấp ủy viên 40, đảng viên là cán bộ quản lý 30, đảng viên khác 15.",
        "part_whole",
        [90, 40, 30, 15],
    ),
    # 264 + 281 + 327 + 164 = 1036 đảng viên ≠ 1060 stated (difference 24)
    (
        "Từ năm 2021 đến nay, toàn Đảng bộ kết nạp 1.060 đảng viên (năm 2021: 264; năm 2022: 281; năm 2023: 327; 6 tháng đầu năm 2024: 164).",
        "part_whole",
        [1060, 264, 281, 327, 164],
    ),
    # 214 after 'tăng 27' means 187 before: 27/187 = 14.44% -> rounds to 14.4%, not 16.4%
    (
        "Toàn tỉnh có 214 doanh nghiệp đang hoạt động, tăng 27 doanh nghiệp (16,4%) so với cuối năm 2023.",
        "change",
        [214, 27, 16.4],
    ),
    # now 78.4, before 71.1: difference change 7.3 (difference) vs 6.3 stated
    (
        "Thu nhập bình quân đầu người đạt 78,4 triệu đồng, cao hơn năm trước 6,3 triệu đồng (71,1 triệu đồng).",
        "change",
        [71100000, 78400000, 6300000],
    ),
    # no whole k/12 rounds to 30%: 3/12 = 25%, 4/12 = 33.33%
    ("Riêng 12 đồng chí được bổ nhiệm mới thì cán bộ nữ chiếm 30%.", "granularity", [12, 30]),
    # 121 + 430 + 65 + 6 = 622 tổ chức cơ sở đảng ≠ 628 stated (difference 6)
    (
        "Toàn Đảng bộ có 15.240 đảng viên. Có 628 tổ chức cơ sở đảng đều được đánh giá, xếp loại. Kết quả: hoàn thành xuất sắc nhiệm vụ 121; hoàn thành tốt nhiệm vụ 430; hoàn thành nhiệm vụ 65; không hoàn thành nhiệm vụ 6.",
        "part_whole",
        [628, 121, 430, 65, 6],
    ),
    # 19 + 8 + 2 = 29 đảng viên ≠ 31 stated (difference 2)
    (
        "Năm 2023, các cấp ủy thi hành kỷ luật 31 đảng viên, gồm: khiển trách 19, cảnh cáo 8, khai trừ 2. Ngoài ra, có 5 đảng viên đang được xem xét.",
        "part_whole",
        [31, 19, 8, 2],
    ),
    # 20/24 (total 24 stated before) = 83.33% -> rounds to 83.3%, not 88.9%
    (
        "Toàn huyện có 24 xã, thị trấn; đến nay 20 xã, thị trấn đạt chuẩn nông thôn mới, chiếm 88,9%.",
        "share",
        [20, 24, 88.9],
    ),
]


@pytest.mark.parametrize(("text", "kind", "figures"), CASES)
def test_review14_shape_fires(text: str, kind: str, figures: list[float]) -> None:
    checks = process_text(text, options=Options(entities=False)).checks
    got = [c for c in checks if c.kind == kind and c.verdict == "inconsistent"]
    assert [c.figures for c in got] == [figures], [(c.kind, c.verdict, c.why) for c in checks]
