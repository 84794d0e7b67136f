"""Readings the forty-first session added, on passages written by us, with look-alikes that
must stay silent:

- repeat: a count restated with two adjacent digits swapped when the two sentences share four
  content words or more (an assessment that restates a section in other words); the whole's
  stock said again at the head of a later sentence ("Toàn Đảng bộ với …", "Toàn xã với …",
  "Toàn Đoàn hiện có …"); a restatement made a noun by "việc".
- repeat, guards (review 41a): a sentence that singles out a part at its head ("Riêng năm
  2024, …") and a count named by another subject before "là".
"""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told

TOLD = [
    # (passage, earlier, later)
    (  # the two sentences share the deed and its object, in other words around the count
        "1. Công tác đào tạo cán bộ\nTừ năm 2021 đến năm 2024, Ban Thường vụ Thị ủy cử 246 "
        "cán bộ đi học cao cấp lý luận chính trị, 31 cán bộ học thạc sĩ; mở 18 lớp bồi dưỡng kỹ "
        "năng cho cán bộ cơ sở.\n\n2. Công tác cán bộ nữ\nTỷ lệ cán bộ nữ trong cấp ủy đạt "
        "21,4%.\n\nIII. ĐÁNH GIÁ CHUNG\nTrong giai đoạn 2021-2024, 264 cán bộ được cử đi học "
        "cao cấp lý luận chính trị, góp phần chuẩn hóa đội ngũ cán bộ chủ chốt.",
        246,
        264,
    ),
    (  # the whole's stock said again in the assessment
        "I. ĐẶC ĐIỂM TÌNH HÌNH\nĐảng bộ xã Tân Phong có 17 chi bộ trực thuộc với 526 đảng "
        "viên, trong đó 148 đảng viên nữ. Xã có 9 thôn với 1.915 hộ.\n\n2. Công tác kiểm tra, "
        "giám sát\nỦy ban Kiểm tra Đảng ủy kiểm tra 4 chi bộ và 11 đảng viên.\n\nIII. ĐÁNH GIÁ "
        "CHUNG\nToàn Đảng bộ với 562 đảng viên đã phát huy tốt vai trò tiền phong, gương mẫu "
        "trong các phong trào.",
        526,
        562,
    ),
    (
        "I. ĐẶC ĐIỂM TÌNH HÌNH\nĐảng bộ xã Tân Phong có 17 chi bộ trực thuộc với 526 đảng "
        "viên. Xã có 9 thôn với 1.915 hộ.\n\nIII. ĐÁNH GIÁ CHUNG\nToàn xã với 1.951 hộ đã tích "
        "cực hưởng ứng phong trào xây dựng nông thôn mới.",
        1915,
        1951,
    ),
    (  # "hiện có": the present of an undated stock
        "Huyện đoàn Mường Khương có 31 cơ sở đoàn với 4.382 đoàn viên. Năm 2024, các cơ sở đoàn "
        "ra quân 46 công trình thanh niên.\n\nĐÁNH GIÁ CHUNG\nToàn Đoàn hiện có 4.832 đoàn viên, "
        "đều được học tập nghị quyết đại hội đoàn các cấp.",
        4382,
        4832,
    ),
    (
        "Thôn Nà Hẩu có 4 xóm với 362 hộ, 1.480 nhân khẩu. Thôn đạt chuẩn khu dân cư văn hóa năm "
        "2024. Toàn thôn với 326 hộ đều ký cam kết không vi phạm pháp luật.",
        362,
        326,
    ),
    (  # a season's name after "Vụ" at a sentence's head is the season named later
        "1. Sản xuất nông nghiệp\nVụ Hè Thu năm 2024, toàn huyện gieo sạ 5.430 ha lúa, đạt "
        "100,8% kế hoạch; năng suất bình quân 58,2 tạ/ha.\n\n2. Chăn nuôi\nTổng đàn bò đạt "
        "12.600 con.\n\nKết quả nổi bật\nVới 5.340 ha lúa gieo sạ trong vụ Hè Thu năm 2024, "
        "huyện bảo đảm an ninh lương thực trên địa bàn.",
        5430,
        5340,
    ),
    (  # a count named by its subject "số <noun> <words> là", after a span of years
        "Từ năm 2021 đến năm 2024, toàn huyện có 1.485 lao động nông thôn được đào tạo nghề, chủ "
        "yếu là các nghề nông nghiệp.\n\nIV. KẾT LUẬN\nGiai đoạn 2021-2024, số lao động nông "
        "thôn được đào tạo nghề là 1.458 lao động, vượt chỉ tiêu Nghị quyết.",
        1485,
        1458,
    ),
    (  # "việc" makes the deed a noun; it names no other set
        "Năm 2024, Đảng bộ huyện kết nạp 1.247 đảng viên mới, đạt 104% kế hoạch.\n\nII. ĐÁNH "
        "GIÁ CHUNG\nViệc kết nạp 1.274 đảng viên mới trong năm cho thấy công tác tạo nguồn có "
        "chuyển biến.",
        1247,
        1274,
    ),
]


