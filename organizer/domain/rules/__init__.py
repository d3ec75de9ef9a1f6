"""The campaign's rules as pure functions: no database, no Qt, no sessions.

Each module holds one rule and takes the plain frozen dataclasses of ``inputs``;
``from_models`` builds those inputs from already-loaded ORM objects, so the rules can be
tested with literals and the services stay thin.
"""
