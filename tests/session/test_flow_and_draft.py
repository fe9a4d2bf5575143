"""The wizard's flow and draft, without a window."""

from datetime import date
from pathlib import Path

from scers_desktop.engine import load_scenario
from scers_desktop.session import flow
from scers_desktop.session.casefile import RecentFiles, Recovery, draft_from_json, draft_to_json, write_atomically
from scers_desktop.session.draft import Draft, EmploymentRow, LeaveRow, SalaryRow, draft_from_scenario, normalize_date
from tests.helpers import TODAY
from tests.session.drafts import CASES, valid_draft


def keys(draft: Draft) -> list[str]:
    return [s.key for s in flow.visible_steps(draft)]


def test_the_history_path_shows_every_step() -> None:
    assert keys(valid_draft()) == list(flow.STEP_KEYS)


def test_the_quick_path_skips_leaves_buybacks_and_salary() -> None:
    draft = valid_draft(quick=True)
    assert keys(draft) == ["about", "service", "beneficiary", "statement", "retirement", "results"]
    assert flow.next_step(draft, "service") == "beneficiary"
    assert flow.previous_step(draft, "beneficiary") == "service"


def test_no_survivor_skips_the_beneficiary_step() -> None:
    draft = valid_draft(wants_survivor="no", beneficiary_birth_date="1970-01-01", relationship="spouse")
    assert "beneficiary" not in keys(draft)
    assert flow.next_step(draft, "salary") == "statement"
    assert "beneficiary" not in draft.to_raw()


def test_first_and_last_steps_have_no_neighbour_beyond() -> None:
    assert flow.previous_step(valid_draft(), "about") is None
    assert flow.next_step(valid_draft(), "results") is None


def test_problems_are_filed_under_the_step_that_shows_the_field() -> None:
    draft = valid_draft(birth_date="1968-13-40", leaves=[])
    draft.employment[0].fte_percent = "150"
    checked = flow.check(draft, TODAY)
    assert checked.scenario is None
    assert [p.path for p in checked.for_step("about")] == ["member.birth_date"]
    [fte] = checked.for_step("service")
    assert fte.message == "Enter the percent of full time: more than 0 and at most 100."


def test_the_draft_accepts_money_and_dates_as_people_type_them() -> None:
    draft = valid_draft(birth_date="4/12/1968")
    checked = flow.check(draft, TODAY)
    assert checked.scenario is not None
    assert checked.scenario.member.birth_date.isoformat() == "1968-04-12"
    assert normalize_date("12/31/2030") == "2030-12-31"
    assert normalize_date("not a date") == "not a date"


def test_a_date_typed_month_first_is_quoted_as_typed() -> None:
    draft = valid_draft(birth_date=" 13/45/2020 ", retirement_date="1/1/1800")
    draft.employment[0].end = "2/30/2020"
    checked = flow.check(draft, TODAY)
    messages = {p.path: p.message for p in checked.problems}
    assert messages["member.birth_date"] == "'13/45/2020' is not a real date"
    assert messages["employment[0].end"] == "'2/30/2020' is not a real date"
    assert messages["retirement.date"].startswith("1/1/1800 is not a believable date")
    assert "2020-13-45" not in str(checked.problems)


def test_a_blank_leave_date_is_required_not_misspelt() -> None:
    draft = valid_draft(leaves=[LeaveRow()])
    messages = {p.path: p.message for p in flow.check(draft, TODAY).problems}
    assert messages["leaves[0].start"] == messages["leaves[0].end"] == "is required"


def test_a_case_file_round_trips_through_the_draft() -> None:
    for path in sorted(CASES.glob("*.scers.json")):
        scenario = load_scenario(path, today=TODAY)
        again = flow.check(draft_from_scenario(scenario), TODAY).scenario
        assert again == scenario, path.name


def test_recovery_keeps_every_draft_exactly_as_typed(tmp_path: Path) -> None:
    recovery = Recovery(tmp_path)
    draft = valid_draft(birth_date="1968-02-3")  # not a valid date yet: still kept
    other = valid_draft(label="Retire at 62")
    recovery.keep([(draft, tmp_path / "case.scers.json"), (other, None)])
    assert recovery.pending() == [(draft, tmp_path / "case.scers.json"), (other, None)]
    recovery.clear()
    assert recovery.pending() == []
    assert draft_from_json(draft_to_json(draft)) == draft


def test_a_damaged_recovery_file_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "unsaved-work.json").write_text("{not json")
    assert Recovery(tmp_path).pending() == []
    assert not (tmp_path / "unsaved-work.json").exists()


def test_saves_replace_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "case.scers.json"
    target.write_text("old")
    write_atomically(target, "new contents")
    assert target.read_text() == "new contents"
    assert [p.name for p in tmp_path.iterdir()] == ["case.scers.json"]


def test_recent_files_are_newest_first_and_forget_missing_ones(tmp_path: Path) -> None:
    recent = RecentFiles(tmp_path / "config")
    first, second = tmp_path / "a.scers.json", tmp_path / "b.scers.json"
    first.write_text("{}")
    second.write_text("{}")
    recent.add(first)
    recent.add(second)
    recent.add(first)
    assert recent.paths() == [first.resolve(), second.resolve()]
    second.unlink()
    assert recent.paths() == [first.resolve()]


def test_a_missing_plan_is_asked_for_in_the_pages_words() -> None:
    [problem] = flow.check(valid_draft(plan=""), TODAY).for_step("about")
    assert problem.message == "Choose your plan, or enter your membership date."


def test_the_retirement_step_offers_the_earliest_eligible_date() -> None:
    today = date(2026, 11, 24)
    # Full time since 2000 and born 1968: already eligible, so the soonest start: the first of next month.
    assert flow.default_retirement_date(valid_draft(retirement_date=""), today) == date(2026, 12, 1)
    # Born 1980 with work from 2010: 20 years and age 52 come together on the 52nd birthday in 2032.
    later = valid_draft(retirement_date="", birth_date="1980-03-15")
    later.employment = [EmploymentRow("2010-07-01", "", "100")]
    later.salary = [SalaryRow("2010-07-01", "6000")]
    assert flow.default_retirement_date(later, today) == date(2032, 3, 15)
    # Not enough entered yet to tell: no offer.
    assert flow.default_retirement_date(valid_draft(retirement_date="", birth_date=""), today) is None
