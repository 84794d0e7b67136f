"""White-box review 29g of the GRIM base-finders (our own sentences): the guards added, and the
finds they keep. Each row: (text, expected granularity verdict or None for no inconsistent
verdict of any kind, figures: base, percent)."""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

CASES = [
    # an "N/N" of a qualified subset is not the whole of the bare noun (45% of 6 is impossible)
    (
        "Huyện có 6/6 xã khu vực III được đầu tư đường đến trung tâm; có 45% số xã đạt chuẩn "
        "nông thôn mới.",
        None,
        [],
    ),
    ("Có 4/4 bản đặc biệt khó khăn được hỗ trợ; 45% số bản có nhà văn hóa.", None, []),
    # ... but it is the whole of the qualified noun (5/6 = 83,3%; 70% is impossible)
    (
        "6/6 chi bộ thôn đưa nội dung phát triển kinh tế vào nghị quyết; số chi bộ thôn đạt "
        "trong sạch, vững mạnh là 70%.",
        "inconsistent",
        [6, 70],
    ),
    (
        "9/9 chi bộ thôn tổ chức sinh hoạt chuyên đề; có 35% số chi bộ trong đảng bộ xếp loại "
        "tốt.",
        None,
        [],
    ),
    # a wider scope before a percent that names its whole after it
    (
        "Trong 15 bí thư chi bộ, nữ chiếm 20%, người Dao chiếm 46,7%; trên toàn huyện, người "
        "Dao chiếm 44% số bí thư chi bộ.",
        None,
        [],
    ),
    # households after a member rate of people (the scoped list stops there)
    ("Trong 14 trưởng thôn của xã, nữ chiếm 28,6%, hộ đồng bào Mông chiếm 55%.", None, []),
    ("Trong 14 trưởng thôn của xã, nữ chiếm 28,6%, người Mông chiếm 55%.", "inconsistent", [14, 55]),
    # an estimate the same verb governed is a second candidate
    (
        "Ủy ban Kiểm tra Huyện ủy kiểm tra 24 đảng viên; các chi bộ tự kiểm tra hơn 130 đảng "
        "viên. Trong số đảng viên được kiểm tra, 35% là cấp ủy viên.",
        None,
        [],
    ),
    (
        "Ủy ban Kiểm tra Huyện ủy kiểm tra 24 đảng viên. Trong số đảng viên được kiểm tra, 35% "
        "là cấp ủy viên.",
        "inconsistent",
        [24, 35],
    ),
    # a territory's units listed after its area, and a rate of an earlier year (45% of 9 is
    # impossible, of the thôn then it may not be); no year: told
    ("Xã có diện tích 35 km2, 9 thôn. Năm 2010, tỷ lệ thôn có điện lưới là 45%.", None, []),
    (
        "Xã có diện tích 35 km2, 9 thôn. Năm nay, tỷ lệ thôn có điện lưới là 45%.",
        "inconsistent",
        [9, 45],
    ),
    # a later item repeating a counted item's words is of that item (4/9 = 44,4%)
    (
        "Quy hoạch gồm 52 đồng chí; trong đó nữ 13 đồng chí (25%), cán bộ trẻ 9 đồng chí (17,3%), "
        "cán bộ trẻ có 44,4% có trình độ thạc sĩ.",
        None,
        [],
    ),
    # an item naming a part of the base's bracketed breakdown is of that part (3/5 = 60%)
    (
        "Hội đồng có 9 thành viên (5 chuyên trách, 4 kiêm nhiệm), trong đó các thành viên chuyên "
        "trách có 60% là nữ.",
        None,
        [],
    ),
]


@pytest.mark.parametrize(("text", "verdict", "figures"), CASES)
def test_review29g(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        return
    got = told(checks_of(text, "granularity"), "granularity", verdict, figures)
    assert got, [(c.verdict, c.figures, c.why) for c in checks_of(text, "granularity")]
