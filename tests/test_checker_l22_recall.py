"""Targets and fractions said in other words than the development sets' (twenty-second session).

A probe of 20 varied target sentences of our own found 13 of their planted slips; three shapes
the rules confirmed only by search (consistent or nothing) or not at all are now read:

- the achievement right before "so với <plan> N đạt P%" in its clause: "Sản lượng lương thực
  cả năm 54.300 tấn, so với kế hoạch 52.000 tấn đạt 104,4%" (not when that count is itself a
  plan: "so với chỉ tiêu huyện giao là 35 …, so với chỉ tiêu Nghị quyết … là 40 … thì đạt 95%");
- the year's plan named right after the percent with its value: "Trong 9 tháng, tuyển sinh
  1.820 người, bằng 75,8% kế hoạch năm 2.400 người" (a part of the year compared with the
  year's plan, which the sentence names itself);
- two amounts of one measure "a … trên tổng số b": "xây dựng 12,4 km đường … trên tổng số 15 km
  kế hoạch, đạt 82,7%" (only whole counts were read so).

Each row: (passage, kind, expected verdict, figures as stated); consistent rows raise no alarm.
"""

from __future__ import annotations

import pytest
from checkhelp import OPTS, alarms, checks_of, told

from vnreport_miner.pipeline import process_text

CASES = [
    (
        "Sản lượng lương thực cả năm 54.300 tấn, so với kế hoạch 52.000 tấn đạt 104,4%.",
        "target",
        "consistent",
        [52000, 54300, 104.4],
    ),
    (
        "Sản lượng lương thực cả năm 54.300 tấn, so với kế hoạch 52.000 tấn đạt 101,7%.",
        "target",
        "inconsistent",
        [52000, 54300, 101.7],
    ),
    (
        "Trong 9 tháng, tuyển sinh đào tạo nghề 1.820 người, bằng 75,8% kế hoạch năm 2.400 người.",
        "target",
        "consistent",
        [2400, 1820, 75.8],
    ),
    (
        "Trong 9 tháng, tuyển sinh đào tạo nghề 1.820 người, bằng 78,9% kế hoạch năm 2.400 người.",
        "target",
        "inconsistent",
        [2400, 1820, 78.9],
    ),
    (
        "Trong năm, xã đã xây dựng 12,4 km đường giao thông nông thôn trên tổng số 15 km kế hoạch, "
        "đạt 86,7%.",
        "target",
        "inconsistent",
        [15, 12.4, 86.7],
    ),
    (
        "Trong năm, xã đã xây dựng 12,4 km đường giao thông nông thôn trên tổng số 15 km, đạt 82,7%.",
        "ratio_percent",
        "consistent",
        [12.4, 15, 82.7],
    ),
]


@pytest.mark.parametrize(("text", "kind", "verdict", "figures"), CASES)
def test_target_shapes_are_read(text: str, kind: str, verdict: str, figures: list[float]) -> None:
    got = checks_of(text)
    rows = [(c.kind, c.verdict, c.figures, c.why) for c in got]
    assert told(got, kind, verdict, figures), rows
    if verdict == "consistent":
        assert "inconsistent" not in [c.verdict for c in got], rows


NEAR = [
    # the count before "so với chỉ tiêu" is itself a plan
    "Kết nạp 38 đảng viên, vượt 3 đảng viên so với chỉ tiêu huyện giao là 35 đảng viên, so với "
    "chỉ tiêu Nghị quyết Đại hội là 40 đảng viên thì mới đạt 95%.",
    # the achievement in the sentence before: found by search, a miss is no proof
    "Năm 2024 sản lượng đạt 54.300 tấn. So với mục tiêu đến năm 2025 là 60.000 tấn, đã đạt 80%.",
    # amounts rounded to one digit: the miss lies within their rounding
    "Đã giải ngân 1,2 tỷ đồng trên tổng số 3 tỷ đồng, đạt 42%.",
]


@pytest.mark.parametrize("text", NEAR)
def test_near_target_shapes_raise_no_alarm(text: str) -> None:
    assert alarms(text) == []


