"""part_whole, session 30 (sentences ours): item lines that say more than their count, members
counted as people, and two guards against wrong confirmations.

Constructions read:

- a total, then "- Label: N unit" lines, one of which details its item after the count ("…:
  352 người, trong đó …", "…: 2,1 tỷ đồng (tiền mặt …)", "…: 1,9 tỷ đồng, trao 3.000 suất quà"):
  the item's own count is the first after the label's colon; the list is told as a fit only;
- a total of people ("N người") whose lines count members ("hội viên", "đoàn viên"): a fit only.

Guards (each wrong confirmation gone):

- items counted in another noun than the total, all one noun ("bắt giữ 24 đối tượng, gồm 15 vụ …
  và 9 vụ …"): cases are no kinds of people held;
- an intake, then losses and a net rise ("kết nạp 17 hội viên, 9 hội viên từ trần, thực tăng 8"):
  a change (17 - 9 = 8), no parts 9 + 8 = 17.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _pw(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "part_whole"]


DETAILED = [
    # an item with "trong đó" after its count, the total in the sentence before the heading
    (
        "Đến hết tháng 6/2025, toàn huyện có 52.310 người tham gia bảo hiểm xã hội tự nguyện, đạt "
        "31,2% lực lượng lao động, tăng 2,1 điểm phần trăm so với cùng kỳ. Chia theo nhóm:\n"
        "- Nông dân: 30.120 người, trong đó nữ 12.400 người;\n"
        "- Lao động tự do: 15.400 người;\n"
        "- Nhóm khác: 6.790 người.\n"
        "Công tác tuyên truyền tiếp tục được đẩy mạnh.",
        "consistent",
        [52310, 30120, 15400, 6790],
    ),
    # an item with a bracket of its own parts, another with a count of another noun after it
    (
        "Năm 2024, Hội Chữ thập đỏ thành phố vận động được 5,2 tỷ đồng, bằng 104% kế hoạch "
        "(5 tỷ đồng). Cụ thể:\n"
        "- Hỗ trợ đồng bào vùng lũ số 2: 1,8 tỷ đồng (tiền mặt 1,1 tỷ đồng, hiện vật 0,7 tỷ "
        "đồng);\n"
        "- Chương trình Xuân yêu thương: 2,1 tỷ đồng, trao 4.200 suất quà;\n"
        "- Các hoạt động nhân đạo khác: 1,3 tỷ đồng.\n",
        "consistent",
        [5.2e9, 1.8e9, 2.1e9, 1.3e9],
    ),
    # people counted as members of each body
    (
        "Tính đến ngày 30/9/2025, tổng số đoàn viên, hội viên của các đoàn thể thị xã là "
        "41.200 người, cụ thể:\n"
        "- Hội Nông dân: 15.100 hội viên;\n"
        "- Hội Liên hiệp Phụ nữ: 16.300 hội viên;\n"
        "- Đoàn Thanh niên: 9.800 đoàn viên.\n",
        "consistent",
        [41200, 15100, 16300, 9800],
    ),
]


@pytest.mark.parametrize(("text", "verdict", "figures"), DETAILED)
def test_part_whole_detailed_items_confirmed(text: str, verdict: str, figures: list[float]) -> None:
    rows = [c for c in _pw(text) if c.figures[0] == figures[0]]
    assert [(c.verdict, c.figures) for c in rows] == [(verdict, figures)]


SILENT = [
    # a slip in a list with a detailed item: a fit only, no alarm
    "Đến hết tháng 6/2025, toàn huyện có 52.310 người tham gia bảo hiểm xã hội tự nguyện, đạt "
    "31,2% lực lượng lao động. Chia theo nhóm:\n"
    "- Nông dân: 30.120 người, trong đó nữ 12.400 người;\n"
    "- Lao động tự do: 15.400 người;\n"
    "- Nhóm khác: 6.970 người.\n",
    # members of the bodies against a total of people: a slip told never (some may not be members)
    "Năm 2025, Ban Dân vận tập huấn cho 1.250 người, cụ thể:\n"
    "- Hội Nông dân: 420 hội viên;\n"
    "- Hội Phụ nữ: 380 hội viên;\n"
    "- Đoàn Thanh niên: 310 đoàn viên.\n",
    # two items on one line (their sum fits): no alarm whatever reads it
    "Toàn huyện có 2.400 người tham gia bảo hiểm y tế hộ gia đình, phân theo xã:\n"
    "- Xã Tân Lập: 800 người, xã Tân Hòa 700 người;\n"
    "- Xã Tân Phú: 900 người.\n",
]


@pytest.mark.parametrize("text", SILENT)
def test_part_whole_detailed_items_never_alarm(text: str) -> None:
    assert [c.figures for c in _pw(text) if c.verdict == "inconsistent"] == []


OTHER_NOUN = [
    # cases listed after a count of people (the two sums fit by chance)
    "Năm 2024, Công an huyện đã bắt giữ 24 đối tượng, gồm 15 vụ mua bán trái phép chất ma túy "
    "và 9 vụ tàng trữ trái phép chất ma túy.",
    "Trong quý III, lực lượng chức năng bắt 31 đối tượng, gồm 20 vụ đánh bạc và 11 vụ trộm cắp "
    "tài sản.",
    "Tòa án nhân dân huyện đã xét xử 19 bị cáo, gồm 12 vụ cố ý gây thương tích và 7 vụ trộm "
    "cắp tài sản.",
]


@pytest.mark.parametrize("text", OTHER_NOUN)
def test_part_whole_items_of_another_noun_not_confirmed(text: str) -> None:
    assert _pw(text) == []


SAME_OR_KINDS = [
    # the guard leaves kinds named by nouns of their own, and the total's own noun, alone
    ("Trong năm, Văn phòng Huyện ủy ban hành 23 văn bản, gồm 11 kế hoạch, 8 báo cáo và 4 thông "
     "báo.", [23, 11, 8, 4]),
    ("Công an huyện khởi tố 14 vụ án, gồm 9 vụ án ma túy và 5 vụ án trộm cắp tài sản.",
     [14, 9, 5]),
    ("Đảng ủy Khối kiểm tra 38 tổ chức đảng, gồm 5 đảng ủy cơ sở và 33 chi bộ trực thuộc.",
     [38, 5, 33]),
    # kinds named by a common noun other than the total's, or people under another name
    ("Thị trấn có 17 cơ sở giáo dục, gồm 6 trường mầm non, 7 trường tiểu học và 4 trường trung "
     "học cơ sở.", [17, 6, 7, 4]),
    ("Trong năm, xã đón 9 lượt đoàn công tác, gồm 4 đoàn của tỉnh và 5 đoàn của huyện.",
     [9, 4, 5]),
    ("Trên địa bàn xã có 4.210 tín đồ, gồm 2.650 người theo Công giáo và 1.560 người theo Phật "
     "giáo.", [4210, 2650, 1560]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), SAME_OR_KINDS)
def test_part_whole_kinds_still_confirmed(text: str, figures: list[float]) -> None:
    assert [(c.verdict, c.figures) for c in _pw(text)] == [("consistent", figures)]


NET_RISE = [
    "Từ đầu nhiệm kỳ đến nay, Hội kết nạp 17 hội viên mới, 9 hội viên từ trần, thực tăng 8 hội "
    "viên.",
    "Năm 2024, chi hội phát triển 26 hội viên, 11 hội viên chuyển đi nơi khác, tăng 15 hội viên.",
    "Trong năm, Đảng bộ xã kết nạp 12 đảng viên, 5 đảng viên từ trần, thực tăng 7 đảng viên.",
]


@pytest.mark.parametrize("text", NET_RISE)
def test_part_whole_net_rise_is_no_breakdown(text: str) -> None:
    assert _pw(text) == []


def test_part_whole_labelled_parts_still_confirmed() -> None:
    text = "Toàn tỉnh có 214 mô hình dân vận khéo, cấp huyện 18 mô hình, cấp xã 196 mô hình."
    assert [(c.verdict, c.figures) for c in _pw(text)] == [("consistent", [214, 18, 196])]


RESPECTIVE = [
    (
        "Trong năm, Đảng bộ Khối kết nạp 96 đảng viên, tiếp nhận 20 đảng viên chuyển đến. Số kết "
        "nạp ở khối xã và khối cơ quan lần lượt là 60 đảng viên và 36 đảng viên; riêng khối cơ "
        "quan đạt 90% kế hoạch.",
        [96, 60, 36],
    ),
    (
        "Sau 4 năm, diện tích chè của huyện tăng lên 2.450 ha, vượt mục tiêu nghị quyết. Diện tích "
        "chè cành, chè hạt và chè khác lần lượt là 1.300 ha, 850 ha và 300 ha.",
        [2450, 1300, 850, 300],
    ),
    (
        "Năm 2025, toàn tỉnh có 318 hợp tác xã nông nghiệp.\n\nSố hợp tác xã trồng trọt, chăn "
        "nuôi và dịch vụ lần lượt có 140 hợp tác xã, 95 hợp tác xã và 83 hợp tác xã.",
        [318, 140, 95, 83],
    ),
]


@pytest.mark.parametrize(("text", "figures"), RESPECTIVE)
def test_part_whole_respective_counts_confirmed(text: str, figures: list[float]) -> None:
    rows = [c for c in _pw(text) if c.figures[0] == figures[0]]
    assert [(c.verdict, c.figures) for c in rows] == [("consistent", figures)]


RESPECTIVE_SILENT = [
    # a slip: found by search, so nothing is told
    "Trong năm, Đảng bộ Khối kết nạp 96 đảng viên. Số kết nạp ở khối xã và khối cơ quan lần "
    "lượt là 60 đảng viên và 35 đảng viên.",
    # some kinds only, or another moment: the sums fit nothing
    "Toàn huyện có 2.450 ha chè. Hai xã trồng nhiều nhất là Minh Tiến và Yên Hòa, lần lượt "
    "là 410 ha và 385 ha.",
    "Năm 2020, huyện có 41 hợp tác xã. Đến nay, số hợp tác xã ở khu vực nông thôn và đô thị "
    "lần lượt là 30 hợp tác xã và 15 hợp tác xã.",
]


@pytest.mark.parametrize("text", RESPECTIVE_SILENT)
def test_part_whole_respective_counts_silent(text: str) -> None:
    assert not [c for c in _pw(text) if c.figures[1:] and c.figures[1] in (60, 410, 30)]
