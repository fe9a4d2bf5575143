"""The benefit-by-age curve the plot and the PDF draw, as data."""

from pathlib import Path

from scers_desktop.engine import estimate, load_scenario, sweep
from scers_desktop.present.curve import benefit_curve
from tests.helpers import TODAY

CASES = Path(__file__).parent.parent / "cases" / "scenarios"


def test_the_plot_data_follows_the_engine() -> None:
    scenario = load_scenario(CASES / "full_member.scers.json", today=TODAY)
    points = sweep(scenario, range(50, 76))
    curve = benefit_curve(points, 62, "E")
    assert curve.ages == tuple(range(50, 76))
    assert curve.unmodified[:2] == (None, None)  # 50 and 51: not eligible
    assert curve.not_eligible == ((49.5, 51.5),)
    assert curve.first_eligible_age == 52
    result = estimate(scenario, as_of=TODAY)
    assert result.unmodified_monthly is not None
    assert curve.chosen_age == 62
    assert all(o is None or u is None or o <= u for o, u in zip(curve.option, curve.unmodified, strict=True))
    # Ages held at the cap are ones where the formula (not the annuity) gives the benefit.
    capped = {p.age for p in points if p.capped and not p.from_annuity}
    assert set(curve.capped_ages) == capped
