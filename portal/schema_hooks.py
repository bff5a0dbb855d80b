"""drf-spectacular post-processing: the answers portal/request_guard.py gives on any endpoint."""

ERROR = {"$ref": "#/components/schemas/Error"}


def document_request_guard(result, generator, request, public):
    """Every operation may answer 400 (a NUL or invalid UTF-8 in the query string); every one
    that reads a JSON body 400 (not JSON, nested too deep) and 413 (over API_MAX_BODY_BYTES)."""
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = operation["responses"]
            responses.setdefault("400", _error("The request could not be read."))
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                responses.setdefault("413", _error("The body is larger than API_MAX_BODY_BYTES."))
    return result


def _error(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": ERROR}}}
