"""part_whole: a count and its kinds listed right after its noun (session 29, sentences ours).

The construction: "<N> <noun>, gồm/bao gồm[:] <n1> <kind1>, <n2> <kind2> và <n3> <kind3>", the
same in brackets right after the noun, or after a colon. The kinds may be named by nouns of
their own ("văn bản" split into "báo cáo", "kế hoạch", "hướng dẫn"); the list runs, one separator
apart, to the end of its clause. A sum that fits is told consistent; a miss is told only for
"gồm" or brackets whose items count the total's own noun (or one it covers). Near-misses stay
silent: another measure beside the count, people of classes, spans of time, overlapping
attributes, a list that runs on into another clause.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _pw(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "part_whole"]


CASES = [
    # -- "gồm" right after the total's noun, kinds with nouns of their own
    (
        "Trong quý, Ban Tuyên giáo Huyện ủy soạn thảo 17 văn bản, gồm 8 kế hoạch, 6 báo cáo và "
        "3 thông báo.",
        "consistent",
        [17, 8, 6, 3],
    ),
    (
        "Năm 2025, Hội Nông dân tỉnh biểu dương 143 tập thể, cá nhân tiêu biểu, gồm 38 tập thể "
        "và 105 cá nhân.",
        "consistent",
        [143, 38, 105],
    ),
    (
        "Hiện nay Huyện đoàn có 29 cơ sở Đoàn trực thuộc, bao gồm: 21 đoàn xã, thị trấn, "
        "3 đoàn trường học và 5 chi đoàn cơ quan.",
        "consistent",
        [29, 21, 3, 5],
    ),
    (
        "Ủy ban Kiểm tra Thị ủy đã kiểm tra 52 tổ chức đảng, gồm 6 đảng ủy cơ sở và 46 chi bộ "
        "trực thuộc; qua đó nhắc nhở 4 tổ chức.",
        "consistent",
        [52, 6, 46],
    ),
    # a slip: the items count the total's own noun (or one it covers)
    (
        "Đảng ủy Khối đã kiểm tra 52 tổ chức đảng, gồm 6 đảng ủy cơ sở và 45 chi bộ trực thuộc.",
        "inconsistent",
        [52, 6, 45],
    ),
    (
        "Toàn huyện có 64 tổ chức cơ sở đảng, gồm 18 đảng bộ cơ sở và 41 chi bộ cơ sở.",
        "inconsistent",
        [64, 18, 41],
    ),
    # -- a colon right after the total's noun: a fit only
    (
        "Đến cuối năm, toàn xã có 23 mô hình kinh tế tập thể: 7 hợp tác xã, 16 tổ hợp tác.",
        "consistent",
        [23, 7, 16],
    ),
]


@pytest.mark.parametrize(("text", "verdict", "figures"), CASES)
def test_kinds_listed_after_the_noun(text: str, verdict: str, figures: list[float]) -> None:
    rows = [c for c in _pw(text) if c.figures == figures]
    assert [c.verdict for c in rows] == [verdict], [
        (c.figures, c.verdict, c.why) for c in _pw(text)
    ]


# -- near-misses: nothing inconsistent, and no row of these figures at all
SILENT = [
    # people of classes, not kinds of classes
    "Năm 2024, Trung tâm chính trị huyện mở 12 lớp bồi dưỡng, gồm 640 đảng viên và 210 quần chúng.",
    # a colon list of some kinds only, which miss the total: a colon is no proof
    "Đến cuối năm, toàn xã có 23 mô hình kinh tế tập thể: 7 hợp tác xã, 14 tổ hợp tác.",
    # overlapping attributes of one group
    "Chi bộ có 48 đảng viên, gồm 17 đảng viên nữ, 9 đảng viên là người dân tộc thiểu số và "
    "6 đảng viên trẻ.",
    # spans of time after the list's clause
    "Ban đã tham mưu 15 văn bản, gồm 6 báo cáo, 5 kế hoạch và 3 hướng dẫn; sơ kết 4 năm thực "
    "hiện chỉ thị.",
    # a list running on into a clause with figures of another measure
    "Xã đã xây 19 nhà đại đoàn kết, gồm 11 nhà cho hộ nghèo, 5 nhà cho hộ cận nghèo, tổng kinh "
    "phí 950 triệu đồng.",
    # parts of another moment ("trong đó" not "gồm"), some of the whole
    "Năm 2023, xã có 31 hợp tác xã, trong đó 12 hợp tác xã nông nghiệp và 9 hợp tác xã dịch vụ.",
    # money beside a count
    "Hội đã trao 36 suất học bổng, gồm 120 triệu đồng của doanh nghiệp và 60 triệu đồng của "
    "hội viên.",
]


@pytest.mark.parametrize("text", SILENT)
def test_kinds_listed_near_misses_stay_silent(text: str) -> None:
    rows = _pw(text)
    assert not [c for c in rows if c.verdict == "inconsistent"], [(c.figures, c.why) for c in rows]


# -- brackets and colons may open some kinds only; a ";" may open a new clause: fits only
FIT_ONLY = [
    (
        "Toàn huyện có 2.140 hội viên nông dân (đông nhất ở xã Hòa Bình 410 hội viên, xã Tân "
        "Thành 365 hội viên).",
        [2140, 410, 365],
    ),
    (
        "Tiếp nhận 64 đơn, gồm 41 đơn phản ánh; đã giải quyết 52 đơn, chuyển 12 đơn đến cơ quan "
        "có thẩm quyền.",
        [64, 41, 52],
    ),
    (
        "Hội đồng nhân dân phường có 29 đại biểu (miễn nhiệm 3 đại biểu, bầu bổ sung 3 đại biểu).",
        [29, 3, 3],
    ),
]


@pytest.mark.parametrize(("text", "figures"), FIT_ONLY)
def test_kinds_in_brackets_or_colon_fit_only(text: str, figures: list[float]) -> None:
    rows = _pw(text)
    assert not [c for c in rows if c.verdict == "inconsistent"], [(c.figures, c.why) for c in rows]


def test_bracketed_kinds_that_fit_are_confirmed() -> None:
    rows = _pw("Ủy ban kiểm tra xã có 5 ủy viên (2 ủy viên chuyên trách và 3 ủy viên kiêm nhiệm).")
    assert [(c.figures, c.verdict) for c in rows] == [([5, 2, 3], "consistent")]


# -- a rest said "còn lại" after a total and a done part of its noun (found by search: fit only)
RESTS = [
    (
        "Theo kế hoạch, năm 2025 Ủy ban Kiểm tra Đảng ủy tiến hành 14 cuộc giám sát chuyên đề. "
        "Đến hết tháng 6 đã thực hiện 9 cuộc, còn lại 5 cuộc sẽ hoàn thành trong 6 tháng cuối năm.",
        [14, 9, 5],
    ),
    (
        "Chương trình đặt ra xây 260 căn nhà cho hộ khó khăn. Đến nay đã bàn giao 187 căn; "
        "73 căn còn lại đang được thi công.",
        [260, 187, 73],
    ),
]


@pytest.mark.parametrize(("text", "figures"), RESTS)
def test_said_rest_fits_its_whole(text: str, figures: list[float]) -> None:
    rows = [c for c in _pw(text) if sorted(c.figures) == sorted(figures)]
    assert [c.verdict for c in rows] == ["consistent"], [(c.figures, c.why) for c in _pw(text)]


RESTS_SILENT = [
    # the rest of another noun (classes, not people)
    "Năm 2025 huyện mở 14 lớp bồi dưỡng; đã tổ chức 9 lớp với 620 học viên, 5 lớp còn lại mở "
    "trong quý IV cho 300 học viên.",
    # no pair adds up: a miss found by search is never told
    "Kế hoạch năm giao 30 cuộc kiểm tra; đã thực hiện 21 cuộc, còn lại 6 cuộc chuyển sang năm sau.",
    # another paragraph
    "Năm 2024 xã có 18 thôn.\nĐến nay 12 thôn đạt chuẩn nông thôn mới; 6 thôn còn lại đang phấn "
    "đấu.",
]


@pytest.mark.parametrize("text", RESTS_SILENT)
def test_said_rest_near_misses(text: str) -> None:
    rows = _pw(text)
    assert not [c for c in rows if c.verdict == "inconsistent"], [(c.figures, c.why) for c in rows]
