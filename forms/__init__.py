"""Affiliation: organisations apply online to join an agreement; the register of signatories."""
