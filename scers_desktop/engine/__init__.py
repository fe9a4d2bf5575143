"""The SCERS estimate engine: pure Python, no Qt, no plotting, no PDF code.

Public entry points: :func:`estimate` (from :mod:`.estimates`) and :func:`sweep` (from :mod:`.sweeps`),
the scenario loader (:func:`load_scenario`, :func:`parse_scenario`), :class:`ScenarioError` and the
scenario's vocabularies (:class:`Plan`, :class:`EstimateType`, :class:`LeaveKind` ...). The estimating
modules, and the actuarial code behind them, load on first use: the app's first page, which only reads
and checks scenarios, shows sooner.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from scers_desktop.engine.caches import clear_caches
from scers_desktop.engine.errors import FieldProblem, ScenarioError
from scers_desktop.engine.model import (
    EstimateType,
    FilingStatus,
    LeaveKind,
    Plan,
    PurchaseKind,
    Relationship,
    Scenario,
    Sex,
)
from scers_desktop.engine.scenario_file import dump_scenario, load_scenario, parse_scenario

if TYPE_CHECKING:
    from scers_desktop.engine.estimates import Estimate, estimate
    from scers_desktop.engine.sweeps import SweepPoint, sweep

#: Names served from the estimating modules on first use. None of them is also a submodule's name, so
#: importing a module can never shadow them.
_LAZY = {"Estimate": "estimates", "estimate": "estimates", "SweepPoint": "sweeps", "sweep": "sweeps"}

__all__ = [
    "Estimate",
    "EstimateType",
    "FieldProblem",
    "FilingStatus",
    "LeaveKind",
    "Plan",
    "PurchaseKind",
    "Relationship",
    "Scenario",
    "ScenarioError",
    "Sex",
    "SweepPoint",
    "clear_caches",
    "dump_scenario",
    "estimate",
    "load_scenario",
    "parse_scenario",
    "sweep",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = import_module(f"scers_desktop.engine.{_LAZY[name]}")
        for exported, home in _LAZY.items():
            if home == _LAZY[name]:
                globals()[exported] = getattr(module, exported)
        return globals()[name]
    raise AttributeError(f"module 'scers_desktop.engine' has no attribute {name!r}")
