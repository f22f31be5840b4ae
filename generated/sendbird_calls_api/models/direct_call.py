from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.end_result import EndResult
from ..models.end_result_ex import EndResultEx
from ..models.user_role import UserRole
from ..types import (
    UNSET,
    ModelValidationError,
    Unset,
    as_int,
    invalid,
    unknown_fields,
    unknown_value,
)

T = TypeVar("T", bound="DirectCall")


@_attrs_define
class DirectCall:
    """A one-to-one call. Timestamps in Unix milliseconds; `duration` in milliseconds.

    Attributes:
        call_id (str): The call's unique ID (a UUID string in practice).
        call_type (str | Unset): The call's type, `direct` today.
        is_video_call (bool | Unset): Whether the call is a video call.
        state (str | Unset): The call's state, such as `current` (ongoing) or `ended`.
        end_result (EndResult | None | str | Unset): How the call ended; absent or null while it is ongoing.
        end_result_ex (EndResultEx | None | str | Unset): A finer end result, when Sendbird sends one: besides the
            documented values, the
            SDKs know none, not_connected, dial_failed, accept_failed and more.
        call_relay (None | str | Unset): How the call's media was relayed, as Sendbird reports it (values undocumented).
        user_role (str | Unset | UserRole): A user's role in a direct call. Open, so a role added for new call types
            still parses.
        participants (list[CallParticipant] | Unset): The users in the call.
        caller_id (str | Unset): ID of the caller; seen in webhook payloads (third-party handlers read it).
        callee_id (str | Unset): ID of the callee; seen in webhook payloads (third-party handlers read it).
        started_by (None | str | Unset): ID of the user who dialed.
        ended_by (None | str | Unset): ID of the user who ended the call; null while ongoing.
        started_at (int | None | Unset): When the call was dialed, Unix milliseconds.
        ended_at (int | None | Unset): When the call ended, Unix milliseconds; null while ongoing.
        duration (int | None | Unset): From acceptance to end, in milliseconds; null while ongoing.
        custom_items (CustomItems | Unset): Key-value custom items: at most 10; keys 1..128 characters without a comma;
            values
            strings up to 128 characters.
    """

    call_id: str
    call_type: str | Unset = UNSET
    is_video_call: bool | Unset = UNSET
    state: str | Unset = UNSET
    end_result: EndResult | None | str | Unset = UNSET
    end_result_ex: EndResultEx | None | str | Unset = UNSET
    call_relay: None | str | Unset = UNSET
    user_role: str | Unset | UserRole = UNSET
    participants: list[CallParticipant] | Unset = UNSET
    caller_id: str | Unset = UNSET
    callee_id: str | Unset = UNSET
    started_by: None | str | Unset = UNSET
    ended_by: None | str | Unset = UNSET
    started_at: int | None | Unset = UNSET
    ended_at: int | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    custom_items: CustomItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        call_type = self.call_type

        is_video_call = self.is_video_call

        state = self.state

        end_result: None | str | Unset
        if isinstance(self.end_result, Unset):
            end_result = UNSET
        elif isinstance(self.end_result, EndResult):
            end_result = self.end_result.value
        else:
            end_result = self.end_result

        end_result_ex: None | str | Unset
        if isinstance(self.end_result_ex, Unset):
            end_result_ex = UNSET
        elif isinstance(self.end_result_ex, EndResultEx):
            end_result_ex = self.end_result_ex.value
        else:
            end_result_ex = self.end_result_ex

        call_relay: None | str | Unset
        if isinstance(self.call_relay, Unset):
            call_relay = UNSET
        else:
            call_relay = self.call_relay

        user_role: str | Unset
        if isinstance(self.user_role, Unset):
            user_role = UNSET
        elif isinstance(self.user_role, UserRole):
            user_role = self.user_role.value
        else:
            user_role = self.user_role

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        caller_id = self.caller_id

        callee_id = self.callee_id

        started_by: None | str | Unset
        if isinstance(self.started_by, Unset):
            started_by = UNSET
        else:
            started_by = self.started_by

        ended_by: None | str | Unset
        if isinstance(self.ended_by, Unset):
            ended_by = UNSET
        else:
            ended_by = self.ended_by

        started_at: int | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        ended_at: int | None | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = self.ended_at

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        custom_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_items, Unset):
            custom_items = self.custom_items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
            }
        )
        if call_type is not UNSET:
            field_dict["call_type"] = call_type
        if is_video_call is not UNSET:
            field_dict["is_video_call"] = is_video_call
        if state is not UNSET:
            field_dict["state"] = state
        if end_result is not UNSET:
            field_dict["end_result"] = end_result
        if end_result_ex is not UNSET:
            field_dict["end_result_ex"] = end_result_ex
        if call_relay is not UNSET:
            field_dict["call_relay"] = call_relay
        if user_role is not UNSET:
            field_dict["user_role"] = user_role
        if participants is not UNSET:
            field_dict["participants"] = participants
        if caller_id is not UNSET:
            field_dict["caller_id"] = caller_id
        if callee_id is not UNSET:
            field_dict["callee_id"] = callee_id
        if started_by is not UNSET:
            field_dict["started_by"] = started_by
        if ended_by is not UNSET:
            field_dict["ended_by"] = ended_by
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if custom_items is not UNSET:
            field_dict["custom_items"] = custom_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Builds the model from decoded JSON, checking each value's type; raises ModelValidationError
        naming the path of a value that does not fit. Unknown fields are kept and reported as drift."""
        _d: Any
        if type(src_dict) is dict:
            _d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            _d = dict(src_dict)
        else:
            invalid(src_dict, "an object", None)
        _pop = _d.pop
        call_id = _pop("call_id", UNSET)
        if not (isinstance(call_id, str)):
            invalid(call_id, "a string", "call_id")

        call_type = _pop("call_type", UNSET)
        if not (isinstance(call_type, str) or call_type is UNSET):
            invalid(call_type, "a string", "call_type")

        is_video_call = _pop("is_video_call", UNSET)
        if not (is_video_call is True or is_video_call is False or is_video_call is UNSET):
            invalid(is_video_call, "a boolean", "is_video_call")

        state = _pop("state", UNSET)
        if not (isinstance(state, str) or state is UNSET):
            invalid(state, "a string", "state")

        end_result = _pop("end_result", UNSET)
        if isinstance(end_result, str):
            _m_end_result = _EndResult_BY_VALUE.get(end_result)
            if _m_end_result is not None:
                end_result = _m_end_result
            else:
                unknown_value(_MODEL, "end_result", end_result, False)
        elif not (end_result is None or end_result is UNSET):
            invalid(end_result, "a string or null", "end_result")

        end_result_ex = _pop("end_result_ex", UNSET)
        if isinstance(end_result_ex, str):
            _m_end_result_ex = _EndResultEx_BY_VALUE.get(end_result_ex)
            if _m_end_result_ex is not None:
                end_result_ex = _m_end_result_ex
            else:
                unknown_value(_MODEL, "end_result_ex", end_result_ex, False)
        elif not (end_result_ex is None or end_result_ex is UNSET):
            invalid(end_result_ex, "a string or null", "end_result_ex")

        call_relay = _pop("call_relay", UNSET)
        if not (isinstance(call_relay, str) or call_relay is None or call_relay is UNSET):
            invalid(call_relay, "a string or null", "call_relay")

        user_role = _pop("user_role", UNSET)
        if isinstance(user_role, str):
            _m_user_role = _UserRole_BY_VALUE.get(user_role)
            if _m_user_role is not None:
                user_role = _m_user_role
            else:
                unknown_value(_MODEL, "user_role", user_role, False)
        elif not (user_role is UNSET):
            invalid(user_role, "a string", "user_role")

        participants = _pop("participants", UNSET)
        if participants.__class__ is list or isinstance(participants, list | tuple):
            _items_participants: list[Any] = []
            try:
                for _i_participants, _x_participants in enumerate(participants):
                    if _x_participants.__class__ is dict or isinstance(_x_participants, Mapping):
                        try:
                            _x_participants = CallParticipant.from_dict(_x_participants)
                        except ModelValidationError as _error:
                            _error.within(_i_participants)
                            raise
                    elif isinstance(_x_participants, CallParticipant):
                        pass
                    else:
                        invalid(_x_participants, "an object", _i_participants)

                    _items_participants.append(_x_participants)
            except ModelValidationError as _error:
                _error.within("participants")
                raise
            participants = _items_participants
        elif not (participants is UNSET):
            invalid(participants, "an array", "participants")

        caller_id = _pop("caller_id", UNSET)
        if not (isinstance(caller_id, str) or caller_id is UNSET):
            invalid(caller_id, "a string", "caller_id")

        callee_id = _pop("callee_id", UNSET)
        if not (isinstance(callee_id, str) or callee_id is UNSET):
            invalid(callee_id, "a string", "callee_id")

        started_by = _pop("started_by", UNSET)
        if not (isinstance(started_by, str) or started_by is None or started_by is UNSET):
            invalid(started_by, "a string or null", "started_by")

        ended_by = _pop("ended_by", UNSET)
        if not (isinstance(ended_by, str) or ended_by is None or ended_by is UNSET):
            invalid(ended_by, "a string or null", "ended_by")

        started_at = _pop("started_at", UNSET)
        if not (type(started_at) is int or started_at is None or started_at is UNSET):
            started_at = as_int(started_at, "an integer or null", "started_at")

        ended_at = _pop("ended_at", UNSET)
        if not (type(ended_at) is int or ended_at is None or ended_at is UNSET):
            ended_at = as_int(ended_at, "an integer or null", "ended_at")

        duration = _pop("duration", UNSET)
        if not (type(duration) is int or duration is None or duration is UNSET):
            duration = as_int(duration, "an integer or null", "duration")

        custom_items = _pop("custom_items", UNSET)
        if custom_items.__class__ is dict or isinstance(custom_items, Mapping):
            try:
                custom_items = CustomItems.from_dict(custom_items)
            except ModelValidationError as _error:
                _error.within("custom_items")
                raise
        elif isinstance(custom_items, CustomItems):
            pass
        elif not (custom_items is UNSET):
            invalid(custom_items, "an object", "custom_items")

        _instance = cls.__new__(cls)
        _instance.call_id = call_id
        _instance.call_type = call_type
        _instance.is_video_call = is_video_call
        _instance.state = state
        _instance.end_result = end_result
        _instance.end_result_ex = end_result_ex
        _instance.call_relay = call_relay
        _instance.user_role = user_role
        _instance.participants = participants
        _instance.caller_id = caller_id
        _instance.callee_id = callee_id
        _instance.started_by = started_by
        _instance.ended_by = ended_by
        _instance.started_at = started_at
        _instance.ended_at = ended_at
        _instance.duration = duration
        _instance.custom_items = custom_items
        _instance.additional_properties = unknown_fields(_MODEL, _d) if _d else _d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_MODEL = "DirectCall"
_EndResult_BY_VALUE = {member.value: member for member in EndResult}
_EndResultEx_BY_VALUE = {member.value: member for member in EndResultEx}
_UserRole_BY_VALUE = {member.value: member for member in UserRole}

# Imported last, not lazily in each from_dict call: these models may import this one, and need it only
# when from_dict runs.
from ..models.call_participant import CallParticipant  # noqa: E402
from ..models.custom_items import CustomItems  # noqa: E402
