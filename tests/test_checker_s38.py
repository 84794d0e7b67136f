"""Readings the thirty-eighth session added, on passages written by us, and look-alikes from its
four white-box reviews that must stay silent:

- part_whole: a list headed "<X> gồm: …" closed by "Tổng <X> …" in the next sentence
  (``_headed_closer``); a union closer ("Tổng số hộ nghèo và hộ cận nghèo …"); the levels of
  schooling as one scale; a rest named after "còn lại là"; the first count after "Trong số
  này," of a ";"-list is no whole of the list's "còn lại" item. (Closers read across a sentence
  or after "Tổng cộng," were tried and dropped: review 38b.)
- repeat: a count referred back to ("nói trên", "kể trên", or "này" right after its noun) when
  several earlier counts of its words stand before it: the one it is a typing slip of; a rate
  referred back ("54,8% nói trên").
- granularity: the next grades of a graded list share its base.
- share: the whole a percent names, stated in the next sentence.
"""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told

THREE = (
    "Năm 2023, xã Thanh Lương vận động được 45 hộ hiến đất, xã Thanh Bình 38 hộ và xã Thanh An "
    "27 hộ. Việc hiến đất được thực hiện tự nguyện, có biên bản xác nhận của thôn. Tổng cộng, "
    "cả ba xã có {n} hộ hiến đất làm đường."
)


def test_a_closer_two_sentences_on_is_not_read() -> None:
    # (review 38b: read across a sentence or after "Tổng cộng,", such closers drew 17 false
    # alarms in 33 look-alikes — wider places, longer times, wider deeds — and were dropped)
    assert not [a for a in alarms(THREE.format(n=112)) if a[0] == "part_whole"]


HEADED = (
    "Kinh phí xây dựng nhà văn hóa thôn năm 2024 gồm: ngân sách tỉnh 1,2 tỷ đồng, ngân sách "
    "huyện 0,8 tỷ đồng, nhân dân đóng góp 0,65 tỷ đồng. {closer}"
)


def test_a_headed_list_is_closed_by_the_total_of_its_header() -> None:
    bad = HEADED.format(closer="Tổng kinh phí xây dựng đạt 2,95 tỷ đồng.")
    assert told(checks_of(bad, "part_whole"), "part_whole", "inconsistent",
                [2.95e9, 1.2e9, 0.8e9, 0.65e9])  # fmt: skip
    fit = HEADED.format(closer="Tổng kinh phí xây dựng đạt 2,65 tỷ đồng.")
    assert told(checks_of(fit, "part_whole"), "part_whole", "consistent",
                [2.65e9, 1.2e9, 0.8e9, 0.65e9])  # fmt: skip


@pytest.mark.parametrize(
    "closer",
    [
        "Tổng vốn đầu tư toàn xã năm 2024 là 16,9 tỷ đồng.",  # another whole
        "Tổng cộng cả năm, xã huy động 5,4 tỷ đồng cho các công trình.",  # no header words
    ],
)
def test_a_total_of_something_else_after_a_headed_list_is_silent(closer: str) -> None:
    assert not [a for a in alarms(HEADED.format(closer=closer)) if a[0] == "part_whole"]


def test_a_header_with_a_figure_is_no_headed_list() -> None:
    text = (
        "Năm 2024 xã có 3 nguồn kinh phí gồm: ngân sách tỉnh 1,2 tỷ đồng, ngân sách huyện 0,8 tỷ "
        "đồng, nhân dân đóng góp 0,65 tỷ đồng. Tổng kinh phí năm 2024 là 4,1 tỷ đồng."
    )
    assert not told(checks_of(text, "part_whole"), "part_whole", "inconsistent",
                    [4.1e9, 1.2e9, 0.8e9, 0.65e9])  # fmt: skip


def test_the_first_item_after_trong_so_nay_is_no_whole_of_the_rest() -> None:
    text = (
        "Năm 2024, toàn huyện có 1.420 hộ thoát nghèo. Trong số đó, 806 hộ thoát nghèo nhờ trồng "
        "quế; 391 hộ nhờ có người đi làm công nhân; 205 hộ còn lại thoát nghèo nhờ các chính sách "
        "hỗ trợ khác."
    )
    assert not told(checks_of(text, "part_whole"), "part_whole", "inconsistent", [806, 391, 205])


# -- repeat: referred back to, several earlier counts of the words ---------------------------


