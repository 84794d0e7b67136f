"""Readings the fortieth session added, on passages written by us, with look-alikes that must
stay silent:

- granularity: a set counted in one sentence, the rates of its units in the next, each a bare
  percent naming the count's own noun and a predicate ("Đoàn kiểm tra làm việc tại 23 chi bộ.
  Kết quả cho thấy 60,9% chi bộ …; 26,5% chi bộ …"), at the head of the sentence or after an
  opener of findings ("Kết quả cho thấy", "Tuy nhiên, mới có", "Trong đó,").
"""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told

# -- granularity: the rates of the next sentence ------------------------------------------------

NEXT_TOLD = [
    # (passage, base, percent, verdict)
    (
        "Năm 2024, đoàn công tác của Ban Tổ chức Huyện ủy làm việc tại 23 chi bộ trực thuộc. "
        "Kết quả cho thấy 65,2% chi bộ duy trì nền nếp sinh hoạt; 21,5% chi bộ còn chậm đổi mới "
        "nội dung sinh hoạt.",
        23,
        21.5,
        "inconsistent",  # 5/23 = 21,74%, 4/23 = 17,39%
    ),
    (
        "Năm 2024, đoàn công tác của Ban Tổ chức Huyện ủy làm việc tại 23 chi bộ trực thuộc. "
        "Kết quả cho thấy 65,2% chi bộ duy trì nền nếp sinh hoạt; 21,7% chi bộ còn chậm đổi mới "
        "nội dung sinh hoạt.",
        23,
        21.7,
        "consistent",
    ),
    (
        "Huyện Bảo Thắng hiện có 19 trạm y tế xã, thị trấn được đầu tư xây dựng kiên cố. "
        "Tuy nhiên, mới có 42,5% trạm có đủ bác sĩ theo quy định.",
        19,
        42.5,
        "inconsistent",  # 8/19 = 42,11%, 9/19 = 47,37%
    ),
    (
        "Huyện Bảo Thắng hiện có 19 trạm y tế xã, thị trấn được đầu tư xây dựng kiên cố. "
        "Tuy nhiên, mới có 42,1% trạm có đủ bác sĩ theo quy định.",
        19,
        42.1,
        "consistent",
    ),
    (
        "Toàn huyện có 31 hợp tác xã nông nghiệp đang hoạt động, thu hút hơn 2.000 thành viên. "
        "Trong đó, 38,7% hợp tác xã đã ký hợp đồng bao tiêu sản phẩm và 16,5% hợp tác xã có "
        "sản phẩm OCOP.",
        31,
        16.5,
        "inconsistent",  # 5/31 = 16,13%, 6/31 = 19,35%
    ),
    (  # the count's own words said again after the noun
        "Thành phố có 14 trường tiểu học công lập. Hiện nay, 64,5% trường tiểu học công lập "
        "có phòng học tin học.",
        14,
        64.5,
        "inconsistent",  # 9/14 = 64,29%, 10/14 = 71,43%
    ),
    (  # a pooled count named whole
        "Xã có 18 thôn, bản. Kết quả rà soát cho thấy 72,2% thôn, bản có nhà văn hóa đạt chuẩn.",
        18,
        72.2,
        "consistent",
    ),
    (  # a grade of a set assessed, after a colon
        "Cuối năm 2024, Đảng ủy xã đánh giá, xếp loại 19 chi bộ trực thuộc. Kết quả: 26,3% chi "
        "bộ được xếp loại hoàn thành xuất sắc nhiệm vụ; 63,5% chi bộ hoàn thành tốt nhiệm vụ.",
        19,
        63.5,
        "inconsistent",  # 12/19 = 63,16%, 13/19 = 68,42%
    ),
    (  # "Song, chỉ có …", a stock of the moment "Đến nay" with no time of its own
        "Huyện có 33 hợp tác xã nông nghiệp. Song, chỉ có 27,5% hợp tác xã liên kết tiêu thụ "
        "sản phẩm với doanh nghiệp.",
        33,
        27.5,
        "inconsistent",  # 9/33 = 27,27%, 10/33 = 30,3%
    ),
    (
        "Lớp bồi dưỡng nhận thức về Đảng năm 2024 có 36 học viên. 41,7% học viên là đoàn viên "
        "thanh niên, 27,5% học viên công tác ở khối trường học.",
        36,
        27.5,
        "inconsistent",  # 10/36 = 27,78%, 9/36 = 25%
    ),
]


