"""The desktop app: PySide6 pages and views over the engine. No arithmetic lives here."""
