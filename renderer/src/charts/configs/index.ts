/**
 * Chart builders shared by the app's pages and the printable report: each chart is defined once and
 * drawn for the screen or for paper by its `style` argument.
 */
export { beneficiariesChart } from './beneficiaries';
export { costByBenefitChart } from './cost-by-benefit';
export { debtChart } from './debt';
export { balanceChart, financingChart, spendingGapChart } from './financing';
export { fanChart, tornadoChart, TORNADO_INPUTS } from './how-sure';
export type { ChartStyle } from './style';
export { totalsShareChart } from './totals-share';
export { waterfallChart, wrapLabel } from './waterfall';