@pytest.mark.parametrize("text,a,b", TOLD)
def test_a_count_restated_with_two_digits_swapped(text: str, a: int, b: int) -> None:
    assert told(checks_of(text, "repeat"), "repeat", "inconsistent", [a, b]), checks_of(text)


def test_the_same_count_restated_is_confirmed() -> None:
    text = TOLD[0][0].replace("264 cán bộ", "246 cán bộ")
    assert told(checks_of(text, "repeat"), "repeat", "consistent", [246, 246])
    assert not alarms(text)


SILENT = [
    # a part of the span singled out at the sentence's head (review 41a)
    "Từ năm 2021 đến hết năm 2024, toàn huyện đã hỗ trợ xây mới 1.528 căn nhà đại đoàn kết cho "
    "hộ nghèo, hộ cận nghèo và gia đình chính sách. Phong trào nhận được sự ủng hộ của doanh "
    "nghiệp và nhân dân. Riêng năm 2024, toàn huyện đã hỗ trợ xây mới 1.258 căn nhà đại đoàn "
    "kết cho hộ nghèo, hộ cận nghèo và gia đình chính sách.",
    # a count named by another subject before "là" (review 41a)
    "Năm 2024, toàn tỉnh trồng mới 2.365 ha rừng sản xuất tập trung, vượt kế hoạch. Diện tích "
    "rừng sản xuất đến tuổi được khai thác trong năm là 2.635 ha rừng sản xuất tập trung, sản "
    "lượng gỗ đạt 168.000 m3.",
    # the stock changed in between: the whole now is another figure
    "Đầu năm 2024, Đảng bộ xã có 17 chi bộ với 526 đảng viên. Trong năm, kết nạp 41 đảng viên, "
    "chuyển đến 3, từ trần 2, chuyển đi 6. Toàn Đảng bộ hiện có 562 đảng viên, đều được phân "
    "công nhiệm vụ.",
    # one commune of the district
    "Huyện Mường Tè có 14 xã, thị trấn với 10.482 hộ. Toàn xã Bum Nưa có 1.048 hộ, đều đã có "
    "điện lưới quốc gia.",
    # a goal
    "Đảng bộ huyện có 41 tổ chức cơ sở đảng với 5.136 đảng viên. Phấn đấu đến năm 2025, toàn "
    "Đảng bộ có 5.316 đảng viên.",
    # the whole's count narrowed after its noun, or a subset before it
    "Cuối năm 2024, toàn huyện có 2.145 hộ nghèo. Toàn huyện có 2.154 hộ nghèo là đồng bào dân "
    "tộc thiểu số.",
    "Năm 2024 có 118 thôn, tổ dân phố được công nhận danh hiệu văn hóa. Toàn huyện có 181 thôn, "
    "tổ dân phố.",
    # another season
    "1. Sản xuất nông nghiệp\nVụ Hè Thu năm 2024, toàn huyện gieo sạ 5.430 ha lúa, đạt 100,8% "
    "kế hoạch.\n\nKết quả nổi bật\nVới 5.340 ha lúa gieo sạ trong vụ Đông Xuân năm 2024, huyện "
    "bảo đảm an ninh lương thực trên địa bàn.",
    # the subject names another set of the noun
    "Từ năm 2021 đến năm 2024, toàn huyện có 1.485 lao động nông thôn được đào tạo nghề, chủ yếu "
    "là các nghề nông nghiệp.\n\nIV. KẾT LUẬN\nGiai đoạn 2021-2024, số lao động nông thôn có "
    "việc làm sau đào tạo là 1.458 lao động, đạt 98,2%.",
    # registered, then achieved: two deeds
    "Có 1.648 hộ đăng ký danh hiệu Gia đình văn hóa. Kết quả bình xét có 1.468 hộ đạt danh "
    "hiệu Gia đình văn hóa.",
    # another year's count of the same deed
    "Năm 2024, Trung tâm Chính trị huyện mở 9 lớp bồi dưỡng lý luận chính trị cho 346 cán bộ, "
    "công chức cấp xã. Năm 2023, các lớp bồi dưỡng lý luận chính trị của huyện có 364 cán bộ, "
    "công chức cấp xã tham gia.",
]


