"""Readings the thirty-fifth session added or fixed from two development batteries written
blind that session (``tests/battery_fresh/battery_d35a.jsonl``, ``battery_d35b.jsonl``):

- target: the amount beyond or short of the plan ("vượt 470 ha so với kế hoạch", "còn thiếu
  535 lao động để hoàn thành chỉ tiêu");
- part_whole: a total that lists its kinds ("1.352 cán bộ quản lý, giáo viên, nhân viên, gồm …",
  "1.874 hộ nghèo và hộ cận nghèo, trong đó …");
- repeat: a count owed ("phải kiểm tra 24 tổ chức đảng") is no level a count done restates.

Passages written by us."""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told

# -- target: the amount beyond or short of the plan -------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict", "figures"),
    [
        (
            "Kế hoạch năm 2024 của huyện là trồng mới 1.200 ha rừng sản xuất. Đến cuối tháng 10, "
            "các xã đã trồng được 1.356 ha, vượt 256 ha so với kế hoạch.",
            "inconsistent",
            [1200, 1356, 256],
        ),
        (
            "Kế hoạch năm 2024 của huyện là trồng mới 1.200 ha rừng sản xuất. Đến cuối tháng 10, "
            "các xã đã trồng được 1.356 ha, vượt 156 ha so với kế hoạch.",
            "consistent",
            [1200, 1356, 156],
        ),
        (
            "Năm 2024, huyện đưa 642 lao động đi làm việc ở nước ngoài, vượt 92 người so với kế "
            "hoạch 560 người.",
            "inconsistent",
            [560, 642, 92],
        ),
        (
            "Chỉ tiêu tuyển sinh đào tạo nghề năm 2023 là 1.500 người. Đến ngày 15/12, các cơ sở "
            "đã tuyển sinh 1.326 người, còn thiếu 174 người để hoàn thành chỉ tiêu.",
            "consistent",
            [1500, 1326, 174],
        ),
        (
            "Mục tiêu của Đề án là cứng hóa 86 km kênh mương nội đồng. Sau ba năm, các xã đã "
            "cứng hóa 71,4 km, còn thiếu 15,6 km so với mục tiêu.",
            "inconsistent",
            [86, 71.4, 15.6],
        ),
        (
            "Tổng thu ngân sách trên địa bàn năm 2024 đạt 612,4 tỷ đồng, vượt 72,4 tỷ đồng so với "
            "dự toán tỉnh giao 540 tỷ đồng.",
            "consistent",
            [540, 612.4, 72.4],
        ),
    ],
)
def test_gap_to_plan(text: str, verdict: str, figures: list[float]) -> None:
    assert told(checks_of(text, "target"), "target", verdict, figures)


@pytest.mark.parametrize(
    "text",
    [
        # the excess is over last year, not over a plan
        "Kế hoạch trồng rừng là 1.200 ha; năm trước trồng 1.100 ha. Năm nay đã trồng 1.356 ha, "
        "vượt 256 ha so với cùng kỳ.",
        # a yearly plan is multiplied by years: not this reading's
        "Nghị quyết đề ra mỗi năm trồng mới 1.200 ha rừng. Sau ba năm, huyện đã trồng 3.756 ha, "
        "vượt 156 ha so với mục tiêu.",
        # two plans of the unit before the result: which one is meant is unsaid
        "Kế hoạch của tỉnh giao 1.200 ha; huyện đề ra chỉ tiêu 1.300 ha. Đến nay đã trồng 1.356 "
        "ha, vượt 256 ha so với kế hoạch.",
        # white-box review 35: a subset, a change, another deed, another thing, a plan of its own
        "Chỉ tiêu năm 2024 kết nạp 150 đảng viên. Cả năm đã kết nạp 131 đảng viên, trong đó 64 "
        "đảng viên nữ, còn thiếu 19 đảng viên so với chỉ tiêu.",
        "Kế hoạch năm 2024 trồng mới 2.600 ha rừng. Đã trồng được 2.480 ha, tăng 280 ha so với "
        "cùng kỳ, còn thiếu 120 ha so với kế hoạch.",
        "Dự toán chi ngân sách năm 2024 là 640 tỷ đồng. Thu ngân sách đạt 712 tỷ đồng, vượt 90 "
        "tỷ đồng so với dự toán.",
        "Kế hoạch năm 2024 trồng mới 2.600 ha rừng. Đã trồng được 2.650 ha rừng, vượt 50 ha so "
        "với kế hoạch; trồng mới 700 ha cây ăn quả, còn thiếu 150 ha so với kế hoạch.",
        "Kế hoạch năm 2024 trồng mới 2.600 ha rừng. Sáu tháng đầu năm đã trồng 1.150 ha, còn "
        "thiếu 150 ha so với kế hoạch 6 tháng.",
    ],
)
def test_gap_to_plan_silent(text: str) -> None:
    assert [k for k, _ in alarms(text) if k == "target"] == []


