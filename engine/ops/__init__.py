"""Operating the engine: CLI-adjacent tools, docs generation, evaluation, gunicorn logging."""
