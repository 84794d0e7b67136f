"""The ``target`` check on phrasings of achievement against a plan, target or estimate.

Each pattern has a consistent passage, a wrong one, and near misses that must stay silent
(no ``inconsistent`` verdict). Every passage is written by us, through the real pipeline.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def targets_of(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "target"]


# (passage, expected verdict, figures the check must hold)
CASES = [
    # -- a target in brackets whose lead names a year or a resolution
    ("Năm 2023, huyện cấp 8.450 thẻ bảo hiểm y tế, đạt 105,6% kế hoạch năm 2023 (8.000 thẻ).",
     "consistent", [8000, 8450, 105.6]),
    ("Năm 2023, huyện cấp 8.450 thẻ bảo hiểm y tế, đạt 107,6% kế hoạch năm 2023 (8.000 thẻ).",
     "inconsistent", [8000, 8450, 107.6]),
    ("Toàn Đảng bộ kết nạp 210 đảng viên, đạt 84% chỉ tiêu theo Nghị quyết 15 (250 đảng viên).",
     "consistent", [250, 210, 84]),
    ("Trong năm, tỉnh cấp 9.120 chứng thư số cho doanh nghiệp, đạt 114% kế hoạch (8.000 chứng thư số).",
     "consistent", [8000, 9120, 114]),
    # -- a bracketed target counted in plain "người" for members of a body
    ("Các đoàn thể kết nạp mới 1.250 hội viên, đạt 104,2% kế hoạch năm (1.200 người).",
     "consistent", [1200, 1250, 104.2]),
    ("Các đoàn thể kết nạp mới 1.250 hội viên, đạt 106,2% kế hoạch năm (1.200 người).",
     "inconsistent", [1200, 1250, 106.2]),
    # -- the percent after a breakdown is said of the total the breakdown opens
    ("Huyện có thêm 52 sản phẩm OCOP, gồm 30 sản phẩm ba sao và 22 sản phẩm bốn sao, đạt 104% kế hoạch (50 sản phẩm).",
     "consistent", [50, 52, 104]),
    ("Huyện có thêm 52 sản phẩm OCOP, gồm 30 sản phẩm ba sao và 22 sản phẩm bốn sao, đạt 108% kế hoạch (50 sản phẩm).",
     "unverifiable", [50, 52, 108]),
    # -- a comparison with last year closed by a comma before the achievement
    ("Tổng thu ngân sách ước 3.250 tỷ đồng, tăng 6,4% so với cùng kỳ (3.055 tỷ đồng), bằng 52% dự toán năm (6.250 tỷ đồng).",
     "consistent", [6250, 3250, 52]),
    ("Tổng thu ngân sách ước 3.250 tỷ đồng, tăng 6,4% so với cùng kỳ (3.055 tỷ đồng), bằng 54% dự toán năm (6.250 tỷ đồng).",
     "inconsistent", [6250, 3250, 54]),
    # -- one achievement against two targets
    ("Giải ngân vốn đầu tư công 912 tỷ đồng, đạt 76% kế hoạch tỉnh giao (1.200 tỷ đồng) và 80% kế hoạch huyện giao (1.140 tỷ đồng).",
     "consistent", [1140, 912, 80]),
    ("Giải ngân vốn đầu tư công 912 tỷ đồng, đạt 76% kế hoạch tỉnh giao (1.200 tỷ đồng) và 82% kế hoạch huyện giao (1.140 tỷ đồng).",
     "inconsistent", [1140, 912, 82]),
    # -- several achievements, several targets, "lần lượt" / "tương ứng"
    ("Ủy ban kiểm tra tiếp nhận 64 đơn và 210 thư, so với kế hoạch (60 đơn và 200 thư) đạt lần lượt 106,7% và 105%.",
     "consistent", [200, 210, 105]),
    ("Ủy ban kiểm tra tiếp nhận 64 đơn và 210 thư, so với kế hoạch (60 đơn và 200 thư) đạt lần lượt 106,7% và 107%.",
     "inconsistent", [200, 210, 107]),
    ("Kế hoạch năm giao kết nạp 50 đảng viên và thành lập 4 chi bộ; thực hiện được 45 đảng viên và 5 chi bộ, đạt tương ứng 90% và 125%.",
     "consistent", [4, 5, 125]),
    # -- rows under a header that names plan, done and percent columns, split by dashes
    ("Một số chỉ tiêu chủ yếu (kế hoạch năm 2024 — thực hiện 6 tháng — tỷ lệ so với kế hoạch):\n"
     "- Trồng rừng mới (ha): 1.200 — 950 — 79,2%;\n- Số hộ thoát nghèo (hộ): 350 — 210 — 60%.",
     "consistent", [1200, 950, 79.2]),
    ("Một số chỉ tiêu chủ yếu (kế hoạch năm 2024 — thực hiện 6 tháng — tỷ lệ so với kế hoạch):\n"
     "- Trồng rừng mới (ha): 1.200 — 950 — 79,2%;\n- Số hộ thoát nghèo (hộ): 350 — 210 — 62%.",
     "inconsistent", [350, 210, 62]),
    # -- the plan names the first of two coordinated counts
    ("Kế hoạch giám sát năm 2024 đề ra giám sát 55 tổ chức đảng. Kết quả, cấp ủy đã giám sát 58 tổ chức đảng và 240 đảng viên, đạt 105,5% kế hoạch.",
     "consistent", [55, 58, 105.5]),
    ("Kế hoạch giám sát năm 2024 đề ra giám sát 55 tổ chức đảng. Kết quả, cấp ủy đã giám sát 58 tổ chức đảng và 240 đảng viên, đạt 108% kế hoạch.",
     "unverifiable", [55, 58, 108]),
    # -- the target first ("So với mục tiêu … 500 …"), the achievement the sentence before
    ("Đến nay toàn huyện có 468 mô hình được công nhận. So với mục tiêu đến năm 2025 có 500 mô hình, huyện đã đạt 93,6%.",
     "consistent", [500, 468, 93.6]),
    # -- a base named by its own words: "số tiền kiến nghị nộp lại"
    ("Qua kiểm tra, đoàn kiến nghị nộp lại ngân sách 2,4 tỷ đồng; đến nay các đơn vị đã nộp 1,8 tỷ đồng, đạt 75% số tiền kiến nghị nộp lại.",
     "consistent", [2_400_000_000, 1_800_000_000, 75]),
    # -- a rate against the target percent named right after it
    ("Trong năm, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%, vượt chỉ tiêu 95%.", "consistent", [97.2, 95]),
    ("Trong năm, tỷ lệ hồ sơ giải quyết đúng hạn đạt 93,5%, vượt chỉ tiêu từ 95% trở lên.",
     "inconsistent", [93.5, 95]),
    ("Có 46 thôn bố trí bí thư chi bộ kiêm trưởng thôn (88,4%), vượt chỉ tiêu từ 85% trở lên mà Đại hội đề ra.",
     "consistent", [88.4, 85]),
    ("Đến nay 152 chi bộ đã có chi ủy, chiếm 91,3%, vượt mục tiêu mà Nghị quyết đề ra đến năm 2025 (từ 90% trở lên).",
     "consistent", [91.3, 90]),
    ("Tỷ lệ hộ nghèo giảm còn 2,6%, vượt mục tiêu dưới 3%.", "consistent", [2.6, 3]),
    ("Xã có 310 hồ sơ nộp trực tuyến (chiếm 41,5%) và 437 hồ sơ nộp trực tiếp; như vậy tỷ lệ trực tuyến còn thấp, chưa đạt mục tiêu ít nhất 60%.",
     "consistent", [41.5, 60]),
    # -- a change against a target change
    ("Biên chế toàn tỉnh giảm 412 người (5,2%), bằng 104% chỉ tiêu giảm 5% đến năm 2026.",
     "consistent", [5.2, 5, 104]),
    ("Biên chế toàn tỉnh giảm 412 người (5,2%), bằng 110% chỉ tiêu giảm 5% đến năm 2026.",
     "unverifiable", [5.2, 5, 110]),
    # -- an annual target listed after "mục tiêu …:" among other items separated by ";"
    ("Nghị quyết đặt mục tiêu đến năm 2025: 100% thôn có chi bộ; mỗi năm kết nạp từ 40 đảng viên trở lên. "
     "Trong 3 năm (2021-2023), toàn xã kết nạp được 132 đảng viên, đạt 110% chỉ tiêu.",
     "consistent", [120, 132, 110]),
    # -- a rate against a target range in brackets: inside or above the range "đạt"
    ("Doanh thu dịch vụ tăng bình quân 7,4%/năm, đạt chỉ tiêu Đại hội đề ra (7-8%).",
     "consistent", [7.4, 7, 8]),
    ("Sản lượng lương thực tăng bình quân 6,5%/năm, đạt chỉ tiêu nghị quyết (7-8%).",
     "inconsistent", [6.5, 7, 8]),
    ("Giá trị xuất khẩu tăng bình quân 9,6% mỗi năm, vượt mục tiêu đề ra (8-9%).",
     "consistent", [9.6, 8, 9]),
    # -- a rising rate against a plain target level in brackets: a wrong "vượt" is an error
    ("Tỷ lệ trường đạt chuẩn quốc gia đạt 68%, vượt chỉ tiêu Nghị quyết (70%).",
     "inconsistent", [68, 70]),
    ("Tỷ lệ xã có trạm y tế đạt chuẩn lên 73,5%, vượt chỉ tiêu đề ra (70%).",
     "consistent", [73.5, 70]),
    ("Năm 2024, tỷ lệ thôn có nhà văn hóa đạt 91%, chưa đạt mục tiêu của huyện (88%).",
     "inconsistent", [91, 88]),
    # -- a rate against an earlier target percent, tied by the target's own words
    ("Kế hoạch năm xác định giám sát ít nhất 25% chi bộ trực thuộc. Kết quả, Đảng ủy đã giám sát "
     "14 chi bộ trực thuộc, bằng 28% tổng số, vượt chỉ tiêu kế hoạch.", "consistent", [28, 25]),
    ("Chỉ tiêu hằng năm kết nạp từ 50 đoàn viên trở lên, trong đó đoàn viên nữ chiếm ít nhất 40%. "
     "Năm 2024 kết nạp 62 đoàn viên, trong đó đoàn viên nữ có 27 người, chiếm 43,5%, vượt yêu cầu đề ra.",
     "consistent", [43.5, 40]),
    ("Đề án đặt mục tiêu đến năm 2026 giảm ít nhất 8% đơn vị sự nghiệp công lập cấp huyện. Sau sắp xếp, "
     "đơn vị sự nghiệp công lập cấp huyện giảm từ 75 xuống 68 đơn vị, tương đương 9,3%, vượt mục tiêu đề án.",
     "consistent", [9.3, 8]),
    # -- an earlier sub-target matched by its description ("… trong đó 4 trường đạt chuẩn mức độ 2")
    ("Nghị quyết đặt mục tiêu đến năm 2025 có ít nhất 12 trường đạt chuẩn quốc gia, trong đó 4 trường "
     "đạt chuẩn quốc gia kiểu mẫu. Hiện có 3 trường được công nhận đạt chuẩn quốc gia kiểu mẫu, bằng 75% mục tiêu.",
     "consistent", [4, 3, 75]),
    ("Nghị quyết đặt mục tiêu đến năm 2025 có ít nhất 12 trường đạt chuẩn quốc gia, trong đó 4 trường "
     "đạt chuẩn quốc gia kiểu mẫu. Hiện có 3 trường được công nhận đạt chuẩn quốc gia kiểu mẫu, bằng 80% mục tiêu.",
     "unverifiable", [4, 3, 80]),
    ("Chương trình phấn đấu có 20 hợp tác xã hoạt động hiệu quả, trong đó 6 hợp tác xã ứng dụng công nghệ cao. "
     "Đến nay, 9 hợp tác xã đã chuyển sang ứng dụng công nghệ cao trong sản xuất, đạt 150% mục tiêu.",
     "consistent", [6, 9, 150]),
    # -- an annual target times the years the base names ("chỉ tiêu hai năm"), the only such target
    ("Nghị quyết đặt chỉ tiêu mỗi năm trồng mới từ 200 ha rừng trở lên. Công tác bảo vệ rừng được tăng "
     "cường. Trong hai năm 2022-2023, huyện trồng mới 430 ha rừng, đạt 107,5% chỉ tiêu hai năm.",
     "consistent", [400, 430, 107.5]),
    ("Nghị quyết đặt chỉ tiêu mỗi năm trồng mới từ 200 ha rừng trở lên. Công tác bảo vệ rừng được tăng "
     "cường. Trong hai năm 2022-2023, huyện trồng mới 430 ha rừng, đạt 103% chỉ tiêu hai năm.",
     "inconsistent", [400, 430, 103]),
    ("Tỉnh đoàn giao chỉ tiêu hằng năm kết nạp 150 đoàn viên. Các cơ sở đoàn tích cực tuyên truyền, vận "
     "động. Sau 4 năm, toàn huyện kết nạp 640 đoàn viên, bằng 98% chỉ tiêu 4 năm.",
     "inconsistent", [600, 640, 98]),
    # -- a percent in the prose against a plan table with no percent column
    ("Toàn huyện trồng 450 ha cây ăn quả, đạt 56,3% kế hoạch năm. Kết quả theo xã:\n"
     "Đơn vị\tKế hoạch năm\tĐã thực hiện\nXã Tân Lập\t120\t30\nXã Phú Mỹ\t680\t420\n"
     "Tổng cộng\t800\t450\n", "consistent", [800, 450, 56.3]),
    ("Toàn huyện trồng 450 ha cây ăn quả, đạt 58% kế hoạch năm. Kết quả theo xã:\n"
     "Đơn vị\tKế hoạch năm\tĐã thực hiện\nXã Tân Lập\t120\t30\nXã Phú Mỹ\t680\t420\n"
     "Tổng cộng\t800\t450\n", "inconsistent", [800, 450, 58]),
    ("Cụm | Chỉ tiêu năm | Đã kết nạp\nCụm Bắc | 60 | 21\nCụm Nam | 40 | 30\n\n"
     "Nhìn chung, cụm Bắc còn chậm, mới đạt 35% chỉ tiêu năm.", "consistent", [60, 21, 35]),
    # -- round 3: the plan, then "như vậy … đạt P%"; the achievement reported just before
    ("Năm 2024 toàn huyện trồng mới 540 ha rừng, chia ra: rừng phòng hộ 120 ha, rừng sản xuất 420 ha. "
     "Kế hoạch tỉnh giao là 500 ha, như vậy kết quả đạt 108%.", "consistent", [500, 540, 108]),
    ("Năm 2024 toàn huyện trồng mới 540 ha rừng, chia ra: rừng phòng hộ 120 ha, rừng sản xuất 420 ha. "
     "Kế hoạch tỉnh giao là 500 ha, như vậy kết quả đạt 110%.", "inconsistent", [500, 540, 110]),
    ("Từ năm 2021 đến nay, tỉnh đã cử đi đào tạo 210 cán bộ trẻ. Đề án đề ra cả giai đoạn 2021-2025 "
     "đào tạo 250 cán bộ; như vậy đến nay đã thực hiện được 84%.", "consistent", [250, 210, 84]),
    # -- a bare "vượt P%" after an achievement tied to its target: the excess over the target
    ("Chỉ tiêu năm 2024 trồng 500 ha cây ăn quả; thực tế các xã đã trồng 540 ha, vượt 8%, nhiều nhất "
     "là xã Tân Hòa.", "consistent", [500, 540, 8]),
    ("Chỉ tiêu năm 2024 trồng 500 ha cây ăn quả; thực tế các xã đã trồng 540 ha, vượt 12%, nhiều nhất "
     "là xã Tân Hòa.", "inconsistent", [500, 540, 12]),
    # -- a tab table whose columns are "… đề ra | Thực hiện | Đánh giá" ("Đạt P%", "Vượt P%")
    ("Chỉ tiêu\tNghị quyết đề ra\tThực hiện\tĐánh giá\nKết nạp đảng viên\t80 đảng viên\t62 đảng viên\t"
     "Đạt 77,5%\nTrồng rừng tập trung\t400 ha\t430 ha\tVượt 7,5%\n", "consistent", [80, 62, 77.5]),
    ("Chỉ tiêu\tNghị quyết đề ra\tThực hiện\tĐánh giá\nKết nạp đảng viên\t80 đảng viên\t62 đảng viên\t"
     "Đạt 77,5%\nTrồng rừng tập trung\t400 ha\t430 ha\tVượt 7,5%\n", "consistent", [400, 430, 7.5]),
    ("Chỉ tiêu\tNghị quyết đề ra\tThực hiện\tĐánh giá\nKết nạp đảng viên\t80 đảng viên\t62 đảng viên\t"
     "Đạt 79%\nTrồng rừng tập trung\t400 ha\t430 ha\tVượt 7,5%\n", "inconsistent", [80, 62, 79]),
    # a plan cell "6/9 xã" (6 of the 9 communes) against a count
    ("Chỉ tiêu\tMục tiêu đề ra\tKết quả\tĐánh giá\nXã đạt chuẩn nông thôn mới nâng cao\t6/9 xã\t4 xã\t"
     "Bằng 66,7% chỉ tiêu\n", "consistent", [6, 4, 66.7]),
    # -- round 5: the bracket repeats the base's name, "(kế hoạch 640 ha)"
    ("Vụ hè thu, hợp tác xã gieo sạ 612 ha lúa chất lượng cao, hoàn thành 95,6% kế hoạch (kế hoạch 640 ha).",
     "consistent", [640, 612, 95.6]),
    ("Vụ hè thu, hợp tác xã gieo sạ 612 ha lúa chất lượng cao, hoàn thành 97,6% kế hoạch (kế hoạch giao 640 ha).",
     "inconsistent", [640, 612, 97.6]),
    # -- the target tied by "được giao … ; thực hiện …" in one sentence, the percent right after
    ("Dự toán chi thường xuyên năm 2024 của xã được giao 18 tỷ đồng; thực hiện chi 17,1 tỷ đồng, bằng 95% dự toán.",
     "consistent", [18, 17.1, 95]),
    ("Dự toán chi thường xuyên năm 2024 của xã được giao 18 tỷ đồng; thực hiện chi 17,1 tỷ đồng, bằng 97% dự toán.",
     "inconsistent", [18, 17.1, 97]),
    # -- the unique candidate: the only count of the unit before, a target, nothing setting it apart
    ("Kế hoạch năm 2024 của xã Ea Tân là trồng mới 800 ha cà phê. Nhờ chủ động nguồn giống, bà con đã "
     "trồng được 860 ha, đạt 107,5% kế hoạch.", "consistent", [800, 860, 107.5]),
    ("Kế hoạch năm 2024 của xã Ea Tân là trồng mới 800 ha cà phê. Nhờ chủ động nguồn giống, bà con đã "
     "trồng được 860 ha, đạt 110% kế hoạch.", "inconsistent", [800, 860, 110]),
    ("Chỉ tiêu phát triển đảng viên mà Huyện ủy giao cho Đảng ủy xã năm 2023 là 25 đồng chí. Cả Đảng bộ "
     "đã kết nạp 28 đồng chí, đạt 120% chỉ tiêu.", "inconsistent", [25, 28, 120]),
    ("Hội Nông dân huyện đặt mục tiêu thành lập 40 tổ hợp tác trong năm. Đến cuối tháng 11, có 34 tổ hợp "
     "tác được thành lập, đạt 85% mục tiêu.", "consistent", [40, 34, 85]),
    ("Hội Nông dân huyện đặt mục tiêu thành lập 40 tổ hợp tác trong năm. Đến cuối tháng 11, có 34 tổ hợp "
     "tác được thành lập, đạt 88% mục tiêu.", "inconsistent", [40, 34, 88]),
    ("Đại hội đề ra mục tiêu đến năm 2025 giá trị sản phẩm trên một ha canh tác đạt 120 triệu đồng. Năm "
     "2024, chỉ tiêu này ước đạt 126 triệu đồng, bằng 108% mục tiêu Đại hội.",
     "inconsistent", [120, 126, 108]),
    # the place named for the achievement is the target's own place
    ("Kế hoạch năm 2024 của xã Tân An là trồng 300 ha rừng. Qua kiểm tra, xã Tân An đã trồng 330 ha, đạt "
     "115% kế hoạch.", "inconsistent", [300, 330, 115]),
    # "kết quả … tiến hành" and "toàn Đảng bộ" name no other activity, part or body
    ("Kế hoạch kiểm tra năm 2024 đề ra 18 cuộc kiểm tra chuyên đề. Kết quả, toàn Đảng bộ đã tiến hành 17 "
     "cuộc, đạt 100% kế hoạch.", "inconsistent", [18, 17, 100]),
    # -- a level against a target level in brackets
    ("Tỷ lệ dân số tham gia bảo hiểm y tế năm 2024 đạt 88,2%, bằng 103,8% chỉ tiêu Nghị quyết (85%).",
     "consistent", [88.2, 85, 103.8]),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế năm 2024 đạt 88,2%, bằng 101,2% chỉ tiêu Nghị quyết (85%).",
     "inconsistent", [88.2, 85, 101.2]),
    # -- round 6: the plan of capital is what is disbursed ("kế hoạch vốn" … "giải ngân")
    ("Kế hoạch vốn sự nghiệp giao cho xã năm 2024 là 14,5 tỷ đồng; hết tháng 12, xã đã giải ngân 12,8 tỷ đồng, đạt 88,3% kế hoạch.",
     "consistent", [14.5, 12.8, 88.3]),
    ("Kế hoạch vốn sự nghiệp giao cho xã năm 2024 là 14,5 tỷ đồng; hết tháng 12, xã đã giải ngân 12,8 tỷ đồng, đạt 91,3% kế hoạch.",
     "inconsistent", [14.5, 12.8, 91.3]),
    ("Tổng kế hoạch vốn năm 2023 của huyện là 96 tỷ đồng; đến ngày 31/01/2024 đã thanh toán được 90,24 tỷ đồng, bằng 97% kế hoạch.",
     "inconsistent", [96, 90.24, 97]),
    # -- round 6: a bracket of the achievement's breakdown closes right before the percent
    ("Nghị quyết đề ra chỉ tiêu cả nhiệm kỳ làm mới 60 căn nhà đại đoàn kết. Ba năm qua, các xã đã "
     "làm mới 57 căn nhà (năm 2022: 20 căn nhà; năm 2023: 19 căn nhà; năm 2024: 18 căn nhà), đạt 95% chỉ tiêu.",
     "consistent", [60, 57, 95]),
    ("Nghị quyết đề ra chỉ tiêu cả nhiệm kỳ làm mới 60 căn nhà đại đoàn kết. Ba năm qua, các xã đã "
     "làm mới 57 căn nhà (năm 2022: 20 căn nhà; năm 2023: 19 căn nhà; năm 2024: 18 căn nhà), đạt 92% chỉ tiêu.",
     "inconsistent", [60, 57, 92]),
    ("Năm 2024, Đoàn Thanh niên huyện kết nạp 1.230 đoàn viên (quý I: 410 đoàn viên; quý II: 395 đoàn "
     "viên; quý III: 425 đoàn viên), bằng 104,5% kế hoạch (1.200 đoàn viên).",
     "inconsistent", [1200, 1230, 104.5]),
    ("Đại hội các cấp Hội đặt chỉ tiêu thu hút 2.400 hội viên mới. Sau hai năm, các cấp Hội đã kết nạp "
     "1.812 hội viên (trong đó khu vực nông thôn 1.140 hội viên), đạt 75,5% chỉ tiêu.",
     "consistent", [2400, 1812, 75.5]),
    # -- round 7: the target of the achiever's own body, or the plan as revised
    ("Đảng bộ xã Hòa Bình đặt chỉ tiêu kết nạp 8 đảng viên; Huyện ủy giao chỉ tiêu cho toàn huyện 120 "
     "đảng viên. Năm 2024, Đảng bộ xã Hòa Bình kết nạp 10 đảng viên, đạt 125% chỉ tiêu.",
     "consistent", [8, 10, 125]),
    ("Năm 2024, Tỉnh ủy giao chỉ tiêu kết nạp 1.500 đảng viên. Huyện được phân bổ chỉ tiêu 90 đảng viên; "
     "riêng xã Hòa Bình phấn đấu kết nạp 6 đảng viên. Kết quả toàn huyện kết nạp 99 đảng viên, đạt 110% chỉ tiêu.",
     "consistent", [90, 99, 110]),
    ("Kế hoạch trồng rừng năm 2024 ban đầu là 400 ha, sau điều chỉnh còn 360 ha. Kết quả trồng được 378 ha, "
     "đạt 105% kế hoạch.", "consistent", [360, 378, 105]),
    ("Kế hoạch trồng rừng năm 2024 là 400 ha. Kết quả trồng được 378 ha, đạt 105% kế hoạch.",
     "inconsistent", [400, 378, 105]),
    ("Nghị quyết nhiệm kỳ 2020 - 2025 đề ra chỉ tiêu mỗi năm kết nạp 60 đảng viên. Cả nhiệm kỳ, Đảng bộ kết "
     "nạp 290 đảng viên, đạt 105,6% chỉ tiêu.", "inconsistent", [300, 290, 105.6]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "verdict", "figures"), CASES)
def test_checker_target_cases_verdict(text: str, verdict: str, figures: list[float]) -> None:
    got = targets_of(text)
    hits = [c for c in got if sorted(c.figures) == sorted(figures)]
    assert hits, [(c.verdict, c.figures, c.why) for c in got]
    assert hits[0].verdict == verdict, [(c.verdict, c.figures, c.why) for c in got]


# Passages where a target relation is only guessed, or is not one: no alarm.
SILENT = [
    # the plan in brackets belongs to the first season; the second season's plan is not given
    "Vụ Đông Xuân gieo cấy 5.240 ha, đạt 101,2% kế hoạch (5.180 ha); vụ Mùa đã gieo cấy 4.300 ha, đạt 90,5% kế hoạch.",
    # revenue's estimate is not spending's
    "Thu ngân sách 820 tỷ đồng, đạt 102% dự toán (804 tỷ đồng); chi ngân sách 610 tỷ đồng, bằng 55% dự toán.",
    # a falling rate may "vượt" a plain target from below
    "Tỷ lệ hộ nghèo còn 2,1%, vượt chỉ tiêu 3%.",
    # the excess over the target, not the target
    "Tỷ lệ tiêm chủng đạt 98,7%, vượt chỉ tiêu 0,7%.",
    # "lần lượt" against last year, not against a plan
    "Ủy ban kiểm tra tiếp nhận 64 đơn và 210 thư, so với cùng kỳ (60 đơn và 200 thư) tăng lần lượt 6,7% và 8%.",
    # a dashed header that names no plan column
    "So sánh (năm 2023 — năm 2024 — tỷ lệ tăng):\n- Số hộ kinh doanh (hộ): 1.200 — 1.260 — 9%.",
    # an approximate rate too close to its target to tell
    "Tỷ lệ che phủ rừng khoảng 80,5%, chưa đạt mục tiêu 80%.",
    # the target found by search in another paragraph, for another year
    "Chỉ tiêu năm 2024 trồng mới 300 ha rừng.\n\nNăm 2023, toàn huyện đã trồng mới 250 ha rừng, đạt 90% kế hoạch.",
    # a falling rate against a bracketed level: "vượt" may mean lower
    "Tỷ lệ hộ nghèo giảm còn 2,8%, vượt chỉ tiêu nghị quyết (3%).",
    # inside a target range, "vượt" is loose
    "Kim ngạch xuất khẩu tăng bình quân 8,5%/năm, vượt chỉ tiêu đề ra (8-9%).",
    # a rate matched by words to an earlier target: a wrong "vượt" is only unverifiable
    "Kế hoạch năm xác định giám sát ít nhất 25% chi bộ trực thuộc. Kết quả, Đảng ủy đã giám sát "
    "11 chi bộ trực thuộc, bằng 22% tổng số, vượt chỉ tiêu kế hoạch.",
    # the earlier sub-target describes another grade: not this achievement's target
    "Nghị quyết đặt mục tiêu đến năm 2025 có 4 trường đạt chuẩn quốc gia kiểu mẫu. Hiện có 3 trường "
    "được công nhận đạt chuẩn xanh sạch đẹp, bằng 60% mục tiêu.",
    # two annual targets of the unit: which one the base means is not certain
    "Nghị quyết đặt chỉ tiêu mỗi năm trồng mới từ 200 ha rừng trở lên. Riêng các xã vùng cao phấn đấu "
    "mỗi năm trồng 80 ha rừng. Công tác bảo vệ rừng được tăng cường. Trong hai năm 2022-2023, huyện "
    "trồng mới 430 ha rừng, đạt 103% chỉ tiêu hai năm.",
    # the base the percent names is not the table's plan column
    "Toàn huyện trồng 450 ha cây ăn quả, đạt 58% kế hoạch nhiệm kỳ. Kết quả theo xã:\n"
    "Đơn vị\tKế hoạch năm\tĐã thực hiện\nXã Tân Lập\t120\t30\nTổng cộng\t800\t450\n",
    # two yearly amounts before the plan, neither a part of the other: which one is meant is unclear
    "Năm 2023 quỹ vận động được 3,9 tỷ đồng; năm 2024 quỹ vận động được 4,5 tỷ đồng. Kế hoạch giao "
    "là 4 tỷ đồng, như vậy đạt 120%.",
    # no target: "vượt 12%" against last year
    "Năm 2023 trồng 500 ha cây ăn quả; năm 2024 các xã đã trồng 540 ha, vượt 12%, nhiều nhất là xã Tân Hòa.",
    # an assessment cell whose percent is a change, not the achievement
    "Chỉ tiêu\tNghị quyết đề ra\tThực hiện\tĐánh giá\nSố hộ nghèo\t150 hộ\t180 hộ\tChưa đạt; giảm 12% so với năm trước\n",
    # a row named by its label: a miss is only unverifiable
    "Cụm | Chỉ tiêu năm | Đã kết nạp\nCụm Bắc | 60 | 21\nCụm Nam | 40 | 30\n\n"
    "Nhìn chung, cụm Bắc còn chậm, mới đạt 45% chỉ tiêu năm.",
    # -- round 5: a unique-looking target set apart from the percent's base
    # two counts of the unit before the achievement: which one is the plan is not certain
    "Kế hoạch năm 2024 trồng mới 800 ha cà phê và 150 ha sầu riêng. Bà con đã trồng được 860 ha, đạt 110% kế hoạch.",
    # a part of the whole: "riêng" one commune
    "Kế hoạch năm 2024 của huyện là trồng mới 800 ha rừng. Riêng xã Tân An đã trồng 120 ha, đạt 96% kế hoạch.",
    # a place named only for the achievement
    "Kế hoạch trồng rừng năm 2024 của huyện là 800 ha. Qua kiểm tra, xã Tân An đã trồng 120 ha, đạt 96% kế hoạch.",
    # the base the percent names is a period of its own
    "Kế hoạch năm 2024 của huyện là trồng mới 800 ha rừng. Huyện đã trồng 420 ha, đạt 60% kế hoạch 6 tháng.",
    # the base the percent names is another year
    "Kế hoạch năm 2024 của huyện là trồng mới 800 ha rừng. Huyện đã trồng 420 ha, đạt 60% kế hoạch năm 2023.",
    # spending against an estimate of revenue
    "Dự toán thu ngân sách xã năm 2024 là 12,5 tỷ đồng. Chi ngân sách cả năm 11 tỷ đồng, bằng 95% dự toán.",
    # another activity than the planned one
    "Kế hoạch năm 2024 giao trồng mới 500 ha rừng. Các lâm trường đã khoanh nuôi 520 ha, đạt 110% kế hoạch.",
    # "so far" against a target whose period is not named: it may be prorated
    "Nghị quyết đề ra chỉ tiêu trồng 900 ha quế. Đến nay các xã đã trồng 630 ha, đạt 75% chỉ tiêu.",
    # an annual target: the term rules decide, not the unique candidate
    "Nghị quyết đề ra mỗi năm kết nạp 40 đảng viên. Toàn Đảng bộ đã kết nạp 150 đảng viên, đạt 90% chỉ tiêu.",
    # a change against a target change: counted otherwise, a miss is only unverifiable
    "Số hộ nghèo giảm 4,2%, bằng 120% chỉ tiêu giảm (3,9%).",
    # a level against a bounded target percent
    "Tỷ lệ hộ dùng nước sạch đạt 92,4%, bằng 110% chỉ tiêu đề ra (từ 90% trở lên).",
    # -- round 6
    # mobilising capital is not disbursing the capital plan
    "Kế hoạch vốn đầu tư công năm 2024 là 120 tỷ đồng. Huyện đã huy động thêm 30 tỷ đồng vốn xã hội hóa, đạt 40% kế hoạch.",
    # the bracket holds last year's level: no count of the bracket is the achievement
    "Kế hoạch năm 2024 giao kết nạp 1.200 đoàn viên. Cả năm huyện kết nạp 1.230 đoàn viên (năm trước 1.100 đoàn viên), đạt 95% kế hoạch.",
    # the bracket holds a plan of its own: the percent is against it, not the earlier target
    "Chỉ tiêu năm giao kết nạp 1.500 đoàn viên. Quý IV kết nạp 400 đoàn viên (kế hoạch quý 380 đoàn viên), đạt 90% kế hoạch.",
    # a level in brackets after a comparison is never the target (57/50 is not the claim)
    "Chỉ tiêu năm 2024 kết nạp 60 đảng viên, cao hơn chỉ tiêu năm trước (50 đảng viên). Cả năm kết nạp được 57 đảng viên, đạt 95% chỉ tiêu.",
    "Dự toán thu năm nay 48 tỷ đồng, tăng so với dự toán năm trước (40 tỷ đồng). Cả năm thu được 46 tỷ đồng, bằng 96% dự toán.",
    "Năm 2024, huyện kết nạp 58 đảng viên, nhiều hơn năm 2023 (chỉ tiêu cũ 49 đảng viên); trong năm kết nạp thêm 61 đảng viên, đạt 90% kế hoạch.",
    # -- round 7: two bodies' targets, neither fitting: which one is meant is not certain
    "Đảng bộ xã Hòa Bình đặt chỉ tiêu kết nạp 8 đảng viên; Huyện ủy giao chỉ tiêu cho toàn huyện 120 đảng viên. Năm 2024, Đảng bộ xã Hòa Bình kết nạp 10 đảng viên, đạt 130% chỉ tiêu.",
    # a revised plan that neither level fits: judged against the revision, or silence
    "Kế hoạch trồng rừng năm 2024 ban đầu là 400 ha, sau điều chỉnh còn 360 ha. Kết quả trồng được 378 ha, đạt 110% kế hoạch.",
    # a term only partly over: the annual target times the full term is not the base
    "Nghị quyết nhiệm kỳ 2020 - 2025 đề ra chỉ tiêu mỗi năm kết nạp 60 đảng viên. Sau hơn nửa nhiệm kỳ, Đảng bộ kết nạp 190 đảng viên, đạt 105,6% chỉ tiêu.",
]


@pytest.mark.parametrize("text", SILENT)
def test_checker_target_cases_no_alarm(text: str) -> None:
    got = targets_of(text)
    assert not [c for c in got if c.verdict == "inconsistent"], [(c.figures, c.why) for c in got]
