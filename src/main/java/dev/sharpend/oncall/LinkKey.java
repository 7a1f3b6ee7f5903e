package dev.sharpend.oncall;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.secret.SecretRef;
import dev.sharpend.secret.Secrets;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key that signs page links: random, made once per installation, sealed with the
 * master key and shared by every node through the database (a link signed by one node
 * works on another).
 */
@Component
class LinkKey {

	private final JdbcClient jdbc;

	private final Secrets secrets;

	private final TransactionTemplate separately;

	private volatile byte[] key;

	LinkKey(JdbcClient jdbc, Secrets secrets, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	byte[] bytes() {
		byte[] known = this.key;
		if (known == null) {
			known = load().orElseGet(this::create);
			this.key = known;
		}
		return known;
	}

	private Optional<byte[]> load() {
		return this.separately.execute((status) -> this.jdbc.sql("select secret_ref from oncall_link_key where id = 1")
			.query(UUID.class)
			.optional()
			.map((ref) -> Base64.getDecoder().decode(this.secrets.open(new SecretRef(ref)))));
	}

	/** Two nodes may race to make the key; the one that stored it first wins. */
	private byte[] create() {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		try {
			this.separately.executeWithoutResult((status) -> {
				SecretRef ref = this.secrets.seal("oncall.page-link-key", Base64.getEncoder().encodeToString(fresh));
				this.jdbc.sql("insert into oncall_link_key (id, secret_ref) values (1, :ref)")
					.param("ref", ref.value())
					.update();
			});
			return fresh;
		}
		catch (DuplicateKeyException ex) {
			return load().orElseThrow();
		}
	}

}
