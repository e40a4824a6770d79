"""Bookmarks in the window: the panel, its model, and the actions that make them."""
