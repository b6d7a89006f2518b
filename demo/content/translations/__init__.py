"""Demo translations of the Swedish source strings, one module per language."""
