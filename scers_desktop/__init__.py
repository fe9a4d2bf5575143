"""SCERS Desktop: an offline, unofficial pension estimator for SCERS members."""

__version__ = "0.1.0"
APP_NAME = "SCERS Desktop"
