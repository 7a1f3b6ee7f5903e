package dev.sharpend.identity;

/** A principal that stands for a Sharpend user. */
public interface UserBacked {

	UserId userId();

}
