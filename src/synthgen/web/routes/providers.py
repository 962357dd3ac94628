"""GET /api/v1/providers: the allowlisted Faker providers a schema may use, for a locale."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import AfterValidator

from ...catalog import get_catalog
from ..models import LOCALES, ProvidersResponse, check_locale, error_responses

router = APIRouter(tags=["providers"])

Locale = Annotated[str, AfterValidator(check_locale),
                   Query(description="Faker locale, e.g. en_US, de_DE", json_schema_extra={"enum": LOCALES})]


@router.get("/providers", summary="The allowlisted Faker providers a schema may use",
            response_model=ProvidersResponse, responses=error_responses(401, 422, 500))
def providers(locale: Locale = "en_US") -> dict[str, Any]:
    catalog = get_catalog(locale)
    described = [catalog.specs[name].describe() for name in catalog.names()]
    return {"locale": locale, "count": len(described), "providers": described}
