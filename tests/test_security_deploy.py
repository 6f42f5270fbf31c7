"""Issue 17, items 3, 5 and 8, against real servers: gunicorn (two sync workers, as shipped) alone
and with ``deploy/nginx/plainsight.conf`` in front of it, TLS with a certificate made now.

3. Two clients sending a body a byte every 1.5 s held both sync workers: ``/healthz`` timed out.
   Behind the deployment's nginx it keeps answering.
5. Tokens reached the access log through doubled slashes, unknown URLs kept their raw path, the
   error log an invalid header name: every access line holds the route's template or ``unmatched``.
8. A chunked body over the limit was cut to 64 KiB and answered: it is a 413, however it arrives.
"""

from __future__ import annotations

import http.client
import itertools
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from engine.domain.consent import CONSENT_TEXT_VERSION, PURPOSE
from tests import conftest
from tests.conftest import ROOT, redis_url
from tests.test_gunicorn import free_port, wait_until_up
from tests.test_security_crawler import self_signed

pytestmark = pytest.mark.slow
SITE = ROOT / "deploy" / "nginx" / "plainsight.conf"
EMAIL = "jan.jansen@example.nl"


@dataclass(frozen=True)
class Servers:
    app: int  # gunicorn, direct
    https: int  # nginx
    http: int
    tls: ssl.SSLContext
    log: Path


def nginx_conf(directory: Path, cert: tuple[Path, Path], app: int, https: int, http_port: int) -> Path:
    """The shipped site file with this machine's ports and paths, in a main config of the test's own."""
    site = SITE.read_text()
    for old, new in (("server 127.0.0.1:8000;", f"server 127.0.0.1:{app};"),
                     ("listen 443 ssl http2;", f"listen 127.0.0.1:{https} ssl http2;"),
                     ("listen [::]:443 ssl http2;", ""), ("listen 80;", f"listen 127.0.0.1:{http_port};"),
                     ("listen [::]:80;", ""), ("/etc/ssl/plainsight/fullchain.pem", str(cert[0])),
                     ("/etc/ssl/plainsight/privkey.pem", str(cert[1])),
                     ("/var/log/nginx/plainsight.error.log", str(directory / "site-error.log"))):
        assert site.count(old) == 1, old  # the shipped file still says what the test changes
        site = site.replace(old, new)
    (directory / "site.conf").write_text(site)
    temp = " ".join(f"{kind}_temp_path {directory / kind};" for kind in ("client_body", "proxy", "fastcgi",
                                                                         "uwsgi", "scgi"))
    main = directory / "nginx.conf"
    main.write_text(f"daemon off; master_process off; pid {directory / 'nginx.pid'};\n"
                    f"error_log {directory / 'error.log'} warn;\nevents {{ worker_connections 512; }}\n"
                    f"http {{ {temp}\n include {directory / 'site.conf'}; }}\n")
    return main


