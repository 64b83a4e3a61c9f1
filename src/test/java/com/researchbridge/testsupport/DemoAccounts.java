package com.researchbridge.testsupport;

/** Demo log-ins the tests act as (see DemoDataLoader and the README). */
public final class DemoAccounts {

    public static final String PASSWORD = "Bridge-Demo-2026";
    public static final String ADMIN = "admin@researchbridge.example";
    public static final String OFFICE_KAZNU = "office@kaznu.example";
    public static final String OFFICE_NU = "office@nu.example";
    public static final String OFFICE_TSINGHUA = "office@tsinghua.example";
    /** First Kazakh and Chinese researchers of demo/researchers.jsonl. */
    public static final String RESEARCHER_KZ = "sayat.usenov@kaznu.example";
    public static final String RESEARCHER_CN = "jie.wang@amss.example";

    private DemoAccounts() {
    }
}
