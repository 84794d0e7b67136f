"""Readings the thirty-sixth session added: a figure restated as the subject a later sentence
opens on ("Toàn bộ 1.642 hội viên của Hội đã …", "Với tỷ lệ 85,7% hộ dân dùng nước sạch, …",
"Tổng dư nợ 428,5 tỷ đồng đã giúp …"), told against the one earlier statement whose sentence
says the subject's words, when the two are a typing slip apart (repeat.py, ``_resumed_slip``).

Passages written by us."""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told

SLIPS = [
    (
        "Đến hết tháng 9, dư nợ cho vay giải quyết việc làm của Phòng giao dịch huyện đạt 136,8 "
        "tỷ đồng. Vốn được giải ngân qua các tổ tiết kiệm và vay vốn ở 14 xã. Dư nợ cho vay "
        "giải quyết việc làm 138,6 tỷ đồng đã giúp hơn 3 nghìn lao động có việc làm ổn định.",
        [136.8e9, 138.6e9],
    ),
    (
        "Năm 2024, tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa của thị xã là 91,4%. Các "
        "khu dân cư tổ chức bình xét công khai, dân chủ. Tỷ lệ hộ gia đình đạt danh hiệu gia đình "
        "văn hóa 94,1% cho thấy phong trào đã đi vào chiều sâu.",
        [91.4, 94.1],
    ),
    (
        "Hội Cựu chiến binh tỉnh hiện có 23.870 hội viên, sinh hoạt ở 612 chi hội. Các cấp Hội "
        "tích cực tham gia bảo vệ Đảng, chống các quan điểm sai trái. Với lực lượng 2.387 hội "
        "viên, Hội Cựu chiến binh tỉnh là chỗ dựa tin cậy của cấp ủy, chính quyền.",
        [23870, 2387],
    ),
    (
        "Trong năm 2023, các xã đã bê tông hóa được 57,2 km đường ngõ xóm. Người dân góp tiền, "
        "góp công và hiến đất để mở rộng mặt đường. Toàn bộ 5,72 km đường ngõ xóm được bê tông "
        "hóa đã làm thay đổi diện mạo các khu dân cư.",
        [57.2, 5.72],
    ),
    (
        "Kết quả kiểm điểm năm 2023 cho thấy 89,6% cán bộ, công chức của huyện hoàn thành tốt "
        "nhiệm vụ trở lên. Không có cán bộ bị xếp loại không hoàn thành nhiệm vụ. Tỷ lệ 86,9% cán "
        "bộ, công chức hoàn thành tốt nhiệm vụ trở lên là kết quả của việc siết chặt kỷ cương.",
        [89.6, 86.9],
    ),
    (
        "Đảng bộ thị xã hiện có 52 tổ chức cơ sở đảng với 3.614 đảng viên. Năm qua, các chi bộ "
        "duy trì sinh hoạt định kỳ, nâng cao chất lượng sinh hoạt chuyên đề. Qua rà soát cuối "
        "năm, toàn bộ 3.624 đảng viên của Đảng bộ thị xã đều được giao nhiệm vụ cụ thể.",
        [3614, 3624],
    ),
    (
        "Trong năm, toàn huyện tạo việc làm mới cho 2.860 lao động, trong đó có cả lao động đi "
        "làm việc ở nước ngoài. Các phiên giao dịch việc làm được tổ chức định kỳ tại trung tâm "
        "huyện. Trong số 286 lao động được tạo việc làm mới, có 412 người làm việc trong các "
        "khu công nghiệp.",
        [2860, 286],
    ),
]


@pytest.mark.parametrize(("text", "figures"), SLIPS)
def test_a_subject_restating_a_figure_with_a_slip_is_told(text: str, figures: list[float]) -> None:
    got = told(checks_of(text, "repeat"), "repeat", "inconsistent", figures)
    assert len(got) == 1
    assert got[0].why and got[0].why_vi


