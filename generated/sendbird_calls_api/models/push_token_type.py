from enum import StrEnum


class PushTokenType(StrEnum):
    APNS_VOIP = "apns_voip"
    FCM_VOIP = "fcm_voip"
    HUAWEI_VOIP = "huawei_voip"

    def __str__(self) -> str:
        return str(self.value)
