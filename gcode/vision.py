"""Images in a message (`@screenshot.png`): sent as image content parts to models that take them.

`[model] vision`: "true" sends images, "false" refuses them before anything is sent, "auto"
sends them and, when the server refuses (a text-only model), says so in one clear line and
takes them out of the conversation, so the next request does not fail the same way.
"""

from __future__ import annotations

import base64
import re
from typing import Any

from gcode.errors import GcodeError

IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
               ".gif": "image/gif", ".webp": "image/webp"}
MAX_IMAGE_BYTES = 20_000_000  # what the large providers accept per image
LEFT_OUT = "[an image was attached here, but the model does not accept images]"
# What servers say when a model cannot take an image: OpenAI ("image_url is only supported
# by certain models"), Ollama and LM Studio ("does not support images"), vLLM ("not a
# multimodal model"), llama.cpp ("image input is not supported ... mmproj").
_REFUSAL = re.compile(r"image|vision|multi-?modal|mmproj", re.IGNORECASE)


def image_type(name: str) -> str | None:
    lowered = name.lower()
    return next((mime for ext, mime in IMAGE_TYPES.items() if lowered.endswith(ext)), None)


def image_part(data: bytes, mime: str) -> dict[str, Any]:
    """An OpenAI-style image content part holding the image as a base64 data URL."""
    encoded = base64.b64encode(data).decode("ascii")
    return {"type": "image_url", "image_url": {"url": f"data:{mime};base64,{encoded}"}}


def count_images(messages: list[dict[str, Any]]) -> int:
    return sum(1 for m in messages if isinstance(m.get("content"), list)
               for p in m["content"] if isinstance(p, dict) and p.get("type") == "image_url")


def drop_images(messages: list[dict[str, Any]]) -> int:
    """Replace every image part by a note, in place; how many there were."""
    dropped = 0
    for m in messages:
        content = m.get("content")
        if not isinstance(content, list):
            continue
        parts = []
        for p in content:
            if isinstance(p, dict) and p.get("type") == "image_url":
                dropped += 1
                p = {"type": "text", "text": LEFT_OUT}
            parts.append(p)
        m["content"] = parts
    return dropped


def refusal(exc: GcodeError, model: str, messages: list[dict[str, Any]]) -> GcodeError | None:
    """The clear error for a server that refused the images of this request (None when the
    failure is something else); the images are taken out of `messages`."""
    if not count_images(messages) or not _REFUSAL.search(f"{exc.message} {exc.hint}"):
        return None
    dropped = drop_images(messages)
    what = "the image of this message, so it was" if dropped == 1 else \
        f"the {dropped} images of this conversation, so they were"
    return GcodeError(f"model {model} does not accept images: the server refused {what} "
                      "left out of the conversation",
                      hint="send the question again without the image, or use a model that "
                           "accepts images ([model] vision = false refuses them up front)")
