/** Claims and their speakers, and the check-worthiness model that scores them. */
export { extractClaims } from './extract-claims';
export { parseClaimsModel, type CheckworthinessModel } from './model';
