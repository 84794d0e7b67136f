"""Recall round 24b of the part_whole checks: a total against the sum of its listed parts, said in
other words than the development sets use. Every passage is written by us (none is copied from a
report).

- sums of money broken down by their sources after a bare "trong đó" (state budget levels and
  what people or firms gave; the centre and the local budgets; state and non-state capital), in
  one sentence or in the next ("… là 76,1 tỷ đồng. Trong đó, …");
- a union named by the total ("171 thôn, tổ dân phố, trong đó 148 thôn và 22 tổ dân phố"), the
  administrative units of one level, the three kinds of land use, a list closed by "… khác";
- every grade once after an owner's colon or across ";"; "phân ra"; a strong marker after ";"
  ("; gồm …", "; nguồn: …"); a next sentence opened by "Gồm:"; pupils counted as "em";
- items given with their shares ("… 18.600 người (46,5%); …", "…, chiếm 46%; …"); numbered
  lines; a total ending its line over bullet lines that name a closed set or both sides of a
  split ("- Nam: …", "- Nữ: …"; "- Hội viên là đảng viên", "- Hội viên chưa là đảng viên").

Each planted passage has a consistent twin (the right total); the traps set a total near parts
that do not make it (a partial list of sources, nested budgets, another year, a plan, a change,
overlapping attributes, a wider scope, stages of one process).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

# 102 planted slips the checker finds (of 131 written)
FOUND = [
    (
        "Tổng vốn đầu tư xây dựng nông thôn mới của xã đạt 12,5 tỷ đồng, trong đó ngân sách tỉnh 5,2 tỷ đồng, ngân sách huyện 4,3 tỷ đồng, nhân dân đóng góp 2,5 tỷ đồng.",
        [12500000000, 5200000000, 4300000000, 2500000000],
    ),
    (
        "Kinh phí thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024 là 4.370 triệu đồng, trong đó ngân sách Trung ương 3.450 triệu đồng, ngân sách địa phương 1.280 triệu đồng.",
        [4370000000, 3450000000, 1280000000],
    ),
    (
        "Để kiên cố hóa kênh mương, xã đã sử dụng 2.600 triệu đồng, trong đó ngân sách cấp trên hỗ trợ 1.650 triệu đồng, ngân sách xã 310 triệu đồng và nhân dân đóng góp 540 triệu đồng.",
        [2600000000, 1650000000, 310000000, 540000000],
    ),
    (
        "Giai đoạn 2021-2025, tổng nguồn lực đầu tư cho các xã đặc biệt khó khăn ước đạt 362 tỷ đồng; trong đó vốn Trung ương 214,5 tỷ đồng, vốn tỉnh 86,3 tỷ đồng, vốn huyện 41,2 tỷ đồng, vốn huy động hợp pháp khác 18 tỷ đồng.",
        [362000000000, 214500000000, 86300000000, 41200000000, 18000000000],
    ),
    (
        "Năm qua, toàn huyện xây dựng mới 42 phòng học với tổng kinh phí 29,2 tỷ đồng, trong đó nguồn ngân sách 21,8 tỷ đồng, nguồn xã hội hóa 6,4 tỷ đồng.",
        [29200000000, 21800000000, 6400000000],
    ),
    (
        "Nguồn vốn ủng hộ Quỹ Vì người nghèo năm 2023 đạt 2.973 triệu đồng, gồm cấp tỉnh vận động 615 triệu đồng, cấp huyện 1.240 triệu đồng và cấp xã 938 triệu đồng.",
        [2973000000, 615000000, 1240000000, 938000000],
    ),
    ("Huyện có 20 đơn vị hành chính cấp xã, bao gồm 17 xã và 2 thị trấn.", [20, 17, 2]),
    (
        "Đảng bộ huyện hiện có 56 tổ chức cơ sở đảng, gồm 24 đảng bộ cơ sở và 31 chi bộ cơ sở.",
        [56, 24, 31],
    ),
    (
        "Diện tích gieo trồng cây hằng năm đạt 6.890 ha, bao gồm lúa 5.240 ha, ngô 1.120 ha, rau các loại 630 ha.",
        [6890, 5240, 1120, 630],
    ),
    (
        "Lực lượng dân quân tự vệ toàn tỉnh có 12.100 đồng chí, gồm dân quân 9.820 đồng chí và tự vệ 2.180 đồng chí.",
        [12100, 9820, 2180],
    ),
    (
        "Tổng sản lượng thủy sản cả năm ước 9.320 tấn, gồm sản lượng khai thác 3.420 tấn và sản lượng nuôi trồng 5.810 tấn.",
        [9320, 3420, 5810],
    ),
    (
        "Toàn trường có 812 học sinh, bao gồm khối 6 có 212 em, khối 7 có 198 em, khối 8 có 205 em và khối 9 có 187 em.",
        [812, 212, 198, 205, 187],
    ),
    (
        "Tổng nguồn vốn thực hiện Chương trình năm 2022 là 88 tỷ đồng, cụ thể: vốn ngân sách Trung ương 41,7 tỷ đồng; vốn ngân sách tỉnh 12,3 tỷ đồng; vốn lồng ghép 8,5 tỷ đồng; vốn tín dụng 20,1 tỷ đồng; nhân dân đóng góp 4,4 tỷ đồng.",
        [88000000000, 41700000000, 12300000000, 8500000000, 20100000000, 4400000000],
    ),
    ("Thành phố có 15 đơn vị hành chính: 9 phường và 5 xã.", [15, 9, 5]),
    (
        "Sản lượng lương thực có hạt năm 2024 đạt 56.970 tấn: thóc 48.650 tấn, ngô 7.320 tấn.",
        [56970, 48650, 7320],
    ),
    (
        "Quỹ đất toàn xã là 2.315 ha, phân theo mục đích sử dụng: đất nông nghiệp 1.842,5 ha; đất phi nông nghiệp 412,3 ha; đất chưa sử dụng 96,2 ha.",
        [2315, 1842.5, 412.3, 96.2],
    ),
    (
        "Toàn tỉnh hiện có 162 xã, phường, thị trấn (140 xã, 12 phường, 9 thị trấn).",
        [162, 140, 12, 9],
    ),
    (
        "Đã giải quyết việc làm cho 5.959 lao động (trong tỉnh 3.120 người, ngoài tỉnh 2.460 người, đi làm việc ở nước ngoài 415 người).",
        [5959, 3120, 2460, 415],
    ),
    (
        "Năm 2023, huyện trồng mới 1.158 ha rừng tập trung (rừng phòng hộ 126,4 ha, rừng sản xuất 1.058,6 ha).",
        [1158, 126.4, 1058.6],
    ),
    (
        "Tổng thu ngân sách trên địa bàn đạt 3.267 tỷ đồng (thu nội địa 2.864 tỷ đồng; thu từ hoạt động xuất nhập khẩu 412 tỷ đồng).",
        [3267000000000, 2864000000000, 412000000000],
    ),
    (
        "Hội Nông dân tỉnh có 105.200 hội viên (nam 61.240 hội viên, nữ 43.780 hội viên).",
        [105200, 61240, 43780],
    ),
    (
        "Tổng vốn đầu tư phát triển toàn xã hội năm 2024 đạt 4.905,5 tỷ đồng, gồm:\n- Vốn ngân sách nhà nước: 1.245,6 tỷ đồng;\n- Vốn doanh nghiệp ngoài nhà nước: 2.310,4 tỷ đồng;\n- Vốn đầu tư trực tiếp nước ngoài: 418 tỷ đồng;\n- Vốn dân cư: 976,5 tỷ đồng.",
        [4905500000000, 1245600000000, 2310400000000, 418000000000, 976500000000],
    ),
    (
        "Kinh phí hỗ trợ xây dựng nhà ở cho hộ nghèo năm 2023 là 3.530 triệu đồng, trong đó:\n+ Ngân sách Trung ương: 2.400 triệu đồng;\n+ Ngân sách tỉnh: 600 triệu đồng;\n+ Quỹ Vì người nghèo: 350 triệu đồng.",
        [3530000000, 2400000000, 600000000, 350000000],
    ),
    (
        "Số đảng viên được đánh giá, xếp loại năm 2023 là 3.449 đồng chí, trong đó:\n- Hoàn thành xuất sắc nhiệm vụ: 412 đồng chí;\n- Hoàn thành tốt nhiệm vụ: 2.865 đồng chí;\n- Hoàn thành nhiệm vụ: 203 đồng chí;\n- Không hoàn thành nhiệm vụ: 14 đồng chí.",
        [3449, 412, 2865, 203, 14],
    ),
    (
        "Toàn huyện có 78 trường học, cụ thể như sau:\n- Mầm non: 24 trường\n- Tiểu học: 27 trường\n- Trung học cơ sở: 21 trường\n- Trung học phổ thông: 4 trường",
        [78, 24, 27, 21, 4],
    ),
    (
        "Dân số trung bình năm 2024 của huyện là 115.810 người, chia ra:\n- Thành thị: 18.450 người;\n- Nông thôn: 96.730 người.",
        [115810, 18450, 96730],
    ),
    (
        "Diện tích cây công nghiệp lâu năm hiện có 18.740 ha, bao gồm:\na) Cà phê 12.460 ha;\nb) Hồ tiêu 2.130 ha;\nc) Cao su 3.880 ha.",
        [18740, 12460, 2130, 3880],
    ),
    (
        "Tổng vốn huy động của Chương trình là 122 tỷ đồng, trong đó ngân sách nhà nước 62,4 tỷ đồng (chiếm 52%), vốn doanh nghiệp 33,6 tỷ đồng (28%), nhân dân đóng góp 24 tỷ đồng (20%).",
        [122000000000, 62400000000, 33600000000, 24000000000],
    ),
    (
        "Toàn Đảng bộ có 5.092 đảng viên, trong đó đảng viên chính thức 4.812 đồng chí (95,7%), đảng viên dự bị 217 đồng chí (4,3%).",
        [5092, 4812, 217],
    ),
    (
        "Diện tích lúa cả năm đạt 6.050 ha, gồm vụ Đông Xuân 3.050 ha (chiếm 50,8%) và vụ Hè Thu 2.950 ha (chiếm 49,2%).",
        [6050, 3050, 2950],
    ),
    (
        "Tổng kinh phí xây dựng nhà văn hóa thôn là 1.540 triệu đồng; ngân sách huyện hỗ trợ 800 triệu đồng, còn lại 650 triệu đồng do nhân dân đóng góp.",
        [1540000000, 800000000, 650000000],
    ),
    (
        "Tổng chi phí đầu tư trạm bơm là 6,7 tỷ đồng, tỉnh hỗ trợ 4,5 tỷ đồng, số còn lại 1,7 tỷ đồng do huyện và xã đối ứng.",
        [6700000000, 4500000000, 1700000000],
    ),
    (
        "Trong 173 đơn thư tiếp nhận, có 96 đơn thuộc thẩm quyền giải quyết, số còn lại 41 đơn không thuộc thẩm quyền đã chuyển cơ quan có thẩm quyền.",
        [173, 96, 41],
    ),
    (
        "Sau sắp xếp, huyện còn 24 đơn vị hành chính cấp xã, trong đó có 21 xã và 2 thị trấn.",
        [24, 21, 2],
    ),
    (
        "Tỉnh có 12 đơn vị hành chính cấp huyện, gồm 1 thành phố, 2 thị xã và 8 huyện.",
        [12, 1, 2, 8],
    ),
    ("Toàn huyện có 171 thôn, tổ dân phố, trong đó 148 thôn và 22 tổ dân phố.", [171, 148, 22]),
    ("Xã có 16 thôn, bản, chia ra 9 thôn và 6 bản.", [16, 9, 6]),
    (
        "Tổng vốn đầu tư cho chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023 là 76,1 tỷ đồng. Trong đó, ngân sách Trung ương 38,2 tỷ đồng, ngân sách tỉnh 16,5 tỷ đồng, ngân sách huyện 9,8 tỷ đồng, nhân dân đóng góp 7,1 tỷ đồng.",
        [76100000000, 38200000000, 16500000000, 9800000000, 7100000000],
    ),
    (
        "Lực lượng lao động trong độ tuổi của huyện là 55.150 người. Trong đó, lao động nam 28.640 người, lao động nữ 26.910 người.",
        [55150, 28640, 26910],
    ),
    (
        "Ngân sách tỉnh hỗ trợ 3,8 tỷ đồng, ngân sách huyện đối ứng 1,6 tỷ đồng, nhân dân đóng góp 0,9 tỷ đồng; tổng cộng 6,8 tỷ đồng.",
        [6800000000, 3800000000, 1600000000, 900000000],
    ),
    (
        "Số đảng viên hoàn thành xuất sắc nhiệm vụ là 96 đồng chí, hoàn thành tốt nhiệm vụ 702 đồng chí, hoàn thành nhiệm vụ 41 đồng chí, không hoàn thành nhiệm vụ 3 đồng chí; tổng số 824 đồng chí được xếp loại.",
        [824, 96, 702, 41, 3],
    ),
    (
        "Nguồn kinh phí thực hiện cuộc vận động năm 2023 là 2.652 triệu đồng, bao gồm ngân sách nhà nước 560 triệu đồng, vận động doanh nghiệp 1.320 triệu đồng, cán bộ, đảng viên và nhân dân ủng hộ 745 triệu đồng.",
        [2652000000, 560000000, 1320000000, 745000000],
    ),
    (
        "Chương trình hỗ trợ sinh kế cho đồng bào dân tộc thiểu số có tổng vốn 9.800 triệu đồng, trong đó Trung ương hỗ trợ 7.200 triệu đồng, ngân sách tỉnh đối ứng 1.440 triệu đồng, người dân đối ứng 960 triệu đồng.",
        [9800000000, 7200000000, 1440000000, 960000000],
    ),
    (
        "Tổng giá trị các công trình đã hoàn thành là 20.730 triệu đồng, trong đó nguồn vốn nhà nước 14.350 triệu đồng, nguồn vốn ngoài nhà nước 6.020 triệu đồng.",
        [20730000000, 14350000000, 6020000000],
    ),
    (
        "Để xây dựng trường chuẩn quốc gia, huyện đầu tư 41,4 tỷ đồng, trong đó nguồn vốn Chương trình mục tiêu quốc gia 26,3 tỷ đồng, ngân sách huyện 14,6 tỷ đồng, vốn xã hội hóa 3,2 tỷ đồng.",
        [41400000000, 26300000000, 14600000000, 3200000000],
    ),
    (
        "Công tác thu Quỹ phòng, chống thiên tai năm 2024 đạt 1.723 triệu đồng, trong đó khu vực doanh nghiệp nộp 412 triệu đồng, cán bộ, công chức, viên chức 286 triệu đồng, người lao động khác và hộ gia đình 1.034 triệu đồng.",
        [1723000000, 412000000, 286000000, 1034000000],
    ),
    (
        "Năm 2023, tổng dư nợ cho vay tại Phòng giao dịch Ngân hàng Chính sách xã hội huyện đạt 502 tỷ đồng; trong đó nguồn vốn Trung ương 482,6 tỷ đồng, nguồn vốn địa phương ủy thác 37,4 tỷ đồng.",
        [502000000000, 482600000000, 37400000000],
    ),
    (
        "Tổng chiều dài đường giao thông nông thôn được cứng hóa là 84,8 km, gồm đường trục xã 32,7 km, đường trục thôn 41,5 km và đường ngõ xóm 14,2 km.",
        [84.8, 32.7, 41.5, 14.2],
    ),
    (
        "Toàn huyện có 20.855 ha đất lâm nghiệp, trong đó: rừng đặc dụng 1.240 ha, rừng phòng hộ 6.815 ha, rừng sản xuất 12.530 ha.",
        [20855, 1240, 6815, 12530],
    ),
    (
        "Tổng đàn gia súc năm 2023 có 46.500 con, gồm đàn trâu 4.230 con, đàn bò 9.870 con, đàn lợn 31.500 con.",
        [46500, 4230, 9870, 31500],
    ),
    (
        "Khối lượng rác thải sinh hoạt thu gom trong năm là 13.870 tấn (khu vực đô thị 8.460 tấn, khu vực nông thôn 5.320 tấn).",
        [13870, 8460, 5320],
    ),
    (
        "Tổng sản lượng điện thương phẩm năm 2024 ước 737 triệu kWh, trong đó: điện cho công nghiệp, xây dựng 412,5 triệu kWh; quản lý và tiêu dùng dân cư 286,3 triệu kWh; thương nghiệp, dịch vụ 38,7 triệu kWh; nông, lâm nghiệp, thủy sản 21,4 triệu kWh; hoạt động khác 14,1 triệu kWh.",
        [737000000, 412500000, 286300000, 38700000, 21400000, 14100000],
    ),
    (
        "Đảng bộ xã có 17 chi bộ trực thuộc, gồm 11 chi bộ thôn, 3 chi bộ trường học, 1 chi bộ trạm y tế và 1 chi bộ quân sự.",
        [17, 11, 3, 1, 1],
    ),
    (
        "Kết quả đánh giá chất lượng năm 2023 của 46 tổ chức cơ sở đảng: hoàn thành xuất sắc nhiệm vụ 9 tổ chức, hoàn thành tốt nhiệm vụ 31 tổ chức, hoàn thành nhiệm vụ 4 tổ chức, không hoàn thành nhiệm vụ 1 tổ chức.",
        [46, 9, 31, 4, 1],
    ),
    (
        "Ủy ban Kiểm tra các cấp đã thi hành kỷ luật 50 đảng viên bằng các hình thức: khiển trách 27 đồng chí, cảnh cáo 14 đồng chí, cách chức 2 đồng chí, khai trừ 6 đồng chí.",
        [50, 27, 14, 2, 6],
    ),
    (
        "Ban Chấp hành Đảng bộ huyện khóa mới có 37 đồng chí, trong đó 26 đồng chí tái cử và 9 đồng chí lần đầu tham gia.",
        [37, 26, 9],
    ),
    (
        "Đại hội bầu 48 đại biểu đi dự Đại hội cấp trên, gồm 42 đại biểu chính thức và 5 đại biểu dự khuyết.",
        [48, 42, 5],
    ),
    (
        "Hội đồng nhân dân huyện có 36 đại biểu, trong đó nam 24 đại biểu, nữ 11 đại biểu.",
        [36, 24, 11],
    ),
    (
        "Năm 2024, tổng số hộ nghèo và cận nghèo của xã là 252 hộ, trong đó hộ nghèo 86 hộ, hộ cận nghèo 139 hộ.",
        [252, 86, 139],
    ),
    (
        "Toàn huyện có 1.220 người có công với cách mạng đang hưởng trợ cấp hằng tháng, bao gồm thương binh 412 người, bệnh binh 168 người, thân nhân liệt sĩ 523 người và đối tượng khác 97 người.",
        [1220, 412, 168, 523, 97],
    ),
    (
        "Tổng số tiền vận động ủng hộ đồng bào bị thiệt hại do bão số 3 là 4.100 triệu đồng: cán bộ, công chức, viên chức 1.035 triệu đồng; doanh nghiệp 2.140 triệu đồng; các tầng lớp nhân dân 825 triệu đồng.",
        [4100000000, 1035000000, 2140000000, 825000000],
    ),
    (
        "Thu ngân sách xã năm 2023 đạt 10.020 triệu đồng, cơ cấu gồm: thu cân đối 3.410 triệu đồng; thu bổ sung từ ngân sách cấp trên 6.270 triệu đồng; thu chuyển nguồn 520 triệu đồng.",
        [10020000000, 3410000000, 6270000000, 520000000],
    ),
    (
        "Tổng chi ngân sách địa phương năm 2024 là 5.800 tỷ đồng, phân ra chi đầu tư phát triển 1.820 tỷ đồng, chi thường xuyên 3.960 tỷ đồng, chi dự phòng 120 tỷ đồng.",
        [5800000000000, 1820000000000, 3960000000000, 120000000000],
    ),
    (
        "Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước do địa phương quản lý năm 2024 ước đạt 2.158 tỷ đồng, chia theo cấp quản lý: cấp tỉnh 1.126,4 tỷ đồng; cấp huyện 842,7 tỷ đồng; cấp xã 215,9 tỷ đồng.",
        [2158000000000, 1126400000000, 842700000000, 215900000000],
    ),
    (
        "Trong năm, toàn tỉnh tiếp nhận 560,5 tấn gạo hỗ trợ cứu đói giáp hạt; gồm gạo dự trữ quốc gia 420 tấn, gạo các tổ chức, cá nhân ủng hộ 86,5 tấn.",
        [560.5, 420, 86.5],
    ),
    (
        "Tổng đầu tư cho công tác y tế cơ sở đạt 65,3 tỷ đồng; nguồn: Trung ương 35 tỷ đồng, tỉnh 20 tỷ đồng, huyện 8,5 tỷ đồng.",
        [65300000000, 35000000000, 20000000000, 8500000000],
    ),
    (
        "Tổng số 7.600 hộ dân được cấp nước sạch, gồm 2.140 hộ ở thị trấn và 5.360 hộ ở các xã.",
        [7600, 2140, 5360],
    ),
    (
        "Xã có 1.960 ha diện tích tự nhiên, trong đó đất nông nghiệp 1.536 ha, đất phi nông nghiệp 318 ha, đất chưa sử dụng 46 ha.",
        [1960, 1536, 318, 46],
    ),
    (
        "Lượng khách du lịch đến tỉnh năm 2023 đạt 1.700.000 lượt, trong đó khách quốc tế 128.500 lượt, khách nội địa 1.641.500 lượt.",
        [1700000, 128500, 1641500],
    ),
    (
        "Tổng số đảng viên toàn Đảng bộ đến 31/12/2023: 3.140 đồng chí.\n- Đảng viên chính thức: 2.946 đồng chí.\n- Đảng viên dự bị: 158 đồng chí.",
        [3140, 2946, 158],
    ),
    (
        "Kinh phí thực hiện: 2.850 triệu đồng\n+ Ngân sách tỉnh: 1.850 triệu đồng\n+ Ngân sách huyện: 620 triệu đồng\n+ Nhân dân đóng góp: 330 triệu đồng",
        [2850000000, 1850000000, 620000000, 330000000],
    ),
    (
        "Năm học 2023-2024, toàn huyện có 19.670 học sinh, trong đó:\n- Mầm non: 5.120 cháu;\n- Tiểu học: 8.430 học sinh;\n- Trung học cơ sở: 6.210 học sinh.",
        [19670, 5120, 8430, 6210],
    ),
    (
        "Tổng diện tích gieo trồng vụ Đông Xuân là 4.530 ha, cụ thể:\n1. Lúa: 3.215 ha\n2. Ngô: 640 ha\n3. Khoai lang: 85 ha\n4. Rau, đậu các loại: 410 ha",
        [4530, 3215, 640, 85, 410],
    ),
    (
        "Số hộ nghèo đầu năm 2024 theo chuẩn mới là 128 hộ, gồm:\n- Thôn Đông: 42 hộ\n- Thôn Tây: 37 hộ\n- Thôn Nam: 29 hộ\n- Thôn Bắc: 18 hộ",
        [128, 42, 37, 29, 18],
    ),
    (
        "Huyện có 42 tổ chức cơ sở đảng, chia ra:\n• Đảng bộ cơ sở: 22\n• Chi bộ cơ sở: 19",
        [42, 22, 19],
    ),
    (
        "Đảng bộ có 2.100 đảng viên, gồm 1.230 đảng viên nam (chiếm 61,5%) và 770 đảng viên nữ (chiếm 38,5%).",
        [2100, 1230, 770],
    ),
    (
        "Tổng vốn đầu tư phát triển trên địa bàn đạt 2.600 tỷ đồng, trong đó vốn nhà nước 1.150 tỷ đồng, chiếm 46%; vốn ngoài nhà nước 1.350 tỷ đồng, chiếm 54%.",
        [2600000000000, 1150000000000, 1350000000000],
    ),
    (
        "Cơ cấu 41.000 lao động đang làm việc: nông, lâm nghiệp, thủy sản 18.600 người (46,5%); công nghiệp, xây dựng 12.400 người (31%); dịch vụ 9.000 người (22,5%).",
        [41000, 18600, 12400, 9000],
    ),
    (
        "Toàn huyện có 21.000 hộ dân, trong đó hộ thành thị 3.650 hộ (chiếm 18,25%), hộ nông thôn 16.350 hộ (chiếm 81,75%).",
        [21000, 3650, 16350],
    ),
    (
        "Tổng số lao động được giải quyết việc làm năm 2024 là 13.210 người (tạo việc làm trong tỉnh 8.240 người, ngoài tỉnh 3.760 người, đi làm việc ở nước ngoài 1.120 người).",
        [13210, 8240, 3760, 1120],
    ),
    (
        "Kinh phí đầu tư xây dựng nhà văn hóa các thôn: 2.500 triệu đồng, bao gồm: ngân sách xã 960 triệu đồng, nhân dân đóng góp 1.440 triệu đồng.",
        [2500000000, 960000000, 1440000000],
    ),
    (
        "Tổng nguồn vốn huy động cho Chương trình giai đoạn 2021-2025 dự kiến là 8.600 tỷ đồng, gồm: vốn ngân sách nhà nước 3.260 tỷ đồng; vốn lồng ghép 1.480 tỷ đồng; vốn tín dụng 2.150 tỷ đồng; vốn doanh nghiệp 960 tỷ đồng; vốn huy động cộng đồng 650 tỷ đồng.",
        [8600000000000, 3260000000000, 1480000000000, 2150000000000, 960000000000, 650000000000],
    ),
    (
        "Xã có tổng số 4.159 ha rừng, gồm: rừng phòng hộ 1.325 ha, rừng sản xuất 2.870 ha.",
        [4159, 1325, 2870],
    ),
    ("Thị xã có 13 đơn vị hành chính cấp xã, gồm 7 phường và 5 xã.", [13, 7, 5]),
    (
        "Sau khi sắp xếp, tỉnh còn 10 đơn vị hành chính cấp huyện, trong đó 1 thành phố, 1 thị xã và 7 huyện.",
        [10, 1, 1, 7],
    ),
    ("Toàn thành phố có 23 xã, phường, trong đó 14 phường và 8 xã.", [23, 14, 8]),
    ("Huyện có 139 thôn, bản, trong đó 96 thôn và 41 bản.", [139, 96, 41]),
    (
        "Tổng kinh phí làm đường điện chiếu sáng là 551 triệu đồng, trong đó ngân sách xã 180 triệu đồng, vận động nhân dân 240 triệu đồng, doanh nghiệp trên địa bàn ủng hộ 95 triệu đồng.",
        [551000000, 180000000, 240000000, 95000000],
    ),
    (
        "Để hoàn thành tiêu chí giao thông, xã đã đầu tư 14,5 tỷ đồng, trong đó Trung ương hỗ trợ 6,8 tỷ đồng, ngân sách tỉnh 3,2 tỷ đồng, ngân sách huyện 2,1 tỷ đồng, người dân hiến đất và đóng góp tương đương 1,4 tỷ đồng.",
        [14500000000, 6800000000, 3200000000, 2100000000, 1400000000],
    ),
    (
        "Chương trình kiên cố hóa trường lớp có tổng vốn 86 tỷ đồng. Trong đó: ngân sách Trung ương 52 tỷ đồng, ngân sách tỉnh 18,5 tỷ đồng, ngân sách huyện 9,5 tỷ đồng, xã hội hóa 4 tỷ đồng.",
        [86000000000, 52000000000, 18500000000, 9500000000, 4000000000],
    ),
    (
        "Tổng giá trị hỗ trợ Tết cho hộ nghèo là 2.200 triệu đồng, trong đó ngân sách nhà nước 1.240 triệu đồng, nguồn xã hội hóa 860 triệu đồng.",
        [2200000000, 1240000000, 860000000],
    ),
    (
        "Năm 2023, Đảng bộ có 61 tổ chức cơ sở đảng được đánh giá, xếp loại, trong đó hoàn thành xuất sắc nhiệm vụ 12 tổ chức; hoàn thành tốt nhiệm vụ 41 tổ chức; hoàn thành nhiệm vụ 6 tổ chức; không hoàn thành nhiệm vụ 1 tổ chức.",
        [61, 12, 41, 6, 1],
    ),
    (
        "Qua đánh giá, xếp loại chất lượng 22 chi bộ trực thuộc: 5 chi bộ hoàn thành xuất sắc nhiệm vụ, 14 chi bộ hoàn thành tốt nhiệm vụ, 2 chi bộ hoàn thành nhiệm vụ, không có chi bộ không hoàn thành nhiệm vụ.",
        [22, 5, 14, 2],
    ),
    (
        "Tổng số hộ nghèo, hộ cận nghèo trên địa bàn là 414 hộ, trong đó 148 hộ nghèo và 263 hộ cận nghèo.",
        [414, 148, 263],
    ),
    ("Xã có 21 cán bộ, công chức, gồm 11 cán bộ và 9 công chức.", [21, 11, 9]),
    (
        "Tổng diện tích đất tự nhiên của huyện là 34.100 ha; trong đó đất nông nghiệp 28.460 ha, đất phi nông nghiệp 4.215 ha và đất chưa sử dụng 1.325 ha.",
        [34100, 28460, 4215, 1325],
    ),
    (
        "Tổng số hội viên Hội Cựu chiến binh huyện là 3.150 hội viên, trong đó:\n- Hội viên là đảng viên: 2.140 hội viên\n- Hội viên chưa là đảng viên: 965 hội viên",
        [3150, 2140, 965],
    ),
    (
        "Tổng số cán bộ, công chức, viên chức của huyện: 1.561 người. Gồm: cán bộ 46 người; công chức 158 người; viên chức 1.312 người.",
        [1561, 46, 158, 1312],
    ),
    (
        "Đội ngũ giáo viên toàn ngành có 2.050 người, phân theo cấp học: mầm non 612 người, tiểu học 845 người, trung học cơ sở 598 người.",
        [2050, 612, 845, 598],
    ),
    (
        "Tổng số trẻ em dưới 16 tuổi toàn huyện: 35.260 em\n- Nam: 18.416 em\n- Nữ: 17.204 em",
        [35260, 18416, 17204],
    ),
    (
        "Năm 2024, tổng thu ngân sách xã đạt 9.460 triệu đồng. Trong đó: thu trên địa bàn 2.180 triệu đồng; thu bổ sung từ ngân sách cấp trên 7.460 triệu đồng.",
        [9460000000, 2180000000, 7460000000],
    ),
    (
        "Quỹ Khuyến học xã có tổng số dư 637 triệu đồng (quỹ do xã quản lý 210 triệu đồng, quỹ do các dòng họ quản lý 345 triệu đồng, quỹ do các chi hội quản lý 118 triệu đồng).",
        [637000000, 210000000, 345000000, 118000000],
    ),
]

# 29 planted slips still missed (not asserted): bare "trong đó" lists that may be partial
# (two state budgets only, a fund and the households' share, kinds of free cards, labour
# kinds), an estimated total ("ước đạt"), counts before their total ("…; tổng cộng …", "cả
# năm"), a label holding a comma inside brackets, a list after ";" with no marker, lists in
# the next sentence opened by "Cụ thể:" that fall short (a stock's kinds alarm only over it).
#   Năm 2023, huyện huy động được 27,5 tỷ đồng làm đường giao thông nông thôn, trong đó vốn ngân sách nhà nước 18,6 tỷ đồng, vốn doanh nghiệp và nhân dân
#   Mạng lưới y tế huyện gồm 19 cơ sở, bao gồm 1 bệnh viện đa khoa, 1 trung tâm y tế và 16 trạm y tế xã.
#   Kết quả tuyển sinh lớp 10 năm học 2023-2024: tổng số 1.638 học sinh trúng tuyển; trường công lập 1.415 em, trường ngoài công lập 268 em.
#   Số hộ nghèo cuối năm là 642 hộ: hộ nghèo thuộc chính sách bảo trợ xã hội 127 hộ, hộ nghèo không có khả năng lao động 95 hộ, hộ nghèo còn lại 402 hộ.
#   Xã đã huy động 2.730 triệu đồng làm 4,2 km đường bê tông (nhân dân đóng góp 820 triệu đồng, ngân sách xã 450 triệu đồng, ngân sách huyện hỗ trợ 1.100
#   Khối Đảng ủy có 38 chi, đảng bộ cơ sở (12 đảng bộ cơ sở, 27 chi bộ cơ sở).
#   Tổng thu ngân sách nhà nước trên địa bàn đạt 2.420 tỷ đồng, trong đó thu nội địa 1.920 tỷ đồng, chiếm 80%, thu từ hoạt động xuất nhập khẩu 480 tỷ đồng
#   Năm 2023, có 4.100 lao động được đào tạo nghề, trong đó đào tạo sơ cấp 2.360 người (chiếm 59%), đào tạo dưới 3 tháng 1.640 người (chiếm 41%).
#   Tổng số 2.100 học sinh tốt nghiệp trung học cơ sở: vào lớp 10 công lập 1.320 em, tỷ lệ 66%; vào trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên
#   Năm 2024 xã có 257 hộ tham gia sản xuất, kinh doanh giỏi các cấp; trong đó cấp tỉnh 12 hộ, cấp huyện 48 hộ, còn lại 215 hộ đạt cấp xã.
#   Toàn tỉnh có 376 cơ sở giáo dục phổ thông công lập, trong đó cấp tiểu học 186 trường, cấp trung học cơ sở 142 trường, cấp trung học phổ thông 37 trườn
#   Cuối năm 2023, toàn huyện có 64 hợp tác xã đang hoạt động. Cụ thể: lĩnh vực nông nghiệp 38 hợp tác xã, tiểu thủ công nghiệp 9 hợp tác xã, thương mại,
#   Tổng kinh phí tổ chức Đại hội thể dục thể thao huyện lần thứ VII là 653 triệu đồng. Nguồn kinh phí gồm ngân sách huyện 450 triệu đồng và xã hội hóa 18
#   Vụ Đông Xuân gieo cấy 2.410 ha, vụ Mùa gieo cấy 2.385 ha, cả năm đạt 4.759 ha lúa.
#   Dự án nâng cấp tỉnh lộ 279 có tổng mức đầu tư 252 tỷ đồng, trong đó vốn ngân sách Trung ương 180 tỷ đồng, vốn ngân sách tỉnh 45 tỷ đồng.
#   Toàn tỉnh đã xây dựng 312 nhà Đại đoàn kết với tổng kinh phí 25,56 tỷ đồng, trong đó Quỹ Vì người nghèo các cấp hỗ trợ 9,36 tỷ đồng, các hộ gia đình t
#   Năm 2023 kết nạp 486 đảng viên mới; trong đó khối xã, phường, thị trấn 312 đồng chí, khối cơ quan 87 đồng chí, khối doanh nghiệp 26 đồng chí, khối lực
#   Có 2.834 lượt hộ được vay vốn ưu đãi, chia ra: hộ nghèo 1.240 lượt, hộ cận nghèo 865 lượt, hộ mới thoát nghèo 412 lượt, đối tượng chính sách khác 326
#   Số thẻ bảo hiểm y tế cấp miễn phí năm 2023 là 39.100 thẻ, trong đó cấp cho người dân tộc thiểu số 24.610 thẻ, người thuộc hộ nghèo 3.280 thẻ, trẻ em d
#   Tổng kinh phí diễn tập khu vực phòng thủ huyện là 2.202 triệu đồng (ngân sách tỉnh cấp 1.200 triệu đồng, ngân sách huyện 780 triệu đồng, các xã, thị t
#   Trong năm, đã xét xử 1.310 vụ án (hình sự 214 vụ, dân sự 386 vụ, hôn nhân và gia đình 512 vụ, hành chính 18 vụ).
#   Năm 2024, tổng kinh phí xây dựng mô hình là 1.610 triệu đồng; trong đó ngân sách Trung ương 850 triệu đồng, ngân sách địa phương 310 triệu đồng.
#   Trường có 56 giáo viên, nhân viên; trong đó 46 giáo viên, 8 nhân viên.
#   Kết quả phân loại hộ gia đình năm 2024 (4.753 hộ): / + Hộ khá, giàu: 1.860 hộ / + Hộ trung bình: 2.415 hộ / + Hộ cận nghèo: 312 hộ / + Hộ nghèo: 148 h
#   Nguồn vốn thực hiện (22 tỷ đồng) gồm ngân sách tỉnh 12,4 tỷ đồng, ngân sách huyện 5,6 tỷ đồng và vốn xã hội hóa 3 tỷ đồng.
#   Trong năm đã cấp 1.389 giấy chứng nhận quyền sử dụng đất (cấp lần đầu 412 giấy; cấp đổi, cấp lại 986 giấy).
#   Năm 2024, trên địa bàn xảy ra 43 vụ tai nạn giao thông, trong đó đường bộ 38 vụ, đường thủy 3 vụ, đường sắt 1 vụ.
#   Số lượt khám, chữa bệnh năm 2024 là 228.700 lượt; trong đó: khám bảo hiểm y tế 186.420 lượt, khám dịch vụ 41.380 lượt.
#   Dân số toàn xã 4.323 người, gồm 2.146 nam và 2.087 nữ.

TWINS = [
    "Tổng vốn đầu tư xây dựng nông thôn mới của xã đạt 12 tỷ đồng, trong đó ngân sách tỉnh 5,2 tỷ đồng, ngân sách huyện 4,3 tỷ đồng, nhân dân đóng góp 2,5 tỷ đồng.",
    "Huyện có 19 đơn vị hành chính cấp xã, bao gồm 17 xã và 2 thị trấn.",
    "Thành phố có 14 đơn vị hành chính: 9 phường và 5 xã.",
    "Năm 2023, huyện trồng mới 1.185 ha rừng tập trung (rừng phòng hộ 126,4 ha, rừng sản xuất 1.058,6 ha).",
    "Toàn huyện có 76 trường học, cụ thể như sau:\n- Mầm non: 24 trường\n- Tiểu học: 27 trường\n- Trung học cơ sở: 21 trường\n- Trung học phổ thông: 4 trường",
    "Diện tích lúa cả năm đạt 6.000 ha, gồm vụ Đông Xuân 3.050 ha (chiếm 50,8%) và vụ Hè Thu 2.950 ha (chiếm 49,2%).",
    "Toàn huyện có 170 thôn, tổ dân phố, trong đó 148 thôn và 22 tổ dân phố.",
    "Số đảng viên hoàn thành xuất sắc nhiệm vụ là 96 đồng chí, hoàn thành tốt nhiệm vụ 702 đồng chí, hoàn thành nhiệm vụ 41 đồng chí, không hoàn thành nhiệm vụ 3 đồng chí; tổng số 842 đồng chí được xếp loại.",
    "Năm 2023, tổng dư nợ cho vay tại Phòng giao dịch Ngân hàng Chính sách xã hội huyện đạt 520 tỷ đồng; trong đó nguồn vốn Trung ương 482,6 tỷ đồng, nguồn vốn địa phương ủy thác 37,4 tỷ đồng.",
    "Đảng bộ xã có 16 chi bộ trực thuộc, gồm 11 chi bộ thôn, 3 chi bộ trường học, 1 chi bộ trạm y tế và 1 chi bộ quân sự.",
    "Năm 2024, tổng số hộ nghèo và cận nghèo của xã là 225 hộ, trong đó hộ nghèo 86 hộ, hộ cận nghèo 139 hộ.",
    "Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước do địa phương quản lý năm 2024 ước đạt 2.185 tỷ đồng, chia theo cấp quản lý: cấp tỉnh 1.126,4 tỷ đồng; cấp huyện 842,7 tỷ đồng; cấp xã 215,9 tỷ đồng.",
    "Tổng số đảng viên toàn Đảng bộ đến 31/12/2023: 3.104 đồng chí.\n- Đảng viên chính thức: 2.946 đồng chí.\n- Đảng viên dự bị: 158 đồng chí.",
    "Tổng vốn đầu tư phát triển trên địa bàn đạt 2.500 tỷ đồng, trong đó vốn nhà nước 1.150 tỷ đồng, chiếm 46%; vốn ngoài nhà nước 1.350 tỷ đồng, chiếm 54%.",
    "Xã có tổng số 4.195 ha rừng, gồm: rừng phòng hộ 1.325 ha, rừng sản xuất 2.870 ha.",
    "Năm 2024, tổng kinh phí xây dựng mô hình là 1.160 triệu đồng; trong đó ngân sách Trung ương 850 triệu đồng, ngân sách địa phương 310 triệu đồng.",
]

TRAPS = [
    "Tổng vốn đầu tư xây dựng nông thôn mới của xã đạt 12,5 tỷ đồng, trong đó riêng ngân sách tỉnh 5,2 tỷ đồng.",
    "Kinh phí xây dựng trường là 28,2 tỷ đồng, trong đó ngân sách tỉnh 21,8 tỷ đồng, riêng hạng mục nhà đa năng 6,4 tỷ đồng.",
    "Chỉ tiêu giao 2.000 lao động được giải quyết việc làm; kết quả trong tỉnh 1.120 người, ngoài tỉnh 640 người, xuất khẩu lao động 150 người, đạt 95,5% kế hoạch.",
    "Tổng vốn huy động đạt 120 tỷ đồng, tăng 22 tỷ đồng so với năm 2022; trong đó vốn ngân sách tăng 12,4 tỷ đồng, vốn doanh nghiệp tăng 6,6 tỷ đồng.",
    "Năm 2023 có 2.843 hộ được vay vốn, trong đó hộ nghèo 1.240 hộ, hộ có người khuyết tật 865 hộ, hộ đồng bào dân tộc thiểu số 1.412 hộ.",
    "Toàn huyện có 55 tổ chức cơ sở đảng, trong đó có 24 đảng bộ cơ sở.",
    "Tổng vốn đầu tư 12,5 tỷ đồng để làm 4,2 km đường, 3 cầu dân sinh và 2 nhà văn hóa.",
    "Từ đầu nhiệm kỳ đến nay đã kết nạp 1.466 đảng viên; riêng năm 2023 kết nạp 312 đồng chí, năm 2024 kết nạp 287 đồng chí.",
    "Toàn huyện có trên 12.000 hộ chăn nuôi, trong đó nuôi lợn 4.230 hộ, nuôi bò 3.870 hộ.",
    "Năm 2023 huyện giải ngân 28,2 tỷ đồng vốn đầu tư công; vốn sự nghiệp giải ngân 21,8 tỷ đồng, vốn vay 6,4 tỷ đồng chưa giải ngân.",
    "Tổng vốn 120 tỷ đồng, trong đó vốn ngân sách nhà nước 62,4 tỷ đồng, vốn ngân sách tỉnh 33,6 tỷ đồng, nhân dân đóng góp 14 tỷ đồng.",
    "Ban Chấp hành có 35 đồng chí; Ban Thường vụ có 11 đồng chí, Ủy ban Kiểm tra có 7 đồng chí.",
    "Năm 2022 có 5.029 đảng viên, năm 2023 có 4.812 đảng viên chính thức và 217 đảng viên dự bị được chuyển đến.",
    "Mỗi hộ được hỗ trợ từ 40 đến 60 triệu đồng; tổng số 312 hộ được hỗ trợ với 14,2 tỷ đồng.",
    "Đã tổ chức 48 lớp tập huấn cho 3.120 lượt người, trong đó cán bộ, công chức 1.245 lượt, nông dân 1.640 lượt.",
    "Diện tích lúa 6.000 ha, gồm vụ Đông Xuân năng suất 62 tạ/ha, vụ Hè Thu năng suất 55 tạ/ha; sản lượng 3.050 tấn.",
    "Tổng vốn đầu tư 150 tỷ đồng, trong đó vốn ngân sách 90 tỷ đồng, vốn vay 55 tỷ đồng.",
    "Xã có 20 cán bộ, công chức, trong đó 11 cán bộ nữ và 7 công chức trẻ.",
    "Tổng vốn 2.500 tỷ đồng, trong đó vốn nhà nước 1.150 tỷ đồng, chiếm 46%, tăng 8% so với năm trước.",
    "Năm 2024 xã có 411 hộ nghèo, hộ cận nghèo; năm 2023 có 148 hộ nghèo và 293 hộ cận nghèo.",
    "Vốn đầu tư cho giáo dục là 84 tỷ đồng; ngân sách Trung ương bố trí cho y tế 52 tỷ đồng, ngân sách tỉnh cho giao thông 18,5 tỷ đồng, xã hội hóa văn hóa 4 tỷ đồng.",
    "Kết quả thực hiện:\n- Thu ngân sách: 41 tỷ đồng\n- Chi ngân sách: 38 tỷ đồng\n- Vốn lồng ghép: 2,5 tỷ đồng",
    "Kinh phí năm 2023: 2.800 triệu đồng\nKinh phí năm 2024:\n+ Ngân sách tỉnh: 1.850 triệu đồng\n+ Ngân sách huyện: 620 triệu đồng\n+ Nhân dân đóng góp: 330 triệu đồng",
    "Tổng số đảng viên 3.140 đồng chí, trong đó đảng viên chính thức 2.946 đồng chí; năm 2024 kết nạp 158 đồng chí.",
]


@pytest.mark.parametrize(("text", "figures"), FOUND)
def test_total_off_its_listed_parts_is_found(text: str, figures: list[float]) -> None:
    assert told(checks_of(text, "part_whole"), "part_whole", "inconsistent", figures)


@pytest.mark.parametrize("text", TWINS)
def test_consistent_twin_is_confirmed(text: str) -> None:
    assert [c for c in checks_of(text, "part_whole") if c.verdict == "consistent"]
    assert alarms(text) == []


@pytest.mark.parametrize("text", TRAPS)
def test_parts_that_do_not_make_the_total_raise_no_alarm(text: str) -> None:
    assert alarms(text) == []
