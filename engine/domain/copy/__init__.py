"""Ad copy: the writer, the template checks and the desk that holds the approved set."""
