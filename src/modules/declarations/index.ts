export { registerDeclarations } from './cli.ts';
export { DECLARATIONS_SOURCE, declarePlacements } from './declare.ts';
export { routes } from './http.ts';
export { destinationDeclarations, organisationDeclarations } from './list-declarations.ts';
export { reviewDeclaration } from './review-declaration.ts';
