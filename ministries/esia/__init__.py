"""The mock ESIA (Gosuslugi) identity provider: OpenID Connect on django-oauth-toolkit."""
