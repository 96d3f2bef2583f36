"""Small, valid media files the sandbox serves, made with the standard library alone: a
quarter-second of silence as WAV and as MP3, a one-pixel PNG, an 8x8 grey JPEG."""

from __future__ import annotations

import functools
import io
import struct
import wave
import zlib

SAMPLE_RATE = 8000
"""The recordings' rate, as the service records calls: 8 kHz, 16-bit, mono."""
SECONDS = 0.25


@functools.cache
def wav() -> bytes:
    """``SECONDS`` of silence as a PCM WAV file."""
    out = io.BytesIO()
    with wave.open(out, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(SAMPLE_RATE)
        audio.writeframes(bytes(2 * int(SAMPLE_RATE * SECONDS)))
    return out.getvalue()


# An MPEG-1 Layer III frame at 32 kHz, 32 kbit/s, mono, without CRC: its header, then side
# information and main data all zero (no Huffman data: every sample decodes to silence).
_MP3_HEADER = bytes([0xFF, 0xFB, 0x18, 0xC4])
_MP3_FRAME_BYTES = 144 * 32_000 // 32_000
_MP3_SAMPLES = 1152


@functools.cache
def mp3() -> bytes:
    """About ``SECONDS`` of silence as an MP3 stream of plain frames."""
    frame = _MP3_HEADER + bytes(_MP3_FRAME_BYTES - len(_MP3_HEADER))
    frames = max(1, round(32_000 * SECONDS / _MP3_SAMPLES))
    return frame * frames


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@functools.cache
def png() -> bytes:
    """A 1x1 grey PNG image."""
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)  # 8-bit greyscale, no interlace
    pixels = zlib.compress(b"\x00\x80")  # filter type 0, one grey pixel
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", pixels)
        + _chunk(b"IEND", b"")
    )


def _segment(marker: int, data: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(data) + 2) + data


@functools.cache
def jpeg() -> bytes:
    """An 8x8 grey baseline JPEG image: one block whose coefficients are all zero."""
    quantization = _segment(0xDB, b"\x00" + bytes([1] * 64))
    frame = _segment(0xC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00")  # 8x8, one component
    # One Huffman code each, of one bit: DC difference category 0; AC end of block.
    counts = b"\x01" + bytes(15)
    tables = _segment(0xC4, b"\x00" + counts + b"\x00" + b"\x10" + counts + b"\x00")
    scan = _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    entropy = b"\x3f"  # the two codes (0, 0), padded with ones
    return b"\xff\xd8" + quantization + frame + tables + scan + entropy + b"\xff\xd9"


_BY_TYPE = {
    "image/png": png,
    "image/jpeg": jpeg,
    "image/jpg": jpeg,
    "audio/wav": wav,
    "audio/x-wav": wav,
    "audio/wave": wav,
    "audio/mpeg": mp3,
    "audio/mp3": mp3,
}


def media_file(content_type: str) -> bytes:
    """A file of ``content_type``: a valid one for the types above, else a few bytes of text
    that say what they stand for."""
    make = _BY_TYPE.get(content_type.split(";", 1)[0].strip().lower())
    if make is not None:
        return make()
    return f"A media file of type {content_type}, as the sandbox serves it.\n".encode()
