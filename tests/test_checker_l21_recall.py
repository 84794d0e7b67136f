"""Common shapes the checker was silent on (twenty-first session), in our own wording.

Three white-box reviews of the session listed planted slips that produced no check at all; four
of those shapes are plain report idioms, now read:

- a target stated in occasions: "tổ chức 72 buổi tuyên truyền, đạt 140% kế hoạch (50 buổi)"
  (occasions "buổi", "đợt", "lần" are counted like things unless they measure a span or a
  multiple: "trong 3 đợt", "gấp 1,5 lần");
- the earlier level labelled as the moment compared with: "(cùng kỳ năm 2023: 4.180 tỷ đồng)";
- two levels at a start and a later moment named in words, then the change: "Đầu nhiệm kỳ có
  2.298 đảng viên, đến nay có 2.512 đảng viên, tăng 214";
- a fraction of amounts written in one scale: "giải ngân 12,6/15 tỷ đồng, đạt 84%" (it was not
  even extracted: a scale word dropped the fraction);
- a share's whole given in the bracket after its percent: "đạt tỷ lệ 91,2% (tổng số 9.360 hộ)";
- a total over years broken down year by year in brackets after a noun that runs on ("412 căn
  nhà đại đoàn kết (năm 2022: 138 căn, …)", also "năm 2022 là 138 căn, … và năm 2024 là …"),
  whose two equal yearly values are no restatement;
- an average a year between levels dated by a bare "năm Y" after them or by "Từ năm Y0 đến năm
  Y1" opening the sentence, and a count a year that misses under both readings of the span;
- an amount allotted, then disbursed with a bare "đạt P%" ("được giao 86,4 tỷ đồng, đã giải ngân
  71,2 tỷ đồng, đạt 83,4%");
- those that have a thing and those that have not, against the total stated in the sentence
  ("Số thôn có nhà văn hóa là 96 thôn; số thôn chưa có … là 12 thôn; tổng số thôn là 106 thôn");
- the plan's noun before the percent ("vượt kế hoạch 8% (1.200 ha)", "vượt dự toán 9% (45 tỷ
  đồng)");
- the earlier level counted by "đồng chí" against "đảng viên", and the moment compared with
  standing between a change and its percent ("tăng 44 tỷ đồng so với năm 2023, tương đương tăng
  9,4%");
- a net rise and the total it raised with the earlier level in a bracket ("tăng thêm 128 doanh
  nghiệp, nâng tổng số lên 1.024 doanh nghiệp (năm 2023 có 906 …)"), and a change with both
  levels dated in its bracket ("giảm 14 vụ (năm 2023: 86 vụ; năm 2024: 70 vụ)");
- a bracketed split whose items carry a place label ("…, lao động trong tỉnh 1.230 người, ngoài
  tỉnh 580 người"): "320 người, lao động" was read as one list unit.

Each row: (passage, kind, expected verdict, figures as stated); for "consistent" rows the
passage must also raise no alarm.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

_OPTS = Options(entities=False)

CASES = [
    # -- target in occasions
    ("Năm 2024, Ban Tuyên giáo tổ chức 72 buổi tuyên truyền, đạt 140% kế hoạch (50 buổi).",
     "target", "inconsistent", [50, 72, 140]),
    ("Năm 2024, Ban Tuyên giáo tổ chức 70 buổi tuyên truyền, đạt 140% kế hoạch (50 buổi).",
     "target", "consistent", [50, 70, 140]),
    ("Công an huyện tổ chức 36 đợt ra quân trấn áp tội phạm, đạt 120% kế hoạch (30 đợt).",
     "target", "consistent", [30, 36, 120]),
    ("Các chi đoàn tổ chức 27 lần ra quân làm vệ sinh môi trường, đạt 112,5% kế hoạch (24 lần).",
     "target", "consistent", [24, 27, 112.5]),
    ("Các chi đoàn tổ chức 29 lần ra quân làm vệ sinh môi trường, đạt 112,5% kế hoạch (24 lần).",
     "target", "inconsistent", [24, 29, 112.5]),
    # -- "(cùng kỳ năm Y: N)"
    ("Tổng thu ngân sách đạt 4.520 tỷ đồng, tăng 12,4% so với cùng kỳ (cùng kỳ năm 2023: "
     "4.180 tỷ đồng).", "change", "inconsistent", [4180e9, 4520e9, 12.4]),
    ("Tổng thu ngân sách đạt 4.520 tỷ đồng, tăng 8,1% so với cùng kỳ (cùng kỳ năm 2023: "
     "4.180 tỷ đồng).", "change", "consistent", [4180e9, 4520e9, 8.1]),
    ("Kim ngạch xuất khẩu đạt 312 triệu USD, tăng 4% so với cùng kỳ (cùng kỳ năm trước: 300 "
     "triệu USD).", "change", "consistent", [300e6, 312e6, 4]),
    # -- a start and a later moment in words
    ("Đầu nhiệm kỳ có 2.298 đảng viên, đến nay có 2.512 đảng viên, tăng 241 đảng viên.",
     "change", "inconsistent", [2298, 2512, 241]),
    ("Đầu năm toàn xã có 96 hộ nghèo, cuối năm còn 71 hộ, giảm 25 hộ.",
     "change", "consistent", [96, 71, 25]),
    ("Đầu năm toàn xã có 96 hộ nghèo, cuối năm còn 71 hộ, giảm 35 hộ.",
     "change", "inconsistent", [96, 71, 35]),
    ("Khi mới thành lập, Hội có 86 hội viên; hiện nay có 142 hội viên, tăng 65 hội viên.",
     "change", "inconsistent", [86, 142, 65]),
    # -- a fraction of amounts in one scale
    ("Đến ngày 30/6, huyện đã giải ngân 12,6/15 tỷ đồng vốn đầu tư công, đạt 78%.",
     "ratio_percent", "inconsistent", [12.6e9, 15e9, 78]),
    ("Đến ngày 30/6, huyện đã giải ngân 12,6/15 tỷ đồng vốn đầu tư công, đạt 84%.",
     "ratio_percent", "consistent", [12.6e9, 15e9, 84]),
    ("Thu ngân sách đạt 3.652/4.120 tỷ đồng dự toán, bằng 88,6%.",
     "ratio_percent", "consistent", [3652e9, 4120e9, 88.6]),
    # -- a share's whole in the bracket after its percent
    ("Năm 2024, toàn huyện có 8.640 hộ đạt danh hiệu gia đình văn hóa, đạt tỷ lệ 91,2% (tổng số "
     "9.360 hộ).", "share", "inconsistent", [8640, 9360, 91.2]),
    ("Có 412 đảng viên được tặng giấy khen, chiếm 16,8% (trên tổng số 2.215 đảng viên).",
     "share", "inconsistent", [412, 2215, 16.8]),
    ("Có 412 đảng viên được tặng giấy khen, chiếm 18,6% (trên tổng số 2.215 đảng viên).",
     "share", "consistent", [412, 2215, 18.6]),
    # -- a bracketed split whose items carry a place label ("trong tỉnh", "ngoài tỉnh")
    ("Năm 2024 giải quyết việc làm cho 2.150 lao động (xuất khẩu lao động 320 người, lao động "
     "trong tỉnh 1.230 người, ngoài tỉnh 580 người).", "part_whole", "inconsistent",
     [2150, 320, 1230, 580]),
    ("Năm 2024 giải quyết việc làm cho 2.130 lao động (xuất khẩu lao động 320 người, lao động "
     "trong tỉnh 1.230 người, ngoài tỉnh 580 người).", "part_whole", "consistent",
     [2130, 320, 1230, 580]),
    # -- a total over years broken down year by year in brackets, the noun running on before it
    ("Trong 3 năm, huyện đã xây dựng 412 căn nhà đại đoàn kết (năm 2022: 138 căn, năm 2023: 146 "
     "căn, năm 2024: 138 căn).", "part_whole", "inconsistent", [412, 138, 146, 138]),
    ("Từ năm 2022 đến năm 2024, huyện xây dựng 422 căn nhà đại đoàn kết (năm 2022 là 138 căn, "
     "năm 2023 là 146 căn và năm 2024 là 138 căn).", "part_whole", "consistent",
     [422, 138, 146, 138]),
    ("Từ năm 2022 đến năm 2024, huyện xây dựng 412 căn nhà đại đoàn kết (năm 2022 là 138 căn, "
     "năm 2023 là 146 căn và năm 2024 là 138 căn).", "part_whole", "inconsistent",
     [412, 138, 146, 138]),
    # -- an average a year between two dated levels: the years after the values, or opening the
    # sentence; a count a year that misses under both readings of the span
    ("Tỷ lệ trẻ em suy dinh dưỡng thấp còi giảm từ 24,6% năm 2020 xuống 19,8% năm 2024, bình "
     "quân mỗi năm giảm 1,4 điểm phần trăm.", "change", "inconsistent", [24.6, 19.8, 1.4]),
    ("Từ năm 2020 đến năm 2024, tỷ lệ trẻ em suy dinh dưỡng thấp còi giảm từ 24,6% xuống 19,8%, "
     "bình quân mỗi năm giảm 1,2 điểm phần trăm.", "change", "consistent", [24.6, 19.8, 1.2]),
    ("Từ năm 2020 đến năm 2024, tỷ lệ trẻ em suy dinh dưỡng thấp còi giảm từ 24,6% xuống 19,8%, "
     "bình quân mỗi năm giảm 1,4 điểm phần trăm.", "change", "inconsistent", [24.6, 19.8, 1.4]),
    ("Số hộ nghèo giảm từ 2.460 hộ (năm 2021) xuống còn 1.198 hộ (năm 2024), bình quân mỗi năm "
     "giảm 451 hộ.", "change", "inconsistent", [2460, 1198, 451]),
    ("Số hộ nghèo giảm từ 2.460 hộ (năm 2021) xuống còn 1.198 hộ (năm 2024), bình quân mỗi năm "
     "giảm 421 hộ.", "change", "consistent", [2460, 1198, 421]),
    # -- an amount allotted ("được giao"), then disbursed and its bare "đạt P%"
    ("Chương trình mục tiêu quốc gia được giao 86,4 tỷ đồng, đã giải ngân 71,2 tỷ đồng, đạt "
     "83,4%.", "target", "inconsistent", [86.4, 71.2, 83.4]),
    ("Chương trình mục tiêu quốc gia được giao 86,4 tỷ đồng, đã giải ngân 71,2 tỷ đồng, đạt "
     "82,4%.", "target", "consistent", [86.4, 71.2, 82.4]),
    # -- those that have and have not, against the total
    ("Số thôn có nhà văn hóa là 96 thôn; số thôn chưa có nhà văn hóa là 12 thôn; tổng số thôn "
     "là 106 thôn.", "part_whole", "inconsistent", [106, 96, 12]),
    ("Số hộ có nhà tiêu hợp vệ sinh là 1.024 hộ, số hộ chưa có nhà tiêu hợp vệ sinh là 96 hộ; "
     "tổng số hộ là 1.120 hộ.", "part_whole", "consistent", [1120, 1024, 96]),
    # -- the plan's noun before the percent, the plan in the bracket after it
    ("Toàn huyện trồng mới 1.260 ha rừng, vượt kế hoạch 8% (1.200 ha).", "target",
     "inconsistent", [1200, 1260, 8]),
    ("Toàn huyện trồng mới 1.260 ha rừng, vượt kế hoạch 5% (1.200 ha).", "target",
     "consistent", [1200, 1260, 5]),
    ("Thu ngân sách đạt 48,6 tỷ đồng, vượt dự toán 9% (45 tỷ đồng).", "target", "inconsistent",
     [45e9, 48.6e9, 9]),
    # -- the earlier level counted by "đồng chí", the comrades' counter, against "đảng viên"
    ("Năm 2024 kết nạp 312 đảng viên, tăng 28 đồng chí so với năm 2023 (274 đồng chí).",
     "change", "inconsistent", [274, 312, 28]),
    ("Năm 2024 kết nạp 312 đảng viên, tăng 38 đồng chí so với năm 2023 (274 đồng chí).",
     "change", "consistent", [274, 312, 38]),
    # -- the moment compared with between a change and its percent
    ("Tổng thu ngân sách năm 2024 đạt 512 tỷ đồng, tăng 44 tỷ đồng so với năm 2023, tương đương "
     "tăng 9,4%.", "change", "consistent", [512, 44, 9.4]),
    # -- a net rise, the total it raised, the earlier level in a bracket
    ("Số doanh nghiệp tăng thêm 128 doanh nghiệp, nâng tổng số lên 1.024 doanh nghiệp (năm 2023 "
     "có 906 doanh nghiệp).", "change", "inconsistent", [906, 1024, 128]),
    ("Số doanh nghiệp tăng thêm 118 doanh nghiệp, nâng tổng số lên 1.024 doanh nghiệp (năm "
     "2023: 906 doanh nghiệp).", "change", "consistent", [906, 1024, 118]),
    # -- a change with both levels dated in its bracket
    ("So với năm 2023, số vụ vi phạm giảm 14 vụ (năm 2023: 86 vụ; năm 2024: 70 vụ).", "change",
     "inconsistent", [86, 70, 14]),
    ("So với năm 2023, số vụ vi phạm giảm 16 vụ (năm 2023: 86 vụ, năm 2024: 70 vụ).", "change",
     "consistent", [86, 70, 16]),
]  # fmt: skip


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


@pytest.mark.parametrize(("text", "kind", "verdict", "figures"), CASES)
def test_common_shapes_are_read(text: str, kind: str, verdict: str, figures: list[float]) -> None:
    got = process_text(text, options=_OPTS).checks
    rows = [(c.kind, c.verdict, c.figures, c.why) for c in got]
    mine = [
        c
        for c in got
        if c.kind == kind
        and c.verdict == verdict
        and len(c.figures) == len(figures)
        and all(_close(a, b) for a, b in zip(sorted(c.figures), sorted(figures), strict=True))
    ]
    assert mine, rows
    if verdict == "consistent":
        assert "inconsistent" not in [c.verdict for c in got], rows


@pytest.mark.parametrize(
    "text",
    [
        # a span, a multiple and a plan of occasions are no achievement of a count
        "Kết nạp 42 đảng viên trong 3 đợt, bằng 140% chỉ tiêu (30 đảng viên).",
        "Năm 2024, doanh thu đạt 6,2 tỷ đồng, gấp 1,5 lần năm 2023.",
        # two things under the moments: no change of one
        "Đầu năm có 96 hộ nghèo, đến nay có 71 hộ cận nghèo, giảm 25 hộ.",
        # a fraction of two scales is no fraction
        "Thu ngân sách đạt 3 tỷ 200 triệu đồng.",
        # a count a year that fits the span counted with both end years is no proof of a miss
        "Số hộ nghèo giảm từ 2.460 hộ (năm 2021) xuống còn 1.198 hộ (năm 2024), bình quân mỗi "
        "năm giảm 316 hộ.",
        # a negation of another predicate is no complement
        "Số hộ có nhà tiêu hợp vệ sinh là 1.024 hộ, số hộ chưa có nước sạch là 96 hộ; tổng số hộ "
        "là 1.130 hộ.",
        # a bracket of another year after the plan's noun is no plan
        "Toàn huyện trồng mới 1.260 ha rừng, vượt kế hoạch 8% (năm 2023: 1.200 ha).",
        # a bare bracket after the comparison may be a footnote mark, not comrades
        "Toàn Đảng bộ hiện có 1.025 đảng viên, tăng 17 đồng chí so với năm 2023 (12).",
        # the percent of another moment than the change's
        "Toàn tỉnh có 5.412 hội viên, tăng 86 hội viên so với năm 2023, tương đương tăng 13,1% so "
        "với đầu nhiệm kỳ.",
        # those admitted may be offset by those who left: no net rise is stated
        "Năm 2024 kết nạp 96 hội viên, nâng tổng số hội viên lên 1.352 hội viên (đầu năm 1.260 hội "
        "viên).",
        # a fraction of amounts and a rest in the same scale: read in one scale, no miss
        "Huyện đã giải ngân 12,6/15 tỷ đồng vốn đầu tư công, còn 2,4 tỷ đồng chưa giải ngân.",
        # levels by year in brackets are no flow to add up
        "Đến nay toàn huyện có 1.120 hội viên nòng cốt (năm 2022: 1.010 hội viên, năm 2023: "
        "1.064 hội viên).",
        # a bracket total of another unit, or a plan's rate, is no share's whole
        "Toàn huyện có 8.640 hộ đạt gia đình văn hóa, đạt tỷ lệ 91,2% (tổng số 9.360 nhân khẩu).",
        "Toàn huyện có 8.640 hộ đạt gia đình văn hóa, đạt 91,2% kế hoạch (tổng số 9.360 hộ).",
    ],
)
def test_near_shapes_raise_no_alarm(text: str) -> None:
    bad = [
        (c.kind, c.why)
        for c in process_text(text, options=_OPTS).checks
        if c.verdict == "inconsistent"
    ]
    assert bad == []


def test_a_fraction_of_amounts_keeps_its_scale_as_written() -> None:
    doc = process_text("Huyện đã giải ngân 12,6/15 tỷ đồng vốn đầu tư công.", options=_OPTS)
    ratios = [m for m in doc.mentions if m.type == "ratio"]
    assert len(ratios) == 1
    m = ratios[0]
    assert m.text == "12,6/15 tỷ đồng"
    assert (m.attrs["numerator"], m.attrs["denominator"], m.attrs["unit"]) == (12.6, 15, "tỷ đồng")
    assert doc.text[m.start : m.end] == m.text


def test_equal_values_of_two_years_are_no_restatement() -> None:
    text = (
        "Trong 3 năm, huyện đã xây dựng 422 căn nhà đại đoàn kết (năm 2022: 138 căn, năm 2023: "
        "146 căn, năm 2024: 138 căn)."
    )
    assert [c.why for c in process_text(text, options=_OPTS).checks if c.kind == "repeat"] == []


def test_a_change_against_the_years_is_not_confirmed() -> None:
    """A difference found between two levels dated by their years is no fit when the stated
    direction is the opposite of the years' ("tăng 16 vụ" for 86 in 2023 and 70 in 2024)."""
    text = "So với năm 2023, số vụ vi phạm tăng 16 vụ (năm 2023: 86 vụ; năm 2024: 70 vụ)."
    assert [c.verdict for c in process_text(text, options=_OPTS).checks] == []
