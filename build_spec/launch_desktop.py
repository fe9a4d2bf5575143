"""Entry point of the frozen ``scers-desktop`` executable."""

from scers_desktop.app import run

run()
