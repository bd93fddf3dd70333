"""Contrast of the municipality's main colour, and a darker shade that passes.

The colour is the background of the header and the buttons (white text on it)
and the colour of links on white. The WCAG contrast ratio is symmetric, so one
number covers both uses. When it is too low, staff get a concrete colour to
copy instead of "pick a darker one": the lightest shade of the same hue (the
colour mixed with black, which keeps hue and saturation) that reaches the
minimum.
"""

from __future__ import annotations

MIN_CONTRAST_WITH_WHITE = 4.5  # WCAG 2 AA for normal text
WHITE_LUMINANCE = 1.0


def rgb(colour: str) -> tuple[int, int, int]:
    """(r, g, b) of a "#rrggbb" colour."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def hex_colour(red: int, green: int, blue: int) -> str:
    return f"#{red:02x}{green:02x}{blue:02x}"


def luminance(colour: str) -> float:
    """WCAG relative luminance of a "#rrggbb" colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_with_white(colour: str) -> float:
    """WCAG contrast ratio of white on `colour`, equal to `colour` on white."""
    return (WHITE_LUMINANCE + 0.05) / (luminance(colour) + 0.05)


def passing_shade(colour: str, minimum: float = MIN_CONTRAST_WITH_WHITE) -> str:
    """The lightest shade of `colour` whose contrast with white reaches `minimum`.

    Shades are the colour scaled towards black, one step of the brightest
    channel at a time, each channel rounded to a whole number; the first that
    passes is the one closest to what the municipality chose. A colour that
    already passes is returned as it is (lower-case).
    """
    channels = rgb(colour)
    top = max(channels)
    for level in range(top, -1, -1):
        shade = hex_colour(*(round(c * level / top) for c in channels)) if top else "#000000"
        if contrast_with_white(shade) >= minimum:
            return shade
    return "#000000"
