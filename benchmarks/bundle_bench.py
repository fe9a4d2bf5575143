"""The frozen app (issue 8): one-folder size and start-up, next to the source run.

Targets: the one-folder bundle <= 150 MiB; the frozen first page no slower than the source run.
Start-up is timed as a whole `--snapshot` of the sample case (start, every page drawn, exit).
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
BUNDLE = ROOT / "dist" / "scers-desktop"


def _size_mib(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def _seconds(command: list[str], runs: int = 3) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            subprocess.run([*command, "--snapshot", out], check=True, capture_output=True, env=env)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> list[str]:
    if not (BUNDLE / "scers-desktop").exists():
        return ["bundle: not built (run `make build` first for the bundle figures)"]
    frozen = _seconds([str(BUNDLE / "scers-desktop")])
    source = _seconds([sys.executable, "-m", "scers_desktop.app"])
    return [
        f"bundle: one-folder size            {_size_mib(BUNDLE):8.0f} MiB  (target <= 150 MiB)",
        f"bundle: frozen --snapshot (warm)   {frozen:8.2f} s    (source run {source:.2f} s; target: no slower)",
    ]
