"""White-box review 21m of the change readings added on the twenty-first session's second day.

The readings under review: two levels at a start and a later moment in words ("Đầu nhiệm kỳ có A;
đến nay có B, tăng D"), "(cùng kỳ năm Y: N)" as the level compared with, an earlier level counted
by "đồng chí" against "đảng viên", the moment compared with between a change and its percent
("tăng D so với năm Y, tương đương tăng P%"), a net rise and the total it raised ("tăng thêm D …,
nâng tổng số lên T (năm Y có E)"), both levels dated in a change's bracket ("giảm D (năm Y0: A;
năm Y1: B)"), and the average a year over a span "Từ năm Y0 đến năm Y1" or dated by a bare
"năm Y". The review wrote 203 clean passages (tests/battery/battery_zzzz_n.jsonl, ids r21m-…)
and 22 passages with one planted slip each. The checker finds 21 of the 22, before and after the
review's guards; the one it misses is not asserted:

- "Tỷ lệ hộ nghèo đầu năm là 5,6%, cuối năm còn 4,1%, giảm 1,7 điểm phần trăm." (a change in
  points after two rates at two moments in words: no check)

19 clean passages raised an alarm at first, all fixed by five guards; each guard has a few of
its passages here, with a slip of the same shape that must still be found.
"""

from __future__ import annotations

import pytest

from vnreport_miner.evaluate import _figures_share
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def checks_of(text: str) -> list[Check]:
    return process_text(text, options=_OPTS).checks


# (kind, passage with one planted slip, figures as stated): found as inconsistent
PLANTED = [
    (
        "change",
        "Đầu nhiệm kỳ, toàn Đảng bộ có 1.856 đảng viên; đến nay có 2.104 đảng viên, tăng 284 đảng viên.",
        [1856, 2104, 284],
    ),
    (
        "change",
        "Đầu năm toàn xã có 128 hộ nghèo, cuối năm còn 97 hộ, giảm 41 hộ.",
        [128, 97, 41],
    ),
    (
        "change",
        "Khi mới thành lập, Hội có 56 hội viên; hiện nay có 214 hội viên, tăng 148 hội viên.",
        [56, 214, 148],
    ),
    (
        "change",
        "Kim ngạch xuất khẩu đạt 425 triệu USD, tăng 18,5% so với cùng kỳ (cùng kỳ năm 2023: 372 triệu USD).",
        [425, 18.5, 372],
    ),
    (
        "change",
        "Xảy ra 9 vụ cháy, giảm 4 vụ so với cùng kỳ (cùng kỳ năm trước: 14 vụ).",
        [9, 4, 14],
    ),
    (
        "change",
        "Năm 2024 kết nạp 148 đảng viên, tăng 22 đồng chí so với năm 2023 (136 đồng chí).",
        [148, 22, 136],
    ),
    (
        "change",
        "Toàn Đảng bộ hiện có 3.206 đảng viên, tăng 74 đồng chí so với đầu năm (3.142 đồng chí).",
        [3206, 74, 3142],
    ),
    (
        "change",
        "Tổng thu ngân sách đạt 512 tỷ đồng, tăng 62 tỷ đồng so với năm 2023, tương đương tăng 16,2%.",
        [512, 62, 16.2],
    ),
    (
        "change",
        "Số hộ nghèo còn 186 hộ, giảm 62 hộ so với đầu năm, tương đương giảm 33,3%.",
        [186, 62, 33.3],
    ),
    (
        "change",
        "Trong năm tăng thêm 86 doanh nghiệp, nâng tổng số doanh nghiệp lên 742 doanh nghiệp (năm 2023 có 666 doanh nghiệp).",
        [86, 742, 666],
    ),
    (
        "change",
        "Số hợp tác xã tăng thêm 7 hợp tác xã, nâng tổng số lên 58 hợp tác xã (năm trước có 49 hợp tác xã).",
        [7, 58, 49],
    ),
    (
        "change",
        "So với năm 2023, số vụ vi phạm pháp luật về môi trường giảm 9 vụ (năm 2023: 47 vụ; năm 2024: 36 vụ).",
        [9, 47, 36],
    ),
    (
        "change",
        "Thu ngân sách xã tăng 1,8 tỷ đồng (năm 2023: 7,4 tỷ đồng; năm 2024: 9,6 tỷ đồng).",
        [1.8, 7.4, 9.6],
    ),
    (
        "change",
        "Từ năm 2020 đến năm 2024, tỷ lệ hộ nghèo giảm từ 9,6% xuống còn 4,8%, bình quân mỗi năm giảm 1,8 điểm phần trăm.",
        [9.6, 4.8, 1.8],
    ),
    (
        "change",
        "Số hộ nghèo giảm từ 1.860 hộ năm 2021 xuống còn 1.020 hộ năm 2024, bình quân mỗi năm giảm 350 hộ.",
        [1860, 1020, 350],
    ),
    (
        "change",
        "Đầu năm có 2.450 hội viên; đến nay có 2.618 hội viên, tăng 6,2%.",
        [2450, 2618, 6.2],
    ),
    (
        "change",
        "Tổng mức bán lẻ hàng hóa đạt 2.860 tỷ đồng, tăng 240 tỷ đồng so với cùng kỳ năm 2023, tương đương tăng 11,2%.",
        [2860, 240, 11.2],
    ),
    (
        "change",
        "Đầu nhiệm kỳ có 48 chi bộ trực thuộc; hiện nay còn 41 chi bộ, giảm 9 chi bộ.",
        [48, 41, 9],
    ),
    (
        "change",
        "Xảy ra 18 vụ tai nạn giao thông, làm chết 11 người, giảm 5 người so với cùng kỳ (cùng kỳ năm 2023: 14 người).",
        [11, 5, 14],
    ),
    (
        "change",
        "Kết nạp 64 đảng viên, giảm 9 đồng chí so với năm 2023 (75 đồng chí).",
        [64, 9, 75],
    ),
    (
        "change",
        "Từ năm 2021 đến năm 2024, số xã đạt chuẩn nông thôn mới tăng từ 9 xã lên 21 xã, bình quân mỗi năm tăng 5 xã.",
        [9, 21, 5],
    ),
]


