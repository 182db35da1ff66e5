"""The dosing model: its schema (format 1), its meaning and the checks on it."""
