"""`@screenshot.png`: an image part for models that take images, one clear line for those that do
not (`[model] vision`), and never the image bytes in the stored transcript."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from fake_openai import http_error, text
from test_repl import run_chat

from gcode.config import load_config, user_config_path
from gcode.db import open_db
from gcode.errors import GcodeError
from gcode.sessions import IMAGE_PLACEHOLDER

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAE"
                       "hQGAhKmMIQAAAABJRU5ErkJggg==")


def image_parts(body: dict) -> list[dict]:
    return [p for m in body["messages"] if isinstance(m.get("content"), list)
            for p in m["content"] if p.get("type") == "image_url"]


def stored_messages() -> list[dict]:
    db = open_db(Path(os.environ["GCODE_DB"]))
    try:
        return db.session_messages(db.list_sessions()[0]["id"])
    finally:
        db.close()


def test_an_image_goes_to_a_model_that_takes_images(fake_llm, repo, monkeypatch):
    (repo / "shot.png").write_bytes(PNG)
    fake_llm.script(text("A one-pixel image."), text("Still one pixel."))
    _, out = run_chat(repo, "what is in @shot.png?\rand now?\r\x04", env=fake_llm.env,
                      monkeypatch=monkeypatch)
    assert "attached shot.png (70 B)" in out and "A one-pixel image." in out
    first = fake_llm.chat_requests[0]["messages"][-1]
    assert first["content"][0] == {"type": "text", "text": "what is in @shot.png?"}
    url = first["content"][1]["image_url"]["url"]
    assert url == "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert len(image_parts(fake_llm.chat_requests[1])) == 1  # still in the conversation
    stored = stored_messages()[0]["content"]
    assert stored == f"what is in @shot.png?\n\n{IMAGE_PLACEHOLDER}"  # no bytes in the db


def test_a_model_that_refuses_images_is_said_so_clearly(fake_llm, repo, monkeypatch):
    (repo / "shot.png").write_bytes(PNG)

    def text_only(body: dict):
        if image_parts(body):
            return http_error(400, "image input is not supported - hint: if this is "
                                   "unexpected, you may need to provide the mmproj")
        return text("Fine without it.")

    fake_llm.script(text_only, text_only)
    _, out = run_chat(repo, "what is in @shot.png?\rok, without it then\r\x04",
                      env=fake_llm.env, monkeypatch=monkeypatch)
    assert ("model fake-model does not accept images: the server refused the image of this "
            "message, so it was left out of the conversation") in out
    assert "Traceback" not in out and "Fine without it." in out
    assert image_parts(fake_llm.chat_requests[1]) == []  # not sent again


def test_vision_false_refuses_images_before_sending(fake_llm, repo, monkeypatch):
    (repo / "shot.png").write_bytes(PNG)
    user_config_path().parent.mkdir(parents=True, exist_ok=True)
    user_config_path().write_text("[model]\nvision = false\n")
    assert load_config(repo).model.vision == "false"  # a TOML boolean is accepted
    fake_llm.script(text("No image here."))
    _, out = run_chat(repo, "what is in @shot.png?\r\x04", env=fake_llm.env,
                      monkeypatch=monkeypatch)
    assert "@shot.png is an image, and this model does not take images ([model] vision = " \
        "false): not attached" in out
    assert image_parts(fake_llm.chat_requests[0]) == []
    user_config_path().write_text('[model]\nvision = "sometimes"\n')
    with pytest.raises(GcodeError, match="model.vision = 'sometimes' is not one of auto, "
                                         "true, false"):
        load_config(repo)
