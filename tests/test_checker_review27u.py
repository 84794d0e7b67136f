"""Shares of a whole named after the percent: white-box review 27u of review 27s's readings.

Review 27s reads the whole named after the percent by its own words (a comparison's or plan's
bracketed level is no whole beside its count; a larger count the named qualifier leaves out is no
other fit; "của <body>" picks the count stated with that body as subject). Review 27u wrote 128
clean passages (bodies counted twice, two bodies of one kind, totals only as sums, a sub-body's
own members, last year's base on purpose, plans, population against households, shares in
brackets) and 24 planted slips. One alarm came from those readings: a flow through the year
("Trong năm có 52 hộ nghèo được vay vốn") against a stock that fell from its bracketed start
("còn 60 hộ, … so với đầu năm (96 hộ)"): the start was dropped as a comparison's level and told
apart by the words "hộ nghèo" said once. Both guarded in ``share._not_reference_wholes`` and
``share._told_apart``. One older alarm is left in tests/known_alarms/review27u.jsonl.

Planted passages found: 17 of 24. Missed (7): r27u-p04, r27u-p08, r27u-p09, r27u-p13, r27u-p16,
r27u-p21, r27u-p22 -- the slip is the share of another stated count (last year's, the plan's,
a sub-group's, the body before a merger: read as a fit), or judged only against a bracketed
breakdown's part (unverifiable). r27u-p02, r27u-p14 and r27u-p23 are told against another whole
than the one the writer used (ấp 1's households, the stock before its moves, the level reached),
which the slip fits neither.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from checkhelp import alarms, checks_of, told

_BATTERY = Path(__file__).parent / "battery" / "battery_zzzz_r27u.jsonl"
_CLEAN = [json.loads(line) for line in _BATTERY.read_text(encoding="utf-8").splitlines() if line]

# one share slip each (id, passage, [part, whole judged, stated percent])
PLANTED = [
    ('r27u-p01', "Đảng bộ xã có 318 đảng viên (năm 2020 có 276 đảng viên). Đảng viên nữ có 96 đồng chí, chiếm 32,4% tổng số đảng viên của Đảng bộ.", [96, 318, 32.4]),
    ('r27u-p02', "Ấp 1 có 412 hộ, ấp 2 có 388 hộ. Ở ấp 2, có 96 hộ nuôi lươn trong bể bạt, chiếm 26,7% số hộ của ấp.", [96, 412, 26.7]),
    ('r27u-p03', "Trước khi sáp nhập, Đảng bộ xã Hòa Bình có 178 đảng viên. Sau sáp nhập, Đảng bộ xã Hòa Thịnh có 320 đảng viên. Đảng viên là cựu chiến binh có 58 đồng chí, chiếm 19,1% tổng số đảng viên của Đảng bộ.", [58, 320, 19.1]),
    ('r27u-p04', "Xã có 2.860 hộ, trong đó 2.712 hộ thường trú. Năm 2024 có 2.631 hộ đạt danh hiệu gia đình văn hóa, chiếm 93,0% số hộ của xã.", [2631, 2860, 93.0]),
    ('r27u-p05', "Chi bộ ấp 3 có 46 đảng viên. Chi bộ có 14 đảng viên nữ, chiếm 34,0% số đảng viên của chi bộ.", [14, 46, 34.0]),
    ('r27u-p06', "Hội Phụ nữ xã có 1.240 hội viên, sinh hoạt ở 9 chi hội. Hội viên tham gia tổ tiết kiệm có 412 người, chiếm 36,2% tổng số hội viên của Hội.", [412, 1240, 36.2]),
    ('r27u-p07', "Đoàn xã có 486 đoàn viên, sinh hoạt ở 12 chi đoàn. Có 52 đoàn viên được kết nạp Đảng, chiếm 12,7% tổng số đoàn viên của Đoàn xã.", [52, 486, 12.7]),
    ('r27u-p08', "Năm 2024, xã tổ chức 86 buổi tuyên truyền, so với năm 2023 (72 buổi) tăng 14 buổi. Có 24 buổi tuyên truyền pháp luật, chiếm 33,3% tổng số buổi tuyên truyền.", [24, 86, 33.3]),
    ('r27u-p09', "Huyện giải quyết việc làm cho 2.480 lao động, đạt 124% kế hoạch (2.000 lao động). Lao động nữ có 1.116 người, chiếm 55,8% tổng số lao động được giải quyết việc làm.", [1116, 2480, 55.8]),
    ('r27u-p10', "Đảng bộ thị trấn có 1.126 đảng viên (1.098 chính thức, 28 dự bị). Đảng viên có trình độ đại học trở lên có 386 đồng chí, chiếm 35,2% tổng số đảng viên của Đảng bộ.", [386, 1126, 35.2]),
    ('r27u-p11', "Thôn Hạ có 198 hộ, 812 nhân khẩu. Có 64 hộ được vay vốn chính sách, chiếm 7,9% số hộ của thôn.", [64, 198, 7.9]),
    ('r27u-p12', "Xã có 3.120 hộ với 12.480 nhân khẩu. Có 2.964 hộ dùng nước sạch, chiếm 93,0% số hộ của xã.", [2964, 3120, 93.0]),
    ('r27u-p13', "Hội Cựu chiến binh xã có 312 hội viên, trong đó 198 hội viên là đảng viên. Hội viên được khen thưởng có 46 người, chiếm 23,2% tổng số hội viên của Hội.", [46, 312, 23.2]),
    ('r27u-p14', "Đảng bộ có 864 đảng viên. Năm 2024, Đảng bộ tiếp nhận 12 đảng viên chuyển đến, chuyển đi 8 đảng viên, kết nạp 20 đảng viên; cuối năm có 888 đảng viên. Đảng viên nữ có 302 đồng chí, chiếm 36,0% tổng số đảng viên của Đảng bộ.", [302, 864, 36.0]),
    ('r27u-p15', "Ấp Tân Thạnh có 512 hộ, 2.046 nhân khẩu. Có 118 hộ tham gia tổ hợp tác, chiếm 25,0% số hộ của ấp.", [118, 512, 25.0]),
    ('r27u-p16', "UBKT Đảng ủy xã đã kiểm tra 24 đảng viên khi có dấu hiệu vi phạm, đạt 120% kế hoạch (kế hoạch 20 đảng viên). Qua kiểm tra, kết luận 9 đảng viên có vi phạm, chiếm 45,0% số đảng viên được kiểm tra.", [9, 24, 45.0]),
    ('r27u-p17', "Khu phố 5 có 624 hộ, 2.486 nhân khẩu. Có 584 hộ đăng ký thực hiện nếp sống văn minh đô thị, chiếm 96,3% số hộ của khu phố.", [584, 624, 96.3]),
    ('r27u-p18', "Hội Nông dân thị trấn có 1.246 hội viên. Hội viên được vay vốn Quỹ hỗ trợ nông dân là 312 người, chiếm 27,0% tổng số hội viên của Hội.", [312, 1246, 27.0]),
    ('r27u-p19', "Tổ dân phố số 4 có 286 hộ. Trong năm, tổ vận động 248 hộ ký cam kết không vi phạm pháp luật, chiếm 88,7% số hộ của tổ dân phố.", [248, 286, 88.7]),
    ('r27u-p20', "Năm 2024, toàn tỉnh kết nạp 3.216 đảng viên, đạt 107,2% chỉ tiêu (3.000 đảng viên). Đảng viên nữ được kết nạp là 1.286 đồng chí, chiếm 42,9% tổng số đảng viên được kết nạp.", [1286, 3216, 42.9]),
    ('r27u-p21', "Xã có 4.126 hộ. Trước khi sáp nhập, xã Đông Hải có 2.240 hộ. Xã có 1.238 hộ nuôi trồng thủy sản, chiếm 55,3% số hộ của xã.", [1238, 4126, 55.3]),
    ('r27u-p22', "Năm 2024 Đảng bộ có 742 đảng viên (năm 2023 là 716 đảng viên). Đảng viên được tặng Huy hiệu Đảng là 186 đồng chí, chiếm 26,0% tổng số đảng viên của Đảng bộ.", [186, 742, 26.0]),
    ('r27u-p23', "Hộ nghèo còn 60 hộ, giảm 36 hộ so với đầu năm (96 hộ). Trong năm có 52 hộ nghèo được vay vốn ưu đãi, chiếm 58,2% tổng số hộ nghèo.", [52, 60, 58.2]),
    ('r27u-p24', "Hộ nghèo còn 60 hộ, giảm 36 hộ so với đầu năm (96 hộ). Hiện có 41 hộ nghèo là hộ neo đơn, chiếm 42,7% tổng số hộ nghèo.", [41, 60, 42.7]),
]  # fmt: skip

FOUND_IDS = [
    "r27u-p01",
    "r27u-p02",
    "r27u-p03",
    "r27u-p05",
    "r27u-p06",
    "r27u-p07",
    "r27u-p10",
    "r27u-p11",
    "r27u-p12",
    "r27u-p14",
    "r27u-p15",
    "r27u-p17",
    "r27u-p18",
    "r27u-p19",
    "r27u-p20",
    "r27u-p23",
    "r27u-p24",
]


@pytest.mark.parametrize("pid,text,figures", [p for p in PLANTED if p[0] in FOUND_IDS])
def test_planted_share_is_told(pid: str, text: str, figures: list[float]) -> None:
    checks = checks_of(text, "share")
    assert told(checks, "share", "inconsistent", figures), [
        (pid, c.verdict, c.figures, c.why) for c in checks
    ]


def test_missed_planted_are_the_listed_ones() -> None:
    missed = [p[0] for p in PLANTED if p[0] not in FOUND_IDS]
    assert missed == [
        "r27u-p04", "r27u-p08", "r27u-p09", "r27u-p13", "r27u-p16", "r27u-p21", "r27u-p22",
    ]  # fmt: skip


@pytest.mark.parametrize("row", _CLEAN, ids=lambda r: r["id"])
def test_clean_passage_raises_no_alarm(row: dict) -> None:
    assert alarms(row["text"]) == []


# the guards of review 27u: a flow through the period may be of the stock at its bracketed start
GUARDED = [
    # 52/96 = 54,2%: the poor households at the start of the year, not the 60 left at its end
    "Hộ nghèo còn 60 hộ, giảm 36 hộ so với đầu năm (96 hộ). Trong năm có 52 hộ nghèo được vay "
    "vốn ưu đãi, chiếm 54,2% tổng số hộ nghèo.",
    # 78/156 = 50,0%
    "Số hộ cận nghèo còn 112 hộ, giảm 44 hộ so với đầu năm (156 hộ). Trong năm có 78 hộ cận "
    "nghèo được hỗ trợ mua thẻ bảo hiểm y tế, chiếm 50,0% tổng số hộ cận nghèo.",
    # 168/1.084 = 15,5%: admitted over the term, of the members at its start
    "Đảng bộ hiện có 1.126 đảng viên, tăng 42 đồng chí so với đầu nhiệm kỳ (1.084 đảng viên). "
    "Trong nhiệm kỳ, Đảng bộ kết nạp 168 đảng viên, bằng 15,5% tổng số đảng viên.",
    # the comparison's level is not the whole of a stock now: 41/60 = 68,3%
    "Hộ nghèo còn 60 hộ, giảm 36 hộ so với đầu năm (96 hộ). Hiện có 41 hộ nghèo là hộ neo đơn, "
    "chiếm 68,3% tổng số hộ nghèo.",
]


@pytest.mark.parametrize("text", GUARDED)
def test_guarded_lookalike_is_silent(text: str) -> None:
    assert alarms(text) == []


def test_stock_share_still_against_the_level_now() -> None:
    # no flow through the year: the start-of-year level (41/96 = 42,7%) is no whole of it
    text = (
        "Hộ nghèo còn 60 hộ, giảm 36 hộ so với đầu năm (96 hộ). Hiện có 41 hộ nghèo là hộ neo "
        "đơn, chiếm 42,7% tổng số hộ nghèo."
    )
    assert told(checks_of(text, "share"), "share", "inconsistent", [41, 60, 42.7])
