"""Printing: project briefs and entries to paper or PDF, page setup, batches of briefs,
meeting packs."""
