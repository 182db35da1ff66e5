"""Readers of every input: values and drafts, never words.

YAML with positions, course lists, mappings, crosswalks, git revisions and
`.dosering.yaml`.
"""
