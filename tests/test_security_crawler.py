"""Issue 17, item 6: DNS rebinding in the crawler, and IPv6 forms that carry a refused IPv4 address.

The crawler checked the addresses a name resolved to, then ``requests`` resolved the name again to
connect: a name answering a public address for the check and ``169.254.169.254`` a moment later
reached the metadata service. Now each hop connects to the address checked, with the name in the
Host header, TLS's SNI and the certificate check. The resolver is the policy's: here a fixed
table plays the rebinding name server (a real one would need root on the test machine); the
connections, the TLS handshake and the servers are real.
"""

from __future__ import annotations

import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from engine.domain.pages import CrawlPolicy, FetchRefused
from engine.jobs.crawler import fetch

PAGE = b"<html lang='nl'><head><title>Werken in de zorg</title></head><body><main>zorg</main></body></html>"


def self_signed(directory: Path, name: str) -> tuple[Path, Path]:
    """A certificate for ``name`` (and 127.0.0.1) and its key, made now with openssl."""
    cert, key = directory / f"{name}.crt", directory / f"{name}.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={name}",
                    "-addext", f"subjectAltName=DNS:{name},IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


class Site(ThreadingHTTPServer):
    hosts: list[str]
    server_names: list[str | None]


class Handler(BaseHTTPRequestHandler):
    server: Site

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass

    def do_GET(self) -> None:  # noqa: N802
        self.server.hosts.append(self.headers.get("Host", ""))
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)


def serve(tls: tuple[Path, Path] | None = None) -> Site:
    server = Site(("127.0.0.1", 0), Handler)
    server.hosts, server.server_names = [], []
    if tls is not None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*tls)
        context.sni_callback = lambda _sock, name, _ctx: server.server_names.append(name)  # type: ignore[assignment]
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class Rebinding:
    """A name server for one name: a loopback address (our test site) the first time it is asked,
    the metadata service every time after. Counts how often it is asked."""

    def __init__(self) -> None:
        self.asked = 0

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked += 1
        return ["127.0.0.1"] if self.asked == 1 else ["169.254.169.254"]


@pytest.fixture
def site() -> Iterator[Site]:
    server = serve()
    yield server
    server.shutdown()
    server.server_close()


def test_the_connection_goes_to_the_address_that_was_checked(site: Site) -> None:
    name = Rebinding()
    policy = CrawlPolicy(frozenset({"rebind.invalid"}), allow_private=True, resolver=name, timeout=2.0)
    # .invalid never resolves for real: only a connection to the checked address can succeed
    assert "Werken in de zorg" in fetch(f"http://rebind.invalid:{site.server_port}/zorg", policy)
    assert name.asked == 1 and site.hosts == [f"rebind.invalid:{site.server_port}"]


def test_tls_goes_to_the_checked_address_with_the_names_sni_and_certificate(tmp_path: Path) -> None:
    cert = self_signed(tmp_path, "pinned.test")
    server = serve(cert)
    try:
        policy = CrawlPolicy(frozenset({"pinned.test"}), allow_private=True, resolver=Rebinding(), timeout=2.0)
        page = fetch(f"https://pinned.test:{server.server_port}/zorg", policy, verify=str(cert[0]))
        assert "Werken in de zorg" in page
        assert server.server_names == ["pinned.test"] and server.hosts == [f"pinned.test:{server.server_port}"]
        other = CrawlPolicy(frozenset({"other.test"}), allow_private=True, resolver=Rebinding(), timeout=2.0)
        with pytest.raises(Exception, match="certificate|hostname"):  # the name, not the address, is verified
            fetch(f"https://other.test:{server.server_port}/zorg", other, verify=str(cert[0]))
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("address", [
    "2002:7f00:1::1",          # 6to4 of 127.0.0.1
    "2002:a9fe:a9fe::1",       # 6to4 of 169.254.169.254
    "2002:a00:7::1",           # 6to4 of 10.0.0.7
    "64:ff9b::7f00:1",         # NAT64 of 127.0.0.1
    "64:ff9b::a9fe:a9fe",      # NAT64 of 169.254.169.254
    "64:ff9b::c0a8:101",       # NAT64 of 192.168.1.1
    "64:ff9b:1::808:808",      # a local-use NAT64 prefix
    "::ffff:169.254.169.254",  # IPv4-mapped
    "::a9fe:a9fe",             # IPv4-compatible
])
def test_ipv6_forms_of_refused_ipv4_addresses_are_refused(address: str) -> None:
    policy = CrawlPolicy(frozenset({"werkenbij.example.nl"}), resolver=lambda host, port: [address])
    with pytest.raises(FetchRefused, match="non-public"):
        policy.check("https://werkenbij.example.nl/vacatures")


@pytest.mark.parametrize("address", ["2002:808:808::1", "64:ff9b::808:808", "2a00:1450:4001:80b::2004"])
def test_forms_of_public_addresses_pass(address: str) -> None:
    policy = CrawlPolicy(frozenset({"werkenbij.example.nl"}), resolver=lambda host, port: [address])
    assert policy.check("https://werkenbij.example.nl/vacatures") == (address,)
