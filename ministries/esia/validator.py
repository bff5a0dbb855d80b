"""The claims the mock ESIA tells about a person, in the ID token and at userinfo."""

from oauth2_provider.oauth2_validators import OAuth2Validator

from ministries.esia.models import EsiaIdentity


class EsiaValidator(OAuth2Validator):
    # Which scope releases each claim (the standard ones plus ESIA's own).
    oidc_claim_scope = {
        **OAuth2Validator.oidc_claim_scope,
        "given_name_latin": "profile",
        "family_name_latin": "profile",
        "citizenship": "profile",
        "verified": "profile",
    }

    def get_additional_claims(self, request):
        identity = EsiaIdentity.objects.filter(user=request.user).first()
        return identity.claims() if identity else {}

    def get_discovery_claims(self, request):
        return [
            "sub", "name", "given_name", "family_name", "middle_name", "given_name_latin",
            "family_name_latin", "birthdate", "citizenship", "email", "email_verified", "verified",
        ]  # fmt: skip
