"""White-box review 21t of the readings added on the twenty-first day (target in occasions, a
plan named "là N", an amount allotted "được giao", the plan's noun before the percent; a share's
whole in the bracket after the percent; those that have a thing and those that have not; a year
bracket after a noun that runs on; fractions of amounts in one scale; list items labelled by a
place).

224 passages of our own: 198 clean ones with look-alike traps (in
tests/battery/battery_zzzz_t.jsonl; no known alarm left) and 26 with one planted slip each.
The clean passages raised 30 false alarms at first; the guards:

- checker/target.py: an occasion count ("buổi", "đợt", "lần", "kỳ") whose own clause makes it a
  rate or a difference ("mỗi thôn 4 buổi", "nhiều hơn năm trước 6 buổi") is stepped over as
  before; a miss by the last of counts of one unit listed side by side is no proof when their sum
  fits ("126 buổi … và 48 buổi …, đạt 116% kế hoạch (150 buổi)"); a bracket after "vượt kế
  hoạch P%" that fits as the excess ("1.260 ha, vượt kế hoạch 5% (60 ha)") is no plan;
- checker/share.py: when a count of the sentence before the percent, or two listed side by
  side, give the percent of the whole in the bracket after it ("(tổng số 9.360 hộ)"), another
  reading's miss on that percent is no proof;
- checker/part_whole.py: "số X chưa có Y" negates "số X có Y" only with the negation at the
  head of the predicate ("có nhà văn hóa chưa đạt chuẩn" is a kind of those that have one), and
  a total of another moment ("Năm 2020, tổng số thôn …; đến nay …") is no whole of the parts.

Planted slips: 23 of 26 found, before and after the guards; 3 are missed and not asserted here:
r21t-216 (a year bracket "năm 2021 là 82 đảng viên, … và năm 2024 là 98 đảng viên" after "356
đảng viên mới": told unverifiable), r21t-219 (a list labelled by places under "trong đó", told
unverifiable), r21t-220 (the parts of a fraction of amounts "12,6/15 tỷ đồng, trong đó …").

Each row is (passage, kind, expected verdict or None for "no inconsistent verdict at all").
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def checks_of(text: str) -> list[Check]:
    return process_text(text, options=_OPTS).checks


CASES = [
    # -- the planted slips the checker finds (one real slip each)
    # r21t-199: [64, 140, 50]
    (
        "Năm 2024, Hội Nông dân tổ chức 64 buổi tuyên truyền, đạt 140% kế hoạch (50 buổi).",
        "target",
        "inconsistent",
    ),
    # r21t-200: [18, 125, 12]
    (
        "Đoàn xã tổ chức 18 đợt ra quân tình nguyện, bằng 125% kế hoạch (12 đợt).",
        "target",
        "inconsistent",
    ),
    # r21t-201: [56, 108, 48]
    (
        "Lãnh đạo xã tiếp công dân 56 lần, đạt 108% kế hoạch (48 lần).",
        "target",
        "inconsistent",
    ),
    # r21t-202: [86.4, 71.2, 86.2]
    (
        "Năm 2024, huyện được giao 86,4 tỷ đồng vốn đầu tư công, đã giải ngân 71,2 tỷ đồng, "
        "đạt 86,2% kế hoạch.",
        "target",
        "inconsistent",
    ),
    # r21t-203: [2.4, 1.8, 80]
    (
        "Xã được giao 2,4 tỷ đồng vốn xây dựng nông thôn mới, đã giải ngân 1,8 tỷ đồng, đạt 80%.",
        "target",
        "inconsistent",
    ),
    # r21t-204: [1296, 12, 1200]
    (
        "Năm 2024, toàn huyện trồng mới 1.296 ha rừng tập trung, vượt kế hoạch 12% (1.200 ha).",
        "target",
        "inconsistent",
    ),
    # r21t-205: [2640, 12, 2400]
    (
        "Năm 2024 giải quyết việc làm cho 2.640 lao động, vượt chỉ tiêu 12% (2.400 lao động).",
        "target",
        "inconsistent",
    ),
    # r21t-206: [84, 110, 80]
    (
        "Năm 2024, Đảng bộ kết nạp 84 đảng viên, đạt chỉ tiêu 110% (80 đảng viên).",
        "target",
        "inconsistent",
    ),
    # r21t-207: [86.4, 6, 80]
    (
        "Thu ngân sách nhà nước trên địa bàn đạt 86,4 tỷ đồng, vượt dự toán 6% (80 tỷ đồng).",
        "target",
        "inconsistent",
    ),
    # r21t-208: [40, 46, 120]
    (
        "Kế hoạch năm 2024 tổ chức 40 buổi tuyên truyền; kết quả tổ chức được 46 buổi, đạt 120%.",
        "target",
        "inconsistent",
    ),
    # r21t-209: [8640, 93.2, 9360]
    (
        "Năm 2024, toàn xã có 8.640 hộ đạt danh hiệu gia đình văn hóa, đạt tỷ lệ 93,2% (tổng "
        "số 9.360 hộ).",
        "share",
        "inconsistent",
    ),
    # r21t-210: [1210, 96.5, 1228]
    (
        "Số trẻ em dưới 1 tuổi được tiêm chủng đầy đủ là 1.210 trẻ, đạt tỷ lệ 96,5% (tổng số "
        "1.228 trẻ).",
        "share",
        "inconsistent",
    ),
    # r21t-211: [312, 4.3, 9360]
    (
        "Toàn xã còn 312 hộ nghèo, chiếm 4,3% (tổng số 9.360 hộ).",
        "share",
        "inconsistent",
    ),
    # r21t-212: [412, 35.4, 1234]
    (
        "Đảng bộ có 412 đảng viên nữ, chiếm 35,4% (tổng số 1.234 đảng viên).",
        "share",
        "inconsistent",
    ),
    # r21t-213: [96, 12, 106]
    (
        "Số thôn có nhà văn hóa là 96 thôn; số thôn chưa có nhà văn hóa là 12 thôn; tổng số "
        "thôn là 106 thôn.",
        "part_whole",
        "inconsistent",
    ),
    # r21t-214: [1024, 86, 1120]
    (
        "Số hộ có nhà tiêu hợp vệ sinh là 1.024 hộ, số hộ chưa có nhà tiêu hợp vệ sinh là 86 "
        "hộ, tổng số hộ là 1.120 hộ.",
        "part_whole",
        "inconsistent",
    ),
    # r21t-215: [412, 138, 146, 138]
    (
        "Từ năm 2022 đến năm 2024, huyện hỗ trợ xây dựng 412 căn nhà đại đoàn kết (năm 2022: "
        "138 căn; năm 2023: 146 căn; năm 2024: 138 căn).",
        "part_whole",
        "inconsistent",
    ),
    # r21t-217: [12.6, 15, 86]
    (
        "Năm 2024, huyện đã giải ngân 12,6/15 tỷ đồng vốn sự nghiệp, đạt 86%.",
        "ratio_percent",
        "inconsistent",
    ),
    # r21t-218: [2.4, 3, 800000000]
    (
        "Đã thu 2,4/3 tỷ đồng quỹ phòng, chống thiên tai, còn 800 triệu đồng chưa thu.",
        "part_whole",
        "inconsistent",
    ),
    # r21t-221: [126, 48, 120, 150]
    (
        "Tổ chức 126 lớp tập huấn và 48 lớp bồi dưỡng chính trị, đạt 120% kế hoạch (150 lớp).",
        "target",
        "inconsistent",
    ),
    # r21t-222: [1260, 8, 60]
    (
        "Toàn huyện trồng mới 1.260 ha rừng, vượt kế hoạch 8% (60 ha).",
        "target",
        "inconsistent",
    ),
    # r21t-223: [1024, 86, 1120]
    (
        "Năm 2024, số hộ có nhà tiêu hợp vệ sinh là 1.024 hộ; số hộ chưa có nhà tiêu hợp vệ "
        "sinh là 86 hộ; tổng số hộ là 1.120 hộ.",
        "part_whole",
        "inconsistent",
    ),
    # r21t-224: [8640, 93.2, 9360]
    (
        "Có 8.640 hộ đạt danh hiệu gia đình văn hóa, trong đó 6.120 hộ được công nhận liên "
        "tục nhiều năm, đạt tỷ lệ 93,2% (tổng số 9.360 hộ).",
        "share",
        "inconsistent",
    ),
    # -- clean: a bracket after 'vượt kế hoạch P%' that is the excess
    # r21t-058
    (
        "Toàn huyện trồng mới 1.260 ha rừng, vượt kế hoạch 5% (60 ha).",
        None,
        None,
    ),
    # r21t-060
    (
        "Năm 2024 giải quyết việc làm cho 2.640 lao động, vượt chỉ tiêu 10% (240 lao động).",
        None,
        None,
    ),
    # r21t-061
    (
        "Thu ngân sách nhà nước trên địa bàn đạt 86,4 tỷ đồng, vượt dự toán 8% (6,4 tỷ đồng).",
        None,
        None,
    ),
    # r21t-071
    (
        "Số đảng viên mới kết nạp là 126 đồng chí, vượt chỉ tiêu 5% (6 đồng chí).",
        None,
        None,
    ),
    # -- clean: an occasion count made a rate or a difference by its clause
    # r21t-002
    (
        "Ban Tuyên giáo phối hợp với các thôn tổ chức 48 buổi tuyên truyền, mỗi thôn 4 buổi, "
        "đạt 100% kế hoạch (48 buổi).",
        None,
        None,
    ),
    # r21t-003
    (
        "Các chi hội tổ chức 36 buổi sinh hoạt chuyên đề, nhiều hơn năm trước 6 buổi, đạt "
        "120% kế hoạch (30 buổi).",
        None,
        None,
    ),
    # r21t-178
    (
        "Hội Nông dân tổ chức 2 đợt ra quân, mỗi đợt 30 buổi tuyên truyền, đạt 120% kế hoạch "
        "(50 buổi).",
        None,
        None,
    ),
    # -- clean: a percent of counts listed side by side
    # r21t-027
    (
        "Các cấp Hội tổ chức 126 buổi sinh hoạt chuyên đề và 48 buổi nói chuyện truyền thống, "
        "đạt 116% kế hoạch (150 buổi).",
        None,
        None,
    ),
    # r21t-182
    (
        "Năm 2024 hỗ trợ 126 hộ nghèo vay vốn và 48 hộ cận nghèo vay vốn, đạt 116% kế hoạch "
        "(150 hộ).",
        None,
        None,
    ),
    # r21t-180
    (
        "Trong năm, Chi bộ tổ chức 12 kỳ sinh hoạt thường kỳ, đạt 100% kế hoạch (12 kỳ).",
        None,
        None,
    ),
    # -- clean: a whole in the bracket after the percent
    # r21t-081
    (
        "Có 8.640 hộ đạt danh hiệu gia đình văn hóa, trong đó 6.120 hộ được công nhận liên "
        "tục nhiều năm, đạt tỷ lệ 92,3% (tổng số 9.360 hộ).",
        None,
        None,
    ),
    # r21t-084
    (
        "Đảng bộ có 36 đảng viên là người dân tộc thiểu số, 18 đảng viên theo đạo Công giáo, "
        "chiếm 1,5% (tổng số 1.234 đảng viên).",
        None,
        None,
    ),
    # r21t-094
    (
        "Đã có 1.098 hộ được cấp giấy chứng nhận quyền sử dụng đất, còn 102 hộ chưa được cấp, "
        "đạt tỷ lệ 91,5% (tổng số 1.200 hộ).",
        None,
        None,
    ),
    # r21t-099
    (
        "Toàn huyện có 9.120 người có thẻ bảo hiểm y tế, trong đó 1.240 người thuộc hộ nghèo "
        "được cấp miễn phí, đạt tỷ lệ 91,2% (tổng số 10.000 người).",
        None,
        None,
    ),
    # r21t-100
    (
        "Đã có 312 hộ được hỗ trợ, 46 hộ đang chờ xét duyệt, chiếm 12,8% (tổng số 2.800 hộ).",
        None,
        None,
    ),
    # -- clean: a predicate negated inside, not at its head
    # r21t-104
    (
        "Số thôn có nhà văn hóa đạt chuẩn là 64 thôn; số thôn có nhà văn hóa chưa đạt chuẩn "
        "là 28 thôn; số thôn chưa có nhà văn hóa là 14 thôn; tổng số thôn là 106 thôn.",
        None,
        None,
    ),
    # r21t-105
    (
        "Số hộ có nhà ở kiên cố là 812 hộ, số hộ có nhà ở chưa kiên cố là 64 hộ, số hộ chưa "
        "có nhà ở riêng là 12 hộ; tổng số hộ là 888 hộ.",
        None,
        None,
    ),
    # r21t-110
    (
        "Số hộ có đất sản xuất ổn định là 980 hộ, số hộ có đất sản xuất không ổn định là 64 "
        "hộ, số hộ không có đất sản xuất là 56 hộ; tổng số hộ là 1.100 hộ.",
        None,
        None,
    ),
    # r21t-114
    (
        "Số trường có thư viện đạt chuẩn là 18 trường, số trường có thư viện chưa đạt chuẩn "
        "là 7 trường, số trường chưa có thư viện là 3 trường; tổng số trường là 28 trường.",
        None,
        None,
    ),
    # -- clean: a total of another moment
    # r21t-108
    (
        "Năm 2020, tổng số thôn là 112 thôn; đến nay, sau sáp nhập, số thôn có nhà văn hóa là "
        "96 thôn, số thôn chưa có nhà văn hóa là 10 thôn.",
        None,
        None,
    ),
    # r21t-186
    (
        "Cuối năm 2023, tổng số hộ là 1.100 hộ; đến nay, số hộ có nước sạch là 1.060 hộ, số "
        "hộ chưa có nước sạch là 58 hộ.",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), CASES)
def test_review21t(text: str, kind: str | None, expected: str | None) -> None:
    got = checks_of(text)
    rows = [(c.kind, c.verdict, c.figures, c.why) for c in got]
    if expected is None:
        assert "inconsistent" not in [c.verdict for c in got], rows
    else:
        assert expected in [c.verdict for c in got if c.kind == kind], rows
