"""The reader: the main window, the content tree, the detail pane, find and side by side."""
