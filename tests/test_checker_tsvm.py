""""Trong sạch, vững mạnh" is a grade of chi bộ and tổ chức đảng, not "in …": a GRIM reading
once took "trong sạch vững mạnh" for a scope ("tỷ lệ nữ trong cấp ủy cơ sở", "58,7% chi bộ
trong toàn Đảng bộ") and fell silent on the genre's most common rate. Our own sentences."""

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
]


@pytest.mark.parametrize("text,verdict,figures", CASES)
def test_tsvm_is_a_grade(text: str, verdict: str | None, figures: list[float]) -> None:
    got = checks_of(text, "granularity")
    if verdict is None:
        assert not [c for c in got if c.verdict == "inconsistent"], [c.why for c in got]
    else:
        assert told(got, "granularity", verdict, figures), [(c.verdict, c.why) for c in got]
