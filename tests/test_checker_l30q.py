"""part_whole, session 30, second round (sentences ours): rests still to do said before their
count, and two guards on counts said "lần lượt".

Construction read:

- a rest said before its count ("còn thiếu 22 đảng viên", "hiện còn 5 tuyến chưa được đầu tư";
  a bare "còn" needs the "chưa" of its clause, "giảm xuống còn 10 thôn" is a new level): the
  rest and the part done before it make a total of their noun up to three sentences back (a fit
  only, as for "còn lại").

Guards on "… lần lượt …" counts against an earlier total (part_whole's side; each wrong
confirmation of ``_respective_counts`` gone):

- the items are years ("năm 2024 và 2025 lần lượt 27 và 31 thôn") and the total is of one year
  or moment ("Năm 2023 … 58 thôn"): later counts, not parts; years sum to a total only over a
  span said with it that holds them ("giai đoạn 2022-2023", "trong hai năm", "nhiệm kỳ");
- the items are the other way of a change ("12 hợp tác xã thành lập mới; giải thể … lần lượt 5
  và 7"): closed units are no parts of founded ones.

fit.py's sum search (not this module) still finds 5 + 7 = 12 and 27 + 31 = 58 by value and tells
them as fits ("parts found by their sum"); the tests below assert only that part_whole's own
reading ("= N stated") is gone.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)
_BY_VALUE = "(parts found by their sum)"


def _pw(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "part_whole"]


def _own(text: str) -> list[Check]:
    """part_whole rows but fit.py's sum-by-value ones."""
    return [c for c in _pw(text) if _BY_VALUE not in c.why]


# -- rests said before their count ------------------------------------------------------------

REST_FITS = [
    (
        "Toàn xã có 52 tuyến đường thôn. Đã bê tông hóa 47 tuyến, hiện còn 5 tuyến chưa được "
        "đầu tư do thiếu kinh phí.",
        [52, 47, 5],
    ),
    (
        "Phường có 126 hộ kinh doanh thuộc diện phải chuyển đổi. Năm 2025 đã chuyển đổi 118 hộ; "
        "vẫn còn 8 hộ chưa hoàn tất hồ sơ.",
        [126, 118, 8],
    ),
    (
        "Thị trấn có 41 khu dân cư cần lắp camera an ninh. Các tổ dân phố đã lắp đặt tại 37 khu "
        "dân cư, còn thiếu 4 khu dân cư.",
        [41, 37, 4],
    ),
]


@pytest.mark.parametrize(("text", "figures"), REST_FITS)
def test_rest_before_count_is_a_fit(text: str, figures: list[int]) -> None:
    rows = [c for c in _pw(text) if c.figures == figures]
    assert rows and all(c.verdict == "consistent" for c in rows), _pw(text)


REST_SILENT = [
    # a slip: the rest is not read by search (no alarm), nothing else told
    "Toàn xã có 52 tuyến đường thôn. Đã bê tông hóa 47 tuyến, hiện còn 6 tuyến chưa được đầu tư.",
    # a new level after a fall, no rest
    "Năm 2020 huyện có 40 thôn. Sau khi sáp nhập 30 thôn, số thôn giảm xuống còn 10 thôn.",
    # another place's rest in the next sentence
    "Xã có 52 tuyến đường thôn; đã bê tông hóa 47 tuyến. Xã bên cạnh còn 6 tuyến chưa được đầu tư.",
    # "còn" without a "chưa": a stock, not what is left to do
    "Đầu năm có 64 hợp tác xã; trong năm giải thể 9 hợp tác xã, hiện còn 55 hợp tác xã hoạt động.",
]


@pytest.mark.parametrize("text", REST_SILENT)
def test_rest_near_misses_raise_nothing(text: str) -> None:
    assert not [c for c in _pw(text) if c.verdict == "inconsistent"], _pw(text)


def test_rest_slip_is_not_confirmed() -> None:
    text = REST_SILENT[0]
    assert not [c for c in _pw(text) if c.verdict == "consistent" and 6 in c.figures]


# -- "lần lượt" guards -------------------------------------------------------------------------

