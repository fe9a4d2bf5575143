"""The wizard pages. Each binds to the draft, writes every edit into it at once, and shows its own
problems and the live figures of the estimate, in the words of its summary (no arithmetic here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scers_desktop.ui.draft import Draft, EmploymentRow, LeaveRow, PurchaseRow, SalaryRow
from scers_desktop.ui.fields import Choice, Column, FormGrid, RowTable, plain_label, set_choice
from scers_desktop.ui.flow import Checked, Step

if TYPE_CHECKING:
    from scers_desktop.present.summary import EstimateSummary


class Page(QScrollArea):
    """A wizard page: a title, a line of help, and a body of fields, scrolling if the text is large."""

    edited = Signal()

    def __init__(self, step: Step) -> None:
        super().__init__()
        self.step = step
        self.draft = Draft()
        self.setWidgetResizable(True)
        self.setAccessibleName(step.title)
        body = QWidget()
        self.body = QVBoxLayout(body)
        title = plain_label(step.title)
        title.setObjectName("pageTitle")
        intro = plain_label(step.help)
        intro.setWordWrap(True)
        self.body.addWidget(title)
        self.body.addWidget(intro)
        self.setWidget(body)

    def finish(self) -> None:
        """Close the layout once the page's widgets are added."""
        self.body.addStretch()

    def bind(self, draft: Draft) -> None:
        """Show this draft; edits go into it."""
        self.draft = draft

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        """Show the problems and live figures for the current draft."""


def _line(form: FormGrid, key: str) -> QLineEdit:
    editor = form.editors[key]
    assert isinstance(editor, QLineEdit)
    return editor


