"""docker-compose.yml and .env.example stay true to what the settings read."""

import re
from pathlib import Path

import yaml
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def variables_read_by_settings() -> set[str]:
    names = set()
    for path in (ROOT / "portal" / "settings").glob("*.py"):
        names |= set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z_]+)"', path.read_text()))
    return names


def variables_in_env_example() -> set[str]:
    text = (ROOT / ".env.example").read_text()
    return set(re.findall(r"^([A-Z_]+)=", text, re.M))


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_env_example_lists_every_variable_the_settings_read():
    missing = variables_read_by_settings() - variables_in_env_example()

    assert not missing, f".env.example lacks {sorted(missing)}"


def test_env_example_lists_the_contract_variables():
    contract = {
        "DATABASE_URL",
        "REDIS_URL",
        "CELERY_TASK_ALWAYS_EAGER",
        "MVD_API_URL",
        "MID_API_URL",
        "MVD_API_TOKEN",
        "MID_API_TOKEN",
        "MVD_CALLBACK_SECRET",
        "SECRET_KEY",
        "DEBUG",
        "ALLOWED_HOSTS",
        "MOCK_MINISTRIES_ENABLED",
        "MOCK_MINISTRIES_CONTROL",
        "EMAIL_URL",
    }

    assert contract <= variables_in_env_example()


def test_compose_defines_every_service_with_a_health_check():
    services = compose()["services"]

    assert set(services) == {
        "db", "redis", "minio", "migrate", "web", "proxy", "worker", "beat", "mock"
    }  # fmt: skip
    for name, service in services.items():
        assert service.get("healthcheck", {}).get("test"), f"{name} has no health check"
    assert services["db"]["image"].startswith("postgres:16")


def test_compose_app_services_share_one_image_and_differ_in_command():
    services = compose()["services"]
    app_services = [services[name] for name in ("migrate", "web", "worker", "beat", "mock")]

    assert len({service["image"] for service in app_services}) == 1
    assert len({str(service["command"]) for service in app_services}) == 5
    assert "gunicorn" in str(services["web"]["command"])
    assert services["worker"]["command"][:4] == ["celery", "-A", "portal", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "portal", "beat"]


def test_compose_migrates_once_before_web_worker_and_beat_start():
    services = compose()["services"]

    assert "manage.py migrate" in str(services["migrate"]["command"])
    assert services["migrate"]["restart"] == "no"
    for name in ("web", "worker", "beat"):
        depends = services[name]["depends_on"]
        assert depends["migrate"] == {"condition": "service_completed_successfully"}, name
        assert "migrate" not in str(services[name]["command"]), f"{name} migrates on its own"
        assert depends["db"]["condition"] == "service_healthy"


def test_compose_web_scales_behind_the_proxy():
    services = compose()["services"]
    web = services["web"]

    # A fixed container name or host port would stop `--scale web=3` from starting twice.
    assert "container_name" not in web
    assert "ports" not in web
    assert services["proxy"]["ports"] == ["8000:80"]
    assert services["proxy"]["depends_on"]["web"]["condition"] == "service_healthy"
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    assert "web:8000" in nginx and "resolver 127.0.0.11" in nginx
    assert web["environment"]["TRUSTED_PROXY_COUNT"] == "1"


def test_compose_keeps_documents_in_minio_not_on_a_web_volume():
    services = compose()["services"]
    web_env = services["web"]["environment"]

    assert web_env["DOCUMENT_STORAGE"] == "s3"
    assert web_env["DOCUMENT_S3_ENDPOINT_URL"] == "http://minio:9000"
    assert services["web"]["depends_on"]["minio"]["condition"] == "service_healthy"
    assert "ensure_document_bucket" in str(services["migrate"]["command"])
    assert "MINIO_KMS_SECRET_KEY" in services["minio"]["environment"]
    for name in ("web", "worker"):
        assert not any("private" in str(volume) for volume in services[name].get("volumes", []))


def test_compose_gives_the_app_every_variable_production_demands():
    production_source = (ROOT / "portal" / "settings" / "production.py").read_text()
    required = set(re.findall(r'env(?:\.\w+)?\("([A-Z_]+)"\)', production_source))
    web_env = compose()["services"]["web"]["environment"]

    assert required, "production.py demands no variable"
    assert required <= set(web_env), f"web lacks {sorted(required - set(web_env))}"
    assert {"DATABASE_URL", "REDIS_URL"} <= set(web_env)


def test_compose_runs_the_mock_ministries_as_their_own_service():
    mock = compose()["services"]["mock"]

    assert mock["environment"]["MOCK_MINISTRIES_ENABLED"] == "true"
    assert mock["environment"]["DATABASE_URL"].startswith("sqlite:")
    web_env = compose()["services"]["web"]["environment"]
    assert "mock:8000" in web_env["MVD_API_URL"]
    assert web_env["MOCK_MINISTRIES_ENABLED"] == "false"
