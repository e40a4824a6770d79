"""Searching the content: query building, the engine, the command line."""
