"""A Redis of the test's own on a free loopback port, that the test can stop and start.

It keeps its data over a stop (SHUTDOWN SAVE, then loaded again at start),
as a Redis restarted with persistence does, or one that was only out of
reach: what was cached before an outage is there again after it.
"""

import contextlib
import os
import shutil
import subprocess
import time

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from tests.operations.site_process import free_port
from tests.requirements import unavailable


class RedisServer:
    def __init__(self, directory):
        self.binary = shutil.which("redis-server")
        if self.binary is None:
            unavailable("redis-server is not installed (Debian's redis-server)")
        self.directory = directory
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def client(self):
        # No retries: "down" must be seen at once (redis-py retries for seconds by default).
        return redis.Redis(
            host="127.0.0.1", port=self.port, socket_timeout=2, retry=Retry(NoBackoff(), 0)
        )

    def start(self):
        """Start the server on the real clock: it is a service, not code under test."""
        subprocess.run(
            [self.binary, "--bind", "127.0.0.1", "--port", str(self.port),
             "--dir", str(self.directory), "--dbfilename", "dump.rdb", "--save", "",
             "--appendonly", "no", "--daemonize", "yes",
             "--pidfile", str(self.directory / "redis.pid"),
             "--logfile", str(self.directory / "redis.log")],
            check=True, timeout=30, env=real_clock_environment(),
        )  # fmt: skip
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with contextlib.suppress(redis.RedisError):
                if self.client().ping():
                    return
            time.sleep(0.05)
        raise RuntimeError(f"redis-server on port {self.port} did not start")

    def stop(self, save=True):
        """SHUTDOWN (SAVE: the data comes back at the next start); waits until it is gone."""
        with contextlib.suppress(redis.ConnectionError):
            self.client().shutdown(save=save, nosave=not save)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                self.client().ping()
            except redis.ConnectionError:
                return
            time.sleep(0.05)
        raise RuntimeError(f"redis-server on port {self.port} did not stop")


def real_clock_environment():
    """This process's environment without libfaketime (CI runs the suite years ahead)."""
    return {
        key: value for key, value in os.environ.items() if key not in ("LD_PRELOAD", "FAKETIME")
    }
