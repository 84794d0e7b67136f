"""A table of years whose one column is a stock and another what each year added: every year's
stock minus the year before's is that year's addition (a fit only, thirty-fourth session).
Tables written by us."""

from __future__ import annotations

from tests.checkhelp import alarms, checks_of, told

STOCK_THEN_ADDED = (
    "Kết quả trồng rừng qua các năm:\n\n"
    "Năm\tDiện tích rừng trồng (ha)\tTrồng mới trong năm (ha)\n"
    "2020\t1.050\t96\n2021\t1.180\t130\n2022\t1.322\t142\n2023\t1.410\t88\n\n"
    "Đến nay tỷ lệ che phủ rừng đạt 45%.\n"
)
ADDED_THEN_TOTAL = (
    "Số hội viên kết nạp mới và lũy kế:\n\n"
    "Năm | Kết nạp mới | Lũy kế hội viên\n"
    "2021 | 214 | 2.214\n2022 | 187 | 2.401\n2023 | 203 | 2.604\n"
)


def test_each_year_step_is_confirmed() -> None:
    rows = checks_of(STOCK_THEN_ADDED, "change")
    for figures in ([1050, 1180, 130], [1180, 1322, 142], [1322, 1410, 88]):
        assert told(rows, "change", "consistent", figures)


def test_the_added_column_may_come_first() -> None:
    rows = checks_of(ADDED_THEN_TOTAL, "change")
    assert told(rows, "change", "consistent", [2214, 2401, 187])
    assert told(rows, "change", "consistent", [2401, 2604, 203])
    assert all(c.start <= c.end for c in rows)


def test_one_row_off_says_nothing() -> None:
    text = STOCK_THEN_ADDED.replace("2022\t1.322\t142", "2022\t1.322\t124")
    assert alarms(text) == []
    assert not any(c.figures == [1050, 1180, 130] for c in checks_of(text, "change"))
