"""Counts with swapped digits over stretches of years, and counts said in quotations.

The tenth session tried to read "từ năm 2021 đến hết năm 2023" and "trong ba năm qua" as one
stretch, so that a count restated with two digits swapped across them would be an alarm. Two
white-box reviews (53 and 54) found 14 and then 25 false alarms in it: two different things
counted over the same stretch share their subject and verb, the present year of a report is
often unclear, and quoted speakers speak of their own unit. The reading was withdrawn; these
passages stay silent. A count in a quotation whose speaker's role names another body (a company,
a school, the district next door, a commune of the district) is no proof of a repeat either.
Each passage is ours.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _alarms(text: str) -> list[Check]:
    checks = process_text(text, options=_OPTS).checks
    return [c for c in checks if c.kind == "repeat" and c.verdict == "inconsistent"]


SILENT = [
    # one stretch by its ends and by its length, two things counted
    "Từ năm 2022 đến năm 2024, toàn huyện cấp 1.254 thẻ bảo hiểm y tế cho người cao tuổi. "
    "Trong ba năm qua, toàn huyện cấp 1.245 thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.",
    "Giai đoạn 2021 - 2023, các chi hội đã tổ chức 316 buổi sinh hoạt chuyên đề. Trong ba năm "
    "qua, các chi hội đã tổ chức 361 buổi sinh hoạt định kỳ có lồng ghép tuyên truyền.",
    # another stretch of the same length, earlier than the report's present
    "Giai đoạn 2016 - 2020, huyện hỗ trợ xây dựng 1.482 căn nhà đại đoàn kết cho hộ nghèo. "
    "Bước sang nhiệm kỳ mới, năm 2025 huyện tổng kết. Trong 5 năm qua, huyện hỗ trợ xây dựng "
    "1.428 căn nhà đại đoàn kết cho hộ nghèo.",
    # a school year is no stretch of two years
    "Năm học 2023 - 2024, các trường trong huyện kết nạp 1.254 đoàn viên. Hai năm qua, các "
    "trường trong huyện kết nạp 1.245 đoàn viên.",
    # two badges over one stretch
    "Từ năm 2021 đến năm 2023, huyện trao Huy hiệu 30 năm tuổi Đảng cho 348 đảng viên. Từ năm "
    "2021 đến năm 2023, huyện trao Huy hiệu 40 năm tuổi Đảng cho 384 đảng viên.",
    # speakers of other bodies: a company, the district next door, a twinned district
    "Năm 2023, toàn huyện kết nạp 412 đảng viên mới. Đồng chí Nguyễn Văn An, Bí thư Đảng ủy "
    "Công ty Than Hà Lầm cho biết: “Năm 2023, Đảng bộ Công ty kết nạp 421 đảng viên mới”.",
    "Năm 2024, toàn huyện kết nạp 412 đảng viên. Ông Lò Văn Thượng, Bí thư Huyện ủy huyện bạn "
    "cho biết: “Năm 2024, huyện chúng tôi kết nạp 421 đảng viên”.",
    "Năm 2023, toàn huyện giải quyết việc làm cho 3.142 lao động. Bà Trần Thị Mai, Giám đốc "
    "Công ty May Tây Bắc cho biết: “Năm 2023, chúng tôi giải quyết việc làm cho 3.412 lao "
    "động”.",
    # two things told apart by the words after the count (review 54)
    "Từ năm 2021 đến năm 2023, các chi bộ đã kết nạp 173 đảng viên là người Mông. Từ năm 2021 "
    "đến năm 2023, các chi bộ đã kết nạp 137 đảng viên là người Dao.",
    "Từ năm 2021 đến năm 2023, chi hội các thôn đã tổ chức 136 buổi sinh hoạt chủ đề về bình "
    "đẳng giới. Chi hội các thôn đã tổ chức 163 buổi sinh hoạt chủ đề về phòng chống bạo lực gia "
    "đình.",
    # the later count is a part, its rest told right after it (blind review 57)
    "Ban Thường vụ Huyện ủy và cấp ủy cơ sở đã kiểm tra 27 tổ chức đảng và 64 đảng viên. Công "
    "tác kiểm tra được chú trọng. Qua kiểm tra, kết luận 25 tổ chức đảng và 61 đảng viên thực hiện "
    "tốt; 2 tổ chức đảng và 3 đảng viên thực hiện chưa tốt.",
    # a commune's secretary quoted in a report on its district
    "Huyện Mường Nhé có 11 xã. Năm 2024, toàn huyện kết nạp 152 đảng viên. Đồng chí Giàng A "
    "Lử, Bí thư Đảng ủy xã Sín Thầu (huyện Mường Nhé) cho biết: “Năm 2024, chúng tôi kết nạp "
    "125 đảng viên”.",
]


@pytest.mark.parametrize("text", SILENT)
def test_other_stretches_and_speakers_stay_silent(text: str) -> None:
    rows = _alarms(text)
    assert rows == [], [(c.figures, c.why) for c in rows]


def test_a_quoted_restatement_of_the_reports_own_body_is_still_told() -> None:
    # a bare title ("đồng chí Bí thư") speaks for the report's own body
    text = (
        "Năm 2023, huyện hỗ trợ xây mới, sửa chữa 138 căn nhà tình nghĩa. Phát biểu tại lễ bàn "
        "giao, đồng chí Bí thư nói: “183 căn nhà tình nghĩa được xây mới, sửa chữa trong năm 2023 "
        "là tình cảm của cả cộng đồng”."
    )
    assert [c.figures for c in _alarms(text)] == [[138, 183]]
