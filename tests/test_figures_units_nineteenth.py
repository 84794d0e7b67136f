"""Units named whole, cut words mended, and tables whose rows are groups (nineteenth session).

The development gold names "ngày công", "đơn vị máu", "báo cáo viên", "điểm cầu" whole (24, 9,
5 and 2 of them, never shorter), writes "lớp" for "lớp tập huấn" (8 of 8), and counts no "khối"
in a table whose first column lists blocs. Sentences are our own.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

OFF = Options(entities=False)


def _quantities(text: str) -> list[tuple[str, float, str | None]]:
    doc = process_text(text, options=OFF)
    rows = [m.to_row(doc.doc_id, "t.txt") for m in doc.mentions]
    return [(r["text"], r["value"], r["unit"]) for r in rows if r["type"] == "quantity"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nhân dân đóng góp 2.150 ngày công làm đường.", ("2.150 ngày công", 2150, "ngày công")),
        ("Đơn vị đã góp 380 giờ công dọn vệ sinh.", ("380 giờ công", 380, "giờ công")),
        ("Đội ngũ có 126 báo cáo viên cấp tỉnh.", ("126 báo cáo viên", 126, "báo cáo viên")),
        ("Năm qua tiếp nhận 512 đơn vị máu.", ("512 đơn vị máu", 512, "đơn vị máu")),
        ("Hội nghị được truyền tới 86 điểm cầu.", ("86 điểm cầu", 86, "điểm cầu")),
        ("Toàn huyện có 31 cơ sở đoàn.", ("31 cơ sở đoàn", 31, "cơ sở đoàn")),
        ("Hội quản lý 45 tổ phụ nữ ở các thôn.", ("45 tổ phụ nữ", 45, "tổ phụ nữ")),
        ("Có 60 tình nguyện viên tham gia.", ("60 tình nguyện viên", 60, "tình nguyện viên")),
        ("Xã lắp mới 14 cụm loa truyền thanh.", ("14 cụm loa", 14, "cụm loa")),
        ("Xã có 9 bon đồng bào M'nông sinh sống.", ("9 bon", 9, "bon")),
        ("Tổ đoàn kết có 18 tàu cá, 140 lao động.", ("18 tàu cá", 18, "tàu cá")),
        ("Đã di dời 35 xưởng ra cụm công nghiệp.", ("35 xưởng", 35, "xưởng")),
        # a classifier before a word the vocabulary would cut: the classifier alone
        ("Huyện mở 4 lớp tập huấn cho cán bộ.", ("4 lớp", 4, "lớp")),
        ("Tổ chức 3 lớp bồi dưỡng lý luận.", ("3 lớp", 3, "lớp")),
        # the two event nouns the checker tells apart stay whole
        ("Ủy ban đã tiến hành 8 cuộc kiểm tra.", ("8 cuộc kiểm tra", 8, "cuộc kiểm tra")),
        # a classifier before a person noun is not cut: "người ở" is also a word
        ("Khám bệnh cho 1.900 lượt người ở hai xã.", ("1.900 lượt người", 1900, "lượt người")),
    ],
)
def test_units_named_whole(text: str, expected: tuple[str, float, str]) -> None:
    assert expected in _quantities(text)


BLOCS = (
    "Kết quả học tập nghị quyết:\n"
    "Khối\tĐảng viên\tTham gia học tập\tTỷ lệ\n"
    "Khối các cơ quan tỉnh\t4.862\t4.791\t98,5%\n"
    "Khối doanh nghiệp tỉnh\t1.348\t1.241\t92,1%\n"
)

KINDS = (
    "Kết quả đánh giá, xếp loại năm 2024:\n"
    "Đối tượng\tTổng số\tHoàn thành xuất sắc\tHoàn thành tốt\n"
    "Chi bộ\t9\t2\t7\n"
    "Đảng viên\t187\t19\t168\n"
)


def test_a_bloc_table_row_names_no_unit() -> None:
    got = {value: unit for _, value, unit in _quantities(BLOCS)}
    assert got[4791] is None and got[1241] is None  # not "khối"
    assert got[4862] == "đảng viên"  # the column heading names it


def test_a_table_of_kinds_keeps_its_row_nouns() -> None:
    got = {value: unit for _, value, unit in _quantities(KINDS)}
    assert got[2] == "chi bộ" and got[168] == "đảng viên"


def _checks(text: str) -> list:
    return process_text(text, options=OFF).checks


@pytest.mark.parametrize(
    ("rate", "verdict"),
    [("124,8%", "consistent"), ("128,4%", "inconsistent")],
)
def test_work_days_against_their_plan(rate: str, verdict: str) -> None:
    text = f"Nhân dân đóng góp 3.120 ngày công dựng nhà, đạt {rate} kế hoạch (2.500 ngày công)."
    got = [c for c in _checks(text) if c.kind == "target"]
    assert [c.verdict for c in got] == [verdict]
    assert sorted(got[0].figures) == sorted([2500, 3120, float(rate[:-1].replace(",", "."))])


GRADES = (
    "Kết quả xếp loại đảng viên năm 2024:\n\n"
    "Khối\tTổng số\tHoàn thành xuất sắc nhiệm vụ\tHoàn thành tốt nhiệm vụ\t"
    "Hoàn thành nhiệm vụ\tKhông hoàn thành nhiệm vụ\tMiễn đánh giá\n"
    "Khối xã\t1.530\t204\t1.120\t180\t12\t14\n"
    "Khối cơ quan\t486\t81\t360\t35\t4\t6\n"
)


def test_grades_that_leave_out_the_exempt_column_are_silent() -> None:
    rows = [c for c in _checks(GRADES) if c.kind == "part_whole"]
    assert rows, "the whole row adds up and is told"
    assert all(c.verdict == "consistent" for c in rows)
    assert any(sorted(c.figures) == sorted([1530, 204, 1120, 180, 12, 14]) for c in rows)


@pytest.mark.parametrize(
    ("text", "unit", "values"),
    [
        # a list of changes in membership counts the members named before it
        (
            "Chi bộ có 64 đảng viên; trong năm kết nạp 3, chuyển đến 1, từ trần 2, chuyển đi 1.",
            "đảng viên",
            [3, 1, 2, 1],
        ),
        (
            "Số đảng viên tăng 9 đồng chí: kết nạp mới 12, chuyển đến 3; chuyển đi 4, từ trần 2.",
            "đồng chí",
            [12, 3, 4, 2],
        ),
        (
            "Toàn huyện có 4.120 đoàn viên. Năm qua giảm do trưởng thành Đoàn 286, "
            "chuyển sinh hoạt đi nơi khác 41.",
            "đoàn viên",
            [286, 41],
        ),
        # the Party as the object of the last change is no name ("Đảng 1")
        (
            "Chi bộ có 64 đảng viên; trong năm kết nạp 5, từ trần 2, cho ra khỏi Đảng 1.",
            "đảng viên",
            [5, 2, 1],
        ),
        (
            "Chi bộ có 58 đảng viên; trong năm kết nạp 4, chuyển đi 2, cho thôi sinh hoạt đảng 1.",
            "đảng viên",
            [4, 2, 1],
        ),
        # a series of years continues the count its first year states
        (
            "Năm 2021 kết nạp 118 đảng viên; năm 2022: 125; năm 2023: 131; năm 2024: 140.",
            "đảng viên",
            [125, 131, 140],
        ),
        # a list whose numbers add up to the total named right after it
        (
            "Lượt cán bộ xuống cơ sở: Mặt trận 64; Hội Nông dân 58; Đoàn Thanh niên 41, "
            "tổng cộng 163 lượt.",
            "lượt",
            [64, 58, 41],
        ),
        (
            "Nhiệm kỳ qua kết nạp 620 hội viên, trong đó năm 2021 kết nạp 140, năm 2022: 152, "
            "năm 2023: 160, năm 2024 ước 168.",
            "hội viên",
            [140, 152, 160, 168],
        ),
    ],
)
def test_list_parts_take_the_unit_their_context_settles(
    text: str, unit: str, values: list[float]
) -> None:
    got = {value: u for _, value, u in _quantities(text)}
    assert [got.get(v, "missing") for v in values] == [unit] * len(values)


@pytest.mark.parametrize(
    "text",
    [
        # no count of members before the changes: nothing to take
        "Xã có 12 thôn; trong năm kết nạp 10, chuyển đến 4.",
        # a year series after a count of another clause that is no item of it
        "Huyện có 12 xã; năm 2022: 3, năm 2023: 5.",
        # a total after the list that its numbers do not add up to
        "Lượt cán bộ xuống cơ sở: Mặt trận 64; Hội Nông dân 58; Đoàn Thanh niên 41, "
        "tổng cộng 170 lượt.",
    ],
)
def test_list_parts_with_no_settled_unit_stay_null(text: str) -> None:
    units = [u for t, _, u in _quantities(text) if " " not in t]
    assert units and all(u is None for u in units)


def test_a_capitalised_name_before_a_small_number_is_still_no_count() -> None:
    text = "Bí thư Chi bộ 3 phát biểu; đồng chí Trưởng bản Nà 1 tham dự hội nghị."
    assert _quantities(text) == []


def test_a_breakdown_label_ending_in_thieu_so_is_no_name() -> None:
    # "thiểu số" (minority) ends in "số" but names nothing ("Trường Tiểu học số 2" does)
    text = (
        "Năm 2024 kết nạp 142 đảng viên; trong đó nữ 64 (45,1%), đoàn viên thanh niên 98 "
        "(69%), người dân tộc thiểu số 117 (82,4%)."
    )
    values = {value for _, value, _ in _quantities(text)}
    assert {64, 98, 117} <= values
    assert _quantities("Trường Tiểu học số 2 và Trường Mầm non số 3 đạt chuẩn.") == []


def test_two_lacks_are_no_split_of_their_whole() -> None:
    text = (
        "Đầu năm 2021, trong 12 bon có 4 bon chưa có chi bộ riêng; 2 bon chưa có đảng viên là "
        "người tại chỗ."
    )
    assert not [c for c in _checks(text) if c.kind == "part_whole"]


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        (
            "Có 540 đảng viên được đánh giá, xếp loại, trong đó hoàn thành xuất sắc nhiệm vụ 82 "
            "(15,2%).",
            82,
            True,
        ),
        ("Năm 2024 kết nạp 31 đảng viên; trong đó nữ 18 (58,1%).", 18, True),
        # no share after it, or a year: no count of a list of one
        ("Năm 2024 kết nạp 31 đảng viên; trong đó nữ 18.", 18, False),
        ("Tăng trưởng đạt 7,2%, trong đó năm 2024 (15,2%) cao nhất.", 2024, False),
    ],
)
def test_one_part_with_its_share_after_trong_do(text: str, value: float, counted: bool) -> None:
    values = {v for _, v, _ in _quantities(text)}
    assert (value in values) is counted
