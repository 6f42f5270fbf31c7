"""Issue 17, item 4: the decision log could be cut or rewritten unnoticed.

Deleting its newest or oldest batch, or rewriting a batch and recomputing every later hash and
the head, left ``verify`` at ``ok: true``: the SHA-1 chain needed no key. The chain is now an
HMAC under a key Redis never holds, numbered, compared with the head, and a worker writes signed
checkpoints to its log; ``verify`` given one says what is missing. Real Redis throughout: each
attack is done with the commands someone with access to Redis has.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time

import pytest

from engine.store.decisions import CHECKPOINT, DecisionLog, Head, read_checkpoint
from engine.store.keys import Keys
from tests.conftest import dump_store

KEY = "the-log-key-redis-never-sees"
VERSIONS = DecisionLog.versions_fragment({"taxonomy_version": "t"})


class Ad:
    vacancy_id, template, score = "v", "nl/open-1", 0.5


def written(connection, batches: int = 6, **options) -> DecisionLog:  # noqa: ANN001, ANN003
    log = DecisionLog(connection, flush_seconds=0, key=KEY, **options)
    for _ in range(batches):
        log.record("render", [Ad()], [], [], VERSIONS)  # flush_seconds=0: one batch each
    return log


def test_an_untouched_log_verifies(fresh_db) -> None:
    log = written(fresh_db[1])
    result = log.verify(read_checkpoint(log.checkpoint().line()))
    assert (result.ok, result.entries, result.reason) == (True, 6, None)
    assert [int(f["n"]) for _, f in fresh_db[1].xrange(Keys.decisions)] == [1, 2, 3, 4, 5, 6]


def test_deleting_the_newest_batch_shows(fresh_db) -> None:
    log, connection = written(fresh_db[1]), fresh_db[1]
    newest = connection.xrevrange(Keys.decisions, count=1)[0][0]
    connection.xdel(Keys.decisions, newest)
    result = log.verify()
    assert not result.ok and "newest batches are missing" in result.reason and "batch 6" in result.reason


def test_deleting_the_oldest_batch_shows(fresh_db) -> None:
    log, connection = written(fresh_db[1]), fresh_db[1]
    oldest = connection.xrange(Keys.decisions, count=1)[0][0]
    connection.xdel(Keys.decisions, oldest)
    result = log.verify()
    assert not result.ok and "before number 2 were removed before their time" in result.reason


@pytest.mark.parametrize("recompute", ["sha1", "hmac-other-key"])
def test_rewriting_a_batch_and_every_later_hash_and_the_head_shows(fresh_db, recompute: str) -> None:
    log, connection = written(fresh_db[1]), fresh_db[1]
    entries = connection.xrange(Keys.decisions)
    forger = DecisionLog(connection, flush_seconds=0, key="a-guess")
    connection.delete(Keys.decisions)
    previous = None
    for position, (entry_id, fields) in enumerate(entries):
        if position == 2:
            fields = {**fields, "payload": fields["payload"].replace('"score":0.5', '"score":0.9')}
        if previous is not None:
            fields = {**fields, "prev": previous}
        if position >= 2:  # recompute this hash and every later one, as the old chain allowed
            body = (fields["prev"] + fields["payload"]).encode()
            fields["hash"] = hashlib.sha1(body).hexdigest() if recompute == "sha1" else forger._mac(  # noqa: S324
                int(fields["n"]), int(fields["at"]), fields["prev"], int(fields["prev_at"]), fields["payload"])
        connection.xadd(Keys.decisions, fields, id=entry_id)
        previous = fields["hash"]
    head = Head.read(connection.get(Keys.decisions_head))
    connection.set(Keys.decisions_head, Head(head.n, previous, head.at).dumps())
    result = log.verify()
    assert not result.ok and "changed" in result.reason and result.broken_at == entries[2][0]


def test_a_cut_with_the_head_rewritten_shows_against_a_checkpoint(fresh_db) -> None:
    log, connection = written(fresh_db[1]), fresh_db[1]
    checkpoint = log.checkpoint()
    for entry_id, _ in connection.xrevrange(Keys.decisions, count=2):
        connection.xdel(Keys.decisions, entry_id)
    fields = connection.xrevrange(Keys.decisions, count=1)[0][1]
    connection.set(Keys.decisions_head, Head(int(fields["n"]), fields["hash"], int(fields["at"])).dumps())
    assert log.verify().ok  # inside Redis the cut is consistent ...
    result = log.verify(checkpoint)  # ... the checkpoint, kept outside, says what is gone
    assert not result.ok
    assert result.reason.startswith("batches 5 to 6 are missing") and checkpoint.time in result.reason


def test_a_forged_checkpoint_is_refused(fresh_db) -> None:
    log = written(fresh_db[1])
    honest = log.checkpoint()
    forged = json.loads(honest.line()) | {"count": 3}
    result = log.verify(read_checkpoint(json.dumps(forged)))
    assert not result.ok and "signature" in result.reason
    assert not DecisionLog(fresh_db[1], key="another-key").verify(honest).ok


def test_checkpoints_go_to_the_log_at_a_fixed_interval(fresh_db, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="engine.store.decisions"):
        log = written(fresh_db[1], batches=3, checkpoint_seconds=3600)
        log.flush()
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith(CHECKPOINT)]
    assert len(lines) == 1  # the first append is followed by one; the next waits for the interval
    checkpoint = read_checkpoint(lines[0])
    assert checkpoint.count == 1 and log.verify(checkpoint).ok  # written after the first batch
    as_json_line = json.dumps({"time": "t", "level": "INFO", "message": lines[0]})
    assert read_checkpoint(as_json_line) == checkpoint
    with caplog.at_level(logging.INFO, logger="engine.store.decisions"):
        again = written(fresh_db[1], batches=1, checkpoint_seconds=0.001)
        time.sleep(0.01)
        again.flush()  # nothing appended since: an idle worker writes none
        assert sum(r.getMessage().startswith(CHECKPOINT) for r in caplog.records) == 2
        time.sleep(0.01)
        again.record("render", [Ad()], [], [], VERSIONS)
    assert sum(r.getMessage().startswith(CHECKPOINT) for r in caplog.records) == 3


def test_trimming_by_length_or_age_is_not_a_cut(fresh_db) -> None:
    log = written(fresh_db[1], batches=3, max_entries=50)
    early = log.checkpoint()
    for _ in range(300):
        log.record("render", [Ad()], [], [], VERSIONS)
    assert fresh_db[1].xlen(Keys.decisions) < 303
    result = log.verify(early)
    assert result.ok, result.reason


def test_the_key_is_not_in_redis_and_two_workers_keep_one_chain(fresh_db) -> None:
    first, second = DecisionLog(fresh_db[1], key=KEY), DecisionLog(fresh_db[1], key=KEY)

    def work(log: DecisionLog) -> None:
        for _ in range(40):
            log.record("render", [Ad()], [], [], VERSIONS)
            log.flush()

    threads = [threading.Thread(target=work, args=(log,)) for log in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for log in (first, second):
        log.stop()
        log.flush()
    result = first.verify(second.checkpoint())
    assert result.ok, result
    assert len(list(first.export())) == 80  # every decision, in one chain (batches may hold several)
    assert KEY not in repr(dump_store(fresh_db[1]))


def test_a_log_written_before_the_hmac_chain_carries_on(fresh_db) -> None:
    connection, head = fresh_db[1], "0" * 40
    for _ in range(3):  # the SHA-1 chain of earlier versions
        payload = '[{"vacancy":"v"}]'
        digest = hashlib.sha1((head + payload).encode()).hexdigest()  # noqa: S324
        connection.xadd(Keys.decisions, {"payload": payload, "prev": head, "hash": digest})
        head = digest
    connection.set(Keys.decisions_head, head)
    log = written(connection, batches=2)
    result = log.verify(log.checkpoint())
    assert result.ok and result.entries == 5, result
    legacy = connection.xrange(Keys.decisions)[1][0]
    connection.xdel(Keys.decisions, legacy)
    assert not log.verify().ok


def test_verify_takes_a_checkpoint_through_the_api_and_the_cli(fresh_app, fresh_db) -> None:  # noqa: ANN001
    from engine.web.runtime import get_runtime
    from tests.conftest import ADMIN

    log = get_runtime(fresh_app).oversight.decisions
    for _ in range(3):
        log.record("render", [Ad()], [], [], VERSIONS)
        log.flush()
    checkpoint = log.checkpoint().line()
    newest = fresh_db[1].xrevrange(Keys.decisions, count=1)[0]
    fresh_db[1].xdel(Keys.decisions, newest[0])
    fields = fresh_db[1].xrevrange(Keys.decisions, count=1)[0][1]
    fresh_db[1].set(Keys.decisions_head, Head(int(fields["n"]), fields["hash"], int(fields["at"])).dumps())
    client = fresh_app.test_client()
    assert client.get("/v1/decisions/verify", headers=ADMIN).json["ok"] is True
    answer = client.get("/v1/decisions/verify", query_string={"checkpoint": checkpoint}, headers=ADMIN).json
    assert answer["ok"] is False and answer["reason"].startswith("batch 3 is missing")
    refused = client.get("/v1/decisions/verify", query_string={"checkpoint": "{not json"}, headers=ADMIN)
    assert refused.status_code == 422 and refused.json["error"]["field"] == "checkpoint"
    result = fresh_app.test_cli_runner().invoke(args=["decisions", "verify", "--checkpoint", checkpoint])
    assert result.exit_code == 1 and "batch 3 is missing" in result.output
