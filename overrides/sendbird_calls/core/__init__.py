"""The client's engine, shared by both clients, the CLI, verify-spec and the webhook delivery.

``operation`` (the operations table's types), ``options`` (per-call options), ``request`` (the one
URL builder and every pre-send check), ``send`` (the one request loop), ``response`` (results and raw
responses), ``requester`` and ``resource`` (what generated methods call), ``pages`` (a list's pages),
``model`` (the models' engine), ``network`` and ``deadline`` (the deadline inside socket operations),
``secrets``, ``unset`` and ``lazy``. Nothing is imported here: each module loads when first used.
"""
