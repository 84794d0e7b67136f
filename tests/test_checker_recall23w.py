"""Recall round 23w of the repeat checks: a whole stated as a stock, then referred back with a
different value ("Đảng bộ xã có 365 đảng viên …. Toàn thể 356 đảng viên …", "… tất cả 143 chi
bộ …", "100% trong tổng số 53 cơ sở đoàn", "cả 21 trạm y tế", "18/18 xã" after "Huyện có 19
xã", "100% (12/12) tổ dân phố" after "Thị trấn có 11 tổ dân phố").

Passages of our own: 85 planted restatements (each with its consistent twin) and 100 clean traps
(a subset named by a qualifier, another body or level, another moment, members moved between, a
total raised, a plan, a fraction of another noun, an age group, a noun list that goes on …).
The twins and the traps that raise no alarm are in tests/battery/battery_zzzz_w23.jsonl.

`_all_of_stock` in checker/repeat.py reads the shape: a stock ("<body> (hiện) có/gồm N X", nothing
its members did after it), then within three sentences "toàn bộ / tất cả / toàn thể / cả /
100% trong (tổng) số / trong (tổng) số N X, … / N/N / 100% (N/N)" with no qualifier after the
noun that the stock lacks, and two values a slip gives (a tenth apart, two adjacent digits
swapped, one digit off by one), under the guards of the whole-referred reading.

Planted found: 53 of 85 before, 73 after. The 12 missed are listed in the comment after
the imports, not asserted (a moment said with the later count: "Năm 2024", "cuối năm",
"tháng 12", "nhiệm kỳ 2023 - 2028", "năm 2023" of a law; a count below 10; another noun,
"đơn vị hành chính" / "xã, thị trấn"; one told unverifiable by an older reading).

16 of the clean traps still draw an alarm from older readings (`_swapped_digits`,
`_nearby_pair`, `_profile_restated`, `_whole_referred`), none from the new one; they are left out
of the battery and of this file.
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

# Planted restatements still missed (12), not asserted:
#   p001: Đảng bộ xã Tân Lập có 365 đảng viên, sinh hoạt tại 17 chi bộ. Năm 2024, toàn bộ 356 đảng
#     viên đã được học tập Nghị quyết Trung ương 8.
#   p003: Hội Liên hiệp Phụ nữ huyện hiện có 87 chi hội cơ sở. Kết quả đánh giá cuối năm, 100%
#     trong tổng số 78 chi hội đạt loại khá trở lên.
#   p005: Xã Phú Mỹ có 24 thôn. Đến cuối năm, cả 23 thôn đều có nhà văn hóa đạt chuẩn.
#   p019: Đảng bộ phường có 527 đảng viên. Đến tháng 12, 100% trong số 572 đảng viên đã đăng ký làm
#     theo tấm gương đạo đức Hồ Chí Minh.
#   p021: Liên đoàn Lao động huyện có 96 công đoàn cơ sở. Toàn bộ 69 công đoàn cơ sở đã tổ chức đại
#     hội nhiệm kỳ 2023 - 2028 đúng kế hoạch.
#   p026: Đoàn xã hiện có 18 chi đoàn. 100% trong tổng số 19 chi đoàn đã tổ chức sinh hoạt chủ điểm
#     tháng 3.
#   p031: Đảng bộ khối cơ quan có 36 chi bộ. Toàn bộ 63 chi bộ đã ban hành nghị quyết lãnh đạo
#     nhiệm vụ năm 2024.
#   p042: Xã Tiến Thành có 9 thôn. Cả 8 thôn đều đã có đường bê tông đến trung tâm.
#   p050: Huyện Như Xuân có 16 đơn vị hành chính cấp xã. Cả 17 xã, thị trấn đều có chi bộ quân sự.
#   p057: Xã Hoằng Đạt có 13 thôn. Đến tháng 10, 100% trong tổng số 12 thôn đã tổ chức Ngày hội đại
#     đoàn kết.
#   p067: Đảng bộ khối doanh nghiệp có 48 chi bộ. Trong tổng số 47 chi bộ, có 14 chi bộ doanh
#     nghiệp ngoài nhà nước.
#   p083: Thị xã có 68 hợp tác xã. Tất cả 86 hợp tác xã đã chuyển đổi theo Luật Hợp tác xã năm
#     2023.

FOUND = [
    # p002
    (
        "Đảng bộ huyện có 142 chi bộ trực thuộc. Trong năm, tất cả 143 chi bộ đều tổ chức "
        "sinh hoạt chuyên đề theo hướng dẫn.",
        [142, 143],
    ),
    # p004
    (
        "Hội Nông dân xã có 1.240 hội viên. Trong số 1.250 hội viên, có 312 hội viên đạt danh "
        "hiệu sản xuất kinh doanh giỏi các cấp.",
        [1240, 1250],
    ),
    # p006
    (
        "Huyện Đông Sơn có 19 xã. Đến nay, 18/18 xã đã có trạm y tế đạt chuẩn quốc gia.",
        [19, 18],
    ),
    # p007
    (
        "Hội Cựu chiến binh huyện có 1.562 hội viên. Với 1.526 hội viên, Hội đã đóng góp hơn "
        "2.000 ngày công xây dựng nông thôn mới.",
        [1562, 1526],
    ),
    # p008
    (
        "Toàn huyện có 64 trường học các cấp. Tất cả 46 trường đều được kết nối internet tốc "
        "độ cao.",
        [64, 46],
    ),
    # p009
    (
        "Đoàn Thanh niên xã có 418 đoàn viên, sinh hoạt ở 12 chi đoàn. Toàn thể 481 đoàn viên "
        "đã tham gia ra quân làm sạch môi trường.",
        [418, 481],
    ),
    # p010
    (
        "Thị trấn có 11 tổ dân phố. 100% (12/12) tổ dân phố đã xây dựng quy ước văn hóa.",
        [11, 12],
    ),
    # p011
    (
        "Hợp tác xã Đồng Tiến có 238 thành viên. Năm qua, toàn bộ 283 thành viên được chia "
        "lãi theo mức độ sử dụng dịch vụ.",
        [238, 283],
    ),
    # p012
    (
        "Đảng bộ xã gồm 21 chi bộ trực thuộc. Trong tổng số 22 chi bộ, có 9 chi bộ được xếp "
        "loại hoàn thành xuất sắc nhiệm vụ.",
        [21, 22],
    ),
    # p013
    (
        "Huyện hiện có 1.184 hộ nghèo. Toàn bộ 1.148 hộ nghèo đều được cấp thẻ bảo hiểm y tế "
        "miễn phí.",
        [1184, 1148],
    ),
    # p014
    (
        "Xã Thanh Hà có 2.146 hộ gia đình. Trong đợt ra quân, 100% trong tổng số 2.164 hộ đã "
        "ký cam kết không vi phạm an toàn giao thông.",
        [2146, 2164],
    ),
    # p015
    (
        "Chi bộ thôn Đông hiện có 43 đảng viên. Tất cả 34 đảng viên của chi bộ đều đeo huy "
        "hiệu Đảng khi sinh hoạt.",
        [43, 34],
    ),
    # p016
    (
        "Trường Tiểu học Kim Đồng có 48 giáo viên. Cả 49 giáo viên đều đạt chuẩn trình độ đào tạo.",
        [48, 49],
    ),
    # p017
    (
        "Hội Người cao tuổi xã có 612 hội viên. Trong số 621 hội viên, có 86 cụ được mừng thọ "
        "tuổi 80.",
        [612, 621],
    ),
    # p018
    (
        "Huyện có 57 hợp tác xã nông nghiệp. Trong tổng số 75 hợp tác xã, có 21 hợp tác xã "
        "hoạt động khá, giỏi.",
        [57, 75],
    ),
    # p020
    (
        "Xã có 14 thôn, bản. Tất cả 15 thôn, bản đều có chi bộ đảng.",
        [14, 15],
    ),
    # p022
    (
        "Hội Chữ thập đỏ huyện có 3.210 hội viên. Với 3.201 hội viên, Hội đã vận động được "
        "1.420 suất quà tặng người nghèo.",
        [3210, 3201],
    ),
    # p023
    (
        "Huyện có 27 xã, thị trấn. Đến hết năm, cả 26 xã, thị trấn đều có bác sĩ làm việc tại "
        "trạm y tế.",
        [27, 26],
    ),
    # p024
    (
        "Tỉnh có 13 huyện, thị xã, thành phố. Tất cả 31 huyện, thị xã, thành phố đã hoàn "
        "thành chuyển đổi số cấp huyện.",
        [13, 31],
    ),
    # p025
    (
        "Đảng bộ xã Hòa An có 289 đảng viên. Toàn bộ 298 đảng viên đều được cập nhật vào cơ "
        "sở dữ liệu đảng viên.",
        [289, 298],
    ),
    # p027
    (
        "Công đoàn ngành giáo dục có 1.342 đoàn viên. Tất cả 1.324 đoàn viên đều tham gia "
        "cuộc vận động Mỗi thầy cô giáo là tấm gương đạo đức.",
        [1342, 1324],
    ),
    # p028
    (
        "Xã Quang Trung có 1.875 hộ dân. Toàn bộ 1.857 hộ dân đã được dùng nước sạch.",
        [1875, 1857],
    ),
    # p029
    (
        "Huyện có 22 trạm y tế xã. Cả 21 trạm y tế đều có bác sĩ.",
        [22, 21],
    ),
    # p030
    (
        "Hội Nông dân huyện có 124 chi hội. Trong số 142 chi hội, có 41 chi hội được xếp loại "
        "vững mạnh.",
        [124, 142],
    ),
    # p032
    (
        "Thành phố có 15 phường, xã. Hiện nay, 16/16 phường, xã đã được công nhận đạt chuẩn "
        "tiếp cận pháp luật.",
        [15, 16],
    ),
    # p033
    (
        "Xã Ngọc Lâm có 11 thôn. Trong tổng số 12 thôn, có 7 thôn đạt danh hiệu thôn văn hóa "
        "5 năm liền.",
        [11, 12],
    ),
    # p034
    (
        "Hội Phụ nữ xã có 754 hội viên. Toàn thể 745 hội viên đã tham gia phong trào Phụ nữ "
        "tích cực học tập, lao động sáng tạo.",
        [754, 745],
    ),
    # p035
    (
        "Trường Trung học phổ thông huyện có 1.268 học sinh. Tất cả 1.286 học sinh đã được "
        "tuyên truyền về phòng chống ma túy.",
        [1268, 1286],
    ),
    # p036
    (
        "Đảng bộ xã có 19 chi bộ, với 412 đảng viên. Tất cả 18 chi bộ đều duy trì sinh hoạt "
        "định kỳ hằng tháng.",
        [19, 18],
    ),
    # p037
    (
        "Xã hiện có 32 tổ hợp tác. Toàn bộ 23 tổ hợp tác đều hoạt động có hiệu quả.",
        [32, 23],
    ),
    # p038
    (
        "Huyện có 31 cơ sở giáo dục mầm non. 100% trong số 30 cơ sở giáo dục mầm non đã tổ "
        "chức bán trú.",
        [31, 30],
    ),
    # p039
    (
        "Đảng bộ huyện Yên Định có 43 tổ chức cơ sở đảng. Trong tổng số 45 tổ chức cơ sở "
        "đảng, có 12 đảng bộ cơ sở.",
        [43, 45],
    ),
    # p040
    (
        "Phường có 586 hộ kinh doanh cá thể. Toàn bộ 568 hộ kinh doanh đã ký cam kết bảo đảm "
        "an toàn thực phẩm.",
        [586, 568],
    ),
    # p041
    (
        "Hội Cựu chiến binh xã có 165 hội viên. Tất cả 156 hội viên đều gương mẫu chấp hành "
        "chủ trương của Đảng.",
        [165, 156],
    ),
    # p043
    (
        "Đảng bộ xã có 472 đảng viên, trong đó có 64 đảng viên được miễn sinh hoạt. Toàn bộ "
        "427 đảng viên của Đảng bộ đã được quán triệt Chỉ thị 35.",
        [472, 427],
    ),
    # p044
    (
        "Trường Mầm non Hoa Sen có 312 trẻ. Tất cả 321 trẻ đều được ăn bán trú tại trường.",
        [312, 321],
    ),
    # p045
    (
        "Huyện có 188 nhà văn hóa thôn. Toàn bộ 181 nhà văn hóa đều được trang bị loa truyền "
        "thanh.",
        [188, 181],
    ),
    # p046
    (
        "Hội Khuyến học xã có 938 hội viên. Trong số 983 hội viên, có 204 người là giáo viên "
        "nghỉ hưu.",
        [938, 983],
    ),
    # p047
    (
        "Đảng bộ thị trấn có 16 chi bộ. Trong tổng số 17 chi bộ, có 6 chi bộ tổ dân phố.",
        [16, 17],
    ),
    # p048
    (
        "Huyện có 246 doanh nghiệp đang hoạt động. Tất cả 264 doanh nghiệp đã được tuyên "
        "truyền Luật Bảo hiểm xã hội.",
        [246, 264],
    ),
    # p049
    (
        "Xã có 58 hộ nghèo. Toàn bộ 57 hộ nghèo đã được vay vốn ưu đãi của Ngân hàng Chính "
        "sách xã hội.",
        [58, 57],
    ),
    # p051
    (
        "Đoàn Thanh niên huyện có 35 cơ sở đoàn. 100% trong tổng số 53 cơ sở đoàn đã tổ chức "
        "Tháng Thanh niên.",
        [35, 53],
    ),
    # p052
    (
        "Xã Hùng Sơn có 21 cán bộ, công chức. Toàn bộ 22 cán bộ, công chức đều có trình độ "
        "đại học.",
        [21, 22],
    ),
    # p053
    (
        "Chi hội Nông dân thôn Bắc có 127 hội viên. Toàn bộ 172 hội viên đã tham gia bảo hiểm "
        "y tế.",
        [127, 172],
    ),
    # p054
    (
        "Hội Phụ nữ thị trấn có 13 chi hội. Tất cả 14 chi hội đều ra mắt mô hình Tổ phụ nữ tự "
        "quản.",
        [13, 14],
    ),
    # p055
    (
        "Ngành giáo dục huyện có 1.846 cán bộ, giáo viên. Trong số 1.864 cán bộ, giáo viên, "
        "có 1.105 người đạt trên chuẩn.",
        [1846, 1864],
    ),
    # p056
    (
        "Đảng bộ huyện có 5.421 đảng viên. Toàn bộ 5.412 đảng viên đã được phát Sổ tay đảng viên.",
        [5421, 5412],
    ),
    # p058
    (
        "Toàn huyện có 92 trang trại. Tất cả 29 trang trại đều được cấp giấy chứng nhận kinh "
        "tế trang trại.",
        [92, 29],
    ),
    # p059
    (
        "Xã có 12 chi hội phụ nữ. Cả 11 chi hội đều có mô hình tiết kiệm.",
        [12, 11],
    ),
    # p060
    (
        "Hội Nông dân tỉnh có 615 cơ sở hội. Trong tổng số 651 cơ sở hội, có 532 cơ sở đạt "
        "vững mạnh.",
        [615, 651],
    ),
    # p061
    (
        "Huyện hiện có 486 công chức cấp xã. Tất cả 468 công chức đều được bồi dưỡng kỹ năng số.",
        [486, 468],
    ),
    # p062
    (
        "Trường có 36 lớp học. Toàn bộ 35 lớp đều được trang bị máy chiếu.",
        [36, 35],
    ),
    # p063
    (
        "Đảng bộ xã Nam Tiến hiện có 312 đảng viên. Với 321 đảng viên, Đảng bộ đã lãnh đạo "
        "hoàn thành 18 chỉ tiêu nghị quyết.",
        [312, 321],
    ),
    # p064
    (
        "Xã có 10 khu dân cư. 100% (11/11) khu dân cư đạt chuẩn văn hóa.",
        [10, 11],
    ),
    # p065
    (
        "Hội Cựu thanh niên xung phong huyện có 846 hội viên. Trong số 864 hội viên, có 98 "
        "người hưởng chế độ theo Quyết định 40.",
        [846, 864],
    ),
    # p066
    (
        "Xã có 17 cụm dân cư. Tất cả 71 cụm dân cư đều có camera an ninh.",
        [17, 71],
    ),
    # p068
    (
        "Phường có 28 tổ dân phố. Toàn bộ 29 tổ dân phố đều có tổ an ninh tự quản.",
        [28, 29],
    ),
    # p069
    (
        "Huyện có 182 thôn, tổ dân phố. Tất cả 128 thôn, tổ dân phố đã có chi bộ.",
        [182, 128],
    ),
    # p070
    (
        "Hội Nông dân xã có 14 tổ hội nghề nghiệp. Toàn bộ 15 tổ hội đều hoạt động đúng điều lệ.",
        [14, 15],
    ),
    # p071
    (
        "Xã đảo có 437 hộ ngư dân. Toàn bộ 473 hộ ngư dân đã được phổ biến quy định về khai "
        "thác hải sản.",
        [437, 473],
    ),
    # p072
    (
        "Đảng bộ xã có 246 đảng viên. Trong số 245 đảng viên, có 38 đảng viên được tặng Huy "
        "hiệu Đảng.",
        [246, 245],
    ),
    # p073
    (
        "Toàn huyện có 52 câu lạc bộ văn nghệ. Tất cả 25 câu lạc bộ đều tham gia hội diễn.",
        [52, 25],
    ),
    # p074
    (
        "Huyện có 18 chợ nông thôn. Cả 19 chợ đều đã được cải tạo, nâng cấp.",
        [18, 19],
    ),
    # p075
    (
        "Hội Liên hiệp Thanh niên xã có 231 hội viên. Toàn thể 213 hội viên đều tham gia hiến "
        "máu tình nguyện.",
        [231, 213],
    ),
    # p076
    (
        "Huyện có 74 điểm trường. Tất cả 47 điểm trường đều có nhà vệ sinh đạt chuẩn.",
        [74, 47],
    ),
    # p077
    (
        "Đảng bộ huyện có 34 đảng bộ cơ sở. Trong tổng số 43 đảng bộ cơ sở, có 21 đảng bộ xã.",
        [34, 43],
    ),
    # p078
    (
        "Xã có 1.612 hộ gia đình. Cả 1.621 hộ đã ký cam kết xây dựng gia đình văn hóa.",
        [1612, 1621],
    ),
    # p079
    (
        "Công an huyện có 154 cán bộ, chiến sĩ. Toàn bộ 145 cán bộ, chiến sĩ đều tham gia đợt "
        "cao điểm tấn công trấn áp tội phạm.",
        [154, 145],
    ),
    # p080
    (
        "Ủy ban Mặt trận Tổ quốc xã có 39 ủy viên. Tất cả 38 ủy viên đã tham gia giám sát tại "
        "khu dân cư.",
        [39, 38],
    ),
    # p081
    (
        "Huyện có 23 xã. 22/22 xã đạt chuẩn nông thôn mới.",
        [23, 22],
    ),
    # p082
    (
        "Đảng bộ xã có 15 chi bộ trực thuộc. 14/14 chi bộ được xếp loại hoàn thành tốt nhiệm "
        "vụ trở lên.",
        [15, 14],
    ),
    # p084
    (
        "Xã có 142 người có công với cách mạng. Toàn bộ 124 người có công đều được thăm hỏi, "
        "tặng quà dịp 27/7.",
        [142, 124],
    ),
    # p085
    (
        "Đảng bộ có 96 đảng viên. Tất cả 69 đảng viên đều đóng đảng phí đầy đủ.",
        [96, 69],
    ),
]

TWINS = [
    # c001
    "Đảng bộ xã Tân Lập có 365 đảng viên, sinh hoạt tại 17 chi bộ. Năm 2024, toàn bộ 365 "
    "đảng viên đã được học tập Nghị quyết Trung ương 8.",
    # c010
    "Thị trấn có 11 tổ dân phố. 100% (11/11) tổ dân phố đã xây dựng quy ước văn hóa.",
    # c018
    "Huyện có 57 hợp tác xã nông nghiệp. Trong tổng số 57 hợp tác xã, có 21 hợp tác xã "
    "hoạt động khá, giỏi.",
    # c026
    "Đoàn xã hiện có 18 chi đoàn. 100% trong tổng số 18 chi đoàn đã tổ chức sinh hoạt chủ "
    "điểm tháng 3.",
    # c034
    "Hội Phụ nữ xã có 754 hội viên. Toàn thể 754 hội viên đã tham gia phong trào Phụ nữ "
    "tích cực học tập, lao động sáng tạo.",
    # c043
    "Đảng bộ xã có 472 đảng viên, trong đó có 64 đảng viên được miễn sinh hoạt. Toàn bộ "
    "472 đảng viên của Đảng bộ đã được quán triệt Chỉ thị 35.",
    # c052
    "Xã Hùng Sơn có 21 cán bộ, công chức. Toàn bộ 21 cán bộ, công chức đều có trình độ đại học.",
    # c060
    "Hội Nông dân tỉnh có 615 cơ sở hội. Trong tổng số 615 cơ sở hội, có 532 cơ sở đạt vững mạnh.",
    # c070
    "Hội Nông dân xã có 14 tổ hội nghề nghiệp. Toàn bộ 14 tổ hội đều hoạt động đúng điều lệ.",
    # c078
    "Xã có 1.612 hộ gia đình. Cả 1.612 hộ đã ký cam kết xây dựng gia đình văn hóa.",
]

TRAPS = [
    # t001
    "Đảng bộ xã có 365 đảng viên. Toàn bộ 120 đảng viên trẻ đã tham gia lớp bồi dưỡng lý "
    "luận chính trị.",
    # t002
    "Đảng bộ huyện có 3.562 đảng viên. Toàn bộ 356 đảng viên của xã Nam Hòa đã được học "
    "tập Nghị quyết.",
    # t004
    "Đầu năm, Đảng bộ có 365 đảng viên. Trong năm kết nạp 6 đảng viên mới, chuyển đi 3 "
    "đảng viên. Toàn bộ 368 đảng viên đã được kiểm điểm cuối năm.",
    # t005
    "Hội Cựu chiến binh xã có 212 hội viên. Trong năm kết nạp thêm 14 hội viên, nâng tổng "
    "số lên 226 hội viên.",
    # t006
    "Hội Nông dân huyện có 87 chi hội. Năm 2025, phấn đấu 100% trong số 90 chi hội đạt "
    "loại khá trở lên.",
    # t007
    "Huyện có 19 xã, thị trấn. Đến nay, 18/19 xã đã đạt chuẩn nông thôn mới.",
    # t008
    "Huyện có 19 xã. Đến nay, 12/12 xã vùng đồng bằng đã có trạm y tế đạt chuẩn.",
    # t009
    "Đảng bộ xã có 412 đảng viên. Tất cả 86 đảng viên trên 70 tuổi đều được tặng quà dịp Tết.",
    # t010
    "Xã có 24 thôn. Cả 8 thôn vùng cao đều có điểm trường mầm non.",
    # t014
    "Trường có 48 giáo viên. Tất cả 46 giáo viên dạy văn hóa đều đạt chuẩn trở lên.",
    # t024
    "Chi bộ có 43 đảng viên. Tất cả 34 đảng viên đang sinh hoạt tại chi bộ đều được giao "
    "nhiệm vụ cụ thể; 9 đảng viên được miễn sinh hoạt.",
    # t036
    "Đảng bộ phường có 527 đảng viên. Kế hoạch năm 2025, phấn đấu 100% trong số 540 đảng "
    "viên đăng ký làm theo tấm gương đạo đức Hồ Chí Minh.",
    # t041
    "Hội Khuyến học xã có 938 hội viên. Trong số 983 học sinh được khen thưởng, có 204 em "
    "đạt học sinh giỏi cấp huyện.",
    # t049
    "Đảng bộ huyện có 34 đảng bộ cơ sở và 108 chi bộ cơ sở. Trong tổng số 142 tổ chức cơ "
    "sở đảng, có 121 tổ chức đạt hoàn thành tốt nhiệm vụ.",
    # u001
    "Đảng bộ xã có 365 đảng viên. Toàn bộ 36 đảng viên của chi bộ thôn Đông đã được học "
    "tập chuyên đề.",
    # u002
    "Đảng bộ huyện có 142 chi bộ, trong đó 34 chi bộ nông thôn. Tất cả 43 chi bộ nông "
    "thôn đều tổ chức sinh hoạt chuyên đề.",
    # u004
    "Đảng bộ có 365 đảng viên. Trong năm kết nạp 9 đảng viên mới. Toàn bộ 374 đảng viên "
    "đã được kiểm điểm cuối năm.",
    # u006
    "Xã có 24 thôn. Năm tới, phấn đấu cả 25 thôn đều có nhà văn hóa đạt chuẩn.",
    # u007
    "Đoàn xã có 18 chi đoàn. 19/19 chi đoàn của huyện đã tổ chức sinh hoạt chủ điểm.",
    # u008
    "Hội Nông dân xã có 1.240 hội viên. Trong số 1.250 hội viên được khảo sát, có 980 "
    "người hài lòng.",
    # u009
    "Huyện có 19 xã. 18/18 xã đăng ký xây dựng nông thôn mới kiểu mẫu đã hoàn thành kế hoạch.",
    # u010
    "Đảng bộ có 412 đảng viên. Tất cả 86 đảng viên 30 năm tuổi đảng đều được thăm hỏi.",
    # u013
    "Hội Nông dân có 1.240 hội viên. Hội Phụ nữ với tất cả 1.250 hội viên cũng tham gia "
    "phong trào.",
    # u017
    "Đoàn xã có 18 chi đoàn và 1 chi đoàn trực thuộc lâm thời. 100% trong tổng số 19 chi "
    "đoàn đã tổ chức đại hội.",
    # u020
    "Hội Cựu chiến binh xã có 165 hội viên. Toàn bộ 156 hội viên cựu chiến binh thời kỳ "
    "chống Mỹ đều được tặng quà.",
    # u023
    "Trường có 36 lớp học. Toàn bộ 35 lớp học 2 buổi/ngày đều được trang bị máy chiếu.",
    # u024
    "Huyện có 64 trường học. Tất cả 46 trường đạt chuẩn quốc gia đều có thư viện xanh.",
    # u027
    "Thị trấn có 11 tổ dân phố. Hiện nay thị trấn có 12/12 khu phố đã có camera an ninh.",
]


@pytest.mark.parametrize(("text", "figures"), FOUND)
def test_whole_referred_back_with_another_value_is_found(text: str, figures: list[float]) -> None:
    assert told(checks_of(text, "repeat"), "repeat", "inconsistent", figures)


@pytest.mark.parametrize("text", TWINS)
def test_consistent_twin_is_confirmed(text: str) -> None:
    assert [c for c in checks_of(text, "repeat") if c.verdict == "consistent"]
    assert alarms(text) == []


@pytest.mark.parametrize("text", TRAPS)
def test_set_apart_from_the_stock_raises_no_alarm(text: str) -> None:
    assert alarms(text) == []
