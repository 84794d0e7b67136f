"""A share of a whole named by its noun and its body ("chiếm 17,1% tổng số đảng viên của Đảng
bộ"), the whole stated sentences before as the body's plain stock, even when a bracket breaks
it down ("864 đảng viên (831 đảng viên chính thức, 33 đảng viên dự bị)": the whole is 864, not
831). Read in the twelfth session; each passage is ours.

A miss is told only when the body names the whole's own clause, nothing qualifies the whole
after its noun, and the part's sentence opens no scope of its own ("Toàn huyện, …").
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)
_MIDDLE = " Công tác giáo dục chính trị, tư tưởng được chú trọng. "


def _shares(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "share"]


STOCK = (
    "Đảng bộ phường Tân Lập có 31 chi bộ trực thuộc và 864 đảng viên "
    "(831 đảng viên chính thức, 33 đảng viên dự bị)."
)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Số đảng viên được miễn sinh hoạt là 148 đồng chí, chiếm 17,1% tổng số đảng viên của Đảng bộ.", "consistent"),
        ("Số đảng viên được miễn sinh hoạt là 148 đồng chí, chiếm 18,1% tổng số đảng viên của Đảng bộ.", "inconsistent"),
        ("Đảng viên có trình độ đại học trở lên là 402 đồng chí, chiếm 44,5% tổng số đảng viên của Đảng bộ.", "inconsistent"),
    ],
)  # fmt: skip
def test_body_total_after_a_bracketed_breakdown(claim: str, verdict: str) -> None:
    rows = _shares(STOCK + _MIDDLE + claim)
    assert [c.verdict for c in rows] == [verdict], rows
    assert rows[0].figures[1] == 864  # the head of the breakdown, not its 831 part


# the whole's noun and body named, but the whole of another set or scope: no alarm
QUIET = [
    # the count before is qualified after its noun
    "Đảng bộ huyện đã rà soát 1.380 đảng viên khối cơ quan."
    + _MIDDLE
    + "Có 126 đảng viên dưới 35 tuổi, chiếm 18,1% tổng số đảng viên của Đảng bộ huyện.",
    # the part's sentence opens a scope of its own
    "Đảng bộ xã có 364 đảng viên."
    + _MIDDLE
    + "Toàn huyện, đảng viên nữ là 1.148 đồng chí, chiếm 31,2% tổng số đảng viên của Đảng bộ.",
    # the body is not the subject of the whole's clause
    "Huyện có 864 đảng viên (831 đảng viên chính thức, 33 đảng viên dự bị)."
    + _MIDDLE
    + "Số đảng viên được miễn sinh hoạt là 148 đồng chí, chiếm 18,1% tổng số đảng viên của Đảng bộ.",
    # white-box review 68: the whole moved in between; another body's own count; "chi bộ"
    # counted in the whole's clause, not its subject
    STOCK
    + " Tháng 3, Đảng bộ tiếp nhận 52 đảng viên chuyển đến."
    + " Số đảng viên được miễn sinh hoạt là 148 đồng chí, chiếm 16,2% tổng số đảng viên của Đảng bộ.",
    "Đảng bộ phường Tân Lập có 31 chi bộ và 864 đảng viên."
    + _MIDDLE
    + "Chi bộ khu phố 7 có 46 đảng viên trên 70 tuổi, chiếm 51,1% tổng số đảng viên của chi bộ.",
    # the percent names another body than the whole's subject (an older reading)
    "Đảng bộ huyện Phong Điền có 38 tổ chức cơ sở đảng với 5.958 đảng viên."
    + _MIDDLE
    + "Huyện có 412 đảng viên là người dân tộc thiểu số, chiếm 0,6% tổng số đảng viên của tỉnh.",
]


@pytest.mark.parametrize("text", QUIET)
def test_body_total_quiet(text: str) -> None:
    assert [c for c in _shares(text) if c.verdict == "inconsistent"] == []


def test_a_bracketed_base_of_another_rate_is_not_the_whole_of_a_later_part() -> None:
    # blind review 71: 1.924/18.642 = 10,32%; the bracket (21.370) is the base of the 87,2%
    text = (
        "Tổng số hội viên đến cuối năm 2024 là 18.642 người, chiếm 87,2% số phụ nữ từ 18 tuổi trở "
        "lên trên địa bàn (21.370 người); trong đó hội viên là người dân tộc thiểu số 1.924 người, "
        "chiếm 10,3%."
    )
    assert [c for c in _shares(text) if c.verdict == "inconsistent"] == []


def test_a_whole_named_by_what_was_done_to_an_earlier_count() -> None:
    # blind review 72: "số đơn đã giải quyết" is the 38 of "Đã giải quyết 38/41 đơn" (19/38 =
    # 50%), not the 23 forwarded "đến cơ quan có thẩm quyền giải quyết"
    text = (
        "Năm 2024, ủy ban kiểm tra các cấp nhận 64 đơn tố cáo; trong đó 41 đơn thuộc thẩm quyền, "
        "23 đơn không thuộc thẩm quyền đã chuyển đến cơ quan có thẩm quyền giải quyết. Đã giải "
        "quyết 38/41 đơn thuộc thẩm quyền, đạt 92,7%. Qua giải quyết, kết luận tố cáo đúng 7 đơn, "
        "đúng một phần 12 đơn, tố cáo sai 19 đơn; số đơn tố cáo đúng và đúng một phần chiếm 50,0% "
        "số đơn đã giải quyết."
    )
    assert [c for c in _shares(text) if c.verdict == "inconsistent"] == []


def test_a_change_is_not_the_count_a_subject_names() -> None:
    # blind review 75: "Số đoàn viên được kết nạp Đảng chiếm 1,9%" is of 1.573, not the rise of 144
    text = (
        "Toàn thành phố có 82.456 đoàn viên. Công tác giới thiệu đoàn viên ưu tú được chú trọng. "
        "Trong năm đã có 1.573 đoàn viên được kết nạp vào Đảng. So với năm 2023 (1.429 đoàn viên "
        "được kết nạp Đảng), số đoàn viên được kết nạp tăng 144 người, tương ứng tăng 10,1%. Số "
        "đoàn viên được kết nạp Đảng chiếm 1,9% tổng số đoàn viên toàn thành phố."
    )
    assert [c for c in _shares(text) if c.verdict == "inconsistent"] == []
