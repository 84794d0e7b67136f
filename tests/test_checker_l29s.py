"""share (fit pass, consistent only): session 29 readings, with passages written by us.

- a level's own rate in brackets ("còn 52 hộ nghèo (1,89%)") or a rate whose bracket holds its
  count after a change back ("giảm từ 5,13% (141 hộ) … xuống còn 1,56% (43 hộ)"): the whole
  is the place's count of households stated sections before, found by its value;
- the top two grades over their whole: a bullet list or a table's rows (short lines), the
  count the list grades stated before it, a union's "vững mạnh" as its top grade;
- a rate named by its subject ("Số đảng viên bị kỷ luật chiếm 0,70% …") whose part and whole
  are stated elsewhere: told only when one pair of values fits;
- a profile of a group of people, two shares or more in one sentence each tied to its count:
  the whole the nearest earlier count of people that two of them or more fit.

A fit never says inconsistent: a slip leaves the relation silent.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _shares(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "share"]


def _has(rows: list[Check], figures: list[float], verdict: str = "consistent") -> bool:
    return any(c.verdict == verdict and all(f in c.figures for f in figures) for c in rows)


_TOWN = (
    "Thị trấn Hòa Bình có 6 khu phố, 2.750 hộ, 10.340 nhân khẩu. Kinh tế chủ yếu là thương mại, "
    "dịch vụ. Đảng bộ thị trấn có 14 chi bộ. Năm 2024, thị trấn tập trung chỉnh trang đô thị. "
    "Các tuyến đường khu phố được bê tông hóa. "
)
_UNIT = (
    "Đảng bộ huyện có 45 tổ chức cơ sở đảng với 3.280 đảng viên. Năm 2024, các cấp ủy đã thi "
    "hành kỷ luật 23 đảng viên, giảm 5 trường hợp so với năm trước. Nội dung vi phạm chủ yếu về "
    "quản lý đất đai và thực hiện chính sách dân số. "
)

_ADMITTED = (
    "Năm 2024, Đảng bộ tỉnh kết nạp 640 đảng viên, đạt 106,7% chỉ tiêu (600 đảng viên). Các "
    "huyện miền núi chú trọng tạo nguồn. Trong số đảng viên mới, "
)

_BLOCK = (
    "Đảng bộ Khối doanh nghiệp tỉnh có 38 tổ chức cơ sở đảng, 214 chi bộ trực thuộc, với 2.960 "
    "đảng viên. Năm 2024, Đảng ủy Khối ban hành 12 nghị quyết chuyên đề. Công tác tuyên truyền được "
    "đổi mới. Việc học tập nghị quyết được tổ chức nghiêm túc. Các đoàn thể hoạt động sôi nổi. "
)

CONFIRMED = [
    # a whole named after the percent by its unit words and two more, stated sections before
    (_BLOCK + "Ủy ban Kiểm tra Đảng ủy Khối kiểm tra 9 tổ chức đảng cấp dưới, bằng 23,7% số tổ chức cơ sở đảng trực thuộc.", [9, 38, 23.7]),
    # a profile: two shares of one sentence over the count stated before it
    (_ADMITTED + "nữ 282 người (44,1%); đoàn viên thanh niên 501 người, chiếm 78,3%; người dân tộc thiểu số chiếm gần 21% với 133 đồng chí.", [282, 640, 44.1]),
    (_ADMITTED + "nữ 282 người (44,1%); đoàn viên thanh niên 501 người, chiếm 78,3%; người dân tộc thiểu số chiếm gần 21% với 133 đồng chí.", [501, 640, 78.3]),
    ("Hội có 8.420 hội viên sinh hoạt ở 96 chi hội. Trong năm kết nạp mới 310 hội viên. Hội viên là người cao tuổi 3.116 người, chiếm 37%; hội viên nữ 2.947 người (35%).", [3116, 8420, 37]),
    # a level used by a change, its rate in brackets right after it
    (_TOWN + "Đến cuối năm, thị trấn còn 52 hộ nghèo (1,89%), giảm 19 hộ so với năm trước (71 hộ).", [52, 2750, 1.89]),
    # the rate named long before its second bracket
    (_TOWN + "Tỷ lệ hộ nghèo giảm từ 5,13% (141 hộ) đầu nhiệm kỳ xuống còn 1,56% (43 hộ) vào cuối năm 2024.", [43, 2750, 1.56]),
    (_TOWN + "Tỷ lệ hộ nghèo giảm từ 5,13% (141 hộ) đầu nhiệm kỳ xuống còn 1,56% (43 hộ) vào cuối năm 2024.", [141, 2750, 5.13]),
    # grades: a bullet list, one grade a line
    ("Năm 2024, 46 tổ chức cơ sở đảng được đánh giá, xếp loại. Kết quả:\n- Hoàn thành xuất sắc nhiệm vụ: 8;\n- Hoàn thành tốt nhiệm vụ: 31;\n- Hoàn thành nhiệm vụ: 6;\n- Không hoàn thành nhiệm vụ: 1.\n\nTỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 84,8%.", [8, 31, 46, 84.8]),
    # grades: the count graded stated before a list that leaves some out
    ("Toàn tỉnh có 412 chi bộ được xếp loại. Kết quả: hoàn thành xuất sắc nhiệm vụ 70; hoàn thành tốt nhiệm vụ 298; hoàn thành nhiệm vụ 38; không hoàn thành nhiệm vụ 3. Tỷ lệ hoàn thành tốt nhiệm vụ trở lên đạt 89,3%.", [70, 298, 412, 89.3]),
    # grades: a union's top grade
    ("Kết quả xếp loại 26 chi đoàn năm 2024: 9 chi đoàn vững mạnh, 12 chi đoàn khá, 4 chi đoàn trung bình, 1 chi đoàn yếu; tỷ lệ chi đoàn xếp loại khá trở lên đạt 80,8%.", [9, 12, 26, 80.8]),
    # a rate named by its subject, part and whole stated before
    (_UNIT + "Số đảng viên bị kỷ luật chiếm 0,70% tổng số đảng viên của Đảng bộ.", [23, 3280, 0.7]),
    (_TOWN + "Số hộ nghèo giảm từ 118 hộ xuống còn 47 hộ, giảm 71 hộ; hộ nghèo hiện chỉ chiếm 1,7% tổng số hộ của thị trấn.", [47, 2750, 1.7]),
    ("Năm 2024 có 2.180 đảng viên được đánh giá, xếp loại; hoàn thành xuất sắc nhiệm vụ 310 đảng viên, không hoàn thành nhiệm vụ 12 đảng viên. Công tác đánh giá bảo đảm thực chất. Tỷ lệ đảng viên không hoàn thành nhiệm vụ là 0,55%.", [12, 2180, 0.55]),
]


@pytest.mark.parametrize(("text", "figures"), CONFIRMED)
def test_checker_l29s_confirms(text: str, figures: list[float]) -> None:
    rows = _shares(text)
    assert _has(rows, figures), [(c.verdict, c.figures, c.why) for c in rows]


# slips and near-misses: nothing confirmed with the figures, and no alarm of the kind
SILENT = [
    (_BLOCK + "Ủy ban Kiểm tra Đảng ủy Khối kiểm tra 9 tổ chức đảng cấp dưới, bằng 25,7% số tổ chức cơ sở đảng trực thuộc.", [9, 38]),
    # another moment, another level, a subset of the poor households: no rate of all households
    (_TOWN + "Đầu nhiệm kỳ, thị trấn có 141 hộ nghèo (5,8%).", [141, 2750]),
    (_TOWN + "Năm 2020, thị trấn còn 96 hộ nghèo (3,9%).", [96, 2750]),
    (_TOWN + "Đến cuối năm, thị trấn còn 52 hộ nghèo; trong đó hộ nghèo dân tộc thiểu số 13 hộ (25%).", [13, 2750]),
    (_TOWN + "Số hộ nghèo giảm từ 118 hộ xuống còn 47 hộ, giảm 71 hộ; hộ nghèo hiện chỉ chiếm 1,9% tổng số hộ của thị trấn.", [47, 2750]),
    # a profile of another body: the province's shares over the district's members fit nothing
    ("Đảng bộ huyện có 2.150 đảng viên. Toàn tỉnh, trong số đảng viên mới, nữ 2.812 người (44,1%); đoàn viên 5.010 người, chiếm 78,3%.", [2812, 2150]),
    (_TOWN + "Tỷ lệ hộ nghèo giảm từ 5,13% (141 hộ) đầu nhiệm kỳ xuống còn 1,66% (43 hộ) vào cuối năm 2024.", [43, 2750]),
    ("Năm 2024, 46 tổ chức cơ sở đảng được đánh giá, xếp loại. Kết quả:\n- Hoàn thành xuất sắc nhiệm vụ: 8;\n- Hoàn thành tốt nhiệm vụ: 31;\n- Hoàn thành nhiệm vụ: 6;\n- Không hoàn thành nhiệm vụ: 1.\n\nTỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 86,8%.", [8, 31]),
    ("Kết quả xếp loại 26 chi đoàn năm 2024: 9 chi đoàn vững mạnh, 12 chi đoàn khá, 4 chi đoàn trung bình, 1 chi đoàn yếu; tỷ lệ chi đoàn xếp loại khá trở lên đạt 82,8%.", [9, 12]),
    (_UNIT + "Số đảng viên bị kỷ luật chiếm 0,90% tổng số đảng viên của Đảng bộ.", [23, 3280]),
    # a parallel body: the district's poor households over the town's households fit nothing
    (_TOWN + "Toàn huyện còn 520 hộ nghèo (1,89%), giảm 190 hộ so với năm trước (710 hộ).", [520, 2750]),
    # the whole another noun: of the population, not of the members
    (_UNIT + "Huyện có 328.000 dân. Số đảng viên bị kỷ luật chiếm 0,70% dân số.", [23, 3280]),
]


@pytest.mark.parametrize(("text", "figures"), SILENT)
def test_checker_l29s_silent(text: str, figures: list[float]) -> None:
    rows = _shares(text)
    assert not any(c.verdict == "inconsistent" for c in rows), [(c.figures, c.why) for c in rows]
    assert not _has(rows, figures), [(c.verdict, c.figures, c.why) for c in rows]


def test_checker_l29s_profile_slip_is_told_by_structure() -> None:
    """ "Trong số đảng viên mới" names the whole: a slip there is the structural rules' to tell."""
    rows = _shares(_ADMITTED + "nữ 282 người (46,1%); đoàn viên thanh niên 501 người, chiếm 78,3%.")
    assert _has(rows, [282, 640, 46.1], "inconsistent"), [(c.verdict, c.figures) for c in rows]
    assert not _has(rows, [501, 640], "inconsistent")


