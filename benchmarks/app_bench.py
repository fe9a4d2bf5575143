"""App and PDF speed.

Targets: start to the first page painted within 1.5x the time a bare PySide6 window of the same size
takes to be shown and painted on the same machine in the same run (each a median of fresh processes, the
clock stopped when the window has painted, before the first check that runs after it); a recompute within
10 ms of engine time; a recompute with the by-age chart on screen within one frame (16 ms) at the p90,
beside bare widgets doing a 26-point setData in the same run; the PDF in 0.5 s or less.
"""

import statistics
import subprocess
import sys
import time
from datetime import date

from scers_desktop.app import sample_case
from scers_desktop.engine import estimate, load_scenario
from scers_desktop.present.curve import curve_of
from scers_desktop.present.summary import summarize
from scers_desktop.report import estimate_pdf

#: Benchmarks estimate as of the day they run.
TODAY = date.today()

BARE = """
import time; t = time.perf_counter()
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([]); w = QWidget(); w.resize(1180, 820); w.show(); w.repaint()
print(time.perf_counter() - t)
"""

APP = """
import time, tempfile, pathlib; t = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from scers_desktop.ui.main_window import MainWindow
w = MainWindow(pathlib.Path(tempfile.mkdtemp()), recover=False); w.show(); w.repaint()
print(time.perf_counter() - t)
"""

#: One frame's worth of bare work, the anchor of the recompute row: a plot and a table shown, and a
#: 26-point setData (one point an age) followed by a repaint.
BARE_CHART = """
import statistics, time
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QTableWidget, QVBoxLayout, QWidget
app = QApplication([])
w = QWidget(); layout = QVBoxLayout(w); plot = pg.PlotWidget(); layout.addWidget(plot)
layout.addWidget(QTableWidget(26, 4)); w.resize(1100, 760); w.show()
line = plot.plot(symbol="o"); app.processEvents()
times = []
for i in range(60):
    t = time.perf_counter()
    line.setData(list(range(50, 76)), [1000 + i + 10 * a for a in range(26)]); app.processEvents(); w.repaint()
    times.append(time.perf_counter() - t)
print(statistics.median(times[10:]))
"""

#: The app's recompute with the by-age chart on screen, over distinct retirement dates (each input new
#: to the caches): prints the p50 and p90 in seconds.
RECOMPUTE = """
import time, tempfile, pathlib
from PySide6.QtWidgets import QApplication
app = QApplication([])
from scers_desktop.app import sample_case
from scers_desktop.ui.main_window import MainWindow
w = MainWindow(pathlib.Path(tempfile.mkdtemp()), recover=False); w.show(); w.open_path(sample_case())
w.view.show_step("results"); w.view.results.tabs.setCurrentIndex(1); app.processEvents()
times = []
for i, year in enumerate(y for y in range(2027, 2035) for _ in range(12)):
    w.session.draft.retirement_date = f"{year}-{1 + i % 12:02d}-01"
    t = time.perf_counter(); w.view.recompute(); app.processEvents(); w.repaint(); times.append(time.perf_counter() - t)
times = sorted(times[6:])
print(times[len(times) // 2], times[len(times) * 9 // 10])
"""


def _alternating(first: str, second: str, runs: int) -> tuple[list[float], list[list[float]]]:
    """Run two scripts in turn ``runs`` times; the first's figure and the second's figures, per run."""
    ones, twos = [], []
    for _ in range(runs):
        for code, into in ((first, ones), (second, twos)):
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
            into.append([float(x) for x in out.strip().splitlines()[-1].split()])
    return [one[0] for one in ones], twos


def _median_seconds(code: str, runs: int) -> float:
    values = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        values.append(float(out.strip().splitlines()[-1]))
    return statistics.median(values)


def run() -> list[str]:
    bare = _median_seconds(BARE, 5)
    first_page = _median_seconds(APP, 5)
    anchors, recomputes = _alternating(BARE_CHART, RECOMPUTE, 3)
    anchor = statistics.median(anchors)
    p50 = statistics.median(r[0] for r in recomputes)
    p90 = statistics.median(r[1] for r in recomputes)
    scenario = load_scenario(sample_case(), today=TODAY)
    start = time.perf_counter()
    for _ in range(10):
        result = estimate(scenario, as_of=TODAY)
        curve = curve_of(result, TODAY)
    engine = (time.perf_counter() - start) / 10
    summary = summarize(result, curve, made_on=TODAY)
    estimate_pdf(summary)  # fonts registered, as in a running app
    start = time.perf_counter()
    for _ in range(5):
        estimate_pdf(summary)
    pdf = (time.perf_counter() - start) / 5
    return [
        f"app: bare PySide6 window painted   {bare * 1000:8.0f} ms   (anchor: a QWidget of the window's size)",
        f"app: start to first page painted   {first_page * 1000:8.0f} ms   "
        f"(anchor {bare * 1000:.0f} ms; {first_page / bare:.2f}x; target <= 1.5x)",
        f"app: recompute engine (estimate+sweep) {engine * 1000:5.1f} ms   (target <= 10 ms)",
        f"app: bare plot+table, 26-point setData {anchor * 1000:5.1f} ms   (anchor of the next line)",
        f"app: recompute, by-age chart shown p50 {p50 * 1000:5.1f} ms, p90 {p90 * 1000:5.1f} ms   "
        f"(p90 {p90 / anchor:.1f}x the anchor; target p90 <= 16 ms, one frame)",
        f"pdf: estimate PDF built            {pdf * 1000:8.0f} ms   (target <= 500 ms)",
    ]
