"""``python -m engine.jobs.worker``: the background worker that reads pages for context (RQ)."""

from __future__ import annotations

import logging
import sys

from rq import Queue, Worker

from engine.config import load_settings
from engine.store.client import connect
from engine.store.pages import QUEUE, rq_connection


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = load_settings()
    if settings.redis_cluster:
        print("the page reader needs a single Redis (RQ does not run on a cluster): "
              "unset ENGINE_REDIS_CLUSTER, or send page text and keywords with each request",
              file=sys.stderr)
        return 2
    connection = rq_connection(connect(settings))
    worker = Worker([Queue(QUEUE, connection=connection)], connection=connection)
    worker.work(with_scheduler=False, logging_level="WARNING")
    return 0


if __name__ == "__main__":
    sys.exit(main())
