"""Issue 17, item 1: failed sign-ins must never lock out someone who knows the password.

Ten wrong passwords for ``admin`` in an hour made the right one answer 429 too, for everyone: a
lockout anyone could renew every hour. The fix is OWASP's device cookie: a browser that signed in
to an account before keeps the studio's cookie (on ``/studio`` only) past its session, and that
browser is exempt from the account's failure limit; its own failures have a limit of their own.
Limits stay per account (and per browser), never per address.

A browser new to the account, whose owner knows the password, is not refused either: while the
account is over its limit it is asked for proof of work (a few seconds of its own processor, more
as the guessing goes on) and then its attempt is checked like any other.
"""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from engine.domain import work_proof
from engine.store.keys import Keys
from engine.web.hygiene import STUDIO_COOKIE
from engine.web.runtime import get_runtime
from tests.conftest import ADMIN_TOKEN, dump_store, make_app
from tests.studio_helpers import HTML, sign_in


def limited(redis_server, fresh_db, tmp_path) -> Flask:  # noqa: ANN001
    return make_app(redis_server, fresh_db[0], tmp_path, studio_login_rate_limit="3/hour", studio_proof_bits=8)


def attempt(client: FlaskClient, password: str, name: str = "admin") -> int:
    return client.post("/studio/login", data={"name": name, "password": password}, headers=HTML).status_code


def session_lapses(fresh_db) -> None:  # noqa: ANN001
    """The 8-hour session ends on the server (as its TTL would), the browser keeps its cookie."""
    for key in fresh_db[1].scan_iter(Keys.studio_session("*")):
        fresh_db[1].delete(key)


def test_an_attacker_cannot_lock_out_a_browser_that_signed_in_before(redis_server, fresh_db, tmp_path) -> None:
    app = limited(redis_server, fresh_db, tmp_path)
    admin = app.test_client()
    sign_in(admin)
    session_lapses(fresh_db)
    assert admin.get("/studio/", headers=HTML).status_code == 302  # signed out by time, cookie still there
    attacker = app.test_client()
    assert [attempt(attacker, "guess") for _ in range(10)] == [401] * 3 + [429] * 7
    assert attempt(attacker, ADMIN_TOKEN) == 429  # a browser that never signed in stays throttled
    assert attempt(app.test_client(), ADMIN_TOKEN) == 429
    assert attempt(admin, ADMIN_TOKEN) == 303  # ... the admin's own browser is not
    assert admin.get("/studio/", headers=HTML).status_code == 200


def test_the_cookie_stays_strict_and_on_studio_only(redis_server, fresh_db, tmp_path) -> None:
    app = limited(redis_server, fresh_db, tmp_path)
    client = app.test_client()
    response = client.post("/studio/login", data={"name": "admin", "password": ADMIN_TOKEN}, headers=HTML)
    (cookie,) = response.headers.getlist("Set-Cookie")
    attributes = {part.strip() for part in cookie.split(";")[1:]}
    assert {"Secure", "HttpOnly", "Path=/studio", "SameSite=Strict"} <= attributes
    lifetime = next(int(a.split("=")[1]) for a in attributes if a.startswith("Max-Age="))
    assert lifetime == get_runtime(app).accounts.device_seconds > get_runtime(app).accounts.session_seconds
    value = cookie.split(";")[0].split("=", 1)[1]
    assert value not in repr(dump_store(fresh_db[1]))  # only HMACs of it are kept


def test_a_trusted_browser_has_a_failure_limit_of_its_own(redis_server, fresh_db, tmp_path) -> None:
    app = limited(redis_server, fresh_db, tmp_path)
    admin, other = app.test_client(), app.test_client()
    sign_in(admin)
    sign_in(other)
    session_lapses(fresh_db)
    assert [attempt(admin, "typo") for _ in range(4)] == [401, 401, 401, 429]
    assert attempt(admin, ADMIN_TOKEN) == 429  # this browser guessed too often
    assert attempt(other, ADMIN_TOKEN) == 303  # the account is not locked for the other one ...
    assert attempt(app.test_client(), "guess") == 401  # ... nor by the trusted browser's failures


def test_the_exemption_is_for_the_account_the_browser_signed_in_to(redis_server, fresh_db, tmp_path) -> None:
    app = limited(redis_server, fresh_db, tmp_path)
    get_runtime(app).accounts.add_user("mila", "a-long-password-1", "test")
    mila = app.test_client()
    sign_in(mila, "mila", "a-long-password-1")
    session_lapses(fresh_db)
    attacker = app.test_client()
    for _ in range(3):
        attempt(attacker, "guess")
    assert attempt(mila, ADMIN_TOKEN) == 429  # mila's browser is not admin's
    assert attempt(mila, "a-long-password-1", "mila") == 303
    forged = app.test_client()
    forged.set_cookie(STUDIO_COOKIE, "A" * 43, path="/studio")
    assert attempt(forged, ADMIN_TOKEN) == 429


