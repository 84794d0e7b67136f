"""repeat: a set named back ("trong 18 đảng viên bị kỷ luật có 2 …") and a count restated a few
sentences on, and the counted noun of a fraction read from the dictionary ("17/18 liên đội").

Each row of CASES is (passage, verdict the repeat check must give, figures it must use); rows
of SILENT must raise no inconsistency (another set, moment, level, body, a plan, a count said
beside it, or a difference the text accounts for). The named-back reading tells a fit only
(white-box review 77); the SILENT rows from "Sang năm nay" on were alarms of older readings
that the review found, each one shape of its 51.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def checks_of(text: str) -> list[Check]:
    return process_text(text, options=_OPTS).checks


CASES = [
    (
        "Hội Nông dân xã hiện có 1.432 hội viên, sinh hoạt tại 9 chi hội. Năm qua, Hội phối hợp "
        "giải ngân cho 215 lượt hội viên vay vốn. Ông Chủ tịch Hội cho biết, thời gian tới Hội tập "
        "trung nâng chất lượng sinh hoạt để cả 1.423 hội viên hiện có tham gia phong trào.",
        "inconsistent",
        [1432, 1423],
    ),
    (
        "Các cấp ủy đã kiểm tra 48 đảng viên khi có dấu hiệu vi phạm. Kết quả kiểm tra được thông "
        "báo công khai. Trong số 46 đảng viên được kiểm tra khi có dấu hiệu vi phạm, có 30 đồng "
        "chí có vi phạm.",
        "inconsistent",
        [48, 46],
    ),
    (
        "Các cấp ủy đã thi hành kỷ luật 27 đảng viên. Công tác giám sát thường xuyên được "
        "tăng cường. Đáng lưu ý, trong 27 đảng viên bị kỷ luật có 4 người là cấp ủy viên.",
        "consistent",
        [27, 27],
    ),
    (
        "Xã công nhận 35 mô hình dân vận khéo cấp xã. Nhiều mô hình có sức lan tỏa. Tuy vậy, trong "
        "tổng số 35 mô hình dân vận khéo cấp xã, có 6 mô hình hoạt động cầm chừng.",
        "consistent",
        [35, 35],
    ),
]

SILENT = [
    # a set named back with another value: told by no alarm (a fit only)
    "Các cấp ủy đã thi hành kỷ luật 27 đảng viên. Công tác giám sát thường xuyên được tăng "
    "cường. Đáng lưu ý, trong 29 đảng viên bị kỷ luật có 4 người là cấp ủy viên.",
    # time moved on between the two statements
    "Năm 2022, xã hỗ trợ sinh kế cho 132 hộ nghèo. Sang năm nay, chương trình mở rộng ra các thôn "
    "vùng cao. Trong số 140 hộ nghèo được hỗ trợ sinh kế, có 52 hộ đã thoát nghèo.",
    # others took part between them
    "Chi bộ thôn Đông đã hòa giải thành 22 vụ việc mâu thuẫn. Các thôn khác cũng tích cực tham "
    "gia. Trong số 25 vụ việc mâu thuẫn, có 21 vụ hòa giải thành.",
    # the next sentence explains the difference
    "Huyện đã hỗ trợ nhà ở cho 318 hộ. Trong số 324 hộ được hỗ trợ nhà ở có 120 hộ xây mới. Chênh "
    "lệch 6 hộ là số hộ do doanh nghiệp trực tiếp hỗ trợ.",
    # a scope named before "trong tổng số"
    "Cả huyện kết nạp 126 đảng viên mới trong năm. Nông thôn vẫn là nguồn chính. Các xã vùng cao, "
    "trong tổng số 118 đảng viên mới được kết nạp, có 45 đồng chí là người dân tộc thiểu số.",
    # the earlier count is a plan
    "Theo kế hoạch, Ủy ban Kiểm tra sẽ kiểm tra 36 đảng viên. Công tác chuẩn bị được tiến hành chu "
    "đáo. Trong số 33 đảng viên được kiểm tra, có 30 đồng chí hoàn thành tốt nhiệm vụ.",
    # a narrower qualifier after the later count
    "Các chi bộ đã kết nạp 72 đảng viên mới. Phong trào thi đua tạo nguồn sôi nổi. Trong số 66 "
    "đảng viên mới được kết nạp từ nguồn đoàn viên, có 25 đồng chí là nữ.",
    # counts between them make the difference (96 - 9 + 5 = 92)
    "Xã lập danh sách 96 hộ cận nghèo cần hỗ trợ. Qua rà soát, 9 hộ thoát cận nghèo và phát sinh "
    "mới 5 hộ. Trong số 92 hộ cận nghèo cần hỗ trợ, có 40 hộ được vay vốn.",
    # another level: the later set is the grassroots part
    "Năm 2024, các cấp ủy thi hành kỷ luật 31 đảng viên. Công tác kiểm tra có chuyển biến. Ở cấp "
    "cơ sở, trong số 24 đảng viên bị kỷ luật có 7 đồng chí là bí thư chi bộ.",
    # another moment: a section of the next year opens between them
    "I. Kết quả năm 2023. Toàn huyện có 52 mô hình điển hình cấp huyện được duy trì. II. Kết quả "
    "năm 2024. Nhiều mô hình mới ra đời. Trong số 55 mô hình điển hình cấp huyện, có 6 mô hình "
    "hoạt động cầm chừng.",
    # another set: households needing support, then those supported
    "Toàn huyện rà soát 1.246 hộ có nhu cầu hỗ trợ nhà ở. Công tác an sinh được quan tâm. Trong số "
    "1.180 hộ đã được hỗ trợ nhà ở, có 420 hộ xây mới.",
    # the bracket says the later set counts more
    "Ủy ban Kiểm tra đã kiểm tra 34 đảng viên khi có dấu hiệu vi phạm. Kết quả được công khai. "
    "Trong số 36 đảng viên được kiểm tra khi có dấu hiệu vi phạm (tính cả 2 trường hợp do cấp "
    "trên chuyển về), có 29 đồng chí có vi phạm.",
    # the base is the count of the same sentence
    "Kiểm tra 17 đảng viên khi có dấu hiệu vi phạm. Kết luận 14 đảng viên có vi phạm; trong số 14 "
    "đảng viên vi phạm có 9 đồng chí phải thi hành kỷ luật.",
    # the unit alone names no particular set
    "Huyện có 46 chi hội. Hội tổ chức nhiều hoạt động. Trong 48 chi hội, có 30 chi hội xếp loại "
    "vững mạnh.",
]


@pytest.mark.parametrize(("text", "verdict", "figures"), CASES)
def test_among_restated_verdicts(text: str, verdict: str, figures: list[float]) -> None:
    got = [c for c in checks_of(text) if c.kind == "repeat"]
    assert any(c.verdict == verdict and sorted(c.figures) == sorted(figures) for c in got), [
        (c.verdict, c.figures, c.why) for c in got
    ]


@pytest.mark.parametrize("text", SILENT)
def test_among_restated_silent(text: str) -> None:
    got = [c for c in checks_of(text) if c.verdict == "inconsistent"]
    assert not got, [(c.kind, c.figures, c.why) for c in got]


def test_fraction_takes_the_counted_noun_from_the_dictionary() -> None:
    """ "17/18 liên đội": the noun is no vocabulary unit, but the dictionary knows it, as for a
    count; the fraction then restates the count before it."""
    doc = process_text(
        "Toàn huyện có 18 liên đội; có 17/18 liên đội đạt vững mạnh xuất sắc (94,4%).",
        options=_OPTS,
    )
    ratio = next(m for m in doc.mentions if m.type == "ratio")
    assert ratio.text == "17/18 liên đội"
    assert ratio.attrs["unit"] == "liên đội"
    assert any(c.kind == "repeat" and c.verdict == "consistent" for c in doc.checks)


def test_fraction_of_a_day_takes_no_noun() -> None:
    """ "Ngày 3/4 khai mạc …": a day and month, not three of four "khai mạc"."""
    doc = process_text("Ngày 3/4 khai mạc hội nghị sơ kết với 120 đại biểu dự.", options=_OPTS)
    assert not [m for m in doc.mentions if m.type == "ratio"]


def test_fraction_over_a_count_whose_items_are_bracketed() -> None:
    """ "6 trường (2 trường mầm non, …); 5/6 trường": the denominator restates the count, not the
    nearer bracketed item of its unit."""
    doc = process_text(
        "Xã có 6 trường (2 trường mầm non, 3 trường tiểu học, 1 trường trung học cơ sở); 5/6 "
        "trường đạt chuẩn quốc gia.",
        options=_OPTS,
    )
    assert any(c.kind == "repeat" and c.figures == [6, 6] for c in doc.checks)


def test_fraction_over_a_listed_item_named_by_its_next_word() -> None:
    """ "9 chi bộ trực thuộc (7 chi bộ ấp, 2 chi bộ trường học) … 5/7 chi bộ ấp": the count said
    with the same next word ("ấp"), not the nearer "2 chi bộ" of the same unit."""
    doc = process_text(
        "Đảng bộ xã có 9 chi bộ trực thuộc (7 chi bộ ấp, 2 chi bộ trường học) với 218 đảng viên. "
        "Các chi bộ sinh hoạt đều đặn. Năm 2023, xã có 5/7 chi bộ ấp hoàn thành tốt nhiệm vụ.",
        options=_OPTS,
    )
    assert any(c.kind == "repeat" and c.figures == [7, 7] for c in doc.checks)
