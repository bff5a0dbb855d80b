# One image for web, worker, beat and the mock ministries; they differ only in their command.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=portal.settings.production

WORKDIR /app
RUN useradd --create-home --uid 1000 portal

COPY . .
RUN pip install --no-cache-dir -c requirements.lock .
RUN pybabel compile --domain django --directory locale \
    && SECRET_KEY=build-only ALLOWED_HOSTS=build MVD_API_TOKEN=x MID_API_TOKEN=x \
       MVD_CALLBACK_SECRET=x python manage.py collectstatic --noinput \
    && mkdir -p /app/var/private /app/var/mock && chown -R portal:portal /app/var

USER portal
EXPOSE 8000
CMD ["gunicorn", "portal.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", \
     "--access-logfile", "-"]
