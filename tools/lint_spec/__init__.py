"""``make lint-spec``: the spec's own rules, the ones the generator, the mock and the tests rely on.

openapi-spec-validator checks that ``openapi/calls-v1.yaml`` is OpenAPI 3.1; this package checks
what that does not: every answer and webhook has an example that fits its schema, every operation
has an operationId, a declared tag and an ``x-method-name``, the vendor extensions are used where
the code reads them, every ``$ref`` resolves, enums read from answers are open. Each finding names
the node to edit (``paths./rooms.post.responses.200``) and the fix. Modules: ``document`` (the spec
and its walks), ``findings`` and ``report`` (what is printed), ``rules/`` (one module per group of
rules), ``cli``. The rules are documented in ``docs/guides/regenerating.md`` ("Spec rules").
"""
