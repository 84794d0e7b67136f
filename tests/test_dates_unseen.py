"""Dates and periods on phrasing the rules were not written from: quarterly
socio-economic reports, congress reports, inspection schedules.

Each row: (sentence, every date and period of it, in text order, as
(type, text, value, granularity) for a date and (type, text, (start, end), kind) for a
period). Expected rows follow ../shared/gold/GUIDELINES.md; where it is silent the
decision is written beside the table and listed in the README.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from vnreport_miner.extractors import dates
from vnreport_miner.pipeline.normalise import normalise_text
from vnreport_miner.records import Document, Mention, Options

D, PER = "date", "period"


def _rows(text: str) -> list[tuple]:
    doc = Document(path="t.txt", text=normalise_text(text))
    found: list[Mention] = dates.extract(doc, [], Options())
    out = []
    for m in sorted(found, key=lambda m: (m.start, -m.end)):
        assert doc.text[m.start : m.end] == m.text
        a = m.attrs
        if m.type == D:
            out.append((D, m.text, a["value"], a["granularity"]))
        else:
            out.append((PER, m.text, (a["period_start"], a["period_end"]), a["kind"]))
    return out


CASES: list[tuple[str, list[tuple]]] = [
    # calendar days in every separator
    (
        "Ngày 15 tháng 7 năm 2023, Tỉnh ủy tổ chức hội nghị.",
        [(D, "Ngày 15 tháng 7 năm 2023", "2023-07-15", "day")],
    ),
    (
        "Hội nghị diễn ra ngày 15/7/2023 tại hội trường.",
        [(D, "ngày 15/7/2023", "2023-07-15", "day")],
    ),
    ("Ngày 15.7.2023 khai mạc lớp bồi dưỡng.", [(D, "Ngày 15.7.2023", "2023-07-15", "day")]),
    ("Ngày 05/01/2024, Ban Thường vụ họp.", [(D, "Ngày 05/01/2024", "2024-01-05", "day")]),
    ("Sáng 20-10-2023, UBND tỉnh tổ chức hội nghị.", [(D, "20-10-2023", "2023-10-20", "day")]),
    (
        "Tính đến ngày 30/6/2024, toàn tỉnh có 62.000 đảng viên.",
        [(D, "ngày 30/6/2024", "2024-06-30", "day")],
    ),
    # months
    ("Đến tháng 9/2023 đã hoàn thành.", [(D, "tháng 9/2023", "2023-09", "month")]),
    (
        "Trong tháng 9 năm 2023 có 12 chi bộ sinh hoạt chuyên đề.",
        [(D, "tháng 9 năm 2023", "2023-09", "month")],
    ),
    ("Đầu tháng 3/2024, huyện tổ chức ra quân.", [(D, "Đầu tháng 3/2024", "2024-03", "month")]),
    (
        "Hết tháng 10/2023, đã kết nạp 300 đảng viên.",
        [(D, "Hết tháng 10/2023", "2023-10-31", "day")],
    ),
    ("Cuối tháng 6-2024 sẽ sơ kết.", [(D, "Cuối tháng 6-2024", "2024-06", "month")]),
    # years
    ("Đến cuối năm 2022, toàn tỉnh có 120 xã đạt chuẩn.", [(D, "cuối năm 2022", "2022", "year")]),
    ("Năm 2025, phấn đấu 100% xã có chi bộ.", [(D, "Năm 2025", "2025", "year")]),
    (
        "Năm 2024 và năm 2025 là hai năm cuối nhiệm kỳ.",
        [(D, "Năm 2024", "2024", "year"), (D, "năm 2025", "2025", "year")],
    ),
    (
        "Chương trình kéo dài đến năm 2030, tầm nhìn đến năm 2045.",
        [(D, "năm 2030", "2030", "year"), (D, "năm 2045", "2045", "year")],
    ),
    ("Đợt 1 năm 2023 kết nạp 40 đảng viên.", [(D, "năm 2023", "2023", "year")]),
    # quarters; decision: the year inside a quarter is not a date of its own,
    # "quý 3 năm 2023" is one period as "quý I-2020" is
    (
        "Quý III/2023, thu ngân sách tăng.",
        [(PER, "Quý III/2023", ("2023-07-01", "2023-09-30"), "quarter")],
    ),
    (
        "Trong quý 3 năm 2023, tình hình ổn định.",
        [(PER, "quý 3 năm 2023", ("2023-07-01", "2023-09-30"), "quarter")],
    ),
    (
        "Trong quý I năm 2024, tình hình an ninh ổn định.",
        [(PER, "quý I năm 2024", ("2024-01-01", "2024-03-31"), "quarter")],
    ),
    ("Quý IV-2024 sẽ tổng kết.", [(PER, "Quý IV-2024", ("2024-10-01", "2024-12-31"), "quarter")]),
    (
        "Số liệu quý 4/2023 đã cập nhật.",
        [(PER, "quý 4/2023", ("2023-10-01", "2023-12-31"), "quarter")],
    ),
    # months of a year counted from its start; decision: "N tháng (đầu) năm Y" runs
    # from 1 January to the end of month N (kind "half" for 6 months, else "range");
    # "N tháng cuối năm Y" ends on 31 December
    (
        "6 tháng đầu năm 2024, tổng thu ngân sách đạt 500 tỷ đồng.",
        [(PER, "6 tháng đầu năm 2024", ("2024-01-01", "2024-06-30"), "half")],
    ),
    (
        "Sáu tháng cuối năm 2023 tập trung chỉ đạo.",
        [(PER, "Sáu tháng cuối năm 2023", ("2023-07-01", "2023-12-31"), "half")],
    ),
    (
        "Trong 9 tháng năm 2023, đã giải ngân 70% vốn.",
        [(PER, "9 tháng năm 2023", ("2023-01-01", "2023-09-30"), "range")],
    ),
    (
        "Kết quả 9 tháng đầu năm 2024 khả quan.",
        [(PER, "9 tháng đầu năm 2024", ("2024-01-01", "2024-09-30"), "range")],
    ),
    (
        "Ba tháng cuối năm 2024 cần tăng tốc.",
        [(PER, "Ba tháng cuối năm 2024", ("2024-10-01", "2024-12-31"), "range")],
    ),
    # terms and phases
    (
        "Giai đoạn 2021 - 2025 đặt ra nhiều mục tiêu.",
        [(PER, "Giai đoạn 2021 - 2025", ("2021", "2025"), "phase")],
    ),
    (
        "Nhiệm kỳ 2020 – 2025, Đảng bộ đạt nhiều thành tựu.",
        [(PER, "Nhiệm kỳ 2020 - 2025", ("2020", "2025"), "term")],
    ),
    (
        "Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 thành công.",
        [(PER, "nhiệm kỳ 2025 - 2030", ("2025", "2030"), "term")],
    ),
    (
        "Quy hoạch tỉnh thời kỳ 2021-2030 được phê duyệt.",
        [(PER, "thời kỳ 2021-2030", ("2021", "2030"), "phase")],
    ),
    # a school year: the keyword is part of the span, as with "nhiệm kỳ" (fourteenth session)
    (
        "Năm học 2023-2024 có 98% học sinh lên lớp.",
        [(PER, "Năm học 2023-2024", ("2023", "2024"), "range")],
    ),
    # from ... to ...; the points inside stay dates (as "Từ năm 2016 đến nay")
    (
        "Từ năm 2021 đến nay, đã kết nạp 900 đảng viên.",
        [
            (PER, "Từ năm 2021 đến nay", ("2021", None), "range"),
            (D, "năm 2021", "2021", "year"),
        ],
    ),
    (
        "Từ năm 2021 đến năm 2023 tổng kết 3 năm.",
        [
            (PER, "Từ năm 2021 đến năm 2023", ("2021", "2023"), "range"),
            (D, "năm 2021", "2021", "year"),
            (D, "năm 2023", "2023", "year"),
        ],
    ),
    (
        "Từ đầu năm 2024 đến nay, xã đã làm 3 km đường.",
        [
            (PER, "Từ đầu năm 2024 đến nay", ("2024", None), "range"),
            (D, "đầu năm 2024", "2024", "year"),
        ],
    ),
    # decision: "từ tháng M/Y đến tháng M'/Y'" is a period from the first day of the
    # first month to the last day of the second
    (
        "Từ tháng 3/2023 đến tháng 5/2023 tập trung kiểm tra.",
        [
            (PER, "Từ tháng 3/2023 đến tháng 5/2023", ("2023-03-01", "2023-05-31"), "range"),
            (D, "tháng 3/2023", "2023-03", "month"),
            (D, "tháng 5/2023", "2023-05", "month"),
        ],
    ),
    # decision: "từ ngày X đến ngày Y" is a period of days
    (
        "Từ ngày 1/1/2023 đến ngày 30/6/2023, đã xử lý 45 vụ việc.",
        [
            (PER, "Từ ngày 1/1/2023 đến ngày 30/6/2023", ("2023-01-01", "2023-06-30"), "range"),
            (D, "ngày 1/1/2023", "2023-01-01", "day"),
            (D, "ngày 30/6/2023", "2023-06-30", "day"),
        ],
    ),
    (
        "Năm 2023 so với năm 2022 tăng 12%.",
        [(D, "Năm 2023", "2023", "year"), (D, "năm 2022", "2022", "year")],
    ),
    # headings printed in capitals read as their lowercase forms; the text stays as written
    (
        "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025\nTiếp tục kiện toàn tổ chức.",
        [(D, "NĂM 2025", "2025", "year")],
    ),
    (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG NHIỆM KỲ 2025 - 2030",
        [(PER, "NHIỆM KỲ 2025 - 2030", ("2025", "2030"), "term")],
    ),
    (
        "ĐỊNH HƯỚNG PHÁT TRIỂN GIAI ĐOẠN 2026-2030 CỦA HUYỆN",
        [(PER, "GIAI ĐOẠN 2026-2030", ("2026", "2030"), "phase")],
    ),
    (
        "KẾT QUẢ CÔNG TÁC DÂN VẬN TỪ NĂM 2020 ĐẾN NAY",
        [
            (PER, "TỪ NĂM 2020 ĐẾN NAY", ("2020", None), "range"),
            (D, "NĂM 2020", "2020", "year"),
        ],
    ),
    (
        "TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ II/2025 VÀ 6 THÁNG ĐẦU NĂM 2025",
        [
            (PER, "QUÝ II/2025", ("2025-04-01", "2025-06-30"), "quarter"),
            (PER, "6 THÁNG ĐẦU NĂM 2025", ("2025-01-01", "2025-06-30"), "half"),
        ],
    ),
    (
        "BÁO CÁO SƠ KẾT ĐẾN HẾT THÁNG 6/2025",
        [(D, "HẾT THÁNG 6/2025", "2025-06-30", "day")],
    ),
]

# decision: a Congress term ("khóa XIII") and an ordinal congress ("lần thứ XV") are
# names, not periods (the gold leaves "khóa XII" unannotated); a day or month without
# a year is not a date (its ISO value would be incomplete)
NEGATIVE: list[str] = [
    "Ban Chấp hành Trung ương khóa XIII đã ban hành nhiều nghị quyết.",
    "Đại hội Đảng bộ tỉnh lần thứ XV thành công tốt đẹp.",
    "Sáng ngày 15 tháng 7, đoàn về làm việc.",
    "Đến tháng 9 sẽ sơ kết.",
    "Trong quý III, tình hình ổn định.",
    "Hội nghị họp ngày 15/7 tại hội trường.",
    "Xã có 2023 hộ dân.",
    "Thu ngân sách 2.023 tỷ đồng.",
    "Liên hệ số điện thoại 0214.3852.123 để được hỗ trợ.",
    "Có 18/20 xã đạt chuẩn nông thôn mới.",
    "Lúc 8 giờ 30 phút, hội nghị khai mạc.",
    "Dịch Covid-19 ảnh hưởng đến sản xuất.",
    "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TỚI VÀ NHIỆM KỲ SAU",
    "NĂM CHỈ TIÊU CHỦ YẾU, 2030 HỘ ĐƯỢC HỖ TRỢ",
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_dates_unseen_cases(sentence: str, expected: list[tuple]) -> None:
    assert _rows(sentence) == [(t, normalise_text(x), *rest) for t, x, *rest in expected]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_dates_unseen_negative_yields_nothing(sentence: str) -> None:
    assert _rows(sentence) == []


def test_dates_unseen_dateline_in_capitals_is_the_document_date() -> None:
    doc = Document(
        path="t.txt",
        text=normalise_text(
            "Báo cáo tổng kết công tác kiểm tra\n\nNội dung báo cáo.\n\n"
            "PHƯỜNG HƯNG BÌNH, NGÀY 12 THÁNG 4 NĂM 2025"
        ),
    )
    found = dates.extract(doc, [], Options())
    assert doc.meta["date"] == "2025-04-12"
    assert [m.text for m in found] == ["NGÀY 12 THÁNG 4 NĂM 2025"]
