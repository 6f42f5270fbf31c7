"""``make eval``: the engine's language judgments measured on the held-out and development sets.

Measuring only: nothing here changes a rule, a threshold or a set. Every figure comes from the
real app through its public HTTP API (``api.py``), scored by small pure functions (one module per
judgment) that ``tests/test_judgments_harness.py`` checks on hand-written answers.
"""
