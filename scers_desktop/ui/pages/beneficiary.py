"""Step 6, Spouse or beneficiary: who would be paid after the member's death."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scers_desktop.present.i18n import _
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
            _("&Relationship"),
            _("Options D and E are only for a spouse or registered domestic partner; A, B and C can name anyone."),
            "beneficiary.relationship",
            [
                Choice("", _("Choose…")),
                Choice("spouse", _("Spouse")),
                Choice("domestic_partner", _("Registered domestic partner")),
                Choice("other", _("Someone else")),
            ],
        )
        form.add_text(
            "beneficiary_birth_date",
            _("Their bir&th date"),
            _("Needed for Options D and E."),
            "beneficiary.birth_date",
            _("YYYY-MM-DD"),
        )
        self.sex = form.add_choice(
            "beneficiary_sex",
            _("Their s&ex (optional)"),
            _("Used only for the life-expectancy tables."),
            "beneficiary.sex",
            [Choice("", _("Not given")), Choice("female", _("Female")), Choice("male", _("Male"))],
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
