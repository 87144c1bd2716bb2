package de.aufnahmelotse.municipalities;

import de.aufnahmelotse.facts.Municipality;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Completes a request's municipality from its directory entry: only fields the request leaves empty are filled
 * (the request wins), and the filled ones are returned as request paths ({@code municipality.population}, …).
 */
public final class Prefill {
    private Prefill() {
    }

    public static List<String> apply(Municipality m, MunicipalityEntry e) {
        List<String> filled = new ArrayList<>();
        fill(filled, "name", m::getName, m::setName, e.name());
        fill(filled, "state", m::getState, m::setState, e.state());
        fill(filled, "district", m::getDistrict, m::setDistrict, e.district());
        fill(filled, "districtAgs", m::getDistrictAgs, m::setDistrictAgs, e.districtAgs());
        fill(filled, "kind", m::getKind, m::setKind, e.kind());
        fill(filled, "population", m::getPopulation, m::setPopulation, e.population());
        fill(filled, "areaKm2", m::getAreaKm2, m::setAreaKm2, e.areaKm2());
        fill(filled, "densityPerKm2", m::getDensityPerKm2, m::setDensityPerKm2, e.densityPerKm2());
        fill(filled, "degreeOfUrbanisation", m::getDegreeOfUrbanisation, m::setDegreeOfUrbanisation,
                e.degreeOfUrbanisation());
        return filled;
    }

    private static <T> void fill(List<String> filled, String field, Supplier<T> get, Consumer<T> set, T value) {
        if (get.get() == null && value != null) {
            set.accept(value);
            filled.add("municipality." + field);
        }
    }
}
