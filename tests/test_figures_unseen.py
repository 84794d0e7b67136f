"""Figures on phrasing the rules were not written from: socio-economic, inspection and
congress reports, run through the whole pipeline (references and dates first, so that
figures skip their numbers), entities and checks off.

Each row: (sentence, expected figure rows [(type, text, value, unit, qualifier)]), with
``value`` a number, (low, high) for a range, (numerator, denominator) for a ratio.
Expected rows follow ../shared/gold/GUIDELINES.md; where it is silent the decision is
written beside the table and listed in the README.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from vnreport_miner.extractors import figures
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Document, Mention, Options

Q, P, R = "quantity", "percent", "ratio"


def _rows(mentions: list[Mention]) -> list[tuple]:
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        a = m.attrs
        if m.type == R:
            out.append((R, m.text, (a["numerator"], a["denominator"]), a["unit"], None))
        elif a.get("value") is None:
            out.append((m.type, m.text, (a["low"], a["high"]), a.get("unit"), a["qualifier"]))
        else:
            out.append((m.type, m.text, a["value"], a.get("unit"), a["qualifier"]))
    return out


def _figures(text: str) -> list[Mention]:
    doc = process_text(text, options=Options(entities=False, checks=False))
    got = [m for m in doc.mentions if m.type in figures.ASSIGNS]
    for m in got:
        assert doc.text[m.start : m.end] == m.text
    return got


# Socio-economic quarterly reports: money, tonnes, hectares, growth against a base.
ECONOMY: list[tuple[str, list[tuple]]] = [
    (
        "Tổng thu ngân sách trên địa bàn đạt 1.245,6 tỷ đồng, tăng 7,2% so với cùng kỳ.",
        [
            (Q, "1.245,6 tỷ đồng", 1245600000000, "đồng", "exact"),
            (P, "7,2%", 7.2, None, "exact"),
        ],
    ),
    # the currency abbreviated ("tỷ đ", "đ"), as in budget tables: unit lemma "đồng"
    (
        "Tổng vốn được giao 12,5 tỷ đ, đã giải ngân 10,2 tỷ đ; mỗi hộ được hỗ trợ 500.000 đ.",
        [
            (Q, "12,5 tỷ đ", 12500000000, "đ", "exact"),
            (Q, "10,2 tỷ đ", 10200000000, "đ", "exact"),
            (Q, "500.000 đ", 500000, "đ", "exact"),
        ],
    ),
    (
        "Diện tích gieo trồng lúa vụ đông xuân 12.450 ha.",
        [(Q, "12.450 ha", 12450, "ha", "exact")],
    ),
    (
        "Toàn huyện đã cứng hóa 38,5 km đường giao thông nông thôn.",
        [(Q, "38,5 km", 38.5, "km", "exact")],
    ),
    (
        "Các điểm du lịch đón 1,2 triệu lượt khách, trong đó có 35.000 lượt khách quốc tế.",
        [
            (Q, "1,2 triệu lượt khách", 1200000, "lượt khách", "exact"),
            (Q, "35.000 lượt khách", 35000, "lượt khách", "exact"),
        ],
    ),
    ("Giải quyết việc làm cho 2.150 lao động.", [(Q, "2.150 lao động", 2150, "lao động", "exact")]),
    ("Tổng đàn gia súc 45.600 con.", [(Q, "45.600 con", 45600, "con", "exact")]),
    ("Tỷ lệ hộ nghèo còn 0,37%.", [(P, "0,37%", 0.37, None, "exact")]),
    (
        "Đã kết nạp 125 đảng viên, đạt 104,2% kế hoạch năm.",
        [(Q, "125 đảng viên", 125, "đảng viên", "exact"), (P, "104,2%", 104.2, None, "exact")],
    ),
    (
        "Tổng diện tích tự nhiên là 1.234,56 km2.",
        [(Q, "1.234,56 km2", 1234.56, "km2", "exact")],
    ),
    (
        "Hỗ trợ xây dựng 450 căn nhà cho hộ nghèo.",
        [(Q, "450 căn nhà", 450, "căn nhà", "exact")],
    ),
    (
        "Số doanh nghiệp thành lập mới là 215 doanh nghiệp, với số vốn đăng ký 1.820 tỷ đồng.",
        [
            (Q, "215 doanh nghiệp", 215, "doanh nghiệp", "exact"),
            (Q, "1.820 tỷ đồng", 1820000000000, "đồng", "exact"),
        ],
    ),
    ("Xuất khẩu đạt 1,25 tỷ USD.", [(Q, "1,25 tỷ USD", 1250000000, "usd", "exact")]),
    (
        "Sản lượng thủy sản đạt 3.250 tấn, tăng 8,5%.",
        [(Q, "3.250 tấn", 3250, "tấn", "exact"), (P, "8,5%", 8.5, None, "exact")],
    ),
    (
        "Dự án có tổng chiều dài 12 km, rộng 7,5 m.",
        [(Q, "12 km", 12, "km", "exact"), (Q, "7,5 m", 7.5, "m", "exact")],
    ),
    # (normalise joins the sign to its number: the mention reads "45%")
    ("Tỷ lệ đô thị hóa đạt 45 %.", [(P, "45%", 45, None, "exact")]),
    (
        "Thu ngân sách đạt 1.000.000.000 đồng.",
        [(Q, "1.000.000.000 đồng", 1000000000, "đồng", "exact")],
    ),
    (
        "Sản lượng lương thực đạt 52,3 nghìn tấn, bằng 105% kế hoạch.",
        [(Q, "52,3 nghìn tấn", 52300, "tấn", "exact"), (P, "105%", 105, None, "exact")],
    ),
    # decision: "gấp 1,5 lần" is a quantity counted in "lần", like "2 lần"
    (
        "Kim ngạch xuất khẩu đạt 215 triệu USD, gấp 1,5 lần năm trước.",
        [
            (Q, "215 triệu USD", 215000000, "usd", "exact"),
            (Q, "1,5 lần", 1.5, "lần", "exact"),
        ],
    ),
    # decision: "điểm phần trăm" (percentage points) is a difference, not a share of a
    # whole: a quantity with unit "điểm phần trăm", never a percent
    (
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 92,4%, tăng 1,4 điểm phần trăm.",
        [
            (P, "92,4%", 92.4, None, "exact"),
            (Q, "1,4 điểm phần trăm", 1.4, "điểm phần trăm", "exact"),
        ],
    ),
    # decision: a compound amount "3 tỷ 200 triệu đồng" is one figure
    (
        "Tổng mức đầu tư 3 tỷ 200 triệu đồng.",
        [(Q, "3 tỷ 200 triệu đồng", 3200000000, "đồng", "exact")],
    ),
    (
        "Mỗi suất hỗ trợ 2 triệu 500 nghìn đồng.",
        [(Q, "2 triệu 500 nghìn đồng", 2500000, "đồng", "exact")],
    ),
    # stacked multipliers multiply: "nghìn tỷ" = 10^12
    (
        "Dự kiến đầu tư 3,5 nghìn tỷ đồng cho hạ tầng.",
        [(Q, "3,5 nghìn tỷ đồng", 3500000000000, "đồng", "exact")],
    ),
    # decision: a rate unit keeps its denominator: text and unit "tạ/ha", "đồng/người/năm"
    ("Năng suất lúa đạt 62,5 tạ/ha.", [(Q, "62,5 tạ/ha", 62.5, "tạ/ha", "exact")]),
    (
        "Thu nhập bình quân 48,5 triệu đồng/người/năm.",
        [(Q, "48,5 triệu đồng/người/năm", 48500000, "đồng/người/năm", "exact")],
    ),
    ("Tổng số 3 xã/phường được chọn thí điểm.", [(Q, "3 xã/phường", 3, "xã/phường", "exact")]),
    # ... but never a plan after "/": the count is set against its target (twenty-fourth session)
    (
        "Phát triển mới 1.286 người/chỉ tiêu 1.200 người.",
        [(Q, "1.286 người", 1286, "người", "exact"), (Q, "1.200 người", 1200, "người", "exact")],
    ),
    (
        "Cấp 1.250 thẻ bảo hiểm y tế cho người nghèo.",
        [(Q, "1.250 thẻ bảo hiểm y tế", 1250, "thẻ bảo hiểm y tế", "exact")],
    ),
    # decision: "ước đạt", "ước tính đạt" (estimated at) make the figure approximate
    (
        "Sản lượng lương thực ước đạt 110 nghìn tấn.",
        [(Q, "ước đạt 110 nghìn tấn", 110000, "tấn", "approx")],
    ),
    (
        "Giá trị xuất khẩu ước tính đạt 320 triệu USD.",
        [(Q, "ước tính đạt 320 triệu USD", 320000000, "usd", "approx")],
    ),
    (
        "Doanh thu du lịch đạt gần 4.500 tỷ đồng.",
        [(Q, "gần 4.500 tỷ đồng", 4500000000000, "đồng", "approx")],
    ),
    (
        "Đón hơn 2,3 triệu lượt khách du lịch.",
        [(Q, "hơn 2,3 triệu lượt khách", 2300000, "lượt khách", "min")],
    ),
    ("Dân số khoảng 4,5 vạn người.", [(Q, "khoảng 4,5 vạn người", 45000, "người", "approx")]),
    ("Dân số trung bình 57 vạn người.", [(Q, "57 vạn người", 570000, "người", "exact")]),
    # decision: an anniversary "100 năm" counts years like any duration
    ("Kỷ niệm 100 năm ngày sinh đồng chí Lê Duẩn.", [(Q, "100 năm", 100, "năm", "exact")]),
    # decision: "3 khâu đột phá" counts "khâu" (head noun), as "765 việc đột phá" counts "việc"
    (
        "Nghị quyết Đại hội xác định 3 khâu đột phá.",
        [(Q, "3 khâu", 3, "khâu", "exact")],
    ),
]

# Inspection and discipline reports: a total and its breakdown.
INSPECTION: list[tuple[str, list[tuple]]] = [
    # decision: the bare parts of a breakdown in brackets or after "trong đó" count
    # the unit of the total before them (text = the number alone, as a borrowed unit)
    (
        "Ủy ban Kiểm tra đã kỷ luật 12 đảng viên (khiển trách 8, cảnh cáo 3, cách chức 1).",
        [
            (Q, "12 đảng viên", 12, "đảng viên", "exact"),
            (Q, "8", 8, "đảng viên", "exact"),
            (Q, "3", 3, "đảng viên", "exact"),
            (Q, "1", 1, "đảng viên", "exact"),
        ],
    ),
    (
        "Kỷ luật 7 đảng viên, trong đó: khiển trách 4, cảnh cáo 2, khai trừ 1.",
        [
            (Q, "7 đảng viên", 7, "đảng viên", "exact"),
            (Q, "4", 4, "đảng viên", "exact"),
            (Q, "2", 2, "đảng viên", "exact"),
            (Q, "1", 1, "đảng viên", "exact"),
        ],
    ),
    (
        "Thi hành kỷ luật 5 tổ chức đảng và 27 đảng viên vi phạm.",
        [
            (Q, "5 tổ chức đảng", 5, "tổ chức đảng", "exact"),
            (Q, "27 đảng viên", 27, "đảng viên", "exact"),
        ],
    ),
    (
        "Kiểm tra dấu hiệu vi phạm đối với 9 tổ chức đảng, 14 đảng viên.",
        [
            (Q, "9 tổ chức đảng", 9, "tổ chức đảng", "exact"),
            (Q, "14 đảng viên", 14, "đảng viên", "exact"),
        ],
    ),
    (
        "Khen thưởng 56 tập thể và 128 cá nhân.",
        [(Q, "56 tập thể", 56, "tập thể", "exact"), (Q, "128 cá nhân", 128, "cá nhân", "exact")],
    ),
    (
        "Kỷ luật 3 đảng viên bằng hình thức khiển trách.",
        [(Q, "3 đảng viên", 3, "đảng viên", "exact")],
    ),
    (
        "Tổ chức 120 lớp bồi dưỡng cho 8.500 lượt cán bộ, đảng viên.",
        [
            (Q, "120 lớp", 120, "lớp", "exact"),
            (Q, "8.500 lượt cán bộ, đảng viên", 8500, "lượt cán bộ, đảng viên", "exact"),
        ],
    ),
    (
        "Số hộ nghèo giảm từ 1.250 hộ xuống còn 870 hộ.",
        [(Q, "1.250 hộ", 1250, "hộ", "exact"), (Q, "870 hộ", 870, "hộ", "exact")],
    ),
    (
        "Tỷ lệ hộ nghèo giảm từ 12,5% xuống 9,8%.",
        [(P, "12,5%", 12.5, None, "exact"), (P, "9,8%", 9.8, None, "exact")],
    ),
    # decision: "5 trên tổng số 7 xã" is two counts of "xã" ("trên" is not a bound here)
    (
        "Có 5 trên tổng số 7 xã đạt chuẩn.",
        [(Q, "5", 5, "xã", "exact"), (Q, "7 xã", 7, "xã", "exact")],
    ),
]

# Congress reports: members elected, delegates, ordinals that are not counts.
CONGRESS: list[tuple[str, list[tuple]]] = [
    (
        "Đại hội bầu Ban Chấp hành gồm 45 đồng chí, Ban Thường vụ 13 đồng chí.",
        [(Q, "45 đồng chí", 45, "đồng chí", "exact"), (Q, "13 đồng chí", 13, "đồng chí", "exact")],
    ),
    (
        "Có 320 đại biểu chính thức dự Đại hội lần thứ XV.",
        [(Q, "320 đại biểu", 320, "đại biểu", "exact")],
    ),
    (
        "Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 có 350 đại biểu.",
        [(Q, "350 đại biểu", 350, "đại biểu", "exact")],
    ),
    ("Tổng số 1.452 đại biểu tham dự.", [(Q, "1.452 đại biểu", 1452, "đại biểu", "exact")]),
    (
        "Chi bộ 3 có 25 đảng viên.",
        [(Q, "25 đảng viên", 25, "đảng viên", "exact")],
    ),
]

# Figures in words.
WORDS: list[tuple[str, list[tuple]]] = [
    (
        "Chi bộ có mười hai đảng viên, trong đó hai mươi lăm hộ có người vào Đảng.",
        [
            (Q, "mười hai đảng viên", 12, "đảng viên", "exact"),
            (Q, "hai mươi lăm hộ", 25, "hộ", "exact"),
        ],
    ),
    ("Xã có một trăm linh năm hộ nghèo.", [(Q, "một trăm linh năm hộ", 105, "hộ", "exact")]),
    (
        "Huyện có mười bốn xã và hai thị trấn.",
        [(Q, "mười bốn xã", 14, "xã", "exact"), (Q, "hai thị trấn", 2, "thị trấn", "exact")],
    ),
    ("Mười hai xã vùng cao được đầu tư trường học.", [(Q, "Mười hai xã", 12, "xã", "exact")]),
    (
        "Toàn huyện có ba trăm năm mươi người có uy tín.",
        [(Q, "ba trăm năm mươi người có uy tín", 350, "người có uy tín", "exact")],
    ),
    (
        "Đã xây dựng một nghìn hai trăm căn nhà đại đoàn kết.",
        [(Q, "một nghìn hai trăm căn nhà", 1200, "căn nhà", "exact")],
    ),
    ("Trực ban hai mươi tư giờ mỗi ngày.", [(Q, "hai mươi tư giờ", 24, "giờ", "exact")]),
    ("Chi bộ có bốn mươi đảng viên.", [(Q, "bốn mươi đảng viên", 40, "đảng viên", "exact")]),
    ("Xã có mười một thôn.", [(Q, "mười một thôn", 11, "thôn", "exact")]),
    ("Huyện có hai nghìn ba trăm hộ.", [(Q, "hai nghìn ba trăm hộ", 2300, "hộ", "exact")]),
]

# Qualifiers, ranges, fractions.
QUALIFIED: list[tuple[str, list[tuple]]] = [
    (
        "Phấn đấu kết nạp tối thiểu 300 đảng viên mỗi năm.",
        [(Q, "tối thiểu 300 đảng viên", 300, "đảng viên", "min")],
    ),
    (
        "Mỗi chi bộ phải có không dưới 3 đảng viên chính thức.",
        [(Q, "không dưới 3 đảng viên", 3, "đảng viên", "min")],
    ),
    (
        "Có xấp xỉ 2.000 hội viên tham gia.",
        [(Q, "xấp xỉ 2.000 hội viên", 2000, "hội viên", "approx")],
    ),
    # decision: "trên dưới" (give or take) is approximate, not a bound
    ("Trên dưới 50 hộ dân phải di dời.", [(Q, "Trên dưới 50 hộ dân", 50, "hộ dân", "approx")]),
    ("Có hơn 200 hộ một chút được hỗ trợ.", [(Q, "hơn 200 hộ một chút", 200, "hộ", "approx")]),
    (
        "Có trên 20 nghìn hộ được cấp nước sạch.",
        [(Q, "trên 20 nghìn hộ", 20000, "hộ", "min")],
    ),
    ("Gần 100% hộ gia đình dùng điện lưới.", [(P, "Gần 100%", 100, None, "approx")]),
    ("Hơn 90% đảng viên tham gia học tập.", [(P, "Hơn 90%", 90, None, "min")]),
    (
        "Có 96,5% đảng viên được xếp loại hoàn thành nhiệm vụ trở lên.",
        [(P, "96,5%", 96.5, None, "exact")],
    ),
    ("Mỗi thôn có từ 50 đến 70 hộ.", [(Q, "từ 50 đến 70 hộ", (50, 70), "hộ", "exact")]),
    ("Mỗi tổ có 50 - 70 hộ.", [(Q, "50 - 70 hộ", (50, 70), "hộ", "exact")]),
    ("Có từ 50 - 70 hộ mỗi thôn.", [(Q, "từ 50 - 70 hộ", (50, 70), "hộ", "exact")]),
    # decision: a range with its unit on both ends is one range
    ("Mỗi thôn có từ 50 hộ đến 70 hộ.", [(Q, "từ 50 hộ đến 70 hộ", (50, 70), "hộ", "exact")]),
    ("Tăng trưởng kinh tế đạt 5-7%.", [(P, "5-7%", (5, 7), None, "exact")]),
    ("Phấn đấu tăng 5 – 7% so với năm 2023.", [(P, "5 - 7%", (5, 7), None, "exact")]),
    ("Tỷ lệ giảm nghèo từ 15% đến 20% mỗi năm.", [(P, "từ 15% đến 20%", (15, 20), None, "exact")]),
    ("Thời gian đào tạo từ 3-5 năm.", [(Q, "từ 3-5 năm", (3, 5), "năm", "exact")]),
    # a qualifier before a range qualifies the range
    (
        "Khoảng 15 - 20 người tham gia mỗi lớp.",
        [(Q, "Khoảng 15 - 20 người", (15, 20), "người", "approx")],
    ),
    ("Có 18/20 xã đạt chuẩn nông thôn mới.", [(R, "18/20 xã", (18, 20), "xã", None)]),
    (
        "Đạt 3/5 tiêu chí và 18/20 xã.",
        [(R, "3/5 tiêu chí", (3, 5), "tiêu chí", None), (R, "18/20 xã", (18, 20), "xã", None)],
    ),
    ("Có 7/7 xã hoàn thành chỉ tiêu.", [(R, "7/7 xã", (7, 7), "xã", None)]),
    (
        "Đến nay có 92/103 xã đạt chuẩn nông thôn mới, đạt 89,3%.",
        [(R, "92/103 xã", (92, 103), "xã", None), (P, "89,3%", 89.3, None, "exact")],
    ),
    (
        "Cứ 3 tháng 1 lần, chi bộ sinh hoạt chuyên đề.",
        [(Q, "3 tháng", 3, "tháng", "exact"), (Q, "1 lần", 1, "lần", "exact")],
    ),
]

# Figures next to dates and references that must not swallow them.
MIXED: list[tuple[str, list[tuple]]] = [
    (
        "6 tháng đầu năm 2024, tổng thu ngân sách đạt 500 tỷ đồng.",
        [(Q, "500 tỷ đồng", 500000000000, "đồng", "exact")],
    ),
    (
        "Tính đến ngày 30/6/2024, toàn tỉnh có 62.000 đảng viên.",
        [(Q, "62.000 đảng viên", 62000, "đảng viên", "exact")],
    ),
    (
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016, chi bộ xây dựng 14 mô hình.",
        [(Q, "14 mô hình", 14, "mô hình", "exact")],
    ),
    (
        "Quý III/2023, kết nạp 86 đảng viên.",
        [(Q, "86 đảng viên", 86, "đảng viên", "exact")],
    ),
    # decision: "9 tháng năm 2023" is a period (first nine months), not a count of months
    (
        "Trong 9 tháng năm 2023, đã giải ngân 70% vốn.",
        [(P, "70%", 70, None, "exact")],
    ),
]

# Tables written as " | " lines (first line = column headings): a cell holding only a
# number counts the unit its row label, unit column ("ĐVT") or column heading names.
# decision: the cell's text is the number alone; a multiplier in the named unit is
# multiplied out ("(triệu đồng)" -> đồng), as in prose; the row label's bracket wins.
TABLES: list[tuple[str, list[tuple]]] = [
    (
        "Nội dung | Kế hoạch | Thực hiện\n"
        "Vốn sự nghiệp (triệu đồng) | 4.500 | 3.915,5\n"
        "Lao động được đào tạo nghề (người) | 620 | 648",
        [
            (Q, "4.500", 4500000000, "đồng", "exact"),
            (Q, "3.915,5", 3915500000, "đồng", "exact"),
            (Q, "620", 620, "người", "exact"),
            (Q, "648", 648, "người", "exact"),
        ],
    ),
    (
        "Đơn vị | Số chi bộ | Số đảng viên\nXã Nghĩa Hưng | 11 | 236\nTổng cộng | 27 | 598",
        [
            (Q, "11", 11, "chi bộ", "exact"),
            (Q, "236", 236, "đảng viên", "exact"),
            (Q, "27", 27, "chi bộ", "exact"),
            (Q, "598", 598, "đảng viên", "exact"),
        ],
    ),
    (
        "| Cây trồng | Diện tích (ha) | Sản lượng (tấn) |\n|---|---|---|\n| Chè | 1.340 | 9.870 |",
        [(Q, "1.340", 1340, "ha", "exact"), (Q, "9.870", 9870, "tấn", "exact")],
    ),
    (
        "Chỉ tiêu | ĐVT | Năm 2023\nChiều dài kênh mương kiên cố | km | 18,6\n"
        "Tỷ lệ trẻ em suy dinh dưỡng | % | 11,2",
        [(Q, "18,6", 18.6, "km", "exact")],
    ),
    # decision: a row label that opens with a counted noun names the unit ("Số hộ nghèo",
    # "Hội viên mới"), unless it is a name ("Xã Tân Hợp") or a measure word ("Năm"): then
    # the cells are counts with unit null, as GUIDELINES annotates a count with no noun
    (
        "Kết quả | Quý I | Quý II\nSố hộ nghèo thoát nghèo | 42 | 57\nHội viên mới | 130 | 95\n"
        "Xã Tân Hợp | 3 | 4",
        [
            (Q, "42", 42, "hộ", "exact"),
            (Q, "57", 57, "hộ", "exact"),
            (Q, "130", 130, "hội viên", "exact"),
            (Q, "95", 95, "hội viên", "exact"),
            (Q, "3", 3, None, "exact"),
            (Q, "4", 4, None, "exact"),
        ],
    ),
    # decision: a column heading that is only a counted noun ("Đoàn viên", "Công đoàn cơ sở")
    # names its cells' unit; a measure ("Năm") or a document word ("Chỉ tiêu") does not
    (
        "Đơn vị\tCông đoàn cơ sở\tĐoàn viên\tChỉ tiêu\nLĐLĐ quận Cái Răng\t74\t5.216\t120",
        [
            (Q, "74", 74, "công đoàn cơ sở", "exact"),
            (Q, "5.216", 5216, "đoàn viên", "exact"),
            (Q, "120", 120, None, "exact"),
        ],
    ),
    # cells that already hold their unit or "%" read as in prose
    (
        "Chỉ tiêu | Kế hoạch | Kết quả | Tỷ lệ\nKết nạp đảng viên | 150 đảng viên | 162 đảng viên | 108%",
        [
            (Q, "150 đảng viên", 150, "đảng viên", "exact"),
            (Q, "162 đảng viên", 162, "đảng viên", "exact"),
            (P, "108%", 108, None, "exact"),
        ],
    ),
]

# decision: a bare figure whose time stands in brackets before the change word borrows
# the unit of the figure after it, as without the bracket ("giảm từ 328 xuống còn 89 bản")
ASIDE: list[tuple[str, list[tuple]]] = [
    (
        "Số hộ cận nghèo giảm từ 3.140 (cuối năm 2021) xuống còn 2.275 hộ.",
        [(Q, "3.140", 3140, "hộ", "exact"), (Q, "2.275 hộ", 2275, "hộ", "exact")],
    ),
    (
        "Số xã đạt chuẩn tăng từ 9 (năm 2020) lên 17 xã.",
        [(Q, "9", 9, "xã", "exact"), (Q, "17 xã", 17, "xã", "exact")],
    ),
    (
        "Số đảng viên sinh hoạt tại chỗ tăng từ 1.025 (đầu nhiệm kỳ) lên tới 1.310 đảng viên.",
        [
            (Q, "1.025", 1025, "đảng viên", "exact"),
            (Q, "1.310 đảng viên", 1310, "đảng viên", "exact"),
        ],
    ),
    # only after "từ": a name or a label before the bracket borrows nothing
    (
        "Phương án 2 (điều chỉnh) giảm xuống còn 40 hộ.",
        [(Q, "40 hộ", 40, "hộ", "exact")],
    ),
]

# decision: "căn" counts dwellings on its own once the noun is known ("còn 8 căn")
DWELLINGS: list[tuple[str, list[tuple]]] = [
    (
        "Đã bàn giao 96 căn nhà đại đoàn kết, còn 8 căn đang hoàn thiện.",
        [(Q, "96 căn nhà", 96, "căn nhà", "exact"), (Q, "8 căn", 8, "căn", "exact")],
    ),
    (
        "Kế hoạch sửa chữa nhà ở cho người có công là 140 căn (đạt 90%).",
        [(Q, "140 căn", 140, "căn", "exact"), (P, "90%", 90, None, "exact")],
    ),
    ("Khu nhà ở xã hội có 240 căn hộ.", [(Q, "240 căn hộ", 240, "căn hộ", "exact")]),
]

# decision: a fraction with no counted noun after it is a ratio with unit null (not the
# head noun of the clause). One whose denominator is 12 or less reads as a day and month
# ("15/8"), and one over an undotted year ("9/2024") as a month and year or a number:
# those count only in brackets right after a percent, or small ones right after "đạt",
# "có", "là", "chiếm", "tỷ lệ".
BARE_FRACTIONS: list[tuple[str, list[tuple]]] = [
    (
        "Số chi bộ xếp loại tốt đạt 92% (46/50).",
        [(P, "92%", 92, None, "exact"), (R, "46/50", (46, 50), None, None)],
    ),
    (
        "Tỷ lệ thôn có nhà văn hóa đạt 95,2% (1.230/1.292).",
        [(P, "95,2%", 95.2, None, "exact"), (R, "1.230/1.292", (1230, 1292), None, None)],
    ),
    (
        "Có 7 xã đạt chuẩn, chiếm 58,3% (7/12).",
        [
            (Q, "7 xã", 7, "xã", "exact"),
            (P, "58,3%", 58.3, None, "exact"),
            (R, "7/12", (7, 12), None, None),
        ],
    ),
    ("Kết quả kiểm tra cuối năm đạt 4/5.", [(R, "4/5", (4, 5), None, None)]),
    ("Tỷ lệ hoàn thành là 9/10.", [(R, "9/10", (9, 10), None, None)]),
    ("Mức độ hài lòng đạt tỷ lệ 11/12.", [(R, "11/12", (11, 12), None, None)]),
    (
        "Hộ dùng nước sạch đạt 97,5% (1950/2000).",
        [(P, "97,5%", 97.5, None, "exact"), (R, "1950/2000", (1950, 2000), None, None)],
    ),
    (
        "Chi bộ đạt 75% (3/4) tính đến ngày 20/4/2016.",
        [(P, "75%", 75, None, "exact"), (R, "3/4", (3, 4), None, None)],
    ),
    # not a fraction: a month and year, a footnote marker after a percent
    ("Đến 9/2024, đã có 40 xã đạt chuẩn.", [(Q, "40 xã", 40, "xã", "exact")]),
    ("Tỷ lệ đạt 80%(1) so với kế hoạch.", [(P, "80%", 80, None, "exact")]),
]

# decision: "gồm", "gồm có", "bao gồm", "cụ thể (là)" open a breakdown like "trong đó";
# a part may be "Label: number" and the list may run on bulleted lines. Parts are short
# labels: a verb of change ("tăng 12"), a naming word ("đợt 1", "thôn 2") or the total's
# own unit ("chỉ tiêu 4" after "12 chỉ tiêu") makes it prose, and a lone part is no list.
BREAKDOWNS: list[tuple[str, list[tuple]]] = [
    (
        "Năm 2024 kết nạp 36 đảng viên, gồm: nam 20, nữ 16.",
        [
            (Q, "36 đảng viên", 36, "đảng viên", "exact"),
            (Q, "20", 20, "đảng viên", "exact"),
            (Q, "16", 16, "đảng viên", "exact"),
        ],
    ),
    (
        "Xếp loại 240 đảng viên, bao gồm hoàn thành xuất sắc 35, hoàn thành tốt 190, hoàn thành 15.",
        [
            (Q, "240 đảng viên", 240, "đảng viên", "exact"),
            (Q, "35", 35, "đảng viên", "exact"),
            (Q, "190", 190, "đảng viên", "exact"),
            (Q, "15", 15, "đảng viên", "exact"),
        ],
    ),
    (
        "Tiếp nhận 14 đơn thư, cụ thể: tố cáo 6, khiếu nại 8.",
        [
            (Q, "14 đơn thư", 14, "đơn thư", "exact"),
            (Q, "6", 6, "đơn thư", "exact"),
            (Q, "8", 8, "đơn thư", "exact"),
        ],
    ),
    (
        "Kỷ luật 9 đảng viên, cụ thể: Khiển trách: 6; cảnh cáo: 2; khai trừ: 1.",
        [
            (Q, "9 đảng viên", 9, "đảng viên", "exact"),
            (Q, "6", 6, "đảng viên", "exact"),
            (Q, "2", 2, "đảng viên", "exact"),
            (Q, "1", 1, "đảng viên", "exact"),
        ],
    ),
    (
        "Thi hành kỷ luật 8 đảng viên, gồm:\n- Khiển trách: 5;\n- Cảnh cáo: 3.",
        [
            (Q, "8 đảng viên", 8, "đảng viên", "exact"),
            (Q, "5", 5, "đảng viên", "exact"),
            (Q, "3", 3, "đảng viên", "exact"),
        ],
    ),
    (
        "Xem xét kỷ luật 5 đảng viên (trong đó: khiển trách 3, cảnh cáo 2).",
        [
            (Q, "5 đảng viên", 5, "đảng viên", "exact"),
            (Q, "3", 3, "đảng viên", "exact"),
            (Q, "2", 2, "đảng viên", "exact"),
        ],
    ),
    (
        "Tiếp nhận 42 đơn thư, trong đó khiếu nại 30 và tố cáo 12.",
        [
            (Q, "42 đơn thư", 42, "đơn thư", "exact"),
            (Q, "30", 30, "đơn thư", "exact"),
            (Q, "12", 12, "đơn thư", "exact"),
        ],
    ),
    (
        "Chi bộ có 27 đảng viên gồm có nam 15 và nữ 12.",
        [
            (Q, "27 đảng viên", 27, "đảng viên", "exact"),
            (Q, "15", 15, "đảng viên", "exact"),
            (Q, "12", 12, "đảng viên", "exact"),
        ],
    ),
    # the total's noun may run on before its bracket
    (
        "Có 16 đơn đủ điều kiện và thuộc thẩm quyền xem xét, giải quyết (tố cáo 11, khiếu nại 5).",
        [
            (Q, "16 đơn", 16, "đơn", "exact"),
            (Q, "11", 11, "đơn", "exact"),
            (Q, "5", 5, "đơn", "exact"),
        ],
    ),
    (
        "Cấp ủy thi hành kỷ luật 47 đảng viên vi phạm (khiển trách 30, cảnh cáo 12, khai trừ 5).",
        [
            (Q, "47 đảng viên", 47, "đảng viên", "exact"),
            (Q, "30", 30, "đảng viên", "exact"),
            (Q, "12", 12, "đảng viên", "exact"),
            (Q, "5", 5, "đảng viên", "exact"),
        ],
    ),
    # a label's words may be joined by "," ("dê, cừu 16.480")
    (
        "Tổng đàn gia súc 41.250 con, trong đó bò 18.620, dê, cừu 16.480, heo 6.150.",
        [
            (Q, "41.250 con", 41250, "con", "exact"),
            (Q, "18.620", 18620, "con", "exact"),
            (Q, "16.480", 16480, "con", "exact"),
            (Q, "6.150", 6150, "con", "exact"),
        ],
    ),
    # ... but a comma list that goes on after ";" with another kind is not read as the
    # total's parts: it may be partial, and the clause after it counts something else; its
    # numbers are counts with unit null
    (
        "Tổng số đơn thư nhận được là 75 đơn, trong đó: khiếu nại 20, tố cáo 15, kiến nghị, phản "
        "ánh 40; số đơn thuộc thẩm quyền 48.",
        [
            (Q, "75 đơn", 75, "đơn", "exact"),
            (Q, "20", 20, None, "exact"),
            (Q, "15", 15, None, "exact"),
            (Q, "40", 40, None, "exact"),
            (Q, "48", 48, None, "exact"),
        ],
    ),
    # the parts of a breakdown are read once (not also as siblings of the total)
    (
        "Các cấp ủy đã thi hành kỷ luật 29 đảng viên, gồm khiển trách 18, cảnh cáo 7, cách chức 1, "
        "khai trừ 3.",
        [
            (Q, "29 đảng viên", 29, "đảng viên", "exact"),
            (Q, "18", 18, "đảng viên", "exact"),
            (Q, "7", 7, "đảng viên", "exact"),
            (Q, "1", 1, "đảng viên", "exact"),
            (Q, "3", 3, "đảng viên", "exact"),
        ],
    ),
    # a dash opens the parts too
    (
        "Năm qua thi hành kỷ luật 21 đảng viên — khiển trách 13, cảnh cáo 6, khai trừ 2.",
        [
            (Q, "21 đảng viên", 21, "đảng viên", "exact"),
            (Q, "13", 13, "đảng viên", "exact"),
            (Q, "6", 6, "đảng viên", "exact"),
            (Q, "2", 2, "đảng viên", "exact"),
        ],
    ),
    # ... but not past a verb of change or of time: another set may follow (the parts are
    # counts with unit null)
    (
        "Tiếp nhận 22 đơn thư trong năm đã giải quyết (tố cáo 16, khiếu nại 4).",
        [
            (Q, "22 đơn thư", 22, "đơn thư", "exact"),
            (Q, "16", 16, None, "exact"),
            (Q, "4", 4, None, "exact"),
        ],
    ),
    # prose, names, a lone part, parts with their own units: only the counts with a unit
    (
        "Toàn đảng bộ có 640 đảng viên, gồm: tăng 12, giảm 4.",
        [(Q, "640 đảng viên", 640, "đảng viên", "exact")],
    ),
    (
        "Tổ chức 3 hội nghị, gồm: đợt 1, đợt 2 và đợt 3.",
        [(Q, "3 hội nghị", 3, "hội nghị", "exact")],
    ),
    ("Hỗ trợ 40 hộ, gồm thôn 2, thôn 5.", [(Q, "40 hộ", 40, "hộ", "exact")]),
    ("Kết nạp 28 đảng viên, gồm: nữ 28.", [(Q, "28 đảng viên", 28, "đảng viên", "exact")]),
    (
        "Giao 12 chỉ tiêu, cụ thể là chỉ tiêu 4, chỉ tiêu 7.",
        [(Q, "12 chỉ tiêu", 12, "chỉ tiêu", "exact")],
    ),
    (
        "Xử lý 5 đảng viên, bao gồm đã khắc phục 3, đang xử lý 2.",
        [(Q, "5 đảng viên", 5, "đảng viên", "exact")],
    ),
    (
        "Toàn huyện có 21 đơn vị hành chính, gồm 19 xã và 2 thị trấn.",
        [
            (Q, "21 đơn vị hành chính", 21, "đơn vị hành chính", "exact"),
            (Q, "19 xã", 19, "xã", "exact"),
            (Q, "2 thị trấn", 2, "thị trấn", "exact"),
        ],
    ),
]

# decision: a colon right after the total opens its parts ("giảm 52 đảng viên: từ trần
# 20, ..."); so does a total that "Trong" opens, with a short modifier, then ":" or ","
# ("Trong 60 chi bộ được đánh giá: ..."). A part may carry its share ("31 (51,7%)",
# "31, chiếm 51,7%"); a label may end in a year ("năm 2022: 14") or "có" ("vùng cao có
# 12"); a "trong đó" part with its share stands alone. A stop word that opens or ends a
# label still makes the list prose; a ";" list read only in part gives no parts.
BREAKDOWNS_MORE: list[tuple[str, list[tuple]]] = [
    (
        "Trong năm, Đảng bộ giảm 52 đảng viên: từ trần 20, chuyển sinh hoạt đi nơi khác 25, xóa tên 7.",
        [
            (Q, "52 đảng viên", 52, "đảng viên", "exact"),
            (Q, "20", 20, "đảng viên", "exact"),
            (Q, "25", 25, "đảng viên", "exact"),
            (Q, "7", 7, "đảng viên", "exact"),
        ],
    ),
    (
        "Trong 60 chi bộ được đánh giá: hoàn thành xuất sắc nhiệm vụ 9; hoàn thành tốt nhiệm vụ 44; hoàn thành nhiệm vụ 7.",
        [
            (Q, "60 chi bộ", 60, "chi bộ", "exact"),
            (Q, "9", 9, "chi bộ", "exact"),
            (Q, "44", 44, "chi bộ", "exact"),
            (Q, "7", 7, "chi bộ", "exact"),
        ],
    ),
    (
        "Trong 45 bản được hỗ trợ, vùng cao có 30, vùng thấp có 15.",
        [
            (Q, "45 bản", 45, "bản", "exact"),
            (Q, "30", 30, "bản", "exact"),
            (Q, "15", 15, "bản", "exact"),
        ],
    ),
    (
        "Xếp loại 1.250 đảng viên, trong đó hoàn thành xuất sắc 180, chiếm 14,4%; hoàn thành tốt 1.010, chiếm 80,8%; hoàn thành 60, chiếm 4,8%.",
        [
            (Q, "1.250 đảng viên", 1250, "đảng viên", "exact"),
            (Q, "180", 180, "đảng viên", "exact"),
            (P, "14,4%", 14.4, None, "exact"),
            (Q, "1.010", 1010, "đảng viên", "exact"),
            (P, "80,8%", 80.8, None, "exact"),
            (Q, "60", 60, "đảng viên", "exact"),
            (P, "4,8%", 4.8, None, "exact"),
        ],
    ),
    (
        "Có 22 tổ chức cơ sở đảng, gồm: xuất sắc 4 (18,2%), tốt 16 (72,7%), hoàn thành 2 (9,1%).",
        [
            (Q, "22 tổ chức cơ sở đảng", 22, "tổ chức cơ sở đảng", "exact"),
            (Q, "4", 4, "tổ chức cơ sở đảng", "exact"),
            (P, "18,2%", 18.2, None, "exact"),
            (Q, "16", 16, "tổ chức cơ sở đảng", "exact"),
            (P, "72,7%", 72.7, None, "exact"),
            (Q, "2", 2, "tổ chức cơ sở đảng", "exact"),
            (P, "9,1%", 9.1, None, "exact"),
        ],
    ),
    (
        "Đảng bộ đã kết nạp 41 đảng viên (năm 2022: 14; năm 2023: 12; 9 tháng đầu năm 2024: 15).",
        [
            (Q, "41 đảng viên", 41, "đảng viên", "exact"),
            (Q, "14", 14, "đảng viên", "exact"),
            (Q, "12", 12, "đảng viên", "exact"),
            (Q, "15", 15, "đảng viên", "exact"),
        ],
    ),
    (
        "Mở 16 lớp cho 530 học viên, trong đó nữ 212, chiếm 40%.",
        [
            (Q, "16 lớp", 16, "lớp", "exact"),
            (Q, "530 học viên", 530, "học viên", "exact"),
            (Q, "212", 212, "học viên", "exact"),
            (P, "40%", 40, None, "exact"),
        ],
    ),
    # prose: a verb opens or ends a label; a lone part without its share; a ";" list
    # whose next part cannot be read; "Trong" not opening the clause
    (
        "Đảng bộ có 860 đảng viên: tăng 15, giảm 6 so với năm trước.",
        [(Q, "860 đảng viên", 860, "đảng viên", "exact")],
    ),
    (
        "Trong 30 xã được khảo sát, số liệu cho thấy 12.",
        [(Q, "30 xã", 30, "xã", "exact")],
    ),
    (
        "Kết nạp 18 đảng viên, trong đó nữ 9.",
        [(Q, "18 đảng viên", 18, "đảng viên", "exact")],
    ),
    (
        "Kỷ luật 11 đảng viên (khiển trách 6; cảnh cáo 3; còn lại đang xem xét 2 trường hợp).",
        [
            (Q, "11 đảng viên", 11, "đảng viên", "exact"),
            (Q, "6", 6, "đảng viên", "exact"),  # a list read in part: the sentence's noun
            (Q, "3", 3, "đảng viên", "exact"),
            (Q, "2 trường hợp", 2, "trường hợp", "exact"),
        ],
    ),
    (
        "Hội nghị bàn trong 3 ngày, thảo luận 12, biểu quyết 5.",
        [
            (Q, "3 ngày", 3, "ngày", "exact"),
            (Q, "12", 12, None, "exact"),  # "ngày" is a time unit, no counted noun
            (Q, "5", 5, None, "exact"),
        ],
    ),
]

# decision: the bare levels of a move take the counted noun its subject names after "số"
# ("Số hộ nghèo giảm từ 412 xuống còn 265"), also when the end stands before a comma; a
# subject that counts nothing ("Tỷ lệ …", "Số lượng …") gives no unit. "trẻ" after a number
# counts children.
SUBJECT_UNITS: list[tuple[str, list[tuple]]] = [
    (
        "Số hộ nghèo giảm từ 412 xuống còn 265.",
        [(Q, "412", 412, "hộ", "exact"), (Q, "265", 265, "hộ", "exact")],
    ),
    (
        "Sau sáp nhập, số thôn, tổ dân phố giảm từ 286 xuống còn 214, giảm 72 thôn, tổ dân phố.",
        [
            (Q, "286", 286, "thôn", "exact"),
            (Q, "214", 214, "thôn", "exact"),
            (Q, "72 thôn, tổ dân phố", 72, "thôn, tổ dân phố", "exact"),
        ],
    ),
    (
        "Số đảng viên của Đảng bộ tăng từ 1.240 lên 1.385.",
        [(Q, "1.240", 1240, "đảng viên", "exact"), (Q, "1.385", 1385, "đảng viên", "exact")],
    ),
    # the start's time in brackets between the levels
    (
        "Số chi hội tăng từ 41 (cuối năm 2020) lên 57 (cuối năm 2024), tăng 16 chi hội.",
        [
            (Q, "41", 41, "chi hội", "exact"),
            (Q, "57", 57, "chi hội", "exact"),
            (Q, "16 chi hội", 16, "chi hội", "exact"),
        ],
    ),
    ("Tỷ lệ hộ nghèo giảm từ 12 xuống còn 8.", []),
    ("Số lượng tăng từ 20 lên 30.", []),
    (
        "Năm 2023 có 2.148 trẻ được tiêm chủng đầy đủ.",
        [(Q, "2.148 trẻ", 2148, "trẻ", "exact")],
    ),
]

# decision: a list whose first labelled item states its unit lends it to the bare counts of
# the items after it ("khối xã 789 đảng viên, khối cơ quan, đơn vị sự nghiệp 274, …"); labels
# may hold commas and " - "; the list must end where it is read, with no other figure in it.
# A unit list naming its own noun again ("986 hộ, hộ nghèo là …") is the next item's start;
# "em" after a number counts pupils.
SIBLINGS: list[tuple[str, list[tuple]]] = [
    (
        "Trong năm, kết nạp 640 đảng viên; trong đó khối xã, thị trấn 402 đảng viên, khối cơ "
        "quan, đơn vị sự nghiệp 156, khối doanh nghiệp 82.",
        [
            (Q, "640 đảng viên", 640, "đảng viên", "exact"),
            (Q, "402 đảng viên", 402, "đảng viên", "exact"),
            (Q, "156", 156, "đảng viên", "exact"),
            (Q, "82", 82, "đảng viên", "exact"),
        ],
    ),
    (
        "Có 905 mô hình ở các lĩnh vực: kinh tế 400 mô hình, văn hóa - xã hội 305 và quốc "
        "phòng - an ninh 200.",
        [
            (Q, "905 mô hình", 905, "mô hình", "exact"),
            (Q, "400 mô hình", 400, "mô hình", "exact"),
            (Q, "305", 305, "mô hình", "exact"),
            (Q, "200", 200, "mô hình", "exact"),
        ],
    ),
    (
        "Toàn xã có 410 hộ nghèo, trong đó hộ dân tộc thiểu số có 302 hộ, hộ nghèo người Kinh "
        "có 108 hộ.",
        [
            (Q, "410 hộ", 410, "hộ", "exact"),
            (Q, "302 hộ", 302, "hộ", "exact"),
            (Q, "108 hộ", 108, "hộ", "exact"),
        ],
    ),
    ("Năm học này tuyển được 1.238 em vào lớp đầu cấp.", [(Q, "1.238 em", 1238, "em", "exact")]),
    # "đồng bào" after the comma opens a clause about the people, not a second unit of a list
    (
        "Huyện có 13 xã, thị trấn với 38.145 nhân khẩu, đồng bào dân tộc thiểu số chiếm đa số.",
        [
            (Q, "13 xã, thị trấn", 13, "xã, thị trấn", "exact"),
            (Q, "38.145 nhân khẩu", 38145, "nhân khẩu", "exact"),
        ],
    ),
    # prose after a count: a verb of change, a list that goes on unread, a percent
    (
        "Xã có 120 hộ nghèo, tăng 5 so với năm trước.",
        [(Q, "120 hộ", 120, "hộ", "exact")],
    ),
    (
        "Trong đó khối xã 402 đảng viên, khối cơ quan 156, còn lại là các đơn vị khác.",
        [(Q, "402 đảng viên", 402, "đảng viên", "exact")],
    ),
]

CORPUS = ECONOMY + INSPECTION + CONGRESS + WORDS + QUALIFIED + MIXED + TABLES + ASIDE + DWELLINGS
CORPUS += BARE_FRACTIONS + BREAKDOWNS + BREAKDOWNS_MORE + SUBJECT_UNITS + SIBLINGS

# Numbers that are names, addresses, codes, ordinals or clock times: no figure.
NEGATIVE: list[str] = [
    "Liên hệ số điện thoại 0214 3852 123 để được hướng dẫn.",
    "Đường dây nóng: 0912.345.678.",
    "Trụ sở đặt tại số 12 đường Trần Phú, phường Điện Biên.",
    "Tuyến Quốc lộ 4D được nâng cấp.",
    # decision: "km 25" before the number is a road milestone, never a length
    "Sạt lở tại km 25 tỉnh lộ 130.",
    "Theo điều 5 khoản 2 của quy chế.",
    "Dịch Covid-19 diễn biến phức tạp.",
    "Đây là lần thứ 3 đơn vị đón nhận danh hiệu.",
    "Tổ 5 và thôn 3 đã hoàn thành.",
    "Chi bộ đội 7 sinh hoạt đều đặn.",
    "Xem thêm tại trang 15 của báo cáo.",
    "Hội nghị G7 bàn về kinh tế.",
    "Xã Nậm Pồ có sóng 5G phủ khắp.",
    "Ban Chấp hành Đảng bộ khóa XV đã họp lần thứ 12.",
    "Mã số thuế 5700100256 của doanh nghiệp.",
    "Phòng 204, nhà B, khu liên cơ quan.",
    "Căn cứ Điều 12 Luật Cán bộ, công chức.",
    "Kỳ họp thứ 7 HĐND tỉnh khóa XVI.",
    "Đường số 3 khu đô thị mới.",
    "Hẻm 45 đường Lê Lợi.",
    "Tỉnh lộ 279 được nâng cấp.",
    "Mục 3 phần II của báo cáo.",
    "Trích biểu số 02 kèm theo.",
    "Đồng chí Bí thư Chi bộ 3 phát biểu.",
    # decision: an ordinal batch before a year is a name ("Đợt 1 năm 2023"), not "1 năm"
    "Đợt 1 năm 2023 đã kết thúc.",
    # decision: a clock time is a point in time, not a duration
    "Lúc 8 giờ 30 phút sáng nay, hội nghị khai mạc.",
    "Một số chi bộ còn yếu.",
    "Hai bên ký kết quy chế phối hợp.",
    "Năm nay huyện tập trung xây dựng nông thôn mới.",
    "Ba là, tăng cường công tác kiểm tra.",
    "Ba bên cùng thống nhất nội dung.",
    "Năm 2023 là năm thứ hai thực hiện kế hoạch.",
    "Trong nhiệm kỳ 2020 – 2025, có nhiều chuyển biến.",
    "Ngày 15.7.2023, Huyện ủy tổ chức hội nghị.",
    "Thực hiện Nghị định số 33/2023/NĐ-CP và Quyết định số 1719/QĐ-TTg.",
    # a table with no unit anywhere: the numbers are not counts
    "STT | Tên thôn | Ghi chú\n1 | Nà Sản | 2\n2 | Bản Mòng | 5",
    # a bracketed aside not followed by a change word gives no unit
    "Xếp thứ 12 (toàn tỉnh) về chỉ số cải cách hành chính.",
    # a small bare fraction with no share word before it is a day and month; an undotted
    # year after the slash is a month and year or a document number; symbols stay whole
    "Hội nghị sơ kết diễn ra vào 15/8 tại hội trường.",
    "Báo cáo kết quả (20/11) gửi về Ban Tổ chức.",
    "Thực hiện theo văn bản 12/2024 của Đảng ủy xã.",
    "Thực hiện Nghị quyết số 04-NQ/TU và Thông tư 15/2023/TT-BNV.",
]


@pytest.mark.parametrize(("sentence", "expected"), CORPUS)
def test_figures_unseen_corpus(sentence: str, expected: list[tuple]) -> None:
    assert _rows(_figures(sentence)) == expected


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_figures_unseen_negative_yields_nothing(sentence: str) -> None:
    assert _rows(_figures(sentence)) == []


# A label ending in a naming noun ("trường" = school) before ":" does not make the
# percent after it a name: a percent is never lost.
LABELLED_PERCENTS: list[tuple[str, list[tuple]]] = [
    (
        "Về môi trường: 63,6% số khu phố có tổ thu gom rác.",
        [(P, "63,6%", 63.6, None, "exact")],
    ),
    ("Về y tế: 63,6% số khu phố có tổ thu gom rác.", [(P, "63,6%", 63.6, None, "exact")]),
    ("Về môi trường, 63,6% số khu phố có tổ thu gom rác.", [(P, "63,6%", 63.6, None, "exact")]),
    ("Thôn: 45% số hộ có nhà văn hóa.", [(P, "45%", 45, None, "exact")]),
    ("Về lớp học: trên 90% đạt chuẩn.", [(P, "trên 90%", 90, None, "min")]),
]

# Nouns ending in "độ" (chế độ, trình độ, tiến độ ...) are not the qualifier "độ" (about).
QUALIFIER_COMPOUNDS: list[tuple[str, list[tuple]]] = [
    (
        "Số lao động nghỉ việc hưởng chế độ 14 người.",
        [(Q, "14 người", 14, "người", "exact")],
    ),
    (
        "Nâng trình độ 12 người lên đại học, tiến độ 5 công trình còn chậm.",
        [
            (Q, "12 người", 12, "người", "exact"),
            (Q, "5 công trình", 5, "công trình", "exact"),
        ],
    ),
    ("Đánh giá mức độ 3 tiêu chí còn thấp.", [(Q, "3 tiêu chí", 3, "tiêu chí", "exact")]),
    ("Theo dõi nhiệt độ 2 lần mỗi ngày.", [(Q, "2 lần", 2, "lần", "exact")]),
    # "độ" on its own still means "about"
    ("Buổi sinh hoạt có độ 20 người tham dự.", [(Q, "độ 20 người", 20, "người", "approx")]),
]

# Counts in words before a counted noun. "một" alone counts only after a cue word (a
# qualifier, "còn", "sau", a disciplinary verb) or a listed figure; "năm" alone never.
WORD_COUNTS: list[tuple[str, list[tuple]]] = [
    (
        "Đã giải quyết 23 đơn, còn một đơn đang xác minh.",
        [(Q, "23 đơn", 23, "đơn", "exact"), (Q, "một đơn", 1, "đơn", "exact")],
    ),
    (
        "Kỷ luật cảnh cáo hai đồng chí, khai trừ một đồng chí.",
        [
            (Q, "hai đồng chí", 2, "đồng chí", "exact"),
            (Q, "một đồng chí", 1, "đồng chí", "exact"),
        ],
    ),
    (
        "Đã kiện toàn, còn ba ủy ban kiểm tra chưa đủ số lượng.",
        [(Q, "ba ủy ban kiểm tra", 3, "ủy ban kiểm tra", "exact")],
    ),
    ("Xã sáp nhập hai thôn vùng thấp.", [(Q, "hai thôn", 2, "thôn", "exact")]),
    ("Đảng bộ có mười hai chi bộ trực thuộc.", [(Q, "mười hai chi bộ", 12, "chi bộ", "exact")]),
    (
        "Huyện có 13 xã và một thị trấn.",
        [(Q, "13 xã", 13, "xã", "exact"), (Q, "một thị trấn", 1, "thị trấn", "exact")],
    ),
    (
        "Mỗi đảng viên giúp đỡ ít nhất một hộ nghèo.",
        [(Q, "ít nhất một hộ", 1, "hộ", "min")],
    ),
    ("Chương trình về đích trước hơn một năm.", [(Q, "hơn một năm", 1, "năm", "min")]),
    ("Sau một năm, mô hình cho thu nhập ổn định.", [(Q, "một năm", 1, "năm", "exact")]),
]

# "một" as the article, and "năm" as the year, stay out.
WORD_COUNT_NEGATIVE: list[str] = [
    "Một số chi bộ còn lúng túng.",
    "Còn một số đơn vị chưa nộp báo cáo.",
    "Còn một phần kinh phí chưa giải ngân.",
    "Một lần nữa khẳng định vai trò của chi bộ.",
    "Còn một lần nữa phải rà soát.",
    "Đây là một nhiệm vụ trọng tâm.",
    "Chi ủy họp mỗi quý một lần.",
    "Mỗi chi bộ chọn một việc cụ thể để làm.",
    "Giao cho một đồng chí Huyện ủy viên phụ trách.",
    "Sau hơn một năm rưỡi triển khai nghị quyết.",
    "Năm 2023 là năm bản lề.",
    "Năm nay huyện tập trung chuyển đổi số.",
    "Trong năm nay, còn năm 2024 là năm cuối nhiệm kỳ.",
]


@pytest.mark.parametrize(("sentence", "expected"), LABELLED_PERCENTS)
def test_figures_unseen_labelled_percent_is_kept(sentence: str, expected: list[tuple]) -> None:
    assert _rows(_figures(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), QUALIFIER_COMPOUNDS)
def test_figures_unseen_do_compound_is_no_qualifier(sentence: str, expected: list[tuple]) -> None:
    assert _rows(_figures(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), WORD_COUNTS)
def test_figures_unseen_word_counts(sentence: str, expected: list[tuple]) -> None:
    assert _rows(_figures(sentence)) == expected


@pytest.mark.parametrize("sentence", WORD_COUNT_NEGATIVE)
def test_figures_unseen_word_count_negative_yields_nothing(sentence: str) -> None:
    assert _rows(_figures(sentence)) == []


# The extractor called on raw text whose words are joined by no-break or thin spaces
# (not normalised): the fallback unit is read as written, never a crash.
@pytest.mark.parametrize(
    ("text", "expected_text", "unit_lemma"),
    [
        ("Ký 12\u00a0hợp\u00a0đồng mới.", "12\u00a0hợp\u00a0đồng", "hợp đồng"),
        ("Ký 12 hợp\u00a0đồng lao\u00a0động mới.", "12 hợp\u00a0đồng", "hợp đồng"),
        ("Ký 12\u2009hợp\u202fđồng.", "12\u2009hợp\u202fđồng", "hợp đồng"),
    ],
)
def test_figures_unseen_fallback_unit_on_raw_spaces(
    text: str, expected_text: str, unit_lemma: str
) -> None:
    doc = Document(path="t", text=text, sentences=[(0, len(text))])
    got = figures.extract(doc, [], Options())
    assert [(m.text, m.attrs["unit_lemma"]) for m in got] == [(expected_text, unit_lemma)]
    assert all(text[m.start : m.end] == m.text for m in got)


# Amounts and counts after words that also open a reference, a date or a name
# ("trung ương", "năm", "tháng", "khóa", "kỳ họp"): an amount written with a decimal or
# grouping mark or a multiplier is never a plenum, day, month or year, and "mỗi khóa",
# "mỗi kỳ họp" count per item. Members and bodies of the mass organisations are
# counted nouns ("cựu quân nhân", "thanh niên xung phong", "đoàn", "tổ hội").
AFTER_NAMING_WORDS: list[tuple[str, list[tuple]]] = [
    (
        "Tổng nguồn lực đạt 126,8 tỷ đồng, cụ thể: ngân sách trung ương 42,5 tỷ đồng, "
        "ngân sách tỉnh 36,7 tỷ đồng.",
        [
            (Q, "126,8 tỷ đồng", 126800000000, "đồng", "exact"),
            (Q, "42,5 tỷ đồng", 42500000000, "đồng", "exact"),
            (Q, "36,7 tỷ đồng", 36700000000, "đồng", "exact"),
        ],
    ),
    ("Vốn trung ương 42,5 tỷ đồng.", [(Q, "42,5 tỷ đồng", 42500000000, "đồng", "exact")]),
    (
        "Vốn Trung ương 4 tỷ đồng, vốn tỉnh 3 tỷ đồng.",
        [
            (Q, "4 tỷ đồng", 4000000000, "đồng", "exact"),
            (Q, "3 tỷ đồng", 3000000000, "đồng", "exact"),
        ],
    ),
    (
        "Nguồn vốn: Trung ương 12 tỷ đồng; tỉnh 5 tỷ đồng; huyện 2,4 tỷ đồng.",
        [
            (Q, "12 tỷ đồng", 12000000000, "đồng", "exact"),
            (Q, "5 tỷ đồng", 5000000000, "đồng", "exact"),
            (Q, "2,4 tỷ đồng", 2400000000, "đồng", "exact"),
        ],
    ),
    (
        "Số vốn Trung ương 4.500 triệu đồng đã giải ngân.",
        [(Q, "4.500 triệu đồng", 4500000000, "đồng", "exact")],
    ),
    (
        "Kinh phí trung ương 7,5 triệu đồng mỗi hộ.",
        [(Q, "7,5 triệu đồng", 7500000, "đồng", "exact")],
    ),
    (
        "Nghị quyết Trung ương 42,5 tỷ đồng.",
        [(Q, "42,5 tỷ đồng", 42500000000, "đồng", "exact")],
    ),
    (
        "Hội có 3.146 hội viên; chia theo đối tượng có 1.985 cựu chiến binh và 1.241 cựu "
        "quân nhân.",
        [
            (Q, "3.146 hội viên", 3146, "hội viên", "exact"),
            (Q, "1.985 cựu chiến binh", 1985, "cựu chiến binh", "exact"),
            (Q, "1.241 cựu quân nhân", 1241, "cựu quân nhân", "exact"),
        ],
    ),
    (
        "Năm 2024 có 31 cặp tảo hôn, giảm 12 cặp so với năm trước.",
        [
            (Q, "31 cặp", 31, "cặp", "exact"),
            (Q, "12 cặp", 12, "cặp", "exact"),
        ],
    ),
    (
        "Toàn huyện có 19 đoàn xã, thị trấn và 8 đoàn cơ sở với 215 chi đoàn.",
        [
            (Q, "19 đoàn xã, thị trấn", 19, "đoàn xã, thị trấn", "exact"),
            (Q, "8 đoàn cơ sở", 8, "đoàn cơ sở", "exact"),
            (Q, "215 chi đoàn", 215, "chi đoàn", "exact"),
        ],
    ),
    (
        "Hội có 412 cựu thanh niên xung phong, 27 chi hội và 64 tổ hội.",
        [
            (Q, "412 cựu thanh niên xung phong", 412, "cựu thanh niên xung phong", "exact"),
            (Q, "27 chi hội", 27, "chi hội", "exact"),
            (Q, "64 tổ hội", 64, "tổ hội", "exact"),
        ],
    ),
    (
        "Đã tặng quà cho 35 quân nhân xuất ngũ và 12 thanh niên xung phong.",
        [
            (Q, "35 quân nhân", 35, "quân nhân", "exact"),
            (Q, "12 thanh niên xung phong", 12, "thanh niên xung phong", "exact"),
        ],
    ),
    (
        "Tổ chức 3 đoàn kiểm tra, giám sát tại 31 tổ chức cơ sở đoàn.",
        [
            (Q, "3 đoàn kiểm tra", 3, "đoàn kiểm tra", "exact"),
            (Q, "31 tổ chức cơ sở đoàn", 31, "tổ chức cơ sở đoàn", "exact"),
        ],
    ),
    (
        "Hội Nông dân có 14 hội cơ sở, 96 chi hội.",
        [
            (Q, "14 hội cơ sở", 14, "hội cơ sở", "exact"),
            (Q, "96 chi hội", 96, "chi hội", "exact"),
        ],
    ),
    (
        "Khóa học có 45 học viên; mỗi khóa 40 học viên.",
        [
            (Q, "45 học viên", 45, "học viên", "exact"),
            (Q, "40 học viên", 40, "học viên", "exact"),
        ],
    ),
    (
        "Mỗi kỳ họp 2 ngày, mỗi kỳ 3 chuyên đề.",
        [(Q, "2 ngày", 2, "ngày", "exact"), (Q, "3 chuyên đề", 3, "chuyên đề", "exact")],
    ),
    (
        "Trong năm 2.150 lượt người được tư vấn.",
        [(Q, "2.150 lượt người", 2150, "lượt người", "exact")],
    ),
    ("Trong năm 1.985 hộ thoát nghèo.", [(Q, "1.985 hộ", 1985, "hộ", "exact")]),
    ("Lương tháng 5 triệu đồng mỗi người.", [(Q, "5 triệu đồng", 5000000, "đồng", "exact")]),
    (
        "Thực hiện Nghị quyết Trung ương 4 (khóa XII), chi bộ kiểm tra 12 đảng viên.",
        [(Q, "12 đảng viên", 12, "đảng viên", "exact")],
    ),
]

# Plenums, terms, sittings, dates and ordinals after those words stay out.
AFTER_NAMING_WORDS_NEGATIVE: list[str] = [
    "Hội nghị Trung ương 8 khóa XIII đã thông qua nghị quyết.",
    "Tiếp tục thực hiện Trung ương 4 khóa XII, XIII trong toàn Đảng bộ.",
    "Học tập nghị quyết trung ương 6 khóa XII.",
    "Thực hiện Nghị quyết Trung ương 4 (khóa XII) gắn với Chỉ thị 05.",
    "Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII.",
    "Tháng 3 năm 2024 tổ chức hội nghị.",
    "Quý I năm 2024 chi bộ họp mặt.",
    "Kỳ họp thứ 7 đã bế mạc.",
    "Đại hội lần thứ XX thành công tốt đẹp.",
    "Từ năm 2020 đến nay, khóa 3 tổ chức tốt.",
]


@pytest.mark.parametrize(("sentence", "expected"), AFTER_NAMING_WORDS)
def test_figures_unseen_amount_after_naming_word(sentence: str, expected: list[tuple]) -> None:
    assert _rows(_figures(sentence)) == expected


@pytest.mark.parametrize("sentence", AFTER_NAMING_WORDS_NEGATIVE)
def test_figures_unseen_naming_word_negative_yields_nothing(sentence: str) -> None:
    assert _rows(_figures(sentence)) == []


def test_figures_unseen_plenum_stays_a_reference() -> None:
    doc = process_text(
        "Thực hiện Nghị quyết Trung ương 4 (khóa XII); vốn Trung ương 4 tỷ đồng.",
        options=Options(entities=False, checks=False),
    )
    refs = [m for m in doc.mentions if m.type == "legal_ref"]
    assert [(m.text, m.attrs["plenum"]) for m in refs] == [
        ("Nghị quyết Trung ương 4 (khóa XII)", 4)
    ]


@pytest.mark.parametrize(
    "table",
    [
        # the caption says the cells are money, not households or farms
        "Hỗ trợ sản xuất năm 2024 (ĐVT: triệu đồng):\nXã | Hộ | Trang trại\nXã Tân An | 120 | 85",
        # a row of rates under bare-noun headings
        "Kết quả | Chi bộ | Đảng viên\nTỷ lệ vi phạm (%) | 25 | 20",
        # a decimal under a bare noun is no count of it
        "Đơn vị | Đảng viên | Quần chúng\nXã Tân An | 12,5 | 30,5",
    ],
)
def test_bare_noun_headings_do_not_count_rates_or_money(table: str) -> None:
    assert not [
        m
        for m in _figures(table)
        if m.attrs.get("unit") in ("hộ", "trang trại", "chi bộ", "đảng viên", "quần chúng")
    ]
