"""A full fraction "N/N <units>" after the profile's count of those units: an independent
review for false alarms (twenty-seventh session, review 27y), our own passages.

``repeat._full_fraction_profile`` (and, for fractions, ``_profile_restated`` and ``_all_of_stock``)
now also keep silence (``repeat._ff_set_apart``) when the stock names two kinds of unit under one
count ("9 tổ dân phố và thôn" … "8/8 tổ dân phố"), when a "khi / lúc / thời điểm …" clause before
the fraction sets its moment ("Khi xã được công nhận … lần đầu, 10/10 thôn …"), and when a kind of
the units is named between the stock and the fraction ("… ở các chi hội đủ điều kiện", "lựa chọn
các thôn đồng bào dân tộc thiểu số làm điểm"). Of 74 clean passages 7 had alarmed; 6 are fixed,
one is left in tests/known_alarms/review27y.jsonl ("7 ấp" … "6/6 ấp có tổ công nghệ số cộng đồng
hoạt động hiệu quả": read like the development case "8/8 thôn có nhà văn hóa đạt chuẩn").

PLANTED: one slip each, 12 of 15 found and asserted inconsistent. Missed, 3 of 15, not asserted:
  - Đoàn Thanh niên xã có 12 chi đoàn. Trong tháng thanh niên, 11/11 chi đoàn ra quân làm đường giao thông nông thôn.
  - Hội Cựu chiến binh huyện có 23 cơ sở hội. Cuối năm, 100% (32/32) cơ sở hội được xếp loại vững mạnh.
  - Đảng bộ xã hiện có 20 chi bộ, 512 đảng viên. Kết quả phân loại cuối năm: 19/19 chi bộ hoàn thành tốt nhiệm vụ trở lên.
  ("ra quân" is not read as what all the units did; "Cuối năm" names a moment the profile does
  not, so the fraction may count another set: silence kept.)

CLEAN: passages of each new guard told silent (the whole review is tests/battery/
battery_zzzz_r27y.jsonl, 73 clean passages, no alarm).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

PLANTED = [
    (
        "Xã có 9 thôn, 2.718 hộ với 10.306 nhân khẩu. Trong năm, công tác xây dựng nông thôn mới tiếp tục được quan tâm. Về tiêu chí cơ sở vật chất văn hóa, 8/8 thôn có nhà văn hóa đạt chuẩn.",
        [9, 8],
    ),
    (
        "Hội Liên hiệp Phụ nữ huyện có 13 cơ sở hội, 87 chi hội với 9.412 hội viên. Công tác xây dựng tổ chức hội được chú trọng; 100% (78/78) chi hội được xếp loại khá trở lên.",
        [87, 78],
    ),
    (
        "Đảng bộ xã có 16 chi bộ trực thuộc, 421 đảng viên. Công tác giáo dục chính trị tư tưởng được thực hiện tốt. 15/15 chi bộ đã tổ chức học tập, quán triệt nghị quyết của cấp trên.",
        [16, 15],
    ),
    (
        "Xã có 12 thôn. Công tác vệ sinh môi trường được duy trì. 21/21 thôn đã thành lập tổ tự quản về môi trường.",
        [12, 21],
    ),
    (
        "Hội Nông dân xã có 11 chi hội với 1.245 hội viên. Phong trào sản xuất kinh doanh giỏi phát triển; 10/10 chi hội đã tổ chức bình xét hộ sản xuất giỏi các cấp.",
        [11, 10],
    ),
    (
        "Xã có 10 thôn, 3.012 hộ. Hoạt động thể dục thể thao sôi nổi. 9/9 thôn duy trì câu lạc bộ thể dục thể thao.",
        [10, 9],
    ),
    (
        "Thị trấn có 14 tổ dân phố. Công tác giữ gìn an ninh trật tự được đảm bảo; 13/13 tổ dân phố đều ký cam kết không có tội phạm và tệ nạn xã hội.",
        [14, 13],
    ),
    (
        "Huyện có 19 xã, thị trấn. Về phát triển kinh tế, 18/18 xã, thị trấn đạt chỉ tiêu thu ngân sách.",
        [19, 18],
    ),
    (
        "Xã có 8 thôn. Phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục được phát động. 7/7 thôn xây dựng được mô hình tự quản về an ninh trật tự.",
        [8, 7],
    ),
    (
        "Xã có 11 ấp với 4.126 hộ. Công tác giảm nghèo đạt kết quả tích cực; 10/10 ấp tổ chức tốt ngày hội đại đoàn kết toàn dân tộc.",
        [11, 10],
    ),
    (
        "Phường có 10 khu phố. Công tác chỉnh trang đô thị được quan tâm; 9/9 khu phố đạt danh hiệu khu phố văn hóa.",
        [10, 9],
    ),
    (
        "Hội Phụ nữ xã có 15 chi hội. Phong trào phụ nữ tích cực học tập, lao động sáng tạo phát triển; 14/14 chi hội thực hiện mô hình tiết kiệm.",
        [15, 14],
    ),
]

CLEAN = [
    "Thị trấn có 9 tổ dân phố và thôn. Trong năm, 8/8 tổ dân phố đã thành lập tổ an ninh trật tự.",
    "Xã có 11 thôn. Khi xã được công nhận đạt chuẩn nông thôn mới lần đầu, 10/10 thôn đều có nhà văn hóa.",
    "Hội Nông dân huyện có 15 cơ sở hội. Đề án hỗ trợ nông dân phát triển kinh tế tập thể triển khai tại các cơ sở vùng chuyên canh; 14/14 cơ sở hội đã thành công tổ hợp tác.",
    "Xã có 10 thôn. Xã lựa chọn các thôn đồng bào dân tộc thiểu số làm điểm thực hiện Đề án bình đẳng giới. Qua một năm, 9/9 thôn đã tổ chức truyền thông định kỳ.",
    "Thị trấn có 8 tổ dân phố. Chương trình chỉnh trang đô thị tập trung vào các tổ dân phố ven quốc lộ; 7/7 tổ dân phố đã lắp đặt hệ thống chiếu sáng.",
    'Hội Cựu chiến binh có 10 chi hội. Hội triển khai mô hình "Cựu chiến binh giúp nhau làm kinh tế" ở các chi hội đủ điều kiện. Kết quả, 9/9 chi hội đã duy trì quỹ với tổng số vốn 420 triệu đồng.',
    "Xã có 9 thôn. Lúc đầu năm, 8/8 thôn đã ký giao ước thi đua.",
    "Đảng bộ xã có 14 chi bộ. Nhân dịp kỷ niệm ngày thành lập Đảng, 13/13 chi bộ thôn đã tổ chức sinh hoạt chuyên đề.",
    "Xã có 10 thôn, bản. Xã chọn một số thôn làm điểm xây dựng khu dân cư kiểu mẫu. Cuối đợt, 9/9 thôn đã hoàn thành.",
]

# the guards keep silence on a kind of the units, not on every mention of them
STILL_FOUND = [
    (
        "Xã có 9 thôn, 2.718 hộ. Các thôn trên địa bàn tích cực hưởng ứng phong trào. 8/8 thôn có nhà văn hóa đạt chuẩn.",
        [9, 8],
    ),
    (
        "Hội Nông dân xã có 12 chi hội. Các chi hội tổ chức sinh hoạt đều đặn; 11/11 chi hội đã xây dựng quỹ hội.",
        [12, 11],
    ),
]


@pytest.mark.parametrize(("text", "figures"), PLANTED + STILL_FOUND)
def test_full_fraction_slip_found_27y(text: str, figures: list[float]) -> None:
    checks = checks_of(text, "repeat")
    assert told(checks, "repeat", "inconsistent", figures), [
        (c.verdict, c.figures, c.why) for c in checks
    ]


@pytest.mark.parametrize("text", CLEAN)
def test_full_fraction_set_apart_silent(text: str) -> None:
    assert alarms(text) == []
