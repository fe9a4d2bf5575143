"""The dates worth knowing are kept per scenario, and a kiosk's Start over forgets them all."""

from datetime import date

from scers_desktop.engine import load_scenario
from scers_desktop.session import timing as kept_timing
from tests.helpers import SAMPLE_FILE

TODAY = date(2026, 12, 1)


def test_an_answer_is_kept_for_its_scenario_until_forgotten() -> None:
    scenario = load_scenario(SAMPLE_FILE, today=TODAY)
    first = kept_timing.timing_for(scenario, TODAY)
    assert kept_timing.timing_for(scenario, TODAY) is first
    kept_timing.forget()
    assert kept_timing._kept == []  # nothing of the visitor's scenario stays
    assert kept_timing.timing_for(scenario, TODAY) is not first
