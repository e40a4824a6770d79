"""Bookmarks as the program uses them: the store, bookmark files, the command line."""
