"""Demo content loaded by seed_demo."""
