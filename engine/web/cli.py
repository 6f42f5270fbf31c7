"""``flask --app wsgi vacancies import FILE`` and friends."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import click
from flask import Flask
from flask.cli import AppGroup

from engine.domain.errors import EngineError, NotFound
from engine.domain.jobposting import shift_dates
from engine.store.apikeys import DEFAULT_RATE
from engine.web.runtime import services

vacancies = AppGroup("vacancies", help="Manage the vacancy catalogue.")


@vacancies.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--written-on", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Shift the postings' dates from this day to today (keeps a demo catalogue alive).")
def import_command(file: Path, written_on: datetime | None) -> None:
    """Import schema.org JobPosting JSON-LD (an object, a list or @graph) from FILE."""
    catalogue = services().vacancies
    try:
        payload = json.loads(file.read_text(encoding="utf-8"))
        if written_on is not None:
            payload = shift_dates(payload, date.today() - written_on.date())
        vacancies_ok, rejected = catalogue.parse(payload)
    except (ValueError, EngineError) as exc:
        raise click.ClickException(f"{file}: {getattr(exc, 'message', exc)}") from None
    with click.progressbar(length=len(vacancies_ok), label="Importing vacancies") as bar:
        ids = catalogue.save(vacancies_ok, progress=bar.update)
    catalogue.rebuild_index()  # leaves an index snapshot: workers started after this read it, not the catalogue
    click.echo(f"imported {len(ids)} vacancies, rejected {len(rejected)}")
    for item in rejected:
        where = f" ({item['field']})" if item["field"] else ""
        click.echo(f"  posting {item['index']}{where}: {item['error']}", err=True)


@vacancies.command("count")
def count_command() -> None:
    """How many vacancies the catalogue holds."""
    click.echo(str(services().vacancies.rebuild_index()))


slots = AppGroup("slots", help="Manage the ad slots of career sites.")


@slots.command("put")
@click.argument("slot_id")
@click.option("--domain", "domains", multiple=True, required=True, help="A host that may frame the slot.")
@click.option("--site", default=None, help="The site's name.")
@click.option("--language", type=click.Choice(["nl", "en"]), default=None)
@click.option("--size", default="responsive", help="300x250, 728x90, 320x100 or responsive.")
@click.option("--keyword", "keywords", multiple=True, help="What the site is about (for pages that say nothing).")
def put_slot_command(slot_id: str, domains: tuple[str, ...], site: str | None, language: str | None, size: str,
                     keywords: tuple[str, ...]) -> None:
    """Create or replace a slot."""

    body = {"allowed_domains": list(domains), "size": size, "keywords": list(keywords)}
    body.update({k: v for k, v in {"site": site, "language": language}.items() if v})
    try:
        slot = services().slots.put(slot_id, body, CLI_WHO)
    except EngineError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(f"slot {slot_id}: framed by {', '.join(slot.allowed_domains)}")


decisions = AppGroup("decisions", help="The hash-chained decision log.")


@decisions.command("export")
@click.argument("output", type=click.File("w"), default="-")
def export_decisions(output) -> None:  # noqa: ANN001 - click's file
    """Write the decision log as JSON Lines to OUTPUT (default: standard output)."""
    for line in services().oversight.export_decisions():
        output.write(line + "\n")


@decisions.command("verify")
@click.option("--checkpoint", default=None, help="a checkpoint copied from a worker's log: also check every batch "
                                                  "it saw is still there")
def verify_decisions(checkpoint: str | None) -> None:
    """Check the hash chain; exit 1 and say where when it is broken."""
    try:
        result = services().oversight.verify_decisions(checkpoint)
    except EngineError as exc:
        raise click.ClickException(exc.message) from None
    if not result.ok:
        raise click.ClickException(
            f"chain broken at {result.broken_at} after {result.entries} entries: {result.reason}")
    click.echo(f"decision log intact: {result.entries} entries")


fairness = AppGroup("fairness", help="Fairness monitor.")


@fairness.command("counterfactual")
def counterfactual_command() -> None:
    """Rank paired interests (with/without a statement about the person, gendered/neutral titles)
    and report every pair whose ranking differs; exit 1 if any does."""

    results = services().oversight.counterfactual()
    for result in results:
        mark = "same" if result.same else "DIFFERENT"
        click.echo(f"{mark:9} {result.with_statement!r} vs {result.without!r}")
    differing = [r for r in results if not r.same]
    if differing:
        raise click.ClickException(f"{len(differing)} of {len(results)} pairs rank differently")
    click.echo(f"all {len(results)} pairs rank the same")


studio = AppGroup("studio", help="Marketeers' accounts for the studio.")
CLI_WHO = "cli"


@studio.command("add-user")
@click.argument("name")
@click.password_option(help="At least 12 characters; asked for twice when not given.")
def add_user(name: str, password: str) -> None:
    """Create (or reset the password of) the studio account NAME."""

    try:
        services().accounts.add_user(name, password, CLI_WHO)
    except EngineError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(f"account {name!r} saved")


@studio.command("remove-user")
@click.argument("name")
def remove_user(name: str) -> None:
    if not services().accounts.remove_user(name, CLI_WHO):
        raise click.ClickException(f"no account {name!r}")
    click.echo(f"account {name!r} removed")


@studio.command("users")
def list_users() -> None:
    for name in services().accounts.users():
        click.echo(name)


apikeys = AppGroup("apikeys", help="API keys of ad networks and partners (stored only as keyed hashes).")


@apikeys.command("add")
@click.argument("name")
@click.option("--rate", default=None, help="Requests per second, minute, hour or day, e.g. '600/second'.")
def add_apikey(name: str, rate: str | None) -> None:
    """Issue a key for NAME and print it: this is the only time it is shown."""

    try:
        key, record = services().apikeys.issue(name, rate or DEFAULT_RATE, CLI_WHO)
    except EngineError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(f"API key {name!r} ({record.rate}); send it as 'X-Api-Key: <key>'. It is not shown again:")
    click.echo(key)


@apikeys.command("list")
def list_apikeys() -> None:
    """Names, rates and creation times (never the keys)."""
    for record in services().apikeys.all():
        click.echo(f"{record.name}\t{record.rate}\t{record.created_at}")


@apikeys.command("revoke")
@click.argument("name")
def revoke_apikey(name: str) -> None:
    """Revoke the key NAME: it answers 401 from then on."""
    try:
        services().apikeys.revoke(name, CLI_WHO)
    except NotFound:
        raise click.ClickException(f"no API key {name!r}") from None
    click.echo(f"API key {name!r} revoked")


def init_app(app: Flask) -> None:
    app.cli.add_command(apikeys)
    app.cli.add_command(studio)
    app.cli.add_command(vacancies)
    app.cli.add_command(slots)
    app.cli.add_command(decisions)
    app.cli.add_command(fairness)
