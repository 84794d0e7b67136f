"""Alarms of older change readings that white-box review 84 drew on consistent passages, in our
own words: each raised an `inconsistent` verdict at the session's earlier code and must raise
none now.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

_OPTS = Options(entities=False)

SILENT = [
    # a pair with rounded ends ('hơn 300', 'gần 400'): the exact change is not their difference
    "Số hộ chăn nuôi giỏi của xã tăng từ hơn 300 hộ lên gần 400 hộ, tăng 86 hộ.",
    # a change that names its own base ('so với năm 2023') after a pair over four years
    "Qua 4 năm thực hiện Nghị quyết, số hội viên của Hội tăng từ 2.410 người lên 2.560 người, tăng 38 người so với năm 2023.",
    # a growth column that is an average over the period ('Bình quân giai đoạn')
    "Chỉ tiêu | Năm 2022 | Năm 2023 | Năm 2024 | Bình quân giai đoạn\nThu ngân sách (tỷ đồng) | 318,2 | 344,6 | 372,9 | tăng 8,3%\nVốn đầu tư (tỷ đồng) | 1.210 | 1.342 | 1.466 | tăng 10,1%",
    # the next sentence says what the change leaves out ('chưa tính 90 hội viên … nhập vào')
    "Năm 2023, Hội có 1.640 hội viên. Năm 2024, Hội có 1.790 hội viên, tăng 60 hội viên so với năm 2023. Mức tăng này chưa tính 90 hội viên của xã bạn được nhập vào từ tháng 9.",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_alarm_on_a_change_of_another_base_or_rounded_levels(text: str) -> None:
    got = [c for c in process_text(text, options=_OPTS).checks if c.verdict == "inconsistent"]
    assert not got, [(c.kind, c.figures, c.why) for c in got]


def test_an_exact_pair_with_a_wrong_change_still_alarms() -> None:
    text = "Số hộ chăn nuôi giỏi của xã tăng từ 312 hộ lên 398 hộ, tăng 76 hộ."
    got = [c for c in process_text(text, options=_OPTS).checks if c.kind == "change"]
    assert [c.verdict for c in got] == ["inconsistent"], [(c.verdict, c.why) for c in got]
