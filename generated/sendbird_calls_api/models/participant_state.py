from enum import StrEnum


class ParticipantState(StrEnum):
    CONNECTED = "connected"
    ENTERED = "entered"
    EXITED = "exited"

    def __str__(self) -> str:
        return str(self.value)
