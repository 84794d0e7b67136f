"""White-box review 29r of the admissions-restated reading (repeat._admitted_restated): clean
passages on which that reading alone raised a false alarm and an older reading of the repeat kind
still does (so they are not in tests/battery/battery_zzzz_r29r.jsonl): the reading itself must
stay silent on them. And one slip it must still tell ("năm nay" in a report of that year).
The passages are our own wording.
"""

from __future__ import annotations

import pytest

from vnreport_miner.checker import repeat
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _admitted(text: str, monkeypatch: pytest.MonkeyPatch) -> list[Check]:
    got: list[Check] = []
    orig = repeat._admitted_restated

    def spy(ctx, done):  # type: ignore[no-untyped-def]
        out = orig(ctx, done)
        got.extend(out)
        return out

    monkeypatch.setattr(repeat, "_admitted_restated", spy)
    process_text(text, options=_OPTS)
    return got


SILENT = [
    # a body named in the sentence before a count with no subject of its own
    "Đảng bộ Quân sự huyện được công nhận trong sạch, vững mạnh. Năm 2024, đã kết nạp 152 đảng viên. Năm 2024, toàn huyện kết nạp 352 đảng viên, đạt 104% chỉ tiêu.\n",
    # two bodies, each named in the sentence before its count
    "Đảng bộ Khối các cơ quan tỉnh có 96 tổ chức cơ sở đảng. Trong nhiệm kỳ, đã kết nạp 412 đảng viên. Đảng bộ Khối doanh nghiệp có 58 tổ chức cơ sở đảng. Trong nhiệm kỳ, đã kết nạp 421 đảng viên.\n",
    # two districts, each named in the sentence before
    "Huyện Chư Păh có nhiều chuyển biến trong công tác tạo nguồn. Năm qua, huyện kết nạp 215 đảng viên. Huyện Ia Grai cũng có kết quả tốt. Năm qua, huyện kết nạp 251 đảng viên.\n",
    # the result under one heading, the next term's target under a heading of targets
    "I. KẾT QUẢ THỰC HIỆN\nTrong nhiệm kỳ, toàn Đảng bộ kết nạp 1.206 đảng viên.\n\nII. CHỈ TIÊU NHIỆM KỲ TỚI\nTrong nhiệm kỳ, kết nạp 1.260 đảng viên mới.\n",
    # the Public Security's party committee, then the whole district's
    "Đảng bộ Công an huyện có 12 chi bộ. Trong nhiệm kỳ, Đảng bộ kết nạp 118 đảng viên. Toàn Đảng bộ huyện có 96 tổ chức cơ sở đảng. Trong nhiệm kỳ, toàn Đảng bộ kết nạp 718 đảng viên.\n",
    # two communes named in the sentence before each count
    "Đảng bộ xã Ea Kly có 21 chi bộ. Năm 2024, đã kết nạp 105 đảng viên mới.\n\nĐảng bộ xã Ea Kuăng có 19 chi bộ. Năm 2024, đã kết nạp 150 đảng viên mới.\n",
    # a count with no subject after a sentence on the village cells
    "Các chi bộ thôn, bản có nhiều cố gắng trong tạo nguồn. Năm 2024, đã kết nạp 116 đảng viên.\nNăm 2024, toàn huyện kết nạp 416 đảng viên, đạt 104% kế hoạch.\n",
    # a count with no subject after a sentence on a block of enterprises
    "Khối doanh nghiệp ngoài nhà nước còn khó khăn. Trong nhiệm kỳ, đã kết nạp 105 đảng viên.\n\nTrong nhiệm kỳ, toàn Đảng bộ kết nạp 905 đảng viên.\n",
    # a count with no subject after a sentence on the schools
    "Năm 2024, toàn Đảng bộ kết nạp 227 đảng viên.\n\nỞ các trường phổ thông, công tác phát triển đảng viên trong học sinh được chú trọng. Năm 2024, đã kết nạp 127 đảng viên.\n",
    # a body named before a colon in the count's own sentence
    "Năm 2024, Đảng bộ huyện kết nạp 212 đảng viên mới.\n\n* Đảng bộ Công an huyện: Năm 2024, đã kết nạp 112 đảng viên mới.\n",
]


@pytest.mark.parametrize("text", SILENT)
def test_review29r_admitted_silent(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    got = [(c.verdict, c.figures) for c in _admitted(text, monkeypatch)]
    assert all(v != "inconsistent" for v, _ in got), got


def test_review29r_admitted_this_year(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Năm 2024, toàn Đảng bộ kết nạp 264 đảng viên mới.\n\nNhư vậy, năm nay đã kết nạp 246 đảng viên mới.\n"
    got = [(c.verdict, sorted(c.figures)) for c in _admitted(text, monkeypatch)]
    assert ("inconsistent", [246, 264]) in got, got
