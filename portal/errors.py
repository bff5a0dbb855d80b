"""The project's one error type: services raise it, the API, admin and pages render it."""


class DomainError(Exception):
    """A refused use case: a stable code, a translated message, optional per-field errors."""

    status_code = 400

    def __init__(self, code: str, message, fields: dict | None = None, status_code: int = 0):
        super().__init__(str(message))
        self.code = code
        self.message = message
        self.fields = fields or {}
        if status_code:
            self.status_code = status_code