def test_a_sum_saved_by_rounding_says_so() -> None:
    """A breakdown whose sum differs from its total only within the rounding of the amounts as
    written stays consistent, but its explanation shows the gap and the rounding allowed (it
    printed "2000 + 1500 = 3500 = 3200 stated")."""
    text = (
        "Tổng kinh phí thực hiện là 3,2 tỷ đồng, gồm ngân sách tỉnh 2 tỷ đồng và vốn đối ứng "
        "1.500 triệu đồng."
    )
    rows = [c for c in checks_of(text) if c.kind == "part_whole"]
    assert [c.verdict for c in rows] == ["consistent"]
    assert "3500 ≈ 3200" in rows[0].why and "difference 300" in rows[0].why
    assert "±550.5" in rows[0].why and "≈" in rows[0].why_vi
    exact = "Tổng kinh phí là 3,5 tỷ đồng, gồm ngân sách tỉnh 2 tỷ đồng và vốn đối ứng 1.500 triệu đồng."
    rows = [c for c in checks_of(exact) if c.kind == "part_whole"]
    assert [c.verdict for c in rows] == ["consistent"] and "≈" not in rows[0].why


@pytest.mark.parametrize(
    "text",
    [
        # a rate of the territory's units before a merger: today's count is no base for it
        "Huyện hiện có 16 xã; năm 2019, trước khi sáp nhập, tỷ lệ xã đạt chuẩn nông thôn mới là "
        "72,7%.",
        # the Party organisation's members, not the committee's
        "Ban Thường vụ Đảng ủy có 7 đồng chí; tỷ lệ đảng viên dưới 40 tuổi trong Đảng bộ là 36,2%.",
    ],
)
def test_grim_takes_no_base_of_another_moment_or_body(text: str) -> None:
    assert alarms(text) == []


def test_grim_still_reads_a_rate_of_the_body_it_names() -> None:
    rows = checks_of("Chi bộ có 31 đảng viên; tỷ lệ đảng viên nữ trong chi bộ là 18,4%.")
    assert [(c.kind, c.verdict) for c in rows] == [("granularity", "inconsistent")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a plan split into what was done and what is left: an achievement against a target
        (
            "Nghị quyết đặt mục tiêu 9.000 ha tôm - lúa, đến nay đạt 8.940 ha, còn thiếu 60 ha.",
            "target",
        ),
        (
            "Chỉ tiêu năm 2024 kết nạp 150 đảng viên, đã kết nạp 138 đảng viên, còn 12 đảng viên chưa "
            "đạt.",
            "target",
        ),
        # a stock split the same way stays a breakdown
        (
            "Huyện có 150 chi bộ, đã kiện toàn 138 chi bộ, còn 12 chi bộ chưa kiện toàn.",
            "part_whole",
        ),
    ],
)
def test_a_plan_split_into_done_and_left_is_a_target(text: str, kind: str) -> None:
    rows = checks_of(text)
    assert [(c.kind, c.verdict) for c in rows] == [(kind, "consistent")], rows


def test_a_rest_of_amounts_is_explained_in_their_scale() -> None:
    """A rest of amounts written in "tỷ đồng" is explained as written ("45 - 39.6 = 5.4"), not in
    đồng ("45000000000 - 39600000000 = 5400000000"); a fraction in the list does not break it."""
    rows = checks_of(
        "Kế hoạch giao 45 tỷ đồng, đã giải ngân 39,6 tỷ đồng, còn lại 6,4 tỷ đồng chưa giải ngân."
    )
    assert [c.verdict for c in rows] == ["inconsistent"], rows
    assert rows[0].why.startswith("45 - 39.6 = 5.4 left") and "stated 6.4" in rows[0].why
    rows = checks_of(
        "Toàn huyện có 120 thôn, đã có 96/120 thôn có nhà văn hóa, còn 24 thôn chưa có nhà văn hóa."
    )
    assert not [c for c in rows if "internal error" in c.why], rows


