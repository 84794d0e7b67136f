"""Recall round 24d of the change checks: a level, the earlier level and the stated change (a
difference, a percent growth, or both) in one sentence, said in more ways than the reader knew:
the earlier level in a bracket that names its moment with no "so với" ("giảm 33 vụ (cùng kỳ năm
trước xảy ra 112 vụ)"), or right after the current level ("là 9.872 đồng chí (đầu nhiệm kỳ có
9.215 đồng chí), tăng 664 đồng chí"), or after "so với" before its moment ("so với mức 121,9
nghìn tấn của năm 2022"), or after "so với năm học trước là", "… khi chỉ có"; the comparison said
first, "so với năm 2022 là 3.120 ha, tăng 12,9%"; the later year first ("Năm 2023, … là 3.215
người, năm 2022 là 2.980 người, tăng 242 người"); the change alone in the next ";" clause; "cao
hơn/thấp hơn" against a named moment; a school year as one moment; a verb turned round on the
levels' own difference.

Passages of our own (money in tỷ/triệu đồng and USD, tonnes, hectares, members, cells, households,
cases, schools, pupils, cooperatives …): 131 planted changes, each with its consistent twin, and 94
clean traps (a change in points read as one, another body or measure in the bracket, a plan, a
threshold, an average, a part, another base after the change, two school years, a narrower group).
The twins and traps are in tests/battery/battery_zzzz_l24d.jsonl.

Planted found: 88 of 131 before, 120 after. Those still missed are listed after the imports, not
asserted.
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

# Planted changes still missed (11), not asserted:
#   p027: Số thuê bao internet đạt 312,4 nghìn thuê bao, tăng 25,9 nghìn thuê bao so với năm
#     2022 (287,9 nghìn thuê bao).
#   p049: Số thôn, tổ dân phố giảm từ 407 xuống 312 sau khi sáp nhập, giảm 102 thôn, tổ dân
#     phố.
#   p055: Số khu dân cư văn hóa đạt 486 khu, giảm 33 khu so với năm 2022 (512 khu) do tiêu
#     chí mới chặt chẽ hơn.
#   p070: Lượng mưa trung bình năm 2023 là 1.684 mm, thấp hơn 175 mm so với năm 2022 (1.852
#     mm).
#   p079: Số con nuôi thủy sản lồng bè đạt 1.264 lồng, giảm 128 lồng so với năm 2022 (1.385
#     lồng).
#   p086: Thu ngân sách trên địa bàn đạt 1.351 tỷ đồng (năm 2022: 1.245 tỷ đồng), tăng
#     10,8%.
#   p093: Số lượt khách du lịch đạt 412.500 lượt; năm 2022 là 378.300 lượt (tăng 11,3%).
#   p094: So với năm 2022 (1.245 tỷ đồng), thu ngân sách năm 2023 tăng 10,8%, đạt 1.351 tỷ
#     đồng.
#   p103: Thu ngân sách cấp xã đạt 8.640 triệu đồng; năm 2022 đạt 7.950 triệu đồng; tăng 697
#     triệu đồng.
#   p108: Số tổ chức cơ sở đảng là 48 tổ chức, giảm 21 tổ chức so với đầu nhiệm kỳ là 62 tổ
#     chức do sắp xếp.
#   p112: Tổng thu ngân sách năm 2023 đạt 1.351 tỷ đồng. So với năm 2022 (1.245 tỷ đồng),
#     tăng 10,8%.
#   (p027: a unit the extractor leaves outside the figure, "nghìn thuê bao"; p049, p055, p070,
#   p079: a level the extractor does not read, "407", "khu", "mm", "lồng"; p093, p103: the current
#   level undated beside a dated one; p094, p112: the level after the change or in the sentence
#   before; p108: a cause after the earlier level; p086: a percent after the bracket right after
#   the level, left to the fit reading as tests/test_checker_fit_named_rates.py settled.)

FOUND = [
    # p001
    (
        "Tổng thu ngân sách trên địa bàn huyện năm 2023 đạt 245,6 tỷ đồng, tăng 13,7 tỷ "
        "đồng so với năm 2022 (233,3 tỷ đồng).",
        [233300000000, 245600000000, 13700000000],
    ),
    # p002
    (
        "Thu ngân sách nhà nước trên địa bàn đạt 1.351 tỷ đồng, tăng 10,8% so với năm "
        "2022 (1.245 tỷ đồng).",
        [1245000000000, 1351000000000, 10.8],
    ),
    # p003
    (
        "Sản lượng lương thực cả năm ước đạt 128,4 nghìn tấn, tăng 7,9 nghìn tấn so với "
        "năm trước (121,9 nghìn tấn).",
        [121900, 128400, 7900],
    ),
    # p004
    (
        "Số hộ nghèo toàn huyện giảm từ 1.268 hộ xuống còn 512 hộ, giảm 763 hộ so với "
        "đầu nhiệm kỳ.",
        [1268, 512, 763],
    ),
    # p005
    (
        "Toàn tỉnh có 318 hợp tác xã đang hoạt động, so với cùng kỳ năm trước (287 hợp "
        "tác xã) tăng 38 hợp tác xã.",
        [287, 318, 38],
    ),
    # p006
    (
        "Năm 2024, huyện kết nạp 212 đảng viên mới, tăng 16,9% so với năm 2023 (185 đảng viên).",
        [185, 212, 16.9],
    ),
    # p007
    (
        "Diện tích lúa gieo cấy vụ đông xuân đạt 8.426 ha, giảm 291 ha so với cùng kỳ "
        "(8.710 ha) do chuyển đổi cơ cấu cây trồng.",
        [8710, 8426, 291],
    ),
    # p008
    (
        "Tổng vốn đầu tư phát triển toàn xã hội ước đạt 4.870 tỷ đồng; so với năm 2022 "
        "(4.415 tỷ đồng) tăng 12,6%.",
        [4415000000000, 4870000000000, 12.6],
    ),
    # p009
    (
        "Thu nhập bình quân đầu người năm 2023 đạt 52,6 triệu đồng, tăng 5,1 triệu đồng "
        "so với năm 2022 là 48,9 triệu đồng.",
        [48900000, 52600000, 5100000],
    ),
    # p010
    (
        "Số bản “trắng” đảng viên từ 95 bản xuống còn 5 bản, tức là giảm 97 bản.",
        [95, 5, 97],
    ),
    # p011
    (
        "Kim ngạch xuất khẩu ước đạt 412,5 triệu USD, tăng 11,8% so với cùng kỳ năm "
        "2022 (376,8 triệu USD).",
        [376800000, 412500000, 11.8],
    ),
    # p012
    (
        "Trong năm, toàn tỉnh xảy ra 86 vụ tai nạn giao thông, giảm 33 vụ (cùng kỳ năm "
        "trước xảy ra 112 vụ).",
        [112, 86, 33],
    ),
    # p013
    (
        "Số trường đạt chuẩn quốc gia tăng từ 96 trường lên 143 trường, tăng 54 trường sau 5 năm.",
        [96, 143, 54],
    ),
    # p014
    (
        "Đến cuối năm 2023, tổng số đảng viên của Đảng bộ là 9.872 đồng chí, so với đầu "
        "nhiệm kỳ (9.215 đồng chí) tăng 664 đồng chí.",
        [9215, 9872, 664],
    ),
    # p015
    (
        "Tổng đàn gia súc đạt 186,2 nghìn con, tăng 8,5% so với năm trước (175,4 nghìn con).",
        [175400, 186200, 8.5],
    ),
    # p016
    (
        "Giá trị sản xuất công nghiệp năm 2023 đạt 3.125 tỷ đồng, tăng 258 tỷ đồng (năm "
        "2022 đạt 2.874 tỷ đồng).",
        [2874000000000, 3125000000000, 258000000000],
    ),
    # p017
    (
        "Lượng khách du lịch đến tỉnh đạt 412.500 lượt, giảm 10,3% so với năm 2022 "
        "(448.300 lượt) do ảnh hưởng của thời tiết.",
        [448300, 412500, 10.3],
    ),
    # p018
    (
        "Số xã đạt chuẩn nông thôn mới tăng lên 47 xã, tăng 23 xã so với năm 2020 (31 xã).",
        [31, 47, 23],
    ),
    # p019
    (
        "Dư nợ tín dụng chính sách đến 31/12/2023 đạt 1.684,5 tỷ đồng, tăng 163,2 tỷ "
        "đồng so với đầu năm (1.522,7 tỷ đồng).",
        [1522700000000, 1684500000000, 163200000000],
    ),
    # p020
    (
        "Số doanh nghiệp đang hoạt động là 1.284 doanh nghiệp; cùng kỳ năm trước là "
        "1.167 doanh nghiệp, tăng 124 doanh nghiệp.",
        [1167, 1284, 124],
    ),
    # p021
    (
        "Diện tích rừng trồng mới đạt 3.450 ha, so với năm 2022 là 3.120 ha, tăng 12,9%.",
        [3120, 3450, 12.9],
    ),
    # p022
    (
        "Chi ngân sách địa phương năm 2023 là 2.894 tỷ đồng, giảm 125 tỷ đồng so với "
        "năm 2022 (3.012 tỷ đồng).",
        [3012000000000, 2894000000000, 125000000000],
    ),
    # p023
    (
        "Số tổ chức cơ sở đảng trực thuộc giảm từ 62 xuống 48 tổ chức, giảm 21 tổ chức "
        "do sắp xếp lại.",
        [62, 48, 21],
    ),
    # p024
    (
        "Số hội viên Hội Nông dân huyện đến nay là 21.436 người, tăng 1.134 hội viên so "
        "với đầu nhiệm kỳ (20.309 hội viên).",
        [20309, 21436, 1134],
    ),
    # p025
    (
        "Tổng sản lượng thủy sản đạt 24.680 tấn, tăng 9,8% so với cùng kỳ (22.950 tấn).",
        [22950, 24680, 9.8],
    ),
    # p026
    (
        "Năm 2023, số lao động được giải quyết việc làm là 3.215 người, năm 2022 là "
        "2.980 người, tăng 242 người.",
        [2980, 3215, 242],
    ),
    # p028
    (
        "Sau 5 năm, số chi bộ có chi ủy đã tăng từ 176 lên 214 chi bộ (tăng 45 chi bộ).",
        [176, 214, 45],
    ),
    # p029
    (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 18.450 tỷ đồng, tăng 11,7% "
        "so với năm trước (năm 2022: 16.870 tỷ đồng).",
        [16870000000000, 18450000000000, 11.7],
    ),
    # p030
    (
        "Số học sinh bỏ học giảm xuống còn 37 em, giảm 34 em so với năm học trước (64 em).",
        [64, 37, 34],
    ),
    # p031
    (
        "Số đơn thư khiếu nại, tố cáo tiếp nhận là 146 đơn, giảm 20,3% so với năm 2022 (178 đơn).",
        [178, 146, 20.3],
    ),
    # p032
    (
        "Vốn huy động tại các tổ chức tín dụng đạt 12.480 tỷ đồng; so với cùng kỳ năm "
        "2022 (11.365 tỷ đồng), tăng 1.122 tỷ đồng.",
        [11365000000000, 12480000000000, 1122000000000],
    ),
    # p033
    (
        "Toàn huyện có 1.426 cơ sở sản xuất tiểu thủ công nghiệp, tăng 75 cơ sở so với "
        "năm trước là 1.358 cơ sở.",
        [1358, 1426, 75],
    ),
    # p034
    (
        "Diện tích cây ăn quả toàn tỉnh đạt 32,6 nghìn ha, tăng 21,3% so với năm 2020 "
        "(27,4 nghìn ha).",
        [27400, 32600, 21.3],
    ),
    # p035
    (
        "Số hộ sử dụng nước sạch tăng thêm 1.532 hộ, từ 17.215 hộ năm 2021 lên 18.740 hộ năm 2023.",
        [17215, 18740, 1532],
    ),
    # p036
    (
        "Trong kỳ, lực lượng chức năng bắt giữ 74 vụ buôn lậu, so với cùng kỳ tăng 23 "
        "vụ (cùng kỳ 58 vụ).",
        [58, 74, 23],
    ),
    # p037
    (
        "Sản lượng điện thương phẩm đạt 864,2 triệu kWh, tăng 10,1% so với năm 2022 "
        "(801,5 triệu kWh).",
        [801500000, 864200000, 10.1],
    ),
    # p038
    (
        "Số lượt bệnh nhân khám chữa bệnh tại tuyến huyện là 184.320 lượt, tăng 12.787 "
        "lượt so với năm 2022 (171.540 lượt).",
        [171540, 184320, 12787],
    ),
    # p039
    (
        "Số đảng viên được miễn sinh hoạt giảm 32 đồng chí, từ 167 đồng chí đầu năm "
        "xuống còn 142 đồng chí.",
        [167, 142, 32],
    ),
    # p040
    (
        "Giá trị xuất khẩu nông sản năm 2023 đạt 96,4 triệu USD; năm 2022 đạt 84,2 "
        "triệu USD; tăng 16,8%.",
        [84200000, 96400000, 16.8],
    ),
    # p041
    (
        "Số chi hội phụ nữ đạt vững mạnh là 158 chi hội, tăng 26 chi hội so với năm "
        "trước (139 chi hội).",
        [139, 158, 26],
    ),
    # p042
    (
        "Năng suất lúa bình quân đạt 61,8 tạ/ha, tăng 3,6 tạ/ha so với năm 2022 (59,6 tạ/ha).",
        [59.6, 61.8, 3.6],
    ),
    # p043
    (
        "Số người tham gia bảo hiểm xã hội tự nguyện là 8.745 người, tăng 21,8% so với "
        "cùng kỳ (7.320 người).",
        [7320, 8745, 21.8],
    ),
    # p044
    (
        "Đến nay, toàn tỉnh còn 4.236 hộ nghèo, giảm 1.189 hộ so với đầu năm 2023 (5.418 hộ).",
        [5418, 4236, 1189],
    ),
    # p045
    (
        "Thu từ khu vực kinh tế ngoài quốc doanh đạt 412 tỷ đồng, giảm 44 tỷ đồng, "
        "tương đương giảm 12,7% so với năm 2022 (456 tỷ đồng).",
        [456000000000, 412000000000, 44000000000, 12.7],
    ),
    # p046
    (
        "Tổng đàn lợn hiện có 84.350 con, giảm 6.857 con so với cùng kỳ năm 2022 (91.200 con).",
        [91200, 84350, 6857],
    ),
    # p047
    (
        "Số đảng viên dự bị được chuyển chính thức là 176 đồng chí, tăng 25 đồng chí so "
        "với năm 2022 (năm 2022 chuyển chính thức 158 đồng chí).",
        [158, 176, 25],
    ),
    # p048
    (
        "Sản lượng cà phê nhân thu hoạch đạt 46,8 nghìn tấn, giảm 10,9% so với niên vụ "
        "trước (51,2 nghìn tấn).",
        [51200, 46800, 10.9],
    ),
    # p050
    (
        "Số cán bộ, công chức cấp xã đạt chuẩn là 1.184 người; tăng 155 người so với "
        "năm 2020 (1.036 người).",
        [1036, 1184, 155],
    ),
    # p051
    (
        "Số tiền hỗ trợ hộ nghèo đón Tết là 865 triệu đồng, tăng 19,2% so với Tết năm "
        "trước (740 triệu đồng).",
        [740000000, 865000000, 19.2],
    ),
    # p052
    (
        "Năm 2023, tỉnh thu hút được 46 dự án đầu tư, tăng 18 dự án so với năm 2022 khi "
        "chỉ có 35 dự án.",
        [35, 46, 18],
    ),
    # p053
    (
        "Tổng số vụ vi phạm về môi trường bị xử lý là 128 vụ, so với năm trước giảm 30 "
        "vụ (151 vụ).",
        [151, 128, 30],
    ),
    # p054
    (
        "Số hội viên Cựu chiến binh tăng từ 6.215 người năm 2020 lên 6.842 người năm "
        "2024, tăng 12,4%.",
        [6215, 6842, 12.4],
    ),
    # p056
    (
        "Tổng kinh phí đầu tư cho giáo dục là 326,5 tỷ đồng, tăng 29,8 tỷ đồng so với "
        "năm học trước là 298,1 tỷ đồng.",
        [298100000000, 326500000000, 29800000000],
    ),
    # p057
    (
        "Thu ngân sách xã năm 2023 đạt 8.640 triệu đồng, tăng 11,0% so với năm trước "
        "(7.950 triệu đồng).",
        [7950000000, 8640000000, 11],
    ),
    # p058
    (
        "Số người lao động đi làm việc ở nước ngoài theo hợp đồng là 1.245 người, giảm "
        "149 người so với năm 2022 (1.387 người).",
        [1387, 1245, 149],
    ),
    # p059
    (
        "Số lượng phương tiện cơ giới đăng ký mới đạt 16.480 chiếc, tăng 1.567 chiếc so "
        "với năm trước (14.920 chiếc).",
        [14920, 16480, 1567],
    ),
    # p060
    (
        "Năm 2023 Đảng bộ kết nạp 318 đảng viên; năm 2022 kết nạp 346 đảng viên; số kết "
        "nạp giảm 35 đảng viên.",
        [346, 318, 35],
    ),
    # p061
    (
        "Thu nội địa đạt 2.184 tỷ đồng, bằng 106,2% dự toán, tăng 13,4% so với năm 2022 "
        "(1.965 tỷ đồng).",
        [1965000000000, 2184000000000, 13.4],
    ),
    # p062
    (
        "Số hộ được vay vốn ưu đãi trong năm là 3.418 hộ, tăng 318 hộ so với năm 2022 (3.107 hộ).",
        [3107, 3418, 318],
    ),
    # p063
    (
        "Đến cuối năm 2023, số thành viên tổ hợp tác là 2.641 người; so với cuối năm "
        "2022 (2.863 người) giảm 229 người.",
        [2863, 2641, 229],
    ),
    # p064
    (
        "Sản lượng khai thác đá đạt 845,6 nghìn m3, tăng 54,7 nghìn m3 so với cùng kỳ "
        "(792,3 nghìn m3).",
        [792300, 845600, 54700],
    ),
    # p065
    (
        "Tỷ lệ tăng dân số tự nhiên vẫn ổn định; dân số trung bình đạt 412.580 người, "
        "tăng 3.657 người so với năm 2022 (408.930 người).",
        [408930, 412580, 3657],
    ),
    # p066
    (
        "Số vụ cháy rừng giảm từ 19 vụ năm 2022 xuống 7 vụ năm 2023, tương ứng giảm 65,5%.",
        [19, 7, 65.5],
    ),
    # p067
    (
        "Số cơ sở lưu trú du lịch là 274 cơ sở, tăng 43 cơ sở so với cuối năm 2022 (238 cơ sở).",
        [238, 274, 43],
    ),
    # p068
    (
        "Tổng chi thường xuyên đạt 5.420 tỷ đồng, tăng 11,1% so với năm 2022 (4.980 tỷ "
        "đồng), chủ yếu do tăng lương cơ sở.",
        [4980000000000, 5420000000000, 11.1],
    ),
    # p069
    (
        "Số chi bộ đạt “trong sạch, vững mạnh” là 186 chi bộ, tăng 22 chi bộ so với năm "
        "trước (171 chi bộ).",
        [171, 186, 22],
    ),
    # p071
    (
        "Số trẻ em suy dinh dưỡng thể thấp còi là 1.240 trẻ, giảm 17,7% so với năm 2022 "
        "(1.465 trẻ).",
        [1465, 1240, 17.7],
    ),
    # p072
    (
        "Số km đường giao thông nông thôn được cứng hóa tăng từ 768,3 km lên 842,5 km, "
        "tăng 75,6 km.",
        [768.3, 842.5, 75.6],
    ),
    # p073
    (
        "Năm 2023, doanh thu du lịch đạt 1.426 tỷ đồng, so với năm 2022 (1.185 tỷ đồng) "
        "tăng 248 tỷ đồng.",
        [1185000000000, 1426000000000, 248000000000],
    ),
    # p074
    (
        "Số hộ kinh doanh cá thể là 1.326 hộ, tăng 8,5% so với cuối năm 2023 (1.249 hộ).",
        [1249, 1326, 8.5],
    ),
    # p075
    (
        "Sản lượng chè búp tươi đạt 18.650 tấn, giảm 777 tấn so với năm trước (19.420 "
        "tấn) do hạn hán.",
        [19420, 18650, 777],
    ),
    # p076
    (
        "Số cán bộ được đào tạo lý luận chính trị là 642 người, tăng 61 người so với "
        "năm 2022 (588 người).",
        [588, 642, 61],
    ),
    # p077
    (
        "Số tổ hòa giải ở cơ sở là 418 tổ; so với năm 2022 (396 tổ) tăng 29 tổ.",
        [396, 418, 29],
    ),
    # p078
    (
        "Tổng thu từ phí, lệ phí đạt 96,4 tỷ đồng, tăng 11,0% so với cùng kỳ năm trước "
        "(88,7 tỷ đồng).",
        [88700000000, 96400000000, 11],
    ),
    # p080
    (
        "Số đoàn viên công đoàn là 15.846 đoàn viên, tăng 930 đoàn viên so với đầu "
        "nhiệm kỳ (14.923 đoàn viên).",
        [14923, 15846, 930],
    ),
    # p081
    (
        "Số hội viên Hội Liên hiệp Phụ nữ tăng 7,8%, từ 27.150 hội viên năm 2022 lên "
        "28.640 hội viên năm 2023.",
        [27150, 28640, 7.8],
    ),
    # p082
    (
        "Doanh thu bán điện năm 2023 đạt 1.845 tỷ đồng, cao hơn 160 tỷ đồng so với năm "
        "2022 (1.692 tỷ đồng).",
        [1692000000000, 1845000000000, 160000000000],
    ),
    # p083
    (
        "Giá trị sản xuất nông nghiệp trên 1 ha đất canh tác đạt 142,5 triệu đồng, tăng "
        "12,1 triệu đồng so với năm 2022 (131,8 triệu đồng).",
        [131800000, 142500000, 12100000],
    ),
    # p084
    (
        "Số người nhiễm HIV phát hiện mới là 46 người, giảm 19 người so với năm trước (58 người).",
        [58, 46, 19],
    ),
    # p085
    (
        "Số phòng học kiên cố đạt 2.864 phòng, tăng 11,8% so với năm học 2021-2022 (2.615 phòng).",
        [2615, 2864, 11.8],
    ),
    # p087
    (
        "Sản lượng lương thực đạt 128,4 nghìn tấn, tăng 7,9 nghìn tấn so với mức 121,9 "
        "nghìn tấn của năm 2022.",
        [121900, 128400, 7900],
    ),
    # p088
    (
        "Tổng kim ngạch xuất khẩu đạt 412,5 triệu USD, tăng 11,8% so với 376,8 triệu "
        "USD của năm trước.",
        [376800000, 412500000, 11.8],
    ),
    # p089
    (
        "Số hộ nghèo còn 4.236 hộ, giảm 1.189 hộ so với 5.418 hộ năm 2022.",
        [5418, 4236, 1189],
    ),
    # p090
    (
        "Số đảng viên toàn Đảng bộ là 9.872 đồng chí (đầu nhiệm kỳ có 9.215 đồng chí), "
        "tăng 664 đồng chí.",
        [9215, 9872, 664],
    ),
    # p091
    (
        "Giá trị sản xuất nông nghiệp đạt 3.125 tỷ đồng, tăng 11,0% so với cùng kỳ năm "
        "trước (cùng kỳ đạt 2.874 tỷ đồng).",
        [2874000000000, 3125000000000, 11],
    ),
    # p092
    (
        "Năm 2023 huyện có 318 hợp tác xã, trong khi năm 2022 chỉ có 287 hợp tác xã, "
        "tăng 38 hợp tác xã.",
        [287, 318, 38],
    ),
    # p095
    (
        "Dư nợ cho vay đạt 1.684,5 tỷ đồng, tăng 163,2 tỷ đồng so với đầu năm (đầu năm "
        "đạt 1.522,7 tỷ đồng).",
        [1522700000000, 1684500000000, 163200000000],
    ),
    # p096
    (
        "Số hội viên là 21.436 người, tăng 1.134 người so với năm trước (năm trước: 20.309 người).",
        [20309, 21436, 1134],
    ),
    # p097
    (
        "Tổng đàn trâu bò còn 18.420 con, giảm 9,6% so với năm 2022 (19.870 con).",
        [19870, 18420, 9.6],
    ),
    # p098
    (
        "Toàn tỉnh có 1.284 doanh nghiệp đang hoạt động, tăng 117 doanh nghiệp, tương "
        "đương tăng 13,1% so với cuối năm 2022 (1.167 doanh nghiệp).",
        [1167, 1284, 117, 13.1],
    ),
    # p099
    (
        "Thu nhập bình quân đầu người đạt 52,6 triệu đồng/người/năm, tăng 5,1 triệu "
        "đồng so với năm 2022 (48,9 triệu đồng/người/năm).",
        [48900000, 52600000, 5100000],
    ),
    # p100
    (
        "Diện tích gieo trồng cây hằng năm đạt 84,6 nghìn ha, giảm 3,0 nghìn ha so với "
        "năm trước (86,2 nghìn ha).",
        [86200, 84600, 3000],
    ),
    # p101
    (
        "Tổng vốn đầu tư công được giải ngân là 2.180 tỷ đồng, tăng 20,4% so với năm "
        "2022 là 1.846 tỷ đồng.",
        [1846000000000, 2180000000000, 20.4],
    ),
    # p102
    (
        "Số vụ phạm pháp hình sự xảy ra là 184 vụ, giảm 28 vụ, tức giảm 16,3% so với "
        "cùng kỳ (212 vụ).",
        [212, 184, 28, 16.3],
    ),
    # p104
    (
        "Số đảng viên được kết nạp trong năm là 318 đồng chí, tăng 17,5% so với năm "
        "2022 (kết nạp 276 đồng chí).",
        [276, 318, 17.5],
    ),
    # p105
    (
        "Sản lượng thủy sản nuôi trồng đạt 24,68 nghìn tấn, tăng 9,8% so với năm 2022 "
        "(22,95 nghìn tấn).",
        [22950, 24680, 9.8],
    ),
    # p106
    (
        "Tổng số học sinh các cấp là 84.350 em, giảm 777 em so với năm học trước (85.120 em).",
        [85120, 84350, 777],
    ),
    # p107
    (
        "Giá trị xuất khẩu đạt 96,4 triệu USD, tăng 12,2 triệu USD (tăng 17,6%) so với "
        "năm 2022 (84,2 triệu USD).",
        [84200000, 96400000, 12200000, 17.6],
    ),
    # p109
    (
        "Doanh thu dịch vụ lưu trú, ăn uống ước đạt 1.426 tỷ đồng, so với cùng kỳ "
        "(1.185 tỷ đồng) tăng 22,6%.",
        [1185000000000, 1426000000000, 22.6],
    ),
    # p110
    (
        "Số người có việc làm mới là 3.215 người, giảm 172 người (năm trước 3.380 người).",
        [3380, 3215, 172],
    ),
    # p111
    (
        "- Thu ngân sách nhà nước: 1.351 tỷ đồng, tăng 10,8% so với năm 2022 (1.245 tỷ đồng).",
        [1245000000000, 1351000000000, 10.8],
    ),
    # p113
    (
        "Thu ngân sách đạt 1.351 tỷ đồng, tăng 10,8% so với cùng kỳ năm 2022 (đạt 1.245 tỷ đồng).",
        [1245000000000, 1351000000000, 10.8],
    ),
    # p114
    (
        "Tổng vốn huy động đạt 4.870 tỷ đồng, tăng 12,6% so với năm 2022 (là 4.415 tỷ đồng).",
        [4415000000000, 4870000000000, 12.6],
    ),
    # p115
    (
        "6 tháng đầu năm, thu ngân sách ước đạt 612 tỷ đồng, tăng 14,4% so với cùng kỳ "
        "(546 tỷ đồng).",
        [546000000000, 612000000000, 14.4],
    ),
    # p116
    (
        "Thu ngân sách đạt 1.351 tỷ đồng, tăng 10,8% so với năm 2022 (1.245 tỷ đồng), "
        "vượt 5,2% dự toán.",
        [1245000000000, 1351000000000, 10.8],
    ),
    # p117
    (
        "Giá trị sản xuất ngành công nghiệp ước thực hiện 3.125 tỷ đồng, tăng 11,0% so "
        "với thực hiện năm 2022 (2.874 tỷ đồng).",
        [2874000000000, 3125000000000, 11],
    ),
    # p118
    (
        "Sản lượng lúa cả năm: 48.650 tấn, giảm 777 tấn so với năm trước (49.420 tấn).",
        [49420, 48650, 777],
    ),
    # p119
    (
        "Tổng sản phẩm trên địa bàn (GRDP) đạt 22.600 tỷ đồng, tăng 9,7% so với năm "
        "2022 (21.050 tỷ đồng); GRDP bình quân đầu người đạt 62,4 triệu đồng.",
        [21050000000000, 22600000000000, 9.7],
    ),
    # p120
    (
        "Về thu ngân sách, năm 2023 toàn huyện thu được 84.620 triệu đồng, so với năm "
        "2022 (79.850 triệu đồng) tăng 4.777 triệu đồng.",
        [79850000000, 84620000000, 4777000000],
    ),
    # p121
    (
        "Số lao động có việc làm tăng thêm 242 người, nâng tổng số lên 3.215 người (năm "
        "2022: 2.980 người).",
        [2980, 3215, 242],
    ),
    # p122
    (
        "Kim ngạch nhập khẩu giảm 11,2%, từ 312,4 triệu USD năm 2022 xuống 284,6 triệu "
        "USD năm 2023.",
        [312.4, 284.6, 11.2],
    ),
    # p123
    (
        "Doanh thu từ hoạt động du lịch đạt 1.426 tỷ đồng, bằng 104,5% kế hoạch, tăng "
        "22,6% so với năm 2022 (1.185 tỷ đồng).",
        [1185000000000, 1426000000000, 22.6],
    ),
    # p124
    (
        "Huy động vốn tại chỗ đạt 12.480 tỷ đồng, tăng 1.122 tỷ đồng so với 31/12/2022 "
        "(11.365 tỷ đồng).",
        [11365000000000, 12480000000000, 1122000000000],
    ),
    # p125
    (
        "Số hộ tham gia bảo hiểm y tế là 18.740 hộ, tăng 11,2% so với cùng kỳ năm trước "
        "(17.215 hộ), đạt 98,2% kế hoạch.",
        [17215, 18740, 11.2],
    ),
    # p126
    (
        "Cuối năm 2020, toàn Đảng bộ có 2.418 đảng viên; đến nay con số này là 2.946 "
        "đảng viên, tăng 538 đảng viên.",
        [2418, 2946, 538],
    ),
    # p127
    (
        "Hết năm 2021, toàn huyện có 1.268 hộ nghèo; hiện nay còn 512 hộ, giảm 746 hộ.",
        [1268, 512, 746],
    ),
    # p128
    (
        "Thu ngân sách còn 1.245 tỷ đồng, tăng 106 tỷ đồng so với năm 2022 (1.351 tỷ đồng).",
        [1351000000000, 1245000000000, 106000000000],
    ),
    # p129
    (
        "Số hộ nghèo còn 412 hộ, tăng 86 hộ so với năm 2022 (498 hộ).",
        [498, 412, 86],
    ),
    # p130
    (
        "Số vụ tai nạn giao thông là 112 vụ, giảm 26 vụ so với cùng kỳ (86 vụ).",
        [86, 112, 26],
    ),
    # p131
    (
        "Số hộ nghèo giảm còn 412 hộ, chiếm 1,05% tổng số hộ, giảm 96 hộ so với năm 2022 (498 hộ).",
        [498, 412, 96],
    ),
]

TWINS = [
    # t001
    (
        "Tổng thu ngân sách trên địa bàn huyện năm 2023 đạt 245,6 tỷ đồng, tăng 12,3 tỷ "
        "đồng so với năm 2022 (233,3 tỷ đồng).",
        [233300000000, 245600000000, 12300000000],
    ),
    # t002
    (
        "Thu ngân sách nhà nước trên địa bàn đạt 1.351 tỷ đồng, tăng 8,5% so với năm "
        "2022 (1.245 tỷ đồng).",
        [1245000000000, 1351000000000, 8.5],
    ),
    # t003
    (
        "Sản lượng lương thực cả năm ước đạt 128,4 nghìn tấn, tăng 6,5 nghìn tấn so với "
        "năm trước (121,9 nghìn tấn).",
        [121900, 128400, 6500],
    ),
    # t004
    (
        "Số hộ nghèo toàn huyện giảm từ 1.268 hộ xuống còn 512 hộ, giảm 756 hộ so với "
        "đầu nhiệm kỳ.",
        [1268, 512, 756],
    ),
    # t005
    (
        "Toàn tỉnh có 318 hợp tác xã đang hoạt động, so với cùng kỳ năm trước (287 hợp "
        "tác xã) tăng 31 hợp tác xã.",
        [287, 318, 31],
    ),
    # t006
    (
        "Năm 2024, huyện kết nạp 212 đảng viên mới, tăng 14,6% so với năm 2023 (185 đảng viên).",
        [185, 212, 14.6],
    ),
    # t007
    (
        "Diện tích lúa gieo cấy vụ đông xuân đạt 8.426 ha, giảm 284 ha so với cùng kỳ "
        "(8.710 ha) do chuyển đổi cơ cấu cây trồng.",
        [8710, 8426, 284],
    ),
    # t008
    (
        "Tổng vốn đầu tư phát triển toàn xã hội ước đạt 4.870 tỷ đồng; so với năm 2022 "
        "(4.415 tỷ đồng) tăng 10,3%.",
        [4415000000000, 4870000000000, 10.3],
    ),
    # t009
    (
        "Thu nhập bình quân đầu người năm 2023 đạt 52,6 triệu đồng, tăng 3,7 triệu đồng "
        "so với năm 2022 là 48,9 triệu đồng.",
        [48900000, 52600000, 3700000],
    ),
    # t010
    (
        "Số bản “trắng” đảng viên từ 95 bản xuống còn 5 bản, tức là giảm 90 bản.",
        [95, 5, 90],
    ),
    # t011
    (
        "Kim ngạch xuất khẩu ước đạt 412,5 triệu USD, tăng 9,5% so với cùng kỳ năm 2022 "
        "(376,8 triệu USD).",
        [376800000, 412500000, 9.5],
    ),
    # t012
    (
        "Trong năm, toàn tỉnh xảy ra 86 vụ tai nạn giao thông, giảm 26 vụ (cùng kỳ năm "
        "trước xảy ra 112 vụ).",
        [112, 86, 26],
    ),
    # t013
    (
        "Số trường đạt chuẩn quốc gia tăng từ 96 trường lên 143 trường, tăng 47 trường sau 5 năm.",
        [96, 143, 47],
    ),
    # t014
    (
        "Đến cuối năm 2023, tổng số đảng viên của Đảng bộ là 9.872 đồng chí, so với đầu "
        "nhiệm kỳ (9.215 đồng chí) tăng 657 đồng chí.",
        [9215, 9872, 657],
    ),
    # t015
    (
        "Tổng đàn gia súc đạt 186,2 nghìn con, tăng 6,2% so với năm trước (175,4 nghìn con).",
        [175400, 186200, 6.2],
    ),
    # t016
    (
        "Giá trị sản xuất công nghiệp năm 2023 đạt 3.125 tỷ đồng, tăng 251 tỷ đồng (năm "
        "2022 đạt 2.874 tỷ đồng).",
        [2874000000000, 3125000000000, 251000000000],
    ),
]

TRAPS = [
    "Năng suất lúa đạt 61,8 tạ/ha, cao hơn 2,7 tạ/ha so với bình quân chung của tỉnh (59,1 tạ/ha).",
    "Thu nhập bình quân đạt 52,6 triệu đồng, cao hơn 12,6 triệu đồng so với mức "
    "chuẩn (40 triệu đồng) của xã nông thôn mới nâng cao.",
    "Năm 2023 đạt 245,6 tỷ đồng, tăng 12,3 tỷ đồng so với năm 2022 và tăng 25,4 tỷ "
    "đồng so với năm 2021 (220,2 tỷ đồng).",
    "Số hộ nghèo là 512 hộ, chiếm 2,1% tổng số hộ, giảm 0,8% so với năm 2022 (2,9%).",
    "Đảng bộ kết nạp 176 đảng viên, tăng 18 đảng viên so với năm 2022 (năm 2022 "
    "khen thưởng 158 đảng viên).",
    "Trong năm xảy ra 86 vụ tai nạn giao thông, giảm 26 vụ (cùng kỳ có 12 vụ nghiêm trọng).",
    "Thu ngân sách đạt 1.351 tỷ đồng, tăng 106 tỷ đồng (năm 2022 kế hoạch là 1.200 tỷ đồng).",
    "Giá trị sản xuất đạt 3.125 tỷ đồng, tăng 258 tỷ đồng (năm 2022 riêng công "
    "nghiệp đạt 2.874 tỷ đồng).",
    "Năm 2023, số lao động được giải quyết việc làm là 3.215 người, năm 2022 là "
    "2.980 người, tăng 118 người so với năm 2021.",
    "Số chi bộ tăng từ 176 lên 214 chi bộ; số đảng viên tăng 12,4%.",
    "Diện tích rừng đạt 3.450 ha, so với năm 2022 là 3.120 ha, tăng 32 ha rừng phòng hộ.",
    "Thu ngân sách đạt 1.351 tỷ đồng (năm 2022: 1.245 tỷ đồng), tăng 8,5% so với kế hoạch.",
    "Số hộ nghèo còn 4.236 hộ, giảm 1.189 hộ so với 5.418 hộ kế hoạch đề ra.",
    "Số hộ nghèo còn 412 hộ, số hộ cận nghèo tăng 86 hộ so với năm 2022 (498 hộ).",
    "Cuối năm 2020 có 2.418 đảng viên; đến nay có 2.946 đảng viên, tăng 538 đảng "
    "viên so với năm 2022.",
    "Số phòng học kiên cố đạt 2.864 phòng, tăng 11,8% so với năm học 2020-2021 và "
    "năm học 2021-2022 (2.615 phòng).",
    "Doanh thu đạt 1.845 tỷ đồng, cao hơn 160 tỷ đồng so với doanh nghiệp cùng "
    "ngành (1.692 tỷ đồng).",
    "Số doanh nghiệp từ đầu năm đến nay là 1.284 doanh nghiệp; cùng kỳ năm trước là "
    "1.167 doanh nghiệp, tăng 124 doanh nghiệp.",
    "Năm 2023 Đảng bộ kết nạp 318 đảng viên; năm 2022 kết nạp 346 đảng viên; số "
    "chuyển đi giảm 35 đảng viên.",
    "Giá trị xuất khẩu năm 2023 đạt 96,4 triệu USD; năm 2022 đạt 84,2 triệu USD; "
    "kim ngạch nhập khẩu tăng 16,8%.",
    "Số hội viên là 21.436 người, tăng 1.134 người so với năm trước (năm trước: kết "
    "nạp 20.309 người).",
    "Số đảng viên toàn Đảng bộ là 9.872 đồng chí (đầu nhiệm kỳ có 342 chi bộ), tăng 664 đồng chí.",
    "Năm 2023, thu ngân sách toàn huyện đạt 245,6 tỷ đồng, tăng 12,3 tỷ đồng (năm "
    "2022 thu ngân sách xã đạt 233,3 tỷ đồng).",
    "Sản lượng lương thực đạt 128,4 nghìn tấn, tăng 7,9 nghìn tấn so với mức 121,9 "
    "nghìn tấn của kế hoạch năm.",
    "Tỷ lệ hộ nghèo còn 3,2% (năm 2022: 4,3%), giảm 1,1%.",
    "Tỷ lệ che phủ rừng đạt 47,7%, so với năm 2020 là 45,6%, tăng 2,1%.",
    "Số vụ cháy rừng giảm còn 7 vụ; năm trước là 19 vụ; tăng cường tuần tra 12 đợt.",
    "Thu ngân sách xã đạt 8.640 triệu đồng (năm 2022: 7.950 triệu đồng), tăng 690 "
    "triệu đồng, trong đó thu thuế tăng 120 triệu đồng.",
    "Năm 2023, tổng số lao động có việc làm là 3.215 người, năm 2022 là 2.980 "
    "người, tăng 235 người, trong đó lao động nữ tăng 96 người.",
    "Kết nạp 212 đảng viên, tăng 27 đảng viên so với năm 2022 (trong đó đảng viên "
    "nữ là 98 đồng chí).",
    "Hết năm 2021, toàn huyện có 1.268 hộ nghèo; hiện nay có 512 hộ cận nghèo, giảm 746 hộ.",
    "Năm 2023 huyện Yên Lập có 318 hợp tác xã, trong khi năm 2022 huyện Tam Nông "
    "chỉ có 287 hợp tác xã, tăng 38 hợp tác xã.",
    "Năm 2023, số lao động được giải quyết việc làm là 3.215 người, năm 2022 là "
    "2.980 người; tăng 16,8% so với kế hoạch.",
    "Cuối năm 2020, xã có 2.418 hội viên; đến nay con số này là 2.946 đảng viên, "
    "tăng 538 đảng viên.",
]


@pytest.mark.parametrize(("text", "figures"), FOUND)
def test_change_said_another_way_is_found(text: str, figures: list[float]) -> None:
    assert told(checks_of(text, "change"), "change", "inconsistent", figures)


@pytest.mark.parametrize(("text", "figures"), TWINS)
def test_consistent_twin_is_confirmed(text: str, figures: list[float]) -> None:
    assert told(checks_of(text, "change"), "change", "consistent", figures)
    assert alarms(text) == []


@pytest.mark.parametrize("text", TRAPS)
def test_figures_that_only_look_like_a_change_raise_no_alarm(text: str) -> None:
    assert alarms(text) == []
