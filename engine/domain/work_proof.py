"""A slower answer instead of a refusal: proof of work for sign-ins to an account under attack.

A failure limit per account name lets anyone lock the owner out by guessing. A browser that
signed in before is exempt (its device cookie); a browser new to the account is not, and its
owner may know the password. So when the name is over its limit, such a browser is not refused:
it is asked to spend a few seconds of its own processor first (hashcash: find a counter whose
SHA-256 with a server-issued nonce starts with ``bits`` zero bits), and its attempt is then
checked like any other. Each guess costs the guesser the same work, the server one hash to
verify, and nothing is held in a worker while the browser computes (a server-side delay would
hold one of the sync workers: two attackers would stall the studio).

A challenge is bound to the account name, expires, and is signed with a key Redis does not hold;
the store spends each nonce once. The nonce is 16 hex characters so that nonce, colon and counter
fit SHA-256's one 64-byte block: the browser hashes one block per try.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import secrets
from dataclasses import dataclass

NONCE_HEX = 16
TOKEN = re.compile(r"(?P<bits>[0-9]{1,2})\.(?P<expires>[0-9]{1,12})\.(?P<nonce>[0-9a-f]{16})\.(?P<mac>[0-9a-f]{32})")
ANSWER = re.compile(r"[0-9]{1,12}")
MAX_BITS = 30  # past this a browser would compute for minutes: never ask for more


@dataclass(frozen=True)
class Challenge:
    """What the browser is given: the token to send back, and the work it stands for."""
    token: str
    nonce: str
    bits: int
    expires: int


def bits_for(failures: int, limit: int, base: int, extra: int) -> int:
    """The work asked of an attempt: ``base`` bits at the limit, one more bit (twice the work) each
    time the failures double past it, at most ``extra`` more. A guesser who keeps going pays more
    per guess; the owner, one attempt among them, waits seconds longer, never forever."""
    over = max(1.0, failures / max(1, limit))
    return min(MAX_BITS, base + min(extra, int(math.log2(over))))


def issue(key: bytes, subject: str, bits: int, now: int, lifetime: int) -> Challenge:
    """A fresh challenge for ``subject`` (an account name) valid for ``lifetime`` seconds."""
    nonce = secrets.token_hex(NONCE_HEX // 2)
    expires = now + lifetime
    return Challenge(f"{bits}.{expires}.{nonce}.{_mac(key, subject, bits, expires, nonce)}", nonce, bits, expires)


def verified(key: bytes, subject: str, token: str, answer: str, now: int) -> Challenge | None:
    """The challenge when ``answer`` solves a token this server issued for ``subject`` and it has
    not expired; None otherwise (forged, for another name, expired, malformed or not solved)."""
    parts = TOKEN.fullmatch(token or "")
    if parts is None or not ANSWER.fullmatch(answer or ""):
        return None
    bits, expires, nonce = int(parts["bits"]), int(parts["expires"]), parts["nonce"]
    if not hmac.compare_digest(parts["mac"], _mac(key, subject, bits, expires, nonce)) or expires < now:
        return None
    if zero_bits(hashlib.sha256(f"{nonce}:{answer}".encode()).digest()) < bits:
        return None
    return Challenge(token, nonce, bits, expires)


def zero_bits(digest: bytes) -> int:
    """How many bits the digest starts with that are zero."""
    value = int.from_bytes(digest, "big")
    return len(digest) * 8 - value.bit_length()


def solve(nonce: str, bits: int) -> str:
    """The first counter that solves the challenge: what the studio's script does in the browser,
    here for tests and for clients of the API."""
    counter = 0
    while zero_bits(hashlib.sha256(f"{nonce}:{counter}".encode()).digest()) < bits:
        counter += 1
    return str(counter)


def _mac(key: bytes, subject: str, bits: int, expires: int, nonce: str) -> str:
    return hmac.new(key, f"proof|{subject}|{bits}|{expires}|{nonce}".encode(), hashlib.sha256).hexdigest()[:32]