@pytest.mark.parametrize(("text", "base", "pct", "verdict"), NEXT_TOLD)
def test_rates_of_the_set_counted_in_the_sentence_before(
    text: str, base: int, pct: float, verdict: str
) -> None:
    assert told(checks_of(text, "granularity"), "granularity", verdict, [base, pct])


NEXT_SILENT = [
    # another count of the same noun in the sentences before: which set is unsaid
    "Đảng bộ huyện có 48 chi bộ trực thuộc. Năm 2024, Ban Thường vụ kiểm tra 23 chi bộ. Kết quả "
    "cho thấy 21,5% chi bộ còn chậm đổi mới nội dung sinh hoạt.",
    # a pooled count named by one of its kinds
    "Thị xã có 10 phường, xã. Qua đánh giá, 62,5% phường đạt chuẩn văn minh đô thị.",
    # a year the count's sentence does not name
    "Huyện có 19 trạm y tế xã. Năm 2021, 42,5% trạm có đủ bác sĩ theo quy định.",
    # a wider scope after the noun
    "Huyện có 19 trạm y tế xã. Tuy nhiên, mới có 42,5% trạm trên địa bàn tỉnh có đủ bác sĩ.",
    # a part of the set named by its place
    "Chi bộ có 13 đảng viên. 38,5% đảng viên là cán bộ hưu trí, 27% đảng viên ở khu dân cư "
    "mới là cán bộ hưu trí.",
    # the second item is a part of the first item's set
    "Đảng bộ xã có 11 chi bộ. 45,5% chi bộ hoàn thành tốt nhiệm vụ, 60% chi bộ hoàn thành tốt "
    "nhiệm vụ có bí thư dưới 40 tuổi.",
    # a count made a part by its own property
    "Năm 2024 có 12 xã đạt chuẩn nông thôn mới. Kết quả cho thấy 37,5% xã có chợ đạt chuẩn.",
    # people present at meetings: a rate averaged over many of them
    "Chi bộ thôn Nà Hẩu có 27 đảng viên. 65% đảng viên dự sinh hoạt đều đặn hằng tháng.",
    # a plan, not a count
    "Huyện có 19 trạm y tế xã. Phấn đấu đến năm 2025 có 42,5% trạm đạt chuẩn quốc gia.",
    # one kind of a pooled count
    "Xã có 18 thôn, bản. Kết quả rà soát cho thấy 72,5% thôn có nhà văn hóa đạt chuẩn.",
    # the grade "trung bình" is no average, but a year of its own is another moment
    "Huyện có 28 hợp tác xã. Năm 2022, 39,5% hợp tác xã hoạt động khá, tốt.",
    # a kind of the units named after the noun
    "Đảng ủy phường có 29 chi bộ trực thuộc. Kết quả có 20,5% chi bộ khu dân cư hoàn thành "
    "xuất sắc nhiệm vụ.",
    # an opener that is no finding about the set
    "Huyện có 19 trạm y tế xã. Theo kế hoạch của tỉnh, 42,5% trạm sẽ được nâng cấp.",
]


@pytest.mark.parametrize("text", NEXT_SILENT)
def test_rates_of_another_set_stay_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "granularity"]


# -- granularity: "Trong số này, <group of the people> chiếm …" and the list's next items -------

AMONG = "Năm 2024, Đảng ủy phường Đồng Tâm kết nạp được 31 đảng viên mới. Trong số này, {rates}."