def test_a_count_among_is_a_count() -> None:
    """ "Trong số 1.860 bệnh nhân": "số" after "trong"/"tổng"/"trên" opens no name or number
    ("Quyết định số 1.860" stays no count); patients and heads of branches are people."""
    got = process_text(
        "Trong số 1.860 bệnh nhân điều trị nội trú có 412 người cao tuổi; 312 người có bệnh mãn "
        "tính, chiếm 75,7%. Toàn huyện có 62 chi hội trưởng, trong đó 41 đồng chí là nữ.",
        options=OPTS,
    )
    units = [(m.text, m.attrs.get("unit")) for m in got.mentions if m.type == "quantity"]
    assert ("1.860 bệnh nhân", "bệnh nhân") in units
    assert ("62 chi hội trưởng", "chi hội trưởng") in units
    # the nearer count the percent fits is the whole, not the 1.860 (no alarm)
    assert [c.verdict for c in got.checks if c.verdict == "inconsistent"] == []
    doc = process_text("Theo Quyết định số 1.860 ngày 5/6/2024 của UBND tỉnh.", options=OPTS)
    assert [m for m in doc.mentions if m.type == "quantity"] == []


def test_one_head_to_each_branch() -> None:
    """ "87 chi hội" … "87 chi hội trưởng": the heads restate the branches (equal values only)."""
    rows = checks_of(
        "Toàn Hội có 87 chi hội.\nĐội ngũ 87 chi hội trưởng có 61 người đạt trình độ trung cấp."
    )
    assert [(c.kind, c.verdict, c.figures) for c in rows] == [("repeat", "consistent", [87, 87])]
    rows = checks_of(
        "Toàn Hội có 87 chi hội.\nĐội ngũ 85 chi hội trưởng có 61 người đạt trình độ trung cấp."
    )
    assert [c for c in rows if c.kind == "repeat"] == []


@pytest.mark.parametrize(
    ("text", "verdict", "figures"),
    [
        (
            "Đảng bộ thành phố có 11.426 đảng viên. Phân theo độ tuổi, số đảng viên dưới 30 tuổi là "
            "1.317 đồng chí, từ 30 đến 50 tuổi 5.862 đồng chí, trên 50 tuổi 4.274 đồng chí.",
            "inconsistent",
            [11426, 1317, 5862, 4274],
        ),
        (
            "Cuối năm 2023, toàn huyện còn 1.274 hộ nghèo. Xét theo thành phần dân tộc, hộ nghèo là "
            "người dân tộc thiểu số có 986 hộ, hộ nghèo là người Kinh có 298 hộ.",
            "inconsistent",
            [1274, 986, 298],
        ),
        (
            "Hội có 412 hội viên. Phân theo giới tính, nam 236 người, nữ 176 người.",
            "consistent",
            [412, 236, 176],
        ),
        # two totals stated: the split is of the one it adds up to
        (
            "Tổng số đảng viên do Đảng bộ quản lý là 1.526 đồng chí (không tính 214 đảng viên sinh hoạt "
            "tạm thời); như vậy tổng số đảng viên đang sinh hoạt là 1.740 đồng chí. Phân theo độ tuổi: "
            "dưới 30 tuổi 118 đồng chí, từ 30 đến 60 tuổi 702 đồng chí, trên 60 tuổi 706 đồng chí.",
            "consistent",
            [1526, 118, 702, 706],
        ),
    ],
)
def test_a_split_along_a_closed_dimension(text: str, verdict: str, figures: list[float]) -> None:
    checks = checks_of(text)
    rows = [(c.verdict, c.figures) for c in checks if c.kind == "part_whole"]
    assert (verdict, figures) in rows, rows
    if verdict == "consistent":
        assert "inconsistent" not in [c.verdict for c in checks], rows


@pytest.mark.parametrize(
    "text",
    [
        "Huyện có 1.274 hộ nghèo. Xét theo dân tộc, hộ người Dao 412 hộ, hộ người Mông 386 hộ.",
        "Hội có 412 hội viên. Theo độ tuổi, dưới 40 tuổi 96 người, từ 40 đến 60 tuổi 205 người.",
        "Hội có 412 hội viên. Phân theo độ tuổi, từ 60 tuổi trở lên 236 người, dưới 60 tuổi 186 người.",
        "Đảng bộ có 2.940 đảng viên. Xét theo độ tuổi, đảng viên tại các chi bộ doanh nghiệp dưới 30 "
        "tuổi có 88 đồng chí, từ 30 đến 50 tuổi có 203 đồng chí, trên 50 tuổi có 41 đồng chí.",
    ],
)
def test_an_open_or_narrower_split_raises_no_alarm(text: str) -> None:
    assert alarms(text) == []
