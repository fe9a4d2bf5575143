"""Every sentence, row and figure a person reads, built from engine results (no Qt, plotting or PDF code)."""
