"""A bare count tied by a copula to the noun its subject names after "số" (twentieth session).

"Số doanh nghiệp đang hoạt động là 412, tăng 38 doanh nghiệp" states 412 doanh nghiệp; the
number has no noun of its own, so the subject's noun is its unit. A number followed by its
own noun ("… là 142 cụ") or by nothing countable stays as it was.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

_OPTS = Options(entities=False)


def quantities(text: str) -> list[tuple[str, object, object]]:
    doc = process_text(text, options=_OPTS)
    return [
        (m.text, m.attrs.get("value"), m.attrs.get("unit"))
        for m in doc.mentions
        if m.type == "quantity"
    ]


READ = [
    (
        "Số doanh nghiệp đang hoạt động là 412, tăng 38 doanh nghiệp so với năm 2023.",
        ("412", 412, "doanh nghiệp"),
    ),
    ("Số hợp tác xã hoạt động hiệu quả là 812, chiếm 67,5%.", ("812", 812, "hợp tác xã")),
    ("Tổng số hội viên của Hội đạt 12.450, tăng 320 hội viên.", ("12.450", 12450, "hội viên")),
    ("Số lượng đảng viên mới kết nạp trong năm là 35.", ("35", 35, "đảng viên")),
    ("Đến cuối năm, số hộ nghèo toàn xã còn có 86; số hộ cận nghèo là 112.", ("112", 112, "hộ")),
]

NOT_READ = [
    # a number that is no count of the subject's noun, or that names its own noun:
    # (text, number, the unit it must not take)
    ("Số điện thoại đường dây nóng là 1022.", "1022", "điện thoại"),
    ("Số thứ tự của xã trong bảng xếp hạng là 12.", "12", "xã"),
    ("Số hội viên được mừng thọ là 142 cụ, chiếm 13,1% tổng số hội viên.", "142", "hội viên"),
]


@pytest.mark.parametrize(("text", "want"), READ)
def test_copula_count_takes_the_subject_noun(text: str, want: tuple[str, object, object]) -> None:
    assert want in quantities(text), quantities(text)


@pytest.mark.parametrize(("text", "number", "unit"), NOT_READ)
def test_copula_count_not_read_without_a_counted_subject(text: str, number: str, unit: str) -> None:
    got = quantities(text)
    assert not [q for q in got if q[0].startswith(number) and q[2] == unit], got
