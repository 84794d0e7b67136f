"""A table's rate column, its meaning set by the rows themselves (tables written for these tests).

"Tỷ lệ nữ" is "Trong đó nữ" over "Đoàn viên" in every row that fits: 315/640 = 49,2%,
198/412 = 48,1%, 466/905 = 51,5%, 170/377 = 45,1%, 1.149/2.334 = 49,2%.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

HEAD = (
    "Kết quả kết nạp đoàn viên năm 2024 như sau:\n\n"
    "Đơn vị\tChi đoàn\tĐoàn viên\tKết nạp mới\tTrong đó nữ\tTỷ lệ nữ\n"
)
ROWS = [
    "Xã Tân Hòa\t12\t640\t48\t315\t{}\n",
    "Xã Phước Lâm\t9\t412\t31\t198\t48,1%\n",
    "Thị trấn Long Điền\t15\t905\t76\t466\t51,5%\n",
    "Xã An Ngãi\t8\t377\t22\t170\t45,1%\n",
    "Cộng\t44\t2.334\t177\t1.149\t49,2%\n",
]


def _shares(rows: list[str], first: str) -> list:
    text = HEAD + "".join(rows).format(first)
    return [
        c for c in process_text(text, options=Options(entities=False)).checks if c.kind == "share"
    ]


def test_every_row_of_an_established_column_is_confirmed() -> None:
    got = _shares(ROWS, "49,2%")
    assert sorted(c.figures[-1] for c in got if c.verdict == "consistent") == [
        45.1,
        48.1,
        49.2,
        49.2,
        51.5,
    ]
    assert all(c.verdict == "consistent" for c in got)


def test_the_one_row_the_column_misses_is_inconsistent() -> None:
    # 315/640 = 49,2%, not 42,9%, while the four other rows fit
    got = _shares(ROWS, "42,9%")
    bad = [c for c in got if c.verdict == "inconsistent"]
    assert [c.figures for c in bad] == [[315, 640, 42.9]]
    assert "49.2%" in bad[0].why


def test_too_few_rows_to_establish_the_column_is_silent() -> None:
    # three fitting rows are not enough to say what the column means
    got = _shares(ROWS[:4], "42,9%")
    assert not [c for c in got if c.verdict == "inconsistent"]


def test_two_missed_rows_leave_the_column_open() -> None:
    rows = [*ROWS[:3], "Xã An Ngãi\t8\t377\t22\t170\t54,1%\n", ROWS[4]]
    got = _shares(rows, "42,9%")
    assert not [c for c in got if c.verdict == "inconsistent"]


def test_a_row_another_pair_of_its_cells_explains_is_silent() -> None:
    # 48/640 = 7,5%: the row's rate may be of the new members, so no alarm
    got = _shares(ROWS, "7,5%")
    assert not [c for c in got if c.verdict == "inconsistent"]


SHARE_TABLE = (
    "Mô hình “Dân vận khéo” được công nhận trong năm:\n\n"
    "Lĩnh vực\tSố mô hình\tTỷ lệ\n"
    "Kinh tế\t215\t{}\n"
    "Văn hóa - xã hội\t131\t29,2%\n"
    "Quốc phòng - an ninh\t47\t10,5%\n"
    "Xây dựng hệ thống chính trị\t55\t12,3%\n"
    "Tổng cộng\t448\t100%\n"
)


def test_a_rate_column_over_the_total_row() -> None:
    # 215/448 = 48,0%, 131/448 = 29,2%, 47/448 = 10,5%, 55/448 = 12,3%
    text = SHARE_TABLE.format("48,0%")
    got = [
        c for c in process_text(text, options=Options(entities=False)).checks if c.kind == "share"
    ]
    told = sorted(c.figures[-1] for c in got if c.verdict == "consistent" and 448 in c.figures)
    assert told == [10.5, 12.3, 29.2, 48.0]
    assert not [c for c in got if c.verdict == "inconsistent"]


def test_a_row_off_its_total_share_is_no_alarm() -> None:
    # 215/448 = 48,0%, not 42,0%; but a row read against the total row may be a sub-row of
    # the row above ("Trong số đó: nữ"): a fit is told, a miss is not. The total row's own
    # 100% is no check
    text = SHARE_TABLE.format("42,0%")
    got = [
        c for c in process_text(text, options=Options(entities=False)).checks if c.kind == "share"
    ]
    assert not [c for c in got if c.verdict == "inconsistent"]
    assert not [c for c in got if c.figures[:2] == [448, 448]]


PLAN_TABLE = (
    "Kết quả kết nạp đảng viên năm 2024:\n\n"
    "Đơn vị\tChỉ tiêu giao\tSố kết nạp\tTỷ lệ so chỉ tiêu (%)\n"
    "Khối xã, thị trấn\t120\t131\t{}\n"
    "Khối cơ quan\t40\t44\t110,0\n"
    "Khối doanh nghiệp\t25\t23\t92,0\n"
    "Tổng cộng\t185\t198\t107,0\n"
)


def test_a_plan_table_whose_percent_column_holds_bare_numbers() -> None:
    # the "(%)" header makes 109,2 a percent: 131/120 = 109,2%; 44/40 = 110%; 23/25 = 92%;
    # 198/185 = 107,0%. Plan columns make these targets, not shares.
    checks = process_text(PLAN_TABLE.format("109,2"), options=Options(entities=False)).checks
    told = sorted(c.figures[-1] for c in checks if c.kind == "target")
    assert told == [92.0, 107.0, 109.2, 110.0]
    assert all(c.verdict == "consistent" for c in checks if c.kind == "target")
    assert not [c for c in checks if c.kind == "share"]


def test_a_plan_table_row_off_its_rate() -> None:
    # 131/120 = 109,2%, not 103,2%
    checks = process_text(PLAN_TABLE.format("103,2"), options=Options(entities=False)).checks
    bad = [c for c in checks if c.verdict == "inconsistent"]
    assert [(c.kind, c.figures) for c in bad] == [("target", [120, 131, 103.2])]


YEARS_TABLE = (
    "Kết nạp đảng viên qua các năm:\n\n"
    "Năm\tKết nạp\tTrong đó nữ\tĐoàn viên\tTỷ lệ nữ (%)\n"
    "2021\t1.210\t532\t870\t44,0\n"
    "2022\t1.318\t600\t941\t{}\n"
    "2023\t1.405\t652\t1.003\t46,4\n"
    "2024\t1.462\t693\t1.046\t47,4\n"
    "Cộng\t5.395\t2.477\t3.860\t45,9\n"
)


@pytest.mark.parametrize(("stated", "verdict"), [("45,5", ["consistent"]), ("48,5", [])])
def test_a_rate_column_headed_percent_with_bare_numbers(stated: str, verdict: list[str]) -> None:
    # 600/1.318 = 45,5%; the other rows fit "Trong đó nữ" over "Kết nạp" (532/1.210 = 44,0%,
    # 652/1.405 = 46,4%, 693/1.462 = 47,4%, 2.477/5.395 = 45,9%). Bare "(%)" cells tell a fit
    # only: notes, marks and bases named outside such tables explain odd rows too often
    checks = process_text(YEARS_TABLE.format(stated), options=Options(entities=False)).checks
    got = [c for c in checks if c.kind == "share" and 600 in c.figures]
    assert [c.verdict for c in got] == verdict


def test_a_plan_table_with_a_sub_column() -> None:
    # "Trong đó: nữ" is a sub-column: the done column is "Kết nạp"; 118/110 = 107,3%,
    # 124/120 = 103,3%, not 105,3%
    text = (
        "Năm\tChỉ tiêu\tKết nạp\tTrong đó: nữ\tTỷ lệ đạt chỉ tiêu\n"
        "2023\t110\t118\t49\t107,3%\n"
        "2024\t120\t124\t52\t105,3%\n"
        "Cộng\t230\t242\t101\t105,2%\n"
    )
    checks = process_text(text, options=Options(entities=False)).checks
    got = sorted((c.figures[-1], c.verdict) for c in checks if c.kind == "target")
    assert got == [(105.2, "consistent"), (105.3, "inconsistent"), (107.3, "consistent")]


@pytest.mark.parametrize(
    ("stated", "verdict"), [("18,4%", "consistent"), ("14,8%", "inconsistent")]
)
def test_a_growth_column_headed_by_its_verb(stated: str, verdict: str) -> None:
    # "Tăng (%)": (45 - 38)/38 = 18,4%; the years in the header set the order
    text = (
        "Cấp công nhận\tNăm 2023 (hộ)\tNăm 2024 (hộ)\tTăng (%)\n"
        f"Trung ương\t38\t45\t{stated}\n"
        "Cấp tỉnh\t612\t684\t11,8%\n"
    )
    checks = process_text(text, options=Options(entities=False)).checks
    got = [c for c in checks if c.kind == "change" and 45 in c.figures]
    assert [c.verdict for c in got] == [verdict]


def test_a_within_row_is_no_row_of_the_column_sum() -> None:
    # "Trong đó: nữ" belongs to the row above: 412 + 305 + 278 = 995, 31 + 22 + 19 = 72
    text = (
        "Đơn vị\tĐoàn viên\tKết nạp mới\nXã A\t412\t31\nTrong đó: nữ\t198\t14\n"
        "Xã B\t305\t22\nXã C\t278\t19\nCộng\t995\t72\n"
    )
    checks = process_text(text, options=Options(entities=False)).checks
    got = sorted(c.figures[0] for c in checks if c.kind == "part_whole")
    assert got == [72, 995]
    assert all(c.verdict == "consistent" for c in checks if c.kind == "part_whole")


BUDGET_TABLE = (
    "Kết quả thu ngân sách (đơn vị: tỷ đồng):\n\n"
    "Khoản thu\tDự toán\tThực hiện\tTỷ lệ (%)\n"
    "Thu ngoài quốc doanh\t120,5\t131,2\t108,9\n"
    "Thu tiền sử dụng đất\t310,0\t287,4\t92,7\n"
    "Lệ phí trước bạ\t42,0\t45,6\t{}\n"
)


@pytest.mark.parametrize(("stated", "verdict"), [("108,6", "consistent"), ("106,8", None)])
def test_a_bare_rate_column_beside_named_plan_and_done_columns(
    stated: str, verdict: str | None
) -> None:
    # "Dự toán | Thực hiện | Tỷ lệ (%)": 45,6/42,0 = 108,6%. A bare "Tỷ lệ (%)" says not what it
    # is of (white-box review 42: next year's plan over this year's result, a share of the
    # total, a sub-count's rate), so a row that does not fit is left silent
    checks = process_text(BUDGET_TABLE.format(stated), options=Options(entities=False)).checks
    got = [
        c for c in checks if c.kind == "target" and c.figures[-1] == float(stated.replace(",", "."))
    ]
    assert [c.verdict for c in got] == ([verdict] if verdict else [])


YEAR_PLAN_TABLE = (
    "Chỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\tKế hoạch năm\tĐạt so với kế hoạch (%)\n"
    "Mở lớp bồi dưỡng (lớp)\t6\t9\t11\t14\t40\t35\t{}\n"
    "Hội nghị tuyên truyền (cuộc)\t12\t15\t18\t21\t66\t60\t110\n"
)


@pytest.mark.parametrize(("stated", "verdict"), [("114,3", "consistent"), ("112,3", None)])
def test_the_years_column_is_done_against_the_plan(stated: str, verdict: str | None) -> None:
    # "Cả năm | Kế hoạch năm | Đạt so với kế hoạch (%)": 40/35 = 114,3%. The "Cả năm" column may
    # be another year's or the plan a term's (review 46): a miss is not told
    checks = process_text(YEAR_PLAN_TABLE.format(stated), options=Options(entities=False)).checks
    got = [c for c in checks if c.kind == "target" and c.figures[:2] == [35, 40]]
    assert [c.verdict for c in got] == ([verdict] if verdict else []), [
        (c.kind, c.figures, c.verdict) for c in checks
    ]


SMALL_RATE_TABLE = (
    "Khu vực\tĐoàn viên\tĐoàn viên nữ\tTỷ lệ nữ (%)\n"
    "Khu vực nhà nước\t2.480\t1.302\t52,5\n"
    "Doanh nghiệp ngoài nhà nước\t4.115\t2.633\t{}\n"
    "Tổng cộng\t6.595\t3.935\t59,7\n"
)


@pytest.mark.parametrize(("stated", "verdicts"), [("64,0", ["consistent"] * 3), ("66,0", [])])
def test_a_small_rate_table_is_read_only_when_every_row_fits(
    stated: str, verdicts: list[str]
) -> None:
    # 1.302/2.480 = 52,5%; 2.633/4.115 = 63,99% -> 64,0%; 3.935/6.595 = 59,67% -> 59,7%. With
    # "66,0" one row misses: three rows are too few to say which columns the rate is of
    checks = process_text(SMALL_RATE_TABLE.format(stated), options=Options(entities=False)).checks
    got = [c.verdict for c in checks if c.kind == "share"]
    assert got == verdicts, [(c.figures, c.verdict) for c in checks]