class AboutPage(Page):
    """Step 1: birth date, plan or membership date, name, and whether a survivor matters."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        form = self.form = FormGrid()
        form.add_text("label", "S&cenario name", "Optional: a name for this case, e.g. 'Retire at 62'.", "label")
        form.add_text(
            "name", "&Your name", "Optional. It is printed on the estimate only if you enter it.", "member.name"
        )
        form.add_text(
            "birth_date",
            "Bi&rth date",
            "Year-month-day, e.g. 1968-04-12 (or 4/12/1968).",
            "member.birth_date",
            "YYYY-MM-DD",
        )
        self.plan = form.add_choice(
            "plan",
            "SCERS &plan",
            "Plan 1 if you joined SCERS before January 1, 2017; Plan 2 if you joined on or after it.",
            "member.plan",
            [
                Choice("", "Work it out from my membership date"),
                Choice("1", "Plan 1 (joined before 2017)"),
                Choice("2", "Plan 2 (joined 2017 or later)"),
            ],
        )
        form.add_text(
            "membership_date",
            "&Membership date",
            "The day you joined SCERS (on your statement).",
            "member.membership_date",
            "YYYY-MM-DD",
        )
        self.sex = form.add_choice(
            "sex",
            "S&ex (optional)",
            "Used only for the life-expectancy tables behind the payment options. Leave it blank for a blended table.",
            "member.sex",
            [Choice("", "Not given"), Choice("female", "Female"), Choice("male", "Male")],
        )
        self.survivor = form.add_choice(
            "wants_survivor",
            "Pay a s&urvivor?",
            "Would you like to see options that keep paying a spouse, partner or someone else after your death?",
            "",
            [Choice("unsure", "Not sure yet: show me"), Choice("yes", "Yes"), Choice("no", "No, just me")],
        )
        form.changed.connect(self._save)
        self.plan_note = plain_label()
        self.plan_note.setObjectName("note")
        self.plan_note.setWordWrap(True)
        self.body.addWidget(form)
        self.body.addWidget(self.plan_note)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        for key in ("label", "name", "birth_date", "membership_date"):
            _line(self.form, key).setText(getattr(draft, key))
        set_choice(self.plan, draft.plan)
        set_choice(self.sex, draft.sex)
        set_choice(self.survivor, draft.wants_survivor)

    def _save(self) -> None:
        for key in ("label", "name", "birth_date", "membership_date"):
            setattr(self.draft, key, _line(self.form, key).text())
        self.draft.plan = self.plan.currentData()
        self.draft.sex = self.sex.currentData()
        self.draft.wants_survivor = self.survivor.currentData()
        self.edited.emit()

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.form.show_problems(checked.for_path)
        if checked.scenario is None:
            self.plan_note.setText("")
            return
        member = checked.scenario.member
        how = "as you chose" if member.plan_given else "from your membership date"
        self.plan_note.setText(f"You are in SCERS Plan {member.plan} ({how}).")


class ServicePage(Page):
    """Step 2: periods of City work (or the quick totals), with the credited service as it stands."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        modes = QHBoxLayout()
        self.history_mode = QRadioButton("Enter my periods of City &work")
        self.quick_mode = QRadioButton("I know my &totals (quick entry)")
        group = QButtonGroup(self)
        for button in (self.history_mode, self.quick_mode):
            group.addButton(button)
            modes.addWidget(button)
        modes.addStretch()
        self.history_mode.toggled.connect(self._mode)
        self.body.addLayout(modes)
        self.table = RowTable(
            "Periods of City work",
            [
                Column("Start (YYYY-MM-DD)", "start", placeholder="First day of this period"),
                Column("End (blank = still working)", "end", placeholder="Last day, or blank if you still work"),
                Column(
                    "Percent of full time",
                    "fte_percent",
                    placeholder="100 for full time, 50 for half time",
                    field="fte",
                ),
            ],
            EmploymentRow,
            "&Add a period of work",
        )
        self.table.changed.connect(self.edited.emit)
        self.body.addWidget(self.table)
        self.history_help = plain_label(
            "Each day of work counts as 1/365 of a year times your percent of full time. Leave the end blank "
            "for the job you have now: it is counted up to the day before your pension starts."
        )
        self.history_help.setWordWrap(True)
        self.body.addWidget(self.history_help)
        self.quick = FormGrid()
        self.quick.add_text(
            "quick_service_years",
            "Total serv&ice (years)",
            "Credited years at retirement, e.g. 25.5.",
            "quick.service_years",
        )
        self.quick.add_text(
            "quick_fas",
            "Final average sa&lary ($ a month)",
            "Plan 1: highest 24 months in a row; Plan 2: highest 5 years.",
            "quick.final_average_salary_monthly",
        )
        self.quick.changed.connect(self._save_quick)
        self.body.addWidget(self.quick)
        self.total = plain_label()
        self.total.setObjectName("figure")
        self.total.setWordWrap(True)
        self.body.addWidget(self.total)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        (self.quick_mode if draft.quick else self.history_mode).setChecked(True)
        self.table.set_rows(draft.employment)
        _line(self.quick, "quick_service_years").setText(draft.quick_service_years)
        _line(self.quick, "quick_fas").setText(draft.quick_fas)
        self._show_mode()

    def _show_mode(self) -> None:
        self.table.setVisible(not self.draft.quick)
        self.history_help.setVisible(not self.draft.quick)
        self.quick.setVisible(self.draft.quick)

    def _mode(self, history: bool) -> None:
        if self.draft.quick != (not history):
            self.draft.quick = not history
            if not self.draft.quick and not self.draft.employment:
                self.table.add_row()
            self._show_mode()
            self.edited.emit()

    def _save_quick(self) -> None:
        self.draft.quick_service_years = _line(self.quick, "quick_service_years").text()
        self.draft.quick_fas = _line(self.quick, "quick_fas").text()
        self.edited.emit()

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.table.show_problems(checked.for_path("employment"))
        self.quick.show_problems(checked.for_path)
        self.total.setText(summary.steps.service if summary else "")


LEAVE_KINDS = (
    Choice("unpaid", "Unpaid leave"),
    Choice("medical", "Medical leave"),
    Choice("fmla", "Family leave (FMLA)"),
    Choice("industrial_injury", "Industrial injury"),
    Choice("military", "Military leave"),
)


