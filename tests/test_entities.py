"""Entities: PER/LOC/ORG rules, linking to administrative units, document facts.

Every sentence here is written by us (no seed text). Tables read like a corpus:
expected value -> phrases, plus phrases that must yield nothing.
"""

from __future__ import annotations

import copy

import pytest
import yaml

from vnreport_miner.extractors import entities as E
from vnreport_miner.extractors.entities.docfacts import learned_abbreviations
from vnreport_miner.extractors.entities.gazetteer import gazetteer
from vnreport_miner.extractors.entities.tables import DATA, TableError, build_tables, fold
from vnreport_miner.pipeline.normalise import normalise_text
from vnreport_miner.pipeline.segment import sentence_spans
from vnreport_miner.records import Document, Mention, Options


def _doc(text: str, date: str | None = None) -> Document:
    text = normalise_text(text)
    doc = Document(path="t.txt", text=text, raw_text=text)
    doc.sentences = sentence_spans(text)
    if date:
        doc.meta["date"] = date
    return doc


def _ents(text: str, date: str | None = None, found: list[Mention] | None = None) -> list[Mention]:
    doc = _doc(text, date)
    out = E.extract(doc, found or [], Options())
    for m in out:
        assert doc.text[m.start : m.end] == m.text
    return out


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(m.attrs["label"], m.text) for m in _ents(text)}


# ---------------------------------------------------------------- bodies with their place

ORG_CASES = [
    ("Tỉnh ủy Sơn La", "Năm 2021, Tỉnh ủy Sơn La ban hành chương trình hành động."),
    ("Huyện ủy Mường Chà", "Huyện ủy Mường Chà chỉ đạo rà soát các chi bộ bản."),
    ("Thị ủy Nghĩa Lộ", "Thị ủy Nghĩa Lộ tổ chức hội nghị sơ kết."),
    # decision: the standing members of a committee are a body of their own, the longest name
    # ("Thường trực Tỉnh ủy Quảng Trị", as later gold sets annotate it); not in a title
    ("Thường trực Thành ủy Yên Bái", "Thường trực Thành ủy Yên Bái làm việc với cơ sở."),
    ("Thành ủy Yên Bái", "Đồng chí Phó Bí thư Thường trực Thành ủy Yên Bái dự hội nghị."),
    ("Huyện ủy Chiêm Hóa", "Ý kiến của Huyện uỷ Chiêm Hoá được đồng thuận cao."),
    ("Đảng bộ xã Thanh Nưa", "Đảng bộ xã Thanh Nưa có 12 chi bộ trực thuộc."),
    ("Đảng ủy phường Tân Thanh", "Đảng ủy phường Tân Thanh họp định kỳ mỗi tháng."),
    ("Đảng bộ tỉnh Lai Châu", "Đảng bộ tỉnh Lai Châu bước vào nhiệm kỳ mới."),
    ("UBND xã Hòa Phú", "UBND xã Hòa Phú hỗ trợ kinh phí làm đường."),
    ("HĐND huyện Mộc Châu", "Kỳ họp của HĐND huyện Mộc Châu diễn ra trong hai ngày."),
    ("Chi bộ bản Na Sang", "Chi bộ bản Na Sang được công nhận trong sạch, vững mạnh."),
    ("Ban Tổ chức Tỉnh ủy Hà Giang", "Ban Tổ chức Tỉnh ủy Hà Giang hướng dẫn quy trình."),
    ("BTC Tỉnh ủy Cao Bằng", "Theo BTC Tỉnh ủy Cao Bằng, số đảng viên mới tăng."),
    ("BCH Đảng bộ tỉnh Sơn La", "Nghị quyết của BCH Đảng bộ tỉnh Sơn La được quán triệt."),
    ("BTV Huyện ủy Tuần Giáo", "BTV Huyện ủy Tuần Giáo phân công cấp ủy viên dự sinh hoạt."),
    ("Ban Dân vận Tỉnh ủy Điện Biên", "Ban Dân vận Tỉnh ủy Điện Biên phối hợp với các đoàn thể."),
    ("Bộ Chính trị", "Thực hiện kết luận của Bộ Chính trị về công tác cán bộ."),
    ("Ban Bí thư", "Ban Bí thư đã có chỉ thị riêng về vấn đề này."),
    ("Ban Bí thư Trung ương", "Chỉ thị của Ban Bí thư Trung ương về sinh hoạt chi bộ."),
    ("Mặt trận Tổ quốc", "Vai trò của Mặt trận Tổ quốc được phát huy."),
    ("Tạp chí Xây dựng Đảng", "Phóng viên Tạp chí Xây dựng Đảng về thăm cơ sở."),
    ("Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ Khối các cơ quan tỉnh có 60 tổ chức cơ sở đảng."),
    ("Công an tỉnh Hà Giang", "Công an tỉnh Hà Giang bảo đảm an ninh biên giới."),
    ("HTX Tân Tiến", "HTX Tân Tiến có 30 thành viên."),
    ("Đảng bộ Trường Đại học Tây Bắc", "Đảng bộ Trường Đại học Tây Bắc tổ chức đại hội."),
]


