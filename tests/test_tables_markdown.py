"""A Markdown table's rule under its header ("|---|---|") is no row (twenty-sixth session): the
table is read as the same table without it. Our own tables."""

from __future__ import annotations

from checkhelp import checks_of, told

PIPES = (
    "Kết quả thu ngân sách (đơn vị: triệu đồng):\n\n"
    "| Nội dung | Dự toán | Thực hiện |\n"
    "{rule}"
    "| Thu thuế, phí | 8.200 | 8.650 |\n"
    "| Thu tiền sử dụng đất | 12.000 | 11.300 |\n"
    "| Thu khác | 1.500 | 1.720 |\n"
    "| Tổng thu | 21.700 | {total} |\n"
)


def test_rule_line_is_no_row() -> None:
    for rule in ("|---|---|---|\n", "| :--- | ---: | :---: |\n", ""):
        checks = checks_of(PIPES.format(rule=rule, total="21.670"), "part_whole")
        assert told(checks, "part_whole", "consistent", [21700, 8200, 12000, 1500]), checks
        assert told(checks, "part_whole", "consistent", [21670, 8650, 11300, 1720]), checks


def test_rule_line_keeps_a_slip_visible() -> None:
    checks = checks_of(PIPES.format(rule="|---|---|---|\n", total="22.670"), "part_whole")
    assert told(checks, "part_whole", "inconsistent", [22670, 8650, 11300, 1720]), checks


def test_a_row_of_dashes_with_a_label_is_a_row() -> None:
    """ "| Xã A | --- | --- |" is a row with no data, not a rule: the label keeps it a row."""
    text = (
        "| Đơn vị | Số chi bộ | Số đảng viên |\n"
        "| Xã A | 12 | 245 |\n"
        "| Xã B | --- | --- |\n"
        "| Xã C | 9 | 180 |\n"
        "| Cộng | 21 | 425 |\n"
    )
    checks = checks_of(text, "part_whole")
    assert not [c for c in checks if c.verdict == "inconsistent"], checks
