"""GRIM (granularity) readings added in the twelfth session, all fit-only after white-box review
66 (a whole count that gives the percent is told, a miss is silent). Each passage is ours.

- a group opened as its clause's scope, the percent right after the comma naming the group's
  noun with or without "có"/"số" ("Trong 13 chi bộ được khảo sát, 66,7% chi bộ …", "Qua khảo
  sát tại 13 chi bộ ghép ở xã Na Mèo, 61,5% số chi bộ …");
- the rate of the group's own units named by their grade alone ("Riêng khối 21 đảng bộ xã,
  thị trấn, tỷ lệ hoàn thành xuất sắc nhiệm vụ là 19%");
- a percent naming its whole right after it ("74,1% trong tổng số 27 giáo viên");
- a member attribute in a bracket after the body ("khen thưởng 9 cá nhân (nữ chiếm 44,4%)");
- "trong đó 57,1% xếp loại khá" and "11 đơn vị cấp huyện" (the one counted noun without a head).

And the guards that keep each reading quiet where the percent is of something else: a kind of
the noun named after it ("chi bộ thôn"), a planned or future rate, a count of a change, a
bracketed percent that is the count's own share of another whole.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _grim(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "granularity"]


# Fit-only readings (white-box review 66 drew 68 alarms from them as alarm-capable): a whole
# count that gives the percent is told; a miss is silent. (passage, base, percent)
FITS = [
    ("Trong 12 chi bộ, 58,3% chi bộ duy trì sinh hoạt đều đặn hằng tháng.", 12, 58.3),
    (
        "Qua khảo sát tại 13 chi bộ ghép ở xã Na Mèo, 61,5% số chi bộ duy trì sinh hoạt đều.",
        13,
        61.5,
    ),
    ("Qua rà soát ở 16 xã, có 37,5% số xã còn thiếu quy hoạch chi tiết.", 16, 37.5),
    ("Qua giám sát 14 tổ chức đảng, 35,7% tổ chức đảng chưa ban hành quy chế làm việc.", 14, 35.7),
    ("Riêng khối 21 đảng bộ xã, thị trấn, tỷ lệ hoàn thành xuất sắc nhiệm vụ là 19%.", 21, 19),
    ("Trong 16 xã, tỷ lệ đạt chuẩn nông thôn mới là 62,5%.", 16, 62.5),
    ("Đến nay, 74,1% trong tổng số 27 giáo viên của huyện đạt chuẩn.", 27, 74.1),
    ("Năm nay huyện khen thưởng 9 cá nhân (nữ chiếm 44,4%).", 9, 44.4),
    ("Chi bộ có 37 đảng viên (nữ chiếm 29,7%, người dân tộc thiểu số chiếm 40,5%).", 37, 40.5),
    (
        "Huyện có 7 hợp tác xã chuyên canh cây ăn trái, trong đó 57,1% xếp loại khá trở lên.",
        7,
        57.1,
    ),
    ("Trong 11 đơn vị cấp huyện, có 45,5% số đơn vị đạt chuẩn.", 11, 45.5),
]


@pytest.mark.parametrize(("text", "base", "pct"), FITS)
def test_grim_fit(text: str, base: int, pct: float) -> None:
    rows = [c for c in _grim(text) if c.figures == [base, pct]]
    assert [c.verdict for c in rows] == ["consistent"], _grim(text)


# the same readings with a percent no whole count gives: silent
MISSES = [
    "Trong 13 chi bộ được khảo sát, 66,7% chi bộ duy trì sinh hoạt đều.",
    "Qua khảo sát tại 13 chi bộ ghép ở xã Na Mèo, 66,7% số chi bộ duy trì sinh hoạt đều.",
    "Riêng khối 21 đảng bộ xã, thị trấn, tỷ lệ hoàn thành xuất sắc nhiệm vụ là 18,2%.",
    "Tỷ lệ đảng viên nữ là 18,5% trên tổng số 22 đảng viên.",
    "Năm nay huyện khen thưởng 9 cá nhân (nữ chiếm 45%).",
    "Huyện có 7 hợp tác xã chuyên canh cây ăn trái, trong đó 55% xếp loại khá trở lên.",
    "Trong 11 đơn vị cấp huyện, có 45% số đơn vị đạt chuẩn.",
]


@pytest.mark.parametrize("text", MISSES)
def test_grim_fit_only_miss_is_silent(text: str) -> None:
    assert [c for c in _grim(text) if c.verdict == "inconsistent"] == []


# Each passage holds a percent that no whole count of the nearby count gives, but the percent
# is not a share of that count: no alarm.
QUIET = [
    # a kind of the group's units, whose number is not told
    "Qua kiểm tra tại 12 chi bộ, 8% chi bộ thôn còn vi phạm quy định.",
    "Trong 16 xã, 12,5% xã vùng cao còn gặp khó khăn.",
    # another noun after the percent
    "Trong 12 xã, 70% số hộ đã có điện lưới quốc gia.",
    "Qua giám sát 14 tổ chức đảng, 35% đảng viên chưa nêu gương.",
    # planned or future rates
    "Trong 16 xã, 60% xã sẽ đạt chuẩn nông thôn mới vào năm 2025.",
    "Trong 16 xã, phấn đấu 60% xã đạt chuẩn nông thôn mới vào năm 2025.",
    "Trong 16 xã, có 60% số xã phấn đấu đạt chuẩn nông thôn mới.",
    # a grade rate said of the members, or of another whole
    "Trong 21 đảng bộ xã, tỷ lệ hoàn thành xuất sắc nhiệm vụ của đảng viên là 18,2%.",
    "Trong 21 đảng bộ xã, tỷ lệ hoàn thành xuất sắc nhiệm vụ là 18,2% số đảng viên.",
    "Trong 16 xã, tỷ lệ hộ đạt chuẩn văn hóa là 60%.",
    # a count of a change before the member attribute
    "Chi bộ có 37 đảng viên, tăng 3 đồng chí, nữ chiếm 29,7%.",
    "Chi bộ có 37 đảng viên (tăng 3 đồng chí, nữ chiếm 29,7%).",
    # a bracketed percent is the count's own share of another whole
    "Toàn xã còn 86 hộ nghèo; trong đó hộ đồng bào dân tộc thiểu số 71 hộ (82,6% số hộ nghèo).",
    "Kết luận 71 đảng viên có vi phạm, trong đó thi hành kỷ luật 38 đảng viên (53,5% số đảng viên có vi phạm).",
    # a count said of the percent before "trong tổng số": a share row, not GRIM
    "Có 5 đồng chí, chiếm 16,2% trong tổng số 31 đảng viên bị kỷ luật.",
    # guards of review 66 on the older alarm-capable readings: the percent's own fraction later
    # in the sentence, a change or part after a larger count, a later item of another moment
    "Đảng bộ xã có 24 chi bộ, trong đó 17 chi bộ ghép. Qua kiểm tra 24 chi bộ, 41,2% số chi bộ "
    "ghép chưa có quy chế phối hợp (7/17 chi bộ).",
    "Chi bộ có 37 đảng viên, trong năm kết nạp 3 đồng chí, nữ chiếm 29,7%.",
    "Ban Chấp hành có 15 đồng chí, hiện khuyết 2 đồng chí, nữ chiếm 20%.",
    "Chi bộ có 37 đảng viên, ít hơn đầu nhiệm kỳ 2 đồng chí, nữ chiếm 29,7%.",
    "Chi bộ hiện có 38 đảng viên, nữ chiếm 31,6%, cuối năm trước là 29,7%.",
    "Trường có 48 giáo viên, nữ chiếm 81,3%, trong đó đảng viên chiếm 46,2%.",
]


@pytest.mark.parametrize("text", QUIET)
def test_grim_quiet(text: str) -> None:
    assert [c for c in _grim(text) if c.verdict == "inconsistent"] == []
