"""The open cases and the wizard's state, without Qt: drafts, the step table, case files, the kiosk's
settings and the session controller the desktop window and the kiosk both drive."""
