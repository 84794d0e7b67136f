"""GRIM bases found in more wordings (session 29, l29g), our own sentences.

- a scoped member rate ("Trong 15 trưởng thôn của xã, nữ chiếm …") and the next items of its
  list ("…, người Dao chiếm …");
- a scoped rate of households or people by their people ("Trong 23 căn nhà …, hộ người Dao
  chiếm …"), fit-only; "đơn vị" naming a scoped territory's units ("Trong 16 xã, phường, có
  43,8% đơn vị đạt …"), fit-only;
- the base's breakdown in brackets right after it ("9 thành viên (5 chuyên trách, 4 kiêm
  nhiệm), trong đó …"); a percent item after counted items ("nữ 13 đồng chí (25%), …, người dân
  tộc thiểu số chiếm …");
- a territory's units listed after its area ("Thị trấn có diện tích …, 16 tổ dân phố") and all of
  its units written as a fraction ("8/8 xã …"); a change's starting year ("tăng từ 10 … (năm
  2020) lên 25 …") is not the rate's moment;
- "Trong số X được V, P% …": the one count of X the verb was done to, or a fraction's numerator
  (fit-only).

Each row: (text, expected granularity verdict or None for no inconsistent verdict of any kind,
figures as stated: base, percent).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

CASES = [
    # a scoped member rate and its list (3/15 = 20%, 7/15 = 46,67%; 45% is impossible)
    ("Trong 15 trưởng thôn của xã, nữ chiếm 20%, người Dao chiếm 46,7%.", "consistent", [15, 46.7]),
    ("Trong 15 trưởng thôn của xã, nữ chiếm 20%, người Dao chiếm 45%.", "inconsistent", [15, 45]),
    ("Trong 15 trưởng thôn của xã, nữ chiếm 20%, tỷ lệ hộ nghèo của xã là 45%.", None, []),
    # households by their people in a scoped set of units: fit-only (9/23 = 39,13%)
    ("Trong 23 căn nhà được xây mới, hộ người Dao chiếm 39,1%.", "consistent", [23, 39.1]),
    ("Trong 23 căn nhà được xây mới, hộ người Dao chiếm 40%.", None, []),
    ("Trong 23 căn nhà được xây mới, hộ nghèo chiếm 40%.", None, []),
    # "đơn vị" of a scoped territory: fit-only (7/16 = 43,75%)
    ("Trong 16 xã, phường, có 43,8% đơn vị đạt chuẩn.", "consistent", [16, 43.8]),
    ("Trong 16 xã, phường, có 45% đơn vị đạt chuẩn.", None, []),
    ("Trong 16 xã, có 45% đơn vị sự nghiệp tự chủ tài chính.", None, []),
    # the base's own breakdown in brackets (5/9 = 55,56%; 50% is impossible)
    (
        "Hội đồng có 9 thành viên (5 chuyên trách, 4 kiêm nhiệm), trong đó 55,6% có trình độ "
        "thạc sĩ.",
        "consistent",
        [9, 55.6],
    ),
    (
        "Hội đồng có 9 thành viên (5 chuyên trách, 4 kiêm nhiệm), trong đó 50% có trình độ thạc "
        "sĩ.",
        "inconsistent",
        [9, 50],
    ),
    (
        "Hội đồng có 9 thành viên (5 chuyên trách, 4 kiêm nhiệm), trong đó số chuyên trách có 60% "
        "là nữ.",
        None,
        [],
    ),
    # a percent item after counted items (20/52 = 38,46%, 21/52 = 40,38%)
    (
        "Quy hoạch Ban Chấp hành gồm 52 đồng chí; trong đó nữ 13 đồng chí (25%), cán bộ trẻ 9 đồng "
        "chí (17,3%), người dân tộc thiểu số chiếm 38,5%.",
        "consistent",
        [52, 38.5],
    ),
    (
        "Quy hoạch Ban Chấp hành gồm 52 đồng chí; trong đó nữ 13 đồng chí (25%), cán bộ trẻ 9 đồng "
        "chí (17,3%), người dân tộc thiểu số chiếm 39,5%.",
        "inconsistent",
        [52, 39.5],
    ),
    (
        "Quy hoạch Ban Chấp hành gồm 52 đồng chí; trong đó nữ 13 đồng chí (25%), cán bộ trẻ 9 đồng "
        "chí (17,3%), tỷ lệ đảng viên nữ toàn tỉnh là 39,5%.",
        None,
        [],
    ),
    # all of a territory's units as a fraction (3/8 = 37,5%; 40% is impossible)
    (
        "Thị xã có 8/8 xã duy trì chuẩn nông thôn mới (100%); có 37,5% số xã đạt chuẩn nông thôn "
        "mới nâng cao.",
        "consistent",
        [8, 37.5],
    ),
    (
        "Thị xã có 8/8 xã duy trì chuẩn nông thôn mới (100%); có 40% số xã đạt chuẩn nông thôn "
        "mới nâng cao.",
        "inconsistent",
        [8, 40],
    ),
    ("Tỉnh có 8/8 huyện duy trì chuẩn (100%); có 40% số xã đạt chuẩn nông thôn mới nâng cao.", None, []),
    # a territory's units listed after its area (10/16 = 62,5%; 60% is impossible)
    (
        "Thị trấn có diện tích 12,5 km2, 16 tổ dân phố. Năm nay, tỷ lệ tổ dân phố đạt chuẩn văn "
        "minh đô thị là 62,5%.",
        "consistent",
        [16, 62.5],
    ),
    (
        "Thị trấn có diện tích 12,5 km2, 16 tổ dân phố. Năm nay, tỷ lệ tổ dân phố đạt chuẩn văn "
        "minh đô thị là 60%.",
        "inconsistent",
        [16, 60],
    ),
    (
        "Thị trấn có diện tích 12,5 km2, 16 tổ dân phố. Năm nay, tỷ lệ tổ dân phố đạt chuẩn văn "
        "minh đô thị năm 2019 là 60%.",
        None,
        [],
    ),
    # a change's starting year is not the rate's moment (9/13 = 69,23%, 10/13 = 76,92%)
    (
        "Huyện có 13 xã. Số hợp tác xã tăng từ 10 hợp tác xã (năm 2020) lên 25 hợp tác xã; tỷ lệ "
        "xã có hợp tác xã đạt 69,2%.",
        "consistent",
        [13, 69.2],
    ),
    (
        "Huyện có 13 xã. Số hợp tác xã tăng từ 10 hợp tác xã (năm 2020) lên 25 hợp tác xã; tỷ lệ "
        "xã có hợp tác xã đạt 70%.",
        "inconsistent",
        [13, 70],
    ),
    (
        "Huyện có 13 xã. Đến năm 2024, số hợp tác xã là 25 hợp tác xã. Năm 2020, tỷ lệ xã có hợp "
        "tác xã đạt 70%.",
        None,
        [],
    ),
    # "Trong số X được V": the count the verb was done to (9/24 = 37,5%; 36% is impossible)
    (
        "Giám sát chuyên đề 6 tổ chức đảng và 24 đảng viên. Trong số đảng viên được giám sát, "
        "37,5% là cán bộ chủ chốt.",
        "consistent",
        [24, 37.5],
    ),
    (
        "Giám sát chuyên đề 6 tổ chức đảng và 24 đảng viên. Trong số đảng viên được giám sát, 36% "
        "là cán bộ chủ chốt.",
        "inconsistent",
        [24, 36],
    ),
    (
        "Giám sát chuyên đề 6 tổ chức đảng và 24 đảng viên. Trong số đảng viên được kiểm tra, 36% "
        "là cán bộ chủ chốt.",
        None,
        [],
    ),
    (
        "Giám sát chuyên đề 6 tổ chức đảng và 24 đảng viên. Trong số đảng viên được giám sát, tỷ "
        "lệ vi phạm giảm 36% so với năm trước.",
        None,
        [],
    ),
    # ... or a fraction's numerator: fit-only (3/8 = 37,5%)
    (
        "Ủy ban kiểm tra đã giải quyết 8/9 đơn. Trong số đơn đã giải quyết, đơn có nội dung đúng "
        "chiếm 37,5%.",
        "consistent",
        [8, 37.5],
    ),
    (
        "Ủy ban kiểm tra đã giải quyết 8/9 đơn. Trong số đơn đã giải quyết, đơn có nội dung đúng "
        "chiếm 40%.",
        None,
        [],
    ),
]


@pytest.mark.parametrize(("text", "verdict", "figures"), CASES)
def test_checker_l29g_granularity_bases(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        return
    got = told(checks_of(text, "granularity"), "granularity", verdict, figures)
    assert got, [(c.verdict, c.figures, c.why) for c in checks_of(text, "granularity")]
    if verdict == "consistent":
        assert alarms(text) == []


# inspections counted in rounds against a programme counting the bodies (fit-only)
TARGET_CASES = [
    (
        "Theo chương trình năm 2025, Ủy ban Kiểm tra Huyện ủy kiểm tra 9 tổ chức đảng và giám sát "
        "chuyên đề 14 tổ chức đảng. Trong 6 tháng đã tiến hành 3 cuộc kiểm tra, đạt 33,3% kế "
        "hoạch, và 7 cuộc giám sát (50%).",
        [(9, 3, 33.3), (14, 7, 50)],
    ),
    (
        "Theo kế hoạch, năm 2024 ủy ban giám sát chuyên đề 16 chi bộ; đến hết tháng 9 đã hoàn "
        "thành 12 cuộc, đạt 75% kế hoạch năm.",
        [(16, 12, 75)],
    ),
    # a miss is no proof; two plans and rounds of no verb: which plan is unsaid
    (
        "Theo chương trình năm 2025, ủy ban kiểm tra 9 tổ chức đảng. Đã tiến hành 3 cuộc, đạt 40% "
        "kế hoạch.",
        [],
    ),
    (
        "Theo chương trình năm 2025, ủy ban kiểm tra 9 tổ chức đảng và giám sát 12 tổ chức đảng. "
        "Đã tiến hành 3 cuộc, đạt 25% kế hoạch.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "rows"), TARGET_CASES)
def test_checker_l29g_rounds_vs_bodies(text: str, rows: list[tuple[float, float, float]]) -> None:
    assert alarms(text) == []
    got = checks_of(text, "target")
    for figures in rows:
        assert told(got, "target", "consistent", list(figures)), [(c.figures, c.why) for c in got]
    if not rows:
        assert not [c for c in got if c.verdict == "consistent" and 3 in c.figures]
