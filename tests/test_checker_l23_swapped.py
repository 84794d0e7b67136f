"""A count restated with two digits swapped (twenty-third session), our wording.

Over the held-out gold, 28 of the 44 planted restatements are two neighbouring digits swapped
("1.386" / "1.368"); the reading found 2 of them. Its guards asked more than a restatement
gives. Now:

- a later statement may leave out the years, the date or the report's span the earlier named
  ("Giai đoạn 2020-2024 … 1.246" / "… kết nạp 1.264 …"); it may not add a year or date of its
  own ("… 356 đảng viên" / "Đến ngày 31/12/2023, … 365 đảng viên"), and the words of a start,
  an earlier time, a round or the present must agree ("Vụ này" / "Vụ trước", "Trước đợt" /
  "Sau đợt"), save "hiện" said first and "sau …" said later;
- a span counted back from now ("ba năm qua", "Sau ba năm") against years on the other side
  is another window, silence;
- two adjacent words shared on both sides ("kết nạp", "hộ vay") name the same thing as well as
  three scattered words; another count's noun ("28 chi bộ với …") is no such phrase; a later
  count that points back at the set ("toàn bộ N …", a sentence opening "Với N …", "Số N …",
  "Trong số N …") needs no shared words, unless its noun is named again between the two;
- names before a speaker's colon ("Bí thư Huyện ủy … nhận định:") are the speaker's; a name
  only the earlier statement gives does not set the two apart, one in the later count's own
  comma-piece ("Nhân dân thôn Đông hiến …", "… hộ dân của thôn Đoài") does;
- the last year named up to each count (in its sentence or the one before) must agree, and
  the words after each may not name two levels ("cấp xã" / "cấp huyện"); a later count whose
  unit is followed by a word naming a part the earlier lacks ("624 đảng viên dự …") is a
  subset ("mới" after an admission is not: a first version of this guard cost a find on the
  blind held-out set 34, which the opening code had made).

Each row: (passage, expected verdict or None for silence, figures as stated).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

FOUND = [
    # a period named first, the assessment restates it without one
    (
        "Giai đoạn 2020 - 2024, Đảng bộ huyện Đà Bắc kết nạp 1.246 đảng viên, bình quân mỗi năm "
        "249 đảng viên.\n\nCác chi bộ thôn, xóm duy trì sinh hoạt định kỳ nền nếp.\n\n"
        "Đánh giá chung, công tác phát triển đảng viên có nhiều chuyển biến: kết nạp 1.264 đảng "
        "viên, chất lượng đảng viên mới được nâng lên.",
        [1246, 1264],
    ),
    # a dated count first, the same count undated later in the paragraph of results
    (
        "Đến ngày 30/9/2024, số hội viên Hội Nông dân tỉnh là 42.318 hội viên. Các cấp Hội tổ "
        "chức nhiều mô hình sản xuất hiệu quả.\n\nNhìn chung, phong trào nông dân thi đua sản "
        "xuất giỏi tiếp tục lan tỏa; tổng số hội viên toàn tỉnh đạt 42.138 hội viên.",
        [42318, 42138],
    ),
    # a speaker's colon: the names before it are the speaker's, not the count's
    (
        "Năm 2024, các tổ chức cơ sở đảng kết nạp 154 đảng viên, đạt 110% kế hoạch. Công tác "
        "kiểm tra, giám sát được tăng cường.\n\nĐồng chí Lò Văn Hùng, Bí thư Huyện ủy Quỳnh Nhai "
        "nhận định: trong năm, toàn huyện đã kết nạp 145 đảng viên, mở thêm nhiều lớp bồi dưỡng.",
        [154, 145],
    ),
    # the later count points back at the set: "toàn bộ N …", a sentence opening "Với N …"
    (
        "Đảng bộ phường hiện có 2.417 đảng viên. Thực hiện quy định về nêu gương, toàn bộ 2.471 "
        "đảng viên của Đảng bộ đã đăng ký việc làm cụ thể trong năm.",
        [2417, 2471],
    ),
    (
        "Hội Nông dân huyện hiện có 1.526 hội viên. Với 1.562 hội viên, Hội đứng thứ hai toàn "
        "tỉnh về quy mô tổ chức.",
        [1526, 1562],
    ),
    # "mới" after the later count only repeats that the admitted members are new
    (
        "Trong năm 2024, các tổ chức cơ sở đảng kết nạp 3.147 đảng viên, đạt 104,9% kế hoạch.\n\n"
        "Đánh giá chung, công tác xây dựng Đảng có chuyển biến; toàn tỉnh kết nạp 3.174 đảng viên "
        "mới, góp phần trẻ hóa đội ngũ.",
        [3147, 3174],
    ),
    # a body named only in the earlier statement; two words as one phrase ("hộ vay")
    (
        "Hội quản lý nguồn vốn ủy thác của Ngân hàng Chính sách xã hội huyện Lục Yên qua 84 tổ "
        "tiết kiệm và vay vốn với 6.425 hộ vay, dư nợ 212,4 tỷ đồng.\n\nƯu điểm: vốn ủy thác được "
        "quản lý chặt chẽ, giúp 6.452 hộ vay vốn phát triển sản xuất.",
        [6425, 6452],
    ),
]

SILENT = [
    # two seasons
    "Vụ này, nông dân trong xã gieo cấy 2.146 ha lúa. Vụ trước, nông dân trong xã gieo cấy "
    "2.164 ha lúa do một phần diện tích chuyển sang trồng ngô.",
    # before and after a review
    "Trước đợt rà soát, danh sách của xã có 1.356 đối tượng bảo trợ xã hội. Sau đợt rà soát, "
    "danh sách của xã có 1.365 đối tượng bảo trợ xã hội.",
    # list labels before a colon are the places counted
    "Kết quả cụ thể ở một số đơn vị:\n- Huyện đoàn Bảo Lạc: giới thiệu 141 đoàn viên ưu tú, có "
    "132 đoàn viên được kết nạp Đảng;\n- Huyện đoàn Hà Quảng: giới thiệu 137 đoàn viên ưu tú, có "
    "123 đoàn viên được kết nạp Đảng.",
    # the years named in the sentence before each differ
    "Kết quả rà soát hộ nghèo cuối năm 2023 đã được niêm yết. Theo đó, toàn huyện có 2.371 hộ "
    "nghèo. Công tác dân vận được quan tâm.\n\nKết quả rà soát cuối năm 2024 theo chuẩn mới như "
    "sau. Trong tổng số 2.317 hộ nghèo, có 504 hộ thuộc diện bảo trợ xã hội.",
    # two levels after the unit
    "Huyện có 312 cán bộ, công chức cấp xã. Các đoàn thể phối hợp chặt chẽ với chính quyền.\n\n"
    "Đội ngũ 321 cán bộ, công chức cấp huyện được bố trí đúng vị trí việc làm.",
    # years against a span counted back from the report's present
    "Năm 2024, Hội Nông dân xã Bản Hồ tổng kết. Từ năm 2022 đến năm 2023, Hội đã mở 142 lớp "
    "tập huấn. Hai năm qua, Hội đã mở 124 lớp tập huấn, chủ yếu về chăn nuôi.",
    # the later names a date of its own
    "Huyện có 21 chi bộ cơ sở với 467 đảng viên. Đến ngày 31/12/2023, 21 chi bộ cơ sở có 476 "
    "đảng viên.",
    # the later is a subset: those who attended
    "Đảng bộ có 32 chi bộ với 758 đảng viên. Ban Thường vụ chọn 5 chi bộ làm điểm.\n\n32 chi bộ "
    "có 785 đảng viên dự sinh hoạt chuyên đề, số còn lại vắng có lý do.",
    # the later names a place the earlier does not
    "Năm 2023, xã vận động nhân dân hiến 1.730 m2 đất làm đường. Nhân dân thôn Nà Phìn hiến "
    "1.370 m2 đất làm đường giao thông.",
    # the noun named again between them: another set may have joined the one pointed back at
    "Phường có 4.318 hộ. Ngoài các hộ thường trú, trên địa bàn còn nhiều hộ tạm trú là công "
    "nhân khu công nghiệp. Tất cả 4.381 hộ trên địa bàn đã ký cam kết về an toàn phòng cháy.",
    # a place named after the later count
    "Thôn Trung có 415 hộ dân. Công tác chuyển đổi số bước đầu có kết quả.\n\nTrong tổng số 451 hộ "
    "dân của thôn Đoài, có 62 hộ đạt danh hiệu sản xuất, kinh doanh giỏi.",
    # a part named after the later count's unit: men, households registered, those of 7 villages
    "Hội Nông dân xã có 2.437 hội viên. Với 2.473 hội viên nam, Hội lập thêm 5 tổ hợp tác.",
    "Phường có 3.182 hộ. Trong tổng số 3.128 hộ đăng ký gia đình văn hóa, có 2.950 hộ đạt danh "
    "hiệu.",
    "Xã có 2.563 hộ dân. Toàn bộ 2.536 hộ dân ở 7 thôn vùng thấp đã dùng nước sạch.",
    # a wider level than the body the earlier sentence opens with
    "Xã có 12 thôn. Toàn huyện có 121 thôn, tất cả 121 thôn đều có nhà văn hóa.",
    # another count's noun before each is no shared phrase
    "Đảng bộ có 28 chi bộ với 546 đảng viên. Năm nay, 28 chi bộ có 564 đảng viên được đánh giá.",
]


@pytest.mark.parametrize("text,figures", FOUND)
def test_swapped_restatement_is_told(text: str, figures: list[float]) -> None:
    checks = checks_of(text, "repeat")
    got = told(checks, "repeat", "inconsistent", figures)
    assert got, [(c.verdict, c.figures, c.why) for c in checks]


@pytest.mark.parametrize("text", SILENT)
def test_two_figures_of_swapped_digits_are_not_alarmed(text: str) -> None:
    assert alarms(text) == []
