"""``python -m engine.jobs.worker``: the background worker that reads pages for context (RQ)."""

from __future__ import annotations

import logging
import sys
from typing import TextIO

from pythonjsonlogger.json import JsonFormatter
from rq import Queue, Worker

from engine.config import load_settings, resolve_log_format
from engine.store.client import connect
from engine.store.pages import QUEUE, rq_connection

TEXT = "%(asctime)s [%(process)d] [%(levelname)s] %(name)s: %(message)s"  # as the server's engine lines


def log_handler(log_format: str, stream: TextIO | None = None) -> logging.Handler:
    """The worker writes as the server does (``ENGINE_LOG_FORMAT``): plain lines to a terminal,
    one JSON object a line (time, level, logger, message, pid) when collected or asked."""
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    if resolve_log_format(log_format, handler.stream) == "json":
        handler.setFormatter(JsonFormatter(["levelname", "name", "message", "process"], timestamp="time",
                                           rename_fields={"levelname": "level", "name": "logger", "process": "pid"}))
    else:
        handler.setFormatter(logging.Formatter(TEXT, "[%Y-%m-%d %H:%M:%S %z]"))
    return handler


def main() -> int:
    settings = load_settings()
    logging.basicConfig(level=logging.INFO, handlers=[log_handler(settings.log_format)])
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
