"""The generated models, re-exported: ``from sendbird_calls.models import Room, RoomType``."""

from sendbird_calls_api.models import *  # noqa: F403
from sendbird_calls_api.models import __all__ as __all__  # noqa: PLC0414 - explicit re-export
