"""White-box review 30p of the part-whole round l30p: an item's own rise or fall label makes a
labelled list a change; a change said of another count between the items does not (our own
passages)."""

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _pw(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "part_whole"]


CHANGE_BETWEEN = [
    (
        "Năm học 2024-2025, toàn huyện có 64 trường, mầm non 22 trường, tiểu học 24 trường, giảm 2 "
        "trường do sáp nhập, trung học cơ sở 18 trường.",
        [64, 22, 24, 18],
    ),
    (
        "Toàn huyện có 58 hợp tác xã, nông nghiệp 35 hợp tác xã, tăng 4 hợp tác xã so với năm "
        "trước, dịch vụ 23 hợp tác xã.",
        [58, 35, 23],
    ),
]


@pytest.mark.parametrize(("text", "figures"), CHANGE_BETWEEN)
def test_part_whole_change_of_another_count_keeps_parts(text: str, figures: list[float]) -> None:
    assert [(c.verdict, c.figures) for c in _pw(text)] == [("consistent", figures)]


NET_ITEM = [
    "Trong nhiệm kỳ, Hội Phụ nữ xã kết nạp 156 hội viên, 18 hội viên chuyển đi, 12 hội viên từ "
    "trần, thực tăng 126 hội viên.",
    "Năm 2024, Liên đoàn Lao động huyện phát triển 1.320 đoàn viên công đoàn, giảm 410 đoàn viên "
    "do doanh nghiệp giải thể, thực tăng 910 đoàn viên.",
    "Trong năm, toàn Đảng bộ kết nạp 17 đảng viên mới, đề nghị xóa tên 2 đảng viên, 5 đảng viên "
    "từ trần, số đảng viên thực tăng 10 đồng chí.",
    "Năm 2024, Hội Cựu chiến binh xã kết nạp 12 hội viên, 9 hội viên từ trần, số hội viên tăng 3 "
    "hội viên.",
]


@pytest.mark.parametrize("text", NET_ITEM)
def test_part_whole_net_item_still_no_breakdown(text: str) -> None:
    assert _pw(text) == []
