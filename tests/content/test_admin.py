"""Content editors through real admin HTTP requests."""

import io

import pytest
from PIL import Image

from content.models import InfoPage, SuccessStory
from portal.publishing import PublicationStatus
from tests.content.conftest import DRAFT
from tests.factories import InfoPageFactory, SuccessStoryFactory

CONTENT_MODELS = ["faqtopic", "faq", "legaldocument", "successstory", "infopage", "journeystep"]
STORIES = "/admin/content/successstory/"


def png_upload(name="photo.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, format="PNG")
    buffer.seek(0)
    buffer.name = name
    return buffer


def story_form(region, **changes):
    """The POST body of the success story admin form."""
    data = {
        "display_name_en": "An engineer from Serbia",
        "slug": "engineer-serbia",
        "is_sample": "on",
        "country": "RS",
        "category": "qualified_professional",
        "region": region.pk,
        "year_of_relocation": "2025",
        "quote_en": "We found a home.",
        "body_en": "How the move went.",
        "publication_status": PublicationStatus.DRAFT,
        "_save": "Save",
    }
    data.update(changes)
    return data


@pytest.fixture
def editor_client(client, content_editor):
    client.force_login(content_editor)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("model", CONTENT_MODELS)
def test_content_editor_opens_every_content_changelist_and_add_form(editor_client, model):
    assert editor_client.get(f"/admin/content/{model}/").status_code == 200
    assert editor_client.get(f"/admin/content/{model}/add/").status_code == 200


@pytest.mark.django_db
def test_content_editor_cannot_open_users(editor_client):
    assert editor_client.get("/admin/auth/user/").status_code == 403


@pytest.mark.django_db
def test_content_editor_cannot_open_applications(editor_client, content_editor):
    assert not content_editor.has_module_perms("applications")
    assert editor_client.get("/admin/applications/").status_code == 404


@pytest.mark.django_db
def test_content_editor_cannot_change_support_measures(editor_client, content_editor):
    assert not content_editor.has_perm("regions.change_supportmeasure")
    assert editor_client.get("/admin/regions/supportmeasure/add/").status_code == 403


@pytest.mark.django_db
def test_story_change_form_has_language_tabs_and_view_on_site(editor_client):
    story = SuccessStoryFactory(slug="engineer")

    page = editor_client.get(f"{STORIES}{story.pk}/change/").text

    assert 'name="display_name_ru"' in page
    assert 'name="display_name_it"' in page
    assert "/admin/r/" in page  # Django's "view on site" redirect


@pytest.mark.django_db
def test_content_editor_creates_a_story(editor_client, kaluga):
    response = editor_client.post(f"{STORIES}add/", story_form(kaluga))

    assert response.status_code == 302
    story = SuccessStory.objects.get(slug="engineer-serbia")
    assert story.region == kaluga
    assert story.display_name_en == "An engineer from Serbia"


@pytest.mark.django_db
def test_story_photo_without_alt_text_is_refused(editor_client, kaluga, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path

    response = editor_client.post(f"{STORIES}add/", story_form(kaluga, photo=png_upload()))

    assert response.status_code == 200
    assert "alt text is required whenever a photo is set" in response.text
    assert not SuccessStory.objects.exists()
    assert not list(tmp_path.rglob("*.png"))


@pytest.mark.django_db
def test_story_photo_with_alt_text_is_accepted(editor_client, kaluga, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path

    response = editor_client.post(
        f"{STORIES}add/",
        story_form(kaluga, photo=png_upload(), photo_alt_en="A man in front of a river"),
    )

    assert response.status_code == 302
    story = SuccessStory.objects.get()
    assert story.photo.name.startswith("stories/")
    assert story.photo_alt_en == "A man in front of a river"


@pytest.mark.django_db
def test_publish_action_publishes_and_stamps_the_date(editor_client):
    page = InfoPageFactory(publication_status=DRAFT)

    response = editor_client.post(
        "/admin/content/infopage/",
        {"action": "publish_selected", "_selected_action": [page.pk]},
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.is_published
    assert page.published_at is not None


@pytest.mark.django_db
def test_unpublish_action_moves_pages_back_to_draft(editor_client):
    page = InfoPageFactory()

    editor_client.post(
        "/admin/content/infopage/",
        {"action": "unpublish_selected", "_selected_action": [page.pk]},
    )

    assert InfoPage.objects.get().publication_status == DRAFT


@pytest.mark.django_db
def test_admin_search_finds_a_russian_title(editor_client):
    InfoPageFactory(title_en="Life in Kaluga", title_ru="Жизнь в Калуге")
    InfoPageFactory(title_en="Jobs in Perm", title_ru="Работа в Перми")

    page = editor_client.get("/admin/content/infopage/", {"q": "Калуге"}).text

    assert "Life in Kaluga" in page
    assert "Jobs in Perm" not in page
