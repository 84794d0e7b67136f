"""Planted slips of white-box review 25r (twenty-fifth session), our own sentences: the day's
GRIM and target readings and the guards the review led to. The checker finds 31 of 32; the 1 it
misses are listed at the end (not asserted)."""

from __future__ import annotations

import pytest
from checkhelp import checks_of

FOUND = [
    (
        "Đại hội bầu 33 ủy viên Ban Chấp hành khóa mới. Số ủy viên dưới 40 tuổi chiếm 16,7%.",
        "granularity",
    ),  # l25r-p01
    (
        "Đại hội đã bầu ra 27 ủy viên Ban Chấp hành. Số ủy viên nữ chiếm tỷ lệ 20,4%.",
        "granularity",
    ),  # l25r-p02
    (
        "Ban Chấp hành Hội Phụ nữ xã được kiện toàn gồm 15 đồng chí. Tỷ lệ cán bộ trẻ dưới 35 tuổi đạt tỷ lệ 35,5%.",
        "granularity",
    ),  # l25r-p03
    (
        "Hội đồng nhân dân xã khóa XXI có 25 đại biểu. Đại biểu nữ chiếm tỷ lệ 30%, đại biểu dưới 40 tuổi chiếm 20%.",
        "granularity",
    ),  # l25r-p04
    (
        "Lớp đào tạo trung cấp lý luận chính trị có 56 học viên. Kết quả: 80,5% học viên đạt loại khá, giỏi.",
        "granularity",
    ),  # l25r-p05
    (
        "Đại hội bầu 31 ủy viên Ban Chấp hành. Số ủy viên dưới 40 tuổi chiếm 20,5%.",
        "granularity",
    ),  # l25r-p06
    (
        "Ban Chấp hành Đảng bộ có 37 ủy viên. Số ủy viên từ 50 tuổi trở lên chiếm 45,5%.",
        "granularity",
    ),  # l25r-p07
    ("Xã có 13 thôn, đã có 70% thôn có nhà văn hóa đạt chuẩn.", "granularity"),  # l25r-p08
    (
        "Huyện có 19 xã, thị trấn; đến cuối năm có 73,5% xã, thị trấn đạt chuẩn quốc gia về y tế.",
        "granularity",
    ),  # l25r-p09
    (
        "Thị trấn có 14 tổ dân phố. Qua bình xét cuối năm, 80,5% tổ dân phố đạt danh hiệu tổ dân phố văn hóa.",
        "granularity",
    ),  # l25r-p10
    ("Phường có 22 khu phố; hiện có 61% khu phố có camera an ninh.", "granularity"),  # l25r-p11
    ("Trường có 52 giáo viên, trong đó đảng viên chiếm tỷ lệ 42,5%.", "granularity"),  # l25r-p12
    (
        "Toàn khối có 27 cơ quan, đơn vị; trong đó, 45,5% đơn vị đã triển khai phần mềm quản lý văn bản.",
        "granularity",
    ),  # l25r-p13
    (
        "Đội ngũ cán bộ chủ chốt cấp xã gồm 84 đồng chí, với 57,5% đồng chí có trình độ đại học.",
        "granularity",
    ),  # l25r-p14
    (
        "Số cán bộ, công chức xã là 22 người; trong số này, tỷ lệ có trình độ đại học trở lên là 70%.",
        "granularity",
    ),  # l25r-p15
    ("Bệnh viện có 64 bác sĩ, trong đó đảng viên chiếm 41,5%.", "granularity"),  # l25r-p16
    (
        "Hội Cựu chiến binh xã có 68 hội viên; trong số ấy, tỷ lệ đảng viên là 55,5%.",
        "granularity",
    ),  # l25r-p17
    (
        "Chi bộ có 26 đảng viên, trong đó tỷ lệ người dân tộc thiểu số là 36%.",
        "granularity",
    ),  # l25r-p18
    (
        "Ban Chấp hành Đoàn xã gồm 17 đồng chí, với 41,5% đồng chí có trình độ đại học.",
        "granularity",
    ),  # l25r-p19
    (
        "Ủy ban Kiểm tra Đảng ủy khóa mới được bầu gồm 7 đồng chí. Tỷ lệ ủy viên nữ là 30%.",
        "granularity",
    ),  # l25r-p20
    (
        "Huyện có 24 xã; đã có 54,5% xã hoàn thành tiêu chí về môi trường.",
        "granularity",
    ),  # l25r-p21
    (
        "Toàn huyện có 35 hợp tác xã; trong đó, 62,5% hợp tác xã hoạt động hiệu quả.",
        "granularity",
    ),  # l25r-p22
    ("Đoàn đại biểu gồm 18 đồng chí, với 35,5% đồng chí là nữ.", "granularity"),  # l25r-p23
    (
        "Năm qua kết nạp mới 372 hội viên, chỉ tiêu giao là 350 hội viên, đạt 108,2%.",
        "target",
    ),  # l25r-p24
    (
        "Hỗ trợ xây mới, sửa chữa nhà ở cho 146 hộ nghèo (kế hoạch 140 hộ), đạt 102,5%.",
        "target",
    ),  # l25r-p25
    (
        "Số lao động được tạo việc làm mới là 2.860 người/kế hoạch 2.750 người, đạt 105,2%.",
        "target",
    ),  # l25r-p26
    (
        "Giải ngân vốn đầu tư công 286,4 tỷ đồng, kế hoạch vốn giao là 312 tỷ đồng, đạt 93,8%.",
        "target",
    ),  # l25r-p27
    (
        "Thu ngân sách xã 8,46 tỷ đồng (dự toán huyện giao 7,5 tỷ đồng), bằng 110,8%.",
        "target",
    ),  # l25r-p28
    (
        "Kết nạp 1.245 đoàn viên mới, trong khi chỉ tiêu giao là 1.200 đoàn viên; tỷ lệ đạt 102,5%.",
        "target",
    ),  # l25r-p29
    ("Trồng mới 86 ha rừng tập trung (kế hoạch 80 ha), đạt 105,5%.", "target"),  # l25r-p30
    (
        "Cấp 1.128 thẻ bảo hiểm y tế cho người cận nghèo, chỉ tiêu là 1.200 thẻ, đạt 96%.",
        "target",
    ),  # l25r-p31
]

MISSED = [  # not read yet ("vườn tạp/kế hoạch 50 vườn": the plan shortens a two-word noun)
    ("Cải tạo 54 vườn tạp/kế hoạch 50 vườn, đạt 110%.", "target"),  # l25r-p32
]


@pytest.mark.parametrize("text,kind", FOUND)
def test_review25r_planted_found(text: str, kind: str) -> None:
    got = [(c.kind, c.verdict) for c in checks_of(text)]
    assert (kind, "inconsistent") in got, got