def test_signing_out_forgets_the_browser(redis_server, fresh_db, tmp_path) -> None:
    app = limited(redis_server, fresh_db, tmp_path)
    admin = app.test_client()
    csrf = sign_in(admin)
    cookie = admin.get_cookie(STUDIO_COOKIE, path="/studio")
    assert admin.post("/studio/logout", data={"csrf": csrf}).status_code == 303
    for _ in range(3):
        attempt(app.test_client(), "guess")
    admin.set_cookie(STUDIO_COOKIE, cookie.value, path="/studio")  # replaying the old cookie: not trusted
    assert attempt(admin, ADMIN_TOKEN) == 429


def proof_for(client: FlaskClient, password: str = "guess",  # noqa: S107 - a wrong one, on purpose
              name: str = "admin") -> dict[str, str]:
    """The challenge an API client is given for an attempt on a name over its limit, solved."""
    answer = client.post("/studio/login", data={"name": name, "password": password})
    assert answer.status_code == 429 and answer.json["error"]["code"] == "rate_limited"
    proof = answer.json["proof"]
    return {"proof_token": proof["token"], "proof_answer": work_proof.solve(proof["nonce"], proof["bits"])}


def test_a_new_browser_that_knows_the_password_signs_in_after_proof_of_work(redis_server, fresh_db,
                                                                               tmp_path) -> None:
    app = limited(redis_server, fresh_db, tmp_path)
    attacker = app.test_client()
    assert [attempt(attacker, "guess") for _ in range(5)] == [401] * 3 + [429] * 2
    owner = app.test_client()  # never signed in: no device cookie
    page = owner.post("/studio/login", data={"name": "admin", "password": ADMIN_TOKEN}, headers=HTML)
    assert page.status_code == 429 and "Set-Cookie" not in page.headers
    html = page.get_data(as_text=True)
    nonce = html.split('data-proof-nonce="')[1].split('"')[0]
    bits = int(html.split('data-proof-bits="')[1].split('"')[0])
    token = html.split('name="proof_token" value="')[1].split('"')[0]
    assert "proof.js" in html and bits >= 8
    signed = owner.post("/studio/login", headers=HTML, data={
        "name": "admin", "password": ADMIN_TOKEN, "proof_token": token,
        "proof_answer": work_proof.solve(nonce, bits)})
    assert signed.status_code == 303 and owner.get("/studio/", headers=HTML).status_code == 200


def test_a_proof_buys_one_attempt_for_one_name_and_a_wrong_password_still_fails(redis_server, fresh_db,
                                                                                 tmp_path) -> None:
    app = limited(redis_server, fresh_db, tmp_path)
    get_runtime(app).accounts.add_user("mila", "a-long-password-1", "test")
    client = app.test_client()
    for name in ("admin", "mila"):
        for _ in range(3):
            attempt(client, "guess", name)
    proof = proof_for(client)
    wrong = client.post("/studio/login", data={"name": "admin", "password": "guess", **proof})
    assert wrong.status_code == 401  # checked like any attempt, and counted
    again = client.post("/studio/login", data={"name": "admin", "password": ADMIN_TOKEN, **proof})
    assert again.status_code == 429 and "proof" in again.json  # spent: a new challenge instead
    other = client.post("/studio/login", data={"name": "mila", "password": "a-long-password-1", **proof_for(client)
                                               | {"proof_answer": proof["proof_answer"]}})
    assert other.status_code == 429  # a wrong answer
    for_admin = proof_for(client)
    assert client.post("/studio/login", data={"name": "mila", "password": "a-long-password-1",
                                              **for_admin}).status_code == 429  # bound to admin's name
    assert client.post("/studio/login", data={"name": "mila", "password": "a-long-password-1",
                                              **proof_for(client, name="mila")}).status_code == 303


def test_the_work_grows_as_the_guessing_goes_on(redis_server, fresh_db, tmp_path) -> None:
    app = limited(redis_server, fresh_db, tmp_path)  # 3 failures an hour, 8 bits at the limit
    client = app.test_client()
    bits = []
    for _ in range(16):
        answer = client.post("/studio/login", data={"name": "admin", "password": "guess"})
        bits.append(answer.json.get("proof", {}).get("bits"))
        if answer.status_code == 429:  # a guesser who pays for each guess
            proof = {"proof_token": answer.json["proof"]["token"],
                     "proof_answer": work_proof.solve(answer.json["proof"]["nonce"], answer.json["proof"]["bits"])}
            assert client.post("/studio/login", data={"name": "admin", "password": "guess", **proof}).status_code == 401
    # the 4th attempt on meets 3, 4, 5 failures (8 bits), then 6..11 (9 bits: twice the limit),
    # then 12..15 (10 bits: four times); each paid guess adds one failure
    assert bits[:3] == [None] * 3
    assert bits[3:] == [8] * 3 + [9] * 6 + [10] * 4


def test_an_unknown_name_is_checked_against_a_hash_as_costly_as_a_real_one() -> None:
    """A wrong name costs as long as a wrong password: the dummy hash written in the code has the
    method and cost parameters real accounts get, and no password anyone could sign in with."""
    from werkzeug.security import check_password_hash, generate_password_hash

    from engine.store import accounts

    real = generate_password_hash("a password of twelve", method="scrypt")
    assert accounts._DUMMY_HASH.split("$")[0] == real.split("$")[0] == "scrypt:32768:8:1"
    assert not check_password_hash(accounts._DUMMY_HASH, "plainsight-no-such-account")
    assert not check_password_hash(accounts._DUMMY_HASH, "")
