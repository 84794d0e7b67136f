"""A plan table with the same period of two years: "Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 |
Thực hiện 6 tháng 2024 | Ước thực hiện 6 tháng 2025 | So kế hoạch | Tăng so cùng kỳ". What was
done is the column of the plan's own year (the target is read against it), and each row's growth
column is the later period over the earlier (a fit: a ratio or a growth that matches is told).
Each table is ours.
"""

from __future__ import annotations

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)

HEAD = (
    "Thị xã có 9 xã, phường. Kết quả thực hiện một số chỉ tiêu chủ yếu như sau:\n\n"
    "Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025\tThực hiện 6 tháng 2024\t"
    "Ước thực hiện 6 tháng 2025\tSo kế hoạch\tTăng so cùng kỳ\n"
)


def _checks(rows: str, kind: str) -> list[Check]:
    return [c for c in process_text(HEAD + rows, options=_OPTS).checks if c.kind == kind]


def test_done_column_is_the_plans_year_told_as_a_fit() -> None:
    # two done columns: the percent may be of either or of their sum ("Ước cả năm", "Lũy kế"),
    # so a match is told and a miss is silent (review 55)
    rows = (
        "Sản lượng lúa\ttấn\t92.000\t51.480\t53.126\t57,7%\t3,2%\n"
        "Lao động được giải quyết việc làm\tngười\t3.200\t1.512\t1.746\t56,4%\t15,5%\n"
    )
    got = [(c.verdict, c.figures) for c in _checks(rows, "target")]
    assert got == [("consistent", [92000, 53126, 57.7])]


def test_a_year_estimate_beside_the_period_is_no_alarm() -> None:
    text = (
        "Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025\tThực hiện 6 tháng 2025\t"
        "Ước thực hiện cả năm\tSo kế hoạch\n"
        "Sản lượng lúa\ttấn\t92.000\t53.126\t93.500\t101,6%\n"
    )
    checks = process_text("Thị xã có 9 xã, phường.\n\n" + text, options=_OPTS).checks
    assert [c for c in checks if c.verdict == "inconsistent"] == []


def test_growth_column_fits_the_two_periods() -> None:
    rows = (
        "Sản lượng lúa\ttấn\t92.000\t51.480\t53.126\t57,7%\t3,2%\n"
        "Số hộ nghèo\thộ\t600\t640\t612\t102%\t-4,4%\n"
        "Tổng sản lượng thủy sản\ttấn\t58.600\t26.190\t27.842\t47,5%\t9,9%\n"
    )
    got = [(c.verdict, c.figures) for c in _checks(rows, "change")]
    # the third row's 9,9% fits no reading (6,3% would): nothing is told of it
    assert got == [("consistent", [51480, 53126, 3.2]), ("consistent", [640, 612, 4.4])]


def test_two_years_of_other_periods_are_not_compared() -> None:
    text = (
        "Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025\tThực hiện năm 2024\t"
        "Ước thực hiện 6 tháng 2025\tSo kế hoạch\tTăng so cùng kỳ\n"
        "Sản lượng lúa\ttấn\t92.000\t101.480\t53.126\t57,7%\t3,2%\n"
    )
    checks = process_text("Thị xã có 9 xã, phường.\n\n" + text, options=_OPTS).checks
    assert [c for c in checks if c.kind == "change"] == []


def test_done_column_named_by_the_plans_verb_fits() -> None:
    text = (
        "Huyện đoàn có 37 cơ sở Đoàn. Kết quả kết nạp đoàn viên theo cụm thi đua:\n\n"
        "Cụm thi đua\tSố cơ sở Đoàn\tChỉ tiêu kết nạp năm 2025\tKết nạp 6 tháng 2025\tĐạt (%)\n"
        "Cụm 1\t9\t320\t168\t52,5%\n"
        "Cụm 2\t10\t350\t187\t55,4%\n"
        "Toàn huyện\t19\t670\t355\t53%\n"
    )
    rows = [
        (c.verdict, c.figures)
        for c in process_text(text, options=_OPTS).checks
        if c.kind == "target"
    ]
    # "Đạt (%)" beside a done column found by the plan's verb: a fit is told, a miss (187/350 =
    # 53,4%, not 55,4%) is silent
    assert ("consistent", [320, 168, 52.5]) in rows
    assert ("consistent", [670, 355, 53]) in rows
    assert all(v == "consistent" for v, _ in rows)


