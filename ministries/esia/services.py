"""What the mock ESIA does: its demo people, the portal's registration, injected faults."""

from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction
from oauth2_provider.models import get_application_model

from ministries.esia.models import EsiaFault, EsiaFaultMode, EsiaIdentity

# Faults that spoil the ID token of a successful token response.
TOKEN_FAULTS = frozenset(
    {
        EsiaFaultMode.FORGED_SIGNATURE,
        EsiaFaultMode.EXPIRED,
        EsiaFaultMode.WRONG_AUDIENCE,
        EsiaFaultMode.WRONG_ISSUER,
        EsiaFaultMode.WRONG_NONCE,
    }
)
# Faults of any endpoint a client calls server to server.
TRANSPORT_FAULTS = frozenset({EsiaFaultMode.ERROR, EsiaFaultMode.SLOW})

DEMO_IDENTITIES = [
    {
        "oid": "1000300001",
        "family_name": "Мюллер",
        "given_name": "Юрген",
        "family_name_latin": "Mueller",
        "given_name_latin": "Juergen",
        "birthdate": date(1984, 3, 14),
        "citizenship": "DE",
        "email": "juergen.mueller@example.org",
        "verified": True,
        "description": "Engineer from Germany, confirmed account",
    },
    {
        "oid": "1000300002",
        "family_name": "Соколова",
        "given_name": "Мария",
        "middle_name": "Андреевна",
        "family_name_latin": "Sokolova",
        "given_name_latin": "Mariia",
        "birthdate": date(1991, 11, 2),
        "citizenship": "KZ",
        "email": "maria.sokolova@example.org",
        "verified": True,
        "description": "Compatriot from Kazakhstan, confirmed account",
    },
    {
        "oid": "1000300003",
        "family_name": "Силва",
        "given_name": "Жоао",
        "family_name_latin": "Silva",
        "given_name_latin": "Joao",
        "birthdate": date(1979, 6, 30),
        "citizenship": "BR",
        "email": "joao.silva@example.org",
        "verified": False,
        "description": "Investor from Brazil, simplified (unconfirmed) account",
    },
]


def identities_seed() -> list[EsiaIdentity]:
    """Create or refresh the demo people (idempotent)."""
    identities = []
    for data in DEMO_IDENTITIES:
        identities.append(identity_ensure(**data))
    return identities


def identity_ensure(*, oid: str, **fields) -> EsiaIdentity:
    with transaction.atomic():
        user, created = get_user_model().objects.get_or_create(username=f"mock-esia-{oid}")
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        identity, _created = EsiaIdentity.objects.update_or_create(
            oid=oid, defaults={"user": user, **fields}
        )
    return identity


def client_register(*, client_id: str, client_secret: str, redirect_uris: list[str]):
    """Register (or update) the portal as a confidential OpenID Connect client."""
    application_model = get_application_model()
    application, _created = application_model.objects.update_or_create(
        client_id=client_id,
        defaults={
            "name": "Time to Live in Russia",
            "client_secret": client_secret,
            "client_type": application_model.CLIENT_CONFIDENTIAL,
            "authorization_grant_type": application_model.GRANT_AUTHORIZATION_CODE,
            "redirect_uris": " ".join(redirect_uris),
            "algorithm": application_model.RS256_ALGORITHM,
            "skip_authorization": False,
        },
    )
    return application


def fault_set(*, mode: str, remaining: int) -> EsiaFault:
    fault, _created = EsiaFault.objects.update_or_create(
        pk=1, defaults={"mode": mode, "remaining": 0 if mode == EsiaFaultMode.OK else remaining}
    )
    return fault


def fault_take(*, among: frozenset) -> str:
    """Consume one injected fault if it is one of `among`; "ok" otherwise."""
    with transaction.atomic():
        fault = EsiaFault.objects.select_for_update().filter(pk=1).first()
        if fault is None or fault.remaining == 0 or fault.mode not in among:
            return EsiaFaultMode.OK
        fault.remaining -= 1
        fault.save(update_fields=["remaining"])
        return fault.mode
