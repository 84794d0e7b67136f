"""A district the package's tree lacks, and province names with a dash in capital headers
(nineteenth session). Sentences are our own."""

from __future__ import annotations

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

ON = Options(entities=True)


def _entities(text: str) -> list[tuple[str, str, str | None]]:
    doc = process_text(text, options=ON)
    rows = [m.to_row(doc.doc_id, "t.txt") for m in doc.mentions if m.type == "entity"]
    return [(r["text"], r["label"], r.get("admin_code")) for r in rows]


def test_loc_ha_is_a_district_of_ha_tinh() -> None:
    got = _entities("Xã Thạch Kim (huyện Lộc Hà, tỉnh Hà Tĩnh) có nghề làm muối truyền thống.")
    assert ("huyện Lộc Hà", "LOC", "448") in got
    assert not any(label == "PER" and "Lộc Hà" in text for text, label, _ in got)


def test_a_body_of_loc_ha_links_the_district() -> None:
    got = _entities("Ban Thường vụ Huyện ủy Lộc Hà ban hành kế hoạch thực hiện nghị quyết.")
    assert ("Ban Thường vụ Huyện ủy Lộc Hà", "ORG", "448") in got


def test_a_capital_header_keeps_a_dashed_province_whole() -> None:
    text = "ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU\nHUYỆN ỦY CÔN ĐẢO\n\nBÁO CÁO\nKết quả công tác năm 2024."
    got = [(t, label) for t, label, _ in _entities(text)]
    assert ("ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU", "ORG") in got
    assert ("ĐẢNG BỘ TỈNH BÀ RỊA", "ORG") not in got


def test_a_dash_before_a_year_in_a_header_is_no_name() -> None:
    got = [
        (t, label) for t, label, _ in _entities("HUYỆN ỦY HẢI HẬU - NĂM 2024\nBáo cáo tổng kết.")
    ]
    assert ("HUYỆN ỦY HẢI HẬU", "ORG") in got
