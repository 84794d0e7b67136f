"""Readings the thirty-ninth session added, on passages written by us, with look-alikes that
must stay silent:

- repeat: a stock referred to as a whole ("toàn bộ", "tất cả", "100% trong số" …) may carry the
  words "của <body>" when that body is the one whose sentence states the stock ("Huyện … có …
  71.540 nhân khẩu" … "Toàn bộ 71.450 nhân khẩu của huyện"), with no other place named between;
  a stock may follow a count of two nouns ("có 16 xã, thị trấn với 71.540 nhân khẩu").
- share: a scope "Trong tổng số N X <words> năm 2022 …, có M …" holds a year in its own words.
- target: a plan beside the done count ("(kế hoạch giao 360 đảng viên)", ", chỉ tiêu giao là …")
  is the base of a rate that names the plan after it ("đạt 114,4% kế hoạch") when no other plan of
  the noun is stated; "hoàn thành"/"tương đương" link the rate too; a term's target stated with
  its period in the sentence before is the base of progress "so far"; what was done may be
  described at length (commas and all) before a bracketed or comma plan, when the rate names the
  one plan of the noun and no subset is opened in between.
- change: a level now counted as people ("tổng số đảng viên là 4.872 đồng chí", "Hội có 19.925
  người") is all the members when its member noun or body names it right before, against an
  earlier stock of members; a level "Đến nay …" is of now, not of a year said in the sentence
  before.
- older readings (review 39a): "đoàn viên công đoàn" is a unit of its own; members "đang sinh
  hoạt tại" some branches are no restatement of all.
"""

from __future__ import annotations

import pytest

from tests.checkhelp import OPTS, alarms, checks_of, told
from vnreport_miner.pipeline import process_text

STOCK = (
    "Huyện Mường Khương có 16 xã, thị trấn với 71.540 nhân khẩu, phần lớn là đồng bào dân tộc "
    "thiểu số. Công tác tuyên truyền về bảo hiểm y tế được các đoàn thể phối hợp thực hiện "
    "thường xuyên. {later}"
)


def test_a_stock_referred_to_as_the_bodys_whole_is_held_to_its_value() -> None:
    bad = STOCK.format(later="Toàn bộ 71.450 nhân khẩu của huyện đã được cấp thẻ bảo hiểm y tế.")
    assert told(checks_of(bad, "repeat"), "repeat", "inconsistent", [71540, 71450])
    same = STOCK.format(later="Toàn bộ 71.540 nhân khẩu của huyện đã được cấp thẻ bảo hiểm y tế.")
    assert not alarms(same)


def test_the_whole_of_a_hoi_referred_to_by_its_name() -> None:
    text = (
        "Hội Cựu chiến binh huyện hiện có 3.752 hội viên, sinh hoạt ở 27 chi hội. Trong năm, Hội "
        "phối hợp tổ chức nhiều hoạt động tri ân. Tất cả 3.725 hội viên của Hội đều tham gia "
        "phong trào thi đua “Cựu chiến binh gương mẫu”."
    )
    assert told(checks_of(text, "repeat"), "repeat", "inconsistent", [3752, 3725])


@pytest.mark.parametrize(
    "text",
    [
        # another body's members, its place named between the two
        "Hội Nông dân xã Phú Lương có 2.146 hội viên.\n2. Hội Nông dân xã Phú Mỹ\nToàn bộ "
        "2.164 hội viên của Hội đã đăng ký danh hiệu hộ sản xuất, kinh doanh giỏi.",
        # the later count is of the province: the stock's sentence names only the district
        "Huyện Bảo Thắng có 14 xã, thị trấn với 108.350 nhân khẩu. Ngành y tế đẩy mạnh cấp "
        "thẻ bảo hiểm y tế. Toàn bộ 108.530 nhân khẩu của tỉnh thuộc diện chính sách đã được "
        "cấp thẻ.",
        # the owner's words go on into a subset
        "Đảng bộ xã Yên Lạc có 15 chi bộ với 512 đảng viên. Đảng ủy chỉ đạo sinh hoạt chi bộ "
        "theo chuyên đề. Toàn bộ 521 đảng viên của Đảng bộ khối cơ quan huyện đã ký cam kết.",
    ],
)
def test_other_wholes_named_by_an_owner_are_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "repeat"]


