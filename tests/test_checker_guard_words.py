"""Words of the genre that look like a guard's cue but are not (our own sentences):

- "trong sạch, vững mạnh" is a grade of chi bộ and tổ chức đảng, not "in …": GRIM readings took
  it for a scope ("tỷ lệ nữ trong cấp ủy cơ sở", "58,7% chi bộ trong toàn Đảng bộ") or for no
  predicate, and fell silent on the genre's most common rate;
- a ward or district may be numbered ("Phường 3", "Quận 10", "ấp 2"): the territory's make-up
  read only lettered names, and a fraction's label with such a name was taken to hold a count;
- "giảm nghèo" (poverty reduction) and "tăng cường" (to strengthen) name no change.
"""

from __future__ import annotations

import pytest
from checkhelp import checks_of, told

CASES = [
    # (text, verdict or None for silence, figures)
    ("Huyện có 17 chi bộ, tỷ lệ chi bộ trong sạch vững mạnh đạt 46,5%.", "inconsistent", [17, 46.5]),
    ("Huyện có 17 chi bộ, tỷ lệ chi bộ trong sạch vững mạnh đạt 47,1%.", "consistent", [17, 47.1]),
    ("Đảng bộ thị trấn có 9 chi bộ, tỷ lệ chi bộ trong sạch, vững mạnh đạt 65,7%.", "inconsistent", [9, 65.7]),
    ("Đảng bộ thị trấn có 9 chi bộ, tỷ lệ chi bộ trong sạch, vững mạnh đạt 66,7%.", "consistent", [9, 66.7]),
    ("Khối cơ quan có 13 chi bộ; 62,5% chi bộ trong sạch vững mạnh, không có chi bộ yếu kém.", "inconsistent", [13, 62.5]),
    ("Xã có 12 chi bộ; 57,3% chi bộ trong sạch vững mạnh.", "inconsistent", [12, 57.3]),
    # a real scope still scopes: the rate is of a wider body, so no k/17 or k/12 need give it
    ("Huyện có 17 chi bộ, tỷ lệ chi bộ trong toàn Đảng bộ tỉnh đạt 46,5%.", None, [17, 46.5]),
    ("Xã có 12 chi bộ; tỷ lệ chi bộ trong sạch vững mạnh của toàn huyện là 57,3%.", None, [12, 57.3]),
    ("Đảng bộ thị trấn Phố Lu hiện có 21 chi bộ. Số chi bộ trong sạch vững mạnh chiếm 64,3%.", "inconsistent", [21, 64.3]),
    ("Đảng bộ thị trấn Phố Lu hiện có 21 chi bộ. Số chi bộ trong sạch vững mạnh chiếm 66,7%.", "consistent", [21, 66.7]),
    # numbered wards and districts
    ("Đảng bộ phường 3 hiện có 9 chi bộ. Số chi bộ có chi ủy chiếm 56,6%.", "inconsistent", [9, 56.6]),
    ("Đảng bộ phường 3 hiện có 9 chi bộ. Số chi bộ có chi ủy chiếm 55,6%.", "consistent", [9, 55.6]),
    ("Quận 10 hiện có 14 phường. Tỷ lệ phường đạt chuẩn đô thị văn minh là 64,1%.", "inconsistent", [14, 64.1]),
    ("Quận 10 hiện có 14 phường. Tỷ lệ phường đạt chuẩn đô thị văn minh là 64,3%.", "consistent", [14, 64.3]),
    ("Quận 10 hiện có 14 phường; năm 2015 tỷ lệ phường đạt chuẩn là 64,1%.", None, [14, 64.1]),
    # "giảm nghèo", "tăng cường": no change; a change still is one
    ("Xã có 12 thôn, trong đó thôn có mô hình giảm nghèo hiệu quả chiếm 57,3%.", "inconsistent", [12, 57.3]),
    ("Xã có 12 thôn, trong đó thôn tăng cường tuần tra chiếm 57,3%.", "inconsistent", [12, 57.3]),
    ("Xã có 12 thôn, trong đó thôn có số hộ nghèo giảm chiếm 57,3%.", None, [12, 57.3]),
]


@pytest.mark.parametrize("text,verdict,figures", CASES)
def test_guard_words(text: str, verdict: str | None, figures: list[float]) -> None:
    got = checks_of(text, "granularity")
    if verdict is None:
        assert not [c for c in got if c.verdict == "inconsistent"], [c.why for c in got]
    else:
        assert told(got, "granularity", verdict, figures), [(c.verdict, c.why) for c in got]


# a fraction, its label naming a numbered place, its percent (ratio_percent)
RATIO_CASES = [
    ("Đến nay, 1.349/1.443 hộ gia đình ở phường 3 tham gia bảo hiểm y tế, đạt 94,5%.", "inconsistent"),
    ("Đến nay, 1.349/1.443 hộ gia đình ở Quận 10 tham gia bảo hiểm y tế, đạt 93,5%.", "consistent"),
    ("Đến nay, 212/240 hộ ở ấp 2 và khu phố 4 đã có nước sạch, đạt 88,3%.", "consistent"),
    ("Đến nay, 212/240 hộ ở ấp 2 và khu phố 4 đã có nước sạch, đạt 86,3%.", "inconsistent"),
]


@pytest.mark.parametrize("text,verdict", RATIO_CASES)
def test_numbered_place_in_a_fraction_label(text: str, verdict: str) -> None:
    got = checks_of(text, "ratio_percent")
    assert [c.verdict for c in got] == [verdict], [(c.verdict, c.why) for c in got]
