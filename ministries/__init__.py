"""Mock Interior (MVD) and Foreign (MID) Ministry services that behave like remote systems."""
