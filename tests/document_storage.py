"""Candidate documents on either back-end: moto's S3 server for tests, and what is stored.

`DOCUMENT_STORAGE=s3 make test` (or pytest) runs every test with documents in a bucket of a
real S3 API server (moto's, over HTTP on a free port); without it they go to a folder.
"""

import socket
import uuid

from django.conf import settings

from applications.storage import private_storage

TEST_BUCKET = "portal-test-documents"
TEST_CREDENTIALS = {"DOCUMENT_S3_ACCESS_KEY_ID": "test", "DOCUMENT_S3_SECRET_ACCESS_KEY": "test"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_s3_server():
    """moto's S3 API in a thread of this process, answering real HTTP; returns (server, url)."""
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    s3_client(endpoint).create_bucket(Bucket=TEST_BUCKET)
    return server, endpoint


def s3_client(endpoint: str):
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )


def use_s3(settings_fixture, endpoint: str) -> None:
    """Point the documents at the test bucket, under a prefix of this test's own."""
    settings_fixture.DOCUMENT_STORAGE = "s3"
    settings_fixture.DOCUMENT_S3_ENDPOINT_URL = endpoint
    settings_fixture.DOCUMENT_S3_BUCKET = TEST_BUCKET
    settings_fixture.DOCUMENT_S3_REGION = "us-east-1"
    settings_fixture.DOCUMENT_S3_PREFIX = f"test-{uuid.uuid4().hex}"
    for name, value in TEST_CREDENTIALS.items():
        setattr(settings_fixture, name, value)


def stored_names(root=None) -> list[str]:
    """Names of the documents held now: under `root` on disk, or under the test's S3 prefix."""
    if private_storage.is_s3:
        prefix = settings.DOCUMENT_S3_PREFIX.strip("/") + "/"
        bucket = private_storage.backend().bucket
        return sorted(item.key[len(prefix) :] for item in bucket.objects.filter(Prefix=prefix))
    root = root or settings.PRIVATE_STORAGE_ROOT
    if not root.exists():
        return []
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())
