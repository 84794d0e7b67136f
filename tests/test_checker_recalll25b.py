"""Recall round 25b of the part_whole checks: a total and its listed parts said in other
structures than the development sets' (parts listed before a total that closes them, a total
then its two sides in the next sentence).

Passages of our own: 103 planted slips (each with its consistent twin) and 91 clean traps (an
attribute only the total names, "hộ" against "hộ nghèo"; a cumulative or a plan in the closer;
items of several periods against a level of one; a count word that does not match the items; a
wider body after the total; a next sentence that narrows both sides by a verb, a time or a tail;
overlapping attributes; a list ending "và một số …"; tables whose total row is an average). The
twins and traps that raise no alarm are in tests/battery/battery_zzzz_l25b.jsonl.

`_sums_closing` in checker/part_whole.py reads parts first, then a closer naming their sum
("…; cộng 9 tổ chức đảng", "…, cộng chung cả ba xã là 925 hộ", "…; cả năm 165 đảng viên",
"…; toàn tỉnh 2.559 hộ"); `_pair_next` reads the two sides of a complete split (nam/nữ,
nông thôn/đô thị, nông nghiệp/phi nông nghiệp …) in the sentence after a total; `_sums_after`
joins items with long labels.

Planted found: 35 of 103 before, 51 after. The 52 missed are listed after the imports, not
asserted.
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

# Planted slips still missed (52), not asserted:
#   p001: Năm 2024, Ủy ban Kiểm tra Huyện ủy kiểm tra 9 tổ chức đảng và 14 đảng viên, nâng tổng số
#     đối tượng được kiểm tra trong năm lên 25 trường hợp.
#   p002: Các chi bộ đã kết nạp 37 đảng viên mới ở khu vực nông thôn, 12 đảng viên ở khối cơ quan
#     và 8 đảng viên trong doanh nghiệp, tổng cộng 59 đảng viên.
#   p010: Năm 2024, cấp ủy, ủy ban kiểm tra các cấp thi hành kỷ luật 34 đảng viên; về nội dung vi
#     phạm: vi phạm quy định về đất đai 15 trường hợp, vi phạm về quản lý tài chính 7 trường hợp, vi
#     phạm chính sách dân số 4 trường hợp, suy thoái đạo đức, lối sống 6 trường hợp.
#   p013: Tổng vốn đầu tư cho chương trình là 21.700 triệu đồng, nguồn ngân sách trung ương 12.450
#     triệu đồng, ngân sách tỉnh 5.300 triệu đồng, ngân sách huyện 2.150 triệu đồng, vốn xã hội hóa
#     1.870 triệu đồng.
#   p016: Năm học | Mầm non | Tiểu học | THCS | Tổng số / 2023-2024 | 45 | 62 | 38 | 154
#   p017: Quý I kết nạp 28 đảng viên, quý II 41, quý III 35, quý IV 52; cả năm kết nạp 165 đảng
#     viên.
#   p022: Toàn huyện có 24 trường mầm non, 26 trường tiểu học, 19 trường trung học cơ sở và 3
#     trường trung học phổ thông; tổng số trường học trên địa bàn là 74 trường.
#   p024: Tiếp nhận 112 đơn thư các loại; qua phân loại: đơn tố cáo 23 đơn, đơn khiếu nại 41 đơn,
#     đơn phản ánh, kiến nghị 58 đơn.
#   p026: Toàn tỉnh hiện có 434 tổ chức cơ sở đảng. Cụ thể: 156 đảng bộ cơ sở và 287 chi bộ cơ sở.
#   p027: Loại hình Số lượng / Đảng bộ cơ sở        156 / Chi bộ cơ sở      287 / Cộng      433
#   p028: Đã hỗ trợ xây mới và sửa chữa 231 nhà ở cho hộ nghèo; xây mới 145 nhà, sửa chữa 68 nhà.
#   p031: Nguyên nhân tai nạn giao thông trong năm (tổng số 83 vụ): a) đi không đúng phần đường 21
#     vụ; b) vi phạm tốc độ 34 vụ; c) sử dụng rượu bia 17 vụ; d) nguyên nhân khác 9 vụ.
#   p032: Năm 2024 có 1.576 lượt cán bộ được đào tạo lý luận chính trị: cao cấp 32 lượt, trung cấp
#     415 lượt, sơ cấp 1.120 lượt.
#   p033: Tổng thu ngân sách trên địa bàn đạt 1.245,6 tỷ đồng. Thu nội địa 1.108,2 tỷ đồng, thu từ
#     hoạt động xuất nhập khẩu 173,4 tỷ đồng.
#   p034: Số tổ chức cơ sở đảng được kiểm tra: 38 / - Đảng bộ cơ sở: 14 / - Chi bộ cơ sở: 22
#   p035: Chỉ tiêu | Nam | Nữ | Tổng / Đảng viên mới kết nạp | 84 | 67 | 115
#   p036: Xã | Số thôn | Số chi bộ thôn / Thanh Minh | 12 | 12 / Thanh Luông | 9 | 9 / Thanh Hưng
#     | 14 | 14 / Toàn huyện | 37 | 35
#   p038: Năm qua khen thưởng 35 tập thể và 48 cá nhân (tổng cộng 85 trường hợp) có thành tích
#     xuất sắc.
#   p039: Trong 252 đại biểu dự Đại hội, dân tộc Thái 112 đại biểu, dân tộc Kinh 78, dân tộc Mông
#     45, các dân tộc khác 15 đại biểu.
#   p045: Chi bộ thôn Bản Phố có 27 đảng viên, chi bộ thôn Na Hối có 19 đảng viên, chi bộ thôn Cán
#     Cấu có 22 đảng viên. Tổng số đảng viên của ba chi bộ là 86 đồng chí.
#   p050: Cơ cấu 4.157 đảng viên theo trình độ chuyên môn: / - Đại học trở lên: 1.845 đồng chí
#     (44,2%) / - Cao đẳng, trung cấp: 1.212 đồng chí (29,0%) / - Sơ cấp và chưa qua đào tạo: 1.118
#     đồng chí (26,8%)
#   p051: Số xã đạt chuẩn nông thôn mới qua các năm: năm 2022 có 7 xã, năm 2023 có 5 xã, năm 2024
#     có 6 xã; cộng 19 xã trong ba năm.
#   p052: Ủy ban kiểm tra các cấp đã kiểm tra 118 tổ chức đảng cấp dưới; Ủy ban Kiểm tra Tỉnh ủy
#     kiểm tra 8, ủy ban kiểm tra các huyện ủy và tương đương kiểm tra 47, ủy ban kiểm tra đảng ủy
#     cơ sở kiểm tra 126.
#   p053: Với 12 trường hợp khiển trách, 5 trường hợp cảnh cáo, 1 trường hợp cách chức và 3 trường
#     hợp khai trừ, tổng số đảng viên bị kỷ luật năm 2024 là 23 đồng chí.
#   p055: Nhà văn hóa thôn, bản xây mới: 31 nhà / + Vốn ngân sách: 18 nhà / + Vốn nhân dân đóng
#     góp: 11 nhà
#   p058: Dự án được đầu tư từ ngân sách trung ương 150 tỷ đồng, ngân sách tỉnh 45 tỷ đồng và ngân
#     sách huyện 20 tỷ đồng; tổng mức đầu tư là 251 tỷ đồng.
#   p059: Số hộ được hỗ trợ nhà ở tại ba địa phương: / - Thành phố Điện Biên Phủ: 1.204 hộ / -
#     Huyện Mường Ảng: 876 hộ / - Huyện Tuần Giáo: 1.532 hộ / - Cộng: 3.621 hộ
#   p062: Mùa khô năm nay xảy ra 9 vụ cháy rừng, do đốt nương 5 vụ, do sự cố điện 1 vụ, chưa rõ
#     nguyên nhân 2 vụ.
#   p064: Số đảng viên được miễn sinh hoạt là 124 đồng chí (miễn công tác và sinh hoạt đảng 98
#     đồng chí; miễn công tác 19 đồng chí).
#   p066: Số tổ chức đảng được giám sát chuyên đề: 101 tổ chức; ở cấp tỉnh: 6; ở cấp huyện: 23; ở
#     cấp cơ sở: 71.
#   p067: Trao 319 Huy hiệu Đảng các loại (30 năm: 118; 40 năm: 96; 45 năm: 41; 50 năm: 27; 55
#     năm: 15; 60 năm: 7; 65 năm: 4; 70 năm: 1).
#   p068: Toàn xã có 17 thôn, bản. Có 9 thôn người Kinh sinh sống đan xen và 7 bản thuần dân tộc
#     Thái.
#   p069: Trong 120 hộ được khảo sát có 38 hộ khá, giàu, 61 hộ trung bình và 27 hộ nghèo, cận
#     nghèo.
#   p070: Khóa này kết nạp 52 đảng viên ở thôn, bản và 19 đảng viên ở các trường học. Như vậy,
#     tổng số đảng viên mới của Đảng bộ là 73 đồng chí.
#   p072: Ban Chấp hành khóa mới gồm 45 đồng chí; khối Đảng, đoàn thể 14 đồng chí, khối chính
#     quyền 17 đồng chí, lực lượng vũ trang 4 đồng chí, cơ sở 8 đồng chí.
#   p073: Huyện     Nam     Nữ      Tổng số / Mường Nhé     145     98      243 / Nậm Pồ    132
#     87      229
#   p074: Xử lý 453 trường hợp vi phạm hành lang an toàn giao thông: xử phạt hành chính 146 trường
#     hợp, nhắc nhở, cam kết 289 trường hợp.
#   p078: Hội Cựu chiến binh có 2.140 hội viên; Hội Nông dân có 8.512 hội viên; Đoàn Thanh niên có
#     3.205 đoàn viên. Ba tổ chức này tập hợp tổng cộng 13.875 người.
#   p079: Số vụ vi phạm pháp luật về môi trường bị phát hiện: 26 vụ. / Trong đó: / - Khai thác
#     khoáng sản trái phép: 12 vụ; / - Xả thải không đúng quy định: 7 vụ; / - Vi phạm khác: 5 vụ.
#   p080: Năm 2024, Ủy ban Kiểm tra Tỉnh ủy đã giải quyết 23 đơn, trong đó: tố cáo 17 đơn, khiếu
#     nại kỷ luật đảng 4 đơn.
#   p081: Thực hiện chính sách hỗ trợ, đã chi trả 4.570 triệu đồng cho các đối tượng: người có
#     công 2.450 triệu đồng; hộ nghèo 1.320 triệu đồng; bảo trợ xã hội 980 triệu đồng.
#   p084: Năm 2024 có 23 chi bộ cơ sở đạt trong sạch, vững mạnh, 9 chi bộ hoàn thành tốt nhiệm vụ
#     và 2 chi bộ hoàn thành nhiệm vụ, cả năm đánh giá 35 chi bộ cơ sở.
#   p085: Tổng số đơn vị    57 / Đơn vị sự nghiệp   41 / Cơ quan hành chính 28 / Doanh nghiệp nhà
#     nước      6
#   p086: Đã tổ chức 78 cuộc giám sát. Cấp ủy giám sát 36 cuộc; ủy ban kiểm tra giám sát 51 cuộc.
#   p087: Tổng số thôn, bản, tổ dân phố trên địa bàn: 1.434, trong đó thôn 812 đơn vị, bản 540 đơn
#     vị, tổ dân phố 91 đơn vị.
#   p088: Chia theo hình thức, trong 12 tổ chức đảng bị kỷ luật có 7 tổ chức bị khiển trách, 3 tổ
#     chức bị cảnh cáo, 1 tổ chức bị giải tán.
#   p089: Vốn tín dụng chính sách giải ngân 296,5 tỷ đồng, chia ra: cho vay hộ nghèo 142,6 tỷ
#     đồng; hộ cận nghèo 88,4 tỷ đồng; học sinh, sinh viên 21,3 tỷ đồng; nước sạch, vệ sinh môi
#     trường 17,2 tỷ đồng.
#   p090: Tổng số phiếu bầu hợp lệ là 345 phiếu; đồng chí A đạt 318 phiếu, số phiếu không bầu đồng
#     chí A là 24 phiếu.
#   p103: Mở 12 lớp sơ cấp lý luận chính trị, 4 lớp bồi dưỡng đảng viên mới và 7 lớp bồi dưỡng cấp
#     ủy viên; cả ba loại lớp là 25 lớp.
#   p104: Hộ nghèo giảm ở Tủa Thàng 45 hộ, ở Sính Phình 38 hộ; tính chung hai xã giảm được 88 hộ.
#   p105: Tháng 1 tiếp nhận 12 đơn, tháng 2 tiếp nhận 9 đơn, tháng 3 tiếp nhận 15 đơn; cộng 38 đơn
#     trong quý I.
#   p106: Đã cấp 1.240 thẻ bảo hiểm y tế cho người nghèo, 865 thẻ cho người cận nghèo, 312 thẻ cho
#     trẻ em dưới 6 tuổi; tổng số 2.471 thẻ.

FOUND = [
    (
        "Ba xã vùng cao có số hộ nghèo lớn nhất: Pa Vệ 412 hộ, Tà Hừa 305 hộ, Chiềng Sại 198 hộ, cộng chung cả ba xã là 925 hộ.",
        [925, 412, 305, 198],
    ),
    (
        "Trong năm, toàn Đảng bộ kết nạp được 68 đảng viên mới. Xét theo địa bàn, khu vực nông thôn 46 đồng chí, khu vực đô thị 17 đồng chí.",
        [68, 46, 17],
    ),
    (
        "Tổng số tiền thu hồi theo kết luận thanh tra là 1.672 triệu đồng, gồm:\n- Thu hồi về ngân sách nhà nước: 1.245 triệu đồng;\n- Thu hồi trả lại cho tổ chức, cá nhân: 382 triệu đồng.",
        [1672000000, 1245000000, 382000000],
    ),
    (
        "Ủy ban Kiểm tra các cấp đã thi hành kỷ luật 38 đảng viên, cụ thể:\n+ Khiển trách: 21 đồng chí\n+ Cảnh cáo: 9 đồng chí\n+ Cách chức: 2 đồng chí\n+ Khai trừ: 4 đồng chí",
        [38, 21, 9, 2, 4],
    ),
    (
        "Kinh phí xây dựng nông thôn mới năm 2024 đạt 78,6 tỷ đồng, trong đó:\na) Ngân sách trung ương: 42,5 tỷ đồng;\nb) Ngân sách tỉnh: 18,3 tỷ đồng;\nc) Ngân sách huyện, xã: 9,7 tỷ đồng;\nd) Huy động xã hội hóa: 6,1 tỷ đồng.",
        [78600000000, 42500000000, 18300000000, 9700000000, 6100000000],
    ),
    (
        "Qua kiểm tra, có 18 đảng viên vi phạm, cụ thể về các nội dung sau:\n- Về nguyên tắc tập trung dân chủ: 5 trường hợp;\n- Về tinh thần trách nhiệm: 8 trường hợp;\n- Về chính sách dân số: 3 trường hợp.",
        [18, 5, 8, 3],
    ),
    (
        "Về độ tuổi, 3.165 đảng viên của Đảng bộ gồm: dưới 30 tuổi 512 đồng chí (16,2%); từ 30 đến 50 tuổi 1.468 đồng chí (46,5%); trên 50 tuổi 1.176 đồng chí (37,3%).",
        [3165, 512, 1468, 1176],
    ),
    (
        "Dịp 3/2 và 7/11, toàn tỉnh trao tặng Huy hiệu Đảng cho 1.846 đảng viên: Huy hiệu 30 năm tuổi Đảng 402, 40 năm 615, 45 năm 318, 50 năm 227, 55 năm 141, 60 năm 86, 65 năm 52, 70 năm 19, 75 năm 4.",
        [1846, 402, 615, 318, 227, 141, 86, 52, 19, 4],
    ),
    (
        "Luân chuyển cán bộ trong nhiệm kỳ: cấp tỉnh 14 đồng chí, cấp huyện 37 đồng chí, cấp xã 52 đồng chí; cả ba cấp 105 đồng chí.",
        [105, 14, 37, 52],
    ),
    (
        "Đơn vị | Số chi bộ | Số đảng viên\nĐảng bộ xã Nà Tấu | 12 | 318\nĐảng bộ xã Mường Phăng | 9 | 245\nĐảng bộ xã Pá Khoang | 15 | 402\nTổng cộng | 36 | 956",
        [956, 318, 245, 402],
    ),
    (
        "Xã\tHộ nghèo\tHộ cận nghèo\nNa Sang\t214\t96\nMường Pồn\t187\t73\nHuổi Lèng\t152\t61\nCộng\t553\t240",
        [240, 96, 73, 61],
    ),
    (
        "Tỉnh có 127 xã, 18 phường và 9 thị trấn, tổng cộng 145 đơn vị hành chính cấp xã.",
        [145, 127, 18, 9],
    ),
    (
        "Diện tích gieo trồng vụ Đông Xuân đạt 12.854 ha, cụ thể: lúa 8.420 ha, ngô 3.150 ha, rau màu và cây trồng khác 1.275 ha.",
        [12854, 8420, 3150, 1275],
    ),
    (
        "Sản lượng lương thực có hạt cả năm ước đạt 215.400 tấn (thóc 168.300 tấn, ngô 41.700 tấn).",
        [215400, 168300, 41700],
    ),
    (
        "Đại hội có 87 đại biểu được bầu từ các đảng bộ cơ sở và 12 đại biểu đương nhiên, tổng số 101 đại biểu được triệu tập.",
        [101, 87, 12],
    ),
    (
        "Số hợp tác xã thành lập mới trong năm là 19 hợp tác xã. Trong lĩnh vực nông nghiệp có 11 hợp tác xã, lĩnh vực phi nông nghiệp 6 hợp tác xã.",
        [19, 11, 6],
    ),
    (
        "Trong năm đã xử lý kỷ luật 4 tổ chức đảng (khiển trách 3, cảnh cáo 1) và 30 đảng viên (khiển trách 18, cảnh cáo 7, cách chức 2, khai trừ 5).",
        [30, 18, 7, 2, 5],
    ),
    (
        "Đợt này có 312 đảng viên 30 năm tuổi Đảng, 245 đảng viên 40 năm tuổi Đảng, 118 đảng viên 50 năm tuổi Đảng được trao Huy hiệu; tổng số 657 đồng chí.",
        [657, 312, 245, 118],
    ),
    (
        "Số lao động được giải quyết việc làm là 6.732 người (trong tỉnh 4.120 người, chiếm 61,3%; ngoài tỉnh 2.350 người, chiếm 35,0%; xuất khẩu lao động 253 người, chiếm 3,7%).",
        [6732, 4120, 2350, 253],
    ),
    (
        "Đã huy động 86,4 tỷ đồng để xây dựng nông thôn mới; nguồn: ngân sách trung ương 35,2 tỷ đồng, ngân sách địa phương 28,7 tỷ đồng, xã hội hóa 25,2 tỷ đồng.",
        [86400000000, 35200000000, 28700000000, 25200000000],
    ),
    (
        "Khiển trách 6 tổ chức đảng, cảnh cáo 2 tổ chức đảng; cộng 9 tổ chức đảng bị kỷ luật trong năm.",
        [9, 6, 2],
    ),
    (
        "Tòa án nhân dân hai cấp đã thụ lý 335 vụ án hình sự, trong đó: đã xét xử 312 vụ, đình chỉ 14 vụ, đang giải quyết 27 vụ.",
        [335, 312, 14, 27],
    ),
    (
        "Kết quả xếp loại 36 chi bộ trực thuộc:\n1. Hoàn thành xuất sắc nhiệm vụ: 8 chi bộ\n2. Hoàn thành tốt nhiệm vụ: 21 chi bộ\n3. Hoàn thành nhiệm vụ: 4 chi bộ\n4. Không hoàn thành nhiệm vụ: 1 chi bộ",
        [36, 8, 21, 4, 1],
    ),
    (
        "Đảng bộ huyện trao Huy hiệu Đảng đợt 19/5 cho 228 đồng chí, gồm: 75 năm tuổi Đảng 2 đồng chí, 70 năm tuổi Đảng 9 đồng chí, 65 năm tuổi Đảng 18 đồng chí, 60 năm tuổi Đảng 31 đồng chí, 55 năm tuổi Đảng 40 đồng chí, 50 năm tuổi Đảng 54 đồng chí, 45 năm tuổi Đảng 33 đồng chí, 40 năm tuổi Đảng 39 đồng chí.",
        [228, 2, 9, 18, 31, 40, 54, 33, 39],
    ),
    (
        "Tổng diện tích rừng hiện có 305.075 ha, chia theo mục đích sử dụng: rừng đặc dụng 45.210 ha, rừng phòng hộ 162.380 ha, rừng sản xuất 98.115 ha.",
        [305075, 45210, 162380, 98115],
    ),
    (
        "Năm 2024 tuyển sinh 232 học viên lớp trung cấp lý luận chính trị. Trong đó nam 126 học viên, nữ 97 học viên.",
        [232, 126, 97],
    ),
    (
        "Hoàn thành và đưa vào sử dụng 34 công trình: 14 công trình giao thông, 9 công trình thủy lợi, 6 công trình trường học, 3 công trình nhà văn hóa.",
        [34, 14, 9, 6, 3],
    ),
    (
        "Tổng đàn gia súc 182.420 con, gồm trâu 38.420 con, bò 21.650 con, lợn 112.300 con, dê 9.870 con.",
        [182420, 38420, 21650, 112300, 9870],
    ),
    (
        "Quỹ Vì người nghèo các cấp vận động được 4.752 triệu đồng (cấp tỉnh 1.520 triệu đồng, cấp huyện 2.340 triệu đồng, cấp xã 865 triệu đồng).",
        [4752000000, 1520000000, 2340000000, 865000000],
    ),
    (
        "Kỳ thi tốt nghiệp có 2.810 thí sinh dự thi, gồm 2.314 thí sinh hệ trung học phổ thông và 487 thí sinh hệ giáo dục thường xuyên.",
        [2810, 2314, 487],
    ),
    (
        "Tổng số cán bộ, công chức cấp xã là 1.406 người; chia theo trình độ lý luận chính trị: cao cấp 48 người, trung cấp 1.026 người, sơ cấp 312 người, chưa qua đào tạo 74 người.",
        [1406, 48, 1026, 312, 74],
    ),
    (
        "Giải ngân 596,3 tỷ đồng vốn đầu tư công (vốn trong nước 512,4 tỷ đồng, vốn nước ngoài 86,9 tỷ đồng).",
        [596300000000, 512400000000, 86900000000],
    ),
    (
        "Đã mở 45 lớp bồi dưỡng nghiệp vụ: cấp tỉnh 6 lớp, cấp huyện 17 lớp, cấp cơ sở 24 lớp.",
        [45, 6, 17, 24],
    ),
    (
        "Đảng bộ xã hiện có 316 đảng viên. Số đảng viên nam là 213 đồng chí, số đảng viên nữ là 148 đồng chí.",
        [316, 213, 148],
    ),
    (
        "Kinh phí tổ chức Đại hội: 1.351 triệu đồng, trong đó:\n- Ngân sách tỉnh cấp: 850 triệu đồng;\n- Ngân sách huyện: 320 triệu đồng;\n- Các doanh nghiệp hỗ trợ: 145 triệu đồng.",
        [1351000000, 850000000, 320000000, 145000000],
    ),
    (
        "Cây trồng | Kế hoạch (ha) | Thực hiện (ha)\nLúa | 8.500 | 8.612\nNgô | 3.200 | 3.145\nĐậu tương | 600 | 587\nTổng | 12.300 | 12.434",
        [12434, 8612, 3145, 587],
    ),
    (
        "Trồng mới 1.369,8 ha rừng tập trung, gồm 312,5 ha rừng phòng hộ và 1.084,3 ha rừng sản xuất.",
        [1369.8, 312.5, 1084.3],
    ),
    (
        "Tổng sản lượng thủy sản đạt 31,7 nghìn tấn, gồm khai thác 12,4 nghìn tấn và nuôi trồng 18,7 nghìn tấn.",
        [31700, 12400, 18700],
    ),
    (
        "Thu ngân sách quý I đạt 215 tỷ đồng, quý II 248 tỷ đồng, quý III 236 tỷ đồng, quý IV 301 tỷ đồng; cả năm đạt 1.010 tỷ đồng.",
        [1010000000000, 215000000000, 248000000000, 236000000000, 301000000000],
    ),
    (
        "6 tháng đầu năm kết nạp 47 đảng viên, 6 tháng cuối năm kết nạp 58 đảng viên, cả năm 115 đảng viên.",
        [115, 47, 58],
    ),
    (
        "Số người tham gia bảo hiểm xã hội là 23.585 người, bao gồm bắt buộc 18.240 người và tự nguyện 5.615 người.",
        [23585, 18240, 5615],
    ),
    (
        "Các trường học trên địa bàn: công lập 64 trường, ngoài công lập 7 trường; tổng số 73 trường.",
        [73, 64, 7],
    ),
    (
        "Số hộ sản xuất, kinh doanh giỏi các cấp: cấp trung ương 12 hộ, cấp tỉnh 148 hộ, cấp huyện 615 hộ, cấp xã 1.820 hộ; toàn tỉnh 2.559 hộ.",
        [2559, 12, 148, 615, 1820],
    ),
    (
        "Ở khối doanh nghiệp có 14 tổ chức cơ sở đảng, khối cơ quan hành chính 22 tổ chức, khối sự nghiệp 9 tổ chức; cộng lại là 47 tổ chức cơ sở đảng.",
        [47, 14, 22, 9],
    ),
    (
        "Năm 2024, trồng rừng phòng hộ 215 ha và rừng sản xuất 1.030 ha, tổng cộng diện tích trồng mới 1.254 ha.",
        [1254, 215, 1030],
    ),
    (
        "Hội đồng nhân dân huyện khóa mới có 35 đại biểu. Đại biểu nam 21 người, đại biểu nữ 12 người.",
        [35, 21, 12],
    ),
    (
        "Tính đến cuối năm, lực lượng dân quân có 1.924 đồng chí. Số dân quân ở khu vực thành thị 412 đồng chí, ở khu vực nông thôn 1.530 đồng chí.",
        [1924, 412, 1530],
    ),
    (
        "Huyện có 38 cơ sở giáo dục mầm non. Loại hình công lập 24 cơ sở, ngoài công lập 9 cơ sở.",
        [38, 24, 9],
    ),
    (
        "Toàn tỉnh giải quyết việc làm mới cho 6.670 lao động. Lao động nữ 3.120 người, lao động nam 3.640 người.",
        [6670, 3120, 3640],
    ),
    (
        "Trong đợt 1 trao 118 Huy hiệu Đảng, đợt 2 trao 96 Huy hiệu Đảng; cả hai đợt là 241 Huy hiệu.",
        [241, 118, 96],
    ),
    (
        "Xây dựng 14 km đường giao thông nông thôn ở Mường Mùn, 9 km ở Pú Xi và 6 km ở Rạng Đông, cộng chung cả ba xã 31 km.",
        [31, 14, 9, 6],
    ),
]

TWINS = [
    "Các chi bộ đã kết nạp 37 đảng viên mới ở khu vực nông thôn, 12 đảng viên ở khối cơ quan và 8 đảng viên trong doanh nghiệp, tổng cộng 57 đảng viên.",
    "Ba xã vùng cao có số hộ nghèo lớn nhất: Pa Vệ 412 hộ, Tà Hừa 305 hộ, Chiềng Sại 198 hộ, cộng chung cả ba xã là 915 hộ.",
    "Trong năm, toàn Đảng bộ kết nạp được 63 đảng viên mới. Xét theo địa bàn, khu vực nông thôn 46 đồng chí, khu vực đô thị 17 đồng chí.",
    "Tổng số tiền thu hồi theo kết luận thanh tra là 1.627 triệu đồng, gồm:\n- Thu hồi về ngân sách nhà nước: 1.245 triệu đồng;\n- Thu hồi trả lại cho tổ chức, cá nhân: 382 triệu đồng.",
    "Ủy ban Kiểm tra các cấp đã thi hành kỷ luật 36 đảng viên, cụ thể:\n+ Khiển trách: 21 đồng chí\n+ Cảnh cáo: 9 đồng chí\n+ Cách chức: 2 đồng chí\n+ Khai trừ: 4 đồng chí",
    "Kinh phí xây dựng nông thôn mới năm 2024 đạt 76,6 tỷ đồng, trong đó:\na) Ngân sách trung ương: 42,5 tỷ đồng;\nb) Ngân sách tỉnh: 18,3 tỷ đồng;\nc) Ngân sách huyện, xã: 9,7 tỷ đồng;\nd) Huy động xã hội hóa: 6,1 tỷ đồng.",
    "Qua kiểm tra, có 16 đảng viên vi phạm, cụ thể về các nội dung sau:\n- Về nguyên tắc tập trung dân chủ: 5 trường hợp;\n- Về tinh thần trách nhiệm: 8 trường hợp;\n- Về chính sách dân số: 3 trường hợp.",
    "Về độ tuổi, 3.156 đảng viên của Đảng bộ gồm: dưới 30 tuổi 512 đồng chí (16,2%); từ 30 đến 50 tuổi 1.468 đồng chí (46,5%); trên 50 tuổi 1.176 đồng chí (37,3%).",
    "Năm 2024, cấp ủy, ủy ban kiểm tra các cấp thi hành kỷ luật 32 đảng viên; về nội dung vi phạm: vi phạm quy định về đất đai 15 trường hợp, vi phạm về quản lý tài chính 7 trường hợp, vi phạm chính sách dân số 4 trường hợp, suy thoái đạo đức, lối sống 6 trường hợp.",
    "Dịp 3/2 và 7/11, toàn tỉnh trao tặng Huy hiệu Đảng cho 1.864 đảng viên: Huy hiệu 30 năm tuổi Đảng 402, 40 năm 615, 45 năm 318, 50 năm 227, 55 năm 141, 60 năm 86, 65 năm 52, 70 năm 19, 75 năm 4.",
    "Luân chuyển cán bộ trong nhiệm kỳ: cấp tỉnh 14 đồng chí, cấp huyện 37 đồng chí, cấp xã 52 đồng chí; cả ba cấp 103 đồng chí.",
    "Tổng vốn đầu tư cho chương trình là 21.770 triệu đồng, nguồn ngân sách trung ương 12.450 triệu đồng, ngân sách tỉnh 5.300 triệu đồng, ngân sách huyện 2.150 triệu đồng, vốn xã hội hóa 1.870 triệu đồng.",
]

TRAPS = [
    "Đảng bộ có 1.240 đảng viên, trong đó đảng viên nữ 512 đồng chí, đảng viên là người dân tộc thiểu số 906 đồng chí.",
    "Huy động 45 tỷ đồng xây dựng nông thôn mới: ngân sách tỉnh 20 tỷ đồng, ngân sách huyện 12 tỷ đồng và một số nguồn khác.",
    "Gần 500 đảng viên được trao Huy hiệu, gồm 312 đồng chí nhận Huy hiệu 30 năm và 180 đồng chí nhận Huy hiệu 40 năm tuổi Đảng.",
    "Trong tổng số 1.120 đảng viên có 245 đảng viên dưới 30 tuổi và 612 đảng viên dưới 40 tuổi.",
    "Các xã có nhiều hộ nghèo nhất: Pa Vệ 412 hộ, Tà Hừa 305 hộ, Chiềng Sại 198 hộ; toàn huyện có 2.450 hộ nghèo.",
    "Trong năm công nhận thêm 6 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 58 xã.",
    "Thi hành kỷ luật 24 đảng viên, trong đó cấp ủy viên 7 đồng chí, đảng viên là công chức 11 đồng chí, đảng viên là viên chức 9 đồng chí.",
    "Kiểm tra 45 tổ chức đảng; qua kiểm tra, 38 tổ chức thực hiện tốt, 5 tổ chức có hạn chế, khuyết điểm.",
    "Đảng bộ xã có 361 đảng viên. Trong năm kết nạp 12 đảng viên nam, 8 đảng viên nữ.",
    "Xã có 1.240 hộ. Số hộ nghèo ở nông thôn là 312 hộ, ở đô thị là 45 hộ.",
    "Toàn huyện có 4.215 lao động. Lao động nam 2.100 người, lao động nữ 1.950 người làm việc trong các doanh nghiệp.",
    "Năm 2023 có 7 xã đạt chuẩn, năm 2024 có 6 xã; tổng số xã đạt chuẩn đến nay là 58 xã.",
    "Cấp tỉnh 14 đồng chí, cấp huyện 37 đồng chí; cả ba cấp 105 đồng chí được luân chuyển.",
    "Quý I kết nạp 28 đảng viên, quý II 41 đảng viên; cả năm kết nạp 165 đảng viên.",
    "Năm 2023 huyện Mường Ảng có 215 hộ thoát nghèo, năm 2024 có 306 hộ; toàn tỉnh năm 2024 có 412 hộ thoát nghèo.",
    "Xã Thanh Minh có 1.240 hộ, xã Thanh Luông có 980 hộ; toàn huyện có 1.850 hộ nghèo.",
    "Hội Nông dân có 8.512 hội viên, Hội Phụ nữ có 9.130 hội viên; toàn huyện có 12.400 đoàn viên thanh niên.",
    "Chi bộ thôn Đông kết nạp 3 đảng viên, chi bộ thôn Tây kết nạp 2 đảng viên; tổng số đảng viên toàn Đảng bộ là 412 đồng chí.",
    "Năm 2023 Đảng bộ có 361 đảng viên. Đến nay, số đảng viên nam là 220 đồng chí, số đảng viên nữ là 150 đồng chí.",
    "Đảng bộ có 1.508 đảng viên. Số đảng viên nữ là 612 đồng chí, số đảng viên dân tộc thiểu số là 1.102 đồng chí.",
    "Toàn huyện có 312 giáo viên mầm non. Giáo viên nam 12 người, giáo viên nữ 280 người đạt chuẩn trình độ đào tạo.",
    "Huyện có 45 trường học. Trường công lập có 2.140 học sinh, trường ngoài công lập có 310 học sinh.",
    "Kết nạp 152 đảng viên. Số đảng viên nam được kết nạp ở khu vực nông thôn là 70 đồng chí, số nữ là 40 đồng chí.",
    "Khiển trách 6 đồng chí, cảnh cáo 2 đồng chí; cộng 8 đồng chí, giảm 3 đồng chí so với năm trước.",
    "Năm 2022 kết nạp 78 đảng viên, năm 2023 kết nạp 86 đảng viên; tổng số đảng viên toàn Đảng bộ là 1.508 đồng chí.",
    "Xã A xây 40 nhà, xã B xây 25 nhà; toàn huyện xây mới và sửa chữa 120 nhà cho hộ nghèo.",
    "Có 9 tổ chức đảng và 14 đảng viên được kiểm tra; tổng số 23 trường hợp, tăng 5 trường hợp so với năm 2023.",
    "Quý III giải ngân 236 tỷ đồng, quý IV 301 tỷ đồng; lũy kế cả năm giải ngân 1.000 tỷ đồng.",
    "Khối cơ quan có 12 chi bộ, khối xã có 21 chi bộ; cả hai khối có 486 đảng viên.",
    "6 tháng đầu năm kết nạp 47 đảng viên; 6 tháng cuối năm kết nạp 58 đảng viên; cả năm 105 đảng viên, đạt 105% kế hoạch.",
    "Trong năm, Đảng bộ kết nạp 63 đảng viên. Khu vực nông thôn có 46 chi bộ, khu vực đô thị có 17 chi bộ.",
    "Các trường đã tuyển sinh 2.450 học sinh lớp 10. Học sinh nam 1.180 em, học sinh nữ 1.270 em, trong đó 312 em là người dân tộc thiểu số.",
    "Toàn tỉnh có 129 xã, phường. Xã có 2.140 đảng viên nữ, phường có 980 đảng viên nữ.",
    "Mường Nhé có 412 hộ, Nậm Pồ có 305 hộ, cả hai huyện có 1.240 hộ nghèo.",
    "Đợt 1 trao 312 Huy hiệu, đợt 2 trao 245 Huy hiệu; toàn tỉnh trao 1.864 Huy hiệu trong năm.",
    "Cấp tỉnh tổ chức 6 lớp, cấp huyện 17 lớp; tổng số học viên là 1.240 người.",
]


@pytest.mark.parametrize(("text", "figures"), FOUND)
def test_part_whole_slip_in_another_structure_is_found(text: str, figures: list[float]) -> None:
    assert told(checks_of(text, "part_whole"), "part_whole", "inconsistent", figures)


@pytest.mark.parametrize("text", TWINS)
def test_part_whole_twin_is_confirmed(text: str) -> None:
    assert [c for c in checks_of(text, "part_whole") if c.verdict == "consistent"]
    assert alarms(text) == []


@pytest.mark.parametrize("text", TRAPS)
def test_figures_that_are_no_breakdown_raise_no_alarm(text: str) -> None:
    assert alarms(text) == []
