"""Search in the window: the panel and its result model."""
