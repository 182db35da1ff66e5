"""Core values every stage shares: findings, drafts, reports, errors.

No I/O and no words: a `Draft` carries a code and parameters, the catalogue in
`i18n` words it at the edge.
"""
