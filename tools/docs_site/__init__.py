"""What the documentation shows that is read from the code and the spec, so it cannot drift from them.

``operation_examples``: one runnable example per operation (a call built from the operations table and
the spec's links and examples, and the answer from the spec's example), shown by the operations
reference and run against the mock by ``tests/test_docs_operation_examples.py``. ``blocks``: the
README's and the site's generated blocks (the dependencies of each extra from ``pyproject.toml``, the
client's settings from ``CallsClient``, the ``request_options`` keys from ``RequestOptions``),
rewritten by ``python -m tools.docs_site`` and checked by ``tests/test_docs_blocks.py``.
``mkdocs_hooks``: the hook that renders the operations reference at ``make docs``.
"""
