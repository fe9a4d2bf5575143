"""The session controller without Qt: scenarios, cached estimates, touched steps, choices and recovery."""

from datetime import date
from pathlib import Path

import pytest

from scers_desktop.engine import load_scenario
from scers_desktop.session import controller
from scers_desktop.session.casefile import Recovery
from scers_desktop.session.controller import MAX_SCENARIOS, Session
from scers_desktop.session.flow import StepKey
from tests.session.drafts import CASES, valid_draft

TODAY = date(2026, 11, 24)


@pytest.fixture
def session() -> Session:
    return Session(lambda: TODAY)


def filled(session: Session) -> Session:
    session.show_case(valid_draft())
    session.refresh()
    return session


def test_a_new_session_is_one_empty_clean_scenario_on_the_first_step(session: Session) -> None:
    assert len(session.slots) == 1 and session.current == 0 and session.step == StepKey.ABOUT
    assert not session.slot.dirty
    assert session.estimate is None and session.scenario is None
    assert session.everyone() == [("Scenario 1", None)]


def test_a_copy_s_name_follows_its_age_and_option_and_a_typed_name_stays(session: Session) -> None:
    session.show_case(valid_draft(label="Retire at 62"))
    session.refresh()
    assert session.duplicate()
    copy = session.slot
    copy.draft.retirement_date = "2033-04-12"  # 65 on that day
    copy.draft.beneficiary_birth_date, copy.draft.relationship = "1970-01-20", "spouse"
    copy.draft.selected_option = "E"
    session.refresh()
    assert [name for name, _ in session.everyone()] == ["Retire at 62", "Retire at 65, Option E"]
    copy.draft.retirement_date = "2035-04-12"
    session.refresh()
    assert session.everyone()[1][0] == "Retire at 67, Option E"
    copy.draft.label = "Later, with E"  # typed: it stays whatever changes
    copy.draft.retirement_date = "2033-04-12"
    session.refresh()
    assert [name for name, _ in session.everyone()] == ["Retire at 62", "Later, with E"]


def test_duplicates_go_up_to_the_limit_and_removing_keeps_one(session: Session) -> None:
    filled(session)
    session.slot.touched.add(StepKey.ABOUT)
    for count in range(2, MAX_SCENARIOS + 1):
        assert session.duplicate()
        assert len(session.slots) == count and session.current == count - 1
    assert session.slot.draft.label == ""  # nobody typed a name for the copies (see the test below)
    assert session.slot.touched == {StepKey.ABOUT}
    assert session.slot.draft is not session.slots[0].draft
    assert not session.duplicate()
    assert session.remove() and session.current == MAX_SCENARIOS - 2
    assert session.switch(0) and not session.switch(0) and not session.switch(7)
    assert session.remove() and session.remove() is False
    assert len(session.slots) == 1


