"""One run at a time per output folder: a lock file in ``OUT/.press-extract/lock``.

The lock is a POSIX record lock (``fcntl.lockf``) on that file. The kernel
drops it when the holding process dies, however it dies, so a lock left by a
killed run is free again; the pid written into the file only serves the
messages (who holds it; whose stale lock was taken over). Record locks are not
inherited by forked worker processes, so orphaned workers never keep it.
"""
from __future__ import annotations

import errno
import fcntl
import logging
import os
import socket
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from pipeline.batch.state import remove_if_directory, state_dir

log = logging.getLogger("press_extract")
LOCK_FILE = "lock"
#: Lock files held by this process (record locks do not exclude the process itself).
_HELD: set[str] = set()


class Locked(Exception):
    """Another run holds the lock of the output folder."""


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holder(text: str) -> tuple[int, str, str]:
    parts = text.split()
    try:
        return int(parts[0]), parts[1], " ".join(parts[2:])
    except (IndexError, ValueError):
        return 0, "", ""


class Held:
    """The lock a run holds; :meth:`check` before committing."""

    def __init__(self, path: Path, fd: int):
        self.path, self.fd = path, fd

    def check(self) -> None:
        """Raise :class:`Locked` when the lock file is no longer ours (``.press-extract/`` deleted
        during the run): a second run may have started on a new lock file, and only one may commit."""
        try:
            same = os.path.samestat(os.fstat(self.fd), os.stat(self.path))
        except OSError:
            same = False
        if not same:
            raise Locked(f"the lock file {self.path} was removed or replaced during this run; "
                         "not writing the tables (another run may hold the new lock)")


@contextmanager
def locked(out: Path) -> Iterator[Held]:
    """Hold the lock of ``out`` for the block; raises :class:`Locked` when another run has it."""
    d = state_dir(out)
    d.mkdir(parents=True, exist_ok=True)
    path = d / LOCK_FILE
    key = str(path.resolve())
    if key in _HELD:
        raise Locked(f"{out} is locked by this process already")
    remove_if_directory(path)    # a directory in its place would stop every run
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        previous = os.pread(fd, 200, 0).decode("utf-8", "replace")
        pid, host, since = _holder(previous)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EAGAIN):
                who = f"pid {pid} on {host}, started {since}" if pid else "another process"
                raise Locked(f"another press-extract run ({who}) is writing to {out}; "
                             f"not starting a second one") from None
            if exc.errno != errno.ENOLCK:
                raise
            # File system without record locks: fall back to the pid in the file.
            if pid and pid != os.getpid() and host == socket.gethostname() and _pid_alive(pid):
                raise Locked(f"another press-extract run (pid {pid}, started {since}) is writing to {out}") from None
        if pid:
            log.warning("taking over the stale lock of pid %s on %s (started %s): that run is gone", pid, host, since)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {socket.gethostname()} {time.strftime('%Y-%m-%dT%H:%M:%S%z')}\n"
                  .encode(), 0)
        _HELD.add(key)
        try:
            yield Held(path, fd)
        finally:
            _HELD.discard(key)
            os.ftruncate(fd, 0)   # an empty file = released cleanly
    finally:
        os.close(fd)             # closing drops the record lock
