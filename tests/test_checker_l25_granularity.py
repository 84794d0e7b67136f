"""GRIM read in more wordings (twenty-fifth session), our own sentences.

- a body elected ("Đại hội bầu 45 ủy viên") and the next sentence's rate of its members, with an
  age inside the label ("Số ủy viên dưới 40 tuổi chiếm …") or "chiếm tỷ lệ" as the link;
- a lead and a colon, then a bare percent and the body's own noun ("Kết quả: 82,5% học viên đạt");
- a territory's units right after the percent with no "số" ("Xã có 11 thôn, đã có 72,5% thôn có");
- Party membership as an attribute of people counted by another noun ("48 giáo viên, trong đó
  đảng viên chiếm …"), and a list opened by "trong số này".

Each row: (text, expected granularity verdict or None for no inconsistent verdict of any kind,
figures as stated: base, percent).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

CASES = [
    # elected bodies, ages inside the label (6/45 = 13,33%, 7/45 = 15,56%)
    (
        "Đại hội bầu 45 ủy viên Ban Chấp hành. Số ủy viên dưới 40 tuổi chiếm 14,6%.",
        "inconsistent",
        [45, 14.6],
    ),
    (
        "Đại hội bầu 45 ủy viên Ban Chấp hành. Số ủy viên dưới 40 tuổi chiếm 15,6%.",
        "consistent",
        [45, 15.6],
    ),
    (
        "Ban Chấp hành có 45 ủy viên. Số ủy viên dưới 40 tuổi chiếm 14,6%.",
        "inconsistent",
        [45, 14.6],
    ),
    (
        "Hội đồng nhân dân huyện khóa XX có 35 đại biểu. Đại biểu nữ chiếm tỷ lệ 31,5%, đại biểu "
        "trẻ chiếm 17,1%.",
        "inconsistent",
        [35, 31.5],
    ),
    (
        "Hội đồng nhân dân huyện khóa XX có 35 đại biểu. Đại biểu nữ chiếm tỷ lệ 31,4%, đại biểu "
        "trẻ chiếm 17,1%.",
        "consistent",
        [35, 17.1],
    ),
    # members named by another noun, or a wider body: whose rate is unsaid
    ("Đại hội bầu 45 ủy viên Ban Chấp hành. Tỷ lệ đảng viên nữ là 12,3%.", None, []),
    ("Ban Chấp hành có 45 ủy viên. Tỷ lệ đảng viên dưới 30 tuổi trong Đảng bộ là 12,3%.", None, []),
    ("Ban Chấp hành có 45 ủy viên. Tỷ lệ đảng viên dưới 30 tuổi là 12,3%.", None, []),
    (
        "Đại hội bầu 45 ủy viên Ban Chấp hành và 13 ủy viên Ban Thường vụ. Số ủy viên nữ chiếm "
        "15,2%.",
        None,
        [],
    ),
    # a lead and a colon, then the bare percent and the body's own noun (52/64 = 81,25%,
    # 53/64 = 82,81%)
    (
        "Khóa học có 64 học viên tham gia. Kết quả: 82,5% học viên đạt loại khá trở lên.",
        "inconsistent",
        [64, 82.5],
    ),
    (
        "Khóa học có 64 học viên tham gia. Kết quả: 82,8% học viên đạt loại khá trở lên.",
        "consistent",
        [64, 82.8],
    ),
    ("Khóa học có 64 học viên tham gia. Kết quả: 82,5% đảng viên đạt loại khá.", None, []),
    # a territory's units after the percent, no "số" (7/11 = 63,64%, 8/11 = 72,73%)
    ("Xã có 11 thôn, đã có 72,5% thôn có nhà văn hóa đạt chuẩn.", "inconsistent", [11, 72.5]),
    ("Xã có 11 thôn, đã có 72,7% thôn có nhà văn hóa đạt chuẩn.", "consistent", [11, 72.7]),
    (
        "Huyện có 21 xã, thị trấn; đến cuối năm có 85,5% xã, thị trấn đạt tiêu chí về y tế.",
        "inconsistent",
        [21, 85.5],
    ),
    ("Xã có 11 thôn, đã có 72,5% hộ có nhà văn hóa đạt chuẩn.", None, []),
    ("Huyện có 21 xã, thị trấn; đến cuối năm có 85,5% hộ đạt tiêu chí về y tế.", None, []),
    # Party membership of people counted by another noun (27/48 = 56,25%)
    (
        "Trường có 48 giáo viên, trong đó đảng viên chiếm tỷ lệ 56,5%.",
        "inconsistent",
        [48, 56.5],
    ),
    (
        "Trường có 48 giáo viên, trong đó đảng viên chiếm tỷ lệ 56,25%.",
        "consistent",
        [48, 56.25],
    ),
    # a comma after "trong đó", "với" binding the percent to the body (9/23 = 39,13%, 42/96 =
    # 43,75%), a clause opened by its lead ("Qua bình xét cuối năm, 61,5% tổ dân phố …")
    (
        "Toàn khối có 23 cơ quan, đơn vị; trong đó, 39,5% đơn vị đã ứng dụng chữ ký số.",
        "inconsistent",
        [23, 39.5],
    ),
    ("Toàn khối có 23 cơ quan, đơn vị; trong đó, 39,5% cán bộ đã ứng dụng chữ ký số.", None, []),
    (
        "Đội ngũ bí thư chi bộ của huyện gồm 96 đồng chí, với 43,5% đồng chí có trình độ đại học.",
        "inconsistent",
        [96, 43.5],
    ),
    (
        "Đội ngũ bí thư chi bộ gồm 96 đồng chí, với 43,5% cán bộ toàn huyện có trình độ đại học.",
        None,
        [],
    ),
    (
        "Hiện nay, thị trấn có 18 tổ dân phố. Qua bình xét cuối năm, 61,5% tổ dân phố đạt danh "
        "hiệu tổ dân phố văn hóa.",
        "inconsistent",
        [18, 61.5],
    ),
    ("Thị trấn có 18 tổ dân phố. Qua bình xét, 61,5% tổ dân phố đạt 80% kế hoạch.", None, []),
    (
        "Xã hiện có 12 thôn. Sau khi sáp nhập, số thôn còn 9; 55,6% thôn đạt chuẩn nông thôn mới.",
        None,
        [],
    ),
    # review 25r: a by-election, another level, another noun of members, two moments, a
    # time-only item, units of another level after the percent, a level named before it
    ("Hội nghị Ban Chấp hành đã bầu 3 ủy viên bổ sung. Số ủy viên nữ chiếm 21,2%.", None, []),
    (
        "Hội đồng nhân dân xã khóa XXI có 25 đại biểu. Đại biểu nữ của cấp huyện chiếm tỷ lệ 31,4%.",
        None,
        [],
    ),
    ("Ban Chấp hành Đoàn xã có 15 ủy viên. Tỷ lệ đoàn viên nữ là 46,5%.", None, []),
    (
        "Đầu nhiệm kỳ, Ban Chấp hành có 33 ủy viên. Số ủy viên nữ hiện nay chiếm 16,1% do có 2 "
        "đồng chí nghỉ hưu.",
        None,
        [],
    ),
    ("Trường có 48 giáo viên, trong đó đảng viên chiếm 56,3%, năm học trước là 54,5%.", None, []),
    ("Huyện có 21 xã. Cuối năm, có 85,5% xã trong tỉnh đạt tiêu chí về giao thông.", None, []),
    ("Xã có 11 thôn. Ở cấp huyện, đã có 72,5% thôn có nhà văn hóa đạt chuẩn.", None, []),
    (
        "Trong năm, huyện kiện toàn 27 đồng chí cấp ủy viên cơ sở. Tỷ lệ cấp ủy viên nữ ở cơ sở "
        "đạt 24,6%.",
        None,
        [],
    ),
    # a body counted in "đồng chí": any noun names its members (7/37 = 18,92%)
    (
        "Ban Chấp hành Đảng bộ huyện gồm 37 đồng chí. Tỷ lệ cấp ủy viên nữ là 17,5%.",
        "inconsistent",
        [37, 17.5],
    ),
    # people the vocabulary's families lack (26/64 = 40,63%)
    ("Bệnh viện có 64 bác sĩ, trong đó đảng viên chiếm 40,6%.", "consistent", [64, 40.6]),
    ("Bệnh viện có 64 bác sĩ, trong đó đảng viên chiếm 41,5%.", "inconsistent", [64, 41.5]),
    # "trong số này" opens the list; right after a count it makes that count a part
    (
        "Số cán bộ, công chức cấp xã là 24 người; trong số này, tỷ lệ có trình độ lý luận chính "
        "trị trung cấp trở lên là 79,5%.",
        "inconsistent",
        [24, 79.5],
    ),
    ("Có 40 hội viên tham gia câu lạc bộ, 14 người trong số này là nữ, chiếm 35%.", None, []),
]


@pytest.mark.parametrize("text,verdict,figures", CASES)
def test_granularity_case(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        assert not told(checks_of(text, "granularity"), "granularity", "consistent", [14, 35])
        return
    checks = checks_of(text, "granularity")
    found = told(checks, "granularity", verdict, figures)
    assert found, [(c.verdict, c.figures, c.why) for c in checks]
    if verdict == "consistent":
        assert alarms(text) == []
