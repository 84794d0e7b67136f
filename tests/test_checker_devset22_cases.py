"""Shapes the twenty-second development set showed the checker missing, in our own sentences:
a completion rate after the count's share of a whole ("…, chiếm P% …, bằng Q% chỉ tiêu (N)"),
and a change whose start level carries a bracket with figures ("từ A hộ (chiếm p% …) xuống còn
B hộ, tức giảm D hộ"). Each with its look-alikes."""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

OFF = Options(entities=False)


def _checks(text: str) -> list[tuple[str, str, list[float]]]:
    return [(c.kind, c.verdict, c.figures) for c in process_text(text, options=OFF).checks]


@pytest.mark.parametrize(
    ("text", "verdict", "figures"),
    [
        # 2.340/2.600 = 90%
        (
            "Năm 2024 toàn tỉnh trồng mới 2.340 ha rừng sản xuất, chiếm 38,5% diện tích trồng "
            "rừng, bằng 90% kế hoạch (2.600 ha).",
            "consistent",
            [2600, 2340, 90],
        ),
        (
            "Năm 2024 toàn tỉnh trồng mới 2.340 ha rừng sản xuất, chiếm 38,5% diện tích trồng "
            "rừng, bằng 93% kế hoạch (2.600 ha).",
            "inconsistent",
            [2600, 2340, 93],
        ),
        # 156/150 = 104%; the share between is of another whole
        (
            "Các chi bộ đã kết nạp 156 đảng viên, chiếm tỷ lệ 3,1% tổng số đảng viên, đạt 104% "
            "chỉ tiêu (150 đảng viên).",
            "consistent",
            [150, 156, 104],
        ),
        (
            "Các chi bộ đã kết nạp 156 đảng viên, chiếm tỷ lệ 3,1% tổng số đảng viên, đạt 108% "
            "chỉ tiêu (150 đảng viên).",
            "inconsistent",
            [150, 156, 108],
        ),
    ],
)
def test_completion_after_a_share(text: str, verdict: str, figures: list[float]) -> None:
    assert ("target", verdict, figures) in _checks(text)


def test_share_then_rate_of_the_share_is_no_completion_of_the_count() -> None:
    # the 95% is said of a rate, with no plan in the count's unit: nothing to test
    text = "Tỷ lệ hộ nghèo còn 3,2%, chiếm 40% số hộ của vùng, đạt 95% kế hoạch."
    assert not [c for c in _checks(text) if c[0] == "target"]


@pytest.mark.parametrize(
    ("text", "verdict", "figures"),
    [
        # 243 - 61 = 182
        (
            "Số hộ nghèo giảm từ 243 hộ (chiếm 6,8% số hộ toàn xã năm 2020) xuống còn 61 hộ, "
            "tức giảm 182 hộ.",
            "consistent",
            [243, 61, 182],
        ),
        (
            "Số hộ nghèo giảm từ 243 hộ (chiếm 6,8% số hộ toàn xã năm 2020) xuống còn 61 hộ, "
            "tức giảm 172 hộ.",
            "inconsistent",
            [243, 61, 172],
        ),
        # 52 + 9 = 61: the bracket's own count is no level of the change
        (
            "Số chi bộ tăng từ 52 chi bộ (trong đó 14 chi bộ cơ quan) lên 61 chi bộ, tăng 9 chi bộ.",
            "consistent",
            [52, 61, 9],
        ),
    ],
)
def test_change_steps_over_a_bracket_on_the_start(
    text: str, verdict: str, figures: list[float]
) -> None:
    assert ("change", verdict, figures) in _checks(text)


_TABLE = (
    "Toàn huyện có {a} người thuộc diện phải kê khai tài sản, đã kê khai {b} người.\n\n"
    "Đơn vị\tPhải kê khai\tĐã kê khai\tTỷ lệ\n"
    "Khối đảng, đoàn thể\t60\t60\t100%\n"
    "Khối chính quyền\t140\t138\t98,6%\n"
    "Xã, thị trấn\t180\t175\t97,2%\n"
    "Cộng\t380\t373\t98,2%\n"
)


def test_table_total_of_each_column_restated_in_prose() -> None:
    got = _checks(_TABLE.format(a="380", b="373"))
    assert ("repeat", "consistent", [380, 380]) in got
    assert ("repeat", "consistent", [373, 373]) in got


def test_table_column_total_needs_its_header_words_and_value() -> None:
    # other values: nothing to tie; and a count of the value without the header's words
    got = _checks(_TABLE.format(a="390", b="371"))
    assert not [c for c in got if c[0] == "repeat" and c[2] in ([380, 380], [373, 373])]
    text = _TABLE.format(a="390", b="371") + "\nNăm 2023, 373 hộ được hỗ trợ vay vốn.\n"
    assert ("repeat", "consistent", [373, 373]) not in _checks(text)


def test_table_column_total_restated_after_the_table() -> None:
    text = (
        "Năm\tHội viên kết nạp mới\tHộ thoát nghèo\n"
        "2022\t410\t35\n"
        "2023\t455\t42\n"
        "2024\t398\t37\n"
        "Tổng cộng\t1.263\t114\n\n"
        "Trong nhiệm kỳ, Hội kết nạp mới 1.263 hội viên và giúp 114 hộ thoát nghèo.\n"
    )
    doc = process_text(text, options=OFF)
    got = [c for c in doc.checks if c.kind == "repeat" and c.figures == [1263, 1263]]
    assert got and got[0].verdict == "consistent"
    assert "kết nạp mới 1.263" in got[0].text  # the claim is the later statement, the prose


def test_table_row_cell_restated_in_prose_by_its_label() -> None:
    text = (
        "Nguồn vốn\tKế hoạch\tThực hiện\n"
        "Ngân sách tỉnh\t4.200\t3.950\n"
        "Nhân dân đóng góp\t1.300\t1.356\n"
        "Doanh nghiệp tài trợ\t500\t620\n\n"
        "Trong năm, nhân dân đóng góp 1.356 triệu đồng, vượt kế hoạch.\n"
    )
    got = _checks(text)
    assert ("repeat", "consistent", [1356, 1356]) in got
    # the value alone, without the row's words, ties nothing
    other = text.replace("nhân dân đóng góp 1.356", "các hộ gia đình góp 1.356")
    assert ("repeat", "consistent", [1356, 1356]) not in _checks(other)
