"""Speed and memory goals, measured by ``make bench`` (never by timed tests)."""
