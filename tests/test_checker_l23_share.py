"""Shares against a total the report does not mean (twenty-third session), our wording.

Two principles from the known alarms of white-box review 68, each silencing a miss
(``unverifiable``) and no planted find of the development, held-out or battery sets:

- the share's base names a body's level ("chiếm 1,1% tổng số hộ của huyện") other than the
  level of the body whose total was stated ("Xã Hải Dương, huyện Hải Lăng có 2.318 hộ"): the
  body's own level is the first level word of its sentence;
- the whole's own sentence counts more of its noun beside it ("…, ngoài ra còn 41 đảng viên
  …", "… và 52 đảng viên ở các chi bộ cơ quan"): which whole is meant is not said. Parts in a
  bracket after the whole ("27 chi bộ (19 chi bộ thôn và 8 chi bộ …)") are no such count.

Members who moved in or out between a whole and a later share stay judged: blind authors plant
slips in just such shares (a guard for them cost 5 development and 4 held-out finds).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

SILENT = [
    "Xã Hải Dương, huyện Hải Lăng có 2.318 hộ với 9.140 nhân khẩu. Công tác dân vận được chú "
    "trọng. Xã có 274 hộ làm nghề nuôi tôm, chiếm 1,1% tổng số hộ của huyện.",
    "Chi bộ thôn Phước Tích, Đảng bộ xã Phong Hòa có 52 đảng viên. Sinh hoạt chi bộ nền nếp. Chi "
    "bộ có 11 đồng chí là cán bộ đoàn thể xã, chiếm 3,2% tổng số đảng viên của Đảng bộ xã.",
    "Đảng bộ xã có 386 đảng viên sinh hoạt ở 16 chi bộ thôn, ngoài ra còn 41 đảng viên sinh hoạt "
    "ở 3 chi bộ trường học. Công tác kiểm tra được tăng cường. Đảng viên nữ là 142 đồng chí, "
    "chiếm 33,2% tổng số đảng viên của Đảng bộ.",
]

FOUND = [
    # the same body's level: still judged
    (
        "Xã Hải Dương có 2.318 hộ với 9.140 nhân khẩu. Công tác dân vận được chú trọng. Xã có 274 "
        "hộ làm nghề nuôi tôm, chiếm 13,8% tổng số hộ của xã.",
        [274, 2318, 13.8],
    ),
    # parts in a bracket after the whole are no more of its noun
    (
        "Đảng bộ xã có 31 chi bộ trực thuộc (22 chi bộ thôn và 9 chi bộ cơ quan, trường học). Năm "
        "2024, có 26 chi bộ hoàn thành tốt nhiệm vụ trở lên, chiếm 87,1% số chi bộ trực thuộc.",
        [26, 31, 87.1],
    ),
]


@pytest.mark.parametrize("text", SILENT)
def test_share_of_another_whole_is_no_alarm(text: str) -> None:
    assert alarms(text) == []


@pytest.mark.parametrize("text,figures", FOUND)
def test_share_of_the_stated_whole_is_judged(text: str, figures: list[float]) -> None:
    checks = checks_of(text, "share")
    assert told(checks, "share", "inconsistent", figures), [
        (c.verdict, c.figures, c.why) for c in checks
    ]


# Part lists that say they are not all, rows that break down the row above, and GRIM bases that
# are not the percent's base (known alarms of reviews 68, 82, 88 and 21s, our wording).
OTHER_SILENT = [
    "Công an huyện khởi tố 64 vụ án hình sự (gồm cả trộm cắp tài sản 29, cố ý gây thương tích "
    "11, đánh bạc 8).",
    "Huyện có 37 hợp tác xã, gồm nông nghiệp 22, thủ công mỹ nghệ 5 và một số hợp tác xã vận tải, "
    "dịch vụ.",
    "| Loại tổ chức | Số lượng |\n| Đảng bộ cơ sở | 18 |\n| Đảng bộ xã | 11 |\n| Đảng bộ cơ quan | 4 "
    "|\n| Đảng bộ doanh nghiệp | 3 |\n| Chi bộ cơ sở | 24 |\n| Tổng cộng | 42 |",
    "Có 52 hội viên trên 85 tuổi, chiếm 7,4% tổng số hội viên.",
    "Toàn Đảng bộ có 1.872 đảng viên sinh hoạt tại 29 tổ chức cơ sở đảng, trong đó 14% là đảng "
    "viên nữ.",
    # two communes whose names share their first word
    "Xã Quảng Hòa có 11 thôn. Xã Quảng Tân kế cận, cả 12 thôn đều đã có nhà văn hóa.",
]
OTHER_FOUND = [
    ("Huyện có 37 hợp tác xã, gồm nông nghiệp 22, thủ công mỹ nghệ 5 và vận tải 8.", "part_whole",
     [37, 22, 5, 8]),
    ("Ban Chấp hành Hội có 29 ủy viên, trong đó 15% là ủy viên nữ.", "granularity", [29, 15]),
]  # fmt: skip


@pytest.mark.parametrize("text", OTHER_SILENT)
def test_other_lookalikes_raise_no_alarm(text: str) -> None:
    assert alarms(text) == []


@pytest.mark.parametrize("text,kind,figures", OTHER_FOUND)
def test_other_slips_still_told(text: str, kind: str, figures: list[float]) -> None:
    checks = checks_of(text, kind)
    assert told(checks, kind, "inconsistent", figures), [
        (c.verdict, c.figures, c.why) for c in checks
    ]