@pytest.mark.parametrize(
    ("rates", "pct", "verdict"),
    [
        ("đảng viên nữ chiếm 45,5%", 45.5, "inconsistent"),  # 14/31 = 45,16%, 15/31 = 48,39%
        ("đảng viên nữ chiếm 45,2%", 45.2, "consistent"),
        (
            "đảng viên nữ chiếm 45,2%, đảng viên là người dân tộc thiểu số chiếm 20,5%",
            20.5,
            "inconsistent",
        ),  # 6/31 = 19,35%, 7/31 = 22,58%
        (
            "đảng viên nữ chiếm 45,2%; đảng viên là người dân tộc thiểu số chiếm 19,4%",
            19.4,
            "consistent",
        ),
    ],
)
def test_groups_of_the_people_counted_before(rates: str, pct: float, verdict: str) -> None:
    text = AMONG.format(rates=rates)
    assert told(checks_of(text, "granularity"), "granularity", verdict, [31, pct])


@pytest.mark.parametrize(
    "rates",
    [
        # a noun of other people: the share of another whole
        "hộ nghèo chiếm 45,5%",
        # a later item of another noun
        "đảng viên nữ chiếm 45,2%, hộ gia đình chính sách chiếm 20,5%",
        # a bare label of the count's own noun: its share of a wider whole
        "đảng viên chiếm 20,5% tổng số đảng viên của Đảng bộ",
    ],
)
def test_other_labels_after_among_these_stay_silent(rates: str) -> None:
    assert not [a for a in alarms(AMONG.format(rates=rates)) if a[0] == "granularity"]


# -- share: a territory's undated stock of its own units, the whole of a later part --------------


@pytest.mark.parametrize(
    ("text", "figures", "verdict"),
    [
        (
            "Huyện Văn Chấn có 31 xã. Đến hết năm 2024, đã có 17 xã được công nhận đạt chuẩn "
            "nông thôn mới (58,1%), còn lại đang phấn đấu hoàn thành các tiêu chí.",
            [17, 31, 58.1],
            "inconsistent",  # 17/31 = 54,84%
        ),
        (
            "Huyện Văn Chấn có 31 xã. Đến hết năm 2024, đã có 17 xã được công nhận đạt chuẩn "
            "nông thôn mới (54,8%), còn lại đang phấn đấu hoàn thành các tiêu chí.",
            [17, 31, 54.8],
            "consistent",
        ),
        (  # the part's subject is the territory itself
            "Huyện Mường Lát có 8 xã. Năm 2024, huyện có 3 xã đạt chuẩn nông thôn mới, chiếm 40%.",
            [3, 8, 40],
            "inconsistent",  # 3/8 = 37,5%
        ),
        (  # a pooled unit counted in the same words
            "Toàn huyện có 215 thôn, bản. Năm 2024, 184 thôn, bản có đường ô tô đến trung tâm, "
            "chiếm 87,4%.",
            [184, 215, 87.4],
            "inconsistent",  # 184/215 = 85,58%
        ),
        (
            "Xã Tân Lập có 14 thôn. Có 12 thôn có nhà văn hóa đạt chuẩn, chiếm 87,5%.",
            [12, 14, 87.5],
            "inconsistent",  # 12/14 = 85,71%
        ),
    ],
)
def test_a_territorys_own_units_are_the_whole_of_their_part(
    text: str, figures: list[float], verdict: str
) -> None:
    assert told(checks_of(text, "share"), "share", verdict, figures)


