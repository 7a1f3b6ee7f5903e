package dev.sharpend.test;

/** Fixed credentials of the test installations (never used outside tests). */
public final class TestKeys {

	/** Base64 of 32 bytes. */
	public static final String MASTER_KEY = "c2hhcnBlbmQtdGVzdC1tYXN0ZXIta2V5LTMyYnl0ZXM=";

	public static final String ADMIN_EMAIL = "admin@sharpend.test";

	public static final String ADMIN_PASSWORD = "correct horse battery staple";

	public static final String ADMIN_TOKEN = "shp_test-bootstrap-token-with-every-permission";

	public static final String SCRAPE_TOKEN = "test-scrape-token-for-prometheus";

	private TestKeys() {
	}

}
