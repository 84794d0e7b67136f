"""Shapes from the twenty-eighth blind review and the twenty-second development set, in our own
sentences: a bracket that says who is left out of a count is no breakdown of it; a "trong đó"
after a bracketed breakdown splits the total before the bracket, not the bracket's last item;
a list the figures extractor reads as the parts of a total (rule ``count_breakdown``) still
gives its items' shares their whole. Each case is checked both ways: silent (or consistent) as
written, and inconsistent once one figure is changed."""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

OFF = Options(entities=False)


def _verdicts(text: str) -> list[tuple[str, str, list[float]]]:
    return [(c.kind, c.verdict, c.figures) for c in process_text(text, options=OFF).checks]


@pytest.mark.parametrize(
    "text",
    [
        # 473 were graded; the 9 and the 4 are left out of them, not its parts
        "Năm 2024 đánh giá, xếp loại 473 cán bộ diện Ban Thường vụ quản lý (không tính 9 đồng chí "
        "nghỉ hưu và 4 đồng chí mới chuyển công tác).",
        "Toàn huyện có 212 chi bộ trực thuộc (chưa kể 3 chi bộ quân sự và 2 chi bộ công an).",
        "Hội hiện có 2.315 hội viên (ngoài 46 hội viên danh dự và 12 hội viên mới chuyển đến).",
        "Năm học này có 1.140 học sinh dự thi (kể cả 25 thí sinh tự do và 8 thí sinh khuyết tật).",
    ],
)
def test_note_of_who_is_left_out_is_no_breakdown(text: str) -> None:
    assert not [v for v in _verdicts(text) if v[0] == "part_whole" and v[1] == "inconsistent"]


def test_real_bracket_breakdown_still_fires() -> None:
    got = _verdicts(
        "Toàn huyện có 212 chi bộ trực thuộc (150 chi bộ nông thôn, 40 chi bộ cơ quan)."
    )
    assert ("part_whole", "inconsistent", [212, 150, 40]) in got


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 47/186 = 25.27% -> 25.3%
        (
            "Đội ngũ tuyên truyền viên của xã có 186 người (cấp xã 31, thôn bản 155); trong đó nữ "
            "47 người, chiếm 25,3%.",
            [47, 186, 25.3],
        ),
        # 320/1250 = 25.6%
        (
            "Hội có 1.250 hội viên (nam 700, nữ 550), trong đó 320 hội viên là người dân tộc thiểu "
            "số, chiếm 25,6%.",
            [320, 1250, 25.6],
        ),
    ],
)
def test_trong_do_after_bracket_splits_the_total(text: str, figures: list[float]) -> None:
    got = _verdicts(text)
    assert ("share", "consistent", figures) in got
    assert not [v for v in got if v[1] == "inconsistent"]


def test_trong_do_after_bracket_fires_on_a_wrong_share() -> None:
    # 320/1250 = 25.6%, not 27.6% (and not 320/550 either)
    text = (
        "Hội có 1.250 hội viên (nam 700, nữ 550), trong đó 320 hội viên là người dân tộc thiểu "
        "số, chiếm 27,6%."
    )
    assert ("share", "inconsistent", [320, 1250, 27.6]) in _verdicts(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the list adds up to 60, so the extractor reads its items as chi bộ; 3/60 = 5%
        (
            "Năm 2024 có 60 chi bộ được xếp loại: trong sạch, vững mạnh 12, khá 45, yếu 3. "
            "Loại yếu chiếm 5% tổng số chi bộ.",
            "consistent",
        ),
        (
            "Năm 2024 có 60 chi bộ được xếp loại: trong sạch, vững mạnh 12, khá 45, yếu 3. "
            "Loại yếu chiếm 7% tổng số chi bộ.",
            "inconsistent",
        ),
    ],
)
def test_share_of_an_item_of_a_read_list(text: str, verdict: str) -> None:
    shares = [v for v in _verdicts(text) if v[0] in ("share", "granularity")]
    assert shares and all(v[1] == verdict for v in shares)


@pytest.mark.parametrize(
    "pct",
    ["45,2%", "48,2%"],  # 689/1526 = 45.15%; the list's last item (706) is no whole
)
def test_trong_do_after_a_list_is_not_of_its_last_item(pct: str) -> None:
    text = (
        "Đảng bộ quản lý 1.526 đảng viên. Chia theo độ tuổi: dưới 30 tuổi 118 đảng viên, từ 30 "
        "đến 60 tuổi 702 đảng viên, trên 60 tuổi 706 đảng viên; trong đó nữ 689 đảng viên, "
        f"chiếm {pct}."
    )
    got = _verdicts(text)
    assert not [v for v in got if v[1] == "inconsistent" and 706 in v[2] and 689 in v[2]]
    if pct == "45,2%":
        assert not [v for v in got if v[1] == "inconsistent"]
