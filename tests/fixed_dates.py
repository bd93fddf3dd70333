"""The one date the tests build and check with, so no test depends on the
day it runs: the example content's expired vacancy stays expired and its
current ones stay current, whenever the suite runs."""

import datetime as dt

BUILD_DATE = dt.date(2026, 11, 23)  # the engine tests use the same day (tests/engine/wijzer_fixtures.py)
