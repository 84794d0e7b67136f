"""Legal references: corpus tables of full references (fields -> phrase in a
sentence), phrases that are not references, aliasing inside one report, the issuer
place in ``ref_key``, and the rule data.

All sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from vnreport_miner.extractors import dates, legal_refs
from vnreport_miner.extractors.legal_refs import rules
from vnreport_miner.pipeline.normalise import normalise_text
from vnreport_miner.records import Document, Mention, Options


def _refs(text: str) -> list[Mention]:
    doc = Document(path="t.txt", text=normalise_text(text))
    found = legal_refs.extract(doc, [], Options())
    found += dates.extract(doc, found, Options())
    for m in found:
        assert doc.text[m.start : m.end] == m.text
    return [m for m in found if m.type == "legal_ref"]


def _one(text: str) -> Mention:
    refs = _refs(text)
    assert len(refs) == 1, [r.text for r in refs]
    return refs[0]


# sentence, expected text, expected attributes
FULL_REFS: list[tuple[str, str, dict[str, Any]]] = [
    (
        'Thực hiện Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương (khóa XII) về "đổi mới bộ máy".',
        "Nghị quyết số 18-NQ/TW ngày 25-10-2017",
        {
            "symbol": "18-NQ/TW",
            "date": "2017-10-25",
            "title": "đổi mới bộ máy",
            "issuer": "Ban Chấp hành Trung ương",
        },
    ),
    (
        "Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU ngày 12-6-2017 về “Phát triển đảng viên ở bản”.",
        "Nghị quyết số 05-NQ/TU ngày 12-6-2017",
        {
            "doc_type": "Nghị quyết",
            "number": "05",
            "symbol": "05-NQ/TU",
            "issuer_code": "TU",
            "date": "2017-06-12",
            "title": "Phát triển đảng viên ở bản",
        },
    ),
    (
        "Thực hiện Chỉ thị số 28-CT/TW, ngày 15/5/2019 của Ban Bí thư về công tác dân vận.",
        "Chỉ thị số 28-CT/TW, ngày 15/5/2019",
        {
            "doc_type": "Chỉ thị",
            "symbol": "28-CT/TW",
            "issuer_code": "TW",
            "date": "2019-05-15",
            "title": None,
            "issuer": "Ban Bí thư",
        },
    ),
    (
        "Huyện ủy Mường Chà có Quyết định số 1520-QĐ/HU ngày 2-3-2021 về phân công cấp ủy viên.",
        "Quyết định số 1520-QĐ/HU ngày 2-3-2021",
        {
            "doc_type": "Quyết định",
            "number": "1520",
            "symbol": "1520-QĐ/HU",
            "issuer_code": "HU",
            "issuer": "Huyện ủy Mường Chà",
        },
    ),
    (
        "Thị ủy có Thông báo số 112-TB/ThU ngày 9-9-2019 về lịch sinh hoạt.",
        "Thông báo số 112-TB/ThU ngày 9-9-2019",
        {
            "doc_type": "Thông báo",
            "symbol": "112-TB/ThU",
            "issuer_code": "ThU",
            "date": "2019-09-09",
        },
    ),
    (
        'Nghị quyết số 07-NQ/ĐUK ngày 1/4/2020 "về nâng cao chất lượng sinh hoạt chi bộ" được ban hành.',
        "Nghị quyết số 07-NQ/ĐUK ngày 1/4/2020",
        {
            "symbol": "07-NQ/ĐUK",
            "issuer_code": "ĐUK",
            "date": "2020-04-01",
            "title": "nâng cao chất lượng sinh hoạt chi bộ",
        },
    ),
    (
        "Các chi bộ chấm điểm theo Quy định số 08-QĐi/TU, ngày 25-10-2018 của Ban Thường vụ Tỉnh ủy.",
        "Quy định số 08-QĐi/TU, ngày 25-10-2018",
        {"doc_type": "Quy định", "symbol": "08-QĐi/TU", "issuer_code": "TU", "date": "2018-10-25"},
    ),
    (
        "Đảng viên thực hiện Quy định số 213-QĐ/TW về trách nhiệm nêu gương.",
        "Quy định số 213-QĐ/TW",
        {"doc_type": "Quy định", "symbol": "213-QĐ/TW", "issuer_code": "TW", "date": None},
    ),
    (
        "Kết luận số 21-KL/TW đã được quán triệt sâu rộng.",
        "Kết luận số 21-KL/TW",
        {"doc_type": "Kết luận", "number": "21", "symbol": "21-KL/TW"},
    ),
    (
        "Huyện xây dựng Kế hoạch số 45-KH/TU ngày 3/2/2022 để triển khai.",
        "Kế hoạch số 45-KH/TU ngày 3/2/2022",
        {"doc_type": "Kế hoạch", "symbol": "45-KH/TU", "date": "2022-02-03"},
    ),
    (
        "Các chi bộ làm theo Hướng dẫn số 12-HD/BTCTU về quy trình.",
        "Hướng dẫn số 12-HD/BTCTU",
        {"doc_type": "Hướng dẫn", "symbol": "12-HD/BTCTU", "issuer_code": "BTCTU"},
    ),
    (
        "Khi có Nghị quyết 15 – NQ/TU ngày 4-8-2015 của Tỉnh ủy Sơn La, đảng bộ đã học tập ngay.",
        "Nghị quyết 15 – NQ/TU ngày 4-8-2015",
        {
            "number": "15",
            "symbol": "15-NQ/TU",
            "issuer_code": "TU",
            "date": "2015-08-04",
            "issuer": "Tỉnh ủy Sơn La",
        },
    ),
    (
        "Tỉnh ủy ban hành Nghị quyết số 10-NQ/TU ngày 5 tháng 7 năm 2021 về chuyển đổi số.",
        "Nghị quyết số 10-NQ/TU ngày 5 tháng 7 năm 2021",
        {"symbol": "10-NQ/TU", "date": "2021-07-05"},
    ),
    (
        "Tỉnh ủy có Công văn số 356-CV/TU gửi các huyện ủy.",
        "Công văn số 356-CV/TU",
        {"doc_type": "Công văn", "symbol": "356-CV/TU"},
    ),
    (
        "Tỉnh ủy phê duyệt Đề án số 03-ĐA/TU về sắp xếp bộ máy.",
        "Đề án số 03-ĐA/TU",
        {"doc_type": "Đề án", "symbol": "03-ĐA/TU"},
    ),
    (
        "Thực hiện Chương trình số 12-CTr/TU của Ban Chấp hành Đảng bộ tỉnh.",
        "Chương trình số 12-CTr/TU",
        {"doc_type": "Chương trình", "symbol": "12-CTr/TU", "issuer": "Ban Chấp hành Đảng bộ tỉnh"},
    ),
    (
        "Xã thực hiện Nghị định số 33/2023/NĐ-CP về cán bộ, công chức cấp xã.",
        "Nghị định số 33/2023/NĐ-CP",
        {"doc_type": "Nghị định", "number": "33", "symbol": "33/2023/NĐ-CP", "issuer_code": "CP"},
    ),
    (
        "Áp dụng Thông tư số 04/2022/TT-BNV ngày 30/6/2022 của Bộ Nội vụ.",
        "Thông tư số 04/2022/TT-BNV ngày 30/6/2022",
        {
            "doc_type": "Thông tư",
            "symbol": "04/2022/TT-BNV",
            "issuer_code": "BNV",
            "date": "2022-06-30",
        },
    ),
    (
        "Theo Quyết định số 1847/QĐ-TTg của Thủ tướng Chính phủ.",
        "Quyết định số 1847/QĐ-TTg",
        {"doc_type": "Quyết định", "symbol": "1847/QĐ-TTg", "issuer_code": "TTg"},
    ),
    (
        "Căn cứ Luật số 80/2015/QH13 về ban hành văn bản quy phạm pháp luật.",
        "Luật số 80/2015/QH13",
        {"doc_type": "Luật", "symbol": "80/2015/QH13", "issuer_code": "QH"},
    ),
    (
        'Gắn với Chỉ thị số 10 của Ban Bí thư Trung ương về "Nâng cao chất lượng sinh hoạt chi bộ".',
        "Chỉ thị số 10",
        {
            "number": "10",
            "symbol": None,
            "issuer_code": "TW",
            "alias_of": None,
            "title": "Nâng cao chất lượng sinh hoạt chi bộ",
        },
    ),
    (
        "Theo Hướng dẫn số 05 của Ban Tổ chức Tỉnh ủy Lào Cai về sinh hoạt chuyên đề.",
        "Hướng dẫn số 05",
        {
            "number": "05",
            "symbol": None,
            "issuer_code": None,
            "issuer": "Ban Tổ chức Tỉnh ủy Lào Cai",
        },
    ),
]


@pytest.mark.parametrize(("sentence", "text", "attrs"), FULL_REFS)
def test_legal_refs_full_references(sentence: str, text: str, attrs: dict[str, Any]) -> None:
    ref = _one(sentence)
    assert ref.text == normalise_text(text)
    assert ref.rule
    for key, value in attrs.items():
        assert ref.attrs[key] == value, key


# sentence, expected text, plenum, term
PLENUM_REFS = [
    (
        "Thực hiện Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng Đảng.",
        "Nghị quyết Trung ương 4 (khóa XI, XII)",
        4,
        ["XI", "XII"],
    ),
    (
        "Gắn với Nghị quyết Trung ương 6 (khóa X) về tổ chức cơ sở đảng.",
        "Nghị quyết Trung ương 6 (khóa X)",
        6,
        "X",
    ),
    (
        "Đưa Nghị quyết Trung ương 4 khoá XII vào sinh hoạt chi bộ.",
        "Nghị quyết Trung ương 4 khóa XII",
        4,
        "XII",
    ),
    (
        "Quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII tới đảng viên.",
        "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
        4,
        "XII",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "plenum", "term"), PLENUM_REFS)
def test_legal_refs_central_plenum(sentence: str, text: str, plenum: int, term: Any) -> None:
    ref = _one(sentence)
    assert ref.text == normalise_text(text)
    assert (ref.attrs["plenum"], ref.attrs["term"], ref.attrs["issuer_code"]) == (
        plenum,
        term,
        "TW",
    )
    assert ref.attrs["number"] is None
    assert ref.attrs["ref_key"].startswith(f"Nghị quyết|TW{plenum}||")


def test_legal_refs_plenum_title_without_ve() -> None:
    ref = _one(
        "Thực hiện Nghị quyết Trung ương 4 khóa XI “Một số vấn đề cấp bách về xây dựng Đảng hiện nay” đạt kết quả."
    )
    assert ref.attrs["title"] == "Một số vấn đề cấp bách về xây dựng Đảng hiện nay"


@pytest.mark.parametrize(
    ("sentence", "text", "term"),
    [
        (
            "Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ XXI, nhiệm kỳ 2020 - 2025 đề ra 9 chỉ tiêu.",
            "Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ XXI, nhiệm kỳ 2020 - 2025",
            "XXI",
        ),
        (
            "Các chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện đề ra đều đạt.",
            "Nghị quyết Đại hội Đảng bộ huyện",
            None,
        ),
    ],
)
def test_legal_refs_congress_resolutions(sentence: str, text: str, term: str | None) -> None:
    ref = _one(sentence)
    assert (ref.text, ref.attrs["term"], ref.attrs["number"]) == (text, term, None)


def test_legal_refs_party_charter() -> None:
    ref = _one("Căn cứ Điều lệ Đảng, chi bộ xét kết nạp quần chúng ưu tú.")
    assert (ref.text, ref.attrs["doc_type"]) == ("Điều lệ Đảng", "Điều lệ")


NOT_REFERENCES = [
    "Các cấp ủy đã cụ thể hóa nghị quyết thành chương trình hành động.",
    "Đảng ủy ban hành 33 nghị quyết, trong đó có 4 nghị quyết chuyên đề.",
    "Huyện xây dựng kế hoạch 5 năm cho giai đoạn mới.",
    "Thực hiện Nghị quyết, các chi bộ đổi mới nội dung sinh hoạt.",
    "Ban hành Hướng dẫn sinh hoạt Đảng trực tuyến trong dịch Covid - 19.",
    "Dự án nâng cấp Quốc lộ 53 và Quốc lộ 60 đã xong.",
    "Theo khoản 2 Điều 7 của quy chế làm việc.",
    "Triển khai chương trình 2 tháng một lần.",
    "Một số nơi chưa hiểu rõ Nghị 12 nên làm chưa tốt.",
    "Ban Tổ chức đã hướng dẫn 12 chi bộ làm hồ sơ.",
    "Chi ủy thông báo 3 nội dung chính tới đảng viên.",
    "Tài liệu “Thông báo nội bộ” do Ban Tuyên giáo phát hành.",
]


@pytest.mark.parametrize("sentence", NOT_REFERENCES)
def test_legal_refs_not_references(sentence: str) -> None:
    assert _refs(sentence) == []


def test_legal_refs_short_mentions_alias_the_full_reference() -> None:
    text = (
        "Tỉnh ủy Sơn La ban hành Nghị quyết số 07-NQ/TU ngày 2-3-2016 về phát triển đảng viên "
        "(sau đây gọi tắt là Nghị quyết 07). Sau hai năm, việc thực hiện Nghị quyết 07 đạt kết quả; "
        "một số nơi chưa hiểu rõ Nghị 07 nên làm chậm."
    )
    full, *short = _refs(text)
    assert full.attrs["symbol"] == "07-NQ/TU"
    assert [m.text for m in short] == ["Nghị quyết 07", "Nghị quyết 07", "Nghị 07"]
    for m in short:
        assert m.attrs["alias_of"] == "07-NQ/TU"
        assert m.attrs["symbol"] is None and m.attrs["doc_type"] == "Nghị quyết"
        assert (
            m.attrs["ref_key"] == full.attrs["ref_key"] == "Nghị quyết|07-NQ/TU|Sơn La|2016-03-02"
        )


def test_legal_refs_alias_may_come_before_the_full_reference() -> None:
    text = (
        "Đảng viên sinh hoạt nơi cư trú theo quy định 213 có 1.200 đồng chí. "
        "Các chi bộ kiểm điểm việc thực hiện Quy định số 213-QĐ/TW."
    )
    short, full = _refs(text)
    assert (short.text, short.attrs["alias_of"], short.attrs["issuer_code"]) == (
        "quy định 213",
        "213-QĐ/TW",
        "TW",
    )
    assert short.attrs["ref_key"] == full.attrs["ref_key"] == "Quy định|213-QĐ/TW||"


def test_legal_refs_alias_matches_the_document_type() -> None:
    text = "Thực hiện Chỉ thị số 05-CT/TW và Nghị quyết số 05-NQ/TU ngày 2-2-2017. Sơ kết Chỉ thị 05 trong năm."
    refs = _refs(text)
    assert [r.attrs["alias_of"] for r in refs] == [None, None, "05-CT/TW"]


def test_legal_refs_unlinked_short_mention_keeps_its_own_key() -> None:
    ref = _one("Đảng bộ tỉnh Yên Bái tích cực thực hiện Nghị quyết 12 của Tỉnh ủy.")
    assert ref.attrs["alias_of"] is None and ref.attrs["issuer_code"] == "TU"
    assert ref.attrs["ref_key"] == "Nghị quyết|12|Yên Bái|"


def test_legal_refs_same_symbol_in_two_provinces_gets_two_keys() -> None:
    a = _one("Tỉnh ủy Hà Giang ban hành Nghị quyết số 04-NQ/TU ngày 5-6-2016 về xây dựng chi bộ.")
    b = _one(
        "Đảng bộ tỉnh Bạc Liêu có 38 nghìn đảng viên. Nghị quyết số 04-NQ/TU ngày 5-6-2016 được triển khai."
    )
    assert a.attrs["symbol"] == b.attrs["symbol"] == "04-NQ/TU"
    assert a.attrs["ref_key"] == "Nghị quyết|04-NQ/TU|Hà Giang|2016-06-05"
    assert b.attrs["ref_key"] == "Nghị quyết|04-NQ/TU|Bạc Liêu|2016-06-05"


def test_legal_refs_issuer_place_wins_over_the_report_province() -> None:
    text = "Tỉnh Trà Vinh học tập kinh nghiệm của tỉnh Trà Vinh và Kế hoạch số 10-KH/TU của Tỉnh ủy Vĩnh Long."
    ref = _one(text)
    assert ref.attrs["ref_key"] == "Kế hoạch|10-KH/TU|Vĩnh Long|"


def test_legal_refs_central_documents_have_no_place() -> None:
    a = _one("Đảng bộ tỉnh Lai Châu thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.")
    b = _one("Đảng bộ tỉnh Cà Mau thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.")
    assert a.attrs["ref_key"] == b.attrs["ref_key"] == "Chỉ thị|05-CT/TW||"


def test_legal_refs_district_committee_place() -> None:
    text = (
        "Đảng bộ tỉnh Điện Biên có nhiều cách làm hay. Thị ủy Mường Lay có Thông báo số 20-TB/ThU "
        "ngày 1-6-2017; Thông báo số 31-TB/ThU ngày 2-12-2018 của BTV Thị ủy về sinh hoạt."
    )
    a, b = _refs(text)
    assert a.attrs["ref_key"] == "Thông báo|20-TB/ThU|Mường Lay, Điện Biên|2017-06-01"
    assert b.attrs["ref_key"] == "Thông báo|31-TB/ThU|Mường Lay, Điện Biên|2018-12-02"


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Đảng bộ tỉnh Trà Vinh có 45.622 đảng viên. Tỉnh ủy Trà Vinh chỉ đạo sát.", "Trà Vinh"),
        ("Ban Tổ chức Tỉnh uỷ Nghệ An hướng dẫn; Đảng bộ tỉnh Nghệ An thực hiện.", "Nghệ An"),
        ("Thành ủy Lai Châu quan tâm sinh hoạt chi bộ.", "Lai Châu"),
        ("Học tập tư tưởng Hồ Chí Minh ở huyện Chiêm Hóa.", None),
    ],
)
def test_legal_refs_document_province(text: str, province: str | None) -> None:
    assert legal_refs.document_province(normalise_text(text)) == province


def test_legal_refs_dates_inside_references_are_dates_too() -> None:
    doc = Document(path="t.txt", text="Nghị quyết số 04-NQ/TU ngày 23-5-2016 của Tỉnh ủy.")
    found = legal_refs.extract(doc, [], Options())
    found += dates.extract(doc, found, Options())
    (ref,) = [m for m in found if m.type == "legal_ref"]
    (date,) = [m for m in found if m.type == "date"]
    assert ref.start <= date.start and date.end == ref.end  # the reference covers its date


def test_legal_refs_rule_data_is_valid() -> None:
    rules.validate()
    assert len(rules.PROVINCES) == 63
    assert set(rules.PARTY_TYPE_CODES.values()) <= set(rules.DOC_TYPES.values())
    assert rules.ISSUER_CODES["TW"][1] and not rules.ISSUER_CODES["TU"][1]


def test_legal_refs_numbers_inside_references_are_not_quantities() -> None:
    from vnreport_miner.pipeline import process_text

    doc = process_text(
        "Kết nạp 2.000 đảng viên theo Nghị quyết số 04-NQ/TU ngày 23-5-2016; đến hết quý I-2020 có 45 bản.",
        options=Options(entities=False, checks=False),
    )
    covered = [(m.start, m.end) for m in doc.mentions if m.type in ("legal_ref", "date", "period")]
    quantities = [m for m in doc.mentions if m.type == "quantity"]
    assert covered and quantities
    assert not any(s <= q.start < e for q in quantities for s, e in covered)


@pytest.mark.parametrize("kind", ["date", "period", "legal_ref"])
def test_legal_refs_end_to_end_against_the_shared_gold(shared_dir: Any, kind: str) -> None:
    """Dates, periods and references of the five seed reports, scored as ``extract eval`` does."""
    import json

    from vnreport_miner.evaluate import KEYS, align

    tp = n_gold = n_pred = 0
    for gold_file in sorted((shared_dir / "gold").glob("*.gold.jsonl")):
        name = gold_file.name.removesuffix(".gold.jsonl") + ".txt"
        rows = [
            json.loads(x) for x in gold_file.read_text(encoding="utf-8").splitlines() if x.strip()
        ]
        doc = Document(
            path=name,
            text=normalise_text((shared_dir / "seeds" / name).read_text(encoding="utf-8")),
        )
        found = legal_refs.extract(doc, [], Options())
        found += dates.extract(doc, found, Options())
        golds = [g for g in rows if g["type"] == kind]
        spans = align(golds, doc.text)
        preds = [m for m in found if m.type == kind]
        n_gold, n_pred = n_gold + len(golds), n_pred + len(preds)
        used: set[int] = set()
        for (gs, ge), g in zip(spans, golds, strict=True):
            for i, p in enumerate(preds):
                row = {**p.attrs, "text": p.text}
                if (
                    i not in used
                    and p.start < ge
                    and gs < p.end
                    and KEYS[kind](row) == KEYS[kind](g)
                ):
                    used.add(i)
                    tp += 1
                    break
    f1 = 2 * tp / (n_gold + n_pred)
    assert f1 >= 0.95, (kind, tp, n_gold, n_pred)
