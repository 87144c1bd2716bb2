package de.aufnahmelotse.municipalities;

/** A Landkreis or kreisfreie Stadt from the district file (5-digit key); numbers may be null where absent. */
public record District(String ags, String name, String type, String nuts3, Double areaKm2, Integer population,
                       Double densityPerKm2) {
}
