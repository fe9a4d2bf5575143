"""The "Dates worth knowing" panel: what waiting from the chosen date adds and costs, and the dates near it.

Shown on the results and on the retirement-date step; each date is a button that takes it as the
retirement date. The words come from scers_desktop.present.timing (``plain`` for the kiosk). The
series behind it is computed only while the panel is on screen (session/timing.py), once typing
pauses, so each keystroke's recompute stays within its budget.
"""

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from scers_desktop.engine.timing import Timing
from scers_desktop.present.i18n import _
from scers_desktop.present.summary import EstimateSummary
from scers_desktop.present.timing import TITLE, MonthSeries, month_series, threshold_text, timing_words
from scers_desktop.session.timing import timing_for
from scers_desktop.ui.fields import plain_label

#: Rows shown at most (the ones from the chosen date on first).
ROWS = 8
#: How long typing must pause before the dates are worked out again (milliseconds).
PAUSE_MS = 250
#: The tallest the list of dates grows before it scrolls (pixels).
MAX_HEIGHT = 340


class TimingPanel(QWidget):
    """The dates worth knowing near the chosen retirement date; ``date_chosen`` when one is clicked."""

    date_chosen = Signal(date)

    def __init__(self, *, plain: bool = False) -> None:
        super().__init__()
        self.plain = plain
        self.setAccessibleName(_(TITLE))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = plain_label(_(TITLE))
        title.setObjectName("figure")
        layout.addWidget(title)
        self.near = plain_label()
        self.near.setWordWrap(True)
        self.near.setAccessibleName(_("What waiting would change"))
        layout.addWidget(self.near)
        rows = QWidget()
        self.grid = QGridLayout(rows)
        self.grid.setColumnStretch(3, 1)
        scroll = self.scroll = QScrollArea()  # the kiosk's large text needs more room than a tab has
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        self.rows = rows
        layout.addWidget(scroll, 1)
        self.hint = plain_label(_("Click a date to take it as your retirement date."))
        self.hint.setObjectName("note")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons: list[QPushButton] = []
        self.pending: EstimateSummary | None = None
        self.shown: Timing | None = None
        # Typing on the retirement step recomputes at every key: the series waits for a pause.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self._compute)

    def show_for(self, summary: EstimateSummary | None) -> None:
        """Show the dates for this estimate's scenario (its option priced as the estimate prices it): now
        if the panel is on screen, else when it comes on."""
        self.pending = summary
        if summary is None:
            self.show_timing(None)
        elif self.isVisible():
            self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.pending is not None:
            self.timer.start()

    def _compute(self) -> None:
        if self.pending is None or not self.isVisible():
            return
        summary, self.pending = self.pending, None
        self.show_timing(timing_of(summary))

    def _clear_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []

    def show_timing(self, found: Timing | None) -> None:
        """Show these dates (None: nothing to show yet)."""
        self.shown = found
        self._clear_rows()
        if found is None:
            self.near.setText(_("The dates worth knowing appear once the estimate is complete."))
            self.hint.setVisible(False)
            return
        words = timing_words(found, plain=self.plain, rows=ROWS)
        notes = [
            *([words.note] if words.note else []),
            threshold_text(found),
        ]  # the threshold's colon leads to the rows
        self.near.setText("\n".join([*words.near, *notes]) if words.near else words.empty)
        headings = (_("Pension starts"), _("A month"), _("Change"), _("Why"))
        for column, heading in enumerate(headings if words.rows else ()):
            label = plain_label(heading)
            label.setObjectName("note")
            self.grid.addWidget(label, 0, column)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for row, line in enumerate(words.rows, start=1):
            button = QPushButton(line.date_text)
            button.setAccessibleName(_("Retire on {date}").format(date=line.date_text))
            button.setToolTip(_("Take {date} as your retirement date").format(date=line.date_text))
            button.clicked.connect(lambda _on=False, day=line.day: self.date_chosen.emit(day))
            self.buttons.append(button)
            self.grid.addWidget(button, row, 0)
            self.grid.addWidget(plain_label(line.monthly_text), row, 1)
            self.grid.addWidget(plain_label(line.change_text), row, 2)
            reason = plain_label(line.reason_text)
            reason.setWordWrap(True)
            self.grid.addWidget(reason, row, 3)
        if not words.rows and words.empty and words.near:
            self.grid.addWidget(plain_label(words.empty), 1, 0, 1, 4)
        self.grid.setRowStretch(len(words.rows) + 2, 1)  # the rows keep their height, the space goes below
        self.hint.setVisible(bool(words.rows))
        QTimer.singleShot(0, self._fit)  # once the new rows are laid out

    def _fit(self) -> None:
        """Room for the rows (at most MAX_HEIGHT, then they scroll) even on a page that gives it no stretch."""
        self.scroll.setMinimumHeight(min(self.grid.sizeHint().height(), MAX_HEIGHT))


def timing_of(summary: EstimateSummary) -> Timing:
    """The dates worth knowing for this estimate: its scenario, its day, its option-factor table."""
    return timing_for(summary.estimate.scenario, summary.made_on, summary.estimate.option_factors)


def month_series_of(summary: EstimateSummary | None) -> MonthSeries | None:
    """The by-age chart's month-by-month series for this summary's scenario (None without an estimate)."""
    if summary is None:
        return None
    return month_series(timing_of(summary), summary.estimate.scenario.member.birth_date)
