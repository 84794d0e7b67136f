"""Changes, targets and GRIM bases read in the thirtieth session's recall round (l30g), our own
passages.

- a change "so với <moment> (B)" whose current level is an earlier count with its unit written,
  past the items of a breakdown ("… 23 đảng viên: khiển trách 15, cảnh cáo 6 …"): the one such
  count that fits is confirmed (found by search: a miss proves nothing);
- a term or a phase ("so với nhiệm kỳ 2015-2020 (22,3%)") names one moment, as a school year does;
- the current rate bracketed after its count or fraction, the points change right after it
  ("45/52 (86,5%), tăng 12,1 điểm phần trăm so với năm 2020 (74,4%)"), also against the moment
  before a merger ("so với trước sắp xếp");
- the current rate in the sentence before, under other words ("nữ 19 đồng chí (21,3%). Tỷ lệ nữ
  tăng 2,8 điểm phần trăm so với …"): the one fitting rate is confirmed.
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told


def _rows(text: str, verdict: str, figures: list[float], kind: str = "change") -> list:
    return told(checks_of(text), kind, verdict, figures)


# -- the level past a breakdown's items -----------------------------------------------------------
LEVEL_PAST_ITEMS = [
    (
        "Năm 2024, các cấp ủy thi hành kỷ luật 23 đảng viên: khiển trách 15, cảnh cáo 6, khai trừ 2. "
        "Số đảng viên bị kỷ luật tăng 4 đồng chí so với năm 2023 (19 đảng viên).",
        [19, 23, 4],
    ),
    (
        "Trong quý, Ủy ban Kiểm tra giải quyết 41 đơn thư. Theo loại: tố cáo 26, khiếu nại 9, phản "
        "ánh 6. Theo cấp: huyện 12, xã 29. Số đơn thư giảm 8 đơn thư so với quý trước (49 đơn thư).",
        [49, 41, 8],
    ),
    (
        "Đoàn thanh niên xã kết nạp 64 đoàn viên mới, trong đó nữ 30, dân tộc thiểu số 18. Số "
        "đoàn viên kết nạp tăng 28% so với năm 2023 (50 đoàn viên).",
        [50, 64, 28],
    ),
]


@pytest.mark.parametrize(("text", "figures"), LEVEL_PAST_ITEMS)
def test_level_past_breakdown_items_is_confirmed(text: str, figures: list[float]) -> None:
    assert _rows(text, "consistent", figures)
    assert not alarms(text)


LEVEL_PAST_ITEMS_SILENT = [
    # the change fits no written level: a miss of a searched level proves nothing
    "Năm 2024, các cấp ủy thi hành kỷ luật 23 đảng viên: khiển trách 15, cảnh cáo 6, khai trừ 2. "
    "Số đảng viên bị kỷ luật tăng 6 đồng chí so với năm 2023 (19 đảng viên).",
    "Đoàn thanh niên xã kết nạp 64 đoàn viên mới, trong đó nữ 30, dân tộc thiểu số 18. Số "
    "đoàn viên kết nạp tăng 23% so với năm 2023 (50 đoàn viên).",
]


@pytest.mark.parametrize("text", LEVEL_PAST_ITEMS_SILENT)
def test_level_past_breakdown_items_near_misses(text: str) -> None:
    assert not [c for c in checks_of(text, "change") if c.verdict == "consistent"
                and len(c.figures) == 3 and c.figures[-1] in (6, 5, 23)]  # fmt: skip
    assert not alarms(text)


# -- a term named by its years is one moment --------------------------------------------------------
def test_term_years_name_one_moment() -> None:
    ok = (
        "Tỷ lệ cán bộ nữ trong cấp ủy cơ sở là 26,4%, tăng 3,1 điểm phần trăm so với nhiệm kỳ "
        "2015-2020 (23,3%)."
    )
    assert _rows(ok, "consistent", [23.3, 26.4, 3.1])
    slip = ok.replace("3,1 điểm", "3,4 điểm")
    assert _rows(slip, "inconsistent", [23.3, 26.4, 3.4])
    phase = (
        "Thu nhập bình quân đạt 58,2 triệu đồng/người, tăng 11,6 triệu đồng so với giai đoạn "
        "2016-2020 (46,6 triệu đồng)."
    )
    assert _rows(phase, "consistent", [46.6e6, 58.2e6, 11.6e6])
    # a bracket that names another year of the term keeps silence
    other = (
        "Tỷ lệ cán bộ nữ trong cấp ủy cơ sở là 26,4%, tăng 3,4 điểm phần trăm so với nhiệm kỳ "
        "2015-2020 (năm 2017 là 23,3%)."
    )
    assert not alarms(other)


# -- the rate bracketed after its count ---------------------------------------------------------
BRACKETED_RATE = [
    (
        "Toàn huyện có 38/46 xã (82,6%) đạt chuẩn, tăng 6,5 điểm phần trăm so với năm 2022 (76,1%).",
        "consistent",
        [76.1, 82.6, 6.5],
    ),
    (
        "Số chi bộ xếp loại tốt là 45/52 (86,5%), cao hơn 12,1 điểm phần trăm so với trước sắp xếp "
        "(74,4%).",
        "consistent",
        [74.4, 86.5, 12.1],
    ),
    (
        "Khối doanh nghiệp có 27 tổ chức đảng (64,3%), giảm 2,1 điểm phần trăm so với cuối năm 2023 "
        "(66,4%).",
        "consistent",
        [66.4, 64.3, 2.1],
    ),
    (
        "Toàn thị xã có 17/21 phường, xã (81%), cao hơn 7,5 điểm phần trăm so với trước sáp nhập "
        "(76,5%).",
        "inconsistent",
        [76.5, 81, 7.5],
    ),
]


@pytest.mark.parametrize(("text", "verdict", "figures"), BRACKETED_RATE)
def test_bracketed_rate_changes_in_points(text: str, verdict: str, figures: list[float]) -> None:
    assert _rows(text, verdict, figures)
    if verdict == "consistent":
        assert not alarms(text)


BRACKETED_RATE_SILENT = [
    # two rates before the change: which one changed?
    "Toàn huyện có 38/46 xã (82,6%) và 12 phường (60%), tăng 6,5 điểm phần trăm so với năm 2022 "
    "(76,1%).",
    # the rate moved against the verb: another rate's change
    "Có 14 chi bộ (35%), tăng 4 điểm phần trăm so với năm 2022 (41%).",
    # a percent change of the count, not points
    "Có 46 hợp tác xã (23%), tăng 15% so với năm 2022 (40 hợp tác xã).",
    # the bracket after the year is the earlier rate itself, not a current one
    "Năm 2024, tỷ lệ trẻ em suy dinh dưỡng thể thấp còi là 21,6%. So với năm 2021 (23,9%), giảm "
    "1,4 điểm phần trăm.",
]


@pytest.mark.parametrize("text", BRACKETED_RATE_SILENT)
def test_bracketed_rate_near_misses(text: str) -> None:
    assert not alarms(text)


# -- the rate stated in the sentence before ----------------------------------------------------
def test_rate_in_sentence_before_is_confirmed_when_it_alone_fits() -> None:
    text = (
        "Quy hoạch Ban Chấp hành nhiệm kỳ mới có 89 đồng chí, trong đó nữ 19 đồng chí (21,3%), cán "
        "bộ trẻ 24 đồng chí (27%). Tỷ lệ nữ tăng 2,8 điểm phần trăm so với quy hoạch nhiệm kỳ trước "
        "(18,5%)."
    )
    assert _rows(text, "consistent", [18.5, 21.3, 2.8])
    assert not alarms(text)
    miss = text.replace("2,8 điểm", "3,8 điểm")
    assert not [c for c in checks_of(miss, "change") if 3.8 in c.figures]
    assert not alarms(miss)
    # two rates of the sentence before fit: silence
    both = (
        "Năm 2024, tỷ lệ hộ dùng nước sạch ở thị trấn là 96,5%, ở xã vùng cao là 96,5%. Tỷ lệ này "
        "tăng 2,5 điểm phần trăm so với năm 2023 (94%)."
    )
    assert not alarms(both)



# -- the comparison fronted, the current rate in the sentence before ---------------------------
def test_fronted_comparison_finds_the_rate_before() -> None:
    text = (
        "Đến hết năm 2024, toàn tỉnh có 912.300 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ "
        "93,1% dân số. So với năm 2020 (88,9%), tỷ lệ bao phủ đã tăng 4,2 điểm phần trăm."
    )
    assert _rows(text, "consistent", [88.9, 93.1, 4.2])
    assert not alarms(text)
    miss = text.replace("4,2 điểm", "3,2 điểm")
    assert not [c for c in checks_of(miss, "change") if 3.2 in c.figures]
    assert not alarms(miss)
    other = (
        "Năm 2024, tỷ lệ hộ nghèo còn 3,42%, tỷ lệ hộ cận nghèo 5,1%. So với đầu nhiệm kỳ (7,62%), "
        "tỷ lệ hộ nghèo giảm 4,2 điểm phần trăm."
    )
    assert _rows(other, "consistent", [7.62, 3.42, 4.2])
    assert not alarms(other)


# -- a result against the one target of its noun set out earlier (target._cued_target_far) -------
LIST = (
    "Đầu nhiệm kỳ, Đảng bộ huyện có 3.412 đảng viên.\n\nĐại hội lần thứ X (họp tháng 9/2020) đề ra "
    "16 chỉ tiêu chủ yếu. Các chỉ tiêu trọng tâm là: tốc độ tăng giá trị sản xuất bình quân "
    "8-9%/năm; tổng vốn đầu tư toàn xã hội 5 năm đạt 12.500 tỷ đồng; {item}; hằng năm có từ 90% "
    "trở lên chi bộ hoàn thành tốt nhiệm vụ.\n\n"
)
FAR_TARGETS = [
    (
        LIST.format(item="kết nạp từ 1.200 đảng viên trở lên")
        + "Trong nhiệm kỳ, toàn Đảng bộ kết nạp 1.254 đảng viên, đạt 104,5% chỉ tiêu.",
        [1200, 1254, 104.5],
    ),
    (
        "Huyện có 24 xã, thị trấn (23 xã, 1 thị trấn). Nghị quyết đề ra mục tiêu đến năm 2025: 100% "
        "số xã đạt chuẩn nông thôn mới; có ít nhất 8 xã đạt chuẩn nông thôn mới nâng cao.\n\nĐến "
        "nay có 6 xã đạt chuẩn nông thôn mới nâng cao, chiếm 26,1% số xã, bằng 75% mục tiêu.",
        [8, 6, 75],
    ),
    (
        "Toàn huyện có 2.940 đảng viên. Nghị quyết đặt mục tiêu cả giai đoạn kết nạp ít nhất 400 "
        "đảng viên ở thôn, bản.\n\nTừ năm 2021 đến nay, các cấp ủy bồi dưỡng 520 quần chúng ưu tú; "
        "đã kết nạp 318 đảng viên, bằng 61,2% số quần chúng được bồi dưỡng và đạt 79,5% chỉ tiêu "
        "cả giai đoạn.",
        [400, 318, 79.5],
    ),
    (
        "Đầu năm huyện có 2.150 hộ nghèo. Chỉ tiêu huyện giao cho năm 2024 là giảm ít nhất 250 hộ "
        "nghèo.\n\nCuối năm còn 1.867 hộ nghèo; như vậy số hộ nghèo giảm 283 hộ so với đầu năm, "
        "vượt 13,2% chỉ tiêu.",
        [250, 283, 13.2],
    ),
]
FAR_SILENT = [
    # the percent misses: a searched target proves nothing
    LIST.format(item="kết nạp từ 1.200 đảng viên trở lên")
    + "Trong nhiệm kỳ, toàn Đảng bộ kết nạp 1.254 đảng viên, đạt 106,5% chỉ tiêu.",
    # two targets of the noun: which one?
    LIST.format(item="kết nạp từ 1.200 đảng viên trở lên; riêng khối doanh nghiệp kết nạp ít nhất "
                "57 đảng viên")
    + "Trong nhiệm kỳ, toàn Đảng bộ kết nạp 1.254 đảng viên, đạt 104,5% chỉ tiêu.",
    # an annual target is the term rules' (years x target)
    LIST.format(item="mỗi năm kết nạp từ 240 đảng viên trở lên")
    + "Trong nhiệm kỳ, toàn Đảng bộ kết nạp 1.254 đảng viên, đạt 104,5% chỉ tiêu.",
    # the level set apart by no cue is no target
    "Đầu nhiệm kỳ, Đảng bộ huyện có 1.200 đảng viên.\n\nTrong nhiệm kỳ, toàn Đảng bộ kết nạp "
    "1.254 đảng viên, đạt 104,5% chỉ tiêu.",
]


def _far(text: str) -> list:
    from vnreport_miner.checker import target
    from vnreport_miner.checker.context import Context
    from vnreport_miner.pipeline import process_text
    from vnreport_miner.records import Options

    doc = process_text(text, options=Options(entities=False))
    ctx = Context.build(doc.text, doc.sentences, doc.mentions)
    return target._cued_target_far(ctx, set())


@pytest.mark.parametrize(("text", "figures"), FAR_TARGETS)
def test_far_target_fits_are_confirmed(text: str, figures: list[float]) -> None:
    got = _far(text)
    assert [(c.verdict, c.figures) for c in got] == [("consistent", figures)]
    assert _rows(text, "consistent", figures, "target")
    assert not alarms(text)


@pytest.mark.parametrize("text", FAR_SILENT)
def test_far_target_near_misses_stay_silent(text: str) -> None:
    assert _far(text) == []
    assert not alarms(text)


# -- the current level a bare number of a graded list ------------------------------------------
BARE_NOW = (
    "Đối với đảng viên: trong 5.120 đảng viên có 310 đồng chí được miễn đánh giá, còn lại 4.810 "
    "đồng chí được xếp loại, kết quả: hoàn thành xuất sắc nhiệm vụ 742 (15,4%), tăng {d} đồng chí "
    "so với năm 2023 (721); hoàn thành tốt nhiệm vụ 3.650 (75,9%)."
)


def test_bare_level_of_a_graded_list_fits_its_change() -> None:
    text = BARE_NOW.format(d=21)
    assert _rows(text, "consistent", [721, 742, 21])
    assert not alarms(text)
    miss = BARE_NOW.format(d=12)
    assert not [c for c in checks_of(miss, "change") if 12 in c.figures]
    assert not alarms(miss)
    # a year is no level
    year = "Kết quả xếp loại: hoàn thành xuất sắc 2024, tăng 21 đồng chí so với năm 2023 (2003)."
    assert not checks_of(year, "change")
    assert not alarms(year)
    plain = "Chi bộ có 2 tổ đảng. Loại tốt 38 (84,4%), tăng 5 chi bộ so với năm 2023 (33 chi bộ)."
    assert _rows(plain, "consistent", [33, 38, 5])
    assert not alarms(plain)

