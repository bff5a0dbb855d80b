"""The JSON the ministries accept (schema version 1), as JSON Schema: the documented contract.

The portal builds these payloads in one place (applications.forwarding); the mocks validate
every request against them and answer 400 with the reasons when a request does not fit.
"""

from jsonschema import Draft202012Validator, FormatChecker

CATEGORIES = [
    "qualified_professional",
    "scientist",
    "investor",
    "entrepreneur",
    "creative_professional",
    "student_graduate",
    "outstanding_talent",
]

_TEXT = {"type": "string", "minLength": 1, "maxLength": 200}
_COUNTRY = {"type": "string", "pattern": "^[A-Z]{2}$"}
_DATE = {"type": "string", "format": "date"}
_DATETIME = {"type": "string", "format": "date-time"}
_REFERENCE = {"type": "string", "pattern": "^TLR-[0-9]{4}-[0-9]{6}$"}
# The passport's machine-readable spelling (ICAO Doc 9303): A–Z, space, hyphen, apostrophe.
_PASSPORT_SPELLING = {"type": "string", "maxLength": 100, "pattern": "^[A-Za-z' -]+$"}
_REGION = {"type": "string", "pattern": "^RU-[A-Z]{2,3}$"}

PERSON = {
    "type": "object",
    "required": ["first_name", "last_name", "date_of_birth", "citizenship", "email"],
    "properties": {
        "first_name": _TEXT,
        "last_name": _TEXT,
        "first_name_latin": _PASSPORT_SPELLING,
        "last_name_latin": _PASSPORT_SPELLING,
        "first_name_cyrillic": {"type": "string", "maxLength": 200},
        "last_name_cyrillic": {"type": "string", "maxLength": 200},
        "date_of_birth": _DATE,
        "citizenship": _COUNTRY,
        "country_of_residence": {"anyOf": [_COUNTRY, {"const": ""}]},
        "email": {"type": "string", "format": "email", "maxLength": 254},
        "phone": {"type": "string", "maxLength": 40},
    },
    "additionalProperties": False,
}

FAMILY_MEMBER = {
    "type": "object",
    "required": ["relation", "first_name", "last_name", "date_of_birth", "citizenship"],
    "properties": {
        "relation": {"enum": ["spouse", "child"]},
        "first_name": _TEXT,
        "last_name": _TEXT,
        "date_of_birth": _DATE,
        "citizenship": _COUNTRY,
    },
    "additionalProperties": False,
}

DOCUMENT = {
    "type": "object",
    "required": ["name", "type", "sha256"],
    "properties": {
        "name": _TEXT,
        "type": {"enum": ["application/pdf", "image/jpeg", "image/png"]},
        "kind": {"type": "string", "maxLength": 40},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
    },
    "additionalProperties": False,
}

MVD_CASE = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "MVD impatriate status request, version 1",
    "type": "object",
    "required": [
        "schema_version",
        "reference",
        "category",
        "person",
        "family_members",
        "region",
        "documents",
        "approved_at",
    ],
    "properties": {
        "schema_version": {"const": "1"},
        "reference": _REFERENCE,
        "category": {"enum": CATEGORIES},
        "person": PERSON,
        "family_members": {"type": "array", "items": FAMILY_MEMBER, "maxItems": 20},
        "region": _REGION,
        "interview_at": {"anyOf": [_DATETIME, {"type": "null"}]},
        "decision_note": {"type": "string", "maxLength": 5000},
        "documents": {"type": "array", "items": DOCUMENT, "maxItems": 20},
        "approved_at": _DATETIME,
    },
    "additionalProperties": False,
}

MID_VISA_REQUEST = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "MID visa request for a granted impatriate, version 1",
    "type": "object",
    "required": [
        "schema_version",
        "reference",
        "mvd_external_id",
        "person",
        "family_members",
        "region",
        "status_granted_at",
    ],
    "properties": {
        "schema_version": {"const": "1"},
        "reference": _REFERENCE,
        "mvd_external_id": _TEXT,
        "person": PERSON,
        "family_members": {"type": "array", "items": FAMILY_MEMBER, "maxItems": 20},
        "region": _REGION,
        "status_granted_at": _DATETIME,
    },
    "additionalProperties": False,
}

SCHEMAS = {"mvd": MVD_CASE, "mid": MID_VISA_REQUEST}


def schema_errors(ministry: str, payload) -> list[str]:
    """Every way `payload` breaks the ministry's schema, as "path: message" lines."""
    validator = Draft202012Validator(SCHEMAS[ministry], format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(payload), key=lambda error: list(error.absolute_path))
    return [
        f"{'.'.join(str(part) for part in error.absolute_path) or '(body)'}: {error.message}"
        for error in errors
    ]
