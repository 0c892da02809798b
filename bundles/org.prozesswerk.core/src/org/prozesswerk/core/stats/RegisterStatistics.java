package org.prozesswerk.core.stats;

import org.prozesswerk.core.internal.stats.StatisticsCollector;
import org.prozesswerk.model.ProcessRegister;

/**
 * Key figures of a register: coverage of catalogues, legal bases and online services, profiles per status, folder
 * and unit, and the workload per unit in hours and full-time equivalents (FTE, German VZÄ).
 *
 * <p>Workload of a profile = case volume per year × processing minutes per case ÷ 60 (hours per year); profiles
 * lacking either number contribute nothing and are reported as such. One pass over the model with the generated
 * getters (no reflection), so 100,000 profiles take milliseconds.
 */
public final class RegisterStatistics {

    /**
     * Default net annual working hours of one full-time employee: 1,600 h. This is the order of magnitude KGSt
     * reports ("Kosten eines Arbeitsplatzes") and public-sector staffing studies (Personalbemessung) use: about
     * 2,000 gross hours (40 h × 52 weeks) less public holidays, leave, illness and training. Administrations have
     * their own figure (it depends on weekly hours, civil servant or employee), hence the parameter.
     */
    public static final double DEFAULT_HOURS_PER_FTE = 1600.0;

    private RegisterStatistics() {
    }

    /**
     * The figures of {@code register} with the hours per full-time equivalent of its method configuration
     * ({@link #hoursPerFte(ProcessRegister)}).
     */
    public static RegisterStatisticsReport compute(ProcessRegister register) {
        return compute(register, hoursPerFte(register));
    }

    /**
     * The register's net working hours per full-time equivalent (its method configuration,
     * {@code ProcessRegister.hoursPerFullTimeEquivalent}); {@link #DEFAULT_HOURS_PER_FTE} if that is not a positive
     * finite number.
     */
    public static double hoursPerFte(ProcessRegister register) {
        double hours = register.getHoursPerFullTimeEquivalent();
        return hours > 0 && !Double.isInfinite(hours) ? hours : DEFAULT_HOURS_PER_FTE;
    }

    /**
     * The figures of {@code register}.
     *
     * @param hoursPerFte net working hours per full-time equivalent and year, &gt; 0
     */
    public static RegisterStatisticsReport compute(ProcessRegister register, double hoursPerFte) {
        if (!(hoursPerFte > 0) || Double.isInfinite(hoursPerFte)) {
            throw new IllegalArgumentException("hoursPerFte must be a positive number: " + hoursPerFte);
        }
        return new StatisticsCollector(hoursPerFte).collect(register);
    }
}