# the rate of poor households over the profile's household count: a slip is told
SLIPS = [
    (_TOWN + "Đến cuối năm, thị trấn còn 52 hộ nghèo (1,95%), giảm 19 hộ so với năm trước (71 hộ).", [52, 2750, 1.95]),
    ("Xã Tân Phú có 7 ấp, 4.120 hộ với 16.900 nhân khẩu. Xã tập trung phát triển cây ăn trái. Hộ nghèo còn 37 hộ (0,9%), hộ cận nghèo 96 hộ (2,6%).", [96, 4120, 2.6]),
]


@pytest.mark.parametrize(("text", "figures"), SLIPS)
def test_checker_l29s_household_slips(text: str, figures: list[float]) -> None:
    rows = _shares(text)
    assert _has(rows, figures, "inconsistent"), [(c.verdict, c.figures, c.why) for c in rows]


def test_checker_l29s_household_rate_confirmed() -> None:
    text = "Xã Tân Phú có 7 ấp, 4.120 hộ với 16.900 nhân khẩu. Xã tập trung phát triển cây ăn trái. Hộ nghèo còn 37 hộ (0,9%), hộ cận nghèo 96 hộ (2,3%)."
    rows = _shares(text)
    assert _has(rows, [96, 4120, 2.3]), [(c.verdict, c.figures, c.why) for c in rows]
    assert _has(rows, [37, 4120, 0.9]), [(c.verdict, c.figures, c.why) for c in rows]
    assert not any(c.verdict == "inconsistent" for c in rows)
