"""Importing a content pack from the window, in the background."""