def test_each_scenario_is_estimated_once_per_change(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    evaluated: list[str] = []
    real = controller.evaluate
    monkeypatch.setattr(
        controller, "evaluate", lambda draft, day, table=None: evaluated.append(draft.label) or real(draft, day, table)
    )
    session.show_case(valid_draft(label="one"))
    session.duplicate()
    session.draft.label = "two"
    session.refresh()
    session.refresh()
    assert sorted(evaluated) == ["one", "two"]
    session.draft.retirement_date = "2031-07-01"
    session.refresh()
    assert sorted(evaluated) == ["one", "two", "two"]
    assert [name for name, _ in session.everyone()] == ["one", "two"]
    first, second = (estimate for _, estimate in session.everyone())
    assert first is not None and second is not None
    assert first.retirement_date == date(2030, 7, 1) and second.retirement_date == date(2031, 7, 1)


def test_the_injected_day_dates_the_estimate_and_its_summary() -> None:
    days = [TODAY]
    session = Session(lambda: days[-1])
    filled(session)
    first = session.evaluation
    assert first.summary is not None and first.summary.made_on == TODAY
    assert first.curve is not None and first.summary.curve is first.curve
    days.append(date(2027, 1, 4))
    printable = session.printable_summary()  # the PDF is dated the day it is made, with the same curve
    assert printable is not None and printable.made_on == date(2027, 1, 4) and printable.curve is first.curve
    session.refresh()  # a new day: estimated again
    assert session.evaluation is not first and session.evaluation.today == date(2027, 1, 4)


def test_problems_show_only_on_the_steps_touched(session: Session) -> None:
    session.show_case(valid_draft(birth_date="not a date", retirement_date=""))
    session.refresh()
    assert session.scenario is None
    assert session.shown_problems().problems == ()
    assert session.step_problem_count(StepKey.ABOUT) == 0
    assert session.touch(StepKey.ABOUT) and not session.touch(StepKey.ABOUT)
    assert session.step_problem_count(StepKey.ABOUT) == 1
    assert [p.path for p in session.shown_problems().problems] == ["member.birth_date"]


def test_next_and_back_skip_the_steps_that_do_not_apply(session: Session) -> None:
    session.show_case(valid_draft(quick=True, wants_survivor="no"))
    assert session.visible_keys() == [
        StepKey.ABOUT,
        StepKey.SERVICE,
        StepKey.STATEMENT,
        StepKey.RETIREMENT,
        StepKey.RESULTS,
    ]
    assert session.neighbour(-1) is None and session.neighbour(1) is StepKey.SERVICE
    session.step = StepKey.SERVICE
    assert session.neighbour(1) is StepKey.STATEMENT
    session.step = StepKey.RESULTS
    assert session.neighbour(1) is None and session.neighbour(-1) is StepKey.RETIREMENT


def test_choices_change_the_draft(session: Session) -> None:
    assert not session.retire_at_age(62)  # no valid case yet: no birth date to count from
    filled(session)
    assert session.choose_option("E") and not session.choose_option("E")
    assert session.draft.selected_option == "E"
    assert session.retire_at_age(62)
    assert session.draft.retirement_date == "2030-04-12"


def test_the_earliest_date_offered_follows_the_injected_today() -> None:
    later = Session(lambda: date(2031, 5, 20))
    later.show_case(valid_draft(retirement_date=""))
    assert later.fill_earliest_date()
    assert later.draft.retirement_date == "2031-06-01"
    unknown = Session(lambda: TODAY)
    assert not unknown.fill_earliest_date()  # an empty case: nothing to tell from
    assert unknown.draft.retirement_date == ""


def test_dirty_tracking_follows_opening_editing_and_saving(session: Session, tmp_path: Path) -> None:
    path = CASES / "full_member.scers.json"
    session.open_case(load_scenario(path, today=TODAY), path)
    assert not session.slot.dirty and session.slot.path == path
    assert session.slot.touched == set(StepKey)
    session.draft.label = "changed"
    assert session.slot.dirty
    session.saved_as(tmp_path / "changed.scers.json")
    assert not session.slot.dirty and session.slot.path == tmp_path / "changed.scers.json"
    session.new_case()
    assert not session.slot.dirty and session.slot.path is None and session.slot.touched == set()


def test_recovery_keeps_every_unsaved_scenario_and_only_its_own_copy(tmp_path: Path) -> None:
    session = Session(lambda: TODAY, Recovery(tmp_path))
    filled(session)
    session.duplicate()
    session.draft.label = "second"
    session.keep_recovery()
    pending = session.pending_recovery()
    assert [draft.label for draft, _ in pending] == ["", "second"]
    restored = Session(lambda: TODAY, Recovery(tmp_path))
    restored.restore(pending)
    assert [slot.draft.label for slot in restored.slots] == ["", "second"]
    assert all(slot.dirty for slot in restored.slots)  # recovered work is unsaved until saved again
    # Nothing unsaved: a copy this session wrote goes; one it did not write (a crash's) stays.
    session.reset()
    session.keep_recovery()
    assert session.pending_recovery() == []
    restored.keep_recovery()
    assert len(Session(lambda: TODAY, Recovery(tmp_path)).pending_recovery()) == 2
    bystander = Session(lambda: TODAY, Recovery(tmp_path))
    bystander.keep_recovery()
    assert len(bystander.pending_recovery()) == 2
    bystander.discard_recovery()
    assert bystander.pending_recovery() == []


def test_a_session_without_recovery_keeps_nothing(tmp_path: Path) -> None:
    session = filled(Session(lambda: TODAY))
    session.keep_recovery()
    session.discard_recovery()
    assert session.pending_recovery() == []
    assert list(tmp_path.iterdir()) == []


def test_reset_is_a_fresh_start(session: Session) -> None:
    filled(session)
    session.duplicate()
    session.step = StepKey.RESULTS
    session.reset()
    assert len(session.slots) == 1 and session.step == StepKey.ABOUT and not session.slot.dirty
    assert session.draft.birth_date == ""
