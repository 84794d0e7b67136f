"""Nouns of the internal-affairs reports (Ban Nội chính): "bị can", "bị cáo" count people, "bản
án" counts judgements (not villages, "bản"), "vụ, việc" counts cases. Each passage is ours.
"""

from __future__ import annotations

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


def test_youth_union_units_and_documents() -> None:
    assert "cơ sở đoàn" in unit_info("đoàn xã, thị trấn").fams
    assert unit_info("đoàn kiểm tra").fams == frozenset({"team"})
    assert unit_info("đoàn viên").fams == frozenset({"person"})
    for noun in ("học sinh", "học viên", "giáo viên", "thanh niên", "thành viên", "thuyền viên"):
        assert unit_info(noun).fams == frozenset({"person"}), noun
    text = (
        "Đoàn huyện hiện có 37 tổ chức cơ sở Đoàn trực thuộc, bao gồm 25 đoàn xã, thị trấn, 4 "
        "đoàn trường trung học phổ thông và 8 đoàn cơ sở; với 412 chi đoàn. Năm 2024, Ban Thường "
        "vụ ban hành 23 văn bản (gồm 4 kế hoạch, 7 chỉ thị, kết luận và 12 văn bản hướng dẫn)."
    )
    rows = [(c.verdict, c.figures) for c in process_text(text, options=_OPTS).checks]
    assert ("consistent", [37, 25, 4, 8]) in rows
    assert ("consistent", [23, 4, 7, 12]) in rows


def test_documents_that_miss_their_total_are_told() -> None:
    text = (
        "Năm 2024, Ban Thường vụ ban hành 23 văn bản, gồm: 4 kế hoạch, 7 chỉ thị và 10 hướng dẫn."
    )
    rows = [(c.verdict, c.figures) for c in process_text(text, options=_OPTS).checks]
    assert rows == [("inconsistent", [23, 4, 7, 10])]