def test_a_within_scope_may_name_its_year() -> None:
    text = (
        "Trong tổng số 312 đảng viên mới kết nạp năm 2022 của Đảng bộ tỉnh, có 174 đảng viên nữ, "
        "chiếm {pct}. Đảng viên mới có trình độ đại học trở lên chiếm đa số."
    )
    assert told(checks_of(text.format(pct="58,1%"), "share"), "share", "inconsistent",
                [174, 312, 58.1])  # fmt: skip
    assert told(checks_of(text.format(pct="55,8%"), "share"), "share", "consistent",
                [174, 312, 55.8])  # fmt: skip


# -- target: a plan beside the done count, the rate naming the plan after it


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Năm 2024, Đảng bộ huyện kết nạp được 287 đảng viên mới (kế hoạch giao 250 đảng viên), "
         "đạt 118,4% kế hoạch.", [250, 287, 118.4]),
        ("Toàn tỉnh trồng mới 3.120 ha rừng tập trung, chỉ tiêu giao là 3.000 ha, hoàn thành "
         "106,8% chỉ tiêu.", [3000, 3120, 106.8]),
        ("Các xã đã hỗ trợ 418 hộ làm nhà ở (mục tiêu năm 2024 là 450 hộ), tương đương 95,1% "
         "mục tiêu.", [450, 418, 95.1]),
    ],
)
def test_a_plan_beside_its_done_count_is_the_rates_base(text: str, figures: list[float]) -> None:
    assert told(checks_of(text, "target"), "target", "inconsistent", figures)


def test_the_right_rate_beside_its_plan_is_confirmed() -> None:
    text = ("Năm 2024, Đảng bộ huyện kết nạp được 287 đảng viên mới (kế hoạch giao 250 đảng viên), "
            "đạt 114,8% kế hoạch.")  # fmt: skip
    assert told(checks_of(text, "target"), "target", "consistent", [250, 287, 114.8])


def test_a_rate_of_the_years_plan_after_a_quarters_plan_is_silent() -> None:
    text = (
        "Năm 2024, Huyện đoàn phấn đấu kết nạp 1.600 đoàn viên mới. Quý IV đã kết nạp 420 đoàn "
        "viên (kế hoạch quý 400 đoàn viên), đạt 26,3% kế hoạch."
    )
    assert not [a for a in alarms(text) if a[0] == "target"]


# -- target: a term's target stated in the sentence before its progress "so far"

OCOP = (
    "Chương trình mỗi xã một sản phẩm giai đoạn 2021 - 2025 của huyện phấn đấu có {goal} sản "
    "phẩm OCOP đạt từ 3 sao trở lên. Đến nay đã có 52 sản phẩm được công nhận, đạt {pct} mục "
    "tiêu đề ra."
)


def test_a_terms_target_the_sentence_before_is_the_base_of_progress_so_far() -> None:
    assert told(checks_of(OCOP.format(goal=48, pct="118%"), "target"), "target", "inconsistent",
                [48, 52, 118])  # fmt: skip
    assert told(checks_of(OCOP.format(goal=48, pct="108,3%"), "target"), "target", "consistent",
                [48, 52, 108.3])  # fmt: skip


def test_an_annual_target_before_progress_so_far_is_silent() -> None:
    text = (
        "Nghị quyết Đại hội nhiệm kỳ 2020 - 2025 đề ra chỉ tiêu mỗi năm kết nạp 300 đảng viên. "
        "Đến nay, toàn Đảng bộ đã kết nạp được 1.140 đảng viên, đạt 95% chỉ tiêu."
    )
    assert not [a for a in alarms(text) if a[0] == "target"]


# -- look-alikes of review 39a that older readings alarmed on


def test_trade_union_members_are_not_youth_union_members() -> None:
    text = (
        "Huyện đoàn hiện quản lý 4.735 đoàn viên, sinh hoạt ở 41 cơ sở đoàn. Năm 2024, Liên đoàn "
        "Lao động huyện cho biết toàn bộ 4.753 đoàn viên công đoàn đã được phổ biến Bộ luật Lao "
        "động sửa đổi."
    )
    units = {m.attrs.get("unit") for m in process_text(text, options=OPTS).mentions}
    assert "đoàn viên công đoàn" in units
    assert not [a for a in alarms(text) if a[0] == "repeat"]


