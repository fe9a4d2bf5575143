"""The presentation layer, without Qt or reportlab: every sentence, row and series a person reads,
built once from the engine's results for the screen, the PDF and the command line."""
