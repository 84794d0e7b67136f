"""Figures that belong to another relation are never a whole, a total or a body.

A bracketed level after a comparison or a plan ("cao hơn năm 2023 (290 ha)", "bằng 104,5%
dự toán (624,3 tỷ đồng)") is what the claim is measured against; a percent after a body and
a member label ("có 9 đồng chí, cán bộ nữ chiếm 22,2%") is about the body's members. Each
passage is ours; none may raise an alarm, and the true relation must still be read.
"""

from __future__ import annotations

import pytest

from vnreport_miner.checker.context import Context, reference_level
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def checks_of(text: str) -> list[Check]:
    return process_text(text, options=_OPTS).checks


# (passage, kind and figures of the relation that must be read as consistent)
CASES = [
    # the plan, not last year's level in brackets, is the target
    ("Kế hoạch năm 2024 giao trồng mới 300 ha rừng. Năm 2024 các xã trồng được 324 ha rừng, đạt "
     "108% kế hoạch, cao hơn năm 2023 (290 ha).", "target", [300, 324, 108]),
    # the parts after "trong đó" split the spending, not the estimate in brackets
    ("Tổng chi ngân sách địa phương đạt 652,4 tỷ đồng, bằng 104,5% dự toán (624,3 tỷ đồng); trong "
     "đó chi đầu tư phát triển 210,6 tỷ đồng, chi thường xuyên còn lại 441,8 tỷ đồng.",
     "part_whole", [652.4e9, 210.6e9, 441.8e9]),
    # the women admitted are a share of this year's 36, not of last year's 29
    ("Năm 2024 Đảng bộ xã kết nạp 36 đảng viên, tăng so với năm 2023 (29 đảng viên); trong đó nữ "
     "15 đồng chí, chiếm 41,7%.", "share", [15, 36, 41.7]),
    # a member label after a body: 2 of the 9 members, not 9 of the 41
    ("Ban Chấp hành Đảng bộ huyện có 41 đồng chí. Ủy ban Kiểm tra Huyện ủy có 9 đồng chí, cán bộ "
     "nữ chiếm 22,2%.", "granularity", [9, 22.2]),
    # the words name the older count, the percent is of the newer one
    ("Cuối năm 2020 Đảng bộ xã có 840 đảng viên; đến nay con số này đã là 910 đồng chí. Số đảng "
     "viên nữ hiện là 364 đồng chí, chiếm 40% tổng số đảng viên của Đảng bộ.", "share",
     [364, 910, 40]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "figures"), CASES)
def test_reference_levels_raise_no_alarm(text: str, kind: str, figures: list[float]) -> None:
    got = checks_of(text)
    assert [c for c in got if c.verdict == "inconsistent"] == [], [
        (c.kind, c.figures, c.why) for c in got
    ]
    assert any(
        c.kind == kind
        and c.verdict == "consistent"
        and sorted(c.figures) == pytest.approx(sorted(figures))
        for c in got
    ), [(c.kind, c.verdict, c.figures) for c in got]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm nay kết nạp 36 đảng viên, tăng so với năm trước (29 đảng viên).", [False, True]),
        ("Thu ngân sách đạt 486 tỷ đồng, bằng 118% dự toán (410 tỷ đồng).", [False, False, True]),
        ("Huyện có 18 xã, thị trấn (15 xã, 3 thị trấn).", [False, False, False]),
        ("Hoàn thành 96% kế hoạch (kế hoạch giao 1.350 ha).", [False, True]),
    ],
)
def test_reference_level_is_the_bracket_after_a_comparison_or_plan(
    text: str, expected: list[bool]
) -> None:
    doc = process_text(text, options=_OPTS)
    ctx = Context.build(doc.text, doc.sentences, doc.mentions)
    assert [reference_level(ctx, f) for f in ctx.figs] == expected


