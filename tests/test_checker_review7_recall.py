"""Recall shapes the seventh review found silent, in our own sentences: two dated levels side by
side with the change after them, a level whose noun runs past its mention before "giảm … so với
năm …", and a plan stated before what was done ("Kế hoạch N, thực hiện M, đạt P%"), where a
capitalised "Kế hoạch" before an amount is no document number. Arithmetic in each comment."""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

CASES = [
    # 2.450 - 2.150 = 300, not 350
    (
        "Số đảng viên năm 2020 là 2.150 đồng chí; năm 2023 là 2.450 đồng chí, tăng 350 đồng chí.",
        "change",
        [2150, 2450, 350],
        "inconsistent",
    ),
    # 2.450 - 2.150 = 300
    (
        "Số hội viên năm 2021 là 2.150 người, năm 2024 là 2.450 người, tăng 300 người.",
        "change",
        [2150, 2450, 300],
        "consistent",
    ),
    # 450/400 = +12,5%, not 15%
    (
        "Thu ngân sách năm 2022 đạt 400 tỷ đồng; năm 2023 đạt 450 tỷ đồng, tăng 15%.",
        "change",
        [400, 450, 15],
        "inconsistent",
    ),
    # 1.660 - 1.245 = 415, not 451
    (
        "Năm 2022 toàn huyện có 1.660 hộ nghèo. Năm 2023 còn 1.245 hộ nghèo, giảm 451 hộ so với năm "
        "2022.",
        "change",
        [1660, 1245, 451],
        "inconsistent",
    ),
    # 1.890/1.600 = 118,1%, not 125%
    (
        "Kế hoạch 1.600 ha, thực hiện 1.890 ha, đạt 125% kế hoạch.",
        "target",
        [1600, 1890, 125],
        "inconsistent",
    ),
    # 520/500 = 104%
    (
        "Diện tích trồng rừng: kế hoạch 500 ha, thực hiện 520 ha, đạt 104%.",
        "target",
        [500, 520, 104],
        "consistent",
    ),
]

CASES += [
    # 1.126/1.318 = 85,4%, not 88,4% ("a … trên tổng số b …": a long label between)
    (
        "Có 1.126 hộ đạt danh hiệu gia đình văn hóa trên tổng số 1.318 hộ, đạt tỷ lệ 88,4%.",
        "ratio_percent",
        [1126, 1318, 88.4],
        "inconsistent",
    ),
    # 38/45 = 84,4% (a bare numerator before "trong tổng số")
    (
        "Có 38 trong tổng số 45 chi bộ đạt trong sạch, vững mạnh, đạt 84,4%.",
        "ratio_percent",
        [38, 45, 84.4],
        "consistent",
    ),
    # 48 + 236 + 26 + 4 = 314 graded, more than the 312 stated
    (
        "Có 312 đảng viên được đánh giá: hoàn thành xuất sắc nhiệm vụ 48 đồng chí, hoàn thành tốt "
        "nhiệm vụ 236 đồng chí, hoàn thành nhiệm vụ 26 đồng chí, không hoàn thành nhiệm vụ 4 đồng chí.",
        "part_whole",
        [312, 48, 236, 26, 4],
        "inconsistent",
    ),
]

CASES += [
    # the whole stated before ";" and the part opening the next clause: 1.320/24.650 = 5,4%
    (
        "Toàn huyện có 24.650 hộ; số hộ nghèo là 1.320 hộ, chiếm 6,4%.",
        "share",
        [1320, 24650, 6.4],
        "inconsistent",
    ),
    # 1.120/2.450 = 45,7%
    (
        "Năm 2023, toàn huyện có 2.450 đảng viên; đảng viên nữ 1.120 đồng chí, chiếm 45,7%.",
        "share",
        [1120, 2450, 45.7],
        "consistent",
    ),
    # 540/500 = 108%: 8% over the plan, not 12%
    (
        "Năm 2023 trồng mới 540 ha rừng/500 ha kế hoạch, vượt 12%.",
        "target",
        [540, 500, 12],
        "inconsistent",
    ),
]

CASES += [
    # nam + nữ make every member: 256 + 148 = 404, not 412
    (
        "Tổng số cán bộ, công chức cấp xã là 412 người, trong đó: nam 256 người, nữ 148 người.",
        "part_whole",
        [412, 256, 148],
        "inconsistent",
    ),
    # the first level's noun runs on before ";": 24 - 18 = 6, not 8
    (
        "Năm 2020 có 18 xã đạt chuẩn nông thôn mới; năm 2023 có 24 xã, tăng 8 xã.",
        "change",
        [18, 24, 8],
        "inconsistent",
    ),
    # 1.451 - 1.245 = 206, not 216 (the noun runs on before the change too)
    (
        "Năm 2022 có 1.451 hộ nghèo; năm 2023 còn 1.245 hộ nghèo, giảm 216 hộ.",
        "change",
        [1451, 1245, 216],
        "inconsistent",
    ),
]

