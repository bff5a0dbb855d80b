from applications.forms import StatusLookupForm


class LinkApplicationForm(StatusLookupForm):
    """Reference and access code of a case submitted without signing in, entered once."""
