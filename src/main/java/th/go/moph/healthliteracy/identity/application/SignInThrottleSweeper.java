package th.go.moph.healthliteracy.identity.application;

import java.time.Clock;
import java.time.Duration;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.identity.infrastructure.jpa.SignInFailures;

/** Hourly: forgets failed-sign-in counts whose window and block ended a day ago, so the table stays small. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInThrottleSweeper {

    @Inject
    SignInFailures failures;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void forgetOldFailures() {
        failures.forgetBefore(clock.instant().minus(Duration.ofDays(1)));
    }
}
