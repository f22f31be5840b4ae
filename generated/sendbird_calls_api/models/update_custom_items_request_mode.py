from enum import StrEnum


class UpdateCustomItemsRequestMode(StrEnum):
    UPSERT = "upsert"

    def __str__(self) -> str:
        return str(self.value)
