"""The folder File → Open, Save and Export PDF start in: the last one a case or a PDF came from or went to.

It is kept with QSettings in an INI file in the app's data folder, beside the recent-files list, so a
window given a folder of its own (every test) never reads or writes the host's settings; a window with
no data folder remembers it only while it is open. A folder since removed gives way to the home folder.
The kiosk saves no files, so it has none of this.
"""

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_FILE = "settings.ini"
KEY = "files/last_folder"


class LastFolder:
    """The last folder a file dialog was used in."""

    def __init__(self, data_folder: Path | None) -> None:
        """``data_folder`` holds the settings file (None keeps the folder in memory only)."""
        self.settings = (
            QSettings(str(data_folder / SETTINGS_FILE), QSettings.Format.IniFormat) if data_folder is not None else None
        )
        self._folder: Path | None = None

    def folder(self) -> Path:
        """The folder to start in: the last one used, or the home folder."""
        folder = self._folder
        if folder is None and self.settings is not None:
            stored = self.settings.value(KEY)
            folder = Path(str(stored)) if stored else None
        return folder if folder is not None and folder.is_dir() else Path.home()

    def used(self, file: Path) -> None:
        """``file`` was just opened or written: its folder is where the next dialog starts."""
        self._folder = file.parent
        if self.settings is not None:
            self.settings.setValue(KEY, str(file.parent))
            self.settings.sync()
