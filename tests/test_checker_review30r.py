"""White-box review 30r of the session's restatement readings (repeat._rough_amount_restated,
_synonym_unit_restated, _left_restated) and of the older repeat._same_big_count: clean passages
on which one of them tied two figures that are not the same quantity (another place, body,
year, round or season, level, noun or subset; a count reached by an act against a stock; a
rest of another thing). All four readings are confirm-only, so the battery cannot hold these
wrong confirmations: here each must give no row. The passages are our own wording (they are
also in tests/battery/battery_zzzz_r30r.jsonl, where no alarm is asserted).
"""

from __future__ import annotations

import pytest

from vnreport_miner.checker import repeat
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)
_READINGS = ("_rough_amount_restated", "_synonym_unit_restated", "_left_restated")


def _rows(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Check]]:
    got: list[tuple[str, Check]] = []

    def spy(name: str, with_done: bool):  # type: ignore[no-untyped-def]
        orig = getattr(repeat, name)

        def with_(ctx, done):  # type: ignore[no-untyped-def]
            out = orig(ctx, done)
            got.extend((name, c) for c in out)
            return out

        def without(ctx):  # type: ignore[no-untyped-def]
            out = orig(ctx)
            got.extend((name, c) for c in out)
            return out

        monkeypatch.setattr(repeat, name, with_ if with_done else without)

    for name in _READINGS:
        spy(name, True)
    spy("_same_big_count", False)
    process_text(text, options=_OPTS)
    return got


