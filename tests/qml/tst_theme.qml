// SPDX-License-Identifier: GPL-3.0-or-later
// Every text colour the kiosk puts on a background reaches the WCAG 2.1 contrast ratio of
// 4.5:1 (AA, normal text); the lines and bars that carry meaning reach 3:1 against the card
// they are drawn on (non-text contrast), as drawn (with their opacity).
import QtQuick
import QtTest
import Vitrine.Theme

TestCase {
    name: "ThemeContrast"

    // WCAG relative luminance of an opaque colour.
    function luminance(c) {
        function channel(v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    // A colour drawn with `alpha` over an opaque backdrop, as the eye gets it.
    function over(c, alpha, backdrop) {
        const a = c.a * alpha
        return Qt.rgba(c.r * a + backdrop.r * (1 - a), c.g * a + backdrop.g * (1 - a),
                       c.b * a + backdrop.b * (1 - a), 1)
    }
    function ratio(fg, bg) {
        const l1 = luminance(fg)
        const l2 = luminance(bg)
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)
    }

    function test_luminanceMatchesWcag() {
        // The two ends of the scale and a known pair: the formula itself must be right.
        compare(ratio(Qt.rgba(0, 0, 0, 1), Qt.rgba(1, 1, 1, 1)).toFixed(1), "21.0")
        compare(ratio(Qt.rgba(1, 1, 1, 1), Qt.rgba(1, 1, 1, 1)), 1)
        compare(ratio(Qt.color("#767676"), Qt.color("#ffffff")).toFixed(2), "4.54")
    }

    // Text on its background: [text, background, where it is seen]. `backdrop` is what a
    // translucent background lies on.
    function test_textContrast_data() {
        const pairs = [
            ["textPrimary", "surface", "card text"],
            ["textPrimary", "surfaceAlt", "rows inside cards"],
            ["textPrimary", "surfaceSunken", "pressed rows"],
            ["textPrimary", "flowNodeFill", "flow picture boxes"],
            ["textPrimary", "accentSoft", "ticked choice"],
            ["textPrimary", "goodFill", "adequate country box"],
            ["textPrimary", "warnFill", "uncertain country box"],
            ["textPrimary", "badFill", "not adequate country box"],
            ["textPrimary", "secondaryFillPressed", "pressed secondary button"],
            ["textSecondary", "surface", "muted text on a card, chart axis"],
            ["textSecondary", "surfaceAlt", "muted text in rows"],
            ["textSecondary", "flowNodeFill", "muted text in flow boxes"],
            ["textSecondary", "accentSoft", "muted text on a ticked choice"],
            ["textOnDark", "background", "screen text on navy"],
            ["textOnDark", "backgroundRaised", "bars on navy"],
            ["textOnDark", "backgroundDeep", "behind overlays"],
            ["textOnDark", "ghostFillPressed", "pressed button on navy"],
            ["textOnDarkMuted", "background", "muted text on navy"],
            ["textOnDarkMuted", "backgroundRaised", "muted text on bars"],
            ["textOnDarkFaint", "background", "small print on navy"],
            ["textOnDarkFaint", "backgroundRaised", "small print on bars"],
            ["textOnAccent", "accent", "primary button"],
            ["textOnAccent", "accentPressed", "pressed primary button"],
            ["accent", "surface", "quiet button on a card"],
            ["accent", "surfaceAlt", "quiet button in rows"],
            ["secondaryText", "secondaryFill", "secondary button"],
            ["secondaryText", "secondaryFillPressed", "pressed secondary button"],
            ["disabledText", "disabledFill", "disabled button"],
            ["background", "textOnDark", "current language on navy"],
            ["goodText", "goodFill", "adequacy badge: adequate"],
            ["warnText", "warnFill", "adequacy badge: uncertain"],
            ["badText", "badFill", "adequacy badge: not adequate, errors"],
            ["goodText", "surface", "good news on a card"],
            ["badText", "surface", "errors on a card"],
            ["sensitiveHighText", "sensitiveHighFill", "sensitivity badge: high"],
            ["sensitiveMediumText", "sensitiveMediumFill", "sensitivity badge: medium"],
            ["sensitiveLowText", "sensitiveLowFill", "sensitivity badge: low"],
            ["textOnDark", "overlayScrim", "idle question over a card", "surface"],
            ["textOnDark", "overlayScrim", "idle question over navy", "background"],
        ]
        return pairs.map(p => ({ tag: p[0] + " on " + p[1] + " (" + p[2] + ")", fg: p[0], bg: p[1],
                                 backdrop: p.length > 3 ? p[3] : "" }))
    }

    function test_textContrast(data) {
        verify(Theme[data.fg] !== undefined, "Theme has no " + data.fg)
        verify(Theme[data.bg] !== undefined, "Theme has no " + data.bg)
        const bg = data.backdrop.length > 0 ? over(Theme[data.bg], 1, Theme[data.backdrop]) : Theme[data.bg]
        verify(bg.a === 1, data.bg + " is translucent: name what it lies on")
        const r = ratio(Theme[data.fg], bg)
        verify(r >= 4.5, data.fg + " on " + data.bg + ": " + r.toFixed(2) + ":1, below 4.5:1")
    }

    // Lines and bars that carry meaning, as drawn on a white card: 3:1 at least.
    function test_graphicsContrast_data() {
        const rows = []
        for (const id in Theme.categoryColors)
            rows.push({ tag: "category " + id, color: Theme.categoryColor(id), opacity: Theme.flowLinkOpacity })
        rows.push({ tag: "goodLine (solid flow line)", color: Theme.goodLine, opacity: Theme.flowLinkOpacity })
        rows.push({ tag: "warnLine (dashed flow line)", color: Theme.warnLine, opacity: 1 })
        rows.push({ tag: "badLine (dashed flow line)", color: Theme.badLine, opacity: 1 })
        rows.push({ tag: "flowCategoryLink (key sample)", color: Theme.flowCategoryLink, opacity: 1 })
        return rows
    }

    function test_graphicsContrast(data) {
        const r = ratio(over(data.color, data.opacity, Theme.surface), Theme.surface)
        verify(r >= 3, data.tag + ": " + r.toFixed(2) + ":1, below 3:1")
    }

    function test_everyCategoryHasItsOwnColour() {
        const ids = ["location", "driving", "driver", "cabin", "phone", "media", "identity",
                     "vehicle", "energy", "software"]
        const seen = {}
        for (const id of ids) {
            const c = String(Theme.categoryColor(id))
            verify(Theme.categoryColors[id] !== undefined, "no colour for " + id)
            verify(seen[c] === undefined, id + " has the colour of " + seen[c])
            seen[c] = id
        }
    }
}
