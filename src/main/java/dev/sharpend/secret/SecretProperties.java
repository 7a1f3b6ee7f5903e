package dev.sharpend.secret;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the master key comes from. At most one of the key and the key file may be set.
 *
 * @param masterKey base64 of 32 bytes ({@code SHARPEND_MASTER_KEY})
 * @param masterKeyFile a file holding that base64 ({@code SHARPEND_MASTER_KEY_FILE})
 * @param oldMasterKey the key being replaced, read only by {@code rotate-master-key}
 * ({@code SHARPEND_OLD_MASTER_KEY})
 * @param oldMasterKeyFile a file holding it ({@code SHARPEND_OLD_MASTER_KEY_FILE})
 */
@ConfigurationProperties("sharpend.secret")
record SecretProperties(String masterKey, String masterKeyFile, String oldMasterKey, String oldMasterKeyFile) {

	/** The key Sharpend runs with. */
	MasterKeys.Setting current() {
		return new MasterKeys.Setting(this.masterKey, this.masterKeyFile, "SHARPEND_MASTER_KEY",
				"SHARPEND_MASTER_KEY_FILE");
	}

	/** The key a rotation moves away from. */
	MasterKeys.Setting old() {
		return new MasterKeys.Setting(this.oldMasterKey, this.oldMasterKeyFile, "SHARPEND_OLD_MASTER_KEY",
				"SHARPEND_OLD_MASTER_KEY_FILE");
	}

}
