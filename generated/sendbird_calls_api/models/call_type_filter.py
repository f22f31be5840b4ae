from enum import StrEnum


class CallTypeFilter(StrEnum):
    DIRECT = "direct"

    def __str__(self) -> str:
        return str(self.value)
