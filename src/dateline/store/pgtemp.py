"""A throwaway PostgreSQL server for tests and local trials (Debian's binaries).

    with TempPostgres() as pg:          # initdb in a temp dir, start on a free loopback port
        store = Store.open(pg.url)

PostgreSQL refuses to run as root, so under root (CI containers) the cluster belongs to
the `postgres` system user, or `nobody` when that user does not exist.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from dateline.errors import ConfigError

SUPERUSER = "dateline"


def find_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin with initdb, else the one on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_major, reverse=True)
    if found:
        return Path(found[0]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).resolve().parent if on_path else None


def _major(path: str) -> int:
    try:
        return int(Path(path).parent.parent.name.split(".")[0])
    except ValueError:
        return 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise ConfigError("running as root and no 'postgres' or 'nobody' user to run PostgreSQL as")


class TempPostgres:
    """initdb + pg_ctl start in a temporary folder; stop() removes everything."""

    def __init__(self, bindir: Path | None = None) -> None:
        self.bindir = bindir or find_bindir()
        if self.bindir is None:
            raise ConfigError("no PostgreSQL server binaries (initdb): apt-get install postgresql")
        self.user = _run_as()
        # Another user must reach the folder: $TMPDIR may sit inside root's home.
        base = "/tmp" if self.user and os.path.isdir("/tmp") else None
        self.root = Path(tempfile.mkdtemp(prefix="dateline-pg-", dir=base))
        self.data = self.root / "data"
        self.port = _free_port()
        self.started = False

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/postgres"

    def _cmd(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        # cwd: the server user may not be allowed into the caller's folder
        return subprocess.run([str(self.bindir / args[0]), *args[1:]], user=self.user, check=check,
                              capture_output=True, text=True, timeout=120, cwd=self.root)

    def start(self) -> "TempPostgres":
        if self.user:
            pw = pwd.getpwnam(self.user)
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        try:
            self._cmd("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                      "--no-sync", "--locale=C")
            # a test server: durability off, it is deleted afterwards anyway
            opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off "
                    "-c full_page_writes=off -c synchronous_commit=off")
            self.started = True  # from here on stop() must try pg_ctl stop
            self._cmd("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.root / "log"), "-w", "-t", "60",
                      "start")
        except subprocess.CalledProcessError as exc:
            log = (self.root / "log").read_text(errors="replace")[-800:] if (self.root / "log").exists() else ""
            self.stop()
            raise ConfigError(f"could not start PostgreSQL: {exc.stderr.strip()[-400:]} {log}") from None
        except BaseException:  # interrupted while starting: leave no server or files behind
            self.stop()
            raise
        return self

    def create_database(self, name: str) -> str:
        """A fresh empty database on this server; returns its URL."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.started:
            self._cmd("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "TempPostgres":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def wait_ready(url: str, timeout: float = 30.0) -> None:
    """Block until a PostgreSQL URL accepts connections (for servers started elsewhere)."""
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    deadline = time.monotonic() + timeout
    while True:
        try:
            psycopg.connect(dsn, connect_timeout=3).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def main() -> None:
    """`python -m dateline.store.pgtemp`: run a throwaway server until interrupted."""
    import signal
    import sys

    def _interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _interrupt)  # stop cleanly on kill, too
    with TempPostgres() as pg:
        print(f"export DATELINE_TEST_PG={pg.url}", flush=True)
        print(f"# data in {pg.data}; Ctrl-C stops the server and deletes it", file=sys.stderr, flush=True)
        try:
            while True:
                signal.pause()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
