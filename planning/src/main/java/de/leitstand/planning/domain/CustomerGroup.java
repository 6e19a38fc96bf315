package de.leitstand.planning.domain;

/** The age groups of the legal caseload reference values (§ 44c Abs. 4 SGB II). */
public enum CustomerGroup {
    UNDER_25("unter 25 Jahre", 75),
    FROM_25("25 Jahre und älter", 150);

    private final String label;
    private final int referenceCustomersPerStaff;

    CustomerGroup(String label, int referenceCustomersPerStaff) {
        this.label = label;
        this.referenceCustomersPerStaff = referenceCustomersPerStaff;
    }

    public String label() {
        return label;
    }

    /** @return the legal reference value: customers per member of staff (1:75, 1:150) */
    public int referenceCustomersPerStaff() {
        return referenceCustomersPerStaff;
    }
}
