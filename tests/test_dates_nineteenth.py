"""A news lead that opens with its date gives the report's date, which closes "đến nay"
(nineteenth session). Sentences are our own."""

from __future__ import annotations

import pytest

from vnreport_miner.extractors.dates import document_date, extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tân Phú: Kết nạp đảng viên vượt chỉ tiêu\n\nNgày 12-9-2024, Ban Thường vụ Huyện ủy "
            "Tân Phú tổ chức hội nghị sơ kết công tác phát triển đảng viên.",
            "2024-09-12",
        ),
        (
            "Kon Tum quan tâm đào tạo cán bộ trẻ\n\nKon Tum, ngày 03/5/2024 - Ban Tổ chức Tỉnh ủy "
            "vừa tổ chức hội nghị sơ kết công tác cán bộ.",
            "2024-05-03",
        ),
        # the date of a document the lead cites is no date of the report
        (
            "Phát triển đảng viên vùng đồng bào\n\nNgày 5/3/2021, Huyện ủy ban hành Nghị quyết số "
            "17-NQ/HU về phát triển đảng viên.",
            None,
        ),
    ],
)
def test_a_news_lead_dates_the_report(text: str, expected: str | None) -> None:
    assert document_date(text) == expected


def test_the_lead_date_closes_an_open_period() -> None:
    text = (
        "Tân Phú: Kết nạp đảng viên vượt chỉ tiêu\n\nNgày 12-9-2024, Ban Thường vụ Huyện ủy "
        "Tân Phú tổ chức hội nghị sơ kết.\n\nTừ năm 2021 đến nay, huyện kết nạp 412 đảng viên."
    )
    periods = [m for m in extract_text(text, document_date(text)) if m.type == "period"]
    got = [(m.text, m.attrs["period_start"], m.attrs["period_end"]) for m in periods]
    assert ("Từ năm 2021 đến nay", "2021", "2024-09-12") in got


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a heading in capitals whose next line opens with a bullet dash
        (
            "V. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM HỌC 2025-2026\n- Phấn đấu 100% trường đạt chuẩn.",
            "NĂM HỌC 2025-2026",
            True,
        ),
        (
            "Mục tiêu nhiệm kỳ 2025-2030\n- Kết nạp ít nhất 600 đảng viên.",
            "nhiệm kỳ 2025-2030",
            True,
        ),
        # a dash and a third year on the same line: the first two are no span
        ("Quy hoạch 2021 - 2025 - 2030 của huyện.", "2021 - 2025", False),
    ],
)
def test_a_span_of_years_before_a_bullet_line(text: str, span: str, expected: bool) -> None:
    spans = [m.text for m in extract_text(text) if m.type == "period"]
    assert (span in spans) is expected, spans
