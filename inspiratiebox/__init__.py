"""Build-time code, in rooms named after the flow: content (schema, field
kinds, checks), pages, kit (spreadsheets, open data), bundle (the wijzer's
assets), site (staging, generator, finish) and the command line. See
ARCHITECTURE.md.
"""
