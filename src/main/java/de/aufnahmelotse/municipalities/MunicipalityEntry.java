package de.aufnahmelotse.municipalities;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.aufnahmelotse.facts.Enums.MunicipalityKind;
import de.aufnahmelotse.facts.Land;

/**
 * One municipality of the directory, as served by GET /api/v1/municipalities. {@code population} is 0 for
 * uninhabited areas (gemeindefreie Gebiete) and null where the file gives none; {@code kind} is null for
 * gemeindefreie Gebiete; {@code kindCode} is the Destatis Textkennzeichen it was read from.
 */
public record MunicipalityEntry(String ags, String name, Land state, String stateName, String district,
                                String districtAgs, MunicipalityKind kind, String kindCode, Integer population,
                                Double areaKm2, Double densityPerKm2, Integer degreeOfUrbanisation,
                                String postalCode, Double latitude, Double longitude) {

    @JsonIgnore
    public boolean inhabited() {
        return population != null && population > 0;
    }
}
