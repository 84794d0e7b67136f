"""Entity names the seventeenth session read better. Every sentence is ours.

- An organisation's name after its noun is its whole capitalised run, up to a title or a
  body word: schools are named after people, companies after trades and rivers.
- A two-syllable commune the gazetteer knows, followed by a syllable that is no surname and
  no known place, is a longer commune name the gazetteer lacks.
- Names after an admin noun and an adjective or copula ("ba xã miền núi …", "hai thị trấn
  là …", "làng nghề mộc …") are places, though they open with a surname.
- "Việt Nam" after a lowercase noun says whose the noun is ("doanh nhân Việt Nam"): no LOC.
"""

from __future__ import annotations

import pytest

from vnreport_miner.extractors import entities as E
from vnreport_miner.pipeline.normalise import normalise_text
from vnreport_miner.pipeline.segment import sentence_spans
from vnreport_miner.records import Document, Options


def _pairs(text: str) -> set[tuple[str, str]]:
    text = normalise_text(text)
    doc = Document(path="t.txt", text=text, raw_text=text)
    doc.sentences = sentence_spans(text)
    out = E.extract(doc, [], Options())
    assert all(doc.text[m.start : m.end] == m.text for m in out)
    return {(m.attrs["label"], m.text) for m in out}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a school named after a person, not the school's first words and a person
        (
            "Đội tuyển Trường Tiểu học Trần Quốc Toản đạt giải nhất cấp huyện.",
            ("ORG", "Trường Tiểu học Trần Quốc Toản"),
        ),
        # a trade name longer than the place the gazetteer knows at its start
        (
            "Công ty cổ phần Vận tải Hà Tiên Mới vừa thành lập chi bộ.",
            ("ORG", "Công ty cổ phần Vận tải Hà Tiên Mới"),
        ),
        (
            "Chi bộ Công ty TNHH Chế biến thủy sản Sông Tiền Xanh có 31 đảng viên.",
            ("ORG", "Chi bộ Công ty TNHH Chế biến thủy sản Sông Tiền Xanh"),
        ),
    ],
)
def test_an_organisation_keeps_its_whole_name(text: str, want: tuple[str, str]) -> None:
    assert want in _pairs(text)


def test_an_organisation_name_stops_before_a_title() -> None:
    got = _pairs("Ông Trần Văn Bình, Giám đốc Công ty Than Hà Lầm Bí thư Đảng ủy, phát biểu.")
    assert ("ORG", "Công ty Than Hà Lầm") in got


def test_a_commune_longer_than_the_known_name() -> None:
    got = _pairs("Mô hình trồng dừa hữu cơ ở xã Phú Khánh Lợi cho thu nhập ổn định.")
    assert ("LOC", "xã Phú Khánh Lợi") in got


def test_a_person_after_a_commune_is_not_its_name() -> None:
    got = _pairs("Bí thư Đảng ủy xã Mường Phăng Lò Văn Sơn phát biểu tại hội nghị.")
    assert ("PER", "Lò Văn Sơn") in got


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Ba xã miền núi Kim Thủy, Ngân Thủy và Lâm Thủy có đông đồng bào dân tộc thiểu số.",
            ["Kim Thủy", "Ngân Thủy", "Lâm Thủy"],
        ),
        ("Huyện có hai thị trấn là Ma Lâm, Phú Long.", ["Ma Lâm", "Phú Long"]),
        ("Làng nghề mộc La Xuyên nổi tiếng với đồ gỗ mỹ nghệ.", ["La Xuyên"]),
    ],
)
def test_names_after_an_admin_noun_and_its_adjective_are_places(
    text: str, places: list[str]
) -> None:
    got = _pairs(text)
    for name in places:
        assert ("LOC", name) in got
        assert ("PER", name) not in got


def test_a_person_after_an_admin_noun_and_a_verb_stays_a_person() -> None:
    assert ("PER", "Nguyễn Văn An") in _pairs("Xã đã trao quà cho Nguyễn Văn An.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới.", False),
        ("Xây dựng giai cấp nông dân Việt Nam vững mạnh.", False),
        ("Nông sản của huyện được xuất khẩu sang Việt Nam và Lào.", True),
        ("Việt Nam là thành viên tích cực của ASEAN.", True),
    ],
)
def test_the_country_after_a_lowercase_noun_is_an_attribute(text: str, place: bool) -> None:
    assert (("LOC", "Việt Nam") in _pairs(text)) is place


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # a village list after a plural head: every name, though villages are in no gazetteer
        (
            "Năm 2024, các thôn Đồng Sơn, Tân Phú, Phú Lợi, Hiệp Thành đạt chuẩn khu dân cư kiểu mẫu.",
            {("LOC", "Đồng Sơn"), ("LOC", "Tân Phú"), ("LOC", "Phú Lợi"), ("LOC", "Hiệp Thành")},
            set(),
        ),
        # a capitalised village noun inside such a list opens the name
        (
            "Các chi bộ bản Nà Sang, Bản Pháng được công nhận trong sạch, vững mạnh.",
            {("LOC", "Nà Sang"), ("LOC", "Bản Pháng")},
            {("LOC", "Pháng")},
        ),
        # a number after a unit's noun names it only when short: "ấp 445" counts
        ("Chi bộ ấp 3 và khu phố 12 hoạt động tốt.", {("LOC", "khu phố 12")}, set()),
        ("Các xã và thôn, ấp 318 đăng ký mô hình dân vận khéo.", set(), {("LOC", "ấp 318")}),
        # the district's association, no place called "Hội"
        ("Kết nạp 98 hội viên, đạt 122,5% chỉ tiêu huyện Hội giao.", set(), {("LOC", "huyện Hội")}),
        # a Khmer surname after "ông"
        ("Ông Danh Văn Khải, Bí thư chi bộ ấp, kể lại.", {("PER", "Danh Văn Khải")}, set()),
    ],
)
def test_lists_numbers_and_surnames(
    text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]
) -> None:
    got = _pairs(text)
    assert want <= got
    assert not (not_want & got)


