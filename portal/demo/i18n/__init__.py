"""Demo texts in German, French, Spanish and Italian, keyed like the en/ru originals."""