QUIET = [
    # a subset: those with a need, those evaluated, those still living there
    "Thôn Tân Lập có 326 hộ. Toàn bộ 362 hộ có nhu cầu vay vốn đã được giải ngân đủ.",
    "Chi hội có 1.452 hội viên. Tất cả 1.425 hội viên có mặt tại địa phương đã được khám "
    "sức khỏe định kỳ.",
    "Đảng bộ phường có 487 đảng viên. Trong tổng số 478 đảng viên được đánh giá, xếp loại, có "
    "92 đồng chí hoàn thành xuất sắc nhiệm vụ.",
    "Hội Nông dân huyện có 3.410 hội viên. Trong số 341 hội viên là hộ sản xuất giỏi, có 56 "
    "hộ đạt cấp tỉnh.",
    # another body, place or section
    "Hội Phụ nữ xã có 1.736 hội viên. Toàn bộ 1.763 hội viên của Hội Phụ nữ thị trấn đã tham "
    "gia tổ tiết kiệm.",
    "Xã Tân Hòa có 2.418 hộ. Năm nay, đoàn công tác của xã đến học tập xã bạn Tân Phú. Tất cả "
    "2.481 hộ ở đó đều dùng nước sạch.",
    # another year, another moment
    "Năm 2022, Hội có 1.254 hội viên. Năm 2023, toàn bộ 1.524 hội viên của Hội đều tham gia "
    "bảo hiểm y tế.",
    "Xã có 148 thôn. Toàn bộ 184 thôn của xã trước khi sáp nhập đều đã có nhà văn hóa.",
    # another rate: a word the earlier sentence never says
    "Năm 2024, tỷ lệ hộ nghèo của huyện còn 4,56%. Nhiều mô hình giảm nghèo được nhân rộng. "
    "Tỷ lệ hộ cận nghèo 4,65% vẫn là thách thức lớn.",
    # the later value stated before it too: two figures, not a slip
    "Huyện có 1.836 hộ nghèo và 1.863 hộ cận nghèo. Tổng hợp rà soát cho thấy số hộ cận nghèo "
    "tăng nhẹ. Toàn bộ 1.863 hộ cận nghèo đã được cấp thẻ bảo hiểm y tế.",
    # two digits swapped with few words: chance, not proof
    "Năm qua, các chi bộ kết nạp 23 đảng viên. Trong số 32 đảng viên, có 7 đồng chí là nữ.",
    # white-box review 36: a plan and its result, a move and a level, a subset named right
    # after the earlier count, a level word of another owner, a rate of another group
    "Chỉ tiêu năm 2024 đề ra là đào tạo nghề cho 2.365 lao động nông thôn. Kết thúc năm, "
    "toàn huyện đã đào tạo 2.635 lao động. Toàn bộ 2.635 lao động được đào tạo nghề đã có "
    "việc làm.",
    "Giai đoạn 2021-2024, tỷ lệ hộ nghèo của tỉnh giảm bình quân 1,37%/năm. Tỷ lệ hộ nghèo "
    "1,73% là mức thấp nhất từ trước đến nay.",
    "Năm qua, Đảng bộ kết nạp được 1.372 đảng viên nữ là người dân tộc thiểu số. Toàn bộ 1.732 "
    "đảng viên của Đảng bộ đã được quán triệt nghị quyết.",
    "Thị xã có 9 phường, xã với 84.630 nhân khẩu. Toàn bộ 8.463 nhân khẩu của phường đã được "
    "cấp thẻ căn cước.",
    "Năm 2024, tỷ lệ hộ dùng nước hợp vệ sinh ở nông thôn đạt 96,4%, hộ dùng nước sạch đạt "
    "69,4%. Tỷ lệ hộ dùng nước sạch theo quy chuẩn 94,6% là của khu vực đô thị.",
    # no subject frame: a level reached later
    "Đến nay, tỷ lệ hộ dùng nước hợp vệ sinh đạt 87,5%. Năm 2025, tỷ lệ này phấn đấu lên 85,7% "
    "ở vùng cao.",
]


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_of_a_restated_subject_raise_no_alarm(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "repeat"]


def test_the_equal_restatement_is_no_slip() -> None:
    text = (
        "Hội Cựu chiến binh tỉnh hiện có 23.870 hội viên. Các cấp Hội tích cực tham gia xây dựng "
        "Đảng. Với lực lượng 23.870 hội viên, Hội là chỗ dựa tin cậy của cấp ủy."
    )
    assert not told(checks_of(text, "repeat"), "repeat", "inconsistent", [23870, 23870])


# -- share: a whole with its own date in a bracket, named again after the percent ---------------


def test_a_body_total_dated_in_its_bracket_is_the_whole_of_the_percent() -> None:
    text = (
        "Theo số liệu rà soát, trong tổng số 1.948 đảng viên của Đảng bộ huyện (tính đến "
        "30/6/2024), có 287 đảng viên được miễn sinh hoạt đảng, bằng 16,4% tổng số đảng viên."
    )
    assert told(checks_of(text, "share"), "share", "inconsistent", [287, 1948, 16.4])
    fit = text.replace("16,4%", "14,7%")
    assert told(checks_of(fit, "share"), "share", "consistent", [287, 1948, 14.7])


@pytest.mark.parametrize(
    "text",
    [
        # a scope: those evaluated may be fewer than all members
        "Trong tổng số 1.948 đảng viên được đánh giá, xếp loại, có 287 đảng viên hoàn thành xuất "
        "sắc nhiệm vụ, bằng 16,4% tổng số đảng viên.",
        # the whole of another moment
        "Đảng bộ có 1.948 đảng viên (năm 2020), đến nay có 287 đảng viên được miễn sinh hoạt, "
        "bằng 16,4% tổng số đảng viên.",
    ],
)
def test_a_scoped_or_older_whole_stays_unsettled(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "share"]


