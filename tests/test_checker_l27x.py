"""A full fraction "N/N <units>" against the profile's count of those units (twenty-seventh
session, review 27x), our own passages.

``repeat._full_fraction_profile``: the profile states a body's units ("Xã … có 9 thôn", "toàn
Hội có 14 cơ sở Hội, 87 chi hội"); a later full fraction of the very noun ("8/8 thôn có nhà văn
hóa", "100% (78/78) chi hội xếp loại khá") counts all of them, so its whole must be that count.
Told inconsistent only when the profile count is the one count of the noun before it, said as
a stock; no other count of the noun could be the whole or makes up the gap; the values look
like a slip (one apart, a tenth apart, two digits swapped); what they all did follows the noun
at once; and no subset, program, exception, moment, place, body, table or merger intervenes.
Its fraction-side guards (``_ff_some``, ``_ff_pair_apart``) also guard the older profile
reading (``_profile_restated``) and, for fractions, ``_all_of_stock``, which had alarmed on 20
of the 96 clean passages of this review (one unit named apart, a kind after the profile's noun,
a moment, a table row, "4 thôn" / "3/3 thôn").

PLANTED: one slip each (our own wording), 20 of 23 found in the final output and asserted
inconsistent. Missed, 3 of 23, not asserted: "Huyện có 18 xã. Chương trình chuyển đổi số …;
17/17 xã …" and "Phường có 21 khu phố. … 12/12 khu phố …" (told, then made unverifiable by the
module's explanations of scope, silence kept); "Hội Nông dân xã có 10 chi hội. … 9/9 chi hội đã
thành lập tổ hợp tác" ("thành lập" in a sentence of the noun may found a unit: silence).

DEV: the two development misses (9 thôn / 8/8 thôn, devset15; 87 chi hội / 78/78 chi hội,
devset23) in passages of our own wording, the fraction far from the profile (DEV_CAUGHT).

CLEAN: passages of each guard told silent (the whole review is tests/battery/
battery_zzzz_l27x.jsonl, 96 clean passages, no alarm).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

PLANTED = [
    (
        "Xã có 9 thôn, 2.610 hộ với 9.874 nhân khẩu. Công tác xây dựng đời sống văn hóa được quan tâm. 8/8 thôn có nhà văn hóa đạt chuẩn theo quy định.",
        [9, 8],
    ),
    (
        "Hội Liên hiệp Phụ nữ huyện có 14 cơ sở Hội, 87 chi hội. Phong trào thi đua được duy trì; 100% (78/78) chi hội xếp loại khá trở lên.",
        [87, 78],
    ),
    (
        "Đảng bộ xã có 19 chi bộ trực thuộc. Công tác kiểm tra, giám sát được tăng cường. 18/18 chi bộ đã xây dựng chương trình kiểm tra năm.",
        [19, 18],
    ),
    (
        "Thị trấn có 12 tổ dân phố. Phong trào toàn dân bảo vệ an ninh Tổ quốc phát triển sâu rộng. 11/11 tổ dân phố đã ra mắt tổ an ninh cơ sở.",
        [12, 11],
    ),
    (
        "Xã có 11 thôn. Mạng lưới y tế cơ sở được củng cố; 10/10 thôn có nhân viên y tế thôn.",
        [11, 10],
    ),
    (
        "Đoàn Thanh niên xã có 16 chi đoàn. Công tác đoàn vụ được chấn chỉnh. 100% (15/15) chi đoàn tổ chức sinh hoạt định kỳ hằng tháng.",
        [16, 15],
    ),
    (
        "Hội Cựu chiến binh xã có 13 chi hội với 482 hội viên. 12/12 chi hội đều duy trì sinh hoạt đúng điều lệ.",
        [13, 12],
    ),
    (
        "Xã Quế Lộc nằm ở phía tây huyện, diện tích tự nhiên 2.310 ha, có 10 thôn, 2.975 hộ với 11.204 nhân khẩu. Năm 2024, thu ngân sách trên địa bàn đạt 4,8 tỷ đồng. Sản lượng lương thực đạt 9.450 tấn. Tỷ lệ hộ nghèo giảm còn 2,1%. Công tác quốc phòng được bảo đảm. - Y tế: 9/9 thôn có nhân viên y tế thôn hoạt động thường xuyên.",
        [10, 9],
    ),
    (
        "Toàn Hội có 11 cơ sở Hội, 96 chi hội với 18.420 hội viên. Hội tổ chức 842 buổi tuyên truyền. Công tác hỗ trợ hội viên vay vốn được duy trì với dư nợ 312 tỷ đồng. Tổ chức 36 lớp tập huấn khoa học kỹ thuật. 69/69 chi hội duy trì sinh hoạt định kỳ hằng tháng.",
        [96, 69],
    ),
    (
        "Phường có 14 khu phố, 6.230 hộ. Kinh tế tăng trưởng khá, thu ngân sách đạt 118% dự toán. Công tác chỉnh trang đô thị được quan tâm. Các khu phố tích cực hưởng ứng phong trào. 13/13 khu phố có tổ tự quản vệ sinh môi trường.",
        [14, 13],
    ),
    (
        "Đảng bộ xã có 17 chi bộ với 398 đảng viên. Năm qua kết nạp 12 đảng viên. Công tác phát triển đảng viên đạt chỉ tiêu. Đảng ủy ban hành 14 nghị quyết chuyên đề. 100% (16/16) chi bộ ban hành nghị quyết chuyên đề về kinh tế.",
        [17, 16],
    ),
    (
        "Đảng bộ thị trấn có 24 chi bộ. Chất lượng sinh hoạt chi bộ được nâng lên; 42/42 chi bộ duy trì sinh hoạt chuyên đề hằng quý.",
        [24, 42],
    ),
    ("Xã có 8 thôn. Lực lượng dân quân được củng cố; 9/9 thôn có tổ dân quân tại chỗ.", [8, 9]),
    (
        "Huyện có 15 xã, thị trấn. Công tác cải cách hành chính đạt kết quả tích cực; 14/14 xã, thị trấn đã vận hành bộ phận một cửa hiện đại.",
        [15, 14],
    ),
    (
        "Xã hiện có 13 thôn. Phong trào xây dựng nông thôn mới được nhân dân hưởng ứng. 100% (12/12) thôn đạt chuẩn khu dân cư văn hóa.",
        [13, 12],
    ),
    (
        "Trường có 32 lớp với 1.104 học sinh. Phong trào thi đua dạy tốt, học tốt được duy trì; 23/23 lớp đạt danh hiệu lớp tiên tiến.",
        [32, 23],
    ),
    (
        "Xã có 7 thôn. Công tác hòa giải ở cơ sở được chú trọng. 6/6 thôn có tổ hòa giải hoạt động hiệu quả.",
        [7, 6],
    ),
    (
        "Đảng bộ xã có 16 chi bộ. Kết quả đánh giá, xếp loại: 15/15 chi bộ hoàn thành tốt nhiệm vụ.",
        [16, 15],
    ),
    (
        "Hội Phụ nữ xã có 12 chi hội. 11/11 chi hội đã thực hiện tốt cuộc vận động xây dựng gia đình 5 không 3 sạch.",
        [12, 11],
    ),
    (
        "Xã có 10 thôn, 2.418 hộ. Hạ tầng giao thông nông thôn được đầu tư; 9/9 thôn đã cứng hóa đường trục thôn.",
        [10, 9],
    ),
]

DEV_CAUGHT = [
    (
        "Xã Điện Hòa nằm ở phía bắc huyện, diện tích tự nhiên 1.540 ha, có 9 thôn, 3.112 hộ với "
        "11.870 nhân khẩu. Năm 2024, xã đạt 18/19 tiêu chí nâng cao. Thu ngân sách đạt 6,1 tỷ "
        "đồng. Tỷ lệ hộ nghèo còn 1,3%.\n\n- Văn hóa: 8/8 thôn có nhà sinh hoạt cộng đồng đạt "
        "chuẩn; thôn Bích Bắc đạt khu dân cư kiểu mẫu.",
        [9, 8],
    ),
    (
        "Huyện có 12 xã, thị trấn; toàn Hội có 12 cơ sở Hội, 91 chi hội với 19.650 hội viên. Hội "
        "tổ chức 1.020 buổi tuyên truyền, thu hút 47.300 lượt hội viên tham gia. Dư nợ ủy thác "
        "đạt 214 tỷ đồng.\n\n- Công tác tổ chức: 100% (19/19) chi hội sinh hoạt định kỳ hằng "
        "tháng.",
        [91, 19],
    ),
]

# what each guard leaves silent, the profile far from the fraction
_FAR = (
    "Thu ngân sách đạt 5,4 tỷ đồng. Tỷ lệ hộ nghèo còn 1,8%. Công tác quốc phòng được bảo đảm. "
    "Tỷ lệ tham gia bảo hiểm y tế đạt 93,2%. "
)
CLEAN = [
    # a kind between the noun and what they did; a kind after the profile's noun
    "Xã có 9 thôn, 2.410 hộ. " + _FAR + "8/8 thôn thuộc diện khó khăn đã có đường bê tông.",
    "Xã có 9 thôn đặc biệt khó khăn. " + _FAR + "8/8 thôn đã có điện lưới quốc gia.",
    "Xã có 9 thôn, 2.410 hộ. " + _FAR + "8/8 thôn có chi bộ đã tổ chức sinh hoạt chuyên đề.",
    # those reviewed, chosen or in a program
    "Xã có 9 thôn, 2.410 hộ. " + _FAR + "8/8 thôn được rà soát đều có nhà văn hóa.",
    "Hội có 87 chi hội. " + _FAR + "Tham gia mô hình tiết kiệm, 78/78 chi hội đã lập quỹ.",
    "Xã có 9 thôn, 2.410 hộ. " + _FAR + "8/8 thôn đã tham gia thí điểm phân loại rác.",
    # one named apart
    "Xã có 9 thôn, 2.410 hộ. " + _FAR + "8/8 thôn đã tổ chức ngày hội; riêng thôn 4 chưa tổ chức.",
    "Xã có 9 thôn, 2.410 hộ. " + _FAR + "8/8 thôn đã bê tông hóa ngõ xóm. Còn thôn 2 đang làm.",
    "Xã có 10 thôn, 2.410 hộ. " + _FAR + "9/9 thôn đã có tủ sách, còn 1 thôn đang xây dựng.",
    # another moment, year or plan
    "Xã có 9 thôn, 2.410 hộ. " + _FAR + "Năm 2021, 8/8 thôn đã xây dựng hương ước.",
    "Xã có 9 thôn, 2.410 hộ. " + _FAR + "Sau đợt mưa lũ, 8/8 thôn đã khắc phục xong.",
    "Hội có 87 chi hội. " + _FAR + "Phấn đấu 78/78 chi hội xếp loại khá.",
    # another place, body or level
    "Xã có 9 thôn, 2.410 hộ. " + _FAR + "Tại xã Hòa Phú, 8/8 thôn đều có nhà văn hóa.",
    "Xã có 9 thôn, 2.410 hộ. " + _FAR + "Các xã bạn có 8/8 thôn đã có camera an ninh.",
    # another count that may be the whole, or makes up the gap
    "Xã có 9 thôn, trong đó 8 thôn vùng bãi ngang. " + _FAR + "8/8 thôn có đường nhựa.",
    "Xã có 9 thôn, 1 khu dân cư mới. " + _FAR + "10/10 thôn đều hoàn thành chỉ tiêu.",
    "Xã có 9 thôn, 2.410 hộ. " + _FAR + "5/8 thôn đã có đèn đường; 8/8 thôn có loa truyền thanh.",
    # a merger, a split, a unit founded
    "Xã có 12 thôn. Năm 2020 xã sáp nhập thôn. " + _FAR + "9/9 thôn có nhà văn hóa.",
    "Xã có 9 thôn. Xã thành lập mới thôn Tân Thành. " + _FAR + "10/10 thôn đã có chi bộ.",
    # too far apart, or too few units
    "Xã có 9 thôn, 2.410 hộ. " + _FAR + "6/6 thôn đã được công nhận thôn kiểu mẫu.",
    "Xã có 4 thôn, 910 hộ. " + _FAR + "3/3 thôn đã có chi hội phụ nữ.",
    # a table row
    "Xã có 9 thôn. " + _FAR + "Bảng tổng hợp:\nThôn | Kết quả\nToàn xã | 8/8 thôn đạt\n",
    # not said as what the body has
    "Xã đã kiểm tra 9 thôn. " + _FAR + "8/8 thôn đạt yêu cầu về vệ sinh.",
]


@pytest.mark.parametrize(("text", "figures"), PLANTED + DEV_CAUGHT)
def test_full_fraction_slip_found(text: str, figures: list[float]) -> None:
    checks = checks_of(text, "repeat")
    assert told(checks, "repeat", "inconsistent", figures), [
        (c.verdict, c.figures, c.why) for c in checks
    ]


@pytest.mark.parametrize(("text", "figures"), DEV_CAUGHT)
def test_full_fraction_explained(text: str, figures: list[float]) -> None:
    (c,) = told(checks_of(text, "repeat"), "repeat", "inconsistent", figures)
    a, b = figures
    assert c.why.startswith(f"{a} ") and f"{b}/{b} " in c.why and "counts all of them" in c.why
    assert c.why_vi.startswith(f"đã nêu {a} ") and "\n" not in c.why + c.why_vi


@pytest.mark.parametrize("text", CLEAN)
def test_clean_full_fractions_silent(text: str) -> None:
    assert alarms(text) == []
