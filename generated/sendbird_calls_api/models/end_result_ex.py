from enum import StrEnum


class EndResultEx(StrEnum):
    ACCEPT_FAILED = "accept_failed"
    CANCELED = "canceled"
    COMPLETED = "completed"
    CONNECTION_LOST = "connection_lost"
    DECLINED = "declined"
    DIAL_FAILED = "dial_failed"
    LATE_ANSWER = "late_answer"
    NONE = "none"
    NOT_CONNECTED = "not_connected"
    NO_ANSWER = "no_answer"
    OTHER_DEVICE_ACCEPTED = "other_device_accepted"
    TIMED_OUT = "timed_out"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
