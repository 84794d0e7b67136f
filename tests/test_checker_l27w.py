"""Sibling shares whose whole is settled beside them (twenty-seventh session, review 27w), our own
passages. Two readings widened in ``share._siblings``: a list item said again at the same count
and percent as a share confirmed elsewhere in the report ("58.917 đồng chí, đạt 94,3%" after
"58.917 đảng viên (94,3%)" of 62.480) lends that whole to its list; and a fit of a later item on
its earlier sibling that :func:`share.not_complements` drops ("số chưa tham gia 3.563 đồng chí
(6,0%)" read as 3563/58917) settles nothing. One guard: a whole named after the item's bracket
closes ("120 đồng chí (60,0%) số chưa học") is the item's own, not the list's.

PLANTED: one sibling-share slip each (our own wording), 17 of 20 found and asserted
inconsistent. Missed, 3 of 20, not asserted: "số chưa viết là 500 đồng chí (11,1%)" after
"viết thu hoạch … 4.500 đồng chí, đạt 90,0%" (500/4500 is 11,1%: the fit on the participants
stands, silence by design); "số chưa có điện là 15.000 hộ (5,3%)" after "dùng điện lưới" (no
complement is read between other verbs); "hội viên vay vốn 1.500 người (20,0%)" in a list of
hội viên (the sibling is not read as confirmed there).

DEV: the development text now caught (devset33, 3.563 đồng chí (6,0%) of 62.480) is PLANTED
rows 2, 3 and 5 in short passages of our own wording.

CLEAN: passages of each reading and guard told silent (the whole review is tests/battery/
battery_zzzz_l27w.jsonl, 83 clean passages, no alarm).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

PLANTED = [
    ("Toàn xã có 6.000 hộ. Hộ nghèo 180 hộ (3,0%); hộ cận nghèo 150 hộ (3,5%).", [150, 6000, 3.5]),
    (
        "Đảng bộ có 2.000 đảng viên, 1.900 đảng viên (95,0%) đã học tập. Tổng số đảng viên tham gia học tập là 1.900 đồng chí, đạt 95,0%; số đảng viên chưa tham gia là 100 đồng chí (5,3%).",
        [100, 2000, 5.3],
    ),
    (
        "Huyện có 40.000 đảng viên. Kết quả, 38.000 đảng viên (95,0%) đã tham gia. Số đảng viên tham gia học tập là 38.000 đồng chí, đạt 95,0%; số chưa tham gia là 2.000 đồng chí (5,3%), chủ yếu do ốm đau.",
        [2000, 40000, 5.3],
    ),
    (
        "Trong 1.200 đảng viên được đánh giá, hoàn thành xuất sắc nhiệm vụ 180 đồng chí, chiếm 15,0%; hoàn thành tốt nhiệm vụ 900 đồng chí (80,0%).",
        [900, 1200, 80],
    ),
    (
        "Toàn tỉnh có 62.000 đảng viên; 58.900 đảng viên (95,0%) đã học tập. Tổng số đảng viên được học tập là 58.900 đồng chí, đạt 95,0%; chưa được học tập là 3.100 đồng chí (5,3%).",
        [3100, 62000, 5.3],
    ),
    (
        "Thị trấn có 2.500 hộ; hộ nghèo 50 hộ (2,0%); hộ cận nghèo 75 hộ (3,3%); hộ khá 1.000 hộ (40,0%).",
        [75, 2500, 3.3],
    ),
    (
        "Năm 2023 kết nạp 400 đảng viên; nữ 180 đồng chí, chiếm 45,0%; đoàn viên 300 đồng chí (70,0%).",
        [300, 400, 70],
    ),
    (
        "Xã có 3.000 hộ. Hộ dùng nước sạch 2.700 hộ (90,0%); hộ có nhà vệ sinh hợp vệ sinh 2.400 hộ (85,0%).",
        [2400, 3000, 85],
    ),
    (
        "Hội đồng nhân dân huyện có 40 đại biểu; nữ 14 đại biểu (35,0%); dân tộc thiểu số 10 đại biểu (20,0%).",
        [10, 40, 20],
    ),
    (
        "Trong 250 tổ chức cơ sở đảng, 225 tổ chức (90,0%) đã tổ chức học tập. Số tổ chức đã học tập là 225 tổ chức, đạt 90,0%; số chưa tổ chức là 25 tổ chức (11,1%).",
        [25, 250, 11.1],
    ),
    (
        "Huyện có 10.000 lao động; lao động qua đào tạo 7.000 người (70,0%); lao động có chứng chỉ 4.000 người (45,0%).",
        [4000, 10000, 45],
    ),
    (
        "Ban Chấp hành có 50 ủy viên; nữ 10 đồng chí (20,0%); dưới 40 tuổi 8 đồng chí (20,0%).",
        [8, 50, 20],
    ),
    (
        "Xã có 8.000 hộ; 7.600 hộ (95,0%) tham gia bảo hiểm. Số hộ tham gia bảo hiểm là 7.600 hộ, đạt 95,0%; số hộ chưa tham gia 400 hộ (5,3%).",
        [400, 8000, 5.3],
    ),
    (
        "Năm 2023, Ủy ban kiểm tra huyện kiểm tra 80 đảng viên; kết luận vi phạm 20 đồng chí (25,0%); phải kỷ luật 12 đồng chí (18,0%).",
        [12, 80, 18],
    ),
    (
        "Toàn huyện có 160 chi bộ; chi bộ hoàn thành tốt nhiệm vụ 120 chi bộ (75,0%); chi bộ hoàn thành nhiệm vụ 32 chi bộ (25,0%).",
        [32, 160, 25],
    ),
    (
        "Trường có 900 học sinh; học sinh giỏi 270 em (30,0%); học sinh khá 450 em (55,0%).",
        [450, 900, 55],
    ),
    (
        "Phường có 4.000 hộ; hộ kinh doanh 800 hộ, chiếm 20,0%; hộ gia đình văn hóa 3.600 hộ (95,0%).",
        [3600, 4000, 95],
    ),
]
# missed (3 of 20, see the docstring):
#   Đảng bộ có 5.000 đảng viên; trong 5.000 đảng viên, 4.500 đảng viên (90,0%) viết thu hoạch. Số đảng viên viết thu hoạch là 4.500 đồng chí, đạt 90,0%; số chưa viết là 500 đồng chí (11,1%).
#   Cả tỉnh có 300.000 hộ; 285.000 hộ (95,0%) dùng điện lưới. Số hộ dùng điện lưới là 285.000 hộ, đạt 95,0%; số chưa có điện là 15.000 hộ (5,3%).
#   Hội Nông dân có 6.000 hội viên; hội viên sản xuất giỏi 1.800 người (30,0%); hội viên vay vốn 1.500 người (20,0%).

CLEAN = [
    # the same-rate sibling names the same whole: the complement is right
    "Toàn tỉnh có 62.000 đảng viên. Số đảng viên tham gia học tập nghị quyết là 60.140 đồng chí, đạt 97,0%; số chưa tham gia 1.860 đồng chí (3,0%).",
    # a sibling said again at the same count and percent, the other items of other wholes
    "Tổng số đảng viên tham gia học tập là 4.750 đồng chí, đạt 95,0%; trong số tham gia, số viết thu hoạch đạt loại giỏi 1.425 đồng chí (30,0%).",
    "Huyện có 15.000 hộ, 60.000 nhân khẩu. Người nghèo 1.800 người (3,0%); hộ nghèo 450 hộ (3,0%).",
    # the whole named after the bracket closes
    "Đảng bộ có 4.000 đảng viên; số tham gia học tập 3.800 đồng chí (95,0%); số đảng viên ốm đau chưa tham gia 120 đồng chí (60,0%) số chưa học.",
    "Đảng bộ có 1.000 đảng viên. Số đảng viên được học tập là 980 đồng chí (98,0%); số không tham gia vì ốm đau 14 đồng chí, chiếm 70% số chưa học.",
    # items of different bodies, a subtotal, completion rates
    "Hội đồng nhân dân huyện có 35 đại biểu; nữ 12 đại biểu (34,3%). Hội đồng nhân dân các xã có 420 đại biểu; nữ 126 đại biểu (30,0%).",
    "Trong 200 tổ chức cơ sở đảng được đánh giá, hoàn thành tốt nhiệm vụ 150 tổ chức (75,0%); số chi bộ trực thuộc hoàn thành xuất sắc 120 chi bộ (60,0%) trên 200 chi bộ trực thuộc.",
    "Tổng số hộ tham gia mô hình là 600 hộ, đạt 120% kế hoạch; hộ có thu nhập khá 300 hộ (50,0%).",
]


@pytest.mark.parametrize(("text", "figures"), PLANTED)
def test_sibling_share_slip_found(text: str, figures: list[float]) -> None:
    checks = checks_of(text, "share")
    assert told(checks, "share", "inconsistent", figures), [
        (c.verdict, c.figures, c.why) for c in checks
    ]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_sibling_shares_silent(text: str) -> None:
    assert alarms(text) == []
