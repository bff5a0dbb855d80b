"""Create the documents' S3 bucket when it is missing (compose's MinIO); idempotent."""

from django.conf import settings
from django.core.management.base import BaseCommand

from applications.storage import private_storage


class Command(BaseCommand):
    help = "With DOCUMENT_STORAGE=s3, create DOCUMENT_S3_BUCKET if it does not exist yet."

    def handle(self, *args, **options):
        if not private_storage.is_s3:
            self.stdout.write("Documents are on the filesystem: no bucket needed.")
            return
        from botocore.exceptions import ClientError

        client = private_storage.backend().connection.meta.client
        bucket = settings.DOCUMENT_S3_BUCKET
        try:
            client.head_bucket(Bucket=bucket)
        except ClientError:
            client.create_bucket(Bucket=bucket)
            self.stdout.write(f"Created the bucket {bucket}.")
        else:
            self.stdout.write(f"The bucket {bucket} exists.")