def test_members_of_some_branches_only_are_no_restatement_of_all() -> None:
    text = (
        "Đảng bộ thị xã có 61 tổ chức cơ sở đảng với 5.274 đảng viên. Việc bồi dưỡng, kết nạp quần "
        "chúng ưu tú ở khu dân cư được các cấp ủy quan tâm. Toàn bộ {n} đảng viên của Đảng bộ "
        "đang sinh hoạt tại chi bộ khu phố, tổ dân phố đã nhận nhiệm vụ phụ trách hộ gia đình."
    )
    assert not [a for a in alarms(text.format(n="2.574")) if a[0] == "repeat"]
    # (without the place, the same digits swapped are a slip)
    plain = text.format(n="2.574").replace(" đang sinh hoạt tại chi bộ khu phố, tổ dân phố", "")
    assert [a for a in alarms(plain) if a[0] == "repeat"]


# -- target: what was done described at length before its plan


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Các trung tâm giáo dục nghề nghiệp đã đào tạo nghề cho 2.870 lao động nông thôn, ưu tiên "
         "người thuộc hộ nghèo, hộ cận nghèo và người dân tộc thiểu số (kế hoạch 2.600 lao động), "
         "đạt 114,5% kế hoạch.", [2600, 2870, 114.5]),
        ("Toàn tỉnh đã trồng mới 1.940 ha rừng tập trung bằng các loài cây gỗ lớn, cây bản địa có "
         "giá trị kinh tế cao, kế hoạch là 2.100 ha, đạt 90,2% kế hoạch năm.", [2100, 1940, 90.2]),
    ],
)
def test_a_plan_after_a_long_description_is_the_rates_base(
    text: str, figures: list[float]
) -> None:
    assert told(checks_of(text, "target"), "target", "inconsistent", figures)


def test_a_plan_after_a_subset_opened_in_the_description_is_silent() -> None:
    text = (
        "Vụ đông xuân, nông dân đã gieo cấy 18.650 ha lúa, trong đó diện tích lúa chất lượng cao "
        "được mở rộng ở các xã ven sông (kế hoạch 6.000 ha), đạt 104,2% kế hoạch."
    )
    assert not [a for a in alarms(text) if a[0] == "target"]


# -- change: the level now counted as all members "đồng chí"


def test_all_members_counted_as_comrades_are_the_level_now() -> None:
    text = (
        "Đầu nhiệm kỳ, Đảng bộ thị xã có 3.184 đảng viên sinh hoạt ở 39 tổ chức cơ sở đảng. Đến "
        "nay, tổng số đảng viên là 3.562 đồng chí, tăng {pct} so với đầu nhiệm kỳ."
    )
    assert told(checks_of(text.format(pct="15,2%"), "change"), "change", "inconsistent",
                [3184, 3562, 15.2])  # fmt: skip
    assert told(checks_of(text.format(pct="11,9%"), "change"), "change", "consistent",
                [3184, 3562, 11.9])  # fmt: skip


def test_a_subset_counted_as_comrades_is_no_earlier_level() -> None:
    text = (
        "Số đảng viên từ 30 tuổi trở xuống năm 2023 là 412 đồng chí. Năm 2024, Đảng bộ có 3.562 "
        "đảng viên, tăng 96 đồng chí so với năm 2023."
    )
    assert not [a for a in alarms(text) if a[0] == "change"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Năm 2020, Hội Cựu chiến binh huyện có 6.420 hội viên. Đến nay, tổng số hội viên là "
         "6.875 người, tăng 8,1% so với năm 2020.", [6420, 6875, 8.1]),
        ("Đầu nhiệm kỳ, Đảng bộ xã có 274 đảng viên sinh hoạt ở 14 chi bộ. Hiện nay, Đảng bộ có "
         "309 đồng chí, tăng 15,8% so với đầu nhiệm kỳ.", [274, 309, 15.8]),
    ],
)
def test_members_counted_as_people_are_the_level_now(text: str, figures: list[float]) -> None:
    assert told(checks_of(text, "change"), "change", "inconsistent", figures)