@pytest.mark.parametrize(("expected", "sentence"), ORG_CASES)
def test_entities_org_body_with_place(expected: str, sentence: str) -> None:
    assert ("ORG", normalise_text(expected)) in _pairs(sentence)


# ---------------------------------------------------------------- persons and roles

PER_CASES = [
    (
        "Lò Văn Mạnh",
        "Phó Bí thư Thường trực Tỉnh ủy Sơn La",
        "Đồng chí Lò Văn Mạnh, Phó Bí thư Thường trực Tỉnh ủy Sơn La, dự hội nghị.",
    ),
    (
        "Giàng A Páo",
        "Bí thư Đảng ủy xã Pả Vi",
        "Đồng chí Giàng A Páo, Bí thư Đảng ủy xã Pả Vi cho biết xã đã hoàn thành chỉ tiêu.",
    ),
    (
        "Nguyễn Thị Hạnh",
        "Bí thư Đảng ủy, Chủ tịch HĐND xã Thanh Nưa",
        "Đồng chí Nguyễn Thị Hạnh, Bí thư Đảng ủy, Chủ tịch HĐND xã Thanh Nưa, chia sẻ kinh nghiệm.",
    ),
    (
        "Nguyễn Văn Hùng",
        "Chủ tịch UBND xã Thanh Nưa",
        "Theo ông Nguyễn Văn Hùng, Chủ tịch UBND xã Thanh Nưa, xã có nhiều đổi mới.",
    ),
    (
        "Trần Quốc Tuấn",
        "Bí thư Huyện ủy Tuần Giáo",
        "Bí thư Huyện ủy Tuần Giáo Trần Quốc Tuấn cho biết huyện đã sáp nhập nhiều bản.",
    ),
    (
        "Vũ Minh Khôi",
        "Chuyên viên Ban Tổ chức Tỉnh ủy Lào Cai",
        "Tác giả: Vũ Minh Khôi, Chuyên viên Ban Tổ chức Tỉnh ủy Lào Cai",
    ),
    ("Hà Phương", None, "Bài, ảnh: Hà Phương"),
    (
        "Minh Tâm",
        "Ban Tuyên giáo Tỉnh ủy Hòa Bình",
        "Các chi bộ đã làm tốt việc này.\n\nMinh Tâm\nBan Tuyên giáo Tỉnh ủy Hòa Bình",
    ),
    ("Hồ Chí Minh", None, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
    ("Kpă Thị Hoa", None, "Chị Kpă Thị Hoa, người dân tộc Jrai, được kết nạp Đảng."),
]


@pytest.mark.parametrize(("name", "role", "sentence"), PER_CASES)
def test_entities_person_with_role(name: str, role: str | None, sentence: str) -> None:
    pers = [m for m in _ents(sentence) if m.attrs["label"] == "PER"]
    assert [m.text for m in pers] == [name]
    assert pers[0].attrs.get("role") == role


# ---------------------------------------------------------------- places

LOC_CASES = [
    (["huyện Mộc Châu"], "Đoàn công tác làm việc tại huyện Mộc Châu."),
    (["xã Pả Vi"], "Người dân xã Pả Vi tích cực hiến đất làm đường."),
    (["thị xã Nghĩa Lộ"], "Kinh tế thị xã Nghĩa Lộ tăng trưởng khá."),
    (["thành phố Vinh"], "Nhiều chi bộ ở thành phố Vinh sinh hoạt chuyên đề."),
    (["phường Tân Thanh"], "Tổ dân phố số 2 thuộc phường Tân Thanh."),
    (["tỉnh Hà Giang"], "Các xã biên giới của tỉnh Hà Giang đều có chi bộ."),
    (["thôn Nà Khà"], "Chi ủy thôn họp ở nhà văn hóa thôn Nà Khà."),
    (["Sơn La"], "Sơn La là tỉnh miền núi có nhiều dân tộc."),
    # a plural "các huyện" is a common noun: the names stand alone, as in the corpus gold
    # ("Các huyện Pác Nặm, Ba Bể, Na Rì") and the seeds ("các đảng bộ huyện Điện Biên, ...")
    (["Mường Nhé", "Nậm Pồ"], "Đoàn đã đến các huyện Mường Nhé, Nậm Pồ."),
    (["Mường Ảng", "Mường Chà"], "Các đảng bộ huyện Mường Ảng, Mường Chà làm tốt việc này."),
    (["sông Đà"], "Đời sống người dân ven sông Đà được cải thiện."),
    (["Quốc lộ 12"], "Dự án nâng cấp Quốc lộ 12 đã hoàn thành."),
    (["Lào", "Trung Quốc"], "Tỉnh có đường biên giới giáp Lào và Trung Quốc."),
    (["Khu kinh tế Vân Phong"], "Khu kinh tế Vân Phong thu hút nhiều dự án."),
]


@pytest.mark.parametrize(("expected", "sentence"), LOC_CASES)
def test_entities_place_after_admin_noun(expected: list[str], sentence: str) -> None:
    assert [m.text for m in _ents(sentence) if m.attrs["label"] == "LOC"] == expected


# ---------------------------------------------------------------- longest match

LONGEST_CASES = [
    ("Đảng bộ xã Yên Lập", "Đảng bộ xã Yên Lập kết nạp thêm đảng viên."),
    ("Ban Tổ chức Tỉnh ủy Điện Biên", "Ban Tổ chức Tỉnh ủy Điện Biên tham mưu cho cấp ủy."),
    ("Huyện ủy Điện Biên Đông", "Huyện ủy Điện Biên Đông phân công nhiệm vụ."),
    ("Đảng ủy phường Hưng Bình", "Đảng uỷ phường Hưng Bình ra nghị quyết chuyên đề."),
]


@pytest.mark.parametrize(("expected", "sentence"), LONGEST_CASES)
def test_entities_longest_match_is_one_entity(expected: str, sentence: str) -> None:
    ents = _ents(sentence)
    assert [m.text for m in ents] == [normalise_text(expected)]


# ---------------------------------------------------------------- negatives

NEGATIVE_CASES = [
    "Các cấp ủy, tổ chức đảng đã chỉ đạo sát sao.",
    "Chi bộ thôn họp định kỳ hằng tháng.",
    "Tỉnh ủy đã ban hành nhiều văn bản chỉ đạo.",
    "Ban Thường vụ Huyện ủy phân công cán bộ phụ trách địa bàn.",
    "Đảng bộ tỉnh có 14 đảng bộ trực thuộc.",
    "Hoạt động của HĐND, UBND xã được nâng lên.",
    "Tỷ lệ đảng viên dự sinh hoạt đạt 96,5% trong năm 2021.",
    "MỘT SỐ KINH NGHIỆM TRONG CÔNG TÁC XÂY DỰNG ĐẢNG",
    "Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.",
    "Đồng chí Bí thư chi bộ chủ trì buổi sinh hoạt.",
    "Các đồng chí Ủy viên Ban Thường vụ dự sinh hoạt ở chi bộ.",
    "Nhà nước và Nhân dân cùng làm.",
    "phát huy vai trò của mặt trận và các đoàn thể",
    "Cán bộ đi công tác ở đường Trần Phú.",
]


@pytest.mark.parametrize("sentence", NEGATIVE_CASES)
def test_entities_negatives_yield_nothing(sentence: str) -> None:
    assert _ents(sentence) == []


def test_entities_skip_spans_of_figures_and_dates() -> None:
    text = "Quốc lộ 12 dài 200 km."
    found = [Mention("quantity", 8, 10, "12", "test", {"value": 12})]
    assert [m.text for m in _ents(text, found=found)] == []


# ---------------------------------------------------------------- linking


def test_entities_link_district_valid_in_2020_and_its_2025_province() -> None:
    (m,) = _ents("Năm 2020, huyện Chiêm Hóa kết nạp trên 500 đảng viên.", date="2020-06-01")
    assert (m.text, m.attrs["admin_level"], m.attrs["admin_code"]) == (
        "huyện Chiêm Hóa",
        "district",
        "073",
    )
    assert m.attrs["admin_name"] == "Huyện Chiêm Hóa, Tỉnh Tuyên Quang"
    assert (m.attrs["admin_code_2025"], m.attrs["admin_name_2025"]) == ("08", "Tỉnh Tuyên Quang")


def test_entities_link_district_abolished_before_2025_to_its_successor() -> None:
    # Thông Nông was merged into Hà Quảng (Cao Bằng) in 2020
    (m,) = _ents("Năm 2018, Đảng bộ huyện Thông Nông kết nạp 120 đảng viên.", date="2018-12-01")
    assert (m.attrs["admin_code"], m.attrs["admin_code_2025"]) == ("045", "04")


@pytest.mark.parametrize(
    ("sentence", "code", "code_2025"),
    [
        ("Huyện ủy Chiêm Hóa chỉ đạo Đảng ủy xã Yên Lập rà soát chi bộ.", "02317", "02317"),
        ("Đảng ủy phường Hưng Bình, thành phố Vinh họp mở rộng.", "16672", "16681"),
        ("Tỉnh ủy Điện Biên giao chỉ tiêu cho các huyện.", "11", "11"),
    ],
)
def test_entities_link_uses_the_report_province(sentence: str, code: str, code_2025: str) -> None:
    org = next(
        m
        for m in _ents(sentence)
        if m.attrs["label"] == "ORG" and m.attrs.get("admin_code") == code
    )
    assert org.attrs["admin_code_2025"] == code_2025


def test_entities_ambiguous_commune_stays_unlinked() -> None:
    (m,) = _ents("Người dân xã Hòa Phú đóng góp ngày công.")
    assert m.attrs.get("admin_code") is None


def test_entities_after_reform_links_new_units() -> None:
    (m,) = _ents("Từ tháng 7, tỉnh Tuyên Quang mới đi vào hoạt động.", date="2025-08-01")
    assert (m.attrs["admin_code"], m.attrs["admin_code_2025"]) == ("08", "08")


# ---------------------------------------------------------------- document facts

PROVINCE_CASES = [
    ("11", "Tỉnh ủy Điện Biên chỉ đạo các huyện Mường Nhé, Nậm Pồ thực hiện nghị quyết."),
    ("08", "Chiêm Hóa tăng cường xây dựng Đảng\n\nCác chi bộ ở huyện Chiêm Hóa sinh hoạt đều."),
    (
        "12",
        "Thành ủy Lai Châu quan tâm sinh hoạt chi bộ. Đảng bộ thành phố Lai Châu có 171 chi bộ.",
    ),
    ("40", "Đảng bộ phường Hưng Bình (Nghệ An) nâng cao năng lực lãnh đạo."),
    ("84", "Trà Vinh là tỉnh ven biển; Huyện ủy Trà Cú chọn chi bộ ấp làm điểm."),
]


@pytest.mark.parametrize(("code", "text"), PROVINCE_CASES)
def test_entities_province_detection(code: str, text: str) -> None:
    doc = _doc(text)
    E.extract(doc, [], Options())
    assert doc.meta["province_code"] == code


def test_entities_province_and_abbreviations_set_with_entities_off() -> None:
    doc = _doc("Tỉnh ủy Sơn La có 700 TCCSĐ; số chi bộ TSVM tăng.")
    assert E.extract(doc, [], Options(entities=False)) == []
    assert doc.meta["province_name"] == "Sơn La"
    assert doc.meta["abbreviations"] == {
        "TCCSĐ": "tổ chức cơ sở đảng",
        "TSVM": "trong sạch, vững mạnh",
    }


def test_entities_person_name_is_not_a_province_vote() -> None:
    doc = _doc("Học tập tấm gương đạo đức Hồ Chí Minh.")
    E.extract(doc, [], Options(entities=False))
    assert "province_code" not in doc.meta


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tham gia Ban Chấp hành (BCH) chi bộ thôn", {"BCH": "Ban Chấp hành"}),
        ("các Hợp tác xã kiểu mới (HTXKM) phát triển", {"HTXKM": "Hợp tác xã kiểu mới"}),
        ("đạt chuẩn quốc gia (CQG) và nông thôn mới (XYZ)", {"CQG": "chuẩn quốc gia"}),
        ("củng cố tổ chức cơ sở đảng (TCCSĐ) yếu kém", {"TCCSĐ": "tổ chức cơ sở đảng"}),
        ("Ban Chỉ đạo Tây Nguyên (BCĐTN) làm việc", {"BCĐTN": "Ban Chỉ đạo Tây Nguyên"}),
    ],
)
def test_entities_abbreviation_learning(text: str, expected: dict[str, str]) -> None:
    assert learned_abbreviations(text) == expected