SAID_ABOVE = [
    (
        "Toàn huyện có 1.532 doanh nghiệp đang hoạt động, nhưng mới có 41 doanh nghiệp có tổ "
        "chức đảng. Nhiều chủ doanh nghiệp chưa tạo điều kiện cho người lao động tham gia đoàn "
        "thể. Huyện ủy xác định phát triển đảng viên trong 1.523 doanh nghiệp kể trên là nhiệm vụ "
        "trọng tâm.",
        [1532, 1523],
    ),
    (
        "Xã Nà Hẩu có 346 hộ nghèo, phần lớn là đồng bào Dao. Ban Thường vụ Đảng ủy phân công mỗi "
        "đảng viên giúp đỡ ít nhất một hộ. Các chi hội đã giúp 364 hộ nghèo này vay vốn ưu đãi.",
        [346, 364],
    ),
]


@pytest.mark.parametrize(("text", "figures"), SAID_ABOVE)
def test_a_count_referred_back_with_a_slip_is_told(text: str, figures: list[float]) -> None:
    got = told(checks_of(text, "repeat"), "repeat", "inconsistent", figures)
    assert len(got) == 1
    marker = "này" if "này" in text else "kể trên"
    assert f"('{marker}')" in got[0].why


@pytest.mark.parametrize(
    "text",
    [
        # "này" points at the last noun ("mô hình"), not at the count
        "Xã A có 215 hộ tham gia mô hình nuôi ong. Xã B có 251 hộ tham gia mô hình này.",
        # two earlier counts that are both slips of it: which one is meant is not told
        "Năm 2023 xã có 325 hộ nghèo, năm 2024 còn 253 hộ nghèo. Các đoàn thể đã giúp 235 hộ "
        "nghèo này vay vốn.",
        # the count and its restatement agree
        "Xã Nà Hẩu có 346 hộ nghèo, phần lớn là đồng bào Dao. Các chi hội đã giúp 346 hộ nghèo "
        "này vay vốn ưu đãi.",
    ],
)
def test_look_alikes_of_a_referred_count_are_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "repeat"]


# -- white-box review 38a: look-alikes of the readings above that must stay silent -------------


@pytest.mark.parametrize(
    "text",
    [
        # the closer totals the members, the items are the admitted (no word of theirs said)
        "Chi bộ thôn Đông kết nạp 3 đảng viên, chi bộ thôn Tây kết nạp 4 đảng viên và chi bộ "
        "thôn Nam kết nạp 2 đảng viên. Tổng cộng, ba chi bộ có 127 đảng viên.",
        # the sentence between moves the time
        "Năm 2024, Đảng bộ xã An Hòa kết nạp 8 đảng viên, Đảng bộ xã Bình Minh kết nạp 7 đảng "
        "viên và Đảng bộ xã Tân Lập kết nạp 9 đảng viên. Tính từ đầu nhiệm kỳ đến nay, các đảng "
        "bộ đều vượt chỉ tiêu. Tổng cộng, ba đảng bộ đã kết nạp 96 đảng viên.",
        # the closer names a time of its own
        "Năm 2024, Đảng bộ phường Bắc Sơn kết nạp 12 đảng viên, Đảng bộ phường Nam Sơn kết nạp "
        "10 đảng viên. Tổng cộng, hai đảng bộ kết nạp 57 đảng viên trong nhiệm kỳ.",
        # "mới" in a closer that does not admit: others may be counted
        "Chi bộ Tân Tiến kết nạp 3 đảng viên, Chi bộ Tân Lợi kết nạp 4 đảng viên, Chi bộ Tân "
        "Hòa kết nạp 2 đảng viên; cả ba chi bộ hiện quản lý 14 đảng viên mới trong thời gian dự bị.",
        # the closer names words the header lacks: another whole
        "Kinh phí đã giải ngân năm 2024 gồm: ngân sách tỉnh 1,2 tỷ đồng, ngân sách huyện 0,8 tỷ "
        "đồng. Tổng kinh phí được giao là 3,5 tỷ đồng.",
        # another year than the header's
        "Kinh phí hỗ trợ sản xuất năm 2024 gồm: ngân sách tỉnh 2,4 tỷ đồng, ngân sách huyện 1,1 "
        "tỷ đồng, vốn đối ứng của người dân 0,8 tỷ đồng. Tổng kinh phí hỗ trợ sản xuất năm 2023 "
        "là 3,9 tỷ đồng.",
    ],
)
def test_review_38a_look_alikes_of_closers_are_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "part_whole"]


