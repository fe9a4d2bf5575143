"""What a person reads, built once without Qt or reportlab: the benefit-by-age series and the summary of an
estimate that the results view, the PDF and the command line all show."""
