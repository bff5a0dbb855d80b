"""Regions, their one-stop-shop offices, officials and support measures."""
