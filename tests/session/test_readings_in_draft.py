"""The app's settings for the readings of open handbook choices write the scenario's assumptions (issue 15)."""

import pytest

from scers_desktop.session.readings import choose_reading, chosen_reading
from tests.session.drafts import valid_draft


def test_a_reading_is_the_default_until_chosen_and_is_saved_under_assumptions() -> None:
    draft = valid_draft()
    assert chosen_reading(draft, "first_cola") == "november_after_12_months"
    choose_reading(draft, "first_cola", "first_november")
    assert draft.to_raw()["assumptions"] == {"first_cola": "first_november"}
    assert chosen_reading(draft, "first_cola") == "first_november"
    choose_reading(draft, "first_cola", "november_after_12_months")
    assert "assumptions" not in draft.to_raw()


def test_other_assumptions_in_the_file_are_kept() -> None:
    draft = valid_draft()
    draft.carried["assumptions"] = {"interest_rate": "0.07"}
    choose_reading(draft, "option_a_refund", "total_payments")
    choose_reading(draft, "option_a_refund", "annuity_part")
    assert draft.carried["assumptions"] == {"interest_rate": "0.07"}


def test_only_offered_values_are_taken() -> None:
    with pytest.raises(ValueError, match="not a reading the app offers"):
        choose_reading(valid_draft(), "first_cola", "someday")
    with pytest.raises(ValueError, match="not a reading the app offers"):
        choose_reading(valid_draft(), "mortality_basis", "ssa_2021")
