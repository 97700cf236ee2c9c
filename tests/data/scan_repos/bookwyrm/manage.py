#!/usr/bin/env python
import os
import sys

from environs import Env

if __name__ == "__main__":
    Env.read_env()  # load environment variables from .env
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bookwyrm.settings")
    try:
        from django.core.management import execute_from_command_line
    except ImportError as exc:
        raise ImportError(
            "Couldn't import Django. Are you sure it's installed and "
            "available on your PYTHONPATH environment variable? Did you "
            "forget to activate a virtual environment?"
        ) from exc
    execute_from_command_line(sys.argv)