@pytest.mark.parametrize(
    "text",
    [
        # the value "này" points at was said before in other words (a subset)
        "Toàn huyện có 152 trạm y tế. Đến nay có 125 trạm đạt chuẩn quốc gia về y tế xã. Tại 125 "
        "trạm y tế này, người dân được khám chữa bệnh bảo hiểm y tế.",
        # a percent between them gives it of the earlier count
        "Toàn huyện có 152 trạm y tế, trong đó 82,2% số trạm đạt chuẩn quốc gia. 125 trạm y tế "
        "này đều có bác sĩ.",
        # another year between them
        "Năm 2023, xã có 1.243 hộ nghèo. Năm 2024, tỷ lệ hộ nghèo giảm còn 5,1%. Với 1.234 hộ "
        "nghèo này, xã tiếp tục hỗ trợ vay vốn.",
    ],
)
def test_review_38a_look_alikes_of_a_referred_count_are_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "repeat"]


def test_the_rest_of_a_subset_after_trong_so_nay_is_still_told() -> None:
    text = (
        "Toàn xã có 215 hộ nghèo. Trong số này, 120 hộ đăng ký vay vốn; 95 hộ đã được giải ngân; "
        "còn 30 hộ chưa được giải ngân."
    )
    assert told(checks_of(text, "part_whole"), "part_whole", "inconsistent", [120, 95, 30])


# -- part_whole: the levels of schooling, a rest named after "còn lại là", a union closer -------


def test_the_levels_of_schooling_split_the_pupils() -> None:
    text = (
        "Năm học 2024-2025, huyện có 98 trường học, trong đó 31 trường mầm non, 35 trường tiểu "
        "học, 24 trường trung học cơ sở và 9 trường trung học phổ thông."
    )
    assert told(checks_of(text, "part_whole"), "part_whole", "inconsistent", [98, 31, 35, 24, 9])
    short = text.replace("9 trường trung học phổ thông", "6 trường trung học phổ thông")
    # the levels may stop short of the whole (a continuing-education centre): no alarm
    assert not [a for a in alarms(short) if a[0] == "part_whole"]


def test_a_rest_named_after_con_lai_la_closes_the_list() -> None:
    text = (
        "Công trình có tổng mức đầu tư 120 tỷ đồng, trong đó vốn trung ương 70 tỷ đồng, vốn tỉnh "
        "30 tỷ đồng, còn lại là vốn đối ứng của huyện {n} tỷ đồng."
    )
    assert told(checks_of(text.format(n=25), "part_whole"), "part_whole", "inconsistent",
                [120e9, 70e9, 30e9, 25e9])  # fmt: skip
    assert told(checks_of(text.format(n=20), "part_whole"), "part_whole", "consistent",
                [120e9, 70e9, 30e9, 20e9])  # fmt: skip


def test_a_closer_naming_the_union_of_the_kinds_sums_them() -> None:
    text = "Cuối năm 2024, xã có 112 hộ nghèo và 87 hộ cận nghèo. Tổng số hộ nghèo và hộ cận nghèo của xã là {n} hộ."
    assert told(checks_of(text.format(n=209), "part_whole"), "part_whole", "inconsistent",
                [209, 112, 87])  # fmt: skip
    assert told(checks_of(text.format(n=199), "part_whole"), "part_whole", "consistent",
                [199, 112, 87])  # fmt: skip
    other = (
        "Cuối năm 2024, xã có 112 hộ nghèo và 87 hộ cận nghèo. Tổng số hộ nghèo và hộ có hoàn "
        "cảnh khó khăn là 240 hộ."
    )
    assert not [a for a in alarms(other) if a[0] == "part_whole"]


# -- granularity: the next grades of one graded list -------------------------------------------


GRADED = (
    "Đảng ủy phường có 13 chi bộ trực thuộc. Năm 2024 có 38,5% chi bộ hoàn thành xuất sắc nhiệm "
    "vụ, {p}% chi bộ hoàn thành tốt nhiệm vụ."
)


