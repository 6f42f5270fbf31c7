"""The proof of work asked of a new browser on an account under attack (engine/domain/work_proof.py)."""

from __future__ import annotations

import hashlib

from engine.domain import work_proof

KEY = b"k" * 32


def test_zero_bits_counts_the_leading_zero_bits() -> None:
    assert work_proof.zero_bits(bytes([0x00, 0x0F, 0xFF])) == 12  # 8 from the zero byte, 4 from 0000 1111
    assert work_proof.zero_bits(bytes([0x80, 0x00])) == 0
    assert work_proof.zero_bits(bytes(4)) == 32


def test_a_solved_challenge_is_verified_once_issued_for_that_name() -> None:
    challenge = work_proof.issue(KEY, "admin", 10, now=1_000, lifetime=600)
    answer = work_proof.solve(challenge.nonce, 10)
    digest = hashlib.sha256(f"{challenge.nonce}:{answer}".encode()).digest()
    assert digest[0] == 0 and digest[1] < 0x40  # 10 leading zero bits, checked without the module
    assert work_proof.verified(KEY, "admin", challenge.token, answer, now=1_599) == challenge
    assert work_proof.verified(KEY, "admin", challenge.token, answer, now=1_601) is None  # expired
    assert work_proof.verified(KEY, "mila", challenge.token, answer, now=1_100) is None  # another name
    assert work_proof.verified(b"x" * 32, "admin", challenge.token, answer, now=1_100) is None  # not ours


def test_a_forged_or_unsolved_token_is_refused() -> None:
    challenge = work_proof.issue(KEY, "admin", 12, now=1_000, lifetime=600)
    cheaper = challenge.token.replace("12.", "0.", 1)  # asking itself for less work breaks the signature
    assert work_proof.verified(KEY, "admin", cheaper, "0", now=1_100) is None
    unsolved = next(str(n) for n in range(100)
                    if work_proof.zero_bits(hashlib.sha256(f"{challenge.nonce}:{n}".encode()).digest()) < 12)
    assert work_proof.verified(KEY, "admin", challenge.token, unsolved, now=1_100) is None
    for token, answer in ((challenge.token + "\n", "1"), (challenge.token, "1\n"), ("", ""), ("1.2.3.4", "5")):
        assert work_proof.verified(KEY, "admin", token, answer, now=1_100) is None


def test_the_work_doubles_as_the_failures_double_up_to_a_cap() -> None:
    # limit 10, base 20 bits, at most 4 more: 10..19 failures 20 bits, 20..39 21, 40..79 22, 160+ 24
    assert [work_proof.bits_for(n, 10, 20, 4) for n in (0, 10, 19, 20, 39, 40, 80, 160, 10_000)] == \
        [20, 20, 20, 21, 21, 22, 23, 24, 24]
