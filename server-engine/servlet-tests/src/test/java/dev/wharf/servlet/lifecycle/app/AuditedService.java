package dev.wharf.servlet.lifecycle.app;

/** Carries {@link Audited} on a method only, which {@code @HandlesTypes} still counts. */
public class AuditedService {
    @Audited
    public void work() {}
}
