"""Legal references on phrasing the rules were not written from: State symbols,
named laws, compound type words, number-only references with a date, and numbers
after a type word that are counts or years.

Each row: (sentence, every reference of it in text order as (text, attributes to
check)). Expected rows follow ../shared/gold/GUIDELINES.md; where it is silent the
decision is written beside the table and listed in the README.

All sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from vnreport_miner.extractors import dates, legal_refs
from vnreport_miner.pipeline.normalise import normalise_text
from vnreport_miner.records import Document, Mention, Options


def _refs(text: str) -> list[Mention]:
    doc = Document(path="t.txt", text=normalise_text(text))
    found = legal_refs.extract(doc, [], Options())
    found += dates.extract(doc, found, Options())
    for m in found:
        assert doc.text[m.start : m.end] == m.text
    return sorted((m for m in found if m.type == "legal_ref"), key=lambda m: m.start)


CASES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # Party documents, with and without "số", with a date in either form
    (
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị về đẩy mạnh học tập "
        "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        [
            (
                "Chỉ thị số 05-CT/TW ngày 15-5-2016",
                {
                    "doc_type": "Chỉ thị",
                    "symbol": "05-CT/TW",
                    "issuer_code": "TW",
                    "date": "2016-05-15",
                },
            )
        ],
    ),
    (
        "Kết luận 01-KL/TW của Bộ Chính trị được triển khai sâu rộng.",
        [("Kết luận 01-KL/TW", {"doc_type": "Kết luận", "number": "01", "symbol": "01-KL/TW"})],
    ),
    (
        "Các chi bộ thực hiện Quy định số 08-QĐi/TW về trách nhiệm nêu gương.",
        [("Quy định số 08-QĐi/TW", {"doc_type": "Quy định", "symbol": "08-QĐi/TW"})],
    ),
    (
        "Quán triệt Nghị quyết 21-NQ/TW về tổ chức cơ sở đảng.",
        [("Nghị quyết 21-NQ/TW", {"doc_type": "Nghị quyết", "symbol": "21-NQ/TW"})],
    ),
    (
        "Huyện ủy ban hành Kế hoạch số 25-KH/HU ngày 10/3/2023.",
        [
            (
                "Kế hoạch số 25-KH/HU ngày 10/3/2023",
                {
                    "doc_type": "Kế hoạch",
                    "symbol": "25-KH/HU",
                    "issuer_code": "HU",
                    "date": "2023-03-10",
                },
            )
        ],
    ),
    (
        "Thực hiện Hướng dẫn 12-HD/BTGTW về công tác tuyên truyền.",
        [("Hướng dẫn 12-HD/BTGTW", {"doc_type": "Hướng dẫn", "issuer_code": "BTGTW"})],
    ),
    (
        "Tỉnh ủy ban hành Nghị quyết số 15-NQ/TU ngày 20 tháng 8 năm 2021 về phát triển nông nghiệp.",
        [("Nghị quyết số 15-NQ/TU ngày 20 tháng 8 năm 2021", {"date": "2021-08-20"})],
    ),
    (
        "Triển khai Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành "
        "Trung ương Đảng khóa XII.",
        [("Nghị quyết số 18-NQ/TW, ngày 25/10/2017", {"symbol": "18-NQ/TW", "date": "2017-10-25"})],
    ),
    (
        "Thực hiện Quy định 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm.",
        [("Quy định 69-QĐ/TW", {"doc_type": "Quy định", "symbol": "69-QĐ/TW"})],
    ),
    (
        "Thực hiện Hướng dẫn số 02-HD/UBKTTW ngày 24/11/2022 của Ủy ban Kiểm tra Trung ương.",
        [("Hướng dẫn số 02-HD/UBKTTW ngày 24/11/2022", {"issuer_code": "UBKTTW"})],
    ),
    (
        "Theo Kế hoạch số 10-KH/ĐU ngày 2/2/2024 của Đảng ủy xã.",
        [("Kế hoạch số 10-KH/ĐU ngày 2/2/2024", {"issuer_code": "ĐU", "date": "2024-02-02"})],
    ),
    (
        "Thực hiện Chỉ thị số 28-CT/TW ngày 21-9-2018 và Kết luận 01-KL/TW.",
        [
            ("Chỉ thị số 28-CT/TW ngày 21-9-2018", {"symbol": "28-CT/TW"}),
            ("Kết luận 01-KL/TW", {"symbol": "01-KL/TW", "date": None}),
        ],
    ),
    # State documents
    (
        "Xã thực hiện Nghị định số 33/2023/NĐ-CP của Chính phủ.",
        [("Nghị định số 33/2023/NĐ-CP", {"doc_type": "Nghị định", "issuer_code": "CP"})],
    ),
    (
        "Áp dụng Thông tư 04/2022/TT-BNV trong tuyển dụng.",
        [("Thông tư 04/2022/TT-BNV", {"doc_type": "Thông tư", "symbol": "04/2022/TT-BNV"})],
    ),
    (
        "Triển khai Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.",
        [("Quyết định số 1719/QĐ-TTg", {"doc_type": "Quyết định", "issuer_code": "TTg"})],
    ),
    (
        "Căn cứ Nghị định số 112/2020/NĐ-CP ngày 18/9/2020 của Chính phủ về xử lý kỷ luật.",
        [("Nghị định số 112/2020/NĐ-CP ngày 18/9/2020", {"date": "2020-09-18"})],
    ),
    (
        "Theo Nghị quyết số 35/2021/NQ-HĐND của HĐND tỉnh.",
        [("Nghị quyết số 35/2021/NQ-HĐND", {"symbol": "35/2021/NQ-HĐND", "issuer_code": "HĐND"})],
    ),
    (
        "Căn cứ Luật số 52/2019/QH14 sửa đổi Luật Cán bộ, công chức.",
        [
            ("Luật số 52/2019/QH14", {"doc_type": "Luật", "symbol": "52/2019/QH14"}),
            ("Luật Cán bộ, công chức", {"doc_type": "Luật", "title": "Cán bộ, công chức"}),
        ],
    ),
    # decision: in a State official letter "123/UBND-VX" the issuer is the body before
    # the dash (UBND); the part after it is the drafting office
    (
        "UBND huyện ban hành Công văn số 123/UBND-VX về phòng chống dịch.",
        [
            (
                "Công văn số 123/UBND-VX",
                {"doc_type": "Công văn", "symbol": "123/UBND-VX", "issuer_code": "UBND"},
            )
        ],
    ),
    # decision: "Văn bản" is a generic type word; the symbol's type code names the type
    (
        "Văn bản số 45-CV/TU ngày 5/1/2024 của Tỉnh ủy nêu rõ yêu cầu.",
        [
            (
                "Văn bản số 45-CV/TU ngày 5/1/2024",
                {"doc_type": "Công văn", "symbol": "45-CV/TU", "date": "2024-01-05"},
            )
        ],
    ),
    # decision: a type word followed by its kind ("Thông báo kết luận", "Chương trình
    # hành động") is one type word; the first word names the type
    (
        "Thông báo kết luận số 156-TB/TU ngày 3/4/2023 của Ban Thường vụ Tỉnh ủy.",
        [
            (
                "Thông báo kết luận số 156-TB/TU ngày 3/4/2023",
                {"doc_type": "Thông báo", "symbol": "156-TB/TU", "date": "2023-04-03"},
            )
        ],
    ),
    (
        "Tỉnh ủy ban hành Chương trình hành động số 15-CTr/TU thực hiện Nghị quyết Đại hội XIII của Đảng.",
        [
            (
                "Chương trình hành động số 15-CTr/TU",
                {"doc_type": "Chương trình", "symbol": "15-CTr/TU"},
            ),
            ("Nghị quyết Đại hội XIII", {"doc_type": "Nghị quyết", "term": "XIII"}),
        ],
    ),
    # decision: a named law is a reference: text = "Luật" + its name (+ "năm YYYY"),
    # title = the name, date = the year when written
    (
        "Thực hiện Luật Cán bộ, công chức năm 2008 và các văn bản hướng dẫn.",
        [
            (
                "Luật Cán bộ, công chức năm 2008",
                {"doc_type": "Luật", "title": "Cán bộ, công chức", "date": "2008", "symbol": None},
            )
        ],
    ),
    (
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015.",
        [
            (
                "Luật Tổ chức chính quyền địa phương năm 2015",
                {"doc_type": "Luật", "title": "Tổ chức chính quyền địa phương", "date": "2015"},
            )
        ],
    ),
    (
        "Điều 5 Luật Đất đai quy định rõ quyền của người sử dụng đất.",
        [("Luật Đất đai", {"doc_type": "Luật", "title": "Đất đai", "date": None})],
    ),
    # number only, with its date (a full reference without a symbol)
    (
        "Thực hiện Chỉ thị số 05 ngày 15-5-2016 của Bộ Chính trị.",
        [
            (
                "Chỉ thị số 05 ngày 15-5-2016",
                {"number": "05", "symbol": None, "date": "2016-05-15", "issuer_code": "TW"},
            )
        ],
    ),
    (
        "Thực hiện Chỉ thị 05 của Bộ Chính trị, đảng bộ đã xây dựng kế hoạch.",
        [("Chỉ thị 05", {"number": "05", "issuer_code": "TW"})],
    ),
    # plenums and congresses
    (
        "Thực hiện Nghị quyết Trung ương 4 khóa XIII về xây dựng Đảng.",
        [("Nghị quyết Trung ương 4 khóa XIII", {"plenum": 4, "term": "XIII", "issuer_code": "TW"})],
    ),
    (
        "Thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XIII.",
        [("Nghị quyết Hội nghị Trung ương 8 khóa XIII", {"plenum": 8, "term": "XIII"})],
    ),
    (
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 - 2030 xác định 3 khâu đột phá.",
        [("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 - 2030", {"term": "XV"})],
    ),
    (
        "Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
        [("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII", {"term": "XIII"})],
    ),
    # aliases inside one report
    (
        "Thực hiện Nghị quyết số 04-NQ/TU. Sau 5 năm thực hiện Nghị quyết 04, tỉnh đạt nhiều kết quả.",
        [
            ("Nghị quyết số 04-NQ/TU", {"alias_of": None}),
            ("Nghị quyết 04", {"alias_of": "04-NQ/TU", "symbol": None}),
        ],
    ),
    (
        "Thực hiện Quy định số 08-QĐi/TW, các chi bộ rà soát; việc thực hiện Quy định 08 được kiểm tra.",
        [
            ("Quy định số 08-QĐi/TW", {"alias_of": None}),
            ("Quy định 08", {"alias_of": "08-QĐi/TW"}),
        ],
    ),
]

NOT_REFERENCES: list[str] = [
    "Mọi hoạt động phải tuân theo quy định của pháp luật.",
    "Hoàn thành kế hoạch năm 2024 về phát triển đảng viên.",
    "Huyện đã hướng dẫn 5 xã xây dựng mô hình.",
    "Ban hành 12 nghị quyết chuyên đề và 4 chỉ thị.",
    "Đảng ủy đã quyết định 3 vấn đề quan trọng.",
    # decision: a capitalised type word then a count of a known unit is a sentence,
    # not a citation
    "Kết luận 2 cuộc kiểm tra đều đúng quy trình.",
    "Quyết định 3 trường hợp kỷ luật được công bố.",
    # decision: a type word then a bare year is "the plan for that year"
    "Kế hoạch 2024 của huyện đã được phê duyệt.",
    "Sau khi thông báo 5 nội dung, hội nghị thảo luận.",
    "Dịch Covid-19 làm chậm tiến độ kế hoạch.",
    "Các xã lập kế hoạch 3 năm 2024-2026.",
    "Theo điều 5 khoản 2 của quy chế.",
    "Dự án nâng cấp Quốc lộ 4D đã hoàn thành.",
    "Chỉ đạo luật hóa các quy định mới.",
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_legal_refs_unseen_cases(sentence: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    refs = _refs(sentence)
    assert [m.text for m in refs] == [normalise_text(t) for t, _ in expected]
    for m, (_, attrs) in zip(refs, expected, strict=True):
        assert m.rule
        for key, value in attrs.items():
            assert m.attrs[key] == value, (m.text, key)


# fourteenth session: a symbol whose issuer has two parts, a kind of document between the
# type word and "số", a law cited by name with its number
CASES += [
    (
        "Thực hiện Kế hoạch số 31/KH-MTTQ-BTT ngày 20/02/2024 của Ban Thường trực.",
        [
            (
                "Kế hoạch số 31/KH-MTTQ-BTT ngày 20/02/2024",
                {"number": "31", "symbol": "31/KH-MTTQ-BTT", "date": "2024-02-20"},
            )
        ],
    ),
    (
        "Đảng ủy ban hành Nghị quyết chuyên đề số 07-NQ/ĐU ngày 5/4/2022 về giảm nghèo.",
        [
            (
                "Nghị quyết chuyên đề số 07-NQ/ĐU ngày 5/4/2022",
                {"doc_type": "Nghị quyết", "symbol": "07-NQ/ĐU", "date": "2022-04-05"},
            )
        ],
    ),
    (
        "Năm 2024, Hội thực hiện Chương trình công tác số 03-CTr/HND ngày 15/01/2024.",
        [("Chương trình công tác số 03-CTr/HND ngày 15/01/2024", {"doc_type": "Chương trình"})],
    ),
    (
        "Triển khai Luật Hợp tác xã số 17/2023/QH15 đến các xã.",
        [
            (
                "Luật Hợp tác xã số 17/2023/QH15",
                {"doc_type": "Luật", "number": "17", "symbol": "17/2023/QH15"},
            )
        ],
    ),
]


def test_legal_refs_unseen_laws_by_number_keep_apart() -> None:
    a, b = _refs("Luật Đất đai số 31/2024/QH15 thay thế Luật Đất đai số 45/2013/QH13.")
    assert a.attrs["ref_key"] != b.attrs["ref_key"]


def test_legal_refs_unseen_issuer_glued_to_a_place_keeps_the_reference() -> None:
    (ref,) = _refs("Theo Công văn số 456/UBND-VX-Tiên Yên của huyện.")
    assert ref.attrs["symbol"] == "456/UBND-VX"


@pytest.mark.parametrize("sentence", NOT_REFERENCES)
def test_legal_refs_unseen_not_references(sentence: str) -> None:
    assert [m.text for m in _refs(sentence)] == []


def test_legal_refs_unseen_named_laws_keep_apart() -> None:
    a, b = _refs("Thực hiện Luật Đất đai và Luật Cán bộ, công chức.")
    assert a.attrs["ref_key"] != b.attrs["ref_key"]