@pytest.mark.parametrize(("kind", "text", "figures"), PLANTED)
def test_planted_slip_is_found(kind: str, text: str, figures: list[float]) -> None:
    got = checks_of(text)
    hits = [
        c for c in got
        if c.kind == kind and c.verdict == "inconsistent" and _figures_share(figures, c.figures)
    ]  # fmt: skip
    assert hits, [(c.kind, c.verdict, c.figures, c.why) for c in got]


# -- guards: (passage that must raise no alarm, kind, figures of the relation it confirms or None)
CLEAN = [
    # "từ đầu năm (đến nay)" opens a span, a flow; a change against another moment than the start
    (
        "Từ đầu nhiệm kỳ đến nay có 312 đảng viên được kết nạp; hiện nay có 2.512 đảng viên, tăng "
        "214 đảng viên so với đầu nhiệm kỳ.",
        None,
        None,
    ),
    (
        "Khi mới thành lập, Hội có 45 hội viên; đến nay có 312 hội viên, tăng 38 hội viên so với "
        "năm 2023.",
        None,
        None,
    ),
    (
        "Đầu năm có 1.120 hội viên; đến nay có 1.245 hội viên, tăng 87 hội viên so với cùng kỳ "
        "năm trước.",
        None,
        None,
    ),
    (
        "Đầu năm toàn xã có 96 hộ nghèo; đến nay còn 71 hộ, giảm 25 hộ so với đầu năm.",
        "change",
        [96, 71, 25],
    ),
    # a percent without a verb of its own may be the index
    (
        "Tổng thu ngân sách đạt 450 tỷ đồng, tăng 44 tỷ đồng so với năm 2023, tương đương 110,8%.",
        None,
        None,
    ),
    (
        "Số lượt khám chữa bệnh đạt 86.400 lượt, giảm 3.600 lượt so với năm 2023, tương đương 96%.",
        None,
        None,
    ),
    (
        "Tổng thu ngân sách đạt 450 tỷ đồng, tăng 44 tỷ đồng so với năm 2023, tương đương tăng "
        "10,8%.",
        "change",
        [450, 44, 10.8],
    ),
    # the bracket's level is the rise's start only when its moment is
    (
        "Năm 2024 tăng thêm 128 doanh nghiệp, nâng tổng số doanh nghiệp lên 1.024 doanh nghiệp "
        "(năm 2020 có 612 doanh nghiệp).",
        None,
        None,
    ),
    (
        "Quý I tăng thêm 18 doanh nghiệp, nâng tổng số lên 924 doanh nghiệp (cùng kỳ có 861 "
        "doanh nghiệp).",
        None,
        None,
    ),
    (
        "Năm 2024, toàn huyện tăng thêm 1.250 thuê bao, nâng tổng số thuê bao Internet lên 18.450 "
        "thuê bao (cuối năm 2023 có 17.200 thuê bao).",
        "change",
        [17200, 18450, 1250],
    ),
    # "Từ năm Y0 đến năm Y1" dates a change only when it opens the sentence, nothing between
    (
        "Sau 3 năm thực hiện Chương trình giai đoạn từ năm 2021 đến năm 2025, tỷ lệ hộ nghèo giảm "
        "từ 8,2% xuống còn 3,4%, bình quân mỗi năm giảm 1,6 điểm phần trăm.",
        None,
        None,
    ),
    (
        "Từ năm 2020 đến năm 2024, công tác giảm nghèo đạt nhiều kết quả; trong 2 năm gần đây, số "
        "hộ nghèo giảm từ 640 hộ xuống còn 520 hộ, bình quân mỗi năm giảm 60 hộ.",
        None,
        None,
    ),
    (
        "Từ năm 2021 đến năm 2024, tỷ lệ lao động qua đào tạo tăng từ 58% lên 70%, bình quân mỗi "
        "năm tăng 4 điểm phần trăm.",
        "change",
        [58, 70, 4],
    ),
    # a bracket of a plan or a wider area, or owned by a second comparison
    (
        "Tỷ lệ hộ nghèo của huyện còn 3,1%, giảm 1,2 điểm phần trăm so với năm 2023 (năm 2023 toàn "
        "tỉnh là 4,2%).",
        None,
        None,
    ),
    (
        "Năm 2024 kết nạp 132 đảng viên, tăng 12 đảng viên so với năm 2023 (năm 2023 kế hoạch là "
        "115 đảng viên).",
        None,
        None,
    ),
    (
        "Tỷ lệ hộ nghèo còn 3,1%, giảm 1,2 điểm phần trăm so với cùng kỳ, thấp hơn mức bình quân "
        "của tỉnh (năm 2024 toàn tỉnh là 4,2%).",
        None,
        None,
    ),
    (
        "Năm 2024 kết nạp 132 đảng viên, tăng 17 đảng viên so với năm 2023 (năm 2023 kết nạp 115 "
        "đảng viên).",
        "change",
        [115, 132, 17],
    ),
]