def start_nginx(conf: Path, log: Path) -> subprocess.Popen:
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        raise RuntimeError("nginx is not installed: `apt-get install nginx` (.ci/run does this)")
    check = subprocess.run([nginx, "-t", "-c", str(conf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    with log.open("w") as out:
        return subprocess.Popen([nginx, "-c", str(conf)], stdout=out, stderr=subprocess.STDOUT)


def make_run_workers() -> dict[str, str]:
    """The worker class and threads ``make run`` starts gunicorn with, read from the Makefile."""
    values = subprocess.run(["make", "-s", "--no-print-directory", "print-RUN_WORKER_CLASS", "print-RUN_THREADS"],
                            cwd=ROOT, capture_output=True, text=True, check=True,
                            env={k: v for k, v in os.environ.items() if not k.startswith("GUNICORN_")}).stdout.split()
    return {"GUNICORN_WORKER_CLASS": values[0], "GUNICORN_THREADS": values[1]}


def start_gunicorn(redis_server, db: int, directory: Path, port: int,  # noqa: ANN001
                   workers: dict[str, str] | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ENGINE_", "GUNICORN_"))}
    env.update({"REDIS_URL": redis_url(redis_server, db), "ENGINE_DATA_DIR": str(directory), "PYTHONPATH": str(ROOT),
                "ENGINE_SECRET_KEY": "deploy-test", "ENGINE_ADMIN_TOKEN": conftest.ADMIN_TOKEN,
                "ENGINE_LOG_FORMAT": "json", "ENGINE_PUBLIC_URL": "https://ads.example.nl",
                "ENGINE_MODELS_DIR": os.environ.get("ENGINE_MODELS_DIR", "")})
    env.update(workers or {})
    env = {k: v for k, v in env.items() if v}
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
               "--workers", "2", "wsgi:app"]
    with (directory / "gunicorn.log").open("w") as out:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


@pytest.fixture(scope="module")
def servers(redis_server, tmp_path_factory) -> Iterator[Servers]:  # noqa: ANN001
    directory = tmp_path_factory.mktemp("deploy")
    db = next(conftest._databases) % 16 or 1
    cert = self_signed(directory, "ads.example.nl")
    app, https, http_port = free_port(), free_port(), free_port()
    gunicorn = start_gunicorn(redis_server, db, directory, app)
    nginx = start_nginx(nginx_conf(directory, cert, app, https, http_port), directory / "nginx.log")
    try:
        wait_until_up(app, gunicorn, directory / "gunicorn.log")
        deadline = time.monotonic() + 10
        while not listening(https):  # nginx too
            assert nginx.poll() is None and time.monotonic() < deadline, (directory / "nginx.log").read_text()
            time.sleep(0.1)
        yield Servers(app, https, http_port, ssl.create_default_context(cafile=str(cert[0])),
                      directory / "gunicorn.log")
    finally:
        for process in (nginx, gunicorn):
            process.terminate()
            process.wait(timeout=30)


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def connect(servers: Servers, through: str, timeout: float = 5.0) -> socket.socket:
    port = servers.https if through == "nginx" else servers.app
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    return servers.tls.wrap_socket(sock, server_hostname="127.0.0.1") if through == "nginx" else sock


def exchange(servers: Servers, through: str, request: bytes, timeout: float = 10.0) -> bytes:
    """Send a request as raw bytes (so nothing tidies it on the way) and read the answer."""
    with connect(servers, through, timeout) as sock:
        try:
            sock.sendall(request)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered before taking the whole body: its answer is still there
        answer = b""
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except (ConnectionResetError, ssl.SSLError):
            pass
        return answer


def status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def get(servers: Servers, through: str, path: str, host: str = "ads.example.nl") -> bytes:
    return exchange(servers, through, f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())


def log_lines(servers: Servers) -> list[dict]:
    time.sleep(0.3)  # the access line is written after the answer
    return [json.loads(line) for line in servers.log.read_text().splitlines() if line.startswith("{")]


# --- 3. slow clients -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_server(redis_server, tmp_path_factory) -> Iterator[Servers]:  # noqa: ANN001
    """gunicorn as ``make run`` starts it (its worker class and threads), with no proxy in front."""
    directory = tmp_path_factory.mktemp("make-run")
    db = next(conftest._databases) % 16 or 1
    port = free_port()
    workers = make_run_workers()
    assert workers == {"GUNICORN_WORKER_CLASS": "gthread", "GUNICORN_THREADS": "8"}
    gunicorn = start_gunicorn(redis_server, db, directory, port, workers)
    try:
        wait_until_up(port, gunicorn, directory / "gunicorn.log")
        yield Servers(port, port, port, ssl.create_default_context(), directory / "gunicorn.log")
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)


def test_a_slow_client_does_not_block_the_server_behind_nginx(servers: Servers) -> None:
    assert_healthz_answers_during_slow_bodies(servers, "nginx")


def test_a_slow_client_does_not_block_the_make_run_server(demo_server: Servers) -> None:
    """``make run`` has no proxy: its threaded workers give a slow body one thread, not a worker."""
    assert_healthz_answers_during_slow_bodies(demo_server, "app")


def assert_healthz_answers_during_slow_bodies(servers: Servers, through: str) -> None:
    head = (b"POST /v1/render HTTP/1.1\r\nHost: ads.example.nl\r\nContent-Type: application/json\r\n"
            b"Content-Length: 100\r\n\r\n")
    slow = [connect(servers, through, timeout=30) for _ in range(2)]
    stop = threading.Event()

    def dribble(sock: socket.socket) -> None:
        sock.sendall(head)
        while not stop.wait(1.5):
            try:
                sock.sendall(b" ")
            except OSError:
                return

    threads = [threading.Thread(target=dribble, args=(sock,), daemon=True) for sock in slow]
    for thread in threads:
        thread.start()
    try:
        time.sleep(1.0)  # both slow bodies under way
        answered = []
        for _ in range(8):  # about 7 s: five of the slow clients' bytes each
            started = time.monotonic()
            connection = (http.client.HTTPSConnection("127.0.0.1", servers.https, timeout=3, context=servers.tls)
                          if through == "nginx" else http.client.HTTPConnection("127.0.0.1", servers.app, timeout=3))
            connection.request("GET", "/healthz")
            answered.append((connection.getresponse().status, time.monotonic() - started))
            connection.close()
            time.sleep(0.5)
        assert all(code == 200 and seconds < 2 for code, seconds in answered), answered
    finally:
        stop.set()
        for sock in slow:
            sock.close()


def test_plain_http_is_sent_to_https_and_answers_say_so(servers: Servers) -> None:
    answer = _plain(servers, b"GET /healthz HTTP/1.1\r\nHost: ads.example.nl\r\nConnection: close\r\n\r\n")
    assert status(answer) == 301 and b"Location: https://ads.example.nl/healthz" in answer
    secure = get(servers, "nginx", "/healthz")
    assert status(secure) == 200 and b"Strict-Transport-Security: max-age=63072000" in secure


def _plain(servers: Servers, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", servers.http), timeout=5) as sock:
        sock.sendall(request)
        return b"".join(iter(lambda: sock.recv(65536), b""))


# --- 5. what reaches the logs ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def token(servers: Servers) -> str:
    body = json.dumps({"preferences": {"interests": "zorg"},
                       "consent": {"given": True, "purpose": PURPOSE, "text_version": CONSENT_TEXT_VERSION}})
    request = (f"POST /v1/preferences HTTP/1.1\r\nHost: ads.example.nl\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n{body}").encode()
    answer = exchange(servers, "gunicorn", request)
    assert status(answer) == 201, answer
    return json.loads(answer.split(b"\r\n\r\n", 1)[1])["token"]


@pytest.mark.parametrize("through", ["gunicorn", "nginx"])
def test_odd_paths_log_the_route_never_the_path(servers: Servers, token: str, through: str) -> None:
    for path in (f"//v1/preferences/{token}", f"/v1//preferences/{token}", f"/v1/preferences//{token}"):
        answer = get(servers, through, path)
        assert status(answer) == 200 and token.encode() not in answer.split(b"\r\n\r\n")[0], answer[:300]
    assert status(get(servers, through, f"/nonexistent/{EMAIL}")) == 404
    lines = log_lines(servers)
    text = servers.log.read_text()
    assert token not in text and EMAIL not in text
    access = [line for line in lines if line["logger"] == "gunicorn.access"]
    assert {line["path"] for line in access} >= {"/v1/preferences/[redacted]", "unmatched"}
    assert all(line["path"] == "unmatched" or line["path"].startswith("/") and "//" not in line["path"]
               for line in access), access


def test_an_invalid_header_name_is_not_in_the_error_log(servers: Servers) -> None:
    answer = exchange(servers, "gunicorn", f"GET /healthz HTTP/1.1\r\nHost: x\r\n<{EMAIL}>: 1\r\n\r\n".encode())
    assert status(answer) == 400
    answer = exchange(servers, "gunicorn", f"GET /why/{EMAIL} HTTP/1.1 trailing\r\nHost: x\r\n\r\n".encode())
    assert status(answer) == 400
    lines = log_lines(servers)
    assert any(line["logger"] == "gunicorn.error" and line["message"].startswith("Invalid request:") for line in lines)
    assert EMAIL not in servers.log.read_text()


# --- 8. chunked bodies -----------------------------------------------------------------------------

def chunked(path: str, size: int, piece: int = 4096) -> bytes:
    body = json.dumps({"context": {"title": "Werken in de zorg", "text": "zorg " * (size // 5)}}).encode()
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(part), part)
                      for part in (body[i:i + piece] for i in range(0, len(body), piece)))
    return (f"POST {path} HTTP/1.1\r\nHost: ads.example.nl\r\nContent-Type: application/json\r\n"
            f"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").encode() + chunks + b"0\r\n\r\n"


@pytest.mark.parametrize(("through", "size"), list(itertools.product(["gunicorn", "nginx"], [205_000, 70_000])))
def test_a_chunked_body_over_the_limit_is_refused_whole(servers: Servers, through: str, size: int) -> None:
    answer = exchange(servers, through, chunked("/v1/render", size))
    assert status(answer) == 413, answer[:300]
    assert b'"body_too_large"' in answer


@pytest.mark.parametrize("through", ["gunicorn", "nginx"])
def test_a_chunked_body_within_the_limit_is_served(servers: Servers, through: str) -> None:
    answer = exchange(servers, through, chunked("/v1/render", 20_000))
    assert status(answer) == 200, answer[:300]
