"""Settings come from the environment with defaults, and a bad value fails at start."""

from __future__ import annotations

import re
from dataclasses import Field, fields
from pathlib import Path

import pytest

from engine.config import ROOT, ConfigError, Settings, configuration_markdown, load_settings


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


def test_configuration_page_is_generated_from_the_declarations() -> None:
    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert page == configuration_markdown(), "run `make docs` and commit docs/configuration.md"


def test_every_setting_is_declared_once_with_its_variable_and_meaning() -> None:
    declared = [f for f in fields(Settings) if f.metadata["env"] is not None]
    assert len({f.metadata["env"] for f in declared}) == len(declared) == len(fields(Settings)) - 1  # not `testing`
    page = configuration_markdown()
    for item in declared:
        assert item.metadata["meaning"].strip()
        assert f"| `{item.metadata['env']}` | `{item.name}` |" in page


def _other_value(item: Field) -> str:
    """A valid value for ``item`` that is not its default."""
    if item.type == "bool":
        return "false" if item.default else "true"
    if item.name.endswith("_rate_limit"):
        return "7/hour"
    return {"log_format": "text", "public_url": "https://ads.example.nl"}.get(item.name, "7")


def test_each_setting_is_read_from_its_declared_variable() -> None:
    for item in fields(Settings):
        env = item.metadata["env"]
        if env is not None:
            environ = {"REDIS_URL": "redis://127.0.0.1:6390/2", env: _other_value(item)}
            assert getattr(load_settings(environ=environ), item.name) != item.default, env


@pytest.mark.parametrize(("env", "message"), [
    ({"ENGINE_SLOT_RATE_LIMIT": "lots"}, "ENGINE_SLOT_RATE_LIMIT must look like '20/hour'"),
    ({"ENGINE_LOG_FORMAT": "xml"}, "ENGINE_LOG_FORMAT must be json or text, got 'xml'"),
    ({"ENGINE_REDIS_CLUSTER": "maybe"}, "ENGINE_REDIS_CLUSTER='maybe' is not a valid bool"),
    ({"ENGINE_REDIS_CLUSTER": "true"}, "ENGINE_REDIS_CLUSTER needs REDIS_URL"),
])
def test_bad_values_name_their_variable(env: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(environ=env)
