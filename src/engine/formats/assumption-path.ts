/**
 * A value per year after the base year: one constant, or one number per year from baseYear+1 (last
 * held). Scenario assumptions, demographic variants and pension schemes all give their paths this way.
 */
export type AssumptionPath = number | number[];
