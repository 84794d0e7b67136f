"""Build (or re-check) the fortieth held-out set from its sources.

    .venv/bin/python tests/heldout40/build.py          # write reports/<stem>.txt + <stem>.gold.jsonl
    .venv/bin/python tests/heldout40/build.py --check  # fail if reports/ is stale or any offset is wrong

A thin wrapper around scripts/gold_set.py and scripts/gold_tool.py (markup syntax documented there): each
``ann/<stem>.ann`` gives ``reports/<stem>.txt`` (UTF-8) and ``reports/<stem>.gold.jsonl``
whose ``doc`` is ``<stem>.txt``. ``--check`` rebuilds in memory, compares with what is on
disk, and re-validates every gold line against the file as read from disk:
``text == content[start:end]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "scripts"))

from gold_set import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, __doc__.splitlines()[0]))
