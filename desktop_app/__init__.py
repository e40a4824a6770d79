"""Field Reference: an offline reader for the IOM Tajikistan mission's content."""

__version__ = "0.1.0"
APP_NAME = "Field Reference"
APP_ID = "field-reference"
# The languages of the interface and of the content, in the order they are offered: the one
# list every part of the program (command line, settings, window) takes them from.
LANGUAGES = ("en", "ru")
