"""Cost against input size (issue 12): time and peak memory for 1, 100, 1,000 and 10,000 employment
periods, each with a leave, so that growth can be seen to be linear.

Each size runs in its own process (a fresh interpreter: no cache or earlier size helps it), after a
warm-up on another member that reads the data files, and every run is on a distinct member. Per size:
reading the file (the scenario loader), the estimate with its 26-age sweep (the engine, on a scenario
built directly; the best of three members), and the peak memory of the engine's work (tracemalloc, on
a fourth member so that the timing is not slowed by it). Each step multiplies the input by 10 or 100;
a ratio column divides a figure by the one before it, so linear growth shows ratios at most the size
ratio (smaller at first, while the fixed cost of pricing the options dominates).
"""

import json
import subprocess
import sys
import time
import tracemalloc

from scers_desktop.engine import ScenarioError, estimate, parse_scenario, sweep
from scers_desktop.engine.scenario_file import scenario_to_dict
from tests.helpers import TODAY, long_career

SIZES = (1, 100, 1_000, 10_000)
AGES = range(50, 76)


def _raw(periods: int, seed: int) -> dict[str, object]:
    """The member as a scenario file's JSON object."""
    return json.loads(json.dumps(scenario_to_dict(long_career(periods, seed)), default=str))


def measure(periods: int) -> dict[str, float]:
    """The figures for one size, measured in this process."""
    warm_up = long_career(1, seed=-1)
    parse_scenario(_raw(1, -1), today=TODAY)
    estimate(warm_up, as_of=TODAY)
    raw = _raw(periods, periods)
    start = time.perf_counter()
    try:
        parse_scenario(raw, today=TODAY)
        refused = 0.0
    except ScenarioError:  # past the loader's documented list limits: refused, in bounded time
        refused = 1.0
    load = time.perf_counter() - start
    engine = float("inf")
    for seed in (1, 2, 3):
        member = long_career(periods, seed=periods + seed)
        start = time.perf_counter()
        estimate(member, as_of=TODAY)
        sweep(member, AGES)
        engine = min(engine, time.perf_counter() - start)
    other = long_career(periods, seed=periods + 4)
    tracemalloc.start()
    estimate(other, as_of=TODAY)
    sweep(other, AGES)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"load": load, "engine": engine, "peak_mb": peak / 1e6, "refused": refused}


def _ratio(now: float, before: float | None) -> str:
    return "" if before is None or before <= 0 else f"x{now / before:.1f}"


def run() -> list[str]:
    lines = ["size: periods + leaves   load s  ratio  estimate+sweep s  ratio  peak MB  ratio"]
    previous: dict[str, float] = {}
    for periods in SIZES:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.size_bench", str(periods)], capture_output=True, text=True, check=True
        )
        now = json.loads(done.stdout.strip().splitlines()[-1])
        ratios = {key: _ratio(now[key], previous.get(key)) for key in now}
        if now["refused"]:
            ratios["load"] = ""
        lines.append(
            f"size: {periods:>6,} + {periods:<6,}  {now['load']:8.3f} {ratios['load']:>6}  "
            f"{now['engine']:16.3f} {ratios['engine']:>6}  {now['peak_mb']:7.1f} {ratios['peak_mb']:>6}"
            + (
                "  (file refused: over the loader's list limit; engine figures on the member built directly)"
                if now["refused"]
                else ""
            )
        )
        previous = now
    return lines


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]))))
