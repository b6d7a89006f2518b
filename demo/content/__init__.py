"""Demo content for the load_initial_data command, as plain data."""
