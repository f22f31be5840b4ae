"""Every model of the spec; each module is imported on first use.

``from sendbird_calls_api.models import Room`` or ``models.Room`` load only that model's module,
so using one operation does not load all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sendbird_calls.core.lazy import lazy_exports

if TYPE_CHECKING:
    from .add_push_token_request import AddPushTokenRequest
    from .call_count import CallCount
    from .call_participant import CallParticipant
    from .call_summary import CallSummary
    from .call_type_filter import CallTypeFilter
    from .chat_error import ChatError
    from .create_room_request import CreateRoomRequest
    from .custom_items import CustomItems
    from .custom_items_delete_result import CustomItemsDeleteResult
    from .custom_items_update_result import CustomItemsUpdateResult
    from .delete_custom_items_request import DeleteCustomItemsRequest
    from .direct_call import DirectCall
    from .direct_call_accept_event import DirectCallAcceptEvent
    from .direct_call_count import DirectCallCount
    from .direct_call_dial_event import DirectCallDialEvent
    from .direct_call_end_event import DirectCallEndEvent
    from .direct_call_envelope import DirectCallEnvelope
    from .direct_call_list import DirectCallList
    from .end_result import EndResult
    from .end_result_ex import EndResultEx
    from .error import Error
    from .generate_secondary_api_token_request import GenerateSecondaryApiTokenRequest
    from .invitation_accept_event import InvitationAcceptEvent
    from .invitation_cancel_event import InvitationCancelEvent
    from .invitation_decline_event import InvitationDeclineEvent
    from .invitation_send_event import InvitationSendEvent
    from .metadata import Metadata
    from .participant import Participant
    from .participant_disconnect_event import ParticipantDisconnectEvent
    from .participant_enter_event import ParticipantEnterEvent
    from .participant_exit_event import ParticipantExitEvent
    from .participant_list import ParticipantList
    from .participant_state import ParticipantState
    from .push_token_list import PushTokenList
    from .push_token_result import PushTokenResult
    from .push_token_type import PushTokenType
    from .revoked_secondary_api_token import RevokedSecondaryApiToken
    from .room import Room
    from .room_create_event import RoomCreateEvent
    from .room_delete_event import RoomDeleteEvent
    from .room_envelope import RoomEnvelope
    from .room_invitation import RoomInvitation
    from .room_list import RoomList
    from .room_state import RoomState
    from .room_type import RoomType
    from .room_type_filter import RoomTypeFilter
    from .secondary_api_token import SecondaryApiToken
    from .secondary_api_token_list import SecondaryApiTokenList
    from .session_token import SessionToken
    from .update_custom_items_request import UpdateCustomItemsRequest
    from .update_custom_items_request_mode import UpdateCustomItemsRequestMode
    from .update_webhook_settings_request import UpdateWebhookSettingsRequest
    from .user import User
    from .user_list import UserList
    from .user_role import UserRole
    from .webhook_call_payload import WebhookCallPayload
    from .webhook_direct_call import WebhookDirectCall
    from .webhook_room import WebhookRoom
    from .webhook_sendbird_call import WebhookSendbirdCall
    from .webhook_settings import WebhookSettings
    from .webhook_settings_envelope import WebhookSettingsEnvelope

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "AddPushTokenRequest": ".add_push_token_request",
        "CallCount": ".call_count",
        "CallParticipant": ".call_participant",
        "CallSummary": ".call_summary",
        "CallTypeFilter": ".call_type_filter",
        "ChatError": ".chat_error",
        "CreateRoomRequest": ".create_room_request",
        "CustomItems": ".custom_items",
        "CustomItemsDeleteResult": ".custom_items_delete_result",
        "CustomItemsUpdateResult": ".custom_items_update_result",
        "DeleteCustomItemsRequest": ".delete_custom_items_request",
        "DirectCall": ".direct_call",
        "DirectCallAcceptEvent": ".direct_call_accept_event",
        "DirectCallCount": ".direct_call_count",
        "DirectCallDialEvent": ".direct_call_dial_event",
        "DirectCallEndEvent": ".direct_call_end_event",
        "DirectCallEnvelope": ".direct_call_envelope",
        "DirectCallList": ".direct_call_list",
        "EndResult": ".end_result",
        "EndResultEx": ".end_result_ex",
        "Error": ".error",
        "GenerateSecondaryApiTokenRequest": ".generate_secondary_api_token_request",
        "InvitationAcceptEvent": ".invitation_accept_event",
        "InvitationCancelEvent": ".invitation_cancel_event",
        "InvitationDeclineEvent": ".invitation_decline_event",
        "InvitationSendEvent": ".invitation_send_event",
        "Metadata": ".metadata",
        "Participant": ".participant",
        "ParticipantDisconnectEvent": ".participant_disconnect_event",
        "ParticipantEnterEvent": ".participant_enter_event",
        "ParticipantExitEvent": ".participant_exit_event",
        "ParticipantList": ".participant_list",
        "ParticipantState": ".participant_state",
        "PushTokenList": ".push_token_list",
        "PushTokenResult": ".push_token_result",
        "PushTokenType": ".push_token_type",
        "RevokedSecondaryApiToken": ".revoked_secondary_api_token",
        "Room": ".room",
        "RoomCreateEvent": ".room_create_event",
        "RoomDeleteEvent": ".room_delete_event",
        "RoomEnvelope": ".room_envelope",
        "RoomInvitation": ".room_invitation",
        "RoomList": ".room_list",
        "RoomState": ".room_state",
        "RoomType": ".room_type",
        "RoomTypeFilter": ".room_type_filter",
        "SecondaryApiToken": ".secondary_api_token",
        "SecondaryApiTokenList": ".secondary_api_token_list",
        "SessionToken": ".session_token",
        "UpdateCustomItemsRequest": ".update_custom_items_request",
        "UpdateCustomItemsRequestMode": ".update_custom_items_request_mode",
        "UpdateWebhookSettingsRequest": ".update_webhook_settings_request",
        "User": ".user",
        "UserList": ".user_list",
        "UserRole": ".user_role",
        "WebhookCallPayload": ".webhook_call_payload",
        "WebhookDirectCall": ".webhook_direct_call",
        "WebhookRoom": ".webhook_room",
        "WebhookSendbirdCall": ".webhook_sendbird_call",
        "WebhookSettings": ".webhook_settings",
        "WebhookSettingsEnvelope": ".webhook_settings_envelope",
    },
)

__all__ = (
    "AddPushTokenRequest",
    "CallCount",
    "CallParticipant",
    "CallSummary",
    "CallTypeFilter",
    "ChatError",
    "CreateRoomRequest",
    "CustomItems",
    "CustomItemsDeleteResult",
    "CustomItemsUpdateResult",
    "DeleteCustomItemsRequest",
    "DirectCall",
    "DirectCallAcceptEvent",
    "DirectCallCount",
    "DirectCallDialEvent",
    "DirectCallEndEvent",
    "DirectCallEnvelope",
    "DirectCallList",
    "EndResult",
    "EndResultEx",
    "Error",
    "GenerateSecondaryApiTokenRequest",
    "InvitationAcceptEvent",
    "InvitationCancelEvent",
    "InvitationDeclineEvent",
    "InvitationSendEvent",
    "Metadata",
    "Participant",
    "ParticipantDisconnectEvent",
    "ParticipantEnterEvent",
    "ParticipantExitEvent",
    "ParticipantList",
    "ParticipantState",
    "PushTokenList",
    "PushTokenResult",
    "PushTokenType",
    "RevokedSecondaryApiToken",
    "Room",
    "RoomCreateEvent",
    "RoomDeleteEvent",
    "RoomEnvelope",
    "RoomInvitation",
    "RoomList",
    "RoomState",
    "RoomType",
    "RoomTypeFilter",
    "SecondaryApiToken",
    "SecondaryApiTokenList",
    "SessionToken",
    "UpdateCustomItemsRequest",
    "UpdateCustomItemsRequestMode",
    "UpdateWebhookSettingsRequest",
    "User",
    "UserList",
    "UserRole",
    "WebhookCallPayload",
    "WebhookDirectCall",
    "WebhookRoom",
    "WebhookSendbirdCall",
    "WebhookSettings",
    "WebhookSettingsEnvelope",
)
