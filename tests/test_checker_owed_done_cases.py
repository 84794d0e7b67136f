"""Shares and targets tied by the words of the report rather than by position (sentences written
for these tests; the arithmetic is in each comment)."""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

CASES = [
    # a title counts its holders: 19/46 = 41,3% (not 19 of the 612 members)
    ("Đảng bộ có 612 đảng viên. Toàn huyện có 46 bí thư chi bộ, trong đó 19 đồng chí là nữ, "
     "chiếm 41,3%.", "share", [19, 46, 41.3], "consistent"),
    # 19/46 = 41,3%, not 43,1% (19/612 = 3,1% is no reading of it)
    ("Đảng bộ có 612 đảng viên. Toàn huyện có 46 bí thư chi bộ, trong đó 19 đồng chí là nữ, "
     "chiếm 43,1%.", "share", [19, 46, 43.1], "inconsistent"),
    # what must be done, then what was done by the same verb across ";": 209/214 = 97,7%
    ("Năm 2024 có 214 người phải kê khai tài sản, thu nhập; đã kê khai 209 người, đạt 97,7%.",
     "share", [209, 214, 97.7], "consistent"),
    # 209/214 = 97,7%, not 95,7%
    ("Năm 2024 có 214 người phải kê khai tài sản, thu nhập; đã kê khai 209 người, đạt 95,7%.",
     "share", [209, 214, 95.7], "inconsistent"),
    # amounts are shown as written: 18,6/27,4 = 67,9%, not 63,8%
    ("Tổng số tiền, tài sản phải thu hồi theo các bản án có hiệu lực pháp luật là 27,4 tỷ đồng; "
     "các cơ quan chức năng đã thu hồi 18,6 tỷ đồng, đạt tỷ lệ 63,8%.", "share", [18.6, 27.4, 63.8],
     "inconsistent"),
    # the members of what was achieved stand between it and its rate: 46/40 = 115%
    ("Kế hoạch năm 2024 xây dựng mới 40 mô hình; kết quả xây dựng 46 mô hình với 812 hộ tham gia, "
     "vượt 15% kế hoạch.", "target", [40, 46, 15], "consistent"),
    # 46/40 = 115%: the excess is 15%, not 13%
    ("Kế hoạch năm 2024 xây dựng mới 40 mô hình; kết quả xây dựng 46 mô hình với 812 hộ tham gia, "
     "vượt 13% kế hoạch.", "target", [40, 46, 13], "inconsistent"),
]  # fmt: skip

SILENT = [
    # another verb: what was collected ("thu được") need not be what had to be recovered
    "Số tiền phải thu hồi là 12,5 tỷ đồng; thực tế đã thu được 9,8 tỷ đồng, đạt 76,4%.",
    # the rate after "với" is of the learners: 1.610/1.400 = 115%, not of the 18 classes (18/16)
    "Năm 2024 phấn đấu tổ chức 16 lớp tập huấn cho 1.400 lượt hội viên. Kết quả đã tổ chức 18 "
    "lớp với 1.610 lượt người tham dự, đạt 115% kế hoạch.",
]


def _checks(text: str) -> list:
    return process_text(text, options=Options(entities=False)).checks


@pytest.mark.parametrize(("text", "kind", "figures", "verdict"), CASES)
def test_tied_by_words(text: str, kind: str, figures: list[float], verdict: str) -> None:
    got = [c for c in _checks(text) if c.kind == kind and all(x in c.figures for x in figures)]
    assert [c.verdict for c in got] == [verdict], [
        (c.kind, c.verdict, c.why) for c in _checks(text)
    ]


def test_amounts_are_explained_as_written() -> None:
    text = CASES[4][0]
    (c,) = [c for c in _checks(text) if c.kind == "share"]
    assert c.why.startswith("18.6/27.4 "), c.why


@pytest.mark.parametrize("text", SILENT)
def test_other_verb_is_no_alarm(text: str) -> None:
    assert [c.why for c in _checks(text) if c.verdict == "inconsistent"] == []


# -- restatements: a summary said with the same words, and five digits with two swapped

SUMMARY = (
    "- Vận động xây dựng, sửa chữa 52 căn nhà Đại đoàn kết (xây mới 40, sửa chữa 12) cho hộ nghèo. "
    "Lũy kế từ năm 2020, toàn huyện đã bàn giao 287 căn nhà Đại đoàn kết.\n\n"
    "Nhìn chung, công tác Mặt trận năm 2024 có nhiều chuyển biến; {} 58 căn nhà Đại đoàn kết; "
    "tỷ lệ hộ gia đình văn hóa đạt 94,2%."
)


def test_summary_said_with_the_same_words_restates_the_count() -> None:
    # "vận động xây dựng, sửa chữa" 52 houses, then 58 in the summary (the 287 is cumulative)
    got = [c for c in _checks(SUMMARY.format("vận động xây dựng, sửa chữa")) if c.kind == "repeat"]
    assert [(c.verdict, c.figures) for c in got if c.verdict == "inconsistent"] == [
        ("inconsistent", [52, 58])
    ]


def test_summary_said_with_other_words_is_no_alarm() -> None:
    # "đã bàn giao" names the cumulative houses, not this year's 52
    text = SUMMARY.format("đã bàn giao")
    assert [c.why for c in _checks(text) if c.verdict == "inconsistent"] == []


def test_members_with_two_digits_swapped() -> None:
    text = (
        "Toàn huyện có 312 chi đoàn. Tổng số đoàn viên là 24.318 người, trong đó nữ 12.006 người. "
        "Với 24.381 đoàn viên, Huyện đoàn tiếp tục là lực lượng nòng cốt trong các phong trào."
    )
    got = [c for c in _checks(text) if c.kind == "repeat" and c.verdict == "inconsistent"]
    assert [c.figures for c in got] == [[24318, 24381]]


