"""Fit-only share readings of the thirty-fourth session (vnreport_miner/checker/share.py,
``fit_only``, called by the checker after fit.py): each pairs a percent with its part and whole by a tight structure and tells the
relation only when the arithmetic holds; a miss stays silent (no alarm, no unverifiable row).

- the part over the whole it names: "37 hộ nghèo trên tổng số 1.852 hộ, tỷ lệ 2,0%";
- the whole said before in the same sentence, the part tied to its percent: "giới thiệu 86
  hội viên …; đến nay có 61 chị đã được kết nạp, chiếm 70,9%" (the one earlier count of the
  part's kind that fits; no plan, no count in brackets, no rate of change);
- the whole named after the percent and counted in the bracket: "chiếm 43,6% tổng số thanh
  niên … (21.140 người)", its part before it (in its sentence or the one before).

Passages written by us."""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told

CONFIRMED = [
    # the part over the whole it names
    ("Đến cuối năm 2024, xã còn 37 hộ nghèo trên tổng số 1.852 hộ, tỷ lệ 2,0%.", [37, 1852, 2.0]),
    ("Có 27 chi bộ trên tổng số 31 chi bộ trực thuộc được xếp loại hoàn thành tốt nhiệm vụ trở lên, chiếm 87,1%.",
     [27, 31, 87.1]),
    ("Trường có 612 học sinh đạt hạnh kiểm tốt trên tổng số 705 học sinh (86,8%).", [612, 705, 86.8]),
    ("Hội Nông dân xã có 1.204 hội viên trên tổng số 1.530 nông dân, tỷ lệ tập hợp đạt 78,7%.",
     [1204, 1530, 78.7]),
    ("Toàn huyện có 9 xã đạt chuẩn nông thôn mới nâng cao trên tổng số 21 xã, chiếm 42,9%.", [9, 21, 42.9]),
    ("Đã có 2.465 người trên tổng số 2.610 nhân khẩu tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 94,4%.",
     [2465, 2610, 94.4]),
    ("Huyện có 45 cán bộ nữ trên tổng số 160 cán bộ, công chức cấp huyện, chiếm tỷ lệ 28,1%.", [45, 160, 28.1]),
    ("Theo kết quả rà soát, phường còn 12 hộ cận nghèo trên tổng số 4.310 hộ dân cư, tương đương 0,28%.",
     [12, 4310, 0.28]),
    # the whole said before in the sentence
    ("Các chi hội giới thiệu 86 hội viên ưu tú cho chi bộ xem xét; đến nay có 61 chị đã được kết nạp vào Đảng, chiếm 70,9%.",
     [61, 86, 70.9]),
    ("Hội đã giới thiệu 154 hội viên ưu tú cho Đảng; trong số đó có 118 chị đã được kết nạp (76,6%).",
     [118, 154, 76.6]),
    ("Kỳ thi có 640 học sinh dự thi, 601 em đỗ tốt nghiệp, đạt 93,9%.", [601, 640, 93.9]),
    ("Trường tổ chức cho 248 học sinh dự thi học sinh giỏi cấp huyện, 173 em đạt giải, đạt 69,8%.",
     [173, 248, 69.8]),
    ("Trong 112 chi hội trưởng, có 64 đồng chí từ 60 tuổi trở lên (57,1%).", [64, 112, 57.1]),
    ("Kiểm tra việc thu, nộp đảng phí ở 42 tổ chức đảng, phát hiện 9 tổ chức thu chưa đủ, tức 21,4%.",
     [9, 42, 21.4]),
    ("Năm qua, Ban biên tập đăng 845 tin, bài, ảnh trên trang thông tin điện tử; trong đó 212 bài về xây dựng Đảng, chiếm 25,1%.",
     [212, 845, 25.1]),
    ("Có 1.086 người có nghĩa vụ kê khai tài sản, thu nhập; đã kê khai 1.086 người (100%).", [1086, 1086, 100]),
    # the whole named after the percent, counted in the bracket
    ("Đã cấp 3.208 thẻ bảo hiểm y tế cho người dân tộc thiểu số. Số thẻ này chiếm 41,2% tổng số thẻ đã cấp trên địa bàn (7.786 thẻ).",
     [3208, 7786, 41.2]),
    ("Đến tháng 6/2025 có 2.940 hội viên, chiếm 64,8% tổng số phụ nữ từ 18 tuổi trở lên (4.537 người), vượt chỉ tiêu đề ra.",
     [2940, 4537, 64.8]),
    ("Toàn huyện có 9.215 đoàn viên. Số đoàn viên này chiếm 43,6% tổng số thanh niên trong độ tuổi trên địa bàn (21.140 người).",
     [9215, 21140, 43.6]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), CONFIRMED)