@pytest.mark.parametrize("text", SILENT)
def test_look_alikes_stay_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "repeat"], alarms(text)


# -- repeat: a rate said twice by the same words, framed from outside its sentence (review 41d)

RATE_FRAMED_APART = [
    # the quarter in the headings
    "I. KẾT QUẢ QUÝ I\nBộ phận một cửa của huyện tiếp nhận hơn 3.200 hồ sơ. Tỷ lệ hồ sơ giải "
    "quyết trước và đúng hạn đạt 96,8%.\n\nII. KẾT QUẢ QUÝ II\nHuyện triển khai phần mềm nhắc "
    "việc tự động cho công chức. Tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 98,6%.",
    # the crop season in the paragraph's first sentence
    "Vụ Đông Xuân, thời tiết thuận lợi, nông dân gieo cấy đúng khung lịch thời vụ. Tỷ lệ diện "
    "tích gieo cấy giống lúa chất lượng cao đạt 67,3%.\n\nVụ Mùa bị ảnh hưởng của mưa lũ cuối "
    "tháng 9, nhiều diện tích phải cấy lại. Tỷ lệ diện tích gieo cấy giống lúa chất lượng cao "
    "đạt 63,7%.",
]


@pytest.mark.parametrize("text", RATE_FRAMED_APART)
def test_a_rate_framed_apart_stays_silent(text: str) -> None:
    assert not alarms(text), alarms(text)


def test_a_rate_restated_in_the_assessment_is_still_told() -> None:
    text = (
        "Bộ phận một cửa của huyện tiếp nhận hơn 3.200 hồ sơ. Tỷ lệ hồ sơ giải quyết trước và "
        "đúng hạn đạt 96,8%.\n\nIII. ĐÁNH GIÁ CHUNG\nCông tác cải cách hành chính có chuyển "
        "biến. Tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 98,6%."
    )
    assert told(checks_of(text, "repeat"), "repeat", "inconsistent", [96.8, 98.6])


# -- repeat: two counts in two paragraphs framed apart outside their sentences (review 41e) --

FRAMED_APART = [
    # two years as headings
    "Năm 2023\n\nĐảng bộ phường có 1.276 đảng viên, sinh hoạt tại 24 chi bộ trực thuộc.\n\nNăm "
    "2024\n\nĐảng bộ phường có 1.267 đảng viên, sinh hoạt tại 24 chi bộ trực thuộc.",
    # two halves of the year
    "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM\nTrạm Y tế xã đã khám, chữa bệnh cho 3.418 lượt người.\n\nII. "
    "KẾT QUẢ 6 THÁNG CUỐI NĂM\nTrạm Y tế xã đã khám, chữa bệnh cho 3.481 lượt người. Toàn bộ "
    "3.481 lượt người nói trên đều được hưởng chế độ bảo hiểm y tế.",
    # two communes opening their paragraphs
    "Tại xã Nậm Cang, chương trình hỗ trợ nhà ở được triển khai từ tháng 3. Đến nay đã có 152 hộ "
    "được hỗ trợ làm nhà.\n\nTại xã Sơn Bình, chương trình được triển khai từ tháng 5. Đến nay đã "
    "có 125 hộ được hỗ trợ làm nhà. Tất cả 125 hộ nói trên đã chuyển vào nhà mới.",
    # two crop seasons
    "Vụ Đông Xuân, thời tiết thuận lợi, bà con gieo cấy đúng lịch thời vụ. Diện tích lúa đạt "
    "3.260 ha, năng suất 61,2 tạ/ha.\n\nVụ Mùa, mưa lớn kéo dài làm ngập úng cục bộ. Diện tích "
    "lúa đạt 3.206 ha. Toàn bộ 3.206 ha nói trên đã được thu hoạch trước mùa bão.",
    # an earlier time pointed at ("Khi đó")
    "Đảng bộ thị xã hiện có 3.815 đảng viên, sinh hoạt tại 52 tổ chức cơ sở đảng.\n\nĐảng bộ thị "
    "xã được thành lập lại tháng 1/2009. Khi đó, Đảng bộ có 3.185 đảng viên, sinh hoạt tại 47 tổ "
    "chức cơ sở đảng. Toàn Đảng bộ với 3.185 đảng viên đã nhanh chóng ổn định tổ chức.",
]


@pytest.mark.parametrize("text", FRAMED_APART)
def test_counts_framed_apart_outside_their_sentences_are_no_proof(text: str) -> None:
    assert not alarms(text), alarms(text)
