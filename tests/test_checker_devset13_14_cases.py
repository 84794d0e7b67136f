"""Shapes first met in devset13/devset14, in our own sentences: a bracketed plan that measures
the amount before the beneficiaries, a bounded rate inside a fraction's label, the counts behind
two rates in brackets, a breakdown by place after "đạt chuẩn", and the nearest "trong N X" scope.
Each expectation's arithmetic is in its comment."""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

CASES = [
    # 12,4/12 = 103,33%
    (
        "Quỹ Hỗ trợ nông dân đã giải ngân 12,4 tỷ đồng cho 386 hộ vay, đạt 103,3% kế hoạch (12 tỷ "
        "đồng).",
        "target",
        [12.4, 12, 103.3],
        "consistent",
    ),
    # 12,4/12 = 103,3%, not 105%
    (
        "Quỹ Hỗ trợ nông dân đã giải ngân 12,4 tỷ đồng cho 386 hộ vay, đạt 105% kế hoạch (12 tỷ "
        "đồng).",
        "target",
        [12.4, 12, 105],
        "inconsistent",
    ),
    # 42/48 = 87,5%
    (
        "Có 42/48 trường đạt tỷ lệ học sinh lên lớp từ 98% trở lên, chiếm 87,5%.",
        "ratio_percent",
        [42, 48, 87.5],
        "consistent",
    ),
    # 42/48 = 87,5%, not 85,5%
    (
        "Có 42/48 trường đạt tỷ lệ học sinh lên lớp từ 98% trở lên, chiếm 85,5%.",
        "ratio_percent",
        [42, 48, 85.5],
        "inconsistent",
    ),
    # 5,12 - 3,06 = 2,06 points
    (
        "Tỷ lệ hộ cận nghèo giảm từ 5,12% (212 hộ) năm 2021 xuống còn 3,06% (131 hộ) năm 2024, tức "
        "giảm 2,06 điểm phần trăm.",
        "change",
        [5.12, 3.06, 2.06],
        "consistent",
    ),
    # 5,12 - 3,06 = 2,06 points, not 2,16
    (
        "Tỷ lệ hộ cận nghèo giảm từ 5,12% (212 hộ) năm 2021 xuống còn 3,06% (131 hộ) năm 2024, tức "
        "giảm 2,16 điểm phần trăm.",
        "change",
        [5.12, 3.06, 2.16],
        "inconsistent",
    ),
    # 4 + 3 + 2 = 9
    (
        "Năm 2024 có 9 xã đạt chuẩn nông thôn mới nâng cao (huyện Bảo Yên 4 xã, huyện Văn Bàn 3 xã, "
        "huyện Bắc Hà 2 xã).",
        "part_whole",
        [9, 4, 3, 2],
        "consistent",
    ),
    # 4 + 3 + 3 = 10, not 9
    (
        "Năm 2024 có 9 xã đạt chuẩn nông thôn mới nâng cao (huyện Bảo Yên 4 xã, huyện Văn Bàn 3 xã, "
        "huyện Bắc Hà 3 xã).",
        "part_whole",
        [9, 4, 3, 3],
        "inconsistent",
    ),
    # 364/2.140 graded = 17,01% (not of all 2.450 members: 14,9%)
    (
        "Trong tổng số 2.450 đảng viên, có 310 đồng chí được miễn đánh giá; trong 2.140 đảng viên "
        "được xếp loại, hoàn thành xuất sắc nhiệm vụ 364 (17%), hoàn thành tốt nhiệm vụ 1.650, hoàn "
        "thành nhiệm vụ 120, không hoàn thành nhiệm vụ 6.",
        "share",
        [364, 2140, 17],
        "consistent",
    ),
]


CASES += [
    # new building and repair split the houses: 231 + 107 = 338, not 348
    (
        "Quỹ Vì người nghèo hỗ trợ xây dựng, sửa chữa 348 căn nhà Đại đoàn kết, gồm xây mới 231 căn và "
        "sửa chữa 107 căn.",
        "part_whole",
        [348, 231, 107],
        "inconsistent",
    ),
]


