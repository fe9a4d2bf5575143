"""The session controller: the open scenarios and the wizard's state, without Qt.

The desktop window and the kiosk both drive one :class:`Session`. It holds the scenarios (slots) with
their files and what was last saved, each slot's checked draft and estimate (computed once per change
of that draft), the steps the person has touched (whose problems are shown), the step on screen, the
chosen payment option and retirement age, and the recovery copy of every unsaved scenario. Qt only
shows it: the windows decide *when* to copy to the recovery file (a timer) and how to ask questions.

``today`` is passed in (a function returning the date), so no answer depends on the host's clock: it
is the ``as_of`` of the estimates, the day the summaries are made on, and the day case files are read on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from scers_desktop import engine
from scers_desktop.engine import Scenario
from scers_desktop.engine.calendar import anniversary
from scers_desktop.present import i18n
from scers_desktop.present.i18n import _
from scers_desktop.session import flow
from scers_desktop.session.casefile import Recovery, Unsaved, draft_to_json
from scers_desktop.session.draft import Draft, EmploymentRow, SalaryRow, draft_from_scenario
from scers_desktop.session.flow import StepKey

if TYPE_CHECKING:
    from scers_desktop.engine import Estimate
    from scers_desktop.engine.option_factor_table import OptionFactorTable
    from scers_desktop.present.curve import Curve
    from scers_desktop.present.summary import EstimateSummary

MAX_SCENARIOS = 3


def new_draft() -> Draft:
    """An empty case with one period of work and one pay rate to fill in."""
    return Draft(employment=[EmploymentRow()], salary=[SalaryRow()])


@dataclass(frozen=True)
class Evaluation:
    """A draft as the engine sees it on a day: checked by the loader and, when valid, estimated, with its
    benefit-by-age curve and its summary (what the pages, the results, the plot and the PDF all show)."""

    today: date
    checked: flow.Checked
    estimate: Estimate | None = None
    curve: Curve | None = None
    summary: EstimateSummary | None = None


def evaluate(draft: Draft, today: date, option_factors: OptionFactorTable | None = None) -> Evaluation:
    """Check the draft with the engine's loader and, when it is valid, estimate and summarise it (with
    SCERS's own option factors when a table is installed)."""
    from scers_desktop.present.curve import curve_of
    from scers_desktop.present.summary import summarize

    checked = flow.check(draft, today)
    scenario = checked.scenario
    if scenario is None:
        return Evaluation(today, checked)
    # The estimation code and the presentation load on first use (here), so the first page shows sooner.
    result = engine.estimate(scenario, as_of=today, option_factors=option_factors)
    curve = curve_of(result, today)
    return Evaluation(today, checked, result, curve, summarize(result, curve, made_on=today))


@dataclass
class Slot:
    """One open scenario: its draft, its file, the draft as last saved, and the steps touched."""

    draft: Draft
    path: Path | None = None
    saved: str = ""
    touched: set[StepKey] = field(default_factory=set)
    #: The draft as last checked and estimated (by :meth:`refresh`), and the draft's JSON it was made from.
    last: Evaluation | None = field(default=None, repr=False, compare=False)
    _last_key: str = field(default="", repr=False, compare=False)

    @classmethod
    def fresh(cls, draft: Draft, path: Path | None = None, touched: set[StepKey] | None = None) -> Slot:
        """A slot whose draft counts as saved as it is (an empty case, or a file just opened)."""
        return cls(draft, path, draft_to_json(draft), set() if touched is None else touched)

    @property
    def dirty(self) -> bool:
        """Whether the draft changed since it was opened or saved."""
        return draft_to_json(self.draft) != self.saved

    def name(self, index: int) -> str:
        """The scenario's name on its tab and in the comparison: the name typed, else its file's name,
        else one that follows the scenario ('Retire at 65, Option E'; 'Scenario 2' before it can be
        estimated)."""
        if self.draft.label.strip():
            return self.draft.label.strip()
        if self.path is not None:
            return self.path.name
        summary = self.last.summary if self.last is not None else None
        return summary.short_name if summary is not None else _("Scenario {number}").format(number=index + 1)

    def refresh(self, today: date, option_factors: OptionFactorTable | None = None) -> Evaluation:
        """Check and estimate the draft again if it, the day, the factor table or the language (its words)
        changed since the last time; return it."""
        key = i18n.current() + ":" + draft_to_json(self.draft)
        if (
            self.last is None
            or self._last_key != key
            or self.last.today != today
            or (self.last.estimate is not None and self.last.estimate.option_factors is not option_factors)
        ):
            self.last, self._last_key = evaluate(self.draft, today, option_factors), key
        return self.last


