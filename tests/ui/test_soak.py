"""Soak: the real window survives thousands of recomputes, and Qt keeps its references to ``None``.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` on every Qt call that returns nothing,
and the app aborted after about a hundred recomputes. The window is driven in a child process
(``soak_driver.py``) so that such an abort is reported here as a failure, with its output, instead of
killing the test run. It guards any upgrade of Qt, pyqtgraph or Python, whatever the cause.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).with_name("soak_driver.py")
RECOMPUTES = 3000
TIMEOUT_SECONDS = 600


def test_the_window_survives_thousands_of_recomputes_without_losing_none(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(RECOMPUTES), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        env=env,
        check=False,
    )
    output = f"exit status {done.returncode}\n--- stdout\n{done.stdout[-4000:]}\n--- stderr\n{done.stderr[-4000:]}"
    assert done.returncode == 0, output
    found = re.search(r"SOAK recomputes=(\d+) none_before=(\d+) none_after=(\d+)", done.stdout)
    assert found is not None, output
    recomputes, before, after = map(int, found.groups())
    assert recomputes >= RECOMPUTES, output
    assert after >= before, output