@pytest.mark.parametrize(
    "text",
    [
        # the part dated a year before the report's latest: the count may have differed then
        "Huyện Văn Chấn có 31 xã. Năm 2019, đã có 17 xã đạt chuẩn nông thôn mới (58,1%). Năm "
        "2024, huyện tiếp tục duy trì các tiêu chí.",
        # the report reorganises its units
        "Sau khi sắp xếp đơn vị hành chính, huyện có 31 xã. Đến hết năm 2024, đã có 17 xã đạt "
        "chuẩn nông thôn mới (58,1%).",
        # the percent is of another figure of the part's clause
        "Huyện có 14 xã. Năm 2024, 12 xã có trên 300 hộ thoát nghèo, chiếm 24,2%.",
        # the stock of a pooled count
        "Huyện có 31 xã, thị trấn. Đến hết năm 2024, đã có 17 xã đạt chuẩn nông thôn mới (58,1%).",
        # a unit became a town in between (review 40d: an older reading alarmed here too)
        "Huyện có 16 xã, 1 thị trấn. Năm 2022, xã Tân Lập được công nhận là thị trấn Tân Lập. "
        "Đến hết năm 2023, huyện có 9 xã đạt chuẩn nông thôn mới, chiếm 60%.",
        # the part's subject is another territory
        "Huyện Mường Lát có 8 xã. Năm 2024, tỉnh có 3 xã đạt chuẩn nông thôn mới, chiếm 40%.",
    ],
)
def test_other_wholes_of_a_territorys_parts_stay_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "share"]


# -- part_whole: a district's town and its countryside are the two sides of its households -------


@pytest.mark.parametrize(
    ("parts", "verdict"),
    [
        ("3.184 hộ và khu vực nông thôn 12.507 hộ", "inconsistent"),  # 15.691, not 15.718
        ("3.211 hộ và khu vực nông thôn 12.507 hộ", "consistent"),
    ],
)
def test_town_and_countryside_split_the_households(parts: str, verdict: str) -> None:
    text = f"Huyện Lục Yên có 15.718 hộ, trong đó khu vực thị trấn {parts}."
    got = [c.verdict for c in checks_of(text, "part_whole")]
    assert got == [verdict]


# -- granularity: a body of people "hiện có …", its members' bare rates "Đến nay, …" --------------

BODY = "Đội ngũ cán bộ, công chức xã Nậm Cuổi hiện có 23 người. Đến nay, {rates}."


@pytest.mark.parametrize(
    ("rates", "pct", "verdict"),
    [
        ("78,3% có trình độ đại học", 78.3, "consistent"),  # 18/23
        ("78,5% có trình độ đại học", 78.5, "inconsistent"),
        # the next bare item of the list
        (
            "78,3% có trình độ đại học; 40,5% có trình độ lý luận chính trị trung cấp",
            40.5,
            "inconsistent",
        ),  # 9/23 = 39,13%, 10/23 = 43,48%
    ],
)
def test_bare_rates_of_a_body_now(rates: str, pct: float, verdict: str) -> None:
    assert told(
        checks_of(BODY.format(rates=rates), "granularity"), "granularity", verdict, [23, pct]
    )


def test_a_body_of_another_moment_stays_silent() -> None:
    text = (
        "Đầu nhiệm kỳ, đội ngũ cán bộ, công chức xã Nậm Cuổi có 23 người. Đến nay, 78,5% có "
        "trình độ đại học."
    )
    assert not [a for a in alarms(text) if a[0] == "granularity"]


# -- granularity: a territory's stock and a rate of its units after a sentence that widens the
# scope, or a rate pointing with "Trong đó," at another sentence's set (review 40h) --------------


@pytest.mark.parametrize(
    "text",
    [
        "Quận có 15 phường. Trên địa bàn thành phố, mô hình tổ dân phố tự quản được nhân rộng. "
        "Tuy nhiên, mới có 57,8% phường duy trì mô hình này hiệu quả.",
        "Huyện có 27 hợp tác xã nông nghiệp. Các hợp tác xã thành lập mới hoạt động năng động "
        "hơn. Trong đó, 57,1% hợp tác xã đã liên kết tiêu thụ sản phẩm.",
    ],
)
def test_a_rate_after_the_scope_moved_stays_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "granularity"]


def test_a_rate_after_a_comment_on_the_same_units_is_still_told() -> None:
    text = "Quận có 15 phường. Các phường đều có nhà văn hóa khu phố. Đến nay, 57,8% phường đã số hóa hồ sơ."
    assert told(checks_of(text, "granularity"), "granularity", "inconsistent", [15, 57.8])
