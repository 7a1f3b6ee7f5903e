package dev.sharpend.identity;

import org.springframework.modulith.NamedInterface;

/**
 * A principal that stands for a Sharpend user; other modules keep per-person settings by
 * its id.
 */
@NamedInterface("api")
public interface UserBacked {

	UserId userId();

}
