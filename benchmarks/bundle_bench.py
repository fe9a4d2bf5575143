"""The frozen app (issues 8 and 16): one-folder size and start-up, next to the source run.

Goals: the one-folder bundle <= 150 MiB; the frozen `scers-estimate` starting no slower than the
source CLI (1.0x); the frozen `--snapshot` of the sample case (start, every page drawn, exit) no
slower than the source run. Frozen and source runs alternate, and each figure is the median.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scers_desktop.app import sample_case

ROOT = Path(__file__).parent.parent
BUNDLE = ROOT / "dist" / "scers-desktop"
SIZE_GOAL_MIB = 150


def _size_mib(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def _alternating(frozen: list[str], source: list[str], runs: int, snapshot: bool = False) -> tuple[float, float]:
    """Median wall time of each command, run in turn (frozen, source, frozen, …)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times: dict[int, list[float]] = {0: [], 1: []}
    for _ in range(runs):
        for which, command in enumerate((frozen, source)):
            with tempfile.TemporaryDirectory() as out:
                args = [*command, "--snapshot", out] if snapshot else command
                start = time.perf_counter()
                subprocess.run(args, check=True, capture_output=True, env=env)
                times[which].append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def run() -> list[str]:
    if not (BUNDLE / "scers-desktop").exists():
        return ["bundle: not built (run `make build` first for the bundle figures)"]
    case = str(sample_case())
    frozen_cli = [str(BUNDLE / "scers-estimate"), "--json", case]
    cli, cli_source = _alternating(frozen_cli, [sys.executable, "-m", "scers_desktop.cli", "--json", case], 11)
    app, app_source = _alternating(
        [str(BUNDLE / "scers-desktop")], [sys.executable, "-m", "scers_desktop.app"], 3, snapshot=True
    )
    size = _size_mib(BUNDLE)
    return [
        f"bundle: one-folder size            {size:8.0f} MiB  "
        f"(goal <= {SIZE_GOAL_MIB} MiB; {size / SIZE_GOAL_MIB:.2f}x the goal)",
        f"bundle: frozen scers-estimate      {cli * 1000:8.0f} ms   "
        f"(source CLI {cli_source * 1000:.0f} ms: {cli / cli_source:.2f}x; goal <= 1.0x)",
        f"bundle: frozen --snapshot          {app:8.2f} s    "
        f"(source run {app_source:.2f} s: {app / app_source:.2f}x; goal <= 1.0x)",
    ]
