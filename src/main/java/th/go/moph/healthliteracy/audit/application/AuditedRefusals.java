package th.go.moph.healthliteracy.audit.application;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On an application service: every action it refuses (a {@link Refusal} or a validation error) or fails is written
 * to the audit trail in its own transaction, named {@code Service.method}, with the item the first UUID argument
 * names. Successes are recorded by the services themselves, inside their transaction.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedRefusals {
}
