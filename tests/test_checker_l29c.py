"""A plan table's result restated in the prose with its growth over the same period before
(twenty-ninth session, round l29c), our own passages.

The table gives a row's "cùng kỳ" cell and its result cell ("Chỉ tiêu | … | Cùng kỳ 2024 |
Thực hiện 6 tháng 2025 | …"); the prose restates the result ("ước đạt 1.612,3 tỷ đồng") and says
"tăng P% so với cùng kỳ" (or "bằng P% so với cùng kỳ"). The growth is the result over the row's
earlier cell. A slip is told when the restated value has four significant digits or more and
only one row holds it; a comparison with a named year, a value two rows share, a short value or
a fall told as a rise keep silence.
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of

HEAD = "Kết quả thực hiện một số chỉ tiêu chủ yếu như sau:\n\n"
TAB = (
    "Chỉ tiêu\tĐơn vị tính\tKế hoạch 2025\tCùng kỳ 2024\tThực hiện 6 tháng 2025\tSo kế hoạch\t"
    "So cùng kỳ\n"
    "Giá trị sản xuất nông nghiệp\ttỷ đồng\t3.420\t1.508,6\t1.612,3\t47,1%\t106,9%\n"
    "Sản lượng lương thực\ttấn\t61.500\t28.914\t29.870\t48,6%\t103,3%\n"
    "Thu ngân sách trên địa bàn\ttỷ đồng\t412\t176,2\t205,4\t49,9%\t116,6%\n"
)
PIPES = (
    "| Chỉ tiêu | ĐVT | Thực hiện cùng kỳ | Ước thực hiện 9 tháng 2024 |\n"
    "|---|---|---|---|\n"
    "| Tổng mức bán lẻ hàng hóa | tỷ đồng | 2.846,5 | 3.104,8 |\n"
    "| Kim ngạch xuất khẩu | triệu USD | 118 | 132 |\n"
    "| Khách du lịch | lượt | 415.200 | 452.600 |\n"
)

# the two periods named by their years, the growth column after them
YEARS = (
    "Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025\tThực hiện 9 tháng 2024\tƯớc thực hiện 9 tháng "
    "2025\tSo kế hoạch\tTăng so cùng kỳ\n"
    "Sản lượng thủy sản\ttấn\t48.200\t30.415\t32.106\t66,6%\t5,6%\n"
    "Vốn đầu tư phát triển\ttỷ đồng\t5.300\t2.874,6\t3.218,9\t60,7%\t12%\n"
)


def _change(text: str, figures: list[float]) -> set[str]:
    """Verdicts of the changes with these figures (the table's own growth column may say the
    same figures as the prose)."""
    return {c.verdict for c in checks_of(text) if c.kind == "change" and c.figures == figures}


# (table, prose, figures of the change: before, after, stated percent)
CONSISTENT = [
    (
        TAB,
        "Giá trị sản xuất nông nghiệp ước đạt 1.612,3 tỷ đồng, bằng 47,1% kế hoạch, tăng 6,9% so "
        "với cùng kỳ.",
        [1508600000000, 1612300000000, 6.9],
    ),
    (
        TAB,
        "Tổng thu ngân sách trên địa bàn đạt 205,4 tỷ đồng, tăng 16,6% so với cùng kỳ năm trước, "
        "chủ yếu nhờ thu tiền sử dụng đất.",
        [176200000000, 205400000000, 16.6],
    ),
    (
        PIPES,
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước 3.104,8 tỷ đồng, tăng 9,1% so "
        "với cùng kỳ.",
        [2846500000000, 3104800000000, 9.1],
    ),
    (
        PIPES,
        "Toàn tỉnh đón 452.600 lượt khách du lịch, bằng 109% so với cùng kỳ.",
        [415200, 452600, 109],
    ),
    (
        YEARS,
        "Sản lượng thủy sản ước đạt 32.106 tấn, tăng 5,6% so với cùng kỳ, trong đó nuôi trồng "
        "chiếm phần lớn.",
        [30415, 32106, 5.6],
    ),
]

PLANTED = [
    (
        TAB,
        "Giá trị sản xuất nông nghiệp ước đạt 1.612,3 tỷ đồng, tăng 8,2% so với cùng kỳ.",
        [1508600000000, 1612300000000, 8.2],
    ),
    (
        TAB,
        "Sản lượng lương thực cả 6 tháng đạt 29.870 tấn, bằng 48,6% kế hoạch, tăng 4,3% so với "
        "cùng kỳ.",
        [28914, 29870, 4.3],
    ),
    (
        PIPES,
        "Tổng mức bán lẻ hàng hóa ước 3.104,8 tỷ đồng, tăng 11,4% so với cùng kỳ; sức mua tăng ở "
        "các khu đô thị.",
        [2846500000000, 3104800000000, 11.4],
    ),
    (
        YEARS,
        "Vốn đầu tư phát triển toàn xã hội ước 3.218,9 tỷ đồng, tăng 14,2% so với cùng kỳ.",
        [2874600000000, 3218900000000, 14.2],
    ),
]

SILENT = [
    # the comparison is with a named year, not the table's same period
    (TAB, "Sản lượng lương thực đạt 29.870 tấn, tăng 9,5% so với cùng kỳ năm 2023."),
    # a short value (three digits) may be another figure's
    (PIPES, "Kim ngạch xuất khẩu đạt 132 triệu USD, tăng 15,2% so với cùng kỳ."),
    # a fall told as a rise is another reading
    (TAB, "Thu ngân sách trên địa bàn đạt 205,4 tỷ đồng, giảm 16,6% so với cùng kỳ."),
    # a value two rows share: which row is meant is not known
    (
        "Chỉ tiêu\tĐơn vị tính\tCùng kỳ 2024\tThực hiện 2025\n"
        "Diện tích lúa\tha\t12.450\t12.840\n"
        "Diện tích rau màu\tha\t12.610\t12.840\n",
        "Diện tích gieo trồng đạt 12.840 ha, tăng 3,5% so với cùng kỳ.",
    ),
    # the figure before the growth is not the row's result
    (TAB, "Diện tích lúa đạt 12.840 ha, tăng 2,1% so với cùng kỳ."),
]


@pytest.mark.parametrize(("table", "prose", "figures"), CONSISTENT)
def test_restated_result_confirms_its_growth(table: str, prose: str, figures: list[float]) -> None:
    text = HEAD + table + "\n" + prose
    assert _change(text, figures) == {"consistent"}
    assert alarms(text) == []


@pytest.mark.parametrize(("table", "prose", "figures"), PLANTED)
def test_restated_result_with_another_growth_is_told(
    table: str, prose: str, figures: list[float]
) -> None:
    text = HEAD + table + "\n" + prose
    assert _change(text, figures) == {"inconsistent"}
    (c,) = [c for c in checks_of(text) if c.verdict == "inconsistent"]
    assert f"not {figures[2]:g}%" in c.why and f"{figures[1]:.0f}" in c.why


@pytest.mark.parametrize(("table", "prose"), SILENT)
def test_other_growths_keep_silence(table: str, prose: str) -> None:
    assert alarms(HEAD + table + "\n" + prose) == []


# A rate's change in points whose levels are stated in the sentences before, each naming the
# rate's subject word for word: told when the latest level and an earlier one differ by the
# stated change (a fit; a change no pair gives is silence, never an alarm).
POINTS_FIT = [
    (
        "Cuối năm 2022, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi là 14,6%; năm 2023 "
        "là 13,8%. Đến cuối năm 2024, trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi còn 12,9%. "
        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm 1,7 điểm phần trăm so với năm "
        "2022.",
        [14.6, 12.9, 1.7],
    ),
    (
        "Đầu năm, xã có 2.104 hộ, trong đó hộ nghèo 97 hộ, chiếm 4,61%; hộ cận nghèo 122 hộ, chiếm "
        "5,80%. Cuối năm, xã còn 61 hộ nghèo trên tổng số 2.131 hộ, chiếm 2,86%. Như vậy, tỷ lệ hộ "
        "nghèo giảm 1,75 điểm phần trăm so với đầu năm.",
        [4.61, 2.86, 1.75],
    ),
    (
        "Năm 2021, số người tham gia bảo hiểm y tế đạt 88,4% dân số. Năm 2024, người tham gia bảo "
        "hiểm y tế đạt 93,1% dân số, vượt chỉ tiêu Nghị quyết. Tỷ lệ người tham gia bảo hiểm y tế "
        "tăng 4,7 điểm phần trăm sau ba năm.",
        [88.4, 93.1, 4.7],
    ),
]

POINTS_SILENT = [
    # no pair of levels gives the stated change: silence, not an alarm
    "Cuối năm 2022, tỷ lệ trẻ em suy dinh dưỡng là 14,6%. Đến cuối năm 2024, trẻ em suy dinh "
    "dưỡng còn 12,9%. Tỷ lệ trẻ em suy dinh dưỡng giảm 2,1 điểm phần trăm so với năm 2022.",
    # the levels name another group ("hộ cận nghèo"), not the rate's
    "Đầu năm, hộ cận nghèo chiếm 5,80%; cuối năm hộ cận nghèo còn 4,06%. Tỷ lệ hộ nghèo giảm "
    "1,74 điểm phần trăm so với đầu năm.",
    # a goal is no level
    "Năm 2024, tỷ lệ lao động qua đào tạo đạt 68,2%; phấn đấu năm 2025 tỷ lệ lao động qua đào "
    "tạo đạt 70%. Tỷ lệ lao động qua đào tạo tăng 1,8 điểm phần trăm so với năm 2023.",
]


@pytest.mark.parametrize(("text", "figures"), POINTS_FIT)
def test_points_change_fits_levels_stated_before(text: str, figures: list[float]) -> None:
    assert _change(text, figures) == {"consistent"}
    assert alarms(text) == []


@pytest.mark.parametrize("text", POINTS_SILENT)
def test_points_change_without_fitting_levels_is_silent(text: str) -> None:
    assert [c for c in checks_of(text) if c.kind == "change"] == []
    assert alarms(text) == []


def test_levels_of_a_points_change_stay_shares_of_their_own_wholes() -> None:
    """The two rates a points change is found between are still read as the shares they state."""
    text = (
        "Số hộ cận nghèo giảm từ 1.416 hộ (chiếm 5,37% trên 26.370 hộ đầu năm) xuống còn 1.103 hộ "
        "(chiếm 4,15% trên 26.580 hộ); tỷ lệ hộ cận nghèo giảm 1,22 điểm phần trăm."
    )
    got = {(c.kind, c.verdict, tuple(c.figures)) for c in checks_of(text)}
    assert ("change", "consistent", (5.37, 4.15, 1.22)) in got
    assert ("share", "consistent", (1416, 26370, 5.37)) in got
    assert ("share", "consistent", (1103, 26580, 4.15)) in got
    assert alarms(text) == []


def test_what_became_of_some_items_after_a_semicolon_is_no_breakdown() -> None:
    """A bracketed item's kind followed, past a ";", by what became of some of them is not that
    item's breakdown (lead, after review 29p: a wrong confirmation 7 = 5 + 2)."""
    text = (
        "Ban Chỉ đạo tỉnh đã đưa 11 vụ án, vụ việc vào diện theo dõi, chỉ đạo (7 vụ án, 4 vụ "
        "việc); đến nay đã đưa ra xét xử sơ thẩm 5 vụ án, kết thúc xử lý 2 vụ việc."
    )
    got = {(c.kind, c.verdict, tuple(c.figures)) for c in checks_of(text)}
    assert ("part_whole", "consistent", (11, 7, 4)) in got
    assert not any(f[:1] == (7,) for k, _, f in got if k == "part_whole")