def test_rest_of_a_plan_fits_the_table_row() -> None:
    text = (
        "Kết quả kết nạp đoàn viên 6 tháng đầu năm:\n\n"
        "Cụm thi đua\tChỉ tiêu kết nạp năm 2025\tKết nạp 6 tháng 2025\tĐạt (%)\n"
        "Toàn huyện\t1.200\t624\t52%\n\n"
        "Phương hướng 6 tháng cuối năm: phấn đấu kết nạp 576 đoàn viên còn lại để hoàn thành "
        "chỉ tiêu năm."
    )
    rows = [
        (c.verdict, c.figures)
        for c in process_text(text, options=_OPTS).checks
        if c.kind == "part_whole"
    ]
    assert rows == [("consistent", [1200, 624, 576])]


def test_bare_rate_cells_under_a_percent_heading_fit() -> None:
    text = (
        "Kết quả học tập nghị quyết:\n\n"
        "Loại hình\tSố đảng viên\tĐã tham gia học tập\tTỷ lệ (%)\n"
        "Các đảng bộ phường\t2.846\t2.771\t97,4\n"
        "Đảng bộ xã Thành Hải\t612\t589\t96,2\n"
        "Toàn Đảng bộ\t3.458\t3.360\t97,2\n\n"
        "Kết quả kết nạp đảng viên năm 2024:\n\n"
        "Địa bàn\tChỉ tiêu giao\tĐã kết nạp\tTỷ lệ đạt (%)\n"
        "Vùng cao\t720\t781\t108,5\n"
        "Vùng thấp\t410\t446\t112,8\n"
        "Toàn tỉnh\t1.130\t1.227\t108,6\n"
    )
    rows = [(c.kind, c.verdict, c.figures) for c in process_text(text, options=_OPTS).checks]
    assert ("share", "consistent", [2771, 2846, 97.4]) in rows
    assert ("share", "consistent", [3360, 3458, 97.2]) in rows
    assert ("target", "consistent", [720, 781, 108.5]) in rows
    # 446/410 = 108,8%, not 112,8%: a bare rate column is told only when it fits
    assert all(v != "inconsistent" for _, v, _ in rows)


def test_two_years_and_a_bare_growth_column_fit() -> None:
    text = (
        "Kết quả công tác tuyên giáo:\n\n"
        "Chỉ tiêu\tNăm 2023\tNăm 2024\tTăng, giảm (%)\n"
        "Hội nghị học tập, quán triệt\t2.615\t2.846\t8,8\n"
        "Lớp bồi dưỡng chuyên đề\t38\t35\t-7,9\n"
        "Tin bài\t100\t120\t24,3\n"
    )
    rows = [
        (c.verdict, c.figures)
        for c in process_text(text, options=_OPTS).checks
        if c.kind == "change"
    ]
    # 120/100 is 20%, not 24,3%: the fit pass leaves it unread
    assert rows == [("consistent", [2615, 2846, 8.8]), ("consistent", [38, 35, 7.9])]


def test_two_percent_columns_read_the_one_that_names_the_plan() -> None:
    text = (
        "Kết quả thực hiện các chỉ tiêu:\n\n"
        "Chỉ tiêu\tĐơn vị tính\tKế hoạch 2024\tThực hiện 2024\tSo kế hoạch (%)\tSo cùng kỳ (%)\n"
        "Tổng sản lượng lúa\ttấn\t345.000\t349.418\t101,3\t102,1\n"
        "Lao động được giải quyết việc làm\tngười\t3.000\t3.250\t118,3\t103,2\n"
    )
    rows = [
        (c.verdict, c.figures)
        for c in process_text(text, options=_OPTS).checks
        if c.kind == "target"
    ]
    # two percent columns: a fit is told, the second row's miss is silent
    assert rows == [("consistent", [345000, 349418, 101.3])]
