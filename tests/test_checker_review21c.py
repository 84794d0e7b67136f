"""White-box review 21c of the change and target readings: planted slips and the review's guards.

The review wrote 357 clean passages (appended to tests/battery/battery_zzzz_c.jsonl, ids r21c-…)
and 26 passages with one planted slip each, of the change kind ("từ 95 bản xuống còn 5 bản",
"tăng 12% so với cùng kỳ (…)", two years' levels and the stated difference) or of the target kind
("đạt 104% kế hoạch (50 …)", "vượt 14,3% so với dự toán"). The checker finds 19 of the 26 (the
same before and after the review's guards); the 7 it misses are not asserted:

- "Đầu nhiệm kỳ có 2.298 đảng viên, đến nay có 2.512 đảng viên, tăng 241 đảng viên." (no check)
- "Tổng mức bán lẻ … đạt 4.650 tỷ đồng, tăng 15,2% so với cùng kỳ (cùng kỳ năm 2023: 4.180 tỷ
  đồng)." (a labelled bracket, no check)
- "Năm 2023 xảy ra 19 vụ cháy; năm 2024 xảy ra 14 vụ, giảm 35,7% so với năm 2023." (no check)
- "Năm 2024 có 612 hộ thoát nghèo, tăng 47 hộ so với năm 2023 (538 hộ thoát nghèo)." (no check)
- "Tổ chức 52 buổi …, đạt 140% kế hoạch (50 buổi)." (no check)
- "… chỉ tiêu xây dựng 150 nhà …; … đã bàn giao 126 nhà, đạt 86%." (unverifiable)
- "Giải ngân … 12,6/15 tỷ đồng, đạt 78%." (no check)

Four clean passages raised an alarm at first; each guard has a few of its passages here, with a
slip of the same shape that must still be found.
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
        "Số bản đặc biệt khó khăn giảm từ 95 bản xuống còn 5 bản, giảm 80 bản so với đầu nhiệm kỳ.",
        [95, 5, 80],
    ),
    (
        "change",
        "Tổng thu ngân sách xã năm 2024 đạt 9,8 tỷ đồng, tăng 21% so với năm 2023 (8,6 tỷ đồng).",
        [9.8, 21, 8.6],
    ),
    (
        "change",
        "Năm 2023 toàn xã có 412 hộ nghèo; năm 2024 còn 351 hộ, giảm 71 hộ.",
        [412, 351, 71],
    ),
    (
        "change",
        "Tỷ lệ hộ nghèo giảm từ 6,84% xuống còn 3,12%, giảm 3,27 điểm phần trăm so với đầu nhiệm kỳ.",
        [6.84, 3.12, 3.27],
    ),
    (
        "change",
        "Số hội viên Hội Nông dân xã tăng từ 1.045 lên 1.162 người, tăng 127 hội viên.",
        [1045, 1162, 127],
    ),
    (
        "change",
        "Số doanh nghiệp đang hoạt động là 1.862 doanh nghiệp, tăng 148 doanh nghiệp so với cuối năm 2023 (1.741 doanh nghiệp).",
        [1862, 148, 1741],
    ),
    (
        "change",
        "Số đảng viên mới kết nạp năm 2024 là 86 đồng chí, bằng 92% so với năm 2023 (100 đồng chí).",
        [86, 92, 100],
    ),
    (
        "change",
        "Năm 2022 huyện có 9 xã đạt chuẩn nông thôn mới, năm 2024 có 15 xã, tăng 5 xã.",
        [9, 15, 5],
    ),
    (
        "change",
        "Số lượt bệnh nhân khám chữa bệnh tại Trung tâm Y tế huyện là 98.450 lượt, tăng 9,2% so với cùng kỳ (92.700 lượt).",
        [98450, 9.2, 92700],
    ),
    ("target", "Kết nạp 128 đảng viên, đạt 108,7% chỉ tiêu (120 đảng viên).", [128, 108.7, 120]),
    (
        "target",
        "Thu ngân sách xã đạt 7,82 tỷ đồng, vượt 41,3% so với dự toán (6,84 tỷ đồng).",
        [7.82, 41.3, 6.84],
    ),
    (
        "target",
        "Chỉ tiêu kết nạp đảng viên năm 2024 là 120 đồng chí; đến ngày 15/12/2024 đã kết nạp 118 đồng chí, đạt 96,3%.",
        [120, 118, 96.3],
    ),
    (
        "target",
        "Đã giải ngân 186,4 tỷ đồng vốn đầu tư công, đạt 85,2% kế hoạch vốn giao (225,9 tỷ đồng).",
        [186.4, 85.2, 225.9],
    ),
    (
        "target",
        "Kết quả thu Quỹ phòng, chống thiên tai được 412 triệu đồng/520 triệu đồng kế hoạch, đạt 82,9%.",
        [412, 520, 82.9],
    ),
    ("target", "Trồng rừng tập trung 840 ha, đạt 96,3% kế hoạch (900 ha).", [840, 96.3, 900]),
    (
        "target",
        "Tuyển sinh đào tạo nghề cho 1.860 lao động nông thôn, vượt 13,3% kế hoạch (1.800 lao động).",
        [1860, 13.3, 1800],
    ),
    (
        "target",
        "Hội Nông dân được giao chỉ tiêu phát triển 350 hội viên mới; kết quả kết nạp 372 hội viên, vượt 8,3% chỉ tiêu.",
        [350, 372, 8.3],
    ),
    (
        "target",
        "Chi đầu tư phát triển 142,5 tỷ đồng, bằng 97% dự toán (150 tỷ đồng).",
        [142.5, 97, 150],
    ),
    (
        "target",
        "Vận động xây dựng 35 nhà nhân ái cho hội viên phụ nữ nghèo, vượt 6,7% chỉ tiêu (30 nhà).",
        [35, 6.7, 30],
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
    # a bare start borrows the end's scale word ("từ 96 lên 124 triệu đồng")
    (
        "So với năm 2023, số vụ vi phạm về an toàn thực phẩm giảm 4 vụ (từ 17 vụ xuống 13 vụ), số "
        "tiền xử phạt tăng 28 triệu đồng (từ 96 lên 124 triệu đồng).",
        "change",
        [96e6, 124e6, 28e6],
    ),
    (
        "Số tiền xử phạt tăng từ 1,2 lên 1,5 tỷ đồng, tăng 0,3 tỷ đồng.",
        "change",
        [1.2e9, 1.5e9, 3e8],
    ),
    ("Số tiền xử phạt tăng từ 96 lên 124 triệu đồng, tăng 29,2%.", "change", [96e6, 124e6, 29.2]),
    # the percent after a change is of the level it reached
    (
        "Số trường đạt chuẩn quốc gia tăng từ 32 lên 41 trường, tăng 9 trường, đạt 102,5% chỉ "
        "tiêu nhiệm kỳ (40 trường).",
        "target",
        [40, 41, 102.5],
    ),
    (
        "Số hộ nghèo giảm từ 760 xuống 612 hộ, giảm 148 hộ, đạt 123,3% kế hoạch (120 hộ).",
        "target",
        [120, 148, 123.3],
    ),
    # counts with their own verbs, then one percent of the plan: of their sum
    ("Xây mới 124 căn, sửa chữa 62 căn nhà cho hộ nghèo, đạt 93% chỉ tiêu (200 căn).", None, None),
    (
        "Hỗ trợ xây mới và sửa chữa 186 căn nhà cho hộ nghèo (xây mới 124 căn, sửa chữa 62 căn), "
        "đạt 93% chỉ tiêu (200 căn).",
        None,
        None,
    ),
    # two plans in the bracket after the percent
    (
        "Thu ngân sách đạt 96,4 tỷ đồng, bằng 107,1% dự toán (dự toán tỉnh giao 85 tỷ đồng, Hội "
        "đồng nhân dân huyện giao 90 tỷ đồng).",
        "target",
        [90, 96.4, 107.1],
    ),
    (
        "Thu ngân sách đạt 96,4 tỷ đồng, bằng 113,4% dự toán tỉnh giao và 107,1% dự toán huyện "
        "giao (85 tỷ đồng và 90 tỷ đồng).",
        None,
        None,
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
        "Số tiền xử phạt tăng từ 96 lên 124 triệu đồng, tăng 38 triệu đồng.",
        [96e6, 124e6, 38e6],
    ),
    (
        "target",
        "Số hộ nghèo giảm từ 760 xuống 612 hộ, giảm 148 hộ, đạt 110% kế hoạch (120 hộ).",
        [120, 148, 110],
    ),
    (
        "target",
        "Xây mới 124 căn, sửa chữa 62 căn nhà cho hộ nghèo, đạt 39% chỉ tiêu (200 căn).",
        [200, 62, 39],
    ),
    (
        "target",
        "Thu ngân sách đạt 96,4 tỷ đồng, bằng 109,1% dự toán (dự toán tỉnh giao 85 tỷ đồng, Hội đồng "
        "nhân dân huyện giao 90 tỷ đồng).",
        [85, 96.4, 109.1],
    ),
]


@pytest.mark.parametrize(("kind", "text", "figures"), SLIPS)
def test_slip_beside_a_guard_is_still_found(kind: str, text: str, figures: list[float]) -> None:
    test_planted_slip_is_found(kind, text, figures)
