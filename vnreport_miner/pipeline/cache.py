"""The per-document result cache behind resumable runs.

Each process appends its finished documents to its own part file in ``OUT/.cache/``
as framed records ``MAGIC | key length | payload length | key | JSON(rows)``,
flushed after every document. A run killed mid-record leaves a truncated last frame,
which the reader ignores; every complete frame is a finished document that the next
run does not process again. The payload is the rows as orjson writes them: the runner
encodes them once, which both proves every writer can store them and is the cache
record (about twice as fast as pickle on our rows, which hold only JSON types). The
cache is private to the tool (written and read by the same version: the version is part
of every key).
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import Any

import orjson

MAGIC = b"VNR2"  # VNR1 held pickles: its frames are not read (a torn frame to scan)
_HEADER = struct.Struct("<4sHI")


class PartWriter:
    """Appends records to one part file (one per process)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh = open(path, "ab")  # noqa: SIM115 - kept open for the life of the process

    def append(self, key: str, payload: bytes) -> tuple[str, int, int]:
        """Write one record (``payload``: the rows as ``orjson.dumps`` gives them); returns
        (file name, payload offset, payload length)."""
        k = key.encode()
        offset = self._fh.tell() + _HEADER.size + len(k)
        self._fh.write(_HEADER.pack(MAGIC, len(k), len(payload)) + k + payload)
        self._fh.flush()
        return self.path.name, offset, len(payload)

    def close(self) -> None:
        self._fh.close()


def scan(cache_dir: Path) -> dict[str, tuple[str, int, int]]:
    """Index every complete record: key -> (file name, payload offset, length)."""
    index: dict[str, tuple[str, int, int]] = {}
    for part in sorted(cache_dir.glob("*.part"), key=lambda p: p.stat().st_mtime_ns):
        size = part.stat().st_size
        with open(part, "rb") as fh:
            pos = 0
            while pos + _HEADER.size <= size:
                magic, klen, plen = _HEADER.unpack(fh.read(_HEADER.size))
                if magic != MAGIC or pos + _HEADER.size + klen + plen > size:
                    break  # a torn frame: the rest of this file is not trusted
                key = fh.read(klen).decode()
                offset = pos + _HEADER.size + klen
                index[key] = (part.name, offset, plen)
                fh.seek(plen, os.SEEK_CUR)
                pos = offset + plen
    return index


class PartReader:
    """Reads payloads by location, keeping the part files open."""

    def __init__(self, cache_dir: Path) -> None:
        self.dir = cache_dir
        self._open: dict[str, Any] = {}

    def raw(self, loc: tuple[str, int, int]) -> bytes:
        name, offset, length = loc
        fh = self._open.get(name)
        if fh is None:
            fh = self._open[name] = open(self.dir / name, "rb")  # noqa: SIM115
        fh.seek(offset)
        return fh.read(length)

    def load(self, loc: tuple[str, int, int]) -> Any:
        return orjson.loads(self.raw(loc))

    def close(self) -> None:
        for fh in self._open.values():
            fh.close()
        self._open.clear()


def compact(cache_dir: Path, keys: list[str], index: dict[str, tuple[str, int, int]]) -> None:
    """Rewrite the cache as one part holding just ``keys`` (in order); drop the rest."""
    final = cache_dir / "cache.part"
    parts = list(cache_dir.glob("*.part"))
    if len(parts) == 1 and _holds_just(parts[0], keys, index):
        # The usual first run (one process, a new folder): its part file already is,
        # frame for frame, the file the copy below would write; renaming it saves
        # reading and writing the whole cache (~36 MB per 1,000 documents).
        os.replace(parts[0], final)
        return
    tmp = cache_dir / f".compact-{os.getpid()}.tmp"
    reader = PartReader(cache_dir)
    try:
        with open(tmp, "wb") as fh:
            for key in keys:
                loc = index.get(key)
                if loc is None:
                    continue
                k = key.encode()
                payload = reader.raw(loc)
                fh.write(_HEADER.pack(MAGIC, len(k), len(payload)) + k + payload)
    finally:
        reader.close()
    old = list(cache_dir.glob("*.part"))
    os.replace(tmp, final)
    for p in old:
        if p != final:
            p.unlink(missing_ok=True)


def _holds_just(part: Path, keys: list[str], index: dict[str, tuple[str, int, int]]) -> bool:
    """Whether ``part`` is exactly the records of ``keys``, in order, one after another."""
    pos = 0
    for key in keys:
        loc = index.get(key)
        start = pos + _HEADER.size + len(key.encode())
        if loc is None or loc[0] != part.name or loc[1] != start:
            return False
        pos = start + loc[2]
    return pos == part.stat().st_size
