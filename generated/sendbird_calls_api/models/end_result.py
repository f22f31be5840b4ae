from enum import StrEnum


class EndResult(StrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
    CONNECTION_LOST = "connection_lost"
    DECLINED = "declined"
    NO_ANSWER = "no_answer"
    TIMED_OUT = "timed_out"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
