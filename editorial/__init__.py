"""Editorial workflow: roles, review steps, the four-eyes rule, change notes, notifications."""
