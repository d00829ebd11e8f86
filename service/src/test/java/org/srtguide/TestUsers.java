package org.srtguide;

/** The test-only accounts of src/test/resources/application.properties, one per role. */
public final class TestUsers {
    public static final String PASSWORD = "test-secret";
    public static final String CLINICIAN = "clara";
    public static final String COMMITTEE = "colin";
    public static final String AUDITOR = "audrey";
    public static final String ADMIN = "adam";
    /** Two more committee members (reviewers other than the author) and a publisher. */
    public static final String COMMITTEE_2 = "cora";
    public static final String COMMITTEE_3 = "cyril";
    public static final String PUBLISHER = "petra";

    private TestUsers() {
    }
}
