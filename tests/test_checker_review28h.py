"""White-box review 28h of the share readings of the named whole (twenty-eighth session):
``_done_whole`` (the whole named by its noun and a verb done to it), ``_unit_named_whole`` (a
whole of another noun named in the unit words of one count) and the verb-named whole named before
the part, with the sum of the counts saying the verb taken as their whole; our own passages.

Guards (each a general principle, in share.py beside the rule it narrows):
- a count planned, assigned or proposed ("chỉ tiêu", "giao", "đề nghị kết nạp") says no verb done;
- a verb said only as a purpose ("giới thiệu … cho Đảng xem xét kết nạp") is not said of the count;
- two bodies' members ("đảng viên", "hội viên") are no people nouns of each other;
- the sum of the other counts saying the verb is their whole only when said after them as a sum
  ("Như vậy", "tổng cộng", "các cấp"), not three bodies side by side one of them by chance the sum;
- a period on each side (six months, the year, the term, a running total) keeps the verb's whole
  apart ("cả năm" meets any year);
- a part's sentence naming only levels of government below every one the whole's sentence names
  ("Toàn tỉnh có … hộ nông dân. Hội Nông dân huyện có …") is of one unit of that whole;
- a part's sentence scoped to a counted subset ("Tại 46 doanh nghiệp …"), or a whole's level followed
  by a later change of it ("…, năm 2024 tăng thêm 1.420 người"), leaves the named whole open.

Planted: 21 passages, 16 told (14 before the guards: with a plan or a purpose no longer a count
saying the verb, the one count left is told). Not told (5): "Huyện có 27.340 hộ, 19.860 hộ nông dân. … 14.720 hội viên, bằng 78,1% số
hộ nông dân"; "Đầu năm, … 2.184 hộ đăng ký …. Cuối năm, 1.962 hộ được công nhận, đạt 92,8% số hộ đã
đăng ký" (another moment); "Phường có 5.260 hộ gia đình. … 3.940 hội viên, bằng 71,3% số hộ gia
đình"; "Huyện có 12.480 người cao tuổi. … 10.960 hội viên, bằng 90,8% số người cao tuổi"; "Chi bộ
giới thiệu 18 quần chúng ưu tú; 14 người đã được kết nạp, trong đó 6 người là nữ, chiếm 33,3% số
người được kết nạp".
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

# (text, figures of the share told inconsistent: part, whole, percent)
PLANTED = [
    (
        "Năm 2024, Hội Nông dân xã kết nạp 84 hội viên mới; trong đó 31 hội viên là thanh "
        "niên, chiếm 39,2% số hội viên được kết nạp.",
        [31, 84, 39.2],
    ),
    (
        "Các chi đoàn giới thiệu 74 đoàn viên ưu tú cho Đảng, trong đó 52 đoàn viên đã được "
        "kết nạp. Có 19 đoàn viên là nữ, chiếm 33,5% số đoàn viên được kết nạp.",
        [19, 52, 33.5],
    ),
    (
        "Năm 2024, toàn Đảng bộ thi hành kỷ luật 46 đảng viên; trong đó 13 đồng chí là cấp ủy "
        "viên, chiếm 31,7% số đảng viên bị kỷ luật.",
        [13, 46, 31.7],
    ),
    (
        "Trang thông tin điện tử xã đăng tải 428 tin, bài. Chuyên mục an ninh trật tự có 96 "
        "tin, bài, chiếm 24,6% tổng số tin, bài đã đăng.",
        [96, 428, 24.6],
    ),
    (
        "Cấp ủy các cấp giám sát 184 đảng viên. Qua giám sát, 21 đảng viên có khuyết điểm, "
        "chiếm 12,6% số đảng viên được giám sát.",
        [21, 184, 12.6],
    ),
    (
        "Xã có 3.120 hộ, trong đó 2.460 hộ nông dân. Hội Nông dân xã có 1.980 hội viên, bằng "
        "84,6% số hộ nông dân.",
        [1980, 2460, 84.6],
    ),
    (
        "Cấp ủy kiểm tra 12 tổ chức đảng và 36 đảng viên; Ủy ban Kiểm tra kiểm tra 4 tổ chức "
        "và 18 đảng viên. Như vậy, các cấp đã kiểm tra 16 tổ chức, 54 đảng viên. Trong số "
        "đảng viên được kiểm tra có 13 đồng chí có khuyết điểm, chiếm 27,8%.",
        [13, 54, 27.8],
    ),
    (
        "Năm 2024, Ủy ban Kiểm tra Huyện ủy kiểm tra 28 đảng viên khi có dấu hiệu vi phạm. "
        "Trong số đảng viên được kiểm tra có 11 đồng chí phải thi hành kỷ luật, chiếm 42,3%.",
        [11, 28, 42.3],
    ),
    (
        "Hội Liên hiệp Phụ nữ huyện khen thưởng 148 hội viên tiêu biểu; có 64 chị là người "
        "dân tộc thiểu số, chiếm 46,2% số hội viên được khen thưởng.",
        [64, 148, 46.2],
    ),
    (
        "Năm 2024, huyện đào tạo nghề cho 1.860 lao động nông thôn. Sau đào tạo, 1.420 lao "
        "động có việc làm, chiếm 79,4% số lao động được đào tạo.",
        [1420, 1860, 79.4],
    ),
    (
        "Năm 2024, có 146 hộ được hỗ trợ xây, sửa nhà ở. Trong đó 58 hộ là hộ dân tộc thiểu "
        "số, chiếm 43,6% số hộ được hỗ trợ.",
        [58, 146, 43.6],
    ),
    (
        "Huyện giao chỉ tiêu kết nạp 180 đảng viên; kết quả kết nạp được 196 đảng viên. Trong "
        "đó 88 đồng chí là đoàn viên, chiếm 47,9% số đảng viên được kết nạp.",
        [88, 196, 47.9],
    ),
    (
        "Năm 2024, Hội Phụ nữ xã kết nạp 84 hội viên mới. Cả năm, có 31 hội viên mới dưới 30 "
        "tuổi, chiếm 39,2% số hội viên được kết nạp.",
        [31, 84, 39.2],
    ),
    (
        "Các chi đoàn giới thiệu 96 đoàn viên ưu tú cho Đảng xem xét kết nạp; 64 đoàn viên đã "
        "được kết nạp. Có 22 đồng chí là nữ, chiếm 38,6% số đoàn viên được kết nạp.",
        [22, 64, 38.6],
    ),
    (
        "Trong nhiệm kỳ, Ủy ban Kiểm tra kiểm tra 62 đảng viên khi có dấu hiệu vi phạm; trong "
        "số đảng viên được kiểm tra có 27 đồng chí phải thi hành kỷ luật, chiếm 46,8%.",
        [27, 62, 46.8],
    ),
    (
        "Năm 2024, Ủy ban Kiểm tra Huyện ủy kiểm tra 24 đảng viên khi có dấu hiệu vi phạm. Qua "
        "kiểm tra ở các xã, có 12 đảng viên được kết luận có vi phạm, chiếm 41,7% số đảng viên "
        "được kiểm tra.",
        [12, 24, 41.7],
    ),
]


@pytest.mark.parametrize(("text", "figures"), PLANTED)
def test_named_whole_slip_is_told(text: str, figures: list[float]) -> None:
    assert told(checks_of(text), "share", "inconsistent", figures), checks_of(text)


# clean passages, a handful per guard
CLEAN = [
    # plan
    "Chỉ tiêu năm 2024, Hội Nông dân huyện kết nạp 600 hội viên mới. Cả năm vượt chỉ "
    "tiêu, trong đó 212 hội viên mới là thanh niên, chiếm 32,5% số hội viên được kết nạp.",
    "Năm 2024, Huyện ủy giao kết nạp 120 đảng viên. Trong số đảng viên được kết nạp có 46 "
    "đồng chí là đoàn viên thanh niên, chiếm 36,8%.",
    "Các chi bộ đề nghị kết nạp 64 quần chúng. Đến cuối năm, 21 người là nữ, chiếm 40,4% "
    "số quần chúng được kết nạp.",
    "Năm 2024, Huyện ủy giao chỉ tiêu kết nạp 210 đảng viên. Đến ngày 15/12, có 63 quần "
    "chúng là đoàn viên đã được kết nạp, chiếm 33,2% số đảng viên được kết nạp.",
    # purpose
    "Đoàn xã giới thiệu 58 đoàn viên ưu tú cho Đảng xem xét kết nạp. Trong năm, 14 đồng "
    "chí là nữ, chiếm 37,8% số đoàn viên được kết nạp.",
    # members
    "Đảng ủy kết nạp 38 đảng viên mới, trong đó có nhiều hội viên Hội Nông dân. Có 12 hội "
    "viên là nữ, chiếm 41,4% số hội viên được kết nạp.",
    # sum
    "Chi bộ kiểm tra 18 đảng viên, đảng ủy cơ sở kiểm tra 12 đảng viên, Ủy ban Kiểm tra "
    "Huyện ủy kiểm tra 30 đảng viên. Trong số đảng viên được kiểm tra có 21 đồng chí có "
    "khuyết điểm, chiếm 35%.",
    "Các chi bộ kiểm tra 24 đảng viên; đảng ủy kiểm tra 16 đảng viên; Ủy ban Kiểm tra "
    "kiểm tra 8 đảng viên. Trong số đảng viên được kiểm tra có 12 đồng chí có khuyết "
    "điểm, chiếm 25%.",
    "Chi bộ kiểm tra 10 đảng viên, đảng ủy kiểm tra 15 đảng viên, Ủy ban Kiểm tra kiểm "
    "tra 25 đảng viên khi có dấu hiệu vi phạm. Trong số đảng viên được kiểm tra có 20 "
    "đồng chí có khuyết điểm, chiếm 40%.",
    # period
    "Sáu tháng đầu năm, Hội Nông dân xã kết nạp 42 hội viên mới. Cả năm, có 31 hội viên "
    "mới là thanh niên, chiếm 36,5% số hội viên được kết nạp.",
    "Trong nhiệm kỳ, Ủy ban Kiểm tra kiểm tra 62 đảng viên khi có dấu hiệu vi phạm. Riêng "
    "năm 2024, trong số đảng viên được kiểm tra có 5 đồng chí phải thi hành kỷ luật, "
    "chiếm 38,5%.",
    "Năm 2024, các cơ sở Đoàn tổ chức 46 lớp, bồi dưỡng cho 2.140 đoàn viên. Cả nhiệm kỳ, "
    "có 960 đoàn viên là cán bộ chi đoàn, chiếm 11,5% số đoàn viên được bồi dưỡng.",
    # level
    "Toàn tỉnh có 184.600 hộ nông dân. Hội Nông dân huyện có 9.870 hội viên, bằng 76,4% số hộ "
    "nông dân.",
    "Cả nước có 9,2 triệu hộ nông dân. Hội Nông dân tỉnh có 186.400 hội viên, bằng 78,6% số hộ "
    "nông dân.",
    "Năm 2024, Ủy ban Kiểm tra Tỉnh ủy kiểm tra 24 đảng viên khi có dấu hiệu vi phạm. Ủy ban "
    "Kiểm tra Huyện ủy có 5 đảng viên được kết luận có vi phạm, chiếm 41,7% số đảng viên được "
    "kiểm tra.",
    # scope
    "Trên địa bàn có 214 doanh nghiệp với 12.400 người lao động. Tại 46 doanh nghiệp có "
    "công đoàn cơ sở, công đoàn có 8.420 đoàn viên, bằng 91,2% số người lao động.",
    "Huyện có 64.200 người trong độ tuổi lao động, năm 2024 tăng thêm 1.420 người. Có "
    "41.640 người có việc làm qua đào tạo, bằng 63,5% số người trong độ tuổi lao động.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_no_alarm(text: str) -> None:
    assert alarms(text) == []


def test_the_sum_said_as_such_is_still_the_whole() -> None:
    text = (
        "Chi bộ kiểm tra 18 đảng viên, đảng ủy cơ sở kiểm tra 12 đảng viên. Như vậy, các cấp đã "
        "kiểm tra 30 đảng viên. Trong số đảng viên được kiểm tra có 21 đồng chí có khuyết điểm, "
        "chiếm 35%."
    )
    assert told(checks_of(text), "share", "inconsistent", [21, 30, 35])


def test_the_whole_year_meets_its_year() -> None:
    text = (
        "Năm 2024, Hội Phụ nữ xã kết nạp 84 hội viên mới. Cả năm, có 31 hội viên mới dưới 30 "
        "tuổi, chiếm 36,9% số hội viên được kết nạp."
    )
    assert told(checks_of(text), "share", "consistent", [31, 84, 36.9])
