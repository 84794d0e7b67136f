"""Should-fire shapes of the thirtieth and thirty-first, white-box reviews (the day's list-parts
rule and the checker's handling of list items, brackets and completion rates): each passage
holds one planted inconsistency the checker finds. Their 125 and 169 clean look-alikes are kept
silent in tests/battery/battery_zi.jsonl and battery_zj.jsonl. A share after a list whose part
does not fit the item the base search met is said of the list's total only when it fits it:
a miss against the total is no proof (the 31st review's alarms), so those planted shares are
not here. The planted error is in the comment above each passage."""

from __future__ import annotations

import pytest

from vnreport_miner.evaluate import _figures_share
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

CASES = [
    # a fall from 12 to 17
    (
        "Năm 2023, Đảng bộ huyện kỷ luật 29 đảng viên. Theo hình thức: khiển trách 17, cảnh cáo 8, cách chức 1, khai trừ 3. Số bị khiển trách giảm từ 12 đảng viên năm 2022 xuống 17 đảng viên năm 2023.",
        "change",
        [12, 17],
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
    # 100/237 = 42.2%, not 33.3%
    (
        "Năm 2023, huyện có 237 đồng chí trong quy hoạch (cấp huyện 50, cấp cơ sở 187); trong đó nữ 100 đồng chí, chiếm 33,3%.",
        "share",
        [100, 237, 33.3],
    ),
    # 28/117 = 23.9%, not 19.0%
    (
        "Năm 2023, Đảng bộ kết nạp 117 đảng viên (khối nông thôn 57, khối doanh nghiệp 60); trong đó nữ 28 đảng viên, chiếm 19%.",
        "share",
        [28, 117, 19.0],
    ),
    # 189/461 = 41.0%, not 44.8%
    (
        "Toàn huyện có 461 cán bộ, công chức (cấp huyện 159, cấp xã 302); trong đó 189 người có trình độ thạc sĩ, chiếm 44,8%.",
        "share",
        [189, 461, 44.8],
    ),
    # 108/416 = 26.0%, not 19.0%
    (
        "Năm 2023 có 416 hộ được vay vốn ưu đãi (hộ nghèo 233, hộ cận nghèo 183); trong đó 108 hộ vay để chăn nuôi, chiếm 19%.",
        "share",
        [108, 416, 19.0],
    ),
    # 705/2214 = 31.8%, not 40.0%
    (
        "Năm 2023, toàn tỉnh kết nạp 2.214 đảng viên (kể cả 33 đảng viên ở các đảng bộ trực thuộc Trung ương), trong đó nữ 705 đảng viên, chiếm 40%.",
        "share",
        [705, 2214, 40.0],
    ),
    # 856/1849 = 46.3%, not 42.5%
    (
        "Toàn huyện có 1.849 cán bộ (không tính 9 đồng chí nghỉ hưu), trong đó nữ 856 đồng chí, chiếm 42,5%.",
        "share",
        [856, 1849, 42.5],
    ),
    # 952/970 = 98.1%, not 94.4%
    (
        "Năm 2024 toàn tỉnh trồng mới 952 ha rừng sản xuất, chiếm 10,3% diện tích trồng rừng, bằng 94,4% kế hoạch (970 ha).",
        "target",
        [970, 952, 94.4],
    ),
    # 1457/1710 = 85.2%, not 79.6%
    (
        "Các chi bộ đã kết nạp 1.457 đảng viên, chiếm tỷ lệ 10,4% tổng số đảng viên, đạt 79,6% chỉ tiêu (1.710 đảng viên).",
        "target",
        [1710, 1457, 79.6],
    ),
    # 1340/1260 = 106.3%, not 99.2%
    (
        "Năm 2023 có 1.340 hộ thoát nghèo, chiếm 39,8% số hộ nghèo đầu năm, đạt 99,2% kế hoạch (1.260 hộ).",
        "target",
        [1260, 1340, 99.2],
    ),
    # 1345/1470 = 91.5%, not 99.3%
    (
        "Năm 2023 giải quyết việc làm cho 1.345 lao động, chiếm 7,1% lực lượng lao động, hoàn thành 99,3% chỉ tiêu (1.470 lao động).",
        "target",
        [1470, 1345, 99.3],
    ),
    # |220-284| = 64, not 59
    (
        "Số hộ nghèo giảm từ 284 hộ (chiếm 5,5% số hộ toàn xã năm 2020) xuống còn 220 hộ, tức giảm 59 hộ.",
        "change",
        [284, 220, 59],
    ),
    # |727-640| = 87, not 92
    (
        "Số chi bộ tăng từ 640 chi bộ (trong đó 68 chi bộ cơ quan) lên 727 chi bộ, tăng 92 chi bộ.",
        "change",
        [640, 727, 92],
    ),
    # |115-191| = 76, not 71
    (
        "Số hộ cận nghèo giảm từ 191 hộ (771 nhân khẩu) xuống còn 115 hộ, giảm 71 hộ.",
        "change",
        [191, 115, 71],
    ),
    # |14-9| = 5, not 0
    (
        "Số xã đạt chuẩn nông thôn mới tăng từ 9 xã (chiếm 21,4%) lên 14 xã, tăng 0 xã.",
        "change",
        [9, 14, 0],
    ),
    # |540-438| = 102, not 97
    (
        "Số đảng viên tăng từ 438 đồng chí (trong đó 91 đồng chí nữ) lên 540 đồng chí, tăng 97 đồng chí.",
        "change",
        [438, 540, 97],
    ),
    # 19-14 = 5, not 7
    (
        "Năm 2023, Đảng bộ huyện kỷ luật 31 đảng viên. Theo hình thức: khiển trách 19, cảnh cáo 7, cách chức 2, khai trừ 3. Số bị khiển trách tăng từ 14 đảng viên năm 2022 lên 19 đảng viên năm 2023, tăng 7 đảng viên.",
        "change",
        [14, 19, 7],
    ),
    # 81-74 = 7, not 9
    (
        "Năm 2023, toàn huyện kết nạp 128 đảng viên. Phân theo khối: nông thôn 74, doanh nghiệp 30, cơ quan 24. Số đảng viên khối nông thôn được kết nạp giảm từ 81 đảng viên năm 2022 xuống 74 đảng viên, giảm 9 đảng viên.",
        "change",
        [81, 74, 9],
    ),
    # 38/90 = 42.2%, not 46.2%
    (
        "Toàn xã có 1.420 hộ, số hộ nghèo chiếm 6,3% (90 hộ); trong đó 38 hộ là hộ đồng bào dân tộc thiểu số, chiếm 46,2%.",
        "share",
        [38, 90, 46.2],
    ),
    # 1245/1500 = 83%, not 85.9%
    (
        "Năm 2024 toàn huyện trồng 1.245 ha cây ăn quả, chiếm 17,4% diện tích cây ăn quả, bằng 85,9% chỉ tiêu (1.500 ha).",
        "target",
        [1500, 1245, 85.9],
    ),
]


@pytest.mark.parametrize(("text", "kind", "figures"), CASES)
def test_review30_31_shape_fires(text: str, kind: str, figures: list[float]) -> None:
    checks = process_text(text, options=Options(entities=False)).checks
    bad = [c for c in checks if c.verdict == "inconsistent"]
    assert any(c.kind == kind and _figures_share(figures, c.figures) for c in bad), [
        (c.kind, c.verdict, c.why) for c in checks
    ]
    assert all(c.kind == kind for c in bad)