def test_the_next_grade_of_a_graded_list_is_of_the_same_base() -> None:
    assert told(checks_of(GRADED.format(p="55"), "granularity"), "granularity", "inconsistent",
                [13, 55])  # fmt: skip
    assert told(checks_of(GRADED.format(p="53,8"), "granularity"), "granularity", "consistent",
                [13, 53.8])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # a kind of the units named after the noun
        "Đảng ủy phường có 13 chi bộ. Năm 2024 có 38,5% chi bộ hoàn thành xuất sắc nhiệm vụ, 55% "
        "chi bộ thôn hoàn thành tốt nhiệm vụ.",
        # a scope opened before the next percent
        "Đảng ủy phường có 13 chi bộ. Năm 2024 có 38,5% chi bộ hoàn thành xuất sắc nhiệm vụ; "
        "riêng khối doanh nghiệp có 55% chi bộ hoàn thành tốt nhiệm vụ.",
        # a wider set after the noun
        "Đảng ủy phường có 13 chi bộ. Năm 2024 có 38,5% chi bộ hoàn thành xuất sắc nhiệm vụ, "
        "27,5% chi bộ trong toàn Đảng bộ huyện hoàn thành tốt nhiệm vụ.",
        # another time before the next percent
        "Đảng ủy phường có 13 chi bộ. Năm 2024 có 38,5% chi bộ hoàn thành xuất sắc nhiệm vụ, năm "
        "trước có 55% chi bộ hoàn thành tốt nhiệm vụ.",
        # members, not units, and an average
        "Chi bộ có 31 đảng viên. Tỷ lệ đảng viên nữ chiếm 38,7%, đảng viên dự sinh hoạt thường "
        "kỳ đạt 95,2%.",
    ],
)
def test_look_alikes_of_a_next_grade_are_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "granularity"]


# -- repeat: a rate referred back to ("… 54,8% nói trên") -----------------------------------------

FOREST = (
    "Năm 2024, tỷ lệ che phủ rừng của huyện đạt 58,4%, cao hơn bình quân của tỉnh. Với tỷ lệ che "
    "phủ rừng {p}% nói trên, huyện được công nhận là địa phương dẫn đầu về bảo vệ rừng."
)


def test_a_rate_referred_back_with_a_slip_is_told() -> None:
    got = told(checks_of(FOREST.format(p="54,8"), "repeat"), "repeat", "inconsistent", [58.4, 54.8])
    assert len(got) == 1 and "nói trên" in got[0].why
    assert not [a for a in alarms(FOREST.format(p="58,4")) if a[0] == "repeat"]


@pytest.mark.parametrize(
    "text",
    [
        # a word the earlier rate's sentence never says: another group
        "Năm 2024, tỷ lệ hộ nghèo của huyện còn 4,56%. Nhiều mô hình được nhân rộng. Tỷ lệ hộ cận "
        "nghèo 4,65% nói trên vẫn là thách thức.",
        # another year between them
        "Năm 2023, tỷ lệ che phủ rừng của huyện đạt 58,4%. Năm 2024, tỷ lệ che phủ rừng 54,8% nói "
        "trên là kết quả của việc trồng rừng thay thế.",
        # not a typing slip of it
        "Năm 2024, tỷ lệ che phủ rừng của huyện đạt 58,4%. Với tỷ lệ che phủ rừng 61,2% nói trên, "
        "huyện dẫn đầu tỉnh.",
    ],
)
def test_look_alikes_of_a_referred_rate_are_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "repeat"]


# -- share: the whole a percent names, stated in the next sentence -------------------------------

LOANS = "Năm 2024, có 412 hộ được vay vốn, chiếm {p}% số hộ nghèo của xã. {whole}"


def test_the_whole_named_by_the_percent_may_follow_in_the_next_sentence() -> None:
    bad = LOANS.format(p="37,2", whole="Toàn xã hiện có 1.170 hộ nghèo.")
    assert told(checks_of(bad, "share"), "share", "inconsistent", [412, 1170, 37.2])
    fit = LOANS.format(p="35,2", whole="Toàn xã hiện có 1.170 hộ nghèo.")
    assert told(checks_of(fit, "share"), "share", "consistent", [412, 1170, 35.2])


@pytest.mark.parametrize(
    "text",
    [
        # a later level: what is left at the end of the year
        LOANS.format(p="37,2", whole="Đến cuối năm, toàn xã còn 1.170 hộ nghèo."),
        # a narrower whole than the percent names
        LOANS.format(p="37,2", whole="Toàn xã hiện có 1.170 hộ nghèo dân tộc thiểu số."),
        # a whole stated before it: that one decides
        "Xã có 1.107 hộ nghèo. " + LOANS.format(p="37,2", whole="Toàn xã hiện có 1.170 hộ nghèo."),
        # another level than the one named
        LOANS.format(p="37,2", whole="Toàn huyện hiện có 1.170 hộ nghèo."),
    ],
)
def test_look_alikes_of_a_whole_stated_after_are_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "share"]


