"""Every sentence, row and series a person reads, built once from engine results without Qt, plotting or
PDF code: the benefit-by-age series and the summary of an estimate that the results view, the PDF and the
command line all show."""
