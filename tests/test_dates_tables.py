"""Years in table cells, and the dateline of an official report's header block.

The texts are written for these tests, not taken from any report.
"""

from __future__ import annotations

import pytest

from vnreport_miner.extractors.dates import document_date
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

# thirty lines of report text: a header block's dateline is then no longer among the
# text's last lines, where the closing dateline is looked for
_BODY = "".join(
    f"Đoạn {k}: các chi bộ tiếp tục thực hiện nghị quyết của cấp ủy.\n" for k in range(30)
)


def _dates(text: str) -> list[tuple[str, str]]:
    doc = process_text(text, options=Options(entities=False))
    out = []
    for m in doc.mentions:
        if m.type == "date":
            assert doc.text[m.start : m.end] == m.text
            out.append((m.text, m.attrs["value"]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years as row labels
        (
            "Kết nạp qua các năm:\n\nNăm\tKết nạp\tNữ\n2021\t140\t52\n2022\t151\t60\n",
            [("2021", "2021"), ("2022", "2022")],
        ),
        # years as column headings, one with a note
        (
            "Nguồn vốn\t2023\t2024 (ước)\nNgân sách\t12\t15\n",
            [("2023", "2023"), ("2024", "2024")],
        ),
        # a heading word before the year
        (
            "Chỉ tiêu\tKế hoạch 2025\tThực hiện 2025\nHộ nghèo\t120\t131\n",
            [("2025", "2025"), ("2025", "2025")],
        ),
    ],
)
def test_years_in_tables_are_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


def test_a_year_like_figure_in_the_body_is_no_date() -> None:
    # "2024" under "Số hội viên" is a count of members, not a year
    text = "Chi hội\tSố hội viên\tMới\nChi hội A\t2024\t31\nChi hội B\t1.980\t25\n"
    assert _dates(text) == []


def test_header_block_dateline_closes_an_open_period() -> None:
    text = (
        "ĐẢNG BỘ TỈNH MẪU\nHUYỆN ỦY SƠN TÂY\n*\nSố 118-BC/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Sơn Tây, ngày 12 tháng 11 năm 2024\n\nBÁO CÁO\nKết quả công tác phát triển đảng viên\n\n"
        "Từ năm 2021 đến nay, toàn Đảng bộ kết nạp 640 đảng viên.\n" + _BODY
    )
    assert document_date(text) == "2024-11-12"
    doc = process_text(text, options=Options(entities=False))
    period = next(m for m in doc.mentions if m.type == "period")
    assert (period.attrs["period_start"], period.attrs["period_end"]) == ("2021", "2024-11-12")


def test_a_later_header_line_counts_only_as_a_dateline() -> None:
    # a subtitle with dates in the header block is no dateline
    text = (
        "ĐẢNG BỘ TỈNH MẪU\nHUYỆN ỦY SƠN TÂY\n*\nBÁO CÁO\n"
        "(từ ngày 15/12/2023 đến ngày 14/12/2024)\n\n" + _BODY
    )
    assert document_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table heading's months of a year, without "năm"
        (
            "Chỉ tiêu\tKế hoạch năm 2025\tThực hiện 6 tháng 2025\nKết nạp đảng viên\t120\t58\n",
            ("6 tháng 2025", "2025-01-01", "2025-06-30"),
        ),
        (
            "Ước thực hiện 9 tháng 2024 đạt 76% kế hoạch.",
            ("9 tháng 2024", "2024-01-01", "2024-09-30"),
        ),
        # a school year
        ("PHƯƠNG HƯỚNG NHIỆM VỤ NĂM HỌC 2024-2025", ("NĂM HỌC 2024-2025", "2024", "2025")),
        (
            "Trong năm học 2023-2024, toàn huyện có 41 trường.",
            ("năm học 2023-2024", "2023", "2024"),
        ),
    ],
)
def test_months_of_a_year_and_school_years_are_periods(text: str, expected: tuple) -> None:
    doc = process_text(text, options=Options(entities=False))
    periods = [
        (m.text, m.attrs["period_start"], m.attrs["period_end"])
        for m in doc.mentions
        if m.type == "period"
    ]
    assert periods == [expected]
    assert not any(m.type == "quantity" and "tháng" in m.text for m in doc.mentions)


@pytest.mark.parametrize(
    "text",
    [
        # a lone year-like count in a row of figures (a merged group row broke the table)
        "Cơ sở hội\tSố hội viên\tKết nạp mới\nI. Khối xã\nXã Phú Lộc\t2024\t31\nXã Tân Lập\t1.980\t25\n",
        # a table with no heading row: its first row is data
        "Đảng bộ xã Phú Lộc\t2024\t186\t52\nĐảng bộ xã Tân Lập\t1.420\t120\t31\n",
        # a first column of counts under a heading that is no time
        "Số đảng viên\tSố chi bộ\tGhi chú\n2015\t48\tgồm cả dự bị\n",
        # a unit note is no estimate
        "Chỉ tiêu\tSố hội viên\tSố chi hội\nHội Nông dân\t2024 (người)\t12\n",
    ],
)
def test_year_like_counts_in_tables_are_no_dates(text: str) -> None:
    assert _dates(text) == []


def test_a_history_sentence_in_the_header_block_is_no_dateline() -> None:
    text = (
        "ĐẢNG BỘ TỈNH MẪU\nHUYỆN ỦY SƠN TÂY\n*\n"
        "Tại Hương Cảng, ngày 3 tháng 2 năm 1930, Đảng ta ra đời.\n\n" + _BODY
    )
    assert document_date(text) is None


def test_the_closing_dateline_wins_over_a_cited_one_in_the_header() -> None:
    text = (
        "ĐẢNG BỘ TỈNH MẪU\nHUYỆN ỦY SƠN TÂY\n*\n(Trích)\nHạ Long, ngày 20 tháng 7 năm 2021\n\n"
        + _BODY
        + "Sơn Tây, ngày 10 tháng 12 năm 2024\n"
    )
    assert document_date(text) == "2024-12-10"


def test_the_base_year_of_prices_is_a_date() -> None:
    text = "Giá trị sản xuất nông nghiệp (giá so sánh 2010) ước đạt 2.140 tỷ đồng."
    assert _dates(text) == [("2010", "2010")]


@pytest.mark.parametrize(
    "text",
    [
        "Trong 3 tháng 2000 lao động được giải quyết việc làm.",  # a count after the months
        "Duy trì đơn giá cố định 2000 đồng/m3 nước sạch.",  # a price, no base year
    ],
)
def test_look_alikes_of_months_and_price_years(text: str) -> None:
    doc = process_text(text, options=Options(entities=False))
    assert not [m for m in doc.mentions if m.type in ("date", "period")]


def test_a_price_base_year_before_a_comma() -> None:
    assert _dates("GRDP theo giá so sánh 2010, ước đạt 8.915 tỷ đồng.") == [("2010", "2010")]
