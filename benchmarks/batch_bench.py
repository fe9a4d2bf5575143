"""``scers-estimate`` over many distinct full members: speed on one core, and memory over 20,000 files.

Speed (issue 16): ``scers-estimate --json`` on N distinct full members (:mod:`benchmarks.members`), per
file, beside the floor of reading, parsing and writing the same files as JSON in the same run; each figure
is the slope between a one-file and an N-file run (so start-up is left out), the median of alternating
runs, on one core (``taskset -c 0`` when there is one). Target: <= 0.5 ms a file (>= 2,000 files/s).

Memory: the CLI's peak resident set (``VmHWM``) at one file, 1,000 and 20,000 distinct files (target:
flat, the growth per file near zero), read by the CLI's own process just before it ends. Not the rusage
of a child (``ru_maxrss``): Linux carries the parent's resident set at the fork into it, so a benchmark
holding 20,000 file names or scenarios would be counted as the CLI's memory.
"""

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.members import write_members
from scers_desktop.cli import default_jobs

#: The day every benchmark run estimates on (fixed, so runs on different days compare).
AS_OF = "2026-12-01"

#: The floor a file cannot go below: read it, parse the JSON, write one JSON line.
FLOOR = """
import json, sys
out = sys.stdout
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as stream:
        data = json.loads(stream.read())
    out.write(json.dumps({"file": name, "data": data}) + "\\n")
"""


#: ``scers-estimate`` that writes its peak resident set in KiB to stderr as its last line.
MEASURED_CLI = """
import resource, runpy, sys
try:
    runpy.run_module("scers_desktop.cli", run_name="__main__", alter_sys=True)
finally:
    try:
        with open("/proc/self/status") as status:
            peak = next(line.split()[1] for line in status if line.startswith("VmHWM"))
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stderr.write(f"\\n{peak}\\n")
"""


def _one_core() -> list[str]:
    """``taskset -c 0`` when the machine has it (a shared machine's other core does not help)."""
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def _cli(files: list[str], *extra: str) -> list[str]:
    return [sys.executable, "-m", "scers_desktop.cli", "--json", "--as-of", AS_OF, *extra, *files]


def _timed(command: list[str], folder: Path) -> float:
    """Seconds of one run, its output to a file (as a batch writes it)."""
    with (folder / "out.jsonl").open("wb") as out:
        start = time.perf_counter()
        subprocess.run(command, cwd=folder, stdout=out, stderr=subprocess.DEVNULL, check=False)
        return time.perf_counter() - start


def _slope(command: list[str], one: list[str], many: list[str], folder: Path) -> float:
    """Seconds per file between the one-file and the many-file run of ``command``."""
    single = _timed([*command, *one], folder)
    total = _timed([*command, *many], folder)
    return (total - single) / (len(many) - len(one))


def speed(count: int = 1000, runs: int = 3) -> list[str]:
    """The per-file time of the CLI and of the floor, alternating; medians and their ratio."""
    core = _one_core()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = [Path(p).name for p in write_members(folder, count)]
        floors, clis, spread = [], [], []
        for _ in range(runs):
            floors.append(_slope([*core, sys.executable, "-c", FLOOR], files[:1], files, folder))
            clis.append(_slope([*core, *_cli([], "--jobs", "1")], files[:1], files, folder))
            spread.append(_slope(_cli([]), files[:1], files, folder))
        lines = (folder / "out.jsonl").read_text().splitlines()
        errors = sum('"error"' in json.loads(line) for line in lines)
    floor, cli, jobs = statistics.median(floors), statistics.median(clis), statistics.median(spread)
    where = "one core" if core else "all cores"
    return [
        f"cli: read+parse+write JSON floor  {floor * 1000:8.3f} ms/file  (anchor of the next line; {where})",
        f"cli: --json, {count:,} distinct members {cli * 1000:6.2f} ms/file  ({1 / cli:,.0f}/s; "
        f"{cli / floor:.0f}x the floor; {errors} errors; target <= 0.5 ms/file)",
        f"cli: the same, --jobs {default_jobs()} (default) {jobs * 1000:6.2f} ms/file  ({1 / jobs:,.0f}/s; "
        f"{cli / jobs:.2f}x one core; on a shared machine the other cores may be busy)",
    ]


def _peak_kib(files: list[str], folder: Path) -> int:
    """The peak resident set of ``scers-estimate --json --jobs 1`` over ``files``, in KiB."""
    command = [sys.executable, "-c", MEASURED_CLI, "--json", "--as-of", AS_OF, "--jobs", "1", *files]
    with (folder / "out.jsonl").open("wb") as out:
        done = subprocess.run(command, cwd=folder, stdout=out, stderr=subprocess.PIPE, check=False)
    return int(done.stderr.split()[-1])


def memory(counts: tuple[int, int] = (1000, 20000)) -> list[str]:
    """Peak resident set of the CLI at one file and at each count of distinct files.

    Python's start-up with 20,000 names on the command line holds about 13 MiB more before the CLI runs,
    so each count is also run over as many names of files that do not exist (the same length): the
    growth per member is what the members add beyond the names.
    """
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = [Path(p).name for p in write_members(folder, max(counts))]
        one = _peak_kib(files[:1], folder)
        sizes = {count: _peak_kib(files[:count], folder) for count in counts}
        names = {count: _peak_kib([f"absent{i:05d}.scers.json" for i in range(count)], folder) for count in counts}
    first, last = counts
    growth = ((sizes[last] - names[last]) - (sizes[first] - names[first])) * 1024 / (last - first)
    shown = ", ".join(f"{count:,} files {sizes[count] / 1024:.1f} MiB" for count in counts)
    return [
        f"cli: memory, one file             {one / 1024:8.1f} MiB  (anchor of the next line; peak resident set)",
        f"cli: memory, {shown}  ({sizes[last] / one:.2f}x one file; {names[last] / 1024:.1f} MiB for "
        f"{last:,} names of missing files)",
        f"cli: memory per member beyond the names {growth:+6.0f} bytes  (target flat: 0)",
    ]


def run() -> list[str]:
    return speed() + memory()


if __name__ == "__main__":
    for line in run():
        print(line, flush=True)