def test_entities_learned_abbreviation_overrides_table() -> None:
    doc = _doc("Đại hội (ĐH) lần thứ XX thành công; ĐH đã bầu BCH mới.")
    E.extract(doc, [], Options(entities=False))
    assert doc.meta["abbreviations"]["ĐH"] == "Đại hội"
    assert doc.meta["abbreviations"]["BCH"] == "Ban Chấp hành"


def test_entities_symbol_parts_are_not_abbreviations() -> None:
    doc = _doc("Nghị quyết số 04-NQ/TU ngày 23-5-2016.")
    E.extract(doc, [], Options(entities=False))
    assert "abbreviations" not in doc.meta


# ---------------------------------------------------------------- data and helpers


def test_entities_tables_validate_on_load() -> None:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    build_tables(data)
    bad = copy.deepcopy(data)
    del bad["titles"][0]["note"]
    with pytest.raises(TableError, match="E210"):
        build_tables(bad)
    bad = copy.deepcopy(data)
    bad["admin_nouns"][0]["level"] = "hamlet"
    with pytest.raises(TableError, match="E210"):
        build_tables(bad)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [("Huyện uỷ", "Huyện ủy"), ("Chiêm Hoá", "Chiêm Hóa"), ("khoẻ", "khỏe"), ("quý", "quý")],
)
def test_entities_fold_keeps_length(raw: str, folded: str) -> None:
    assert fold(raw) == folded and len(fold(raw)) == len(raw)


