"""Restatements of one figure with another value (twenty-seventh session, review 27p), our own
passages. Three readings of ``repeat`` widened: a count of people by "người"/"đồng chí" is counted
as the members its clause names as the subject ("Đội ngũ báo cáo viên của huyện hiện có 186 đồng
chí" is 186 báo cáo viên) when the other count is said as a stock too; "đổi mới" names no round
of issuing; a speaker known by name only speaks in the role the text gave with the name before;
and a referred-back total's own parts, in every breakdown of it, account for no gap.

PLANTED: one restatement slip each (our own wording, varied), the found ones asserted
inconsistent. Missed, 13 of 26, listed below the table and not asserted: a subject qualified
"tuyên truyền viên pháp luật" restated without "pháp luật" (the qualifier guard: silence by
design); three stocks named by their subject and restated as "Với …", "Toàn Hội với …",
"Toàn bộ …" after a sentence naming "chi hội"/"chi đoàn" (the first word of the unit,
"hội"/"đoàn", is read as the noun named again between); a "toàn bộ" restatement of a profile
count; a total restated with admissions between; "Với 248 đảng viên" after "16 chi bộ với
284"; a surpassed plan "với 168 đảng viên mới" against 163; a bracketed "(188 hội viên)"
against a change ending at 186; a numerator 28/32 restated as 26; a breakdown-confirmed 58
houses restated in the general assessment as 56 (told unverifiable by design); a prose count
against a table's total row; and "quần chúng … được kết nạp" against "kết nạp … đảng viên"
(another noun).

DEV: the development texts these readings now catch, in short passages of our own wording,
are PLANTED rows 1 (báo cáo viên by subject), 4 (đổi mới), 5 (introduced speaker) and 6 (own
parts of a referred total).

CLEAN: passages of each guard told silent (the whole review is tests/battery/
battery_zzzz_l27p.jsonl, 108 clean passages, no alarm).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

PLANTED = [
    (
        "Đội ngũ báo cáo viên của huyện hiện có 186 đồng chí (cấp huyện 31, cơ sở 155). Hằng tháng, Ban Tuyên giáo cung cấp tài liệu sinh hoạt. Đội ngũ 168 báo cáo viên hoạt động nền nếp, bám sát cơ sở.",
        [186, 168],
    ),
    (
        "Toàn tỉnh có 412 tổ chức đảng trong doanh nghiệp ngoài nhà nước. Số đảng viên sinh hoạt trong các tổ chức này là 6.874 đồng chí. Theo Ban Tổ chức Tỉnh ủy, với 6.847 đảng viên đang sinh hoạt trong doanh nghiệp ngoài nhà nước, lực lượng này còn mỏng.",
        [6874, 6847],
    ),
    (
        "Hội Liên hiệp Phụ nữ thị xã có 14 cơ sở hội với 168 chi hội. Tổng số hội viên là 28.745 người. Toàn thị xã có 100% trong số 186 chi hội duy trì sinh hoạt định kỳ, nhiều chi hội đổi mới hình thức sinh hoạt.",
        [168, 186],
    ),
    (
        "Đồng chí Hoàng Văn Khải, Phó Bí thư Thường trực Huyện ủy, cho biết công tác phát triển đảng viên được quan tâm. Giai đoạn 2020-2024, Đảng bộ huyện kết nạp 1.386 đảng viên. Đồng chí Hoàng Văn Khải: “Trong 5 năm chúng tôi kết nạp 1.368 đảng viên, quan trọng là chất lượng”.",
        [1386, 1368],
    ),
    (
        "Các cấp thi hành kỷ luật 16 đảng viên: khiển trách 10, cảnh cáo 4, cách chức 1, khai trừ 1. Theo thẩm quyền, chi bộ kỷ luật 5, ủy ban kiểm tra các cấp 8, Ban Thường vụ 3. Phân tích 18 đảng viên bị kỷ luật trong năm cho thấy vi phạm tập trung ở lĩnh vực đất đai.",
        [16, 18],
    ),
    (
        "Năm 2024, các cấp kỷ luật 27 đảng viên: khiển trách 17, cảnh cáo 7, cách chức 2, khai trừ 1. Trong 29 đảng viên bị kỷ luật trong năm, có 6 đồng chí là cấp ủy viên.",
        [27, 29],
    ),
    (
        "Huyện có 14 xã, thị trấn với 1.246 hộ nghèo theo chuẩn mới. Các ngành phối hợp rà soát nguyên nhân nghèo. Trong tổng số 1.264 hộ nghèo, có 512 hộ thiếu đất sản xuất.",
        [1246, 1264],
    ),
    (
        "Năm 2024, các cấp Hội xây mới 324 căn nhà nhân đạo cho hộ nghèo. Tổng kinh phí 16,2 tỷ đồng. Số 342 căn nhà nhân đạo nói trên đều đã bàn giao trước Tết.",
        [324, 342],
    ),
    (
        "Đảng bộ có 43 chi bộ với 512 đảng viên. Trong tổng số 521 đảng viên, có 146 đồng chí là nữ.",
        [512, 521],
    ),
    (
        "Hội Nông dân xã có 1.562 hội viên. Tất cả 1.526 hội viên đều đã tham gia bảo hiểm y tế.",
        [1562, 1526],
    ),
    (
        "Xã có 8 thôn, 2.146 hộ. Năm 2024, xã vận động nhân dân hiến đất làm đường. Tất cả 2.164 hộ dân đều ký cam kết giữ gìn vệ sinh môi trường.",
        [2146, 2164],
    ),
    (
        "Từ năm 2021 đến hết tháng 9-2024, toàn Đảng bộ kết nạp 928 đảng viên mới: năm 2021 là 214, năm 2022 là 247, năm 2023 là 259, 9 tháng năm 2024 là 208. Trong 982 đảng viên mới kết nạp, có 617 đoàn viên thanh niên.",
        [928, 982],
    ),
    (
        "Ông Lò Văn Thiêm, Trưởng Công an huyện, cho biết lực lượng chính quy đã về đủ 14 xã. Hiện nay Công an huyện có 186 cán bộ, chiến sĩ đảm nhiệm chức danh công an xã. Ông Lò Văn Thiêm: “Hiện có 168 cán bộ, chiến sĩ đảm nhiệm chức danh công an xã, mỗi đồng chí phụ trách một bản”.",
        [186, 168],
    ),
]

# missed (13 of 26), kept for the next reader:
#   p03 [2135, 2153]: Với 2.153 hội viên
#   p08 [214, 241]: toàn bộ 241 đảng viên
#   p11 [4573, 4537]: Tổng số đảng viên của Đảng bộ hiện là 4.537 đồng chí
#   p12 [135, 153]: Đội ngũ 153 tuyên truyền viên
#   p18 [21436, 21346]: Toàn Hội với 21.346 hội viên
#   p19 [3126, 3162]: Toàn bộ 3.162 đoàn viên
#   p20 [284, 248]: Với 248 đảng viên
#   p21 [163, 168]: với 168 đảng viên mới được kết nạp
#   p22 [186, 188]: Toàn Hội (188 hội viên)
#   p23 [28, 26]: Với 26 xã đạt chuẩn nông thôn mới nâng cao
#   p24 [58, 56]: bàn giao 56 căn nhà tình thương
#   p25 [92, 90]: kiểm tra 44 tổ chức đảng, 92 đảng viên
#   p26 [4382, 4328]: Kết quả 4.328 quần chúng người dân tộc thiểu số được kết nạp

CLEAN = [
    # a count an activity reached is no restatement of the subject's stock
    "Số hội viên Hội Cựu chiến binh tỉnh có 21.436 người. Hội Cựu chiến binh tỉnh đã vận động 21.346 hội viên đóng góp xây dựng Quỹ nghĩa tình đồng đội.",
    "Đội ngũ báo cáo viên cơ sở của huyện hiện có 186 đồng chí. Trong năm, Ban Tuyên giáo Huyện ủy tổ chức tập huấn cho 168 báo cáo viên cơ sở về kỹ năng nắm bắt dư luận xã hội.",
    # the subject's qualifier unsaid by the other count
    "Đội ngũ giáo viên mầm non của huyện hiện có 624 người. Đội ngũ 642 giáo viên tiểu học đạt chuẩn trình độ đào tạo 100%.",
    # a part or a flow named between the subject and its verb
    "Số đảng viên nữ của Đảng bộ là 168 đồng chí. Đảng bộ có 186 đảng viên sinh hoạt ở 9 chi bộ.",
    # "đổi mới" with those that did it: a subset
    "Toàn tỉnh có 1.452 hợp tác xã nông nghiệp. Đến nay, 1.425 hợp tác xã đã đổi mới tổ chức, hoạt động theo Luật Hợp tác xã năm 2023.",
    # a round of issuing still sets two counts apart
    "Năm 2024, Bảo hiểm xã hội huyện cấp mới 1.246 thẻ bảo hiểm y tế. Cũng trong năm, cơ quan này cấp đổi 1.264 thẻ do sai thông tin hoặc hỏng.",
    # a speaker introduced with the role of another body
    "Đảng bộ xã Nậm Khăn có 364 đảng viên sinh hoạt ở 14 chi bộ. Ông Lò Văn Sáng, Bí thư Đảng ủy xã Pa Ham, huyện Mường Chà, đến trao đổi kinh nghiệm. Ông Lò Văn Sáng: “Đảng bộ chúng tôi có 346 đảng viên, bản nào cũng có chi bộ”.",
    "Huyện ủy Tân Sơn kết nạp 1.386 đảng viên trong giai đoạn 2020-2024. Đồng chí Hà Văn Khuê, Bí thư Huyện ủy Thanh Sơn, chia sẻ kinh nghiệm tại hội thảo. Đồng chí Hà Văn Khuê: “Trong 5 năm, chúng tôi kết nạp 1.368 đảng viên”.",
    # a speaker the text never introduced keeps the old reading
    "Trong 5 năm, Đảng bộ xã kết nạp 275 đảng viên. Bà Lường Thị Hoa: “Chi hội phụ nữ chúng tôi giới thiệu 257 chị em ưu tú cho Đảng xem xét”.",
    # a count added between the total and its referred-back restatement
    "Năm 2024, các cấp thi hành kỷ luật 16 đảng viên: khiển trách 10, cảnh cáo 4, cách chức 1, khai trừ 1. Ngoài ra, tháng 12/2024 Ủy ban Kiểm tra Huyện ủy kỷ luật thêm 2 đảng viên vi phạm về đất đai. Phân tích 18 đảng viên bị kỷ luật trong năm cho thấy vi phạm chủ yếu ở lĩnh vực đất đai.",
    "Trong năm, các cấp kỷ luật 31 đảng viên: khiển trách 20, cảnh cáo 8, cách chức 2, khai trừ 1. Các chi bộ còn kỷ luật 4 đảng viên vi phạm chính sách dân số. Phân tích 35 đảng viên bị kỷ luật trong năm, vi phạm chính sách dân số chiếm 11,4%.",
    # the whole said with a list that goes on
    "Chi hội có 156 hội viên. Tất cả 165 hội viên và người thân tham gia ngày hội đại đoàn kết đều được tặng quà.",
]


@pytest.mark.parametrize("text,figures", PLANTED)
def test_restatement_slip_found(text: str, figures: list[float]) -> None:
    checks = checks_of(text, "repeat")
    assert told(checks, "repeat", "inconsistent", figures), [
        (c.verdict, c.figures, c.why) for c in checks
    ]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_restatement_silent(text: str) -> None:
    assert alarms(text) == []