def test_members_of_two_years_with_swapped_digits_are_no_alarm() -> None:
    text = "Năm 2023, tổng số đoàn viên là 24.318 người. Năm 2024, toàn huyện có 24.381 đoàn viên."
    assert [c.why for c in _checks(text) if c.verdict == "inconsistent"] == []


def test_units_reaching_a_rate_are_no_share_of_the_scope() -> None:
    # "4 đơn vị đạt 85,7%" is the rate those communes reached, not 4/16 (white-box review 37):
    # "đơn vị" is not read as the scope's places
    text = "Trong 16 xã có 12 đơn vị đạt 100% thôn có nhà văn hóa, 4 đơn vị đạt 85,7%."
    assert [c.why for c in _checks(text) if c.verdict == "inconsistent"] == []


@pytest.mark.parametrize(("stated", "verdict"), [("12,5", "consistent"), ("11,1", "inconsistent")])
def test_a_target_a_body_gives(stated: str, verdict: str) -> None:
    # "Nghị quyết 07 giao 200 …": 225/200 = 112,5%, so the excess is 12,5% (11,1% = 25/225)
    text = (
        "Riêng chỉ tiêu kết nạp đảng viên là người dân tộc Chăm, Nghị quyết 07 giao 200 đảng viên "
        f"cho cả nhiệm kỳ; kết quả đạt 225 đảng viên, vượt {stated}% chỉ tiêu."
    )
    got = [c for c in _checks(text) if c.kind == "target"]
    assert [c.verdict for c in got] == [verdict]


def test_handing_over_is_no_target() -> None:
    text = "Năm 2024, Hội bàn giao 40 căn nhà; kết quả đạt 46 căn nhà, vượt 13% chỉ tiêu."
    assert [c.why for c in _checks(text) if c.verdict == "inconsistent"] == []


def test_an_amount_restated_with_two_digits_swapped() -> None:
    # the fund is 57,3 tỷ đồng, then 53,7 tỷ đồng at the year's end (same seven words before it)
    text = (
        "Tổng nguồn vốn Quỹ Hỗ trợ nông dân các cấp đạt 57,3 tỷ đồng, tăng 4,1 tỷ đồng so với năm "
        "2023 (53,2 tỷ đồng). Trong năm giải ngân cho 126 dự án.\n\nIII. ĐÁNH GIÁ CHUNG\n\nDo ảnh "
        "hưởng của mưa lũ, nguồn vốn Quỹ Hỗ trợ nông dân cuối năm đạt 53,7 tỷ đồng, chưa đạt mức "
        "tăng trưởng đề ra."
    )
    got = [c for c in _checks(text) if c.kind == "repeat" and c.verdict == "inconsistent"]
    assert len(got) == 1 and "57,3 tỷ đồng" in got[0].why and "53,7 tỷ đồng" in got[0].why


def test_two_funds_with_swapped_digits_are_no_alarm() -> None:
    # two different funds: their words differ
    text = (
        "Quỹ Hỗ trợ nông dân đạt 57,3 tỷ đồng. Trong năm giải ngân cho 126 dự án.\n\n"
        "Quỹ Vì người nghèo của huyện cuối năm đạt 53,7 tỷ đồng."
    )
    assert [c.why for c in _checks(text) if c.verdict == "inconsistent"] == []


def test_a_summary_named_by_its_verb_restates_a_count() -> None:
    # "Tóm lại, …" with the same four words before it: 138 restated as 183 (digits swapped)
    text = (
        "Năm 2024, Hội Nông dân huyện hỗ trợ vốn vay cho 138 hộ hội viên. Lũy kế từ năm 2020, Hội "
        "đã hướng dẫn kỹ thuật cho 1.410 hộ. Tóm lại, trong năm Hội hỗ trợ vốn vay cho 183 hộ hội "
        "viên."
    )
    got = [c for c in _checks(text) if c.kind == "repeat" and c.verdict == "inconsistent"]
    assert [c.figures for c in got] == [[138, 183]]


@pytest.mark.parametrize(("stated", "verdict"), [("84,6", "consistent"), ("86,4", "inconsistent")])
def test_a_scope_of_title_holders(stated: str, verdict: str) -> None:
    # "Trong số 13 chủ tịch … có 11 đồng chí": 11/13 = 84,6%, not of the 27 members before
    text = (
        "Ban Chấp hành Hội có 27 ủy viên. Trong số 13 chủ tịch Hội cơ sở có 11 đồng chí trình độ "
        f"đại học, chiếm {stated}%."
    )
    got = [c for c in _checks(text) if c.kind == "share"]
    assert [c.verdict for c in got] == [verdict]


@pytest.mark.parametrize(("total", "verdict"), [("303", "consistent"), ("312", "inconsistent")])
def test_age_bands_under_a_comma_heading(total: str, verdict: str) -> None:
    # "Về độ tuổi, dưới 35 …, từ 35 đến 50 …, trên 50 …": bands that leave nobody out split the
    # staff stated before: 84 + 163 + 56 = 303
    text = (
        f"Đội ngũ cán bộ, công chức cấp xã của huyện hiện có {total} người. Về độ tuổi, dưới 35 "
        "tuổi có 84 người, từ 35 đến 50 tuổi có 163 người, trên 50 tuổi có 56 người."
    )
    got = [c for c in _checks(text) if c.kind == "part_whole"]
    assert [c.verdict for c in got] == [verdict]
