"""White-box review 29c of the prose growth of a plan table's row (change.py,
``_prose_growth_of_row``): our own look-alikes that must stay silent, and a slip beside them
that is still told."""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of

HEAD = "Kết quả thực hiện các chỉ tiêu chủ yếu:\n\n"
MONTHS = (
    "Chỉ tiêu\tĐVT\tCùng kỳ 2024\tThực hiện tháng 6/2025\tLũy kế 6 tháng 2025\n"
    "Kim ngạch xuất khẩu\ttriệu USD\t1.482,6\t271,3\t1.618,4\n"
    "Kim ngạch nhập khẩu\ttriệu USD\t1.105,2\t198,7\t1.214,9\n"
)
PLAIN = (
    "Chỉ tiêu\tĐVT\tCùng kỳ 2024\tThực hiện 6 tháng 2025\n"
    "Tổng mức bán lẻ hàng hóa\ttỷ đồng\t15.604,2\t17.318,5\n"
    "Diện tích lúa\tha\t12.450\t12.840\n"
)

SILENT = [
    # the month's own value against last year's month, not the cumulative "cùng kỳ" cell
    HEAD + MONTHS + "\nRiêng tháng 6 đạt 271,3 triệu USD, giảm 2,4% so với cùng kỳ.",
    # a value at current prices with its growth in real terms
    HEAD + PLAIN + "\nTổng mức bán lẻ hàng hóa ước 17.318,5 tỷ đồng, loại trừ yếu tố giá tăng "
    "7,6% so với cùng kỳ.",
    # another base than the table's same period
    HEAD + PLAIN + "\nTổng mức bán lẻ hàng hóa ước 17.318,5 tỷ đồng, tăng 24,1% so với cùng kỳ "
    "hai năm trước.",
    # another noun with the same number
    HEAD + PLAIN + "\nSản lượng rau các loại đạt 12.840 tấn, tăng 5,2% so với cùng kỳ.",
]


@pytest.mark.parametrize("text", SILENT)
def test_other_readings_keep_silence(text: str) -> None:
    assert alarms(text) == []


def test_a_slip_on_a_plain_row_is_still_told() -> None:
    text = HEAD + PLAIN + "\nTổng mức bán lẻ hàng hóa ước 17.318,5 tỷ đồng, tăng 12,4% so với cùng kỳ."
    told = [c for c in checks_of(text) if c.verdict == "inconsistent"]
    assert len(told) == 1 and told[0].kind == "change" and "not 12.4%" in told[0].why
