from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.end_result import EndResult
from ..models.end_result_ex import EndResultEx
from ..models.user_role import UserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_participant import CallParticipant
    from ..models.custom_items import CustomItems


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
        from ..models.call_participant import CallParticipant  # noqa: PLC0415
        from ..models.custom_items import CustomItems  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        call_type = d.pop("call_type", UNSET)

        is_video_call = d.pop("is_video_call", UNSET)

        state = d.pop("state", UNSET)

        def _parse_end_result(data: object) -> EndResult | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_direct_call_end_result_type_0 = EndResult(data)

                return componentsschemas_direct_call_end_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndResult | None | str | Unset, data)

        end_result = _parse_end_result(d.pop("end_result", UNSET))

        def _parse_end_result_ex(data: object) -> EndResultEx | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_direct_call_end_result_ex_type_0 = EndResultEx(data)

                return componentsschemas_direct_call_end_result_ex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndResultEx | None | str | Unset, data)

        end_result_ex = _parse_end_result_ex(d.pop("end_result_ex", UNSET))

        def _parse_call_relay(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_relay = _parse_call_relay(d.pop("call_relay", UNSET))

        def _parse_user_role(data: object) -> str | Unset | UserRole:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_direct_call_user_role_type_0 = UserRole(data)

                return componentsschemas_direct_call_user_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | UserRole, data)

        user_role = _parse_user_role(d.pop("user_role", UNSET))

        _participants = d.pop("participants", UNSET)
        participants: list[CallParticipant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = CallParticipant.from_dict(participants_item_data)

                participants.append(participants_item)

        caller_id = d.pop("caller_id", UNSET)

        callee_id = d.pop("callee_id", UNSET)

        def _parse_started_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_by = _parse_started_by(d.pop("started_by", UNSET))

        def _parse_ended_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ended_by = _parse_ended_by(d.pop("ended_by", UNSET))

        def _parse_started_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_ended_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        _custom_items = d.pop("custom_items", UNSET)
        custom_items: CustomItems | Unset
        if isinstance(_custom_items, Unset):
            custom_items = UNSET
        else:
            custom_items = CustomItems.from_dict(_custom_items)

        direct_call = cls(
            call_id=call_id,
            call_type=call_type,
            is_video_call=is_video_call,
            state=state,
            end_result=end_result,
            end_result_ex=end_result_ex,
            call_relay=call_relay,
            user_role=user_role,
            participants=participants,
            caller_id=caller_id,
            callee_id=callee_id,
            started_by=started_by,
            ended_by=ended_by,
            started_at=started_at,
            ended_at=ended_at,
            duration=duration,
            custom_items=custom_items,
        )

        direct_call.additional_properties = d
        return direct_call

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