@pytest.mark.parametrize(
    "text",
    [
        # people taking part in one activity, not the members
        "Năm 2020, Hội Nông dân xã có 1.640 hội viên. Hiện nay, Hội có 1.245 người tham gia tổ "
        "tiết kiệm và vay vốn, tăng 9,6% so với năm 2020.",
        # the earlier count is of some members only
        "Năm 2020, Đảng bộ thành phố có 2.140 đảng viên được tặng Huy hiệu từ 30 năm tuổi Đảng trở "
        "lên. Đến nay, Đảng bộ thành phố có 12.684 đồng chí, tăng 3,1% so với năm 2020.",
    ],
)
def test_people_that_are_not_all_members_are_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "change"]


def test_public_investment_planned_is_what_is_disbursed() -> None:
    text = (
        "Kế hoạch đầu tư công năm 2024 của thị xã là 520 tỷ đồng. Hiện nay đã giải ngân 398 tỷ "
        "đồng, đạt {pct} kế hoạch."
    )
    assert told(checks_of(text.format(pct="79,5%"), "target"), "target", "inconsistent",
                [520, 398, 79.5])  # fmt: skip
    assert told(checks_of(text.format(pct="76,5%"), "target"), "target", "consistent",
                [520, 398, 76.5])  # fmt: skip


def test_a_terms_target_with_its_noun_shortened_is_the_base_of_progress() -> None:
    text = (
        "Giai đoạn 2021 - 2025, huyện phấn đấu có thêm 64 trường học đạt chuẩn quốc gia. Đến nay, "
        "đã có 51 trường được công nhận, đạt {pct} mục tiêu."
    )
    assert told(checks_of(text.format(pct="82,3%"), "target"), "target", "inconsistent",
                [64, 51, 82.3])  # fmt: skip
    assert told(checks_of(text.format(pct="79,7%"), "target"), "target", "consistent",
                [64, 51, 79.7])  # fmt: skip


def test_another_place_of_the_same_level_named_between_silences_a_restatement() -> None:
    text = (
        "Hội Nông dân xã Phú Lương có 2.146 hội viên. {middle} Toàn bộ 2.156 hội viên của Hội đã "
        "đăng ký danh hiệu hộ sản xuất, kinh doanh giỏi."
    )
    other = text.format(middle="Xã Phú Mỹ cũng đẩy mạnh phong trào thi đua.")
    assert not [a for a in alarms(other) if a[0] == "repeat"]
    same = text.format(middle="Các chi hội cũng đẩy mạnh phong trào thi đua.")
    assert told(checks_of(same, "repeat"), "repeat", "inconsistent", [2146, 2156])


def test_members_named_before_a_count_of_people_are_no_subject_of_their_own() -> None:
    text = (
        "Năm 2020, Hội Nông dân huyện có 12.460 hội viên. Đến nay, tổng số hội viên là 13.215 "
        "người, tăng {pct} so với năm 2020."
    )
    assert told(checks_of(text.format(pct="7,1%"), "change"), "change", "inconsistent",
                [12460, 13215, 7.1])  # fmt: skip
    assert told(checks_of(text.format(pct="6,1%"), "change"), "change", "consistent",
                [12460, 13215, 6.1])  # fmt: skip


def test_a_body_named_again_by_its_bare_head_is_the_same_body() -> None:
    text = (
        "Năm 2020, Đảng bộ xã Phú Thịnh có 286 đảng viên. Hiện Đảng bộ có 331 đồng chí, tăng {pct} "
        "so với năm 2020."
    )
    assert told(checks_of(text.format(pct="13,6%"), "change"), "change", "inconsistent",
                [286, 331, 13.6])  # fmt: skip
    assert told(checks_of(text.format(pct="15,7%"), "change"), "change", "consistent",
                [286, 331, 15.7])  # fmt: skip


def test_another_body_with_a_level_word_is_silent() -> None:
    text = (
        "Năm 2022, Đảng bộ xã Tân Lộc có 312 đảng viên. Năm 2023, Đảng bộ thị trấn có 468 đảng "
        "viên, tăng 24 đảng viên so với năm trước."
    )
    assert not [a for a in alarms(text) if a[0] == "change"]