# Two counts of one noun with two neighbouring digits swapped name the same thing twice: one
# is a typo. Only across sentences, with the same words around them, and nothing (a year, a
# change, a plan) that sets one apart.
SWAPPED = [
    ("Năm 2024, huyện giải quyết việc làm mới cho 2.460 lao động, chủ yếu ở các khu công nghiệp. "
     "Trong các kết quả nổi bật của năm có việc giải quyết việc làm mới cho 2.640 lao động.",
     "inconsistent"),
    ("Toàn huyện có 318 chi hội nông dân cơ sở với hơn 9.000 hội viên. Cả 381 chi hội nông dân "
     "cơ sở đều tổ chức sinh hoạt chuyên đề.", "inconsistent"),
]  # fmt: skip
SWAPPED_SILENT = [
    # two activities with one noun: not the same thing stated twice
    "Hội Nông dân xã đã vận động 125 hộ nghèo tham gia mô hình chăn nuôi bò. Ngân hàng chính sách "
    "xã hội cho 152 hộ nghèo vay vốn làm nhà ở.",
    # a list in one sentence: different things that happen to share digits
    "Huyện có 412 mô hình kinh tế, 214 mô hình văn hóa và 98 mô hình khác.",
    # two years: two counts, no slip
    "Năm 2022 toàn huyện kết nạp 153 đảng viên. Năm 2023 toàn huyện kết nạp 135 đảng viên.",
    # a change
    "Số hộ nghèo năm ngoái là 241 hộ. Đến nay số hộ nghèo giảm xuống còn 214 hộ.",
]


@pytest.mark.parametrize(("text", "verdict"), SWAPPED)
def test_swapped_digits_are_a_typo(text: str, verdict: str) -> None:
    got = [c for c in checks_of(text) if c.kind == "repeat"]
    assert [c.verdict for c in got] == [verdict], [(c.figures, c.why) for c in got]


@pytest.mark.parametrize("text", SWAPPED_SILENT)
def test_swapped_digits_stay_silent_otherwise(text: str) -> None:
    assert [c for c in checks_of(text) if c.verdict == "inconsistent"] == []


# A fraction written out in words ("A … trên tổng số B …") with a rate named by "tỷ lệ": after
# it in its sentence the rate is the fraction's (a miss is proof); before it, naming the
# numerator's noun, only a fit is told.
OUT_OF_WORDS = [
    ("Chi hội có 412 hội viên trên tổng số 498 phụ nữ trong độ tuổi, tỷ lệ tập hợp đạt 82,7%.",
     "consistent"),
    ("Chi hội có 412 hội viên trên tổng số 498 phụ nữ trong độ tuổi, tỷ lệ tập hợp đạt 84,7%.",
     "inconsistent"),
    ("Tỷ lệ hộ nghèo của phường còn 1,8%; toàn phường còn 117 hộ nghèo trên tổng số 6.500 hộ.",
     "consistent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "verdict"), OUT_OF_WORDS)
def test_fraction_in_words_with_a_named_rate(text: str, verdict: str) -> None:
    got = [c for c in checks_of(text) if c.kind == "ratio_percent"]
    assert [c.verdict for c in got] == [verdict], [(c.figures, c.why) for c in got]


@pytest.mark.parametrize(
    "text",
    [
        "Toàn xã còn 98 hộ nghèo trên tổng số 3.920 hộ, tỷ lệ hộ cận nghèo là 5,1%.",
        "Năm nay kết nạp 45 đảng viên trên tổng số 50 quần chúng ưu tú, tỷ lệ đảng viên nữ đạt 40%.",
    ],
)
def test_fraction_in_words_before_another_rate_raises_no_alarm(text: str) -> None:
    assert [c for c in checks_of(text) if c.verdict == "inconsistent"] == []


def test_a_numbered_heading_is_not_a_table_row() -> None:
    text = "Huyện có 18 xã và 2 thị trấn.\n\nKết quả kiểm tra đợt 2\nNhắc nhở 12\nPhê bình 5\nTổng cộng 17"
    got = [c for c in checks_of(text) if c.kind == "part_whole"]
    assert [(c.verdict, c.figures) for c in got] == [("consistent", [17, 12, 5])]


def test_fraction_in_words_before_an_unnamed_rate_stays_silent() -> None:
    # the rate before names another noun: no pairing, no alarm
    text = "Tỷ lệ lao động qua đào tạo đạt 70%; toàn xã còn 117 hộ nghèo trên tổng số 6.500 hộ."
    assert [c for c in checks_of(text) if c.kind == "ratio_percent"] == []