# (battery id, text): each gave a wrong confirmation before review 30r
WRONG_PAIRS = [
    (
        "r30r-001",
        "Xã Tân Hòa trồng mới 42,7 ha chè giống LDP1. Xã Tân Minh, nơi có nhiều đồi thấp, trồng mới gần 43 ha chè giống Kim Tuyên.",
    ),
    (
        "r30r-002",
        "Năm 2023, nông dân trong huyện trồng mới 36,4 ha cam Vinh. Sang năm 2024, diện tích cam trồng mới đạt khoảng 36 ha, chủ yếu ở các xã vùng cao.",
    ),
    (
        "r30r-003",
        "Năm 2024, huyện đã làm mới 63,8 km đường giao thông nông thôn. Cùng với đó, nhân dân hiến đất, góp công xây dựng gần 64 km kênh mương nội đồng.",
    ),
    (
        "r30r-004",
        "Tỷ lệ hộ nghèo của xã Na Hang đầu năm là 4,6%. Xã Thượng Lâm có điều kiện khó khăn hơn, tỷ lệ hộ nghèo vẫn ở mức khoảng 5%.",
    ),
    (
        "r30r-005",
        "Tốc độ tăng trưởng kinh tế của huyện năm 2024 đạt 7,6%. Trong khi đó, tốc độ tăng trưởng kinh tế của toàn tỉnh đạt gần 8%.",
    ),
    (
        "r30r-006",
        "Đảng bộ có 1.245 đảng viên, trong đó đảng viên nữ chiếm 38,4%. Đảng viên dưới 30 tuổi chiếm khoảng 38% tổng số đảng viên, là lực lượng kế cận quan trọng.",
    ),
    (
        "r30r-007",
        "Năng suất lúa bình quân vụ Đông Xuân đạt 58,6 tạ/ha. Năng suất ngô lai trên đất bãi ven sông đạt gần 59 tạ/ha.",
    ),
    (
        "r30r-008",
        "Diện tích lúa bị ảnh hưởng do bão số 3 là 125,4 ha. Sau bão, các hợp tác xã đã gieo cấy lại được hơn 125 ha lúa mùa trên chân ruộng cao.",
    ),
    (
        "r30r-010",
        "Tỷ lệ người dân tham gia bảo hiểm y tế của xã Hòa Bình đạt 92,4%. Tỷ lệ người dân tham gia bảo hiểm y tế của xã Hòa Phú đạt khoảng 92%.",
    ),
    (
        "r30r-014",
        "Xã Quảng Lạc có 24,6 km đường trục xã đã được nhựa hóa. Xã Quảng Thọ có gần 25 km đường trục xã, trong đó mới bê tông hóa 12 km.",
    ),
    (
        "r30r-016",
        "Tỷ lệ trường đạt chuẩn quốc gia của huyện là 72,4%. Tỷ lệ trường đạt chuẩn quốc gia của tỉnh, theo số liệu của Sở, là trên 72%.",
    ),
    (
        "r30r-017",
        "Tỷ lệ tập hợp hội viên của Hội Nông dân đạt 71,4%. Tỷ lệ tập hợp hội viên của Hội Cựu chiến binh đạt trên 71%, cao nhất trong các đoàn thể.",
    ),
    (
        "r30r-027",
        "Huyện đoàn Bảo Yên có 36 tổ chức cơ sở đoàn. Huyện đoàn Bảo Thắng, sau khi sáp nhập các xã, có 36 cơ sở đoàn trực thuộc.",
    ),
    (
        "r30r-028",
        "Năm 2022, có 14 tổ chức cơ sở Hội xếp loại vững mạnh. Năm 2023, có 14 cơ sở Hội xếp loại vững mạnh, 3 cơ sở Hội xếp loại khá.",
    ),
    (
        "r30r-029",
        "Tổng số hội viên của Hội Nông dân xã Yên Lạc là 214 đồng chí. Hội Cựu chiến binh xã Yên Lạc hiện có 214 hội viên, sinh hoạt ở 9 chi hội.",
    ),
    (
        "r30r-030",
        "Tổng số đảng viên của Đảng bộ xã là 186 đồng chí. Trong nhiệm kỳ, toàn huyện đã kết nạp 186 đảng viên mới.",
    ),
    (
        "r30r-031",
        "Số hội viên của Hội Nông dân huyện là 1.482 người. Trong nhiệm kỳ, các chi bộ đã kết nạp 1.482 đảng viên, trong đó 412 là hội viên nông dân.",
    ),
    (
        "r30r-032",
        "Đầu nhiệm kỳ, tổng số đoàn viên là 248 người. Trong nhiệm kỳ, đã giới thiệu 248 đoàn viên ưu tú cho Đảng xem xét kết nạp.",
    ),
    (
        "r30r-036",
        "Số đoàn viên thanh niên của xã là 328 người. Năm 2024, đã có 328 đoàn viên tham gia các hoạt động tình nguyện hè, nhiều đoàn viên ở xã khác đến hỗ trợ.",
    ),
    (
        "r30r-042",
        "Về công tác kiểm tra, đã thực hiện 5/8 cuộc, còn 3 cuộc. Về giám sát chuyên đề, đã thực hiện 6/9 cuộc theo kế hoạch. Quý IV, hoàn thành 3 cuộc giám sát còn lại.",
    ),
    (
        "r30r-043",
        "Toàn huyện còn 2 đơn vị chưa hoàn thành đại hội chi bộ. Ủy ban kiểm tra đã nhận 14 đơn thư; tập trung giải quyết dứt điểm 2 đơn còn tồn đọng từ năm trước.",
    ),
    (
        "r30r-045",
        "Xã Thanh Lương đã giải quyết 15 đơn, còn 2 đơn đang xem xét. Xã Thanh Xuân đã tiếp nhận 9 đơn; trong năm tới, xã Thanh Xuân giải quyết dứt điểm 2 đơn còn tồn đọng.",
    ),
    (
        "r30r-056",
        "Diện tích rừng trồng tập trung của huyện là 128,6 ha. Diện tích rừng được cấp chứng chỉ FSC gần 129 ha, do các công ty lâm nghiệp quản lý.",
    ),
    (
        "r30r-059",
        "Huyện đã nâng cấp 12,4 km quốc lộ 3B qua địa bàn. Hiện vẫn còn hơn 12 km quốc lộ 3B xuống cấp nghiêm trọng, chưa được bố trí vốn.",
    ),
    (
        "r30r-061",
        "Tỷ lệ hộ dân ở khu vực thành thị được dùng nước sạch đạt 98,6%. Tỷ lệ hộ dân ở khu vực nông thôn được dùng nước hợp vệ sinh đạt gần 99%.",
    ),
    (
        "r30r-062",
        "Tỷ lệ đảng viên được xếp loại hoàn thành xuất sắc nhiệm vụ là 14,6%. Tỷ lệ tổ chức cơ sở đảng được xếp loại hoàn thành xuất sắc nhiệm vụ là khoảng 15%.",
    ),
    (
        "r30r-064",
        "Tỷ lệ học sinh tốt nghiệp trung học phổ thông của trường Hùng Vương đạt 96,8%. Tỷ lệ học sinh tốt nghiệp trung học phổ thông của trường Nguyễn Du đạt gần 97%.",
    ),
    (
        "r30r-067",
        "Đoàn viên thanh niên tham gia hiến máu tình nguyện chiếm 36,4% số người hiến máu. Hội viên phụ nữ tham gia hiến máu tình nguyện chiếm khoảng 36%, còn lại là các đối tượng khác.",
    ),
    (
        "r30r-068",
        "Đợt 1, diện tích lúa bị ngập úng là 84,6 ha. Đợt 2, diện tích lúa bị ngập úng lên tới gần 85 ha, tập trung ở vùng trũng.",
    ),
    (
        "r30r-074",
        "Số đoàn viên của chi đoàn thôn là 48 người. Chi đoàn trường học, nơi có đông học sinh, có 48 đoàn viên.",
    ),
    (
        "r30r-075",
        "Toàn huyện có 1.250 đảng viên. Trong năm, các chi bộ đã tổ chức cho 1.250 người dân học tập chuyên đề về tư tưởng Hồ Chí Minh.",
    ),
    (
        "r30r-086",
        "Còn 4 hộ chưa nhận tiền bồi thường giải phóng mặt bằng. Về giảm nghèo, đã hỗ trợ 31 hộ nghèo làm nhà; 4 hộ nghèo còn lại được hỗ trợ trong năm sau.",
    ),
    (
        "r30r-087",
        "Ủy ban kiểm tra Huyện ủy còn 2 đơn đang xem xét. Đối với Ủy ban nhân dân huyện, trong năm tới cần giải quyết dứt điểm 2 đơn còn tồn đọng về đất đai kéo dài từ năm 2019.",
    ),
    (
        "r30r-089",
        "Về nhà ở, còn 8 căn nhà đang xây dựng dở dang. Về trường học, đã sửa chữa 12 phòng học; 8 căn nhà công vụ còn lại cho giáo viên sẽ được sửa chữa năm sau.",
    ),
    (
        "r30r-100",
        "Tỷ lệ xã đạt chuẩn quốc gia về y tế của tỉnh là 94,2%. Riêng các xã vùng cao, tỷ lệ đạt chuẩn quốc gia về y tế là trên 94%, tương đương mặt bằng chung.",
    ),
    (
        "r30r-102",
        "Vụ Đông Xuân, diện tích lúa được cơ giới hóa khâu làm đất là 1.406,7 ha. Vụ Mùa, diện tích được cơ giới hóa khâu làm đất là hơn 1.406 ha.",
    ),
    (
        "r30r-113",
        "Thành đoàn có 46 tổ chức cơ sở đoàn, trong đó 21 đoàn phường. Ở khối trường học, 46 cơ sở đoàn đã ra mắt đội thanh niên tình nguyện.",
    ),
    (
        "r30r-120",
        "Hiện nay, còn 4 xã chưa có trạm y tế đạt chuẩn. Trong 4 năm, huyện đã đầu tư 15 trường học; 4 xã còn lại chưa có trường mầm non riêng.",
    ),
    (
        "r30r-078",
        "Đầu nhiệm kỳ, Hội có 26 tổ chức cơ sở Hội. Sau khi sáp nhập các xã, hiện còn 21 cơ sở Hội; năm 2024, 26 cơ sở Hội cựu chiến binh của huyện bạn đến thăm, trao đổi kinh nghiệm.",
    ),
    (
        "r30r-112",
        "Huyện hội có 19 tổ chức cơ sở Hội. Các chi hội nghề nghiệp được thành lập ở 19 cơ sở Hội của tỉnh bạn, theo mô hình được giới thiệu tại hội nghị.",
    ),
    # the report's own case: a stock of association members and a later admission count
    (
        "author",
        "Số hội viên của Hội Nông dân xã là 1.482 người, sinh hoạt ở 12 chi hội. Trong nhiệm kỳ, "
        "Đảng bộ huyện kết nạp 1.482 đảng viên, vượt chỉ tiêu Đại hội.",
    ),
]


