"""The entities vocabularies (``data.yaml``), validated on load and compiled once.

E.g. ``tables().committees["Tỉnh ủy"] == "province"``: "Tỉnh ủy Điện Biên" names a
province committee. Patterns run over :func:`fold`, a same-length copy of the text
with one tone placement, so "Huyện uỷ Trà Cú" and "Huyện ủy Trà Cú" match alike
whatever ``normalise`` does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import regex
import yaml

# libyaml's C loader reads data.yaml ~8x faster than the pure-Python one (same result).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DATA = Path(__file__).with_name("data.yaml")

LEVELS = ("province", "city", "district", "commune", "village")

# Sections whose entries are {forms, note, eg, ...}; extra keys each section allows.
_SECTIONS: dict[str, set[str]] = {
    "admin_nouns": {"level"},
    "committees": {"level"},
    "bodies": set(),
    "sub_bodies": set(),
    "national_bodies": set(),
    "blocs": set(),
    "named_orgs": set(),
    "org_descriptors": set(),
    "org_name_stops": set(),
    "caps_header": set(),
    "features": {"standalone", "route"},
    "roads": set(),
    "titles": set(),
    "person_cues": {"strict"},
    "bylines": set(),
    "role_stops": set(),
    "eponym_contexts": set(),
    "surnames": set(),
    "not_names": set(),
    "ethnic_groups": set(),
    "ethnic_contexts": set(),
    "directions": set(),
    "direction_contexts": set(),
    "title_bodies": set(),
    "feature_stops": set(),
    "non_names": set(),
    "delegation_after": set(),
    "delegation_before": set(),
    "header_name_stops": set(),
    "institutions": set(),
    "institution_words": set(),
    "admin_modifiers": set(),
    "country_attributive": set(),
    "admin_modifier_stops": set(),
    "place_first_words": set(),
    "org_member_cues": set(),
    "name_openers": set(),
    "place_prepositions": set(),
    "institution_not_first": set(),
    "institution_events": set(),
}

# A capitalised syllable: "Điện", "A", "R'Lấp", "M'gar"; never an all-caps token ("HĐND").
CAP = r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}*+(?:'\p{L}\p{Ll}*+)?(?![\p{L}\p{M}'])"
# A run of capitalised syllables separated by one space: "Điện Biên Đông".
CAP_RUN = rf"{CAP}(?: {CAP})*+"

# Old tone placement -> new: the tone moves to the first vowel of "oa", "oe", "uy" when
# the syllable ends there ("hoà" -> "hòa", "uỷ" -> "ủy"); never after "q" ("quý").
_OLD_TONE = regex.compile(
    r"(?<![qQ])(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])"
)
_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"


def _move_tone(m: regex.Match[str]) -> str:
    first, second = m.group()
    nfd = unicodedata.normalize("NFD", second)
    tone = next(c for c in nfd if c in _TONE_MARKS)
    bare = unicodedata.normalize("NFC", nfd.replace(tone, ""))
    return unicodedata.normalize("NFC", first + tone) + bare


# A cheap necessary condition for an ``_OLD_TONE`` hit, in ``re`` (which skips to the
# next toned vowel fast): the toned vowel with its "o"/"u" (not "qu") before it and no
# common letter after it (the exact test, letters and marks of any script, is ``_OLD_TONE``'s own).
_OLD_TONE_HINT = re.compile(
    "[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?<=[oOuU].)(?<![qQ]..)"
    "(?![a-zA-Zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])"
)


def fold(text: str) -> str:
    """Same-length copy of ``text`` with one tone placement. E.g. "Hoà Phú" -> "Hòa Phú"."""
    if _OLD_TONE_HINT.search(text) is None:  # normalised text: nearly always
        return text
    out = _OLD_TONE.sub(_move_tone, text)
    return out if len(out) == len(text) else text


def key(name: str) -> str:
    """Lookup key of a name: folded, lowercased, single spaces. E.g. "Chiêm Hoá" -> "chiêm hóa"."""
    return " ".join(fold(unicodedata.normalize("NFC", name)).lower().replace("-", " ").split())


def plain_key(name: str) -> str:
    """Accentless key, as vietnamadminunits writes its aliases. E.g. "Thông Nông" -> "thongnong"."""
    s = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    return "".join(c for c in s if c.isascii() and c.isalnum())


class TableError(ValueError):
    """E210: data.yaml does not follow its schema."""


@dataclass(frozen=True)
class Tables:
    """The validated vocabularies and the regexes built from them."""

    admin_nouns: dict[str, str]  # form -> level
    committees: dict[str, str]  # form -> level
    bodies: tuple[str, ...]
    sub_bodies: tuple[str, ...]
    national_bodies: tuple[str, ...]
    blocs: tuple[str, ...]
    named_orgs: tuple[str, ...]
    features: tuple[str, ...]
    standalone_places: tuple[str, ...]
    routes: tuple[str, ...]  # features whose name may be "A - B": "cao tốc Hà Nội - Hải Phòng"
    roads: tuple[str, ...]
    titles: tuple[str, ...]
    person_cues: dict[str, bool]  # form -> strict (name must start with a surname)
    bylines: tuple[str, ...]
    role_stops: tuple[str, ...]
    eponym_contexts: frozenset[str]
    surnames: frozenset[str]
    not_names: frozenset[str]
    ethnic_groups: frozenset[str]  # keys (lowercased)
    ethnic_contexts: tuple[str, ...]
    directions: frozenset[str]  # compass points: "Đông Bắc"
    direction_contexts: frozenset[str]  # "phía": the compass point after it is a direction
    title_bodies: tuple[str, ...]  # "Thủ tướng Chính phủ": a title holding its body
    delegation_after: tuple[str, ...]  # "Đoàn tỉnh X sang thăm": a delegation, no body
    delegation_before: tuple[str, ...]  # "đón Đoàn huyện X": a delegation, no body
    header_name_stops: frozenset[str]  # "ĐẢNG BỘ TỈNH LẦN THỨ XVII": no place name
    institution_words: frozenset[str]  # "dự án", "đa khoa": an institution's lowercase words
    institution_not_first: frozenset[str]  # "Trạm Bơm …": a facility, not an institution
    institution_events: frozenset[str]  # "Ban Tổ chức Giải …": an event's committee
    feature_stops: frozenset[str]  # "miền": "miền núi" is no mountain's name
    non_names: frozenset[str]  # "Hè Thu", "Giáp Thìn": capitalised, never an entity
    abbreviations: dict[str, str]
    org_descriptors: tuple[str, ...]  # "cổ phần", "gừng sạch": between a company's noun and name
    org_name_stops: frozenset[str]  # "tổ chức": never inside a company's name
    caps_forms: dict[str, str]  # lowercased form -> its written form, for headers in capitals
    renamed: tuple[dict[str, str], ...]
    missing: tuple[dict[str, str], ...]  # districts the package's pre-2025 tree lacks
    admin_modifiers: tuple[str, ...]  # "miền núi", "là": between an admin noun and its names
    country_attributive: frozenset[str]  # "Việt Nam": after a lowercase noun, an attribute
    place_prepositions: frozenset[str]  # "ở", "tại": after them the country is a place
    # first words of bodies, titles, institutions and organisations, and of not_names: a
    # capitalised run opening with one is no place name ("Hội Nông dân", "Bí thư", "Trạm Y tế")
    body_first_words: frozenset[str]
    org_member_cues: tuple[str, ...]  # "Phóng viên", "Giám đốc": a person at the organisation
    name_openers: frozenset[str]  # "Thị", "Y": a name's first syllable that is no surname
    # (pattern, flags) of the regexes below. They are compiled on first use: with
    # entities off only the document facts run, which need none of them, and compiling
    # these long alternations is most of the cost of loading the tables (~70 ms a process).
    patterns: dict[str, tuple[str, int]]

    def _compiled(self, name: str) -> regex.Pattern[str]:
        pattern, flags = self.patterns[name]
        return regex.compile(pattern, flags)

    @cached_property
    def re_caps_form(self) -> regex.Pattern[str]:
        """Any caps_forms key, case-insensitive."""
        return self._compiled("re_caps_form")

    @cached_property
    def re_head(self) -> regex.Pattern[str]:
        """Any body head, with optional sub-body prefixes."""
        return self._compiled("re_head")

    @cached_property
    def re_admin(self) -> regex.Pattern[str]:
        """Admin noun + place name."""
        return self._compiled("re_admin")

    @cached_property
    def re_institution(self) -> regex.Pattern[str]:
        """An institution's noun before its capitalised description."""
        return self._compiled("re_institution")

    @cached_property
    def re_title_start(self) -> regex.Pattern[str]:
        """A title at the cursor."""
        return self._compiled("re_title_start")

    @cached_property
    def re_blocker(self) -> regex.Pattern[str]:
        """A body/title/sub-body/national form at the cursor."""
        return self._compiled("re_blocker")


