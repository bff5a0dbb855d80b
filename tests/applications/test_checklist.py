"""The document checklist: built from the category, its evidence and the family."""

from applications.checklist import (
    document_checklist,
    family_from_relations,
    items_from_keys,
)


def keys(items):
    return [item.key for item in items]


def test_a_scientist_needs_research_evidence_and_an_investor_financial_evidence():
    scientist = keys(document_checklist(category="scientist", family="alone"))
    investor = keys(document_checklist(category="investor", family="alone"))
    assert scientist == [
        "passport",
        "cv",
        "research_degree",
        "publications",
        "affiliation_letter",
    ]
    assert investor == ["passport", "cv", "proof_of_funds", "investment_plan"]


def test_every_category_has_its_own_evidence():
    from portal.categories import Category

    lists = {tuple(keys(document_checklist(category=c, family="alone"))) for c in Category}
    assert len(lists) == len(Category)


def test_children_add_birth_certificates_and_school_records():
    items = keys(document_checklist(category="scientist", family="children"))
    assert items[-2:] == ["birth_certificates", "school_records"]
    assert "marriage_certificate" not in items


def test_a_spouse_adds_the_marriage_certificate_and_passport():
    items = keys(document_checklist(category="investor", family="spouse_children"))
    assert items[-4:] == [
        "marriage_certificate",
        "spouse_passport",
        "birth_certificates",
        "school_records",
    ]


def test_a_job_offer_adds_the_offer_letter():
    without = keys(document_checklist(category="qualified_professional", family="alone"))
    offer = document_checklist(
        category="qualified_professional", family="alone", details={"job_offer": "yes"}
    )
    assert "job_offer" not in without
    assert keys(offer)[-1] == "job_offer"
    assert str(offer[-1].why) == "You said you have a job offer."


def test_a_running_business_adds_its_registration():
    items = document_checklist(
        category="entrepreneur", family="alone", details={"current_business": "A bakery"}
    )
    assert "business_registration" in keys(items)


def test_without_a_category_only_the_basics():
    assert keys(document_checklist(category="", family="alone")) == ["passport", "cv"]


def test_each_item_says_why_and_what_to_upload_it_as():
    for item in document_checklist(category="scientist", family="spouse_children"):
        assert str(item.title) and str(item.why)
        assert item.kind in {"passport", "cv", "diploma", "category_evidence", "other"}


def test_family_from_relations():
    assert family_from_relations([]) == "alone"
    assert family_from_relations(["spouse"]) == "spouse"
    assert family_from_relations(["child", "child"]) == "children"
    assert family_from_relations(["child", "spouse"]) == "spouse_children"


def test_unknown_saved_keys_are_skipped():
    assert keys(items_from_keys(["passport", "gone", "cv"])) == ["passport", "cv"]