def test_entities_gazetteer_city_level() -> None:
    gaz = gazetteer()
    assert [u.code for u in gaz.candidates("Vinh", "city")] == ["412"]
    assert [u.code for u in gaz.candidates("Cần Thơ", "city")] == ["92"]


def test_entities_registry_contract() -> None:
    assert (E.NAME, E.ASSIGNS, E.OPTION) == ("entities", ("entity",), None)
    for m in _ents("Đồng chí Lò Văn Mạnh, Bí thư Huyện ủy Mộc Châu, dự họp."):
        assert m.rule and m.type == "entity"


@pytest.mark.parametrize(
    ("expected", "sentence"),
    [
        # a known place name and the side that makes another place of it
        (("ORG", "Đảng bộ xã Long Khánh Tây"), "Đảng bộ xã Long Khánh Tây có 12 chi bộ."),
        (("LOC", "Xã Tân Hải Đông"), "Xã Tân Hải Đông nằm ven biển."),
        (("ORG", "LĐLĐ quận Hưng Lợi"), "LĐLĐ quận Hưng Lợi có 186 công đoàn cơ sở."),
        (
            ("ORG", "Công đoàn Việt Nam"),
            "Theo hướng dẫn của Công đoàn Việt Nam, các cấp triển khai.",
        ),
    ],
)
def test_entities_names_with_sides_and_unions(expected: tuple[str, str], sentence: str) -> None:
    assert expected in _pairs(sentence)
