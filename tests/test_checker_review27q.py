"""Restatements of one figure with another value (twenty-seventh session, white-box review 27q
of that day's restatement readings, l27p), our own passages. Three guards and one reading:

- a count of people named by its subject ("Đội ngũ báo cáo viên cấp tỉnh hiện có 124 đồng chí")
  qualifies its members with every word between the noun and the verb, and with a possessive
  naming a body beyond the plain level ("của Đảng bộ Công an tỉnh"): the other count's sentence
  must name them all, not the first word only (``repeat._qualifier_words``);
- a later sentence that opens on a place of its own ("Tại huyện Mường Lát, …") counts there;
- an aside between commas right after the later count's noun (", kể cả …,") says what it
  counts, as a bracket did (unverifiable);
- a part of another breakdown of a referred-back total is no addition to it ("… 19 đảng viên:
  …, cách chức 2, …. Theo thẩm quyền, chi bộ 7, …" … "Phân tích 21 …" is no 19 + 2).

PLANTED: one restatement slip each (our own wording), the found ones asserted inconsistent.
CLEAN: passages of each guard told silent (the whole review is tests/battery/
battery_zzzz_r27q.jsonl, 173 clean passages, no alarm; one more, of an older reading, is in
tests/known_alarms/review27q.jsonl).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

PLANTED = [
    (
        "Đội ngũ tuyên truyền viên của xã hiện có 146 người. Hằng quý, Ban Tuyên giáo Đảng ủy cung cấp tài liệu sinh hoạt. Đội ngũ 164 tuyên truyền viên của xã bám sát thôn, xóm.",
        [146, 164],
    ),
    (
        "Số đảng viên của Đảng bộ xã hiện có 347 đồng chí, sinh hoạt ở 16 chi bộ. Năm 2024, Đảng ủy tập trung nâng chất lượng sinh hoạt chi bộ. Đảng bộ xã có 374 đảng viên, tỷ lệ đảng viên nữ chiếm 31%.",
        [347, 374],
    ),
    (
        "Toàn huyện có 218 chi bộ trực thuộc. Năm 2024, Huyện ủy chỉ đạo đổi mới sinh hoạt chi bộ; toàn bộ 281 chi bộ trực thuộc đều xây dựng kế hoạch sinh hoạt chuyên đề.",
        [218, 281],
    ),
    (
        "Hội Nông dân tỉnh có 1.534 chi hội nông dân nghề nghiệp. Đến nay, cả 1.543 chi hội nông dân nghề nghiệp đã đổi mới phương thức hoạt động.",
        [1534, 1543],
    ),
    (
        "Năm 2024, các cấp kỷ luật 19 đảng viên: khiển trách 12, cảnh cáo 4, cách chức 2, khai trừ 1. Theo thẩm quyền, chi bộ kỷ luật 7, ủy ban kiểm tra các cấp 9, Ban Thường vụ 3. Phân tích 21 đảng viên bị kỷ luật trong năm cho thấy vi phạm tập trung ở lĩnh vực đất đai.",
        [19, 21],
    ),
    (
        "Năm 2024, các cấp thi hành kỷ luật 23 đảng viên: khiển trách 14, cảnh cáo 6, cách chức 2, khai trừ 1. Trong 25 đảng viên bị kỷ luật trong năm, có 9 đồng chí là cấp ủy viên.",
        [23, 25],
    ),
    (
        "Đội ngũ báo cáo viên của Tỉnh ủy hiện có 138 đồng chí (cấp tỉnh 45, các sở, ngành 93). Hằng tháng, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên. Đội ngũ 183 báo cáo viên của Tỉnh ủy đã kịp thời định hướng dư luận.",
        [138, 183],
    ),
    (
        "Huyện có 1.652 hộ nghèo. Các ngành đã phối hợp hỗ trợ sinh kế. Trong tổng số 1.625 hộ nghèo, có 734 hộ là đồng bào dân tộc thiểu số.",
        [1652, 1625],
    ),
    (
        "Trong năm, cấp ủy các cấp kỷ luật 28 đảng viên: khiển trách 17, cảnh cáo 7, cách chức 3, khai trừ 1. Trong 26 đảng viên bị kỷ luật trong năm, có 6 đồng chí vi phạm chính sách dân số.",
        [28, 26],
    ),
    (
        "Đội ngũ giáo viên mầm non của huyện hiện có 427 người. Năm học 2024-2025, ngành giáo dục tiếp tục bồi dưỡng chuyên môn. Đội ngũ 472 giáo viên mầm non cơ bản đáp ứng yêu cầu đổi mới.",
        [427, 472],
    ),
    (
        "Thị ủy có 32 tổ chức cơ sở đảng. Đội ngũ cộng tác viên dư luận xã hội của thị xã hiện có 215 người. Đội ngũ 251 cộng tác viên dư luận xã hội của thị xã hoạt động hiệu quả.",
        [215, 251],
    ),
]

# missed (10 of 21), kept for the next reader (p06 and p07 told unverifiable, the rest no row):
#   p02 [3258, 3285]: "Toàn Hội có 3.285 hội viên" after a stock named by its subject
#   p06 [247, 274]: a speaker introduced in the text's first sentence; the report's body is
#       looked for before the introduction, where nothing stands (change 3 of l27p: unverifiable)
#   p07 [12356, 12536]: the same, a Hội chairwoman introduced in the first sentence
#   p11 [428, 482]: "Số đoàn viên … là 428 người" / "Hiện nay, Đoàn xã có 482 đoàn viên"
#   p13 [128, 182]: "Năm 2024, tất cả 182 hội viên" after an undated "có 128 hội viên"
#   p14 [1245, 1254]: "Với 1.254 đảng viên" after "24 chi bộ với 1.245 đảng viên"
#   p15 [136, 163]: "Chúng tôi có 163 đảng viên" by a speaker introduced in the first sentence
#   p16 [12.68, 12.86]: two sums of the Quỹ Hỗ trợ nông dân's capital
#   p19 [1867, 1876]: "Tổng số hội viên của Hội là 1.876 người" after "Số hội viên Hội Nông dân
#       xã là 1.867 người" (the qualifier "nông dân" unsaid: silence by design)
#   p20 [312, 321]: "Năm 2024, toàn bộ 321 thôn, tổ dân phố" after an undated profile

CLEAN = [
    # every word of the subject's qualifier, and a possessive naming a body, must be said again
    "Đội ngũ báo cáo viên cấp tỉnh hiện có 124 đồng chí. Đội ngũ 142 báo cáo viên cấp huyện được kiện toàn sau đại hội, bình quân mỗi huyện 14 đồng chí.",
    "Số giáo viên các trường trung học cơ sở là 1.375 người. Số giáo viên các trường tiểu học là 1.357 người, đạt tỷ lệ 1,5 giáo viên/lớp.",
    "Số đảng viên của Đảng bộ Công an tỉnh là 3.127 đồng chí. Số đảng viên của Đảng bộ Quân sự tỉnh là 3.172 đồng chí, sinh hoạt ở 46 chi bộ.",
    "Đội ngũ báo cáo viên của Ban Tuyên giáo Tỉnh ủy có 219 đồng chí. Đội ngũ 291 báo cáo viên của Mặt trận và các đoàn thể tỉnh được cung cấp thông tin định kỳ.",
    # a later sentence opening on a place of its own
    "Đội ngũ báo cáo viên cơ sở của xã hiện có 126 người. Tại huyện Mường Lát, đội ngũ 162 báo cáo viên cơ sở đã phủ kín các bản.",
    # an aside after the later count's noun says what it counts
    "Toàn xã có 158 hội viên Hội Cựu chiến binh. Tất cả 185 hội viên, kể cả hội viên Hội Cựu thanh niên xung phong, đều đăng ký xây dựng gia đình văn hóa.",
    # additions to a referred-back total, one of them the size of a part of another breakdown
    "Năm 2024, các cấp kỷ luật 16 đảng viên: khiển trách 10, cảnh cáo 6. Theo thẩm quyền, chi bộ kỷ luật 9, ủy ban kiểm tra kỷ luật 5, Ban Thường vụ kỷ luật 2. Ngoài số trên, Ban Thường vụ Tỉnh ủy kỷ luật thêm 2 đảng viên là cán bộ của huyện. Trong 18 đảng viên bị kỷ luật trong năm, có 6 đồng chí là cấp ủy viên.",
    "Năm 2024, các cấp kỷ luật 21 đảng viên: khiển trách 13, cảnh cáo 5, cách chức 2, khai trừ 1. Sau thời điểm báo cáo 6 tháng, Ủy ban Kiểm tra Huyện ủy kỷ luật tiếp 2 đảng viên bằng hình thức cảnh cáo. Trong 23 đảng viên bị kỷ luật trong năm, có 7 đồng chí là cấp ủy viên.",
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
