"""Case files on disk: atomic saves, crash recovery of unsaved work, and the recent-files list.

Qt-free. Saves write a temporary file beside the target, flush it to disk and rename it over the
target, so a crash or a full disk never leaves a half-written case. Recovery keeps the draft exactly as
typed (even when it is not yet a valid scenario), for every unsaved scenario of the window, in the app's
data folder until the work is saved.

Saves never surprise (issue 12): a failed save removes its temporary file, and one left by a save
that was killed is removed at the next start (:func:`remove_stale_temporaries`); a replaced file keeps
its permissions; a read-only file or a symbolic link is replaced only when the caller confirms, so the
app can ask first (:class:`NeedsConfirmation`).
"""

import json
import os
import stat
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from scers_desktop.present.i18n import _
from scers_desktop.session.draft import Draft, EmploymentRow, LeaveRow, PurchaseRow, SalaryRow

SUFFIX = ".scers.json"
MAX_RECENT = 8
#: Every temporary file of a save ends so; older versions wrote ``.<name>.scers.json.<random>.tmp``.
TEMPORARY_SUFFIX = ".scers-tmp"
TEMPORARY_PATTERNS = (f".*{TEMPORARY_SUFFIX}", f".*{SUFFIX}.*.tmp")
#: A temporary file older than this belongs to no running save (a save takes well under a second).
STALE_SECONDS = 600


class NeedsConfirmation(OSError):
    """Replacing ``path`` needs the user's yes first: ``reason`` says why, in words."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name} {reason}")
        self.path = path
        self.reason = reason


def replace_needs_confirmation(path: Path) -> str | None:
    """Why replacing ``path`` must be confirmed (a read-only file, a symbolic link), or None."""
    if path.is_symlink():
        return _("is a link to {target}; saving replaces the file it points to").format(target=os.readlink(path))
    if path.exists() and (not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222):
        return _("is read-only")  # no write permission, or no write bit at all (even for root)
    return None


def remove_stale_temporaries(folder: Path) -> int:
    """Remove temporary files of saves that were killed (older than ``STALE_SECONDS``); return how many."""
    removed = 0
    cutoff = time.time() - STALE_SECONDS
    for pattern in TEMPORARY_PATTERNS:
        try:
            leftovers = list(folder.glob(pattern))
        except OSError:
            continue
        for leftover in leftovers:
            try:
                if leftover.is_file() and not leftover.is_symlink() and leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
                    removed += 1
            except OSError:
                continue
    return removed


def write_atomically_bytes(path: Path, data: bytes, *, confirmed: bool = False) -> None:
    """Write ``data`` to ``path`` so the file is either the old one or the whole new one.

    The replaced file keeps its permissions (a new file is private to the user: it holds a birth date).
    A read-only file or a symbolic link raises :class:`NeedsConfirmation` unless ``confirmed``; confirmed,
    a link stays a link and the file it points to is replaced.
    """
    reason = replace_needs_confirmation(path)
    if reason is not None and not confirmed:
        raise NeedsConfirmation(path, reason)
    target = path.resolve() if path.is_symlink() else path
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else None
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMPORARY_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, text: str, *, confirmed: bool = False) -> None:
    """Write UTF-8 ``text`` atomically (see :func:`write_atomically_bytes`)."""
    write_atomically_bytes(path, text.encode("utf-8"), confirmed=confirmed)


def with_suffix(path: Path) -> Path:
    """'case' -> 'case.scers.json'; a name that already ends so is kept."""
    return path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)


def draft_to_json(draft: Draft) -> str:
    """A draft as JSON, exactly as typed (for crash recovery)."""
    return json.dumps(asdict(draft), ensure_ascii=False, default=str)


def draft_from_json(text: str) -> Draft:
    """The draft saved by :func:`draft_to_json`.

    Raises ValueError for text that is not such a draft, including JSON nested too deep to read.
    """
    try:
        data: dict[str, Any] = json.loads(text)
    except RecursionError:
        raise ValueError("the draft is nested too deeply") from None
    rows = {"employment": EmploymentRow, "leaves": LeaveRow, "purchases": PurchaseRow, "salary": SalaryRow}
    for key, kind in rows.items():
        data[key] = [kind(**row) for row in data.get(key, [])]
    return Draft(**data)


#: One unsaved scenario: its draft as typed, and the case file it belongs to (None if never saved).
Unsaved = tuple[Draft, Path | None]


class Recovery:
    """Every unsaved scenario of the window, kept in the app's data folder until saved or discarded."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "unsaved-work.json"
        #: Whether the file now on disk was written through this object (not left by a crash).
        self.kept = False

    def keep(self, scenarios: list[Unsaved]) -> None:
        """Remember these unsaved scenarios, in order, replacing what was kept before."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.kept = True
        entries = [
            {"case_path": str(case_path) if case_path else None, "draft": draft_to_json(draft)}
            for draft, case_path in scenarios
        ]
        write_atomically(self.path, json.dumps({"scenarios": entries}))

    def pending(self) -> list[Unsaved]:
        """The unsaved scenarios left by a crash, if any (a damaged recovery file is ignored and removed)."""
        if not self.path.exists():
            return []
        try:
            entries = json.loads(self.path.read_text(encoding="utf-8"))["scenarios"]
            return [
                (draft_from_json(entry["draft"]), Path(entry["case_path"]) if entry["case_path"] else None)
                for entry in entries
            ]
        except (OSError, ValueError, KeyError, TypeError):
            self.clear()
            return []

    def clear(self) -> None:
        """Forget the unsaved work (nothing is left unsaved, or the user discarded it)."""
        self.path.unlink(missing_ok=True)
        self.kept = False


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