def test_confirmed(text: str, figures: list[float]) -> None:
    checks = checks_of(text)
    # "a trên tổng số b, chiếm P%" may already be read as a fraction (ratio_percent): the
    # relation is then told once, under that kind, not again as a share
    assert told(checks, "share", "consistent", figures) or told(
        checks, "ratio_percent", "consistent", figures
    )
    assert alarms(text) == []


# look-alikes: the figures do not belong together (a plan, a rate of change, a rate said after
# two pairs, another kind of thing, a count restated for another moment, a table row), several
# of which would fit by coincidence; and pairs whose numbers do not fit. Nothing is told.
SILENT = [
    ("Kế hoạch năm giao 300 căn nhà; đến nay hoàn thành 240 căn, đạt 80%.", [240, 300, 80]),
    ("Trồng mới 180 ha rừng trên tổng số 240 ha kế hoạch, đạt 75%.", [180, 240, 75]),
    ("Năm 2023 kết nạp 96 đảng viên; năm 2024 kết nạp 120 đảng viên, đạt 80% kế hoạch.", [96, 120, 80]),
    ("Số vụ vi phạm năm 2024 là 12 vụ, giảm 3 vụ, tương ứng giảm 20% so với số vụ năm trước (15 vụ).",
     [3, 15, 20]),
    ("Thôn A có 300 người trên tổng số 320 nhân khẩu có thẻ, thôn B có 270 người trên tổng số 300 nhân khẩu, đạt tỷ lệ 90%.",
     [270, 300, 90]),
    ("Xã có 250 ha lúa; 40 hộ chuyển sang trồng cây ăn quả, chiếm 16%.", [40, 250, 16]),
    ("Trồng rừng | ha | 300 | 240 | 80%", [240, 300, 80]),
    ("Huyện giới thiệu 240 quần chúng ưu tú; 180 quần chúng được kết nạp, chiếm 72%.", [180, 240, 72]),
    ("Năm 2023 có 410 hộ nghèo trên tổng số 6.020 hộ; năm 2024 tỷ lệ hộ nghèo còn 5,2%.", [410, 6020, 5.2]),
    ("Có 1.150 hội viên, chiếm 61,5% tổng số phụ nữ từ 18 tuổi trở lên (2.000 người).", [1150, 2000, 61.5]),
    ("Kỳ thi có 512 học sinh dự thi, 470 em đỗ tốt nghiệp, đạt 95,1%.", [470, 512, 95.1]),
    ("Năm 2022 xã có 1.500 hộ; năm 2024 còn 60 hộ nghèo trên tổng số 1.620 hộ, chiếm 4%.", [60, 1500, 4]),
    ("Chi bộ có 40 đảng viên, năm nay kết nạp thêm 4 đảng viên, tăng 10%.", [4, 40, 10]),
    ("Số chi bộ trong sạch, vững mạnh tăng từ 40 chi bộ lên 50 chi bộ, thêm 10 chi bộ, tương đương 25%.",
     [10, 40, 25]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), SILENT)
def test_silent(text: str, figures: list[float]) -> None:
    checks = checks_of(text, "share")
    assert not told(checks, "share", "consistent", figures)
    assert not told(checks, "share", "inconsistent", figures)
    assert alarms(text) == []
