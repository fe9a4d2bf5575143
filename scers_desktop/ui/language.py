"""The language the screens speak: the choice of it, remembering it, and words that follow a change.

The words come from the one gettext mechanism of ``scers_desktop.present.i18n`` (the engine, the PDF
and the command line run without Qt, so Qt's own ``tr`` is not used for the app's words). Each language
is offered in its own name (English, Español, 繁體中文, Tiếng Việt), so a person who reads only that one
can find it. The desktop remembers the choice with QSettings in the INI file of the app's data folder
(as :mod:`scers_desktop.ui.last_folder` does), so a window given a folder of its own (every test) never
reads or writes the host's settings; the kiosk keeps none and starts every visitor in English.

Qt's own words (the Save / Discard / Cancel buttons of its message boxes) come from the translations
PySide6 ships, where it has one for the language. The fonts the app ships are given to Qt by
:func:`scers_desktop.ui.theme.load_shipped_fonts` (every window's theme), so a language the system's
fonts do not cover (Traditional Chinese on a bare kiosk) still renders.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QObject, QSettings, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from scers_desktop.present import i18n
from scers_desktop.present.i18n import _
from scers_desktop.ui.last_folder import SETTINGS_FILE

KEY = "ui/language"
#: The language every window starts in when none was chosen, and the kiosk's for every visitor.
DEFAULT = "en"
#: Qt's own translation file for each language, where PySide6 ships one (``qtbase_<name>.qm``).
QT_CATALOGS = {"es": "es", "zh_Hant": "zh_TW"}


class Retexts:
    """Words set through a setter, set again in the language in use when :meth:`again` is called."""

    def __init__(self) -> None:
        self._entries: list[tuple[Callable[[str], object], str]] = []

    def set(self, setter: Callable[[str], object], message: str) -> None:
        """Call ``setter`` with ``message`` translated now and after each change of language."""
        self._entries.append((setter, message))
        setter(_(message))

    def again(self) -> None:
        """Set every word again, in the language now in use."""
        for setter, message in self._entries:
            setter(_(message))


class LanguageSetting:
    """The language chosen last on this computer (the desktop's; the kiosk has none)."""

    def __init__(self, data_folder: Path | None) -> None:
        """``data_folder`` holds the settings file (None keeps the choice in memory only)."""
        self.settings = (
            QSettings(str(data_folder / SETTINGS_FILE), QSettings.Format.IniFormat) if data_folder is not None else None
        )

    def stored(self) -> str:
        """The language chosen last, or English when none (or one no longer offered) was."""
        value = self.settings.value(KEY) if self.settings is not None else None
        return str(value) if value and str(value) in i18n.LANGUAGES else DEFAULT

    def remember(self, code: str) -> None:
        """Keep ``code`` as the language to start in next time."""
        if self.settings is not None:
            self.settings.setValue(KEY, code)
            self.settings.sync()


class _QtWords:
    """The translator of Qt's own words for the language in use (one for the application)."""

    translator: QTranslator | None = None

    @classmethod
    def use(cls, code: str) -> None:
        app = QApplication.instance()
        if app is None:
            return
        if cls.translator is not None:
            app.removeTranslator(cls.translator)
            cls.translator = None
        name = QT_CATALOGS.get(code)
        if name is None:
            return
        translator = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{name}", folder):
            app.installTranslator(translator)
            cls.translator = translator


def use_language(code: str) -> None:
    """Speak ``code`` from now on: the app's words (gettext) and Qt's own words."""
    i18n.use(code)
    _QtWords.use(code)


def native_name(code: str) -> str:
    """A language's name in that language (never translated: it is how its readers find it)."""
    return str(i18n.LANGUAGES[code])


class LanguageMenu(QObject):
    """The desktop's Language menu: each language in its own name, the one in use ticked."""

    #: A language was chosen (its code).
    chosen = Signal(str)

    def __init__(self, menu: QMenu) -> None:
        super().__init__(menu)
        group = QActionGroup(menu)
        group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code in i18n.LANGUAGES:
            action = QAction(native_name(code), menu)
            action.setCheckable(True)
            action.setChecked(code == i18n.current())
            action.triggered.connect(lambda _on, c=code: self.chosen.emit(c))
            group.addAction(action)
            menu.addAction(action)
            self.actions[code] = action

    def show_current(self) -> None:
        """Tick the language in use."""
        for code, action in self.actions.items():
            action.setChecked(code == i18n.current())