class LeavesPage(Page):
    """Step 3: leaves inside employment, each bought back or not."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        self.table = RowTable(
            "Leaves",
            [
                Column("Start", "start", placeholder="YYYY-MM-DD"),
                Column("End", "end", placeholder="YYYY-MM-DD"),
                Column("Kind", "kind", "choice", LEAVE_KINDS),
                Column("Bought back", "purchased", "check"),
            ],
            LeaveRow,
            "&Add a leave",
        )
        self.table.changed.connect(self.edited.emit)
        self.body.addWidget(self.table)
        text = plain_label(
            "A leave without pay earns no service unless you buy it back (tick 'Bought back'). Unpaid medical, "
            "family and injury leave can be bought at your pay rate then, plus interest; military leave must be "
            "bought within 90 days of your return (Handbook 2023). Leave with pay needs no entry."
        )
        text.setWordWrap(True)
        self.body.addWidget(text)
        self.effect = plain_label()
        self.effect.setObjectName("figure")
        self.body.addWidget(self.effect)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        self.table.set_rows(draft.leaves)

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.table.show_problems(checked.for_path("leaves"))
        self.effect.setText(summary.steps.leaves if summary else "")


PURCHASE_KINDS = (
    Choice("redeposit", "Redeposit"),
    Choice("leave", "Leave buyback"),
    Choice("military_prior", "Prior military"),
    Choice("military_leave", "Military leave"),
)


class BuybacksPage(Page):
    """Step 4: redeposits and buybacks, with what each costs and adds."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        self.table = RowTable(
            "Buybacks and redeposits",
            [
                Column("Kind", "kind", "choice", PURCHASE_KINDS),
                Column("Years bought", "service_years", placeholder="e.g. 2.25"),
                Column("Amount withdrawn ($)", "withdrawn_amount", placeholder="For a redeposit"),
                Column("Withdrawn on", "withdrawal_date", placeholder="YYYY-MM-DD"),
                Column("Paid on (planned)", "repaid_date", placeholder="YYYY-MM-DD"),
            ],
            PurchaseRow,
            "&Add a buyback",
        )
        self.table.changed.connect(self.edited.emit)
        self.body.addWidget(self.table)
        kinds = plain_label(
            "Redeposit: pay back contributions you withdrew when you left City service. Leave buyback: unpaid "
            "medical, family or injury leave. Prior military: active duty before the City, up to 5 years, at "
            "actuarial cost. Military leave: bought within 90 days of your return (Handbook 2023)."
        )
        kinds.setWordWrap(True)
        self.body.addWidget(kinds)
        self.decision = plain_label()
        self.decision.setObjectName("figure")
        self.decision.setWordWrap(True)
        self.body.addWidget(self.decision)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        self.table.set_rows(draft.purchases)

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.table.show_problems(checked.for_path("purchases"))
        self.decision.setText(summary.steps.purchases if summary else "")


class SalaryPage(Page):
    """Step 5: pay as steps from dates, a yearly raise, and the final average salary it gives."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        self.table = RowTable(
            "Monthly pay",
            [
                Column("From (YYYY-MM-DD)", "start", placeholder="The date this pay started", field="from"),
                Column("Monthly pay ($)", "monthly", placeholder="Before deductions; no overtime"),
            ],
            SalaryRow,
            "&Add a pay rate",
        )
        self.table.changed.connect(self.edited.emit)
        self.body.addWidget(self.table)
        self.form = FormGrid()
        self.form.add_text(
            "growth_percent",
            "&Yearly raise (%)",
            "Optional: expected raise each year after your last pay entry. "
            "Blank means no raises (today's pay is used).",
            "salary.growth_rate",
            "e.g. 2.5",
        )
        self.form.changed.connect(self._save)
        self.body.addWidget(self.form)
        self.fas = plain_label()
        self.fas.setObjectName("figure")
        self.fas.setWordWrap(True)
        self.body.addWidget(self.fas)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        self.table.set_rows(draft.salary)
        _line(self.form, "growth_percent").setText(draft.growth_percent)

    def _save(self) -> None:
        self.draft.growth_percent = _line(self.form, "growth_percent").text()
        self.edited.emit()

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.table.show_problems(checked.for_path("salary.history"))
        self.form.show_problems(checked.for_path)
        self.fas.setText(summary.steps.salary if summary else "")


class BeneficiaryPage(Page):
    """Step 6: the spouse, partner or beneficiary who would be paid after the member's death."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        form = self.form = FormGrid()
        self.relationship = form.add_choice(
            "relationship",
            "&Relationship",
            "Options D and E are only for a spouse or registered domestic partner; A, B and C can name anyone.",
            "beneficiary.relationship",
            [
                Choice("", "Choose…"),
                Choice("spouse", "Spouse"),
                Choice("domestic_partner", "Registered domestic partner"),
                Choice("other", "Someone else"),
            ],
        )
        form.add_text(
            "beneficiary_birth_date",
            "Their bir&th date",
            "Needed for Options D and E.",
            "beneficiary.birth_date",
            "YYYY-MM-DD",
        )
        self.sex = form.add_choice(
            "beneficiary_sex",
            "Their s&ex (optional)",
            "Used only for the life-expectancy tables.",
            "beneficiary.sex",
            [Choice("", "Not given"), Choice("female", "Female"), Choice("male", "Male")],
        )
        form.changed.connect(self._save)
        self.body.addWidget(form)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        set_choice(self.relationship, draft.relationship)
        _line(self.form, "beneficiary_birth_date").setText(draft.beneficiary_birth_date)
        set_choice(self.sex, draft.beneficiary_sex)

    def _save(self) -> None:
        self.draft.relationship = self.relationship.currentData()
        self.draft.beneficiary_birth_date = _line(self.form, "beneficiary_birth_date").text()
        self.draft.beneficiary_sex = self.sex.currentData()
        self.edited.emit()

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.form.show_problems(checked.for_path)


