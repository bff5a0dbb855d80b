import pytest
from django.test import override_settings


@pytest.mark.django_db
def test_healthz_is_ok_when_every_service_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "broker": "ok"},
    }


@pytest.mark.django_db
def test_healthz_names_the_broker_when_it_is_unreachable(client):
    # Port 9 (discard) is closed on the machine: the broker cannot be reached.
    with override_settings(CELERY_BROKER_URL="redis://127.0.0.1:9/0"):
        response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"] == {"database": "ok", "cache": "ok", "broker": "error"}


@pytest.mark.django_db
def test_healthz_is_not_cached(client):
    assert "no-cache" in client.get("/healthz")["Cache-Control"]


@pytest.mark.redis
@pytest.mark.django_db
def test_healthz_checks_the_real_redis_cache(client, settings):
    assert settings.CACHES["default"]["BACKEND"].endswith("RedisCache")

    assert client.get("/healthz").json()["checks"]["cache"] == "ok"