def _alt(forms: list[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(f) for f in sorted(set(forms), key=len, reverse=True))


def _forms(data: dict[str, Any], section: str) -> list[dict[str, Any]]:
    entries = data.get(section)
    if not isinstance(entries, list) or not entries:
        raise TableError(f"E210 data.yaml: section {section!r} must be a non-empty list")
    allowed = {"forms", "note", "eg"} | _SECTIONS[section]
    for i, e in enumerate(entries):
        if not isinstance(e, dict):
            raise TableError(f"E210 data.yaml: {section}[{i}] must be a mapping")
        missing = {"forms", "note", "eg"} - set(e)
        unknown = set(e) - allowed
        if missing or unknown:
            raise TableError(
                f"E210 data.yaml: {section}[{i}] missing {sorted(missing)} unknown {sorted(unknown)}"
            )
        forms = e["forms"]
        if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
            raise TableError(f"E210 data.yaml: {section}[{i}].forms must be non-empty strings")
        for f in forms:
            if f != unicodedata.normalize("NFC", f) or fold(f) != f:
                raise TableError(f"E210 data.yaml: {section}: {f!r} is not in normalised form")
        if "level" in _SECTIONS[section] and e.get("level") not in LEVELS:
            raise TableError(f"E210 data.yaml: {section}[{i}].level must be one of {LEVELS}")
    return entries


def _flat(data: dict[str, Any], section: str) -> list[str]:
    return [f for e in _forms(data, section) for f in e["forms"]]


def _title_case(forms: list[str]) -> list[str]:
    """Every word capitalised too: "Huyện ủy" -> "Huyện Ủy", "Ban Tổ chức" -> "Ban Tổ Chức"."""
    out = list(forms)
    for f in forms:
        t = " ".join(w[:1].upper() + w[1:] for w in f.split(" "))
        if t != f:
            out.append(t)
    return out


def build_tables(data: dict[str, Any]) -> Tables:
    """Validate the parsed YAML and compile it. Raises :class:`TableError`."""
    if data.get("version") != 1:
        raise TableError("E210 data.yaml: unsupported version")
    unknown = (
        set(data) - set(_SECTIONS) - {"version", "abbreviations", "renamed_units", "missing_units"}
    )
    if unknown:
        raise TableError(f"E210 data.yaml: unknown sections {sorted(unknown)}")
    admin = {f: e["level"] for e in _forms(data, "admin_nouns") for f in e["forms"]}
    committees = {
        f: e["level"] for e in _forms(data, "committees") for f in _title_case(e["forms"])
    }
    feats = _forms(data, "features")
    features = tuple(
        f for e in feats if not e.get("standalone") and not e.get("route") for f in e["forms"]
    )
    routes = tuple(f for e in feats if e.get("route") for f in e["forms"])
    standalone = tuple(f for e in feats if e.get("standalone") for f in e["forms"])
    cues = {f: bool(e.get("strict")) for e in _forms(data, "person_cues") for f in e["forms"]}
    abbrs = data.get("abbreviations")
    if not isinstance(abbrs, dict) or not abbrs:
        raise TableError("E210 data.yaml: abbreviations must be a mapping")
    abbreviations: dict[str, str] = {}
    for a, v in abbrs.items():
        if not isinstance(v, dict) or set(v) != {"expansion", "note"}:
            raise TableError(f"E210 data.yaml: abbreviations[{a!r}] needs expansion and note")
        abbreviations[str(a)] = str(v["expansion"])
    renamed = []
    for i, e in enumerate(data.get("renamed_units") or []):
        if (
            set(e) != {"name", "level", "successor", "until", "note", "eg"}
            or e["level"] not in LEVELS
        ):
            raise TableError(f"E210 data.yaml: renamed_units[{i}] malformed")
        renamed.append({k: str(v) for k, v in e.items()})
    missing = []
    for i, e in enumerate(data.get("missing_units") or []):
        if (
            set(e) != {"name", "level", "kind", "code", "province", "note", "eg"}
            or e["level"] != "district"
        ):
            raise TableError(f"E210 data.yaml: missing_units[{i}] malformed")
        missing.append({k: str(v) for k, v in e.items()})

    # bodies and titles are also written with every word capitalised: "Huyện Ủy",
    # "Ban Tổ Chức", "Phó Chủ Tịch"
    bodies = _title_case(_flat(data, "bodies"))
    subs = _title_case(_flat(data, "sub_bodies"))
    nationals = _title_case(_flat(data, "national_bodies"))
    titles = _flat(data, "titles")
    # every title has its deputy: "Chỉ huy trưởng" -> "Phó Chỉ huy trưởng"
    titles += [f"Phó {f}" for f in titles if not f.startswith("Phó ")]
    titles = _title_case(titles)
    # head: [sub-body ]{0,2} (committee NAME | body ADMIN NAME); the name parts are parsed in code
    re_head = (
        rf"(?<![\p{{L}}\p{{M}}])(?P<subs>(?:(?:{_alt(subs)}) ){{0,2}})"
        rf"(?:(?P<committee>{_alt(list(committees))})|(?P<body>{_alt(bodies)}))"
        rf"(?![\p{{L}}\p{{M}}])"
    )
    re_admin = rf"(?<![\p{{L}}\p{{M}}])(?P<noun>{_alt(list(admin))}) (?P<name>{CAP_RUN}|\d++(?![\d/]|[.,]\d))"
    # an institution's noun, then a description that opens with a capital (institution_place)
    re_institution = rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(_flat(data, 'institutions'))}) (?=\p{{Lu}}(?:[\p{{Ll}}\p{{M}}]| \p{{Ll}})|chi nhánh )"
    re_title_start = rf"(?:{_alt(titles)})(?![\p{{L}}\p{{M}}])"
    # a body word that is also a surname ("Đoàn": the Youth Union of "Đoàn xã Mỏ Công", and
    # the family name of "Đoàn Thị Huệ") does not stop a capitalised run
    surnames = set(_flat(data, "surnames"))
    blocking_bodies = [b for b in bodies if b not in surnames]
    re_blocker = (
        rf"(?:{_alt(titles + subs + blocking_bodies + nationals + list(committees))})"
        rf"(?![\p{{L}}\p{{M}}])"
    )
    # headers in capitals: "ĐẢNG BỘ HUYỆN" -> "Đảng bộ huyện"; the first section listing a
    # form decides how it is written (admin nouns: their lowercase form, as after a body)
    caps_sections = _flat(data, "caps_header")
    bad = set(caps_sections) - {
        "national_bodies",
        "sub_bodies",
        "bodies",
        "committees",
        "blocs",
        "admin_nouns",
    }
    if bad:
        raise TableError(f"E210 data.yaml: caps_header names unknown sections {sorted(bad)}")
    caps_forms: dict[str, str] = {}
    for sec in caps_sections:
        for f in sorted(_flat(data, sec), key=lambda f: f[:1].isupper()):
            caps_forms.setdefault(f.lower(), f)
    re_caps_form = (
        rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(list(caps_forms))})(?![\p{{L}}\p{{M}}])",
        regex.IGNORECASE,
    )
    return Tables(
        admin_nouns=admin,
        committees=committees,
        bodies=tuple(bodies),
        sub_bodies=tuple(subs),
        national_bodies=tuple(nationals),
        blocs=tuple(_flat(data, "blocs")),
        named_orgs=tuple(_flat(data, "named_orgs")),
        features=features,
        standalone_places=standalone,
        routes=routes,
        roads=tuple(_flat(data, "roads")),
        titles=tuple(titles),
        person_cues=cues,
        bylines=tuple(_flat(data, "bylines")),
        role_stops=tuple(_flat(data, "role_stops")),
        eponym_contexts=frozenset(_flat(data, "eponym_contexts")),
        surnames=frozenset(_flat(data, "surnames")),
        not_names=frozenset(_flat(data, "not_names")),
        ethnic_groups=frozenset(key(f) for f in _flat(data, "ethnic_groups")),
        ethnic_contexts=tuple(_flat(data, "ethnic_contexts")),
        directions=frozenset(_flat(data, "directions")),
        direction_contexts=frozenset(_flat(data, "direction_contexts")),
        title_bodies=tuple(_flat(data, "title_bodies")),
        delegation_after=tuple(_flat(data, "delegation_after")),
        delegation_before=tuple(_flat(data, "delegation_before")),
        header_name_stops=frozenset(_flat(data, "header_name_stops")),
        institution_words=frozenset(w for f in _flat(data, "institution_words") for w in f.split()),
        institution_not_first=frozenset(_flat(data, "institution_not_first")),
        institution_events=frozenset(_flat(data, "institution_events")),
        feature_stops=frozenset(_flat(data, "feature_stops")),
        non_names=frozenset(_flat(data, "non_names")),
        abbreviations=abbreviations,
        org_descriptors=tuple(_flat(data, "org_descriptors")),
        org_name_stops=frozenset(_flat(data, "org_name_stops")),
        caps_forms=caps_forms,
        renamed=tuple(renamed),
        missing=tuple(missing),
        admin_modifiers=tuple(_flat(data, "admin_modifiers")),
        body_first_words=frozenset(
            f.split()[0]
            for f in (
                *bodies,
                *subs,
                *nationals,
                *titles,
                *_flat(data, "institutions"),
                *_flat(data, "named_orgs"),
                *_flat(data, "admin_modifier_stops"),
            )
            if f[:1].isupper()
        )
        - frozenset(_flat(data, "place_first_words")),
        org_member_cues=tuple(_flat(data, "org_member_cues")),
        name_openers=frozenset(_flat(data, "name_openers")),
        country_attributive=frozenset(_flat(data, "country_attributive")),
        place_prepositions=frozenset(_flat(data, "place_prepositions")),
        patterns={
            "re_caps_form": re_caps_form,
            "re_head": (re_head, 0),
            "re_admin": (re_admin, 0),
            "re_institution": (re_institution, 0),
            "re_title_start": (re_title_start, 0),
            "re_blocker": (re_blocker, 0),
        },
    )


@cache
def tables() -> Tables:
    """The vocabularies, loaded once per process."""
    with DATA.open(encoding="utf-8") as fh:
        return build_tables(yaml.load(fh, Loader=_LOADER))  # noqa: S506 - a safe loader
