"""Readings the thirty-ninth session added, on passages written by us, with look-alikes that
must stay silent:

- repeat: a stock referred to as a whole ("toàn bộ", "tất cả", "100% trong số" …) may carry the
  words "của <body>" when that body is the one whose sentence states the stock ("Huyện … có …
  71.540 nhân khẩu" … "Toàn bộ 71.450 nhân khẩu của huyện"), with no other place named between;
  a stock may follow a count of two nouns ("có 16 xã, thị trấn với 71.540 nhân khẩu").
- share: a scope "Trong tổng số N X <words> năm 2022 …, có M …" holds a year in its own words.
- older readings (review 39a): "đoàn viên công đoàn" is a unit of its own; members "đang sinh
  hoạt tại" some branches are no restatement of all.
"""

from __future__ import annotations

import pytest

from tests.checkhelp import OPTS, alarms, checks_of, told
from vnreport_miner.pipeline import process_text

STOCK = (
    "Huyện Mường Khương có 16 xã, thị trấn với 71.540 nhân khẩu, phần lớn là đồng bào dân tộc "
    "thiểu số. Công tác tuyên truyền về bảo hiểm y tế được các đoàn thể phối hợp thực hiện "
    "thường xuyên. {later}"
)


def test_a_stock_referred_to_as_the_bodys_whole_is_held_to_its_value() -> None:
    bad = STOCK.format(later="Toàn bộ 71.450 nhân khẩu của huyện đã được cấp thẻ bảo hiểm y tế.")
    assert told(checks_of(bad, "repeat"), "repeat", "inconsistent", [71540, 71450])
    same = STOCK.format(later="Toàn bộ 71.540 nhân khẩu của huyện đã được cấp thẻ bảo hiểm y tế.")
    assert not alarms(same)


def test_the_whole_of_a_hoi_referred_to_by_its_name() -> None:
    text = (
        "Hội Cựu chiến binh huyện hiện có 3.752 hội viên, sinh hoạt ở 27 chi hội. Trong năm, Hội "
        "phối hợp tổ chức nhiều hoạt động tri ân. Tất cả 3.725 hội viên của Hội đều tham gia "
        "phong trào thi đua “Cựu chiến binh gương mẫu”."
    )
    assert told(checks_of(text, "repeat"), "repeat", "inconsistent", [3752, 3725])


@pytest.mark.parametrize(
    "text",
    [
        # another body's members, its place named between the two
        "Hội Nông dân xã Phú Lương có 2.146 hội viên.\n2. Hội Nông dân xã Phú Mỹ\nToàn bộ "
        "2.164 hội viên của Hội đã đăng ký danh hiệu hộ sản xuất, kinh doanh giỏi.",
        # the later count is of the province: the stock's sentence names only the district
        "Huyện Bảo Thắng có 14 xã, thị trấn với 108.350 nhân khẩu. Ngành y tế đẩy mạnh cấp "
        "thẻ bảo hiểm y tế. Toàn bộ 108.530 nhân khẩu của tỉnh thuộc diện chính sách đã được "
        "cấp thẻ.",
        # the owner's words go on into a subset
        "Đảng bộ xã Yên Lạc có 15 chi bộ với 512 đảng viên. Đảng ủy chỉ đạo sinh hoạt chi bộ "
        "theo chuyên đề. Toàn bộ 521 đảng viên của Đảng bộ khối cơ quan huyện đã ký cam kết.",
    ],
)
def test_other_wholes_named_by_an_owner_are_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == "repeat"]


def test_a_within_scope_may_name_its_year() -> None:
    text = (
        "Trong tổng số 312 đảng viên mới kết nạp năm 2022 của Đảng bộ tỉnh, có 174 đảng viên nữ, "
        "chiếm {pct}. Đảng viên mới có trình độ đại học trở lên chiếm đa số."
    )
    assert told(checks_of(text.format(pct="58,1%"), "share"), "share", "inconsistent",
                [174, 312, 58.1])  # fmt: skip
    assert told(checks_of(text.format(pct="55,8%"), "share"), "share", "consistent",
                [174, 312, 55.8])  # fmt: skip


# -- look-alikes of review 39a that older readings alarmed on


def test_trade_union_members_are_not_youth_union_members() -> None:
    text = (
        "Huyện đoàn hiện quản lý 4.735 đoàn viên, sinh hoạt ở 41 cơ sở đoàn. Năm 2024, Liên đoàn "
        "Lao động huyện cho biết toàn bộ 4.753 đoàn viên công đoàn đã được phổ biến Bộ luật Lao "
        "động sửa đổi."
    )
    units = {m.attrs.get("unit") for m in process_text(text, options=OPTS).mentions}
    assert "đoàn viên công đoàn" in units
    assert not [a for a in alarms(text) if a[0] == "repeat"]


def test_members_of_some_branches_only_are_no_restatement_of_all() -> None:
    text = (
        "Đảng bộ thị xã có 61 tổ chức cơ sở đảng với 5.274 đảng viên. Việc bồi dưỡng, kết nạp quần "
        "chúng ưu tú ở khu dân cư được các cấp ủy quan tâm. Toàn bộ {n} đảng viên của Đảng bộ "
        "đang sinh hoạt tại chi bộ khu phố, tổ dân phố đã nhận nhiệm vụ phụ trách hộ gia đình."
    )
    assert not [a for a in alarms(text.format(n="2.574")) if a[0] == "repeat"]
    # (without the place, the same digits swapped are a slip)
    plain = text.format(n="2.574").replace(" đang sinh hoạt tại chi bộ khu phố, tổ dân phố", "")
    assert [a for a in alarms(plain) if a[0] == "repeat"]
