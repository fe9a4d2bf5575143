"""Package data for the app: the sample case, fonts and the icon."""
