"""Stand-ins the session tests drive by hand."""


class FakeClock:
    """A monotonic clock in seconds that moves only when a test sets ``now``."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now
