"""Official administrative units, before and after the 2025 reorganisation, for linking.

Why vietnamadminunits: it is the only maintained package here with both the 63-province
three-level tree (province/district/commune, with official codes and former names as
aliases) and the 34-province two-level tree of 1 July 2025, plus the old -> new commune
mapping; vietnam-provinces 2025.x carries only the new tree, and underthesea's address
converter is built from vietnamadminunits' own data (no codes for old districts).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .tables import key, plain_key, tables

REFORM_DATE = "2025-07-01"  # the 34-province, two-level system takes effect

_KINDS = {  # vietnamadminunits type -> the noun written in reports
    "Tỉnh": "tỉnh",
    "Thành phố": "thành phố",
    "Quận": "quận",
    "Huyện": "huyện",
    "Thị xã": "thị xã",
    "Thị Xã": "thị xã",
    "Xã": "xã",
    "Phường": "phường",
    "Thị trấn": "thị trấn",
    "Đặc khu": "đặc khu",
}


# vietnamadminunits tells apart two units of one name by their kind in brackets:
# "Cao Lãnh (Huyện)" and "Cao Lãnh (Thành phố)"; reports write "huyện Cao Lãnh".
_KIND_SUFFIX = re.compile(r" \((?:Huyện|Quận|Thị xã|Thị Xã|Thành phố|Xã|Phường|Thị trấn)\)$")


def _bare(short: str) -> str:
    """The short name without the bracketed kind. E.g. "Cao Lãnh (Huyện)" -> "Cao Lãnh"."""
    return _KIND_SUFFIX.sub("", short) if short.endswith(")") else short


@dataclass(frozen=True, slots=True)
class Unit:
    """One administrative unit. E.g. Unit("district", "073", "Huyện Chiêm Hóa", "Chiêm Hóa", ...)."""

    level: str  # province | district | commune
    code: str
    name: str  # "Huyện Chiêm Hóa, Tỉnh Tuyên Quang": the unit and its parents
    short: str  # "Chiêm Hóa"
    kind: str  # huyện | thị xã | thành phố | xã | phường ...
    province_code: str
    province: str  # short name of its province: "Tuyên Quang"
    district_code: str | None
    code_2025: str | None  # the unit it belongs to after 1 July 2025
    name_2025: str | None


def _data_dir() -> Path:
    # The package's own import loads every JSON it ships; we only need its files.
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("E211 vietnamadminunits is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


class Gazetteer:
    """In-memory indexes over vietnamadminunits, built once per process.

    Built in two steps: the provinces, districts and province votes at once (all that
    the document facts need, which run even with entities off), the communes and the
    2025 units (~10,000 rows, most of the loading time) on first use of ``legacy``,
    ``new`` or ``alias``. The indexes are the same as when built in one go: each list
    gets its units in the same order.
    """

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._legacy: dict[str, dict[str, list[Unit]]] = defaultdict(lambda: defaultdict(list))
        self._new: dict[str, dict[str, list[Unit]]] = defaultdict(lambda: defaultdict(list))
        self._alias: dict[str, dict[str, list[Unit]]] = defaultdict(lambda: defaultdict(list))
        self._complete = False
        self.provinces: dict[str, Unit] = {}
        self._conv = conv = json.loads(
            (data_dir / "converter_2025.json").read_text(encoding="utf-8")
        )
        with self._connect() as db:
            self._new_provs = new_provs = {
                r[0]: (r[1], r[2], r[3])
                for r in db.execute(
                    "SELECT DISTINCT provinceKey, provinceCode, province, provinceShort FROM admin_units"
                )
            }
            old_to_new_prov = {o: n for n, olds in conv["DICT_PROVINCE"].items() for o in olds}
            # the same scan as _load_rest's (no ORDER BY, no index: rowid order), so the
            # provinces and districts are met in the same order
            rows = db.execute(
                "SELECT province, provinceShort, provinceCode, provinceKey, provinceAlias,"
                " district, districtShort, districtType, districtCode, districtAlias"
                " FROM admin_units_legacy"
            ).fetchall()
        seen_d: set[str] = set()
        twins: set[str] = set()  # districts named with their kind in brackets
        for (prov, pshort, pcode, pkey, palias, dist, dshort, dtype, dcode, dalias) in rows:  # fmt: skip
            if pcode not in self.provinces:
                npc, npname, _ = new_provs[old_to_new_prov[pkey]]
                u = Unit("province", pcode, prov, pshort, "tỉnh" if prov.startswith("Tỉnh") else "thành phố",
                         pcode, pshort, None, npc, npname)  # fmt: skip
                self.provinces[pcode] = u
                self._add(self._legacy, u, palias)
            if dcode not in seen_d:
                seen_d.add(dcode)
                if _bare(dshort) != dshort:
                    twins.add(dcode)
                npc, npname, _ = new_provs[old_to_new_prov[pkey]]
                u = Unit("district", dcode, f"{dist}, {prov}", _bare(dshort), _KINDS.get(dtype, dtype.lower()),
                         pcode, pshort, dcode, npc, npname)  # fmt: skip
                self._add(self._legacy, u, dalias)
        # districts the package's tree lacks (data.yaml ``missing_units``)
        by_short = {u.short: u for u in self.provinces.values()}
        for e in tables().missing:
            prov = by_short[e["province"]]
            u = Unit("district", e["code"], f"{e['kind'].capitalize()} {e['name']}, {prov.name}",
                     e["name"], e["kind"], prov.code, prov.short, e["code"],
                     prov.code_2025, prov.name_2025)  # fmt: skip
            self._add(self._legacy, u, None)
        # names of two or more words are also written as one: "Đakrông" for "Đa Krông"
        # (no vote comes of these keys: the votes below read only keys with a space)
        for level in ("province", "district"):
            index = self._legacy[level]
            for k, units in list(index.items()):
                joined = k.replace(" ", "")
                if joined != k and joined not in index:
                    index[joined] = list(units)
        self._rename(("province", "district"))
        # province votes of a name (docfacts): key -> (province code, is a province name,
        # share of the vote, needs its noun because it reads as a person's name)
        surnames = tables().surnames
        self.votes: dict[str, tuple[tuple[str, bool, float, bool], ...]] = {}
        for level in ("province", "district"):
            for k, units in self._legacy[level].items():
                if " " not in k:
                    continue
                personal = k.count(" ") >= 2 and k.split(" ")[0].capitalize() in surnames
                # (twins were indexed under "cao lãnh (huyện)", a key no run can match:
                # they keep casting no vote, so the document facts stay as they were)
                units = [u for u in units if u.code not in twins or u.level != "district"]
                if not units:
                    continue
                entry = tuple(
                    (u.province_code, level == "province", 1 / len(units), personal) for u in units
                )
                self.votes[k] = self.votes.get(k, ()) + entry

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self._data_dir / 'dataset.db'}?mode=ro", uri=True)

    def _rename(self, levels: tuple[str, ...]) -> None:
        """Former names of units (data.yaml ``renamed_units``) at ``levels``, after the units."""
        for r in tables().renamed:
            if r["level"] in levels:
                for u in self._legacy[r["level"]].get(key(r["successor"]), []):
                    self._legacy[r["level"]][key(r["name"])].append(u)

    def _load_rest(self) -> None:
        """The communes (pre-2025) and the units of 1 July 2025."""
        if self._complete:
            return
        self._complete = True
        conv, new_provs = self._conv, self._new_provs
        with self._connect() as db:
            new_wards = {
                (r[0], r[1]): (r[2], r[3], r[4])
                for r in db.execute(
                    "SELECT provinceKey, wardKey, wardCode, ward, province FROM admin_units"
                )
            }
            old_to_new_prov = {o: n for n, olds in conv["DICT_PROVINCE"].items() for o in olds}
            old_to_new_ward: dict[str, tuple[str, str]] = {}
            for nprov, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
                for nward, olds in wards.items():
                    for o in olds:
                        old_to_new_ward[o] = (nprov, nward)
            for nprov, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
                for o, cands in olds.items():
                    default = next((c["newWardKey"] for c in cands if c["isDefaultNewWard"]), None)
                    if default and o not in old_to_new_ward:
                        old_to_new_ward[o] = (nprov, default)
            rows = db.execute(
                "SELECT province, provinceShort, provinceCode, provinceKey,"
                " district, districtCode, districtKey,"
                " ward, wardShort, wardType, wardCode, wardKey, wardAlias FROM admin_units_legacy"
            ).fetchall()
        for (prov, pshort, pcode, pkey, dist, dcode, dkey,
             ward, wshort, wtype, wcode, wkey, walias) in rows:  # fmt: skip
            if ward:
                npc, npname, _ = new_provs[old_to_new_prov[pkey]]
                nprov_key, nward_key = old_to_new_ward.get(f"{pkey}_{dkey}_{wkey}", (None, None))
                nw = new_wards.get((nprov_key, nward_key)) if nprov_key else None
                u = Unit("commune", wcode, f"{ward}, {dist}, {prov}", _bare(wshort), _KINDS.get(wtype, wtype.lower()),
                         pcode, pshort, dcode, nw[0] if nw else npc,
                         f"{nw[1]}, {nw[2]}" if nw else npname)  # fmt: skip
                self._add(self._legacy, u, walias)
        for pcode, pname, pshort in new_provs.values():
            u = Unit("province", pcode, pname, pshort, "tỉnh" if pname.startswith("Tỉnh") else "thành phố",
                     pcode, pshort, None, pcode, pname)  # fmt: skip
            self._new["province"][key(pshort)].append(u)
        for (pkey, _wkey), (wcode, wname, pname) in new_wards.items():
            pcode, _, pshort = new_provs[pkey]
            kind, _, short = wname.partition(" ")
            if kind == "Thị":  # "Thị trấn" does not exist after 2025, but stay safe
                kind, _, short = wname.partition(" ")[2].partition(" ")
            u = Unit("commune", wcode, f"{wname}, {pname}", short, _KINDS.get(kind, kind.lower()),
                     pcode, pshort, None, wcode, f"{wname}, {pname}")  # fmt: skip
            self._new["commune"][key(short)].append(u)
        self._rename(tuple({r["level"] for r in tables().renamed} - {"province", "district"}))

    @property
    def legacy(self) -> dict[str, dict[str, list[Unit]]]:
        """level -> key(short name) -> pre-2025 units (and former names, ``renamed_units``)."""
        self._load_rest()
        return self._legacy

    @property
    def new(self) -> dict[str, dict[str, list[Unit]]]:
        """level -> key(short name) -> units of 1 July 2025 (provinces, communes)."""
        self._load_rest()
        return self._new

    @property
    def alias(self) -> dict[str, dict[str, list[Unit]]]:
        """level -> accentless official alias -> pre-2025 units."""
        self._load_rest()
        return self._alias

    def _add(self, index: dict[str, dict[str, list[Unit]]], u: Unit, aliases: str | None) -> None:
        index[u.level][key(u.short)].append(u)
        for a in json.loads(aliases) if aliases else ():
            self._alias[u.level][a].append(u)

    def candidates(self, name: str, level: str, date: str | None = None) -> list[Unit]:
        """Units called ``name`` at ``level`` (province/city/district/commune), valid at ``date``.

        E.g. ``candidates("Chiêm Hóa", "district")`` -> [Huyện Chiêm Hóa (073)].
        A "city" is a district-level city when one exists ("Vinh"), else a province ("Cần Thơ").
        """
        if level == "city":
            cities = [u for u in self.candidates(name, "district", date) if u.kind == "thành phố"]
            return cities or [
                u for u in self.candidates(name, "province", date) if u.kind == "thành phố"
            ]
        k = key(name)
        if date and date >= REFORM_DATE and level in ("province", "commune"):
            found = self.new[level].get(k)
            if found:
                return found
        found = self.legacy[level].get(k)
        if found:
            return found
        found = self.alias[level].get(plain_key(name))
        if found:
            return found
        # a unit created by the 2025 reform, named in an undated report: "phường Hạc Thành"
        return self.new[level].get(k, []) if level in ("province", "commune") else []

    def with_noun(self, noun: str, name: str, level: str) -> list[Unit]:
        """Units whose official alias is the noun and the name written together.

        E.g. ``with_noun("thị trấn", "Nông trường Mộc Châu", "commune")`` -> the township
        (the name itself has a lowercase word, so it is only known with its noun).
        """
        if level not in ("province", "district", "commune"):
            return []
        return self.alias[level].get(plain_key(f"{noun} {name}"), [])

    def link(
        self,
        name: str,
        level: str,
        kind: str | None = None,
        province: str | None = None,
        districts: frozenset[str] = frozenset(),
        date: str | None = None,
    ) -> Unit | None:
        """The one unit ``name`` refers to, or None when unknown or ambiguous.

        Preference: the written kind ("thị xã"), the report's province, then the
        districts the report names. E.g. ``link("Yên Lập", "commune", province="08")``
        -> Xã Yên Lập, Huyện Chiêm Hóa (not the one in Vĩnh Phúc).
        """
        cands = self.candidates(name, level, date)
        if len(cands) > 1 and kind:
            same = [u for u in cands if u.kind == kind]
            cands = same or cands
        if len(cands) > 1 and province:
            inside = [u for u in cands if u.province_code == province]
            cands = inside or cands
        if len(cands) > 1 and districts:
            inside = [u for u in cands if u.district_code in districts]
            cands = inside or cands
        return cands[0] if len(cands) == 1 else None

    def is_place(self, name: str) -> bool:
        """True when ``name`` is a province or district name. E.g. "Hà Giang" -> True."""
        k = key(name)
        return bool(self.legacy["province"].get(k) or self.legacy["district"].get(k))


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded lazily once per process (no network, no download)."""
    return Gazetteer(_data_dir())
