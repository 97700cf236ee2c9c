"""Preferences and facts about one user. Private: scope `user`, never exported.

Records follow the user across repositories (repo_id ""), so "I prefer short
answers" said in one repo holds in every other.
"""

from __future__ import annotations

from gcode.store_api import BaseStore


class UserMemory(BaseStore):
    name = "user_memory"
    title = "About this user"
    scope = "user"
    kinds = ("preference", "fact")
    extract = ("this user's personal preferences and facts about them (style, tools, role); "
               "never team facts")
    follows_user = True  # "I prefer short answers" said in one repo holds in every other
    context_weight = 1.2  # few, short, and always relevant to how to answer
