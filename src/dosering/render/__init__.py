"""The document: the Jinja environment, its filters and the writers."""
