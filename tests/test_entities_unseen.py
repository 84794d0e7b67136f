"""Entities on phrasing the seeds and the corpus do not use: unseen-report hardening.

Every sentence is written by us. Expected outputs follow ../shared/gold/GUIDELINES.md
(entity section) and the conventions of the seed and corpus gold; where the guidelines
are silent the decision is noted beside the table. Most tables assert the *exact* set of
(label, text) pairs, so a stray entity fails as much as a missing one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnreport_miner.extractors import entities as E
from vnreport_miner.pipeline import process_file
from vnreport_miner.pipeline.normalise import normalise_text
from vnreport_miner.pipeline.segment import sentence_spans
from vnreport_miner.records import Document, Mention, Options

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _doc(text: str, date: str | None = None) -> Document:
    text = normalise_text(text)
    doc = Document(path="t.txt", text=text, raw_text=text)
    doc.sentences = sentence_spans(text)
    if date:
        doc.meta["date"] = date
    return doc


def _ents(text: str, date: str | None = None) -> list[Mention]:
    doc = _doc(text, date)
    out = E.extract(doc, [], Options())
    for m in out:
        assert doc.text[m.start : m.end] == m.text
    return out


def _pairs(text: str, date: str | None = None) -> set[tuple[str, str]]:
    return {(m.attrs["label"], m.text) for m in _ents(text, date)}


def _norm(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(label, normalise_text(text)) for label, text in pairs}


OR, P, L = "ORG", "PER", "LOC"

# ---------------------------------------------------------------- named bodies

# "The longest proper name wins": the place inside a body is not annotated on its own.
ORG_EXACT = [
    ({(OR, "Ủy ban Kiểm tra Huyện ủy Bảo Thắng")},
     "Ủy ban Kiểm tra Huyện ủy Bảo Thắng đã kiểm tra 12 tổ chức đảng."),
    ({(OR, "Ban Dân vận Tỉnh ủy Thanh Hóa")},
     "Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức giao ban công tác dân vận quý III."),
    # a national body followed by a place is the Front of that place: one ORG
    ({(OR, "Mặt trận Tổ quốc Việt Nam huyện Krông Pắc")},
     "Mặt trận Tổ quốc Việt Nam huyện Krông Pắc vận động nhân dân hiến đất."),
    ({(OR, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai")},
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai giám sát việc xây nhà đại đoàn kết."),
    ({(OR, "Hội Nông dân xã Ea Tu")},
     "Hội Nông dân xã Ea Tu hướng dẫn hội viên tái canh cà phê."),
    ({(OR, "Đoàn Thanh niên Cộng sản Hồ Chí Minh")},
     "Đoàn Thanh niên Cộng sản Hồ Chí Minh luôn là lực lượng xung kích."),
    ({(OR, "Công an tỉnh An Giang")},
     "Công an tỉnh An Giang phối hợp giữ gìn an ninh khu vực biên giới."),
    ({(OR, "Bộ Chỉ huy Quân sự tỉnh Lạng Sơn")},
     "Bộ Chỉ huy Quân sự tỉnh Lạng Sơn huấn luyện lực lượng dân quân."),
    ({(OR, "Sở Nội vụ tỉnh Quảng Ninh")},
     "Sở Nội vụ tỉnh Quảng Ninh thẩm định đề án sáp nhập thôn, khu."),
    ({(OR, "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh")},
     "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh chỉ đạo các trường rà soát giáo viên."),
    ({(OR, "Phòng Nội vụ huyện Văn Yên")},
     "Phòng Nội vụ huyện Văn Yên hướng dẫn quy trình bầu trưởng thôn."),
    ({(OR, "Bộ Nội vụ")}, "Thực hiện hướng dẫn của Bộ Nội vụ về sắp xếp đơn vị hành chính."),
    ({(OR, "Bộ Chính trị")}, "Bộ Chính trị ban hành Quy định về công tác kiểm tra, giám sát."),
    ({(OR, "Ban Bí thư")}, "Ban Bí thư yêu cầu các cấp ủy thực hiện nghiêm."),
    ({(OR, "Chính phủ")}, "Chính phủ ban hành Nghị định về chế độ phụ cấp ở cơ sở."),
    ({(OR, "Quốc hội")}, "Quốc hội thông qua Luật Thực hiện dân chủ ở cơ sở."),
    ({(OR, "UBND huyện Tri Tôn")}, "UBND huyện Tri Tôn hỗ trợ xi măng làm đường giao thông nông thôn."),
    ({(OR, "Ủy ban nhân dân tỉnh Bình Phước")},
     "Ủy ban nhân dân tỉnh Bình Phước phê duyệt đề án phát triển cây điều."),
    ({(OR, "Hội Liên hiệp Phụ nữ huyện Mường Tè")},
     "Hội Liên hiệp Phụ nữ huyện Mường Tè vận động chị em xóa bỏ hủ tục."),
    # Youth Union committees are named by their place directly, like "Tỉnh ủy Lào Cai"
    ({(OR, "Tỉnh đoàn Lào Cai")}, "Tỉnh đoàn Lào Cai ra quân chiến dịch tình nguyện hè."),
    # stacked bodies: the Party committee of the provincial police is one ORG
    ({(OR, "Đảng ủy Công an tỉnh Lạng Sơn")},
     "Đảng ủy Công an tỉnh Lạng Sơn lãnh đạo thực hiện nhiệm vụ chính trị."),
    # title-case spelling of the committee words
    ({(OR, "Ban Thường vụ Huyện Ủy Văn Chấn")},
     "Ban Thường vụ Huyện Ủy Văn Chấn quyết định thành lập chi bộ mới."),
    ({(OR, "Đảng Ủy xã Tân Lập")}, "Đảng Ủy xã Tân Lập duy trì sinh hoạt chuyên đề hằng quý."),
    ({(OR, "Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang")},
     "Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang biên soạn tài liệu sinh hoạt."),
    ({(OR, "Chi bộ thôn Nà Làng")}, "Chi bộ thôn Nà Làng kết nạp thêm đảng viên trẻ."),
    ({(OR, "Đảng bộ Công ty Than Mạo Khê")},
     "Đảng bộ Công ty Than Mạo Khê chú trọng phát triển đảng trong công nhân."),
    ({(OR, "Báo Lào Cai")}, "Phóng sự của Báo Lào Cai phản ánh kịp thời tâm tư của cơ sở."),
    ({(OR, "Đảng bộ thị xã Sa Pa")}, "Đảng bộ thị xã Sa Pa có 35 tổ chức cơ sở đảng."),
    ({(OR, "Chi bộ Trường THCS Nà Hỳ")}, "Chi bộ Trường THCS Nà Hỳ đạt trong sạch, vững mạnh."),
    # schools with their level written out; the Youth Union and a mass organisation's
    # branch named by their place (fourteenth session)
    ({(OR, "Trường Trung học cơ sở Lê Lợi")},
     "Hội phối hợp Trường Trung học cơ sở Lê Lợi tổ chức kể chuyện truyền thống."),
    ({(OR, "Chi bộ Trường Trung học phổ thông Nam Đàn")},
     "Chi bộ Trường Trung học phổ thông Nam Đàn tổ chức sinh hoạt chuyên đề."),
    ({(OR, "Đoàn xã Phú Lộc"), (OR, "Đoàn thị trấn Tiên Yên")},
     "Đoàn xã Phú Lộc và Đoàn thị trấn Tiên Yên ra quân tình nguyện hè."),
    ({(OR, "Chi hội thôn Bắc Sơn")}, "Chi hội thôn Bắc Sơn vận động hội viên góp vốn."),
    # "Đoàn" before a place visiting or competing is a delegation: the place stands alone;
    # otherwise it is that place's Youth Union (a village has a "Chi đoàn")
    ({("LOC", "tỉnh Quảng Ninh")}, "Đoàn tỉnh Quảng Ninh tham gia Ngày hội Văn hóa các dân tộc."),
    ({("LOC", "thôn Bắc Sơn")}, "Đoàn thôn Bắc Sơn đạt giải Nhất hội thi."),
    ({("LOC", "xã Phú Lộc")}, "Huyện ủy đón Đoàn xã Phú Lộc sang thăm và làm việc."),
    ({(OR, "Đoàn huyện Mường Chà")}, "Đoàn huyện Mường Chà hiện có 37 tổ chức cơ sở đoàn."),
    # national associations: the country ends their name (no LOC "Việt Nam" of its own)
    ({(OR, "Hội Chữ thập đỏ Việt Nam")}, "Đảng lãnh đạo công tác của Hội Chữ thập đỏ Việt Nam."),
    ({(OR, "Liên minh Hợp tác xã Việt Nam")}, "Báo cáo gửi Liên minh Hợp tác xã Việt Nam."),
    # a surname that is also a body word still opens a name
    ({("PER", "Đoàn Văn Hiếu")}, "Đồng chí Đoàn Văn Hiếu được bầu làm Bí thư chi bộ."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "sentence"), ORG_EXACT)
def test_entities_unseen_named_bodies(expected: set[tuple[str, str]], sentence: str) -> None:
    assert _pairs(sentence) == _norm(expected)


# ---------------------------------------------------------------- people

# (name, role or None, sentence); the sentence's other entities are listed in PER_OTHERS.
PER_CASES = [
    ("Nguyễn Thị Hương", "Phó Bí thư Thường trực Tỉnh ủy",
     "Đồng chí Nguyễn Thị Hương, Phó Bí thư Thường trực Tỉnh ủy, phát biểu chỉ đạo."),
    # a title that ends in a bare admin noun is not a place: "xã" has no name here
    ("Lê Văn Tám", "Chủ tịch UBND xã",
     "Chủ tịch UBND xã Lê Văn Tám cho biết xã đã về đích nông thôn mới."),
    ("Hà Văn Sáng", "Trưởng thôn Nà Lừa",
     "Ông Hà Văn Sáng, Trưởng thôn Nà Lừa, chia sẻ kinh nghiệm vận động."),
    ("Lò Thị Mai", None, "Gia đình bà Lò Thị Mai đã thoát nghèo nhờ nuôi bò."),
    # a rank is a title, not part of the name
    ("Trần Quốc Việt", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
     "Đại tá Trần Quốc Việt, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, kiểm tra diễn tập."),
    ("Lê Thị Thu Hà", None, "Tác giả: Lê Thị Thu Hà"),
    ("Đỗ Quang Huy", None, "Bài và ảnh: Đỗ Quang Huy"),
    ("Sùng Thị Mỷ", None, "Theo chị Sùng Thị Mỷ, nhiều hộ đã đăng ký trồng rừng."),
    ("Nguyễn Văn Long", None, "Nguyễn Văn Long cho biết gia đình anh được vay vốn ưu đãi."),
    ("Hoàng Văn Nghiệm", "Phó Chủ tịch UBND tỉnh",
     "Phó Chủ tịch UBND tỉnh Hoàng Văn Nghiệm kiểm tra tiến độ xây nhà."),
    ("Tô Lâm", "Tổng Bí thư", "Tổng Bí thư Tô Lâm nhấn mạnh yêu cầu tinh gọn bộ máy."),
    # "Chủ tịch" before the name is a title: the person is annotated (titles are not names)
    ("Hồ Chí Minh", "Chủ tịch", "Học tập và làm theo tấm gương Chủ tịch Hồ Chí Minh."),
    ("Y Biêr Niê", None, "Đồng chí Y Biêr Niê được bầu làm bí thư chi bộ."),
    ("Vàng A Chu", None, "Anh Vàng A Chu đã đưa giống lúa mới lên nương."),
    ("Lò Văn Hùng", "Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Sìn Hồ",
     "Thượng tá Lò Văn Hùng, Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Sìn Hồ trao đổi."),
]  # fmt: skip

PER_OTHERS = {
    "Hà Văn Sáng": {(L, "thôn Nà Lừa")},
    "Lò Văn Hùng": {(OR, "Ban Chỉ huy Quân sự huyện Sìn Hồ")},
}


@pytest.mark.parametrize(("name", "role", "sentence"), PER_CASES)
def test_entities_unseen_people(name: str, role: str | None, sentence: str) -> None:
    ents = _ents(sentence)
    pers = [m for m in ents if m.attrs["label"] == "PER"]
    assert [m.text for m in pers] == [name]
    assert pers[0].attrs.get("role") == role
    others = {(m.attrs["label"], m.text) for m in ents if m.attrs["label"] != "PER"}
    assert others == PER_OTHERS.get(name, set())


PEOPLE_EXACT = [
    # a byline in capitals: the name as written, and the writer's unit
    ({(P, "NGUYỄN VĂN AN"), (OR, "Ban Tổ chức Tỉnh ủy Lào Cai")},
     "NGUYỄN VĂN AN (Ban Tổ chức Tỉnh ủy Lào Cai)"),
    ({(P, "ĐINH THỊ HOA")}, "Các chi bộ đã làm tốt việc này.\n\nĐINH THỊ HOA"),
    ({(P, "Trần Minh Đức"), (OR, "Ban Tuyên giáo Huyện ủy Văn Bàn")},
     "Các chi bộ đã làm tốt.\n\nTrần Minh Đức\nBan Tuyên giáo Huyện ủy Văn Bàn"),
    ({(OR, "Tỉnh ủy Lào Cai"), (P, "Đặng Xuân Phong")},
     "Bí thư Tỉnh ủy Lào Cai Đặng Xuân Phong nhấn mạnh vai trò của chi bộ."),
    ({(P, "Y Biêr Niê"), (OR, "Chi bộ buôn Ea Kmar")},
     "Đồng chí Y Biêr Niê, Bí thư Chi bộ buôn Ea Kmar, cho biết."),
    ({(P, "Vàng A Chu"), (L, "bản Huổi Só")}, "Anh Vàng A Chu ở bản Huổi Só trồng thảo quả."),
    # "Già làng" is a title: its noun "làng" does not make the name after it a village
    ({(P, "Y Khu Niê"), (L, "buôn Ea Nao")}, "Già làng Y Khu Niê ở buôn Ea Nao vận động con cháu."),
    # the Front of an unnamed unit ("... phường") is generic; the person is annotated
    ({(P, "Nguyễn Văn Bảy")},
     "Theo ông Nguyễn Văn Bảy, Chủ tịch Ủy ban MTTQ Việt Nam phường, dân đồng thuận."),
    ({(P, "HOÀNG MINH"), (OR, "Báo Đắk Lắk")}, "HOÀNG MINH (Báo Đắk Lắk)"),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "sentence"), PEOPLE_EXACT)
def test_entities_unseen_people_exact(expected: set[tuple[str, str]], sentence: str) -> None:
    assert _pairs(sentence) == _norm(expected)


# ---------------------------------------------------------------- places

PLACE_EXACT = [
    ({(L, "thôn Nà Làng")}, "Người dân thôn Nà Làng trồng quế trên đất dốc."),
    ({(L, "bản Huổi Só")}, "Đường vào bản Huổi Só đã được bê tông hóa."),
    ({(L, "ấp Tân Hòa"), (L, "xã Tân Phú")}, "Bà con ấp Tân Hòa, xã Tân Phú góp ngày công."),
    # numbered units: the number is the unit's official name (as "phường 3" in the
    # gazetteer), so "khóm 3" and "ấp 2" are places; "tổ dân phố số 2" is a count-like label
    ({(L, "khóm 3"), (L, "phường 2"), (L, "thành phố Sóc Trăng")},
     "Chi bộ họp tại khóm 3, phường 2, thành phố Sóc Trăng."),
    ({(L, "ấp 2")}, "Người dân ấp 2 tham gia làm đường."),
    ({(L, "sông Hồng")}, "Bãi bồi ven sông Hồng được giao cho hộ nghèo canh tác."),
    ({(L, "Lào"), (L, "Campuchia")}, "Tỉnh có đường biên giới giáp Lào và Campuchia."),
    ({(L, "Trung Quốc")}, "Nông sản được xuất sang Trung Quốc qua cửa khẩu phụ."),
    # 2025 units: a new ward is a place even though the pre-2025 gazetteer lacks it
    ({(L, "phường Hạc Thành"), (L, "tỉnh Thanh Hóa")},
     "Đảng ủy đã họp tại phường Hạc Thành, tỉnh Thanh Hóa."),
    # a plural noun before a list: the names stand alone (corpus gold "Các huyện Pác Nặm,
    # Ba Bể, Na Rì"); an item that has its own noun keeps it
    ({(L, "Tân Hợp"), (L, "Quy Hướng")}, "Ở các xã Tân Hợp, Quy Hướng, đảng viên còn ít."),
    ({(L, "Bảo Yên"), (L, "Văn Bàn"), (L, "Bát Xát")},
     "Các huyện Bảo Yên, Văn Bàn và Bát Xát hoàn thành chỉ tiêu."),
    ({(L, "Chiềng Sơn"), (L, "Chiềng Hắc")}, "Hai xã Chiềng Sơn và Chiềng Hắc sáp nhập bản."),
    # a single district after a generic body is that district: "huyện Chiêm Hóa" stays whole
    ({(L, "huyện Văn Chấn")}, "Các tổ chức cơ sở đảng huyện Văn Chấn đều có nghị quyết."),
    ({(L, "tỉnh Bà Rịa - Vũng Tàu")}, "Đoàn công tác của tỉnh Bà Rịa - Vũng Tàu thăm cơ sở."),
    ({(L, "huyện Đắk R'Lấp")}, "Nhiều hộ ở huyện Đắk R'Lấp chuyển sang trồng sầu riêng."),
    ({(L, "huyện Cư M'gar")}, "Đảng viên ở huyện Cư M'gar gương mẫu hiến đất."),
    ({(L, "Hà Nội")}, "Đoàn đại biểu người có uy tín ra thăm Thủ đô Hà Nội."),
    ({(L, "TP. Hồ Chí Minh")}, "Nhiều thanh niên đi làm ăn ở TP. Hồ Chí Minh."),
    ({(L, "Thành phố Hồ Chí Minh")}, "Thành phố Hồ Chí Minh hỗ trợ tỉnh xây trường học."),
    ({(L, "đèo Ô Quy Hồ")}, "Con đường qua đèo Ô Quy Hồ thường sạt lở mùa mưa."),
    ({(L, "thác Dray Nur")}, "Du khách đến thác Dray Nur ngày càng đông."),
    ({(L, "Quốc lộ 4D")}, "Dự án mở rộng Quốc lộ 4D đã hoàn thành."),
    ({(L, "xã Ea Tu"), (L, "thành phố Buôn Ma Thuột")},
     "Nông dân xã Ea Tu, thành phố Buôn Ma Thuột chuyển đổi cây trồng."),
    ({(L, "Lai Châu")}, "Về Lai Châu những ngày này, đâu cũng thấy cờ đỏ."),
    ({(L, "tổ dân phố Tân Tiến")}, "Người dân tổ dân phố Tân Tiến giữ gìn vệ sinh chung."),
    ({(OR, "Chi bộ tổ dân phố Tân Tiến")}, "Chi bộ tổ dân phố Tân Tiến họp vào ngày 5 hằng tháng."),
    ({(L, "tiểu khu Bó Bun")}, "Đảng viên tiểu khu Bó Bun tích cực làm du lịch."),
    ({(L, "Tây Nguyên")}, "Các tỉnh Tây Nguyên đẩy mạnh phát triển đảng viên."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "sentence"), PLACE_EXACT)
def test_entities_unseen_places(expected: set[tuple[str, str]], sentence: str) -> None:
    assert _pairs(sentence) == _norm(expected)


def test_entities_unseen_bare_district_of_the_report_province() -> None:
    text = "Huyện ủy Bảo Thắng chỉ đạo quyết liệt. Ở Bảo Thắng, các chi bộ sinh hoạt đều."
    assert _pairs(text) == {(OR, "Huyện ủy Bảo Thắng"), (L, "Bảo Thắng")}


def test_entities_unseen_bare_commune_of_the_report_province() -> None:
    # a township of the report's province named without its noun (in a title, say)
    text = "Kon Plông phát triển du lịch Măng Đen\n\nHuyện ủy Kon Plông ban hành nghị quyết."
    assert (L, "Măng Đen") in _pairs(text)


# ---------------------------------------------------------------- negatives

# Generic nouns, sentence openers, headings, Party vocabulary, figures and dates.
# "Trung ương" alone, "Đảng" alone, "Nhà nước", "Nhân dân" are not entities (the corpus
# gold leaves "từ Trung ương đến cơ sở" unannotated); a body without a name ("HĐND tỉnh",
# "Bộ Chỉ huy Quân sự tỉnh", "Sở Nội vụ") is as generic as "Tỉnh ủy" alone.
NEGATIVES = [
    "Các chi bộ thực hiện tốt việc sinh hoạt định kỳ.",
    "Cấp ủy các cấp quan tâm lãnh đạo công tác này.",
    "Trong năm, toàn Đảng bộ kết nạp nhiều đảng viên.",
    "Nhờ đó, chất lượng sinh hoạt được nâng lên rõ rệt.",
    "Nâng Cao Chất Lượng Sinh Hoạt Chi Bộ Ở Vùng Cao Biên Giới",
    "Nghị quyết đã đi vào cuộc sống.",
    "Đảng lãnh đạo, Nhà nước quản lý, Nhân dân làm chủ.",
    "Tỷ lệ hộ nghèo giảm còn 12,5% vào cuối năm 2023.",
    "Ngày 15/3/2022, hội nghị được tổ chức trực tuyến.",
    "Trung ương đã có chủ trương rõ ràng về việc này.",
    "HĐND tỉnh đã ban hành nghị quyết hỗ trợ.",
    "Bộ Chỉ huy Quân sự tỉnh tổ chức huấn luyện dân quân.",
    "Sở Nội vụ đã thẩm định hồ sơ.",
    "Ban Thường vụ Tỉnh ủy chỉ đạo sát sao.",
    "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ năm diễn ra hôm qua.",
    "Ủy ban nhân dân xã tổ chức họp dân.",
    "Nhà văn hóa thôn được xây mới khang trang.",
    "Mặt trận và các đoàn thể cùng vào cuộc.",
    "Báo cáo Chính trị được thảo luận kỹ.",
    "Tết Nguyên đán năm nay, bà con được hỗ trợ gạo.",
    # peoples' names are not persons or places
    "Đồng bào Gia Rai, Ê Đê chiếm đa số dân cư.",
    "Người Khơ Mú ở đây sống chủ yếu bằng nghề nương rẫy.",
    "Nhiều gia đình dân tộc Hà Nhì đã định canh, định cư.",
    "Đồng bào Xê Đăng và Ba Na giữ nghề dệt thổ cẩm.",
    "Trang phục của dân tộc Lào được giới thiệu tại lễ hội.",
    "Các đồng chí Ủy viên Ban Chấp hành dự sinh hoạt ở chi bộ.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_entities_unseen_negatives(sentence: str) -> None:
    assert _pairs(sentence) == set()


def test_entities_unseen_page_furniture_is_not_an_entity() -> None:
    text = "Đảng bộ huyện Kon Rẫy có 30 chi bộ.\n\nBáo Gia Lai - Trang 3\n\nCác chi bộ họp đều."
    assert _pairs(text) == {(OR, "Đảng bộ huyện Kon Rẫy")}


# ---------------------------------------------------------------- linking


def test_entities_unseen_link_2020_district_and_its_2025_province() -> None:
    ents = _ents("Năm 2020, huyện Chiêm Hóa có thêm 3 xã đạt chuẩn.", date="2020-05-10")
    (m,) = ents
    assert (m.attrs["admin_level"], m.attrs["admin_code"]) == ("district", "073")
    assert (m.attrs["admin_code_2025"], m.attrs["admin_name_2025"]) == ("08", "Tỉnh Tuyên Quang")


def test_entities_unseen_link_merged_province_after_reform() -> None:
    # Krông Pắc (Đắk Lắk) stays in Đắk Lắk; Đắk R'Lấp (Đắk Nông) goes to Lâm Đồng
    (m,) = _ents("Năm 2019, huyện Đắk R'Lấp có 45 chi bộ thôn.", date="2019-01-01")
    assert (m.attrs["admin_code"], m.attrs["admin_code_2025"]) == ("666", "68")
    (m,) = _ents("Năm 2019, huyện Krông Pắc có 60 chi bộ thôn.", date="2019-01-01")
    assert (m.attrs["admin_code"], m.attrs["admin_code_2025"]) == ("654", "66")


def test_entities_unseen_link_new_ward_with_or_without_date() -> None:
    for date in ("2025-09-01", None):
        (m, _) = _ents("Đảng bộ phường Hạc Thành, tỉnh Thanh Hóa họp.", date=date)
        assert m.attrs["admin_code"] == "14797", date


def test_entities_unseen_link_township_known_only_with_its_noun() -> None:
    (m,) = _ents("Ở thị trấn Nông trường Liên Sơn, các chi bộ họp đều.")
    assert m.text == "thị trấn Nông trường Liên Sơn"
    assert m.attrs["admin_level"] == "commune"


def test_entities_unseen_link_commune_prefers_the_report_province() -> None:
    text = "Tỉnh ủy Tuyên Quang chỉ đạo. Huyện ủy Chiêm Hóa giao cho xã Yên Lập làm điểm."
    m = next(m for m in _ents(text) if m.text == "xã Yên Lập")
    assert m.attrs["admin_code"] == "02317"


CORPUS_PROVINCES = {
    "bac_kan": ("06", "Bắc Kạn"),
    "ca_mau": ("96", "Cà Mau"),
    "ha_giang": ("02", "Hà Giang"),
    "kon_tum": ("62", "Kon Tum"),
    "quang_tri": ("45", "Quảng Trị"),
    "son_la": ("14", "Sơn La"),
    "yen_bai": ("15", "Yên Bái"),
}


@pytest.mark.parametrize(
    "path", sorted(p for p in CORPUS.glob("*") if not p.name.endswith(".jsonl")), ids=str
)
def test_entities_unseen_corpus_report_province(path: Path) -> None:
    prefix = next(k for k in CORPUS_PROVINCES if path.name.startswith(k))
    doc = process_file(path, CORPUS, Options(entities=False))
    assert (doc.meta.get("province_code"), doc.meta.get("province_name")) == CORPUS_PROVINCES[
        prefix
    ]


# ---------------------------------------------------------------- development-set classes
# Classes of misses and false positives found on the development sets; every sentence
# below is our own (no sentence or name is taken from the development reports).

DEV_CLASSES_EXACT = [
    # local offices of central agencies are named bodies once their place follows
    # (alone, "Cục Thống kê" is as generic as "Sở Nội vụ")
    ({(OR, "Cục Thống kê tỉnh Hà Giang")},
     "Theo số liệu của Cục Thống kê tỉnh Hà Giang, thu nhập bình quân tăng khá."),
    ({(OR, "Chi cục Thống kê huyện Mèo Vạc")},
     "Chi cục Thống kê huyện Mèo Vạc đã hoàn thành điều tra hộ nghèo."),
    ({(OR, "Cục Thuế tỉnh Yên Bái")}, "Cục Thuế tỉnh Yên Bái thu ngân sách vượt dự toán."),
    ({(OR, "Bảo hiểm xã hội huyện Văn Chấn")},
     "Bảo hiểm xã hội huyện Văn Chấn đã cấp thẻ cho người cao tuổi."),
    (set(), "Cục Thống kê công bố số liệu quý III vào đầu tháng sau."),
    # a branch written before its body belongs to the ORG (the longest name wins)
    ({(OR, "Phòng Giao dịch Ngân hàng Chính sách xã hội huyện Si Ma Cai")},
     "Phòng Giao dịch Ngân hàng Chính sách xã hội huyện Si Ma Cai giải ngân kịp thời."),
    ({(OR, "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Cao Bằng")},
     "Dư nợ của Chi nhánh Ngân hàng Chính sách xã hội tỉnh Cao Bằng tăng đều."),
    ({(OR, "Phòng Giao dịch Ngân hàng Chính sách xã hội thị xã Nghĩa Lộ")},
     "Hộ nghèo được Phòng Giao dịch Ngân hàng Chính sách xã hội thị xã Nghĩa Lộ cho vay."),
    # a lowercase rank between the feature noun and its name is part of the LOC
    ({(L, "cửa khẩu quốc tế Móng Cái")}, "Hàng hóa qua cửa khẩu quốc tế Móng Cái tăng mạnh."),
    ({(L, "Sân bay quốc tế Cam Ranh")}, "Sân bay quốc tế Cam Ranh đón khách trở lại."),
    ({(L, "cảng hàng không Điện Biên")}, "Dự án mở rộng cảng hàng không Điện Biên đã xong."),
    # expressways and railways named by their two end points: one LOC, hyphen and all
    ({(L, "cao tốc Hà Nội - Hải Phòng")}, "Xe tải đi trên cao tốc Hà Nội - Hải Phòng mỗi đêm."),
    ({(L, "Tuyến cao tốc Cam Lộ - La Sơn")}, "Tuyến cao tốc Cam Lộ - La Sơn được thông xe."),
    ({(L, "đường sắt Yên Viên - Hạ Long")}, "Dự án đường sắt Yên Viên - Hạ Long còn dang dở."),
    ({(L, "Đường cao tốc Bắc - Nam")}, "Đường cao tốc Bắc - Nam qua tỉnh dài 98 km."),
    # a compass point after "phía"/"hướng" is a direction, not a place or region
    ({(L, "huyện Bảo Lâm")}, "Xã nằm ở phía Tây Nam huyện Bảo Lâm, giáp biên giới."),
    ({(L, "tỉnh Lào Cai")}, "Huyện nằm ở phía Tây Bắc tỉnh Lào Cai."),
    ({(L, "huyện Tràng Định")}, "Xã giáp huyện Tràng Định về hướng Đông Nam."),
    ({(L, "Tây Bắc")}, "Nhiều chương trình hỗ trợ đồng bào vùng Tây Bắc được triển khai."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "sentence"), DEV_CLASSES_EXACT)
def test_entities_unseen_dev_classes(expected: set[tuple[str, str]], sentence: str) -> None:
    assert _pairs(sentence) == _norm(expected)


# A district whose name starts with a surname is the place, not a person, when it is a
# district of the report's province or the text names it with its noun; "Hồ Chí Minh"
# alone stays the person even beside "Thành phố Hồ Chí Minh".
LOCAL_PLACE_NOT_PERSON = [
    ({(L, "Hoàng Su Phì"), (OR, "Tỉnh ủy Hà Giang")},
     "Hoàng Su Phì mùa lúa chín\n\nTỉnh ủy Hà Giang chỉ đạo phát triển du lịch cộng đồng."),
    ({(L, "Trần Văn Thời"), (L, "huyện Trần Văn Thời")},
     "Trần Văn Thời mở rộng nuôi tôm\n\nNăm nay, huyện Trần Văn Thời có thêm 500 ha ao nuôi."),
    ({(L, "Hoàng Su Phì"), (OR, "Huyện ủy Hoàng Su Phì"), (L, "tỉnh Hà Giang")},
     "Huyện ủy Hoàng Su Phì, tỉnh Hà Giang chỉ đạo; Hoàng Su Phì có 25 xã."),
    ({(P, "Hồ Chí Minh"), (L, "Thành phố Hồ Chí Minh")},
     "Tư tưởng Hồ Chí Minh được học tập ở Thành phố Hồ Chí Minh."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "sentence"), LOCAL_PLACE_NOT_PERSON)
def test_entities_unseen_local_district_is_not_a_person(
    expected: set[tuple[str, str]], sentence: str
) -> None:
    assert _pairs(sentence) == _norm(expected)


# Headers in capitals name a body like their title-case form does; the rest of a header in
# capitals ("BÁO CÁO ...", "NHIỆM KỲ ...") names nothing, and a body there must name a
# known place ("ĐẢNG BỘ HUYỆN LẦN THỨ XX" does not).
CAPS_HEADERS = [
    ({(OR, "ỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ")},
     "ỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ\n\nBÁO CÁO\nTình hình kinh tế 6 tháng đầu năm"),
    ({(OR, "ĐẢNG BỘ TỈNH LONG AN"), (OR, "HUYỆN ỦY ĐỨC HÒA")},
     "ĐẢNG BỘ TỈNH LONG AN\nHUYỆN ỦY ĐỨC HÒA\n\nSố 12-BC/HU"),
    ({(OR, "BAN TUYÊN GIÁO THỊ ỦY BỈM SƠN")},
     "BAN TUYÊN GIÁO THỊ ỦY BỈM SƠN\n\nBÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III"),
    ({(OR, "HỘI NÔNG DÂN THỊ XÃ HƯƠNG TRÀ")},
     "HỘI NÔNG DÂN THỊ XÃ HƯƠNG TRÀ\n\nTổng kết phong trào thi đua"),
    (set(), "BÁO CÁO CHÍNH TRỊ TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XXII, NHIỆM KỲ 2025-2030"),
    (set(), "BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2024"),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "sentence"), CAPS_HEADERS)
def test_entities_unseen_caps_header_body(expected: set[tuple[str, str]], sentence: str) -> None:
    assert _pairs(sentence) == _norm(expected)


# Companies and cooperatives: the legal form and trade in lowercase belong to the name,
# which runs on to its capitalised end ("the longest proper name wins"); a verb or a
# function word ends it, and "các công ty" (lowercase noun) is generic.
COMPANY_NAMES = [
    ({(OR, "Công ty trách nhiệm hữu hạn Xây dựng Hoàng Long")},
     "Công ty trách nhiệm hữu hạn Xây dựng Hoàng Long có 12 đảng viên."),
    ({(OR, "Chi bộ Công ty cổ phần Thương mại Tuấn Phát")},
     "Chi bộ Công ty cổ phần Thương mại Tuấn Phát được thành lập năm 2021."),
    ({(OR, "Hợp tác xã nông nghiệp Đông Sơn")},
     "Hợp tác xã nông nghiệp Đông Sơn liên kết tiêu thụ lúa cho nông dân."),
    ({(OR, "Công ty cổ phần Chế biến lâm sản Bắc Sơn")},
     "Công ty cổ phần Chế biến lâm sản Bắc Sơn tạo việc làm cho 300 lao động."),
    ({(OR, "Ngân hàng Chính sách xã hội")},
     "Hội phụ nữ nhận ủy thác vốn vay của Ngân hàng Chính sách xã hội."),
    ({(OR, "Tòa Thánh Tây Ninh")}, "Du khách đến tham quan Tòa Thánh Tây Ninh vào dịp lễ."),
    ({(L, "Đài Loan (Trung Quốc)"), (L, "Nhật Bản")},
     "Lao động đi làm việc ở Nhật Bản và Đài Loan (Trung Quốc) tăng."),
    (set(), "Các công ty cổ phần trên địa bàn đều có tổ chức công đoàn."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "sentence"), COMPANY_NAMES)
def test_entities_unseen_company_name(expected: set[tuple[str, str]], sentence: str) -> None:
    assert _pairs(sentence) == _norm(expected)
