"""The one date the tests build and check with, so no test depends on the
day it runs: the example content's expired vacancy stays expired and its
current ones stay current, whenever the suite runs."""

import datetime as dt

BUILD_DATE = dt.date(2026, 11, 23)  # the engine tests use the same day (tests/engine/wijzer_fixtures.py)


def on_build_date(context):
    """A browser context whose clock says BUILD_DATE: the wijzer asks the
    browser which day it is to hide expired vacancies, and the tests compare
    with the engine run on that same day. Only for wijzer pages: a frozen
    clock stalls the theme's search, which waits on timers."""
    context.clock.set_fixed_time(dt.datetime.combine(BUILD_DATE, dt.time(12)))
    return context
