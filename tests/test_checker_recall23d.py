"""Recall round 23d of the repeat checks: a count of the results restated nearby with a value a
slip away (off by one or two, off by ten, one digit changed; not two digits swapped), in a
general assessment ("Đánh giá chung: …"), an "Ưu điểm:" line, "Kết quả nổi bật là …", "Nhìn
chung, …", "Tóm lại, …", a lead sentence, or the words of an official.

Passages of our own: 60 planted restatements (each with its consistent twin) and 132 clean traps
(another year, a plan and its result, a quote about another commune, a count up to a month and the
whole year, six months and the year, a neighbouring district, registered and done, the previous
year in brackets, a part singled out by "riêng", a term and a year, cases struck out between, two
actors, a province and one district, next year's goal, a plan's own figure, parts that sum to the
later count, rounds, a level reached after a merger …). The twins and the traps are in
tests/battery/battery_zzzz_d23.jsonl.

`_nearby_pair` in checker/repeat.py refused any pair whose earlier sentence named a plan, or whose
later count was followed by "đạt/vượt … kế hoạch", so a result measured against its plan ("…, đạt
105% kế hoạch", "…, hoàn thành vượt mức kế hoạch đề ra", "…, vượt chỉ tiêu") was never compared:
those phrases now measure a result (`_plan_free`); a plan's own figure, a plan verb or a plan word
before the count still refuse. "kiểm tra được 42" and "đã kiểm tra 44" name one deed
(`_done_cut`). Two guards came with it: the gap equal to another count of the noun in the earlier
sentence ("4 … ; … 37 …. Như vậy, … 41": a sum), and a part singled out before the later count
("riêng khu vực nông thôn đã …"; 8 traps drew that alarm before this round).

Planted found: 27 of 60 before, 39 after. The 21 missed are listed after the imports, not
asserted (an official named by name speaks for a body the lead does not name by that name; "năm
qua" in the later sentence is a moment the earlier lacks; a lead sentence, then "Cụ thể, …", is
read as a breakdown; two in a general assessment with "cấp ủy" as subject).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

# Planted restatements still missed (21), not asserted:
#   p004: Trong năm 2024, thị xã Phú Thọ đã thành lập mới 23 chi hội nông dân nghề nghiệp; công
#     tác kiểm tra, giám sát được duy trì. / Ưu điểm: cấp ủy đã thành lập mới 22 chi hội nông dân
#     nghề nghiệp, vượt chỉ tiêu.
#   p005: Năm 2023, huyện Đoan Hùng hỗ trợ vay vốn cho 385 hộ sản xuất kinh doanh. Đồng chí Nguyễn
#     Văn Hùng, Bí thư Huyện Đoan Hùng cho biết: “Năm 2023, huyện Đoan Hùng đã hỗ trợ vay vốn cho
#     395 hộ sản xuất kinh doanh, một kết quả rất đáng ghi nhận”.
#   p006: Năm 2022, xã Tiên Kiên đã tổ chức 66 buổi tuyên truyền pháp luật, vượt kế hoạch đề ra.
#     Cụ thể, trong năm 2022, xã Tiên Kiên tổ chức 64 buổi tuyên truyền pháp luật; các hội đoàn thể
#     tích cực tham gia.
#   p009: Năm 2022, huyện Cẩm Khê bê tông hóa 58 km đường giao thông nông thôn. Ông Trần Quốc
#     Toản, Chủ tịch UBND huyện Cẩm Khê nhấn mạnh: năm qua, huyện Cẩm Khê đã bê tông hóa 59 km đường
#     giao thông nông thôn, vượt kế hoạch.
#   p015: Năm 2022, huyện Tam Nông tiếp nhận 96 đơn thư khiếu nại, tố cáo. Đồng chí Nguyễn Văn
#     Hùng, Bí thư Huyện Tam Nông cho biết: “Năm 2022, huyện Tam Nông đã tiếp nhận 98 đơn thư khiếu
#     nại, tố cáo, một kết quả rất đáng ghi nhận”.
#   p016: Năm 2024, xã Sơn Vi đã bàn giao 19 công trình thanh niên, vượt kế hoạch đề ra. Cụ thể,
#     trong năm 2024, xã Sơn Vi bàn giao 18 công trình thanh niên; các hội đoàn thể tích cực tham
#     gia.
#   p019: Năm 2024, xã Minh Đài tặng 450 suất quà Tết cho hộ khó khăn. Ông Trần Quốc Toản, Chủ
#     tịch UBND xã Minh Đài nhấn mạnh: năm qua, xã Minh Đài đã tặng 460 suất quà Tết cho hộ khó
#     khăn, vượt kế hoạch.
#   p026: Năm 2023, xã Hòa Bình xây dựng 47 căn nhà đại đoàn kết. Ông Trần Quốc Toản, Chủ tịch
#     UBND xã Hòa Bình nhấn mạnh: năm qua, xã Hòa Bình đã xây dựng 48 căn nhà đại đoàn kết, vượt kế
#     hoạch.
#   p028: Năm 2024, thị xã Phú Thọ thành lập mới 23 chi hội nông dân nghề nghiệp, đạt 105% kế
#     hoạch. Công tác tuyên truyền được đẩy mạnh. Đánh giá chung: năm 2024, thị xã Phú Thọ đã thành
#     lập mới 22 chi hội nông dân nghề nghiệp, hoàn thành vượt mức kế hoạch đề ra.
#   p030: Năm 2022, xã Tiên Kiên tổ chức 64 buổi tuyên truyền pháp luật. Các tổ chức đoàn thể phối
#     hợp chặt chẽ. Kết quả nổi bật trong năm là xã Tiên Kiên đã tổ chức 66 buổi tuyên truyền pháp
#     luật.
#   p032: Năm 2023, phường Gia Cẩm vận động thu hút 212 hội viên mới. Đồng chí Nguyễn Văn Hùng, Bí
#     thư Phường Gia Cẩm cho biết: “Năm 2023, phường Gia Cẩm đã thu hút 213 hội viên mới, một kết
#     quả rất đáng ghi nhận”.
#   p033: Năm 2022, huyện Cẩm Khê đã bê tông hóa 59 km đường giao thông nông thôn, vượt kế hoạch
#     đề ra. Cụ thể, trong năm 2022, huyện Cẩm Khê bê tông hóa 58 km đường giao thông nông thôn; các
#     hội đoàn thể tích cực tham gia.
#   p036: Năm 2022, huyện Lâm Thao kiểm tra 42 tổ chức đảng. Ông Trần Quốc Toản, Chủ tịch UBND
#     huyện Lâm Thao nhấn mạnh: năm qua, huyện Lâm Thao đã kiểm tra 44 tổ chức đảng, vượt kế hoạch.
#   p042: Năm 2022, huyện Thanh Thủy sáp nhập, kiện toàn 74 chi bộ thôn, khu. Đồng chí Nguyễn Văn
#     Hùng, Bí thư Huyện Thanh Thủy cho biết: “Năm 2022, huyện Thanh Thủy đã kiện toàn 72 chi bộ
#     thôn, khu, một kết quả rất đáng ghi nhận”.
#   p043: Năm 2024, xã Minh Đài đã tặng 460 suất quà Tết cho hộ khó khăn, vượt kế hoạch đề ra. Cụ
#     thể, trong năm 2024, xã Minh Đài tặng 450 suất quà Tết cho hộ khó khăn; các hội đoàn thể tích
#     cực tham gia.
#   p046: Năm 2024, xã Hương Cần khám sàng lọc cho 540 trẻ em. Ông Trần Quốc Toản, Chủ tịch UBND
#     xã Hương Cần nhấn mạnh: năm qua, xã Hương Cần đã khám sàng lọc cho 542 trẻ em, vượt kế hoạch.
#   p049: Năm 2024, huyện Tân Sơn đã kết nạp 168 đảng viên mới, vượt kế hoạch đề ra. Cụ thể, trong
#     năm 2024, huyện Tân Sơn kết nạp 163 đảng viên mới; các hội đoàn thể tích cực tham gia.
#   p052: Năm 2024, thị xã Phú Thọ thành lập mới 23 chi hội nông dân nghề nghiệp. Ông Trần Quốc
#     Toản, Chủ tịch UBND thị xã Phú Thọ nhấn mạnh: năm qua, thị xã Phú Thọ đã thành lập mới 22 chi
#     hội nông dân nghề nghiệp, vượt kế hoạch.
#   p054: Năm 2022, xã Tiên Kiên tổ chức 64 buổi tuyên truyền pháp luật, đạt 105% kế hoạch. Công
#     tác tuyên truyền được đẩy mạnh. Đánh giá chung: năm 2022, xã Tiên Kiên đã tổ chức 66 buổi
#     tuyên truyền pháp luật, hoàn thành vượt mức kế hoạch đề ra.
#   p058: Năm 2024, huyện Hạ Hòa cấp 2.450 thẻ bảo hiểm y tế cho người nghèo. Đồng chí Nguyễn Văn
#     Hùng, Bí thư Huyện Hạ Hòa cho biết: “Năm 2024, huyện Hạ Hòa đã cấp 2.460 thẻ bảo hiểm y tế cho
#     người nghèo, một kết quả rất đáng ghi nhận”.
#   p059: Năm 2023, xã Văn Lang đã trồng mới 117 ha rừng sản xuất, vượt kế hoạch đề ra. Cụ thể,
#     trong năm 2023, xã Văn Lang trồng mới 127 ha rừng sản xuất; các hội đoàn thể tích cực tham
#     gia.

FOUND = [
    # p001
    (
        "Năm 2024, huyện Tân Sơn kết nạp 163 đảng viên mới, đạt 105% kế hoạch. Công tác tuyên"
        " truyền được đẩy mạnh. Đánh giá chung: năm 2024, huyện Tân Sơn đã kết nạp 168 đảng "
        "viên mới, hoàn thành vượt mức kế hoạch đề ra.",
        [163, 168],
    ),
    # p002
    (
        "Trong năm 2023, toàn xã Hòa Bình đã xây dựng 47 căn nhà đại đoàn kết.\nIII. ĐÁNH GIÁ "
        "CHUNG\nNăm 2023, dưới sự lãnh đạo của cấp ủy, xã Hòa Bình đã xây dựng 48 căn nhà đại "
        "đoàn kết, góp phần hoàn thành nhiệm vụ chính trị.",
        [47, 48],
    ),
    # p003
    (
        "Năm 2022, huyện Yên Lập giải quyết việc làm cho 1.246 lao động. Các tổ chức đoàn thể"
        " phối hợp chặt chẽ. Kết quả nổi bật trong năm là huyện Yên Lập đã giải quyết việc "
        "làm cho 1.248 lao động.",
        [1246, 1248],
    ),
    # p007
    (
        "Trong năm 2024, huyện Thanh Ba khen thưởng được 137 tập thể tiêu biểu. Nhìn chung, "
        "năm 2024 huyện Thanh Ba đã khen thưởng 136 tập thể tiêu biểu, hoàn thành tốt nhiệm "
        "vụ.",
        [137, 136],
    ),
    # p008
    (
        "Năm 2023, phường Gia Cẩm vận động thu hút 212 hội viên mới, cao nhất từ trước đến "
        "nay. Những kết quả đạt được: thu hút 213 hội viên mới; đời sống nhân dân được nâng "
        "lên.",
        [212, 213],
    ),
    # p010
    (
        "Kết quả, năm 2024 huyện Hạ Hòa cấp 2.450 thẻ bảo hiểm y tế cho người nghèo. Phong "
        "trào thi đua được phát động sâu rộng. Tóm lại, trong năm 2024, huyện Hạ Hòa đã cấp "
        "2.460 thẻ bảo hiểm y tế cho người nghèo.",
        [2450, 2460],
    ),
    # p011
    (
        "Năm 2023, xã Văn Lang trồng mới 127 ha rừng sản xuất, đạt 105% kế hoạch. Công tác "
        "tuyên truyền được đẩy mạnh. Đánh giá chung: năm 2023, xã Văn Lang đã trồng mới 117 "
        "ha rừng sản xuất, hoàn thành vượt mức kế hoạch đề ra.",
        [127, 117],
    ),
    # p012
    (
        "Trong năm 2022, toàn huyện Lâm Thao đã kiểm tra 42 tổ chức đảng.\nIII. ĐÁNH GIÁ CHUNG"
        "\nNăm 2022, dưới sự lãnh đạo của cấp ủy, huyện Lâm Thao đã kiểm tra 44 tổ chức đảng, "
        "góp phần hoàn thành nhiệm vụ chính trị.",
        [42, 44],
    ),
    # p013
    (
        "Năm 2024, thành phố Việt Trì xử lý kỷ luật 31 đảng viên vi phạm. Các tổ chức đoàn "
        "thể phối hợp chặt chẽ. Kết quả nổi bật trong năm là thành phố Việt Trì đã xử lý kỷ "
        "luật 33 đảng viên vi phạm.",
        [31, 33],
    ),
    # p014
    (
        "Trong năm 2023, huyện Phù Ninh đã trao 320 suất học bổng cho học sinh nghèo; công "
        "tác kiểm tra, giám sát được duy trì.\nƯu điểm: cấp ủy đã trao 325 suất học bổng cho "
        "học sinh nghèo, vượt chỉ tiêu.",
        [320, 325],
    ),
    # p017
    (
        "Trong năm 2023, huyện Thanh Sơn đào tạo nghề cho được 1.530 lao động nông thôn. Nhìn"
        " chung, năm 2023 huyện Thanh Sơn đã đào tạo nghề cho 1.520 lao động nông thôn, hoàn "
        "thành tốt nhiệm vụ.",
        [1530, 1520],
    ),
    # p018
    (
        "Năm 2022, huyện Thanh Thủy sáp nhập, kiện toàn 74 chi bộ thôn, khu, cao nhất từ "
        "trước đến nay. Những kết quả đạt được: kiện toàn 72 chi bộ thôn, khu; đời sống nhân "
        "dân được nâng lên.",
        [74, 72],
    ),
    # p020
    (
        "Kết quả, năm 2023 huyện Yên Lập cấp giấy chứng nhận quyền sử dụng đất cho 862 hộ gia"
        " đình. Phong trào thi đua được phát động sâu rộng. Tóm lại, trong năm 2023, huyện "
        "Yên Lập đã cấp giấy chứng nhận quyền sử dụng đất cho 863 hộ gia đình.",
        [862, 863],
    ),
    # p021
    (
        "Năm 2022, huyện Tân Sơn thành lập 15 hợp tác xã nông nghiệp, đạt 105% kế hoạch. Công"
        " tác tuyên truyền được đẩy mạnh. Đánh giá chung: năm 2022, huyện Tân Sơn đã thành "
        "lập 17 hợp tác xã nông nghiệp, hoàn thành vượt mức kế hoạch đề ra.",
        [15, 17],
    ),
    # p022
    (
        "Trong năm 2024, toàn xã Hương Cần đã khám sàng lọc cho 540 trẻ em.\nIII. ĐÁNH GIÁ "
        "CHUNG\nNăm 2024, dưới sự lãnh đạo của cấp ủy, xã Hương Cần đã khám sàng lọc cho 542 "
        "trẻ em, góp phần hoàn thành nhiệm vụ chính trị.",
        [540, 542],
    ),
    # p023
    (
        "Năm 2023, huyện Cẩm Khê xây dựng 86 phòng học kiên cố. Các tổ chức đoàn thể phối hợp"
        " chặt chẽ. Kết quả nổi bật trong năm là huyện Cẩm Khê đã xây dựng 88 phòng học kiên "
        "cố.",
        [86, 88],
    ),
    # p024
    (
        "Trong năm 2022, huyện Đoan Hùng đã công nhận 9.840 gia đình văn hóa; công tác kiểm "
        "tra, giám sát được duy trì.\nƯu điểm: cấp ủy đã công nhận 9.850 gia đình văn hóa, "
        "vượt chỉ tiêu.",
        [9840, 9850],
    ),
    # p025
    (
        "Năm 2024, huyện Tân Sơn kết nạp 163 đảng viên mới, cao nhất từ trước đến nay. Những "
        "kết quả đạt được: kết nạp 168 đảng viên mới; đời sống nhân dân được nâng lên.",
        [163, 168],
    ),
    # p027
    (
        "Kết quả, năm 2022 huyện Yên Lập giải quyết việc làm cho 1.246 lao động. Phong trào "
        "thi đua được phát động sâu rộng. Tóm lại, trong năm 2022, huyện Yên Lập đã giải "
        "quyết việc làm cho 1.248 lao động.",
        [1246, 1248],
    ),
    # p029
    (
        "Trong năm 2023, toàn huyện Đoan Hùng đã hỗ trợ vay vốn cho 385 hộ sản xuất kinh "
        "doanh.\nIII. ĐÁNH GIÁ CHUNG\nNăm 2023, dưới sự lãnh đạo của cấp ủy, huyện Đoan Hùng đã"
        " hỗ trợ vay vốn cho 395 hộ sản xuất kinh doanh, góp phần hoàn thành nhiệm vụ chính "
        "trị.",
        [385, 395],
    ),
    # p031
    (
        "Trong năm 2024, huyện Thanh Ba đã khen thưởng 137 tập thể tiêu biểu; công tác kiểm "
        "tra, giám sát được duy trì.\nƯu điểm: cấp ủy đã khen thưởng 136 tập thể tiêu biểu, "
        "vượt chỉ tiêu.",
        [137, 136],
    ),
    # p034
    (
        "Trong năm 2024, huyện Hạ Hòa cấp được 2.450 thẻ bảo hiểm y tế cho người nghèo. Nhìn "
        "chung, năm 2024 huyện Hạ Hòa đã cấp 2.460 thẻ bảo hiểm y tế cho người nghèo, hoàn "
        "thành tốt nhiệm vụ.",
        [2450, 2460],
    ),
    # p035
    (
        "Năm 2023, xã Văn Lang trồng mới 127 ha rừng sản xuất, cao nhất từ trước đến nay. "
        "Những kết quả đạt được: trồng mới 117 ha rừng sản xuất; đời sống nhân dân được nâng "
        "lên.",
        [127, 117],
    ),
    # p037
    (
        "Kết quả, năm 2024 thành phố Việt Trì xử lý kỷ luật 31 đảng viên vi phạm. Phong trào "
        "thi đua được phát động sâu rộng. Tóm lại, trong năm 2024, thành phố Việt Trì đã xử "
        "lý kỷ luật 33 đảng viên vi phạm.",
        [31, 33],
    ),
    # p038
    (
        "Năm 2023, huyện Phù Ninh trao 320 suất học bổng cho học sinh nghèo, đạt 105% kế "
        "hoạch. Công tác tuyên truyền được đẩy mạnh. Đánh giá chung: năm 2023, huyện Phù Ninh"
        " đã trao 325 suất học bổng cho học sinh nghèo, hoàn thành vượt mức kế hoạch đề ra.",
        [320, 325],
    ),
    # p039
    (
        "Trong năm 2022, toàn huyện Tam Nông đã tiếp nhận 96 đơn thư khiếu nại, tố cáo.\nIII. "
        "ĐÁNH GIÁ CHUNG\nNăm 2022, dưới sự lãnh đạo của cấp ủy, huyện Tam Nông đã tiếp nhận 98"
        " đơn thư khiếu nại, tố cáo, góp phần hoàn thành nhiệm vụ chính trị.",
        [96, 98],
    ),
    # p040
    (
        "Năm 2024, xã Sơn Vi bàn giao 18 công trình thanh niên. Các tổ chức đoàn thể phối hợp"
        " chặt chẽ. Kết quả nổi bật trong năm là xã Sơn Vi đã bàn giao 19 công trình thanh "
        "niên.",
        [18, 19],
    ),
    # p041
    (
        "Trong năm 2023, huyện Thanh Sơn đã đào tạo nghề cho 1.530 lao động nông thôn; công "
        "tác kiểm tra, giám sát được duy trì.\nƯu điểm: cấp ủy đã đào tạo nghề cho 1.520 lao "
        "động nông thôn, vượt chỉ tiêu.",
        [1530, 1520],
    ),
    # p044
    (
        "Trong năm 2023, huyện Yên Lập cấp giấy chứng nhận quyền sử dụng đất cho được 862 hộ "
        "gia đình. Nhìn chung, năm 2023 huyện Yên Lập đã cấp giấy chứng nhận quyền sử dụng "
        "đất cho 863 hộ gia đình, hoàn thành tốt nhiệm vụ.",
        [862, 863],
    ),
    # p045
    (
        "Năm 2022, huyện Tân Sơn thành lập 15 hợp tác xã nông nghiệp, cao nhất từ trước đến "
        "nay. Những kết quả đạt được: thành lập 17 hợp tác xã nông nghiệp; đời sống nhân dân "
        "được nâng lên.",
        [15, 17],
    ),
    # p047
    (
        "Kết quả, năm 2023 huyện Cẩm Khê xây dựng 86 phòng học kiên cố. Phong trào thi đua "
        "được phát động sâu rộng. Tóm lại, trong năm 2023, huyện Cẩm Khê đã xây dựng 88 phòng"
        " học kiên cố.",
        [86, 88],
    ),
    # p048
    (
        "Năm 2022, huyện Đoan Hùng công nhận 9.840 gia đình văn hóa, đạt 105% kế hoạch. Công "
        "tác tuyên truyền được đẩy mạnh. Đánh giá chung: năm 2022, huyện Đoan Hùng đã công "
        "nhận 9.850 gia đình văn hóa, hoàn thành vượt mức kế hoạch đề ra.",
        [9840, 9850],
    ),
    # p050
    (
        "Trong năm 2023, xã Hòa Bình xây dựng được 47 căn nhà đại đoàn kết. Nhìn chung, năm "
        "2023 xã Hòa Bình đã xây dựng 48 căn nhà đại đoàn kết, hoàn thành tốt nhiệm vụ.",
        [47, 48],
    ),
    # p051
    (
        "Năm 2022, huyện Yên Lập giải quyết việc làm cho 1.246 lao động, cao nhất từ trước "
        "đến nay. Những kết quả đạt được: giải quyết việc làm cho 1.248 lao động; đời sống "
        "nhân dân được nâng lên.",
        [1246, 1248],
    ),
    # p053
    (
        "Kết quả, năm 2023 huyện Đoan Hùng hỗ trợ vay vốn cho 385 hộ sản xuất kinh doanh. "
        "Phong trào thi đua được phát động sâu rộng. Tóm lại, trong năm 2023, huyện Đoan Hùng"
        " đã hỗ trợ vay vốn cho 395 hộ sản xuất kinh doanh.",
        [385, 395],
    ),
    # p055
    (
        "Trong năm 2024, toàn huyện Thanh Ba đã khen thưởng 137 tập thể tiêu biểu.\nIII. ĐÁNH "
        "GIÁ CHUNG\nNăm 2024, dưới sự lãnh đạo của cấp ủy, huyện Thanh Ba đã khen thưởng 136 "
        "tập thể tiêu biểu, góp phần hoàn thành nhiệm vụ chính trị.",
        [137, 136],
    ),
    # p056
    (
        "Năm 2023, phường Gia Cẩm vận động thu hút 212 hội viên mới. Các tổ chức đoàn thể "
        "phối hợp chặt chẽ. Kết quả nổi bật trong năm là phường Gia Cẩm đã thu hút 213 hội "
        "viên mới.",
        [212, 213],
    ),
    # p057
    (
        "Trong năm 2022, huyện Cẩm Khê đã bê tông hóa 58 km đường giao thông nông thôn; công "
        "tác kiểm tra, giám sát được duy trì.\nƯu điểm: cấp ủy đã bê tông hóa 59 km đường giao"
        " thông nông thôn, vượt chỉ tiêu.",
        [58, 59],
    ),
    # p060
    (
        "Trong năm 2022, huyện Lâm Thao kiểm tra được 42 tổ chức đảng. Nhìn chung, năm 2022 "
        "huyện Lâm Thao đã kiểm tra 44 tổ chức đảng, hoàn thành tốt nhiệm vụ.",
        [42, 44],
    ),
]

TWINS = [
    "Năm 2024, huyện Tân Sơn kết nạp 163 đảng viên mới, đạt 105% kế hoạch. Công tác tuyên"
    " truyền được đẩy mạnh. Đánh giá chung: năm 2024, huyện Tân Sơn đã kết nạp 163 đảng "
    "viên mới, hoàn thành vượt mức kế hoạch đề ra.",
    "Trong năm 2023, toàn xã Hòa Bình đã xây dựng 47 căn nhà đại đoàn kết.\nIII. ĐÁNH GIÁ "
    "CHUNG\nNăm 2023, dưới sự lãnh đạo của cấp ủy, xã Hòa Bình đã xây dựng 47 căn nhà đại "
    "đoàn kết, góp phần hoàn thành nhiệm vụ chính trị.",
    "Năm 2022, huyện Yên Lập giải quyết việc làm cho 1.246 lao động. Các tổ chức đoàn thể"
    " phối hợp chặt chẽ. Kết quả nổi bật trong năm là huyện Yên Lập đã giải quyết việc "
    "làm cho 1.246 lao động.",
    "Trong năm 2024, thị xã Phú Thọ đã thành lập mới 23 chi hội nông dân nghề nghiệp; "
    "công tác kiểm tra, giám sát được duy trì.\nƯu điểm: cấp ủy đã thành lập mới 23 chi "
    "hội nông dân nghề nghiệp, vượt chỉ tiêu.",
    "Năm 2023, huyện Đoan Hùng hỗ trợ vay vốn cho 385 hộ sản xuất kinh doanh. Đồng chí "
    "Nguyễn Văn Hùng, Bí thư Huyện Đoan Hùng cho biết: “Năm 2023, huyện Đoan Hùng đã hỗ "
    "trợ vay vốn cho 385 hộ sản xuất kinh doanh, một kết quả rất đáng ghi nhận”.",
    "Năm 2022, xã Tiên Kiên đã tổ chức 64 buổi tuyên truyền pháp luật, vượt kế hoạch đề "
    "ra. Cụ thể, trong năm 2022, xã Tiên Kiên tổ chức 64 buổi tuyên truyền pháp luật; các"
    " hội đoàn thể tích cực tham gia.",
    "Trong năm 2024, huyện Thanh Ba khen thưởng được 137 tập thể tiêu biểu. Nhìn chung, "
    "năm 2024 huyện Thanh Ba đã khen thưởng 137 tập thể tiêu biểu, hoàn thành tốt nhiệm "
    "vụ.",
    "Năm 2023, phường Gia Cẩm vận động thu hút 212 hội viên mới, cao nhất từ trước đến "
    "nay. Những kết quả đạt được: thu hút 212 hội viên mới; đời sống nhân dân được nâng "
    "lên.",
    "Năm 2022, huyện Cẩm Khê bê tông hóa 58 km đường giao thông nông thôn. Ông Trần Quốc "
    "Toản, Chủ tịch UBND huyện Cẩm Khê nhấn mạnh: năm qua, huyện Cẩm Khê đã bê tông hóa "
    "58 km đường giao thông nông thôn, vượt kế hoạch.",
    "Kết quả, năm 2024 huyện Hạ Hòa cấp 2.450 thẻ bảo hiểm y tế cho người nghèo. Phong "
    "trào thi đua được phát động sâu rộng. Tóm lại, trong năm 2024, huyện Hạ Hòa đã cấp "
    "2.450 thẻ bảo hiểm y tế cho người nghèo.",
    "Năm 2023, xã Văn Lang trồng mới 127 ha rừng sản xuất, đạt 105% kế hoạch. Công tác "
    "tuyên truyền được đẩy mạnh. Đánh giá chung: năm 2023, xã Văn Lang đã trồng mới 127 "
    "ha rừng sản xuất, hoàn thành vượt mức kế hoạch đề ra.",
    "Trong năm 2022, toàn huyện Lâm Thao đã kiểm tra 42 tổ chức đảng.\nIII. ĐÁNH GIÁ CHUNG"
    "\nNăm 2022, dưới sự lãnh đạo của cấp ủy, huyện Lâm Thao đã kiểm tra 42 tổ chức đảng, "
    "góp phần hoàn thành nhiệm vụ chính trị.",
]

TRAPS = [
    "Năm 2023, huyện Tân Sơn kết nạp 163 đảng viên mới. Đánh giá chung: năm 2024, huyện "
    "Tân Sơn đã kết nạp 168 đảng viên mới, vượt kế hoạch đề ra.",
    "Sáu tháng đầu năm 2024, huyện Đoan Hùng hỗ trợ vay vốn cho 385 hộ sản xuất kinh "
    "doanh. Đánh giá chung cả năm 2024, huyện Đoan Hùng đã hỗ trợ vay vốn cho 395 hộ sản "
    "xuất kinh doanh.",
    "Năm 2024, huyện Cẩm Khê bê tông hóa 58 km đường giao thông nông thôn. Ưu điểm: riêng"
    " khu vực nông thôn đã bê tông hóa 59 km đường giao thông nông thôn.",
    "Năm 2024, toàn tỉnh xử lý kỷ luật 31 đảng viên vi phạm. Đồng chí Bí thư Huyện ủy cho"
    " biết: trong năm, riêng thành phố Việt Trì đã xử lý kỷ luật 33 đảng viên vi phạm.",
    "Năm 2024, huyện Thanh Sơn đào tạo nghề cho 1.530 lao động nông thôn. Đồng chí Lê Văn"
    " Nam, Bí thư Đảng ủy xã Tân Phú cho biết: “Năm 2024, xã Tân Phú đã đào tạo nghề cho "
    "1.520 lao động nông thôn”.",
    "Năm 2024, các cơ sở đăng ký thành lập 15 hợp tác xã nông nghiệp. Kết quả nổi bật là "
    "huyện Tân Sơn đã thành lập 17 hợp tác xã nông nghiệp.",
    "Năm 2024, huyện Tân Sơn kết nạp 163 đảng viên mới. Sau rà soát, có 5 trường hợp "
    "không đủ điều kiện được loại khỏi danh sách. Đánh giá chung: huyện Tân Sơn đã kết "
    "nạp 168 đảng viên mới.",
    "Năm 2023, huyện Đoan Hùng hỗ trợ vay vốn cho 385 hộ sản xuất kinh doanh. Đánh giá "
    "chung: năm 2024, huyện Đoan Hùng đã hỗ trợ vay vốn cho 395 hộ sản xuất kinh doanh, "
    "vượt kế hoạch đề ra.",
    "Sáu tháng đầu năm 2024, huyện Cẩm Khê bê tông hóa 58 km đường giao thông nông thôn. "
    "Đánh giá chung cả năm 2024, huyện Cẩm Khê đã bê tông hóa 59 km đường giao thông nông"
    " thôn.",
    "Năm 2024, thành phố Việt Trì xử lý kỷ luật 31 đảng viên vi phạm. Ưu điểm: riêng khu "
    "vực nông thôn đã xử lý kỷ luật 33 đảng viên vi phạm.",
    "Năm 2024, toàn tỉnh đào tạo nghề cho 1.530 lao động nông thôn. Đồng chí Bí thư Huyện"
    " ủy cho biết: trong năm, riêng huyện Thanh Sơn đã đào tạo nghề cho 1.520 lao động "
    "nông thôn.",
    "Năm 2024, huyện Tân Sơn thành lập 15 hợp tác xã nông nghiệp. Đồng chí Lê Văn Nam, Bí"
    " thư Đảng ủy xã Tân Phú cho biết: “Năm 2024, xã Tân Phú đã thành lập 17 hợp tác xã "
    "nông nghiệp”.",
    "Năm 2024, các cơ sở đăng ký kết nạp 163 đảng viên mới. Kết quả nổi bật là huyện Tân "
    "Sơn đã kết nạp 168 đảng viên mới.",
    "Năm 2024, huyện Đoan Hùng hỗ trợ vay vốn cho 385 hộ sản xuất kinh doanh. Sau rà "
    "soát, có 10 trường hợp không đủ điều kiện được loại khỏi danh sách. Đánh giá chung: "
    "huyện Đoan Hùng đã hỗ trợ vay vốn cho 395 hộ sản xuất kinh doanh.",
    "Năm 2023, huyện Cẩm Khê bê tông hóa 58 km đường giao thông nông thôn. Đánh giá "
    "chung: năm 2024, huyện Cẩm Khê đã bê tông hóa 59 km đường giao thông nông thôn, vượt"
    " kế hoạch đề ra.",
    "Sáu tháng đầu năm 2024, thành phố Việt Trì xử lý kỷ luật 31 đảng viên vi phạm. Đánh "
    "giá chung cả năm 2024, thành phố Việt Trì đã xử lý kỷ luật 33 đảng viên vi phạm.",
    "Năm 2024, huyện Thanh Sơn đào tạo nghề cho 1.530 lao động nông thôn. Ưu điểm: riêng "
    "khu vực nông thôn đã đào tạo nghề cho 1.520 lao động nông thôn.",
    "Năm 2024, toàn tỉnh thành lập 15 hợp tác xã nông nghiệp. Đồng chí Bí thư Huyện ủy "
    "cho biết: trong năm, riêng huyện Tân Sơn đã thành lập 17 hợp tác xã nông nghiệp.",
    "Năm 2024, huyện Tân Sơn kết nạp 163 đảng viên mới. Đồng chí Lê Văn Nam, Bí thư Đảng "
    "ủy xã Tân Phú cho biết: “Năm 2024, xã Tân Phú đã kết nạp 168 đảng viên mới”.",
    "Năm 2024, các cơ sở đăng ký hỗ trợ vay vốn cho 385 hộ sản xuất kinh doanh. Kết quả "
    "nổi bật là huyện Đoan Hùng đã hỗ trợ vay vốn cho 395 hộ sản xuất kinh doanh.",
    "Năm 2024, huyện Cẩm Khê bê tông hóa 58 km đường giao thông nông thôn. Sau rà soát, "
    "có 1 trường hợp không đủ điều kiện được loại khỏi danh sách. Đánh giá chung: huyện "
    "Cẩm Khê đã bê tông hóa 59 km đường giao thông nông thôn.",
    "Năm 2023, thành phố Việt Trì xử lý kỷ luật 31 đảng viên vi phạm. Đánh giá chung: năm"
    " 2024, thành phố Việt Trì đã xử lý kỷ luật 33 đảng viên vi phạm, vượt kế hoạch đề "
    "ra.",
    "Sáu tháng đầu năm 2024, huyện Thanh Sơn đào tạo nghề cho 1.530 lao động nông thôn. "
    "Đánh giá chung cả năm 2024, huyện Thanh Sơn đã đào tạo nghề cho 1.520 lao động nông "
    "thôn.",
    "Năm 2024, huyện Tân Sơn thành lập 15 hợp tác xã nông nghiệp. Ưu điểm: riêng khu vực "
    "nông thôn đã thành lập 17 hợp tác xã nông nghiệp.",
    "Năm 2024, toàn tỉnh kết nạp 163 đảng viên mới. Đồng chí Bí thư Huyện ủy cho biết: "
    "trong năm, riêng huyện Tân Sơn đã kết nạp 168 đảng viên mới.",
    "Năm 2024, huyện Đoan Hùng hỗ trợ vay vốn cho 385 hộ sản xuất kinh doanh. Đồng chí Lê"
    " Văn Nam, Bí thư Đảng ủy xã Tân Phú cho biết: “Năm 2024, xã Tân Phú đã hỗ trợ vay "
    "vốn cho 395 hộ sản xuất kinh doanh”.",
    "Năm 2024, các cơ sở đăng ký bê tông hóa 58 km đường giao thông nông thôn. Kết quả "
    "nổi bật là huyện Cẩm Khê đã bê tông hóa 59 km đường giao thông nông thôn.",
    "Năm 2024, thành phố Việt Trì xử lý kỷ luật 31 đảng viên vi phạm. Sau rà soát, có 2 "
    "trường hợp không đủ điều kiện được loại khỏi danh sách. Đánh giá chung: thành phố "
    "Việt Trì đã xử lý kỷ luật 33 đảng viên vi phạm.",
    "Huyện ủy giao chỉ tiêu kết nạp 165 đảng viên. Năm 2024, toàn Đảng bộ kết nạp 163 "
    "đảng viên mới, đạt 98,8% kế hoạch.",
    "Năm 2024, Huyện ủy kiểm tra được 42 tổ chức đảng. Ủy ban Kiểm tra Huyện ủy giám sát "
    "được 44 tổ chức đảng, đạt 100% kế hoạch.",
    "Năm 2024, huyện trồng mới 127 ha rừng sản xuất, đạt 106% kế hoạch. Trong đó, các xã "
    "vùng cao trồng mới 117 ha rừng sản xuất, vượt chỉ tiêu.",
    "Đợt 1, huyện trao 320 suất học bổng cho học sinh nghèo, đạt 100% kế hoạch. Đợt 2, "
    "huyện trao 325 suất học bổng cho học sinh nghèo, vượt kế hoạch.",
    "Trong năm, xã khám sàng lọc cho được 540 trẻ em, đạt 98% kế hoạch. Trạm y tế xã tiêm"
    " chủng đầy đủ cho 542 trẻ em, vượt chỉ tiêu.",
]


@pytest.mark.parametrize(("text", "figures"), FOUND)
def test_result_restated_a_slip_away_is_found(text: str, figures: list[float]) -> None:
    assert told(checks_of(text, "repeat"), "repeat", "inconsistent", figures)


@pytest.mark.parametrize("text", TWINS)
def test_consistent_twin_is_confirmed(text: str) -> None:
    assert [c for c in checks_of(text, "repeat") if c.verdict == "consistent"]
    assert alarms(text) == []


@pytest.mark.parametrize("text", TRAPS)
def test_two_counts_a_slip_apart_raise_no_alarm(text: str) -> None:
    assert alarms(text) == []
