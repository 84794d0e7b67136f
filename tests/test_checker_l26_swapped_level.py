"""A level of a change written with two digits swapped from the level stated for that moment
(twenty-sixth session), our own passages: "Đầu nhiệm kỳ …, xã còn 214 hộ nghèo" … "giảm từ 241 hộ
xuống còn 60 hộ". Three digits or more, the same thing, the earlier count said of that moment.

Each row: (text, expected change verdict or None for no inconsistent verdict of any kind,
figures as stated: earlier level, start, end).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

CASES = [
    (
        "Đầu nhiệm kỳ 2020-2025, toàn xã còn 214 hộ nghèo, phần lớn là hộ đồng bào dân tộc thiểu số.\n\nNhờ các chương trình hỗ trợ sinh kế, số hộ nghèo của xã giảm từ 241 hộ xuống còn 60 hộ, tức giảm 181 hộ.",
        "inconsistent",
        [214, 241, 60],
    ),
    (
        "Khi Nghị quyết được ban hành, toàn huyện có 1.365 ha cây ăn quả, chủ yếu là cam và bưởi.\n\nSau 5 năm, diện tích cây ăn quả tăng từ 1.356 ha lên 2.140 ha.",
        "inconsistent",
        [1365, 1356, 2140],
    ),
    (
        "Hiện toàn tỉnh có 1.248 chi bộ thôn, tổ dân phố có chi ủy.\n\nThực hiện chủ trương kiện toàn, số chi bộ thôn, tổ dân phố có chi ủy tăng từ 1.016 chi bộ lên 1.284 chi bộ.",
        "inconsistent",
        [1248, 1016, 1284],
    ),
    # the level restated as written: consistent elsewhere, no alarm
    (
        "Đầu nhiệm kỳ 2020-2025, toàn xã còn 214 hộ nghèo.\n\nSố hộ nghèo của xã giảm từ 214 hộ xuống còn 60 hộ, tức giảm 154 hộ.",
        None,
        [],
    ),
    # the earlier count is not said of the start
    (
        "Năm 2022, toàn xã còn 214 hộ nghèo.\n\nSố hộ nghèo của xã giảm từ 241 hộ xuống còn 60 hộ, tức giảm 181 hộ.",
        None,
        [],
    ),
    # another thing: near-poor households
    (
        "Đầu nhiệm kỳ, toàn xã có 214 hộ cận nghèo.\n\nSố hộ nghèo của xã giảm từ 241 hộ xuống còn 60 hộ, tức giảm 181 hộ.",
        None,
        [],
    ),
    # the change names a year the earlier sentence lacks
    (
        "Đầu nhiệm kỳ, toàn xã còn 214 hộ nghèo.\n\nSố hộ nghèo của xã giảm từ 241 hộ năm 2022 xuống còn 60 hộ năm 2024.",
        None,
        [],
    ),
    # two digits only: 87 and 78 may be two counts
    (
        "Hiện 87 chi bộ ấp đã có chi ủy.\n\nSố chi bộ ấp có chi ủy tăng từ 64 chi bộ lên 78 chi bộ.",
        None,
        [],
    ),
]


@pytest.mark.parametrize("text,verdict,figures", CASES)
def test_swapped_level(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        return
    checks = checks_of(text, "change")
    got = told(checks, "change", verdict, figures)
    assert got, [(c.verdict, c.figures, c.why) for c in checks]
    assert "two digits swapped" in got[0].why and "đảo hai chữ số" in got[0].why_vi
