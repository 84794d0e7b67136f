"""Turn an annotated report source into plain text + gold lines with exact offsets.

An annotated source (``scripts/corpus_ann/<stem>.ann``) is the report text with inline
marks, then a line ``=== checks ===`` and one JSON object per line for the check
relations. Marks nest and are written ``{TAG|content}`` or ``{TAG;key=value;...|content}``:

    {q|1.245 đảng viên}           quantity (value, unit, qualifier derived from the text)
    {q;unit=bản|328}              ... with a field given explicitly
    {p|gần 62%}  {p|15-20%}       percent
    {r|245/260 thôn}              ratio
    {d|ngày 8/10/2018}            date           {d;value=2021-06-30|hết quý II-2021}
    {t|nhiệm kỳ 2020-2025}        period         {t;period_end=2022-05-10|Từ năm 2016 đến nay}
    {L;title=...|Nghị quyết số 05-NQ/TU {d|ngày 12-4-2021}}   legal_ref (date nested)
    {L;alias_of=05-NQ/TU|Nghị quyết 05}
    {PER|Lò Văn Páo}  {LOC|huyện Mèo Vạc}  {ORG|Tỉnh ủy Hà Giang}

A check line: {"text": "<exact substring>", "occ": 0, "kind": ..., "figures": [...],
"verdict": ..., "why": ..., "borderline"/"weak": optional}. Offsets are computed by
searching the plain text, and every gold line is validated: text == plain[start:end].

The plain text holds no "{", "}" or "|" of its own.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENTITY_TAGS = {"PER", "LOC", "ORG"}
TAGS = {"q", "p", "r", "d", "t", "L"} | ENTITY_TAGS
CHECK_SEP = "=== checks ==="

# Field order of each type, as in ../shared/gold/*.gold.jsonl.
FIELDS = {
    "quantity": ["value", "unit", "qualifier"],
    "percent": ["value", "qualifier", "low", "high"],
    "ratio": ["numerator", "denominator", "unit"],
    "date": ["value", "granularity"],
    "period": ["period_start", "period_end", "kind"],
    "legal_ref": [
        "doc_type",
        "number",
        "symbol",
        "issuer_code",
        "date",
        "title",
        "plenum",
        "term",
        "alias_of",
    ],
    "entity": ["label"],
    "check": ["kind", "figures", "verdict", "why"],
}


@dataclass
class Mark:
    tag: str
    params: dict[str, str]
    start: int
    end: int = -1
    children: list[Mark] = field(default_factory=list)


class MarkupError(ValueError):
    pass


def parse_markup(src: str) -> tuple[str, list[Mark]]:
    """Strip marks from ``src``; return the plain text and the marks with plain offsets."""
    out: list[str] = []
    pos = 0  # length of plain text so far
    stack: list[Mark] = []
    marks: list[Mark] = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "{":
            bar = src.find("|", i)
            if bar < 0:
                raise MarkupError(f"unterminated mark header at {i}: {src[i : i + 40]!r}")
            header = src[i + 1 : bar]
            tag, *kvs = header.split(";")
            if tag not in TAGS:
                raise MarkupError(f"unknown tag {tag!r} at {i}: {src[i : i + 60]!r}")
            params = {}
            for kv in kvs:
                k, _, v = kv.partition("=")
                params[k.strip()] = v
            m = Mark(tag, params, pos)
            stack.append(m)
            marks.append(m)
            i = bar + 1
            continue
        if ch == "}":
            if not stack:
                raise MarkupError(f"unbalanced '}}' at {i}: {src[max(0, i - 60) : i + 1]!r}")
            m = stack.pop()
            m.end = pos
            i += 1
            continue
        if ch == "|":
            raise MarkupError(f"stray '|' at {i}: {src[max(0, i - 40) : i + 20]!r}")
        out.append(ch)
        pos += 1
        i += 1
    if stack:
        raise MarkupError(f"unclosed mark {stack[-1].tag} at plain offset {stack[-1].start}")
    return "".join(out), marks


# ---------------------------------------------------------------- value parsing

NUM = r"\d+(?:\.\d{3})*(?:,\d+)?"
QUAL_PREFIX = [
    ("không quá ", "max"),
    ("ít nhất ", "min"),
    ("xấp xỉ ", "approx"),
    ("khoảng ", "approx"),
    ("gần ", "approx"),
    ("hơn ", "min"),
    ("trên ", "min"),
    ("dưới ", "max"),
    ("từ ", "min"),  # only with "trở lên"
]
MULTIPLIERS = {
    "vạn": 10_000,
    "nghìn": 1_000,
    "ngàn": 1_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
}


def vn_number(s: str) -> int | float:
    """'1.245' -> 1245, '93,5' -> 93.5, '07' -> 7."""
    s = s.replace(".", "")
    if "," in s:
        return float(s.replace(",", "."))
    return int(s)


def _clean_num(x: float) -> int | float:
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return round(x, 6) if isinstance(x, float) else x


def split_qualifier(text: str) -> tuple[str, str]:
    low = text.lower()
    qual = "exact"
    body = text
    for word, q in QUAL_PREFIX:
        if low.startswith(word):
            if word == "từ " and not low.endswith("trở lên"):
                continue
            qual, body = q, text[len(word) :]
            break
    if body.endswith(" trở lên"):
        body = body[: -len(" trở lên")]
        qual = "min"
    return body, qual


def quantity_fields(text: str, p: dict[str, str]) -> dict[str, Any]:
    body, qual = split_qualifier(text)
    m = re.match(rf"({NUM})\s*(.*)$", body)
    if not m:
        if "value" in p:  # number in words ("mười hai chi bộ"): value and unit given as params
            return {"value": None, "unit": p.get("unit"), "qualifier": qual}
        raise MarkupError(f"quantity without a number: {text!r}")
    value: int | float = vn_number(m.group(1))
    rest = m.group(2).strip()
    first, _, tail = rest.partition(" ")
    if first in MULTIPLIERS:
        value = _clean_num(value * MULTIPLIERS[first])
        rest = tail
    unit = rest.lower() or None
    return {"value": value, "unit": unit, "qualifier": qual}


def percent_fields(text: str, p: dict[str, str]) -> dict[str, Any]:
    body, qual = split_qualifier(text)
    m = re.match(rf"({NUM})\s*%?\s*-\s*({NUM})\s*%$", body)
    if m:
        return {
            "value": None,
            "qualifier": qual,
            "low": vn_number(m.group(1)),
            "high": vn_number(m.group(2)),
        }
    m = re.match(rf"({NUM})\s*%$", body)
    if not m:
        raise MarkupError(f"bad percent: {text!r}")
    return {"value": vn_number(m.group(1)), "qualifier": qual, "low": None, "high": None}


def ratio_fields(text: str, p: dict[str, str]) -> dict[str, Any]:
    m = re.match(rf"({NUM})/({NUM})\s*(.*)$", text)
    if not m:
        raise MarkupError(f"bad ratio: {text!r}")
    return {
        "numerator": vn_number(m.group(1)),
        "denominator": vn_number(m.group(2)),
        "unit": m.group(3).strip().lower() or None,
    }


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
QUARTER_END = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
QUARTER_START = {1: "01-01", 2: "04-01", 3: "07-01", 4: "10-01"}


def date_fields(text: str, p: dict[str, str]) -> dict[str, Any]:
    m = re.search(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})", text)
    if m:
        d, mo, y = (int(g) for g in m.groups())
        return {"value": f"{y:04d}-{mo:02d}-{d:02d}", "granularity": "day"}
    m = re.search(r"tháng (\d{1,2})[/-](\d{4})", text, re.I)
    if m:
        return {"value": f"{int(m.group(2)):04d}-{int(m.group(1)):02d}", "granularity": "month"}
    m = re.search(r"quý (I{1,3}|IV)[/-](\d{4})", text, re.I)
    if m:  # "hết quý II-2021" -> the quarter's last day
        q = ROMAN[m.group(1).upper()]
        return {"value": f"{m.group(2)}-{QUARTER_END[q]}", "granularity": "day"}
    m = re.search(r"(\d{4})", text)
    if m:
        return {"value": m.group(1), "granularity": "year"}
    raise MarkupError(f"bad date: {text!r}")


def period_fields(text: str, p: dict[str, str]) -> dict[str, Any]:
    low = text.lower()
    m = re.search(r"quý (I{1,3}|IV)[/-](\d{4})", text, re.I)
    if m:
        q = ROMAN[m.group(1).upper()]
        y = m.group(2)
        return {
            "period_start": f"{y}-{QUARTER_START[q]}",
            "period_end": f"{y}-{QUARTER_END[q]}",
            "kind": "quarter",
        }
    m = re.search(r"(\d{4})\s*-\s*(\d{4})", text)
    if m:
        kind = "term" if "nhiệm kỳ" in low else "phase" if "giai đoạn" in low else "range"
        return {"period_start": m.group(1), "period_end": m.group(2), "kind": kind}
    m = re.search(r"(\d{4})", text)
    if m and "period_end" in p:
        return {"period_start": m.group(1), "period_end": p["period_end"], "kind": "range"}
    raise MarkupError(f"bad period: {text!r}")


DOC_TYPES = [
    "Nghị quyết",
    "Nghị định",
    "Chỉ thị",
    "Quy định",
    "Quyết định",
    "Thông báo",
    "Hướng dẫn",
    "Kết luận",
    "Kế hoạch",
    "Thông tư",
    "Điều lệ",
    "Luật",
    "Đề án",
    "Chương trình",
]


def legal_fields(
    text: str, p: dict[str, str], children: list[tuple[str, dict[str, Any]]]
) -> dict[str, Any]:
    low = text.lower()
    doc_type = next((t for t in DOC_TYPES if low.startswith(t.lower())), None)
    if doc_type is None:
        raise MarkupError(f"legal_ref without a known document type: {text!r}")
    rest = text[len(doc_type) :].strip()
    rest = re.sub(r"^số\s+", "", rest)
    number = symbol = issuer = None
    plenum = term = None
    # State symbol: 34/2019/NĐ-CP, 1719/QĐ-TTg
    m = re.match(r"(\d+)/(?:(\d{4})/)?([A-ZĐa-zđ]+)-([A-Za-zĐđ]+)", rest)
    if m:
        number = m.group(1)
        symbol = m.group(0)
        issuer = m.group(4)
    else:
        # Party symbol: 05-NQ/TU, 09 – NQ/TU, 04-QĐi/TU
        m = re.match(r"(\d+)\s*[-–]\s*([A-ZĐa-zđ]+)/([A-ZĐa-zđ]+)", rest)
        if m:
            number = m.group(1)
            symbol = f"{m.group(1)}-{m.group(2)}/{m.group(3)}"
            issuer = m.group(3)
        else:
            m = re.match(r"Trung ương (\d+)\s*\(?\s*khóa ([IVXL, ]+)\)?", rest)
            if m:
                plenum = int(m.group(1))
                terms = [t.strip() for t in m.group(2).split(",") if t.strip()]
                term = terms if len(terms) > 1 else terms[0]
                issuer = "TW"
            else:
                m = re.match(r"(\d+)", rest)
                if m:
                    number = m.group(1)
    date = None
    for ctag, cf in children:
        if ctag == "d":
            date = cf["value"]
    f = {
        "doc_type": doc_type,
        "number": number,
        "symbol": symbol,
        "issuer_code": issuer,
        "date": date,
        "title": None,
        "plenum": plenum,
        "term": term,
        "alias_of": None,
    }
    for k, v in p.items():
        if k == "term" and "," in v:
            f[k] = v.split(",")
        elif k == "plenum":
            f[k] = int(v)
        else:
            f[k] = None if v == "null" else v
    if f["alias_of"] and f["symbol"] is None and p.get("issuer_code") is None:
        f["issuer_code"] = f["alias_of"].rsplit("/", 1)[-1].split("-")[-1]
    return f


def _coerce(v: str) -> Any:
    if v == "null":
        return None
    try:
        return int(v)
    except ValueError:
        pass
    try:
        return float(v)
    except ValueError:
        return v


TAG_TYPE = {
    "q": "quantity",
    "p": "percent",
    "r": "ratio",
    "d": "date",
    "t": "period",
    "L": "legal_ref",
}


def mark_to_gold(m: Mark, plain: str, doc: str, marks: list[Mark]) -> dict[str, Any]:
    text = plain[m.start : m.end]
    if text != text.strip():
        raise MarkupError(f"mark text has outer spaces: {text!r}")
    line: dict[str, Any] = {"doc": doc}
    if m.tag in ENTITY_TAGS:
        line.update(type="entity", text=text, start=m.start, end=m.end, label=m.tag)
        return line
    typ = TAG_TYPE[m.tag]
    params = dict(m.params)
    if m.tag == "q":
        f = quantity_fields(text, params)
    elif m.tag == "p":
        f = percent_fields(text, params)
    elif m.tag == "r":
        f = ratio_fields(text, params)
    elif m.tag == "d":
        f = date_fields(text, params)
    elif m.tag == "t":
        f = period_fields(text, params)
    else:
        kids = [
            (k.tag, date_fields(plain[k.start : k.end], k.params))
            for k in marks
            if k is not m and m.start <= k.start and k.end <= m.end and k.tag == "d"
        ]
        f = legal_fields(text, params, kids)
        params = {}
    for k, v in params.items():
        keep_str = k in {"unit", "period_start", "period_end", "kind", "granularity"} or (
            m.tag == "d" and k == "value"
        )
        f[k] = (None if v == "null" else v) if keep_str else _coerce(v)
    line.update(type=typ, text=text, start=m.start, end=m.end)
    for k in FIELDS[typ]:
        line[k] = f.get(k)
    return line


def find_nth(hay: str, needle: str, occ: int) -> int:
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def build(ann_path: Path, doc_name: str) -> tuple[str, list[dict[str, Any]]]:
    """Return (plain text, gold lines sorted by start) for one annotated source."""
    raw = ann_path.read_text(encoding="utf-8")
    body, sep, checks_src = raw.partition("\n" + CHECK_SEP + "\n")
    if not sep:
        raise MarkupError(f"{ann_path}: no '{CHECK_SEP}' line")
    body = unicodedata.normalize("NFC", body.rstrip("\n") + "\n")
    plain, marks = parse_markup(body)
    gold = [mark_to_gold(m, plain, doc_name, marks) for m in marks]
    for n, line in enumerate(checks_src.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        c = json.loads(line)
        text = unicodedata.normalize("NFC", c.pop("text"))
        occ = c.pop("occ", 0)
        start = find_nth(plain, text, occ)
        if start < 0:
            raise MarkupError(f"{ann_path}: check #{n} text not found: {text[:80]!r}")
        if occ == 0 and plain.find(text, start + 1) >= 0:
            raise MarkupError(f"{ann_path}: check #{n} text is ambiguous, give occ: {text[:80]!r}")
        g = {
            "doc": doc_name,
            "type": "check",
            "text": text,
            "start": start,
            "end": start + len(text),
        }
        for k in FIELDS["check"]:
            g[k] = c.pop(k)
        for flag in ("borderline", "weak"):
            if c.pop(flag, False):
                g[flag] = True
        if c:
            raise MarkupError(f"{ann_path}: check #{n} has unknown keys {sorted(c)}")
        gold.append(g)
    order = {"check": 0, "legal_ref": 1, "period": 2, "entity": 3}
    gold.sort(key=lambda g: (g["start"], order.get(g["type"], 5), -g["end"]))
    validate(plain, gold)
    return plain, gold


def validate(plain: str, gold: list[dict[str, Any]]) -> None:
    for g in gold:
        if plain[g["start"] : g["end"]] != g["text"]:
            raise MarkupError(f"offset mismatch: {g}")
        if g["type"] == "check":
            if g["verdict"] not in {"consistent", "inconsistent"}:
                raise MarkupError(f"bad verdict: {g}")
            if g["kind"] not in {
                "ratio_percent",
                "part_whole",
                "repeat",
                "target",
                "change",
                "share",
                "granularity",
            }:
                raise MarkupError(f"bad check kind: {g}")
    for ch in "{}|":
        if ch in plain:
            raise MarkupError(f"plain text holds {ch!r}")


def uncovered_numbers(plain: str, gold: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """Digit runs that no non-check gold line covers (for review: page furniture, ordinals...)."""
    spans = [(g["start"], g["end"]) for g in gold if g["type"] != "check"]
    out = []
    for m in re.finditer(r"\d+(?:[.,/-]\d+)*", plain):
        if not any(s <= m.start() and m.end() <= e for s, e in spans):
            out.append((m.start(), plain[max(0, m.start() - 25) : m.end() + 15].replace("\n", " ")))
    return out


def write_gold(path: Path, gold: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


if __name__ == "__main__":  # quick look: python scripts/gold_tool.py scripts/corpus_ann/x.ann
    for arg in sys.argv[1:]:
        plain, gold = build(Path(arg), Path(arg).stem)
        for g in gold:
            print(json.dumps(g, ensure_ascii=False))
        for pos, ctx in uncovered_numbers(plain, gold):
            print("UNCOVERED", pos, ctx, file=sys.stderr)