class Session:
    """The open scenarios, the one being edited, the step on screen and the recovery copy."""

    def __init__(
        self,
        today: Callable[[], date],
        recovery: Recovery | None = None,
        option_factors: OptionFactorTable | None = None,
    ) -> None:
        """``today`` gives the date (the earliest retirement date offered is never before it);
        ``recovery`` keeps unsaved work (None keeps nothing on disk, as in the kiosk);
        ``option_factors`` is SCERS's own option-factor table when one is installed."""
        self.today = today
        self.recovery = recovery
        self.option_factors = option_factors
        self.slots = [Slot.fresh(new_draft())]
        self.current = 0
        self.step: StepKey = StepKey.ABOUT

    # ----- the scenario being edited ----------------------------------------------------------

    @property
    def slot(self) -> Slot:
        """The scenario being edited."""
        return self.slots[self.current]

    @property
    def draft(self) -> Draft:
        """The draft being edited."""
        return self.slot.draft

    def refresh(self) -> None:
        """Check and estimate every scenario whose draft changed (each edit calls this once)."""
        today = self.today()
        for slot in self.slots:
            slot.refresh(today, self.option_factors)

    def set_option_factors(self, table: OptionFactorTable | None) -> None:
        """Use ``table`` (or the approximate valuation) for every scenario from the next :meth:`refresh`."""
        self.option_factors = table

    def _evaluation_of(self, slot: Slot) -> Evaluation:
        """A slot's draft as of the last :meth:`refresh` (made now if there was none)."""
        return slot.last if slot.last is not None else slot.refresh(self.today(), self.option_factors)

    @property
    def evaluation(self) -> Evaluation:
        """The current draft, checked and estimated at the last :meth:`refresh`."""
        return self._evaluation_of(self.slot)

    @property
    def scenario(self) -> Scenario | None:
        """The current draft as a valid scenario, or None while it has problems."""
        return self.evaluation.checked.scenario

    @property
    def estimate(self) -> Estimate | None:
        """The current draft's estimate, or None while it has problems."""
        return self.evaluation.estimate

    @property
    def summary(self) -> EstimateSummary | None:
        """The current draft's summary (with its curve), or None while it has problems."""
        return self.evaluation.summary

    def printable_summary(self) -> EstimateSummary | None:
        """The summary the PDF is laid out from (the curve already shown), made on today's date."""
        summary = self.summary
        today = self.today()
        if summary is not None and summary.made_on != today:
            from scers_desktop.present.summary import summarize

            summary = summarize(summary.estimate, summary.curve, made_on=today)
        return summary

    def shown_problems(self) -> flow.Checked:
        """The check of the current draft, with only the problems of the steps the person has touched."""
        return self.evaluation.checked.only_for(self.slot.touched)

    def everyone(self) -> list[tuple[str, Estimate | None]]:
        """Every scenario's name and estimate, for the comparison."""
        return [(slot.name(i), self._evaluation_of(slot).estimate) for i, slot in enumerate(self.slots)]

    def step_problem_count(self, key: StepKey) -> int:
        """How many problems a step shows (none until it is touched)."""
        return len(self.evaluation.checked.for_step(key)) if key in self.slot.touched else 0

    # ----- steps ----------------------------------------------------------------------------------

    def visible_keys(self) -> list[StepKey]:
        """The keys of the steps that apply to the current draft, in order."""
        return [s.key for s in flow.visible_steps(self.draft)]

    def touch(self, key: StepKey) -> bool:
        """The person has been on this step: its problems show from now on. True if that is new."""
        if key in self.slot.touched:
            return False
        self.slot.touched.add(key)
        return True

    def neighbour(self, direction: int) -> StepKey | None:
        """The step after (``direction`` > 0) or before the one on screen that applies, or None."""
        if direction > 0:
            return flow.next_step(self.draft, self.step)
        return flow.previous_step(self.draft, self.step)

    # ----- scenarios ------------------------------------------------------------------------------

    def switch(self, index: int) -> bool:
        """Edit another scenario; False if ``index`` is the current one or out of range."""
        if 0 <= index < len(self.slots) and index != self.current:
            self.current = index
            return True
        return False

    def duplicate(self) -> bool:
        """Copy the current scenario after the last one (to change one thing and compare) and edit it.

        The copy has no name of its own, so its name follows what it is ('Retire at 65, Option E') until
        one is typed; the original keeps its own.

        False when there are already :data:`MAX_SCENARIOS`.
        """
        if len(self.slots) >= MAX_SCENARIOS:
            return False
        copy = self.draft.copy()
        copy.label = ""  # a name nobody typed for it: the copy's follows its age and option (see Slot.name)
        self.slots.append(Slot(copy, touched=set(self.slot.touched)))
        self.current = len(self.slots) - 1
        return True

    def remove(self) -> bool:
        """Remove the current scenario (never the last one); the one after it, or before, is edited next."""
        if len(self.slots) == 1:
            return False
        del self.slots[self.current]
        self.current = min(self.current, len(self.slots) - 1)
        return True

    def new_case(self) -> None:
        """An empty case in the current scenario, from its first step."""
        self.slots[self.current] = Slot.fresh(new_draft())
        self.step = StepKey.ABOUT

    def open_case(self, scenario: Scenario, path: Path) -> None:
        """Show an opened case file in the current scenario, every step counted as touched."""
        self.slots[self.current] = Slot.fresh(draft_from_scenario(scenario), path, set(flow.STEP_KEYS))

    def show_case(self, draft: Draft) -> None:
        """Put a filled-in draft in the current scenario, unsaved (snapshots and tests of a member's case)."""
        self.slot.draft = draft

    def reset(self) -> None:
        """One empty scenario on its first step, as at start (the kiosk's "Start over")."""
        self.slots = [Slot.fresh(new_draft())]
        self.current = 0
        self.step = StepKey.ABOUT

    def saved_as(self, path: Path) -> None:
        """The current scenario was just saved to ``path``."""
        self.slot.path = path
        self.slot.saved = draft_to_json(self.draft)

    # ----- choices ----------------------------------------------------------------------------------

    def choose_option(self, code: str) -> bool:
        """Choose the payment option drawn on the plot and printed; True if it changed."""
        if self.draft.selected_option == code:
            return False
        self.draft.selected_option = code
        return True

    def retire_at_age(self, age: int) -> bool:
        """Move the retirement date to the birthday at ``age``; False while the birth date is unknown."""
        scenario = self.scenario
        if scenario is None:
            return False
        self.draft.retirement_date = anniversary(scenario.member.birth_date, age).isoformat()
        return True

    def retire_on(self, day: date) -> bool:
        """Take ``day`` (a date worth knowing) as the retirement date; True if it changed."""
        if self.draft.retirement_date == day.isoformat():
            return False
        self.draft.retirement_date = day.isoformat()
        return True

    def fill_earliest_date(self) -> bool:
        """Fill in the earliest date the member could retire, never one already past; False when the other
        steps do not tell it yet."""
        offered = flow.default_retirement_date(self.draft, self.today())
        if offered is None:
            return False
        self.draft.retirement_date = offered.isoformat()
        return True

    # ----- recovery ---------------------------------------------------------------------------------

    def keep_recovery(self) -> None:
        """Copy every unsaved scenario to the recovery file; once none is unsaved, remove the copy.

        Only a copy this session wrote is removed that way: one left by a crash goes only when its offer
        is declined (:meth:`discard_recovery`), so a session that did not offer it never deletes it.
        Raises OSError when the data folder cannot be written.
        """
        if self.recovery is None:
            return
        unsaved = [(slot.draft, slot.path) for slot in self.slots if slot.dirty]
        if unsaved:
            self.recovery.keep(unsaved)
        elif self.recovery.kept:
            self.recovery.clear()

    def pending_recovery(self) -> list[Unsaved]:
        """The unsaved scenarios a crash left, if any."""
        return self.recovery.pending() if self.recovery is not None else []

    def restore(self, pending: list[Unsaved]) -> None:
        """Replace the open scenarios with recovered ones (all unsaved, every step counted as touched: the
        person typed it all), editing the first."""
        self.slots = [Slot(draft, path, touched=set(flow.STEP_KEYS)) for draft, path in pending[:MAX_SCENARIOS]]
        self.current = 0

    def discard_recovery(self) -> None:
        """Forget the recovery copy (declined, or the app closes with nothing unsaved). Raises OSError."""
        if self.recovery is not None:
            self.recovery.clear()
