"""Thin HTTP views: parse, call a service, serialise. Each module holds one blueprint ``bp``."""
