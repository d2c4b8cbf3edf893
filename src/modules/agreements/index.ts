export { agreementsForRecruitment } from './agreements-for-recruitment.ts';
export { agreementsForReport } from './agreements-for-report.ts';
export { registerAgreements } from './cli.ts';
export { routes } from './http.ts';
export { importAgreements } from './import-agreements.ts';
