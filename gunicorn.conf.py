"""Read by gunicorn from the working directory: tidy prometheus-client's per-process files."""

import os


def child_exit(server, worker):
    # With PROMETHEUS_MULTIPROC_DIR, a dead worker's gauges must not be summed any more.
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
