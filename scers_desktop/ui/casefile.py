"""Case files on disk: atomic saves, crash recovery of unsaved work, and the recent-files list.

Qt-free. Saves write a temporary file beside the target, flush it to disk and rename it over the
target, so a crash or a full disk never leaves a half-written case. Recovery keeps the draft exactly as
typed (even when it is not yet a valid scenario) in the app's data folder until the work is saved.
"""

import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from scers_desktop.ui.draft import Draft, EmploymentRow, LeaveRow, PurchaseRow, SalaryRow

SUFFIX = ".scers.json"
MAX_RECENT = 8


def write_atomically_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so the file is either the old one or the whole new one."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, text: str) -> None:
    """Write UTF-8 ``text`` atomically (see :func:`write_atomically_bytes`)."""
    write_atomically_bytes(path, text.encode("utf-8"))


def with_suffix(path: Path) -> Path:
    """'case' -> 'case.scers.json'; a name that already ends so is kept."""
    return path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)


def draft_to_json(draft: Draft) -> str:
    """A draft as JSON, exactly as typed (for crash recovery)."""
    return json.dumps(asdict(draft), ensure_ascii=False, default=str)


def draft_from_json(text: str) -> Draft:
    """The draft saved by :func:`draft_to_json`."""
    data: dict[str, Any] = json.loads(text)
    rows = {"employment": EmploymentRow, "leaves": LeaveRow, "purchases": PurchaseRow, "salary": SalaryRow}
    for key, kind in rows.items():
        data[key] = [kind(**row) for row in data.get(key, [])]
    return Draft(**data)


class Recovery:
    """Unsaved work kept in the app's data folder until it is saved or discarded."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "unsaved-work.json"

    def keep(self, draft: Draft, case_path: Path | None) -> None:
        """Remember the current draft (and which file it belongs to)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"case_path": str(case_path) if case_path else None, "draft": draft_to_json(draft)})
        write_atomically(self.path, payload)

    def pending(self) -> tuple[Draft, Path | None] | None:
        """The unsaved work left by a crash, if any (a damaged recovery file is ignored and removed)."""
        if not self.path.exists():
            return None
        try:
            payload = json.loads(self.path.read_text(encoding="utf-8"))
            case_path = Path(payload["case_path"]) if payload["case_path"] else None
            return draft_from_json(payload["draft"]), case_path
        except (OSError, ValueError, KeyError, TypeError):
            self.clear()
            return None

    def clear(self) -> None:
        """Forget the unsaved work (after a save, or when the user discards it)."""
        self.path.unlink(missing_ok=True)


class RecentFiles:
    """The most recently opened or saved case files, newest first."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "recent-files.json"

    def paths(self) -> list[Path]:
        """Recent files that still exist."""
        try:
            names = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        return [Path(n) for n in names if isinstance(n, str) and Path(n).exists()][:MAX_RECENT]

    def add(self, case: Path) -> None:
        """Put a file at the top of the list."""
        names = [str(case.resolve())] + [str(p) for p in self.paths() if p.resolve() != case.resolve()]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, json.dumps(names[:MAX_RECENT]))
