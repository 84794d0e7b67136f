"""share, ratio_percent and granularity: a percent whose part or whole is named, not written
next to it. Every passage is written by us, in varied nouns, numbers and word order.

Each pattern has its consistent and its inconsistent variant (when the whole is certain from
the structure) and a near-miss that must stay silent (no inconsistent row of the kind).
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def checks_of(text: str) -> list[Check]:
    return process_text(text, options=_OPTS).checks


def rows(text: str, kind: str) -> list[Check]:
    return [c for c in checks_of(text) if c.kind == kind]


_PROFILE = "Đảng bộ huyện có 52 tổ chức cơ sở đảng với 3.000 đảng viên. "

# (kind, passage, expected verdict, figures the row must hold)
CASES = [
    # -- share: the part of a "chiếm" after a bracket is the count before the bracket
    ("share", _PROFILE + "Năm qua, các cấp ủy thi hành kỷ luật 18 đảng viên (khiển trách 10 đồng chí, cảnh cáo 6 đồng chí, khai trừ 2 đồng chí), chiếm 0,6% tổng số đảng viên của Đảng bộ.", "consistent", [18, 3000]),
    ("share", "Toàn xã xử lý 24 vụ vi phạm (hành chính 20 vụ, hình sự 4 vụ), chiếm 60% trong tổng số 40 vụ được phát hiện.", "consistent", [24, 40]),
    ("share", "Toàn xã xử lý 24 vụ vi phạm (hành chính 20 vụ, hình sự 4 vụ), chiếm 65% trong tổng số 40 vụ được phát hiện.", "inconsistent", [24, 40]),
    # -- share: "tỷ lệ tương ứng là", "trong N X, (đã) có n" in mid-sentence
    ("share", "Về chủ trương nhất thể hóa: trong 60 chi bộ thôn, đã có 51 chi bộ thực hiện, tỷ lệ tương ứng là 85%.", "consistent", [51, 60]),
    ("share", "Về chủ trương nhất thể hóa: trong 60 chi bộ thôn, đã có 51 chi bộ thực hiện, tỷ lệ tương ứng là 88%.", "inconsistent", [51, 60]),
    ("share", "Kết quả xếp loại theo quy định mới: trong 25 tổ chức cơ sở đảng, có 6 tổ chức hoàn thành xuất sắc nhiệm vụ (đạt 24%), 19 tổ chức hoàn thành tốt.", "consistent", [6, 25]),
    # -- share: the whole named after the percent, then given alone in brackets
    ("share", "Các đoàn thể nâng tổng số hội viên lên 3.150 người, chiếm 63% số người trong độ tuổi tham gia (5.000 người).", "consistent", [3150, 5000]),
    ("share", "Các đoàn thể nâng tổng số hội viên lên 3.150 người, chiếm 61% số người trong độ tuổi tham gia (5.000 người).", "inconsistent", [3150, 5000]),
    # the whole of its own clause, after another list: 900/3.200 = 28,1%, not 31%
    ("share", "Năm 2024 kết nạp 150 đảng viên. Trong đó, đảng viên nữ 66 đồng chí, chiếm 44%; toàn Đảng bộ hiện có 3.200 đảng viên, đảng viên trẻ 900 đồng chí (31%).", "inconsistent", [900, 3200]),
    # -- share: a whole named by a noun the vocabulary lacks and the verb of the earlier count
    ("share", "Sáu tháng đầu năm, bộ phận một cửa huyện tiếp nhận 2.400 hồ sơ. Qua theo dõi, số hồ sơ nộp qua mạng là 1.800 hồ sơ, chiếm 75% tổng số hồ sơ tiếp nhận.", "consistent", [1800, 2400]),
    ("share", "Sáu tháng đầu năm, bộ phận một cửa huyện tiếp nhận 2.400 hồ sơ. Qua theo dõi, số hồ sơ nộp qua mạng là 1.800 hồ sơ, chiếm 70% tổng số hồ sơ tiếp nhận.", "inconsistent", [1800, 2400]),
    # -- share: the one earlier count written with the same specific words, far back
    ("share", "Đảng bộ xã có 40 chi bộ thôn bản và 6 chi bộ cơ quan. Năm 2024 xã tập trung xây dựng đội ngũ. Nhiều lớp bồi dưỡng được mở. Công tác kiểm tra được tăng cường. Việc sinh hoạt được duy trì. Đến nay 36 chi bộ thôn bản đã có chi ủy, chiếm 90%.", "consistent", [36, 40]),
    # ... and the one larger count of the kind before it, however far: a miss is an error
    ("share", "Đảng bộ xã có 40 chi bộ thôn bản và 6 chi bộ cơ quan. Năm 2024 xã tập trung xây dựng đội ngũ. Nhiều lớp bồi dưỡng được mở. Công tác kiểm tra được tăng cường. Việc sinh hoạt được duy trì. Đến nay 36 chi bộ thôn bản đã có chi ủy, chiếm 80%.", "inconsistent", [36, 40]),
    ("share", "Huyện Nam Sơn có 30 tổ chức cơ sở đảng. Năm 2024 Huyện ủy ban hành kế hoạch mới. Các ban xây dựng đảng được kiện toàn. Công tác dân vận có chuyển biến. Ủy ban Kiểm tra đã kiểm tra 9 tổ chức cơ sở đảng, bằng 30% tổng số.", "consistent", [9, 30]),
    # -- share: "Trong số đó" points back over a bullet list to the paragraph's total
    ("share", "Toàn huyện có 160 mô hình dân vận khéo, gồm 40 mô hình cấp huyện và 120 mô hình cấp xã; phân theo lĩnh vực:\n- kinh tế: 70 mô hình;\n- văn hóa: 50 mô hình;\n- an ninh: 40 mô hình.\nTrong số đó, 12 mô hình được tỉnh khen thưởng, chiếm 7,5%.", "consistent", [12, 160]),
    # -- share: items of one list share their whole
    ("share", "Năm 2024 toàn Đảng bộ kết nạp 150 đảng viên, đạt 107,1% chỉ tiêu (140 đảng viên). Trong đó, đảng viên nữ 66 đồng chí, chiếm 44%; đảng viên trẻ 90 đồng chí (60%).", "consistent", [90, 150]),
    ("share", "Năm 2024 toàn Đảng bộ kết nạp 150 đảng viên, đạt 107,1% chỉ tiêu (140 đảng viên). Trong đó, đảng viên nữ 66 đồng chí, chiếm 44%; đảng viên trẻ 90 đồng chí (62%).", "inconsistent", [90, 150]),
    ("share", "Tổng vốn đầu tư xây dựng trường học đạt 500 tỷ đồng. Phân theo nguồn:\n- Ngân sách tỉnh: 200 tỷ đồng, chiếm 40%;\n- Ngân sách huyện: 150 tỷ đồng;\n- Vốn xã hội hóa: 50 tỷ đồng, chiếm 10%.", "consistent", [50, 500]),
    # -- share: "N X đều có Y, trong đó n Y …": the split is of N
    ("share", "Hiện nay cả 25 ấp đều có chi bộ, trong đó 20 chi bộ có chi ủy (80%).", "consistent", [20, 25]),
    ("share", "Hiện nay cả 25 ấp đều có chi bộ, trong đó 20 chi bộ có chi ủy (84%).", "inconsistent", [20, 25]),
    # -- ratio_percent: label words inside the description (a document, a threshold, "số" = digital)
    ("ratio_percent", "Đến nay 45/50 xã đã dùng chữ ký số để phát hành văn bản, đạt 90%.", "consistent", [45, 50]),
    ("ratio_percent", "Đến nay 45/50 xã đã dùng chữ ký số để phát hành văn bản, đạt 92%.", "inconsistent", [45, 50]),
    ("ratio_percent", "Sau sáp nhập, 70/80 khu phố đạt tiêu chí quy mô số hộ theo Quyết định 15, chiếm 87,5%.", "consistent", [70, 80]),
    ("ratio_percent", "Có 38/40 chi bộ sinh hoạt đủ từ 12 kỳ trở lên, đạt 95%.", "consistent", [38, 40]),
    ("ratio_percent", "Có 38/40 chi bộ có từ 15 đảng viên trở lên, đạt 97%.", "inconsistent", [38, 40]),
    ("ratio_percent", "Toàn xã đã có 1.530/1.800 hộ dùng nước sạch, khoảng 85%.", "consistent", [1530, 1800]),
    ("ratio_percent", "Toàn xã đã có 1.530/1.800 hộ dùng nước sạch, khoảng 89%.", "inconsistent", [1530, 1800]),
    # -- granularity: a percent of a small base named after it ("số … được <verb>", "số … này")
    ("granularity", "Ủy ban Kiểm tra đã giám sát 11 chi bộ; qua giám sát, 45,5% số chi bộ được giám sát còn chậm sửa đổi quy chế.", "consistent", [11, 45.5]),
    ("granularity", "Ủy ban Kiểm tra đã giám sát 11 chi bộ; qua giám sát, 47,5% số chi bộ được giám sát còn chậm sửa đổi quy chế.", "inconsistent", [11, 47.5]),
    ("granularity", "Năm 2022, huyện chọn 9 thôn khó khăn để làm điểm. Sau hai năm, 66,7% số thôn này đã thoát nghèo.", "consistent", [9, 66.7]),
    ("granularity", "Năm 2022, huyện chọn 9 thôn khó khăn để làm điểm. Sau hai năm, 70% số thôn này đã thoát nghèo.", "inconsistent", [9, 70]),
    ("granularity", "Toàn Đảng bộ thi hành kỷ luật 120 đảng viên. Hình thức kỷ luật đảng viên: khiển trách 27 đồng chí, cảnh cáo 60 đồng chí, khai trừ 33 đồng chí. Tỷ lệ khai trừ bằng 27,5% tổng số đảng viên bị kỷ luật.", "consistent", [120, 27.5]),
    ("granularity", "Toàn Đảng bộ thi hành kỷ luật 120 đảng viên. Hình thức kỷ luật đảng viên: khiển trách 27 đồng chí, cảnh cáo 60 đồng chí, khai trừ 33 đồng chí. Tỷ lệ khai trừ bằng 27,4% tổng số đảng viên bị kỷ luật.", "inconsistent", [120, 27.4]),
    ("granularity", "Thị xã có 12 xã, phường với 85 khu dân cư. Công tác dân vận được chú trọng. Đến nay 75% số xã, phường đã có mô hình điểm.", "consistent", [12, 75]),
    # -- granularity: a body counted by a noun the vocabulary lacks ("ủy viên")
    ("granularity", "Ban Chấp hành Hội Nông dân huyện có 29 ủy viên, trong đó nữ chiếm 24,1%.", "consistent", [29, 24.1]),
    ("granularity", "Ban Chấp hành Hội Nông dân huyện có 29 ủy viên, trong đó nữ chiếm 25%.", "inconsistent", [29, 25]),
    # -- granularity: an age inside the label of a rate clause after ";"
    ("granularity", "Ban Thường vụ Huyện ủy khóa mới có 15 đồng chí; tỷ lệ cán bộ dưới 45 tuổi chiếm 33,3%.", "consistent", [15, 33.3]),
    ("granularity", "Ban Thường vụ Huyện ủy khóa mới có 15 đồng chí; tỷ lệ cán bộ dưới 45 tuổi chiếm 35%.", "inconsistent", [15, 35]),
    # -- granularity: the share's members named after the percent ("P% là …")
    ("granularity", "Tổ công tác liên ngành gồm 11 đồng chí, 36,4% là cán bộ nữ.", "consistent", [11, 36.4]),
    ("granularity", "Tổ công tác liên ngành gồm 11 đồng chí, 35% là cán bộ nữ.", "inconsistent", [11, 35]),
    ("granularity", "Chi bộ nay có 6 đảng viên, gấp ba lần, trong đó 50% là công nhân.", "consistent", [6, 50]),
    # -- granularity: "trong N X, (mới) có P% (số X) …": the percent scoped by its base
    ("granularity", "Sau hai năm, trong 16 xã của huyện, đã có 62,5% số xã hoàn thành số hóa hồ sơ.", "consistent", [16, 62.5]),
    ("granularity", "Sau hai năm, trong 16 xã của huyện, đã có 60% số xã hoàn thành số hóa hồ sơ.", "inconsistent", [16, 60]),
    ("granularity", "Tính đến tháng 6, trong 14 xã, thị trấn, 57,1% đã đưa sổ tay đảng viên điện tử vào sinh hoạt.", "consistent", [14, 57.1]),
    # -- granularity: a rate of the territory's own units ("Thị xã gồm 9 phường" … "tỷ lệ phường …")
    ("granularity", "Thị xã gồm 9 phường và 2 xã. Công tác dân vận được chú trọng. Tỷ lệ phường có tổ công nghệ số cộng đồng đạt 77,8%.", "consistent", [9, 77.8]),
    ("granularity", "Thị xã gồm 9 phường và 2 xã. Công tác dân vận được chú trọng. Tỷ lệ phường có tổ công nghệ số cộng đồng đạt 75%.", "inconsistent", [9, 75]),
    ("granularity", "Thị xã gồm 9 phường và 2 xã. Công tác dân vận được chú trọng. Lĩnh vực văn hóa: 44,4% số phường có sân chơi cho trẻ em.", "consistent", [9, 44.4]),
    ("granularity", "Phường có 11 khu phố, trong đó 4 khu phố ven sông. Về vệ sinh môi trường, 63,6% số khu phố có tổ thu gom rác.", "consistent", [11, 63.6]),
    # -- share: a graded list whose counts add up to a whole stated before
    ("share", "Đảng bộ xã có 24 chi bộ trực thuộc. Năm qua công tác xây dựng Đảng có nhiều chuyển biến.\n- Đánh giá chất lượng chi bộ năm 2024: 15 chi bộ hoàn thành tốt nhiệm vụ (chiếm 62,5%), 7 hoàn thành nhiệm vụ, 2 không hoàn thành nhiệm vụ.", "consistent", [15, 24]),
    ("share", "Đảng bộ xã có 24 chi bộ trực thuộc. Năm qua công tác xây dựng Đảng có nhiều chuyển biến.\n- Đánh giá chất lượng chi bộ năm 2024: 15 chi bộ hoàn thành tốt nhiệm vụ (chiếm 65,2%), 7 hoàn thành nhiệm vụ, 2 không hoàn thành nhiệm vụ.", "inconsistent", [15, 24]),
    ("share", "Toàn huyện có 85 tổ hợp tác. Về tổ hợp tác: khá 51 (60%), trung bình 30, yếu 4.", "consistent", [51, 85]),
    ("share", "Toàn huyện có 85 tổ hợp tác. Về tổ hợp tác: khá 51 (62%), trung bình 30, yếu 4.", "inconsistent", [51, 85]),
    # -- share: a body stated with "có" ends its clause, the next clause opens with the part
    ("share", "Trường có 64 giáo viên; 58 người đạt chuẩn trình độ đào tạo trở lên, chiếm 90,6%.", "consistent", [58, 64]),
    ("share", "Trường có 64 giáo viên; 58 người đạt chuẩn trình độ đào tạo trở lên, chiếm 92%.", "inconsistent", [58, 64]),
    ("share", "Chi bộ khu phố có 48 đảng viên; 45 đồng chí tham gia học tập nghị quyết, chiếm 95%.", "inconsistent", [45, 48]),
    # -- share: "; trong đó" splits the clause's head count (people), not the plan in brackets
    ("share", "Năm 2024 Hội kết nạp 420 hội viên, đạt 105% kế hoạch (400 hội viên); trong đó 130 người là phụ nữ dân tộc thiểu số (chiếm 31%).", "consistent", [130, 420]),
    ("share", "Năm 2024 Hội kết nạp 420 hội viên, đạt 105% kế hoạch (400 hội viên); trong đó 130 người là phụ nữ dân tộc thiểu số (chiếm 35%).", "inconsistent", [130, 420]),
    # -- share: ", ứng với P%" ties a count to its share like "tương ứng"
    ("share", "Huyện có 40 chi bộ, trong đó 30 chi bộ được xếp loại trong sạch vững mạnh, ứng với 75%.", "consistent", [30, 40]),
    ("share", "Huyện có 40 chi bộ, trong đó 30 chi bộ được xếp loại trong sạch vững mạnh, ứng với 80%.", "inconsistent", [30, 40]),
    # -- share: a classifier before a noun the vocabulary lacks ("căn nhà" counts "nhà")
    ("share", "Năm 2024 xã xây mới 40 căn nhà tình nghĩa. Các hộ gia đình chính sách được bàn giao 10 nhà, bằng 25% tổng số nhà.", "consistent", [10, 40]),
    # -- share: a rate of a subset with no count beside it (its count before, its whole stated)
    ("share", "Toàn xã có 1.540 hộ. Năm qua số hộ nghèo giảm từ 96 hộ xuống còn 71 hộ; tỷ lệ hộ nghèo còn 4,61%.", "consistent", [71, 1540]),
    ("share", "Số hộ cận nghèo của huyện giảm từ 905 hộ xuống 812 hộ, tỷ lệ hộ cận nghèo là 3,25% trên tổng số 25.000 hộ dân.", "consistent", [812, 25000]),
    # -- share: the part is the end of a change, the whole named after the percent
    ("share", "Đảng bộ huyện có 3.200 đảng viên sinh hoạt ở 41 tổ chức cơ sở đảng. Công tác phát triển đảng viên được chú trọng. Các chi bộ thôn được kiện toàn. Nhiều mô hình mới ra đời. Số đảng viên nữ tăng từ 980 đồng chí lên 1.050 đồng chí, tăng 70 đồng chí, hiện chiếm 32,8% tổng số đảng viên của Đảng bộ.", "consistent", [1050, 3200]),
    # -- share: "con số này đã là N": the number the earlier count has become
    ("share", "Huyện có 15 xã. Năm 2021 toàn huyện mới có 5 xã đạt chuẩn nông thôn mới kiểu mẫu, đến nay con số này đã là 9, chiếm 60% số xã.", "consistent", [9, 15]),
    # -- share: "số X … mới chiếm P% tổng số Y" with the count of X a few sentences back
    ("share", "Huyện có 400 hợp tác xã đang hoạt động. Đến nay, 64 hợp tác xã trên địa bàn đã có tổ chức đảng. Trong năm, huyện thành lập mới 6 chi bộ. Việc sinh hoạt được duy trì đều. Tuy vậy, số hợp tác xã có tổ chức đảng mới chiếm 16% tổng số hợp tác xã đang hoạt động.", "consistent", [64, 400]),
    # -- granularity: "trong đó P%" followed by its predicate or by the body's units
    ("granularity", "Phòng Nội vụ huyện có 9 công chức, trong đó 66,7% có trình độ thạc sĩ.", "consistent", [9, 66.7]),
    ("granularity", "Phòng Nội vụ huyện có 9 công chức, trong đó 70% có trình độ thạc sĩ.", "inconsistent", [9, 70]),
    ("granularity", "Thị xã có 12 xã, phường, trong đó 60% đơn vị hoàn thành sớm kế hoạch thu quỹ.", "inconsistent", [12, 60]),
    # -- granularity: "; <member attribute> chiếm P%" after a body of people
    ("granularity", "Ủy ban Kiểm tra Huyện ủy có 9 đồng chí; nữ chiếm 33,3%.", "consistent", [9, 33.3]),
    ("granularity", "Ủy ban Kiểm tra Huyện ủy có 9 đồng chí; nữ chiếm 30%.", "inconsistent", [9, 30]),
    ("granularity", "Ban Chấp hành Hội Cựu chiến binh huyện có 21 đồng chí, người Mường chiếm 38,1%.", "consistent", [21, 38.1]),
    ("granularity", "Ban Chấp hành Hội Cựu chiến binh huyện có 21 đồng chí, người Mường chiếm 40%.", "inconsistent", [21, 40]),
    # -- granularity: a list opened by a comma with a counted first item, continued after ";"
    ("granularity", "Ban Chấp hành Đảng bộ xã có 25 đồng chí, nữ có 6 đồng chí, chiếm 24%; cán bộ dưới 35 tuổi chiếm 12%.", "consistent", [25, 12]),
    ("granularity", "Ban Chấp hành Đảng bộ xã có 25 đồng chí, nữ có 6 đồng chí, chiếm 24%; cán bộ dưới 35 tuổi chiếm 14%.", "inconsistent", [25, 14]),
    # -- granularity: a base named back by its own words ("số thôn thí điểm" <- "12 thôn làm thí điểm")
    ("granularity", "Năm 2023, Đảng ủy chọn 12 thôn làm thí điểm chuyển đổi số. Sau một năm, 58,3% số thôn thí điểm đã có tổ công nghệ số cộng đồng.", "consistent", [12, 58.3]),
    ("granularity", "Năm 2023, Đảng ủy chọn 12 thôn làm thí điểm chuyển đổi số. Sau một năm, 60% số thôn thí điểm đã có tổ công nghệ số cộng đồng.", "inconsistent", [12, 60]),
    # -- granularity: "P% trong số này" after the one count of its clause
    ("granularity", "Khối doanh nghiệp có 18 chi bộ; 77,8% trong số này duy trì sinh hoạt chuyên đề hằng quý.", "consistent", [18, 77.8]),
    ("granularity", "Khối doanh nghiệp có 18 chi bộ; 75% trong số này duy trì sinh hoạt chuyên đề hằng quý.", "inconsistent", [18, 75]),
    # -- share: the whole is the one count of its noun stated before, the link explicit
    ("share", "Hội Nông dân xã có 1.250 hội viên. Năm qua, 480 hội viên tham gia tổ hợp tác, chiếm 38,4% tổng số hội viên.", "consistent", [480, 1250]),
    ("share", "Hội Nông dân xã có 1.250 hội viên. Năm qua, 480 hội viên tham gia tổ hợp tác, chiếm 41,2% tổng số hội viên.", "inconsistent", [480, 1250]),
    ("share", "Chi bộ trường học có 60 đảng viên. Trong năm, số đảng viên là giáo viên dạy giỏi là 21 đồng chí, chiếm 40%.", "inconsistent", [21, 60]),
    ("share", "Tổng chi ngân sách xã năm 2024 là 24 tỷ đồng. Chi cho giáo dục 6 tỷ đồng, chiếm 25% tổng chi.", "consistent", [6, 24]),
    ("share", "Tổng chi ngân sách xã năm 2024 là 24 tỷ đồng. Chi cho giáo dục 6 tỷ đồng, chiếm 28% tổng chi.", "inconsistent", [6, 24]),
    ("share", "Xã có 800 ha đất trồng lúa. Đến nay, diện tích lúa chất lượng cao đạt 300 ha, chiếm 37,5% diện tích đất trồng lúa.", "consistent", [300, 800]),
    ("share", "Xã có 800 ha đất trồng lúa. Đến nay, diện tích lúa chất lượng cao đạt 300 ha, chiếm 40% diện tích đất trồng lúa.", "inconsistent", [300, 800]),
    ("share", "Phường có 4.000 hộ. Kết quả rà soát năm nay còn 60 hộ nghèo, tỷ lệ hộ nghèo là 1,5%.", "consistent", [60, 4000]),
    ("share", "Phường có 4.000 hộ. Kết quả rà soát năm nay còn 60 hộ nghèo, tỷ lệ hộ nghèo là 1,8%.", "inconsistent", [60, 4000]),
    ("share", "Toàn huyện có 120 thôn. Đến nay đã có 96 thôn có nhà văn hóa, đạt 80%.", "consistent", [96, 120]),
    ("share", "Toàn huyện có 120 thôn. Đến nay đã có 96 thôn có nhà văn hóa, đạt 84%.", "inconsistent", [96, 120]),
    # -- ratio_percent: a rate word after the fraction ("(tỷ lệ", ", tức", ", với tỷ lệ", ", ứng với")
    ("ratio_percent", "Năm qua có 1.350/1.500 hộ đạt danh hiệu gia đình văn hóa (tỷ lệ 90%).", "consistent", [1350, 1500]),
    ("ratio_percent", "Năm qua có 1.350/1.500 hộ đạt danh hiệu gia đình văn hóa (tỷ lệ 92%).", "inconsistent", [1350, 1500]),
    ("ratio_percent", "Trong nhiệm kỳ có 45/60 đoàn viên ưu tú được kết nạp vào Đảng, tức 75%.", "consistent", [45, 60]),
    ("ratio_percent", "Trong nhiệm kỳ có 45/60 đoàn viên ưu tú được kết nạp vào Đảng, tức 80%.", "inconsistent", [45, 60]),
    ("ratio_percent", "Đã có 300/400 hộ lắp camera an ninh, với tỷ lệ 78%.", "inconsistent", [300, 400]),
    ("ratio_percent", "Huyện có 12/20 xã đạt chuẩn văn hóa, ứng với 60% tổng số xã.", "consistent", [12, 20]),
    ("ratio_percent", "Huyện có 12/20 xã đạt chuẩn văn hóa, ứng với 65% tổng số xã.", "inconsistent", [12, 20]),
    # -- ratio_percent: a count of where the members are, inside the label
    ("ratio_percent", "Có 850/1.000 hội viên ở 12 chi hội tham gia quỹ, chiếm 85%.", "consistent", [850, 1000]),
    ("ratio_percent", "Có 850/1.000 hội viên ở 12 chi hội tham gia quỹ, chiếm 88%.", "inconsistent", [850, 1000]),
    # -- granularity: "số/tỷ lệ <members> <attribute>" after a comma
    ("granularity", "Chi bộ khu phố có 27 đảng viên, số đảng viên nữ ở mức 37%.", "consistent", [27, 37]),
    ("granularity", "Chi bộ khu phố có 27 đảng viên, số đảng viên nữ ở mức 38%.", "inconsistent", [27, 38]),
    ("granularity", "Ban Chấp hành Đảng bộ phường có 17 đồng chí, tỷ lệ cấp ủy viên nữ đạt 30%.", "inconsistent", [17, 30]),
    # -- granularity: the next sentence opens with the rate of the body's members
    ("granularity", "Ban Thường vụ Huyện đoàn gồm 13 đồng chí. Tỷ lệ cán bộ nữ là 30,8%, cán bộ dưới 30 tuổi là 23,1%.", "consistent", [13, 23.1]),
    ("granularity", "Ban Thường vụ Huyện đoàn gồm 13 đồng chí. Tỷ lệ cán bộ nữ là 32%, cán bộ dưới 30 tuổi là 23,1%.", "inconsistent", [13, 32]),
    ("granularity", "Ủy ban Mặt trận phường có 23 ủy viên. Số ủy viên là người ngoài Đảng có tỷ lệ 36%.", "inconsistent", [23, 36]),
    ("granularity", "Văn phòng Huyện ủy có 14 cán bộ. Về chuyên môn, 57,1% có trình độ thạc sĩ.", "consistent", [14, 57.1]),
    ("granularity", "Văn phòng Huyện ủy có 14 cán bộ. Về chuyên môn, 55% có trình độ thạc sĩ.", "inconsistent", [14, 55]),
    ("granularity", "Đội ngũ 18 công chức phường đã được chuẩn hóa: 60% có trình độ đại học.", "inconsistent", [18, 60]),
    # -- granularity: "cho thấy P% số X <predicate>" of the territory's own units
    ("granularity", "Đảng bộ xã có 22 chi bộ. Kết quả kiểm điểm cho thấy 81,8% số chi bộ xếp loại tốt.", "consistent", [22, 81.8]),
    ("granularity", "Đảng bộ xã có 22 chi bộ. Kết quả kiểm điểm cho thấy 80% số chi bộ xếp loại tốt.", "inconsistent", [22, 80]),
    # -- share: a rough whole split by "trong đó" ("khoảng 48.200 người": within 100 of it)
    ("share", "Xã có khoảng 12.400 nhân khẩu; dân số toàn huyện khoảng 48.200 người, trong đó người trong độ tuổi lao động 29.650 người, chiếm 61,5%.", "consistent", [29650, 48200]),
    ("share", "Dân số toàn huyện khoảng 48.200 người, trong đó người trong độ tuổi lao động 29.650 người, chiếm 64,2%.", "inconsistent", [29650, 48200]),
    ("share", "Toàn xã có hơn 3.100 hộ, trong đó 1.240 hộ làm nghề thủ công, chiếm 40%.", "consistent", [1240, 3100]),
    # -- share: the percent after a comparison and its bracketed level is of the count compared
    ("share", _PROFILE + "Cả năm kỷ luật 24 đảng viên (khiển trách 15, cảnh cáo 7, khai trừ 2), giảm 5 đồng chí so với năm 2022 (29 đồng chí), bằng 0,8% tổng số đảng viên toàn Đảng bộ.", "consistent", [24, 3000]),
    ("share", _PROFILE + "Năm nay kết nạp 90 đảng viên, tăng 12 đồng chí so với năm trước (78 đồng chí), bằng 3% tổng số đảng viên của Đảng bộ.", "consistent", [90, 3000]),
    # -- granularity: a group of a body's members named by their trade after "trong đó"
    ("granularity", "Ban Chấp hành Công đoàn có 11 đồng chí, trong đó kỹ sư, công nhân kỹ thuật chiếm 36,4%.", "consistent", [11, 36.4]),
    ("granularity", "Ban Chấp hành Công đoàn có 11 đồng chí, trong đó kỹ sư, công nhân kỹ thuật chiếm 38%.", "inconsistent", [11, 38]),
    # -- granularity: a "Trong đó" list whose first item tells which count of the sentence before is split
    ("granularity", "Năm nay kỷ luật 26 đồng chí, giảm 5 đồng chí so với năm trước (31 đồng chí). Trong đó, 8 đồng chí là cấp ủy viên, chiếm 30,8%; đảng viên nữ chiếm 16,2%.", "inconsistent", [26, 16.2]),
    ("granularity", "Năm nay kỷ luật 26 đồng chí, giảm 5 đồng chí so với năm trước (31 đồng chí). Trong đó, 8 đồng chí là cấp ủy viên, chiếm 30,8%; đảng viên nữ chiếm 15,4%.", "consistent", [26, 15.4]),
    ("granularity", "Đợt này có 14 cán bộ được luân chuyển. Trong số đó, 6 đồng chí là nữ (42,9%), cán bộ trẻ chiếm 21,4%.", "consistent", [14, 21.4]),
    # -- round 7: a whole named after the percent that IS the count split before
    ("share", "Xã có 1.500 hộ, trong đó 45 hộ nghèo, chiếm 4% số hộ toàn xã.", "inconsistent", [45, 1500, 4]),
    ("share", "Đảng bộ có 320 đảng viên, trong đó 96 đồng chí nữ, chiếm 35% tổng số đảng viên.", "inconsistent", [96, 320, 35]),
    ("share", "Huyện có 13 xã; trong đó 9 xã đạt chuẩn nông thôn mới, chiếm 75% số xã.", "inconsistent", [9, 13, 75]),
    # "riêng" after a sub-item: the share of the whole fits
    ("share", "Đại hội bầu 45 đồng chí vào Ban Chấp hành, trong đó tái cử 30 đồng chí, riêng nữ 9 đồng chí (20%).", "consistent", [9, 45, 20]),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text", "expected", "figures"), CASES)
def test_checker_share_cases_named_part_or_whole(
    kind: str, text: str, expected: str, figures: list[float]
) -> None:
    got = rows(text, kind)
    hits = [c for c in got if all(x in c.figures for x in figures)]
    assert any(c.verdict == expected for c in hits), [(c.verdict, c.why) for c in got]


# Near misses: no inconsistent row of the kind (the whole is not certain, or not a share)
SILENT = [
    # the last bracketed figure is not the part: 2/3000 must not be judged
    ("share", _PROFILE + "Năm qua thi hành kỷ luật 18 đảng viên (khiển trách 10 đồng chí, cảnh cáo 6 đồng chí, khai trừ 2 đồng chí), chiếm 0,6% tổng số đảng viên của Đảng bộ."),
    # a change and its rate: "giảm 6 vụ, tương đương 20%" is not a share
    ("share", "Số vụ vi phạm giảm từ 30 vụ xuống 24 vụ, giảm 6 vụ, tương đương 20%."),
    # a far whole with a larger count of the kind beside it (46 and 40): a miss is not proof
    ("share", "Đảng bộ xã có 46 chi bộ, gồm 40 chi bộ thôn bản và 6 chi bộ cơ quan. Năm 2024 xã tập trung xây dựng đội ngũ. Nhiều lớp bồi dưỡng được mở. Công tác kiểm tra được tăng cường. Việc sinh hoạt được duy trì. Đến nay 36 chi bộ thôn bản đã có chi ủy, chiếm 80%."),
    # "Trong số đó" over a list: a miss is not proof (the list may have its own wholes)
    ("share", "Toàn huyện có 160 mô hình dân vận khéo, gồm 40 mô hình cấp huyện và 120 mô hình cấp xã; phân theo lĩnh vực:\n- kinh tế: 70 mô hình;\n- văn hóa: 50 mô hình;\n- an ninh: 40 mô hình.\nTrong số đó, 12 mô hình được tỉnh khen thưởng, chiếm 9,5%."),
    # a bare comma after a count (not a fraction) does not tie a percent
    ("ratio_percent", "Toàn xã có 1.530 hộ dùng nước sạch, 89% số hộ có nhà tiêu hợp vệ sinh."),
    # the verb heads a list of items: "kỷ luật: khiển trách 27 đồng chí" is not the base
    ("granularity", "Hình thức kỷ luật đảng viên: khiển trách 27 đồng chí, cảnh cáo 60 đồng chí, khai trừ 33 đồng chí. Tỷ lệ khai trừ bằng 27,4% tổng số đảng viên bị kỷ luật."),
    # "số xã đã có …" with no pointer and several counts of xã: silence, not GRIM
    ("granularity", "Huyện có 14 xã. Năm 2023 có 5 xã đạt chuẩn. Đến nay 38,2% số xã đã có mô hình điểm."),
    # "gấp ba lần" is a multiple, not a body of three
    ("granularity", "Chi bộ nay có 9 đảng viên, gấp ba lần, trong đó 44,4% là công nhân."),
    # a percent of another noun after the scope: households, not xã
    ("granularity", "Sau hai năm, trong 16 xã của huyện, đã có 60% hộ dân dùng dịch vụ công trực tuyến."),
    # another count of the unit stands beside the profile (the split "4 khu phố"): a fit only
    ("granularity", "Phường có 11 khu phố, trong đó 4 khu phố ven sông. Về vệ sinh môi trường, 60% số khu phố có tổ thu gom rác."),
    # the territory's make-up of another time is not the whole
    ("granularity", "Năm 2019 thị xã có 9 phường. Sau sắp xếp, tỷ lệ phường có tổ công nghệ số đạt 75%."),
    # after a link, "số phường đã đăng ký" names a subset, not the territory's 9 phường
    ("granularity", "Thị xã gồm 9 phường. Có 4 phường đạt chuẩn văn minh đô thị (chiếm 75% số phường đã đăng ký)."),
    # a graded list that does not add up to the stated whole: not proof of that whole
    ("share", "Đảng bộ xã có 24 chi bộ trực thuộc. Năm qua công tác xây dựng Đảng có nhiều chuyển biến.\n- Đánh giá chất lượng chi bộ năm 2024: 15 chi bộ hoàn thành tốt nhiệm vụ (chiếm 65,2%), 7 hoàn thành nhiệm vụ."),
    # the part's clause names its own time: another moment than the body's
    ("share", "Trường có 64 giáo viên; năm học trước có 58 người đạt chuẩn trình độ đào tạo, chiếm 92%."),
    # another noun opens the next clause: not a part of the teachers
    ("share", "Trường có 64 giáo viên; 58 phòng học đạt chuẩn, chiếm 92%."),
    # a classifier alone does not make a whole certain: a miss is not proof
    ("share", "Năm 2024 xã xây mới 40 căn nhà tình nghĩa. Các hộ gia đình chính sách được bàn giao 10 nhà, bằng 30% tổng số nhà."),
    # a rate of a subset found by search: a miss is silence
    ("share", "Toàn xã có 1.540 hộ. Năm qua số hộ nghèo giảm từ 96 hộ xuống còn 71 hộ; tỷ lệ hộ nghèo còn 5,2%."),
    # the end of a change over a whole found far back: a miss is not proof
    ("share", "Đảng bộ huyện có 3.200 đảng viên sinh hoạt ở 41 tổ chức cơ sở đảng. Công tác phát triển đảng viên được chú trọng. Các chi bộ thôn được kiện toàn. Nhiều mô hình mới ra đời. Số đảng viên nữ tăng từ 980 đồng chí lên 1.050 đồng chí, tăng 70 đồng chí, hiện chiếm 35% tổng số đảng viên của Đảng bộ."),
    # "trong đó P%" of another noun: area, not the xã
    ("granularity", "Huyện có 12 xã, trong đó 60% diện tích là đất lâm nghiệp."),
    # member attributes of a body that is not of people: households, not members
    ("granularity", "Xã có 15 ấp; đồng bào Khmer chiếm 45%."),
    ("granularity", "Xã có 15 ấp, người Khmer chiếm 45%."),
    # the percent names another whole after it
    ("granularity", "Tổ công tác có 15 đồng chí; nữ chiếm 52% dân số của xã."),
    # two counts hold the base's own words: which one is named is not certain
    ("granularity", "Năm 2022 chọn 5 thôn làm thí điểm; năm 2023 chọn thêm 7 thôn làm thí điểm. Đến nay 60% số thôn thí điểm đã hoàn thành."),
    # "trong số này" after a clause of two counts: not certain which
    ("granularity", "Khối doanh nghiệp có 18 chi bộ, 26 tổ đảng; 75% trong số này duy trì sinh hoạt chuyên đề."),
    # two different counts of the noun before: which whole is meant is not certain
    ("share", "Hội có 1.250 hội viên; năm trước Hội có 1.180 hội viên. Năm qua 480 hội viên tham gia tổ hợp tác, chiếm 41,2%."),
    # the whole named after the percent is a subset the stated count is not
    ("share", "Xã có 3.000 hộ. Năm qua 90 hộ được vay vốn, chiếm 30% số hộ nghèo."),
    # the one count is of a subset the claim does not name
    ("share", "Xã có 300 hộ nghèo. Năm qua 90 hộ được vay vốn, chiếm 25%."),
    # the whole and the claim are of different years
    ("share", "Năm 2022, toàn huyện có 120 thôn. Năm 2024, 96 thôn có nhà văn hóa, chiếm 84%."),
    # the claim is of one place inside the territory
    ("share", "Huyện có 5.000 hộ. Xã Tân Phú có 400 hộ nghèo, chiếm 10%."),
    # the whole is dated, the claim says "now": two moments
    ("share", "Hội có 640 hội viên (số liệu năm 2021). Đến nay 320 hội viên tham gia tổ vay vốn, chiếm 45%."),
    # the claim counts within a named subset ("trong số hội viên nữ"): another whole
    ("share", "Hội có 600 hội viên. Trong số hội viên nữ, có 120 người tham gia tổ vay vốn, chiếm 35%."),
    # a bare year on the claim alone may be a past year's state
    ("share", "Đảng bộ xã có 30 chi bộ. Năm 2019, có 24 chi bộ được công nhận trong sạch vững mạnh, chiếm 85% số chi bộ."),
    # a bare "đạt" where a plan is named: an achievement, not a share
    ("share", "Toàn huyện có 120 thôn. Nghị quyết đề ra mục tiêu mọi thôn có nhà văn hóa. Đến nay đã có 96 thôn có nhà văn hóa, đạt 84%."),
    # a rate of another subject after the fraction
    ("ratio_percent", "Có 45/60 đoàn viên ưu tú được kết nạp vào Đảng, tỷ lệ nữ là 40%."),
    # a count that is not a place opens another subject
    ("ratio_percent", "Có 850/1.000 hội viên tham gia quỹ, 12 chi hội đạt 88%."),
    # two bodies of people in the sentence before: which one is not certain
    ("granularity", "Ban Chấp hành có 33 đồng chí, Ban Thường vụ có 11 đồng chí. Tỷ lệ cán bộ nữ là 20%."),
    # the count before is not a body's make-up ("thêm")
    ("granularity", "Năm qua tuyển dụng thêm 14 cán bộ. Về chuyên môn, 55% có trình độ thạc sĩ."),
    # a rate of something that is not a member of the body
    ("granularity", "Ban Thường vụ gồm 13 đồng chí. Tỷ lệ hộ nghèo là 32%."),
    # a rough whole with a stated percent that a value near it gives: no alarm
    ("share", "Dân số toàn huyện gần 48.300 người, trong đó người trong độ tuổi lao động 29.650 người, chiếm 61,4%."),
    # the percent after the comparison names another base ("so với"): never a share of the count
    ("share", _PROFILE + "Năm nay kết nạp 90 đảng viên, tăng 12 đồng chí so với năm trước (78 đồng chí), bằng 115,4% so với năm trước."),
    # "trong đó" then a group of a body that is not of people: no GRIM of the thôn
    ("granularity", "Xã có 11 thôn, trong đó diện tích lúa chiếm 38%."),
    # the first item fits no count of the sentence before (two bodies): the next rate is not told
    ("granularity", "Chi bộ A có 26 đảng viên, chi bộ B có 13 đảng viên. Trong đó, 9 đồng chí là nữ, chiếm 25%; đảng viên trẻ chiếm 16,2%."),
    # -- round 7: the percent names its own whole, which the report does not give as a number
    ("share", "Năm 2024, xét tặng Huy hiệu Đảng cho 60 đảng viên, trong đó 9 đồng chí nhận Huy hiệu 60 năm tuổi Đảng, chiếm 0,4% tổng số đảng viên."),
    ("share", "Năm 2024 có 120 hộ được hỗ trợ làm nhà, trong đó 45 hộ người dân tộc thiểu số, chiếm 1,8% số hộ toàn huyện."),
    ("share", "Năm 2024 kiểm tra 15 chi bộ, trong đó 6 chi bộ được kiểm tra khi có dấu hiệu vi phạm, chiếm 25% số chi bộ được kiểm tra trong nhiệm kỳ."),
    # "số xã" of "xã, thị trấn": the communes only
    ("share", "Huyện có 14 xã, thị trấn; trong đó 9 xã đạt chuẩn nông thôn mới, chiếm 69,2% số xã."),
    # "riêng" after a sub-item: of the whole or of the sub-item
    ("share", "Quy hoạch cấp ủy có 250 lượt đồng chí, trong đó tái cử 180 lượt, riêng nữ 70 lượt (28%)."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text"), SILENT)
def test_checker_share_cases_near_miss_silent(kind: str, text: str) -> None:
    got = rows(text, kind)
    assert not [c for c in got if c.verdict == "inconsistent"], [(c.verdict, c.why) for c in got]


def test_checker_share_cases_bracket_part_is_count_before_bracket() -> None:
    got = rows(SILENT[0][1], "share")
    assert [c.figures[:2] for c in got if c.verdict == "consistent"] == [[18, 3000]]


def test_checker_share_cases_plan_in_brackets_is_not_the_split_whole() -> None:
    text = next(c[1] for c in CASES if "420 hội viên" in c[1] and "(chiếm 31%)" in c[1])
    got = rows(text, "share")
    assert [c.figures[:2] for c in got] == [[130, 420]], [(c.verdict, c.why) for c in got]


def test_checker_share_cases_counted_first_item_is_a_share_not_grim() -> None:
    """ "có 43 đồng chí, nữ có 9 đồng chí, bằng 22%": the item's own count makes it a share row;
    no GRIM row is told of that percent (an error there is a share error)."""
    text = "Ban Chấp hành Đảng bộ huyện có 43 đồng chí, nữ có 9 đồng chí, bằng 22%; cán bộ trẻ chiếm 11,6%."
    grim = rows(text, "granularity")
    assert [c.figures for c in grim] == [[43, 11.6]], [(c.verdict, c.why) for c in grim]
    share = rows(text, "share")
    assert any(c.verdict == "inconsistent" and c.figures[:2] == [9, 43] for c in share)
