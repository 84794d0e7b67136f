"""A whole named after the percent by its noun and a verb done to it (twenty-eighth session,
round l28d), our own passages.

"chiếm P% số hội viên được kết nạp", "… tổng số tin, bài đã đăng", "… số đảng viên bị kỷ luật":
the whole is the one count within reach whose own stretch of its clause says that verb, counted
by the named noun (or by a people noun for people); counts that say another verb (those
introduced, a plan, a past year) are no rival. A slip against it is told; a count that gives
the percent, the sum of two counts (two verbs, or one verb twice), two counts saying the verb,
a scope after the verb or another moment keep silence.

Planted: 33 passages, 32 told. Not told (1): "Đầu năm, toàn xã có 1.936 hộ đăng ký …. Qua bình
xét cuối năm, 1.802 hộ đạt danh hiệu, chiếm 95,7% số hộ đã đăng ký" (the whole dated "đầu năm",
the part "cuối năm": another moment, left silent).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

# (text, figures of the share told inconsistent: part, whole, percent)
PLANTED = [
    (
        "Năm 2024, các cơ sở hội giới thiệu 265 hội viên ưu tú cho chi bộ xem xét, trong đó "
        "118 người đã được kết nạp vào Đảng. Riêng 47 người là chi hội trưởng, chiếm 43,5% số "
        "hội viên được kết nạp.",
        [47, 118, 43.5],
    ),
    (
        "Huyện đoàn giới thiệu 410 đoàn viên ưu tú cho Đảng, trong đó 296 đoàn viên đã được "
        "kết nạp Đảng; riêng 88 đoàn viên là bí thư chi đoàn, chiếm 33,6% số đoàn viên được "
        "kết nạp.",
        [88, 296, 33.6],
    ),
    (
        "Cổng thông tin điện tử của huyện đăng tải 1.580 tin, bài, vượt kế hoạch năm. Chuyên "
        "mục xây dựng Đảng có 412 tin, bài, chiếm 29,8% tổng số tin, bài đã đăng.",
        [412, 1580, 29.8],
    ),
    (
        "Năm 2024, các cấp ủy và ủy ban kiểm tra thi hành kỷ luật 64 đảng viên. Số đảng viên "
        "là cấp ủy viên 19 đồng chí, chiếm 27,1% số đảng viên bị kỷ luật.",
        [19, 64, 27.1],
    ),
    (
        "Cấp ủy các cấp giám sát chuyên đề 212 đảng viên. Qua giám sát, 17 đảng viên có thiếu "
        "sót, chiếm 9,1% số đảng viên được giám sát.",
        [17, 212, 9.1],
    ),
    (
        "Nhân dịp tổng kết phong trào, Hội Liên hiệp Phụ nữ huyện khen thưởng 136 hội viên. "
        "Có 58 chị là hội viên dân tộc thiểu số, chiếm 38,2% số hội viên được khen thưởng.",
        [58, 136, 38.2],
    ),
    (
        "Năm 2024, toàn huyện đào tạo nghề cho 2.460 lao động nông thôn. Sau đào tạo, 1.870 "
        "lao động có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất cao hơn, chiếm "
        "72,4% số lao động được đào tạo.",
        [1870, 2460, 72.4],
    ),
    (
        "Ngân hàng Chính sách xã hội huyện cho 1.245 hộ vay vốn giải quyết việc làm. Đến cuối "
        "năm có 402 hộ đã trả hết nợ gốc, chiếm 35,1% số hộ được vay.",
        [402, 1245, 35.1],
    ),
    (
        "Ủy ban Mặt trận Tổ quốc huyện hỗ trợ xây mới 86 nhà Đại đoàn kết cho hộ nghèo. Trong "
        "năm có 71 nhà đã hoàn thành, bàn giao, chiếm 79,8% số nhà được hỗ trợ.",
        [71, 86, 79.8],
    ),
    (
        "Bộ phận tiếp nhận và trả kết quả của huyện tiếp nhận 3.420 hồ sơ thủ tục hành chính. "
        "Đã giải quyết đúng hạn 3.150 hồ sơ, chiếm 95,2% số hồ sơ được tiếp nhận.",
        [3150, 3420, 95.2],
    ),
    (
        "Trạm y tế xã đã tiêm vắc-xin đầy đủ cho 845 trẻ em. Trong số trẻ này có 412 trẻ là "
        "nữ, chiếm 45,3% số trẻ được tiêm.",
        [412, 845, 45.3],
    ),
    (
        "Các tổ hòa giải ở cơ sở đã tiếp nhận 318 vụ việc mâu thuẫn, tranh chấp. Có 274 vụ "
        "việc hòa giải thành, chiếm 84,1% số vụ việc được tiếp nhận.",
        [274, 318, 84.1],
    ),
    (
        "Trong nhiệm kỳ, Hội Cựu chiến binh thị xã kết nạp 348 hội viên mới. Có 126 hội viên "
        "là đảng viên, chiếm 33,3% số hội viên được kết nạp.",
        [126, 348, 33.3],
    ),
    (
        "Giai đoạn 2021-2024, Ban Thường vụ Tỉnh ủy điều động, luân chuyển 146 cán bộ. Số cán "
        "bộ nữ là 37 đồng chí, chiếm 23,1% số cán bộ được luân chuyển.",
        [37, 146, 23.1],
    ),
    (
        "Hội Nông dân tỉnh tổ chức tập huấn kỹ thuật cho 5.280 hội viên. Sau tập huấn, 3.960 "
        "hội viên áp dụng vào sản xuất, chiếm 71,5% số hội viên được tập huấn.",
        [3960, 5280, 71.5],
    ),
    (
        "Năm 2024, Phòng Tài chính - Kế hoạch cấp đăng ký thành lập mới cho 172 doanh nghiệp. "
        "Có 58 doanh nghiệp hoạt động trong lĩnh vực thương mại, dịch vụ, chiếm 36,8% số "
        "doanh nghiệp được cấp đăng ký.",
        [58, 172, 36.8],
    ),
    (
        "Ủy ban kiểm tra các cấp đã giải quyết 42 đơn tố cáo đối với đảng viên. Qua giải "
        "quyết, 15 đơn tố cáo đúng, chiếm 31,0% số đơn được giải quyết.",
        [15, 42, 31.0],
    ),
    (
        "Dự án cấp nước sinh hoạt nông thôn đã đấu nối cho 3.640 hộ dân. Có 1.215 hộ nghèo, "
        "hộ cận nghèo được miễn phí đấu nối, chiếm 36,2% số hộ được đấu nối.",
        [1215, 3640, 36.2],
    ),
    (
        "Bệnh viện đa khoa huyện đã khám sàng lọc mắt cho 1.420 người cao tuổi. Có 386 người "
        "phải mổ đục thủy tinh thể, chiếm 24,5% số người được khám.",
        [386, 1420, 24.5],
    ),
    (
        "Năm 2024, toàn huyện có 312 lao động xuất cảnh đi làm việc ở nước ngoài theo hợp "
        "đồng. Thị trường Nhật Bản tiếp nhận 164 lao động, chiếm 56,1% số lao động đã xuất "
        "cảnh.",
        [164, 312, 56.1],
    ),
    (
        "Đảng ủy khối kiểm tra 286 chi bộ về thực hiện sinh hoạt chuyên đề. Số chi bộ thực "
        "hiện tốt là 204 chi bộ, chiếm 68,3% số chi bộ được kiểm tra.",
        [204, 286, 68.3],
    ),
    (
        "Ban bồi thường của huyện đã chi trả tiền bồi thường cho 528 hộ có đất thu hồi. Đến "
        "nay 497 hộ đã bàn giao mặt bằng, chiếm 91,6% số hộ được bồi thường.",
        [497, 528, 91.6],
    ),
    (
        "Năm 2024, các chi bộ trực thuộc đề nghị tặng Huy hiệu Đảng cho 318 đảng viên. Có 74 "
        "đồng chí nhận Huy hiệu 40 năm tuổi Đảng, chiếm 25,6% số đảng viên được đề nghị.",
        [74, 318, 25.6],
    ),
    (
        "Dịp Tết Nguyên đán, Ủy ban nhân dân huyện tặng quà cho 2.160 người có công với cách "
        "mạng. Có 812 người là thân nhân liệt sĩ, chiếm 40,6% số người được tặng quà.",
        [812, 2160, 40.6],
    ),
    (
        "Đảng ủy xã mở lớp bồi dưỡng nhận thức về Đảng cho 215 học viên. Có 178 học viên đã "
        "được kết nạp trong năm, chiếm 86,5% số học viên được bồi dưỡng.",
        [178, 215, 86.5],
    ),
    (
        "Công an huyện đã xử phạt vi phạm hành chính 412 trường hợp về trật tự an toàn giao "
        "thông. Có 128 trường hợp vi phạm nồng độ cồn, chiếm 27,4% số trường hợp bị xử phạt.",
        [128, 412, 27.4],
    ),
    (
        "Liên đoàn Lao động huyện kết nạp 1.126 đoàn viên công đoàn trong năm. Đoàn viên làm "
        "việc tại doanh nghiệp ngoài nhà nước là 904 người, chiếm 76,5% số đoàn viên được kết "
        "nạp.",
        [904, 1126, 76.5],
    ),
    (
        "Năm học 2023-2024, Phòng Giáo dục huyện công nhận tốt nghiệp trung học cơ sở cho "
        "1.640 học sinh. Có 512 học sinh đạt loại giỏi, chiếm 33,5% số học sinh được công "
        "nhận.",
        [512, 1640, 33.5],
    ),
    (
        "Ban Chỉ huy quân sự huyện đã gọi 215 công dân nhập ngũ năm 2024. Có 41 công dân có "
        "trình độ cao đẳng, đại học, chiếm 21,4% số công dân được gọi.",
        [41, 215, 21.4],
    ),
    (
        "Trung tâm y tế huyện đã điều trị nội trú 2.874 bệnh nhân. Bệnh nhân có thẻ bảo hiểm "
        "y tế là 2.512 người, chiếm 89,6% số bệnh nhân được điều trị.",
        [2512, 2874, 89.6],
    ),
    (
        "Trong năm, Hội Chữ thập đỏ huyện đã vận động 1.312 người hiến máu tình nguyện. Người "
        "hiến từ lần thứ hai trở lên là 587 người, chiếm 41,2% số người được vận động.",
        [587, 1312, 41.2],
    ),
    (
        "Quỹ hỗ trợ nông dân của huyện đã giải ngân cho 356 hộ hội viên; riêng 121 hộ chăn "
        "nuôi bò sinh sản, chiếm 37,1% số hộ được giải ngân.",
        [121, 356, 37.1],
    ),
]


@pytest.mark.parametrize(("text", "figures"), PLANTED)
def test_verb_named_whole_slip_is_told(text: str, figures: list[float]) -> None:
    got = told(checks_of(text), "share", "inconsistent", figures)
    assert got, [(c.kind, c.verdict, c.figures) for c in checks_of(text)]


# the dev misses this round was written for, in passages of our own built like them
def test_admitted_named_by_verb_beside_those_introduced_and_the_target() -> None:
    # 412 admitted of 586 introduced, the term's target 350 in brackets; 158/412 = 38,3%, not
    # 45,1% (which is 158/350, the target)
    text = (
        "Các cấp Hội giới thiệu 586 hội viên ưu tú cho tổ chức đảng, trong đó 412 chị đã được "
        "kết nạp Đảng, đạt 117,7% chỉ tiêu nhiệm kỳ (350 đảng viên); riêng 158 chị là cán bộ "
        "hội, chiếm 45,1% số hội viên được kết nạp."
    )
    assert told(checks_of(text), "share", "inconsistent", [158, 412, 45.1])


def test_posted_named_by_verb_beside_a_plan_and_last_year() -> None:
    # 298/1.240 = 24,0%, not 27,7% (which is 298/1.076, last year's count in brackets)
    text = (
        "Trang thông tin điện tử huyện đăng tải 1.240 tin, bài, đạt 103,3% kế hoạch (kế hoạch "
        "giao 1.200 tin, bài); so với năm 2023 (1.076 tin, bài) tăng 164 tin, bài. Riêng chuyên "
        'mục "Học tập và làm theo Bác" có 298 tin, bài, chiếm 27,7% tổng số tin, bài đã đăng.'
    )
    assert told(checks_of(text), "share", "inconsistent", [298, 1240, 27.7])


# clean: the relation holds, or the whole the words name is not one count said before
CLEAN = [
    "Các chi hội giới thiệu 318 hội viên ưu tú cho Đảng, trong đó 204 người đã được kết "
    "nạp. Riêng 61 người là tổ trưởng tổ hội, chiếm 29,9% số hội viên được kết nạp.",
    "Năm 2024, Đoàn Thanh niên xã giới thiệu 46 đoàn viên ưu tú; đã có 29 đoàn viên được "
    "kết nạp Đảng. Trong đó 11 đoàn viên là nữ, chiếm 37,9% số đoàn viên được kết nạp.",
    "Trang thông tin điện tử của Huyện ủy đăng tải 964 tin, bài trong năm. Chuyên mục "
    "gương người tốt, việc tốt có 187 tin, bài, chiếm 19,4% tổng số tin, bài đã đăng.",
    "Năm 2024, toàn Đảng bộ thi hành kỷ luật 38 đảng viên. Đảng viên là cấp ủy viên 9 "
    "đồng chí, chiếm 23,7% số đảng viên bị kỷ luật.",
    "Chi bộ và đảng ủy cơ sở đã giám sát 146 đảng viên. Qua giám sát, 12 đảng viên có "
    "khuyết điểm, chiếm 8,2% số đảng viên được giám sát.",
    "Hội Phụ nữ thị trấn khen thưởng 74 hội viên có thành tích xuất sắc; 31 chị là hội "
    "viên trẻ, chiếm 41,9% số hội viên được khen thưởng.",
    "Năm 2024, Hội Nông dân xã kết nạp 126 hội viên mới; có 51 hội viên là thanh niên, "
    "chiếm trên 40% số hội viên được kết nạp.",
    "Chi bộ đã giám sát 62 đảng viên. Qua giám sát, 18 đảng viên được nhắc nhở, chiếm gần "
    "30% số đảng viên được giám sát.",
    "Hội Phụ nữ huyện tập huấn kỹ năng cho 410 hội viên; khoảng 205 hội viên là người dân "
    "tộc thiểu số, chiếm khoảng 50% số hội viên được tập huấn.",
    "Ủy ban Kiểm tra Thị ủy kiểm tra 118 đảng viên; 47 đồng chí là cấp ủy viên các cấp, "
    "chiếm 39,8% số đảng viên được kiểm tra.",
    "Năm 2024, các cấp ủy kiểm tra 84 đảng viên và giám sát 126 đảng viên; qua đó 14 đồng "
    "chí có vi phạm, chiếm 6,7% số đảng viên được kiểm tra, giám sát.",
    "Hội Nông dân huyện tập huấn cho 640 hội viên; các cơ sở hội tập huấn thêm cho 360 "
    "hội viên. Có 412 hội viên áp dụng kỹ thuật mới, chiếm 41,2% số hội viên được tập "
    "huấn.",
    "Ủy ban kiểm tra huyện giám sát 14 chi bộ; các đảng ủy cơ sở giám sát thêm 9 chi bộ. "
    "Qua giám sát, 10 chi bộ có hạn chế, chiếm 43,5% số chi bộ được giám sát.",
    "Năm 2023, Hội kết nạp 184 hội viên; năm 2024 kết nạp 236 hội viên. Có 96 hội viên là "
    "nữ, chiếm 40,7% số hội viên được kết nạp.",
    "Năm 2023, Hội kết nạp 184 hội viên; năm 2024 kết nạp 236 hội viên. Có 96 hội viên là "
    "nữ, chiếm 52,2% số hội viên được kết nạp.",
    "Năm 2024, Đảng bộ huyện kết nạp 146 đảng viên. Đảng viên là đoàn viên thanh niên 98 "
    "đồng chí, chiếm 4,6% số đảng viên được kết nạp của toàn tỉnh.",
    "Huyện đào tạo nghề cho 1.260 lao động; 840 lao động là nữ, chiếm 6,7% số lao động "
    "được đào tạo trên địa bàn tỉnh.",
    "Đầu nhiệm kỳ, Hội kết nạp 94 hội viên. Cuối năm 2024, có 58 hội viên là người dân "
    "tộc thiểu số, chiếm 36,3% số hội viên được kết nạp.",
    "Năm 2024, xã cấp giấy chứng nhận cho 318 hộ; 96 hộ là hộ nghèo, chiếm 23,3% số thửa "
    "đất được cấp.",
    "Ngân hàng Chính sách cho 420 hộ vay; dư nợ của 180 hộ vay mới là 9 tỷ đồng, chiếm "
    "37,5% tổng dư nợ được giải ngân.",
    "Trang thông tin đăng tải 1.300 tin, bài, tăng so với năm 2023 (1.150 tin, bài). "
    "Chuyên mục thời sự có 325 tin, bài, chiếm 25,0% tổng số tin, bài đã đăng.",
    "Năm 2024, cấp ủy các cấp kiểm tra 260 đảng viên. Trong số đảng viên được kiểm tra có "
    "78 đồng chí là cấp ủy viên, chiếm 30,0%.",
    "Năm 2024, xã có 1.420 hộ tham gia bảo hiểm y tế hộ gia đình; 312 hộ là hộ cận nghèo, "
    "chiếm 60,0% số hộ được hỗ trợ mua thẻ.",
    "Năm 2024, xã hỗ trợ 48 hộ xây nhà; có 312 hộ được vay vốn, chiếm 26,0% số hộ được hỗ trợ.",
    "Năm 2024, Đảng bộ kết nạp 74 đảng viên, đạt 105,7% kế hoạch (70 đảng viên). Đảng "
    "viên nữ 33 đồng chí, chiếm 44,6% số đảng viên được kết nạp.",
    "Các cấp thi hành kỷ luật 52 đảng viên, trong đó khai trừ 6 đảng viên; đảng viên là "
    "cấp ủy viên 14 đồng chí, chiếm 26,9% số đảng viên bị kỷ luật.",
    "Xã có 2.140 hộ. Năm 2024, xã vận động 1.860 hộ đăng ký gia đình văn hóa. Có 1.702 hộ "
    "đạt danh hiệu, chiếm 91,5% số hộ đã đăng ký.",
    "Huyện có 14.200 hộ. Năm 2024 có 12.860 hộ đăng ký danh hiệu gia đình văn hóa, 12.214 "
    "hộ đạt danh hiệu, chiếm 95,0% số hộ đã đăng ký.",
    "Năm 2024 kết nạp 120 hội viên, trong đó 45 hội viên là nữ được kết nạp tại chi hội. "
    "Có 15 chị là người dân tộc, chiếm 33,3% số hội viên nữ được kết nạp.",
    "Đảng bộ xã có 412 đảng viên; đảng viên nữ 148 đồng chí, chiếm 35,9% tổng số đảng viên.",
    "Toàn huyện có 3.140 hội viên cựu chiến binh; hội viên là đảng viên 2.106 người, chiếm 67,1%.",
    "Năm 2024, toàn tỉnh kết nạp 2.460 đảng viên, trong đó đảng viên nữ 1.188 đồng chí, "
    "chiếm 48,3%.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_no_alarm(text: str) -> None:
    assert alarms(text) == []


def test_a_right_share_of_the_verb_named_whole_is_consistent() -> None:
    text = (
        "Năm 2024, toàn Đảng bộ thi hành kỷ luật 38 đảng viên. Đảng viên là cấp ủy viên 9 đồng "
        "chí, chiếm 23,7% số đảng viên bị kỷ luật."
    )
    assert told(checks_of(text), "share", "consistent", [9, 38, 23.7])


# A whole of another noun named in the very unit words of one count the document states (the
# members of a body over the households of its place). Planted: 6 passages, 3 told; not told
# (3): "2.815 hộ làm nông nghiệp" right after "3.460 hộ," (read as an item of a list), "đạt
# 75,2% so với số hộ nông dân" (no share reading of "đạt … so với"), "nâng tổng số lên 2.318
# hội viên" (a level reached by a change).
COVERAGE = [
    (
        "Xã Tân Lập có 2.140 hộ, trong đó 1.620 hộ nông dân. Năm 2024, Hội Nông dân xã có "
        "1.208 hội viên, bằng 80,2% số hộ nông dân.",
        [1208, 1620, 80.2],
    ),
    (
        "Huyện có 14.860 hộ, trong đó 9.412 hộ sản xuất nông nghiệp. Hội Nông dân huyện hiện "
        "có 7.236 hội viên, chiếm 72,4% số hộ sản xuất nông nghiệp.",
        [7236, 9412, 72.4],
    ),
    (
        "Toàn huyện có 31.250 hộ với 9 xã và 1 thị trấn; trong đó 20.480 hộ nông dân. Các cấp "
        "Hội Nông dân huyện có 18.215 hội viên, bằng 84,3% số hộ nông dân.",
        [18215, 20480, 84.3],
    ),
]


@pytest.mark.parametrize(("text", "figures"), COVERAGE)
def test_coverage_of_a_named_whole_slip_is_told(text: str, figures: list[float]) -> None:
    got = told(checks_of(text), "share", "inconsistent", figures)
    assert got, [(c.kind, c.verdict, c.figures) for c in checks_of(text)]


def test_members_over_the_farm_households_of_the_profile() -> None:
    # built like the dev miss: 12.640/17.840 = 70,9%, not 68,5%
    text = (
        "Huyện Ninh Hòa có 9 xã, thị trấn với 57 thôn, khu phố và 28.105 hộ, trong đó 17.840 hộ "
        "nông dân. Hội Nông dân huyện Ninh Hòa có 9 cơ sở hội với 12.640 hội viên, bằng 68,5% số "
        "hộ nông dân; kết nạp mới 312 hội viên."
    )
    assert told(checks_of(text), "share", "inconsistent", [12640, 17840, 68.5])


COVERAGE_CLEAN = [
    "Xã Tân Lập có 2.140 hộ, trong đó 1.620 hộ nông dân. Năm 2024, Hội Nông dân xã có "
    "1.208 hội viên, bằng 74,6% số hộ nông dân.",
    "Huyện có 14.860 hộ, trong đó 9.412 hộ sản xuất nông nghiệp. Hội Nông dân huyện hiện "
    "có 7.236 hội viên, chiếm 76,9% số hộ sản xuất nông nghiệp.",
    "Toàn huyện có 31.250 hộ, trong đó 20.480 hộ nông dân. Các cấp Hội Nông dân huyện có "
    "18.215 hội viên, bằng 88,9% số hộ nông dân.",
    "Xã Hòa An có 5.120 hộ, trong đó 3.846 hộ nông dân. Hội Nông dân xã có 3.012 hội "
    "viên, bằng 78,3% số hộ nông dân.",
    "Năm 2020, xã có 1.712 hộ nông dân; năm 2024 còn 1.620 hộ nông dân. Hội Nông dân xã "
    "có 1.208 hội viên, bằng 70,6% số hộ nông dân.",
    "Xã Tân Lập có 2.140 hộ, trong đó 1.620 hộ nông dân. Hội Nông dân xã có 1.208 hội "
    "viên, bằng 0,65% số hộ nông dân toàn tỉnh.",
    "Xã có 2.140 hộ, trong đó 1.620 hộ nông dân. Năm 2024, Hội Nông dân xã tăng 96 hội "
    "viên, bằng 1,0% số hộ nông dân.",
    "Xã có 2.140 hộ, trong đó 312 hộ nông dân nghèo. Hội Nông dân xã có 1.208 hội viên, "
    "bằng 74,6% số hộ nông dân.",
    "Xã Tân Lập có 1.620 hộ nông dân. Hội Nông dân xã Tân Phú có 1.208 hội viên, bằng "
    "82,7% số hộ nông dân.",
    "Hội Nông dân xã có 1.208 hội viên, bằng 82,7% số hộ nông dân. Toàn xã hiện có 1.620 "
    "hộ nông dân.",
    "Xã có 1.620 hộ nông dân. Hội Nông dân xã có 1.208 hội viên, bằng 74,6% số hộ nông "
    "dân, chưa đạt chỉ tiêu (80%).",
    "Trên địa bàn huyện có 2.412 cựu chiến binh đang sinh sống. Hội Cựu chiến binh huyện "
    "có 2.186 hội viên, bằng 90,6% số cựu chiến binh đang sinh sống.",
    "Phường có 4.812 phụ nữ trong độ tuổi lao động. Hội Phụ nữ phường có 3.906 hội viên, "
    "bằng 81,2% số phụ nữ trong độ tuổi lao động.",
    "Xã có 1.340 thanh niên trong độ tuổi đoàn. Đoàn xã có 612 đoàn viên, chiếm 45,7% số "
    "thanh niên trong độ tuổi đoàn.",
    "Xã có 1.620 hộ nông dân. Hội Nông dân xã có 1.208 hội viên; 412 hộ hội viên đạt danh "
    "hiệu sản xuất giỏi, chiếm 34,1% số hộ hội viên.",
    "Huyện có 9.412 hộ sản xuất nông nghiệp. Có 2.146 hộ áp dụng quy trình VietGAP, chiếm "
    "22,8% số hộ sản xuất nông nghiệp.",
]


@pytest.mark.parametrize("text", COVERAGE_CLEAN)
def test_coverage_no_alarm(text: str) -> None:
    assert alarms(text) == []


# The whole named before the part ("Trong số đảng viên được cấp ủy kiểm tra có 47 …, chiếm P%"),
# and among the counts saying the verb the one that is the sum of the others. Planted: 4, all told.
AMONG = [
    (
        "Chi bộ kiểm tra 3 tổ chức và 14 đảng viên; đảng ủy kiểm tra 5 tổ chức và 52 đảng "
        "viên. Như vậy, các cấp ủy đã kiểm tra 8 tổ chức, 66 đảng viên. Trong số đảng viên "
        "được cấp ủy kiểm tra có 23 đồng chí là cấp ủy viên, chiếm 37,9%.",
        [23, 66, 37.9],
    ),
    (
        "Năm 2024, Hội Nông dân huyện kết nạp 412 hội viên mới. Trong số hội viên được kết "
        "nạp, có 158 người là thanh niên, chiếm 41,6%.",
        [158, 412, 41.6],
    ),
    (
        "Năm 2024, các cấp thi hành kỷ luật 46 đảng viên. Trong số đảng viên bị kỷ luật có 13 "
        "đồng chí là cấp ủy viên, chiếm 31,5%.",
        [13, 46, 31.5],
    ),
    (
        "Huyện đã hỗ trợ vốn cho 264 hộ nghèo. Trong số hộ được hỗ trợ có 97 hộ đồng bào dân "
        "tộc thiểu số, chiếm 33,2%.",
        [97, 264, 33.2],
    ),
]


@pytest.mark.parametrize(("text", "figures"), AMONG)
def test_whole_named_before_by_its_verb_slip_is_told(text: str, figures: list[float]) -> None:
    got = told(checks_of(text), "share", "inconsistent", figures)
    assert got, [(c.kind, c.verdict, c.figures) for c in checks_of(text)]


def test_checked_by_the_party_committees_built_like_the_dev_miss() -> None:
    # 6 + 112 = 118 checked by the committees ("Như vậy"): 47/118 = 39,8%, not 41,8%
    text = (
        "Ban Thường vụ Thị ủy kiểm tra 4 tổ chức đảng và 6 đảng viên; cấp ủy cơ sở kiểm tra 37 tổ "
        "chức đảng và 112 đảng viên. Như vậy, cấp ủy các cấp đã kiểm tra 41 tổ chức đảng, 118 "
        "đảng viên, đạt 100% kế hoạch. Trong số đảng viên được cấp ủy kiểm tra có 47 đồng chí là "
        "cấp ủy viên các cấp, chiếm 41,8%."
    )
    assert told(checks_of(text), "share", "inconsistent", [47, 118, 41.8])


AMONG_CLEAN = [
    "Chi bộ kiểm tra 3 tổ chức và 14 đảng viên; đảng ủy kiểm tra 5 tổ chức và 52 đảng "
    "viên. Như vậy, các cấp ủy đã kiểm tra 8 tổ chức, 66 đảng viên. Trong số đảng viên "
    "được cấp ủy kiểm tra có 23 đồng chí là cấp ủy viên, chiếm 34,8%.",
    "Năm 2024, Hội Nông dân huyện kết nạp 412 hội viên mới. Trong số hội viên được kết "
    "nạp, có 158 người là thanh niên, chiếm 38,3%.",
    "Năm 2024, các cấp thi hành kỷ luật 46 đảng viên. Trong số đảng viên bị kỷ luật có 13 "
    "đồng chí là cấp ủy viên, chiếm 28,3%.",
    "Chi bộ kiểm tra 14 đảng viên; đảng ủy kiểm tra 52 đảng viên; Ủy ban kiểm tra kiểm "
    "tra 30 đảng viên. Trong số đảng viên được kiểm tra có 12 đồng chí là cấp ủy viên, "
    "chiếm 12,5%.",
    "Chi bộ kiểm tra 14 đảng viên; đảng ủy kiểm tra 52 đảng viên. Trong số đảng viên được "
    "kiểm tra có 23 đồng chí là cấp ủy viên, chiếm 34,8%.",
    "Chi bộ kiểm tra 14 đảng viên; đảng ủy kiểm tra 52 đảng viên. Như vậy, các cấp ủy đã "
    "kiểm tra 66 đảng viên. Trong số đảng viên được đảng ủy kiểm tra có 20 đồng chí là "
    "cấp ủy viên, chiếm 38,5%.",
    "Năm 2024, Hội kết nạp 412 hội viên mới, trong đó 186 hội viên nữ. Trong số hội viên "
    "nữ được kết nạp, có 58 người là dân tộc thiểu số, chiếm 31,2%.",
    "Năm 2024, Hội kết nạp 412 hội viên mới. Trong số hội viên được kết nạp, có 158 người "
    "là thanh niên, chiếm 12,7% số thanh niên của xã.",
    "Năm 2023, Hội kết nạp 386 hội viên. Năm 2024, trong số hội viên được kết nạp có 158 "
    "người là thanh niên, chiếm 39,3%.",
    "Huyện đã hỗ trợ vốn cho 264 hộ nghèo. Trong số hộ được hỗ trợ có 97 hộ đồng bào dân "
    "tộc thiểu số, chiếm 36,7%.",
]


@pytest.mark.parametrize("text", AMONG_CLEAN)
def test_among_no_alarm(text: str) -> None:
    assert alarms(text) == []