# -- part_whole: a total whose kinds are counted before they are listed --------------------------


@pytest.mark.parametrize(
    ("text", "verdict", "figures"),
    [
        (
            "Huyện hiện có 327 tổ chức cơ sở đảng, thuộc ba khối: khối xã, thị trấn 214 tổ chức "
            "cơ sở đảng, khối cơ quan 66 tổ chức cơ sở đảng và khối doanh nghiệp 47 tổ chức cơ sở "
            "đảng.",
            "consistent",
            [327, 214, 66, 47],
        ),
        (
            "Huyện hiện có 327 tổ chức cơ sở đảng, thuộc ba khối: khối xã, thị trấn 214 tổ chức "
            "cơ sở đảng, khối cơ quan 67 tổ chức cơ sở đảng và khối doanh nghiệp 47 tổ chức cơ sở "
            "đảng.",
            "inconsistent",
            [327, 214, 67, 47],
        ),
        (
            "Năm 2024, toàn tỉnh giải quyết việc làm cho 21.460 lao động theo bốn kênh: 9.320 lao "
            "động qua các doanh nghiệp trong tỉnh, 6.115 lao động qua sàn giao dịch, 3.905 lao "
            "động đi làm việc ở tỉnh ngoài và 2.210 lao động đi làm việc ở nước ngoài.",
            "inconsistent",
            [21460, 9320, 6115, 3905, 2210],
        ),
    ],
)
def test_a_counted_list_of_kinds_is_the_whole(text: str, verdict: str, figures: list[float]) -> None:
    assert told(checks_of(text, "part_whole"), "part_whole", verdict, figures)


@pytest.mark.parametrize(
    "text",
    [
        # fewer items than the kinds counted: a partial list
        "Huyện hiện có 327 tổ chức cơ sở đảng, thuộc ba khối: khối xã, thị trấn 214 tổ chức cơ "
        "sở đảng và khối cơ quan 76 tổ chức cơ sở đảng.",
        # white-box review 36b: the largest few, changes, rates per unit
        "Toàn huyện có 2.140 hộ nghèo, tập trung ở ba xã: Mường Lạn 412 hộ, Chiềng Sơ 386 hộ và "
        "Nậm Ty 298 hộ.",
        "Năm 2024, toàn huyện có 152 chi bộ thôn, gồm hai khu vực: vùng thấp tăng 12 chi bộ, "
        "vùng cao tăng 5 chi bộ so với năm 2020.",
        "Vụ mùa năm 2024, huyện thu hoạch 48.200 tấn lúa trên diện tích thuộc hai vùng: vùng "
        "thấp 6,8 tấn mỗi ha, vùng cao 4,9 tấn mỗi ha.",
        # an item broken down further: a fourth count of the unit
        "Huyện hiện có 327 tổ chức cơ sở đảng, thuộc ba khối: khối xã 214 tổ chức cơ sở đảng "
        "(trong đó 20 tổ chức cơ sở đảng ở thị trấn), khối cơ quan 76 tổ chức cơ sở đảng và "
        "khối doanh nghiệp 47 tổ chức cơ sở đảng.",
    ],
)
def test_a_counted_list_that_does_not_match_its_count_is_not_read(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "part_whole"]


# -- part_whole: a numbered rest closes the list -------------------------------------------------


def test_a_numbered_rest_closes_the_list() -> None:
    text = (
        "Trong 36 chi bộ trực thuộc, có 9 chi bộ hoàn thành xuất sắc nhiệm vụ, 21 chi bộ hoàn "
        "thành tốt nhiệm vụ, số còn lại 4 chi bộ hoàn thành nhiệm vụ."
    )
    got = checks_of(text, "part_whole")
    assert told(got, "part_whole", "inconsistent", [36, 9, 21, 4])
    # and the rest is not read as 9 - 21 or 21 - 9 of another whole
    assert not told(got, "part_whole", "consistent", [21, 9, 4])
    fit = text.replace("số còn lại 4", "số còn lại 6")
    assert told(checks_of(fit, "part_whole"), "part_whole", "consistent", [36, 9, 21, 6])


def test_urban_and_rural_split_the_whole() -> None:
    text = (
        "Toàn tỉnh có 412.380 hộ, trong đó khu vực đô thị 96.240 hộ và khu vực nông thôn "
        "316.410 hộ."
    )
    assert told(checks_of(text, "part_whole"), "part_whole", "inconsistent", [412380, 96240, 316410])
    fit = text.replace("316.410", "316.140")
    assert told(checks_of(fit, "part_whole"), "part_whole", "consistent", [412380, 96240, 316140])
