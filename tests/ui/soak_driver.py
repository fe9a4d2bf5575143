"""The soak test's child process: the real main window driven through thousands of recomputes.

Run as ``python soak_driver.py RECOMPUTES DATA_FOLDER``. It opens the sample case, then repeats a cycle
a user would do: type a retirement date into its field one key at a time (each key recomputes), go to
the results and click a point of the by-age plot (which recomputes again). It prints its progress as it
goes, then one line, ``SOAK recomputes=N none_before=B none_after=A``, and exits normally, through
Python's own shutdown (with the window still open). A Qt binding that drops references to ``None`` makes
the process abort (``Fatal Python error``) or end with ``none_after`` below ``none_before``; the test in
``test_soak.py`` reports either.
"""

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from scers_desktop.app import sample_case
from scers_desktop.session.flow import StepKey
from scers_desktop.ui.main_window import MainWindow

#: Retirement ages clicked on the plot in turn (all eligible for the sample member, and still ahead: the
#: chart offers no past birthday).
AGES = range(63, 73)
TYPED_DATE = "2031-04-12"
#: A progress line every this many cycles (about 12 recomputes each).
PROGRESS_EVERY = 10


def none_references() -> int:
    """References to ``None`` once garbage is collected."""
    gc.collect()
    return sys.getrefcount(None)


class Soak:
    """The window and the count of its recomputes."""

    def __init__(self, data_folder: Path) -> None:
        self.window = MainWindow(data_folder, recover=False)
        self.window.show()
        if not self.window.open_path(sample_case()):
            raise SystemExit("the sample case did not open")
        self.recomputes = 0
        self.window.view.recomputed.connect(self._count)
        field = self.window.view.pages["retirement"].form.editors["retirement_date"]  # type: ignore[attr-defined]
        assert isinstance(field, QLineEdit)
        self.field = field

    def _count(self) -> None:
        self.recomputes += 1

    def type_date(self) -> None:
        """Retype the retirement date key by key on its page."""
        self.window.view.show_step(StepKey.RETIREMENT)
        self.field.setFocus()
        self.field.selectAll()
        QTest.keyClicks(self.field, TYPED_DATE)

    def click_plot(self, age: int) -> None:
        """Click the plot's point at this age on the results' by-age tab."""
        window = self.window
        window.view.show_step(StepKey.RESULTS)
        window.view.results.tabs.setCurrentIndex(1)
        QApplication.processEvents()
        plot = window.view.results.plot
        widget = plot.widget  # type: ignore[union-attr]
        value = plot.curve.value_at(age)  # type: ignore[union-attr]
        point = widget.mapFromScene(plot.plot.vb.mapViewToScene(QPointF(age, value)))  # type: ignore[union-attr]
        QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        result = window.session.estimate
        if result is None or result.age.completed_years != age:
            raise SystemExit(f"clicking age {age} on the plot did not choose it")

    def cycle(self, age: int) -> None:
        self.type_date()
        self.click_plot(age)


def main() -> int:
    wanted, data_folder = int(sys.argv[1]), Path(sys.argv[2])
    app = QApplication([sys.argv[0]])
    soak = Soak(data_folder)
    soak.cycle(AGES[0])  # warm up: plot, caches and the results view exist from here on
    before, start = none_references(), soak.recomputes
    print(f"soak: start none={before}", flush=True)
    turn = 0
    while soak.recomputes - start < wanted:
        soak.cycle(AGES[turn % len(AGES)])
        turn += 1
        if turn % PROGRESS_EVERY == 0:  # how far it got, should it abort
            print(f"soak: recomputes={soak.recomputes - start} none={sys.getrefcount(None)}", flush=True)
    after = none_references()
    print(f"SOAK recomputes={soak.recomputes - start} none_before={before} none_after={after}", flush=True)
    app.processEvents()
    return 0  # the window is left open: the interpreter's shutdown with it is part of the test


if __name__ == "__main__":
    sys.exit(main())
