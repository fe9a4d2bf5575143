"""Step 1, About you: birth date, plan or membership date, name, and whether a survivor matters.

The member's own questions come first; the scenario's name, a counselor's tool for comparing cases,
comes last (issue 14).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scers_desktop.present.i18n import _
from scers_desktop.session.draft import Draft
from scers_desktop.session.flow import Checked, Step
from scers_desktop.ui.fields import Choice, FormGrid, plain_label, set_choice
from scers_desktop.ui.pages.base import Page, line_edit

if TYPE_CHECKING:
    from scers_desktop.present.summary import EstimateSummary


class AboutPage(Page):
    """Step 1: birth date, plan or membership date, name, and whether a survivor matters."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        form = self.form = FormGrid()
        form.add_text(
            "birth_date",
            _("Bi&rth date"),
            _("Year-month-day, e.g. 1968-04-12 (or 4/12/1968)."),
            "member.birth_date",
            _("YYYY-MM-DD"),
        )
        self.plan = form.add_choice(
            "plan",
            _("SCERS &plan"),
            _("Plan 1 if you joined SCERS before January 1, 2017; Plan 2 if you joined on or after it."),
            "member.plan",
            [
                Choice("", _("Work it out from my membership date")),
                Choice("1", _("Plan 1 (joined before 2017)")),
                Choice("2", _("Plan 2 (joined 2017 or later)")),
            ],
        )
        form.add_text(
            "membership_date",
            _("&Membership date"),
            _("The day you joined SCERS (on your statement). Service counts from it, not from your hire date."),
            "member.membership_date",
            _("YYYY-MM-DD"),
        )
        self.plan_note = plain_label()  # the plan found, under the fields that give it
        self.plan_note.setObjectName("note")
        self.plan_note.setWordWrap(True)
        form.grid.addWidget(self.plan_note, form.grid.rowCount(), 1)
        form.add_text(
            "name", _("&Your name"), _("Optional. It is printed on the estimate only if you enter it."), "member.name"
        )
        self.sex = form.add_choice(
            "sex",
            _("S&ex (optional)"),
            _(
                "Used only for the life-expectancy tables behind the payment options. "
                "Leave it blank for a blended table."
            ),
            "member.sex",
            [Choice("", _("Not given")), Choice("female", _("Female")), Choice("male", _("Male"))],
        )
        self.survivor = form.add_choice(
            "wants_survivor",
            _("Pay a s&urvivor?"),
            _("Would you like to see options that keep paying a spouse, partner or someone else after your death?"),
            "",
            [Choice("unsure", _("Not sure yet: show me")), Choice("yes", _("Yes")), Choice("no", _("No, just me"))],
        )
        form.add_text(
            "label",
            _("S&cenario name"),
            _("Optional: a name to tell this case from others when comparing, e.g. 'Retire at 62'."),
            "label",
        )
        form.changed.connect(self._save)
        self.body.addWidget(form)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        for key in ("label", "name", "birth_date", "membership_date"):
            line_edit(self.form, key).setText(getattr(draft, key))
        set_choice(self.plan, draft.plan)
        set_choice(self.sex, draft.sex)
        set_choice(self.survivor, draft.wants_survivor)

    def _save(self) -> None:
        for key in ("label", "name", "birth_date", "membership_date"):
            setattr(self.draft, key, line_edit(self.form, key).text())
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
        if member.plan_given:
            note = _("You are in SCERS Plan {plan} (as you chose).")
        else:
            note = _("You are in SCERS Plan {plan} (from your membership date).")
        self.plan_note.setText(note.format(plan=member.plan))
