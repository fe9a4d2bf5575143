"""The SCERS estimate engine: pure Python, no Qt, no plotting, no PDF code.

Public entry points: :func:`estimate` and :func:`sweep` (in :mod:`.estimate`), the scenario
loader (:func:`load_scenario`, :func:`parse_scenario`) and :class:`ScenarioError`.
"""

from scers_desktop.engine.errors import FieldProblem, ScenarioError
from scers_desktop.engine.estimate import Estimate, SweepPoint, estimate, sweep
from scers_desktop.engine.scenario import Scenario, dump_scenario, load_scenario, parse_scenario

__all__ = [
    "Estimate",
    "FieldProblem",
    "Scenario",
    "ScenarioError",
    "SweepPoint",
    "dump_scenario",
    "estimate",
    "load_scenario",
    "parse_scenario",
    "sweep",
]
