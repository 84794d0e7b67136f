"""The `extract` command as a user meets it: exit codes, messages, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPORT = "Đảng ủy xã Tân Lập có 186 đảng viên, sinh hoạt ở 14 chi bộ.\n"


def extract(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "vnreport_miner", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def test_cli_run_writes_every_output(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(REPORT, encoding="utf-8")
    res = extract("run", str(tmp_path / "c"), "--out", str(tmp_path / "o"), "--no-entities")
    assert res.returncode == 0, res.stderr
    assert "1 documents (1 ok, 0 error" in res.stdout
    for table in ("documents", "mentions", "checks", "references"):
        for ext in ("jsonl", "csv", "parquet"):
            assert (tmp_path / "o" / f"{table}.{ext}").exists()
    assert (tmp_path / "o" / "extract.sqlite").exists()
    assert json.loads((tmp_path / "o" / "run.json").read_text(encoding="utf-8"))["documents"] == 1


def test_cli_run_exit_code_says_a_document_failed(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "c" / "b.txt").write_bytes(b"")
    res = extract("run", str(tmp_path / "c"), "--out", str(tmp_path / "o"), "--no-entities")
    assert res.returncode == 1
    assert "E101" in res.stdout and "b.txt" in res.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "khong_co_thu_muc"], "E401"),
        (["eval", "khong_co_gold"], "E402"),
    ],
)
def test_cli_errors_are_messages_not_tracebacks(
    tmp_path: Path, args: list[str], message: str
) -> None:
    res = extract(*args, cwd=tmp_path)
    assert res.returncode == 2
    assert message in res.stderr
    assert "Traceback" not in res.stderr + res.stdout


def test_cli_show_renders_displacy_html(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    res = extract(
        "show", str(tmp_path / "a.txt"), "--out", str(tmp_path / "a.html"), "--no-entities"
    )
    assert res.returncode == 0, res.stderr
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "Tân Lập" in page and "<html" in page


def test_cli_version() -> None:
    res = extract("--version")
    assert res.returncode == 0 and res.stdout.startswith("vnreport-miner ")


def test_cli_corrupt_files_are_reported_once_without_library_noise(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "hong.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    (tmp_path / "c" / "hong.docx").write_bytes(b"PK\x03\x04 not really a docx")
    res = extract("run", str(tmp_path / "c"), "--out", str(tmp_path / "o"), "--no-entities")
    assert res.returncode == 1
    assert "E105" in res.stdout and "E106" in res.stdout
    assert res.stderr.strip() == ""


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ([], 0, "Usage"),  # no command: the help, on stdout
        (["run"], 2, "Missing argument"),
        (["run", "corpus", "--bogus"], 2, "No such option"),
        (["run", "corpus", "--workers", "0"], 2, "--workers"),
        (["run", "corpus", "--max-bytes", "-5"], 2, "--max-bytes"),
        (["show", "khong_co.txt"], 2, "E401"),
    ],
)
def test_cli_usage_errors_read_like_a_cli(
    tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    res = extract(*args, cwd=tmp_path)
    assert res.returncode == code
    assert message in res.stdout + res.stderr
    assert "E000" not in res.stderr and "Traceback" not in res.stderr


def test_cli_unwritable_output_is_e404(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "not_a_folder").write_text("", encoding="utf-8")
    res = extract(
        "run", str(tmp_path / "c"), "--out", str(tmp_path / "not_a_folder"), "--no-entities"
    )
    assert res.returncode == 2 and "E404" in res.stderr
