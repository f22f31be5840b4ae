from enum import StrEnum


class UserRole(StrEnum):
    DC_CALLEE = "dc_callee"
    DC_CALLER = "dc_caller"

    def __str__(self) -> str:
        return str(self.value)
