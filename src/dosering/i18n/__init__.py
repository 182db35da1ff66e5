"""The Swedish and English catalogue: messages, hints and labels.

Only `report`, `render` and `cli` import it.
"""
