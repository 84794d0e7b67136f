"""Wrong pairings two white-box reviewers drew from the thirty-fourth session's fit-only
readings (212 look-alike passages of their own), now silent: each passage must not confirm
the relation named beside it. Figures that only happen to fit are no relation; the readings
pair figures by structure, and these structures were too loose before the review's guards."""

from __future__ import annotations

import pytest

from tests.checkhelp import checks_of

WRONG = [
    # share: a count of another subset taken as the part of a percent with its own subject
    ("Kết nạp 150 đảng viên, trong đó 60 đoàn viên. Số đảng viên nữ chiếm 40% tổng số đảng viên "
     "mới (150 đảng viên).", [60, 150, 40]),
    ("Có 200 hộ được cấp nước sạch. Số hộ nghèo chiếm 5% tổng số hộ (4.000 hộ).", [200, 4000, 5]),
    # share: of two wholes said before, the one that fits is not the one meant
    ("Kiểm tra việc thu, nộp đảng phí ở 40 tổ chức đảng, giám sát 36 tổ chức đảng khác; phát hiện "
     "9 tổ chức thu chưa đủ, tức 25%.", [9, 36, 25]),
    # repeat: deputies, two offices together, another year's count of the units
    ("Tỉnh có 9 huyện; 8/9 phó chủ tịch UBND huyện là người địa phương.", [9, 9]),
    ("Xã có 25 thôn. Có 25 trưởng thôn và phó trưởng thôn được bồi dưỡng nghiệp vụ.", [25, 25]),
    ("Năm 2015 tỉnh có 11 huyện. Năm 2025, sau sắp xếp, 10/11 chủ tịch UBND huyện là người địa "
     "phương.", [11, 11]),
    ("Nhận 60 đơn tố cáo và khiếu nại, đã giải quyết 45/50 đơn khiếu nại. Trong 45 đơn tố cáo, "
     "có 12 đơn tố cáo đúng.", [45, 45]),
    ("Có 8 đơn thuộc thẩm quyền, 3 đơn chuyển cơ quan khác. Năm trước đã giải quyết 6/8 đơn.", [8, 8]),
    # change (fit): movements of another body, a neighbour's, a planned intake
    ("Năm 2020, huyện Lục Nam kết nạp 112 đảng viên, 15 đảng viên từ trần. Ở Đảng bộ huyện Lục "
     "Ngạn, số đảng viên tăng từ 221 đồng chí đầu năm lên 318 đồng chí.", [221, 112, 15, 318]),
    ("Cuối năm 2023 có 18 chi bộ. Năm 2024 thành lập mới 6 chi bộ, giải thể 2 chi bộ ở Đảng bộ "
     "huyện bạn. Đến nay có 22 chi bộ.", [18, 6, 2, 22]),
    ("Tại đại hội, Đảng bộ có 560 đảng viên. Dự kiến đến năm 2025 kết nạp 60 đảng viên. Đến nay "
     "Đảng bộ có 620 đảng viên.", [560, 60, 620]),
    # part_whole: a note counting other things, another place's earlier count, another year's whole
    ("Năm 2024, Ủy ban kiểm tra đã giải quyết 25 vụ việc(1).\n(1) Các vụ việc liên quan đến 10 "
     "hộ dân và 15 ha đất.", [25, 10, 15]),
    ("Huyện Tân Yên có 9 xã đạt chuẩn nông thôn mới nâng cao. Năm 2024, huyện Việt Yên đưa thêm 2 "
     "xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 11 xã.", [11, 9, 2]),
    ("Năm 2023 tiếp nhận 42 đơn; năm 2024 có 15 đơn thuộc thẩm quyền, đã giải quyết 10 đơn; 27 "
     "đơn không thuộc thẩm quyền đã chuyển cơ quan chức năng.", [42, 15, 27]),
    ("Năm 2019 toàn huyện có 8 xã đạt chuẩn nông thôn mới kiểu mẫu, đến năm 2023 có 12 xã. Năm "
     "2024 công nhận thêm 3 xã đạt chuẩn nông thôn mới kiểu mẫu, nâng tổng số lên 11 xã.", [11, 8, 3]),
    ("Tổng số 50 chi bộ: xuất sắc 11 chi bộ, tốt 35 chi bộ, khá 4 chi bộ. Đảng bộ huyện bạn có 46 "
     "chi bộ hoàn thành tốt nhiệm vụ trở lên.", [46, 11, 35]),
]  # fmt: skip

TABLES = [
    # a column of one value on every row is no yearly addition; unrelated columns
    ("Năm\tSố đảng viên\tSố đảng viên nữ\n2021\t400\t180\n2022\t580\t180\n2023\t760\t180\n",
     [400, 580, 180]),
    ("Năm\tSố hộ nghèo\tSố hộ thoát nghèo\n2021\t500\t40\n2022\t560\t60\n2023\t620\t60\n",
     [500, 560, 60]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), WRONG + TABLES)
def test_wrong_pairing_not_confirmed(text: str, figures: list[float]) -> None:
    rows = [c for c in checks_of(text) if c.verdict == "consistent"]
    assert not any([float(x) for x in c.figures] == [float(x) for x in figures] for c in rows), [
        (c.kind, c.figures, c.why) for c in rows
    ]
