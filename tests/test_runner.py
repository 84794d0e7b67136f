"""The batch: bad files get error rows, nothing is lost, runs resume, the corpus is never written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from vnreport_miner.pipeline.runner import run_corpus
from vnreport_miner.records import Options

REPORT = (
    "Huyện ủy Mường Tè tổng kết công tác xây dựng Đảng năm 2022\n\n"
    "Đảng bộ huyện có 2.415 đảng viên, sinh hoạt tại 118 chi bộ. "
    "Năm 2022 kết nạp 96 đảng viên mới, đạt 106,7% kế hoạch. "
    "Có 92/108 thôn, bản có chi bộ độc lập, chiếm 85,2%.\n"
)


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "huyen").mkdir(parents=True)
    (corpus / "bao_cao.txt").write_text(REPORT, encoding="utf-8")
    (corpus / "huyen" / "ban_sao.md").write_text(REPORT.replace("2022", "2021"), encoding="utf-8")
    (corpus / "rong.txt").write_bytes(b"")
    (corpus / "anh.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return corpus


def _snapshot(folder: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime_ns for p in folder.rglob("*")}


def _rows(out: Path, table: str) -> list[dict]:
    return [
        json.loads(x) for x in (out / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
    ]


def test_runner_bad_files_get_error_rows_and_batch_goes_on(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    summary = run_corpus(corpus, tmp_path / "out", Options(entities=False), progress=False)
    docs = {d["path"]: d for d in _rows(tmp_path / "out", "documents")}
    assert set(docs) == {"anh.png", "bao_cao.txt", "huyen/ban_sao.md", "rong.txt"}
    assert docs["bao_cao.txt"]["status"] == "ok"
    assert docs["rong.txt"]["status"] == "error" and docs["rong.txt"]["error_code"] == "E101"
    assert docs["anh.png"]["status"] == "error" and docs["anh.png"]["error"]
    assert summary.status == {"ok": 2, "error": 2}


def test_runner_never_writes_into_the_corpus(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    before = _snapshot(corpus)
    run_corpus(corpus, tmp_path / "out", Options(entities=False), progress=False)
    assert _snapshot(corpus) == before


def test_runner_output_inside_corpus_is_not_read_back(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    run_corpus(corpus, corpus / "out", Options(entities=False), progress=False)
    summary = run_corpus(corpus, corpus / "out", Options(entities=False), progress=False)
    assert summary.documents == 4


def test_runner_offsets_index_the_document_text(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    run_corpus(corpus, tmp_path / "out", Options(entities=False), progress=False)
    texts = {d["doc_id"]: d["text"] for d in _rows(tmp_path / "out", "documents")}
    for m in _rows(tmp_path / "out", "mentions"):
        assert texts[m["doc_id"]][m["start"] : m["end"]] == m["text"]


def test_runner_resumes_after_a_killed_run(tmp_path: Path) -> None:
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    first = run_corpus(corpus, out, Options(entities=False), progress=False)
    old = (out / "documents.jsonl").read_bytes()

    def die(_: dict) -> None:
        raise KeyboardInterrupt

    (corpus / "moi_1.txt").write_text(REPORT.replace("Mường Tè", "Sìn Hồ"), encoding="utf-8")
    (corpus / "moi_2.txt").write_text(REPORT.replace("Mường Tè", "Tam Đường"), encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):  # killed after the first new document
        run_corpus(corpus, out, Options(entities=False), progress=False, on_document=die)
    assert (out / "documents.jsonl").read_bytes() == old  # the killed run tore nothing
    assert not list(out.glob(".*.tmp"))
    again = run_corpus(corpus, out, Options(entities=False), progress=False)
    assert again.documents == first.documents + 2
    assert again.reused == first.documents + 1  # only the unfinished file was processed
    assert "moi_2.txt" in {d["path"] for d in _rows(out, "documents")}


def test_runner_two_workers_write_the_same_dataset(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    run_corpus(corpus, tmp_path / "w1", Options(entities=False), workers=1, progress=False)
    run_corpus(corpus, tmp_path / "w2", Options(entities=False), workers=2, progress=False)
    for table in ("documents", "mentions", "checks", "references"):
        assert _rows(tmp_path / "w1", table) == _rows(tmp_path / "w2", table)


def test_runner_run_json_records_counts_and_options(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    run_corpus(corpus, tmp_path / "out", Options(entities=False), progress=False)
    run = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert run["options"]["entities"] is False
    assert run["status"] == {"ok": 2, "error": 2}
    assert run["documents"] == 4 and run["wall_seconds"] > 0
    assert {e["path"] for e in run["errors"]} == {"anh.png", "rong.txt"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without permission")
def test_runner_unreadable_file_is_an_error_row(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    locked = corpus / "khoa.txt"
    locked.write_text(REPORT, encoding="utf-8")
    locked.chmod(0)
    run_corpus(corpus, tmp_path / "out", Options(entities=False), progress=False)
    docs = {d["path"]: d for d in _rows(tmp_path / "out", "documents")}
    assert docs["khoa.txt"]["status"] == "error"


def test_runner_refuses_a_second_run_into_the_same_folder(tmp_path: Path) -> None:
    fcntl = pytest.importorskip("fcntl")
    from vnreport_miner.errors import MinerError

    corpus, out = _corpus(tmp_path), tmp_path / "out"
    (out / ".cache").mkdir(parents=True)
    with open(out / ".cache" / "lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(MinerError, match="E403"):
            run_corpus(corpus, out, Options(entities=False), progress=False)
    assert run_corpus(corpus, out, Options(entities=False), progress=False).documents == 4


def test_runner_a_row_that_cannot_be_written_is_an_error_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vnreport_miner.records import Mention

    real = Mention.to_row

    def broken(self: Mention, doc_id: str, path: str) -> dict:
        row = real(self, doc_id, path)
        if self.text == "118 chi bộ":
            row["value"] = object()  # no writer can store this
        return row

    corpus = _corpus(tmp_path)
    monkeypatch.setattr(Mention, "to_row", broken)
    summary = run_corpus(corpus, tmp_path / "out", Options(entities=False), progress=False)
    docs = {d["path"]: d for d in _rows(tmp_path / "out", "documents")}
    assert docs["bao_cao.txt"]["status"] == "error"
    assert docs["bao_cao.txt"]["error_code"] == "E200"
    assert summary.documents == 4  # the batch went on


def test_runner_error_rows_have_the_content_id(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    run_corpus(corpus, tmp_path / "out", Options(entities=False), progress=False)
    docs = {d["path"]: d for d in _rows(tmp_path / "out", "documents")}
    ids = [d["doc_id"] for d in docs.values()]
    assert all(len(i) == 16 for i in ids) and len(set(ids)) == len(ids)


def test_runner_furniture_only_file_is_an_empty_document_error(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "chi_dem.txt").write_text("Lượt xem: 1.234\nChia sẻ\n", encoding="utf-8")
    run_corpus(corpus, tmp_path / "out", Options(entities=False), progress=False)
    (doc,) = _rows(tmp_path / "out", "documents")
    assert doc["status"] == "error" and doc["error_code"] == "E101"


def test_runner_summary_lists_are_capped_but_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vnreport_miner.pipeline.runner as runner

    monkeypatch.setattr(runner, "LISTED", 1)  # so a long run keeps memory flat
    summary = run_corpus(
        _corpus(tmp_path), tmp_path / "out", Options(entities=False), progress=False
    )
    assert summary.n_errors == 2 and len(summary.errors) == 1


def test_runner_cache_is_invalidated_by_a_code_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vnreport_miner.pipeline.runner as runner

    corpus, out = _corpus(tmp_path), tmp_path / "out"
    run_corpus(corpus, out, Options(entities=False), progress=False)
    assert run_corpus(corpus, out, Options(entities=False), progress=False).reused == 4
    monkeypatch.setattr(runner, "code_fingerprint", lambda: "a rule changed")
    assert run_corpus(corpus, out, Options(entities=False), progress=False).reused == 0
