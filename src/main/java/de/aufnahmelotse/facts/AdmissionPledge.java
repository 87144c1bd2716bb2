package de.aufnahmelotse.facts;

/** A municipality's pledge to take in refugees (Aufnahmezusage der Kommune). */
public class AdmissionPledge {
    /** Places pledged per year. */
    private Integer places;
    /** Places come on top of the distribution key. */
    private Boolean beyondQuota;

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public Boolean getBeyondQuota() {
        return beyondQuota;
    }

    public void setBeyondQuota(Boolean beyondQuota) {
        this.beyondQuota = beyondQuota;
    }
}
