"""Pure rules and values: no Flask, Redis, RQ or metrics, so each can be tested without I/O."""
