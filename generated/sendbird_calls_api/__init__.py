"""A client library for accessing Sendbird Calls Platform API

Generated from ``openapi/calls-v1.yaml``: ``models`` (the spec's schemas) and ``api`` (the
operations table and the thin typed methods of every tag). Use it through ``sendbird_calls``.
"""
