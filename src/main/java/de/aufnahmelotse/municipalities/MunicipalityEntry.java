package de.aufnahmelotse.municipalities;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.aufnahmelotse.facts.Enums.MunicipalityAssociation;
import de.aufnahmelotse.facts.Enums.MunicipalityKind;
import de.aufnahmelotse.facts.Land;

/**
 * One municipality of the directory, as served by GET /api/v1/municipalities. {@code population} is 0 for
 * uninhabited areas (gemeindefreie Gebiete) and null where the file gives none; {@code kind} is null for
 * gemeindefreie Gebiete; {@code kindCode} is the Destatis Textkennzeichen it was read from. {@code association}
 * is the Gemeindeverband it belongs to (from the satzart-50 row above it; NONE when verbandsfrei), with its name;
 * {@code latitude}/{@code longitude} are the directory's centre coordinates; {@code populationChange10yPct} is the
 * change against the directory ten years earlier, null when the AGS is not in both.
 */
public record MunicipalityEntry(String ags, String name, Land state, String stateName, String district,
                                String districtAgs, MunicipalityKind kind, String kindCode, Integer population,
                                Double areaKm2, Double densityPerKm2, Integer degreeOfUrbanisation,
                                String postalCode, Double latitude, Double longitude,
                                MunicipalityAssociation association, String associationName,
                                Double populationChange10yPct) {

    @JsonIgnore
    public boolean inhabited() {
        return population != null && population > 0;
    }

    MunicipalityEntry withDistrict(String districtName) {
        return new MunicipalityEntry(ags, name, state, stateName, districtName, districtAgs, kind, kindCode, population,
                areaKm2, densityPerKm2, degreeOfUrbanisation, postalCode, latitude, longitude, association,
                associationName, populationChange10yPct);
    }

    MunicipalityEntry withPopulationChange(Double pct) {
        return new MunicipalityEntry(ags, name, state, stateName, district, districtAgs, kind, kindCode, population,
                areaKm2, densityPerKm2, degreeOfUrbanisation, postalCode, latitude, longitude, association,
                associationName, pct);
    }
}
