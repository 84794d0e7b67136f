"""Figures extractor: quantity, percent and ratio, as a corpus of our own sentences.

Each row: (sentence, expected rows [(type, text, value, unit, qualifier)]), where
``value`` is the number for quantity/percent, (low, high) for a range and
(numerator, denominator) for a ratio. Then a negative corpus that must yield no
figure, property tests, and an end-to-end check on the seeds' gold.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreport_miner.extractors import figures
from vnreport_miner.extractors.figures.rules import DATA_FILE, _load, rules, to_old_tones
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Document, Mention, Options

Q, P, R = "quantity", "percent", "ratio"


def _doc(text: str) -> Document:
    return Document(path="t", text=text, sentences=[(0, len(text))])


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


def _extract(text: str) -> list[Mention]:
    return figures.extract(_doc(text), [], Options())


CORPUS: list[tuple[str, list[tuple]]] = [
    # notation: "." groups thousands, "," is the decimal mark, leading zeros
    (
        "Toàn đảng bộ hiện có 12.480 đảng viên sinh hoạt ở 310 chi bộ.",
        [
            (Q, "12.480 đảng viên", 12480, "đảng viên", "exact"),
            (Q, "310 chi bộ", 310, "chi bộ", "exact"),
        ],
    ),
    ("Dân số toàn huyện là 2.104.337 người.", [(Q, "2.104.337 người", 2104337, "người", "exact")]),
    (
        "Diện tích tự nhiên của huyện khoảng 1.250 km2.",
        [(Q, "khoảng 1.250 km2", 1250, "km2", "approx")],
    ),
    ("Tỷ lệ che phủ rừng đạt 61,25%.", [(P, "61,25%", 61.25, None, "exact")]),
    (
        "Huyện gồm 05 thị trấn và 21 xã.",
        [(Q, "05 thị trấn", 5, "thị trấn", "exact"), (Q, "21 xã", 21, "xã", "exact")],
    ),
    (
        "Thành phố có 02 quận, 08 phường.",
        [(Q, "02 quận", 2, "quận", "exact"), (Q, "08 phường", 8, "phường", "exact")],
    ),
    ("Tổng chiều dài bờ sông là 42,5 km.", [(Q, "42,5 km", 42.5, "km", "exact")]),
    ("Năm qua đã trồng mới 350 ha rừng.", [(Q, "350 ha", 350, "ha", "exact")]),
    (
        "Trong tuần có 1 205 lượt người truy cập.",
        [(Q, "1 205 lượt người", 1205, "lượt người", "exact")],
    ),
    # multipliers and money
    ("Thị xã có gần 12 vạn dân sinh sống.", [(Q, "gần 12 vạn dân", 120000, "dân", "approx")]),
    ("Mỗi hộ được hỗ trợ 2,5 triệu đồng.", [(Q, "2,5 triệu đồng", 2500000, "đồng", "exact")]),
    ("Tổng kinh phí xây dựng là 15 tỷ đồng.", [(Q, "15 tỷ đồng", 15000000000, "đồng", "exact")]),
    (
        "Quỹ đã vận động được 3 nghìn suất quà.",
        [(Q, "3 nghìn suất quà", 3000, "suất quà", "exact")],
    ),
    ("Hội nông dân có hơn 4 ngàn hội viên.", [(Q, "hơn 4 ngàn hội viên", 4000, "hội viên", "min")]),
    (
        "Ngân sách chi cho giáo dục 1,2 tỷ đồng mỗi năm.",
        [(Q, "1,2 tỷ đồng", 1200000000, "đồng", "exact")],
    ),
    # figures in words
    (
        "Xã đã thành lập thêm hai chi bộ ở các thôn vùng cao.",
        [(Q, "hai chi bộ", 2, "chi bộ", "exact")],
    ),
    ("Đảng ủy cử ba đồng chí đi học lớp trung cấp.", [(Q, "ba đồng chí", 3, "đồng chí", "exact")]),
    ("Sau mười lăm ngày, đoàn kiểm tra đã kết luận.", [(Q, "mười lăm ngày", 15, "ngày", "exact")]),
    ("Chi bộ có ba mươi mốt đảng viên.", [(Q, "ba mươi mốt đảng viên", 31, "đảng viên", "exact")]),
    ("Toàn xã có một trăm hộ nghèo.", [(Q, "một trăm hộ", 100, "hộ", "exact")]),
    ("Hai xã biên giới được tăng cường cán bộ.", [(Q, "Hai xã", 2, "xã", "exact")]),
    ("Huyện mất năm mươi ha lúa vì lũ.", [(Q, "năm mươi ha", 50, "ha", "exact")]),
    ("Ông đã có hai mươi năm công tác ở cơ sở.", [(Q, "hai mươi năm", 20, "năm", "exact")]),
    # qualifiers
    (
        "Chi bộ thôn Nà Hẩu có trên 60 đảng viên.",
        [(Q, "trên 60 đảng viên", 60, "đảng viên", "min")],
    ),
    (
        "Hằng năm kết nạp hơn 150 đảng viên mới.",
        [(Q, "hơn 150 đảng viên", 150, "đảng viên", "min")],
    ),
    ("Mỗi chi bộ sinh hoạt ít nhất 2 lần trong tháng.", [(Q, "ít nhất 2 lần", 2, "lần", "min")]),
    ("Mỗi tổ có không dưới 5 hội viên.", [(Q, "không dưới 5 hội viên", 5, "hội viên", "min")]),
    ("Sáp nhập các chi bộ có dưới 7 đảng viên.", [(Q, "dưới 7 đảng viên", 7, "đảng viên", "max")]),
    ("Thời gian xử lý không quá 10 ngày làm việc.", [(Q, "không quá 10 ngày", 10, "ngày", "max")]),
    ("Mỗi đoàn tối đa 15 người.", [(Q, "tối đa 15 người", 15, "người", "max")]),
    (
        "Đã huy động khoảng 800 lượt đoàn viên tham gia.",
        [(Q, "khoảng 800 lượt đoàn viên", 800, "lượt đoàn viên", "approx")],
    ),
    ("Tỷ lệ hộ nghèo giảm còn gần 8%.", [(P, "gần 8%", 8, None, "approx")]),
    ("Tỷ lệ tham gia bảo hiểm y tế xấp xỉ 95%.", [(P, "xấp xỉ 95%", 95, None, "approx")]),
    ("Tỷ lệ đảng viên nữ đạt hơn 40% một chút.", [(P, "hơn 40% một chút", 40, None, "approx")]),
    (
        "Phấn đấu kết nạp từ 12 đảng viên trở lên mỗi năm.",
        [(Q, "từ 12 đảng viên trở lên", 12, "đảng viên", "min")],
    ),
    (
        "Các chi bộ đạt từ 85% trở lên số đảng viên dự sinh hoạt.",
        [(P, "từ 85% trở lên", 85, None, "min")],
    ),
    (
        "Tổ chức đảng hoàn thành tốt nhiệm vụ đạt trên 85% trở lên.",
        [(P, "trên 85% trở lên", 85, None, "min")],
    ),
    (
        "Mỗi năm kết nạp 5 đảng viên mới trở lên.",
        [(Q, "5 đảng viên mới trở lên", 5, "đảng viên", "min")],
    ),
    (
        "Tuổi bình quân của cấp ủy viên là 44 tuổi, có 6 đồng chí dưới 35 tuổi.",
        [
            (Q, "44 tuổi", 44, "tuổi", "exact"),
            (Q, "6 đồng chí", 6, "đồng chí", "exact"),
            (Q, "dưới 35 tuổi", 35, "tuổi", "max"),
        ],
    ),
    ("Năng suất lúa cao hơn 5% so với năm trước.", [(P, "5%", 5, None, "exact")]),
    # ranges
    ("Phấn đấu giảm 10-15% số hộ nghèo.", [(P, "10-15%", (10, 15), None, "exact")]),
    ("Mỗi năm tăng 3 - 5% số đảng viên trẻ.", [(P, "3 - 5%", (3, 5), None, "exact")]),
    ("Mức tăng trưởng đạt từ 7% đến 8%.", [(P, "từ 7% đến 8%", (7, 8), None, "exact")]),
    (
        "Mỗi chi bộ thôn có từ 15 đến 25 đảng viên.",
        [(Q, "từ 15 đến 25 đảng viên", (15, 25), "đảng viên", "exact")],
    ),
    ("Các tổ có 8-12 hộ gia đình.", [(Q, "8-12 hộ gia đình", (8, 12), "hộ gia đình", "exact")]),
    (
        "Thời gian thử thách từ 6 đến 12 tháng.",
        [(Q, "từ 6 đến 12 tháng", (6, 12), "tháng", "exact")],
    ),
    # fractions
    (
        "Đã có 812/860 thôn, tổ dân phố có chi bộ.",
        [(R, "812/860 thôn, tổ dân phố", (812, 860), "thôn, tổ dân phố", None)],
    ),
    (
        "Có 1.207/1.310 thôn bản đạt chuẩn văn hóa.",
        [(R, "1.207/1.310 thôn bản", (1207, 1310), "thôn bản", None)],
    ),
    (
        "Chiếm 0,5% (3/612 chi bộ) xếp loại yếu kém.",
        [(P, "0,5%", 0.5, None, "exact"), (R, "3/612 chi bộ", (3, 612), "chi bộ", None)],
    ),
    (
        "Có 18/21 đồng chí bí thư chi bộ đồng thời là trưởng thôn.",
        [(R, "18/21 đồng chí", (18, 21), "đồng chí", None)],
    ),
    (
        "Kết quả có 47/52 xã, phường hoàn thành chỉ tiêu.",
        [(R, "47/52 xã, phường", (47, 52), "xã, phường", None)],
    ),
    ("Đạt tỷ lệ 130/145, cao nhất từ trước đến nay.", [(R, "130/145", (130, 145), None, None)]),
    # units: head nouns, lists, classifiers, acronyms
    (
        "Toàn tỉnh có 148 xã, 12 phường và 9 thị trấn.",
        [
            (Q, "148 xã", 148, "xã", "exact"),
            (Q, "12 phường", 12, "phường", "exact"),
            (Q, "9 thị trấn", 9, "thị trấn", "exact"),
        ],
    ),
    (
        "Có 169 xã, phường, thị trấn tổ chức đại hội điểm.",
        [(Q, "169 xã, phường, thị trấn", 169, "xã, phường, thị trấn", "exact")],
    ),
    (
        "Toàn huyện còn 37 thôn, bản chưa có chi bộ.",
        [(Q, "37 thôn, bản", 37, "thôn, bản", "exact")],
    ),
    (
        "Đảng bộ có 42 tổ chức cơ sở đảng, trong đó 18 chi bộ cơ sở.",
        [
            (Q, "42 tổ chức cơ sở đảng", 42, "tổ chức cơ sở đảng", "exact"),
            (Q, "18 chi bộ cơ sở", 18, "chi bộ cơ sở", "exact"),
        ],
    ),
    ("Đảng bộ khối có 27 chi bộ trực thuộc.", [(Q, "27 chi bộ", 27, "chi bộ", "exact")]),
    ("Tỉnh có 31 xã biên giới.", [(Q, "31 xã", 31, "xã", "exact")]),
    (
        "Đã tập huấn cho 214 lượt cán bộ, đảng viên.",
        [(Q, "214 lượt cán bộ, đảng viên", 214, "lượt cán bộ, đảng viên", "exact")],
    ),
    ("Năm 2022 tổ chức 46 cuộc kiểm tra.", [(Q, "46 cuộc kiểm tra", 46, "cuộc kiểm tra", "exact")]),
    ("Duy trì 138 buổi sinh hoạt chuyên đề.", [(Q, "138 buổi", 138, "buổi", "exact")]),
    ("Có 18 chi bộ, Đảng bộ xã giao chỉ tiêu.", [(Q, "18 chi bộ", 18, "chi bộ", "exact")]),
    ("Sản lượng lương thực vượt 6% kế hoạch.", [(P, "6%", 6, None, "exact")]),
    (
        "Huyện có 58 TCCSĐ và 3 HTX nông nghiệp.",
        [(Q, "58 TCCSĐ", 58, "tccsđ", "exact"), (Q, "3 HTX", 3, "htx", "exact")],
    ),
    (
        "Đã kết nạp 9 quần chúng ưu tú vào Đảng.",
        [(Q, "9 quần chúng ưu tú", 9, "quần chúng ưu tú", "exact")],
    ),
    (
        "Có 4 trạm y tế và 16 trường học chưa có chi bộ.",
        [
            (Q, "4 trạm y tế", 4, "trạm y tế", "exact"),
            (Q, "16 trường học", 16, "trường học", "exact"),
        ],
    ),
    (
        "Ban hành 12 nghị quyết, 6 kế hoạch và 3 hướng dẫn.",
        [
            (Q, "12 nghị quyết", 12, "nghị quyết", "exact"),
            (Q, "6 kế hoạch", 6, "kế hoạch", "exact"),
            (Q, "3 hướng dẫn", 3, "hướng dẫn", "exact"),
        ],
    ),
    ("Giao 415 việc cụ thể cho các đồng chí ủy viên.", [(Q, "415 việc", 415, "việc", "exact")]),
    ("Cử 5 đ/c tham gia đoàn công tác.", [(Q, "5 đ/c", 5, "đ/c", "exact")]),
    ("Toàn tỉnh có 26 dân tộc cùng sinh sống.", [(Q, "26 dân tộc", 26, "dân tộc", "exact")]),
    ("Đã xét kỷ luật 14 trường hợp vi phạm.", [(Q, "14 trường hợp", 14, "trường hợp", "exact")]),
    (
        "Có 2 Phó Chủ tịch UBND huyện được điều động.",
        [(Q, "2 Phó Chủ tịch", 2, "phó chủ tịch", "exact")],
    ),
    ("Tập trung xử lý 9 sai phạm về đất đai.", [(Q, "9 sai phạm", 9, "sai phạm", "exact")]),
    ("Đã chấm dứt 11 hợp đồng lao động.", [(Q, "11 hợp đồng", 11, "hợp đồng", "exact")]),
    # durations and frequencies
    (
        "Trong 5 năm, toàn tỉnh kết nạp 6.300 đảng viên.",
        [(Q, "5 năm", 5, "năm", "exact"), (Q, "6.300 đảng viên", 6300, "đảng viên", "exact")],
    ),
    (
        "Cứ 6 tháng 1 lần, Ban Thường vụ nghe báo cáo.",
        [(Q, "6 tháng", 6, "tháng", "exact"), (Q, "1 lần", 1, "lần", "exact")],
    ),
    ("Mỗi tháng 2 lần chi ủy họp giao ban.", [(Q, "2 lần", 2, "lần", "exact")]),
    (
        "Trong gần 4 năm, đã xây dựng 37 nhà văn hóa.",
        [(Q, "gần 4 năm", 4, "năm", "approx"), (Q, "37 nhà văn hóa", 37, "nhà văn hóa", "exact")],
    ),
    ("Dự họp ít nhất 3 kỳ mỗi năm.", [(Q, "ít nhất 3 kỳ", 3, "kỳ", "min")]),
    # unit shared across a change
    (
        "Số hộ nghèo giảm từ 412 xuống còn 96 hộ.",
        [(Q, "412", 412, "hộ", "exact"), (Q, "96 hộ", 96, "hộ", "exact")],
    ),
    (
        "Số thôn có chi bộ tăng từ 180 lên 205 thôn.",
        [(Q, "180", 180, "thôn", "exact"), (Q, "205 thôn", 205, "thôn", "exact")],
    ),
    (
        "Số bản trắng đảng viên giảm từ 41 bản xuống còn 2 bản.",
        [(Q, "41 bản", 41, "bản", "exact"), (Q, "2 bản", 2, "bản", "exact")],
    ),
    # mixed with dates, references and footnotes around
    (
        "Ngày 12/3/2021, Huyện ủy ban hành Kế hoạch số 45-KH/HU, giao 23 chỉ tiêu.",
        [(Q, "23 chỉ tiêu", 23, "chỉ tiêu", "exact")],
    ),
    (
        "Theo Nghị quyết số 19-NQ/TW, tỉnh có 1.025 đảng viên được miễn sinh hoạt.",
        [(Q, "1.025 đảng viên", 1025, "đảng viên", "exact")],
    ),
    (
        "Đảng bộ có 11 đảng bộ trực thuộc Huyện ủy(2), 4.021 đảng viên(3).",
        [
            (Q, "11 đảng bộ", 11, "đảng bộ", "exact"),
            (Q, "4.021 đảng viên", 4021, "đảng viên", "exact"),
        ],
    ),
    (
        "Năm 2019, có 97,3% chi bộ được xếp loại hoàn thành tốt nhiệm vụ.",
        [(P, "97,3%", 97.3, None, "exact")],
    ),
    (
        "Giai đoạn 2016-2020, tỉnh đạt 100% chỉ tiêu về phát triển đảng viên.",
        [(P, "100%", 100, None, "exact")],
    ),
    (
        "(2) Có 312 đảng viên được tặng Huy hiệu Đảng.",
        [(Q, "312 đảng viên", 312, "đảng viên", "exact")],
    ),
    ("Quý II-2022, có 64 đơn vị hoàn thành kế hoạch.", [(Q, "64 đơn vị", 64, "đơn vị", "exact")]),
    (
        "Đại hội lần thứ XV bầu 45 đồng chí vào Ban Chấp hành.",
        [(Q, "45 đồng chí", 45, "đồng chí", "exact")],
    ),
    ("Tỷ lệ này là 62 phần trăm.", [(P, "62 phần trăm", 62, None, "exact")]),
    ("Các xã vùng III có 17 thôn đặc biệt khó khăn.", [(Q, "17 thôn", 17, "thôn", "exact")]),
    (
        "Cán bộ trẻ dưới 30 tuổi chiếm 21,4%.",
        [(Q, "dưới 30 tuổi", 30, "tuổi", "max"), (P, "21,4%", 21.4, None, "exact")],
    ),
]


NEGATIVE: list[str] = [
    # dates and periods
    "Ngày 23-5-2016, Tỉnh ủy tổ chức hội nghị.",
    "Hội nghị được tổ chức ngày 20/4/2016 tại hội trường.",
    "Thông báo ban hành hôm 8/10/2018.",
    "Nhiệm kỳ 2015-2020 đã khép lại.",
    "Giai đoạn 2021 - 2025 đặt ra nhiều yêu cầu mới.",
    "Năm 2016 là năm bản lề.",
    "Tính đến tháng 6 năm 2023, mọi việc đã hoàn thành.",
    "Sáng ngày 15 tháng 3, đoàn về làm việc.",
    "Từ năm 2018 đến nay tình hình ổn định.",
    "Đến quý 3 sẽ tổng kết.",
    # symbols, document numbers and names
    "Thực hiện Nghị quyết số 04-NQ/TU của Ban Thường vụ.",
    "Theo Thông tư số 15/2023/TT-BNV của Bộ Nội vụ.",
    "Chỉ thị 05 của Bộ Chính trị được quán triệt sâu rộng.",
    "Thực hiện Quy định 76 về đảng viên sinh hoạt nơi cư trú.",
    "Căn cứ khoản 2 Điều 5 của Điều lệ Đảng.",
    "Dự án nâng cấp Quốc lộ 53 đã hoàn thành.",
    "Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.",
    "Thực hiện Hướng dẫn số 08 của Ban Tổ chức.",
    "Kết luận 21 của Trung ương về chỉnh đốn Đảng.",
    "Sư đoàn 312 đóng quân trên địa bàn.",
    "Dịch Covid-19 ảnh hưởng đến sinh hoạt chi bộ.",
    "Đợt 2 sẽ diễn ra vào cuối năm.",
    "Ban chỉ đạo 35 của tỉnh họp định kỳ.",
    # ordinals and terms
    "Đại hội Đảng bộ tỉnh lần thứ XX thành công tốt đẹp.",
    "Hội nghị lần thứ 3 Ban Chấp hành bàn về công tác cán bộ.",
    "Đây là năm thứ 3 liên tiếp đơn vị đạt danh hiệu.",
    "Ban Chấp hành khóa XII đã họp.",
    # enumerators, footnotes, idioms
    "(3) thí điểm mô hình sinh hoạt tổ đảng.",
    "Tỉnh ủy(1) đã chỉ đạo quyết liệt.",
    "1. Tình hình chung của đảng bộ.",
    "Một là, tăng cường giáo dục chính trị tư tưởng.",
    "Hai là, đổi mới phương thức lãnh đạo.",
    "Một số chi bộ còn lúng túng.",
    "Đây là một trong những nhiệm vụ then chốt.",
    "Hai bên đã thống nhất nội dung phối hợp.",
    "Đảng viên trong mọi hoàn cảnh phải gương mẫu.",
    "Mỗi đảng viên nhận một nhiệm vụ cụ thể.",
    "Hằng năm đều tổ chức sơ kết.",
    # page furniture
    "Đang online: 14",
    "Hôm nay: 382",
    "1 2 3 4 5 ...",
    "Tất cả: 975120",
]


@pytest.mark.parametrize(("sentence", "expected"), CORPUS)
def test_figures_corpus(sentence: str, expected: list[tuple]) -> None:
    assert _rows(_extract(sentence)) == expected


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_figures_negative_yields_nothing(sentence: str) -> None:
    assert _extract(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tỉnh có 40.240 đảng viên, đạt 93,5%.",
            [
                (Q, "40.240 đảng viên", 40240, "đảng viên", "exact"),
                (P, "93,5%", 93.5, None, "exact"),
            ],
        ),
        (
            "Nghị quyết số 04-NQ/TU ngày 23-5-2016 đặt mục tiêu kết nạp 2.000 đảng viên.",
            [(Q, "2.000 đảng viên", 2000, "đảng viên", "exact")],
        ),
        (
            "Có 1.349/1.443 thôn bản có chi bộ (chiếm 93,5%).",
            [
                (R, "1.349/1.443 thôn bản", (1349, 1443), "thôn bản", None),
                (P, "93,5%", 93.5, None, "exact"),
            ],
        ),
        (
            "Thị ủy ban hành Thông báo số 30-TB/ThU ngày 12-12-2018 cho 14 chi bộ.",
            [(Q, "14 chi bộ", 14, "chi bộ", "exact")],
        ),
    ],
)
def test_figures_end_to_end(sentence: str, expected: list[tuple]) -> None:
    doc = process_text(sentence, options=Options(entities=False))
    got = [m for m in doc.mentions if m.type in figures.ASSIGNS]
    assert _rows(got) == expected
    for m in got:
        assert m.rule and m.sentence == 0


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("hai", 2),
        ("mười", 10),
        ("mười lăm", 15),
        ("hai mươi", 20),
        ("ba mươi mốt", 31),
        ("bốn mươi tư", 44),
        ("một trăm", 100),
        ("một trăm linh năm", 105),
        ("hai trăm năm mươi", 250),
        ("hai nghìn", 2000),
        ("ba mươi lăm nghìn", 35000),
        ("một", None),
        ("năm", None),
        ("mươi", None),
        ("hai ba", None),
        ("lăm", None),
    ],
)
def test_figures_words_value(words: str, value: int | None) -> None:
    assert figures.words_value(words) == value


@pytest.mark.parametrize(
    ("unit", "lemma"),
    [
        ("thôn, bản", "thôn bản"),
        ("đ/c", "đồng chí"),
        ("Đảng uỷ", "đảng ủy"),
        ("TCCSĐ", "tổ chức cơ sở đảng"),
        ("xã, phường, thị trấn", "xã phường thị trấn"),
        ("km²", "km2"),
        ("nhà văn hoá", "nhà văn hóa"),
    ],
)
def test_figures_unit_lemma(unit: str, lemma: str) -> None:
    assert rules().unit_lemma(unit) == lemma


def test_figures_tone_variants_match() -> None:
    rows = _rows(_extract("Có 12 đảng uỷ viên và 3 nhà văn hoá."))
    assert rows == [
        (Q, "12 đảng uỷ viên", 12, "đảng uỷ viên", "exact"),
        (Q, "3 nhà văn hoá", 3, "nhà văn hoá", "exact"),
    ]
    assert to_old_tones("quý") == "quý"


def test_figures_skip_found_references() -> None:
    text = "Theo Kế hoạch 12 đảng viên cần rà soát."
    ref = Mention("legal_ref", 5, 16, text[5:16], "test", {})
    assert figures.extract(_doc(text), [ref], Options()) == []


def test_figures_rules_validated_on_load() -> None:
    import yaml

    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    data["qualifiers"]["before"][0]["qualifier"] = "roughly"
    with pytest.raises(Exception, match="qualifier must be one of"):
        _load(data)
    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    data["units"][0]["words"].append("Xã")
    with pytest.raises(Exception, match="lowercase"):
        _load(data)


def _vn(value: Decimal) -> str:
    """Format a number the Vietnamese way: 1234567,89 -> "1.234.567,89"."""
    whole, _, frac = f"{value:f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + ("," + frac if frac else "")


UNITS = ["đảng viên", "chi bộ", "hộ", "người", "xã", "km2", "đồng chí", "lượt cán bộ"]
FRAMES = [
    "Toàn tỉnh có {} {}.",
    "Đã kết nạp được {} {} trong năm.",
    "{} {} tham gia hội nghị.",
    "Theo báo cáo, huyện có {} {}, tăng so với cùng kỳ.",
]


@settings(max_examples=150, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=99_999_999),
    frac=st.one_of(st.none(), st.integers(min_value=1, max_value=99)),
    unit=st.sampled_from(UNITS),
    frame=st.sampled_from(FRAMES),
)
def test_figures_vietnamese_notation_roundtrip(
    whole: int, frac: int | None, unit: str, frame: str
) -> None:
    value = Decimal(whole) if frac is None else Decimal(f"{whole}.{frac:02d}").normalize()
    text = frame.format(_vn(value), unit)
    got = [m for m in _extract(text) if m.type == Q]
    assert len(got) == 1, text
    assert Decimal(str(got[0].attrs["value"])) == value
    assert got[0].attrs["unit"] == unit.lower()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789 .,/%-()đảngviênxãhộtrướiếkhoảng\n", max_size=80))
def test_figures_offsets_rebuild_text(text: str) -> None:
    for m in _extract(text):
        assert text[m.start : m.end] == m.text


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=100), st.integers(min_value=0, max_value=9))
def test_figures_percent_roundtrip(whole: int, dec: int) -> None:
    text = f"Tỷ lệ đạt {whole},{dec}% kế hoạch." if dec else f"Tỷ lệ đạt {whole}% kế hoạch."
    (m,) = _extract(text)
    assert m.type == P and m.attrs["value"] == (whole + dec / 10 if dec else whole)
    assert isinstance(m.attrs["value"], int) == (dec == 0)


def test_figures_seeds_gold(shared_dir) -> None:
    """End to end on the seeds: F1 >= 0.97 per type by (type, text, value)."""
    for t in (Q, P, R):
        tp = fp = fn = 0
        for seed in sorted((shared_dir / "seeds").glob("*.txt")):
            doc = process_text(seed.read_text(encoding="utf-8"), options=Options(entities=False))
            pred = [
                (m.type, m.text, m.attrs.get("value"), m.attrs.get("numerator"))
                for m in doc.mentions
                if m.type == t
            ]
            gold_file = shared_dir / "gold" / (seed.stem + ".gold.jsonl")
            gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines()]
            want = [
                (g["type"], g["text"], g.get("value"), g.get("numerator"))
                for g in gold
                if g["type"] == t
            ]
            left = list(pred)
            for g in want:
                if g in left:
                    left.remove(g)
                    tp += 1
                else:
                    fn += 1
            fp += len(left)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        assert f1 >= 0.97, (t, tp, fp, fn)