CASES += [
    # grades as bare counts with shares of the graded: 512/6.250 = 8,19%, not 9,2%
    (
        "Trong 6.640 đảng viên có 390 đồng chí được miễn đánh giá, còn lại 6.250 đồng chí được đánh "
        "giá, xếp loại, kết quả: hoàn thành xuất sắc nhiệm vụ 1.000 (16%); hoàn thành tốt nhiệm vụ "
        "4.700 (75,2%); hoàn thành nhiệm vụ 512 (9,2%); không hoàn thành nhiệm vụ 38.",
        "share",
        [512, 6250, 9.2],
        "inconsistent",
    ),
]


@pytest.mark.parametrize(("text", "kind", "figures", "verdict"), CASES)
def test_devset13_14_shapes(text: str, kind: str, figures: list[float], verdict: str) -> None:
    checks = process_text(text, options=Options(entities=False)).checks
    got = [c for c in checks if c.kind == kind and all(x in c.figures for x in figures)]
    assert got and all(c.verdict == verdict for c in got), [
        (c.kind, c.verdict, c.figures, c.why) for c in checks
    ]
    assert verdict == "inconsistent" or not [c for c in checks if c.verdict == "inconsistent"]


NAMED = [
    # 16,2/24,8 = 65,3%, not 67,3% (the part and the whole named by their labels)
    (
        "Tổng kinh phí thực hiện Chương trình là 24,8 tỷ đồng, gồm: ngân sách trung ương 16,2 tỷ "
        "đồng, ngân sách tỉnh 5,1 tỷ đồng, vốn huy động 3,5 tỷ đồng. Nguồn lực vẫn dựa chủ yếu vào "
        "ngân sách trung ương (chiếm 67,3% tổng kinh phí Chương trình).",
        [16.2, 24.8, 67.3],
        "inconsistent",
    ),
    # 1.142/6.215 = 18,4%
    (
        "Tổng thu ngân sách nhà nước trên địa bàn đạt 6.215 tỷ đồng.\n- Thu xổ số kiến thiết: 1.142 tỷ "
        "đồng.\nNguồn thu xổ số kiến thiết, chiếm 18,4% tổng thu ngân sách nhà nước trên địa bàn.",
        [1142, 6215, 18.4],
        "consistent",
    ),
]


@pytest.mark.parametrize(("text", "figures", "verdict"), NAMED)
def test_amount_and_whole_named_by_labels(text: str, figures: list[float], verdict: str) -> None:
    checks = process_text(text, options=Options(entities=False)).checks
    got = [c for c in checks if c.kind == "share" and all(x in c.figures for x in figures)]
    assert got and all(c.verdict == verdict for c in got), [
        (c.kind, c.verdict, c.why) for c in checks
    ]


FITS = [
    # 4.236/11.870 = 35,69% ("chị" counts women members)
    (
        "Hội Liên hiệp Phụ nữ huyện có 11.870 hội viên, trong đó hội viên người dân tộc thiểu số "
        "4.236 chị, chiếm 35,7%.",
        "share",
        [4236, 11870, 35.7],
    ),
    # 121 + 38 + 17 + 11 = 187, the list in the sentence after its total
    (
        "Năm 2024, toàn Đảng bộ kết nạp 187 đảng viên, đạt 110% chỉ tiêu (170 đảng viên). Cụ thể: "
        "khối xã, thị trấn 121; khối cơ quan 38; lực lượng vũ trang 17; khối doanh nghiệp 11.",
        "part_whole",
        [187, 121, 38, 17, 11],
    ),
]


@pytest.mark.parametrize(("text", "kind", "figures"), FITS)
def test_fits_are_told(text: str, kind: str, figures: list[float]) -> None:
    checks = process_text(text, options=Options(entities=False)).checks
    got = [c for c in checks if c.kind == kind and all(x in c.figures for x in figures)]
    assert [c.verdict for c in got] == ["consistent"], [(c.kind, c.verdict, c.why) for c in checks]
