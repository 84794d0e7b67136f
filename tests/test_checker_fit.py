"""The last checker pass: relations no rule read, found by their arithmetic, consistent only.

Every passage is ours. A fit must be exact (within the stated precision), its figures of
one kind of thing and close together; a value that does not fit gives silence, never an
alarm.
"""

from __future__ import annotations

import pytest

from vnreport_miner.checker import fit
from vnreport_miner.checker.context import Context
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def checks_of(text: str) -> list[Check]:
    return process_text(text, options=_OPTS).checks


def fitted(text: str) -> list[Check]:
    return [c for c in checks_of(text) if "found by" in c.why]


# (kind, passage, figures the fit must carry)
FOUND = [
    # a percent after a count, its whole stated in an earlier sentence
    (
        "share",
        "Năm 2023, huyện mở lớp dạy nghề cho 1.240 lao động nông thôn. Trong số này có "
        "735 lao động người dân tộc Khmer, tỷ lệ 59,3%.",
        [735, 1240, 59.3],
    ),
    (
        "share",
        "Toàn Đảng bộ có 150 chi bộ trực thuộc. Qua đánh giá cuối năm, có 126 chi bộ đạt "
        "danh hiệu trong sạch, vững mạnh, tỷ lệ 84%.",
        [126, 150, 84],
    ),
    (
        "share",
        "Hội Nông dân xã có 820 hội viên. Năm qua, 205 hội viên đăng ký sản xuất, kinh doanh "
        "giỏi, tức khoảng 25%.",
        [205, 820, 25],
    ),
    # the whole a plan: a target
    (
        "target",
        "Kế hoạch năm 2024 giao xây dựng 60 nhà đại đoàn kết. Đến tháng 11, các xã đã khởi "
        "công 57 nhà đại đoàn kết, hoàn thành 95%.",
        [60, 57, 95],
    ),
    # a total and the run of counts right after it
    (
        "part_whole",
        "Tổng kinh phí thực hiện là 3,5 tỷ đồng; ngân sách cấp 1,2 tỷ đồng, xã hội hóa "
        "2,3 tỷ đồng.",
        [3.5e9, 1.2e9, 2.3e9],
    ),
    (
        "part_whole",
        "Cả huyện có 64 hợp tác xã nông nghiệp. Trồng trọt 31 hợp tác xã; chăn nuôi 19 hợp "
        "tác xã; dịch vụ tổng hợp 14 hợp tác xã.",
        [64, 31, 19, 14],
    ),
    # a year-by-year run adding up to a count stated in another paragraph
    (
        "part_whole",
        "Nhiệm kỳ qua, Đảng bộ kết nạp 486 đảng viên mới.\n\nRiêng năm 2021 kết nạp 150 "
        "đảng viên, năm 2022 kết nạp 162 đảng viên, năm 2023 kết nạp 174 đảng viên.",
        [486, 150, 162, 174],
    ),
    # a closing total line after a list
    (
        "part_whole",
        "Số đơn thư tiếp nhận:\n- Khiếu nại: 18 đơn;\n- Tố cáo: 7 đơn;\n- Kiến nghị, phản "
        "ánh: 41 đơn.\nCộng: 66 đơn.",
        [66, 18, 7, 41],
    ),
    # a stated difference between two counts of one noun
    (
        "change",
        "Năm 2022 trên địa bàn xảy ra 48 vụ cháy rừng. Năm 2023 chỉ còn 35 vụ, giảm 13 vụ.",
        [48, 35, 13],
    ),
    # the difference's levels may serve another relation too (86 is also a target's count)
    (
        "change",
        "Quý III, toàn huyện kết nạp 86 đảng viên, đạt 43% chỉ tiêu năm (200 đảng viên), "
        "tăng 11 đảng viên so với cùng kỳ năm trước (75 đảng viên).",
        [75, 86, 11],
    ),
    # a relative change with its earlier level in brackets
    (
        "change",
        "Thu ngân sách trên địa bàn đạt 52,5 tỷ đồng, tăng 11,9% so với cùng kỳ (46,9 tỷ đồng).",
        [46.9e9, 52.5e9, 11.9],
    ),
]


@pytest.mark.parametrize(("kind", "text", "figures"), FOUND)
def test_fit_finds_the_relation(kind: str, text: str, figures: list[float]) -> None:
    got = [c for c in checks_of(text) if c.kind == kind and c.verdict == "consistent"]
    assert any(sorted(c.figures) == pytest.approx(sorted(figures)) for c in got), [
        (c.kind, c.figures, c.why) for c in checks_of(text)
    ]


# Passages where no fit may be claimed: nothing adds up, or the figures that would add up
# are of different things, too far apart, or the levels and difference of a change.
SILENT = [
    # the percent does not fit any whole: silence, never an alarm
    "Toàn Đảng bộ có 150 chi bộ trực thuộc. Qua đánh giá cuối năm, có 126 chi bộ đạt danh hiệu "
    "trong sạch, vững mạnh, tỷ lệ 86%.",
    # a growth rate is not a share of anything
    "Huyện có 2.400 hộ sản xuất lúa. Năng suất lúa đạt 62 tạ/ha, tăng 5% so với năm trước.",
    # counts of another thing do not sum to the total
    "Xã có 12 thôn, 1.450 hộ; năm qua có 7 hộ thoát nghèo và 5 thôn đạt chuẩn văn hóa.",
    # a change's own levels are not a breakdown
    "Số hộ nghèo giảm từ 48 hộ xuống còn 35 hộ, giảm 13 hộ.",
    # three counts of one noun that add up by chance, not labelled by periods
    "Ban Chấp hành có 33 đồng chí, Ban Thường vụ có 11 đồng chí, trong đó 2 đồng chí nữ. Đoàn "
    "kiểm tra gồm 46 đồng chí.",
]


@pytest.mark.parametrize("text", SILENT)
def test_fit_stays_silent(text: str) -> None:
    assert fitted(text) == [], [(c.kind, c.figures, c.why) for c in fitted(text)]


@pytest.mark.parametrize("text", [t for _, t, _ in FOUND] + SILENT)
def test_fit_never_alarms(text: str) -> None:
    doc = process_text(text, options=_OPTS)
    ctx = Context.build(doc.text, doc.sentences, doc.mentions)
    assert all(c.verdict == "consistent" for c in fit.run(ctx, []))


def test_fit_leaves_figures_a_rule_used() -> None:
    # the share rule reads "chiếm": the fit pass adds nothing over the same figures
    text = "Huyện có 200 chi bộ, trong đó 150 chi bộ nông thôn, chiếm 75%."
    got = checks_of(text)
    assert [c.kind for c in got if "found by" in c.why] == []
    assert any(c.kind == "share" and c.verdict == "consistent" for c in got)


def test_a_failing_check_kind_costs_only_its_own_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnreport_miner.checker import share

    def broken(ctx: Context) -> list[Check]:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(share, "run", broken)
    doc = process_text(
        "Huyện có 12 xã (10 xã, 3 thị trấn). Có 120 đảng viên, chiếm 40%.", options=_OPTS
    )
    assert doc.status == "ok" and doc.mentions
    failed = [c for c in doc.checks if c.kind == "share"]
    assert [c.verdict for c in failed] == ["unverifiable"] and "E202" in failed[0].why
    assert any(c.kind == "part_whole" and c.verdict == "inconsistent" for c in doc.checks)
