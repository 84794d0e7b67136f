"""White-box review 23ra of `_all_of_stock` (a stock, then all of it referred back with another
value), `_points_back` (a swapped-digit count pointing back at its set needs no shared words) and
`_later_widens`: passages of our own where the later "toàn bộ / tất cả / cả / 100% trong số /
trong (tổng) số / N/N" count names another legitimate set of the same noun a slip away (another
body or level, another moment, members moved between, a plan, a fraction of another count, a
subset named after the noun, a noun list that goes on, a quote about another unit).

141 clean passages: 29 raised an alarm at first (21 of them a subset named right after the later
noun: "… 156 hội viên có hoàn cảnh khó khăn đã được …", "Trong tổng số 356 đảng viên được đánh
giá, có …", "… 1.264 hộ của thị trấn", read by `_swapped_digits` through `_points_back`, by
`_all_of_stock` and by `_whole_referred`). `_narrowed` in checker/repeat.py fixed those 21; the
133 clean passages without an alarm are in tests/battery/battery_zzzz_ra23.jsonl, the 8 left in
tests/known_alarms/review23ra.jsonl (see its README).

22 planted slips of the shape: 18 found before and after the guard (asserted below); the 4
missed are listed in the comment after the imports, not asserted.
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

# Planted slips still missed (4), not asserted:
#   p01: Đảng bộ xã Xuân Giang có 412 đảng viên, sinh hoạt ở 15 chi bộ. Thực hiện kế hoạch của
#     Huyện ủy, toàn bộ 421 đảng viên đã tham gia học tập chuyên đề.
#   p03: Huyện Yên Định có 26 xã, thị trấn. Đến nay, 100% (25/25) xã, thị trấn đã có chi bộ quân
#     sự.
#   p07: Đảng bộ Khối cơ quan và doanh nghiệp huyện gồm 43 chi bộ trực thuộc với 512 đảng viên.
#     Trong tổng số 521 đảng viên, có 146 đảng viên nữ.
#   p14: Huyện Quan Hóa có 15 xã, thị trấn với 88 thôn, bản. Toàn bộ 98 thôn, bản đã có đường giao
#     thông đến trung tâm xã.

FOUND = [
    # r23ra-p02
    (
        "Hội Nông dân xã Thiệu Tân hiện có 1.562 hội viên. Tất cả 1.526 hội viên đều đã tham "
        "gia bảo hiểm y tế.",
        [1562, 1526],
    ),
    # r23ra-p04
    (
        "Đoàn phường có 27 chi đoàn. Trong năm, cả 72 chi đoàn đều tổ chức ra quân chiến dịch "
        "Thanh niên tình nguyện hè.",
        [27, 72],
    ),
    # r23ra-p05
    (
        "Xã Nga Thạch có 14 thôn. 100% trong tổng số 41 thôn đã xây dựng hương ước mới.",
        [14, 41],
    ),
    # r23ra-p06
    (
        "Trường THCS Nguyễn Du có 28 lớp học. Toàn bộ 29 lớp học đã được lắp đặt hệ thống chiếu"
        " sáng đạt chuẩn.",
        [28, 29],
    ),
    # r23ra-p08
    (
        "Huyện có 21 trạm y tế xã. Qua kiểm tra, tất cả 12 trạm y tế đều đạt Bộ tiêu chí quốc "
        "gia về y tế xã.",
        [21, 12],
    ),
    # r23ra-p09
    (
        "Hội Cựu chiến binh thị trấn hiện nay có 347 hội viên. Toàn thể 374 hội viên đã ký cam "
        "kết không vi phạm pháp luật.",
        [347, 374],
    ),
    # r23ra-p10
    (
        "Phường Trường Thi có 16 khu phố. Đến nay, 17/17 khu phố đã ra mắt mô hình camera giám "
        "sát an ninh.",
        [16, 17],
    ),
    # r23ra-p11
    (
        "Thôn Đồng Lạc có 186 hộ dân. Cả 168 hộ dân đã tự nguyện hiến đất mở rộng đường liên thôn.",
        [186, 168],
    ),
    # r23ra-p12
    (
        "Liên đoàn Lao động thị xã có 58 công đoàn cơ sở. 100% trong số 59 công đoàn cơ sở đã "
        "ký thỏa ước lao động tập thể.",
        [58, 59],
    ),
    # r23ra-p13
    (
        "Hội Liên hiệp Phụ nữ xã có 1.034 hội viên. Trong tổng số 1.043 hội viên, có 245 hội "
        "viên tham gia mô hình sinh kế.",
        [1034, 1043],
    ),
    # r23ra-p15
    (
        "Trường Mầm non Hoa Sen có 24 nhóm, lớp. Cả 23 nhóm, lớp đều tổ chức bán trú cho trẻ.",
        [24, 23],
    ),
    # r23ra-p16
    (
        "Đảng bộ phường Điện Biên hiện có 738 đảng viên. Tất cả 783 đảng viên đều được quán "
        "triệt Chỉ thị 35 của Bộ Chính trị.",
        [738, 783],
    ),
    # r23ra-p17
    (
        "Chi bộ thôn Yên Lạc có 52 đảng viên. Toàn bộ 53 đảng viên đã đăng ký làm theo tấm "
        "gương đạo đức Hồ Chí Minh.",
        [52, 53],
    ),
    # r23ra-p18
    (
        "Xã Đông Hoàng có 2.145 hộ. 100% trong tổng số 2.154 hộ đã được cấp giấy chứng nhận "
        "quyền sử dụng đất.",
        [2145, 2154],
    ),
    # r23ra-p19
    (
        "Huyện đoàn có 36 cơ sở đoàn. Trong số 37 cơ sở đoàn, có 30 cơ sở xếp loại vững mạnh.",
        [36, 37],
    ),
    # r23ra-p20
    (
        "Hợp tác xã dịch vụ nông nghiệp Thọ Lộc có 326 thành viên. Toàn bộ 362 thành viên đều "
        "được cung ứng giống lúa chất lượng cao.",
        [326, 362],
    ),
    # r23ra-p21
    (
        "Hội Người cao tuổi xã hiện có 694 hội viên. Cả 649 hội viên đều được tặng quà nhân "
        "ngày Người cao tuổi Việt Nam.",
        [694, 649],
    ),
    # r23ra-p22
    (
        "Đảng bộ Công an huyện có 19 chi bộ. Đến nay, 18/18 chi bộ đã được công nhận trong "
        "sạch, vững mạnh.",
        [19, 18],
    ),
]

# the subsets `_narrowed` reads after the later noun (each raised an alarm before it)
NARROWED = [
    # r23ra-019
    "Đảng bộ xã có 365 đảng viên. Trong tổng số 356 đảng viên được đánh giá, xếp loại, có "
    "61 đồng chí hoàn thành xuất sắc nhiệm vụ.",
    # r23ra-020
    "Hội Cựu chiến binh xã có 165 hội viên. Tất cả 156 hội viên có hoàn cảnh khó khăn đã "
    "được Hội thăm hỏi, tặng quà dịp Tết.",
    # r23ra-021
    "Hội Liên hiệp Phụ nữ huyện có 87 chi hội. Tất cả 78 chi hội đạt loại khá trở lên được "
    "biểu dương tại hội nghị tổng kết.",
    # r23ra-022
    "Xã Định Long có 24 thôn. Cả 23 thôn có nhà văn hóa đạt chuẩn được huyện hỗ trợ mua sắm"
    " trang thiết bị.",
    # r23ra-023
    "Thôn Đồng Tâm có 241 hộ. Toàn bộ 214 hộ có nhu cầu vay vốn đã được Ngân hàng Chính "
    "sách xã hội giải ngân.",
    # r23ra-024
    "Huyện Vĩnh Lộc có 85 trường học. 100% trong số 58 trường có bếp ăn bán trú đã được cấp"
    " giấy chứng nhận an toàn thực phẩm.",
    # r23ra-026
    "Đảng bộ xã có 365 đảng viên. Trong số 356 đảng viên đã được đánh giá, có 298 đồng chí "
    "hoàn thành tốt nhiệm vụ.",
    # r23ra-028
    "Đảng bộ xã có 365 đảng viên. Toàn bộ 356 đảng viên trong độ tuổi lao động được phân "
    "công theo dõi hộ gia đình.",
    # r23ra-047
    "Xã có 12 thôn. Tất cả 11 thôn có đồng bào công giáo sinh sống đã xây dựng hương ước "
    "gắn với giữ gìn an ninh trật tự.",
    # r23ra-057
    "Hội Phụ nữ xã có 1.526 hội viên. Trong số 1.562 hội viên của Hội Phụ nữ thị trấn, có "
    "812 hội viên tham gia tổ tiết kiệm.",
    # r23ra-064
    "Hội Cựu chiến binh xã có 126 hội viên. Trong tổng số 162 hội viên của Hội Cựu chiến "
    "binh phường, có 38 hội viên là thương binh.",
    # r23ra-068
    "Xã có 1.612 hộ. Tất cả 1.621 hộ của thị trấn đã lắp đặt đồng hồ nước.",
    # r23ra-073
    "Xã có 24 thôn. Trong tổng số 23 thôn đã có nhà văn hóa, có 20 nhà văn hóa đạt chuẩn.",
    # r23ra-089
    "Đảng bộ có 1.385 đảng viên. Trong số 1.358 đảng viên đang sinh hoạt tại chi bộ, có 326"
    " đảng viên là cán bộ, công chức.",
    # r23ra-098
    "Đoàn trường có 1.246 đoàn viên. Toàn bộ 1.264 đoàn viên của các trường THPT trong "
    "huyện đã hoàn thành học tập chuyên đề.",
    # r23ra-104
    "Xã có 1.246 hộ. Trong số 1.264 hộ của thị trấn, có 86 hộ kinh doanh cá thể.",
    # r23ra-110
    "Đảng bộ xã có 365 đảng viên. 100% trong số 356 đảng viên được giao nhiệm vụ theo dõi "
    "hộ gia đình đã hoàn thành nhiệm vụ.",
    # r23ra-114
    "Hội Nông dân huyện có 1.562 hội viên. Trong số 1.526 hội viên vay vốn, có 412 hội viên"
    " thoát nghèo.",
    # r23ra-120
    "Xã có 1.240 hộ. 100% trong số 1.204 hộ nông nghiệp đã được tập huấn kỹ thuật.",
    # r23ra-123
    "Xã có 365 hộ nghèo. Toàn bộ 356 hộ nghèo có người trong độ tuổi lao động đã được hỗ "
    "trợ sinh kế.",
]


@pytest.mark.parametrize(("text", "figures"), FOUND)
def test_slip_after_a_stock_is_found(text: str, figures: list[float]) -> None:
    assert told(checks_of(text, "repeat"), "repeat", "inconsistent", figures)


@pytest.mark.parametrize("text", NARROWED)
def test_subset_named_after_the_later_noun_raises_no_alarm(text: str) -> None:
    assert alarms(text) == []
