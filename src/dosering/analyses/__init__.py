"""Analyses: pure functions from valid models to frozen results; nothing prints."""
