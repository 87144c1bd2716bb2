package de.aufnahmelotse.facts;

/** German Länder, ISO 3166-2:DE codes without the "DE-" prefix; {@link #agsPrefix} is the first two AGS digits. */
public enum Land {
    SH("01"), HH("02"), NI("03"), HB("04"), NW("05"), HE("06"), RP("07"), BW("08"),
    BY("09"), SL("10"), BE("11"), BB("12"), MV("13"), SN("14"), ST("15"), TH("16");

    private final String agsPrefix;

    Land(String agsPrefix) {
        this.agsPrefix = agsPrefix;
    }

    public String getAgsPrefix() {
        return agsPrefix;
    }

    public static Land fromAgsPrefix(String prefix) {
        for (Land land : values()) {
            if (land.agsPrefix.equals(prefix)) {
                return land;
            }
        }
        return null;
    }
}
