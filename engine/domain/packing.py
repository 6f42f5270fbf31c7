"""How the index keeps vacancies small: each record packed with zstd and a dictionary trained
on the catalogue, and concept names as small integers."""

from __future__ import annotations

import threading
from dataclasses import replace

import zstandard

from engine.domain.vacancy import VacancyRecord


class Packer:
    """Packs a vacancy record for the index: without its description (no ad shows it), as
    JSON, compressed by zstd with a dictionary trained on the catalogue's own records, so the
    keys and the words every posting repeats cost next to nothing (about 0.2 KB a vacancy
    instead of 1.5). The digest approvals are bound to is taken beforehand, over the full
    vacancy, and kept beside the blob."""

    SAMPLE = 256            # records the dictionary is trained on
    DICTIONARY = 32_768     # bytes
    MIN_SAMPLE = 32         # fewer than this: plain zstd, a dictionary would not pay

    def __init__(self, dictionary: zstandard.ZstdCompressionDict | None = None) -> None:
        self.dictionary = dictionary
        self._compressor = zstandard.ZstdCompressor(level=3, dict_data=dictionary)  # None: no dictionary
        self._decompressor = zstandard.ZstdDecompressor(dict_data=dictionary)
        self._lock = threading.Lock()  # a zstd context serves one call at a time

    @staticmethod
    def lean(record: VacancyRecord) -> bytes:
        return VacancyRecord(replace(record.vacancy, description=""), record.concepts,
                             record.taxonomy_version).to_json().encode()

    @classmethod
    def from_sample(cls, records: list[VacancyRecord]) -> Packer:
        # typed as zstandard's stub asks (an invariant list of typing.ByteString), not list[bytes]
        samples: list[bytes | bytearray | memoryview] = [cls.lean(r) for r in records[: cls.SAMPLE]]
        if len(samples) < cls.MIN_SAMPLE:
            return cls()
        try:
            return cls(zstandard.train_dictionary(cls.DICTIONARY, samples))
        except zstandard.ZstdError:  # samples too alike or too few to train on
            return cls()

    def pack(self, record: VacancyRecord) -> bytes:
        lean = self.lean(record)
        with self._lock:
            blob = self._compressor.compress(lean)
        # a copy of exact size: zstd hands back a buffer as large as the worst case, and kept
        # as it is, 100,000 of them cost 170 MB instead of 20
        return bytes(memoryview(blob))

    def unpack(self, blob: bytes) -> VacancyRecord:
        with self._lock:
            raw = self._decompressor.decompress(blob)
        return VacancyRecord.from_json(raw.decode())


class Vocabulary:
    """Concept ids (and ``province:XX``) as small integers, shared by every index of a worker."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self.names: list[str] = []

    def code(self, name: str) -> int:
        code = self.codes.get(name)
        if code is None:
            code = self.codes[name] = len(self.names)
            self.names.append(name)
        return code