# A review of the rules above wrote look-alikes; these are ours, in its shapes.
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # a person right after an organisation, when a title stands before it
        (
            "Giám đốc Công ty TNHH Minh Phát Trần Văn Hải trao 40 suất học bổng.",
            {("ORG", "Công ty TNHH Minh Phát"), ("PER", "Trần Văn Hải")},
            {("ORG", "Công ty TNHH Minh Phát Trần Văn Hải")},
        ),
        (
            "Phóng viên Báo Yên Bái Hà Thị Lan ghi nhận tại buổi lễ.",
            {("ORG", "Báo Yên Bái"), ("PER", "Hà Thị Lan")},
            set(),
        ),
        # a place's noun ends an organisation's name
        (
            "Học sinh Trường THCS Nguyễn Du Quận 5 đạt 3 giải.",
            {("ORG", "Trường THCS Nguyễn Du"), ("LOC", "Quận 5")},
            set(),
        ),
        # a title, not a place, after an admin noun and its adjective
        ("Trưởng bản vùng cao Sùng A Dế vận động bà con bỏ hủ tục.", {("PER", "Sùng A Dế")}, set()),
        ("Ban Chỉ đạo của xã gồm Chủ tịch UBND xã làm Trưởng ban.", set(), {("LOC", "Chủ")}),
        # "của" before a copula: what the village's X is; before an adjective: the place itself
        ("Người có uy tín của bản là Vàng A Dơ.", {("PER", "Vàng A Dơ")}, {("LOC", "Vàng A Dơ")}),
        ("Tỷ lệ hộ nghèo của xã vùng cao Pà Vầy Sủ giảm mạnh.", {("LOC", "Pà Vầy Sủ")}, set()),
        ("Sản phẩm chủ lực của xã là Chè Shan tuyết cổ thụ.", set(), {("LOC", "Chè Shan")}),
        ("Các xã biên giới Việt - Lào được đầu tư đường tuần tra.", set(), {("LOC", "Việt")}),
        # a village list ends where a body starts
        (
            "Tại các thôn Nà Pục, Khuổi Hẩu, Hội Nông dân xã đã mở lớp tập huấn.",
            {("LOC", "Nà Pục"), ("LOC", "Khuổi Hẩu")},
            {("LOC", "Hội Nông")},
        ),
        # a commune named before without a surname reading later
        (
            "Xã Danh Thắng có 9 thôn. Năm 2024, Danh Thắng đạt chuẩn nông thôn mới.",
            {("LOC", "Xã Danh Thắng")},
            {("PER", "Danh Thắng")},
        ),
        ("Hàng hóa của huyện đã vào Việt Nam qua cửa khẩu.", {("LOC", "Việt Nam")}, set()),
    ],
)
def test_review_look_alikes(
    text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]
) -> None:
    got = _pairs(text)
    assert want <= got
    assert not (not_want & got)


def test_a_numbered_unit_before_its_ward_is_no_count() -> None:
    from vnreport_miner.pipeline import process_text

    doc = process_text(
        "Chi bộ Khu phố 7 phường Tân Mai có 45 đảng viên.", options=Options(entities=True)
    )
    quantities = [(m.text, m.attrs["value"]) for m in doc.mentions if m.type == "quantity"]
    assert quantities == [("45 đảng viên", 45)]
    assert ("LOC", "phường Tân Mai") in {
        (m.attrs["label"], m.text) for m in doc.mentions if m.type == "entity"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Căn nhà sàn của chị Thị Hoa, người M'Nông, vừa được làm mới.", "Thị Hoa"),
        ("Ông Y Bhin Mlô, người có uy tín trong buôn, cho biết.", "Y Bhin Mlô"),
        ("Bà H'Linh Niê được kết nạp Đảng năm 2024.", "H'Linh Niê"),
    ],
)
def test_a_name_that_opens_with_no_surname_after_a_cue(text: str, name: str) -> None:
    assert ("PER", name) in _pairs(text)
