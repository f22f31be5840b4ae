from enum import StrEnum


class RoomState(StrEnum):
    DELETED = "deleted"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
