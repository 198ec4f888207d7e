package io.sitrep.map;

import java.awt.Color;

/** Colours of the map, chosen to keep red for casualty claims only. */
final class MapPalette {

    static final Color SEA = new Color(0xB3D1E3);
    static final Color LAND = new Color(0xF3F0EA);
    static final Color LAND_WITH_PLACES = new Color(0xFBF3E2);
    static final Color COAST = new Color(0x7FA6BE);
    static final Color BORDER = new Color(0x9A8797);
    static final Color COUNTRY_TEXT = new Color(0x877B6E);
    static final Color PLACE_TEXT = new Color(0x1A1A1A);
    static final Color HALO = new Color(255, 255, 255, 225);
    static final Color MARKER = new Color(0x1F5A8C);
    static final Color MARKER_OUTLINE = Color.WHITE;
    static final Color CASUALTY = new Color(0xC62828);
    static final Color TITLE_BAND = new Color(0x1E2A36);
    static final Color TITLE_TEXT = Color.WHITE;
    static final Color TITLE_SUBTEXT = new Color(0xC5D0DB);
    static final Color PANEL = new Color(255, 255, 255, 232);
    static final Color PANEL_EDGE = new Color(0xB9C2CA);
    static final Color PANEL_TEXT = new Color(0x2E2E2E);
    static final Color CREDIT_TEXT = new Color(0x4A4A4A);

    private MapPalette() {
    }
}
