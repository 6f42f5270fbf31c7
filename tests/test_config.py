"""Settings come from the environment with defaults, and a bad value fails at start."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.config import ConfigError, load_settings


def test_defaults_without_environment() -> None:
    settings = load_settings(environ={})
    assert settings.redis_url is None
    assert settings.data_dir == Path("var")
    assert settings.admin_token is None
    assert settings.link_ttl_days == 30


def test_environment_is_read_and_overrides_win() -> None:
    env = {"REDIS_URL": "redis://127.0.0.1:6390/2", "ENGINE_LINK_TTL_DAYS": "7", "ENGINE_ADMIN_TOKEN": "x"}
    settings = load_settings({"admin_token": "y"}, environ=env)
    assert settings.redis_url == "redis://127.0.0.1:6390/2"
    assert settings.link_ttl_days == 7
    assert settings.admin_token == "y"


@pytest.mark.parametrize("env", [
    {"ENGINE_LINK_TTL_DAYS": "soon"},
    {"ENGINE_LINK_TTL_DAYS": "-1"},
    {"ENGINE_INDEX_REFRESH_SECONDS": "0"},
    {"ENGINE_PUBLIC_URL": "ads.example.nl"},
])
def test_bad_values_fail_fast(env: dict) -> None:
    with pytest.raises(ConfigError):
        load_settings(environ=env)


def test_unknown_override_is_refused() -> None:
    with pytest.raises(ConfigError):
        load_settings({"redis": "x"}, environ={})
