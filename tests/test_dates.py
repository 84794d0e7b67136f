"""Dates and periods: corpus tables (value -> phrase in a sentence), phrases that must
yield nothing, the Party Congress terms table, and the document's own date.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from vnreport_miner.extractors import dates
from vnreport_miner.extractors.dates import parse, rules
from vnreport_miner.pipeline.normalise import normalise_text
from vnreport_miner.records import Document, Mention, Options


def _run(text: str) -> tuple[Document, list[Mention]]:
    doc = Document(path="t.txt", text=normalise_text(text))
    found = dates.extract(doc, [], Options())
    for m in found:
        assert doc.text[m.start : m.end] == m.text
    return doc, found


def _of(found: list[Mention], kind: str) -> list[Mention]:
    return [m for m in found if m.type == kind]


# value, granularity, expected text, sentence
DATE_CASES = [
    ("2016-05-23", "day", "ngày 23-5-2016", "Hội nghị họp ngày 23-5-2016 tại hội trường huyện."),
    (
        "2018-10-08",
        "day",
        "ngày 8/10/2018",
        "Văn bản ký ngày 8/10/2018 đã được phổ biến tới chi bộ.",
    ),
    ("2017-05-10", "day", "ngày 10.5.2017", "Chi bộ họp ngày 10.5.2017 để kiểm điểm."),
    ("2024-02-29", "day", "29-2-2024", "Hạn cuối là 29-2-2024 theo kế hoạch."),
    (
        "2018-10-08",
        "day",
        "ngày 8 tháng 10 năm 2018",
        "Sáng ngày 8 tháng 10 năm 2018, đoàn công tác về xã.",
    ),
    (
        "2021-03-05",
        "day",
        "ngày 05 tháng 3 năm 2021",
        "Hà Giang, ngày 05 tháng 3 năm 2021 là ngày khai mạc.",
    ),
    ("2020-12-01", "day", "01/12/2020", "Xây dựng chi bộ vững mạnh ( 01/12/2020)"),
    ("2020-03", "month", "tháng 3/2020", "Đến tháng 3/2020, huyện hoàn thành việc sáp nhập thôn."),
    (
        "2020-03",
        "month",
        "tháng 3 năm 2020",
        "Trong tháng 3 năm 2020 có 12 chi bộ sinh hoạt chuyên đề.",
    ),
    ("2021-06", "month", "Tháng 6-2021", "Tháng 6-2021, tỉnh tổ chức hội nghị sơ kết."),
    ("2019-12-31", "day", "hết tháng 12/2019", "Tính đến hết tháng 12/2019, xã có 212 đảng viên."),
    ("2016", "year", "năm 2016", "Trong năm 2016, toàn tỉnh kết nạp 800 đảng viên mới."),
    ("2016", "year", "Năm 2016", "Năm 2016, huyện có năm xã đạt chuẩn nông thôn mới."),
    ("2016", "year", "đầu năm 2016", "So với đầu năm 2016, số chi bộ thôn tăng thêm 14."),
    ("2019", "year", "cuối năm 2019", "Tính đến cuối năm 2019, xã có 320 đảng viên."),
    (
        "2020-12-31",
        "day",
        "hết năm 2020",
        "Phấn đấu đến hết năm 2020 không còn bản trắng đảng viên.",
    ),
    ("2020-03-31", "day", "hết quý I-2020", "Tính đến hết quý I-2020, có 45 bản đã có chi bộ."),
    ("2018-06-30", "day", "hết quý II năm 2018", "Đến hết quý II năm 2018, huyện đã rà soát xong."),
]


@pytest.mark.parametrize(("value", "granularity", "text", "sentence"), DATE_CASES)
def test_dates_date_forms(value: str, granularity: str, text: str, sentence: str) -> None:
    _, found = _run(sentence)
    got = [(m.text, m.attrs["value"], m.attrs["granularity"]) for m in _of(found, "date")]
    assert (text, value, granularity) in got
    assert all(m.rule for m in found)


# period_start, period_end, kind, expected text, sentence
PERIOD_CASES = [
    (
        "2015",
        "2020",
        "term",
        "nhiệm kỳ 2015-2020",
        "Đầu nhiệm kỳ 2015-2020, tỉnh còn 95 bản chưa có đảng viên.",
    ),
    (
        "2020",
        "2025",
        "term",
        "nhiệm kỳ 2020 - 2025",
        "Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 đề ra 12 chỉ tiêu.",
    ),
    (
        "2010",
        "2015",
        "term",
        "nhiệm kỳ 2010 – 2015",
        "Rà soát quy hoạch cán bộ nhiệm kỳ 2010 – 2015 đã xong.",
    ),
    (
        "2016",
        "2020",
        "phase",
        "giai đoạn 2016-2020",
        "Đề án phát triển đảng viên giai đoạn 2016-2020 được thông qua.",
    ),
    (
        "2011",
        "2015",
        "phase",
        "giai đoạn 2011 – 2015",
        "Kết quả giai đoạn 2011 – 2015 là nền tảng quan trọng.",
    ),
    (
        "2021",
        "2025",
        "phase",
        "giai đoạn 2021 - 2025",
        "Giao 76 việc đột phá cho giai đoạn 2021 -  2025 tới cán bộ chủ chốt.",
    ),
    (
        "2020-01-01",
        "2020-03-31",
        "quarter",
        "quý I-2020",
        "Trong quý I-2020, các chi bộ họp đủ 3 kỳ.",
    ),
    (
        "2019-10-01",
        "2019-12-31",
        "quarter",
        "quý IV năm 2019",
        "Số liệu quý IV năm 2019 cho thấy chuyển biến rõ.",
    ),
    ("2021-04-01", "2021-06-30", "quarter", "quý 2/2021", "Trong quý 2/2021 kết nạp 36 đảng viên."),
    (
        "2023-01-01",
        "2023-06-30",
        "half",
        "6 tháng đầu năm 2023",
        "Trong 6 tháng đầu năm 2023, huyện kết nạp 140 đảng viên.",
    ),
    (
        "2022-07-01",
        "2022-12-31",
        "half",
        "6 tháng cuối năm 2022",
        "Kết quả 6 tháng cuối năm 2022 vượt kế hoạch.",
    ),
    (
        "2018",
        "2022",
        "range",
        "2018 - 2022",
        "Xếp loại tổ chức đảng (2018 - 2022) đều đạt khá trở lên.",
    ),
    ("2016", "2020", "range", "năm 2016-2020", "Trong các năm 2016-2020, xã kết nạp 61 đảng viên."),
    (
        "2016",
        "2020",
        "range",
        "từ năm 2016 đến năm 2020",
        "Số liệu từ năm 2016 đến năm 2020 được tổng hợp đầy đủ.",
    ),
    (
        "2016",
        None,
        "range",
        "Từ năm 2016 đến nay",
        "Từ năm 2016 đến nay, toàn tỉnh củng cố 14 chi bộ yếu kém.",
    ),
]


@pytest.mark.parametrize(("start", "end", "kind", "text", "sentence"), PERIOD_CASES)
def test_dates_period_forms(
    start: str, end: str | None, kind: str, text: str, sentence: str
) -> None:
    _, found = _run(sentence)
    got = [
        (m.text, m.attrs["period_start"], m.attrs["period_end"], m.attrs["kind"])
        for m in _of(found, "period")
    ]
    assert got == [(normalise_text(text), start, end, kind)]


# sentences with numbers that are not dates or periods
NEGATIVE_CASES = [
    "Đã có 1.349/1.443 thôn bản có chi bộ, chiếm 93,5%.",
    "Có 20/45 chi bộ xếp loại hoàn thành tốt nhiệm vụ.",
    "Chỉ còn 5/1.343 đơn vị xếp loại yếu.",
    "Phấn đấu hằng năm kết nạp 2.000 đảng viên.",
    "Xã có 2020 hộ dân sống ở vùng biên giới.",
    "Dự án nâng cấp Quốc lộ 53 và Quốc lộ 54 đã hoàn thành.",
    "Theo khoản 2 Điều 5 của quy chế làm việc.",
    "Phòng, chống dịch Covid-19 trong tình hình mới.",
    "Ngày 31-2-2020 không có trên lịch.",
    "Báo cáo tháng 13/2020 là một lỗi đánh máy.",
    "Năm là, phát huy vai trò của Mặt trận Tổ quốc.",
    "Đại hội Đảng bộ tỉnh khóa XII đã bầu 55 đồng chí.",
    "Số máy lẻ 1234-5678 của văn phòng.",
    "Tra cứu tạp chí in trước năm 2010:",
]


@pytest.mark.parametrize("sentence", NEGATIVE_CASES)
def test_dates_negative_phrases_yield_nothing(sentence: str) -> None:
    _, found = _run(sentence)
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Từ năm 2016 đến nay, xã có 9 chi bộ mới.",
            [("period", "Từ năm 2016 đến nay"), ("date", "năm 2016")],
        ),
        (
            "Tính đến hết quý I-2020, đạt 93%.",
            [("date", "hết quý I-2020"), ("period", "quý I-2020")],
        ),
        ("Trong 6 tháng đầu năm 2023, kết nạp 40 đảng viên.", [("period", "6 tháng đầu năm 2023")]),
        ("Ngày 8 tháng 10 năm 2018 khai mạc.", [("date", "Ngày 8 tháng 10 năm 2018")]),
    ],
)
def test_dates_nesting_follows_the_gold(sentence: str, expected: list[tuple[str, str]]) -> None:
    _, found = _run(sentence)
    assert [(m.type, m.text) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Điện Biên: Hiệu quả từ một nghị quyết ( 01/12/2020)\n\nNội dung bài viết.", "2020-12-01"),
        ("Sơn La đổi mới sinh hoạt chi bộ\nThứ Hai, 15/03/2021 08:30\nNội dung bài.", "2021-03-15"),
        (
            "Bài viết về chi bộ.\n\nNội dung dài của bài.\n\nHà Giang, ngày 05 tháng 3 năm 2021",
            "2021-03-05",
        ),
        ("Triển khai Nghị quyết số 12-NQ/TU ngày 3-4-2019\nNội dung bài viết.", None),
        ("Bài viết không ghi ngày.\nTừ năm 2016 đến nay có nhiều đổi mới.", None),
    ],
)
def test_dates_document_date(text: str, expected: str | None) -> None:
    doc, _ = _run(text)
    assert doc.meta.get("date") == expected


def test_dates_open_range_ends_at_the_document_date() -> None:
    doc, found = _run(
        "Chi bộ bản Na Sang ( 01/12/2020)\n\nTừ năm 2016 đến nay, chi bộ kết nạp 12 đảng viên."
    )
    period = _of(found, "period")[0]
    assert doc.meta["date"] == "2020-12-01"
    assert (period.attrs["period_start"], period.attrs["period_end"]) == ("2016", "2020-12-01")


@pytest.mark.parametrize(
    ("term", "years"),
    [
        ("III", (1960, 1976)),
        ("X", (2006, 2011)),
        ("XI", (2011, 2016)),
        ("XII", (2016, 2021)),
        ("XIV", (2026, 2031)),
    ],
)
def test_dates_party_terms_table(term: str, years: tuple[int, int]) -> None:
    assert parse.term_years(term) == years


def test_dates_party_terms_are_contiguous_and_numbered() -> None:
    rules.validate()
    numerals = list(rules.PARTY_TERMS)
    assert [parse.roman_to_int(n) for n in numerals] == list(range(1, len(numerals) + 1))
    assert all(parse.int_to_roman(parse.roman_to_int(n) or 0) == n for n in numerals)
    assert parse.term_years("XV") is None


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((2020, 2, 29), "2020-02-29"),
        ((2019, 2, 29), None),
        ((2020, 2, 31), None),
        ((2020, 13, 1), None),
    ],
)
def test_dates_calendar_validation(args: tuple[int, int, int], expected: str | None) -> None:
    assert parse.iso_day(*args) == expected
