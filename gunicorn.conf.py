"""gunicorn settings for Plainsight. Every value can be overridden on the command line.

Workers are stateless: each holds a copy of the vacancy index and the oversight state, caught
up from Redis every ENGINE_INDEX_REFRESH_SECONDS, so any number of servers on any number of
hosts can share one Redis (REDIS_URL). Memory per worker: about 250 MB at 100,000 vacancies
(bench/scale_bench.py); the spaCy pipelines are most of it below 10,000.
"""

import gc
import os

from engine.config import load_settings
from engine.ops import demo
from engine.ops.gunicorn_logging import log_config
from engine.web import metrics

# Where to listen: GUNICORN_BIND, else loopback on PORT (8000); put a reverse proxy in front for the world.
bind = demo.bind_address()

# One worker per core: requests are CPU-bound (matching, templating), not I/O-bound. More
# workers than cores only queue inside the box what the proxy could queue in front of it.
workers = int(os.environ.get("GUNICORN_WORKERS", str(os.cpu_count() or 2)))

# Sync workers: one request at a time per process. Rendering is CPU-bound, so threads only
# add GIL hand-offs (measured: gthread halves render throughput here); keep-alive belongs to
# the reverse proxy in front. `threads` applies only when GUNICORN_WORKER_CLASS=gthread.
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "1"))  # >1 turns sync workers into gthread
keepalive = 5

# No control socket: every server on a host would share the one default path
# (~/.gunicorn/gunicorn.ctl) and several servers per host is how this engine scales.
control_socket_disable = True

# Load models and the catalogue once in the master; workers share those pages copy-on-write,
# and a worker that is replaced starts from the master's copy and catches up by patches.
preload_app = True

# Bound request size at the HTTP layer too (the app enforces the per-route body limits).
limit_request_line = 8190
limit_request_fields = 64
limit_request_field_size = 8190

# A render takes milliseconds; a worker silent for 30 s is stuck and is replaced. On SIGTERM,
# requests in flight get 10 s to finish (buffered counters are flushed at exit).
timeout = 30
graceful_timeout = 10

# Access log WITHOUT the client address, forwarded-for, user agent, referer or query string:
# time, method, path, protocol, status, bytes, duration in ms.
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")

# Tokens of preferences and signed links sit in paths: the logger redacts them (and the client
# address gunicorn would put in its warning about a malformed request).
logger_class = "engine.ops.gunicorn_logging.RedactingLogger"

# The access log on stdout; gunicorn's and the engine's own loggers on stderr. ENGINE_LOG_FORMAT=json
# writes one JSON object a line (time, level, logger, message, pid, and for a request its route,
# method, redacted path, status, bytes and duration_ms); text the plain lines above; auto (the
# default) text when stderr is a terminal, JSON when it is not.
# These streams replace accesslog/errorlog: let the process manager carry them on.
# GUNICORN_ACCESS_LOG=off leaves the access log out (the benchmarks do, for engine and baseline alike).
logconfig_dict = log_config(load_settings().log_format, loglevel,
                            access=os.environ.get("GUNICORN_ACCESS_LOG", "on").lower() != "off")


# Metrics of every worker: with PROMETHEUS_MULTIPROC_DIR set, each worker keeps its counts in files
# there and GET /metrics adds them up. Counts of an earlier run must not be added: the directory is
# emptied when the server starts; a worker that exits takes its gauges with it.
def on_starting(server):  # noqa: ANN001, ANN201 - gunicorn's server hook
    metrics.reset_multiprocess_dir()


# The pipelines, taxonomy and catalogue the master loaded are some 300,000 objects the garbage
# collector would walk on every full collection (150-185 ms, measured: a pause every worker
# takes now and then, mid-request). They live as long as the process: freeze them before each
# fork, so collections skip them and a worker's reads do not copy those pages.
def pre_fork(server, worker):  # noqa: ANN001, ANN201 - gunicorn's server hook
    gc.freeze()


def child_exit(server, worker):  # noqa: ANN001, ANN201 - gunicorn's server hook
    metrics.worker_exited(worker.pid)


# `make run` only (PLAINSIGHT_DEMO_BANNER=1): once the server listens, where everything is and the
# admin token, printed once by the master. A production server prints nothing of the kind.
def when_ready(server):  # noqa: ANN001, ANN201 - gunicorn's server hook
    demo.print_banner()