@pytest.mark.parametrize(("pid", "text"), WRONG_PAIRS)
def test_review30r_wrong_pair_gives_no_row(
    pid: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    got = [(name, c.figures) for name, c in _rows(text, monkeypatch)]
    assert not got, (pid, got)


# true restatements the guards keep
KEPT = [
    (
        "Trong năm, tiếp nhận 24 đơn; đã giải quyết 21 đơn, còn 3 đơn đang xác minh. Quý I năm "
        "sau, giải quyết dứt điểm 3 đơn còn tồn.",
        "_left_restated",
        [3, 3],
    ),
    (
        "Tỷ lệ hộ gia đình sử dụng nước hợp vệ sinh đạt 96,3%. Nhìn chung, trên 96% hộ gia đình "
        "sử dụng nước hợp vệ sinh, vượt mức bình quân của tỉnh.",
        "_rough_amount_restated",
        [96, 96.3],
    ),
    (
        "Hội Nông dân huyện có 17 tổ chức cơ sở Hội. Kết quả xếp loại 17 cơ sở Hội: 12 cơ sở "
        "vững mạnh, 5 cơ sở khá.",
        "_synonym_unit_restated",
        [17, 17],
    ),
    # an admission count named in the subject of a count of people, then said with "kết nạp"
    (
        "Số quần chúng được kết nạp vào Đảng trong nhiệm kỳ là 1.506 người. Như vậy, toàn Đảng "
        "bộ đã kết nạp 1.506 đảng viên, đạt 100,4% chỉ tiêu.",
        "_same_big_count",
        [1506, 1506],
    ),
]


@pytest.mark.parametrize(("text", "name", "figures"), KEPT)
def test_review30r_true_restatement_kept(
    text: str, name: str, figures: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    got = [(n, sorted(c.figures)) for n, c in _rows(text, monkeypatch)]
    assert (name, sorted(figures)) in got, got


def test_review30r_left_pairs_the_rest_it_restates(monkeypatch: pytest.MonkeyPatch) -> None:
    """The nearest count said as left is another rest ("vẫn còn 2 đơn thư giải quyết chưa đúng
    thời hạn"): the rest restated is the one before it ("còn 2 đơn … đang giải quyết")."""
    text = (
        "Đã giải quyết 17/19 đơn thuộc thẩm quyền; còn 2 đơn đang giải quyết, chuyển sang năm "
        "sau.\nTuy nhiên, vẫn còn 2 đơn thư giải quyết chưa đúng thời hạn.\n"
        "- Giải quyết dứt điểm 2 đơn còn tồn đọng trong quý I.\n"
    )
    got = [c for n, c in _rows(text, monkeypatch) if n == "_left_restated"]
    assert len(got) == 1, got
    late = text.index("vẫn còn")
    assert got[0].start > late  # the claim is the later task ...
    first = process_text(text, options=_OPTS)
    ids = {m.id: m for m in first.mentions}
    assert ids[got[0].mention_ids[0]].start < late  # ... tied to the rest said first
