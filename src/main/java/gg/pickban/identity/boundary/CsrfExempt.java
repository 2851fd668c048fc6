package gg.pickban.identity.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource whose callers prove themselves another way than the session (Discord's interaction
 * webhook signs every request), so {@link SessionAuthentication} skips the CSRF check for it even
 * when a browser's session cookie happens to come along.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CsrfExempt {
}
