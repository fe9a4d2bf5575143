"""Errors that name the field and what is wrong with it, never a traceback.

A :class:`ScenarioError` carries every problem found in a scenario, each as a field path
(``employment[1].end``) and a plain-language message, so the CLI prints one line and the app can
mark each field. Its text is bounded (issue 12): a problem repeated in many entries of a list is
written once with a count, and the whole text is cut at ``MAX_ERROR_CHARS`` with the number left out.
"""

import re
from dataclasses import dataclass

from scers_desktop.engine.limits import MAX_ERROR_CHARS

_INDEX = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field: ``path`` like ``member.birth_date``, ``message`` in words."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def summarize(problems: tuple[FieldProblem, ...]) -> str:
    """The problems as one line: each distinct problem once, in order of first appearance, those that
    recur in other entries of the same list counted ("… (and 2,999 more like it)"), and the line
    cut at ``MAX_ERROR_CHARS`` characters, saying how many problems were left out."""
    groups: dict[tuple[str, str], list[FieldProblem]] = {}
    for problem in problems:
        groups.setdefault((_INDEX.sub("[]", problem.path), problem.message), []).append(problem)
    parts = []
    for same in groups.values():
        more = f" (and {len(same) - 1:,} more like it)" if len(same) > 1 else ""
        parts.append(f"{same[0]}{more}")
    text = ""
    for count, part in enumerate(parts):
        joined = part if not text else f"{text}; {part}"
        if len(joined) > MAX_ERROR_CHARS:
            return f"{text}; … and {len(parts) - count:,} more problems" if text else part[:MAX_ERROR_CHARS] + " …"
        text = joined
    return text


class ScenarioError(ValueError):
    """A scenario that cannot be estimated, with every problem found."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(summarize(self.problems))


class PlanDataError(RuntimeError):
    """A broken plan-data file shipped with the engine: a packaging fault, not a user error."""
