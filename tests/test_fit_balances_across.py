"""A stock, its movements and the stock after them, told over several sentences: a fit only
(thirty-fourth session). The start is dated ("Đầu năm 2024 …", "Tại Đại hội …", "Cuối năm
2020 …"), the end is "now" ("Đến nay …", "Đến ngày 31/12/2023 …", "Hiện …"), and every count
between them told with a verb of entry ("kết nạp", "thành lập mới", "tiếp nhận … chuyển đến")
or exit ("giải thể", "từ trần", "chuyển đi", "xóa tên") is a movement. The relation is reported
only when start + entries - exits = end exactly; a miss is silence (movements may be told
elsewhere). Passages written by us."""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told

CONFIRMED = [
    ("Đầu năm 2024, Hội Nông dân xã có 1.240 hội viên. Trong năm, các chi hội kết nạp mới 86 hội "
     "viên, đạt 107% chỉ tiêu (80 hội viên); từ trần 12, chuyển đi 9 hội viên. Đến cuối năm, Hội "
     "có 1.305 hội viên.", [1240, 86, 12, 9, 1305]),
    ("Thời điểm đầu năm 2023, Đảng bộ huyện có 3.412 đảng viên. Năm 2023, toàn huyện kết nạp 128 "
     "đảng viên; tiếp nhận 34 đảng viên chuyển đến; chuyển sinh hoạt đi 41, từ trần 27, xóa tên 3. "
     "Đến ngày 31/12/2023, Đảng bộ huyện có 3.503 đảng viên.", [3412, 128, 34, 41, 27, 3, 3503]),
    ("Tại Đại hội nhiệm kỳ 2020-2025, Đảng bộ xã có 214 đảng viên. Từ đó đến nay, Đảng bộ kết nạp "
     "31 đảng viên; có 6 đảng viên chuyển đến, 9 chuyển đi, 7 từ trần và 1 bị xóa tên. Hiện Đảng "
     "bộ có 234 đảng viên.", [214, 31, 6, 9, 7, 1, 234]),
    ("Cuối năm 2020, toàn tỉnh có 312 tổ chức đảng trong doanh nghiệp. Giai đoạn 2021-2024, các "
     "cấp ủy thành lập mới 96 tổ chức đảng; giải thể 17 tổ chức do doanh nghiệp ngừng hoạt động. "
     "Đến nay toàn tỉnh có 391 tổ chức đảng trong doanh nghiệp.", [312, 96, 17, 391]),
    ("Đầu năm, Liên đoàn Lao động huyện có 158 công đoàn cơ sở. Trong năm thành lập mới 9 công "
     "đoàn cơ sở; giải thể 5 công đoàn cơ sở do doanh nghiệp ngừng sản xuất. Đến ngày 30/11, "
     "toàn huyện còn 162 công đoàn cơ sở.", [158, 9, 5, 162]),
    # the two stocks told as one change after the movements
    ("Năm 2023 các chi bộ kết nạp 64 đảng viên là người Mông; 9 đảng viên người Mông từ trần hoặc "
     "chuyển sinh hoạt đi nơi khác. Tính chung, số đảng viên người Mông tăng từ 410 đồng chí đầu "
     "năm 2023 lên 465 đồng chí.", [410, 64, 9, 465]),
    ("Trong năm, Hội kết nạp mới 57 hội viên, đạt 114% chỉ tiêu (50 hội viên); giảm 23 hội viên "
     "(từ trần 19, chuyển sinh hoạt nơi khác 4). Như vậy, từ 1.388 hội viên đầu năm, đến nay "
     "toàn Hội có 1.422 hội viên.", [1388, 57, 23, 1422]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), CONFIRMED)
def test_balance_confirmed(text: str, figures: list[float]) -> None:
    assert told(checks_of(text, "change"), "change", "consistent", figures)


SILENT = [
    # the sum misses: movements may be told elsewhere, so the reading says nothing
    "Đầu năm 2024, Hội Cựu chiến binh xã có 412 hội viên. Trong năm kết nạp 25 hội viên; từ trần "
    "14 hội viên. Đến nay Hội có 431 hội viên.",
    # no dated start: the first count is another body's
    "Chi bộ thôn 2 có 48 đảng viên. Năm 2024, Đảng bộ xã kết nạp 12 đảng viên; từ trần 3. Đến "
    "nay Đảng bộ xã có 57 đảng viên.",
    # a plan in brackets and a breakdown are no movements; the sum without them misses
    "Đầu năm 2023, Đoàn xã có 640 đoàn viên. Trong năm kết nạp 75 đoàn viên (kế hoạch 70 đoàn "
    "viên), chuyển đi 40 đoàn viên. Đến cuối năm, Đoàn xã có 690 đoàn viên.",
    # the change told after movements of another noun: nothing sums
    "Năm 2023 thành lập mới 4 chi hội; giải thể 1 chi hội. Tính chung, số hội viên tăng từ 1.388 "
    "hội viên đầu năm lên 1.391 hội viên.",
]  # fmt: skip


@pytest.mark.parametrize("text", SILENT)
def test_no_balance_when_it_misses(text: str) -> None:
    assert alarms(text) == []
    assert not any(
        c.verdict == "consistent" and len(c.figures) >= 4 for c in checks_of(text, "change")
    )


def test_the_flows_are_named_in_the_why() -> None:
    text = CONFIRMED[3][0]
    (c,) = [c for c in checks_of(text, "change") if c.figures == [312, 96, 17, 391]]
    assert c.why.startswith("312 + 96 - 17 = 391")
