"""Step 1, About you: birth date, plan or membership date, name, and whether a survivor matters.

The member's own questions come first; the scenario's name, a counselor's tool for comparing cases,
comes last (issue 14).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
            "The day you joined SCERS (on your statement). Service counts from it, not from your hire date.",
            "member.membership_date",
            "YYYY-MM-DD",
        )
        self.plan_note = plain_label()  # the plan found, under the fields that give it
        self.plan_note.setObjectName("note")
        self.plan_note.setWordWrap(True)
        form.grid.addWidget(self.plan_note, form.grid.rowCount(), 1)
        form.add_text(
            "name", "&Your name", "Optional. It is printed on the estimate only if you enter it.", "member.name"
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
        form.add_text(
            "label",
            "S&cenario name",
            "Optional: a name to tell this case from others when comparing, e.g. 'Retire at 62'.",
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
        how = "as you chose" if member.plan_given else "from your membership date"
        self.plan_note.setText(f"You are in SCERS Plan {member.plan} ({how}).")
