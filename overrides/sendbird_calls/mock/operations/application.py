"""The application's own settings: Calls webhook settings and secondary API tokens (master token only)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..errors import INVALID_PARAMS, MockError
from .base import ApiRequest, handles


@handles("get_webhook_settings")
def get_webhook_settings(req: ApiRequest) -> dict[str, Any]:
    """The webhook settings; with ``display_all_webhook_categories=true`` every category of the spec's ``webhooks``."""
    req.state.check_application(req.path["application_id"])
    webhook = dict(req.state.webhook)
    if req.query.get("display_all_webhook_categories"):
        webhook["all_webhook_categories"] = list(req.state.facts.webhook_categories)
    return {"webhook": webhook}


@handles("update_webhook_settings")
def update_webhook_settings(req: ApiRequest) -> dict[str, Any]:
    """Change any of ``enabled``, ``url``, ``enabled_events``; a category the spec's ``webhooks`` lacks is 400100."""
    req.state.check_application(req.path["application_id"])
    body = req.body
    if "url" in body:
        parts = urlsplit(body["url"])
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise MockError(INVALID_PARAMS, "url must be an absolute http(s) URL.")
    categories = req.state.facts.webhook_categories
    unknown = [e for e in body.get("enabled_events", ()) if e != "*" and e not in categories]
    if unknown:
        raise MockError(INVALID_PARAMS, f"Unknown webhook categories: {', '.join(unknown)}.")
    req.state.webhook.update({key: body[key] for key in ("enabled", "url", "enabled_events") if key in body})
    return {"webhook": dict(req.state.webhook)}


@handles("list_secondary_api_tokens", master_only=True)
def list_secondary_api_tokens(req: ApiRequest) -> dict[str, Any]:
    """The secondary API tokens."""
    return {"api_tokens": req.state.list_tokens()}


@handles("generate_secondary_api_token", master_only=True)
def generate_secondary_api_token(req: ApiRequest) -> dict[str, Any]:
    """A new secondary API token."""
    return req.state.generate_token()


@handles("get_secondary_api_token", master_only=True)
def get_secondary_api_token(req: ApiRequest) -> dict[str, Any]:
    """One secondary API token; an unknown or revoked one is Chat's "not found", 400201."""
    return req.state.get_token(req.path["api_token"])


@handles("revoke_secondary_api_token", master_only=True)
def revoke_secondary_api_token(req: ApiRequest) -> None:
    """Revoke a secondary API token and answer a 204; the master token is 400100, an unknown one Chat's 400201."""
    req.state.revoke_token(req.path["api_token"])
