"""``python tests/crash_launcher.py POINT run ARGS…``: the ``press-extract`` CLI with a fault hook
that SIGKILLs the run at the commit step POINT (see ``runner.FaultHook``; tests/test_crash.py)."""
import functools
import os
import signal
import sys

from pipeline.batch import runner
from pipeline.cli import main


def kill_at(point: str):
    def hook(name: str) -> None:
        if name == point:
            os.kill(os.getpid(), signal.SIGKILL)
    return hook


if __name__ == "__main__":
    runner.run = functools.partial(runner.run, fault=kill_at(sys.argv.pop(1)))   # the CLI looks it up per call
    main()
