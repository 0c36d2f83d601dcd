package dev.mim.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How Immutables generates mim-core's builders and copies, at compile time only. Generated code does not check
 * nulls itself: every value type checks its own fields (in its constructor or a {@code @Value.Check} method), so
 * that a bad value gets an {@link IllegalArgumentException} naming the field and the value, whichever way it was
 * built. The generated implementation classes stay package-private; builders are public where users need them.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    jdkOnly = true,
    allowedClasspathAnnotations = {org.immutables.value.Generated.class})
public @interface ValueStyle {}
