"""Wholes a percent names by words, and bases a percent names by the verb done to them.

Sentences written for these tests (not taken from any report). Each case states the arithmetic
in its comment; the silent cases hold a trap where a careless reading would raise an alarm.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

CASES = [
    # a bare "tổng số đảng viên" is the level just reached (431), not the start of the change
    # (412): 198/431 = 45,9%, not 48,2%
    (
        "Đầu năm 2024, Đảng bộ xã có 412 đảng viên. Đến cuối năm, số đảng viên tăng từ 412 lên "
        "431 đảng viên. Đảng viên là người dân tộc thiểu số 198 đồng chí, chiếm 48,2% tổng số "
        "đảng viên.",
        "share",
        [198, 431, 48.2],
        "inconsistent",
    ),
    (
        "Đầu năm 2024, Đảng bộ xã có 412 đảng viên. Đến cuối năm, số đảng viên tăng từ 412 lên "
        "431 đảng viên. Đảng viên là người dân tộc thiểu số 198 đồng chí, chiếm 45,9% tổng số "
        "đảng viên.",
        "share",
        [198, 431, 45.9],
        "consistent",
    ),
    # "số hộ nuôi bò sinh sản" describes the 146: 52/146 = 35,6%, not 38,6%
    (
        "Toàn xã có 146 hộ nuôi bò sinh sản. Trong năm, 52 hộ được vay vốn ưu đãi, chiếm 38,6% "
        "số hộ nuôi bò sinh sản.",
        "share",
        [52, 146, 38.6],
        "inconsistent",
    ),
    (
        "Toàn xã có 146 hộ nuôi bò sinh sản. Trong năm, 52 hộ được vay vốn ưu đãi, chiếm 35,6% "
        "số hộ nuôi bò sinh sản.",
        "share",
        [52, 146, 35.6],
        "consistent",
    ),
    # 21/57 = 36,8%, not 38,6%: the whole is described by its own words
    (
        "Năm 2024, huyện có 57 hợp tác xã nông nghiệp đang hoạt động. Có 21 hợp tác xã, chiếm "
        "38,6% số hợp tác xã nông nghiệp đang hoạt động, ứng dụng công nghệ cao.",
        "share",
        [21, 57, 38.6],
        "inconsistent",
    ),
    # two rates of one count: 4.822/6.431 = 75,0% and 4.822/11.840 = 40,7%
    (
        "Số hộ hội viên là 11.840 hộ. Có 6.431 hộ hội viên đăng ký thi đua, chiếm 54,3% tổng số "
        "hộ hội viên. Qua bình xét, 4.822 hộ đạt danh hiệu, đạt 75,0% số hộ đăng ký và chiếm "
        "40,7% số hộ hội viên.",
        "share",
        [4822, 11840, 40.7],
        "consistent",
    ),
    # the 17 members the commission inspected: 7/17 = 41,2%
    (
        "Ủy ban Kiểm tra Đảng ủy kiểm tra 12 chi bộ và 17 đảng viên; qua kiểm tra, 41,2% đảng "
        "viên được kiểm tra có khuyết điểm.",
        "granularity",
        [41.2, 17],
        "consistent",
    ),
    # no k/17 gives 44,1%: 7/17 = 41,18%, 8/17 = 47,06%
    (
        "Ủy ban Kiểm tra Đảng ủy kiểm tra 12 chi bộ và 17 đảng viên; qua kiểm tra, 44,1% đảng "
        "viên được kiểm tra có khuyết điểm.",
        "granularity",
        [44.1, 17],
        "inconsistent",
    ),
    # the verb governs a list ("giám sát 6 tổ chức đảng, 15 đảng viên"): 4/15 = 26,7%
    (
        "Ban Thường vụ giám sát 6 tổ chức đảng, 15 đảng viên, qua giám sát có 26,7% số đảng "
        "viên được giám sát cần khắc phục hạn chế.",
        "granularity",
        [26.7, 15],
        "consistent",
    ),
    # no k/15 gives 28,7%: 4/15 = 26,67%, 5/15 = 33,33%
    (
        "Ban Thường vụ giám sát 6 tổ chức đảng, 15 đảng viên, qua giám sát có 28,7% số đảng "
        "viên được giám sát cần khắc phục hạn chế.",
        "granularity",
        [28.7, 15],
        "inconsistent",
    ),
    # of two bodies that supervised, the one of the percent's own sentence: 5/23 = 21,7% is
    # possible, 21,4% is not (4/23 = 17,39%, 5/23 = 21,74%)
    (
        "Cấp ủy cơ sở giám sát 31 tổ chức đảng, 72 đảng viên. Ủy ban kiểm tra cơ sở giám sát "
        "10 tổ chức đảng, 23 đảng viên, qua giám sát có 21,4% số đảng viên được giám sát phải "
        "kiểm điểm.",
        "granularity",
        [21.4, 23],
        "inconsistent",
    ),
]

SILENT = [
    # two levels of the members at two moments: which one "tổng số đảng viên" means is open
    # (150/380 = 39,5%, 150/431 = 34,8%)
    "Năm 2020, Đảng bộ có 380 đảng viên. Hiện nay Đảng bộ có 431 đảng viên. Nữ 150 đồng chí, "
    "chiếm 36,5% tổng số đảng viên.",
    # the only count of members is an intake: "tổng số đảng viên" is all members, not stated
    "Trong nhiệm kỳ, Đảng bộ kết nạp 1.250 đảng viên. Đảng viên nữ 400 đồng chí, chiếm 35% "
    "tổng số đảng viên.",
    # the second quarter adds to the first: 7/16 = 43,8% (no k/7 gives it)
    "Quý I giám sát 9 chi bộ. Quý II giám sát thêm 7 chi bộ, qua đó 43,8% chi bộ được giám sát "
    "có hạn chế.",
    # the settled letters are a fraction's numerator (36), not the 40 received: 12/36 = 33,3%
    "- Giải quyết khiếu nại: tiếp nhận 40 đơn. Đã giải quyết 36/40 đơn. Qua giải quyết, 12 đơn "
    "khiếu nại đúng, chiếm 33,3% số đơn đã giải quyết.",
    # "số hộ đăng ký" after the first rate names that rate's whole, not the part of the second
    "Số hộ hội viên là 11.840 hộ. Có 6.431 hộ hội viên đăng ký thi đua, chiếm 54,3% tổng số hộ "
    "hội viên. Qua bình xét, 4.822 hộ đạt danh hiệu, đạt 75,0% số hộ đăng ký và chiếm 40,7% số "
    "hộ hội viên.",
    # two bodies inspected chi bộ in one sentence: 7/19 = 36,8% is of both together
    "Đảng ủy kiểm tra 8 chi bộ, Ủy ban Kiểm tra kiểm tra 11 chi bộ; 36,8% chi bộ được kiểm tra "
    "có khuyết điểm.",
]


def _checks(text: str) -> list:
    return process_text(text, options=Options(entities=False)).checks


@pytest.mark.parametrize(("text", "kind", "figures", "verdict"), CASES)
def test_named_whole(text: str, kind: str, figures: list[float], verdict: str) -> None:
    got = [c for c in _checks(text) if c.kind == kind and all(x in c.figures for x in figures)]
    assert verdict in [c.verdict for c in got], [(c.kind, c.verdict, c.why) for c in _checks(text)]
    assert not (verdict == "consistent" and any(c.verdict == "inconsistent" for c in got))


@pytest.mark.parametrize("text", SILENT)
def test_named_whole_trap_is_no_alarm(text: str) -> None:
    assert [c.why for c in _checks(text) if c.verdict == "inconsistent"] == []


@pytest.mark.parametrize(("stated", "verdict"), [("15,5", "consistent"), ("16,5", "inconsistent")])
def test_a_named_whole_counted_in_people(stated: str, verdict: str) -> None:
    # "tổng số hội viên là 27.846 người" is the members' level (the bracketed 26.722 is the
    # start of the year's comparison): 4.318/27.846 = 15,5%
    text = (
        "Đến nay tổng số hội viên là 27.846 người, tăng 1.124 hội viên so với đầu năm (26.722 hội "
        f"viên). Hội viên là đảng viên 4.318 người, chiếm {stated}% tổng số hội viên."
    )
    got = [c for c in _checks(text) if c.kind == "share" and 4318 in c.figures]
    assert verdict in [c.verdict for c in got]
    assert not (verdict == "consistent" and any(c.verdict == "inconsistent" for c in got))
