"""Issue 17, item 1: failed sign-ins must never lock out someone who knows the password.

Ten wrong passwords for ``admin`` in an hour made the right one answer 429 too, for everyone: a
lockout anyone could renew every hour. The fix is OWASP's device cookie: a browser that signed in
to an account before keeps the studio's cookie (on ``/studio`` only) past its session, and that
browser is exempt from the account's failure limit; its own failures have a limit of their own.
Limits stay per account (and per browser), never per address.
"""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from engine.store.keys import Keys
from engine.web.hygiene import STUDIO_COOKIE
from engine.web.runtime import get_runtime
from tests.conftest import ADMIN_TOKEN, dump_store, make_app
from tests.studio_helpers import HTML, sign_in


def limited(redis_server, fresh_db, tmp_path) -> Flask:  # noqa: ANN001
    return make_app(redis_server, fresh_db[0], tmp_path, studio_login_rate_limit="3/hour")


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
