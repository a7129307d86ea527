package th.go.moph.healthliteracy.audit.application;

import java.util.Arrays;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;

import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;

/** See {@link AuditedRefusals}. Runs outside the service's transaction, so the record survives its rollback. */
@AuditedRefusals
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AuditedRefusalsInterceptor {

    @Inject
    AuditTrail audit;

    @AroundInvoke
    Object recordRefusals(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            String action = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
            AuditedRefusals binding = invocation.getMethod().getAnnotation(AuditedRefusals.class);
            if (binding == null) {
                binding = invocation.getMethod().getDeclaringClass().getAnnotation(AuditedRefusals.class);
            }
            String subjectType = binding == null ? "content_item" : binding.subject();
            Subject subject = Arrays.stream(invocation.getParameters()).filter(UUID.class::isInstance).findFirst()
                    .map(id -> Subject.of(subjectType, id)).orElse(Subject.NONE);
            if (isRefusal(e)) {
                audit.recordRefusal(null, action, subject, e.getMessage());
            } else {
                audit.recordFailure(action, subject, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            throw e;
        }
    }

    private static boolean isRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refusal || t instanceof IllegalArgumentException || t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
