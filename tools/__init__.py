"""Maintainer tools run from the repository: generation (``generate.py``) and the API diff (``api_diff/``)."""
