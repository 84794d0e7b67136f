"""Checker readings added in the sixteenth session. Every passage is ours.

The grades of those a fraction counts: "Có 46/48 tổ chức cơ sở đảng được đánh giá, … Kết quả:"
then the grades, as bullets, after "trong đó" or after a colon. The grades break down the
numerator (those rated), so their sum is checked against it and their shares take it as their
whole - or the denominator, when every share is of all there are (8/55 = 14,5%). One share out
of three or more that misses the whole the others fit is a slip the checker reports; shares
that fit neither whole are told, never alarmed. A later grade is never the whole of the next.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _checks(text: str, kind: str | None = None) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if kind is None or c.kind == kind]


def _has(checks: list[Check], kind: str, verdict: str, figures: list[float]) -> bool:
    return any(c.kind == kind and c.verdict == verdict and c.figures == figures for c in checks)


BULLETS = (
    "Năm 2024 có {head} chi bộ trực thuộc được đánh giá, xếp loại chất lượng (2 chi bộ mới thành"
    " lập chưa đủ thời gian). Kết quả:\n"
    "- Hoàn thành xuất sắc nhiệm vụ: 6 ({a}%);\n"
    "- Hoàn thành tốt nhiệm vụ: 27 ({b}%);\n"
    "- Hoàn thành nhiệm vụ: 3 ({c}%);\n"
    "- Không hoàn thành nhiệm vụ: 1 ({d}%).\n"
)


@pytest.mark.parametrize("head", ["37/39", "37"])
def test_bullet_grades_under_those_rated_add_up_and_take_their_shares(head: str) -> None:
    got = _checks(BULLETS.format(head=head, a="16,2", b="73,0", c="8,1", d="2,7"))
    assert _has(got, "part_whole", "consistent", [37, 6, 27, 3, 1])
    for part, pct in ((6, 16.2), (27, 73.0), (3, 8.1), (1, 2.7)):
        assert _has(got, "share", "consistent", [part, 37, pct])
    assert not [c for c in got if c.verdict == "inconsistent"]


@pytest.mark.parametrize("head", ["37/39", "37"])
def test_one_wrong_grade_share_under_those_rated_is_reported(head: str) -> None:
    # 3/37 = 8,1%, not 9,1%; the other three fit, so the four sum past 100 by a slip only
    got = _checks(BULLETS.format(head=head, a="16,2", b="73,0", c="9,1", d="2,7"))
    bad = [c for c in got if c.verdict == "inconsistent"]
    assert [c.figures for c in bad] == [[3, 37, 9.1]]
    assert "8.11%" in bad[0].why


INLINE = [
    "Có 46/48 tổ chức cơ sở đảng được đánh giá (2 tổ chức mới thành lập chưa đánh giá), trong đó"
    " hoàn thành xuất sắc nhiệm vụ 9 ({a}%), hoàn thành tốt nhiệm vụ 33 ({b}%), hoàn thành nhiệm"
    " vụ 4 ({c}%).",
    "Kết quả kiểm điểm 46/48 tổ chức cơ sở đảng: hoàn thành xuất sắc nhiệm vụ 9 ({a}%), hoàn thành"
    " tốt nhiệm vụ 33 ({b}%), hoàn thành nhiệm vụ 4 ({c}%).",
    "Năm 2023, 46/48 tổ chức cơ sở đảng hoàn thành đánh giá: xuất sắc 9, chiếm {a}%; tốt 33, chiếm"
    " {b}%; hoàn thành nhiệm vụ 4, chiếm {c}%.",
    "Toàn huyện có 46/48 xã có hội người cao tuổi, trong đó 9 xã ({a}%) đạt loại xuất sắc, 33 xã"
    " ({b}%) đạt loại tốt, 4 xã ({c}%) đạt loại khá.",
]


@pytest.mark.parametrize("text", INLINE)
def test_inline_grades_of_a_fraction_break_down_its_numerator(text: str) -> None:
    got = _checks(text.format(a="19,6", b="71,7", c="8,7"))
    assert _has(got, "part_whole", "consistent", [46, 9, 33, 4])
    for part, pct in ((9, 19.6), (33, 71.7), (4, 8.7)):
        assert _has(got, "share", "consistent", [part, 46, pct])
    # no grade is taken as the whole of the next one ("4/33 (total 33) …")
    assert not [c for c in got if c.kind == "share" and c.figures[1] in (9, 33)]
    assert not [c for c in got if c.verdict == "inconsistent"]


@pytest.mark.parametrize("text", INLINE[:2])
def test_a_slipped_inline_grade_share_is_reported(text: str) -> None:
    got = _checks(text.format(a="19,6", b="71,7", c="8,9"))  # 4/46 = 8,7%
    assert [c.figures for c in got if c.verdict == "inconsistent"] == [[4, 46, 8.9]]


def test_grade_shares_of_all_there_are_take_the_denominator() -> None:
    text = (
        "Năm 2024 có 52/55 chi bộ được đánh giá, xếp loại, trong đó hoàn thành xuất sắc nhiệm vụ"
        " 8 chi bộ (chiếm 14,5%), hoàn thành tốt nhiệm vụ 40 chi bộ (72,7%), hoàn thành nhiệm vụ"
        " 4 chi bộ (7,3%)."
    )
    got = _checks(text)
    assert _has(got, "part_whole", "consistent", [52, 8, 40, 4])
    for part, pct in ((8, 14.5), (40, 72.7), (4, 7.3)):
        assert _has(got, "share", "consistent", [part, 55, pct])
    assert not [c for c in got if c.verdict == "inconsistent"]


def test_grade_shares_that_fit_neither_whole_are_not_alarms() -> None:
    # 8/52 = 15,4%, 8/55 = 14,5%; 40/52 = 76,9%, 40/55 = 72,7%: 14,5% and 76,9% take one each
    text = (
        "Năm 2024 có 52/55 chi bộ được đánh giá, xếp loại, trong đó hoàn thành xuất sắc nhiệm vụ"
        " 8 chi bộ (chiếm 14,5%), hoàn thành tốt nhiệm vụ 40 chi bộ (76,9%), hoàn thành nhiệm vụ"
        " 4 chi bộ (6,1%)."
    )
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


def test_grades_that_do_not_add_up_to_those_rated_are_no_breakdown_of_them() -> None:
    text = (
        "Có 46/48 tổ chức cơ sở đảng được đánh giá, trong đó hoàn thành xuất sắc nhiệm vụ 9,"
        " hoàn thành tốt nhiệm vụ 30, hoàn thành nhiệm vụ 4."
    )
    assert not [c for c in _checks(text, "part_whole") if 46 in c.figures[:1]]
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


def test_a_change_after_a_fraction_is_no_item_of_it() -> None:
    text = (
        "Có 46/48 xã đạt chuẩn nông thôn mới, tăng 4 xã so với năm 2022, 42 xã đạt chuẩn trước đó."
    )
    assert not [c for c in _checks(text, "part_whole") if c.figures[:1] == [46]]


def test_settled_cases_are_split_by_outcome_after_a_fraction() -> None:
    text = (
        "Ủy ban Kiểm tra các cấp nhận 57 đơn tố cáo, trong đó 44 đơn thuộc thẩm quyền. Đã giải"
        " quyết 40/44 đơn, đạt 90,9%; qua giải quyết có 11 đơn tố cáo đúng, 17 đơn đúng một phần,"
        " 12 đơn tố cáo sai."
    )
    got = _checks(text, "part_whole")
    assert _has(got, "part_whole", "consistent", [40, 11, 17, 12])


# -- GRIM: a share of a small body named back after ";", scoped by "trong N … có", or the
# subject of "do …" after "trong đó" ---------------------------------------------------------------
GRIM = [
    # (passage, base, percent, consistent?)
    (
        "Năm học mới tuyển dụng 24 giáo viên; 70,8% số giáo viên mới là người dân tộc thiểu số.",
        24,
        70.8,
        True,
    ),
    (
        "Năm học mới tuyển dụng 24 giáo viên; 71,8% số giáo viên mới là người dân tộc thiểu số.",
        24,
        71.8,
        False,
    ),
    (
        "Trong 24 bí thư chi bộ thôn được kiện toàn mới có 62,5% là người dân tộc thiểu số.",
        24,
        62.5,
        True,
    ),
    (
        "Trong 24 bí thư chi bộ thôn được kiện toàn có 63,5% là người dân tộc thiểu số.",
        24,
        63.5,
        False,
    ),
    (
        "Hội thành lập 17 tổ hợp tác chăn nuôi, trong đó 35,5% do hội viên trẻ làm tổ trưởng.",
        17,
        35.5,
        False,
    ),
    (
        "Hội thành lập 17 tổ hợp tác chăn nuôi, trong đó 35,3% do hội viên trẻ làm tổ trưởng.",
        17,
        35.3,
        True,
    ),
]


@pytest.mark.parametrize(("text", "base", "pct", "fits"), GRIM)
def test_grim_reads_more_ways_of_naming_the_base(
    text: str, base: int, pct: float, fits: bool
) -> None:
    got = [c for c in _checks(text, "granularity") if c.figures == [base, pct]]
    assert [c.verdict for c in got] == ["consistent" if fits else "inconsistent"]


@pytest.mark.parametrize(
    "text",
    [
        # two counts of the noun before the ";": the percent may be of both (16/75 = 21,3%)
        "Kiểm tra 30 tổ chức đảng, giám sát 45 tổ chức đảng; 21,3% số tổ chức đảng được kiểm tra,"
        " giám sát có khuyết điểm.",
        # another noun after "số": not a share of the communes
        "Huyện có 24 xã; 62,7% số hộ dân có nước sạch.",
    ],
)
def test_grim_stays_silent_when_the_base_is_not_named_back(text: str) -> None:
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


# -- part_whole: a bracket whose ";" items carry commas in their labels; badges by years ----------
def test_semicolon_items_may_hold_commas_in_their_labels() -> None:
    text = (
        "Thu ngân sách trên địa bàn đạt 41,27 tỷ đồng (thu thuế, phí 18,64 tỷ đồng; thu tiền sử"
        " dụng đất 15,3 tỷ đồng; thu khác 7,53 tỷ đồng)."
    )
    got = _checks(text, "part_whole")
    assert [c.verdict for c in got] == ["inconsistent"]  # 18,64 + 15,3 + 7,53 = 41,47
    assert "41.47" in got[0].why


def test_semicolon_items_with_an_unnumbered_item_stay_a_fit_only() -> None:
    text = (
        "Toàn tỉnh có 1.250 đảng viên (nông thôn, miền núi 800 đảng viên; đô thị 400 đảng viên;"
        " khu công nghiệp, doanh nghiệp)."
    )
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


@pytest.mark.parametrize(
    ("total", "verdict"), [(216, "consistent"), (214, "inconsistent"), (218, "inconsistent")]
)
def test_badges_by_years_of_membership_partition_those_awarded(total: int, verdict: str) -> None:
    text = (
        f"Trao Huy hiệu Đảng cho {total} đảng viên (Huy hiệu 30 năm: 96; 40 năm: 61; 45 năm: 32;"
        " 50 năm: 18; từ 55 năm trở lên: 9)."
    )
    got = _checks(text, "part_whole")
    assert [(c.verdict, c.figures) for c in got] == [(verdict, [total, 96, 61, 32, 18, 9])]


def test_badge_items_with_the_words_tuoi_dang() -> None:
    text = (
        "Đã trao tặng Huy hiệu Đảng cho 87 đồng chí (30 năm tuổi đảng 41, 40 năm tuổi đảng 30,"
        " 50 năm tuổi đảng 16)."
    )
    assert _has(_checks(text, "part_whole"), "part_whole", "consistent", [87, 41, 30, 16])


# -- target: "hỗ trợ có mục tiêu" (targeted funds) names no target ---------------------------------
def test_targeted_funds_are_no_target() -> None:
    text = (
        "Tổng vốn đầu tư công được giao năm 2023 là 186,4 tỷ đồng, gồm:\n"
        "- Vốn cân đối ngân sách địa phương: 52,8 tỷ đồng;\n"
        "- Vốn các chương trình mục tiêu quốc gia: 109,2 tỷ đồng;\n"
        "- Vốn ngân sách trung ương hỗ trợ có mục tiêu: 24,4 tỷ đồng.\n"
        "Đến ngày 30/11/2023 đã giải ngân 158,6 tỷ đồng, đạt 85,1%."
    )
    got = _checks(text)
    assert not [c for c in got if c.verdict == "inconsistent"]
    assert _has(
        got, "part_whole", "consistent", [186400000000, 52800000000, 109200000000, 24400000000]
    )


# -- target: a count and its plan may name the thing with and without its classifier -------------
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Hội vận động xây dựng 48 căn nhà, vượt 6,7% chỉ tiêu (45 nhà).", "consistent"),
        ("Hội xây dựng 48 căn nhà, đạt 104,7% kế hoạch (45 nhà).", "inconsistent"),
        ("Năm 2024 xây mới 40 ngôi nhà văn hóa, đạt 80% kế hoạch (50 nhà văn hóa).", "consistent"),
        ("Năm 2024 sửa chữa 40 căn nhà ở, đạt 82% kế hoạch (50 nhà ở).", "inconsistent"),
    ],
)
def test_a_classifier_does_not_split_a_count_from_its_plan(text: str, verdict: str) -> None:
    assert [c.verdict for c in _checks(text, "target")] == [verdict]


# -- a membership's balance over sentences: start, entries and exits, end --------------------------
BALANCE = (
    "Đầu năm 2024, Đảng bộ có 851 đảng viên. Trong năm, kết nạp 29 đảng viên, tiếp nhận 19 đảng"
    " viên chuyển đến; chuyển đi 23 đảng viên, từ trần 11 đảng viên. Đến ngày 30/11/2024, toàn"
    " Đảng bộ có {end} đảng viên.{tail}"
)


def test_a_balance_that_holds_is_confirmed_and_no_restatement() -> None:
    got = _checks(BALANCE.format(end=865, tail=""))
    assert _has(got, "change", "consistent", [851, 29, 19, 23, 11, 865])
    # the end count is the start moved on, not the start restated
    assert not [c for c in got if c.kind == "repeat"]


def test_a_balance_that_does_not_hold_is_reported() -> None:
    got = _checks(BALANCE.format(end=866, tail=""))
    bad = [c for c in got if c.verdict == "inconsistent"]
    assert [(c.kind, c.figures) for c in bad] == [("change", [851, 29, 19, 23, 11, 866])]
    assert "= 865" in bad[0].why


@pytest.mark.parametrize(
    "tail",
    [
        " Ngoài ra, Đảng bộ tiếp nhận 1 đảng viên từ lực lượng vũ trang.",  # more movements after
        " Số tăng thêm còn do 1 đảng viên được phục hồi sinh hoạt.",
    ],
)
def test_a_balance_with_movements_told_after_it_is_no_alarm(tail: str) -> None:
    got = _checks(BALANCE.format(end=866, tail=tail))
    assert not [c for c in got if c.verdict == "inconsistent"]


def test_movements_of_a_quarter_are_no_balance_of_the_year() -> None:
    text = BALANCE.format(end=866, tail="").replace("Trong năm,", "Trong quý IV,")
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


def test_a_subset_after_the_balance_is_not_its_end() -> None:
    text = (
        "Đầu năm, toàn tỉnh có 17.191 hội viên. Trong năm kết nạp mới 683 hội viên, giảm 512"
        " hội viên. Trong tổng số hội viên có 9.418 đảng viên."
    )
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


# -- a rate's change in points against the start of the term, the rate named again after ";" ------
@pytest.mark.parametrize(("points", "verdict"), [("5,3", "consistent"), ("5,8", "inconsistent")])
def test_a_rate_named_again_after_a_semicolon_changes_by_points(points: str, verdict: str) -> None:
    text = (
        "Đầu nhiệm kỳ, huyện có 612 hộ nghèo, chiếm 9,6% tổng số hộ. Đến cuối năm 2024, số hộ"
        f" nghèo còn 281 hộ, chiếm 4,3% số hộ toàn huyện; tỷ lệ hộ nghèo giảm {points} điểm phần"
        " trăm so với đầu nhiệm kỳ."
    )
    got = [c for c in _checks(text, "change") if c.figures[:2] == [9.6, 4.3]]
    assert [c.verdict for c in got] == [verdict]


# -- repeat: a fraction right after the count it divides, in the same words (a fit) ---------------
def test_a_fraction_restates_the_count_just_before_it() -> None:
    text = (
        "Đầu nhiệm kỳ, huyện mới có 8 xã đạt chuẩn nông thôn mới; đến tháng 10/2024 đã tăng lên"
        " 15 xã. Như vậy, 15/21 xã đã đạt chuẩn, chiếm 71,4% tổng số xã."
    )
    assert _has(_checks(text, "repeat"), "repeat", "consistent", [15, 15])


def test_a_fraction_of_other_words_restates_nothing() -> None:
    text = (
        "Năm 2024, huyện có thêm 3 xã đạt chuẩn, nâng số xã đạt chuẩn lên 15 xã. Đến nay, 15/21"
        " xã có trạm y tế đạt chuẩn quốc gia."
    )
    assert not [c for c in _checks(text, "repeat") if c.figures == [15, 15]]


# -- from the review of these rules: look-alikes that must stay silent -----------------------------
QUIET = [
    # a half-year's movements are no balance of the year
    "Đầu năm 2024, Đảng bộ có 640 đảng viên. 6 tháng đầu năm, kết nạp 9 đảng viên, tiếp nhận 4"
    " đảng viên chuyển đến; chuyển đi 6 đảng viên, từ trần 2 đảng viên. Hiện nay, Đảng bộ có 651"
    " đảng viên.",
    # the end counts a part of the members, or another body
    "Đầu năm 2024, Đảng bộ có 640 đảng viên. Trong năm, kết nạp 21 đảng viên, tiếp nhận 8 đảng"
    " viên chuyển đến; chuyển đi 10 đảng viên, từ trần 5 đảng viên. Cuối năm, Đảng bộ có 612 đảng"
    " viên chính thức và 42 đảng viên dự bị.",
    "Đầu năm 2024, Đảng bộ xã có 640 đảng viên. Riêng Chi bộ thôn Nà Pồng, trong năm kết nạp 3"
    " đảng viên, tiếp nhận 2 đảng viên chuyển đến; chuyển đi 1 đảng viên, từ trần 1 đảng viên."
    " Hiện nay, Chi bộ thôn Nà Pồng có 37 đảng viên.",
    "Đầu năm 2024, Đảng bộ có 640 đảng viên. Trong năm, kết nạp 21 đảng viên, tiếp nhận 8 đảng"
    " viên chuyển đến; chuyển đi 10 đảng viên, từ trần 5 đảng viên. Tổng số đảng viên được tặng"
    " Huy hiệu Đảng trong năm là 37 đảng viên.",
    # movements of another year, or an exit told after the end
    "Đầu năm 2024, Đảng bộ có 640 đảng viên. Năm 2023, kết nạp 18 đảng viên, tiếp nhận 6 đảng"
    " viên chuyển đến; chuyển đi 9 đảng viên, từ trần 4 đảng viên. Đến ngày 30/11/2024, toàn Đảng"
    " bộ có 654 đảng viên.",
    "Đầu năm 2024, Đảng bộ có 640 đảng viên. Trong năm, kết nạp 21 đảng viên, tiếp nhận 8 đảng"
    " viên chuyển đến; chuyển đi 10 đảng viên, từ trần 5 đảng viên. Đến ngày 30/11/2024, toàn Đảng"
    " bộ có 652 đảng viên. Có 2 trường hợp bị đưa ra khỏi Đảng.",
    # badges given with other awards, or recipients counted another way
    "Tỉnh ủy trao Huy hiệu Đảng và Kỷ niệm chương các ngành cho 230 đồng chí (Huy hiệu 30 năm: 96;"
    " 40 năm: 61; 50 năm: 20).",
    "Nhân dịp trao Huy hiệu Đảng, Huyện ủy thăm hỏi 230 đảng viên cao tuổi (Huy hiệu 30 năm: 96;"
    " 40 năm: 61; 50 năm: 20).",
    # a bracket item after ";" that is a subset of another
    "Thu ngân sách đạt 8,65 tỷ đồng (thu thuế, phí, lệ phí 3,2 tỷ đồng; thu bổ sung từ ngân sách"
    " cấp trên 5,45 tỷ đồng; riêng thu phí, lệ phí 0,6 tỷ đồng).",
    # a percent after two coordinated bodies may be of both (8/23 = 34,8%)
    "Hội hỗ trợ thành lập 17 tổ hợp tác và 6 hợp tác xã nông nghiệp, trong đó 34,8% do hội viên"
    " phụ nữ làm chủ nhiệm.",
    "Toàn huyện có 120 hợp tác xã và 46 tổ hợp tác, trong đó 38% do nữ làm chủ nhiệm.",
    # a percent of another counted noun
    "Trong 24 xã vùng cao có 27,3% là hộ nghèo.",
]


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_of_the_new_rules_draw_no_alarm(text: str) -> None:
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


def test_badges_given_in_rounds_partition_those_awarded() -> None:
    text = (
        "Trao Huy hiệu Đảng đợt 3/2 và 7/11 cho 214 đảng viên (Huy hiệu 30 năm: 96; 40 năm: 61;"
        " 45 năm: 32; 50 năm: 18; từ 55 năm trở lên: 9)."
    )
    got = _checks(text, "part_whole")
    assert [(c.verdict, c.figures) for c in got] == [("inconsistent", [214, 96, 61, 32, 18, 9])]


def test_a_percent_of_one_of_two_bodies_of_different_kinds_is_still_read() -> None:
    # 2 tổ chức đảng and 19 đảng viên: the percent names the members; k/21 does not fit either
    text = (
        "Các đơn đã giải quyết liên quan đến 2 tổ chức đảng và 19 đảng viên bị tố cáo, trong đó"
        " đảng viên là cấp ủy viên chiếm 34,5%."
    )
    assert [c.figures for c in _checks(text, "granularity") if c.verdict == "inconsistent"] == [
        [19, 34.5]
    ]


def test_a_grade_share_that_neither_whole_gives_is_reported() -> None:
    # 165/1.180 = 14,0%, 118/1.180 = 10%, 7/1.180 = 0,6% (and 118/1.215, 7/1.215 fit too), but
    # 890 is 75,4% of 1.180 and 73,3% of 1.215: 74,5% is wrong whichever whole is meant
    text = (
        "Toàn Đảng bộ có 1.180/1.215 đảng viên được đánh giá, xếp loại, trong đó hoàn thành xuất"
        " sắc nhiệm vụ 165 đồng chí (14,0%), hoàn thành tốt nhiệm vụ 890 đồng chí (74,5%), hoàn"
        " thành nhiệm vụ 118 đồng chí (10%), không hoàn thành nhiệm vụ 7 đồng chí (0,6%)."
    )
    bad = [c for c in _checks(text) if c.verdict == "inconsistent"]
    assert [c.figures for c in bad] == [[890, 1180, 74.5]]
    assert "1215" in bad[0].why


@pytest.mark.parametrize(
    ("text", "figures", "verdict"),
    [
        (
            "Năm 2024, Đảng bộ kết nạp 37 đảng viên mới; 55,4% số đảng viên mới là nữ.",
            [37, 55.4],
            "inconsistent",
        ),
        (
            "Năm 2024, Đảng bộ kết nạp 37 đảng viên mới; 54,1% số đảng viên mới là nữ.",
            [37, 54.1],
            "consistent",
        ),
        (
            "Huyện tuyển dụng 32 công chức cấp xã; 40,2% số công chức mới có trình độ thạc sĩ.",
            [32, 40.2],
            "inconsistent",
        ),
    ],
)
def test_grim_base_whose_noun_runs_on_before_the_semicolon(
    text: str, figures: list[float], verdict: str
) -> None:
    assert [c.verdict for c in _checks(text, "granularity") if c.figures == figures] == [verdict]


def test_grim_after_a_semicolon_stays_silent_when_a_larger_count_came_just_before() -> None:
    text = (
        "Năm 2024, Ban Thường vụ giám sát chuyên đề 14 tổ chức đảng. Qua giám sát, 9 tổ chức đảng"
        " thực hiện tốt; 35,7% số tổ chức đảng được giám sát còn hạn chế."
    )
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


# -- from the second review: look-alikes that must stay silent --------------------------------------
QUIET_2 = [
    # members on a temporary move and files in progress are no movements of the count
    "Đầu năm 2024, Đảng bộ có 430 đảng viên. Trong năm, kết nạp 12 đảng viên, tiếp nhận 7 đảng"
    " viên chuyển đến; chuyển đi 8 đảng viên, từ trần 3 đồng chí; ngoài ra tiếp nhận 10 đảng viên"
    " đến sinh hoạt tạm thời. Đến cuối năm, Đảng bộ có 438 đảng viên.",
    "Đầu năm 2024, Đảng bộ có 430 đảng viên. Trong năm, kết nạp 12 đảng viên, tiếp nhận 7 đảng"
    " viên chuyển đến; chuyển đi 8 đảng viên, từ trần 3 đồng chí; đang hoàn thiện hồ sơ đề nghị kết"
    " nạp 4 quần chúng. Đến cuối năm, Đảng bộ có 438 đảng viên.",
    # the rate after ";" is another one than the two levels', or a yearly average
    "Đầu nhiệm kỳ, đảng viên nữ chiếm 28,4%. Đến nay, toàn Đảng bộ có 318 đảng viên nữ, chiếm"
    " 31,9%; tỷ lệ đảng viên trẻ tăng 1,7 điểm phần trăm so với đầu nhiệm kỳ.",
    "Đầu nhiệm kỳ, tỷ lệ hộ nghèo là 10,4%. Đến nay, hộ nghèo còn 298 hộ, chiếm 3,2% số hộ; tỷ lệ"
    " hộ nghèo bình quân giảm 1,8 điểm phần trăm/năm so với đầu nhiệm kỳ.",
    # after ";", the percent names another year, the whole term, or a wider body
    "Năm 2024, huyện tuyển dụng 24 giáo viên; năm 2023, 70,6% số giáo viên được tuyển dụng là nữ.",
    "Đợt này, Đảng ủy công nhận 28 đảng viên chính thức; 46,6% số đảng viên được công nhận trong"
    " nhiệm kỳ là nữ.",
    # each item's completion rate, not its share of the whole
    "Giải ngân 24,6 tỷ đồng vốn đầu tư công (vốn ngân sách tỉnh, huyện 16,4 tỷ đồng, đạt 91%; vốn"
    " ngân sách xã 8,2 tỷ đồng, đạt 87%).",
]


@pytest.mark.parametrize("text", QUIET_2)
def test_second_review_look_alikes_draw_no_alarm(text: str) -> None:
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


def test_a_dated_share_of_a_body_with_no_year_is_still_read() -> None:
    text = (
        "Khối dân vận hiện có 23 cơ quan thành viên; đến ngày 15/6/2025, có 56,2% số cơ quan đã ký"
        " kết chương trình phối hợp giai đoạn mới."
    )
    assert [c.figures for c in _checks(text, "granularity") if c.verdict == "inconsistent"] == [
        [23, 56.2]
    ]


def test_a_rate_named_by_a_grade_label_takes_that_grade_as_its_part() -> None:
    text = (
        "Năm 2024, có 8.214 đảng viên được đánh giá, xếp loại: hoàn thành xuất sắc nhiệm vụ 1.190"
        " đồng chí; hoàn thành tốt nhiệm vụ 6.571 đồng chí; hoàn thành nhiệm vụ 425 đồng chí; không"
        " hoàn thành nhiệm vụ 28 đồng chí. Tỷ lệ đảng viên không hoàn thành nhiệm vụ là 0,34%."
    )
    assert _has(_checks(text, "share"), "share", "consistent", [28, 8214, 0.34])


@pytest.mark.parametrize(
    "movements",
    [
        "Trong năm, kết nạp 29, chuyển đến 19; chuyển đi 23, từ trần 11.",  # bare numbers
        "Trong năm, Đảng bộ kết nạp 29 đảng viên; có 19 đảng viên chuyển đến, 23 chuyển đi, 11 từ trần.",
        "Trong năm, kết nạp 29 đảng viên mới (trong đó 12 đồng chí là đoàn viên), tiếp nhận 19 đảng"
        " viên chuyển đến; chuyển đi 23 đảng viên, từ trần 11 đồng chí.",
    ],
)
@pytest.mark.parametrize(("end", "verdict"), [(865, "consistent"), (866, "inconsistent")])
def test_a_balance_reads_bare_and_verb_after_movements(
    movements: str, end: int, verdict: str
) -> None:
    text = (
        f"Đầu năm 2024, Đảng bộ có 851 đảng viên. {movements} Đến ngày 30/11/2024, toàn Đảng bộ có"
        f" {end} đảng viên."
    )
    got = [c for c in _checks(text, "change") if c.figures[:1] == [851] and c.figures[-1] == end]
    assert [(c.verdict, c.figures) for c in got] == [(verdict, [851, 29, 19, 23, 11, end])]


def test_a_stated_net_change_is_still_checked_beside_the_balance() -> None:
    text = (
        "Đầu năm, Đảng bộ có 3.120 đảng viên; trong năm kết nạp 96, tiếp nhận chuyển đến 31, từ"
        " trần 24, chuyển đi 19. Đến ngày 30/11/2024, toàn Đảng bộ có 3.204 đảng viên, tăng 94 đảng"
        " viên so với đầu năm."
    )
    got = _checks(text, "change")
    assert _has(got, "change", "consistent", [3120, 96, 31, 24, 19, 3204])
    assert _has(got, "change", "inconsistent", [3120, 3204, 94])  # 3.204 - 3.120 = 84


def test_a_longer_note_after_the_fraction_keeps_the_grades_tied_to_it() -> None:
    text = (
        "Có 52/54 chi bộ được đánh giá, xếp loại (02 tổ chức mới thành lập chưa đủ thời gian đánh"
        " giá theo quy định), trong đó hoàn thành xuất sắc nhiệm vụ 8 (15,4%), hoàn thành tốt nhiệm"
        " vụ 38 (73,1%), hoàn thành nhiệm vụ 6 (11,5%)."
    )
    assert _has(_checks(text, "part_whole"), "part_whole", "consistent", [52, 8, 38, 6])


# -- from the third review (balances): look-alikes that must stay silent ---------------------------
_START = "Đầu năm 2024, Đảng bộ có 640 đảng viên. "
_MOVES = "Trong năm, kết nạp 21 đảng viên, tiếp nhận 8 đảng viên chuyển đến; chuyển đi 10 đảng viên, từ trần 5 đồng chí. "
QUIET_3 = [
    # the end counts a part of the body
    _START
    + _MOVES
    + "Đến nay, các chi bộ khu dân cư có 458 đảng viên; các chi bộ cơ quan có 196 đảng viên.",
    _START + _MOVES + "Hiện nay, chi bộ đông nhất có 72 đảng viên.",
    _START + _MOVES + "Hiện nay, bình quân mỗi chi bộ có 29 đảng viên.",
    # "chuyển sinh hoạt đi" is an exit; a move to another chi bộ inside the body is no movement
    _START
    + "Trong năm, kết nạp 21 đảng viên, tiếp nhận 8 đảng viên chuyển đến; từ trần 5 đồng chí, 10"
    " đảng viên chuyển sinh hoạt đi nơi khác. Đến ngày 30/11/2024, toàn Đảng bộ có 654 đảng viên.",
    _START
    + _MOVES.replace(
        "từ trần 5 đồng chí.", "từ trần 5 đồng chí; 6 đồng chí chuyển sinh hoạt sang chi bộ khác."
    )
    + "Đến ngày 30/11/2024, toàn Đảng bộ có 660 đảng viên.",
    # a breakdown after ":" is not counted twice
    _START
    + "Trong năm, kết nạp 21 đảng viên, tiếp nhận 8 đảng viên chuyển đến; chuyển đi 10 đảng viên,"
    " đưa ra khỏi Đảng 3 đồng chí: xóa tên 2, khai trừ 1. Đến ngày 30/11/2024, toàn Đảng bộ có 656"
    " đảng viên.",
    # a chi bộ's own movements, moves to come, last year's moves
    _START
    + _MOVES
    + "Chi bộ Thôn Đông kết nạp 4 đảng viên, nhiều nhất Đảng bộ. Hiện nay, Đảng bộ có 654 đảng viên.",
    _START
    + _MOVES
    + "Dự kiến kết nạp thêm 6 đảng viên trước khi kết thúc năm. Hiện nay, Đảng bộ có 660 đảng viên.",
    _START
    + "Năm trước, Đảng bộ kết nạp 18 đảng viên, chuyển đến 6, chuyển đi 9, từ trần 4. Hiện nay,"
    " Đảng bộ có 654 đảng viên.",
]


@pytest.mark.parametrize("text", QUIET_3)
def test_third_review_look_alikes_draw_no_alarm(text: str) -> None:
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


def test_an_end_dated_in_words_closes_a_balance() -> None:
    text = _START + _MOVES + "Đến ngày 30 tháng 11 năm 2024, toàn Đảng bộ có 655 đảng viên."
    got = [c for c in _checks(text, "change") if c.figures[:1] == [640]]
    assert [(c.verdict, c.figures) for c in got] == [("inconsistent", [640, 21, 8, 10, 5, 655])]


def test_cap_tren_is_no_demonstrative() -> None:
    # "số xã do cấp trên …": "trên" of "cấp trên" (higher level) does not point back at "5 xã"
    text = "Toàn huyện có 22 xã, trong đó 5 xã khó khăn; 72,7% số xã do cấp trên hỗ trợ vốn."
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


def test_a_balance_whose_end_is_broken_down_after_it() -> None:
    text = (
        _START + _MOVES + "Đến ngày 30/11/2024, toàn Đảng bộ có 655 đảng viên, trong đó 31 đảng"
        " viên dự bị."
    )
    got = [c for c in _checks(text, "change") if c.figures[:1] == [640]]
    assert [(c.verdict, c.figures) for c in got] == [("inconsistent", [640, 21, 8, 10, 5, 655])]


@pytest.mark.parametrize(("points", "verdict"), [("1,2", "consistent"), ("0,8", "inconsistent")])
def test_a_rate_with_its_count_in_brackets_changes_by_points(points: str, verdict: str) -> None:
    text = (
        "Đầu năm, tỷ lệ hộ nghèo của toàn xã là 2,8%. Đến cuối năm 2024, toàn xã còn 65 hộ nghèo,"
        f" chiếm 1,6% số hộ (4.082 hộ); tỷ lệ hộ nghèo giảm {points} điểm phần trăm so với đầu năm."
    )
    got = [c for c in _checks(text, "change") if c.figures[:2] == [2.8, 1.6]]
    assert [c.verdict for c in got] == [verdict]


def test_a_small_count_restated_in_the_same_words_is_a_fit() -> None:
    text = (
        "Toàn huyện còn 9 bản chưa có chi bộ. Huyện ủy chỉ đạo các xã tạo nguồn kết nạp đảng viên."
        " Phấn đấu đến hết nhiệm kỳ thành lập chi bộ ở 9 bản chưa có chi bộ."
    )
    assert _has(_checks(text, "repeat"), "repeat", "consistent", [9, 9])


@pytest.mark.parametrize(
    "text",
    [
        # a span of time is no count; another value said in the same words makes it unclear
        "Sáu tháng đầu năm, xã kết nạp 6 đảng viên. Dự kiến 6 tháng đầu năm 2025 kết nạp 5 đảng viên.",
        "Năm 2023 còn 9 bản chưa có chi bộ. Năm 2024 còn 7 bản chưa có chi bộ. Phấn đấu thành lập"
        " chi bộ ở 7 bản chưa có chi bộ.",
    ],
)
def test_a_small_count_restated_needs_one_value_and_a_count(text: str) -> None:
    assert not [c for c in _checks(text, "repeat") if c.figures in ([6, 6], [7, 7])]


@pytest.mark.parametrize(("end", "verdict"), [(290, "consistent"), (292, "inconsistent")])
def test_a_balance_as_labelled_bullets(end: int, verdict: str) -> None:
    text = (
        "Biến động đảng viên trong năm 2024:\n"
        "- Số đảng viên đầu năm: 275 đồng chí;\n"
        "- Kết nạp mới: 16 đồng chí;\n"
        "- Chuyển đến: 9 đồng chí;\n"
        "- Chuyển đi: 7 đồng chí;\n"
        "- Từ trần: 3 đồng chí;\n"
        f"- Số đảng viên cuối năm: {end} đồng chí (trong đó có 15 đảng viên dự bị).\n"
    )
    got = [c for c in _checks(text, "change") if c.figures[:1] == [275]]
    assert [(c.verdict, c.figures) for c in got] == [(verdict, [275, 16, 9, 7, 3, end])]


@pytest.mark.parametrize(
    "between",
    [
        "Từ đầu nhiệm kỳ đến nay, đã kết nạp 126 đảng viên; hiện Đảng bộ có",  # a term's total
        "Trong số đảng viên chuyển đi, có 8 đồng chí chuyển về nơi cư trú. Đến ngày 30/11/2024, toàn"
        " Đảng bộ có",  # a part of a movement
        "Số đảng viên kết nạp mới có 14 đồng chí là nữ. Đến ngày 30/11/2024, toàn Đảng bộ có",
    ],
)
def test_a_term_total_or_a_part_of_a_movement_is_no_movement(between: str) -> None:
    text = (
        "Đầu năm 2024, Đảng bộ có 851 đảng viên. Trong năm kết nạp 29, chuyển đến 19; chuyển đi 23,"
        f" từ trần 11. {between} 865 đảng viên."
    )
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


@pytest.mark.parametrize(("end", "verdict"), [(584, "consistent"), (598, "inconsistent")])
def test_a_bulleted_balance_passes_over_items_that_move_no_one(end: int, verdict: str) -> None:
    text = (
        "Kết quả công tác đảng viên năm 2024:\n"
        "- Số đảng viên đầu năm: 578 đồng chí;\n"
        "- Kết nạp mới: 18 đồng chí;\n"
        "- Công nhận đảng viên chính thức: 25 đồng chí;\n"
        "- Chuyển đến: 8 đồng chí;\n"
        "- Trao Huy hiệu Đảng cho 23 đồng chí (30 năm: 6; 40 năm: 9; 50 năm: 8);\n"
        "- Chuyển đi: 12 đồng chí;\n"
        "- Miễn công tác và sinh hoạt đảng: 22 đồng chí;\n"
        "- Thi hành kỷ luật: 3 đồng chí (khiển trách 3);\n"
        "- Từ trần: 8 đồng chí;\n"
        f"- Số đảng viên cuối năm: {end} đồng chí.\n"
    )
    got = [c for c in _checks(text, "change") if c.figures[:1] == [578]]
    assert [(c.verdict, c.figures) for c in got] == [(verdict, [578, 18, 8, 12, 8, end])]


def test_an_exit_inside_a_disciplinary_item_ends_the_reading() -> None:
    text = (
        "Đầu năm 2024, Đảng bộ có 851 đảng viên. Trong năm kết nạp 29, chuyển đến 19; chuyển đi 23,"
        " từ trần 11. Thi hành kỷ luật 3 đảng viên, trong đó khai trừ 1 đồng chí. Đến ngày"
        " 30/11/2024, toàn Đảng bộ có 864 đảng viên."
    )
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]


@pytest.mark.parametrize(
    "extra",
    [
        "- Tổng số giảm: 20 đồng chí;\n",  # the decreases above, once more
        "- Giới thiệu quần chúng ưu tú cho Đảng xem xét kết nạp: 33 đồng chí;\n",  # they stay
        "- Đảng bộ xã bạn (để so sánh) kết nạp mới: 21 đồng chí;\n",  # another body
    ],
)
def test_a_bulleted_balance_counts_no_subtotal_referral_or_other_body(extra: str) -> None:
    text = (
        "- Số đảng viên đầu năm: 578 đồng chí;\n- Kết nạp mới: 18 đồng chí;\n- Chuyển đến: 8 đồng"
        " chí;\n- Chuyển đi: 12 đồng chí;\n- Từ trần: 8 đồng chí;\n"
        + extra
        + "- Số đảng viên cuối năm: 584 đồng chí.\n"
    )
    assert not [c for c in _checks(text) if c.verdict == "inconsistent"]