# -- part_whole: a total that lists its kinds -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict", "figures"),
    [
        (
            "Các trường mầm non của huyện có 846 cán bộ quản lý, giáo viên, nhân viên, gồm 74 cán "
            "bộ quản lý, 612 giáo viên và 150 nhân viên.",
            "inconsistent",
            [846, 74, 612, 150],
        ),
        (
            "Năm 2024, Ủy ban nhân dân tỉnh tặng bằng khen cho 236 lượt tập thể, cá nhân, gồm 58 "
            "lượt tập thể và 178 lượt cá nhân.",
            "consistent",
            [236, 58, 178],
        ),
        (
            "Đến cuối năm 2024, toàn tỉnh còn 6.215 hộ nghèo và hộ cận nghèo, trong đó 2.480 hộ "
            "nghèo, 3.825 hộ cận nghèo.",
            "inconsistent",
            [6215, 2480, 3825],
        ),
        (
            "Đến cuối năm 2024, toàn tỉnh còn 6.305 hộ nghèo và hộ cận nghèo, trong đó 2.480 hộ "
            "nghèo, 3.825 hộ cận nghèo.",
            "consistent",
            [6305, 2480, 3825],
        ),
    ],
)
def test_total_of_listed_kinds(text: str, verdict: str, figures: list[float]) -> None:
    assert told(checks_of(text, "part_whole"), "part_whole", verdict, figures)


@pytest.mark.parametrize(
    "text",
    [
        # the parts are some kinds of one listed noun only
        "Trường có 48 cán bộ, giáo viên, nhân viên, trong đó 31 giáo viên nữ và 9 giáo viên nam.",
        # "trong đó" names two kinds the total does not list: may be partial
        "Huyện có 23.514 hộ dân, trong đó 4.862 hộ nghèo và 3.625 hộ cận nghèo.",
    ],
)
def test_total_of_listed_kinds_silent(text: str) -> None:
    assert alarms(text) == []


# -- repeat: owed, then done -----------------------------------------------------------------


def test_owed_count_is_no_restatement() -> None:
    text = (
        "Theo chương trình giám sát năm 2024, Ban Thường vụ Huyện ủy phải giám sát 18 tổ chức "
        "đảng. Thực tế đã giám sát 17 tổ chức đảng, đạt 95,4% chương trình."
    )
    assert [k for k, _ in alarms(text) if k == "repeat"] == []


def test_a_slip_without_obligation_is_still_told() -> None:
    text = (
        "Năm 2024, Ban Thường vụ Huyện ủy giám sát 18 tổ chức đảng về công tác cán bộ. Qua giám "
        "sát 81 tổ chức đảng, Ban Thường vụ đã chỉ ra một số hạn chế và yêu cầu khắc phục."
    )
    assert told(checks_of(text, "repeat"), "repeat", "inconsistent", [18, 81])


# -- granularity: the body's make-up said before the rate --------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict", "figures"),
    [
        (
            "Ban Chấp hành Đảng bộ xã khóa mới gồm 17 đồng chí. Cơ cấu cấp ủy hài hòa giữa các "
            "lĩnh vực; trong đó cán bộ nữ chiếm 25,4%.",
            "inconsistent",
            [17, 25.4],
        ),
        (
            "Ban Chấp hành Đảng bộ xã khóa mới gồm 17 đồng chí. Cơ cấu cấp ủy hài hòa giữa các "
            "lĩnh vực; trong đó cán bộ nữ chiếm 23,5%.",
            "consistent",
            [17, 23.5],
        ),
        (
            "Ủy ban Kiểm tra Huyện ủy có 9 đồng chí. Trong số này, cán bộ nữ chiếm 30%.",
            "inconsistent",
            [9, 30],
        ),
    ],
)
def test_members_rate_after_makeup(text: str, verdict: str, figures: list[float]) -> None:
    assert told(checks_of(text, "granularity"), "granularity", verdict, figures)


def test_members_rate_of_a_wider_body_is_silent() -> None:
    # the rate is of the whole Party organisation, not of the committee's 17 members
    text = (
        "Ban Chấp hành Đảng bộ xã khóa mới gồm 17 đồng chí. Cơ cấu cấp ủy hài hòa; tỷ lệ đảng "
        "viên nữ trong toàn Đảng bộ chiếm 25,4%."
    )
    assert [k for k, _ in alarms(text) if k == "granularity"] == []