CASES += [
    # the earlier level in brackets with its year and verb: 142 - 128 = 14, not 18
    (
        "Năm 2023, kết nạp 142 đảng viên, tăng 18 đảng viên so với năm 2022 (năm 2022 kết nạp 128 "
        "đảng viên).",
        "change",
        [142, 128, 18],
        "inconsistent",
    ),
]

CASES += [
    # a stock, its movements and the stock after them: 35 + 4 - 1 = 38, not 39
    (
        "Đầu nhiệm kỳ có 35 chi bộ; trong nhiệm kỳ thành lập mới 4 chi bộ, giải thể 1 chi bộ; đến "
        "nay có 39 chi bộ.",
        "change",
        [35, 4, 1, 39],
        "inconsistent",
    ),
    # 1.865 - 512 + 46 = 1.399
    (
        "Trong năm, có 512 hộ thoát nghèo, 46 hộ phát sinh mới; số hộ nghèo giảm từ 1.865 hộ xuống "
        "còn 1.399 hộ.",
        "change",
        [1865, 512, 46, 1399],
        "consistent",
    ),
    # only entries listed: 120 + 12 = 132 against 135 proves nothing (others may have left)
    (
        "Đầu năm có 120 hợp tác xã; trong năm thành lập mới 12 hợp tác xã; đến nay có 135 hợp tác "
        "xã.",
        "change",
        [120, 12, 135],
        "unverifiable",
    ),
    # kinds named in up to six words after "Cụ thể:": 180 + 70 + 165 = 415, not 412
    (
        "Toàn Đảng bộ huyện có 412 đảng viên. Cụ thể: khối xã 180 đồng chí, khối doanh nghiệp 70 "
        "đồng chí, khối lực lượng vũ trang 165 đồng chí.",
        "part_whole",
        [412, 180, 70, 165],
        "inconsistent",
    ),
    # a whole and, "đến nay", how many of it: 20/24 = 83,3%, not 88,9%
    (
        "Toàn huyện có 24 xã, thị trấn; đến nay 20 xã, thị trấn có tổ chức đảng vững mạnh, chiếm "
        "88,9%.",
        "share",
        [20, 24, 88.9],
        "inconsistent",
    ),
    # 24/27 = 88,89%
    (
        "Toàn huyện có 27 xã, thị trấn; hiện nay 24 xã, thị trấn đạt chuẩn nông thôn mới, chiếm "
        "88,9%.",
        "share",
        [24, 27, 88.9],
        "consistent",
    ),
]

SILENT = [
    # the term's start is another moment: its share is of another household count
    "Huyện có 24.650 hộ; đầu nhiệm kỳ có 2.640 hộ nghèo, chiếm 11,2%, đến nay còn 1.320 hộ, "
    "chiếm 5,4%.",
    # two places: the commune's 2022 level is no start for the district's fall
    "Năm 2022, xã Tân Lập có 114 hộ nghèo. Năm 2023, toàn huyện còn 1.245 hộ nghèo, giảm 415 hộ so "
    "với năm 2022.",
]


def _checks(text: str) -> list:
    return process_text(text, options=Options(entities=False)).checks


@pytest.mark.parametrize(("text", "kind", "figures", "verdict"), CASES)
def test_review7_recall(text: str, kind: str, figures: list[float], verdict: str) -> None:
    got = [c for c in _checks(text) if c.kind == kind and all(x in c.figures for x in figures)]
    assert got and all(c.verdict == verdict for c in got), [
        (c.kind, c.verdict, c.why) for c in _checks(text)
    ]


@pytest.mark.parametrize("text", SILENT)
def test_review7_silent(text: str) -> None:
    assert [c.why for c in _checks(text) if c.verdict == "inconsistent"] == []


def test_capitalised_plan_before_an_amount_is_a_quantity() -> None:
    doc = process_text("Kế hoạch 1.600 ha, thực hiện 1.890 ha.", options=Options(entities=False))
    assert [m.text for m in doc.mentions if m.type == "quantity"] == ["1.600 ha", "1.890 ha"]
    doc = process_text(
        "Thực hiện Kế hoạch 35 của Ủy ban nhân dân tỉnh.", options=Options(entities=False)
    )
    assert [m.type for m in doc.mentions] == ["legal_ref"]
