"""The wizard's flow, without Qt: which steps apply, what comes next, and what is wrong where.

Steps are a table (architecture.md idea 3, after Electrum's wizard): each has a key, a title, a line of
help, the scenario fields it owns, and a rule saying when it applies. The quick path (a counselor's
totals) skips the history steps; a member who wants no survivor benefit skips the beneficiary step.
:func:`check` runs the engine's loader on the draft and files each problem under its step, in the
words of the field as the page shows it.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from scers_desktop import engine
from scers_desktop.engine import FieldProblem, Scenario, ScenarioError, parse_scenario
from scers_desktop.present.i18n import N_, _
from scers_desktop.session.draft import Draft, normalize_date


class StepKey(StrEnum):
    """The wizard's steps, in order."""

    ABOUT = "about"
    SERVICE = "service"
    LEAVES = "leaves"
    BUYBACKS = "buybacks"
    SALARY = "salary"
    BENEFICIARY = "beneficiary"
    STATEMENT = "statement"
    RETIREMENT = "retirement"
    RESULTS = "results"


@dataclass(frozen=True)
class Step:
    """One page of the wizard."""

    key: StepKey
    #: The page's title and its line of help, marked for the catalog (the page shows them with ``_()``).
    title: str
    help: str
    owns: tuple[str, ...]
    applies: Callable[[Draft], bool]


def _always(_: Draft) -> bool:
    return True


def _history(draft: Draft) -> bool:
    return not draft.quick


def _survivor(draft: Draft) -> bool:
    return draft.wants_survivor != "no"


STEPS: tuple[Step, ...] = (
    Step(StepKey.ABOUT, N_("About you"), N_("Your birth date and your SCERS plan."), ("member", "label"), _always),
    Step(
        StepKey.SERVICE,
        N_("Service history"),
        N_("Your periods of City work, or your total years."),
        ("employment", "quick"),
        _always,
    ),
    Step(
        StepKey.LEAVES, N_("Leaves"), N_("Unpaid, medical, family, injury and military leaves."), ("leaves",), _history
    ),
    Step(StepKey.BUYBACKS, N_("Buybacks"), N_("Service you bought back or may buy."), ("purchases",), _history),
    Step(StepKey.SALARY, N_("Salary"), N_("Your pay, to find your final average salary."), ("salary",), _history),
    Step(
        StepKey.BENEFICIARY,
        N_("Spouse or beneficiary"),
        N_("Who would be paid after your death."),
        ("beneficiary",),
        _survivor,
    ),
    Step(
        StepKey.STATEMENT,
        N_("Statement and Social Security"),
        N_("Figures from your SCERS statement and SSA."),
        ("contributions", "social_security"),
        _always,
    ),
    Step(StepKey.RETIREMENT, N_("Retirement date"), N_("When your pension would start."), ("retirement",), _always),
    Step(StepKey.RESULTS, N_("Your estimate"), N_("Your monthly benefit and every payment option."), (), _always),
)
STEP_KEYS = tuple(step.key for step in STEPS)


def step(key: StepKey) -> Step:
    """The step with this key."""
    return STEPS[STEP_KEYS.index(key)]


def visible_steps(draft: Draft) -> list[Step]:
    """The steps that apply to this draft, in order."""
    return [s for s in STEPS if s.applies(draft)]


def next_step(draft: Draft, current: StepKey) -> StepKey | None:
    """The key of the step after ``current`` that applies, or None at the end."""
    keys = [s.key for s in visible_steps(draft)]
    later = [k for k in STEP_KEYS[STEP_KEYS.index(current) + 1 :] if k in keys]
    return later[0] if later else None


def previous_step(draft: Draft, current: StepKey) -> StepKey | None:
    """The key of the step before ``current`` that applies, or None at the start."""
    keys = [s.key for s in visible_steps(draft)]
    earlier = [k for k in STEP_KEYS[: STEP_KEYS.index(current)] if k in keys]
    return earlier[-1] if earlier else None


def owner(path: str) -> StepKey:
    """The step that shows the field at ``path`` ('employment[2].fte' -> 'service')."""
    head = re.split(r"[.\[]", path, maxsplit=1)[0]
    return next((s.key for s in STEPS if head in s.owns), StepKey.ABOUT)


_PERCENT_FIELDS = {
    r"employment\[\d+\]\.fte": N_("Enter the percent of full time: more than 0 and at most 100."),
    r"salary\.growth_rate": N_("Enter a yearly raise in percent, between -25 and 25."),
}
#: Problems whose file-format wording reads oddly on a page: (path, words in the engine's message) -> page words.
_PAGE_WORDS = {
    ("member.plan", "membership_date"): N_("Choose your plan, or enter your membership date."),
}


def _as_typed(problem: FieldProblem, typed: dict[str, str]) -> FieldProblem:
    """A problem about a date typed as month/day/year quotes it as typed: "'13/45/2020' is not a real
    date", not the year-month-day it was rewritten to before the check."""
    text = typed.get(problem.path)
    if text is None:
        return problem
    written = normalize_date(text)
    message = problem.message.replace(f"'{written}'", f"'{text}'").replace(written, text)
    return FieldProblem(problem.path, message.replace(" is not a real date written YYYY-MM-DD", " is not a real date"))


def _in_page_words(problem: FieldProblem) -> FieldProblem:
    for (path, words), message in _PAGE_WORDS.items():
        if problem.path == path and words in problem.message:
            return FieldProblem(problem.path, _(message))
    for pattern, message in _PERCENT_FIELDS.items():
        if re.fullmatch(pattern, problem.path) and "number" not in problem.message:
            return FieldProblem(problem.path, _(message))
    return problem


@dataclass(frozen=True)
class Checked:
    """A draft checked by the engine: the scenario when it is valid, else the problems by step."""

    scenario: Scenario | None
    problems: tuple[FieldProblem, ...]

    def for_step(self, key: StepKey) -> list[FieldProblem]:
        """The problems a step shows."""
        return [p for p in self.problems if owner(p.path) == key]

    def only_for(self, steps: set[StepKey]) -> "Checked":
        """The same check showing only the problems of these steps (the ones the person has touched)."""
        return Checked(self.scenario, tuple(p for p in self.problems if owner(p.path) in steps))

    def for_path(self, path: str) -> list[FieldProblem]:
        """The problems about one field (or one row, for a path like 'leaves[0]')."""
        return [p for p in self.problems if p.path == path or p.path.startswith((path + ".", path + "["))]


def check(draft: Draft, today: date) -> Checked:
    """Run the engine's loader on the draft, as of ``today``."""
    try:
        return Checked(parse_scenario(draft.to_raw(), today=today), ())
    except ScenarioError as error:
        typed = draft.typed_dates()
        return Checked(None, tuple(_in_page_words(_as_typed(p, typed)) for p in error.problems))


def first_of_next_month(today: date) -> date:
    """The first day of the month after ``today`` (the soonest a pension could start)."""
    return date(today.year + today.month // 12, today.month % 12 + 1, 1)


def default_retirement_date(draft: Draft, today: date) -> date | None:
    """The date the retirement step offers when none is entered (issue 5: "default the earliest
    eligible date"): the first date the member could retire on the service path entered, and not
    before the first of next month. None when the other steps are not complete enough to tell.
    """
    soonest = first_of_next_month(today)
    trial = draft.copy()
    trial.retirement_date = soonest.isoformat()
    scenario = check(trial, today).scenario
    if scenario is None:
        return None
    earliest = engine.estimate(scenario, as_of=today, details=False).earliest_eligible_date
    return None if earliest is None else max(earliest, soonest)
