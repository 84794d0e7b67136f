"""Relations whose other figure stands far from the claim, read in the eleventh session:

- a small denominator equal to the report's first count of the very same noun, sections before
  ("Thị trấn có 8 khóm" … "8/8 khóm giữ vững danh hiệu"): a restatement that agrees (fit only);
- the comparison first, the current level stated before anywhere ("So với đầu năm (201 đảng
  viên), tổng số đảng viên tăng 13 đồng chí" after "214 đồng chí"): a change (fit only);
- a count and what a bracket leaves out ("405 đồng chí (miễn đánh giá 7 đồng chí)") making a
  count stated elsewhere (fit only); the bracketed count is never the total of a list after it;
- a column of rounded shares over a "100%" total row (fit only).

A match is told; a miss is silent (a level found by search proves nothing), except the list
after a left-out bracket, whose total is the count before the bracket. Each passage is ours.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)
_FILLER = (
    "Công tác tuyên truyền được đẩy mạnh bằng nhiều hình thức. "
    "Các đoàn thể phối hợp chặt chẽ với chính quyền trong vận động nhân dân. "
    "Phong trào thi đua yêu nước được triển khai sâu rộng ở cơ sở. "
    "Công tác cải cách hành chính có chuyển biến tích cực. "
    "An ninh chính trị, trật tự an toàn xã hội được giữ vững. "
    "Việc sơ kết, tổng kết được thực hiện nghiêm túc. "
    "Cấp ủy thường xuyên nắm bắt tâm tư, nguyện vọng của nhân dân. "
)


def _checks(text: str, kind: str | None = None) -> list[Check]:
    out = process_text(text, options=_OPTS).checks
    return [c for c in out if kind is None or c.kind == kind]


# -- small denominators against the first count of their noun ---------------------------------
PROFILES = [
    (
        "Thị trấn có diện tích tự nhiên 1.520 ha, chia thành 8 khóm với 3.904 hộ. "
        + _FILLER
        + "Có 8/8 khóm giữ vững danh hiệu khóm văn hóa.",
        8,
    ),
    (
        "Xã biên giới gồm 7 thôn, phần lớn là đồng bào Dao. "
        + _FILLER
        + "Đến cuối năm, 5/7 thôn đã có nhà văn hóa đạt chuẩn.",
        7,
    ),
    (
        "Hội Cựu chiến binh xã có 9 chi hội với 312 hội viên. "
        + _FILLER
        + "Kết quả đánh giá cuối năm có 7/9 chi hội đạt vững mạnh.",
        9,
    ),
]


@pytest.mark.parametrize(("text", "den"), PROFILES)
def test_small_denominator_restates_the_first_count_of_its_noun(text: str, den: int) -> None:
    got = [c for c in _checks(text, "repeat") if c.figures == [den, den]]
    assert got and got[0].verdict == "consistent"


def test_small_denominator_of_another_value_is_silent() -> None:
    text = (
        "Thị trấn chia thành 9 khóm với 3.904 hộ. "
        + _FILLER
        + "Có 8/8 khóm giữ vững danh hiệu khóm văn hóa."
    )
    assert not [c for c in _checks(text) if 8 in c.figures and 9 in c.figures]


def test_small_denominator_after_a_change_of_the_noun_is_silent() -> None:
    # the first count of "thôn" is a change, not the standing number of villages
    text = "Sau sáp nhập, số thôn tăng 6 thôn. " + _FILLER + "Đến nay 6/6 thôn có chi bộ riêng."
    assert not [c for c in _checks(text, "repeat") if c.figures == [6, 6]]


# -- the comparison first, the current level stated before anywhere ----------------------------
LEADS = [
    (
        "Tổng số đảng viên của Đảng bộ đến ngày 30/11/2024 là 214 đồng chí. "
        + _FILLER
        + "So với đầu năm (201 đảng viên), tổng số đảng viên của Đảng bộ tăng 13 đồng chí.",
        [201, 214, 13],
    ),
    (
        "Năm 2024, toàn huyện có 124 mô hình dân vận khéo được công nhận. "
        + _FILLER
        + "So với năm 2023 (109 mô hình), số mô hình được công nhận tăng 13,8%.",
        [109, 124, 13.8],
    ),
    (
        "Tổng nguồn vốn Quỹ Hỗ trợ nông dân huyện đạt 9,86 tỷ đồng. "
        + _FILLER
        + "So với năm 2023 (8,54 tỷ đồng), tổng nguồn vốn tăng 1,32 tỷ đồng.",
        [8.54e9, 9.86e9, 1.32e9],
    ),
]


@pytest.mark.parametrize(("text", "figures"), LEADS)
def test_lead_comparison_finds_the_current_level_by_its_difference(
    text: str, figures: list[float]
) -> None:
    got = [c for c in _checks(text, "change") if c.figures == figures]
    assert got and got[0].verdict == "consistent"
    assert "now" in got[0].why


def test_lead_comparison_that_fits_no_level_is_silent() -> None:
    text = (
        "Năm 2024, toàn huyện có 124 mô hình dân vận khéo được công nhận. "
        + _FILLER
        + "So với năm 2023 (109 mô hình), số mô hình được công nhận tăng 21 mô hình."
    )
    assert not [c for c in _checks(text, "change") if 109 in c.figures]


# -- what a bracket leaves out --------------------------------------------------------------
LEFT_OUT = [
    (
        "Đảng bộ xã có 214 đồng chí. "
        + _FILLER
        + "Đảng ủy tổ chức học tập nghị quyết cho 203 đảng viên, đạt 100% số đảng viên phải tham "
        "gia (không tính 11 đồng chí được miễn sinh hoạt).",
        [214, 203, 11],
    ),
    (
        "Toàn tỉnh có 426 hợp tác xã đang hoạt động. "
        + _FILLER
        + "Có 398 hợp tác xã đủ điều kiện đánh giá (không tính 28 hợp tác xã thành lập sau tháng "
        "6/2024).",
        [426, 398, 28],
    ),
]


@pytest.mark.parametrize(("text", "figures"), LEFT_OUT)
def test_count_and_what_it_leaves_out_make_a_count_stated_before(
    text: str, figures: list[float]
) -> None:
    got = [c for c in _checks(text, "part_whole") if c.figures == figures]
    assert got and got[0].verdict == "consistent"


def test_left_out_that_makes_no_stated_count_is_silent() -> None:
    text = (
        "Đảng bộ xã có 214 đồng chí. Đảng ủy tổ chức học tập nghị quyết cho 203 đảng viên "
        "(không tính 9 đồng chí được miễn sinh hoạt)."
    )
    assert not [c for c in _checks(text, "part_whole") if 203 in c.figures]


_GRADED = (
    "Đảng bộ có 412 đảng viên. Đảng viên được đánh giá 405 đồng chí (miễn đánh giá 7 đồng chí), "
    "trong đó: hoàn thành xuất sắc nhiệm vụ 58 đồng chí; hoàn thành tốt nhiệm vụ 301 đồng chí; "
    "hoàn thành nhiệm vụ 41 đồng chí; không hoàn thành nhiệm vụ {last} đồng chí."
)


def test_list_after_a_left_out_bracket_is_of_the_count_before_it() -> None:
    got = [c for c in _checks(_GRADED.format(last=5), "part_whole") if 58 in c.figures]
    assert [c.figures[0] for c in got] == [405]
    assert got[0].verdict == "consistent"


def test_list_after_a_left_out_bracket_that_misses_is_told() -> None:
    got = [c for c in _checks(_GRADED.format(last=7), "part_whole") if 58 in c.figures]
    assert [(c.figures[0], c.verdict) for c in got] == [(405, "inconsistent")]
    assert "407" in got[0].why


# -- shares over a "100%" row ----------------------------------------------------------------
_SHARES = (
    "Lĩnh vực\tSố hợp tác xã\tTỷ lệ\n"
    "Nông nghiệp\t287\t67,4%\n"
    "Công nghiệp\t36\t8,5%\n"
    "Thương mại, dịch vụ\t58\t{trade}\n"
    "Vận tải\t21\t4,9%\n"
    "Xây dựng\t14\t3,3%\n"
    "Quỹ tín dụng nhân dân\t10\t2,3%\n"
    "Tổng cộng\t426\t100%\n"
)


def test_rounded_shares_over_a_hundred_percent_row_fit() -> None:
    got = [c for c in _checks(_SHARES.format(trade="13,6%"), "part_whole") if 100 in c.figures]
    assert got and got[0].verdict == "consistent"
    assert got[0].figures == [100, 67.4, 8.5, 13.6, 4.9, 3.3, 2.3]
    assert "rounding" in got[0].why


def test_shares_that_miss_a_hundred_percent_are_silent() -> None:
    # 16,3% would sum to 102.7: beyond six roundings of half a tenth; no verdict on the column
    got = [c for c in _checks(_SHARES.format(trade="16,3%"), "part_whole") if 100 in c.figures]
    assert got == []


# -- a target percent said of the count its bracketed plan names --------------------------------
TARGETS = [
    (
        "Hội tổ chức 64 lớp tập huấn chuyển giao khoa học kỹ thuật cho 4.280 lượt hội viên, đạt "
        "{pct} kế hoạch (60 lớp).",
        [60, 64],
        "106,7%",
    ),
    (
        "Trung tâm mở 14 lớp bồi dưỡng lý luận chính trị cho 1.020 học viên, đạt {pct} kế hoạch "
        "(12 lớp).",
        [12, 14],
        "116,7%",
    ),
    (
        "Hội phấn đấu xây mới 20 nhà; kết quả đã xây mới, bàn giao 23 nhà (trong đó 14 nhà cho hộ "
        "có nhà bị sập đổ do bão), vượt {pct} chỉ tiêu.",
        [20, 23],
        "15%",
    ),
]


@pytest.mark.parametrize(("text", "figs", "pct"), TARGETS)
def test_target_is_of_the_count_its_plan_names(text: str, figs: list[int], pct: str) -> None:
    got = _checks(text.format(pct=pct), "target")
    assert [(c.figures[:2], c.verdict) for c in got] == [(figs, "consistent")]


def test_subset_stepped_over_a_target_miss_is_told() -> None:
    text = TARGETS[2][0].format(pct="25%")
    got = _checks(text, "target")
    assert [(c.figures[:2], c.verdict) for c in got] == [([20, 23], "inconsistent")]


@pytest.mark.parametrize(("text", "figs", "pct"), TARGETS[:2])
def test_count_stepped_back_past_its_beneficiaries_tells_no_miss(
    text: str, figs: list[int], pct: str
) -> None:
    # a fit only (review 64): the percent may be of the beneficiaries against a plan stated
    # before ("40 lớp … cho 1.296 lao động, đạt 108% kế hoạch (kế hoạch 40 lớp)")
    wrong = {"106,7%": "116,7%", "116,7%": "126,7%"}[pct]
    got = _checks(text.format(pct=wrong), "target")
    assert not [c for c in got if c.verdict == "inconsistent"]


def test_target_of_beneficiaries_when_the_plan_names_them() -> None:
    # the plan counts the learners, not the classes: the learners achieved it
    text = (
        "Mở 12 lớp bồi dưỡng lý luận chính trị với 1.020 học viên, đạt 120% kế hoạch "
        "(850 học viên)."
    )
    got = _checks(text, "target")
    assert [(c.figures, c.verdict) for c in got] == [([850, 1020, 120], "consistent")]


# -- the rest of a plan told in the plan section, sections after its target and result ------------
RESTS = [
    (
        "Nghị quyết Đại hội đề ra chỉ tiêu đến hết nhiệm kỳ kết nạp 30 hội viên mới. "
        + _FILLER
        + "Từ đầu nhiệm kỳ đến nay, Hội đã kết nạp 17 hội viên, đạt 56,7% chỉ tiêu. "
        + _FILLER
        + "Phấn đấu đến hết nhiệm kỳ kết nạp thêm ít nhất {rest} hội viên.",
        [30, 17, 13],
    ),
    (
        "Kế hoạch năm 2024 giải quyết việc làm cho 180 lao động. "
        + _FILLER
        + "Sáu tháng đầu năm đã giải quyết việc làm cho 97 lao động, đạt 53,9% kế hoạch. "
        + _FILLER
        + "Sáu tháng cuối năm giải quyết việc làm cho {rest} lao động còn lại.",
        [180, 97, 83],
    ),
]


@pytest.mark.parametrize(("text", "figures"), RESTS)
def test_rest_of_a_plan_told_sections_later(text: str, figures: list[int]) -> None:
    got = _checks(text.format(rest=figures[2]), "part_whole")
    assert [(c.figures, c.verdict) for c in got] == [(figures, "consistent")]


@pytest.mark.parametrize(("text", "figures"), RESTS)
def test_rest_of_a_plan_that_does_not_fit_is_silent(text: str, figures: list[int]) -> None:
    assert _checks(text.format(rest=figures[2] + 5), "part_whole") == []


# -- the rate of the top grades of a grading list --------------------------------------------
GRADED = [
    (
        "Đảng bộ có 1.204 đảng viên sinh hoạt tại 34 chi bộ.\n- Chi bộ trực thuộc: hoàn thành "
        "xuất sắc nhiệm vụ 6, hoàn thành tốt nhiệm vụ 25, hoàn thành nhiệm vụ 3; tỷ lệ hoàn thành "
        "tốt nhiệm vụ trở lên đạt {pct}.",
        [6, 25, 34],
        "91,2%",
    ),
    (
        "Năm 2024 có 7 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ, 33 hoàn thành tốt nhiệm "
        "vụ, 4 hoàn thành nhiệm vụ. Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên là "
        "{pct}.",
        [7, 33, 44],
        "90,9%",
    ),
    (
        "Kết quả phân loại 212 hợp tác xã: loại tốt 41 hợp tác xã, loại khá 97 hợp tác xã, trung "
        "bình 58 hợp tác xã, yếu 16 hợp tác xã. Số hợp tác xã xếp loại khá trở lên chiếm {pct}.",
        [41, 97, 212],
        "65,1%",
    ),
]


@pytest.mark.parametrize(("text", "figures", "pct"), GRADED)
def test_rate_of_the_top_grades_over_the_list(text: str, figures: list[int], pct: str) -> None:
    got = [c for c in _checks(text.format(pct=pct), "share") if c.figures[:3] == figures]
    assert got and got[0].verdict == "consistent"
    assert "grades" in got[0].why


@pytest.mark.parametrize(("text", "figures", "pct"), GRADED)
def test_rate_of_the_top_grades_that_misses_is_silent(
    text: str, figures: list[int], pct: str
) -> None:
    wrong = pct.replace(pct[0], str((int(pct[0]) + 1) % 10), 1)  # 91,2% -> 01,2% … a miss
    assert not [c for c in _checks(text.format(pct=wrong)) if c.figures[:3] == figures]


# -- bare shares of one sentence against a whole stated paragraphs before -----------------------
_PROFILE = (
    "Năm 2024, toàn Đảng bộ kết nạp 1.946 đảng viên, đạt 108,1% chỉ tiêu giao (1.800 đảng viên). "
    + _FILLER
    + "\nVề chất lượng đảng viên mới: đoàn viên thanh niên 1.518 ({a}); nữ 893, chiếm {b}; người "
    "có trình độ đại học trở lên 712 (36,6%)."
)


def test_bare_shares_fit_one_whole_stated_before() -> None:
    got = [c for c in _checks(_PROFILE.format(a="78%", b="45,9%"), "share") if 1946 in c.figures]
    assert sorted(c.figures[0] for c in got) == [712, 893, 1518]
    assert all(c.verdict == "consistent" for c in got)


def test_bare_shares_with_no_common_whole_are_silent() -> None:
    # 45,9% -> 49,5%: no earlier count is the whole of all three
    got = [c for c in _checks(_PROFILE.format(a="78%", b="49,5%"), "share") if 1946 in c.figures]
    assert got == []


# -- a rate's change in points against its level stated sections before --------------------------
_POINTS = (
    "Đầu năm, tỷ lệ hộ nghèo của thị xã là 1,62%, tỷ lệ hộ cận nghèo là 2,1%. "
    + _FILLER
    + "Đến nay số hộ nghèo giảm 74 hộ, tỷ lệ hộ nghèo còn 1,42%, giảm {d} điểm phần trăm."
)


def test_points_change_against_the_rate_stated_before() -> None:
    got = [c for c in _checks(_POINTS.format(d="0,2"), "change") if 1.42 in c.figures]
    assert [(c.figures, c.verdict) for c in got] == [([1.62, 1.42, 0.2], "consistent")]


def test_points_change_that_fits_no_earlier_rate_of_its_subject_is_silent() -> None:
    # 2,1 - 1,42 = 0,68: the near-poor rate is another subject
    assert not [c for c in _checks(_POINTS.format(d="0,68"), "change") if 1.42 in c.figures]


# -- a count read as a whole elsewhere may still be a plan's achievement -------------------------
def test_achievement_whose_count_is_a_whole_elsewhere_finds_its_plan() -> None:
    text = (
        "Nghị quyết xác định các chỉ tiêu chủ yếu của năm: gieo trồng 15.420 ha cây hằng năm; kết "
        "nạp 350 đảng viên; xóa ít nhất 3 bản chưa có đảng viên. "
        + _FILLER
        + "Nửa đầu năm, toàn Đảng bộ kết nạp 196 đảng viên, đạt 56% chỉ tiêu năm; trong đó người "
        "dân tộc thiểu số 171 đồng chí (87,2%), nữ 94 đồng chí (48%)."
    )
    got = [c for c in _checks(text, "target") if 196 in c.figures]
    assert [(c.figures, c.verdict) for c in got] == [([350, 196, 56], "consistent")]


def test_share_naming_its_whole_is_read_though_its_count_served_another_relation() -> None:
    text = (
        "Xã có 2.184 hộ với 8.905 nhân khẩu. "
        + _FILLER
        + "Có 2.093/2.184 hộ sử dụng nước sạch. Đến cuối năm, 2.061 hộ có nhà tiêu hợp vệ sinh "
        "(tăng 58 hộ so với năm 2023, khi có 2.003 hộ), chiếm 94,4% số hộ."
    )
    got = [c for c in _checks(text, "share") if 2061 in c.figures]
    assert [(c.figures, c.verdict) for c in got] == [([2061, 2184, 94.4], "consistent")]


# -- a rate with decimals stated twice of one subject ----------------------------------------
def test_rate_with_decimals_restated_of_its_subject_agrees() -> None:
    text = (
        "Tỷ lệ trường đạt chuẩn quốc gia là 82,4%, tỷ lệ hộ nghèo 3,6%. "
        + _FILLER
        + "Năm học tới, duy trì tỷ lệ trường chuẩn quốc gia đạt 82,4% và nâng chất lượng dạy học."
    )
    got = [c for c in _checks(text, "repeat") if c.figures == [82.4, 82.4]]
    assert got and got[0].verdict == "consistent"
    assert "trường chuẩn quốc gia" in got[0].why


def test_equal_rates_of_other_subjects_are_no_restatement() -> None:
    text = (
        "Tỷ lệ trường đạt chuẩn quốc gia là 82,4%. "
        + _FILLER
        + "Ở một số bản vùng cao, tỷ lệ hộ dùng nước hợp vệ sinh mới đạt 82,4%."
    )
    assert not [c for c in _checks(text, "repeat") if c.figures == [82.4, 82.4]]


# -- a table cell restated in the text ---------------------------------------------------------
_CELLS = (
    "Kết quả kết nạp đảng viên năm 2024 theo khối:\n\n"
    "Khối\tKết nạp\tNữ\tNgười dân tộc thiểu số\n"
    "Huyện, thị xã, thành phố\t7.252\t3.561\t1.418\n"
    "Cơ quan tỉnh\t827\t343\t51\n"
    "Toàn tỉnh\t8.079\t3.904\t1.469\n\n"
    + _FILLER
    + "Trong số đảng viên mới, người dân tộc thiểu số {n} người, chủ yếu ở các huyện miền núi."
)


def test_table_cell_restated_in_the_text_agrees() -> None:
    got = [c for c in _checks(_CELLS.format(n="1.469"), "repeat") if c.figures == [1469, 1469]]
    assert got and got[0].verdict == "consistent"
    assert "người dân tộc thiểu số (table)" in got[0].why


def test_table_cell_and_text_of_other_values_are_no_repeat_fit() -> None:
    got = [c for c in _checks(_CELLS.format(n="1.496"), "repeat") if c.verdict == "consistent"]
    assert not [c for c in got if 1496 in c.figures]


# -- a balance whose level reached was stated before the movements -----------------------------
_BALANCE = (
    "Toàn tỉnh có {end} hội viên cựu chiến binh. "
    + _FILLER
    + "Biến động hội viên trong năm: đầu năm có 21.417 hội viên; kết nạp mới 912 hội viên; giảm "
    "387 hội viên từ trần và 96 hội viên chuyển sinh hoạt ra ngoài tỉnh."
)


def test_balance_reaches_the_level_stated_before() -> None:
    got = [c for c in _checks(_BALANCE.format(end="21.846"), "change") if 21417 in c.figures]
    assert [(c.figures, c.verdict) for c in got] == [([21417, 912, 387, 96, 21846], "consistent")]


def test_balance_that_reaches_no_stated_level_is_silent() -> None:
    assert not [c for c in _checks(_BALANCE.format(end="21.864"), "change") if 21417 in c.figures]


# -- the movements of a year listed after the change they make -----------------------------------
_MOVES = (
    "Tính đến ngày 31/12/2024, toàn Đảng bộ có 64.311 đảng viên, tăng 1.404 đảng viên so với cuối "
    "năm 2023. Biến động trong năm như sau: tăng do kết nạp mới 2.086 đảng viên và tiếp nhận 171 "
    "đảng viên từ tỉnh khác chuyển đến; giảm do từ trần 412 đồng chí, xóa tên 97 đồng chí, khai "
    "trừ 29 đồng chí, chuyển sinh hoạt ra ngoài tỉnh {last} đồng chí."
)


def test_movements_make_the_change_stated_before() -> None:
    got = [c for c in _checks(_MOVES.format(last=315), "change") if 2086 in c.figures]
    assert [(c.figures, c.verdict) for c in got] == [
        ([2086, 171, 412, 97, 29, 315, 1404], "consistent")
    ]


def test_movements_that_make_another_change_are_silent() -> None:
    assert not [c for c in _checks(_MOVES.format(last=351), "change") if 2086 in c.figures]


# -- a table's share column over its total row ----------------------------------------------------
_STRUCTURE = (
    "Giá trị sản xuất và cơ cấu các ngành năm 2024:\n\n"
    "Ngành\tNăm 2023 (tỷ đồng)\tNăm 2024 (tỷ đồng)\tCơ cấu năm 2024 (%)\n"
    "Nông, lâm nghiệp và thủy sản\t136,02\t142,36\t{first}\n"
    "Công nghiệp - xây dựng\t189,43\t208,14\t38,7\n"
    "Thương mại - dịch vụ\t171,20\t186,75\t34,8\n"
    "Tổng cộng\t496,65\t537,25\t100\n"
)


def test_share_column_over_the_total_row() -> None:
    got = [c for c in _checks(_STRUCTURE.format(first="26,5"), "share") if "total row" in c.why]
    assert sorted(c.figures[2] for c in got) == [26.5, 34.8, 38.7]
    assert all(c.verdict == "consistent" for c in got)


def test_share_column_with_a_row_that_misses_is_silent() -> None:
    got = [c for c in _checks(_STRUCTURE.format(first="28,5"), "share") if "total row" in c.why]
    assert got == []


_GROWTH = (
    "Giá trị sản xuất các ngành:\n\n"
    "Ngành\tNăm 2023 (tỷ đồng)\tNăm 2024 (tỷ đồng)\tTăng so với năm 2023 (%)\n"
    "Nông, lâm nghiệp và thủy sản\t136,02\t142,36\t{first}\n"
    "Công nghiệp - xây dựng\t189,43\t208,14\t9,9\n"
    "Thương mại - dịch vụ\t171,20\t186,75\t9,1\n"
    "Tổng cộng\t496,65\t537,25\t8,2\n"
)


def test_growth_column_of_two_year_columns() -> None:
    got = [c for c in _checks(_GROWTH.format(first="4,7"), "change") if "levels found" in c.why]
    assert sorted(c.figures[2] for c in got) == [4.7, 8.2, 9.1, 9.9]


def test_growth_column_with_a_row_that_misses_is_silent() -> None:
    got = [c for c in _checks(_GROWTH.format(first="5,7"), "change") if "levels found" in c.why]
    assert got == []


# -- a total named by "tổng" and its own words, after its parts ----------------------------------
@pytest.mark.parametrize(("total", "told"), [("3.742,8", True), ("3.752,8", False)])
def test_total_named_by_its_words_after_its_parts(total: str, told: bool) -> None:
    text = (
        "Diện tích lúa cả năm 512,6 ha, năng suất bình quân 56,8 tạ/ha, sản lượng 2.911,6 tấn; "
        f"sản lượng ngô 831,2 tấn. Tổng sản lượng lương thực có hạt đạt {total} tấn."
    )
    got = [c for c in _checks(text, "part_whole") if 2911.6 in c.figures]
    assert [(c.figures, c.verdict) for c in got] == (
        [([3742.8, 2911.6, 831.2], "consistent")] if told else []
    )


def test_total_named_by_its_words_leaves_bracketed_plans_out() -> None:
    text = (
        "Thu kinh phí công đoàn đạt 148,26 tỷ đồng, bằng 104,1% dự toán (142,42 tỷ đồng); thu đoàn "
        "phí công đoàn 31,57 tỷ đồng; tổng thu tài chính công đoàn năm 2024 là 179,83 tỷ đồng."
    )
    got = [c for c in _checks(text, "part_whole") if c.figures[0] == 179.83e9]
    assert [c.figures[1:] for c in got] == [[148.26e9, 31.57e9]]


@pytest.mark.parametrize(("pct", "told"), [("74,0%", True), ("75,0%", False)])
def test_share_of_a_whole_opening_its_sentence(pct: str, told: bool) -> None:
    text = (
        "Năm 2024 có 1.284 công đoàn cơ sở. Trong tổng số 442 công đoàn cơ sở ở khu vực ngoài "
        f"nhà nước, đã có 327 đơn vị ký kết thỏa ước lao động tập thể, chiếm {pct}."
    )
    got = [c for c in _checks(text, "share") if 327 in c.figures]
    assert [(c.figures[:2], c.verdict) for c in got] == (
        [([327, 442], "consistent")] if told else []
    )
