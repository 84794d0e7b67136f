"""GRIM alarms stand only when the report's base is unambiguous.

A percent that no whole count of the named base gives is an alarm, unless the report states
a part of that base as assessed or present ("55/56 tổ chức cơ sở đảng được đánh giá") whose
count does give it: then the percent may well be of that part, and the checker stays silent.
Each passage is ours.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _grim(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "granularity"]


# the base stays unambiguous: the alarm is raised
ALARMS = [
    # a group opened as the scope of its clause, then the rate of its members
    "Qua khảo sát 27 chi bộ thôn ở vùng sâu, có 88,5% chi bộ duy trì sinh hoạt đều đặn.",
    "Trong 17 xã, tỷ lệ xã đạt chuẩn nông thôn mới là 48%.",
    "Đối với 120 hộ được hỗ trợ, có 45,5% hộ đã thoát nghèo.",
    "Có 31 cán bộ được đưa vào quy hoạch, trong đó cán bộ nữ chiếm 18,2%.",
    # another count of the noun, but far from the base's size: not a variant of it
    "Toàn huyện có 120 cán bộ diện quy hoạch. Năm nay có 31 cán bộ được đưa vào quy hoạch, "
    "trong đó cán bộ nữ chiếm 18,2%.",
    # another count of the noun near the base (another set) does not make it ambiguous:
    # 18,2% is 6/33 of those who attended the course, but not of the 31
    "Có 31 cán bộ được đưa vào quy hoạch, trong đó cán bộ nữ chiếm 18,2%. Lớp bồi dưỡng có "
    "33 cán bộ tham dự.",
    # a near count of another noun does not make the base ambiguous
    "Có 31 cán bộ được đưa vào quy hoạch, trong đó cán bộ nữ chiếm 18,2%; 33 đảng viên dự lớp.",
]

# another near count of the same noun gives the percent: silence
SILENT = [
    # 85,5% is no k/56 but 47/55: the share of the 55 assessed
    "Đảng bộ huyện có 56 tổ chức cơ sở đảng. Có 55/56 tổ chức cơ sở đảng được đánh giá, xếp "
    "loại. Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 85,5%.",
    # 86,5% is no k/38 but 32/37: the 37 villages that held the dialogue
    "Huyện có 38 thôn, bản. Có 37/38 thôn, bản đã tổ chức đối thoại. Tỷ lệ thôn, bản đạt "
    "chuẩn văn hóa là 86,5%.",
]


# the same scopes with a percent a whole count gives: confirmed
FITS = [
    ("Qua khảo sát 27 chi bộ thôn ở vùng sâu, có 88,9% chi bộ duy trì sinh hoạt đều đặn.", 27),
    ("Kiểm tra 34 chi bộ, có 79,4% chi bộ thực hiện tốt quy chế.", 34),
    ("Trong 17 xã, tỷ lệ xã đạt chuẩn nông thôn mới là 47,1%.", 17),
]

# not a rate that names the group's noun: no row (it may be of members, meetings, money)
NOT_OF_THE_GROUP = [
    # a grade rate with members named just before: it may be theirs (a rate of the bodies
    # themselves, with no people around, is read: tests/test_checker_grim_scopes.py)
    "Năm 2023 có 4.918 đảng viên được đánh giá. "
    "Riêng khối 21 đảng bộ xã, thị trấn, tỷ lệ hoàn thành xuất sắc nhiệm vụ là 18,2%.",
    "Riêng khối 21 đảng bộ xã, tỷ lệ tổ chức sinh hoạt chi bộ định kỳ hằng tháng đạt 96,4%.",
    "Trong 17 xã, tỷ lệ xã hội hóa nguồn vốn xây dựng nông thôn mới đạt 23,6%.",
    "Trong 36 trường, tỷ lệ trường hợp học sinh bỏ học giữa chừng là 0,8%.",
    "Trong 23 thôn, tỷ lệ thôn bảo đảm vệ sinh môi trường đạt 76,4% số hộ.",
    "Trong 17 xã, tỷ lệ xã đạt chuẩn nông thôn mới của cả tỉnh là 48%.",
    "Trong 17 xã, tỷ lệ hộ nghèo là 4,8%.",
    "Kiểm tra 34 chi bộ, có 78% chi bộ của toàn huyện thực hiện tốt quy chế.",
    "Trong 17 xã, tỷ lệ bao phủ bảo hiểm y tế đạt 93,4%.",
    "Trong 25 xã, tỷ lệ có điện lưới là 98,5%.",
    "Riêng khối 21 đảng bộ xã, tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ là 18,2%.",
    "Trong 3 năm qua, có 85,3% chi bộ đạt trong sạch vững mạnh.",
    "Trong 12 xã, có 58,5% diện tích lúa được cơ giới hóa.",
]


@pytest.mark.parametrize(("text", "base"), FITS)
def test_grim_scope_rate_confirmed(text: str, base: int) -> None:
    rows = _grim(text)
    assert [(c.verdict, c.figures[0]) for c in rows] == [("consistent", base)], [
        (c.verdict, c.why) for c in rows
    ]


@pytest.mark.parametrize("text", NOT_OF_THE_GROUP)
def test_grim_rate_of_something_else_is_no_row(text: str) -> None:
    assert _grim(text) == []


@pytest.mark.parametrize("text", ALARMS)
def test_grim_alarm_with_one_base(text: str) -> None:
    rows = _grim(text)
    assert [c.verdict for c in rows] == ["inconsistent"], [(c.verdict, c.why) for c in rows]


@pytest.mark.parametrize("text", SILENT)
def test_grim_silent_when_another_base_fits(text: str) -> None:
    rows = _grim(text)
    assert all(c.verdict != "inconsistent" for c in rows), [(c.verdict, c.why) for c in rows]


# A percent naming its whole by the whole's own noun, the whole stated as such a few
# sentences before and the only count of that noun so far.
NAMED_WHOLE_ALARMS = [
    "Đảng ủy phường hiện có 29 chi bộ trực thuộc. Công tác kiểm điểm được chuẩn bị kỹ. Kết "
    "quả có 20,5% số chi bộ được xếp loại hoàn thành xuất sắc nhiệm vụ.",
    "Trường hiện có 52 giáo viên, phần lớn đạt chuẩn. Đến nay 36,2% giáo viên có trình độ thạc sĩ.",
]
NAMED_WHOLE_SILENT = [
    # the earlier count is a part (an event), not the whole
    "Năm 2024, có 45 đảng viên được tặng Huy hiệu Đảng, trong đó 12 đồng chí nhận Huy hiệu "
    "50 năm tuổi Đảng, chiếm 0,9% tổng số đảng viên.",
    "Năm 2020 huyện mới có 4 xã đạt chuẩn nông thôn mới nâng cao; đến nay đã là 10, chiếm "
    "76,9% số xã.",
    # an average over years
    "Đảng bộ hiện có 55 tổ chức cơ sở đảng. Hằng năm bình quân có 89,5% tổ chức cơ sở đảng "
    "hoàn thành tốt nhiệm vụ trở lên.",
    # a subset named after the noun
    "Đảng ủy phường hiện có 29 chi bộ trực thuộc. Kết quả có 20,5% số chi bộ khu dân cư được "
    "xếp loại hoàn thành xuất sắc nhiệm vụ.",
    # two counts of the noun: which is the whole is not told
    "Năm 2023 có 27 chi bộ; năm 2024 có 29 chi bộ. Có 20,5% số chi bộ được xếp loại xuất sắc.",
]


@pytest.mark.parametrize("text", NAMED_WHOLE_ALARMS)
def test_grim_on_a_named_whole(text: str) -> None:
    assert [c.verdict for c in _grim(text)] == ["inconsistent"], [c.why for c in _grim(text)]


@pytest.mark.parametrize("text", NAMED_WHOLE_SILENT)
def test_grim_named_whole_lookalikes(text: str) -> None:
    assert [c.why for c in _grim(text) if c.verdict == "inconsistent"] == []
