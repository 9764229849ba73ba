export * from './aggregate';
export * from './bundle';
export * from './csv';
export { localDayStarts } from './days';
