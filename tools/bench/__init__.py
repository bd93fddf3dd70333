"""`make bench`: how fast the site and the Vrijwilligerswijzer are, measured.

Not part of `make test` (timings are no assertions). Run it as
`python -m tools.bench`; see docs/prestaties.md for what it measures.
"""