class StatementPage(Page):
    """Step 7: the contribution balance from the annual statement and the Social Security estimate."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        form = self.form = FormGrid()
        form.add_text(
            "balance",
            "Contributions ba&lance ($)",
            "'Accumulated contributions with interest' on your SCERS statement. "
            "Needed for Options A, B and G and the Plan 1 annuity.",
            "contributions.balance",
            "e.g. 142000",
        )
        form.add_text(
            "balance_as_of", "S&tatement date", "The date the balance is as of.", "contributions.as_of", "YYYY-MM-DD"
        )
        form.add_text(
            "social_security_monthly",
            "Social Securit&y ($ a month)",
            "Your SSA estimate at full retirement age. Needed only for Option F.",
            "social_security.monthly_at_ss_age",
            "e.g. 2300",
        )
        form.changed.connect(self._save)
        self.body.addWidget(form)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        for key in ("balance", "balance_as_of", "social_security_monthly"):
            _line(self.form, key).setText(getattr(draft, key))

    def _save(self) -> None:
        for key in ("balance", "balance_as_of", "social_security_monthly"):
            setattr(self.draft, key, _line(self.form, key).text())
        self.edited.emit()

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.form.show_problems(checked.for_path)


DEFAULT_AGE_CHOICE = 62


class RetirementPage(Page):
    """Step 8: the date the pension starts, by date or by age; eligibility in plain words."""

    use_date = Signal(str)

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        form = self.form = FormGrid()
        form.add_text(
            "retirement_date",
            "&Pension starts on",
            "Year-month-day. Your last day of work is taken to be the day before.",
            "retirement.date",
            "YYYY-MM-DD",
        )
        form.changed.connect(self._save)
        self.body.addWidget(form)
        row = QHBoxLayout()
        caption = plain_label("Or retire at &age")
        self.age = QSpinBox()
        self.age.setRange(40, 85)
        self.age.setValue(DEFAULT_AGE_CHOICE)
        self.age.setAccessibleName("Retirement age")
        caption.setBuddy(self.age)
        self.age_button = QPushButton("Use my birthda&y at this age")
        self.age_button.clicked.connect(lambda: self.use_date.emit(f"age:{self.age.value()}"))
        row.addWidget(caption)
        row.addWidget(self.age)
        row.addWidget(self.age_button)
        row.addStretch()
        self.body.addLayout(row)
        self.status = plain_label()
        self.status.setObjectName("figure")
        self.status.setWordWrap(True)
        self.body.addWidget(self.status)
        self.earliest_button = QPushButton("Use the &earliest date I can retire")
        self.earliest_button.clicked.connect(lambda: self.use_date.emit("earliest"))
        self.body.addWidget(self.earliest_button)
        self.offered = False
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        _line(self.form, "retirement_date").setText(draft.retirement_date)
        self.age.setValue(DEFAULT_AGE_CHOICE)
        self.offered = False

    def mark_offered(self) -> None:
        """The date shown was filled in by the app (the earliest the member could retire)."""
        self.offered = True

    def _save(self) -> None:
        self.draft.retirement_date = _line(self.form, "retirement_date").text()
        self.offered = False
        self.edited.emit()

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.form.show_problems(checked.for_path)
        _line(self.form, "retirement_date").setText(self.draft.retirement_date)
        offered = "This is the earliest date you could retire; change it if you like. " if self.offered else ""
        if summary is None:
            self.status.setText("Fill in the earlier pages to see whether you can retire on this date.")
            self.earliest_button.setEnabled(False)
            return
        self.earliest_button.setEnabled(summary.estimate.earliest_eligible_date is not None)
        mark = f"✓ {offered}" if summary.eligible else "✗ "
        self.status.setText(mark + summary.steps.retirement)
