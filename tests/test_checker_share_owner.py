"""A share whose sentence opens with a body ("Chi bộ ấp vận động …") is held against a whole of
another sentence only when that body is named there too, unless the percent itself says whose
whole it is ("chiếm 26,4% số hộ của ấp") and the whole's sentence names that place. Each
passage is ours.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

_OPTS = Options(entities=False)


def _shares(text: str) -> list[tuple[str, list[float]]]:
    checks = process_text(text, options=_OPTS).checks
    return [(c.verdict, c.figures) for c in checks if c.kind == "share"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the percent names the hamlet's households: the hamlet's whole
        (
            "Ấp Rạch Mây có 486 hộ với 1.950 nhân khẩu. Chi bộ ấp vận động người dân tham gia mô "
            "hình trồng rau an toàn, đến nay đã có 138 hộ tham gia, chiếm 26,4% số hộ của ấp.",
            "inconsistent",
        ),
        (
            "Thôn Nà Pồng có 212 hộ đồng bào Tày. Chi bộ thôn vận động các hộ làm chuồng trại "
            "xa nhà, đến nay có 159 hộ thực hiện, chiếm 75% tổng số hộ trong thôn.",
            "consistent",
        ),
        # another hamlet named in the share's sentence: its own whole, no proof of a miss
        (
            "Ấp Rạch Mây có 486 hộ với 1.950 nhân khẩu. Tại ấp Cồn Cộc, chi bộ ấp vận động người "
            "dân tham gia mô hình, đến nay đã có 138 hộ tham gia, chiếm 26,4% số hộ của ấp.",
            "unverifiable",
        ),
        # the percent names no owner: the body that opens the sentence may have its own whole
        (
            "Ấp Rạch Mây có 486 hộ với 1.950 nhân khẩu. Chi hội Nông dân ấp vận động hội viên tham "
            "gia mô hình, đến nay đã có 138 hộ tham gia, chiếm 26,4%.",
            None,
        ),
    ],
)
def test_share_named_for_the_place_of_its_whole(text: str, verdict: str | None) -> None:
    rows = _shares(text)
    if verdict is None:
        assert all(v != "inconsistent" for v, _ in rows), rows
    else:
        assert [v for v, _ in rows] == [verdict], rows