@pytest.mark.parametrize(("text", "kind", "figures"), CLEAN)
def test_guarded_passage_raises_no_alarm(
    text: str, kind: str | None, figures: list[float] | None
) -> None:
    got = checks_of(text)
    assert [c for c in got if c.verdict == "inconsistent"] == [], [(c.kind, c.why) for c in got]
    if kind is not None:
        assert any(
            c.kind == kind and c.verdict == "consistent" and c.figures == pytest.approx(figures)
            for c in got
        ), [(c.kind, c.verdict, c.figures) for c in got]


# -- the same shapes with a slip: the guards leave them found
SLIPS = [
    (
        "change",
        "Đầu năm toàn xã có 96 hộ nghèo; đến nay còn 71 hộ, giảm 52 hộ so với đầu năm.",
        [96, 71, 52],
    ),
    (
        "change",
        "Tổng thu ngân sách đạt 450 tỷ đồng, tăng 44 tỷ đồng so với năm 2023, tương đương 12,8%.",
        [450, 44, 12.8],
    ),
    (
        "change",
        "Năm 2024 tăng thêm 128 doanh nghiệp, nâng tổng số doanh nghiệp lên 1.024 doanh nghiệp "
        "(năm 2023 có 906 doanh nghiệp).",
        [906, 1024, 128],
    ),
    (
        "change",
        "Từ năm 2020 đến năm 2024, tỷ lệ hộ nghèo giảm từ 8,2% xuống 3,4%, bình quân mỗi năm giảm "
        "1,6 điểm phần trăm.",
        [8.2, 3.4, 1.6],
    ),
    (
        "change",
        "Tỷ lệ hộ nghèo còn 3,1%, giảm 1,2 điểm phần trăm so với năm 2023 (năm 2023 là 4,2%).",
        [4.2, 3.1, 1.2],
    ),
]


@pytest.mark.parametrize(("kind", "text", "figures"), SLIPS)
def test_slip_beside_a_guard_is_still_found(kind: str, text: str, figures: list[float]) -> None:
    test_planted_slip_is_found(kind, text, figures)
