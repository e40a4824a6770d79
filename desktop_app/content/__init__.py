"""Content packs: reading, validating, rendering and importing them; project briefs."""
