"""Settings by environment: base, dev, test, production."""
