"""A change whose two levels carry their time in brackets ("tăng từ 86 (cuối năm 2020) lên 132
(cuối năm 2024)"): the levels take the subject's noun and the change is checked (sentences
written for these tests; the arithmetic is in each comment)."""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

TEXT = (
    "Sau bốn năm, số chi hội tăng từ 41 (cuối năm 2020) lên 57 (cuối năm 2024), tăng 16 chi hội, "
    "tương đương tăng {p}%."
)


@pytest.mark.parametrize(("stated", "verdict"), [("39,0", "consistent"), ("41,5", "inconsistent")])
def test_bracketed_times_between_levels(stated: str, verdict: str) -> None:
    # 16/41 = 39,02% -> 39,0%
    checks = process_text(TEXT.format(p=stated), options=Options(entities=False)).checks
    value = float(stated.replace(",", "."))
    got = [c.verdict for c in checks if c.kind == "change" and c.figures == [41, 57, value]]
    assert got == [verdict], [(c.kind, c.figures, c.verdict) for c in checks]
    diff = [c.verdict for c in checks if c.kind == "change" and c.figures == [41, 57, 16]]
    assert diff == ["consistent"]


BRACKETED = "Số đảng viên tăng từ 2.914 lên 4.376 đồng chí, tăng 1.462 đồng chí ({})."


@pytest.mark.parametrize(
    ("rate", "verdict"),
    [
        # 1.462/2.914 = 50,17% -> 50,2%
        ("tăng 50,2%", "consistent"),
        ("tăng 52,0%", "inconsistent"),
        ("50,2%", "consistent"),
        # a bare bracketed percent may be points or a share: only a fit is told
        ("52,0%", None),
    ],
)
def test_the_rate_of_a_difference_in_brackets(rate: str, verdict: str | None) -> None:
    checks = process_text(BRACKETED.format(rate), options=Options(entities=False)).checks
    got = [c.verdict for c in checks if c.kind == "change" and len(c.figures) == 3
           and c.figures[:2] == [2914, 4376] and c.figures[2] != 1462]  # fmt: skip
    assert got == ([verdict] if verdict else []), [(c.figures, c.verdict) for c in checks]


IMPLIED = (
    "Năm 2023 kết nạp 1.640 đảng viên, năm 2024 kết nạp 1.722 đảng viên; năm 2024 tăng 82 đảng "
    "viên, tương đương tăng {p}% so với năm 2023."
)


@pytest.mark.parametrize(("stated", "found"), [("5,0", True), ("6,0", False)])
def test_the_rate_of_a_difference_whose_levels_are_found_by_it(stated: str, found: bool) -> None:
    # 82/1.640 = 5,0%: told as a fit; 6,0% fits nothing and is not told (no rule reads the pair)
    checks = process_text(IMPLIED.format(p=stated), options=Options(entities=False)).checks
    value = float(stated.replace(",", "."))
    got = [c.verdict for c in checks if c.kind == "change" and c.figures == [1640, 1722, value]]
    assert got == (["consistent"] if found else []), [(c.figures, c.verdict) for c in checks]
    assert not [c for c in checks if c.verdict == "inconsistent"]


FLOW = (
    "Năm 2024 kết nạp 1.027 hội viên mới; giảm 565 hội viên (từ trần 498, chuyển đi nơi khác 67). "
    "Tổng số hội viên tăng từ 28.152 lên {end} hội viên."
)


@pytest.mark.parametrize(
    ("end", "figures"), [("28.614", [28152, 1027, 565, 28614]), ("28.624", None)]
)
def test_movements_before_a_change_are_told_when_they_make_it(
    end: str, figures: list | None
) -> None:
    # 28.152 + 1.027 - 565 = 28.614; with 28.624 the movements may leave some unsaid: not told
    checks = process_text(FLOW.format(end=end), options=Options(entities=False)).checks
    got = [c.figures for c in checks if c.kind == "change" and len(c.figures) == 4]
    assert got == ([figures] if figures else []), [(c.figures, c.verdict) for c in checks]
    assert not [c for c in checks if c.verdict == "inconsistent"]


def test_people_counted_by_their_role_are_found_by_their_sum() -> None:
    # 52 + 287 + 1.106 = 1.445 (a fit only: the list may be of another whole)
    text = (
        "Đội ngũ tuyên truyền viên toàn huyện có 1.445 người, gồm: 52 tuyên truyền viên cấp huyện, "
        "287 tuyên truyền viên cấp xã và 1.106 tuyên truyền viên ở thôn, tổ dân phố."
    )
    checks = process_text(text, options=Options(entities=False)).checks
    got = [(c.figures, c.verdict) for c in checks if c.kind == "part_whole"]
    assert got == [([1445, 52, 287, 1106], "consistent")], got