# -- review 38e: a closer in the next sentence that counts the items must say what they did ----


def test_a_counting_closer_in_the_next_sentence_is_still_read() -> None:
    text = (
        "Năm 2024, xã Thanh Lương có 45 hộ hiến đất, xã Thanh Bình có 38 hộ và xã Thanh An có 27 "
        "hộ. Cả ba xã có 112 hộ hiến đất."
    )
    assert told(checks_of(text, "part_whole"), "part_whole", "inconsistent", [112, 45, 38, 27])


@pytest.mark.parametrize(
    "text",
    [
        # another deed: those in need, not those supported
        "Xã Hòa An có 24 hộ được hỗ trợ xây nhà, xã Hòa Bình có 18 hộ và xã Hòa Thuận có 20 hộ. "
        "Cả ba xã vùng cao có 140 hộ đang cần hỗ trợ nhà ở.",
        # another time ("khi ấy")
        "Năm nay, Chi bộ Trường Tiểu học có 2 đảng viên được miễn sinh hoạt, Chi bộ Trường Trung "
        "học cơ sở có 3 đảng viên và Chi bộ Trạm Y tế có 1 đảng viên. Cả ba chi bộ khi ấy có 9 "
        "đảng viên được miễn sinh hoạt.",
    ],
)
def test_counting_closers_of_another_deed_or_time_are_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "part_whole"]


# -- review 38b (older reading): member rates whose label repeats an earlier one and adds to it --


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp thứ nhất có 55 đại biểu. Tỷ lệ đại biểu nữ đạt 36,4%, đại biểu nữ của Hội đồng "
        "nhân dân tỉnh đạt 30,2%.",
        "Ban Chấp hành có 35 đồng chí. Tỷ lệ cấp ủy viên nữ nhiệm kỳ này đạt 22,9%, cấp ủy viên "
        "nữ nhiệm kỳ trước đạt 18,2%.",
        "Hội đồng nhân dân xã có 31 đại biểu. Tỷ lệ đại biểu nữ đạt 38,7%, đại biểu nữ tái cử "
        "đạt 41,7%.",
    ],
)
def test_a_member_rate_of_another_set_in_the_list_is_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "granularity"]


def test_a_member_list_of_one_body_is_still_read() -> None:
    text = (
        "Ban Chấp hành có 35 đồng chí. Tỷ lệ cấp ủy viên nữ đạt 22,9%, cấp ủy viên trẻ dưới 40 "
        "tuổi đạt 18,2%."
    )
    assert told(checks_of(text, "granularity"), "granularity", "inconsistent", [35, 18.2])


def test_two_crop_seasons_are_no_swapped_restatement() -> None:
    text = (
        "Vụ Đông Xuân năm 2024, toàn huyện gieo cấy 2.456 ha lúa. Vụ Mùa, toàn huyện gieo cấy "
        "2.546 ha lúa, đúng khung thời vụ."
    )
    assert not [a for a in alarms(text) if a[0] == "repeat"]


# -- share: "tổng diện tích …", "tổng sản lượng …" name their whole as "tổng số …" does ------------

AREA = (
    "Tổng diện tích tự nhiên của huyện là 77.450 ha. Diện tích có rừng đạt 45.230 ha, chiếm "
    "{p}% tổng diện tích tự nhiên."
)


def test_a_share_of_the_total_area_stated_before() -> None:
    assert told(checks_of(AREA.format(p="62,4"), "share"), "share", "inconsistent",
                [45230, 77450, 62.4])  # fmt: skip
    assert told(checks_of(AREA.format(p="58,4"), "share"), "share", "consistent",
                [45230, 77450, 58.4])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Tổng diện tích tự nhiên của huyện là 77.450 ha. Diện tích lúa đạt 4.230 ha, chiếm 35,2% "
        "tổng diện tích gieo trồng.",
        "Tổng diện tích tự nhiên của huyện là 77.450 ha. Diện tích có rừng đạt 45.230 ha, chiếm "
        "12,4% tổng diện tích rừng của tỉnh.",
    ],
)
def test_a_share_of_another_total_area_is_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "share"]
