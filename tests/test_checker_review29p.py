"""part_whole: white-box review 29p of the kinds listed after a count's noun and the rests said
"còn lại" (session 29, sentences ours).

Two guards: a "còn lại" said after a comma ("đã xử lý kỷ luật 11 đồng chí, số còn lại được nhắc
nhở") names the rest of another count, not the count before it, so no rest is read there; and a
first item's label naming some kinds or examples only ("gồm một số công trình lớn như …", "gồm
các câu lạc bộ dân ca ở xã …", "bao gồm cả …") makes the list a fit only, never a miss.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _pw(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "part_whole"]


def test_rest_after_a_comma_is_of_another_count() -> None:
    text = (
        "Từ đầu năm đến nay thi hành kỷ luật 27 đồng chí (khiển trách 16, cảnh cáo 7, cách chức 2, "
        "khai trừ 2), tăng 3 đồng chí so với cùng kỳ (24 đồng chí). Trong đó có 6 đồng chí vi phạm "
        "chính sách dân số. Trong số 16 đảng viên có vi phạm qua kiểm tra, đã xử lý kỷ luật "
        "11 đồng chí, số còn lại được nhắc nhở."
    )
    assert not [c for c in _pw(text) if sorted(c.figures) == [11, 16, 27]]


def test_rest_right_after_its_noun_is_still_read() -> None:
    text = (
        "Toàn xã có 42 thôn. Đến nay 35 thôn đã có nhà văn hóa đạt chuẩn, 7 thôn còn lại đang "
        "xây dựng."
    )
    rows = [c for c in _pw(text) if sorted(c.figures) == [7, 35, 42]]
    assert [c.verdict for c in rows] == ["consistent"], [(c.figures, c.why) for c in _pw(text)]


SOME_KINDS = [
    "Năm 2024 huyện có 37 công trình, gồm một số công trình lớn như đường Bản Lìm 4 công trình, "
    "kè suối 2 công trình.",
    "Toàn huyện có 92 câu lạc bộ, gồm các câu lạc bộ dân ca ở xã Thanh Sơn 14 câu lạc bộ, xã Yên "
    "Lãng 11 câu lạc bộ.",
    "Hội Nông dân tỉnh phát triển 2.450 hội viên mới, gồm nhiều hội viên trẻ ở các huyện Bảo Lâm "
    "320 hội viên, Bảo Lạc 275 hội viên.",
]


@pytest.mark.parametrize("text", SOME_KINDS)
def test_a_label_of_some_kinds_tells_no_miss(text: str) -> None:
    rows = _pw(text)
    assert not [c for c in rows if c.verdict == "inconsistent"], [(c.figures, c.why) for c in rows]


def test_a_label_of_some_kinds_still_fits() -> None:
    text = (
        "Xã có 12 câu lạc bộ, gồm các câu lạc bộ ở thôn Đông 7 câu lạc bộ, thôn Tây 5 câu lạc bộ."
    )
    rows = [c for c in _pw(text) if c.figures == [12, 7, 5]]
    assert [c.verdict for c in rows] == ["consistent"]
