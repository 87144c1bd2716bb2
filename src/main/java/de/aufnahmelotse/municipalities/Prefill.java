package de.aufnahmelotse.municipalities;

import de.aufnahmelotse.facts.Municipality;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Completes a request's municipality from its directory entry: only fields the request leaves empty are filled
 * (the request wins), and the filled ones are returned as request paths ({@code municipality.population}, …) with
 * the file they came from.
 */
public final class Prefill {
    /** Which of the directory's files a filled value comes from. */
    public enum Origin {
        /** The municipality file (GV-ISys). */
        MUNICIPALITIES,
        /** The municipality file compared with the one ten years earlier. */
        MUNICIPALITIES_COMPARED_WITH_PREVIOUS
    }

    public record Filled(String field, Origin origin) {
    }

    private Prefill() {
    }

    public static List<Filled> apply(Municipality m, MunicipalityEntry e) {
        List<Filled> filled = new ArrayList<>();
        fill(filled, "name", m::getName, m::setName, e.name());
        fill(filled, "state", m::getState, m::setState, e.state());
        fill(filled, "district", m::getDistrict, m::setDistrict, e.district());
        fill(filled, "districtAgs", m::getDistrictAgs, m::setDistrictAgs, e.districtAgs());
        fill(filled, "kind", m::getKind, m::setKind, e.kind());
        fill(filled, "association", m::getAssociation, m::setAssociation, e.association());
        fill(filled, "associationName", m::getAssociationName, m::setAssociationName, e.associationName());
        fill(filled, "population", m::getPopulation, m::setPopulation, e.population());
        fill(filled, "areaKm2", m::getAreaKm2, m::setAreaKm2, e.areaKm2());
        fill(filled, "densityPerKm2", m::getDensityPerKm2, m::setDensityPerKm2, e.densityPerKm2());
        fill(filled, "degreeOfUrbanisation", m::getDegreeOfUrbanisation, m::setDegreeOfUrbanisation,
                e.degreeOfUrbanisation());
        if (m.getPopulationChange10yPct() == null && e.populationChange10yPct() != null) {
            m.setPopulationChange10yPct(e.populationChange10yPct());
            filled.add(new Filled("municipality.populationChange10yPct", Origin.MUNICIPALITIES_COMPARED_WITH_PREVIOUS));
        }
        return filled;
    }

    private static <T> void fill(List<Filled> filled, String field, Supplier<T> get, Consumer<T> set, T value) {
        if (get.get() == null && value != null) {
            set.accept(value);
            filled.add(new Filled("municipality." + field, Origin.MUNICIPALITIES));
        }
    }
}
