package th.go.moph.healthliteracy.audit.application;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * On an application service: every action it refuses (a {@link Refusal} or a validation error) or fails is written
 * to the audit trail in its own transaction, named {@code Service.method}, with the item the first UUID argument
 * names (of the kind {@link #subject()} says, on the method or else on the class). Successes are recorded by the services themselves, inside their transaction.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedRefusals {

    /** What the service's first UUID argument identifies, as the audit trail names it. */
    @Nonbinding
    String subject() default "content_item";
}
