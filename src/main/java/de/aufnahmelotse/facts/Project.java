package de.aufnahmelotse.facts;

import java.time.LocalDate;
import java.util.List;

/** A project the municipality (or a partner) wants funded; every field may be absent (UNKNOWN). */
public class Project {
    /** What the project is about. */
    private List<Enums.ProjectTheme> themes;
    /** Investment (building, equipment) rather than running costs. */
    private Boolean investive;
    /** Profit-typical project (LEADER 'productive'). */
    private Boolean productive;
    /** Total eligible cost in euro. */
    private Double totalCostEur;
    /** Grant requested in euro. */
    private Double requestedAmountEur;
    /** Own funds in euro. */
    private Double ownFundsEur;
    /** Planned start. */
    private LocalDate startDate;
    /** Planned or actual application date. */
    private LocalDate applicationDate;
    /** Duration in months. */
    private Integer durationMonths;
    /** Work on the project has already begun. */
    private Boolean started;
    /** Who would apply. */
    private Enums.ApplicantType applicantType;
    /** Partners involved. */
    private List<Enums.ProjectPartner> partners;
    /** Who the project is for. */
    private List<Enums.TargetGroup> targetGroups;
    /** The project is already financed by other public funds. */
    private Boolean alreadyFundedElsewhere;
    /** Several municipalities carry the project together. */
    private Boolean interMunicipal;

    public List<Enums.ProjectTheme> getThemes() {
        return themes;
    }

    public void setThemes(List<Enums.ProjectTheme> themes) {
        this.themes = themes;
    }

    public Boolean getInvestive() {
        return investive;
    }

    public void setInvestive(Boolean investive) {
        this.investive = investive;
    }

    public Boolean getProductive() {
        return productive;
    }

    public void setProductive(Boolean productive) {
        this.productive = productive;
    }

    public Double getTotalCostEur() {
        return totalCostEur;
    }

    public void setTotalCostEur(Double totalCostEur) {
        this.totalCostEur = totalCostEur;
    }

    public Double getRequestedAmountEur() {
        return requestedAmountEur;
    }

    public void setRequestedAmountEur(Double requestedAmountEur) {
        this.requestedAmountEur = requestedAmountEur;
    }

    public Double getOwnFundsEur() {
        return ownFundsEur;
    }

    public void setOwnFundsEur(Double ownFundsEur) {
        this.ownFundsEur = ownFundsEur;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getApplicationDate() {
        return applicationDate;
    }

    public void setApplicationDate(LocalDate applicationDate) {
        this.applicationDate = applicationDate;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public Boolean getStarted() {
        return started;
    }

    public void setStarted(Boolean started) {
        this.started = started;
    }

    public Enums.ApplicantType getApplicantType() {
        return applicantType;
    }

    public void setApplicantType(Enums.ApplicantType applicantType) {
        this.applicantType = applicantType;
    }

    public List<Enums.ProjectPartner> getPartners() {
        return partners;
    }

    public void setPartners(List<Enums.ProjectPartner> partners) {
        this.partners = partners;
    }

    public List<Enums.TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<Enums.TargetGroup> targetGroups) {
        this.targetGroups = targetGroups;
    }

    public Boolean getAlreadyFundedElsewhere() {
        return alreadyFundedElsewhere;
    }

    public void setAlreadyFundedElsewhere(Boolean alreadyFundedElsewhere) {
        this.alreadyFundedElsewhere = alreadyFundedElsewhere;
    }

    public Boolean getInterMunicipal() {
        return interMunicipal;
    }

    public void setInterMunicipal(Boolean interMunicipal) {
        this.interMunicipal = interMunicipal;
    }
}
