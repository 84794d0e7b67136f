"""Recall round: constructions the development sets showed the checker missing, through the
real pipeline. Every passage is written by us (none is copied from a report).

- a total followed by a bracket of year items with bare numbers ("(năm 2022: 40, năm 2023: 52)"),
  and a year list whose last year is an estimate ("năm 2025 ước 258");
- the rest of a whole named far from it ("… N X còn lại", "… để hoàn thành chỉ tiêu"), its done
  part and whole tied where they stand (a fraction, a plan bracket, "đạt P%", a plan and its
  "đạt P% chỉ tiêu");
- members exempted plus members graded make up the membership;
- a bullet list closed by a "Cộng:" line, each item with a bracketed subset ("(nữ 12 người)");
- a target percent after a count and the count's own year bracket.

Each relation is found by search or is a fit, so it is only ever told ``consistent``: the
near misses below must raise no alarm (and mostly stay silent).
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _checks(text: str, kind: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == kind]


# (passage, kind, figures the consistent check must carry)
FOUND = [
    # -- a bracket of year items with bare numbers after the total
    ("Trong ba năm 2022-2024, huyện trồng mới 640 ha rừng (năm 2022: 180, năm 2023: 210, năm 2024: 250), với 1.200 hộ tham gia.", "part_whole", [640, 180, 210, 250]),
    ("Từ năm 2021 đến nay, Hội kết nạp 1.150 hội viên mới (năm 2021: 300; năm 2022: 410; năm 2023: 440), nâng tổng số hội viên lên 9.800 người.", "part_whole", [1150, 300, 410, 440]),
    # -- the last year of a list is an estimate
    ("Cả nhiệm kỳ huyện làm mới 86 km đường giao thông nông thôn; trong đó năm 2021 làm 15 km, năm 2022: 18 km, năm 2023: 17 km, năm 2024: 20 km, năm 2025 ước 16 km.", "part_whole", [86, 15, 18, 17, 20, 16]),
    # -- a rest in the tasks ahead: the plan bracket after "đạt P% kế hoạch"
    ("Năm 2024, xã trồng mới 45 ha mắc ca, đạt 75% kế hoạch năm (60 ha); giá trị sản xuất tăng 6%.\nNhiệm vụ năm 2025:\n- Trồng 15 ha mắc ca còn lại theo kế hoạch.", "part_whole", [60, 45, 15]),
    # -- a rest against a fraction stated sections before
    ("Đến nay 27/30 hợp tác xã đã chuyển đổi theo luật mới, đạt 90%. Doanh thu bình quân đạt 1,2 tỷ đồng.\nPhương hướng: hỗ trợ 3 hợp tác xã còn lại hoàn tất chuyển đổi trong quý I.", "part_whole", [30, 27, 3]),
    # -- two rests coordinated, each against its fraction
    ("Theo chương trình, Ban Thường vụ đã tiến hành 7/9 cuộc kiểm tra và 5/8 cuộc giám sát. Năm tới tiếp tục thực hiện 2 cuộc kiểm tra và 3 cuộc giám sát còn lại.", "part_whole", [8, 5, 3]),
    # -- a done part tied to its whole by the percent it is said to reach
    ("Qua thanh tra, kiến nghị thu hồi 420 triệu đồng; các đơn vị đã nộp lại 357 triệu đồng, đạt 85%. Thời gian tới đôn đốc thu hồi 63 triệu đồng còn lại.", "part_whole", [420e6, 357e6, 63e6]),
    # -- a plan and its "đạt P% chỉ tiêu" (the done part's own bracket passed), the rest to finish
    ("Nghị quyết đề ra chỉ tiêu cả nhiệm kỳ xây 500 nhà đại đoàn kết. Sau ba năm đã xây 410 nhà (năm 2022: 120 nhà; năm 2023: 140 nhà; năm 2024: 150 nhà), đạt 82% chỉ tiêu. Các năm còn lại cần xây thêm 90 nhà để hoàn thành chỉ tiêu nhiệm kỳ.", "part_whole", [500, 410, 90]),
    # -- "đơn vị" names the whole's units stated in the rest's own sentence
    ("Có 14/17 xã, thị trấn đã tổ chức ngày hội đại đoàn kết, đạt 82,4%.\nNăm tới, 100% xã, thị trấn tổ chức ngày hội, trong đó 3 đơn vị còn lại tổ chức trong quý III.", "part_whole", [17, 14, 3]),
    # -- exempt + graded = members, stated in different sections
    ("Đảng bộ xã có 18 chi bộ với 512 đảng viên, trong đó 37 đồng chí được miễn công tác và sinh hoạt đảng.\nVề đánh giá chất lượng: có 475 đảng viên thuộc diện đánh giá, xếp loại; hoàn thành xuất sắc nhiệm vụ 60 đồng chí.", "part_whole", [512, 37, 475]),
    ("Cuối năm 2024 toàn Đảng bộ có 2.340 đảng viên; trừ 96 đồng chí được miễn đánh giá, 2.244 đồng chí được xếp loại chất lượng.", "part_whole", [2340, 96, 2244]),
    # -- a bullet list with bracketed subsets, closed by its total line
    ("Kết quả tuyển dụng từng năm:\n- Năm 2022: 46 người (nữ 20 người);\n- Năm 2023: 52 người (nữ 25 người);\n- Năm 2024: 61 người (nữ 31 người).\nCộng: 159 người, nữ 76 người.", "part_whole", [159, 46, 52, 61]),
    ("Kết quả tuyển dụng từng năm:\n- Năm 2022: 46 người (nữ 20 người);\n- Năm 2023: 52 người (nữ 25 người);\n- Năm 2024: 61 người (nữ 31 người).\nCộng: 159 người, nữ 76 người.", "part_whole", [76, 20, 25, 31]),
    # -- a target percent said of the count before its year bracket
    ("Kế hoạch giai đoạn giao kết nạp 250 đoàn viên. Giai đoạn 2022-2024 kết nạp 300 đoàn viên (năm 2022: 90, năm 2023: 100, năm 2024: 110), đạt 120% kế hoạch.", "target", [250, 300, 120]),
]  # fmt: skip

SILENT = [
    # years in a bracket after a one-year count are levels compared, not parts
    "Năm 2024 huyện giải quyết việc làm cho 500 lao động (năm 2022: 200 lao động, năm 2023: 300 lao động), tăng 12% so với năm trước.",
    # a bracket of years whose sum misses the total: no alarm (a bracket may compare)
    "Giai đoạn 2022-2024 huyện kết nạp 300 đảng viên (năm 2022: 90, năm 2023: 100, năm 2024: 120), vượt chỉ tiêu đề ra.",
    # a later item labelled by a new verb is no estimate: no list
    "Cả nhiệm kỳ huyện làm mới 86 km đường; trong đó năm 2021 làm 15 km, năm 2022: 18 km, năm 2023: 17 km, năm 2024 hỏng 20 km.",
    # a rest that does not fit its plan: never an alarm
    "Năm 2024, xã trồng mới 45 ha mắc ca, đạt 75% kế hoạch năm (60 ha); giá trị sản xuất tăng 6%.\nNhiệm vụ năm 2025:\n- Trồng 25 ha mắc ca còn lại theo kế hoạch.",
    # a done part whose percent does not come from the whole: no tie
    "Qua thanh tra, kiến nghị thu hồi 420 triệu đồng; các đơn vị đã nộp lại 357 triệu đồng, đạt 90%. Thời gian tới đôn đốc thu hồi 63 triệu đồng còn lại.",
    # exempt + graded that do not make up the stated members: silence
    "Đảng bộ xã có 18 chi bộ với 512 đảng viên, trong đó 37 đồng chí được miễn công tác và sinh hoạt đảng.\nVề đánh giá chất lượng: có 470 đảng viên thuộc diện đánh giá, xếp loại; hoàn thành xuất sắc nhiệm vụ 60 đồng chí.",
    # a closing line that sums other rows than the bullets: no alarm
    "Kết quả tuyển dụng từng năm:\n- Năm 2022: 46 người (nữ 20 người);\n- Năm 2023: 52 người (nữ 25 người);\n- Năm 2024: 61 người (nữ 31 người).\nCộng: 170 người, nữ 80 người.",
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "figures"), FOUND)
def test_recall_cases_found(text: str, kind: str, figures: list[float]) -> None:
    got = _checks(text, kind)
    assert any(c.figures == figures and c.verdict == "consistent" for c in got), [
        (c.figures, c.verdict, c.why) for c in got
    ]
    assert "inconsistent" not in [c.verdict for c in got], [(c.figures, c.why) for c in got]


@pytest.mark.parametrize("text", SILENT)
def test_recall_cases_no_alarm(text: str) -> None:
    checks = process_text(text, options=_OPTS).checks
    assert "inconsistent" not in [c.verdict for c in checks], [
        (c.kind, c.figures, c.why) for c in checks
    ]
