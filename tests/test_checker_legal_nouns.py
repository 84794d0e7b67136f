"""Nouns of the internal-affairs reports (Ban Nội chính): "bị can", "bị cáo" count people, "bản
án" counts judgements (not villages, "bản"), "vụ, việc" counts cases. Each passage is ours.
"""

from __future__ import annotations

import pytest

from vnreport_miner.checker.context import unit_info
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

_OPTS = Options(entities=False)


def test_units() -> None:
    assert unit_info("bị can").fams == frozenset({"person"})
    assert unit_info("bị cáo").fams == frozenset({"person"})
    assert "village" not in unit_info("bản án").fams


def test_share_of_the_accused() -> None:
    text = (
        "Cơ quan điều tra khởi tố mới 17 vụ với 41 bị can. Trong số 41 bị can có 26 người là "
        "cán bộ, đảng viên, chiếm 63,4%."
    )
    rows = [(c.verdict, c.figures) for c in process_text(text, options=_OPTS).checks]
    assert ("consistent", [26, 41, 63.4]) in rows


def test_cases_and_judgements_are_counted() -> None:
    text = (
        "Tòa án hai cấp thụ lý 9.845 vụ, việc, đã giải quyết 9.120 vụ, việc, đạt 92,6%; có 62 "
        "bản án bị hủy."
    )
    doc = process_text(text, options=_OPTS)
    units = {m.text: m.attrs.get("unit") for m in doc.mentions if m.type == "quantity"}
    assert units.get("9.845 vụ, việc") == "vụ, việc"
    assert units.get("62 bản án") == "bản án"
    assert ("consistent", [9120, 9845, 92.6]) in [(c.verdict, c.figures) for c in doc.checks]


def test_members_and_crews_are_people() -> None:
    assert unit_info("đoàn viên").fams == frozenset({"person"})
    assert unit_info("thuyền viên").fams == frozenset({"person"})


# White-box review 56: families for documents ("văn bản" covering "kế hoạch", "chỉ thị" …), the
# Youth Union's units, and pupils, teachers, youths and cooperative members as people let a list
# run on into the next clause's count and a share take another group's count as its base. They
# were withdrawn; these passages stay silent.
SILENT = [
    "Năm 2024, Ban Thường vụ ban hành 23 văn bản, gồm 4 kế hoạch, 7 chỉ thị, 12 hướng dẫn, và "
    "tham mưu trình Ban Chấp hành 2 đề án.",
    "Văn phòng tiếp nhận 356 văn bản, gồm 12 nghị quyết, 28 quyết định, 316 công văn, tham mưu "
    "phát hành 118 văn bản.",
    "Hợp tác xã có 27 thành viên, gồm 20 hộ trồng rau, 7 hộ chăn nuôi, thuê thêm 12 lao động thời "
    "vụ.",
    "Trường có 1.245 học sinh, 27 giáo viên là đảng viên, chiếm 60%; tổng số giáo viên của trường "
    "là 45 người.",
]


@pytest.mark.parametrize("text", SILENT)
def test_other_groups_stay_silent(text: str) -> None:
    rows = [c for c in process_text(text, options=_OPTS).checks if c.verdict == "inconsistent"]
    assert rows == [], [(c.kind, c.figures, c.why) for c in rows]
