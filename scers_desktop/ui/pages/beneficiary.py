"""Step 6, Spouse or beneficiary: who would be paid after the member's death."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scers_desktop.session.draft import Draft
from scers_desktop.session.flow import Checked, Step
from scers_desktop.ui.fields import Choice, FormGrid, set_choice
from scers_desktop.ui.pages.base import Page, line_edit

if TYPE_CHECKING:
    from scers_desktop.present.summary import EstimateSummary


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
        line_edit(self.form, "beneficiary_birth_date").setText(draft.beneficiary_birth_date)
        set_choice(self.sex, draft.beneficiary_sex)

    def _save(self) -> None:
        self.draft.relationship = self.relationship.currentData()
        self.draft.beneficiary_birth_date = line_edit(self.form, "beneficiary_birth_date").text()
        self.draft.beneficiary_sex = self.sex.currentData()
        self.edited.emit()

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.form.show_problems(checked.for_path)
