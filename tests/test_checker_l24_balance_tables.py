"""Tables of balances (twenty-fourth session), our wording: "Đơn vị | Đầu năm | Kết nạp mới | Giảm
| Cuối năm" and its rows, start + entries - exits = end. Every column is read as a start, an end,
an entry or an exit (a rate or a breakdown after the end is passed over); a column of unknown
direction and there is no balance. A row that misses is told only when at least half of the
table's other rows hold exactly (the columns are then surely read right).

Each row: (table, expected verdict or None for no alarm, figures as stated [start, entries...,
exits..., end] of the row looked at).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

_MEMBERS = (
    "Biến động đoàn viên năm 2024:\nĐơn vị\tĐầu năm\tKết nạp mới\tGiảm\tCuối năm\n"
    "Chi đoàn thôn Bắc\t42\t8\t3\t47\nChi đoàn thôn Nam\t35\t5\t6\t34\n"
    "Chi đoàn thôn Trung\t28\t6\t2\t{end}\n"
)
_POOR = (
    "Xã | Hộ nghèo đầu năm | Thoát nghèo | Phát sinh mới | Hộ nghèo cuối năm | Tỷ lệ (%)\n"
    "Xã Yên Lạc | 124 | 38 | 5 | 91 | 4,1\nXã Đồng Cương | 86 | 21 | 3 | {end} | 3,2\n"
    "Xã Tân Phong | 152 | 44 | 9 | 117 | 5,6\n"
)
_NET = (
    "Đơn vị\tHội viên đầu năm\tCuối năm\tGiảm\nChi hội Đông\t120\t113\t7\nChi hội Tây\t86\t{end}\t5\n"
    "Chi hội Nam\t64\t60\t4\n"
)

CASES = [
    (_MEMBERS.format(end=32), "consistent", [28, 6, 2, 32]),
    (_MEMBERS.format(end=31), "inconsistent", [28, 6, 2, 31]),
    (_POOR.format(end=68), "consistent", [86, 21, 3, 68]),
    (_POOR.format(end=66), "inconsistent", [86, 21, 3, 66]),
    (_NET.format(end=81), "consistent", [86, 5, 81]),
    (_NET.format(end=80), "inconsistent", [86, 5, 80]),
    # "Giảm" here is the net fall, "Kết nạp" the entries: no row holds as a balance, so the
    # reading is wrong and nothing is told
    (
        "Đơn vị\tĐầu năm\tKết nạp\tGiảm\tCuối năm\nChi bộ 1\t40\t6\t2\t38\nChi bộ 2\t52\t4\t3\t49\n"
        "Chi bộ 3\t31\t2\t1\t30\n",
        None,
        [],
    ),
    # a column of unknown direction ("Chuyển sinh hoạt tạm thời"): no balance
    (
        "Đơn vị\tĐầu năm\tKết nạp\tChuyển sinh hoạt tạm thời\tCuối năm\nChi bộ 1\t40\t6\t2\t44\n"
        "Chi bộ 2\t52\t4\t3\t55\n",
        None,
        [],
    ),
    # one row only beside the header: no other row bears the reading out
    ("Đơn vị\tĐầu năm\tKết nạp\tGiảm\tCuối năm\nChi bộ 1\t40\t6\t2\t45\n", None, []),
]


@pytest.mark.parametrize("text,verdict,figures", CASES)
def test_balance_table_case(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        return
    checks = checks_of(text, "change")
    assert told(checks, "change", verdict, figures), [(c.verdict, c.figures, c.why) for c in checks]
    if verdict == "consistent":
        assert alarms(text) == []
