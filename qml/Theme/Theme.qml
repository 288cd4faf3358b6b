// SPDX-License-Identifier: GPL-3.0-or-later
// Every colour, size, spacing, radius and font of the kiosk. Views take all their numbers from
// here; `largeText` (the customer's "larger text" toggle) scales every font and the controls
// that hold text.
pragma Singleton
import QtQuick

QtObject {
    id: theme

    // --- Text size -------------------------------------------------------------------------
    /** The customer asked for larger text: every font grows by `largeTextFactor`. */
    property bool largeText: false
    readonly property real largeTextFactor: 1.3
    readonly property real textScale: largeText ? largeTextFactor : 1.0

    // --- Palette: deep navy and white, one teal accent. Contrast ratios are for text. ---------
    readonly property color background: "#0f2a3d"        // the kiosk's navy
    readonly property color backgroundRaised: "#17405c"  // bars and panels on navy
    readonly property color backgroundDeep: "#0a1f2e"    // behind overlays
    readonly property color overlayScrim: "#d90a1f2e"    // 85 % navy over the screen
    readonly property color textOnDark: "#ffffff"      // 14.8:1 on navy
    readonly property color textOnDarkMuted: "#c9dbe6" // 10.4:1 on navy
    readonly property color textOnDarkFaint: "#9fb8c8" // 7.2:1 on navy (small print)

    readonly property color surface: "#ffffff"           // cards
    readonly property color surfaceAlt: "#f4f7f9"        // rows inside cards
    readonly property color surfaceSunken: "#e6edf2"     // tracks, empty bars
    readonly property color divider: "#d3dee6"
    readonly property color textPrimary: "#14222e"       // 16.2:1 on white
    readonly property color textSecondary: "#4a5a66"     // 7.1:1 on white, 6.6:1 on surfaceAlt

    readonly property color accent: "#0b6e69"            // teal; white text on it 6.1:1
    readonly property color accentPressed: "#08524e"
    readonly property color textOnAccent: "#ffffff"
    readonly property color accentSoft: "#dff0ee"        // selected rows, chips
    readonly property color focusRing: "#f2c14e"         // keyboard/touch focus on navy

    // Secondary buttons on white: white with a navy outline.
    readonly property color secondaryFill: "#ffffff"
    readonly property color secondaryFillPressed: "#e6edf2"
    readonly property color secondaryText: "#0f2a3d"
    readonly property color secondaryBorder: "#0f2a3d"
    // Buttons on navy: outlined white.
    readonly property color ghostFill: "transparent"
    readonly property color ghostFillPressed: "#1f5272"
    readonly property color ghostBorder: "#9fb8c8"
    readonly property color disabledFill: "#c5d1d9"
    readonly property color disabledText: "#3e4d58"      // 5.6:1 on disabledFill

    // Adequacy: always with a text label and a shape, never colour alone.
    readonly property color goodFill: "#e3f3e7"
    readonly property color goodText: "#17602d"          // 6.6:1
    readonly property color goodLine: "#2e8b57"
    readonly property color warnFill: "#fff1d6"
    readonly property color warnText: "#7a4d00"          // 6.5:1
    readonly property color warnLine: "#b07800"          // 3.8:1 on white (lines, borders)
    readonly property color badFill: "#fde4e2"
    readonly property color badText: "#9c1f17"           // 6.6:1
    readonly property color badLine: "#c0392b"

    // Sensitivity: a purple–blue–grey scale, distinct from adequacy's green/amber/red.
    readonly property color sensitiveHighFill: "#efe6f7"
    readonly property color sensitiveHighText: "#5b2a86" // 8.2:1
    readonly property color sensitiveMediumFill: "#e6eef7"
    readonly property color sensitiveMediumText: "#1f4f85" // 7.1:1
    readonly property color sensitiveLowFill: "#eef1f3"
    readonly property color sensitiveLowText: "#3f4f5a"  // 7.5:1

    // Charts and the flow picture.
    readonly property color barFill: "#0b6e69"
    readonly property color barFillSelected: "#0f2a3d"
    readonly property color flowCategoryLink: "#3f8f8a"
    readonly property color flowNodeFill: "#eef3f6"
    readonly property color flowNodeBorder: "#b9c9d4"
    // Lines stay at least 3:1 against white when drawn this opaque (tests/qml/tst_theme.qml).
    readonly property real flowLinkOpacity: 0.85

    // One colour per kind of data (chart bars, flow lines, their keys): dark enough for 3:1
    // against white, told apart by their words in the keys too.
    readonly property var categoryColors: ({
        "location": "#3b6fb6",
        "driving": "#c25e00",
        "driver": "#7d4f9e",
        "cabin": "#c2456b",
        "phone": "#2a8c86",
        "media": "#8f7600",
        "identity": "#b8322f",
        "vehicle": "#5f6b75",
        "energy": "#3d8a2f",
        "software": "#8a5a3c"
    })
    readonly property color categoryColorUnknown: "#5f6b75"

    // --- Fonts (pixel sizes at 1920×1080 and 1080×1920) ----------------------------------------
    readonly property string fontFamily: "DejaVu Sans"
    readonly property int fontSmall: Math.round(22 * textScale)     // minimum anywhere
    readonly property int fontDiagram: Math.round(22 * textScale)   // the flow picture's boxes
    readonly property int fontBody: Math.round(24 * textScale)
    readonly property int fontLead: Math.round(30 * textScale)      // "In short" sentences
    readonly property int fontButton: Math.round(24 * textScale)
    readonly property int fontTitle: Math.round(32 * textScale)     // card titles
    readonly property int fontHeadline: Math.round(44 * textScale)  // screen titles
    readonly property int fontDisplay: Math.round(72 * textScale)   // the attract welcome
    readonly property int fontPinDigit: Math.round(36 * textScale)
    readonly property int fontPinDots: 48
    readonly property real lineHeight: 1.2

    // --- Sizes ------------------------------------------------------------------------------
    readonly property int touchMin: 48                 // nothing to tap is smaller
    readonly property int buttonHeight: Math.max(touchMin, Math.round(64 * textScale))
    readonly property int buttonHeightLarge: Math.max(touchMin, Math.round(84 * textScale))
    readonly property int buttonPaddingH: 28
    readonly property int buttonMinWidth: 120
    readonly property int languageButtonWidth: Math.round(150 * textScale)
    readonly property int pinKeySize: 104
    readonly property int pinPadWidth: 3 * pinKeySize + 2 * spacingM
    readonly property int pinDotSize: 22
    readonly property int iconSize: 40
    readonly property int iconSizeSmall: Math.round(28 * textScale)
    readonly property int iconSizeDiagram: Math.round(28 * textScale)
    readonly property int iconStroke: 3
    readonly property int checkBoxSize: 32
    readonly property int badgeHeight: Math.max(36, Math.round(fontSmall * 1.6))
    readonly property int badgeDot: 10
    readonly property int barHeight: 14
    readonly property int chartMinHeight: 320
    readonly property int chartBarGap: 6
    readonly property real chartBarWidth: 0.8          // of each bar's slot
    readonly property int chartLegendSwatch: 24
    readonly property int indicatorDot: 16
    readonly property int indicatorDotCurrent: 22
    readonly property int borderThin: 1
    readonly property int borderThick: 2
    readonly property int focusWidth: 4
    readonly property int scrollBarWidth: 10

    // Flow picture
    readonly property int flowNodeHeight: Math.round(2 * fontSmall * lineHeight + 2 * spacingS)
    readonly property int flowNodeGap: spacingS
    readonly property int flowLinkMin: 3
    readonly property int flowLinkMax: 26
    readonly property int flowMaxRecipients: 8          // 7 named and "others"
    readonly property int flowMinHeight: 480
    readonly property int flowNarrowWidth: 1200         // below: wider boxes, shorter lines

    // --- Spacing and shape ----------------------------------------------------------------------
    readonly property int spacingXS: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 16
    readonly property int spacingL: 24
    readonly property int spacingXL: 40
    readonly property int spacingXXL: 64
    readonly property int screenMargin: 32
    readonly property int cardPadding: 32
    readonly property int cardMaxWidth: 1760
    readonly property int readingWidth: 1200            // long text lines stay readable
    readonly property int dialogWidth: 760
    readonly property int rejectionListHeight: 480
    readonly property int mediaPanelWidth: 560          // the USB stick's logs, beside the import
    readonly property int mediaListHeight: 400          // ... above it (portrait): about three logs
    readonly property int keptListHeight: 330           // the sheets kept to print: about three
    readonly property real advisorNoticeShare: 0.28     // the advisor's notices, of the screen at most
    readonly property int advisorTwoColumnWidth: 1100   // the import's facts beside its refusals
    readonly property int factLabelWidth: Math.round(280 * textScale)
    readonly property int radiusS: 8
    readonly property int radiusM: 14
    readonly property int radiusL: 22
    readonly property int barRadius: 7
    readonly property int topBarHeight: 96
    readonly property int wideBreakpoint: 1400           // two columns from this width on

    // --- Signing pads -----------------------------------------------------------------------
    readonly property color signaturePadFill: "#ffffff"
    readonly property color signaturePadBorder: "#b9c9d4"
    readonly property color signatureInk: "#14306e"       // blue-black, like a ballpoint pen
    readonly property color signatureBaseline: "#9fb8c8"
    readonly property int signatureInkWidth: 4
    readonly property int signaturePadMinHeight: 220
    readonly property real signatureBaselineAt: 0.72     // of the pad's height, from the top

    // --- Typing: passphrase fields and the on-screen keyboard -------------------------------
    readonly property int fieldHeight: Math.max(touchMin, Math.round(64 * textScale))
    readonly property int keyboardMaxWidth: 1200         // keys finger-sized, room left above
    readonly property int busyIndicatorSize: 64
    readonly property int passphraseCardWidth: 900

    // --- The sheet's preview and the advisor's check of a sheet --------------------------------
    readonly property color previewBackdrop: "#17405c"   // behind the pages, on navy
    readonly property color previewPaper: "#ffffff"      // a page while its picture comes
    readonly property color previewPaperEdge: "#0a1f2e"  // a thin edge, as paper on a desk
    readonly property int previewPageGap: 24
    readonly property int previewPanelWidth: 600         // the print panel beside the pages
    readonly property real previewPanelShare: 0.42       // ... below them (portrait), at most
    readonly property int verdictIconSize: 72
    readonly property int verifyListWidth: 680           // what to check, beside the answer
    readonly property real verifyListShare: 0.4          // ... above it (portrait), at most

    // --- Motion -----------------------------------------------------------------------------
    readonly property int animationFast: 120
    readonly property int animationNormal: 220

    // --- Adequacy tones: how a recipient's country is shown (always with words and a shape) --
    /** "good", "warn" or "bad" for an adequacy id ("domestic", "adequate", "dpf_only", ...). */
    function adequacyTone(adequacy) {
        switch (adequacy) {
        case "domestic":
        case "adequate":
        case "adequate_private":
            return "good"
        case "not_adequate":
            return "bad"
        default: // "dpf_only", "unknown"
            return "warn"
        }
    }
    function toneFill(tone) { return tone === "good" ? goodFill : tone === "bad" ? badFill : warnFill }
    function toneText(tone) { return tone === "good" ? goodText : tone === "bad" ? badText : warnText }
    function toneLine(tone) { return tone === "good" ? goodLine : tone === "bad" ? badLine : warnLine }
    function toneIcon(tone) { return tone === "good" ? "checkCircle" : tone === "bad" ? "crossCircle" : "warning" }

    /** The colour of a kind of data ("location", "driving", ...). */
    function categoryColor(id) {
        const c = categoryColors[id]
        return c !== undefined ? c : categoryColorUnknown
    }

    function sensitivityFill(level) {
        return level >= 2 ? sensitiveHighFill : level === 1 ? sensitiveMediumFill : sensitiveLowFill
    }
    function sensitivityText(level) {
        return level >= 2 ? sensitiveHighText : level === 1 ? sensitiveMediumText : sensitiveLowText
    }
}
