"""Property tests: the pipeline never raises and keeps its contracts on hostile input.

Three kinds of input: random Unicode, sentences assembled from Vietnamese report
fragments (figures, dates, symbols, brackets, tabs, huge numbers, zero denominators),
and random bytes written to files of every supported suffix. The contracts:

- every mention: ``doc.text[start:end] == text`` and ``0 <= start < end <= len(text)``;
  attributes are schema columns (``Mention.to_row`` works) of the schema's types;
- mention ids unique;
- every check: a known kind and verdict, finite numeric figures, ``mention_ids``
  that name mentions of the document, a claim span inside the text;
- ``process_file`` returns status ``ok``, or ``error`` with an ``error_code``.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vnreport_miner.pipeline import process_file, process_text
from vnreport_miner.records import Document, Options
from vnreport_miner.schema import CHECK_KINDS, MENTION_COLUMNS, MENTION_TYPES, VERDICTS

_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
_SETTINGS_ENTITIES = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# ---------------------------------------------------------------- input strategies

# Report fragments, including the ones that clash (dates vs fractions vs symbols).
# fmt: off
FRAGMENTS = [
    "1.245", "93,5%", "1.349/1.443", "23-5-2016", "quý I-2020", "04-NQ/TU",
    "15/2023/TT-BNV", "đảng viên", "chi bộ", "trong đó:", "(", ")", "|", "\t", "\n",
    "Đồng chí", "Tỉnh ủy", "xã", "1.234.567.890.123", "0,0001%", "999999/0", "0/0 xã",
    "Nghị quyết số", "Nghị quyết", "ngày", "năm", "nhiệm kỳ 2015-2020", "giai đoạn",
    "chiếm", "đạt", "so với", "tăng", "giảm", "xuống còn", "từ", "đến", "gồm", "%",
    "khoảng", "gần", "trên", "hơn", "chỉ tiêu", "kế hoạch", "thôn bản", "hộ", "người",
    "tổ chức cơ sở đảng", "Đảng bộ", "huyện", "tỉnh", "Hà Giang", "Điện Biên", "Nghệ An",
    "Nguyễn Văn An", "Triệu Kim Dung", "Bí thư", "Chủ tịch", "UBND", "HĐND", "khóa XII",
    "Trung ương 4", "6 tháng đầu năm 2021", "đến nay", "tháng 12/2019", "8/10/2018",
    "0", "00", "0,0", "100%", "120%", "-5%", "1/3", "3/1", "10.000.000.000.000.000.000",
    "52,4 triệu đồng", "3 tỷ 200 triệu đồng", "gấp 1,5 lần", "1,4 điểm phần trăm",
    "15-20%", "từ 50 đến 70 hộ", "hai chi bộ", "km 25", "Chi bộ 3", "khóm 3",
    ",", ".", ";", ":", "-", "–", "...", "“", "”", '"', "…", "  ", "\r\n", "\u00a0",
    "\u200b", "uỷ", "hoà", "Ð", "¼", "½", "²", "٣", "１２３", "1e309", "NaN", "inf",
]
# fmt: on

fragments = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30)
# Joined with a space or nothing: "1.245" + "đảng viên" and "1.245đảng viên" both occur.
report_text = st.builds(
    lambda parts, seps: "".join(p + s for p, s in zip(parts, seps, strict=False)),
    fragments,
    st.lists(st.sampled_from([" ", "", " ", ". ", ", ", "\n"]), min_size=30, max_size=30),
)
# A capitalised name of two to four syllables ("Hoàng Thị Lan", "Ba Bể").
# fmt: off
SYLLABLES = ["Nguyễn", "Văn", "Thị", "Lan", "Hoàng", "Ba", "Bể", "Pác", "Nặm", "Yên", "Lập",
             "Tân", "Phú", "Hòa", "Đức", "Minh", "Quảng", "Ninh", "Lò", "Mường"]
# fmt: on
names = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=4).map(" ".join)
report_text_with_names = st.builds(lambda a, n, b: f"{a} {n} {b}", report_text, names, report_text)

# Many checks need numbers in the same sentence with a unit and a structure word.
numbers = st.one_of(
    st.integers(0, 10**15).map(lambda n: f"{n:,}".replace(",", ".")),
    st.decimals(0, 1000, places=3, allow_nan=False, allow_infinity=False).map(
        lambda d: str(d).replace(".", ",")
    ),
    st.integers(0, 10**6).map(str),
)
figure_sentence = st.builds(
    lambda a, b, c, d, unit, pct: (
        f"Tỉnh có {a} {unit} (trong đó: {b} {unit}, {c} {unit}), chiếm {pct}%; "
        f"đạt {d}/{a} {unit}, tăng {b} {unit} so với năm 2015."
    ),
    numbers,
    numbers,
    numbers,
    numbers,
    st.sampled_from(["đảng viên", "chi bộ", "xã", "hộ", "thôn bản", "người"]),
    numbers,
)


# ---------------------------------------------------------------- contracts

_NUMBER_TYPES = (int, float)


def _finite_number(x: object) -> bool:
    return isinstance(x, _NUMBER_TYPES) and not isinstance(x, bool) and math.isfinite(x)


def _type_fits(logical: str, value: object) -> bool:
    """The value can be written to a column of that logical type (None always can)."""
    if value is None or logical == "json":
        return True
    if logical == "str":
        return isinstance(value, str)
    if logical == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if logical == "float":
        return isinstance(value, _NUMBER_TYPES) and not isinstance(value, bool)
    return isinstance(value, bool)


def assert_mention_contracts(doc: Document) -> None:
    n = len(doc.text)
    ids = [m.id for m in doc.mentions]
    assert len(ids) == len(set(ids)), f"duplicate mention ids: {ids}"
    for m in doc.mentions:
        assert m.type in MENTION_TYPES, m
        assert 0 <= m.start < m.end <= n, m
        assert doc.text[m.start : m.end] == m.text, m
        assert set(m.attrs) <= set(MENTION_COLUMNS), m
        row = m.to_row(doc.doc_id, doc.path)
        for col, (logical, _) in MENTION_COLUMNS.items():
            assert _type_fits(logical, row[col]), (col, row[col], m)
        for col in ("value_num", "low", "high", "numerator", "denominator"):
            if row[col] is not None:
                assert math.isfinite(row[col]), (col, row[col], m)


def assert_check_contracts(doc: Document) -> None:
    known = {m.id for m in doc.mentions}
    ids = [c.id for c in doc.checks]
    assert len(ids) == len(set(ids)), f"duplicate check ids: {ids}"
    for c in doc.checks:
        assert c.kind in CHECK_KINDS, c
        assert c.verdict in VERDICTS, c
        assert all(_finite_number(f) for f in c.figures), c
        assert set(c.mention_ids) <= known, (c.mention_ids, known)
        assert 0 <= c.start <= c.end <= len(doc.text), c
        assert isinstance(c.why, str) and c.why, c
        c.to_row(doc.doc_id, doc.path)


def assert_contracts(doc: Document) -> None:
    assert doc.status == "ok"
    assert_mention_contracts(doc)
    assert_check_contracts(doc)


NO_ENTITIES = Options(entities=False)
WITH_ENTITIES = Options(entities=True)


# ---------------------------------------------------------------- process_text


@_SETTINGS
@given(text=st.text(max_size=400))
def test_robustness_random_unicode_keeps_contracts(text: str) -> None:
    assert_contracts(process_text(text, options=NO_ENTITIES))


@_SETTINGS
@given(
    text=st.text(
        alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Z", "S", "Cc", "M"]),
        max_size=400,
    )
)
def test_robustness_random_unicode_with_controls_keeps_contracts(text: str) -> None:
    assert_contracts(process_text(text, options=NO_ENTITIES))


@_SETTINGS
@given(text=report_text)
@example(text="0/0 xã, 999999/0 hộ, 1.349/1.443 thôn bản đạt 93,5%.")
@example(text="Tỉnh có 1.234.567.890.123 đảng viên, chiếm 0,0001%.")
@example(text="Nghị quyết số 04-NQ/TU ngày 23-5-2016 và 15/2023/TT-BNV quý I-2020")
def test_robustness_report_fragments_keep_contracts(text: str) -> None:
    assert_contracts(process_text(text, options=NO_ENTITIES))


@_SETTINGS
@given(text=figure_sentence)
def test_robustness_figure_sentences_keep_contracts(text: str) -> None:
    assert_contracts(process_text(text, options=NO_ENTITIES))


@_SETTINGS
@given(
    rows=st.lists(
        st.lists(st.sampled_from(FRAGMENTS[:24] + ["Xã Tân Lập", "120"]), min_size=3, max_size=6),
        min_size=1,
        max_size=6,
    )
)
def test_robustness_table_rows_keep_contracts(rows: list[list[str]]) -> None:
    text = "Bảng tổng hợp\n" + "\n".join("\t".join(r) for r in rows)
    assert_contracts(process_text(text, options=NO_ENTITIES))


@_SETTINGS_ENTITIES
@given(text=report_text_with_names)
@example(text="Đồng chí Triệu Kim Dung, Bí thư Đảng ủy xã Yên Lập, Tỉnh ủy Hà Giang (")
def test_robustness_entities_keep_contracts(text: str) -> None:
    assert_contracts(process_text(text, options=WITH_ENTITIES))


@_SETTINGS_ENTITIES
@given(text=st.text(max_size=300))
def test_robustness_entities_random_unicode_keeps_contracts(text: str) -> None:
    assert_contracts(process_text(text, options=WITH_ENTITIES))


# ---------------------------------------------------------------- process_file

SUFFIXES = [".txt", ".md", ".html", ".pdf", ".docx"]
# Prefixes that steer the readers past their first checks into the parsers.
PREFIXES = [
    b"",
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"<html><meta charset=tcvn3>",
]


@_SETTINGS
@given(
    suffix=st.sampled_from(SUFFIXES),
    prefix=st.sampled_from(PREFIXES),
    data=st.binary(max_size=2000),
)
@example(suffix=".txt", prefix=b"\xef\xbb\xbf", data=b"\x00")  # was ok with empty text
@example(suffix=".txt", prefix=b"\xff\xfe", data=b"\x00\x00\x01\x00")
@example(suffix=".md", prefix=b"", data="\u200b\u00ad\n".encode())
def test_robustness_random_bytes_give_ok_or_error_row(
    tmp_path_factory: pytest.TempPathFactory, suffix: str, prefix: bytes, data: bytes
) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    path = root / f"report{suffix}"
    path.write_bytes(prefix + data)
    doc = process_file(path, root, NO_ENTITIES)
    assert doc.status in ("ok", "error")
    if doc.status == "error":
        assert doc.error_code and doc.error_code.startswith("E"), doc
        assert doc.error, doc
        assert doc.error_code != "E200", f"internal error on {suffix}: {doc.error}"
        assert doc.mentions == [] and doc.checks == []
    else:
        assert doc.text.strip()
        assert_contracts(doc)
    doc.to_row()


@_SETTINGS
@given(suffix=st.sampled_from([".txt", ".md", ".html"]), text=report_text)
def test_robustness_report_files_in_legacy_encodings_keep_contracts(
    tmp_path_factory: pytest.TempPathFactory, suffix: str, text: str
) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    path = root / f"report{suffix}"
    for encoding in ("utf-8", "utf-16", "cp1258"):
        try:
            path.write_bytes(text.encode(encoding))
        except UnicodeEncodeError:
            continue
        doc = process_file(path, root, NO_ENTITIES)
        if doc.status == "error":
            assert doc.error_code in {"E101", "E102", "E103"}, doc
        else:
            assert_contracts(doc)


# ---------------------------------------------------------------- known bugs (xfail)
# Each was found by the properties above; the owner of the module fixes it, then the
# xfail goes (strict=False so the suite stays green meanwhile).

huge_integer = st.integers(0, 400).map(lambda k: "1" + "0" * k)


@_SETTINGS
@given(a=huge_integer, b=huge_integer)
@example(a="1" + "0" * 309, b="1")
def test_robustness_huge_figures_keep_contracts(a: str, b: str) -> None:
    text = f"Tỉnh có {a} đảng viên (trong đó: {b} đảng viên, {b} đảng viên), chiếm {b}%."
    assert_contracts(process_text(text, options=NO_ENTITIES))


@_SETTINGS
@given(zeros=st.integers(0, 12), digit=st.sampled_from("123456789"))
@example(zeros=4, digit="1")
def test_robustness_tiny_percents_keep_contracts(zeros: int, digit: str) -> None:
    text = f"Có 1/3 xã, đạt 0,{'0' * zeros}{digit}%."
    assert_contracts(process_text(text, options=NO_ENTITIES))


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh có 123.456.789.012.345.678.901 đảng viên.",
        "Có 1/100000000000000000000000 xã.",
        "Đạt 100000000000000000000000%.",
    ],
)
def test_robustness_rows_fit_the_writers(text: str) -> None:
    import sqlite3

    import orjson

    doc = process_text(text, options=Options(entities=False, checks=False))
    assert doc.mentions
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (v)")
    for m in doc.mentions:
        row = m.to_row(doc.doc_id, doc.path)
        orjson.dumps(row)
        for value in row.values():
            if isinstance(value, int):
                db.execute("INSERT INTO t VALUES (?)", (value,))


def test_robustness_failed_write_keeps_the_old_table(tmp_path: Path) -> None:
    from vnreport_miner.pipeline.write import Staging, TableWriter
    from vnreport_miner.schema import empty_row

    good = empty_row("references") | {"ref_key": "a", "n_docs": 1, "n_mentions": 1}
    with Staging() as staging, TableWriter("references", tmp_path, None, staging) as w:
        w.write(good)
    before = (tmp_path / "references.jsonl").read_bytes()
    bad = empty_row("references") | {"ref_key": "b", "n_docs": 10**20}  # orjson refuses
    with (
        pytest.raises(TypeError),
        Staging() as staging,
        TableWriter("references", tmp_path, None, staging) as w,
    ):
        w.write(bad)
    assert (tmp_path / "references.jsonl").read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_robustness_cli_ctrl_c_says_how_to_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from vnreport_miner import cli
    from vnreport_miner.pipeline import runner

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "run_corpus", interrupted)
    monkeypatch.setattr(sys, "argv", ["extract", "run", str(tmp_path), "--quiet"])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 130
    assert "run again to resume" in capsys.readouterr().err


def test_robustness_long_capitalised_run_keeps_contracts() -> None:
    """A 4k-word run of capitalised names (a name list pasted without punctuation); the
    person rule's place test once grew with the run (its cost is in bench/, not here)."""
    text = " ".join(["Nguyễn Văn An Trần"] * 1000) + "."
    assert_contracts(process_text(text))
