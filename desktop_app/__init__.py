"""Field Reference: an offline reader for the IOM Tajikistan mission's content."""

__version__ = "0.1.0"
APP_NAME = "Field Reference"
APP_ID = "field-reference"
