"""Constructions met in battery_g, in phrasings of our own: a share list whose first item is
checked against the whole its confirmed sibling uses, a count's change restated as a percent
("tăng 40 hội viên, tương đương 12,5%"), a change against a moment whose level is stated
sentences before ("so với đầu nhiệm kỳ", "so với năm 2021", "so với năm trước"), and an annual
target against one year's result.

Each row of CASES is (kind, passage, verdict the kind must give, figures it must use); rows of
SILENT must raise no inconsistency of the kind.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def rows(text: str, kind: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == kind]


CASES = [
    # -- the first item of a share list, its sibling confirmed against the same whole after it
    (
        "share",
        "Đảng bộ xã có 400 đảng viên, sinh hoạt ở 18 chi bộ. Đảng viên nữ 160 đồng chí, chiếm 40%; đảng viên là người dân tộc thiểu số 100 đồng chí, chiếm 25%.",
        "consistent",
        [160, 400, 40],
    ),
    (
        "share",
        "Đảng bộ xã có 400 đảng viên, sinh hoạt ở 18 chi bộ. Đảng viên nữ 160 đồng chí, chiếm 44%; đảng viên là người dân tộc thiểu số 100 đồng chí, chiếm 25%.",
        "inconsistent",
        [160, 400, 44],
    ),
    (
        "share",
        "Diện tích tự nhiên của xã là 4.000 ha. Đất rừng phòng hộ 2.600 ha, chiếm 60%; đất trồng lúa 800 ha, chiếm 20%.",
        "inconsistent",
        [2600, 4000, 60],
    ),
    # -- a count's change restated as a percent of the start
    (
        "change",
        "Số hội viên tăng từ 320 người (năm 2021) lên 360 người (năm 2024), tăng 40 người, tương đương 12,5%.",
        "consistent",
        [320, 360, 12.5],
    ),
    (
        "change",
        "Số hội viên tăng từ 320 người (năm 2021) lên 360 người (năm 2024), tăng 40 người, tương đương 11,1%.",
        "inconsistent",
        [320, 360, 11.1],
    ),
    (
        "change",
        "Biên chế khối xã giảm từ 250 người xuống còn 225 người, giảm 25 người, tương ứng 12%.",
        "inconsistent",
        [250, 225, 12],
    ),
    # -- a change against a moment stated sentences before
    (
        "change",
        "Đầu nhiệm kỳ, Hội Cựu chiến binh huyện có 2.150 hội viên. Hội thường xuyên củng cố tổ chức. Đến nay, Hội Cựu chiến binh huyện có 2.310 hội viên, tăng 160 hội viên so với đầu nhiệm kỳ.",
        "consistent",
        [2150, 2310, 160],
    ),
    (
        "change",
        "Đầu nhiệm kỳ, Hội Cựu chiến binh huyện có 2.150 hội viên. Hội thường xuyên củng cố tổ chức. Đến nay, Hội Cựu chiến binh huyện có 2.310 hội viên, tăng 190 hội viên so với đầu nhiệm kỳ.",
        "inconsistent",
        [2150, 2310, 190],
    ),
    (
        "change",
        "Năm 2021, tỷ lệ hộ dùng nước sạch của huyện đạt 71,5%. Các xã đã huy động nhiều nguồn vốn. Năm 2024, tỷ lệ hộ dùng nước sạch đạt 80,2%, tăng 6,7 điểm phần trăm so với năm 2021.",
        "inconsistent",
        [71.5, 80.2, 6.7],
    ),
    (
        "change",
        "Năm 2023, toàn xã có 400 hộ tham gia tổ hợp tác sản xuất. Năm 2024, xã tiếp tục hỗ trợ giống, vật tư; số hộ tham gia tổ hợp tác sản xuất là 460 hộ, tăng 15% so với năm trước.",
        "consistent",
        [400, 460, 15],
    ),
    (
        "change",
        "Năm 2023, toàn xã có 400 hộ tham gia tổ hợp tác sản xuất. Năm 2024, xã tiếp tục hỗ trợ giống, vật tư; số hộ tham gia tổ hợp tác sản xuất là 460 hộ, tăng 18% so với năm trước.",
        "inconsistent",
        [400, 460, 18],
    ),
    # -- an annual target against one year's result
    (
        "target",
        "Nghị quyết đề ra chỉ tiêu mỗi năm phát triển từ 150 hội viên trở lên. Năm 2024, Hội đã kết nạp 165 hội viên, vượt 10% chỉ tiêu.",
        "consistent",
        [150, 165, 10],
    ),
    (
        "target",
        "Nghị quyết đề ra chỉ tiêu mỗi năm phát triển từ 150 hội viên trở lên. Năm 2024, Hội đã kết nạp 165 hội viên, vượt 15% chỉ tiêu.",
        "inconsistent",
        [150, 165, 15],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text", "expected", "figures"), CASES)
def test_checker_battery_g_cases_verdict(
    kind: str, text: str, expected: str, figures: list[float]
) -> None:
    got = rows(text, kind)
    hits = [c for c in got if all(x in c.figures for x in figures)]
    assert any(c.verdict == expected for c in hits), [(c.verdict, c.figures, c.why) for c in got]


SILENT = [
    # the first item's sibling is a subset of it, not of the same whole
    ("share", "Đảng bộ xã có 400 đảng viên. Đảng viên nữ 160 đồng chí, chiếm 44%, trong đó dân tộc thiểu số 40 đồng chí, chiếm 25%."),
    # two different earlier moments of the unit: the base of "so với năm 2021" is not unique
    ("change", "Năm 2021, xã có 300 hộ nuôi bò và 120 hộ nuôi dê. Năm 2024, xã có 390 hộ nuôi bò, tăng 50 hộ so với năm 2021."),
    # the earlier sentence speaks of another subject with the same unit
    ("change", "Năm 2023, toàn xã có 400 hộ nghèo. Năm 2024, số hộ được vay vốn ưu đãi là 460 hộ, tăng 18% so với năm trước."),
    # the earlier level is of another year than the one compared with
    ("change", "Năm 2020, Hội có 2.150 hội viên. Đến năm 2024, Hội có 2.310 hội viên, tăng 190 hội viên so với năm 2021."),
    # an annual target against a count of several years
    ("target", "Nghị quyết đề ra chỉ tiêu mỗi năm phát triển từ 150 hội viên trở lên. Giai đoạn 2021-2024, Hội đã kết nạp 640 hội viên, vượt 15% chỉ tiêu."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text"), SILENT)
def test_checker_battery_g_cases_near_miss_silent(kind: str, text: str) -> None:
    got = rows(text, kind)
    assert not [c for c in got if c.verdict == "inconsistent"], [
        (c.verdict, c.figures, c.why) for c in got
    ]
