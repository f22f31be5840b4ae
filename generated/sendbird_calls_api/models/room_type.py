from enum import StrEnum


class RoomType(StrEnum):
    LARGE_ROOM_FOR_AUDIO_ONLY = "large_room_for_audio_only"
    SMALL_ROOM_FOR_VIDEO = "small_room_for_video"

    def __str__(self) -> str:
        return str(self.value)
