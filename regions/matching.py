"""Which support measures in force fit one candidate, and why: from the self-check or the case."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from portal.categories import Category
from regions.models import Audience, MeasureKind, SupportMeasure
from regions.selectors import public_measures

# Without a preferred region every region is searched; the list is cut to stay readable.
MAX_MATCHES_ANY_REGION = 12


@dataclass(frozen=True)
class CandidateProfile:
    """What the matcher knows of a candidate; empty values mean "not told"."""

    category: str = ""
    region_codes: tuple = ()
    with_spouse: bool = False
    with_children: bool = False

    @property
    def with_family(self) -> bool:
        return self.with_spouse or self.with_children


@dataclass(frozen=True)
class MeasureMatch:
    measure: SupportMeasure
    reasons: list = field(default_factory=list)


def profile_from_answers(*, category: str, family: str, region=None) -> CandidateProfile:
    """The self-check's answers: a category (or "none"), who moves along, an optional region."""
    return CandidateProfile(
        category=category if category in Category.values else "",
        region_codes=(region.code,) if region is not None else (),
        with_spouse=family in ("spouse", "spouse_children"),
        with_children=family in ("children", "spouse_children"),
    )


def profile_from_application(application) -> CandidateProfile:
    """A case's category, preferred regions in order, and the family members it includes."""
    relations = set(application.family_members.values_list("relation", flat=True))
    codes = application.region_choices.order_by("position").values_list("region__code", flat=True)
    return CandidateProfile(
        category=application.category,
        region_codes=tuple(codes),
        with_spouse="spouse" in relations,
        with_children="child" in relations,
    )


def match_measures(profile: CandidateProfile, measures) -> list[MeasureMatch]:
    """The measures that fit `profile`, each with the reasons, best fits first.

    A measure fits when it is open to the candidate's category, lies in a preferred region (any
    region when none is chosen), and is meant for the candidate, or for their family when one
    moves along; children's education needs children. Measures for employers never fit.
    """
    matches = []
    for measure in measures:
        reasons = _reasons(profile, measure)
        if reasons is not None:
            matches.append(MeasureMatch(measure=measure, reasons=reasons))
    order = {code: position for position, code in enumerate(profile.region_codes)}
    matches.sort(
        key=lambda match: (
            order.get(match.measure.region.code, len(order)),
            -len(match.reasons),
            match.measure.region.code,
            match.measure.slug,
        )
    )
    if not profile.region_codes:
        return matches[:MAX_MATCHES_ANY_REGION]
    return matches


def _reasons(profile: CandidateProfile, measure) -> list | None:
    """Why `measure` fits, or None when it does not."""
    reasons = []
    region = measure.region
    if profile.region_codes:
        if region.code not in profile.region_codes:
            return None
        reasons.append(
            _("It is offered in %(region)s, a region you chose.") % {"region": region.name}
        )
    categories = measure.eligible_categories or []
    if categories:
        if profile.category not in categories:
            return None
        reasons.append(
            _("It is meant for your category: %(category)s.")
            % {"category": Category(profile.category).label}
        )
    else:
        reasons.append(_("It is open to every category of the programme."))
    if measure.audience == Audience.EMPLOYERS:
        return None
    if measure.audience == Audience.FAMILY_MEMBERS:
        if not profile.with_family:
            return None
        reasons.append(_("It is for the family members who move with you."))
    if measure.kind == MeasureKind.CHILDREN_EDUCATION:
        if not profile.with_children:
            return None
        reasons.append(_("You move with children: it helps with school and kindergarten places."))
    if profile.category and profile.category in (region.priority_categories or []):
        reasons.append(
            _("%(region)s lists your category among its priorities.") % {"region": region.name}
        )
    return reasons


def measures_for(profile: CandidateProfile) -> list[MeasureMatch]:
    """The public measures in force today that fit `profile` (one query)."""
    measures = public_measures().select_related("region")
    if profile.region_codes:
        measures = measures.filter(region__code__in=profile.region_codes)
    if profile.category:
        measures = measures.open_to_category(profile.category)
    else:
        measures = measures.filter(eligible_categories=[])
    return match_measures(profile, measures.exclude(audience=Audience.EMPLOYERS))
