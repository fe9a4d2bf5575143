"""Errors that name the field and what is wrong with it, never a traceback.

A :class:`ScenarioError` carries every problem found in a scenario, each as a field path
(``employment[1].end``) and a plain-language message, so the CLI prints one line and the app can
mark each field.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field: ``path`` like ``member.birth_date``, ``message`` in words."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ScenarioError(ValueError):
    """A scenario that cannot be estimated, with every problem found."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in problems))


class PlanDataError(RuntimeError):
    """A broken plan-data file shipped with the engine: a packaging fault, not a user error."""