RESPECTIVE_WRONG = [
    # closed units against the founded ones
    (
        "Trong giai đoạn, toàn tỉnh có 12 hợp tác xã thành lập mới. Số hợp tác xã giải thể năm "
        "2022 và 2023 lần lượt là 5 hợp tác xã và 7 hợp tác xã.",
        [12, 5, 7],
    ),
    (
        "Có 12 hợp tác xã thành lập mới; giải thể năm 2022 và 2023 lần lượt 5 hợp tác xã và 7 "
        "hợp tác xã.",
        [12, 5, 7],
    ),
    # later years against a count of one year
    (
        "Năm 2023 toàn huyện có 58 thôn đạt chuẩn nông thôn mới kiểu mẫu. Số thôn được công nhận "
        "năm 2024 và 2025 lần lượt là 27 thôn và 31 thôn.",
        [58, 27, 31],
    ),
    (
        "Huyện có 90 trường học (2022). Số trường đạt chuẩn quốc gia năm 2023 và năm 2024 lần "
        "lượt là 41 trường và 49 trường.",
        [90, 41, 49],
    ),
]


@pytest.mark.parametrize(("text", "figures"), RESPECTIVE_WRONG)
def test_respective_years_or_other_change_not_parts(text: str, figures: list[int]) -> None:
    assert not [c for c in _own(text) if c.figures == figures], _pw(text)
    assert not [c for c in _pw(text) if c.verdict == "inconsistent"]


RESPECTIVE_KEPT = [
    # years over a span said with the total that holds them
    (
        "Giai đoạn 2022-2023, huyện kết nạp 96 đảng viên. Năm 2022 và năm 2023 lần lượt là 40 "
        "đảng viên và 56 đảng viên.",
        [96, 40, 56],
    ),
    (
        "Trong hai năm, thành phố thành lập mới 15 hợp tác xã; năm 2024 và năm 2025 lần lượt là "
        "6 hợp tác xã và 9 hợp tác xã.",
        [15, 6, 9],
    ),
    # kinds, no years: unchanged
    (
        "Năm 2025 kết nạp 96 đảng viên. Khối xã và khối cơ quan lần lượt là 60 đảng viên và 36 "
        "đảng viên.",
        [96, 60, 36],
    ),
]


@pytest.mark.parametrize(("text", "figures"), RESPECTIVE_KEPT)
def test_respective_parts_still_confirmed(text: str, figures: list[int]) -> None:
    rows = [c for c in _pw(text) if c.figures == figures]
    assert rows and all(c.verdict == "consistent" for c in rows), _pw(text)


# -- a "Cộng lượt" row under a table over years --------------------------------------------------

_GRADES_HEAD = "Năm\tSố chi bộ\tHoàn thành xuất sắc\tHoàn thành tốt\tHoàn thành\tKhông hoàn thành\n"


def _grade_table(last: str) -> str:
    return (
        "Kết quả xếp loại các chi bộ trực thuộc qua 3 năm:\n\n"
        + _GRADES_HEAD
        + "2022\t14\t3\t9\t2\t0\n2023\t14\t4\t8\t2\t0\n2024\t15\t4\t10\t1\t0\n"
        + last
    )


def test_cong_luot_row_sums_its_columns() -> None:
    rows = _pw(_grade_table("Cộng lượt\t43\t11\t27\t5\t0\n"))
    sums = {tuple(c.figures): c.verdict for c in rows}
    assert sums.get((43, 14, 14, 15)) == "consistent", rows
    assert sums.get((27, 9, 8, 10)) == "consistent", rows
    assert not [c for c in rows if c.verdict == "inconsistent"]


def test_cong_luot_row_slip_is_told() -> None:
    rows = _pw(_grade_table("Cộng lượt\t43\t11\t26\t5\t0\n"))
    bad = [c for c in rows if c.verdict == "inconsistent"]
    assert [c.figures for c in bad] == [[26, 9, 8, 10]], rows


def test_cong_luot_rate_column_is_no_sum() -> None:
    text = (
        "Số cuộc kiểm tra qua các năm:\n\nNăm\tSố cuộc kiểm tra\tTỷ lệ hoàn thành (%)\n"
        "2023\t12\t92,5\n2024\t15\t95,0\nCộng lượt\t27\t93,8\n"
    )
    rows = _pw(text)
    assert not [c for c in rows if c.verdict == "inconsistent"], rows
    assert not [c for c in rows if 93.8 in c.figures], rows
