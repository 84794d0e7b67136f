"""share: white-box review 29s of the poverty-rate reading (``share._household_rates``), with
passages written by us; the clean look-alikes are in tests/battery/battery_zzzz_r29s.jsonl.

- the percent naming a whole of its own after it ("(1,5%) trên 200 hộ đảng viên", "(73,8% trong
  160 hộ …)", "chiếm 8,7% số hộ nghèo toàn huyện") says nothing; "tổng số hộ của xã" is the
  profile's whole and keeps the reading;
- a target or the start of the year is told only when it fits (another count of households may
  be its whole);
- a part of the place ("các thôn ven sông", "vùng ven đê") is no rate of all its households.
"""

from __future__ import annotations

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)
_PROFILE = "Xã Tân Lập có 2.860 hộ, 11.350 nhân khẩu. Xã tập trung phát triển chăn nuôi. "


def _shares(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "share"]


def _has(rows: list[Check], figures: list[float], verdict: str) -> bool:
    return any(c.verdict == verdict and all(f in c.figures for f in figures) for c in rows)


def test_review29s_named_whole_of_all_households_keeps_the_slip() -> None:
    rows = _shares(_PROFILE + "Hộ nghèo còn 61 hộ, chiếm 2,5% tổng số hộ của xã.")
    assert _has(rows, [61, 2860, 2.5], "inconsistent"), [(c.verdict, c.figures) for c in rows]


def test_review29s_whole_named_after_the_percent_is_silent() -> None:
    for tail in (" (1,5%) trên 200 hộ đảng viên.", " (21,3% trong 286 hộ có người cao tuổi).",
                 ", chiếm 14,4% số hộ nghèo của cụm 5 xã (424 hộ)."):  # fmt: skip
        rows = _shares(_PROFILE + "Hộ nghèo còn 61 hộ" + tail)
        assert not any(c.verdict == "inconsistent" for c in rows), (tail, [c.why for c in rows])


def test_review29s_start_of_year_told_only_when_it_fits() -> None:
    rows = _shares(_PROFILE + "Đầu năm, xã có 88 hộ nghèo (3,1%); đến cuối năm còn 61 hộ nghèo (2,1%).")
    assert _has(rows, [88, 2860, 3.1], "consistent"), [(c.verdict, c.figures) for c in rows]
    rows = _shares(_PROFILE + "Đầu năm, xã có 88 hộ nghèo (3,2%); đến cuối năm còn 61 hộ nghèo (2,1%).")
    assert not any(c.verdict == "inconsistent" for c in rows), [c.why for c in rows]


def test_review29s_part_of_the_place_is_silent() -> None:
    rows = _shares(_PROFILE + "Hộ nghèo còn 61 hộ (2,1%); các thôn ven suối 19 hộ nghèo (4,2%).")
    assert _has(rows, [61, 2860, 2.1], "consistent"), [(c.verdict, c.figures) for c in rows]
    assert not any(c.verdict == "inconsistent" for c in rows), [c.why for c in rows]
