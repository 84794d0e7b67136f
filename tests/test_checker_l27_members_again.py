"""A stock of members restated as "Tất cả / Toàn bộ N …" with two digits swapped (twenty-seventh
session), our own passages.

Members are named by the whole word: "hội" of "chi hội" or "Toàn Hội", "đoàn" of "chi đoàn",
names no "hội viên"/"đoàn viên", so they no longer count as the noun named again between the
stock and its restatement (which would let another set join it). And a later count whose
sentence, or its piece after ";", opens on a scope of its own ("ở/tại/đối với/riêng <scope>,")
that the earlier sentence does not name counts there, in every restatement reading.

Each row: (text, figures of the restatement told inconsistent, or None for no alarm).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

CASES = [
    # "chi hội" between the stock and "Tất cả": the slip is told
    (
        "Hội Nông dân xã Tân Phú có 1.374 hội viên, sinh hoạt ở 12 chi hội. Năm 2024, các chi hội "
        "tổ chức 48 buổi sinh hoạt chuyên đề. Tất cả 1.347 hội viên đều đóng hội phí đầy đủ.",
        [1374, 1347],
    ),
    # the same stock restated right: nothing
    (
        "Hội Nông dân xã Tân Phú có 1.374 hội viên, sinh hoạt ở 12 chi hội. Năm 2024, các chi hội "
        "tổ chức 48 buổi sinh hoạt chuyên đề. Tất cả 1.374 hội viên đều đóng hội phí đầy đủ.",
        None,
    ),
    # members admitted between: another set may have joined, nothing
    (
        "Hội Nông dân xã Tân Phú có 1.374 hội viên, sinh hoạt ở 12 chi hội. Trong năm, các chi hội "
        "kết nạp mới 27 hội viên. Tất cả 1.347 hội viên đều đóng hội phí đầy đủ.",
        None,
    ),
    # another body framed after ";": nothing
    (
        "Đảng bộ xã Hòa Bình có 472 đảng viên, sinh hoạt ở 18 chi bộ. Việc học tập nghị quyết được "
        "triển khai sớm; tại Đảng bộ thị trấn, toàn bộ 427 đảng viên đã viết bản thu hoạch.",
        None,
    ),
    (
        "Chi hội ấp Bến Đình có 158 hội viên. Các chi hội đều duy trì sinh hoạt; ở chi hội ấp Phú "
        "Hòa, tất cả 185 hội viên đều tham gia tổ vay vốn.",
        None,
    ),
    # the same body framed: the slip is told
    (
        "Đảng bộ thị trấn có 365 đảng viên, sinh hoạt ở 14 chi bộ. Năm 2024, việc học tập nghị "
        "quyết được chú trọng. Ở Đảng bộ thị trấn, toàn bộ 356 đảng viên đã viết bản thu hoạch.",
        [365, 356],
    ),
]


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_members_named_again(text: str, figures: list[float] | None) -> None:
    if figures is None:
        assert alarms(text) == []
        return
    assert told(checks_of(text), "repeat", "inconsistent", figures), [
        (c.kind, c.verdict, c.figures, c.why) for c in checks_of(text)
    ]
