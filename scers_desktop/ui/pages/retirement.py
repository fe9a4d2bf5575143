"""Step 8, Retirement date: when the pension starts, by date or by age."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QPushButton,
    QSpinBox,
)

from scers_desktop.present.i18n import _
from scers_desktop.session.draft import Draft
from scers_desktop.session.flow import Checked, Step
from scers_desktop.ui.fields import FormGrid, plain_label
from scers_desktop.ui.flow import FlowLayout
from scers_desktop.ui.pages.base import Page, line_edit
from scers_desktop.ui.timing_panel import TimingPanel

if TYPE_CHECKING:
    from scers_desktop.present.summary import EstimateSummary


DEFAULT_AGE_CHOICE = 62


class RetirementPage(Page):
    """Step 8: the date the pension starts, by date or by age; eligibility in plain words."""

    #: "Use my birthday at this age", with the age.
    age_wanted = Signal(int)
    #: "Use the earliest date I can retire".
    earliest_wanted = Signal()

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        form = self.form = FormGrid()
        form.add_text(
            "retirement_date",
            _("&Pension starts on"),
            _("Year-month-day. Your last day of work is taken to be the day before."),
            "retirement.date",
            _("YYYY-MM-DD"),
        )
        form.changed.connect(self._save)
        self.body.addWidget(form)
        row = FlowLayout()  # the button goes under the age when the line is too short for both
        caption = plain_label(_("Or retire at &age"))
        self.age = QSpinBox()
        self.age.setRange(40, 85)
        self.age.setValue(DEFAULT_AGE_CHOICE)
        self.age.setAccessibleName(_("Retirement age"))
        caption.setBuddy(self.age)
        self.age_button = QPushButton(_("Use my birthda&y at this age"))
        self.age_button.clicked.connect(lambda: self.age_wanted.emit(self.age.value()))
        row.addWidget(caption)
        row.addWidget(self.age)
        row.addWidget(self.age_button)
        self.body.addLayout(row)
        self.status = plain_label()
        self.status.setObjectName("figure")
        self.status.setWordWrap(True)
        self.body.addWidget(self.status)
        self.earliest_button = QPushButton(_("Use the &earliest date I can retire"))
        self.earliest_button.clicked.connect(self.earliest_wanted.emit)
        self.body.addWidget(self.earliest_button)
        self.timing = TimingPanel()  # dates worth knowing near this one; a click takes one
        self.body.addWidget(self.timing)
        self.offered = False
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        line_edit(self.form, "retirement_date").setText(draft.retirement_date)
        self.age.setValue(DEFAULT_AGE_CHOICE)
        self.offered = False

    def kept(self) -> list[object]:
        """The fields touched, the age asked for and whether the date shown was offered."""
        return [*super().kept(), self.age.value(), self.offered]

    def restore(self, kept: list[object]) -> None:
        *parts, age, offered = kept
        super().restore(parts)
        self.age.setValue(int(age))  # type: ignore[call-overload]
        self.offered = bool(offered)

    def mark_offered(self) -> None:
        """The date shown was filled in by the app (the earliest the member could retire)."""
        self.offered = True

    def _save(self) -> None:
        self.draft.retirement_date = line_edit(self.form, "retirement_date").text()
        self.offered = False
        self.edited.emit()

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.form.show_problems(checked.for_path)
        line_edit(self.form, "retirement_date").setText(self.draft.retirement_date)
        self.timing.show_for(summary)
        offered = _("This is the earliest date you could retire; change it if you like. ") if self.offered else ""
        if summary is None:
            self.status.setText(_("Fill in the earlier pages to see whether you can retire on this date."))
            self.earliest_button.setEnabled(False)
            return
        self.earliest_button.setEnabled(summary.estimate.earliest_eligible_date is not None)
        self._offer_future_ages(summary)
        mark = summary.steps.retirement_mark + " " + (offered if summary.eligible else "")
        self.status.setText(mark + summary.steps.retirement)

    def _offer_future_ages(self, summary: EstimateSummary) -> None:
        """The age box offers no birthday already past, nor an age before the member can retire: it
        starts where the chart does (the later of the first birthday from today on and the first age
        the member can retire). A past date typed in the date field stays there, with its warning."""
        if summary.curve is not None and summary.curve.ages:
            self.age.setMinimum(summary.curve.ages[0])
