"""Fits of rates read from tables and brackets: a rate column over two of many count columns,
a rate row under its count row ("Tỷ lệ so với tổng số | 100% | …"), and a rate whose count is
in its bracket ("tỷ lệ hộ nghèo 2,4% (96 hộ)") against the whole stated before. A fit is told,
a miss is silent: never an alarm.
"""

from __future__ import annotations

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _shares(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "share"]


_SCHOOLS = (
    "Cấp học\tSố trường\tSố lớp\tSố học sinh\tTrường đạt chuẩn\tTỷ lệ\n"
    "Mầm non\t18\t160\t4.210\t15\t{a}\n"
    "Tiểu học\t16\t250\t7.034\t13\t81,3%\n"
    "Tổng cộng\t34\t410\t11.244\t28\t82,4%\n"
)


def test_rate_column_over_two_of_many_count_columns() -> None:
    got = _shares(_SCHOOLS.format(a="83,3%"))
    assert sorted(tuple(c.figures) for c in got if c.verdict == "consistent") == [
        (13, 16, 81.3),
        (15, 18, 83.3),
        (28, 34, 82.4),
    ]


def test_rate_column_with_one_row_off_is_silent() -> None:
    got = _shares(_SCHOOLS.format(a="85,3%"))
    assert not [c for c in got if c.figures[:2] in ([15, 18], [13, 16], [28, 34])]
    assert not [c for c in process_text(_SCHOOLS.format(a="85,3%"), options=_OPTS).checks
                if c.verdict == "inconsistent" and c.kind == "share"]  # fmt: skip


_QUARTERS = (
    "Quý\tKết nạp\tNữ\tDưới 30 tuổi\n"
    "Quý I\t52\t20\t31\n"
    "Quý II\t68\t28\t40\n"
    "Quý III\t60\t25\t36\n"
    "Quý IV\t60\t23\t33\n"
    "Cả năm\t240\t96\t140\n"
    "Tỷ lệ so với tổng số\t100%\t{b}\t58,3%\n"
)


def test_rate_row_under_its_count_row() -> None:
    got = _shares(_QUARTERS.format(b="40%"))
    assert sorted(tuple(c.figures) for c in got) == [(96, 240, 40), (140, 240, 58.3)]
    assert all(c.verdict == "consistent" for c in got)


def test_rate_row_with_a_cell_off_tells_nothing() -> None:
    assert not _shares(_QUARTERS.format(b="41%"))


def test_rate_with_its_count_in_brackets_against_the_whole_before() -> None:
    text = (
        "Xã có 9 ấp, 4.015 hộ với 15.900 nhân khẩu. Sản xuất nông nghiệp ổn định.\n\n"
        "Tỷ lệ hộ nghèo giảm từ 2,39% (96 hộ) xuống 1,62% (65 hộ), giảm 0,77 điểm phần trăm."
    )
    got = _shares(text)
    assert sorted(tuple(c.figures) for c in got if c.verdict == "consistent") == [
        (65, 4015, 1.62),
        (96, 4015, 2.39),
    ]


def test_bracketed_count_of_another_noun_is_not_the_part() -> None:
    """ "tỷ lệ bao phủ bảo hiểm y tế 93,1% (14.800 người)": the rate names no "người" before
    it, so the bracket is not read as its part against the households stated before."""
    text = (
        "Xã có 4.015 hộ với 15.900 nhân khẩu. Tỷ lệ bao phủ bảo hiểm y tế đạt 93,1% (14.800 người)."
    )
    assert not [c for c in _shares(text) if 4015 in c.figures]


def test_quarter_rows_add_up_to_the_year_row_above_a_rate_row() -> None:
    """ "Quý I … Quý IV" then "Cả năm": each column's quarters make its year (a fit); the rate
    row under the year row is no part of the sum."""
    checks = process_text(_QUARTERS.format(b="40%"), options=_OPTS).checks
    sums = sorted(tuple(c.figures) for c in checks if c.kind == "part_whole")
    assert (240, 52, 68, 60, 60) in sums
    assert (96, 20, 28, 25, 23) in sums
    assert (140, 31, 40, 36, 33) in sums
    assert all(c.verdict == "consistent" for c in checks if c.kind == "part_whole")


def test_quarter_rows_that_miss_their_year_row_tell_nothing() -> None:
    text = _QUARTERS.format(b="40%").replace("Quý IV\t60\t23\t33", "Quý IV\t61\t23\t33")
    checks = process_text(text, options=_OPTS).checks
    assert not [c for c in checks if c.kind == "part_whole" and 240 in c.figures]


def test_part_bracket_with_its_share_over_the_whole_after_tren() -> None:
    """ "2.436 hộ (chiếm 4,56% trên 53.420 hộ đầu năm)": the share and its whole in the part's
    bracket."""
    text = (
        "Số hộ nghèo giảm từ 2.436 hộ (chiếm 4,56% trên 53.420 hộ đầu năm) xuống còn 1.877 hộ "
        "(chiếm 3,48% trên 53.910 hộ)."
    )
    got = sorted(tuple(c.figures) for c in _shares(text) if c.verdict == "consistent")
    assert got == [(1877, 53910, 3.48), (2436, 53420, 4.56)]


def test_worded_fraction_over_the_population_with_a_named_rate() -> None:
    text = (
        "Số người tham gia bảo hiểm y tế là 164.218 người trên tổng dân số 171.905 người, đạt tỷ "
        "lệ bao phủ 95,5%."
    )
    got = [c for c in process_text(text, options=_OPTS).checks if c.kind == "ratio_percent"]
    assert [(c.verdict, c.figures) for c in got] == [("consistent", [164218, 171905, 95.5])]


def test_rate_of_members_over_a_named_whole_in_brackets() -> None:
    text = (
        "Hội có 98.514 hội viên. Tỷ lệ tập hợp hội viên đạt 81,2% so với tổng số hộ nông dân "
        "(121.322 hộ)."
    )
    assert [tuple(c.figures) for c in _shares(text)] == [(98514, 121322, 81.2)]
