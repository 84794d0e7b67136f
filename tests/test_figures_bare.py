"""Numbers alone that only their table or list makes counts: unit null, as GUIDELINES
annotates them ("unit ... null when none"), and left aside by the checker.

The sentences and tables are written for these tests, not taken from any report.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from vnreport_miner.checker import check_document
from vnreport_miner.extractors.figures import BARE_RULES
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options


def _quantities(text: str) -> list[tuple[str, float, str | None, str]]:
    doc = process_text(text, options=Options(entities=False))
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
    return [
        (m.text, m.attrs["value"], m.attrs["unit"], m.rule)
        for m in sorted(doc.mentions, key=lambda m: m.start)
        if m.type == "quantity"
    ]


def _bare(text: str) -> list[tuple[str, float, str | None]]:
    return [(t, v, u) for t, v, u, rule in _quantities(text) if rule in BARE_RULES]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list with no total before it: the labels name categories, no unit
        (
            "Phân loại đơn thư theo nội dung: tố cáo 12, khiếu nại 7, kiến nghị 5.",
            [("12", 12, None), ("7", 7, None), ("5", 5, None)],
        ),
        # labels that end in a year, joined by "là"
        (
            "Kết nạp theo từng năm: năm 2021 là 212, năm 2022 là 236, năm 2023 là 251.",
            [("212", 212, None), ("236", 236, None), ("251", 251, None)],
        ),
        # a ";" list of grades whose sum is no count stated before
        (
            "Kết quả phân loại chi hội: vững mạnh 41; khá 17; trung bình 3.",
            [("41", 41, None), ("17", 17, None), ("3", 3, None)],
        ),
        # long labels that end in a naming noun are labels, not names
        (
            "Vốn lồng ghép được chia cho: nhà văn hóa thôn 5, trạm y tế xã 4, trường học 12.",
            [("5", 5, None), ("4", 4, None), ("12", 12, None)],
        ),
    ],
)
def test_bare_list_parts_have_unit_null(text: str, expected: list[tuple]) -> None:
    assert _bare(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Các thôn 3, thôn 5 và thôn 7 đã hoàn thành việc sáp nhập.",
        "Đoàn giám sát làm việc tại chi bộ 3, chi bộ 5, chi bộ 9.",
        "Kết quả đánh giá: khu phố 2, khu phố 4 đạt chuẩn văn minh.",
        "Theo quy định tại Điều 3, 4 và 5 của Quy định.",
        "Đợt 1, đợt 2 và đợt 3 đều đạt kết quả tốt.",
        "Học sinh khối 6, khối 7 tham gia đầy đủ.",
        "Hội nghị lần 3, lần 4 đã thông qua nghị quyết.",
        "Các phường 1, phường 2 và phường 3 hoàn thành trước hạn.",
    ],
)
def test_names_with_numbers_stay_unread(text: str) -> None:
    assert _quantities(text) == []


def test_list_adding_up_to_its_total_keeps_the_total_unit() -> None:
    text = "Năm 2024 kỷ luật 21 đảng viên. Theo hình thức: khiển trách 14, cảnh cáo 5, cách chức 2."
    got = _quantities(text)
    assert [(t, u, rule) for t, _, u, rule in got[1:]] == [
        ("14", "đảng viên", "count_breakdown"),
        ("5", "đảng viên", "count_breakdown"),
        ("2", "đảng viên", "count_breakdown"),
    ]


def test_list_not_adding_up_is_read_with_unit_null() -> None:
    # 14 + 5 + 3 = 22, not 21: no tie to the total, so no unit either
    text = "Năm 2024 kỷ luật 21 đảng viên. Theo hình thức: khiển trách 14, cảnh cáo 5, cách chức 3."
    assert _bare(text) == [("14", 14, None), ("5", 5, None), ("3", 3, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence opens with a count of people: its list takes that unit
        (
            "Năm 2021 kết nạp 342 đảng viên, năm 2022 là 361 và năm 2023 là 384.",
            [("361", 361, "đảng viên"), ("384", 384, "đảng viên")],
        ),
        # a sum of money: the list takes its unit and its multiplier
        (
            "Năm 2021 thu ngân sách 45 tỷ đồng, năm 2022 là 50, năm 2023 là 55.",
            [("50", 50_000_000_000, "đồng"), ("55", 55_000_000_000, "đồng")],
        ),
        # a count of another noun before the list: no unit is borrowed
        (
            "Đảng bộ huyện có 45 tổ chức cơ sở đảng, năm 2023 kết nạp 342, năm 2024 kết nạp 361.",
            [("342", 342, None), ("361", 361, None)],
        ),
        # the count stands in the sentence before: no unit crosses the full stop
        (
            "Năm 2021 kết nạp 342 đảng viên. Những năm sau: năm 2022 là 361, năm 2023 là 384.",
            [("361", 361, None), ("384", 384, None)],
        ),
    ],
)
def test_bare_list_takes_the_unit_of_its_first_item(text: str, expected: list[tuple]) -> None:
    assert _bare(text) == expected


TABLE = (
    "Kết quả đánh giá các tổ chức cơ sở đảng năm 2024:\n\n"
    "Khối\tNăm 2023\tNăm 2024\tTỷ lệ (%)\n"
    "Vùng thấp\t18\t19\t90,5\n"
    "Vùng cao\t12\t13\t92,9\n"
    "Tổng\t30\t32\t91,4\n"
)


def test_table_cells_without_a_unit_are_counts_with_unit_null() -> None:
    # the line above the table names what is graded, not what the cells count
    got = _bare(TABLE)
    assert [(t, u) for t, _, u in got] == [
        ("18", None),
        ("19", None),
        ("12", None),
        ("13", None),
        ("30", None),
        ("32", None),
    ]


def test_dashed_rows_take_their_parent_rows_noun() -> None:
    text = (
        "Kết quả xếp loại qua hai năm:\n\n"
        "Nội dung\tNăm 2023\tNăm 2024\n"
        "Đảng viên được xếp loại\t1.200\t1.250\n"
        "- Hoàn thành tốt nhiệm vụ\t1.000\t1.040\n"
        "- Không hoàn thành nhiệm vụ\t12\t9\n"
    )
    assert _bare(text) == [
        ("1.000", 1000, "đảng viên"),
        ("1.040", 1040, "đảng viên"),
        ("12", 12, "đảng viên"),
        ("9", 9, "đảng viên"),
    ]


def test_table_year_cells_are_no_counts() -> None:
    text = "Số hội viên mới:\n\nNăm\tKế hoạch\tThực hiện\n2022\t150\t162\n2023\t150\t171\n"
    assert [t for t, _, _ in _bare(text)] == ["150", "162", "150", "171"]


def test_money_caption_gives_the_cells_its_unit() -> None:
    text = (
        "Kết quả huy động vốn (đơn vị: triệu đồng):\n\n"
        "Nguồn vốn\tKế hoạch\tThực hiện\tSo kế hoạch\n"
        "Ngân sách tỉnh\t1.500\t1.620\t108%\n"
        "Vốn tín dụng\t2.750\t2.480\t90,2%\n"
    )
    got = [(t, v, u, rule) for t, v, u, rule in _quantities(text)]
    assert ("1.500", 1_500_000_000, "đồng", "count_table_caption") in got
    assert ("2.480", 2_480_000_000, "đồng", "count_table_caption") in got
    assert all(rule != "count_table_cell_bare" for *_, rule in got)


def test_money_caption_wins_over_a_row_that_names_a_giver() -> None:
    text = (
        "Nguồn lực huy động (đơn vị: triệu đồng):\n\n"
        "Nguồn\tNăm 2023\tNăm 2024\n"
        "Doanh nghiệp\t600\t720\n"
        "Nhân dân đóng góp\t1.150\t1.300\n"
    )
    got = {t: (v, u) for t, v, u, _ in _quantities(text)}
    assert got["600"] == (600_000_000, "đồng")  # money given by firms, not 600 firms
    assert got["1.300"] == (1_300_000_000, "đồng")


def test_count_caption_leaves_a_row_noun_first() -> None:
    text = (
        "Xếp loại chi bộ năm 2024 (đơn vị tính: chi bộ):\n\n"
        "Loại chi bộ\tTổng số\tXuất sắc\tTốt\n"
        "Chi bộ thôn\t40\t9\t31\n"
    )
    got = [(t, u, rule) for t, _, u, rule in _quantities(text)]
    assert ("9", "chi bộ", "count_table_cell") in got  # read by the checker, as before


@pytest.mark.parametrize(
    ("unit_cell", "expected"),
    [("giấy", [("180", 180, "giấy"), ("142", 142, "giấy")]), ("%", [])],
)
def test_unit_column_written_as_a_word(unit_cell: str, expected: list[tuple]) -> None:
    text = f"Chỉ tiêu\tĐVT\tKế hoạch\tThực hiện\nCấp giấy chứng nhận\t{unit_cell}\t180\t142\n"
    assert _bare(text) == expected


def test_label_lines_are_a_flattened_two_column_table() -> None:
    text = (
        "Kỷ luật đảng viên theo hình thức:\n\n"
        "Hình thức kỷ luật Số đảng viên\n"
        "Khiển trách 11\nCảnh cáo 4\nCách chức 1\nTổng cộng 16\n\n"
        "Các chi bộ đã họp kiểm điểm."
    )
    assert _bare(text) == [
        ("11", 11, "đảng viên"),
        ("4", 4, "đảng viên"),
        ("1", 1, "đảng viên"),
        ("16", 16, "đảng viên"),
    ]


def test_label_lines_take_a_bracketed_unit() -> None:
    text = "Cơ cấu cây trồng:\n\nCây trồng Diện tích (ha)\nCà phê 2.140\nCao su 1.215\n"
    assert _bare(text) == [("2.140", 2140, "ha"), ("1.215", 1215, "ha")]


@pytest.mark.parametrize(
    "text",
    [
        "MỤC LỤC\n\nChương 1\nChương 2\nPhụ lục 3\n",  # headings that name their number
        "Khiển trách 11\n\nCảnh cáo 4\n",  # a blank line: no table
        "Số đảng viên của chi bộ là 11\n",  # one line alone
        # no heading that names the unit: a table of contents, ranks, a timetable
        "MỤC LỤC\nLời nói đầu 2\nTình hình kinh tế 5\nCông tác xây dựng Đảng 12\n",
        "Kỷ luật đảng viên:\n\nKhiển trách 11\nCảnh cáo 4\n",
        "Hình thức kỷ luật Tỷ lệ (%)\nKhiển trách 61,1\nCảnh cáo 22,2\n",
    ],
)
def test_label_lines_look_alikes(text: str) -> None:
    assert _bare(text) == []


def test_checker_leaves_bare_mentions_aside() -> None:
    # the checker reads the table's numbers itself: the check is the same whether or not
    # the bare mentions are in the document
    text = (
        "Xếp loại chi bộ năm 2024:\n\n"
        "Mức xếp loại\tKhối xã\tKhối cơ quan\n"
        "Hoàn thành tốt\t20\t15\n"
        "Hoàn thành\t4\t3\n"
        "Tổng cộng\t24\t18\n"
    )
    doc = process_text(text, options=Options(entities=False))
    assert any(m.rule in BARE_RULES for m in doc.mentions)
    without = replace(doc, mentions=[m for m in doc.mentions if m.rule not in BARE_RULES])
    key = [(c.kind, c.verdict, c.figures, c.why) for c in check_document(doc)]
    assert key == [(c.kind, c.verdict, c.figures, c.why) for c in check_document(without)]
    assert ("part_whole", "consistent") in [(k, v) for k, v, _, _ in key]


# Look-alikes a review of the first version of these rules found (session 14): numbers a
# list or a table holds that are not counts. Our own variants of each shape.
NOT_COUNTS = [
    # codes, phone numbers, identifiers
    "Mọi ý kiến xin gửi về đồng chí Lương Văn Tuấn, điện thoại 0987654321, máy lẻ 215.",
    "Đơn vị\tMã số thuế\tSố lao động\nCông ty Hòa Bình\t4300123456\t85\nCông ty Minh Khai\t4300123457\t62\n",
    "Xã\tMã ĐVHC\tSố hộ\nXã Na Ư\t03412\t640\nXã Noong U\t03415\t710\n",
    # names with a number
    "Đã sửa chữa Trường Tiểu học số 1, Trường Mầm non số 2 và Trường THCS số 3.",
    "Đồng chí Lò Văn Hùng - Bí thư Chi bộ 4, đồng chí Cà Thị Mai - Bí thư Chi bộ 7.",
    "Các bản đạt chuẩn văn hóa: bản Na Sang 2, bản Huổi Lóng 1, bản Pá Khoang 3.",
    # ranks and orders
    "Xếp hạng thi đua năm 2024: Mường Ảng 1, Tuần Giáo 2, Điện Biên Đông 3.",
    "Thứ tự phát biểu: đồng chí Tòng 1, đồng chí Quàng 2, đồng chí Lường 3.",
    "Kết quả xếp hạng:\n- Huyện Mường Chà: 1\n- Huyện Nậm Pồ: 2\n- Huyện Tủa Chùa: 3\n",
    "Nhiệm kỳ\tĐại hội lần thứ\tSố đại biểu\n2015-2020\t21\t300\n2020-2025\t22\t300\n",
    # rates, averages and indices written without "%"
    "Cơ cấu kinh tế năm 2024: nông nghiệp 24,6, công nghiệp 33,1, dịch vụ 42,3.",
    "Tỷ lệ hộ nghèo các huyện: Mường Nhé 41, Nậm Pồ 38, Tủa Chùa 33.",
    "Tuổi bình quân của cấp ủy: khóa trước 48, khóa này 45.",
    "Năm 2023 kết nạp 312 đảng viên, đạt 104% kế hoạch; năm 2022 đạt 97, năm 2021 đạt 101.",
    "Tỷ lệ đảng viên nữ ở các đảng bộ:\n\nĐảng bộ\tNăm 2023\tNăm 2024\nMường Ảng\t35\t36\nTuần Giáo\t33\t34\n",
    "Cơ cấu nguồn vốn (đơn vị: %):\n\nNguồn\tNăm 2023\tNăm 2024\nTrung ương\t45\t42\nĐịa phương\t55\t58\n",
    # pages, days and hours
    "MỤC LỤC\n\nPhần\tNội dung\tTrang\nI\tĐánh giá tình hình\t3\nII\tNhiệm vụ năm 2025\t15\n",
    "Lịch tiếp công dân: thứ Hai 10, thứ Tư 12, thứ Sáu 14 hằng tháng.",
    "Lịch họp:\n\nĐơn vị\tNgày\tGiờ\nĐảng ủy xã Thanh Minh\t5\t8\nĐảng ủy xã Thanh Xương\t6\t14\n",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_numbers_that_are_not_counts_stay_unread(text: str) -> None:
    assert _bare(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đơn vị\tKế hoạch\tThực hiện\tĐạt\nXã Mường Phăng\t40\t38\t95\nXã Nà Nhạn\t30\t33\t110\n",
            ["40", "38", "30", "33"],
        ),
        (
            "Đơn vị\tSố hộ\tHộ nghèo\tChiếm\nXã Pá Khoang\t980\t98\t10\nXã Nà Tấu\t1.100\t44\t4\n",
            ["98", "44"],  # "Số hộ" names its noun: those cells count hộ (no bare rule)
        ),
    ],
)
def test_a_column_of_percents_alone_is_no_count(text: str, expected: list[str]) -> None:
    assert [t for t, _, _ in _bare(text)] == expected


def test_money_caption_leaves_rates_and_counted_rows_alone() -> None:
    text = (
        "Thu ngân sách (đơn vị: tỷ đồng):\n\n"
        "Nội dung\tDự toán\tThực hiện\tSo dự toán\n"
        "Thu nội địa\t1.500\t1.620\t108,0\n"
        "Tốc độ tăng thu\t7,1\t7,4\t\n"
        "Số lao động được giải quyết việc làm\t18.500\t19.200\t\n"
    )
    got = {t: (v, u, rule) for t, v, u, rule in _quantities(text)}
    assert got["1.620"] == (1_620_000_000_000, "đồng", "count_table_caption")
    assert "108,0" not in got and "7,1" not in got  # a percent of the plan, a growth rate
    assert got["19.200"][1] != "đồng"  # workers, not money


def test_a_caption_above_another_table_is_not_this_tables() -> None:
    text = (
        "Kinh phí (đơn vị: triệu đồng):\n\nNguồn\tKế hoạch\tThực hiện\nTrung ương\t5.000\t4.800\n\n"
        "Số hộ được hỗ trợ:\n\nXã\tHộ nghèo\tHộ cận nghèo\nXã Tân Lập\t35\t20\n"
    )
    units = {t: u for t, _, u, _ in _quantities(text)}
    assert units["35"] != "đồng" and units["20"] != "đồng"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bulleted items with a colon are a list even without a heading
        (
            "Kết quả xếp loại đảng viên:\n- Hoàn thành xuất sắc nhiệm vụ: 120\n"
            "- Hoàn thành tốt nhiệm vụ: 850\n- Hoàn thành nhiệm vụ: 42\n",
            ["120", "850", "42"],
        ),
        # an age band, a decrease and "Đạt chuẩn" head counts, not rates
        (
            "Quý\tKết nạp\tDưới 30 tuổi\tGiảm\tĐạt chuẩn\nQuý I\t64\t38\t5\t12\nQuý II\t92\t55\t7\t15\n",
            ["64", "38", "5", "12", "92", "55", "7", "15"],
        ),
        # "dân số" ends a label: no name "số 38"
        (
            "Theo nội dung vi phạm: kỷ luật đảng 104, chính sách dân số 38, nguyên nhân khác 46.",
            ["104", "38", "46"],
        ),
    ],
)
def test_counts_the_guards_keep(text: str, expected: list[str]) -> None:
    assert [t for t, _, _ in _bare(text)] == expected


# A second review (session 14) of the guarded rules: more look-alikes, our own variants.
NOT_COUNTS_2 = [
    # a percent stated just before the list: its items are percents without "%"
    "Tỷ lệ che phủ rừng đạt 61,2%, năm 2023 là 60, năm 2022 là 59.",
    "Năm 2024, tỷ lệ hộ nghèo còn 7,5%; năm 2023 là 9, năm 2022 là 11.",
    # the sentence before the list names an average or a rate
    "Bình quân mỗi chi bộ có 30 đảng viên. Theo khối: khối xã 33, khối cơ quan 17.",
    # extremes are no parts
    "Tuổi đời của đại biểu: cao nhất 66, thấp nhất 24.",
    # years of birth
    "Danh sách cấp ủy viên: Lò Văn Hùng 1974, Cà Thị Mai 1981, Quàng Văn Tú 1979.",
    # the distribution list of an official letter
    "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy: 2\n- Văn phòng Tỉnh ủy: 1\n- Lưu VP: 3\n",
    # rate words the first review did not try
    "Lãi suất cho vay: hộ nghèo 6, hộ cận nghèo 7.",
    "Tỷ suất sinh thô qua các năm: năm 2022 là 16, năm 2023 là 15.",
    "Xếp hạng các sở:\n\nĐơn vị\tHạng 2023\tHạng 2024\nSở Nội vụ\t2\t1\nSở Tư pháp\t5\t7\n",
    # a person's score, and a list that ends in a rate unit
    "Kết quả hội giảng: đồng chí Lường Thị Hoa 92, đồng chí Cà Văn Toản 88.",
    "Số lần họp trong năm: cấp ủy 12, ban thường vụ 24, chi bộ 12 lần/năm.",
]


@pytest.mark.parametrize("text", NOT_COUNTS_2)
def test_more_numbers_that_are_not_counts_stay_unread(text: str) -> None:
    assert _bare(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dashed row that names a share takes no noun from its parent row
        (
            "Nội dung\tNăm 2023\tNăm 2024\nHộ nghèo\t1.250\t1.040\n- Chiếm\t10\t8\n",
            [],
        ),
        # a blank cell merged away shifts the row: it is not read
        (
            "Đơn vị\tKế hoạch\tThực hiện\tTỷ lệ (%)\nXã Tân Lập\t\t22\t110\nXã Tân Minh\t20\t21\t105\n",
            ["20", "21"],
        ),
        # a source note under a caption that names a rate
        (
            "Bảng 2. Tỷ lệ hộ nghèo theo xã\n(Nguồn: Phòng Lao động)\n\nĐơn vị\tNăm 2023\tNăm 2024\n"
            "Xã Tân Lập\t12\t10\nXã Tân Minh\t9\t8\n",
            [],
        ),
        # a list after a percent and a breakdown opener breaks down the count before
        (
            "Luân chuyển 127 cán bộ, đạt 104,7% kế hoạch, gồm cấp tỉnh 38, cấp huyện 21, cấp xã 70.",
            ["38", "21", "70"],
        ),
        # a column of quarter numbers is no count; the column beside it is
        ("Đơn vị\tQuý\tKết nạp\nXã Mường Phăng\t1\t12\nXã Nà Nhạn\t2\t9\n", ["12", "9"]),
    ],
)
def test_table_and_list_structure(text: str, expected: list[str]) -> None:
    assert [t for t, _, _ in _bare(text)] == expected


def test_a_measure_before_a_parallel_list_gives_its_unit() -> None:
    text = "Sản lượng lương thực năm 2024 đạt 45.200 tấn, năm 2023 là 44.100, năm 2022 là 43.800."
    assert _bare(text) == [("44.100", 44100, "tấn"), ("43.800", 43800, "tấn")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the base a comparison names in brackets, in the unit of the count compared
        (
            "Đăng 1.150 bài trên mạng xã hội, tăng 226 bài so với năm 2023 (924).",
            [("924", 924, "bài")],
        ),
        ("Kỷ luật 13 đảng viên, giảm 5 đảng viên so với cùng kỳ (18).", [("18", 18, "đảng viên")]),
        # the count's multiplier too
        (
            "Thu ngân sách đạt 1.250 tỷ đồng, tăng so với cùng kỳ (1.100).",
            [("1.100", 1_100_000_000_000, "đồng")],
        ),
        # no count compared (a rate), a rank, a plan's note, a list of notes, a year: no base
        ("Kết nạp 3.125 đoàn viên, đạt 62,5% kế hoạch năm (5.000).", []),
        ("Tỷ lệ che phủ rừng đạt 52,3%, tăng so với cùng kỳ (51).", []),
        ("Chỉ số PCI xếp thứ 15, tăng 3 bậc so với năm 2023 (18).", []),
        ("Thực hiện Nghị quyết (1) và Kế hoạch (15) của Huyện ủy.", []),
        ("Có 3 chỉ tiêu chưa đạt so với kế hoạch, gồm (12), (14) và (15).", []),
        ("Tăng 12 hộ so với năm trước (2023).", []),
    ],
)
def test_a_bracketed_base_of_a_comparison(text: str, expected: list[tuple]) -> None:
    assert _bare(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "- Sản lượng lúa (ước): 320.000 - 315.000 - 98,4%;",  # no unit in the bracket
        "- Giá lúa (đồng): 7.500 - 8.200;",  # a range, no plan and result
        "- Diện tích lúa (ha): 46.500 - 44.820 - 90,1%;",  # the rate is not done over plan
        "- Quốc lộ (QL): 14 - 20 - 30%;",
    ],
)
def test_lines_that_are_no_plan_and_result(text: str) -> None:
    assert [t for t, _, _, rule in _quantities(text) if rule == "count_dash_row"] == []


def test_plan_done_rate_lines_take_their_bracketed_unit() -> None:
    text = (
        "Một số chỉ tiêu chủ yếu (kế hoạch - thực hiện - tỷ lệ so với kế hoạch):\n"
        "- Diện tích trồng ngô (ha): 2.400 - 2.310 - 96,3%;\n"
        "- Giải quyết việc làm (lao động): 1.200 - 1.236 - 103%;\n"
        "- Tỷ lệ che phủ rừng (%): 62 - 62,4.\n"
    )
    got = [(t, v, u) for t, v, u, rule in _quantities(text) if rule == "count_dash_row"]
    assert got == [
        ("2.400", 2400, "ha"),
        ("2.310", 2310, "ha"),
        ("1.200", 1200, "lao động"),
        ("1.236", 1236, "lao động"),
    ]  # the rate line is no count


def test_ratings_in_stars_are_quantities_the_checker_leaves_aside() -> None:
    text = "Huyện có 46 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 6 sản phẩm đạt 4 sao."
    doc = process_text(text, options=Options(entities=False))
    stars = [(m.text, m.attrs["value"], m.attrs["qualifier"]) for m in doc.mentions
             if m.type == "quantity" and m.attrs["unit"] == "sao"]  # fmt: skip
    assert stars == [("từ 3 sao trở lên", 3, "min"), ("4 sao", 4, "exact")]
    without = replace(doc, mentions=[m for m in doc.mentions if m.attrs.get("unit") != "sao"])
    key = [(c.kind, c.verdict, c.figures) for c in check_document(doc)]
    assert key == [(c.kind, c.verdict, c.figures) for c in check_document(without)]
    # a rating in words reads as a name: "hạng ba sao"
    assert _quantities("Có 27 sản phẩm hạng ba sao.") == [
        ("27 sản phẩm", 27, "sản phẩm", "count_unit")
    ]
