"""Date and time formats where Django's defaults read badly (FORMAT_MODULE_PATH); the other
languages keep Django's own."""
